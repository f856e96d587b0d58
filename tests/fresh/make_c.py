#!/usr/bin/env python3
"""Generate tests/fresh/fresh2-dev.jsonl.

One fictional topic, labelled by hand (blind: before figcheck was run on it):
  C (fresh2-dev): a regional hospital system (Northgate Health) and a county
                  public-health department (Harrow County)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_c.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)

# ---------------------------------------------------------------------------
# Topic C: Northgate Health and the Harrow County Department of Public Health
# (fictional)
# ---------------------------------------------------------------------------

C_REPORT = """Northgate Health
2024 Annual Report (excerpt)

Message from the President

Northgate Health cared for more patients in 2024 than in any year since it was founded in 1911 as Lindale General Hospital. Our four hospitals admitted 65,400 inpatients in the year ended December 31, 2024, up 2.6% from 63,715 in 2023, and our emergency departments recorded 214,600 visits, up 4.8% from 204,800.

Northgate is the largest health system in Harrow County and the third-largest nonprofit health system in the state by revenue. It serves about 640,000 residents in Harrow, Kessler and Dunmore counties and employs 11,840 people, making it the county's largest employer.

Hospitals

Table 1. Inpatient activity by hospital, 2024

| Hospital | Staffed beds | Admissions | Average length of stay (days) | Occupancy (%) | Change in admissions from 2023 (%) |
|---|---|---|---|---|---|
| Northgate Medical Center | 520 | 31,400 | 5.2 | 86 | +3.1 |
| St. Brendan Hospital | 310 | 17,900 | 4.6 | 73 | +5.4 |
| Riverside Community Hospital | 180 | 11,200 | 4.1 | 70 | -1.8 |
| Westfield Hospital | 96 | 4,900 | 3.8 | 53 | +0.6 |
| System | 1,106 | 65,400 | 4.7 | 76.6 | +2.6 |

Northgate Medical Center, the system's flagship in Lindale, ran above the 85% occupancy level that planners treat as full for most of the year. Westfield, the smallest, is the only hospital in western Harrow County and is 41 miles from the flagship.

Emergency care

The median time from arrival to being seen by a clinician fell to 38 minutes, from 47 minutes in 2023. The share of patients who left without being seen fell to 2.9% from 4.4%. Births at our hospitals totaled 6,350, and outpatient visits reached 1.28 million.

Our workforce

Northgate employed 3,920 registered nurses at year-end. We hired 610 nurses in 2024, and the nurse vacancy rate fell to 9.7% in December from 14.2% a year earlier. As permanent staff filled those posts, spending on temporary travel nurses dropped 46%, to $38.5 million from $71.2 million.

Financial results

Operating revenue rose 6.9% to $2.46 billion, from $2.30 billion in 2023. Operating expenses were $2.39 billion, leaving operating income of $69 million, an operating margin of 2.8%, compared with 0.4% in 2023. The system held 182 days of cash on hand at year-end.

Medicare remained the largest payer, accounting for 41% of net patient revenue. Commercial insurance provided 33%, down from 35% in 2023; Medicaid provided 19%, up from 17%; and self-pay and other sources provided 7%. Northgate provided $84 million in charity care at cost.

Looking ahead

Construction of the nine-story East Tower at Northgate Medical Center, budgeted at $465 million, is on schedule. When it opens in 2027 it will add 144 beds and a 48-bay emergency department, relieving the crowding at our flagship.

Dr. Helen Osei
President and Chief Executive Officer
"""

C_RELEASE = """FOR IMMEDIATE RELEASE
Harrow County Department of Public Health
January 14, 2025

Flu vaccinations reach record as county urges measles catch-up shots

The Harrow County Department of Public Health today reported that 284,600 flu vaccine doses were given to county residents between September 1 and December 31, 2024, the most in any season on record and 11.6% more than the 255,000 doses given during the same period of 2023.

An estimated 46.4% of residents aged six months and older have now received a flu shot this season, up from 42.9% a year ago. Harrow's coverage ranks fourth among the state's 31 counties, up from ninth last season.

