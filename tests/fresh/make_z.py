#!/usr/bin/env python3
"""Generate tests/fresh/fresh13-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  Z (fresh13-blind): a county fair and agricultural exposition (the Cassel
                     County Fair): the agricultural society's final report
                     excerpt (attendance by day this year and last, weather,
                     gate and carnival revenue, entries and premiums,
                     finances), the junior livestock sale committee's release
                     (lots, sales, averages and grand champion prices of five
                     species, a record steer), and a newspaper article on the
                     fair's close (a storm, heat, the grandstand concert, the
                     fair manager, a new barn)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_z.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic Z: the Cassel County Fair and Agricultural Exposition (fictional)
# ---------------------------------------------------------------------------

Z_REPORT = """Cassel County Agricultural Society
2026 Cassel County Fair and Agricultural Exposition
Final Report to the Fair Board (excerpt)
Presented Tuesday, August 18, 2026

Attendance

The 147th Cassel County Fair ran six days, from Tuesday, August 4, to Sunday, August 9, 2026, at the county fairgrounds in Wynnefield. Attendance was 141,200, up 2.3% from 138,000 in 2025 and the second-highest on record, behind 143,900 in 2019. The fair was first held in 1878 and was not held in 1918 or 2020.

Table 1. Attendance by day

| Day | Date | Attendance 2026 | Attendance 2025 | Change (%) | High temperature (°F) |
|---|---|---|---|---|---|
| Tuesday | Aug. 4 | 14,200 | 15,100 | -6.0 | 88 |
| Wednesday | Aug. 5 | 16,900 | 15,800 | +7.0 | 91 |
| Thursday | Aug. 6 | 19,300 | 18,600 | +3.8 | 96 |
| Friday | Aug. 7 | 24,600 | 27,900 | -11.8 | 84 |
| Saturday | Aug. 8 | 38,700 | 35,200 | +9.9 | 82 |
| Sunday | Aug. 9 | 27,500 | 25,400 | +8.3 | 79 |
| Total | | 141,200 | 138,000 | +2.3 | |

Saturday's 38,700 was the largest single-day crowd in the fair's history, topping 37,450 on the Saturday of the 2019 fair. Friday was the only day other than Tuesday to draw fewer people than in 2025, after a thunderstorm closed the midway and the grandstand for part of the evening. A heat advisory was in effect on Thursday.

Gate and carnival

Adult admission rose to $12 from $10. Children aged 6 to 12 paid $5, and children under 6 were admitted free. Gate revenue rose 14.4% to $1.19 million from $1.04 million, and 3,860 season passes were sold at $30.

Brightwell Amusements ran 42 rides on the midway. Ride revenue was $1.46 million, of which the fair's 30% share was $438,000, up from $401,000 in 2025. Ride wristbands, $30 on weekdays and $35 on Saturday and Sunday, sold 21,300.

Exhibits and premiums

Exhibitors made 6,840 entries in open and junior classes, from 1,130 exhibitors. Premiums paid totaled $186,500: $112,300 in junior (4-H and FFA) classes and $74,200 in open classes.

Finances

Total revenue was $4.06 million and expenses were $3.71 million, leaving a net of $350,000, against $212,000 in 2025. The Saturday grandstand concert brought in $412,000 in ticket sales, against a performer's fee of $275,000.

People

The fair was staffed by 640 volunteers, who worked 9,100 hours, and 85 seasonal employees.
"""

Z_RELEASE = """FOR IMMEDIATE RELEASE
Cassel County Junior Livestock Sale Committee
Monday, August 10, 2026

Junior Livestock Sale tops $1 million for the first time

The 2026 Cassel County Junior Livestock Sale brought in $1,007,800 on Saturday, August 8, up 7.6% from $936,500 in 2025, the first sale in its history to top $1 million. The sale opened at 9 a.m. in the Hensley Show Arena and ended at 4:48 p.m.

Each of the 297 youth exhibitors, aged 9 to 19, sold one lot, and 214 registered buyers took part.

