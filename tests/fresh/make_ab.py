#!/usr/bin/env python3
"""Generate tests/fresh/fresh14-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AB (fresh14-blind): a state lottery's annual report and a record jackpot
                      run (the Velmont State Lottery): the commission's fiscal
                      2026 annual report excerpt (sales, changes, shares and
                      prize payouts of four games, the use of sales revenue,
                      transfers to education, retailer commissions, the odds,
                      the helpline), the Lottery's release on the record
                      $412 million Velmont Lotto jackpot and its cash option,
                      and a newspaper article on the winner's claim

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ab.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AB: the Velmont State Lottery (fictional)
# ---------------------------------------------------------------------------

AB_REPORT = """Velmont State Lottery Commission
Annual Report, Fiscal Year 2026 (excerpt)
Fiscal year July 1, 2025, to June 30, 2026
Published September 2026

Message from the Executive Director

Fiscal 2026 was the best year in the Velmont Lottery's 37-year history. Sales reached a record $1.84 billion, up 7.6% from $1.71 billion in fiscal 2025, driven by a Velmont Lotto jackpot run that ended in April with a $412 million prize, the largest ever won in the state.

We transferred $512.0 million to the Education Trust Fund, up 7.1% from $478.0 million, bringing the total since the Lottery sold its first ticket in 1989 to $11.9 billion.

Sales by game

Table 1. Sales and prizes by game, fiscal 2026

| Game | Sales ($ million) | Change (%) | Share of sales (%) | Prizes (% of sales) |
|---|---|---|---|---|
| Scratch tickets | 1,012 | +2.1 | 55.0 | 68.5 |
| Velmont Lotto | 396 | +37.1 | 21.5 | 50.0 |
| Daily Numbers | 248 | -1.6 | 13.5 | 52.0 |
| Keno | 184 | +3.4 | 10.0 | 62.0 |
| Total | 1,840 | +7.6 | 100.0 | 61.6 |

Scratch tickets remained the largest game. Daily Numbers was the only game whose sales fell. Velmont Lotto sales during the 27-draw jackpot run, from January 14 to April 15, totaled $213.6 million.

Velmont Lotto is a $2 game drawn on Wednesday and Saturday nights. Players pick five numbers from 1 to 52 and a Lake Ball from 1 to 20. The odds of winning the jackpot are 1 in 51,979,200, and the odds of winning any prize are 1 in 22.6. The overall odds of scratch tickets range from 1 in 2.9 to 1 in 4.6, depending on the game.

Where the money went

Table 2. Use of sales revenue, fiscal 2026

| Use | $ million | Share of sales (%) |
|---|---|---|
| Prizes | 1,134.3 | 61.6 |
| Education Trust Fund | 512.0 | 27.8 |
| Retailer commissions and bonuses | 114.6 | 6.2 |
| Operations, vendors and advertising | 79.1 | 4.3 |
| Total | 1,840.0 | 100.0 |

Shares do not add to 100 because of rounding.

Retailers

The Lottery's 5,480 licensed retailers earn a commission of 6% on every ticket they sell, a rate unchanged since 1998. Commissions totaled $110.4 million. Selling bonuses and cashing fees added $4.2 million; the bonus for selling a Velmont Lotto jackpot ticket is $50,000, and for a $1 million second-prize ticket $5,000. Retailers earned an average of about $20,900 each.

Players and responsible play

Sales came to $286 for each of Velmont's 6.43 million residents. Players claimed 14 prizes of $1 million or more. Prizes worth $21.7 million went unclaimed and were returned to future prize pools.

The Lottery paid $2.4 million to run the Velmont Problem Gambling Helpline, which took 7,850 calls, up 18% from 6,650.

Operations

The Lottery has 214 employees. Advertising cost $18.6 million.
"""

AB_RELEASE = """FOR IMMEDIATE RELEASE
Velmont State Lottery
Thursday, April 16, 2026

Record $412 million Velmont Lotto jackpot won in Dunmore

A single ticket sold at Hanley's Corner Market in Dunmore matched all six numbers in Wednesday night's Velmont Lotto drawing to win a $412 million jackpot, the largest lottery prize ever won in Velmont.

The numbers drawn at 10:15 p.m. on April 15 were 7, 19, 23, 38 and 44, with Lake Ball 12.

The winner may take the prize as 30 annual payments, beginning at about $6.2 million and rising 5% a year, or as a single cash payment of $198.6 million. The winner has 180 days to claim the prize and must choose between the annuity and the cash option within 60 days of the drawing. Federal withholding of 24% and state withholding of 4.95% apply; on the cash option, withholding would total about $57.5 million.

