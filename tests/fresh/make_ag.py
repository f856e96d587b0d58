#!/usr/bin/env python3
"""Generate tests/fresh/fresh17-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AG (fresh17-dev): a regional farmers' cooperative's year and a new grain
                    elevator (Tamsen Valley Cooperative): the cooperative's
                    fiscal 2025 annual report excerpt (members, grain handled
                    by five crops with changes, shares, prices and value,
                    elevators and storage, shuttle trains, dairy members and
                    milk, sales, net savings, patronage refunds, equity,
                    staff, injuries), the cooperative's release on the
                    board's 8-1 vote for a $26.4 million shuttle elevator at
                    Pell Junction and a record patronage payout, and a
                    newspaper article on the annual meeting

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ag.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AG: Tamsen Valley Cooperative (fictional)
# ---------------------------------------------------------------------------

AG_REPORT = """Tamsen Valley Cooperative
2025 Annual Report to Members (excerpt)
Fiscal year September 1, 2024 to August 31, 2025

Membership

The cooperative had 1,842 voting members on August 31, 2025, down from 1,879 a year earlier. The average voting member is 58 years old, and 196 members are under 35. Members farm about 1.1 million acres in Pell, Orlin and Caddo counties.

Grain

Tamsen Valley handled 33.44 million bushels of grain, up 5.2% from 31.80 million, the second-largest volume in its history after the 34.9 million bushels of 2021.

Table 1. Grain handled by crop, fiscal 2025

| Crop | Bushels (thousands) | Change from 2024 (%) | Share of bushels (%) | Average price paid ($ per bushel) | Value ($ million) |
|---|---|---|---|---|---|
| Corn | 18,420 | +8.7 | 55.1 | 4.12 | 75.9 |
| Soybeans | 7,860 | -3.2 | 23.5 | 10.06 | 79.1 |
| Wheat | 5,310 | +11.1 | 15.9 | 5.48 | 29.1 |
| Barley | 1,240 | -10.8 | 3.7 | 4.65 | 5.8 |
| Oats | 610 | +8.9 | 1.8 | 3.31 | 2.0 |
| All grain | 33,440 | +5.2 | 100.0 | — | 191.9 |

Soybeans were again the most valuable crop, although corn made up more than half of the bushels. Barley fell for the third year in a row after two maltsters cut their contracts.

The cooperative's nine elevators hold 21.6 million bushels; the Orlin terminal, the largest, holds 6.8 million. Orlin loaded 38 shuttle trains of 110 cars, up from 31, and the average wait for a truck at harvest fell to 42 minutes from 58.

Dairy

The 64 member dairies shipped 412.5 million pounds of milk, up 3.4% from 398.9 million, although seven dairies left the business; there were 71 a year earlier. The average herd grew to 373 cows from 331. Members were paid an average of $19.84 per hundredweight, down from $20.31.

Finances

Sales were $486.2 million, down 5.2% from $512.7 million, mostly because of lower grain prices. Local net savings rose to $14.8 million from $12.1 million, helped by agronomy, where the cooperative applied fertilizer and crop protection on 214,000 acres, up from 188,000.

The board declared patronage refunds of $9.6 million, the largest in the cooperative's 87-year history, against $7.9 million a year earlier. Of the total, 40% will be paid in cash in December and 60% kept as member equity. The cooperative also retired $2.1 million of equity held since 2012. Members' equity stood at $118.4 million.

People and safety

Tamsen Valley employed 312 full-time staff and hired 140 seasonal workers for harvest. Recordable injuries fell to 9 from 14, and the Caddo elevator passed 1,000 days without a lost-time injury in June.
"""

AG_RELEASE = """FOR IMMEDIATE RELEASE
Tamsen Valley Cooperative, Orlin
Tuesday, November 18, 2025

Tamsen Valley board approves $26.4 million Pell Junction elevator, declares record $9.6 million patronage

The Tamsen Valley Cooperative board of directors voted 8-1 on Monday to build a $26.4 million shuttle-loading grain elevator at Pell Junction, on the Great Plains & Western Railway 22 miles west of Orlin.

The elevator will store 4.5 million bushels, receive 60,000 bushels an hour at harvest and load a 110-car shuttle train in under 15 hours. Construction will begin in April 2026 and take about 18 months, so the elevator should be ready for the fall 2027 harvest.

Table 1. Pell Junction elevator funding

| Source | Amount ($ million) | Share (%) |
|---|---|---|
| CoBank term loan (15 years) | 15.0 | 56.8 |
| Cooperative cash reserves | 6.4 | 24.2 |
| State Value-Added Agriculture grant | 2.5 | 9.5 |
| Pell County rail and road fund | 2.5 | 9.5 |
| Total | 26.4 | 100.0 |