| Species | Lots | Total sales | Average per lot | 2025 average | Change (%) | Grand champion |
|---|---|---|---|---|---|---|
| Steers | 48 | $412,800 | $8,600 | $7,950 | +8.2 | $31,000 |
| Swine | 96 | $288,000 | $3,000 | $2,740 | +9.5 | $12,500 |
| Lambs | 54 | $151,200 | $2,800 | $2,950 | -5.1 | $9,000 |
| Goats | 37 | $81,400 | $2,200 | $1,980 | +11.1 | $6,500 |
| Poultry and rabbits | 62 | $74,400 | $1,200 | $1,150 | +4.3 | $4,800 |
| Total | 297 | $1,007,800 | $3,393 | | | |

The grand champion steer, a 1,362-pound Angus cross shown by Hallie Voss, 17, of Rook Hollow, sold for $31,000 to Dorrance Feed & Supply, a sale record. The previous record, $27,500, was set in 2023. The reserve champion steer sold for $18,000 to Pruitt Ford.

The grand champion hog, shown by Mateo Ruiz-Albright, 12, sold for $12,500, and the grand champion lamb, shown by Jonah Tregarth, 15, sold for $9,000. Lambs were the only species whose average price fell.

Buyers pay the sale price, and exhibitors keep it minus a 4% commission that funds the committee's scholarships and the sale's costs. The commission raised about $40,300 this year and will pay for 12 scholarships of $2,500.
"""

Z_ARTICLE = """Record Saturday caps a hot, wet Cassel County Fair

By Rosalind Achterberg, The Wynnefield Sentinel
Monday, August 10, 2026

The 147th Cassel County Fair closed Sunday night with 141,200 visitors over six days, its second-best turnout ever, after a record Saturday crowd of 38,700 and a Friday storm that emptied the midway.

The storm reached the fairgrounds at 6:10 p.m. Friday and dropped 1.4 inches of rain in under an hour. The midway and grandstand were closed for 2 hours and 5 minutes and reopened at 8:15 p.m. The demolition derby was moved to Sunday afternoon. Friday's attendance fell to 24,600 from 27,900 a year earlier.

On Thursday, when the high reached 96 degrees, first-aid staff treated 31 people for heat illness, and three were taken to Cassel Memorial Hospital. The fair opened two cooling barns and handed out about 9,000 bottles of water.

Saturday's grandstand concert by country singer Della Marchbanks drew 7,850 people to the 8,200-seat grandstand. Tickets cost $45 to $85. Marchbanks, 38, who grew up 20 miles away in Pardee, took the stage at 8:40 p.m., 25 minutes late, and played for an hour and 50 minutes. "Biggest crowd I've played for in my home county, and I've played this fair four times," she said.

Fair manager Curtis Oyelaran, 52, who has run the fair since 2017, said the higher gate price, $12 for adults instead of $10, had drawn complaints but paid for new restrooms and more shade. "We took in $1.19 million at the gate, and every extra dollar is in the grounds," he said.

At the junior livestock sale on Saturday, Hallie Voss, 17, watched her grand champion steer sell for a record $31,000. "I've been raising steers since I was nine," said Voss, who plans to study animal science.

The fair board's president, Evangeline Sutter-Maas, 66, said the board would ask the county commissioners in September for $250,000 toward a $2.4 million livestock barn to replace the swine barn, built in 1956. Construction could start in 2027.

Brightwell Amusements, which has run the midway since 2011, said its 42 rides had their best week at the fair since 2019. Next year's fair runs from August 3 to 8, 2027.
"""

Z_SOURCES = [
    {"name": "cassel-county-fair-final-report-2026.txt", "text": Z_REPORT},
    {"name": "junior-livestock-sale-release.txt", "text": Z_RELEASE},
    {"name": "wynnefield-sentinel-article.txt", "text": Z_ARTICLE},
]

# --- Z1: "numbers to know" listicle, each item headed by a bold figure ---------------
Z1 = """# The Cassel County Fair in numbers

*Wynnefield Weekly Shopper, August 2026*

Six days, a storm and a record Saturday. Here are the figures that told the story of this year's fair.

**141,200 visitors.** Attendance rose 3.2% from 138,000 last year, the second-best total since the fair began in 1887.

**38,700 on Saturday.** The biggest single-day crowd in the fair's history beat the old mark of 37,450, set in 2018, by 1,250 people. Saturday alone accounted for more than a quarter of the week's visitors.

**96 degrees.** Thursday's high, under a heat advisory. Medics treated 31 people for heat illness and sent four to the hospital.

