#!/usr/bin/env python3
"""Generate tests/fresh/fresh15-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AC (fresh15-dev): a city zoo's annual attendance report and a new exhibit
                    (the Corriston Zoo): the Corriston Zoological Society's
                    2025 annual report excerpt (visits by admission type,
                    members, prices, finances, animals, facilities, parking),
                    the Society's and the city's release on the $46.5 million
                    Coastline exhibit and new admission prices, and a
                    newspaper article on the council's 6-1 bond vote

(The brief proposed a regional airport; topic E already was one, so a zoo
was chosen instead.)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ac.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AC: the Corriston Zoo (fictional)
# ---------------------------------------------------------------------------

AC_REPORT = """Corriston Zoological Society
Annual Report 2025 (excerpt)
Calendar year, January 1 to December 31, 2025

The year in brief

The Corriston Zoo welcomed 1,184,600 visitors in 2025, up 6.8% from 1,109,200 in 2024. It was the second-highest attendance in the zoo's 104-year history, behind the record of 1,231,000 set in 2019. Saturday, April 19, the day before Easter, drew 21,480 visitors, a single-day record.

Table 1. Visits by admission type, 2025

| Admission type | Visits | Change from 2024 (%) | Share of visits (%) | Admission revenue ($ million) |
|---|---|---|---|---|
| General admission | 512,300 | +4.6 | 43.2 | 9.74 |
| Members | 388,900 | +11.9 | 32.8 | — |
| Free community days | 142,700 | +9.4 | 12.0 | — |
| School groups | 96,400 | -2.3 | 8.1 | 0.87 |
| Events and other | 44,300 | +3.5 | 3.7 | 1.12 |
| Total | 1,184,600 | +6.8 | 100.0 | 11.73 |

Member visits grew fastest. The Society ended the year with 41,600 member households, up 9.2% from 38,100, and membership dues brought in $5.4 million. A family membership costs $149 a year. School-group visits fell for the second year in a row as districts cut field-trip budgets.

General admission cost $22 for adults, $19 for seniors and $16 for children aged 3 to 12; children under 3 enter free. The zoo held 12 free community days.

Finances

Operating revenue was $38.6 million: $11.7 million from admissions, $9.8 million in operating support from the City of Corriston, $6.9 million from food, retail and parking, $5.4 million from memberships and $4.8 million from donations and grants. Operating expenses were $37.9 million, of which animal care and veterinary services took $12.6 million, leaving a surplus of $0.7 million. The Society spent $1.9 million on field conservation projects in 14 countries.

Animals and people

The zoo cares for 2,310 animals of 412 species on 84 acres. There were 187 births and hatchings in 2025, among them Kibo, a western lowland gorilla born on March 14, the zoo's first gorilla birth in 22 years. The Society employs 268 full-time and 190 seasonal staff, and 640 volunteers gave 51,200 hours.

Facilities

The Sea Lion Pool, built in 1958, closed in 2023, and its five California sea lions were moved to another institution. The Penguin House, built in 1964, needs repairs estimated at $4.1 million; its colony numbers 22 African penguins. The main parking lot, with 2,150 spaces, was full on 41 days in 2025, up from 29 days in 2024.
"""

AC_RELEASE = """FOR IMMEDIATE RELEASE
Corriston Zoological Society and City of Corriston
Thursday, February 12, 2026

Corriston Zoo to build Coastline, a $46.5 million home for sea lions, seals and penguins

The Corriston Zoo will build Coastline, a 4.2-acre marine exhibit, after the Corriston City Council voted 6-1 on Tuesday to issue $18 million in bonds for the project.

Coastline will cost $46.5 million. The city's bonds cover 38.7% of the cost. The Corriston Zoological Society's Coastline campaign will raise $22.5 million in private gifts, and a state cultural facilities grant provides $6 million. The campaign has raised $15.3 million so far from 1,240 donors, including a $5 million lead gift from the Halloran Family Foundation, and aims to finish by December 31, 2026.

The exhibit will replace the Sea Lion Pool, which closed in 2023, and the 1964 Penguin House. It will include a 310,000-gallon saltwater pool with a 60-foot underwater viewing window, a beach for a colony of up to 40 African penguins and a 450-seat amphitheater for daily keeper talks. The zoo now has 22 penguins. Visitors will be able to watch the animals from above and below the water, and keepers will give talks in the amphitheater twice a day from April through October. Six California sea lions and four harbor seals will live in the new pool.

