#!/usr/bin/env python3
"""Generate tests/fresh/fresh6-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  L (fresh6-blind): a regional food bank (Larkspur Valley) and its four
                    distribution sites, a state agriculture department's
                    grants to seven food banks, and a newspaper article

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_l.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic L: Larkspur Valley Food Bank and the state's Farm to Food Bank grants
# (fictional)
# ---------------------------------------------------------------------------

L_REPORT = """Larkspur Valley Food Bank
Annual Report, Fiscal Year 2025 (July 1, 2024 to June 30, 2025), excerpt

From the President

In fiscal 2025 the Larkspur Valley Food Bank distributed 21.58 million pounds of food, up 7.6% from 20.05 million pounds the year before and the most in our 41-year history. That is enough for about 18 million meals. We served 50,260 households, about 131,000 people, through our four distribution sites, and our 212 partner pantries, shelters and meal programs reached families in all nine counties we serve.

Need keeps rising. About 13.8% of residents in our service area, roughly 1 in 7, did not always know where their next meal would come from, up from 12.1% in 2022. Children make up 36% of the people we serve.

Table 1. Distribution by site, fiscal 2025

| Site | Pounds distributed | Households served | Change in pounds from FY2024 (%) | Share of pounds (%) |
|---|---|---|---|---|
| Ashford warehouse | 9,840,000 | 21,600 | +6.2 | 45.6 |
| Brickton Center | 5,310,000 | 12,450 | +11.8 | 24.6 |
| Millbrae Hub | 3,970,000 | 9,180 | -2.3 | 18.4 |
| Sorrel Creek mobile pantry | 2,460,000 | 7,030 | +24.5 | 11.4 |
| Total | 21,580,000 | 50,260 | +7.6 | 100.0 |

Sorrel Creek, our mobile pantry, grew fastest for the second year in a row and added 18 rural stops. Millbrae distributed less after its landlord cut its hours from five days a week to four in October 2024. Brickton became our second-largest site in 2023 and will get a $3.4 million cold-storage expansion next year.

Where the food came from

Donated food made up 48% of what we distributed, federal commodities 31% and food we bought 21%. Fresh produce was 39% of all pounds, up from 33% the year before.

Finances

Revenue was $11.4 million: individual donations $4.9 million, foundation and corporate grants $2.6 million, government grants $3.1 million, and events and other income $0.8 million. Expenses were $10.9 million, and 94 cents of every dollar went to programs. The food we distributed was valued at $38.2 million.

People

We have 58 employees. Our 6,840 volunteers gave 74,300 hours, the equivalent of about 36 full-time staff.

Marisol Quintero-Haas
President and CEO
"""

L_RELEASE = """NEWS RELEASE
State Department of Agriculture
March 10, 2026

Commissioner Brandvold awards $14.6 million to seven food banks to buy from in-state farms

Agriculture Commissioner Hollis Brandvold today announced $14.6 million in Farm to Food Bank grants to seven regional food banks, which will use the money to buy fruit, vegetables, dairy and meat from in-state farms through June 30, 2027. Together the food banks expect to buy about 11.2 million pounds of food from 430 farms.

Grants by food bank

- Northern Tier Food Bank: $3.10 million, 2.4 million pounds
- Capital Harvest Food Bank: $2.80 million, 2.1 million pounds
- Larkspur Valley Food Bank: $2.35 million, 1.8 million pounds
- Coastal Plains Food Bank: $1.95 million, 1.5 million pounds
- Two Forks Food Bank: $1.60 million, 1.3 million pounds
- Redhill Community Food Bank: $1.45 million, 1.1 million pounds
- Western Mesa Food Bank: $1.35 million, 1.0 million pounds

This is the program's second round. The first, in 2023, awarded $9.8 million to six food banks, which bought 8.1 million pounds from 310 farms. The new round is 49% larger and for the first time includes Western Mesa.

The grants are paid for with $10.2 million from the state's general fund and $4.4 million from the federal Local Food Purchase Assistance program. At least 90% of each grant must be spent on food, and farms in the program will receive an average of about $34,000 each.

"Farm to Food Bank puts money in farmers' pockets and food on families' tables," Brandvold said. "Every dollar stays in the state, and most of it stays in the county where it was spent."

Northern Tier Food Bank, which serves 14 counties, received the largest grant. The smallest, $1.35 million, went to Western Mesa.

The state's nine regional food banks distributed 148 million pounds of food in 2025, up 9% from 2024. About 12.4% of state residents, roughly 1 in 8, faced food insecurity last year, the department said, citing the state's annual hunger survey.

Applications for a third round will open in January 2027. The department will hold information sessions for farmers in April in Ashford, Redhill and Coastal City.

About the program: Farm to Food Bank was created by the legislature in 2022 and is run by the department's Division of Markets. Food banks must report quarterly on pounds bought, farms paid and counties served.

Media contact: Department of Agriculture, Office of Communications
"""

L_ARTICLE = """Food bank lines grow as state grant brings $2.35 million for local farm food

By Noor Halvorsen-Achebe, The Ashford Gazette
March 12, 2026

The Larkspur Valley Food Bank will receive $2.35 million from the state to buy food from local farms, the third-largest of seven grants announced Tuesday, as demand at its sites climbs faster than at any time since the pandemic.

