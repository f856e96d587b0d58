#!/usr/bin/env python3
"""Generate tests/fresh/fresh19-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AK (fresh19-dev): a city's urban forest (Brennock Parks and Forestry
                    Department): the Urban Forest Report 2025 excerpt (canopy
                    then and now, five neighborhoods' canopy, change, street
                    trees, planting sites and priority ranks, the five most
                    common street trees, ash losses, pruning, benefits,
                    budget, staff, volunteers), the city's release on a $4.2
                    million state grant to plant 12,000 trees, the Parks and
                    Forestry Commission's minutes (a grove named for a late
                    forester, three bids to remove ash, a heritage tree
                    ordinance), a newspaper article on a heritage tree walk,
                    the heritage tree register excerpt (a table of eight
                    trees) and a paid death notice for the retired forester

New in this pair: each case has its own sources, a subset of the topic's
pool of six documents (CASE_SOURCES). `main` writes every case with the whole
pool, then `set_case_sources` rewrites each case's `sources` to its own
documents and checks that every supported or contradicted figure's note cites
only those documents. A figure that only another case's documents state is
unsupported in this one.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ak.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

HERE = os.path.dirname(os.path.abspath(__file__))


def set_case_sources(cases, pool, case_sources):
    """Rewrites each written case's sources to its own subset of the pool.

    pool: {short name: source dict}; case_sources: {case id: [short names]}.
    Fails when a case has no entry, names an unknown document, or when a
    supported or contradicted figure's note (the part before its first colon)
    cites no document of the case or a document the case does not have.
    """
    shorts = set(pool)
    for set_name in {c[0] for c in cases}:
        path = os.path.join(HERE, f"{set_name}.jsonl")
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for row in rows:
            own = case_sources.get(row["id"])
            if not own:
                sys.exit(f"{row['id']}: no sources declared")
            for name in own:
                if name not in pool:
                    sys.exit(f"{row['id']}: unknown source {name!r}")
            row["sources"] = [pool[name] for name in own]
            for f in row["figures"]:
                if f["label"] == U:
                    continue
                head = f["note"].split(":", 1)[0]
                cited = {w for w in re.findall(r"[a-z]+", head) if w in shorts}
                if not cited:
                    sys.exit(f"{row['id']}: {f['text']!r} note cites no source: {f['note']!r}")
                if not cited <= set(own):
                    sys.exit(f"{row['id']}: {f['text']!r} cites {sorted(cited - set(own))}, not among its sources")
        with open(path, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def counts(cases):
    """Prints the Counts table row, per-case counts and word counts from the written file."""
    for set_name in sorted({c[0] for c in cases}):
        with open(os.path.join(HERE, f"{set_name}.jsonl"), encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        tot = {S: 0, C: 0, U: 0}
        der = der_c = 0
        per = []
        for row in rows:
            n = {S: 0, C: 0, U: 0}
            for f in row["figures"]:
                n[f["label"]] += 1
                if f.get("derived"):
                    der += 1
                    der_c += f["label"] == C
            for k in tot:
                tot[k] += n[k]
            words = len(row["draft"]["text"].split())
            per.append(f"{row['id']} {n[S]}/{n[C]}/{n[U]} ({words} words, "
                       f"{len(row['sources'])} sources: {', '.join(s['name'] for s in row['sources'])})")
        total = sum(tot.values())
        pct = {k: round(100 * v / total) for k, v in tot.items()}
        print(f"| {set_name} | {len(rows)} | {total} | {tot[S]} ({pct[S]}%) | {tot[C]} ({pct[C]}%) "
              f"| {tot[U]} ({pct[U]}%) | {der} ({der_c}) |")
        for line in per:
            print("   ", line)


def dump(cases):
    """With --dump: every span with its context, to check each label sits where it was meant to."""
    for set_name in sorted({c[0] for c in cases}):
        with open(os.path.join(HERE, f"{set_name}.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                text = row["draft"]["text"]
                print(f"== {row['id']}")
                for f in row["figures"]:
                    a, b = f["start"], f["end"]
                    ctx = (text[max(0, a - 30):a] + "[" + text[a:b] + "]" + text[b:b + 25]).replace("\n", " ")
                    print(f"  {f['label'][:4]:4} {'D' if f.get('derived') else ' '} {ctx}  | {f.get('source_value', '')}")


def run(cases, not_figures, pool, case_sources):
    main(cases, not_figures)
    set_case_sources(cases, pool, case_sources)
    verify(cases)
    counts(cases)
    if "--dump" in sys.argv:
        dump(cases)

# ---------------------------------------------------------------------------
# Topic AK: Brennock's urban forest (fictional)
# ---------------------------------------------------------------------------

AK_REPORT = """Brennock Parks and Forestry Department
Urban Forestry Division
Urban Forest Report 2025 (excerpt)
Published January 2026

Summary

Brennock's tree canopy covered 27.4% of the city's land in the 2025 aerial assessment, down from 29.1% in the 2015 assessment, a loss of 1.7 percentage points, or about 420 acres. The canopy now covers about 6,770 of the city's 24,700 acres. The Urban Forest Master Plan, adopted in 2019, sets a goal of 33% by 2040; to reach it, the division estimates that the city and its residents would need to plant about 4,500 trees a year.

The division planted 3,260 street and park trees in 2025, up from 2,740 in 2024 and the most in a year since 2011. It removed 2,410 trees, 1,180 of them ash, so the street-tree inventory grew by 850 to 61,840. Of the trees planted in 2023, 87% were alive after two growing seasons.

Table 1. Canopy and planting priority in five neighborhoods, 2025

| Neighborhood | Canopy (%) | Change since 2015 (points) | Street trees | Open planting sites | Planting priority |
|---|---|---|---|---|---|
| Kestrel Hill | 41.2 | -0.8 | 10,420 | 380 | 5th |
| Old Mill | 18.6 | -3.4 | 6,150 | 1,940 | 1st |
| Riverside Flats | 21.9 | -2.7 | 7,380 | 1,620 | 2nd |
| Carden Park | 33.5 | -1.1 | 11,960 | 720 | 4th |
| Eastgate | 23.8 | -2.2 | 8,240 | 1,310 | 3rd |
| Citywide (14 neighborhoods) | 27.4 | -1.7 | 61,840 | 8,460 | — |

