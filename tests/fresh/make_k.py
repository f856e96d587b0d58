#!/usr/bin/env python3
"""Generate tests/fresh/fresh6-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  K (fresh6-dev): a mid-sized city's minor-league baseball team (the Draymont
                  Millhawks), its 2025 season and the financing of a new
                  ballpark (a city revenue bond, a hotel-tax rise, a ticket
                  surcharge)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_k.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic K: the Draymont Millhawks, their 2025 season and the Foundry Park
# ballpark bond (fictional)
# ---------------------------------------------------------------------------

K_REPORT = """Draymont Millhawks
2025 Season Report (excerpt)

A record year at Ridgeway Field

The Millhawks drew 312,550 fans to 69 home dates in 2025, up 8.6% from 287,900 in 2024 and the most in the club's 34 seasons in Draymont. Our average crowd of 4,530 ranked fourth among the Central Atlantic League's 12 clubs, behind Port Carvell, Hensley and Osgood City. We sold out Ridgeway Field's 6,500 seats on 11 nights, nine of them in July and August.

On the field, the club went 76-62, a 15-win improvement on 2024's 61-77, and won the Northern Division by three games before losing the league semifinal to Hensley, 2 games to 1.

Table 1. Home attendance and record by month, 2025

| Month | Home games | Attendance | Average per game | Wins | Losses | Share of season attendance (%) |
|---|---|---|---|---|---|---|
| April | 9 | 28,350 | 3,150 | 14 | 10 | 9.1 |
| May | 13 | 50,310 | 3,870 | 15 | 12 | 16.1 |
| June | 12 | 58,440 | 4,870 | 11 | 15 | 18.7 |
| July | 13 | 71,240 | 5,480 | 16 | 9 | 22.8 |
| August | 13 | 66,950 | 5,150 | 13 | 14 | 21.4 |
| September | 9 | 37,260 | 4,140 | 7 | 2 | 11.9 |
| Season | 69 | 312,550 | 4,530 | 76 | 62 | 100.0 |

Wins and losses include road games.

Shortstop Marco Ferraro hit .291 with 22 home runs and was named the league's most valuable player. Designated hitter Dwayne Okafor added 19 home runs and 81 runs batted in, and left-hander Tomás Reyes-Lind led the pitching staff with 12 wins and a 2.87 earned run average. Seven Millhawks were promoted to Triple-A during the season.

Finances

Revenue reached $14.8 million, up 13% from $13.1 million in 2024. Tickets brought in $5.2 million, concessions and merchandise $4.6 million, sponsorships and advertising $3.1 million, and other income, including payments from our major-league parent club, $1.9 million. Fans spent an average of $14.72 each on food, drink and merchandise. Expenses were $13.7 million, leaving an operating profit of $1.1 million. We employ 46 full-time staff and 385 seasonal workers.

Looking ahead

Ridgeway Field opened in 1962 and no longer meets the facility standards our parent club and Major League Baseball require; we must play in a compliant ballpark by the 2028 season. The proposed Foundry Park, on the former Calder Steel site downtown, would seat 7,200 and cost $96.5 million. The club has committed $24 million toward construction and has agreed to a 30-year lease. We expect to draw 360,000 fans in the new ballpark's first season.

Dana Whitcombe-Ruiz
President, Draymont Millhawks
"""

K_RELEASE = """FOR IMMEDIATE RELEASE
City of Draymont, Office of the City Council
October 14, 2025

City Council approves $58 million bond for Foundry Park

The Draymont City Council voted 7-2 on Monday, October 13, to issue $58 million in revenue bonds toward Foundry Park, a 7,200-seat ballpark for the Millhawks on the former Calder Steel site downtown. The ballpark will replace Ridgeway Field, which opened in 1962, and is scheduled to open for the 2028 season.

Funding plan (total cost $96.5 million)

- City revenue bonds: $58.0 million (60.1%)
- Millhawks ownership: $24.0 million (24.9%)
- State economic development grant: $9.5 million (9.8%)
- Calder County: $5.0 million (5.2%)

The bonds carry an estimated interest rate of 4.6% and will be repaid over 30 years. Annual debt service of about $3.6 million will come from three sources: the team's lease payment of $1.2 million a year; an increase in the city's hotel-motel tax from 6% to 7%, expected to raise $1.7 million a year; and a $2 surcharge on every ticket sold at the ballpark, expected to raise $0.7 million a year at 360,000 tickets. The city will own the ballpark, and the Millhawks have signed a 30-year lease.

"Foundry Park keeps professional baseball in Draymont for a generation, and it does it without a dime of property tax," said Mayor Elena Marchetti-Hale.

An economic study for the city by Harwell Economics projects 410 construction jobs, 180 permanent jobs and $240 million in private investment within 10 years on the blocks around the site. The state grant was awarded by the Department of Commerce in August.

Council President Lamar Oyelaran-Fitch said the council had heard from 64 speakers at a public hearing on September 29 and had added two conditions before the vote: the team must stay in Draymont for the full 30 years or repay the city's share of the cost, and at least 30% of construction contracts must go to firms based in Calder County.

"We listened, and we made this a better deal," Oyelaran-Fitch said.

Councilmembers Priya Anand-Kessler and Ted Vukovich voted against the bonds.

Schedule