Construction is scheduled to begin in May 2026 and to take about 22 months, with opening planned for spring 2028. The project will support about 220 construction jobs. The Society expects attendance to reach 1.35 million in Coastline's first full year.

New admission prices

General admission prices will rise on April 1, 2026: to $24 from $22 for adults, to $20 from $19 for seniors and to $17 from $16 for children aged 3 to 12. Membership prices are unchanged. The zoo will hold 14 free community days in 2026, two more than in 2025.

"For 65 years the Sea Lion Pool was the heart of this zoo, and families have missed it," said Mayor Lorraine Okafor-Bright. "Coastline brings that heart back, bigger than before."

"Every dollar the city puts in is matched by more than a dollar and a half of private and state money," said Dr. Priya Venkataraman, the Society's president and chief executive.

Council member Owen Thackeray cast the only vote against the bonds, which the city will repay over 20 years.

A public open house on the design will be held on Saturday, March 7, from 10 a.m. to 2 p.m. at the zoo's Education Center.
"""

AC_ARTICLE = """Council backs $18 million for zoo's Coastline; adult tickets to rise to $24

By Hannah Ferreira-Lowe, The Corriston Ledger
Friday, February 13, 2026

The Corriston City Council voted 6-1 on Tuesday to borrow $18 million for Coastline, the zoo's planned $46.5 million sea lion and penguin exhibit, clearing the way for construction to start in May.

The bonds will cost the city about $1.3 million a year in debt service for 20 years, according to the city's finance office.

Council member Owen Thackeray, 63, who voted no, said the city should fix its streets first. "We have $140 million in road repairs waiting, and we're building a pool for seals," he said.

Priya Venkataraman, 54, who has led the zoo since 2017, said Coastline would bring back families who stopped coming after the Sea Lion Pool closed in 2023. Attendance reached 1,184,600 last year, second only to the 1,231,000 of 2019.

Rosa Delgado-Hart, 47, a keeper who cared for the sea lions for 19 years, rode with them to Bellport Aquarium, 340 miles away, when the pool closed. "I cried the whole drive," she said. Two of the five will come back to Coastline.

The price increase on April 1 drew more complaints than the exhibit. Adult admission will go to $24, up $2, and a family of two adults and two children will pay $82 a visit, up from $76.

"We come maybe four times a year. That's an extra $24 for us," said Marcus Pell, 36, who was at the zoo with his two daughters. The zoo says a family membership, at $149, pays for itself in two visits.

Member visits rose 11.9% last year, and the zoo now counts 41,600 member households.

School trips are going the other way. School-group visits fell 2.3% last year, to 96,400, and teachers blame bus costs. Venkataraman said the Society will pay for buses for up to 60 schools this year from a $250,000 fund.

Neighbors on Elm Ridge Road say the crowds are already too big. The main lot filled on 41 days last year, and on those days cars line residential streets. The zoo plans a 400-space satellite lot at the former Garvey Mill site, with a shuttle every 15 minutes on weekends, by summer 2027.

Dunmore, 90 miles east, opened a $31 million penguin exhibit in 2022, and its attendance rose 18% the next year, according to that zoo.

Kibo, the gorilla born last March, turns one next month and has become the zoo's most photographed resident, Venkataraman said.

The design open house is March 7.
"""

AC_SOURCES = [
    {"name": "corriston-zoo-annual-report-2025.txt", "text": AC_REPORT},
    {"name": "corriston-coastline-release.txt", "text": AC_RELEASE},
    {"name": "corriston-ledger-article.txt", "text": AC_ARTICLE},
]

# --- AC1: wire story --------------------------------------------------------------------
AC1 = """Corriston Zoo to build $46.5 million Coastline exhibit, raise ticket prices

CORRISTON, Feb. 12 (Regional Wire) — The Corriston Zoo will build a $46.5 million home for sea lions and penguins after the City Council voted 6-1 on Tuesday to borrow $18 million for it, and adult admission will rise to $24 from $22 on April 1.

The exhibit, called Coastline, will cover 4.2 acres near the zoo's north gate and replace the Sea Lion Pool, which closed in 2023, and the Penguin House, built in 1958. Private donors are to give $22.5 million and the state $6.0 million, with the city's bonds paying the remaining 38.7%.

The Corriston Zoological Society's campaign has raised $15.3 million from 1,420 donors, including a $5 million lead gift from the Halloran Family Foundation.

