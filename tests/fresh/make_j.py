#!/usr/bin/env python3
"""Generate tests/fresh/fresh5-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  J (fresh5-blind): a county library district (Bramwell County), its branches'
                    visits and loans, the county's proposed budget and a
                    newspaper article on a library levy vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_j.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic J: Bramwell County Library District, the county budget and a levy
# vote (fictional)
# ---------------------------------------------------------------------------

J_REPORT = """Bramwell County Library District
2025 Annual Report (excerpt)

From the Director

The Bramwell County Library District lent 1.8 million books, films, e-books and other items in 2025, up 3.7% from 1,735,000 in 2024 and the most in the district's 52-year history. Visits to our five branches rose 4.6% to 1,056,000, from 1,010,000, and we ended the year with 88,400 cardholders, up from 84,900, or about 42% of the county's 212,000 residents.

Table 1. Use by branch, 2025

| Branch | Visits | Loans | Change in loans from 2024 (%) | Share of loans (%) |
|---|---|---|---|---|
| Central Library | 486,000 | 612,000 | -2.4 | 34.0 |
| Elmore | 231,000 | 298,000 | +3.1 | 16.6 |
| Fenwick Hollow | 158,000 | 187,000 | +14.7 | 10.4 |
| Quarry Hill | 117,000 | 143,000 | -5.3 | 7.9 |
| Sadler's Cross | 64,000 | 96,000 | -11.9 | 5.3 |
| Digital (e-books, audiobooks, streaming) | — | 464,000 | +17.2 | 25.8 |
| Total | 1,056,000 | 1,800,000 | +3.7 | 100.0 |

Digital loans grew fastest for the fourth year running and now make up more than a quarter of all borrowing. Fenwick Hollow, which reopened in March 2024 after an $8.7 million renovation, had its first full year in the new building and passed Quarry Hill to become our third-busiest branch. Sadler's Cross lost the most ground after we cut its hours from 48 to 32 a week in January 2025 to close a budget gap.

Programs

We held 4,310 programs for 96,800 people. Summer reading sign-ups reached 7,450 children, up 21.7% from 6,120, and our 16 computer classes a month served 2,900 adults. The bookmobile, in service since 2008, made 1,140 stops.

Finances

Operating spending was $21.6 million. The district's property-tax levy provided $16.2 million, or 75% of revenue; the county's general fund $3.1 million; state aid $1.4 million; and grants, fees and other income $0.9 million. Spending per resident was about $102, below the state median of $118. We employed 214 people, or 168 full-time equivalents.

The levy

Our levy of $0.62 per $1,000 of assessed value, approved by voters in 2016 for 10 years, expires at the end of 2026. The board has asked voters to renew it on November 3, 2026, at $0.79 per $1,000. The renewed levy would raise about $20.6 million a year and let us restore Sadler's Cross to 48 hours a week, open Central Library on Sundays and replace the 18-year-old bookmobile.

Anneliese Okonkwo-Barr
Director
"""

J_RELEASE = """NEWS RELEASE
Office of the County Executive, Bramwell County
September 22, 2026

County Executive Szymański proposes $486.3 million budget for 2027

County Executive Rafael Szymański today sent the Board of Commissioners a proposed 2027 budget of $486.3 million, up 3.4% from the $470.3 million adopted for 2026. The plan holds the county's property-tax rate at $4.85 per $1,000 of assessed value for the fourth straight year and adds 38 positions, bringing the county workforce to 2,614.

"This budget keeps the promises we have made on roads and public safety without asking homeowners for more," Szymański said.

Spending by department

- Human services: $142.7 million, up 5.2%, the largest share of the budget at 29%.
- Sheriff's office: $98.4 million, up 4.1%, including 12 new deputies.
- Roads and bridges: $61.2 million, down 2.8%, after a bridge repair program ends in 2026.
- Parks and recreation: $18.9 million, up 1.6%.
- Library district: $2.4 million, down from $3.1 million.

The county's general-fund contribution to the Bramwell County Library District falls 22.6%, to $2.4 million, as the district's own property-tax levy is expected to grow. The budget assumes that voters renew the library levy on November 3 at the higher rate the district has requested. If the levy fails, the district would lose about $16.2 million a year starting in 2027, and the County Executive has said the county could not make up the difference.

Revenue

The general fund totals $312.5 million. Property taxes are expected to bring in $171.9 million, or 55% of general-fund revenue; sales taxes $74.4 million (23.8%); state and federal aid $41.3 million (13.2%); and fees, fines and other sources $24.9 million (8%).

The county's rainy-day reserve stands at $41.0 million, or 13.1% of the general fund, above the board's 10% minimum.

Capital projects

A separate $58.7 million capital budget is led by $21.5 million to replace the Millrace Road bridge over the Tamsin River, $14.2 million to resurface 62 miles of county roads and $6.8 million for a new animal shelter, due to open in 2028.

"We will go through this line by line, as we do every year," said Lorraine Whitfield-Abara, president of the Board of Commissioners.

Hearings and schedule

The Board of Commissioners will hold public hearings on November 12 and November 19 and is scheduled to adopt the budget on December 10. The 2027 fiscal year begins January 1.

The full proposal is available at county offices and at all five library branches.
"""

J_ARTICLE = """Voters renew library levy at a higher rate after a close race

By Halvard Nyström-Obi, The Bramwell Sentinel
November 5, 2026

