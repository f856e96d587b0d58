#!/usr/bin/env python3
"""Generate tests/fresh/fresh20-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AM (fresh20-dev): a county mosquito and vector control district's season
                    (Tulliver County Mosquito and Vector Control District):
                    the 2026 season report excerpt (trap nights, pools
                    tested, West Nile positives, human cases, acres treated
                    in five zones, larvicide, service requests, budget,
                    staff), the district's release on aerial spraying, the
                    Board of Trustees' minutes (a reserve transfer, a parcel
                    assessment increase sent to owners, a drone), a newspaper
                    article on the assessment ballot, the laboratory's weekly
                    surveillance data sheet (a table of twelve weeks with
                    running totals) and a hard-wrapped memo on a tick survey

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_am.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AM: Tulliver County Mosquito and Vector Control District (fictional)
# ---------------------------------------------------------------------------

AM_REPORT = """Tulliver County Mosquito and Vector Control District
2026 Season Report (excerpt)
Presented to the Board of Trustees, November 2026

Season at a glance

The district's surveillance season ran 30 weeks, from April 6 to November 1, 2026. Field crews logged 4,860 trap nights, up 10.2% from 4,410 in 2025, and collected 312,400 female mosquitoes, up 25.5% from 248,900. The laboratory tested 2,184 mosquito pools for West Nile virus, up from 1,962.

West Nile virus defined the season. In all, 146 pools tested positive, against 58 in 2025, the most since 2012, when 171 did. The share of pools that tested positive rose to 6.7% from 3.0%. Four pools, all from Corran Delta, were positive for St. Louis encephalitis virus.

The Tulliver County Health Department confirmed nine human cases of West Nile virus illness, seven of them neuroinvasive, against two cases in 2025 and 14 in 2012. One patient, a 78-year-old Ashby man, died. Residents reported 388 dead birds; the laboratory tested 142, and 37 were positive.

Table 1. Surveillance and treatment by zone, 2026

| Zone | Trap nights | Pools tested | WNV-positive pools | Positive rate (%) | Human cases | Acres treated by ground |
|---|---|---|---|---|---|---|
| Ashby | 1,120 | 512 | 41 | 8.0 | 3 | 6,850 |
| Corran Delta | 1,260 | 604 | 52 | 8.6 | 4 | 9,420 |
| Feltham | 880 | 378 | 19 | 5.0 | 1 | 3,140 |
| Stoke Marsh | 940 | 426 | 27 | 6.3 | 1 | 4,760 |
| Wendle Hills | 660 | 264 | 7 | 2.7 | 0 | 1,180 |
| District | 4,860 | 2,184 | 146 | 6.7 | 9 | 25,350 |

Corran Delta, with its rice fields and duck clubs, had the most positive pools and the highest positive rate for the third year in a row. Wendle Hills had the fewest.

Control

Ground crews treated 25,350 acres for adult mosquitoes with truck-mounted sprayers. The district also sprayed from the air for the first time since 2012: three aerial missions, on August 13, 20 and 27, covered 38,600 acres of Corran Delta and Ashby and cost $412,000. Aircraft applied larvicide to 14,200 acres of rice fields and wetlands, and crews treated 5,870 acres of ditches, ponds and catch basins by hand and by truck. In all, the district treated 84,020 acres, up 37.1% from 61,300 in 2025. It applied 24,600 pounds of granular larvicide, up from 19,300.

Service to residents

Residents filed 5,212 service requests, up 34.5% from 3,874. Reports of neglected swimming pools were the largest category, at 2,046, or 39.3% of the total. The median time from request to inspection was 2.4 days, down from 3.1. Technicians delivered mosquitofish to 1,310 residents for ponds and troughs.

Budget and staff

The 2026 operating budget was $6.88 million: $3.96 million from the district's share of property taxes (57.6%), $2.41 million from the benefit assessment (35.0%) and $0.51 million from contracts, interest and grants (7.4%). The assessment, $9.80 a year on each of 246,000 single-family parcels, has not changed since 2009.

Spending reached $7.26 million because of the aerial missions. The board transferred $380,000 from the reserve, which fell to $2.74 million from $3.12 million.

The district has 38 full-time employees. It hired 22 seasonal technicians in 2026, down from 26 in 2025, to stay within its budget.
"""

AM_RELEASE = """TULLIVER COUNTY MOSQUITO AND VECTOR CONTROL DISTRICT
NEWS RELEASE
For immediate release: Tuesday, August 11, 2026
Contact: Tobias Renner, public information officer

District to spray from the air over Corran Delta and Ashby as West Nile virus surges

ASHBY, Aug. 11, 2026 - The Tulliver County Mosquito and Vector Control District will treat about 14,800 acres of Corran Delta and Ashby from the air on Thursday night, August 13, General Manager Rosa Delgado-Pryce announced today. It will be the district's first aerial treatment for adult mosquitoes since 2012.

Two twin-engine aircraft will fly at about 300 feet from 8:30 p.m. to 1 a.m., when mosquitoes are active and honeybees are in their hives, and will apply etofenprox at less than one ounce per acre. Residents do not need to leave the area. The district advises them to keep pets indoors and to cover fish ponds.

The district's laboratory has found West Nile virus in 76 mosquito pools this season, already more than the 58 it found in all of 2025. In the week ending August 8, 23 of 150 pools tested positive, a rate of 15.3%, the highest weekly rate the district has recorded. Of the 76 positive pools, 49 came from traps in Corran Delta and Ashby.

The Tulliver County Health Department has confirmed three human cases this season, all in adults over 60: two in Corran Delta and one in Ashby.

"We are seeing more infected mosquitoes, earlier, than in any year since 2012," Delgado-Pryce said. "Our trucks have already treated 14,300 acres this summer, but they cannot reach the rice checks and sloughs where these mosquitoes breed. The aircraft can."

If mosquito numbers and infection rates stay high, the district may fly two more missions, on August 20 and 27. Each mission costs about $137,000.