**2 hours and 5 minutes.** How long the midway and grandstand stayed dark after Friday's storm hit at 6:10 p.m. Some 600 campers rode it out in the exhibit halls, and vendors lost an estimated $90,000 that night.

**$12 at the gate.** Adult admission went up $2, gate revenue rose 14.4% to $1.19 million, and 3,680 season passes sold. Parking stayed at $10 a car.

**$1,007,800 at the sale barn.** The junior livestock sale set a record, up 7.6% from last year. All 297 lots sold to 241 registered buyers, and steers brought in about two fifths of the money.

**$31,000 for a steer.** Hallie Voss, 17, sold her 1,362-pound grand champion for a record, about $23 a pound. She has raised steers since she was 11.

**$2,800 a lamb.** Lambs were the only species to sell for less on average, down 5.1%, while hogs averaged $3,000, up 8.2%.

**7,850 fans.** Della Marchbanks filled all but 350 of the grandstand's seats on Saturday, took the stage 25 minutes late and played for 110 minutes, 22 songs in all. Top tickets cost $95, and sales of $412,000 beat her fee by $137,000.

**$350,000 in the black.** The fair's net was up about 65% from $212,000 last year. Food vendors, 74 of them, reported sales of $2.3 million. The board wants $250,000 from the county toward a $2.4 million barn and hopes to break ground in 2026.
"""

Z1_FIGS = [
    F("2026", S, note="heading date August 2026: the report (August 18), the release and the article (August 10) are dated August 2026"),
    F("Six", S, note="report: the fair ran six days"),
    F("141,200", S, note="report / article: attendance 141,200"),
    F("3.2%", C, "2.3%", note="report: up 2.3% (transposed digits)"),
    F("138,000", S, note="report: from 138,000 in 2025"),
    F("second-best", S, note="report: the second-highest on record; article: its second-best turnout ever"),
    F("1887", C, "1878", note="report: the fair was first held in 1878 (transposed digits)"),
    F("38,700", S, note="report table: Saturday 38,700"),
    F("37,450", S, note="report: topping 37,450 on the Saturday of the 2019 fair"),
    F("2018", C, "2019", note="report: the old single-day record was set at the 2019 fair"),
    F("1,250", S, derived=True, note="report: 38,700 - 37,450 = 1,250"),
    F("a quarter", S, derived=True, note="report table: 38,700 / 141,200 = 27.4% ('more than a quarter')"),
    F("96", S, note="report table / article: Thursday's high 96°F"),
    F("31", S, note="article: first-aid staff treated 31 people for heat illness"),
    F("four", C, "three", note="article: three were taken to Cassel Memorial Hospital"),
    F("2 hours and 5 minutes", S, note="article: the midway and grandstand were closed for 2 hours and 5 minutes (one span, units inside)"),
    F("6:10", S, note="article: the storm reached the fairgrounds at 6:10 p.m. Friday"),
    F("600", U, note="no source mentions campers or where anyone sheltered"),
    F("$90,000", U, note="no source estimates vendors' losses"),
    F("$12", S, note="report / article: adult admission $12"),
    F("$2", S, derived=True, note="report: $12 - $10 = $2"),
    F("14.4%", S, note="report: gate revenue rose 14.4%"),
    F("$1.19 million", S, note="report / article: gate revenue $1.19 million"),
    F("3,680", C, "3,860", note="report: 3,860 season passes (transposed digits)"),
    F("$10", U, note="no source gives a parking charge ($10 was the old adult admission)"),
    F("$1,007,800", S, note="release: the sale brought in $1,007,800"),
    F("7.6%", S, note="release: up 7.6% from $936,500 in 2025"),
    F("297", S, note="release table: 297 lots"),
    F("241", C, "214", note="release: 214 registered buyers (transposed digits)"),
    F("two fifths", S, derived=True, note="release table: steers $412,800 / $1,007,800 = 41.0% ('about two fifths')"),
    F("$31,000", S, note="release: the grand champion steer sold for $31,000, a sale record"),
    F("17", S, note="release / article: Hallie Voss, 17"),
    F("1,362", S, note="release: a 1,362-pound Angus cross"),
    F("$23", S, derived=True, note="release: $31,000 / 1,362 pounds = $22.76 ('about $23 a pound')"),
    F("11", C, "nine", note="article: 'I've been raising steers since I was nine'"),
    F("$2,800", S, note="release table: lambs average per lot $2,800"),
    F("5.1%", S, note="release table: lambs -5.1"),
    F("$3,000", S, note="release table: swine average per lot $3,000"),
    F("8.2%", C, "9.5%", note="release table: swine +9.5; +8.2 is the steers' change"),
    F("7,850", S, note="article: the concert drew 7,850 people"),
    F("350", S, derived=True, note="article: 8,200 seats - 7,850 = 350"),
    F("25", S, note="article: took the stage at 8:40 p.m., 25 minutes late"),
    F("110", S, note="article: played for an hour and 50 minutes (the same duration in minutes, not derived)"),
    F("22", U, note="no source gives the number of songs"),
    F("$95", C, "$85", note="article: tickets cost $45 to $85"),
    F("$412,000", S, note="report: the concert brought in $412,000 in ticket sales"),
    F("$137,000", S, derived=True, note="report: $412,000 - $275,000 fee = $137,000"),
    F("$350,000", S, note="report: a net of $350,000"),
    F("65%", S, derived=True, note="report: $350,000 / $212,000 = 1.65, up 65%"),
    F("$212,000", S, note="report: against $212,000 in 2025"),
    F("74", U, note="no source counts food vendors"),
    F("$2.3 million", U, note="no source gives food vendors' sales"),
    F("$250,000", S, note="article: the board would ask the commissioners for $250,000"),
    F("$2.4 million", S, note="article: toward a $2.4 million livestock barn"),
    F("2026", C, "2027", note="article: construction could start in 2027"),
]

# --- Z2: wrap-up press conference summary: headline bullets, remarks, Q&A with quotes ---
Z2 = """# Cassel County Fair wrap-up: press conference summary

