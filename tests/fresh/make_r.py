#!/usr/bin/env python3
"""Generate tests/fresh/fresh9-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  R (fresh9-blind): a county animal shelter (Ostrander County Animal
                    Services): intakes and outcomes by species, live-release
                    rate, euthanasia, crowding, staff, volunteers and budget,
                    the county board's 5-2 vote to put a 20-year building levy
                    on the ballot, and a newspaper article on the levy campaign

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_r.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic R: Ostrander County Animal Shelter (fictional)
# ---------------------------------------------------------------------------

R_REPORT = """Ostrander County Animal Services
2025 Annual Report (excerpt)

From the Director

The Ostrander County Animal Shelter took in 6,480 animals in 2025, up 8.2% from 5,990 in 2024 and the most since the shelter opened on Millrace Road in 1974. Dogs made up more than half of all intakes. Residents and animal control officers brought in 4,150 strays, and owners surrendered 1,930; the remaining 400 came from cruelty cases, evictions and other sources.

Despite the increase, more animals left the shelter alive than ever. Our live-release rate, the share of animals leaving the shelter alive, rose to 87.5% from 84.9%, and euthanasia fell by about a fifth, to 645 animals from 812.

Table 1. Intake and outcomes by species, 2025

| Species | Intake | Adopted | Transferred to partners | Returned to owner | Euthanized | Live-release rate (%) |
|---|---|---|---|---|---|---|
| Dogs | 3,520 | 1,640 | 610 | 820 | 330 | 88.2 |
| Cats | 2,610 | 1,420 | 540 | 110 | 290 | 86.1 |
| Other animals | 350 | 210 | 90 | 10 | 25 | 91.2 |
| All animals | 6,480 | 3,270 | 1,240 | 940 | 645 | 87.5 |

Adoptions rose 11.4% to 3,270, helped by fee-waived events in May and December. Our 28 rescue partners took 1,240 animals, and 160 community cats were sterilized and returned to where they were found. A further 155 animals died or were lost in our care.

Crowding

The average length of stay rose to 16.4 days from 12.9, and to 21.3 days for dogs. The building has 88 dog kennels and 130 cat condos, but on an average day in 2025 we housed 131 dogs, and on the worst day, July 8, 174. More than 380 foster homes cared for 1,870 animals during the year.

Staff, volunteers and budget

The shelter has 52 full-time staff, including 3 veterinarians, who performed 4,950 spay and neuter surgeries. Our 640 volunteers gave 38,700 hours.

The operating budget was $5.74 million: $4.31 million from the county general fund, $620,000 from adoption and licensing fees, $480,000 from contracts with four cities that use the shelter, and $330,000 from donations and grants. Adoption fees are $95 for dogs and $45 for cats.

Dr. Lucas Fenwright
Director
"""

R_RELEASE = """NEWS RELEASE
Ostrander County Board of Commissioners
January 21, 2026

Commissioners send $31.5 million animal shelter levy to May ballot

The Ostrander County Board of Commissioners voted 5-2 on Tuesday to ask voters to approve a 20-year property tax levy of 0.28 mills to build a new county animal shelter. The measure will appear on the May 5, 2026, ballot.

The levy would raise about $2.9 million a year and would cost the owner of a home valued at $250,000 about $70 a year. Levy revenue would repay $24.0 million in bonds, about $1.8 million a year, and provide about $1.1 million a year for added staff and veterinary care.

The new shelter would cost $31.5 million, paid for with:

- $24.0 million in levy-backed bonds (76%)
- $4.5 million from the state's Animal Welfare Facilities grant program (14%)
- $3.0 million raised by the nonprofit Friends of Ostrander Animals (10%)

The 42,000-square-foot building, on an 11-acre county-owned site on Quarry Road, would have 160 dog kennels and 220 cat spaces, a surgery suite and an isolation ward. The current shelter, built in 1974, has 16,500 square feet.

Construction would begin in spring 2027, and the shelter would open in late 2028.

