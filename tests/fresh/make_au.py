#!/usr/bin/env python3
"""Generate tests/fresh/fresh24-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AU (fresh24-dev): a city's public bike-share and protected bike lane
                    program (Ashcombe CycleShare): the Department of
                    Streets and Mobility's 2025 active transportation
                    report excerpt (trips, e-bike share, stations, docks
                    and bikes, members and the Access membership, a table
                    of five districts and the rest: stations, trips,
                    change, e-bike share and protected lane miles; lanes
                    built, crashes, costs and revenue from four sources,
                    the operator's staff), the mayor's release on a $14.8
                    million plan (stations, e-bikes, protected lanes, a
                    federal grant), the City Council's minutes (three
                    bids for the Ferris Avenue lane, an operating subsidy,
                    a membership price increase, an e-bike speed limit), a
                    newspaper article on the crash report as the lane goes
                    in, the operator's monthly ridership log (a table of
                    six months with running totals of trips and new
                    members) and the operations manager's hard-wrapped
                    email to the field crew

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_au.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AU: Ashcombe CycleShare and its protected bike lanes (fictional)
# ---------------------------------------------------------------------------

AU_REPORT = """City of Ashcombe
Department of Streets and Mobility
2025 Active Transportation Report (excerpt)
Presented to the City Council, February 2026

CycleShare in 2025

Riders took 1,846,000 trips on Ashcombe CycleShare in 2025, up 18.3% from 1,560,000 in 2024 and the most since the system opened in 2019. E-bikes carried 1,071,000 of those trips, or 58.0%, up from 44.5% a year earlier. The average trip lasted 14 minutes and covered 1.9 miles.

The system ended the year with 212 stations, 3,480 docks and 2,150 bikes, 1,240 of them e-bikes. Each bike was used an average of 2.4 times a day, the fifth-highest rate among the 31 systems in the North American Bikeshare Survey.

Annual members numbered 14,820 at year's end, up from 12,360, and made 1,127,000 trips, 61.1% of the total. Of the members, 2,940 held the $5-a-month Access membership for residents who receive food or medical assistance. An annual membership cost $120; a single ride cost $2.50, plus 20 cents a minute on an e-bike.

Table 1. CycleShare and protected bike lanes by district, 2025

| District | Stations | Trips | Change from 2024 (%) | E-bike share of trips (%) | Protected bike lanes (miles) |
|---|---|---|---|---|---|
| Downtown | 58 | 612,400 | +14.2 | 52.6 | 9.8 |
| University Hill | 41 | 418,700 | +22.9 | 55.1 | 6.4 |
| Riverside | 33 | 291,300 | +19.6 | 61.4 | 5.1 |
| Eastfield | 26 | 176,500 | +31.8 | 68.3 | 3.7 |
| Harborview | 22 | 143,200 | +8.4 | 59.7 | 4.2 |
| Other 4 districts | 32 | 203,900 | +17.5 | 65.4 | 3.6 |
| All 9 districts | 212 | 1,846,000 | +18.3 | 58.0 | 32.8 |

Eastfield, where 11 stations opened in 2024, grew fastest, and Harborview slowest. Downtown had the most trips and the lowest share on e-bikes.

Protected bike lanes

The department built 8.7 miles of protected bike lanes in 2025, bringing the network to 32.8 miles from 24.1. The Bicycle Master Plan, adopted in 2021, calls for 60 miles by 2030.

Safety

Police recorded 389 crashes involving people on bicycles in 2025, down 7.6% from 421 in 2024. Forty-one caused serious injuries and 3 were fatal.

Finances

CycleShare cost $11.62 million to run in 2025. Revenue was $8.14 million: $3.41 million from memberships (41.9%), $2.87 million from single rides and passes (35.3%), $1.20 million from the title sponsor, Orrin Health (14.7%), and $0.66 million from advertising (8.1%). Revenue covered 70.1% of the cost; the city paid the remaining $3.48 million, or $1.89 a trip.

Operations

The operator, Pedalworks Mobility, employs 96 people in Ashcombe, 28 of them mechanics. Its crews moved 241,000 bikes between stations during the year with seven vans. Another 184 bikes were stolen or damaged beyond repair.
"""

AU_RELEASE = """CITY OF ASHCOMBE
Office of the Mayor
FOR IMMEDIATE RELEASE
Tuesday, January 20, 2026
Contact: Devon Achterberg, press secretary

Mayor Quill announces $14.8 million plan to grow CycleShare and build safer bike lanes

ASHCOMBE, Jan. 20, 2026 - Mayor Teodora Quill today announced Ride Ashcombe, a $14.8 million plan to add 60 CycleShare stations and 600 e-bikes by the end of 2026 and to build 14 miles of protected bike lanes on four corridors by the end of 2027.

The stations will cost $3.9 million, or $65,000 each, and the e-bikes $1.5 million. The protected lanes, the largest part of the plan, will cost $9.4 million. A $6.2 million federal Safe Streets grant will pay for part of the lanes; the city will pay the remaining $8.6 million from its capital budget.

Work starts in April on Ferris Avenue, where a 2.3-mile protected lane will run from the rail station to Eastfield. Canal Street, Linden Boulevard and Market Street follow in 2027.

"Three people died riding bikes on our streets last year. That is three too many," Quill said. "A protected lane is the difference between a close call and a funeral."

CycleShare riders took 1,846,000 trips in 2025, up 18%, and the mayor set a goal of 3 million trips a year by 2028. When the work is done, the city will have 272 stations and 46.8 miles of protected lanes.
"""

AU_MINUTES = """CITY OF ASHCOMBE
City Council
Minutes of the regular meeting, Thursday, March 12, 2026, 6 p.m.
Council chambers, City Hall

Present: Council President Harriet Voss; council members Amos Brandt, Celeste Fairweather, Ravi Gundersen, Nadia Holloway, Tomas Iredale, Wilma Kastner and Silas Moreno (eight of nine). Absent: Council Member Dorothea Lund. Staff: Director of Streets and Mobility Ines Aldana; Budget Director Felix Oyelaran.

1. Call to order

The president called the meeting to order at 6:04 p.m.

2. Director's report

Ms. Aldana reported that CycleShare riders took 155,300 trips in January and February, up from 131,900 a year earlier, and that 41 of the 60 new station sites had been approved. The $6.2 million Safe Streets grant agreement was signed on March 2.

3. Ferris Avenue protected bike lane

