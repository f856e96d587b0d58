#!/usr/bin/env python3
"""Generate tests/fresh/fresh2-blind.jsonl (topic D).

One fictional topic, labelled by hand (blind: before figcheck was run on it):
  D (fresh2-blind): a state university system's enrollment, budget and tuition vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Same machinery and checks as make.py; self-contained, stdlib only.
Run:  python3 tests/fresh/make_d.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)

# ---------------------------------------------------------------------------
# Topic D: Ardena State University System (fictional)
# ---------------------------------------------------------------------------

D_FACTBOOK = """Ardena State University System
Fact Book 2024-25 (excerpt)

Section 2: Enrollment

The Ardena State University System enrolled 70,400 students at its four campuses in fall 2024, up 1.7% from 69,240 in fall 2023 and the highest total since fall 2016. Undergraduates numbered 58,910, or 83.7% of the total; the remaining 11,490 were graduate and professional students.

Table 2.1. Enrollment and outcomes by campus, fall 2024

| Campus | Fall 2024 enrollment | Change from fall 2023 (%) | Six-year graduation rate (%) | In-state share (%) |
|---|---|---|---|---|
| Kellerton | 31,480 | +2.4 | 78.6 | 71 |
| Marlow | 18,920 | +4.1 | 64.2 | 88 |
| Ridgeway | 11,350 | -3.6 | 52.7 | 94 |
| Seabrook | 8,650 | +1.2 | 58.9 | 91 |
| System | 70,400 | +1.7 | 68.1 | 82 |

Graduation rates are for students who entered as first-year students in fall 2018.

Kellerton, the flagship campus founded in 1887, remains the largest, with 44.7% of the system's students. Marlow, the second-largest, grew fastest for the third year in a row, adding 745 students. Ridgeway was the only campus to lose students; its enrollment has fallen in five of the last six years. Seabrook, founded in 1965, is the youngest and smallest of the four.

New students

The system enrolled 12,860 first-year students in fall 2024, up 3.1% from 12,473 a year earlier. Another 3,410 new undergraduates transferred in, most of them from Ardena's community colleges, so transfer students made up about a fifth of all new undergraduates.

Student profile

Pell Grant recipients made up 34% of undergraduates system-wide, ranging from 27% at Kellerton to 49% at Ridgeway. The median age of Ridgeway undergraduates is 24, compared with 20 at Kellerton, and 31% of Ridgeway students are 25 or older. The system enrolled 2,870 international students, 4.1% of the total.

Retention and completion

First-year retention rose to 84.2% for students who entered in fall 2023, from 82.9% a year earlier. The system awarded 16,240 degrees in 2023-24, including 11,830 bachelor's degrees. Ridgeway's six-year graduation rate of 52.7% is the lowest in the system, 25.9 points below Kellerton's.

Faculty

The system employed 4,120 full-time instructional faculty in fall 2024, or 5.9 per 100 students, for a student-to-faculty ratio of about 17 to 1.

Cost of attendance

In-state tuition and required fees for 2024-25 ranged from $8,960 at Seabrook to $10,840 at Kellerton. The estimated total cost of attendance for an in-state undergraduate living on campus at Kellerton was $27,400.
"""

D_RELEASE = """FOR IMMEDIATE RELEASE
Ardena Office of Budget and Management
June 24, 2025

Governor Whitfield signs fiscal 2026 budget with $1.28 billion for state universities

Governor Catherine Whitfield today signed the state's fiscal 2026 budget, which takes effect July 1, 2025. The $31.6 billion general fund budget includes $1.284 billion for the Ardena State University System, an increase of 4.5% over the $1.229 billion appropriated for fiscal 2025. The university system's appropriation is about 4.1% of general fund spending.

The Legislature passed the budget on June 12, by votes of 27-11 in the Senate and 61-38 in the House.

"Our universities are where Ardena's next nurses, engineers and teachers come from," Governor Whitfield said. "This budget keeps the doors open for every qualified student in the state."

Tuition

The budget caps increases in in-state undergraduate tuition at 3.5% for the 2025-26 academic year, down from the 5% cap in effect for 2024-25. Out-of-state tuition is not capped.

Financial aid

The budget provides $212 million for the Ardena Promise Grant, the state's need-based aid program, up 17.8% from $180 million this year. The maximum award rises from $5,200 to $5,800 a year. About 41,300 students are expected to receive grants, roughly 6,000 more than this year, and students from families earning up to $65,000 a year will now qualify for the maximum award, up from $55,000.

