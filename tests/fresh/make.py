#!/usr/bin/env python3
"""Generate tests/fresh/fresh-dev.jsonl and tests/fresh/fresh-blind.jsonl.

Two fictional topics, labelled by hand (blind: before figcheck was run on them):
  A (fresh-dev):   a regional water utility in a drought
  B (fresh-blind): a city transit agency's ridership and budget

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def F(text, label, sv=None, note=None, derived=False):
    d = {"text": text, "label": label}
    if sv is not None:
        d["source_value"] = sv
    if note:
        d["note"] = note
    if derived:
        d["derived"] = True
    return d


S, C, U = "supported", "contradicted", "unsupported"

# ---------------------------------------------------------------------------
# Topic A: Cascade Valley Water Authority (fictional)
# ---------------------------------------------------------------------------

A_REPORT = """Cascade Valley Water Authority
Annual Report, Fiscal Year 2024 (excerpt)

Letter from the General Manager

Fiscal year 2024, which ended June 30, 2024, was the second consecutive year of drought in the Cascade Valley. Rainfall at the Lake Harlan gauge totaled 11.2 inches in the 2024 water year, just 38% of the 29.5-inch long-term normal, making it the third-driest year since records began in 1912.

The Authority delivers wholesale and retail water to about 1.4 million residents in 23 cities and towns across Alder, Brook and Coyle counties, through 412,000 service connections. By population served, it is the fourth-largest water utility in the state.

Reservoir storage

The Authority's three reservoirs ended the water year on September 30, 2024, well below last year's levels. Combined storage fell to 33.6 billion gallons, or 46.7% of total capacity, down from 59.0% a year earlier.

Table 1. Reservoir storage, September 30, 2024

| Reservoir | Capacity (billion gallons) | Storage (billion gallons) | Percent full (%) | Change from 2023 (percentage points) |
|---|---|---|---|---|
| Lake Harlan | 48.0 | 21.6 | 45 | -13 |
| Pine Fork Reservoir | 16.0 | 9.6 | 60 | -7 |
| Ridgeback Reservoir | 8.0 | 2.4 | 30 | -19 |
| Total | 72.0 | 33.6 | 46.7 | -12.3 |

Lake Harlan, built in 1958, supplies roughly two thirds of the Authority's raw water. Ridgeback Reservoir, the smallest and oldest of the three (completed in 1931), fell the furthest; at current withdrawal rates it would reach its minimum operating pool of 12% of capacity by August 2025 without significant winter rain.

Demand and conservation

Average daily deliveries fell to 162 million gallons per day in fiscal 2024, down 8.5% from 177 million gallons per day in fiscal 2023. Residential use averaged 84 gallons per person per day, compared with 91 gallons a year earlier. Customers have cut total use by 14% compared with the 2020 baseline, short of the state's 20% target for urban suppliers.

Non-revenue water, the water lost to leaks, main breaks and metering errors, was 9.8% of production, down from 11.3% in fiscal 2023. Crews replaced 41 miles of aging main during the year and repaired more than 2,300 leaks.

Finances

Operating revenue rose 4.1% to $412.6 million, while operating expenses were $371.9 million, leaving an operating margin of $40.7 million. Water sales accounted for $388.2 million of revenue. The Authority's bonds are rated AA by two rating agencies.

The typical single-family customer paid $68.40 a month in fiscal 2024.

Capital program

The Board adopted a five-year, $1.85 billion capital improvement plan covering fiscal 2025 through 2029. Its largest projects are the replacement of the Lake Harlan intake tower, budgeted at $640 million, and the Coyle Creek Purification Center, a $310 million recycled-water plant designed to produce 25 million gallons per day when it opens in 2028.

The Authority employed 1,126 people at year-end.
"""

A_RELEASE = """FOR IMMEDIATE RELEASE
Department of Water Resources
October 8, 2024

Governor Marsh declares drought emergency in 14 counties, announces $275 million in relief

Governor Elena Marsh today declared a drought emergency in 14 counties, including Alder, Brook and Coyle counties in the Cascade Valley, and announced $275 million in state drought relief grants for water suppliers, farms and rural communities.

The declaration follows the second consecutive dry year across most of the state. Statewide precipitation for the water year that ended September 30 was 61% of average. The state's 41 major reservoirs held 52% of their combined capacity on October 1, which is 71% of the historical average for the date.

"We are asking every community to treat every gallon as precious," Governor Marsh said. "This is not a drill, and it is not a problem we can wait out."

Mandatory conservation

Under the emergency order, urban water suppliers serving more than 10,000 connections must reduce total water use by 20% compared with 2020 levels by June 30, 2025. Suppliers that miss the target face state fines of up to $10,000 per day.

Relief grants

The largest grants announced today:

- Cascade Valley Water Authority: $48.5 million, the largest single award, including $30 million for the Coyle Creek Purification Center and $18.5 million for leak detection and main replacement.
- Northshore Municipal Water District: $36 million for groundwater recharge and a new interconnection with a neighboring district.
- Tamsen Irrigation District: $22 million for canal lining.
- Rural well assistance program: $40 million for emergency water deliveries and new wells for households.

The remaining $128.5 million will be distributed through a competitive program in early 2025.

Groundwater and agriculture

More than 1,240 household wells have been reported dry since January 1, 2024, about four times the 310 reported during all of 2023. Growers have left about 180,000 acres unplanted this season, the most since 2015.

Lake Harlan in the Cascade Valley, the state's fifth-largest reservoir, was 45% full on September 30, compared with a historical average of 68% for the date.

"Every region is feeling this, but some are closer to the edge than others," said Department of Water Resources Director Samuel Ortiz. "We will be watching the smaller reservoirs very closely this winter."

The order also suspends, for 180 days, the state's review period for emergency water transfers between neighboring districts, and directs state agencies to cut their own outdoor irrigation by half.

The Department will publish updated reservoir conditions every two weeks until the emergency is lifted.
"""

A_ARTICLE = """Water board approves 9.5% rate increase as reservoirs slide

