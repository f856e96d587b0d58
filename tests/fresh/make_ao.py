#!/usr/bin/env python3
"""Generate tests/fresh/fresh21-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AO (fresh21-dev): a county highway department's winter of snow and ice
                    (Brannoch County Department of Highways): the 2025-26
                    winter operations report excerpt (season dates, snowfall
                    against last winter and the normal, storm events, a table
                    of five maintenance districts' lane miles, trucks, salt,
                    overtime, service requests and hours to bare pavement,
                    salt and brine, salt prices, requests, mailbox claims,
                    spending by six lines against the budget, staff), the
                    department's snow-emergency release, the Board of
                    Commissioners' minutes (an emergency salt purchase, a
                    reserve transfer, plow trucks), a newspaper article on the
                    overrun, the operations office's monthly log (a table of
                    six months with a running total of salt) and the fleet
                    manager's hard-wrapped email on breakdowns and repairs

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ao.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AO: Brannoch County Department of Highways, winter 2025-26 (fictional)
# ---------------------------------------------------------------------------

AO_REPORT = """Brannoch County Department of Highways
Winter Operations Report, 2025-26 Season (excerpt)
Presented to the Board of Commissioners, May 2026

The winter in brief

Crews answered the season's first plowable snow on November 14, 2025, and its last on April 2, 2026, a season of 140 days. Snowfall at the Kellsburg airport gauge totaled 71.4 inches, against 38.6 inches last winter and a 30-year normal of 52.0 inches, or 137% of normal. It was the snowiest winter since 2010-11, when 79.8 inches fell.

The department responded to 26 storm events, up from 15 last winter. Nine of them were full call-outs, with all 80 trucks on the road. The largest storm, on February 6 and 7, dropped 16.2 inches in 31 hours. Trucks logged 48,200 hours and 612,000 miles.

Table 1. Winter operations by maintenance district, 2025-26

| District | Lane miles | Trucks | Salt used (tons) | Overtime hours | Service requests | Hours to bare pavement (average) |
|---|---|---|---|---|---|---|
| Ashgrove | 620 | 17 | 6,940 | 9,860 | 412 | 7.5 |
| Kellsburg | 710 | 22 | 8,320 | 11,420 | 694 | 6.2 |
| Hollins Gap | 540 | 14 | 5,610 | 8,050 | 318 | 8.4 |
| South Fork | 590 | 15 | 5,980 | 8,760 | 356 | 9.1 |
| Upland | 480 | 12 | 5,000 | 7,310 | 274 | 11.6 |
| County | 2,940 | 80 | 31,850 | 45,400 | 2,054 | 8.3 |

Hours to bare pavement is the average time from the end of snowfall until primary routes were clear; the county's target is eight hours. Kellsburg, with the most lane miles and trucks, was the fastest; Upland, where the grades are steepest, was the slowest for the fourth winter in a row.

Materials

Crews spread 31,850 tons of rock salt, up 42.2% from 22,400 tons last winter, or 10.8 tons per lane mile, and 1.46 million gallons of brine, up from 0.98 million. The county bought 23,100 tons under the state contract at $74.60 a ton, up from $68.90, and 4,500 tons on the spot market in February at $112 a ton, when its stockpile ran low. The salt barns held 8,200 tons when the season began and 3,950 tons on April 30.

Service to residents

Residents filed 2,054 service requests, up 61.6% from 1,271. Missed or partly plowed streets were the largest category, at 874, or 42.6% of the total. The county received 186 claims for mailboxes damaged by plows and paid 141 of them, for $10,920 in all.

Budget and staff

The winter maintenance budget was $8.6 million. Spending reached $10.54 million: $2.91 million for overtime, $2.23 million for salt, $2.14 million for regular wages, $1.46 million for fuel, $1.12 million for private contractors and $0.68 million for equipment repairs. The overrun of $1.94 million, or 22.6%, was covered by a $1.9 million transfer from the county's reserve that the Board of Commissioners approved in February and by $40,000 in savings elsewhere in the department.

Overtime totaled 45,400 hours, at an average cost of $64.10 an hour. The department has 96 equipment operators. It hired 14 seasonal drivers this winter, down from 20, and private contractors supplied 12 trucks for 1,840 hours.
"""

AO_RELEASE = """BRANNOCH COUNTY DEPARTMENT OF HIGHWAYS
NEWS RELEASE
For immediate release: Friday, February 6, 2026, 11 a.m.
Contact: Janelle Voss, public information officer

County declares snow emergency, sends every plow out as storm brings up to 18 inches

KELLSBURG, Feb. 6, 2026 - Brannoch County has declared a snow emergency from 4 p.m. today until 6 p.m. Saturday, February 7, as a storm expected to drop 12 to 18 inches moves in, Highway Superintendent Dale Kronick announced this morning.

All 80 county plow trucks and 12 contractor trucks will work 12-hour shifts around the clock until primary routes are clear. During the emergency, parking is banned on the county's 46 posted snow routes; vehicles left on them will be towed at the owner's expense, $150 plus $35 a day for storage.

This will be the season's 18th storm response. Through February 5, crews had answered 17 storms, spread 19,460 tons of salt and seen 44.2 inches of snow at the Kellsburg airport gauge, already more than the 38.6 inches of all of last winter.

The county has 5,300 tons of salt on hand and has ordered 4,500 tons more on the spot market, at $112 a ton, against $74.60 under its state contract. "Our state-contract supplier has been shipping late since Christmas," Kronick said. "We will not run out during this storm, but we cannot count on the contract for the rest of February."

Kronick asked residents to stay home if they can and to stay at least 200 feet behind working plows. The county will open three warming centers, in Kellsburg, Ashgrove and South Fork.