The current shelter took in 6,480 animals in 2025, the most in its history, and on an average day housed 131 dogs in its 88 dog kennels. Sick animals cannot be kept apart there: in 2025, 212 cats were treated for upper respiratory infections, which spread quickly in crowded rooms, said shelter director Dr. Lucas Fenwright. The new isolation ward would hold 24 animals.

"Our shelter staff have done remarkable work in a building that was designed for a county of 60,000 people," said Commissioner Margit Sørlie, the board's chair. "Today we have 143,000 residents, and the building hasn't grown by a single kennel."

The board's 2026 budget, adopted in December, raises the shelter's operating budget 6.5% to $6.11 million and adds 4 animal care positions.

If the levy fails, the county estimates that repairing the roof, heating and drainage systems of the current building would cost $7.2 million over five years, without adding kennels.

The county will hold three public information sessions on the levy, on March 4, March 18 and April 8, at the County Administration Building in Fallowmere.

Media contact: County Communications Office
"""

R_ARTICLE = """Crowded shelter, divided board: animal shelter levy heads to voters

By Benedikt Amari-Holm, The Fallowmere Courier
February 6, 2026

On Tuesday morning, the Ostrander County Animal Shelter held 149 dogs in a building with 88 kennels. Crates lined the hallway outside the director's office, and two dogs shared most runs.

"We haven't had an empty kennel since last April," said Dr. Lucas Fenwright, 47, who has run the shelter since 2019. "A dog in a hallway crate is more stressed and less likely to be adopted."

Voters will decide on May 5 whether to approve a 0.28-mill, 20-year levy to build a new shelter. The county board sent the measure to the ballot 5-2 last month. Commissioners Glen Rudabaugh, 66, and Walt Pressman, 58, voted against it.

Rudabaugh said the levy would cost taxpayers $58 million over its 20 years and that the county should repair the current building instead. "Seven million dollars of repairs is a lot cheaper than thirty-one million for a new building," he said. Pressman said he could support a smaller levy.

Board chair Margit Sørlie, 61, said repairs would not add space. "We'd be spending $7 million to keep the same 88 kennels," she said.

The owner of the county's median home, valued at $212,000, would pay about $59 a year, according to the county auditor.

Supporters point to the shelter's record. Its live-release rate has climbed from 71% in 2019 to 87.5% last year. Fenwright said dogs waited an average of 21.3 days for a new home last year, up from 15.8 days in 2024, and that large dogs waited far longer.

A similar levy, for 0.35 mills, failed in 2019 with 46.8% of the vote. A poll commissioned in December by Friends of Ostrander Animals, the nonprofit leading the campaign, found 58% of likely voters in favor, with a margin of error of 4.5 points.

The group has promised $3.0 million toward construction and has raised $1.15 million so far. Imogen Tarrant, 72, who has walked shelter dogs every Saturday since 2011, and her husband, Percy Tarrant, 75, gave $25,000.

"People think the shelter is the county's problem," Imogen Tarrant said. "It's everybody's problem, and it has been since 1974."

Ximena Ruelas, 29, adopted a shepherd mix in January after he had spent 112 days at the shelter. "He was the dog everybody walked past," she said.
"""

R_SOURCES = [
    {"name": "ostrander-animal-services-annual-report-2025.txt", "text": R_REPORT},
    {"name": "ostrander-commissioners-shelter-levy-release.txt", "text": R_RELEASE},
    {"name": "fallowmere-courier-article.txt", "text": R_ARTICLE},
]

# --- R1: wire story ------------------------------------------------------------
R1 = """Ostrander County voters to decide $31.5 million animal shelter levy

FALLOWMERE (Wire) — Ostrander County voters will decide on May 5 whether to pay for a new animal shelter, after county commissioners voted 5-2 to put a 20-year property tax levy on the ballot.

The 0.28-mill levy would raise about $2.9 million a year and cost the owner of a $250,000 home about $70 a year. It would repay $24.0 million in bonds toward the $31.5 million building; a state grant would cover $3.0 million and private donors $4.5 million.

The county shelter took in 6,480 animals last year, up 8.2%, and its live-release rate rose to 87.5% from 84.9%, a gain of 2.6 percentage points. Adoptions rose 14.1% to 3,270.