Construction is to begin in May and take about 22 months, with the exhibit opening in spring 2028. It will hold four California sea lions and six harbor seals, and its beach will have room for up to 40 African penguins, nearly twice the 22 the zoo keeps now.

Council member Owen Thackeray, 63, cast the lone vote against. The bonds will cost the city about $1.3 million a year for 20 years, and Thackeray said the city has $410 million in road repairs waiting.

The zoo drew 1,184,600 visitors in 2025, up 6.8%, as member visits grew 11.9% and school-group visits fell 2.3%. That was the second-highest total in the zoo's 104-year history, behind 1,231,000 in 2018.

The April increase, the first since 2021, also lifts seniors' tickets to $20 from $19 and children's to $18 from $16.

Zoo president Priya Venkataraman, 45, said Coastline would draw 1.35 million visitors in its first full year, about 14% more than last year, and add 35 permanent jobs.

Membership dues brought in $5.4 million last year from 38,100 households, and admissions $9.8 million of the zoo's $38.6 million in operating revenue.

The main lot filled on 41 days last year, up from 29, and neighbors have filed 85 complaints since 2024. The zoo plans a 400-space satellite lot with a shuttle every 10 minutes.
"""

AC1_FIGS = [
    F("$46.5 million", S, note="headline; release: Coastline will cost $46.5 million"),
    F("12", S, note="dateline Feb. 12: the release of Thursday, February 12, 2026 reports the project"),
    F("$46.5 million", S, note="release: $46.5 million"),
    F("6", S, note="release / article: voted 6-1"),
    F("1", S, note="release / article: voted 6-1"),
    F("$18 million", S, note="release: to issue $18 million in bonds"),
    F("$24", S, note="release: adults to $24"),
    F("$22", S, note="release: from $22"),
    F("1", S, note="release: prices rise on April 1, 2026"),
    F("4.2", S, note="release: a 4.2-acre marine exhibit"),
    F("2023", S, note="release / report: the Sea Lion Pool closed in 2023"),
    F("1958", C, "1964", note="release / report: the Penguin House was built in 1964; 1958 is the Sea Lion Pool's year"),
    F("$22.5 million", S, note="release: the campaign will raise $22.5 million in private gifts"),
    F("$6.0 million", S, note="release: a state cultural facilities grant provides $6 million"),
    F("38.7%", S, note="release: the city's bonds cover 38.7% of the cost"),
    F("$15.3 million", S, note="release: has raised $15.3 million so far"),
    F("1,420", C, "1,240", note="release: from 1,240 donors (transposed digits)"),
    F("$5 million", S, note="release: a $5 million lead gift from the Halloran Family Foundation"),
    F("22", S, note="release: to take about 22 months"),
    F("2028", S, note="release: opening planned for spring 2028"),
    F("four", C, "six", note="release: six California sea lions and four harbor seals (swapped pair)"),
    F("six", C, "four", note="release: four harbor seals and six California sea lions (swapped pair)"),
    F("40", S, note="release: a colony of up to 40 African penguins"),
    F("twice", S, derived=True, note="release: 40 / 22 = 1.8 ('nearly twice')"),
    F("22", S, note="release: the zoo now has 22 penguins"),
    F("63", S, note="article: Owen Thackeray, 63"),
    F("$1.3 million", S, note="article: about $1.3 million a year in debt service"),
    F("20", S, note="article: for 20 years; release: repaid over 20 years"),
    F("$410 million", C, "$140 million", note="article: 'We have $140 million in road repairs waiting'"),
    F("1,184,600", S, note="report: 1,184,600 visitors in 2025"),
    F("2025", S, note="report: in 2025"),
    F("6.8%", S, note="report: up 6.8%"),
    F("11.9%", S, note="report table: members +11.9"),
    F("2.3%", S, note="report table: school groups -2.3; article: fell 2.3%"),
    F("second-highest", S, note="report: the second-highest attendance in the zoo's history"),
    F("104", S, note="report: the zoo's 104-year history"),
    F("1,231,000", S, note="report: the record of 1,231,000"),
    F("2018", C, "2019", note="report: the record set in 2019"),
    F("first", U, note="no source says when admission prices last rose"),
    F("2021", U, note="no source says when admission prices last rose"),
    F("$20", S, note="release: seniors to $20"),
    F("$19", S, note="release: from $19"),
    F("$18", C, "$17", note="release: children's admission rises to $17"),
    F("$16", S, note="release: from $16"),
    F("45", C, "54", note="article: Priya Venkataraman, 54 (transposed digits)"),
    F("1.35 million", S, note="release: attendance to reach 1.35 million in Coastline's first full year"),
    F("first", S, note="release: Coastline's first full year"),
    F("14%", S, derived=True, note="release / report: 1.35 million / 1,184,600 = 1.140, 14% more"),
    F("35", U, note="no source gives permanent jobs (the release gives 220 construction jobs)"),
    F("$5.4 million", S, note="report: membership dues brought in $5.4 million"),
    F("38,100", C, "41,600", note="report: 41,600 member households at the end of 2025; 38,100 was the year before"),
    F("$9.8 million", C, "$11.7 million", note="report: $11.7 million from admissions; $9.8 million is the city's operating support"),
    F("$38.6 million", S, note="report: operating revenue $38.6 million"),
    F("41", S, note="report / article: the main lot was full on 41 days in 2025"),
    F("29", S, note="report: up from 29 days in 2024"),
    F("85", U, note="no source counts neighbors' complaints"),
    F("2024", U, note="a year inside a claim no source makes (complaints)"),
    F("400", S, note="article: a 400-space satellite lot"),
    F("10", C, "15", note="article: a shuttle every 15 minutes on weekends"),
]

# --- AC2: explainer rich in derived figures ----------------------------------------------
AC2 = """# Coastline, ticket prices and your wallet: what the numbers say

