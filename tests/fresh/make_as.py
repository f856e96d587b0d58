#!/usr/bin/env python3
"""Generate tests/fresh/fresh23-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AS (fresh23-dev): a state's motor vehicle department and its service
                    centers (the Calder Department of Motor Vehicles): the
                    2025 annual report excerpt (transactions online, by
                    kiosk and mail and in person, waits, a table of five
                    service centers and the rest: visits, change, average
                    wait, road tests, pass rate and counter windows; REAL ID
                    cards, road-test waits, the call center, revenue from
                    five sources with shares, staff), the governor's release
                    on a $9.6 million plan (kiosks, Saturday hours, clerks,
                    a second Harbor Point office), the Motor Vehicle
                    Commission's minutes (three fit-out bids, a license fee
                    increase, an online convenience fee dropped, Saturday
                    road tests), a newspaper article at the slowest center,
                    the field services office's monthly performance log (a
                    table of six months with running totals of visits and
                    kiosk transactions) and the Harbor Point center
                    manager's hard-wrapped email to her staff

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_as.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AS: the Calder Department of Motor Vehicles (fictional)
# ---------------------------------------------------------------------------

AS_REPORT = """Calder Department of Motor Vehicles
2025 Annual Report (excerpt)
Submitted to the Governor and the Legislature, February 2026

The year in brief

The department handled 4,862,000 transactions in 2025, up 7.4% from 4,527,000 in 2024. Customers completed 2,579,000 of them online, 53.0% of the total, up from 47.6% a year earlier. Kiosks and mail accounted for 379,000, and the department's 24 service centers served 1,904,000 visitors in person, down 5.8% from 2,022,000.

The average wait at a service center, from taking a ticket to reaching a window, was 38 minutes, down from 52 minutes in 2024 but still above the department's target of 30 minutes. Of all visitors, 46% were served within 30 minutes, up from 31%. Visitors with an appointment made up 58% of visits.

Table 1. Service centers, 2025

| Service center | Visits | Change from 2024 (%) | Average wait (minutes) | Road tests given | Road test pass rate (%) | Counter windows |
|---|---|---|---|---|---|---|
| Fenwick Central | 312,400 | -4.1 | 44 | 28,600 | 58.4 | 36 |
| Harbor Point | 268,900 | +2.6 | 61 | 19,800 | 55.1 | 24 |
| Millbrook | 176,300 | -7.9 | 29 | 17,200 | 63.7 | 18 |
| Ridgeway | 154,800 | -9.6 | 24 | 15,900 | 66.2 | 16 |
| Sutter Falls | 121,700 | -3.4 | 33 | 12,400 | 60.9 | 14 |
| Other 19 centers | 869,900 | -8.0 | 34 | 120,400 | 61.9 | 106 |
| All 24 centers | 1,904,000 | -5.8 | 38 | 214,300 | 61.2 | 214 |

Harbor Point, which serves the fast-growing coastal suburbs, had the longest average wait and was the only one of the five largest centers where visits rose. Ridgeway had the shortest wait.

REAL ID and road tests

The department issued 684,000 REAL ID cards in 2025, more than in any earlier year, as the federal deadline of May 7 approached. By year's end 2,870,000 of the state's 5,540,000 licenses and identification cards, or 51.8%, were REAL ID cards. The busiest day of the year was Monday, May 5, when the service centers served 11,860 visitors.

Examiners gave 214,300 road tests, and 61.2% of applicants passed. Applicants waited an average of 34 days for a road test appointment, down from 41 days.

Call center

The call center received 3,140,000 calls and answered 71.4% of them, with an average hold of 18 minutes.

Finances

Revenue was $618.4 million: $402.6 million from vehicle registrations (65.1%), $96.3 million from licenses and identification cards (15.6%), $71.2 million from titles (11.5%), $28.9 million from license plates (4.7%) and $19.4 million from other fees (3.1%). The department spent $241.6 million on its own operations and transferred $376.8 million to the State Highway Fund.

Staff

The department has 2,140 employees, 1,380 of them at service centers. At year's end 162 clerk positions were vacant.
"""

AS_RELEASE = """STATE OF CALDER
Office of the Governor
NEWS RELEASE
Tuesday, January 13, 2026
Contact: Malik Henshaw, communications director

Governor Varga announces $9.6 million plan to shorten lines at the DMV

FENWICK, Jan. 13, 2026 - Governor Elena Varga announced today a $9.6 million plan to cut waits at the state's motor vehicle service centers, with 140 self-service kiosks, Saturday hours and 96 new clerks.

The Department of Motor Vehicles will place the kiosks in grocery stores and public libraries around the state by the end of June. At a kiosk, drivers will be able to renew a registration or replace a lost license in about five minutes. The kiosks will cost $6.3 million, or $45,000 each.

Starting Saturday, February 7, ten of the 24 service centers will open on Saturdays from 8 a.m. to noon. The 96 clerks, to be hired by April, will cost $3.3 million a year.

"Nobody should lose half a day of work to renew a registration," Varga said. "Thirty-eight minutes is better than last year, but it is still too long."

The average wait at a service center was 38 minutes in 2025, down from 52 minutes in 2024. The department's new goal is 20 minutes by December 2026. Harbor Point, where the wait averaged 61 minutes last year, the longest in the state, will get a second office, Harbor Point East, with 12 counter windows, in September.

The department handled 4,862,000 transactions last year, 53% of them online.
"""

AS_MINUTES = """CALDER MOTOR VEHICLE COMMISSION
Minutes of the regular meeting, Thursday, March 19, 2026, 10 a.m.
Department of Motor Vehicles headquarters, Fenwick

Present: Chair Odile Brandvold; commissioners Tobias Acheson, Lena Marchbanks, Rafael Quist, Hattie Solberg, Dorian Vail and Wendell Yates (seven of nine). Absent: commissioners Imani Crouse and Peter Lusk. Staff: Director Anselm Raike; Deputy Director for Field Services Carmen Ibarra.

1. Call to order

The chair called the meeting to order at 10:03 a.m.

2. Director's report

Mr. Raike reported that the service centers served 299,800 visitors in January and February and that the average wait fell to 31 minutes in February from 36 in January. Saturday hours at ten centers drew 6,200 visitors in February. Of the 140 kiosks, 48 had been installed, and 61 of the 96 new clerks had been hired.

3. Harbor Point East