Bramwell County voters on Tuesday renewed the library district's property-tax levy and raised its rate, approving the measure 41,286 to 33,912, or 54.9% to 45.1%, according to unofficial results.

The 10-year levy will rise from $0.62 to $0.79 per $1,000 of assessed value in January, a 27% increase, and is expected to raise about $20.6 million a year, up from $16.2 million. For the owner of a home assessed at $250,000, the library's share of the tax bill will go from $155 to $197.50 a year.

Turnout was 52.7% of the county's 142,600 registered voters, far below the 71% of the 2024 presidential election. Ten years ago, the current levy passed with 58.3% of the vote.

"People showed up for their libraries, even in a year when every other number on the ballot was going up," said Søren Adebayo, 47, who chaired the Yes for Libraries campaign. The campaign raised $186,000, about four times the $46,500 raised by opponents.

The opposition, led by the Bramwell Taxpayers' Alliance, argued that the district should live within its current rate. "Nobody is against libraries. We're against a 27% raise when families got 3%," said the group's chair, Gwendolyn Purcell, 68, a retired accountant.

The vote was closest in the eastern townships, where the levy failed in 6 of 11 precincts around Sadler's Cross, the branch whose hours were cut from 48 to 32 a week last year. It passed in all 23 precincts in the city of Bramwell and in 41 of the county's 58 precincts overall.

Library director Anneliese Okonkwo-Barr, 56, said the district would restore Sadler's Cross to 48 hours a week by March, open Central Library on Sundays from April and order a new bookmobile, at about $410,000, to replace the one in service since 2008. The district also plans to hire 19 staff.

The result settles a question for the county, too. County Executive Rafael Szymański's proposed 2027 budget, released in September, cuts the county's own contribution to the library from $3.1 million to $2.4 million on the assumption that the levy would pass. Commissioner Ruth Kaminski, 61, who opposes that cut, said she would ask the board to restore it at the hearing on November 12. "We shouldn't be taking $700,000 from the libraries the week after voters said they wanted more library," she said.

Théo Marchand, 29, who brought his two children to story time at the Elmore branch on Wednesday, said he voted yes. "It's the only place in town where nobody asks you to buy anything," he said.

The results will be certified on November 20.
"""

J_SOURCES = [
    {"name": "bramwell-library-annual-report-2025.txt", "text": J_REPORT},
    {"name": "county-executive-budget-release.txt", "text": J_RELEASE},
    {"name": "bramwell-sentinel-article.txt", "text": J_ARTICLE},
]

# --- J1: wire story ---------------------------------------------------------
J1 = """Bramwell County voters back a bigger library levy, 54.9% to 45.1%

BRAMWELL (Metro Wire) — Voters in Bramwell County renewed the library district's property-tax levy on Tuesday and raised its rate by 27%, the first increase since 1998, approving the measure 41,286 to 33,912 in unofficial results, a margin of 7,374 votes.

The 10-year levy rises from $0.62 to $0.79 per $1,000 of assessed value in January and is expected to raise about $20.6 million a year, up from $16.2 million, or roughly $4.4 million more. The owner of a home assessed at $250,000 will pay $197.50 a year for the library, up from $155, an increase of $52.50.

Turnout was 57.2% of the county's 142,600 registered voters, the lowest for a November election since 2011. Support was weaker than in 2014, when the current levy passed with 58.3%.

The district lent 1.8 million items in 2025, up 3.7% and the most in its 52-year history, and counted 1,010,000 visits to its six branches. Digital loans, up 14.7%, made up 25.8% of borrowing, and e-books alone topped 300,000. Central Library, built in 1974, remains the busiest branch, with 612,000 loans, or 34% of the total, though its loans fell 5.3%. Fenwick Hollow, reopened in March 2024 after an $8.7 million renovation, now ranks second.

The levy supplies 85% of the district's $21.6 million budget, and its spending of about $102 a resident trails the state median of $118. The district employs 168 people and holds 640,000 items.

Director Anneliese Okonkwo-Barr, 56, who has led the district since 2019, said it would restore Sadler's Cross to 48 hours a week by March, open Central on Sundays from April, hire 24 staff and buy a $410,000 bookmobile to replace its 2008 model. Sadler's Cross, which serves about 18,000 residents and where hours were cut to 32 a week in January 2025, lost 11.9% of its loans, and the levy failed in 7 of the 11 eastern-township precincts around it. It carried all 23 precincts in the city of Bramwell and 41 of 58 overall, or about 71%.

The Yes for Libraries campaign, chaired by Søren Adebayo, 47, and staffed by 1,100 volunteers, raised $186,000, about four times the opponents' $46,500. "Nobody is against libraries," said Gwendolyn Purcell, 61, who chairs the Bramwell Taxpayers' Alliance, which plans a repeal drive in 2028. "We're against a 27% raise when families got 3%."