The cooperative's 1957 elevator in the town of Pell, which holds 600,000 bushels and has no rail siding, will close when the new one opens. The project will add eight full-time jobs. Pell County will rebuild 4.2 miles of road to carry up to 220 trucks a day at harvest.

"Our members west of the river have waited 20 years for rail access," said board chair Ruth Ann Kessling. "This elevator will cut their freight costs by 15 to 20 cents a bushel."

Director Merle Haubrich voted against.

The board also declared patronage refunds of $9.6 million for fiscal 2025, a record. Of that, $3.84 million will be paid in cash, with checks mailed on Friday, December 12, and $5.76 million will be kept as equity in members' names. The average cash check will be about $2,085.

Members will vote on a bylaw amendment to reduce the board from nine directors to seven at the annual meeting on Thursday, December 4, at 10 a.m. at the Orlin Civic Center. Directors will also be elected for the Pell and Caddo districts.

Tamsen Valley, founded in 1938, handled 33.44 million bushels of grain and 412.5 million pounds of milk in fiscal 2025, with sales of $486.2 million.
"""

AG_ARTICLE = """Co-op members shrink board, oust Pell director; new elevator dominates meeting

By Hal Jessup, The Orlin Register
Friday, December 5, 2025

A crowd of 612 members filled the Orlin Civic Center on Thursday for Tamsen Valley Cooperative's annual meeting, the largest turnout since 2014.

Members approved a bylaw amendment cutting the board to seven directors from nine by 468 votes to 131, well above the two-thirds majority required. The change takes effect in 2027 as terms expire.

In the Pell district, Dana Vukovich, 41, who grows corn and soybeans on 1,600 acres, unseated director Gary Pohl, 66, by 318 votes to 274. In the Caddo district, director Lyle Amsden, 59, was re-elected without opposition.

The Pell Junction elevator drew most of the questions. Merle Haubrich, 71, the only director to vote against it, said the cooperative would take on $15 million in new debt "with corn at four dollars."

Chief executive Tom Brandvold, 54, who has led the cooperative since 2019, said the loan payments, about $1.5 million a year, would be covered by freight savings and new business. He expects the elevator to handle 9 million bushels a year by its third year.

Caleb Ostrander, 29, hauls corn 34 miles to Orlin. "Pell Junction is 9 miles from my bins," he said. "That's two more loads a day at harvest."

Board chair Ruth Ann Kessling, 63, who farms 2,400 acres near Pell, said the cooperative had studied a rail elevator three times since 2005. "Every time, the numbers came up short. This time they don't," she said.

Dairy farmer Anika Sorensen, 38, who milks 180 cows near Caddo, said the 47-cent drop in the milk price cost her family about $15,000 last year. "Grain gets the elevator. Dairy gets a smaller check," she said. Brandvold said the dairy division's patronage rate was unchanged.

Vukovich said the cooperative must recruit younger farmers. "We have 196 members under 35. That should be 400," she said.

Patronage checks will be mailed on December 12. Members 70 and older may also apply to have their retained equity paid out early; Brandvold said about 90 members did so last year.

Northfork Grain Cooperative, in Halvey County, opened a 4-million-bushel shuttle elevator in 2021 for $19.8 million.
"""

AG_SOURCES = [
    {"name": "tamsen-valley-annual-report-2025.txt", "text": AG_REPORT},
    {"name": "tamsen-valley-elevator-release.txt", "text": AG_RELEASE},
    {"name": "orlin-register-annual-meeting.txt", "text": AG_ARTICLE},
]

# --- AG1: wire story with a dateline -----------------------------------------------------
AG1 = """Tamsen Valley co-op to build $26.4 million rail elevator, pay record $9.6 million to members

ORLIN, Nov. 18 (Plains Farm Wire) — Tamsen Valley Cooperative will build a $26.4 million shuttle-loading grain elevator at Pell Junction after its board voted 8-1 on Monday, and it will return a record $9.6 million to its 1,879 members in patronage refunds.

The elevator, 22 miles west of the cooperative's Orlin headquarters, will store 4.5 million bushels and load a 110-car train in under 12 hours. Construction starts in April 2026 and should take about 18 months, in time for the fall 2026 harvest.

A 15-year CoBank loan of $15.0 million covers 56.8% of the cost, and the cooperative will spend $6.4 million of its own cash reserves, while a state grant and a county fund put in $2.5 million each. The loan and the reserves together, $21.4 million, cover more than four fifths of the bill.

The old elevator in Pell, built in 1967 with room for 600,000 bushels and no rail siding, will close. The new elevator is about seven and a half times as large. The project will add 12 full-time jobs, and Pell County will rebuild 4.2 miles of road for up to 200 trucks a day. The cooperative expects the elevator to draw grain from about 300 farms.

