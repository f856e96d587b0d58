#!/usr/bin/env python3
"""Generate tests/fresh/fresh17-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AH (fresh17-blind): a city's public fiber broadband network and its
                      expansion (Vessey Community Fiber): the network's 2025
                      annual report excerpt (premises passed, subscribers and
                      take rate, five plans with speeds, prices, subscribers,
                      changes and shares, revenue, costs, debt service,
                      bonds, outages, availability, repair tickets, support
                      calls, installs, staff), the city's release on the
                      council's 6-3 vote for a $31.5 million Phase 4 and new
                      prices from July 1, and a newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ah.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AH: Vessey Community Fiber (fictional)
# ---------------------------------------------------------------------------

AH_REPORT = """City of Vessey
Vessey Community Fiber: 2025 Annual Report (excerpt)
Calendar year 2025

Network and subscribers

At the end of 2025 the network passed 28,600 homes and businesses, up from 22,100, after Phase 3 in Millbrook and Sawyer Park was finished in June. It now runs on 412 miles of fiber.

Subscribers rose 30.6% to 11,412 on December 31 from 8,736 a year earlier. The take rate, subscribers as a share of premises passed, was 39.9%, against 39.5% in 2024. In the Phase 1 neighborhoods, connected since 2019, it reached 58.2%.

Table 1. Subscribers by plan, December 31, 2025

| Plan | Speed (Mbps, down and up) | Monthly price ($) | Subscribers | Change from 2024 (%) | Share of subscribers (%) |
|---|---|---|---|---|---|
| Standard | 300 | 55 | 3,940 | +19.0 | 34.5 |
| Gig | 1,000 | 70 | 5,368 | +30.3 | 47.0 |
| Gig Plus | 2,000 | 95 | 812 | +102.0 | 7.1 |
| Connect (income-qualified) | 100 | 20 | 684 | +66.8 | 6.0 |
| Business | varies | varies | 608 | +23.1 | 5.3 |
| All plans | — | — | 11,412 | +30.6 | 100.0 |

Gig remained the most popular plan. Gig Plus more than doubled after its price was cut to $95 from $120 in March. Connect is open to households with incomes up to 150% of the federal poverty level.

Finances

Revenue rose 32.9% to $9.86 million from $7.42 million: residential service $7.95 million, business service $1.48 million and installation and other income $0.43 million. Operating costs rose 14.4% to $6.12 million from $5.35 million, and debt service was $3.48 million, as in 2024. The network ended the year with a surplus of $0.26 million after a shortfall of $1.41 million in 2024, and it covered its debt service from its own revenue for the first time. Of the $38.0 million in revenue bonds issued in 2018, $33.6 million is outstanding.

Reliability and service

There were 14 unplanned outages affecting 100 or more customers, down from 19, and the network was available 99.97% of the time. Service was restored in an average of 2 hours and 48 minutes. The largest outage began on October 9, when a contractor's drill cut a feeder cable on Harmon Road; 4,310 customers lost service for 9 hours and 20 minutes and each received a $10 credit.

Repair tickets fell to 1.8 a month per 100 subscribers from 2.3. The support center took 26,480 calls, with an average hold time of 1 minute and 52 seconds. Crews completed 3,912 installations, and the average wait from order to installation fell to 11 days from 23.

The network has 46 employees.
"""

AH_RELEASE = """NEWS RELEASE
City of Vessey, Office of the City Manager
Wednesday, March 11, 2026

Council approves $31.5 million fiber expansion to north and east Vessey; new prices July 1

The Vessey City Council voted 6-3 on Tuesday to approve Phase 4 of Vessey Community Fiber, a $31.5 million extension of the city's network to 9,400 homes and 610 businesses in Orchard Hill, Kettle Flats and Brayton, the last parts of the city without it.

Table 1. Phase 4 funding

| Source | Amount ($ million) | Share (%) |
|---|---|---|
| State Broadband Access grant | 12.0 | 38.1 |
| Revenue bonds (20 years) | 16.5 | 52.4 |
| Network reserves | 3.0 | 9.5 |
| Total | 31.5 | 100.0 |

Phase 4 will cost about $3,150 per home or business passed, against $3,480 in Phase 3. Construction begins in June 2026; the earliest connections are expected in October 2026 and the whole area by December 2027. The network expects 35% of Phase 4 premises to subscribe within three years.

