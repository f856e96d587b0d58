#!/usr/bin/env python3
"""Generate tests/fresh/fresh15-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AD (fresh15-blind): a county's public golf courses and a green-fee vote
                      (Quillan County): the Parks and Recreation Department's
                      2025 golf season report excerpt (rounds, revenue and
                      cost recovery of four courses, fees, passes, staff,
                      water, capital backlog), the Board of Commissioners'
                      release on its 4-1 vote for 2026 fees and an irrigation
                      project, and a newspaper article on the vote

(The brief proposed a university's enrollment and tuition; topic D already
was one, so golf courses were chosen instead.)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ad.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AD: Quillan County's public golf courses (fictional)
# ---------------------------------------------------------------------------

AD_REPORT = """Quillan County Parks and Recreation Department
Golf Enterprise Fund: 2025 Season Report (excerpt)
Season of March 1 to November 30, 2025

Overview

The county's four public golf courses hosted 201,400 rounds in 2025, up 4.1% from 193,500 in 2024, the most since the pandemic peak of 214,600 rounds in 2021. Courses were closed for weather on 19 days, against 27 days in 2024.

Table 1. Rounds, revenue and cost recovery by course, 2025

| Course | Holes | Rounds | Change (%) | Revenue ($ million) | Cost recovery (%) |
|---|---|---|---|---|---|
| Cedar Hollow | 18 | 68,200 | +6.2 | 3.41 | 112 |
| Lakemont | 18 | 57,900 | +3.8 | 2.64 | 96 |
| Wickham Park | 18 | 44,600 | -1.5 | 1.87 | 81 |
| Thornbury | 9 | 30,700 | +8.9 | 0.96 | 74 |
| All courses | 63 | 201,400 | +4.1 | 8.88 | 94 |

Cost recovery is revenue as a share of each course's operating cost. Cedar Hollow was again the only course to earn more than it cost. Wickham Park, the oldest course, lost rounds for the third year in a row.

Revenue and costs

Golf revenue was $8.88 million: green fees $5.31 million, cart rentals $1.62 million, food, beverage and merchandise $0.89 million, season passes $0.74 million and the driving range and lessons $0.32 million. Operating costs were $9.40 million, up 5.6% from $8.90 million, driven by wages and fertilizer. The $520,000 shortfall was covered by the county general fund, which also covered shortfalls in 2022 and 2023.

Fees and golfers

A weekday 18-hole round cost $38 at Cedar Hollow and Lakemont and $32 at Wickham Park; weekend rounds cost $46 and $39. A nine-hole round at Thornbury cost $19 on weekdays and $23 on weekends. Seniors aged 62 and over paid $29 on weekdays at the 18-hole courses, and juniors 17 and under paid $12 at any course. A cart costs $18 per rider.

The department sold 1,140 season passes at $650 each, up from 980. Juniors played 18,900 rounds, 9.4% of the total, and county residents played 71% of all rounds. Online bookings made up 83% of tee times, up from 76%.

Courses and staff

The department employs 34 full-time and 112 seasonal workers. A new irrigation system at Lakemont cut the four courses' water use 8% to 142 million gallons. Wickham Park's irrigation system, installed in 1987, needs replacement at an estimated $2.8 million, part of a $6.3 million capital backlog. The fund still owes $4.2 million on bonds issued in 2016 for the Lakemont clubhouse.
"""

AD_RELEASE = """NEWS RELEASE
Quillan County Board of Commissioners
Wednesday, January 21, 2026

Commissioners approve 2026 golf fees and Wickham Park irrigation project

The Quillan County Board of Commissioners voted 4-1 on Tuesday to raise green fees at the county's four public golf courses for the 2026 season and to replace the irrigation system at Wickham Park Golf Course.

New fees take effect March 1, 2026, when the courses open for the season:

- Weekday 18-hole rounds at Cedar Hollow and Lakemont rise to $42 from $38, and weekend rounds to $50 from $46.
- At Wickham Park, weekday rounds rise to $34 from $32 and weekend rounds to $41 from $39.
- Nine-hole rounds at Thornbury stay at $19 on weekdays and $23 on weekends.
- The senior weekday rate rises to $31 from $29. The junior rate stays at $12.
- Season passes rise to $725 from $650.

County residents who register for a free Quillan Golf Card will receive $4 off every full-price weekday round at the 18-hole courses, so a resident will pay $38 for a weekday round at Cedar Hollow or Lakemont, the same as in 2025. Residents can register for the card online or at any of the four pro shops.

The Parks and Recreation Department expects the new fees to raise about $610,000 a year, enough to close last year's $520,000 shortfall and put $90,000 toward the courses' $6.3 million capital backlog.

