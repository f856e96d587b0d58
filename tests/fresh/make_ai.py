#!/usr/bin/env python3
"""Generate tests/fresh/fresh18-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AI (fresh18-dev): a county court system's year and a new courthouse
                    (Carrick County Superior Court): the judicial branch's
                    2025 annual report excerpt (cases filed, disposed and
                    pending by five case types with changes, clearance rates
                    and median days, the backlog, jury trials and summonses,
                    interpreters, fines and fees collected and where they
                    went, budget and staff, courtrooms), the county's and the
                    court's release on the supervisors' 4-1 vote for an $84.6
                    million Justice Center and a $2.3 million felony backlog
                    program, and a newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ai.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AI: Carrick County Superior Court (fictional)
# ---------------------------------------------------------------------------

AI_REPORT = """Carrick County Superior Court
2025 Annual Report of the Judicial Branch (excerpt)
Calendar year 2025

From the Presiding Judge and the Court Executive Officer

The Superior Court of Carrick County received 47,560 new cases in 2025, up 3.1% from 46,150 in 2024 and the most since 2019. Judges and commissioners disposed of 47,025 cases, up from 45,870, for a clearance rate of 98.9%, against 99.4% a year earlier. Because the court closed fewer cases than it received, pending cases rose 2.8% to 19,640 at year-end from 19,105.

Table 1. Caseload by case type, 2025

| Case type | Filed | Change from 2024 (%) | Disposed | Clearance rate (%) | Pending, Dec. 31 | Median days to disposition |
|---|---|---|---|---|---|---|
| Felony | 4,860 | +11.0 | 4,395 | 90.4 | 3,920 | 214 |
| Misdemeanor | 18,240 | +2.0 | 18,610 | 102.0 | 4,150 | 68 |
| Civil | 12,950 | +5.2 | 12,480 | 96.4 | 6,830 | 246 |
| Family | 9,370 | -1.6 | 9,510 | 101.5 | 3,260 | 172 |
| Probate | 2,140 | +3.9 | 2,030 | 94.9 | 1,480 | 131 |
| All cases | 47,560 | +3.1 | 47,025 | 98.9 | 19,640 | — |

Felony filings rose for the third year in a row. Felony cases took a median of 214 days to resolve, up from 187 in 2024, and 1,160 felony cases had been pending for more than a year at year-end, against 890 a year earlier. Across all case types, the backlog, meaning cases pending longer than the state's time standards, grew to 3,410 from 2,870.

Trials and juries

The court held 142 jury trials, up from 121: 104 felony, 21 misdemeanor and 17 civil. It mailed 41,600 jury summonses, and 15,830 people reported for service. Jurors are paid $15 a day, a rate set in 1999.

Interpreters

Court interpreters worked 9,870 events, up 12.4% from 8,780, in 31 languages. Spanish accounted for 71% of events, Vietnamese 9% and Portuguese 6%. The court employs seven staff interpreters; spending on contract interpreters rose to $648,000 from $521,000.

Fines, fees and collections

The court collected $14.62 million in fines, fees and court costs, down 4.9% from $15.38 million, largely because a state law that took effect on July 1, 2024, ended late-payment penalties on traffic fines. Of the total, $6.35 million went to the state, $5.12 million to the county general fund, $2.08 million to cities and $1.07 million to crime victims as restitution.

Operations

The court's operating budget for 2025 was $41.3 million. It had 14 judges, five commissioners and 298 staff at year-end. Video hearings made up 34% of all hearings, down from 41% in 2024. The self-help center served 23,400 visitors, and 612,000 people passed through security screening at the courthouse and the annex.

Facilities

The main courthouse, opened in 1931, and the 1978 annex hold 16 courtrooms between them for 19 judicial officers, so three judicial officers share courtrooms on a rotating schedule.
"""

AI_RELEASE = """NEWS RELEASE
Carrick County Board of Supervisors and Carrick County Superior Court
Wednesday, February 11, 2026

Supervisors approve $84.6 million Justice Center and a $2.3 million push to cut the felony backlog

The Carrick County Board of Supervisors voted 4-1 on Tuesday to build the Carrick County Justice Center, an $84.6 million courthouse on the site of the county's Deans Street parking lot in downtown Wendover, and to fund an 18-month program to reduce the court's backlog of felony cases.

The five-story Justice Center will have 22 courtrooms, 171,000 square feet and holding cells for 64 people, replacing the 1931 courthouse and the 1978 annex, which have 16 courtrooms between them. Construction is to begin in June 2026 and take about 28 months, with the building opening in late 2028. About 380 construction jobs are expected. The building will also house the self-help center and a jury assembly room with 300 seats; Pardee & Crane Architects designed it.