"Those numbers mean fewer people in our emergency rooms," said Dr. Marcus Bell, the county health officer. "But half the county is still unprotected, and flu season has weeks to run."

Coverage by age group

- Children 6 months to 4 years: 48.2%, up from 44.1%
- Ages 5 to 17: 36.5%, up from 33.9%
- Ages 18 to 64: 41.3%, up from 37.6%
- Ages 65 and older: 71.8%, up from 69.0%

Older adults remain the best-protected group, but coverage among school-age children is still the lowest, and the county's goal is 50% coverage overall by March 31.

Clinics and funding

The department and its partners held 146 free community clinics this season, 38 of them in schools, and its two mobile vans visited 21 neighborhoods with low coverage. About two thirds of adult doses were given at pharmacies.

The campaign was paid for with a $2.4 million grant from the state Department of Health's Immunization Equity Fund and $650,000 from Northgate Health, the county's largest health system.

Flu activity

Emergency department visits for flu-like illness peaked at 2.7 per 1,000 residents in the week ending December 28, compared with a peak of 4.1 per 1,000 a year earlier. Since October 1, 386 county residents have been hospitalized with flu, and seven have died, all of them aged 65 or older.

Measles

The county confirmed two measles cases in October, its first since 2019. Both were unvaccinated children who had traveled abroad, and no further spread was found. In response, school clinics gave 4,870 doses of measles, mumps and rubella (MMR) vaccine.

Kindergarten MMR coverage for the 2024-25 school year is 93.1%, down from 95.6% five years ago and below the 95% level needed to prevent outbreaks. At 17 of the county's 112 elementary schools, fewer than 90% of kindergartners are fully vaccinated.

Residents can find a clinic at harrowhealth.gov/flu or by calling 311.

###
"""

C_ARTICLE = """Northgate nurses ratify contract with 15% raises, staffing limits

By Dana Whitcomb, The Lindale Courier
March 14, 2025

Nurses at Northgate Health's two largest hospitals voted 1,412-137 on Wednesday to ratify a three-year contract, ending nine months of negotiations that had brought the union within a week of a strike.

The Harrow Nurses Association represents 1,860 registered nurses at Northgate Medical Center and St. Brendan Hospital; 83% of them cast ballots, and 91% of those voting approved the deal.

The contract raises wages 7% immediately, 4% in 2026 and 3.5% in 2027, a cumulative increase of about 15%. Starting pay for a new graduate nurse rises from $38.50 to $41.20 an hour. Nurses with 20 years or more of experience will get an extra $2 an hour.

The agreement also caps assignments on medical-surgical floors at five patients per nurse, down from six, and at two per nurse in intensive care. Northgate estimates the contract will cost $96 million over its three years.

"This is the first contract in my 22 years here that puts a number on safe staffing," said union president Carla Mendes, 51, an intensive-care nurse at St. Brendan. "We are not going to lose nurses to the hospitals across the state line anymore."

Northgate's chief nursing officer, Paul Whitaker, said the system could afford the raises because it had cut its reliance on agency staff. Northgate spent $38.5 million on travel nurses last year, about half the $71.2 million it spent in 2023, and its nurse vacancy rate fell to 9.7% at the end of 2024.

"Every permanent nurse we hire saves us money compared with an agency nurse," Whitaker said. "The staffing limits will mean hiring more, and we are ready for that."

The system will need about 260 more nurses when the $465 million East Tower opens at Northgate Medical Center in 2027, Whitaker said. The tower will add 144 beds to the 520-bed hospital, the busiest in the county, where occupancy averaged 86% last year.

The previous contract expired on December 31. In January, 1,290 nurses signed a petition authorizing a strike, and the union had set a strike date of February 3 before the two sides reached a tentative deal on January 27.

Nurses at Riverside Community Hospital and Westfield Hospital, who are not represented by the union, will receive a 5% raise on April 1, Northgate said.

Northgate Health reported an operating margin of 2.8% in 2024, its best result in six years. Mendes said the union had used those figures at the bargaining table. "They had a good year, and the nurses made it possible," she said.