Three bids for the 2.3-mile Ferris Avenue lane were opened on March 5: Dunmore Paving, $2,380,000; Castellan Civil, $2,615,000; and Brightline Roadworks, $2,940,000. Council Member Gundersen moved to award the contract to Dunmore Paving, the lowest bidder, with a 10% contingency, $2,618,000 in all; Council Member Holloway seconded. Carried 8-0. Work is to begin on Monday, April 6, and end by Friday, July 31.

4. CycleShare operating subsidy

Mr. Oyelaran proposed a city subsidy of $4.1 million for CycleShare in the 2027 fiscal year, up from $3.48 million in 2025, to run the 60 new stations. Council Member Brandt said the city was already paying $1.89 for every trip. Council Member Fairweather moved approval; Council Member Moreno seconded. Carried 6-2, council members Brandt and Kastner voting no.

5. Membership prices

Ms. Aldana proposed raising the annual CycleShare membership to $135 from $120 and the monthly membership to $17 from $15, effective May 1, with the Access membership staying at $5 a month. At 2025 sales, the increase would bring in about $210,000 a year. Council Member Iredale said a 12.5% increase would push students to cheaper scooters. Council Member Holloway moved approval; Council Member Fairweather seconded. Carried 5-3, council members Brandt, Iredale and Kastner voting no.

6. E-bike speed on the Riverside Greenway

By consent, the council asked the department to set a speed limit of 15 miles an hour for e-bikes on the Riverside Greenway from June 1.

7. Public comment

Five people spoke. Arlo Penhallow, who owns a deli on Ferris Avenue, said the lane would remove 38 parking spaces on his block.

8. Adjournment

The meeting adjourned at 8:47 p.m. The next regular meeting is Thursday, March 26, 2026.
"""

AU_ARTICLE = """Crash report puts Ferris Avenue first, as its bike lane goes in

By Lucia Varnum, The Ashcombe Courier
Saturday, April 25, 2026

On Monday morning Mireille Dacosta, 34, rode a CycleShare e-bike down Ferris Avenue, past the orange barrels where crews from Dunmore Paving are building the city's newest protected bike lane. Eighteen months ago, a few blocks away, a delivery van turned into her.

"I was out of work for nine weeks," said Dacosta, a nurse. "I still ride. I just ride scared."

Ferris Avenue had 27 of the 389 crashes involving people on bicycles that police recorded in the city last year, more than any other street, and 2 of the 3 deaths, according to the city's annual crash report, released Wednesday. Crashes citywide fell from 421 in 2024, and serious injuries from 52 to 41.

The $2.38 million lane, 2.3 miles long, is due to be finished by July 31. It will take away 38 parking spaces between Orchard Street and Vale Street. Arlo Penhallow, 62, who has run Penhallow's Deli there since 1991, said half his lunch customers drive. "They'll circle twice and go somewhere else," he said.

CycleShare is busier than ever. Riders took 142,600 trips in March, nearly twice as many as in January, said Joaquin Restrepo, 45, who manages the program for the city. E-bikes carried 58% of last year's trips.

Riders will pay more from May 1, when the annual membership rises to $135 from $120 after a 5-3 council vote. The $5-a-month Access membership, held by about 2,900 residents, will not change.

"Every new lane brings new riders," Restrepo said. "We see it in the data within a month."
"""

AU_LOG = """Ashcombe CycleShare - monthly ridership log, January to June 2026
Pedalworks Mobility for the City of Ashcombe
Compiled July 2026

| Month | Trips | Trips, year to date | E-bike share of trips (%) | New annual members | New annual members, year to date | Average trip (minutes) |
|---|---|---|---|---|---|---|
| January | 71,400 | 71,400 | 63.1 | 310 | 310 | 12 |
| February | 83,900 | 155,300 | 62.4 | 420 | 730 | 12 |
| March | 142,600 | 297,900 | 60.8 | 980 | 1,710 | 13 |
| April | 198,300 | 496,200 | 59.2 | 1,460 | 3,170 | 14 |
| May | 241,700 | 737,900 | 58.6 | 1,240 | 4,410 | 15 |
| June | 268,500 | 1,006,400 | 57.9 | 1,130 | 5,540 | 15 |
| January to June | 1,006,400 | | 59.5 | 5,540 | | 14 |

Notes

- January to June 2025: 897,600 trips, 53.8% of them on e-bikes.
- The annual membership price rose to $135 from $120 on May 1.
- Four stations on Ferris Avenue were closed from April 6 for lane construction.
- The new stations began opening on Monday, June 1; 14 of the 60 were open by June 30.
- The busiest day was Saturday, June 20, with 14,230 trips. The longest outage, 4 hours 25 minutes on Monday, February 9, was caused by a software fault.
- E-bike shares and average trips for the half year are weighted by trips.
"""

AU_EMAIL = """From: Keiko Marwick, Operations Manager, Pedalworks Ashcombe
To: CycleShare field crew
Date: Friday, May 15, 2026
Subject: April numbers, new vans and Bike to Work Day

Hi all,

April was our busiest month ever, with 198,300 trips, and May is on pace
to beat it. Thank you.

Stations were empty or full 11.4% of the time in April, down from 14.8%
in March. Our goal is under 10% by July. We moved 23,600 bikes in April
with our seven vans, and two more vans arrive on Monday, June 1.

Ferris Avenue: the four stations there stay closed until the lane is
done on July 31. Please keep the stations on Canal Street stocked.

Twelve new rebalancers joined us this spring. Starting June 1 the base
rate for rebalancers goes to $19.75 an hour from $18.50.

Survey: 412 riders answered our April survey, and 287 of them, or 69.7%,
said they were satisfied. The top complaint, from 96 of them, was finding
no open dock at University Hill.

Bike to Work Day is Friday, May 29. We will run a bike valet at City Hall
from 7 to 10 a.m. and need six volunteers for each shift.

Keiko
"""

AU_POOL = {
    "report": {"name": "ashcombe-active-transportation-report-2025.md", "text": AU_REPORT},
    "release": {"name": "ashcombe-mayor-ride-plan-release-2026-01-20.txt", "text": AU_RELEASE},
    "minutes": {"name": "ashcombe-city-council-minutes-2026-03-12.txt", "text": AU_MINUTES},
    "article": {"name": "ashcombe-courier-ferris-avenue-crashes.txt", "text": AU_ARTICLE},
    "log": {"name": "cycleshare-ridership-log-2026-h1.md", "text": AU_LOG},
    "email": {"name": "pedalworks-operations-email-2026-05-15.txt", "text": AU_EMAIL},
}

# --- AU1: wire story (sources: report, release) ------------------------------------------
AU1 = """Ashcombe bike-share trips jump 18% as city plans 60 new stations

