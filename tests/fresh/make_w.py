#!/usr/bin/env python3
"""Generate tests/fresh/fresh12-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  W (fresh12-dev): a regional symphony orchestra and its concert hall
                   (Halverton Symphony Orchestra): the orchestra's annual
                   report excerpt (attendance and ticket revenue by five
                   series this season and last, subscribers, revenue and
                   expenses, the endowment, musicians' pay), the orchestra's
                   and city's release on a capital campaign to renovate
                   Edith Brantley Hall, and a newspaper article on the
                   musicians' contract and a long performance

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_w.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic W: the Halverton Symphony Orchestra and Brantley Hall (fictional)
# ---------------------------------------------------------------------------

W_REPORT = """Halverton Symphony Orchestra
Annual Report 2025–26 (excerpt)
Fiscal year ended June 30, 2026

The season in numbers

Paid attendance reached 212,400 at 148 concerts in the 2025–26 season, up 6.1% from 200,200 at 141 concerts in 2024–25, and the highest since the orchestra moved into Edith Brantley Hall in 1972. Concerts in the 2,180-seat hall were 84% full on average, against 79% a season earlier.

Table 1. Attendance and ticket revenue by series

| Series | Concerts | Attendance 2025–26 | Attendance 2024–25 | Change (%) | Ticket revenue ($ million) |
|---|---|---|---|---|---|
| Classics | 42 | 96,300 | 92,800 | +3.8 | 6.42 |
| Pops | 24 | 58,700 | 54,100 | +8.5 | 3.18 |
| Film & Special | 34 | 25,000 | 20,300 | +23.2 | 1.96 |
| Family | 18 | 22,600 | 23,900 | -5.4 | 0.61 |
| Chamber | 30 | 9,800 | 9,100 | +7.7 | 0.39 |
| Total | 148 | 212,400 | 200,200 | +6.1 | 12.56 |

Ticket revenue rose 7.0% to $12.56 million from $11.74 million, and the average paid ticket was $59.13, against $58.64 in 2024–25. Film & Special concerts grew fastest and overtook Family concerts as the third-largest series by attendance. The average Classics concert ran 1:54 including intermission, against 2:02 a season earlier.

Subscribers

Subscription households rose 4.8% to 14,250 from 13,600. The renewal rate was 81%, up from 78%, and 2,310 households subscribed for the first time. Subscribers bought 58% of Classics tickets and 31% of Pops tickets.

Finances

Operating revenue was $31.66 million: ticket revenue of $12.56 million, other earned income of $2.90 million, contributions of $11.60 million from 9,870 donors (up from 9,310) and an endowment draw of $4.60 million. Expenses were $31.40 million, leaving a surplus of $260,000, after a surplus of $85,000 in 2024–25. Musicians' salaries and benefits were $14.8 million, 47% of expenses.

The endowment stood at $142.5 million on June 30, 2026, up 8.0% from $131.9 million a year earlier. The annual draw is set at 3.5% of the previous year-end value.

Musicians and staff

The orchestra employs 78 full-time musicians, two fewer than a year earlier, and 61 full-time staff. The base weekly minimum for musicians rose 3.5% to $1,642 for a 42-week season, or $68,964 a year, and stays at that level through 2026–27, the last season of the current agreement.
"""

W_RELEASE = """FOR IMMEDIATE RELEASE
Halverton Symphony Orchestra and the City of Halverton
Tuesday, December 1, 2026

Symphony opens $48 million campaign to renew Brantley Hall

The Halverton Symphony Orchestra today opened the public phase of Encore Halverton, a $48 million capital campaign to renovate Edith Brantley Hall and strengthen the orchestra's endowment. During a quiet phase that began in January 2025, the campaign raised $36.2 million, or 75.4% of its goal, from 1,940 donors. The remaining $11.8 million is to be raised by June 30, 2028.

The largest commitments are a $12 million lead gift from the Corwin Family Foundation, the largest in the orchestra's 88-year history; $6 million from the City of Halverton, approved by the City Council in a 7-2 vote on November 24; and a $3.5 million state cultural facilities grant. The orchestra's 34 trustees have given $8.4 million between them.

| Use | Amount | Share |
|---|---|---|
| Hall renovation | $31.5 million | 65.6% |
| Endowment | $10.0 million | 20.8% |
| Education center | $4.0 million | 8.3% |
| Campaign costs and contingency | $2.5 million | 5.2% |
| Total | $48.0 million | 100% |

