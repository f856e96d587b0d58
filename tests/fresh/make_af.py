#!/usr/bin/env python3
"""Generate tests/fresh/fresh16-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AF (fresh16-blind): a regional ferry service's annual ridership, fares and
                      a new vessel (Kestrel Sound Ferries): the Kestrel Sound
                      Ferry District's 2025 annual report excerpt (passengers
                      and vehicles on four routes, sailings, on-time rates,
                      cancellations, fares, finances, fleet), the district's
                      release on the board's 5-2 vote for an $88.5 million
                      hybrid-electric ferry and new fares from May 1, and a
                      newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_af.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AF: Kestrel Sound Ferries (fictional)
# ---------------------------------------------------------------------------

AF_REPORT = """Kestrel Sound Ferry District
2025 Annual Report (excerpt)
Calendar year, January 1 to December 31, 2025

Ridership

Kestrel Sound Ferries carried 2,486,300 passengers in 2025, up 4.9% from 2,370,200 in 2024, and 612,800 vehicles, up 2.1% from 600,200. It was the busiest year since the 2019 record of 2,531,000 passengers. August was the busiest month, with 318,400 passengers; February was the quietest, with 121,700.

Table 1. Traffic by route, 2025

| Route | Crossing (minutes) | Sailings | Passengers | Change from 2024 (%) | Vehicles | On time (%) |
|---|---|---|---|---|---|---|
| Port Alder–Mossbank Island | 35 | 9,420 | 1,148,600 | +5.8 | 301,400 | 91.2 |
| Port Alder–Greywater | 50 | 6,210 | 742,900 | +3.1 | 198,700 | 86.5 |
| Port Alder–Tillery Island | 70 | 2,920 | 388,500 | +6.4 | 87,600 | 88.9 |
| Mossbank–Tillery | 25 | 3,650 | 206,300 | +3.8 | 25,100 | 94.3 |
| All routes | — | 22,200 | 2,486,300 | +4.9 | 612,800 | 90.1 |

A sailing is on time if it leaves within 10 minutes of schedule. On-time performance improved from 87.4% in 2024. The district cancelled 418 scheduled sailings, 1.8% of the total: 231 for weather and 187 for mechanical problems or crew shortages. The Port Alder–Mossbank route carried 46.2% of all passengers.

Fares

A one-way adult passenger fare was $9.50 on the three Port Alder routes and $4.00 between Mossbank and Tillery. Children aged 6 to 18 and seniors 65 and over paid $4.75; children under 6 ride free. A standard vehicle under 22 feet, with its driver, paid $38.00. Island residents can buy a 20-ride passenger book for $105 and anyone can buy a 10-ride vehicle book for $240. Residents' books accounted for 31% of passenger trips.

Finances

Operating revenue was $48.0 million: vehicle fares $19.2 million, passenger fares $9.8 million, residents' ride books $2.4 million, concessions $2.1 million, a state operating grant of $8.6 million and the district's property tax levy of $5.9 million. Operating expenses were $47.2 million: labor $26.8 million, fuel $9.7 million, down from $10.4 million in 2024, maintenance $6.3 million and other costs $4.4 million, leaving a surplus of $0.8 million. Fares covered 66.5% of operating expenses, up from 64.8%.

Fleet and people

The district runs six vessels with an average age of 34 years. The oldest, the MV Tern, built in 1971, carries 90 vehicles and 600 passengers on the Port Alder–Mossbank route. The Tern was out of service for 37 days in 2025, and its repairs cost $1.9 million. The fleet burned 2.86 million gallons of diesel. The district employs 312 people, 214 of them aboard the vessels.
"""

AF_RELEASE = """FOR IMMEDIATE RELEASE
Kestrel Sound Ferry District
Thursday, January 22, 2026

Ferry board approves $88.5 million hybrid vessel to replace the Tern, and new fares from May 1

The Kestrel Sound Ferry District's Board of Commissioners voted 5-2 on Wednesday to buy a hybrid-electric ferry from Marrowgate Shipyard for $88.5 million. The new vessel will replace the MV Tern, built in 1971, on the Port Alder–Mossbank route.

The vessel will carry 144 vehicles and 1,200 passengers, against the Tern's 90 vehicles and 600 passengers. Its batteries, charged at Port Alder, are expected to cut diesel use by 38%, or about 290,000 gallons a year, compared with the Tern. Construction will start in July 2026 and take about 30 months, with the vessel entering service in spring 2029.

Table 1. Funding for the new vessel

