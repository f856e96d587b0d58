#!/usr/bin/env python3
"""Generate tests/fresh/fresh10-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  T (fresh10-blind): a city's solid-waste and recycling program (Kessington
                     Department of Sanitation): tons by stream, diversion and
                     contamination rates, fleet, staff, cost per ton, landfill
                     life, the city council's 6-3 vote on a recycling plant
                     upgrade paid by four funders and its 7-2 vote on a fee
                     increase, and a newspaper article on the votes and a
                     food-scraps pilot

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_t.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic T: Kessington Department of Sanitation (fictional)
# ---------------------------------------------------------------------------

T_REPORT = """City of Kessington Department of Sanitation
2025 Annual Report (excerpt)

From the Director

Kessington's crews collected 224,000 tons of trash, recycling, compost and bulky items in 2025, about the same as the 223,200 tons of 2024. What changed was where it went. Our diversion rate, the share of collected material that was recycled or composted instead of buried, rose to 30.9% from 28.9%, the highest since the city began curbside recycling in 1994.

Table 1. Tons collected by stream, 2025

| Stream | Tons | Change from 2024 (%) | Share of total (%) |
|---|---|---|---|
| Trash | 148,600 | -2.4 | 66.3 |
| Recycling | 41,300 | +3.8 | 18.4 |
| Compost (yard and food) | 27,900 | +13.4 | 12.5 |
| Bulky items | 6,200 | -4.6 | 2.8 |
| Total | 224,000 | +0.4 | 100.0 |

Compost grew fastest because of the food-scraps pilot and a wet spring, which produced more yard waste than usual. Bulky-item pickups fell after we moved appointment booking online. Recycling grew for the fourth year in a row. Contamination, the share of material in recycling carts that cannot be recycled, fell to 17.2% from 19.6%, after crews tagged 21,500 carts with "oops" notices.

Operations

We serve 97,400 households on 62 daily routes with a fleet of 84 collection trucks, 29 of which are more than 10 years old. Eleven trucks run on compressed natural gas. The department has 311 employees, including 164 drivers. Missed collections averaged 1.8 per 1,000 stops, down from 2.6. Residents reported missed pickups most often on the east side, where narrow alleys slow the trucks, and we added text reminders for holiday schedule changes this year.

Costs

Collecting and disposing of material cost $26.4 million, or $118 a ton, up from $109 a ton in 2024. Landfill tipping fees rose to $52 a ton from $47. Recycling brought in $2.1 million from the sale of sorted paper, cardboard, metals and plastics, down from $2.6 million as prices for cardboard fell.

Landfill

At the current rate of filling, the Ridgeback Landfill has about 11 years of capacity left, down from 13 years in our 2021 estimate. Every ton we divert extends its life, and every ton we bury costs more than the year before. Our goal is a diversion rate of 40% by 2030.

Oksana Petrenko-Hale
Director
"""

T_RELEASE = """CITY OF KESSINGTON
Office of the Mayor
FOR IMMEDIATE RELEASE — March 11, 2026

Council approves $38.6 million recycling plant upgrade and new collection fee

The Kessington City Council voted 6-3 on Tuesday, March 10, to approve a $38.6 million upgrade of the city's recycling sorting plant on Foundry Road and a 15-year operating contract with Tallgrass Recovery Inc. The council also voted 7-2 to raise the monthly collection fee for a single-family home from $28.50 to $31.25, starting July 1, 2026.

The upgrade will add optical sorters and a second fiber line, raising the plant's capacity from 28 to 45 tons an hour. Construction is scheduled to begin in September 2026 and finish by April 2028. The plant will stay open during the work. Tallgrass Recovery has run the Foundry Road plant under a shorter contract since 2018, and the council will receive regular reports on construction and on contamination.

Funding for the upgrade:

- City sanitation revenue bonds: $21.2 million (54.9%)
- State Recycling Market Development grant: $9.8 million (25.4%)
- Federal Solid Waste Infrastructure for Recycling grant: $4.6 million (11.9%)
- Tallgrass Recovery Inc.: $3.0 million (7.8%)

