#!/usr/bin/env python3
"""Generate tests/fresh/fresh9-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  Q (fresh9-dev): a river port authority (Halvering Port Authority) and barge
                  freight through a lock and dam (Wrenfield Lock): tonnage by
                  commodity, barges, lock waits, revenue, a federal contract to
                  rebuild the lock with its funding split and a 120-day winter
                  closure, and a newspaper article on a 4-1 vote to raise the
                  port's wharfage fee

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_q.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic Q: Halvering Port Authority and Wrenfield Lock (fictional)
# ---------------------------------------------------------------------------

Q_REPORT = """Halvering Port Authority
2025 Annual Report (excerpt)

From the Executive Director

The Port of Halvering handled 8.42 million tons of barge freight in 2025, down 3.7% from 8.74 million tons in 2024 and the lowest total since 2019. Our three public terminals loaded or unloaded 5,630 barges, compared with 5,890 the year before.

The main cause was the emergency closure of Wrenfield Lock and Dam, 6 miles downstream, for 38 days in August and September after inspectors found a crack in a lower miter gate. No commercial tows could pass during the closure, and when the lock reopened the backlog was long: the average wait at the lock for the rest of the year was 9.5 hours, up from 4.2 hours in 2024.

Table 1. Tonnage by commodity, 2025

| Commodity | Tons (thousands) | Change from 2024 (%) | Share of tonnage (%) |
|---|---|---|---|
| Grain | 3,150 | -7.1 | 37.4 |
| Aggregates | 1,690 | +5.0 | 20.1 |
| Coal | 1,460 | -15.1 | 17.3 |
| Fertilizer | 1,240 | +5.1 | 14.7 |
| Steel and other | 880 | +4.8 | 10.5 |
| Total | 8,420 | -3.7 | 100.0 |

Grain remained our largest cargo, but the closure began just as the early harvest did, and about 240,000 tons of corn and soybeans moved by truck or rail instead. Coal fell for the sixth year in a row as the Ardmore Station power plant burned less of it. Aggregates, mostly sand and gravel for highway projects, passed coal to become our second-largest cargo. Fertilizer grew for the third straight year.

Finances

Operating revenue rose 2.1% to $14.6 million, from $14.3 million in 2024, because of new terminal leases. Wharfage fees brought in $6.2 million, terminal leases $5.1 million, warehouse and storage charges $2.4 million and other income $0.9 million. Operating expenses were $11.8 million, leaving operating income of $2.8 million. The authority has 96 full-time employees.

Our wharfage fee, 74 cents a ton, has not changed since 2018 and is the lowest of the six public ports on the Sable River.

Looking ahead

In 2026 we will begin building a $6.8 million grain conveyor at North Terminal. It will load a barge in about 90 minutes, compared with 4 hours today. We will also pay $2.3 million toward the rehabilitation of Wrenfield Lock's main chamber, which will close for about four months next winter. We forecast 8.9 million tons in 2026.

Anselm Varga
Executive Director
"""

Q_RELEASE = """NEWS RELEASE
Federal Navigation Service, Sable River District
March 3, 2026

$47.8 million contract awarded to rebuild Wrenfield Lock; main chamber to close for 120 days next winter

The Federal Navigation Service today awarded a $47.8 million contract to Brannock Marine Construction of Port Tilden to replace the miter gates and repair the concrete walls of the main chamber at Wrenfield Lock and Dam on the Sable River. Brannock's bid was the lowest of four and $3.1 million below the government estimate of $50.9 million.

Wrenfield, completed in 1938, is the busiest of the district's nine locks. It passed 11.6 million tons of cargo in 4,870 lockages in 2025, despite an unscheduled 38-day closure last summer for emergency gate repairs that cost $4.4 million. Its main chamber is 600 feet long and 110 feet wide, large enough for a tow of 15 barges. Its gates were last replaced in 1987.

Schedule

The main chamber will close from December 1, 2026, through March 30, 2027, a total of 120 days. During the closure, tows will use the 360-foot auxiliary chamber, where a 15-barge tow must be split and taken through in three lockages. A full passage there takes about 2 hours 40 minutes, compared with 50 minutes in the main chamber. The district scheduled the work for winter because December through March carried only 19% of the lock's tonnage in 2025.

Funding

