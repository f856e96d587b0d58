#!/usr/bin/env python3
"""Generate tests/fresh/fresh7-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  N (fresh7-blind): a county's road and bridge program (Marrick County), its
                    four maintenance districts, a state transportation
                    department's local bridge grants to 11 counties, and a
                    newspaper article on a road levy sent to the ballot

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_n.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic N: Marrick County roads and bridges (fictional)
# ---------------------------------------------------------------------------

N_REPORT = """Marrick County Highway Department
2025 Road and Bridge Report (excerpt)

From the County Engineer

Marrick County maintains 1,284 miles of road, 612 miles paved and 672 miles gravel, and 236 bridges. In 2025 the department repaved 48.6 miles of road, the most since 2008, and chip-sealed another 112 miles.

The average pavement condition index (PCI) of our paved roads, on a scale of 0 to 100, rose to 61 from 58 in 2024. The Board of Commissioners' goal is an average of 70 by 2030.

Table 1. Roads and bridges by maintenance district, 2025

| District | Road miles | Miles repaved in 2025 | Average PCI | Bridges in poor condition | Spending ($ million) |
|---|---|---|---|---|---|
| North | 342 | 14.2 | 64 | 8 | 9.6 |
| East | 298 | 11.8 | 59 | 12 | 8.1 |
| South | 371 | 9.4 | 57 | 15 | 7.4 |
| West | 273 | 13.2 | 66 | 6 | 8.3 |
| Total | 1,284 | 48.6 | 61 | 41 | 33.4 |

Bridges

Of our 236 bridges, 41 (17.4%) are rated in poor condition, down from 47 in 2024 after we replaced four and rehabilitated two. Nine bridges carry reduced weight limits and two are closed. The oldest still in use, on Millrace Road, was built in 1924. The South district has the most poor bridges, 15, and the lowest average PCI.

The Harlow Creek bridge, built in 1938, is our highest-priority replacement. It carries about 4,100 vehicles a day and has been limited to 10 tons since 2022, forcing school buses and grain trucks onto a 9-mile detour.

Spending and funding

Road and bridge spending reached $33.4 million in 2025, up 12.1% from $29.8 million in 2024. The state gas tax provided $14.2 million (42.5%), the county road levy $10.6 million (31.7%), federal funds $6.1 million (18.3%) and other sources, including permits and fees, $2.5 million (7.5%).

Costs keep rising. Repaving a mile of two-lane road cost an average of $265,000 in 2025, up 25% from $212,000 in 2021, mainly because of asphalt prices. The county's backlog of needed road and bridge work is $186 million, $74 million of it for bridges.

Operations

The department has 96 employees and 38 snowplows. Crews spread 14,800 tons of salt in the 2024-25 winter, 22% more than the winter before, and answered 2,310 service requests, filling about 9,600 potholes.

Samir Haddad-Lowe, P.E.
County Engineer
"""

N_RELEASE = """NEWS RELEASE
State Department of Transportation
February 3, 2026

State awards $52.7 million to replace and repair 18 local bridges

Transportation Secretary Ramón Etxeberria today announced $52.7 million from the Local Bridge Program to 11 counties, which will replace or repair 18 county-owned bridges that are rated in poor condition. The round is up from $44.1 million in 2024 and is the largest since the program began in 2009. Counties applied for $131 million, more than twice the money available.

Largest awards

- Fenner County: $11.2 million to replace three bridges over the Tansy River
- Marrick County: $8.4 million to replace the Harlow Creek bridge
- Oxley County: $6.9 million for two bridges on the Old Mill Road corridor
- Bellweather County: $5.3 million to rehabilitate the Pike Street viaduct

The other seven counties share $20.9 million, with no award above $4 million. Fenner County's award is the largest single grant in the program's history.

Counties must pay at least 20% of each project's cost. Marrick County's Harlow Creek project is expected to cost $10.5 million, with the county paying $2.1 million. Construction is scheduled to begin in April 2026 and to be finished by November 2027. The road will be closed for about seven months during construction.

"A closed bridge can add half an hour to a trip to school, to a hospital or to the grain elevator," Etxeberria said. "These grants get people and harvests moving again."

Statewide picture

Of the state's 13,400 locally owned bridges, 1,870, or 14.0%, are rated in poor condition, down from 15.2% in 2020. The average locally owned bridge is 47 years old. The department estimates that bringing every local bridge to fair or good condition would cost $3.9 billion.

The Local Bridge Program is paid for with a share of the state gas tax, which rose 2 cents to 32 cents a gallon on July 1, 2025, and with federal bridge formula funds. The state gas tax raised $1.46 billion in fiscal 2025, of which 30% is shared with counties and cities for local roads.