The county's flu season, which peaked in late December, left Northgate's emergency departments crowded for weeks, and nurses said the staffing limits would help most in such surges.
"""

C_SOURCES = [
    {"name": "northgate-annual-report-2024.txt", "text": C_REPORT},
    {"name": "harrow-county-health-release.txt", "text": C_RELEASE},
    {"name": "lindale-courier-article.txt", "text": C_ARTICLE},
]

# --- C1: wire story --------------------------------------------------------
C1 = """Northgate nurses ratify contract as hospital system posts record year

LINDALE — Nurses at Northgate Health's two largest hospitals have ratified a three-year contract by a vote of 1,412-137, capping a year in which the system admitted a record 65,400 inpatients.

The contract raises wages 7% immediately, 4% in 2026 and 3.5% in 2027. Starting pay for new graduate nurses rises from $38.50 to $41.20 an hour. The deal also caps medical-surgical assignments at four patients per nurse and will cost Northgate $69 million over three years.

The Harrow Nurses Association represents 1,860 registered nurses at Northgate Medical Center and St. Brendan Hospital, and 91% of them cast ballots. The union, founded in 1974, had set a strike date of February 3, and about 300 nurses rallied outside the flagship in January.

Northgate, the second-largest nonprofit health system in the state by revenue, reported operating revenue of $2.46 billion for 2024 and an operating margin of 2.8%, its best in six years. Emergency department visits rose 4.8% to 241,600.

The system's nurse vacancy rate fell to 9.7% from 14.2%, and it hired 610 nurses last year. It plans to hire 400 more in 2025.

The flagship Northgate Medical Center ran at 86% occupancy, while St. Brendan ran at 70%. The $465 million East Tower will add 144 beds to the flagship when it opens in 2026, and chief nursing officer Paul Whitaker said it would need about 260 more nurses, at a cost of $31 million a year. Northgate's chief executive, Dr. Helen Osei, earned $1.9 million in 2024.

Separately, the Harrow County Department of Public Health said 284,600 flu vaccine doses were given from September through December, 16.1% more than a year earlier, and that 46.4% of residents have had a flu shot. Coverage among residents 65 and older reached 69.0%, and about 9,000 residents got their shots at the county's mobile vans.