The district monitors 186 trap sites across the county. Residents can sign up for spray alerts at the district's website; 6,240 have done so. To report standing water or a neglected swimming pool, call the district's service line.
"""

AM_MINUTES = """TULLIVER COUNTY MOSQUITO AND VECTOR CONTROL DISTRICT
Board of Trustees
Minutes of the regular meeting, Tuesday, September 15, 2026
District headquarters, Levee Road, Feltham

Present: President Harlan Whitford; trustees Grace Achterberg, Vernon Ashe, Elliot Fairbanks, Omar Haddad, Dolores Kincaid, Peter Lomax, June Pemberton, Lena Strand, Samuel Tovar and Nadia Vukovic (11 of 13 trustees). Absent: trustees Carl Beaumont and Ruth Ellery. Staff: General Manager Rosa Delgado-Pryce, Vector Ecologist Dr. Ines Marwick, Finance Manager Paul Greaves.

1. Call to order

President Whitford called the meeting to order at 7:01 p.m.

2. General manager's report

Ms. Delgado-Pryce reported that through September 12 the laboratory had found 140 pools positive for West Nile virus, and the health department had confirmed eight human cases, including the death of a 78-year-old Ashby man on August 24. The district flew three aerial missions, on August 13, 20 and 27, over 38,600 acres, at a total cost of $412,000, of which $32,000 was absorbed within the operations budget. Service requests through August numbered 4,480.

3. Budget transfer

Trustee Fairbanks moved to transfer $380,000 from the reserve to the operations budget to cover the aerial missions; Trustee Tovar seconded. Mr. Greaves reported that the reserve would fall to $2.74 million from $3.12 million, below the board's policy minimum of $3.0 million. Carried 11-0.

4. Benefit assessment

Staff presented the engineer's report, which recommends increasing the benefit assessment from $9.80 to $14.60 a year per single-family parcel beginning July 1, 2027, with later increases capped at 3% a year. The increase would raise about $1.18 million a year: $368,000 for eight more seasonal technicians, $192,000 for a second larviciding drone and its operator, $400,000 for an aerial-response reserve and $220,000 for tick and invasive Aedes surveillance. Ballots will be mailed to the owners of 246,000 parcels by October 2, and will be counted at a public hearing on Tuesday, November 17, at 6 p.m. The increase passes if yes ballots outnumber no ballots.

Trustee Achterberg moved to adopt the resolution of intention and to mail the ballots; Trustee Strand seconded. Trustee Kincaid said a 49% increase was too much at once. Carried 9-2, trustees Kincaid and Ashe voting no.

5. Larviciding drone

Trustee Tovar moved to buy a larviciding drone from AeroVex for $86,500; Trustee Pemberton seconded. Dr. Marwick said the drone can treat 40 acres an hour in fields that trucks cannot reach. Carried 8-3, trustees Kincaid, Ashe and Lomax voting no.

6. Public comment

Seven people spoke, five in favor of the assessment increase and two against. Marcus Ebbing of Corran Delta said he had spent 11 days in the hospital in August with West Nile encephalitis.

7. Adjournment

The meeting adjourned at 9:12 p.m. The next regular meeting is Tuesday, October 20, 2026, at 7 p.m.
"""

AM_ARTICLE = """Property owners approve mosquito district's first fee increase since 2009

By Celia Marchbanks, The Tulliver Standard
Thursday, November 19, 2026

Property owners in Tulliver County have approved the first increase in the mosquito district's parcel assessment since 2009, raising it to $14.60 a year from $9.80 for a single-family home.

Ballots were counted Tuesday night at a public hearing at the Tulliver County Mosquito and Vector Control District's headquarters in Feltham. Of 71,340 ballots returned, 41,660, or 58.4%, supported the increase and 29,680 opposed it. Ballots went to the owners of 246,000 parcels, so about 29% responded. Turnout was highest in Corran Delta, where 36% of owners returned ballots.

The increase takes effect July 1, 2027, and will raise about $1.18 million a year. After that, the board may raise the assessment by up to 3% a year.

"This summer showed us what happens when you run a 2026 season on a 2009 budget," said General Manager Rosa Delgado-Pryce, 52.

The district found West Nile virus in 146 mosquito pools this season, the most since 2012, and nine county residents fell ill, one of whom died. For the first time since 2012, the district sprayed from the air, flying three missions over 38,600 acres in August.

Marcus Ebbing, 63, of Corran Delta spent 11 days in the hospital in August with West Nile encephalitis and still walks with a cane. "I voted yes at my kitchen table," he said. "Four dollars and eighty cents is nothing."

Trustee Dolores Kincaid, 71, who voted in September against sending the measure to owners, said she still thought the 49% increase was too much at once. "Nobody is against killing mosquitoes," she said. "I would have phased it in over three years."

Board President Harlan Whitford, 67, said the money would pay for eight more seasonal technicians, bringing the total to 30, and for a second larviciding drone. The district bought its first drone, for $86,500, in September.

The district hired 22 seasonal technicians this year, down from 26 in 2025, and residents filed 5,212 service requests, up from 3,874.

Two neighboring districts charge more, Delgado-Pryce said: the Orrin County district $18.20 a parcel and the Bexley Valley district $21.75.
"""

AM_DATASHEET = """Tulliver County MVCD - West Nile virus surveillance, weekly data sheet
Season 2026, weeks ending July 11 to September 26
Prepared by the district laboratory; data as of September 28, 2026