Applications for the 2027 round are due by October 15, 2026. Counties that received awards this year may apply for other bridges. Since 2009 the program has paid for 212 bridge projects, and the department will ask the legislature for $60 million for the next round.

Media contact: Office of Public Affairs, State Department of Transportation
"""

N_ARTICLE = """Marrick County commissioners send road levy increase to May ballot

By Hallie Brandt-Okonjo, The Stanwick Sentinel
February 11, 2026

Marrick County voters will decide on May 5 whether to raise the county's road levy from 1.8 mills to 2.6 mills for 10 years, after the Board of Commissioners voted 3-2 on Monday to put the question on the ballot.

The increase would raise about $4.7 million a year on top of the $10.6 million the current levy brings in, and would cost the owner of a $200,000 home about $56 a year more, according to county auditor Lorna Petrakis. The levy was last raised in 1998.

County engineer Samir Haddad-Lowe, 51, said the extra money would let the department repave about 18 more miles a year and lift the average pavement rating from 61 to the board's goal of 70 by 2030, instead of around 2038 at the current pace. "We are losing ground to asphalt prices every year," he said.

Commission chair Patricia Vandermolen, 62, and commissioners Luis Arcand, 47, and Naomi Fitch, 55, voted yes. Commissioners Eli Drummond, 45, and Carl Jessup, 70, voted no. Drummond said the county should first spend its $8.4 million state bridge grant and show results. "People are paying more for everything already," he said.

A similar proposal failed in May 2019, 11,842 votes to 10,931, or about 52% to 48%.

The Harlow Creek bridge, which the state grant will replace, has been limited to 10 tons since 2022. Wendell Ostrowski, 74, who farms 1,100 acres south of the creek, said his grain trucks have taken the 9-mile detour for four harvests. "That's diesel and time, every load," he said.

School buses take the same detour. The Stanwick school district spends about $38,000 a year more on fuel and drivers because of it, said transportation director Gail Mbeki. Two routes, carrying about 140 students, are affected.

The South district, where the bridge is, has the most bridges in poor condition, 15 of the county's 41, and the lowest pavement rating, 57.

The county's road and bridge spending rose 12.1% last year, to $33.4 million, and it repaved 48.6 miles, the most since 2008. But the backlog of needed work has grown to $186 million, Haddad-Lowe said, from $151 million in 2021.

Vandermolen said the board would hold two public information sessions before the vote, in Stanwick and in Orrin Falls. Early voting begins April 7.
"""

N_SOURCES = [
    {"name": "marrick-county-road-bridge-report-2025.txt", "text": N_REPORT},
    {"name": "state-dot-local-bridge-grants-release.txt", "text": N_RELEASE},
    {"name": "stanwick-sentinel-article.txt", "text": N_ARTICLE},
]

# --- N1: wire story ----------------------------------------------------------
N1 = """Marrick County to vote on road levy as bridge grant arrives

STANWICK (Wire) — Marrick County voters will decide on May 5 whether to raise the county road levy from 1.8 mills to 2.8 mills for 10 years, after commissioners voted 3-2 on Monday to send the question to the ballot.

The increase would raise about $4.7 million a year on top of the $10.6 million the levy now brings in and would cost the owner of a $200,000 home about $56 a year. The levy was last raised in 1989, and a similar proposal failed in 2019.

The vote came days after the state awarded the county $8.4 million to replace the Harlow Creek bridge, part of $52.7 million for 12 counties. The county will pay $2.1 million of the $10.5 million project, which begins in April and should be finished by November 2028.

The bridge, built in 1938, has been limited to 12 tons since 2020, sending grain trucks and school buses on a 9-mile detour.

Of the county's 236 bridges, 41 are in poor condition. The county repaved 48.6 miles of road in 2025, the most since 2018, and spent $33.4 million on roads and bridges, up 21.1%.