ASHCOMBE (Metro Wire) - Riders took 1,846,000 trips on Ashcombe CycleShare in 2025, up 18.3% from 1,650,000 in 2024, the city's Department of Streets and Mobility said in its annual report. E-bikes carried 58.0% of them.

Police recorded 389 crashes involving people on bicycles last year, and three riders died.

In January Mayor Teodora Quill announced a $14.8 million plan to add 60 stations, at $56,000 each, and 600 e-bikes, and to build 14 miles of protected bike lanes by the end of 2027. A $6.2 million federal grant covers about 42% of the cost.

The city paid $3.48 million to keep CycleShare running last year, or $1.89 a trip. The mayor wants 3 million trips a year by 2030. Pedalworks Mobility, which runs the system, plans to raise prices again in 2027.
"""

AU1_FIGS = [
    F("18%", S, note="release: riders took 1,846,000 trips in 2025, up 18%"),
    F("60", S, note="release: add 60 CycleShare stations"),
    F("1,846,000", S, note="report: riders took 1,846,000 trips in 2025"),
    F("2025", S, note="report: in 2025"),
    F("18.3%", S, note="report: up 18.3%"),
    F("1,650,000", C, "1,560,000", note="report: from 1,560,000 in 2024 (transposed digits)"),
    F("2024", S, note="report: 1,560,000 in 2024"),
    F("58.0%", S, note="report: e-bikes carried 1,071,000 of those trips, or 58.0%"),
    F("389", S, note="report: police recorded 389 crashes involving people on bicycles in 2025"),
    F("three", S, note="report / release: 3 were fatal; 'Three people died riding bikes on our streets last year'"),
    F("$14.8 million", S, note="release: a $14.8 million plan"),
    F("60", S, note="release: add 60 CycleShare stations"),
    F("$56,000", C, "$65,000", note="release: the stations will cost $3.9 million, or $65,000 each (transposed digits)"),
    F("600", S, note="release: 600 e-bikes"),
    F("14", S, note="release: 14 miles of protected bike lanes"),
    F("2027", S, note="release: by the end of 2027"),
    F("$6.2 million", S, note="release: a $6.2 million federal Safe Streets grant"),
    F("42%", S, derived=True, note="release: $6.2 million / $14.8 million = 41.9%, 'about 42%'"),
    F("$3.48 million", S, note="report: the city paid the remaining $3.48 million"),
    F("$1.89", S, note="report: or $1.89 a trip"),
    F("3 million", S, note="release: a goal of 3 million trips a year by 2028"),
    F("2030", C, "2028", note="release: a goal of 3 million trips a year by 2028"),
    F("2027", U, note="no source says the operator plans to raise prices in 2027"),
]

# --- AU2: opinion column (sources: article, minutes) -------------------------------------
AU2 = """# The Ferris Avenue lane is worth 38 parking spaces

*Opinion | By Noor Fellowes*

Mireille Dacosta, 34, was hit by a delivery van near Ferris Avenue and missed nine weeks of work. She was lucky. Two of the city's three cycling deaths last year were on Ferris Avenue, which had 27 crashes, more than any other street and about 7% of the city's 389.

The City Council got the lane right. It took the lowest of three bids, Dunmore Paving's $2,380,000, $235,000 under Castellan Civil's, and approved it 8-0. The lane, part of the mayor's $14.8 million plan, is due by July 31.

Arlo Penhallow worries about the 38 parking spaces outside the deli he has run since 1991, 35 years. I understand. But a parking space is not worth a life.

What the council got wrong is the membership price. It voted 6-2 to raise the annual membership to $135 from $120, a 15% increase, to bring in about $210,000 a year. Council Member Tomas Iredale warned that students would switch to scooters. I would freeze the price for riders under 25.
"""

AU2_FIGS = [
    F("38", S, note="article / minutes: the lane will take away 38 parking spaces"),
    F("34", S, note="article: Mireille Dacosta, 34"),
    F("nine", S, note="article: 'I was out of work for nine weeks'"),
    F("Two", S, note="article: Ferris Avenue had 2 of the 3 deaths"),
    F("three", S, note="article: 2 of the 3 deaths"),
    F("27", S, note="article: Ferris Avenue had 27 of the 389 crashes, more than any other street"),
    F("7%", S, derived=True, note="article: 27 / 389 = 6.9%, 'about 7%'"),
    F("389", S, note="article: the 389 crashes involving people on bicycles"),
    F("three", S, note="minutes: three bids for the Ferris Avenue lane"),
    F("$2,380,000", S, note="minutes: Dunmore Paving, $2,380,000, the lowest bidder"),
    F("$235,000", S, derived=True, note="minutes: Castellan Civil $2,615,000 - $2,380,000 = $235,000"),
    F("8", S, note="minutes: the Ferris Avenue contract carried 8-0"),
    F("0", S, note="minutes: carried 8-0"),
    F("$14.8 million", U, note="the mayor's $14.8 million plan is in the release, which is not among this case's sources"),
    F("31", S, note="article / minutes: due to be finished by July 31"),
    F("38", S, note="article / minutes: 38 parking spaces on his block"),
    F("1991", S, note="article: who has run Penhallow's Deli there since 1991"),
    F("35", S, derived=True, note="article: dated 2026; 2026 - 1991 = 35 years"),
    F("6", C, "5", note="minutes: the membership prices carried 5-3; 6-2 is the operating subsidy's tally"),
    F("2", C, "3", note="minutes: carried 5-3, council members Brandt, Iredale and Kastner voting no"),
    F("$135", S, note="minutes / article: the annual membership to $135"),
    F("$120", S, note="minutes / article: from $120"),
    F("15%", C, "12.5%", note="minutes: Iredale, a 12.5% increase ($135 from $120)"),
    F("$210,000", S, note="minutes: about $210,000 a year"),
    F("25", U, note="the columnist's own proposal; no source gives it"),
]

# --- AU3: explainer with a Markdown table (sources: report, log) --------------------------
AU3 = """# Is Ashcombe really riding more?

*An explainer on CycleShare's numbers*

### How big was last year?

Riders took 1,846,000 trips in 2025, according to the city's annual report, or about 5,060 a day. Downtown stations carried the most, 612,400, a third of the total, but Eastfield grew fastest, by 31.8%.

### And this year?

| Month | Trips | E-bike share (%) |
|---|---|---|
| January | 71,400 | 63.1 |
| June | 286,500 | 57.9 |

