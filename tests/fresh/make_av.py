#!/usr/bin/env python3
"""Generate tests/fresh/fresh24-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AV (fresh24-blind): a regional community college's year (Orrick Valley
                      Community College): the 2025 annual report excerpt
                      (fall enrollment, full-time equivalents, part-time
                      and dual-enrollment students, a table of six
                      programs and the rest: enrollment, change,
                      completion rate, graduates and first-year wages;
                      completion and transfer, the nursing program,
                      tuition, revenue from five sources, staff), the
                      college's release on a $52.5 million Health Sciences
                      Center bond, the trustees' minutes (the bond
                      resolution, a tuition increase, three bids for
                      simulation equipment), a newspaper article on the
                      bond election, the admissions office's monthly
                      application log (a table of six months with running
                      totals of applications and nursing applications)
                      and the director of nursing's hard-wrapped email to
                      the nursing faculty

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_av.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AV: Orrick Valley Community College's year (fictional)
# ---------------------------------------------------------------------------

AV_REPORT = """Orrick Valley Community College
Annual Report 2025 (excerpt)
Office of Institutional Research, January 2026

Enrollment

Credit enrollment in fall 2025 was 9,486 students, up 4.3% from 9,095 in fall 2024 and the highest since 2011. Full-time-equivalent enrollment was 5,212. Of the students, 63% attended part time, and 1,742, or 18.4%, were high school students taking college courses through dual enrollment. Another 4,310 people enrolled in noncredit workforce courses.

Table 1. Selected programs, fall 2025

| Program | Enrollment, fall 2025 | Change from fall 2024 (%) | Three-year completion rate (%) | Graduates, 2024-25 | Median first-year wage of graduates ($) |
|---|---|---|---|---|---|
| Nursing (RN) | 612 | +3.4 | 71.2 | 118 | 68,400 |
| Welding and Fabrication | 284 | +17.8 | 64.5 | 97 | 47,900 |
| Information Technology | 738 | +9.6 | 38.1 | 104 | 52,300 |
| Business Administration | 1,046 | -2.7 | 31.4 | 141 | 39,800 |
| Early Childhood Education | 392 | -6.1 | 42.6 | 58 | 31,200 |
| Automotive Technology | 231 | +5.9 | 58.3 | 63 | 44,100 |
| All other programs | 6,183 | +5.2 | 33.0 | 705 | |
| All programs | 9,486 | +4.3 | 36.9 | 1,286 | |

Welding and Fabrication grew fastest and Early Childhood Education shrank the most. Nursing had the highest completion rate and the highest first-year wages.

Completion and transfer

Of the students who started in fall 2022, 36.9% earned a degree or certificate within three years, up from 34.2% for those who started in fall 2021, and another 17.5% transferred to a four-year college without one. The completion rate ranked fourth among the state's 16 community colleges.

Nursing

The nursing program admits 120 students a year to a two-year course of study and turned away 214 qualified applicants in 2025. Of its 2025 graduates, 91.4% passed the national licensing exam on the first try, against 88.0% statewide. The program is taught in Calloway Hall, built in 1974.

Tuition

Tuition for county residents is $148 a credit hour in 2025-26, up from $142, and $226 for students from outside Arliss County. A full-time resident student taking 30 credits a year pays $4,440 in tuition and $390 in fees. Of all students, 71% received financial aid.

Finances

Revenue in the 2024-25 fiscal year was $96.8 million: $38.2 million from state aid (39.5%), $29.6 million from tuition and fees (30.6%), $14.9 million from Arliss County (15.4%), $10.3 million from grants and contracts (10.6%) and $3.8 million from other sources (3.9%). Spending was $95.1 million.

Staff

The college employs 1,124 people, including 312 full-time faculty members and 486 adjunct instructors, who teach 58% of course sections.
"""

AV_RELEASE = """ORRICK VALLEY COMMUNITY COLLEGE
Office of Communications
NEWS RELEASE
Friday, February 13, 2026
Contact: Nell Stavros, communications director

Trustees put $52.5 million Health Sciences Center bond before voters on May 5

PELLHAM, Feb. 13, 2026 - Orrick Valley Community College will ask Arliss County voters on Tuesday, May 5, to approve a $52.5 million bond to build a Health Sciences Center on its Pellham campus, the college's first new building since 2008.

The 68,000-square-foot building would let the nursing program grow from 120 to 200 students a year and add programs in respiratory therapy and surgical technology. It would replace Calloway Hall, which was built in 1974.

The bond would be repaid over 20 years. The college estimates that it would cost the owner of a $250,000 home about $38 a year. Construction would start in spring 2027, and the building would open for classes in fall 2029.

"Last year we turned away 214 qualified nursing applicants while hospitals in this county went begging for nurses," said President Helena Marsh-Obi. "This building fixes that."

Employers in the region expect to fill about 1,150 registered nurse jobs a year through 2030, according to the state labor department. The college's nursing graduates earned a median of $68,400 in their first year.

The trustees voted 6-0 on Thursday to place the measure on the ballot. The bond needs a simple majority to pass.
"""

AV_MINUTES = """ORRICK VALLEY COMMUNITY COLLEGE
Board of Trustees
Minutes of the regular meeting, Thursday, February 12, 2026, 5:30 p.m.
Boardroom, Founders Hall, Pellham campus

Present: Chair Ignatius Rowe; trustees Marguerite Ansel, Desmond Kyle, Priyanka Lalwani, Otto Svensson and Corinne Whitlock (six of seven). Absent: Trustee Hector Balogun. Staff: President Helena Marsh-Obi; Vice President for Finance Roland Teague.

1. Call to order

The chair called the meeting to order at 5:32 p.m.

2. President's report

Dr. Marsh-Obi reported that credit enrollment for the spring 2026 term was 8,912, up 3.1% from spring 2025, and that the college had received 2,310 applications for the fall term in January.

3. Health Sciences Center bond

Mr. Teague presented a resolution to place a $52.5 million, 20-year bond on the May 5 ballot. At an expected rate of 4.1%, payments would be about $3.9 million a year. Trustee Lalwani moved adoption; Trustee Kyle seconded. Carried 6-0.

4. Tuition for 2026-27