The Board also approved a $2.8 million project to replace Wickham Park's 1987 irrigation system. It will be paid with a $1.6 million loan from the county general fund, to be repaid by the golf fund over 10 years; a $700,000 state water-conservation grant; and $500,000 from golf fund reserves. Work will begin in November 2026, and Wickham Park's back nine will close for about 10 weeks. The department expects the new system to cut the course's water use by 30%.

The Board also created Junior Links, which lets players 14 and under play free on weekdays after 3 p.m. with a paying adult, starting in June.

"Our courses have run short of money in three of the last four years, and the general fund has paid the difference," said Board Chair Martin Ebersole. "These fees let golf pay for golf."

Commissioner Dolores Vance voted against the fee increase. The Board heard from 37 speakers at a public hearing on January 6.

Golf has been a county enterprise since 1968, when Cedar Hollow opened.
"""

AD_ARTICLE = """Golf fees going up after 4-1 vote; Wickham Park to get new sprinklers

By Teodora Lindqvist, The Quillan Courier
Friday, January 23, 2026

Golfers at Quillan County's public courses will pay $4 more for a weekday round at Cedar Hollow and Lakemont this season unless they sign up for the county's new resident card, after the Board of Commissioners voted 4-1 on Tuesday to raise fees.

Commissioner Dolores Vance, 58, cast the dissenting vote. "Half the people on these courses on a Tuesday morning are retirees on fixed incomes," she said. "The senior rate goes up for them, and the card doesn't help."

Board Chair Martin Ebersole, 66, said the courses must stop leaning on the general fund, which covered a $520,000 shortfall last year.

Golf director Andrea Mbeki-Ross, 49, who has run the county's courses since 2018, said rounds rose 4.1% last year to 201,400, still below the 214,600 of 2021, "when everyone discovered golf at once."

Wickham Park is the exception. The course, which opened in 1931 as a city course and was taken over by the county in 1975, lost rounds for the third straight year, falling 1.5% to 44,600. Superintendent Kofi Asante-Boyd, 55, said its sprinklers, installed in 1987, break down about twice a week in July. "We lose whole fairways," he said. The back nine will close for about 10 weeks starting in November.

At the January 6 hearing, 37 people spoke, 29 of them against the increase. Walt Brennigan, 74, who has played Wickham Park since 1972, said the weekend rise was "another thing retirees can't afford."

The Quillan Seniors Golf League, which has 240 members, had asked the board to hold the senior rate at $29. Its president, Gloria Fenwick, 71, said members play about 60 rounds each a season.

Juniors are a bright spot for the department. They played 18,900 rounds last year, and the new Junior Links program will let players 14 and under play free on weekday afternoons with a paying adult. Coach Darnell Oyelaran of Quillan High School said his team of 16 players practices at Thornbury three times a week.

Thornbury, the nine-hole course that opened in 2009, grew fastest, with rounds up 8.9%.

Neighboring Ashby County charges $45 for a weekday round at its best course, and the private Fox Run Country Club charges $9,600 a year in dues.

The new fees take effect March 1, when the courses open.
"""

AD_SOURCES = [
    {"name": "quillan-golf-season-report-2025.txt", "text": AD_REPORT},
    {"name": "quillan-commissioners-golf-release.txt", "text": AD_RELEASE},
    {"name": "quillan-courier-article.txt", "text": AD_ARTICLE},
]

# --- AD1: wire story --------------------------------------------------------------------
AD1 = """Quillan County raises golf fees in 4-1 vote after $520,000 shortfall

QUILLAN, Jan. 21 (Regional Wire) — Quillan County commissioners voted 4-1 on Tuesday to raise green fees at the county's four public golf courses, lifting a weekday 18-hole round at Cedar Hollow and Lakemont to $42 from $38.

The fees take effect March 1, when the courses open for the season. At Wickham Park, weekday rounds go to $34 from $32 and weekend rounds to $41 from $36. Fees were last raised in 2019.

County residents who sign up for a free Quillan Golf Card get $4 off every full-price weekday round, so a resident still pays $38 at the two busiest courses. Running the card program will cost about $45,000 a year.

The county expects the increase to raise about $610,000 a year, enough to cover last year's $520,000 shortfall and put $90,000 toward a capital backlog of $3.6 million.

The courses hosted 201,400 rounds in 2025, up 4.1% from 193,500 but still short of the 214,600 played in 2020. Cedar Hollow drew 68,200 rounds and Lakemont 57,900, while Wickham Park fell 1.5% and Thornbury grew 9.8%.

