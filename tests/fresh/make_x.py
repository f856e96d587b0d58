#!/usr/bin/env python3
"""Generate tests/fresh/fresh12-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  X (fresh12-blind): a county's 911 emergency dispatch center (Carrow County
                     Department of Emergency Communications): the annual
                     report excerpt (calls by five types this year and last,
                     answer standards and average answer times, incidents
                     and response times of police, fire and EMS, staffing,
                     vacancies, overtime, the budget), the county's and the
                     City of Pelham's release on merging the two dispatch
                     centers, and a newspaper article on staffing and overtime

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_x.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic X: Carrow County's emergency communications center (fictional)
# ---------------------------------------------------------------------------

X_REPORT = """Carrow County Department of Emergency Communications
2025 Annual Report (excerpt)
Calendar year 2025

Call volume

The county's emergency communications center answered 412,600 calls in 2025, up 3.9% from 397,100 in 2024. Calls to 911 from wireless phones and landlines rose 3.0% to 241,800, and texts to 911 more than doubled.

Table 1. Calls answered by type

| Type | 2025 | 2024 | Change (%) | Share of 2025 calls (%) |
|---|---|---|---|---|
| 911, wireless | 198,400 | 186,900 | +6.2 | 48.1 |
| 911, landline and VoIP | 43,400 | 47,800 | -9.2 | 10.5 |
| Ten-digit emergency line | 52,700 | 50,900 | +3.5 | 12.8 |
| Administrative | 116,300 | 110,800 | +5.0 | 28.2 |
| Text-to-911 | 1,800 | 700 | +157.1 | 0.4 |
| Total | 412,600 | 397,100 | +3.9 | 100.0 |

Answering 911 calls

The center answered 88.4% of 911 calls within 15 seconds and 94.1% within 20 seconds, against 81.7% and 89.9% in 2024. The state standard is 90% within 15 seconds and 95% within 20 seconds. The average time to answer was 0:11, down from 0:14. The busiest day was July 4, with 2,214 calls.

Table 2. Incidents dispatched and response times

| Discipline | Incidents 2025 | Incidents 2024 | Change (%) | Call to dispatch (m:ss) | Average response 2025 (m:ss) | Average response 2024 (m:ss) |
|---|---|---|---|---|---|---|
| Police | 148,200 | 144,700 | +2.4 | 1:52 | 9:48 | 10:21 |
| Fire | 21,600 | 20,750 | +4.1 | 1:06 | 6:37 | 6:52 |
| EMS | 46,900 | 44,300 | +5.9 | 1:14 | 8:12 | 8:05 |
| Total | 216,700 | 209,750 | +3.3 | | | |

Response time is measured from dispatch to the arrival of the first unit.

Staffing

The center has 96 authorized telecommunicator positions. At year-end 74 were filled, leaving 22 vacancies (22.9%), against 69 filled and 27 vacant at the end of 2024. The center hired 17 telecommunicators and lost 12 during the year. New hires train for 16 weeks before taking calls alone. The starting wage rose from $21.80 to $24.25 an hour on July 1, 2025.

Overtime cost $2.86 million, down 16.1% from $3.41 million, and overtime hours fell from 74,900 to 61,400.

Budget

The 2025 operating budget was $14.9 million: $8.2 million from the county general fund, $4.1 million from the state 911 fee on phone lines and $2.6 million from the five municipalities the center serves. The cost per call answered was $36.11.
"""

X_RELEASE = """CARROW COUNTY BOARD OF COMMISSIONERS
CITY OF PELHAM
JOINT NEWS RELEASE — Thursday, November 19, 2026

County and Pelham agree to merge emergency dispatch centers

The Carrow County Board of Commissioners voted 5-0 on Tuesday to approve an agreement merging the Pelham Police Communications Center into the county's Department of Emergency Communications. The Pelham City Council approved the agreement 6-1 on November 10. The merged center, Carrow Regional Emergency Communications, will begin answering calls from Pelham on March 16, 2027.

Pelham's center answered 88,300 calls in 2025 with 17 of its 23 telecommunicator positions filled. It answered 71.2% of 911 calls within 15 seconds, and its average time to answer was 0:19. Wireless calls from Pelham's west side often reach the county center before being transferred to Pelham, which adds an average of 0:38 before a Pelham dispatcher picks up.