By Priya Nandakumar, The Valley Ledger
November 15, 2024

The Cascade Valley Water Authority's board voted 7-2 on Thursday to raise water rates 9.5% starting January 1, 2025, the Authority's response to falling sales and a costly construction program during the valley's second straight year of drought.

The increase, smaller than the 12% that staff originally proposed, will lift the typical single-family bill from $68.40 to $74.90 a month, or about $78 more a year.

The board also approved a 15% drought surcharge on household use above 12 units a month (a unit is 748 gallons), which the Authority expects to raise about $22 million a year.

General manager Dana Okafor said the increase is needed to pay for the $1.85 billion capital plan and to make up for lower sales. Water sales revenue came in $19 million below budget in fiscal 2024. "When people conserve, which we have asked them to do, our revenue falls but our costs don't," she said.

More than 300 residents attended the hearing, many of them objecting to the surcharge. Directors Luis Ferrante and Amy Cho voted no, arguing that the Authority should delay the increase until the state relief money arrives and its effect on the budget is known. Ferrante said households had already cut their use 14% and were "being punished for doing what we asked."

To soften the blow, the board raised the discount for low-income customers from 15% to 35% of the bill. About 38,000 households are enrolled in the program, and the larger discount will cost the Authority about $9.6 million a year.

Even after the increase, the Authority's typical bill will stay below the regional median of $81.20, according to a survey by the Regional Utilities Council, which ranked the Authority 6th-lowest of the 14 largest utilities in the region.

The hearing ran for nearly five hours. Several speakers from Coyle County said their lawns and gardens were already lost, and a group of restaurant owners asked for a delay until summer. Okafor said conservation rebates, which pay customers to replace lawns with drought-tolerant plants, have paid out $4.1 million since 2022.

Okafor warned that Ridgeback Reservoir, at 30% of capacity, could reach its minimum pool by next August if the winter is dry. The Authority has begun drawing more water from Pine Fork, the second-largest of its three reservoirs, which was 60% full at the end of September.
"""

A_SOURCES = [
    {"name": "cvwa-annual-report-2024.txt", "text": A_REPORT},
    {"name": "dwr-press-release.txt", "text": A_RELEASE},
    {"name": "valley-ledger-article.txt", "text": A_ARTICLE},
]

# --- A1: wire story --------------------------------------------------------
A1 = """Cascade Valley water rates to rise 9.5% as drought deepens

The Cascade Valley Water Authority will raise rates 9.5% on January 1, 2025, after its board approved the increase on a 7-2 vote, as the utility's reservoirs fell to their lowest levels since 2015.

The increase lifts the typical single-family bill from $68.40 to $74.90 a month. The board also approved a 20% drought surcharge on heavy household use, which the agency expects to raise about $22 million a year. The last rate increase, in 2022, was 6%.

The Authority's three reservoirs held 33.6 billion gallons on September 30, or 46.7% of capacity, down from 62% a year earlier. Ridgeback Reservoir, the smallest, was 24% full.

Governor Elena Marsh declared a drought emergency in 14 counties in October and awarded the Authority $36 million in state relief. The Authority has fined about 3,000 customers for overwatering since May.

The utility serves about 1.2 million residents in 23 cities and towns. It is the third-largest water utility in the state by population served.

Rainfall at Lake Harlan totaled 11.2 inches in the 2024 water year, the driest since 1977.
"""

A1_FIGS = [
    F("9.5%", S, note="headline; article: rates rise 9.5%"),
    F("9.5%", S, note="article: rates rise 9.5%"),
    F("1", S, note="article: starting January 1, 2025"),
    F("2025", S, note="article: January 1, 2025"),
    F("7", S, note="article: voted 7-2"),
    F("2", S, note="article: voted 7-2"),
    F("2015", U, note="no source says the reservoirs are at their lowest since 2015; 2015 is the release's year for unplanted acres"),
    F("$68.40", S, note="article"),
    F("$74.90", S, note="article"),
    F("20%", C, "15%", note="article: 15% drought surcharge; 20% is the state conservation target"),
    F("$22 million", S, note="article: surcharge raises about $22 million a year"),
    F("2022", U, note="no source mentions a previous rate increase"),
    F("6%", U, note="no source mentions a previous rate increase"),
    F("three", S, note="report: three reservoirs"),
    F("33.6 billion", S, note="report: combined storage 33.6 billion gallons"),
    F("30", S, note="report: September 30, 2024"),
    F("46.7%", S, note="report"),
    F("62%", C, "59.0%", note="report: down from 59.0% a year earlier"),
    F("24%", C, "30%", note="report table / article: Ridgeback 30% full"),
    F("14", S, note="release: 14 counties"),
    F("$36 million", C, "$48.5 million", note="release: the Authority got $48.5 million; $36 million went to Northshore"),
    F("3,000", U, note="no source mentions fines on customers"),
    F("1.2 million", C, "1.4 million", note="report: about 1.4 million residents"),
    F("23", S, note="report: 23 cities and towns"),
    F("third-largest", C, "fourth-largest", note="report: fourth-largest water utility in the state"),
    F("11.2", S, note="report: 11.2 inches"),
    F("2024", S, note="report: 2024 water year"),
    F("1977", U, note="report says third-driest since records began in 1912; nothing about 1977"),
]

# --- A2: opinion column ----------------------------------------------------
A2 = """Opinion: The Cascade Valley can't conserve its way out of this drought

Look at the numbers and the conclusion is hard to avoid. Lake Harlan, which supplies about two thirds of the valley's raw water, ended September just 45% full. Ridgeback Reservoir, at 30%, is worse: it dropped 19 points in a single year, nearly three times the 7-point slide at Pine Fork.

Residents have done their part. Household use fell from 94 gallons per person per day to 84, a drop of 10 gallons. Against the 2020 baseline, customers have cut use by 14%, which leaves the valley 6 points short of the state's 20% target.

Yet the Authority's answer is a $1.85 billion capital plan, and more than a third of it is going to a single intake tower. The recycled-water plant at Coyle Creek, which would produce 25 million gallons a day, costs $340 million and will not open until 2029. Meanwhile the state is handing the Authority $48.5 million, more than a quarter of its $275 million relief package.

