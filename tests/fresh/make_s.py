#!/usr/bin/env python3
"""Generate tests/fresh/fresh10-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  S (fresh10-dev): a mountain town's ski area (Greyhorn Mountain Resort) and
                   its lodging tax (Town of Arlo Basin): skier visits by month,
                   snowfall, days open, season passes, revenue by source,
                   staff and dormitories, the town council's 5-2 vote to put a
                   lodging-tax increase on the November ballot with the split
                   of the new money, and a newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_s.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic S: Greyhorn Mountain Resort and the Arlo Basin lodging tax (fictional)
# ---------------------------------------------------------------------------

S_REPORT = """Greyhorn Mountain Resort
2025–26 Season Report (excerpt)

From the General Manager

Greyhorn Mountain recorded 486,300 skier visits in the 2025–26 season, up 11.4% from 436,500 in 2024–25 and the second-highest total in the resort's 58-year history, behind the record 497,800 of 2018–19. We opened on November 27, nine days earlier than last season, and closed on April 12, for 137 operating days, up from 122.

The snow made the difference. The summit stake measured 318 inches of snowfall, against 187 inches last season and a 30-year average of 265 inches. February was again our busiest month, for the third season in a row.

Table 1. Skier visits by month, 2025–26

| Month | Days open | Skier visits | Change from 2024–25 (%) | Share of season (%) |
|---|---|---|---|---|
| November | 4 | 9,800 | — | 2.0 |
| December | 31 | 88,400 | +9.3 | 18.2 |
| January | 31 | 112,600 | +6.0 | 23.2 |
| February | 28 | 124,900 | +5.2 | 25.7 |
| March | 31 | 121,300 | +10.8 | 24.9 |
| April | 12 | 29,300 | +38.2 | 6.0 |
| Season | 137 | 486,300 | +11.4 | 100.0 |

Season passes

We sold 14,250 season passes for 2025–26, down 3.2% from 14,720, after raising the adult pass from $799 to $849. The midweek pass stayed at $529. Pass holders accounted for 41% of visits. A peak-day lift ticket cost $139 at the window.

Revenue

Total revenue rose 9.8% to $41.6 million, from $37.9 million:

- Lift tickets: $17.9 million (43.0%)
- Season passes: $10.8 million (26.0%)
- Food and beverage: $6.2 million (14.9%)
- Ski school and rentals: $5.0 million (12.0%)
- Other: $1.7 million (4.1%)

Operations

Greyhorn has 11 lifts serving 96 trails on 1,650 skiable acres. Snowmaking covers 410 acres; we made snow on 46 nights and spent $2.9 million on it, including power. Peak staff reached 1,140 employees, 212 of them year-round. We housed 310 seasonal workers in resort dormitories, and 180 more were on the waiting list in January. Starting wages rose to $21 an hour, from $19.

We will spend $8.5 million this summer to replace the Ridgeline double chair with a six-seat chairlift, cutting the ride from 11 minutes to 5.

Élodie Marchetti
General Manager
"""

S_RELEASE = """TOWN OF ARLO BASIN
Office of the Town Manager
NEWS RELEASE — May 20, 2026

Council sends lodging-tax increase to November ballot

The Arlo Basin Town Council voted 5-2 on Tuesday, May 19, to ask voters to raise the town's lodging tax from 4.5% to 6.5% of the price of a room. The question will appear on the November 3, 2026, ballot. If voters approve, the new rate will take effect on January 1, 2027.

The lodging tax applies to hotels, inns, condominiums and short-term rentals of fewer than 30 days. The town has 2,840 lodging units, 1,910 of them short-term rentals. Taxable lodging sales reached $171 million in 2025, and the current tax brought in $7.7 million.

At 6.5%, the tax is expected to raise $11.1 million a year, or $3.4 million more than today. Under the ordinance, the additional revenue would be divided as follows:

| Use | Amount per year | Share |
|---|---|---|
| Workforce housing fund | $1.70 million | 50% |
| Childcare grants | $850,000 | 25% |
| Search and rescue and ambulance | $510,000 | 15% |
| Trails and open space | $340,000 | 10% |

The workforce housing fund would help build or buy about 120 deed-restricted rental homes over 10 years for people who work in the town. The childcare grants would add an estimated 64 infant and toddler places at licensed centers.

Guests now pay a combined 12.9% in state, county and town taxes on a night's lodging; the increase would bring that to 14.9%. On a $300 room, a guest would pay $6 more a night.

"Our workers are sleeping in their cars in January, and our visitors are the ones who need those workers," said Mayor Renata Solís. "Asking guests to pay two more cents on the dollar is fair."

Councilmembers Pieter Vos and Tomás Brennan voted against the measure.

Lodging operators collect the tax from guests and remit it to the town's finance department each month. Money in the workforce housing fund could be combined with state housing grants and private financing, and the council would review the fund's spending every year. Unspent childcare money would stay in the childcare grant program.

The council will hold a public information session on June 10 at the Basin Community Center. The last increase, from 3.5% to 4.5%, was approved by voters in November 2019.

Contact: Dana Whitlock, Communications Manager
"""

S_ARTICLE = """Lodging tax heads to voters as Greyhorn posts big season

By Marisol Dávila-Rourke, The Arlo Basin Courier
Friday, May 22, 2026

A deep-snow winter at Greyhorn Mountain and a housing squeeze that has workers sleeping in vans set the stage for Tuesday's vote, when the Town Council agreed 5-2 to ask voters in November to raise the lodging tax by two percentage points.

Mayor Renata Solís, 58, said the $1.7 million a year for workforce housing was the heart of the measure. The town's last housing project, the 48-unit Aspen Row apartments, opened in 2023 and drew 460 applications.

Councilmember Pieter Vos, 66, who owns a property management company, said the increase would push visitors to cheaper towns. He said property owners had not been consulted before the ordinance was drafted and asked the council to delay the vote until fall; the motion to delay failed. Councilmember Tomás Brennan, 49, said he supported housing but wanted a smaller increase, to 5.5%.

Crestone Falls, a resort town 40 miles north, raised its lodging tax from 5% to 7% in 2022. Its lodging sales fell 3% the next winter, then grew 8% the winter after.

Hank Dufresne, 63, who owns the 24-room Timberline Inn on Main Street, said most of his guests would not notice. "People pay $139 for a lift ticket," he said. "Six dollars on a room is not going to stop them."

Greyhorn's general manager, Élodie Marchetti, 52, backs the increase. The resort's 1,140 workers at the peak included about 430 who commuted from outside the county, she said, some more than 60 miles each way. Maëlle Okafor, 27, a lift mechanic, shares a two-bedroom apartment with three co-workers and pays $950 a month for her share. "I've lived here four winters and never had my own room," she said. Okafor said she had applied to Aspen Row but was told the waiting list was closed.

A Chamber of Commerce poll of 412 residents in early May found 61% in favor, 33% opposed and 6% undecided, with a margin of error of 4.8 percentage points.

The 2019 increase passed by 1,212 votes to 1,087. That year, the lodging tax brought in $5.2 million. Greyhorn's record season, 497,800 visits, came in 2018–19.

The Chamber's director, Yusuf Abernathy-Kline, 44, noted that Greyhorn ranks fourth in skier visits among the state's 14 ski areas. The resort plans to spend $8.5 million on a new lift this summer.
"""

S_SOURCES = [
    {"name": "greyhorn-mountain-season-report-2025-26.txt", "text": S_REPORT},
    {"name": "arlo-basin-lodging-tax-release.txt", "text": S_RELEASE},
    {"name": "arlo-basin-courier-article.txt", "text": S_ARTICLE},
]

# --- S1: wire story --------------------------------------------------------------
S1 = """Arlo Basin voters to decide lodging-tax rise after Greyhorn's big winter