The renovation will replace every seat, rebuild the stage shell and add two elevators. It will reduce the hall's capacity from 2,180 to 1,960 seats, to widen the rows and to raise the number of wheelchair positions from 12 to 44. The hall opened in 1972 and was last renovated in 1994.

Brantley Hall will close on June 1, 2027, after the last concert of the 2026–27 season, and is scheduled to reopen in September 2028, some 15 months later. During the 2027–28 season the orchestra will play at the 1,450-seat Lindqvist Theatre and at 12 churches and schools across the county.

At the orchestra's 3.5% draw, the $10 million added to the endowment would yield about $350,000 a year, enough to pay for four additional musicians.

"This hall has given Halverton 54 years of music. This campaign will give it another 50," said Mayor Celeste Danforth.

The new education center, in the hall's former box-office wing, will have three rehearsal rooms and serve about 6,000 students a year, against 3,800 in the 2025–26 season.

Music Director Ilse Varga-Morrow will conduct a free "Hard Hat" concert in the hall on Saturday, January 16, 2027, for donors of any amount.
"""

W_ARTICLE = """Symphony musicians ratify contract as hall campaign goes public

By Noor Castellane-Fry, The Halverton Courier
Thursday, December 3, 2026

Musicians of the Halverton Symphony Orchestra voted 64-9 on Wednesday to ratify a three-year contract that raises base pay by about 11% over its term and brings the orchestra back to 82 players by the 2029–30 season.

The base weekly minimum, $1,642 now, will rise to $1,710 next season, $1,770 in 2028–29 and $1,825 in 2029–30, for a 42-week season. The contract also caps rehearsals at two and a half hours, down from 2:45, and raises overtime pay to $71 for each half hour. The orchestra has 78 full-time musicians; four chairs left empty since 2024, among them the principal horn, will be filled by audition over the three years.

"We lost two chairs in two seasons and nobody outside noticed. The audience noticed," said principal oboist Ruth Kowalczyk, 46, who chairs the musicians' committee.

Executive Director Desmond Achebe-Lund, 58, said the contract adds $2.1 million in costs over three years, about half of which will be covered by the endowment gift in the Encore Halverton campaign announced Tuesday. The last contract talks, in 2011, ended in a 23-day strike that canceled nine concerts.

The vote follows a strong start to the 2026–27 season. Both performances of Mahler's Third Symphony last month, conducted by Music Director Ilse Varga-Morrow, 51, sold all 2,180 seats. The November 21 performance ran 1:41:20 without intermission, the longest single work the orchestra has played since 2014. "The first movement alone is 33 minutes," Varga-Morrow said. "Nobody left." Her contract was extended this fall through 2031.

The orchestra's Messiah performances, December 17 to 20, run about two hours and 35 minutes with intermission. Single tickets for Classics concerts cost $29 to $135 this season.

With expenses of $31.4 million last season, the orchestra is the state's third-largest, after the orchestras of Port Adair and Kessford. Subscription sales for 2026–27 are running 5% ahead of last season, Achebe-Lund said.

Not everyone is pleased with the hall plan. Harold Emsley, 83, has held the same two seats in row K since 1979. "I was 36 then," he said. "They're taking out 220 seats, and I'd like to know if mine is one of them." The orchestra said subscribers would keep their priority when the hall reopens in 2028.
"""

W_SOURCES = [
    {"name": "halverton-symphony-annual-report-2025-26.txt", "text": W_REPORT},
    {"name": "encore-halverton-campaign-release.txt", "text": W_RELEASE},
    {"name": "halverton-courier-article.txt", "text": W_ARTICLE},
]

# --- W1: press-agency news-in-brief roundup with datelines -------------------------
W1 = """ARTS AND CULTURE IN BRIEF

HALVERTON, Dec. 1 — The Halverton Symphony Orchestra on Tuesday opened the public phase of a $48 million campaign to renovate Edith Brantley Hall, saying it had already raised $36.2 million, roughly three quarters of the goal. The biggest gift, $12 million from the Corwin Family Foundation, is the largest in the orchestra's 88-year history and alone covers a third of the goal. The City Council approved $6 million by a 7-2 vote, and 300 volunteers will staff the public phase. The renovated hall will shrink from 2,180 seats to 1,690.