The merged center will have 119 authorized positions, the county's 96 and Pelham's 23. All 17 Pelham telecommunicators will be offered jobs at their current seniority, and the merged center will pay the county's starting wage of $24.25 an hour, against Pelham's $22.40.

The consolidation will cost $6.8 million, to be paid as follows:

| Source | Amount | Share |
|---|---|---|
| State 911 consolidation grant | $2.5 million | 36.8% |
| Carrow County | $2.9 million | 42.6% |
| City of Pelham | $1.4 million | 20.6% |
| Total | $6.8 million | 100.0% |

The money will pay for 14 new dispatch consoles ($3.1 million), a 4,200-square-foot expansion of the county center ($2.4 million) and the linking of the two computer-aided dispatch and radio systems ($1.3 million).

The merged center's 2027 operating budget is $19.6 million. Pelham will pay $4.3 million a year toward it, less than the $5.1 million it spent running its own center in 2025. The county expects the merger to save the two governments a combined $1.2 million a year by 2029, mostly in overtime and duplicate equipment.

"A caller in crisis should never be put on hold because of a city line on a map," said Commission Chair Marisol Keane. "This puts every call in the same room." The board and the council will each name two members to a joint oversight committee.

A public information session will be held at the Pelham Public Library on Tuesday, December 8, at 6:30 p.m.
"""

X_ARTICLE = """Short-staffed and on overtime, dispatchers brace for the merger

By Callum Ostrander-Reyes, The Pelham Standard
Saturday, November 21, 2026

At 2:47 a.m. on a Sunday in October, telecommunicator Jolene Markey took a call from a man whose wife had stopped breathing. She talked him through chest compressions for 9 minutes and 40 seconds until paramedics arrived. It was the 14th hour of a 16-hour shift.

"That's not unusual here," said Markey, 34, who has worked at the county center for eight years. "Some weeks I'm mandated three times."

The county center ended 2025 with 22 of its 96 positions empty, and this fall it still has 19 vacancies, Director Owen Prideaux, 52, told the Board of Commissioners before Tuesday's 5-0 vote to absorb Pelham's center. Overtime fell to $2.86 million last year from $3.41 million, he said, and is on pace for about $2.5 million this year.

Telecommunicators work 12-hour shifts. Since July, those who have worked more than 60 hours in a week cannot be ordered to stay. Prideaux said the $24.25 starting wage, raised from $21.80 last year, has helped: the center received 412 applications in 2025, against 236 the year before. Only about 1 in 24 applicants was hired, and roughly a third of hires do not finish the 16-week training.

Pelham's dispatchers have their own worries. Of the city's 17 telecommunicators, 11 have said they will move to the county center, according to union steward Dario Fenn, 41. "The rest are near retirement or tired of waiting," he said. Pelham's longest-serving dispatcher, Bev Haldane, 63, started in 1988 and plans to retire in March rather than move.

Response times are a sore point in the county's north end, where EMS crews took an average of 13:40 to arrive last year, against 8:12 countywide. Commissioner Ana Lutz, 47, who voted for the merger "with my eyes open," said the dispatch center could not fix a shortage of ambulances.

The state 911 fee, 75 cents a month on each phone line, has not changed since 2012. A bill to raise it to $1.10 failed in the legislature in March by three votes.

Supporters of the merger say fewer transfers will make the biggest difference. Calls from Pelham's west side that ring at the county center first now lose an average of 38 seconds while they are transferred, Prideaux said. "Thirty-eight seconds is a long time when you're doing CPR," Markey said.
"""

X_SOURCES = [
    {"name": "carrow-county-emergency-communications-annual-report-2025.txt", "text": X_REPORT},
    {"name": "carrow-pelham-dispatch-merger-release.txt", "text": X_RELEASE},
    {"name": "pelham-standard-article.txt", "text": X_ARTICLE},
]

# --- X1: press-agency news-in-brief roundup with datelines -------------------------
X1 = """PUBLIC SAFETY ROUNDUP

CARROW COUNTY, Nov. 17 — County commissioners voted 5-0 on Tuesday to fold the Pelham Police Communications Center into the county's emergency dispatch department, a week after the Pelham City Council approved the deal 6-1. The merged center will start taking Pelham's calls on March 16, 2026, with 119 authorized positions. The consolidation will cost $6.8 million, of which the state pays $2.9 million. Commission Chair Marisol Keane said no caller should be put on hold "because of a city line on a map."