ARLO BASIN (Wire) — The Arlo Basin Town Council voted 5-2 on Tuesday to put a lodging-tax increase on the November ballot, asking voters to raise the tax on hotel rooms and short-term rentals from 4.5% to 6.5%.

The tax brought in $7.7 million last year. The increase would add $3.4 million a year, and the council would send half of it to a workforce housing fund and a quarter to childcare grants. Search and rescue would get 15%, and trails would get 12%.

The change would take effect on January 1, 2026, if voters approve it on November 3. The town has 2,840 lodging units, and short-term rentals make up about two thirds of them.

Mayor Renata Solís, 58, said workers were sleeping in their cars. Councilmembers Pieter Vos, 49, and Tomás Brennan, 66, cast the votes against, and Brennan said he would have backed a smaller rise, to 5.5%.

Guests would pay $6 more a night on a $300 room. The state's average lodging tax is 5.2%, according to a tourism industry group.

The vote follows a big winter at Greyhorn Mountain, the town's ski area. Visits rose 11.4% to 486,300 in the 2025–26 season, the second-highest total in the resort's history, and snowfall reached 318 inches, well above the 30-year average of 256 inches. February was the busiest month, with 124,900 visits, while March drew 112,600.

Revenue climbed 9.8% to $41.6 million, even though season-pass sales fell 3.2% after the adult pass rose to $849. Pass holders made up 43% of visits.

The resort's general manager, Élodie Marchetti, 52, backs the increase. The resort employed 1,140 people at the peak, and it housed 310 workers in dormitories while 280 more waited for a bed.

The town's last housing project, the 48-unit Aspen Row, opened in 2021 and drew 460 applications. The new measure has the backing of 61% of residents in a Chamber of Commerce poll, which was conducted by phone over nine days.

Crestone Falls, a resort town 40 miles north, raised its lodging tax to 7% in 2022. Arlo Basin has about 5,600 year-round residents, and a day ticket at Greyhorn will rise to $149 next season.
"""

S1_FIGS = [
    F("5", S, note="release / article: the council voted 5-2"),
    F("2", S, note="release: 5-2"),
    F("4.5%", S, note="release: from 4.5%"),
    F("6.5%", S, note="release: to 6.5%"),
    F("$7.7 million", S, note="release: the current tax brought in $7.7 million in 2025"),
    F("$3.4 million", S, note="release: $3.4 million more than today"),
    F("half", S, note="release table: workforce housing fund 50% of the additional revenue"),
    F("a quarter", S, note="release table: childcare grants 25%"),
    F("15%", S, note="release table: search and rescue and ambulance 15%"),
    F("12%", C, "10%", note="release table: trails and open space 10%"),
    F("1", S, note="release: the new rate takes effect on January 1, 2027"),
    F("2026", C, "2027", note="release: effective January 1, 2027"),
    F("3", S, note="release: the November 3, 2026, ballot"),
    F("2,840", S, note="release: 2,840 lodging units"),
    F("two thirds", S, derived=True, note="release: 1,910 short-term rentals / 2,840 units = 67.3%, 'about two thirds'"),
    F("58", S, note="article: Mayor Renata Solís, 58"),
    F("49", C, "66", note="article: Pieter Vos, 66; 49 is Brennan's age (swapped ages)"),
    F("66", C, "49", note="article: Tomás Brennan, 49; 66 is Vos's age (swapped ages)"),
    F("5.5%", S, note="article: Brennan wanted a smaller increase, to 5.5%"),
    F("$6", S, note="release: on a $300 room, $6 more a night"),
    F("$300", S, note="release: a $300 room"),
    F("5.2%", U, note="no source gives a state average lodging tax (5.2 occurs as February's change and the 2019 revenue in $ million)"),
    F("11.4%", S, note="report: visits up 11.4%"),
    F("486,300", S, note="report: 486,300 skier visits"),
    F("2025–26", S, note="report: the 2025–26 season"),
    F("second-highest", S, note="report: the second-highest total in the resort's 58-year history"),
    F("318", S, note="report: 318 inches of snowfall"),
    F("30", S, note="report: a 30-year average"),
    F("256", C, "265", note="report: 30-year average of 265 inches (transposed digits)"),
    F("124,900", S, note="report table: February 124,900, the busiest month"),
    F("112,600", C, "121,300", note="report table: March 121,300; 112,600 is January's"),
    F("9.8%", S, note="report: revenue rose 9.8%"),
    F("$41.6 million", S, note="report: to $41.6 million"),
    F("3.2%", S, note="report: season passes down 3.2%"),
    F("$849", S, note="report: adult pass raised from $799 to $849"),
    F("43%", C, "41%", note="report: pass holders accounted for 41% of visits; 43.0% is lift tickets' share of revenue"),
    F("52", S, note="article: Élodie Marchetti, 52"),
    F("1,140", S, note="report / article: peak staff 1,140"),
    F("310", S, note="report: housed 310 seasonal workers in dormitories"),
    F("280", C, "180", note="report: 180 more were on the waiting list"),
    F("48", S, note="article: the 48-unit Aspen Row apartments"),
    F("2021", C, "2023", note="article: Aspen Row opened in 2023"),
    F("460", S, note="article: drew 460 applications"),
    F("61%", S, note="article: Chamber of Commerce poll, 61% in favor"),
    F("nine", U, note="no source says how or over how many days the poll was taken (article: 'in early May')"),
    F("40", S, note="article: Crestone Falls, 40 miles north"),
    F("7%", S, note="article: raised its lodging tax from 5% to 7% in 2022"),
    F("2022", S, note="article"),
    F("5,600", U, note="no source gives the town's population"),
    F("$149", U, note="no source gives next season's ticket price ($139 is this season's peak-day price)"),
]

# --- S2: question-and-answer explainer ----------------------------------------------
S2 = """# The lodging-tax question, explained

