#!/usr/bin/env python3
"""Generate tests/fresh/fresh14-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AA (fresh14-dev): a city's parking and traffic-enforcement program (the
                    City of Ellisford): the Department of Parking and
                    Mobility's fiscal 2025 annual report excerpt (meters,
                    garage occupancy and revenue, citations and fines,
                    towing, permits, finances), the mayor's office release on
                    the council's 6-3 vote for new downtown meter rates and
                    hours, and a newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_aa.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AA: the City of Ellisford's parking program (fictional)
# ---------------------------------------------------------------------------

AA_REPORT = """City of Ellisford
Department of Parking and Mobility
Annual Report, Fiscal Year 2025 (excerpt)
Covering July 1, 2024, to June 30, 2025

Overview

The Department manages 6,240 metered on-street spaces, four city-owned garages with 3,020 spaces and nine residential permit zones. Parking revenue totaled $35.7 million in fiscal 2025, up 2.9% from $34.7 million in fiscal 2024. Meters brought in $14.8 million, garages $9.0 million, parking fines $9.6 million and residential permits $2.3 million.

On-street meters

Meter revenue rose 6.5% from $13.9 million. The 2,410 meters in the downtown core charge $2.00 an hour, a rate set in 2012; the other 3,830 charge $1.25. Meters operate from 9 a.m. to 6 p.m., Monday through Saturday. Payments through the ParkEllis phone app made up 58% of meter transactions, up from 47% a year earlier. At midday, downtown-core meters were 91% occupied on average, above the Department's target of 85%.

Garages

Table 1. City garages, fiscal 2025

| Garage | Spaces | Weekday occupancy (%) | Change (points) | Revenue ($ million) |
|---|---|---|---|---|
| Market Street | 1,150 | 88 | +4 | 4.2 |
| Riverside | 820 | 71 | -3 | 2.1 |
| Civic Center | 640 | 64 | +2 | 1.4 |
| Foundry Row | 410 | 93 | +9 | 1.3 |
| All garages | 3,020 | 79 | +2 | 9.0 |

Garage revenue rose 4.7% from $8.6 million. Foundry Row, the newest garage, opened in 2021, was the fullest; Riverside was the only garage to lose occupancy. Civic Center, built in 1974, needs structural repairs estimated at $6.8 million. An average of 2,140 monthly passes were active. A monthly pass costs $110 at Foundry Row and $95 at the other three garages.

Enforcement

Parking enforcement officers wrote 218,400 citations, down 4.2% from 228,000 in fiscal 2024, as the Department filled only 39 of its 46 officer positions. Fines collected fell 3.0% to $9.6 million from $9.9 million. Within 90 days, 71% of citations had been paid, against 74% a year earlier.

Expired meters accounted for 41% of citations, street-sweeping violations for 23%, residential permit violations for 14% and all other violations for 22%. The fine for an expired meter is $45, unchanged since 2019, and doubles if it is not paid within 30 days.

Drivers contested 12,700 citations, and 38% of contested citations were dismissed. The Department towed 1,940 vehicles, down 16% from 2,310.

Residential permits

Residents of the nine permit zones hold 11,600 permits, at $200 a year each. Permit revenue was unchanged at $2.3 million.

Finances

Operating expenses were $24.1 million, including $7.9 million for enforcement. Of the $11.6 million surplus, $8.2 million went to the city's general fund and $3.4 million to the Transportation Improvement Fund.
"""

AA_RELEASE = """FOR IMMEDIATE RELEASE
City of Ellisford, Office of the Mayor
Tuesday, March 10, 2026

City Council approves Downtown Parking Plan

The Ellisford City Council voted 6-3 on Monday to approve the Downtown Parking Plan, the city's first increase in downtown meter rates since 2012.

Under the plan, meters in the downtown core will charge $2.50 an hour, up from $2.00, starting Friday, May 1, 2026. Meter hours in the core will be extended to 8 p.m. from 6 p.m., Monday through Saturday. Meters outside the core stay at $1.25 an hour, and parking at meters remains free on Sundays. The changes apply to the 2,410 metered spaces in the downtown core, where drivers can pay at the meter or through the ParkEllis app.

The monthly pass at the Foundry Row garage will rise to $135 from $110. Passes at the Market Street, Riverside and Civic Center garages stay at $95.

The Department of Parking and Mobility expects the plan to raise $2.6 million a year in additional revenue: $1.7 million from the higher rate, $0.6 million from the longer hours and $0.3 million from Foundry Row passes. The plan commits that money to three uses:

- $1.4 million a year for sidewalk, crosswalk and bike-lane repairs downtown
- $0.8 million a year to run the free Downtown Loop shuttle every 10 minutes instead of every 20
- $0.4 million a year to hire six more parking enforcement officers

The Department estimates the average downtown meter session at 95 minutes.

The plan also changes late fines. Starting July 1, 2026, an unpaid citation will no longer double after 30 days; a $25 late fee will be added after 60 days instead. Residents whose household income is below 200% of the federal poverty level will be able to pay citations in monthly installments.

"Downtown's best blocks are full by 11 in the morning, and drivers circle looking for a space," said Mayor Celeste Arbogast. "When the curb is priced right, there is an open space on every block."

The Department will review occupancy every six months and may adjust core rates by up to 50 cents an hour, up or down, to keep midday occupancy between 70% and 85%. The first review is scheduled for November 2026.

Council members Darnell Okwu, Inga Solberg and Tomas Reyes voted against the plan. The Council heard from 84 speakers at a public hearing on February 23.

Downtown meter rates were last raised in 2012, from $1.50 to $2.00 an hour.
"""

AA_ARTICLE = """Council raises downtown meter rates in 6-3 vote; shop owners split

By Joaquin Merriweather, The Ellisford Examiner
Wednesday, March 11, 2026

After more than five hours of debate, the Ellisford City Council voted 6-3 shortly before 11:40 p.m. Monday to raise downtown meter rates by 50 cents, to $2.50 an hour, and to keep meters in the downtown core running until 8 p.m. The meeting began at 6 p.m.

The increase, the first since 2012, takes effect May 1. The Department of Parking and Mobility says midday occupancy at downtown-core meters averaged 91% last fiscal year and reached 97% on Calder Avenue at noon.

"At 97%, nobody finds a space. They circle, and then they give up," said parking director Yusuf Adeyemi-Clarke, 52, who has led the department since 2019.

Councilmember Darnell Okwu, 44, said the plan would fall hardest on service workers who park downtown for evening shifts. "We wrote 218,400 tickets last year. Now we're hiring six more officers to write more," he said. Councilmember Inga Solberg, 61, called the longer hours "a tax on dinner." A motion by Councilmember Tomas Reyes, 39, to drop the evening hours failed 4-5.

Council President Maureen Castell, 57, said the plan was "about turnover, not tickets," noting that the new money goes to sidewalks, the shuttle and enforcement.

Business owners were split. Marisol Faye, 38, who owns the Larkspur Café on Calder Avenue, said her customers already pay $45 tickets for overstaying by a few minutes. "Now a couple who parks at 6 for dinner pays $5 for two hours," she said. Harold Brinkman, 70, whose family has run Brinkman Hardware for 42 years, supported the plan. "My customers can't find a spot at all. I'd rather they pay 50 cents more and park," he said.

The department has seven vacant officer positions; with the six new ones, it would have 52. Officers start at $48,600 a year.

Several speakers cited a 2024 city audit that found 1,870 citations had been written to drivers who had already paid through the ParkEllis app; all were dismissed. Adeyemi-Clarke said the app now sends payment records to officers' handheld devices every 30 seconds.

Towing is down as well: the department towed 1,940 vehicles last fiscal year, down from 2,310.

Monthly passes at the Foundry Row garage, which was 93% full on weekdays, will rise by $25, to $135. The garage has a waiting list of 340 people.

Nearby Port Hollis charges $3 an hour downtown, and its meters run until 10 p.m.

The department's first occupancy review under the plan is due in November.
"""

AA_SOURCES = [
    {"name": "ellisford-parking-annual-report-fy2025.txt", "text": AA_REPORT},
    {"name": "ellisford-parking-plan-release.txt", "text": AA_RELEASE},
    {"name": "ellisford-examiner-article.txt", "text": AA_ARTICLE},
]

# --- AA1: wire story ------------------------------------------------------------------
AA1 = """Ellisford lifts downtown meter rates to $2.50 after 14 years

ELLISFORD, March 10 (Metro Wire) — The Ellisford City Council voted 6-3 on Monday to raise meter rates in the downtown core to $2.50 an hour from $2.00, a 25% increase that ends a freeze dating to 2012, and to keep core meters running until 8 p.m. instead of 6 p.m.

The changes take effect May 1.

City officials expect the plan to raise $2.6 million a year: $1.7 million from the higher rate, $0.3 million from the longer hours and the rest from a $25 increase in the monthly pass at the Foundry Row garage, which was 88% full on weekdays last year. Most of the money will go to sidewalk and bike-lane repairs and the free Downtown Loop shuttle; $0.4 million pays for six more enforcement officers.