The current building, opened in 1974, has 88 dog kennels. On an average day last year it housed 131 dogs, about 1.5 dogs per kennel. The new 42,000-square-foot shelter would have 160 kennels and open in late 2027.

"We haven't had an empty kennel since last April," said the shelter's director, Dr. Lucas Fenwright, 47.

Commissioners Glen Rudabaugh, 58, and Walt Pressman, 66, voted no. Rudabaugh said the levy would cost taxpayers $58 million over 20 years and that repairs to the old building, estimated at $7.2 million, would be cheaper.

A 0.35-mill levy failed in 2018 with 46.8% of the vote. A December poll for the Friends of Ostrander Animals found 58% support, with a margin of error of 4.5 points.

The shelter's operating budget was $5.47 million last year, and the county's 2026 budget adds 6 animal care positions. Neighboring Kessler County opened a $22 million shelter in 2021, and county animal control officers answered about 9,800 calls last year.
"""

R1_FIGS = [
    F("$31.5 million", S, note="release: a $31.5 million shelter"),
    F("5", S, note="release / article: the May 5, 2026, ballot"),
    F("5", S, note="release / article: voted 5-2"),
    F("2", S, note="release / article: 5-2"),
    F("20", S, note="release / article: a 20-year levy"),
    F("0.28", S, note="release / article: 0.28 mills"),
    F("$2.9 million", S, note="release: about $2.9 million a year"),
    F("$250,000", S, note="release: a home valued at $250,000"),
    F("$70", S, note="release: about $70 a year"),
    F("$24.0 million", S, note="release: $24.0 million in bonds"),
    F("$31.5 million", S, note="release"),
    F("$3.0 million", C, "$4.5 million", note="release: the state grant is $4.5 million; $3.0 million is the Friends' share (swapped pair)"),
    F("$4.5 million", C, "$3.0 million", note="release / article: the private Friends group gives $3.0 million; $4.5 million is the state's (swapped pair)"),
    F("6,480", S, note="report: 6,480 animals in 2025"),
    F("8.2%", S, note="report: up 8.2%"),
    F("87.5%", S, note="report: live-release rate 87.5%"),
    F("84.9%", S, note="report: from 84.9%"),
    F("2.6", S, derived=True, note="report: 87.5 - 84.9 = 2.6 points"),
    F("14.1%", C, "11.4%", note="report: adoptions rose 11.4% (transposed digits)"),
    F("3,270", S, note="report: adoptions 3,270"),
    F("1974", S, note="report / release: opened in 1974"),
    F("88", S, note="report / article: 88 dog kennels"),
    F("131", S, note="report: 131 dogs on an average day"),
    F("1.5", S, derived=True, note="report: 131 / 88 = 1.49 dogs per kennel"),
    F("42,000", S, note="release: the 42,000-square-foot building"),
    F("160", S, note="release: 160 dog kennels"),
    F("2027", C, "2028", note="release: the shelter would open in late 2028 (construction begins in spring 2027)"),
    F("47", S, note="article: Dr. Lucas Fenwright, 47"),
    F("58", C, "66", note="article: Glen Rudabaugh, 66; 58 is Walt Pressman's age (swapped ages)"),
    F("66", C, "58", note="article: Walt Pressman, 58; 66 is Rudabaugh's age (swapped ages)"),
    F("$58 million", S, note="article: Rudabaugh, $58 million over its 20 years"),
    F("20", S, note="article: over its 20 years"),
    F("$7.2 million", S, note="release: repairs would cost $7.2 million over five years"),
    F("0.35", S, note="article: a levy for 0.35 mills"),
    F("2018", C, "2019", note="article: the earlier levy failed in 2019"),
    F("46.8%", S, note="article: with 46.8% of the vote"),
    F("58%", S, note="article: 58% of likely voters in favor"),
    F("4.5", S, note="article: margin of error of 4.5 points"),
    F("$5.47 million", C, "$5.74 million", note="report: operating budget $5.74 million (transposed digits)"),
    F("2026", S, note="release: the board's 2026 budget"),
    F("6", C, "4", note="release: the 2026 budget adds 4 animal care positions"),
    F("$22 million", U, note="no source mentions another county's shelter"),
    F("2021", U, note="no source mentions another county's shelter"),
    F("9,800", U, note="no source gives animal control calls"),
]

# --- R2: "by the numbers" list with bold lead-ins --------------------------------
R2 = """# Ostrander County's animal shelter, by the numbers