New monthly prices take effect on Wednesday, July 1, 2026. Gig rises to $75 from $70 and Gig Plus to $99 from $95, while Standard stays at $55 and Connect at $20. Connect will be open to households with incomes up to 200% of the federal poverty level, up from 150%. The changes are the network's first price increase since service began in 2019 and are expected to raise about $360,000 a year. A new Gig Max plan with 5,000 Mbps will be offered from September at $150 a month.

"When we started in 2019, a third of Vessey couldn't buy a 100-megabit connection at any price," said Mayor Lena Okafor-Brandt. "By the end of 2027, every address in the city will be able to get a gig."

Council members Ron Delacroix, Phyllis Marr and Tomás Ybarra voted against. A motion by Delacroix to delay Phase 4 by a year failed 3-6.

At a public hearing before the vote, 34 people spoke, 25 of them in favor.

Vessey Community Fiber served 11,412 subscribers at the end of 2025, 39.9% of the 28,600 homes and businesses its network passes.
"""

AH_ARTICLE = """Council OKs fiber for north side on 6-3 vote; Gig price going to $75

By Priya Castellanos, The Vessey Sentinel
Thursday, March 12, 2026

Residents of Orchard Hill, Kettle Flats and Brayton will get city fiber by the end of 2027 after the City Council voted 6-3 on Tuesday to spend $31.5 million on the network's fourth phase.

Marisol Greer, 51, who has run Vessey Community Fiber since 2020, said 2,140 households in the Phase 4 area have already signed up to be connected. "That's before we've dug a single trench," she said.

Council member Ron Delacroix, 67, said the city would owe about $50 million on the network once the new bonds are sold. "This network covered its costs for one year, and we're doubling down," he said. Phyllis Marr, 58, said the price increase would hit families who signed up for Gig because it was $70.

Dolores Whitfield, 72, of Kettle Flats pays Crestline Cable $89.99 a month for 200 Mbps. "I'll pay $75 for five times the speed," she said.

Jamal Oyelaran, 34, runs a video studio in Brayton and uploads about 2 terabytes a week over a 20 Mbps connection. "It takes me all night," he said.

Greer said the October 9 outage, when a contractor's drill cut a cable on Harmon Road, was the worst in the network's history. The contractor paid the city $84,000 for repairs and lost service. She said Gig customers average 941 Mbps on download speed tests.

In the city's 2025 customer survey of 1,150 subscribers, 87% said they were satisfied with the service and 6% dissatisfied.

Crestline Cable, which says it has about 14,000 customers in Vessey, cut its gigabit price in Millbrook to $65 for 12 months after Phase 3 opened there. A Crestline spokesman declined to comment on Phase 4.

Larkin Falls, 40 miles east, launched its city network in 2016; 52% of homes there subscribe.

The new prices take effect July 1.
"""

AH_SOURCES = [
    {"name": "vessey-fiber-annual-report-2025.txt", "text": AH_REPORT},
    {"name": "vessey-phase4-release.txt", "text": AH_RELEASE},
    {"name": "vessey-sentinel-article.txt", "text": AH_ARTICLE},
]

# --- AH1: local TV station's web story ---------------------------------------------------
AH1 = """Vessey council approves $31.5 million fiber expansion; Gig price rising to $75

By WVSY News staff
Published March 11, 2026

VESSEY — More than 10,000 homes and businesses on Vessey's north and east sides will be able to get city fiber by the end of 2027 after the City Council approved a $31.5 million expansion Tuesday night on a 6-3 vote.

The fourth phase of Vessey Community Fiber will reach 9,400 homes and 610 businesses in Orchard Hill, Kettle Flats and Brayton, and crews will lay about 140 miles of new fiber. A $12.0 million state grant covers 38.1% of the cost, and the city will sell $16.5 million in revenue bonds over 30 years, with $3.0 million coming from network reserves. The grant and the reserves together, $15 million, pay for less than half of the project.

Construction begins in June, and the earliest customers could be connected in October. The network expects 35% of the new area to sign up within two years; 2,140 households have already registered, about 23% of the homes. Installation will be free for customers in the new area who sign up by Sept. 30.

Prices are also going up. Starting July 1, the Gig plan rises to $75 a month from $70, and Gig Plus to $99 from $95. The changes, the network's first price increase since service began in 2019, should bring in about $360,000 a year.

Council members Ron Delacroix, Phyllis Marr and Tomás Ybarra voted no. Delacroix, 67, said the city would owe about $50 million on the network once the bonds are sold, and his motion to delay the project a year failed 4-5.

"When we started in 2019, a third of Vessey couldn't buy a 100-megabit connection at any price," Mayor Lena Okafor-Brandt said.