The jackpot had rolled over 26 times since it was last won on Saturday, January 10, growing from a $20 million starting jackpot. The run of 27 draws generated $213.6 million in Velmont Lotto sales. About $75 million of that, or 35 cents of every Velmont Lotto dollar, goes to the Education Trust Fund.

Sales for Wednesday's drawing alone were $38.7 million. Sales closed at 9:45 p.m.; in the last hour before the close, players bought about 1,900 tickets a minute.

The previous record was a $287 million jackpot won in Castor Falls in October 2019.

Hanley's Corner Market will receive a $50,000 selling bonus. Two other tickets, sold in Ashby and Port Lenard, matched five numbers and won $1 million each. In all, about 856,000 tickets won a prize in Wednesday's drawing. Prizes of $600 or more must be claimed at a Lottery office.

Velmont Lotto tickets are sold at all 5,480 Lottery retailers. Drawings are held every Wednesday and Saturday at 10:15 p.m. at the Lottery's studio in the capital and streamed online. Lottery officials urged the winner to sign the back of the ticket, keep it in a safe place and consult a lawyer and a financial adviser before claiming the prize.

"This is a life-changing win for one player and a record season for Velmont's schools," said Executive Director Lorraine Pettibone. "We ask everyone to play within their means."

The odds of winning the Velmont Lotto jackpot are 1 in 51,979,200 for each $2 ticket. The jackpot for the next drawing, on Saturday, April 18, is estimated at $20 million.
"""

AB_ARTICLE = """Dunmore jackpot winner claims $412 million prize, takes the cash

By Hollis Ferreira-Dunn, The Velmont Tribune
Saturday, April 18, 2026

The holder of the record Velmont Lotto ticket claimed the prize on Friday through a lawyer and chose the cash option, a single payment of $198.6 million before taxes, the Lottery said. After withholding, the winner will receive about $141.1 million.

The winner claimed the prize through the Blue Heron Trust and asked not to be named. Velmont law lets winners of prizes of $10 million or more stay anonymous.

At Hanley's Corner Market in Dunmore, owner Gus Hanley, 67, who has run the store for 31 years, said he would share the $50,000 selling bonus with his six employees. "We sold 4,600 tickets on Wednesday alone. On a normal Wednesday it's maybe 300," he said. Hanley said the line ran out the door and down the block on Wednesday evening and that the store ran out of ticket paper twice. Regulars at the store, which sits across from the Dunmore grain elevator, said they were glad the winning ticket was sold in town.

The jackpot run was good for schools, but critics say the lottery leans on the people who can least afford it. Marta Ilievska, 49, a researcher at the Velmont Budget Project, said the $478 million the Education Trust Fund received from the Lottery last fiscal year covered only about 5.6% of the state's $8.5 billion in school aid. "It is not the lifeline people think it is," she said.

A player who bought one ticket for each of the 27 draws in the run had about a 1 in 1.9 million chance of winning the jackpot, Ilievska noted.

Calls to the state's problem-gambling helpline rose to 212 in the run's final week, from about 140 in a typical week. Executive Director Lorraine Pettibone, 59, who has led the Lottery since 2017, said the Lottery pays $2.4 million a year for the helpline and prints a warning on every ticket.

Lawmakers are weighing a bill that would raise the retailer commission to 7% from 6%, where it has been since 1998. Denise Okafor-Lund, 54, president of the Velmont Retailers Association, said its 2,900 member stores "are selling more tickets than ever on the same margin." The Lottery estimates the change would cost the Education Trust Fund about $17 million a year.

The previous record jackpot, $287 million in 2019, was won by a retired couple from Castor Falls who took the annuity.

The jackpot for Saturday's drawing returned to $20 million.
"""

AB_SOURCES = [
    {"name": "velmont-lottery-annual-report-fy2026.txt", "text": AB_REPORT},
    {"name": "velmont-lottery-jackpot-release.txt", "text": AB_RELEASE},
    {"name": "velmont-tribune-article.txt", "text": AB_ARTICLE},
]

# --- AB1: news story on the annual report ------------------------------------------------
AB1 = """Record jackpot pushes Velmont Lottery sales to $1.84 billion

*The Velmont Tribune, September 2026*

The Velmont Lottery sold a record $1.84 billion in tickets in the fiscal year that ended June 30, up 7.6% from $1.71 billion, as a 27-draw Velmont Lotto jackpot run that ended in April with a $412 million prize drew in players who rarely buy tickets, the Lottery Commission's annual report shows.

Velmont Lotto sales jumped 37.1% to $396 million, lifting the game's share of all sales to 13.5%. Scratch tickets, still the biggest seller at $1.012 billion, grew just 2.1%, while Daily Numbers sales fell 1.6% and keno rose 4.3%. The jackpot run alone generated $213.6 million in Lotto sales, more than half the game's annual total.