The food bank distributed 11.9 million pounds of food from July through December 2025, the first half of its fiscal year, up 14% from 10.4 million pounds a year earlier, and served 27,800 households, up from 24,100.

"We've never seen the line at Brickton go around the block before. Now it does every Thursday," said Marisol Quintero-Haas, 49, the food bank's president. She said about 9,400 households in the nine counties lost some federal food assistance when new work rules took effect in November.

The state money, which runs through June 2027, will pay for about 1.8 million pounds of produce, dairy and meat. The food bank got $1.5 million in the program's first round in 2023.

Arnaud Tesfaye, 52, who grows apples and squash on 140 acres near Millbrae, expects to sell about 85,000 pounds to the food bank this year, roughly a fifth of his harvest. "It's a fair price, and I know where it's going," he said.

Not everyone is satisfied. Delphine Marr-Okoro, 38, who drives the Sorrel Creek mobile pantry's route, said its truck, bought in 2016, now makes 46 stops a month and breaks down about once a week. The food bank has ordered a second truck, for $285,000, to arrive in June.

State Representative Colm Adeyemi-Ward, 63, who chairs the House agriculture committee, said the program should be permanent. He has proposed a bill to fund it at $20 million a year, which the committee will hear on March 24.

The food bank's holiday drive raised $1.25 million, beating its $1 million goal by a quarter. Its cold-storage expansion at Brickton, which will cost $3.4 million and add 12,000 square feet, breaks ground in May.

Northern Tier Food Bank, which received the largest grant, reported a 19% rise in households served over the same six months. Its chief executive, Ingrid Solberg-Mwangi, said the rural counties in the north had been hit hardest by the November changes.
"""

L_SOURCES = [
    {"name": "larkspur-valley-food-bank-annual-report-fy2025.txt", "text": L_REPORT},
    {"name": "state-agriculture-grants-release.txt", "text": L_RELEASE},
    {"name": "ashford-gazette-article.txt", "text": L_ARTICLE},
]

# --- L1: wire story ----------------------------------------------------------
L1 = """State awards $14.6 million to food banks as Larkspur Valley demand climbs

ASHFORD (Capitol Wire) — The state Department of Agriculture on Tuesday awarded $14.6 million to seven regional food banks to buy food from in-state farms, including $2.35 million for the Larkspur Valley Food Bank, the second-largest grant, as demand at the food bank's four sites keeps rising. The department received 11 applications.

The Farm to Food Bank grants, which run through June 30, 2027, are expected to buy about 11.2 million pounds of fruit, vegetables, dairy and meat from 430 farms, or about $34,000 a farm. Northern Tier Food Bank received the largest award, $3.1 million, followed by Capital Harvest with $2.1 million; Western Mesa, included for the first time, got the smallest, $1.53 million.

The program's second round is 49% larger than its 2023 round, which gave $9.8 million to five food banks. It is paid for with $4.4 million from the state's general fund and $10.2 million in federal money, and at least 80% of each grant must go to food.

"Farm to Food Bank puts money in farmers' pockets and food on families' tables," Agriculture Commissioner Hollis Brandvold said.

Larkspur Valley, which serves nine counties, will use its grant to buy about 1.8 million pounds of food, roughly $1.31 a pound. It received $1.5 million in 2023, so its award grew by more than half.

The food bank distributed 21.58 million pounds in the fiscal year that ended June 30, 2025, up 7.6% and the most in its 14-year history, and served 50,260 households, about 113,000 people. The state's nine regional food banks together distributed 148 million pounds in 2025, up 19%. In the six months from July through December, Larkspur Valley distributed 11.9 million pounds, up 14% from 10.4 million, and served 27,800 households, up from 21,400.

"We've never seen the line at Brickton go around the block before," said Marisol Quintero-Haas, 49, the food bank's president since 2018. She said about 9,400 households in its nine counties lost some federal food assistance in November, when food prices were already up 6% from a year earlier.

The Ashford warehouse, which opened in 1987, handled 9,840,000 pounds, and Brickton Center 5,310,000, up 6.2%. Sorrel Creek, the mobile pantry, grew fastest, up 24.5%, for 7,030 households in 5 counties, and Millbrae was the only site to shrink, down 3.2% after its hours were cut from five days a week to four in October 2024.

About 13.8% of residents in the service area face food insecurity, up from 12.1% in 2020 and above the 12.4% statewide, and children make up 38% of those the food bank serves. Its 212 partner agencies include 40 school pantries.

Donated food made up 48% of the total and purchased food 31%. The food bank's revenue was $11.4 million, including $4.9 million from individuals, and it spent $10.9 million, 94 cents of each dollar on programs and $410,000 on fuel. A $3.4 million cold-storage expansion at Brickton, helped by a $750,000 state grant, breaks ground in May and should open in 2027.

Arnaud Tesfaye, 52, who farms 140 acres near Millbrae with 12 seasonal workers, expects to sell about 58,000 pounds to the food bank this year.