"Our members west of the river have waited 20 years for rail access," board chair Ruth Ann Kessling said, adding that the elevator would cut freight costs by 15 to 20 cents a bushel. Director Merle Haubrich, on the board since 2011, cast the lone vote against.

Of the patronage, $3.84 million will go out in cash, in checks mailed Dec. 12, and $5.76 million will stay in the cooperative as member equity. The average cash check will be about $2,805. The payout is 21.5% larger than last year's $7.9 million.

Members will vote on Dec. 4 on cutting the board from nine directors to seven.

In fiscal 2025, which ended Aug. 31, the cooperative handled 33.44 million bushels of grain, up 5.2%, and 412.5 million pounds of milk, up 4.3%.

Corn made up 55.1% of the bushels, at 18.42 million, but soybeans, at 7.86 million bushels, were worth more: $79.1 million against corn's $75.9 million. Wheat rose 11.1% and barley fell 10.8%, its fourth straight decline. The cooperative paid members an average of $4.21 a bushel for corn.

The Orlin terminal loaded 38 shuttle trains, seven more than the year before.

Tamsen Valley, founded in 1938, employs 312 full-time staff. It is the state's third-largest grain cooperative. Grain prices have fallen about 18% since 2022, according to the state agriculture department.
"""

AG1_FIGS = [
    F("$26.4 million", S, note="headline; release: a $26.4 million shuttle-loading grain elevator"),
    F("$9.6 million", S, note="headline; release: patronage refunds of $9.6 million, a record"),
    F("18", S, note="dateline Nov. 18: the release of Tuesday, November 18, 2025 reports the vote and the payout"),
    F("$26.4 million", S, note="release: a $26.4 million elevator"),
    F("8", S, note="release: voted 8-1"),
    F("1", S, note="release: voted 8-1"),
    F("$9.6 million", S, note="release: patronage refunds of $9.6 million"),
    F("1,879", C, "1,842", note="report: 1,842 voting members on August 31, 2025; 1,879 was a year earlier"),
    F("22", S, note="release: 22 miles west of Orlin"),
    F("4.5 million", S, note="release: will store 4.5 million bushels"),
    F("110", S, note="release: a 110-car shuttle train"),
    F("12", C, "15", note="release: load a 110-car shuttle train in under 15 hours"),
    F("2026", S, note="release: construction will begin in April 2026"),
    F("18", S, note="release: take about 18 months"),
    F("2026", C, "2027", note="release: ready for the fall 2027 harvest (April 2026 plus about 18 months)"),
    F("15", S, note="release table: CoBank term loan (15 years)"),
    F("$15.0 million", S, note="release table: CoBank term loan 15.0"),
    F("56.8%", S, note="release table: CoBank term loan 56.8%"),
    F("$6.4 million", S, note="release table: cooperative cash reserves 6.4"),
    F("$2.5 million", S, note="release table: state grant 2.5 and county fund 2.5"),
    F("$21.4 million", S, derived=True, note="release table: 15.0 + 6.4 = 21.4"),
    F("four fifths", S, derived=True, note="release table: 21.4 / 26.4 = 81.1% (56.8% + 24.2%), 'more than four fifths'"),
    F("1967", C, "1957", note="release: the cooperative's 1957 elevator in the town of Pell"),
    F("600,000", S, note="release: holds 600,000 bushels"),
    F("seven and a half times", S, derived=True, note="release: 4.5 million / 600,000 = 7.5"),
    F("12", C, "eight", note="release: the project will add eight full-time jobs"),
    F("4.2", S, note="release: rebuild 4.2 miles of road"),
    F("200", C, "220", note="release: up to 220 trucks a day at harvest"),
    F("300", U, note="no source gives the number of farms the elevator will draw from"),
    F("20", S, note="release: 'have waited 20 years for rail access'"),
    F("15", S, note="release: 'by 15 to 20 cents a bushel'"),
    F("20", S, note="release: 'by 15 to 20 cents a bushel'"),
    F("2011", U, note="no source says when Haubrich joined the board"),
    F("$3.84 million", S, note="release: $3.84 million will be paid in cash"),
    F("12", S, note="release: checks mailed on Friday, December 12"),
    F("$5.76 million", S, note="release: $5.76 million will be kept as equity"),
    F("$2,805", C, "$2,085", note="release: the average cash check will be about $2,085 (transposed digits)"),
    F("21.5%", S, derived=True, note="report: $9.6 million / $7.9 million = 1.215, 21.5% larger"),
    F("$7.9 million", S, note="report: against $7.9 million a year earlier"),
    F("4", S, note="release: the annual meeting on Thursday, December 4"),
    F("nine", S, note="release: from nine directors"),
    F("seven", S, note="release: to seven"),
    F("2025", S, note="report: fiscal 2025"),
    F("31", S, note="report: fiscal year to August 31, 2025"),
    F("33.44 million", S, note="report: 33.44 million bushels"),
    F("5.2%", S, note="report: up 5.2%"),
    F("412.5 million", S, note="report: 412.5 million pounds of milk"),
    F("4.3%", C, "3.4%", note="report: milk up 3.4% (transposed digits)"),
    F("55.1%", S, note="report table: corn 55.1% of bushels"),
    F("18.42 million", S, note="report table: corn 18,420 thousand bushels"),
    F("7.86 million", S, note="report table: soybeans 7,860 thousand bushels"),
    F("$79.1 million", S, note="report table: soybeans value 79.1"),
    F("$75.9 million", S, note="report table: corn value 75.9"),
    F("11.1%", S, note="report table: wheat +11.1"),
    F("10.8%", S, note="report table: barley -10.8"),
    F("fourth", C, "third", note="report: barley fell for the third year in a row"),
    F("$4.21", C, "$4.12", note="report table: corn average price paid 4.12 (transposed digits)"),
    F("38", S, note="report: Orlin loaded 38 shuttle trains"),
    F("seven", S, derived=True, note="report: 38 - 31 = 7"),
    F("1938", S, note="release: founded in 1938"),
    F("312", S, note="report: 312 full-time staff"),
    F("third-largest", U, note="no source ranks the cooperative in the state"),
    F("18%", U, note="no source gives a fall in grain prices since another year"),
    F("2022", U, note="a year inside a claim no source makes"),
]

# --- AG2: secretary's summary of the annual meeting (minutes style) ----------------------
AG2 = """# Tamsen Valley Cooperative: 2025 Annual Meeting, summary of proceedings

