#!/usr/bin/env python3
"""Generate tests/fresh/fresh8-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  O (fresh8-dev): a state park system (Tessaly State Parks): visits, camping
                  nights and entrance fees by park, a budget shortfall, a
                  maintenance backlog, staff and rangers, a legislature's
                  funding bill (the Parks Forward Act) and a newspaper article
                  on rangers, overtime and the fee increase

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_o.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic O: Tessaly State Parks (fictional)
# ---------------------------------------------------------------------------

O_REPORT = """Tessaly Department of Parks and Recreation
State Parks Annual Report, Fiscal Year 2025 (excerpt)

From the Director

Tessaly's 42 state parks recorded 9.3 million visits in fiscal year 2025, which ended June 30, 2025, up 1.5% from 9.16 million the year before and the most since the department began counting visits by vehicle in 2006. Campers spent 413,000 nights in park campgrounds and cabins, and visitors bought 71,500 annual passes.

Growth was uneven. Saltmarsh Point, on the coast, grew fastest, while a rockslide that closed the main road into Ironwood Gorge for 47 days last spring cut that park's visits by 4.1%.

Table 1. Visits, camping and entrance fees by park, fiscal 2025

| Park | Visits | Change from FY2024 (%) | Share of visits (%) | Camping nights | Entrance-fee revenue ($ million) |
|---|---|---|---|---|---|
| Caldera Lake | 2,140,000 | +6.2 | 23.0 | 118,400 | 6.9 |
| Ironwood Gorge | 1,365,000 | -4.1 | 14.7 | 72,600 | 4.1 |
| Saltmarsh Point | 980,000 | +11.8 | 10.5 | 41,300 | 3.2 |
| Bramble Hollow | 455,000 | +2.5 | 4.9 | 29,700 | 1.3 |
| Other 38 parks | 4,360,000 | -0.9 | 46.9 | 151,000 | 8.5 |
| Total | 9,300,000 | +1.5 | 100.0 | 413,000 | 24.0 |

Budget

Operating revenue was $59.4 million: entrance fees $24.0 million (40%), a general fund appropriation of $22.4 million (38%), camping fees $9.9 million (17%) and concessions and other income $3.1 million (5%). Operating costs rose 6.8% to $64.6 million, mostly because of wages and utilities, leaving a shortfall of $5.2 million, which was covered from the Park Trust Fund. The fund's balance fell to $11.3 million, its lowest since 2013. Without new revenue, the department projects a shortfall of $7.9 million in fiscal 2026.

The day-use entrance fee, $8 per vehicle, has not changed since 2016. An annual pass costs $60.

Staffing

The department employed 614 full-time workers at year-end and hired 1,050 seasonal workers. Of the full-time staff, 187 are commissioned rangers, down from 236 in 2010, while visits have grown by more than a third since then. Each ranger now covers an average of 900 acres of the system's 168,000 acres.

Maintenance backlog

The department's list of deferred maintenance reached $412 million, up from $286 million in 2020. Water and sewer systems account for $148 million of it and roads, bridges and parking lots for $96 million. Thirty-one parks have at least one building or campground loop closed for repairs.

Marcus Oyelaran
Director
"""

O_RELEASE = """NEWS RELEASE
Tessaly State Senate, Office of the Majority Leader
November 20, 2025

Legislature passes Parks Forward Act: $185 million to repair state parks

The Tessaly Senate today gave final approval to the Parks Forward Act, a five-year, $185 million plan to reduce the maintenance backlog at the state's 42 parks, hire rangers and put the park system's budget on a sustainable footing. The Senate passed the bill 29-9, after the House of Delegates approved it 61-38 on November 13. It now goes to Governor Ana Whitcombe, who has said she will sign it.

"Our parks are where Tessaly families go to breathe," said Senator Delia Marchetti, the bill's sponsor. "For ten years we have been patching roofs and closing campgrounds. This bill starts to pay the bill we have been putting off."

Where the money comes from

- $110 million in general obligation bonds, 59% of the total
- $45 million from the state's budget surplus, 24%
- $30 million in federal matching funds through the Outdoor Recreation Legacy program, 16%