Thirty-four people spoke at Tuesday's hearing, 28 of them in favor.

The network had 11,412 subscribers at the end of 2025, up 39.9%, and ended the year $0.26 million in the black after a $1.41 million shortfall in 2023.

The largest outage last year, on Oct. 9, cut service to 4,310 customers for more than nine hours after a contractor's drill hit a cable on Harmon Road. The contractor paid the city $48,000.

Marisol Greer, 51, who has led the network since 2021, said Gig customers average 941 Mbps in speed tests.

Kettle Flats resident Dolores Whitfield, 72, said she pays Crestline Cable $89.99 a month for 300 Mbps. "I'll pay $75 for five times the speed," she said. Crestline, which says it has about 14,000 customers in Vessey, did not comment.

Vessey is among 11 cities in the state with a public fiber network. A second hearing, on the bond sale, is set for April 14.
"""

AH1_FIGS = [
    F("$31.5 million", S, note="headline; release: a $31.5 million extension"),
    F("$75", S, note="headline; release: Gig rises to $75"),
    F("11", S, note="byline date March 11: the release of Wednesday, March 11, 2026 reports the vote"),
    F("2026", S, note="release: March 11, 2026"),
    F("10,000", S, derived=True, note="release: 9,400 homes + 610 businesses = 10,010, 'more than 10,000'"),
    F("2027", S, note="release / article: the whole area by December 2027"),
    F("$31.5 million", S, note="release: a $31.5 million extension"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("fourth", S, note="article: the network's fourth phase"),
    F("9,400", S, note="release: 9,400 homes"),
    F("610", S, note="release: 610 businesses"),
    F("140", U, note="no source gives the miles of new fiber"),
    F("$12.0 million", S, note="release table: state grant 12.0"),
    F("38.1%", S, note="release table: state grant 38.1%"),
    F("$16.5 million", S, note="release table: revenue bonds 16.5"),
    F("30", C, "20", note="release table: revenue bonds (20 years)"),
    F("$3.0 million", S, note="release table: network reserves 3.0"),
    F("$15 million", S, derived=True, note="release table: 12.0 + 3.0 = 15.0"),
    F("half", S, derived=True, note="release table: 15.0 / 31.5 = 47.6% (38.1% + 9.5%), 'less than half'"),
    F("35%", S, note="release: expects 35% of Phase 4 premises to subscribe"),
    F("two", C, "three", note="release: within three years"),
    F("2,140", S, note="article: 2,140 households in the Phase 4 area have signed up"),
    F("23%", S, derived=True, note="release / article: 2,140 / 9,400 homes = 22.8%, about 23%"),
    F("30", U, note="no source mentions free installation or a sign-up deadline"),
    F("1", S, note="release: new prices on Wednesday, July 1, 2026"),
    F("$75", S, note="release: Gig rises to $75"),
    F("$70", S, note="release: from $70"),
    F("$99", S, note="release: Gig Plus to $99"),
    F("$95", S, note="release: from $95"),
    F("first", S, note="release: the network's first price increase since service began in 2019"),
    F("2019", S, note="release: since service began in 2019"),
    F("$360,000", S, note="release: expected to raise about $360,000 a year"),
    F("67", S, note="article: Ron Delacroix, 67"),
    F("$50 million", S, note="article: the city would owe about $50 million on the network"),
    F("4", C, "3", note="release: the motion to delay failed 3-6"),
    F("5", C, "6", note="release: the motion to delay failed 3-6"),
    F("2019", S, note="release: 'When we started in 2019'"),
    F("a third", S, note="release: 'a third of Vessey couldn't buy a 100-megabit connection'"),
    F("100", S, note="release: 'a 100-megabit connection'"),
    F("Thirty-four", S, note="release: 34 people spoke"),
    F("28", C, "25", note="release: 34 people spoke, 25 of them in favor"),
    F("11,412", S, note="report / release: 11,412 subscribers at the end of 2025"),
    F("2025", S, note="report: December 31, 2025"),
    F("39.9%", C, "30.6%", note="report: subscribers rose 30.6%; 39.9% is the take rate"),
    F("$0.26 million", S, note="report: a surplus of $0.26 million"),
    F("$1.41 million", S, note="report: a shortfall of $1.41 million"),
    F("2023", C, "2024", note="report: the shortfall was in 2024"),
    F("9", S, note="report / article: the outage began on October 9"),
    F("4,310", S, note="report: 4,310 customers lost service"),
    F("nine", S, note="report: for 9 hours and 20 minutes ('more than nine hours')"),
    F("$48,000", C, "$84,000", note="article: the contractor paid the city $84,000 (transposed digits)"),
    F("51", S, note="article: Marisol Greer, 51"),
    F("2021", C, "2020", note="article: who has run Vessey Community Fiber since 2020"),
    F("941", S, note="article: Gig customers average 941 Mbps"),
    F("72", S, note="article: Dolores Whitfield, 72"),
    F("$89.99", S, note="article: pays Crestline Cable $89.99 a month"),
    F("300", C, "200", note="article: for 200 Mbps; 300 Mbps is the city's Standard plan"),
    F("$75", S, note="article: 'I'll pay $75'"),
    F("five times", S, note="article: 'for five times the speed' (her own words)"),
    F("14,000", S, note="article: Crestline says it has about 14,000 customers in Vessey"),
    F("11", U, note="no source counts cities with public fiber networks"),
    F("second", U, note="no source mentions another hearing"),
    F("14", U, note="no source gives a hearing date"),
]

# --- AH2: guest column with a signature line ---------------------------------------------
AH2 = """# Guest column: Before we dig, check the fiber math