Table 1. Justice Center funding

| Source | Amount ($ million) | Share (%) |
|---|---|---|
| County lease-revenue bonds (30 years) | 51.9 | 61.3 |
| State Court Facilities grant | 24.5 | 29.0 |
| Courthouse construction fund | 8.2 | 9.7 |
| Total | 84.6 | 100.0 |

Debt service on the bonds is expected to be about $3.4 million a year. The courthouse construction fund is paid from a $35 surcharge on civil filings.

The board also approved $2.3 million for the Felony Backlog Initiative, which will bring in two visiting judges and add three deputy public defenders and two deputy district attorneys from March 2026 through August 2027. The goal is to cut the number of felony cases pending more than a year from 1,160 to 700 by August 31, 2027, a reduction of about 40%.

"This courthouse was built for a county of 90,000 people. We now serve 418,000," said Presiding Judge Marguerite Tallis. "Defendants, victims and families should not wait two years for their day in court."

Supervisor Dale Krommer voted against. His motion to renovate the existing courthouse instead, at an estimated $51 million, failed 1-4.

The 1931 courthouse, which is listed on the National Register of Historic Places, will be converted to county offices after the move.

In 2025, the Superior Court received 47,560 new cases and disposed of 47,025. The felony clearance rate was 90.4%.

A public hearing before the vote on Tuesday drew 27 speakers.
"""

AI_ARTICLE = """Supervisors OK new courthouse on 4-1 vote; backlog program starts next month

By Teresa Volkov, The Wendover Gazette
Friday, February 13, 2026

Carrick County will build an $84.6 million Justice Center two blocks from its 95-year-old courthouse after the Board of Supervisors voted 4-1 on Tuesday, ending a debate that began in 2017.

Presiding Judge Marguerite Tallis, 61, a judge since 2009, told supervisors that the old building's roof leaked 41 times last year and that its only public elevator was out of service for 63 days. "We have judges hearing cases in a converted jury room," she said.

Supervisor Dale Krommer, 70, the lone no vote, said the bonds would cost taxpayers "about $3.4 million a year for 30 years, more than $100 million." Board chair Anita Ferreira-Lowe, 55, said the state grant of $24.5 million "would not come again." She said the bonds would be repaid from the county's general fund, whose budget this year is $583 million, without a property-tax increase. The Deans Street lot, 2.1 acres, now holds 240 parking spaces.

Public Defender Samuel Achterberg, 48, said each of his felony attorneys carries about 173 open cases, against a state guideline of 150. His office has 26 felony attorneys. "The backlog program helps, but three lawyers for 18 months doesn't fix a structural problem," he said.

District Attorney Ruth Calder, 57, said her office supports the initiative. She said 38 felony trials were postponed in 2025 because no courtroom was free.

The county jail held 486 people on Thursday, 71% of them awaiting trial, according to the sheriff's office. A jail bed costs the county $142 a day.

The old courthouse's boiler dates from 1964, and the county has spent $1.2 million on repairs to the building over the past five years, according to facilities director Glenn Osei.

Krommer, in his third term, said he would have supported a smaller building. The visiting judges will be retired judges paid $850 a day, Ng said.

Luis Amador, 34, of Wendover, said he spent 22 months in jail awaiting trial on a burglary charge before a jury acquitted him in November. "Nobody gives you those months back," he said.

Court Executive Officer Howard Ng, 52, said the court postponed 312 hearings in 2025 because no interpreter was available, and that spending on contract interpreters rose about 24%.

Belden County, 50 miles south, opened a 16-courtroom justice center in 2021 for $67 million.

Groundbreaking is set for June.
"""

AI_SOURCES = [
    {"name": "carrick-superior-court-annual-report-2025.txt", "text": AI_REPORT},
    {"name": "carrick-justice-center-release.txt", "text": AI_RELEASE},
    {"name": "wendover-gazette-article.txt", "text": AI_ARTICLE},
]

# --- AI1: wire story with a dateline -----------------------------------------------------
AI1 = """Carrick County approves $84.6 million courthouse as felony backlog grows

WENDOVER, Feb. 11 (State News Service) — Carrick County will build an $84.6 million Justice Center with 22 courtrooms after its Board of Supervisors voted 4-1 on Tuesday, and it will spend $2.3 million over 18 months to cut a felony backlog that has grown to 1,160 cases pending more than a year.

The new building will replace the 1931 courthouse and its 1987 annex, which hold 16 courtrooms between them for 19 judges and commissioners. Construction begins in June 2026 and should take about 28 months, with the doors opening in late 2028.

