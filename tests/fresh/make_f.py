#!/usr/bin/env python3
"""Generate tests/fresh/fresh3-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or reading its code):
  F (fresh3-blind): a city's housing market (Brannock), its annual homeless
                    count and shelter beds, a housing bond and a council vote
                    on a large development

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_f.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic F: the City of Brannock's housing market and homeless count (fictional)
# ---------------------------------------------------------------------------

F_REPORT = """Greater Brannock Association of Realtors
2025 Annual Housing Market Report (excerpt)

Overview

Brannock's housing market cooled in volume but not in price in 2025. Closed sales of single-family homes and condominiums fell 4.1% to 6,840, from 7,130 in 2024, the fewest since 2014. The citywide median sale price rose 5.3% to $438,500, from $416,400, a record for the ninth year in a row.

Buyers had more choice than at any time since 2019. New listings rose 6.0% to 8,215, and inventory at year-end stood at 2.6 months of supply, up from 1.9 months. The median home took 34 days to sell, up from 27 days. The average 30-year mortgage rate was 6.7% for the year.

Neighborhoods

Table 2. Market activity in the five busiest neighborhoods, 2025

| Neighborhood | Median sale price | Change from 2024 (%) | Median days on market | Closed sales |
|---|---|---|---|---|
| Lakeview Park | $685,000 | +7.9 | 22 | 610 |
| Old Mill | $512,000 | +3.4 | 29 | 940 |
| Riverbend | $449,000 | +6.2 | 31 | 1,180 |
| Carver Heights | $318,000 | +11.6 | 26 | 1,020 |
| Eastgate | $276,500 | -2.3 | 48 | 870 |
| Citywide | $438,500 | +5.3 | 34 | 6,840 |

The five neighborhoods accounted for 4,620 of the city's 6,840 sales. Riverbend had the most sales of any neighborhood. Lakeview Park remains the most expensive of Brannock's 14 neighborhoods; its median rose to $685,000 from $635,000, and homes there sold fastest. Carver Heights posted the largest price gain for the second year in a row, and its median topped $300,000 for the first time, up from $285,000. Eastgate, the least expensive neighborhood, was the only one of the five where prices fell, to $276,500 from $283,000, and homes there took longest to sell.

Condominiums

The median condominium price rose 2.1% to $289,000. Condos made up 22% of sales.

Buyers and affordability

First-time buyers made up 29% of purchases, down from 33% in 2024, and 24% of homes were bought with cash. A household needed an annual income of about $112,000 to afford the citywide median-priced home with a 10% down payment, while the city's median household income is $71,400.

Rents kept climbing. The median asking rent for a two-bedroom apartment was $1,745 a month in December, up 6.4% from $1,640 a year earlier.

Outlook

"Prices will keep rising, but more slowly," said Gloria Santos, the association's president. The association expects the citywide median to rise 3% to 4% in 2026 and sales to stay near 2025 levels.
"""

F_RELEASE = """FOR IMMEDIATE RELEASE
City of Brannock, Department of Housing and Community Development
March 12, 2026

Annual count finds 1,386 people homeless in Brannock, up 9.1%

The city's annual point-in-time count found 1,386 people experiencing homelessness on the night of January 28, 2026, up 9.1% from 1,270 in January 2025 and the highest number since the city began its count in 2007.

Of those counted, 868 were staying in emergency shelters or transitional housing, up from 822 a year earlier, and 518 were unsheltered, sleeping outdoors, in vehicles or in other places not meant for living, up from 448. Unsheltered people made up 37.4% of the total.

By household type:

- Adults without children: 978, up from 870
- People in families with children: 312, including 181 children, up from 296
- Unaccompanied youth aged 18 to 24: 96, down from 104

The count included 84 veterans, down from 93, and 402 chronically homeless people, 29% of the total. Brannock's rate of about 21 homeless people per 10,000 residents is the fourth-highest among the state's 12 largest cities.

"These numbers are people, and too many of them are outside tonight," said Housing Director Anita Marsh. "Rents rose faster than wages again last year, and the count shows it."

Shelter capacity

The city and its partners operate 944 year-round shelter and transitional beds, up from 880 in 2025; 92% were occupied on the night of the count. A 120-bed shelter on Foundry Street, now under construction at a cost of $14.2 million, is scheduled to open in October 2026 and will bring the total to 1,064 beds.

In 2025, 641 people moved from homelessness into permanent housing through city programs, up from 512 in 2024.

Housing bond

On Tuesday the City Council will consider placing a $150 million housing bond on the November 3, 2026, ballot. The bond would provide $95 million to build about 1,100 affordable rental homes, $35 million for about 300 units of permanent supportive housing, and $20 million for shelter and services. It would cost the owner of a median-priced home about $58 a year and requires approval by two thirds of voters.

