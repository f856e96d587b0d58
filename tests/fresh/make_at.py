#!/usr/bin/env python3
"""Generate tests/fresh/fresh23-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AT (fresh23-blind): a beach town's eroded shoreline and a sand
                      nourishment project (the Town of Brantley Beach): the
                      Department of Shoreline Management's 2025 beach
                      monitoring report excerpt (sand lost, beach width, two
                      storms, a table of five beach reaches' length, width
                      in two surveys, change, sand lost and dune height, the
                      last nourishment, beach badges, lifeguards, walkovers,
                      spending and the beach fund), the state Office of
                      Coastal Resilience's release on a $38.4 million
                      project, the town council's minutes (three dredging
                      bids, a bond for the town's share, a beach badge
                      increase, closures), a newspaper article as pumping
                      begins, the dredging contractor's weekly pumping log (a
                      table of eight weeks with a running total of sand
                      placed) and the beach patrol captain's hard-wrapped
                      email to the lifeguards

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_at.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AT: Brantley Beach's shoreline and its 2026 nourishment (fictional)
# ---------------------------------------------------------------------------

AT_REPORT = """Town of Brantley Beach
Department of Shoreline Management
2025 Beach Monitoring Report (excerpt)
Presented to the Town Council, January 2026

Summary

The town's 4.6 miles of ocean beach lost about 731,000 cubic yards of sand between the fall 2024 and fall 2025 surveys, the most in any year since monitoring began in 1998. The average width of the dry beach fell to 83 feet from 114 feet, a loss of 31 feet, or 27%.

Two storms did most of the damage: a nor'easter on Sunday, February 16, which brought waves of 19 feet offshore and a surge of 3.8 feet, and the remnants of Tropical Storm Lowell on Sunday, September 28.

Table 1. Beach reaches, fall 2024 and fall 2025 surveys

| Reach | Length (feet) | Dry beach width, fall 2024 (feet) | Dry beach width, fall 2025 (feet) | Change (feet) | Sand lost (cubic yards) | Dune crest (feet above sea level) |
|---|---|---|---|---|---|---|
| North End | 5,200 | 142 | 118 | -24 | 120,000 | 14.2 |
| Pier | 4,100 | 96 | 61 | -35 | 138,000 | 11.8 |
| Central | 5,600 | 118 | 84 | -34 | 183,000 | 12.6 |
| Dune Park | 4,900 | 131 | 109 | -22 | 104,000 | 15.1 |
| South Inlet | 4,500 | 74 | 31 | -43 | 186,000 | 9.4 |
| All reaches | 24,300 | 114 | 83 | -31 | 731,000 | |

South Inlet, next to the inlet jetty, lost the most width and the most sand and has the lowest dunes; at high tide in November the water reached the dune at 11 of its 14 beach entrances. Dune Park, where the dunes were planted with beach grass in 2021, lost the least.

The last nourishment

The beach was last nourished in 2019, when 1,100,000 cubic yards of sand were placed at a cost of $24.7 million. Since then it has lost an estimated 1,380,000 cubic yards, more than was placed.

Beach use

The town sold 61,400 season beach badges at $30 and 148,000 daily badges at $8, for $3.03 million in badge revenue. Its 64 lifeguards, working from 22 stands, made 212 rescues, 37 of them at South Inlet. The February storm damaged 9 of the town's 41 dune walkovers, which were repaired for $168,000.

Finances

The department spent $2.41 million in 2025: $1.38 million on lifeguards, $0.57 million on beach cleaning, $0.29 million on dune repairs and walkovers and $0.17 million on surveys and engineering. The beach fund, which holds money set aside for nourishment, ended the year at $6.2 million.
"""

AT_RELEASE = """STATE OFFICE OF COASTAL RESILIENCE
NEWS RELEASE
Wednesday, March 4, 2026
Contact: Imogen Hale, public affairs

$38.4 million project will rebuild Brantley Beach after its worst year of erosion

HALLORAN, March 4, 2026 - The State Office of Coastal Resilience today approved a $38.4 million project to rebuild the beach at Brantley Beach, the largest of seven beach projects the state will fund this year, worth $86.5 million in all.

A dredge will pump 1,450,000 cubic yards of sand from a borrow area 2.5 miles offshore onto the town's 4.6 miles of beach, restoring it to a width of at least 150 feet and raising the dunes to 16 feet above sea level. Work is to start in late April and finish by Friday, July 3, with pumping around the clock.

The state will pay $24.0 million from its Coastal Resilience Fund, 62.5% of the cost. The town will pay $9.6 million and Harlow County $4.8 million.

"Brantley Beach lost about 730,000 cubic yards of sand last year, and South Inlet lost more than half its width," said Director Paulina Strand. "Without this work, the next big storm reaches the houses."

The beach was last rebuilt in 2019. Beach tourism in Harlow County brings in about $410 million a year, the office estimates.
"""

AT_MINUTES = """TOWN OF BRANTLEY BEACH
Town Council
Minutes of the regular meeting, Tuesday, March 17, 2026, 7 p.m.
Town Hall council chambers

Present: Mayor Gail Fenstermacher; council members Curtis Allard, Bettina Kolb, Joanna Reyes and Hollis Trent (five of five). Staff: Town Engineer Wes Harrow; Finance Director Lorna Sato.

1. Call to order

The mayor called the meeting to order at 7:02 p.m.

2. Engineer's report

Mr. Harrow reported that the state approved the $38.4 million nourishment project on March 4. The fall survey put the average dry beach at 83 feet, and 31 feet at South Inlet, where the dunes stand 9.4 feet above sea level.

3. Dredging contract

Three bids were opened on March 10: Halvorsen Marine Dredging, $31,620,000; Atlantic Shore Contractors, $33,950,000; and Pelican Dredge Co., $35,480,000. Council Member Trent moved to award the contract to Halvorsen Marine Dredging, the lowest bidder, with a 5% contingency, $33,201,000 in all; Council Member Allard seconded. Carried 5-0.

4. The town's share

Ms. Sato proposed paying the town's $9.6 million share with a 15-year bond, with payments of about $851,000 a year at an expected rate of 3.8%, rather than drawing down the $6.2 million beach fund. Council Member Allard moved approval; Council Member Reyes seconded. Carried 4-1, Council Member Kolb voting no. Ms. Kolb said the town should use $3 million of the beach fund and borrow less.