Planting priority combines canopy, summer surface temperatures and asthma-related emergency visits. On the hottest afternoon of 2025, July 23, surface temperatures in Old Mill averaged 104 degrees Fahrenheit, against 91 in Kestrel Hill.

Table 2. Most common street trees, December 31, 2025

| Species | Trees | Share of street trees (%) | Average trunk diameter (inches) |
|---|---|---|---|
| Norway maple | 8,410 | 13.6 | 14.2 |
| Honeylocust | 6,920 | 11.2 | 11.8 |
| Green ash | 4,830 | 7.8 | 16.5 |
| Red maple | 4,450 | 7.2 | 9.6 |
| Littleleaf linden | 3,900 | 6.3 | 12.1 |

The master plan calls for no species to exceed 10% of street trees; Norway maple and honeylocust still do.

Emerald ash borer

Since emerald ash borer was found in Brennock in 2019, the number of ash street trees has fallen to 4,830 from 9,640. The division treated 1,450 ash trees with trunk injections in 2025, at $118 a tree every two years, and plans to remove about 1,400 more in 2026.

Maintenance

Crews and contractors pruned 7,120 trees in 2025, which puts the city on a nine-year pruning cycle against a goal of five years. Residents filed 4,380 service requests; the median response time fell to 36 days from 51 in 2024.

Benefits

The division estimates that the city's trees intercept 284 million gallons of stormwater a year, store 196,000 tons of carbon and remove 118 tons of air pollutants, benefits valued at $9.7 million a year.

Budget and people

The division's operating budget was $6.85 million in 2025, up 7.2% from $6.39 million. It has 31 full-time employees, nine of them certified arborists. The city has 214,300 residents. The Tree Stewards, the city's volunteer program, counted 640 active volunteers, who gave 9,300 hours and planted 1,150 of the year's trees at 42 planting events.
"""

AK_RELEASE = """CITY OF BRENNOCK
Office of the Mayor and Parks and Forestry Department
NEWS RELEASE
Tuesday, January 20, 2026

Brennock wins $4.2 million state grant to plant 12,000 trees in its hottest neighborhoods

Brennock has been awarded a $4.2 million Community Canopy grant by the state Department of Natural Resources, the largest of 17 grants totaling $18.5 million that the department announced on Friday, Mayor Celeste Okafor-Brandt said today.

The city will add a $1.4 million match from its tree replacement fund, for a project budget of $5.6 million. Over four years, from spring 2026 through fall 2029, the Shade Brennock project will plant 12,000 trees along streets, in schoolyards and in private yards in the three neighborhoods ranked highest for planting priority.

| Neighborhood | Priority | Trees to be planted | Canopy, 2025 (%) |
|---|---|---|---|
| Old Mill | 1st | 5,200 | 18.6 |
| Riverside Flats | 2nd | 4,100 | 21.9 |
| Eastgate | 3rd | 2,700 | 23.8 |
| Total | | 12,000 | |

The cost averages $467 a tree, including three years of watering. Residents in the three neighborhoods can request a free yard tree, which the city will plant and water.

The project will hire six seasonal crew members from the three neighborhoods each year, as well as a Youth Tree Corps of 40 teenagers paid $17.25 an hour. Its goal is to raise canopy in the three neighborhoods by 4 percentage points by 2040.

The City Council voted 8-1 on January 12 to accept the grant if it was awarded.

"Old Mill has less than half the shade of Kestrel Hill, and on July 23 it was 13 degrees hotter," Okafor-Brandt said. "That is not an accident of nature. It is a choice we can unmake."

City Forester Dana Whitcombe said planting would begin in April. In 2025 the city planted 3,260 trees, the most since 2011, and removed 2,410.

Brennock's canopy covered 27.4% of the city in 2025, against the master plan's goal of 33% by 2040.
"""

AK_MINUTES = """BRENNOCK PARKS AND FORESTRY COMMISSION
Minutes of the regular meeting
Thursday, December 11, 2025, 6:30 p.m., Council Chambers, City Hall

Present: Chair Rosalind Achebe-Marsh, Vice Chair Peter Hollis, commissioners Yuki Brandvold, Samir Qadri, Ellen Voss and Marcus Delaney-Pike (six of seven members). Absent: Commissioner Joan Fairweather. Staff: City Forester Dana Whitcombe and Deputy Parks Director Luis Navarro.

Call to order and remembrance

The chair called the meeting to order at 6:32 p.m. The commission observed a moment of silence for Margit Lindahl, Brennock's city forester from 1979 to 2014, who died on November 2 at 86. Commissioner Voss moved a resolution naming the grove of 120 bur oaks that Ms. Lindahl planted in Carden Park in 1986 the Lindahl Grove; Commissioner Qadri seconded. Approved 6-0.

Ash removal contract, 2026

Staff reported that about 1,400 ash street trees are dead or declining and should be removed in 2026. Three bids were received:

| Bidder | Bid | Cost per tree |
|---|---|---|
| Northline Tree Care | $1,372,000 | $980 |
| Greenway Arbor Services | $1,296,400 | $926 |
| Pell & Sons Tree Co. | $1,518,000 | $1,084 |

Commissioner Hollis moved to recommend that the City Council award the contract to Greenway Arbor Services, the lowest responsive bidder; Commissioner Brandvold seconded. Commissioner Delaney-Pike asked that each removed tree be replaced within 12 months; staff said replanting is budgeted separately, at about $420 a tree. The motion carried 5-1, Commissioner Delaney-Pike voting no.

Heritage tree ordinance

Staff presented proposed amendments to the heritage tree ordinance: protecting private trees from 24 inches in trunk diameter instead of 30 inches, and raising the fine for removing a protected tree without a permit to $2,500 from $500. Staff estimated that the change would protect about 2,900 more private trees; the heritage tree register now lists 418 trees. Commissioner Qadri said neighbors had cut down three large oaks on his street in October. The commission voted 4-2 to recommend the amendments to the council, Vice Chair Hollis and Commissioner Voss voting no.

Forester's report

Ms. Whitcombe reported that the division expects to finish 2025 with about 3,200 trees planted. The fall planting season ended on November 26. The city's application to the state Community Canopy program for $4.2 million is pending, with awards expected in January. The 2025 canopy assessment will be published in January.