PELHAM, Nov. 19 — The city's own dispatch center, run from the police headquarters basement since 1991, answered 88,300 calls last year with 17 of its 23 positions filled, a vacancy rate of about 26%. It answered 71.2% of emergency calls within 15 seconds, well short of the state's 95% standard, and took an average of 0:19 to pick up, 8 seconds slower than the county center's 0:11. Pelham will pay $4.3 million a year toward the merged center, $800,000 less than it spent running its own.

CARROW COUNTY, Nov. 21 — The county center ended last year with 27 of its 96 telecommunicator positions vacant and still has 19 open this fall, Director Owen Prideaux, 47, said. Overtime fell 16.1% to $3.41 million. The starting wage rose to $24.25 an hour in July 2024, and applications rose 75%, to 412 from 236.

CARROW COUNTY, Nov. 20 — Calls to the county center rose 3.9% last year, and the share of emergency calls answered within 15 seconds climbed to 88.4% from 81.7%, a gain of 7.6 points, though still below the state standard of 90%. Police response times improved by 33 seconds, to 9:48, while EMS crews took 8:21 to arrive, up from 8:05.

SPRINGVALE, Nov. 21 — Neighboring Dunmore County, which merged its two dispatch centers in 2019, said its emergency calls are answered in an average of 0:09. Its officials declined to share overtime costs.
"""

X1_FIGS = [
    F("17", S, note="release of Thursday, November 19: the commissioners voted 'on Tuesday', November 17 (dateline on the day of the vote)"),
    F("5", S, note="release: voted 5-0"),
    F("0", S, note="release: voted 5-0"),
    F("6", S, note="release: the Pelham City Council approved the agreement 6-1 on November 10"),
    F("1", S, note="release: 6-1"),
    F("16", S, note="release: will begin answering calls from Pelham on March 16, 2027"),
    F("2026", C, "2027", note="release: March 16, 2027"),
    F("119", S, note="release: the merged center will have 119 authorized positions"),
    F("$6.8 million", S, note="release: the consolidation will cost $6.8 million"),
    F("$2.9 million", C, "$2.5 million", note="release table: state grant $2.5 million; $2.9 million is the county's part"),
    F("19", S, note="release dated Thursday, November 19, 2026, which gives Pelham's figures"),
    F("1991", U, note="no source says where Pelham's center is or since when"),
    F("88,300", S, note="release: Pelham's center answered 88,300 calls in 2025"),
    F("17", S, note="release: 17 of its 23 positions filled"),
    F("23", S, note="release: 17 of its 23 positions filled"),
    F("26%", S, derived=True, note="release: (23 - 17) / 23 = 26.1%"),
    F("71.2%", S, note="release: Pelham answered 71.2% of 911 calls within 15 seconds"),
    F("15", S, note="release: within 15 seconds"),
    F("95%", C, "90%", note="report: the state standard is 90% within 15 seconds (95% is the 20-second standard)"),
    F("0:19", S, note="release: Pelham's average time to answer was 0:19"),
    F("8", S, derived=True, note="release / report: 0:19 - 0:11 = 8 seconds"),
    F("0:11", S, note="report: the county center's average time to answer was 0:11"),
    F("$4.3 million", S, note="release: Pelham will pay $4.3 million a year"),
    F("$800,000", S, derived=True, note="release: $5.1 million spent in 2025 - $4.3 million = $800,000"),
    F("21", S, note="article dated Saturday, November 21, 2026, which reports the vacancies and Prideaux's statements"),
    F("27", C, "22", note="report / article: 22 vacancies at the end of 2025; 27 was the end of 2024"),
    F("96", S, note="report / article: 96 positions"),
    F("19", S, note="article: this fall it still has 19 vacancies"),
    F("47", C, "52", note="article: Director Owen Prideaux, 52; 47 is Commissioner Ana Lutz's age"),
    F("16.1%", S, note="report: overtime down 16.1%"),
    F("$3.41 million", C, "$2.86 million", note="report: overtime fell 16.1% to $2.86 million from $3.41 million (the 2024 value given as the new one)"),
    F("$24.25", S, note="report: starting wage $24.25 an hour"),
    F("2024", C, "2025", note="report: the starting wage rose on July 1, 2025"),
    F("75%", S, derived=True, note="article: 412 / 236 = 1.746, a rise of 75%"),
    F("412", S, note="article: 412 applications in 2025"),
    F("236", S, note="article: 236 the year before"),
    F("20", U, note="dateline: no source is dated November 20 or reports anything on that day"),
    F("3.9%", S, note="report: calls up 3.9%"),
    F("15", S, note="report: within 15 seconds"),
    F("88.4%", S, note="report: 88.4% within 15 seconds in 2025"),
    F("81.7%", S, note="report: 81.7% in 2024"),
    F("7.6", C, "6.7", derived=True, note="report: 88.4 - 81.7 = 6.7 points"),
    F("90%", S, note="report: the state standard is 90% within 15 seconds"),
    F("33", S, derived=True, note="report table: police 10:21 - 9:48 = 0:33"),
    F("9:48", S, note="report table: police average response 9:48 in 2025"),
    F("8:21", C, "8:12", note="report table: EMS average response 8:12 in 2025 (transposed digits)"),
    F("8:05", S, note="report table: EMS 8:05 in 2024"),
    F("21", U, note="dateline of an item that no source reports (Dunmore County)"),
    F("two", U, note="no source mentions Dunmore County"),
    F("2019", U, note="no source mentions Dunmore County"),
    F("0:09", U, note="no source mentions Dunmore County"),
]

# --- X2: Q&A explainer with bold questions ------------------------------------------
X2 = """# Carrow County's dispatch merger: questions and answers