The result also shapes the county budget. County Executive Rafael Szymański's proposed $486.3 million budget for 2027, up 4.3%, cuts the county's library contribution to $2.4 million from $3.1 million, a cut of about 30% that commissioners will debate at hearings on November 12 and 26. Commissioner Ruth Kaminski, 61, on the board since 2015, wants the $700,000 restored. The budget, which adds 38 positions, is due for adoption on December 10.
"""

J1_FIGS = [
    F("54.9%", S, note="headline; article: 54.9% to 45.1%"),
    F("45.1%", S, note="headline; article"),
    F("27%", S, note="article: a 27% increase in the rate"),
    F("first", U, note="no source gives the levy's earlier rates or increases"),
    F("1998", U, note="no source gives the levy's earlier rates or increases"),
    F("41,286", S, note="article"),
    F("33,912", S, note="article"),
    F("7,374", S, derived=True, note="article: 41,286 - 33,912 = 7,374"),
    F("10", S, note="article: the 10-year levy"),
    F("$0.62", S, note="article / report; the rate's denominator 'per $1,000' is not labelled"),
    F("$0.79", S, note="article / report"),
    F("$20.6 million", S, note="article / report"),
    F("$16.2 million", S, note="article"),
    F("$4.4 million", S, derived=True, note="article: 20.6 - 16.2 = 4.4"),
    F("$250,000", S, note="article"),
    F("$197.50", S, note="article"),
    F("$155", S, note="article"),
    F("$52.50", C, "$42.50", derived=True, note="article: 197.50 - 155 = 42.50"),
    F("57.2%", C, "52.7%", note="article: turnout was 52.7% (transposed digits)"),
    F("142,600", S, note="article"),
    F("2011", U, note="no source compares turnout with earlier November elections (only 2024's 71%)"),
    F("2014", C, "2016", note="report: approved by voters in 2016; article: ten years ago"),
    F("58.3%", S, note="article"),
    F("1.8 million", S, note="report"),
    F("2025", S, note="report"),
    F("3.7%", S, note="report"),
    F("52", S, note="report: the district's 52-year history"),
    F("1,010,000", C, "1,056,000", note="report: 1,056,000 visits in 2025; 1,010,000 was 2024's"),
    F("six", C, "five", note="report: five branches"),
    F("14.7%", C, "17.2%", note="report table: digital +17.2; +14.7 is Fenwick Hollow's"),
    F("25.8%", S, note="report table: digital share 25.8"),
    F("300,000", U, note="no source splits digital loans by format"),
    F("1974", U, note="no source says when Central Library was built"),
    F("612,000", S, note="report table"),
    F("34%", S, note="report table: Central share 34.0"),
    F("5.3%", C, "2.4%", note="report table: Central -2.4; -5.3 is Quarry Hill's"),
    F("2024", S, note="report: reopened in March 2024"),
    F("$8.7 million", S, note="report"),
    F("second", C, "third", note="report: Fenwick Hollow became the third-busiest branch"),
    F("85%", C, "75%", note="report: the levy provided 75% of revenue"),
    F("$21.6 million", S, note="report: operating spending"),
    F("$102", S, note="report"),
    F("$118", S, note="report"),
    F("168", C, "214", note="report: 214 people; 168 is the number of full-time equivalents"),
    F("640,000", U, note="no source gives the size of the collection"),
    F("56", S, note="article: Anneliese Okonkwo-Barr, 56"),
    F("2019", U, note="no source says when the director took office"),
    F("48", S, note="article: restore Sadler's Cross to 48 hours a week"),
    F("24", C, "19", note="article: the district plans to hire 19 staff"),
    F("$410,000", S, note="article"),
    F("2008", S, note="report / article: bookmobile in service since 2008"),
    F("18,000", U, note="no source gives the population Sadler's Cross serves"),
    F("32", S, note="report: hours cut from 48 to 32 a week"),
    F("2025", S, note="report: in January 2025"),
    F("11.9%", S, note="report table: Sadler's Cross -11.9"),
    F("7", C, "6", note="article: the levy failed in 6 of 11 precincts around Sadler's Cross"),
    F("11", S, note="article"),
    F("23", S, note="article: all 23 precincts in the city"),
    F("41", S, note="article: 41 of the county's 58 precincts"),
    F("58", S, note="article"),
    F("71%", S, derived=True, note="article: 41 / 58 = 70.7%"),
    F("47", S, note="article: Søren Adebayo, 47"),
    F("1,100", U, note="no source gives the campaign's volunteers"),
    F("$186,000", S, note="article"),
    F("four times", S, note="article: about four times the $46,500 raised by opponents"),
    F("$46,500", S, note="article"),
    F("61", C, "68", note="article: Gwendolyn Purcell, 68; 61 is Ruth Kaminski's age"),
    F("2028", U, note="no source mentions a repeal drive"),
    F("27%", S, note="article: Purcell's quote"),
    F("3%", S, note="article: Purcell's quote"),
    F("$486.3 million", S, note="release"),
    F("2027", S, note="release"),
    F("4.3%", C, "3.4%", note="release: up 3.4% (transposed digits)"),
    F("$2.4 million", S, note="release / article"),
    F("$3.1 million", S, note="release / article"),
    F("30%", C, "22.6%", note="release: the contribution falls 22.6%"),
    F("12", S, note="release: hearings on November 12 and November 19"),
    F("26", C, "19", note="release: the second hearing is on November 19"),
    F("61", S, note="article: Commissioner Ruth Kaminski, 61"),
    F("2015", U, note="no source says when Kaminski joined the board"),
    F("$700,000", S, note="article: Kaminski's quote (3.1 - 2.4 = 0.7)"),
    F("38", S, note="release: adds 38 positions"),
    F("10", S, note="release: adoption scheduled on December 10"),
]

# --- J2: LLM-style summary, hard-wrapped near 80 columns ---------------------
J2 = """## Summary: Bramwell County Library District, 2025 use and the 2026 levy vote

