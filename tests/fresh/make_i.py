#!/usr/bin/env python3
"""Generate tests/fresh/fresh5-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  I (fresh5-dev): a coastal fishing port (the Port of Ashcombe), its fleet's
                  landings by species, the state fisheries agency's 2026 catch
                  limits and resilience grants, and a newspaper article on a
                  fish handlers' contract vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_i.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic I: the Port of Ashcombe, its fleet and the state's catch limits
# (fictional)
# ---------------------------------------------------------------------------

I_REPORT = """Ashcombe Harbor Commission
2025 Landings and Harbor Report (excerpt)

From the Harbormaster

Fishing vessels landed 21,760 tonnes of seafood at the Port of Ashcombe in 2025, up 2.3% from 21,265 tonnes in 2024. The value of those landings at the dock rose 5.7% to $101.9 million, from $96.4 million, the first year above $100 million in the port's history. Ashcombe remained the state's third-largest fishing port by value, behind Kestrel Point and Marlow Haven.

Table 1. Landings by species, 2025

| Species | Landings (tonnes) | Change from 2024 (%) | Value ($ million) | Share of value (%) |
|---|---|---|---|---|
| Lobster | 2,150 | -6.5 | 36.5 | 35.8 |
| Sea scallops | 1,240 | +18.1 | 31.0 | 30.4 |
| Haddock | 3,480 | +4.2 | 12.2 | 12.0 |
| Atlantic cod | 1,620 | -22.5 | 7.3 | 7.2 |
| Atlantic herring | 9,870 | +9.3 | 6.9 | 6.8 |
| Silver hake | 2,310 | -3.1 | 4.6 | 4.5 |
| Other species | 1,090 | +1.9 | 3.4 | 3.3 |
| Total | 21,760 | +2.3 | 101.9 | 100.0 |

Lobster was again the most valuable species, as it has been every year since 2009, although its landings fell for the third year in a row. Scallops had their best year since 2016, with the fleet landing 1,240 tonnes, up from 1,050 tonnes. Herring, the cheapest species per kilogram, was once more the largest catch by weight, at 45% of the total. Cod landings fell to their lowest level on record after the state cut the inshore cod quota for the second straight year.

The fleet

The port had 148 registered commercial vessels at the end of 2025, down from 156 a year earlier: 64 lobster boats, 38 groundfish vessels, 31 scallopers and 15 herring boats. About 610 people worked aboard them as captains or crew. The median age of the port's permit holders was 57.

Diesel at the harbor fuel dock averaged $3.92 a gallon, down from $4.31 in 2024.

Harbor operations

The Commission's revenue from berthing, landing and ice fees rose 4.7% to $6.28 million. The ice plant produced 14,200 tonnes of flake ice, and the cold-storage warehouse on the North Wharf was 88% full on average, up from 79% in 2024.

Work on the $18.4 million rebuild of the Fish Pier began in May 2025 and is due to finish in October 2027. The first phase, replacing 240 timber piles, was completed in November. The north berth will close for about 10 weeks in summer 2026 while its deck is replaced.

The Commission employed 46 people at year-end.

Colm Ferreira
Harbormaster
"""

I_RELEASE = """NEWS RELEASE
State Division of Marine Fisheries
February 11, 2026

Division sets 2026 catch limits, cuts inshore cod 18% and awards $14.6 million to fishing ports

The State Division of Marine Fisheries today set commercial catch limits for the 2026 fishing year, which begins May 1, cutting the inshore cod quota for a third straight year and raising the limits for haddock and sea scallops. Director Helena Varga also announced $14.6 million in Fishing Community Resilience grants to five ports and $1.26 million in direct payments to cod fishermen.

2026 catch limits

- Inshore cod: 3,100 tonnes, down 18% from 3,780 tonnes in 2025.
- Haddock: 7,420 tonnes, up 6% from 7,000 tonnes.
- Sea scallops: 2,860 tonnes, up 10% from 2,600 tonnes.
- Atlantic herring: unchanged at 24,500 tonnes.

The cod cut follows the Division's 2025 stock assessment, which estimated the inshore spawning stock at 27% of its rebuilding target, down from 34% in the 2023 assessment. Under the state's rebuilding plan, adopted in 2019, the stock must reach its target by 2034.

"Nobody in this building wanted to cut cod again," Director Varga said. "But a stock at about a quarter of its target cannot support the catch it supported ten years ago."

Resilience grants

- Port of Ashcombe: $4.2 million, the largest award, including $2.5 million for the Fish Pier rebuild and $1.7 million to expand cold storage.
- Kestrel Point: $3.8 million for a new fuel dock and a waterfront sewer line.
- Marlow Haven: $2.9 million to dredge its entrance channel.
- Pell's Landing: $2.1 million for a shared processing building.
- Dunmore Cove: $1.6 million for a seawall.

The grants are paid from the state's share of offshore lease revenue. Since the program began in 2021, it has awarded $61.3 million to 14 ports.

Direct payments

About 420 holders of inshore cod permits will each receive $3,000 to offset the cut, a total of $1.26 million. Payments will be made by June 30.

Statewide landings

Commercial landings statewide were valued at $642 million in 2025, up 3.1% from $622.7 million in 2024. Lobster accounted for $251 million, or 39%, and sea scallops for $118 million. The state had 2,940 licensed commercial fishing vessels at year-end, down from 3,015.

A public hearing on next year's herring limits will be held in Kestrel Point on April 9.

Media contact: Office of Communications, State Division of Marine Fisheries
"""

I_ARTICLE = """Fish handlers approve contract, ending strike threat on the Ashcombe pier