Three bids to fit out the leased building for Harbor Point East were opened on March 5: Corvane Construction, $2,840,000; Ellery Builders, $3,120,000; and Marsh & Pike, $3,465,000. Commissioner Solberg moved to award the contract to Corvane Construction, the lowest bidder, with an 8% contingency, $3,067,200 in all; Commissioner Quist seconded. Carried 7-0. The office is to open on Monday, September 14.

4. License fee

Ms. Ibarra proposed raising the fee for an eight-year driver license to $40 from $32, effective July 1, 2026, which would bring in about $4.9 million more a year. Commissioner Marchbanks said a 25% increase at once would fall hardest on older drivers on fixed incomes. Commissioner Acheson moved approval; Commissioner Yates seconded. Carried 5-2, commissioners Marchbanks and Vail voting no.

5. Online convenience fee

Commissioner Vail moved to drop the $2.50 convenience fee on online registration renewals, effective May 1; Commissioner Solberg seconded. Ms. Ibarra estimated the cost at $3.2 million a year. Carried 6-1, Commissioner Yates voting no.

6. Saturday road tests

By consent, the commission asked the department to offer road tests on Saturdays at six centers from April 4.

7. Public comment

Three people spoke. Gus Farrow, who runs a driving school in Harbor Point, said his students wait five weeks for a road test.

8. Adjournment

The meeting adjourned at 12:41 p.m. The next regular meeting is Thursday, May 21, 2026.
"""

AS_ARTICLE = """Shorter lines at the DMV, but Harbor Point still waits

By Annika Rusk, The Fenwick Ledger
Saturday, April 18, 2026

When the doors of the Harbor Point service center opened at 8 a.m. on Tuesday, the line outside ran past the pharmacy next door. Leonard Maki, 74, was near the front. He had come to renew the license he has held since 1969.

"I brought a sandwich," he said. "Last year I was in here three hours."

Waits are shorter across the state. The average wait at a service center fell to 27 minutes in March, from 36 in January, according to the Department of Motor Vehicles, and 61% of visitors were served within 30 minutes. The state has added Saturday hours at ten centers and hired all 96 of its new clerks, and 72 of its 140 new kiosks are now in grocery stores and libraries.

Harbor Point is still the slowest. Its wait averaged 61 minutes last year and 47 minutes in March. Center manager Priya Ostrander, 41, said the center has 24 windows but enough staff to keep only 19 of them open on most days.

Relief is due in September, when Harbor Point East opens with 12 windows in a former furniture store on Dune Road. The state awarded the fit-out contract to Corvane Construction for $2.84 million.

Sofia Beltran, 16, has a different problem. She passed her written test in February and has waited five weeks for a road test. "All my friends are driving," she said. Examiners at Harbor Point passed 55.1% of applicants last year, the lowest rate of the state's five largest centers.

Drivers will pay more from July 1, when the fee for an eight-year license rises to $40 from $32 after a 5-2 vote of the Motor Vehicle Commission. There is one saving: from May 1 the state drops its $2.50 convenience fee for renewing a registration online.

"The kiosks are the real change," Ostrander said. "Every renewal done at a grocery store is one less person in my lobby."
"""

AS_LOG = """Calder Department of Motor Vehicles - service center performance log, January to June 2026
All 24 service centers; monthly totals
Compiled by the Office of Field Services, July 2026

| Month | Visits | Visits, year to date | Average wait (minutes) | Served within 30 minutes (%) | Saturday visits | Kiosk transactions | Kiosk transactions, year to date |
|---|---|---|---|---|---|---|---|
| January | 151,200 | 151,200 | 36 | 48 | 0 | 2,100 | 2,100 |
| February | 148,600 | 299,800 | 31 | 55 | 6,200 | 9,800 | 11,900 |
| March | 166,900 | 466,700 | 27 | 61 | 8,900 | 21,400 | 33,300 |
| April | 158,300 | 625,000 | 24 | 66 | 9,400 | 30,600 | 63,900 |
| May | 161,700 | 786,700 | 23 | 68 | 9,100 | 36,200 | 100,100 |
| June | 154,400 | 941,100 | 22 | 70 | 8,700 | 38,900 | 139,000 |
| January to June | 941,100 | | 27 | 61 | 42,300 | 139,000 | |

Notes

- January to June 2025: 1,003,600 visits, with an average wait of 44 minutes.
- Saturday hours began on February 7 at ten centers.
- The busiest day was Monday, March 2, with 8,910 visitors; the longest single wait was 3 hours 12 minutes, at Harbor Point on Monday, January 5.
- The first kiosks went into service on January 20; all 140 were in service by June 26.
- Average waits are weighted by visits; the half-year figures are weighted the same way.
"""

AS_EMAIL = """From: Priya Ostrander, Manager, Harbor Point Service Center
To: Harbor Point staff
Date: Friday, May 29, 2026
Subject: June schedule, Harbor Point East and the survey

Hi everyone,

A few things before June.

Our average wait in May was 34 minutes, down from 47 in March and 61 for
all of last year. We kept 22 of our 24 windows open on most days this
month, thanks to the nine new clerks who joined us this spring.

Saturdays: we are one of the ten Saturday centers, open 8 a.m. to noon.
Each of you works two Saturdays a month, paid at time and a half. We
served 2,140 Saturday customers in May.

Harbor Point East opens on Monday, September 14, with 12 windows. Fourteen
of you will transfer there. I have 19 volunteers so far, so I will decide
by Friday, June 12, and tell everyone the same day.

Survey: we asked 240 customers in May how we did, and 198 of them said
they were satisfied, or 82.5%. The most common complaint, from 37 of
them, was parking.

Our lobby kiosk handled 4,300 transactions in May, and examiners gave
1,720 road tests, with 57% passing.

Thanks for hanging in there,
Priya
"""

AS_POOL = {
    "report": {"name": "calder-dmv-annual-report-2025.md", "text": AS_REPORT},
    "release": {"name": "calder-governor-dmv-plan-release-2026-01-13.txt", "text": AS_RELEASE},
    "minutes": {"name": "motor-vehicle-commission-minutes-2026-03-19.txt", "text": AS_MINUTES},
    "article": {"name": "fenwick-ledger-harbor-point-waits.txt", "text": AS_ARTICLE},
    "log": {"name": "calder-dmv-performance-log-2026-h1.md", "text": AS_LOG},
    "email": {"name": "harbor-point-manager-email-2026-05-29.txt", "text": AS_EMAIL},
}

# --- AS1: wire story (sources: report, release) ------------------------------------------
AS1 = """Calder's DMV lines get shorter as more drivers go online

