#!/usr/bin/env python3
"""Generate tests/fresh/fresh16-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AE (fresh16-dev): a city's public swimming pools and a pool-renovation
                    bond (Brennick): the Parks and Recreation Department's
                    2025 summer season report excerpt (visits, revenue and
                    cost recovery of five pools, prices, passes, lifeguards,
                    lessons, rescues, facilities), the mayor's office release
                    on the council's 7-2 vote to put the $42 million
                    Measure S bond on the May ballot, and a newspaper article
                    on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ae.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AE: Brennick's public pools and Measure S (fictional)
# ---------------------------------------------------------------------------

AE_REPORT = """City of Brennick Parks and Recreation Department
Aquatics Division: 2025 Summer Season Report (excerpt)
Season of Saturday, May 24 to Monday, September 1, 2025

Overview

Brennick's five public pools drew 312,400 visits over the 101-day season, up 8.6% from 287,600 in 2024 and the highest total since 2018, when the pools drew 319,800. Thunderstorms closed the pools on 11 days, against 17 days in 2024, and the temperature reached 90 degrees on 23 days, against 14.

Table 1. Visits and revenue by pool, 2025

| Pool | Opened | Visits | Change from 2024 (%) | Share of visits (%) | Revenue ($ thousands) | Cost recovery (%) |
|---|---|---|---|---|---|---|
| Riverside Pool | 1962 | 94,300 | +10.8 | 30.2 | 652 | 64.4 |
| Eastgate Aquatic Center | 2009 | 88,900 | +10.6 | 28.5 | 706 | 64.5 |
| Holloway Park Pool | 1971 | 71,600 | +5.4 | 22.9 | 448 | 55.9 |
| Linden Street Pool | 1958 | 34,200 | -5.0 | 10.9 | 191 | 34.9 |
| Carver Heights Pool | 1966 | 23,400 | +28.6 | 7.5 | 143 | 35.4 |
| All pools | — | 312,400 | +8.6 | 100.0 | 2,140 | 55.4 |

Cost recovery is revenue as a share of each pool's operating cost. Riverside was again the busiest pool, although Eastgate earned the most. Carver Heights grew fastest because it was open all season; a pump failure closed it for 19 days in 2024. Linden Street lost visits for the fourth year in a row.

Revenue and costs

Aquatics revenue was $2.14 million: daily admissions $1.21 million, season passes $0.48 million, swim lessons $0.29 million and concessions and rentals $0.16 million. Operating costs were $3.86 million, up 7.2% from $3.60 million, mostly because of lifeguard wages and pool chemicals. The general fund covered the $1.72 million gap.

Daily admission was $6 for adults and $3 for youth aged 3 to 17 and for seniors 62 and over; children under 3 swim free. The department sold 2,960 season passes, up from 2,410. An individual pass cost $85 and a family pass $210.

Lifeguards and lessons

The division hired 164 lifeguards against a budget for 190, up from 138 in 2024. Starting pay rose to $15.50 an hour from $14.00, and new guards received a $300 bonus after 30 shifts. Because of the shortage, Linden Street opened five days a week in August instead of seven.

Swim lessons enrolled 4,820 children, up 16.1% from 4,150, and 1,310 more were on waiting lists. The Every Kid Swims program gave free lessons to 1,260 children from low-income families.

Lifeguards made 214 rescues, against 187 in 2024, and there were no drownings. Water-quality problems closed a pool on 6 occasions, down from 9.

Facilities

The five pools' average age is 52 years. A 2024 condition assessment by Harrow & Keel Engineers put the cost of repairs at the four oldest pools at $31.8 million. Linden Street, the oldest, loses an estimated 28,000 gallons of water a day through cracks in its shell, and Riverside's filtration system is original to 1962. Eastgate, built with a 2007 bond, needs no major work before 2035.
"""

AE_RELEASE = """FOR IMMEDIATE RELEASE
City of Brennick, Office of the Mayor
Wednesday, February 18, 2026

Council puts $42 million pool bond on May ballot

The Brennick City Council voted 7-2 on Tuesday to ask voters to approve Measure S, a $42 million bond to rebuild and renovate four of the city's five public pools. The measure will appear on the ballot on Tuesday, May 19, 2026, and needs 60% approval to pass.

Table 1. Measure S projects

| Project | Cost ($ million) | Share of bond (%) |
|---|---|---|
| Riverside Pool: new 50-meter pool, bathhouse and splash pad | 17.6 | 41.9 |
| Linden Street Pool: rebuild on the same site | 11.2 | 26.7 |
| Holloway Park Pool: new filtration, bathhouse and accessible entry | 6.4 | 15.2 |
| Carver Heights Pool: renovation and splash pad | 4.9 | 11.7 |
| Design, contingency and bond costs | 1.9 | 4.5 |
| Total | 42.0 | 100.0 |