State Representative Colm Adeyemi-Ward, 63, has proposed making the program permanent at $20 million a year; the House agriculture committee will hear the bill on March 24. Applications for a third round, expected to total $16 million, open in January 2027.
"""

L1_FIGS = [
    F("$14.6 million", S, note="headline; release"),
    F("$14.6 million", S, note="release"),
    F("seven", S, note="release: seven regional food banks"),
    F("$2.35 million", S, note="release / article"),
    F("second-largest", C, "third-largest", note="article: the third-largest of seven grants; release list"),
    F("four", S, note="report: four distribution sites"),
    F("11", U, note="no source gives the number of applications"),
    F("30", S, note="release: through June 30, 2027"),
    F("2027", S, note="release"),
    F("11.2 million", S, note="release"),
    F("430", S, note="release"),
    F("$34,000", S, note="release: an average of about $34,000 a farm"),
    F("$3.1 million", S, note="release: Northern Tier $3.10 million"),
    F("$2.1 million", C, "$2.8 million", note="release: Capital Harvest $2.80 million; 2.1 million is its pounds"),
    F("first", S, note="release: for the first time includes Western Mesa"),
    F("$1.53 million", C, "$1.35 million", note="release: Western Mesa $1.35 million (transposed digits)"),
    F("second", S, note="release: the program's second round"),
    F("49%", S, note="release"),
    F("2023", S, note="release: the first round, in 2023"),
    F("$9.8 million", S, note="release"),
    F("five", C, "six", note="release: six food banks in 2023"),
    F("$4.4 million", C, "$10.2 million", note="release: $10.2 million from the state's general fund; $4.4 million is the federal money (swapped pair)"),
    F("$10.2 million", C, "$4.4 million", note="release: $4.4 million federal; $10.2 million is the state's (swapped pair)"),
    F("80%", C, "90%", note="release: at least 90% of each grant must be spent on food"),
    F("nine", S, note="report: nine counties"),
    F("1.8 million", S, note="release"),
    F("$1.31", S, derived=True, note="release: 2,350,000 / 1,800,000 = 1.31 a pound"),
    F("$1.5 million", S, note="article: $1.5 million in the first round"),
    F("2023", S, note="article / release"),
    F("half", S, derived=True, note="article / release: 2.35 / 1.5 = 1.57, 57% more ('more than half')"),
    F("21.58 million", S, note="report"),
    F("30", S, note="report: fiscal year to June 30, 2025"),
    F("2025", S, note="report"),
    F("7.6%", S, note="report"),
    F("14", C, "41", note="report: the food bank's 41-year history (transposed digits)"),
    F("50,260", S, note="report"),
    F("113,000", C, "131,000", note="report: about 131,000 people (transposed digits)"),
    F("nine", S, note="release: the state's nine regional food banks"),
    F("148 million", S, note="release"),
    F("2025", S, note="release"),
    F("19%", C, "9%", note="release: statewide up 9%; 19% is Northern Tier's rise in households"),
    F("six", S, note="article: July through December"),
    F("11.9 million", S, note="article"),
    F("14%", S, note="article"),
    F("10.4 million", S, note="article"),
    F("27,800", S, note="article"),
    F("21,400", C, "24,100", note="article: up from 24,100 households"),
    F("49", S, note="article: Marisol Quintero-Haas, 49"),
    F("2018", U, note="no source says when she became president"),
    F("9,400", S, note="article"),
    F("nine", S, note="article: the nine counties"),
    F("6%", U, note="no source gives food prices"),
    F("1987", U, note="no source says when the Ashford warehouse opened"),
    F("9,840,000", S, note="report table: Ashford"),
    F("5,310,000", S, note="report table: Brickton"),
    F("6.2%", C, "11.8%", note="report table: Brickton +11.8; +6.2 is Ashford's"),
    F("24.5%", S, note="report table: Sorrel Creek"),
    F("7,030", S, note="report table"),
    F("5", U, note="no source says how many counties Sorrel Creek serves"),
    F("3.2%", C, "2.3%", note="report table: Millbrae -2.3 (transposed digits)"),
    F("five", S, note="report: from five days a week to four"),
    F("four", S, note="report"),
    F("2024", S, note="report: October 2024"),
    F("13.8%", S, note="report"),
    F("12.1%", S, note="report"),
    F("2020", C, "2022", note="report: 12.1% in 2022"),
    F("12.4%", S, note="release: statewide"),
    F("38%", C, "36%", note="report: children make up 36%"),
    F("212", S, note="report: 212 partner pantries, shelters and meal programs"),
    F("40", U, note="no source breaks down the partner agencies"),
    F("48%", S, note="report"),
    F("31%", C, "21%", note="report: food we bought 21%; 31% is federal commodities"),
    F("$11.4 million", S, note="report"),
    F("$4.9 million", S, note="report: individual donations"),
    F("$10.9 million", S, note="report: expenses"),
    F("94", S, note="report: 94 cents of every dollar"),
    F("$410,000", U, note="no source gives fuel costs"),
    F("$3.4 million", S, note="report / article"),
    F("$750,000", U, note="no source says how the expansion is paid for"),
    F("2027", U, note="no source gives an opening date for the expansion (only ground-breaking in May)"),
    F("52", S, note="article: Arnaud Tesfaye, 52"),
    F("140", S, note="article"),
    F("12", U, note="no source mentions his workers"),
    F("58,000", C, "85,000", note="article: about 85,000 pounds (transposed digits)"),
    F("63", S, note="article: Colm Adeyemi-Ward, 63"),
    F("$20 million", S, note="article"),
    F("24", S, note="article: hearing on March 24"),
    F("third", S, note="release: a third round"),
    F("$16 million", U, note="no source gives the size of the third round"),
    F("2027", S, note="release: applications open in January 2027"),
]

# --- L2: opinion column: hedges and derived figures --------------------------
L2 = """The farm-to-food-bank money is welcome. It is also not nearly enough.