- Bond sale: December 2025
- Groundbreaking: March 2026
- Opening day: April 2028

The full financing agreement and the Harwell study are posted on the city's website. Questions about the bond sale may be directed to the city's Finance Department, which manages the city's $212 million general fund and will administer the ballpark's dedicated revenues in a separate account.
"""

K_ARTICLE = """Council backs Foundry Park bond 7-2, but critics say the city is still on the hook

By Imogen Castellanos-Reyes, The Draymont Courier
October 15, 2025

The Draymont City Council on Monday approved $58 million in bonds for a new downtown ballpark, a 7-2 vote that ends a six-year fight over the future of the Millhawks and of Ridgeway Field, which opened in 1962.

Foundry Park, a 7,200-seat stadium on the former Calder Steel site, is expected to cost $96.5 million and open in April 2028. The city would own it; the Millhawks would pay $1.2 million a year in rent under a 30-year lease.

Voters rejected a larger plan in 2019, when a $72 million bond backed by property taxes failed 54% to 46%. This time no public vote was needed, because the bonds will be repaid from ballpark revenue and a higher hotel tax rather than from property taxes.

"It's a better deal than the one voters turned down," said Mayor Elena Marchetti-Hale, 58. "Not a dollar of property tax goes into this."

Councilmember Priya Anand-Kessler, 44, one of the two no votes, said the city's general fund would still be on the hook if ticket sales or hotel stays fall short. "If the surcharge and the hotel tax come in low, it's the general fund that pays, and that's $212 million we need for police, parks and potholes," she said. Councilmember Ted Vukovich, 67, also voted no.

The city's consultant, Harwell Economics, estimated that the stadium would support 180 permanent jobs and draw $240 million in private development within 10 years. Devon Achterberg, an economist at Calder State College who has studied 38 stadium projects, said such estimates rarely hold. "In most of the cases I've looked at, the new-stadium bump in attendance fades after three or four seasons," he said.

The nearest comparison is Port Carvell, whose $71 million ballpark opened in 2019. Attendance there jumped 31% in its first season but has since settled at about 12% above its old level, according to league figures.

The Draymont Hotel and Lodging Association opposed the increase in the hotel-motel tax. Its president, Raymond Osei, said the area's 2,900 hotel rooms were only 63% full on average last year.

Millhawks president Dana Whitcombe-Ruiz said the team would keep general-admission tickets at $12 through 2027 and charge $15 at Foundry Park, where 1,100 of the seats will be in suites, club areas and party decks. The team drew 312,550 fans this season, its most ever.

A poll by the Courier and Calder State in September found 51% of city residents in favor of the plan, 41% opposed and 8% undecided.

Construction is to start in March 2026. Ridgeway Field will be torn down after the 2027 season; the city has not decided what to do with the 14-acre site.
"""

K_SOURCES = [
    {"name": "millhawks-2025-season-report.txt", "text": K_REPORT},
    {"name": "draymont-council-bond-release.txt", "text": K_RELEASE},
    {"name": "draymont-courier-article.txt", "text": K_ARTICLE},
]

# --- K1: wire story ----------------------------------------------------------
K1 = """Draymont council approves $58 million ballpark bond, 7-2

DRAYMONT (Central Wire) — The Draymont City Council voted 7-2 on Monday to issue $58 million in revenue bonds for Foundry Park, a 7,200-seat ballpark for the minor-league Millhawks on the former Calder Steel site downtown. The city has already spent $3.2 million buying the land.

The ballpark is expected to cost $96.5 million and open in April 2028, replacing Ridgeway Field, which opened in 1962 and seats 6,500 and would need $18 million in repairs to stay in use. The team's owners, Castellan Sports Group since 2021, are putting in $24 million, the state $9.5 million and Calder County $5.5 million.

The bonds, at an estimated 4.6% interest, will be repaid over 25 years from the team's $1.2 million annual rent, a $2 surcharge on every ticket and an increase in the hotel-motel tax from 6% to 8%, which the city expects to raise $1.7 million a year. Debt service will run about $3.6 million a year, and the rent alone covers a third of it.

"Foundry Park keeps professional baseball in Draymont for a generation," said Mayor Elena Marchetti-Hale, 58, in her first term, who said not a dollar of property tax would go into the project.

Councilmembers Priya Anand-Kessler, 44, and Ted Vukovich, 76, voted no. Anand-Kessler, in her second term, said the city's $212 million general fund would be on the hook if the dedicated revenue fell short. Before the vote, the council heard 84 speakers at a hearing on September 22 and required that 40% of construction contracts go to Calder County firms.

Voters rejected a $72 million stadium bond in 2017, 54% to 46%, when the plan relied on property taxes.

The vote came at the end of the best season in the club's 34 in Draymont. The Millhawks drew 312,550 fans to 69 home dates, up 6.8% from 2024, and their average crowd of 4,350 ranked fourth in the 12-team Central Atlantic League. They went 76-62, 17 games better than in 2024, and won the Northern Division by three games before losing the league semifinal to Hensley. Shortstop Marco Ferraro, the league's most valuable player, hit .291 with 24 home runs.

Revenue rose 13% to $14.8 million, with tickets bringing in $5.2 million and concessions and merchandise $4.6 million, and the club made an operating profit of $1.7 million. Ridgeway Field sold out 11 times, eight of them in July and August, and the home opener drew 2,400. July was the best month, with 71,240 fans, or 5,480 a game.