Ahead of the levy vote, the shelter's annual report and the county's ballot plan in figures.

- **6,480:** animals taken in last year, the most since the shelter opened in 1974.
- **490:** how many more animals arrived than the year before.
- **4,150:** strays brought in by residents and officers; owners surrendered 1,390 more.
- **87.5%:** the live-release rate, up from 84.9%. Cats were lowest at 86.1%, and dogs reached 91.2%.
- **3,270:** adoptions, just over half as many as intakes.
- **1,240:** animals sent to the shelter's 28 rescue partners, about 44 apiece, some as far as 300 miles away.
- **645:** animals euthanized, down from 812, a drop of about a quarter.
- **16.4 days:** the average stay, up from 14.2.
- **88:** dog kennels in the building; on the worst day, July 18, it held 174 dogs.
- **3:** veterinarians, who performed 4,950 spay and neuter surgeries, about 1,650 each.
- **$886:** what the shelter spent per animal taken in, on a $5.74 million budget.
- **5:** cities that pay the shelter for its services, $480,000 in all.
- **2,300:** dog licenses sold last year.
- **0.28 mills:** the proposed levy, about $70 a year on a $250,000 home, for 25 years.
- **$31.5 million:** the new shelter's cost; bonds cover $24.0 million, or 76%.
- **42,000 square feet:** the new building, about two and a half times the size of today's 16,500.
- **160:** dog kennels planned, nearly double today's number.
- **2029:** the year the new shelter would open.
- **64%:** support for the levy in a December poll for the Friends of Ostrander Animals.
- **140:** dogs on a waiting list whose owners want to surrender them.
"""

R2_FIGS = [
    F("6,480", S, note="report: 6,480 animals in 2025, the most since 1974"),
    F("1974", S, note="report: the shelter opened in 1974"),
    F("490", S, derived=True, note="report: 6,480 - 5,990 = 490"),
    F("4,150", S, note="report: 4,150 strays"),
    F("1,390", C, "1,930", note="report: owners surrendered 1,930"),
    F("87.5%", S, note="report"),
    F("84.9%", S, note="report"),
    F("86.1%", S, note="report table: cats 86.1, the lowest of the three rows"),
    F("91.2%", C, "88.2%", note="report table: dogs 88.2; 91.2 is other animals'"),
    F("3,270", S, note="report: adoptions"),
    F("half", S, derived=True, note="report: 3,270 / 6,480 = 50.5%, 'just over half'"),
    F("1,240", S, note="report: rescue partners took 1,240 animals"),
    F("28", S, note="report: 28 rescue partners"),
    F("44", S, derived=True, note="report: 1,240 / 28 = 44.3"),
    F("300", U, note="no source says where the rescue partners are"),
    F("645", S, note="report"),
    F("812", S, note="report"),
    F("a quarter", C, "a fifth", note="report: euthanasia fell by about a fifth (645 / 812 = -20.6%)"),
    F("16.4", S, note="report: average length of stay 16.4 days"),
    F("14.2", C, "12.9", note="report: up from 12.9"),
    F("88", S, note="report: 88 dog kennels"),
    F("18", C, "8", note="report: on the worst day, July 8"),
    F("174", S, note="report: 174 dogs"),
    F("3", S, note="report: 3 veterinarians"),
    F("4,950", S, note="report: 4,950 spay and neuter surgeries"),
    F("1,650", S, derived=True, note="report: 4,950 / 3 = 1,650"),
    F("$886", S, derived=True, note="report: $5,740,000 / 6,480 = $885.80"),
    F("$5.74 million", S, note="report: operating budget"),
    F("5", C, "4", note="report: contracts with four cities"),
    F("$480,000", S, note="report: $480,000 from city contracts"),
    F("2,300", U, note="no source gives dog licenses"),
    F("0.28", S, note="release: 0.28 mills"),
    F("$70", S, note="release: about $70 a year"),
    F("$250,000", S, note="release: a home valued at $250,000"),
    F("25", C, "20", note="release / article: a 20-year levy"),
    F("$31.5 million", S, note="release"),
    F("$24.0 million", S, note="release: bonds $24.0 million"),
    F("76%", S, note="release: bonds 76%"),
    F("42,000", S, note="release: 42,000 square feet"),
    F("two and a half times", S, derived=True, note="release: 42,000 / 16,500 = 2.55, 'about two and a half times'"),
    F("16,500", S, note="release: the current shelter has 16,500 square feet"),
    F("160", S, note="release: 160 dog kennels"),
    F("double", S, derived=True, note="release / report: 160 / 88 = 1.82, 'nearly double'"),
    F("2029", C, "2028", note="release: the shelter would open in late 2028"),
    F("64%", C, "58%", note="article: the December poll found 58% in favor"),
    F("140", U, note="no source mentions a surrender waiting list"),
]

# --- R3: radio commentary, spoken numbers -------------------------------------------
R3 = """Commentary: Why I'm voting yes on the shelter levy
Ostrander Community Radio, February 2026

