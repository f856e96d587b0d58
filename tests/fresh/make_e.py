#!/usr/bin/env python3
"""Generate tests/fresh/fresh3-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or reading its code):
  E (fresh3-dev): a regional airport (Merrow Valley Regional Airport), the
                  airlines serving it, a state aviation grant round and a
                  newspaper article on a new route, a ground-crew strike vote
                  and noise complaints

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_e.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Topic E: Merrow Valley Regional Airport (fictional)
# ---------------------------------------------------------------------------

E_REPORT = """Merrow Valley Airport Authority
2025 Annual Traffic and Financial Report (excerpt)

From the Executive Director

Merrow Valley Regional Airport (MVR) handled 2,412,000 passengers in 2025, the most in its 74-year history and up 7.8% from 2,238,000 in 2024. It was the third year in a row of record traffic. MVR remains the third-busiest of the state's seven commercial airports.

Five airlines served MVR in 2025, with an average of 41 daily departures, up from 36 a year earlier. The average load factor, the share of seats filled, rose 2.3 percentage points to 84.1% from 81.8%.

Table 1. Passenger traffic by airline, 2025

| Airline | Passengers | Change from 2024 (%) | Market share (%) | On-time arrivals (%) | Nonstop routes |
|---|---|---|---|---|---|
| Summit Airlines | 912,000 | +5.2 | 37.8 | 81.4 | 9 |
| Northline | 648,000 | +11.5 | 26.9 | 77.9 | 7 |
| Coastal Jet | 455,000 | +14.3 | 18.9 | 84.6 | 6 |
| Pinecrest Express | 262,000 | -3.0 | 10.9 | 88.2 | 5 |
| Aerovista | 135,000 | +10.7 | 5.6 | 71.5 | 3 |
| All airlines | 2,412,000 | +7.8 | 100.0 | 81.2 | 30 |

Summit Airlines remains the largest carrier at MVR, a position it has held since 2009, although its market share slipped to 37.8% from 38.7%. Coastal Jet was the fastest-growing airline for the second year in a row. Pinecrest Express, which flies turboprops to smaller cities, was the only airline to carry fewer passengers, after it dropped its Lakeport route in March; it was also the most punctual. Because several cities are served by more than one airline, the 30 routes reach 22 nonstop destinations.

Cargo and aircraft operations

Air cargo fell 2.5% to 31,400 tons, from 32,200 tons in 2024. Aircraft operations, counting every takeoff and landing, rose 4.1% to 61,800.

Financial results

Operating revenue rose 8.2% to $48.6 million, from $44.9 million in 2024. Parking remained the largest source of revenue at $17.3 million, or 35.6% of the total, followed by airline landing fees and terminal rents at $14.1 million, concessions and rental cars at $11.8 million, and other income at $5.4 million. Operating expenses were $39.2 million.

The cost per enplaned passenger, the average amount airlines pay the authority for each departing passenger, fell to $8.42 from $9.05, which helps us compete for new service.

Looking ahead

We forecast 2.55 million passengers in 2026. The rehabilitation and extension of our main runway, paid for mostly with federal and state grants, begins in May 2026. During construction the main runway will close overnight on about 45 nights, and flights in those hours will use our crosswind runway. We thank our neighbors for their patience.

Renée Castillo
Executive Director
"""

E_RELEASE = """FOR IMMEDIATE RELEASE
State Department of Transportation, Division of Aviation
April 8, 2026

State awards record $21.4 million in airport grants; Merrow Valley runway project to begin in May

Governor Thomas Beale and Transportation Secretary Dolores Kwan today announced $21.4 million in State Aviation Improvement Program grants to 12 public-use airports, the largest round in the program's 31-year history and up from $16.8 million last year.

The largest grant, $9.7 million, goes to Merrow Valley Regional Airport to rehabilitate and extend its main runway. Cedar Bluff Regional Airport receives $3.4 million to rebuild a taxiway, Lakeport Municipal Airport $2.1 million for a new terminal roof, and Harlan Field $1.2 million for runway lighting. The remaining eight airports share $5.0 million.

"Airports are front doors to our communities, and these grants keep those doors open," Secretary Kwan said. "Merrow Valley is growing faster than any airport in the state, and its runway has to keep up."

Merrow Valley runway project

The $64.5 million project will lengthen the main runway to 8,000 feet from 7,200 feet, so that larger jets can fly nonstop to the West Coast with a full load, and will replace pavement laid in 1998.

The Federal Aviation Administration will pay $48.4 million, or 75% of the cost, through its Airport Improvement Program. The state grant covers $9.7 million, or 15%, and the Merrow Valley Airport Authority will pay the remaining $6.4 million, about 10%.

Construction is scheduled to begin on May 4, 2026, and to be completed by October 30, 2027. The main runway will close from 11 p.m. to 6 a.m. on about 45 nights; flights during those hours will use the airport's 5,400-foot crosswind runway. The project is expected to support 410 construction jobs.

Statewide traffic

The state's seven commercial airports handled 14.6 million passengers in 2025, up 5.8% from 13.8 million in 2024. Merrow Valley, with 2.4 million passengers, ranks third among them, and its 7.8% growth was the fastest of the seven.

A 2024 study by the department found that the state's public-use airports support 48,000 jobs and $7.9 billion a year in economic activity. Merrow Valley alone accounts for 5,300 of those jobs and $910 million in activity.