By Maëlle Fontaine, The Ashcombe Tide
March 6, 2026

Fish handlers at the Ashcombe Fish Exchange voted 212 to 87 on Wednesday to approve a three-year contract, ending a month of strike talk that could have shut the port's auction just as the spring season begins.

The contract raises the base wage for the Exchange's 318 handlers from $21.40 to $23.75 an hour by 2028, an 11% increase, with 4% coming in the first year. It also adds a fourth week of paid leave for handlers with 15 years of service and caps mandatory overtime at 12 hours a week. Turnout was 94%, the highest the union's stewards could remember.

"We didn't get everything, but we got respect," said Inês Dubé, 44, a union steward who has driven a forklift on the pier for 19 years. In 2023, handlers rejected a two-year offer, 164 to 131, and worked without a contract for five months.

The vote comes as the Exchange braces for a leaner year. The state Division of Marine Fisheries last month cut the inshore cod quota 18%, to 3,100 tonnes, after cod landings at Ashcombe fell 22.5% in 2025. The Exchange handles about 62% of the port's landings by value; lobster, the most valuable species, is mostly sold straight to dealers.

Exchange general manager Bartholomew Quayle, 57, said the contract would add about $1.9 million to labor costs over three years. "Scallops and haddock are carrying us right now," he said. "If cod goes to nothing, we'll manage. If scallops turn, that's a different conversation."

José Ñúñez, 61, who has unloaded boats on the pier since 1988, voted against the deal. "Eleven percent over three years doesn't keep up with rent in this town," he said. He called the Exchange's offer of a 3% raise last fall "an insult."

Scallop captain Ruairí Ó Fiannachta, 39, said the 10% increase in the scallop limit, to 2,860 tonnes, would help, but that fuel and insurance still eat about a third of each trip's gross.

The union's members are older than they used to be: 41% are over 50, up from 29% a decade ago, according to the union. The Exchange hired 22 new handlers in 2025 but lost 31 to retirement or other jobs.

Harbor Commission chair Odile Marchetti, 66, said the state's $4.2 million grant would let the Commission finish the $18.4 million Fish Pier rebuild on schedule in October 2027. The pier's north berth will close for 10 weeks starting in June.

The contract takes effect April 1. The Exchange's board, which ratified the deal 5-0 on Thursday, meets next on March 19.
"""

I_SOURCES = [
    {"name": "ashcombe-harbor-report-2025.txt", "text": I_REPORT},
    {"name": "marine-fisheries-release.txt", "text": I_RELEASE},
    {"name": "ashcombe-tide-article.txt", "text": I_ARTICLE},
]

# --- I1: business wire story ------------------------------------------------
I1 = """Ashcombe landings top $100 million for the first time as scallops surge

ASHCOMBE (Coastline Wire) — Ashcombe's fishing fleet landed seafood worth $101.9 million in 2025, up 5.7% from $96.4 million and its first year above $100 million, the Harbor Commission said in its 64-page annual report.

Landings rose 3.2% by weight to 21,760 tonnes. Scallops led the gains at 1,240 tonnes, up 18.1% from 1,050, worth $31.0 million, or about $25 a kilogram, as dock prices rose 12%. Lobster stayed the most valuable catch at $36.5 million, or 30.4% of the total, though landings fell 6.5% to 2,150 tonnes, a fourth straight decline. Together the pair brought in about three quarters of the value.

Cod landings fell 22.5% to 1,620 tonnes, worth $7.3 million, the lowest since 1994, after the state cut the inshore quota for the second straight year. Cod's share of the catch value slipped to 7.2%, from 11% in 2024. On February 11 the state fisheries division cut it again, by 18% to 3,100 tonnes for the fishing year that starts May 1, citing a spawning stock at 27% of its target, down from 43% in 2023. It raised the haddock limit 6% to 7,240 tonnes.

Ashcombe, the state's second-largest port by value, won the largest of five resilience grants, $4.2 million, ahead of Kestrel Point's $2.9 million. Of that, $2.5 million goes to the $18.4 million rebuild of its Fish Pier, begun in May 2024, and $1.7 million to cold storage that will add 2,500 tonnes of space. About 420 cod permit holders will get $3,500 each, or $1.26 million in all.

The fleet shrank to 148 vessels from 165, 64 of them lobster boats, and diesel averaged $3.92 a gallon, down 9% from $4.31. About 610 people crewed them; the median permit holder was 61. The Commission, which raised berthing fees 5% in January, took in $6.28 million in fees.

Statewide landings were worth $622.7 million, up 3.1%, so Ashcombe had about 16% of the total. Kestrel Point, the largest port, landed $188 million.

Handlers at the Ashcombe Fish Exchange, which sells about 62% of the catch by value, approved a three-year contract on March 4 by 212 votes to 78, on a 96% turnout among its 381 handlers. It lifts the base wage to $23.75 an hour from $21.40 by 2028, an increase of 13%, adds a fourth week of leave after 10 years and caps overtime at 12 hours a week.