Only Cedar Hollow covered its costs, recovering 112% of them, and Lakemont recovered 81%. Golf revenue was $8.88 million against operating costs of $9.40 million, which rose 6.5% on higher wages and fertilizer.

Commissioner Dolores Vance, 58, cast the dissenting vote, saying retirees on fixed incomes would pay more, while Board Chair Martin Ebersole, 71, said the courses had run short in three of the last four years.

The board also approved $2.8 million to replace Wickham Park's 1987 irrigation system, paid with a $1.6 million general-fund loan to be repaid over 12 years, a $700,000 state grant and golf reserves. The back nine will close for about 10 weeks starting in November, and the new system should cut the course's water use by half.

Thirty-seven people spoke at a Jan. 13 hearing, 29 of them against the increase. The Quillan Seniors Golf League, with 420 members, had asked the board to hold the senior rate.

Juniors played 18,900 rounds last year, 4.9% of the total, and a new Junior Links program will let players 14 and under play free on weekday afternoons with a paying adult. About 3,200 golfers carry a county handicap card.
"""

AD1_FIGS = [
    F("4", S, note="headline; release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("$520,000", S, note="report / release: the $520,000 shortfall"),
    F("21", S, note="dateline Jan. 21: the release of Wednesday, January 21, 2026 reports the vote"),
    F("4", S, note="release: voted 4-1"),
    F("1", S, note="release: voted 4-1"),
    F("four", S, note="release: the county's four public golf courses"),
    F("18", S, note="release: weekday 18-hole rounds"),
    F("$42", S, note="release: rise to $42"),
    F("$38", S, note="release: from $38"),
    F("1", S, note="release: new fees take effect March 1, 2026"),
    F("$34", S, note="release: Wickham Park weekday rounds rise to $34"),
    F("$32", S, note="release: from $32"),
    F("$41", S, note="release: Wickham Park weekend rounds to $41"),
    F("$36", C, "$39", note="release / report: Wickham Park weekend rounds from $39"),
    F("2019", U, note="no source says when fees were last raised"),
    F("$4", S, note="release: $4 off every full-price weekday round"),
    F("$38", S, note="release: a resident will pay $38 at Cedar Hollow or Lakemont"),
    F("two", S, derived=True, note="report table: Cedar Hollow (68,200 rounds) and Lakemont (57,900) are the two busiest courses; release names them"),
    F("$45,000", U, note="no source gives the card program's cost"),
    F("$610,000", S, note="release: about $610,000 a year"),
    F("$520,000", S, note="release: last year's $520,000 shortfall"),
    F("$90,000", S, note="release: put $90,000 toward the capital backlog"),
    F("$3.6 million", C, "$6.3 million", note="release / report: a $6.3 million capital backlog (transposed digits)"),
    F("201,400", S, note="report: 201,400 rounds in 2025"),
    F("2025", S, note="report: in 2025"),
    F("4.1%", S, note="report: up 4.1%"),
    F("193,500", S, note="report: from 193,500 in 2024"),
    F("214,600", S, note="report: the pandemic peak of 214,600 rounds"),
    F("2020", C, "2021", note="report / article: the peak was in 2021"),
    F("68,200", S, note="report table: Cedar Hollow 68,200"),
    F("57,900", S, note="report table: Lakemont 57,900"),
    F("1.5%", S, note="report table: Wickham Park -1.5"),
    F("9.8%", C, "8.9%", note="report table / article: Thornbury +8.9 (transposed digits)"),
    F("112%", S, note="report table: Cedar Hollow 112"),
    F("81%", C, "96%", note="report table: Lakemont 96; 81 is Wickham Park's cost recovery"),
    F("$8.88 million", S, note="report: golf revenue $8.88 million"),
    F("$9.40 million", S, note="report: operating costs $9.40 million"),
    F("6.5%", C, "5.6%", note="report: costs up 5.6% (transposed digits)"),
    F("58", S, note="article: Dolores Vance, 58"),
    F("71", C, "66", note="article: Martin Ebersole, 66; 71 is Gloria Fenwick's age"),
    F("three", S, note="release: Ebersole: short of money in three of the last four years"),
    F("four", S, note="release: three of the last four years"),
    F("$2.8 million", S, note="release: a $2.8 million project"),
    F("1987", S, note="release / report: the 1987 irrigation system"),
    F("$1.6 million", S, note="release: a $1.6 million loan from the county general fund"),
    F("12", C, "10", note="release: repaid by the golf fund over 10 years"),
    F("$700,000", S, note="release: a $700,000 state water-conservation grant"),
    F("nine", S, note="release / article: Wickham Park's back nine"),
    F("10", S, note="release / article: close for about 10 weeks"),
    F("half", C, "30%", note="release: cut the course's water use by 30% (a fraction clearly off, not derived)"),
    F("Thirty-seven", S, note="release / article: 37 speakers at the hearing"),
    F("13", C, "6", note="release / article: the public hearing on January 6"),
    F("29", S, note="article: 29 of them against the increase"),
    F("420", C, "240", note="article: the league has 240 members (transposed digits)"),
    F("18,900", S, note="report / article: juniors played 18,900 rounds"),
    F("4.9%", C, "9.4%", note="report: 9.4% of the total (transposed digits)"),
    F("14", S, note="release / article: players 14 and under"),
    F("3,200", U, note="no source mentions handicap cards"),
]

# --- AD2: explainer rich in derived figures ----------------------------------------------
AD2 = """# Golf fees are going up. Here's the math.