Residents can report unplowed streets through the county's service line or its website. Since November, 1,388 requests have come in.
"""

AO_MINUTES = """BRANNOCH COUNTY BOARD OF COMMISSIONERS
Minutes of the regular meeting, Tuesday, February 17, 2026
Commission chambers, County Building, Kellsburg

Present: Chair Evelyn Strauss; commissioners Tomas Beaulieu, Frank DeSantis, Margaret Oyelaran and Wendell Pike (all five). Staff: County Administrator Ruth Ambler, Highway Superintendent Dale Kronick, Finance Director Arjun Mehta.

1. Call to order

Chair Strauss called the meeting to order at 6:30 p.m.

2. Highway superintendent's report

Mr. Kronick reported that through February 16 crews had answered 18 storms and spread 23,720 tons of salt, and that 60.4 inches of snow had fallen at the airport gauge. The February 6-7 storm dropped 16.2 inches, the most in a single storm since 2011, and used 4,260 tons of salt. Overtime through January totaled 25,240 hours. Service requests numbered 1,612.

3. Emergency salt purchase

Commissioner Beaulieu moved to ratify the superintendent's emergency purchase of 4,500 tons of rock salt from Corvane Minerals at $112 a ton, $504,000 in all; Commissioner Oyelaran seconded. Carried 5-0.

4. Budget amendment

Mr. Mehta reported that winter maintenance spending was projected at $10.5 million against a budget of $8.6 million. Commissioner DeSantis moved to transfer $1.9 million from the general fund reserve to the winter maintenance budget; Commissioner Oyelaran seconded. Mr. Mehta said the reserve would fall to $14.2 million from $16.1 million, about 9% of general fund spending, above the county's policy minimum of 8%. Commissioner Pike said the department should have asked in January. Carried 4-1, Commissioner Pike voting no.

5. Plow trucks

Commissioner Oyelaran moved to buy four tandem-axle plow trucks from Hallam Truck Center for $286,000 each, $1,144,000 in all, for delivery in October; Commissioner Beaulieu seconded. Mr. Kronick said 23 of the county's 80 trucks are more than 15 years old. Carried 3-2, commissioners Pike and DeSantis voting no.

6. Public comment

Six people spoke. Lorna Tebbit of Upland said her road had gone unplowed for 41 hours after the February storm. Two residents of Hollins Gap asked for more frequent plowing of school bus routes.

7. Adjournment

The meeting adjourned at 8:05 p.m. The next regular meeting is Tuesday, March 3, 2026.
"""

AO_ARTICLE = """Snowiest winter in 15 years put county $1.94 million over its plowing budget

By Owen Maddox, The Kellsburg Ledger
Thursday, May 14, 2026

Brannoch County spent $10.54 million clearing snow and ice this winter, $1.94 million more than it had budgeted, the county highway department told commissioners Tuesday.

The winter brought 71.4 inches of snow to the Kellsburg airport gauge, the most since 2010-11, and 26 storms, against 15 the winter before. Crews spread 31,850 tons of salt, up from 22,400.

"We plowed for 140 days, and on about 40 of them I don't think anybody on my crews saw their own bed before midnight," said Highway Superintendent Dale Kronick, 58.

Overtime alone cost $2.91 million, for 45,400 hours. In February the county paid $112 a ton for 4,500 tons of emergency salt, $504,000 in all, when its state-contract supplier fell behind. Commissioners covered most of the overrun with a $1.9 million transfer from reserves that month.

Commissioner Wendell Pike, 69, who voted against the transfer, said Tuesday that he still thought the department "waited too long to tell us." Chair Evelyn Strauss, 64, said the county would budget $9.8 million for next winter, up 14%.

Service requests rose to 2,054 from 1,271. Lorna Tebbit, 72, of Upland said her road went unplowed for 41 hours after the February storm. "A neighbor brought me my insulin on a snowmobile," she said. Upland crews took 11.6 hours on average to clear primary routes after storms, the slowest in the county, against a target of eight hours.

The county paid $10,920 for 141 mailboxes that plows knocked down.

Next winter's salt will cost $79.20 a ton under a new state contract, up from $74.60. The four new plow trucks that commissioners bought in February, for $286,000 each, arrive in October.

Neighboring Dunmore County, with 2,100 lane miles, spent $7.3 million on winter maintenance this season.
"""

AO_LOG = """Brannoch County Department of Highways - winter operations log, 2025-26
Monthly totals, November 2025 to April 2026
Compiled by the operations office; data as of April 30, 2026

| Month | Snowfall (inches) | Storm events | Salt used (tons) | Salt used, season to date (tons) | Brine (thousand gallons) | Overtime hours | Service requests |
|---|---|---|---|---|---|---|---|
| November | 6.8 | 3 | 2,450 | 2,450 | 96 | 3,120 | 88 |
| December | 14.9 | 6 | 6,820 | 9,270 | 318 | 9,640 | 402 |
| January | 19.6 | 7 | 8,940 | 18,210 | 402 | 12,480 | 716 |
| February | 22.7 | 5 | 8,870 | 27,080 | 371 | 12,560 | 598 |
| March | 6.1 | 4 | 3,940 | 31,020 | 214 | 6,420 | 214 |
| April | 1.3 | 1 | 830 | 31,850 | 59 | 1,180 | 36 |
| Season | 71.4 | 26 | 31,850 | | 1,460 | 45,400 | 2,054 |

Notes

- Snowfall is measured at the Kellsburg airport gauge. The 30-year normal for November through April is 52.0 inches.
- A storm event is any call-out of more than four trucks. Nine were full call-outs: two in December, three in January, three in February and one in March.
- The February 6-7 storm, 16.2 inches, was the season's largest; the January 19-20 storm, 9.4 inches, was the second-largest.
- Salt used per storm event averaged 1,225 tons.
- Brine is sprayed on primary routes before storms to keep snow from bonding to the pavement.
- The season's coldest morning was January 24, at 14 degrees below zero.
"""

AO_EMAIL = """From: Priya Haldane, Fleet Manager
To: Dale Kronick, Highway Superintendent
Date: Monday, April 20, 2026
Subject: Plow fleet after this winter, and what we need