Applications for the next grant round are due by September 15, 2026. Airports that received grants this year may apply again.

Media contact: Office of Communications, State Department of Transportation

###
"""

E_ARTICLE = """Coastal Jet adds Orlando flights as airport ground crews weigh a strike

By Priya Natarajan, The Ashford Ledger
April 22, 2026

Coastal Jet will begin daily nonstop flights from Merrow Valley Regional Airport to Orlando on June 11, the airline said Tuesday, making Orlando the airport's 23rd nonstop destination.

The flights will use 186-seat jets, and fares will start at $79 one way. Coastal Jet, the airport's third-largest carrier, carried 455,000 passengers at MVR last year, up 14.3%, and has grown faster than any other airline there for two years running.

"Merrow Valley keeps beating our forecasts," said Tom Ridley, Coastal Jet's vice president of network planning. To win the route, the airport authority agreed to waive landing fees on the flights for 12 months, worth about $640,000, and to spend $150,000 on advertising.

The new route comes as 236 ramp, baggage and cabin-cleaning workers employed by Skyport Services, which handles ground operations for Summit Airlines and Northline, weigh a strike. Members of the Airport Service Workers Union voted 201-14 last week to authorize a walkout.

Skyport workers start at $16.25 an hour. The union is seeking $20, and Skyport has offered $17.50, rising to $18.75 in 2028. The last contract expired on February 28.

"I load 180 bags a shift in the July heat, and I still can't make rent," said Marisol Vega, 29, a ramp agent for six years.

Skyport's regional manager, Dale Hutchins, 57, called the company's offer "fair and in line with the market." The two sides are scheduled to meet with a federal mediator on May 6.

Airport director Renée Castillo, 54, said a strike would not close the airport but could delay flights for Summit and Northline, which together carried about 1.56 million of the airport's 2.4 million passengers last year, nearly two thirds.

Noise complaints

The runway project, which begins May 4, has also stirred residents of Fairview, the neighborhood beneath the approach path of the crosswind runway that will take late-night flights while the main runway is closed.

The airport logged 1,130 noise complaints in 2025, up from 740 in 2024, and 62% of them came from Fairview.

"They're going to put jets over our houses at midnight for 45 nights," said Harold Brennan, 71, who has lived in Fairview since 1986.

The authority said it would offer free sound-insulating windows to the 85 homes closest to the crosswind runway, at a cost of $2.3 million. Castillo said the overnight closures would end when the project is finished in the fall of 2027.
"""

E_SOURCES = [
    {"name": "merrow-valley-traffic-report-2025.txt", "text": E_REPORT},
    {"name": "state-dot-aviation-grants-release.txt", "text": E_RELEASE},
    {"name": "ashford-ledger-article.txt", "text": E_ARTICLE},
]

# --- E1: wire story ---------------------------------------------------------
E1 = """Merrow Valley airport wins state's largest grant after record year

ASHFORD (Wire) — Merrow Valley Regional Airport, which handled a record 2.41 million passengers in 2025, will receive $9.7 million from the state toward a $64.5 million runway project, the largest of 12 grants announced on Wednesday.

The project will lengthen the main runway to 8,000 feet from 7,200 feet and replace pavement laid in 1989. The Federal Aviation Administration will pay $48.4 million, or 75% of the cost, and the Merrow Valley Airport Authority the remaining $6.4 million. Work begins May 4 and should finish in October 2028.

The state's $21.4 million grant round is the largest in the program's 31-year history, up from $18.6 million last year. Cedar Bluff Regional Airport will receive $3.4 million and Lakeport Municipal Airport $1.2 million.

Passenger traffic at Merrow Valley rose 7.8% last year, the fastest growth among the state's seven commercial airports, and it remains the third-busiest of them. Summit Airlines, its largest carrier since 2006, had 912,000 passengers and a 38.7% share, while Northline carried 648,000, up 14.3%. Coastal Jet, the fastest-growing airline for a second year, carried 455,000 passengers, up 14.3%. It will start daily nonstop flights to Orlando on June 11 with 150-seat jets and fares from $79, and expects the route to carry 60,000 passengers a year. The airline is also considering a route to Denver in 2027.

Pinecrest Express was the only carrier to lose passengers, down 3.0%, but it was the most punctual, with 88.2% of flights arriving on time. Aerovista had the worst record, at 74.5%, and dropped two routes in January.

The airport's operating revenue rose to $48.6 million from $44.9 million, and parking brought in $17.3 million, about 36% of the total. The authority plans to raise parking rates by 15% in July, to $14 a day.

Construction will close the main runway on about 45 nights, sending late flights over Fairview's 3,200 homes. The airport logged 1,130 noise complaints last year, up from 740, and will insulate 58 homes at a cost of $2.3 million. The project is expected to support 1,200 construction jobs.

Meanwhile, 236 Skyport Services ground workers, who handle Summit and Northline flights, voted 201-14 to authorize a strike, a turnout of 91%. They start at $16.25 an hour and are seeking $22. Skyport says its offer of $17.50 would add $1.1 million a year to its costs. Mediation is set for May 6.