Rates are going up 9.5%, roughly $6.50 a month for a typical household and more than $100 a year. After the increase, the typical bill will still sit about $6 below the regional median, so the board will say it is a bargain. Since 2021, rates have climbed by nearly 30%.

The valley has added some 90,000 residents since 2010, and nobody at the Authority wants to talk about growth. And it still loses 9.8% of what it produces to leaks and metering errors, down from 11.3%: an improvement of 1.5 points, but not enough.

Northshore got $22 million for groundwater recharge. The Authority should be pushing just as hard, and it could start at home: its own headquarters used 4.2 million gallons last year.
"""

A2_FIGS = [
    F("two thirds", S, note="report: roughly two thirds of raw water"),
    F("45%", S, note="report table / release: Lake Harlan 45% full"),
    F("30%", S, note="report table: Ridgeback 30"),
    F("19", S, note="report table: Ridgeback -19 points"),
    F("three times", S, derived=True, note="19 / 7 = 2.7, 'nearly three times' (Ridgeback vs Pine Fork drop)"),
    F("7", S, note="report table: Pine Fork -7 points"),
    F("94", C, "91", note="report: 91 gallons a year earlier"),
    F("84", S, note="report: 84 gallons per person per day"),
    F("10", C, "7", derived=True, note="source drop is 91 - 84 = 7 gallons"),
    F("2020", S, note="report: 2020 baseline"),
    F("14%", S, note="report: cut total use by 14%"),
    F("6", S, derived=True, note="20 - 14 = 6 points short of target"),
    F("20%", S, note="report / release: 20% target"),
    F("$1.85 billion", S, note="report: $1.85 billion capital plan"),
    F("a third", S, derived=True, note="intake tower $640 million / $1.85 billion = 34.6%, 'more than a third'"),
    F("25 million", S, note="report: 25 million gallons per day"),
    F("$340 million", C, "$310 million", note="report: $310 million recycled-water plant"),
    F("2029", C, "2028", note="report: opens in 2028 (2029 is the end of the capital plan)"),
    F("$48.5 million", S, note="release"),
    F("a quarter", C, "17.6%", derived=True, note="48.5 / 275 = 17.6%, less than a quarter (about a sixth)"),
    F("$275 million", S, note="release"),
    F("9.5%", S, note="article"),
    F("$6.50", S, derived=True, note="74.90 - 68.40 = 6.50 a month"),
    F("$100", C, "$78", derived=True, note="article: about $78 more a year (6.50 x 12 = 78), not more than $100"),
    F("$6", S, derived=True, note="median 81.20 - new bill 74.90 = 6.30, 'about $6'"),
    F("2021", U, note="no source gives rate history since 2021"),
    F("30%", U, note="no source gives cumulative rate growth; 30% is Ridgeback's level"),
    F("90,000", U, note="no source gives population growth"),
    F("2010", U, note="no source gives population growth since 2010"),
    F("9.8%", S, note="report: non-revenue water 9.8%"),
    F("11.3%", S, note="report: down from 11.3%"),
    F("1.5", S, derived=True, note="11.3 - 9.8 = 1.5 points"),
    F("$22 million", C, "$36 million", note="release: Northshore got $36 million; $22 million went to Tamsen Irrigation District"),
    F("4.2 million", U, note="no source gives the headquarters' water use"),
]

# --- A3: explainer with a table --------------------------------------------
A3 = """# Explainer: How low are the Cascade Valley's reservoirs?

The Cascade Valley Water Authority stores its water in three reservoirs. This is where they stood on September 30, at the end of the 2024 water year.

| Reservoir | Percent full | Change in a year (points) |
|---|---|---|
| Lake Harlan | 45% | -12 |
| Pine Fork | 67% | -7 |
| Ridgeback | 30% | -19 |

On September 30 the reservoirs held 33.6 billion gallons between them, and Lake Harlan alone held 21.6 billion of that, nine times as much as Ridgeback. Pine Fork, filled in 1966, is the newest.

**Why does Lake Harlan matter most?** Built in 1958, it is the state's fourth-largest reservoir and supplies about half of the Authority's raw water. At 45% full, it sits well below its historical average of 68% for the date, and lower than at any time since 1991. Its dam is 212 feet high.

**Why is Ridgeback in trouble?** The smallest of the three, completed in 1913, it could fall to its minimum operating pool of 12% of capacity by August 2025 without heavy winter rain. It serves about 210,000 residents in Brook County.

**Is the whole state this dry?** Mostly: statewide precipitation was 38% of average.

**What is the state paying for?** Of the $275 million relief package, the Authority received $48.5 million, most of it for the Coyle Creek Purification Center.

**What comes next?** The Coyle Creek plant, due in 2027, would produce 25 million gallons per day, about 15% of what the Authority now delivers. It will add about $14 a year to the typical bill.
"""

A3_FIGS = [
    F("three", S, note="report: three reservoirs"),
    F("30", S, note="report: September 30"),
    F("2024", S, note="report: 2024 water year"),
    F("45%", S, note="report table: Lake Harlan 45"),
    F("12", C, "13", note="report table: Lake Harlan -13; -12.3 is the total's change"),
    F("67%", C, "60%", note="report table: Pine Fork 60 (67 was its 2023 level: 60 + 7)"),
    F("7", S, note="report table: Pine Fork -7"),
    F("30%", S, note="report table: Ridgeback 30"),
    F("19", S, note="report table: Ridgeback -19"),
    F("30", S, note="report: September 30"),
    F("33.6 billion", S, note="report: combined storage"),
    F("21.6 billion", S, note="report table: Lake Harlan storage"),
    F("nine times", S, derived=True, note="21.6 / 2.4 = 9.0"),
    F("1966", U, note="no source gives Pine Fork's date"),
    F("1958", S, note="report: built in 1958"),
    F("fourth-largest", C, "fifth-largest", note="release: state's fifth-largest reservoir; fourth-largest is the Authority's utility rank"),
    F("half", C, "two thirds", note="report: roughly two thirds of raw water"),
    F("45%", S, note="release: 45% full"),
    F("68%", S, note="release: historical average of 68%"),
    F("1991", U, note="no source compares the level with 1991"),
    F("212", U, note="no source gives the dam's height"),
    F("three", S, note="report: smallest of the three"),
    F("1913", C, "1931", note="report: Ridgeback completed in 1931"),
    F("12%", S, note="report: minimum operating pool of 12% of capacity"),
    F("2025", S, note="report: by August 2025"),
    F("210,000", U, note="no source gives Ridgeback's population served"),
    F("38%", C, "61%", note="release: statewide precipitation 61% of average; 38% is the Lake Harlan gauge"),
    F("$275 million", S, note="release"),
    F("$48.5 million", S, note="release"),
    F("2027", C, "2028", note="report: opens in 2028"),
    F("25 million", S, note="report: 25 million gallons per day"),
    F("15%", S, derived=True, note="25 / 162 = 15.4%"),
    F("$14", U, note="no source gives the plant's cost per bill"),
]

# --- A4: newsletter ---------------------------------------------------------
A4 = """## Water Watch: the Cascade Valley drought, week by week