"Scallops and haddock are carrying us right now," said general manager Bartholomew Quayle, 57, who put the added cost at $1.9 million over three years, or about $630,000 a year. The Exchange paid fishermen $48 million last year and plans to hire 40 handlers in 2026, after 22 in 2025.
"""

I1_FIGS = [
    F("$100 million", S, note="headline; report: the first year above $100 million in the port's history"),
    F("first", S, note="headline; report: the first year above $100 million"),
    F("$101.9 million", S, note="report: value rose 5.7% to $101.9 million"),
    F("2025", S, note="report"),
    F("5.7%", S, note="report"),
    F("$96.4 million", S, note="report: from $96.4 million"),
    F("first", S, note="report: the first year above $100 million"),
    F("$100 million", S, note="report"),
    F("64", U, note="no source gives the report's length (64 is the number of lobster boats)"),
    F("3.2%", C, "2.3%", note="report: landings up 2.3% (transposed digits)"),
    F("21,760", S, note="report"),
    F("1,240", S, note="report table / text: scallops 1,240 tonnes"),
    F("18.1%", S, note="report table: scallops +18.1"),
    F("1,050", S, note="report: up from 1,050 tonnes"),
    F("$31.0 million", S, note="report table: scallops 31.0 ($ million)"),
    F("$25", S, derived=True, note="report table: $31.0 million / 1,240 tonnes = $25.00 a kilogram"),
    F("12%", U, note="no source gives a change in scallop prices"),
    F("$36.5 million", S, note="report table: lobster 36.5"),
    F("30.4%", C, "35.8%", note="report table: lobster's share of value is 35.8; 30.4 is scallops'"),
    F("6.5%", S, note="report table: lobster -6.5"),
    F("2,150", S, note="report table"),
    F("fourth", C, "third", note="report: lobster landings fell for the third year in a row"),
    F("three quarters", C, "66.2%", derived=True, note="report table: 35.8 + 30.4 = 66.2%, about two thirds"),
    F("22.5%", S, note="report table: cod -22.5"),
    F("1,620", S, note="report table"),
    F("$7.3 million", S, note="report table: cod 7.3"),
    F("1994", U, note="report: cod landings at their lowest level on record; no source gives a year"),
    F("second", S, note="report: the state cut the inshore cod quota for the second straight year"),
    F("7.2%", S, note="report table: cod share of value 7.2"),
    F("11%", U, note="no source gives cod's 2024 share of value"),
    F("2024", U, note="year inside a claim the sources do not make (cod's 2024 share)"),
    F("11", S, note="release dated February 11, 2026"),
    F("18%", S, note="release: cod down 18%"),
    F("3,100", S, note="release"),
    F("1", S, note="release: the fishing year begins May 1"),
    F("27%", S, note="release: spawning stock at 27% of its rebuilding target"),
    F("43%", C, "34%", note="release: down from 34% in the 2023 assessment (transposed digits)"),
    F("2023", S, note="release"),
    F("6%", S, note="release: haddock up 6%"),
    F("7,240", C, "7,420", note="release: haddock 7,420 tonnes (transposed digits)"),
    F("second-largest", C, "third-largest", note="report: the state's third-largest fishing port by value"),
    F("five", S, note="release: grants to five ports"),
    F("$4.2 million", S, note="release: Ashcombe $4.2 million, the largest award"),
    F("$2.9 million", C, "$3.8 million", note="release: Kestrel Point $3.8 million; $2.9 million is Marlow Haven's"),
    F("$2.5 million", S, note="release: $2.5 million for the Fish Pier rebuild"),
    F("$18.4 million", S, note="report"),
    F("2024", C, "2025", note="report: work began in May 2025"),
    F("$1.7 million", S, note="release: $1.7 million to expand cold storage"),
    F("2,500", U, note="no source gives the new cold storage's capacity"),
    F("420", S, note="release: about 420 holders of inshore cod permits"),
    F("$3,500", C, "$3,000", note="release: each permit holder receives $3,000"),
    F("$1.26 million", S, note="release"),
    F("148", S, note="report"),
    F("165", C, "156", note="report: down from 156 a year earlier (transposed digits)"),
    F("64", S, note="report: 64 lobster boats"),
    F("$3.92", S, note="report"),
    F("9%", S, derived=True, note="report: (4.31 - 3.92) / 4.31 = 9.0%"),
    F("$4.31", S, note="report"),
    F("610", S, note="report: about 610 people worked aboard as captains or crew"),
    F("61", C, "57", note="report: the median age of permit holders was 57; 61 is José Ñúñez's age"),
    F("5%", U, note="no source mentions a fee increase"),
    F("$6.28 million", S, note="report: fee revenue rose 4.7% to $6.28 million"),
    F("$622.7 million", C, "$642 million", note="release: $642 million in 2025; $622.7 million was 2024's"),
    F("3.1%", S, note="release"),
    F("16%", S, derived=True, note="report / release: 101.9 / 642 = 15.9% (right by the sources, though the draft gives 2024's total)"),
    F("$188 million", U, note="no source gives Kestrel Point's landings"),
    F("62%", S, note="article: the Exchange handles about 62% of the port's landings by value"),
    F("three", S, note="article: a three-year contract"),
    F("4", S, note="article dated Friday, March 6, 2026: voted on Wednesday, i.e. March 4"),
    F("212", S, note="article: voted 212 to 87"),
    F("78", C, "87", note="article: 212 to 87 (transposed digits)"),
    F("96%", C, "94%", note="article: turnout was 94%"),
    F("381", C, "318", note="article: the Exchange's 318 handlers (transposed digits)"),
    F("$23.75", S, note="article"),
    F("$21.40", S, note="article"),
    F("2028", S, note="article: by 2028"),
    F("13%", C, "11%", derived=True, note="article: an 11% increase (23.75 / 21.40 = 1.110)"),
    F("fourth", S, note="article: a fourth week of paid leave"),
    F("10", C, "15", note="article: for handlers with 15 years of service"),
    F("12", S, note="article: caps mandatory overtime at 12 hours a week"),
    F("57", S, note="article: Bartholomew Quayle, 57"),
    F("$1.9 million", S, note="article: about $1.9 million over three years"),
    F("three", S, note="article"),
    F("$630,000", S, derived=True, note="article: $1.9 million / 3 = $633,000 a year"),
    F("$48 million", U, note="no source says what the Exchange paid fishermen"),
    F("40", U, note="no source gives hiring plans"),
    F("2026", U, note="year inside a claim the sources do not make (hiring plans)"),
    F("22", S, note="article: hired 22 new handlers in 2025"),
    F("2025", S, note="article"),
]

# --- I2: LLM-style summary, hard-wrapped near 80 columns ---------------------
I2 = """## Summary: Port of Ashcombe, 2025 landings and 2026 catch limits