5. Beach badges

Ms. Sato proposed raising the season beach badge to $35 from $30 and the daily badge to $10 from $8 for the 2026 season. At 2025 sales, the increase would bring in about $603,000 more a year. Council Member Reyes said a 25% increase in the daily badge would drive day-trippers to other towns. Council Member Trent moved approval; Mayor Fenstermacher seconded. Carried 3-2, council members Reyes and Kolb voting no.

6. Beach closures during the work

By consent, the council authorized the town engineer to close the beach in sections of up to 1,000 feet while sand is pumped.

7. Public comment

Four people spoke. Renata Coyle of Ocean Avenue said her house at South Inlet stands about 40 feet from the edge of the dune.

8. Adjournment

The meeting adjourned at 9:26 p.m. The next regular meeting is Tuesday, April 21, 2026.
"""

AT_ARTICLE = """Sand starts flowing at South Inlet, and so do the complaints

By Marco Ferris, The Brantley Beacon
Saturday, May 9, 2026

The pipe came ashore at South Inlet on Sunday, and by Monday morning a slurry of sand and seawater was pouring onto the town's thinnest stretch of beach.

By Friday night the dredge Cape Ardent had pumped about 104,000 cubic yards of sand, according to Halvorsen Marine Dredging, which won the $31.62 million contract. The whole project, paid for by the state, the town and Harlow County, will cost $38.4 million and place 1,450,000 cubic yards along 4.6 miles of beach.

Renata Coyle, 71, has lived on Ocean Avenue since 1994. Last fall the dry beach in front of her house was 31 feet wide. "This week I watched it grow by a football field," she said.

Not everyone is cheering. Dev Sandoval, 58, whose parents opened the Sandpiper Motel in 1979, said bookings for May were down 15% from last year, and he blamed the closures. The town closes the beach 1,000 feet at a time while pipe is laid and sand is spread, and the work runs 24 hours a day.

The beach badge costs more this year, too: $35 for the season, up from $30, after a 3-2 council vote.

Town Engineer Wes Harrow, 49, said the crew of 46 was on schedule to finish by July 3. "The ocean gets a vote," he said. "So far it's voting with us."

The beach was last rebuilt in 2019, and it lost 731,000 cubic yards of sand last year alone, the town says.
"""

AT_LOG = """Brantley Beach nourishment - weekly pumping log
Halvorsen Marine Dredging for the Town of Brantley Beach; dredge Cape Ardent
Weeks ending May 9 to June 27, 2026; design volume 1,450,000 cubic yards

| Week ending | Main reach | Cubic yards placed | Cubic yards, project to date | Share of design volume to date (%) | Hours lost to weather or repairs |
|---|---|---|---|---|---|
| May 9 | South Inlet | 118,000 | 118,000 | 8.1 | 0 |
| May 16 | South Inlet | 176,000 | 294,000 | 20.3 | 6 |
| May 23 | South Inlet | 184,000 | 478,000 | 33.0 | 0 |
| May 30 | Pier | 142,000 | 620,000 | 42.8 | 38 |
| Jun 6 | Pier | 191,000 | 811,000 | 55.9 | 4 |
| Jun 13 | Central | 187,000 | 998,000 | 68.8 | 0 |
| Jun 20 | Central | 163,000 | 1,161,000 | 80.1 | 14 |
| Jun 27 | North End | 179,000 | 1,340,000 | 92.4 | 9 |
| 8 weeks | | 1,340,000 | | | 71 |

Notes

- Pumping began on Monday, May 4.
- The best day was Tuesday, June 2, when the dredge placed 31,400 cubic yards.
- The 38 hours lost in the week ending May 30 were to a storm that kept the dredge in port from Tuesday to Thursday.
- Remaining at June 27: 110,000 cubic yards, for North End and Dune Park. Expected completion: Friday, July 10, a week later than planned.
- The contract pays $21.81 a cubic yard placed.
"""

AT_EMAIL = """From: Captain Dana Kesler, Brantley Beach Patrol
To: All lifeguards
Date: Friday, May 22, 2026
Subject: Opening weekend, the dredge and your pay

Hi all,

We open tomorrow, Saturday, May 23, with 14 of our 22 stands staffed. All
22 open on Saturday, June 13. We have 64 guards on the roster this summer,
17 of them rookies who passed the ocean test last weekend.

Pay: the council approved $19.50 an hour for returning guards, up from
$18.00. Rookies start at $18.00.

The dredge: pumping moves from South Inlet to the Pier reach next week,
and the pipe will be there for about three weeks. The engineer closes the
beach 1,000 feet at a time. No stand will open within 500 feet of the
discharge, so stands 9, 10 and 11 stay closed until the pipe moves on.
Keep swimmers out of the water in front of the work; the slope off the new
sand is steep.

South Inlet is already about 150 feet wide. Last summer we made 212
rescues, 37 of them at South Inlet, and I expect more there this year
with so many new visitors on the new beach.

Rookie training is Wednesday at 6 p.m. at Stand 1.

Captain Kesler
"""

AT_POOL = {
    "report": {"name": "brantley-beach-monitoring-report-2025.md", "text": AT_REPORT},
    "release": {"name": "coastal-resilience-brantley-release-2026-03-04.txt", "text": AT_RELEASE},
    "minutes": {"name": "brantley-beach-council-minutes-2026-03-17.txt", "text": AT_MINUTES},
    "article": {"name": "brantley-beacon-sand-starts-flowing.txt", "text": AT_ARTICLE},
    "log": {"name": "halvorsen-pumping-log-2026.md", "text": AT_LOG},
    "email": {"name": "beach-patrol-captain-email-2026-05-22.txt", "text": AT_EMAIL},
}

# --- AT1: wire story (sources: report, release) ------------------------------------------
AT1 = """Brantley Beach lost a record amount of sand in 2025; the state will pay for a rebuild

HALLORAN (Coast Wire) - Brantley Beach's 4.6 miles of ocean beach lost about 731,000 cubic yards of sand in 2025, the town's shoreline department said in its annual monitoring report. The average dry beach narrowed to 83 feet from 141 feet.

A nor'easter on Feb. 16 and the remnants of Tropical Storm Lowell on Sept. 26 did most of the damage. South Inlet, the worst-hit reach, lost 43 feet of width and now averages 31 feet, less than half of its 74 a year earlier.

