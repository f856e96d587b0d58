#!/usr/bin/env python3
"""Generate tests/fresh/fresh13-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  Y (fresh13-dev): a regional credit union's annual results and its merger
                   with a smaller credit union (Tallow Creek Credit Union
                   and Brindlewood Community Credit Union): Tallow Creek's
                   2025 annual report excerpt (members, deposits and loans
                   by branch, the loan mix, delinquency, earnings,
                   dividends, fees), the two credit unions' release on the
                   state's approval of the merger and the members' vote,
                   and a newspaper article on the vote

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_y.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic Y: Tallow Creek Credit Union and Brindlewood (fictional)
# ---------------------------------------------------------------------------

Y_REPORT = """Tallow Creek Credit Union
2025 Annual Report (excerpt)
Year ended December 31, 2025

Membership and growth

Tallow Creek ended 2025 with 86,400 members, up 3.9% from 83,150 a year earlier, the 14th consecutive year of membership growth. Total assets rose 5.6% to $1.32 billion. Shares and deposits grew 4.6% to $1.14 billion from $1.09 billion, and loans outstanding grew 7.1% to $968 million from $904 million, leaving a loan-to-share ratio of 84.9%.

Table 1. Members, deposits and loans by branch

| Branch | Members | Deposits ($ million) | Loans ($ million) | Deposit change (%) |
|---|---|---|---|---|
| Harlow (main office) | 24,800 | 352 | 301 | +3.2 |
| Eastgate | 15,600 | 198 | 176 | +6.8 |
| Millrace | 12,900 | 171 | 142 | +1.9 |
| Osier Falls | 9,700 | 118 | 97 | -2.4 |
| Other seven branches | 23,400 | 301 | 252 | +9.4 |
| Total | 86,400 | 1,140 | 968 | +4.6 |

Osier Falls was the only branch whose deposits shrank. Eastgate, opened in 2019, passed Millrace to become the second-largest branch by members.

Loans and credit quality

Auto loans remained the largest category at $412 million, 42.6% of the portfolio, followed by home mortgages at $338 million (34.9%), other consumer and business loans at $147 million (15.2%) and credit cards at $71 million (7.3%). Loans 60 days or more past due were 0.94% of loans at year-end, up from 0.71% a year earlier. Delinquency was highest on credit cards, at 2.36%, against 1.21% on auto loans and 0.38% on home mortgages. Net charge-offs were 0.48% of average loans, against 0.39% in 2024.

Earnings, dividends and fees

Net income fell 12.1% to $11.6 million from $13.2 million, a return on average assets of 0.90%, as the provision for loan losses nearly doubled to $7.8 million from $4.0 million. The net worth ratio was 10.8%, well above the 7% that regulators require for a credit union to be well capitalized.

Members received $14.3 million in dividends, up 45.9% from $9.8 million, including a $1.5 million year-end bonus dividend, the largest in the credit union's history. The 12-month certificate paid 4.10% at year-end, against 4.60% a year earlier.

On July 1, 2025, the overdraft fee was cut to $15 from $32, and the fee for non-sufficient funds was eliminated. Fee income fell 18.3% to $6.7 million from $8.2 million.

People and places

Tallow Creek has 11 branches, 46 ATMs and 312 employees. It was founded in 1951 by workers at the Tallow Creek paper mill and celebrates its 75th anniversary in 2026.
"""

Y_RELEASE = """FOR IMMEDIATE RELEASE
Tallow Creek Credit Union and Brindlewood Community Credit Union
Monday, March 2, 2026

State approves Tallow Creek–Brindlewood merger; Brindlewood members to vote March 19

The state Department of Financial Institutions has approved the proposed merger of Brindlewood Community Credit Union into Tallow Creek Credit Union, the two credit unions said today. The boards of both credit unions approved the merger agreement unanimously on November 18, 2025.

Brindlewood's members will vote at a special meeting on Thursday, March 19, 2026, at 6:30 p.m. at the Brindlewood Grange Hall. Mail ballots, sent to all 18,400 members, must arrive by 5 p.m. on March 18. Approval requires a majority of the votes cast.

| | Tallow Creek | Brindlewood | Combined |
|---|---|---|---|
| Members | 86,400 | 18,400 | 104,800 |
| Total assets | $1.32 billion | $212 million | $1.53 billion |
| Shares and deposits | $1.14 billion | $191 million | $1.33 billion |
| Loans | $968 million | $143 million | $1.11 billion |
| Branches | 11 | 4 | 13 |
| Employees | 312 | 58 | 370 |
| Net worth ratio | 10.8% | 7.4% | 10.3% |

Figures are as of December 31, 2025.

