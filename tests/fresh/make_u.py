#!/usr/bin/env python3
"""Generate tests/fresh/fresh11-dev.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  U (fresh11-dev): a county's general election results and turnout (Wexmoor
                   County Board of Elections): registered voters, ballots and
                   turnout this year and at the last two midterms, mail and
                   in-person ballots, rejected mail ballots, turnout by five
                   commission districts, three contested races with margins
                   and a recount threshold, two ballot measures, polling
                   places, poll workers and cost per ballot; the county's
                   release on the broadband bond (Measure A) and a newspaper
                   article on the results, the recount and a pre-election poll

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_u.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic U: Wexmoor County's 2026 general election (fictional)
# ---------------------------------------------------------------------------

U_REPORT = """Wexmoor County Board of Elections
Official Canvass, General Election of November 3, 2026 (excerpt)
Certified by the Board of Canvassers on November 17, 2026

Turnout

Of the county's 148,620 registered voters, 92,418 cast ballots in the November 3 general election, a turnout of 62.2%. Turnout was 55.8% in 2022 (79,890 ballots from 143,200 registered voters) and 58.4% in 2018 (81,440 ballots from 139,450). Ballots cast rose 15.7% from 2022.

How ballots were cast

- By mail: 51,754 (56.0%)
- Early in person: 8,497 (9.2%)
- In person on Election Day: 32,167 (34.8%)

Of the 52,800 mail ballots returned, 1,046 (2.0%) were rejected: 412 for a missing signature, 287 for a signature that did not match the voter's record, 261 for arriving after the deadline and 86 for other reasons. Another 1,130 voters fixed a signature problem before the November 13 deadline.

Table 1. Turnout by commission district

| District | Registered | Ballots cast | Turnout (%) | Change from 2022 (points) |
|---|---|---|---|---|
| Harrow | 34,210 | 23,621 | 69.0 | +4.1 |
| Millbank | 28,940 | 16,385 | 56.6 | +7.9 |
| Eastfield | 31,560 | 19,672 | 62.3 | +6.2 |
| Stonebridge | 26,480 | 14,218 | 53.7 | +8.6 |
| Calder Flats | 27,430 | 18,522 | 67.5 | +5.3 |
| County | 148,620 | 92,418 | 62.2 | +6.4 |

Contested races

- County Executive: Dana Ferreira-Holt 46,902 (52.4%); Martin Ostrowski 42,607 (47.6%). Margin: 4,295 votes.
- Sheriff: Lorna Beckett 44,318 (50.23%); Ray Tamsin 43,907 (49.77%). Margin: 411 votes, or 0.47 percentage points.
- County Treasurer: Hal Brandt 48,210 (55.9%); Grace Nwosu 38,036 (44.1%). Margin: 10,174 votes.

Under state law, a recount is automatic when the margin between the top two candidates is 0.5 percentage points or less. The Sheriff's race will be recounted.

Ballot measures

- Measure A (broadband bond; requires 55% to pass): Yes 53,466 (61.3%); No 33,757 (38.7%). Passed.
- Measure B (four-year terms for county commissioners): Yes 40,118 (46.2%); No 46,717 (53.8%). Failed.

Administration

On Election Day the county ran 64 polling places, staffed by 512 poll workers; 6 early-voting sites were open for the two weeks before. The election cost $1.94 million, or $20.99 per ballot cast, against $1.71 million and $21.40 per ballot in 2022.
"""

U_RELEASE = """WEXMOOR COUNTY
Office of the County Administrator
NEWS RELEASE — November 18, 2026

Voters approve Measure A broadband bond

Wexmoor County voters have approved Measure A, a $24 million general obligation bond to bring high-speed internet to rural parts of the county, according to the official canvass certified on Tuesday, November 17. The measure received 61.3% of the vote, well above the 55% that bond measures require.

The bond is the county's share of a $42 million project. A federal broadband grant will provide $11.5 million, and two internet providers, Ridgeline Fiber and Calder Telephone, will contribute $6.5 million between them.

| Source | Amount | Share |
|---|---|---|
| County bond (Measure A) | $24.0 million | 57.1% |
| Federal grant | $11.5 million | 27.4% |
| Internet providers | $6.5 million | 15.5% |
| Total | $42.0 million | 100.0% |