HALVERTON, Dec. 2 — Symphony musicians voted 64-9 on Wednesday to ratify a new contract, a margin of more than seven to one. The base weekly minimum of $1,642 rises to $1,825 by 2029-30, about 11% in all, and the orchestra will grow from 78 players to 84. Ruth Kowalczyk, 46, the principal oboist who chairs the musicians' committee, said memories of a 32-day strike in 2011 hung over the talks. Management put the added cost at $2.1 million, about 40% of it to come from higher ticket prices.

HALVERTON, Nov. 30 — Paid attendance rose 6.1% to 212,400 in the 2025-26 season, 12,200 more than a year earlier, the orchestra's annual report shows. Pops climbed 23.2% and Film & Special concerts 8.5%, while Family concerts, the only series to shrink, lost 1,300 tickets, or 4.5%. The average paid ticket was $58.64. The orchestra ended the year $260,000 in the black, after a surplus of $58,000 the year before.

HALVERTON, Dec. 3 — Both of last month's Mahler performances sold all 2,180 seats, and the Nov. 22 performance ran 1:41:20 without intermission. Music Director Ilse Varga-Morrow, 51, in her seventh season and now under contract through 2032, said the opening movement alone lasts 33 minutes. With $31.4 million in expenses last season, the orchestra ranks as the state's second-largest.

KESSFORD, Dec. 3 — The Kessford Philharmonic, the state's biggest orchestra, said it would not seek a new hall until its own campaign, now at $19 million, is complete.
"""

W1_FIGS = [
    F("1", S, note="release dated Tuesday, December 1, 2026, the day the campaign opened (a dateline on the day of the event it reports)"),
    F("$48 million", S, note="release: a $48 million capital campaign"),
    F("$36.2 million", S, note="release: raised $36.2 million"),
    F("three quarters", S, note="release: 75.4% of its goal ('roughly'; hedged fraction of a stated share, not derived)"),
    F("$12 million", S, note="release: $12 million lead gift from the Corwin Family Foundation"),
    F("88", S, note="release: the orchestra's 88-year history"),
    F("a third", C, "a quarter", derived=True, note="release: 12 / 48 = 25%, a quarter of the goal (a third of the $36.2 million raised)"),
    F("$6 million", S, note="release: $6 million from the City of Halverton"),
    F("7", S, note="release: a 7-2 vote"),
    F("2", S, note="release: a 7-2 vote"),
    F("300", U, note="no source mentions volunteers"),
    F("2,180", S, note="release: capacity from 2,180"),
    F("1,690", C, "1,960", note="release: to 1,960 seats (transposed digits)"),
    F("2", S, note="article of Thursday, December 3: the musicians voted 'on Wednesday', December 2 (dateline on the day of the vote)"),
    F("64", S, note="article: voted 64-9"),
    F("9", S, note="article: voted 64-9"),
    F("seven to one", S, derived=True, note="article: 64 / 9 = 7.1 ('more than seven to one')"),
    F("$1,642", S, note="article / report: base weekly minimum $1,642 now"),
    F("$1,825", S, note="article: $1,825 in 2029-30"),
    F("2029-30", S, note="article: $1,825 in 2029–30"),
    F("11%", S, note="article: raises base pay by about 11% over its term"),
    F("78", S, note="article / report: 78 full-time musicians"),
    F("84", C, "82", note="article: back to 82 players by 2029-30"),
    F("46", S, note="article: Ruth Kowalczyk, 46"),
    F("32", C, "23", note="article: a 23-day strike in 2011 (transposed digits)"),
    F("2011", S, note="article: the last contract talks, in 2011"),
    F("$2.1 million", S, note="article: the contract adds $2.1 million in costs over three years"),
    F("40%", U, note="article: about half covered by the endowment gift; no source says any share comes from ticket prices"),
    F("30", U, note="dateline: no source is dated November 30 or reports anything on that day"),
    F("6.1%", S, note="report: up 6.1%"),
    F("212,400", S, note="report: paid attendance 212,400"),
    F("2025-26", S, note="report: the 2025–26 season"),
    F("12,200", S, derived=True, note="report: 212,400 - 200,200 = 12,200"),
    F("23.2%", C, "8.5%", note="report table: Pops +8.5; +23.2 is Film & Special's (swapped pair)"),
    F("8.5%", C, "23.2%", note="report table: Film & Special +23.2; +8.5 is Pops' (swapped pair)"),
    F("1,300", S, derived=True, note="report table: Family 23,900 - 22,600 = 1,300"),
    F("4.5%", C, "5.4%", note="report table: Family -5.4 (transposed digits)"),
    F("$58.64", C, "$59.13", note="report: the average paid ticket was $59.13; $58.64 was 2024-25's"),
    F("$260,000", S, note="report: a surplus of $260,000"),
    F("$58,000", C, "$85,000", note="report: a surplus of $85,000 in 2024-25 (transposed digits)"),
    F("3", S, note="article dated Thursday, December 3, 2026, which reports the Mahler performances and the orchestra's rank"),
    F("2,180", S, note="article: sold all 2,180 seats"),
    F("22", C, "21", note="article: the November 21 performance ran 1:41:20"),
    F("1:41:20", S, note="article: ran 1:41:20 without intermission"),
    F("51", S, note="article: Ilse Varga-Morrow, 51"),
    F("seventh", U, note="no source says how many seasons Varga-Morrow has led the orchestra"),
    F("2032", C, "2031", note="article: her contract was extended through 2031"),
    F("33", S, note="article: 'The first movement alone is 33 minutes'"),
    F("$31.4 million", S, note="article: expenses of $31.4 million last season (report: $31.40 million)"),
    F("second-largest", C, "third-largest", note="article: the state's third-largest, after Port Adair and Kessford"),
    F("3", U, note="dateline of an item that no source reports (the Kessford Philharmonic's statement)"),
    F("$19 million", U, note="no source mentions a Kessford campaign"),
]

# --- W2: Q&A explainer with bold questions ------------------------------------------
W2 = """# Encore Halverton: your questions about the symphony's hall campaign