The count is required by the U.S. Department of Housing and Urban Development for federal homelessness funding. Brannock received $9.8 million in such funding in 2025.
"""

F_ARTICLE = """Council approves Foundry Yards 7-4, sends housing bond to voters

By Marcus Lindqvist, The Brannock Herald
March 18, 2026

After a hearing that ran past midnight, the Brannock City Council voted 7-4 on Tuesday to rezone a 19-acre former rail yard in Eastgate for Foundry Yards, a 1,240-unit apartment and townhouse development by Keystone Ridge Partners.

The council then voted 9-2 to place a $150 million housing bond on the November ballot.

Under the approved plan, 186 of the units, or 15%, will be affordable to households earning up to 60% of the area median income. Keystone Ridge will also pay $6 million into the city's housing trust fund and build a 3-acre park. The $410 million project will be built in three phases over eight years, starting in 2027.

Council President Denise Okafor, who voted yes on both measures, pointed to the city's latest homeless count of 1,386 people. "We counted 518 of our neighbors sleeping outside in January," Okafor said. "We cannot say no to 1,240 homes."

Council member Luis Ferreira, 44, who represents Eastgate, voted against the rezoning after the council rejected his amendment to raise the affordable share to 25%. Ferreira said the project would push up rents in a neighborhood where a typical two-bedroom apartment already rents for $1,520 a month. "This is the one neighborhood where working families can still buy a home," he said.

Eastgate is the city's least expensive neighborhood: its median sale price fell 2.3% last year to $276,500, according to the Greater Brannock Association of Realtors, compared with $438,500 citywide.

Council member Janet Pruitt, 66, opposed both measures, citing traffic and the bond's cost. Pruitt and Ferreira were joined by Council members Owen Baird and Tamara Ruiz in voting against the rezoning; Pruitt and Baird cast the two votes against the bond.

Martin Albrecht, 62, Keystone Ridge's chief executive, said the first 420 units could be ready by 2029. "Brannock needs homes at every price, and this site has sat empty for 30 years," he said.

Eighty-seven residents spoke during the six-hour hearing, most of them from Eastgate.

The bond, which needs two thirds of the vote to pass, would raise $95 million for affordable rental housing, $35 million for supportive housing and $20 million for shelters. City officials estimate it would cost the owner of a median-priced home about $58 a year.

Housing Director Anita Marsh told the council that the 120-bed Foundry Street shelter, a few blocks from the rail yard, would open in October, adding to the city's 944 beds.
"""

F_SOURCES = [
    {"name": "brannock-realtors-market-report-2025.txt", "text": F_REPORT},
    {"name": "brannock-housing-department-release.txt", "text": F_RELEASE},
    {"name": "brannock-herald-article.txt", "text": F_ARTICLE},
]

# --- F1: wire story ---------------------------------------------------------
F1 = """Brannock council approves Foundry Yards as homeless count climbs

BRANNOCK (Wire) — The Brannock City Council voted 7-4 on Tuesday to approve Foundry Yards, a 1,240-unit development on a 21-acre former rail yard in Eastgate and the largest rezoning in the city since 1998, and then voted 9-2 to send a $150 million housing bond to voters in November.

The votes followed the city's annual count, which found 1,386 people homeless in January, up 9.1% from a year earlier and the most since the count began in 2005.

Under the plan, 186 of the units, or 15%, will be affordable to households earning up to 80% of the area median income. The developer, Keystone Ridge Partners, will also pay $6 million into the city's $40 million housing trust fund. The $410 million project will be built in four phases starting in 2027, and Keystone Ridge's chief executive, Martin Albrecht, 62, said the first 420 units could open by 2028. The firm has built about 4,000 homes in the region.

Council member Luis Ferreira, 47, who represents Eastgate, voted no after the council rejected his bid to raise the affordable share to 20%. Eastgate is the city's least expensive neighborhood, with a median sale price of $276,500, down 2.3% last year and about $126,000 below the citywide figure, according to the realtors' association. Citywide, the median rose 5.3% to $438,500, while in Lakeview Park, the priciest neighborhood, it reached $658,000. Homes citywide took 34 days to sell, up from 27, and 1,900 homes were for sale at year-end.

Council member Janet Pruitt, 66, on the council since 2013, voted against both measures. Eighty-seven residents spoke during the hearing, which lasted more than eight hours.

The bond would raise $95 million to build about 1,100 affordable rental homes, $35 million for supportive housing and $20 million for shelters, and would cost the owner of a median-priced home about $85 a year. It needs a two-thirds majority. A poll for the Herald in February found 61% of likely voters in favor.

Of the 1,386 people counted, 518 were unsheltered, 70 more than a year earlier, and 84 were veterans. People in families with children numbered 312, and unaccompanied youth 104. The city's shelters had 944 beds, 92% of them full on the night of the count, and a 150-bed shelter on Foundry Street is due to open in October at a cost of $14.2 million.