| Source | Amount ($ million) | Share (%) |
|---|---|---|
| Federal Ferry Boat Program grant | 35.4 | 40.0 |
| State marine capital fund | 26.6 | 30.1 |
| District revenue bonds | 22.0 | 24.9 |
| District reserves | 4.5 | 5.1 |
| Total | 88.5 | 100.0 |

The bonds will be repaid over 20 years from fare revenue.

New fares from May 1, 2026

The board also approved the district's first fare increase since 2022. From Friday, May 1, the adult passenger fare will rise to $10.25 from $9.50 and the fare for a standard vehicle and driver to $41.00 from $38.00. Children's and seniors' fares will rise to $5.10 from $4.75, and the 10-ride vehicle book to $255 from $240. The residents' 20-ride passenger book stays at $105, and the Mossbank–Tillery fare stays at $4.00. The increase is expected to raise $2.3 million a year.

"The Tern has carried islanders for 55 years, and she has earned her rest," said board chair Halvard Osgood. "The new boat will carry twice as many passengers on our busiest route and burn far less fuel."

Commissioners Lucinda Ferro and Bram Okonjo voted against. A public hearing on January 8 drew 46 speakers and 118 written comments.

Last year the district carried 2,486,300 passengers and 612,800 vehicles.
"""

AF_ARTICLE = """Ferry board buys $88.5 million hybrid, raises fares 8%

By Wendell Arkwright, The Island Courier
Saturday, January 24, 2026

The Kestrel Sound Ferry District board voted 5-2 on Wednesday to replace the 55-year-old MV Tern with an $88.5 million hybrid-electric ferry and to raise most fares by about 8% on May 1.

Board chair Halvard Osgood, 71, said the Tern's breakdowns had become the district's biggest problem. The boat was out of service for 37 days last year, and each time the relief vessel MV Plover filled in, with room for only 64 cars. "On a Friday in August, that means 200 cars left at the dock," Osgood said.

Lucinda Ferro, 52, who represents Greywater and voted no, said fares should not rise while the district runs a surplus of $0.8 million. "Greywater commuters will never ride the new boat, but they will pay for it," she said. Bram Okonjo, 60, also voted no.

Captain Arne Lindqvist, 61, has piloted the Tern for 34 years. "She's a good boat, but her engines are older than most of the crew," he said. The new vessel will need a crew of 11, against 14 on the Tern.

General manager Renata Vasquez-Holm, 48, who has run the district since 2019, said the federal grant, $35.4 million, is the largest in the district's history. She said the hybrid would save about $1.1 million a year in fuel and maintenance.

For commuters who drive on, the change adds up. Dorothy Kemble, 39, a nurse who drives from Mossbank to Port Alder three days a week, buys a 10-ride vehicle book about every 12 days. "That's another $15 a book, so about $450 more a year," she said.

Walk-on commuters who use the residents' book will pay nothing more. About 31% of passenger trips are made on residents' books.

Greywater's ferry is the least punctual in the system: only 86.5% of its sailings left on time last year, against 94.3% between Mossbank and Tillery.

The district last raised fares in 2022, by 5%. Pelican Bay's ferry system bought a similar hybrid vessel in 2023 for $74 million.

Ridership could reach 2.6 million passengers a year by 2030, Vasquez-Holm said.
"""

AF_SOURCES = [
    {"name": "kestrel-sound-ferry-annual-report-2025.txt", "text": AF_REPORT},
    {"name": "kestrel-sound-vessel-and-fares-release.txt", "text": AF_RELEASE},
    {"name": "island-courier-article.txt", "text": AF_ARTICLE},
]

# --- AF1: wire story ---------------------------------------------------------------------
AF1 = """Kestrel Sound Ferries to replace 55-year-old Tern with $88.5 million hybrid, raise fares May 1

PORT ALDER, Jan. 22 (Coastal Wire) — Kestrel Sound Ferries will replace its oldest vessel, the MV Tern, with an $88.5 million hybrid-electric ferry after the district's board voted 5-2 on Wednesday, and most fares will rise on May 1.

The new ferry, to be built by Marrowgate Shipyard, will carry 144 vehicles and 1,200 passengers, against the Tern's 90 vehicles and 600 passengers, or 60% more cars. Construction starts in July and should take about 30 months, with service beginning in spring 2028.

A federal grant covers $35.4 million, or 40%, and the state $26.6 million, while district bonds pay $24.0 million and reserves $4.5 million. Federal and state money together, $62.0 million, covers more than three quarters of the cost. The bonds will be repaid over 20 years from fares.

The adult passenger fare rises to $10.25 from $9.50 and the fare for a car and driver to $41.00 from $36.00, while the residents' 20-ride book stays at $105. It is the district's first fare increase since 2021, and it is expected to raise $2.3 million a year.