With a $4.5 million state Outdoor Recreation grant and $2.8 million pledged by the Brennick Community Foundation for shade structures and a teaching pool at Linden Street, the program would total $49.3 million. The Eastgate Aquatic Center, the newest pool, is not part of the measure.

The bonds would be repaid over 25 years. The city estimates the cost at $48 a year for the owner of a home assessed at $285,000, the city median.

Work would begin after Labor Day 2026. Riverside would close for the 2027 season and reopen in May 2028 with room for 1,100 swimmers, up from 650. The other three projects would be finished before the 2027 season opens. The new Linden Street pool would have eight lanes instead of six and would end the leak that wastes an estimated 28,000 gallons a day.

"Linden Street Pool has opened for 68 summers, and every one of them shows," said Mayor Celia Marchbank. "Measure S gives every neighborhood a pool it can be proud of."

Council members Dale Whitcombe and Anita Rossiter voted against. An amendment by Whitcombe to cut the bond to $30 million, covering only Riverside and Linden Street, failed 3-6.

For 2026, the council also raised lifeguard starting pay to $16.75 an hour from $15.50 and the family season pass to $225 from $210. Daily admission and the $85 individual pass are unchanged. The pools open on Saturday, May 23.

Voters last approved a pool bond in 2007: $14 million that built the Eastgate Aquatic Center, which opened in 2009.

Three town halls are planned, the first on Tuesday, March 24, at 6:30 p.m. at the Eastgate Aquatic Center.
"""

AE_ARTICLE = """Council sends $42 million pool bond to voters; Linden Street swimmers cheer

By Odette Farrimond, The Brennick Gazette
Thursday, February 19, 2026

After a hearing that ran past 11 p.m., the Brennick City Council voted 7-2 on Tuesday to put a $42 million pool bond on the May 19 ballot.

Forty-one people spoke, 33 of them in favor. Among them was Margaret Pruitt, 81, who has swum laps at Linden Street Pool since 1974. "I was 29 the first summer I swam there," she said. "Now the water leaks out faster than I swim."

Council member Dale Whitcombe, 66, said the city is still paying off the 2007 pool bond, with $3.9 million left and the last payment due in 2027. "We should finish paying for one pool before we borrow for four," he said. Anita Rossiter, 49, the other no vote, said the cost with interest worried her. At an assumed 3.8% interest rate, the finance department estimates payments of about $2.6 million a year, or about $66 million over 25 years.

Mayor Celia Marchbank, 58, said the median homeowner would pay about $4 a month.

Aquatics manager Tobias Fenwright, 44, who has run the pools since 2017, said last summer's 312,400 visits came despite 26 unfilled lifeguard jobs. "We closed Linden Street two days a week in August because we couldn't staff it," he said. The division wants 190 guards this summer and has 97 applications so far.

Jaylen Osei, 19, a lifeguard at Riverside for three summers, said the pool's 1962 filters fail several times a season. "Last July we were closed for four days while we waited for a part," he said.

Swim coach Inés Calder, 37, said her Brennick Barracudas team has 240 swimmers and 60 more on a waiting list, and trains at Eastgate because Riverside's pool is too short for meets. A 50-meter pool would let Brennick host the regional championships, she said.

A Gazette poll of 500 likely voters in January found 61% in favor of a pool bond, 31% against and 8% undecided, with a margin of error of 4.4 points. Measure S needs 60%.

Ashby, 25 miles south, opened a $21 million aquatic center in 2022. Its pool visits rose from 48,000 in 2021 to 131,000 in 2023, according to Ashby's parks department.

The first town hall is March 24 at Eastgate.
"""

AE_SOURCES = [
    {"name": "brennick-aquatics-season-report-2025.txt", "text": AE_REPORT},
    {"name": "brennick-measure-s-release.txt", "text": AE_RELEASE},
    {"name": "brennick-gazette-article.txt", "text": AE_ARTICLE},
]

# --- AE1: news story ---------------------------------------------------------------------
AE1 = """Brennick voters to decide $42 million pool bond in May

BRENNICK (Valley News Service) — Voters will decide on May 19 whether the city should borrow $42 million to rebuild and renovate four of its five public pools, after the City Council voted 7-2 on Tuesday to put Measure S on the ballot.

The measure needs 60% approval. A Gazette poll in January put support for a pool bond at 61% and opposition at 31%, with a margin of error of 4.4 points.