- Inland Waterways Trust Fund (federal): $35.9 million, 75%
- State Department of Transportation, Ports and Waterways Program: $9.6 million, 20%
- Halvering Port Authority: $2.3 million, 5%

The state's share is the largest grant in the 12-year history of the Ports and Waterways Program, said State Transportation Secretary Lionel Fairbrother.

"Last summer showed what happens when a gate fails without warning in the middle of harvest," said Col. Adaeze Marchbank, the district commander. "A planned winter closure costs shippers far less, and these new gates should last 50 years."

The project will support about 140 construction jobs. Brannock expects to finish all work by June 2027, including repairs to the upper approach walls, which can be done while the lock is open.

Media contact: Public Affairs Office, Sable River District
"""

Q_ARTICLE = """Port raises fees to pay for lock repairs; grain shippers push back

By Corinne Achebe-Walsh, The Halvering Ledger
March 12, 2026

The Halvering Port Authority's board voted 4-1 on Tuesday to raise the port's wharfage fee from 74 cents to 84 cents a ton on July 1, its first increase since 2018. The increase is expected to bring in about $840,000 a year, which will help pay the port's $2.3 million share of the Wrenfield Lock repairs and part of a $6.8 million grain conveyor.

"We held the line for eight years," said board chair Loretta Quist, 64. "But the lock our whole economy depends on is 88 years old, and we have to pay our part."

Commissioner Dale Emberly, 71, a retired grain elevator manager, cast the lone vote against. He said the increase would cost the Prairie Gold Cooperative, the port's largest customer, about $62,000 a year. The cooperative shipped 620,000 tons through Halvering last year.

Last summer's closure is still on farmers' minds. Ruth Ellingsen, 52, who grows corn and soybeans on 1,400 acres near Cobb's Ferry, said she trucked her grain 85 miles to a rail elevator in Garrow during the closure, paying $28 a ton instead of the $11 it costs to ship by barge. "That closure cost me about $19,000," she said.

Tavener River Lines, which moves about a third of the port's barges, had 23 tows waiting above the lock when it closed, said operations manager Kofi Brandt, 45. The company lost about $1.4 million during the 38 days, he said, and expects to move about 30% fewer barges during the 120-day winter closure.

Executive director Anselm Varga, 57, who has led the port since 2014, said the conveyor at North Terminal could take 11 months to build and would cut the time to load a barge from 4 hours to about 90 minutes. Construction is set to begin in May.

The board also approved a 3.5% raise for the port's 96 full-time employees and a $1.2 million dredging contract for the North Terminal berth.

Emberly, whose term ends in 2027, said he would ask the board next month to exempt farm cooperatives from the increase. Quist said she would oppose that. "Every ton pays the same," she said.
"""

Q_SOURCES = [
    {"name": "halvering-port-authority-annual-report-2025.txt", "text": Q_REPORT},
    {"name": "sable-river-district-wrenfield-lock-release.txt", "text": Q_RELEASE},
    {"name": "halvering-ledger-article.txt", "text": Q_ARTICLE},
]

# --- Q1: wire story ------------------------------------------------------------
Q1 = """Halvering port raises barge fees as lock repairs loom

HALVERING (Wire) — The Halvering Port Authority will raise its wharfage fee by 10 cents a ton on July 1 to help pay for repairs at Wrenfield Lock and Dam, after its board approved the increase 4-1 on Tuesday.

The fee rises from 74 cents to 84 cents a ton, about 14%, and is expected to bring in about $840,000 a year. It has not changed since 2016.

The port handled 8.42 million tons of barge freight in 2025, down 3.7% from the year before, after the lock closed for 38 days in August and September when inspectors found a cracked gate. Grain, the port's largest cargo, fell 7.1% to 3.15 million tons, and coal dropped 5.1%.

The Federal Navigation Service this month awarded a $47.8 million contract to Brannock Marine Construction to replace the lock's gates and repair its walls. The main chamber will close for 120 days from December 1, and tows will squeeze through a 360-foot auxiliary chamber. Federal money covers 75% of the cost, the state $2.3 million and the port $9.6 million.

Board chair Loretta Quist, 64, and Commissioner Dale Emberly, 71, split on the vote. Emberly said the increase would cost the Prairie Gold Cooperative, the port's largest customer, about $62,000 a year.