**What is the orchestra asking for?**

A total of $48 million. Nearly two thirds of it, $31.5 million, goes to rebuilding Edith Brantley Hall; $10 million goes to the endowment and $4 million to a new education center, with the rest set aside for campaign costs and contingency. About $9 million of the renovation budget is earmarked for acoustics.

**How much has been raised so far?**

$36.2 million from 2,310 donors since the quiet phase began in January 2024. That is an average of roughly $18,700 a donor, although the Corwin Family Foundation's $12 million gift alone is a quarter of the goal.

**What changes inside the hall?**

Every seat is replaced, the stage shell is rebuilt and three elevators are added. Capacity falls from 2,180 to 1,960 seats, a loss of about a tenth, to make room for wider rows and more wheelchair positions. The hall last had a major overhaul in 1994, 22 years after it opened in 1972.

**When will it close, and where will the orchestra play?**

The hall closes on June 1, 2027 and should reopen in September 2028. In the meantime the orchestra moves to the 1,540-seat Lindqvist Theatre and to a dozen churches and schools. A shuttle from the hall's garage will run every 20 minutes on concert nights.

**Why does the endowment matter?**

It stood at $142.5 million at the end of the fiscal year, and the orchestra draws 3.5% of the previous year-end value each year. Adding $10 million would yield about $350,000 a year, enough for four more musicians, starting with a second harpist. The draw already covers about a seventh of the operating budget.

**Do audiences actually fill the hall?**

More than before. Concerts there were 84% full last season, up from 78%, and paid attendance reached 212,400. Pops concerts averaged about 2,450 tickets apiece, more than any other series, while Chamber concerts drew about 230. Subscription households grew to 14,520.

**Who else is paying?**

The city put in $6 million after a 7-2 council vote on Nov. 17, and the state added a $3.5 million cultural facilities grant, so public money makes up about a fifth of the goal. The county has not committed anything; its arts fund has $2 million a year to give.

**What about ticket prices?**