*By Walter Imhoff*

Last Tuesday the City Council voted 6-3 to spend $31.5 million extending Vessey Community Fiber to Orchard Hill, Kettle Flats and Brayton. I use the service, I like it, and I still think the council moved too fast.

Start with the debt. The city still owes $33.6 million of the $38.0 million it borrowed in 2019, and it will now add $16.5 million in new bonds. That comes to $50.1 million, as council member Ron Delacroix pointed out. Spread across the network's 11,412 subscribers, it is about $4,390 each. At an interest rate of about 4.5%, the new bonds alone would cost roughly $9 million in interest over 20 years.

The state grant pays $12.0 million and network reserves $3.0 million, so more than half of the project is borrowed.

Supporters say the network has turned the corner, and it has, barely. Revenue rose 32.9% to $9.86 million last year, but operating costs grew 14.4% to $6.12 million and debt service took $3.48 million. What was left was a surplus of $0.62 million, less than 3% of revenue. A year earlier it lost $1.41 million.

The new area is expensive, too. The city puts the cost at about $3,150 per home or business passed, less than the $3,840 of the last phase, but that assumes 35% of the new homes sign up within three years. So far 2,140 households have, more than one in five. About 600 of them are my neighbors in Kettle Flats.

The price increase tells the same story. Gig goes to $75 from $70, a 7% rise, and Gig Plus to $99 from $95, a 6% rise. The city expects $360,000 a year from the change, about a tenth of its debt service.

I am not against Connect. Opening it to households at 200% of the poverty level, up from 125%, is the right call, and at $20 a month it is the best deal in town. There were 864 Connect households at the end of last year, up 66.8%.

Reliability deserves more credit than critics give it. The network had 14 major outages last year, down from 23, and was available 99.97% of the time. But October's cut on Harmon Road left 4,310 customers dark for 9 hours and 20 minutes, and a $10 credit each, $43,100 in all, is small comfort for a home business.

Competition matters, too. Crestline Cable cut its gigabit price in Millbrook to $65 for 18 months after the city arrived. Larkin Falls, which launched its network in 2012, gets 52% of homes to subscribe; Vessey gets 39.9%.

Delacroix's motion to wait a year failed 3-6. I would have voted with him. Let the network show a surplus again next year, and then build.