By Tobias Wendell-Amari, guest columnist

I have spent two Saturdays a month for six years at the Brickton Center, and I can tell you what the numbers say: the line is longer. Last Thursday it topped 300 people. The Larkspur Valley Food Bank gave out 21.58 million pounds of food last fiscal year, up 9%, and it is running well ahead of that pace now, with 11.9 million pounds in six months, up 16%. Households are up even faster, from 24,100 to 27,800 over the same months, a jump of about 25%.

So the state's $14.6 million in Farm to Food Bank grants, announced Tuesday, is welcome. Larkspur Valley's share is $2.35 million, the third-largest of eight, up from $1.5 million in the 2022 round. That is nearly 60% more, and about a sixth of the pot.

But look closer. The program is 49% larger than the first round's $9.8 million, yet it will buy only 11.2 million pounds, against 8.1 million last time, about 38% more. The price per pound has gone from about $1.21 to $1.30, a rise of about 9 cents. Farms will get about $43,000 each, spread over 430 of them.

Here is the math that worries me. Larkspur Valley's grant buys about 1.8 million pounds. The food bank handed out 21.58 million pounds last year, so the grant covers about one pound in twelve. About 9,400 households in the nine counties lost federal food aid in November. Split the grant among them and it comes to about $250 a household.

Need is not going down; rents rose 8% last year. In the food bank's area 13.8% of people, about 1 in 7, go without enough food, up from 12.1% in 2022, or 2.7 points. Statewide it is 12.4%, roughly 1 in 8. And more than a third of the people the food bank serves are children.

The food bank is not wasting money. It spends 92 cents of every dollar on programs and runs on 36 employees and 6,840 volunteers, whose 74,300 hours equal about 36 full-time jobs, or about 11 hours a volunteer. Its 221 partner agencies do the rest. It raised $4.9 million from people like you and me, about 43% of its $11.4 million in revenue, and the holiday drive brought in $1.25 million, a quarter over its goal. A box from Brickton holds about 35 pounds.

Its sites are stretched. Ashford handles nearly half the food, 45.6%. Brickton, up 11.8%, has lines around the block on Thursdays and is getting a $3.4 million cold-storage addition of 21,000 square feet. Sorrel Creek's mobile pantry grew 24.5%, twice as fast as Brickton, with a truck bought in 2006 that breaks down about once a week; a second truck costs $285,000. Millbrae went backwards, down 2.3%, after its hours were cut to three days a week.

Arnaud Tesfaye, who grows apples and squash on 140 acres near Millbrae, will sell the food bank about 85,000 pounds this year, a quarter of his harvest. He hires 9 pickers.