By the end of June riders had taken 1,006,400 trips, up 12.1% from 897,600 in the same months of 2025.

### Are e-bikes taking over?

They carried 59.5% of trips from January to June. At the end of 2025 the system had 1,420 e-bikes among its 2,150 bikes.

### Who rides most?

Members. The 14,820 annual members made 1,127,000 trips last year, about 76 each, and 5,450 more joined from January to June. The operator expects 2.2 million trips this year.
"""

AU3_FIGS = [
    F("1,846,000", S, note="report: riders took 1,846,000 trips in 2025"),
    F("2025", S, note="report: in 2025"),
    F("5,060", S, derived=True, note="report: 1,846,000 / 365 = 5,058, 'about 5,060 a day'"),
    F("612,400", S, note="report table: Downtown 612,400 trips, the most"),
    F("a third", S, derived=True, note="report table: 612,400 / 1,846,000 = 33.2%"),
    F("31.8%", S, note="report table: Eastfield +31.8, the fastest growth"),
    F("71,400", S, note="log: January 71,400 trips"),
    F("63.1", S, note="log: January e-bike share 63.1"),
    F("286,500", C, "268,500", note="log: June 268,500 trips (transposed digits)"),
    F("57.9", S, note="log: June e-bike share 57.9"),
    F("1,006,400", S, note="log: trips, year to date through June, 1,006,400"),
    F("12.1%", S, derived=True, note="log: 1,006,400 / 897,600 = 1.121, up 12.1%"),
    F("897,600", S, note="log: January to June 2025, 897,600 trips"),
    F("2025", S, note="log: January to June 2025"),
    F("59.5%", S, note="log: January to June, e-bike share 59.5"),
    F("2025", S, note="report: the system ended the year (2025)"),
    F("1,420", C, "1,240", note="report: 2,150 bikes, 1,240 of them e-bikes (transposed digits)"),
    F("2,150", S, note="report: 2,150 bikes"),
    F("14,820", S, note="report: annual members numbered 14,820 at year's end"),
    F("1,127,000", S, note="report: and made 1,127,000 trips"),
    F("76", S, derived=True, note="report: 1,127,000 / 14,820 = 76.0 trips a member"),
    F("5,450", C, "5,540", note="log: January to June, 5,540 new annual members (transposed digits)"),
    F("2.2 million", U, note="no source gives a forecast of trips for 2026"),
]

# --- AU4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AU4 = """# Ferris Avenue Neighbors: May 2026 newsletter

**The lane.** Dunmore Paving's crews are building the 2.3-mile protected
bike lane on Ferris Avenue, a $2.83 million job due to be finished by
July 31. It is the start of the mayor's $14.8 million plan: 14 miles of
protected lanes, plus 60 new CycleShare stations by the end of 2026.
The lane will cost our blocks 38 parking spaces between Orchard and
Vale.

**Why it matters.** The city's crash report counted 27 crashes on Ferris
Avenue last year, more than on any other street, and 2 of the city's 3
cycling deaths. Crashes citywide fell to 389 from 412.

**Stations.** The four CycleShare stations on Ferris stay closed until
the lane is done. Keiko Marwick, who runs operations for the operator,
told her crew that stations were empty or full 11.4% of the time in
April. But she wants that under 10% by July, and three more vans arrive on
June 1.

**Prices.** The annual membership went to $135 from $120 on May 1.

**Our meeting.** Neighbors meet on June 4 at the library. Dues are $15.
"""

AU4_FIGS = [
    F("2026", S, note="email / release / article: the sources are dated 2026"),
    F("2.3", S, note="release / article: a 2.3-mile protected lane on Ferris Avenue"),
    F("$2.83 million", C, "$2.38 million", note="article: the $2.38 million lane (transposed digits)"),
    F("31", S, note="article / email: due to be finished by July 31"),
    F("$14.8 million", S, note="release: a $14.8 million plan"),
    F("14", S, note="release: 14 miles of protected bike lanes"),
    F("60", S, note="release: add 60 CycleShare stations"),
    F("2026", S, note="release: stations and e-bikes by the end of 2026"),
    F("38", S, note="article: it will take away 38 parking spaces between Orchard Street and Vale Street"),
    F("27", S, note="article: Ferris Avenue had 27 of the 389 crashes, more than any other street"),
    F("2", S, note="article: and 2 of the 3 deaths"),
    F("3", S, note="article: the 3 deaths"),
    F("389", S, note="article: the 389 crashes"),
    F("412", C, "421", note="article: crashes citywide fell from 421 in 2024 (transposed digits)"),
    F("four", S, note="email: the four stations there stay closed until the lane is done"),
    F("11.4%", S, note="email: stations were empty or full 11.4% of the time in April"),
    F("10%", S, note="email: our goal is under 10% by July"),
    F("three", C, "two", note="email: two more vans arrive on Monday, June 1"),
    F("1", S, note="email: Monday, June 1"),
    F("$135", S, note="article: the annual membership rises to $135"),
    F("$120", S, note="article: from $120"),
    F("1", S, note="article: from May 1"),
    F("4", U, note="the association's own meeting; no source gives it"),
    F("$15", U, note="the association's own dues; no source gives them"),
]

# --- AU5: blog post (sources: minutes, log) -----------------------------------------------
AU5 = """## Council notes: a bike lane, a subsidy and a price increase

*Posted by Theo Lindqvist | Ashcombe Streets Blog*

At its March meeting the City Council opened its wallet for bikes. Three firms bid on the Ferris Avenue lane, and Dunmore Paving won at $2,380,000, $560,000 under Brightline Roadworks' $2,940,000. With a 10% contingency the total is $2,618,000, approved 8-0.

The council also voted 6-2 for a $4.1 million CycleShare subsidy and 5-3 to raise the annual membership to $135 from $120 from May 1. Council Member Amos Brandt pointed out that the city already pays $1.98 a trip.

Did the price increase scare riders off? The operator's log says no. Riders took 241,700 trips in May, and 1,240 new annual members signed up that month, more than in any month but April. E-bikes carried 56.8% of May trips.