Classics single tickets run $29 to $150 this season, and the average paid ticket across all series was $59.13 last season. Campaign leaders have pledged that at least 5,000 seats a year will sell for $20 or less once the hall reopens.
"""

W2_FIGS = [
    F("$48 million", S, note="release: a $48 million campaign"),
    F("two thirds", S, note="release table: hall renovation 65.6% of the total ('nearly two thirds'; hedged fraction of a stated share, not derived)"),
    F("$31.5 million", S, note="release table: hall renovation $31.5 million"),
    F("$10 million", S, note="release table: endowment $10.0 million"),
    F("$4 million", S, note="release table: education center $4.0 million"),
    F("$9 million", U, note="no source splits the renovation budget or mentions acoustics money"),
    F("$36.2 million", S, note="release: raised $36.2 million"),
    F("2,310", C, "1,940", note="release: from 1,940 donors; 2,310 is the number of households that subscribed for the first time (report)"),
    F("2024", C, "2025", note="release: a quiet phase that began in January 2025"),
    F("$18,700", S, derived=True, note="release: $36.2 million / 1,940 donors = $18,660 ('roughly $18,700'; right by the sources though the draft misstates the donors)"),
    F("$12 million", S, note="release: $12 million lead gift from the Corwin Family Foundation"),
    F("a quarter", S, derived=True, note="release: 12 / 48 = 25%"),
    F("three", C, "two", note="release: add two elevators"),
    F("2,180", S, note="release: capacity from 2,180"),
    F("1,960", S, note="release: to 1,960 seats"),
    F("a tenth", S, derived=True, note="release: (2,180 - 1,960) / 2,180 = 10.1% ('about a tenth')"),
    F("1994", S, note="release: last renovated in 1994"),
    F("22", S, derived=True, note="release: 1994 - 1972 = 22 years"),
    F("1972", S, note="release / report: the hall opened in 1972"),
    F("1", S, note="release: close on June 1, 2027"),
    F("2027", S, note="release: June 1, 2027"),
    F("2028", S, note="release: reopen in September 2028"),
    F("1,540", C, "1,450", note="release: the 1,450-seat Lindqvist Theatre (transposed digits)"),
    F("a dozen", S, note="release: at 12 churches and schools"),
    F("20", U, note="no source mentions a shuttle or a garage"),
    F("$142.5 million", S, note="report: the endowment stood at $142.5 million on June 30, 2026"),
    F("3.5%", S, note="report: the annual draw is 3.5% of the previous year-end value"),
    F("$10 million", S, note="release: the $10 million added to the endowment"),
    F("$350,000", S, note="release: would yield about $350,000 a year"),
    F("four", S, note="release: enough to pay for four additional musicians"),
    F("second", U, note="no source mentions harpists or which chairs the endowment money would pay for"),
    F("a seventh", S, derived=True, note="report: draw $4.60 million / operating revenue $31.66 million = 14.5% (a seventh is 14.3%; / expenses $31.40 million = 14.6%)"),
    F("84%", S, note="report: 84% full on average"),
    F("78%", C, "79%", note="report: 79% a season earlier; 78% was the previous renewal rate"),
    F("212,400", S, note="report: paid attendance 212,400"),
    F("2,450", S, derived=True, note="report table: Pops 58,700 / 24 concerts = 2,446 ('about 2,450'); Classics 96,300 / 42 = 2,293"),
    F("230", C, "330", derived=True, note="report table: Chamber 9,800 / 30 concerts = 327"),
    F("14,520", C, "14,250", note="report: 14,250 subscription households (transposed digits)"),
    F("$6 million", S, note="release: $6 million from the City of Halverton"),
    F("7", S, note="release: a 7-2 vote"),
    F("2", S, note="release: a 7-2 vote"),
    F("17", C, "24", note="release: the council vote was on November 24"),
    F("$3.5 million", S, note="release: a $3.5 million state cultural facilities grant"),
    F("a fifth", S, derived=True, note="release: (6 + 3.5) / 48 = 19.8% ('about a fifth')"),
    F("$2 million", U, note="no source mentions the county or an arts fund"),
    F("$29", S, note="article: Classics single tickets $29 to $135 this season"),
    F("$150", C, "$135", note="article: $29 to $135"),
    F("$59.13", S, note="report: the average paid ticket was $59.13 (2025-26, last season)"),
    F("5,000", U, note="no source mentions a pledge of cheap seats"),
    F("$20", U, note="no source mentions a pledge of cheap seats"),
]

# --- W3: board memo / slide deck, terse bullets, k/m abbreviations, a small table ----
W3 = """# HSO board deck: season review and campaign

*December 2026. Figures from the annual report, the campaign office and the Courier.*

**Slide: the season at a glance**
- Attendance: 212.4k (+6.1%) at 141 concerts
- Hall 84% full, up 5 pts
- Subscribers: 14.25k households; 2.13k new
- Full-time staff: 61 (+3)
- Marketing spend: $1.9m
- Average subscriber age: 67

_Notes: best season since the move into Brantley Hall in 1972. Every series but Family grew, and the hall felt full on most nights._

**Slide: series**

