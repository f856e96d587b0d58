#!/usr/bin/env python3
"""Generate tests/fresh/fresh7-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  M (fresh7-dev): a school district (Hollisford Unified) and its budget,
                  enrollment and high schools, a state education department's
                  test results and literacy grants, and a newspaper article on
                  a school closure vote and a teachers' contract

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_m.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic M: Hollisford Unified School District (fictional)
# ---------------------------------------------------------------------------

M_REPORT = """Hollisford Unified School District
2025-26 Budget and Enrollment Update (excerpt)
Presented to the Board of Education, November 2025

From the Superintendent

On October 1, 2025, the official count day, Hollisford Unified enrolled 18,420 students in its 24 schools, down 2.6% from 18,912 a year earlier. It was the fifth consecutive year of decline; enrollment peaked at 20,870 in the 2020-21 school year. The district operates 15 elementary schools, five middle schools and four high schools.

The revised general fund budget for 2025-26 is $248.6 million, up 1.9% from $244.0 million in 2024-25. Because enrollment fell, spending per student rises to about $13,500, from $12,900.

Revenue

State aid, which is paid largely per student, provides $141.7 million, or 57% of the general fund. Local property taxes provide $89.5 million (36%), federal funds $12.4 million (5%) and other sources $5.0 million (2%). State aid grew just 0.8%, the smallest increase in a decade, because of lower enrollment.

Closing the gap

The budget closes an $11.8 million gap by drawing $6.3 million from reserves and eliminating 74 positions, most of them through retirements and unfilled vacancies, saving $5.5 million. After the draw, the unassigned reserve will fall to $19.2 million, or 7.7% of spending, below the board's policy minimum of 10%.

The district employs 1,412 teachers; the average teacher salary is $63,850. Class sizes in kindergarten through third grade will remain capped at 24.

Table 1. High schools, fall 2025

| School | Enrollment, Oct. 1, 2025 | Change from 2024 (%) | Graduation rate, class of 2025 (%) | Students per teacher |
|---|---|---|---|---|
| Hollisford High | 1,860 | -3.1 | 91.4 | 22.1 |
| Eastgate High | 1,540 | +1.2 | 88.7 | 21.4 |
| Rivermead High | 1,210 | -5.8 | 82.3 | 19.8 |
| Calloway Early College | 430 | +7.5 | 97.2 | 16.5 |
| All high schools | 5,040 | -1.7 | 88.9 | 20.7 |

Calloway Early College, where students can earn an associate degree alongside their diploma, is the only high school with a waiting list and has grown every year since it opened in 2017. Rivermead, which lost the most students, has been designated by the state for additional support because its graduation rate is below 85%.

Attendance and facilities

Chronic absenteeism, the share of students who miss 10% or more of school days, fell to 24.6% in 2024-25 from 27.9% the year before.

The administration recommends closing Linden Park Elementary, which opened in 1957, at the end of this school year. Its 212 students would move to Brightwater and Ormond elementary schools, both within 1.5 miles. The building needs $6.8 million in roof and boiler repairs, and closing it would save about $1.4 million a year in operating costs.

Teresa Valdivia
Superintendent
"""

M_RELEASE = """NEWS RELEASE
State Department of Education
September 16, 2025

Math scores rise for third straight year; reading gains are smaller

Statewide results from the spring 2025 State Assessment of Learning show that 38.7% of students met or exceeded the standard in mathematics, up 2.0 percentage points from 36.7% in 2024 and the third straight annual gain. In English language arts, 46.2% met the standard, up from 45.1%.

About 512,000 students in grades 3 through 8 and grade 11 took the tests in the state's 312 school districts, and the participation rate was 96.4%. Students took the tests online between March 17 and May 30, and districts received their results in August.

"Our students and teachers have recovered much of the ground lost during the pandemic, especially in math," said Education Commissioner Yvette Marchbanks. "But reading is moving too slowly, and that is where our new literacy dollars will go."

Results for the largest districts in the Tavener region (share of students meeting the standard in English language arts and in math):

- Pemberton City Schools: 52.3% and 44.9%
- Tavener County Schools: 44.0% and 35.2%
- Hollisford Unified: 41.8% and 33.5%
- Saltash Township Schools: 38.6% and 29.4%

Graduation