What the money buys

The Act directs $52 million to projects in its first year, fiscal 2026-27. The largest:

- Caldera Lake: $14.5 million to replace the park's sewage treatment plant, built in 1974
- Ironwood Gorge: $9.8 million to rebuild the Canyon Road bridge and stabilise the slope that failed last spring
- Saltmarsh Point: $6.2 million for a seawall and a new 300-car parking lot
- Bramble Hollow: $2.1 million for cabin and trail repairs

The remaining $19.4 million in the first year will be divided among the other parks by the Department of Parks and Recreation.

Rangers and fees

The Act funds 40 new ranger positions, 20 in each of the next two years, which would bring the force to 227. It also raises the day-use entrance fee from $8 to $10 per vehicle on March 1, 2026, the first increase in a decade, which the department estimates will bring in an additional $4.6 million a year. The annual pass stays at $60, and entry remains free for Tessaly veterans and for children on school trips.

The bill does not change the general fund appropriation for park operations, which is $22.4 million this year.

The $185 million would cover about 45% of the department's $412 million backlog. Senator Marchetti said she would introduce a second bill in 2027 to address the rest.

Media contact: Senate Majority Communications Office
"""

O_ARTICLE = """Rangers stretched thin as parks bill heads to governor

By Owen Kettleborough, The Tessaly Courier-Gazette
December 4, 2025

On a busy July weekend, Saltmarsh Point State Park was turning away cars by 10 a.m. It happened on 23 days last summer, up from 9 days in 2024, and the park's two rangers spent much of those days directing traffic on the coast road.

"We're not rangers anymore, we're parking attendants," said Lena Sturgis, 44, a ranger at Saltmarsh Point for 12 years and president of the Tessaly Park Rangers Association, which represents 164 of the state's 187 rangers.

The Parks Forward Act, which the legislature passed last month, would add 40 rangers and put $185 million into repairs over five years. Governor Ana Whitcombe, 61, is expected to sign it this month.

Rangers worked 41,000 hours of overtime in fiscal 2025, costing the department $2.3 million, according to figures the association obtained through a records request. Sturgis said the system had 236 rangers in 2010, "and a lot fewer visitors."

The bill's fee increase drew the most debate. Delegate Howard Lisle, 63, a Republican from Ironwood County who voted against the bill, said raising the day-use fee to $10 "puts a tax on a family's Saturday." The increase will raise about $4.6 million a year, but the department projects a $7.9 million shortfall in fiscal 2026, so the fee alone will not close the gap.

Director Marcus Oyelaran, 58, said the department would still have to draw on the Park Trust Fund, whose balance fell to $11.3 million in June. "If we keep drawing $5 million a year, that fund is gone in two years," he said.

At Ironwood Gorge, where a rockslide closed Canyon Road for 47 days in the spring, two of the park's four campgrounds are closed until the bridge is rebuilt. The park lost about 58,000 visits last year. The state will spend $9.8 million on the bridge and slope, and Oyelaran said work could start in September 2026 and take 14 months.

Caldera Lake, the system's busiest park with 2.14 million visits, sold out its 310 campsites on every summer weekend. Its sewage plant, more than 50 years old, failed an inspection in 2023.

A survey the department commissioned found that 71% of visitors were Tessaly residents and that visitors spent an estimated $640 million in nearby towns last year.

Sturgis said rangers were grateful for the bill but worried about the timing. "Twenty new rangers next year is a start," she said. "But we lost 49 since 2010, and the parks didn't get any smaller."
"""

O_SOURCES = [
    {"name": "tessaly-state-parks-annual-report-fy2025.txt", "text": O_REPORT},
    {"name": "tessaly-senate-parks-forward-act-release.txt", "text": O_RELEASE},
    {"name": "tessaly-courier-gazette-article.txt", "text": O_ARTICLE},
]

# --- O1: wire story ------------------------------------------------------------
O1 = """Tessaly parks bill goes to governor as visits hit a record

ASHFORD (Wire) — Tessaly lawmakers have sent Governor Ana Whitcombe a $185 million plan to repair the state's parks, after the Senate passed the Parks Forward Act 29-9 on Thursday.