| Week ending | Pools tested | WNV-positive pools | Positive rate (%) | Positive pools, season to date | Human cases reported | Human cases, season to date |
|---|---|---|---|---|---|---|
| Jul 11 | 118 | 5 | 4.2 | 11 | 0 | 0 |
| Jul 18 | 124 | 9 | 7.3 | 20 | 0 | 0 |
| Jul 25 | 131 | 14 | 10.7 | 34 | 1 | 1 |
| Aug 1 | 142 | 19 | 13.4 | 53 | 0 | 1 |
| Aug 8 | 150 | 23 | 15.3 | 76 | 2 | 3 |
| Aug 15 | 147 | 21 | 14.3 | 97 | 2 | 5 |
| Aug 22 | 139 | 17 | 12.2 | 114 | 1 | 6 |
| Aug 29 | 126 | 12 | 9.5 | 126 | 1 | 7 |
| Sep 5 | 112 | 8 | 7.1 | 134 | 1 | 8 |
| Sep 12 | 96 | 6 | 6.2 | 140 | 0 | 8 |
| Sep 19 | 81 | 3 | 3.7 | 143 | 1 | 9 |
| Sep 26 | 64 | 2 | 3.1 | 145 | 0 | 9 |
| 12 weeks | 1,430 | 139 | 9.7 | | 9 | |

Notes

- Six pools tested positive before July 5. The season's first positive pool was collected on June 17 in Corran Delta.
- Positive rate = WNV-positive pools / pools tested. A weekly rate above 10% puts the county at the top level of the district's risk scale.
- Human cases are counted in the week the health department reported them to the district.
- Culex tarsalis made up 118 of the 139 positive pools in these weeks (84.9%); the rest were Culex pipiens.
- Female Culex per trap night, district average, peaked at 112 in the week ending August 1 (2025 peak: 71).
- Aerial adult-mosquito missions: August 13, 20 and 27.
"""

AM_MEMO = """MEMORANDUM

To:   Rosa Delgado-Pryce, General Manager
From: Dr. Ines Marwick, Vector Ecologist
Date: November 10, 2026
Re:   2026 tick surveillance results and recommendations

Between January 12 and May 29, field staff dragged for ticks on 32 visits to
three sites, for 96 hours in all. They collected 1,486 ticks: 612 western
blacklegged ticks, the species that carries the bacteria that cause Lyme
disease, and 874 American dog ticks. Nymphs, which are small and easy to
miss, were 251 of the blacklegged ticks, or 41%.

The laboratory tested 540 of the blacklegged ticks individually for Lyme
disease bacteria. Seventeen were positive, an infection rate of 3.1%, up
from 2.3% in 2025, when 11 of 488 tested positive.

Results by site:

- Wendle Ridge Preserve: 268 blacklegged ticks collected, 236 tested,
  9 positive (3.8%).
- Feltham Oaks Park: 194 collected, 170 tested, 5 positive (2.9%).
- Ashby Creek Trail: 150 collected, 134 tested, 3 positive (2.2%).

Wendle Ridge had the highest infection rate for the second year in a row.
It is also the busiest of the three, with about 58,000 visits a year by the
regional park agency's count.

Recommendations:

1. Post Lyme disease warning signs at 14 trailheads, at about $300 each, or
   $4,200 in all.
2. Budget $18,500 for tick testing in 2027, enough to test about 740 ticks
   at $25 each.
3. Add a fourth survey site in Stoke Marsh next spring.
4. Begin testing blacklegged ticks for Anaplasma bacteria.

If owners approve the assessment increase on November 17, it will provide
$220,000 a year for tick and invasive Aedes surveillance.
"""

AM_POOL = {
    "report": {"name": "tulliver-mvcd-season-report-2026.md", "text": AM_REPORT},
    "release": {"name": "tulliver-mvcd-aerial-spraying-release-2026-08-11.txt", "text": AM_RELEASE},
    "minutes": {"name": "tulliver-mvcd-board-minutes-2026-09-15.txt", "text": AM_MINUTES},
    "article": {"name": "tulliver-standard-assessment-vote.txt", "text": AM_ARTICLE},
    "datasheet": {"name": "tulliver-mvcd-wnv-weekly-data-sheet.md", "text": AM_DATASHEET},
    "memo": {"name": "tulliver-mvcd-tick-survey-memo.txt", "text": AM_MEMO},
}

# --- AM1: wire story with a dateline (sources: report, release) --------------------------
AM1 = """West Nile season was Tulliver County's worst since 2012, mosquito district says

FELTHAM, Nov. 24 (Valley Wire) - Mosquitoes carrying West Nile virus turned up in 146 trap pools across Tulliver County this year, two and a half times as many as in 2025 and the most since 2012, the county's mosquito and vector control district said in its 2026 season report.

Nine residents were confirmed with West Nile illness, seven of them with the neuroinvasive form, and an 87-year-old Ashby man died.

Field crews logged 4,860 trap nights, up 11.3%, and the laboratory tested 2,184 pools, and 6.7% of them were positive, more than twice the 3.0% rate of 2025.

Corran Delta, a farming zone of rice fields and duck clubs, led the county with 52 positive pools, a rate of 8.6%, while Ashby had 41 and a rate of 8.0%. Together the two zones produced 93 of the 146 positives, nearly two thirds, and seven of the nine human cases. Feltham and Stoke Marsh followed with 27 and 19 positive pools, and Stoke Marsh's rate of 6.3% was the county's fourth-highest. Wendle Hills had the fewest, 7, and no human cases.

The district had not sprayed adult mosquitoes from the air since 2012. This year it flew three missions, on Aug. 13, 20 and 28, over 38,600 acres of Corran Delta and Ashby, at a cost of $412,000. When it announced the spraying on Aug. 11, its laboratory had already found 76 positive pools, more than the 58 of all of 2025.

In all, the district treated 84,020 acres, up 37.1% from 61,300 in 2025: ground crews sprayed 25,350 acres for adult mosquitoes, aircraft spread larvicide on 12,400 acres of rice fields and wetlands, and crews treated 5,870 acres of ditches and catch basins.

The 2026 budget was $6.88 million, with $3.69 million from property taxes and $2.41 million, more than a third, from a $9.80 assessment on each of 246,000 single-family parcels, unchanged since 2009. Spending reached $7.26 million because of the aerial missions, and the board moved $380,000 from its reserve, which fell to $2.74 million from $3.21 million.