On Wednesday the State Office of Coastal Resilience approved a $38.4 million project to pump 1,540,000 cubic yards of sand onto the beach, widening it to at least 150 feet. The state will pay $24.0 million, or 62.5%, and the town and Harlow County the rest. That comes to about $26 a cubic yard.

The beach was last nourished in 2019, when 1,100,000 cubic yards cost $24.7 million. Officials expect the new sand to last 12 years.
"""

AT1_FIGS = [
    F("2025", S, note="report: sand lost between the fall 2024 and fall 2025 surveys"),
    F("4.6", S, note="report: the town's 4.6 miles of ocean beach"),
    F("731,000", S, note="report: lost about 731,000 cubic yards of sand"),
    F("2025", S, note="report: 2025 beach monitoring report, fall 2025 survey"),
    F("83", S, note="report: the average width of the dry beach fell to 83 feet"),
    F("141", C, "114", note="report: from 114 feet (transposed digits)"),
    F("16", S, note="report: a nor'easter on Sunday, February 16"),
    F("26", C, "28", note="report: the remnants of Tropical Storm Lowell on Sunday, September 28"),
    F("43", S, note="report table: South Inlet -43 feet, the most width lost"),
    F("31", S, note="report table: South Inlet 31 feet, fall 2025"),
    F("half", S, derived=True, note="report table: 31 / 74 = 41.9%, 'less than half'"),
    F("74", S, note="report table: South Inlet 74 feet, fall 2024"),
    F("$38.4 million", S, note="release: approved a $38.4 million project"),
    F("1,540,000", C, "1,450,000", note="release: a dredge will pump 1,450,000 cubic yards of sand (transposed digits)"),
    F("150", S, note="release: restoring it to a width of at least 150 feet"),
    F("$24.0 million", S, note="release: the state will pay $24.0 million"),
    F("62.5%", S, note="release: 62.5% of the cost"),
    F("$26", S, derived=True, note="release: $38.4 million / 1,450,000 cubic yards = $26.48, 'about $26'"),
    F("2019", S, note="report / release: the beach was last nourished in 2019"),
    F("1,100,000", S, note="report: 1,100,000 cubic yards of sand were placed"),
    F("$24.7 million", S, note="report: at a cost of $24.7 million"),
    F("12", U, note="no source gives how long the new sand should last"),
]

# --- AT2: opinion column (sources: article, minutes) -------------------------------------
AT2 = """# The beach is for everyone. The badge price should say so.

*Opinion | By Celia Marsh*

The sand is flowing at South Inlet, and good. Renata Coyle, 71, who has lived on Ocean Avenue since 1994, 32 years, told the council in March that her house stands about 40 feet from the edge of the dune. A beach that was 31 feet wide last fall will be a real beach again.

The council did its part on the contract. It took the lowest of three dredging bids, Halvorsen's $31,620,000, $2,330,000 under the next, and approved it 5-0.

Then it voted 4-1 to raise the season badge to $35 from $30 and the daily badge to $10 from $8, a 20% jump for day-trippers, to raise about $603,000 a year. Council Member Joanna Reyes warned that day-trippers would go to other towns.

The town is putting $38.4 million of sand on its beach. It can spare a family from out of town the extra $2. I would hold the daily badge at $8 for two more summers.
"""

AT2_FIGS = [
    F("71", S, note="article: Renata Coyle, 71"),
    F("1994", S, note="article: has lived on Ocean Avenue since 1994"),
    F("32", S, derived=True, note="article: dated 2026; 2026 - 1994 = 32 years"),
    F("40", S, note="minutes: her house at South Inlet stands about 40 feet from the edge of the dune"),
    F("31", S, note="article: last fall the dry beach in front of her house was 31 feet wide"),
    F("three", S, note="minutes: three bids were opened on March 10"),
    F("$31,620,000", S, note="minutes: Halvorsen Marine Dredging, $31,620,000, the lowest bidder"),
    F("$2,330,000", S, derived=True, note="minutes: Atlantic Shore Contractors $33,950,000 - $31,620,000 = $2,330,000"),
    F("5", S, note="minutes: the dredging contract carried 5-0"),
    F("0", S, note="minutes: carried 5-0"),
    F("4", C, "3", note="minutes: the beach badges carried 3-2; 4-1 is the bond vote's tally"),
    F("1", C, "2", note="minutes: carried 3-2, council members Reyes and Kolb voting no"),
    F("$35", S, note="minutes: the season beach badge to $35"),
    F("$30", S, note="minutes: from $30"),
    F("$10", S, note="minutes: the daily badge to $10"),
    F("$8", S, note="minutes: from $8"),
    F("20%", C, "25%", note="minutes: Reyes, a 25% increase in the daily badge ($10 from $8)"),
    F("$603,000", S, note="minutes: about $603,000 more a year"),
    F("$38.4 million", S, note="article / minutes: the $38.4 million project"),
    F("$2", S, derived=True, note="minutes: daily badge $10 - $8 = $2"),
    F("$8", S, note="minutes: the daily badge from $8"),
    F("two", U, note="the columnist's own proposal; no source gives it"),
]

# --- AT3: explainer with a Markdown table (sources: report, log) --------------------------
AT3 = """# How much sand is going on Brantley Beach, and where?

### How much did the beach lose?

About 731,000 cubic yards in 2025, according to the town's shoreline department, and the dry beach narrowed by 31 feet on average. South Inlet lost the most, 186,000 cubic yards, about a quarter of the total.

### How fast is the sand going back?

| Week ending | Cubic yards placed | Project to date |
|---|---|---|
| May 23 | 148,000 | 478,000 |
| May 30 | 142,000 | 602,000 |
| Jun 6 | 191,000 | 811,000 |

By June 27 the dredge had placed 1,340,000 cubic yards, about 167,500 a week. The week ending May 30 was the slowest since the opening week, after a storm kept the dredge in port.

### Is it more than last time?

Yes. In 2019 the town placed 1,100,000 cubic yards; this project's 1,450,000 is about 23% more.

### When will it be done?

