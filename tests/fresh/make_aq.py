#!/usr/bin/env python3
"""Generate tests/fresh/fresh22-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AQ (fresh22-dev): a city's public market hall (the Larch Street Market,
                    run by the Harwick Falls Public Market Authority): the
                    2025 annual report excerpt (visitors, vendor sales, a
                    table of five stall categories' stalls, sales, changes,
                    shares and rent, day stalls, SNAP and Market Match,
                    rent per square foot, parking, revenue from five sources
                    with shares, expenses, a deficit, roof leaks, staff), the
                    city's release on a $7.0 million roof renovation, the
                    authority board's minutes (three roof bids, a rent
                    increase, parking rates, a rent credit), a newspaper
                    article as East Hall closes, the door counters' monthly
                    log (a table of six months with a running total of
                    visitors) and the market manager's hard-wrapped email to
                    East Hall vendors about the move to a pavilion

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_aq.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AQ: the Larch Street Market, Harwick Falls (fictional)
# ---------------------------------------------------------------------------

AQ_REPORT = """Harwick Falls Public Market Authority
2025 Annual Report (excerpt)
Presented to the Board of Directors, February 2026

The year in brief

The Larch Street Market drew 1,486,000 visitors in 2025, the most since the market hall opened in 1926 and up 6.8% from 1,392,000 in 2024. The market was open 306 days, an average of about 4,860 visitors a day. The busiest day was Saturday, December 20, with 14,900 visitors.

Vendors sold $46.3 million in groceries, goods and meals, up 5.5% from $43.9 million. At year's end 79 of the market's 84 permanent stalls were leased, an occupancy of 94%, and 37 businesses were on the waiting list.

Table 1. Permanent stalls by category, 2025

| Category | Stalls leased | Vendor sales ($ million) | Change from 2024 (%) | Share of sales (%) | Rent paid ($) |
|---|---|---|---|---|---|
| Produce | 18 | 9.42 | +4.1 | 20.3 | 412,000 |
| Meat and fish | 12 | 11.86 | +2.3 | 25.6 | 368,000 |
| Bakery and dairy | 14 | 7.05 | +6.8 | 15.2 | 318,000 |
| Prepared food | 22 | 14.37 | +11.9 | 31.0 | 684,000 |
| Crafts and goods | 13 | 3.60 | -5.2 | 7.8 | 246,000 |
| All stalls | 79 | 46.30 | +5.5 | 100.0 | 2,028,000 |

Prepared food, the largest category for the second year running, also grew fastest. Crafts and goods was the only category whose sales fell.

Day stalls and food benefits

The 40 day stalls on the north plaza were rented 6,120 times, up from 5,480 in 2024, at $80 a day, and brought in $490,000 in fees. Shoppers spent $486,000 in SNAP benefits at the market, up 22.1% from $398,000. The Market Match program, which doubles SNAP purchases of fruit and vegetables up to $20 a visit, added $312,000, paid for by a state grant and private donors.

Rent and parking

Base rent was $31.50 a square foot a year, up from $30.00, and leased stalls covered about 64,400 square feet. The 412-space Larch Street garage, where the first hour is free and each hour after it costs $2.00, took in $1.12 million.

Finances

The authority's revenue was $4.92 million: $2.03 million in stall rents (41.3%), $1.12 million from parking (22.8%), $0.70 million from the city's operating subsidy (14.2%), $0.58 million from events and hall rentals (11.8%) and $0.49 million in day-stall fees (10.0%). Expenses were $5.18 million, including $86,000 to repair roof leaks, and the deficit of $0.26 million was covered from the authority's reserve, which ended the year at $1.34 million.

The building

The roof over the Main and East halls dates from 1958. Maintenance staff logged 143 leaks in 2025, up from 97 in 2024.

Staff

The authority has 38 employees, 21 of them full-time.
"""

AQ_RELEASE = """CITY OF HARWICK FALLS
Office of the Mayor
NEWS RELEASE
Monday, March 9, 2026
Contact: Desmond Farr, press secretary

$7 million renovation will give the Larch Street Market a new roof for its 100th year

HARWICK FALLS, March 9, 2026 - Mayor Celia Arbuckle announced today a $7.0 million renovation of the Larch Street Market, paid for with a $2.4 million grant from the state Historic Preservation Fund and $4.6 million in city bonds.

The work will replace the roof that has covered the market's Main and East halls since 1958, which leaked 143 times last year, and will add new heating and restrooms. The bonds will be repaid over 20 years from the market's parking revenue.

East Hall, with 26 of the market's 84 permanent stalls, will close on Monday, June 1, and is expected to reopen in early November. A heated pavilion on the north plaza will hold 20 of its vendors while the work goes on. Main Hall and the day stalls on the plaza will stay open throughout. The Public Market Authority expects the work to take 22 weeks.

"This market has fed Harwick Falls for a hundred years, and it should be able to feed us for a hundred more without buckets under the skylights," Arbuckle said.

The market hall opened in 1926. The city will mark its centennial with a festival on Saturday, September 12.

Last year the market drew 1,486,000 visitors, a record, and its vendors sold $46.3 million. The authority estimates that the market supports about 640 jobs.
"""

AQ_MINUTES = """HARWICK FALLS PUBLIC MARKET AUTHORITY
Board of Directors
Minutes of the regular meeting, Wednesday, April 15, 2026, 6 p.m.
Market offices, Main Hall mezzanine

Present: Chair Gideon Whitcombe; directors Alma Ferreira, Noel Hargreave, Beatrix Osei, Samuel Pruitt and Ines Valcourt (six of seven). Absent: Director Ray Dunleavy. Staff: Market Manager Marisol Quint, Finance Manager Corwin Bale.

1. Call to order

The chair called the meeting to order at 6:04 p.m.

2. Manager's report

Ms. Quint reported 318,400 visitors in the first quarter, up 3.9% from 306,500 a year earlier. There are 41 businesses on the waiting list for permanent stalls.

3. Roof contract

Three bids were opened on March 31: Thale & Sons Roofing, $5,860,000; Corbin Restoration, $6,210,000; and Ardmore Building Co., $6,740,000. Director Osei moved to award the contract to Thale & Sons, the lowest bidder, with a 10% contingency, $6,446,000 in all; Director Pruitt seconded. Carried 6-0.

4. Rent for 2027

Mr. Bale proposed raising base rent to $33.00 a square foot a year from $31.50, effective January 1, 2027, which would bring in about $97,000 more a year. Director Ferreira said a 4.8% increase in the year after the renovation would hurt the smallest vendors. Director Hargreave moved approval; Director Valcourt seconded. Carried 4-2, directors Ferreira and Osei voting no.