My prediction: 2.5 million trips this year.
"""

AU5_FIGS = [
    F("Three", S, note="minutes: three bids for the Ferris Avenue lane"),
    F("$2,380,000", S, note="minutes: Dunmore Paving, $2,380,000, the lowest bidder"),
    F("$560,000", S, derived=True, note="minutes: Brightline Roadworks $2,940,000 - $2,380,000 = $560,000"),
    F("$2,940,000", S, note="minutes: Brightline Roadworks, $2,940,000"),
    F("10%", S, note="minutes: with a 10% contingency"),
    F("$2,618,000", S, note="minutes: $2,618,000 in all"),
    F("8", S, note="minutes: carried 8-0"),
    F("0", S, note="minutes: carried 8-0"),
    F("6", S, note="minutes: the operating subsidy carried 6-2"),
    F("2", S, note="minutes: carried 6-2"),
    F("$4.1 million", S, note="minutes: a city subsidy of $4.1 million for CycleShare"),
    F("5", S, note="minutes: the membership prices carried 5-3"),
    F("3", S, note="minutes: carried 5-3"),
    F("$135", S, note="minutes: the annual CycleShare membership to $135"),
    F("$120", S, note="minutes: from $120"),
    F("1", S, note="minutes / log: effective May 1"),
    F("$1.98", C, "$1.89", note="minutes: Brandt said the city was already paying $1.89 for every trip (transposed digits)"),
    F("241,700", S, note="log: May 241,700 trips"),
    F("1,240", S, note="log: May 1,240 new annual members, fewer only than April's 1,460"),
    F("56.8%", C, "58.6%", note="log: May e-bike share 58.6 (transposed digits)"),
    F("2.5 million", U, note="the blogger's own prediction; no source gives it"),
]

# --- AU6: staff memo with bullets (sources: report, email) --------------------------------
AU6 = """MEMO
To: Council Member Nadia Holloway
From: Council staff
Re: CycleShare operations, for next week's committee hearing

From the department's 2025 report and the operator's May 15 note to its field crew:

- **Fleet:** 2,150 bikes at 212 stations with 3,480 docks, or about 16 docks per station; 1,240 of the bikes are e-bikes, 58% of the fleet.
- **Rebalancing:** crews moved 23,600 bikes in April with seven vans, and two more vans arrive on June 1.
- **Empty or full stations:** 11.4% of the time in April, down from 18.4% in March; the goal is under 10%.
- **Pay:** rebalancers' base rate rises to $19.75 an hour from $18.50, about 7%.
- **Riders:** 278 of 412 surveyed riders were satisfied; 96 complained of no open dock at University Hill, where stations carried 481,700 trips last year.
- **Staff:** the operator has 28 mechanics and wants 12 more.
"""

AU6_FIGS = [
    F("2025", S, note="report: the 2025 active transportation report"),
    F("15", S, note="email: dated Friday, May 15, 2026"),
    F("2,150", S, note="report: 2,150 bikes"),
    F("212", S, note="report: 212 stations"),
    F("3,480", S, note="report: 3,480 docks"),
    F("16", S, derived=True, note="report: 3,480 docks / 212 stations = 16.4"),
    F("1,240", S, note="report: 1,240 of them e-bikes"),
    F("58%", S, derived=True, note="report: 1,240 / 2,150 = 57.7%"),
    F("23,600", S, note="email: we moved 23,600 bikes in April"),
    F("seven", S, note="email / report: with our seven vans"),
    F("two", S, note="email: two more vans arrive on Monday, June 1"),
    F("1", S, note="email: Monday, June 1"),
    F("11.4%", S, note="email: stations were empty or full 11.4% of the time in April"),
    F("18.4%", C, "14.8%", note="email: down from 14.8% in March (transposed digits)"),
    F("10%", S, note="email: our goal is under 10% by July"),
    F("$19.75", S, note="email: the base rate for rebalancers goes to $19.75 an hour"),
    F("$18.50", S, note="email: from $18.50"),
    F("7%", S, derived=True, note="email: $19.75 / $18.50 = 1.068, 'about 7%'"),
    F("278", C, "287", note="email: 287 of them said they were satisfied (transposed digits)"),
    F("412", S, note="email: 412 riders answered our April survey"),
    F("96", S, note="email: the top complaint, from 96 of them, was no open dock at University Hill"),
    F("481,700", C, "418,700", note="report table: University Hill 418,700 trips (transposed digits)"),
    F("28", S, note="report: 28 of them mechanics"),
    F("12", U, note="no source says the operator wants more mechanics"),
]

# --- AU7: council member's email, hard-wrapped (sources: release, minutes) ----------------
AU7 = """From: Office of Council Member Nadia Holloway
To: Eastfield neighbors
Date: Friday, March 13, 2026
Subject: What the council decided last night

Dear neighbors,

Last night the council voted 8-0 to hire Dunmore Paving for the Ferris
Avenue protected bike lane, at $2,380,000 plus a 10% contingency. The
lane is 2.3 miles long, the start of the mayor's $14.8 million plan.

That plan adds 60 CycleShare stations, at $65,000 each, and 600 e-bikes,
and builds 14 miles of protected lanes on five corridors by 2027.

I voted for the $4.1 million CycleShare subsidy, which passed 6-2, and
for the new membership prices, which passed 6-3. The annual membership
goes to $135 from $120.

In January and February riders took 155,300 trips, up about 18% from a
year earlier. Eastfield will get 12 of the new stations.

Nadia Holloway
"""

AU7_FIGS = [
    F("13", U, note="the email's own date; the minutes give the meeting as Thursday, March 12, and no source gives March 13"),
    F("2026", S, note="release / minutes: the sources are dated 2026"),
    F("8", S, note="minutes: the Ferris Avenue contract carried 8-0"),
    F("0", S, note="minutes: carried 8-0"),
    F("$2,380,000", S, note="minutes: Dunmore Paving, $2,380,000"),
    F("10%", S, note="minutes: with a 10% contingency"),
    F("2.3", S, note="minutes / release: the 2.3-mile Ferris Avenue lane"),
    F("$14.8 million", S, note="release: a $14.8 million plan"),
    F("60", S, note="release: add 60 CycleShare stations"),
    F("$65,000", S, note="release: $3.9 million, or $65,000 each"),
    F("600", S, note="release: 600 e-bikes"),
    F("14", S, note="release: 14 miles of protected bike lanes"),
    F("five", C, "four", note="release: on four corridors (Ferris Avenue, Canal Street, Linden Boulevard, Market Street)"),
    F("2027", S, note="release: by the end of 2027"),
    F("$4.1 million", S, note="minutes: a city subsidy of $4.1 million for CycleShare"),
    F("6", S, note="minutes: the operating subsidy carried 6-2"),
    F("2", S, note="minutes: carried 6-2"),
    F("6", C, "5", note="minutes: the membership prices carried 5-3; 6 is the subsidy's yes votes"),
    F("3", S, note="minutes: carried 5-3"),
    F("$135", S, note="minutes: the annual CycleShare membership to $135"),
    F("$120", S, note="minutes: from $120"),
    F("155,300", S, note="minutes: riders took 155,300 trips in January and February"),
    F("18%", S, derived=True, note="minutes: 155,300 / 131,900 = 1.177, 'about 18%'"),
    F("12", U, note="no source says how many of the new stations go to Eastfield"),
]

# --- AU8: Q&A (sources: article, log) -----------------------------------------------------
AU8 = """## CycleShare and Ferris Avenue: your questions