**Reservoirs keep falling.** The Cascade Valley Water Authority's three
reservoirs ended September at 46.7% of capacity. Lake Harlan fell 13 points to
45%, and Ridgeback fell 7 points to 30%.

**Rates are going up.** The board approved a 9.5% increase on a 6-3 vote. Staff
had originally proposed 15%. But the typical bill will still rank 6th-lowest
among the 14 largest utilities in the region, the Authority says.

**The state stepped in.** Governor Elena Marsh declared an emergency in 14
counties and announced $275 million in relief. The Authority got the largest
award, $48.5 million. Yet the rural well program got only $40 million, even as
more than 1,240 household wells went dry, three times the 2023 count.

**Money matters.**

- Operating revenue rose 4.1% to $412.6 million, and expenses came to
  $317.9 million.
- Water sales came in $19 million below budget in fiscal 2024.
- The low-income discount rises from 15% to 25% for about 38,000
  households. It will cost about $6.9 million a year.
- The Authority has 1,126 employees. It plans to hire 85 more workers in
  2025 and to install 50,000 smart meters.

**Numbers to watch.** Growers left about 180,000 acres unplanted, the most
since 2015, and statewide precipitation was 61% of average. Customers in
Coyle County cut their use the most, by 19%. Non-revenue water at the
Authority is 9.8% of production, against a statewide average of 14%.
"""

A4_FIGS = [
    F("three", S, note="report"),
    F("46.7%", S, note="report"),
    F("13", S, note="report table: Lake Harlan -13"),
    F("45%", S, note="report table"),
    F("7", C, "19", note="report table: Ridgeback fell 19 points; 7 is Pine Fork's drop"),
    F("30%", S, note="report table: Ridgeback 30"),
    F("9.5%", S, note="article"),
    F("6", C, "7", note="article: voted 7-2"),
    F("3", C, "2", note="article: voted 7-2"),
    F("15%", C, "12%", note="article: staff originally proposed 12%; 15% is the surcharge"),
    F("6th-lowest", S, note="article: ranked 6th-lowest"),
    F("14", S, note="article: 14 largest utilities"),
    F("14", S, note="release: 14 counties"),
    F("$275 million", S, note="release"),
    F("$48.5 million", S, note="release: the largest single award"),
    F("$40 million", S, note="release: rural well assistance program"),
    F("1,240", S, note="release: more than 1,240 household wells"),
    F("three times", C, "four times", derived=True, note="release: about four times the 310 of 2023 (1,240 / 310 = 4.0)"),
    F("2023", S, note="release"),
    F("4.1%", S, note="report"),
    F("$412.6 million", S, note="report"),
    F("$317.9 million", C, "$371.9 million", note="report: operating expenses $371.9 million"),
    F("$19 million", S, note="article"),
    F("2024", S, note="article: fiscal 2024"),
    F("15%", S, note="article: discount from 15%"),
    F("25%", C, "35%", note="article: to 35%"),
    F("38,000", S, note="article: about 38,000 households"),
    F("$6.9 million", C, "$9.6 million", note="article: about $9.6 million a year"),
    F("1,126", S, note="report: employed 1,126 people"),
    F("85", U, note="no source mentions hiring plans"),
    F("2025", U, note="no source mentions hiring plans"),
    F("50,000", U, note="no source mentions smart meters"),
    F("180,000", S, note="release"),
    F("2015", S, note="release: the most since 2015"),
    F("61%", S, note="release"),
    F("19%", U, note="no source gives a per-county cut; 19 is Ridgeback's drop in points"),
    F("9.8%", S, note="report"),
    F("14%", U, note="no source gives a statewide non-revenue water average; 14% is the Authority's conservation cut"),
]

# ---------------------------------------------------------------------------
# Topic B: Metro Lakeshore Transit Authority (fictional)
# ---------------------------------------------------------------------------

B_REPORT = """Metro Lakeshore Transit Authority
Fiscal Year 2024 Ridership and Performance Report (excerpt)

Summary

Ridership on Metro Lakeshore Transit Authority (MLTA) services grew for the third straight year in fiscal 2024, which ran from July 1, 2023, to June 30, 2024. Customers took 145.5 million trips (unlinked boardings), up 8.0% from 134.7 million in fiscal 2023. Ridership has now recovered to 85% of the fiscal 2019 level of 171.2 million boardings.

Average weekday ridership was 472,000, and average Saturday ridership was 281,000. MLTA remains the ninth-largest transit system in the United States by annual ridership.

Table 2. Ridership and performance by mode, fiscal 2024

| Mode | Annual boardings (millions) | Change from FY2023 (%) | On-time performance (%) | Farebox recovery (%) |
|---|---|---|---|---|
| Bus | 96.4 | +6.2 | 81.5 | 18.7 |
| Light rail | 38.1 | +11.4 | 89.2 | 27.3 |
| Commuter rail | 9.7 | +14.8 | 92.6 | 34.1 |
| Paratransit | 1.3 | -2.1 | 87.0 | 4.2 |
| System | 145.5 | +8.0 | n/a | 21.6 |