Riverside Pool would get a new 50-meter pool, bathhouse and splash pad for $17.6 million, and Linden Street Pool would be rebuilt for $12.2 million. The two projects take more than two thirds of the bond.

Owners of a home assessed at $285,000, the city median, would pay an estimated $48 a year for 20 years, or $4 a month. With a $4.5 million state grant and $3.8 million from the Brennick Community Foundation, the whole program would cost $49.3 million.

Council members Dale Whitcombe, 66, and Anita Rossiter, 49, voted no. Whitcombe's amendment to cut the bond to $30 million failed 4-5, and he noted that the city still owes $3.9 million on the 2007 bond that built the Eastgate Aquatic Center.

The pools drew 312,400 visits last summer, up 8.6% from 2024 and the most since 2016. Riverside was the busiest, with 94,300 visits, while Eastgate earned the most, $706,000, or $54,000 more than Riverside.

Linden Street, which opened in 1962, lost visits for the third year in a row and leaks an estimated 28,000 gallons of water a day. Mayor Celia Marchbank, 58, said the pool has opened for 86 summers.

The pools cost $3.86 million to run last season and brought in $2.14 million, leaving the general fund to cover $1.72 million, about $4.50 for every visit.

Aquatics manager Tobias Fenwright, 44, said the city hired 164 lifeguards last summer, 26 short of its budget, and closed Linden Street two days a week in August. Starting pay rises this summer to $16.75 an hour from $15.50, an increase of about 8%, and the family season pass goes to $225 from $200.

Work would begin after Labor Day. Riverside would close for the 2027 season and reopen in May 2029 with room for 1,100 swimmers, up from 650. Fenwright said the new pool would stay open until 9 p.m. on weekdays.

The last citywide bond, a 2019 street-repair measure, passed with 64% of the vote. The bond would also pay for 40 new shade umbrellas, Fenwright said.

"""

AE1_FIGS = [
    F("$42 million", S, note="headline; release: a $42 million bond"),
    F("19", S, note="release: on the ballot on Tuesday, May 19, 2026"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("four", S, note="release: to rebuild and renovate four of the city's five public pools"),
    F("five", S, note="release: the city's five public pools"),
    F("7", S, note="release / article: voted 7-2"),
    F("2", S, note="release / article: voted 7-2"),
    F("60%", S, note="release: needs 60% approval"),
    F("61%", S, note="article: 61% in favor of a pool bond"),
    F("31%", S, note="article: 31% against"),
    F("4.4", S, note="article: a margin of error of 4.4 points"),
    F("50", S, note="release: a new 50-meter pool at Riverside"),
    F("$17.6 million", S, note="release table: Riverside 17.6"),
    F("$12.2 million", C, "$11.2 million", note="release table: Linden Street 11.2"),
    F("two", S, note="release table: Riverside and Linden Street, the two projects named"),
    F("two thirds", S, derived=True, note="release table: (17.6 + 11.2) / 42.0 = 68.6% ('more than two thirds'; right by the sources though the draft misstates Linden Street)"),
    F("$285,000", S, note="release: a home assessed at $285,000, the city median"),
    F("$48", S, note="release: $48 a year"),
    F("20", C, "25", note="release: the bonds would be repaid over 25 years"),
    F("$4", S, note="article: the median homeowner would pay about $4 a month"),
    F("$4.5 million", S, note="release: a $4.5 million state Outdoor Recreation grant"),
    F("$3.8 million", C, "$2.8 million", note="release: $2.8 million pledged by the Brennick Community Foundation"),
    F("$49.3 million", S, note="release: the program would total $49.3 million"),
    F("66", S, note="article: Dale Whitcombe, 66"),
    F("49", S, note="article: Anita Rossiter, 49"),
    F("$30 million", S, note="release: an amendment to cut the bond to $30 million"),
    F("4", C, "3", note="release: the amendment failed 3-6"),
    F("5", C, "6", note="release: the amendment failed 3-6"),
    F("$3.9 million", S, note="article: $3.9 million left on the 2007 pool bond"),
    F("2007", S, note="article / release: the 2007 pool bond that built Eastgate"),
    F("312,400", S, note="report: 312,400 visits"),
    F("8.6%", S, note="report: up 8.6%"),
    F("2024", S, note="report: from 287,600 in 2024"),
    F("2016", C, "2018", note="report: the highest total since 2018"),
    F("94,300", S, note="report table: Riverside 94,300"),
    F("$706,000", S, note="report table: Eastgate revenue 706 ($ thousands)"),
    F("$54,000", S, derived=True, note="report table: 706 - 652 = 54 ($ thousands)"),
    F("1962", C, "1958", note="report table: Linden Street opened in 1958; 1962 is Riverside's year"),
    F("third", C, "fourth", note="report: Linden Street lost visits for the fourth year in a row"),
    F("28,000", S, note="report / release: 28,000 gallons a day"),
    F("58", S, note="article: Mayor Celia Marchbank, 58"),
    F("86", C, "68", note="release: 'Linden Street Pool has opened for 68 summers' (transposed digits)"),
    F("$3.86 million", S, note="report: operating costs $3.86 million"),
    F("$2.14 million", S, note="report: aquatics revenue $2.14 million"),
    F("$1.72 million", S, note="report: the general fund covered the $1.72 million gap"),
    F("$4.50", C, "$5.50", derived=True, note="report: $1.72 million / 312,400 visits = $5.51"),
    F("44", S, note="article: Tobias Fenwright, 44"),
    F("164", S, note="report: hired 164 lifeguards"),
    F("26", S, note="article: 26 unfilled lifeguard jobs (report: 190 budgeted, 164 hired)"),
    F("two", S, note="article: closed Linden Street two days a week in August"),
    F("$16.75", S, note="release: starting pay to $16.75 an hour"),
    F("$15.50", S, note="release: from $15.50"),
    F("8%", S, derived=True, note="release: ($16.75 - $15.50) / $15.50 = 8.1%"),
    F("$225", S, note="release: the family season pass to $225"),
    F("$200", C, "$210", note="release / report: from $210"),
    F("2027", S, note="release: Riverside would close for the 2027 season"),
    F("2029", C, "2028", note="release: reopen in May 2028"),
    F("1,100", S, note="release: room for 1,100 swimmers"),
    F("650", S, note="release: up from 650"),
    F("9", U, note="no source gives the new pool's hours"),
    F("2019", U, note="no source mentions a 2019 street-repair bond"),
    F("64%", U, note="no source gives another bond's vote share"),
    F("40", U, note="no source mentions shade umbrellas"),
]

# --- AE2: voter guide (new style) --------------------------------------------------------
AE2 = """# Measure S: City of Brennick pool bond