Campus investments

The budget also includes $55 million in one-time grants to the system's four campuses:

- Ardena State University-Kellerton: $24 million for a new engineering and computing building, the largest single grant.
- Ardena State University-Marlow: $15.5 million to double the capacity of its nursing program, to 480 students a year.
- Ardena State University-Ridgeway: $9 million for a student retention and advising initiative.
- Ardena State University-Seabrook: $6.5 million for a coastal science laboratory.

Other provisions

The budget sets aside $40 million for deferred maintenance across the system, where the backlog of repairs is estimated at $1.1 billion, and $21 million to fund a 2.5% raise for university faculty and staff.

With the increase, state support will reach about $18,200 per student, which the Office of Budget and Management estimates will move Ardena from 31st to 27th among the 50 states.

"This is the largest one-year increase for the university system since fiscal 2019," said Budget Director Ramon Iverson. "It comes with a clear expectation: hold tuition down and help more students finish."

The system's Board of Regents is expected to set tuition for the coming year at its July meeting.
"""

D_ARTICLE = """Regents raise tuition 3.5%, approve $148 million residence hall

By Jonah Petrakis, The Kellerton Courier
July 18, 2025

The Ardena State University System Board of Regents voted 9-2 on Wednesday to raise in-state tuition 3.5% for the 2025-26 academic year, the maximum the new state budget allows. Out-of-state tuition will rise 5%.

At Kellerton, in-state tuition and fees will go from $10,840 to $11,220 a year, an increase of $380. Out-of-state students will pay $31,080, up from $29,600. At Seabrook, still the system's least expensive campus, in-state tuition and fees will rise to $9,275.

Board chair Harold Benning said the increases would bring in about $36 million across the system in 2025-26, more than half of it at Kellerton.

Two regents, Dolores Tan and Victor Hale, voted no. Tan pointed to Ridgeway, where enrollment fell 3.6% last fall and nearly half of undergraduates receive Pell Grants. "Every time we raise the price, we lose students we can't afford to lose," she said.

Student regent Maya Lindqvist, 21, a senior studying economics, voted for the increase. She noted that the state's larger Promise Grant, with a maximum award of $5,800, up $600, will more than cover the increase for the students with the greatest need. "I don't like it, but the alternative was cutting advising," she said.

About 150 students rallied outside the meeting, chanting and holding signs that read "Books, not bills."

New residence hall

The regents also approved Larkspur Hall, a $148 million residence hall on Kellerton's north campus and the largest construction project in the university's history. The eight-story building will have 820 beds, at a cost of about $180,000 per bed, and is scheduled to open in fall 2027. It will be paid for with revenue bonds repaid from housing fees rather than tuition or state money.

Kellerton now houses 6,240 students on campus, or about 24 for every 100 of its 25,900 undergraduates, the lowest ratio in the system. The waiting list for campus housing this fall has reached 1,150 students, nearly twice the 590 on the list in fall 2022.

Housing rates will also rise. A standard double room will cost $7,450 a year, up 4.2% from $7,150.

By one measure, Kellerton remains a bargain: its in-state tuition ranks eighth-highest among 11 peer flagship universities, according to a system report presented at the meeting.

Regents will take up the system's 2026-27 budget request in October.
"""

D_SOURCES = [
    {"name": "asus-fact-book-2024-25.txt", "text": D_FACTBOOK},
    {"name": "obm-budget-release-fy2026.txt", "text": D_RELEASE},
    {"name": "kellerton-courier-tuition.txt", "text": D_ARTICLE},
]

# --- D1: wire story ---------------------------------------------------------
D1 = """Ardena regents raise tuition 3.5%, approve $148 million residence hall

The Ardena State University System's Board of Regents voted 9-2 on Wednesday to raise in-state tuition 3.5% for the 2025-26 academic year, the most allowed under the state budget Governor Catherine Whitfield signed on June 24. Out-of-state tuition will rise 5%. The regents last raised tuition this much in 2019.

At Kellerton, the system's flagship campus, in-state tuition and fees will rise by $380 to $11,220 a year. Out-of-state students there will pay $31,800, an increase of $1,480. Seabrook remains the least expensive campus, at $9,275.