**Is the bike-share busier?** Yes. Riders took 142,600 trips in March, nearly twice January's 71,400, according to the operator's log.

**Did the price increase hurt?** The annual membership rose to $135 from $120 on May 1 after a 5-3 council vote. The system still signed up 1,240 new annual members in May and 1,310 in June.

**What about Ferris Avenue?** It had 27 of last year's 389 bike crashes, the most of any street. The $2.38 million lane is due by July 31, and the four stations there have been closed since April 16.

**Any outages?** The longest lasted 4 hours 52 minutes, on Feb. 9.

**Will the lane hurt business?** It takes 38 parking spaces, and Arlo Penhallow, 62, says half his lunch customers drive. The city expects the lane to carry 1,500 riders a day.
"""

AU8_FIGS = [
    F("142,600", S, note="article / log: riders took 142,600 trips in March"),
    F("twice", S, derived=True, note="article / log: 142,600 / 71,400 = 1.997, 'nearly twice'"),
    F("71,400", S, note="log: January 71,400 trips"),
    F("$135", S, note="article / log: the annual membership rises to $135"),
    F("$120", S, note="article / log: from $120"),
    F("1", S, note="article / log: from May 1"),
    F("5", S, note="article: after a 5-3 council vote"),
    F("3", S, note="article: a 5-3 council vote"),
    F("1,240", S, note="log: May 1,240 new annual members"),
    F("1,310", C, "1,130", note="log: June 1,130 new annual members (transposed digits)"),
    F("27", S, note="article: Ferris Avenue had 27 of the 389 crashes, more than any other street"),
    F("389", S, note="article: the 389 crashes involving people on bicycles"),
    F("$2.38 million", S, note="article: the $2.38 million lane"),
    F("31", S, note="article: due to be finished by July 31"),
    F("four", S, note="log: four stations on Ferris Avenue were closed from April 6"),
    F("16", C, "6", note="log: four stations on Ferris Avenue were closed from April 6"),
    F("4", S, note="log: the longest outage, 4 hours 25 minutes on Monday, February 9"),
    F("52", C, "25", note="log: 4 hours 25 minutes (transposed digits)"),
    F("9", S, note="log: on Monday, February 9"),
    F("38", S, note="article: it will take away 38 parking spaces"),
    F("62", S, note="article: Arlo Penhallow, 62"),
    F("half", S, note="article: said half his lunch customers drive"),
    F("1,500", U, note="no source gives a forecast of riders on the lane"),
]

# --- AU9: LLM-style summary with bullets (sources: report, article) ----------------------
AU9 = """**Summary: Ashcombe's bike-share and street safety in 2025**

- **Ridership:** 1,846,000 CycleShare trips, up 18.3%; e-bikes carried 58.0%, up from 44.5%.
- **Districts:** Downtown led with 612,400 trips; Eastfield grew fastest, by 31.8%, and Harborview slowest, by 4.8%.
- **Safety:** 389 bike crashes, down from 421, with 41 serious injuries, down from 52.
- **Lanes:** the network grew by 7.8 miles to 32.8; the master plan calls for 60 miles by 2030, so about 27 miles remain, and the mayor's plan would add 14.
- **Prices:** the annual membership rises to $135 from $120, a 12.5% increase.
- **People:** Arlo Penhallow, 26, has run his deli since 1991. Helmet use among riders is 64%.
"""

AU9_FIGS = [
    F("2025", S, note="report: CycleShare in 2025"),
    F("1,846,000", S, note="report: riders took 1,846,000 trips"),
    F("18.3%", S, note="report: up 18.3%"),
    F("58.0%", S, note="report: e-bikes carried 58.0%"),
    F("44.5%", S, note="report: up from 44.5% a year earlier"),
    F("612,400", S, note="report table: Downtown 612,400 trips, the most"),
    F("31.8%", S, note="report table: Eastfield +31.8, the fastest growth"),
    F("4.8%", C, "8.4%", note="report table: Harborview +8.4, the slowest growth (transposed digits)"),
    F("389", S, note="report / article: police recorded 389 crashes involving people on bicycles"),
    F("421", S, note="report / article: from 421 in 2024"),
    F("41", S, note="report / article: forty-one caused serious injuries"),
    F("52", S, note="article: serious injuries fell from 52 to 41"),
    F("7.8", C, "8.7", note="report: the department built 8.7 miles of protected bike lanes in 2025 (transposed digits)"),
    F("32.8", S, note="report: bringing the network to 32.8 miles"),
    F("60", S, note="report: the Bicycle Master Plan calls for 60 miles by 2030"),
    F("2030", S, note="report: 60 miles by 2030"),
    F("27", S, derived=True, note="report: 60 - 32.8 = 27.2 miles"),
    F("14", U, note="the mayor's 14 miles are in the release, which is not among this case's sources"),
    F("$135", S, note="article: the annual membership rises to $135"),
    F("$120", S, note="article: from $120"),
    F("12.5%", S, derived=True, note="article: $135 / $120 = 1.125"),
    F("26", C, "62", note="article: Arlo Penhallow, 62 (transposed digits)"),
    F("1991", S, note="article: who has run Penhallow's Deli there since 1991"),
    F("64%", U, note="no source gives helmet use"),
]

# --- AU10: bicycle coalition bulletin, hard-wrapped (sources: email, minutes, log) --------
AU10 = """# Ashcombe Bicycle Coalition: June 2026 bulletin

**Record spring.** CycleShare riders took 198,300 trips in April, the
operator's log shows, its busiest month so far. The crew was told that
stations were empty or full 11.4% of the time in April. But the goal is
under 10% by July.

**The council.** In March the council voted 8-0 for the Ferris Avenue
lane, 6-2 for a $4.1 million CycleShare subsidy and 5-3 to raise the
annual membership to $135 from $120. Three members, Brandt, Iredale and
Kastner, voted against the price increase. Yet only two opposed the
subsidy.

**New stations.** They began opening on Monday, June 1, and 41 were open
by June 30.