*Walter Imhoff, 68, is a retired accountant who has lived in Kettle Flats since 1983.*
"""

AH2_FIGS = [
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("$31.5 million", S, note="release: a $31.5 million extension"),
    F("$33.6 million", S, note="report: $33.6 million is outstanding"),
    F("$38.0 million", S, note="report: the $38.0 million in revenue bonds"),
    F("2019", C, "2018", note="report: the bonds were issued in 2018; 2019 is when service began"),
    F("$16.5 million", S, note="release table: revenue bonds 16.5"),
    F("$50.1 million", S, derived=True, note="report / release: $33.6 million + $16.5 million = $50.1 million"),
    F("11,412", S, note="report: 11,412 subscribers"),
    F("$4,390", S, derived=True, note="report / release: $50.1 million / 11,412 = $4,390"),
    F("4.5%", U, note="no source gives an interest rate"),
    F("$9 million", U, note="worked out from an interest rate no source gives"),
    F("20", S, note="release table: revenue bonds (20 years)"),
    F("$12.0 million", S, note="release table: state grant 12.0"),
    F("$3.0 million", S, note="release table: network reserves 3.0"),
    F("half", S, note="release table: revenue bonds 52.4% of the cost ('more than half', a fraction of a stated share)"),
    F("32.9%", S, note="report: revenue rose 32.9%"),
    F("$9.86 million", S, note="report: to $9.86 million"),
    F("14.4%", S, note="report: operating costs rose 14.4%"),
    F("$6.12 million", S, note="report: to $6.12 million"),
    F("$3.48 million", S, note="report: debt service $3.48 million"),
    F("$0.62 million", C, "$0.26 million", note="report: a surplus of $0.26 million (transposed digits)"),
    F("3%", S, derived=True, note="report: $0.26 million / $9.86 million = 2.6%, 'less than 3%' (right by the sources though the draft misstates the surplus)"),
    F("$1.41 million", S, note="report: a shortfall of $1.41 million in 2024"),
    F("$3,150", S, note="release: about $3,150 per home or business passed"),
    F("$3,840", C, "$3,480", note="release: against $3,480 in Phase 3"),
    F("35%", S, note="release: expects 35% of premises to subscribe"),
    F("three", S, note="release: within three years"),
    F("2,140", S, note="article: 2,140 households have signed up"),
    F("one in five", S, derived=True, note="release / article: 2,140 / 9,400 homes = 22.8%, 'more than one in five'"),
    F("600", U, note="no source gives sign-ups by neighborhood"),
    F("$75", S, note="release: Gig rises to $75"),
    F("$70", S, note="release: from $70"),
    F("7%", S, derived=True, note="release: ($75 - $70) / $70 = 7.1%"),
    F("$99", S, note="release: Gig Plus to $99"),
    F("$95", S, note="release: from $95"),
    F("6%", C, "4.2%", derived=True, note="release: ($99 - $95) / $95 = 4.2%"),
    F("$360,000", S, note="release: expected to raise about $360,000 a year"),
    F("a tenth", S, derived=True, note="release / report: $360,000 / $3.48 million = 10.3%, 'about a tenth'"),
    F("200%", S, note="release: up to 200% of the federal poverty level"),
    F("125%", C, "150%", note="release / report: up from 150%"),
    F("$20", S, note="release / report: Connect $20"),
    F("864", C, "684", note="report table: Connect 684 (transposed digits)"),
    F("66.8%", S, note="report table: Connect +66.8"),
    F("14", S, note="report: 14 unplanned outages affecting 100 or more customers"),
    F("23", C, "19", note="report: down from 19; 23 days was the 2024 wait for an installation"),
    F("99.97%", S, note="report: available 99.97% of the time"),
    F("4,310", S, note="report: 4,310 customers lost service"),
    F("9 hours and 20 minutes", S, note="report: for 9 hours and 20 minutes"),
    F("$10", S, note="report: each received a $10 credit"),
    F("$43,100", S, derived=True, note="report: 4,310 x $10 = $43,100"),
    F("$65", S, note="article: Crestline cut its gigabit price in Millbrook to $65"),
    F("18", C, "12", note="article: to $65 for 12 months"),
    F("2012", C, "2016", note="article: Larkin Falls launched its city network in 2016"),
    F("52%", S, note="article: 52% of homes there subscribe"),
    F("39.9%", S, note="report / release: take rate 39.9%"),
    F("3", S, note="release: the motion to delay failed 3-6"),
    F("6", S, note="release: failed 3-6"),
    F("68", U, note="signature line: no source mentions the writer"),
    F("1983", U, note="signature line: no source mentions the writer"),
]

# --- AH3: consumer buyer's guide with a price table ------------------------------------------
AH3 = """# Vessey Fiber's new prices: a buyer's guide

*The Vessey Sentinel, Money Wise column, March 2026*

Vessey Community Fiber's first price increase takes effect on July 1. Here is what each plan will cost and how it compares.

## The plans

| Plan | Speed (Mbps) | Now | From July 1 | Change |
|---|---|---|---|---|
| Connect | 100 | $20 | $20 | none |
| Standard | 300 | $55 | $55 | none |
| Gig | 1,000 | $70 | $75 | +$5 |
| Gig Plus | 2,000 | $90 | $99 | +$9 |
| Gig Max (new) | 5,000 | — | $125 | — |

Every plan uploads as fast as it downloads.

## What you pay per megabit

From July, Gig works out to 7.5 cents a month per megabit, against 18.3 cents for Standard and about 5 cents for Gig Plus.

## Connect

The bigger news is for Connect households: from July 1 the plan is open to incomes up to 200% of the federal poverty level, up from 150%. About 1,500 more households could qualify. At the end of last year 684 households used Connect, 7.1% of all subscribers.