Lease-revenue bonds repaid over 25 years will cover $51.9 million, or 61.3% of the cost, while a state Court Facilities grant pays $24.5 million and a construction fund fed by a $35 surcharge on civil filings adds $8.2 million. The grant and the fund together, $37.2 million, cover less than two fifths of the bill.

Debt service is expected to run about $3.4 million a year, and some 380 construction jobs are expected. About 60 people attended Tuesday's hearing.

"This courthouse was built for a county of 90,000 people. We now serve 418,000," said Presiding Judge Marguerite Tallis, who has led the court since 2019. Supervisor Dale Krommer cast the lone vote against, and his motion to renovate the old building instead, at an estimated $61 million, failed 1-4.

The backlog initiative brings in two visiting judges and adds three deputy public defenders and two deputy district attorneys through August 2027. Its goal is to bring the number of felony cases pending more than a year down to 700 by Aug. 31, 2027, a cut of about 45%.

The court's 2025 annual report shows the strain. The Superior Court received 47,560 new cases last year, up 3.1%, and disposed of 47,025, a clearance rate of 98.9%. Felony filings rose 11.0% to 4,860, while family filings fell 1.6% to 9,730. Felony cases took a median of 214 days to resolve, up from 178.

Jury trials rose to 142 from 121. Jurors still earn $15 a day, a rate set in 1989.

Collections of fines and fees fell 4.9% to $14.62 million after the state ended late-payment penalties on traffic fines in July 2024. The state received $6.35 million and the county general fund $5.21 million.

The county last borrowed for a courthouse in 2004, when it issued $18 million in bonds to renovate the annex. Carrick County's court is the fourth-busiest in the state.
"""

AI1_FIGS = [
    F("$84.6 million", S, note="headline; release: an $84.6 million courthouse"),
    F("11", S, note="dateline Feb. 11: the release of Wednesday, February 11, 2026 reports the vote"),
    F("$84.6 million", S, note="release: the $84.6 million Justice Center"),
    F("22", S, note="release: 22 courtrooms"),
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("$2.3 million", S, note="release: $2.3 million for the Felony Backlog Initiative"),
    F("18", S, note="release: an 18-month program"),
    F("1,160", S, note="report / release: 1,160 felony cases pending more than a year (up from 890)"),
    F("1931", S, note="release / report: the 1931 courthouse"),
    F("1987", C, "1978", note="release / report: the 1978 annex"),
    F("16", S, note="release / report: 16 courtrooms between them"),
    F("19", S, note="report: 16 courtrooms for 19 judicial officers (14 judges and five commissioners)"),
    F("2026", S, note="release: construction to begin in June 2026"),
    F("28", S, note="release: take about 28 months"),
    F("2028", S, note="release: opening in late 2028"),
    F("25", C, "30", note="release table: county lease-revenue bonds (30 years)"),
    F("$51.9 million", S, note="release table: bonds 51.9"),
    F("61.3%", S, note="release table: bonds 61.3%"),
    F("$24.5 million", S, note="release table: state Court Facilities grant 24.5"),
    F("$35", S, note="release: a $35 surcharge on civil filings"),
    F("$8.2 million", S, note="release table: courthouse construction fund 8.2"),
    F("$37.2 million", C, "$32.7 million", derived=True, note="release table: 24.5 + 8.2 = 32.7 (transposed digits)"),
    F("two fifths", S, derived=True, note="release table: 32.7 / 84.6 = 38.7% (29.0% + 9.7%), 'less than two fifths' (right by the sources though the draft misstates the sum)"),
    F("$3.4 million", S, note="release: debt service about $3.4 million a year"),
    F("380", S, note="release: about 380 construction jobs"),
    F("60", U, note="no source gives the hearing's attendance (the release gives 27 speakers)"),
    F("90,000", S, note="release: 'built for a county of 90,000 people'"),
    F("418,000", S, note="release: 'We now serve 418,000'"),
    F("2019", U, note="no source says when Tallis became presiding judge (the article: a judge since 2009)"),
    F("$61 million", C, "$51 million", note="release: renovation at an estimated $51 million"),
    F("1", S, note="release: the motion failed 1-4"),
    F("4", S, note="release: failed 1-4"),
    F("two", S, note="release: two visiting judges"),
    F("three", S, note="release: three deputy public defenders"),
    F("two", S, note="release: two deputy district attorneys"),
    F("2027", S, note="release: through August 2027"),
    F("700", S, note="release: from 1,160 to 700"),
    F("31", S, note="release: by August 31, 2027"),
    F("2027", S, note="release: August 31, 2027"),
    F("45%", C, "40%", note="release: a reduction of about 40% (1,160 to 700 is 39.7%)"),
    F("2025", S, note="report: the 2025 annual report"),
    F("47,560", S, note="report: 47,560 new cases"),
    F("3.1%", S, note="report: up 3.1%"),
    F("47,025", S, note="report: disposed of 47,025"),
    F("98.9%", S, note="report: clearance rate of 98.9%"),
    F("11.0%", S, note="report table: felony filed +11.0"),
    F("4,860", S, note="report table: felony filed 4,860"),
    F("1.6%", S, note="report table: family -1.6"),
    F("9,730", C, "9,370", note="report table: family filed 9,370 (transposed digits)"),
    F("214", S, note="report: felony median 214 days"),
    F("178", C, "187", note="report: up from 187 in 2024 (transposed digits)"),
    F("142", S, note="report: 142 jury trials"),
    F("121", S, note="report: up from 121"),
    F("$15", S, note="report: jurors are paid $15 a day"),
    F("1989", C, "1999", note="report: a rate set in 1999"),
    F("4.9%", S, note="report: down 4.9%"),
    F("$14.62 million", S, note="report: $14.62 million collected"),
    F("2024", S, note="report: a state law that took effect on July 1, 2024"),
    F("$6.35 million", S, note="report: $6.35 million went to the state"),
    F("$5.21 million", C, "$5.12 million", note="report: $5.12 million to the county general fund (transposed digits)"),
    F("2004", U, note="no source mentions an earlier courthouse bond"),
    F("$18 million", U, note="no source mentions an earlier courthouse bond"),
    F("fourth-busiest", U, note="no source ranks the court in the state"),
]

# --- AI2: newspaper editorial ("Our view") -----------------------------------------------
AI2 = """# Our view: Carrick's new courthouse is overdue. The backlog is the real test.