The county also confirmed two measles cases in October, its first since 2017. Nurses at Northgate's two other hospitals will get a 5% raise on April 1.
"""

C1_FIGS = [
    F("two", S, note="article: Northgate Health's two largest hospitals"),
    F("three", S, note="article: three-year contract"),
    F("1,412", S, note="article: voted 1,412-137"),
    F("137", S, note="article: voted 1,412-137"),
    F("65,400", S, note="report: 65,400 inpatients, the most since the system was founded"),
    F("7%", S, note="article: 7% immediately"),
    F("4%", S, note="article: 4% in 2026"),
    F("2026", S, note="article: 4% in 2026"),
    F("3.5%", S, note="article: 3.5% in 2027"),
    F("2027", S, note="article: 3.5% in 2027"),
    F("$38.50", S, note="article: starting pay from $38.50"),
    F("$41.20", S, note="article: to $41.20 an hour"),
    F("four", C, "five", note="article: caps medical-surgical assignments at five patients per nurse"),
    F("$69 million", C, "$96 million", note="article: contract will cost $96 million over three years; $69 million is the 2024 operating income (report)"),
    F("three", S, note="article: over its three years"),
    F("1,860", S, note="article: represents 1,860 registered nurses"),
    F("91%", C, "83%", note="article: 83% of them cast ballots; 91% is the share of voters who approved"),
    F("1974", U, note="no source says when the union was founded"),
    F("3", S, note="article: strike date of February 3"),
    F("300", U, note="no source mentions a rally"),
    F("second-largest", C, "third-largest", note="report: third-largest nonprofit health system in the state by revenue"),
    F("$2.46 billion", S, note="report: operating revenue $2.46 billion"),
    F("2024", S, note="report"),
    F("2.8%", S, note="report / article: operating margin 2.8%"),
    F("six", S, note="article: its best result in six years"),
    F("4.8%", S, note="report: ER visits up 4.8%"),
    F("241,600", C, "214,600", note="report: 214,600 visits (transposed digits)"),
    F("9.7%", S, note="report / article"),
    F("14.2%", S, note="report: from 14.2% a year earlier"),
    F("610", S, note="report: hired 610 nurses in 2024"),
    F("400", U, note="no source gives hiring plans for 2025"),
    F("2025", U, note="no source gives hiring plans for 2025"),
    F("86%", S, note="report table / article: Northgate Medical Center 86"),
    F("70%", C, "73%", note="report table: St. Brendan 73; 70 is Riverside Community Hospital's occupancy"),
    F("$465 million", S, note="report / article: East Tower $465 million"),
    F("144", S, note="report / article: 144 beds"),
    F("2026", C, "2027", note="report / article: East Tower opens in 2027"),
    F("260", S, note="article: about 260 more nurses"),
    F("$31 million", U, note="no source gives the cost of the tower's extra nurses"),
    F("$1.9 million", U, note="no source gives the chief executive's pay"),
    F("2024", U, note="no source gives the chief executive's pay in 2024"),
    F("284,600", S, note="release: 284,600 doses"),
    F("16.1%", C, "11.6%", note="release: 11.6% more than 2023 (transposed digits)"),
    F("46.4%", S, note="release: 46.4% of residents six months and older"),
    F("65", S, note="release: ages 65 and older"),
    F("69.0%", C, "71.8%", note="release: 65 and older 71.8% this season; 69.0% was last season's"),
    F("9,000", U, note="no source gives doses given by the mobile vans (they visited 21 neighborhoods)"),
    F("two", S, note="release: two measles cases in October"),
    F("first", S, note="release: its first since 2019"),
    F("2017", C, "2019", note="release: first since 2019"),
    F("two", S, note="article: Riverside Community Hospital and Westfield Hospital (the report's other two of four hospitals)"),
    F("5%", S, note="article: 5% raise on April 1"),
    F("1", S, note="article: April 1"),
]

# --- C2: opinion column ----------------------------------------------------
C2 = """Opinion: Northgate's nurses earned their raise. The numbers prove it.

Start with the emergency rooms. Patients waited a median 38 minutes to see a clinician last year, down from 47, a drop of 9 minutes. Fewer than 3% walked out without being seen. That happened while visits climbed to nearly 215,000, up 30% since 2019.

The reason is no mystery. Northgate hired 601 nurses in 2024 and cut its vacancy rate by more than 4 points. It now spends about half as much on travel nurses as it did in 2023, a saving of more than $30 million a year.

So the contract the nurses ratified by nearly 1,300 votes deserves the support it got. Its raises add up to about 15% over three years, and starting pay rises by $2.70 an hour, to $42.10. Critics say Northgate cannot afford that. Yet the system's operating margin was 2.8% last year, seven times its 2023 margin, and the $96 million contract works out to about $23 million a year.

The deal also limits medical-surgical nurses to five patients, down from six. Nurses here have been stretched thin for years; a 2023 state survey found 22% of them planned to quit within two years.

Northgate will need the staff. Its flagship, Northgate Medical Center, ran at 86% occupancy, 13 points above Riverside and 33 points above Westfield, and Lindale's hospitals turned away ambulances 57 times last year. The $465 million East Tower will add 144 beds, including 48 intensive-care beds, when it opens in 2027, growing the flagship by more than a third. It will take about 160 more nurses to run it.

Medicare still pays for more than 40% of Northgate's patient revenue, and Medicaid's share is up to nearly a quarter.

The county's health department is doing its part too. It gave about 285,000 flu doses this season, and coverage among seniors reached 72%. But only 36.5% of children aged 5 to 17 got a shot, about half the rate for seniors. Coverage among adults 18 to 64 rose 4.7 points, and the county's ranking improved from ninth to third.

Kindergarten MMR coverage has slipped to 91.3%, below the 95% that keeps outbreaks away.