*Orlin Civic Center, Thursday, December 4, 2025. Prepared by the corporate secretary; subject to approval at next year's annual meeting.*

**Attendance.** 612 members registered, the most since 2004. A quorum, 10% of voting members or 184, was present.

**Call to order.** Board chair Ruth Ann Kessling called the meeting to order at 10:04 a.m.

**Chief executive's report.** Tom Brandvold, in his seventh year as chief executive, reported the fiscal 2025 results:

- Grain handled: 33.44 million bushels, up 5.2%, the second-largest volume on record after 2021.
- Corn: 18.42 million bushels, up 8.7%; soybeans: 7.86 million, down 2.3%.
- Sales: $486.2 million (2024: $521.7 million). Local net savings: $14.8 million, up 22%.
- Agronomy: 214,000 acres applied, up from 181,000.

**Patronage.** The board has declared a record $9.6 million. Checks for the 40% cash portion, $3.84 million, will be mailed December 12; the other 60% is retained as equity. Members 65 and older may apply to have retained equity paid early; about 90 did so last year.

**Pell Junction elevator.** Brandvold presented the project: $26.4 million, 4.5 million bushels of storage and a 110-car loadout, with construction from April 2026 and about 18 months of work. The $15.0 million CoBank loan would cost about $1.5 million a year over 20 years. He projected 9 million bushels a year through the elevator by its second year.

**Bylaw amendment.** Motion to reduce the board from nine directors to seven as terms expire, from 2027. Moved by Lyle Amsden and seconded. Ballot vote: 468 for, 131 against (78.1%, above the two-thirds required). Carried.

**Director elections.**

| District | Candidate | Votes |
|---|---|---|
| Pell | Dana Vukovich | 318 |
| Pell | Gary Pohl (incumbent) | 274 |
| Caddo | Lyle Amsden (incumbent) | unopposed |

Vukovich won by 54 votes of the 592 cast in the Pell race. Amsden begins his third term.

**Member questions.**

- Merle Haubrich, the only director who voted against the elevator, asked how $15 million of new debt would be repaid "with corn at four dollars."
- Caleb Ostrander said the elevator would cut his haul from 34 miles to 9, a saving of 25 miles each way.
- Dana Vukovich said 196 members are under 35, about 11% of the membership, and set a goal of 500.
- Asked about Northfork Grain's elevator, built in 2021 for $19.8 million with 4 million bushels of storage, Brandvold said Pell Junction would cost $6.6 million more for 500,000 more bushels.