5. Parking rates

Director Pruitt moved to raise the garage's hourly rate after the free first hour to $2.50 from $2.00, effective May 1; Chair Whitcombe seconded. Carried 5-1, Director Ferreira voting no.

6. East Hall rent credit

Ms. Quint recommended that the 26 East Hall vendors pay half their rent while the hall is closed. Mr. Bale estimated the credit at $118,000. Director Valcourt moved approval; Director Hargreave seconded. Carried 6-0.

7. Public comment

Five people spoke. Rosa Lindqvist, whose family has run the Lindqvist Meats stall in East Hall since 1949, asked that East Hall vendors get first choice of spaces in the pavilion.

8. Adjournment

The meeting adjourned at 8:12 p.m. The next regular meeting is Wednesday, May 20, 2026.
"""

AQ_ARTICLE = """East Hall vendors pack up as the market's 1958 roof comes off

By Jonah Velez, The Harwick Falls Herald
Saturday, May 30, 2026

For 77 years a Lindqvist has sold pork chops from the same corner of the Larch Street Market's East Hall. On Sunday evening Rosa Lindqvist, 67, will pack up her knives and move about 150 feet, to a heated pavilion on the north plaza.

"My father opened this stall in 1949, and he complained about that roof the whole time," she said.

East Hall's 26 stalls close Monday for a $7.0 million renovation that will replace the leaking roof, put up in 1958. Twenty of the hall's vendors will move to the pavilion; the other six will close for the summer. The hall is expected to reopen in November.

The market authority awarded the roof contract to Thale & Sons Roofing in April for $5.86 million. It is renting the pavilion for $240,000 for the season.

While East Hall is closed, its vendors will pay half their rent, a credit the authority estimates at $118,000. Base rent then rises to $33.00 a square foot next year, from $31.50.

"We'll lose some walk-by traffic out there, no question," said Theo Marchetti, 34, who has sold sourdough in East Hall since 2021. "But I'd rather lose a summer than lose the hall."

The market drew a record 1,486,000 visitors last year, and its vendors sold $46.3 million, with prepared food the biggest category at $14.37 million. Market Manager Marisol Quint, 52, said visits in the first quarter were up 3.9% from last year and that 41 businesses were waiting for a permanent stall.

"Nobody gives up a stall here," she said.

The market hall turns 100 this year. A centennial festival is planned for September 12, with a parade down Larch Street.
"""

AQ_LOG = """Larch Street Market - door counter log, July to December 2025
Monthly totals from the counters at the market's four entrances
Compiled by the Public Market Authority's operations staff, January 2026

| Month | Visitors | Visitors, year to date | Busiest day | Busiest day's visitors | Day-stall rentals | Market Match ($) | Parking revenue ($ thousand) |
|---|---|---|---|---|---|---|---|
| July | 131,400 | 823,700 | Sat. Jul 26 | 6,920 | 820 | 28,400 | 94.2 |
| August | 128,900 | 952,600 | Sat. Aug 30 | 6,480 | 790 | 29,100 | 92.8 |
| September | 117,600 | 1,070,200 | Sat. Sep 27 | 6,110 | 640 | 26,300 | 86.1 |
| October | 124,300 | 1,194,500 | Sat. Oct 25 | 7,340 | 610 | 27,800 | 91.5 |
| November | 132,800 | 1,327,300 | Sat. Nov 29 | 9,860 | 470 | 30,200 | 98.4 |
| December | 158,700 | 1,486,000 | Sat. Dec 20 | 14,900 | 520 | 33,900 | 117.6 |
| July to December | 793,700 | | | | 3,850 | 175,700 | 580.6 |

Notes

- January to June 2025: 692,300 visitors.
- Saturdays accounted for 246,100 visitors from July to December, or 31.0% of the total.
- The quietest day was Tuesday, September 16, with 1,840 visitors.
- The counters record entries; a shopper who leaves and comes back is counted twice.
- October 25 was the day of the Harvest Fair; November 29 was the Saturday after Thanksgiving.
- Parking revenue is collected at the Larch Street garage; the first hour is free.
"""

AQ_EMAIL = """From: Marisol Quint, Market Manager
To: East Hall vendors
Date: Tuesday, May 19, 2026
Subject: Moving to the pavilion: dates, spaces and your rent

Hello all,

Here is what you need to know before East Hall closes.

Your last trading day in East Hall is Sunday, May 31. Please have your
stalls cleared by 8 p.m. on Monday, June 1, when the contractor takes over
the hall. The pavilion on the north plaza opens on Wednesday, June 3, so
we lose only one trading day, Tuesday, June 2.

The pavilion has 20 spaces, each 10 by 12 feet. Fourteen of them have
40-amp power and six have water; meat, fish and dairy vendors get the
spaces with water. Twenty of you asked for a space, and the other six
will close for the summer and keep their East Hall stalls.

Your rent: the board voted 6-0 on April 15 to cut East Hall rent in half
while the hall is closed. East Hall stalls pay $1,820 a month on average,
so the typical stall will pay about $910. The credit runs from June 1
until the hall reopens.

The pavilion costs the authority $48,000 a month, $240,000 for the five
months, and we are paying for it out of the roof project's contingency.

Last month's survey: 61 of our 79 vendors answered, and 38 of them want
Sunday hours in the pavilion extended to 6 p.m. We will try that starting
Sunday, June 7.

Pavilion hours are 9 a.m. to 5 p.m., Tuesday through Saturday, and 10 a.m.
to 4 p.m. on Sunday. Loading is from the Pell Street side only, before
8:30 a.m.

Thanks for your patience. We have 22 weeks to get through.

Marisol
"""

AQ_POOL = {
    "report": {"name": "harwick-falls-market-annual-report-2025.md", "text": AQ_REPORT},
    "release": {"name": "harwick-falls-market-renovation-release-2026-03-09.txt", "text": AQ_RELEASE},
    "minutes": {"name": "market-authority-board-minutes-2026-04-15.txt", "text": AQ_MINUTES},
    "article": {"name": "harwick-falls-herald-east-hall-closes.txt", "text": AQ_ARTICLE},
    "log": {"name": "larch-street-market-door-counter-log-2025.md", "text": AQ_LOG},
    "email": {"name": "market-manager-email-2026-05-19.txt", "text": AQ_EMAIL},
}

# --- AQ1: wire story (sources: report, release) ------------------------------------------
AQ1 = """Larch Street Market sets a visitor record as it readies a new roof