| Series | Attendance | Change | Ticket revenue |
|---|---|---|---|
| Classics | 96.3k | +3.8% | $6.42m |
| Pops | 58.7k | +8.5% | $3.81m |
| Film & Special | 25.0k | +32.2% | $1.96m |

- Classics + Pops = 155k tickets, ~78% of the total
- Film & Special now 3rd-largest series, ahead of Family

_Notes: Film & Special brings in the most per head and grows fastest. Family fell for the second year running; pricing for school groups is under review._

**Slide: money**
- Operating revenue $31.66m; tickets $12.56m of it
- Endowment $142.5m (+8.0%)
- Next year's draw at 3.5%: ~$5.0m
- Hall rental income: $1.1m

_Notes: musicians' pay and benefits run just under half of expenses. The surplus was modest but real, and the draw stays within policy._

**Slide: campaign**
- Goal $48m; raised $36.2m
- Trustees: $8.4m from 43 of them
- Hall dark Jun 2027 to Sep 2028 (~18 mo)
- Naming rights for the hall: $15m

_Notes: the Corwin gift is the largest in the orchestra's history. The city's share passed the council comfortably, and the state grant can only go to the building._

**Slide: musicians' contract**
- Ratified 46-9
- Weekly minimum $1,642 → $1,825
- Base pay at $1,825 × 42 wks ≈ $76.7k/yr
- Rehearsal cap 2:30, was 2:45

_Notes: the deal restores the orchestra to full strength by the end of its term, with about half of the added cost met by the endowment gift. Talks were calm by the standards of 2011._
"""

W3_FIGS = [
    F("2026", S, note="heading date December 2026: the sources are dated December 2026 (release December 1, article December 3)"),
    F("212.4k", S, note="report: paid attendance 212,400"),
    F("6.1%", S, note="report: up 6.1%"),
    F("141", C, "148", note="report: 148 concerts in 2025-26; 141 was 2024-25's count"),
    F("84%", S, note="report: 84% full on average"),
    F("5", S, derived=True, note="report: 84% - 79% = 5 points"),
    F("14.25k", S, note="report: 14,250 subscription households"),
    F("2.13k", C, "2.31k", note="report: 2,310 households subscribed for the first time (transposed digits)"),
    F("61", S, note="report: 61 full-time staff"),
    F("3", U, note="report gives 61 full-time staff but no change from the year before"),
    F("$1.9m", U, note="no source gives marketing spending"),
    F("67", U, note="no source gives subscribers' ages"),
    F("1972", S, note="report: the highest attendance since the orchestra moved into Edith Brantley Hall in 1972"),
    F("96.3k", S, note="report table: Classics 96,300"),
    F("3.8%", S, note="report table: Classics +3.8"),
    F("$6.42m", S, note="report table: Classics ticket revenue $6.42 million"),
    F("58.7k", S, note="report table: Pops 58,700"),
    F("8.5%", S, note="report table: Pops +8.5"),
    F("$3.81m", C, "$3.18m", note="report table: Pops ticket revenue $3.18 million (transposed digits)"),
    F("25.0k", S, note="report table: Film & Special 25,000"),
    F("32.2%", C, "23.2%", note="report table: Film & Special +23.2 (transposed digits)"),
    F("$1.96m", S, note="report table: Film & Special ticket revenue $1.96 million"),
    F("155k", S, derived=True, note="report table: 96,300 + 58,700 = 155,000"),
    F("78%", C, "73%", derived=True, note="report table: 155,000 / 212,400 = 73.0%"),
    F("3rd-largest", S, note="report: Film & Special overtook Family concerts as the third-largest series by attendance"),
    F("second", U, note="report gives Family's fall in 2025-26 only (-5.4%); no source says it fell the year before"),
    F("$31.66m", S, note="report: operating revenue $31.66 million"),
    F("$12.56m", S, note="report: ticket revenue of $12.56 million"),
    F("$142.5m", S, note="report: endowment $142.5 million"),
    F("8.0%", S, note="report: up 8.0%"),
    F("3.5%", S, note="report: the annual draw is 3.5% of the previous year-end value"),
    F("$5.0m", S, derived=True, note="report: 3.5% x $142.5 million = $4.99 million ('~$5.0m')"),
    F("$1.1m", U, note="no source gives hall rental income"),
    F("half", S, note="report: musicians' salaries and benefits 47% of expenses ('just under half'; hedged fraction of a stated share, not derived)"),
    F("$48m", S, note="release: a $48 million campaign"),
    F("$36.2m", S, note="release: raised $36.2 million"),
    F("$8.4m", S, note="release: the 34 trustees have given $8.4 million"),
    F("43", C, "34", note="release: the orchestra's 34 trustees (transposed digits)"),
    F("2027", S, note="release: close on June 1, 2027"),
    F("2028", S, note="release: reopen in September 2028"),
    F("18", C, "15", note="release: some 15 months"),
    F("$15m", U, note="no source mentions naming rights"),
    F("46", C, "64", note="article: ratified 64-9 (transposed digits)"),
    F("9", S, note="article: 64-9"),
    F("$1,642", S, note="article / report: base weekly minimum $1,642"),
    F("$1,825", S, note="article: $1,825 in 2029-30"),
    F("$1,825", S, note="article: $1,825"),
    F("42", S, note="article / report: a 42-week season"),
    F("$76.7k", S, derived=True, note="article: $1,825 x 42 weeks = $76,650 ('≈ $76.7k')"),
    F("2:30", S, note="article: rehearsals capped at two and a half hours"),
    F("2:45", S, note="article: down from 2:45"),
    F("half", S, note="article: about half of the added cost covered by the endowment gift"),
    F("2011", S, note="article: the last contract talks, in 2011, ended in a strike"),
]

# --- W4: long-form feature with quotes, ages, asides ---------------------------------
W4 = """# The long note: a year of change at the Halverton Symphony