Airport director Renée Castillo, 54, who has led the authority since 2017, said a strike would not close the airport. Ramp agent Marisol Vega, 29, who has worked there for nine years, said she could not make rent on her $1,400 apartment.
"""

E1_FIGS = [
    F("2.41 million", S, note="report: 2,412,000 passengers in 2025, the most in its history"),
    F("2025", S, note="report"),
    F("$9.7 million", S, note="release: the largest grant, $9.7 million, goes to Merrow Valley"),
    F("$64.5 million", S, note="release: the $64.5 million project"),
    F("12", S, note="release: grants to 12 public-use airports"),
    F("8,000", S, note="release: lengthen the main runway to 8,000 feet"),
    F("7,200", S, note="release: from 7,200 feet"),
    F("1989", C, "1998", note="release: replace pavement laid in 1998 (transposed digits)"),
    F("$48.4 million", S, note="release: FAA pays $48.4 million"),
    F("75%", S, note="release: or 75% of the cost"),
    F("$6.4 million", S, note="release: the authority pays the remaining $6.4 million"),
    F("4", S, note="release / article: construction begins May 4"),
    F("2028", C, "2027", note="release: to be completed by October 30, 2027"),
    F("$21.4 million", S, note="release: $21.4 million in grants"),
    F("31", S, note="release: the program's 31-year history"),
    F("$18.6 million", C, "$16.8 million", note="release: up from $16.8 million last year (transposed digits)"),
    F("$3.4 million", S, note="release: Cedar Bluff Regional Airport receives $3.4 million"),
    F("$1.2 million", C, "$2.1 million", note="release: Lakeport Municipal Airport $2.1 million; $1.2 million is Harlan Field's"),
    F("7.8%", S, note="report / release: up 7.8%, the fastest of the seven"),
    F("seven", S, note="release: the state's seven commercial airports"),
    F("third-busiest", S, note="report: third-busiest of the state's seven commercial airports"),
    F("2006", C, "2009", note="report: Summit has been the largest carrier since 2009"),
    F("912,000", S, note="report table: Summit 912,000"),
    F("38.7%", C, "37.8%", note="report: Summit's share slipped to 37.8% from 38.7% (38.7% is 2024's)"),
    F("648,000", S, note="report table: Northline 648,000"),
    F("14.3%", C, "11.5%", note="report table: Northline +11.5; +14.3 is Coastal Jet's"),
    F("second", S, note="report: fastest-growing airline for the second year in a row"),
    F("455,000", S, note="report table / article: Coastal Jet 455,000"),
    F("14.3%", S, note="report table / article: Coastal Jet +14.3"),
    F("11", S, note="article: Orlando flights begin June 11"),
    F("150", C, "186", note="article: the flights will use 186-seat jets"),
    F("$79", S, note="article: fares start at $79 one way"),
    F("60,000", U, note="no source gives a passenger forecast for the Orlando route"),
    F("2027", U, note="no source mentions a Denver route"),
    F("3.0%", S, note="report table: Pinecrest Express -3.0 ('down')"),
    F("88.2%", S, note="report table: Pinecrest Express on-time 88.2, the most punctual"),
    F("74.5%", C, "71.5%", note="report table: Aerovista on-time 71.5"),
    F("two", U, note="no source says Aerovista dropped routes (the report: Pinecrest dropped its Lakeport route)"),
    F("$48.6 million", S, note="report: operating revenue $48.6 million"),
    F("$44.9 million", S, note="report: from $44.9 million in 2024"),
    F("$17.3 million", S, note="report: parking $17.3 million"),
    F("36%", S, note="report: 35.6% of the total ('about 36%')"),
    F("15%", U, note="no source mentions a parking rate increase (15% is the state's share of the runway cost)"),
    F("$14", U, note="no source gives parking rates"),
    F("45", S, note="report / release: about 45 nights"),
    F("3,200", U, note="no source gives the number of homes in Fairview"),
    F("1,130", S, note="article: 1,130 noise complaints in 2025"),
    F("740", S, note="article: up from 740 in 2024"),
    F("58", C, "85", note="article: the 85 homes closest to the crosswind runway (transposed digits)"),
    F("$2.3 million", S, note="article: at a cost of $2.3 million"),
    F("1,200", C, "410", note="release: expected to support 410 construction jobs"),
    F("236", S, note="article: 236 workers employed by Skyport Services"),
    F("201", S, note="article: voted 201-14"),
    F("14", S, note="article: voted 201-14"),
    F("91%", S, derived=True, note="article: (201 + 14) / 236 = 91.1% turnout"),
    F("$16.25", S, note="article: workers start at $16.25 an hour"),
    F("$22", C, "$20", note="article: the union is seeking $20"),
    F("$17.50", S, note="article: Skyport has offered $17.50"),
    F("$1.1 million", U, note="no source gives the cost of Skyport's offer"),
    F("6", S, note="article: mediator meeting on May 6"),
    F("54", S, note="article: Renée Castillo, 54"),
    F("2017", U, note="no source says when Castillo took over"),
    F("29", S, note="article: Marisol Vega, 29"),
    F("nine", C, "six", note="article: a ramp agent for six years"),
    F("$1,400", U, note="no source gives Vega's rent"),
]

# --- E2: Q&A explainer -----------------------------------------------------
E2 = """# Merrow Valley airport: your questions answered

**How many passengers used the airport last year?**
About 2.4 million, a record, and nearly 8% more than in 2024. That works out to roughly 6,600 passengers a day.

**Which airline is the biggest?**
Summit Airlines. It carried 912,000 passengers, about 38% of the total, on 120 flights a week, and has been the largest carrier since 2009. Northline is second, with 684,000.