Mr. Teague proposed raising tuition for county residents to $155 a credit hour from $148, and for students from outside the county to $236 from $226, from the fall 2026 term. The increase would bring in about $1.3 million a year. Trustee Whitlock said a 4.7% increase would be the largest in six years and would hit part-time students hardest. Trustee Svensson moved approval; Trustee Ansel seconded. Carried 4-2, trustees Kyle and Whitlock voting no.

5. Nursing simulation equipment

Three bids for nursing simulation manikins and software were opened on February 3: MedSim Partners, $418,000; Corvid Health Systems, $446,500; and Haverly Clinical, $472,000. Trustee Ansel moved to award the contract to MedSim Partners, the lowest bidder, to be paid from a $450,000 state workforce grant; Trustee Lalwani seconded. Carried 5-1, Trustee Svensson voting no.

6. Campus safety

By consent, the board asked the president to report on lighting in the Stoneford campus parking lots by April 9.

7. Public comment

Two people spoke. Gerald Fisk of the Arliss Taxpayers League said the bond would add to a county tax bill that had risen three years in a row.

8. Adjournment

The meeting adjourned at 7:58 p.m. The next regular meeting is Thursday, March 12, 2026.
"""

AV_ARTICLE = """Voters approve $52.5 million nursing building for Orrick Valley

By Simone Achebe, The Pellham Gazette
Saturday, May 9, 2026

Arliss County voters on Tuesday approved Orrick Valley Community College's $52.5 million bond for a Health Sciences Center, 18,442 to 13,517, or 57.7% in favor, according to unofficial results. Turnout in the special election was 22.6%.

Talia Brennan, 27, heard the news while she was packing lunches for her two children. She has been on the nursing program's waiting list since 2024. "I have done every prerequisite twice," she said. "I just need a seat."

The new building will let the program grow to 200 students a year from 120. The college turned away 214 qualified applicants last year.

"We graduate nurses who stay here," said Maureen Ashdown, 56, the college's director of nursing. Nine in ten of them work in the county a year after graduating, she said.

Not everyone was pleased. Gerald Fisk, 68, of the Arliss Taxpayers League, said the bond would cost the owner of a $250,000 home about $38 a year for 20 years, on top of a tuition increase. Trustees voted 4-2 in February to raise tuition to $155 a credit hour from $148 this fall.

Construction is to start in spring 2027, and the building is to open in fall 2029. Calloway Hall, the program's home since 1974, will be torn down.

Fall enrollment was 9,486 last year, up 4.3%. "More of them want to be nurses than we can teach," Ashdown said.
"""

AV_LOG = """Orrick Valley Community College - admissions log, January to June 2026
Applications for the fall 2026 term; monthly totals
Compiled by the Office of Admissions, July 2026

| Month | Applications | Applications, year to date | Nursing applications | Nursing applications, year to date | Admitted | Campus tour visitors |
|---|---|---|---|---|---|---|
| January | 2,310 | 2,310 | 96 | 96 | 1,870 | 412 |
| February | 1,980 | 4,290 | 121 | 217 | 1,640 | 538 |
| March | 1,640 | 5,930 | 142 | 359 | 1,390 | 627 |
| April | 1,470 | 7,400 | 88 | 447 | 1,250 | 591 |
| May | 1,860 | 9,260 | 48 | 495 | 1,580 | 704 |
| June | 2,240 | 11,500 | 0 | 495 | 1,910 | 466 |
| January to June | 11,500 | | 495 | | 9,640 | 3,338 |

Notes

- January to June 2025: 10,380 applications, 402 of them to nursing.
- The new online application went live on Monday, January 12.
- Nursing applications closed on Friday, May 15, for the 120 seats in the fall 2026 class.
- The busiest day was Wednesday, May 6, the day after the bond election, with 173 applications.
- Admitted counts include students admitted to general studies while they wait for a selective program.
"""

AV_EMAIL = """From: Maureen Ashdown, Director of Nursing
To: Nursing faculty and clinical instructors
Date: Friday, May 22, 2026
Subject: The bond, the fall class and pinning

Dear colleagues,

You will have heard: the bond passed on May 5 with 57.7% of the vote.
The Health Sciences Center is to open in fall 2029, and we will plan it
together. Thank you to the 31 of you who knocked on doors.

Applications closed on May 15. We received 495 for the 120 seats in the
fall class, about four for every seat. Offers go out on Monday, June 8.

Our class of 2025 passed the licensing exam at 91.4% on the first try,
against 88.0% statewide. This spring we graduate 109 of the 120 who
started in fall 2024.

Clinical placements: Arliss Regional Medical Center has given us 14
units for the fall, up from 11, and St. Brigid's adds a night rotation.

Hiring: we have two faculty openings at a starting salary of $78,500.
Please send good people my way.

Pinning is Friday, June 5, at 6 p.m. in the Pellham campus gym. Each
graduate may bring four guests.

With thanks,
Maureen
"""

AV_POOL = {
    "report": {"name": "orrick-valley-annual-report-2025.md", "text": AV_REPORT},
    "release": {"name": "orrick-valley-bond-release-2026-02-13.txt", "text": AV_RELEASE},
    "minutes": {"name": "orrick-valley-trustees-minutes-2026-02-12.txt", "text": AV_MINUTES},
    "article": {"name": "pellham-gazette-bond-approved.txt", "text": AV_ARTICLE},
    "log": {"name": "orrick-valley-admissions-log-2026-h1.md", "text": AV_LOG},
    "email": {"name": "director-of-nursing-email-2026-05-22.txt", "text": AV_EMAIL},
}

# --- AV1: wire story (sources: report, release) ------------------------------------------
AV1 = """Orrick Valley enrollment climbs 4.3% as college seeks $52.5 million for nursing

PELLHAM (State Wire) - Orrick Valley Community College enrolled 9,486 credit students in fall 2025, up 4.3% from 9,059 a year earlier and the most since 2011, according to its annual report. Nearly a fifth of them, 1,742, were high school students taking dual-enrollment courses.

Welding and Fabrication grew fastest, by 17.8%, while Early Childhood Education shrank by 6.1%. Nursing graduates earned a median starting wage of $68,400, the highest of any program.