The statewide four-year graduation rate for the class of 2025 was 87.3%, up from 86.8%. The department designated 31 high schools for additional targeted support because their graduation rate was below 85%, among them Rivermead High in Hollisford, at 82.3%.

Early Literacy grants

The department also awarded $18.4 million in Early Literacy grants to 23 districts, to train teachers in phonics-based reading instruction and to hire reading coaches for kindergarten through third grade. The largest awards went to Saltash Township Schools ($1.6 million), Hollisford Unified ($1.25 million) and Tavener County Schools ($1.1 million). Districts must match at least 20% of their award with local money.

The grants are paid for from the state's $40 million literacy fund, created by the legislature in 2024. A second round of grants, worth about $12 million, will be announced in spring 2026.

Statewide, third-grade reading proficiency, which the department tracks as an early warning measure, was 44.1%, down from 44.8% a year earlier. Commissioner Marchbanks said the decline was "the number that keeps me up at night."

Commissioner Marchbanks, a former middle-school math teacher, will present the results to the State Board of Education at its October 9 meeting. The department will publish school-by-school results on its website on September 30. Families can also request their child's individual score report from their school.

Media contact: Office of Communications, State Department of Education
"""

M_ARTICLE = """Hollisford board votes to close Linden Park Elementary, approves teacher raises

By Celeste Amundsen-Roy, The Hollisford Courier
November 20, 2025

The Hollisford Unified school board voted 5-2 on Tuesday to close Linden Park Elementary at the end of the school year, the district's first school closure since 2011, as enrollment keeps falling and the budget grows tighter.

The board then voted 6-1 to approve a two-year contract with the Hollisford Education Association that gives teachers a 2.5% raise this year and 3% next year. Union members ratified the deal last week, 1,104 to 187. The raises will cost about $2.9 million this year, an amount already included in the $248.6 million revised budget, district finance officer Howard Nakagawa said.

About 150 parents and students filled the board room for the closure vote. Linden Park, which opened in 1957, has 212 students, down from 340 a decade ago. Its roof and boilers need $6.8 million in repairs, and closing it will save about $1.4 million a year, according to the district. The students will be split between Brightwater and Ormond elementary schools, and the district will add two bus routes at a cost of about $180,000 a year.

"My kids can walk to Linden Park. Now they'll be on a bus for 25 minutes," said Jonah Whitlock, 37, whose two children attend the school.

Board member Alana Pryce, 41, who voted against the closure with Dmitri Havel, 59, said the district should wait for a facilities study due in March. Board president Gordon Fairbanks, 68, said waiting would cost money the district does not have. "We have 2,450 fewer students than five years ago and the same number of buildings," he said.

Superintendent Teresa Valdivia, 56, pointed to improving test scores as a sign the district is moving in the right direction. In spring 2025, 41.8% of Hollisford students met the state standard in English language arts, up from 40.3% in 2024, and 33.5% met it in math, up from 31.9%. Both remain below the state averages of 46.2% and 38.7%.

Valdivia said the district's $1.25 million Early Literacy grant will pay for 14 reading coaches in its elementary schools starting in January.

Union president Renata Solís, 49, a fourth-grade teacher for 22 years, said the raises were "a start" but that Hollisford teachers still earn less than those in Pemberton, where the average salary is $71,200. The district's average is $63,850.

Rivermead High, which the state flagged in September for its 82.3% graduation rate, will get a new principal in January, Valdivia said. Enrollment there fell 5.8% this fall, to 1,210, the steepest drop of the district's four high schools.

The board will vote on the 2026-27 budget in June.
"""

M_SOURCES = [
    {"name": "hollisford-usd-budget-enrollment-update-2025-26.txt", "text": M_REPORT},
    {"name": "state-education-assessment-release.txt", "text": M_RELEASE},
    {"name": "hollisford-courier-article.txt", "text": M_ARTICLE},
]

# --- M1: wire story ----------------------------------------------------------
M1 = """Hollisford to close elementary school as enrollment slides again

HOLLISFORD (Wire) — The Hollisford Unified school board voted 5-2 on Tuesday to close Linden Park Elementary at the end of the school year, as enrollment fell for a fifth straight year.