At 83, Harold Emsley has sat in row K of Edith Brantley Hall since 1979 — long enough, he says, to have heard the building "grow old along with me." Now the hall that opened in 1972 is about to lose 202 of its 2,180 seats, and he wants to know whether his are among them.

The answer will come from Encore Halverton, a $48 million campaign that went public on Dec. 1 with $36.2 million already pledged, more than two thirds of the goal. The lead gift, $12 million from the Corwin Family Foundation, is the biggest in the orchestra's 88 years, and the City Council added $3.5 million. "This hall has given Halverton 45 years of music," Mayor Celeste Danforth, 61, said at the launch. Its 4,100-pipe organ will be restored.

The next day, musicians ratified a three-year contract by 64 votes to nine — roughly seven in eight of those voting — lifting the weekly minimum from $1,642 to $1,825. Over a 42-week season the top step is worth nearly $72,000.

"Nobody outside noticed the empty chairs. The audience noticed," said Ruth Kowalczyk, 64, the principal oboist who chairs the musicians' committee and who joined the orchestra in 2003. The orchestra employs 78 full-time players and will climb back to 82 by the end of the contract.

Desmond Achebe-Lund, 58, the executive director, put the contract's added cost at $2.1 million over four years. The last time musicians and management could not agree, in 2011, a strike lasted 23 days and wiped out eleven concerts — roughly 1 in 8 of that season's programs.

Both of November's Mahler performances sold out, and the Nov. 21 performance ran one hour, 41 minutes and 20 seconds without a break and drew four curtain calls, against the 2:02 that a typical Classics concert lasted last season with intermission. "The opening movement alone is 33 minutes," said Music Director Ilse Varga-Morrow. "Nobody left."

The money side is steadier than it was. Film & Special concerts grew by nearly a quarter and now bring in almost three times as much per ticket as Family concerts (the series took in $1.96 million on 25,000 tickets).