The college wants to grow that program. Voters will decide on Tuesday, May 5, whether to approve a $52.5 million bond for a 68,000-square-foot Health Sciences Center that would raise nursing admissions to 200 a year from 120. The program turned away 241 qualified applicants last year.

The bond would be repaid over 25 years and would cost the owner of a $250,000 home about $38 a year. The building would open in fall 2029, replacing Calloway Hall, built in 1974. The college expects to hire 40 more nursing instructors.
"""

AV1_FIGS = [
    F("4.3%", S, note="report: up 4.3% from 9,095 in fall 2024"),
    F("$52.5 million", S, note="release: a $52.5 million bond"),
    F("9,486", S, note="report: credit enrollment in fall 2025 was 9,486 students"),
    F("2025", S, note="report: fall 2025"),
    F("4.3%", S, note="report: up 4.3%"),
    F("9,059", C, "9,095", note="report: from 9,095 in fall 2024 (transposed digits)"),
    F("2011", S, note="report: the highest since 2011"),
    F("a fifth", S, note="report: 1,742, or 18.4%, were high school students ('nearly a fifth')"),
    F("1,742", S, note="report: 1,742 dual-enrollment students"),
    F("17.8%", S, note="report table: Welding and Fabrication +17.8, the fastest growth"),
    F("6.1%", S, note="report table: Early Childhood Education -6.1, the largest drop"),
    F("$68,400", S, note="report table / release: nursing graduates' median first-year wage $68,400, the highest"),
    F("5", S, note="release: on Tuesday, May 5"),
    F("$52.5 million", S, note="release: a $52.5 million bond"),
    F("68,000", S, note="release: the 68,000-square-foot building"),
    F("200", S, note="release: grow from 120 to 200 students a year"),
    F("120", S, note="release / report: the nursing program admits 120 students a year"),
    F("241", C, "214", note="report / release: turned away 214 qualified applicants in 2025 (transposed digits)"),
    F("25", C, "20", note="release: the bond would be repaid over 20 years"),
    F("$250,000", S, note="release: the owner of a $250,000 home"),
    F("$38", S, note="release: about $38 a year"),
    F("2029", S, note="release: open for classes in fall 2029"),
    F("1974", S, note="release / report: Calloway Hall, built in 1974"),
    F("40", U, note="no source gives a number of nursing instructors to hire"),
]

# --- AV2: opinion column (sources: article, minutes) -------------------------------------
AV2 = """# A nursing building, yes. A tuition increase, not now.

*Opinion | By Harold Ekwueme*

Talia Brennan, 27, has been waiting for a seat in Orrick Valley's nursing program since 2024, two years. She is exactly the student a community college exists for, and on Tuesday voters gave her a better chance: the $52.5 million Health Sciences Center bond passed 18,442 to 13,517, a margin of 4,295 votes, with 57.7% in favor.

The building will let the program take 200 students a year instead of 120, two thirds more. That is money well spent, even at about $38 a year for the owner of a $250,000 home.

The trustees' other vote in February was harder to defend. By 5-1 they raised tuition to $155 a credit hour from $148, a 4.7% increase that Trustee Corinne Whitlock called the largest in six years. It will bring in about $1.3 million a year. Students like Ms. Brennan, with two children at home, will feel every dollar.

I would ask the trustees to freeze tuition for part-time students for three years.
"""

AV2_FIGS = [
    F("27", S, note="article: Talia Brennan, 27"),
    F("2024", S, note="article: on the nursing program's waiting list since 2024"),
    F("two", S, derived=True, note="article: dated 2026; 2026 - 2024 = 2 years"),
    F("$52.5 million", S, note="article / minutes: the $52.5 million bond"),
    F("18,442", S, note="article: 18,442 to 13,517"),
    F("13,517", S, note="article: 18,442 to 13,517"),
    F("4,295", C, "4,925", derived=True, note="article: 18,442 - 13,517 = 4,925"),
    F("57.7%", S, note="article: or 57.7% in favor"),
    F("200", S, note="article: grow to 200 students a year from 120"),
    F("120", S, note="article: from 120"),
    F("two thirds", S, derived=True, note="article: (200 - 120) / 120 = 66.7%"),
    F("$38", S, note="article: about $38 a year"),
    F("$250,000", S, note="article: the owner of a $250,000 home"),
    F("5", C, "4", note="minutes: the tuition increase carried 4-2; 5-1 is the simulation equipment's tally"),
    F("1", C, "2", note="minutes: carried 4-2, trustees Kyle and Whitlock voting no"),
    F("$155", S, note="minutes / article: tuition to $155 a credit hour"),
    F("$148", S, note="minutes / article: from $148"),
    F("4.7%", S, note="minutes: Whitlock said a 4.7% increase would be the largest in six years"),
    F("six", S, note="minutes: the largest in six years"),
    F("$1.3 million", S, note="minutes: about $1.3 million a year"),
    F("two", S, note="article: packing lunches for her two children"),
    F("three", U, note="the columnist's own proposal; no source gives it"),
]

# --- AV3: explainer with a Markdown table (sources: report, log) --------------------------
AV3 = """# Who is applying to Orrick Valley, and for what?

*An explainer on the college's enrollment and applications*

### How big is the college?

It enrolled 9,486 credit students in fall 2025, according to its annual report, 391 more than a year earlier. Business Administration is the largest of the six programs the report lists, with 1,046 students, but Welding and Fabrication grew fastest, by 17.8%.

### Is this fall's class bigger?

| Month | Applications | Nursing applications |
|---|---|---|
| January | 2,310 | 96 |
| March | 1,640 | 124 |
| May | 1,860 | 48 |

By the end of June the college had 11,500 applications for the fall, about 11% more than the 10,380 of a year earlier.

### Why is nursing so crowded?

The program admits 120 students a year. It drew 495 applications this year, about four for each seat, and turned away 214 qualified applicants in 2024. Its three-year completion rate is 71.2%, the highest in the report, and its graduates earn a median starting wage of $86,400.

### What next?