The Carrick County Board of Supervisors did the right thing on Tuesday. By a 4-1 vote, it approved an $84.6 million Justice Center to replace a courthouse that opened in 1931, when the county had about 90,000 residents. It now has 418,000, more than four times as many.

The numbers in the court's own annual report are sobering. New filings reached 47,560 in 2025, the most since 2019, but the court disposed of only 47,025, so the pile of pending cases grew by more than 500. Felony filings jumped 11%, and the median felony now takes 214 days to resolve, about six weeks longer than a year earlier. Civil cases are slower still, at a median of 264 days.

Worse, 1,160 felony cases had been waiting more than a year by December, up from 890, an increase of nearly a third in twelve months. The county jail held 468 people on Thursday, and 71% of them had not been tried. At $142 a day, the county spends some $49,000 a day jailing people who are awaiting trial.

Supervisor Dale Krommer, who cast the lone no vote, has a point about cost. Bonds of $51.9 million, repaid at about $3.4 million a year for 30 years, come to more than $100 million. But his alternative, a $51 million renovation, would have left the county with 16 courtrooms for 19 judicial officers and no state money. The state grant of $24.5 million covers more than a third of the new building, and it would not come again.

Still, a building that opens in late 2028 will not help the people waiting now. That is why the $2.3 million Felony Backlog Initiative matters more in the short run. Two visiting judges and five new prosecutors and public defenders, for 18 months, are meant to cut the year-old felony cases to 700 by August 2028, a drop of about 40%.

Public Defender Samuel Achterberg says each of his felony lawyers carries about 173 cases, against a state guideline of 150, or about 15% too many. Three more lawyers will not close that gap. The court is also short of interpreters: hearings were postponed 321 times last year for lack of an interpreter, while interpreted events rose 12.4% to 9,870 in 13 languages.

The court mailed 41,600 summonses in 2025, and fewer than two in five people showed up. Jurors are paid $15 a day, unchanged since 1999. We would raise it to $40. And the court collected $14.62 million in fines and fees last year, up 4.9%; it can afford to pay the citizens it summons.

The felony clearance rate was 90.4% last year, the lowest of any case type, while the probate rate was 102.0%. If the felony rate is not above 100% by the end of 2026, the initiative will have failed, and the $84.6 million courthouse will be a handsome building full of the same delays.