Commissioners Lucinda Ferro, 52, and Bram Okonjo, 61, voted against. Ferro said fares should not rise while the district runs a surplus of $0.8 million.

The district carried 2,486,300 passengers in 2025, up 4.9%, and 612,800 vehicles, up 1.2%. That was its busiest year since the 2019 record of 2,531,000 passengers. The Port Alder–Mossbank run, where the new boat will sail, carried 1,148,600 passengers, 46.2% of the total, and 91.2% of its sailings left on time, against 90.1% on the Greywater route.

The Tern was out of service for 37 days last year, and its repairs cost $1.9 million. Its replacement is expected to burn 38% less diesel, about 290,000 gallons a year, and to save $1.6 million a year in fuel and maintenance, general manager Renata Vasquez-Holm, 48, said. It will need a crew of 11 instead of 16.

The fleet burned 2.86 million gallons of diesel last year at a cost of $9.7 million, or about $3.39 a gallon. Fares covered 66.5% of the district's $48.0 million in operating costs.

The Tern will be sold, and the district expects it to fetch about $400,000. The district also plans to add four daily sailings to Tillery Island in 2027.

Pelican Bay's ferry system bought a similar hybrid vessel in 2023 for $74 million.
"""

AF1_FIGS = [
    F("55", S, note="headline; article: the 55-year-old MV Tern; release: 'carried islanders for 55 years'"),
    F("$88.5 million", S, note="release: for $88.5 million"),
    F("1", S, note="release: new fares from May 1, 2026"),
    F("22", S, note="dateline Jan. 22: the release of Thursday, January 22, 2026 reports the vote and fares"),
    F("$88.5 million", S, note="release: for $88.5 million"),
    F("5", S, note="release / article: voted 5-2"),
    F("2", S, note="release / article: voted 5-2"),
    F("1", S, note="release: from Friday, May 1"),
    F("144", S, note="release: the vessel will carry 144 vehicles"),
    F("1,200", S, note="release: and 1,200 passengers"),
    F("90", S, note="release / report: the Tern's 90 vehicles"),
    F("600", S, note="release / report: and 600 passengers"),
    F("60%", S, derived=True, note="release: 144 / 90 = 1.6, 60% more vehicles"),
    F("30", S, note="release: take about 30 months"),
    F("2028", C, "2029", note="release: entering service in spring 2029"),
    F("$35.4 million", S, note="release table: federal grant 35.4"),
    F("40%", S, note="release table: federal grant 40.0%"),
    F("$26.6 million", S, note="release table: state marine capital fund 26.6"),
    F("$24.0 million", C, "$22.0 million", note="release table: district revenue bonds 22.0"),
    F("$4.5 million", S, note="release table: district reserves 4.5"),
    F("$62.0 million", S, derived=True, note="release table: 35.4 + 26.6 = 62.0"),
    F("three quarters", C, "70%", derived=True, note="release table: 62.0 / 88.5 = 70.1% (40.0% + 30.1%), not more than three quarters"),
    F("20", S, note="release: the bonds will be repaid over 20 years from fare revenue"),
    F("$10.25", S, note="release: adult fare to $10.25"),
    F("$9.50", S, note="release: from $9.50"),
    F("$41.00", S, note="release: vehicle and driver to $41.00"),
    F("$36.00", C, "$38.00", note="release / report: from $38.00"),
    F("20", S, note="release: the residents' 20-ride passenger book"),
    F("$105", S, note="release: stays at $105"),
    F("first", S, note="release: the district's first fare increase since 2022"),
    F("2021", C, "2022", note="release: first increase since 2022; article: last raised fares in 2022"),
    F("$2.3 million", S, note="release: expected to raise $2.3 million a year"),
    F("52", S, note="article: Lucinda Ferro, 52"),
    F("61", C, "60", note="article: Bram Okonjo, 60; 61 is Arne Lindqvist's age"),
    F("$0.8 million", S, note="article / report: a surplus of $0.8 million"),
    F("2,486,300", S, note="report: 2,486,300 passengers in 2025"),
    F("2025", S, note="report: in 2025"),
    F("4.9%", S, note="report: up 4.9%"),
    F("612,800", S, note="report: 612,800 vehicles"),
    F("1.2%", C, "2.1%", note="report: vehicles up 2.1% (transposed digits)"),
    F("2019", S, note="report: the 2019 record"),
    F("2,531,000", S, note="report: the 2019 record of 2,531,000 passengers"),
    F("1,148,600", S, note="report table: Port Alder–Mossbank 1,148,600"),
    F("46.2%", S, note="report: the route carried 46.2% of all passengers"),
    F("91.2%", S, note="report table: Port Alder–Mossbank on time 91.2"),
    F("90.1%", C, "86.5%", note="report table: Port Alder–Greywater on time 86.5; 90.1 is all routes'"),
    F("37", S, note="report / article: out of service for 37 days"),
    F("$1.9 million", S, note="report: its repairs cost $1.9 million"),
    F("38%", S, note="release: cut diesel use by 38%"),
    F("290,000", S, note="release: about 290,000 gallons a year"),
    F("$1.6 million", C, "$1.1 million", note="article: would save about $1.1 million a year in fuel and maintenance"),
    F("48", S, note="article: Renata Vasquez-Holm, 48"),
    F("11", S, note="article: a crew of 11"),
    F("16", C, "14", note="article: against 14 on the Tern"),
    F("2.86 million", S, note="report: the fleet burned 2.86 million gallons"),
    F("$9.7 million", S, note="report: fuel $9.7 million"),
    F("$3.39", S, derived=True, note="report: $9.7 million / 2.86 million gallons = $3.39"),
    F("66.5%", S, note="report: fares covered 66.5% of operating expenses"),
    F("$48.0 million", C, "$47.2 million", note="report: operating expenses $47.2 million; $48.0 million is operating revenue"),
    F("$400,000", U, note="no source says the Tern will be sold or for how much"),
    F("four", U, note="no source mentions added sailings"),
    F("2027", U, note="a year inside a claim no source makes"),
    F("2023", S, note="article: Pelican Bay bought a similar vessel in 2023"),
    F("$74 million", S, note="article: for $74 million"),
]

# --- AF2: encyclopedia entry with an infobox (new style) ---------------------------------
AF2 = """# Kestrel Sound Ferries