FENWICK (Capitol Wire) - The Calder Department of Motor Vehicles handled 4,862,000 transactions in 2025, up 7.4% from 4,527,000, and 2,579,000 of them were done online, the department said in its annual report. That is 335,000 more transactions than a year earlier.

Its service centers served 1,904,000 people in person, down 5.8%. The average wait fell to 38 minutes from 25 minutes in 2024. Harbor Point had the longest wait, 61 minutes, and Ridgeway the shortest, 42 minutes.

In January Governor Elena Varga announced a $9.6 million plan: 140 kiosks at $45,000 each, Saturday hours at 10 centers and 69 new clerks, at $3.3 million a year. Her goal is an average wait of 20 minutes by December. Harbor Point will get another office, with 12 windows, in September.

The department issued 684,000 REAL ID cards last year, and its revenue was $618.4 million, of which $367.8 million went to the State Highway Fund. It plans to close three small centers next year.
"""

AS1_FIGS = [
    F("4,862,000", S, note="report: the department handled 4,862,000 transactions in 2025"),
    F("2025", S, note="report: in 2025"),
    F("7.4%", S, note="report: up 7.4%"),
    F("4,527,000", S, note="report: from 4,527,000 in 2024"),
    F("2,579,000", S, note="report: customers completed 2,579,000 of them online"),
    F("335,000", S, derived=True, note="report: 4,862,000 - 4,527,000 = 335,000"),
    F("1,904,000", S, note="report: served 1,904,000 visitors in person"),
    F("5.8%", S, note="report: down 5.8%"),
    F("38", S, note="report / release: the average wait was 38 minutes"),
    F("25", C, "52", note="report / release: down from 52 minutes in 2024 (transposed digits)"),
    F("2024", S, note="report: 52 minutes in 2024"),
    F("61", S, note="report table: Harbor Point 61 minutes, the longest average wait"),
    F("42", C, "24", note="report table: Ridgeway 24 minutes, the shortest wait (transposed digits)"),
    F("$9.6 million", S, note="release: a $9.6 million plan to cut waits"),
    F("140", S, note="release: 140 self-service kiosks"),
    F("$45,000", S, note="release: $6.3 million, or $45,000 each"),
    F("10", S, note="release: ten of the 24 service centers will open on Saturdays"),
    F("69", C, "96", note="release: 96 new clerks (transposed digits)"),
    F("$3.3 million", S, note="release: the 96 clerks will cost $3.3 million a year"),
    F("20", S, note="release: the goal is 20 minutes by December 2026"),
    F("12", S, note="release: Harbor Point East, with 12 counter windows, in September"),
    F("684,000", S, note="report: the department issued 684,000 REAL ID cards in 2025"),
    F("$618.4 million", S, note="report: revenue was $618.4 million"),
    F("$367.8 million", C, "$376.8 million", note="report: transferred $376.8 million to the State Highway Fund (transposed digits)"),
    F("three", U, note="no source mentions closing centers"),
]

# --- AS2: opinion column (sources: article, minutes) -------------------------------------
AS2 = """# The DMV is getting faster. The fee increase is still wrong.

*Opinion | By Ruth Okafor*

Leonard Maki, 74, has held a Calder driver license since 1969, 57 years. Last year he spent three hours at the Harbor Point service center. In March the wait there averaged 47 minutes. That is progress, and the state deserves some credit for it.

The statewide average wait fell to 27 minutes in March from 36 in January, a drop of a quarter. The new clerks and the Saturday hours are working. So is the Motor Vehicle Commission's decision to drop the $2.50 convenience fee for renewing online, which it passed 7-0 in March.

But the same commission voted 5-2 to raise the license fee to $40 from $32, a 20% increase that will bring in about $4.9 million a year. Commissioner Lena Marchbanks warned that it would fall hardest on older drivers on fixed incomes. She is right: Mr. Maki will pay $8 more for the same plastic card.

The commission is also spending $3,067,200, with an 8% contingency, to fit out a new Harbor Point office, after taking the lowest of three bids. Meanwhile Sofia Beltran, 16, has waited five weeks for a road test. I would put the money into examiners and cap the license fee at $35.
"""

AS2_FIGS = [
    F("74", S, note="article: Leonard Maki, 74"),
    F("1969", S, note="article: the license he has held since 1969"),
    F("57", S, derived=True, note="article: dated 2026; 2026 - 1969 = 57 years"),
    F("three", S, note="article: 'Last year I was in here three hours'"),
    F("47", S, note="article: Harbor Point's wait averaged 47 minutes in March"),
    F("27", S, note="article: the average wait fell to 27 minutes in March"),
    F("36", S, note="article: from 36 in January"),
    F("a quarter", S, derived=True, note="article: (36 - 27) / 36 = 25%"),
    F("$2.50", S, note="minutes: drop the $2.50 convenience fee on online registration renewals"),
    F("7", C, "6", note="minutes: the convenience fee carried 6-1; 7-0 is the Harbor Point East contract's tally"),
    F("0", C, "1", note="minutes: carried 6-1, Commissioner Yates voting no"),
    F("5", S, note="minutes: the license fee carried 5-2"),
    F("2", S, note="minutes: carried 5-2"),
    F("$40", S, note="minutes: the fee for an eight-year driver license to $40"),
    F("$32", S, note="minutes: from $32"),
    F("20%", C, "25%", note="minutes: Marchbanks, a 25% increase ($40 from $32)"),
    F("$4.9 million", S, note="minutes: about $4.9 million more a year"),
    F("$8", S, derived=True, note="minutes: $40 - $32 = $8"),
    F("$3,067,200", S, note="minutes: $3,067,200 in all"),
    F("8%", S, note="minutes: with an 8% contingency"),
    F("three", S, note="minutes: three bids were opened on March 5"),
    F("16", S, note="article: Sofia Beltran, 16"),
    F("five", S, note="article: has waited five weeks for a road test"),
    F("$35", U, note="the columnist's own proposal; no source gives it"),
]

# --- AS3: explainer with a Markdown table (sources: report, log) --------------------------
AS3 = """# Is the line at the DMV really getting shorter?

*An explainer on waits at Calder's service centers*

### How long did people wait last year?

An average of 38 minutes in 2025, down from 52, according to the Department of Motor Vehicles' annual report. Harbor Point was the slowest of the big centers, at 61 minutes, about 2.5 times Ridgeway's 24.