Public comment

Four residents spoke. Tomas Reyes of Old Mill said his block has three street trees for 40 houses. Bernadette Quill of Eastgate asked the city to water new trees during dry spells; she said 11 of the 16 trees planted on her street in 2023 had died. Two others spoke in favor of the heritage tree amendments.

Adjournment

The meeting adjourned at 8:47 p.m. The next regular meeting is Thursday, January 8, 2026.
"""

AK_ARTICLE = """Walking among giants: heritage tree tour draws 130 to the Founders' Oak

By Nadia Ferreira-Holt, The Brennock Ledger
Saturday, October 18, 2025

About 130 people followed Margit Lindahl through Brennock last Sunday on a walking tour of the city's heritage trees, stopping at nine of them over 2.4 miles and about 90 minutes.

Lindahl, 86, was Brennock's city forester from 1979 to 2014, and she started the heritage tree register in 1983 with 57 trees. It now lists 418, 261 of them on private land.

The tour ended at the Founders' Oak on Courthouse Square, a white oak the register estimates at 280 years old. It stands 78 feet tall with a trunk 61 inches across, and its crown spreads 104 feet. In 2021 the city spent $38,000 on steel cables and a lightning protection system for it.

"When I started, people thought a forester's job was cutting trees down," Lindahl said. "We lost 14,000 elms in the 1970s. I swore we would never again plant a city with one kind of tree."

The tallest tree the register has ever listed, the Millrace Sycamore, at 112 feet, came down in a storm in June 2023.

City Forester Dana Whitcombe, 44, said the city inspects each heritage tree on public land every three years. Owners of private heritage trees need a permit to remove one, she said, and the fine for removing one without a permit, $500, "is less than the cost of the tree service."

The Tree Stewards, the volunteer group Lindahl founded in 1992, organized the tour. Its coordinator, Priya Salonen, 31, said a spring tour is planned for May and that the group has printed 5,000 copies of a new heritage tree map.

Harriet Boyle, 72, who has walked past the Miller's Elm on Old Mill Green every day for 45 years, said she had never known it was 140 years old. "I thought it was just a big tree," she said.
"""

AK_REGISTER = """Brennock Heritage Tree Register (excerpt)
Brennock Parks and Forestry Department, Urban Forestry Division
As of September 30, 2025

A tree may be listed if its trunk is at least 30 inches in diameter, measured 4.5 feet above the ground, or if it has historic significance. The register lists 418 trees: 157 on public land and 261 on private land. It was begun in 1983 with 57 trees.

| Tree | Species | Location | Trunk diameter (in) | Height (ft) | Estimated age (years) | Listed |
|---|---|---|---|---|---|---|
| Founders' Oak | white oak | Courthouse Square | 61 | 78 | 280 | 1983 |
| Miller's Elm | American elm | Old Mill Green | 44 | 71 | 140 | 1983 |
| Station Sycamore | sycamore | Eastgate rail depot | 52 | 96 | 160 | 1983 |
| Chapel Street Bur Oak | bur oak | Chapel Street | 47 | 72 | 210 | 1987 |
| Twin Beeches | European beech | Kestrel Hill Cemetery | 39 | 66 | 125 | 1991 |
| Carden Ginkgo | ginkgo | Carden Park | 33 | 58 | 110 | 1998 |
| Riverside Cottonwood | eastern cottonwood | Riverside Flats levee | 68 | 104 | 95 | 2007 |
| Schoolhouse Tulip Tree | tulip tree | Eastgate Elementary School | 41 | 98 | 120 | 2012 |

Twin Beeches: diameter of the larger of the two trunks. The Millrace Sycamore (listed in 1983; 112 feet) was removed after storm damage in June 2023.
"""

AK_NOTICE = """MARGIT ANNELISE LINDAHL
March 3, 1939 - November 2, 2025

Death notice, The Brennock Ledger, Wednesday, November 5, 2025

Margit Annelise Lindahl, Brennock's city forester for 35 years, died peacefully at home on Sunday, November 2, 2025, at the age of 86.

Margit was born on March 3, 1939, in Alder Creek, the youngest of five children of a sawmill foreman and a schoolteacher. She earned a forestry degree from the state agricultural college in 1961, one of two women in her class, and joined the Brennock Parks Department in 1968 as a nursery technician. She became city forester in 1979, the first woman to hold the post, and retired in 2014 after 46 years with the city.

During her years as forester the city planted some 92,000 trees. She led the replanting after Dutch elm disease, started the heritage tree register in 1983 and founded the Tree Stewards volunteer program in 1992. In 1986 she planted the grove of bur oaks in Carden Park that children still climb. She received the state Arbor Award in 2003.

She was married for 53 years to Arne Lindahl, a high school biology teacher, who died in 2017. She is survived by her three children, Karin, Erik and Sofie; seven grandchildren; and one great-grandchild.

A memorial gathering will be held at 11 a.m. on Saturday, November 15, at the Carden Park pavilion. In lieu of flowers, the family asks that gifts be made to the Tree Stewards, which will plant a tree in her name for every $150 given.
"""

AK_POOL = {
    "report": {"name": "brennock-urban-forest-report-2025.txt", "text": AK_REPORT},
    "release": {"name": "brennock-canopy-grant-release.txt", "text": AK_RELEASE},
    "minutes": {"name": "parks-forestry-commission-minutes-2025-12-11.txt", "text": AK_MINUTES},
    "article": {"name": "brennock-ledger-heritage-tree-walk.txt", "text": AK_ARTICLE},
    "register": {"name": "heritage-tree-register-excerpt.md", "text": AK_REGISTER},
    "notice": {"name": "lindahl-death-notice.txt", "text": AK_NOTICE},
}

# --- AK1: wire story with a dateline (sources: report, release) --------------------------
AK1 = """Brennock gets $4.2 million to plant 12,000 trees as its canopy shrinks

BRENNOCK, Jan. 20 (Capitol News Service) — Brennock will plant 12,000 trees in its three hottest neighborhoods over the next four years with a $4.2 million state grant, the largest of 17 Community Canopy awards announced Friday, Mayor Celeste Okafor-Brandt said Tuesday.