Ashcombe landed 21,760 tonnes of seafood worth $101.9 million in 2025, up 5.7%
by weight and 2.3% by value, and stayed the state's third-largest port by
value. Lobster brought in $36.5 million and scallops $31.0 million, together
66.2% of the total, though the former's landings fell 6.5% while the latter's
rose 18.1% to their highest since 2012. Herring was the largest catch by
weight at 9,870 tonnes, about 45% of the total, yet earned only $6.9 million,
down 4%, or roughly 70 cents a kilogram against about $17 for lobster, a price
about 24 times as high. Cod fell 22.5% to 1,260 tonnes, and its $7.3 million
was about 60% of haddock's; other species rose 9.3%.

The fleet fell to 148 vessels from 156, a loss of eight, among them 64 lobster
boats, 12 of them built before 1980, 31 groundfish vessels and 38 scallopers;
its 610 crew come to about four a vessel, and the median permit holder is 57,
up from 52 in 2015. The Commission's fees rose 4.7% to $6.82 million, and its
cold storage was 88% full against 79% a year earlier, a rise of 11 points.

The state fisheries division cut the 2026 inshore cod quota to 3,100 tonnes,
down 18% from 3,780, its fourth straight cut, and raised haddock to 7,420
tonnes and scallops to 2,860, up 10% and 6%. The agency put the spawning stock
at 27% of its target, down 7 points from 34% in 2023, under a plan adopted in
2017, and Ashcombe's 2025 cod landings alone equal about 52% of the new quota.

Its $14.6 million in resilience grants went to six ports: Ashcombe received
$4.2 million, its third award since 2021, and Kestrel Point $3.8 million, the
former about 29% of the round. About 420 cod permit holders, two thirds of
them in Ashcombe, will get $3,000 each, $1.26 million in all, or about 9% of
the grant round.

Statewide landings were worth $642 million, up 5.7%, so Ashcombe's share was
about 16%; lobster made up $251 million of that, and Ashcombe landed about
a fifth of it, and a quarter of the state's $118 million in scallops.