The district hired 22 seasonal technicians this year, down from 28. It monitors 186 trap sites, and 6,240 residents have signed up for spray alerts.

Owners approved raising the assessment to $14.60 in a mail ballot counted Nov. 17. The district's last aerial campaign, in 2012, covered 52,000 acres, and statewide, 212 human West Nile cases were reported this year.
"""

AM1_FIGS = [
    F("2012", S, note="report: the most since 2012"),
    F("24", U, note="neither the report nor the release is dated November 24; the report gives only November 2026"),
    F("146", S, note="report: 146 pools tested positive"),
    F("two and a half times", S, derived=True, note="report: 146 / 58 = 2.52"),
    F("2025", S, note="report: 58 in 2025"),
    F("2012", S, note="report: the most since 2012"),
    F("2026", S, note="report: 2026 Season Report"),
    F("Nine", S, note="report: nine human cases"),
    F("seven", S, note="report: seven of them neuroinvasive"),
    F("87", C, "78", note="report: a 78-year-old Ashby man died (transposed digits)"),
    F("4,860", S, note="report: 4,860 trap nights"),
    F("11.3%", C, "10.2%", note="report: trap nights up 10.2%; 11.3% is the rise in pools tested (2,184 / 1,962)"),
    F("2,184", S, note="report: tested 2,184 pools"),
    F("6.7%", S, note="report: the positive share rose to 6.7%"),
    F("twice", S, derived=True, note="report: 6.7 / 3.0 = 2.2, 'more than twice'"),
    F("3.0%", S, note="report: from 3.0%"),
    F("2025", S, note="report: 3.0% in 2025"),
    F("52", S, note="report table: Corran Delta 52 positive pools, the most"),
    F("8.6%", S, note="report table: Corran Delta 8.6%"),
    F("41", S, note="report table: Ashby 41 positive pools"),
    F("8.0%", S, note="report table: Ashby 8.0%"),
    F("two", S, note="report table: the two zones just named"),
    F("93", S, derived=True, note="report table: 52 + 41 = 93"),
    F("146", S, note="report: 146 positive pools"),
    F("two thirds", S, derived=True, note="report table: 93 / 146 = 63.7%, 'nearly two thirds'"),
    F("seven", S, derived=True, note="report table: human cases Corran Delta 4 + Ashby 3 = 7"),
    F("nine", S, note="report: nine human cases"),
    F("27", C, "19", note="report table: Feltham 19 positive pools; 27 is Stoke Marsh's (swapped pair)"),
    F("19", C, "27", note="report table: Stoke Marsh 27 positive pools; 19 is Feltham's (swapped pair)"),
    F("6.3%", S, note="report table: Stoke Marsh 6.3%"),
    F("fourth-highest", C, "third-highest", derived=True, note="report table: 8.6 (Corran Delta), 8.0 (Ashby), 6.3 (Stoke Marsh): third-highest"),
    F("7", S, note="report table: Wendle Hills 7 positive pools, the fewest, 0 human cases"),
    F("2012", S, note="release: the first aerial treatment for adult mosquitoes since 2012"),
    F("three", S, note="report: three aerial missions"),
    F("13", S, note="report: on August 13, 20 and 27"),
    F("20", S, note="report: on August 13, 20 and 27"),
    F("28", C, "27", note="report: the missions were on August 13, 20 and 27"),
    F("38,600", S, note="report: covered 38,600 acres of Corran Delta and Ashby"),
    F("$412,000", S, note="report: cost $412,000"),
    F("11", S, note="release: dated Tuesday, August 11, 2026"),
    F("76", S, note="release: West Nile virus in 76 mosquito pools this season"),
    F("58", S, note="release / report: the 58 found in all of 2025"),
    F("2025", S, note="release: in all of 2025"),
    F("84,020", S, note="report: treated 84,020 acres"),
    F("37.1%", S, note="report: up 37.1%"),
    F("61,300", S, note="report: from 61,300 in 2025"),
    F("2025", S, note="report: 61,300 in 2025"),
    F("25,350", S, note="report: ground crews treated 25,350 acres for adult mosquitoes"),
    F("12,400", C, "14,200", note="report: aircraft applied larvicide to 14,200 acres"),
    F("5,870", S, note="report: crews treated 5,870 acres of ditches, ponds and catch basins"),
    F("2026", S, note="report: the 2026 operating budget"),
    F("$6.88 million", S, note="report: $6.88 million"),
    F("$3.69 million", C, "$3.96 million", note="report: $3.96 million from property taxes (transposed digits)"),
    F("$2.41 million", S, note="report: $2.41 million from the benefit assessment"),
    F("a third", S, note="report: the assessment is 35.0% of the budget, 'more than a third'"),
    F("$9.80", S, note="report: $9.80 a year on each parcel"),
    F("246,000", S, note="report: 246,000 single-family parcels"),
    F("2009", S, note="report: unchanged since 2009"),
    F("$7.26 million", S, note="report: spending reached $7.26 million"),
    F("$380,000", S, note="report: transferred $380,000 from the reserve"),
    F("$2.74 million", S, note="report: the reserve fell to $2.74 million"),
    F("$3.21 million", C, "$3.12 million", note="report: from $3.12 million (transposed digits)"),
    F("22", S, note="report: 22 seasonal technicians in 2026"),
    F("28", C, "26", note="report: down from 26 in 2025"),
    F("186", S, note="release: 186 trap sites"),
    F("6,240", S, note="release: 6,240 have signed up for spray alerts"),
    F("$14.60", U, note="the new assessment is in the minutes and the article, neither among this case's sources"),
    F("17", U, note="the ballot count on November 17 is in the minutes and the article, neither among this case's sources"),
    F("2012", S, note="release: no aerial treatment for adult mosquitoes since 2012"),
    F("52,000", U, note="no source gives the acreage of an aerial campaign in 2012"),
    F("212", U, note="no source gives statewide case counts"),
]

# --- AM2: opinion column (sources: article, minutes) -------------------------------------
AM2 = """# The mosquito fee passed. Now the district has to earn it.