### And this year?

| Month | Visits | Average wait (minutes) |
|---|---|---|
| January | 151,200 | 36 |
| March | 169,600 | 27 |
| June | 154,400 | 22 |

The field services log puts the average from January to June at 27 minutes. The centers served 941,100 visitors over those months, down 6.2% from 1,003,600 a year earlier. The longest single wait was 3 hours 21 minutes, at Harbor Point.

### Where did the customers go?

Partly to kiosks, which handled 139,000 transactions by the end of June, and partly to Saturdays: Saturday hours drew 42,300 visitors over five months.

### What does a transaction cost the state?

The department spent $241.6 million on its operations last year, about $50 for each of its 4,862,000 transactions. The company that makes the kiosks says each can handle 400 transactions a day.
"""

AS3_FIGS = [
    F("38", S, note="report: the average wait was 38 minutes"),
    F("2025", S, note="report: in 2025"),
    F("52", S, note="report: down from 52 minutes in 2024"),
    F("61", S, note="report table: Harbor Point 61 minutes, the longest average wait"),
    F("2.5 times", S, derived=True, note="report table: 61 / 24 = 2.54"),
    F("24", S, note="report table: Ridgeway 24 minutes, the shortest wait"),
    F("151,200", S, note="log: January 151,200 visits"),
    F("36", S, note="log: January average wait 36 minutes"),
    F("169,600", C, "166,900", note="log: March 166,900 visits (transposed digits)"),
    F("27", S, note="log: March average wait 27 minutes"),
    F("154,400", S, note="log: June 154,400 visits"),
    F("22", S, note="log: June average wait 22 minutes"),
    F("27", S, note="log: January to June, average wait 27 minutes"),
    F("941,100", S, note="log: January to June, 941,100 visits"),
    F("6.2%", S, derived=True, note="log: 941,100 / 1,003,600 = 0.938, down 6.2%"),
    F("1,003,600", S, note="log: January to June 2025, 1,003,600 visits"),
    F("3", S, note="log: the longest single wait was 3 hours 12 minutes, at Harbor Point"),
    F("21", C, "12", note="log: 3 hours 12 minutes (transposed digits)"),
    F("139,000", S, note="log: kiosk transactions, year to date through June, 139,000"),
    F("42,300", S, note="log: January to June, 42,300 Saturday visits"),
    F("five", S, derived=True, note="log: Saturday hours began on February 7; February to June is five months"),
    F("$241.6 million", S, note="report: the department spent $241.6 million on its own operations"),
    F("$50", S, derived=True, note="report: $241.6 million / 4,862,000 transactions = $49.69"),
    F("4,862,000", S, note="report: the department handled 4,862,000 transactions"),
    F("400", U, note="no source gives the kiosks' capacity"),
]

# --- AS4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AS4 = """# Dune Road Neighbors: June 2026 newsletter

**A DMV on our street.** Harbor Point East opens in the old furniture store
on Dune Road on Monday, September 14, with 12 windows. Governor Varga
announced it in January as part of a $9.6 million plan that also buys 140
kiosks at $45,000 each. She wants the average wait down to 20 minutes by
December.

**How bad is Harbor Point now?** Its wait averaged 61 minutes last year.
Priya Ostrander, 41, who manages the center, told her staff it was down to
34 minutes in May, from 74 in March. She now keeps 22 of its 24 windows
open on most days, up from 19 in April, with the help of nine new clerks.

**Saturdays.** Harbor Point is among the 12 centers that open on Saturdays,
from 8 a.m. to noon, and it served 2,140 Saturday customers in May. But
parking is still the top complaint: 37 of the 420 customers she surveyed
named it.

**Our meeting.** Neighbors will meet on June 23 to talk about the traffic
the new office will bring to Dune Road. Dues are $20 a year.
"""

AS4_FIGS = [
    F("2026", S, note="email / release / article: the sources are dated 2026"),
    F("14", S, note="email: Harbor Point East opens on Monday, September 14"),
    F("12", S, note="email / release / article: with 12 windows"),
    F("$9.6 million", S, note="release: a $9.6 million plan"),
    F("140", S, note="release: 140 self-service kiosks"),
    F("$45,000", S, note="release: $45,000 each"),
    F("20", S, note="release: the goal is 20 minutes by December 2026"),
    F("61", S, note="article / release / email: Harbor Point's wait averaged 61 minutes last year"),
    F("41", S, note="article: center manager Priya Ostrander, 41"),
    F("34", S, note="email: our average wait in May was 34 minutes"),
    F("74", C, "47", note="email / article: down from 47 in March (transposed digits)"),
    F("22", S, note="email: we kept 22 of our 24 windows open on most days"),
    F("24", S, note="email: our 24 windows"),
    F("19", S, note="article: enough staff to keep only 19 of them open on most days (April 18)"),
    F("nine", S, note="email: the nine new clerks who joined us this spring"),
    F("12", C, "ten", note="release / email: ten of the 24 service centers open on Saturdays"),
    F("8", S, note="email: open 8 a.m. to noon"),
    F("2,140", S, note="email: we served 2,140 Saturday customers in May"),
    F("37", S, note="email: the most common complaint, from 37 of them, was parking"),
    F("420", C, "240", note="email: we asked 240 customers in May (transposed digits)"),
    F("23", U, note="the association's own meeting; no source gives it"),
    F("$20", U, note="the association's own dues; no source gives them"),
]

# --- AS5: blog post (sources: minutes, log) -----------------------------------------------
AS5 = """## Notes from the Motor Vehicle Commission: a new office, a fee and a faster line

*Posted by Hal Brisco | Calder Road Notes*

I sat through the Motor Vehicle Commission's March 19 meeting so you didn't have to. Three contractors bid to fit out Harbor Point East, and Corvane Construction won at $2,840,000, $625,000 under Marsh & Pike's $3,465,000. With an 8% contingency the total comes to $3,067,200. The vote was 7-0.

The fee news is less fun: the driver license fee goes to $40 from $32 on July 1, on a 5-2 vote. The upside is that the $2.50 convenience fee for online renewals is gone from May 1, which the department says will cost it $2.3 million a year.

Then I looked at the department's performance log. The average wait fell every month, from 36 minutes in January to 22 in June, a drop of nearly 40%. Kiosks handled 139,000 transactions from January to June, 38,900 of them in June alone, more than a quarter. Saturday visits peaked at 9,100 in May.