The parks drew 9.3 million visits in fiscal 2025, up 1.5%, a record. Caldera Lake, the busiest park, had 2.14 million visits, while Ironwood Gorge fell 1.4% after a rockslide closed its main road for 47 days. Park visits in neighboring states rose about 3%.

The money would cover about 45% of a maintenance backlog that has grown to $412 million from $268 million in 2020. Bonds supply $110 million, to be repaid over 20 years, the state's budget surplus $30 million and federal matching funds $45 million.

In fiscal 2026-27 the plan directs $52 million to projects, including $6.2 million for the Canyon Road bridge at Ironwood Gorge.

The bill also raises the day-use entrance fee from $8 to $10 per vehicle, a 25% increase that the department expects to bring in an extra $4.6 million a year, and it funds 40 new rangers. The state has 187 rangers, down from 263 in 2010.

The park system ran a $5.2 million shortfall last year as operating costs rose 8.6% to $64.6 million, and it projects a gap of $7.9 million this year, so the fee increase would cover less than half of it.

Rangers worked 41,000 hours of overtime last year, according to the rangers' association, which represents 146 of them. Visitors spent an estimated $460 million in nearby towns, the department says.

Whitcombe, 63, has said she will sign the bill. She vetoed two spending bills in 2024, and the parks department last received bond money in 2008.
"""

O1_FIGS = [
    F("$185 million", S, note="release / article: a $185 million plan"),
    F("29", S, note="release: the Senate passed the bill 29-9"),
    F("9", S, note="release: 29-9"),
    F("9.3 million", S, note="report: 9.3 million visits"),
    F("2025", S, note="report: fiscal year 2025"),
    F("1.5%", S, note="report: up 1.5%, the most since counting began in 2006"),
    F("2.14 million", S, note="report table / article: Caldera Lake 2,140,000, the busiest park"),
    F("1.4%", C, "4.1%", note="report: Ironwood Gorge visits fell 4.1% (transposed digits)"),
    F("47", S, note="report / article: road closed for 47 days"),
    F("3%", U, note="no source gives visits in neighboring states"),
    F("45%", S, note="release: cover about 45% of the backlog"),
    F("$412 million", S, note="report / release: backlog $412 million"),
    F("$268 million", C, "$286 million", note="report: up from $286 million in 2020 (transposed digits)"),
    F("2020", S, note="report: $286 million in 2020"),
    F("$110 million", S, note="release: $110 million in bonds"),
    F("20", U, note="no source gives the bonds' term"),
    F("$30 million", C, "$45 million", note="release: budget surplus $45 million; $30 million is the federal match (swapped pair)"),
    F("$45 million", C, "$30 million", note="release: federal matching funds $30 million; $45 million is the surplus (swapped pair)"),
    F("2026-27", S, note="release: first year, fiscal 2026-27"),
    F("$52 million", S, note="release: $52 million to projects in fiscal 2026-27"),
    F("$6.2 million", C, "$9.8 million", note="release: Ironwood Gorge's Canyon Road bridge gets $9.8 million; $6.2 million is Saltmarsh Point's"),
    F("$8", S, note="report / release: day-use fee $8"),
    F("$10", S, note="release: to $10 per vehicle"),
    F("25%", S, derived=True, note="release: $10 / $8 = 1.25, a 25% increase"),
    F("$4.6 million", S, note="release / article: an additional $4.6 million a year"),
    F("40", S, note="release / article: 40 new ranger positions"),
    F("187", S, note="report / article: 187 rangers"),
    F("263", C, "236", note="report / article: 236 rangers in 2010 (transposed digits)"),
    F("2010", S, note="report / article"),
    F("$5.2 million", S, note="report: shortfall of $5.2 million"),
    F("8.6%", C, "6.8%", note="report: operating costs rose 6.8% (transposed digits)"),
    F("$64.6 million", S, note="report: operating costs $64.6 million"),
    F("$7.9 million", S, note="report / article: projected shortfall of $7.9 million in fiscal 2026"),
    F("half", C, "58%", derived=True, note="release / report: 4.6 / 7.9 = 58%, more than half, not 'less than half'"),
    F("41,000", S, note="article: 41,000 hours of overtime in fiscal 2025"),
    F("146", C, "164", note="article: the association represents 164 of the 187 rangers (transposed digits)"),
    F("$460 million", C, "$640 million", note="article: visitors spent an estimated $640 million (transposed digits)"),
    F("63", C, "61", note="article: Governor Ana Whitcombe, 61; 63 is Delegate Howard Lisle's age"),
    F("two", U, note="no source mentions the governor's vetoes"),
    F("2024", U, note="no source mentions the governor's vetoes"),
    F("2008", U, note="no source says when the parks last received bond money"),
]

# --- O2: opinion column: hedges and derived figures ----------------------------
O2 = """Opinion: A fee hike and a bond won't fix Tessaly's tired parks