*Brennick Civic League Voter Guide, special election of Tuesday, May 19, 2026*

## The question

Should the city borrow up to $42 million, repaid over 25 years, to rebuild and renovate four of its five public pools? A yes vote approves the bonds; a no vote rejects them. The measure needs 60% of the vote to pass. It is the largest bond the city has put to voters since 1998. The League takes no position.

## What the money would buy

- **Riverside Pool:** a new 50-meter pool, bathhouse and splash pad, $17.6 million (26.7% of the bond). It would hold 1,100 swimmers instead of 650, about 70% more.
- **Linden Street Pool:** rebuilt on the same site with eight lanes instead of six, $11.2 million.
- **Holloway Park Pool (opened 1966):** new filtration, bathhouse and accessible entry, $6.4 million.
- **Carver Heights Pool (opened 1971):** renovation and a splash pad, $4.9 million.

The Eastgate Aquatic Center gets nothing. A $4.5 million state grant and $2.8 million from the Brennick Community Foundation would bring the program to $49.3 million, so the bond is about 85% of the total.

## Fiscal impact

The city estimates the cost at $48 a year for the owner of a home assessed at $285,000, the median, or $1,440 over the life of the bonds. At an assumed 4.8% interest rate, the finance department puts total payments at about $66 million. The city still owes $3.9 million on its 2007 pool bond, with the last payment due in 2029.

## Arguments for

- The pools are old: their average age is 57 years.
- A 2019 city survey found 72% of residents wanted better pools.
- Linden Street loses about 28,000 gallons of water a day, or about 2.8 million gallons over a 101-day season.
- Demand is growing. Season-pass sales rose about 23% last summer, to 2,960, and 1,130 children were on swim-lesson waiting lists.
- Ashby's new aquatic center drew nearly three times as many visits in 2023 as that city's pools did in 2021.
- Coach Inés Calder says a 50-meter pool would let Brennick host regional meets; her team has 240 swimmers and 80 on a waiting list.

## Arguments against

- Interest would add about $24 million, more than half the amount borrowed.
- Council member Dale Whitcombe's $30 million alternative, for Riverside and Linden Street only, failed 3-6.
- The pools recover only about 55% of their operating costs. Linden Street covers about a third of its costs and Holloway Park about 65%.
- The pools already get $1.72 million a year from the general fund, about $38 for every household in the city.

## The poll