About 11,200 homes and businesses, 16% of the county's 70,000 addresses, have no wired connection of at least 100 megabits per second. The project will lay 310 miles of fiber and connect 9,400 of them, at an average cost of about $4,470 per address. The rest are in places where the county expects satellite or wireless service to be cheaper. The county will own the fiber and lease it to Ridgeline Fiber, which will run the network for 15 years.

Construction will begin in spring 2027 and is scheduled to finish by December 2030. Stonebridge and Millbank, the districts with the most unconnected addresses, will be built first.

The bonds will be repaid over 20 years. At an expected interest rate of 3.9%, the county estimates that the owner of a home assessed at $280,000, the county median, will pay about $38 a year.

A similar measure, Measure K, failed in 2022 with 51.8% of the vote, short of the 55% threshold. It would have raised $31 million for a $38 million project.

"Four years ago we came up short by about three points. This time the voters were clear," said Commission Chair Inga Sorvald. "The families in Stonebridge who do homework in a library parking lot will not have to wait much longer."

The county will hire a project manager in January and expects to award the first construction contracts in March 2027. A public dashboard will track progress in each district.

Contact: Priya Menon-Adair, Public Information Officer
"""

U_ARTICLE = """Turnout surge reshapes Wexmoor races; sheriff's contest heads to recount

By Tobias Kerrigan-Lund, The Wexmoor Ledger
Thursday, November 19, 2026

The county's official count confirmed on Tuesday what election night suggested: the highest midterm turnout in more than three decades, a new county executive and a sheriff's race too close to settle without a recount.

The three-member Board of Canvassers convened at 10 a.m. and voted 3-0 to certify the results at 11:42 a.m. Turnout reached 62.2%, the highest in a midterm since 1990, when 64.1% of registered voters cast ballots.

Dana Ferreira-Holt, 47, a former county auditor, unseated two-term County Executive Martin Ostrowski, 61, by 4,295 votes. Four years ago Ostrowski won re-election by 2,180 votes. Ferreira-Holt carried four of the five commission districts; Ostrowski won only Harrow, where he lives. He conceded in a written statement at 1:30 p.m. Tuesday.

In the sheriff's race, challenger Lorna Beckett, 53, leads Sheriff Ray Tamsin, 58, by 411 votes out of more than 88,000. The recount will begin on Monday, November 23, at the county elections annex and is expected to take three days. Elections Director Anneliese Vorhaus, 44, estimated its cost at $46,000. Tamsin won his first term in 2018 by 1,962 votes.

Hal Brandt, 66, won a third term as treasurer, defeating Grace Nwosu, 39, by nearly 12 points.

A Ledger–Kestrel College poll of 604 likely voters, taken October 8 to 14, had Ferreira-Holt ahead 49% to 44%, with 7% undecided and a margin of error of 4 percentage points. It found 58% support for Measure A, which passed with 61.3%, and 41% for Measure B.

Vorhaus credited mail voting for much of the increase. Mail ballots made up 56% of ballots cast, up from 47% in 2022. "We had lines at Eastfield and Calder Flats at 7 a.m. and again after work," she said. "But the real story is the mailbox."

The biggest gain came in Stonebridge, where turnout rose 8.6 points, though at 53.7% it still had the lowest turnout of the five districts. Harrow again led, at 69%. Of the 1,046 rejected mail ballots, about two thirds were turned down for signature problems.

Measure B's defeat leaves commissioners on two-year terms. It was the third time since 2010 that voters have turned down longer terms.

Ferreira-Holt and the other winners take office on January 4, 2027.
"""
U_SOURCES = [
    {"name": "wexmoor-county-official-canvass-2026.txt", "text": U_REPORT},
    {"name": "wexmoor-county-measure-a-release.txt", "text": U_RELEASE},
    {"name": "wexmoor-ledger-article.txt", "text": U_ARTICLE},
]

# --- U1: TV broadcast script, numbers in words ------------------------------------
U1 = """WXMR-TV EVENING NEWS
Script for Tuesday, November 17, 2026: "Wexmoor makes it official"

ANCHOR (MAREN TOLLEFSEN): Good evening. Wexmoor County's election results are official. The Board of Canvassers certified the count this morning, and the story is turnout: just over sixty-two percent of registered voters cast a ballot, the highest for a midterm since nineteen ninety. Jonah Petrakis has more.