**Kestrel Sound Ferries** is a public ferry system run by the Kestrel Sound Ferry District, which is governed by a board of commissioners. It links the mainland town of Port Alder with Greywater and with Mossbank and Tillery islands.

| Kestrel Sound Ferries | |
|---|---|
| Operator | Kestrel Sound Ferry District |
| Headquarters | Port Alder |
| Routes | 5 |
| Vessels | 6 (average age 34 years) |
| Vehicles carried (2025) | 621,800 |

## History

The district took over the service from a private operator in 1964. Its oldest vessel, the MV Tern, was built in 1971 and had sailed for 55 years by 2026. Ridership peaked at 2,531,000 passengers in 2019, fell during the pandemic and by 2025 was back to about 98% of the record. August is the busiest month; in 2025 it brought 381,400 passengers.

## Routes

The Port Alder–Mossbank Island route is the busiest, with nearly half of all passengers and almost half of all vehicles. Port Alder–Tillery Island grew 3.8% in 2025 and Mossbank–Tillery 6.4%. In 2025 the system ran 22,200 sailings, an average of about 112 passengers each, and cancelled 418, 231 of them for weather. It is the third-largest ferry system in the state. The ferries also carried about 41,000 bicycles in 2025.

## New vessel

In January 2026 the board voted 5-2 to replace the Tern with a hybrid-electric ferry costing $88.5 million, with room for 144 vehicles and 1,200 passengers, due in spring 2029. A federal Ferry Boat Program grant of $35.4 million pays 40% of the cost and the state 30.1%. The district's own share, bonds and reserves, comes to $26.5 million, under a quarter of the cost.

## Fares

From May 1, 2026, an adult passenger pays $10.25 a trip and a standard vehicle with its driver $41.00. Seniors 62 and over pay $5.10, and cyclists a $2 surcharge. Island residents can buy a 20-ride book for $105, which works out to $5.25 a ride, about half the adult fare. The increase, the first since 2022, is expected to raise $2.3 million a year.

## Finances

In 2025 operating revenue was $48.0 million, of which fares brought in $31.4 million; vehicle fares alone were $9.8 million, two fifths of the total. The property tax levy added $9.5 million. Labor, at $26.8 million, was more than half of all expenses. The district employs 312 people, 241 of them aboard its vessels.

## References