My bet: the average wait hits 15 minutes by the end of the year.
"""

AS5_FIGS = [
    F("19", S, note="minutes: the regular meeting of Thursday, March 19, 2026"),
    F("Three", S, note="minutes: three bids were opened on March 5"),
    F("$2,840,000", S, note="minutes: Corvane Construction, $2,840,000, the lowest bidder"),
    F("$625,000", S, derived=True, note="minutes: $3,465,000 - $2,840,000 = $625,000"),
    F("$3,465,000", S, note="minutes: Marsh & Pike, $3,465,000"),
    F("8%", S, note="minutes: with an 8% contingency"),
    F("$3,067,200", S, note="minutes: $3,067,200 in all"),
    F("7", S, note="minutes: carried 7-0"),
    F("0", S, note="minutes: carried 7-0"),
    F("$40", S, note="minutes: the fee for an eight-year driver license to $40"),
    F("$32", S, note="minutes: from $32"),
    F("1", S, note="minutes: effective July 1, 2026"),
    F("5", S, note="minutes: carried 5-2"),
    F("2", S, note="minutes: carried 5-2"),
    F("$2.50", S, note="minutes: the $2.50 convenience fee on online registration renewals"),
    F("1", S, note="minutes: effective May 1"),
    F("$2.3 million", C, "$3.2 million", note="minutes: Ms. Ibarra estimated the cost at $3.2 million a year (transposed digits)"),
    F("36", S, note="log: January average wait 36 minutes"),
    F("22", S, note="log: June average wait 22 minutes"),
    F("40%", S, derived=True, note="log: (36 - 22) / 36 = 38.9%, 'nearly 40%'"),
    F("139,000", S, note="log: kiosk transactions January to June, 139,000"),
    F("38,900", S, note="log: June kiosk transactions 38,900"),
    F("a quarter", S, derived=True, note="log: 38,900 / 139,000 = 28.0%, 'more than a quarter'"),
    F("9,100", C, "9,400", note="log: Saturday visits peaked at 9,400 in April; May had 9,100"),
    F("15", U, note="the blogger's own guess; no source gives a forecast"),
]

# --- AS6: briefing memo with bullets (sources: report, email) ----------------------------
AS6 = """MEMO
To: Senator Abel Frankish
From: Transportation committee staff
Re: Harbor Point service center, numbers for Monday's visit

From the DMV's 2025 annual report and the center manager's May 29 email to her staff:

- **Visits:** Harbor Point served 268,900 visitors last year, up 2.6%, about 14% of all center visits statewide.
- **Wait:** 61 minutes on average last year, against 38 statewide; the manager reports 34 minutes in May.
- **Windows:** 24, of which 22 were open on most days in May.
- **Road tests:** 18,900 given last year, with 55.1% passing; in May examiners gave 1,720, and 75% passed.
- **Survey:** 198 of 240 customers said they were satisfied, or 82.5%; 37 named parking as a complaint.
- **Staff:** the department had 162 vacant clerk positions at the end of the year, equal to about 8% of its 2,140 employees.
- **Saturdays:** Harbor Point served 2,410 Saturday customers in May. The visit will take 90 minutes.
"""

AS6_FIGS = [
    F("2025", S, note="report: the 2025 annual report"),
    F("29", S, note="email: dated Friday, May 29, 2026"),
    F("268,900", S, note="report table: Harbor Point 268,900 visits"),
    F("2.6%", S, note="report table: Harbor Point +2.6"),
    F("14%", S, derived=True, note="report table: 268,900 / 1,904,000 = 14.1%"),
    F("61", S, note="report table: Harbor Point average wait 61 minutes"),
    F("38", S, note="report: the average wait at a service center was 38 minutes"),
    F("34", S, note="email: our average wait in May was 34 minutes"),
    F("24", S, note="report table / email: Harbor Point 24 counter windows"),
    F("22", S, note="email: we kept 22 of our 24 windows open on most days this month"),
    F("18,900", C, "19,800", note="report table: Harbor Point 19,800 road tests given (transposed digits)"),
    F("55.1%", S, note="report table: Harbor Point road test pass rate 55.1"),
    F("1,720", S, note="email: examiners gave 1,720 road tests"),
    F("75%", C, "57%", note="email: with 57% passing (transposed digits)"),
    F("198", S, note="email: 198 of them said they were satisfied"),
    F("240", S, note="email: we asked 240 customers"),
    F("82.5%", S, note="email: or 82.5%"),
    F("37", S, note="email: the most common complaint, from 37 of them, was parking"),
    F("162", S, note="report: 162 clerk positions were vacant"),
    F("8%", S, derived=True, note="report: 162 / 2,140 = 7.6%, 'about 8%'"),
    F("2,140", S, note="report: the department has 2,140 employees"),
    F("2,410", C, "2,140", note="email: we served 2,140 Saturday customers in May (transposed digits)"),
    F("90", U, note="no source gives the visit's length"),
]

# --- AS7: radio script (sources: release, minutes) ----------------------------------------
AS7 = """WCAL Morning Drive - changes at the DMV
Anchor read

If you have been dreading the DMV, some news. Back in January Governor Elena Varga announced a $9.6 million plan to shorten the lines: 140 kiosks in grocery stores and libraries, Saturday hours at ten service centers starting February 7, and 96 new clerks. Her goal is a 20-minute average wait by December.

In March the Motor Vehicle Commission approved the fit-out of a new Harbor Point office, which will have 21 windows. It also dropped the $2.50 convenience fee for renewing a registration online, starting May 1, on a 5-2 vote. The license fee goes up on July 1, to $40 from $32, and road tests will be offered on Saturdays at six centers.

A kiosk renewal takes about five minutes, the governor's office says. The state expects 2 million kiosk transactions a year.
"""

AS7_FIGS = [
    F("$9.6 million", S, note="release: a $9.6 million plan to cut waits"),
    F("140", S, note="release: 140 self-service kiosks"),
    F("ten", S, note="release: ten of the 24 service centers will open on Saturdays"),
    F("7", S, note="release: starting Saturday, February 7"),
    F("96", S, note="release: 96 new clerks"),
    F("20", S, note="release: the goal is 20 minutes by December 2026"),
    F("21", C, "12", note="release: Harbor Point East, with 12 counter windows (transposed digits)"),
    F("$2.50", S, note="minutes: drop the $2.50 convenience fee on online registration renewals"),
    F("1", S, note="minutes: effective May 1"),
    F("5", C, "6", note="minutes: the convenience fee carried 6-1; 5-2 is the license fee's tally"),
    F("2", C, "1", note="minutes: carried 6-1, Commissioner Yates voting no"),
    F("1", S, note="minutes: the license fee effective July 1, 2026"),
    F("$40", S, note="minutes: to $40"),
    F("$32", S, note="minutes: from $32"),
    F("six", S, note="minutes: road tests on Saturdays at six centers"),
    F("five", S, note="release: renew a registration or replace a lost license in about five minutes"),
    F("2 million", U, note="no source gives a forecast of kiosk transactions"),
]

# --- AS8: Q&A (sources: article, log) -----------------------------------------------------
AS8 = """## Your DMV questions, answered