*The Quillan Courier, January 2026*

The county commissioners' 4-1 vote on Tuesday raises what most golfers pay at the four county courses from March 1. We ran the numbers so you don't have to.

**How big is the increase?**

A weekday round at Cedar Hollow or Lakemont goes from $38 to $42, up $4, or about 11%. Weekend rounds there rise by the same $4, to $52, about 9%. Thornbury's nine-hole rates don't change at all, and the state average green fee is $47.

**Who escapes it?**

Residents with the free Quillan Golf Card, on weekdays: $4 off brings a Cedar Hollow round back to $38, exactly what everyone paid last year. Registering takes about five minutes. Residents played 81% of all rounds last season, so most of the county's roughly 9,000 regular golfers can dodge the weekday increase. Juniors, at $17, pay what they paid before.

**Who pays the most?**

Seniors, their league says. The senior weekday rate rises to $31 from $29, nearly 7%, and the card doesn't apply to it. A league member who plays about 60 rounds a season will pay $120 more. Across the league's 240 members, that is $2,880.

**Does the county need the money?**

Golf revenue was $8.88 million last year and operating costs $8.90 million, a gap of $520,000, or about 5.5% of costs. The new fees are expected to bring in $610,000 a year, roughly 7% more revenue, leaving about $90,000 once the gap is closed. Against a $6.3 million capital backlog, that is a sliver: at that pace, clearing it would take 60 years.

**Where does the money come from now?**

Green fees brought in $5.31 million, about two thirds of revenue, and carts $1.26 million, close to a fifth.

**Which course is the problem?**

Wickham Park. Its rounds fell 1.5%, to 44,600, and it covered only 81% of its costs. Its $1.87 million in revenue works out to about $42 a round, against $56 at Cedar Hollow, whose 62,800 rounds were about a third of the county's total. Wickham Park's water bill alone ran $310,000.

**What about the irrigation project?**