*Opinion | By Warren Teague*

I'll admit it: when my ballot from the mosquito district arrived this fall, I nearly tossed it. A fee increase by mail, decided by whoever bothers to return an envelope, is not my idea of democracy. But I voted yes, and so did 41,660 of my neighbors, or 54.8% of the 71,340 owners who sent ballots back. That is a margin of nearly 12,000 votes. It is also, with ballots mailed to the owners of 246,000 parcels, a decision made by fewer than three in ten of them.

The numbers behind the vote are hard to argue with. The district found West Nile virus in 146 mosquito pools this summer, the most since 2012. Nine residents got sick and one died. By the board's Sept. 15 meeting the count already stood at 140 positive pools and nine human cases. In August the district flew four spraying missions over 38,600 acres, at a cost of $412,000, and had to pull $380,000 from a reserve that fell to $2.74 million, about $260,000 below the board's own $3.0 million floor. All told, the district says, its crews treated more than 84,000 acres this season.

So the assessment, unchanged since 2007, goes from $9.80 to $14.60 a parcel on July 1, 2027. That is a 49% jump, but it comes to $4.80 a year, or about 50 cents a month, less than a single can of repellent at $8. Marcus Ebbing, the 63-year-old Corran Delta man who spent 11 days in the hospital with encephalitis, put it better than I can: "Four dollars and eighty cents is nothing."

The increase will bring in about $1.8 million a year. The engineer's report spells out where it goes: $368,000 for eight more seasonal technicians, or $46,000 apiece; $192,000 for a second drone and its operator; $220,000 for tick and invasive Aedes surveillance; and $400,000, about a third of the total, for an aerial-response reserve. That last item is my favorite. Next time the district should not have to raid its savings to fly.

Eight more technicians would take the seasonal crew from 22 to 30, an increase of more than a third.

Trustee Dolores Kincaid, 67, wanted to phase the increase in over three years. She and Vernon Ashe were outvoted 8-3 when the board sent the measure to owners, and she has a point that a 49% increase is a lot at once. Yet our neighbors pay far more: the Orrin County district charges $18.20 a parcel and the Bexley Valley district $21.75, more than twice what we paid.

Here is my test. The board may raise the fee by no more than 3% a year once the new rate takes effect. It should publish, every fall, how many acres its new drone treats at 40 acres an hour and how fast it answers calls. I've lived in Corran Delta for 23 years, our block counted 40 dead crows in August, and I spent $60 on repellent this summer. I would like that to be the last summer I do.
"""

AM2_FIGS = [
    F("41,660", S, note="article: 41,660 supported the increase"),
    F("54.8%", C, "58.4%", note="article: 41,660, or 58.4% (transposed digits)"),
    F("71,340", S, note="article: of 71,340 ballots returned"),
    F("12,000", S, derived=True, note="article: 41,660 - 29,680 = 11,980, 'nearly 12,000'"),
    F("246,000", S, note="article / minutes: ballots went to the owners of 246,000 parcels"),
    F("three in ten", S, derived=True, note="article: 71,340 / 246,000 = 29.0%, 'fewer than three in ten'"),
    F("146", S, note="article: West Nile virus in 146 mosquito pools"),
    F("2012", S, note="article: the most since 2012"),
    F("Nine", S, note="article: nine county residents fell ill"),
    F("one", S, note="article: one of whom died"),
    F("15", S, note="minutes: meeting of Tuesday, September 15, 2026"),
    F("140", S, note="minutes: through September 12, 140 positive pools"),
    F("nine", C, "eight", note="minutes: through September 12, eight human cases (nine is the season's final count, in the article)"),
    F("four", C, "three", note="article / minutes: three missions"),
    F("38,600", S, note="article / minutes: over 38,600 acres"),
    F("$412,000", S, note="minutes: a total cost of $412,000"),
    F("$380,000", S, note="minutes: transfer $380,000 from the reserve"),
    F("$2.74 million", S, note="minutes: the reserve would fall to $2.74 million"),
    F("$260,000", S, derived=True, note="minutes: $3.0 million - $2.74 million = $260,000"),
    F("$3.0 million", S, note="minutes: the board's policy minimum of $3.0 million"),
    F("84,000", U, note="the 84,020 acres treated are in the season report, not among this case's sources"),
    F("2007", C, "2009", note="article: the first increase in the assessment since 2009"),
    F("$9.80", S, note="article / minutes: from $9.80"),
    F("$14.60", S, note="article / minutes: to $14.60"),
    F("1", S, note="article / minutes: takes effect July 1, 2027"),
    F("2027", S, note="article / minutes: July 1, 2027"),
    F("49%", S, note="article / minutes: Kincaid, the 49% increase"),
    F("$4.80", S, derived=True, note="article: $14.60 - $9.80 = $4.80"),
    F("50", C, "40", derived=True, note="article: $4.80 / 12 = $0.40, about 40 cents a month"),
    F("$8", U, note="no source gives the price of repellent"),
    F("63", S, note="article: Marcus Ebbing, 63"),
    F("11", S, note="article / minutes: 11 days in the hospital"),
    F("Four dollars and eighty cents", S, note="article: Ebbing, 'Four dollars and eighty cents is nothing' (quoted)"),
    F("$1.8 million", C, "$1.18 million", note="article / minutes: about $1.18 million a year"),
    F("$368,000", S, note="minutes: $368,000 for eight more seasonal technicians"),
    F("eight", S, note="minutes: eight more seasonal technicians"),
    F("$46,000", S, derived=True, note="minutes: $368,000 / 8 = $46,000"),
    F("$192,000", S, note="minutes: $192,000 for a second larviciding drone and its operator"),
    F("second", S, note="minutes: a second larviciding drone"),
    F("$220,000", S, note="minutes: $220,000 for tick and invasive Aedes surveillance"),
    F("$400,000", S, note="minutes: $400,000 for an aerial-response reserve"),
    F("a third", S, derived=True, note="minutes: 400,000 / 1,180,000 = 33.9%, 'about a third'"),
    F("Eight", S, note="article / minutes: eight more seasonal technicians"),
    F("22", S, note="article: 22 seasonal technicians this year"),
    F("30", S, note="article: bringing the total to 30"),
    F("a third", S, derived=True, note="article: 8 / 22 = 36.4%, 'more than a third'"),
    F("67", C, "71", note="article: Dolores Kincaid, 71; 67 is Whitford's age"),
    F("three", S, note="article: Kincaid, 'phased it in over three years'"),
    F("8", C, "9", note="minutes: the resolution carried 9-2; 8-3 was the drone vote"),
    F("3", C, "2", note="minutes: carried 9-2, Kincaid and Ashe voting no"),
    F("49%", S, note="article / minutes: a 49% increase"),
    F("$18.20", S, note="article: the Orrin County district $18.20 a parcel"),
    F("$21.75", S, note="article: the Bexley Valley district $21.75"),
    F("twice", S, derived=True, note="article: 21.75 / 9.80 = 2.2, 'more than twice'"),
    F("3%", S, note="article / minutes: increases capped at 3% a year"),
    F("40", S, note="minutes: the drone can treat 40 acres an hour"),
    F("23", U, note="the columnist's own years in Corran Delta; no source gives them"),
    F("40", U, note="the columnist's own count of dead crows; no source gives it"),
    F("$60", U, note="the columnist's own spending; no source gives it"),
]

# --- AM3: explainer with a Markdown table (sources: report, datasheet) --------------------
AM3 = """# West Nile in Tulliver County, week by week: what the numbers show