Representative Colm Adeyemi-Ward wants $20 million a year, permanently, about 37% more than this round; his bill has 23 co-sponsors, and the legislature is sitting on a $2.1 billion surplus. The state put $10.2 million of its own money into this round and the federal government $4.4 million, so the state's share is about 60%. Brandvold, in office since 2019, says every dollar stays in the state. Before the committee hearing on March 24, call your representative and ask for more of them.
"""

L2_FIGS = [
    F("two", U, note="the columnist's volunteering; no source"),
    F("six", U, note="the columnist's volunteering; no source"),
    F("300", U, note="no source counts the line"),
    F("21.58 million", S, note="report"),
    F("9%", C, "7.6%", note="report: up 7.6%; 9% is the statewide rise"),
    F("11.9 million", S, note="article"),
    F("six", S, note="article: July through December"),
    F("16%", C, "14%", note="article: up 14%"),
    F("24,100", S, note="article"),
    F("27,800", S, note="article"),
    F("25%", C, "15%", derived=True, note="article: 27,800 / 24,100 = 1.154"),
    F("$14.6 million", S, note="release"),
    F("$2.35 million", S, note="release / article"),
    F("third-largest", S, note="article"),
    F("eight", C, "seven", note="release / article: seven grants"),
    F("$1.5 million", S, note="article"),
    F("2022", C, "2023", note="article / release: the first round was in 2023"),
    F("60%", S, derived=True, note="article / release: 2.35 / 1.5 = 1.567 ('nearly 60% more')"),
    F("a sixth", S, derived=True, note="release: 2.35 / 14.6 = 16.1%"),
    F("49%", S, note="release"),
    F("first", S, note="release: the first round"),
    F("$9.8 million", S, note="release"),
    F("11.2 million", S, note="release"),
    F("8.1 million", S, note="release"),
    F("38%", S, derived=True, note="release: 11.2 / 8.1 = 1.383"),
    F("$1.21", S, derived=True, note="release: 9.8 / 8.1 = 1.21 a pound"),
    F("$1.30", S, derived=True, note="release: 14.6 / 11.2 = 1.30 a pound"),
    F("9", S, derived=True, note="release: 1.30 - 1.21 = 0.09 ('about 9 cents')"),
    F("$43,000", C, "$34,000", note="release: about $34,000 a farm (transposed digits)"),
    F("430", S, note="release"),
    F("1.8 million", S, note="release / article"),
    F("21.58 million", S, note="report"),
    F("one pound in twelve", S, derived=True, note="release / report: 1.8 / 21.58 = 8.3%, one in 12"),
    F("9,400", S, note="article"),
    F("nine", S, note="article"),
    F("$250", S, derived=True, note="article: 2,350,000 / 9,400 = 250"),
    F("8%", U, note="no source gives rents"),
    F("13.8%", S, note="report"),
    F("1 in 7", S, note="report"),
    F("12.1%", S, note="report"),
    F("2022", S, note="report"),
    F("2.7", C, "1.7", derived=True, note="report: 13.8 - 12.1 = 1.7 points"),
    F("12.4%", S, note="release"),
    F("1 in 8", S, note="release"),
    F("a third", S, note="report: children are 36% ('more than a third')"),
    F("92", C, "94", note="report: 94 cents of every dollar"),
    F("36", C, "58", note="report: 58 employees; 36 is the volunteers' full-time equivalent"),
    F("6,840", S, note="report"),
    F("74,300", S, note="report"),
    F("36", S, note="report"),
    F("11", S, derived=True, note="report: 74,300 / 6,840 = 10.9 hours"),
    F("221", C, "212", note="report: 212 partner agencies (transposed digits)"),
    F("$4.9 million", S, note="report"),
    F("43%", S, derived=True, note="report: 4.9 / 11.4 = 43.0%"),
    F("$11.4 million", S, note="report"),
    F("$1.25 million", S, note="article"),
    F("a quarter", S, note="article: beat its goal by a quarter"),
    F("35", U, note="no source gives the weight of a box"),
    F("half", S, note="report table: Ashford 45.6% ('nearly half')"),
    F("45.6%", S, note="report table"),
    F("11.8%", S, note="report table: Brickton +11.8"),
    F("$3.4 million", S, note="report / article"),
    F("21,000", C, "12,000", note="article: 12,000 square feet"),
    F("24.5%", S, note="report table: Sorrel Creek +24.5"),
    F("twice", S, derived=True, note="report table: 24.5 / 11.8 = 2.1"),
    F("2006", C, "2016", note="article: truck bought in 2016"),
    F("second", S, note="article: ordered a second truck"),
    F("$285,000", S, note="article"),
    F("2.3%", S, note="report table: Millbrae -2.3"),
    F("three", C, "four", note="report: hours cut from five days a week to four"),
    F("140", S, note="article"),
    F("85,000", S, note="article"),
    F("a quarter", C, "a fifth", note="article: roughly a fifth of his harvest"),
    F("9", U, note="no source mentions his pickers"),
    F("$20 million", S, note="article"),
    F("37%", S, derived=True, note="article / release: 20 / 14.6 = 1.37"),
    F("23", U, note="no source gives co-sponsors"),
    F("$2.1 billion", U, note="no source mentions a state surplus"),
    F("$10.2 million", S, note="release"),
    F("$4.4 million", S, note="release"),
    F("60%", C, "70%", derived=True, note="release: 10.2 / 14.6 = 69.9%"),
    F("2019", U, note="no source says when Brandvold took office"),
    F("24", S, note="article: hearing on March 24"),
]

# --- L3: LLM-style summary: dense figures, compound sentences ----------------
L3 = """## Summary: Larkspur Valley Food Bank in fiscal 2025 and the state's Farm to Food Bank grants

**Distribution.** In fiscal 2025 the Larkspur Valley Food Bank distributed 21.58 million pounds, up 7.6% from 20.05 million, and served 50,260 households, about 131,000 people, in nine counties. The Ashford warehouse distributed 9,840,000 pounds and Brickton Center 5,310,000, up 11.8% and 6.2% respectively, together about 70% of the total, while Millbrae distributed 2,460,000 and Sorrel Creek 3,970,000. Brickton served 12,540 households and Sorrel Creek 7,030, the latter growing fastest, at 24.5%, for the third year running, and Millbrae, the only site to shrink, fell 2.3% after its hours were cut to 20 a week. Pounds per household ranged from about 456 at Ashford to about 350 at Sorrel Creek, and a fifth site, in Dunmore, is planned for 2027.

**Need.** Food insecurity in the service area reached 13.8%, up from 12.1% in 2022, against 12.4% statewide; children are 36% of those served, or about 47,000 people. From July through December 2025 the food bank distributed 11.9 million pounds, up 14% from 10.4 million, and served 27,800 households, up from 24,100, while Northern Tier reported a 21% rise in households and Capital Harvest a 17% rise.

**Sources and money.** Donated food made up 48%, federal commodities 21% and purchased food 31%. Revenue was $11.4 million, with individual donations at $4.9 million and government grants at $2.6 million, and the endowment reached $6.8 million. The 6,840 volunteers gave 74,300 hours, about 58 full-time equivalents, and 1,150 of them came through corporate programs; the president, Marisol Quintero-Haas, 49, has led the food bank since 2017.