Dale,

Here is the fleet summary you asked for before the budget hearings.

We ran 80 plow trucks this winter, with four spares. Their average age is
11.4 years, and 23 of them are more than 15 years old; the oldest was built
in 2004.

Trucks broke down 214 times during the season, against 131 last winter,
and were out of service for 1,046 truck-days in all. Hydraulic failures
were the largest cause, at 71, followed by 48 spreader failures and 39
broken plow blades. Waiting for parts kept trucks out a median of six days.

Repairs cost $684,000, up from $412,000 last winter. Trucks more than 15
years old were 29% of the fleet but 52% of the repair bill, about $356,000.

To hold the fleet to a 12-year replacement cycle we would need to replace
six or seven trucks a year. At this year's price of $286,000 a truck, six
trucks would cost $1,716,000. The four trucks the board approved in
February will arrive in October.

I also recommend that we:

- hire a second shift of four mechanics from December through March, at
  about $148,000 for the season;
- keep $90,000 of hydraulic pumps and spreader motors in stock;
- retire the eight oldest trucks as new ones arrive.

If the board adopts the proposed $9.8 million winter budget, the repair
line would rise to $750,000.

Priya
"""

AO_POOL = {
    "report": {"name": "brannoch-highways-winter-report-2025-26.md", "text": AO_REPORT},
    "release": {"name": "brannoch-snow-emergency-release-2026-02-06.txt", "text": AO_RELEASE},
    "minutes": {"name": "brannoch-commissioners-minutes-2026-02-17.txt", "text": AO_MINUTES},
    "article": {"name": "kellsburg-ledger-plowing-overrun.txt", "text": AO_ARTICLE},
    "log": {"name": "brannoch-winter-operations-monthly-log.md", "text": AO_LOG},
    "email": {"name": "brannoch-fleet-manager-email-2026-04-20.txt", "text": AO_EMAIL},
}

# --- AO1: wire story (sources: report, release) ------------------------------------------
AO1 = """Brannoch County's snowiest winter in 15 years left its plow budget $1.94 million short

KELLSBURG (Valley Wire) - Brannoch County's plows went out for 26 storms this winter, 11 more than the winter before, as 71.4 inches of snow fell at the Kellsburg airport gauge, 137% of the 30-year normal and nearly twice last winter's 38.6 inches, the county highway department said in its 2025-26 season report.

The season ran 140 days. Eight storms were full call-outs with all 80 trucks on the road, and the largest, on Feb. 6 and 7, dropped 16.2 inches in 13 hours. Over the winter the trucks logged 621,000 miles.

Crews spread 31,850 tons of rock salt, up 42.2% from 22,400 tons, and 1.46 million gallons of brine, up by about half. The Kellsburg district, the county's largest with 710 lane miles and 22 trucks, used 8,320 tons, about a quarter of the total, and cleared its primary routes in 6.2 hours on average, while Upland, with 480 lane miles, took 11.6 hours and was the slowest for the third winter in a row. The county average was 8.3 hours, against a target of eight.

Ashgrove and Hollins Gap, with 620 and 540 lane miles, logged 8,050 and 9,860 overtime hours. Residents filed 2,054 service requests, up 61.6% from 1,271, and more than two fifths of them were about missed or partly plowed streets.

The county paid $74.60 a ton for salt under its state contract, up from $68.90, but when its stockpile ran low in February it bought 4,500 tons on the spot market at $112 a ton, about 50% more. On Feb. 6, as a snow emergency began, it had 5,300 tons on hand; it ended the season on April 30 with 3,590 tons.

Spending reached $10.54 million against a budget of $8.6 million, an overrun of 22.6%. Overtime was the biggest line at $2.91 million, or $64.10 for each of 45,400 hours, followed by salt at $2.23 million and regular wages at $2.41 million. Commissioners moved $1.9 million from reserves in February to cover most of the gap.

The department has 96 equipment operators and hired 14 seasonal drivers, down from 24. During the February storm all 80 county trucks and 12 contractor trucks worked 12-hour shifts. Residents had filed 1,388 requests by then, and the county opened four warming centers. Plows were involved in 17 collisions over the winter.

