#!/usr/bin/env python3
"""Generate tests/fresh/fresh22-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AR (fresh22-blind): a state wildlife division's 2025 deer season (the
                      Department of Natural Resources' Division of
                      Wildlife): the 2025 deer season report excerpt (the
                      harvest against last year and a five-year average,
                      bucks and antlerless deer, hunters, a table of five
                      deer management units' area, harvest, change, bucks,
                      antlerless deer, deer per square mile and chronic
                      wasting disease samples and positives, seasons and
                      methods, testing cost, license sales and fees,
                      incidents), the division's release on chronic wasting
                      disease found in a new unit, the Natural Resources
                      Commission's minutes (antlerless permit quotas, a
                      license fee increase, a carcass rule, a youth season),
                      a newspaper article at the end of the firearm season,
                      the state wildlife laboratory's weekly testing log (a
                      table of eight weeks with a running total of positives)
                      and a venison donation program coordinator's
                      hard-wrapped email

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ar.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AR: the Division of Wildlife's 2025 deer season (fictional)
# ---------------------------------------------------------------------------

AR_REPORT = """Department of Natural Resources, Division of Wildlife
2025 Deer Season Report (excerpt)
Published February 2026

Summary

Hunters took 61,480 deer in the 2025 seasons, up 4.6% from 58,770 in 2024 and above the five-year average of 59,900. Antlered bucks made up 27,940 of the harvest, or 45.4%, and antlerless deer 33,540.

Licensed deer hunters numbered 168,200: 154,900 residents, 8,600 nonresidents and 4,700 youth hunters. Hunter success, the share of licensed hunters who reported taking at least one deer, was 33.8%.

Table 1. Harvest by deer management unit, 2025

| Unit | Area (sq mi) | Harvest | Change from 2024 (%) | Antlered | Antlerless | Deer per square mile | CWD samples tested | CWD positive |
|---|---|---|---|---|---|---|---|---|
| Cray Valley | 1,840 | 10,420 | +3.5 | 4,610 | 5,810 | 5.66 | 820 | 0 |
| Northwoods | 3,260 | 9,870 | -4.3 | 4,980 | 4,890 | 3.03 | 540 | 0 |
| Sable River | 2,110 | 14,960 | +7.7 | 6,420 | 8,540 | 7.09 | 2,310 | 4 |
| Tamsin Plains | 2,480 | 15,230 | +6.5 | 6,710 | 8,520 | 6.14 | 2,680 | 19 |
| Wendover Hills | 1,930 | 11,000 | +7.8 | 5,220 | 5,780 | 5.70 | 490 | 0 |
| Statewide | 11,620 | 61,480 | +4.6 | 27,940 | 33,540 | 5.29 | 6,840 | 23 |

Tamsin Plains had the largest harvest and Sable River the most deer taken per square mile. Northwoods, after a hard winter in 2024-25, was the only unit where the harvest fell, and the only one where bucks outnumbered antlerless deer.

Seasons and methods

The firearm season ran 16 days, from November 22 to December 7, and accounted for 38,210 deer, or 62.2% of the harvest. Archery hunters took 12,940 deer between September 13 and January 4, crossbow hunters 7,310 and muzzleloader hunters 3,020. The opening weekend of the firearm season, November 22 and 23, produced 14,860 deer.

Chronic wasting disease

The division tested 6,840 deer for chronic wasting disease (CWD), up from 4,110 in 2024. Of them, 23 tested positive: 19 in Tamsin Plains, where the disease was first found in 2021, and 4 in Sable River, where it was found for the first time in 2025. Testing cost $412,000, about $60 a sample.

Licenses

Deer licenses and permits brought in $7.42 million. The resident license cost $26, the nonresident license $185 and the youth license $10, and hunters bought 70,300 antlerless permits at $25 each.

Safety

Hunters reported seven shooting incidents, one of them fatal, down from 11 in 2024, and 19 falls from tree stands.
"""

AR_RELEASE = """DEPARTMENT OF NATURAL RESOURCES
Division of Wildlife
NEWS RELEASE
Tuesday, November 4, 2025
Contact: Renata Ochs, public information officer

Chronic wasting disease found in Sable River deer; testing mandatory on opening weekend

BELLMORE, Nov. 4, 2025 - Chronic wasting disease has been found in the Sable River deer management unit for the first time, the Division of Wildlife announced today. A 2 1/2-year-old doe found dead near Marlow in September tested positive, and a national laboratory confirmed the result on Thursday, October 30.

Every deer taken in the Sable River and Tamsin Plains units during the opening weekend of the firearm season, Saturday and Sunday, November 22 and 23, must be brought to one of 31 check stations for sampling. Testing is free, and hunters will get results online within 14 days.

Feeding and baiting deer will be banned in six counties, the four in the Sable River unit and two next to it, starting Monday, November 10.

"We want at least 2,500 samples from Sable River this season so we know how far this has spread," said chief deer biologist Tomasz Reinholt. "The only way to get them is from hunters."

Chronic wasting disease is a fatal brain disease of deer, elk and moose. There is no evidence that it infects people, but health officials advise hunters not to eat meat from an animal that tests positive.

From September 13 through November 1, the division tested 880 deer statewide; two were positive, the Marlow doe and a buck in Tamsin Plains, where the disease was first found in 2021. It has set aside $450,000 for testing this season.
"""

AR_MINUTES = """NATURAL RESOURCES COMMISSION
Minutes of the regular meeting, Friday, March 13, 2026, 9:30 a.m.
Department of Natural Resources building, Bellmore

Present: Chair Harlan Voight; commissioners Delia Ashcroft, Marcus Feeney, Grace Okonkwo, Lyle Pettibone and Soren Vance (six of seven). Absent: Commissioner June Talbot. Staff: Wildlife Division Chief Adela Moreno, chief deer biologist Tomasz Reinholt.

1. Call to order

The chair called the meeting to order at 9:32 a.m.

2. Deer season report

Mr. Reinholt reported a 2025 harvest of 61,480 deer, up 4.6%, and 23 deer that tested positive for chronic wasting disease out of 6,840 tested. He said Sable River fell short of the division's goal of 2,500 samples by 190.

3. Antlerless permits for 2026