REPORTER (JONAH PETRAKIS): Maren, about ninety-two thousand ballots came in, up nearly sixteen percent from twenty twenty-two, when turnout was fifty-five point eight percent. In twenty eighteen it was fifty-four point eight. More than half of this year's ballots came by mail, about fifty-two thousand of them, and roughly a third were cast in person on Election Day. Statewide, turnout was closer to fifty-one percent.

ANCHOR: Start with the top of the ticket.

PETRAKIS: Dana Ferreira-Holt, forty-seven, unseated County Executive Martin Ostrowski, sixty-one, with fifty-two point four percent. That's a margin of about forty-three hundred votes, or roughly five points. Back in twenty eighteen, Ostrowski had won by about twenty-two hundred. He conceded in a statement this afternoon.

ANCHOR: And the sheriff?

PETRAKIS: Still open. Challenger Lorna Beckett, fifty-eight, leads Sheriff Ray Tamsin, fifty-three, by four hundred and eleven votes, less than half a percentage point, so state law calls for an automatic recount. It begins Monday, November twenty-third, and should take about four days.

ANCHOR: The ballot measures?

PETRAKIS: Measure A, the broadband bond, passed with sixty-one point three percent, well past the fifty-five it needed; yes votes outnumbered no votes about three to one. That's twenty-four million dollars toward a forty-two million dollar project to wire some eleven thousand two hundred homes and businesses. Measure B, four-year terms for commissioners, failed with about forty-one percent.

ANCHOR: Where did turnout climb the most?

PETRAKIS: Stonebridge, up eight point six points, though at fifty-three point seven percent it still trailed every other district. Harrow led at sixty-nine percent, and Millbank was close behind at sixty-seven and a half.

ANCHOR: And the bill for all this?

PETRAKIS: About one point nine four million dollars, or just under twenty-one dollars a ballot, roughly forty cents less per ballot than last time. The county ran sixty-four polling places with five hundred and twenty-one poll workers, about eight to a site. Elections Director Anneliese Vorhaus, forty-four, now in her ninth year running county elections, says her office also hired thirty temporary clerks to open mail ballots.