**Adjournment.** The meeting adjourned at 1:15 p.m., after a lunch served by the Orlin FFA chapter; 540 meals were served.
"""

AG2_FIGS = [
    F("2025", S, note="heading: the annual meeting of December 4, 2025"),
    F("4", S, note="release / article: the annual meeting on Thursday, December 4"),
    F("2025", S, note="release: December 4 (2025)"),
    F("612", S, note="article: a crowd of 612 members"),
    F("2004", C, "2014", note="article: the largest turnout since 2014"),
    F("10%", U, note="no source gives the quorum rule"),
    F("184", U, note="worked out from a quorum rule no source gives"),
    F("10:04", U, note="no source gives the time the meeting was called to order (the release gives the 10 a.m. start)"),
    F("seventh", S, derived=True, note="article: chief executive since 2019; fiscal 2025 is his seventh year (2019 to 2025)"),
    F("2025", S, note="report: fiscal 2025"),
    F("33.44 million", S, note="report: 33.44 million bushels"),
    F("5.2%", S, note="report: up 5.2%"),
    F("second-largest", S, note="report: the second-largest volume in its history"),
    F("2021", S, note="report: after the 34.9 million bushels of 2021"),
    F("18.42 million", S, note="report table: corn 18,420 thousand bushels"),
    F("8.7%", S, note="report table: corn +8.7"),
    F("7.86 million", S, note="report table: soybeans 7,860 thousand bushels"),
    F("2.3%", C, "3.2%", note="report table: soybeans -3.2 (transposed digits)"),
    F("$486.2 million", S, note="report: sales $486.2 million"),
    F("2024", S, note="report: the year before fiscal 2025"),
    F("$521.7 million", C, "$512.7 million", note="report: down from $512.7 million (transposed digits)"),
    F("$14.8 million", S, note="report: local net savings $14.8 million"),
    F("22%", S, derived=True, note="report: $14.8 million / $12.1 million = 1.223, up 22%"),
    F("214,000", S, note="report: 214,000 acres"),
    F("181,000", C, "188,000", note="report: up from 188,000"),
    F("$9.6 million", S, note="report / release: patronage refunds of $9.6 million"),
    F("40%", S, note="report: 40% will be paid in cash"),
    F("$3.84 million", S, note="release: $3.84 million will be paid in cash"),
    F("12", S, note="release / article: checks mailed on December 12"),
    F("60%", S, note="report: 60% kept as member equity"),
    F("65", C, "70", note="article: members 70 and older may apply to have their retained equity paid out early"),
    F("90", S, note="article: about 90 members did so last year"),
    F("$26.4 million", S, note="release: a $26.4 million elevator"),
    F("4.5 million", S, note="release: will store 4.5 million bushels"),
    F("110", S, note="release: a 110-car shuttle train"),
    F("2026", S, note="release: construction will begin in April 2026"),
    F("18", S, note="release: take about 18 months"),
    F("$15.0 million", S, note="release table: CoBank term loan 15.0"),
    F("$1.5 million", S, note="article: loan payments about $1.5 million a year"),
    F("20", C, "15", note="release table: CoBank term loan (15 years)"),
    F("9 million", S, note="article: expects the elevator to handle 9 million bushels a year"),
    F("second", C, "third", note="article: 9 million bushels a year by its third year"),
    F("nine", S, note="release / article: from nine directors"),
    F("seven", S, note="release / article: to seven"),
    F("2027", S, note="article: the change takes effect in 2027 as terms expire"),
    F("468", S, note="article: by 468 votes"),
    F("131", S, note="article: to 131"),
    F("78.1%", S, derived=True, note="article: 468 / (468 + 131) = 78.1%"),
    F("two-thirds", S, note="article: the two-thirds majority required"),
    F("318", S, note="article: Vukovich 318 votes"),
    F("274", S, note="article: Pohl 274"),
    F("54", C, "44", derived=True, note="article: 318 - 274 = 44"),
    F("592", S, derived=True, note="article: 318 + 274 = 592"),
    F("third", U, note="no source says how many terms Amsden has served"),
    F("$15 million", S, note="article: '$15 million in new debt'"),
    F("four", S, note="article: 'with corn at four dollars'"),
    F("34", S, note="article: hauls corn 34 miles to Orlin"),
    F("9", S, note="article: 'Pell Junction is 9 miles from my bins'"),
    F("25", S, derived=True, note="article: 34 - 9 = 25 miles"),
    F("196", S, note="article / report: 196 members under 35"),
    F("35", S, note="article / report: under 35"),
    F("11%", S, derived=True, note="report: 196 / 1,842 = 10.6%, about 11%"),
    F("500", C, "400", note="article: 'We have 196 members under 35. That should be 400'"),
    F("2021", S, note="article: Northfork opened its elevator in 2021"),
    F("$19.8 million", S, note="article: for $19.8 million"),
    F("4 million", S, note="article: a 4-million-bushel shuttle elevator"),
    F("$6.6 million", S, derived=True, note="release / article: $26.4 million - $19.8 million = $6.6 million"),
    F("500,000", S, derived=True, note="release / article: 4.5 million - 4 million = 500,000 bushels"),
    F("1:15", U, note="no source gives when the meeting adjourned"),
    F("540", U, note="no source mentions a lunch count"),
]

# --- AG3: Q&A explainer --------------------------------------------------------------------
AG3 = """# Explainer: Tamsen Valley's new elevator and record payout