The college hopes for 15,000 applications next year.
"""

AV3_FIGS = [
    F("9,486", S, note="report: credit enrollment in fall 2025 was 9,486 students"),
    F("2025", S, note="report: fall 2025"),
    F("391", S, derived=True, note="report: 9,486 - 9,095 = 391"),
    F("six", S, note="report table: six programs listed by name (Business Administration's 1,046 the largest)"),
    F("1,046", S, note="report table: Business Administration 1,046"),
    F("17.8%", S, note="report table: Welding and Fabrication +17.8, the fastest growth"),
    F("2,310", S, note="log: January 2,310 applications"),
    F("96", S, note="log: January 96 nursing applications"),
    F("1,640", S, note="log: March 1,640 applications"),
    F("124", C, "142", note="log: March 142 nursing applications (transposed digits)"),
    F("1,860", S, note="log: May 1,860 applications"),
    F("48", S, note="log: May 48 nursing applications"),
    F("11,500", S, note="log: applications, year to date through June, 11,500"),
    F("11%", S, derived=True, note="log: 11,500 / 10,380 = 1.108, 'about 11%'"),
    F("10,380", S, note="log: January to June 2025, 10,380 applications"),
    F("120", S, note="report / log: the nursing program admits 120 students a year; the 120 seats"),
    F("495", S, note="log: January to June, 495 nursing applications"),
    F("four", S, derived=True, note="log: 495 / 120 = 4.1 applications a seat"),
    F("214", S, note="report: turned away 214 qualified applicants in 2025"),
    F("2024", C, "2025", note="report: turned away 214 qualified applicants in 2025"),
    F("three", S, note="report table: three-year completion rate"),
    F("71.2%", S, note="report table: Nursing 71.2, the highest completion rate"),
    F("$86,400", C, "$68,400", note="report table: Nursing median first-year wage $68,400 (transposed digits)"),
    F("15,000", U, note="no source gives a goal for next year's applications"),
]

# --- AV4: alumni newsletter, hard-wrapped (sources: email, release, article) --------------
AV4 = """# Orrick Valley Nursing Alumni: May 2026 newsletter

**The bond passed.** Voters approved the $52.5 million Health Sciences
Center on May 5 with 57.7% in favor. The building will replace Calloway
Hall, our home since 1974, and open in fall 2028. It will cost the owner
of a $250,000 home about $38 a year.

**More seats.** The program will grow to 200 students a year from 120.
Maureen Ashdown, 56, the director of nursing, says 495 people applied
for this fall's 120 seats, about five for every seat. She has two
faculty openings to fill.

**Our graduates.** The class of 2025 passed the licensing exam at 94.1%
on their initial attempt, against 88.0% statewide. But 11 of the 120
who started in fall 2024 will not graduate with their class this
spring.

**Pinning.** The ceremony is Friday, June 5, in the campus gym, and each
graduate may bring four guests. Alumni dues are $30 a year.
"""

AV4_FIGS = [
    F("2026", S, note="email / release / article: the sources are dated 2026"),
    F("$52.5 million", S, note="article / release: the $52.5 million bond for a Health Sciences Center"),
    F("5", S, note="email / release: the bond passed on May 5"),
    F("57.7%", S, note="email / article: with 57.7% of the vote"),
    F("1974", S, note="article / release: Calloway Hall, the program's home since 1974"),
    F("2028", C, "2029", note="email / release / article: the building is to open in fall 2029"),
    F("$250,000", S, note="release / article: the owner of a $250,000 home"),
    F("$38", S, note="release / article: about $38 a year"),
    F("200", S, note="article / release: grow to 200 students a year"),
    F("120", S, note="article / release: from 120"),
    F("56", S, note="article: Maureen Ashdown, 56, the college's director of nursing"),
    F("495", S, note="email: we received 495 for the 120 seats"),
    F("120", S, note="email: the 120 seats in the fall class"),
    F("five", C, "four", note="email: about four for every seat"),
    F("two", S, note="email: we have two faculty openings"),
    F("2025", S, note="email: our class of 2025"),
    F("94.1%", C, "91.4%", note="email: passed the licensing exam at 91.4% on the first try (transposed digits)"),
    F("88.0%", S, note="email: against 88.0% statewide"),
    F("11", S, derived=True, note="email: we graduate 109 of the 120 who started; 120 - 109 = 11"),
    F("120", S, note="email: the 120 who started in fall 2024"),
    F("2024", S, note="email: started in fall 2024"),
    F("5", S, note="email: pinning is Friday, June 5"),
    F("four", S, note="email: each graduate may bring four guests"),
    F("$30", U, note="the alumni association's own dues; no source gives them"),
]

# --- AV5: blog post (sources: minutes, log) -----------------------------------------------
AV5 = """## Trustee notes: the bond, the tuition vote and the manikins

*Posted by Wren Tolliver | Arliss Education Watch*

At their February 12 meeting the six trustees present voted 6-0 to put a $52.5 million, 20-year bond on the May 5 ballot. Payments would run about $3.9 million a year, or $78 million over the life of the bond. The nursing program, after all, turned away 214 qualified applicants last year.

Then came tuition: $155 a credit hour from $148 for county residents, passed 4-2.

The board also bought nursing simulation manikins from MedSim Partners for $418,000, the lowest of three bids and $54,000 under Haverly Clinical's, on a 5-1 vote. A $450,000 state grant pays for them, which leaves $23,000.

And the applications? The admissions log shows 11,500 for the fall by the end of June, 2,420 of them in June, and 495 to nursing. My guess: the fall class will top 10,000.
"""

AV5_FIGS = [
    F("12", S, note="minutes: the regular meeting of Thursday, February 12, 2026"),
    F("six", S, note="minutes: six of seven trustees present"),
    F("6", S, note="minutes: the bond resolution carried 6-0"),
    F("0", S, note="minutes: carried 6-0"),
    F("$52.5 million", S, note="minutes: a $52.5 million, 20-year bond"),
    F("20", S, note="minutes: a 20-year bond"),
    F("5", S, note="minutes: on the May 5 ballot"),
    F("$3.9 million", S, note="minutes: payments would be about $3.9 million a year"),
    F("$78 million", S, derived=True, note="minutes: $3.9 million x 20 years = $78 million"),
    F("214", U, note="the 214 applicants turned away are in the report, release and article, none of them among this case's sources"),
    F("$155", S, note="minutes: tuition for county residents to $155 a credit hour"),
    F("$148", S, note="minutes: from $148"),
    F("4", S, note="minutes: the tuition increase carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("$418,000", S, note="minutes: MedSim Partners, $418,000, the lowest bidder"),
    F("three", S, note="minutes: three bids for nursing simulation manikins"),
    F("$54,000", S, derived=True, note="minutes: Haverly Clinical $472,000 - $418,000 = $54,000"),
    F("5", S, note="minutes: the simulation equipment carried 5-1"),
    F("1", S, note="minutes: carried 5-1"),
    F("$450,000", S, note="minutes: a $450,000 state workforce grant"),
    F("$23,000", C, "$32,000", derived=True, note="minutes: $450,000 - $418,000 = $32,000"),
    F("11,500", S, note="log: applications, year to date through June, 11,500"),
    F("2,420", C, "2,240", note="log: June 2,240 applications (transposed digits)"),
    F("495", S, note="log: nursing applications, year to date, 495"),
    F("10,000", U, note="the blogger's own guess; no source gives it"),
]

# --- AV6: legislative aide's memo with bullets (sources: report, email) ------------------
AV6 = """MEMO
To: State Senator Opal Grissom
From: Legislative aide
Re: Orrick Valley nursing program, for Tuesday's site visit