When our editorial board toured the courthouse in 2024, we counted nine buckets catching rainwater in a single hallway.
"""

AI2_FIGS = [
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("$84.6 million", S, note="release: the $84.6 million Justice Center"),
    F("1931", S, note="report / release: the courthouse opened in 1931"),
    F("90,000", S, note="release: 'built for a county of 90,000 people'"),
    F("418,000", S, note="release: 'We now serve 418,000'"),
    F("four times", S, derived=True, note="release: 418,000 / 90,000 = 4.6, 'more than four times'"),
    F("47,560", S, note="report: 47,560 new cases in 2025"),
    F("2025", S, note="report: in 2025"),
    F("2019", S, note="report: the most since 2019"),
    F("47,025", S, note="report: disposed of 47,025"),
    F("500", S, derived=True, note="report: 47,560 - 47,025 = 535 (pending 19,105 to 19,640), 'more than 500'"),
    F("11%", S, note="report table: felony filed +11.0"),
    F("214", S, note="report: felony median 214 days"),
    F("six weeks", C, "four weeks", derived=True, note="report: 214 - 187 = 27 days, about four weeks longer, not six"),
    F("264", C, "246", note="report table: civil median 246 days (transposed digits)"),
    F("1,160", S, note="report: 1,160 felony cases pending more than a year"),
    F("890", S, note="report: against 890 a year earlier"),
    F("a third", S, derived=True, note="report: 1,160 / 890 = 1.303, an increase of 30.3%, 'nearly a third'"),
    F("twelve", S, note="report: year-end against a year earlier"),
    F("468", C, "486", note="article: the jail held 486 people on Thursday (transposed digits)"),
    F("71%", S, note="article: 71% of them awaiting trial"),
    F("$142", S, note="article: a jail bed costs $142 a day"),
    F("$49,000", S, derived=True, note="article: 486 x 71% x $142 = $48,999 (right by the sources though the draft misstates the jail count)"),
    F("$51.9 million", S, note="release table: bonds 51.9"),
    F("$3.4 million", S, note="release / article: about $3.4 million a year"),
    F("30", S, note="release table / article: 30 years"),
    F("$100 million", S, note="article: Krommer, 'more than $100 million' (stated in his quote)"),
    F("$51 million", S, note="release: renovation at an estimated $51 million"),
    F("16", S, note="report / release: 16 courtrooms"),
    F("19", S, note="report: 19 judicial officers"),
    F("$24.5 million", S, note="release table / article: state grant 24.5"),
    F("a third", C, "29.0%", note="release table: the state grant is 29.0% of the cost, less than a third"),
    F("2028", S, note="release: opening in late 2028"),
    F("$2.3 million", S, note="release: $2.3 million for the initiative"),
    F("Two", S, note="release: two visiting judges"),
    F("five", S, derived=True, note="release: three deputy public defenders + two deputy district attorneys = 5"),
    F("18", S, note="release / article: 18 months"),
    F("700", S, note="release: to 700"),
    F("2028", C, "2027", note="release: by August 31, 2027"),
    F("40%", S, note="release: a reduction of about 40%"),
    F("173", S, note="article: about 173 open cases"),
    F("150", S, note="article: a state guideline of 150"),
    F("15%", S, derived=True, note="article: 173 / 150 = 1.153, about 15% too many"),
    F("Three", S, note="release / article: three deputy public defenders"),
    F("321", C, "312", note="article: the court postponed 312 hearings (transposed digits)"),
    F("12.4%", S, note="report: up 12.4%"),
    F("9,870", S, note="report: 9,870 events"),
    F("13", C, "31", note="report: in 31 languages (transposed digits)"),
    F("41,600", S, note="report: mailed 41,600 jury summonses"),
    F("2025", S, note="report: in 2025"),
    F("two in five", S, derived=True, note="report: 15,830 / 41,600 = 38.1%, 'fewer than two in five'"),
    F("$15", S, note="report: $15 a day"),
    F("1999", S, note="report: a rate set in 1999"),
    F("$40", U, note="the paper's own proposal; no source gives it"),
    F("$14.62 million", S, note="report: $14.62 million collected"),
    F("4.9%", C, "-4.9%", note="report: collections fell 4.9% (down from $15.38 million), not up"),
    F("90.4%", S, note="report table: felony clearance 90.4"),
    F("102.0%", C, "94.9%", note="report table: probate clearance 94.9; 102.0 is misdemeanor's"),
    F("100%", U, note="no source sets a clearance target"),
    F("2026", U, note="a year inside a test no source sets"),
    F("$84.6 million", S, note="release: the $84.6 million Justice Center"),
    F("2024", U, note="no source mentions the editorial board's visit"),
    F("nine", U, note="no source mentions buckets"),
]

# --- AI3: written testimony to the Board, with a table of its own -------------------------
AI3 = """# Written testimony of Presiding Judge Marguerite Tallis

*Carrick County Superior Court, to the Carrick County Board of Supervisors, public hearing of Tuesday, February 10, 2026, on the Justice Center and the Felony Backlog Initiative*

Chair Ferreira-Lowe and members of the Board:

Thank you for the chance to speak. I have served on this court since 2009, and I have never seen the pressure on our building and our calendar that we saw in 2025.

## Our caseload