Arlo Basin voters will decide in November whether guests should pay more tax on their rooms. Here is what the measure would do.

### Q: What is on the ballot?

A: A rise in the town's lodging tax from 4.5% to 6.5% of a room's price. The Town Council sent it to the November 3 ballot by a 5-2 vote on May 20.

### Q: How much money is at stake?

A: The tax raised $7.7 million last year. At the new rate it would raise $11.1 million, about $3.4 million more, an increase of roughly 44%.

### Q: Where would the new money go?

A: Half, or $1.7 million, to a workforce housing fund. Childcare grants would get $510,000, search and rescue and ambulance service $850,000, and trails and open space $430,000. Housing would get five times as much as trails. The town's childcare waiting list has 210 children on it.

### Q: Who pays?

A: Guests at the town's 2,840 lodging units, which were 71% full in February. On a $300 room the increase is $6 a night, or $48 for a week-long stay. Short-term rental owners would also pay a new $250 permit fee.

### Q: What would the housing money buy?

A: About 120 deed-restricted rental homes over a decade. That is a small dent: when the 48-unit Aspen Row opened in 2023, it drew 460 applications, almost ten for every unit.

### Q: Why now?

A: Greyhorn Mountain, the state's third-busiest ski area, had its biggest season since 2018–19: 486,300 visits, up 9.8%, on 187 inches of snow. Its peak staff of 1,140 included about 430 commuters from outside the county, more than a third of the workforce.

### Q: Who is against it?

A: Councilmembers Pieter Vos, 66, and Tomás Brennan, 49. Vos, who has served on the council for 12 years, warns that guests will go to Crestone Falls, but that town's tax is already 7%. Brennan would prefer 5.5%, which would raise about half as much new money.

### Q: Do residents support it?

