#!/usr/bin/env python3
"""Generate tests/fresh/fresh4-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  G (fresh4-dev): a regional electricity cooperative (Kettle Prairie Electric
                  Cooperative), its generation by resource, outages, rates and a
                  battery project, the state's Community Clean Power grant round
                  and a newspaper article on a board election and a rate rise

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_g.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic G: Kettle Prairie Electric Cooperative and the state's renewable-energy
# program (fictional)
# ---------------------------------------------------------------------------

G_REPORT = """Kettle Prairie Electric Cooperative
2025 Annual Report to Members (excerpt)

From the General Manager

Kettle Prairie Electric Cooperative delivered 2,520 gigawatt-hours (GWh) of electricity to its members in 2025, up 1.1% from 2,492 GWh in 2024. For the first time in the co-op's 87-year history, more than half of that power came from renewable sources: wind, solar and hydro together supplied 51.0%, up from 47.4% a year earlier.

We served 58,420 meters at the end of the year, up 1.9% from 57,330, over 9,480 miles of line in seven counties.

Table 1. Generation by resource, 2025

| Resource | Type | Capacity (MW) | Generation (GWh) | Change from 2024 (%) | Share of total (%) |
|---|---|---|---|---|---|
| Harlow Creek Station | Natural gas | 310 | 842 | -9.6 | 33.4 |
| Ridgeline Wind Farm | Wind | 240 | 767 | +4.2 | 30.4 |
| Copper Flat Solar | Solar | 160 | 348 | +38.6 | 13.8 |
| Osprey Falls Dam | Hydro | 45 | 171 | -12.3 | 6.8 |
| Market purchases | Mixed | — | 392 | +3.4 | 15.6 |
| Total | | 755 | 2,520 | +1.1 | 100.0 |

Harlow Creek Station remains our largest single source, but it ran fewer hours as wind and solar grew, and its share fell from 37.4% in 2024. Copper Flat Solar grew fastest after its expansion from 100 MW to 160 MW was completed in April 2025. Ridgeline ran at a capacity factor of 36.5% and Copper Flat at 24.8%. A dry spring cut output at Osprey Falls to its lowest level since 2013.

Reliability

The average member was without power for 96 minutes in 2025, down from 134 minutes in 2024, when the February ice storm caused the worst outages in our history. We replaced 1,850 poles and buried 62 miles of line during the year.

Finances

Operating revenue rose 5.1% to $246.8 million, from $234.8 million in 2024. Wholesale power and fuel cost $141.5 million, or 57.3% of revenue. We returned a record $7.2 million in capital credits to members.

The average residential rate was 12.4 cents per kilowatt-hour. Your board has approved a 3.8% rate increase effective April 1, 2026, our first since 2022. It will raise the average residential bill of $118.40 a month by about $4.50.

Looking ahead

Construction of a 100 MW battery at Copper Flat, able to store 400 megawatt-hours, begins this summer. The $142 million project is supported by a state grant and should be in service by December 2027. Ridgeline II, a 120 MW expansion with 38 turbines, is planned for 2028. With both, we expect renewables to supply 62% of our power by 2029.

Thank you for your trust.

Ingrid Solberg
General Manager
"""

G_RELEASE = """FOR IMMEDIATE RELEASE
State Energy Office
March 10, 2026

State awards $38.9 million in Community Clean Power grants; Kettle Prairie battery receives the largest

Governor Miriam Oduya and State Energy Office Director Paul Whitcombe today announced $38.9 million in Community Clean Power grants to nine utilities, up from $29.5 million last year and the largest round since the program began in 2017.

The largest grant, $11.2 million, goes to Kettle Prairie Electric Cooperative for a 100-megawatt battery at its Copper Flat solar site. Hollis County Power District receives $6.8 million for rooftop solar on 14 public schools, Wren Lake Municipal Utilities $4.5 million for a 9-megawatt community solar garden, and Redfern Electric Cooperative $3.9 million to repower 22 aging wind turbines. The remaining five utilities share $12.5 million.

"Rural cooperatives are now leading this state's clean energy transition, not following it," Director Whitcombe said. "Kettle Prairie's battery will let solar power made at noon light homes after sunset."

Kettle Prairie battery project

The $142 million battery will store up to 400 megawatt-hours, enough to run at its full 100 megawatts for four hours. Federal tax credits and a U.S. Department of Agriculture loan will cover $98.5 million, or 69% of the cost. The state grant covers $11.2 million, about 8%, and the cooperative will pay the remaining $32.3 million.

Construction is scheduled to begin in June 2026 and to finish in December 2027. The project is expected to support 180 construction jobs and six permanent positions.

Statewide progress

Renewable sources generated 41.3% of the state's electricity in 2025, up from 37.9% in 2024. The state's Renewable Energy Standard requires 50% by 2030 and 80% by 2040. Utilities and developers added a record 1,240 megawatts of wind and solar capacity in the state during 2025.

Since 2017, the Community Clean Power program has awarded $186 million to 214 projects, which together produce or store enough energy for about 95,000 homes.

"Every megawatt we add here is a megawatt we do not have to import," Governor Oduya said.

Applications for the next grant round are due by September 30, 2026. Utilities that received grants this year may apply again. Grants are scored on cost per megawatt-hour, local benefit and readiness; 31 utilities applied in this round, seeking a combined $92.4 million.

Media contact: Communications Office, State Energy Office

###
"""

G_ARTICLE = """Solar rancher unseats longtime co-op director as rates go up

By Tomás Echeverría, The Prairie Courier
March 26, 2026

Zoë Castellanos, a 38-year-old cattle rancher who campaigned for more rooftop solar, has unseated Martin Beaulieu-Côté, 66, from the board of the Kettle Prairie Electric Cooperative, the co-op announced Tuesday.

