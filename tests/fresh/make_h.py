#!/usr/bin/env python3
"""Generate tests/fresh/fresh4-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  H (fresh4-blind): a county's wildfire season (Tolliver County), named fires
                    with acres, structures, evacuations and containment, the
                    fire-service budget with its line items and a sales-tax
                    measure vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_h.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic H: Tolliver County's wildfire season and fire-service budget (fictional)
# ---------------------------------------------------------------------------

H_REPORT = """Tolliver County Fire Protection District
2025 Wildfire Season Report (excerpt)

Summary

The 2025 fire season was the most destructive in Tolliver County's recorded history. District crews and partner agencies responded to 61 wildland fires between May 30 and October 12, which together burned 80,300 acres, about 3.5 times the 22,900 acres burned in 2024 and more than double the 10-year average of 31,600 acres. The fires destroyed 287 structures, 198 of them homes, and damaged 64 more. About 18,050 residents were ordered to evacuate at least once.

Table 1. Major fires of 2025

| Fire | Started | Acres burned | Structures destroyed | Residents evacuated | Days to full containment |
|---|---|---|---|---|---|
| Granite Ridge | July 14 | 38,420 | 212 | 9,800 | 23 |
| Sable Canyon | Aug. 2 | 21,760 | 47 | 4,300 | 16 |
| Miller Flat | June 28 | 8,930 | 6 | 1,150 | 9 |
| Coyote Wash | Sept. 5 | 5,210 | 0 | 600 | 6 |
| Hatchet Creek | Aug. 19 | 3,640 | 19 | 2,200 | 11 |
| 56 other fires | | 2,340 | 3 | 0 | |
| All fires | | 80,300 | 287 | 18,050 | |

The Granite Ridge Fire, started by lightning near Pinyon Gap, is the largest in county history and accounted for nearly half of the acreage burned. Seven days after it began it was 35% contained; crews reached 80% containment on August 1 and full containment on August 6. At its peak, 2,640 firefighters from 38 agencies worked the fire.

The Sable Canyon Fire, sparked by a trailer chain dragging on Highway 40, spread fastest, burning 9,400 acres in its first 24 hours. One resident died in that fire, and 14 firefighters were injured during the season, none seriously. Coyote Wash burned mostly grazing land and destroyed no buildings.

Resources

The district entered the season with 292 career firefighters, 120 volunteers, 31 engines and two contract helicopters. Average response time to wildland fires in the eastern hills was 19 minutes, against 11 minutes countywide.

Costs

Fire suppression cost $46.2 million, including $9.4 million in overtime. Federal Fire Management Assistance Grants and state reimbursements are expected to cover $27.5 million, or 59.5%, leaving a county share of $18.7 million, the largest in our history.

Recommendations

We recommend hiring at least 40 more career firefighters, replacing six engines that are more than 20 years old, opening a station at Pinyon Gap, and tripling the acreage treated each year to reduce fuels from the 4,500 acres treated in 2025.

Chief Joaquín Ibáñez
Tolliver County Fire Protection District
"""

H_RELEASE = """NEWS RELEASE
County of Tolliver, Board of Supervisors
May 19, 2026

Supervisors propose $84.6 million fire budget, the first funded by Measure F

The Tolliver County Board of Supervisors today released a proposed Fire Services budget of $84.6 million for fiscal year 2026–27, up 12.8% from $75.0 million in the current year. It is the first budget to draw on Measure F, the half-cent sales tax approved by voters in November, which took effect on April 1 and is expected to raise $18.3 million in its first full year.

"Last summer showed us what happens when a county this size tries to fight fires of that size on the cheap," said Board Chair Marguerite Lévesque. "This budget puts firefighters where the fires are."

Where the money goes

- Personnel (salaries and benefits): $52.3 million, up from $47.1 million
- Engines and equipment: $9.8 million, including six new wildland engines
- Aviation contracts: $7.4 million, for three helicopters, up from two
- Fuel reduction: $6.2 million, to treat 12,000 acres, up from 4,500
- Dispatch and communications: $4.6 million
- Stations, facilities and other: $4.3 million

Where the money comes from

- County general fund: $48.9 million (57.8%)
- Measure F sales tax: $18.3 million (21.6%)
- State and federal grants: $11.6 million (13.7%)
- Fees and other revenue: $5.8 million (6.9%)

The budget adds 46 career firefighters, raising the district's career ranks to 338 from 292. A new station at Pinyon Gap, in the eastern hills where the Granite Ridge Fire began, will open in early 2027 and is expected to cut response times there from 19 minutes to about 8.

Last year's fires burned 80,300 acres and destroyed 287 structures, and suppression cost the county $18.7 million after state and federal reimbursements. Overtime, which reached $9.4 million last season, is expected to fall as the new firefighters are hired.

Supervisors will hold a public hearing on June 9, 2026, and are scheduled to vote on June 23. The fiscal year begins July 1.

"We asked voters for help, and they said yes," Lévesque said. "Now we have to show them every dollar."

Residents can read the full proposed budget at the county website or at any county library branch. Written comments are accepted until June 5.

Contact: Office of the County Administrator

###
"""

H_ARTICLE = """Voters approve fire tax on second try

By Hannah Delacroix-Reyes, The Tolliver Sentinel
November 6, 2025