The grant, from the state Department of Natural Resources, is nearly a quarter of the $18.5 million awarded statewide. The city will add a $1.4 million match from its tree replacement fund, bringing the project to $5.6 million, or about $467 a tree including three years of watering.

Old Mill, ranked first for planting priority, will get 5,200 trees and Riverside Flats 4,700. Eastgate, ranked third, gets 2,700. The three neighborhoods have canopies of 18.6%, 21.9% and 23.8%, well below the citywide 27.4%.

"Old Mill has less than half the shade of Kestrel Hill, and on July 23 it was 13 degrees hotter," Okafor-Brandt said. Surface temperatures that afternoon averaged 91 degrees in Old Mill and 104 in Kestrel Hill, according to the city's Urban Forest Report, published this month.

The report found that canopy covered 27.4% of the city's land in 2025, down from 29.1% in 2015, a loss of 1.7 percentage points, or about 420 acres. The Urban Forest Master Plan, adopted in 2017, aims for 33% by 2040, which the division says would take about 4,500 new trees a year. At the grant's pace of 3,000 a year, the city will fall short unless residents plant more.

Brennock planted 3,260 trees last year, up from 2,470 in 2024 and the most since 2011, and removed 2,410, including 1,180 ash trees killed or weakened by emerald ash borer. Ash street trees have fallen by nearly two thirds since 2019, to 4,830 from 9,640, and the city plans to remove about 1,400 more this year.

The City Council voted 8-1 on Jan. 12 to accept the grant. The project will hire six seasonal crew members a year from the three neighborhoods and a Youth Tree Corps of 40 teenagers, paid $17.25 an hour for eight weeks each summer. Its goal is to raise canopy in the three neighborhoods by 5 percentage points by 2040.

The forestry division's operating budget was $6.85 million in 2025, up 7.2%, or roughly $110 per street tree. It employs 31 people full time, including 11 certified arborists.

Planting begins in April, and residents of the three neighborhoods can request a free yard tree.

The city's 418 heritage trees are not part of the project. The grant is the city's biggest for trees since a $3 million federal stormwater award in 2012, and Brennock ranks sixth among the state's 20 largest cities for canopy cover.
"""

AK1_FIGS = [
    F("$4.2 million", S, note="release: a $4.2 million Community Canopy grant"),
    F("12,000", S, note="release: plant 12,000 trees"),
    F("20", S, note="release (Tuesday, January 20, 2026): the dateline is the release's date"),
    F("12,000", S, note="release: 12,000 trees"),
    F("three", S, note="release: the three neighborhoods ranked highest for planting priority"),
    F("four", S, note="release: over four years"),
    F("$4.2 million", S, note="release: a $4.2 million grant"),
    F("17", S, note="release: the largest of 17 grants"),
    F("a quarter", S, derived=True, note="release: 4.2 / 18.5 = 22.7%, 'nearly a quarter'"),
    F("$18.5 million", S, note="release: 17 grants totaling $18.5 million"),
    F("$1.4 million", S, note="release: a $1.4 million match"),
    F("$5.6 million", S, note="release: a project budget of $5.6 million"),
    F("$467", S, note="release: the cost averages $467 a tree"),
    F("three", S, note="release: including three years of watering"),
    F("first", S, note="release table / report table: Old Mill priority 1st"),
    F("5,200", S, note="release table: Old Mill 5,200 trees"),
    F("4,700", C, "4,100", note="release table: Riverside Flats 4,100 trees"),
    F("third", S, note="release table / report table: Eastgate priority 3rd"),
    F("2,700", S, note="release table: Eastgate 2,700 trees"),
    F("three", S, note="release: the three neighborhoods"),
    F("18.6%", S, note="release table / report table: Old Mill canopy 18.6"),
    F("21.9%", S, note="release table / report table: Riverside Flats canopy 21.9"),
    F("23.8%", S, note="release table / report table: Eastgate canopy 23.8"),
    F("27.4%", S, note="report / release: canopy 27.4% citywide"),
    F("half", S, note="release: Okafor-Brandt, 'less than half the shade of Kestrel Hill' (quoted)"),
    F("23", S, note="release: 'on July 23'"),
    F("13", S, note="release: '13 degrees hotter'"),
    F("91", C, "104", note="report: Old Mill averaged 104 degrees; 91 is Kestrel Hill's (swapped pair)"),
    F("104", C, "91", note="report: Kestrel Hill 91 degrees; 104 is Old Mill's (swapped pair)"),
    F("27.4%", S, note="report: canopy 27.4% in 2025"),
    F("2025", S, note="report: the 2025 aerial assessment"),
    F("29.1%", S, note="report: down from 29.1%"),
    F("2015", S, note="report: the 2015 assessment"),
    F("1.7", S, note="report: a loss of 1.7 percentage points"),
    F("420", S, note="report: or about 420 acres"),
    F("2017", C, "2019", note="report: the master plan, adopted in 2019"),
    F("33%", S, note="report / release: a goal of 33%"),
    F("2040", S, note="report / release: by 2040"),
    F("4,500", S, note="report: about 4,500 trees a year"),
    F("3,000", S, derived=True, note="release: 12,000 trees over four years = 3,000 a year"),
    F("3,260", S, note="report / release: planted 3,260 trees in 2025"),
    F("2,470", C, "2,740", note="report: up from 2,740 in 2024 (transposed digits)"),
    F("2024", S, note="report: in 2024"),
    F("2011", S, note="report / release: the most since 2011"),
    F("2,410", S, note="report / release: removed 2,410"),
    F("1,180", S, note="report: 1,180 of them ash"),
    F("two thirds", C, "half", derived=True, note="report: 9,640 to 4,830 is a fall of 4,810, 49.9%, about half, not nearly two thirds"),
    F("2019", S, note="report: emerald ash borer found in 2019"),
    F("4,830", S, note="report: fallen to 4,830"),
    F("9,640", S, note="report: from 9,640"),
    F("1,400", S, note="report: plans to remove about 1,400 more in 2026"),
    F("8", S, note="release: voted 8-1"),
    F("1", S, note="release: voted 8-1"),
    F("12", S, note="release: on January 12"),
    F("six", S, note="release: six seasonal crew members each year"),
    F("three", S, note="release: from the three neighborhoods"),
    F("40", S, note="release: a Youth Tree Corps of 40 teenagers"),
    F("$17.25", S, note="release: paid $17.25 an hour"),
    F("eight", U, note="no source says how long the corps works"),
    F("three", S, note="release: in the three neighborhoods"),
    F("5", C, "4", note="release: raise canopy by 4 percentage points by 2040"),
    F("2040", S, note="release: by 2040"),
    F("$6.85 million", S, note="report: operating budget $6.85 million in 2025"),
    F("2025", S, note="report: in 2025"),
    F("7.2%", S, note="report: up 7.2%"),
    F("$110", S, derived=True, note="report: $6.85 million / 61,840 street trees = $110.8, 'roughly $110'"),
    F("31", S, note="report: 31 full-time employees"),
    F("11", C, "nine", note="report: nine of them certified arborists"),
    F("three", S, note="release: residents in the three neighborhoods can request a free yard tree"),
    F("418", U, note="the register's 418 trees are in the article, the register and the minutes, none of them among this case's sources"),
    F("$3 million", U, note="no source mentions an earlier federal award"),
    F("2012", U, note="no source mentions an earlier federal award"),
    F("sixth", U, note="no source ranks Brennock among the state's cities"),
    F("20", U, note="no source ranks Brennock among the state's cities"),
]

# --- AK2: grant application (sources: report, minutes) ------------------------------------
AK2 = """# Grant application: Halvorsen Family Foundation, Cool Streets Fund