County engineer Samir Haddad-Lowe, 51, said the levy would pay to repave about 18 more miles a year and to hire 6 more workers. Commissioner Eli Drummond, 54, in his first term, voted no and said the county should spend its grant before asking for more. About 60 residents attended the meeting, and 12 spoke.
"""

N1_FIGS = [
    F("5", S, note="article: vote on May 5"),
    F("1.8", S, note="article: from 1.8 mills"),
    F("2.8", C, "2.6", note="article: to 2.6 mills"),
    F("10", S, note="article: for 10 years"),
    F("3", S, note="article: voted 3-2"),
    F("2", S, note="article: voted 3-2"),
    F("$4.7 million", S, note="article"),
    F("$10.6 million", S, note="article / report: the current levy"),
    F("$200,000", S, note="article"),
    F("$56", S, note="article"),
    F("1989", C, "1998", note="article: last raised in 1998 (transposed digits)"),
    F("2019", S, note="article: a similar proposal failed in May 2019"),
    F("$8.4 million", S, note="release / article"),
    F("$52.7 million", S, note="release"),
    F("12", C, "11", note="release: $52.7 million to 11 counties"),
    F("$2.1 million", S, note="release: the county pays $2.1 million"),
    F("$10.5 million", S, note="release: project cost"),
    F("2028", C, "2027", note="release: to be finished by November 2027"),
    F("1938", S, note="report: built in 1938"),
    F("12", C, "10", note="report / article: limited to 10 tons"),
    F("2020", C, "2022", note="report / article: since 2022"),
    F("9", S, note="report / article: 9-mile detour"),
    F("236", S, note="report"),
    F("41", S, note="report"),
    F("48.6", S, note="report / article"),
    F("2025", S, note="report"),
    F("2018", C, "2008", note="report / article: the most since 2008"),
    F("$33.4 million", S, note="report / article"),
    F("21.1%", C, "12.1%", note="report / article: up 12.1% (transposed digits)"),
    F("51", S, note="article: Haddad-Lowe, 51"),
    F("18", S, note="article: about 18 more miles a year"),
    F("6", U, note="no source mentions hiring"),
    F("54", C, "45", note="article: Eli Drummond, 45 (transposed digits)"),
    F("first", U, note="no source says which term Drummond is serving"),
    F("60", U, note="no source gives the meeting's attendance"),
    F("12", U, note="no source gives the number of speakers"),
]

# --- N2: opinion column: hedges and derived figures --------------------------
N2 = """A road levy that finally does the math

By Roy Kessling-Amadi, guest columnist

I have driven Marrick County's back roads for 30 years, and this winter the potholes cost me $700 in tires.

The county's road levy has not changed since 1998. It raises $10.6 million, less than a third of the $33.4 million the county spent on roads and bridges last year, and it is lower than Oxley County's 3.1 mills. The gas tax carries the biggest load, about 48%.

Meanwhile costs have run away from us. Repaving a mile cost $265,000 last year, up from $212,000, or $53,000 more a mile. At that price, the $4.7 million the new levy would raise buys about 18 miles of pavement a year, more than a third of the 48.6 miles repaved in 2025.

The levy would rise by about 44%. For the owner of a $200,000 home, that is about $56 a year, or less than $4 a month. I spend more than that on a single wheel alignment.

Look at the bridges. The county has 47 in poor condition, about one in six of the total. The South district alone has 15, nearly twice the East's 8. The backlog is $186 million, and bridges account for $47 million of it.

The state's $8.4 million for Harlow Creek helps. But Fenner County got $11.2 million, nearly half again as much, and the county will still have to find $2.1 million for the project, about 30% of the cost.

In 2019 voters said no by about 9,100 votes. This time the board voted 3-2 to try again, and the county clerk expects turnout near 35%. Vote yes on May 5.
"""

N2_FIGS = [
    F("30", U, note="the columnist's own driving; no source"),
    F("$700", U, note="the columnist's own tires; no source"),
    F("1998", S, note="article: the levy was last raised in 1998"),
    F("$10.6 million", S, note="report / article"),
    F("a third", S, derived=True, note="report: 10.6 / 33.4 = 31.7%, 'less than a third'"),
    F("$33.4 million", S, note="report"),
    F("3.1", U, note="no source gives Oxley County's levy"),
    F("48%", C, "42.5%", note="report: the state gas tax provided 42.5%"),
    F("$265,000", S, note="report"),
    F("$212,000", S, note="report: $212,000 in 2021"),
    F("$53,000", S, derived=True, note="report: 265,000 - 212,000 = 53,000"),
    F("$4.7 million", S, note="article"),
    F("18", S, derived=True, note="article: 4,700,000 / 265,000 = 17.7 miles; the article gives about 18 more miles a year"),
    F("a third", S, derived=True, note="report: 18 / 48.6 = 37%, 'more than a third'"),
    F("48.6", S, note="report"),
    F("2025", S, note="report"),
    F("44%", S, derived=True, note="article: 2.6 / 1.8 = 1.444, up 44%"),
    F("$200,000", S, note="article"),
    F("$56", S, note="article"),
    F("$4", C, "$4.67", derived=True, note="article: 56 / 12 = $4.67 a month, not less than $4"),
    F("47", C, "41", note="report: 41 bridges in poor condition now; 47 was the 2024 count"),
    F("one in six", S, derived=True, note="report: 41 / 236 = 17.4%, one in 5.8"),
    F("15", S, note="report table / article: South 15 poor bridges"),
    F("twice", C, "1.25 times", derived=True, note="report table: South 15 / East 12 = 1.25"),
    F("8", C, "12", note="report table: East has 12 poor bridges; 8 is the North's"),
    F("$186 million", S, note="report / article"),
    F("$47 million", C, "$74 million", note="report: $74 million of the backlog is for bridges (transposed digits)"),
    F("$8.4 million", S, note="release / article"),
    F("$11.2 million", S, note="release: Fenner County"),
    F("half", C, "a third", derived=True, note="release: 11.2 / 8.4 = 1.33, a third more, not nearly half again"),
    F("$2.1 million", S, note="release"),
    F("30%", C, "20%", derived=True, note="release: 2.1 / 10.5 = 20%"),
    F("2019", S, note="article"),
    F("9,100", C, "911", derived=True, note="article: 11,842 - 10,931 = 911 votes (wrong scale)"),
    F("3", S, note="article: voted 3-2"),
    F("2", S, note="article: voted 3-2"),
    F("35%", U, note="no source gives a turnout forecast"),
    F("5", S, note="article: May 5"),
]

# --- N3: explainer with a Markdown table -------------------------------------
N3 = """# Explainer: Where Marrick County's road money goes