From the college's 2025 annual report and the nursing director's May 22 email to her faculty:

- **Size:** 612 nursing students in fall 2025, up 3.4%; the program admits 120 a year and turned away 214 qualified applicants.
- **Results:** 71.2% complete within three years, nearly twice the college's 36.9%. Of 2025 graduates, 91.4% passed the licensing exam at the initial attempt, 3.4 points above the state's 88.0%.
- **Pay:** graduates earn a median starting wage of $68,400, $16,100 more than welding graduates.
- **This fall:** 495 applications for 120 seats; offers go out on June 8.
- **Staff:** two faculty openings at $87,500.
- **Building:** Calloway Hall dates from 1974. The senator may want to ask about the $52.5 million bond.
"""

AV6_FIGS = [
    F("2025", S, note="report: Annual Report 2025"),
    F("22", S, note="email: dated Friday, May 22, 2026"),
    F("612", S, note="report table: Nursing 612 students, fall 2025"),
    F("2025", S, note="report table: fall 2025"),
    F("3.4%", S, note="report table: Nursing +3.4"),
    F("120", S, note="report: the nursing program admits 120 students a year"),
    F("214", S, note="report: turned away 214 qualified applicants in 2025"),
    F("71.2%", S, note="report table: Nursing three-year completion rate 71.2"),
    F("three", S, note="report table: three-year completion rate"),
    F("twice", S, derived=True, note="report: 71.2 / 36.9 = 1.93, 'nearly twice'"),
    F("36.9%", S, note="report: all programs, 36.9%"),
    F("2025", S, note="report / email: of its 2025 graduates; our class of 2025"),
    F("91.4%", S, note="report / email: 91.4% passed the national licensing exam on the first try"),
    F("3.4", S, derived=True, note="report / email: 91.4 - 88.0 = 3.4 points"),
    F("88.0%", S, note="report / email: against 88.0% statewide"),
    F("$68,400", S, note="report table: Nursing median first-year wage $68,400"),
    F("$16,100", C, "$20,500", derived=True, note="report table: Nursing $68,400 - Welding and Fabrication $47,900 = $20,500 ($16,100 is the gap to Information Technology)"),
    F("495", S, note="email: we received 495 for the 120 seats"),
    F("120", S, note="email: the 120 seats"),
    F("8", S, note="email: offers go out on Monday, June 8"),
    F("two", S, note="email: we have two faculty openings"),
    F("$87,500", C, "$78,500", note="email: at a starting salary of $78,500 (transposed digits)"),
    F("1974", S, note="report: Calloway Hall, built in 1974"),
    F("$52.5 million", U, note="the $52.5 million bond is in the release, minutes and article, none of them among this case's sources"),
]

# --- AV7: radio script (sources: release, minutes) ----------------------------------------
AV7 = """WPLM Morning Edition - college bond on the ballot
Anchor read

Orrick Valley Community College wants a new home for its nursing program. On Thursday the trustees voted 6-0 to put a $52.5 million bond on the May 5 ballot, and on Friday the college laid out the plan: a 68,000-square-foot Health Sciences Center that would let nursing grow from 120 to 200 students a year. The college has not put up a new building since 2018.

The bond would be repaid over 20 years, at about $3.9 million a year. For the owner of a $250,000 home, the college puts the cost at about $83 a year. Construction would start in spring 2027, with classes in fall 2029. The program's graduates pass the licensing exam at 91.4%.

The trustees also raised tuition for county residents to $155 a credit hour from $148, on a 4-2 vote, and bought simulation manikins for $418,000. The college says the building will create 600 construction jobs.
"""

AV7_FIGS = [
    F("6", S, note="minutes / release: the bond resolution carried 6-0"),
    F("0", S, note="minutes / release: carried 6-0"),
    F("$52.5 million", S, note="minutes / release: a $52.5 million bond"),
    F("5", S, note="minutes / release: on the May 5 ballot"),
    F("68,000", S, note="release: the 68,000-square-foot building"),
    F("120", S, note="release: grow from 120 to 200 students a year"),
    F("200", S, note="release: to 200 students a year"),
    F("2018", C, "2008", note="release: the college's first new building since 2008"),
    F("20", S, note="release / minutes: repaid over 20 years"),
    F("$3.9 million", S, note="minutes: payments would be about $3.9 million a year"),
    F("$250,000", S, note="release: the owner of a $250,000 home"),
    F("$83", C, "$38", note="release: about $38 a year (transposed digits)"),
    F("2027", S, note="release: construction would start in spring 2027"),
    F("2029", S, note="release: open for classes in fall 2029"),
    F("91.4%", U, note="the pass rate is in the report and the email, neither among this case's sources"),
    F("$155", S, note="minutes: tuition for county residents to $155 a credit hour"),
    F("$148", S, note="minutes: from $148"),
    F("4", S, note="minutes: the tuition increase carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("$418,000", S, note="minutes: MedSim Partners, $418,000"),
    F("600", U, note="no source gives construction jobs"),
]

# --- AV8: Q&A (sources: article, log) -----------------------------------------------------
AV8 = """## The nursing building vote: your questions