## How it compares

Crestline Cable charges Dolores Whitfield, 72, of Kettle Flats $89.99 a month for 200 Mbps, $14.99 more than Gig's new price for a fifth of the speed, and its plans upload at about 20 Mbps. In Millbrook, Crestline offers a gigabit for $60 for 12 months.

A Gig household will pay $60 more a year from July; a Gig Plus household will pay $48 more.

## Is it reliable?

The network was up 99.97% of the time last year, with 14 outages affecting 100 or more customers, down from 19. Repair tickets fell to 1.8 a month per 100 subscribers, from 2.3. When service did go down, it took 3 hours and 48 minutes on average to restore it.

Gig customers average 941 Mbps in speed tests, the network says, and 87% of the 1,150 subscribers in its 2024 survey said they were satisfied.

## Installation

The average wait from order to installation fell to 11 days last year from 32. In the expansion area, the earliest connections are expected in October 2026. Installation costs $99 unless it is waived.

## Support

The support center took 26,480 calls last year, more than two for every subscriber, with an average hold time of 1:52. It answers until 9 p.m. on weekdays and 6 p.m. on weekends.

**Bottom line:** a Standard customer who streams a lot can move up to Gig for $20 a month more.
"""

AH3_FIGS = [
    F("2026", S, note="heading March 2026: the release and the article are dated March 2026"),
    F("first", S, note="release: the network's first price increase since service began in 2019"),
    F("1", S, note="release: new prices on Wednesday, July 1, 2026"),
    F("1", S, note="table heading: from July 1 (release)"),
    F("100", S, note="report table: Connect 100 Mbps"),
    F("$20", S, note="report table / release: Connect $20"),
    F("$20", S, note="release: Connect stays at $20"),
    F("300", S, note="report table: Standard 300 Mbps"),
    F("$55", S, note="report table / release: Standard $55"),
    F("$55", S, note="release: Standard stays at $55"),
    F("1,000", S, note="report table: Gig 1,000 Mbps"),
    F("$70", S, note="release: Gig from $70"),
    F("$75", S, note="release: Gig rises to $75"),
    F("$5", S, derived=True, note="release: $75 - $70 = $5"),
    F("2,000", S, note="report table: Gig Plus 2,000 Mbps"),
    F("$90", C, "$95", note="release / report table: Gig Plus $95"),
    F("$99", S, note="release: Gig Plus to $99"),
    F("$9", C, "$4", derived=True, note="release: $99 - $95 = $4"),
    F("5,000", S, note="release: a new Gig Max plan with 5,000 Mbps"),
    F("$125", C, "$150", note="release: Gig Max at $150 a month"),
    F("7.5", S, derived=True, note="release / report table: $75 / 1,000 Mbps = 7.5 cents"),
    F("18.3", S, derived=True, note="report table: $55 / 300 Mbps = 18.3 cents"),
    F("5", S, derived=True, note="release / report table: $99 / 2,000 Mbps = 4.95 cents, 'about 5 cents'"),
    F("1", S, note="release: from July 1"),
    F("200%", S, note="release: up to 200% of the federal poverty level"),
    F("150%", S, note="release / report: from 150%"),
    F("1,500", U, note="no source estimates how many more households qualify"),
    F("684", S, note="report table: Connect 684"),
    F("7.1%", C, "6.0%", note="report table: Connect 6.0% of subscribers; 7.1% is Gig Plus's share"),
    F("72", S, note="article: Dolores Whitfield, 72"),
    F("$89.99", S, note="article: pays Crestline Cable $89.99 a month"),
    F("200", S, note="article: for 200 Mbps"),
    F("$14.99", S, derived=True, note="article / release: $89.99 - $75 = $14.99"),
    F("a fifth", S, derived=True, note="article / report table: 200 / 1,000 Mbps = a fifth"),
    F("20", U, note="no source gives Crestline's upload speeds (20 Mbps is Oyelaran's connection)"),
    F("$60", C, "$65", note="article: Crestline cut its gigabit price in Millbrook to $65"),
    F("12", S, note="article: for 12 months"),
    F("$60", S, derived=True, note="release: $5 x 12 months = $60"),
    F("$48", S, derived=True, note="release: $4 x 12 months = $48 (right by the sources though the draft's table misstates Gig Plus)"),
    F("99.97%", S, note="report: available 99.97% of the time"),
    F("14", S, note="report: 14 unplanned outages"),
    F("100", S, note="report: affecting 100 or more customers"),
    F("19", S, note="report: down from 19"),
    F("1.8", S, note="report: repair tickets fell to 1.8 a month per 100 subscribers"),
    F("2.3", S, note="report: from 2.3"),
    F("3 hours and 48 minutes", C, "2 hours and 48 minutes", note="report: restored in an average of 2 hours and 48 minutes"),
    F("941", S, note="article: Gig customers average 941 Mbps"),
    F("87%", S, note="article: 87% said they were satisfied"),
    F("1,150", S, note="article: a survey of 1,150 subscribers"),
    F("2024", C, "2025", note="article: the city's 2025 customer survey"),
    F("11", S, note="report: the average wait fell to 11 days"),
    F("32", C, "23", note="report: from 23 (transposed digits)"),
    F("2026", S, note="release: the earliest connections are expected in October 2026"),
    F("$99", U, note="no source gives an installation fee"),
    F("26,480", S, note="report: the support center took 26,480 calls"),
    F("two", S, derived=True, note="report: 26,480 / 11,412 = 2.3 calls per subscriber, 'more than two'"),
    F("1:52", S, note="report: an average hold time of 1 minute and 52 seconds (the same duration in another form)"),
    F("9", U, note="no source gives the support center's hours"),
    F("6", U, note="no source gives the support center's hours"),
    F("$20", S, derived=True, note="release: $75 - $55 = $20"),
]

# --- AH4: summary, hard-wrapped ------------------------------------------------------------
AH4 = """Summary: Vessey Community Fiber's 2025 results and the expansion vote