By Gregory Anselm-Tate, guest columnist

I have camped at Bramble Hollow every August for 19 years, so I was glad to see the legislature pass the Parks Forward Act. But read the numbers before you celebrate.

Visits to the state parks reached 9.3 million last year, about 140,000 more than the year before. Caldera Lake alone drew more than a fifth of them, and Saltmarsh Point grew 11.8%, almost three times as fast as Bramble Hollow.

Meanwhile the ranger corps has shrunk from 236 to 178, a loss of about a fifth. The bill's 40 new rangers would restore all but nine of the lost positions, and not before 2028.

Rangers logged 41,000 hours of overtime last year at a cost of $2.3 million, or roughly $65 an hour. That is money spent on exhaustion.

The fee rise from $8 to $10 is a 20% jump. It will raise about $4.6 million a year against a projected shortfall of $7.9 million, leaving a hole of about $3.3 million. Entrance fees already supply nearly two thirds of operating revenue.

The $185 million bill borrows $110 million of it, nearly three fifths, and still covers less than a third of the $412 million backlog, which has grown 44% since 2020. Water and sewer systems alone account for $184 million, and Caldera Lake's sewage plant, built in 1947, gets $9.8 million.

The Park Trust Fund, which covered last year's $5.2 million shortfall, is down to $11.3 million, its lowest since 2003. Saltmarsh Point turned cars away on 32 days last summer, more than twice as many as the summer before.