- Kestrel Sound Ferry District, *2025 Annual Report*.
- Kestrel Sound Ferry District, news release, January 21, 2026.
"""

AF2_FIGS = [
    F("5", C, "4", note="report table: four routes"),
    F("6", S, note="report: the district runs six vessels"),
    F("34", S, note="report: an average age of 34 years"),
    F("2025", S, note="report: 2025"),
    F("621,800", C, "612,800", note="report: 612,800 vehicles (transposed digits)"),
    F("1964", U, note="no source says when or how the district took over the service"),
    F("1971", S, note="report / release: the Tern, built in 1971"),
    F("55", S, note="release: 'The Tern has carried islanders for 55 years' (January 2026)"),
    F("2026", S, note="release / article: dated January 2026"),
    F("2,531,000", S, note="report: the 2019 record of 2,531,000 passengers"),
    F("2019", S, note="report: the 2019 record"),
    F("2025", S, note="report: 2,486,300 passengers in 2025"),
    F("98%", S, derived=True, note="report: 2,486,300 / 2,531,000 = 98.2%"),
    F("2025", S, note="report: August 2025"),
    F("381,400", C, "318,400", note="report: August was the busiest month, with 318,400 passengers"),
    F("half", S, note="report: the route carried 46.2% of all passengers ('nearly half', a fraction of a stated share)"),
    F("half", S, derived=True, note="report table: 301,400 / 612,800 vehicles = 49.2% ('almost half')"),
    F("3.8%", C, "6.4%", note="report table: Port Alder–Tillery +6.4; +3.8 is Mossbank–Tillery's (swapped pair)"),
    F("2025", S, note="report: 2025"),
    F("6.4%", C, "3.8%", note="report table: Mossbank–Tillery +3.8; +6.4 is Port Alder–Tillery's (swapped pair)"),
    F("2025", S, note="report: 2025"),
    F("22,200", S, note="report table: all routes 22,200 sailings"),
    F("112", S, derived=True, note="report table: 2,486,300 / 22,200 = 112.0 passengers a sailing"),
    F("418", S, note="report: cancelled 418 scheduled sailings"),
    F("231", S, note="report: 231 for weather"),
    F("third-largest", U, note="no source ranks the system in the state"),
    F("41,000", U, note="no source counts bicycles"),
    F("2025", U, note="a year inside a claim no source makes (bicycles)"),
    F("2026", S, note="release: the vote of Wednesday, January 21, 2026"),
    F("5", S, note="release: voted 5-2"),
    F("2", S, note="release: voted 5-2"),
    F("$88.5 million", S, note="release: for $88.5 million"),
    F("144", S, note="release: 144 vehicles"),
    F("1,200", S, note="release: 1,200 passengers"),
    F("2029", S, note="release: entering service in spring 2029"),
    F("$35.4 million", S, note="release table: federal grant 35.4"),
    F("40%", S, note="release table: 40.0%"),
    F("30.1%", S, note="release table: state 30.1%"),
    F("$26.5 million", S, derived=True, note="release table: bonds 22.0 + reserves 4.5 = 26.5"),
    F("a quarter", C, "30%", derived=True, note="release table: 26.5 / 88.5 = 29.9% (24.9% + 5.1%), not under a quarter"),
    F("1", S, note="release: new fares from May 1, 2026"),
    F("2026", S, note="release: May 1, 2026"),
    F("$10.25", S, note="release: adult fare to $10.25"),
    F("$41.00", S, note="release: vehicle and driver to $41.00"),
    F("62", C, "65", note="report: seniors 65 and over"),
    F("$5.10", S, note="release: children's and seniors' fares to $5.10"),
    F("$2", U, note="no source mentions a cyclists' surcharge"),
    F("20", S, note="release / report: the residents' 20-ride book"),
    F("$105", S, note="release: stays at $105"),
    F("$5.25", S, derived=True, note="release: $105 / 20 rides = $5.25"),
    F("half", S, derived=True, note="release: $5.25 / $10.25 = 51%"),
    F("first", S, note="release: the district's first fare increase since 2022"),
    F("2022", S, note="release: since 2022"),
    F("$2.3 million", S, note="release: expected to raise $2.3 million a year"),
    F("2025", S, note="report: 2025"),
    F("$48.0 million", S, note="report: operating revenue $48.0 million"),
    F("$31.4 million", S, derived=True, note="report: vehicle fares 19.2 + passenger fares 9.8 + ride books 2.4 = 31.4"),
    F("$9.8 million", C, "$19.2 million", note="report: vehicle fares $19.2 million; $9.8 million is passenger fares"),
    F("two fifths", S, derived=True, note="report: $19.2 million / $48.0 million = 40% (right by the sources though the draft misstates vehicle fares)"),
    F("$9.5 million", C, "$5.9 million", note="report: the property tax levy of $5.9 million (transposed digits)"),
    F("$26.8 million", S, note="report: labor $26.8 million"),
    F("half", S, derived=True, note="report: $26.8 million / $47.2 million = 56.8% ('more than half')"),
    F("312", S, note="report: the district employs 312 people"),
    F("241", C, "214", note="report: 214 of them aboard the vessels (transposed digits)"),
    F("2025", S, note="reference: the district's 2025 annual report"),
    F("21", C, "22", note="the release is dated Thursday, January 22, 2026 (January 21 is the day of the vote)"),
    F("2026", S, note="the release's year"),
]

# --- AF3: rider's guide to the new fares (new style) -------------------------------------
AF3 = """# Fares change on May 1: a rider's guide