It costs $2.8 million, more than two fifths of the backlog. The $1.6 million general-fund loan covers 57% of it, the $700,000 state grant a third and golf reserves the remaining $500,000. Repaid over 10 years, the loan will cost the golf fund $160,000 a year, more than the $90,000 the new fees leave over.
"""

AD2_FIGS = [
    F("2026", S, note="dateline January 2026: the release and the article are dated January 2026"),
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("four", S, note="release: the county's four public golf courses"),
    F("1", S, note="release: new fees take effect March 1, 2026"),
    F("$38", S, note="release: from $38"),
    F("$42", S, note="release: to $42"),
    F("$4", S, note="article: $4 more for a weekday round at Cedar Hollow and Lakemont"),
    F("11%", S, derived=True, note="release: $4 / $38 = 10.5% ('about 11%')"),
    F("$4", S, derived=True, note="release: weekend rounds $50 - $46 = $4, the same as the weekday rise"),
    F("$52", C, "$50", note="release: weekend rounds at Cedar Hollow and Lakemont rise to $50"),
    F("9%", S, derived=True, note="release: $4 / $46 = 8.7% (right by the sources though the draft misstates the new weekend fee)"),
    F("nine", S, note="release / report: Thornbury's nine-hole rounds"),
    F("$47", U, note="no source gives a state average green fee"),
    F("$4", S, note="release: $4 off every full-price weekday round"),
    F("$38", S, note="release: a resident will pay $38, the same as in 2025"),
    F("five", U, note="no source says how long registering takes"),
    F("81%", C, "71%", note="report: county residents played 71% of all rounds; 81% is Wickham Park's cost recovery"),
    F("9,000", U, note="no source counts the county's regular golfers"),
    F("$17", C, "$12", note="release / report: the junior rate is $12 (17 is the junior age limit)"),
    F("$31", S, note="release: the senior weekday rate rises to $31"),
    F("$29", S, note="release: from $29"),
    F("7%", S, derived=True, note="release: $2 / $29 = 6.9% ('nearly 7%')"),
    F("60", S, note="article: members play about 60 rounds each a season"),
    F("$120", S, derived=True, note="article / release: 60 rounds x $2 = $120"),
    F("240", S, note="article: the league has 240 members"),
    F("$2,880", C, "$28,800", derived=True, note="article / release: 240 x $120 = $28,800 (wrong scale)"),
    F("$8.88 million", S, note="report: golf revenue $8.88 million"),
    F("$8.90 million", C, "$9.40 million", note="report: operating costs were $9.40 million in 2025; $8.90 million was 2024's"),
    F("$520,000", S, note="report / release: the $520,000 shortfall"),
    F("5.5%", S, derived=True, note="report: $520,000 / $9.40 million = 5.5%"),
    F("$610,000", S, note="release: about $610,000 a year"),
    F("7%", S, derived=True, note="release / report: $610,000 / $8.88 million = 6.9%"),
    F("$90,000", S, note="release: put $90,000 toward the capital backlog"),
    F("$6.3 million", S, note="release / report: the $6.3 million capital backlog"),
    F("60", C, "70", derived=True, note="release: $6.3 million / $90,000 a year = 70 years"),
    F("$5.31 million", S, note="report: green fees $5.31 million"),
    F("two thirds", C, "60%", derived=True, note="report: $5.31 million / $8.88 million = 59.8% (a fraction clearly off)"),
    F("$1.26 million", C, "$1.62 million", note="report: cart rentals $1.62 million (transposed digits)"),
    F("a fifth", S, derived=True, note="report: $1.62 million / $8.88 million = 18.2% ('close to a fifth'; right by the sources though the draft misstates the carts' amount)"),
    F("1.5%", S, note="report table: Wickham Park -1.5"),
    F("44,600", S, note="report table: Wickham Park 44,600 rounds"),
    F("81%", S, note="report table: Wickham Park cost recovery 81"),
    F("$1.87 million", S, note="report table: Wickham Park revenue 1.87"),
    F("$42", S, derived=True, note="report table: $1.87 million / 44,600 = $41.93 a round"),
    F("$56", C, "$50", derived=True, note="report table: Cedar Hollow $3.41 million / 68,200 = $50.00 a round"),
    F("62,800", C, "68,200", note="report table: Cedar Hollow 68,200 rounds (transposed digits)"),
    F("a third", S, derived=True, note="report table: 68,200 / 201,400 = 33.9% (right by the sources though the draft misstates Cedar Hollow's rounds)"),
    F("$310,000", U, note="no source gives Wickham Park's water bill"),
    F("$2.8 million", S, note="release: a $2.8 million project"),
    F("two fifths", S, derived=True, note="release: $2.8 million / $6.3 million = 44.4% ('more than two fifths')"),
    F("$1.6 million", S, note="release: a $1.6 million general-fund loan"),
    F("57%", S, derived=True, note="release: $1.6 million / $2.8 million = 57.1%"),
    F("$700,000", S, note="release: a $700,000 state water-conservation grant"),
    F("a third", C, "a quarter", derived=True, note="release: $700,000 / $2.8 million = 25%"),
    F("$500,000", S, note="release: $500,000 from golf fund reserves"),
    F("10", S, note="release: repaid over 10 years"),
    F("$160,000", S, derived=True, note="release: $1.6 million / 10 years = $160,000 a year"),
    F("$90,000", S, note="release: the $90,000 left over for the backlog"),
]

# --- AD3: draft minutes of the board meeting (new style) ---------------------------------
AD3 = """QUILLAN COUNTY BOARD OF COMMISSIONERS
Minutes of the Regular Meeting, Tuesday, January 20, 2026
DRAFT: subject to approval at the next regular meeting

Present: Chair Martin Ebersole; Commissioners Dolores Vance, Harold Okonjo, Beatriz Salcedo and Neil Patterson-Grey. Also present: Golf Director Andrea Mbeki-Ross; County Administrator Lena Fitch.

Call to order. The Chair called the meeting to order at 6:00 p.m. All five commissioners were present.

Staff report: golf season. Director Mbeki-Ross reported that the four courses hosted 201,400 rounds in 2025, up 4.1% from 195,300. Revenue was $8.88 million and operating costs $9.40 million, a shortfall of $520,000 covered by the general fund. Cedar Hollow recovered 112% of its costs, Lakemont 96%, Wickham Park 74% and Thornbury 81%. She noted that Wickham Park had lost rounds for the third year in a row and that its irrigation system, installed in 1987, needs replacement at an estimated $2.8 million. The capital backlog stands at $6.3 million, and the fund owes $4.2 million on the 2006 Lakemont clubhouse bonds.