Tolliver County voters approved Measure F, a half-cent sales tax for fire protection, clearing the two-thirds majority it needed by less than two points, according to unofficial results released Wednesday.

The measure won 41,250 votes, or 68.4%, to 19,060 against. Turnout was 61.9% of the county's 97,400 registered voters. Three years ago a quarter-cent tax, Measure K, won 61.2% and failed.

The tax will raise the county's sales tax rate to 7.75% from 7.25% for 10 years starting April 1 and is expected to bring in $18.3 million a year for firefighters, engines and fuel reduction. A household that spends $30,000 a year on taxable goods would pay about $150 more.

For Anaïs Whitfield, 33, a nurse whose house in Pinyon Gap burned in the Granite Ridge Fire in July, the vote was personal. She and her two children spent 41 nights in a motel before moving into a rental in Dunmore.

"The first engine got to our road after the fire was already in the trees," Whitfield said. "I don't blame the crews. There just weren't enough of them."

Fire Chief Joaquín Ibáñez, 52, said the district covers 1,900 square miles with 31 engines. "Half a cent is not a luxury," he said. "It is the difference between one engine on a ridge and three."

Opponents argued that a sales tax falls hardest on low-income families. "People who lost everything this summer will now pay more for the lumber to rebuild," said Gordon Pell, 68, who led the No on F campaign. The Yes campaign raised about $412,000, more than ten times the $38,000 raised by opponents.

The fires burned about 80,300 acres this year and destroyed 287 structures, most of them in the Granite Ridge and Sable Canyon fires. More than 18,000 residents were evacuated at least once.

Supervisor Marguerite Lévesque, 61, who chairs the county board, said the first money from the tax would go toward hiring firefighters and opening a station at Pinyon Gap, where response times have averaged 19 minutes.

Insurers have not renewed about 2,300 homeowner policies in the county since August, according to the state insurance department. "You can't get a policy within five miles of a burn scar," said Pinyon Gap real estate agent Zoë Marchetti, 45.

The county clerk has until December 4 to certify the results.
"""

H_SOURCES = [
    {"name": "tolliver-fire-district-season-report-2025.txt", "text": H_REPORT},
    {"name": "tolliver-supervisors-budget-release.txt", "text": H_RELEASE},
    {"name": "tolliver-sentinel-article.txt", "text": H_ARTICLE},
]

# --- H1: wire story -----------------------------------------------------------
H1 = """Tolliver County proposes $84.6 million fire budget after its worst season

DUNMORE (Wire) — Tolliver County supervisors proposed an $84.6 million fire-services budget for fiscal 2026–27, up 12.8% from $75.0 million, the first to draw on a half-cent sales tax that voters approved after wildfires burned 80,300 acres last year, more than three times the 10-year average.

Measure F, which took effect April 1, is expected to raise $18.3 million in its first full year, or 21.6% of the budget, about $50,000 a day. The county's general fund will supply $48.9 million, state and federal grants $11.6 million and fees $8.5 million.

Salaries and benefits account for $52.3 million, up 11% from $47.1 million, as the district adds 46 career firefighters to bring its ranks to 338. Aviation contracts rise to $7.4 million to pay for a third helicopter, and fuel reduction gets $6.2 million to treat 21,000 acres, up from 4,500.

The budget sets aside $9.8 million for engines and equipment, including eight new wildland engines, and $4.6 million for dispatch, including a $1.3 million radio upgrade. A station at Pinyon Gap will open in early 2028 and should cut response times there to about 8 minutes from 19, a 58% improvement.

“Last summer showed us what happens when a county this size tries to fight fires of that size on the cheap,” said board chair Marguerite Lévesque, 64, who was first elected in 2018.

The 2025 season was the most destructive on record. Crews fought 61 fires that destroyed 287 structures, 189 of them homes, and about 18,050 residents had to evacuate. The Granite Ridge Fire alone burned 38,420 acres and 212 structures and took 32 days to contain; at its peak, 2,460 firefighters from 38 agencies were on the lines.

The Sable Canyon Fire burned 8,930 acres and killed two residents, and the Hatchet Creek Fire cost $3.2 million to fight. Suppression cost $46.2 million in all, including $4.9 million in overtime, or about $575 an acre. Reimbursements are expected to cover $27.5 million, leaving the county $18.7 million.

Voters approved Measure F in November, 41,250 to 19,600, or 68.4%, clearing the two-thirds threshold in all five supervisorial districts, after a quarter-cent tax failed in 2021 with 61.2%. The tax raised the county's sales tax rate to 8.25% for 10 years.