I'm Imogen Tarrant. I'm seventy-two, and for fifteen years now I've spent my Saturday mornings walking dogs at the county shelter on Millrace Road. So take this as the view of a biased old woman.

That building went up in nineteen seventy-four. It has eighty-eight dog kennels. Last year, on an ordinary day, there were about a hundred and thirty dogs inside, and on a Tuesday this month there were nearly a hundred and seventy.

The staff don't get enough credit. The shelter took in almost sixty-five hundred animals last year, about twelve percent more than the year before, and it still sent nearly nine in ten of them out alive. Adoptions were up more than eleven percent, to about thirty-three hundred. And they put down about a fifth fewer animals than in twenty twenty-four. Five years ago, in twenty nineteen, only seventy-one percent left alive. The director, Dr. Lucas Fenwright, has been there since twenty seventeen, and he deserves much of the credit.

Now, the money. The levy is a little more than a quarter of a mill. On a house worth two hundred and fifty thousand dollars, that's about seventy dollars a year, under six dollars a month. On the typical house in this county, it's closer to sixty. The old building, meanwhile, burns through about two hundred thousand dollars a year in heating.

It would pay for a shelter of forty-two thousand square feet, with a hundred and sixty dog kennels, more than twice as many as we have now. The state is putting in four and a half million, and the Friends group has promised three million. My husband Percy and I gave twenty-five thousand dollars, and with about a thousand other donors we've raised about two million so far.

Commissioner Glen Rudabaugh says the levy costs fifty-eight million dollars over twenty years, and he's right about the arithmetic. He says fix the old building for about seven million instead. But that buys a new roof and a furnace, not a single extra kennel.

Back in twenty nineteen, a bigger levy lost with just under forty-seven percent. Walt Pressman, who's sixty-six, voted against sending this levy to the ballot. But a December poll found nearly six in ten likely voters in favour, and about six hundred and forty of us volunteer there, about eighty hours each a year.