**Did the bond pass?** Yes, 18,442 to 13,517, with 57.7% in favor. Turnout was 26.2%.

**What does it buy?** A Health Sciences Center that lets the nursing program grow to 200 students a year from 120.

**How many want to be nurses?** The admissions log counted 495 nursing applications by the May 15 deadline, up from 402 a year earlier, about 23% more. The college turned away 214 qualified applicants last year.

**Did the vote bring in applicants?** The busiest day for applications was Wednesday, May 6, the day after the election, with 173.

**What will it cost me?** About $38 a year on a $250,000 home, for 20 years, says Gerald Fisk, 86, who opposed it. Tuition also rises to $155 a credit hour from $148 this fall, after a 4-2 vote.

**Who is waiting?** Talia Brennan, 27, on the waiting list since 2024. The college says the new building will cut the wait to six months.
"""

AV8_FIGS = [
    F("18,442", S, note="article: 18,442 to 13,517"),
    F("13,517", S, note="article: 18,442 to 13,517"),
    F("57.7%", S, note="article: or 57.7% in favor"),
    F("26.2%", C, "22.6%", note="article: turnout in the special election was 22.6% (transposed digits)"),
    F("200", S, note="article: grow to 200 students a year"),
    F("120", S, note="article: from 120"),
    F("495", S, note="log: January to June, 495 nursing applications"),
    F("15", S, note="log: nursing applications closed on Friday, May 15"),
    F("402", S, note="log: January to June 2025, 402 of them to nursing"),
    F("23%", S, derived=True, note="log: 495 / 402 = 1.231, 'about 23% more'"),
    F("214", S, note="article: the college turned away 214 qualified applicants last year"),
    F("6", S, note="log: the busiest day was Wednesday, May 6, the day after the bond election"),
    F("173", S, note="log: with 173 applications"),
    F("$38", S, note="article: about $38 a year"),
    F("$250,000", S, note="article: the owner of a $250,000 home"),
    F("20", S, note="article: for 20 years"),
    F("86", C, "68", note="article: Gerald Fisk, 68 (transposed digits)"),
    F("$155", S, note="article: raise tuition to $155 a credit hour"),
    F("$148", S, note="article: from $148"),
    F("4", S, note="article: trustees voted 4-2"),
    F("2", S, note="article: voted 4-2"),
    F("27", S, note="article: Talia Brennan, 27"),
    F("2024", S, note="article: on the waiting list since 2024"),
    F("six", U, note="no source says how long the wait will be"),
]

# --- AV9: LLM-style summary with bullets (sources: report, article) ----------------------
AV9 = """**Summary: Orrick Valley Community College, 2025 and the bond**

- **Enrollment:** 9,486 credit students in fall 2025, up 4.3%.
- **Programs:** Information Technology grew 9.6% to 783 students; Business Administration fell 2.7% to 1,046 and Early Childhood Education 6.1%, the steepest drop.
- **Completion:** 36.9% within three years, up 2.7 points from 34.2%, ranking fifth among the state's 16 community colleges.
- **Bond:** voters approved $52.5 million for a Health Sciences Center, 57.7% to 42.3%.
- **Nursing:** 120 seats a year, rising to 200; 214 qualified applicants turned away.
- **People:** Maureen Ashdown, 65, directs the nursing program. The college plans to add 12 new programs by 2030.
"""

AV9_FIGS = [
    F("2025", S, note="report: Annual Report 2025"),
    F("9,486", S, note="report: credit enrollment in fall 2025 was 9,486 students"),
    F("2025", S, note="report: fall 2025"),
    F("4.3%", S, note="report: up 4.3%"),
    F("9.6%", S, note="report table: Information Technology +9.6"),
    F("783", C, "738", note="report table: Information Technology 738 students (transposed digits)"),
    F("2.7%", S, note="report table: Business Administration -2.7"),
    F("1,046", S, note="report table: Business Administration 1,046"),
    F("6.1%", S, note="report table: Early Childhood Education -6.1, the largest drop"),
    F("36.9%", S, note="report: 36.9% earned a degree or certificate within three years"),
    F("three", S, note="report: within three years"),
    F("2.7", S, derived=True, note="report: 36.9 - 34.2 = 2.7 points"),
    F("34.2%", S, note="report: up from 34.2%"),
    F("fifth", C, "fourth", note="report: the completion rate ranked fourth among the state's 16 community colleges"),
    F("16", S, note="report: the state's 16 community colleges"),
    F("$52.5 million", S, note="article: the $52.5 million bond for a Health Sciences Center"),
    F("57.7%", S, note="article: 57.7% in favor"),
    F("42.3%", S, derived=True, note="article: 13,517 / 31,959 = 42.3% (100 - 57.7)"),
    F("120", S, note="report / article: the nursing program admits 120 students a year"),
    F("200", S, note="article: grow to 200 students a year"),
    F("214", S, note="report / article: turned away 214 qualified applicants"),
    F("65", C, "56", note="article: Maureen Ashdown, 56 (transposed digits)"),
    F("12", U, note="no source gives a plan for new programs"),
    F("2030", U, note="no source gives a plan for new programs by 2030; the release's 2030 is for nurse jobs, and the release is not among this case's sources"),
]

# --- AV10: faculty association bulletin, hard-wrapped (sources: email, minutes, log) -----
AV10 = """# Orrick Valley Faculty Association: June 2026 bulletin

**The bond.** It passed on May 5 with 57.7% of the vote, and our nursing
colleagues did much of the door-knocking: Maureen Ashdown thanked 31 of
them. She now has 495 applications for 120 seats. But the trustees' vote
in February to put the $52.5 million bond on the ballot was only 5-1.

**Tuition.** The trustees voted 4-2 to raise resident tuition to $155 a
credit hour from $148, $7 more. Yet two trustees, Kyle and Whitlock,
voted no.

**Hiring.** Nursing has two faculty openings at a starting salary of
$78,500. The admissions log counted 11,500 applications for the fall by
the end of June, up about 11% from 10,380 a year earlier.

**Equipment.** The board bought simulation manikins for $481,000 on a
5-1 vote, with Trustee Svensson voting no.