*By the Orlin Register business desk*

**What did the board decide?**

On Monday, November 17, the Tamsen Valley Cooperative board voted 7-2 to build a $26.4 million shuttle-loading elevator at Pell Junction. It will hold 4.5 million bushels.

**Who pays for it?**

A 15-year CoBank loan covers $15.0 million and the cooperative's cash reserves $6.4 million. A state grant and the Pell County rail and road fund add $2.5 million each, so outside money comes to $5 million, about a fifth of the cost.

**Why Pell Junction?**

It sits on the Great Plains & Western Railway, 22 miles west of Orlin. The cooperative's elevator in Pell, built in 1957, holds 600,000 bushels and has no rail siding. Board chair Ruth Ann Kessling says members west of the river have waited 25 years for rail access. She puts the freight saving at 15 to 20 cents a bushel; getting grain to the Gulf now costs about 90 cents, she said.

On the 9 million bushels a year that chief executive Tom Brandvold expects by the third year, that saving would come to $1.35 million to $1.8 million a year, about the size of the loan payments of roughly $1.5 million a year.

**When will it open?**

Construction starts in April 2026 and takes about 16 months, so the elevator should be ready for the fall 2027 harvest. The Pell elevator will close then, and Brandvold says the new elevator will need about 25 seasonal workers at harvest.

**What about the trucks?**

Pell County will rebuild 2.4 miles of road to carry up to 220 trucks a day at harvest, and trucks will enter from a new turn lane costing $400,000. The project adds eight full-time jobs to the cooperative's 312.

**How big is my patronage check?**

The board declared $9.6 million in patronage refunds, the most in the cooperative's 87-year history. Of that, 40% is paid in cash, $3.84 million, or about $2,085 for the average member. The other 60%, $5.76 million, stays in the cooperative as equity in your name. Checks go out December 15.

**Why is it bigger than last year?**

Local net savings rose to $14.8 million from $12.1 million, and refunds grew from $6.9 million to $9.6 million, a rise of 39%. Refunds took about two thirds of the savings.

**Was it a good year everywhere?**

No. Grain handled rose 5.2%, but sales fell 5.2%, to $486.2 million, on lower prices. The 71 member dairies were paid 47 cents less per hundredweight.

**Has anyone nearby done this?**