The board also approved a $148 million residence hall at Kellerton, the largest construction project in the university's history. The nine-story hall will have 820 beds and is scheduled to open in fall 2028. It will be financed with 25-year revenue bonds. The waiting list for campus housing this fall has reached 1,510 students. Kellerton plans another hall by 2031.

Board chair Harold Benning, 67, said the tuition increases would bring in about $36 million across the system next year. The new state budget raises the system's appropriation 4.5%, to $1.284 billion, and includes $24 million for an engineering and computing building at Kellerton and $9 million for a coastal science laboratory at Seabrook.

Regents Dolores Tan and Victor Hale voted against the increase. Tan pointed to Ridgeway, where enrollment fell 3.6% last fall and 49% of undergraduates receive Pell Grants. About 300 students rallied outside the meeting.

Student regent Maya Lindqvist, 22, voted in favor, saying the state's larger Promise Grant, now worth up to $5,800 a year, would more than cover the increase for the neediest students.

The four-campus system enrolled 70,400 students in fall 2024, the most since fall 2012. Its tuition has risen 19% over the past five years, and the system expects to enroll 72,000 students this fall.
"""

D1_FIGS = [
    F("3.5%", S, note="headline; article: raise in-state tuition 3.5%"),
    F("$148 million", S, note="headline; article: $148 million residence hall"),
    F("9", S, note="article: voted 9-2"),
    F("2", S, note="article: voted 9-2"),
    F("3.5%", S, note="article / release: 3.5%, the maximum allowed"),
    F("2025-26", S, note="article: 2025-26 academic year (one span for the academic year)"),
    F("24", S, note="release dated June 24, 2025: governor 'today signed'"),
    F("5%", S, note="article: out-of-state tuition will rise 5%"),
    F("2019", U, note="no source gives tuition history; 2019 is the release's benchmark for the appropriation increase"),
    F("$380", S, note="article: an increase of $380"),
    F("$11,220", S, note="article"),
    F("$31,800", C, "$31,080", note="article: out-of-state students will pay $31,080 (transposed digits)"),
    F("$1,480", S, derived=True, note="article: 31,080 - 29,600 = 1,480"),
    F("$9,275", S, note="article: Seabrook in-state tuition and fees rise to $9,275"),
    F("$148 million", S, note="article"),
    F("nine", C, "eight", note="article: eight-story building"),
    F("820", S, note="article: 820 beds"),
    F("2028", C, "2027", note="article: scheduled to open in fall 2027"),
    F("25", U, note="article says revenue bonds, no term"),
    F("1,510", C, "1,150", note="article: waiting list reached 1,150 (transposed digits)"),
    F("2031", U, note="no source mentions another hall"),
    F("67", U, note="no source gives Benning's age"),
    F("$36 million", S, note="article: about $36 million across the system"),
    F("4.5%", S, note="release"),
    F("$1.284 billion", S, note="release"),
    F("$24 million", S, note="release: Kellerton engineering and computing building"),
    F("$9 million", C, "$6.5 million", note="release: Seabrook's coastal science laboratory got $6.5 million; $9 million went to Ridgeway"),
    F("3.6%", S, note="article / fact book: Ridgeway -3.6"),
    F("49%", S, note="fact book: Pell recipients 49% at Ridgeway"),
    F("300", C, "150", note="article: about 150 students rallied"),
    F("22", C, "21", note="article: Maya Lindqvist, 21"),
    F("$5,800", S, note="release / article: maximum award $5,800"),
    F("four", S, note="fact book: four campuses"),
    F("70,400", S, note="fact book"),
    F("2024", S, note="fact book: fall 2024"),
    F("2012", C, "2016", note="fact book: highest total since fall 2016"),
    F("19%", U, note="no source gives tuition growth over several years"),
    F("five", U, note="no source gives tuition growth over five years"),
    F("72,000", U, note="no source gives an enrollment projection"),
]

# --- D2: opinion column ----------------------------------------------------
D2 = """Opinion: Ardena's universities got a raise. Students got the bill.

The state has just handed the Ardena State University System its biggest budget increase since 2019: $1.284 billion, up 4.5%, or about $55 million more than last year. Within a month, the regents turned around and raised in-state tuition by the maximum 3.5%.

At Kellerton, that means $380 more a year for in-state students, and out-of-state students will pay nearly $1,500 more. Those with the least are told to lean on the Promise Grant, whose maximum award rises by about 12%, to $5,800. The program itself grew by nearly a fifth, to $212 million, and will reach more than 45,000 students.