The Education Trust Fund received $512 million, up 7.1% from $487 million, or about 28 cents of every dollar players spent. Since the Lottery's creation in 1989, it has sent $12.9 billion to schools.

Prizes took $1.13 billion, or 61.6% of sales, more than twice what went to schools. Retailers earned $110.4 million in commissions and bonuses, an average of about $20,900 for each of the state's 4,580 licensed stores. Operating costs, including $21.7 million for advertising, came to $79.1 million, or 4.3% of sales.

The winning ticket in the record drawing on April 15 was sold at Hanley's Corner Market in Dunmore, a town of about 8,200, which received a $50,000 selling bonus. The jackpot had rolled over 27 times. The winner, who claimed the prize through the Blue Heron Trust, took the cash option of $198.6 million, about 48% of the advertised jackpot, rather than 30 annual payments. The previous record, $287 million, was won in Castor Falls in 2017.

Executive director Lorraine Pettibone, 54, said sales this year were running 4% behind last year's pace without a big jackpot, and that the Lottery would add ticket machines at 310 more stores.

Critics were unmoved. Marta Ilievska, 49, of the Velmont Budget Project, said lottery money covers only about 6% of the state's $8.5 billion in school aid, and that about 41% of Velmont adults bought a ticket last year.

Lawmakers will take up a bill in the 2027 session to raise retailers' commission to 7% from 6%, a change the Lottery says would cost schools about $17 million a year.

The odds of winning the Velmont Lotto jackpot with a single $2 ticket are 1 in 51,979,200. The state's problem-gambling helpline took 6,650 calls in the year, 18% more than the year before.
"""

AB1_FIGS = [
    F("$1.84 billion", S, note="headline; report: sales reached a record $1.84 billion"),
    F("2026", S, note="dateline September 2026: the report was published in September 2026"),
    F("$1.84 billion", S, note="report: $1.84 billion"),
    F("30", S, note="report: fiscal year ended June 30, 2026"),
    F("7.6%", S, note="report: up 7.6%"),
    F("$1.71 billion", S, note="report: from $1.71 billion in fiscal 2025"),
    F("27", S, note="report / release: the 27-draw jackpot run"),
    F("$412 million", S, note="report / release: a $412 million prize"),
    F("37.1%", S, note="report table: Velmont Lotto +37.1"),
    F("$396 million", S, note="report table: Velmont Lotto sales 396"),
    F("13.5%", C, "21.5%", note="report table: Velmont Lotto share of sales 21.5; 13.5 is Daily Numbers' share"),
    F("$1.012 billion", S, note="report table: scratch tickets 1,012 ($ million), the largest game"),
    F("2.1%", S, note="report table: scratch tickets +2.1"),
    F("1.6%", S, note="report table: Daily Numbers -1.6, the only game whose sales fell"),
    F("4.3%", C, "3.4%", note="report table: keno +3.4 (transposed digits)"),
    F("$213.6 million", S, note="report / release: $213.6 million during the run"),
    F("half", S, derived=True, note="report: $213.6 million / $396 million = 53.9% ('more than half')"),
    F("$512 million", S, note="report: $512.0 million to the Education Trust Fund"),
    F("7.1%", S, note="report: up 7.1%"),
    F("$487 million", C, "$478 million", note="report: from $478.0 million (transposed digits)"),
    F("28", S, note="report table 2: Education Trust Fund 27.8% of sales ('about 28 cents of every dollar'; the same share restated, not derived)"),
    F("1989", S, note="report: the Lottery sold its first ticket in 1989"),
    F("$12.9 billion", C, "$11.9 billion", note="report: $11.9 billion since 1989"),
    F("$1.13 billion", S, note="report table 2: prizes 1,134.3 ($ million)"),
    F("61.6%", S, note="report table 2: prizes 61.6% of sales"),
    F("twice", S, derived=True, note="report table 2: $1,134.3 million / $512.0 million = 2.2 ('more than twice')"),
    F("$110.4 million", C, "$114.6 million", note="report: commissions and bonuses totaled $114.6 million; $110.4 million is commissions alone"),
    F("$20,900", S, note="report: an average of about $20,900 each"),
    F("4,580", C, "5,480", note="report: 5,480 licensed retailers (transposed digits)"),
    F("$21.7 million", C, "$18.6 million", note="report: advertising cost $18.6 million; $21.7 million is the unclaimed prizes"),
    F("$79.1 million", S, note="report table 2: operations, vendors and advertising 79.1"),
    F("4.3%", S, note="report table 2: 4.3% of sales"),
    F("15", S, note="release: the drawing on April 15"),
    F("8,200", U, note="no source gives Dunmore's population"),
    F("$50,000", S, note="release / article: a $50,000 selling bonus"),
    F("27", C, "26", note="release: the jackpot had rolled over 26 times (27 is the number of draws)"),
    F("$198.6 million", S, note="release / article: cash option $198.6 million"),
    F("48%", S, derived=True, note="release: $198.6 million / $412 million = 48.2%"),
    F("30", S, note="release: 30 annual payments"),
    F("$287 million", S, note="release / article: previous record $287 million"),
    F("2017", C, "2019", note="release: won in Castor Falls in October 2019"),
    F("54", C, "59", note="article: Lorraine Pettibone, 59; 54 is Denise Okafor-Lund's age"),
    F("4%", U, note="no source gives this year's sales pace"),
    F("310", U, note="no source mentions new ticket machines"),
    F("49", S, note="article: Marta Ilievska, 49"),
    F("6%", S, note="article: about 5.6% of the state's school aid ('about 6%')"),
    F("$8.5 billion", S, note="article: the state's $8.5 billion in school aid"),
    F("41%", U, note="no source gives the share of adults who play"),
    F("2027", U, note="no source says when lawmakers will take up the bill"),
    F("7%", S, note="article: raise the commission to 7%"),
    F("6%", S, note="article / report: from 6%"),
    F("$17 million", S, note="article: would cost the Education Trust Fund about $17 million a year"),
    F("$2", S, note="report / release: a $2 game"),
    F("1 in 51,979,200", S, note="report / release: odds of the jackpot 1 in 51,979,200"),
    F("6,650", C, "7,850", note="report: the helpline took 7,850 calls, up 18% from 6,650 (last year's value given as this year's)"),
    F("18%", S, note="report: up 18% from 6,650"),
]

# --- AB2: explainer with its own table -----------------------------------------------------
AB2 = """# Where your lottery money goes, explained