**What was decided?**

County commissioners voted 5-0 to merge Pelham's police dispatch center, which opened in 1974, into the county's Department of Emergency Communications. Pelham's council had approved the deal on Nov. 12. The merged center starts answering Pelham's calls on March 16, 2027.

**How busy are the centers?**

Together they answered about half a million calls last year: 397,100 at the county center and 88,300 in Pelham, so Pelham's share of the combined load is roughly one call in six. At the county center, emergency calls from cell phones made up nearly half of all calls, and administrative calls more than a quarter.

**Is the county center fast enough?**

It answered 88.4% of emergency calls within 15 seconds last year, up from 81.7%; the state standard is 90%. The average wait for an answer fell from 0:14 to 0:11, a third faster. Pelham's center managed only 71.2%, and its phones roll over to a backup line after 30 seconds.

**Will ambulances arrive sooner?**

Not directly: dispatchers control only the time from a call to a dispatch. Last year EMS crews took 8:12 on average to arrive after dispatch, and dispatchers took 1:14 to send them, so a typical EMS call ran about 9:26 from pickup to arrival. Fire units arrived in 6:52. In the county's north end, EMS crews needed 13:40, about two thirds longer than the countywide time, and the county plans to add 3 ambulances there.

**What about staff?**

The merged center will have 119 authorized positions. At the end of last year the county had 69 filled and Pelham 17, so the combined center would start about 28 people short. All 17 Pelham telecommunicators will be offered jobs, and the county is offering $5,000 signing bonuses to new hires. New hires train for 12 weeks, and roughly a third of them never finish.

**Who pays?**

The consolidation costs $6.8 million. The state's consolidation grant covers $2.5 million, the county puts in $1.4 million and Pelham $2.9 million. The merged center's budget is $19.6 million, with Pelham paying $4.3 million, less than a fifth.

**Will it save money?**

The county expects savings of $1.2 million a year by 2029, mostly from overtime, which already fell to $2.86 million from $3.41 million, a drop of $550,000. Dispatchers can be ordered to stay up to 72 hours a week, and the merged center will need 9 fewer supervisors.

**Can I ask questions?**