At the Fish Exchange, which handles about 62% of landings by value, handlers
approved a three-year contract 212 to 87, a margin of 125 votes, on a turnout
of 94%. The base wage rises from $21.40 to $23.75 an hour, or $2.35, by 2027,
and manager Bartholomew Quayle, 57, put the added cost at $2.4 million. José
Ñúñez, 66, who voted no, has worked the pier for 38 years; the Exchange hired
22 handlers in 2025 and lost 31, a net loss of nine, and the average handler
earns about $46,000. From May 2 the Exchange adds a Saturday auction and
raises its selling fee to 3.5%.
"""

I2_FIGS = [
    F("2025", S, note="heading; report: 2025 landings"),
    F("2026", S, note="heading; release: 2026 catch limits"),
    F("21,760", S, note="report"),
    F("$101.9 million", S, note="report"),
    F("2025", S, note="report"),
    F("5.7%", C, "2.3%", note="report: landings up 2.3% by weight; swapped pair"),
    F("2.3%", C, "5.7%", note="report: value up 5.7%; swapped pair"),
    F("third-largest", S, note="report: the state's third-largest fishing port by value"),
    F("$36.5 million", S, note="report table: lobster 36.5"),
    F("$31.0 million", S, note="report table: scallops 31.0"),
    F("66.2%", S, derived=True, note="report table: 35.8 + 30.4 = 66.2% (36.5 + 31.0 = 67.5 of 101.9)"),
    F("6.5%", S, note="report table: lobster -6.5 ('the former')"),
    F("18.1%", S, note="report table: scallops +18.1 ('the latter')"),
    F("2012", C, "2016", note="report: scallops had their best year since 2016"),
    F("9,870", S, note="report table: herring"),
    F("45%", S, note="report: herring was 45% of the total by weight"),
    F("$6.9 million", S, note="report table: herring 6.9"),
    F("4%", U, note="no source gives the change in herring's value (its tonnage rose 9.3%)"),
    F("70", S, derived=True, note="report table: $6.9 million / 9,870 tonnes = $0.70 a kilogram ('cents' outside the span)"),
    F("$17", S, derived=True, note="report table: $36.5 million / 2,150 tonnes = $16.98 a kilogram"),
    F("24 times", S, derived=True, note="report table: 16.98 / 0.699 = 24.3"),
    F("22.5%", S, note="report table: cod -22.5"),
    F("1,260", C, "1,620", note="report table: cod 1,620 tonnes (transposed digits)"),
    F("$7.3 million", S, note="report table: cod 7.3"),
    F("60%", S, derived=True, note="report table: 7.3 / 12.2 (haddock) = 59.8%"),
    F("9.3%", C, "1.9%", note="report table: other species +1.9; +9.3 is herring's"),
    F("148", S, note="report"),
    F("156", S, note="report"),
    F("eight", S, derived=True, note="report: 156 - 148 = 8"),
    F("64", S, note="report: 64 lobster boats"),
    F("12", U, note="no source gives the boats' ages"),
    F("1980", U, note="no source gives the boats' ages"),
    F("31", C, "38", note="report: 38 groundfish vessels; swapped pair"),
    F("38", C, "31", note="report: 31 scallopers; swapped pair"),
    F("610", S, note="report: about 610 captains and crew"),
    F("four", S, derived=True, note="report: 610 / 148 = 4.1 a vessel"),
    F("57", S, note="report: median age of permit holders 57"),
    F("52", U, note="no source gives an earlier median age"),
    F("2015", U, note="year inside a claim the sources do not make"),
    F("4.7%", S, note="report: fee revenue rose 4.7%"),
    F("$6.82 million", C, "$6.28 million", note="report: to $6.28 million (transposed digits)"),
    F("88%", S, note="report: cold storage 88% full on average"),
    F("79%", S, note="report: up from 79% in 2024"),
    F("11", C, "9", derived=True, note="report: 88 - 79 = 9 points"),
    F("2026", S, note="release: 2026 catch limits"),
    F("3,100", S, note="release"),
    F("18%", S, note="release"),
    F("3,780", S, note="release"),
    F("fourth", C, "third", note="release: cutting the inshore cod quota for a third straight year"),
    F("7,420", S, note="release: haddock"),
    F("2,860", S, note="release: scallops"),
    F("10%", C, "6%", note="release: haddock up 6%; swapped pair"),
    F("6%", C, "10%", note="release: scallops up 10%; swapped pair"),
    F("27%", S, note="release"),
    F("7", S, derived=True, note="release: 34 - 27 = 7 points"),
    F("34%", S, note="release"),
    F("2023", S, note="release: the 2023 assessment"),
    F("2017", C, "2019", note="release: the rebuilding plan was adopted in 2019"),
    F("2025", S, note="report: 2025 cod landings"),
    F("52%", S, derived=True, note="report / release: 1,620 / 3,100 = 52.3%"),
    F("$14.6 million", S, note="release"),
    F("six", C, "five", note="release: grants to five ports"),
    F("$4.2 million", S, note="release"),
    F("third", U, note="no source says how many awards Ashcombe has had"),
    F("2021", U, note="year inside a claim the sources do not make (the program began in 2021)"),
    F("$3.8 million", S, note="release: Kestrel Point"),
    F("29%", S, derived=True, note="release: 4.2 / 14.6 = 28.8% ('the former' = Ashcombe)"),
    F("420", S, note="release"),
    F("two thirds", U, note="no source says where the permit holders live"),
    F("$3,000", S, note="release"),
    F("$1.26 million", S, note="release"),
    F("9%", S, derived=True, note="release: 1.26 / 14.6 = 8.6%"),
    F("$642 million", S, note="release"),
    F("5.7%", C, "3.1%", note="release: statewide value up 3.1%; 5.7% is Ashcombe's rise"),
    F("16%", S, derived=True, note="report / release: 101.9 / 642 = 15.9%"),
    F("$251 million", S, note="release: lobster statewide"),
    F("a fifth", C, "14.5%", derived=True, note="report / release: 36.5 / 251 = 14.5%, about a seventh"),
    F("a quarter", S, derived=True, note="report / release: 31.0 / 118 = 26.3%"),
    F("$118 million", S, note="release: scallops statewide"),
    F("62%", S, note="article"),
    F("three", S, note="article: three-year contract"),
    F("212", S, note="article"),
    F("87", S, note="article"),
    F("125", S, derived=True, note="article: 212 - 87 = 125"),
    F("94%", S, note="article"),
    F("$21.40", S, note="article"),
    F("$23.75", S, note="article"),
    F("$2.35", S, derived=True, note="article: 23.75 - 21.40 = 2.35"),
    F("2027", C, "2028", note="article: $23.75 by 2028"),
    F("57", S, note="article: Bartholomew Quayle, 57"),
    F("$2.4 million", C, "$1.9 million", note="article: about $1.9 million over three years"),
    F("66", C, "61", note="article: José Ñúñez, 61; 66 is Odile Marchetti's age"),
    F("38", S, derived=True, note="article (March 2026): on the pier since 1988, 2026 - 1988 = 38 years"),
    F("22", S, note="article: hired 22 new handlers in 2025"),
    F("2025", S, note="article"),
    F("31", S, note="article: lost 31"),
    F("nine", S, derived=True, note="article: 31 - 22 = 9"),
    F("$46,000", U, note="no source gives handlers' earnings"),
    F("2", U, note="no source mentions a Saturday auction or its start date"),
    F("3.5%", U, note="no source gives the Exchange's selling fee"),
]

# --- I3: members' newsletter briefing with a Markdown table --------------------
I3 = """# Dockside Briefing: a record year at Ashcombe, and the cod problem

*North Shoal Fishermen's Cooperative, March 2026*

**The headline.** Boats landing at Ashcombe grossed $101.9 million at the dock in 2025, a record and $5.5 million more than in 2024. But cod is in real trouble.

**By species.**

| Species | Tonnes | Change | Value |
|---|---|---|---|
| Lobster | 2,150 | -6.5% | $36.5M |
| Scallops | 1,240 | +18.1% | $31.0M |
| Haddock | 3,840 | +4.2% | $7.3M |
| Cod | 1,620 | -22.5% | $12.2M |
| Herring | 9,870 | +3.9% | $6.9M |
| Silver hake | 2,310 | -3.1% | $6.4M |

**The good news.**