Supervisors will hold a hearing on June 9 and vote on June 30; the fiscal year begins July 1. Fire Chief Joaquín Ibáñez, who has led the district since 2019, had recommended at least 40 new hires. The county, home to about 148,000 people, has 14 fire stations and 31 engines averaging 14 years old, and insurance premiums there have risen 38% since the fires.
"""

H1_FIGS = [
    F("$84.6 million", S, note="release: a proposed budget of $84.6 million"),
    F("$84.6 million", S, note="release"),
    F("2026–27", S, note="release: fiscal year 2026–27"),
    F("12.8%", S, note="release: up 12.8%"),
    F("$75.0 million", S, note="release: from $75.0 million in the current year"),
    F("first", S, note="release: the first budget to draw on Measure F"),
    F("half", S, note="release / article: a half-cent sales tax"),
    F("80,300", S, note="report: 80,300 acres"),
    F("three times", C, "2.5 times", derived=True, note="report: 80,300 / 31,600 = 2.54, 'more than double' the 10-year average"),
    F("10", S, note="report: the 10-year average of 31,600 acres"),
    F("1", S, note="release / article: took effect on April 1"),
    F("$18.3 million", S, note="release: expected to raise $18.3 million in its first full year"),
    F("first", S, note="release: in its first full year"),
    F("21.6%", S, note="release: Measure F $18.3 million (21.6%)"),
    F("$50,000", S, derived=True, note="release: 18,300,000 / 365 = $50,137 a day"),
    F("$48.9 million", S, note="release: county general fund"),
    F("$11.6 million", S, note="release: state and federal grants"),
    F("$8.5 million", C, "$5.8 million", note="release: fees and other revenue $5.8 million (transposed digits)"),
    F("$52.3 million", S, note="release: personnel $52.3 million"),
    F("11%", S, derived=True, note="release: 52.3 / 47.1 = 1.110, up 11.0%"),
    F("$47.1 million", S, note="release: up from $47.1 million"),
    F("46", S, note="release: adds 46 career firefighters"),
    F("338", S, note="release: raising career ranks to 338"),
    F("$7.4 million", S, note="release: aviation contracts"),
    F("third", S, note="release: three helicopters, up from two"),
    F("$6.2 million", S, note="release: fuel reduction"),
    F("21,000", C, "12,000", note="release: to treat 12,000 acres"),
    F("4,500", S, note="release: up from 4,500"),
    F("$9.8 million", S, note="release: engines and equipment"),
    F("eight", C, "six", note="release: including six new wildland engines"),
    F("$4.6 million", S, note="release: dispatch and communications"),
    F("$1.3 million", U, note="no source mentions a radio upgrade"),
    F("2028", C, "2027", note="release: the station will open in early 2027"),
    F("8", S, note="release: to about 8 minutes"),
    F("19", S, note="release: from 19 minutes"),
    F("58%", S, derived=True, note="release: (19 - 8) / 19 = 57.9%"),
    F("64", C, "61", note="article: Marguerite Lévesque, 61"),
    F("first", U, note="no source says when Lévesque was elected"),
    F("2018", U, note="no source says when Lévesque was elected"),
    F("2025", S, note="report"),
    F("61", S, note="report: 61 wildland fires"),
    F("287", S, note="report: destroyed 287 structures"),
    F("189", C, "198", note="report: 198 of them homes (transposed digits)"),
    F("18,050", S, note="report: about 18,050 residents were ordered to evacuate"),
    F("38,420", S, note="report table: Granite Ridge 38,420 acres"),
    F("212", S, note="report table: Granite Ridge 212 structures"),
    F("32", C, "23", note="report table: Granite Ridge 23 days to full containment (transposed digits)"),
    F("2,460", C, "2,640", note="report: 2,640 firefighters at its peak (transposed digits)"),
    F("38", S, note="report: from 38 agencies"),
    F("8,930", C, "21,760", note="report table: Sable Canyon 21,760 acres; 8,930 is Miller Flat's"),
    F("two", C, "one", note="report: one resident died in the Sable Canyon Fire"),
    F("$3.2 million", U, note="no source gives the cost of a single fire"),
    F("$46.2 million", S, note="report: fire suppression cost $46.2 million"),
    F("$4.9 million", C, "$9.4 million", note="report: including $9.4 million in overtime (transposed digits)"),
    F("$575", S, derived=True, note="report: 46,200,000 / 80,300 acres = $575"),
    F("$27.5 million", S, note="report: expected to cover $27.5 million"),
    F("$18.7 million", S, note="report: a county share of $18.7 million"),
    F("41,250", S, note="article: 41,250 votes"),
    F("19,600", C, "19,060", note="article: 19,060 against"),
    F("68.4%", S, note="article: 68.4%"),
    F("two-thirds", S, note="article: the two-thirds majority it needed"),
    F("five", U, note="no source gives results by district"),
    F("quarter", S, note="article: a quarter-cent tax, Measure K"),
    F("2021", C, "2022", note="article (November 2025): 'three years ago', i.e. 2022"),
    F("61.2%", S, note="article: won 61.2% and failed"),
    F("8.25%", C, "7.75%", note="article: to 7.75% from 7.25%"),
    F("10", S, note="article: for 10 years"),
    F("9", S, note="release: public hearing on June 9, 2026"),
    F("30", C, "23", note="release: vote on June 23"),
    F("1", S, note="release: the fiscal year begins July 1"),
    F("2019", U, note="no source says when Ibáñez became chief"),
    F("40", S, note="report: we recommend hiring at least 40 more career firefighters"),
    F("148,000", U, note="no source gives the county's population"),
    F("14", U, note="no source gives the number of fire stations"),
    F("31", S, note="report / article: 31 engines"),
    F("14", U, note="no source gives the engines' age (the report: six are more than 20 years old)"),
    F("38%", U, note="no source gives insurance premiums"),
]

# --- H2: "by the numbers" fact sheet --------------------------------------------
H2 = """# Tolliver County's 2025 fire season, by the numbers