*The Island Courier service desk, January 2026*

The Kestrel Sound Ferry District's board approved new fares on Wednesday, January 21. They take effect on Friday, May 1, in the district's first fare increase since 2020. Here is what changes and what doesn't.

## What you'll pay

| Ticket (each way) | Now | From May 1 | Change |
|---|---|---|---|
| Adult passenger | $9.50 | $10.25 | +$0.75 |
| Child or senior | $4.75 | $5.10 | +$0.35 |
| Vehicle and driver | $38.00 | $41.00 | +$3.00 |
| 10-ride vehicle book | $240 | $265 | +$25 |
| Residents' 20-ride book | $105 | $105 | none |
| Mossbank–Tillery passenger | $4.00 | $4.00 | none |

## What it means per trip

- A walk-on adult pays 75 cents more, an increase of about 8%.
- A driver pays $3 more each way, or $6 more for a round trip.
- With the vehicle book, each ride costs $25.50 instead of $24.00, still $16.50 less than the new single fare.
- The residents' book works out to $5.25 a ride, roughly half the new adult fare. About 13% of passenger trips are made on residents' books.

## Commuters

Dorothy Kemble, 39, a nurse who drives from Mossbank four days a week, told the Courier she buys a vehicle book about every 12 days and expects to pay about $450 more a year. Walk-on commuters on the residents' book pay nothing more. A monthly pass for drivers, at $180, is under study.

## Service notes

- The Tern keeps sailing Port Alder–Mossbank until its replacement arrives in spring 2029. Last year it was out of service for 34 days; on those days the relief boat carried only 64 cars, against the Tern's 90.
- The new vessel will carry 144 vehicles, 54 more than the Tern, and 1,200 passengers.
- Greywater sailings left on time 88.9% of the time last year, the worst of the four routes; Mossbank–Tillery was best at 94.3%.
- The district cancelled 418 sailings in 2025, 187 of them for weather.
- The summer schedule starts June 14 with six extra daily sailings.

## Questions?