The parking department says midday occupancy at core meters averaged 91% last fiscal year, above its 80% target, and reached 97% at noon on Calder Avenue.

The vote came at about 11:40 p.m., after more than five hours of debate before a crowd of about 150. Darnell Okwu, Inga Solberg and Tomas Reyes cast the three no votes. Okwu, 57, a two-term councilmember, said the longer hours would fall hardest on the roughly 4,000 service workers who park downtown, while Solberg, 39, called them "a tax on dinner." A motion by Reyes to drop the evening hours failed 4-5.

Enforcement has been slipping. Officers wrote 218,400 citations in fiscal 2025, down 4.2% from 238,000 the year before, as the department filled only 39 of its 46 officer positions. Fines collected fell 3.0% to $9.9 million, about $300,000 less than the year before.

The fine for an expired meter, the most common violation at 41% of tickets, stays at $45. But from July 1 an unpaid ticket will no longer double after 30 days; a $25 late fee will be added after 90 days instead.

Parking brought the city $35.7 million last year, $14.8 million of it, or 41%, from meters. The system cost $24.1 million to run, and $3.4 million of the surplus went to the general fund.

Business owners were divided. Marisol Faye, 38, who owns a café on Calder Avenue, said a couple parking at 6 p.m. for dinner would now pay $5 for two hours. Harold Brinkman, whose family has run a hardware store downtown for 24 years, backed the plan; he said he hears about 30 complaints a week from customers who could not find a space.

Ellisford, a city of about 118,000, will install 220 new pay stations this summer. Nearby Port Hollis charges $3.50 an hour downtown.
"""

AA1_FIGS = [
    F("$2.50", S, note="headline; release: core meters will charge $2.50 an hour"),
    F("14", S, derived=True, note="release: rates last raised in 2012; 2026 - 2012 = 14 years"),
    F("10", S, note="dateline March 10: the release of Tuesday, March 10, 2026 reports the Monday vote"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("$2.50", S, note="release: $2.50 an hour"),
    F("$2.00", S, note="release: up from $2.00"),
    F("25%", S, derived=True, note="release: ($2.50 - $2.00) / $2.00 = 25%"),
    F("2012", S, note="release / report: the $2.00 rate was set in 2012"),
    F("8", S, note="release: meter hours extended to 8 p.m."),
    F("6", S, note="release: from 6 p.m."),
    F("1", S, note="release: starting Friday, May 1, 2026"),
    F("$2.6 million", S, note="release: $2.6 million a year in additional revenue"),
    F("$1.7 million", S, note="release: $1.7 million from the higher rate"),
    F("$0.3 million", C, "$0.6 million", note="release: $0.6 million from the longer hours; $0.3 million is from Foundry Row passes"),
    F("$25", S, note="article: Foundry Row passes will rise by $25, to $135 (release: to $135 from $110)"),
    F("88%", C, "93%", note="report table / article: Foundry Row 93% weekday occupancy; 88% is Market Street's"),
    F("$0.4 million", S, note="release: $0.4 million a year to hire six more officers"),
    F("six", S, note="release: six more parking enforcement officers"),
    F("91%", S, note="report / article: downtown-core meters 91% occupied at midday"),
    F("80%", C, "85%", note="report: the Department's target of 85%"),
    F("97%", S, note="article: reached 97% on Calder Avenue at noon"),
    F("11:40", S, note="article: voted shortly before 11:40 p.m. Monday"),
    F("five", S, note="article: after more than five hours of debate"),
    F("150", U, note="no source gives the size of the crowd"),
    F("three", S, note="release: Okwu, Solberg and Reyes voted against (6-3)"),
    F("57", C, "44", note="article: Darnell Okwu, 44; 57 is Council President Castell's age"),
    F("two", U, note="no source says how many terms Okwu has served"),
    F("4,000", U, note="no source counts service workers who park downtown"),
    F("39", C, "61", note="article: Inga Solberg, 61; 39 is Tomas Reyes's age"),
    F("4", S, note="article: Reyes's motion failed 4-5"),
    F("5", S, note="article: failed 4-5"),
    F("218,400", S, note="report: 218,400 citations"),
    F("2025", S, note="report: fiscal 2025"),
    F("4.2%", S, note="report: down 4.2%"),
    F("238,000", C, "228,000", note="report: from 228,000 in fiscal 2024"),
    F("39", S, note="report: filled only 39 of its 46 officer positions"),
    F("46", S, note="report: 46 officer positions"),
    F("3.0%", S, note="report: fines collected fell 3.0%"),
    F("$9.9 million", C, "$9.6 million", note="report: fell to $9.6 million from $9.9 million (last year's value given as this year's)"),
    F("$300,000", S, derived=True, note="report: $9.9 million - $9.6 million = $0.3 million (right by the sources though the draft misstates this year's amount)"),
    F("41%", S, note="report: expired meters 41% of citations, the largest category"),
    F("$45", S, note="report: the fine for an expired meter is $45"),
    F("1", S, note="release: starting July 1, 2026"),
    F("30", S, note="release: will no longer double after 30 days"),
    F("$25", S, note="release: a $25 late fee"),
    F("90", C, "60", note="release: the late fee is added after 60 days"),
    F("$35.7 million", S, note="report: parking revenue $35.7 million"),
    F("$14.8 million", S, note="report: meters brought in $14.8 million"),
    F("41%", S, derived=True, note="report: $14.8 million / $35.7 million = 41.5%"),
    F("$24.1 million", S, note="report: operating expenses $24.1 million"),
    F("$3.4 million", C, "$8.2 million", note="report: $8.2 million went to the general fund; $3.4 million went to the Transportation Improvement Fund"),
    F("38", S, note="article: Marisol Faye, 38"),
    F("6", S, note="article: 'a couple who parks at 6 for dinner'"),
    F("$5", S, note="article: pays $5 for two hours"),
    F("two", S, note="article: for two hours"),
    F("24", C, "42", note="article: his family has run Brinkman Hardware for 42 years (transposed digits)"),
    F("30", U, note="no source gives complaints to Brinkman"),
    F("118,000", U, note="no source gives Ellisford's population"),
    F("220", U, note="no source mentions new pay stations"),
    F("$3.50", C, "$3", note="article: Port Hollis charges $3 an hour downtown"),
]

# --- AA2: Q&A explainer -----------------------------------------------------------------
AA2 = """# Ellisford's new parking rates: your questions answered