**The season**

- **61** wildland fires between May 30 and October 21.
- **80,300** acres burned: 3.5 times 2023's 22,900 and about 2.5 times the 10-year average.
- **287** structures destroyed, **198** of them homes; **46** more damaged.
- **18,050** residents evacuated at least once, about one in eight county residents.
- **9** of the 61 fires started by lightning; **3** evacuation shelters opened.
- **5,600** calls to the evacuation hotline; **17** schools closed.
- **One** resident killed; **12** firefighters injured, none seriously; **1,140** cattle lost.

| Fire | Acres | Structures lost | Evacuated | Days to contain |
|---|---|---|---|---|
| Granite Ridge | 38,420 | 212 | 9,800 | 23 |
| Sable Canyon | 21,760 | 47 | 4,300 | 18 |
| Miller Flat | 8,930 | 6 | 1,150 | 6 |
| Hatchet Creek | 5,210 | 19 | 2,200 | 11 |
| Coyote Wash | 3,640 | 0 | 600 | 6 |

**The biggest fire**

- **47.8%** of all acres burned, and **74%** of the structures lost, were in Granite Ridge.
- **25%** contained a week in, **80%** by August 3, fully contained on August 6.
- **2,640** firefighters from **48** agencies at the peak; **2.1 million** gallons of retardant dropped.

**The fastest fire**

- **9,400** acres in Sable Canyon's first 24 hours, about 43% of its final size.
- Granite Ridge displaced **2.3 times** as many residents as Sable Canyon.

**The cost**

- **$46.2 million** to fight the fires, including **$9.4 million** in overtime: about $575 an acre.
- **$27.5 million** (59.5%) expected back from state and federal programs; the county keeps **$18.7 million**, or 45%.
- **60–80** fires forecast for 2026.
- **$312 million** in insured losses; **2,300** homeowner policies dropped since August, **41%** of them in Pinyon Gap.

**The crews**

- **292** career firefighters, **130** volunteers, **31** engines and **two** contract helicopters.
- **19 minutes** to reach fires in the eastern hills, against **11** countywide, across **1,900** square miles.

**The tax**

- **68.4%** yes on Measure F (41,250 to 19,060), about 1.7 points over the two-thirds bar.
- **61.9%** turnout among **79,400** registered voters.
- **7.75%** sales tax for 12 years, up from 7.25%: **$150** a year on $30,000 of taxable spending.
- **$412,000** raised by supporters, nearly 11 times the opponents' $38,000.

**The budget, 2026–27**