Castellanos received 2,184 votes for the northern district seat to Beaulieu-Côté's 1,937. A third candidate, retired lineman Dale Pruitt, received 412. The 4,533 ballots, cast by mail and at the co-op's annual meeting in Alder Springs on March 21, amounted to a turnout of about 7.8% of its 58,420 members.

Beaulieu-Côté had served on the board since 2002. "Twenty-four years is a good run," he said. "I hope the new board remembers that members pay the bills."

Castellanos said she would push the co-op to double the number of members with rooftop solar, now about 1,200, by 2030. "We have more sun than almost anywhere in the state, and most of it lands on roofs that aren't producing anything," she said.

Her win comes as members brace for higher bills. The nine-member board voted 7-2 in February to raise rates 3.8% on April 1, adding about $4.50 to the average residential bill of $118.40 a month.

"On a fixed income, $54 more a year is a week of groceries," said Rosa Núñez, 71, a retired school bus driver in Garnet Springs.

General manager Ingrid Solberg, 59, said the increase would help pay for the Copper Flat battery and for line upgrades made after the February 2024 ice storm, which left 21,600 members without power, some for as long as six days, and cost the co-op $13.7 million in repairs. "We cut outage time by more than a quarter last year, and we intend to keep it down," she said.

Not everyone is cheering the co-op's growth. Garnet County commissioners voted 3-2 on March 10 to approve Ridgeline II, whose 38 turbines would stand as close as 1.2 miles from some homes.

"I counted 54 turbines from my porch already," said Walt Henning, 74, who farms 640 acres north of the existing wind farm. The project's backers note that Ridgeline already pays $1.9 million a year in property taxes to the county.

Castellanos takes her seat at the board's April 14 meeting. Directors serve three-year terms and are paid $1,500 a month.
"""

G_SOURCES = [
    {"name": "kettle-prairie-annual-report-2025.txt", "text": G_REPORT},
    {"name": "state-energy-office-grants-release.txt", "text": G_RELEASE},
    {"name": "prairie-courier-article.txt", "text": G_ARTICLE},
]

# --- G1: business-page wire story ---------------------------------------------
G1 = """Kettle Prairie co-op posts 5.1% revenue gain as renewables top half of supply

ALDER SPRINGS (Prairie Wire) — Kettle Prairie Electric Cooperative said Thursday its operating revenue rose 5.1% to $246.8 million in 2025, from $243.8 million, and that for the first time in its 87-year history more than half of the electricity it delivered came from wind, solar and hydro.

The member-owned utility, which employs 312 people, serves 58,420 meters, up 1.2% from a year earlier, over 9,480 miles of line in nine counties. Wholesale power and fuel cost $141.5 million, up 3.9%, or 57.3% of revenue, and the co-op returned a record $7.2 million in capital credits to members.

Renewables supplied 51.0% of the 2,520 gigawatt-hours delivered, up 3.6 percentage points from 47.4% in 2024. The Ridgeline Wind Farm produced 767 GWh and the Copper Flat Solar site 384 GWh, while output at the Harlow Creek gas plant fell 9.6% to 842 GWh, cutting its share to 33.4% from 37.4%.

Copper Flat's output jumped 38.6% after an expansion to 160 megawatts from 100 megawatts, which cost $74 million, was completed in April 2024, and it ran at a capacity factor of 36.5%. The Osprey Falls dam produced 9.6% less after a dry spring, its lowest output since 2009.

The board approved a 3.8% rate increase from April 1, its first since 2021, which will add about $4.50 to the average monthly residential bill of $118.40. At last year's average rate of 12.4 cents per kilowatt-hour, that bill buys about 955 kilowatt-hours a month.

The increase helps pay for a $142 million, 100-megawatt battery at Copper Flat that won an $11.2 million state grant, the largest of nine in a $29.5 million round. Federal money covers $98.5 million, and the co-op will fund the remaining $32.3 million, about 23% of the cost. The battery is due in service in December 2028 and will support 180 construction jobs and 12 permanent ones.

The average member was without power for 96 minutes last year, against 143 in 2024, when an ice storm caused $13.7 million in damage. Crews replaced 1,850 poles and buried 26 miles of line, spending $21 million. “We cut outage time by more than a quarter,” said general manager Ingrid Solberg, 59, who expects rates to rise another 2–3% in 2027.

Ridgeline II, a $210 million, 120-megawatt expansion with 38 turbines, won county approval on a 4-1 vote on March 10. The co-op expects renewables to reach 62% of its supply by 2028 and 70% by 2032.