*The Ellisford Examiner, March 2026*

The City Council approved the Downtown Parking Plan on Monday, a plan two years in the making. Here is what changes, when, and what it will cost you.

**What is changing at the meters?**

From Friday, May 1, meters in the downtown core will charge $2.50 an hour instead of $2.00, a rise of 50 cents, or 25%. They will also run two hours longer, until 8 p.m., Monday through Saturday.

**Will I pay more for a typical visit?**

Yes. The parking department puts the average downtown meter session at 95 minutes. At the new rate that costs about $3.69, up from about $3.17, or roughly 80 cents more. Someone who parks for dinner from 6 p.m. until 8 p.m., when the meters used to be off, will now pay $5.

**What about the garages?**

Only the monthly pass at Foundry Row changes: it rises to $135 from $110, an increase of about 32%. Foundry Row, which opened in 2012, was 93% full on weekdays last year and has a waiting list of 430.

**Where does the money go?**

The city expects $2.6 million a year in new revenue. More than half of it, $1.4 million, goes to sidewalk, crosswalk and bike-lane repairs downtown. The Downtown Loop shuttle gets $0.8 million to run every 10 minutes instead of every 30, which about 3,000 riders a day should notice. The last $0.4 million pays for six more enforcement officers, about $67,000 each.

**Are tickets going up?**

No. The fine for an expired meter stays at $45, where it has been since 2015. What changes, from July 1, is the late penalty: instead of doubling to $90 after 30 days, an unpaid ticket will get a $25 late fee after 60 days.

**How many tickets does the city write?**

Officers wrote 218,400 citations last fiscal year, down from 228,000. Expired meters were the biggest category, at 41%, followed by street sweeping at 14% and residential permit violations at 23%. Fines brought in $9.6 million, about 27% of all parking revenue.

**Can I fight a ticket?**

Yes, and it often works. Drivers contested 17,200 citations last year and won dismissal of 38%, or about 4,800. A hearing takes about 20 minutes.

**Who voted against the plan?**