The fee increase, the first since 2019, is expected to raise about $3.2 million a year. About $2.4 million of that will repay the bonds; the rest will pay for expanding food-scraps collection to 20,000 more households by the end of 2027.

Under the contract, Tallgrass will pay the city a share of its sales of recovered material whenever prices are above a floor, and it will be penalized if contamination in the bales leaving the plant exceeds 5%.

"This plant was built in 2003 for a city that recycled paper and cans," said Mayor Priya Vandermolen. "With these votes, it will pay for itself in what we no longer bury, and the fee will pay for a service that residents in the pilot neighborhoods told us they want."

Residents will see the new fee on their July bills. Seniors and households enrolled in the city's utility assistance program will continue to receive a 30% discount. Residents with questions about their bills can call the sanitation department's customer line or visit the city's website, where a calculator shows the new charge for each type of service.

Media contact: Office of Communications, City of Kessington
"""

T_ARTICLE = """Kessington raises trash fee, bets on bigger recycling plant

By Theo Navarro-Quinn, The Kessington Herald
Thursday, March 12, 2026

The City Council's 6-3 vote on Tuesday for a $38.6 million recycling plant upgrade came after three hours of public comment, most of it about the fee.

Council member Dwayne Castellanos, 47, voted against both measures. "People in my ward are paying more for everything," he said. Council President Miriam Adeyemi-Stroud, 61, voted for both and said the city could not keep burying its problems. Council members Lucía Ferreira, 39, and Grant Holloway, 70, voted against the plant but for the fee, and Council member Ada Kowalczyk, 52, backed the plant but voted against the fee. Holloway said he supported recycling but worried about the city taking on debt.

Even at $31.25, Kessington's fee would stay below neighboring Alder Bluff's $36.80, though Alder Bluff's diversion rate is 41%. Kessington's fee was last raised in 2019, from $24.00 to $28.50.

Much of the council's optimism comes from a six-month food-scraps pilot that ended in October. Of the 2,400 households in the Elmhurst and Carver Heights neighborhoods that got kitchen caddies, 62% put out scraps at least once a month, and together they diverted 310 tons. Trash from those households fell 18%. Some residents dropped out after the caddies drew fruit flies in the summer, organizers said.

"I didn't think we'd bother, and now my grandkids fight over who takes the bin out," said Gus Lindqvist, 73, of Carver Heights.

Sanitation director Oksana Petrenko-Hale, 54, said the city's diversion rate was 19% in 2015 and 28.9% in 2024, and she wants it at 40% by 2030. Without more diversion, she said, the Ridgeback Landfill, opened in 1987, would fill in about 11 years, and a new landfill could cost $90 million.

Driver Renée Boudreau, 38, who has worked route 44 for nine years, said her truck is 14 years old and breaks down about twice a month. The department has 12 open driver positions, she said, so drivers on nearby routes often stay late to cover gaps.

Not everyone at the meeting was persuaded. Several speakers from the east side said the city should fix missed pickups before it spends money on new machines, and a landlord asked why apartment buildings were left out of the food-scraps plan. Petrenko-Hale said apartment service would be studied next year.
"""

T_SOURCES = [
    {"name": "kessington-sanitation-annual-report-2025.txt", "text": T_REPORT},
    {"name": "kessington-council-release.txt", "text": T_RELEASE},
    {"name": "kessington-herald-article.txt", "text": T_ARTICLE},
]

# --- T1: wire story --------------------------------------------------------------
T1 = """Kessington approves $38.6 million recycling upgrade, raises trash fee

KESSINGTON (Wire) — The Kessington City Council voted 6-3 on Tuesday to approve a $38.6 million upgrade of the city's recycling plant and a 15-year contract with Tallgrass Recovery Inc. to run it, and it voted 7-2 to raise the monthly trash fee.