*Notes from the fair board's closing press conference at the fairgrounds office, August 2026. Quotes are lightly edited.*

**Headline numbers**

- Attendance: 141,200 (+2.3%), the second-highest ever
- Gate revenue: $1.19M (+19.4%)
- Net: $350K, against $221K in 2025
- Food and beverage vendors: 96

**Opening remarks**

Fair manager Curtis Oyelaran, 52, said the fair "beat the weather." "We lost most of Friday night to the storm, 2 hours and 15 minutes with the midway dark, and we still finished up 3,200 people on last year," he said. "Saturday was the best day this fair has had in 148 years."

Board president Evangeline Sutter-Maas, 66, thanked the volunteers. "Six hundred and forty people gave us 9,100 hours. At even $15 an hour, that's more than $136,000 of work we didn't pay for."

**On the money**

Oyelaran said the $2 increase in adult admission, to $12, "paid for the new restrooms and the shade." Gate revenue rose by $115,000. The carnival's share of ride revenue rose to $438,000 from $401,000, or about 9%.

**Q&A**

*On the heat:* Asked about Thursday, when the high reached 96, Oyelaran said 31 people were treated for heat illness and three went to the hospital. The fair opened three cooling barns and added 12 misting fans.

*On the concert:* Della Marchbanks drew 7,850 people to the 8,200-seat grandstand, which was about 96% full. Ticket sales came to $412,000, against her $285,000 fee. "She's played here four times, and this was her biggest crowd," Sutter-Maas said. Asked whether Marchbanks would return next year, she said the board had offered $300,000.

*On the livestock sale:* The sale brought in $1,007,800 from 279 lots. The grand champion steer went for a record $31,000, beating the $27,500 paid in 2022. Goats posted the biggest gain in average price, up 11.1%, and lambs the only drop, down 5.1% to $2,950.

*On the new barn:* Sutter-Maas said the board would ask the county commissioners in September for $250,000 toward a $2.4 million livestock barn to replace the swine barn, which dates from 1956. "That's barely a tenth of the cost," she said.