Council members Darnell Okwu, Inga Solberg and Tomas Reyes. Reyes, 39, in his third year on the council, tried to strip out the evening hours; his motion failed 3-6. The last time downtown rates rose, in 2014, they went from $1.50 to $2.00. Separately, the city plans 12 electric-vehicle charging spaces at the Market Street garage.
"""

AA2_FIGS = [
    F("2026", S, note="dateline March 2026: the release and the article are dated March 2026"),
    F("two", U, note="no source says how long the plan was in the making"),
    F("1", S, note="release: starting Friday, May 1, 2026"),
    F("$2.50", S, note="release: $2.50 an hour"),
    F("$2.00", S, note="release: up from $2.00"),
    F("50", S, note="article: raise downtown meter rates by 50 cents"),
    F("25%", S, derived=True, note="release: $0.50 / $2.00 = 25%"),
    F("two", S, derived=True, note="release: hours extended to 8 p.m. from 6 p.m., two hours"),
    F("8", S, note="release: to 8 p.m."),
    F("95", S, note="release: average downtown meter session 95 minutes"),
    F("$3.69", C, "$3.96", derived=True, note="release: 95 / 60 x $2.50 = $3.958 (transposed digits)"),
    F("$3.17", S, derived=True, note="release / report: 95 / 60 x $2.00 = $3.167"),
    F("80", S, derived=True, note="release: $3.958 - $3.167 = $0.79 ('roughly 80 cents'; right by the sources though the draft misstates the new cost)"),
    F("6", S, note="release: meters used to stop at 6 p.m.; article: 'parks at 6 for dinner'"),
    F("8", S, note="release: meters run to 8 p.m."),
    F("$5", S, note="article: a couple who parks at 6 for dinner pays $5 for two hours"),
    F("$135", S, note="release: Foundry Row pass rises to $135"),
    F("$110", S, note="release: from $110"),
    F("32%", C, "23%", derived=True, note="release: $25 / $110 = 22.7% (transposed digits)"),
    F("2012", C, "2021", note="report: Foundry Row, the newest garage, opened in 2021 (transposed digits)"),
    F("93%", S, note="report table / article: Foundry Row 93% on weekdays"),
    F("430", C, "340", note="article: a waiting list of 340 people (transposed digits)"),
    F("$2.6 million", S, note="release: $2.6 million a year"),
    F("half", S, derived=True, note="release: $1.4 million / $2.6 million = 53.8% ('more than half')"),
    F("$1.4 million", S, note="release: $1.4 million for sidewalk, crosswalk and bike-lane repairs"),
    F("$0.8 million", S, note="release: $0.8 million for the Downtown Loop shuttle"),
    F("10", S, note="release: every 10 minutes"),
    F("30", C, "20", note="release: every 10 minutes instead of every 20"),
    F("3,000", U, note="no source gives the shuttle's riders"),
    F("$0.4 million", S, note="release: $0.4 million to hire six more officers"),
    F("six", S, note="release: six more officers"),
    F("$67,000", S, derived=True, note="release: $0.4 million / 6 = $66,667"),
    F("$45", S, note="report: the fine for an expired meter is $45"),
    F("2015", C, "2019", note="report: $45, unchanged since 2019"),
    F("1", S, note="release: starting July 1, 2026"),
    F("$90", S, derived=True, note="report: the $45 fine doubles if unpaid, $90"),
    F("30", S, note="report / release: doubles after 30 days"),
    F("$25", S, note="release: a $25 late fee"),
    F("60", S, note="release: after 60 days"),
    F("218,400", S, note="report: 218,400 citations in fiscal 2025"),
    F("228,000", S, note="report: from 228,000 in fiscal 2024"),
    F("41%", S, note="report: expired meters 41% of citations"),
    F("14%", C, "23%", note="report: street sweeping 23%; 14% is residential permit violations (swapped pair)"),
    F("23%", C, "14%", note="report: residential permit violations 14%; 23% is street sweeping (swapped pair)"),
    F("$9.6 million", S, note="report: fines collected $9.6 million"),
    F("27%", S, derived=True, note="report: $9.6 million / $35.7 million = 26.9%"),
    F("17,200", C, "12,700", note="report: drivers contested 12,700 citations (transposed digits)"),
    F("38%", S, note="report: 38% of contested citations were dismissed"),
    F("4,800", S, derived=True, note="report: 12,700 x 38% = 4,826 (right by the sources though the draft misstates the number contested)"),
    F("20", U, note="no source gives the length of a hearing"),
    F("39", S, note="article: Tomas Reyes, 39"),
    F("third", U, note="no source says how long Reyes has served"),
    F("3", C, "4", note="article: his motion failed 4-5"),
    F("6", C, "5", note="article: failed 4-5"),
    F("2014", C, "2012", note="release: downtown meter rates were last raised in 2012"),
    F("$1.50", S, note="release: from $1.50"),
    F("$2.00", S, note="release: to $2.00 an hour"),
    F("12", U, note="no source mentions electric-vehicle charging spaces"),
]

# --- AA3: fact-check of claims made at the meeting --------------------------------------
AA3 = """# Fact check: the numbers behind Ellisford's parking debate

*Ellisford Examiner fact-check desk, March 2026*