Marrick County spent $33.4 million on roads and bridges in 2025. It maintains 1,284 miles of road, a little more than half of them gravel, and its four maintenance districts are not in the same shape.

| District | Miles repaved | Poor bridges |
|---|---|---|
| North | 14.2 | 8 |
| East | 13.2 | 12 |
| South | 9.4 | 15 |
| West | 11.8 | 6 |

**What is PCI?** The pavement condition index rates the surface of paved roads. The county average is 61, and the commissioners want 70 by 2032. The South's roads rate 59, the lowest.

**Why is the South behind?** It has the most poor bridges, and it repaved less than a fifth of the county's 48.6 miles. Its crew of 22 also covers the most road miles.

**What about the bridges?** Of 236, 41 are in poor condition, well above the statewide share of 15.2%. Three are closed, and the county hopes to replace 5 more by 2028.

**Where does the money come from?** The state gas tax paid $14.2 million, more than two fifths, and federal funds about a quarter.

**Why does repaving cost so much?** A mile cost $265,000 last year, up 25%. Asphalt is about 60% of that.

**What is on the ballot?** On May 5, voters decide whether to raise the levy to 2.6 mills for 10 years, adding about $4.7 million a year. A similar measure failed in 2017, when about 40% of voters turned out.
"""

N3_FIGS = [
    F("$33.4 million", S, note="report"),
    F("2025", S, note="report"),
    F("1,284", S, note="report"),
    F("half", S, derived=True, note="report: 672 gravel / 1,284 = 52.3%, 'a little more than half'"),
    F("four", S, note="report table: four maintenance districts"),
    F("14.2", S, note="report table: North repaved 14.2 miles"),
    F("8", S, note="report table: North 8 poor bridges"),
    F("13.2", C, "11.8", note="report table: East repaved 11.8; 13.2 is the West's (swapped pair)"),
    F("12", S, note="report table: East 12 poor bridges"),
    F("9.4", S, note="report table: South"),
    F("15", S, note="report table: South"),
    F("11.8", C, "13.2", note="report table: West repaved 13.2; 11.8 is the East's (swapped pair)"),
    F("6", S, note="report table: West"),
    F("61", S, note="report: average PCI 61"),
    F("70", S, note="report: goal of 70"),
    F("2032", C, "2030", note="report / article: 70 by 2030"),
    F("59", C, "57", note="report table / article: South PCI 57; 59 is the East's"),
    F("a fifth", S, derived=True, note="report table: 9.4 / 48.6 = 19.3%, 'less than a fifth'"),
    F("48.6", S, note="report"),
    F("22", U, note="no source gives crew sizes by district"),
    F("236", S, note="report"),
    F("41", S, note="report"),
    F("15.2%", C, "14.0%", note="release: statewide 14.0% now; 15.2% was the 2020 share"),
    F("Three", C, "two", note="report: two bridges are closed"),
    F("5", U, note="no source gives further bridge replacements"),
    F("2028", U, note="no source gives further bridge replacements"),
    F("$14.2 million", S, note="report"),
    F("two fifths", S, note="report: 42.5%, 'more than two fifths'"),
    F("a quarter", C, "18.3%", note="report: federal funds 18.3% ($6.1 million), not about a quarter"),
    F("$265,000", S, note="report: 2025 cost per mile"),
    F("25%", S, note="report: up 25% from 2021"),
    F("60%", U, note="no source gives asphalt's share of the cost"),
    F("5", S, note="article: May 5"),
    F("2.6", S, note="article"),
    F("10", S, note="article: for 10 years"),
    F("$4.7 million", S, note="article"),
    F("2017", C, "2019", note="article: a similar proposal failed in May 2019"),
    F("40%", U, note="no source gives the 2019 turnout"),
]

# --- N4: Farm Bureau newsletter, hard-wrapped near 80 columns -----------------
N4 = """# Back Roads Bulletin: the levy, the bridge and your commute