| Measure | 2024 | 2025 |
|---|---|---|
| New cases filed | 46,150 | 47,560 |
| Pending at year-end | 19,105 | 19,460 |
| Felony median days to disposition | 187 | 241 |
| Jury trials | 112 | 142 |
| Fines and fees collected | $15.38 million | $14.26 million |

Felony filings rose 11.0%, to 4,860 from about 4,380. Those cases are the hardest to move: our felony clearance rate was 90.4%, which means we closed only about nine in 10 of the felony cases filed.

## Our building

The courthouse opened in 1931 and the annex in 1978. Between them they have 16 courtrooms for 14 judges and five commissioners, so on any given day three of us have no courtroom. Last year the roof leaked 41 times and the only public elevator was out of service for 36 days. In 2025 we screened 612,000 people at our doors, more than 2,300 each working day.

The Justice Center before you would give us 22 courtrooms in 171,000 square feet, with holding cells for 46 people: six more courtrooms than we have now. It would open in late 2028, about 28 months after a June 2026 groundbreaking. Most of its $84.6 million cost would be paid with 30-year bonds of $59.1 million. The state's Court Facilities grant of $24.5 million, 29.0% of the cost, will not be offered again.

## The backlog

Even with a new building, we need help now. The $2.3 million initiative would fund two visiting judges and five attorneys for 18 months. Our goal is to bring the 1,160 felony cases older than a year down to 700, a reduction of 460 cases, or about 40%.

## Interpreters and jurors

Interpreted events rose 12.4% to 9,870. Spanish was 71% of them and Vietnamese 6%. We employ seven staff interpreters, and contract spending rose to $648,000 from $521,000, an increase of nearly 30%. We postponed 312 hearings last year for lack of an interpreter.

Jurors are paid $15 a day, a rate set in 1999. Only 38.1% of the people we summoned reported for service, and I believe the pay is part of the reason. I ask the Board to raise it to $25 in the 2027 budget.

Our court has served Carrick County since 1852. Thank you; I would be glad to answer questions.
"""

AI3_FIGS = [
    F("10", S, note="release of Wednesday, February 11: the public hearing before the vote on Tuesday (February 10)"),
    F("2026", S, note="release: February 2026"),
    F("2009", S, note="article: Tallis, a judge since 2009"),
    F("2025", S, note="report: calendar year 2025"),
    F("2024", S, note="table heading: the report's 2024 values"),
    F("2025", S, note="table heading: the report's 2025 values"),
    F("46,150", S, note="report: 46,150 in 2024"),
    F("47,560", S, note="report: 47,560 new cases in 2025"),
    F("19,105", S, note="report: pending 19,105 a year earlier"),
    F("19,460", C, "19,640", note="report: pending cases rose to 19,640 (transposed digits)"),
    F("187", S, note="report: felony median 187 days in 2024"),
    F("241", C, "214", note="report: felony median 214 days in 2025 (transposed digits)"),
    F("112", C, "121", note="report: 121 jury trials in 2024 (transposed digits)"),
    F("142", S, note="report: 142 jury trials"),
    F("$15.38 million", S, note="report: $15.38 million in 2024"),
    F("$14.26 million", C, "$14.62 million", note="report: $14.62 million collected in 2025 (transposed digits)"),
    F("11.0%", S, note="report table: felony filed +11.0"),
    F("4,860", S, note="report table: felony filed 4,860"),
    F("4,380", S, derived=True, note="report table: 4,860 / 1.110 = 4,378, 'about 4,380'"),
    F("90.4%", S, note="report table: felony clearance 90.4"),
    F("nine in 10", S, derived=True, note="report table: clearance 90.4% (4,395 disposed of 4,860 filed), 'about nine in 10'"),
    F("1931", S, note="report: opened in 1931"),
    F("1978", S, note="report: the 1978 annex"),
    F("16", S, note="report: 16 courtrooms"),
    F("14", S, note="report: 14 judges"),
    F("five", S, note="report: five commissioners"),
    F("three", S, note="report: three judicial officers share courtrooms on a rotating schedule"),
    F("41", S, note="article: the roof leaked 41 times last year"),
    F("36", C, "63", note="article: the elevator was out of service for 63 days (transposed digits)"),
    F("2025", S, note="report: in 2025"),
    F("612,000", S, note="report: 612,000 people passed through security screening"),
    F("2,300", U, note="needs a count of working days no source gives"),
    F("22", S, note="release: 22 courtrooms"),
    F("171,000", S, note="release: 171,000 square feet"),
    F("46", C, "64", note="release: holding cells for 64 people (transposed digits)"),
    F("six", S, derived=True, note="release: 22 - 16 = 6 more courtrooms"),
    F("2028", S, note="release: opening in late 2028"),
    F("28", S, note="release: about 28 months"),
    F("2026", S, note="release: construction to begin in June 2026"),
    F("$84.6 million", S, note="release: $84.6 million"),
    F("30", S, note="release table: bonds (30 years)"),
    F("$59.1 million", C, "$51.9 million", note="release table: bonds 51.9 (transposed digits)"),
    F("$24.5 million", S, note="release table: state grant 24.5"),
    F("29.0%", S, note="release table: state grant 29.0%"),
    F("$2.3 million", S, note="release: $2.3 million"),
    F("two", S, note="release: two visiting judges"),
    F("five", S, derived=True, note="release: three deputy public defenders + two deputy district attorneys = 5"),
    F("18", S, note="release: an 18-month program"),
    F("1,160", S, note="release: from 1,160"),
    F("700", S, note="release: to 700"),
    F("460", S, derived=True, note="release: 1,160 - 700 = 460"),
    F("40%", S, note="release: a reduction of about 40%"),
    F("12.4%", S, note="report: up 12.4%"),
    F("9,870", S, note="report: 9,870 events"),
    F("71%", S, note="report: Spanish 71%"),
    F("6%", C, "9%", note="report: Vietnamese 9%; 6% is Portuguese"),
    F("seven", S, note="report: seven staff interpreters"),
    F("$648,000", S, note="report: to $648,000"),
    F("$521,000", S, note="report: from $521,000"),
    F("30%", C, "24.4%", derived=True, note="report: 648 / 521 = 1.244, an increase of 24.4% (article: about 24%), not nearly 30%"),
    F("312", S, note="article: the court postponed 312 hearings"),
    F("$15", S, note="report: $15 a day"),
    F("1999", S, note="report: a rate set in 1999"),
    F("38.1%", S, derived=True, note="report: 15,830 / 41,600 = 38.1%"),
    F("$25", U, note="the judge's own request; no source gives it"),
    F("2027", U, note="a year inside a request no source makes"),
    F("1852", U, note="no source gives the court's founding"),
]

# --- AI4: bar association bulletin, hard-wrapped --------------------------------------------
AI4 = """# Carrick County Bar Association: Member Bulletin, February 2026