The Bramwell County Library District lent 1.8 million items in 2025, up 4.6%
from 1,735,000, and its five branches drew 1,056,000 visits, up 3.7% from
1,010,000. It ended the year with 88,400 cardholders, about 42% of the county's
212,000 residents, a third of them children, or about 20 loans per cardholder.

Central Library lent 612,000 items and Elmore 298,000, the former down 3.1% and
the latter up 2.4%, together about half of all loans, though by visits Central
drew 231,000 and Elmore 486,000. Fenwick Hollow, reopened in March 2023 after an
$8.7 million renovation, 40% of it state-funded, rose 14.7% to 187,000 loans,
is now open 60 hours a week and passed Quarry Hill, which fell 5.3% to 134,000.
Sadler's Cross, serving 18,000 residents, lent 96,000 items, down 11.9%, after
its hours were cut from 48 to 32 a week, a cut of a third, while digital loans
grew 17.2% to 464,000, 290,000 of them e-books, in their fifth year as the
fastest-growing format. Summer reading sign-ups rose 21.7% to 7,450, or 1,330
more, the most since 2012, and the bookmobile made 1,410 stops.

The district spent $21.6 million, about $102 a resident against a state median
of $118; the levy provided $16.2 million, or 75%, the county's general fund
$3.1 million and state aid $0.9 million, the latter less than half the former.
It employs 214 people, or 186 full-time equivalents, and holds 610,000 items.

On November 3, 2026, voters renewed the 10-year levy 41,286 to 33,912, a margin
of 7,374, on a turnout of 52.7% of 142,600 registered voters, against 71% in
the 2020 presidential election and 48% in the 2022 midterms; the levy had
passed in 2016 with 58.3%, 3.4 points more than this time. The rate rises from
$0.62 to $0.79 per $1,000 of assessed value, lifting levy revenue from
$16.2 million to about $20.6 million, 36% more, and the bill on a $250,000 home
from $155 to $197.50.

The Yes for Libraries campaign, chaired by Søren Adebayo, 56, raised $186,000
with 900 volunteers and the Bramwell Taxpayers' Alliance $46,500, the former
nearly three times the latter; the Alliance's chair, Gwendolyn Purcell, 68,
whose group has 2,400 members, called it a 27% raise when families got 3%. The
levy failed in 6 of 11 eastern-township precincts, where turnout was 44%, but
carried all 23 in the city and 41 of 58 countywide, losing 17.