A January Gazette poll found 61% for a pool bond, just one point above the threshold and well within the 4.4-point margin of error. Early voting starts May 4 at 12 sites.
"""

AE2_FIGS = [
    F("19", S, note="release: the ballot on Tuesday, May 19, 2026"),
    F("2026", S, note="release: May 19, 2026"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("25", S, note="release: repaid over 25 years"),
    F("four", S, note="release: four of the city's five public pools"),
    F("five", S, note="release: the city's five public pools"),
    F("60%", S, note="release: needs 60% approval"),
    F("1998", U, note="no source compares Measure S with earlier bonds or mentions 1998"),
    F("50", S, note="release table: a new 50-meter pool at Riverside"),
    F("$17.6 million", S, note="release table: Riverside 17.6"),
    F("26.7%", C, "41.9%", note="release table: Riverside 41.9% of the bond; 26.7% is Linden Street's share"),
    F("1,100", S, note="release: room for 1,100 swimmers"),
    F("650", S, note="release: up from 650"),
    F("70%", S, derived=True, note="release: 1,100 / 650 = 1.69, about 70% more"),
    F("eight", S, note="release: eight lanes instead of six"),
    F("six", S, note="release: instead of six"),
    F("$11.2 million", S, note="release table: Linden Street 11.2"),
    F("1966", C, "1971", note="report table: Holloway Park opened 1971; 1966 is Carver Heights' year (swapped pair)"),
    F("$6.4 million", S, note="release table: Holloway Park 6.4"),
    F("1971", C, "1966", note="report table: Carver Heights opened 1966; 1971 is Holloway Park's year (swapped pair)"),
    F("$4.9 million", S, note="release table: Carver Heights 4.9"),
    F("$4.5 million", S, note="release: a $4.5 million state grant"),
    F("$2.8 million", S, note="release: $2.8 million pledged by the Brennick Community Foundation"),
    F("$49.3 million", S, note="release: the program would total $49.3 million"),
    F("85%", S, derived=True, note="release: $42 million / $49.3 million = 85.2%"),
    F("$48", S, note="release: $48 a year"),
    F("$285,000", S, note="release: a home assessed at $285,000, the city median"),
    F("$1,440", C, "$1,200", derived=True, note="release: $48 a year x 25 years = $1,200"),
    F("4.8%", C, "3.8%", note="article: an assumed 3.8% interest rate"),
    F("$66 million", S, note="article: about $66 million over 25 years"),
    F("$3.9 million", S, note="article: $3.9 million left on the 2007 bond"),
    F("2007", S, note="article: the 2007 pool bond"),
    F("2029", C, "2027", note="article: the last payment due in 2027"),
    F("57", C, "52", note="report: the five pools' average age is 52 years"),
    F("2019", U, note="no source mentions a city survey"),
    F("72%", U, note="no source mentions a city survey"),
    F("28,000", S, note="report / release: 28,000 gallons a day"),
    F("2.8 million", S, derived=True, note="report: 28,000 gallons x 101 days = 2,828,000 gallons"),
    F("101", S, note="report: the 101-day season"),
    F("23%", S, derived=True, note="report: 2,960 / 2,410 = 1.228, up about 23%"),
    F("2,960", S, note="report: sold 2,960 season passes"),
    F("1,130", C, "1,310", note="report: 1,310 more were on waiting lists (transposed digits)"),
    F("three times", S, derived=True, note="article: 131,000 / 48,000 = 2.7 ('nearly three times')"),
    F("2023", S, note="article: 131,000 in 2023"),
    F("2021", S, note="article: 48,000 in 2021"),
    F("50", S, note="article: a 50-meter pool would let Brennick host the regional championships"),
    F("240", S, note="article: the Barracudas have 240 swimmers"),
    F("80", C, "60", note="article: 60 more on a waiting list"),
    F("$24 million", S, derived=True, note="article: $66 million - $42 million = $24 million"),
    F("half", S, derived=True, note="article: $24 million / $42 million = 57% ('more than half')"),
    F("$30 million", S, note="release: Whitcombe's amendment to cut the bond to $30 million"),
    F("3", S, note="release: failed 3-6"),
    F("6", S, note="release: failed 3-6"),
    F("55%", S, note="report table: all pools 55.4% cost recovery"),
    F("a third", S, note="report table: Linden Street 34.9% ('about a third', a fraction of a stated share)"),
    F("65%", C, "55.9%", note="report table: Holloway Park 55.9% cost recovery"),
    F("$1.72 million", S, note="report: the general fund covered the $1.72 million gap"),
    F("$38", U, note="no source gives the number of households in Brennick"),
    F("61%", S, note="article: 61% in favor"),
    F("one", S, derived=True, note="article / release: 61% - 60% = 1 point"),
    F("4.4", S, note="article: a margin of error of 4.4 points"),
    F("4", U, note="no source gives early-voting dates"),
    F("12", U, note="no source gives early-voting sites"),
]

# --- AE3: print interview (new style) ----------------------------------------------------
AE3 = """# "We were 26 lifeguards short": Brennick's pool chief on last summer and Measure S