A: A Chamber of Commerce poll of 412 residents found 61% in favor and 33% against, a gap of 28 points, well beyond the poll's margin of error. In 2021 voters approved the last increase by 125 votes. Turnout that year was 38%.
"""

S2_FIGS = [
    F("4.5%", S, note="release: from 4.5%"),
    F("6.5%", S, note="release: to 6.5%"),
    F("3", S, note="release: the November 3, 2026, ballot"),
    F("5", S, note="release: voted 5-2"),
    F("2", S, note="release: 5-2"),
    F("20", C, "19", note="release: the vote was on Tuesday, May 19; May 20 is the release's own date"),
    F("$7.7 million", S, note="release: the current tax brought in $7.7 million in 2025"),
    F("$11.1 million", S, note="release: $11.1 million a year at 6.5%"),
    F("$3.4 million", S, note="release: $3.4 million more"),
    F("44%", S, derived=True, note="release: 11.1 / 7.7 = 1.44, 'roughly 44%'"),
    F("Half", S, note="release table: workforce housing fund 50%"),
    F("$1.7 million", S, note="release table: $1.70 million"),
    F("$510,000", C, "$850,000", note="release table: childcare grants $850,000; $510,000 is search and rescue's (swapped pair)"),
    F("$850,000", C, "$510,000", note="release table: search and rescue and ambulance $510,000; $850,000 is childcare's (swapped pair)"),
    F("$430,000", C, "$340,000", note="release table: trails and open space $340,000 (transposed digits)"),
    F("five times", S, derived=True, note="release table: 1.70 million / 340,000 = 5 (right by the sources though the draft misstates trails)"),
    F("210", U, note="no source gives a childcare waiting list"),
    F("2,840", S, note="release: 2,840 lodging units"),
    F("71%", U, note="no source gives lodging occupancy"),
    F("$300", S, note="release: a $300 room"),
    F("$6", S, note="release: $6 more a night"),
    F("$48", C, "$42", derived=True, note="release: $6 a night x 7 nights = $42 for a week"),
    F("$250", U, note="no source mentions a permit fee"),
    F("120", S, note="release: about 120 deed-restricted rental homes over 10 years"),
    F("48", S, note="article: the 48-unit Aspen Row"),
    F("2023", S, note="article: opened in 2023"),
    F("460", S, note="article: drew 460 applications"),
    F("ten", S, derived=True, note="article: 460 / 48 = 9.6 applications a unit, 'almost ten'"),
    F("third-busiest", C, "fourth-busiest", note="article: Greyhorn ranks fourth in skier visits among the state's 14 ski areas"),
    F("2018–19", S, note="report / article: the record season of 2018–19; 2025–26 is second-highest"),
    F("486,300", S, note="report: 486,300 visits"),
    F("9.8%", C, "11.4%", note="report: visits up 11.4%; 9.8% is revenue's rise"),
    F("187", C, "318", note="report: 318 inches this season; 187 was last season's snowfall"),
    F("1,140", S, note="article / report: 1,140 workers at the peak"),
    F("430", S, note="article: about 430 commuted from outside the county"),
    F("a third", S, derived=True, note="article: 430 / 1,140 = 37.7%, 'more than a third'"),
    F("66", S, note="article: Pieter Vos, 66"),
    F("49", S, note="article: Tomás Brennan, 49"),
    F("12", U, note="no source says how long Vos has served"),
    F("7%", S, note="article: Crestone Falls raised its tax to 7% in 2022"),
    F("5.5%", S, note="article: Brennan wanted 5.5%"),
    F("half", S, derived=True, note="release / article: (5.5 - 4.5) / (6.5 - 4.5) = 0.5 of the added revenue"),
    F("412", S, note="article: poll of 412 residents"),
    F("61%", S, note="article: 61% in favor"),
    F("33%", S, note="article: 33% opposed"),
    F("28", S, derived=True, note="article: 61 - 33 = 28 points"),
    F("2021", C, "2019", note="article / release: the last increase was approved in November 2019"),
    F("125", S, derived=True, note="article: 1,212 - 1,087 = 125 votes"),
    F("38%", U, note="no source gives the 2019 turnout"),
]

# --- S3: LLM-style bulleted summary --------------------------------------------------
S3 = """**Summary: Greyhorn Mountain's 2025–26 season and Arlo Basin's lodging-tax vote**