Bus

Buses still carry about two thirds of all MLTA trips. Bus on-time performance of 81.5% remains below the agency's 85% target, but is up from 78.9% in fiscal 2023. MLTA added 4% more bus service hours during the year and hired 350 bus operators, cutting the operator vacancy rate from 14% to 6%.

Rail

The Blue Line remained the busiest light-rail line, averaging 61,300 weekday boardings, followed by the Green Line at 38,900. Commuter rail posted the fastest growth of any mode, 14.8%, as more downtown employers required office attendance three days a week.

Fleet

The bus fleet numbered 1,018 vehicles at year-end, of which 214 were battery-electric, up from 126 a year earlier. MLTA plans a fully zero-emission bus fleet by 2035.

Fares and revenue

Fare revenue totaled $168.3 million, up 9.6% from fiscal 2023. The base fare was $2.50 throughout the year, and the reduced fare for seniors, riders with disabilities and students was $1.00. About 41% of fares were paid with the contactless LakePass card or the mobile app, up from 29% a year earlier.

Safety

Reported assaults on operators fell to 47, from 63 in fiscal 2023. The system recorded 3.2 serious crimes per 1 million boardings, compared with 3.9 the previous year.

Customer satisfaction

In the annual survey of 6,200 riders, 74% rated MLTA service good or excellent, up from 69% in the previous survey.
"""

B_ARTICLE = """Transit board passes $1.42 billion budget, raises base fare to $2.75

By Marcus Ellery, Brannock Herald
June 21, 2024

The Metro Lakeshore Transit Authority board on Thursday approved a $1.42 billion operating budget for fiscal 2025, an increase of 5.3% over this year's $1.35 billion, and voted to raise the base fare for the first time since 2016.

The base fare will rise 25 cents, to $2.75, on January 5, 2025, a 10% increase. The reduced fare for seniors, students and riders with disabilities will stay at $1.00, and the price of a 30-day pass will go from $95 to $105. The board voted 11-2.

Chief executive Marisol Trevino said the fare increase would bring in about $14 million in the last six months of the fiscal year and roughly $29 million in a full year. "We held fares flat for eight years while our costs went up every year," she said.

The budget closes a $94 million gap with the last of the agency's federal pandemic relief money. Without new revenue, MLTA projects a deficit of $186 million in fiscal 2026, rising to $240 million by fiscal 2028.

Where the money comes from: a regional sales tax will provide 44% of operating revenue in fiscal 2025, state aid 18%, fares 12% and the federal government 9%, with the rest from advertising, parking and the remaining relief funds.

Labor accounts for about 68% of operating costs. The budget funds 9,450 positions, 310 more than this year. It adds 6% more bus service hours and restores 15-minute weekday service on 22 bus routes that were cut during the pandemic.

A separate $612 million capital budget includes $185 million for the Purple Line light-rail extension, a 7.4-mile, $2.3 billion project scheduled to open in 2029, and $96 million for 75 battery-electric buses.

Board member Owen Pratt, who voted against the budget along with board member Rita Solis, said the fare increase would hit low-income riders hardest. The Lakeshore Riders Alliance said nearly 60% of MLTA bus riders come from households earning less than $50,000 a year.

The budget also sets aside $18 million for station security, including 120 additional transit officers, after a year in which riders ranked safety as their top concern.

Even after the increase, MLTA's base fare will be below the $3.00 charged by the Riverton Transit District, the state's second-largest system, which raised its fare in 2023. The new fares still need sign-off from the city council's transportation committee, which is expected next month.
"""

B_SOURCES = [
    {"name": "mlta-ridership-report-fy2024.txt", "text": B_REPORT},
    {"name": "brannock-herald-budget.txt", "text": B_ARTICLE},
]

# --- B1: wire story ---------------------------------------------------------
B1 = """Lakeshore transit ridership up 8% as fare increase looms

Riders took 145.5 million trips on Metro Lakeshore Transit Authority buses and trains in fiscal 2024, up 8.0% from a year earlier, the agency said.

Ridership has recovered to 85% of its 2019 level of 172.1 million trips. Light rail grew 14.8% and commuter rail 11.4%, while bus ridership rose 9.6%. Ridership on the Red Line jumped 22%.

Average weekday ridership reached 472,000, and the Blue Line, the busiest light-rail line, now serves 31 stations. The agency is the nation's seventh-largest transit system by ridership, and its 1,018 buses run on 94 routes.

The board approved a $1.42 billion operating budget for fiscal 2025 in June, along with a 10% fare increase that raises the base fare to $2.75 on January 5. It is the first increase since 2012.

MLTA expects the higher fare to raise about $29 million a year; fare evasion costs it an estimated $11 million. It projects a $186 million deficit in fiscal 2027, once federal relief runs out.