Ruth Ellingsen, 57, who farms 1,400 acres near Cobb's Ferry, said she paid $28 a ton to truck grain during last year's closure, more than twice the barge rate. Tavener River Lines, which operates 19 towboats, lost about $4.1 million during the closure and had 23 tows stranded, operations manager Kofi Brandt said.

The lock, completed in 1938, passed 11.6 million tons in 2025, making it the second-busiest in the district. Its gates were last replaced in 1987, and the new ones should last 50 years, said the district commander, Col. Adaeze Marchbank.

The port employs 96 people and took in $14.6 million in operating revenue last year, 6% more than the year before. Barge traffic on the Sable has fallen about 12% over the past decade, and the port at Dunleith, its nearest rival, 40 miles downstream, charges 91 cents a ton.
"""

Q1_FIGS = [
    F("10", S, derived=True, note="article: from 74 cents to 84 cents a ton; 84 - 74 = 10 cents"),
    F("1", S, note="article: on July 1"),
    F("4", S, note="article: the board voted 4-1"),
    F("1", S, note="article: 4-1"),
    F("74", S, note="article / report: 74 cents a ton"),
    F("84", S, note="article: to 84 cents a ton"),
    F("14%", S, derived=True, note="article: 84 / 74 = 1.135, a 13.5% rise, 'about 14%'"),
    F("$840,000", S, note="article: about $840,000 a year"),
    F("2016", C, "2018", note="article / report: the fee has not changed since 2018"),
    F("8.42 million", S, note="report: 8.42 million tons in 2025"),
    F("2025", S, note="report"),
    F("3.7%", S, note="report: down 3.7% from 8.74 million tons in 2024"),
    F("38", S, note="report / release: closed for 38 days in August and September"),
    F("7.1%", S, note="report table: grain -7.1"),
    F("3.15 million", S, note="report table: grain 3,150 thousand tons"),
    F("5.1%", C, "15.1%", note="report table: coal -15.1; 5.1 is fertilizer's change (+5.1)"),
    F("$47.8 million", S, note="release: a $47.8 million contract to Brannock Marine Construction"),
    F("120", S, note="release: main chamber closes for 120 days"),
    F("1", S, note="release: from December 1, 2026"),
    F("360", S, note="release: the 360-foot auxiliary chamber"),
    F("75%", S, note="release: federal Inland Waterways Trust Fund 75%"),
    F("$2.3 million", C, "$9.6 million", note="release: the state pays $9.6 million; $2.3 million is the port's share (swapped pair)"),
    F("$9.6 million", C, "$2.3 million", note="release / article / report: the port pays $2.3 million; $9.6 million is the state's (swapped pair)"),
    F("64", S, note="article: board chair Loretta Quist, 64"),
    F("71", S, note="article: Commissioner Dale Emberly, 71"),
    F("$62,000", S, note="article: Emberly said the increase would cost the cooperative about $62,000 a year"),
    F("57", C, "52", note="article: Ruth Ellingsen, 52; 57 is Anselm Varga's age"),
    F("1,400", S, note="article: 1,400 acres"),
    F("$28", S, note="article: paying $28 a ton"),
    F("twice", S, derived=True, note="article: $28 / $11 by barge = 2.5, 'more than twice'"),
    F("19", U, note="no source gives the number of Tavener's towboats"),
    F("$4.1 million", C, "$1.4 million", note="article: the company lost about $1.4 million (transposed digits)"),
    F("23", S, note="article: 23 tows waiting above the lock"),
    F("1938", S, note="release: completed in 1938"),
    F("11.6 million", S, note="release: 11.6 million tons in 2025"),
    F("2025", S, note="release"),
    F("second-busiest", C, "busiest", note="release: the busiest of the district's nine locks"),
    F("1987", S, note="release: gates last replaced in 1987"),
    F("50", S, note="release: Marchbank, the new gates should last 50 years"),
    F("96", S, note="report / article: 96 full-time employees"),
    F("$14.6 million", S, note="report: operating revenue $14.6 million"),
    F("6%", C, "2.1%", note="report: operating revenue rose 2.1%"),
    F("12%", U, note="no source gives the river's traffic over a decade"),
    F("40", U, note="no source mentions Dunleith or its distance"),
    F("91", U, note="no source gives another port's fee"),
]

# --- Q2: "by the numbers" list with bold lead-ins --------------------------------
Q2 = """# The Port of Halvering's year, by the numbers