Mr. Reinholt proposed antlerless permit quotas of 15,000 in Cray Valley; 6,500 in Northwoods, down from 9,000; 24,000 in Sable River, up from 20,000; 22,000 in Tamsin Plains; and 12,500 in Wendover Hills, 80,000 in all, to reduce deer numbers where the disease is present. Commissioner Okonkwo moved approval; Commissioner Vance seconded. Carried 6-0.

4. License fees

Ms. Moreno proposed raising the resident deer license to $30 from $26 and the nonresident license to $210 from $185, effective with the 2026 seasons. At 2025 sales, the increase would bring in about $835,000 more a year. Commissioner Pettibone said a 15% increase for residents was too much for one year. Commissioner Feeney moved approval; Commissioner Ashcroft seconded. Carried 4-2, commissioners Pettibone and Vance voting no.

5. Carcass rule

Commissioner Okonkwo moved to ban moving whole deer carcasses out of the Sable River and Tamsin Plains units, except to a licensed processor, starting September 1, 2026; Commissioner Feeney seconded. Carried 5-1, Commissioner Pettibone voting no.

6. Youth season

The commission set the 2026 youth deer weekend for Saturday and Sunday, October 10 and 11, by consent.

7. Public comment

Four people spoke. Ardis Kemp of the county sportsmen's federation asked the division to add check stations in Northwoods, which had two in 2025.

8. Adjournment

The meeting adjourned at 11:48 a.m. The next regular meeting is Friday, May 8, 2026.
"""

AR_ARTICLE = """Firearm season ends with more deer, and more worry about a deer disease

By Calla Brandt, The Marlow Sentinel
Tuesday, December 9, 2025

Hunters took 38,050 deer during the 16-day firearm season that ended Sunday, according to preliminary figures from the Division of Wildlife, up from 36,600 last year. The opening weekend alone produced 14,860.

Walt Brenneman, 71, of Marlow has hunted the Sable River bottoms since 1966. He took an eight-point buck on opening morning, and his grandson Eli, 12, shot his first deer that afternoon.

"I've seen this country go from no deer to too many deer," Brenneman said. "Now I worry about what's in them."

Chronic wasting disease was found in the Sable River unit for the first time this fall. Through Saturday, three more Sable River deer had tested positive, for four in all, out of 1,960 sampled in the unit this season.

Dana Holt, 48, who runs Holt's Custom Meats in Marlow, said she had processed 418 deer this season at $115 each, and that hunters were asking her to hold meat until test results came back. "I've got a freezer just for deer waiting on results," she said.

Hunters had donated 1,420 deer through the Share the Harvest program by Saturday. The program pays processors $95 a deer.

Deer cause trouble off the hunting grounds, too. The State Patrol recorded 9,840 crashes involving deer in 2024, two of them fatal, and November is the worst month, with 2,270 last year.

Feeding and baiting are banned in six counties. The division's chief deer biologist, Tomasz Reinholt, 54, said the agency wanted at least 2,500 samples from Sable River this season.
"""

AR_LOG = """State Wildlife Health Laboratory - chronic wasting disease testing log
Deer seasons 2025, weeks ending November 8 to December 27
Prepared for the Division of Wildlife; data as of December 31, 2025

| Week ending | Samples tested | Positive | Positive, Sable River | Positive, season to date | Median days to result |
|---|---|---|---|---|---|
| Nov 8 | 290 | 0 | 0 | 2 | 9 |
| Nov 15 | 330 | 1 | 0 | 3 | 8 |
| Nov 22 | 610 | 2 | 0 | 5 | 9 |
| Nov 29 | 2,140 | 7 | 2 | 12 | 13 |
| Dec 6 | 1,160 | 5 | 1 | 17 | 12 |
| Dec 13 | 640 | 3 | 0 | 20 | 10 |
| Dec 20 | 480 | 2 | 0 | 22 | 8 |
| Dec 27 | 310 | 1 | 0 | 23 | 7 |
| 8 weeks | 5,960 | 21 | 3 | | |

Notes

- Before November 2 the laboratory tested 880 deer from the 2025 seasons; 2 were positive, 1 of them in Sable River.
- Season totals through December 27: 6,840 samples tested, 23 positive.
- The week ending November 29 includes most samples from the firearm opening weekend, November 22 and 23; it was the busiest week in the laboratory's history.
- The laboratory charges the division $38 a test. Sampling, shipping and check-station staff account for the rest of the cost.
- Results reached hunters within the 14-day target for 97.6% of samples.
"""

AR_EMAIL = """From: Gail Orcutt, Share the Harvest coordinator
To: Pantry directors, Share the Harvest network
Date: Monday, January 19, 2026
Subject: 2025 season wrap-up: deer, pounds and meals

Hi all,

The seasons are closed and the last deer are out of the processors'
freezers, so here are the final numbers.

Hunters donated 1,874 deer this season, up from 1,612 last year, through
33 processors, up from 27. That came to 68,300 pounds of ground venison,
about 36 pounds a deer, or 273,200 meals at a quarter pound a meal. It
went to 58 pantries in 17 counties.

We paid processors $95 a deer, $178,030 in all. The $2 donation that
hunters can add when they buy a license covered $96,400 of that, from
48,200 hunters. A $50,000 state grant and $31,630 from private donors
covered the rest.

CWD slowed us down. Deer from Sable River and Tamsin Plains could go to
pantries only after a not-detected result, so 212 deer sat in processors'
freezers for 11 days on average. Three donated deer tested positive and
were destroyed with their meat.

For next season, processors have asked for $105 a deer. At this year's
numbers that would be about $196,800. I will bring it to our board in
March.

Thanks for everything you do.

Gail
"""

AR_POOL = {
    "report": {"name": "dnr-wildlife-deer-season-report-2025.md", "text": AR_REPORT},
    "release": {"name": "dnr-wildlife-cwd-sable-river-release-2025-11-04.txt", "text": AR_RELEASE},
    "minutes": {"name": "natural-resources-commission-minutes-2026-03-13.txt", "text": AR_MINUTES},
    "article": {"name": "marlow-sentinel-firearm-season-ends.txt", "text": AR_ARTICLE},
    "log": {"name": "wildlife-lab-cwd-testing-log-2025.md", "text": AR_LOG},
    "email": {"name": "share-the-harvest-email-2026-01-19.txt", "text": AR_EMAIL},
}

# --- AR1: wire story (sources: report, release) ------------------------------------------
AR1 = """Deer harvest rises as a fatal deer disease spreads to Sable River