- **$84.6 million**, up 12.8%; personnel takes **$52.3 million**, or 58%.
- **46** new firefighters, for **338** career positions; **$7.4 million** for aviation, or four helicopters.
- **12,000** acres of fuel reduction, up from 4,500 in 2025; **22** miles of new fuel breaks.
- **$18.3 million** from Measure F, **13.7%** of the total; **$11.6 million** from grants.
- **Pinyon Gap** station, costing **$2.8 million**, opens in 2027; chief Joaquín Ibáñez, in the job since 2016, calls it the top priority.
"""

H2_FIGS = [
    F("2025", S, note="report"),
    F("61", S, note="report: 61 wildland fires"),
    F("30", S, note="report: between May 30 and October 12"),
    F("21", C, "12", note="report: between May 30 and October 12 (transposed digits)"),
    F("80,300", S, note="report"),
    F("3.5 times", S, note="report: about 3.5 times the 22,900 acres burned in 2024"),
    F("2023", C, "2024", note="report: the 22,900 acres burned in 2024"),
    F("22,900", S, note="report"),
    F("2.5 times", S, derived=True, note="report: 80,300 / 31,600 = 2.54"),
    F("10", S, note="report: the 10-year average"),
    F("287", S, note="report"),
    F("198", S, note="report: 198 of them homes"),
    F("46", C, "64", note="report: damaged 64 more (transposed digits)"),
    F("18,050", S, note="report"),
    F("one in eight", U, note="no source gives the county's population"),
    F("9", U, note="no source says how many fires lightning started (only Granite Ridge)"),
    F("61", S, note="report: 61 wildland fires"),
    F("3", U, note="no source mentions evacuation shelters"),
    F("5,600", U, note="no source mentions an evacuation hotline"),
    F("17", U, note="no source mentions school closures"),
    F("One", S, note="report: one resident died in the Sable Canyon Fire"),
    F("12", C, "14", note="report: 14 firefighters were injured, none seriously"),
    F("1,140", U, note="no source mentions livestock"),
    F("38,420", S, note="report table"),
    F("212", S, note="report table"),
    F("9,800", S, note="report table"),
    F("23", S, note="report table"),
    F("21,760", S, note="report table"),
    F("47", S, note="report table"),
    F("4,300", S, note="report table"),
    F("18", C, "16", note="report table: Sable Canyon 16 days"),
    F("8,930", S, note="report table"),
    F("6", S, note="report table: Miller Flat 6 structures"),
    F("1,150", S, note="report table"),
    F("6", C, "9", note="report table: Miller Flat 9 days; 6 is Coyote Wash's"),
    F("5,210", C, "3,640", note="report table: Hatchet Creek 3,640 acres; 5,210 is Coyote Wash's (swapped pair)"),
    F("19", S, note="report table: Hatchet Creek 19 structures"),
    F("2,200", S, note="report table"),
    F("11", S, note="report table: Hatchet Creek 11 days"),
    F("3,640", C, "5,210", note="report table: Coyote Wash 5,210 acres; 3,640 is Hatchet Creek's (swapped pair)"),
    F("0", S, note="report table: Coyote Wash 0 structures"),
    F("600", S, note="report table"),
    F("6", S, note="report table: Coyote Wash 6 days"),
    F("47.8%", S, derived=True, note="report: 38,420 / 80,300 = 47.8% ('nearly half')"),
    F("74%", S, derived=True, note="report: 212 / 287 = 73.9%"),
    F("25%", C, "35%", note="report: seven days after it began it was 35% contained"),
    F("80%", S, note="report: 80% containment on August 1"),
    F("3", C, "1", note="report: 80% containment on August 1"),
    F("6", S, note="report: full containment on August 6"),
    F("2,640", S, note="report"),
    F("48", C, "38", note="report: from 38 agencies"),
    F("2.1 million", U, note="no source gives retardant use"),
    F("9,400", S, note="report: 9,400 acres in its first 24 hours"),
    F("first", S, note="report"),
    F("24", S, note="report"),
    F("43%", S, derived=True, note="report: 9,400 / 21,760 = 43.2%"),
    F("2.3 times", S, derived=True, note="report table: 9,800 / 4,300 = 2.28"),
    F("$46.2 million", S, note="report"),
    F("$9.4 million", S, note="report: $9.4 million in overtime"),
    F("$575", S, derived=True, note="report: 46,200,000 / 80,300 = $575 an acre"),
    F("$27.5 million", S, note="report"),
    F("59.5%", S, note="report"),
    F("$18.7 million", S, note="report: a county share of $18.7 million"),
    F("45%", C, "40.5%", derived=True, note="report: 18.7 / 46.2 = 40.5%"),
    F("60", U, note="no source gives a forecast"),
    F("80", U, note="no source gives a forecast"),
    F("2026", U, note="no source gives a forecast"),
    F("$312 million", U, note="no source gives insured losses"),
    F("2,300", S, note="article: insurers have not renewed about 2,300 homeowner policies since August"),
    F("41%", U, note="no source gives policies by area"),
    F("292", S, note="report: 292 career firefighters"),
    F("130", C, "120", note="report: 120 volunteers"),
    F("31", S, note="report: 31 engines"),
    F("two", S, note="report: two contract helicopters"),
    F("19", S, note="report: 19 minutes in the eastern hills"),
    F("11", S, note="report: 11 minutes countywide"),
    F("1,900", S, note="article: the district covers 1,900 square miles"),
    F("68.4%", S, note="article"),
    F("41,250", S, note="article"),
    F("19,060", S, note="article"),
    F("1.7", S, derived=True, note="article: 68.4 - 66.7 = 1.7 points ('by less than two points')"),
    F("two-thirds", S, note="article"),
    F("61.9%", S, note="article"),
    F("79,400", C, "97,400", note="article: 97,400 registered voters (transposed digits)"),
    F("7.75%", S, note="article"),
    F("12", C, "10", note="article: for 10 years"),
    F("7.25%", S, note="article"),
    F("$150", S, note="article: about $150 more"),
    F("$30,000", S, note="article: a household that spends $30,000 a year on taxable goods"),
    F("$412,000", S, note="article: the Yes campaign raised about $412,000"),
    F("11 times", S, derived=True, note="article: 412,000 / 38,000 = 10.8 ('nearly 11 times'; the article: 'more than ten times')"),
    F("$38,000", S, note="article"),
    F("2026–27", S, note="release"),
    F("$84.6 million", S, note="release"),
    F("12.8%", S, note="release"),
    F("$52.3 million", S, note="release: personnel"),
    F("58%", C, "62%", derived=True, note="release: 52.3 / 84.6 = 61.8% (57.8% is the general fund's share)"),
    F("46", S, note="release: adds 46 career firefighters"),
    F("338", S, note="release"),
    F("$7.4 million", S, note="release: aviation contracts"),
    F("four", C, "three", note="release: three helicopters, up from two"),
    F("12,000", S, note="release: to treat 12,000 acres"),
    F("4,500", S, note="release / report: 4,500 acres treated in 2025"),
    F("2025", S, note="report: the 4,500 acres treated in 2025"),
    F("22", U, note="no source mentions fuel breaks"),
    F("$18.3 million", S, note="release"),
    F("13.7%", C, "21.6%", note="release: Measure F 21.6%; 13.7% is the grants' share"),
    F("$11.6 million", S, note="release: state and federal grants"),
    F("$2.8 million", U, note="no source gives the station's cost"),
    F("2027", S, note="release: the station will open in early 2027"),
    F("2016", U, note="no source says when Ibáñez became chief"),
]

# --- H3: TV news script, plain text, spoken-style numbers -----------------------
H3 = """TOLLIVER TONIGHT
Evening newscast, May 19, 2026
Story: fire budget (anchor intro, package, live tag)

ANCHOR (DELIA FONTAINE): Good evening. Tolliver County wants to spend nearly eighty-five million dollars on fire protection next year. That's about ten million more than this year, and it's the first budget paid for in part by the new sales tax. Marcus Obi has the story.