*The Brennick Gazette, Sunday Conversation, March 2026*

Tobias Fenwright, 44, has run Brennick's five public pools since 2015. With Measure S, a $42 million pool bond, on the May 19 ballot, we asked him about last summer and what comes next. The interview has been edited for length and clarity.

**How did last summer go?**

Busy. We had 312,400 visits over 101 days, about 3,100 a day, up 8.6% from 2024. It was our best season since 2018.

**Which pool was busiest?**

Riverside, with 94,300 visits, almost a third of the total. Carver Heights grew the most, 26.8%, but that's because a pump failure shut it for 19 days in 2023.

**You were short of lifeguards.**

We budgeted for 190 and hired 164, up from 148 the year before, so we were 26 short. We raised starting pay to $15.50 from $14.00 and paid a $300 bonus after 20 shifts. This summer it's $16.75 an hour, a raise of more than 10%, and we have 79 applications so far. We'll need about 30 more guards when Riverside reopens.

**What happened at Linden Street?**

We could only open it five days a week in August instead of seven. It loses about 28,000 gallons a day. I'd guess we paid $40,000 last summer for water that went into the ground.

**Why should voters spend $42 million?**

Because the alternative is patching. The 2024 engineering assessment said repairs alone at the four oldest pools would cost $38.1 million, and that gets you the same old pools. For $42 million we get a new 50-meter pool at Riverside with room for 1,100 swimmers instead of 650, a rebuilt Linden Street with eight lanes, and two splash pads.

**What does it cost a homeowner?**

About $48 a year on a $285,000 home, less than a family season pass, which is $225 this summer. A family of four that comes ten times a summer spends $180 at the gate.

**How are swim lessons doing?**

We taught 4,820 kids last year, up 23%, and 1,310 more were waiting. Every Kid Swims covered 1,620 children from low-income families for free.

**Anything else voters should know?**

Our guards made 214 rescues last year with no drownings. That's 27 more rescues than in 2024, which tells you how crowded the water is. And the pools cover about 55% of their costs; Eastgate covers nearly two thirds.
"""

AE3_FIGS = [
    F("26", S, note="headline quote; article: 26 unfilled lifeguard jobs"),
    F("2026", S, note="heading March 2026: the sources are dated 2026"),
    F("44", S, note="article: Tobias Fenwright, 44"),
    F("five", S, note="report / release: the city's five public pools"),
    F("2015", C, "2017", note="article: who has run the pools since 2017"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("19", S, note="release: May 19, 2026"),
    F("312,400", S, note="report: 312,400 visits"),
    F("101", S, note="report: the 101-day season"),
    F("3,100", S, derived=True, note="report: 312,400 / 101 days = 3,093 a day"),
    F("8.6%", S, note="report: up 8.6%"),
    F("2024", S, note="report: from 287,600 in 2024"),
    F("2018", S, note="report: the highest total since 2018"),
    F("94,300", S, note="report table: Riverside 94,300"),
    F("a third", S, note="report table: Riverside 30.2% of visits ('almost a third', a fraction of a stated share)"),
    F("26.8%", C, "28.6%", note="report table: Carver Heights +28.6 (transposed digits)"),
    F("19", S, note="report: a pump failure closed it for 19 days in 2024"),
    F("2023", C, "2024", note="report: the pump failure was in 2024"),
    F("190", S, note="report: a budget for 190 lifeguards"),
    F("164", S, note="report: hired 164"),
    F("148", C, "138", note="report: up from 138 in 2024"),
    F("26", S, note="article: 26 unfilled lifeguard jobs"),
    F("$15.50", S, note="report: starting pay rose to $15.50"),
    F("$14.00", S, note="report: from $14.00"),
    F("$300", S, note="report: a $300 bonus"),
    F("20", C, "30", note="report: the bonus came after 30 shifts"),
    F("$16.75", S, note="release: starting pay to $16.75 for 2026"),
    F("10%", C, "8.1%", derived=True, note="release: ($16.75 - $15.50) / $15.50 = 8.1%, not more than 10%"),
    F("79", C, "97", note="article: 97 applications so far (transposed digits)"),
    F("30", U, note="no source gives the guards the new Riverside pool will need"),
    F("five", S, note="report: Linden Street opened five days a week in August"),
    F("seven", S, note="report: instead of seven"),
    F("28,000", S, note="report: 28,000 gallons a day"),
    F("$40,000", U, note="no source gives the cost of the lost water"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("2024", S, note="report: a 2024 condition assessment"),
    F("four", S, note="report: the four oldest pools"),
    F("$38.1 million", C, "$31.8 million", note="report: repairs at the four oldest pools $31.8 million (transposed digits)"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("50", S, note="release: a new 50-meter pool"),
    F("1,100", S, note="release: room for 1,100 swimmers"),
    F("650", S, note="release: up from 650"),
    F("eight", S, note="release: eight lanes"),
    F("two", S, derived=True, note="release table: splash pads at Riverside and Carver Heights, two"),
    F("$48", S, note="release: $48 a year"),
    F("$285,000", S, note="release: a home assessed at $285,000"),
    F("$225", S, note="release: the family season pass to $225"),
    F("four", U, note="a family size no source gives"),
    F("ten", U, note="a number of visits no source gives"),
    F("$180", U, note="worked out from an assumed family and visits no source gives"),
    F("4,820", S, note="report: swim lessons enrolled 4,820 children"),
    F("23%", C, "16%", note="report: swim lessons up 16.1% (4,150 to 4,820); 23% is the rise in season passes"),
    F("1,310", S, note="report: 1,310 more were on waiting lists"),
    F("1,620", C, "1,260", note="report: Every Kid Swims gave free lessons to 1,260 children"),
    F("214", S, note="report: lifeguards made 214 rescues"),
    F("27", S, derived=True, note="report: 214 - 187 = 27"),
    F("2024", S, note="report: 187 in 2024"),
    F("55%", S, note="report table: all pools 55.4% cost recovery"),
    F("two thirds", S, note="report table: Eastgate 64.5% ('nearly two thirds', a fraction of a stated share)"),
]

# --- AE4: swim club parents' newsletter, hard-wrapped ------------------------------------
AE4 = """# The Barracuda Bulletin