The city spent $31 million on homelessness services last year, and 641 people moved into permanent housing, up from 512. The city aims to end unsheltered homelessness by 2030.

Rents are rising too: the median two-bedroom asking rent reached $1,745 in December, up 4.6% from a year earlier.
"""

F1_FIGS = [
    F("7", S, note="article: voted 7-4 on the rezoning"),
    F("4", S, note="article: voted 7-4"),
    F("1,240", S, note="article: 1,240-unit development"),
    F("21", C, "19", note="article: a 19-acre former rail yard"),
    F("1998", U, note="no source compares the rezoning with earlier ones"),
    F("9", S, note="article: voted 9-2 on the bond"),
    F("2", S, note="article: voted 9-2"),
    F("$150 million", S, note="article / release: $150 million housing bond"),
    F("1,386", S, note="release: 1,386 people"),
    F("9.1%", S, note="release: up 9.1% from 1,270"),
    F("2005", C, "2007", note="release: the highest since the city began its count in 2007"),
    F("186", S, note="article: 186 of the units"),
    F("15%", S, note="article: or 15%"),
    F("80%", C, "60%", note="article: households earning up to 60% of the area median income"),
    F("$6 million", S, note="article: $6 million into the housing trust fund"),
    F("$40 million", U, note="no source gives the size of the housing trust fund"),
    F("$410 million", S, note="article: the $410 million project"),
    F("four", C, "three", note="article: built in three phases"),
    F("2027", S, note="article: starting in 2027"),
    F("62", S, note="article: Martin Albrecht, 62"),
    F("first", S, note="article: the first 420 units"),
    F("420", S, note="article: the first 420 units"),
    F("2028", C, "2029", note="article: could be ready by 2029"),
    F("4,000", U, note="no source gives how many homes Keystone Ridge has built"),
    F("47", C, "44", note="article: Luis Ferreira, 44"),
    F("20%", C, "25%", note="article: his amendment to raise the affordable share to 25%"),
    F("$276,500", S, note="report table / article: Eastgate $276,500"),
    F("2.3%", S, note="report table / article: Eastgate -2.3"),
    F("$126,000", C, "$162,000", derived=True, note="report: 438,500 - 276,500 = 162,000"),
    F("5.3%", S, note="report: citywide median up 5.3%"),
    F("$438,500", S, note="report: citywide median $438,500"),
    F("$658,000", C, "$685,000", note="report: Lakeview Park median $685,000 (transposed digits)"),
    F("34", S, note="report: median 34 days"),
    F("27", S, note="report: up from 27 days"),
    F("1,900", U, note="no source gives the number of homes for sale (report: 2.6 months of supply)"),
    F("66", S, note="article: Janet Pruitt, 66"),
    F("2013", U, note="no source says when Pruitt joined the council"),
    F("Eighty-seven", S, note="article: Eighty-seven residents spoke"),
    F("eight", C, "six", note="article: the six-hour hearing"),
    F("$95 million", S, note="release / article"),
    F("1,100", S, note="release: about 1,100 affordable rental homes"),
    F("$35 million", S, note="release / article"),
    F("$20 million", S, note="release / article"),
    F("$85", C, "$58", note="release / article: about $58 a year (transposed digits)"),
    F("two-thirds", S, note="release / article: approval by two thirds of voters"),
    F("61%", U, note="no source mentions a poll"),
    F("1,386", S, note="release"),
    F("518", S, note="release: 518 unsheltered"),
    F("70", S, derived=True, note="release: 518 - 448 = 70"),
    F("84", S, note="release: 84 veterans"),
    F("312", S, note="release: people in families with children 312"),
    F("104", C, "96", note="release: unaccompanied youth 96 in 2026; 104 was the 2025 count"),
    F("944", S, note="release / article: 944 beds"),
    F("92%", S, note="release: 92% occupied on the night of the count"),
    F("150", C, "120", note="release / article: 120-bed shelter on Foundry Street"),
    F("$14.2 million", S, note="release: at a cost of $14.2 million"),
    F("$31 million", U, note="no source gives the city's homelessness spending (release: $9.8 million in federal funding)"),
    F("641", S, note="release: 641 people moved into permanent housing in 2025"),
    F("512", S, note="release: up from 512 in 2024"),
    F("2030", U, note="no source gives such a goal"),
    F("two", S, note="report: two-bedroom apartment"),
    F("$1,745", S, note="report: median asking rent $1,745 in December"),
    F("4.6%", C, "6.4%", note="report: up 6.4% from $1,640 (transposed digits)"),
]

# --- F2: radio news script ---------------------------------------------------
F2 = """FOUNDRY YARDS VOTE / HOUSING BOND
Radio newscast script, Wednesday, March 18