- Scallops fetched about $25 a kilogram, and the fleet landed its most since 2016. Statewide, scallops were worth $118 million, up 20%.
- Haddock rose for a third straight year, and the state is raising the 2026 limit 6%, to 7,420 tonnes.
- The scallop limit goes up 10%, to 2,680 tonnes. Herring stays at 25,400.
- Ashcombe's $4.2 million resilience grant was the largest of five, more than a quarter of the $14.6 million round.
- Diesel averaged $3.92 a gallon, down 12% from $4.31.

**The bad news.**

- Cod landings fell 22.5% to 1,620 tonnes, and the inshore quota drops another 18% on May 1, to 3,100 tonnes.
- The spawning stock is at 27% of its rebuilding target, down from 34% in 2021.
- Lobster fell for a third year, to 2,150 tonnes, though prices rose 14%.
- The fleet lost 12 boats, to 148, and the median permit holder is now 57.
- Ashcombe is still only the state's third-largest port, with about 18% of statewide landings.
- Marlow Haven got $2.1 million to dredge its channel.

**What you get.** Cod permit holders, about 420 of us, will each get $3,000 by June 30, or $1.26 million in all, the first such payment since 2010. Yet at last year's average cod price of roughly $4.50 a kilogram, $3,000 makes up for less than 700 kilograms of lost catch. Still, the co-op's 86 boats landed 6,300 tonnes last year, and we have asked the Division for $5,000 a permit.

**On the pier.** Handlers at the Fish Exchange voted 212 to 87 for a three-year deal that takes the base wage from $21.40 to $23.57 an hour by 2028, with 4% in the first year, or about $22.26. José Ñúñez, 57, on the pier since 1998, called the Exchange's earlier 3% offer "an insult." The Exchange, which sells about 62% of our catch by value, puts the cost at $1.9 million over two years.

**Coming up.**

- Herring limits hearing, Kestrel Point, April 19.
- Fish Pier north berth closes for 12 weeks from June; the $18.4 million rebuild is due in October 2027.
- Ice rises to $95 a tonne on July 1.
- Co-op annual meeting, April 23; dues rise to $450.
"""

I3_FIGS = [
    F("2026", S, note="dateline March 2026; the article is dated March 6, 2026"),
    F("$101.9 million", S, note="report"),
    F("2025", S, note="report"),
    F("$5.5 million", S, derived=True, note="report: 101.9 - 96.4 = 5.5"),
    F("2024", S, note="report"),
    F("2,150", S, note="report table: lobster"),
    F("6.5%", S, note="report table: lobster -6.5 (sign outside the span)"),
    F("$36.5M", S, note="report table: lobster 36.5 ($ million)"),
    F("1,240", S, note="report table: scallops"),
    F("18.1%", S, note="report table: scallops +18.1"),
    F("$31.0M", S, note="report table: scallops 31.0"),
    F("3,840", C, "3,480", note="report table: haddock 3,480 tonnes (transposed digits)"),
    F("4.2%", S, note="report table: haddock +4.2"),
    F("$7.3M", C, "$12.2M", note="report table: haddock 12.2; swapped with cod"),
    F("1,620", S, note="report table: cod"),
    F("22.5%", S, note="report table: cod -22.5"),
    F("$12.2M", C, "$7.3M", note="report table: cod 7.3; swapped with haddock"),
    F("9,870", S, note="report table: herring"),
    F("3.9%", C, "9.3%", note="report table: herring +9.3 (transposed digits)"),
    F("$6.9M", S, note="report table: herring 6.9"),
    F("2,310", S, note="report table: silver hake"),
    F("3.1%", S, note="report table: silver hake -3.1"),
    F("$6.4M", C, "$4.6M", note="report table: silver hake 4.6 (transposed digits)"),
    F("$25", S, derived=True, note="report table: $31.0 million / 1,240 tonnes = $25.00 a kilogram"),
    F("2016", S, note="report: scallops had their best year since 2016"),
    F("$118 million", S, note="release: sea scallops statewide $118 million"),
    F("20%", U, note="no source gives the change in the state's scallop value"),
    F("third", U, note="no source gives haddock's trend before 2025"),
    F("2026", S, note="release"),
    F("6%", S, note="release: haddock up 6%"),
    F("7,420", S, note="release"),
    F("10%", S, note="release: scallops up 10%"),
    F("2,680", C, "2,860", note="release: scallops 2,860 tonnes (transposed digits)"),
    F("25,400", C, "24,500", note="release: herring unchanged at 24,500 tonnes"),
    F("$4.2 million", S, note="release: the largest award"),
    F("five", S, note="release: five ports"),
    F("a quarter", S, derived=True, note="release: 4.2 / 14.6 = 28.8%, 'more than a quarter'"),
    F("$14.6 million", S, note="release"),
    F("$3.92", S, note="report"),
    F("12%", C, "9%", derived=True, note="report: (4.31 - 3.92) / 4.31 = 9.0%"),
    F("$4.31", S, note="report"),
    F("22.5%", S, note="report table: cod -22.5"),
    F("1,620", S, note="report table"),
    F("18%", S, note="release"),
    F("1", S, note="release: the fishing year begins May 1"),
    F("3,100", S, note="release"),
    F("27%", S, note="release"),
    F("34%", S, note="release"),
    F("2021", C, "2023", note="release: 34% in the 2023 assessment"),
    F("third", S, note="report: lobster landings fell for the third year in a row"),
    F("2,150", S, note="report table"),
    F("14%", U, note="no source gives lobster prices' change"),
    F("12", C, "eight", derived=True, note="report: 156 - 148 = 8 boats"),
    F("148", S, note="report"),
    F("57", S, note="report: median age of permit holders 57"),
    F("third-largest", S, note="report: the state's third-largest fishing port by value"),
    F("18%", C, "16%", derived=True, note="report / release: 101.9 / 642 = 15.9% of statewide value"),
    F("$2.1 million", C, "$2.9 million", note="release: Marlow Haven $2.9 million to dredge; $2.1 million is Pell's Landing's"),
    F("420", S, note="release"),
    F("$3,000", S, note="release"),
    F("30", S, note="release: payments by June 30"),
    F("$1.26 million", S, note="release"),
    F("first", U, note="no source says whether such payments were made before"),
    F("2010", U, note="no source mentions earlier payments"),
    F("$4.50", S, derived=True, note="report table: $7.3 million / 1,620 tonnes = $4.51 a kilogram"),
    F("$3,000", S, note="release"),
    F("700", S, derived=True, note="3,000 / 4.51 = 666 kilograms, 'less than 700'"),
    F("86", U, note="no source mentions the cooperative's boats"),
    F("6,300", U, note="no source gives the cooperative's landings"),
    F("$5,000", U, note="no source mentions a request for larger payments"),
    F("212", S, note="article"),
    F("87", S, note="article"),
    F("three", S, note="article: three-year contract"),
    F("$21.40", S, note="article"),
    F("$23.57", C, "$23.75", note="article: $23.75 by 2028 (transposed digits)"),
    F("2028", S, note="article"),
    F("4%", S, note="article: 4% coming in the first year"),
    F("first", S, note="article: in the first year"),
    F("$22.26", S, derived=True, note="article: 21.40 x 1.04 = 22.256"),
    F("57", C, "61", note="article: José Ñúñez, 61; 57 is Bartholomew Quayle's age (and the permit holders' median)"),
    F("1998", C, "1988", note="article: on the pier since 1988"),
    F("3%", S, note="article: the Exchange's offer of a 3% raise last fall"),
    F("62%", S, note="article"),
    F("$1.9 million", S, note="article"),
    F("two", C, "three", note="article: $1.9 million over three years"),
    F("19", C, "9", note="release: herring hearing in Kestrel Point on April 9 (19 is the Exchange board's March date)"),
    F("12", C, "10", note="report / article: the north berth closes for 10 weeks"),
    F("$18.4 million", S, note="report"),
    F("2027", S, note="report / article: October 2027"),
    F("$95", U, note="no source gives ice prices"),
    F("1", U, note="no source gives ice prices or their date"),
    F("23", U, note="no source mentions the cooperative's annual meeting"),
    F("$450", U, note="no source mentions dues"),
]

# --- I4: public-comment transcript, plain text, spoken numbers ----------------
I4 = """ASHCOMBE HARBOR COMMISSION
Regular meeting, March 19, 2026
Public comment, transcribed from the meeting recording