This summary draws on the resort's season report, the town's release on the council vote and the Courier's follow-up story. The key points from each are below, with changes from last season in brackets where the sources give them.

**Greyhorn Mountain (season report)**
- Visits: 486.3k (up 11.4%), the 2nd-highest total ever; the record, 497.8k, was set in 2017–18. Opening weekend alone drew 7.2k.
- Season: 137 days; snowfall 318 inches vs a 265-inch long-run norm, which explains most of the gain.
- Feb (124.9k) and Mar (121.3k) were the busiest months; the former was up 10.8%, the latter up 5.2%.
- Passes: 14,250 sold (down 3.2%) after a price increase; pass holders = 14% of visits.
- Revenue: $41.6M (up 11.4%); lift tickets brought in $17.9M, nearly 3x food and beverage.
- Staff: 1.14k at peak, incl. 38 ski patrollers; dorms house 310, with 212 on the waiting list.
- Capital: a new chairlift, $8.5M, opens Dec 2026 and should cut ride times sharply.

**Lodging tax (town release)**
- Council vote: 5-2 on May 19; the question goes on the Nov 3 ballot.
- Rate: 4.5% → 6.5%; revenue $11.1M/yr (+$3.4M).
- New money: housing $1.7M (half), childcare $850k, trails $340k; trails get a quarter of housing's amount.
- Purpose: deed-restricted rentals for people who work in town, plus more licensed childcare places for infants and toddlers.

**Reaction (Courier)**
- Vos (58) and Brennan (49) voted no; the latter wanted 5.5%.
- Poll of 412 residents: 61% in favor, and 52% among renters.
- Comparison: Crestone Falls' tax is 7% (since 2020); its winter occupancy runs 64%.

**Bottom line:** a near-record winter strengthened the case for housing money, while opponents fear that guests will notice the higher tax and book elsewhere.
"""

S3_FIGS = [
    F("2025–26", S, note="report: the 2025–26 season"),
    F("486.3k", S, note="report: 486,300 skier visits"),
    F("11.4%", S, note="report: up 11.4%"),
    F("2nd-highest", S, note="report: the second-highest total in the resort's history"),
    F("497.8k", S, note="report: the record 497,800"),
    F("2017–18", C, "2018–19", note="report / article: the record came in 2018–19"),
    F("7.2k", U, note="no source gives opening-weekend visits"),
    F("137", S, note="report: 137 operating days"),
    F("318", S, note="report: 318 inches"),
    F("265", S, note="report: 30-year average of 265 inches"),
    F("124.9k", S, note="report table: February 124,900"),
    F("121.3k", S, note="report table: March 121,300"),
    F("10.8%", C, "5.2%", note="report table: February +5.2; 10.8 is March's change (swapped pair, 'the former' = February)"),
    F("5.2%", C, "10.8%", note="report table: March +10.8; 5.2 is February's change (swapped pair, 'the latter' = March)"),
    F("14,250", S, note="report: 14,250 season passes"),
    F("3.2%", S, note="report: down 3.2%"),
    F("14%", C, "41%", note="report: pass holders accounted for 41% of visits (transposed digits)"),
    F("$41.6M", S, note="report: total revenue $41.6 million"),
    F("11.4%", C, "9.8%", note="report: revenue rose 9.8%; 11.4% is the rise in visits"),
    F("$17.9M", S, note="report: lift tickets $17.9 million"),
    F("3x", S, derived=True, note="report: 17.9 / 6.2 (food and beverage) = 2.9, 'nearly 3x'"),
    F("1.14k", S, note="report: peak staff 1,140"),
    F("38", U, note="no source gives the number of ski patrollers"),
    F("310", S, note="report: 310 seasonal workers in dormitories"),
    F("212", C, "180", note="report: 180 on the waiting list; 212 is the number of year-round employees"),
    F("$8.5M", S, note="report / article: $8.5 million for a six-seat chairlift this summer"),
    F("2026", U, note="no source says when the new lift opens (the report says only that it is built this summer)"),
    F("5", S, note="release: voted 5-2"),
    F("2", S, note="release: 5-2"),
    F("19", S, note="release: Tuesday, May 19"),
    F("3", S, note="release: the November 3, 2026, ballot"),
    F("4.5%", S, note="release"),
    F("6.5%", S, note="release"),
    F("$11.1M", S, note="release: $11.1 million a year"),
    F("$3.4M", S, note="release: $3.4 million more"),
    F("$1.7M", S, note="release table: workforce housing $1.70 million"),
    F("half", S, note="release table: 50%"),
    F("$850k", S, note="release table: childcare grants $850,000"),
    F("$340k", S, note="release table: trails and open space $340,000"),
    F("a quarter", C, "a fifth", derived=True, note="release table: 340,000 / 1.70 million = 0.2, a fifth"),
    F("58", C, "66", note="article: Pieter Vos, 66; 58 is the mayor's age"),
    F("49", S, note="article: Tomás Brennan, 49"),
    F("5.5%", S, note="article: Brennan wanted 5.5%"),
    F("412", S, note="article: poll of 412 residents"),
    F("61%", S, note="article: 61% in favor"),
    F("52%", U, note="no source breaks the poll down by renters"),
    F("7%", S, note="article: Crestone Falls' lodging tax 7%"),
    F("2020", C, "2022", note="article: Crestone Falls raised its tax to 7% in 2022"),
    F("64%", U, note="no source gives Crestone Falls' occupancy"),
]

# --- S4: letter to the editor, one section hard-wrapped ------------------------------
S4 = """# Letter: Let our guests help house the people who serve them