If members approve, the merger would take legal effect on July 1, 2026, and Brindlewood accounts would move to Tallow Creek's systems over the weekend of October 16 to 18. The combined credit union, keeping the Tallow Creek name, would be the third-largest in the state by assets.

Two of Brindlewood's four branches, Alder Junction and Quillan Plaza, would close on August 14, 2026. Quillan Plaza is 1.3 miles from Tallow Creek's Eastgate branch. A full-service ATM will remain at Alder Junction, and a mobile branch will visit the town two days a week. No employee will be laid off; six positions will be eliminated through attrition by the end of 2027.

Brindlewood members would receive a one-time merger dividend totaling $1.1 million, about $60 a member, and would pay Tallow Creek's fees, including its $15 overdraft fee instead of Brindlewood's $35.

Brindlewood, founded in 1958 by teachers in the Brindlewood school district, lost $420,000 in 2025, its second loss in three years. Its delinquency rate was 1.84% at year-end.

"Brindlewood has served this community for 68 years, and this is how we make sure it serves it for the next 68," said Dale Fennimore, Brindlewood's president and CEO, who will retire when the merger takes effect and stay on as a senior adviser through December 31, 2026.

"We are not buying anyone. We are joining two member-owned cooperatives," said Marguerite Osei-Lindahl, Tallow Creek's president and CEO. Two Brindlewood directors would join Tallow Creek's board, raising it from nine members to 11.
"""

Y_ARTICLE = """Brindlewood members approve merger with Tallow Creek

By Odette Marsh-Kellerman, The Merrow Valley Ledger
Friday, March 20, 2026

Members of Brindlewood Community Credit Union voted 2,184 to 547 on Thursday to merge into Tallow Creek Credit Union, ending 68 years of independence for the cooperative. About 80% of the votes cast were in favor.

The 2,731 ballots, 2,493 by mail and 238 cast in person, amounted to 14.8% of Brindlewood's 18,400 members. About 300 people filled the Brindlewood Grange Hall when the special meeting opened at 6:30 p.m. In-person voting closed at 6:55 p.m., and the result was announced at 8:12 p.m., after a count that took 77 minutes.

Twelve members spoke before the vote, eight of them against the merger. Lorna Vasquez-Pike, a retired teacher, said the board should have looked for a partner closer to Brindlewood's size. "I've banked here since 1974, and I voted yes with a heavy heart," said Wendell Ashgrove, 71, a retired school bus driver from Alder Junction, whose branch will close on August 14. The nearest remaining branch will then be 14 miles away. About 2,900 members use the Alder Junction branch.

Priya Castellanos-Beck, 34, a nurse, said she paid Brindlewood's $35 overdraft fee three times last year. "At Tallow Creek that would have been $45 instead of $105," she said.

Dale Fennimore, 64, who has led Brindlewood since 2009, told members that the credit union lost $420,000 in 2025 and that its net worth ratio, 7.4% at year-end, was nearing the 7% line below which regulators would demand a plan to rebuild capital. "We could have shrunk quietly for five more years. I didn't think that was fair to you," he said.

Marguerite Osei-Lindahl, 57, Tallow Creek's president, said the combined credit union would have 104,800 members and $1.53 billion in assets. Tallow Creek's own net income fell 12.1% last year to $11.6 million as more borrowers fell behind, but she said its delinquency rate had eased to 0.91% at the end of February from 0.94% at year-end.

Tallow Creek last absorbed a credit union in 2014, when it merged with the 3,100-member Millrace Paperworkers Credit Union. Osei-Lindahl said the merged credit union would open a branch in Brindlewood's north end in 2027, its 14th.

The merger dividend, about $60 a member, will be paid in July. The combined credit union would rank third in the state by assets, behind Northway Federal and Summit Teachers.
"""

Y_SOURCES = [
    {"name": "tallow-creek-annual-report-2025.txt", "text": Y_REPORT},
    {"name": "tallow-creek-brindlewood-merger-release.txt", "text": Y_RELEASE},
    {"name": "merrow-valley-ledger-article.txt", "text": Y_ARTICLE},
]

# --- Y1: "numbers to know" listicle, each item headed by a bold figure ---------------
Y1 = """# Tallow Creek and Brindlewood: the numbers to know

*Merrow Valley Business Weekly, March 2026*

Brindlewood Community Credit Union's members have voted to fold their 68-year-old cooperative into Tallow Creek Credit Union. Here are the figures behind the deal.

**104,800 members.** That is the size of the combined credit union, which keeps the Tallow Creek name. Brindlewood brings 18,400 of them, about a sixth of the total. With $1.53 billion in assets, the merged cooperative would be the second-largest in the state.