HARWICK FALLS (Valley Wire) - The Larch Street Market drew 1,486,000 visitors in 2025, up 6.8% from 1,392,000 and the most since its hall opened in 1926, the city's Public Market Authority said in its annual report. That is 94,000 more than a year earlier, or about 4,860 a day.

Vendors sold $46.3 million, up 5.5%. Prepared food grew 11.9%, while crafts and goods fell 2.5%. Meat and fish stalls averaged nearly $1 million each in sales.

The authority took in $4.92 million and spent $5.18 million, drawing $0.62 million from its reserve.

In March the city announced a $7.0 million renovation, paid for with a $2.4 million state grant and $4.6 million in bonds, to replace the roof, which leaked 143 times last year, up from 79 the year before. East Hall's 26 stalls close on June 1 for 22 weeks, and a pavilion will hold 20 of the hall's vendors. The city expects the work to employ 85 roofers and tradespeople.

The market's centennial festival is on Saturday, Sept. 19.
"""

AQ1_FIGS = [
    F("1,486,000", S, note="report: the market drew 1,486,000 visitors in 2025"),
    F("2025", S, note="report: in 2025"),
    F("6.8%", S, note="report: up 6.8%"),
    F("1,392,000", S, note="report: from 1,392,000 in 2024"),
    F("1926", S, note="report: the most since the market hall opened in 1926"),
    F("94,000", S, derived=True, note="report: 1,486,000 - 1,392,000 = 94,000"),
    F("4,860", S, note="report: an average of about 4,860 visitors a day"),
    F("$46.3 million", S, note="report: vendors sold $46.3 million"),
    F("5.5%", S, note="report: up 5.5%"),
    F("11.9%", S, note="report table: prepared food +11.9"),
    F("2.5%", C, "5.2%", note="report table: crafts and goods -5.2 (transposed digits)"),
    F("$1 million", S, derived=True, note="report table: meat and fish 11.86 / 12 stalls = $0.99 million, 'nearly $1 million'"),
    F("$4.92 million", S, note="report: the authority's revenue was $4.92 million"),
    F("$5.18 million", S, note="report: expenses were $5.18 million"),
    F("$0.62 million", C, "$0.26 million", note="report: the deficit of $0.26 million was covered from the reserve (transposed digits)"),
    F("$7.0 million", S, note="release: a $7.0 million renovation announced March 9"),
    F("$2.4 million", S, note="release: a $2.4 million grant from the state Historic Preservation Fund"),
    F("$4.6 million", S, note="release: $4.6 million in city bonds"),
    F("143", S, note="release / report: leaked 143 times last year"),
    F("79", C, "97", note="report: 143 leaks in 2025, up from 97 in 2024 (transposed digits)"),
    F("26", S, note="release: East Hall, with 26 of the market's 84 permanent stalls"),
    F("1", S, note="release: will close on Monday, June 1"),
    F("22", S, note="release: the authority expects the work to take 22 weeks"),
    F("20", S, note="release: a heated pavilion will hold 20 of its vendors"),
    F("85", U, note="no source gives the number of workers on the renovation"),
    F("19", C, "12", note="release: a festival on Saturday, September 12"),
]

# --- AQ2: opinion column (sources: article, minutes) -------------------------------------
AQ2 = """# Half rent is the least the market owes East Hall

*Opinion | By Lydia Crane*

Rosa Lindqvist, 67, sells meat in East Hall at the stall her father opened in 1949, 77 years ago. On Monday her hall closes for a $7.0 million renovation, and she and 19 of her neighbors move to a pavilion on the plaza.

The Public Market Authority did some things right. In April its board took the lowest of three roof bids, $5.86 million from Thale & Sons, $350,000 under the next. It voted 6-0 to let East Hall vendors pay half their rent while they are outside, a credit worth $181,000.

But the same board, on a 5-1 vote, raised base rent for 2027 to $33.00 a square foot from $31.50, almost 5% more. Director Alma Ferreira warned that it would hurt the smallest vendors. Baker Theo Marchetti, 43, told the Herald he would rather lose a summer than lose the hall. He shouldn't have to lose both.

Nobody doubts the demand. There are 41 businesses waiting for a stall, visits from January to March were up 3.9%, and I have shopped there every week for 30 years. The authority can afford to be patient with the 26 vendors carrying this renovation. I would freeze their rent for two years.
"""

AQ2_FIGS = [
    F("Half", S, note="article / minutes: East Hall vendors pay half their rent while the hall is closed"),
    F("67", S, note="article: Rosa Lindqvist, 67"),
    F("1949", S, note="article: 'My father opened this stall in 1949'"),
    F("77", S, note="article: for 77 years a Lindqvist has sold pork chops"),
    F("$7.0 million", S, note="article: a $7.0 million renovation"),
    F("19", S, derived=True, note="article: twenty of the hall's vendors move to the pavilion, Lindqvist and 19 others"),
    F("three", S, note="minutes: three bids were opened on March 31"),
    F("$5.86 million", S, note="minutes / article: Thale & Sons Roofing, $5,860,000, the lowest bidder"),
    F("$350,000", S, derived=True, note="minutes: Corbin Restoration $6,210,000 - Thale & Sons $5,860,000 = $350,000"),
    F("6", S, note="minutes: the East Hall rent credit carried 6-0"),
    F("0", S, note="minutes: carried 6-0"),
    F("half", S, note="minutes: pay half their rent while the hall is closed"),
    F("$181,000", C, "$118,000", note="minutes / article: the credit estimated at $118,000 (transposed digits)"),
    F("5", C, "4", note="minutes: the rent increase carried 4-2; 5-1 is the parking vote's tally"),
    F("1", C, "2", note="minutes: the rent increase carried 4-2, directors Ferreira and Osei voting no"),
    F("2027", S, note="minutes: rent for 2027, effective January 1, 2027"),
    F("$33.00", S, note="minutes: raising base rent to $33.00 a square foot a year"),
    F("$31.50", S, note="minutes: from $31.50"),
    F("5%", S, derived=True, note="minutes: 33.00 / 31.50 = 1.048, 'almost 5%' (Ferreira: a 4.8% increase)"),
    F("43", C, "34", note="article: Theo Marchetti, 34 (transposed digits)"),
    F("41", S, note="article / minutes: 41 businesses on the waiting list"),
    F("3.9%", S, note="article / minutes: first-quarter visits up 3.9%"),
    F("30", U, note="the columnist's own habit; no source gives it"),
    F("26", S, note="article / minutes: East Hall's 26 stalls, the 26 East Hall vendors"),
    F("two", U, note="the columnist's own proposal; no source gives it"),
]

# --- AQ3: explainer with a Markdown table (sources: report, log) --------------------------
AQ3 = """# How busy is the Larch Street Market?