BELLMORE (Valley Wire) - Hunters took 61,480 deer in the state's 2025 seasons, up 4.6% from 58,770 and about 1,600 above the five-year average, the Division of Wildlife said in its annual deer report.

Tamsin Plains and Sable River, the two units where chronic wasting disease has now been found, had the largest harvests, 15,230 and 14,690 deer, together nearly half the state's total. Northwoods, where the harvest fell 3.4%, was the only unit with more bucks than antlerless deer.

The division tested 6,840 deer for the disease, up from 4,110, and 23 were positive: 19 in Tamsin Plains and 4 in Sable River, where the disease turned up in a doe found dead near Marlow. The division had wanted 2,500 samples from Sable River; it collected 2,310, falling 190 short. During the firearm opening weekend, Nov. 22 and 23, hunters in Sable River and Tamsin Plains had to bring their deer to any of 13 check stations.

License sales brought in $7.42 million from 168,200 hunters, and hunter success was 38.3%. The division expects the harvest to top 63,000 next year.
"""

AR1_FIGS = [
    F("61,480", S, note="report: hunters took 61,480 deer in the 2025 seasons"),
    F("2025", S, note="report: the 2025 seasons"),
    F("4.6%", S, note="report: up 4.6%"),
    F("58,770", S, note="report: from 58,770 in 2024"),
    F("1,600", S, derived=True, note="report: 61,480 - the five-year average of 59,900 = 1,580, 'about 1,600'"),
    F("five", S, note="report: the five-year average of 59,900"),
    F("two", S, note="report / release: CWD found in Tamsin Plains in 2021 and in Sable River in 2025"),
    F("15,230", S, note="report table: Tamsin Plains harvest 15,230, the largest"),
    F("14,690", C, "14,960", note="report table: Sable River harvest 14,960 (transposed digits)"),
    F("half", S, derived=True, note="report table: (15,230 + 14,960) / 61,480 = 49.1%, 'nearly half'"),
    F("3.4%", C, "4.3%", note="report table: Northwoods -4.3 (transposed digits)"),
    F("6,840", S, note="report: the division tested 6,840 deer for CWD"),
    F("4,110", S, note="report: up from 4,110 in 2024"),
    F("23", S, note="report: 23 tested positive"),
    F("19", S, note="report: 19 in Tamsin Plains"),
    F("4", S, note="report: 4 in Sable River, where it was found for the first time in 2025"),
    F("2,500", S, note="release: 'at least 2,500 samples from Sable River this season'"),
    F("2,310", S, note="report table: Sable River 2,310 CWD samples tested"),
    F("190", S, derived=True, note="release / report: 2,500 - 2,310 = 190"),
    F("22", S, note="release / report: the opening weekend, November 22 and 23"),
    F("23", S, note="release / report: November 22 and 23"),
    F("13", C, "31", note="release: one of 31 check stations (transposed digits)"),
    F("$7.42 million", S, note="report: deer licenses and permits brought in $7.42 million"),
    F("168,200", S, note="report: licensed deer hunters numbered 168,200"),
    F("38.3%", C, "33.8%", note="report: hunter success was 33.8% (transposed digits)"),
    F("63,000", U, note="no source gives a forecast for next year's harvest"),
]

# --- AR2: opinion column (sources: article, minutes) -------------------------------------
AR2 = """# Deer are a public problem now. Price the permits like it.

*Opinion | By Nolan Greer*

Walt Brenneman, 71, has hunted the Sable River bottoms since 1966, nearly 60 years. He told the Marlow Sentinel that he now worries about what is in the deer. So should the rest of us.

Chronic wasting disease turned up in Sable River this fall, and by early December four deer in the unit had tested positive out of 1,960 sampled. In March the Natural Resources Commission responded the right way: it raised the antlerless quota for Sable River to 24,000 from 20,000, a 20% increase, and voted 5-1 to ban moving whole carcasses out of the infected units.

Then it undercut itself. On a 4-3 vote it raised the resident deer license to $30 from $26. Hunters are the only tool the state has to thin the herd. Commissioner Lyle Pettibone called the 15% increase too much at once, and he was right. The increase would raise about $835,000 a year, or about $5 a hunter.

The deer are not only a hunting problem. The State Patrol recorded 9,840 crashes involving deer in 2024, and 2,270 in November alone, nearly a quarter. Hunters took 38,500 deer in the firearm season, up from 36,600. Give them cheaper permits, not a bigger bill. I would cut the resident fee to $20.
"""

AR2_FIGS = [
    F("71", S, note="article: Walt Brenneman, 71"),
    F("1966", S, note="article: has hunted the Sable River bottoms since 1966"),
    F("60", S, derived=True, note="article: 2025 - 1966 = 59 years, 'nearly 60'"),
    F("four", S, note="article: through Saturday, three more Sable River deer had tested positive, for four in all"),
    F("1,960", S, note="article: out of 1,960 sampled in the unit this season"),
    F("24,000", S, note="minutes: 24,000 in Sable River"),
    F("20,000", S, note="minutes: up from 20,000"),
    F("20%", S, derived=True, note="minutes: 24,000 / 20,000 = 1.20"),
    F("5", S, note="minutes: the carcass rule carried 5-1"),
    F("1", S, note="minutes: carried 5-1, Commissioner Pettibone voting no"),
    F("4", S, note="minutes: the license fees carried 4-2"),
    F("3", C, "2", note="minutes: carried 4-2, commissioners Pettibone and Vance voting no"),
    F("$30", S, note="minutes: the resident deer license to $30"),
    F("$26", S, note="minutes: from $26"),
    F("15%", S, note="minutes: Pettibone, a 15% increase for residents"),
    F("$835,000", S, note="minutes: about $835,000 more a year"),
    F("$5", U, note="worked out from the report's 168,200 hunters ($835,000 / 168,200 = $4.96), not among this case's sources"),
    F("9,840", S, note="article: the State Patrol recorded 9,840 crashes involving deer in 2024"),
    F("2024", S, note="article: in 2024"),
    F("2,270", S, note="article: November is the worst month, with 2,270 last year"),
    F("a quarter", S, derived=True, note="article: 2,270 / 9,840 = 23.1%, 'nearly a quarter'"),
    F("38,500", C, "38,050", note="article: hunters took 38,050 deer during the firearm season (transposed digits)"),
    F("36,600", S, note="article: up from 36,600 last year"),
    F("$20", U, note="the columnist's own proposal; no source gives it"),
]

# --- AR3: explainer with a Markdown table (sources: report, log) --------------------------
AR3 = """# What the deer disease testing shows