**State grants.** Agriculture Commissioner Hollis Brandvold awarded $14.6 million to seven food banks through June 30, 2027, to buy about 11.2 million pounds from 430 farms, 96 of them dairies. Northern Tier received $3.10 million for 2.4 million pounds and Capital Harvest $2.80 million for 2.1 million; Larkspur Valley, third, received $2.35 million for 1.8 million pounds from 64 farms, Coastal Plains $1.95 million for 1.3 million and Two Forks $1.60 million for 1.5 million. The two largest grants together came to $5.9 million. The round is 49% larger than the 2023 round of $9.8 million for six food banks and 340 farms, and Larkspur Valley's grant is up 67% from its $1.5 million then. At least 90% of each grant must go to food and farms average about $34,000, while Capital Harvest, which serves 11 counties, will spend a third of its grant on dairy. Representative Colm Adeyemi-Ward, 63, wants $20 million a year, with a hearing on March 12, and a third round opens in January 2028.
"""

L3_FIGS = [
    F("2025", S, note="heading; report"),
    F("2025", S, note="report"),
    F("21.58 million", S, note="report"),
    F("7.6%", S, note="report"),
    F("20.05 million", S, note="report"),
    F("50,260", S, note="report"),
    F("131,000", S, note="report"),
    F("nine", S, note="report"),
    F("9,840,000", S, note="report table: Ashford"),
    F("5,310,000", S, note="report table: Brickton"),
    F("11.8%", C, "6.2%", note="report table: Ashford +6.2 ('respectively'; swapped pair)"),
    F("6.2%", C, "11.8%", note="report table: Brickton +11.8 (swapped pair)"),
    F("70%", S, derived=True, note="report table: 45.6 + 24.6 = 70.2%"),
    F("2,460,000", C, "3,970,000", note="report table: Millbrae 3,970,000 (swapped pair)"),
    F("3,970,000", C, "2,460,000", note="report table: Sorrel Creek 2,460,000 (swapped pair)"),
    F("12,540", C, "12,450", note="report table: Brickton 12,450 households (transposed digits)"),
    F("7,030", S, note="report table: Sorrel Creek"),
    F("24.5%", S, note="report table"),
    F("third", C, "second", note="report: fastest for the second year in a row"),
    F("2.3%", S, note="report table: Millbrae -2.3"),
    F("20", U, note="no source gives Millbrae's weekly hours (only five days a week to four)"),
    F("456", S, derived=True, note="report table: 9,840,000 / 21,600 = 455.6"),
    F("350", S, derived=True, note="report table: 2,460,000 / 7,030 = 349.9"),
    F("fifth", U, note="no source mentions a new site"),
    F("2027", U, note="no source mentions a new site (2027 is the grant's end year)"),
    F("13.8%", S, note="report"),
    F("12.1%", S, note="report"),
    F("2022", S, note="report"),
    F("12.4%", S, note="release"),
    F("36%", S, note="report"),
    F("47,000", S, derived=True, note="report: 131,000 x 0.36 = 47,160"),
    F("2025", S, note="article: July through December 2025"),
    F("11.9 million", S, note="article"),
    F("14%", S, note="article"),
    F("10.4 million", S, note="article"),
    F("27,800", S, note="article"),
    F("24,100", S, note="article"),
    F("21%", C, "19%", note="article: Northern Tier reported a 19% rise"),
    F("17%", U, note="no source gives Capital Harvest's households"),
    F("48%", S, note="report: donated food"),
    F("21%", C, "31%", note="report: federal commodities 31% (swapped pair)"),
    F("31%", C, "21%", note="report: purchased food 21% (swapped pair)"),
    F("$11.4 million", S, note="report"),
    F("$4.9 million", S, note="report"),
    F("$2.6 million", C, "$3.1 million", note="report: government grants $3.1 million; $2.6 million is foundation and corporate grants"),
    F("$6.8 million", U, note="no source mentions an endowment"),
    F("6,840", S, note="report"),
    F("74,300", S, note="report"),
    F("58", C, "36", note="report: about 36 full-time staff; 58 is the number of employees"),
    F("1,150", U, note="no source breaks down the volunteers"),
    F("49", S, note="article"),
    F("2017", U, note="no source says when she took over"),
    F("$14.6 million", S, note="release"),
    F("seven", S, note="release"),
    F("30", S, note="release: through June 30, 2027"),
    F("2027", S, note="release"),
    F("11.2 million", S, note="release"),
    F("430", S, note="release"),
    F("96", U, note="no source says how many of the farms are dairies"),
    F("$3.10 million", S, note="release: Northern Tier"),
    F("2.4 million", S, note="release"),
    F("$2.80 million", S, note="release: Capital Harvest"),
    F("2.1 million", S, note="release"),
    F("third", S, note="article: the third-largest of seven grants"),
    F("$2.35 million", S, note="release"),
    F("1.8 million", S, note="release"),
    F("64", U, note="no source says how many farms Larkspur Valley buys from"),
    F("$1.95 million", S, note="release: Coastal Plains"),
    F("1.3 million", C, "1.5 million", note="release: Coastal Plains 1.5 million pounds (swapped pair)"),
    F("$1.60 million", S, note="release: Two Forks"),
    F("1.5 million", C, "1.3 million", note="release: Two Forks 1.3 million pounds (swapped pair)"),
    F("two", S, note="release"),
    F("$5.9 million", S, derived=True, note="release: 3.10 + 2.80 = 5.90"),
    F("49%", S, note="release"),
    F("2023", S, note="release"),
    F("$9.8 million", S, note="release"),
    F("six", S, note="release"),
    F("340", C, "310", note="release: 310 farms in 2023"),
    F("67%", C, "57%", derived=True, note="article / release: 2.35 / 1.5 = 1.567"),
    F("$1.5 million", S, note="article"),
    F("90%", S, note="release"),
    F("$34,000", S, note="release"),
    F("11", U, note="no source says how many counties Capital Harvest serves"),
    F("a third", U, note="no source says how the grants are split by food type"),
    F("63", S, note="article"),
    F("$20 million", S, note="article"),
    F("12", C, "24", note="article: the committee will hear the bill on March 24 (March 12 is the article's date)"),
    F("third", S, note="release: a third round"),
    F("2028", C, "2027", note="release: applications open in January 2027"),
]

# --- L4: donor newsletter, hard-wrapped near 80 columns ----------------------
L4 = """# The Pantry Shelf: a bigger farm grant, and a longer line