The fee rises from $28.50 to $31.25 for a single-family home in July, an increase of about 10%, and is expected to raise about $3.2 million a year. The fee was last raised in 2017.

The upgrade will raise the plant's capacity from 28 to 54 tons an hour. Bonds will cover $21.2 million of the cost, and a state grant $4.6 million; a federal grant adds $9.8 million and Tallgrass $3.0 million. The work should finish by April 2028. Tallgrass runs 9 sorting plants in 4 states.

The department collected 224,000 tons of trash, recycling, compost and bulky items last year. The city's diversion rate rose to 30.9% from 28.9%, the highest since curbside recycling began in 1996. Compost grew 13.4%, and recycling rose 3.8%, its third straight annual gain, while trash fell 4.6% to 148,600 tons.

The plant, built in 2003, was designed for a city that recycled paper and cans, said Mayor Priya Vandermolen.

The vote split on familiar lines. Council member Dwayne Castellanos, 47, voted against both measures, and Council President Miriam Adeyemi-Stroud, 61, voted for both. Council members Lucía Ferreira and Grant Holloway, 73, opposed the plant but backed the fee.

The decision follows a food-scraps pilot in 2,400 households, 62% of which took part. The households diverted 310 tons, and their trash fell 18%.

The department spent $118 a ton on collection and disposal, up from $109. The Ridgeback Landfill, opened in 1987, has about 13 years of space left, said director Oksana Petrenko-Hale, 54.

Alder Bluff, the neighboring city, charges $36.80 a month and diverts 41% of its waste; its plant handles 60 tons an hour. Kessington, a city of about 231,000 people, has 12 open driver jobs, and drivers start at $22.40 an hour.
"""

T1_FIGS = [
    F("$38.6 million", S, note="release: a $38.6 million upgrade"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release: 6-3"),
    F("$38.6 million", S, note="release"),
    F("15", S, note="release: a 15-year operating contract with Tallgrass Recovery"),
    F("7", S, note="release: voted 7-2 on the fee"),
    F("2", S, note="release: 7-2"),
    F("$28.50", S, note="release: from $28.50"),
    F("$31.25", S, note="release: to $31.25"),
    F("10%", S, derived=True, note="release: 31.25 / 28.50 = 1.096, 'about 10%'"),
    F("$3.2 million", S, note="release: about $3.2 million a year"),
    F("2017", C, "2019", note="release / article: the first increase since 2019"),
    F("28", S, note="release: capacity from 28 tons an hour"),
    F("54", C, "45", note="release: to 45 tons an hour (transposed digits)"),
    F("$21.2 million", S, note="release: city sanitation revenue bonds $21.2 million"),
    F("$4.6 million", C, "$9.8 million", note="release: the state grant is $9.8 million; $4.6 million is the federal grant (swapped pair)"),
    F("$9.8 million", C, "$4.6 million", note="release: the federal grant is $4.6 million; $9.8 million is the state's (swapped pair)"),
    F("$3.0 million", S, note="release: Tallgrass Recovery $3.0 million"),
    F("2028", S, note="release: finish by April 2028"),
    F("9", U, note="no source says how many plants Tallgrass runs"),
    F("4", U, note="no source says where Tallgrass operates"),
    F("224,000", S, note="report: 224,000 tons in 2025"),
    F("30.9%", S, note="report: diversion rate rose to 30.9%"),
    F("28.9%", S, note="report: from 28.9%"),
    F("1996", C, "1994", note="report: the city began curbside recycling in 1994"),
    F("13.4%", S, note="report table: compost +13.4"),
    F("3.8%", S, note="report table: recycling +3.8"),
    F("third", C, "fourth", note="report: recycling grew for the fourth year in a row"),
    F("4.6%", C, "2.4%", note="report table: trash -2.4; 4.6 is bulky items' drop"),
    F("148,600", S, note="report table: trash 148,600 tons"),
    F("2003", S, note="release: the plant was built in 2003"),
    F("47", S, note="article: Dwayne Castellanos, 47"),
    F("61", S, note="article: Miriam Adeyemi-Stroud, 61"),
    F("73", C, "70", note="article: Grant Holloway, 70; 73 is Gus Lindqvist's age"),
    F("2,400", S, note="article: 2,400 households in the pilot"),
    F("62%", S, note="article: 62% put out scraps at least once a month"),
    F("310", S, note="article: diverted 310 tons"),
    F("18%", S, note="article: trash from those households fell 18%"),
    F("$118", S, note="report: $118 a ton"),
    F("$109", S, note="report: up from $109 a ton in 2024"),
    F("1987", S, note="article: the landfill opened in 1987"),
    F("13", C, "11", note="report / article: about 11 years left; 13 years was the 2021 estimate"),
    F("54", S, note="article: Oksana Petrenko-Hale, 54"),
    F("$36.80", S, note="article: Alder Bluff's $36.80"),
    F("41%", S, note="article: Alder Bluff's diversion rate is 41%"),
    F("60", U, note="no source gives Alder Bluff's plant capacity"),
    F("231,000", U, note="no source gives the city's population"),
    F("12", S, note="article: 12 open driver positions"),
    F("$22.40", U, note="no source gives drivers' wages"),
]

# --- T2: question-and-answer explainer ----------------------------------------------
T2 = """# Kessington's trash fee and recycling plant: questions and answers