ANCHOR: The city council has approved Brannock's biggest housing development in years. After a six-hour hearing that ran past midnight, members voted seven to four for Foundry Yards: twelve hundred forty apartments and townhouses on an old rail yard in Eastgate. Then they voted nine to two to put a 150 million dollar housing bond before voters in November.

REPORTER: Eighty-seven people spoke, most of them from Eastgate, in front of a crowd of about 250. Developer Keystone Ridge Partners promised that 186 of the homes, about one in seven, would be affordable to families earning up to 50 percent of the area median income. Keystone will also pay 6 million dollars into the city's housing trust fund, about 5 thousand dollars per home, and build a 5-acre park.

Eastgate council member Luis Ferreira wanted a quarter of the homes set aside. He lost that amendment 8 to 3, and then voted no.

FERREIRA (TAPE): "This is the one neighborhood where working families can still buy a home."

REPORTER: Eastgate is the cheapest neighborhood in the city. The median home there sold for about 277 thousand dollars last year, down 2.3 percent, according to the realtors' association, while the citywide median climbed 3.5 percent to about 439 thousand. In Lakeview Park, the most expensive neighborhood, it topped 700 thousand. Homes in Eastgate took 31 days to sell.

ANCHOR: The vote came less than a week after the city's annual homeless count.

REPORTER: About 400 volunteers counted 1,386 people on a single night in January, up about 9 percent, including 518 sleeping outside and 96 veterans. Council President Denise Okafor, 58, read that number from the dais.

OKAFOR (TAPE): "We counted 518 of our neighbors sleeping outside in January. We cannot say no to 1,240 homes."

REPORTER: The bond would pay for about 1,100 affordable rentals, 350 units of supportive housing and more shelter space. It would cost the owner of a typical home about 58 dollars a year, and it needs two-thirds of the vote. Council members Janet Pruitt and Owen Baird voted against it. Pruitt, 69, called it a tax hike.

The city's shelters have 944 beds, and a 120-bed shelter on Foundry Street opens in October, which will bring the total to more than a thousand. It is costing 12.4 million dollars.

ANCHOR: Keystone says construction starts in 2026, and the first 420 homes could be ready by 2029. The whole project will take eight years and cost 410 million dollars, and the company expects it to create 2,000 construction jobs. The council takes up the shelter budget on April 7. Dana Cole, Brannock News Radio.
"""

F2_FIGS = [
    F("18", S, note="article dated March 18, 2026 (the vote was Tuesday, March 17)"),
    F("six", S, note="article: the six-hour hearing"),
    F("seven", S, note="article: voted 7-4"),
    F("four", S, note="article: voted 7-4"),
    F("twelve hundred forty", S, note="article: 1,240 units"),
    F("nine", S, note="article: voted 9-2 on the bond"),
    F("two", S, note="article: voted 9-2"),
    F("150 million", S, note="article / release: $150 million bond"),
    F("Eighty-seven", S, note="article: Eighty-seven residents spoke"),
    F("250", U, note="no source gives the size of the crowd"),
    F("186", S, note="article: 186 of the units"),
    F("one in seven", S, derived=True, note="article: 186 / 1,240 = 15% (one in 6.7), 'about one in seven'"),
    F("50 percent", C, "60 percent", note="article: up to 60% of the area median income"),
    F("6 million", S, note="article: $6 million into the housing trust fund"),
    F("5 thousand", S, derived=True, note="article: 6,000,000 / 1,240 = 4,839 per home"),
    F("5", C, "3", note="article: a 3-acre park"),
    F("a quarter", S, note="article: his amendment to raise the affordable share to 25%"),
    F("8", U, note="no source gives the tally on Ferreira's amendment"),
    F("3", U, note="no source gives the tally on Ferreira's amendment"),
    F("277 thousand", S, note="report table / article: Eastgate $276,500"),
    F("2.3 percent", S, note="report table / article: Eastgate -2.3"),
    F("3.5 percent", C, "5.3 percent", note="report: citywide median up 5.3% (transposed digits)"),
    F("439 thousand", S, note="report: citywide median $438,500"),
    F("700 thousand", C, "$685,000", note="report table: Lakeview Park median $685,000 ('topped 700 thousand')"),
    F("31", C, "48", note="report table: Eastgate 48 days on market; 31 is Riverbend's"),
    F("400", U, note="no source gives the number of volunteers"),
    F("1,386", S, note="release"),
    F("9 percent", S, note="release: up 9.1%"),
    F("518", S, note="release: 518 unsheltered"),
    F("96", C, "84", note="release: 84 veterans; 96 is the number of unaccompanied youth"),
    F("58", U, note="no source gives Okafor's age"),
    F("518", S, note="article: Okafor quoted, 518 sleeping outside"),
    F("1,240", S, note="article: Okafor quoted"),
    F("1,100", S, note="release: about 1,100 affordable rental homes"),
    F("350", C, "300", note="release: about 300 units of permanent supportive housing"),
    F("58", S, note="release / article: about $58 a year"),
    F("two-thirds", S, note="release / article: two thirds of voters"),
    F("69", C, "66", note="article: Janet Pruitt, 66"),
    F("944", S, note="release / article: 944 beds"),
    F("120", S, note="release / article: 120-bed shelter"),
    F("a thousand", S, note="release: will bring the total to 1,064 beds"),
    F("12.4 million", C, "14.2 million", note="release: at a cost of $14.2 million (transposed digits)"),
    F("2026", C, "2027", note="article: built over eight years, starting in 2027"),
    F("first", S, note="article: the first 420 units"),
    F("420", S, note="article"),
    F("2029", S, note="article: ready by 2029"),
    F("eight", S, note="article: three phases over eight years"),
    F("410 million", S, note="article: $410 million project"),
    F("2,000", U, note="no source gives construction jobs for Foundry Yards"),
    F("7", U, note="no source gives the date of a shelter budget meeting"),
]

# --- F3: fact box with a table, bold lead-ins, hard-wrapped lines -------------
F3 = """## Fact box: Brannock's housing squeeze, by the numbers