The district counted 18,420 students this fall, down 2.6% and 2,450 fewer than at its peak in 2019-20. Linden Park, which opened in 1975, has 212 students, 61% of them from low-income families, down from 430 a decade ago. Closing it will save about $1.4 million a year and avoid $6.8 million in repairs, though the district will spend $250,000 a year on new bus routes.

The board also approved a teachers' contract with raises of 2.5% this year and 3% next year. Union members ratified it 1,104 to 178; about 40 teachers voted by mail.

The $248.6 million revised budget closes an $11.8 million gap by drawing $6.3 million from reserves and eliminating 47 positions, leaving a reserve of 7.7% of spending, below the board's 10% minimum.

In spring 2025, 41.8% of Hollisford students met the state standard in English language arts and 35.3% in math, both below the state averages of 44.0% and 38.7%. Rivermead High, flagged for its 82.3% graduation rate, will get its third principal in four years in January.
"""

M1_FIGS = [
    F("5", S, note="article: voted 5-2"),
    F("2", S, note="article: voted 5-2"),
    F("fifth", S, note="report: the fifth consecutive year of decline"),
    F("18,420", S, note="report: 18,420 students on October 1, 2025"),
    F("2.6%", S, note="report: down 2.6%"),
    F("2,450", S, note="article: 2,450 fewer students than five years ago (20,870 - 18,420)"),
    F("2019-20", C, "2020-21", note="report: enrollment peaked in the 2020-21 school year"),
    F("1975", C, "1957", note="report / article: Linden Park opened in 1957 (transposed digits)"),
    F("212", S, note="report / article: 212 students"),
    F("61%", U, note="no source gives Linden Park's share of low-income students"),
    F("430", C, "340", note="article: down from 340 a decade ago (430 is Calloway Early College's enrollment)"),
    F("$1.4 million", S, note="report / article: saves about $1.4 million a year"),
    F("$6.8 million", S, note="report / article: $6.8 million in repairs"),
    F("$250,000", C, "$180,000", note="article: two bus routes at about $180,000 a year"),
    F("2.5%", S, note="article: 2.5% raise this year"),
    F("3%", S, note="article: 3% next year"),
    F("1,104", S, note="article: ratified 1,104 to 187"),
    F("178", C, "187", note="article: 1,104 to 187 (transposed digits)"),
    F("40", U, note="no source says how teachers voted"),
    F("$248.6 million", S, note="report / article: revised budget"),
    F("$11.8 million", S, note="report: an $11.8 million gap"),
    F("$6.3 million", S, note="report: $6.3 million from reserves"),
    F("47", C, "74", note="report: eliminating 74 positions (transposed digits)"),
    F("7.7%", S, note="report: reserve 7.7% of spending"),
    F("10%", S, note="report: policy minimum of 10%"),
    F("2025", S, note="release / article: spring 2025 results"),
    F("41.8%", S, note="release / article: Hollisford English language arts"),
    F("35.3%", C, "33.5%", note="release / article: Hollisford math 33.5% (transposed digits)"),
    F("44.0%", C, "46.2%", note="release: state average in English language arts 46.2%; 44.0% is Tavener County Schools'"),
    F("38.7%", S, note="release: state average in math"),
    F("82.3%", S, note="report / release: Rivermead's graduation rate"),
    F("third", U, note="no source gives Rivermead's history of principals"),
    F("four", U, note="no source gives Rivermead's history of principals"),
]

# --- M2: opinion column: hedges and derived figures --------------------------
M2 = """Hollisford is closing a school. It should be asking harder questions.

By Miriam Oduya-Hart, guest columnist

Nobody likes closing a neighborhood school, but the arithmetic at Hollisford Unified is hard to argue with. The district has lost more than a tenth of its students since enrollment peaked at 20,780, and this fall's count is about 600 lower than last year's.

Closing Linden Park Elementary saves about $1.4 million a year. Its roof and boilers need $6.8 million, or nearly five years of those savings.

What bothers me is the rest of the budget. The board is drawing $6.3 million from reserves to cover an $11.8 million gap, so more than half the hole is being filled with savings that won't come back. The reserve will fall to 7.7% of spending, 3.3 points below the board's own floor. Cutting 74 positions saves $5.5 million, or about $58,000 a job. Property taxes, which cover about a quarter of the budget, have not gone up since 2014.