Monday's debate on the Downtown Parking Plan ran more than five hours before the 6-3 vote, and it was thick with numbers. We checked claims from council members, the mayor and residents against the parking department's fiscal 2025 annual report, the city's release on the plan and our own reporting.

**"Fines already bring in more than a quarter of what this department collects."** — Councilmember Inga Solberg

*True.* Fines collected were $9.6 million of the department's $35.7 million in revenue, or 29.6%.

**"Most people downtown already pay by phone, about two-thirds of them."** — Councilmember Tomas Reyes

*Mostly false.* App payments were 58% of meter transactions in fiscal 2025, up from 47% in fiscal 2023. That is a majority, and a jump of 11 points, but well short of what Reyes said.

**"Downtown's best blocks are full by 11 in the morning."** — Mayor Celeste Arbogast

*Can't be checked.* The department reports only midday averages: downtown-core meters were 91% occupied, against its 85% target. It does not publish counts by hour.

**"Enforcement costs us more than the fines bring in."** — Council President Maureen Castell

*False.* Enforcement cost $7.9 million last year, up from $7.2 million; fines brought in $9.6 million, or $2.7 million more.

**"We have nearly 10 vacant officer positions."** — Councilmember Darnell Okwu

*Mostly false.* The department filled 39 of its 46 positions, so seven are vacant. The plan adds six more, which would bring the total to 52.

**"The last rate increase was in 2008."** — Reyes

*False.* Downtown rates last rose in 2012, from $1.50 to $2.00 an hour.

**"Foundry Row is the fullest garage in the city, and it isn't close."** — Harold Brinkman, 67, a hardware store owner

*True.* Foundry Row was 93% full on weekdays, 5 points ahead of Market Street at 88%. Riverside was at 74% and Civic Center at 64%.

**"The city towed almost 2,000 cars last year."** — Marisol Faye, café owner

*True.* The department towed 1,940 vehicles in fiscal 2025, down 16% from 2,130.

**"Six new officers will cost $400,000 a year, and they'll write a million dollars in tickets."** — Okwu

*Partly true.* The plan sets aside $0.4 million a year for six officers. Neither the city nor the department has estimated what they would write; Port Hollis, which charges $2.75 an hour, writes about 90,000 tickets a year with a smaller force.

**"Ticket revenue has fallen two years running."** — Solberg

*Unproven.* The report shows only the latest year's change: fines fell 3.0%, to $9.6 million from $9.9 million. Earlier years are not published.

**"Half my customers have gotten a ticket."** — Faye