*On next year:* The 2027 fair runs August 3 to 8. Oyelaran, who has managed the fair since 2015, said he expects adult admission to stay at $12.
"""

Z2_FIGS = [
    F("2026", S, note="heading date August 2026: the sources are dated August 2026"),
    F("141,200", S, note="report: attendance 141,200"),
    F("2.3%", S, note="report: up 2.3%"),
    F("second-highest", S, note="report: the second-highest on record"),
    F("$1.19M", S, note="report: gate revenue $1.19 million"),
    F("19.4%", C, "14.4%", note="report: gate revenue rose 14.4%"),
    F("$350K", S, note="report: a net of $350,000"),
    F("$221K", C, "$212K", note="report: against $212,000 in 2025 (transposed digits)"),
    F("2025", S, note="report: in 2025"),
    F("96", U, note="no source counts food and beverage vendors"),
    F("52", S, note="article: fair manager Curtis Oyelaran, 52"),
    F("2 hours and 15 minutes", C, "2 hours and 5 minutes", note="article: closed for 2 hours and 5 minutes (6:10 to 8:15 p.m.)"),
    F("3,200", S, derived=True, note="report: 141,200 - 138,000 = 3,200"),
    F("148", S, derived=True, note="report: first held in 1878; 2026 - 1878 = 148 years (the 147th fair, as it was not held in 1918 or 2020)"),
    F("66", S, note="article: Evangeline Sutter-Maas, 66"),
    F("Six hundred and forty", S, note="report: 640 volunteers"),
    F("9,100", S, note="report: who worked 9,100 hours"),
    F("$15", U, note="an hourly value no source gives"),
    F("$136,000", U, note="no source values the volunteers' hours; 9,100 x $15 rests on an assumed wage"),
    F("$2", S, derived=True, note="report: $12 - $10 = $2"),
    F("$12", S, note="report: adult admission rose to $12"),
    F("$115,000", C, "$150,000", derived=True, note="report: $1.19 million - $1.04 million = $150,000"),
    F("$438,000", S, note="report: the fair's share was $438,000"),
    F("$401,000", S, note="report: up from $401,000 in 2025"),
    F("9%", S, derived=True, note="report: $438,000 / $401,000 = 1.092, up about 9%"),
    F("96", S, note="article / report table: Thursday's high 96"),
    F("31", S, note="article: 31 people treated for heat illness"),
    F("three", S, note="article: three were taken to the hospital"),
    F("three", C, "two", note="article: the fair opened two cooling barns"),
    F("12", U, note="no source mentions misting fans"),
    F("7,850", S, note="article: 7,850 people"),
    F("8,200", S, note="article: the 8,200-seat grandstand"),
    F("96%", S, derived=True, note="article: 7,850 / 8,200 = 95.7% ('about 96%')"),
    F("$412,000", S, note="report: $412,000 in ticket sales"),
    F("$285,000", C, "$275,000", note="report: a performer's fee of $275,000"),
    F("four", S, note="article: Marchbanks: 'I've played this fair four times'"),
    F("$300,000", U, note="no source mentions an offer for next year"),
    F("$1,007,800", S, note="release: $1,007,800"),
    F("279", C, "297", note="release: 297 lots (transposed digits)"),
    F("$31,000", S, note="release: the grand champion steer sold for $31,000, a sale record"),
    F("$27,500", S, note="release: the previous record, $27,500"),
    F("2022", C, "2023", note="release: the previous record was set in 2023"),
    F("11.1%", S, note="release table: goats +11.1, the largest gain"),
    F("5.1%", S, note="release table: lambs -5.1, the only drop"),
    F("$2,950", C, "$2,800", note="release table: lambs averaged $2,800 in 2026; $2,950 was the 2025 average"),
    F("$250,000", S, note="article: $250,000 from the county commissioners"),
    F("$2.4 million", S, note="article: a $2.4 million livestock barn"),
    F("1956", S, note="article: the swine barn, built in 1956"),
    F("a tenth", S, derived=True, note="article: $250,000 / $2.4 million = 10.4% ('barely a tenth')"),
    F("2027", S, note="article: next year's fair runs from August 3 to 8, 2027"),
    F("3", S, note="article: August 3 to 8, 2027"),
    F("8", S, note="article: August 3 to 8, 2027"),
    F("2015", C, "2017", note="article: Oyelaran has run the fair since 2017"),
    F("$12", U, note="no source gives next year's admission price"),
]

# --- Z3: news story with an editor's note and a correction at the end -----------------
Z3 = """# Cassel County Fair draws its second-biggest crowd; livestock sale passes $1 million

*Editor's note: This article was corrected after publication. An earlier version misstated Saturday's attendance and the price paid for the grand champion hog. A correction appears at the end.*