**The market.** Brannock's median sale price hit a record $438,500 in 2025, up
5.3% from $416,400, the eighth straight record. But sales fell 4.1% to 6,840,
the fewest since 2016. Homes took a median 34 days to sell, seven days longer
than in 2024, and the average mortgage rate was 6.4%.

| Neighborhood | Median price | Days on market |
|---|---|---|
| Lakeview Park | $685,000 | 22 |
| Old Mill | $512,000 | 31 |
| Riverbend | $449,000 | 29 |
| Carver Heights | $318,000 | 26 |
| Eastgate | $276,500 | 84 |

Carver Heights' median rose $33,000 in a year and crossed $300,000, while
Lakeview Park's rose $50,000. Still, a Lakeview Park home costs more than twice
as much as an Eastgate home, and Eastgate has about 4,300 households.

- **Buyers.** First-time buyers made up 29% of purchases, down from 33% in
  2019. Yet investors bought 18% of homes. A household needs about $112,000 a
  year to afford the median home, more than one and a half times the city's
  median household income of $71,400.
- **Rents.** The median two-bedroom asking rent is $1,745, up 6.4% from $1,640,
  a rise of $150 a month. The citywide vacancy rate is 3.1%.
- **The count.** 1,386 people were homeless on January 28, up from 1,270. Of
  them, 518 were unsheltered, 37.4% of the total, and 230 were over 55. People
  in families numbered 296, including 181 children; unaccompanied youth fell to
  96 from 140. Veterans numbered 93, down from 84, and 402 people, more than
  a quarter, were chronically homeless. The rate, 21 per 10,000 residents, is
  the state's third-highest.
- **Beds.** Shelters have 944 beds, 92% of them full on count night, and turned
  away 310 people in December. The Foundry Street shelter adds 120 beds in
  October, bringing the total to 1,064, at a cost of $14.2 million, about
  $118,000 a bed, and will employ 45 staff.
- **The bond.** $150 million on the November 4 ballot: $95 million for about
  1,100 rental homes, $20 million for supportive housing and $35 million for
  shelters. It needs two thirds of the vote and would cost a typical homeowner
  $58 a year, or $1,160 over its 20-year life. But it passed the council only
  9-2, with Pruitt and Baird opposed.
- **Foundry Yards.** 1,240 units, 186 of them affordable, approved 7-4 after a
  10-hour hearing. The $410 million project works out to about $330,000 a unit,
  and its developer has promised to hire 35% of workers locally.