The county plans to budget $9.8 million for next winter, when salt will cost $79.20 a ton under a new contract. Statewide, counties spread about 1.1 million tons of salt this winter.
"""

AO1_FIGS = [
    F("15", S, derived=True, note="report: the snowiest winter since 2010-11, 15 winters before 2025-26"),
    F("$1.94 million", S, note="report: the overrun of $1.94 million"),
    F("26", S, note="report: 26 storm events"),
    F("11", S, derived=True, note="report: 26 storm events against 15 last winter, 26 - 15 = 11"),
    F("71.4", S, note="report: snowfall at the Kellsburg airport gauge totaled 71.4 inches"),
    F("137%", S, note="report: or 137% of normal"),
    F("30", S, note="report: a 30-year normal of 52.0 inches"),
    F("twice", S, derived=True, note="report: 71.4 / 38.6 = 1.85, 'nearly twice'"),
    F("38.6", S, note="report: 38.6 inches last winter"),
    F("2025-26", S, note="report: Winter Operations Report, 2025-26 Season"),
    F("140", S, note="report: a season of 140 days"),
    F("Eight", C, "Nine", note="report: nine of them were full call-outs"),
    F("80", S, note="report: with all 80 trucks on the road"),
    F("6", S, note="report: the largest storm, on February 6 and 7"),
    F("7", S, note="report: on February 6 and 7"),
    F("16.2", S, note="report: dropped 16.2 inches"),
    F("13", C, "31", note="report: 16.2 inches in 31 hours (transposed digits)"),
    F("621,000", C, "612,000", note="report: trucks logged 612,000 miles (transposed digits)"),
    F("31,850", S, note="report: crews spread 31,850 tons of rock salt"),
    F("42.2%", S, note="report: up 42.2%"),
    F("22,400", S, note="report: from 22,400 tons last winter"),
    F("1.46 million", S, note="report: 1.46 million gallons of brine"),
    F("half", S, derived=True, note="report: 1.46 / 0.98 = 1.49, up 49%, 'about half'"),
    F("710", S, note="report table: Kellsburg 710 lane miles, the most"),
    F("22", S, note="report table: Kellsburg 22 trucks"),
    F("8,320", S, note="report table: Kellsburg 8,320 tons of salt"),
    F("a quarter", S, derived=True, note="report table: 8,320 / 31,850 = 26.1%, 'about a quarter'"),
    F("6.2", S, note="report table: Kellsburg 6.2 hours to bare pavement"),
    F("480", S, note="report table: Upland 480 lane miles"),
    F("11.6", S, note="report table: Upland 11.6 hours"),
    F("third", C, "fourth", note="report: Upland was the slowest for the fourth winter in a row"),
    F("8.3", S, note="report table: county 8.3 hours"),
    F("eight", S, note="report: the county's target is eight hours"),
    F("620", S, note="report table: Ashgrove 620 lane miles"),
    F("540", S, note="report table: Hollins Gap 540 lane miles"),
    F("8,050", C, "9,860", note="report table: Ashgrove 9,860 overtime hours; 8,050 is Hollins Gap's (swapped pair)"),
    F("9,860", C, "8,050", note="report table: Hollins Gap 8,050 overtime hours; 9,860 is Ashgrove's (swapped pair)"),
    F("2,054", S, note="report: residents filed 2,054 service requests"),
    F("61.6%", S, note="report: up 61.6%"),
    F("1,271", S, note="report: from 1,271"),
    F("two fifths", S, note="report: missed or partly plowed streets, 874, or 42.6%, 'more than two fifths'"),
    F("$74.60", S, note="report: the state contract at $74.60 a ton"),
    F("$68.90", S, note="report: up from $68.90"),
    F("4,500", S, note="report: 4,500 tons on the spot market in February"),
    F("$112", S, note="report: at $112 a ton"),
    F("50%", S, derived=True, note="report: 112 / 74.60 = 1.50, about 50% more"),
    F("6", S, note="release: dated Friday, February 6, 2026, the snow emergency from 4 p.m. today"),
    F("5,300", S, note="release: the county has 5,300 tons of salt on hand"),
    F("30", S, note="report: 3,950 tons on April 30"),
    F("3,590", C, "3,950", note="report: the salt barns held 3,950 tons on April 30 (transposed digits)"),
    F("$10.54 million", S, note="report: spending reached $10.54 million"),
    F("$8.6 million", S, note="report: the winter maintenance budget was $8.6 million"),
    F("22.6%", S, note="report: the overrun of $1.94 million, or 22.6%"),
    F("$2.91 million", S, note="report: $2.91 million for overtime, the largest line"),
    F("$64.10", S, note="report: an average cost of $64.10 an hour"),
    F("45,400", S, note="report: overtime totaled 45,400 hours"),
    F("$2.23 million", S, note="report: $2.23 million for salt"),
    F("$2.41 million", C, "$2.14 million", note="report: $2.14 million for regular wages (transposed digits)"),
    F("$1.9 million", S, note="report: a $1.9 million transfer from the reserve approved in February"),
    F("96", S, note="report: 96 equipment operators"),
    F("14", S, note="report: 14 seasonal drivers this winter"),
    F("24", C, "20", note="report: down from 20"),
    F("80", S, note="release: all 80 county plow trucks"),
    F("12", S, note="release: and 12 contractor trucks"),
    F("12", S, note="release: 12-hour shifts"),
    F("1,388", S, note="release: since November, 1,388 requests have come in"),
    F("four", C, "three", note="release: the county will open three warming centers"),
    F("17", U, note="no source gives collisions involving plows"),
    F("$9.8 million", U, note="next winter's budget is in the article and the email, neither among this case's sources"),
    F("$79.20", U, note="next winter's salt price is in the article, not among this case's sources"),
    F("1.1 million", U, note="no source gives statewide salt use"),
]

# --- AO2: opinion column (sources: article, minutes) -------------------------------------
AO2 = """# The plow budget melted. The county should have seen it coming.

*Opinion | By Harriet Selden*

Nobody in Brannoch County needs to be told that it snowed this winter. The Kellsburg airport gauge counted 71.4 inches, and crews went out for 26 storms, 11 more than the winter before. So I am not surprised that the county spent $10.54 million clearing the roads. I am surprised that it budgeted $8.6 million, and that commissioners were asked for help only in the middle of February.

By the board's mid-February meeting the superintendent could report 18 storms, 23,720 tons of salt and 63.4 inches of snow. The storm of early February alone, the biggest since 2011, dropped 16.2 inches and used 4,620 tons of salt. The finance director projected spending of $10.5 million, about $1.9 million over, and the board moved exactly that much, $1.9 million, out of the general fund reserve on a 4-1 vote. The reserve fell to $14.2 million from $16.1 million, still above the county's 8% floor. Commissioner Wendell Pike, 64, the lone no vote, said the department should have asked in January. He was right: overtime through January had already reached 25,240 hours.

Then came the salt. On Feb. 17 the board ratified an emergency purchase of 4,500 tons from Corvane Minerals at $112 a ton, $540,000 in all, because the county's state-contract supplier had fallen behind. The contract price was $74.60, so the county paid about $37 a ton more, roughly $168,000 extra for that load. Next winter's contract price is $79.20, up about 6%.