CHAIR ODILE MARCHETTI: Public comment. Three minutes each, please.

INÊS DUBÉ: Inês Dubé. I'm forty-four, and I've driven a forklift on the Fish Pier for twenty-one years. We ratified our contract this month, two hundred and twenty-one to eighty-seven, with ninety-four percent of us voting. Over forty percent of our members are past sixty. Last year we hired twenty-two people and lost forty-one.

RUAIRÍ Ó FIANNACHTA: Ruairí Ó Fiannachta, I run the scalloper Margaret Ann. Scallops had a great year: twelve hundred and forty tonnes, nearly two hundred more than the year before, about thirty-one million dollars at the dock. And the state is giving us fifteen percent more for the new season. But fuel and insurance eat about a third of every trip. Diesel came down to three ninety-two, sure, but my insurance went up by a quarter.

JOSÉ ÑÚÑEZ: José Ñúñez. I've unloaded boats on this pier since nineteen eighty-eight, and I'm sixty-one. I voted no. Eleven percent over three years, that's not a raise. And now the state cuts cod again, eighteen percent, down to thirty-one hundred tonnes. We landed about sixteen hundred tonnes of cod last year, a third less than the year before.

HARBORMASTER COLM FERREIRA: Mr. Ñúñez, the state's payments are three thousand dollars per permit holder, about four hundred and twenty people, so roughly one point two six million dollars. The Commission's own grant is four point two million: two and a half million for the pier and one point six million for cold storage, which ran seventy-nine percent full last year; we'll add a second freezer.

MARGUERITE OYELARAN: Marguerite Oyelaran, Gull and Anchor café. Half my lunch trade is pier workers. The harbor took in six point two eight million in fees last year, up almost five percent; put some of it into parking. We lost a third of our customers when the wharf closed in twenty nineteen.

CHAIR MARCHETTI: The rebuild, eighteen point four million, is still due in October twenty twenty-eight. Next.

DUNCAN REYES-HOLT: Duncan Reyes-Holt, lobsterman. There are sixty-eight lobster boats in this harbor. Lobster fell for the third year running, down to twenty-one fifty tonnes, and it's still over a third of this port's money. We were the state's second port by value not long ago; now we're third. Twenty years ago this harbor had over two hundred boats. Now it's a hundred and forty-eight, twelve fewer than a year ago.

ALDOUS PRYCE-MENSAH: Aldous Pryce-Mensah, herring. We landed nearly ten thousand tonnes, almost half the port's catch by weight, and got about seven million for it, seventy cents a kilo, same as in twenty twenty. The herring limit stays at twenty-four and a half thousand tonnes, and there's a hearing in Kestrel Point on April ninth.