Northgate put in $650,000 for the flu campaign. A system that just posted $69 million in operating income can afford far more, and Harrow County's 14 urgent-care clinics should chip in too.
"""

C2_FIGS = [
    F("38", S, note="report: median 38 minutes to be seen by a clinician"),
    F("47", S, note="report: from 47 minutes in 2023"),
    F("9", S, derived=True, note="47 - 38 = 9 minutes"),
    F("3%", S, note="report: 2.9% left without being seen ('fewer than 3%')"),
    F("215,000", S, note="report: 214,600 ER visits ('nearly 215,000')"),
    F("30%", U, note="no source compares ER visits with 2019"),
    F("2019", U, note="no source gives 2019 ER visits; 2019 is the release's year of the last measles case"),
    F("601", C, "610", note="report: hired 610 nurses in 2024 (transposed digits)"),
    F("2024", S, note="report"),
    F("4", S, derived=True, note="vacancy rate 14.2 - 9.7 = 4.5 points, 'more than 4 points'"),
    F("half", S, note="article: about half the $71.2 million it spent in 2023 (38.5 / 71.2 = 54%)"),
    F("2023", S, note="report / article: $71.2 million in 2023"),
    F("$30 million", S, derived=True, note="71.2 - 38.5 = 32.7 million, 'more than $30 million'"),
    F("1,300", S, derived=True, note="1,412 - 137 = 1,275 votes, 'nearly 1,300'"),
    F("15%", S, note="article: cumulative increase of about 15% (1.07 x 1.04 x 1.035 = 1.152)"),
    F("three", S, note="article: three-year contract"),
    F("$2.70", S, derived=True, note="41.20 - 38.50 = 2.70 an hour"),
    F("$42.10", C, "$41.20", note="article: starting pay rises to $41.20 an hour"),
    F("2.8%", S, note="report / article"),
    F("seven times", S, derived=True, note="2.8 / 0.4 = 7 (report: 0.4% in 2023)"),
    F("2023", S, note="report: 0.4% in 2023"),
    F("$96 million", S, note="article: $96 million over three years"),
    F("$23 million", C, "$32 million", derived=True, note="96 / 3 = 32 million a year"),
    F("five", S, note="article: five patients per nurse"),
    F("six", S, note="article: down from six"),
    F("2023", U, note="no source mentions a state survey of nurses"),
    F("22%", U, note="no source mentions a state survey of nurses"),
    F("two", U, note="no source mentions a state survey of nurses"),
    F("86%", S, note="report table: Northgate Medical Center 86"),
    F("13", C, "16", derived=True, note="report table: 86 - 70 (Riverside) = 16 points"),
    F("33", S, derived=True, note="report table: 86 - 53 (Westfield) = 33 points"),
    F("57", U, note="no source mentions ambulance diversions"),
    F("$465 million", S, note="report / article"),
    F("144", S, note="report / article: 144 beds"),
    F("48", U, note="no source gives intensive-care beds in the tower; 48 is the number of emergency bays"),
    F("2027", S, note="report / article: opens in 2027"),
    F("a third", C, "27.7%", derived=True, note="144 / 520 = 27.7%, less than a third"),
    F("160", C, "260", note="article: about 260 more nurses"),
    F("40%", S, note="report: Medicare 41% ('more than 40%')"),
    F("a quarter", C, "19%", note="report: Medicaid 19% of net patient revenue, not nearly a quarter"),
    F("285,000", S, note="release: 284,600 doses ('about 285,000')"),
    F("72%", S, note="release: 65 and older 71.8%"),
    F("36.5%", S, note="release: ages 5 to 17 36.5%"),
    F("5", S, note="release: ages 5 to 17"),
    F("17", S, note="release: ages 5 to 17"),
    F("half", S, derived=True, note="36.5 / 71.8 = 51%, 'about half'"),
    F("18", S, note="release: ages 18 to 64"),
    F("64", S, note="release: ages 18 to 64"),
    F("4.7", C, "3.7", derived=True, note="release: 41.3 - 37.6 = 3.7 points"),
    F("ninth", S, note="release: up from ninth last season"),
    F("third", C, "fourth", note="release: ranks fourth among the state's 31 counties"),
    F("91.3%", C, "93.1%", note="release: kindergarten MMR coverage 93.1% (transposed digits)"),
    F("95%", S, note="release: 95% level needed to prevent outbreaks"),
    F("$650,000", S, note="release: $650,000 from Northgate Health"),
    F("$69 million", S, note="report: operating income of $69 million"),
    F("14", U, note="no source mentions urgent-care clinics"),
]

# --- C3: LLM-style summary -------------------------------------------------
C3 = """Northgate Health admitted a record 65,400 inpatients across its four hospitals in 2024, up 3.1%, and its 1,106 staffed beds were 67.6% occupied, while its emergency departments recorded 214,600 visits, 18% of them by Medicaid patients, and the median wait to see a clinician fell to 47 minutes from 38. Operating revenue rose 6.9% to $2.46 billion and the operating margin improved to 2.8% from 0.4%, while Medicaid's share of net patient revenue rose to 19% and commercial insurance's share fell to 35%. The nurse vacancy rate fell to 9.7% from 14.2%, travel-nurse spending dropped 64% to $38.5 million, and nurses at the system's two largest hospitals ratified a four-year contract 1,412-137 that raises pay 7%, 4% and 3.5% and will cost $96 million. In Harrow County, 284,600 flu doses were given from September to December and flu hospitalizations fell 22%, with coverage reaching 46.4% overall, 71.8% among residents 65 and older and 41.3% among children aged 5 to 17, against a state average of 44%, and the county now ranks fifth of 31 counties. The campaign was funded by a $2.4 million state grant and $650,000 from Northgate and ran 146 clinics, 21 of them in schools and 12 at workplaces, while the $465 million East Tower will bring the flagship to 664 beds when it opens in 2027, making Northgate the state's second-largest system by beds, and the system expects admissions to top 68,000 in 2025.
"""

C3_FIGS = [
    F("65,400", S, note="report: 65,400 inpatients, the most since the system was founded"),
    F("four", S, note="report: four hospitals"),
    F("2024", S, note="report"),
    F("3.1%", C, "2.6%", note="report: system admissions up 2.6%; +3.1 is Northgate Medical Center's change"),
    F("1,106", S, note="report table: system staffed beds"),
    F("67.6%", C, "76.6%", note="report table: system occupancy 76.6 (transposed digits)"),
    F("214,600", S, note="report: ER visits"),
    F("18%", U, note="no source gives the Medicaid share of ER visits"),
    F("47", C, "38", note="report: fell to 38 minutes from 47; swapped pair"),
    F("38", C, "47", note="report: fell to 38 minutes from 47; swapped pair"),
    F("6.9%", S, note="report"),
    F("$2.46 billion", S, note="report"),
    F("2.8%", S, note="report"),
    F("0.4%", S, note="report: 0.4% in 2023"),
    F("19%", S, note="report: Medicaid 19%, up from 17%"),
    F("35%", C, "33%", note="report: commercial insurance 33%, down from 35% in 2023"),
    F("9.7%", S, note="report"),
    F("14.2%", S, note="report"),
    F("64%", C, "46%", note="report: travel-nurse spending dropped 46% (transposed digits)"),
    F("$38.5 million", S, note="report / article"),
    F("two", S, note="article: two largest hospitals"),
    F("four", C, "three", note="article: a three-year contract"),
    F("1,412", S, note="article"),
    F("137", S, note="article"),
    F("7%", S, note="article"),
    F("4%", S, note="article"),
    F("3.5%", S, note="article"),
    F("$96 million", S, note="article"),
    F("284,600", S, note="release"),
    F("22%", U, note="no source compares flu hospitalizations with last season (release: 386 since October 1)"),
    F("46.4%", S, note="release"),
    F("71.8%", S, note="release: 65 and older"),
    F("65", S, note="release: ages 65 and older"),
    F("41.3%", C, "36.5%", note="release: ages 5 to 17 36.5%; 41.3% is ages 18 to 64"),
    F("5", S, note="release: ages 5 to 17"),
    F("17", S, note="release: ages 5 to 17"),
    F("44%", U, note="no source gives a state average coverage"),
    F("fifth", C, "fourth", note="release: ranks fourth among the state's 31 counties"),
    F("31", S, note="release: 31 counties"),
    F("$2.4 million", S, note="release: state Immunization Equity Fund grant"),
    F("$650,000", S, note="release"),
    F("146", S, note="release: 146 free community clinics"),
    F("21", C, "38", note="release: 38 of the clinics were in schools; 21 is the number of neighborhoods the vans visited"),
    F("12", U, note="no source mentions workplace clinics"),
    F("$465 million", S, note="report / article"),
    F("664", S, derived=True, note="520 + 144 = 664 beds"),
    F("2027", S, note="report / article"),
    F("second-largest", U, note="no source ranks Northgate by beds (the report's rank, third-largest, is by revenue)"),
    F("68,000", U, note="no source gives an admissions forecast"),
    F("2025", U, note="no source gives an admissions forecast for 2025"),
]

# --- C4: newsletter ---------------------------------------------------------
C4 = """## Health Check: Harrow County's hospitals and flu season