ANCHOR: Thank you, Jonah. Ferreira-Holt says she'll name a transition team of twelve by Friday.
"""

U1_FIGS = [
    F("17", S, note="canvass: certified on November 17, 2026; the script's date is the day the results were certified ('this morning'; article: certified at 11:42 a.m. Tuesday)"),
    F("2026", S, note="canvass / release: November 17, 2026"),
    F("sixty-two percent", S, note="canvass: turnout 62.2% ('just over')"),
    F("nineteen ninety", S, note="article: the highest in a midterm since 1990"),
    F("ninety-two thousand", S, note="canvass: 92,418 ballots cast ('about')"),
    F("sixteen percent", S, note="canvass: ballots cast rose 15.7% from 2022 ('nearly')"),
    F("twenty twenty-two", S, note="canvass: 2022"),
    F("fifty-five point eight percent", S, note="canvass: turnout 55.8% in 2022"),
    F("twenty eighteen", S, note="canvass: 58.4% in 2018"),
    F("fifty-four point eight", C, "fifty-eight point four", note="canvass: 2018 turnout 58.4% (transposed digits)"),
    F("half", S, note="canvass: mail 56.0% of ballots ('more than half')"),
    F("fifty-two thousand", S, note="canvass: 51,754 by mail ('about')"),
    F("a third", S, note="canvass: in person on Election Day 34.8% ('roughly a third'; hedged fraction of a stated share, not derived)"),
    F("fifty-one percent", U, note="no source gives statewide turnout"),
    F("forty-seven", S, note="article: Dana Ferreira-Holt, 47"),
    F("sixty-one", S, note="article: Martin Ostrowski, 61"),
    F("fifty-two point four percent", S, note="canvass: Ferreira-Holt 52.4%"),
    F("forty-three hundred", S, note="canvass: margin 4,295 votes ('about')"),
    F("five", S, derived=True, note="canvass: 52.4 - 47.6 = 4.8 points ('roughly five')"),
    F("twenty eighteen", C, "twenty twenty-two", note="article (November 2026): 'Four years ago Ostrowski won re-election by 2,180 votes', i.e. 2022; 2018 is Tamsin's first win"),
    F("twenty-two hundred", S, note="article: 2,180 votes ('about')"),
    F("fifty-eight", C, "fifty-three", note="article: Lorna Beckett, 53; 58 is Tamsin's age (swapped ages)"),
    F("fifty-three", C, "fifty-eight", note="article: Ray Tamsin, 58; 53 is Beckett's age (swapped ages)"),
    F("four hundred and eleven", S, note="canvass: margin 411 votes"),
    F("half", S, note="canvass: 0.47 percentage points ('less than half a percentage point')"),
    F("twenty-third", S, note="article: the recount begins on Monday, November 23"),
    F("four", C, "three", note="article: the recount is expected to take three days"),
    F("sixty-one point three percent", S, note="canvass: Measure A yes 61.3%"),
    F("fifty-five", S, note="canvass / release: bond measures require 55%"),
    F("three to one", C, "three to two", derived=True, note="canvass: 53,466 / 33,757 = 1.58, about three to two, not three to one"),
    F("twenty-four million", S, note="release: a $24 million bond"),
    F("forty-two million", S, note="release: a $42 million project"),
    F("eleven thousand two hundred", C, "nine thousand four hundred", note="release: the project will connect 9,400 addresses; 11,200 is the number without a wired connection"),
    F("four", S, note="canvass: Measure B, four-year terms for county commissioners"),
    F("forty-one percent", C, "forty-six point two percent", note="canvass: Measure B yes 46.2%; 41% was its support in the October poll (article)"),
    F("eight point six", S, note="canvass table / article: Stonebridge +8.6 points, the biggest gain"),
    F("fifty-three point seven percent", S, note="canvass table: Stonebridge 53.7%, the lowest"),
    F("sixty-nine percent", S, note="canvass table / article: Harrow 69.0%"),
    F("sixty-seven and a half", C, "fifty-six point six", note="canvass table: Millbank 56.6%; 67.5 is Calder Flats' turnout"),
    F("one point nine four million", S, note="canvass: the election cost $1.94 million"),
    F("twenty-one", S, note="canvass: $20.99 per ballot cast ('just under')"),
    F("forty", S, derived=True, note="canvass: $21.40 in 2022 - $20.99 = 41 cents ('roughly forty cents')"),
    F("sixty-four", S, note="canvass: 64 polling places"),
    F("five hundred and twenty-one", C, "five hundred and twelve", note="canvass: 512 poll workers (transposed digits)"),
    F("eight", S, derived=True, note="canvass: 512 poll workers / 64 polling places = 8 (right by the sources though the draft misstates the workers)"),
    F("forty-four", S, note="article: Anneliese Vorhaus, 44"),
    F("ninth", U, note="no source says how long Vorhaus has run the county's elections"),
    F("thirty", U, note="no source mentions temporary clerks"),
    F("twelve", U, note="no source mentions a transition team"),
]

# --- U2: live blog with timestamped entries ------------------------------------------
U2 = """# Live: Wexmoor County certifies its election

*Tuesday, November 17, 2026 — newest entries at the bottom*

**10:00 a.m.** — The Board of Canvassers is in session at the elections annex, and about 40 residents are watching from the gallery. The official count: 92,418 ballots cast.

**10:20 a.m.** — That's turnout of 62.2%, up from 58.4% in 2022, and Elections Director Anneliese Vorhaus says it is the county's best midterm showing since 1990. How people voted: 51,754 by mail, 8,497 early in person and 32,167 on Election Day. Mail alone was 65% of ballots, and Election Day ballots outnumbered early ones nearly five to one.

**10:52 a.m.** — Correction: mail was 56% of ballots; we had the digits reversed above. Of the mail ballots returned, 1,046 were rejected, 412 of them for a missing signature and 278 for a signature that didn't match.

**11:15 a.m.** — By district, Harrow led at 69%, with Calder Flats next at 67.5%. Stonebridge gained the most, 8.6 points, but still trails at 53.7%. Millbank rose 6.2 points, to 56.6%.

**11:42 a.m.** — Certified. In the top race, Dana Ferreira-Holt finished with 46,902 votes to County Executive Martin Ostrowski's 42,607, a margin of 4,295, or 4.8 points. Hal Brandt kept the treasurer's office by 10,714 votes.

Still open: the sheriff's race. Lorna Beckett leads Sheriff Ray Tamsin 44,318 to 43,907, a gap of 0.47 points, under the 0.5-point trigger for an automatic recount. It starts Monday, November 23; Vorhaus expects it to take three days and cost about $64,000.