County Executive Rafael Szymański's proposed 2027 budget of $486.3 million, up
3.4% or $16.0 million, holds the property-tax rate for a fifth straight year and
cuts the library contribution 22.6% to $2.4 million, a loss of $700,000 that
Commissioner Ruth Kaminski, 61, wants restored at the November 19 hearing.
The sheriff's office gets $98.4 million, about a fifth of the budget, with 14 of
the 38 new positions going to deputies, and roads fall 8.2% to $61.2 million.
"""

J2_FIGS = [
    F("2025", S, note="heading; report: 2025"),
    F("2026", S, note="heading; article: the November 3, 2026 vote"),
    F("1.8 million", S, note="report"),
    F("2025", S, note="report"),
    F("4.6%", C, "3.7%", note="report: loans up 3.7%; 4.6% is the rise in visits (swapped pair)"),
    F("1,735,000", S, note="report"),
    F("five", S, note="report: five branches"),
    F("1,056,000", S, note="report"),
    F("3.7%", C, "4.6%", note="report: visits up 4.6%; 3.7% is the rise in loans (swapped pair)"),
    F("1,010,000", S, note="report"),
    F("88,400", S, note="report"),
    F("42%", S, note="report: about 42% of the county's residents"),
    F("212,000", S, note="report"),
    F("a third", U, note="no source gives the share of children among residents"),
    F("20", S, derived=True, note="report: 1,800,000 / 88,400 = 20.4 loans per cardholder"),
    F("612,000", S, note="report table: Central"),
    F("298,000", S, note="report table: Elmore"),
    F("3.1%", C, "2.4%", note="report table: Central -2.4 ('the former'); swapped pair"),
    F("2.4%", C, "3.1%", note="report table: Elmore +3.1 ('the latter'); swapped pair"),
    F("half", S, derived=True, note="report table: (612 + 298) / 1,800 = 50.6% (34.0 + 16.6)"),
    F("231,000", C, "486,000", note="report table: Central 486,000 visits; swapped pair"),
    F("486,000", C, "231,000", note="report table: Elmore 231,000 visits; swapped pair"),
    F("2023", C, "2024", note="report: Fenwick Hollow reopened in March 2024"),
    F("$8.7 million", S, note="report"),
    F("40%", U, note="no source says how the renovation was paid for"),
    F("14.7%", S, note="report table: Fenwick Hollow +14.7"),
    F("187,000", S, note="report table"),
    F("60", U, note="no source gives Fenwick Hollow's opening hours"),
    F("5.3%", S, note="report table: Quarry Hill -5.3"),
    F("134,000", C, "143,000", note="report table: Quarry Hill 143,000 (transposed digits)"),
    F("18,000", U, note="no source gives the population Sadler's Cross serves"),
    F("96,000", S, note="report table: Sadler's Cross"),
    F("11.9%", S, note="report table: Sadler's Cross -11.9"),
    F("48", S, note="report"),
    F("32", S, note="report"),
    F("a third", S, derived=True, note="report: (48 - 32) / 48 = 33%"),
    F("17.2%", S, note="report table: digital +17.2"),
    F("464,000", S, note="report table: digital"),
    F("290,000", U, note="no source splits digital loans by format"),
    F("fifth", C, "fourth", note="report: digital loans grew fastest for the fourth year running"),
    F("21.7%", S, note="report"),
    F("7,450", S, note="report"),
    F("1,330", S, derived=True, note="report: 7,450 - 6,120 = 1,330"),
    F("2012", U, note="no source compares sign-ups with earlier years beyond 2024"),
    F("1,410", C, "1,140", note="report: the bookmobile made 1,140 stops (transposed digits)"),
    F("$21.6 million", S, note="report"),
    F("$102", S, note="report"),
    F("$118", S, note="report"),
    F("$16.2 million", S, note="report"),
    F("75%", S, note="report"),
    F("$3.1 million", S, note="report: county general fund"),
    F("$0.9 million", C, "$1.4 million", note="report: state aid $1.4 million; $0.9 million is grants, fees and other income"),
    F("half", S, derived=True, note="report: state aid 1.4 / county 3.1 = 45%, less than half (right by the sources, though the draft misstates state aid)"),
    F("214", S, note="report"),
    F("186", C, "168", note="report: 168 full-time equivalents (transposed digits)"),
    F("610,000", U, note="no source gives the size of the collection"),
    F("3", S, note="article / report: November 3, 2026"),
    F("2026", S, note="article / report"),
    F("10", S, note="article: the 10-year levy"),
    F("41,286", S, note="article"),
    F("33,912", S, note="article"),
    F("7,374", S, derived=True, note="article: 41,286 - 33,912 = 7,374"),
    F("52.7%", S, note="article"),
    F("142,600", S, note="article"),
    F("71%", S, note="article: 71% of the 2024 presidential election"),
    F("2020", C, "2024", note="article: the 2024 presidential election"),
    F("48%", U, note="no source gives midterm turnout"),
    F("2022", U, note="no source mentions the 2022 midterms"),
    F("2016", S, note="report: approved by voters in 2016"),
    F("58.3%", S, note="article"),
    F("3.4", S, derived=True, note="article: 58.3 - 54.9 = 3.4 points"),
    F("$0.62", S, note="article / report; 'per $1,000' is a rate's denominator, not labelled"),
    F("$0.79", S, note="article / report"),
    F("$16.2 million", S, note="article"),
    F("$20.6 million", S, note="article / report"),
    F("36%", C, "27%", derived=True, note="article: 20.6 / 16.2 = 1.27, 27% more"),
    F("$250,000", S, note="article"),
    F("$155", S, note="article"),
    F("$197.50", S, note="article"),
    F("56", C, "47", note="article: Søren Adebayo, 47; 56 is the director's age"),
    F("$186,000", S, note="article"),
    F("900", U, note="no source gives the campaign's volunteers"),
    F("$46,500", S, note="article"),
    F("three times", C, "four times", derived=True, note="article: about four times (186,000 / 46,500 = 4.0)"),
    F("68", S, note="article: Gwendolyn Purcell, 68"),
    F("2,400", U, note="no source gives the Alliance's membership"),
    F("27%", S, note="article: Purcell's quote"),
    F("3%", S, note="article: Purcell's quote"),
    F("6", S, note="article"),
    F("11", S, note="article"),
    F("44%", U, note="no source gives turnout by precinct"),
    F("23", S, note="article"),
    F("41", S, note="article"),
    F("58", S, note="article"),
    F("17", S, derived=True, note="article: 58 - 41 = 17 precincts"),
    F("2027", S, note="release"),
    F("$486.3 million", S, note="release"),
    F("3.4%", S, note="release"),
    F("$16.0 million", S, derived=True, note="release: 486.3 - 470.3 = 16.0"),
    F("fifth", C, "fourth", note="release: holds the rate for the fourth straight year"),
    F("22.6%", S, note="release"),
    F("$2.4 million", S, note="release"),
    F("$700,000", S, note="article: Kaminski's quote (3.1 - 2.4 = 0.7)"),
    F("61", S, note="article: Ruth Kaminski, 61"),
    F("19", C, "12", note="article: Kaminski will ask at the hearing on November 12 (19 is the second hearing)"),
    F("$98.4 million", S, note="release"),
    F("a fifth", S, derived=True, note="release: 98.4 / 486.3 = 20.2%"),
    F("14", C, "12", note="release: 12 new deputies"),
    F("38", S, note="release"),
    F("8.2%", C, "2.8%", note="release: roads down 2.8% (transposed digits)"),
    F("$61.2 million", S, note="release"),
]

# --- J3: supporters' newsletter briefing with a Markdown table -----------------
J3 = """# The Stacks: what the levy vote means for your branch

*Friends of the Bramwell County Libraries, November 2026*

**The result.** The levy passed, 41,286 to 33,912. That is 54.9% yes, a smaller majority than the 58.3% of 2016. Yet it was enough to raise the rate from $0.62 to $0.79 per $1,000 of assessed value starting in January. Turnout was 52.7% of the county's 142,600 voters, far below the 77% of 2024; the levy won all 23 city precincts and lost 7 of 11 out east.