A study by Harwell Economics projects 180 construction jobs, 410 permanent jobs and $240 million in private investment within 10 years. Devon Achterberg, an economist at Calder State College who has studied 38 stadium projects since 1998, said the attendance bump from a new ballpark usually fades "after three or four seasons." In Port Carvell, whose $72 million park opened in 2019, attendance rose 31% in the first year and is now about 21% above its old level.

A Courier-Calder State poll of 600 residents in September, with a margin of error of 4 points, found 51% in favor and 41% opposed. The team says general-admission seats will cost $15 at the new park, up from $12, and expects 360,000 fans in the first season, about 15% more than this year. The park will include 36 suites and a 1,200-space garage.

Groundbreaking is set for March 2026, and the bonds are to be sold in December 2026.
"""

K1_FIGS = [
    F("$58 million", S, note="headline; release / article"),
    F("7", S, note="headline; release: voted 7-2"),
    F("2", S, note="headline; release"),
    F("7", S, note="release: voted 7-2"),
    F("2", S, note="release"),
    F("$58 million", S, note="release"),
    F("7,200", S, note="release: a 7,200-seat ballpark"),
    F("$3.2 million", U, note="no source says what the city paid for the land"),
    F("$96.5 million", S, note="release / report"),
    F("2028", S, note="article: open in April 2028"),
    F("1962", S, note="release / article: Ridgeway Field opened in 1962"),
    F("6,500", S, note="report: Ridgeway Field's 6,500 seats"),
    F("$18 million", U, note="no source gives a repair estimate for Ridgeway Field"),
    F("2021", U, note="no source names the owners or says when they bought the team"),
    F("$24 million", S, note="release / report"),
    F("$9.5 million", S, note="release: state grant"),
    F("$5.5 million", C, "$5.0 million", note="release: Calder County $5.0 million"),
    F("4.6%", S, note="release: estimated interest rate"),
    F("25", C, "30", note="release: repaid over 30 years"),
    F("$1.2 million", S, note="release / article: lease payment"),
    F("$2", S, note="release: $2 surcharge on every ticket"),
    F("6%", S, note="release: hotel-motel tax from 6% to 7%"),
    F("8%", C, "7%", note="release: from 6% to 7%"),
    F("$1.7 million", S, note="release: the hotel-tax increase is expected to raise $1.7 million a year"),
    F("$3.6 million", S, note="release: annual debt service of about $3.6 million"),
    F("a third", S, derived=True, note="release: rent 1.2 / debt service 3.6 = 33%"),
    F("58", S, note="article: Mayor Elena Marchetti-Hale, 58"),
    F("first", U, note="no source says which term the mayor is serving"),
    F("44", S, note="article: Priya Anand-Kessler, 44"),
    F("76", C, "67", note="article: Ted Vukovich, 67 (transposed digits)"),
    F("second", U, note="no source says which term Anand-Kessler is serving"),
    F("$212 million", S, note="release / article: the general fund"),
    F("84", C, "64", note="release: 64 speakers"),
    F("22", C, "29", note="release: public hearing on September 29"),
    F("40%", C, "30%", note="release: at least 30% of construction contracts"),
    F("$72 million", S, note="article: the 2019 bond"),
    F("2017", C, "2019", note="article: voters rejected the plan in 2019"),
    F("54%", S, note="article: failed 54% to 46%"),
    F("46%", S, note="article"),
    F("34", S, note="report: the club's 34 seasons in Draymont"),
    F("312,550", S, note="report"),
    F("69", S, note="report: 69 home dates"),
    F("6.8%", C, "8.6%", note="report: up 8.6% (transposed digits)"),
    F("2024", S, note="report"),
    F("4,350", C, "4,530", note="report: average crowd 4,530 (transposed digits)"),
    F("fourth", S, note="report: ranked fourth"),
    F("12", S, note="report: the league's 12 clubs"),
    F("76", S, note="report: 76-62"),
    F("62", S, note="report"),
    F("17", C, "15", note="report: a 15-win improvement on 2024's 61-77"),
    F("2024", S, note="report"),
    F("three", S, note="report: won the division by three games"),
    F(".291", S, note="report: Ferraro hit .291 (span with its leading point)"),
    F("24", C, "22", note="report: Ferraro hit 22 home runs"),
    F("13%", S, note="report: revenue up 13%"),
    F("$14.8 million", S, note="report"),
    F("$5.2 million", S, note="report: tickets"),
    F("$4.6 million", S, note="report: concessions and merchandise"),
    F("$1.7 million", C, "$1.1 million", note="report: operating profit $1.1 million; $1.7 million is the rise in revenue and the hotel-tax yield"),
    F("11", S, note="report: sold out on 11 nights"),
    F("eight", C, "nine", note="report: nine of them in July and August"),
    F("2,400", U, note="no source gives the home opener's crowd"),
    F("71,240", S, note="report table: July"),
    F("5,480", S, note="report table: July average"),
    F("180", C, "410", note="release: 410 construction jobs; 180 is the permanent jobs (swapped pair)"),
    F("410", C, "180", note="release / article: 180 permanent jobs; 410 is the construction jobs (swapped pair)"),
    F("$240 million", S, note="release / article"),
    F("10", S, note="release / article: within 10 years"),
    F("38", S, note="article: Achterberg has studied 38 stadium projects"),
    F("1998", U, note="no source says since when Achterberg has studied them"),
    F("three", S, note="article: fades after three or four seasons"),
    F("four", S, note="article"),
    F("$72 million", C, "$71 million", note="article: Port Carvell's ballpark cost $71 million; $72 million is Draymont's 2019 bond"),
    F("2019", S, note="article: opened in 2019"),
    F("31%", S, note="article: attendance jumped 31% in its first season"),
    F("first", S, note="article: its first season"),
    F("21%", C, "12%", note="article: settled at about 12% above its old level (transposed digits)"),
    F("600", U, note="no source gives the poll's sample size"),
    F("4", U, note="no source gives the poll's margin of error"),
    F("51%", S, note="article: poll"),
    F("41%", S, note="article: poll"),
    F("$15", S, note="article: $15 at Foundry Park"),
    F("$12", S, note="article: general admission now $12"),
    F("360,000", S, note="report: expected attendance in the new ballpark's first season"),
    F("first", S, note="report: the new ballpark's first season"),
    F("15%", S, derived=True, note="report: 360,000 / 312,550 = 1.152, 15% more"),
    F("36", U, note="no source gives the number of suites (article: 1,100 seats in suites, club areas and party decks)"),
    F("1,200", U, note="no source mentions a garage"),
    F("2026", S, note="release / article: groundbreaking March 2026"),
    F("2026", C, "2025", note="release: bond sale December 2025"),
]

# --- K2: opinion column: hedges and derived figures --------------------------
K2 = """The ballpark is a fair bet. Draymont is just holding most of the chips.