**80%.** The share of votes cast in favor on March 19: 2,184 yes to 547 no, or about four to one. Turnout was thin, though: roughly 15% of the membership voted.

**$420,000.** Brindlewood's loss in 2025, its third in four years. Its net worth ratio stood at 7.4% at year-end, only 0.4 points above the 7% line regulators watch, and its delinquency rate of 1.84% was almost twice Tallow Creek's. The board talked to three other credit unions before settling on Tallow Creek, and paid advisers $640,000.

**$15.** Tallow Creek's overdraft fee, which Brindlewood members will pay instead of $35. Priya Castellanos-Beck, a nurse, paid Brindlewood's fee three times last year; at Tallow Creek's price she would have saved $60.

**$1.1 million.** The merger dividend, about $60 for each Brindlewood member. Tallow Creek's own members received $9.8 million in dividends last year, including a $1.5 million bonus, the largest in its 57-year history.

**Two branches.** Alder Junction and Quillan Plaza close on August 14, leaving 13 branches in all. About 2,900 members use Alder Junction, which opened in 1962 and whose nearest remaining branch will be 41 miles away. Quillan Plaza is 3.1 miles from Tallow Creek's Eastgate office, the second-largest branch by deposits.

**0.91%.** Tallow Creek's delinquency rate at the end of February, down from 0.94% at year-end but above the 0.71% of a year earlier. Credit cards are the weak spot: 2.63% of card balances were seriously past due, against 1.21% of auto loans. The credit union expects the rate to fall below 0.8% by summer. The median Brindlewood member is 54, nine years older than the typical Tallow Creek member.

**No layoffs.** All 58 Brindlewood employees keep their jobs, though eight positions will go through attrition by the end of 2027, and the board will grow from nine directors to 12. Tallow Creek's last merger, in 2016, brought in 3,100 members.
"""

Y1_FIGS = [
    F("2026", S, note="heading date March 2026: the release (March 2) and the article (March 20) are dated March 2026"),
    F("68", S, note="release / article: Brindlewood has served the community for 68 years (founded 1958)"),
    F("104,800", S, note="release table: combined members 104,800"),
    F("18,400", S, note="release table: Brindlewood members 18,400"),
    F("a sixth", S, derived=True, note="release table: 18,400 / 104,800 = 17.6% ('about a sixth', 16.7%)"),
    F("$1.53 billion", S, note="release table: combined assets $1.53 billion"),
    F("second-largest", C, "third-largest", note="release: the combined credit union would be the third-largest in the state by assets"),
    F("80%", S, note="article: about 80% of the votes cast were in favor"),
    F("19", S, note="release: special meeting on Thursday, March 19, 2026; article of Friday, March 20: voted 'on Thursday'"),
    F("2,184", S, note="article: voted 2,184 to 547"),
    F("547", S, note="article: voted 2,184 to 547"),
    F("four to one", S, derived=True, note="article: 2,184 / 547 = 3.99 ('about four to one')"),
    F("15%", S, note="article: the 2,731 ballots were 14.8% of Brindlewood's 18,400 members ('roughly 15%')"),
    F("$420,000", S, note="release / article: Brindlewood lost $420,000 in 2025"),
    F("2025", S, note="release: lost $420,000 in 2025"),
    F("third", C, "second", note="release: its second loss in three years"),
    F("four", C, "three", note="release: its second loss in three years"),
    F("7.4%", S, note="release table / article: Brindlewood's net worth ratio 7.4% at year-end"),
    F("0.4", S, derived=True, note="article / report: 7.4% - 7% = 0.4 points"),
    F("7%", S, note="article: the 7% line below which regulators would demand a plan; report: 7% to be well capitalized"),
    F("1.84%", S, note="release: Brindlewood's delinquency rate was 1.84% at year-end"),
    F("twice", S, derived=True, note="release / report: 1.84% / Tallow Creek's 0.94% at year-end = 1.96 ('almost twice')"),
    F("three", U, note="no source says Brindlewood's board talked to other credit unions"),
    F("$640,000", U, note="no source mentions advisers or their fees"),
    F("$15", S, note="release / report: Tallow Creek's $15 overdraft fee"),
    F("$35", S, note="release: Brindlewood's $35 overdraft fee"),
    F("three", S, note="article: Castellanos-Beck paid the $35 fee three times last year"),
    F("$60", S, derived=True, note="article: 3 x ($35 - $15) = $60 ('$45 instead of $105')"),
    F("$1.1 million", S, note="release: a one-time merger dividend totaling $1.1 million"),
    F("$60", S, note="release / article: about $60 a member"),
    F("$9.8 million", C, "$14.3 million", note="report: members received $14.3 million in dividends in 2025, up from $9.8 million in 2024 (last year's value given as this year's)"),
    F("$1.5 million", S, note="report: a $1.5 million year-end bonus dividend, the largest in the credit union's history"),
    F("57", C, "75", note="report: founded in 1951, its 75th anniversary in 2026 (transposed digits; 57 is Osei-Lindahl's age)"),
    F("Two", S, note="release: two of Brindlewood's four branches would close"),
    F("14", S, note="release / article: close on August 14, 2026"),
    F("13", S, note="release table: combined branches 13"),
    F("2,900", S, note="article: about 2,900 members use the Alder Junction branch"),
    F("1962", U, note="no source says when the Alder Junction branch opened"),
    F("41", C, "14", note="article: the nearest remaining branch will be 14 miles away (transposed digits)"),
    F("3.1", C, "1.3", note="release: Quillan Plaza is 1.3 miles from the Eastgate branch (transposed digits)"),
    F("second-largest", S, derived=True, note="report table: deposits Harlow $352 million, Eastgate $198 million, Millrace $171 million, the other seven branches $301 million together (an average of $43 million); the report calls Eastgate second-largest by members"),
    F("0.91%", S, note="article: delinquency eased to 0.91% at the end of February"),
    F("0.94%", S, note="article / report: 0.94% at year-end"),
    F("0.71%", S, note="report: up from 0.71% a year earlier"),
    F("2.63%", C, "2.36%", note="report: credit card delinquency 2.36% (transposed digits)"),
    F("1.21%", S, note="report: 1.21% on auto loans"),
    F("0.8%", U, note="no source gives a forecast of the delinquency rate"),
    F("54", U, note="no source gives members' ages"),
    F("nine", U, note="no source gives members' ages"),
    F("58", S, note="release table: Brindlewood employees 58"),
    F("eight", C, "six", note="release: six positions will be eliminated through attrition by the end of 2027"),
    F("2027", S, note="release: by the end of 2027"),
    F("nine", S, note="release: raising the board from nine members to 11"),
    F("12", C, "11", note="release: from nine members to 11"),
    F("2016", C, "2014", note="article: Tallow Creek last absorbed a credit union in 2014"),
    F("3,100", S, note="article: the 3,100-member Millrace Paperworkers Credit Union"),
]

# --- Y2: results-call summary, headline bullets, prepared remarks and Q&A with quotes ---
Y2 = """# Tallow Creek Credit Union: 2025 results call, in brief