In a board election, rancher Zoë Castellanos, 38, unseated 24-year director Martin Beaulieu-Côté, 2,184 votes to 1,937, taking 48.2% of the ballots. Turnout was about 7.8% of members, down from 9.1% in 2023. It is the state's second-largest electric co-op.
"""

G1_FIGS = [
    F("5.1%", S, note="report: operating revenue rose 5.1%"),
    F("half", S, note="report: more than half of that power came from renewable sources"),
    F("5.1%", S, note="report: operating revenue rose 5.1%"),
    F("$246.8 million", S, note="report: to $246.8 million"),
    F("2025", S, note="report"),
    F("$243.8 million", C, "$234.8 million", note="report: from $234.8 million in 2024 (transposed digits)"),
    F("first", S, note="report: for the first time in the co-op's 87-year history"),
    F("87", S, note="report: the co-op's 87-year history"),
    F("half", S, note="report: more than half of that power came from renewable sources"),
    F("312", U, note="no source gives the co-op's staff"),
    F("58,420", S, note="report: 58,420 meters at the end of the year"),
    F("1.2%", C, "1.9%", note="report: up 1.9% from 57,330"),
    F("9,480", S, note="report: 9,480 miles of line"),
    F("nine", C, "seven", note="report: in seven counties (nine is the number of grant recipients / board members)"),
    F("$141.5 million", S, note="report: wholesale power and fuel cost $141.5 million"),
    F("3.9%", U, note="no source gives the change in power costs"),
    F("57.3%", S, note="report: or 57.3% of revenue"),
    F("$7.2 million", S, note="report: a record $7.2 million in capital credits"),
    F("51.0%", S, note="report: wind, solar and hydro together supplied 51.0%"),
    F("2,520", S, note="report: 2,520 GWh delivered"),
    F("3.6", S, derived=True, note="report: 51.0 - 47.4 = 3.6 percentage points"),
    F("47.4%", S, note="report: up from 47.4% a year earlier"),
    F("2024", S, note="report"),
    F("767", S, note="report table: Ridgeline 767 GWh"),
    F("384", C, "348", note="report table: Copper Flat 348 GWh (transposed digits)"),
    F("9.6%", S, note="report table: Harlow Creek -9.6"),
    F("842", S, note="report table: Harlow Creek 842 GWh"),
    F("33.4%", S, note="report table: Harlow Creek share 33.4"),
    F("37.4%", S, note="report: its share fell from 37.4% in 2024"),
    F("38.6%", S, note="report table: Copper Flat +38.6"),
    F("160", S, note="report: expansion from 100 MW to 160 MW"),
    F("100", S, note="report: from 100 MW"),
    F("$74 million", U, note="no source gives the cost of the Copper Flat expansion"),
    F("2024", C, "2025", note="report: the expansion was completed in April 2025"),
    F("36.5%", C, "24.8%", note="report: Copper Flat ran at a capacity factor of 24.8%; 36.5% is Ridgeline's"),
    F("9.6%", C, "12.3%", note="report table: Osprey Falls -12.3; -9.6 is Harlow Creek's"),
    F("2009", C, "2013", note="report: Osprey Falls' lowest level since 2013"),
    F("3.8%", S, note="report / article: 3.8% rate increase"),
    F("1", S, note="report: effective April 1, 2026"),
    F("first", S, note="report: our first since 2022"),
    F("2021", C, "2022", note="report: the first increase since 2022"),
    F("$4.50", S, note="report: raise the average bill by about $4.50"),
    F("$118.40", S, note="report: the average residential bill of $118.40 a month"),
    F("12.4", S, note="report: the average residential rate was 12.4 cents per kWh"),
    F("955", S, derived=True, note="report: $118.40 / $0.124 per kWh = 954.8 kWh a month"),
    F("$142 million", S, note="report / release: the $142 million project"),
    F("100", S, note="report / release: 100 MW battery"),
    F("$11.2 million", S, note="release: the largest grant, $11.2 million, to Kettle Prairie (dated March 10)"),
    F("nine", S, note="release: grants to nine utilities"),
    F("$29.5 million", C, "$38.9 million", note="release: this year's round is $38.9 million; $29.5 million was last year's"),
    F("$98.5 million", S, note="release: federal tax credits and a USDA loan cover $98.5 million"),
    F("$32.3 million", S, note="release: the cooperative will pay the remaining $32.3 million"),
    F("23%", S, derived=True, note="release: 32.3 / 142 = 22.7%"),
    F("2028", C, "2027", note="report / release: in service by December 2027"),
    F("180", S, note="release: 180 construction jobs"),
    F("12", C, "6", note="release: six permanent positions"),
    F("96", S, note="report: 96 minutes in 2025"),
    F("143", C, "134", note="report: 134 minutes in 2024 (transposed digits)"),
    F("2024", S, note="report / article: the February 2024 ice storm"),
    F("$13.7 million", S, note="article: the storm cost the co-op $13.7 million in repairs"),
    F("1,850", S, note="report: replaced 1,850 poles"),
    F("26", C, "62", note="report: buried 62 miles of line (transposed digits)"),
    F("$21 million", U, note="no source gives the cost of the line work"),
    F("a quarter", S, note="article: Solberg: 'We cut outage time by more than a quarter last year' (96 / 134 = -28.4%)"),
    F("59", S, note="article: Ingrid Solberg, 59"),
    F("2", U, note="no source forecasts further rate increases"),
    F("3%", U, note="no source forecasts further rate increases"),
    F("2027", U, note="no source forecasts further rate increases"),
    F("$210 million", U, note="no source gives Ridgeline II's cost"),
    F("120", S, note="report: Ridgeline II, a 120 MW expansion"),
    F("38", S, note="report / article: 38 turbines"),
    F("4", C, "3", note="article: commissioners voted 3-2"),
    F("1", C, "2", note="article: commissioners voted 3-2"),
    F("10", S, note="article: on March 10"),
    F("62%", S, note="report: renewables to supply 62% of our power by 2029"),
    F("2028", C, "2029", note="report: 62% by 2029"),
    F("70%", U, note="no source gives a 2032 target"),
    F("2032", U, note="no source gives a 2032 target"),
    F("38", S, note="article: Zoë Castellanos, 38"),
    F("24", S, note="article: on the board since 2002, 'twenty-four years'"),
    F("2,184", S, note="article"),
    F("1,937", S, note="article"),
    F("48.2%", S, derived=True, note="article: 2,184 / 4,533 = 48.2%"),
    F("7.8%", S, note="article: turnout about 7.8%"),
    F("9.1%", U, note="no source gives an earlier turnout"),
    F("2023", U, note="no source mentions a 2023 election"),
    F("second-largest", U, note="no source ranks the state's cooperatives"),
]

# --- G2: "by the numbers" fact sheet ------------------------------------------
G2 = """# Kettle Prairie Electric Cooperative: 2025 by the numbers

**Power delivered**