Overtime cost $2.91 million for 45,400 hours this winter, or about $54 an hour. That is what happens when a county runs its trucks around the clock with too few drivers. Superintendent Dale Kronick, 58, says that on about 40 of the 140 days his crews didn't see their beds before midnight. I believe him.

And the trucks are old. Of the county's 80 plows, 23 are more than 15 years old, more than a quarter. Commissioners voted 3-2 in February to buy four new ones at $286,000 each, arriving in October. Four trucks won't fix a fleet that age; at that pace the county would need 20 years to replace it.

Residents noticed. Service requests rose to 2,054 from 1,721, up more than 60%. Lorna Tebbit, 72, of Upland told the board her road went 41 hours without a plow after the big February storm, and Upland crews took 11.6 hours on average to clear primary routes, against a target of six. The county also paid $10,920 for 141 mailboxes its plows knocked down, about $77 apiece.

Chair Evelyn Strauss, 64, says the county will budget $9.8 million next winter, up 12%. Good. But a budget should follow the averages, not last winter's luck, and the 30-year normal is 52.0 inches. Neighboring Dunmore County spent $7.3 million on its 2,100 lane miles, about $3,500 a lane mile; Brannoch, with 2,940 lane miles, spent about $3,600. We are not wildly out of line. We were just unprepared.

Here is my ask. Publish the salt stockpile every week from November to April, and put the fleet plan on the table before the next storm, not after it. My street in Ashgrove got plowed 9 times this winter; I counted. I paid a neighbor's kid $25 a storm to clear my walk.
"""

AO2_FIGS = [
    F("71.4", S, note="article: 71.4 inches of snow at the Kellsburg airport gauge"),
    F("26", S, note="article: 26 storms"),
    F("11", S, derived=True, note="article: 26 storms against 15 the winter before, 26 - 15 = 11"),
    F("$10.54 million", S, note="article: the county spent $10.54 million"),
    F("$8.6 million", S, note="minutes: against a budget of $8.6 million"),
    F("18", S, note="minutes: through February 16, 18 storms"),
    F("23,720", S, note="minutes: 23,720 tons of salt"),
    F("63.4", C, "60.4", note="minutes: 60.4 inches of snow had fallen"),
    F("2011", S, note="minutes: the February 6-7 storm, the most in a single storm since 2011"),
    F("16.2", S, note="minutes: dropped 16.2 inches"),
    F("4,620", C, "4,260", note="minutes: used 4,260 tons of salt (transposed digits)"),
    F("$10.5 million", S, note="minutes: spending projected at $10.5 million"),
    F("$1.9 million", S, derived=True, note="minutes: $10.5 million - $8.6 million = $1.9 million"),
    F("$1.9 million", S, note="minutes: transfer $1.9 million from the general fund reserve"),
    F("4", S, note="minutes: carried 4-1"),
    F("1", S, note="minutes: carried 4-1, Commissioner Pike voting no"),
    F("$14.2 million", S, note="minutes: the reserve would fall to $14.2 million"),
    F("$16.1 million", S, note="minutes: from $16.1 million"),
    F("8%", S, note="minutes: the county's policy minimum of 8%"),
    F("64", C, "69", note="article: Commissioner Wendell Pike, 69; 64 is Strauss's age"),
    F("25,240", S, note="minutes: overtime through January totaled 25,240 hours"),
    F("17", S, note="minutes: meeting of Tuesday, February 17, 2026, ratifying the purchase"),
    F("4,500", S, note="minutes: 4,500 tons of rock salt from Corvane Minerals"),
    F("$112", S, note="minutes: at $112 a ton"),
    F("$540,000", C, "$504,000", note="minutes: $504,000 in all"),
    F("$74.60", S, note="article: up from $74.60 under the state contract"),
    F("$37", S, derived=True, note="minutes / article: $112 - $74.60 = $37.40"),
    F("$168,000", S, derived=True, note="minutes / article: 4,500 tons x $37.40 = $168,300"),
    F("$79.20", S, note="article: next winter's salt will cost $79.20 a ton"),
    F("6%", S, derived=True, note="article: 79.20 / 74.60 = 1.062, about 6%"),
    F("$2.91 million", S, note="article: overtime alone cost $2.91 million"),
    F("45,400", S, note="article: for 45,400 hours"),
    F("$54", C, "$64", derived=True, note="article: $2.91 million / 45,400 hours = $64.10 an hour"),
    F("58", S, note="article: Dale Kronick, 58"),
    F("40", S, note="article: Kronick, 'on about 40 of them'"),
    F("140", S, note="article: Kronick, 'We plowed for 140 days'"),
    F("80", S, note="minutes: 23 of the county's 80 trucks"),
    F("23", S, note="minutes: 23 of the county's 80 trucks are more than 15 years old"),
    F("15", S, note="minutes: more than 15 years old"),
    F("a quarter", S, derived=True, note="minutes: 23 / 80 = 28.8%, 'more than a quarter'"),
    F("3", S, note="minutes: carried 3-2"),
    F("2", S, note="minutes: carried 3-2"),
    F("four", S, note="minutes: four tandem-axle plow trucks"),
    F("$286,000", S, note="minutes: for $286,000 each"),
    F("Four", S, note="minutes: four trucks"),
    F("20", S, derived=True, note="minutes: 80 trucks / 4 a year = 20 years"),
    F("2,054", S, note="article: service requests rose to 2,054"),
    F("1,721", C, "1,271", note="article: from 1,271 (transposed digits)"),
    F("60%", S, derived=True, note="article: 2,054 / 1,271 = 1.616, 'up more than 60%'"),
    F("72", S, note="article: Lorna Tebbit, 72"),
    F("41", S, note="minutes / article: unplowed for 41 hours after the February storm"),
    F("11.6", S, note="article: Upland crews took 11.6 hours on average"),
    F("six", C, "eight", note="article: against a target of eight hours"),
    F("$10,920", S, note="article: the county paid $10,920"),
    F("141", S, note="article: for 141 mailboxes"),
    F("$77", S, derived=True, note="article: $10,920 / 141 = $77.45"),
    F("64", S, note="article: Chair Evelyn Strauss, 64"),
    F("$9.8 million", S, note="article: would budget $9.8 million for next winter"),
    F("12%", C, "14%", note="article: up 14%"),
    F("30", U, note="the 30-year normal is in the report and the log, neither among this case's sources"),
    F("52.0", U, note="the normal snowfall is in the report and the log, neither among this case's sources"),
    F("$7.3 million", S, note="article: Dunmore County spent $7.3 million"),
    F("2,100", S, note="article: with 2,100 lane miles"),
    F("$3,500", S, derived=True, note="article: $7.3 million / 2,100 lane miles = $3,476"),
    F("2,940", U, note="Brannoch's lane miles are in the report, not among this case's sources"),
    F("$3,600", U, note="worked out from the report's 2,940 lane miles ($10.54 million / 2,940 = $3,585), not among this case's sources"),
    F("9", U, note="the columnist's own count; no source gives it"),
    F("$25", U, note="the columnist's own spending; no source gives it"),
]

# --- AO3: explainer with a Markdown table (sources: report, log) --------------------------
AO3 = """# Brannoch County's winter, month by month