**Pinning** is Friday, June 5. Chapter dues stay at $22 a month.
"""

AV10_FIGS = [
    F("2026", S, note="email / minutes / log: the sources are dated 2026"),
    F("5", S, note="email: the bond passed on May 5"),
    F("57.7%", S, note="email: with 57.7% of the vote"),
    F("31", S, note="email: thank you to the 31 of you who knocked on doors"),
    F("495", S, note="email / log: we received 495 for the 120 seats"),
    F("120", S, note="email / log: the 120 seats"),
    F("$52.5 million", S, note="minutes: a $52.5 million, 20-year bond"),
    F("5", C, "6", note="minutes: the bond resolution carried 6-0; 5-1 is the simulation equipment's tally"),
    F("1", C, "0", note="minutes: carried 6-0"),
    F("4", S, note="minutes: the tuition increase carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("$155", S, note="minutes: tuition for county residents to $155 a credit hour"),
    F("$148", S, note="minutes: from $148"),
    F("$7", S, derived=True, note="minutes: $155 - $148 = $7"),
    F("two", S, note="minutes: trustees Kyle and Whitlock voting no"),
    F("two", S, note="email: we have two faculty openings"),
    F("$78,500", S, note="email: at a starting salary of $78,500"),
    F("11,500", S, note="log: applications, year to date through June, 11,500"),
    F("11%", S, derived=True, note="log: 11,500 / 10,380 = 1.108, 'about 11%'"),
    F("10,380", S, note="log: January to June 2025, 10,380 applications"),
    F("$481,000", C, "$418,000", note="minutes: MedSim Partners, $418,000 (transposed digits)"),
    F("5", S, note="minutes: the simulation equipment carried 5-1"),
    F("1", S, note="minutes: carried 5-1, Trustee Svensson voting no"),
    F("5", S, note="email: pinning is Friday, June 5"),
    F("$22", U, note="the association's own dues; no source gives them"),
]

# --- AV11: letter to the editor (sources: release, log) ----------------------------------
AV11 = """Letter: Build it, and they are already coming

To the editor:

In February the college asked voters for $52.5 million to build a Health Sciences Center and grow the nursing program from 120 to 200 students a year, a two-thirds increase, with the bond repaid over 20 years. The admissions office's own log shows why: 495 people applied to nursing for this fall, up from 420 a year earlier, and the college has only 120 seats. On Thursday, May 7, the day after the election, 173 people applied to the college.

Applications overall reached 11,500 by the end of June. The college turned away 214 qualified nursing applicants last year, while employers expect to fill about 1,150 nursing jobs a year through 2030.

The college puts the cost at about $38 a year for the owner of a $250,000 home. That is less than I spend on coffee in a month. I have lived in Arliss County for 51 years, and I have never seen a better use of a bond.

Ruth Abernathy, Stoneford
"""

AV11_FIGS = [
    F("$52.5 million", S, note="release: a $52.5 million bond"),
    F("120", S, note="release: grow from 120 to 200 students a year"),
    F("200", S, note="release: to 200 students a year"),
    F("two-thirds", S, derived=True, note="release: (200 - 120) / 120 = 66.7%"),
    F("20", S, note="release: the bond would be repaid over 20 years"),
    F("495", S, note="log: January to June, 495 nursing applications"),
    F("420", C, "402", note="log: January to June 2025, 402 of them to nursing (transposed digits)"),
    F("120", S, note="log: the 120 seats in the fall 2026 class"),
    F("7", C, "6", note="log: the busiest day was Wednesday, May 6, the day after the bond election"),
    F("173", S, note="log: with 173 applications"),
    F("11,500", S, note="log: applications, year to date through June, 11,500"),
    F("214", S, note="release: last year we turned away 214 qualified nursing applicants"),
    F("1,150", S, note="release: about 1,150 registered nurse jobs a year through 2030"),
    F("2030", S, note="release: through 2030"),
    F("$38", S, note="release: about $38 a year"),
    F("$250,000", S, note="release: the owner of a $250,000 home"),
    F("51", U, note="the letter writer's own years in the county; no source gives them"),
]

# --- AV12: committee briefing with a table (sources: report, minutes, article) -------------
AV12 = """# Briefing: programs, tuition and the bond

*For the Arliss County commissioners' budget committee*

| Program | Enrollment, fall 2025 | Completion rate (%) | Starting wage ($) |
|---|---|---|---|
| Nursing (RN) | 612 | 71.2 | 68,400 |
| Welding and Fabrication | 284 | 64.5 | 47,900 |
| Early Childhood Education | 392 | 24.6 | 31,200 |

Nursing graduates earn more than twice what early childhood graduates do. The county paid $14.9 million of the college's $96.8 million in revenue, about 15%.

The trustees voted 4-2 to raise resident tuition to $155 a credit hour from $148; a full-time student taking 30 credits will pay $4,650 a year in tuition, $240 more. Gerald Fisk, 68, of the Arliss Taxpayers League, says the county tax bill has risen three years in a row. The committee should ask whether the building needs 60 parking spaces.
"""

AV12_FIGS = [
    F("2025", S, note="report table: enrollment, fall 2025"),
    F("612", S, note="report table: Nursing 612"),
    F("71.2", S, note="report table: Nursing completion rate 71.2"),
    F("68,400", S, note="report table: Nursing median first-year wage 68,400"),
    F("284", S, note="report table: Welding and Fabrication 284"),
    F("64.5", S, note="report table: Welding and Fabrication completion rate 64.5"),
    F("47,900", S, note="report table: Welding and Fabrication wage 47,900"),
    F("392", S, note="report table: Early Childhood Education 392"),
    F("24.6", C, "42.6", note="report table: Early Childhood Education completion rate 42.6 (transposed digits)"),
    F("31,200", S, note="report table: Early Childhood Education wage 31,200"),
    F("twice", S, derived=True, note="report table: $68,400 / $31,200 = 2.19, 'more than twice'"),
    F("$14.9 million", S, note="report: $14.9 million from Arliss County"),
    F("$96.8 million", S, note="report: revenue was $96.8 million"),
    F("15%", S, note="report: Arliss County (15.4%)"),
    F("4", S, note="minutes / article: the tuition increase carried 4-2"),
    F("2", S, note="minutes / article: carried 4-2"),
    F("$155", S, note="minutes / article: tuition to $155 a credit hour"),
    F("$148", S, note="minutes / article / report: from $148"),
    F("30", S, note="report: a full-time resident student taking 30 credits a year"),
    F("$4,650", S, derived=True, note="minutes / report: $155 x 30 credits = $4,650"),
    F("$240", C, "$210", derived=True, note="minutes / report: ($155 - $148) x 30 = $210"),
    F("68", S, note="article: Gerald Fisk, 68, of the Arliss Taxpayers League"),
    F("three", S, note="minutes: a county tax bill that had risen three years in a row"),
    F("60", U, note="no source gives parking spaces for the building"),
]

# --- AV13: community forum post (sources: email, article) ---------------------------------
AV13 = """**Nursing program info from a current student (r/ArlissCounty)**