**Crew news.** Fifteen new rebalancers joined this spring, and their base
rate goes to $19.75 an hour on June 1, $1.52 more than before.

**Bike to Work Day.** Friday, May 29, with a bike valet at City Hall. The
operator needs six volunteers a shift. Coalition dues are $25 a year.
"""

AU10_FIGS = [
    F("2026", S, note="email / minutes / log: the sources are dated 2026"),
    F("198,300", S, note="log / email: April 198,300 trips"),
    F("11.4%", S, note="email: stations were empty or full 11.4% of the time in April"),
    F("10%", S, note="email: our goal is under 10% by July"),
    F("8", S, note="minutes: the Ferris Avenue contract carried 8-0"),
    F("0", S, note="minutes: carried 8-0"),
    F("6", S, note="minutes: the operating subsidy carried 6-2"),
    F("2", S, note="minutes: carried 6-2"),
    F("$4.1 million", S, note="minutes: a city subsidy of $4.1 million for CycleShare"),
    F("5", S, note="minutes: the membership prices carried 5-3"),
    F("3", S, note="minutes: carried 5-3"),
    F("$135", S, note="minutes: the annual CycleShare membership to $135"),
    F("$120", S, note="minutes: from $120"),
    F("Three", S, note="minutes: council members Brandt, Iredale and Kastner voting no"),
    F("two", S, note="minutes: the subsidy carried 6-2, council members Brandt and Kastner voting no"),
    F("1", S, note="log: the new stations began opening on Monday, June 1"),
    F("41", C, "14", note="log: 14 of the 60 were open by June 30; 41 is the minutes' count of station sites approved"),
    F("30", S, note="log: open by June 30"),
    F("Fifteen", C, "twelve", note="email: twelve new rebalancers joined us this spring"),
    F("$19.75", S, note="email: the base rate for rebalancers goes to $19.75 an hour"),
    F("1", S, note="email: starting June 1"),
    F("$1.52", C, "$1.25", derived=True, note="email: $19.75 - $18.50 = $1.25"),
    F("29", S, note="email: Bike to Work Day is Friday, May 29"),
    F("six", S, note="email: need six volunteers for each shift"),
    F("$25", U, note="the coalition's own dues; no source gives them"),
]

# --- AU11: letter to the editor (sources: release, log) ----------------------------------
AU11 = """Letter: The bikes are working. Finish the lanes.

To the editor:

In January the mayor promised 60 new CycleShare stations at $65,000 apiece, 600 e-bikes and 14 miles of protected lanes, $14.8 million in all, with a goal of 3 million trips a year by 2028. The operator's log suggests riders are holding up their end: 1,006,400 trips from January to June, against 879,600 a year earlier, and 268,500 in June alone.

But only 14 of the 60 stations were open by the end of June, and the mayor's deadline is the end of 2026.

The lanes matter more. The mayor said three people died riding bikes last year. The protected lanes will cost $9.4 million, more than three fifths of the plan, and the city is paying $6.8 million of the total itself.

I have ridden to work for 22 years. Build the lanes before the next funeral.

Ana Sokolova, Riverside
"""

AU11_FIGS = [
    F("60", S, note="release: add 60 CycleShare stations"),
    F("$65,000", S, note="release: $3.9 million, or $65,000 each"),
    F("600", S, note="release: 600 e-bikes"),
    F("14", S, note="release: 14 miles of protected bike lanes"),
    F("$14.8 million", S, note="release: a $14.8 million plan"),
    F("3 million", S, note="release: a goal of 3 million trips a year by 2028"),
    F("2028", S, note="release: by 2028"),
    F("1,006,400", S, note="log: January to June, 1,006,400 trips"),
    F("879,600", C, "897,600", note="log: January to June 2025, 897,600 trips (transposed digits)"),
    F("268,500", S, note="log: June 268,500 trips"),
    F("14", S, note="log: 14 of the 60 were open by June 30"),
    F("60", S, note="log: 14 of the 60"),
    F("2026", S, note="release: stations and e-bikes by the end of 2026"),
    F("three", S, note="release: 'Three people died riding bikes on our streets last year'"),
    F("$9.4 million", S, note="release: the protected lanes will cost $9.4 million"),
    F("three fifths", S, derived=True, note="release: $9.4 million / $14.8 million = 63.5%, 'more than three fifths'"),
    F("$6.8 million", C, "$8.6 million", note="release: the city will pay the remaining $8.6 million (transposed digits)"),
    F("22", U, note="the letter writer's own years of riding; no source gives them"),
]

# --- AU12: committee briefing with a table (sources: report, minutes, article) ------------
AU12 = """# Briefing: the Ferris Avenue lane and the protected network

*For the council's transportation committee*

| District | Trips, 2025 | Protected lanes (miles) |
|---|---|---|
| Downtown | 612,400 | 9.8 |
| Eastfield | 176,500 | 7.3 |
| Harborview | 143,200 | 4.2 |

Downtown's 58 stations averaged about 10,600 trips each last year, against about 6,800 at Eastfield's 26. Ferris Avenue's 2.3-mile lane will add about 7% to the 32.8-mile network.

The council awarded the lane to Dunmore Paving, the lowest of three bidders, at $2,380,000; the vote was 8-0. Ferris Avenue had 27 of last year's 389 bike crashes. The subsidy of $4.1 million is $680,000 more than in 2025. The mayor's plan puts $9.4 million into lanes. Maintenance of the lane will cost $40,000 a year.
"""

AU12_FIGS = [
    F("2025", S, note="report table: by district, 2025"),
    F("612,400", S, note="report table: Downtown 612,400 trips"),
    F("9.8", S, note="report table: Downtown 9.8 miles of protected lanes"),
    F("176,500", S, note="report table: Eastfield 176,500 trips"),
    F("7.3", C, "3.7", note="report table: Eastfield 3.7 miles of protected lanes (transposed digits)"),
    F("143,200", S, note="report table: Harborview 143,200 trips"),
    F("4.2", S, note="report table: Harborview 4.2 miles of protected lanes"),
    F("58", S, note="report table: Downtown 58 stations"),
    F("10,600", S, derived=True, note="report table: 612,400 / 58 = 10,559"),
    F("6,800", S, derived=True, note="report table: 176,500 / 26 = 6,788"),
    F("26", S, note="report table: Eastfield 26 stations"),
    F("2.3", S, note="minutes / article: the 2.3-mile Ferris Avenue lane"),
    F("7%", S, derived=True, note="minutes / report: 2.3 / 32.8 = 7.0%"),
    F("32.8", S, note="report: bringing the network to 32.8 miles"),
    F("three", S, note="minutes: three bids"),
    F("$2,380,000", S, note="minutes: Dunmore Paving, $2,380,000, the lowest bidder"),
    F("8", S, note="minutes: carried 8-0"),
    F("0", S, note="minutes: carried 8-0"),
    F("27", S, note="article: Ferris Avenue had 27 of the 389 crashes"),
    F("389", S, note="article / report: the 389 crashes involving people on bicycles"),
    F("$4.1 million", S, note="minutes: a city subsidy of $4.1 million"),
    F("$680,000", C, "$620,000", derived=True, note="minutes: $4.1 million - $3.48 million = $620,000"),
    F("2025", S, note="minutes: up from $3.48 million in 2025"),
    F("$9.4 million", U, note="the lanes' $9.4 million is in the release, which is not among this case's sources"),
    F("$40,000", U, note="no source gives the lane's maintenance cost"),
]

# --- AU13: community forum post (sources: email, article) ---------------------------------
AU13 = """**CycleShare tips from a rebalancer (r/Ashcombe)**