Vessey Community Fiber ended 2025 with 11,412 subscribers, up 30.6% from 8,736,
and its network passed 28,600 homes and businesses, up from 21,100, for a take
rate of 39.9%. Gig and Standard dominate: the former had 3,940 subscribers and
the latter 5,368, together more than four fifths of the total, while Gig Plus
grew 66.8% to 812 and business accounts rose 19.0% to 608.

Revenue rose to $9.86 million from $7.42 million, and operating costs were
$5.35 million with debt service of $3.48 million, leaving a surplus of
$0.26 million after a $1.41 million shortfall in 2024, a swing of $1.67 million.
The network had 14 major outages against 19, but the October 9 cut on Harmon
Road left 4,310 customers offline for 9 hours and 20 minutes; the contractor
paid $84,000, about $21.50 per affected customer.

On March 11 the council voted 6-3 to spend $31.5 million taking the network to
9,400 homes and 610 businesses. A $12.0 million state grant covers 52.4%, and
$16.5 million of 25-year bonds and $3.0 million of reserves cover the rest;
about 40 crew members will work on the buildout. Council member Ron Delacroix,
76, who lost a motion to delay by a year 3-6, put the network's debt at about
$50 million, the $33.6 million outstanding plus the new bonds. The bond sale
goes to the finance committee on April 7.

From July 1, Gig rises to $75 from $70 and Gig Plus to $99 from $95, while
Standard stays at $50; the increases should raise about $360,000 a year,
roughly 3.7% of 2025 revenue. Crestline Cable is expected to answer with a
2-gigabit plan of its own.