**Justice Center approved.** The Board of Supervisors voted 4-1 on Tuesday,
February 10, for the $84.6 million Justice Center on the Deans Street lot. It
will have 22 courtrooms and open in late 2028, with a 600-space parking garage
next door. Supervisor Dale Krommer, 70, voted no; his renovation plan failed
1-4. Chair Anita Ferreira-Lowe, 65, said the $24.5 million state grant "would
not come again."

**From the bench.** Presiding Judge Marguerite Tallis, 61, told the Board the
courthouse was built for a county of 90,000; it now serves 418,000. She has
been a judge since 2019 and wants defendants, victims and families to stop
waiting two years for their day in court.

**What members will notice.** Until then, expect tight calendars. The court
held 142 jury trials in 2025, up from 121, and felony trials made up 104 of
them, almost three quarters. Civil trials numbered 71 and misdemeanor trials
21.

**Felony practice.** Felony filings rose 11.0% to 4,860, and the median felony
took 214 days to resolve. Public Defender Samuel Achterberg says his felony
lawyers carry about 173 cases each. He is 48. Yet the backlog initiative adds
only three deputy public defenders, and they are gone after August 2027. The
District Attorney's office gets two more deputies; it says 83 felony trials
were postponed last year for want of a courtroom.

**Civil, family and probate.** Civil filings rose 5.2% to 12,950 and took a
median of 246 days; civil cases pending reached 6,830, the most of any type.
Family filings fell 1.6%, and probate filings rose 2.0% to 2,140. But
probate's clearance rate was 94.9%, so estates are backing up too.

**Interpreters.** Court Executive Officer Howard Ng says 312 hearings were
postponed last year without an interpreter. Interpreted events rose 12.4% to
9,870. If your client needs an interpreter, ask at arraignment, not on the
morning of trial.

**Fees.** The court collected $14.62 million in fines and fees, down 4.9%. The
civil filing surcharge that feeds the construction fund, $35, will rise to $50
in July, according to the Board.

**Self-help and video.** The self-help center served 32,400 people, and video
hearings fell to 34% of all hearings from 41%, a drop of 17 points.

**Jury duty.** Members called as jurors are paid $15 a day, like everyone
else. Of the 41,600 people summoned last year, 15,380 reported.

**Asks.**

- Our lunch with Judge Tallis is on March 18 at noon at the Wendover Club;
  tickets are $30.