*An explainer on the mosquito district's 2026 season*

### How bad was this year?

The worst since 2012, by the district's own count of infected mosquito pools.

### When did it take off?

In the week ending July 25 the weekly positive rate passed 10%, the top level of the district's risk scale, and it stayed there for five weeks in a row:

| Week ending | Positive pools | Positive rate | Season to date |
|---|---|---|---|
| July 25 | 14 | 10.7% | 34 |
| Aug. 1 | 19 | 14.3% | 53 |
| Aug. 8 | 23 | 15.3% | 76 |
| Aug. 15 | 12 | 14.3% | 97 |
| Aug. 22 | 17 | 12.2% | 114 |

Those five weeks produced 94 positive pools, nearly two thirds of the season's total. Mosquito numbers peaked at 112 female Culex per trap night in the week ending Aug. 8, against a 2024 peak of 71, or nearly 60% more.

### Which mosquito carried it?

Mostly Culex tarsalis, the rice-field mosquito, found in 118 of the 139 positive pools in the 12 weeks covered by the district's data sheet, or 89.4%.

### Where was it worst?

In Corran Delta, which had 52 positive pools and a rate of 8.6%. Stoke Marsh had 27 positives from 462 pools tested, a rate of 6.3%. Wendle Hills had just 7 positives, or 2.7%, about a third of Corran Delta's rate.

### When did people get sick?

There were three by Aug. 8 and six by Aug. 15; the ninth and last was reported in the week ending Sept. 19.

### What did the district do about it?

Fourteen trucks sprayed 23,550 acres for adult mosquitoes. Aircraft followed with three missions, on Aug. 13, 20 and 27, which covered 38,600 acres and cost $412,000, about $10.70 an acre. The missions pushed spending to $7.26 million against a budget of $6.88 million, an overshoot of about 4.5%.

### What comes next?