*A Velmont Tribune explainer, September 2026*

The Velmont Lottery took in $1.84 billion in the fiscal year that ended June 30, or $286 for every resident, the 14th-highest figure in the country. About 1.2 million adults play at least once a month. Here is how the money was divided, and what it means for a single ticket.

| Where it went | Amount | Share | Of a $2 ticket |
|---|---|---|---|
| Prizes | $1,134.3 million | 61.6% | $1.23 |
| Education Trust Fund | $512.0 million | 27.8% | 56 cents |
| Retailers | $114.6 million | 4.3% | 12 cents |
| Operations | $97.1 million | 6.2% | 9 cents |

**Why doesn't every game pay out the same share?**

Each game returns a different share of its sales as prizes. Scratch tickets paid back 68.5%, keno 61.6%, Daily Numbers 55.0% and Velmont Lotto half. That is why a Lotto ticket sends 35 cents of every dollar to education, more than the lottery-wide 27.8 cents.

**How much did the jackpot run raise for schools?**

The run's 27 draws sold $213.6 million in Lotto tickets. At 35 cents on the dollar, that is about $75 million for the Education Trust Fund, roughly a seventh of its $512 million year, enough for about 1,100 classroom aides. Nationally, lotteries send about 24 cents of each dollar to their causes, according to an industry group.

**What were my odds?**

To win the jackpot you must match five numbers from 1 to 52 and the Lake Ball, drawn from 1 to 25. The odds are 1 in 51,979,200. Buying a ticket for each of the 27 draws would have improved that only to about 1 in 1.9 million. The odds of winning any prize at all are 1 in 26.2, and most of those prizes are small: only about 3% of winning tickets pay more than $600.

**What does the winner actually get?**

The advertised $412 million was the annuity value: 30 payments, starting near $6.2 million and growing 3% a year. The Blue Heron Trust, which claimed the prize on April 16, took the cash option of $198.6 million. After withholding of about $57.5 million, the trust keeps roughly $141 million, about a third of the headline figure.

**Do retailers get a cut?**