**Applicant:** City of Brennock, Parks and Forestry Department, Urban Forestry Division
**Project:** Replant the Ash Streets
**Amount requested:** $588,000 over two years
**Contact:** Dana Whitcombe, City Forester

## Statement of need

Brennock is losing its shade. Our 2025 aerial assessment found tree canopy on 27.4% of the city's land, down from 29.1% in 2015, and the loss has fallen hardest where shade was already scarce. Old Mill, our top-priority neighborhood, lost 2.7 points and now has a canopy of just 18.6%, less than half of Kestrel Hill's 41.2%. On July 23, 2025, afternoon surface temperatures in Old Mill averaged 104 degrees Fahrenheit, 13 degrees above Kestrel Hill.

Emerald ash borer is making it worse. Since the beetle arrived in 2019, our ash street trees have fallen to 4,830 from 9,640, a loss of 4,180, and green ash, at 7.8% of street trees, is still our third most common species. About 1,400 dead or declining ash must come down in 2026. At our commission's December meeting, an Old Mill resident said his block has three street trees for 40 houses.

## Project description

The Parks and Forestry Commission has recommended, on a 6-0 vote, a $1,372,000 contract with Greenway Arbor Services to remove the 1,400 ash, or $926 a tree, the lowest of three bids. Removal is funded. Replanting is not: at about $420 a tree, replacing every removed ash would cost $588,000. This grant would pay for it, and we would replant each site within 12 months of removal.

We will favor large-canopy species and avoid Norway maple and honeylocust, which at 13.6% and 11.2% of street trees already exceed the master plan's 10% limit for any species.

## Budget

| Item | Amount |
|---|---|
| Replacement trees and planting, 1,400 at $420 | $588,000 |
| Ash removal (city funds, Greenway Arbor contract) | $1,296,400 |
| Watering by Tree Stewards volunteers (in kind) | $64,000 |
| Total project | $1,948,400 |

## Outcomes and evaluation

- Replant all 1,400 sites by the end of 2027.
- Keep survival at or above 87% after two growing seasons, the rate for our 2023 plantings. Residents tell us that is not true everywhere: on an Eastgate street, 11 of the 16 trees planted in 2023 died, a loss of more than two thirds.
- Send the Foundation a progress report with photographs of the new trees.

## Capacity