By Gideon Farrow-Nakamura, contributing columnist

I have been going to Ridgeway Field since I was nine, when my father paid $3 for a bleacher seat. It opened in 1926, it seats 6,500, and this year it held more people than ever: 312,550 of us, about 34,650 more than in 2024. So I understand why the City Council voted 7-2 on Monday to borrow $58 million for Foundry Park. But we should be honest about what we bought.

Start with the split. Foundry Park will cost $96.5 million. The Millhawks' owners are putting in $24 million, roughly a quarter. The state is giving $9.5 million and Calder County $5 million. Add the city's bonds and the public is paying about three quarters of the bill, some $72.5 million, about three times what the team is paying, for a ballpark the team will play in for 30 years.

Supporters say this is a smaller ask than the $72 million property-tax bond voters turned down in 2019, 56% to 44%. True, the city's own borrowing is $14 million less. But the total public money is about the same.

The mayor says not a dollar of property tax goes into this, and on paper she is right. The debt, roughly $3.6 million a year for 30 years at 4.8%, is to be paid from the team's $1.2 million in rent, a $2 ticket surcharge and a hotel-tax increase. The rent covers barely a fifth of that. The surcharge assumes 360,000 tickets a year, about 15% more than this record season. Port Carvell's $71 million ballpark opened in 2016 to a 31% jump in attendance; it now sits 12% above where it started. If our crowds fall back to this year's level, the surcharge raises about $625,000, not $700,000, and the general fund, all $212 million of it, makes up the rest.

Raising the hotel-tax rate by a sixth, from 6% to 7%, is expected to bring in $1.7 million a year, nearly half the annual payment. Raymond Osei of the lodging association says the area's 2,900 rooms in 14 hotels were only 36% full last year.

Harwell Economics, paid $85,000 by the city, promises 180 permanent jobs and $420 million in private investment within a decade. That is about $322,000 in city borrowing for each permanent job. Devon Achterberg at Calder State, who has looked at 38 stadium projects in 20 states, says the new-ballpark bump fades after three or four seasons.

And the fans? General admission goes from $12 to $15, a 20% jump, and 1,100 of the 7,200 seats go to suites and club areas. At about $13,400 a seat, the park had better be full. My family's four season tickets already went up 10% this year.

The Millhawks took in $13.1 million this year and cleared $1.1 million; their $24 million share is about 22 years of that profit. And what a season: 76 wins, the most since 1994, a division title, Marco Ferraro the league's MVP with 22 home runs, Dwayne Okafor with 21, and a crowd average of 4,530, third among 12 clubs. July alone drew 66,950, more than a fifth of the season.