The City Council made big decisions about garbage this week. Here is what they mean for residents.

### Q: What did the council decide?

A: It voted 6-3 to spend $38.6 million upgrading the recycling plant on Foundry Road and 7-2 to raise the monthly collection fee from $28.50 to $31.25.

### Q: How much more will I pay?

A: $2.75 a month, or $33 a year, starting with July bills. A typical household sets out about 38 pounds of trash a week. Seniors and households in the utility assistance program keep their 25% discount, so they will pay about $23.44.

### Q: Where does the fee money go?

A: The fee should raise about $3.2 million a year. About $2.4 million will repay the plant's bonds, three quarters of the total, and the remaining $800,000 will expand food-scraps collection to 20,000 more households.

### Q: Who pays for the plant?

A: City bonds cover $21.2 million, more than half; a state grant $9.8 million, about a quarter; a federal grant $3.0 million; and Tallgrass Recovery, the operator, $4.6 million. The city's bonds are more than twice the state grant. Tallgrass will pay the city 20% of its sales above a price floor.

### Q: What will the upgrade do?

A: Raise the plant's capacity from 28 to 45 tons an hour, about 75% more. The plant employs 46 sorters today.

### Q: How is the city doing now?

A: Crews collected 224,000 tons last year. Trash was two thirds of it; compost was 27,900 tons. The diversion rate, the share recycled or composted, reached 28.9%. Bulky items were the smallest stream at 6,200 tons, less than a sixth of recycling.

### Q: What does it cost to handle a ton?

A: $118, up from $109, or about 8%.

### Q: How long will the landfill last?

A: About 11 years at the current rate, three fewer than the 2021 estimate. A new landfill would take 7 years to permit. The city's goal is to divert 40% by 2035.

### Q: How does Kessington compare?