**12:30 p.m.** — Measure A, the broadband bond, passed with 61.3%, clearing the 55% it needed; its backers spent about $95,000 on the campaign. Measure B, on commissioners' terms, got 46.2%.

**1:30 p.m.** — Ostrowski has conceded in a written statement. A last number from the board: the election cost $1.71 million, or $20.99 a ballot. Spending rose about 13% while ballots rose 16%.
"""

U2_FIGS = [
    F("17", S, note="canvass: certified on November 17, 2026"),
    F("2026", S, note="canvass"),
    F("10:00", S, note="article: the board convened at 10 a.m. (an entry's timestamp that a source gives for the event it reports)"),
    F("40", U, note="no source counts residents watching"),
    F("92,418", S, note="canvass: 92,418 cast ballots"),
    F("10:20", U, note="entry timestamp; no source gives a time for it"),
    F("62.2%", S, note="canvass: turnout 62.2%"),
    F("58.4%", C, "55.8%", note="canvass: turnout 55.8% in 2022; 58.4% was 2018's"),
    F("2022", S, note="canvass"),
    F("1990", S, note="article: the highest in a midterm since 1990"),
    F("51,754", S, note="canvass: by mail 51,754"),
    F("8,497", S, note="canvass: early in person 8,497"),
    F("32,167", S, note="canvass: in person on Election Day 32,167"),
    F("65%", C, "56%", note="canvass: mail 56.0% (transposed digits; corrected in the next entry, but wrong as written here)"),
    F("five to one", C, "nearly four to one", derived=True, note="canvass: 32,167 / 8,497 = 3.8"),
    F("10:52", U, note="entry timestamp; no source gives a time for it"),
    F("56%", S, note="canvass: mail 56.0% (the correction)"),
    F("1,046", S, note="canvass: 1,046 rejected"),
    F("412", S, note="canvass: 412 for a missing signature"),
    F("278", C, "287", note="canvass: 287 for a signature that did not match (transposed digits)"),
    F("11:15", U, note="entry timestamp; no source gives a time for it"),
    F("69%", S, note="canvass table: Harrow 69.0%"),
    F("67.5%", S, note="canvass table: Calder Flats 67.5%, second-highest"),
    F("8.6", S, note="canvass table: Stonebridge +8.6 points, the biggest gain"),
    F("53.7%", S, note="canvass table: Stonebridge 53.7%"),
    F("6.2", C, "7.9", note="canvass table: Millbank +7.9 points; +6.2 is Eastfield's"),
    F("56.6%", S, note="canvass table: Millbank 56.6%"),
    F("11:42", S, note="article: the board voted to certify the results at 11:42 a.m."),
    F("46,902", S, note="canvass: Ferreira-Holt 46,902"),
    F("42,607", S, note="canvass: Ostrowski 42,607"),
    F("4,295", S, note="canvass: margin 4,295 votes"),
    F("4.8", S, derived=True, note="canvass: 52.4% - 47.6% = 4.8 points"),
    F("10,714", C, "10,174", note="canvass: treasurer's margin 10,174 votes (transposed digits)"),
    F("44,318", S, note="canvass: Beckett 44,318"),
    F("43,907", S, note="canvass: Tamsin 43,907"),
    F("0.47", S, note="canvass: 0.47 percentage points"),
    F("0.5", S, note="canvass: a recount is automatic at 0.5 percentage points or less"),
    F("23", S, note="article: the recount begins on Monday, November 23"),
    F("three", S, note="article: expected to take three days"),
    F("$64,000", C, "$46,000", note="article: Vorhaus estimated its cost at $46,000 (transposed digits)"),
    F("12:30", U, note="entry timestamp; no source gives a time for it"),
    F("61.3%", S, note="canvass / release: Measure A 61.3%"),
    F("55%", S, note="canvass / release: requires 55%"),
    F("$95,000", U, note="no source gives campaign spending on Measure A"),
    F("46.2%", S, note="canvass: Measure B yes 46.2%"),
    F("1:30", S, note="article: Ostrowski conceded in a written statement at 1:30 p.m. Tuesday"),
    F("$1.71 million", C, "$1.94 million", note="canvass: the election cost $1.94 million; $1.71 million was 2022's cost"),
    F("$20.99", S, note="canvass: $20.99 per ballot cast"),
    F("13%", S, derived=True, note="canvass: 1.94 / 1.71 = 1.134, 'about 13%' (right by the sources though the draft gives the 2022 cost as this year's)"),
    F("16%", S, note="canvass: ballots cast rose 15.7% from 2022"),
]

# --- U3: data brief with its own Markdown comparison table ----------------------------
U3 = """## Data brief: how Wexmoor County voted in 2026