*Prepared by the Ledger's business desk from the credit union's results call for members and the press, March 2026. Quotes are lightly edited.*

**The headline numbers**

- Net income: $11.6M, down 12.1% from $13.2M
- Deposits: $1.14B (+5.6%)
- Loan-to-share ratio: 84.9%, up from 82.9%
- Members: 86,400, a net gain of 3,250
- Dividends paid: $14.3M, up 54.9%
- Mobile banking users: 61,200
- Branch visits: 1.2 million
- New checking accounts: 4,800

**Prepared remarks**

President and CEO Marguerite Osei-Lindahl called 2025 "a year of growth that cost us something." She said: "We grew loans by $64 million and deposits by $60 million. Our provision for loan losses nearly doubled, to $7.8 million, and that is why net income fell by $1.6 million."

On the overdraft fee, cut to $15 from $32 in July: "Fee income fell 13.8%, to $6.7 million. We did that on purpose."

Chief Financial Officer Tobias Renwick walked through the loan book. "Auto is still our biggest line, at 34.9% of loans. Cards are where the trouble is: 2.36% delinquent at year-end, against 1.12% for auto."

Renwick said the 12-month certificate rate was cut to 4.10% from 4.60% during the year, "half a point, in line with the market," and that he expects loan growth of about 6% in 2026.

**Q&A**

*On capital after the merger:* "Brindlewood's net worth ratio is 7.4% and ours is 10.8%. Together we land at 10.3%, comfortably above the 7% that counts as well capitalized. It costs us about half a point, and we can afford it," Renwick said.

*On branches:* Osei-Lindahl said the merged credit union would go from 15 branches to 13 after the two closures in August, then open a 14th in Brindlewood's north end in 2026. Eastgate's deposits rose 8.6% last year, and Harlow, the main office, has 25,800 members.

*On jobs:* "No layoffs. Six positions go through attrition by the end of 2028, and we'll be a team of about 370."

*On the vote:* Asked whether 2,731 ballots from 18,400 members was a mandate, she said turnout "was about what we see at our own annual meeting," where 2,100 members voted last year.