A: Neighboring Alder Bluff charges $36.80 a month, $5.55 more than Kessington's new fee, and diverts 40% of its waste. Its fee last rose in 2023.
"""

T2_FIGS = [
    F("6", S, note="release: voted 6-3"),
    F("3", S, note="release: 6-3"),
    F("$38.6 million", S, note="release"),
    F("7", S, note="release: voted 7-2 on the fee"),
    F("2", S, note="release: 7-2"),
    F("$28.50", S, note="release: from $28.50"),
    F("$31.25", S, note="release: to $31.25"),
    F("$2.75", S, derived=True, note="release: 31.25 - 28.50 = 2.75"),
    F("$33", S, derived=True, note="release: 2.75 x 12 = 33"),
    F("38", U, note="no source gives pounds set out per household"),
    F("25%", C, "30%", note="release: seniors and assistance households keep a 30% discount"),
    F("$23.44", C, "$21.88", derived=True, note="release: 31.25 x 0.70 = 21.875; the draft's 31.25 x 0.75 = 23.44 uses the wrong discount"),
    F("$3.2 million", S, note="release: about $3.2 million a year"),
    F("$2.4 million", S, note="release: about $2.4 million will repay the bonds"),
    F("three quarters", S, derived=True, note="release: 2.4 / 3.2 = 0.75"),
    F("$800,000", S, derived=True, note="release: 3.2 - 2.4 = 0.8 million for food scraps"),
    F("20,000", S, note="release: food-scraps collection for 20,000 more households"),
    F("$21.2 million", S, note="release: city sanitation revenue bonds"),
    F("half", S, note="release: bonds 54.9%, 'more than half'"),
    F("$9.8 million", S, note="release: state grant"),
    F("a quarter", S, note="release: state grant 25.4%, 'about a quarter'"),
    F("$3.0 million", C, "$4.6 million", note="release: the federal grant is $4.6 million; $3.0 million is Tallgrass's (swapped pair)"),
    F("$4.6 million", C, "$3.0 million", note="release: Tallgrass pays $3.0 million; $4.6 million is the federal grant (swapped pair)"),
    F("twice", S, derived=True, note="release: 21.2 / 9.8 = 2.2, 'more than twice'"),
    F("20%", U, note="release: Tallgrass pays 'a share' of its sales above a floor; no source gives the share"),
    F("28", S, note="release: from 28 tons an hour"),
    F("45", S, note="release: to 45 tons an hour"),
    F("75%", C, "61%", derived=True, note="release: 45 / 28 = 1.61, about 61% more"),
    F("46", U, note="no source gives the number of sorters"),
    F("224,000", S, note="report: 224,000 tons in 2025"),
    F("two thirds", S, note="report table: trash 66.3% of the total"),
    F("27,900", S, note="report table: compost 27,900 tons"),
    F("28.9%", C, "30.9%", note="report: the diversion rate reached 30.9% in 2025; 28.9% was 2024's"),
    F("6,200", S, note="report table: bulky items 6,200 tons, the smallest stream"),
    F("a sixth", S, derived=True, note="report table: 6,200 / 41,300 = 15.0%, 'less than a sixth'"),
    F("$118", S, note="report: $118 a ton"),
    F("$109", S, note="report: up from $109"),
    F("8%", S, derived=True, note="report: 118 / 109 = 1.083, 'about 8%'"),
    F("11", S, note="report / article: about 11 years of capacity left"),
    F("three", C, "two", derived=True, note="report: 13 years (2021 estimate) - 11 = 2"),
    F("2021", S, note="report: the 2021 estimate"),
    F("7", U, note="no source says how long a new landfill takes to permit (the article gives only its cost)"),
    F("40%", S, note="report / article: goal of 40% diversion"),
    F("2035", C, "2030", note="report / article: 40% by 2030"),
    F("$36.80", S, note="article: Alder Bluff's $36.80"),
    F("$5.55", S, derived=True, note="article / release: 36.80 - 31.25 = 5.55"),
    F("40%", C, "41%", note="article: Alder Bluff's diversion rate is 41%; 40% is Kessington's goal"),
    F("2023", U, note="no source says when Alder Bluff's fee last rose"),
]

# --- T3: LLM-style bulleted summary --------------------------------------------------
T3 = """**Summary: Kessington's sanitation report, the council votes and the food-scraps pilot**

This summary is drawn from the department's annual report, the city's release on the council votes and the Herald's coverage of the meeting. Changes from the previous year are in brackets where the sources give them.