Meanwhile the system is building. Kellerton's new residence hall will cost $148 million for 820 beds, roughly $180,000 a bed, and the housing waiting list, at 1,150, is nearly three times what it was in 2022. A double room will cost $7,540 a year, and the hall's bonds will cost students $11 million a year in interest.

Yet the students who most need help are not at Kellerton. Ridgeway lost 3.6% of its students last fall while Marlow grew 4.1%, a gap of almost 8 points. Ridgeway's freshman class shrank by 11%, and its advisers each carry about 450 students. Its six-year graduation rate is 52.7%, about 26 points behind Kellerton's, and nearly half of its undergraduates receive Pell Grants. Its students are older, too: their median age is 24, against 21 at Kellerton, and almost a third are 25 or older.

The state gave Ridgeway $9 million for advising, barely a quarter of Kellerton's $24 million, while Kellerton's president received a 9% raise, even though Kellerton's tuition ranks only sixth-highest among 11 peer flagships.

The system enrolled more than 70,000 students last fall, the most since 2016, and about twice as many undergraduates as graduate students. Its 4,210 faculty members, roughly six for every 100 students, will get a 3% raise.

Lawmakers say state support will reach about $18,200 per student, lifting Ardena to 25th among the states. That is progress. But Ardena still ranks 44th in the nation for student debt, graduates leave owing an average of $29,400, and the two regents who voted no were right to ask for more. A tuition freeze at Ridgeway alone would cost less than $3 million a year.
"""

D2_FIGS = [
    F("2019", S, note="release: largest one-year increase since fiscal 2019"),
    F("$1.284 billion", S, note="release"),
    F("4.5%", S, note="release"),
    F("$55 million", S, derived=True, note="1.284 - 1.229 billion = 0.055 billion = $55 million"),
    F("3.5%", S, note="article / release: the maximum 3.5%"),
    F("$380", S, note="article: increase of $380"),
    F("$1,500", S, derived=True, note="out-of-state 31,080 - 29,600 = 1,480, 'nearly $1,500'"),
    F("12%", S, derived=True, note="max award 5,800 / 5,200 = +11.5%, 'about 12%'"),
    F("$5,800", S, note="release"),
    F("a fifth", S, note="release: program up 17.8%, 'nearly a fifth' (hedge of a stated figure)"),
    F("$212 million", S, note="release"),
    F("45,000", C, "41,300", note="release: about 41,300 students"),
    F("$148 million", S, note="article"),
    F("820", S, note="article"),
    F("$180,000", S, note="article: about $180,000 per bed (148 / 820 = 180,488)"),
    F("1,150", S, note="article: waiting list 1,150"),
    F("three times", C, "twice", derived=True, note="article: nearly twice the 590 of fall 2022 (1,150 / 590 = 1.95)"),
    F("2022", S, note="article: fall 2022"),
    F("$7,540", C, "$7,450", note="article: standard double room $7,450 (transposed digits)"),
    F("$11 million", U, note="no source gives the bonds' interest cost"),
    F("3.6%", S, note="fact book: Ridgeway -3.6"),
    F("4.1%", S, note="fact book: Marlow +4.1"),
    F("8", S, derived=True, note="4.1 - (-3.6) = 7.7 points, 'almost 8'"),
    F("11%", U, note="no source gives Ridgeway's freshman class"),
    F("450", U, note="no source gives advising caseloads"),
    F("six", S, note="fact book: six-year graduation rate"),
    F("52.7%", S, note="fact book"),
    F("26", S, note="fact book: 25.9 points below Kellerton's ('about 26'; 78.6 - 52.7)"),
    F("half", S, note="fact book: 49% Pell at Ridgeway; article: nearly half"),
    F("24", S, note="fact book: median age 24 at Ridgeway"),
    F("21", C, "20", note="fact book: median age 20 at Kellerton"),
    F("a third", S, note="fact book: 31% of Ridgeway students are 25 or older ('almost a third')"),
    F("25", S, note="fact book: 25 or older"),
    F("$9 million", S, note="release: Ridgeway retention and advising"),
    F("a quarter", C, "37.5%", derived=True, note="9 / 24 = 37.5%, more than a third, not 'barely a quarter'"),
    F("$24 million", S, note="release: Kellerton"),
    F("9%", U, note="no source mentions the president's pay"),
    F("sixth-highest", C, "eighth-highest", note="article: ranks eighth-highest among 11 peer flagship universities"),
    F("11", S, note="article: 11 peer flagship universities"),
    F("70,000", S, note="fact book: 70,400, 'more than 70,000'"),
    F("2016", S, note="fact book: highest since fall 2016"),
    F("twice", C, "five times", derived=True, note="58,910 undergraduates / 11,490 graduate = 5.1"),
    F("4,210", C, "4,120", note="fact book: 4,120 full-time faculty (transposed digits)"),
    F("six", S, note="fact book: 5.9 per 100 students; the denominator 100 is not labelled"),
    F("3%", C, "2.5%", note="release: a 2.5% raise for faculty and staff"),
    F("$18,200", S, note="release"),
    F("25th", C, "27th", note="release: move Ardena from 31st to 27th"),
    F("44th", U, note="no source gives a student-debt ranking"),
    F("$29,400", U, note="no source gives graduates' debt"),
    F("two", S, note="article: two regents voted no"),
    F("$3 million", U, note="no source gives the cost of a tuition freeze"),
]

# --- D3: LLM-style summary -------------------------------------------------
D3 = """The Ardena State University System enrolled 70,400 students at its four campuses in fall 2024, up 1.7% from 69,240 for its third straight annual gain, and Kellerton, the largest, accounted for 44.7% of them. Marlow grew 4.1%, and Ridgeway fell 2.4%, while Seabrook rose 1.2%; six-year graduation rates ranged from 52.7% at Ridgeway to 78.6% at Kellerton, Pell Grant recipients made up 49% of undergraduates at Kellerton and 27% at Ridgeway, and international enrollment rose 9% to 2,870. Governor Catherine Whitfield's fiscal 2026 budget raises state support 4.5% to $1.284 billion, caps in-state tuition increases at 3.5%, down from 5%, while graduate fees may rise 4%, and lifts Promise Grant funding 18.7% to $212 million, with the maximum award rising to $5,800 from $5,500. It also gives Kellerton $24 million, Marlow $15.5 million to double its nursing program from 240 to 580 students a year, Ridgeway $9 million and Seabrook $6.5 million, a total of $56 million in campus grants, plus $40 million for a $1.4 billion maintenance backlog and $12 million for community college transfer scholarships. In July the regents voted 9-2 to raise Kellerton's in-state tuition and fees to $11,220 from $10,840 and approved an 820-bed, $148 million residence hall opening in 2027 with 96 accessible rooms, the second-largest project in the university's history. Freshman retention rose to 84.2%, the highest since 2010, and the system awarded 16,240 degrees in 2023-24, 6% more than a year earlier, including 12,830 bachelor's degrees, while its 4,120 full-time faculty will get a 2.5% raise.
"""

D3_FIGS = [
    F("70,400", S, note="fact book"),
    F("four", S, note="fact book: four campuses"),
    F("2024", S, note="fact book: fall 2024"),
    F("1.7%", S, note="fact book"),
    F("69,240", S, note="fact book: 69,240 in fall 2023"),
    F("third", U, note="fact book gives no run of system growth (highest since 2016); 'third year in a row' is Marlow's fastest growth"),
    F("44.7%", S, note="fact book: Kellerton 44.7% of students"),
    F("4.1%", S, note="fact book table: Marlow +4.1"),
    F("2.4%", C, "3.6%", note="fact book table: Ridgeway -3.6; +2.4 is Kellerton's change"),
    F("1.2%", S, note="fact book table: Seabrook +1.2"),
    F("six", S, note="fact book: six-year graduation rate"),
    F("52.7%", S, note="fact book table: Ridgeway"),
    F("78.6%", S, note="fact book table: Kellerton"),
    F("49%", C, "27%", note="fact book: Pell 27% at Kellerton (swapped with Ridgeway's 49%)"),
    F("27%", C, "49%", note="fact book: Pell 49% at Ridgeway (swapped with Kellerton's 27%)"),
    F("9%", U, note="no source gives growth in international enrollment"),
    F("2,870", S, note="fact book: 2,870 international students"),
    F("2026", S, note="release: fiscal 2026 budget"),
    F("4.5%", S, note="release"),
    F("$1.284 billion", S, note="release"),
    F("3.5%", S, note="release: cap of 3.5%"),
    F("5%", S, note="release: down from the 5% cap"),
    F("4%", U, note="no source mentions graduate fees"),
    F("18.7%", C, "17.8%", note="release: Promise Grant up 17.8% (transposed digits)"),
    F("$212 million", S, note="release"),
    F("$5,800", S, note="release"),
    F("$5,500", C, "$5,200", note="release: maximum award rises from $5,200"),
    F("$24 million", S, note="release: Kellerton"),
    F("$15.5 million", S, note="release: Marlow"),
    F("240", S, derived=True, note="release: double the capacity to 480, so 480 / 2 = 240 now"),
    F("580", C, "480", note="release: nursing program to 480 students a year"),
    F("$9 million", S, note="release: Ridgeway"),
    F("$6.5 million", S, note="release: Seabrook"),
    F("$56 million", C, "$55 million", derived=True, note="24 + 15.5 + 9 + 6.5 = 55; release: $55 million in one-time grants"),
    F("$40 million", S, note="release: deferred maintenance"),
    F("$1.4 billion", C, "$1.1 billion", note="release: backlog estimated at $1.1 billion"),
    F("$12 million", U, note="no source mentions transfer scholarships"),
    F("9", S, note="article: voted 9-2"),
    F("2", S, note="article: voted 9-2"),
    F("$11,220", S, note="article"),
    F("$10,840", S, note="article / fact book"),
    F("820", S, note="article: 820 beds"),
    F("$148 million", S, note="article"),
    F("2027", S, note="article: open in fall 2027"),
    F("96", U, note="no source gives accessible rooms"),
    F("second-largest", C, "largest", note="article: the largest construction project in the university's history"),
    F("84.2%", S, note="fact book: first-year retention 84.2%"),
    F("2010", U, note="no source compares retention with 2010"),
    F("16,240", S, note="fact book"),
    F("2023-24", S, note="fact book: 2023-24 (one span for the academic year)"),
    F("6%", U, note="no source gives the previous year's degrees"),
    F("12,830", C, "11,830", note="fact book: 11,830 bachelor's degrees"),
    F("4,120", S, note="fact book"),
    F("2.5%", S, note="release: 2.5% raise for faculty and staff"),
]

# --- D4: newsletter ---------------------------------------------------------
D4 = """## Campus Ledger: what the new budget and the tuition vote mean