The Urban Forestry Division has 31 full-time employees, nine of them certified arborists, and its operating budget was $6.85 million in 2025, up 7.2% from $6.93 million. Our crews and contractors pruned 7,120 trees last year and planted 3,620. The Tree Stewards, 640 volunteers strong, gave 9,300 hours and planted 1,150 trees at 24 events. We have also asked the state's Community Canopy program for $4.2 million. The city has managed tree-planting grants since 1998.
"""

AK2_FIGS = [
    F("$588,000", S, derived=True, note="minutes: about 1,400 ash to remove x replanting at about $420 a tree = $588,000"),
    F("two", U, note="the application's own grant period; no source gives it"),
    F("2025", S, note="report: the 2025 aerial assessment"),
    F("27.4%", S, note="report: canopy 27.4%"),
    F("29.1%", S, note="report: down from 29.1%"),
    F("2015", S, note="report: in the 2015 assessment"),
    F("2.7", C, "3.4", note="report table: Old Mill -3.4 points; -2.7 is Riverside Flats'"),
    F("18.6%", S, note="report table: Old Mill canopy 18.6"),
    F("half", S, derived=True, note="report table: 18.6 / 41.2 = 45%, 'less than half'"),
    F("41.2%", S, note="report table: Kestrel Hill canopy 41.2"),
    F("23", S, note="report: the hottest afternoon of 2025, July 23"),
    F("2025", S, note="report: July 23, 2025"),
    F("104", S, note="report: Old Mill averaged 104 degrees Fahrenheit"),
    F("13", S, derived=True, note="report: 104 - 91 = 13 degrees above Kestrel Hill"),
    F("2019", S, note="report: emerald ash borer found in 2019"),
    F("4,830", S, note="report: fallen to 4,830"),
    F("9,640", S, note="report: from 9,640"),
    F("4,180", C, "4,810", derived=True, note="report: 9,640 - 4,830 = 4,810 (transposed digits)"),
    F("7.8%", S, note="report table: green ash 7.8%"),
    F("third", S, note="report table: green ash is third in the table of most common street trees"),
    F("1,400", S, note="minutes / report: about 1,400 ash to remove in 2026"),
    F("2026", S, note="minutes / report: in 2026"),
    F("three", S, note="minutes: Reyes, three street trees for 40 houses"),
    F("40", S, note="minutes: for 40 houses"),
    F("6", C, "5", note="minutes: the motion carried 5-1; 6-0 was the vote on the grove"),
    F("0", C, "1", note="minutes: the motion carried 5-1, Delaney-Pike voting no"),
    F("$1,372,000", C, "$1,296,400", note="minutes table: Greenway Arbor Services bid $1,296,400; $1,372,000 is Northline's"),
    F("1,400", S, note="minutes: about 1,400 ash"),
    F("$926", S, note="minutes table: Greenway Arbor $926 per tree"),
    F("three", S, note="minutes: three bids were received"),
    F("$420", S, note="minutes: replanting at about $420 a tree"),
    F("$588,000", S, derived=True, note="minutes: 1,400 x $420 = $588,000"),
    F("12", S, note="minutes: Delaney-Pike asked for replacement within 12 months"),
    F("13.6%", S, note="report table: Norway maple 13.6%"),
    F("11.2%", S, note="report table: honeylocust 11.2%"),
    F("10%", S, note="report: no species to exceed 10% of street trees"),
    F("1,400", S, note="minutes: about 1,400 ash"),
    F("$420", S, note="minutes: about $420 a tree"),
    F("$588,000", S, derived=True, note="minutes: 1,400 x $420 = $588,000"),
    F("$1,296,400", S, note="minutes table: Greenway Arbor Services $1,296,400"),
    F("$64,000", U, note="no source values the volunteers' watering"),
    F("$1,948,400", U, note="a total that includes a figure no source gives ($64,000)"),
    F("1,400", S, note="minutes: about 1,400 ash"),
    F("2027", U, note="the application's own deadline; no source sets one"),
    F("87%", S, note="report: 87% of trees planted in 2023 alive after two growing seasons"),
    F("two", S, note="report: after two growing seasons"),
    F("2023", S, note="report: the trees planted in 2023"),
    F("11", S, note="minutes: Quill, 11 of the 16 trees had died"),
    F("16", S, note="minutes: of the 16 trees planted on her street"),
    F("2023", S, note="minutes: planted in 2023"),
    F("two thirds", S, derived=True, note="minutes: 11 / 16 = 68.8%, 'more than two thirds'"),
    F("31", S, note="report: 31 full-time employees"),
    F("nine", S, note="report: nine of them certified arborists"),
    F("$6.85 million", S, note="report: $6.85 million in 2025"),
    F("2025", S, note="report: in 2025"),
    F("7.2%", S, note="report: up 7.2%"),
    F("$6.93 million", C, "$6.39 million", note="report: from $6.39 million (transposed digits)"),
    F("7,120", S, note="report: pruned 7,120 trees in 2025"),
    F("3,620", C, "3,260", note="report: planted 3,260 trees in 2025 (transposed digits; the minutes' forecast was about 3,200)"),
    F("640", S, note="report: 640 active volunteers"),
    F("9,300", S, note="report: 9,300 hours"),
    F("1,150", S, note="report: planted 1,150 of the year's trees"),
    F("24", C, "42", note="report: at 42 planting events (transposed digits)"),
    F("$4.2 million", S, note="minutes: the application to the state Community Canopy program for $4.2 million is pending"),
    F("1998", U, note="no source says since when the city has managed grants"),
]

# --- AK3: self-guided walking-tour leaflet (sources: register, article) ------------------
AK3 = """# Giants of Brennock: a self-guided heritage tree walk

*From the Brennock Tree Stewards. About 2.4 miles (3.9 km), nine stops, roughly 90 minutes at an easy pace. Start on the Riverside Flats levee; finish at Courthouse Square.*

Brennock's heritage tree register began in 1983 with 57 trees. Today it lists 418, and more than three in five stand on private land: please admire those from the sidewalk. To be listed, a tree needs a trunk at least 30 inches across, measured 4.5 feet above the ground, or a story worth keeping.

## Riverside Cottonwood

Listed in 2007, this eastern cottonwood is the youngest tree on our walk, at about 95 years, and the biggest: 68 inches across and 104 feet tall, roughly 32 meters. A cottonwood this size can drink 150 gallons of water on a summer day.

## Station Sycamore

At the old Eastgate rail depot. Listed in 1983, this sycamore is 52 inches across, 96 feet tall (about 26 meters) and some 140 years old.

## Schoolhouse Tulip Tree

Beside Eastgate Elementary School stands a 120-year-old tulip tree, 98 feet tall, added to the register in 2012. Its trunk measures 41 inches, about 104 centimeters. The school's class of 1905 is said to have planted it.

## Mill Pond overlook

Benches and a water fountain.

## Miller's Elm

On Old Mill Green, this American elm survived the Dutch elm disease that killed 14,000 of the city's elms in the 1970s. It is 44 feet tall, 71 inches across and about 140 years old. A neighbor has walked past it daily for 45 years without knowing its age.

## Chapel Street Bur Oak

Listed in 1978, this bur oak is about 210 years old, 47 inches across and 72 feet tall.

## Carden Ginkgo

The ginkgo in Carden Park, listed in 1989, is the smallest tree on our walk: 33 inches across and 58 feet tall. Its family has grown on Earth for some 200 million years.

## Twin Beeches

In Kestrel Hill Cemetery, two European beeches share a root. The larger trunk is 39 inches across; the pair reaches 66 feet and is about 125 years old. Visitors have carved initials into the bark since at least 1950. The beeches were listed in 1991.

## Founders' Oak

Finish with a white oak of about 280 years, nearly three times the age of the cottonwood where you began. It is 78 feet tall, its trunk is 61 inches (155 cm) across and its crown spreads 140 feet. In 2021 the city spent $38,000 on steel cables and lightning protection for it.

---

**Lost but not forgotten.** The Millrace Sycamore, at 121 feet the tallest tree the register has ever listed, fell in a storm in June 2023.

**Know the rules.** Removing a private heritage tree without a permit carries a $500 fine, and the city inspects each public heritage tree every three years.