*Larkspur Valley Food Bank donor newsletter, March 2026*

**The grant.** On Tuesday, March 10, Agriculture Commissioner Hollis Brandvold
awarded us $2.35 million from the state's Farm to Food Bank program, the
third-largest of seven grants in a $14.6 million round. It will buy about
2.1 million pounds of fruit, vegetables, dairy and meat from farms in our nine
counties through June 2027. That is about a sixth of the whole round, and more
than our $1.5 million in 2021.

**Who else got what.**

- Northern Tier: $3.10 million, the largest; it serves 9 counties
- Capital Harvest: $2.80 million for 2.4 million pounds
- Coastal Plains: $1.95 million, up from $1.2 million
- Two Forks: $1.60 million
- Redhill Community: $1.54 million
- Western Mesa: $1.35 million, its first grant

**Our year, by site.** In the fiscal year that ended last June we distributed
21.58 million pounds, up 7.6%, to 50,260 households:

- Ashford warehouse: 9.84 million pounds for 21,600 households, 46.5% of the
  total
- Brickton Center: 5.31 million pounds for 12,450 households, up 24.6%
- Millbrae Hub: 3.97 million pounds, down 2.3%, after its hours were cut from
  five days a week to three
- Sorrel Creek mobile pantry: 2.46 million pounds, up 42.5%, with 18 new stops

**Why it matters.** 13.8% of people in our area, about 1 in 7, are food
insecure; statewide it is 1 in 6. Children are 36% of the people we serve.
Since November, about 9,400 households in our counties have lost some federal
food aid. They are showing up at Brickton, where 250 people now line up every
Thursday. Marisol Quintero-Haas, our president, says she has never seen it
that long. She is 49 and has been with us for 22 years.

**The last six months.** From July through December we distributed
11.9 million pounds, up 14% from 10.9 million, and served 27,800 households, up
from 24,100, or 3,700 more. Yet Northern Tier saw households rise 19%, faster
than our 11%.

**A farmer's view.** Arnaud Tesfaye grows apples and squash on 140 acres near
Millbrae. He is 56, and he expects to sell us about 85,000 pounds this year,
roughly a fifth of his harvest, at 38 cents a pound.

**Your money at work.**

- Revenue: $11.4 million, $4.9 million of it from people like you, about 34%
- Expenses: $10.9 million, with 94 cents of every dollar going to programs
- Volunteers: 8,640 of you gave 74,300 hours, about 36 full-time jobs
- Holiday drive: $1.25 million, a quarter over our $1 million goal
- Food value: $38.2 million, or about $3.50 for every dollar we spent

**Coming up.**

- A second Sorrel Creek truck, $285,000, arrives in June with room for 400
  boxes.
- The $4.3 million Brickton cold-storage expansion, 12,000 square feet, breaks
  ground on May 4.
- Representative Colm Adeyemi-Ward, 36, wants the program made permanent at
  $20 million a year. His bill gets a hearing on March 24. But it also needs
  51 votes in the House.
- Our spring food drive runs April 6 to 19, and every $1 you give provides 3
  meals.