**What it costs you.** On a home assessed at $250,000, the library's share of the bill goes from $155 to $197.50, about $3.54 a month more. Levy revenue rises to about $20.6 million a year, up from $16.2 million, or $5.4 million more. Still, Gwendolyn Purcell, the Taxpayers' Alliance's 61-year-old chair, says her group will try to repeal the increase in 2028.

**Where the money goes.**

- Sadler's Cross goes back to 48 hours a week by March, up from 36.
- Central Library opens on Sundays from April, 1 to 5 p.m., for the first time since 2009.
- A new bookmobile, about $410,000, replaces the 2008 van, which made 1,140 stops last year.
- The district will hire 19 staff, bringing it to 233. A third of them will be children's librarians.
- Elmore, the second-busiest branch, gets Sunday hours in 2027.

**Your branch in 2025.**

| Branch | Visits | Loans | Change in loans | Share of loans |
|---|---|---|---|---|
| Central | 486,000 | 612,000 | -2.4% | 43.0% |
| Elmore | 213,000 | 298,000 | +3.1% | 16.6% |
| Fenwick Hollow | 158,000 | 187,000 | +17.2% | 10.4% |
| Quarry Hill | 117,000 | 143,000 | -3.5% | 7.9% |
| Sadler's Cross | 64,000 | 69,000 | -11.9% | 5.3% |

**The digital shift.** E-books, audiobooks and streaming accounted for 464,000 loans, up 17.2%, more than a quarter of the 1.8 million total. But visits still rose 6.4%, to 1,056,000.

**The people.** Søren Adebayo, 47, ran the yes campaign on $186,000, about four times the $46,500 the Alliance raised. Director Anneliese Okonkwo-Barr, 61, says hiring starts in January.

**The county piece.** The county's proposed 2027 budget cuts its library contribution from $3.1 million to $2.4 million, or 22.6%. Commissioner Ruth Kaminski wants it restored at the November 12 hearing; the board adopts the budget December 17.

**Kids.** Summer reading sign-ups hit 7,540, up from 6,120.

**Friends' news.** Our book sale raised $38,000, the most since 2015, and our 1,200 members vote on new dues of $25 on December 2.
"""

J3_FIGS = [
    F("2026", S, note="dateline November 2026; the article is dated November 5, 2026"),
    F("41,286", S, note="article"),
    F("33,912", S, note="article"),
    F("54.9%", S, note="article"),
    F("58.3%", S, note="article: ten years ago the levy passed with 58.3%"),
    F("2016", S, note="report: approved by voters in 2016"),
    F("$0.62", S, note="article / report; 'per $1,000' is a rate's denominator, not labelled"),
    F("$0.79", S, note="article / report"),
    F("52.7%", S, note="article"),
    F("142,600", S, note="article: registered voters"),
    F("77%", C, "71%", note="article: 71% in the 2024 presidential election"),
    F("2024", S, note="article: the 2024 presidential election"),
    F("23", S, note="article: all 23 precincts in the city"),
    F("7", C, "6", note="article: the levy failed in 6 of 11 eastern precincts"),
    F("11", S, note="article"),
    F("$250,000", S, note="article"),
    F("$155", S, note="article"),
    F("$197.50", S, note="article"),
    F("$3.54", S, derived=True, note="article: (197.50 - 155) / 12 = 3.54 a month"),
    F("$20.6 million", S, note="article / report"),
    F("$16.2 million", S, note="article"),
    F("$5.4 million", C, "$4.4 million", derived=True, note="article: 20.6 - 16.2 = 4.4"),
    F("61", C, "68", note="article: Gwendolyn Purcell, 68; 61 is Ruth Kaminski's age"),
    F("2028", U, note="no source mentions a repeal effort"),
    F("48", S, note="article / report: restore Sadler's Cross to 48 hours a week"),
    F("36", C, "32", note="report / article: hours were cut from 48 to 32 a week"),
    F("1", U, note="no source gives Sunday hours"),
    F("5", U, note="no source gives Sunday hours"),
    F("first", U, note="no source says whether Central opened on Sundays before"),
    F("2009", U, note="no source says whether Central opened on Sundays before"),
    F("$410,000", S, note="article"),
    F("2008", S, note="report / article"),
    F("1,140", S, note="report: the bookmobile made 1,140 stops"),
    F("19", S, note="article: plans to hire 19 staff"),
    F("233", S, derived=True, note="report / article: 214 + 19 = 233"),
    F("A third", U, note="no source says what the new staff will do"),
    F("second-busiest", S, derived=True, note="report table: Elmore is second by visits (231,000) and loans (298,000)"),
    F("2027", U, note="no source mentions Sunday hours at Elmore"),
    F("2025", S, note="report: 2025"),
    F("486,000", S, note="report table: Central visits"),
    F("612,000", S, note="report table"),
    F("2.4%", S, note="report table: Central -2.4 (sign outside the span)"),
    F("43.0%", C, "34.0%", note="report table: Central share 34.0 (transposed digits)"),
    F("213,000", C, "231,000", note="report table: Elmore 231,000 visits (transposed digits)"),
    F("298,000", S, note="report table"),
    F("3.1%", S, note="report table: Elmore +3.1"),
    F("16.6%", S, note="report table"),
    F("158,000", S, note="report table: Fenwick Hollow visits"),
    F("187,000", S, note="report table"),
    F("17.2%", C, "14.7%", note="report table: Fenwick Hollow +14.7; +17.2 is digital's"),
    F("10.4%", S, note="report table"),
    F("117,000", S, note="report table: Quarry Hill visits"),
    F("143,000", S, note="report table"),
    F("3.5%", C, "5.3%", note="report table: Quarry Hill -5.3 (transposed digits)"),
    F("7.9%", S, note="report table"),
    F("64,000", S, note="report table: Sadler's Cross visits"),
    F("69,000", C, "96,000", note="report table: Sadler's Cross 96,000 loans (transposed digits)"),
    F("11.9%", S, note="report table: Sadler's Cross -11.9"),
    F("5.3%", S, note="report table: Sadler's Cross share 5.3"),
    F("464,000", S, note="report table: digital"),
    F("17.2%", S, note="report table: digital +17.2"),
    F("a quarter", S, note="report: more than a quarter of all borrowing (25.8%)"),
    F("1.8 million", S, note="report"),
    F("6.4%", C, "4.6%", note="report: visits rose 4.6% (transposed digits)"),
    F("1,056,000", S, note="report"),
    F("47", S, note="article: Søren Adebayo, 47"),
    F("$186,000", S, note="article"),
    F("four times", S, note="article: about four times"),
    F("$46,500", S, note="article"),
    F("61", C, "56", note="article: Anneliese Okonkwo-Barr, 56; 61 is Ruth Kaminski's age"),
    F("2027", S, note="release"),
    F("$3.1 million", S, note="release / article"),
    F("$2.4 million", S, note="release / article"),
    F("22.6%", S, note="release"),
    F("12", S, note="article: the hearing on November 12"),
    F("17", C, "10", note="release: adoption scheduled on December 10"),
    F("7,540", C, "7,450", note="report: 7,450 children (transposed digits)"),
    F("6,120", S, note="report"),
    F("$38,000", U, note="no source mentions a book sale"),
    F("2015", U, note="no source mentions a book sale"),
    F("1,200", U, note="no source gives the Friends' membership"),
    F("$25", U, note="no source mentions dues"),
    F("2", U, note="no source mentions a vote on dues"),
]

# --- J4: public-comment transcript, plain text, spoken numbers ----------------
J4 = """BRAMWELL COUNTY BOARD OF COMMISSIONERS
Public hearing on the proposed 2027 budget, November 12, 2026
Public comment on the library line, transcribed from the county's video