- **2,520 GWh** delivered to members, up 1.9% from 2,492 GWh.
- **51.0%** from wind, solar and hydro, the first year above half (47.4% in 2024).
- **1,286 GWh** of renewable power, 104 GWh more than the year before.
- **Harlow Creek**, built in 1994, is still the largest source, though down 9.6%.

| Resource | Capacity (MW) | Output (GWh) | Share |
|---|---|---|---|
| Harlow Creek (gas) | 310 | 842 | 33.4% |
| Ridgeline (wind) | 240 | 767 | 30.4% |
| Copper Flat (solar) | 160 | 348 | 6.8% |
| Osprey Falls (hydro) | 54 | 171 | 6.8% |
| Market purchases | 120 | 392 | 16.5% |

**Growth and decline**

- **+38.6%**: Copper Flat, after 60 MW were added in April 2025.
- **−12.3%**: Osprey Falls, its lowest output since 2013.
- **Capacity factors:** about 31% at Harlow Creek, 36.5% at Ridgeline, 24.8% at Copper Flat, 52% at Osprey Falls.

**Members and reliability**

- **58,420** meters, 1,900 more than a year earlier, about six per mile of line.
- **96 minutes** without power for the average member, down 38% from 134.
- **1,850** poles replaced, at about $2,400 each; **410** miles of line still overhead in fire country.
- **1,200** members with rooftop solar; the new director wants 2,400 by 2030, 5,000 by 2035.
- **3.2%** of members were behind on their bills in December.

**Money**

- **$246.8 million** in revenue; **$141.5 million** of it for power and fuel.
- **$2.7 million** in capital credits returned, a record; **$19.6 million** budgeted for new line in 2026.
- **3.8%** rate increase from April 1, the first since 2022: about $4.50 more a month, or $54 a year.
- **12.9 cents** per kWh: the average residential rate after the increase.

**The battery**

- **$142 million** for 120 MW that can store 400 MWh, or five hours at full power.
- **$98.5 million** (69%) federal, **$11.2 million** (8%) state, **$32.3 million** (23%) co-op.
- **180** construction jobs and **eight** permanent ones; savings of **$3.1 million** a year on peak power.

**The state program**

- **$38.9 million** to nine utilities, up 32% from $29.5 million; **31** applied, **12** of them co-ops.
- **Hollis County** gets $6.8 million for 14 schools, **Wren Lake** $3.9 million and **Redfern** $4.5 million; seven others split $12.5 million, $2.5 million each on average.
- **$186 million** to 241 projects since 2019.
- **41.3%** of the state's electricity was renewable in 2025, up from 39.7%; the standard requires 80% by 2045.

**The election**