"""

F3_FIGS = [
    F("$438,500", S, note="report: citywide median $438,500"),
    F("2025", S, note="report"),
    F("5.3%", S, note="report"),
    F("$416,400", S, note="report: from $416,400"),
    F("eighth", C, "ninth", note="report: a record for the ninth year in a row"),
    F("4.1%", S, note="report: sales fell 4.1%"),
    F("6,840", S, note="report"),
    F("2016", C, "2014", note="report: the fewest since 2014"),
    F("34", S, note="report: median 34 days"),
    F("seven", S, derived=True, note="report: 34 - 27 = 7 days"),
    F("2024", S, note="report: 27 days in 2024"),
    F("6.4%", C, "6.7%", note="report: average 30-year mortgage rate 6.7%; 6.4% is the rise in rents"),
    F("$685,000", S, note="report table: Lakeview Park"),
    F("22", S, note="report table: Lakeview Park 22 days"),
    F("$512,000", S, note="report table: Old Mill"),
    F("31", C, "29", note="report table: Old Mill 29 days; 31 is Riverbend's (swapped pair)"),
    F("$449,000", S, note="report table: Riverbend"),
    F("29", C, "31", note="report table: Riverbend 31 days; 29 is Old Mill's (swapped pair)"),
    F("$318,000", S, note="report table: Carver Heights"),
    F("26", S, note="report table: Carver Heights 26 days"),
    F("$276,500", S, note="report table: Eastgate"),
    F("84", C, "48", note="report table: Eastgate 48 days (transposed digits)"),
    F("$33,000", S, derived=True, note="report: Carver Heights up from $285,000 to $318,000 = $33,000"),
    F("$300,000", S, note="report: its median topped $300,000 for the first time"),
    F("$50,000", S, derived=True, note="report: Lakeview Park from $635,000 to $685,000 = $50,000"),
    F("twice", S, derived=True, note="report table: 685,000 / 276,500 = 2.48, 'more than twice'"),
    F("4,300", U, note="no source gives the number of households in Eastgate"),
    F("29%", S, note="report: first-time buyers 29%"),
    F("33%", S, note="report: down from 33% in 2024"),
    F("2019", C, "2024", note="report: first-time buyers were 33% in 2024"),
    F("18%", U, note="no source gives investors' share of purchases (report: 24% bought with cash)"),
    F("$112,000", S, note="report: income of about $112,000 needed"),
    F("one and a half times", S, derived=True, note="report: 112,000 / 71,400 = 1.57, 'more than one and a half times'"),
    F("$71,400", S, note="report: median household income $71,400"),
    F("two", S, note="report: two-bedroom apartment"),
    F("$1,745", S, note="report"),
    F("6.4%", S, note="report: rents up 6.4%"),
    F("$1,640", S, note="report: from $1,640 a year earlier"),
    F("$150", C, "$105", derived=True, note="report: 1,745 - 1,640 = $105 a month"),
    F("3.1%", U, note="no source gives a vacancy rate"),
    F("1,386", S, note="release"),
    F("28", S, note="release: night of January 28, 2026"),
    F("1,270", S, note="release: up from 1,270 in January 2025"),
    F("518", S, note="release: 518 unsheltered"),
    F("37.4%", S, note="release: 37.4% of the total"),
    F("230", U, note="no source gives a count by age"),
    F("55", U, note="no source gives a count by age"),
    F("296", C, "312", note="release: people in families 312 in 2026; 296 was the 2025 count"),
    F("181", S, note="release: including 181 children"),
    F("96", S, note="release: unaccompanied youth 96"),
    F("140", C, "104", note="release: down from 104 (transposed digits)"),
    F("93", C, "84", note="release: 84 veterans, down from 93 (swapped pair)"),
    F("84", C, "93", note="release: the earlier count was 93 (swapped pair)"),
    F("402", S, note="release: 402 chronically homeless"),
    F("a quarter", S, note="release: 29% of the total ('more than a quarter')"),
    F("21", S, note="release: about 21 per 10,000 residents"),
    F("third-highest", C, "fourth-highest", note="release: the fourth-highest among the state's 12 largest cities"),
    F("944", S, note="release"),
    F("92%", S, note="release: 92% occupied on the night of the count"),
    F("310", U, note="no source says how many people were turned away"),
    F("120", S, note="release: 120-bed shelter on Foundry Street"),
    F("1,064", S, note="release: will bring the total to 1,064 beds"),
    F("$14.2 million", S, note="release"),
    F("$118,000", S, derived=True, note="release: 14,200,000 / 120 = $118,333 a bed"),
    F("45", U, note="no source gives the shelter's staff"),
    F("$150 million", S, note="release / article"),
    F("4", C, "3", note="release: the November 3, 2026, ballot"),
    F("$95 million", S, note="release: $95 million for about 1,100 affordable rental homes"),
    F("1,100", S, note="release"),
    F("$20 million", C, "$35 million", note="release: $35 million for supportive housing (swapped pair)"),
    F("$35 million", C, "$20 million", note="release: $20 million for shelter and services (swapped pair)"),
    F("two thirds", S, note="release / article: two thirds of voters"),
    F("$58", S, note="release / article: about $58 a year"),
    F("$1,160", U, note="no source gives the bond's term; 58 x 20 rests on an assumption"),
    F("20", U, note="no source gives the bond's term"),
    F("9", S, note="article: voted 9-2"),
    F("2", S, note="article: voted 9-2 (Pruitt and Baird against)"),
    F("1,240", S, note="article"),
    F("186", S, note="article"),
    F("7", S, note="article: voted 7-4"),
    F("4", S, note="article: voted 7-4"),
    F("10", C, "six", note="article: the six-hour hearing"),
    F("$410 million", S, note="article"),
    F("$330,000", S, derived=True, note="article: 410,000,000 / 1,240 = $330,645 a unit"),
    F("35%", U, note="no source mentions a local-hiring promise"),
]

# --- F4: LLM-style summary, hard-wrapped near 80 columns -------------------
F4 = """## Summary: Brannock housing market, homeless count and council votes