"""

L4_FIGS = [
    F("2026", S, note="dateline; release / article: March 2026"),
    F("10", S, note="release: dated March 10, 2026 (Tuesday; article: announced Tuesday)"),
    F("$2.35 million", S, note="release"),
    F("third-largest", S, note="article"),
    F("seven", S, note="release"),
    F("$14.6 million", S, note="release"),
    F("2.1 million", C, "1.8 million", note="release: Larkspur Valley 1.8 million pounds; 2.1 million is Capital Harvest's"),
    F("nine", S, note="report / article"),
    F("2027", S, note="release / article: through June 2027"),
    F("a sixth", S, derived=True, note="release: 2.35 / 14.6 = 16.1%"),
    F("$1.5 million", S, note="article"),
    F("2021", C, "2023", note="article / release: the first round in 2023"),
    F("$3.10 million", S, note="release"),
    F("9", C, "14", note="release: Northern Tier serves 14 counties; nine is Larkspur Valley's"),
    F("$2.80 million", S, note="release"),
    F("2.4 million", C, "2.1 million", note="release: Capital Harvest 2.1 million pounds; 2.4 million is Northern Tier's"),
    F("$1.95 million", S, note="release"),
    F("$1.2 million", U, note="no source gives Coastal Plains' earlier grant"),
    F("$1.60 million", S, note="release"),
    F("$1.54 million", C, "$1.45 million", note="release: Redhill $1.45 million (transposed digits)"),
    F("$1.35 million", S, note="release"),
    F("first", S, note="release: for the first time includes Western Mesa"),
    F("21.58 million", S, note="report"),
    F("7.6%", S, note="report"),
    F("50,260", S, note="report"),
    F("9.84 million", S, note="report table: 9,840,000"),
    F("21,600", S, note="report table"),
    F("46.5%", C, "45.6%", note="report table: Ashford 45.6% (transposed digits)"),
    F("5.31 million", S, note="report table: 5,310,000"),
    F("12,450", S, note="report table"),
    F("24.6%", C, "11.8%", note="report table: Brickton +11.8; 24.6 is its share of pounds"),
    F("3.97 million", S, note="report table: 3,970,000"),
    F("2.3%", S, note="report table: -2.3"),
    F("five", S, note="report"),
    F("three", C, "four", note="report: from five days a week to four"),
    F("2.46 million", S, note="report table: 2,460,000"),
    F("42.5%", C, "24.5%", note="report table: Sorrel Creek +24.5 (transposed digits)"),
    F("18", S, note="report: added 18 rural stops"),
    F("13.8%", S, note="report"),
    F("1 in 7", S, note="report"),
    F("1 in 6", C, "1 in 8", note="release: roughly 1 in 8 statewide"),
    F("36%", S, note="report"),
    F("9,400", S, note="article"),
    F("250", U, note="no source counts the line"),
    F("49", S, note="article: Quintero-Haas, 49"),
    F("22", U, note="no source says how long she has been with the food bank"),
    F("six", S, note="article: July through December"),
    F("11.9 million", S, note="article"),
    F("14%", S, note="article"),
    F("10.9 million", C, "10.4 million", note="article: up 14% from 10.4 million; $10.9 million is the expenses"),
    F("27,800", S, note="article"),
    F("24,100", S, note="article"),
    F("3,700", S, derived=True, note="article: 27,800 - 24,100 = 3,700"),
    F("19%", S, note="article: Northern Tier 19%"),
    F("11%", C, "15%", derived=True, note="article: 27,800 / 24,100 = 1.154"),
    F("140", S, note="article"),
    F("56", C, "52", note="article: Arnaud Tesfaye, 52"),
    F("85,000", S, note="article"),
    F("a fifth", S, note="article"),
    F("38", U, note="no source gives the price paid to farmers"),
    F("$11.4 million", S, note="report"),
    F("$4.9 million", S, note="report"),
    F("34%", C, "43%", derived=True, note="report: 4.9 / 11.4 = 43.0%"),
    F("$10.9 million", S, note="report"),
    F("94", S, note="report"),
    F("8,640", C, "6,840", note="report: 6,840 volunteers (transposed digits)"),
    F("74,300", S, note="report"),
    F("36", S, note="report"),
    F("$1.25 million", S, note="article"),
    F("a quarter", S, note="article"),
    F("$1 million", S, note="article"),
    F("$38.2 million", S, note="report"),
    F("$3.50", S, derived=True, note="report: 38.2 / 10.9 = 3.50"),
    F("second", S, note="article: a second truck"),
    F("$285,000", S, note="article"),
    F("400", U, note="no source gives the truck's capacity"),
    F("$4.3 million", C, "$3.4 million", note="report / article: $3.4 million (transposed digits)"),
    F("12,000", S, note="article"),
    F("4", U, note="article: breaks ground in May; no day is given"),
    F("36", C, "63", note="article: Colm Adeyemi-Ward, 63 (transposed digits)"),
    F("$20 million", S, note="article"),
    F("24", S, note="article"),
    F("51", U, note="no source gives the votes needed"),
    F("6", U, note="no source mentions a spring food drive"),
    F("19", U, note="no source mentions a spring food drive"),
    F("$1", U, note="no source gives meals per dollar"),
    F("3", U, note="no source gives meals per dollar"),
]

CASES = [
    ("fresh6-blind", "fresh-l", L_SOURCES, [
        ("wire.md", L1, L1_FIGS, "wire story"),
        ("opinion.md", L2, L2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, per-unit values)"),
        ("summary.md", L3, L3_FIGS, "LLM-style summary: dense figures, compound sentences with two owners, swapped pairs"),
        ("newsletter.md", L4, L4_FIGS, "donor newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
# a food bank's name with a capitalised number word mid-sentence is not a figure
# (as "League One" in the shared eval README)
NOT_FIGURES = {
    ("fresh-l-3", "Two Forks"),
    ("fresh-l-4", "Two Forks"),
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