**Who is growing fastest?**
Coastal Jet. Its traffic rose 14.3% to 455,000, and it now bases four jets there. On June 11 it adds daily flights to Orlando, the airport's 22nd nonstop destination, expected to carry 70,000 people a year.

**Is any airline shrinking?**
Yes: Pinecrest Express, whose traffic fell 3.0% to 262,000. Yet it is the most punctual airline, with 84.6% of arrivals on time.

**How often are flights late?**
Overall, 81.2% of arrivals were on time, up from 79.5% in 2024, so nearly one in five was late. Aerovista was the worst, at 71.5%, about 17 points behind Pinecrest.

**What is the runway project?**
A $64.5 million rebuild that will stretch the main runway from 7,200 feet to 8,000, an extra 800 feet, or about 11%. It was last lengthened in 1976.

**Who pays for it?**
The FAA covers 75%, or $48.4 million, five times the state's share. The state's $9.7 million grant, the biggest of the 14 it awarded this year, covers 15%, and the airport authority pays $6.4 million, about a third as much as the state.

**When will it be done?**
Work starts May 4 and should finish by October 30, 2027. The main runway will close on about 45 nights, from 10 p.m. to 6 a.m., and late flights will use the crosswind runway.

**Why are neighbors upset?**
Noise complaints jumped to 1,130 last year from 740, an increase of more than 50%, and 72% of them came from Fairview, under its approach path. The authority will insulate 85 homes for $2.3 million, about $37,000 a home. A petition to ban night flights has 3,400 signatures.

**Is there a strike coming?**
The 263 ground workers at Skyport Services voted 201-14 to authorize one, their first strike vote since 2012. They want $20 an hour; Skyport offers $17.50, rising to $19.75 in 2028, up from the current $16.25. Mediation is set for May 16.

**How are its finances?**
Operating revenue was $48.6 million, up 7.8%, against expenses of $39.2 million, leaving a surplus of about $9.4 million. Parking, the biggest source, brought in $14.1 million. Airlines paid $8.42 per departing passenger, down from $9.50.

**What's next?**
The authority forecasts 2.55 million passengers in 2026, about 6% more than last year, and 2.8 million by 2030.
"""

E2_FIGS = [
    F("2.4 million", S, note="report: 2,412,000 passengers"),
    F("8%", S, note="report: up 7.8% ('nearly 8%')"),
    F("2024", S, note="report: 2,238,000 in 2024"),
    F("6,600", S, derived=True, note="2,412,000 / 365 = 6,608 a day"),
    F("912,000", S, note="report table: Summit 912,000"),
    F("38%", S, note="report table: Summit share 37.8"),
    F("120", U, note="no source gives Summit's weekly flights"),
    F("2009", S, note="report: largest carrier since 2009"),
    F("second", S, derived=True, note="report table: Northline's 648,000 is second to Summit's 912,000 (article: Coastal Jet is third)"),
    F("684,000", C, "648,000", note="report table: Northline 648,000 (transposed digits)"),
    F("14.3%", S, note="report table / article: Coastal Jet +14.3"),
    F("455,000", S, note="report table / article"),
    F("four", U, note="no source says how many aircraft Coastal Jet bases at the airport"),
    F("11", S, note="article: June 11"),
    F("22nd", C, "23rd", note="article: Orlando will be the airport's 23rd nonstop destination (22 now)"),
    F("70,000", U, note="no source gives a passenger forecast for the Orlando route"),
    F("3.0%", S, note="report table: Pinecrest Express -3.0"),
    F("262,000", S, note="report table: Pinecrest Express 262,000"),
    F("84.6%", C, "88.2%", note="report table: Pinecrest on-time 88.2; 84.6 is Coastal Jet's"),
    F("81.2%", S, note="report table: all airlines on-time 81.2"),
    F("79.5%", U, note="no source gives the 2024 on-time rate"),
    F("2024", U, note="no source gives the 2024 on-time rate"),
    F("one in five", S, derived=True, note="100 - 81.2 = 18.8% late, 'nearly one in five'"),
    F("71.5%", S, note="report table: Aerovista on-time 71.5"),
    F("17", S, derived=True, note="88.2 - 71.5 = 16.7 points, 'about 17'"),
    F("$64.5 million", S, note="release"),
    F("7,200", S, note="release: from 7,200 feet"),
    F("8,000", S, note="release: to 8,000 feet"),
    F("800", S, derived=True, note="8,000 - 7,200 = 800 feet"),
    F("11%", S, derived=True, note="800 / 7,200 = 11.1%"),
    F("1976", U, note="no source says when the runway was last lengthened (the release: pavement laid in 1998)"),
    F("75%", S, note="release: FAA 75%"),
    F("$48.4 million", S, note="release"),
    F("five times", S, derived=True, note="75% / 15% = 5 (48.4 / 9.7 = 4.99)"),
    F("$9.7 million", S, note="release: state grant"),
    F("14", C, "12", note="release: grants to 12 airports"),
    F("15%", S, note="release: state grant covers 15%"),
    F("$6.4 million", S, note="release: authority pays $6.4 million"),
    F("a third", C, "two thirds", derived=True, note="6.4 / 9.7 = 66%, about two thirds of the state's share"),
    F("4", S, note="release / article: May 4"),
    F("30", S, note="release: completed by October 30, 2027"),
    F("2027", S, note="release"),
    F("45", S, note="release / report: about 45 nights"),
    F("10", C, "11", note="release: closed from 11 p.m. to 6 a.m."),
    F("6", S, note="release: to 6 a.m."),
    F("1,130", S, note="article: 1,130 complaints in 2025"),
    F("740", S, note="article: up from 740 in 2024"),
    F("50%", S, derived=True, note="1,130 / 740 = 1.527, an increase of 52.7%"),
    F("72%", C, "62%", note="article: 62% of complaints came from Fairview"),
    F("85", S, note="article: 85 homes"),
    F("$2.3 million", S, note="article"),
    F("$37,000", C, "$27,000", derived=True, note="2,300,000 / 85 = $27,059 a home"),
    F("3,400", U, note="no source mentions a petition"),
    F("263", C, "236", note="article: 236 workers employed by Skyport (transposed digits)"),
    F("201", S, note="article: voted 201-14"),
    F("14", S, note="article: voted 201-14"),
    F("first", U, note="no source mentions earlier strike votes"),
    F("2012", U, note="no source mentions earlier strike votes"),
    F("$20", S, note="article: the union is seeking $20"),
    F("$17.50", S, note="article: Skyport has offered $17.50"),
    F("$19.75", C, "$18.75", note="article: rising to $18.75 in 2028"),
    F("2028", S, note="article: rising to $18.75 in 2028"),
    F("$16.25", S, note="article: workers start at $16.25"),
    F("16", C, "6", note="article: meeting with a federal mediator on May 6"),
    F("$48.6 million", S, note="report"),
    F("7.8%", C, "8.2%", note="report: operating revenue rose 8.2%; 7.8% is passenger growth"),
    F("$39.2 million", S, note="report: operating expenses"),
    F("$9.4 million", S, derived=True, note="48.6 - 39.2 = $9.4 million"),
    F("$14.1 million", C, "$17.3 million", note="report: parking $17.3 million; $14.1 million is landing fees and rents"),
    F("$8.42", S, note="report: cost per enplaned passenger $8.42"),
    F("$9.50", C, "$9.05", note="report: down from $9.05 (transposed digits)"),
    F("2.55 million", S, note="report: forecast 2.55 million in 2026"),
    F("2026", S, note="report"),
    F("6%", S, derived=True, note="2.55 / 2.412 = 1.057, about 6% more"),
    F("2.8 million", U, note="no source gives a 2030 forecast"),
    F("2030", U, note="no source gives a 2030 forecast"),
]

# --- E3: briefing / fact box with a table, bold lead-ins ---------------------
E3 = """## Briefing: Merrow Valley Regional Airport, spring 2026