Yes. A public session is set for Tuesday, Dec. 8, at 7 p.m. at the Pelham Public Library, and the county will post a recording within 48 hours.
"""

X2_FIGS = [
    F("5", S, note="release: voted 5-0"),
    F("0", S, note="release: voted 5-0"),
    F("1974", U, note="no source says when Pelham's center opened"),
    F("12", C, "10", note="release: the Pelham City Council approved the agreement on November 10"),
    F("16", S, note="release: March 16, 2027"),
    F("2027", S, note="release: March 16, 2027"),
    F("half a million", S, derived=True, note="report / release: 412,600 + 88,300 = 500,900 ('about'; also about half a million with the draft's 397,100)"),
    F("397,100", C, "412,600", note="report: the county center answered 412,600 calls in 2025; 397,100 was 2024's"),
    F("88,300", S, note="release: Pelham's center answered 88,300 calls in 2025"),
    F("one call in six", S, derived=True, note="88,300 / 500,900 = 17.6%; one in six is 16.7% ('roughly')"),
    F("half", S, note="report table: wireless 911 calls 48.1% of calls ('nearly half'; hedged fraction of a stated share, not derived)"),
    F("a quarter", S, note="report table: administrative 28.2% ('more than a quarter'; not derived)"),
    F("88.4%", S, note="report: 88.4% within 15 seconds"),
    F("15", S, note="report: within 15 seconds"),
    F("81.7%", S, note="report: 81.7% in 2024"),
    F("90%", S, note="report: the state standard is 90% within 15 seconds"),
    F("0:14", S, note="report: average time to answer down from 0:14"),
    F("0:11", S, note="report: average time to answer 0:11"),
    F("a third", C, "a fifth", derived=True, note="report: (14 - 11) / 14 = 21%, about a fifth faster"),
    F("71.2%", S, note="release: Pelham answered 71.2% within 15 seconds"),
    F("30", U, note="no source mentions a backup line or a rollover time"),
    F("8:12", S, note="report table: EMS average response 8:12"),
    F("1:14", S, note="report table: EMS call to dispatch 1:14"),
    F("9:26", S, derived=True, note="report table: 1:14 + 8:12 = 9:26"),
    F("6:52", C, "6:37", note="report table: fire 6:37 in 2025; 6:52 was 2024's"),
    F("13:40", S, note="article: EMS in the north end took an average of 13:40"),
    F("two thirds", S, derived=True, note="article: 13:40 / 8:12 = 820 / 492 = 1.67, about two thirds longer"),
    F("3", U, note="no source mentions plans for more ambulances"),
    F("119", S, note="release: 119 authorized positions"),
    F("69", C, "74", note="report: 74 filled at the end of 2025; 69 was the end of 2024"),
    F("17", S, note="release: 17 of Pelham's 23 positions filled"),
    F("28", S, derived=True, note="119 - (74 + 17) = 28 (right by the sources though the draft misstates the county's filled positions)"),
    F("17", S, note="release: all 17 Pelham telecommunicators will be offered jobs"),
    F("$5,000", U, note="no source mentions signing bonuses"),
    F("12", C, "16", note="report / article: new hires train for 16 weeks (12 is the shift length)"),
    F("a third", S, note="article: roughly a third of hires do not finish the training"),
    F("$6.8 million", S, note="release: $6.8 million"),
    F("$2.5 million", S, note="release table: state grant $2.5 million"),
    F("$1.4 million", C, "$2.9 million", note="release table: Carrow County $2.9 million; $1.4 million is Pelham's (swapped pair)"),
    F("$2.9 million", C, "$1.4 million", note="release table: City of Pelham $1.4 million; $2.9 million is the county's (swapped pair)"),
    F("$19.6 million", S, note="release: the merged center's 2027 operating budget is $19.6 million"),
    F("$4.3 million", S, note="release: Pelham will pay $4.3 million a year"),
    F("a fifth", C, "22%", derived=True, note="release: 4.3 / 19.6 = 21.9%, more than a fifth"),
    F("$1.2 million", S, note="release: save $1.2 million a year by 2029"),
    F("2029", S, note="release: by 2029"),
    F("$2.86 million", S, note="report: overtime $2.86 million"),
    F("$3.41 million", S, note="report: from $3.41 million"),
    F("$550,000", S, derived=True, note="report: 3.41 - 2.86 = $0.55 million"),
    F("72", C, "60", note="article: those who have worked more than 60 hours in a week cannot be ordered to stay"),
    F("9", U, note="no source mentions supervisors"),
    F("8", S, note="release: Tuesday, December 8"),
    F("7", C, "6:30", note="release: the session is at 6:30 p.m."),
    F("48", U, note="no source mentions a recording"),
]

# --- X3: briefing memo in bullets, k/m abbreviations, a small Markdown table -------
X3 = """# Briefing memo: the dispatch merger