*An explainer on the market's crowds last year*

### How many people came in 2025?

A record 1,486,000, up 6.8%, according to the market authority. The door counters at the market's entrances, which cost the authority $12,000, logged 793,700 visitors from July to December, against 692,300 from January to June.

### Which months were busiest?

| Month | Visitors | Parking revenue |
|---|---|---|
| November | 132,800 | $89,400 |
| December | 158,700 | $117,600 |

December alone brought about a fifth of the July-to-December total, and its busiest day, Saturday, Dec. 20, drew 14,900 people. The quietest day was a Tuesday in September, with 1,480.

### Who sold the most?

Prepared food, with 31.0% of the $46.3 million that vendors sold. The 40 day stalls on the plaza were rented 6,120 times at $85 a day; 3,850 of those rentals came from July on, about 63%.

### And food benefits?

Market Match added $312,000 for the year, more than half of it, $175,700, from July to December. The company that makes the counters says they are accurate to within 3%.
"""

AQ3_FIGS = [
    F("2025", S, note="report: visitors in 2025"),
    F("1,486,000", S, note="report / log: 1,486,000 visitors, the most since 1926"),
    F("6.8%", S, note="report: up 6.8%"),
    F("$12,000", U, note="no source gives the counters' cost"),
    F("793,700", S, note="log: July to December, 793,700 visitors"),
    F("692,300", S, note="log: January to June 2025, 692,300 visitors"),
    F("132,800", S, note="log: November 132,800 visitors"),
    F("$89,400", C, "$98,400", note="log: November parking revenue 98.4 ($ thousand) (transposed digits)"),
    F("158,700", S, note="log: December 158,700 visitors"),
    F("$117,600", S, note="log: December parking revenue 117.6 ($ thousand)"),
    F("a fifth", S, derived=True, note="log: 158,700 / 793,700 = 20.0%"),
    F("20", S, note="log / report: the busiest day, Saturday, December 20"),
    F("14,900", S, note="log / report: 14,900 visitors"),
    F("1,480", C, "1,840", note="log: the quietest day was Tuesday, September 16, with 1,840 visitors (transposed digits)"),
    F("31.0%", S, note="report table: prepared food 31.0% of sales, the largest category"),
    F("$46.3 million", S, note="report: vendors sold $46.3 million"),
    F("40", S, note="report: the 40 day stalls on the north plaza"),
    F("6,120", S, note="report: rented 6,120 times"),
    F("$85", C, "$80", note="report: at $80 a day"),
    F("3,850", S, note="log: July to December, 3,850 day-stall rentals"),
    F("63%", S, derived=True, note="log / report: 3,850 / 6,120 = 62.9%"),
    F("$312,000", S, note="report: Market Match added $312,000"),
    F("half", S, derived=True, note="log / report: 175,700 / 312,000 = 56.3%, 'more than half'"),
    F("$175,700", S, note="log: Market Match July to December, 175,700"),
    F("3%", U, note="no source gives the counters' accuracy"),
]

# --- AQ4: newsletter, hard-wrapped (sources: email, release, article) ---------------------
AQ4 = """# Pell Street Neighbors: June 2026 newsletter

**The market's big job.** The city is spending $7.0 million on the Larch
Street Market, with a $2.4 million state grant and $4.6 million in bonds to
be repaid over 25 years from parking money. Our block alone has 140
households who shop there.

**East Hall moves out.** Its 26 stalls closed on June 1. The pavilion on the
north plaza has 20 spaces and opened on June 3, so vendors lost just two
trading days. Six vendors closed for the summer instead. The pavilion costs
the authority $240,000 for five months. Vendors in it
pay half rent, about $910 a month instead of $1,820.

**Sundays.** Of the 61 vendors who answered the market manager's survey, 38,
more than three fifths, want Sunday hours until 6 p.m. She is trying it
from June 7. But she did not say what it will cost to staff.

**Our picks.** Rosa Lindqvist, 76, is still behind the counter of the stall
her father opened in 1949. The centennial festival is Saturday, Sept. 12.
Yet our own block party comes sooner, on June 20.
"""

AQ4_FIGS = [
    F("2026", S, note="email / release / article: the sources are dated 2026"),
    F("$7.0 million", S, note="release: a $7.0 million renovation"),
    F("$2.4 million", S, note="release: a $2.4 million grant from the state Historic Preservation Fund"),
    F("$4.6 million", S, note="release: $4.6 million in city bonds"),
    F("25", C, "20", note="release: the bonds will be repaid over 20 years from parking revenue"),
    F("140", U, note="the association's own count; no source gives it"),
    F("26", S, note="article / release: East Hall's 26 stalls"),
    F("1", S, note="email / release: East Hall closes Monday, June 1"),
    F("20", S, note="email: the pavilion has 20 spaces"),
    F("3", S, note="email: the pavilion opens on Wednesday, June 3"),
    F("two", C, "one", note="email: we lose only one trading day, Tuesday, June 2"),
    F("Six", S, note="email / article: the other six will close for the summer"),
    F("$240,000", S, note="email / article: $240,000 for the five months"),
    F("five", S, note="email: for the five months"),
    F("half", S, note="email: cut East Hall rent in half"),
    F("$910", S, note="email: the typical stall will pay about $910"),
    F("$1,820", S, note="email: East Hall stalls pay $1,820 a month on average"),
    F("61", S, note="email: 61 of our 79 vendors answered"),
    F("38", S, note="email: 38 of them want Sunday hours extended to 6 p.m."),
    F("three fifths", S, derived=True, note="email: 38 / 61 = 62.3%, 'more than three fifths'"),
    F("6", S, note="email: extended to 6 p.m."),
    F("7", S, note="email: starting Sunday, June 7"),
    F("76", C, "67", note="article: Rosa Lindqvist, 67 (transposed digits)"),
    F("1949", S, note="article: 'My father opened this stall in 1949'"),
    F("12", S, note="release / article: the centennial festival on Saturday, September 12"),
    F("20", U, note="the association's own event; no source gives it"),
]

# --- AQ5: blog post (sources: minutes, log) -----------------------------------------------
AQ5 = """## Market notebook: a roof contract, dearer parking and a busy December

*Posted by Dev Amundsen | Harwick Falls Food Notes*