- **2,184** votes for Zoë Castellanos, 1,937 for Martin Beaulieu-Côté and 421 for Dale Pruitt.
- **247** votes: the margin, on a turnout of 7.8%, the lowest since 2016.
- **$18,000** a year: a director's pay, for a four-year term.
- **Ridgeline II**: 48 turbines, 120 MW, approved 3-2; it will add $1.1 million a year in county taxes.
"""

G2_FIGS = [
    F("2025", S, note="report"),
    F("2,520", S, note="report: 2,520 GWh"),
    F("1.9%", C, "1.1%", note="report: deliveries up 1.1%; 1.9% is the growth in meters"),
    F("2,492", S, note="report: from 2,492 GWh in 2024"),
    F("51.0%", S, note="report"),
    F("first", S, note="report: for the first time ... more than half"),
    F("half", S, note="report: more than half"),
    F("47.4%", S, note="report: up from 47.4% a year earlier"),
    F("2024", S, note="report"),
    F("1,286", S, derived=True, note="report table: 842 is gas; 767 + 348 + 171 = 1,286 GWh (51.0% of 2,520)"),
    F("104", S, derived=True, note="report table: 2024 output = 767/1.042 + 348/1.386 + 171/0.877 = 736 + 251 + 195 = 1,182; 1,286 - 1,182 = 104 GWh"),
    F("1994", U, note="no source says when Harlow Creek was built"),
    F("9.6%", S, note="report table: Harlow Creek -9.6"),
    F("310", S, note="report table: Harlow Creek 310 MW"),
    F("842", S, note="report table"),
    F("33.4%", S, note="report table"),
    F("240", S, note="report table: Ridgeline 240 MW"),
    F("767", S, note="report table"),
    F("30.4%", S, note="report table"),
    F("160", S, note="report table: Copper Flat 160 MW"),
    F("348", S, note="report table"),
    F("6.8%", C, "13.8%", note="report table: Copper Flat share 13.8; 6.8 is Osprey Falls'"),
    F("54", C, "45", note="report table: Osprey Falls 45 MW (transposed digits)"),
    F("171", S, note="report table"),
    F("6.8%", S, note="report table"),
    F("120", U, note="report table: no capacity is given for market purchases ('—')"),
    F("392", S, note="report table: market purchases 392 GWh"),
    F("16.5%", C, "15.6%", note="report table: market purchases share 15.6 (transposed digits)"),
    F("38.6%", S, note="report table: Copper Flat +38.6"),
    F("60", S, derived=True, note="report: expansion from 100 MW to 160 MW, 60 MW added"),
    F("2025", S, note="report: completed in April 2025"),
    F("12.3%", S, note="report table: Osprey Falls -12.3"),
    F("2013", S, note="report: lowest level since 2013"),
    F("31%", S, derived=True, note="report table: 842 GWh / (310 MW x 8,760 h) = 31.0%"),
    F("36.5%", S, note="report: Ridgeline capacity factor 36.5%"),
    F("24.8%", S, note="report: Copper Flat 24.8%"),
    F("52%", C, "43%", derived=True, note="report table: 171 GWh / (45 MW x 8,760 h) = 43.4%"),
    F("58,420", S, note="report"),
    F("1,900", C, "1,090", derived=True, note="report: 58,420 - 57,330 = 1,090"),
    F("six", S, derived=True, note="report: 58,420 meters / 9,480 miles = 6.2 per mile"),
    F("96", S, note="report: 96 minutes"),
    F("38%", C, "28%", derived=True, note="report: 96 / 134 = 0.716, down 28.4%"),
    F("134", S, note="report: from 134 minutes in 2024"),
    F("1,850", S, note="report"),
    F("$2,400", U, note="no source gives the cost of a pole"),
    F("410", U, note="no source mentions overhead line in wildfire-prone areas"),
    F("1,200", S, note="article: members with rooftop solar, now about 1,200"),
    F("2,400", S, derived=True, note="article: Castellanos would double the number (1,200) by 2030"),
    F("2030", S, note="article: by 2030"),
    F("5,000", U, note="no source gives a 2035 goal"),
    F("2035", U, note="no source gives a 2035 goal"),
    F("3.2%", U, note="no source gives arrears"),
    F("$246.8 million", S, note="report"),
    F("$141.5 million", S, note="report: wholesale power and fuel"),
    F("$2.7 million", C, "$7.2 million", note="report: a record $7.2 million in capital credits (transposed digits)"),
    F("$19.6 million", U, note="no source gives a capital budget"),
    F("2026", U, note="no source gives a capital budget"),
    F("3.8%", S, note="report / article"),
    F("1", S, note="report: effective April 1, 2026"),
    F("first", S, note="report: our first since 2022"),
    F("2022", S, note="report"),
    F("$4.50", S, note="report / article: about $4.50 a month"),
    F("$54", S, note="article: $54 more a year (Rosa Núñez); 4.50 x 12 = 54"),
    F("12.9", S, derived=True, note="report: 12.4 cents x 1.038 = 12.87 cents"),
    F("$142 million", S, note="report / release"),
    F("120", C, "100", note="report / release: a 100 MW battery (120 MW is Ridgeline II)"),
    F("400", S, note="report / release: 400 megawatt-hours"),
    F("five", C, "four", note="release: enough to run at its full 100 megawatts for four hours (400 / 100 = 4)"),
    F("$98.5 million", S, note="release"),
    F("69%", S, note="release: or 69% of the cost"),
    F("$11.2 million", S, note="release"),
    F("8%", S, note="release: about 8%"),
    F("$32.3 million", S, note="release"),
    F("23%", S, derived=True, note="release: 32.3 / 142 = 22.7%"),
    F("180", S, note="release: 180 construction jobs"),
    F("eight", C, "six", note="release: six permanent positions"),
    F("$3.1 million", U, note="no source gives the battery's savings"),
    F("$38.9 million", S, note="release"),
    F("nine", S, note="release: nine utilities"),
    F("32%", S, derived=True, note="release: 38.9 / 29.5 = 1.319, up 32%"),
    F("$29.5 million", S, note="release: up from $29.5 million last year"),
    F("31", S, note="release: 31 utilities applied"),
    F("12", U, note="no source says how many applicants were cooperatives"),
    F("$6.8 million", S, note="release: Hollis County $6.8 million"),
    F("14", S, note="release: rooftop solar on 14 public schools"),
    F("$3.9 million", C, "$4.5 million", note="release: Wren Lake $4.5 million; swapped pair"),
    F("$4.5 million", C, "$3.9 million", note="release: Redfern $3.9 million; swapped pair"),
    F("seven", C, "five", note="release: the remaining five utilities (9 - 4 = 5)"),
    F("$12.5 million", S, note="release"),
    F("$2.5 million", S, derived=True, note="release: 12.5 / 5 = $2.5 million (right for the sources' five utilities, though the draft says seven)"),
    F("$186 million", S, note="release: $186 million since 2017"),
    F("241", C, "214", note="release: 214 projects (transposed digits)"),
    F("2019", C, "2017", note="release: since 2017, when the program began"),
    F("41.3%", S, note="release"),
    F("2025", S, note="release"),
    F("39.7%", C, "37.9%", note="release: up from 37.9% in 2024 (transposed digits)"),
    F("80%", S, note="release: 80% by 2040"),
    F("2045", C, "2040", note="release: 80% by 2040"),
    F("2,184", S, note="article"),
    F("1,937", S, note="article"),
    F("421", C, "412", note="article: Dale Pruitt received 412 (transposed digits)"),
    F("247", S, derived=True, note="article: 2,184 - 1,937 = 247"),
    F("7.8%", S, note="article: turnout about 7.8%"),
    F("2016", U, note="no source gives earlier turnouts"),
    F("$18,000", S, derived=True, note="article: directors are paid $1,500 a month; x 12 = $18,000"),
    F("four", C, "three", note="article: directors serve three-year terms"),
    F("48", C, "38", note="report / article: Ridgeline II has 38 turbines"),
    F("120", S, note="report: a 120 MW expansion"),
    F("3", S, note="article: commissioners voted 3-2"),
    F("2", S, note="article: voted 3-2"),
    F("$1.1 million", U, note="no source gives Ridgeline II's future taxes (Ridgeline pays $1.9 million)"),
]

# --- G3: podcast script, plain text, spoken-style numbers ---------------------
G3 = """CURRENT LOAD, transcript, March 2026

MAYA OKAFOR: This is Current Load, I'm Maya Okafor.

DEV RANGANATHAN: And I'm Dev Ranganathan. Today, Kettle Prairie Electric Cooperative: for the first time, more than half of its power came from wind, sun and water. Fifty-one percent last year, up from about forty-three percent. The biggest source is still the Harlow Creek gas plant, about two fifths, with the Ridgeline wind farm right behind at about thirty percent.

MAYA: And solar?