The port's latest annual report, a federal contract for Wrenfield Lock and this month's fee vote, in figures.

- **8.42 million tons:** barge freight through the port last year, down 3.7%.
- **320,000 tons:** how much less freight the port handled than the year before.
- **5,630:** barges loaded or unloaded at the port's terminals, down from 5,980.
- **38 days:** how long Wrenfield Lock was shut last summer after a crack was found in a gate, its longest unplanned closure since 1993.
- **9.5 hours:** the average wait at the lock after it reopened, more than double the 4.2 hours of a year earlier.
- **37.4%:** grain's share of the port's tonnage; aggregates came next at 20.1%, ahead of coal at 14.7%.
- **$14.6 million:** operating revenue, up 2.1%. Wharfage fees supplied $6.2 million of it, more than 40%.
- **74 cents:** the wharfage fee per ton since 2018, the lowest of the Sable River's five public ports.
- **4-1:** the board's vote to raise the fee to 84 cents on July 1, after a 40-minute debate.
- **$62,000:** what the increase will cost the Prairie Gold Cooperative a year, by Commissioner Dale Emberly's count; the co-op shipped 260,000 tons last year.
- **$47.8 million:** Brannock Marine Construction's winning bid to rebuild the lock.
- **75%:** the federal share of the cost; the state pays $6.9 million and the port $2.3 million.
- **120 days:** the main chamber's winter closure, through March 31, 2027.
- **Three:** lockages a 15-barge tow will need in the auxiliary chamber.
- **88 years:** the lock's age; it opened in 1938.
- **150:** construction jobs the project will support.
- **2029:** when Brannock expects to finish.
- **25%:** how much more grain the port expects to load once its new conveyor is running.
- **11 months:** the time to build that conveyor, which will load a barge in 90 minutes instead of 3 hours, a cut of more than 60%.
"""

Q2_FIGS = [
    F("8.42 million", S, note="report: 8.42 million tons in 2025"),
    F("3.7%", S, note="report"),
    F("320,000", S, derived=True, note="report: 8.74 million - 8.42 million = 320,000 tons"),
    F("5,630", S, note="report: 5,630 barges"),
    F("5,980", C, "5,890", note="report: compared with 5,890 the year before (transposed digits)"),
    F("38", S, note="report / release: 38 days"),
    F("1993", U, note="no source gives the lock's earlier closures"),
    F("9.5", S, note="report: average wait 9.5 hours"),
    F("double", S, derived=True, note="report: 9.5 / 4.2 = 2.3, 'more than double'"),
    F("4.2", S, note="report: up from 4.2 hours in 2024"),
    F("37.4%", S, note="report table: grain share 37.4"),
    F("20.1%", S, note="report table: aggregates share 20.1, the second-largest cargo"),
    F("14.7%", C, "17.3%", note="report table: coal share 17.3; 14.7 is fertilizer's"),
    F("$14.6 million", S, note="report: operating revenue"),
    F("2.1%", S, note="report: up 2.1%"),
    F("$6.2 million", S, note="report: wharfage fees $6.2 million"),
    F("40%", S, derived=True, note="report: 6.2 / 14.6 = 42.5%, 'more than 40%'"),
    F("74", S, note="report / article: 74 cents a ton"),
    F("2018", S, note="report / article: unchanged since 2018"),
    F("five", C, "six", note="report: the lowest of the six public ports on the Sable River"),
    F("4", S, note="article: voted 4-1"),
    F("1", S, note="article: 4-1"),
    F("84", S, note="article: to 84 cents"),
    F("1", S, note="article: on July 1"),
    F("40", U, note="no source gives the length of the debate"),
    F("$62,000", S, note="article: Emberly's estimate, about $62,000 a year"),
    F("260,000", C, "620,000", note="article: the cooperative shipped 620,000 tons"),
    F("$47.8 million", S, note="release: the contract, the lowest of four bids"),
    F("75%", S, note="release: federal 75%"),
    F("$6.9 million", C, "$9.6 million", note="release: the state pays $9.6 million (transposed digits)"),
    F("$2.3 million", S, note="release / article: the port's $2.3 million"),
    F("120", S, note="release: 120 days"),
    F("31", C, "30", note="release: through March 30, 2027"),
    F("2027", S, note="release: March 30, 2027"),
    F("Three", S, note="release: a 15-barge tow taken through in three lockages"),
    F("15", S, note="release: a 15-barge tow"),
    F("88", S, note="article: the lock is 88 years old"),
    F("1938", S, note="release: completed in 1938"),
    F("150", C, "140", note="release: about 140 construction jobs"),
    F("2029", C, "2027", note="release: Brannock expects to finish by June 2027"),
    F("25%", U, note="no source gives a forecast for grain with the conveyor"),
    F("11", S, note="article: Varga, the conveyor could take 11 months"),
    F("90", S, note="report / article: about 90 minutes"),
    F("3", C, "4", note="report / article: from 4 hours today"),
    F("60%", S, derived=True, note="report: (240 - 90) / 240 minutes = 62.5%, 'more than 60%' (right by the sources though the draft says 3 hours)"),
]

# --- Q3: radio script, spoken numbers ---------------------------------------------
Q3 = """THE RIVER HOUR, Halvering Public Radio
Script, March 2026