The council did add two conditions: the team stays all 30 years or repays the city, and a quarter of contracts go to county firms. Now it should add a clawback, as Port Carvell did in 2018, if the 180 permanent jobs don't show up. A poll in September found 51% of us in favor and 41% against, a 12-point margin.
"""

K2_FIGS = [
    F("nine", U, note="the columnist's age; no source"),
    F("$3", U, note="no source gives old ticket prices"),
    F("1926", C, "1962", note="release / article: Ridgeway Field opened in 1962"),
    F("6,500", S, note="report: 6,500 seats"),
    F("312,550", S, note="report"),
    F("34,650", C, "24,650", derived=True, note="report: 312,550 - 287,900 = 24,650"),
    F("2024", S, note="report"),
    F("7", S, note="release: voted 7-2"),
    F("2", S, note="release"),
    F("$58 million", S, note="release"),
    F("$96.5 million", S, note="release"),
    F("$24 million", S, note="release / report"),
    F("a quarter", S, note="release: 24.9% ('roughly a quarter')"),
    F("$9.5 million", S, note="release"),
    F("$5 million", S, note="release: Calder County $5.0 million"),
    F("three quarters", S, derived=True, note="release: (58 + 9.5 + 5) / 96.5 = 75.1%"),
    F("$72.5 million", S, derived=True, note="release: 58 + 9.5 + 5 = 72.5"),
    F("three times", S, derived=True, note="release: 72.5 / 24 = 3.0"),
    F("30", S, note="release: 30-year lease"),
    F("$72 million", S, note="article: the 2019 bond"),
    F("2019", S, note="article"),
    F("56%", C, "54%", note="article: failed 54% to 46%"),
    F("44%", C, "46%", note="article: 46% in favor"),
    F("$14 million", S, derived=True, note="article / release: 72 - 58 = 14"),
    F("$3.6 million", S, note="release"),
    F("30", S, note="release: repaid over 30 years"),
    F("4.8%", C, "4.6%", note="release: estimated interest rate 4.6%"),
    F("$1.2 million", S, note="release"),
    F("$2", S, note="release"),
    F("a fifth", C, "a third", derived=True, note="release: 1.2 / 3.6 = 33%"),
    F("360,000", S, note="release"),
    F("15%", S, derived=True, note="report / release: 360,000 / 312,550 = 1.152"),
    F("$71 million", S, note="article"),
    F("2016", C, "2019", note="article: Port Carvell's ballpark opened in 2019"),
    F("31%", S, note="article"),
    F("12%", S, note="article"),
    F("$625,000", S, derived=True, note="report / release: 312,550 x $2 = $625,100"),
    F("$700,000", S, note="release: $0.7 million a year"),
    F("$212 million", S, note="release / article"),
    F("a sixth", S, derived=True, note="release: (7 - 6) / 6 = 16.7%"),
    F("6%", S, note="release"),
    F("7%", S, note="release"),
    F("$1.7 million", S, note="release"),
    F("half", S, derived=True, note="release: 1.7 / 3.6 = 47% ('nearly half')"),
    F("2,900", S, note="article: the area's 2,900 hotel rooms"),
    F("14", U, note="no source gives the number of hotels (14 is the Ridgeway site's acreage)"),
    F("36%", C, "63%", note="article: 63% full (transposed digits)"),
    F("$85,000", U, note="no source gives the cost of the Harwell study"),
    F("180", S, note="release / article"),
    F("$420 million", C, "$240 million", note="release / article: $240 million (transposed digits)"),
    F("$322,000", S, derived=True, note="release: 58,000,000 / 180 = 322,222"),
    F("38", S, note="article"),
    F("20", U, note="no source says in how many states"),
    F("three", S, note="article"),
    F("four", S, note="article"),
    F("$12", S, note="article"),
    F("$15", S, note="article"),
    F("20%", C, "25%", derived=True, note="article: (15 - 12) / 12 = 25%"),
    F("1,100", S, note="article"),
    F("7,200", S, note="release / article"),
    F("$13,400", S, derived=True, note="release: 96,500,000 / 7,200 = 13,403"),
    F("four", U, note="the columnist's family; no source"),
    F("10%", U, note="no source gives season-ticket prices"),
    F("$13.1 million", C, "$14.8 million", note="report: 2025 revenue $14.8 million; $13.1 million was 2024's"),
    F("$1.1 million", S, note="report: operating profit"),
    F("$24 million", S, note="report / release"),
    F("22", S, derived=True, note="report: 24 / 1.1 = 21.8 years"),
    F("76", S, note="report: 76-62"),
    F("1994", U, note="no source compares the win total with earlier seasons"),
    F("22", S, note="report: Ferraro's 22 home runs"),
    F("21", C, "19", note="report: Okafor added 19 home runs"),
    F("4,530", S, note="report"),
    F("third", C, "fourth", note="report: ranked fourth"),
    F("12", S, note="report"),
    F("66,950", C, "71,240", note="report table: July 71,240; 66,950 is August's"),
    F("a fifth", S, note="report table: July share 22.8% ('more than a fifth')"),
    F("two", S, note="release: two conditions"),
    F("30", S, note="release: the full 30 years"),
    F("a quarter", C, "30%", note="release: at least 30% of contracts"),
    F("2018", U, note="no source mentions a clawback in Port Carvell"),
    F("180", S, note="release"),
    F("51%", S, note="article: poll"),
    F("41%", S, note="article: poll"),
    F("12", C, "10", derived=True, note="article: 51 - 41 = 10 points"),
]

# --- K3: LLM-style summary: dense figures, compound sentences ----------------
K3 = """## Summary: the Draymont Millhawks' 2025 season and the Foundry Park financing

**Season.** The Millhawks drew 312,550 fans to 69 home dates, up 8.6% from 287,900 in 2024, the fourth-best attendance among the Central Atlantic League's 14 clubs. July drew 71,240 and August 66,950, together about 44% of the season, while April drew 28,350 and September 37,620. The best average came in July, while May averaged 3,150 a game. The club went 76-62, 16 wins better than 2024's 61-77, and won the Northern Division by four games; it went 16-9 in July but 14-13 in August.