I went to the market authority's board meeting on April 15 so you didn't have to. The headline: three roofers bid on the new roof, and Thale & Sons won at $5,860,000, well under Ardmore Building's $6,740,000, a gap of $880,000. With a 10% contingency the board authorized $6,446,000, on a 6-0 vote.

Parking is going up. After the free hour, the garage now charges $2.50 an hour instead of $2.00, a 20% jump, since May 1. The vote was 5-1.

I also dug into the door counter log for the last six months of 2025. December was the big month, with 158,700 visitors. Saturdays alone made up 31.0% of visits from July to December, and the garage took in $580,600 over those months.

Market manager Marisol Quint told the board that visits from January to March were up 3.9%, to 381,400. My guess is that the new roof will push this year past 1.6 million.
"""

AQ5_FIGS = [
    F("15", S, note="minutes: the regular meeting of Wednesday, April 15, 2026"),
    F("three", S, note="minutes: three bids were opened"),
    F("$5,860,000", S, note="minutes: Thale & Sons Roofing, $5,860,000, the lowest bidder"),
    F("$6,740,000", S, note="minutes: Ardmore Building Co., $6,740,000"),
    F("$880,000", S, derived=True, note="minutes: $6,740,000 - $5,860,000 = $880,000"),
    F("10%", S, note="minutes: with a 10% contingency"),
    F("$6,446,000", S, note="minutes: $6,446,000 in all"),
    F("6", S, note="minutes: carried 6-0"),
    F("0", S, note="minutes: carried 6-0"),
    F("$2.50", S, note="minutes: the hourly rate after the free first hour to $2.50"),
    F("$2.00", S, note="minutes: from $2.00"),
    F("20%", C, "25%", derived=True, note="minutes: 2.50 / 2.00 = 1.25, a 25% increase"),
    F("1", S, note="minutes: effective May 1"),
    F("5", S, note="minutes: carried 5-1"),
    F("1", S, note="minutes: carried 5-1, Director Ferreira voting no"),
    F("six", S, note="log: July to December 2025, six months"),
    F("2025", S, note="log: July to December 2025"),
    F("158,700", S, note="log: December 158,700 visitors, the most of the six months"),
    F("31.0%", S, note="log: Saturdays accounted for 246,100 visitors, or 31.0%"),
    F("$580,600", S, note="log: parking revenue July to December 580.6 ($ thousand)"),
    F("3.9%", S, note="minutes: first-quarter visitors up 3.9%"),
    F("381,400", C, "318,400", note="minutes: 318,400 visitors in the first quarter (transposed digits)"),
    F("1.6 million", U, note="the blogger's own guess; no source gives a forecast"),
]

# --- AQ6: briefing memo with bullets (sources: report, email) ----------------------------
AQ6 = """MEMO
To: Councilmember Hester Nakagawa
From: Policy staff
Re: Larch Street Market, numbers for the East Hall tour

From the market authority's 2025 annual report and the manager's email to East Hall vendors:

- **Stalls:** 79 of the 84 permanent stalls were leased at the end of the year, and 37 businesses were on the waiting list.
- **Rent:** base rent is $31.50 a square foot, up 5% from $30.00.
- **East Hall:** its stalls pay $1,820 a month on average; the board voted 6-0 to cut that in half, to about $910, while the hall is closed.
- **Pavilion:** 20 spaces, 14 with power and 8 with water, at $48,000 a month.
- **Survey:** 61 of 79 vendors answered, a response rate of 87%.
- **Food benefits:** shoppers spent $486,000 in SNAP benefits and Market Match added $312,000, a combined $798,000.
- **Staff:** the authority has 38 employees, 17 of them part-time. The tour will take 45 minutes.
"""

AQ6_FIGS = [
    F("2025", S, note="report: the 2025 annual report"),
    F("79", S, note="report: 79 of the market's 84 permanent stalls were leased"),
    F("84", S, note="report: 84 permanent stalls"),
    F("37", S, note="report: 37 businesses were on the waiting list"),
    F("$31.50", S, note="report: base rent was $31.50 a square foot"),
    F("5%", S, derived=True, note="report: 31.50 / 30.00 = 1.05"),
    F("$30.00", S, note="report: up from $30.00"),
    F("$1,820", S, note="email: East Hall stalls pay $1,820 a month on average"),
    F("6", S, note="email: the board voted 6-0 on April 15"),
    F("0", S, note="email: voted 6-0"),
    F("half", S, note="email: to cut East Hall rent in half"),
    F("$910", S, note="email: the typical stall will pay about $910"),
    F("20", S, note="email: the pavilion has 20 spaces"),
    F("14", S, note="email: fourteen of them have 40-amp power"),
    F("8", C, "six", note="email: six have water"),
    F("$48,000", S, note="email: the pavilion costs the authority $48,000 a month"),
    F("61", S, note="email: 61 of our 79 vendors answered"),
    F("79", S, note="email: our 79 vendors"),
    F("87%", C, "77%", derived=True, note="email: 61 / 79 = 77.2%"),
    F("$486,000", S, note="report: shoppers spent $486,000 in SNAP benefits"),
    F("$312,000", S, note="report: Market Match added $312,000"),
    F("$798,000", S, derived=True, note="report: $486,000 + $312,000 = $798,000"),
    F("38", S, note="report: the authority has 38 employees"),
    F("17", S, derived=True, note="report: 38 employees, 21 of them full-time, 38 - 21 = 17"),
    F("45", U, note="no source gives the tour's length"),
]

# --- AQ7: radio news script (sources: release, minutes) ----------------------------------
AQ7 = """WHFR Morning News - the market roof
Anchor read

The Larch Street Market's 1958 roof is finally coming off. In March the city announced a $7 million renovation, paid for with a $2.4 million state grant and $4.6 million in bonds. Last month the market authority's board picked the roofer: Thale and Sons, whose $5.86 million bid was the lowest of four. The vote was 6-0.

East Hall closes June 1, and 20 of its vendors move to a pavilion on the plaza. The board also voted 6-0 to give East Hall vendors a rent credit, which it put at $118,000, but it raised base rent for 2027 by 4.8%, to $33 a square foot. That vote was 4-2. The new roof is expected to last 50 years.