*On delinquency since year-end:* "It eased to 0.91% at the end of February. I won't call a turn on two months of data."
"""

Y2_FIGS = [
    F("2025", S, note="report: results for the year ended December 31, 2025"),
    F("2026", S, note="heading date March 2026: the sources are dated March 2026"),
    F("$11.6M", S, note="report: net income $11.6 million"),
    F("12.1%", S, note="report: net income fell 12.1%"),
    F("$13.2M", S, note="report: from $13.2 million"),
    F("$1.14B", S, note="report: shares and deposits $1.14 billion"),
    F("5.6%", C, "4.6%", note="report: deposits grew 4.6%; 5.6% is the growth of total assets"),
    F("84.9%", S, note="report: loan-to-share ratio 84.9%"),
    F("82.9%", S, derived=True, note="report: a year earlier $904 million / $1.09 billion = 82.9%"),
    F("86,400", S, note="report: 86,400 members"),
    F("3,250", S, derived=True, note="report: 86,400 - 83,150 = 3,250"),
    F("$14.3M", S, note="report: members received $14.3 million in dividends"),
    F("54.9%", C, "45.9%", note="report: dividends up 45.9% (transposed digits)"),
    F("61,200", U, note="no source gives mobile banking users"),
    F("1.2 million", U, note="no source counts branch visits"),
    F("4,800", U, note="no source gives new checking accounts"),
    F("2025", S, note="report: the year 2025"),
    F("$64 million", S, derived=True, note="report: loans $968 million - $904 million = $64 million"),
    F("$60 million", C, "$50 million", derived=True, note="report: deposits $1.14 billion - $1.09 billion = $50 million"),
    F("$7.8 million", S, note="report: the provision nearly doubled to $7.8 million"),
    F("$1.6 million", S, derived=True, note="report: $13.2 million - $11.6 million = $1.6 million"),
    F("$15", S, note="report: the overdraft fee was cut to $15"),
    F("$32", S, note="report: from $32 (on July 1, 2025)"),
    F("13.8%", C, "18.3%", note="report: fee income fell 18.3% (transposed digits)"),
    F("$6.7 million", S, note="report: to $6.7 million"),
    F("34.9%", C, "42.6%", note="report: auto loans 42.6% of the portfolio; 34.9% is home mortgages' share"),
    F("2.36%", S, note="report: delinquency on credit cards 2.36%"),
    F("1.12%", C, "1.21%", note="report: 1.21% on auto loans (transposed digits)"),
    F("12", S, note="report: the 12-month certificate"),
    F("4.10%", S, note="report: paid 4.10% at year-end"),
    F("4.60%", S, note="report: against 4.60% a year earlier"),
    F("half", S, derived=True, note="report: 4.60% - 4.10% = 0.50 points ('half a point')"),
    F("6%", U, note="no source gives a forecast of loan growth"),
    F("2026", U, note="year inside a forecast no source makes"),
    F("7.4%", S, note="release table: Brindlewood's net worth ratio 7.4%"),
    F("10.8%", S, note="release table / report: Tallow Creek's net worth ratio 10.8%"),
    F("10.3%", S, note="release table: combined net worth ratio 10.3%"),
    F("7%", S, note="report: the 7% that regulators require to be well capitalized"),
    F("half", S, derived=True, note="release table: 10.8% - 10.3% = 0.5 points ('about half a point')"),
    F("15", S, derived=True, note="release table: 11 Tallow Creek branches + 4 Brindlewood branches = 15"),
    F("13", S, note="release table: combined branches 13"),
    F("two", S, note="release: two of Brindlewood's four branches close on August 14"),
    F("14th", S, note="article: would open a branch in Brindlewood's north end in 2027, its 14th"),
    F("2026", C, "2027", note="article: the new branch would open in 2027"),
    F("8.6%", C, "6.8%", note="report table: Eastgate deposit change +6.8 (transposed digits)"),
    F("25,800", C, "24,800", note="report table: Harlow (main office) 24,800 members"),
    F("Six", S, note="release: six positions will be eliminated through attrition"),
    F("2028", C, "2027", note="release: by the end of 2027"),
    F("370", S, note="release table: combined employees 370"),
    F("2,731", S, note="article: the 2,731 ballots"),
    F("18,400", S, note="release / article: Brindlewood's 18,400 members"),
    F("2,100", U, note="no source gives turnout at Tallow Creek's annual meeting"),
    F("0.91%", S, note="article: delinquency eased to 0.91% at the end of February"),
    F("two", S, derived=True, note="article / report: from year-end (December 31) to the end of February is two months"),
]

# --- Y3: news story with an editor's note and a correction at the end -----------------
Y3 = """# Brindlewood credit union members back merger with Tallow Creek

*Editor's note: This article has been corrected. An earlier version misstated the vote tally, the number of Brindlewood's members and the year Tallow Creek Credit Union was founded. See the correction at the end.*