To the editor:

I patrolled Greyhorn for 26 winters before I retired, so I watched this season with some envy. Nearly half a million skier visits, more than 300 inches of snow and a season that ran well over four months: by the resort's own count it was the best winter since 2018–19, and the second-best ever. Revenue came to nearly $42 million, up almost 10%.

But ask who made that winter run. Greyhorn says it needed about 1,100 people at the peak, and more than 400 of them drove in from outside the county, some more than 80 miles each way. Its dorms held about 300, with close to 200 more on a waiting list. The lift mechanic quoted in the Courier last week, just 24 years old, splits a two-bedroom apartment with four co-workers and pays about $950 a month for her share. My own daughter pays $1,400 for a studio in town. On any January night I count at least 40 vans parked at the base lot.

The council's answer is modest. It voted 5-2 last week to ask us to raise
the lodging tax from 4.5% to 6.5%, which would bring in about $3.4 million a
year on top of the $5.2 million the tax raises now. Half of the new money
would go to a workforce housing fund meant to add about 210 homes over a
decade, a third to childcare and the rest to search and rescue and to
trails. The childcare grants alone would open about 64 places for infants
and toddlers, more than the town's three licensed centers could add on their
own. On a $300 room the guest pays about $6 more a night, less than the
price of a hot chocolate at the summit lodge.

Yet some on the council say this will drive guests away. Councilmember Vos warns that they will go to Crestone Falls instead. But Crestone Falls raised its own tax to 7% in 2022, and its lodging sales dipped only about 8% before growing 3% the winter after. Our new rate would still be lower than theirs, and guests would pay about 15% in all, up from about 13%.

Who would pay it? The town has about 2,800 lodging units, and about two thirds of them are short-term rentals, many owned by people who live somewhere else.

The last time we raised this tax, in 2019, it passed by about 215 votes. This time a Chamber poll of 412 residents finds more than 60% of us in favor. Vote yes on November 3.