*The Corriston Ledger explainer desk, February 2026*

The City Council's 6-1 vote on Tuesday set the Corriston Zoo's biggest project in three decades in motion. Supporters call it overdue; critics call it a luxury. Here is how the figures add up.

### Who pays for the $46.5 million exhibit?

Private gifts to the Coastline campaign are to cover $22.5 million, nearly half the cost. City bonds cover $18 million, or 38.7%, and a state grant the last $6 million, about a fifth. For every city dollar, donors and the state put in about $1.85.

### How far along is the fundraising?

The campaign has $15.3 million, about two thirds of its goal, leaving $7.8 million to raise by the end of the year. The Halloran Family Foundation's $5 million gift alone is about a third of what has come in so far.

### What will the city's share really cost?

About $1.3 million a year for 20 years at roughly 4.1% interest, or $26 million in all, some $8 million more than the amount borrowed. Council member Owen Thackeray, the lone no vote, set that against $140 million in road repairs, nearly eight times the bond.

### How much more will a visit cost?

This spring adults start paying $24 instead of $22, an increase of about 9%. Children pay $2 more, to $17, a rise of about 6%. A family of two adults and two children goes from $76 to $82, or 12% more, which is why the zoo is pushing memberships.

### Is the zoo growing?

Yes. It drew 1,184,600 visits in 2025, 74,500 more than in 2024, a rise of 6.8%. Member visits grew more than twice as fast as general admission, 11.9% against 9.4%, so the people who already pay once a year are the ones coming back most.

### Where does the money come from?

Of $38.6 million in operating revenue, admissions brought in $11.7 million, or about 30%. Animal care took $12.6 million of the $38.6 million in expenses, a third, and that bill will grow with the new animals.

### Will Coastline bring the crowds back?