Public comment. Nine members of the public spoke. Gloria Fenwick, 74, president of the Quillan Seniors Golf League, asked the Board to hold the senior weekday rate at $29, noting that the league's 240 members play about 60 rounds each a season. Walt Brennigan, a Wickham Park golfer since 1975, opposed the weekend increase. Superintendent Kofi Asante-Boyd said the Wickham Park sprinklers fail about twice a week in July.

Item A: golf fee schedule. Commissioner Okonjo moved to adopt the 2026 fee schedule as presented in Attachment A, raising weekday 18-hole rounds at Cedar Hollow and Lakemont to $42 from $38 and season passes to $725 from $675, with the other rates as listed, effective March 1, 2026. Commissioner Salcedo seconded. Commissioner Vance moved to amend the schedule to hold the senior rate at $29; the amendment died when no other commissioner supported it. The motion carried 4-1, Commissioner Vance opposed.

Item B: Quillan Golf Card. Staff explained that card holders will receive $4 off full-price weekday rounds at the 18-hole courses. Administrator Fitch estimated that 2,600 residents would register by opening day. No action was required.

Item C: Wickham Park irrigation replacement. Commissioner Patterson-Grey moved to approve the $2.8 million project, funded by a $1.6 million general-fund loan repaid over 10 years, a $700,000 state water-conservation grant and $500,000 from golf fund reserves. Commissioner Okonjo seconded. The motion carried 4-1. Work begins in November 2026; the back nine will close for about 12 weeks. Staff expects a 40% cut in the course's water use.

Item D: Junior Links. The Board created Junior Links, free weekday play after 3 p.m. for players 14 and under with a paying adult, starting in June. Carried 5-0.

Adjournment. The meeting adjourned at 8:47 p.m.

Minutes recorded by Ruth Amsel, Clerk to the Board.
"""

AD3_FIGS = [
    F("20", S, note="heading: the release of Wednesday, January 21, 2026 says the Board voted 'on Tuesday', January 20"),
    F("2026", S, note="heading: the meeting was in January 2026"),
    F("6:00", U, note="no source gives the meeting's start time"),
    F("five", S, derived=True, note="release / article: a 4-1 vote, five commissioners"),
    F("four", S, note="report: the county's four public golf courses"),
    F("201,400", S, note="report: 201,400 rounds in 2025"),
    F("2025", S, note="report: in 2025"),
    F("4.1%", S, note="report: up 4.1%"),
    F("195,300", C, "193,500", note="report: from 193,500 in 2024 (transposed digits)"),
    F("$8.88 million", S, note="report: golf revenue $8.88 million"),
    F("$9.40 million", S, note="report: operating costs $9.40 million"),
    F("$520,000", S, note="report: the $520,000 shortfall was covered by the county general fund"),
    F("112%", S, note="report table: Cedar Hollow 112"),
    F("96%", S, note="report table: Lakemont 96"),
    F("74%", C, "81%", note="report table: Wickham Park 81; 74 is Thornbury's (swapped pair)"),
    F("81%", C, "74%", note="report table: Thornbury 74; 81 is Wickham Park's (swapped pair)"),
    F("third", S, note="report: Wickham Park lost rounds for the third year in a row"),
    F("1987", S, note="report: installed in 1987"),
    F("$2.8 million", S, note="report: replacement at an estimated $2.8 million"),
    F("$6.3 million", S, note="report: a $6.3 million capital backlog"),
    F("$4.2 million", S, note="report: the fund still owes $4.2 million"),
    F("2006", C, "2016", note="report: bonds issued in 2016 for the Lakemont clubhouse"),
    F("Nine", U, note="no source gives the number of speakers at this meeting (37 spoke at the January 6 hearing)"),
    F("74", C, "71", note="article: Gloria Fenwick, 71; 74 is Walt Brennigan's age"),
    F("$29", S, note="article: the league asked the board to hold the senior rate at $29"),
    F("240", S, note="article: the league has 240 members"),
    F("60", S, note="article: members play about 60 rounds each a season"),
    F("1975", C, "1972", note="article: Brennigan has played Wickham Park since 1972; 1975 is the year the county took the course over"),
    F("twice", S, note="article: the sprinklers break down about twice a week in July"),
    F("2026", S, note="release: green fees for the 2026 season"),
    F("18", S, note="release: weekday 18-hole rounds"),
    F("$42", S, note="release: rise to $42"),
    F("$38", S, note="release: from $38"),
    F("$725", S, note="release: season passes rise to $725"),
    F("$675", C, "$650", note="release / report: season passes from $650"),
    F("1", S, note="release: new fees take effect March 1, 2026"),
    F("2026", S, note="release: March 1, 2026"),
    F("$29", S, note="release / article: the senior rate of $29"),
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1; Vance voted against the fee increase"),
    F("$4", S, note="release: $4 off every full-price weekday round"),
    F("18", S, note="release: at the 18-hole courses"),
    F("2,600", U, note="no source estimates card registrations"),
    F("$2.8 million", S, note="release: a $2.8 million project"),
    F("$1.6 million", S, note="release: a $1.6 million loan from the county general fund"),
    F("10", S, note="release: repaid over 10 years"),
    F("$700,000", S, note="release: a $700,000 state water-conservation grant"),
    F("$500,000", S, note="release: $500,000 from golf fund reserves"),
    F("4", S, note="release: voted 4-1 to raise fees and to replace the irrigation system"),
    F("1", S, note="release: voted 4-1"),
    F("2026", S, note="release: work will begin in November 2026"),
    F("nine", S, note="release: Wickham Park's back nine"),
    F("12", C, "10", note="release / article: close for about 10 weeks"),
    F("40%", C, "30%", note="release: cut the course's water use by 30%"),
    F("3", S, note="release: free on weekdays after 3 p.m."),
    F("14", S, note="release: players 14 and under"),
    F("5", U, note="no source gives a separate vote on Junior Links"),
    F("0", U, note="no source gives a separate vote on Junior Links"),
    F("8:47", U, note="no source gives the time the meeting ended"),
]

# --- AD4: seniors' golf league newsletter, hard-wrapped ----------------------------------
AD4 = """# Fairways & Fixed Incomes