### How many deer were tested?

The Division of Wildlife tested 6,840 deer in 2025, about two thirds more than in 2024. The state laboratory's log shows 5,960 of those tests came in eight weeks of November and December.

### When did the samples arrive?

| Week ending | Samples tested | Positive, season to date |
|---|---|---|
| Nov. 29 | 2,140 | 12 |
| Dec. 6 | 1,160 | 71 |
| Dec. 13 | 640 | 20 |

The week ending Nov. 29, which held most of the opening-weekend samples, was the busiest in the lab's history, with more than a third of the eight weeks' tests. Results took a median of 31 days that week.

### Where is the disease?

Of the 23 positives, 19 were in Tamsin Plains, where the disease was found in 2012, and 4 in Sable River. Tamsin Plains' positives were about 0.7% of its samples.

### What does it cost?

The division plans to open a second lab in 2027.
"""

AR3_FIGS = [
    F("6,840", S, note="report / log: the division tested 6,840 deer for CWD"),
    F("2025", S, note="report: the 2025 seasons"),
    F("two thirds", S, derived=True, note="report: 6,840 / 4,110 = 1.66, 'about two thirds more'"),
    F("2024", S, note="report: up from 4,110 in 2024"),
    F("5,960", S, note="log: 8 weeks, 5,960 samples tested"),
    F("eight", S, note="log: 8 weeks, ending November 8 to December 27"),
    F("29", S, note="log: week ending Nov 29"),
    F("2,140", S, note="log: Nov 29, 2,140 samples"),
    F("12", S, note="log: Nov 29, 12 positive season to date"),
    F("6", S, note="log: week ending Dec 6"),
    F("1,160", S, note="log: Dec 6, 1,160 samples"),
    F("71", C, "17", note="log: Dec 6, 17 positive season to date (transposed digits)"),
    F("13", S, note="log: week ending Dec 13"),
    F("640", S, note="log: Dec 13, 640 samples"),
    F("20", S, note="log: Dec 13, 20 positive season to date"),
    F("29", S, note="log: the week ending November 29 includes most samples from the opening weekend"),
    F("a third", S, derived=True, note="log: 2,140 / 5,960 = 35.9%, 'more than a third'"),
    F("eight", S, note="log: 8 weeks"),
    F("31", C, "13", note="log: Nov 29, median 13 days to result (transposed digits)"),
    F("23", S, note="report / log: 23 positive"),
    F("19", S, note="report: 19 in Tamsin Plains"),
    F("2012", C, "2021", note="report: where the disease was first found in 2021 (transposed digits)"),
    F("4", S, note="report: 4 in Sable River"),
    F("0.7%", S, derived=True, note="report table: Tamsin Plains 19 positive of 2,680 tested = 0.71%"),
    F("second", U, note="no source mentions a second laboratory"),
    F("2027", U, note="no source mentions a second laboratory"),
]

# --- AR4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AR4 = """# Marlow Rod and Gun Club: The Blind, February 2026

**Share the Harvest had a big year.** Gail Orcutt's wrap-up says hunters
donated 1,874 deer, up from 1,612, or about 16%. That made 68,300 pounds of
venison and 237,200 meals. The $2
license check-off covered $96,400 of the $178,030 paid to processors, more
than half.

**CWD reached our unit.** The Division of Wildlife announced on Nov. 4 that a
doe found dead near Marlow had tested positive. It ordered testing at 31
check stations on opening weekend and banned feeding and baiting in five
counties. By Dec. 6 the Sentinel counted four positives in Sable River, out
of 1,960 samples.

**Our members in the paper.** Walt Brenneman, 71, took an eight-point buck
on opening morning, and his grandson Eli, 12, got a deer of his own that
afternoon. Dana Holt, 48, processed 418 deer at her shop. But she says a
freezer full of deer is still waiting on test results.

**Dues.** Club dues are $35 for the year, due by March 1.
"""

AR4_FIGS = [
    F("2026", S, note="email: dated Monday, January 19, 2026"),
    F("1,874", S, note="email: hunters donated 1,874 deer this season"),
    F("1,612", S, note="email: up from 1,612 last year"),
    F("16%", S, derived=True, note="email: 1,874 / 1,612 = 1.163"),
    F("68,300", S, note="email: 68,300 pounds of ground venison"),
    F("237,200", C, "273,200", note="email: 273,200 meals (transposed digits)"),
    F("$2", S, note="email: the $2 donation hunters can add when they buy a license"),
    F("$96,400", S, note="email: covered $96,400"),
    F("$178,030", S, note="email: $178,030 in all"),
    F("half", S, derived=True, note="email: 96,400 / 178,030 = 54.1%, 'more than half'"),
    F("4", S, note="release: dated Tuesday, November 4, 2025"),
    F("31", S, note="release: one of 31 check stations"),
    F("five", C, "six", note="release: banned in six counties"),
    F("6", S, derived=True, note="article: dated Tuesday, December 9, 2025, 'through Saturday', December 6"),
    F("four", S, note="article: three more Sable River deer had tested positive, for four in all"),
    F("1,960", S, note="article: out of 1,960 sampled in the unit"),
    F("71", S, note="article: Walt Brenneman, 71"),
    F("eight", S, note="article: he took an eight-point buck on opening morning"),
    F("12", S, note="article: his grandson Eli, 12"),
    F("48", S, note="article: Dana Holt, 48"),
    F("418", S, note="article: she had processed 418 deer this season"),
    F("$35", U, note="the club's own dues; no source gives them"),
    F("1", U, note="the club's own date; no source gives it"),
]

# --- AR5: hunting blog (sources: minutes, log) --------------------------------------------
AR5 = """## Notes from the commission: fees, quotas and a busy lab