The test scores are the good news. Math proficiency rose 1.6 points to 33.5%, and reading rose 2.5 points to 41.8%. But Pemberton is 10.5 points ahead in reading, and Hollisford still trails the state average in math by more than 5 points.

The new contract still leaves the average Hollisford salary of $63,850 about $9,000 behind Pemberton's, where starting pay is $52,000. No wonder the union ratified it by nearly six to one.

The district's $1.25 million literacy grant, the second-largest in the state, will pay for 14 reading coaches, about $89,000 apiece. Good. Now do the same for Rivermead High, whose graduation rate sits nearly 15 points below Calloway Early College's, and for Calloway's waiting list of 300. I taught at Rivermead for 11 years.
"""

M2_FIGS = [
    F("a tenth", S, derived=True, note="report / article: (20,870 - 18,420) / 20,870 = 11.7%, 'more than a tenth'"),
    F("20,780", C, "20,870", note="report: enrollment peaked at 20,870 (transposed digits)"),
    F("600", C, "492", derived=True, note="report: 18,912 - 18,420 = 492 fewer than last year"),
    F("$1.4 million", S, note="report / article"),
    F("$6.8 million", S, note="report / article"),
    F("five", S, derived=True, note="report: 6.8 / 1.4 = 4.9 years of savings, 'nearly five'"),
    F("$6.3 million", S, note="report"),
    F("$11.8 million", S, note="report"),
    F("half", S, derived=True, note="report: 6.3 / 11.8 = 53%, 'more than half'"),
    F("7.7%", S, note="report"),
    F("3.3", C, "2.3", derived=True, note="report: 10% policy minimum - 7.7% = 2.3 points"),
    F("74", S, note="report: 74 positions"),
    F("$5.5 million", S, note="report: saving $5.5 million"),
    F("$58,000", C, "$74,000", derived=True, note="report: 5,500,000 / 74 = $74,300 a position"),
    F("a quarter", C, "36%", note="report: property taxes provide 36% of the general fund, not about a quarter"),
    F("2014", U, note="no source says when property taxes last rose"),
    F("1.6", S, derived=True, note="release / article: math 33.5 - 31.9 = 1.6 points"),
    F("33.5%", S, note="release / article"),
    F("2.5", C, "1.5", derived=True, note="article: reading 41.8 - 40.3 = 1.5 points"),
    F("41.8%", S, note="release / article"),
    F("10.5", S, derived=True, note="release: Pemberton 52.3 - Hollisford 41.8 = 10.5 points"),
    F("5", S, derived=True, note="release: state math 38.7 - Hollisford 33.5 = 5.2 points, 'more than 5'"),
    F("$63,850", S, note="report / article: average teacher salary"),
    F("$9,000", C, "$7,350", derived=True, note="article: Pemberton $71,200 - Hollisford $63,850 = $7,350"),
    F("$52,000", U, note="no source gives Pemberton's starting pay"),
    F("six to one", S, derived=True, note="article: 1,104 / 187 = 5.9, 'nearly six to one'"),
    F("$1.25 million", S, note="release / article"),
    F("second-largest", S, note="release: the largest awards went to Saltash ($1.6 million), Hollisford ($1.25 million) and Tavener County ($1.1 million)"),
    F("14", S, note="article: 14 reading coaches"),
    F("$89,000", S, derived=True, note="release / article: 1,250,000 / 14 = $89,300 a coach"),
    F("15", S, derived=True, note="report table: Calloway 97.2 - Rivermead 82.3 = 14.9 points, 'nearly 15'"),
    F("300", U, note="report: Calloway has a waiting list, but no source gives its length"),
    F("11", U, note="the columnist's own teaching; no source"),
]

# --- M3: explainer with a Markdown table -------------------------------------
M3 = """# Explainer: Hollisford's high schools, by the numbers

Hollisford Unified counted 18,420 students this fall, and 5,040 of them, a little over a quarter, attend its four high schools. Here is how those schools compare.

| School | Students | Change from 2024 | Graduation rate |
|---|---|---|---|
| Hollisford High | 1,860 | -5.8% | 94.1% |
| Eastgate High | 1,540 | -1.2% | 88.7% |
| Rivermead High | 1,210 | -3.1% | 83.2% |
| Calloway Early College | 430 | +7.5% | 97.2% |