*Quillan Seniors Golf League newsletter, January 2026*

**The vote.** The county commissioners raised green fees 4-1 on Tuesday,
January 20. Dolores Vance, 55, was the lone no, and she made our case: the
senior weekday rate goes to $31 from $29, and the new resident card doesn't
help us. Chair Martin Ebersole, 66, says the fees "let golf pay for golf."
We asked the board to hold the senior rate at $29. It didn't.

**What it costs us**

- Most of us play about 60 rounds a season. At $2 more a round, that is $120
  a year each, or about $28,800 across our 420 members.
- Weekend golfers pay more too: $50 at Cedar Hollow and Lakemont, up from
  $46, and $41 at Wickham Park, up from $38.
- Season passes go to $725 from $650, a rise of about 12%.
- The junior rate stays at $12, so bring the grandchildren. Under the new
  Junior Links program they play free with you on weekdays after 3 p.m. if
  they are 12 or under.
- League dues stay at $40 a year.

**Wickham Park**

Many of us learned the game there. It opened in 1913 as a city course, and
the county took it over in 1975. But it has lost rounds three years running;
last year they fell 1.5%, to 44,600. Its sprinklers, put in in 1987, break
down about twice a week in July, says superintendent Kofi Asante-Boyd. The
county will replace them for $2.8 million, and the back nine will close for
about 10 weeks from November. Still, the course recovered only 74% of its
costs last year, and nobody should pretend new sprinklers fix that.

**The numbers behind the vote**

The four courses hosted 210,400 rounds in 2025, up 6.2%. They brought in
$8.88 million and cost $9.40 million to run, so the general fund covered a
$520,000 gap. The county expects the new fees to raise about $610,000 a
year. Cedar Hollow is the only course in the black; it recovered 112% of its
costs and drew 68,200 rounds, about a third of the total.

**Voices from the hearing**

Our president, Gloria Fenwick, 71, was among the 37 speakers at the
January 6 hearing, 32 of whom opposed the increase. Walt Brennigan, 74, who
has played Wickham Park since 1972, told the board the weekend rise was
"another thing retirees can't afford."

**Coming up**