**A record year at Northgate.** Northgate Health admitted 65,400 inpatients in
2024, up 2.6%, and its four hospitals had 1,106 staffed beds between them. The
flagship, Northgate Medical Center, ran at 86% occupancy. It admitted 31,400
patients, up 5.4% from 2023.

**Hospital by hospital.**

- St. Brendan Hospital: 310 beds, 73% occupancy, an average stay of 5.2 days.
- Riverside Community Hospital: 180 beds. Its admissions fell 1.8%, and its
  average stay was 4.1 days.
- Westfield Hospital: 69 beds and 53% occupancy. It is the only hospital in
  western Harrow County, 14 miles from the flagship, and it will add 20 beds
  in 2026.

**The money.** Operating revenue rose 6.9% to $2.46 billion. Medicare paid 41%
of net patient revenue, up from 39%, and commercial insurers 33%. But
Medicaid's share rose to 19%, up 3 points, and charity care came to
$84 million. Yet the system still holds 128 days of cash on hand.

**Nurses.** The Harrow Nurses Association ratified its contract 1,412-137. It
represents 1,860 nurses at the two largest hospitals. Union president Carla
Mendes, 51, a nurse at Northgate for 25 years, called it the first contract
to put a number on safe staffing. Nurses at Riverside and Westfield, who are
not in the union, get 5% on April 1. But the new starting wage, $41.20 an
hour, is still below the state average of $43.10.