**Players.** Shortstop Marco Ferraro hit .291 with 22 home runs and designated hitter Dwayne Okafor 19, while left-hander Tomás Reyes-Lind won 12 games with a 2.78 earned run average; eight Millhawks were promoted to Triple-A, and Ferraro, 23, became the club's first league MVP since 2009.

**Money.** Revenue rose 8.6% to $14.8 million: tickets brought in $5.2 million and concessions and merchandise $4.6 million, together about two thirds of the total, and sponsorships $1.9 million. The operating profit was $1.1 million, a margin of about 7%; fans spent $14.72 each on food, drink and merchandise, 9% more than in 2024, season-ticket holders numbered 2,150 and the payroll was $6.2 million.

**Financing.** The council voted 7-2 to issue $58 million in revenue bonds toward the $96.5 million, 7,200-seat Foundry Park; the Millhawks' owners, who bought the club in 2019 for $31 million, put in $24 million, the state $5 million and Calder County $9.5 million. The bonds, at about 4.6% over 30 years, cost some $3.6 million a year, covered by $1.2 million in rent, $1.7 million from raising the hotel-motel tax from 5% to 7% and the rest from a $2 surcharge on 350,000 tickets; rent and the hotel tax together cover about 81%. Foundry Park will also host 40 concerts a year, and 46 speakers addressed the September 29 hearing.

**Politics.** Councilmembers Priya Anand-Kessler, 44, and Ted Vukovich, 67, voted no, and Mayor Elena Marchetti-Hale, in office since 2022, backed a plan that replaces the $72 million property-tax bond voters rejected in 2019 by 54% to 46%, or 8 points; a September poll had 51% for, 41% against and 9% undecided, among 850 residents.

**Next.** The bond sale is set for December 2025 and groundbreaking for March 2026. The club expects 360,000 fans in 2028, about 47,000 more than in 2025, and Ridgeway's 14-acre site will be sold for $9 million.
"""

K3_FIGS = [
    F("2025", S, note="heading; report"),
    F("312,550", S, note="report"),
    F("69", S, note="report"),
    F("8.6%", S, note="report"),
    F("287,900", S, note="report"),
    F("2024", S, note="report"),
    F("fourth-best", S, note="report: the average crowd ranked fourth"),
    F("14", C, "12", note="report: the league's 12 clubs"),
    F("71,240", S, note="report table: July"),
    F("66,950", S, note="report table: August"),
    F("44%", S, derived=True, note="report table: 22.8 + 21.4 = 44.2%"),
    F("28,350", S, note="report table: April"),
    F("37,620", C, "37,260", note="report table: September 37,260 (transposed digits)"),
    F("3,150", C, "3,870", note="report table: May averaged 3,870; 3,150 is April's"),
    F("76", S, note="report"),
    F("62", S, note="report"),
    F("16", C, "15", note="report: a 15-win improvement"),
    F("2024", S, note="report"),
    F("61", S, note="report"),
    F("77", S, note="report"),
    F("four", C, "three", note="report: won the division by three games"),
    F("16", S, note="report table: July 16 wins"),
    F("9", S, note="report table: July 9 losses"),
    F("14", C, "13", note="report table: August 13-14 (swapped pair)"),
    F("13", C, "14", note="report table: August 13-14 (swapped pair)"),
    F(".291", S, note="report"),
    F("22", S, note="report: Ferraro 22 home runs"),
    F("19", S, note="report: Okafor 19 home runs"),
    F("12", S, note="report: Reyes-Lind 12 wins"),
    F("2.78", C, "2.87", note="report: 2.87 earned run average (transposed digits)"),
    F("eight", C, "seven", note="report: seven Millhawks were promoted"),
    F("23", U, note="no source gives Ferraro's age"),
    F("first", U, note="no source gives the club's earlier MVPs"),
    F("2009", U, note="no source gives the club's earlier MVPs"),
    F("8.6%", C, "13%", note="report: revenue up 13%; 8.6% is the rise in attendance"),
    F("$14.8 million", S, note="report"),
    F("$5.2 million", S, note="report"),
    F("$4.6 million", S, note="report"),
    F("two thirds", S, derived=True, note="report: (5.2 + 4.6) / 14.8 = 66.2%"),
    F("$1.9 million", C, "$3.1 million", note="report: sponsorships $3.1 million; $1.9 million is other income"),
    F("$1.1 million", S, note="report"),
    F("7%", S, derived=True, note="report: 1.1 / 14.8 = 7.4%"),
    F("$14.72", S, note="report"),
    F("9%", U, note="no source gives 2024's spending per fan"),
    F("2024", U, note="a year inside a claim the sources do not make (no 2024 spending per fan)"),
    F("2,150", U, note="no source gives season-ticket holders"),
    F("$6.2 million", U, note="no source gives the payroll"),
    F("7", S, note="release: 7-2"),
    F("2", S, note="release"),
    F("$58 million", S, note="release"),
    F("$96.5 million", S, note="release"),
    F("7,200", S, note="release"),
    F("2019", U, note="no source says when or for how much the owners bought the club"),
    F("$31 million", U, note="no source says when or for how much the owners bought the club"),
    F("$24 million", S, note="release"),
    F("$5 million", C, "$9.5 million", note="release: state grant $9.5 million; $5.0 million is the county's (swapped pair)"),
    F("$9.5 million", C, "$5.0 million", note="release: Calder County $5.0 million; $9.5 million is the state's (swapped pair)"),
    F("4.6%", S, note="release"),
    F("30", S, note="release"),
    F("$3.6 million", S, note="release"),
    F("$1.2 million", S, note="release"),
    F("$1.7 million", S, note="release"),
    F("5%", C, "6%", note="release: the hotel-motel tax rises from 6% to 7%"),
    F("7%", S, note="release"),
    F("$2", S, note="release"),
    F("350,000", C, "360,000", note="release: $0.7 million a year at 360,000 tickets"),
    F("81%", S, derived=True, note="release: (1.2 + 1.7) / 3.6 = 80.6%"),
    F("40", U, note="no source mentions concerts"),
    F("46", C, "64", note="release: 64 speakers (transposed digits)"),
    F("29", S, note="release: hearing on September 29"),
    F("44", S, note="article"),
    F("67", S, note="article"),
    F("2022", U, note="no source says when the mayor took office"),
    F("$72 million", S, note="article"),
    F("2019", S, note="article"),
    F("54%", S, note="article"),
    F("46%", S, note="article"),
    F("8", S, derived=True, note="article: 54 - 46 = 8 points"),
    F("51%", S, note="article: poll"),
    F("41%", S, note="article: poll"),
    F("9%", C, "8%", note="article: 8% undecided"),
    F("850", U, note="no source gives the poll's sample size"),
    F("2025", S, note="release: bond sale December 2025"),
    F("2026", S, note="release / article: groundbreaking March 2026"),
    F("360,000", S, note="report / release"),
    F("2028", S, note="report: the new ballpark's first season; release: opens for the 2028 season"),
    F("47,000", S, derived=True, note="report: 360,000 - 312,550 = 47,450"),
    F("2025", S, note="report"),
    F("14", S, note="article: the 14-acre site"),
    F("$9 million", U, note="article: the city has not decided what to do with the site"),
]

# --- K4: booster-club newsletter, hard-wrapped near 80 columns ---------------
K4 = """# Booster Bulletin: Foundry Park gets the green light