Brannock's median sale price rose 5.3% to $438,500 in 2025 while closed sales
fell 4.1% to 6,840, and inventory rose to 2.6 months from 2.1. Lakeview Park
remained the most expensive of the city's 16 neighborhoods at $685,000 and
Eastgate, with 38,000 residents, the cheapest at $276,500, a gap of $408,500;
the former's homes sold in 22 days and the latter's in 48, and the average
price per square foot citywide was $262. Old Mill and Riverbend had medians of
$449,000 and $512,000, while Carver Heights rose 16.1% to $318,000, its biggest
gain for a third year in a row. The five busiest neighborhoods accounted for
4,620 sales, about two thirds of the total, and condos made up 24% of sales.
The association expects the citywide median to rise 3% to 4% in 2026, to about
$455,000, while the median household income of $71,400 has grown only 1.9% a
year since 2020.

The January 26 count found 1,386 homeless people, up 116 or 9.1%, with 868
sheltered and 518 unsheltered; the latter group grew 15.6%, faster than the
sheltered population, which rose 8.1%. Adults without children numbered 978, of
whom 61% were men, while youth fell to 84 and veterans to 96, and 47 people
died on the streets last year. Brannock's rate of 21 per 10,000 ranks fourth
among the state's 15 largest cities, and it moved 641 people into permanent
housing in 2025, 25% more than in 2024. The city also spent $12 million of its
own.

Its 944 shelter beds were 92% occupied, and the 120-bed Foundry Street shelter,
costing $14.2 million, will raise capacity by about 13%. The $150 million bond
on the November 3 ballot splits into $95 million for 1,100 rental homes,
$35 million for 300 supportive units and $20 million for shelter, about $86,000
per rental home; it needs two thirds of the vote, would cost $58 a year and
would be repaid over 25 years.