On a Saturday we walk about sixty dogs. Vote on May fifth. The dogs can't.
"""

R3_FIGS = [
    F("2026", S, note="dateline; article: February 6, 2026"),
    F("seventy-two", S, note="article: Imogen Tarrant, 72"),
    F("fifteen", S, derived=True, note="article: walking dogs every Saturday since 2011; 2026 - 2011 = 15 years"),
    F("nineteen seventy-four", S, note="report / release: opened in 1974"),
    F("eighty-eight", S, note="report / article: 88 dog kennels"),
    F("a hundred and thirty", S, note="report: 131 dogs on an average day ('about')"),
    F("a hundred and seventy", C, "a hundred and forty-nine", note="article: on Tuesday the shelter held 149 dogs"),
    F("sixty-five hundred", S, note="report: 6,480 animals ('almost')"),
    F("twelve percent", C, "eight point two percent", note="report: intake up 8.2%"),
    F("nine in ten", S, note="report: live-release rate 87.5% ('nearly nine in ten')"),
    F("eleven percent", S, note="report: adoptions rose 11.4% ('more than eleven percent')"),
    F("thirty-three hundred", S, note="report: 3,270 adoptions ('about')"),
    F("a fifth", S, note="report: euthanasia fell by about a fifth"),
    F("twenty twenty-four", S, note="report: 812 in 2024"),
    F("Five", C, "seven", derived=True, note="article: 71% in 2019; 2026 - 2019 = seven years, not five"),
    F("twenty nineteen", S, note="article: 71% in 2019"),
    F("seventy-one percent", S, note="article: live-release rate 71% in 2019"),
    F("twenty seventeen", C, "twenty nineteen", note="article: Fenwright has run the shelter since 2019"),
    F("a quarter", S, note="release / article: 0.28 mills ('a little more than a quarter of a mill')"),
    F("two hundred and fifty thousand", S, note="release: a home valued at $250,000"),
    F("seventy", S, note="release: about $70 a year"),
    F("six", S, derived=True, note="release: $70 / 12 = $5.83 a month, 'under six dollars'"),
    F("sixty", S, note="article: the median home would pay about $59 a year ('closer to sixty')"),
    F("two hundred thousand", U, note="no source gives heating costs"),
    F("forty-two thousand", S, note="release: 42,000 square feet"),
    F("a hundred and sixty", S, note="release: 160 dog kennels"),
    F("twice", C, "1.8 times", derived=True, note="release / report: 160 / 88 = 1.82, not more than twice"),
    F("four and a half million", S, note="release: state grant $4.5 million"),
    F("three million", S, note="release / article: Friends of Ostrander Animals $3.0 million"),
    F("twenty-five thousand", S, note="article: the Tarrants gave $25,000"),
    F("a thousand", U, note="no source gives the number of donors"),
    F("two million", C, "one point one five million", note="article: the group has raised $1.15 million so far"),
    F("fifty-eight million", S, note="article: Rudabaugh, $58 million over 20 years (20 x $2.9 million)"),
    F("twenty", S, note="article / release: 20 years"),
    F("seven million", S, note="release / article: $7.2 million of repairs ('about')"),
    F("twenty nineteen", S, note="article: the earlier levy failed in 2019"),
    F("forty-seven percent", S, note="article: 46.8% of the vote ('just under')"),
    F("sixty-six", C, "fifty-eight", note="article: Walt Pressman, 58; 66 is Glen Rudabaugh's age"),
    F("six in ten", S, note="article: 58% of likely voters ('nearly six in ten')"),
    F("six hundred and forty", S, note="report: 640 volunteers"),
    F("eighty", C, "sixty", derived=True, note="report: 38,700 hours / 640 volunteers = 60.5 hours each"),
    F("sixty", U, note="no source says how many dogs are walked on a Saturday"),
    F("fifth", S, note="release / article: the May 5 ballot"),
]

# --- R4: campaign newsletter with a small table ------------------------------------
R4 = """## Friends of Ostrander Animals: campaign update

*February 2026*

**Where we stand.** We have raised $1.15 million of the $3.0 million we
promised toward the new shelter, a little more than a third. Imogen and
Percy Tarrant, 75 and 72, gave $25,000.

**Where the building money comes from.**

| Source | Amount | Share |
|---|---|---|
| Levy-backed bonds | $24.0 million | 76% |
| State grant | $4.5 million | 41% |
| Friends of Ostrander Animals | $3.0 million | 10% |
| Total | $31.5 million | 100% |

**The vote.** Election day is May 5. The 0.28-mill levy would cost about $70 a
year on a $250,000 home, and $59 on the county's median home of $221,000.
In 2019 a 0.35-mill levy won 46.8% of the vote and lost by about 6 points.

**Why it matters.** Last year the shelter took in 6,480 animals and adopted
out 3,720. Its live-release rate reached 87.5%, up 2.6 points, and it returned
160 community cats to the field. The old building has 88 kennels; the new
shelter would have 160.

**The board.** Commissioners voted 5-2 in January. Board chair Margit Sørlie,
61, says the old building was designed for a county of 60,000 people; today
there are 134,000. The county's 2026 budget raised the shelter's operating
budget 5.6% to $6.11 million. Construction would begin in spring 2028.