GRETA MALOUF, HOST: Good morning. Barge traffic, a lock that's pushing ninety, and a fee fight at the port. Tobias Renk is here.

TOBIAS RENK: Start with the lock. Wrenfield Lock opened in nineteen thirty-eight, so it turns eighty-eight this year, and last summer a cracked gate shut it for more than five weeks.

MALOUF: What did that do to the port?

RENK: The Port of Halvering handled about eight and a half million tons last year, down nearly four percent. Grain is still the big cargo, more than half of everything, but some two hundred and forty thousand tons of corn and beans went by truck or rail instead. Coal fell for the fourth year running. After it reopened, tows waited about nine and a half hours on average, more than twice as long as the year before.

MALOUF: And the repairs?

RENK: A forty-seven point eight million dollar contract to Brannock Marine. Washington pays three quarters, the state about nine and a half million, and the port two point three million. The big chamber closes for a hundred and twenty days from December, so tows use the small chamber, three hundred feet long, and go through in four pieces.

MALOUF: And the fee?

RENK: On a four to one vote, from seventy-four cents a ton to eighty-four. That's about a fourteen percent increase, roughly eight hundred and forty thousand dollars a year. The chair, Loretta Quist, who's seventy-one, told me, quote, "We held the line for eight years."

MALOUF: Who voted no?

RENK: Dale Emberly. He's sixty-four, and he figures it'll cost the Prairie Gold co-op about sixty-two thousand dollars a year. I also talked with Ruth Ellingsen, who's farmed near Cobb's Ferry for thirty years. Last summer she trucked her grain eighty-five miles and paid twenty-eight dollars a ton, about seventeen dollars more than the barge. She says it cost her nineteen thousand dollars.

MALOUF: And the barge lines?

RENK: Tavener River Lines had twenty-three tows stuck above the lock and lost about one point four million. Kofi Brandt there, who's fifty-seven, expects to move about half as many barges this winter, and says they'll tie up a dozen boats.

MALOUF: Good news?

RENK: Revenue at the port was up a bit, to about fourteen and a half million dollars. A new grain conveyor at North Terminal will load a barge in ninety minutes instead of four hours, and the director, Anselm Varga, says it could take nine months to build. And the new lock gates should last fifty years.