*From the official canvass, the county's Measure A release and the Wexmoor Ledger.*

Turnout reached 62.2%, up 6.4 points. Every district gained, but the gap between the most and least engaged districts stayed wide, and the county ran well ahead of the state.

| Area | Turnout | Change since 2022 (pts) |
|---|---|---|
| Harrow | 69.0% | +4.1 |
| Calder Flats | 67.5% | +5.3 |
| Eastfield | 63.2% | +6.2 |
| Millbank | 56.6% | +8.6 |
| Stonebridge | 53.7% | +7.9 |
| Wexmoor County | 62.2% | +6.4 |
| Statewide | 51.2% | +3.0 |

The races were decided by very different margins. Dana Ferreira-Holt beat Martin Ostrowski 46,902 to 42,067 for county executive and won 58% of mail ballots; Hal Brandt won the treasurer's race by 11,174 votes; and Lorna Beckett's 411-vote lead over Sheriff Ray Tamsin sends that race to a recount. Measure A, the $24 million broadband bond, passed with 61.3%, while Measure B failed with 46.2%. Among voters under 30, turnout was 41%, according to a Ledger exit survey.

**Derived figures.** Harrow's turnout was 15.3 points above Stonebridge's. Turnout was 6.4 points above 2018's. Mail ballots outnumbered Election Day ballots by 19,587, and about 1 in 50 returned mail ballots was rejected; missing and mismatched signatures account for 699 of the rejections. Ferreira-Holt's margin was roughly double the 2,180 votes by which Ostrowski won in 2022, while Beckett's lead is about a tenth of Tamsin's 2018 margin. Calder Flats ranked third in turnout. The broadband project will reach about 84% of the 11,200 unconnected addresses, leaving some 1,800 without a wired line, and the county's bond covers 57% of the $38 million cost. Running the election cost 41 cents less per ballot than in 2022.
"""

U3_FIGS = [
    F("2026", S, note="canvass: the 2026 general election"),
    F("62.2%", S, note="canvass: turnout 62.2%"),
    F("6.4", S, note="canvass table: county +6.4 points from 2022"),
    F("2022", S, note="canvass table header: change from 2022"),
    F("69.0%", S, note="canvass table: Harrow 69.0"),
    F("4.1", S, note="canvass table: Harrow +4.1"),
    F("67.5%", S, note="canvass table: Calder Flats 67.5"),
    F("5.3", S, note="canvass table: Calder Flats +5.3"),
    F("63.2%", C, "62.3%", note="canvass table: Eastfield 62.3 (transposed digits)"),
    F("6.2", S, note="canvass table: Eastfield +6.2"),
    F("56.6%", S, note="canvass table: Millbank 56.6"),
    F("8.6", C, "7.9", note="canvass table: Millbank +7.9; +8.6 is Stonebridge's (swapped pair of cells)"),
    F("53.7%", S, note="canvass table: Stonebridge 53.7"),
    F("7.9", C, "8.6", note="canvass table: Stonebridge +8.6; +7.9 is Millbank's (swapped pair of cells)"),
    F("62.2%", S, note="canvass table: county 62.2"),
    F("6.4", S, note="canvass table: county +6.4"),
    F("51.2%", U, note="no source gives statewide turnout"),
    F("3.0", U, note="no source gives the statewide change"),
    F("46,902", S, note="canvass: Ferreira-Holt 46,902"),
    F("42,067", C, "42,607", note="canvass: Ostrowski 42,607 (transposed digits)"),
    F("58%", U, note="no source breaks the executive race down by mail ballots (58% was Measure A's support in the October poll)"),
    F("11,174", C, "10,174", note="canvass: treasurer's margin 10,174 votes"),
    F("411", S, note="canvass: sheriff's margin 411 votes"),
    F("$24 million", S, note="release: a $24 million bond"),
    F("61.3%", S, note="canvass: Measure A 61.3%"),
    F("46.2%", S, note="canvass: Measure B yes 46.2%"),
    F("30", U, note="no source gives turnout by age or an exit survey"),
    F("41%", U, note="no source gives turnout among young voters (41% was Measure B's support in the October poll)"),
    F("15.3", S, derived=True, note="canvass table: 69.0 - 53.7 = 15.3 points"),
    F("6.4", C, "3.8", derived=True, note="canvass: 62.2 - 58.4 (2018) = 3.8 points; 6.4 is the rise from 2022"),
    F("2018", S, note="canvass: 2018 turnout 58.4%"),
    F("19,587", S, derived=True, note="canvass: 51,754 - 32,167 = 19,587"),
    F("1 in 50", S, note="canvass: 1,046 of 52,800 returned, 2.0% (a hedged fraction of a stated share, not derived)"),
    F("699", S, derived=True, note="canvass: 412 missing + 287 mismatched = 699"),
    F("double", S, derived=True, note="canvass / article: 4,295 / 2,180 = 1.97, 'roughly double'"),
    F("2,180", S, note="article: four years ago Ostrowski won by 2,180 votes"),
    F("2022", S, note="article (November 2026): four years ago"),
    F("a tenth", C, "a fifth", derived=True, note="canvass / article: 411 / 1,962 (Tamsin's 2018 margin) = 0.21, about a fifth"),
    F("2018", S, note="article: Tamsin won his first term in 2018 by 1,962 votes"),
    F("third", C, "second", derived=True, note="canvass table: Calder Flats 67.5%, second after Harrow's 69.0% (a rank read off the table)"),
    F("84%", S, derived=True, note="release: 9,400 / 11,200 = 83.9%"),
    F("11,200", S, note="release: about 11,200 homes and businesses without a wired connection"),
    F("1,800", S, derived=True, note="release: 11,200 - 9,400 = 1,800"),
    F("57%", S, note="release table: county bond 57.1% of the project"),
    F("$38 million", C, "$42 million", note="release: a $42 million project; $38 million was the 2022 Measure K project's cost"),
    F("41", S, derived=True, note="canvass: $21.40 (2022) - $20.99 = 41 cents"),
    F("2022", S, note="canvass: $21.40 per ballot in 2022"),
]

# --- U4: newsletter digest, bold lead-ins, one paragraph hard-wrapped ------------------
U4 = """# Wexmoor Civic Digest