BRINDLEWOOD — Members of Brindlewood Community Credit Union voted 2,184 to 547 on Thursday night, a margin of 1,637 votes, to merge into the much larger Tallow Creek Credit Union, ending the independence of a cooperative founded by teachers in 1958.

The result was announced at 8:12 p.m., 77 minutes after in-person voting closed at the Grange Hall. Of the 2,731 ballots, 2,439 arrived by mail. Turnout was 14.8% of the credit union's 18,400 members.

Brindlewood's president, Dale Fennimore, 64, told members the credit union had lost $420,000 in 2025 and that its net worth ratio had slipped to 7.4%. Regulators expect at least 7%. Fennimore, who has run Brindlewood since 2006 and earned $238,000 last year, will retire when the merger takes effect on July 1 and stay on as an adviser until the end of the year.

Tallow Creek, founded in 1951 by workers at the Tallow Creek paper mill, has 86,400 members, more than four times Brindlewood's, and 12 branches. Its president, Marguerite Osei-Lindahl, 57, said the combined credit union would have $1.53 billion in assets and rank third in the state, behind Northway Federal and Summit Teachers. Tallow Creek's delinquency rate rose to 0.91% last year from 0.71%.

Two of Brindlewood's four branches, at Alder Junction and Quillan Plaza, will close on August 4; 22 employees work at those branches. Wendell Ashgrove, 71, a retired bus driver who has banked at Brindlewood since 1974, said the nearest remaining branch would be 14 miles from Alder Junction. A mobile branch will visit the town three days a week.

For members, the most visible change will be fees. Tallow Creek charges $15 for an overdraft, less than half of Brindlewood's $35. Members will also share a merger dividend of $1.1 million, about $65 each.

Twelve members spoke at the meeting, nine of them against the merger. Lorna Vasquez-Pike, 49, a retired teacher, said the board should have looked for a partner closer in size. The merger is the ninth between credit unions in the state since 2020.

The state Department of Financial Institutions approved the merger before the vote; both boards had agreed on it unanimously in November 2025. Two Brindlewood directors will join Tallow Creek's board, which will grow to 11 members.

*Correction: An earlier version of this article gave the vote as 2,148 to 547. It was 2,184 to 547. It also said Brindlewood had 14,800 members; it has 18,400. And it said Tallow Creek was founded in 1915; it was founded in 1951.*
"""

Y3_FIGS = [
    F("2,184", S, note="article: voted 2,184 to 547"),
    F("547", S, note="article: voted 2,184 to 547"),
    F("1,637", S, derived=True, note="article: 2,184 - 547 = 1,637"),
    F("1958", S, note="release: Brindlewood was founded in 1958 by teachers"),
    F("8:12", S, note="article: the result was announced at 8:12 p.m."),
    F("77", S, note="article: in-person voting closed at 6:55 p.m. and the result came after a count that took 77 minutes"),
    F("2,731", S, note="article: the 2,731 ballots"),
    F("2,439", C, "2,493", note="article: 2,493 by mail (transposed digits)"),
    F("14.8%", S, note="article: 14.8% of Brindlewood's members"),
    F("18,400", S, note="release / article: 18,400 members"),
    F("64", S, note="article: Dale Fennimore, 64"),
    F("$420,000", S, note="release / article: lost $420,000 in 2025"),
    F("2025", S, note="release / article: in 2025"),
    F("7.4%", S, note="release table / article: net worth ratio 7.4% at year-end"),
    F("7%", S, note="article: the 7% line below which regulators would demand a plan"),
    F("2006", C, "2009", note="article: Fennimore has led Brindlewood since 2009"),
    F("$238,000", U, note="no source gives Fennimore's pay"),
    F("1", S, note="release: the merger takes legal effect on July 1, 2026, when Fennimore retires"),
    F("1951", S, note="report: founded in 1951 by workers at the Tallow Creek paper mill"),
    F("86,400", S, note="report / release table: 86,400 members"),
    F("four times", S, derived=True, note="release table: 86,400 / 18,400 = 4.7 ('more than four times')"),
    F("12", C, "11", note="report / release table: Tallow Creek has 11 branches"),
    F("57", S, note="article: Marguerite Osei-Lindahl, 57"),
    F("$1.53 billion", S, note="release table / article: combined assets $1.53 billion"),
    F("third", S, note="article: would rank third in the state by assets, behind Northway Federal and Summit Teachers"),
    F("0.91%", C, "0.94%", note="report: delinquency 0.94% at the end of 2025; 0.91% is the rate at the end of February 2026 (article)"),
    F("0.71%", S, note="report: up from 0.71% a year earlier"),
    F("Two", S, note="release: two of Brindlewood's four branches"),
    F("four", S, note="release: Brindlewood's four branches"),
    F("4", C, "14", note="release / article: the branches close on August 14"),
    F("22", U, note="no source gives the staff of the closing branches"),
    F("71", S, note="article: Wendell Ashgrove, 71"),
    F("1974", S, note="article: 'I've banked here since 1974'"),
    F("14", S, note="article: the nearest remaining branch will be 14 miles away"),
    F("three", C, "two", note="release: a mobile branch will visit the town two days a week"),
    F("$15", S, note="release / report: Tallow Creek's $15 overdraft fee"),
    F("half", S, derived=True, note="release: $15 / $35 = 43% ('less than half')"),
    F("$35", S, note="release / article: Brindlewood's $35 fee"),
    F("$1.1 million", S, note="release: a merger dividend totaling $1.1 million"),
    F("$65", C, "$60", note="release / article: about $60 a member ($1.1 million / 18,400 = $59.78)"),
    F("Twelve", S, note="article: twelve members spoke before the vote"),
    F("nine", C, "eight", note="article: eight of them against the merger"),
    F("49", U, note="the article names Lorna Vasquez-Pike but gives no age"),
    F("ninth", U, note="no source counts credit union mergers in the state"),
    F("2020", U, note="year inside a count no source gives"),
    F("2025", S, note="release: the boards approved the agreement unanimously on November 18, 2025"),
    F("Two", S, note="release: two Brindlewood directors would join Tallow Creek's board"),
    F("11", S, note="release: raising the board from nine members to 11"),
    F("2,148", C, "2,184", note="retracted value quoted in the correction (transposed digits of the tally); labelled as written"),
    F("547", S, note="article: 547 no votes"),
    F("2,184", S, note="article: 2,184 yes votes"),
    F("547", S, note="article: 547 no votes"),
    F("14,800", C, "18,400", note="retracted value quoted in the correction; release / article: 18,400 members"),
    F("18,400", S, note="release / article: 18,400 members"),
    F("1915", C, "1951", note="retracted value quoted in the correction; report: founded in 1951"),
    F("1951", S, note="report: founded in 1951"),
]

# --- Y4: live blog of the members' meeting, bold timestamps, a correction entry --------
Y4 = """# Live: Brindlewood members vote on the Tallow Creek merger