Bus on-time performance was 81.5%, short of the agency's 90% target. MLTA hired 350 bus operators during the year and now has about 4,800 of them.
"""

B1_FIGS = [
    F("8%", S, note="headline; report: up 8.0%"),
    F("145.5 million", S, note="report"),
    F("2024", S, note="report: fiscal 2024"),
    F("8.0%", S, note="report"),
    F("85%", S, note="report: recovered to 85% of fiscal 2019"),
    F("2019", S, note="report: fiscal 2019"),
    F("172.1 million", C, "171.2 million", note="report: fiscal 2019 level of 171.2 million"),
    F("14.8%", C, "11.4%", note="report table: light rail +11.4 (swapped with commuter rail)"),
    F("11.4%", C, "14.8%", note="report table: commuter rail +14.8 (swapped with light rail)"),
    F("9.6%", C, "6.2%", note="report table: bus +6.2; 9.6% is fare revenue growth"),
    F("22%", U, note="no Red Line in the sources"),
    F("472,000", S, note="report"),
    F("31", U, note="no source gives the Blue Line's station count"),
    F("seventh-largest", C, "ninth-largest", note="report: ninth-largest transit system"),
    F("1,018", S, note="report: bus fleet 1,018 vehicles"),
    F("94", U, note="no source gives the number of routes (article: 22 bus routes get restored service)"),
    F("$1.42 billion", S, note="article"),
    F("2025", S, note="article: fiscal 2025"),
    F("10%", S, note="article: a 10% increase"),
    F("$2.75", S, note="article"),
    F("5", S, note="article: January 5, 2025"),
    F("first", S, note="article: first time since 2016"),
    F("2012", C, "2016", note="article: first time since 2016"),
    F("$29 million", S, note="article: roughly $29 million in a full year"),
    F("$11 million", U, note="no source estimates fare evasion"),
    F("$186 million", S, note="article"),
    F("2027", C, "2026", note="article: $186 million deficit in fiscal 2026"),
    F("81.5%", S, note="report"),
    F("90%", C, "85%", note="report: 85% target"),
    F("350", S, note="report: hired 350 bus operators"),
    F("4,800", U, note="no source gives the number of operators"),
]

# --- B2: opinion column ----------------------------------------------------
B2 = """Opinion: Lakeshore's fare increase is the wrong answer at the wrong time

MLTA is finally winning riders back. Trips rose 8% last year to roughly 145 million, and commuter rail ridership grew nearly 15%. So why raise fares now?

The base fare will climb from $2.50 to $2.75, a 25-cent increase, or 12%. The 30-day pass jumps $10, to $105. The agency says all this will raise about $29 million a year. That is barely 2% of a $1.42 billion budget, and less than a third of the $94 million hole that the last federal relief money plugs in the new budget. Next year's projected deficit, $186 million, is more than six times what the fare increase would bring in.

Fares already cover only 12% of operating revenue, against 44% from the sales tax, almost four times as much. Voters approved that tax in 2008; they could be asked to raise it.

The burden of a fare increase falls on bus riders, who make up about half of all trips and already wait an average of 14 minutes for a bus. Nearly 60% of them come from households earning under $40,000, and a daily commuter among them will pay about $130 more a year. Bus farebox recovery is just 18.7%, compared with 34.1% on commuter rail, a gap of 12.4 points.

Yes, the agency has improved. Bus on-time performance rose to 81.5% from 78.9%, up 3.6 points, and operator vacancies fell from 14% to 4%. But Riverton charges $3.25 and carries 40% fewer riders, and nobody calls that a model. Roughly 30% of our riders have no car.
"""

B2_FIGS = [
    F("8%", S, note="report: up 8.0%"),
    F("145 million", S, note="report: 145.5 million ('roughly 145 million')"),
    F("15%", S, note="report: commuter rail +14.8% ('nearly 15%')"),
    F("$2.50", S, note="report / article"),
    F("$2.75", S, note="article"),
    F("25", S, note="article: rise 25 cents"),
    F("12%", C, "10%", derived=True, note="article: a 10% increase (0.25 / 2.50 = 10%)"),
    F("30", S, note="article: 30-day pass"),
    F("$10", S, derived=True, note="105 - 95 = 10"),
    F("$105", S, note="article"),
    F("$29 million", S, note="article"),
    F("2%", S, derived=True, note="29 / 1,420 = 2.0%"),
    F("$1.42 billion", S, note="article"),
    F("a third", S, derived=True, note="29 / 94 = 30.9%, 'less than a third'"),
    F("$94 million", S, note="article"),
    F("$186 million", S, note="article: fiscal 2026 deficit"),
    F("six times", S, derived=True, note="186 / 29 = 6.4, 'more than six times'"),
    F("12%", S, note="article: fares 12% of operating revenue"),
    F("44%", S, note="article: sales tax 44%"),
    F("four times", S, derived=True, note="44 / 12 = 3.7, 'almost four times'"),
    F("2008", U, note="no source says when the sales tax was approved"),
    F("half", C, "two thirds", derived=True, note="report: buses carry about two thirds of trips (96.4 / 145.5 = 66%)"),
    F("14", U, note="no source gives bus waiting times (14% is the old vacancy rate)"),
    F("60%", S, note="article: nearly 60% of bus riders"),
    F("$40,000", C, "$50,000", note="article: households earning less than $50,000"),
    F("$130", U, note="not stated; it would need an assumed number of trips a year (0.25 x 2 x 5 x 52 = 130)"),
    F("18.7%", S, note="report table: bus farebox recovery"),
    F("34.1%", S, note="report table: commuter rail farebox recovery"),
    F("12.4", C, "15.4", derived=True, note="34.1 - 18.7 = 15.4 points"),
    F("81.5%", S, note="report"),
    F("78.9%", S, note="report"),
    F("3.6", C, "2.6", derived=True, note="81.5 - 78.9 = 2.6 points"),
    F("14%", S, note="report: vacancy rate from 14%"),
    F("4%", C, "6%", note="report: vacancy rate to 6% (4% is the added bus service hours)"),
    F("$3.25", C, "$3.00", note="article: Riverton charges $3.00"),
    F("40%", U, note="no source gives Riverton's ridership"),
    F("30%", U, note="no source gives car ownership"),
]

# --- B3: explainer with a table --------------------------------------------
B3 = """# Explainer: How Metro Lakeshore's ridership breaks down

The Metro Lakeshore Transit Authority carried 145.5 million trips in fiscal 2024. Here is how the modes compare:

| Mode | Trips (millions) | Change from 2023 | Farebox recovery (%) |
|---|---|---|---|
| Bus | 96.4 | +8.0% | 18.7 |
| Light rail | 38.1 | +11.4% | 27.3 |
| Commuter rail | 9.7 | +14.8% | 24.1 |
| Paratransit | 1.3 | +2.1% | 4.2 |

**What is farebox recovery?** The share of operating costs paid by fares. Across the whole system it was 21.6%.

**Which line is busiest?** The Blue Line, with 61,300 weekday boardings, ahead of the Green Line at 38,100. The Blue Line alone carries about 13% of weekday riders, and it opened in 1994.