- Spring scramble at Lakemont, April 18, $25 entry.
- Our average member is 72; our oldest, at 93, still walks nine holes.
"""

AD4_FIGS = [
    F("2026", S, note="dateline January 2026: the release and the article are dated January 2026"),
    F("4", S, note="release / article: voted 4-1"),
    F("1", S, note="release / article: voted 4-1"),
    F("20", S, note="release of Wednesday, January 21 and article of Friday, January 23: the vote was on Tuesday, January 20"),
    F("55", C, "58", note="article: Dolores Vance, 58; 55 is Kofi Asante-Boyd's age"),
    F("$31", S, note="release: the senior weekday rate rises to $31"),
    F("$29", S, note="release: from $29"),
    F("66", S, note="article: Martin Ebersole, 66"),
    F("$29", S, note="article: the league asked the board to hold the senior rate at $29"),
    F("60", S, note="article: members play about 60 rounds each a season"),
    F("$2", S, derived=True, note="release: senior weekday rate $31 - $29 = $2"),
    F("$120", S, derived=True, note="article / release: 60 x $2 = $120"),
    F("$28,800", S, derived=True, note="article / release: 240 members x $120 = $28,800 (right by the sources though the draft misstates the membership)"),
    F("420", C, "240", note="article: the league has 240 members (transposed digits)"),
    F("$50", S, note="release: weekend rounds at Cedar Hollow and Lakemont to $50"),
    F("$46", S, note="release: from $46"),
    F("$41", S, note="release: Wickham Park weekend rounds to $41"),
    F("$38", C, "$39", note="release / report: Wickham Park weekend rounds from $39; $38 is the old weekday fee at Cedar Hollow and Lakemont"),
    F("$725", S, note="release: season passes rise to $725"),
    F("$650", S, note="release: from $650"),
    F("12%", S, derived=True, note="release: $75 / $650 = 11.5% ('about 12%')"),
    F("$12", S, note="release: the junior rate stays at $12"),
    F("3", S, note="release: free on weekdays after 3 p.m."),
    F("12", C, "14", note="release / article: players 14 and under"),
    F("$40", U, note="no source gives the league's dues"),
    F("1913", C, "1931", note="article: Wickham Park opened in 1931 as a city course (transposed digits)"),
    F("1975", S, note="article: taken over by the county in 1975"),
    F("three", S, note="report / article: lost rounds for the third year in a row"),
    F("1.5%", S, note="report table / article: Wickham Park -1.5"),
    F("44,600", S, note="report table / article: 44,600 rounds"),
    F("1987", S, note="article / report: installed in 1987"),
    F("twice", S, note="article: break down about twice a week in July"),
    F("$2.8 million", S, note="release: a $2.8 million project"),
    F("nine", S, note="release / article: the back nine"),
    F("10", S, note="release / article: close for about 10 weeks"),
    F("74%", C, "81%", note="report table: Wickham Park cost recovery 81; 74 is Thornbury's"),
    F("four", S, note="report: the county's four public golf courses"),
    F("210,400", C, "201,400", note="report: 201,400 rounds in 2025 (transposed digits)"),
    F("2025", S, note="report: in 2025"),
    F("6.2%", C, "4.1%", note="report: all rounds up 4.1%; +6.2 is Cedar Hollow's change"),
    F("$8.88 million", S, note="report: golf revenue $8.88 million"),
    F("$9.40 million", S, note="report: operating costs $9.40 million"),
    F("$520,000", S, note="report: the $520,000 shortfall covered by the general fund"),
    F("$610,000", S, note="release: about $610,000 a year"),
    F("112%", S, note="report table: Cedar Hollow 112, the only course to earn more than it cost"),
    F("68,200", S, note="report table: Cedar Hollow 68,200 rounds"),
    F("a third", S, derived=True, note="report table: 68,200 / 201,400 = 33.9%"),
    F("71", S, note="article: Gloria Fenwick, 71"),
    F("37", S, note="release / article: 37 speakers at the hearing"),
    F("6", S, note="release / article: the hearing on January 6"),
    F("32", C, "29", note="article: 29 of them against the increase"),
    F("74", S, note="article: Walt Brennigan, 74"),
    F("1972", S, note="article: has played Wickham Park since 1972"),
    F("18", U, note="no source mentions the league's spring scramble"),
    F("$25", U, note="no source mentions the scramble's entry fee"),
    F("72", U, note="no source gives the league members' average age"),
    F("93", U, note="no source gives the oldest member's age"),
    F("nine", U, note="no source says how many holes the oldest member walks"),
]

CASES = [
    ("fresh15-blind", "fresh-ad", AD_SOURCES, [
        ("wire.txt", AD1, AD1_FIGS, "wire story with a dateline and compound sentences holding two owners"),
        ("explainer.md", AD2, AD2_FIGS, "explainer with bold questions, rich in derived figures"),
        ("minutes.txt", AD3, AD3_FIGS, "draft minutes of the board meeting: staff report, public comment, motions and votes"),
        ("newsletter.md", AD4, AD4_FIGS, "seniors' golf league newsletter: heading, bold lead-ins, bullets, hard-wrapped lines, pronouns, But/Still"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