The data sheet ends with the week of Sept. 26, when the season's count stood at 145; the 146th positive pool came later. The district will keep 186 trap sites running next year. Statewide, 4.1% of pools tested positive this year, and owners will pay $14.60 a parcel from 2027 to pay for more spraying.
"""

AM3_FIGS = [
    F("2026", S, note="report: 2026 Season Report"),
    F("2012", S, note="report: the most positive pools since 2012"),
    F("25", S, note="datasheet: week ending Jul 25, rate 10.7%"),
    F("10%", S, note="datasheet: a weekly rate above 10% is the top level of the risk scale"),
    F("five", S, derived=True, note="datasheet: weeks ending Jul 25, Aug 1, 8, 15 and 22 are above 10%; Aug 29 is 9.5%"),
    F("25", S, note="datasheet: week ending Jul 25"),
    F("14", S, note="datasheet: Jul 25, 14 positive pools"),
    F("10.7%", S, note="datasheet: Jul 25, 10.7%"),
    F("34", S, note="datasheet: Jul 25, 34 season to date"),
    F("1", S, note="datasheet: week ending Aug 1"),
    F("19", S, note="datasheet: Aug 1, 19 positive pools"),
    F("14.3%", C, "13.4%", note="datasheet: Aug 1, 13.4%; 14.3% is the rate of the week ending Aug 15"),
    F("53", S, note="datasheet: Aug 1, 53 season to date"),
    F("8", S, note="datasheet: week ending Aug 8"),
    F("23", S, note="datasheet: Aug 8, 23 positive pools"),
    F("15.3%", S, note="datasheet: Aug 8, 15.3%"),
    F("76", S, note="datasheet: Aug 8, 76 season to date"),
    F("15", S, note="datasheet: week ending Aug 15"),
    F("12", C, "21", note="datasheet: Aug 15, 21 positive pools (transposed digits; 97 - 76 = 21)"),
    F("14.3%", S, note="datasheet: Aug 15, 14.3%"),
    F("97", S, note="datasheet: Aug 15, 97 season to date"),
    F("22", S, note="datasheet: week ending Aug 22"),
    F("17", S, note="datasheet: Aug 22, 17 positive pools"),
    F("12.2%", S, note="datasheet: Aug 22, 12.2%"),
    F("114", S, note="datasheet: Aug 22, 114 season to date"),
    F("five", S, note="datasheet: the five weeks just listed"),
    F("94", S, derived=True, note="datasheet: 14 + 19 + 23 + 21 + 17 = 94"),
    F("two thirds", S, derived=True, note="datasheet / report: 94 / 146 = 64.4%, 'nearly two thirds'"),
    F("112", S, note="datasheet: female Culex per trap night peaked at 112"),
    F("8", C, "1", note="datasheet: the peak of 112 was in the week ending August 1"),
    F("2024", C, "2025", note="datasheet: 2025 peak: 71"),
    F("71", S, note="datasheet: 2025 peak: 71"),
    F("60%", S, derived=True, note="datasheet: 112 / 71 = 1.58, 'nearly 60% more'"),
    F("118", S, note="datasheet: Culex tarsalis in 118 of the 139 positive pools"),
    F("139", S, note="datasheet: 139 positive pools in these weeks"),
    F("12", S, note="datasheet: the data sheet covers 12 weeks"),
    F("89.4%", C, "84.9%", note="datasheet: 118 of 139, 84.9%"),
    F("52", S, note="report table: Corran Delta 52 positive pools"),
    F("8.6%", S, note="report table: Corran Delta 8.6%"),
    F("27", S, note="report table: Stoke Marsh 27 positive pools"),
    F("462", C, "426", note="report table: Stoke Marsh 426 pools tested (transposed digits)"),
    F("6.3%", S, note="report table: Stoke Marsh 6.3%"),
    F("7", S, note="report table: Wendle Hills 7 positive pools"),
    F("2.7%", S, note="report table: Wendle Hills 2.7%"),
    F("a third", S, derived=True, note="report table: 2.7 / 8.6 = 0.31, 'about a third'"),
    F("three", S, note="datasheet: human cases season to date 3 in the week ending Aug 8"),
    F("8", S, note="datasheet: week ending Aug 8"),
    F("six", C, "five", note="datasheet: human cases season to date 5 in the week ending Aug 15"),
    F("15", S, note="datasheet: week ending Aug 15"),
    F("ninth", S, note="datasheet / report: the season-to-date count reaches 9, the season's total, in the week ending Sep 19"),
    F("19", S, note="datasheet: week ending Sep 19"),
    F("Fourteen", U, note="no source gives the number of spray trucks"),
    F("23,550", C, "25,350", note="report: ground crews treated 25,350 acres (transposed digits)"),
    F("three", S, note="report / datasheet: three aerial missions"),
    F("13", S, note="report / datasheet: August 13, 20 and 27"),
    F("20", S, note="report / datasheet: August 13, 20 and 27"),
    F("27", S, note="report / datasheet: August 13, 20 and 27"),
    F("38,600", S, note="report: covered 38,600 acres"),
    F("$412,000", S, note="report: cost $412,000"),
    F("$10.70", S, derived=True, note="report: $412,000 / 38,600 acres = $10.67 an acre"),
    F("$7.26 million", S, note="report: spending reached $7.26 million"),
    F("$6.88 million", S, note="report: the 2026 operating budget was $6.88 million"),
    F("4.5%", C, "5.5%", derived=True, note="report: 7.26 / 6.88 = 1.055, an overshoot of 5.5%"),
    F("26", S, note="datasheet: the last week ends Sep 26"),
    F("145", S, note="datasheet: Sep 26, 145 season to date"),
    F("146th", S, derived=True, note="datasheet / report: 145 by Sep 26 and 146 in the season, so the 146th came later"),
    F("186", U, note="the 186 trap sites are in the release, not among this case's sources"),
    F("4.1%", U, note="no source gives a statewide positive rate"),
    F("$14.60", U, note="the new assessment is in the minutes and the article, neither among this case's sources"),
    F("2027", U, note="the new assessment's start is in the minutes and the article, neither among this case's sources"),
]

# --- AM4: newsletter, hard-wrapped (sources: memo, release, article) ---------------------
AM4 = """# Feltham Oaks Neighbors: winter newsletter, December 2026

**Ticks on our trail.** The mosquito district's vector ecologist, Dr. Ines
Marwick, has sent the general manager her report on this year's tick survey,
and our park is in it. Between Jan. 12 and May 29 her staff dragged for ticks
on 32 visits to three sites. At Feltham Oaks Park they collected 194 western
blacklegged ticks, the kind that carries Lyme disease, tested 170 of them and
found 5 infected, or 2.9%, up from 2 last year. She counted 1,486 ticks in
all, 612 of them blacklegged and the rest American dog ticks.

- Wendle Ridge Preserve was worse: 9 of 236 ticks tested were positive, or
  3.8%, the highest rate for the second year in a row. It is also the busiest
  site, with about 85,000 visits a year.
- Ashby Creek Trail had 3 positives among 143 ticks tested.
- Across the three sites, 17 of 540 tested ticks carried the bacteria, 3.1%,
  up from 2.3% in 2024.

She wants warning signs at 14 trailheads, at about $300 each, or $4,200 in
all. She also asks for $18,500 for testing in 2027, enough for about 740 ticks
at $25 apiece, roughly 200 more than were tested this year. Yet that money
depended on the fee vote.

**The fee passed.** Owners approved the district's assessment increase on
Nov. 19, 41,660 ballots to 29,680, or 58.4% yes. It rises to $14.60 from $9.80
a parcel on July 1, 2027, and will raise about $1.18 million a year. Of that,
$220,000 a year goes to tick and invasive Aedes surveillance, less than
a fifth. Turnout was only about 29%. General Manager Rosa Delgado-Pryce, 55,
said the district had been running a 2026 season on a 2009 budget. Trustee
Dolores Kincaid, 71, still thinks the 49% rise was too much at once; she would
have phased it in over four years. The district bought its drone in September
for $68,500.

**Looking back at the spraying.** On Aug. 11 the district said it would spray
14,800 acres of Corran Delta and Ashby from the air, which it had not done
since 2012, and its planes flew from 8:30 p.m. to 2 a.m. It flew three
missions in all, at about $137,000 each. But the three human cases known by
then were all in Corran Delta and Ashby, none here. The district's budget this
year was $6.88 million.