**The budget.** Governor Catherine Whitfield signed a $31.6 billion budget on
June 24. It gives the Ardena State University System $1.284 billion, up from
$1.229 billion, and it caps in-state tuition increases at 3.5%. Its share of
general fund spending is about 4.5%. The Senate passed the budget 27-11, and
the House 61-38.

**Tuition.** The regents used all the room they had. In-state tuition rises
3.5%, and out-of-state tuition 5%. But the vote was not unanimous: it passed
9-3. At Kellerton in-state students will pay $11,220; at Seabrook, $9,257. It
is the largest increase since 2018.

**Aid.**

- The Promise Grant grows to $212 million, and its maximum award rises
  from $5,200 to $5,800.
- About 41,300 students will get grants, roughly 8,000 more than this
  year. Families earning up to $55,000 will qualify for the top award.
- Marlow gets $15.5 million to double its nursing program. It will train
  480 nurses a year by 2028.

**Enrollment.** Kellerton remains the largest campus, with 31,480 students, and
Marlow the third-largest, with 18,920. It added 745 students last year. Yet
Ridgeway lost students in five of the last six years, and its in-state share
is 94%. Seabrook, the smallest, grew 1.2% and has the system's best graduation
rate outside Kellerton, at 64.2%. Its coastal lab, funded with $6.5 million,
opens in 2027. Retention rose to 84.2% from 82.9%, a gain of 1.5 points.