The market hall turns 100 this year, and the city has planned a centennial festival for Saturday, September 12. The city says the market supports about 460 jobs.
"""

AQ7_FIGS = [
    F("1958", S, note="release: the roof that has covered the Main and East halls since 1958"),
    F("$7 million", S, note="release: a $7.0 million renovation"),
    F("$2.4 million", S, note="release: a $2.4 million grant from the state Historic Preservation Fund"),
    F("$4.6 million", S, note="release: $4.6 million in city bonds"),
    F("$5.86 million", S, note="minutes: Thale & Sons Roofing, $5,860,000, the lowest bidder"),
    F("four", C, "three", note="minutes: three bids were opened"),
    F("6", S, note="minutes: the roof contract carried 6-0"),
    F("0", S, note="minutes: carried 6-0"),
    F("1", S, note="release: East Hall will close on Monday, June 1"),
    F("20", S, note="release: a heated pavilion will hold 20 of its vendors"),
    F("6", S, note="minutes: the East Hall rent credit carried 6-0"),
    F("0", S, note="minutes: carried 6-0"),
    F("$118,000", S, note="minutes: Mr. Bale estimated the credit at $118,000"),
    F("2027", S, note="minutes: rent for 2027"),
    F("4.8%", S, note="minutes: Ferreira, a 4.8% increase"),
    F("$33", S, note="minutes: base rent to $33.00 a square foot"),
    F("4", S, note="minutes: carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("50", U, note="no source gives the new roof's expected life"),
    F("100", S, note="release: a new roof for its 100th year; the hall opened in 1926"),
    F("12", S, note="release: a festival on Saturday, September 12"),
    F("460", C, "640", note="release: the market supports about 640 jobs (transposed digits)"),
]

# --- AQ8: Q&A (sources: article, log) ------------------------------------------------------
AQ8 = """## Your questions about the market, answered

**Is the whole market closing?** No. Only East Hall's 26 stalls close, from Monday. Of their vendors, 20 move to a pavilion on the plaza and six close for the summer. The hall should reopen in November.

**How busy does the market get?** It drew a record 1,486,000 visitors last year. The door counters logged 793,700 of them from July to December, more than half, and December was the busiest of those months, with 158,700.

**When is it busiest?** Saturdays, which brought in 264,100 visits from July to December. The busiest day was Saturday, Dec. 20, with 14,900 people, roughly eight times the quietest day's 1,840.

**Who has been there longest?** Probably the Lindqvists. Rosa Lindqvist, 67, works the stall her father opened in 1949.

**What does the renovation cost?** $7.0 million in all; the roof contract alone is $5.68 million, and the pavilion, which has 24 spaces, rents for $240,000.

**Is parking affected?** The garage took in $94,200 last July. The authority hasn't said how many spaces the work will block.
"""

AQ8_FIGS = [
    F("26", S, note="article: East Hall's 26 stalls close Monday"),
    F("20", S, note="article: twenty of the hall's vendors will move to the pavilion"),
    F("six", S, note="article: the other six will close for the summer"),
    F("1,486,000", S, note="article / log: a record 1,486,000 visitors last year"),
    F("793,700", S, note="log: July to December, 793,700 visitors"),
    F("half", S, derived=True, note="log: 793,700 / 1,486,000 = 53.4%, 'more than half'"),
    F("158,700", S, note="log: December 158,700, the most of the six months in the log"),
    F("264,100", C, "246,100", note="log: Saturdays accounted for 246,100 visitors from July to December (transposed digits)"),
    F("20", S, note="log: the busiest day, Sat. Dec 20"),
    F("14,900", S, note="log: 14,900 visitors"),
    F("eight times", S, derived=True, note="log: 14,900 / 1,840 = 8.1"),
    F("1,840", S, note="log: the quietest day, Tuesday, September 16, with 1,840 visitors"),
    F("67", S, note="article: Rosa Lindqvist, 67"),
    F("1949", S, note="article: 'My father opened this stall in 1949'"),
    F("$7.0 million", S, note="article: a $7.0 million renovation"),
    F("$5.68 million", C, "$5.86 million", note="article: the roof contract for $5.86 million (transposed digits)"),
    F("24", U, note="the pavilion's spaces are in the email, not among this case's sources (it has 20)"),
    F("$240,000", S, note="article: renting the pavilion for $240,000 for the season"),
    F("$94,200", S, note="log: July parking revenue 94.2 ($ thousand)"),
]

# --- AQ9: LLM-style summary with bullets (sources: report, article) ----------------------
AQ9 = """**Summary: the Larch Street Market's record year and its renovation**

- **Record year:** 1,486,000 visitors in 2025, up 6.8%, and $46.3 million in vendor sales.
- **Biggest category:** prepared food, at $14.37 million, about 31% of sales.
- **Roof:** dates from 1958 and leaked 143 times last year, nearly half again as many times as the year before.
- **Renovation:** $7.0 million. The roof contract went to Thale & Sons for $5.86 million, and the pavilion for the 20 vendors who move out of East Hall is rented for $420,000.
- **Rent:** base rent rises to $33.00 a square foot next year; East Hall vendors pay half rent while the hall is closed, a credit of about $118,000.
- **People:** Rosa Lindqvist, 67, runs a stall her family has had for 77 years.
- **Centennial:** the hall turns 100 this year, with a festival on September 21. The authority plans to add 12 stalls once the work is done.
"""

AQ9_FIGS = [
    F("1,486,000", S, note="report / article: 1,486,000 visitors"),
    F("2025", S, note="report: in 2025"),
    F("6.8%", S, note="report: up 6.8%"),
    F("$46.3 million", S, note="report / article: vendors sold $46.3 million"),
    F("$14.37 million", S, note="report table / article: prepared food 14.37 ($ million), the biggest category"),
    F("31%", S, note="report table: prepared food 31.0% of sales"),
    F("1958", S, note="report / article: the roof dates from 1958"),
    F("143", S, note="report: 143 leaks in 2025"),
    F("half", S, derived=True, note="report: 143 / 97 = 1.47, 'nearly half again as many'"),
    F("$7.0 million", S, note="article: a $7.0 million renovation"),
    F("$5.86 million", S, note="article: the roof contract to Thale & Sons Roofing for $5.86 million"),
    F("20", S, note="article: twenty of the hall's vendors will move to the pavilion"),
    F("$420,000", C, "$240,000", note="article: renting the pavilion for $240,000 for the season"),
    F("$33.00", S, note="article: base rent rises to $33.00 a square foot next year"),
    F("half", S, note="article: its vendors will pay half their rent"),
    F("$118,000", S, note="article: a credit the authority estimates at $118,000"),
    F("67", S, note="article: Rosa Lindqvist, 67"),
    F("77", S, note="article: for 77 years a Lindqvist has sold pork chops"),
    F("100", S, note="article: the market hall turns 100 this year"),
    F("21", C, "12", note="article: a centennial festival planned for September 12"),
    F("12", U, note="no source gives plans to add stalls"),
]

# --- AQ10: vendors' newsletter, hard-wrapped (sources: email, minutes, log) ----------------
AQ10 = """# Larch Street Vendors' Association: bulletin, late May 2026