**Are the lines really shorter?** Yes. The statewide average wait fell from 36 minutes in January to 22 in June, according to the department's performance log.

**What about Harbor Point?** Still the slowest. Its wait averaged 61 minutes last year and 47 in March, and on Monday, Jan. 5, a customer there waited 3 hours 12 minutes.

**Do the kiosks work?** They handled 139,000 transactions from January to June. By mid-April 72 of the 140 were in place.

**Can I go on a Saturday?** Ten centers open on Saturdays, since Feb. 7. Saturday visits came to 42,300 through June, about 4.5% of all visits.

**How long for a road test?** Sofia Beltran, 16, of Harbor Point has waited five weeks. Examiners there passed 51.5% of applicants last year.

**Will fees go up?** Yes: the eight-year license rises to $40 from $23 on July 1. The department says a kiosk renewal costs the state $1.10.
"""

AS8_FIGS = [
    F("36", S, note="log: January average wait 36 minutes"),
    F("22", S, note="log: June average wait 22 minutes"),
    F("61", S, note="article: Harbor Point's wait averaged 61 minutes last year"),
    F("47", S, note="article: and 47 minutes in March"),
    F("5", S, note="log: the longest single wait, at Harbor Point on Monday, January 5"),
    F("3", S, note="log: 3 hours 12 minutes"),
    F("12", S, note="log: 3 hours 12 minutes"),
    F("139,000", S, note="log: kiosk transactions January to June, 139,000"),
    F("72", S, note="article (April 18): 72 of its 140 new kiosks are now in grocery stores and libraries"),
    F("140", S, note="article: its 140 new kiosks"),
    F("Ten", S, note="article / log: Saturday hours at ten centers"),
    F("7", S, note="log: Saturday hours began on February 7"),
    F("42,300", S, note="log: January to June, 42,300 Saturday visits"),
    F("4.5%", S, derived=True, note="log: 42,300 / 941,100 = 4.49%"),
    F("16", S, note="article: Sofia Beltran, 16"),
    F("five", S, note="article: has waited five weeks for a road test"),
    F("51.5%", C, "55.1%", note="article: examiners at Harbor Point passed 55.1% of applicants last year (transposed digits)"),
    F("eight", S, note="article: the fee for an eight-year license"),
    F("$40", S, note="article: rises to $40"),
    F("$23", C, "$32", note="article: from $32 (transposed digits)"),
    F("1", S, note="article: from July 1"),
    F("$1.10", U, note="no source gives the cost of a kiosk renewal"),
]

# --- AS9: LLM-style summary with bullets (sources: report, article) ----------------------
AS9 = """**Summary: Calder's DMV and the Harbor Point backlog**

- **Centers:** 1,904,000 in-person visits in 2025, with an average wait of 38 minutes against a 30-minute target.
- **Harbor Point:** the longest wait, 61 minutes last year and 47 in March; 24 windows, but staff for only 19 on most days.
- **Road tests:** Harbor Point passed 55.1% of applicants, the lowest of the large centers.
- **REAL ID:** 51.8% of the state's 5,540,000 licenses and ID cards comply, which leaves about 2.7 million that do not. The busiest day of 2025 was Monday, May 7, with 11,860 visitors.
- **Relief:** Harbor Point East opens in September with 12 windows; the fit-out contract is $2.84 million.
- **Fees:** the license fee rises to $40 from $32 on July 1. The department's app has 1.2 million users.
- **People:** Leonard Maki, 47, has held his license since 1969. The department expects to need 40 more examiners.
"""

AS9_FIGS = [
    F("1,904,000", S, note="report: the 24 service centers served 1,904,000 visitors in person"),
    F("2025", S, note="report: in 2025"),
    F("38", S, note="report: the average wait was 38 minutes"),
    F("30", S, note="report: the department's target of 30 minutes"),
    F("61", S, note="report table / article: Harbor Point 61 minutes, the longest average wait"),
    F("47", S, note="article: 47 minutes in March"),
    F("24", S, note="report table / article: Harbor Point 24 windows"),
    F("19", S, note="article: enough staff to keep only 19 of them open on most days"),
    F("55.1%", S, note="report table / article: Harbor Point pass rate 55.1%, the lowest of the five largest centers"),
    F("51.8%", S, note="report: 2,870,000 of 5,540,000, or 51.8%, were REAL ID cards"),
    F("5,540,000", S, note="report: the state's 5,540,000 licenses and identification cards"),
    F("2.7 million", S, derived=True, note="report: 5,540,000 - 2,870,000 = 2,670,000, 'about 2.7 million'"),
    F("2025", S, note="report: the busiest day of the year (2025)"),
    F("7", C, "5", note="report: the busiest day was Monday, May 5; May 7 was the federal deadline"),
    F("11,860", S, note="report: when the service centers served 11,860 visitors"),
    F("12", S, note="article: Harbor Point East opens with 12 windows"),
    F("$2.84 million", S, note="article: the fit-out contract to Corvane Construction for $2.84 million"),
    F("$40", S, note="article: the fee rises to $40"),
    F("$32", S, note="article: from $32"),
    F("1", S, note="article: from July 1"),
    F("1.2 million", U, note="no source mentions an app or its users"),
    F("47", C, "74", note="article: Leonard Maki, 74 (transposed digits)"),
    F("1969", S, note="article: the license he has held since 1969"),
    F("40", U, note="no source gives a need for examiners"),
]

# --- AS10: clerks' union bulletin, hard-wrapped (sources: email, minutes, log) ------------
AS10 = """# Clerks' Union, Field Services Chapter: June 2026 bulletin

**Saturdays.** Ten centers now open on Saturdays. At Harbor Point each
clerk works two Saturdays a month at overtime rates, and the center served
2,140 Saturday customers in May. The statewide log shows 9,100 Saturday
visits that month, so Harbor Point took nearly a quarter of them.