Yes: 6% of every ticket they sell, a rate unchanged since 1989, plus a $50,000 bonus for selling a jackpot ticket. Hanley's Corner Market in Dunmore, which sold the record ticket, sold 4,600 tickets on draw day, about 15 times a normal Wednesday.
"""

AB2_FIGS = [
    F("2026", S, note="dateline September 2026: the report was published in September 2026"),
    F("$1.84 billion", S, note="report: sales $1.84 billion"),
    F("30", S, note="report: fiscal year ended June 30, 2026"),
    F("$286", S, note="report: sales came to $286 for each resident"),
    F("14th-highest", U, note="no source ranks Velmont's sales per resident among states"),
    F("1.2 million", U, note="no source gives the number of players"),
    F("$2", S, note="report: Velmont Lotto is a $2 game"),
    F("$1,134.3 million", S, note="report table 2: prizes 1,134.3"),
    F("61.6%", S, note="report table 2: prizes 61.6"),
    F("$1.23", S, derived=True, note="report table 2: $2 x 61.6% = $1.232"),
    F("$512.0 million", S, note="report table 2: Education Trust Fund 512.0"),
    F("27.8%", S, note="report table 2: Education Trust Fund 27.8"),
    F("56", S, derived=True, note="report table 2: $2 x 27.8% = 55.6 cents"),
    F("$114.6 million", S, note="report table 2: retailer commissions and bonuses 114.6"),
    F("4.3%", C, "6.2%", note="report table 2: retailers 6.2%; 4.3% is operations' share (swapped pair)"),
    F("12", S, derived=True, note="report table 2: $2 x 6.2% = 12.4 cents (right by the sources though the draft's share cell is swapped)"),
    F("$97.1 million", C, "$79.1 million", note="report table 2: operations 79.1 (transposed digits)"),
    F("6.2%", C, "4.3%", note="report table 2: operations 4.3%; 6.2% is retailers' share (swapped pair)"),
    F("9", S, derived=True, note="report table 2: $2 x 4.3% = 8.6 cents"),
    F("68.5%", S, note="report table 1: scratch tickets prizes 68.5% of sales"),
    F("61.6%", C, "62.0%", note="report table 1: keno prizes 62.0; 61.6 is the lottery-wide payout"),
    F("55.0%", C, "52.0%", note="report table 1: Daily Numbers prizes 52.0; 55.0 is scratch tickets' share of sales"),
    F("half", S, note="report table 1: Velmont Lotto prizes 50.0% of sales (the same share in words, not derived)"),
    F("35", S, note="release: 35 cents of every Velmont Lotto dollar goes to the Education Trust Fund"),
    F("27.8", S, note="report table 2: Education Trust Fund 27.8% of sales"),
    F("27", S, note="release / report: the run of 27 draws"),
    F("$213.6 million", S, note="release / report: $213.6 million in Velmont Lotto sales"),
    F("35", S, note="release: 35 cents of every Velmont Lotto dollar"),
    F("$75 million", S, note="release: about $75 million goes to the Education Trust Fund"),
    F("a seventh", S, derived=True, note="release / report: $75 million / $512.0 million = 14.6% ('roughly a seventh', 14.3%)"),
    F("$512 million", S, note="report: $512.0 million"),
    F("1,100", U, note="no source says what the money pays for"),
    F("24", U, note="no source gives a national average (24% is the federal withholding rate)"),
    F("five", S, note="report: players pick five numbers"),
    F("1", S, note="report: from 1 to 52"),
    F("52", S, note="report: from 1 to 52"),
    F("1", S, note="report: a Lake Ball from 1 to 20"),
    F("25", C, "20", note="report: a Lake Ball from 1 to 20"),
    F("1 in 51,979,200", S, note="report / release: odds of the jackpot"),
    F("27", S, note="article: one ticket for each of the 27 draws"),
    F("1 in 1.9 million", S, note="article: about a 1 in 1.9 million chance"),
    F("1 in 26.2", C, "1 in 22.6", note="report: odds of winning any prize 1 in 22.6 (transposed digits)"),
    F("3%", U, note="no source gives the share of prizes over $600"),
    F("$600", U, note="no source gives the share of prizes over $600 ($600 is the release's claim-office threshold)"),
    F("$412 million", S, note="release: a $412 million jackpot"),
    F("30", S, note="release: 30 annual payments"),
    F("$6.2 million", S, note="release: beginning at about $6.2 million"),
    F("3%", C, "5%", note="release: rising 5% a year"),
    F("16", C, "17", note="article of Saturday, April 18: claimed the prize on Friday, April 17 (April 16 is the release's date)"),
    F("$198.6 million", S, note="release / article: cash option $198.6 million"),
    F("$57.5 million", S, note="release: withholding about $57.5 million"),
    F("$141 million", S, note="article: about $141.1 million after withholding"),
    F("a third", S, derived=True, note="article / release: $141.1 million / $412 million = 34.2% ('about a third')"),
    F("6%", S, note="report: a commission of 6%"),
    F("1989", C, "1998", note="report / article: unchanged since 1998 (1989 is the year the Lottery began)"),
    F("$50,000", S, note="report / release: the $50,000 jackpot selling bonus"),
    F("4,600", S, note="article: 'We sold 4,600 tickets on Wednesday alone'"),
    F("15 times", S, derived=True, note="article: 4,600 / 300 on a normal Wednesday = 15.3"),
]

# --- AB3: timeline of the jackpot run ------------------------------------------------------
AB3 = """# How Velmont's record jackpot happened: a timeline

*Velmont Tribune graphics desk, September 2026*

**1998** — The retailer commission is set at 6% of sales, where it still stands.

**October 2019** — A $278 million Velmont Lotto jackpot, then the state record, is won in Castor Falls by a retired couple who take the annuity.