*Thursday, March 19, 2026. Updates from the Brindlewood Grange Hall; latest at the bottom.*

**6:30 p.m.** — The special meeting is open, with about 400 people in the hall. Approval needs a simple majority of the votes cast.

**6:40 p.m.** — President Dale Fennimore, 64, makes the case: Brindlewood lost $420,000 in 2025, and its net worth ratio ended the year at 7.4%. Tallow Creek's Marguerite Osei-Lindahl, 75, follows. The combined credit union would have 108,400 members and be the third-largest in the state.

**6:55 p.m.** — In-person voting has closed. Before it did, 12 members spoke, nine of them against. Wendell Ashgrove asked about the Alder Junction branch, which serves about 2,900 members. Lorna Vasquez-Pike said Tallow Creek is more than six times Brindlewood's size by assets.

**7:30 p.m.** — While the count goes on, some numbers. Tallow Creek's overdraft fee is $15, $20 less than Brindlewood's $35. Tallow Creek cut its own fee from $23 in 2025, and its fee income fell to $6.7 million. Priya Castellanos-Beck, 34, told us she paid Brindlewood's fee four times last year.

**7:52 p.m.** — Still counting. A mobile branch will visit Alder Junction two days a week once its branch closes. Brindlewood's delinquency rate was 1.48% at year-end, almost double Tallow Creek's.

**8:12 p.m.** — RESULT: the merger passes, 2,184 to 547, with 80% in favor. The 2,731 ballots were 14.8% of the membership, a turnout Fennimore called the highest in 20 years.

**8:25 p.m.** — Correction: an earlier entry said nine of the 12 speakers opposed the merger. It was eight. And Osei-Lindahl is 57, not 75.

**8:40 p.m.** — What happens next: the merger takes legal effect on July 1, and the $1.1 million merger dividend, about $60 a member, arrives in July. Fennimore retires and stays on as an adviser through December 31, 2027. Two Brindlewood directors join Tallow Creek's board, and the merged credit union plans a 14th branch, in Brindlewood's north end, in 2027.