**Collections (annual report)**
- Total: 224k tons, about the same as the year before.
- Trash 148.6k tons (down 2.4%) and recycling 41.3k (up 3.8%); the former makes up 66.3% of everything collected, and the latter grew for a fourth straight year.
- Compost: 27.9k tons (up 21.5%), helped by the pilot and a wet spring.
- Diversion rate: 30.9%, up 3.0 pts; the best since curbside recycling began in 1994.
- Contamination: down to 17.2% after crews left 12.5k "oops" tags on carts.
- Staff: 311; average truck age 8.5 years.
- Cost: $118/ton, as landfill tipping fees climbed.
- Landfill: ~13 years of space left at the current rate; every diverted ton stretches that.

**Council votes (city release)**
- March 11: plant upgrade approved 6-3 at $38.6M.
- Funding: bonds $21.2M (45.9%), state $9.8M, federal $4.6M, Tallgrass $3.0M. Tallgrass runs 7 other plants.
- Fee: $24.00 → $31.25/month (up 9.6%), approved 7-2; should raise ~$3.2M/yr, mostly for the bonds.
- Next public hearing: April 7.

**Reaction and pilot (Herald)**
- Pilot: 2,400 households, 62% took part, 310 tons diverted, household trash down 18%; cost about $410k.
- Kessington's new $31.25 fee vs Alder Bluff's $36.80; the latter city (pop. 88k) diverts 41%.
- Castellanos (54) voted no on both; Adeyemi-Stroud (61) yes on both.
- Driver Renée Boudreau (38): her truck is 9 years old and breaks down about twice a month.

**Bottom line:** diversion is climbing and the pilot worked, but residents will feel the higher fee, and the plant will not be finished for two more years.
"""

T3_FIGS = [
    F("224k", S, note="report: 224,000 tons"),
    F("148.6k", S, note="report table: trash 148,600"),
    F("2.4%", S, note="report table: trash -2.4"),
    F("41.3k", S, note="report table: recycling 41,300"),
    F("3.8%", S, note="report table: recycling +3.8"),
    F("66.3%", S, note="report table: trash share 66.3 ('the former')"),
    F("fourth", S, note="report: recycling grew for the fourth year in a row ('the latter')"),
    F("27.9k", S, note="report table: compost 27,900"),
    F("21.5%", C, "13.4%", note="report table: compost +13.4; 21,500 is the number of carts tagged"),
    F("30.9%", S, note="report: diversion rate 30.9%"),
    F("3.0", C, "2.0", derived=True, note="report: 30.9 - 28.9 = 2.0 points"),
    F("1994", S, note="report: curbside recycling began in 1994"),
    F("17.2%", S, note="report: contamination fell to 17.2%"),
    F("12.5k", C, "21.5k", note="report: crews tagged 21,500 carts"),
    F("311", S, note="report: 311 employees"),
    F("8.5", U, note="no source gives the fleet's average age (29 of 84 trucks are over 10 years old)"),
    F("$118", S, note="report: $118 a ton"),
    F("13", C, "11", note="report: about 11 years left; 13 years was the 2021 estimate"),
    F("11", C, "10", note="release / article: the vote was on Tuesday, March 10; March 11 is the release's date"),
    F("6", S, note="release: voted 6-3"),
    F("3", S, note="release: 6-3"),
    F("$38.6M", S, note="release: $38.6 million upgrade"),
    F("$21.2M", S, note="release: bonds $21.2 million"),
    F("45.9%", C, "54.9%", note="release: bonds 54.9% (transposed digits)"),
    F("$9.8M", S, note="release: state grant $9.8 million"),
    F("$4.6M", S, note="release: federal grant $4.6 million"),
    F("$3.0M", S, note="release: Tallgrass $3.0 million"),
    F("7", U, note="no source says how many plants Tallgrass runs"),
    F("$24.00", C, "$28.50", note="release: the fee rises from $28.50; $24.00 was the fee before the 2019 increase (article)"),
    F("$31.25", S, note="release: to $31.25"),
    F("9.6%", S, derived=True, note="release: 31.25 / 28.50 = 1.096 (right by the sources though the draft gives the old fee as $24.00)"),
    F("7", S, note="release: fee approved 7-2"),
    F("2", S, note="release: 7-2"),
    F("$3.2M", S, note="release: about $3.2 million a year, $2.4 million of it for the bonds"),
    F("7", U, note="no source mentions a further hearing"),
    F("2,400", S, note="article: 2,400 households"),
    F("62%", S, note="article: 62% put out scraps"),
    F("310", S, note="article: diverted 310 tons"),
    F("18%", S, note="article: trash fell 18%"),
    F("$410k", U, note="no source gives the pilot's cost"),
    F("$31.25", S, note="release: new fee"),
    F("$36.80", S, note="article: Alder Bluff's fee"),
    F("88k", U, note="no source gives Alder Bluff's population"),
    F("41%", S, note="article: Alder Bluff's diversion rate 41%"),
    F("54", C, "47", note="article: Dwayne Castellanos, 47; 54 is Petrenko-Hale's age"),
    F("61", S, note="article: Miriam Adeyemi-Stroud, 61"),
    F("38", S, note="article: Renée Boudreau, 38"),
    F("9", C, "14", note="article: her truck is 14 years old; nine is her years on the route"),
    F("twice", S, note="article: breaks down about twice a month"),
    F("two", S, derived=True, note="release (March 2026): finish by April 2028, about two years"),
]

# --- T4: opinion column, one section hard-wrapped --------------------------------------
T4 = """# Opinion: Kessington's garbage is finally worth something