**Saturday, Jan. 10, 2026** — The jackpot is won again, and it resets to $20 million.

**Wednesday, Jan. 14** — The run begins. Each ticket has a 1 in 51,979,200 chance of the jackpot.

**Saturday, Feb. 21** — The jackpot passes $100 million, and sales for the draw top $10 million.

**Wednesday, April 8** — The jackpot passes the old $287 million record.

**Saturday, April 11** — No winner again: the jackpot rolls over for the 26th time.

**Wednesday, April 15, 9:45 p.m.** — Sales close after a final rush of about 1,900 tickets an hour. The draw alone sells $37.8 million.

**10:15 p.m.** — The numbers are drawn: 7, 19, 23, 38, 44 and Lake Ball 21. A single ticket, sold at Hanley's Corner Market in Dunmore, matches all six.

**Thursday, April 16** — The Lottery announces a $412 million winner, 46.3% above the old record. Two $1 million tickets, sold in Ashby and Port Lenard, matched five numbers, and about 865,000 tickets won something.

**Friday, April 17** — The winner claims the prize through the Blue Heron Trust and takes $198.6 million in cash, 48.2% of the jackpot. Gus Hanley, 67, who has run the store for 13 years, gets a $50,000 bonus and says he will share it with his five employees and put $10,000 toward a new roof.

**Saturday, April 18** — The jackpot returns to $20 million. Over 26 draws and 13 weeks, the run sold $213.6 million in Lotto tickets.

**June 30** — The fiscal year ends with record sales of $1.84 billion, 7.6% above the year before, and Velmont Lotto sales up 31.7% to $396 million.

**Next** — Lawmakers weigh raising the retailer commission to 7%, which the Lottery says would cost schools $17 million a year; a vote is expected in January 2027.
"""

AB3_FIGS = [
    F("2026", S, note="dateline September 2026: the report was published in September 2026"),
    F("1998", S, note="report / article: the 6% commission, unchanged since 1998"),
    F("6%", S, note="report: a commission of 6%"),
    F("2019", S, note="release: won in Castor Falls in October 2019"),
    F("$278 million", C, "$287 million", note="release / article: the previous record was $287 million (transposed digits)"),
    F("10", S, note="release: last won on Saturday, January 10"),
    F("2026", S, note="release: January 10, before the run that ended in April 2026"),
    F("$20 million", S, note="release: a $20 million starting jackpot"),
    F("14", S, note="report: the jackpot run ran from January 14 to April 15"),
    F("1 in 51,979,200", S, note="report / release: odds of the jackpot"),
    F("21", U, note="no source gives the jackpot's size at any draw between the start and the end of the run"),
    F("$100 million", U, note="no source gives when the jackpot passed $100 million"),
    F("$10 million", U, note="no source gives sales for any draw but the last"),
    F("8", U, note="no source gives the draw at which the jackpot passed the old record"),
    F("$287 million", S, note="release / article: the previous record $287 million"),
    F("11", S, derived=True, note="release / report: the Saturday draw before Wednesday, April 15"),
    F("26th", S, derived=True, note="release: rolled over 26 times; April 11 was the 26th of the 27 draws and the last that rolled"),
    F("15", S, note="release: the drawing on April 15"),
    F("9:45", S, note="release: sales closed at 9:45 p.m."),
    F("1,900", C, "1,900 a minute", note="release: about 1,900 tickets a minute in the last hour (wrong unit: an hour)"),
    F("$37.8 million", C, "$38.7 million", note="release: sales for Wednesday's drawing alone were $38.7 million (transposed digits)"),
    F("10:15", S, note="release: drawn at 10:15 p.m."),
    F("7", S, note="release: numbers 7, 19, 23, 38 and 44"),
    F("19", S, note="release: numbers drawn"),
    F("23", S, note="release: numbers drawn"),
    F("38", S, note="release: numbers drawn"),
    F("44", S, note="release: numbers drawn"),
    F("21", C, "12", note="release: Lake Ball 12"),
    F("six", S, note="release: matched all six numbers"),
    F("16", S, note="release dated Thursday, April 16, 2026"),
    F("$412 million", S, note="release: a $412 million jackpot"),
    F("46.3%", C, "43.6%", derived=True, note="release: $412 million / $287 million = 1.436 (transposed digits)"),
    F("Two", S, note="release: two other tickets matched five numbers"),
    F("$1 million", S, note="release: won $1 million each"),
    F("five", S, note="release: matched five numbers"),
    F("865,000", C, "856,000", note="release: about 856,000 tickets won a prize (transposed digits)"),
    F("17", S, note="article of Saturday, April 18: claimed the prize on Friday"),
    F("$198.6 million", S, note="article: chose the cash option, $198.6 million"),
    F("48.2%", S, derived=True, note="release: $198.6 million / $412 million = 48.2%"),
    F("67", S, note="article: Gus Hanley, 67"),
    F("13", C, "31", note="article: who has run the store for 31 years (transposed digits)"),
    F("$50,000", S, note="article: the $50,000 selling bonus"),
    F("five", C, "six", note="article: his six employees"),
    F("$10,000", U, note="no source mentions a roof"),
    F("18", S, note="release / article: the next drawing on Saturday, April 18"),
    F("$20 million", S, note="release / article: returned to $20 million"),
    F("26", C, "27", note="release: the run of 27 draws (26 is the number of rollovers)"),
    F("13", S, derived=True, note="report: January 14 to April 15, 91 days, 13 weeks"),
    F("$213.6 million", S, note="release / report: $213.6 million in Velmont Lotto sales"),
    F("30", S, note="report: the fiscal year ended June 30, 2026"),
    F("$1.84 billion", S, note="report: record sales of $1.84 billion"),
    F("7.6%", S, note="report: up 7.6%"),
    F("31.7%", C, "37.1%", note="report table: Velmont Lotto +37.1 (transposed digits)"),
    F("$396 million", S, note="report table: Velmont Lotto 396"),
    F("7%", S, note="article: raise the commission to 7%"),
    F("$17 million", S, note="article: would cost the Education Trust Fund about $17 million a year"),
    F("2027", U, note="no source says when lawmakers will vote"),
]

# --- AB4: budget group's newsletter, bold lead-ins, bullets, hard-wrapped ------------------
AB4 = """# Budget Watch: what the lottery's record year means for schools