**Traffic at a glance**

- **Passengers:** 2,412,000 in 2025, a third straight record, up 7.8% from 2,238,000.
- **Rank:** third-busiest of the state's nine commercial airports, and the fastest-growing.
- **Daily departures:** 41, up from 38.
- **Load factor:** 84.1%, up 3.2 points.
- **Staff:** 212 authority employees, up from 190.

| Airline | Passengers | On time |
|---|---|---|
| Summit Airlines | 912,000 | 81.4% |
| Northline | 648,000 | 79.7% |
| Coastal Jet | 455,000 | 84.6% |
| Pinecrest Express | 226,000 | 88.2% |
| Aerovista | 135,000 | 71.5% |

Summit has led the airport since 2009 and has a lease through 2035. But its share slipped 0.9 points, to 37.8%, and Northline added about 67,000 passengers, more than any other carrier, and plans three new routes in 2027. Yet Summit still carried nearly seven times as many passengers as Aerovista, the smallest airline. Coastal Jet, which adds Orlando on June 11, flies 8 nonstop routes.

**The runway.** The main runway grows from 7,200 to 8,000 feet. The FAA pays $48.4 million, the state $9.7 million and the authority $6.4 million, roughly 15%. Still, the overnight closures, from 11 p.m. to 6 a.m. on about 54 nights, will push late flights onto the crosswind runway over Fairview, home to about 2,600 households, until October 2027.

**The grants.** The state's 12 grants total $21.4 million, up 27% from last year. Merrow Valley's $9.7 million is more than the next three combined. Cedar Bluff gets $3.4 million, Lakeport $1.2 million and Harlan Field $2.1 million. The remaining nine airports share $5.0 million, an average of $625,000 each.

**Labor.** Skyport's 236 ground workers voted 201-14 to authorize a strike, with 96% in favor. Starting pay is $16.25 an hour; the union wants $20. Their last strike, in 2019, lasted 11 days. But Skyport says its offer of $17.50 is "fair," and the two sides meet a mediator on May 6.

**Noise.** Complaints rose to 1,130 from 740, a jump of 390. Harold Brennan, 71, who has lived in Fairview since 1968, said jets would fly over his house at midnight. The authority will insulate 85 homes for $3.2 million, starting with 20 this summer.

**Money.** Operating revenue was $48.6 million; parking brought in $17.3 million and concessions and rental cars $14.1 million. Expenses were $41.2 million, including $14.6 million in payroll. Yet the cost per departing passenger fell to $8.42, the lowest since 2015. Parking rates rise to $16 a day in July.