The district's customer line is open from 7 a.m. to 7 p.m. The board meets next on February 18.
"""

AF3_FIGS = [
    F("1", S, note="release: new fares from May 1"),
    F("2026", S, note="heading January 2026: the release and the article are dated January 2026"),
    F("21", S, note="release of Thursday, January 22 and article of Saturday, January 24: the vote was on Wednesday, January 21"),
    F("1", S, note="release: from Friday, May 1"),
    F("first", S, note="release: the district's first fare increase since 2022"),
    F("2020", C, "2022", note="release: the first fare increase since 2022"),
    F("1", S, note="release: from May 1"),
    F("$9.50", S, note="release / report: adult fare $9.50"),
    F("$10.25", S, note="release: to $10.25"),
    F("$0.75", S, derived=True, note="release: $10.25 - $9.50 = $0.75"),
    F("$4.75", S, note="release / report: children and seniors $4.75"),
    F("$5.10", S, note="release: to $5.10"),
    F("$0.35", S, derived=True, note="release: $5.10 - $4.75 = $0.35"),
    F("$38.00", S, note="release / report: vehicle and driver $38.00"),
    F("$41.00", S, note="release: to $41.00"),
    F("$3.00", S, derived=True, note="release: $41.00 - $38.00 = $3.00"),
    F("10", S, note="release / report: the 10-ride vehicle book"),
    F("$240", S, note="release / report: $240"),
    F("$265", C, "$255", note="release: the 10-ride vehicle book rises to $255"),
    F("$25", C, "$15", derived=True, note="release: $255 - $240 = $15"),
    F("20", S, note="release: the residents' 20-ride passenger book"),
    F("$105", S, note="release / report: $105"),
    F("$105", S, note="release: stays at $105"),
    F("$4.00", S, note="release / report: the Mossbank–Tillery fare $4.00"),
    F("$4.00", S, note="release: stays at $4.00"),
    F("75", S, derived=True, note="release: $10.25 - $9.50 = 75 cents"),
    F("8%", S, derived=True, note="release: $0.75 / $9.50 = 7.9%"),
    F("$3", S, derived=True, note="release: $41.00 - $38.00 = $3"),
    F("$6", S, derived=True, note="release: 2 x $3 = $6 for a round trip"),
    F("$25.50", S, derived=True, note="release: $255 / 10 rides = $25.50 (right by the sources though the draft's table gives $265)"),
    F("$24.00", S, derived=True, note="release / report: $240 / 10 rides = $24.00"),
    F("$16.50", C, "$15.50", derived=True, note="release: $41.00 - $25.50 = $15.50"),
    F("$5.25", S, derived=True, note="release: $105 / 20 rides = $5.25"),
    F("half", S, derived=True, note="release: $5.25 / $10.25 = 51%"),
    F("13%", C, "31%", note="report / article: residents' books accounted for 31% of passenger trips (transposed digits)"),
    F("39", S, note="article: Dorothy Kemble, 39"),
    F("four", C, "three", note="article: drives from Mossbank to Port Alder three days a week"),
    F("12", S, note="article: buys a 10-ride vehicle book about every 12 days"),
    F("$450", S, note="article: 'about $450 more a year'"),
    F("$180", U, note="no source mentions a monthly pass"),
    F("2029", S, note="release: entering service in spring 2029"),
    F("34", C, "37", note="report / article: the Tern was out of service for 37 days"),
    F("64", S, note="article: the relief vessel has room for only 64 cars"),
    F("90", S, note="report / release: the Tern carries 90 vehicles"),
    F("144", S, note="release: 144 vehicles"),
    F("54", S, derived=True, note="release: 144 - 90 = 54"),
    F("1,200", S, note="release: 1,200 passengers"),
    F("88.9%", C, "86.5%", note="report table: Port Alder–Greywater on time 86.5; 88.9 is Port Alder–Tillery's"),
    F("four", S, note="report table: four routes"),
    F("94.3%", S, note="report table: Mossbank–Tillery on time 94.3"),
    F("418", S, note="report: cancelled 418 sailings"),
    F("2025", S, note="report: in 2025"),
    F("187", C, "231", note="report: 231 for weather; 187 were for mechanical problems or crew shortages"),
    F("14", U, note="no source gives a summer schedule"),
    F("six", U, note="no source mentions extra sailings"),
    F("7", U, note="no source gives the customer line's hours"),
    F("7", U, note="no source gives the customer line's hours"),
    F("18", U, note="no source gives the board's next meeting"),
]

# --- AF4: riders' association email, hard-wrapped ----------------------------------------
AF4 = """From: Greywater Ferry Riders
To: Members
Date: Sunday, January 25, 2026
Subject: The board's vote, the new boat and your fares

Dear riders,

On Wednesday the ferry board voted 5-2 to buy an $88.5 million hybrid ferry
and to raise fares on May 1. Our commissioner, Lucinda Ferro, 52, voted no,
and so did Bram Okonjo, 60. Thank you to the 46 people who spoke at the
January 8 hearing, and to the 181 of you who sent written comments.

Here is what it means for us.

The new boat won't sail our route. It will carry 144 vehicles and 1,200
passengers, twice as many passengers as the Tern, which it replaces on the
Mossbank run. That route carried 1,148,600 passengers last year, more than
half the system's total. Ours carried 742,900, up 3.1%. Yet we will pay the
same new fares: $10.25 for an adult walk-on and $41.00 for a car and driver.
That is an increase of almost 8%, for riders whose boats left on time only
86.5% of the time last year, the worst of the four routes. The Mossbank run
managed 91.2%. And on our route the district cancelled 231 sailings for
weather.

Ferro's point at the meeting was simple: the district ran a surplus of
$0.8 million last year, and fares already cover 66.5% of its costs, up from
64.8%. The increase will raise $2.3 million a year, and some of that fare
money will repay the boat's bonds, $22.0 million over 25 years. The federal
grant pays $35.4 million and the state $26.6 million. The chair, Halvard
Osgood, 61, says the Tern has carried islanders for 55 years.

To be fair, the district is doing better. It carried 2,486,300 passengers
last year, up 5.8%, within about 45,000 of the 2019 record. Fuel spending
fell to $9.7 million from $10.4 million, and the hybrid should burn 38% less
diesel than the Tern. Even Captain Arne Lindqvist, who has piloted the Tern
for 43 years, says her engines are older than most of the crew. Pelican
Bay paid $74 million for a similar boat in 2024, $14.5 million less than
ours.

What we're asking for:

- A Greywater commuter book, like the islanders' 20-ride book at $105.
- Two more weekday sailings, early and late.
- A seat at the table when the board sets the 2027 budget.

Our next meeting is Thursday, February 12, at 7 p.m. at the Greywater
Grange.