*Velmont Budget Project newsletter, September 2026*

**The headline.** The Lottery's fiscal 2026 annual report is out. Sales hit a record
$1.84 billion and the Education Trust Fund got $512 million, up from $478 million.
That's $43 million more for schools. Still, it is only 27.8 cents of each dollar
wagered; prizes took 61.6 cents.

**Who grew, who didn't**

- **Velmont Lotto:** $396 million, up 37.1%, thanks to the $412 million jackpot. It
  now makes up 27.8% of sales.
- **Scratch tickets:** $1,012 million, up 3.4%. They are still 55.0% of sales and
  pay out 68.5% in prizes.
- **Keno and Daily Numbers:** keno rose 3.4% and Daily Numbers fell 1.6%; the
  former sold $248 million, the latter $184 million.

**Our take: the payout math.** Because scratch tickets return 68.5% as prizes and
Lotto only 52.0%, every dollar that moves from scratch tickets to Lotto leaves
more for schools. The jackpot run's $213.6 million in Lotto sales yielded about
$75 million for the Trust Fund; the same money spent on scratch tickets would
have yielded less than half that.

**Per person.** Velmont spent $286 a resident on lottery tickets last year, or
about $24 a month. About 38% of adults played at least once.

**Retailers want a raise.** A bill from 23 lawmakers would lift their commission
to 7% from 6%, unchanged since 1998, at a cost to the Trust Fund of about
$17 million a year by the Lottery's estimate. Retailers earned $114.6 million
last year, about $20,900 per store across 5,480 stores, and the retailers'
association says its 5,480 members "are selling more tickets than ever on the
same margin." But the Lottery's estimate rests on fiscal 2025 sales; at this
year's $1.84 billion, a point would cost $18.4 million.

**Helpline.** The problem-gambling helpline took 7,850 calls, up 18%, and its
$2.4 million contract has not grown since 2021. In the jackpot's final week it
fielded 212 calls, about a third more than a typical week's 140.

**Jackpot footnotes.** The winner took the $189.6 million cash option; after
withholding of about $57.5 million, that leaves roughly $141.1 million. The old
record, $287 million, had stood for more than six years. Odds: 1 in 51,979,200
per $2 ticket.