**Economic weight.** The airport supports 3,500 jobs and $910 million in activity, about 11% of the state total, according to a 2022 study.
"""

E3_FIGS = [
    F("2026", S, note="the release and the article are dated April 2026"),
    F("2,412,000", S, note="report"),
    F("2025", S, note="report"),
    F("third", S, note="report: the third year in a row of record traffic"),
    F("7.8%", S, note="report"),
    F("2,238,000", S, note="report: from 2,238,000 in 2024"),
    F("third-busiest", S, note="report: third-busiest of the state's seven commercial airports"),
    F("nine", C, "seven", note="report / release: the state's seven commercial airports"),
    F("41", S, note="report: 41 daily departures"),
    F("38", C, "36", note="report: up from 36 a year earlier"),
    F("84.1%", S, note="report: load factor 84.1%"),
    F("3.2", C, "2.3", note="report: rose 2.3 percentage points (transposed digits)"),
    F("212", U, note="no source gives the authority's staff"),
    F("190", U, note="no source gives the authority's staff"),
    F("912,000", S, note="report table"),
    F("81.4%", S, note="report table: Summit on-time 81.4"),
    F("648,000", S, note="report table"),
    F("79.7%", C, "77.9%", note="report table: Northline on-time 77.9 (transposed digits)"),
    F("455,000", S, note="report table"),
    F("84.6%", S, note="report table: Coastal Jet on-time 84.6"),
    F("226,000", C, "262,000", note="report table: Pinecrest Express 262,000 (transposed digits)"),
    F("88.2%", S, note="report table: Pinecrest on-time 88.2"),
    F("135,000", S, note="report table"),
    F("71.5%", S, note="report table: Aerovista on-time 71.5"),
    F("2009", S, note="report: Summit the largest carrier since 2009"),
    F("2035", U, note="no source mentions airline leases"),
    F("0.9", S, derived=True, note="report: share slipped to 37.8% from 38.7%, 0.9 points"),
    F("37.8%", S, note="report"),
    F("67,000", S, derived=True, note="report table: 648,000 / 1.115 = 581,000 in 2024, a gain of about 67,000 (Summit about 45,000, Coastal Jet about 57,000)"),
    F("three", U, note="no source mentions Northline's plans"),
    F("2027", U, note="no source mentions Northline's plans"),
    F("seven times", S, derived=True, note="912,000 / 135,000 = 6.8, 'nearly seven times'"),
    F("11", S, note="article: Orlando from June 11"),
    F("8", C, "6", note="report table: Coastal Jet 6 nonstop routes"),
    F("7,200", S, note="release"),
    F("8,000", S, note="release"),
    F("$48.4 million", S, note="release"),
    F("$9.7 million", S, note="release"),
    F("$6.4 million", S, note="release"),
    F("15%", C, "10%", note="release: the authority's $6.4 million is about 10%; 15% is the state's share"),
    F("11", S, note="release: closed from 11 p.m."),
    F("6", S, note="release: to 6 a.m."),
    F("54", C, "45", note="release: about 45 nights (transposed digits)"),
    F("2,600", U, note="no source gives the number of households in Fairview"),
    F("2027", S, note="release: completed by October 30, 2027"),
    F("12", S, note="release: grants to 12 airports"),
    F("$21.4 million", S, note="release"),
    F("27%", S, derived=True, note="21.4 / 16.8 = 1.274, up 27%"),
    F("$9.7 million", S, note="release"),
    F("three", S, derived=True, note="3.4 + 2.1 + 1.2 = 6.7 million, less than 9.7 million"),
    F("$3.4 million", S, note="release: Cedar Bluff $3.4 million"),
    F("$1.2 million", C, "$2.1 million", note="release: Lakeport $2.1 million (swapped pair)"),
    F("$2.1 million", C, "$1.2 million", note="release: Harlan Field $1.2 million (swapped pair)"),
    F("nine", C, "eight", note="release: the remaining eight airports share $5.0 million (12 - 4 = 8)"),
    F("$5.0 million", S, note="release"),
    F("$625,000", S, derived=True, note="release: 5.0 million / 8 = $625,000 (right for the sources' eight airports, though the draft says nine)"),
    F("236", S, note="article"),
    F("201", S, note="article: voted 201-14"),
    F("14", S, note="article: voted 201-14"),
    F("96%", C, "93%", derived=True, note="201 / (201 + 14) = 93.5% in favor"),
    F("$16.25", S, note="article"),
    F("$20", S, note="article"),
    F("2019", U, note="no source mentions an earlier strike"),
    F("11", U, note="no source mentions an earlier strike"),
    F("$17.50", S, note="article"),
    F("two", S, note="article: the two sides"),
    F("6", S, note="article: mediator on May 6"),
    F("1,130", S, note="article"),
    F("740", S, note="article"),
    F("390", S, derived=True, note="1,130 - 740 = 390"),
    F("71", S, note="article: Harold Brennan, 71"),
    F("1968", C, "1986", note="article: lived in Fairview since 1986 (transposed digits)"),
    F("85", S, note="article: 85 homes"),
    F("$3.2 million", C, "$2.3 million", note="article: at a cost of $2.3 million (transposed digits)"),
    F("20", U, note="no source gives a schedule for the insulation work"),
    F("$48.6 million", S, note="report"),
    F("$17.3 million", S, note="report: parking"),
    F("$14.1 million", C, "$11.8 million", note="report: concessions and rental cars $11.8 million; $14.1 million is landing fees and rents"),
    F("$41.2 million", C, "$39.2 million", note="report: operating expenses $39.2 million"),
    F("$14.6 million", U, note="no source gives payroll (14.6 million is the state's passenger total)"),
    F("$8.42", S, note="report: cost per enplaned passenger fell to $8.42"),
    F("2015", U, note="no source compares the cost per passenger with years before 2024 ($9.05)"),
    F("$16", U, note="no source gives parking rates"),
    F("3,500", C, "5,300", note="release: Merrow Valley accounts for 5,300 jobs (transposed digits)"),
    F("$910 million", S, note="release: and $910 million in activity"),
    F("11%", S, derived=True, note="release: 5,300 / 48,000 = 11.0% of jobs; 910 / 7,900 = 11.5% of activity"),
    F("2022", C, "2024", note="release: a 2024 study by the department"),
]

# --- E4: LLM-style summary, hard-wrapped near 80 columns -------------------
E4 = """## Summary: Merrow Valley Regional Airport