*An explainer on the highway department's 2025-26 season*

### How much snow fell?

71.4 inches at the Kellsburg airport gauge, 137% of the 30-year normal of 52.0 inches and the most since 2011-12.

### When was it worst?

In January and February, which together brought 42.3 inches, well over half the season's total:

| Month | Snowfall (inches) | Storm events | Salt used (tons) |
|---|---|---|---|
| December | 14.9 | 6 | 6,820 |
| January | 19.6 | 7 | 8,940 |
| February | 22.7 | 6 | 8,870 |
| March | 6.1 | 4 | 3,490 |

Those four months used 28,570 tons of salt, about 90% of the season's 31,850. The biggest single storm, on Feb. 6-7, dropped 16.2 inches in 31 hours.

### How many storms were there?

There were 26 storm events, up from 15, and nine were full call-outs with all 80 trucks out: two in December, three in January, three in February and two in March. On average each storm took 1,225 tons of salt.

### Which district had it hardest?

Upland, where the grades are steepest. Its crews took 11.6 hours on average to clear primary routes after the snow stopped, against a county target of eight and a county average of 8.1, and it was the slowest district for the fourth winter in a row. Kellsburg, with 710 lane miles and 22 trucks, was the fastest at 6.2 hours. South Fork, at 9.1 hours, was the second-slowest, and Hollins Gap used 5,610 tons of salt on its 450 lane miles.

### What did it cost?

The county spent $10.54 million against a budget of $8.6 million, an overrun of $1.94 million, or 26.2%. Overtime was the largest line at $2.91 million, more than a quarter of all spending. Salt cost $2.23 million: 23,100 tons bought under the state contract at $74.60 a ton and 4,500 on the spot market at $121. The department says each inch of snow costs the county about $150,000.

### Did residents notice?

They filed 2,054 service requests, up 61.6% from 1,271, and January, with 716, was the busiest month. By the end of January residents had filed 1,260 requests, more than half the season's total.

### What's left?