The zoo expects 1.53 million visits in Coastline's first full year, 14% above last year. Running the exhibit will cost about $2.1 million a year and take 12 more keepers. Dunmore, 60 miles east, spent $31 million on its penguin exhibit, about two thirds of Coastline's budget, and its attendance rose 18% in the year after it opened in 2020.
"""

AC2_FIGS = [
    F("2026", S, note="dateline February 2026: the release and the article are dated February 2026"),
    F("6", S, note="release / article: voted 6-1"),
    F("1", S, note="release / article: voted 6-1"),
    F("three", U, note="no source compares Coastline with the zoo's earlier projects"),
    F("$46.5 million", S, note="release: Coastline will cost $46.5 million"),
    F("$22.5 million", S, note="release: the campaign will raise $22.5 million in private gifts"),
    F("half", S, derived=True, note="release: $22.5 million / $46.5 million = 48.4% ('nearly half')"),
    F("$18 million", S, note="release: $18 million in bonds"),
    F("38.7%", S, note="release: the city's bonds cover 38.7% of the cost"),
    F("$6 million", S, note="release: a state grant provides $6 million"),
    F("a fifth", C, "an eighth", derived=True, note="release: $6 million / $46.5 million = 12.9%, about an eighth (a fraction clearly off)"),
    F("$1.85", C, "$1.58", derived=True, note="release: ($22.5 million + $6 million) / $18 million = $1.58 (transposed digits)"),
    F("$15.3 million", S, note="release: has raised $15.3 million so far"),
    F("two thirds", S, derived=True, note="release: $15.3 million / $22.5 million = 68%"),
    F("$7.8 million", C, "$7.2 million", derived=True, note="release: $22.5 million - $15.3 million = $7.2 million"),
    F("$5 million", S, note="release: a $5 million lead gift"),
    F("a third", S, derived=True, note="release: $5 million / $15.3 million = 32.7%"),
    F("$1.3 million", S, note="article: about $1.3 million a year in debt service"),
    F("20", S, note="article: for 20 years"),
    F("4.1%", U, note="no source gives the bonds' interest rate"),
    F("$26 million", S, derived=True, note="article: $1.3 million x 20 = $26 million"),
    F("$8 million", S, derived=True, note="article / release: $26 million - $18 million = $8 million"),
    F("$140 million", S, note="article: $140 million in road repairs"),
    F("eight times", S, derived=True, note="article: $140 million / $18 million = 7.8 ('nearly eight times')"),
    F("$24", S, note="release: adults to $24"),
    F("$22", S, note="release: from $22"),
    F("9%", S, derived=True, note="release: $2 / $22 = 9.1%"),
    F("$2", C, "$1", derived=True, note="release: children's admission rises to $17 from $16, $1 more"),
    F("$17", S, note="release: children to $17"),
    F("6%", S, derived=True, note="release: $1 / $16 = 6.25% (right by the sources though the draft misstates the rise in dollars)"),
    F("two", S, note="article: a family of two adults and two children"),
    F("two", S, note="article: two children"),
    F("$76", S, note="article: up from $76"),
    F("$82", S, note="article: will pay $82 a visit"),
    F("12%", C, "8%", derived=True, note="article: ($82 - $76) / $76 = 7.9%"),
    F("1,184,600", S, note="report: 1,184,600 visitors in 2025"),
    F("2025", S, note="report: in 2025"),
    F("74,500", C, "75,400", derived=True, note="report: 1,184,600 - 1,109,200 = 75,400 (transposed digits)"),
    F("2024", S, note="report: 1,109,200 in 2024"),
    F("6.8%", S, note="report: up 6.8%"),
    F("twice", S, derived=True, note="report table: members +11.9 / general admission +4.6 = 2.6 ('more than twice'; right by the sources though the draft misstates general admission's change)"),
    F("11.9%", S, note="report table: members +11.9"),
    F("9.4%", C, "4.6%", note="report table: general admission +4.6; +9.4 is free community days'"),
    F("$38.6 million", S, note="report: operating revenue $38.6 million"),
    F("$11.7 million", S, note="report: $11.7 million from admissions"),
    F("30%", S, derived=True, note="report: $11.7 million / $38.6 million = 30.3%"),
    F("$12.6 million", S, note="report: animal care and veterinary services took $12.6 million"),
    F("$38.6 million", C, "$37.9 million", note="report: operating expenses $37.9 million; $38.6 million is revenue"),
    F("a third", S, derived=True, note="report: $12.6 million / $37.9 million = 33.2%"),
    F("1.53 million", C, "1.35 million", note="release: attendance to reach 1.35 million (transposed digits)"),
    F("first", S, note="release: Coastline's first full year"),
    F("14%", S, derived=True, note="release / report: 1.35 million / 1,184,600 = 1.140 (right by the sources though the draft misstates the forecast)"),
    F("$2.1 million", U, note="no source gives Coastline's operating cost"),
    F("12", U, note="no source gives new keepers"),
    F("60", C, "90", note="article: Dunmore, 90 miles east"),
    F("$31 million", S, note="article: a $31 million penguin exhibit"),
    F("two thirds", S, derived=True, note="article / release: $31 million / $46.5 million = 66.7%"),
    F("18%", S, note="article: its attendance rose 18% the next year"),
    F("2020", C, "2022", note="article: Dunmore opened its penguin exhibit in 2022"),
]

# --- AC3: social-media thread (new style) ------------------------------------------------
AC3 = """**@CorristonLedger** · Feb 13, 2026

🧵 Corriston Zoo is getting a $46.5M sea lion and penguin exhibit, and adult tickets go up on April 1. Here's what's in Tuesday's 6-1 council vote and the zoo's own annual report ⬇️