DEV: Copper Flat jumped nearly forty percent after they bolted on sixty megawatts, about two hundred thousand panels, going from a hundred to a hundred and sixty. Still only about a seventh of the power. And at Osprey Falls dam, a dry spring cut its output by about a fifth, its worst year since 2003.

MAYA: OK. My bill.

DEV: Up three point eight percent on April first. On the average bill, about a hundred and eighteen dollars a month, that's roughly four and a half dollars more, the first increase in four years. Rosa Núñez, a seventy-three-year-old retired bus driver, told the Courier fifty-four dollars a year is a week of groceries.

MAYA: Where does the money go?

DEV: Partly to a battery at Copper Flat. A hundred and forty-two million dollars, a hundred megawatts, four hours flat out. The co-op says it'll save members three dollars a month.

MAYA: Who pays for it?

DEV: Mostly Washington: federal credits and a USDA loan cover nearly seventy percent. The state kicks in about eleven million, its biggest grant this year, and the co-op covers a bit under a quarter. It's due in December 2027 and should last twenty years, with about three hundred construction jobs along the way.

MAYA: Now, the election.

DEV: An upset. Zoë Castellanos, a thirty-six-year-old rancher, beat Martin Beaulieu-Côté, a director for twenty-four years, by roughly two hundred and fifty votes. She got just under twenty-two hundred. And about one member in thirteen bothered to vote. Twice as many voted in 2019, over a coal contract. She wants more rooftop solar: about twelve hundred members have panels, and she'd double that by 2035.

MAYA: And the wind farm fight?

DEV: Ridgeline II. Commissioners approved it three to two: thirty-eight more turbines, a hundred and twenty megawatts. Walt Henning, a seventy-four-year-old farmer whose family got there in 1911, already counts forty-five turbines from his porch. The county gets about two million dollars a year in taxes from Ridgeline; the expansion would add one point two million.

MAYA: Big picture?

DEV: Statewide, renewables are at about forty-one percent, and the law says half by 2035, so the co-op is roughly ten points ahead. And the state's grant program gave nearly thirty-nine million dollars to eleven utilities this year. Since 2015, about a hundred and eighty-six million for more than two hundred projects.

MAYA: That's Current Load.
"""

G3_FIGS = [
    F("2026", S, note="the release and the article are dated March 2026"),
    F("first", S, note="report: for the first time ... more than half"),
    F("half", S, note="report: more than half of that power came from renewable sources"),
    F("Fifty-one percent", S, note="report: 51.0%"),
    F("forty-three percent", C, "forty-seven percent", note="report: up from 47.4%"),
    F("two fifths", C, "33.4%", note="report table: Harlow Creek share 33.4%, about a third"),
    F("thirty percent", S, note="report table: Ridgeline share 30.4"),
    F("forty percent", S, note="report table: Copper Flat +38.6 ('nearly forty percent')"),
    F("sixty", S, derived=True, note="report: from 100 MW to 160 MW, 60 added"),
    F("two hundred thousand", U, note="no source gives a number of panels"),
    F("a hundred", S, note="report: from 100 MW"),
    F("a hundred and sixty", S, note="report: to 160 MW"),
    F("a seventh", S, note="report table: Copper Flat share 13.8% ('about a seventh', 14.3%)"),
    F("a fifth", C, "12.3%", note="report table: Osprey Falls -12.3"),
    F("2003", C, "2013", note="report: Osprey Falls' lowest level since 2013"),
    F("three point eight percent", S, note="report / article: 3.8%"),
    F("first", S, note="report / article: April 1"),
    F("a hundred and eighteen", S, note="report / article: $118.40 a month"),
    F("four and a half", S, note="report / article: about $4.50"),
    F("first", S, note="report: our first since 2022"),
    F("four", S, derived=True, note="report: first increase since 2022; April 2026 - 2022 = four years"),
    F("seventy-three", C, "seventy-one", note="article: Rosa Núñez, 71"),
    F("fifty-four", S, note="article: $54 more a year"),
    F("A hundred and forty-two million", S, note="report / release: $142 million"),
    F("a hundred", S, note="report / release: 100 MW"),
    F("four", S, note="release: full 100 megawatts for four hours"),
    F("three", U, note="no source gives the battery's savings for members"),
    F("seventy percent", S, note="release: $98.5 million, or 69% ('nearly seventy percent')"),
    F("eleven million", S, note="release: $11.2 million ('about eleven million')"),
    F("a quarter", S, derived=True, note="release: 32.3 / 142 = 22.7% ('a bit under a quarter')"),
    F("2027", S, note="report / release: December 2027"),
    F("twenty", U, note="no source gives the battery's life"),
    F("three hundred", C, "a hundred and eighty", note="release: 180 construction jobs"),
    F("thirty-six", C, "thirty-eight", note="article: Castellanos, 38"),
    F("twenty-four", S, note="article: on the board since 2002, 'twenty-four years'"),
    F("two hundred and fifty", S, derived=True, note="article: 2,184 - 1,937 = 247 ('roughly')"),
    F("twenty-two hundred", S, note="article: 2,184 ('just under')"),
    F("one member in thirteen", S, derived=True, note="article: 58,420 / 4,533 = 12.9 members per ballot (7.8%)"),
    F("Twice", U, note="no source gives an earlier turnout"),
    F("2019", U, note="no source mentions a 2019 election or a coal contract"),
    F("twelve hundred", S, note="article: about 1,200 members with rooftop solar"),
    F("2035", C, "2030", note="article: double the number by 2030"),
    F("three", S, note="article: commissioners voted 3-2"),
    F("two", S, note="article: voted 3-2"),
    F("thirty-eight", S, note="report / article: 38 turbines"),
    F("a hundred and twenty", S, note="report: 120 MW"),
    F("seventy-four", S, note="article: Walt Henning, 74"),
    F("1911", U, note="no source gives Henning's family history"),
    F("forty-five", C, "fifty-four", note="article: 'I counted 54 turbines from my porch' (transposed digits)"),
    F("two million", S, note="article: Ridgeline pays $1.9 million a year in property taxes ('about')"),
    F("one point two million", U, note="no source gives Ridgeline II's taxes"),
    F("forty-one percent", S, note="release: 41.3%"),
    F("half", S, note="release: 50% by 2030"),
    F("2035", C, "2030", note="release: 50% by 2030"),
    F("ten", S, derived=True, note="report / release: 51.0 - 41.3 = 9.7 points ('roughly ten')"),
    F("thirty-nine million", S, note="release: $38.9 million ('nearly')"),
    F("eleven", C, "nine", note="release: grants to nine utilities"),
    F("2015", C, "2017", note="release: the program began in 2017"),
    F("a hundred and eighty-six million", S, note="release: $186 million"),
    F("two hundred", S, note="release: 214 projects ('more than two hundred')"),
]

# --- G4: LLM-style summary, hard-wrapped near 80 columns ---------------------
G4 = """## Summary: Kettle Prairie Electric Cooperative, 2025–26