Merrow Valley Regional Airport handled a record 2,412,000 passengers in 2025,
up 7.8% from 2,283,000 a year earlier, and it remained the second-busiest of
the state's seven commercial airports while growing faster than any of them.
Summit Airlines carried 912,000 passengers and Northline 648,000, together
about 1.56 million, or 64.7% of the total, though the former's share slipped to
37.8% from 38.7%. Summit carried 264,000 more passengers than Northline and
more than six times as many as Aerovista, which joined the airport in 2021, and
it plans to add three routes in 2027.

Coastal Jet grew 14.3% to 455,000, the fastest growth of any airline, and the
carrier will add daily Orlando flights on June 11 with 168-seat jets, its
seventh route from the airport. Pinecrest Express and Aerovista posted on-time
rates of 71.5% and 88.2%, and the former was the only airline to lose
passengers, falling 3.0% to 262,000 after it cut a Lakeport route that had
carried 18,000 people, while Aerovista grew 11.5%. Northline's share of 26.9%
was 8.9 points above Coastal Jet's, and it ran 77.9% of its flights on time
against an airport-wide 84.1%.

Operating revenue rose 8.2% to $48.6 million, with parking contributing
$17.3 million, more than a third, and the cost per enplaned passenger fell 7%
to $8.42; the authority expects 2.55 million passengers in 2027 and a 5% rise
in parking revenue from its 4,200 spaces.

The state awarded $21.4 million to 12 airports, and Merrow Valley's
$9.7 million grant was the largest, nearly three times Cedar Bluff's
$3.4 million, while Lakeport received $1.2 million and Harlan Field
$2.1 million. The $64.5 million project, which lengthens the main runway by
1,800 feet to 8,000, is funded 75% by the FAA and 15% by the state, with the
authority's $6.4 million, drawn from its $12 million reserve, covering the
rest; it begins on May 4, 2026, ends on October 30, 2027, and will support 410
construction jobs, 60% of them filled by local firms. Merrow Valley accounts
for about a fifth of the state's 14.6 million passengers and generates
$910 million of the $7.9 billion in airport-related activity, or 11.5%.