Northfork Grain Cooperative opened a 4-million-bushel shuttle elevator in Halvey County in 2019 for $19.8 million, about $4.95 a bushel of storage. Pell Junction works out to about $5.87 a bushel. Tamsen Valley expects bids from about six contractors.
"""

AG3_FIGS = [
    F("17", S, note="release of Tuesday, November 18: the board voted on Monday, November 17"),
    F("7", C, "8", note="release: voted 8-1"),
    F("2", C, "1", note="release: voted 8-1; Haubrich was the only director against"),
    F("$26.4 million", S, note="release: a $26.4 million elevator"),
    F("4.5 million", S, note="release: will store 4.5 million bushels"),
    F("15", S, note="release table: CoBank term loan (15 years)"),
    F("$15.0 million", S, note="release table: CoBank term loan 15.0"),
    F("$6.4 million", S, note="release table: cooperative cash reserves 6.4"),
    F("$2.5 million", S, note="release table: state grant 2.5 and county fund 2.5"),
    F("$5 million", S, derived=True, note="release table: 2.5 + 2.5 = 5.0"),
    F("a fifth", S, derived=True, note="release table: 5.0 / 26.4 = 18.9% (9.5% + 9.5%), 'about a fifth'"),
    F("22", S, note="release: 22 miles west of Orlin"),
    F("1957", S, note="release: the cooperative's 1957 elevator in the town of Pell"),
    F("600,000", S, note="release: holds 600,000 bushels"),
    F("25", C, "20", note="release: 'have waited 20 years for rail access'"),
    F("15", S, note="release: 'by 15 to 20 cents a bushel'"),
    F("20", S, note="release: 'by 15 to 20 cents a bushel'"),
    F("90", U, note="no source gives the cost of getting grain to the Gulf"),
    F("9 million", S, note="article: 9 million bushels a year by its third year"),
    F("third", S, note="article: by its third year"),
    F("$1.35 million", S, derived=True, note="release / article: 9 million bushels x 15 cents = $1.35 million"),
    F("$1.8 million", S, derived=True, note="release / article: 9 million bushels x 20 cents = $1.8 million"),
    F("$1.5 million", S, note="article: loan payments about $1.5 million a year"),
    F("2026", S, note="release: construction will begin in April 2026"),
    F("16", C, "18", note="release: take about 18 months"),
    F("2027", S, note="release: ready for the fall 2027 harvest"),
    F("25", U, note="no source gives the seasonal workers the new elevator will need"),
    F("2.4", C, "4.2", note="release: rebuild 4.2 miles of road (transposed digits)"),
    F("220", S, note="release: up to 220 trucks a day at harvest"),
    F("$400,000", U, note="no source mentions a turn lane"),
    F("eight", S, note="release: the project will add eight full-time jobs"),
    F("312", S, note="report: 312 full-time staff"),
    F("$9.6 million", S, note="release / report: patronage refunds of $9.6 million"),
    F("87", S, note="report: the largest in the cooperative's 87-year history"),
    F("40%", S, note="report: 40% will be paid in cash"),
    F("$3.84 million", S, note="release: $3.84 million will be paid in cash"),
    F("$2,085", S, note="release: the average cash check will be about $2,085"),
    F("60%", S, note="report: 60% kept as member equity"),
    F("$5.76 million", S, note="release: $5.76 million will be kept as equity"),
    F("15", C, "12", note="release / article: checks mailed on Friday, December 12"),
    F("$14.8 million", S, note="report: local net savings $14.8 million"),
    F("$12.1 million", S, note="report: from $12.1 million"),
    F("$6.9 million", C, "$7.9 million", note="report: against $7.9 million a year earlier"),
    F("$9.6 million", S, note="report: patronage refunds of $9.6 million"),
    F("39%", C, "21.5%", derived=True, note="report: $9.6 million / $7.9 million = 1.215, a rise of 21.5% (39% follows only from the draft's wrong $6.9 million)"),
    F("two thirds", S, derived=True, note="report: $9.6 million / $14.8 million = 64.9%, 'about two thirds'"),
    F("5.2%", S, note="report: grain up 5.2%"),
    F("5.2%", S, note="report: sales down 5.2%"),
    F("$486.2 million", S, note="report: sales $486.2 million"),
    F("71", C, "64", note="report: the 64 member dairies; there were 71 a year earlier"),
    F("47", S, note="article: the 47-cent drop in the milk price (report: $20.31 to $19.84 per hundredweight)"),
    F("4-million", S, note="article: a 4-million-bushel shuttle elevator (the number with its attached scale word)"),
    F("2019", C, "2021", note="article: Northfork opened its elevator in 2021"),
    F("$19.8 million", S, note="article: for $19.8 million"),
    F("$4.95", S, derived=True, note="article: $19.8 million / 4 million bushels = $4.95"),
    F("$5.87", S, derived=True, note="release: $26.4 million / 4.5 million bushels = $5.87"),
    F("six", U, note="no source mentions bids or contractors"),
]

# --- AG4: young farmers' newsletter, hard-wrapped, with a small table ----------------------
AG4 = """# Pell Prairie Young Farmers: December 2025 newsletter

**Vukovich wins.** Our own Dana Vukovich, 41, unseated Gary Pohl, 59, for
the Pell seat on the Tamsen Valley board on December 5, by 318 votes to 247,
or 56% of the Pell vote. She ran on recruiting younger members: the co-op has
196 members under 35, and she wants 400.

**Smaller board.** Members voted 468 to 131 to shrink the board from nine
directors to seven, more than three to one. It takes effect in 2028.

**Pell Junction is a go.** The board voted 8-1 on November 17 for the
$26.4 million elevator. Caleb Ostrander, 29, who hauls corn 34 miles to Orlin
now, will have 9 miles to go, about a third of the drive. Still, the numbers
matter to us:

| Item | Figure |
|---|---|
| Storage | 4.5 million bushels |
| CoBank loan | $15.0 million over 15 years |
| State grant | $3.5 million |
| Ready for | fall 2027 harvest |

**Our checks.** The record $9.6 million payout means $5.76 million in cash,
mailed December 12. But 60% stays with the co-op as equity, and at our age we
won't see most of it for 15 or 20 years. Members 70 and older can ask for
theirs early.

**Grain year.** Corn was 55.1% of the 33.44 million bushels handled, but
barley fell 18.0%, its third straight drop. Yet soybeans were again the most
valuable crop, at $79.1 million.

**Dairy.** Anika Sorensen, 38, milks 180 cows near Caddo, less than half the
average member herd of 373. The milk price fell to $19.84 from $20.13 per
hundredweight, and she says that cost her family about $15,000 last year.

**Northfork comparison.** Northfork Grain's 4-million-bushel elevator cost
$19.8 million in 2021. Ours costs a third more for an eighth more storage.

**Asks.**