WYNNEFIELD — The Cassel County Fair ended its 147th run on Sunday with 141,200 visitors, its second-largest total after 2019, despite a Friday storm and Thursday heat.

Saturday drew 38,700 people, nearly three times Tuesday's crowd and the most for a single day in the fair's history. Attendance fell on Friday, when a thunderstorm arrived at 6:10 p.m. and closed the midway until 8:15 p.m.; Friday's crowd was 24,600, against 29,700 a year earlier. The storm caused about $48,000 in damage, most of it covered by insurance.

The six-day average high was about 87. Forty-one people were treated for heat illness.

At Saturday's junior livestock sale, 297 exhibitors sold their animals for $1,007,800, up 7.6% from $963,500 last year. Hallie Voss, 16, sold her 1,362-pound grand champion steer for a record $31,000; its buyer, Dorrance Feed & Supply, has bought the top steer three years running. The grand champion hog, shown by Mateo Ruiz-Albright, 12, brought $12,500, and Jonah Tregarth's grand champion lamb $6,500. Steers averaged $8,600 a head, up 9.5%.

The sale's commission will pay for 12 scholarships. Buyers numbered 214, up from 188 last year.

At the grandstand, Della Marchbanks played to 7,850 people, about 350 short of a sellout, and took the stage 35 minutes late. Ticket sales of $412,000 covered her $275,000 fee one and a half times.

The fair's net was $530,000, up from $212,000. The board will ask the county for $250,000 toward a $2.4 million barn to replace the swine barn, built in 1965. A new 120-foot Ferris wheel was the midway's most popular ride.

Next year's fair runs August 3 to 8, 2027. Brightwell Amusements, at the fair since 2011, will return under a new five-year contract.

*Correction: An earlier version of this article said 37,800 people attended on Saturday; the figure was 38,700. It also said the grand champion hog sold for $15,200. It sold for $12,500.*
"""

Z3_FIGS = [
    F("second-biggest", S, note="report: the second-highest attendance on record"),
    F("$1 million", S, note="release: the sale topped $1 million"),
    F("147th", S, note="report / article: the 147th Cassel County Fair"),
    F("141,200", S, note="report / article: 141,200"),
    F("second-largest", S, note="report: the second-highest on record, behind 143,900 in 2019"),
    F("2019", S, note="report: behind 143,900 in 2019"),
    F("38,700", S, note="report table: Saturday 38,700"),
    F("three times", S, derived=True, note="report table: Saturday 38,700 / Tuesday 14,200 = 2.7 ('nearly three times')"),
    F("6:10", S, note="article: the storm reached the fairgrounds at 6:10 p.m. Friday"),
    F("8:15", S, note="article: reopened at 8:15 p.m."),
    F("24,600", S, note="report table: Friday 24,600"),
    F("29,700", C, "27,900", note="report table: Friday 2025 27,900 (transposed digits)"),
    F("$48,000", U, note="no source gives storm damage"),
    F("six", S, note="report: the fair ran six days"),
    F("87", S, derived=True, note="report table: (88 + 91 + 96 + 84 + 82 + 79) / 6 = 86.7 ('about 87')"),
    F("Forty-one", C, "31", note="article: 31 people were treated for heat illness"),
    F("297", S, note="release: 297 youth exhibitors"),
    F("$1,007,800", S, note="release: $1,007,800"),
    F("7.6%", S, note="release: up 7.6%"),
    F("$963,500", C, "$936,500", note="release: from $936,500 in 2025 (transposed digits)"),
    F("16", C, "17", note="release / article: Hallie Voss, 17"),
    F("1,362", S, note="release: a 1,362-pound Angus cross"),
    F("$31,000", S, note="release: sold for $31,000, a sale record"),
    F("three", U, note="no source says who bought the top steer in earlier years"),
    F("12", S, note="release: Mateo Ruiz-Albright, 12"),
    F("$12,500", S, note="release: the grand champion hog sold for $12,500"),
    F("$6,500", C, "$9,000", note="release: the grand champion lamb sold for $9,000; $6,500 is the grand champion goat's price"),
    F("$8,600", S, note="release table: steers average per lot $8,600"),
    F("9.5%", C, "8.2%", note="release table: steers +8.2; +9.5 is the swine change"),
    F("12", S, note="release: the commission will pay for 12 scholarships of $2,500"),
    F("214", S, note="release: 214 registered buyers"),
    F("188", U, note="no source gives the number of buyers in 2025"),
    F("7,850", S, note="article: 7,850 people"),
    F("350", S, derived=True, note="article: 8,200 seats - 7,850 = 350"),
    F("35", C, "25", note="article: took the stage at 8:40 p.m., 25 minutes late"),
    F("$412,000", S, note="report: $412,000 in ticket sales"),
    F("$275,000", S, note="report: a performer's fee of $275,000"),
    F("one and a half times", S, derived=True, note="report: $412,000 / $275,000 = 1.50"),
    F("$530,000", C, "$350,000", note="report: a net of $350,000 (transposed digits)"),
    F("$212,000", S, note="report: $212,000 in 2025"),
    F("$250,000", S, note="article: $250,000 from the county"),
    F("$2.4 million", S, note="article: a $2.4 million livestock barn"),
    F("1965", C, "1956", note="article: the swine barn, built in 1956 (transposed digits)"),
    F("120", U, note="no source mentions a Ferris wheel or its height"),
    F("3", S, note="article: next year's fair runs from August 3 to 8, 2027"),
    F("8", S, note="article: August 3 to 8, 2027"),
    F("2027", S, note="article: August 3 to 8, 2027"),
    F("2011", S, note="article: Brightwell Amusements has run the midway since 2011"),
    F("five", U, note="no source mentions a new contract or its length"),
    F("37,800", C, "38,700", note="retracted value quoted in the correction; report table: Saturday 38,700"),
    F("38,700", S, note="report table: Saturday 38,700"),
    F("$15,200", C, "$12,500", note="retracted value quoted in the correction; release: the grand champion hog sold for $12,500"),
    F("$12,500", S, note="release: $12,500"),
]

# --- Z4: live blog of sale day, bold timestamps ----------------------------------------
Z4 = """# Live: Junior Livestock Sale and Saturday night at the Cassel County Fair