The contractor now expects to finish on Friday, July 10, a week late. The town plans a ribbon-cutting for July 18.
"""

AT3_FIGS = [
    F("731,000", S, note="report: lost about 731,000 cubic yards of sand"),
    F("2025", S, note="report: between the fall 2024 and fall 2025 surveys"),
    F("31", S, note="report: a loss of 31 feet"),
    F("186,000", S, note="report table: South Inlet 186,000 cubic yards lost, the most"),
    F("a quarter", S, derived=True, note="report table: 186,000 / 731,000 = 25.4%, 'about a quarter'"),
    F("23", S, note="log: week ending May 23"),
    F("148,000", C, "184,000", note="log: May 23, 184,000 cubic yards placed (transposed digits)"),
    F("478,000", S, note="log: May 23, 478,000 project to date"),
    F("30", S, note="log: week ending May 30"),
    F("142,000", S, note="log: May 30, 142,000 cubic yards placed"),
    F("602,000", C, "620,000", note="log: May 30, 620,000 project to date (transposed digits)"),
    F("6", S, note="log: week ending Jun 6"),
    F("191,000", S, note="log: Jun 6, 191,000 cubic yards placed"),
    F("811,000", S, note="log: Jun 6, 811,000 project to date"),
    F("27", S, note="log: week ending Jun 27"),
    F("1,340,000", S, note="log: Jun 27, 1,340,000 project to date"),
    F("167,500", S, derived=True, note="log: 1,340,000 / 8 weeks = 167,500"),
    F("30", S, note="log: week ending May 30, 142,000, the fewest after the week ending May 9; 38 hours lost to a storm"),
    F("2019", S, note="report: the beach was last nourished in 2019"),
    F("1,100,000", S, note="report: 1,100,000 cubic yards of sand were placed"),
    F("1,450,000", S, note="log: design volume 1,450,000 cubic yards"),
    F("23%", C, "32%", derived=True, note="report / log: 1,450,000 / 1,100,000 = 1.318, about 32% more"),
    F("10", S, note="log: expected completion Friday, July 10, a week later than planned"),
    F("18", U, note="no source mentions a ribbon-cutting"),
]

# --- AT4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AT4 = """# South Inlet Homeowners: May 2026 newsletter

**The sand is here.** The state's $38.4 million project will put 1,450,000
cubic yards of sand on our 4.6 miles of beach and widen it to at least 150
feet, with dunes raised to 61 feet. Pumping started at South Inlet on
Monday, May 4, and the Beacon reported 104,000 cubic yards placed by that
Friday night. Work is due to finish by July 3.

**Neighbors in the news.** Renata Coyle, 71, of Ocean Avenue told the
Beacon she watched the beach grow by a football field in a week. But Dev
Sandoval, 58, says his motel's May bookings fell 15%, and he blames the
closures.

**Lifeguards.** Captain Dana Kesler says 14 of 22 stands open on May 23
and all 22 on June 13. Of her 64 guards, 17 are rookies. Last summer they
made 212 rescues, 73 of them at South Inlet.

**Our meeting.** The association meets on June 6 at the firehouse. Dues
are $40 a year.
"""

AT4_FIGS = [
    F("2026", S, note="email / release / article: the sources are dated 2026"),
    F("$38.4 million", S, note="release / article: a $38.4 million project"),
    F("1,450,000", S, note="release / article: 1,450,000 cubic yards of sand"),
    F("4.6", S, note="release / article: the town's 4.6 miles of beach"),
    F("150", S, note="release: a width of at least 150 feet"),
    F("61", C, "16", note="release: raising the dunes to 16 feet above sea level (transposed digits)"),
    F("4", S, derived=True, note="article: dated Saturday, May 9, 2026; sand pouring by Monday morning, May 4"),
    F("104,000", S, note="article: by Friday night the dredge had pumped about 104,000 cubic yards"),
    F("3", S, note="release / article: finish by Friday, July 3"),
    F("71", S, note="article: Renata Coyle, 71"),
    F("58", S, note="article: Dev Sandoval, 58"),
    F("15%", S, note="article: bookings for May were down 15%"),
    F("14", S, note="email: we open Saturday, May 23, with 14 of our 22 stands staffed"),
    F("22", S, note="email: our 22 stands"),
    F("23", S, note="email: Saturday, May 23"),
    F("22", S, note="email: all 22 open on Saturday, June 13"),
    F("13", S, note="email: Saturday, June 13"),
    F("64", S, note="email: we have 64 guards on the roster"),
    F("17", S, note="email: 17 of them rookies"),
    F("212", S, note="email: last summer we made 212 rescues"),
    F("73", C, "37", note="email: 37 of them at South Inlet (transposed digits)"),
    F("6", U, note="the association's own meeting; no source gives it"),
    F("$40", U, note="the association's own dues; no source gives them"),
]

# --- AT5: blog post (sources: minutes, log) -----------------------------------------------
AT5 = """## Dredge diary: the contract, the bond and the sand so far

*Posted by Lou Brandt | Brantley Shore Notes*

Back in March the town council opened three bids for the dredging job. Halvorsen Marine Dredging won at $31,620,000, nearly $4 million under Pelican Dredge's $35,480,000, and with a 5% contingency the council approved $33,102,000 on a 5-0 vote.

The town's $9.6 million share will be paid with a 15-year bond at about $815,000 a year. That passed 4-1, with Bettina Kolb wanting to draw on the $6.2 million beach fund instead.

Now the fun part. Halvorsen's pumping log shows 1,340,000 cubic yards placed by June 27, 92.4% of the 1,450,000 design volume. At $21.81 a cubic yard, that is about $29.2 million so far. The finish has slipped to July 10, a week late, after 71 hours were lost to weather and repairs.