*Backcountry Notebook, posted March 2026*

The Natural Resources Commission met on March 13, and a lot came out of it.

The change most of us will feel: the resident deer license goes to $30 from $26, a 15% increase. The vote was 4-2. The division figures that brings in about $853,000 more a year.

The antlerless quotas total 80,000 for 2026. Northwoods drops to 6,500 from 9,000, a cut of more than a third, while Sable River goes to 24,000.

Meanwhile the state lab's testing log is eye-opening. It tested 5,960 samples in eight weeks and found 21 positives, 3 of them in Sable River. At $38 a test, those eight weeks cost the division about $226,000. And 96.7% of hunters got results within the 14-day target.

I have hunted Northwoods for 22 years and never seen it this thin.
"""

AR5_FIGS = [
    F("2026", S, note="minutes: the meeting of Friday, March 13, 2026"),
    F("13", S, note="minutes: the regular meeting, Friday, March 13, 2026"),
    F("$30", S, note="minutes: the resident deer license to $30"),
    F("$26", S, note="minutes: from $26"),
    F("15%", S, note="minutes: Pettibone, a 15% increase for residents"),
    F("4", S, note="minutes: carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("$853,000", C, "$835,000", note="minutes: about $835,000 more a year (transposed digits)"),
    F("80,000", S, note="minutes: 80,000 in all"),
    F("2026", S, note="minutes: antlerless permits for 2026"),
    F("6,500", S, note="minutes: 6,500 in Northwoods"),
    F("9,000", S, note="minutes: down from 9,000"),
    F("a third", C, "27.8%", derived=True, note="minutes: (9,000 - 6,500) / 9,000 = 27.8%, not 'more than a third'"),
    F("24,000", S, note="minutes: 24,000 in Sable River"),
    F("5,960", S, note="log: 8 weeks, 5,960 samples tested"),
    F("eight", S, note="log: 8 weeks"),
    F("21", S, note="log: 8 weeks, 21 positive"),
    F("3", S, note="log: 8 weeks, 3 positive in Sable River"),
    F("$38", S, note="log: the laboratory charges the division $38 a test"),
    F("eight", S, note="log: 8 weeks"),
    F("$226,000", S, derived=True, note="log: 5,960 x $38 = $226,480"),
    F("96.7%", C, "97.6%", note="log: results reached hunters within the 14-day target for 97.6% of samples (transposed digits)"),
    F("14", S, note="log: the 14-day target"),
    F("22", U, note="the blogger's own years of hunting; no source gives them"),
]

# --- AR6: briefing memo with bullets (sources: report, email) ----------------------------
AR6 = """MEMO
To: Senator Rhoda Calloway
From: Committee staff
Re: Deer season numbers for the venison donation bill

- **Harvest:** 61,480 deer in 2025, 33,540 of them antlerless.
- **Hunters:** 168,200 licensed, 154,900 of them residents, or 92%.
- **Donations:** 1,874 deer went to Share the Harvest, about 3% of the harvest.
- **Cost:** processors were paid $95 a deer, $187,030 in all; the $2 license check-off raised $96,400 from 48,200 hunters, or 29% of licensed hunters.
- **Disease:** 23 positives out of 6,840 deer tested; three donated deer tested positive, and 212 were held an average of 17 days.
- **Next year:** processors want $105 a deer, about $196,800 at this year's numbers. The bill would add $150,000 a year.
"""

AR6_FIGS = [
    F("61,480", S, note="report: hunters took 61,480 deer"),
    F("2025", S, note="report: the 2025 seasons"),
    F("33,540", S, note="report: antlerless deer 33,540"),
    F("168,200", S, note="report: licensed deer hunters numbered 168,200"),
    F("154,900", S, note="report: 154,900 residents"),
    F("92%", S, derived=True, note="report: 154,900 / 168,200 = 92.1%"),
    F("1,874", S, note="email: hunters donated 1,874 deer"),
    F("3%", S, derived=True, note="email / report: 1,874 / 61,480 = 3.0%"),
    F("$95", S, note="email: we paid processors $95 a deer"),
    F("$187,030", C, "$178,030", note="email: $178,030 in all (transposed digits)"),
    F("$2", S, note="email: the $2 donation"),
    F("$96,400", S, note="email: covered $96,400"),
    F("48,200", S, note="email: from 48,200 hunters"),
    F("29%", S, derived=True, note="email / report: 48,200 / 168,200 = 28.7%"),
    F("23", S, note="report: 23 tested positive"),
    F("6,840", S, note="report: the division tested 6,840 deer"),
    F("three", S, note="email: three donated deer tested positive"),
    F("212", S, note="email: 212 deer sat in processors' freezers"),
    F("17", C, "11", note="email: for 11 days on average"),
    F("$105", S, note="email: processors have asked for $105 a deer"),
    F("$196,800", S, note="email: that would be about $196,800"),
    F("$150,000", U, note="no source gives the bill's cost"),
]

# --- AR7: radio script (sources: release, minutes) ----------------------------------------
AR7 = """WKLM Outdoors Minute - deer disease and new fees
Host read

Deer hunters, a few changes to know about. Back in November the Division of Wildlife confirmed chronic wasting disease in the Sable River unit, a new area for it. It made testing mandatory in Sable River and Tamsin Plains on opening weekend, at 31 check stations, and banned feeding and baiting in eight counties.

In March the Natural Resources Commission answered with more antlerless permits: 80,000 statewide, including 24,000 in Sable River, up a fifth. It raised the resident license to $30 from $26, $4 more, on a 4-2 vote, and it banned moving whole carcasses out of the two disease units, on a 6-0 vote. About 3,000 hunters signed a petition against the fee.