*Saturday, August 8, 2026. Updates from the Hensley Show Arena and the grandstand; newest at the bottom.*

**9:00 a.m.** — The sale is under way. 297 youth exhibitors, aged 9 to 18, will each sell a single lot today.

**9:14 a.m.** — Record! Hallie Voss, 17, of Rook Hollow sells her grand champion steer, a 1,362-pound Angus cross, to Dorrance Feed & Supply for $31,000, beating the $27,500 record set in 2023. That works out to about $22.76 a pound, and the bidding took four minutes. Moments later the reserve champion steer goes to Pruitt Ford for $13,000.

**10:45 a.m.** — Steers are done: 48 lots averaging $8,600, up from $7,950 last year. Next up, swine, and the grand champion hog brings $12,500 for Mateo Ruiz-Albright, 21.

**12:30 p.m.** — Lunch break. Out on the midway, Brightwell Amusements' 42 rides are busy; wristbands are $35 today, $5 more than on weekdays. The high today: 84 degrees. The corn dog line is 40 people deep.

**2:05 p.m.** — Lambs: Jonah Tregarth, 15, sells the grand champion for $9,000, but the lamb average, $2,800, is below last year's $2,590. Goats are doing better, averaging $2,200, up 11.1%, and the grand champion goat brought $4,800.

**4:48 p.m.** — That's the sale: $1,007,800 for 297 lots, up 6.7% on last year, a record total. The 4% commission will raise about $40,300 for scholarships.

**8:40 p.m.** — Della Marchbanks takes the stage, 25 minutes late, in front of 8,200 people.

**10:30 p.m.** — Marchbanks wraps up after 110 minutes, telling the crowd she grew up 30 miles away, in Pardee.