**Which school is growing?** Calloway Early College, where students can earn an associate degree with their diploma. It opened in 2015, has a waiting list and added 30 students this year.

**Which is struggling?** Rivermead lost the most students, and the state has designated it for extra support because its graduation rate is below 85%. It is among 31 such schools statewide, where the rate for the class of 2025 was 86.8%. About 40% of its students are still learning English.

**How big is the gap?** Calloway's graduation rate is nearly 15 points higher than Rivermead's. Hollisford High, the largest school with 37% of high school students, has 22.1 students per teacher, the most of the four.

**What about test scores?** Last spring, 33.5% of Hollisford students met the math standard, up from 31.9%, and 41.8% met the reading standard, 12.5 points behind Pemberton City Schools. The district spends about $13,500 a student, and Pemberton about $14,200.

**What happens next?** Rivermead gets a new principal in January, and a $4 million career-training wing opens there in 2027.
"""

M3_FIGS = [
    F("18,420", S, note="report"),
    F("5,040", S, note="report table: all high schools"),
    F("a quarter", S, derived=True, note="report: 5,040 / 18,420 = 27.4%, 'a little over a quarter'"),
    F("four", S, note="report: four high schools"),
    F("2024", S, note="report table: change from 2024"),
    F("1,860", S, note="report table: Hollisford High"),
    F("5.8%", C, "3.1%", note="report table: Hollisford High -3.1; -5.8 is Rivermead's (swapped pair)"),
    F("94.1%", C, "91.4%", note="report table: Hollisford High 91.4 (transposed digits)"),
    F("1,540", S, note="report table: Eastgate"),
    F("1.2%", C, "+1.2%", note="report table: Eastgate grew 1.2% (+1.2); the draft gives it as a drop"),
    F("88.7%", S, note="report table: Eastgate"),
    F("1,210", S, note="report table: Rivermead"),
    F("3.1%", C, "5.8%", note="report table: Rivermead -5.8; -3.1 is Hollisford High's (swapped pair)"),
    F("83.2%", C, "82.3%", note="report table / release: Rivermead 82.3 (transposed digits)"),
    F("430", S, note="report table: Calloway"),
    F("7.5%", S, note="report table: Calloway +7.5"),
    F("97.2%", S, note="report table: Calloway"),
    F("2015", C, "2017", note="report: Calloway opened in 2017"),
    F("30", S, derived=True, note="report table: 430 / 1.075 = 400 last year, 430 - 400 = 30"),
    F("85%", S, note="report / release: below 85%"),
    F("31", S, note="release: 31 high schools designated"),
    F("2025", S, note="release: class of 2025"),
    F("86.8%", C, "87.3%", note="release: statewide rate for the class of 2025 was 87.3%; 86.8% was the year before"),
    F("40%", U, note="no source gives Rivermead's share of English learners"),
    F("15", S, derived=True, note="report table: 97.2 - 82.3 = 14.9 points, 'nearly 15'"),
    F("37%", S, derived=True, note="report table: 1,860 / 5,040 = 36.9%"),
    F("22.1", S, note="report table: Hollisford High students per teacher"),
    F("four", S, note="report: four high schools (22.1 is the highest students-per-teacher figure of the four)"),
    F("33.5%", S, note="release / article"),
    F("31.9%", S, note="article: up from 31.9%"),
    F("41.8%", S, note="release / article"),
    F("12.5", C, "10.5", derived=True, note="release: Pemberton 52.3 - Hollisford 41.8 = 10.5 points"),
    F("$13,500", S, note="report: spending per student about $13,500"),
    F("$14,200", U, note="no source gives Pemberton's spending per student"),
    F("$4 million", U, note="no source mentions a career-training wing"),
    F("2027", U, note="no source mentions a career-training wing"),
]

# --- M4: PTA newsletter, hard-wrapped near 80 columns --------------------------
M4 = """# The Linden Park Letter: what the closure vote means for us

*Linden Park Elementary PTA newsletter, November 2025*

**The vote.** On Tuesday the school board voted 5-2 to close Linden Park at the
end of this school year. Alana Pryce, 59, and Dmitri Havel, 41, voted no; they
wanted to wait for a facilities study due in March. But board president Gordon
Fairbanks, 68, said the district has 2,450 fewer students than five years ago,
and he called the vote "a matter of arithmetic."