REPORTER (MARCUS OBI), PACKAGE: More than sixty percent of the money goes to people. Forty-six new firefighters would take the county's career force to three hundred and thirty-eight. Fuel reduction nearly triples, to fifteen thousand acres, and the county would lease a third helicopter. About a fifth of the budget comes from Measure F, the half-cent sales tax voters passed in November, which should raise about twenty-eight million dollars a year.

Anaïs Whitfield knows why. The thirty-five-year-old nurse lost her house in Pinyon Gap to the Granite Ridge Fire and spent forty-one nights in a motel with her three kids. The district says about four hundred homes there are still empty.

SOUND (ANAÏS WHITFIELD): “I don’t blame the crews. There just weren’t enough of them.”

REPORTER: The Granite Ridge Fire alone burned more than thirty-eight thousand acres, nearly half of everything that burned last year, and took more than three weeks to contain. A new station at Pinyon Gap is supposed to cut response times there from nineteen minutes to about six, less than half.

SOUND (CHIEF JOAQUÍN IBÁÑEZ): “Half a cent is not a luxury.”

REPORTER: Last season was the worst on record: seventy-one fires, more than eighty thousand acres, three and a half times the year before. Nearly three hundred structures were lost, and about eighteen thousand people, nearly one in eight of the county's hundred and fifty thousand residents, were told to leave, more than twice as many from Granite Ridge as from Sable Canyon. Fighting it all cost about sixty-four million dollars. State and federal money should cover about two thirds, leaving the county around nineteen million.

Gordon Pell, who's sixty-six and led the campaign against the tax, says it hits low-income families hardest. His side was outspent roughly ten to one. He says he'll try to repeal it by 2028.

LIVE TAG (MARCUS OBI): Delia, supervisors hold a public hearing June ninth and vote June twenty-sixth, and the new budget year starts July first. The chief also told me he wants a second air tanker within two years, and the average firefighter here earns about seventy-eight thousand dollars. Back to you.

ANCHOR: Thanks, Marcus. Insurers, meanwhile, have dropped about twenty-three hundred homeowner policies in the county since August, and the state says about one in four homes in the eastern hills is now uninsured.
"""

H3_FIGS = [
    F("19", S, note="release dated May 19, 2026"),
    F("2026", S, note="release"),
    F("eighty-five million", S, note="release: $84.6 million ('nearly')"),
    F("ten million", S, derived=True, note="release: 84.6 - 75.0 = $9.6 million ('about ten million')"),
    F("first", S, note="release: the first budget to draw on Measure F"),
    F("sixty percent", S, derived=True, note="release: personnel 52.3 / 84.6 = 61.8% ('more than sixty percent')"),
    F("Forty-six", S, note="release: adds 46 career firefighters"),
    F("three hundred and thirty-eight", S, note="release: to 338"),
    F("fifteen thousand", C, "twelve thousand", note="release: to treat 12,000 acres"),
    F("third", S, note="release: three helicopters, up from two"),
    F("a fifth", S, note="release: Measure F 21.6% ('about a fifth')"),
    F("half", S, note="release / article: half-cent sales tax"),
    F("twenty-eight million", C, "eighteen million", note="release / article: $18.3 million a year"),
    F("thirty-five", C, "thirty-three", note="article: Anaïs Whitfield, 33"),
    F("forty-one", S, note="article: 41 nights in a motel"),
    F("three", C, "two", note="article: she and her two children"),
    F("four hundred", U, note="no source gives the number of empty homes"),
    F("thirty-eight thousand", S, note="report table: Granite Ridge 38,420 acres ('more than')"),
    F("half", S, note="report: nearly half of the acreage burned"),
    F("three", S, note="report table: Granite Ridge 23 days ('more than three weeks')"),
    F("nineteen", S, note="release: from 19 minutes"),
    F("six", C, "eight", note="release: to about 8"),
    F("half", S, derived=True, note="release: 8 / 19 = 42% ('less than half'; right for the sources' eight minutes)"),
    F("Half", S, note="article: Ibáñez: 'Half a cent is not a luxury'"),
    F("seventy-one", C, "sixty-one", note="report: 61 wildland fires"),
    F("eighty thousand", S, note="report: 80,300 acres ('more than')"),
    F("three and a half times", S, note="report: about 3.5 times the 22,900 acres burned in 2024"),
    F("three hundred", S, note="report: 287 structures ('nearly three hundred')"),
    F("eighteen thousand", S, note="report: about 18,050 residents"),
    F("one in eight", U, note="no source gives the county's population"),
    F("hundred and fifty thousand", U, note="no source gives the county's population"),
    F("twice", S, derived=True, note="report table: 9,800 / 4,300 = 2.28 ('more than twice')"),
    F("sixty-four million", C, "forty-six million", note="report: $46.2 million (transposed digits)"),
    F("two thirds", C, "59.5%", note="report: reimbursements cover $27.5 million, or 59.5%"),
    F("nineteen million", S, note="report: a county share of $18.7 million ('around')"),
    F("sixty-six", C, "sixty-eight", note="article: Gordon Pell, 68"),
    F("ten to one", S, derived=True, note="article: $412,000 / $38,000 = 10.8"),
    F("2028", U, note="no source mentions a repeal effort"),
    F("ninth", S, note="release: public hearing on June 9"),
    F("twenty-sixth", C, "twenty-third", note="release: vote on June 23"),
    F("first", S, note="release: the fiscal year begins July 1"),
    F("second", U, note="no source mentions an air tanker"),
    F("two", U, note="no source mentions an air tanker"),
    F("seventy-eight thousand", U, note="no source gives firefighter pay"),
    F("twenty-three hundred", S, note="article: about 2,300 homeowner policies"),
    F("one in four", U, note="no source gives an uninsured share"),
]

# --- H4: LLM-style summary, hard-wrapped near 80 columns ---------------------
H4 = """## Summary: Tolliver County's 2025 wildfire season and 2026–27 fire budget