**Housing.** Kellerton's 820-bed hall opens in fall 2027 and costs $148 million.
It will house about 13% of the campus's undergraduates. A double room rises
4.5% to $7,450, and the campus houses about 24 students per 100
undergraduates. Larkspur Hall will include a 400-seat dining hall. Rents in
town average $1,150 a month.

**By the numbers.** 2,870 international students; 4,120 full-time faculty; 17%
of undergraduates studying part time; and a median undergraduate age of 24 at
Ridgeway, four years older than at Kellerton.

**Next.** The regents take up the system's 2026-27 budget request on
October 14.
"""

D4_FIGS = [
    F("$31.6 billion", S, note="release: $31.6 billion general fund budget"),
    F("24", S, note="release dated June 24, 2025"),
    F("$1.284 billion", S, note="release"),
    F("$1.229 billion", S, note="release: fiscal 2025 appropriation"),
    F("3.5%", S, note="release: cap of 3.5%"),
    F("4.5%", C, "4.1%", note="release: appropriation is about 4.1% of general fund spending; 4.5% is its increase"),
    F("27", S, note="release: Senate 27-11"),
    F("11", S, note="release: Senate 27-11"),
    F("61", S, note="release: House 61-38"),
    F("38", S, note="release: House 61-38"),
    F("3.5%", S, note="article"),
    F("5%", S, note="article: out-of-state 5%"),
    F("9", S, note="article: voted 9-2"),
    F("3", C, "2", note="article: voted 9-2"),
    F("$11,220", S, note="article"),
    F("$9,257", C, "$9,275", note="article: Seabrook rises to $9,275 (transposed digits)"),
    F("2018", U, note="no source gives tuition history; 2018 is the graduation-rate cohort year"),
    F("$212 million", S, note="release"),
    F("$5,200", S, note="release"),
    F("$5,800", S, note="release"),
    F("41,300", S, note="release"),
    F("8,000", C, "6,000", note="release: roughly 6,000 more than this year"),
    F("$55,000", C, "$65,000", note="release: up to $65,000 now qualifies for the maximum award ($55,000 was the old threshold)"),
    F("$15.5 million", S, note="release: Marlow"),
    F("480", S, note="release: nursing program to 480 students a year"),
    F("2028", U, note="release gives no year for the nursing expansion"),
    F("31,480", S, note="fact book table: Kellerton"),
    F("third-largest", C, "second-largest", note="fact book: Marlow, the second-largest"),
    F("18,920", S, note="fact book table: Marlow"),
    F("745", S, note="fact book: Marlow added 745 students (pronoun 'It')"),
    F("five", S, note="fact book: fallen in five of the last six years"),
    F("six", S, note="fact book: five of the last six years"),
    F("94%", S, note="fact book table: Ridgeway in-state 94"),
    F("1.2%", S, note="fact book table: Seabrook +1.2"),
    F("64.2%", C, "58.9%", note="fact book table: Seabrook graduation rate 58.9; 64.2 is Marlow's"),
    F("$6.5 million", S, note="release: Seabrook coastal science laboratory"),
    F("2027", U, note="no source gives the lab's opening year; 2027 is the residence hall's"),
    F("84.2%", S, note="fact book: retention 84.2%"),
    F("82.9%", S, note="fact book: from 82.9%"),
    F("1.5", C, "1.3", derived=True, note="84.2 - 82.9 = 1.3 points"),
    F("820", S, note="article"),
    F("2027", S, note="article: open in fall 2027"),
    F("$148 million", S, note="article"),
    F("13%", C, "3%", derived=True, note="820 beds / 25,900 undergraduates = 3.2% (820 / 6,240 current residents would be 13%)"),
    F("4.5%", C, "4.2%", note="article: up 4.2% to $7,450"),
    F("$7,450", S, note="article"),
    F("24", S, note="article: about 24 for every 100 undergraduates; the denominator 100 is not labelled"),
    F("400", U, note="no source mentions a dining hall"),
    F("$1,150", U, note="no source gives rents in town; 1,150 is the housing waiting list"),
    F("2,870", S, note="fact book"),
    F("4,120", S, note="fact book"),
    F("17%", U, note="no source gives part-time enrollment"),
    F("24", S, note="fact book: median age 24 at Ridgeway"),
    F("four", S, derived=True, note="24 - 20 (Kellerton median age) = 4 years"),
    F("2026-27", S, note="article: 2026-27 budget request (one span)"),
    F("14", U, note="article: 'in October', no date"),
]

CASES = [
    ("fresh2-blind", "fresh-d", D_SOURCES, [
        ("wire.md", D1, D1_FIGS, "wire story"),
        ("opinion.md", D2, D2_FIGS, "opinion column with hedges and derived figures"),
        ("summary.md", D3, D3_FIGS, "short LLM-style summary, dense with figures"),
        ("newsletter.md", D4, D4_FIGS, "newsletter: heading, bold lead-ins, bullets, hard-wrapped lines"),
    ]),
]

NOT_FIGURES = {
    ("fresh-d-2", "for every 100 students"),  # a rate's denominator is not labelled
    ("fresh-d-4", "per 100"),  # a rate's denominator is not labelled
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