Brantley Hall goes dark on June 1, 2027, and the orchestra will spend the following season at the 1,450-seat Lindqvist Theatre, a room about a third smaller. The hall is due back in September 2029, after some 15 months of work. Emsley, who says he has missed fewer than ten concerts, plans to follow. "Forty-seven years is a long subscription," he said. "I'm not quitting at eighty-three."
"""

W4_FIGS = [
    F("83", S, note="article: Harold Emsley, 83"),
    F("1979", S, note="article: has held the same two seats in row K since 1979"),
    F("1972", S, note="release / report: the hall opened in 1972"),
    F("202", C, "220", note="article: 'They're taking out 220 seats'; release: 2,180 to 1,960 (transposed digits)"),
    F("2,180", S, note="release / report: 2,180 seats"),
    F("$48 million", S, note="release: a $48 million campaign"),
    F("1", S, note="release of Tuesday, December 1: the orchestra 'today opened the public phase'"),
    F("$36.2 million", S, note="release: raised $36.2 million"),
    F("two thirds", S, note="release: 75.4% of its goal ('more than two thirds'; hedged fraction of a stated share, not derived)"),
    F("$12 million", S, note="release: $12 million lead gift from the Corwin Family Foundation"),
    F("88", S, note="release: the orchestra's 88-year history"),
    F("$3.5 million", C, "$6 million", note="release: $6 million from the City of Halverton; $3.5 million is the state grant"),
    F("45", C, "54", note="release: 'This hall has given Halverton 54 years of music' (transposed digits)"),
    F("61", U, note="no source gives the mayor's age"),
    F("4,100", U, note="no source mentions an organ"),
    F("three", S, note="article: a three-year contract"),
    F("64", S, note="article: voted 64-9"),
    F("nine", S, note="article: voted 64-9"),
    F("seven in eight", S, derived=True, note="article: 64 / (64 + 9) = 87.7%; seven in eight is 87.5% ('roughly')"),
    F("$1,642", S, note="article: $1,642 now"),
    F("$1,825", S, note="article: $1,825 in 2029-30"),
    F("42", S, note="article: a 42-week season"),
    F("$72,000", C, "$77,000", derived=True, note="article: $1,825 x 42 = $76,650 (nearly $77,000); $72,000 is about next season's $1,710 x 42 = $71,820"),
    F("64", C, "46", note="article: Ruth Kowalczyk, 46 (transposed digits)"),
    F("2003", U, note="no source says when Kowalczyk joined the orchestra"),
    F("78", S, note="article / report: 78 full-time musicians"),
    F("82", S, note="article: back to 82 players by 2029-30"),
    F("58", S, note="article: Desmond Achebe-Lund, 58"),
    F("$2.1 million", S, note="article: adds $2.1 million in costs over three years"),
    F("four", C, "three", note="article: $2.1 million over three years"),
    F("2011", S, note="article: the last contract talks, in 2011"),
    F("23", S, note="article: a 23-day strike"),
    F("eleven", C, "nine", note="article: the 2011 strike canceled nine concerts"),
    F("1 in 8", U, note="no source gives the number of concerts in the 2010-11 season"),
    F("21", S, note="article: the November 21 performance"),
    F("one hour, 41 minutes and 20 seconds", S, note="article: ran 1:41:20 without intermission"),
    F("four", U, note="no source mentions curtain calls"),
    F("2:02", C, "1:54", note="report: the average Classics concert ran 1:54 in 2025-26 (last season); 2:02 was 2024-25's"),
    F("33", S, note="article: 'The first movement alone is 33 minutes'"),
    F("a quarter", S, note="report table: Film & Special +23.2% ('nearly a quarter'; hedged fraction of a stated change, not derived)"),
    F("three times", S, derived=True, note="report table: Film & Special $1.96 million / 25,000 = $78.40 a ticket; Family $0.61 million / 22,600 = $26.99; 78.40 / 26.99 = 2.9 ('almost three times')"),
    F("$1.96 million", S, note="report table: Film & Special ticket revenue $1.96 million"),
    F("25,000", S, note="report table: Film & Special attendance 25,000"),
    F("1", S, note="release: close on June 1, 2027"),
    F("2027", S, note="release: June 1, 2027"),
    F("1,450", S, note="release: the 1,450-seat Lindqvist Theatre"),
    F("a third", S, derived=True, note="release: 1 - 1,450 / 2,180 = 33.5% smaller than the hall now ('about a third')"),
    F("2029", C, "2028", note="release: reopen in September 2028"),
    F("15", S, note="release: some 15 months later"),
    F("ten", U, note="no source says how many concerts Emsley has missed"),
    F("Forty-seven", S, derived=True, note="article (December 2026): seats held since 1979; 2026 - 1979 = 47 years"),
    F("eighty-three", S, note="article: Harold Emsley, 83"),
]

CASES = [
    ("fresh12-dev", "fresh-w", W_SOURCES, [
        ("briefs.md", W1, W1_FIGS, "news-in-brief roundup: short items with datelines in capitals"),
        ("faq.md", W2, W2_FIGS, "Q&A explainer: bold questions, answers full of derived figures"),
        ("deck.md", W3, W3_FIGS, "board memo / slide deck: terse bullet fragments, k/m abbreviations, a small Markdown table, speaker notes"),
        ("feature.md", W4, W4_FIGS, "long-form feature: quotes, ages, em-dash asides, parenthetical figures, durations in words"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