**Hiring.** The director told the commission in March that 61 of the 96
new clerks were on board. Harbor Point manager Priya Ostrander says nine
of them joined her center this spring. But the department still has not
said how many examiners it will add.

**Harbor Point East.** It opens on Monday, September 14, with 12 windows.
Fourteen clerks will transfer, and 91 have volunteered. The commission
voted 7-0 to give Corvane Construction the fit-out, $3,067,200 with the
contingency.

**The numbers.** The average wait fell from 36 minutes in January to 23 in
May. Yet the commission voted 6-1 to raise the license fee to $40 from $32.

**Dues.** Chapter dues rise to $27 a pay period this summer.
"""

AS10_FIGS = [
    F("2026", S, note="email / minutes / log: the sources are dated 2026"),
    F("Ten", S, note="email / minutes: the ten Saturday centers"),
    F("two", S, note="email: each of you works two Saturdays a month"),
    F("2,140", S, note="email: we served 2,140 Saturday customers in May"),
    F("9,100", S, note="log: May, 9,100 Saturday visits"),
    F("a quarter", S, derived=True, note="email / log: 2,140 / 9,100 = 23.5%, 'nearly a quarter'"),
    F("61", S, note="minutes: 61 of the 96 new clerks had been hired"),
    F("96", S, note="minutes: the 96 new clerks"),
    F("nine", S, note="email: the nine new clerks who joined us this spring"),
    F("14", S, note="email / minutes: Harbor Point East opens on Monday, September 14"),
    F("12", S, note="email: with 12 windows"),
    F("Fourteen", S, note="email: fourteen of you will transfer there"),
    F("91", C, "19", note="email: I have 19 volunteers so far (transposed digits)"),
    F("7", S, note="minutes: the Harbor Point East contract carried 7-0"),
    F("0", S, note="minutes: carried 7-0"),
    F("$3,067,200", S, note="minutes: with an 8% contingency, $3,067,200 in all"),
    F("36", S, note="log: January average wait 36 minutes"),
    F("23", S, note="log: May average wait 23 minutes"),
    F("6", C, "5", note="minutes: the license fee carried 5-2; 6-1 is the convenience fee's tally"),
    F("1", C, "2", note="minutes: carried 5-2, commissioners Marchbanks and Vail voting no"),
    F("$40", S, note="minutes: the fee for an eight-year driver license to $40"),
    F("$32", S, note="minutes: from $32"),
    F("$27", U, note="the chapter's own dues; no source gives them"),
]

# --- AS11: letter to the editor (sources: release, log) ----------------------------------
AS11 = """Letter: The kiosks are working. Keep the clerks too.

To the editor:

In January the governor promised 140 kiosks for $6.3 million, or $45,000 apiece, and an average wait of 20 minutes by December. Credit where it is due: the department's own log shows that the kiosks handled 139,000 transactions from January to June, and the average wait fell to 22 minutes in June, from 63 in January.

That works out to about $45 of kiosk spending for each transaction so far, and it will fall as the kiosks keep working.

But the 96 new clerks, at $3.3 million a year, matter too. Saturday hours at ten centers drew 42,300 visitors through June, and the busiest day this year, Monday, March 2, brought 9,810 visitors. I once waited two hours at Harbor Point. The state should add 30 more kiosks before it cuts a single clerk.

Dorothy Ames, Sutter Falls
"""

AS11_FIGS = [
    F("140", S, note="release: 140 self-service kiosks"),
    F("$6.3 million", S, note="release: the kiosks will cost $6.3 million"),
    F("$45,000", S, note="release: or $45,000 each"),
    F("20", S, note="release: the goal is 20 minutes by December 2026"),
    F("139,000", S, note="log: kiosk transactions January to June, 139,000"),
    F("22", S, note="log: June average wait 22 minutes"),
    F("63", C, "36", note="log: January average wait 36 minutes (transposed digits)"),
    F("$45", S, derived=True, note="release / log: $6.3 million / 139,000 transactions = $45.32"),
    F("96", S, note="release: 96 new clerks"),
    F("$3.3 million", S, note="release: the clerks will cost $3.3 million a year"),
    F("ten", S, note="release / log: Saturday hours at ten centers"),
    F("42,300", S, note="log: January to June, 42,300 Saturday visits"),
    F("2", S, note="log: the busiest day was Monday, March 2"),
    F("9,810", C, "8,910", note="log: with 8,910 visitors (transposed digits)"),
    F("two", U, note="the letter writer's own wait; no source gives it"),
    F("30", U, note="the letter writer's own proposal; no source gives it"),
]

# --- AS12: committee briefing with a table (sources: report, minutes, article) -------------
AS12 = """# Briefing: service center capacity in Harbor Point

*For the House transportation committee*

| Center | Visits, 2025 | Counter windows |
|---|---|---|
| Fenwick Central | 312,400 | 36 |
| Harbor Point | 268,900 | 42 |
| Harbor Point East | opens Sept. 14 | 12 |

Harbor Point handled about 11,200 visits a year for each window, against about 8,700 at Fenwick Central. Harbor Point East will add half again as many windows.

The Motor Vehicle Commission awarded the fit-out to Corvane Construction, the lowest of three bidders, at $2,840,000, $380,000 below Ellery Builders; the vote was 7-0. The center's manager, Priya Ostrander, 41, says only 19 windows are staffed on most days. The license fee increase to $40, approved 5-2, takes effect July 1 and should bring in about $4.9 million a year. The new office's lease runs 10 years.
"""

AS12_FIGS = [
    F("2025", S, note="report table: service centers, 2025"),
    F("312,400", S, note="report table: Fenwick Central 312,400 visits"),
    F("36", S, note="report table: Fenwick Central 36 counter windows"),
    F("268,900", S, note="report table: Harbor Point 268,900 visits"),
    F("42", C, "24", note="report table: Harbor Point 24 counter windows (transposed digits)"),
    F("14", S, note="minutes: the office is to open on Monday, September 14"),
    F("12", S, note="article: Harbor Point East opens with 12 windows"),
    F("11,200", S, derived=True, note="report table: 268,900 / 24 windows = 11,204"),
    F("8,700", S, derived=True, note="report table: 312,400 / 36 windows = 8,678"),
    F("half", S, derived=True, note="article / report: 12 new windows / 24 = 50%, 'half again as many'"),
    F("three", S, note="minutes: three bids"),
    F("$2,840,000", S, note="minutes: Corvane Construction, $2,840,000, the lowest bidder"),
    F("$380,000", C, "$280,000", derived=True, note="minutes: Ellery Builders $3,120,000 - $2,840,000 = $280,000"),
    F("7", S, note="minutes: carried 7-0"),
    F("0", S, note="minutes: carried 7-0"),
    F("41", S, note="article: center manager Priya Ostrander, 41"),
    F("19", S, note="article: enough staff to keep only 19 of them open on most days"),
    F("$40", S, note="minutes: the fee for an eight-year driver license to $40"),
    F("5", S, note="minutes: carried 5-2"),
    F("2", S, note="minutes: carried 5-2"),
    F("1", S, note="minutes: effective July 1, 2026"),
    F("$4.9 million", S, note="minutes: about $4.9 million more a year"),
    F("10", U, note="no source gives the lease's term"),
]

# --- AS13: community forum post (sources: email, article) ---------------------------------
AS13 = """**Harbor Point DMV tips from someone who lives nearby (r/Fenwick)**