*To: Board of Commissioners. From: Office of Budget and Management. November 2026.*

**Bottom line:** the county center is answering faster and spending less on overtime, but it is still short of staff and short of the state's answer standard. Absorbing Pelham adds calls, people and cost before it saves anything.

**Calls, 2025**
- Total: 412.6k
- Emergency calls: 241.8k, of which wireless 198.4k (~82%)
- Busiest day: Jul 4, 2,412 calls
- Busiest hour: Fri 5–6 p.m.

**Answering**

| Measure | 2025 | 2024 | State standard |
|---|---|---|---|
| Answered within 15 sec | 88.4% | 81.7% | 90% |
| Answered within 20 sec | 94.1% | 98.9% | 95% |
| Average time to answer | 0:11 | 0:19 | — |

**Response, dispatch to arrival (m:ss)**
- Police 9:48 (was 10:12); Fire 6:37 (was 6:52); EMS 8:12 (was 8:05)
- EMS the only discipline slower, by 0:17
- Crews, not dispatchers, own these numbers; the merger will not move them much.

**Staffing**
- 96 authorized, 74 filled, 22 vacant (22.9%)
- Hired 17, lost 21; net +5
- OT $2.86m (-16.1%)
- Average tenure: 4.5 yrs
- Exit interviews citing overtime: 9

Note: the director says vacancies are down again this fall, but overtime is still the largest line we can control, and mandatory holdovers remain the top complaint in exit interviews.

**Merger**
- Approved 5-0 on Nov. 19; go-live Mar 16, 2027
- Cost $6.8m; state grant covers 42.6%
- Savings $1.2m/yr by 2030
- Radio replacement due 2028, ~$11m, not in the merger budget
- Backup center: 12 consoles

Note: Pelham's dispatchers keep their seniority; how many actually transfer will decide whether the merged center opens short-handed.

**Asks:** approve the 2027 budget as drafted; direct staff to report vacancies every month; schedule a review of north-end EMS coverage before the merged center opens.
"""

X3_FIGS = [
    F("2026", S, note="heading date November 2026: the release (November 19) and the article (November 21) are dated November 2026"),
    F("2025", S, note="report: calendar year 2025"),
    F("412.6k", S, note="report: 412,600 calls"),
    F("241.8k", S, note="report: 911 calls from wireless phones and landlines 241,800"),
    F("198.4k", S, note="report table: 911 wireless 198,400"),
    F("82%", S, derived=True, note="report: 198,400 / 241,800 = 82.1%"),
    F("4", S, note="report: the busiest day was July 4"),
    F("2,412", C, "2,214", note="report: July 4, with 2,214 calls (transposed digits)"),
    F("5", U, note="no source gives the busiest hour"),
    F("6", U, note="no source gives the busiest hour"),
    F("2025", S, note="report: 2025"),
    F("2024", S, note="report: 2024"),
    F("15", S, note="report: within 15 seconds"),
    F("88.4%", S, note="report: 88.4% within 15 seconds in 2025"),
    F("81.7%", S, note="report: 81.7% in 2024"),
    F("90%", S, note="report: the state standard is 90% within 15 seconds"),
    F("20", S, note="report: within 20 seconds"),
    F("94.1%", S, note="report: 94.1% within 20 seconds in 2025"),
    F("98.9%", C, "89.9%", note="report: 89.9% within 20 seconds in 2024 (transposed digits)"),
    F("95%", S, note="report: the state standard is 95% within 20 seconds"),
    F("0:11", S, note="report: average time to answer 0:11"),
    F("0:19", C, "0:14", note="report: the county center's average was 0:14 in 2024; 0:19 is Pelham's 2025 average (release)"),
    F("9:48", S, note="report table: police 9:48 in 2025"),
    F("10:12", C, "10:21", note="report table: police 10:21 in 2024 (transposed digits)"),
    F("6:37", S, note="report table: fire 6:37 in 2025"),
    F("6:52", S, note="report table: fire 6:52 in 2024"),
    F("8:12", S, note="report table: EMS 8:12 in 2025"),
    F("8:05", S, note="report table: EMS 8:05 in 2024"),
    F("0:17", C, "0:07", derived=True, note="report table: EMS 8:12 - 8:05 = 0:07"),
    F("96", S, note="report: 96 authorized positions"),
    F("74", S, note="report: 74 filled at year-end"),
    F("22", S, note="report: 22 vacancies"),
    F("22.9%", S, note="report: 22 vacancies (22.9%)"),
    F("17", S, note="report: hired 17"),
    F("21", C, "12", note="report: lost 12 during the year (transposed digits)"),
    F("5", S, derived=True, note="report: 17 hired - 12 lost = 5 (right by the sources though the draft misstates the losses)"),
    F("$2.86m", S, note="report: overtime $2.86 million"),
    F("16.1%", S, note="report: down 16.1%"),
    F("4.5", U, note="no source gives the telecommunicators' average tenure"),
    F("9", U, note="no source mentions exit interviews"),
    F("5", S, note="release: voted 5-0"),
    F("0", S, note="release: voted 5-0"),
    F("19", C, "17", note="release of Thursday, November 19: the board voted 'on Tuesday', November 17 (the release's date given as the vote's)"),
    F("16", S, note="release: March 16, 2027"),
    F("2027", S, note="release: March 16, 2027"),
    F("$6.8m", S, note="release: $6.8 million"),
    F("42.6%", C, "36.8%", note="release table: state grant 36.8%; 42.6% is the county's share"),
    F("$1.2m", S, note="release: $1.2 million a year"),
    F("2030", C, "2029", note="release: by 2029"),
    F("2028", U, note="no source mentions a radio replacement"),
    F("$11m", U, note="no source mentions a radio replacement"),
    F("12", U, note="no source mentions a backup center"),
    F("2027", S, note="release: the merged center's 2027 operating budget"),
]

# --- X4: long-form feature with quotes, ages, asides -------------------------------
X4 = """# Nineteen empty chairs: a night on Carrow County's dispatch floor