Our director sent the faculty an email that got shared with us, so here's what's up. The bond passed May 5 with 57.7%, and the new building opens fall 2029. 495 people applied for 120 seats this fall, so about 4 per seat. Offers go out Mon June 8.

Our class of 2025 passed the NCLEX at 91.4% vs 80.8% statewide. 109 of the 120 who started with us in fall 2024 are graduating. Pinning is Fri June 5 at 6, 4 guests each.

The Gazette says the program goes to 200 a year from 120, and the director is 56. Fall enrollment was 9,846 last year. The program's completion rate is 71.2%, which tracks. Honestly the waitlist is brutal: a friend waited 3 years.
"""

AV13_FIGS = [
    F("5", S, note="email: the bond passed on May 5"),
    F("57.7%", S, note="email / article: with 57.7% of the vote"),
    F("2029", S, note="email / article: to open in fall 2029"),
    F("495", S, note="email: we received 495 for the 120 seats"),
    F("120", S, note="email: the 120 seats in the fall class"),
    F("4", S, note="email: about four for every seat"),
    F("8", S, note="email: offers go out on Monday, June 8"),
    F("2025", S, note="email: our class of 2025"),
    F("91.4%", S, note="email: passed the licensing exam at 91.4% on the first try"),
    F("80.8%", C, "88.0%", note="email: against 88.0% statewide"),
    F("109", S, note="email: we graduate 109 of the 120 who started"),
    F("120", S, note="email: the 120 who started in fall 2024"),
    F("2024", S, note="email: started in fall 2024"),
    F("5", S, note="email: pinning is Friday, June 5"),
    F("6", S, note="email: at 6 p.m."),
    F("4", S, note="email: each graduate may bring four guests"),
    F("200", S, note="article: grow to 200 students a year from 120"),
    F("120", S, note="article: from 120"),
    F("56", S, note="article: Maureen Ashdown, 56, the college's director of nursing"),
    F("9,846", C, "9,486", note="article: fall enrollment was 9,486 last year (transposed digits)"),
    F("71.2%", U, note="the completion rate is in the report, which is not among this case's sources"),
    F("3", U, note="no source gives the friend's wait"),
]

CASES = [
    ("fresh24-blind", "fresh-av", list(AV_POOL.values()), [
        ("wire.txt", AV1, AV1_FIGS, "wire story with a dateline without a day: a hedged fraction of a stated share, transposed enrollment and applicants turned away, a wrong bond term, a hiring plan no source gives"),
        ("opinion.md", AV2, AV2_FIGS, "opinion column: derived years and a fraction, a wrong derived margin, another motion's tally, the columnist's own proposal"),
        ("explainer.md", AV3, AV3_FIGS, "explainer with question headings and a Markdown table of months restating the admissions log with a transposed cell, a difference, a change and applications per seat worked out, a wrong year, a transposed wage, a goal no source gives"),
        ("newsletter.md", AV4, AV4_FIGS, "nursing alumni newsletter: heading, bold lead-ins, lines hard-wrapped near 75 columns, a pronoun for the director, sentence-initial But, a difference worked out, a wrong opening year, ratio and pass rate, the association's own dues"),
        ("blog.md", AV5, AV5_FIGS, "blog post from the trustees' minutes and the admissions log: a total and a bid gap worked out, a wrong remainder, a transposed month, a figure only other cases' documents give, the blogger's own guess"),
        ("memo.txt", AV6, AV6_FIGS, "legislative aide's memo in bullets: a multiple and a point gap worked out, a wage gap given for the wrong program, a transposed salary, a figure only other cases' documents give"),
        ("radio.txt", AV7, AV7_FIGS, "radio anchor read: dates and votes, a wrong year, a transposed cost, a figure only other cases' documents give, jobs no source gives"),
        ("faq.md", AV8, AV8_FIGS, "question-and-answer piece: an increase worked out, transposed turnout and age, a wait no source gives"),
        ("summary.md", AV9, AV9_FIGS, "LLM-style summary in bullets: a point change and the no share worked out, a transposed enrollment and age, a wrong rank, a plan no source gives"),
        ("bulletin.md", AV10, AV10_FIGS, "faculty association bulletin, hard-wrapped: a difference and a change worked out, another motion's tally, a count of named trustees, a transposed price, sentence-initial But/Yet, the association's own dues"),
        ("letter.txt", AV11, AV11_FIGS, "letter to the editor: a fraction worked out, a transposed count, a wrong day, the writer's own years"),
        ("briefing.md", AV12, AV12_FIGS, "committee briefing with a Markdown table of three programs from the report: a multiple, a yearly tuition and a wrong increase worked out, a transposed cell, parking no source gives"),
        ("forum.md", AV13, AV13_FIGS, "community forum post in casual style: digits for counts, transposed state rate and enrollment, a figure only another case's document gives, a wait no source gives"),
    ]),
]
CASE_SOURCES = {
    "fresh-av-1": ["report", "release"],
    "fresh-av-2": ["article", "minutes"],
    "fresh-av-3": ["report", "log"],
    "fresh-av-4": ["email", "release", "article"],
    "fresh-av-5": ["minutes", "log"],
    "fresh-av-6": ["report", "email"],
    "fresh-av-7": ["release", "minutes"],
    "fresh-av-8": ["article", "log"],
    "fresh-av-9": ["report", "article"],
    "fresh-av-10": ["email", "minutes", "log"],
    "fresh-av-11": ["release", "log"],
    "fresh-av-12": ["report", "minutes", "article"],
    "fresh-av-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AV_POOL, CASE_SOURCES)