- Winter meeting: January 15 at 7 p.m. at the Pell Legion hall. Dues are $25.
- We need 12 volunteers for the Orlin FFA toy drive.
"""

AG4_FIGS = [
    F("2025", S, note="heading December 2025: the article and the meeting are of December 2025"),
    F("41", S, note="article: Dana Vukovich, 41"),
    F("59", C, "66", note="article: Gary Pohl, 66; 59 is Lyle Amsden's age"),
    F("5", C, "4", note="article of Friday, December 5: the meeting was on Thursday (release: December 4); the 5th is the article's date"),
    F("318", S, note="article: by 318 votes"),
    F("247", C, "274", note="article: to 274 (transposed digits)"),
    F("56%", C, "54%", derived=True, note="article: 318 / (318 + 274) = 53.7%"),
    F("196", S, note="article / report: 196 members under 35"),
    F("35", S, note="article / report: under 35"),
    F("400", S, note="article: 'That should be 400'"),
    F("468", S, note="article: by 468 votes"),
    F("131", S, note="article: to 131"),
    F("nine", S, note="article: from nine"),
    F("seven", S, note="article: to seven directors"),
    F("three to one", S, derived=True, note="article: 468 / 131 = 3.6, 'more than three to one'"),
    F("2028", C, "2027", note="article: the change takes effect in 2027"),
    F("8", S, note="release: voted 8-1"),
    F("1", S, note="release: voted 8-1"),
    F("17", S, note="release of Tuesday, November 18: the vote was on Monday, November 17"),
    F("$26.4 million", S, note="release: a $26.4 million elevator"),
    F("29", S, note="article: Caleb Ostrander, 29"),
    F("34", S, note="article: hauls corn 34 miles to Orlin"),
    F("9", S, note="article: 'Pell Junction is 9 miles from my bins'"),
    F("a third", C, "a quarter", derived=True, note="article: 9 / 34 = 26.5%, about a quarter"),
    F("4.5 million", S, note="release: will store 4.5 million bushels"),
    F("$15.0 million", S, note="release table: CoBank term loan 15.0"),
    F("15", S, note="release table: CoBank term loan (15 years)"),
    F("$3.5 million", C, "$2.5 million", note="release table: state grant 2.5"),
    F("2027", S, note="release: ready for the fall 2027 harvest"),
    F("$9.6 million", S, note="release: patronage refunds of $9.6 million, a record"),
    F("$5.76 million", C, "$3.84 million", note="release: $3.84 million in cash; $5.76 million is the equity kept"),
    F("12", S, note="release: checks mailed on Friday, December 12"),
    F("60%", S, note="report: 60% kept as member equity"),
    F("15", U, note="no source says when retained equity is paid out"),
    F("20", U, note="no source says when retained equity is paid out"),
    F("70", S, note="article: members 70 and older may apply to have their retained equity paid out early"),
    F("55.1%", S, note="report table: corn 55.1% of bushels"),
    F("33.44 million", S, note="report: 33.44 million bushels"),
    F("18.0%", C, "10.8%", note="report table: barley -10.8"),
    F("third", S, note="report: barley fell for the third year in a row"),
    F("$79.1 million", S, note="report table: soybeans value 79.1"),
    F("38", S, note="article: Anika Sorensen, 38"),
    F("180", S, note="article: milks 180 cows"),
    F("half", S, derived=True, note="report / article: 180 / 373 = 48%, 'less than half'"),
    F("373", S, note="report: the average herd grew to 373 cows"),
    F("$19.84", S, note="report: $19.84 per hundredweight"),
    F("$20.13", C, "$20.31", note="report: down from $20.31"),
    F("$15,000", S, note="article: cost her family about $15,000 last year"),
    F("4-million", S, note="article: a 4-million-bushel shuttle elevator (the number with its attached scale word)"),
    F("$19.8 million", S, note="article: for $19.8 million"),
    F("2021", S, note="article: opened in 2021"),
    F("a third", S, derived=True, note="release / article: $26.4 million / $19.8 million = 1.33, a third more"),
    F("an eighth", S, derived=True, note="release / article: 4.5 million / 4 million = 1.125, an eighth more"),
    F("15", U, note="no source mentions the young farmers' meeting"),
    F("7", U, note="no source mentions the young farmers' meeting"),
    F("$25", U, note="no source mentions the group's dues"),
    F("12", U, note="no source mentions a toy drive"),
]

CASES = [
    ("fresh17-dev", "fresh-ag", AG_SOURCES, [
        ("wire.txt", AG1, AG1_FIGS, "wire story with a dateline, compound sentences holding two owners and a closing claim no source makes"),
        ("meeting-summary.md", AG2, AG2_FIGS, "secretary's summary of the annual meeting: bold item lead-ins, a report in bullets, a ballot tally, an election table, member questions, times"),
        ("explainer.md", AG3, AG3_FIGS, "Q&A explainer: bold questions, answers rich in derived figures (shares, ranges times volumes, per-bushel costs)"),
        ("newsletter.md", AG4, AG4_FIGS, "young farmers' newsletter: heading, bold lead-ins, hard-wrapped lines, a small Markdown table, pronouns, Still/But/Yet, asks"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