At 2:47 a.m. on a Sunday in October, Jolene Markey, 43, a mother of two, picked up a call from a man whose wife had stopped breathing. For nine minutes and forty seconds — she knows the number by heart — she counted compressions with him until the paramedics came through the door. It was the fourteenth hour of her 16-hour shift.

"That's not unusual here," says Markey, who has spent twelve years at the county's emergency communications center.

The center is short-handed — 19 of its 96 telecommunicator positions are empty this fall — and Director Owen Prideaux, 52, who arrived from a center in Ohio in 2021, has spent the year trying to hire his way out. The starting wage went up to $24.25 an hour in July 2025, a raise of about 11%, and the county now spends $40,000 a year on recruiting ads. Applications jumped to 412 last year from 263. But only about 1 in 24 applicants is hired, and roughly half of the recruits wash out of training.

Overtime is the price. The county paid $2.86 million for it in 2025 (down from $3.41 million), and Prideaux expects roughly $2.5 million this year. "We've gotten better," he says. "Better isn't good."

The screens above the room's 28 consoles tell the same story. The center answered 88.4% of emergency calls within 15 seconds last year — up from 71.2%, but still shy of the state's 90% standard. Police now reach calls in 9:48 on average after dispatch, half a minute faster than in 2024; EMS crews are slower, at 8:05.

On Nov. 17 the Board of Commissioners voted 5-0 to absorb the Pelham Police Communications Center, which answered 88,300 calls in 2025 and picked up in an average of 0:19 — more than twice as long as the county center. The deal creates a center of 119 positions and costs $6.8 million up front, more than a third of it from the state.

Not everyone will make the move. Union steward Dario Fenn, 41, says 11 of Pelham's 23 dispatchers plan to transfer — roughly two in three. Bev Haldane, 63, who started in 1998, will retire in March instead. "Forty years is enough," she says.