*November 2026 edition*

**Turnout, by the numbers.** Some 92,000 of us voted this fall, north of 62% of the rolls. And that left 2022 well behind, when turnout sat at roughly 56%. Mail did most of the work: just under 52,000 ballots came back by mail, up from 47% of the total in 2018 to about 56% now.

**The executive race.** Dana Ferreira-Holt, 47, a former auditor who raised some $180,000 for her campaign, ousted County Executive Martin Ostrowski, 61, by some 4,300 votes, roughly twice his own margin four years ago. Still, she lost Harrow, where he lives, and carried only the other three districts.

**Recount watch.** The sheriff's race comes down to 411 votes, under the 0.5-point line that triggers an automatic recount. Challenger Lorna Beckett, 58, a 22-year veteran of the department, leads Sheriff Ray Tamsin, who won his first term in 2014. The recount begins November 18 and should take about three days; the elections office puts the cost at roughly $46,000, or about 50 cents for every ballot cast in the race.

**Broadband, at last.** Measure A, the $24 million bond, passed with a bit over
61%, clearing the 55% bar; a similar measure fell short in 2022. The bond is the
county's share of a $42 million project, and crews will lay about 310 miles of
fiber to reach 9,400 homes and businesses, at roughly $4,470 per address,
starting in spring 2027 and finishing by December 2031. A typical homeowner will
pay about $38 a year for 25 years. Still, some 1,800 unconnected addresses will
be left to satellite or wireless service.

**Terms stay short.** Measure B, which would have given commissioners four-year terms, drew just 46% yes, the fourth time since 2010 that voters have said no.