Youth hunters, mark Oct. 10 and 11. The division wanted at least 2,500 samples from Sable River last season, and results come back within 14 days. The commission meets next on May 8.
"""

AR7_FIGS = [
    F("31", S, note="release: one of 31 check stations"),
    F("eight", C, "six", note="release: feeding and baiting banned in six counties"),
    F("80,000", S, note="minutes: antlerless quotas, 80,000 in all"),
    F("24,000", S, note="minutes: 24,000 in Sable River"),
    F("a fifth", S, derived=True, note="minutes: 24,000 / 20,000 = 1.20, up a fifth"),
    F("$30", S, note="minutes: the resident deer license to $30"),
    F("$26", S, note="minutes: from $26"),
    F("$4", S, derived=True, note="minutes: $30 - $26 = $4"),
    F("4", S, note="minutes: the license fees carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("two", S, note="minutes: out of the Sable River and Tamsin Plains units"),
    F("6", C, "5", note="minutes: the carcass rule carried 5-1; 6-0 is the quota vote's tally"),
    F("0", C, "1", note="minutes: carried 5-1, Commissioner Pettibone voting no"),
    F("3,000", U, note="no source mentions a petition"),
    F("10", S, note="minutes: the youth deer weekend, October 10 and 11"),
    F("11", S, note="minutes: October 10 and 11"),
    F("2,500", S, note="release: at least 2,500 samples from Sable River this season"),
    F("14", S, note="release: results online within 14 days"),
    F("8", S, note="minutes: the next regular meeting is Friday, May 8, 2026"),
]

# --- AR8: Q&A (sources: article, log) -------------------------------------------------------
AR8 = """## Deer disease and your venison: questions and answers

**Is the disease spreading?** It turned up in the Sable River unit this fall, a new area for it. By Dec. 6, four deer there had tested positive out of 1,960 sampled.

**How many deer is the lab testing?** A lot. Its log shows 5,960 samples in the eight weeks ending Dec. 27, with 2,410 in the week ending Nov. 29 alone.

**How long do results take?** The weekly median ranged from 7 to 13 days, and 97.6% of results arrived within 14 days.

**Can I keep my meat until I know?** Many processors will hold it. Dana Holt, 48, of Holt's Custom Meats in Marlow keeps a freezer just for deer waiting on results; she has processed 418 this season at $151 each and charges $20 a week to hold meat.

**What did the firearm season bring?** 38,050 deer by the preliminary count, up about 4% from 36,600. The opening weekend produced 14,860, nearly two fifths.

**Who pays for the tests?** The lab charges the division $38 a test.
"""

AR8_FIGS = [
    F("6", S, derived=True, note="article: dated Tuesday, December 9, 2025, 'through Saturday', December 6"),
    F("four", S, note="article: three more Sable River deer had tested positive, for four in all"),
    F("1,960", S, note="article: out of 1,960 sampled in the unit"),
    F("5,960", S, note="log: 8 weeks, 5,960 samples tested"),
    F("eight", S, note="log: 8 weeks"),
    F("27", S, note="log: weeks ending November 8 to December 27"),
    F("2,410", C, "2,140", note="log: Nov 29, 2,140 samples (transposed digits)"),
    F("29", S, note="log: week ending Nov 29"),
    F("7", S, note="log: median days to result, lowest 7 (Dec 27)"),
    F("13", S, note="log: median days to result, highest 13 (Nov 29)"),
    F("97.6%", S, note="log: within the 14-day target for 97.6% of samples"),
    F("14", S, note="log: the 14-day target"),
    F("48", S, note="article: Dana Holt, 48"),
    F("418", S, note="article: she had processed 418 deer this season"),
    F("$151", C, "$115", note="article: at $115 each (transposed digits)"),
    F("$20", U, note="no source gives a charge for holding meat"),
    F("38,050", S, note="article: hunters took 38,050 deer, preliminary figures"),
    F("4%", S, derived=True, note="article: 38,050 / 36,600 = 1.040"),
    F("36,600", S, note="article: up from 36,600 last year"),
    F("14,860", S, note="article: the opening weekend alone produced 14,860"),
    F("two fifths", S, derived=True, note="article: 14,860 / 38,050 = 39.1%, 'nearly two fifths'"),
    F("$38", S, note="log: the laboratory charges the division $38 a test"),
]

# --- AR9: LLM-style summary with bullets (sources: report, article) ----------------------
AR9 = """**Key points: the 2025 deer seasons**

- Hunters took 61,480 deer, up 4.6%. The firearm season accounted for 38,210 of them, above the preliminary count of 38,050 reported in December.
- The opening weekend of the firearm season produced 14,860 deer, about 39% of the firearm total.
- Sable River had the most deer taken per square mile, 7.09, and Northwoods the fewest, 3.30.
- Chronic wasting disease: 23 positives, 4 of them in Sable River, where it appeared in 2025.
- Safety: seven shooting incidents, two of them fatal, and 19 falls from tree stands. Separately, the State Patrol counted 9,480 crashes involving deer in 2024.
- Money: licenses brought in $7.42 million; the resident license cost $26. The state's deer herd is estimated at 410,000.
"""

AR9_FIGS = [
    F("2025", S, note="report: the 2025 seasons"),
    F("61,480", S, note="report: hunters took 61,480 deer"),
    F("4.6%", S, note="report: up 4.6%"),
    F("38,210", S, note="report: the firearm season accounted for 38,210 deer"),
    F("38,050", S, note="article: 38,050 deer, according to preliminary figures"),
    F("14,860", S, note="report / article: the opening weekend produced 14,860 deer"),
    F("39%", S, derived=True, note="report: 14,860 / 38,210 = 38.9%"),
    F("7.09", S, note="report table: Sable River 7.09 deer per square mile, the most"),
    F("3.30", C, "3.03", note="report table: Northwoods 3.03 deer per square mile (transposed digits)"),
    F("23", S, note="report: 23 tested positive"),
    F("4", S, note="report: 4 in Sable River"),
    F("2025", S, note="report: where it was found for the first time in 2025"),
    F("seven", S, note="report: seven shooting incidents"),
    F("two", C, "one", note="report: one of them fatal"),
    F("19", S, note="report: 19 falls from tree stands"),
    F("9,480", C, "9,840", note="article: the State Patrol recorded 9,840 crashes involving deer (transposed digits)"),
    F("2024", S, note="article: in 2024"),
    F("$7.42 million", S, note="report: deer licenses and permits brought in $7.42 million"),
    F("$26", S, note="report: the resident license cost $26"),
    F("410,000", U, note="no source gives the size of the deer herd"),
]

# --- AR10: pantry network newsletter, hard-wrapped (sources: email, minutes, log) ----------
AR10 = """# Tri-County Pantry Network: January 2026 update