**Walk with us.** Our next guided walk is on Sunday, May 17; last October's drew about 130 walkers. We have printed 5,000 free maps. The Tree Stewards have cared for Brennock's trees since 1992.
"""

AK3_FIGS = [
    F("2.4", S, note="article: over 2.4 miles"),
    F("3.9", S, derived=True, note="article: 2.4 miles x 1.609 = 3.86 km, 3.9 km"),
    F("nine", S, note="article: the tour stopped at nine trees"),
    F("90", S, note="article: about 90 minutes"),
    F("1983", S, note="register / article: begun in 1983"),
    F("57", S, note="register / article: with 57 trees"),
    F("418", S, note="register / article: the register lists 418 trees"),
    F("three in five", S, derived=True, note="register: 261 of 418 on private land = 62.4%, 'more than three in five'"),
    F("30", S, note="register: a trunk at least 30 inches in diameter"),
    F("4.5", S, note="register: measured 4.5 feet above the ground"),
    F("2007", S, note="register table: Riverside Cottonwood listed 2007"),
    F("95", S, note="register table: Riverside Cottonwood about 95 years, the youngest in the table"),
    F("68", S, note="register table: Riverside Cottonwood 68 inches, the largest in the table"),
    F("104", S, note="register table: Riverside Cottonwood 104 feet"),
    F("32", S, derived=True, note="register table: 104 feet x 0.3048 = 31.7 m, 'roughly 32 meters'"),
    F("150", U, note="no source gives a cottonwood's water use"),
    F("1983", S, note="register table: Station Sycamore listed 1983"),
    F("52", S, note="register table: Station Sycamore 52 inches"),
    F("96", S, note="register table: Station Sycamore 96 feet"),
    F("26", C, "29", derived=True, note="register table: 96 feet x 0.3048 = 29.3 m, about 29 meters"),
    F("140", C, "160", note="register table: Station Sycamore about 160 years; 140 is the Miller's Elm's age"),
    F("120", S, note="register table: Schoolhouse Tulip Tree about 120 years"),
    F("98", S, note="register table: Schoolhouse Tulip Tree 98 feet"),
    F("2012", S, note="register table: Schoolhouse Tulip Tree listed 2012"),
    F("41", S, note="register table: Schoolhouse Tulip Tree 41 inches"),
    F("104", S, derived=True, note="register table: 41 inches x 2.54 = 104.1 cm"),
    F("1905", U, note="no source says who planted the tulip tree"),
    F("14,000", S, note="article: Lindahl, 'We lost 14,000 elms in the 1970s'"),
    F("1970s", S, note="article: 'in the 1970s'"),
    F("44", C, "71", note="register table: Miller's Elm 71 feet tall; 44 is its diameter in inches (swapped pair)"),
    F("71", C, "44", note="register table: Miller's Elm 44 inches across; 71 is its height in feet (swapped pair)"),
    F("140", S, note="register table / article: Miller's Elm about 140 years"),
    F("45", S, note="article: Harriet Boyle has walked past it every day for 45 years"),
    F("1978", C, "1987", note="register table: Chapel Street Bur Oak listed 1987 (transposed digits)"),
    F("210", S, note="register table: Chapel Street Bur Oak about 210 years"),
    F("47", S, note="register table: Chapel Street Bur Oak 47 inches"),
    F("72", S, note="register table: Chapel Street Bur Oak 72 feet"),
    F("1989", C, "1998", note="register table: Carden Ginkgo listed 1998 (transposed digits)"),
    F("33", S, note="register table: Carden Ginkgo 33 inches, the smallest in the table"),
    F("58", S, note="register table: Carden Ginkgo 58 feet"),
    F("200 million", U, note="no source gives the ginkgo family's age"),
    F("two", S, note="register: the larger of the two trunks"),
    F("39", S, note="register table: Twin Beeches 39 inches (the larger trunk)"),
    F("66", S, note="register table: Twin Beeches 66 feet"),
    F("125", S, note="register table: Twin Beeches about 125 years"),
    F("1950", U, note="no source mentions carved initials"),
    F("1991", S, note="register table: Twin Beeches listed 1991"),
    F("280", S, note="register table / article: Founders' Oak about 280 years"),
    F("three times", S, derived=True, note="register table: 280 / 95 = 2.95, 'nearly three times' the cottonwood's age"),
    F("78", S, note="register table / article: Founders' Oak 78 feet"),
    F("61", S, note="register table / article: Founders' Oak 61 inches"),
    F("155", S, derived=True, note="register table / article: 61 inches x 2.54 = 154.9 cm"),
    F("140", C, "104", note="article: its crown spreads 104 feet (transposed digits)"),
    F("2021", S, note="article: in 2021 the city spent $38,000"),
    F("$38,000", S, note="article: $38,000 on steel cables and lightning protection"),
    F("121", C, "112", note="article / register: the Millrace Sycamore, 112 feet (transposed digits)"),
    F("2023", S, note="article / register: came down in June 2023"),
    F("$500", S, note="article: the fine for removing one without a permit, $500"),
    F("three", S, note="article: inspects each heritage tree on public land every three years"),
    F("17", U, note="the article says only that a spring tour is planned for May; no source gives the day"),
    F("130", S, note="article: about 130 people on the October tour"),
    F("5,000", S, note="article: printed 5,000 copies of a new heritage tree map"),
    F("1992", S, note="article: the Tree Stewards, founded in 1992"),
]

# --- AK4: obituary-style profile (sources: notice, article, minutes) ----------------------
AK4 = """# Margit Lindahl, 1939-2025: she taught Brennock never to plant just one kind of tree

*Lives Remembered*

Margit Lindahl spent 46 years with Brennock's parks department, 35 of them as city forester, and by the time she retired in 2014 the city had planted some 92,000 trees on her watch, more than 2,600 a year. She died at home on Sunday, Nov. 2. She was 86.

Born in Alder Creek on March 3, 1939, the youngest of six children of a sawmill foreman and a schoolteacher, she earned a forestry degree in 1961 as one of two women in her class. She joined the city in 1966 as a nursery technician and in 1979 became its forester, the first woman to hold the job.

The elms were dying then. "We lost 14,000 elms in the 1970s," she told the Ledger in October, on what became her last walking tour. "I swore we would never again plant a city with one kind of tree."

She kept the promise in her own way. She started the heritage tree register in 1983 with 57 trees; it now lists 418, more than eight times as many, and 216 of them stand on private land. In 1986 she planted a grove of 210 bur oaks in Carden Park. On Dec. 11 the Parks and Forestry Commission voted 6-0 to name it the Lindahl Grove; the oaks are now nearly four decades old.