CHAIR MARCHETTI: Thank you all. Public comment is closed.
"""

I4_FIGS = [
    F("19", U, note="no source gives the date of this Commission meeting (March 19 is when the Exchange's board meets next)"),
    F("2026", S, note="the article and release are dated 2026"),
    F("Three", U, note="no source gives a time limit for public comment"),
    F("forty-four", S, note="article: Inês Dubé, 44"),
    F("twenty-one", C, "nineteen", note="article: Dubé has driven a forklift on the pier for 19 years"),
    F("two hundred and twenty-one", C, "two hundred and twelve", note="article: voted 212 to 87 (transposed digits)"),
    F("eighty-seven", S, note="article"),
    F("ninety-four percent", S, note="article: turnout was 94%"),
    F("forty percent", S, note="article: 41% are over 50 ('over forty percent')"),
    F("sixty", C, "fifty", note="article: 41% of members are over 50"),
    F("twenty-two", S, note="article: hired 22 new handlers in 2025"),
    F("forty-one", C, "thirty-one", note="article: lost 31 (41 is the share of members over 50)"),
    F("twelve hundred and forty", S, note="report: scallops 1,240 tonnes"),
    F("two hundred", S, derived=True, note="report: 1,240 - 1,050 = 190 tonnes, 'nearly two hundred'"),
    F("thirty-one million", S, note="report table: scallops $31.0 million"),
    F("fifteen percent", C, "ten percent", note="release / article: the scallop limit rises 10%"),
    F("a third", S, note="article: fuel and insurance eat about a third of each trip's gross"),
    F("three ninety-two", S, note="report: diesel averaged $3.92 a gallon"),
    F("a quarter", U, note="no source gives insurance costs"),
    F("nineteen eighty-eight", S, note="article: on the pier since 1988"),
    F("sixty-one", S, note="article: José Ñúñez, 61"),
    F("Eleven percent", S, note="article: an 11% increase; Ñúñez's quote"),
    F("three", S, note="article: three-year contract"),
    F("eighteen percent", S, note="release: cod down 18%"),
    F("thirty-one hundred", S, note="release: 3,100 tonnes"),
    F("sixteen hundred", S, note="report table: cod 1,620 tonnes ('about')"),
    F("a third", C, "22.5%", note="report table: cod landings fell 22.5%, not a third"),
    F("three thousand", S, note="release: $3,000 each"),
    F("four hundred and twenty", S, note="release: about 420 permit holders"),
    F("one point two six million", S, note="release: $1.26 million"),
    F("four point two million", S, note="release: Ashcombe $4.2 million"),
    F("two and a half million", S, note="release: $2.5 million for the Fish Pier rebuild"),
    F("one point six million", C, "one point seven million", note="release: $1.7 million to expand cold storage ($1.6 million is Dunmore Cove's grant)"),
    F("seventy-nine percent", C, "eighty-eight percent", note="report: cold storage was 88% full in 2025; 79% was 2024's"),
    F("second", U, note="no source mentions freezers"),
    F("Half", U, note="no source gives the café's trade"),
    F("six point two eight million", S, note="report: fee revenue $6.28 million"),
    F("five percent", S, note="report: fees rose 4.7% ('almost five percent')"),
    F("a third", U, note="no source gives the café's losses"),
    F("twenty nineteen", U, note="no source mentions an earlier closure of the wharf"),
    F("eighteen point four million", S, note="report: $18.4 million rebuild"),
    F("twenty twenty-eight", C, "twenty twenty-seven", note="report / article: due to finish in October 2027"),
    F("sixty-eight", C, "sixty-four", note="report: 64 lobster boats"),
    F("third", S, note="report: lobster landings fell for the third year in a row"),
    F("twenty-one fifty", S, note="report table: lobster 2,150 tonnes"),
    F("a third", S, note="report table: lobster 35.8% of value ('over a third')"),
    F("second", U, note="no source gives Ashcombe's earlier rank"),
    F("third", S, note="report: the state's third-largest fishing port by value"),
    F("Twenty", U, note="no source gives the fleet twenty years ago"),
    F("two hundred", U, note="no source gives the fleet twenty years ago"),
    F("a hundred and forty-eight", S, note="report: 148 vessels"),
    F("twelve", C, "eight", derived=True, note="report: 156 - 148 = 8"),
    F("ten thousand", S, note="report table: herring 9,870 tonnes ('nearly')"),
    F("half", S, note="report: herring 45% of the total by weight ('almost half')"),
    F("seven million", S, note="report table: herring $6.9 million ('about')"),
    F("seventy", S, derived=True, note="report table: $6.9 million / 9,870 tonnes = $0.70 a kilogram ('cents' outside the span)"),
    F("twenty twenty", U, note="no source gives herring prices in 2020"),
    F("twenty-four and a half thousand", S, note="release: herring unchanged at 24,500 tonnes"),
    F("ninth", S, note="release: hearing in Kestrel Point on April 9"),
]

CASES = [
    ("fresh5-dev", "fresh-i", I_SOURCES, [
        ("wire.md", I1, I1_FIGS, "business wire story"),
        ("summary.md", I2, I2_FIGS, "LLM-style summary: dense figures, compound sentences, back-references, derived figures, hard-wrapped lines"),
        ("briefing.md", I3, I3_FIGS, "members' newsletter briefing: heading, bold lead-ins, bullets, a short Markdown table, sentence-initial But/Yet/Still"),
        ("public-comment.txt", I4, I4_FIGS, "public-comment transcript of a harbor commission meeting, plain text: spoken-style numbers and number words"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