**How green is the bus fleet?** 214 of the 1,018 buses are battery-electric, about 21%, up from 162 a year earlier. The agency aims for an all-zero-emission fleet by 2040.

**How safe is it?** The system recorded 3.2 serious crimes per 1 million boardings, down from 3.9.

**How do people pay?** About 41% of fares are paid with a LakePass card or the app, up from 29%. Buses on the busiest routes come every 8 minutes at rush hour.

**What is coming?** The Purple Line extension: 8.2 miles, $2.3 billion, opening in 2029. It is expected to carry 18,000 riders a day.

**What do riders think?** In a survey of 6,200 riders, 74% rated service good or excellent, with a margin of error of 2 points. Satisfaction was highest among commuter-rail riders, at 88%.
"""

B3_FIGS = [
    F("145.5 million", S, note="report"),
    F("2024", S, note="report"),
    F("2023", S, note="report table: change from FY2023"),
    F("96.4", S, note="report table"),
    F("8.0%", C, "6.2%", note="report table: bus +6.2; +8.0 is the system total"),
    F("18.7", S, note="report table"),
    F("38.1", S, note="report table"),
    F("11.4%", S, note="report table"),
    F("27.3", S, note="report table"),
    F("9.7", S, note="report table"),
    F("14.8%", S, note="report table"),
    F("24.1", C, "34.1", note="report table: commuter rail farebox recovery 34.1"),
    F("1.3", S, note="report table"),
    F("2.1%", C, "-2.1%", note="report table: paratransit -2.1 (fell, not rose)"),
    F("4.2", S, note="report table"),
    F("21.6%", S, note="report table: system farebox recovery"),
    F("61,300", S, note="report"),
    F("38,100", C, "38,900", note="report: Green Line 38,900"),
    F("13%", S, derived=True, note="61,300 / 472,000 = 13.0%"),
    F("1994", U, note="no source gives the Blue Line's opening year"),
    F("214", S, note="report"),
    F("1,018", S, note="report"),
    F("21%", S, derived=True, note="214 / 1,018 = 21.0%"),
    F("162", C, "126", note="report: up from 126 a year earlier"),
    F("2040", C, "2035", note="report: zero-emission fleet by 2035"),
    F("3.2", S, note="report; the rate's denominator '1 million' is not labelled"),
    F("3.9", S, note="report"),
    F("41%", S, note="report"),
    F("29%", S, note="report"),
    F("8", U, note="no source gives rush-hour headways (the article's 15-minute service is a different claim)"),
    F("8.2", C, "7.4", note="article: a 7.4-mile extension"),
    F("$2.3 billion", S, note="article"),
    F("2029", S, note="article"),
    F("18,000", U, note="no source gives Purple Line ridership"),
    F("6,200", S, note="report"),
    F("74%", S, note="report"),
    F("2", U, note="no source gives the survey's margin of error"),
    F("88%", U, note="no source gives satisfaction by mode"),
]

# --- B4: newsletter ---------------------------------------------------------
B4 = """## Transit Brief: what MLTA's new budget means for riders

**The big number.** The Metro Lakeshore Transit Authority board passed a
$1.42 billion operating budget for fiscal 2025 on an 11-2 vote. It is 5.3%
larger than this year's budget.

**Fares.** The base fare rises to $2.75 in January, and the 30-day pass goes
from $95 to $115. But the reduced fare stays at $1.00 for seniors, students
and riders with disabilities.

**Who pays.**

- Sales tax will cover 44% of operating revenue, and fares 12%.
- State aid will cover 9%, and federal money 18%.
- Labor takes about 68% of costs, down from 71% in 2019.

**Service.** The budget adds 6% more bus service hours, and it restores
15-minute weekday service on 32 routes. It funds 9,450 positions, 350 more
than this year.

**The gap.** The budget spends the last $94 million of federal relief. Yet the
agency still expects a $186 million deficit in fiscal 2026, growing to
$240 million by fiscal 2028.

**Capital.** The $612 million capital budget includes $186 million for the
Purple Line and $96 million for 57 battery-electric buses. It also pays for
new fare gates at 12 stations, and parking fees will bring in $7 million.
The agency will also add 40 bus shelters, and the council's transportation
committee takes up the fares on July 9.