**Venison.** Gail Orcutt reports that hunters gave 1,874 deer this season
through Share the Harvest, and that it reached 58 pantries in 71 counties
and made 273,200 meals. Processing cost $178,030. She wants to pay
$105 a deer next season, which she puts at $196,800, about $18,800 more.

**Why some deer came late.** Deer from Sable River and Tamsin Plains had to
test clear of chronic wasting disease before they reached us, so 212 sat in
freezers for 11 days on average. The state lab tested 5,960 samples in the
eight weeks before New Year's and found 21 positives. Three donated deer
tested positive and were destroyed.

**Coming rules.** The Natural Resources Commission raised antlerless quotas
to 80,000 for 2026, so donations could rise. Yet it also raised the resident
license to $30 from $26, a 15% increase, on a 5-1 vote.

**Our drive.** We are collecting freezer bags at all 12 member pantries
through Feb. 28.
"""

AR10_FIGS = [
    F("2026", S, note="email: dated Monday, January 19, 2026"),
    F("1,874", S, note="email: hunters donated 1,874 deer this season"),
    F("58", S, note="email: it went to 58 pantries"),
    F("71", C, "17", note="email: in 17 counties (transposed digits)"),
    F("273,200", S, note="email: 273,200 meals"),
    F("$178,030", S, note="email: $178,030 in all"),
    F("$105", S, note="email: processors have asked for $105 a deer"),
    F("$196,800", S, note="email: that would be about $196,800"),
    F("$18,800", S, derived=True, note="email: $196,800 - $178,030 = $18,770"),
    F("212", S, note="email: 212 deer sat in processors' freezers"),
    F("11", S, note="email: for 11 days on average"),
    F("5,960", S, note="log: 8 weeks, 5,960 samples tested"),
    F("eight", S, note="log: 8 weeks, ending December 27"),
    F("21", S, note="log: 8 weeks, 21 positive"),
    F("Three", S, note="email: three donated deer tested positive and were destroyed"),
    F("80,000", S, note="minutes: antlerless quotas, 80,000 in all"),
    F("2026", S, note="minutes: antlerless permits for 2026"),
    F("$30", S, note="minutes: the resident deer license to $30"),
    F("$26", S, note="minutes: from $26"),
    F("15%", S, note="minutes: Pettibone, a 15% increase for residents"),
    F("5", C, "4", note="minutes: the license fees carried 4-2; 5-1 is the carcass rule's tally"),
    F("1", C, "2", note="minutes: carried 4-2, commissioners Pettibone and Vance voting no"),
    F("12", U, note="the network's own pantries; no source gives them"),
    F("28", U, note="the network's own drive; no source gives it"),
]

# --- AR11: letter to the editor (sources: release, log) ----------------------------------
AR11 = """Letter: The deer test worked. Now pay for it.

To the editor:

When the Division of Wildlife announced on Nov. 4 that chronic wasting disease had been found in a Sable River doe, it told hunters in that unit and Tamsin Plains to bring their deer to 31 check stations on opening weekend and promised results within 14 days. Hunters delivered. The state lab's log shows 2,140 samples in the week ending Nov. 29, the busiest week in its history, and 5,690 over eight weeks.

The lab kept its 14-day promise for 97.6% of samples, even though the median wait reached 13 days that week. The division had set aside $540,000 for testing. At the lab's $38 a test, the 880 deer tested before November alone cost about $33,400.

I have given my deer for testing for six seasons. The legislature should make this money permanent.

Marta Lindgren, Marlow
"""

AR11_FIGS = [
    F("4", S, note="release: dated Tuesday, November 4, 2025"),
    F("31", S, note="release: one of 31 check stations"),
    F("14", S, note="release: results online within 14 days"),
    F("2,140", S, note="log: Nov 29, 2,140 samples"),
    F("29", S, note="log: the week ending November 29 was the busiest week in the laboratory's history"),
    F("5,690", C, "5,960", note="log: 8 weeks, 5,960 samples tested (transposed digits)"),
    F("eight", S, note="log: 8 weeks"),
    F("14", S, note="log: the 14-day target"),
    F("97.6%", S, note="log: within the 14-day target for 97.6% of samples"),
    F("13", S, note="log: Nov 29, median 13 days to result"),
    F("$540,000", C, "$450,000", note="release: it has set aside $450,000 for testing (transposed digits)"),
    F("$38", S, note="log: the laboratory charges the division $38 a test"),
    F("880", S, note="log / release: before November 2 the laboratory tested 880 deer"),
    F("$33,400", S, derived=True, note="log: 880 x $38 = $33,440"),
    F("six", U, note="the letter writer's own habit; no source gives it"),
]

# --- AR12: committee briefing with a table (sources: report, minutes, article) -------------
AR12 = """# Briefing: antlerless permits by unit

*For the House natural resources committee*

| Unit | Harvest, 2025 | Antlerless, 2025 | Antlerless quota, 2026 |
|---|---|---|---|
| Northwoods | 9,870 | 4,890 | 6,500 |
| Sable River | 14,960 | 8,450 | 24,000 |

The commission cut Northwoods' quota by 2,500, after the only drop in harvest of any unit, and raised Sable River's by 4,000, where the disease was found in 2025. Statewide the 2026 quotas add up to 80,000, against 70,300 antlerless permits sold in 2025, about 14% more.