I work for the operator, so grain of salt. April was our busiest month ever, 198,300 trips, and May is on pace to beat it. Stations were empty or full 11.4% of the time in April, down from 14.8% in March. We've got 7 vans.

Ferris Ave: the 4 stations there are closed till the lane is done on July 31. Use Canal St instead. The lane is a $2.38M job and takes 36 parking spaces.

Survey: 287 of 412 riders said they were satisfied, about 70%. The top complaint (96 people) was no open dock at University Hill, so don't count on parking there after 5.

Annual membership went to $135 from $120 on May 1, but the $5/month Access membership didn't change, and like 2,900 people have it. Also we got a raise, $19.75 from $18.75. Bike to Work Day is Fri May 29.
"""

AU13_FIGS = [
    F("198,300", S, note="email: April was our busiest month ever, with 198,300 trips"),
    F("11.4%", S, note="email: stations were empty or full 11.4% of the time in April"),
    F("14.8%", S, note="email: down from 14.8% in March"),
    F("7", S, note="email: our seven vans"),
    F("4", S, note="email: the four stations there stay closed until the lane is done"),
    F("31", S, note="email / article: done on July 31"),
    F("$2.38M", S, note="article: the $2.38 million lane"),
    F("36", C, "38", note="article: it will take away 38 parking spaces"),
    F("287", S, note="email: 287 of them said they were satisfied"),
    F("412", S, note="email: 412 riders answered our April survey"),
    F("70%", S, note="email: or 69.7%"),
    F("96", S, note="email: the top complaint, from 96 of them"),
    F("5", U, note="no source gives a time of day for University Hill"),
    F("$135", S, note="article: the annual membership rises to $135"),
    F("$120", S, note="article: from $120"),
    F("1", S, note="article: from May 1"),
    F("$5", S, note="article: the $5-a-month Access membership will not change"),
    F("2,900", S, note="article: held by about 2,900 residents"),
    F("$19.75", S, note="email: the base rate for rebalancers goes to $19.75 an hour"),
    F("$18.75", C, "$18.50", note="email: from $18.50"),
    F("29", S, note="email: Bike to Work Day is Friday, May 29"),
]

CASES = [
    ("fresh24-dev", "fresh-au", list(AU_POOL.values()), [
        ("wire.txt", AU1, AU1_FIGS, "wire story with a dateline without a day: a derived share, transposed trips and station cost, a wrong goal year, a price plan no source makes"),
        ("opinion.md", AU2, AU2_FIGS, "opinion column: derived years, a share and a bid gap, another motion's tally, a wrong stated percentage, the columnist's own proposal"),
        ("explainer.md", AU3, AU3_FIGS, "explainer with question headings and a Markdown table of months restating the ridership log with a transposed cell, derived daily trips, a fraction, a change and trips per member, transposed e-bikes, a forecast no source gives"),
        ("newsletter.md", AU4, AU4_FIGS, "neighborhood association newsletter: heading, bold lead-ins, lines hard-wrapped near 75 columns, a pronoun for the operations manager, sentence-initial But, transposed cost and crash count, the association's own date and dues"),
        ("blog.md", AU5, AU5_FIGS, "blog post from the council's minutes and the ridership log: a bid gap worked out, a transposed cost per trip and e-bike share, the blogger's own prediction"),
        ("memo.txt", AU6, AU6_FIGS, "staff memo in bullets: docks per station, a fleet share and a pay rise worked out, transposed percentage and district trips, a staffing wish no source gives"),
        ("email.txt", AU7, AU7_FIGS, "council member's email to constituents, hard-wrapped: a change worked out, a wrong corridor count, another motion's tally, the email's own date, a station split no source gives"),
        ("faq.md", AU8, AU8_FIGS, "question-and-answer piece: a multiple worked out, transposed member count and outage minutes, a forecast no source gives"),
        ("summary.md", AU9, AU9_FIGS, "LLM-style summary in bullets: a remainder and an increase worked out, transposed growth and age, a figure only another case's document gives, helmet use no source gives"),
        ("bulletin.md", AU10, AU10_FIGS, "bicycle coalition bulletin, hard-wrapped: counts of named members, another document's count for a station total, a wrong derived raise, sentence-initial But/Yet, the coalition's own dues"),
        ("letter.txt", AU11, AU11_FIGS, "letter to the editor: a fraction worked out, transposed trips and city share, the writer's own years"),
        ("briefing.md", AU12, AU12_FIGS, "committee briefing with a Markdown table of three districts: trips per station, a network share and a subsidy increase worked out, a transposed cell, a maintenance cost no source gives"),
        ("forum.md", AU13, AU13_FIGS, "community forum post in casual style: digits for counts, an 'M' figure, a rounded stated percentage, a wrong parking count and old wage, a time no source gives"),
    ]),
]
CASE_SOURCES = {
    "fresh-au-1": ["report", "release"],
    "fresh-au-2": ["article", "minutes"],
    "fresh-au-3": ["report", "log"],
    "fresh-au-4": ["email", "release", "article"],
    "fresh-au-5": ["minutes", "log"],
    "fresh-au-6": ["report", "email"],
    "fresh-au-7": ["release", "minutes"],
    "fresh-au-8": ["article", "log"],
    "fresh-au-9": ["report", "article"],
    "fresh-au-10": ["email", "minutes", "log"],
    "fresh-au-11": ["release", "log"],
    "fresh-au-12": ["report", "minutes", "article"],
    "fresh-au-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AU_POOL, CASE_SOURCES)