**Coming up.** The House Finance Committee hears the commission bill on Nov. 18
at 1:30 p.m., and we will testify. Lorraine Pettibone, 59, the Lottery's director
since 2015, is expected to speak.
"""

AB4_FIGS = [
    F("2026", S, note="dateline September 2026: the report was published in September 2026"),
    F("2026", S, note="report: fiscal year 2026"),
    F("$1.84 billion", S, note="report: sales reached a record $1.84 billion"),
    F("$512 million", S, note="report: $512.0 million to the Education Trust Fund"),
    F("$478 million", S, note="report: up from $478.0 million"),
    F("$43 million", C, "$34 million", derived=True, note="report: $512.0 million - $478.0 million = $34 million (transposed digits)"),
    F("27.8", S, note="report table 2: Education Trust Fund 27.8% of sales"),
    F("61.6", S, note="report table 2: prizes 61.6% of sales"),
    F("$396 million", S, note="report table 1: Velmont Lotto 396"),
    F("37.1%", S, note="report table 1: Velmont Lotto +37.1"),
    F("$412 million", S, note="report / release: the $412 million jackpot"),
    F("27.8%", C, "21.5%", note="report table 1: Velmont Lotto 21.5% of sales; 27.8% is the Education Trust Fund's share"),
    F("$1,012 million", S, note="report table 1: scratch tickets 1,012"),
    F("3.4%", C, "2.1%", note="report table 1: scratch tickets +2.1; 3.4 is keno's change"),
    F("55.0%", S, note="report table 1: scratch tickets 55.0% of sales"),
    F("68.5%", S, note="report table 1: scratch tickets prizes 68.5% of sales"),
    F("3.4%", S, note="report table 1: keno +3.4"),
    F("1.6%", S, note="report table 1: Daily Numbers -1.6 ('fell')"),
    F("$248 million", C, "$184 million", note="report table 1: keno (the former) sold 184; 248 is Daily Numbers' (swapped pair)"),
    F("$184 million", C, "$248 million", note="report table 1: Daily Numbers (the latter) sold 248; 184 is keno's (swapped pair)"),
    F("68.5%", S, note="report table 1: scratch tickets prizes 68.5%"),
    F("52.0%", C, "50.0%", note="report table 1: Velmont Lotto prizes 50.0%; 52.0% is Daily Numbers'"),
    F("$213.6 million", S, note="report / release: $213.6 million in Velmont Lotto sales during the run"),
    F("$75 million", S, note="release: about $75 million to the Education Trust Fund"),
    F("half", U, note="needs scratch tickets' share to education, which no source gives"),
    F("$286", S, note="report: $286 for each resident"),
    F("$24", S, derived=True, note="report: $286 / 12 = $23.8 a month"),
    F("38%", U, note="no source gives the share of adults who play"),
    F("23", U, note="no source gives the bill's sponsors"),
    F("7%", S, note="article: raise the commission to 7%"),
    F("6%", S, note="article / report: from 6%"),
    F("1998", S, note="report / article: unchanged since 1998"),
    F("$17 million", S, note="article: about $17 million a year"),
    F("$114.6 million", S, note="report: commissions and bonuses $114.6 million"),
    F("$20,900", S, note="report: an average of about $20,900 each"),
    F("5,480", S, note="report: 5,480 licensed retailers"),
    F("5,480", C, "2,900", note="article: the association has 2,900 member stores; 5,480 is all licensed retailers"),
    F("2025", S, derived=True, note="report / article: 1% of fiscal 2025 sales ($1.71 billion) = $17.1 million, the Lottery's estimate of about $17 million"),
    F("$1.84 billion", S, note="report: fiscal 2026 sales $1.84 billion"),
    F("$18.4 million", S, derived=True, note="report: 1% of $1.84 billion = $18.4 million"),
    F("7,850", S, note="report: the helpline took 7,850 calls"),
    F("18%", S, note="report: up 18%"),
    F("$2.4 million", S, note="report / article: $2.4 million a year for the helpline"),
    F("2021", U, note="no source gives the helpline contract's history"),
    F("212", S, note="article: 212 calls in the run's final week"),
    F("a third", C, "51%", derived=True, note="article: 212 / 140 = 1.51, about half more, not a third"),
    F("140", S, note="article: about 140 in a typical week"),
    F("$189.6 million", C, "$198.6 million", note="release / article: cash option $198.6 million (transposed digits)"),
    F("$57.5 million", S, note="release: withholding about $57.5 million"),
    F("$141.1 million", S, note="article: about $141.1 million after withholding"),
    F("$287 million", S, note="release / article: the previous record $287 million"),
    F("six", S, derived=True, note="release: won in October 2019, broken on April 15, 2026, six and a half years"),
    F("1 in 51,979,200", S, note="report / release: odds of the jackpot"),
    F("$2", S, note="report / release: a $2 ticket"),
    F("18", U, note="no source gives a committee hearing date"),
    F("1:30", U, note="no source gives a committee hearing time"),
    F("59", S, note="article: Lorraine Pettibone, 59"),
    F("2015", C, "2017", note="article: has led the Lottery since 2017"),
]

CASES = [
    ("fresh14-blind", "fresh-ab", AB_SOURCES, [
        ("news.txt", AB1, AB1_FIGS, "news story on the annual report"),
        ("explainer.md", AB2, AB2_FIGS, "explainer with its own table and question headings, derived per-ticket figures"),
        ("timeline.md", AB3, AB3_FIGS, "timeline: dated bold entries, times of day, drawn numbers"),
        ("newsletter.md", AB4, AB4_FIGS, "advocacy group's newsletter: bold lead-ins, bullets, hard-wrapped lines"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