My money says the last pipe comes off the beach on July 8.
"""

AT5_FIGS = [
    F("three", S, note="minutes: three bids were opened on March 10"),
    F("$31,620,000", S, note="minutes: Halvorsen Marine Dredging, $31,620,000, the lowest bidder"),
    F("$4 million", S, derived=True, note="minutes: $35,480,000 - $31,620,000 = $3,860,000, 'nearly $4 million'"),
    F("$35,480,000", S, note="minutes: Pelican Dredge Co., $35,480,000"),
    F("5%", S, note="minutes: with a 5% contingency"),
    F("$33,102,000", C, "$33,201,000", note="minutes: $33,201,000 in all (transposed digits)"),
    F("5", S, note="minutes: carried 5-0"),
    F("0", S, note="minutes: carried 5-0"),
    F("$9.6 million", S, note="minutes: the town's $9.6 million share"),
    F("15", S, note="minutes: a 15-year bond"),
    F("$815,000", C, "$851,000", note="minutes: payments of about $851,000 a year (transposed digits)"),
    F("4", S, note="minutes: carried 4-1"),
    F("1", S, note="minutes: carried 4-1, Council Member Kolb voting no"),
    F("$6.2 million", S, note="minutes: the $6.2 million beach fund"),
    F("1,340,000", S, note="log: Jun 27, 1,340,000 cubic yards project to date"),
    F("27", S, note="log: week ending Jun 27"),
    F("92.4%", S, note="log: Jun 27, 92.4% of design volume"),
    F("1,450,000", S, note="log: design volume 1,450,000 cubic yards"),
    F("$21.81", S, note="log: the contract pays $21.81 a cubic yard placed"),
    F("$29.2 million", S, derived=True, note="log: 1,340,000 x $21.81 = $29,225,400"),
    F("10", S, note="log: expected completion Friday, July 10, a week later than planned"),
    F("71", S, note="log: 8 weeks, 71 hours lost to weather or repairs"),
    F("8", U, note="the blogger's own guess; no source gives it"),
]

# --- AT6: briefing memo with bullets (sources: report, email) ----------------------------
AT6 = """MEMO
To: Town Manager Philip Oduya
From: Recreation staff
Re: Beach patrol and beach use, for the budget workshop

- **Lifeguards:** 64 guards made 212 rescues last year from 22 stands, 37 of them at South Inlet, about 17%. This summer the roster is again 64, with 17 rookies; the patrol wants 6 more guards.
- **Pay:** returning guards now get $19.50 an hour, up about 10% from $18.00.
- **Cost:** lifeguards cost $1.38 million in 2025, 57% of the department's $2.41 million.
- **Badges:** 61,400 season badges at $30 and 184,000 daily badges at $8 brought in $3.03 million.
- **Walkovers:** the February storm damaged 9 of the 41 dune walkovers; repairs cost $186,000.
- **Request:** a new lifeguard stand at South Inlet would cost $28,000.
"""

AT6_FIGS = [
    F("64", S, note="report: its 64 lifeguards"),
    F("212", S, note="report: made 212 rescues"),
    F("22", S, note="report: working from 22 stands"),
    F("37", S, note="report: 37 of them at South Inlet"),
    F("17%", S, derived=True, note="report: 37 / 212 = 17.5%"),
    F("64", S, note="email: we have 64 guards on the roster this summer"),
    F("17", S, note="email: 17 of them rookies"),
    F("6", U, note="no source says the patrol wants more guards"),
    F("$19.50", S, note="email: $19.50 an hour for returning guards"),
    F("10%", C, "8.3%", derived=True, note="email: $19.50 / $18.00 = 1.083, up 8.3%"),
    F("$18.00", S, note="email: up from $18.00"),
    F("$1.38 million", S, note="report: $1.38 million on lifeguards"),
    F("2025", S, note="report: the department spent $2.41 million in 2025"),
    F("57%", S, derived=True, note="report: $1.38 million / $2.41 million = 57.3%"),
    F("$2.41 million", S, note="report: the department spent $2.41 million"),
    F("61,400", S, note="report: 61,400 season beach badges"),
    F("$30", S, note="report: at $30"),
    F("184,000", C, "148,000", note="report: 148,000 daily badges (transposed digits)"),
    F("$8", S, note="report: at $8"),
    F("$3.03 million", S, note="report: for $3.03 million in badge revenue"),
    F("9", S, note="report: the February storm damaged 9 of the town's 41 dune walkovers"),
    F("41", S, note="report: the town's 41 dune walkovers"),
    F("$186,000", C, "$168,000", note="report: repaired for $168,000 (transposed digits)"),
    F("$28,000", U, note="no source gives the cost of a lifeguard stand"),
]

# --- AT7: radio script (sources: release, minutes) ----------------------------------------
AT7 = """WBRB Coast Report - the beach rebuild
Anchor read

Brantley Beach is getting its sand back. In March the State Office of Coastal Resilience approved a $38.4 million project, the largest of six beach projects the state is funding this year. A dredge will pump 1,450,000 cubic yards of sand from 2.5 miles offshore and widen the beach to at least 150 feet.

The state is paying $24.0 million. Two weeks later the town council hired Halvorsen Marine Dredging, the lowest of three bidders, at $31.62 million, and voted 4-1 to borrow the town's $9.6 million share over 15 years. It also raised the season beach badge to $35 from $30, on a 5-0 vote.

The work runs around the clock, and the beach will close 1,000 feet at a time. The town says the project will bring 300 construction jobs.
"""

AT7_FIGS = [
    F("$38.4 million", S, note="release: approved a $38.4 million project"),
    F("six", C, "seven", note="release: the largest of seven beach projects the state will fund this year"),
    F("1,450,000", S, note="release: a dredge will pump 1,450,000 cubic yards"),
    F("2.5", S, note="release: from a borrow area 2.5 miles offshore"),
    F("150", S, note="release: a width of at least 150 feet"),
    F("$24.0 million", S, note="release: the state will pay $24.0 million"),
    F("Two", S, derived=True, note="release / minutes: approved on March 4; the council met on March 17, 13 days later"),
    F("three", S, note="minutes: three bids were opened"),
    F("$31.62 million", S, note="minutes: Halvorsen Marine Dredging, $31,620,000, the lowest bidder"),
    F("4", S, note="minutes: the bond carried 4-1"),
    F("1", S, note="minutes: carried 4-1"),
    F("$9.6 million", S, note="minutes: the town's $9.6 million share"),
    F("15", S, note="minutes: a 15-year bond"),
    F("$35", S, note="minutes: the season beach badge to $35"),
    F("$30", S, note="minutes: from $30"),
    F("5", C, "3", note="minutes: the beach badges carried 3-2; 5-0 is the dredging contract's tally"),
    F("0", C, "2", note="minutes: carried 3-2, council members Reyes and Kolb voting no"),
    F("1,000", S, note="minutes: close the beach in sections of up to 1,000 feet"),
    F("300", U, note="no source gives the project's jobs"),
]

# --- AT8: Q&A (sources: article, log) -----------------------------------------------------
AT8 = """## The beach project: your questions