**What it cost.** The election came to about $1.94 million, or just under $21 a ballot, with 512 poll workers at 64 polling places and 9 early-voting sites. And the county plans to add 15 more ballot drop boxes before 2028, the elections director says.
"""

U4_FIGS = [
    F("2026", S, note="dateline; canvass / release / article: November 2026"),
    F("92,000", S, note="canvass: 92,418 ballots ('some')"),
    F("62%", S, note="canvass: turnout 62.2% ('north of')"),
    F("2022", S, note="canvass: 2022"),
    F("56%", S, note="canvass: turnout 55.8% in 2022 ('roughly')"),
    F("52,000", S, note="canvass: 51,754 by mail ('just under')"),
    F("47%", S, note="article: mail ballots were 47% of ballots cast in 2022"),
    F("2018", C, "2022", note="article: the 47% mail share was 2022's"),
    F("56%", S, note="canvass / article: mail 56.0% of ballots"),
    F("47", S, note="article: Ferreira-Holt, 47, a former county auditor"),
    F("$180,000", U, note="no source gives campaign fundraising"),
    F("61", S, note="article: Ostrowski, 61"),
    F("4,300", S, note="canvass: margin 4,295 votes ('some')"),
    F("twice", S, derived=True, note="canvass / article: 4,295 / 2,180 = 1.97, 'roughly twice'"),
    F("four", S, note="article: four years ago Ostrowski won by 2,180"),
    F("three", C, "four", note="article: Ferreira-Holt carried four of the five districts, all but Harrow"),
    F("411", S, note="canvass: margin 411 votes"),
    F("0.5", S, note="canvass: automatic recount at 0.5 percentage points or less"),
    F("58", C, "53", note="article: Lorna Beckett, 53; 58 is Tamsin's age"),
    F("22", U, note="no source says how long Beckett has served in the department"),
    F("first", S, note="article: Tamsin won his first term in 2018"),
    F("2014", C, "2018", note="article: Tamsin won his first term in 2018"),
    F("18", C, "23", note="article: the recount begins on Monday, November 23; November 18 is the county release's date"),
    F("three", S, note="article: expected to take three days"),
    F("$46,000", S, note="article: Vorhaus estimated its cost at $46,000"),
    F("50", S, derived=True, note="canvass / article: $46,000 / (44,318 + 43,907 = 88,225 votes in the race) = 52 cents, 'about 50 cents'"),
    F("$24 million", S, note="release: $24 million bond"),
    F("61%", S, note="canvass: 61.3% ('a bit over')"),
    F("55%", S, note="canvass / release: requires 55%"),
    F("2022", S, note="release: Measure K failed in 2022"),
    F("$42 million", S, note="release: a $42 million project"),
    F("310", S, note="release: 310 miles of fiber"),
    F("9,400", S, note="release: connect 9,400"),
    F("$4,470", S, note="release: about $4,470 per address"),
    F("2027", S, note="release: construction begins in spring 2027"),
    F("2031", C, "2030", note="release: scheduled to finish by December 2030"),
    F("$38", S, note="release: about $38 a year on the median home"),
    F("25", C, "20", note="release: the bonds will be repaid over 20 years"),
    F("1,800", S, derived=True, note="release: 11,200 unconnected - 9,400 connected = 1,800 left to satellite or wireless"),
    F("four", S, note="canvass: Measure B, four-year terms"),
    F("46%", S, note="canvass: Measure B yes 46.2%"),
    F("fourth", C, "third", note="article: the third time since 2010 that voters have turned down longer terms"),
    F("2010", S, note="article: since 2010"),
    F("$1.94 million", S, note="canvass: $1.94 million"),
    F("$21", S, note="canvass: $20.99 per ballot ('just under')"),
    F("512", S, note="canvass: 512 poll workers"),
    F("64", S, note="canvass: 64 polling places"),
    F("9", C, "6", note="canvass: 6 early-voting sites"),
    F("15", U, note="no source mentions drop boxes"),
    F("2028", U, note="no source mentions plans for 2028"),
]

CASES = [
    ("fresh11-dev", "fresh-u", U_SOURCES, [
        ("script.txt", U1, U1_FIGS, "TV broadcast script: speaker cues, numbers in words, rounded figures"),
        ("liveblog.md", U2, U2_FIGS, "live blog: timestamped entries, updates that restate and correct earlier figures"),
        ("brief.md", U3, U3_FIGS, "data brief: the writer's own Markdown comparison table and a paragraph of derived figures"),
        ("digest.md", U4, U4_FIGS, "newsletter digest: bold lead-ins, hedges, sentence-initial 'And'/'Still', one paragraph hard-wrapped near 80 columns"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