Kettle Prairie delivered 2,520 GWh in 2025, up 1.1% from 2,492 GWh, and
renewables supplied 51.0% of it against 47.4% a year earlier, a gain of 3.6
points that put the co-op 9.7 points above the statewide share of 41.3%. Harlow
Creek, a 1987 plant, produced 842 GWh and Ridgeline 767 GWh, together about 64%
of the total, though the former’s output fell 12.3% while the latter’s rose
3.4%. Copper Flat generated 348 GWh on 1,150 acres, up 38.6% after it grew to
160 MW from 100 MW, and it ran at a capacity factor of 36.5% against
Ridgeline’s 24.8%; Osprey Falls Dam produced 171 GWh, down 12.3%.

The co-op served 58,420 meters, up 1.1% from 57,330, and it cut the average
member’s outage time to 96 minutes from 134, a drop of 38 minutes or 28%; it
plans to bury 300 more miles of line by 2030. The February 2024 ice storm had
left 21,600 of its then 56,900 members in the dark for up to nine days and cost
$17.3 million, or about 8.5% of that year’s revenue.

Operating revenue rose 5.1% to $246.8 million, and the co-op returned
$7.2 million in capital credits, up from $5.9 million; it will raise rates 3.8%
on April 1, 2026, its first increase since 2022, adding about $4.50 to a
$118.40 monthly bill and lifting the average residential rate from 12.4 cents
to about 12.9 cents per kWh. The nine-member board approved it 6-3, and the
co-op expects it to bring in about $9.4 million a year.

Its $142 million, 100 MW battery at Copper Flat won the largest of the state’s
nine grants, $11.2 million, nearly three times Redfern’s $3.9 million, in a
$38.9 million round that was 23% larger than last year’s $29.5 million. Federal
credits and a USDA loan cover $98.5 million, or 79%, the state 8% and the co-op
$32.3 million, and the battery is due in December 2027 with 180 construction
jobs, 40% of them local, and six permanent ones, a year before Ridgeline II
adds 210 MW from 38 turbines; the latter won Garnet County approval 3-2 on
March 21.

Zoë Castellanos, 38, won the northern district seat, which covers 14,000
members, with 2,184 votes, 247 more than Martin Beaulieu-Côté, 64, and 1,772
more than Dale Pruitt, giving her 48.2% of the 4,533 ballots; she wants to
double rooftop-solar members to about 2,400 by 2030. The new director said the
co-op should reach 75% renewable power by 2030, and she is the first woman to
win a contested seat since 2011.