**When did pumping start?** Monday, May 4, at South Inlet. By that Friday the Beacon counted about 104,000 cubic yards; the contractor's log puts the full week at 118,000.

**How much is done?** By June 27, 1,340,000 cubic yards, or 92.4% of the 1,450,000 planned.

**Will it finish on time?** No. The target was July 3; the contractor now expects July 10. A storm kept the dredge in port from Tuesday to Thursday in late May, costing 83 hours.

**Why is the beach closed?** The town closes it 1,000 feet at a time, and the work runs 24 hours a day with a crew of 64.

**Who is paying?** The state, the town and Harlow County. The project costs $38.4 million and the dredging contract $31.62 million, or $21.18 a cubic yard. The dredge burns 9,000 gallons of fuel a day.

**Is it worth it?** Renata Coyle, 71, says her beach was 31 feet wide last fall. Dev Sandoval, 58, says his May bookings are down 15%. The town says the new beach will last until 2034.
"""

AT8_FIGS = [
    F("4", S, note="log: pumping began on Monday, May 4"),
    F("104,000", S, note="article: by Friday night the dredge had pumped about 104,000 cubic yards"),
    F("118,000", S, note="log: week ending May 9, 118,000 cubic yards placed"),
    F("27", S, note="log: week ending Jun 27"),
    F("1,340,000", S, note="log: Jun 27, 1,340,000 project to date"),
    F("92.4%", S, note="log: Jun 27, 92.4% of design volume"),
    F("1,450,000", S, note="log / article: design volume 1,450,000 cubic yards"),
    F("3", S, note="article: on schedule to finish by July 3"),
    F("10", S, note="log: expected completion Friday, July 10"),
    F("83", C, "38", note="log: the 38 hours lost in the week ending May 30 (transposed digits)"),
    F("1,000", S, note="article: the town closes the beach 1,000 feet at a time"),
    F("24", S, note="article: the work runs 24 hours a day"),
    F("64", C, "46", note="article: the crew of 46 (transposed digits)"),
    F("$38.4 million", S, note="article: will cost $38.4 million"),
    F("$31.62 million", S, note="article: the $31.62 million contract"),
    F("$21.18", C, "$21.81", note="log: the contract pays $21.81 a cubic yard placed (transposed digits)"),
    F("9,000", U, note="no source gives the dredge's fuel use"),
    F("71", S, note="article: Renata Coyle, 71"),
    F("31", S, note="article: last fall the dry beach in front of her house was 31 feet wide"),
    F("58", S, note="article: Dev Sandoval, 58"),
    F("15%", S, note="article: bookings for May were down 15%"),
    F("2034", U, note="no source gives how long the new beach will last"),
]

# --- AT9: LLM-style summary with bullets (sources: report, article) ----------------------
AT9 = """**Summary: Brantley Beach's erosion and the 2026 rebuild**

- **Erosion:** 731,000 cubic yards lost in 2025; the average dry beach is 83 feet, down from 114, a loss of 27%.
- **Worst reach:** South Inlet, down 43 feet to 31, with 168,000 cubic yards lost.
- **Storms:** a nor'easter on February 16 brought a surge of 8.3 feet.
- **Rebuild:** $38.4 million for 1,450,000 cubic yards of sand; the dredging contract is $31.62 million, and about 104,000 cubic yards were placed in the opening week.
- **Beach use:** 61,400 season badges were sold at $30; the season badge now costs $35, up about 17%.
- **History:** last rebuilt in 2019, when 1,100,000 cubic yards cost $27.4 million. Sea level has risen 9 inches since monitoring began.
"""

AT9_FIGS = [
    F("2026", S, note="article: the rebuild under way in May 2026"),
    F("731,000", S, note="report / article: 731,000 cubic yards of sand lost"),
    F("2025", S, note="report: between the fall 2024 and fall 2025 surveys"),
    F("83", S, note="report: the average width of the dry beach fell to 83 feet"),
    F("114", S, note="report: from 114 feet"),
    F("27%", S, note="report: a loss of 31 feet, or 27%"),
    F("43", S, note="report table: South Inlet -43 feet"),
    F("31", S, note="report table: South Inlet 31 feet, fall 2025"),
    F("168,000", C, "186,000", note="report table: South Inlet 186,000 cubic yards lost (transposed digits)"),
    F("16", S, note="report: a nor'easter on Sunday, February 16"),
    F("8.3", C, "3.8", note="report: a surge of 3.8 feet (transposed digits)"),
    F("$38.4 million", S, note="article: the project will cost $38.4 million"),
    F("1,450,000", S, note="article: place 1,450,000 cubic yards"),
    F("$31.62 million", S, note="article: the $31.62 million contract"),
    F("104,000", S, note="article: by Friday night the dredge had pumped about 104,000 cubic yards"),
    F("61,400", S, note="report: the town sold 61,400 season beach badges"),
    F("$30", S, note="report / article: at $30"),
    F("$35", S, note="article: $35 for the season, up from $30"),
    F("17%", S, derived=True, note="article: $35 / $30 = 1.167"),
    F("2019", S, note="report / article: the beach was last nourished in 2019"),
    F("1,100,000", S, note="report: 1,100,000 cubic yards of sand were placed"),
    F("$27.4 million", C, "$24.7 million", note="report: at a cost of $24.7 million (transposed digits)"),
    F("9", U, note="no source gives a rise in sea level"),
]

# --- AT10: business association bulletin, hard-wrapped (sources: email, minutes, log) -----
AT10 = """# Brantley Beach Business Association: June 2026 bulletin

**Where the dredge is.** Halvorsen's log shows 1,340,000 cubic yards of
sand placed by June 27, with the work now at North End. The finish has
slipped a week, to Friday, July 10, so the holiday crowds will share the
beach with the pipe.

**Badges.** The council voted 3-2 in March to raise the season badge to
$35 and the daily badge to $10 from $8. Lorna Sato, the finance director,
put the gain at about $630,000 a year. She also set up the town's 15-year
bond for its share of the project. But two council members, Reyes and
Kolb, voted against the badge increase.

**Lifeguards.** Captain Dana Kesler has 64 guards and opened all 22 stands
on June 13. Returning guards now earn $19.50 an hour, $1.50 more than last
year.