Tolliver County's 2025 season burned 80,300 acres in 61 fires, about 3.5 times
the 22,900 acres of 2024 and 48,700 acres above the 10-year average, the worst
since records began in 1952; it destroyed 287 structures, 212 of them homes,
and 18,500 residents, roughly 12% of the county, were evacuated at least once.
The Granite Ridge Fire, started by lightning on June 28, burned 38,420 acres
and the Sable Canyon Fire 21,760, together 75% of the total, and the former
destroyed 212 structures against the latter's 47; it took 23 days to contain,
nine more than Sable Canyon, and drew 2,640 firefighters from 31 agencies.

Miller Flat burned 5,210 acres and Hatchet Creek 3,640, and the latter
destroyed 6 structures and forced out 2,200 residents, nearly twice the
former's 1,150. Sable Canyon burned 9,400 acres in its first 12 hours, and one
resident died in it, the county's first wildfire death since 2008.

Suppression cost $46.2 million, including $9.4 million in overtime, or about
$575 an acre, and reimbursements of $27.5 million leave a county share of
$18.3 million, about 9% of its general fund; the district had 292 career
firefighters, 120 volunteers, 31 engines and three helicopters, and its
eastern-hills response time of 19 minutes was 8 minutes slower than the
countywide 11.

Voters passed Measure F on November 4 with 41,250 votes, or 68.4%, to 19,060, a
margin of 21,190, clearing the two-thirds bar by 1.7 points on a 61.9% turnout;
three years after Measure K failed at 62.1%, the half-cent tax lifts the rate
to 7.75% from 7.25% for 15 years and should yield $18.3 million a year, about
$124 per resident. The Yes side raised $412,000, more than ten times the No
campaign's $38,000, and won 88 of 94 precincts.

The proposed $84.6 million budget is $9.6 million, or 12.8%, above the current
$75.0 million; personnel takes $52.3 million, up from $47.1 million, aviation
$7.4 million for three helicopters, fuel reduction $6.2 million for 12,000
acres, about $517 an acre, and dispatch $4.3 million and facilities
$4.6 million. The general fund supplies $48.9 million, or 57.8%, and Measure F
18.3%, and the budget adds 46 firefighters, lifting career ranks to 338, 6 more
than the district recommended.