Walt Brandvold, 71
Arlo Basin
"""

S4_FIGS = [
    F("26", U, note="no source mentions the letter writer or his years on patrol"),
    F("half a million", S, note="report: 486,300 visits, 'nearly half a million'"),
    F("300", S, note="report: 318 inches, 'more than 300'"),
    F("four", S, derived=True, note="report: November 27 to April 12, 137 days = 4.5 months, 'well over four months'"),
    F("2018–19", S, note="report: the record 497,800 of 2018–19; this season second-highest"),
    F("second-best", S, note="report: the second-highest total in the resort's history"),
    F("$42 million", S, note="report: revenue $41.6 million, 'nearly $42 million'"),
    F("10%", S, note="report: up 9.8%, 'almost 10%'"),
    F("1,100", S, note="report / article: peak staff 1,140, 'about 1,100'"),
    F("400", S, note="article: about 430 commuted from outside the county, 'more than 400'"),
    F("80", C, "60", note="article: some more than 60 miles each way"),
    F("300", S, note="report: housed 310 seasonal workers, 'about 300'"),
    F("200", S, note="report: 180 on the waiting list, 'close to 200'"),
    F("24", C, "27", note="article: Maëlle Okafor, 27, a lift mechanic"),
    F("two", S, note="article: shares a two-bedroom apartment"),
    F("four", C, "three", note="article: with three co-workers"),
    F("$950", S, note="article: pays $950 a month for her share"),
    F("$1,400", U, note="no source mentions the writer's daughter or studio rents"),
    F("40", U, note="no source counts vans at the base lot"),
    F("5", S, note="release / article: voted 5-2"),
    F("2", S, note="release: 5-2"),
    F("4.5%", S, note="release"),
    F("6.5%", S, note="release"),
    F("$3.4 million", S, note="release: $3.4 million more a year"),
    F("$5.2 million", C, "$7.7 million", note="release: the current tax brought in $7.7 million in 2025; $5.2 million was 2019's (article)"),
    F("Half", S, note="release table: workforce housing fund 50%"),
    F("210", C, "120", note="release: about 120 deed-restricted homes over 10 years (transposed digits)"),
    F("a third", C, "25%", note="release table: childcare grants 25% of the new money, not a third"),
    F("64", S, note="release: an estimated 64 infant and toddler places"),
    F("three", U, note="no source gives the number of licensed childcare centers"),
    F("$300", S, note="release: a $300 room"),
    F("$6", S, note="release: $6 more a night"),
    F("7%", S, note="article: Crestone Falls raised its tax to 7% in 2022"),
    F("2022", S, note="article"),
    F("8%", C, "3%", note="article: lodging sales fell 3% the next winter; 8% was the growth the winter after (swapped pair)"),
    F("3%", C, "8%", note="article: grew 8% the winter after; 3% was the fall (swapped pair)"),
    F("15%", S, note="release: combined tax would rise to 14.9%, 'about 15%'"),
    F("13%", S, note="release: combined 12.9% now, 'about 13%'"),
    F("2,800", S, note="release: 2,840 lodging units, 'about 2,800'"),
    F("two thirds", S, derived=True, note="release: 1,910 / 2,840 = 67.3%, 'about two thirds'"),
    F("2019", S, note="release / article: the last increase, November 2019"),
    F("215", C, "125", derived=True, note="article: 1,212 - 1,087 = 125 votes"),
    F("412", S, note="article: poll of 412 residents"),
    F("60%", S, note="article: 61% in favor, 'more than 60%'"),
    F("3", S, note="release: November 3, 2026, ballot"),
    F("71", U, note="no source mentions the letter writer's age"),
]

CASES = [
    ("fresh10-dev", "fresh-s", S_SOURCES, [
        ("wire.md", S1, S1_FIGS, "wire story: common-noun subjects referring back, compound sentences with two owners"),
        ("explainer.md", S2, S2_FIGS, "question-and-answer explainer: '### Q:' headings, derived figures in the answers"),
        ("summary.md", S3, S3_FIGS, "LLM-style bulleted summary: terse, abbreviations (k, M, 3x), parenthetical changes, 'the former'/'the latter'"),
        ("letter.md", S4, S4_FIGS, "letter to the editor: hedges, rounded figures, one section hard-wrapped near 80 columns, sentence-initial 'But'/'Yet'"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