*Brennick Barracudas Swim Club, parents' newsletter, February 2026*

**The big news.** On Tuesday, February 17, the City Council voted 7-2 to put
Measure S, a $42 million pool bond, on the May 19 ballot. It would pay for a
new 50-meter pool at Riverside, which matters to us more than to anyone. Coach
Inés Calder, 44, told the council that our 240 swimmers train at Eastgate
because Riverside is too short for meets, and that 60 more kids are waiting to
join. With a 50-meter pool, she said, Brennick could host the regional
championships for the first time since 1994.

**What the bond buys**

- Riverside: a new pool, bathhouse and splash pad for $17.6 million, about
  two fifths of the bond. It would hold 1,100 swimmers, up from 560, more
  than twice as many.
- Linden Street: rebuilt with eight lanes instead of six, for $11.2 million.
- Holloway Park and Carver Heights: $6.4 million and $4.9 million. Holloway
  gets new filters and Carver Heights a splash pad.

**The cost.** The city says a home assessed at $285,000 would pay about $48 a
year for 25 years. Council member Dale Whitcombe, 49, voted no; he wanted a
$30 million bond for Riverside and Linden Street alone. But those two projects
come to $28.8 million before design and contingency, so his version left
little room for anything else. Still, he has a point: the city owes
$3.9 million on the 2009 bond and won't finish paying it off until 2027.

**Last summer in numbers**

- The five pools drew 312,400 visits, up 8.6%, and Eastgate alone drew 98,900.
- Guards made 241 rescues, and there were no drownings.
- Swim lessons enrolled 4,820 children, 670 more than in 2024.
- A family season pass cost $210; this summer it goes up $15, to $225.
- Lifeguards started at $15.50 an hour; this summer they start at $16.75. The
  club will pay for 12 of our older swimmers to take the lifeguard course.

**The poll.** A Gazette poll of 600 likely voters in January found 61% for a
pool bond and 31% against, with 8% undecided. The measure needs 60%, and the
margin of error is 4.4 points. It will be close. Yet a yes vote from every
Barracuda family would not hurt.

**What we're asking**

- Come to the town hall on Tuesday, March 24, at 7:30 p.m. at Eastgate. There
  are three in all.
- Our next parents' meeting is Tuesday, March 10, at 7 p.m. in the Eastgate
  party room; dues are $40 a family.