PRESIDENT LORRAINE WHITFIELD-ABARA: We're on the library district's line. We've had two hundred emails on it, so speakers get two minutes.

SØREN ADEBAYO: Søren Adebayo, I'm forty-seven, I chaired Yes for Libraries. Nine days ago, forty-one thousand two hundred and eighty-six people voted to pay more for their libraries. That's almost fifty-five percent, on a turnout of fifty-seven percent, and we knocked on sixty thousand doors to get there. The executive's budget takes seven hundred thousand dollars back out, from three point one million down to two point four. That's a cut of more than a quarter, the week after the vote.

GWENDOLYN PURCELL: Gwendolyn Purcell, Taxpayers' Alliance, sixty-eight years old. We lost by about six thousand votes, fair and square, but thirty-three thousand nine hundred people voted no, more than two in five. Twelve years ago this levy passed with fifty-eight percent. The library's getting twenty point six million a year now, more than four million more than before, and my own tax bill went up nine percent this year. The county's whole budget goes up three point four percent, about sixteen million dollars. Give the library not a nickel more.

THÉO MARCHAND: Théo Marchand, I'm twenty-nine, I've got two kids, my oldest is eight, and we're at the Elmore branch twice a week. Elmore lent nearly three hundred thousand items last year, second only to Central. Don't make families choose between story time and a new bookmobile.

WILHELMINA OSEI-KRAUS: Wilhelmina Osei-Kraus, Sadler's Cross, thirty years out there. Our branch went from forty-eight hours a week to thirty-two. That's sixteen hours gone, a third of the week, and the bus out there comes three times a day. Our loans fell almost fifteen percent. I know we voted no out east, seven of eleven precincts, but we voted no because we got cut, not the other way around.

ANNELIESE OKONKWO-BARR: Anneliese Okonkwo-Barr, library director. We'll have Sadler's Cross back to forty-eight hours by March, and we're hiring twenty-one people. The county's three point one million was about fourteen percent of our budget last year; the levy brings in seventy-five percent. Sundays at Central will cost about ninety thousand a year. If you cut us to two point four, the new bookmobile, about four hundred and fifty thousand dollars, waits a year. The old van has been on the road since two thousand six.

COMMISSIONER RUTH KAMINSKI: I'm Ruth Kaminski, sixty-six, and I'll move to restore the seven hundred thousand. We have forty-one million in reserve, eleven percent of the general fund, above our ten percent floor. The human services line alone is up four point one percent. We can find it.