**Flu and measles.** The county gave 284,600 flu doses, up 11.6%, and coverage
among the youngest children, 6 months to 4 years, reached 48.2%. Its mobile
vans gave 9,400 shots. Yet kindergarten MMR coverage fell to 93.1%, below the
95% needed to stop outbreaks. At 12 of the county's 112 elementary schools,
fewer than 90% of kindergartners are fully vaccinated. Flu ER visits peaked
at 4.1 per 1,000 residents, up from 2.7, and seven residents have died. The
county wants 55% coverage by March 31, and neighboring Kessler County is at
39.8%.

**Coming up.** The East Tower opens in 2027 with 144 beds, and the county
board takes up a $3.1 million measles plan on April 22.
"""

C4_FIGS = [
    F("65,400", S, note="report"),
    F("2024", S, note="report"),
    F("2.6%", S, note="report: system admissions up 2.6%"),
    F("four", S, note="report: four hospitals"),
    F("1,106", S, note="report table: system staffed beds"),
    F("86%", S, note="report table: Northgate Medical Center 86"),
    F("31,400", S, note="report table: Northgate Medical Center admissions ('It' = the flagship)"),
    F("5.4%", C, "3.1%", note="report table: Northgate Medical Center +3.1; +5.4 is St. Brendan's"),
    F("2023", S, note="report table: change from 2023"),
    F("310", S, note="report table: St. Brendan 310 beds"),
    F("73%", S, note="report table: St. Brendan 73"),
    F("5.2", C, "4.6", note="report table: St. Brendan average stay 4.6; 5.2 is Northgate Medical Center's"),
    F("180", S, note="report table: Riverside 180 beds"),
    F("1.8%", S, note="report table: Riverside -1.8 ('fell')"),
    F("4.1", S, note="report table: Riverside average stay 4.1"),
    F("69", C, "96", note="report table: Westfield 96 beds (transposed digits)"),
    F("53%", S, note="report table: Westfield 53"),
    F("14", C, "41", note="report: Westfield is 41 miles from the flagship (transposed digits)"),
    F("20", U, note="no source mentions an expansion at Westfield"),
    F("2026", U, note="no source mentions an expansion at Westfield"),
    F("6.9%", S, note="report"),
    F("$2.46 billion", S, note="report"),
    F("41%", S, note="report: Medicare 41%"),
    F("39%", U, note="report gives no earlier Medicare share"),
    F("33%", S, note="report: commercial insurance 33%"),
    F("19%", S, note="report: Medicaid 19%"),
    F("3", C, "2", derived=True, note="report: Medicaid up from 17% to 19% = 2 points"),
    F("$84 million", S, note="report: charity care at cost"),
    F("128", C, "182", note="report: 182 days of cash on hand"),
    F("1,412", S, note="article"),
    F("137", S, note="article"),
    F("1,860", S, note="article: union represents 1,860 registered nurses ('It' = the association)"),
    F("two", S, note="article: two largest hospitals"),
    F("51", S, note="article: Carla Mendes, 51"),
    F("25", C, "22", note="article: 'my 22 years here'"),
    F("first", S, note="article: 'the first contract ... that puts a number on safe staffing'"),
    F("5%", S, note="article: Riverside and Westfield nurses get 5% on April 1"),
    F("1", S, note="article: April 1"),
    F("$41.20", S, note="article: new starting pay $41.20 an hour"),
    F("$43.10", U, note="no source gives a state average wage"),
    F("284,600", S, note="release"),
    F("11.6%", S, note="release"),
    F("6", S, note="release: children 6 months to 4 years"),
    F("4", S, note="release: children 6 months to 4 years"),
    F("48.2%", S, note="release: children 6 months to 4 years"),
    F("9,400", U, note="no source gives doses given by the mobile vans ('Its' = the county)"),
    F("93.1%", S, note="release: down from 95.6% five years ago ('fell')"),
    F("95%", S, note="release: 95% level needed to prevent outbreaks"),
    F("12", C, "17", note="release: 17 of the county's 112 elementary schools"),
    F("112", S, note="release"),
    F("90%", S, note="release: fewer than 90% of kindergartners"),
    F("4.1", C, "2.7", note="release: peaked at 2.7 per 1,000 this season vs 4.1 a year earlier; swapped pair"),
    F("2.7", C, "4.1", note="release: the year-earlier peak was 4.1; swapped pair"),
    F("seven", S, note="release: seven have died"),
    F("55%", C, "50%", note="release: goal is 50% coverage by March 31"),
    F("31", S, note="release: by March 31"),
    F("39.8%", U, note="no source gives Kessler County's coverage"),
    F("2027", S, note="report / article"),
    F("144", S, note="report / article"),
    F("$3.1 million", U, note="no source mentions a measles plan or its cost"),
    F("22", U, note="no source mentions a county board meeting date"),
]

CASES = [
    ("fresh2-dev", "fresh-c", C_SOURCES, [
        ("wire.md", C1, C1_FIGS, "wire story"),
        ("opinion.md", C2, C2_FIGS, "opinion column with hedges and derived figures"),
        ("summary.md", C3, C3_FIGS, "short LLM-style summary, dense compound sentences"),
        ("newsletter.md", C4, C4_FIGS, "newsletter: heading, bold lead-ins, bullets, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = {
    ("fresh-c-4", "per 1,000 residents"),  # a rate's denominator is not labelled
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