**Closures.** The engineer can close up to 1,000 feet of beach at a time.
Yet the pumping lost 17 hours to weather and repairs over eight weeks.

**Mixer.** Our summer mixer is on June 25 at the Sandpiper Motel; members
pay $15.
"""

AT10_FIGS = [
    F("2026", S, note="email / minutes / log: the sources are dated 2026"),
    F("1,340,000", S, note="log: Jun 27, 1,340,000 cubic yards project to date"),
    F("27", S, note="log: week ending Jun 27, main reach North End"),
    F("10", S, note="log: expected completion Friday, July 10, a week later than planned"),
    F("3", S, note="minutes: the beach badges carried 3-2"),
    F("2", S, note="minutes: carried 3-2"),
    F("$35", S, note="minutes: the season beach badge to $35"),
    F("$10", S, note="minutes: the daily badge to $10"),
    F("$8", S, note="minutes: from $8"),
    F("$630,000", C, "$603,000", note="minutes: about $603,000 more a year (transposed digits)"),
    F("15", S, note="minutes: a 15-year bond for the town's $9.6 million share"),
    F("two", S, note="minutes: council members Reyes and Kolb voting no"),
    F("64", S, note="email: 64 guards on the roster this summer"),
    F("22", S, note="email: all 22 open on Saturday, June 13"),
    F("13", S, note="email: Saturday, June 13"),
    F("$19.50", S, note="email: $19.50 an hour for returning guards"),
    F("$1.50", S, derived=True, note="email: $19.50 - $18.00 = $1.50"),
    F("1,000", S, note="minutes / email: close the beach in sections of up to 1,000 feet"),
    F("17", C, "71", note="log: 8 weeks, 71 hours lost to weather or repairs (transposed digits)"),
    F("eight", S, note="log: 8 weeks"),
    F("25", U, note="the association's own mixer; no source gives it"),
    F("$15", U, note="the association's own charge; no source gives it"),
]

# --- AT11: letter to the editor (sources: release, log) ----------------------------------
AT11 = """Letter: The beach is worth it. Tell us the real schedule.

To the editor:

When the state approved the $38.4 million project on March 4, it promised 1,450,000 cubic yards of sand and a finish by Friday, July 3. The contractor's own log now says Friday, July 10.

I don't blame the crew. The log shows 1,340,000 cubic yards placed in eight weeks, even though a storm cost 38 hours in late May, and the best day, Tuesday, June 9, brought 31,400 cubic yards. But the state should tell us. At $21.81 a cubic yard for the 1,450,000 planned, the dredging alone comes to about $31.6 million, more than four fifths of the cost.

I have walked this beach every morning for 40 years. The state says tourism brings Harlow County $140 million a year. Protect it.

Miriam Castellano, Brantley Beach
"""

AT11_FIGS = [
    F("$38.4 million", S, note="release: approved a $38.4 million project"),
    F("4", S, note="release: dated Wednesday, March 4, 2026"),
    F("1,450,000", S, note="release: a dredge will pump 1,450,000 cubic yards"),
    F("3", S, note="release: finish by Friday, July 3"),
    F("10", S, note="log: expected completion Friday, July 10"),
    F("1,340,000", S, note="log: Jun 27, 1,340,000 project to date"),
    F("eight", S, note="log: 8 weeks"),
    F("38", S, note="log: the 38 hours lost in the week ending May 30"),
    F("9", C, "2", note="log: the best day was Tuesday, June 2"),
    F("31,400", S, note="log: the dredge placed 31,400 cubic yards"),
    F("$21.81", S, note="log: the contract pays $21.81 a cubic yard placed"),
    F("1,450,000", S, note="log / release: design volume 1,450,000 cubic yards"),
    F("$31.6 million", S, derived=True, note="log: 1,450,000 x $21.81 = $31,624,500"),
    F("four fifths", S, derived=True, note="log / release: $31.6 million / $38.4 million = 82.4%, 'more than four fifths'"),
    F("40", U, note="the letter writer's own habit; no source gives it"),
    F("$140 million", C, "$410 million", note="release: beach tourism in Harlow County brings in about $410 million a year (transposed digits)"),
]

# --- AT12: committee briefing with a table (sources: report, minutes, article) -------------
AT12 = """# Briefing: where the erosion is worst

*For the council's shoreline committee*

| Reach | Width, fall 2024 (feet) | Width, fall 2025 (feet) | Sand lost (cubic yards) |
|---|---|---|---|
| Pier | 96 | 61 | 138,000 |
| Central | 118 | 48 | 183,000 |
| South Inlet | 74 | 31 | 186,000 |

These reaches together lost 507,000 cubic yards, more than two thirds of the town's 731,000. South Inlet lost 58% of its width.

The council awarded the dredging contract to Halvorsen for $31,620,000 and voted 3-2 to raise badge prices, which should bring in about $306,000 a year. Town Engineer Wes Harrow, 49, told the Beacon in May that the crew of 46 was on schedule to finish by July 3. The committee should ask for dunes of 18 feet at South Inlet.
"""

AT12_FIGS = [
    F("2024", S, note="report table: dry beach width, fall 2024"),
    F("2025", S, note="report table: dry beach width, fall 2025"),
    F("96", S, note="report table: Pier 96 feet, fall 2024"),
    F("61", S, note="report table: Pier 61 feet, fall 2025"),
    F("138,000", S, note="report table: Pier 138,000 cubic yards lost"),
    F("118", S, note="report table: Central 118 feet, fall 2024"),
    F("48", C, "84", note="report table: Central 84 feet, fall 2025 (transposed digits)"),
    F("183,000", S, note="report table: Central 183,000 cubic yards lost"),
    F("74", S, note="report table: South Inlet 74 feet, fall 2024"),
    F("31", S, note="report table: South Inlet 31 feet, fall 2025"),
    F("186,000", S, note="report table: South Inlet 186,000 cubic yards lost"),
    F("507,000", S, derived=True, note="report table: 138,000 + 183,000 + 186,000 = 507,000"),
    F("two thirds", S, derived=True, note="report table: 507,000 / 731,000 = 69.4%, 'more than two thirds'"),
    F("731,000", S, note="report: lost about 731,000 cubic yards of sand"),
    F("58%", S, derived=True, note="report table: South Inlet (74 - 31) / 74 = 58.1%"),
    F("$31,620,000", S, note="minutes: Halvorsen Marine Dredging, $31,620,000"),
    F("3", S, note="minutes: the beach badges carried 3-2"),
    F("2", S, note="minutes: carried 3-2"),
    F("$306,000", C, "$603,000", note="minutes: about $603,000 more a year"),
    F("49", S, note="article: Town Engineer Wes Harrow, 49"),
    F("46", S, note="article: the crew of 46"),
    F("3", S, note="article: on schedule to finish by July 3"),
    F("18", U, note="no source gives a dune height of 18 feet; the release's 16 feet is not among this case's sources"),
]

# --- AT13: community forum post (sources: email, article) ---------------------------------
AT13 = """**Lifeguard here, some beach project info (r/BrantleyBeach)**