Director Marisol Greer, 51, said 2,140 households had signed up in advance,
about 21% of the area's premises, and she expects 15,000 subscribers by 2027.
Nationally, city fiber networks average a take rate of about 30%.
"""

AH4_FIGS = [
    F("2025", S, note="heading: the report covers 2025"),
    F("2025", S, note="report: at the end of 2025"),
    F("11,412", S, note="report: 11,412 subscribers"),
    F("30.6%", S, note="report: subscribers rose 30.6%"),
    F("8,736", S, note="report: from 8,736"),
    F("28,600", S, note="report: passed 28,600 homes and businesses"),
    F("21,100", C, "22,100", note="report: up from 22,100"),
    F("39.9%", S, note="report: take rate 39.9%"),
    F("3,940", C, "5,368", note="report table: Gig 5,368; 3,940 is Standard's (swapped pair behind 'the former ... the latter')"),
    F("5,368", C, "3,940", note="report table: Standard 3,940; 5,368 is Gig's (swapped pair behind 'the former ... the latter')"),
    F("four fifths", S, derived=True, note="report table: (5,368 + 3,940) / 11,412 = 81.6% (47.0% + 34.5%), 'more than four fifths'"),
    F("66.8%", C, "102.0%", note="report table: Gig Plus +102.0; 66.8 is Connect's change"),
    F("812", S, note="report table: Gig Plus 812"),
    F("19.0%", C, "23.1%", note="report table: Business +23.1; 19.0 is Standard's change"),
    F("608", S, note="report table: Business 608"),
    F("$9.86 million", S, note="report: revenue $9.86 million"),
    F("$7.42 million", S, note="report: from $7.42 million"),
    F("$5.35 million", C, "$6.12 million", note="report: operating costs $6.12 million in 2025; $5.35 million was 2024's"),
    F("$3.48 million", S, note="report: debt service $3.48 million"),
    F("$0.26 million", S, note="report: a surplus of $0.26 million"),
    F("$1.41 million", S, note="report: a shortfall of $1.41 million"),
    F("2024", S, note="report: in 2024"),
    F("$1.67 million", S, derived=True, note="report: $0.26 million + $1.41 million = $1.67 million"),
    F("14", S, note="report: 14 unplanned outages affecting 100 or more customers"),
    F("19", S, note="report: down from 19"),
    F("9", S, note="report / article: October 9"),
    F("4,310", S, note="report: 4,310 customers lost service"),
    F("9 hours and 20 minutes", S, note="report: for 9 hours and 20 minutes"),
    F("$84,000", S, note="article: the contractor paid the city $84,000"),
    F("$21.50", C, "$19.50", derived=True, note="report / article: $84,000 / 4,310 customers = $19.49"),
    F("11", C, "10", note="release of Wednesday, March 11: the vote was on Tuesday, March 10; the 11th is the release's date"),
    F("6", S, note="release / article: voted 6-3"),
    F("3", S, note="release / article: voted 6-3"),
    F("$31.5 million", S, note="release: a $31.5 million extension"),
    F("9,400", S, note="release: 9,400 homes"),
    F("610", S, note="release: 610 businesses"),
    F("$12.0 million", S, note="release table: state grant 12.0"),
    F("52.4%", C, "38.1%", note="release table: state grant 38.1%; 52.4% is the bonds' share"),
    F("$16.5 million", S, note="release table: revenue bonds 16.5"),
    F("25", C, "20", note="release table: revenue bonds (20 years)"),
    F("$3.0 million", S, note="release table: network reserves 3.0"),
    F("40", U, note="no source gives the crew for the buildout"),
    F("76", C, "67", note="article: Ron Delacroix, 67 (transposed digits)"),
    F("3", S, note="release: the motion to delay failed 3-6"),
    F("6", S, note="release: failed 3-6"),
    F("$50 million", S, note="article: the city would owe about $50 million"),
    F("$33.6 million", S, note="report: $33.6 million outstanding"),
    F("7", U, note="no source mentions a finance committee date"),
    F("1", S, note="release: new prices on July 1"),
    F("$75", S, note="release: Gig rises to $75"),
    F("$70", S, note="release: from $70"),
    F("$99", S, note="release: Gig Plus to $99"),
    F("$95", S, note="release: from $95"),
    F("$50", C, "$55", note="release: Standard stays at $55"),
    F("$360,000", S, note="release: expected to raise about $360,000 a year"),
    F("3.7%", S, derived=True, note="release / report: $360,000 / $9.86 million = 3.65%, roughly 3.7%"),
    F("2025", S, note="report: 2025 revenue"),
    F("2", U, note="no source says Crestline will offer a 2-gigabit plan"),
    F("51", S, note="article: Marisol Greer, 51"),
    F("2,140", S, note="article: 2,140 households have signed up"),
    F("21%", S, derived=True, note="release / article: 2,140 / (9,400 + 610) = 21.4% of the area's premises"),
    F("15,000", U, note="no source gives a subscriber forecast"),
    F("2027", U, note="a year inside a forecast no source makes"),
    F("30%", U, note="no source gives a national take rate"),
]

CASES = [
    ("fresh17-blind", "fresh-ah", AH_SOURCES, [
        ("tv-web-story.txt", AH1, AH1_FIGS, "local TV station's web story: byline and publication date, short paragraphs, quotes with ages, closing claims no source makes"),
        ("guest-column.md", AH2, AH2_FIGS, "guest column arguing against the expansion: derived figures, hedges, a signature line"),
        ("buyers-guide.md", AH3, AH3_FIGS, "consumer buyer's guide: headings, the writer's own price table with a change column, per-unit prices, a time m:ss"),
        ("summary.txt", AH4, AH4_FIGS, "summary hard-wrapped near 80 columns: dense compound sentences, the former/the latter, derived figures"),
    ]),
]
NOT_FIGURES = {
    ("fresh-ah-3", "per 100 subscribers"),  # a rate's denominator is not labelled
}


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