**9:05 p.m.** — That's all from the Grange Hall. The merged credit union's staff will number 370.
"""

Y4_FIGS = [
    F("19", S, note="dated heading: the release sets the special meeting on Thursday, March 19, 2026, the day the blog reports"),
    F("2026", S, note="release: March 19, 2026"),
    F("6:30", S, note="article: the special meeting opened at 6:30 p.m. (release: at 6:30 p.m.)"),
    F("400", C, "300", note="article: about 300 people filled the hall"),
    F("6:40", U, note="timestamp: no source gives a time for the speeches"),
    F("64", S, note="article: Dale Fennimore, 64"),
    F("$420,000", S, note="release / article: lost $420,000 in 2025"),
    F("2025", S, note="release / article: in 2025"),
    F("7.4%", S, note="release table / article: 7.4% at year-end"),
    F("75", C, "57", note="article: Marguerite Osei-Lindahl, 57 (transposed digits; corrected in the 8:25 entry)"),
    F("108,400", C, "104,800", note="release table / article: combined members 104,800"),
    F("third-largest", S, note="release: the third-largest in the state by assets"),
    F("6:55", S, note="article: in-person voting closed at 6:55 p.m."),
    F("12", S, note="article: twelve members spoke before the vote"),
    F("nine", C, "eight", note="article: eight of them against (corrected in the 8:25 entry)"),
    F("2,900", S, note="article: about 2,900 members use the Alder Junction branch"),
    F("six times", S, derived=True, note="release table: assets $1.32 billion / $212 million = 6.2 ('more than six times')"),
    F("7:30", U, note="timestamp: no source gives a time for anything reported in the entry"),
    F("$15", S, note="release / report: Tallow Creek's $15 overdraft fee"),
    F("$20", S, derived=True, note="release: $35 - $15 = $20"),
    F("$35", S, note="release: Brindlewood's $35"),
    F("$23", C, "$32", note="report: the fee was cut to $15 from $32 (transposed digits)"),
    F("2025", S, note="report: cut on July 1, 2025"),
    F("$6.7 million", S, note="report: fee income fell to $6.7 million"),
    F("34", S, note="article: Priya Castellanos-Beck, 34"),
    F("four", C, "three", note="article: she paid the fee three times last year"),
    F("7:52", U, note="timestamp: no source gives a time for anything reported in the entry"),
    F("two", S, note="release: a mobile branch will visit the town two days a week"),
    F("1.48%", C, "1.84%", note="release: Brindlewood's delinquency rate 1.84% at year-end (transposed digits)"),
    F("double", S, derived=True, note="release / report: 1.84% / 0.94% = 1.96 ('almost double'; right by the sources though the draft misstates Brindlewood's rate)"),
    F("8:12", S, note="article: the result was announced at 8:12 p.m."),
    F("2,184", S, note="article: voted 2,184 to 547"),
    F("547", S, note="article: voted 2,184 to 547"),
    F("80%", S, note="article: about 80% in favor"),
    F("2,731", S, note="article: the 2,731 ballots"),
    F("14.8%", S, note="article: 14.8% of the members"),
    F("20", U, note="no source compares turnout with earlier years"),
    F("8:25", U, note="timestamp of the blog's own correction; no source gives it"),
    F("nine", C, "eight", note="retracted value quoted in the correction; article: eight of them against"),
    F("12", S, note="article: twelve members spoke"),
    F("eight", S, note="article: eight of them against the merger"),
    F("57", S, note="article: Osei-Lindahl, 57"),
    F("75", C, "57", note="retracted value quoted in the correction; article: Osei-Lindahl, 57"),
    F("8:40", U, note="timestamp: no source gives a time for anything reported in the entry"),
    F("1", S, note="release: legal effect on July 1, 2026"),
    F("$1.1 million", S, note="release: merger dividend totaling $1.1 million"),
    F("$60", S, note="release / article: about $60 a member"),
    F("31", S, note="release: senior adviser through December 31, 2026"),
    F("2027", C, "2026", note="release: through December 31, 2026"),
    F("Two", S, note="release: two Brindlewood directors would join the board"),
    F("14th", S, note="article: a branch in Brindlewood's north end in 2027, its 14th"),
    F("2027", S, note="article: in 2027"),
    F("9:05", U, note="timestamp: no source gives a time for anything reported in the entry"),
    F("370", S, note="release table: combined employees 370"),
]

CASES = [
    ("fresh13-dev", "fresh-y", Y_SOURCES, [
        ("numbers.md", Y1, Y1_FIGS, '"numbers to know" listicle: each item headed by a bold figure, a short paragraph after it'),
        ("results-call.md", Y2, Y2_FIGS, "results-call summary: headline bullets, prepared remarks and Q&A with quotes"),
        ("corrected.md", Y3, Y3_FIGS, "news story with an editor's note and a correction that quotes retracted values"),
        ("liveblog.md", Y4, Y4_FIGS, "live blog: dated heading, bold timestamps, a correction entry"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