MALOUF: Thanks, Tobias. Next week: the twelve locks between here and the coast.
"""

Q3_FIGS = [
    F("2026", S, note="dateline; release / article: March 2026"),
    F("ninety", S, note="article: the lock is 88 years old ('pushing ninety')"),
    F("nineteen thirty-eight", S, note="release: completed in 1938"),
    F("eighty-eight", S, note="article: 88 years old"),
    F("five", S, derived=True, note="report / release: 38 days = 5.4 weeks, 'more than five weeks'"),
    F("eight and a half million", S, note="report: 8.42 million tons ('about')"),
    F("four percent", S, note="report: down 3.7% ('nearly four percent')"),
    F("half", C, "37.4%", note="report table: grain is 37.4% of tonnage, more than a third, not more than half"),
    F("two hundred and forty thousand", S, note="report: about 240,000 tons moved by truck or rail"),
    F("fourth", C, "sixth", note="report: coal fell for the sixth year in a row"),
    F("nine and a half", S, note="report: average wait 9.5 hours"),
    F("twice", S, derived=True, note="report: 9.5 / 4.2 hours = 2.3, 'more than twice'"),
    F("forty-seven point eight million", S, note="release: $47.8 million contract"),
    F("three quarters", S, note="release: federal 75%"),
    F("nine and a half million", S, note="release: state $9.6 million ('about')"),
    F("two point three million", S, note="release / article: the port's $2.3 million"),
    F("a hundred and twenty", S, note="release: 120 days from December 1"),
    F("three hundred", C, "three hundred and sixty", note="release: the 360-foot auxiliary chamber"),
    F("four", C, "three", note="release: a 15-barge tow is taken through in three lockages"),
    F("four", S, note="article: voted 4-1"),
    F("one", S, note="article: 4-1"),
    F("seventy-four", S, note="article: from 74 cents"),
    F("eighty-four", S, note="article: to 84 cents"),
    F("fourteen percent", S, derived=True, note="article: 84 / 74 = 1.135, 'about a fourteen percent increase'"),
    F("eight hundred and forty thousand", S, note="article: about $840,000 a year"),
    F("seventy-one", C, "sixty-four", note="article: Loretta Quist, 64; 71 is Dale Emberly's age (swapped ages)"),
    F("eight", S, note="article: Quist, 'We held the line for eight years'"),
    F("sixty-four", C, "seventy-one", note="article: Dale Emberly, 71; 64 is Quist's age (swapped ages)"),
    F("sixty-two thousand", S, note="article: about $62,000 a year"),
    F("thirty", U, note="no source says how long Ellingsen has farmed"),
    F("eighty-five", S, note="article: trucked her grain 85 miles"),
    F("twenty-eight", S, note="article: $28 a ton"),
    F("seventeen", S, derived=True, note="article: $28 - $11 by barge = $17 a ton"),
    F("nineteen thousand", S, note="article: 'That closure cost me about $19,000'"),
    F("twenty-three", S, note="article: 23 tows"),
    F("one point four million", S, note="article: lost about $1.4 million"),
    F("fifty-seven", C, "forty-five", note="article: Kofi Brandt, 45; 57 is Varga's age"),
    F("half", C, "thirty percent", note="article: Brandt expects about 30% fewer barges, not half as many"),
    F("a dozen", U, note="no source says how many boats Tavener will tie up"),
    F("fourteen and a half million", S, note="report: operating revenue $14.6 million ('about')"),
    F("ninety", S, note="report / article: about 90 minutes"),
    F("four", S, note="report / article: 4 hours today"),
    F("nine", C, "eleven", note="article: Varga, the conveyor could take 11 months"),
    F("fifty", S, note="release: the new gates should last 50 years"),
    F("twelve", U, note="no source gives the number of locks to the coast (nine is the district's count)"),
]

# --- Q4: cooperative's member newsletter with a small table ------------------------
Q4 = """## Prairie Gold Cooperative: member update on the river, the lock and the fee

*March 2026*

**The fee.** The Halvering Port Authority board voted 4-1 on March 10 to raise
wharfage from 74 cents to 84 cents a ton on July 1. For the 620,000 tons we
shipped through Halvering last year, that comes to about $62,000 more a year,
roughly $100 for each member farm. Commissioner Dale Emberly, 71, voted no,
and he will ask the board to exempt co-ops.

**The port's year.** Halvering handled 8.42 million tons last year. Here is
how the main cargoes did:

| Cargo | Tons (thousands) | Change from 2024 | Share of tonnage |
|---|---|---|---|
| Grain | 3,150 | -7.1% | 37.4% |
| Aggregates | 1,690 | +5.0% | 20.1% |
| Coal | 1,640 | -15.1% | 17.3% |
| Fertilizer | 1,240 | -5.1% | 14.7% |

Grain fell by about 240,000 tons, roughly what went by truck or rail during
last summer's 38-day lock closure. Our own shipments were about a fifth of
the port's grain.

**The lock.** The $48.7 million rebuild of Wrenfield Lock will close the main
chamber for 120 days, starting December 1. December through March carried
29% of the lock's tonnage in 2025, so plan winter sales now. The lock passed
its traffic last year in 4,780 lockages, and the new gates should last
40 years.

**Trucking.** Ruth Ellingsen, 52, paid $28 a ton to truck grain last summer,
more than three times the barge rate.