Stands open tomorrow, 14 of 22, and all 22 by June 13. We've got 64 guards, 17 of them rookies. Returning guards get $19.50/hr now (was $18.50), rookies $18.

The pipe moves to the Pier reach next week for about 3 weeks, so stands 9, 10 and 11 stay closed, and the beach closes 1,000 ft at a time.

The Beacon says the dredge did ~104k cubic yards its opening week and runs 24 hrs a day, with a crew of 46. The Sandpiper Motel guy says bookings are down 51%. Last summer we did 221 rescues, 37 at South Inlet.

Rookie training Wednesday at 6. Bring a hoodie, the water was 58 degrees this morning.
"""

AT13_FIGS = [
    F("14", S, note="email: we open tomorrow, Saturday, May 23, with 14 of our 22 stands staffed"),
    F("22", S, note="email: our 22 stands"),
    F("22", S, note="email: all 22 open on Saturday, June 13"),
    F("13", S, note="email: Saturday, June 13"),
    F("64", S, note="email: we have 64 guards on the roster"),
    F("17", S, note="email: 17 of them rookies"),
    F("$19.50", S, note="email: $19.50 an hour for returning guards"),
    F("$18.50", C, "$18.00", note="email: up from $18.00"),
    F("$18", S, note="email: rookies start at $18.00"),
    F("3", S, note="email: the pipe will be there for about three weeks"),
    F("9", S, note="email: stands 9, 10 and 11 stay closed"),
    F("10", S, note="email: stands 9, 10 and 11"),
    F("11", S, note="email: stands 9, 10 and 11"),
    F("1,000", S, note="email / article: the beach closes 1,000 feet at a time"),
    F("104k", S, note="article: by Friday night the dredge had pumped about 104,000 cubic yards"),
    F("24", S, note="article: the work runs 24 hours a day"),
    F("46", S, note="article: the crew of 46"),
    F("51%", C, "15%", note="article: Sandoval said bookings for May were down 15% (transposed digits)"),
    F("221", C, "212", note="email: last summer we made 212 rescues (transposed digits)"),
    F("37", S, note="email: 37 of them at South Inlet"),
    F("6", S, note="email: rookie training is Wednesday at 6 p.m."),
    F("58", U, note="no source gives the water temperature"),
]

CASES = [
    ("fresh23-blind", "fresh-at", list(AT_POOL.values()), [
        ("wire.txt", AT1, AT1_FIGS, "wire story with a dateline without a day: a derived fraction and cost per cubic yard, transposed width and volume, a wrong storm date, a life no source gives"),
        ("opinion.md", AT2, AT2_FIGS, "opinion column: derived years, a bid gap and a difference, another motion's tally, a wrong percentage, the columnist's own proposal"),
        ("explainer.md", AT3, AT3_FIGS, "explainer with question headings and a Markdown table of weeks restating the pumping log with a transposed running total, derived share and average, a transposed cell, a wrong derived percentage, an invented ceremony"),
        ("newsletter.md", AT4, AT4_FIGS, "homeowners' association newsletter: heading, bold lead-ins, lines hard-wrapped near 80 columns, a date worked out from a weekday, a pronoun, sentence-initial But, transposed dune height and rescues, the association's own date and dues"),
        ("blog.md", AT5, AT5_FIGS, "blog post from the council's minutes and the pumping log: a bid gap and a product worked out, a transposed total and bond payment, the blogger's own guess"),
        ("memo.txt", AT6, AT6_FIGS, "staff memo in bullets: derived shares, a wrong derived pay increase, transposed badge count and repair cost, staffing wishes and a stand cost no source gives"),
        ("radio.txt", AT7, AT7_FIGS, "radio anchor read: a wrong project count, an interval worked out from two dates, another motion's tally, jobs no source gives"),
        ("faq.md", AT8, AT8_FIGS, "question-and-answer piece: a preliminary and a full-week count, transposed hours, crew and price, fuel use and a life no source give"),
        ("summary.md", AT9, AT9_FIGS, "LLM-style summary in bullets: a derived increase, transposed sand volume, surge and cost, a sea-level rise no source gives"),
        ("bulletin.md", AT10, AT10_FIGS, "business association bulletin, hard-wrapped: a derived raise, a transposed yield and hours, a pronoun, sentence-initial But/Yet, the association's own mixer and charge"),
        ("letter.txt", AT11, AT11_FIGS, "letter to the editor: a cost worked out from a volume and a price and its share, a wrong day, a transposed tourism figure, the writer's own habit"),
        ("briefing.md", AT12, AT12_FIGS, "committee briefing with a Markdown table of three reaches: a sum, a fraction and a share worked out, a transposed cell and yield, a dune height only another case's document is near"),
        ("forum.md", AT13, AT13_FIGS, "community forum post in casual style: digits for counts, a rounded 'k' figure, a wrong old wage, a transposed rescue count and percentage, a temperature no source gives"),
    ]),
]
CASE_SOURCES = {
    "fresh-at-1": ["report", "release"],
    "fresh-at-2": ["article", "minutes"],
    "fresh-at-3": ["report", "log"],
    "fresh-at-4": ["email", "release", "article"],
    "fresh-at-5": ["minutes", "log"],
    "fresh-at-6": ["report", "email"],
    "fresh-at-7": ["release", "minutes"],
    "fresh-at-8": ["article", "log"],
    "fresh-at-9": ["report", "article"],
    "fresh-at-10": ["email", "minutes", "log"],
    "fresh-at-11": ["release", "log"],
    "fresh-at-12": ["report", "minutes", "article"],
    "fresh-at-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AT_POOL, CASE_SOURCES)