Skyport, which employs 1,100 people statewide, saw its 236 airport workers vote
201-14 to authorize a strike; they earn $17.50 an hour, the union wants $20,
and both sides meet a mediator on May 6, a week before the walkout deadline of
May 13. Noise complaints rose 53% to 1,130, the most since records began in
2003, and 62% came from Fairview, where the authority will insulate 85 of its
1,900 homes for $2.3 million, or about $27,000 each, and where Harold Brennan,
74, has lived since 1986.
"""

E4_FIGS = [
    F("2,412,000", S, note="report"),
    F("2025", S, note="report"),
    F("7.8%", S, note="report"),
    F("2,283,000", C, "2,238,000", note="report: from 2,238,000 in 2024 (transposed digits)"),
    F("second-busiest", C, "third-busiest", note="report: third-busiest of the state's seven commercial airports"),
    F("seven", S, note="report / release"),
    F("912,000", S, note="report table: Summit"),
    F("648,000", S, note="report table: Northline"),
    F("1.56 million", S, note="article: together about 1.56 million (912,000 + 648,000 = 1,560,000)"),
    F("64.7%", S, derived=True, note="1,560,000 / 2,412,000 = 64.7%"),
    F("37.8%", S, note="report: Summit's share slipped to 37.8% ('the former' = Summit)"),
    F("38.7%", S, note="report: from 38.7%"),
    F("264,000", S, derived=True, note="912,000 - 648,000 = 264,000"),
    F("six times", S, derived=True, note="912,000 / 135,000 = 6.76, 'more than six times'"),
    F("2021", U, note="no source says when Aerovista began serving the airport"),
    F("three", U, note="no source mentions Summit's route plans ('it' = Summit)"),
    F("2027", U, note="no source mentions Summit's route plans"),
    F("14.3%", S, note="report table / article: Coastal Jet +14.3"),
    F("455,000", S, note="report table / article"),
    F("11", S, note="article: June 11"),
    F("168", C, "186", note="article: 186-seat jets (transposed digits)"),
    F("seventh", S, derived=True, note="report table: Coastal Jet has 6 nonstop routes; Orlando is a new destination for the airport (article), so it is the seventh"),
    F("71.5%", C, "88.2%", note="report table: Pinecrest on-time 88.2; swapped pair"),
    F("88.2%", C, "71.5%", note="report table: Aerovista on-time 71.5; swapped pair"),
    F("3.0%", S, note="report table: Pinecrest -3.0 ('the former' = Pinecrest)"),
    F("262,000", S, note="report table: Pinecrest 262,000"),
    F("18,000", U, note="no source gives the Lakeport route's traffic"),
    F("11.5%", C, "10.7%", note="report table: Aerovista +10.7; +11.5 is Northline's"),
    F("26.9%", S, note="report table: Northline share 26.9"),
    F("8.9", C, "8.0", derived=True, note="report table: 26.9 - 18.9 = 8.0 points"),
    F("77.9%", S, note="report table: Northline on-time 77.9 ('it' = Northline)"),
    F("84.1%", C, "81.2%", note="report table: all airlines on-time 81.2; 84.1% is the load factor"),
    F("8.2%", S, note="report"),
    F("$48.6 million", S, note="report"),
    F("$17.3 million", S, note="report: parking $17.3 million"),
    F("a third", S, note="report: parking 35.6% of revenue ('more than a third')"),
    F("7%", S, derived=True, note="report: $8.42 / $9.05 = 0.930, a fall of 7.0%"),
    F("$8.42", S, note="report"),
    F("2.55 million", S, note="report: forecast 2.55 million passengers in 2026"),
    F("2027", C, "2026", note="report: the 2.55 million forecast is for 2026"),
    F("5%", U, note="no source forecasts parking revenue"),
    F("4,200", U, note="no source gives the number of parking spaces"),
    F("$21.4 million", S, note="release"),
    F("12", S, note="release"),
    F("$9.7 million", S, note="release: the largest grant"),
    F("three times", S, derived=True, note="9.7 / 3.4 = 2.85, 'nearly three times'"),
    F("$3.4 million", S, note="release: Cedar Bluff"),
    F("$1.2 million", C, "$2.1 million", note="release: Lakeport $2.1 million; swapped pair"),
    F("$2.1 million", C, "$1.2 million", note="release: Harlan Field $1.2 million; swapped pair"),
    F("$64.5 million", S, note="release"),
    F("1,800", C, "800", derived=True, note="release: 8,000 - 7,200 = 800 feet"),
    F("8,000", S, note="release"),
    F("75%", S, note="release: FAA 75%"),
    F("15%", S, note="release: state 15%"),
    F("$6.4 million", S, note="release: authority $6.4 million"),
    F("$12 million", U, note="no source mentions the authority's reserves"),
    F("4", S, note="release: May 4, 2026"),
    F("2026", S, note="release"),
    F("30", S, note="release: October 30, 2027"),
    F("2027", S, note="release"),
    F("410", S, note="release: 410 construction jobs"),
    F("60%", U, note="no source says how many of the jobs go to local firms"),
    F("a fifth", C, "16.5%", derived=True, note="release: 2.4 / 14.6 = 16.5% (2,412,000 / 14.6 million), about a sixth, not a fifth"),
    F("14.6 million", S, note="release"),
    F("$910 million", S, note="release"),
    F("$7.9 billion", S, note="release"),
    F("11.5%", S, derived=True, note="910 / 7,900 = 11.5%"),
    F("1,100", U, note="no source gives Skyport's statewide staff"),
    F("236", S, note="article"),
    F("201", S, note="article: voted 201-14"),
    F("14", S, note="article: voted 201-14"),
    F("$17.50", C, "$16.25", note="article: workers start at $16.25; $17.50 is Skyport's offer"),
    F("$20", S, note="article: the union is seeking $20"),
    F("6", S, note="article: mediator on May 6"),
    F("13", U, note="no source gives a strike deadline"),
    F("53%", S, derived=True, note="article: 1,130 / 740 = 1.527, up 53%"),
    F("1,130", S, note="article"),
    F("2003", U, note="no source says when noise records began"),
    F("62%", S, note="article: 62% from Fairview"),
    F("85", S, note="article"),
    F("1,900", U, note="no source gives the number of homes in Fairview"),
    F("$2.3 million", S, note="article"),
    F("$27,000", S, derived=True, note="2,300,000 / 85 = $27,059"),
    F("74", C, "71", note="article: Harold Brennan, 71"),
    F("1986", S, note="article: lived in Fairview since 1986"),
]

CASES = [
    ("fresh3-dev", "fresh-e", E_SOURCES, [
        ("wire.md", E1, E1_FIGS, "wire story"),
        ("explainer.md", E2, E2_FIGS, "Q&A explainer"),
        ("briefing.md", E3, E3_FIGS, "briefing: bold lead-ins, bullets, a short Markdown table, sentence-initial But/Yet/Still"),
        ("summary.md", E4, E4_FIGS, "LLM-style summary: dense figures, compound sentences, pronouns, derived figures, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = {
    ("fresh-e-2", "authorize one"),  # pronoun "one"
}


def verify(cases):
    """Fails on duplicate ids and re-checks every written label against its offsets."""
    ids = [f"{prefix}-{n}" for _, prefix, _, drafts in cases for n in range(1, len(drafts) + 1)]
    if len(ids) != len(set(ids)):
        sys.exit(f"duplicate ids: {ids}")
    for set_name in {c[0] for c in cases}:
        seen = set()
        with open(os.path.join(HERE, f"{set_name}.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                if case["id"] in seen:
                    sys.exit(f"duplicate id {case['id']} in {set_name}.jsonl")
                seen.add(case["id"])
                text = case["draft"]["text"]
                for f in case["figures"]:
                    if text[f["start"]:f["end"]] != f["text"]:
                        sys.exit(f"{case['id']}: {f['text']!r} not at {f['start']}:{f['end']}")
                    if f["label"] == C and "source_value" not in f:
                        sys.exit(f"{case['id']}: contradicted {f['text']!r} without source_value")


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