Statewide, renewables rose to 41.3% from 37.9%, or 4.3 points; since 2016 the
program has awarded $186 million to 214 projects, about $0.87 million each.
"""

G4_FIGS = [
    F("2025–26", S, note="report (2025) and release / article (2026)"),
    F("2,520", S, note="report"),
    F("2025", S, note="report"),
    F("1.1%", S, note="report"),
    F("2,492", S, note="report: from 2,492 GWh in 2024"),
    F("51.0%", S, note="report"),
    F("47.4%", S, note="report: up from 47.4% a year earlier"),
    F("3.6", S, derived=True, note="report: 51.0 - 47.4 = 3.6 points"),
    F("9.7", S, derived=True, note="report / release: 51.0 - 41.3 = 9.7 points"),
    F("41.3%", S, note="release: 41.3% of the state's electricity in 2025"),
    F("1987", U, note="no source says when Harlow Creek was built"),
    F("842", S, note="report table: Harlow Creek 842 GWh"),
    F("767", S, note="report table: Ridgeline 767 GWh"),
    F("64%", S, derived=True, note="report table: (842 + 767) / 2,520 = 63.8% (33.4 + 30.4 = 63.8)"),
    F("12.3%", C, "9.6%", note="report table: Harlow Creek -9.6 ('the former'); -12.3 is Osprey Falls'"),
    F("3.4%", C, "4.2%", note="report table: Ridgeline +4.2 ('the latter'); +3.4 is market purchases'"),
    F("348", S, note="report table: Copper Flat 348 GWh"),
    F("1,150", U, note="no source gives Copper Flat's area"),
    F("38.6%", S, note="report table: Copper Flat +38.6"),
    F("160", S, note="report: to 160 MW"),
    F("100", S, note="report: from 100 MW"),
    F("36.5%", C, "24.8%", note="report: Copper Flat ran at 24.8%; swapped pair"),
    F("24.8%", C, "36.5%", note="report: Ridgeline ran at 36.5%; swapped pair"),
    F("171", S, note="report table: Osprey Falls 171 GWh"),
    F("12.3%", S, note="report table: Osprey Falls -12.3"),
    F("58,420", S, note="report"),
    F("1.1%", C, "1.9%", note="report: meters up 1.9%; 1.1% is the growth in deliveries"),
    F("57,330", S, note="report"),
    F("96", S, note="report: 96 minutes in 2025"),
    F("134", S, note="report: 134 minutes in 2024"),
    F("38", S, derived=True, note="report: 134 - 96 = 38 minutes"),
    F("28%", S, derived=True, note="report: 38 / 134 = 28.4%"),
    F("300", U, note="no source gives plans to bury more line"),
    F("2030", U, note="no source gives plans to bury more line"),
    F("2024", S, note="article / report: the February 2024 ice storm"),
    F("21,600", S, note="article"),
    F("56,900", U, note="no source gives the membership in February 2024 (57,330 meters at the end of 2024)"),
    F("nine", C, "six", note="article: some for as long as six days"),
    F("$17.3 million", C, "$13.7 million", note="article: cost the co-op $13.7 million in repairs (transposed digits)"),
    F("8.5%", C, "5.8%", derived=True, note="report: 13.7 / 234.8 (2024 revenue) = 5.8% (with the draft's $17.3 million it would be 7.4%)"),
    F("5.1%", S, note="report"),
    F("$246.8 million", S, note="report"),
    F("$7.2 million", S, note="report"),
    F("$5.9 million", U, note="no source gives earlier capital credits (the report says $7.2 million is a record)"),
    F("3.8%", S, note="report / article"),
    F("1", S, note="report: effective April 1, 2026"),
    F("2026", S, note="report"),
    F("first", S, note="report: our first since 2022"),
    F("2022", S, note="report"),
    F("$4.50", S, note="report / article"),
    F("$118.40", S, note="report / article"),
    F("12.4", S, note="report: 12.4 cents per kWh"),
    F("12.9", S, derived=True, note="report: 12.4 x 1.038 = 12.87 cents"),
    F("nine", S, note="article: the nine-member board"),
    F("6", C, "7", note="article: voted 7-2"),
    F("3", C, "2", note="article: voted 7-2"),
    F("$9.4 million", U, note="no source gives the increase's revenue (3.8% of $246.8 million = $9.4 million only if all revenue rose 3.8%)"),
    F("$142 million", S, note="report / release"),
    F("100", S, note="report / release: 100 MW"),
    F("nine", S, note="release: nine utilities"),
    F("$11.2 million", S, note="release: the largest grant"),
    F("three times", S, derived=True, note="release: 11.2 / 3.9 = 2.87 ('nearly three times')"),
    F("$3.9 million", S, note="release: Redfern"),
    F("$38.9 million", S, note="release"),
    F("23%", C, "32%", derived=True, note="release: 38.9 / 29.5 = 1.319, 32% larger"),
    F("$29.5 million", S, note="release: up from $29.5 million last year"),
    F("$98.5 million", S, note="release"),
    F("79%", C, "69%", note="release: $98.5 million, or 69% of the cost"),
    F("8%", S, note="release: the state grant covers about 8%"),
    F("$32.3 million", S, note="release"),
    F("2027", S, note="report / release: December 2027"),
    F("180", S, note="release"),
    F("40%", U, note="no source says how many jobs are local"),
    F("six", S, note="release: six permanent positions"),
    F("210", C, "120", note="report: Ridgeline II, 120 MW, planned for 2028 (transposed digits)"),
    F("38", S, note="report / article: 38 turbines"),
    F("3", S, note="article: commissioners voted 3-2"),
    F("2", S, note="article: voted 3-2"),
    F("21", C, "10", note="article: approved on March 10 (March 21 was the co-op's annual meeting)"),
    F("38", S, note="article: Zoë Castellanos, 38"),
    F("14,000", U, note="no source gives the district's membership"),
    F("2,184", S, note="article"),
    F("247", S, derived=True, note="article: 2,184 - 1,937 = 247"),
    F("64", C, "66", note="article: Martin Beaulieu-Côté, 66"),
    F("1,772", S, derived=True, note="article: 2,184 - 412 = 1,772"),
    F("48.2%", S, derived=True, note="article: 2,184 / 4,533 = 48.2%"),
    F("4,533", S, note="article: 4,533 ballots"),
    F("2,400", S, derived=True, note="article: double the number with rooftop solar, now about 1,200"),
    F("2030", S, note="article: by 2030"),
    F("75%", U, note="no source gives a target Castellanos named"),
    F("2030", U, note="no source gives a target Castellanos named"),
    F("first", U, note="no source says anything about women on the board"),
    F("2011", U, note="no source says anything about earlier board races"),
    F("41.3%", S, note="release"),
    F("37.9%", S, note="release: up from 37.9% in 2024"),
    F("4.3", C, "3.4", derived=True, note="release: 41.3 - 37.9 = 3.4 points"),
    F("2016", C, "2017", note="release: the program began in 2017"),
    F("$186 million", S, note="release"),
    F("214", S, note="release"),
    F("$0.87 million", S, derived=True, note="release: 186 / 214 = $0.869 million"),
]

CASES = [
    ("fresh4-dev", "fresh-g", G_SOURCES, [
        ("business-wire.md", G1, G1_FIGS, "business-page wire story"),
        ("by-the-numbers.md", G2, G2_FIGS, "by-the-numbers fact sheet: bold lead-ins, bullets, a short Markdown table"),
        ("podcast-transcript.txt", G3, G3_FIGS, "podcast transcript, plain text: spoken-style numbers and number words"),
        ("summary.md", G4, G4_FIGS, "LLM-style summary: dense figures, compound sentences, pronouns, derived figures, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