*Can't be checked.* No source tracks tickets by business.
"""

AA3_FIGS = [
    F("2026", S, note="dateline March 2026: the release and the article are dated March 2026"),
    F("five", S, note="article: after more than five hours of debate"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("2025", S, note="report: fiscal year 2025"),
    F("a quarter", S, derived=True, note="claim rated true: report: fines $9.6 million / revenue $35.7 million = 26.9% ('more than a quarter')"),
    F("$9.6 million", S, note="report: fines $9.6 million"),
    F("$35.7 million", S, note="report: parking revenue $35.7 million"),
    F("29.6%", C, "26.9%", derived=True, note="report: $9.6 million / $35.7 million = 26.9% (transposed digits)"),
    F("two-thirds", C, "58%", note="claim rated false: report: app payments 58% of meter transactions (a fraction clearly off, not derived)"),
    F("58%", S, note="report: 58% of meter transactions"),
    F("2025", S, note="report: fiscal 2025"),
    F("47%", S, note="report: up from 47% a year earlier"),
    F("2023", C, "2024", note="report: 47% was a year earlier, fiscal 2024"),
    F("11", S, derived=True, note="report: 58% - 47% = 11 points"),
    F("11", S, note="release: the mayor said the best blocks are full by 11 in the morning"),
    F("91%", S, note="report: downtown-core meters 91% occupied at midday"),
    F("85%", S, note="report: target of 85%"),
    F("$7.9 million", S, note="report: $7.9 million for enforcement"),
    F("$7.2 million", U, note="no source gives the cost of enforcement in fiscal 2024"),
    F("$9.6 million", S, note="report: fines collected $9.6 million"),
    F("$2.7 million", C, "$1.7 million", derived=True, note="report: $9.6 million - $7.9 million = $1.7 million"),
    F("10", C, "seven", note="claim rated mostly false: article: seven vacant officer positions (report: 39 of 46 filled)"),
    F("39", S, note="report: filled 39 of its 46 officer positions"),
    F("46", S, note="report: 46 positions"),
    F("seven", S, note="article: seven vacant officer positions"),
    F("six", S, note="release / article: six more officers"),
    F("52", S, note="article: with the six new ones, it would have 52"),
    F("2008", C, "2012", note="claim rated false: release: rates last raised in 2012"),
    F("2012", S, note="release: last raised in 2012"),
    F("$1.50", S, note="release: from $1.50"),
    F("$2.00", S, note="release: to $2.00 an hour"),
    F("67", C, "70", note="article: Harold Brinkman, 70"),
    F("93%", S, note="report table: Foundry Row 93"),
    F("5", S, derived=True, note="report table: Foundry Row 93 - Market Street 88 = 5 points"),
    F("88%", S, note="report table: Market Street 88"),
    F("74%", C, "71%", note="report table: Riverside 71 in fiscal 2025 (-3 points; 74 was the year before)"),
    F("64%", S, note="report table: Civic Center 64"),
    F("2,000", S, note="claim rated true: report: towed 1,940 vehicles ('almost 2,000')"),
    F("1,940", S, note="report: towed 1,940 vehicles"),
    F("2025", S, note="report: fiscal 2025"),
    F("16%", S, note="report: down 16%"),
    F("2,130", C, "2,310", note="report: down 16% from 2,310 (transposed digits)"),
    F("Six", S, note="claim: release: six more officers"),
    F("$400,000", S, note="claim: release: $0.4 million a year for the six officers (the same amount, not derived)"),
    F("a million", U, note="claim: no source estimates the tickets or fines the new officers would bring"),
    F("$0.4 million", S, note="release: $0.4 million a year"),
    F("six", S, note="release: six more officers"),
    F("$2.75", C, "$3", note="article: Port Hollis charges $3 an hour downtown"),
    F("90,000", U, note="no source gives Port Hollis's ticket count"),
    F("two", U, note="claim: the sources give only fiscal 2025 against fiscal 2024, one year's fall"),
    F("3.0%", S, note="report: fines fell 3.0%"),
    F("$9.6 million", S, note="report: to $9.6 million"),
    F("$9.9 million", S, note="report: from $9.9 million"),
    F("Half", U, note="claim: no source gives the share of a business's customers ticketed"),
]

# --- AA4: business association newsletter, bullets, a small table, hard-wrapped -----------
AA4 = """# Curbside: the Downtown Ellisford Business Alliance bulletin

*March 2026 member update*

**The vote.** The council passed the Downtown Parking Plan 6-3 on Monday, March 9,
at about 11:40 p.m. Okwu, Solberg and Reyes voted no. Council President Maureen
Castell, 61, voted yes and called it "about turnover, not tickets." She has a point.

**What our members will see**

- **Meters:** $2.50 an hour in the core from May 1, up from $2.00, with meters
  running to 8 p.m. instead of 6 p.m. That is two more paid hours a day, or 14 a
  week.
- **Late fees:** the $45 expired-meter fine is unchanged. But from July 1, unpaid
  tickets get a $25 late fee after 60 days instead of doubling after 30.
- **Garages:** Foundry Row's monthly pass goes to $135 from $110, a 25% jump; the
  other three garages stay at $85.

**The garages at a glance** (weekday occupancy, last fiscal year)

| Garage | Occupancy | Change (points) |
|---|---|---|
| Market Street | 88% | +4 |
| Riverside | 71% | +3 |
| Civic Center | 46% | +2 |
| Foundry Row | 93% | +9 |

Market Street is still the workhorse, with $4.2 million of the garages'
$9.0 million in revenue, close to half. But Foundry Row is filling up fastest,
and it has 340 people on its waiting list.

**Enforcement**

- Officers wrote 218,400 tickets last fiscal year, 3.0% fewer than the year
  before. Expired meters made up 41% of them; street sweeping, 22%.
- The department has seven open officer jobs out of 46 and will add six, for 53.

**The money.** The plan should raise $2.6 million a year. Of that, $1.4 million
goes to sidewalk, crosswalk and bike-lane repairs and $0.8 million to the
Downtown Loop, which will then come every 10 minutes. The remaining $0.6 million
pays for six more officers. Still, we asked the city for at least $1 million for
the shuttle, and we will keep asking.

**Member voices.** In our February survey, 61 of the 84 members who answered named
parking as their customers' top complaint. Harold Brinkman, 70, an Alliance
member since 1996, says he would rather his customers "pay 50 cents more and
park."

**Dates to know**

- November: the city's review of occupancy, which can move core rates by up to
  50 cents an hour.