By Marguerite Osei-Lindahl

For most of the 30 years I have lived here, Kessington has treated its trash as something to bury and forget. This week the City Council voted to do better, and nobody should apologize for the cost.

Start with where we stand. Our crews hauled in about 224,000 tons last year, and roughly two thirds of it went straight to the Ridgeback Landfill. That landfill, open since 1987, has only about 11 years of room left. In 2019 the department thought it had 13. Its neighbors on Quarry Road have filed 37 odor complaints since spring.

Yet we are getting better. Nearly 31% of what we collect is now recycled or composted, up from about 25% a year earlier. Compost alone grew by more than an eighth.

The best evidence is the food-scraps pilot. For eight months, about 2,400
households in Elmhurst and Carver Heights got kitchen caddies, and more than
60% of them used them at least once a month. Together they kept about 310
tons out of the landfill, and their trash fell by nearly a fifth. Gus
Lindqvist, 73, told this paper that his grandkids now fight over who takes
the bin out.

But the fee will rise, from $28.50 to $31.25 a month, or about $33 more a year. Yet even at the new rate we will pay nearly $6 a month less than Alder Bluff, which charges $36.80 and diverts 44% of its waste.

The plant upgrade costs $38.6 million. City bonds cover barely a third of it, and grants and Tallgrass Recovery cover the rest; the bonds will run 20 years. The upgrade will nearly double the plant's capacity, which is 28 tons an hour today. The plant was built in 2003 for a city that recycled paper and cans.

The plant passed 6-3 and the fee 7-2. Council member Dwayne Castellanos, 47, voted against both, and Lucía Ferreira, 52, voted against the plant. I understand their worry about bills.

But consider who does the work. Driver Renée Boudreau, 38, has run the same route for 14 years in a truck that is nine years old and breaks down about twice a month. The department has about a dozen driver jobs it cannot fill, and 29 of its 84 trucks are more than a decade old, roughly a third of the fleet. It costs us about $118 to collect and dispose of each ton, up roughly $9 from a year earlier.

The city's goal is to divert 40% by 2030. We can get there.