Visitors spent $640 million in towns near the parks, about 27 times what they paid in entrance fees. Out-of-state visitors should pay more; neighboring Corvane charges $15 a car. My own family spends about $400 on each trip, and I would gladly pay another $5.
"""

O2_FIGS = [
    F("19", U, note="the columnist's own camping; no source"),
    F("9.3 million", S, note="report: 9.3 million visits in fiscal 2025"),
    F("140,000", S, derived=True, note="report: 9.3 million - 9.16 million = 140,000"),
    F("a fifth", S, note="report table: Caldera Lake 23.0% of visits, 'more than a fifth'"),
    F("11.8%", S, note="report table: Saltmarsh Point +11.8"),
    F("three times", C, "4.7 times", derived=True, note="report table: 11.8 / 2.5 (Bramble Hollow) = 4.7, almost five times, not three"),
    F("236", S, note="report / article: 236 rangers in 2010"),
    F("178", C, "187", note="report / article: 187 rangers now (transposed digits)"),
    F("a fifth", S, derived=True, note="report: (236 - 187) / 236 = 20.8%, 'about a fifth'"),
    F("40", S, note="release / article: 40 new rangers"),
    F("nine", S, derived=True, note="article: 49 lost since 2010; 49 - 40 = 9"),
    F("2028", U, note="release: 20 rangers in each of the next two years; no source gives a year they are all hired"),
    F("41,000", S, note="article: 41,000 hours of overtime"),
    F("$2.3 million", S, note="article: costing $2.3 million"),
    F("$65", C, "$56", derived=True, note="article: 2,300,000 / 41,000 = $56 an hour"),
    F("$8", S, note="report / release"),
    F("$10", S, note="release / article"),
    F("20%", C, "25%", derived=True, note="release: $10 / $8 = 1.25, a 25% rise"),
    F("$4.6 million", S, note="release / article"),
    F("$7.9 million", S, note="report / article: projected shortfall in fiscal 2026"),
    F("$3.3 million", S, derived=True, note="7.9 - 4.6 = 3.3"),
    F("two thirds", C, "40%", note="report: entrance fees are 40% of operating revenue, not nearly two thirds"),
    F("$185 million", S, note="release"),
    F("$110 million", S, note="release: bonds"),
    F("three fifths", S, note="release: bonds 59% of the total, 'nearly three fifths'"),
    F("a third", C, "45%", note="release: the $185 million covers about 45% of the backlog, not less than a third"),
    F("$412 million", S, note="report / release"),
    F("44%", S, derived=True, note="report: 412 / 286 = 1.441, up 44% since 2020"),
    F("2020", S, note="report: $286 million in 2020"),
    F("$184 million", C, "$148 million", note="report: water and sewer systems $148 million (transposed digits)"),
    F("1947", C, "1974", note="release: the sewage plant was built in 1974 (transposed digits)"),
    F("$9.8 million", C, "$14.5 million", note="release: Caldera Lake's sewage plant gets $14.5 million; $9.8 million is Ironwood Gorge's"),
    F("$5.2 million", S, note="report: shortfall covered from the Park Trust Fund"),
    F("$11.3 million", S, note="report / article: fund balance $11.3 million"),
    F("2003", C, "2013", note="report: its lowest since 2013"),
    F("32", C, "23", note="article: turned cars away on 23 days (transposed digits)"),
    F("twice", S, derived=True, note="article: 23 days / 9 days in 2024 = 2.6, 'more than twice'"),
    F("$640 million", S, note="article: visitors spent an estimated $640 million"),
    F("27 times", S, derived=True, note="report / article: 640 / 24.0 (entrance-fee revenue) = 26.7, 'about 27 times'"),
    F("$15", U, note="no source mentions a neighboring state's fee"),
    F("$400", U, note="the columnist's own spending; no source"),
    F("$5", U, note="the columnist's own offer; no source"),
]

# --- O3: explainer with a Markdown table -----------------------------------------
O3 = """# Explainer: What the Parks Forward Act means for Tessaly's parks

The Parks Forward Act, which the legislature sent to Governor Ana Whitcombe in November, puts $185 million into Tessaly's state parks. Here is how the four parks with the largest projects compare.

| Park | Visits, fiscal 2025 | Change | Camping nights | Money in 2026-27 |
|---|---|---|---|---|
| Caldera Lake | 2,140,000 | +6.2% | 118,400 | $14.5 million |
| Ironwood Gorge | 1,365,000 | +4.1% | 72,600 | $9.8 million |
| Saltmarsh Point | 980,000 | +11.8% | 29,700 | $6.2 million |
| Bramble Hollow | 455,000 | +2.5% | 41,300 | $1.2 million |

**Why these parks?** Together they drew a little over half of all visits, and Caldera Lake alone had 14.7% of them. The other 37 parks share $19.4 million.

**What went wrong at Ironwood Gorge?** A rockslide closed Canyon Road for 47 days last spring, and 12 miles of trails are still closed. Bridge work could start in September 2026 and take 18 months.

**Where does the money come from?** Bonds supply $110 million, to be repaid over 25 years, and federal matching funds $30 million; the rest comes from the budget surplus.

**What happens to fees?** The day-use fee, unchanged since 2006, rises from $8 to $12 per vehicle, and the annual pass stays at $65. Parking at Saltmarsh Point will cost an extra $3 on summer weekends.

**Why is there a shortfall?** Operating costs rose faster than revenue. Camping fees brought in $9.9 million, about $24 a night.

**What about rangers?** The Act adds 40 rangers, for a total of 272, and raises their starting pay by 4%.