PRESIDENT WHITFIELD-ABARA: Noted. The second hearing is November twenty-sixth, and we adopt December tenth. Thank you.
"""

J4_FIGS = [
    F("2027", S, note="release: the proposed 2027 budget"),
    F("12", S, note="release / article: public hearing on November 12"),
    F("2026", S, note="release / article"),
    F("two hundred", U, note="no source mentions emails to the board"),
    F("two", U, note="no source gives a time limit for speakers"),
    F("forty-seven", S, note="article: Søren Adebayo, 47"),
    F("Nine", S, derived=True, note="article: vote on Tuesday, November 3; hearing on November 12 (release): 12 - 3 = 9 days"),
    F("forty-one thousand two hundred and eighty-six", S, note="article: 41,286"),
    F("fifty-five percent", S, note="article: 54.9% ('almost')"),
    F("fifty-seven percent", C, "fifty-three percent", note="article: turnout was 52.7%"),
    F("sixty thousand", U, note="no source gives the campaign's door-knocking"),
    F("seven hundred thousand", S, note="article: Kaminski's $700,000; 3.1 - 2.4 = 0.7"),
    F("three point one million", S, note="release / article"),
    F("two point four", S, note="release / article: $2.4 million"),
    F("a quarter", C, "22.6%", note="release: the contribution falls 22.6%, less than a quarter"),
    F("sixty-eight", S, note="article: Gwendolyn Purcell, 68"),
    F("six thousand", C, "seven thousand four hundred", derived=True, note="article: 41,286 - 33,912 = 7,374"),
    F("thirty-three thousand nine hundred", S, note="article: 33,912"),
    F("two in five", S, note="article: 45.1% ('more than two in five')"),
    F("Twelve", C, "Ten", note="article: ten years ago (report: approved in 2016)"),
    F("fifty-eight percent", S, note="article: 58.3%"),
    F("twenty point six million", S, note="article / report: about $20.6 million a year"),
    F("four million", S, derived=True, note="article: 20.6 - 16.2 = 4.4 ('more than four million')"),
    F("nine percent", U, note="no source gives Purcell's tax bill"),
    F("three point four percent", S, note="release: up 3.4%"),
    F("sixteen million", S, derived=True, note="release: 486.3 - 470.3 = 16.0"),
    F("twenty-nine", S, note="article: Théo Marchand, 29"),
    F("two", S, note="article: his two children"),
    F("eight", U, note="no source gives the children's ages"),
    F("twice", U, note="no source says how often Marchand visits"),
    F("three hundred thousand", S, note="report table: Elmore 298,000 loans ('nearly')"),
    F("second", S, derived=True, note="report table: Elmore's 298,000 loans are second to Central's 612,000"),
    F("thirty", U, note="no source says how long the speaker has lived there"),
    F("forty-eight", S, note="report / article: cut from 48 to 32 hours"),
    F("thirty-two", S, note="report / article"),
    F("sixteen", S, derived=True, note="report: 48 - 32 = 16 hours"),
    F("a third", S, derived=True, note="report: 16 / 48 = 33%"),
    F("three times", U, note="no source mentions bus service"),
    F("fifteen percent", C, "twelve percent", note="report table: Sadler's Cross loans -11.9%"),
    F("seven", C, "six", note="article: the levy failed in 6 of 11 eastern precincts"),
    F("eleven", S, note="article"),
    F("forty-eight", S, note="article: restore Sadler's Cross to 48 hours a week by March"),
    F("twenty-one", C, "nineteen", note="article: the district plans to hire 19 staff"),
    F("three point one million", S, note="report / release"),
    F("fourteen percent", S, derived=True, note="report: 3.1 / 21.6 = 14.4%"),
    F("seventy-five percent", S, note="report: the levy provided 75% of revenue"),
    F("ninety thousand", U, note="no source gives the cost of Sunday hours"),
    F("two point four", S, note="release"),
    F("four hundred and fifty thousand", C, "four hundred and ten thousand", note="article: a new bookmobile at about $410,000"),
    F("two thousand six", C, "two thousand eight", note="report / article: bookmobile in service since 2008"),
    F("sixty-six", C, "sixty-one", note="article: Commissioner Ruth Kaminski, 61"),
    F("seven hundred thousand", S, note="article"),
    F("forty-one million", S, note="release: reserve $41.0 million"),
    F("eleven percent", C, "thirteen percent", note="release: 13.1% of the general fund"),
    F("ten percent", S, note="release: the board's 10% minimum"),
    F("four point one percent", C, "five point two percent", note="release: human services up 5.2%; 4.1% is the sheriff's office's"),
    F("second", S, note="release: hearings on November 12 and November 19"),
    F("twenty-sixth", C, "nineteenth", note="release: the second hearing is on November 19"),
    F("tenth", S, note="release: adoption on December 10"),
]

CASES = [
    ("fresh5-blind", "fresh-j", J_SOURCES, [
        ("wire.md", J1, J1_FIGS, "wire story"),
        ("summary.md", J2, J2_FIGS, "LLM-style summary: dense figures, compound sentences, back-references, derived figures, hard-wrapped lines"),
        ("briefing.md", J3, J3_FIGS, "supporters' newsletter briefing: heading, bold lead-ins, bullets, a short Markdown table, sentence-initial But/Yet/Still"),
        ("public-comment.txt", J4, J4_FIGS, "public-comment transcript of a county budget hearing, plain text: spoken-style numbers and number words"),
    ]),
]
# a rate's denominator is not a figure (as "per 1 million boardings" in make.py)
NOT_FIGURES = {
    ("fresh-j-1", "per $1,000"),
    ("fresh-j-2", "per $1,000"),
    ("fresh-j-3", "per $1,000"),
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