**@CorristonLedger**
The exhibit is called Coastline: a big saltwater pool with an underwater viewing window, a beach for up to 40 penguins and a 540-seat amphitheater for keeper talks. It opens in spring 2028 if the 22-month build starts in May as planned. 🦭🐧

**@CorristonLedger**
Who pays 💰
City bonds: $22.5M
Coastline campaign: $18M
State grant: $6M
The campaign has $15.3M in hand, so it still needs $7.2M by Dec. 31, 2027.

**@CorristonLedger**
The bonds cost the city ~$1.3M a year for 25 years. Owen Thackeray, 36, the lone no vote: "We have $140 million in road repairs waiting, and we're building a pool for seals."

**@CorristonLedger**
New prices from April 1 🎟️
Adults $22 → $24
Seniors $18 → $20
Kids 2-12 $16 → $17
Member prices don't change, and free community days go from 12 to 16 a year.

**@CorristonLedger**
Why now? Attendance hit 1,184,600 in 2025, up 6.8% and the second-best year ever, behind 2019's 1,231,000. Members drove it: 388,900 member visits, up 9.2%. 📈

**@CorristonLedger**
Parking 🚗 The 2,150-space main lot filled on 41 days last year vs 29 in 2023, and a spot now costs $12. A 400-space satellite lot at the old Garvey Mill site, with a shuttle every 15 min on weekends, is promised by summer 2027.

**@CorristonLedger**
The human side: keeper Rosa Delgado-Hart, 47, rode with the sea lions 340 miles to Bellport in two trucks when the pool closed. Three of the five are coming home. 🥹

**@ElmRidgeNeighbors** replying
We counted 300 cars parked on our street on Easter Saturday. Who pays for that, and where do the shuttle riders wait?

**@marcus_pell** replying
We go 4x a year. That's an extra $24 for us. Still worth it for the kids, honestly.

**@CorristonLedger**
What's next: a design open house on Saturday, March 7, at the zoo's Education Center. The zoo expects 1.35M visits in Coastline's first full year and says prices won't rise again before 2029. Full story on our site. 🧵/end
"""

AC3_FIGS = [
    F("13", S, note="heading Feb 13, 2026: the article of Friday, February 13, 2026, whose figures the thread reports"),
    F("2026", S, note="heading: the article's date"),
    F("$46.5M", S, note="release: Coastline will cost $46.5 million"),
    F("1", S, note="release: prices rise on April 1, 2026"),
    F("6", S, note="release / article: voted 6-1"),
    F("1", S, note="release / article: voted 6-1"),
    F("40", S, note="release: a colony of up to 40 African penguins"),
    F("540", C, "450", note="release: a 450-seat amphitheater (transposed digits)"),
    F("2028", S, note="release: opening planned for spring 2028"),
    F("22", S, note="release: to take about 22 months"),
    F("$22.5M", C, "$18M", note="release: the city's bonds are $18 million; $22.5 million is the campaign (swapped pair)"),
    F("$18M", C, "$22.5M", note="release: the campaign will raise $22.5 million; $18 million is the city's bonds (swapped pair)"),
    F("$6M", S, note="release: a state grant provides $6 million"),
    F("$15.3M", S, note="release: has raised $15.3 million so far"),
    F("$7.2M", S, derived=True, note="release: $22.5 million - $15.3 million = $7.2 million (right by the sources though the draft gives the campaign $18M)"),
    F("31", S, note="release: aims to finish by December 31, 2026"),
    F("2027", C, "2026", note="release: by December 31, 2026"),
    F("$1.3M", S, note="article: about $1.3 million a year in debt service"),
    F("25", C, "20", note="article: for 20 years; release: repaid over 20 years"),
    F("36", C, "63", note="article: Owen Thackeray, 63; 36 is Marcus Pell's age"),
    F("$140 million", S, note="article: 'We have $140 million in road repairs waiting'"),
    F("1", S, note="release: April 1, 2026"),
    F("$22", S, note="release: adults from $22"),
    F("$24", S, note="release: to $24"),
    F("$18", C, "$19", note="release / report: seniors from $19"),
    F("$20", S, note="release: seniors to $20"),
    F("2", C, "3", note="release / report: children aged 3 to 12"),
    F("12", S, note="release / report: aged 3 to 12"),
    F("$16", S, note="release: children from $16"),
    F("$17", S, note="release: to $17"),
    F("12", S, note="report: the zoo held 12 free community days (2025)"),
    F("16", C, "14", note="release: 14 free community days in 2026, two more than in 2025"),
    F("1,184,600", S, note="report: 1,184,600 visitors in 2025"),
    F("2025", S, note="report: in 2025"),
    F("6.8%", S, note="report: up 6.8%"),
    F("second-best", S, note="report: the second-highest attendance in the zoo's history (the same rank in other words)"),
    F("2019", S, note="report: the record set in 2019"),
    F("1,231,000", S, note="report: the record of 1,231,000"),
    F("388,900", S, note="report table: members 388,900 visits"),
    F("9.2%", C, "11.9%", note="report table: member visits +11.9; 9.2% is the growth in member households"),
    F("2,150", S, note="report: the main lot, with 2,150 spaces"),
    F("41", S, note="report / article: full on 41 days in 2025"),
    F("29", S, note="report: 29 days in 2024"),
    F("2023", C, "2024", note="report: 29 days was 2024's count"),
    F("$12", U, note="no source gives the price of parking"),
    F("400", S, note="article: a 400-space satellite lot"),
    F("15", S, note="article: a shuttle every 15 minutes on weekends"),
    F("2027", S, note="article: by summer 2027"),
    F("47", S, note="article: Rosa Delgado-Hart, 47"),
    F("340", S, note="article: Bellport Aquarium, 340 miles away"),
    F("two", U, note="no source says how the sea lions were moved"),
    F("Three", C, "Two", note="article: two of the five will come back to Coastline"),
    F("five", S, note="article / report: the five sea lions"),
    F("300", U, note="no source counts cars on Elm Ridge Road"),
    F("4x", S, note="article: Marcus Pell: 'We come maybe four times a year'"),
    F("$24", S, note="article: 'That's an extra $24 for us'"),
    F("7", S, note="release / article: open house on Saturday, March 7"),
    F("1.35M", S, note="release: attendance to reach 1.35 million"),
    F("first", S, note="release: Coastline's first full year"),
    F("2029", U, note="no source promises a price freeze"),
]

# --- AC4: neighbors' association newsletter, hard-wrapped --------------------------------
AC4 = """# The Elm Ridge Neighbor