**When does it start?** The governor is expected to sign it in December, and the bonds go on sale in spring 2027.
"""

O3_FIGS = [
    F("$185 million", S, note="release"),
    F("four", S, note="release: the four largest first-year projects (Caldera Lake, Ironwood Gorge, Saltmarsh Point, Bramble Hollow)"),
    F("2025", S, note="report table: fiscal 2025"),
    F("2026-27", S, note="release: first year, fiscal 2026-27"),
    F("2,140,000", S, note="report table: Caldera Lake"),
    F("6.2%", S, note="report table: Caldera Lake +6.2"),
    F("118,400", S, note="report table: Caldera Lake camping nights"),
    F("$14.5 million", S, note="release: Caldera Lake"),
    F("1,365,000", S, note="report table: Ironwood Gorge"),
    F("4.1%", C, "-4.1%", note="report table: Ironwood Gorge -4.1; the draft gives it as a rise"),
    F("72,600", S, note="report table: Ironwood Gorge camping nights"),
    F("$9.8 million", S, note="release: Ironwood Gorge"),
    F("980,000", S, note="report table: Saltmarsh Point"),
    F("11.8%", S, note="report table: Saltmarsh Point +11.8"),
    F("29,700", C, "41,300", note="report table: Saltmarsh Point 41,300 camping nights; 29,700 is Bramble Hollow's (swapped pair)"),
    F("$6.2 million", S, note="release: Saltmarsh Point"),
    F("455,000", S, note="report table: Bramble Hollow"),
    F("2.5%", S, note="report table: Bramble Hollow +2.5"),
    F("41,300", C, "29,700", note="report table: Bramble Hollow 29,700 camping nights; 41,300 is Saltmarsh Point's (swapped pair)"),
    F("$1.2 million", C, "$2.1 million", note="release: Bramble Hollow $2.1 million (transposed digits)"),
    F("half", S, derived=True, note="report table: (2,140,000 + 1,365,000 + 980,000 + 455,000) / 9,300,000 = 53.1%, 'a little over half'"),
    F("14.7%", C, "23.0%", note="report table: Caldera Lake 23.0% of visits; 14.7% is Ironwood Gorge's share"),
    F("37", C, "38", note="report table: the other 38 parks (42 - 4)"),
    F("$19.4 million", S, note="release: the remaining $19.4 million"),
    F("47", S, note="report / article"),
    F("12", U, note="no source gives miles of closed trails"),
    F("2026", S, note="article: work could start in September 2026"),
    F("18", C, "14", note="article: take 14 months"),
    F("$110 million", S, note="release: bonds"),
    F("25", U, note="no source gives the bonds' term"),
    F("$30 million", S, note="release: federal matching funds"),
    F("2006", C, "2016", note="report: the fee has not changed since 2016; 2006 is when visit counting began"),
    F("$8", S, note="report / release"),
    F("$12", C, "$10", note="release / article: the fee rises to $10"),
    F("$65", C, "$60", note="report / release: the annual pass stays at $60"),
    F("$3", U, note="no source mentions a parking charge"),
    F("$9.9 million", S, note="report: camping fees $9.9 million"),
    F("$24", S, derived=True, note="report: 9,900,000 / 413,000 camping nights = $23.97 a night"),
    F("40", S, note="release"),
    F("272", C, "227", note="release: would bring the force to 227 (transposed digits)"),
    F("4%", U, note="no source mentions rangers' pay"),
    F("2027", U, note="no source gives a date for the bond sale (2027 is the year of a second bill)"),
]

# --- O4: rangers' association newsletter, hard-wrapped near 80 columns --------
O4 = """# The Ranger's Log: what the Parks Forward Act means for us

*Tessaly Park Rangers Association newsletter, December 2025*

**The vote.** The Senate passed the Parks Forward Act 29-9, a week after the
House of Delegates approved it 61-38, and Governor Ana Whitcombe, 61, says she
will sign it. It puts $185 million into the parks and adds 40 rangers, and
lawmakers finally raised the day-use fee.

**Our numbers.** The association represents 164 of the state's 227 rangers. In
2010 there were 263 of us. Yet visits keep climbing, and each of us now covers
about 900 acres.

**Overtime.** We worked 41,000 hours of overtime in fiscal 2024, and it cost the
department $3.2 million. But the director says hiring is the only fix; he told
lawmakers a new ranger costs $78,000 a year with benefits.