**Dates.** Our trail cleanup is Saturday, Jan. 16, at 9 a.m. at the Feltham
Oaks Park gate. Dues stay at $15 a household.
"""

AM4_FIGS = [
    F("2026", S, note="memo / article: the sources are dated 2026 (no source is dated December; the month is no figure)"),
    F("12", S, note="memo: between January 12 and May 29"),
    F("29", S, note="memo: between January 12 and May 29"),
    F("32", S, note="memo: on 32 visits"),
    F("three", S, note="memo: to three sites"),
    F("194", S, note="memo: Feltham Oaks Park, 194 collected"),
    F("170", S, note="memo: Feltham Oaks Park, 170 tested"),
    F("5", S, note="memo: Feltham Oaks Park, 5 positive"),
    F("2.9%", S, note="memo: Feltham Oaks Park, 2.9%"),
    F("2", U, note="the memo gives no site's 2025 results"),
    F("1,486", S, note="memo: collected 1,486 ticks"),
    F("612", S, note="memo: 612 western blacklegged ticks (and 874 American dog ticks)"),
    F("9", S, note="memo: Wendle Ridge Preserve, 9 positive"),
    F("236", S, note="memo: Wendle Ridge Preserve, 236 tested"),
    F("3.8%", S, note="memo: Wendle Ridge Preserve, 3.8%"),
    F("second", S, note="memo: the highest infection rate for the second year in a row"),
    F("85,000", C, "58,000", note="memo: about 58,000 visits a year (transposed digits)"),
    F("3", S, note="memo: Ashby Creek Trail, 3 positive"),
    F("143", C, "134", note="memo: Ashby Creek Trail, 134 tested (transposed digits)"),
    F("three", S, note="memo: three sites"),
    F("17", S, note="memo: seventeen of the 540 tested were positive"),
    F("540", S, note="memo: tested 540 of the blacklegged ticks"),
    F("3.1%", S, note="memo: an infection rate of 3.1%"),
    F("2.3%", S, note="memo: up from 2.3% in 2025"),
    F("2024", C, "2025", note="memo: 2.3% in 2025"),
    F("14", S, note="memo: warning signs at 14 trailheads"),
    F("$300", S, note="memo: at about $300 each"),
    F("$4,200", S, note="memo: or $4,200 in all"),
    F("$18,500", S, note="memo: budget $18,500 for tick testing in 2027"),
    F("2027", S, note="memo: in 2027"),
    F("740", S, note="memo: about 740 ticks"),
    F("$25", S, note="memo: at $25 each"),
    F("200", S, derived=True, note="memo: 740 - 540 tested this year = 200"),
    F("19", C, "17", note="article: the ballots were counted on Tuesday, two days before the article of Thursday, November 19, i.e. November 17"),
    F("41,660", S, note="article: 41,660 supported the increase"),
    F("29,680", S, note="article: 29,680 opposed it"),
    F("58.4%", S, note="article: or 58.4%"),
    F("$14.60", S, note="article: raising it to $14.60"),
    F("$9.80", S, note="article: from $9.80"),
    F("1", S, note="article: takes effect July 1, 2027"),
    F("2027", S, note="article: July 1, 2027"),
    F("$1.18 million", S, note="article: about $1.18 million a year"),
    F("$220,000", S, note="memo: $220,000 a year for tick and invasive Aedes surveillance"),
    F("a fifth", S, derived=True, note="memo / article: 220,000 / 1,180,000 = 18.6%, 'less than a fifth'"),
    F("29%", S, note="article: about 29% responded"),
    F("55", C, "52", note="article: Rosa Delgado-Pryce, 52"),
    F("2026", S, note="article: Delgado-Pryce, 'a 2026 season on a 2009 budget'"),
    F("2009", S, note="article: 'a 2009 budget'"),
    F("71", S, note="article: Dolores Kincaid, 71"),
    F("49%", S, note="article: the 49% increase"),
    F("four", C, "three", note="article: Kincaid, 'I would have phased it in over three years'"),
    F("$68,500", C, "$86,500", note="article: the district bought its first drone, for $86,500 (transposed digits)"),
    F("11", S, note="release: dated August 11, 2026"),
    F("14,800", S, note="release: about 14,800 acres of Corran Delta and Ashby"),
    F("2012", S, note="release: the first aerial treatment since 2012"),
    F("8:30", S, note="release: from 8:30 p.m. to 1 a.m."),
    F("2", C, "1", note="release: from 8:30 p.m. to 1 a.m."),
    F("three", S, note="article: flying three missions over 38,600 acres in August"),
    F("$137,000", S, note="release: each mission costs about $137,000"),
    F("three", S, note="release: three human cases, two in Corran Delta and one in Ashby"),
    F("$6.88 million", U, note="the budget is in the season report, not among this case's sources"),
    F("16", U, note="the association's own event; no source gives it"),
    F("9", U, note="the association's own event; no source gives it"),
    F("$15", U, note="the association's dues; no source gives them"),
]

CASES = [
    ("fresh20-dev", "fresh-am", list(AM_POOL.values()), [
        ("wire.txt", AM1, AM1_FIGS, "wire story with a dateline, compound sentences holding two owners, a swapped pair, a wrong rank and closing claims no source makes"),
        ("opinion.md", AM2, AM2_FIGS, "opinion column: hedges, derived figures (margins, shares, per-month and per-unit values, multiples), another motion's tally, the columnist's own figures"),
        ("explainer.md", AM3, AM3_FIGS, "explainer with question headings and a Markdown table of weeks restating the data sheet, derived figures"),
        ("newsletter.md", AM4, AM4_FIGS, "neighborhood newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet, the association's own dates"),
    ]),
]
CASE_SOURCES = {
    "fresh-am-1": ["report", "release"],
    "fresh-am-2": ["article", "minutes"],
    "fresh-am-3": ["report", "datasheet"],
    "fresh-am-4": ["memo", "release", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AM_POOL, CASE_SOURCES)