*Marrick County Farm Bureau newsletter, February 2026*

**The ballot.** Commissioners voted 3-2 on Monday to put a road levy increase
on the May 5 ballot. But Eli Drummond, 54, voted no, and he says the county
should spend its bridge grant before asking for more. He farms 600 acres
himself.

**What it costs.** The levy would rise from 1.8 mills to 2.6 mills and raise
about $4.7 million a year, on top of the $16.1 million it brings in now. Yet
the last try, in May 2019, lost 11,842 to 10,391.

**The bridge.** The Harlow Creek bridge has been limited to 10 tons since 2022,
and our grain trucks have used the 9-mile detour for five harvests. Wendell
Ostrowski, 74, who farms south of the creek, says it costs him about $9,000 a
year in diesel.

**The grant.** The state awarded the county $8.4 million, the second-largest of
11 awards. Work starts in April, and the road will be closed for about nine
months while it is rebuilt; the detour adds 14 minutes each way.

**By the numbers.**

- Gravel roads: 612 miles
- Bridges in poor condition: 41, down from 47, or 6 fewer
- Repaving cost: $265,000 a mile, up from $212,000 in 2019
- Backlog: $186 million, up $53 million since 2021

**What's next.** The Farm Bureau board will vote on an endorsement at its
March 17 meeting.
"""

N4_FIGS = [
    F("2026", S, note="dateline; release / article: February 2026"),
    F("3", S, note="article: voted 3-2"),
    F("2", S, note="article: voted 3-2"),
    F("5", S, note="article: May 5"),
    F("54", C, "45", note="article: Eli Drummond, 45 (transposed digits)"),
    F("600", U, note="no source says Drummond farms"),
    F("1.8", S, note="article"),
    F("2.6", S, note="article"),
    F("$4.7 million", S, note="article"),
    F("$16.1 million", C, "$10.6 million", note="article / report: the current levy brings in $10.6 million"),
    F("2019", S, note="article: May 2019"),
    F("11,842", S, note="article"),
    F("10,391", C, "10,931", note="article: 11,842 votes to 10,931 (transposed digits)"),
    F("10", S, note="report / article: 10 tons"),
    F("2022", S, note="report / article"),
    F("9", S, note="report / article: 9-mile detour"),
    F("five", C, "four", note="article: the detour for four harvests"),
    F("74", S, note="article: Wendell Ostrowski, 74"),
    F("$9,000", U, note="no source gives Ostrowski's diesel costs"),
    F("$8.4 million", S, note="release"),
    F("second-largest", S, note="release: Fenner $11.2 million, then Marrick $8.4 million; no other award above $4 million"),
    F("11", S, note="release: 11 counties"),
    F("nine", C, "seven", note="release: the road will be closed for about seven months"),
    F("14", U, note="no source gives the detour's time"),
    F("612", C, "672", note="report: 672 miles of gravel; 612 miles are paved"),
    F("41", S, note="report"),
    F("47", S, note="report: 47 in 2024"),
    F("6", S, derived=True, note="report: 47 - 41 = 6"),
    F("$265,000", S, note="report"),
    F("$212,000", S, note="report"),
    F("2019", C, "2021", note="report: $212,000 in 2021"),
    F("$186 million", S, note="report / article"),
    F("$53 million", C, "$35 million", derived=True, note="article: 186 - 151 = $35 million since 2021"),
    F("2021", S, note="article: $151 million in 2021"),
    F("17", U, note="no source mentions a Farm Bureau meeting"),
]

CASES = [
    ("fresh7-blind", "fresh-n", N_SOURCES, [
        ("wire.md", N1, N1_FIGS, "wire story"),
        ("opinion.md", N2, N2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, per-unit values)"),
        ("explainer.md", N3, N3_FIGS, "explainer with a Markdown table and question headings"),
        ("newsletter.md", N4, N4_FIGS, "Farm Bureau newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