**11:10 p.m.** — Final word from the fair office: 38,700 through the gates today, a single-day record that beats the 37,450 of 2019. With Sunday still to come, the fair stands at 113,700.
"""

Z4_FIGS = [
    F("8", S, note="dated heading: the sale and the concert were on Saturday, August 8, 2026 (release; article of Monday, August 10)"),
    F("2026", S, note="release: Saturday, August 8, 2026"),
    F("9:00", S, note="release: the sale opened at 9 a.m."),
    F("297", S, note="release: 297 youth exhibitors"),
    F("9", S, note="release: aged 9 to 19"),
    F("18", C, "19", note="release: aged 9 to 19"),
    F("9:14", U, note="timestamp: no source gives a time for the steer's sale"),
    F("17", S, note="release: Hallie Voss, 17"),
    F("1,362", S, note="release: a 1,362-pound Angus cross"),
    F("$31,000", S, note="release: sold for $31,000 to Dorrance Feed & Supply"),
    F("$27,500", S, note="release: the previous record, $27,500"),
    F("2023", S, note="release: set in 2023"),
    F("$22.76", S, derived=True, note="release: $31,000 / 1,362 pounds = $22.76"),
    F("four", U, note="no source says how long the bidding took"),
    F("$13,000", C, "$18,000", note="release: the reserve champion steer sold for $18,000 to Pruitt Ford"),
    F("10:45", U, note="timestamp: no source gives a time for the end of the steers"),
    F("48", S, note="release table: steers 48 lots"),
    F("$8,600", S, note="release table: steers average $8,600"),
    F("$7,950", S, note="release table: steers 2025 average $7,950"),
    F("$12,500", S, note="release: the grand champion hog sold for $12,500"),
    F("21", C, "12", note="release: Mateo Ruiz-Albright, 12 (transposed digits)"),
    F("12:30", U, note="timestamp: no source gives a time for anything reported in the entry"),
    F("42", S, note="report / article: 42 rides"),
    F("$35", S, note="report: wristbands $35 on Saturday and Sunday"),
    F("$5", S, derived=True, note="report: $35 - $30 on weekdays = $5"),
    F("84", C, "82", note="report table: Saturday's high 82°F; 84 was Friday's"),
    F("40", U, note="no source mentions food lines"),
    F("2:05", U, note="timestamp: no source gives a time for the lambs"),
    F("15", S, note="release: Jonah Tregarth, 15"),
    F("$9,000", S, note="release: the grand champion lamb sold for $9,000"),
    F("$2,800", S, note="release table: lambs average $2,800"),
    F("$2,590", C, "$2,950", note="release table: lambs 2025 average $2,950 (transposed digits)"),
    F("$2,200", S, note="release table: goats average $2,200"),
    F("11.1%", S, note="release table: goats +11.1"),
    F("$4,800", C, "$6,500", note="release table: the grand champion goat $6,500; $4,800 is poultry and rabbits'"),
    F("4:48", S, note="release: the sale ended at 4:48 p.m."),
    F("$1,007,800", S, note="release: $1,007,800"),
    F("297", S, note="release table: 297 lots"),
    F("6.7%", C, "7.6%", note="release: up 7.6% from 2025 (transposed digits)"),
    F("4%", S, note="release: a 4% commission"),
    F("$40,300", S, note="release: the commission raised about $40,300"),
    F("8:40", S, note="article: Marchbanks took the stage at 8:40 p.m."),
    F("25", S, note="article: 25 minutes late"),
    F("8,200", C, "7,850", note="article: the concert drew 7,850 people; 8,200 is the grandstand's seats"),
    F("10:30", S, derived=True, note="article: took the stage at 8:40 p.m. and played for an hour and 50 minutes, to 10:30 p.m."),
    F("110", S, note="article: played for an hour and 50 minutes (the same duration in minutes)"),
    F("30", C, "20", note="article: grew up 20 miles away in Pardee"),
    F("11:10", U, note="timestamp: no source gives a time for the day's final count"),
    F("38,700", S, note="report table: Saturday 38,700"),
    F("37,450", S, note="report: topping 37,450 on the Saturday of the 2019 fair"),
    F("2019", S, note="report: the 2019 fair"),
    F("113,700", S, derived=True, note="report table: 14,200 + 16,900 + 19,300 + 24,600 + 38,700 = 113,700 through Saturday"),
]

CASES = [
    ("fresh13-blind", "fresh-z", Z_SOURCES, [
        ("numbers.md", Z1, Z1_FIGS, '"numbers to know" listicle: each item headed by a bold figure, a short paragraph after it'),
        ("press-conference.md", Z2, Z2_FIGS, "wrap-up press conference summary: headline bullets, opening remarks and Q&A with quotes"),
        ("corrected.md", Z3, Z3_FIGS, "news story with an editor's note and a correction that quotes retracted values"),
        ("liveblog.md", Z4, Z4_FIGS, "live blog: dated heading, bold timestamps"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