The county's four salt barns held 3,950 tons on April 30, down from 8,200 at the start of the season. The county will replace six trucks next year, and salt next winter will cost $79.20 a ton.
"""

AO3_FIGS = [
    F("2025-26", S, note="report / log: the 2025-26 season"),
    F("71.4", S, note="report / log: 71.4 inches"),
    F("137%", S, note="report: 137% of normal"),
    F("30", S, note="report / log: the 30-year normal"),
    F("52.0", S, note="report / log: a normal of 52.0 inches"),
    F("2011-12", C, "2010-11", note="report: the snowiest winter since 2010-11"),
    F("42.3", S, derived=True, note="log: January 19.6 + February 22.7 = 42.3 inches"),
    F("half", S, derived=True, note="log: 42.3 / 71.4 = 59.2%, 'well over half'"),
    F("14.9", S, note="log: December 14.9 inches"),
    F("6", S, note="log: December 6 storm events"),
    F("6,820", S, note="log: December 6,820 tons"),
    F("19.6", S, note="log: January 19.6 inches"),
    F("7", S, note="log: January 7 storm events"),
    F("8,940", S, note="log: January 8,940 tons"),
    F("22.7", S, note="log: February 22.7 inches"),
    F("6", C, "5", note="log: February 5 storm events; 6 is December's"),
    F("8,870", S, note="log: February 8,870 tons"),
    F("6.1", S, note="log: March 6.1 inches"),
    F("4", S, note="log: March 4 storm events"),
    F("3,490", C, "3,940", note="log: March 3,940 tons (transposed digits)"),
    F("four", S, note="log: the four months in the table, December to March"),
    F("28,570", S, derived=True, note="log: 6,820 + 8,940 + 8,870 + 3,940 = 28,570"),
    F("90%", S, derived=True, note="log: 28,570 / 31,850 = 89.7%, 'about 90%'"),
    F("31,850", S, note="log / report: 31,850 tons in the season"),
    F("6", S, note="log / report: the February 6-7 storm, the season's largest"),
    F("7", S, note="log / report: the February 6-7 storm"),
    F("16.2", S, note="log / report: 16.2 inches"),
    F("31", S, note="report: in 31 hours"),
    F("26", S, note="report / log: 26 storm events"),
    F("15", S, note="report: up from 15 last winter"),
    F("nine", S, note="report / log: nine full call-outs"),
    F("80", S, note="report: with all 80 trucks on the road"),
    F("two", S, note="log: two full call-outs in December"),
    F("three", S, note="log: three in January"),
    F("three", S, note="log: three in February"),
    F("two", C, "one", note="log: one full call-out in March"),
    F("1,225", S, note="log: salt used per storm event averaged 1,225 tons"),
    F("11.6", S, note="report table: Upland 11.6 hours to bare pavement"),
    F("eight", S, note="report: the county's target is eight hours"),
    F("8.1", C, "8.3", note="report table: county 8.3 hours"),
    F("fourth", S, note="report: Upland was the slowest for the fourth winter in a row"),
    F("710", S, note="report table: Kellsburg 710 lane miles"),
    F("22", S, note="report table: Kellsburg 22 trucks"),
    F("6.2", S, note="report table: Kellsburg 6.2 hours, the fastest"),
    F("9.1", S, note="report table: South Fork 9.1 hours"),
    F("second-slowest", S, derived=True, note="report table: Upland 11.6, South Fork 9.1, Hollins Gap 8.4, Ashgrove 7.5, Kellsburg 6.2"),
    F("5,610", S, note="report table: Hollins Gap 5,610 tons of salt"),
    F("450", C, "540", note="report table: Hollins Gap 540 lane miles (transposed digits)"),
    F("$10.54 million", S, note="report: spending reached $10.54 million"),
    F("$8.6 million", S, note="report: the budget was $8.6 million"),
    F("$1.94 million", S, note="report: the overrun of $1.94 million"),
    F("26.2%", C, "22.6%", note="report: or 22.6% (transposed digits)"),
    F("$2.91 million", S, note="report: $2.91 million for overtime, the largest line"),
    F("a quarter", S, derived=True, note="report: 2.91 / 10.54 = 27.6%, 'more than a quarter'"),
    F("$2.23 million", S, note="report: $2.23 million for salt"),
    F("23,100", S, note="report: 23,100 tons under the state contract"),
    F("$74.60", S, note="report: at $74.60 a ton"),
    F("4,500", S, note="report: 4,500 tons on the spot market"),
    F("$121", C, "$112", note="report: at $112 a ton (transposed digits)"),
    F("$150,000", U, note="no source gives a cost per inch of snow"),
    F("2,054", S, note="report / log: 2,054 service requests"),
    F("61.6%", S, note="report: up 61.6%"),
    F("1,271", S, note="report: from 1,271"),
    F("716", S, note="log: January 716 service requests, the most of any month"),
    F("1,260", C, "1,206", derived=True, note="log: 88 + 402 + 716 = 1,206 requests through January"),
    F("half", S, derived=True, note="log: 1,206 / 2,054 = 58.7%, 'more than half'"),
    F("four", U, note="no source gives the number of salt barns"),
    F("3,950", S, note="report: the salt barns held 3,950 tons on April 30"),
    F("30", S, note="report / log: April 30"),
    F("8,200", S, note="report: 8,200 tons when the season began"),
    F("six", U, note="the fleet manager's recommendation of six trucks a year is in the email, not among this case's sources, and no source says the county will replace them"),
    F("$79.20", U, note="next winter's salt price is in the article, not among this case's sources"),
]

# --- AO4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AO4 = """# Upland Road Association: spring newsletter, May 2026

**Our winter, in the paper.** The Kellsburg Ledger reported on May 14 that
Brannoch County spent $10.54 million clearing snow and ice this winter,
$1.94 million more than it budgeted. The airport gauge caught 71.4 inches,
the most since 2010-11, over 26 storms, 11 more than the winter before.
Upland crews took 11.6 hours on average to clear primary routes after a
storm, the slowest in the county and 3.6 hours over the target of eight
hours. Our own Lorna Tebbit, 72, told the paper her road went 41 hours
without a plow in February.

**The plows themselves.** Priya Haldane, the county's fleet manager for
nine years, sent the superintendent a frank email in April. The county ran
80 plow trucks this winter, plus four spares, and their average age is 11.4
years; 23 are more than 15 years old, and the oldest was built in 2006.
They broke down 241 times, against 131 the winter before, up by more than
half, and sat idle for 1,046 truck-days. Hydraulic failures led, at 71,
ahead of 39 spreader failures. Repairs cost $684,000, up from $421,000.

- Old trucks are 29% of the fleet but ran up 52% of the repair bill, about
  $356,000.
- She wants six or seven new trucks a year to keep a 10-year replacement
  cycle. At $286,000 a truck, six would cost $1,716,000.
- She also wants four more mechanics on a second shift from December
  through March, for about $184,000.

**What's coming.** The county has ordered four new trucks, which arrive in
October, and Chair Evelyn Strauss, 64, says the winter budget will be
$9.8 million, up 14%. But Haldane says the repair line alone would rise to
$750,000. Next winter's salt will cost $79.20 a ton, up from $74.60, or
about 8% more.

**Looking back at Feb. 6.** That Friday the county declared a snow emergency
from 4 p.m. until 6 p.m. Saturday and sent out all 80 trucks plus 21
contractor trucks on 12-hour shifts. It had answered 17 storms by then and
spread 19,640 tons of salt, and it had 5,300 tons on hand. The forecast said
12 to 18 inches; the storm dropped 16.2. Cars parked on the 46 snow routes
were towed for $150 plus $35 a day. Yet the county opened only three warming
centers, and none in Upland.