**Moving day.** Marisol Quint's email lays it out: our last day in East Hall
is Sunday, May 31, and the pavilion opens on Wednesday, June 3. About 300
shoppers have signed our petition to keep the pavilion heated.

**Rent.** The board voted 6-0 in April to cut East Hall rent in half while
the hall is closed, an estimated $118,000 for the 26 of us. But it also
voted 4-2 to raise base rent to $33.00 a square foot in 2027, from $31.50.
Ferreira and Osei voted no.

**Numbers worth knowing.** The door counters logged 132,800 visitors in
November and 158,700 in December, up about 20%. Day stalls were rented
3,580 times from July to December. And the survey: 38 of the 61 vendors who
answered want Sunday hours until 7 p.m. Yet the manager has not said who
will staff the extra hours.

**Dues.** Association dues for the pavilion months are $15 a month.
"""

AQ10_FIGS = [
    F("2026", S, note="email / minutes / log: the sources are dated 2026"),
    F("31", S, note="email: your last trading day in East Hall is Sunday, May 31"),
    F("3", S, note="email: the pavilion opens on Wednesday, June 3"),
    F("300", U, note="the association's own petition; no source gives it"),
    F("6", S, note="minutes / email: the rent credit carried 6-0"),
    F("0", S, note="minutes / email: carried 6-0"),
    F("half", S, note="minutes / email: pay half their rent while the hall is closed"),
    F("$118,000", S, note="minutes: Mr. Bale estimated the credit at $118,000"),
    F("26", S, note="minutes: the 26 East Hall vendors"),
    F("4", S, note="minutes: the rent increase carried 4-2"),
    F("2", S, note="minutes: carried 4-2, directors Ferreira and Osei voting no"),
    F("$33.00", S, note="minutes: base rent to $33.00 a square foot"),
    F("2027", S, note="minutes: effective January 1, 2027"),
    F("$31.50", S, note="minutes: from $31.50"),
    F("132,800", S, note="log: November 132,800 visitors"),
    F("158,700", S, note="log: December 158,700 visitors"),
    F("20%", S, derived=True, note="log: 158,700 / 132,800 = 1.195, up about 20%"),
    F("3,580", C, "3,850", note="log: July to December, 3,850 day-stall rentals (transposed digits)"),
    F("38", S, note="email: 38 of them want Sunday hours extended"),
    F("61", S, note="email: 61 of our 79 vendors answered"),
    F("7", C, "6", note="email: want Sunday hours in the pavilion extended to 6 p.m."),
    F("$15", U, note="the association's dues; no source gives them"),
]

# --- AQ11: letter to the editor (sources: release, log) ----------------------------------
AQ11 = """Letter: Don't forget the garage

To the editor:

The city's March 9 announcement says the $7.0 million market renovation will be paid for partly with $4.6 million in bonds, repaid over 20 years from the market's parking revenue. That is about $230,000 a year before interest. It also counted 134 roof leaks last year.

Can the garage carry it? The authority's own door counter log shows that the garage took in $580,600 from July to December 2025, and the best month, December, brought in $171,600. A bad summer would hurt: in September, the slowest month in the log, the market had 117,600 visitors.

Meanwhile East Hall's 26 stalls will be closed for 22 weeks. I have parked in that garage every Saturday for 11 years, and I will keep doing it. But the council should see a parking forecast before it sells the bonds. The city says the market supports about 640 jobs. Protect them.

Ellen Mosby, Harwick Falls
"""

AQ11_FIGS = [
    F("9", S, note="release: dated Monday, March 9, 2026"),
    F("$7.0 million", S, note="release: a $7.0 million renovation"),
    F("$4.6 million", S, note="release: $4.6 million in city bonds"),
    F("20", S, note="release: repaid over 20 years from the market's parking revenue"),
    F("$230,000", S, derived=True, note="release: $4.6 million / 20 years = $230,000 a year before interest"),
    F("134", C, "143", note="release: which leaked 143 times last year (transposed digits)"),
    F("$580,600", S, note="log: parking revenue July to December 580.6 ($ thousand)"),
    F("2025", S, note="log: July to December 2025"),
    F("$171,600", C, "$117,600", note="log: December parking revenue 117.6 ($ thousand)"),
    F("117,600", S, note="log: September 117,600 visitors, the fewest of the six months"),
    F("26", S, note="release: East Hall, with 26 of the market's 84 permanent stalls"),
    F("22", S, note="release: the work is expected to take 22 weeks"),
    F("11", U, note="the letter writer's own habit; no source gives it"),
    F("640", S, note="release: the market supports about 640 jobs"),
]

# --- AQ12: committee briefing with a table (sources: report, minutes, article) -------------
AQ12 = """# Briefing: stall rents at the Larch Street Market

*For the council's economic development committee*

| Category | Sales, 2025 | Rent paid, 2025 |
|---|---|---|
| Meat and fish | $11.86 million | $386,000 |
| Prepared food | $14.37 million | $684,000 |
| Crafts and goods | $3.60 million | $246,000 |

Rent weighs most on crafts and goods, whose rent came to about 7% of their sales, against less than 4% for meat and fish. Crafts and goods was also the only category whose sales fell, by 5.2%.

The market authority's board voted 4-2 in April to raise base rent to $33.00 a square foot from $31.50, which its finance manager said would bring in about $97,000 more a year. The Herald reported that East Hall's vendors would pay half rent during the renovation; Rosa Lindqvist, 67, is among them.