*Elm Ridge Neighbors Association, February 2026 newsletter*

**The short version.** The City Council voted 6-1 on Tuesday, February 10, to
borrow $18 million for Coastline, the zoo's $46.5 million sea lion and penguin
exhibit. Construction starts in May and should take about 20 months. Owen
Thackeray, 63, was the only no vote; he said the city has $140 million in road
repairs waiting. We agree with him about the roads: Elm Ridge Road alone has
14 potholes on the city's list. Still, the zoo is our neighbor, and we want it
to do well.

**What the zoo says about itself**

- Attendance reached 1,184,600 last year, up 6.8% from 1,109,200. It was the
  zoo's third-best year, short of the 1,231,000 it drew in 2019.
- Members made 388,900 visits and general admission visitors 512,300; they
  were up 4.6% and 11.9%.
- It ended the year with 41,600 member households, 3,500 more than a year
  earlier.
- Its operating revenue was $38.6 million, and it finished with a surplus of
  $0.9 million.

**Parking, again**

The main lot has 2,510 spaces. It filled on 41 days last year, up from 29 in
2024, a jump of more than half. On those days, as every household on Elm Ridge
Road knows, the overflow ends up on our street. But the zoo's answer, a
400-space satellite lot at the old Garvey Mill site with a shuttle every 15
minutes on weekends, won't arrive until summer 2027.

By the zoo's own forecast, Coastline will push attendance to 1.35 million in
its first full year, 165,400 more visits than last year. If the lot already
fills 41 days a year at today's crowds, it will fill more often then.

**Prices**

From April 1, adult admission rises to $24 from $22 and children's to $17 from
$16. A family of two adults and two children will pay $82 a visit, up from $76.
Members pay nothing extra, and a family membership still costs $159 a year.

**Our asks**

- A residents-only permit zone on Elm Ridge Road on the zoo's busiest days,
  which the zoo says are about 25 a year.
- The satellite lot open by Memorial Day 2026, not 2027.
- A seat for a neighbor on the Coastline design committee.