Lena Halvorsen
Chair, Greywater Ferry Riders
"""

AF4_FIGS = [
    F("25", U, note="the email's own date: no source is dated January 25 or puts anything on it"),
    F("2026", S, note="the sources are dated January 2026"),
    F("5", S, note="release / article: voted 5-2"),
    F("2", S, note="release / article: voted 5-2"),
    F("$88.5 million", S, note="release: for $88.5 million"),
    F("1", S, note="release: new fares from May 1"),
    F("52", S, note="article: Lucinda Ferro, 52"),
    F("60", S, note="article: Bram Okonjo, 60"),
    F("46", S, note="release: the hearing drew 46 speakers"),
    F("8", S, note="release: a public hearing on January 8"),
    F("181", C, "118", note="release: 118 written comments (transposed digits)"),
    F("144", S, note="release: 144 vehicles"),
    F("1,200", S, note="release: 1,200 passengers"),
    F("twice", S, note="release: Osgood: 'twice as many passengers on our busiest route' (stated, not derived)"),
    F("1,148,600", S, note="report table: Port Alder–Mossbank 1,148,600"),
    F("half", C, "46.2%", note="report: the route carried 46.2% of all passengers, not more than half"),
    F("742,900", S, note="report table: Port Alder–Greywater 742,900"),
    F("3.1%", S, note="report table: Port Alder–Greywater +3.1"),
    F("$10.25", S, note="release: adult fare to $10.25"),
    F("$41.00", S, note="release: vehicle and driver to $41.00"),
    F("8%", S, derived=True, note="release: $0.75 / $9.50 = $3 / $38 = 7.9% ('almost 8%')"),
    F("86.5%", S, note="report table: Port Alder–Greywater on time 86.5"),
    F("four", S, note="report table: four routes"),
    F("91.2%", S, note="report table: Port Alder–Mossbank on time 91.2"),
    F("231", U, note="no source gives cancellations by route; 231 is the system's weather cancellations"),
    F("$0.8 million", S, note="report / article: a surplus of $0.8 million"),
    F("66.5%", S, note="report: fares covered 66.5% of operating expenses"),
    F("64.8%", S, note="report: up from 64.8%"),
    F("$2.3 million", S, note="release: expected to raise $2.3 million a year"),
    F("$22.0 million", S, note="release table: district revenue bonds 22.0"),
    F("25", C, "20", note="release: the bonds will be repaid over 20 years"),
    F("$35.4 million", S, note="release table: federal grant 35.4"),
    F("$26.6 million", S, note="release table: state 26.6"),
    F("61", C, "71", note="article: Halvard Osgood, 71; 61 is Arne Lindqvist's age"),
    F("55", S, note="release: 'The Tern has carried islanders for 55 years'"),
    F("2,486,300", S, note="report: 2,486,300 passengers"),
    F("5.8%", C, "4.9%", note="report: passengers up 4.9%; +5.8 is the Port Alder–Mossbank route's change"),
    F("45,000", S, derived=True, note="report: 2,531,000 - 2,486,300 = 44,700"),
    F("2019", S, note="report: the 2019 record"),
    F("$9.7 million", S, note="report: fuel $9.7 million"),
    F("$10.4 million", S, note="report: down from $10.4 million in 2024"),
    F("38%", S, note="release: cut diesel use by 38%"),
    F("43", C, "34", note="article: has piloted the Tern for 34 years (transposed digits)"),
    F("$74 million", S, note="article: Pelican Bay bought a similar vessel for $74 million"),
    F("2024", C, "2023", note="article: in 2023"),
    F("$14.5 million", S, derived=True, note="release / article: $88.5 million - $74 million = $14.5 million"),
    F("20", S, note="release / report: the residents' 20-ride book"),
    F("$105", S, note="release: $105"),
    F("Two", U, note="the association's ask: no source mentions added sailings"),
    F("2027", U, note="no source mentions the 2027 budget"),
    F("12", U, note="no source mentions the association's meeting"),
    F("7", U, note="no source mentions the association's meeting"),
]

CASES = [
    ("fresh16-blind", "fresh-af", AF_SOURCES, [
        ("wire.txt", AF1, AF1_FIGS, "wire story with a dateline and compound sentences holding two owners"),
        ("encyclopedia.md", AF2, AF2_FIGS, "encyclopedia entry with an infobox, sections and references, rich in derived figures"),
        ("riders-guide.md", AF3, AF3_FIGS, "rider's guide to new fares: a fare table with changes, per-trip figures, service notes"),
        ("email.txt", AF4, AF4_FIGS, "riders' association email: headers, hard-wrapped lines, pronouns, Yet/And, asks"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