**Our school.** Linden Park opened in 1957 and has 212 students, down from 340 a
decade ago, a drop of 128. Its roof and boilers need $8.6 million in repairs,
and the district says closing it saves about $1.4 million a year.

**Where our kids go.** Students will move to Brightwater and Ormond elementary
schools, both within 2.5 miles. Some bus rides will take 35 minutes. Yet
Brightwater already has 480 students, and it has no room for our 18 pre-K
students.

**The bigger picture.**

- Enrollment: 18,420 this fall, down 2.6%, the fourth drop in a row
- Budget: $248.6 million, up 2.9%, with $6.3 million drawn from reserves
- Teachers: a 2.5% raise this year, ratified 1,104 to 187

**Test scores.** Last spring 41.8% of Hollisford students met the reading
standard and 33.5% met the math standard. The state averages were 46.2% and
36.7%. The district trails Pemberton and Tavener County, and it ranks third of
the region's four largest districts.

**Reading help.** Hollisford won a $1.25 million state literacy grant, among 23
awarded, and it must add at least 25% in local money.

**Thank you.** The PTA raised $4,300 at the fall carnival. Our last family
night is March 12, and we need 30 volunteers to help pack up the library.
"""

M4_FIGS = [
    F("2025", S, note="dateline; report / article: November 2025"),
    F("5", S, note="article: voted 5-2"),
    F("2", S, note="article: voted 5-2"),
    F("59", C, "41", note="article: Alana Pryce, 41; 59 is Dmitri Havel's age (swapped pair)"),
    F("41", C, "59", note="article: Dmitri Havel, 59; 41 is Alana Pryce's age (swapped pair)"),
    F("68", S, note="article: Gordon Fairbanks, 68"),
    F("2,450", S, note="article"),
    F("five", S, note="article: than five years ago"),
    F("1957", S, note="report / article"),
    F("212", S, note="report / article"),
    F("340", S, note="article: 340 a decade ago"),
    F("128", S, derived=True, note="article: 340 - 212 = 128"),
    F("$8.6 million", C, "$6.8 million", note="report / article: $6.8 million in repairs (transposed digits)"),
    F("$1.4 million", S, note="report / article"),
    F("2.5", C, "1.5", note="report: both within 1.5 miles"),
    F("35", C, "25", note="article: a bus for 25 minutes"),
    F("480", U, note="no source gives Brightwater's enrollment"),
    F("18", U, note="no source mentions a pre-K class"),
    F("18,420", S, note="report"),
    F("2.6%", S, note="report"),
    F("fourth", C, "fifth", note="report: the fifth consecutive year of decline"),
    F("$248.6 million", S, note="report / article"),
    F("2.9%", C, "1.9%", note="report: budget up 1.9%"),
    F("$6.3 million", S, note="report"),
    F("2.5%", S, note="article: a 2.5% raise this year"),
    F("1,104", S, note="article"),
    F("187", S, note="article"),
    F("41.8%", S, note="release / article"),
    F("33.5%", S, note="release / article"),
    F("46.2%", S, note="release / article: state average in English language arts"),
    F("36.7%", C, "38.7%", note="release: state math average 38.7% in 2025; 36.7% was 2024's"),
    F("third", S, derived=True, note="release: of Pemberton, Tavener County, Hollisford and Saltash, Hollisford is third in both subjects (41.8 and 33.5)"),
    F("four", S, note="release: four largest districts in the region listed"),
    F("$1.25 million", S, note="release / article"),
    F("23", S, note="release: grants to 23 districts"),
    F("25%", C, "20%", note="release: districts must match at least 20%"),
    F("$4,300", U, note="no source mentions a PTA carnival"),
    F("12", U, note="no source gives a family night date"),
    F("30", U, note="no source mentions volunteers for the library"),
]

CASES = [
    ("fresh7-dev", "fresh-m", M_SOURCES, [
        ("wire.md", M1, M1_FIGS, "wire story"),
        ("opinion.md", M2, M2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, per-unit values)"),
        ("explainer.md", M3, M3_FIGS, "explainer with a Markdown table and question headings"),
        ("newsletter.md", M4, M4_FIGS, "PTA newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