**Dates.** Our spring cleanup of the Upland Road ditches is Saturday, May 30,
at 8 a.m. Dues stay at $20 a household.
"""

AO4_FIGS = [
    F("2026", S, note="article / email / release: the sources are dated 2026"),
    F("14", S, note="article: dated Thursday, May 14, 2026"),
    F("$10.54 million", S, note="article: the county spent $10.54 million"),
    F("$1.94 million", S, note="article: $1.94 million more than it had budgeted"),
    F("71.4", S, note="article: 71.4 inches of snow at the Kellsburg airport gauge"),
    F("2010-11", S, note="article: the most since 2010-11"),
    F("26", S, note="article: 26 storms"),
    F("11", S, derived=True, note="article: 26 storms against 15 the winter before, 26 - 15 = 11"),
    F("11.6", S, note="article: Upland crews took 11.6 hours on average, the slowest"),
    F("3.6", S, derived=True, note="article: 11.6 - 8 = 3.6 hours over the target"),
    F("eight", S, note="article: against a target of eight hours"),
    F("72", S, note="article: Lorna Tebbit, 72"),
    F("41", S, note="article: her road went unplowed for 41 hours after the February storm"),
    F("nine", U, note="no source says how long Haldane has been fleet manager"),
    F("80", S, note="email: we ran 80 plow trucks this winter"),
    F("four", S, note="email: with four spares"),
    F("11.4", S, note="email: their average age is 11.4 years"),
    F("23", S, note="email: 23 of them are more than 15 years old"),
    F("15", S, note="email: more than 15 years old"),
    F("2006", C, "2004", note="email: the oldest was built in 2004"),
    F("241", C, "214", note="email: trucks broke down 214 times (transposed digits)"),
    F("131", S, note="email: against 131 last winter"),
    F("half", S, derived=True, note="email: 214 / 131 = 1.63, 'up by more than half'"),
    F("1,046", S, note="email: out of service for 1,046 truck-days"),
    F("71", S, note="email: hydraulic failures were the largest cause, at 71"),
    F("39", C, "48", note="email: followed by 48 spreader failures; 39 is the broken plow blades'"),
    F("$684,000", S, note="email: repairs cost $684,000"),
    F("$421,000", C, "$412,000", note="email: up from $412,000 last winter (transposed digits)"),
    F("29%", S, note="email: trucks more than 15 years old were 29% of the fleet"),
    F("52%", S, note="email: but 52% of the repair bill"),
    F("$356,000", S, note="email: about $356,000"),
    F("six", S, note="email: replace six or seven trucks a year"),
    F("seven", S, note="email: six or seven trucks a year"),
    F("10", C, "12", note="email: a 12-year replacement cycle"),
    F("$286,000", S, note="email: this year's price of $286,000 a truck"),
    F("six", S, note="email: six trucks would cost $1,716,000"),
    F("$1,716,000", S, note="email: six trucks would cost $1,716,000"),
    F("four", S, note="email: a second shift of four mechanics from December through March"),
    F("second", S, note="email: a second shift of four mechanics"),
    F("$184,000", C, "$148,000", note="email: at about $148,000 for the season"),
    F("four", S, note="article / email: the four new plow trucks arrive in October"),
    F("64", S, note="article: Chair Evelyn Strauss, 64"),
    F("$9.8 million", S, note="article: would budget $9.8 million for next winter"),
    F("14%", S, note="article: up 14%"),
    F("$750,000", S, note="email: the repair line would rise to $750,000"),
    F("$79.20", S, note="article: next winter's salt will cost $79.20 a ton"),
    F("$74.60", S, note="article: up from $74.60"),
    F("8%", C, "6%", derived=True, note="article: 79.20 / 74.60 = 1.062, about 6%"),
    F("6", S, note="release: dated Friday, February 6, 2026"),
    F("4", S, note="release: a snow emergency from 4 p.m. today"),
    F("6", S, note="release: until 6 p.m. Saturday, February 7"),
    F("80", S, note="release: all 80 county plow trucks"),
    F("21", C, "12", note="release: and 12 contractor trucks (transposed digits)"),
    F("12", S, note="release: 12-hour shifts"),
    F("17", S, note="release: through February 5, crews had answered 17 storms"),
    F("19,640", C, "19,460", note="release: spread 19,460 tons of salt (transposed digits)"),
    F("5,300", S, note="release: 5,300 tons of salt on hand"),
    F("12", S, note="release: a storm expected to drop 12 to 18 inches"),
    F("18", S, note="release: 12 to 18 inches"),
    F("16.2", U, note="the storm's snowfall is in the report, the minutes and the log, none among this case's sources"),
    F("46", S, note="release: the county's 46 posted snow routes"),
    F("$150", S, note="release: towed at the owner's expense, $150"),
    F("$35", S, note="release: plus $35 a day for storage"),
    F("three", S, note="release: three warming centers, in Kellsburg, Ashgrove and South Fork"),
    F("30", U, note="the association's own event; no source gives it"),
    F("8", U, note="the association's own event; no source gives it"),
    F("$20", U, note="the association's dues; no source gives them"),
]

CASES = [
    ("fresh21-dev", "fresh-ao", list(AO_POOL.values()), [
        ("wire.txt", AO1, AO1_FIGS, "wire story with a dateline without a day, compound sentences holding two owners, a swapped pair, a wrong rank and closing claims no source makes"),
        ("opinion.md", AO2, AO2_FIGS, "opinion column: hedges, derived figures (differences, per-unit and per-lane-mile values, shares, years to replace a fleet), an age given to the wrong person, the columnist's own figures"),
        ("explainer.md", AO3, AO3_FIGS, "explainer with question headings and a Markdown table of months restating the monthly log, derived sums and shares"),
        ("newsletter.md", AO4, AO4_FIGS, "road association newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet, the association's own dates"),
    ]),
]
CASE_SOURCES = {
    "fresh-ao-1": ["report", "release"],
    "fresh-ao-2": ["article", "minutes"],
    "fresh-ao-3": ["report", "log"],
    "fresh-ao-4": ["email", "release", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AO_POOL, CASE_SOURCES)