*Draymont Millhawks Booster Club newsletter, October 2025*

**The vote.** On Monday, October 13, the City Council voted 7-2 to issue
$58 million in revenue bonds for Foundry Park, the 7,200-seat ballpark on the
old Calder Steel site. It will cost $96.5 million and is due to open in April
2027. The team is putting in $24 million, the state $9.5 million and the
county $5.2 million, so the city's bonds cover about 65% and the team about
a quarter.

**Who voted no.** Priya Anand-Kessler and Ted Vukovich. She is 44 and worries
about the city's $212 million general fund; he is 76. Yet the mayor, Elena
Marchetti-Hale, says not a dollar of property tax goes into the park. She is
58 and was elected in 2021.

**How it gets paid.**

- Debt service: about $3.6 million a year for 30 years, at 4.6%.
- Rent: $1.2 million a year under a 30-year lease, a third of the debt service.
- Hotel tax: from 6% to 7%, worth $1.2 million a year.
- Ticket surcharge: $3 a ticket, or $0.7 million a year at 360,000 tickets.
- Land: the city bought the Calder Steel site in 2023 for $3.2 million.

But the surcharge only works if the crowds come.

**Our season, by the numbers.**

- 312,550 fans, a club record, up 8.6% from 278,900 in 2024
- 4,530 a game, third in the league, and 11 sellouts of 6,500 seats
- 76-62, up from 61-77, and the Northern Division title by three games
- July: 71,240 fans, 21.4% of the season, and a 15-9 record
- September: a 7-2 finish and 4 walk-off wins
- Marco Ferraro: .291, 25 homers, league MVP; Dwayne Okafor: 19 homers, 18 RBIs
- Revenue: up 13%, with a $1.3 million operating profit

**Yet the doubts.** Devon Achterberg, a Calder State economist who has studied
83 stadium projects, says the new-ballpark bump fades after three or four
seasons. Port Carvell's $71 million park opened in 2019; its crowds jumped 13%
and now sit 12% above the old level. If ours do the same, we would draw about
350,000 a year, short of the 360,000 the club is counting on. And a September
poll of 600 residents had only 51% in favor, with 14% opposed.

**But the price.** General admission stays at $12 through 2026, then goes to
$15 at Foundry Park, a rise of a third. About 1,100 seats, some 15% of the
total, will be suites, club seats and party decks. The Harwell study for the
city counts on 180 permanent jobs and $240 million of new building nearby
within 10 years. It also counts on 410 construction jobs and 1,300 game-day
visitors from outside the county.

**Dates.** Bond sale in December; groundbreaking in March 2026; Ridgeway's
last season is 2027, 65 years after it opened in 1962.

**Booster corner.** Our 412 members raised $8,600 for the youth clinic this
year. The annual dinner is November 14, at $45 a plate, and 100 bricks at
Foundry Park are set aside for members who sign up early.