**Saltmarsh Point.** Our president Lena Sturgis has worked there for 21 years.
The park turned cars away on 23 days last summer, 14 more than in 2024. It gets
$6.2 million for a seawall, while Caldera Lake gets $9.8 million for its sewage
plant.

**The money.**

- Bonds: $110 million, or 59% of the total
- Budget surplus: $45 million, or 42%
- Fee increase: about $4.6 million a year
- Backlog: $421 million

**The gap.** The department expects a $7.9 million shortfall in fiscal 2027, so
the fee leaves it $3.3 million short. And the Park Trust Fund is down to
$13.1 million, its lowest since 2013. Our own strike fund holds $240,000, and
dues stay at $38 a month.

**Next meeting.** Members meet on January 14 at 7 p.m. at Ironwood Gorge, which
lost about 85,000 visits last year and where the new bridge will take 14 months
to build.
"""

O4_FIGS = [
    F("2025", S, note="dateline; article: December 4, 2025"),
    F("29", S, note="release: 29-9"),
    F("9", S, note="release: 29-9"),
    F("61", S, note="release: the House approved it 61-38"),
    F("38", S, note="release: 61-38"),
    F("61", S, note="article: Governor Ana Whitcombe, 61"),
    F("$185 million", S, note="release / article"),
    F("40", S, note="release / article: 40 rangers"),
    F("164", S, note="article: the association represents 164 rangers"),
    F("227", C, "187", note="report / article: the state has 187 rangers; 227 is the force after the Act's hires"),
    F("2010", S, note="report / article"),
    F("263", C, "236", note="report / article: 236 rangers in 2010 (transposed digits)"),
    F("900", S, note="report: each ranger covers an average of 900 acres"),
    F("41,000", S, note="article: 41,000 hours of overtime"),
    F("2024", C, "2025", note="article: the overtime was in fiscal 2025"),
    F("$3.2 million", C, "$2.3 million", note="article: costing $2.3 million (transposed digits)"),
    F("$78,000", U, note="no source gives what a ranger costs"),
    F("21", C, "12", note="article: Lena Sturgis, a ranger at Saltmarsh Point for 12 years (transposed digits)"),
    F("23", S, note="article: 23 days last summer"),
    F("14", S, derived=True, note="article: 23 - 9 days in 2024 = 14"),
    F("2024", S, note="article: 9 days in 2024"),
    F("$6.2 million", S, note="release: Saltmarsh Point seawall ('It' = the park)"),
    F("$9.8 million", C, "$14.5 million", note="release: Caldera Lake's sewage plant $14.5 million; $9.8 million is Ironwood Gorge's"),
    F("$110 million", S, note="release"),
    F("59%", S, note="release"),
    F("$45 million", S, note="release: budget surplus"),
    F("42%", C, "24%", note="release: the surplus is 24% of the total (transposed digits)"),
    F("$4.6 million", S, note="release / article"),
    F("$421 million", C, "$412 million", note="report / release: backlog $412 million (transposed digits)"),
    F("$7.9 million", S, note="report / article"),
    F("2027", C, "2026", note="report / article: the $7.9 million shortfall is projected for fiscal 2026"),
    F("$3.3 million", S, derived=True, note="7.9 - 4.6 = 3.3"),
    F("$13.1 million", C, "$11.3 million", note="report / article: fund balance $11.3 million (transposed digits)"),
    F("2013", S, note="report: its lowest since 2013"),
    F("$240,000", U, note="no source mentions a strike fund"),
    F("$38", U, note="no source gives union dues"),
    F("14", U, note="no source gives a meeting date"),
    F("7", U, note="no source gives a meeting time"),
    F("85,000", C, "58,000", note="article: Ironwood Gorge lost about 58,000 visits (transposed digits)"),
    F("14", S, note="article: the bridge work would take 14 months"),
]

CASES = [
    ("fresh8-dev", "fresh-o", O_SOURCES, [
        ("wire.md", O1, O1_FIGS, "wire story"),
        ("opinion.md", O2, O2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, per-unit values)"),
        ("explainer.md", O3, O3_FIGS, "explainer with a Markdown table and question headings"),
        ("newsletter.md", O4, O4_FIGS, "rangers' association newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