In 1992 she founded the Tree Stewards, the volunteers who still plant and water the city's trees. They organized that October walk, which drew about 130 people over 4.2 miles and nine stops and ended at the 250-year-old Founders' Oak. Priya Salonen, 31, the group's coordinator, said it had printed 5,000 copies of a new map.

She won the state Arbor Award in 2008 and chaired the state's urban forestry council for six years. She planted a ginkgo in her own front yard in 1972, and retirement, 11 years of it, never kept her from checking on it. Dana Whitcombe, 44, who now holds her old job, told commissioners on Dec. 11 that the city expected to have planted about 3,200 trees in 2025. Brennock's canopy, which covers 27.4% of the city, is still shrinking.

She was married for 58 years to Arne Lindahl, a high school biology teacher, who died in 2017. She is survived by three children, Karin, Erik and Sofie; seven grandchildren; and a great-grandchild.

More than 300 people came to a memorial gathering at 11 a.m. on Saturday, Nov. 15, at the Carden Park pavilion. The family asks that gifts go to the Tree Stewards, which will plant a tree in her name for every $150 given.
"""

AK4_FIGS = [
    F("1939", S, note="notice: born March 3, 1939"),
    F("2025", S, note="notice: died November 2, 2025"),
    F("one", S, note="article: Lindahl, 'never again plant a city with one kind of tree'"),
    F("46", S, note="notice: retired in 2014 after 46 years with the city"),
    F("35", S, note="notice: city forester for 35 years"),
    F("2014", S, note="notice / article / minutes: retired in 2014"),
    F("92,000", S, note="notice: the city planted some 92,000 trees"),
    F("2,600", S, derived=True, note="notice: 92,000 trees in 35 years = 2,629 a year, 'more than 2,600'"),
    F("2", S, note="notice: died on Sunday, November 2, 2025"),
    F("86", S, note="notice / minutes: at the age of 86"),
    F("3", S, note="notice: born on March 3, 1939"),
    F("1939", S, note="notice: 1939"),
    F("six", C, "five", note="notice: the youngest of five children"),
    F("1961", S, note="notice: a forestry degree in 1961"),
    F("one", S, note="notice: one of two women in her class"),
    F("two", S, note="notice: one of two women in her class"),
    F("1966", C, "1968", note="notice: joined the Brennock Parks Department in 1968"),
    F("1979", S, note="notice / article / minutes: became city forester in 1979"),
    F("first", S, note="notice: the first woman to hold the post"),
    F("14,000", S, note="article: 'We lost 14,000 elms in the 1970s'"),
    F("1970s", S, note="article: 'in the 1970s'"),
    F("one", S, note="article: 'plant a city with one kind of tree'"),
    F("1983", S, note="notice / article: started the register in 1983"),
    F("57", S, note="article: with 57 trees"),
    F("418", S, note="article / minutes: the register now lists 418"),
    F("eight times", C, "seven times", derived=True, note="article: 418 / 57 = 7.3, more than seven times, not eight"),
    F("216", C, "261", note="article: 261 of them on private land (transposed digits)"),
    F("1986", S, note="notice / minutes: planted the grove in 1986"),
    F("210", C, "120", note="minutes: the grove of 120 bur oaks"),
    F("11", S, note="minutes: the meeting of Thursday, December 11, 2025"),
    F("6", S, note="minutes: approved 6-0"),
    F("0", S, note="minutes: approved 6-0"),
    F("four decades", S, derived=True, note="minutes / notice: planted in 1986, 39 years before 2025, 'nearly four decades'"),
    F("1992", S, note="notice / article: founded the Tree Stewards in 1992"),
    F("130", S, note="article: about 130 people"),
    F("4.2", C, "2.4", note="article: over 2.4 miles (transposed digits)"),
    F("nine", S, note="article: stopping at nine of them"),
    F("250", C, "280", note="article: the register estimates the Founders' Oak at 280 years"),
    F("31", S, note="article: Priya Salonen, 31"),
    F("5,000", S, note="article: printed 5,000 copies of a new heritage tree map"),
    F("2008", C, "2003", note="notice: she received the state Arbor Award in 2003"),
    F("six", U, note="no source mentions a state urban forestry council"),
    F("1972", U, note="no source mentions a ginkgo in her yard"),
    F("11", S, derived=True, note="notice: retired in 2014, died in November 2025, 11 years"),
    F("44", S, note="article: Dana Whitcombe, 44"),
    F("11", S, note="minutes: the forester's report of December 11"),
    F("3,200", S, note="minutes: expects to finish 2025 with about 3,200 trees planted"),
    F("2025", S, note="minutes: in 2025"),
    F("27.4%", U, note="the canopy share is in the report and the release, neither among this case's sources"),
    F("58", C, "53", note="notice: married for 53 years"),
    F("2017", S, note="notice: Arne Lindahl died in 2017"),
    F("three", S, note="notice: her three children"),
    F("seven", S, note="notice: seven grandchildren"),
    F("300", U, note="no source gives the memorial's attendance"),
    F("11", S, note="notice: a memorial gathering at 11 a.m."),
    F("15", S, note="notice: Saturday, November 15"),
    F("$150", S, note="notice: a tree for every $150 given"),
]

CASES = [
    ("fresh19-dev", "fresh-ak", list(AK_POOL.values()), [
        ("wire.txt", AK1, AK1_FIGS, "wire story with a dateline, compound sentences holding two owners, a swapped pair and closing claims no source makes"),
        ("grant-application.md", AK2, AK2_FIGS, "grant application to a foundation: header lines, statement of need, a budget table of its own, outcomes in bullets, derived figures"),
        ("walking-tour.md", AK3, AK3_FIGS, "self-guided walking-tour leaflet: a heading per stop, sizes with unit conversions, a bold-lead-in footer"),
        ("profile.md", AK4, AK4_FIGS, "obituary-style profile: life dates, career years, quotes, derived durations and rates, family and memorial"),
    ]),
]
CASE_SOURCES = {
    "fresh-ak-1": ["report", "release"],
    "fresh-ak-2": ["report", "minutes"],
    "fresh-ak-3": ["register", "article"],
    "fresh-ak-4": ["notice", "article", "minutes"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AK_POOL, CASE_SOURCES)