**Coming up.** Our next adoption event is March 14 at the fairgrounds, and
fees are waived for dogs over 5. We need 120 volunteers to knock on 15,000
doors.
"""

R4_FIGS = [
    F("2026", S, note="dateline; article: February 2026"),
    F("$1.15 million", S, note="article: raised $1.15 million so far"),
    F("$3.0 million", S, note="article / release: promised $3.0 million"),
    F("a third", S, derived=True, note="article: 1.15 / 3.0 = 38%, 'a little more than a third'"),
    F("75", C, "72", note="article: Imogen Tarrant, 72; 75 is Percy's age (swapped ages)"),
    F("72", C, "75", note="article: Percy Tarrant, 75; 72 is Imogen's age (swapped ages)"),
    F("$25,000", S, note="article: gave $25,000"),
    F("$24.0 million", S, note="release: bonds"),
    F("76%", S, note="release: bonds 76%"),
    F("$4.5 million", S, note="release: state grant"),
    F("41%", C, "14%", note="release: the state grant is 14% (transposed digits)"),
    F("$3.0 million", S, note="release: Friends of Ostrander Animals"),
    F("10%", S, note="release: Friends 10%"),
    F("$31.5 million", S, note="release: total cost"),
    F("100%", S, note="release: the three shares, 76 + 14 + 10 = 100"),
    F("5", S, note="release / article: May 5"),
    F("0.28", S, note="release / article: 0.28 mills"),
    F("$70", S, note="release: about $70 a year"),
    F("$250,000", S, note="release: a home valued at $250,000"),
    F("$59", S, note="article: about $59 a year on the median home"),
    F("$221,000", C, "$212,000", note="article: the median home is valued at $212,000 (transposed digits)"),
    F("2019", S, note="article: failed in 2019"),
    F("0.35", S, note="article: 0.35 mills"),
    F("46.8%", S, note="article: 46.8% of the vote"),
    F("6", S, derived=True, note="article: (100 - 46.8) - 46.8 = 6.4 points"),
    F("6,480", S, note="report"),
    F("3,720", C, "3,270", note="report: 3,270 adoptions (transposed digits)"),
    F("87.5%", S, note="report"),
    F("2.6", S, derived=True, note="report: 87.5 - 84.9 = 2.6 points"),
    F("160", S, note="report: 160 community cats returned to where they were found"),
    F("88", S, note="report / article: 88 dog kennels"),
    F("160", S, note="release: 160 dog kennels"),
    F("5", S, note="release / article: voted 5-2"),
    F("2", S, note="release / article: 5-2"),
    F("61", S, note="article: Margit Sørlie, 61"),
    F("60,000", S, note="release: Sørlie, designed for a county of 60,000 people"),
    F("134,000", C, "143,000", note="release: Sørlie, 143,000 residents today (transposed digits)"),
    F("2026", S, note="release: the board's 2026 budget"),
    F("5.6%", C, "6.5%", note="release: raises the operating budget 6.5% (transposed digits)"),
    F("$6.11 million", S, note="release: to $6.11 million"),
    F("2028", C, "2027", note="release: construction would begin in spring 2027"),
    F("14", U, note="no source mentions an adoption event"),
    F("5", U, note="no source mentions fee waivers by age"),
    F("120", U, note="no source mentions canvassing volunteers"),
    F("15,000", U, note="no source mentions canvassing"),
]

CASES = [
    ("fresh9-blind", "fresh-r", R_SOURCES, [
        ("wire.md", R1, R1_FIGS, "wire story"),
        ("by-the-numbers.md", R2, R2_FIGS, "by-the-numbers list: bold lead-ins, one figure leading each bullet, derived figures"),
        ("radio-commentary.txt", R3, R3_FIGS, "radio commentary: spoken numbers, hedges, reported speech, ages, years as words"),
        ("newsletter.md", R4, R4_FIGS, "campaign newsletter: heading, italic dateline, bold lead-ins, a small Markdown table, lines hard-wrapped near 80 columns"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