The council approved Foundry Yards 7-4 and the bond 8-3. Luis Ferreira, 44, who
was elected in 2021, and Janet Pruitt, 66, voted against the rezoning, and she
also opposed the bond, as did Owen Baird. Ferreira sought a 25% affordable
share against the approved 15%, while Keystone Ridge, whose chief executive
Martin Albrecht is 26, will pay $9.8 million into the trust fund, build a 3-acre
park and deliver the first 420 units by 2029 on a $410 million budget over 10
years, creating 1,800 construction jobs. The developer expects rents of about
$1,900, compared with $1,520 for a typical Eastgate two-bedroom, and Council
President Denise Okafor, in her second term, voted yes on both.
"""

F4_FIGS = [
    F("5.3%", S, note="report"),
    F("$438,500", S, note="report"),
    F("2025", S, note="report"),
    F("4.1%", S, note="report"),
    F("6,840", S, note="report"),
    F("2.6", S, note="report: 2.6 months of supply"),
    F("2.1", C, "1.9", note="report: up from 1.9 months"),
    F("16", C, "14", note="report: the most expensive of Brannock's 14 neighborhoods"),
    F("$685,000", S, note="report table: Lakeview Park"),
    F("38,000", U, note="no source gives Eastgate's population"),
    F("$276,500", S, note="report table: Eastgate"),
    F("$408,500", S, derived=True, note="685,000 - 276,500 = 408,500"),
    F("22", S, note="report table: Lakeview Park 22 days ('the former')"),
    F("48", S, note="report table: Eastgate 48 days ('the latter')"),
    F("$262", U, note="no source gives price per square foot"),
    F("$449,000", C, "$512,000", note="report table: Old Mill $512,000 (swapped pair)"),
    F("$512,000", C, "$449,000", note="report table: Riverbend $449,000 (swapped pair)"),
    F("16.1%", C, "11.6%", note="report table: Carver Heights +11.6 (transposed digits)"),
    F("$318,000", S, note="report table: Carver Heights"),
    F("third", C, "second", note="report: the largest price gain for the second year in a row"),
    F("five", S, note="report: the five busiest neighborhoods"),
    F("4,620", S, note="report: the five neighborhoods accounted for 4,620 of 6,840 sales"),
    F("two thirds", S, derived=True, note="4,620 / 6,840 = 67.5%"),
    F("24%", C, "22%", note="report: condos made up 22% of sales; 24% is the share bought with cash"),
    F("3%", S, note="report: expects the median to rise 3% to 4% in 2026"),
    F("4%", S, note="report"),
    F("2026", S, note="report"),
    F("$455,000", S, derived=True, note="438,500 x 1.03 to 1.04 = 451,700 to 456,000"),
    F("$71,400", S, note="report: median household income $71,400"),
    F("1.9%", U, note="no source gives income growth"),
    F("2020", U, note="no source gives income growth"),
    F("26", C, "28", note="release: the count was on the night of January 28"),
    F("1,386", S, note="release"),
    F("116", S, derived=True, note="release: 1,386 - 1,270 = 116"),
    F("9.1%", S, note="release"),
    F("868", S, note="release: 868 sheltered"),
    F("518", S, note="release: 518 unsheltered"),
    F("15.6%", S, derived=True, note="release: 518 / 448 = 1.156 ('the latter' = unsheltered)"),
    F("8.1%", C, "5.6%", derived=True, note="release: sheltered 868 / 822 = 1.056"),
    F("978", S, note="release: adults without children 978"),
    F("61%", U, note="no source gives a breakdown by sex"),
    F("84", C, "96", note="release: unaccompanied youth 96 (swapped pair; 84 is veterans)"),
    F("96", C, "84", note="release: veterans 84 (swapped pair; 96 is youth)"),
    F("47", U, note="no source gives deaths"),
    F("21", S, note="release: about 21 per 10,000 residents"),
    F("fourth", S, note="release: the fourth-highest"),
    F("15", C, "12", note="release: among the state's 12 largest cities"),
    F("641", S, note="release: 641 people in 2025 ('it' = Brannock)"),
    F("2025", S, note="release"),
    F("25%", S, derived=True, note="release: 641 / 512 = 1.252"),
    F("2024", S, note="release: 512 in 2024"),
    F("$12 million", U, note="no source gives the city's own spending (release: $9.8 million in federal funding)"),
    F("944", S, note="release"),
    F("92%", S, note="release"),
    F("120", S, note="release"),
    F("$14.2 million", S, note="release"),
    F("13%", S, derived=True, note="release: 120 / 944 = 12.7%"),
    F("$150 million", S, note="release / article"),
    F("3", S, note="release: November 3, 2026"),
    F("$95 million", S, note="release"),
    F("1,100", S, note="release"),
    F("$35 million", S, note="release"),
    F("300", S, note="release: about 300 units of permanent supportive housing"),
    F("$20 million", S, note="release"),
    F("$86,000", S, derived=True, note="release: 95,000,000 / 1,100 = $86,364"),
    F("two thirds", S, note="release / article"),
    F("$58", S, note="release / article"),
    F("25", U, note="no source gives the bond's term"),
    F("7", S, note="article: rezoning 7-4"),
    F("4", S, note="article: rezoning 7-4"),
    F("8", C, "9", note="article: the bond vote was 9-2"),
    F("3", C, "2", note="article: the bond vote was 9-2"),
    F("44", S, note="article: Luis Ferreira, 44"),
    F("2021", U, note="no source says when Ferreira was elected"),
    F("66", S, note="article: Janet Pruitt, 66"),
    F("25%", S, note="article: Ferreira's amendment for 25%"),
    F("15%", S, note="article: 186 units, or 15%"),
    F("26", C, "62", note="article: Martin Albrecht, 62 (transposed digits)"),
    F("$9.8 million", C, "$6 million", note="article: Keystone Ridge will pay $6 million into the trust fund; $9.8 million is the city's federal homelessness funding"),
    F("3", S, note="article: a 3-acre park"),
    F("first", S, note="article: the first 420 units"),
    F("420", S, note="article"),
    F("2029", S, note="article: ready by 2029"),
    F("$410 million", S, note="article"),
    F("10", C, "eight", note="article: three phases over eight years"),
    F("1,800", U, note="no source gives construction jobs for Foundry Yards"),
    F("$1,900", U, note="no source gives Foundry Yards rents"),
    F("$1,520", S, note="article: a typical two-bedroom in Eastgate rents for $1,520"),
    F("two", S, note="article: two-bedroom apartment"),
    F("second", U, note="no source says how long Okafor has served"),
]

CASES = [
    ("fresh3-blind", "fresh-f", F_SOURCES, [
        ("wire.md", F1, F1_FIGS, "wire story"),
        ("radio-script.md", F2, F2_FIGS, "radio news script: spoken numbers, number words, quotes on tape"),
        ("factbox.md", F3, F3_FIGS, "fact box: bold lead-ins, bullets, a short Markdown table, sentence-initial But/Yet/Still, hard-wrapped lines"),
        ("summary.md", F4, F4_FIGS, "LLM-style summary: dense figures, compound sentences, pronouns, derived figures, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = {
    ("fresh-f-2", "the one neighborhood"),  # pronoun "one" in a quote
    ("fresh-f-3", "First-time"),  # "first-time buyers" is not a rank
    ("fresh-f-3", "per 10,000 residents"),  # a rate's denominator is not labelled
    ("fresh-f-4", "per 10,000"),  # a rate's denominator is not labelled
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