"""

AE4_FIGS = [
    F("2026", S, note="dateline February 2026: the release and the article are dated February 2026"),
    F("17", S, note="release of Wednesday, February 18 and article of Thursday, February 19: the vote was on Tuesday, February 17"),
    F("7", S, note="release / article: voted 7-2"),
    F("2", S, note="release / article: voted 7-2"),
    F("$42 million", S, note="release: a $42 million bond"),
    F("19", S, note="release: May 19, 2026"),
    F("50", S, note="release: a new 50-meter pool at Riverside"),
    F("44", C, "37", note="article: Inés Calder, 37; 44 is Tobias Fenwright's age"),
    F("240", S, note="article: the team has 240 swimmers"),
    F("60", S, note="article: 60 more on a waiting list"),
    F("50", S, note="article: a 50-meter pool would let Brennick host the regional championships"),
    F("first", U, note="no source says Brennick has hosted the championships before"),
    F("1994", U, note="no source mentions 1994"),
    F("$17.6 million", S, note="release table: Riverside 17.6"),
    F("two fifths", S, note="release table: Riverside 41.9% of the bond ('about two fifths', a fraction of a stated share)"),
    F("1,100", S, note="release: room for 1,100 swimmers"),
    F("560", C, "650", note="release: up from 650"),
    F("twice", C, "1.7 times", derived=True, note="release: 1,100 / 650 = 1.69, not 'more than twice'"),
    F("eight", S, note="release: eight lanes"),
    F("six", S, note="release: instead of six"),
    F("$11.2 million", S, note="release table: Linden Street 11.2"),
    F("$6.4 million", S, note="release table: Holloway Park 6.4"),
    F("$4.9 million", S, note="release table: Carver Heights 4.9"),
    F("$285,000", S, note="release: a home assessed at $285,000"),
    F("$48", S, note="release: $48 a year"),
    F("25", S, note="release: repaid over 25 years"),
    F("49", C, "66", note="article: Dale Whitcombe, 66; 49 is Anita Rossiter's age"),
    F("$30 million", S, note="release: an amendment to cut the bond to $30 million"),
    F("two", S, note="release: covering only Riverside and Linden Street"),
    F("$28.8 million", S, derived=True, note="release table: 17.6 + 11.2 = 28.8"),
    F("$3.9 million", S, note="article: $3.9 million left on the 2007 bond"),
    F("2009", C, "2007", note="article / release: the 2007 pool bond; 2009 is the year Eastgate opened"),
    F("2027", S, note="article: the last payment due in 2027"),
    F("five", S, note="report: five public pools"),
    F("312,400", S, note="report: 312,400 visits"),
    F("8.6%", S, note="report: up 8.6%"),
    F("98,900", C, "88,900", note="report table: Eastgate 88,900"),
    F("241", C, "214", note="report: 214 rescues (transposed digits)"),
    F("4,820", S, note="report: 4,820 children"),
    F("670", S, derived=True, note="report: 4,820 - 4,150 = 670"),
    F("2024", S, note="report: from 4,150 (2024)"),
    F("$210", S, note="report: a family pass cost $210"),
    F("$15", S, derived=True, note="release: $225 - $210 = $15"),
    F("$225", S, note="release: the family season pass to $225"),
    F("$15.50", S, note="report: starting pay $15.50"),
    F("$16.75", S, note="release: $16.75 for 2026"),
    F("12", U, note="no source mentions the club paying for lifeguard courses"),
    F("600", C, "500", note="article: a Gazette poll of 500 likely voters"),
    F("61%", S, note="article: 61% in favor"),
    F("31%", S, note="article: 31% against"),
    F("8%", S, note="article: 8% undecided"),
    F("60%", S, note="release / article: needs 60%"),
    F("4.4", S, note="article: a margin of error of 4.4 points"),
    F("24", S, note="release: Tuesday, March 24"),
    F("7:30", C, "6:30", note="release: the town hall is at 6:30 p.m."),
    F("three", S, note="release: three town halls"),
    F("10", U, note="no source mentions the club's meeting"),
    F("7", U, note="no source mentions the club's meeting"),
    F("$40", U, note="no source mentions the club's dues"),
]

CASES = [
    ("fresh16-dev", "fresh-ae", AE_SOURCES, [
        ("news.txt", AE1, AE1_FIGS, "news story with a dateline and compound sentences holding two owners"),
        ("voter-guide.md", AE2, AE2_FIGS, "voter guide: the ballot question, projects, fiscal impact, arguments for and against, rich in derived figures"),
        ("interview.md", AE3, AE3_FIGS, "print interview: bold questions, first-person answers with figures, some from assumptions"),
        ("newsletter.md", AE4, AE4_FIGS, "swim club parents' newsletter: heading, bold lead-ins, bullets, hard-wrapped lines, pronouns, But/Still/Yet"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