A Pinyon Gap station opens in early 2027 and should cut response times there
from 19 minutes to about 8, a 58% cut; supervisors hold a hearing on June 5 and
vote on June 23. Chief Joaquín Ibáñez, 61, whose district covers 1,900 square
miles, wants a fourth helicopter by 2028, and about 2,300 homeowner policies
have been dropped since August, while premiums rose 38%.
"""

H4_FIGS = [
    F("2025", S, note="report"),
    F("2026–27", S, note="release: fiscal year 2026–27"),
    F("2025", S, note="report"),
    F("80,300", S, note="report"),
    F("61", S, note="report"),
    F("3.5 times", S, note="report: about 3.5 times the 22,900 acres burned in 2024"),
    F("22,900", S, note="report"),
    F("2024", S, note="report"),
    F("48,700", S, derived=True, note="report: 80,300 - 31,600 = 48,700"),
    F("10", S, note="report: the 10-year average"),
    F("1952", U, note="no source says when records began"),
    F("287", S, note="report"),
    F("212", C, "198", note="report: 198 of them homes; 212 is Granite Ridge's structures"),
    F("18,500", C, "18,050", note="report: about 18,050 residents"),
    F("12%", U, note="no source gives the county's population"),
    F("28", C, "14", note="report table: Granite Ridge started July 14; June 28 is Miller Flat's start"),
    F("38,420", S, note="report table"),
    F("21,760", S, note="report table: Sable Canyon"),
    F("75%", S, derived=True, note="report table: (38,420 + 21,760) / 80,300 = 74.9%"),
    F("212", S, note="report table: Granite Ridge ('the former')"),
    F("47", S, note="report table: Sable Canyon ('the latter')"),
    F("23", S, note="report table: Granite Ridge 23 days ('it')"),
    F("nine", C, "seven", derived=True, note="report table: 23 - 16 = 7 days"),
    F("2,640", S, note="report"),
    F("31", C, "38", note="report: from 38 agencies (31 is the number of engines)"),
    F("5,210", C, "8,930", note="report table: Miller Flat 8,930 acres; 5,210 is Coyote Wash's"),
    F("3,640", S, note="report table: Hatchet Creek"),
    F("6", C, "19", note="report table: Hatchet Creek ('the latter') destroyed 19 structures; 6 is Miller Flat's"),
    F("2,200", S, note="report table: Hatchet Creek 2,200 evacuated"),
    F("twice", S, derived=True, note="report table: 2,200 / 1,150 = 1.91 ('nearly twice')"),
    F("1,150", S, note="report table: Miller Flat ('the former') 1,150"),
    F("9,400", S, note="report: 9,400 acres"),
    F("first", S, note="report: in its first 24 hours"),
    F("12", C, "24", note="report: in its first 24 hours"),
    F("one", S, note="report: one resident died in that fire"),
    F("first", U, note="no source compares with earlier wildfire deaths"),
    F("2008", U, note="no source compares with earlier wildfire deaths"),
    F("$46.2 million", S, note="report"),
    F("$9.4 million", S, note="report: overtime"),
    F("$575", S, derived=True, note="report: 46,200,000 / 80,300 = $575"),
    F("$27.5 million", S, note="report"),
    F("$18.3 million", C, "$18.7 million", note="report: a county share of $18.7 million ($18.3 million is Measure F's yearly revenue)"),
    F("9%", U, note="no source gives the size of the county's general fund (the fire budget's general-fund share is $48.9 million)"),
    F("292", S, note="report"),
    F("120", S, note="report: 120 volunteers"),
    F("31", S, note="report: 31 engines"),
    F("three", C, "two", note="report: two contract helicopters last season (three is the 2026–27 budget's)"),
    F("19", S, note="report: 19 minutes in the eastern hills"),
    F("8", S, derived=True, note="report: 19 - 11 = 8 minutes"),
    F("11", S, note="report: 11 minutes countywide"),
    F("4", U, note="no source gives the election date (the article, dated November 6, says results were released Wednesday)"),
    F("41,250", S, note="article"),
    F("68.4%", S, note="article"),
    F("19,060", S, note="article"),
    F("21,190", C, "22,190", derived=True, note="article: 41,250 - 19,060 = 22,190"),
    F("two-thirds", S, note="article"),
    F("1.7", S, derived=True, note="article: 68.4 - 66.7 = 1.7 points"),
    F("61.9%", S, note="article"),
    F("three", S, note="article: three years ago ... Measure K"),
    F("62.1%", C, "61.2%", note="article: Measure K won 61.2% (transposed digits)"),
    F("half", S, note="article: a half-cent sales tax"),
    F("7.75%", S, note="article"),
    F("7.25%", S, note="article"),
    F("15", C, "10", note="article: for 10 years"),
    F("$18.3 million", S, note="article / release"),
    F("$124", U, note="no source gives the county's population"),
    F("$412,000", S, note="article"),
    F("ten times", S, note="article: more than ten times the $38,000"),
    F("$38,000", S, note="article"),
    F("88", U, note="no source gives precinct results"),
    F("94", U, note="no source gives precinct results"),
    F("$84.6 million", S, note="release"),
    F("$9.6 million", S, derived=True, note="release: 84.6 - 75.0 = 9.6"),
    F("12.8%", S, note="release"),
    F("$75.0 million", S, note="release"),
    F("$52.3 million", S, note="release"),
    F("$47.1 million", S, note="release"),
    F("$7.4 million", S, note="release"),
    F("three", S, note="release: three helicopters"),
    F("$6.2 million", S, note="release"),
    F("12,000", S, note="release"),
    F("$517", S, derived=True, note="release: 6,200,000 / 12,000 = $517 an acre"),
    F("$4.3 million", C, "$4.6 million", note="release: dispatch $4.6 million; swapped pair"),
    F("$4.6 million", C, "$4.3 million", note="release: facilities $4.3 million; swapped pair"),
    F("$48.9 million", S, note="release"),
    F("57.8%", S, note="release"),
    F("18.3%", C, "21.6%", note="release: Measure F 21.6% ($18.3 million is its amount)"),
    F("46", S, note="release"),
    F("338", S, note="release"),
    F("6", S, derived=True, note="report / release: 292 + 40 recommended = 332; 338 - 332 = 6"),
    F("2027", S, note="release"),
    F("19", S, note="release"),
    F("8", S, note="release"),
    F("58%", S, derived=True, note="release: (19 - 8) / 19 = 57.9%"),
    F("5", C, "9", note="release: public hearing on June 9 (June 5 is the deadline for written comments)"),
    F("23", S, note="release: vote on June 23"),
    F("61", C, "52", note="article: Joaquín Ibáñez, 52 (61 is Lévesque's age)"),
    F("1,900", S, note="article"),
    F("fourth", U, note="no source mentions a fourth helicopter"),
    F("2028", U, note="no source mentions a fourth helicopter"),
    F("2,300", S, note="article"),
    F("38%", U, note="no source gives insurance premiums"),
]

CASES = [
    ("fresh4-blind", "fresh-h", H_SOURCES, [
        ("wire.md", H1, H1_FIGS, "wire story"),
        ("by-the-numbers.md", H2, H2_FIGS, "by-the-numbers fact sheet: bold lead-ins, bullets, a short Markdown table"),
        ("tv-script.txt", H3, H3_FIGS, "TV news script, plain text: spoken-style numbers and number words, sound bites"),
        ("summary.md", H4, H4_FIGS, "LLM-style summary: dense figures, compound sentences, pronouns, derived figures, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