**Ridership.** Trips rose 8.0% to 145.5 million in fiscal 2024. The Blue Line
led with 61,300 weekday boardings, up 9% from the year before. Weekday
ridership averaged 472,000, and Saturday ridership 218,000.
"""

B4_FIGS = [
    F("$1.42 billion", S, note="article"),
    F("2025", S, note="article: fiscal 2025"),
    F("11", S, note="article: voted 11-2"),
    F("2", S, note="article: voted 11-2"),
    F("5.3%", S, note="article"),
    F("$2.75", S, note="article (January 5, 2025)"),
    F("30", S, note="article: 30-day pass"),
    F("$95", S, note="article"),
    F("$115", C, "$105", note="article: 30-day pass goes to $105"),
    F("$1.00", S, note="article: reduced fare stays at $1.00"),
    F("44%", S, note="article"),
    F("12%", S, note="article"),
    F("9%", C, "18%", note="article: state aid 18%; swapped with federal 9%"),
    F("18%", C, "9%", note="article: federal 9%; swapped with state aid 18%"),
    F("68%", S, note="article: labor about 68% of operating costs"),
    F("71%", U, note="no source gives labor's earlier share"),
    F("2019", U, note="no source gives labor's share in 2019 (2019 is the report's ridership baseline)"),
    F("6%", S, note="article: 6% more bus service hours"),
    F("15", S, note="article: 15-minute weekday service"),
    F("32", C, "22", note="article: 22 bus routes"),
    F("9,450", S, note="article"),
    F("350", C, "310", note="article: 310 more positions; 350 is the number of operators hired in fiscal 2024"),
    F("$94 million", S, note="article"),
    F("$186 million", S, note="article"),
    F("2026", S, note="article"),
    F("$240 million", S, note="article"),
    F("2028", S, note="article"),
    F("$612 million", S, note="article"),
    F("$186 million", C, "$185 million", note="article: $185 million for the Purple Line ($186 million is the fiscal 2026 deficit)"),
    F("$96 million", S, note="article"),
    F("57", C, "75", note="article: 75 battery-electric buses"),
    F("12", U, note="no source mentions fare gates"),
    F("$7 million", U, note="no source gives parking revenue"),
    F("40", U, note="no source mentions bus shelters"),
    F("9", U, note="article: committee sign-off 'expected next month', no date"),
    F("8.0%", S, note="report"),
    F("145.5 million", S, note="report"),
    F("2024", S, note="report"),
    F("61,300", S, note="report"),
    F("9%", U, note="no source gives Blue Line growth; 9% is the federal share of revenue"),
    F("472,000", S, note="report"),
    F("218,000", C, "281,000", note="report: average Saturday ridership 281,000"),
]

CASES = [
    ("fresh-dev", "fresh-a", A_SOURCES, [
        ("wire.md", A1, A1_FIGS, "wire story"),
        ("opinion.md", A2, A2_FIGS, "opinion column with hedges and derived figures"),
        ("explainer.md", A3, A3_FIGS, "explainer with a Markdown table"),
        ("newsletter.md", A4, A4_FIGS, "newsletter: heading, bold lead-ins, bullets, hard-wrapped lines"),
    ]),
    ("fresh-blind", "fresh-b", B_SOURCES, [
        ("wire.md", B1, B1_FIGS, "wire story"),
        ("opinion.md", B2, B2_FIGS, "opinion column with hedges and derived figures"),
        ("explainer.md", B3, B3_FIGS, "explainer with a Markdown table"),
        ("newsletter.md", B4, B4_FIGS, "newsletter: heading, bold lead-ins, bullets, hard-wrapped lines"),
    ]),
]

# --- offset finding ---------------------------------------------------------


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if before and (before.isalnum() or before in "$€£"):
        return False
    if before in ".," and s >= 2 and text[s - 2].isdigit():
        return False
    if after and (after.isalnum() or after == "%"):
        return False
    if after in ".," and e + 1 < len(text) and text[e + 1].isdigit():
        return False
    return True


def locate(text, figs):
    pos = 0
    out = []
    for f in figs:
        t = f["text"]
        i = pos
        while True:
            i = text.find(t, i)
            if i < 0:
                sys.exit(f"figure {t!r} not found after offset {pos}")
            if boundary_ok(text, i, i + len(t)):
                break
            i += 1
        g = {"start": i, "end": i + len(t)}
        g.update(f)
        assert text[g["start"]:g["end"]] == t
        out.append(g)
        pos = i + len(t)
    return out


# Rough tokenizer for a completeness check: every candidate token in a draft
# must overlap a labelled figure unless it is listed in NOT_FIGURES.
WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
         "eighty ninety hundred thousand million billion dozen half twice first second third "
         "fourth fifth sixth seventh eighth ninth tenth quarter thirds").split()
TOKEN = re.compile(r"[$€£]?\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(WORDS) + r")\b", re.I)
# (draft-local) tokens that are deliberately not figures
NOT_FIGURES = {
    ("fresh-b-3", "per 1 million boardings"),  # a rate's denominator is not labelled
}


def check_complete(cid, text, figs, not_figures=None):
    not_figures = NOT_FIGURES if not_figures is None else not_figures
    problems = []
    for m in TOKEN.finditer(text):
        s, e = m.start(), m.end()
        if any(f["start"] < e and s < f["end"] for f in figs):
            continue
        skip = False
        for c, w in not_figures:
            if c != cid:
                continue
            for m2 in re.finditer(re.escape(w), text):
                if m2.start() <= s and e <= m2.end():
                    skip = True
        if skip:
            continue
        problems.append((m.group(0), text[max(0, s - 25):e + 25].replace("\n", " ")))
    for a, b in zip(figs, figs[1:]):
        assert a["end"] <= b["start"], (cid, a, b)
    return problems


def main(cases=None, not_figures=None):
    """Locates and checks every case's labels and writes one `<set>.jsonl` per set.
    make_c.py and make_d.py call it with their own cases."""
    totals = {}
    ok = True
    for set_name, prefix, sources, drafts in CASES if cases is None else cases:
        for src in sources:
            print(f"  source {src['name']}: {len(src['text'].split())} words")
        lines = []
        counts = {}
        for n, (dname, dtext, dfigs, style) in enumerate(drafts, 1):
            cid = f"{prefix}-{n}"
            figs = locate(dtext, dfigs)
            for tok, ctx in check_complete(cid, dtext, figs, not_figures):
                ok = False
                print(f"UNLABELLED {cid}: {tok!r} in ...{ctx}...")
            c = {}
            for f in figs:
                c[f["label"]] = c.get(f["label"], 0) + 1
                if f.get("derived"):
                    c["derived"] = c.get("derived", 0) + 1
                if f["label"] == C and f.get("derived"):
                    c["derived-contradicted"] = c.get("derived-contradicted", 0) + 1
            print(f"  {cid} ({style}): {len(dtext.split())} words, {len(figs)} figures {c}")
            for k, v in c.items():
                counts[k] = counts.get(k, 0) + v
            lines.append(json.dumps({
                "id": cid,
                "set": set_name,
                "sources": sources,
                "draft": {"name": dname, "text": dtext},
                "figures": figs,
                "note": f"fictional sources; {style}; labelled by hand, blind",
            }, ensure_ascii=False))
        n_fig = sum(counts.get(k, 0) for k in (S, C, U, "flag", "ignore"))
        pct = {k: round(100 * counts.get(k, 0) / n_fig) for k in (S, C, U)}
        print(f"{set_name}: {len(lines)} cases, {n_fig} figures {counts} pct {pct}")
        totals[set_name] = counts
        with open(os.path.join(HERE, f"{set_name}.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    if not ok:
        sys.exit("unlabelled candidate tokens (see above)")


if __name__ == "__main__":
    main()