Markey will stay. Asked what the merger means for a caller on Pelham's west side whose cellphone call now lands at the county center, she does the arithmetic out loud: "Thirty-eight seconds to transfer. Most people who hang up do it inside 25. Thirty-eight seconds is a long time when you're doing CPR."
"""

X4_FIGS = [
    F("Nineteen", S, note="article: this fall the center still has 19 vacancies"),
    F("2:47", S, note="article: at 2:47 a.m. on a Sunday in October"),
    F("43", C, "34", note="article: Markey, 34 (transposed digits)"),
    F("two", U, note="no source mentions Markey's children"),
    F("nine minutes and forty seconds", S, note="article: 9 minutes and 40 seconds"),
    F("fourteenth", S, note="article: the 14th hour"),
    F("16", S, note="article: a 16-hour shift"),
    F("twelve", C, "eight", note="article: has worked at the county center for eight years (12 is the shift length)"),
    F("19", S, note="article: this fall it still has 19 vacancies"),
    F("96", S, note="article / report: 96 positions"),
    F("52", S, note="article: Director Owen Prideaux, 52"),
    F("2021", U, note="no source says when or from where Prideaux arrived"),
    F("$24.25", S, note="report / article: starting wage $24.25"),
    F("2025", S, note="report: on July 1, 2025"),
    F("11%", S, derived=True, note="report: 24.25 / 21.80 = 1.112"),
    F("$40,000", U, note="no source gives recruiting spending"),
    F("412", S, note="article: 412 applications in 2025"),
    F("263", C, "236", note="article: 236 the year before (transposed digits)"),
    F("1 in 24", S, note="article: only about 1 in 24 applicants was hired"),
    F("half", C, "a third", note="article: roughly a third of hires do not finish the training"),
    F("$2.86 million", S, note="report / article: overtime $2.86 million"),
    F("2025", S, note="report: 2025"),
    F("$3.41 million", S, note="report / article: from $3.41 million"),
    F("$2.5 million", S, note="article: on pace for about $2.5 million this year"),
    F("28", U, note="no source counts consoles in the county center"),
    F("88.4%", S, note="report: 88.4% within 15 seconds"),
    F("15", S, note="report: within 15 seconds"),
    F("71.2%", C, "81.7%", note="report: the county center's 2024 rate was 81.7%; 71.2% is Pelham's rate (release)"),
    F("90%", S, note="report: the state standard is 90%"),
    F("9:48", S, note="report table: police 9:48"),
    F("half a minute", S, derived=True, note="report table: 10:21 - 9:48 = 0:33"),
    F("2024", S, note="report table: 2024"),
    F("8:05", C, "8:12", note="report table: EMS 8:12 in 2025; 8:05 was 2024's"),
    F("17", S, note="release: the board voted on Tuesday, November 17"),
    F("5", S, note="release: voted 5-0"),
    F("0", S, note="release: voted 5-0"),
    F("88,300", S, note="release: Pelham's center answered 88,300 calls in 2025"),
    F("2025", S, note="release: in 2025"),
    F("0:19", S, note="release: Pelham's average time to answer 0:19"),
    F("twice", C, "1.7 times", derived=True, note="release / report: 0:19 / 0:11 = 1.7, not more than twice"),
    F("119", S, note="release: 119 authorized positions"),
    F("$6.8 million", S, note="release: $6.8 million"),
    F("a third", S, note="release table: state grant 36.8% ('more than a third'; not derived)"),
    F("41", S, note="article: union steward Dario Fenn, 41"),
    F("11", S, note="article: 11 have said they will move"),
    F("23", C, "17", note="article: the city's 17 telecommunicators (23 is the number of Pelham's positions)"),
    F("two in three", S, derived=True, note="article: 11 / 17 = 64.7% ('roughly'; right by the sources though the draft misstates Pelham's dispatchers as 23)"),
    F("63", S, note="article: Bev Haldane, 63"),
    F("1998", C, "1988", note="article: Haldane started in 1988"),
    F("Forty", C, "Thirty-eight", derived=True, note="article (November 2026): started in 1988; 2026 - 1988 = 38 years"),
    F("Thirty-eight", S, note="article / release: transfers add an average of 38 seconds (0:38)"),
    F("25", U, note="no source says when callers hang up"),
    F("Thirty-eight", S, note="article: 'Thirty-eight seconds is a long time when you're doing CPR'"),
]

CASES = [
    ("fresh12-blind", "fresh-x", X_SOURCES, [
        ("briefs.md", X1, X1_FIGS, "news-in-brief roundup: short items with datelines in capitals"),
        ("faq.md", X2, X2_FIGS, "Q&A explainer: bold questions, answers full of derived figures"),
        ("memo.md", X3, X3_FIGS, "briefing memo: terse bullet fragments, k/m abbreviations, a small Markdown table"),
        ("feature.md", X4, X4_FIGS, "long-form feature: quotes, ages, em-dash asides, parenthetical figures, durations in words"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