**The port.** Executive director Anselm Varga, 57, who has run the port since
2016, says the new North Terminal conveyor will load a barge in 90 minutes.
The board also gave the port's 69 employees a 3.5% raise, and chair Loretta
Quist says every ton pays the same. Our elevator at Cobb's Ferry can hold
2.4 million bushels, and winter basis is running 15 cents under last year.
"""

Q4_FIGS = [
    F("2026", S, note="dateline; release / article: March 2026"),
    F("4", S, note="article: voted 4-1"),
    F("1", S, note="article: 4-1"),
    F("10", S, note="article of Thursday, March 12: the vote was on Tuesday, March 10"),
    F("74", S, note="article: from 74 cents"),
    F("84", S, note="article: to 84 cents"),
    F("1", S, note="article: on July 1"),
    F("620,000", S, note="article: the cooperative shipped 620,000 tons"),
    F("$62,000", S, note="article: about $62,000 a year (also 620,000 x 10 cents)"),
    F("$100", U, note="no source gives the cooperative's number of member farms"),
    F("71", S, note="article: Dale Emberly, 71"),
    F("8.42 million", S, note="report: 8.42 million tons in 2025"),
    F("2024", S, note="report table: change from 2024"),
    F("3,150", S, note="report table: grain"),
    F("7.1%", S, note="report table: grain -7.1"),
    F("37.4%", S, note="report table: grain share"),
    F("1,690", S, note="report table: aggregates"),
    F("5.0%", S, note="report table: aggregates +5.0"),
    F("20.1%", S, note="report table: aggregates share"),
    F("1,640", C, "1,460", note="report table: coal 1,460 thousand tons (transposed digits)"),
    F("15.1%", S, note="report table: coal -15.1"),
    F("17.3%", S, note="report table: coal share"),
    F("1,240", S, note="report table: fertilizer"),
    F("5.1%", C, "+5.1%", note="report table: fertilizer +5.1; the draft gives it as a fall"),
    F("14.7%", S, note="report table: fertilizer share"),
    F("240,000", S, derived=True, note="report table: 3,150 / (1 - 0.071) = 3,391; 3,391 - 3,150 = about 241,000 tons (the report's 240,000 tons moved by truck or rail)"),
    F("38", S, note="report / release: 38 days"),
    F("a fifth", S, derived=True, note="article / report table: 620,000 / 3,150,000 = 19.7%, 'about a fifth'"),
    F("$48.7 million", C, "$47.8 million", note="release: a $47.8 million contract (transposed digits)"),
    F("120", S, note="release: 120 days"),
    F("1", S, note="release: from December 1, 2026"),
    F("29%", C, "19%", note="release: December through March carried only 19% of the lock's tonnage in 2025"),
    F("2025", S, note="release"),
    F("4,780", C, "4,870", note="release: 4,870 lockages (transposed digits)"),
    F("40", C, "50", note="release: the new gates should last 50 years"),
    F("52", S, note="article: Ruth Ellingsen, 52"),
    F("$28", S, note="article: $28 a ton"),
    F("three times", C, "2.5 times", derived=True, note="article: $28 / $11 = 2.5, not more than three times"),
    F("57", S, note="article: Anselm Varga, 57"),
    F("2016", C, "2014", note="article: Varga has led the port since 2014"),
    F("90", S, note="report / article: about 90 minutes"),
    F("69", C, "96", note="article / report: 96 full-time employees (transposed digits)"),
    F("3.5%", S, note="article: a 3.5% raise"),
    F("2.4 million", U, note="no source mentions the cooperative's elevator capacity"),
    F("15", U, note="no source gives grain basis"),
]

CASES = [
    ("fresh9-dev", "fresh-q", Q_SOURCES, [
        ("wire.md", Q1, Q1_FIGS, "wire story"),
        ("by-the-numbers.md", Q2, Q2_FIGS, "by-the-numbers list: bold lead-ins, one figure leading each bullet, derived figures"),
        ("radio-script.txt", Q3, Q3_FIGS, "radio script: spoken numbers, hedges, reported speech, ages attached to speakers"),
        ("newsletter.md", Q4, Q4_FIGS, "cooperative's member newsletter: heading, italic dateline, bold lead-ins, a small Markdown table, lines hard-wrapped near 80 columns"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