Hunters took 38,050 deer in the firearm season by the Sentinel's preliminary count; the final count was 38,120. The division's chief deer biologist, Tomasz Reinholt, 45, presented the quotas. The committee's bill would pay for 10 more check stations.
"""

AR12_FIGS = [
    F("2025", S, note="report table: harvest by deer management unit, 2025"),
    F("2025", S, note="report table: antlerless, 2025"),
    F("2026", S, note="minutes: antlerless permits for 2026"),
    F("9,870", S, note="report table: Northwoods harvest 9,870"),
    F("4,890", S, note="report table: Northwoods antlerless 4,890"),
    F("6,500", S, note="minutes: 6,500 in Northwoods"),
    F("14,960", S, note="report table: Sable River harvest 14,960"),
    F("8,450", C, "8,540", note="report table: Sable River antlerless 8,540 (transposed digits)"),
    F("24,000", S, note="minutes: 24,000 in Sable River"),
    F("2,500", S, derived=True, note="minutes: 9,000 - 6,500 = 2,500"),
    F("4,000", S, derived=True, note="minutes: 24,000 - 20,000 = 4,000"),
    F("2025", S, note="report: found for the first time in 2025"),
    F("2026", S, note="minutes: antlerless permits for 2026"),
    F("80,000", S, note="minutes: 80,000 in all"),
    F("70,300", S, note="report: hunters bought 70,300 antlerless permits"),
    F("2025", S, note="report: the 2025 seasons"),
    F("14%", S, derived=True, note="minutes / report: 80,000 / 70,300 = 1.138"),
    F("38,050", S, note="article: 38,050 deer, according to preliminary figures"),
    F("38,120", C, "38,210", note="report: the firearm season accounted for 38,210 deer (transposed digits)"),
    F("45", C, "54", note="article: Tomasz Reinholt, 54 (transposed digits)"),
    F("10", U, note="no source gives a bill or its check stations"),
]

# --- AR13: community forum post (sources: email, article) ---------------------------------
AR13 = """**Anyone else donating to Share the Harvest this year? (r/deerhunting)**

Saw the coordinator's season wrap-up. 1,874 deer donated statewide, up from 1,216, and they pay the processor $95 a deer so it costs you nothing. That's 68,300 lbs of ground venison, something like 273k meals.

The Sentinel said 1,420 had been donated by early December, so roughly 450 more came in after that. Only catch: if you hunt Sable River or Tamsin Plains your deer has to test clean before it goes out, and 212 deer waited 11 days on average.

Holt's in Marlow charges $115 to process a deer, so the $95 doesn't always cover it. Next year they're asking for $150 a deer. I've donated 4 deer in 3 years.
"""

AR13_FIGS = [
    F("1,874", S, note="email: hunters donated 1,874 deer this season"),
    F("1,216", C, "1,612", note="email: up from 1,612 last year"),
    F("$95", S, note="email: we paid processors $95 a deer"),
    F("68,300", S, note="email: 68,300 pounds of ground venison"),
    F("273k", S, note="email: 273,200 meals"),
    F("1,420", S, note="article: hunters had donated 1,420 deer through Share the Harvest by Saturday"),
    F("450", S, derived=True, note="email / article: 1,874 - 1,420 = 454"),
    F("212", S, note="email: 212 deer sat in processors' freezers"),
    F("11", S, note="email: for 11 days on average"),
    F("$115", S, note="article: Dana Holt processed 418 deer at $115 each"),
    F("$95", S, note="email / article: processors are paid $95 a deer"),
    F("$150", C, "$105", note="email: processors have asked for $105 a deer"),
    F("4", U, note="the poster's own donations; no source gives them"),
    F("3", U, note="the poster's own donations; no source gives them"),
]

CASES = [
    ("fresh22-blind", "fresh-ar", list(AR_POOL.values()), [
        ("wire.txt", AR1, AR1_FIGS, "wire story with a dateline without a day: derived differences and shares, transposed harvest, change, station count and success rate, a forecast no source makes"),
        ("opinion.md", AR2, AR2_FIGS, "opinion column: hedges, derived years, a percentage increase and a share, another motion's tally, a per-hunter value worked out from another case's document, the columnist's own proposal"),
        ("explainer.md", AR3, AR3_FIGS, "explainer with question headings and a Markdown table of weeks restating the testing log, derived shares and a rate, transposed figures, an invented laboratory"),
        ("newsletter.md", AR4, AR4_FIGS, "rod and gun club newsletter: heading, bold lead-ins, lines hard-wrapped near 80 columns, a pronoun for a person named earlier, sentence-initial But, the club's own dues"),
        ("blog.md", AR5, AR5_FIGS, "hunting blog from the commission's minutes and the testing log: a wrong hedged fraction, a product worked out, transposed figures, the blogger's own years"),
        ("memo.txt", AR6, AR6_FIGS, "committee staff memo in bullets: shares worked out across two documents, a transposed total, a wrong hold time, a bill's cost no source gives"),
        ("radio.txt", AR7, AR7_FIGS, "radio host read: dates and votes, a wrong county count, another motion's tally, a petition no source mentions"),
        ("faq.md", AR8, AR8_FIGS, "question-and-answer piece: a date worked out from a weekday, a range, derived change and share, transposed figures, a fee no source gives"),
        ("summary.md", AR9, AR9_FIGS, "LLM-style summary in bullets: a preliminary and a final count, a derived share, transposed figures, a wrong count of fatal incidents, an invented herd size"),
        ("bulletin.md", AR10, AR10_FIGS, "food pantry network bulletin, hard-wrapped: a derived difference, a transposed county count, another motion's tally, sentence-initial Yet, the network's own drive"),
        ("letter.txt", AR11, AR11_FIGS, "letter to the editor: a cost worked out from a count and a price, transposed sample count and budget, the writer's own habit"),
        ("briefing.md", AR12, AR12_FIGS, "committee briefing with a Markdown table of three units across two documents: derived differences and a percentage, a transposed cell, final count and age, an invented bill"),
        ("forum.md", AR13, AR13_FIGS, "community forum post in casual style: a rounded 'k' figure, a derived difference, a transposed count, a wrong fee, the poster's own donations"),
    ]),
]
CASE_SOURCES = {
    "fresh-ar-1": ["report", "release"],
    "fresh-ar-2": ["article", "minutes"],
    "fresh-ar-3": ["report", "log"],
    "fresh-ar-4": ["email", "release", "article"],
    "fresh-ar-5": ["minutes", "log"],
    "fresh-ar-6": ["report", "email"],
    "fresh-ar-7": ["release", "minutes"],
    "fresh-ar-8": ["article", "log"],
    "fresh-ar-9": ["report", "article"],
    "fresh-ar-10": ["email", "minutes", "log"],
    "fresh-ar-11": ["release", "log"],
    "fresh-ar-12": ["report", "minutes", "article"],
    "fresh-ar-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AR_POOL, CASE_SOURCES)