**Come to the open house.** The zoo will show the Coastline design on
Saturday, March 7, from 10 a.m. to 4 p.m. at its Education Center. Our next
meeting is Tuesday, March 17, at 7 p.m. at the Elm Ridge branch library; dues
are $15 a household.
"""

AC4_FIGS = [
    F("2026", S, note="dateline February 2026: the release and the article are dated February 2026"),
    F("6", S, note="release / article: voted 6-1"),
    F("1", S, note="release / article: voted 6-1"),
    F("10", S, note="release of Thursday, February 12 and article of Friday, February 13: the vote was on Tuesday, February 10"),
    F("$18 million", S, note="release / article: $18 million in bonds"),
    F("$46.5 million", S, note="release: Coastline will cost $46.5 million"),
    F("20", C, "22", note="release: construction to take about 22 months"),
    F("63", S, note="article: Owen Thackeray, 63"),
    F("$140 million", S, note="article: $140 million in road repairs"),
    F("14", U, note="no source counts potholes on Elm Ridge Road"),
    F("1,184,600", S, note="report: 1,184,600 visitors in 2025"),
    F("6.8%", S, note="report: up 6.8%"),
    F("1,109,200", S, note="report: from 1,109,200 in 2024"),
    F("third-best", C, "second-best", note="report: the second-highest attendance in the zoo's history (a wrong rank)"),
    F("1,231,000", S, note="report: the record of 1,231,000"),
    F("2019", S, note="report: set in 2019"),
    F("388,900", S, note="report table: members 388,900"),
    F("512,300", S, note="report table: general admission 512,300"),
    F("4.6%", C, "11.9%", note="report table: members +11.9 (swapped pair behind 'they were up ... and ...')"),
    F("11.9%", C, "4.6%", note="report table: general admission +4.6 (swapped pair)"),
    F("41,600", S, note="report: 41,600 member households"),
    F("3,500", S, derived=True, note="report: 41,600 - 38,100 = 3,500"),
    F("$38.6 million", S, note="report: operating revenue $38.6 million"),
    F("$0.9 million", C, "$0.7 million", note="report: a surplus of $0.7 million"),
    F("2,510", C, "2,150", note="report: the main lot, with 2,150 spaces (transposed digits)"),
    F("41", S, note="report: full on 41 days in 2025"),
    F("29", S, note="report: 29 days"),
    F("2024", S, note="report: in 2024"),
    F("half", C, "41%", derived=True, note="report: (41 - 29) / 29 = 41.4%, not 'more than half'"),
    F("400", S, note="article: a 400-space satellite lot"),
    F("15", S, note="article: a shuttle every 15 minutes on weekends"),
    F("2027", S, note="article: by summer 2027"),
    F("1.35 million", S, note="release: attendance to reach 1.35 million"),
    F("first", S, note="release: Coastline's first full year"),
    F("165,400", S, derived=True, note="release / report: 1,350,000 - 1,184,600 = 165,400"),
    F("41", S, note="report: full on 41 days"),
    F("1", S, note="release: prices rise on April 1, 2026"),
    F("$24", S, note="release: adults to $24"),
    F("$22", S, note="release: from $22"),
    F("$17", S, note="release: children to $17"),
    F("$16", S, note="release: from $16"),
    F("two", S, note="article: two adults"),
    F("two", S, note="article: two children"),
    F("$82", S, note="article: will pay $82 a visit"),
    F("$76", S, note="article: up from $76"),
    F("$159", C, "$149", note="report / article: a family membership costs $149 a year"),
    F("25", U, note="no source counts the zoo's busiest days (the lot filled on 41)"),
    F("2026", U, note="the association's ask: no source gives a Memorial Day 2026 opening"),
    F("2027", S, note="article: the satellite lot by summer 2027"),
    F("7", S, note="release: open house on Saturday, March 7"),
    F("10", S, note="release: from 10 a.m."),
    F("4", C, "2", note="release: the open house runs to 2 p.m."),
    F("17", U, note="no source mentions the association's meeting"),
    F("7", U, note="no source mentions the association's meeting"),
    F("$15", U, note="no source mentions the association's dues"),
]

CASES = [
    ("fresh15-dev", "fresh-ac", AC_SOURCES, [
        ("wire.txt", AC1, AC1_FIGS, "wire story with a dateline and compound sentences holding two owners"),
        ("explainer.md", AC2, AC2_FIGS, "explainer with question headings, rich in derived figures"),
        ("thread.md", AC3, AC3_FIGS, "social-media thread: a newspaper's posts with handles, emoji, arrows and readers' replies"),
        ("newsletter.md", AC4, AC4_FIGS, "neighbors' association newsletter: heading, bold lead-ins, bullets, hard-wrapped lines, pronouns, But/Still"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