"""

K4_FIGS = [
    F("2025", S, note="dateline; release / article: October 2025"),
    F("13", S, note="release: Monday, October 13"),
    F("7", S, note="release: 7-2"),
    F("2", S, note="release"),
    F("$58 million", S, note="release"),
    F("7,200", S, note="release"),
    F("$96.5 million", S, note="release"),
    F("2027", C, "2028", note="article: open in April 2028"),
    F("$24 million", S, note="release"),
    F("$9.5 million", S, note="release"),
    F("$5.2 million", C, "$5.0 million", note="release: Calder County $5.0 million (5.2% of the cost)"),
    F("65%", C, "60.1%", note="release: city bonds 60.1%"),
    F("a quarter", S, note="release: 24.9%"),
    F("44", S, note="article: Anand-Kessler, 44"),
    F("$212 million", S, note="article"),
    F("76", C, "67", note="article: Vukovich, 67 (transposed digits)"),
    F("58", S, note="article: Marchetti-Hale, 58"),
    F("2021", U, note="no source says when the mayor was elected"),
    F("$3.6 million", S, note="release"),
    F("30", S, note="release"),
    F("4.6%", S, note="release"),
    F("$1.2 million", S, note="release: rent"),
    F("30", S, note="release: 30-year lease"),
    F("a third", S, derived=True, note="release: 1.2 / 3.6 = 33%"),
    F("6%", S, note="release"),
    F("7%", S, note="release"),
    F("$1.2 million", C, "$1.7 million", note="release: the hotel-tax increase raises $1.7 million; $1.2 million is the rent"),
    F("$3", C, "$2", note="release: a $2 surcharge on every ticket"),
    F("$0.7 million", S, note="release"),
    F("360,000", S, note="release"),
    F("2023", U, note="no source says when or for how much the city got the site"),
    F("$3.2 million", U, note="no source says what the city paid for the site"),
    F("312,550", S, note="report"),
    F("8.6%", S, note="report"),
    F("278,900", C, "287,900", note="report: 287,900 in 2024 (transposed digits)"),
    F("2024", S, note="report"),
    F("4,530", S, note="report"),
    F("third", C, "fourth", note="report: ranked fourth"),
    F("11", S, note="report: 11 sellouts"),
    F("6,500", S, note="report"),
    F("76", S, note="report"),
    F("62", S, note="report"),
    F("61", S, note="report"),
    F("77", S, note="report"),
    F("three", S, note="report"),
    F("71,240", S, note="report table: July"),
    F("21.4%", C, "22.8%", note="report table: July share 22.8; 21.4 is August's"),
    F("15", C, "16", note="report table: July 16-9"),
    F("9", S, note="report table: July 9 losses"),
    F("7", S, note="report table: September 7-2"),
    F("2", S, note="report table"),
    F("4", U, note="no source mentions walk-off wins"),
    F(".291", S, note="report"),
    F("25", C, "22", note="report: Ferraro 22 home runs"),
    F("19", S, note="report: Okafor 19 home runs"),
    F("18", C, "81", note="report: Okafor 81 runs batted in (transposed digits)"),
    F("13%", S, note="report"),
    F("$1.3 million", C, "$1.1 million", note="report: operating profit $1.1 million"),
    F("83", C, "38", note="article: 38 stadium projects (transposed digits)"),
    F("three", S, note="article"),
    F("four", S, note="article"),
    F("$71 million", S, note="article"),
    F("2019", S, note="article"),
    F("13%", C, "31%", note="article: attendance jumped 31% in its first season"),
    F("12%", S, note="article"),
    F("350,000", S, derived=True, note="report / article: 312,550 x 1.12 = 350,056"),
    F("360,000", S, note="report / release"),
    F("600", U, note="no source gives the poll's sample size"),
    F("51%", S, note="article: poll"),
    F("14%", C, "41%", note="article: 41% opposed (transposed digits)"),
    F("$12", S, note="article"),
    F("2026", C, "2027", note="article: $12 through 2027"),
    F("$15", S, note="article"),
    F("a third", C, "a quarter", derived=True, note="article: (15 - 12) / 12 = 25%"),
    F("1,100", S, note="article"),
    F("15%", S, derived=True, note="article / release: 1,100 / 7,200 = 15.3%"),
    F("180", S, note="release / article"),
    F("$240 million", S, note="release / article"),
    F("10", S, note="release / article"),
    F("410", S, note="release"),
    F("1,300", U, note="no source forecasts visitors"),
    F("2026", S, note="release: groundbreaking March 2026"),
    F("2027", S, note="article: Ridgeway Field torn down after the 2027 season"),
    F("65", S, derived=True, note="article: 2027 - 1962 = 65"),
    F("1962", S, note="release / article"),
    F("412", U, note="no source mentions the booster club"),
    F("$8,600", U, note="no source mentions the booster club"),
    F("14", U, note="no source mentions the dinner (14 is the site's acreage)"),
    F("$45", U, note="no source mentions the dinner"),
    F("100", U, note="no source mentions bricks"),
]

CASES = [
    ("fresh6-dev", "fresh-k", K_SOURCES, [
        ("wire.md", K1, K1_FIGS, "wire story"),
        ("opinion.md", K2, K2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, per-unit values)"),
        ("summary.md", K3, K3_FIGS, "LLM-style summary: dense figures, compound sentences with two owners, swapped pairs"),
        ("newsletter.md", K4, K4_FIGS, "booster-club newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
# no declared exceptions: every number word or digit run in the drafts is a figure
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