- April 22: our parking forum at the Riverside Room, 8 a.m.
"""

AA4_FIGS = [
    F("2026", S, note="dateline March 2026: the release and the article are dated March 2026"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("9", S, note="release of Tuesday, March 10 and article of Wednesday, March 11: the vote was on Monday, March 9"),
    F("11:40", S, note="article: shortly before 11:40 p.m. Monday"),
    F("61", C, "57", note="article: Council President Maureen Castell, 57; 61 is Solberg's age"),
    F("$2.50", S, note="release: $2.50 an hour"),
    F("1", S, note="release: starting Friday, May 1, 2026"),
    F("$2.00", S, note="release: up from $2.00"),
    F("8", S, note="release: extended to 8 p.m."),
    F("6", S, note="release: from 6 p.m."),
    F("two", S, derived=True, note="release: 6 p.m. to 8 p.m., two more hours"),
    F("14", C, "12", derived=True, note="release: two hours a day, Monday through Saturday, 2 x 6 = 12 a week"),
    F("$45", S, note="report / article: the $45 expired-meter fine"),
    F("1", S, note="release: starting July 1, 2026"),
    F("$25", S, note="release: a $25 late fee"),
    F("60", S, note="release: after 60 days"),
    F("30", S, note="release: will no longer double after 30 days"),
    F("$135", S, note="release: Foundry Row pass rises to $135"),
    F("$110", S, note="release: from $110"),
    F("25%", C, "23%", derived=True, note="release: ($135 - $110) / $110 = 22.7%"),
    F("three", S, note="report / release: the other three garages"),
    F("$85", C, "$95", note="release / report: passes at the other three garages stay at $95"),
    F("88%", S, note="report table: Market Street 88"),
    F("4", S, note="report table: Market Street +4"),
    F("71%", S, note="report table: Riverside 71"),
    F("3", C, "-3", note="report table: Riverside -3, the only garage to lose occupancy (sign wrong)"),
    F("46%", C, "64%", note="report table: Civic Center 64 (transposed digits)"),
    F("2", S, note="report table: Civic Center +2"),
    F("93%", S, note="report table: Foundry Row 93"),
    F("9", S, note="report table: Foundry Row +9"),
    F("$4.2 million", S, note="report table: Market Street revenue 4.2"),
    F("$9.0 million", S, note="report: garages $9.0 million"),
    F("half", S, derived=True, note="report table: 4.2 / 9.0 = 46.7% ('close to half')"),
    F("340", S, note="article: a waiting list of 340 people"),
    F("218,400", S, note="report: 218,400 citations"),
    F("3.0%", C, "4.2%", note="report: citations down 4.2%; 3.0% is the fall in fines collected"),
    F("41%", S, note="report: expired meters 41%"),
    F("22%", C, "23%", note="report: street sweeping 23%; 22% is all other violations"),
    F("seven", S, note="article: seven vacant officer positions"),
    F("46", S, note="report: 46 officer positions"),
    F("six", S, note="release / article: six more officers"),
    F("53", C, "52", note="article: with the six new ones, it would have 52"),
    F("$2.6 million", S, note="release: $2.6 million a year"),
    F("$1.4 million", S, note="release: $1.4 million for sidewalk, crosswalk and bike-lane repairs"),
    F("$0.8 million", S, note="release: $0.8 million for the Downtown Loop"),
    F("10", S, note="release: every 10 minutes"),
    F("$0.6 million", C, "$0.4 million", derived=True, note="release: $2.6 - $1.4 - $0.8 = $0.4 million, the amount for six officers"),
    F("six", S, note="release: six more officers"),
    F("$1 million", U, note="no source mentions the Alliance's request"),
    F("61", U, note="no source gives the Alliance's survey"),
    F("84", U, note="no source gives the Alliance's survey (84 is the number of hearing speakers)"),
    F("70", S, note="article: Harold Brinkman, 70"),
    F("1996", U, note="no source gives Brinkman's membership"),
    F("50", S, note="article: 'pay 50 cents more and park'"),
    F("50", S, note="release: may adjust core rates by up to 50 cents an hour"),
    F("22", U, note="no source mentions the Alliance's forum"),
    F("8", U, note="no source mentions the Alliance's forum"),
]

CASES = [
    ("fresh14-dev", "fresh-aa", AA_SOURCES, [
        ("wire.txt", AA1, AA1_FIGS, "wire story with a dateline"),
        ("qa.md", AA2, AA2_FIGS, "Q&A explainer: bold questions, answers with derived figures"),
        ("factcheck.md", AA3, AA3_FIGS, "fact-check: quoted claims with speakers, verdicts and the figures behind them"),
        ("bulletin.md", AA4, AA4_FIGS, "business association newsletter: bold lead-ins, bullets, a small table, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