Marguerite Osei-Lindahl, 58, is a retired chemistry teacher who has composted since 1996.
"""

T4_FIGS = [
    F("30", U, note="no source mentions the columnist or how long she has lived in the city"),
    F("224,000", S, note="report: 224,000 tons"),
    F("two thirds", S, note="report table: trash 66.3% of the total"),
    F("1987", S, note="article: the landfill opened in 1987"),
    F("11", S, note="report / article: about 11 years left"),
    F("2019", C, "2021", note="report: 13 years was the 2021 estimate"),
    F("13", S, note="report: 13 years in the 2021 estimate"),
    F("37", U, note="no source mentions odor complaints"),
    F("31%", S, note="report: diversion rate 30.9%, 'nearly 31%'"),
    F("25%", C, "28.9%", note="report / article: 28.9% in 2024"),
    F("an eighth", S, note="report table: compost +13.4%, 'more than an eighth'"),
    F("eight", C, "six", note="article: a six-month food-scraps pilot"),
    F("2,400", S, note="article: 2,400 households"),
    F("60%", S, note="article: 62%, 'more than 60%'"),
    F("310", S, note="article: diverted 310 tons"),
    F("a fifth", S, note="article: trash fell 18%, 'nearly a fifth'"),
    F("73", S, note="article: Gus Lindqvist, 73"),
    F("$28.50", S, note="release: from $28.50"),
    F("$31.25", S, note="release: to $31.25"),
    F("$33", S, derived=True, note="release: (31.25 - 28.50) x 12 = 33"),
    F("$6", S, derived=True, note="article / release: 36.80 - 31.25 = 5.55, 'nearly $6'"),
    F("$36.80", S, note="article: Alder Bluff's $36.80"),
    F("44%", C, "41%", note="article: Alder Bluff's diversion rate is 41%"),
    F("$38.6 million", S, note="release"),
    F("a third", C, "54.9%", note="release: bonds cover 54.9% of the cost, more than half, not 'barely a third'"),
    F("20", U, note="no source gives the bonds' term"),
    F("double", C, "1.6 times", derived=True, note="release: 45 / 28 = 1.6, not 'nearly double'"),
    F("28", S, note="release: capacity 28 tons an hour"),
    F("2003", S, note="release: built in 2003"),
    F("6", S, note="release: the plant vote 6-3"),
    F("3", S, note="release: 6-3"),
    F("7", S, note="release: the fee vote 7-2"),
    F("2", S, note="release: 7-2"),
    F("47", S, note="article: Dwayne Castellanos, 47"),
    F("52", C, "39", note="article: Lucía Ferreira, 39; 52 is Ada Kowalczyk's age"),
    F("38", S, note="article: Renée Boudreau, 38"),
    F("14", C, "nine", note="article: she has worked her route for nine years; 14 is her truck's age (swapped pair)"),
    F("nine", C, "14", note="article: her truck is 14 years old; nine is her years on the route (swapped pair)"),
    F("twice", S, note="article: breaks down about twice a month"),
    F("a dozen", S, note="article: 12 open driver positions"),
    F("29", S, note="report: 29 trucks more than 10 years old"),
    F("84", S, note="report: 84 collection trucks"),
    F("a third", S, derived=True, note="report: 29 / 84 = 34.5%, 'roughly a third'"),
    F("$118", S, note="report: $118 a ton"),
    F("$9", S, derived=True, note="report: 118 - 109 = 9"),
    F("40%", S, note="report / article: goal 40%"),
    F("2030", S, note="report / article: by 2030"),
    F("58", U, note="no source mentions the columnist's age"),
    F("1996", U, note="no source mentions the columnist"),
]

CASES = [
    ("fresh10-blind", "fresh-t", T_SOURCES, [
        ("wire.md", T1, T1_FIGS, "wire story: common-noun subjects referring back, compound sentences with two owners"),
        ("explainer.md", T2, T2_FIGS, "question-and-answer explainer: '### Q:' headings, derived figures in the answers"),
        ("summary.md", T3, T3_FIGS, "LLM-style bulleted summary: terse, abbreviations (k, M), parenthetical changes, 'the former'/'the latter'"),
        ("opinion.md", T4, T4_FIGS, "opinion column: hedges, rounded figures, one section hard-wrapped near 80 columns, sentence-initial 'But'/'Yet'"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