Went Tuesday. Doors open at 8 and the line was already past the pharmacy. The paper says the wait there averaged 47 min in March, and the manager told her staff it was 34 in May, so it's getting better. They've got 24 windows but usually only 19 open. Took me 55 min.

Saturdays are 8 to noon, the lobby kiosk did 4,300 transactions in May, and 57% of road tests passed in May. The new Harbor Point East on Dune Road opens Sept 14 with 21 windows.

Fees go to $40 from $32 on July 1. Parking is the top complaint: 37 of the 240 people in their survey said so, about 25%. The 74-year-old guy in the Ledger story has had his license since 1996, lol. Pro tip: the pharmacy sells coffee for $2.
"""

AS13_FIGS = [
    F("8", S, note="article: the doors opened at 8 a.m. on Tuesday"),
    F("47", S, note="article: Harbor Point's wait averaged 47 minutes in March"),
    F("34", S, note="email: our average wait in May was 34 minutes"),
    F("24", S, note="article / email: the center has 24 windows"),
    F("19", S, note="article: enough staff to keep only 19 of them open on most days"),
    F("55", U, note="the poster's own wait; no source gives it"),
    F("8", S, note="email: Saturdays, open 8 a.m. to noon"),
    F("4,300", S, note="email: our lobby kiosk handled 4,300 transactions in May"),
    F("57%", S, note="email: 1,720 road tests, with 57% passing"),
    F("14", S, note="email: Harbor Point East opens on Monday, September 14"),
    F("21", C, "12", note="email / article: with 12 windows (transposed digits)"),
    F("$40", S, note="article: the fee rises to $40"),
    F("$32", S, note="article: from $32"),
    F("1", S, note="article: from July 1"),
    F("37", S, note="email: the most common complaint, from 37 of them, was parking"),
    F("240", S, note="email: we asked 240 customers"),
    F("25%", C, "15%", derived=True, note="email: 37 / 240 = 15.4%"),
    F("74", S, note="article: Leonard Maki, 74"),
    F("1996", C, "1969", note="article: the license he has held since 1969 (transposed digits)"),
    F("$2", U, note="no source gives the price of coffee"),
]

CASES = [
    ("fresh23-dev", "fresh-as", list(AS_POOL.values()), [
        ("wire.txt", AS1, AS1_FIGS, "wire story with a dateline without a day: a derived difference, transposed wait, window, clerk and highway-fund figures, a plan no source makes"),
        ("opinion.md", AS2, AS2_FIGS, "opinion column: hedges, derived years, a drop and a difference, another motion's tally, a wrong percentage, the columnist's own proposal"),
        ("explainer.md", AS3, AS3_FIGS, "explainer with question headings and a Markdown table of months restating the performance log, a derived multiple, change and cost per transaction, transposed figures, a capacity no source gives"),
        ("newsletter.md", AS4, AS4_FIGS, "neighborhood association newsletter: heading, bold lead-ins, lines hard-wrapped near 80 columns, a pronoun for the manager, sentence-initial But, a transposed survey count, the association's own date and dues"),
        ("blog.md", AS5, AS5_FIGS, "blog post from the commission's minutes and the performance log: bids and their gap, a derived drop and share, a transposed cost, a wrong peak, the blogger's own guess"),
        ("memo.txt", AS6, AS6_FIGS, "staff memo in bullets: derived shares across two documents, transposed road tests, pass rate and Saturday count, a visit length no source gives"),
        ("radio.txt", AS7, AS7_FIGS, "radio anchor read: dates and votes, another motion's tally, a transposed window count, a forecast no source makes"),
        ("faq.md", AS8, AS8_FIGS, "question-and-answer piece: a derived share, transposed pass rate and fee, a kiosk cost no source gives"),
        ("summary.md", AS9, AS9_FIGS, "LLM-style summary in bullets: a derived remainder, a wrong busiest day, a transposed age, an invented staffing need and app"),
        ("bulletin.md", AS10, AS10_FIGS, "clerks' union bulletin, hard-wrapped: a derived share, a transposed volunteer count, another motion's tally, a pronoun, sentence-initial But/Yet, the chapter's own dues"),
        ("letter.txt", AS11, AS11_FIGS, "letter to the editor: a cost per transaction worked out, transposed wait and busiest-day count, the writer's own wait and proposal"),
        ("briefing.md", AS12, AS12_FIGS, "committee briefing with a Markdown table of three rows across three documents: visits per window, a fraction and a bid gap worked out, a transposed cell, a wrong bid gap, an invented lease"),
        ("forum.md", AS13, AS13_FIGS, "community forum post in casual style: digits for counts, a wrong derived share, transposed windows and year, the poster's own wait, a price no source gives"),
    ]),
]
CASE_SOURCES = {
    "fresh-as-1": ["report", "release"],
    "fresh-as-2": ["article", "minutes"],
    "fresh-as-3": ["report", "log"],
    "fresh-as-4": ["email", "release", "article"],
    "fresh-as-5": ["minutes", "log"],
    "fresh-as-6": ["report", "email"],
    "fresh-as-7": ["release", "minutes"],
    "fresh-as-8": ["article", "log"],
    "fresh-as-9": ["report", "article"],
    "fresh-as-10": ["email", "minutes", "log"],
    "fresh-as-11": ["release", "log"],
    "fresh-as-12": ["report", "minutes", "article"],
    "fresh-as-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AS_POOL, CASE_SOURCES)