The Herald also reported that 41 businesses are waiting for a permanent stall; the annual report counted 73 at the end of 2025. Director Ferreira, who voted no, has run a crafts stall for 15 years.
"""

AQ12_FIGS = [
    F("2025", S, note="report table: permanent stalls by category, 2025"),
    F("2025", S, note="report table: rent paid, 2025"),
    F("$11.86 million", S, note="report table: meat and fish 11.86"),
    F("$386,000", C, "$368,000", note="report table: meat and fish rent paid 368,000 (transposed digits)"),
    F("$14.37 million", S, note="report table: prepared food 14.37"),
    F("$684,000", S, note="report table: prepared food 684,000"),
    F("$3.60 million", S, note="report table: crafts and goods 3.60"),
    F("$246,000", S, note="report table: crafts and goods 246,000"),
    F("7%", S, derived=True, note="report table: 246,000 / 3,600,000 = 6.8%, 'about 7%'"),
    F("4%", S, derived=True, note="report table: 368,000 / 11,860,000 = 3.1%, 'less than 4%'"),
    F("5.2%", S, note="report table: crafts and goods -5.2, the only category whose sales fell"),
    F("4", S, note="minutes: carried 4-2"),
    F("2", S, note="minutes: carried 4-2"),
    F("$33.00", S, note="minutes: base rent to $33.00 a square foot"),
    F("$31.50", S, note="minutes: from $31.50"),
    F("$97,000", S, note="minutes: Mr. Bale, about $97,000 more a year"),
    F("half", S, note="article: its vendors will pay half their rent while East Hall is closed"),
    F("67", S, note="article: Rosa Lindqvist, 67"),
    F("41", S, note="article: 41 businesses were waiting for a permanent stall"),
    F("73", C, "37", note="report: 37 businesses were on the waiting list at year's end (transposed digits)"),
    F("2025", S, note="report: at year's end 2025"),
    F("15", U, note="no source says how long Ferreira has run a stall, or that she runs one"),
]

# --- AQ13: community forum post (sources: email, article) ---------------------------------
AQ13 = """**PSA for Larch Street Market regulars (r/HarwickFalls)**

East Hall closes after Sunday for the roof job. 20 of the vendors are moving to the heated pavilion on the north plaza (it opens Wednesday, June 3) and the other 6 are off until the hall reopens. Pavilion hours are 9 to 5 Tuesday to Saturday and 10 to 4 on Sundays, maybe till 6 on Sundays later since 38 vendors asked for it.

The market is paying $48,000 a month for the tent, so $288,000 total. Lindqvist (the butcher, she's 67 and her dad opened the stall in 1949) says the roof was always bad. The sourdough guy, Theo Marchetti, has been in East Hall since 2012.

Edit: the Herald says the reno is $7.0 million and the hall reopens in November. Parking tickets on Pell St are $45, btw.
"""

AQ13_FIGS = [
    F("20", S, note="email / article: twenty of you asked for a space; twenty vendors move to the pavilion"),
    F("3", S, note="email: the pavilion opens on Wednesday, June 3"),
    F("6", S, note="email / article: the other six will close for the summer"),
    F("9", S, note="email: pavilion hours are 9 a.m. to 5 p.m., Tuesday through Saturday"),
    F("5", S, note="email: to 5 p.m."),
    F("10", S, note="email: 10 a.m. to 4 p.m. on Sunday"),
    F("4", S, note="email: to 4 p.m. on Sunday"),
    F("6", S, note="email: 38 want Sunday hours extended to 6 p.m.; we will try that"),
    F("38", S, note="email: 38 of them want Sunday hours extended"),
    F("$48,000", S, note="email: the pavilion costs the authority $48,000 a month"),
    F("$288,000", C, "$240,000", derived=True, note="email: $48,000 a month for the five months = $240,000"),
    F("67", S, note="article: Rosa Lindqvist, 67"),
    F("1949", S, note="article: 'My father opened this stall in 1949'"),
    F("2012", C, "2021", note="article: Theo Marchetti has sold sourdough in East Hall since 2021 (transposed digits)"),
    F("$7.0 million", S, note="article: a $7.0 million renovation"),
    F("$45", U, note="no source gives parking fines"),
]

CASES = [
    ("fresh22-dev", "fresh-aq", list(AQ_POOL.values()), [
        ("wire.txt", AQ1, AQ1_FIGS, "wire story with a dateline without a day: a record year, derived differences and a per-stall value, a transposed deficit and leak count, a wrong festival date and a claim no source makes"),
        ("opinion.md", AQ2, AQ2_FIGS, "opinion column: hedges, derived differences and a percentage change, another motion's tally, a transposed age and credit, the columnist's own proposal"),
        ("explainer.md", AQ3, AQ3_FIGS, "explainer with question headings and a Markdown table of months restating the door counter log, derived shares, a transposed cell"),
        ("newsletter.md", AQ4, AQ4_FIGS, "neighborhood association newsletter: heading, bold lead-ins, lines hard-wrapped near 80 columns, a pronoun for the manager, sentence-initial But/Yet, the association's own date"),
        ("blog.md", AQ5, AQ5_FIGS, "blog post from a board meeting and the counter log: bids and their gap, a wrong derived percentage, a transposed count, the blogger's own guess"),
        ("memo.txt", AQ6, AQ6_FIGS, "policy staff memo in bullets: derived sums, a part-time count and a wrong response rate, another count of spaces"),
        ("radio.txt", AQ7, AQ7_FIGS, "radio anchor read: votes, a wrong count of bids, a transposed job count"),
        ("faq.md", AQ8, AQ8_FIGS, "question-and-answer piece: a share and a multiple, transposed figures, a count only another case's document gives"),
        ("summary.md", AQ9, AQ9_FIGS, "LLM-style summary in bullets: a hedged ratio, a swapped-digit rental, a wrong date, an invented plan"),
        ("bulletin.md", AQ10, AQ10_FIGS, "vendors' association bulletin, hard-wrapped: votes, a month-over-month change, a transposed total, a wrong hour, the association's dues"),
        ("letter.txt", AQ11, AQ11_FIGS, "letter to the editor: a per-year bond repayment worked out, transposed leak count and parking revenue, the writer's own habit"),
        ("briefing.md", AQ12, AQ12_FIGS, "committee briefing with a Markdown table of three categories: rent as a share of sales, a transposed cell and waiting-list count, an invented tenure"),
        ("forum.md", AQ13, AQ13_FIGS, "community forum post in casual style: digits for counts, a wrong derived total, a transposed year, parking fines no source gives"),
    ]),
]
CASE_SOURCES = {
    "fresh-aq-1": ["report", "release"],
    "fresh-aq-2": ["article", "minutes"],
    "fresh-aq-3": ["report", "log"],
    "fresh-aq-4": ["email", "release", "article"],
    "fresh-aq-5": ["minutes", "log"],
    "fresh-aq-6": ["report", "email"],
    "fresh-aq-7": ["release", "minutes"],
    "fresh-aq-8": ["article", "log"],
    "fresh-aq-9": ["report", "article"],
    "fresh-aq-10": ["email", "minutes", "log"],
    "fresh-aq-11": ["release", "log"],
    "fresh-aq-12": ["report", "minutes", "article"],
    "fresh-aq-13": ["email", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AQ_POOL, CASE_SOURCES)