- We need 15 volunteer lawyers for the self-help center's Saturday clinic.
"""

AI4_FIGS = [
    F("2026", S, note="heading February 2026: the release and the article are of February 2026"),
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("10", S, note="release of Wednesday, February 11: the vote was on Tuesday (February 10)"),
    F("$84.6 million", S, note="release: the $84.6 million Justice Center"),
    F("22", S, note="release: 22 courtrooms"),
    F("2028", S, note="release: opening in late 2028"),
    F("600", U, note="no source mentions a parking garage"),
    F("70", S, note="article: Dale Krommer, 70"),
    F("1", S, note="release: the motion failed 1-4"),
    F("4", S, note="release: failed 1-4"),
    F("65", C, "55", note="article: Anita Ferreira-Lowe, 55"),
    F("$24.5 million", S, note="article / release: the state grant of $24.5 million"),
    F("61", S, note="article: Marguerite Tallis, 61"),
    F("90,000", S, note="release: 'built for a county of 90,000 people'"),
    F("418,000", S, note="release: 'We now serve 418,000'"),
    F("2019", C, "2009", note="article: a judge since 2009"),
    F("two", S, note="release: 'should not wait two years for their day in court'"),
    F("142", S, note="report: 142 jury trials"),
    F("2025", S, note="report: in 2025"),
    F("121", S, note="report: up from 121"),
    F("104", S, note="report: 104 felony"),
    F("three quarters", S, derived=True, note="report: 104 / 142 = 73.2%, 'almost three quarters'"),
    F("71", C, "17", note="report: 17 civil jury trials (transposed digits)"),
    F("21", S, note="report: 21 misdemeanor"),
    F("11.0%", S, note="report table: felony filed +11.0"),
    F("4,860", S, note="report table: felony filed 4,860"),
    F("214", S, note="report: felony median 214 days"),
    F("173", S, note="article: about 173 open cases"),
    F("48", S, note="article: Samuel Achterberg, 48"),
    F("three", S, note="release: three deputy public defenders"),
    F("2027", S, note="release: through August 2027"),
    F("two", S, note="release: two deputy district attorneys"),
    F("83", C, "38", note="article: Calder said 38 felony trials were postponed (transposed digits)"),
    F("5.2%", S, note="report table: civil filed +5.2"),
    F("12,950", S, note="report table: civil filed 12,950"),
    F("246", S, note="report table: civil median 246 days"),
    F("6,830", S, note="report table: civil pending 6,830, the most of any type"),
    F("1.6%", S, note="report table: family -1.6"),
    F("2.0%", C, "3.9%", note="report table: probate +3.9; 2.0 is misdemeanor's change"),
    F("2,140", S, note="report table: probate filed 2,140"),
    F("94.9%", S, note="report table: probate clearance 94.9"),
    F("312", S, note="article: Ng said the court postponed 312 hearings"),
    F("12.4%", S, note="report: up 12.4%"),
    F("9,870", S, note="report: 9,870 events"),
    F("$14.62 million", S, note="report: $14.62 million collected"),
    F("4.9%", S, note="report: down 4.9%"),
    F("$35", S, note="release: a $35 surcharge on civil filings"),
    F("$50", U, note="no source mentions a rise in the surcharge"),
    F("32,400", C, "23,400", note="report: the self-help center served 23,400 visitors (transposed digits)"),
    F("34%", S, note="report: video hearings 34%"),
    F("41%", S, note="report: down from 41%"),
    F("17", C, "7", derived=True, note="report: 41% - 34% = 7 points"),
    F("$15", S, note="report: $15 a day"),
    F("41,600", S, note="report: 41,600 jury summonses"),
    F("15,380", C, "15,830", note="report: 15,830 people reported (transposed digits)"),
    F("18", U, note="no source mentions the association's lunch"),
    F("$30", U, note="no source mentions the association's lunch"),
    F("15", U, note="no source mentions the association's clinic volunteers"),
]

CASES = [
    ("fresh18-dev", "fresh-ai", AI_SOURCES, [
        ("wire.txt", AI1, AI1_FIGS, "wire story with a dateline, compound sentences holding two owners and closing claims no source makes"),
        ("editorial.md", AI2, AI2_FIGS, "newspaper editorial ('Our view'): hedges, derived figures (multiples, fractions, per-day costs), the paper's own proposals"),
        ("testimony.md", AI3, AI3_FIGS, "written testimony of the presiding judge to the county board: first person, a Markdown table of its own, derived figures, requests"),
        ("bulletin.md", AI4, AI4_FIGS, "bar association member bulletin: heading, bold lead-ins, lines hard-wrapped near 80 columns, pronouns, Yet/But, asks"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
