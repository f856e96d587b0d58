#!/usr/bin/env python3
"""Generate tests/fresh/fresh20-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AN (fresh20-blind): a regional independent film festival's year (the
                      Vantry Falls Independent Film Festival): the 2026
                      festival report excerpt (admissions, films and
                      submissions, premieres, five venues' seats, screenings,
                      admissions and occupancy, ticket prices, a streaming
                      pass, revenue from six sources with shares and changes,
                      expenses, a deficit, volunteers), the society's release
                      on the awards, the board's minutes (prices, a line of
                      credit, a venue, the streaming pass), a newspaper article
                      on an economic-impact study and the deficit, the study's
                      executive summary (a table of spending by category) and
                      a radio interview transcript with timestamps

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_an.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AN: the Vantry Falls Independent Film Festival (fictional)
# ---------------------------------------------------------------------------

AN_REPORT = """Vantry Falls Film Society
Vantry Falls Independent Film Festival: 2026 Festival Report (excerpt)
19th edition, October 8-18, 2026

The festival in brief

The 19th Vantry Falls Independent Film Festival ran 11 days, from October 8 to 18, 2026, and recorded 50,190 admissions, a record, up 8.4% from 46,300 in 2025. It screened 186 films, 78 features and 108 shorts, from 41 countries, chosen from 3,870 submissions, up 13.5% from 3,410. The program included 24 world premieres and 52 regional premieres, and 212 filmmakers attended.

Venues

Table 1. Screenings and admissions by venue, 2026

| Venue | Seats | Screenings | Admissions | Average occupancy (%) |
|---|---|---|---|---|
| Orpheum Theatre | 820 | 38 | 21,460 | 68.9 |
| Dock Street Cinema | 240 | 104 | 15,680 | 62.8 |
| Mill Hall | 310 | 42 | 7,450 | 57.2 |
| Grange Hall | 180 | 30 | 3,640 | 67.4 |
| Harbor Lawn (free, outdoor) | - | 6 | 1,960 | - |
| All venues | 1,550 | 220 | 50,190 | 64.7 |

Occupancy is admissions as a share of seats offered; the all-venues occupancy excludes Harbor Lawn. The Orpheum held the opening and closing nights and drew the most admissions; Dock Street Cinema ran the most screenings, most of them shorts programs.

Tickets

General admission rose to $15 from $14; student and senior tickets stayed at $11. The festival pass, good for every screening, cost $240, and 610 were sold. Opening-night gala tickets were $85.

For the first time, the festival also offered a streaming pass: $49 for 52 festival films online for 11 days after the festival. It sold 1,240 passes to viewers in 31 states and brought in $60,760, but the streaming platform cost $74,260, a loss of $13,500.

Finances

Table 2. Operating revenue, 2026

| Source | Amount ($) | Share (%) | Change from 2025 (%) |
|---|---|---|---|
| Tickets and passes | 612,400 | 37.7 | +7.2 |
| Sponsorship | 388,000 | 23.9 | -11.0 |
| Grants | 254,000 | 15.6 | -3.2 |
| Donations and memberships | 176,500 | 10.9 | +11.1 |
| Submission fees | 131,600 | 8.1 | +17.3 |
| Streaming pass | 60,760 | 3.7 | new |
| Total | 1,623,260 | 100.0 | +5.3 |

Shares do not add to 100 because of rounding. Grants came from the state arts council ($90,000), the City of Vantry Falls ($75,000) and foundations ($89,000).

Expenses rose 16.1% to $1,766,260 from $1,521,400, and the festival ended the year with a deficit of $143,000, against a surplus of $19,500 in 2025. Staff and contractors cost $571,000, venues and equipment $468,000, programming and film fees $412,000, marketing $186,000, the streaming platform $74,260, awards $50,000 and insurance and other costs $5,000. The deficit was covered from the reserve, which fell to $167,000 from $310,000.

People

The society has nine full-time employees and hired 46 seasonal workers for the festival. Its 412 volunteers gave 9,870 hours.
"""

AN_RELEASE = """FOR IMMEDIATE RELEASE
Sunday, October 18, 2026
Vantry Falls Film Society
Media contact: Rhea Castellane

"The Salt Orchard" wins Grand Jury Prize as Vantry Falls festival closes with record crowds

VANTRY FALLS, Oct. 18, 2026 - "The Salt Orchard," Anouk Reyes-Tamm's drama about a family of cider makers, won the Grand Jury Prize for best feature and $15,000 at the 19th Vantry Falls Independent Film Festival, which closes tonight with an estimated 50,000 admissions, a festival record.

Prize money totaled $50,000 this year, up from $38,000 in 2025. The winners:

- Grand Jury Prize, feature: "The Salt Orchard," Anouk Reyes-Tamm, $15,000
- Best Documentary: "Low Water Year," Samuel Okonjo, $10,000
- Audience Award: "Kite Weather," Dana Fairlie, $7,500
- Regional Filmmaker Award: "County Road Hymn," Joel Ambrose, $7,500
- Best Short: "Paper Moths," Lio Castellanos, $5,000
- Emerging Director Award: "Tidewrack," Priya Venkataraman, $5,000

Nine jurors on three juries chose the juried awards. Festival-goers cast 6,840 ballots for the Audience Award.

"This year we screened 186 films from 41 countries, including 24 world premieres," said Artistic Director Theo Brandauer. "Three of our six winners had their world premiere here."

Executive Director Miriam Oduya said the closing-night screening of "The Salt Orchard" at the 820-seat Orpheum Theatre sold out on October 2.

The festival's first streaming pass goes on sale today: $49 for 52 festival films, online from October 22 to November 1.

The 2027 festival, the 20th, will run October 7 to 17, 2027.

The Vantry Falls Film Society, a nonprofit founded in 2008, presents the festival each October.
"""

AN_MINUTES = """VANTRY FALLS FILM SOCIETY
Board of Directors
Minutes of the regular meeting, Tuesday, November 10, 2026, 5:30 p.m.
Society office, Mill Hall annex

Present: Chair Lucinda Harrow; Treasurer Kenji Albers; directors Dev Anand, Colm Brady, Bea Fontaine, Malik Grant, Ruth Kettering, Petra Lund, Hollis Reyburn, Ivo Sandoval and Aiko Tanabe (11 of 13 directors). Absent: directors Neil Ostrow and Sara Vance. Staff: Executive Director Miriam Oduya, Artistic Director Theo Brandauer.

1. Call to order

The chair called the meeting to order at 5:34 p.m.

2. Treasurer's report

Mr. Albers presented unaudited results for 2026: revenue of $1,623,260 and expenses of $1,766,260, a deficit of $143,000, the society's first since 2020. The reserve fell to $167,000 from $310,000. Sponsorship fell $48,000, to $388,000: Harwell Bank ended its $60,000 title sponsorship, and new sponsors added $12,000. Venues and equipment cost $468,000, $66,000 over budget, because Mill Hall needed rented projection and sound. The streaming pass lost $13,500.

3. Economic impact study

Corbel Research Group presented its study of the festival: festival-goers and the festival spent $3.86 million directly in Vantry County, for a total economic output of $5.75 million.

4. Ticket prices for 2027

Director Grant moved to raise general admission from $15 to $17, student and senior tickets from $11 to $12 and the festival pass from $240 to $265; Director Lund seconded. Ms. Oduya estimated that the increases would bring in about $70,000 more. Carried 8-3, directors Fontaine, Sandoval and Brady voting no.

5. Line of credit

Treasurer Albers moved to open a $150,000 line of credit with Keel Valley Bank; Director Tanabe seconded. Carried 10-1, Director Sandoval voting no.

6. Venues

Director Reyburn moved to drop Grange Hall as a venue in 2027, saving an estimated $38,000; Director Kettering seconded. Mr. Brandauer said Grange Hall's 180 seats were 67.4% full on average, against 57.2% at Mill Hall. Failed 5-6.

7. Streaming pass

Director Lund moved to offer the streaming pass again in 2027 at $59; Director Anand seconded. Carried 9-2, directors Fontaine and Brady voting no.

8. Executive director's report

Ms. Oduya said the 20th festival will run October 7 to 17, 2027, and that submissions open on January 15. The society hopes to hire a development director, its 10th full-time employee, if the 2027 budget allows.

9. Adjournment

The meeting adjourned at 7:48 p.m. The next regular meeting is Tuesday, January 12, 2027, at 5:30 p.m.
"""

AN_ARTICLE = """Film festival brought $5.75 million to the county, study finds, but ran its first deficit since 2020

By Nell Ashgrove, The Vantry Falls Courier
Thursday, December 3, 2026

The Vantry Falls Independent Film Festival generated $5.75 million in economic activity in Vantry County this October, according to a study released Tuesday, even as the festival itself lost $143,000.

The study, by Corbel Research Group, estimated that festival-goers and the festival spent $3.86 million directly in the county, spending that rippled into total output of $5.75 million and supported 62 full-time-equivalent jobs. It found that 38% of the festival's 17,900 attendees came from outside the county and that visitors booked 4,120 hotel room nights.

"My 34 rooms were sold out for nine of the 11 nights," said Glen Pasco, 58, owner of the Tidewater Inn. "In October. That never happens."

Executive Director Miriam Oduya, 47, said the deficit came from losing a title sponsor and from higher venue costs. "We had a record year at the box office and a hard year at the bank," she said. Ticket and pass sales rose to $612,400 from $571,300, but sponsorship fell to $388,000 from $436,000.

The festival's board voted 8-3 last month to raise general admission to $17 from $15 for 2027. Board Chair Lucinda Harrow, 61, said the society had also opened a $150,000 line of credit "as a bridge, not a habit."

The city gave the festival $75,000 this year, up from $60,000, and City Councilmember Ruth Adeyemi, 44, said she would ask for $90,000 in 2027. "The hotel tax alone brought back more than we gave," she said. The study put the city's hotel tax from festival visitors at $91,400.

Artistic Director Theo Brandauer, 39, said the festival received 3,870 submissions and screened 186 films. Joel Ambrose, 33, whose "County Road Hymn" won the $7,500 Regional Filmmaker Award, said the prize would pay for his next film's sound mix.

The festival began in 2008 with 22 films in a single theater. Corbel's study of the 2019 festival found total output of $3.1 million.
"""

AN_IMPACT = """Economic Impact of the 2026 Vantry Falls Independent Film Festival
Executive summary
Corbel Research Group, for the Vantry Falls Film Society and the Vantry County Visitors Bureau
November 2026

Method

We surveyed 1,214 festival-goers at screenings between October 8 and 18, 2026, and combined their answers with the festival's ticket records and its own local purchases. The survey's margin of error is plus or minus 2.8 percentage points.

Attendance

The festival's 50,190 admissions were made by an estimated 17,900 people, an average of 2.8 admissions each. Of these attendees, 38%, about 6,800, came from outside Vantry County, and 22% came from more than 100 miles away. Out-of-county visitors stayed an average of 2.6 nights and booked an estimated 4,120 hotel room nights.

Spending

Table 1. Direct spending in Vantry County, 2026 festival

| Category | Direct spending ($ thousands) | Share (%) |
|---|---|---|
| Lodging | 1,142 | 29.6 |
| Food and drink | 1,086 | 28.1 |
| Festival operations (local purchases and wages) | 882 | 22.8 |
| Retail | 412 | 10.7 |
| Transportation and parking | 338 | 8.8 |
| Total | 3,860 | 100.0 |

Out-of-county visitors spent an average of $182 a day, against $46 for attendees from the county.

Impact

Using a regional multiplier of 1.49, the $3.86 million in direct spending produced a total economic output of $5.75 million, supported 62 full-time-equivalent jobs and $1.94 million in labor income, and generated $214,000 in state and local taxes, including $91,400 in city hotel tax at the 8% rate.

Comparison

Our 2019 study of the festival found a total output of $3.1 million. Adjusted for inflation, that is about $3.8 million in 2026 dollars, so the festival's impact has grown about 51% in real terms since then.

For every dollar of public grants the festival received in 2026, $165,000 from the state arts council and the city, the county saw about $35 in total economic output.
"""

AN_TRANSCRIPT = """VALLEY ARTS HOUR - transcript
Episode: "After the credits: the 2026 Vantry Falls festival"
Broadcast Thursday, October 29, 2026. Running time 22:40.
Host: Dana Kowalczyk. Guests: Miriam Oduya, executive director, and Theo Brandauer, artistic director, Vantry Falls Film Society.

[00:00] KOWALCZYK: Welcome back to Valley Arts Hour. Eleven days, a record crowd, and now the bills. My guests ran the 19th Vantry Falls Independent Film Festival, which wrapped up on the 18th.

[01:15] BRANDAUER: We had 3,870 submissions this year, about 460 more than last year. We programmed 186 of them, so fewer than one in 20 got in. Features were harder still: we had 1,410 feature submissions and took 78.

[04:30] KOWALCZYK: And premieres?

BRANDAUER: Twenty-four world premieres, and films from 41 countries. Three of the six award winners premiered with us.

[07:50] KOWALCZYK: You tried streaming this year.

ODUYA: We did. As of this morning we've sold 1,180 streaming passes, at $49, to people in 29 states, and the window stays open until November 1.

[11:20] ODUYA: I'll be honest about money. We are going to end the year with a deficit, probably around $140,000. We lost our title sponsor, a $60,000 commitment, and our venue costs went up. Ticket sales were the best we've had, about $612,000.

[15:05] KOWALCZYK: Who makes it all run?

ODUYA: Volunteers. 412 of them gave almost 10,000 hours. And nine full-time staff, which is not many for a festival of 50,000 admissions.

[18:40] BRANDAUER: Prize money was $50,000 this year, up from $38,000. The Audience Award alone drew 6,840 ballots.

[21:10] KOWALCZYK: Next year is the 20th.

ODUYA: October 7 to 17, 2027. Submissions open January 15.

[22:30] KOWALCZYK: Miriam Oduya and Theo Brandauer, thank you.
"""

AN_POOL = {
    "report": {"name": "vantry-falls-festival-report-2026.md", "text": AN_REPORT},
    "release": {"name": "vantry-falls-awards-release-2026-10-18.txt", "text": AN_RELEASE},
    "minutes": {"name": "vantry-falls-film-society-board-minutes-2026-11-10.txt", "text": AN_MINUTES},
    "article": {"name": "vantry-falls-courier-impact-study.txt", "text": AN_ARTICLE},
    "impact": {"name": "corbel-economic-impact-summary-2026.md", "text": AN_IMPACT},
    "transcript": {"name": "valley-arts-hour-transcript-2026-10-29.txt", "text": AN_TRANSCRIPT},
}

# --- AN1: wire story with a dateline (sources: release, report) --------------------------
AN1 = """Vantry Falls film festival sets attendance record but runs $143,000 deficit

VANTRY FALLS (Valley Wire) - The Vantry Falls Independent Film Festival drew a record 50,190 admissions to its 19th edition in October, up 8.4% from 46,300 in 2025, but rising costs and a lost sponsor left it with a $143,000 deficit, its annual report shows.

The festival screened 186 films from 41 countries, picked from 3,870 submissions, up 13.5% from 3,410. That is fewer than one film in 20. The program included 24 world premieres and 25 regional premieres.

The Orpheum Theatre, with 820 seats, drew 21,460 admissions over 42 screenings, about 43% of the total. Mill Hall's 310 seats were 67.4% full on average and Grange Hall's 180 seats 57.2% full.

"The Salt Orchard," a drama about a family of cider makers by Anouk Reyes-Tamm, 36, won the Grand Jury Prize and $15,000 on closing night, Oct. 18. Samuel Okonjo's "Low Water Year" took Best Documentary and $10,000, and Dana Fairlie's "Kite Weather" won the Audience Award, worth $5,000. Prize money totaled $50,000, up from $38,000, an increase of nearly a third.

Revenue rose 5.3% to $1.62 million, but expenses climbed 16.1% to $1.77 million. Ticket and pass sales, the largest source at 37.7% of revenue, grew 7.2% to $612,400, and submission fees rose 11.1% to $131,600, while sponsorship fell 11.0% to $388,000.

General admission rose to $15 from $13. A new streaming pass sold 1,240 passes at $49 to viewers in 31 states, bringing in $60,760, but the platform cost $74,260, so streaming lost $13,500.

The deficit, the festival's largest since 2014, was covered from reserves, which fell to $167,000 from $310,000, a drop of nearly half. The society hired 64 seasonal workers and relied on 412 volunteers, who gave 9,870 hours, or about 24 hours each.

The 2027 festival, the 21st, will run Oct. 7 to 17, 2027. The board has since voted to raise general admission to $17, and the festival's economic impact on the county was put at $5.75 million. The Orpheum was built in 1927.
"""

AN1_FIGS = [
    F("$143,000", S, note="report: a deficit of $143,000"),
    F("50,190", S, note="report: 50,190 admissions, a record"),
    F("19th", S, note="report / release: the 19th edition"),
    F("8.4%", S, note="report: up 8.4%"),
    F("46,300", S, note="report: from 46,300 in 2025"),
    F("2025", S, note="report: 46,300 in 2025"),
    F("$143,000", S, note="report: a deficit of $143,000"),
    F("186", S, note="report / release: 186 films"),
    F("41", S, note="report / release: from 41 countries"),
    F("3,870", S, note="report: 3,870 submissions"),
    F("13.5%", S, note="report: up 13.5%"),
    F("3,410", S, note="report: from 3,410"),
    F("one film in 20", S, derived=True, note="report: 186 / 3,870 = 4.8%, 'fewer than one film in 20'"),
    F("24", S, note="report / release: 24 world premieres"),
    F("25", C, "52", note="report: 52 regional premieres (transposed digits)"),
    F("820", S, note="report table / release: Orpheum Theatre 820 seats"),
    F("21,460", S, note="report table: Orpheum Theatre 21,460 admissions"),
    F("42", C, "38", note="report table: Orpheum Theatre 38 screenings; 42 is Mill Hall's"),
    F("43%", S, derived=True, note="report table: 21,460 / 50,190 = 42.8%, 'about 43%'"),
    F("310", S, note="report table: Mill Hall 310 seats"),
    F("67.4%", C, "57.2%", note="report table: Mill Hall 57.2%; 67.4% is Grange Hall's (swapped pair)"),
    F("180", S, note="report table: Grange Hall 180 seats"),
    F("57.2%", C, "67.4%", note="report table: Grange Hall 67.4%; 57.2% is Mill Hall's (swapped pair)"),
    F("36", U, note="no source gives Reyes-Tamm's age"),
    F("$15,000", S, note="release: Grand Jury Prize, $15,000"),
    F("18", S, note="release: dated Sunday, October 18, 2026, the closing day"),
    F("$10,000", S, note="release: Best Documentary, $10,000"),
    F("$5,000", C, "$7,500", note="release: Audience Award, $7,500; $5,000 is the Best Short's and the Emerging Director's"),
    F("$50,000", S, note="release: prize money totaled $50,000"),
    F("$38,000", S, note="release: up from $38,000 in 2025"),
    F("a third", S, derived=True, note="release: 50,000 / 38,000 = 1.316, 'nearly a third' more"),
    F("5.3%", S, note="report table: total +5.3"),
    F("$1.62 million", S, note="report table: total revenue 1,623,260"),
    F("16.1%", S, note="report: expenses rose 16.1%"),
    F("$1.77 million", S, note="report: expenses $1,766,260"),
    F("37.7%", S, note="report table: tickets and passes 37.7%, the largest share"),
    F("7.2%", S, note="report table: tickets and passes +7.2"),
    F("$612,400", S, note="report table: tickets and passes 612,400"),
    F("11.1%", C, "17.3%", note="report table: submission fees +17.3; +11.1 is donations and memberships'"),
    F("$131,600", S, note="report table: submission fees 131,600"),
    F("11.0%", S, note="report table: sponsorship -11.0"),
    F("$388,000", S, note="report table: sponsorship 388,000"),
    F("$15", S, note="report: general admission rose to $15"),
    F("$13", C, "$14", note="report: rose to $15 from $14"),
    F("1,240", S, note="report: sold 1,240 passes"),
    F("$49", S, note="report / release: a streaming pass, $49"),
    F("31", S, note="report: viewers in 31 states"),
    F("$60,760", S, note="report: brought in $60,760"),
    F("$74,260", S, note="report: the streaming platform cost $74,260"),
    F("$13,500", S, note="report: a loss of $13,500"),
    F("2014", U, note="no source compares the deficit with earlier ones; the minutes and the article (the first deficit since 2020) are not among this case's sources"),
    F("$167,000", S, note="report: the reserve fell to $167,000"),
    F("$310,000", S, note="report: from $310,000"),
    F("half", S, derived=True, note="report: 143,000 / 310,000 = 46.1%, 'nearly half'"),
    F("64", C, "46", note="report: hired 46 seasonal workers (transposed digits)"),
    F("412", S, note="report: 412 volunteers"),
    F("9,870", S, note="report: gave 9,870 hours"),
    F("24", S, derived=True, note="report: 9,870 / 412 = 24.0 hours each"),
    F("2027", S, note="release: the 2027 festival"),
    F("21st", C, "20th", note="release: the 2027 festival, the 20th"),
    F("7", S, note="release: October 7 to 17, 2027"),
    F("17", S, note="release: October 7 to 17, 2027"),
    F("2027", S, note="release: October 7 to 17, 2027"),
    F("$17", U, note="the new price is in the minutes and the article, neither among this case's sources"),
    F("$5.75 million", U, note="the impact figure is in the minutes, the article and the study, none among this case's sources"),
    F("1927", U, note="no source gives the Orpheum's age"),
]

# --- AN2: opinion column (sources: article, impact) ---------------------------------------
AN2 = """# A $5.75 million festival that can't pay its own bills

*Opinion | By Howard Lisle*

Every fall the consultants tell us what the film festival is worth, and the number keeps going up. This year Corbel Research Group puts it at $5.75 million in total output for Vantry County, up from $3.1 million in its 2019 study, an increase of about 85%. Adjusted for inflation, Corbel says, the gain is closer to 41%. Corbel, for the record, charged the society $28,000 for the work.

I don't doubt that the festival matters. I doubt the arithmetic. Start with the $3.86 million in direct spending. Nearly a quarter of it, $882,000, is the festival's own local purchases and wages. Multiply the whole by 1.49 and you get $5.75 million. That is how a festival that lost $143,000 this year can look like a gold mine.

The money that comes from outside is real. Some 38% of the 17,900 people who attended, about 6,800, came from beyond the county, and they booked 4,120 hotel room nights, roughly 0.6 for each visitor. Lodging, at $1.4 million, was the largest category, just ahead of food and drink at $1.09 million. Glen Pasco, 61, filled all 34 rooms at the Tidewater Inn, at $189 a night, on nine of the festival's 11 nights. Visitors from outside the county spent $182 a day, about four times the $46 that locals spent.

But look at what the survey rests on: 1,214 festival-goers, with a margin of error of plus or minus 2.8 points. That is fine for a share. It is a thin reed for a precise dollar figure.

Meanwhile the festival itself ran a deficit, which it had not done since 2020. Sponsorship fell to $388,000 from $463,000, a loss of $48,000. The board's answer, in a 9-2 vote, is to raise general admission to $17 from $15, about 13%, and to open a $150,000 line of credit. Board Chair Lucinda Harrow, 61, calls it "a bridge, not a habit."

The city gives the festival $75,000, up from $60,000, a 20% increase, and Councilmember Ruth Adeyemi, 47, wants $90,000 in 2027. Her case is that the hotel tax alone, $91,400 at the 8% rate, repays the city. It does, barely: about $1.22 back for every dollar. Corbel's claim of $35 in output for every public dollar also counts the state arts council's $90,000, and it treats the whole $5.75 million as if none of it would have been spent here anyway.

And the 62 full-time-equivalent jobs? The festival itself has nine full-time employees. The rest are waiters and desk clerks working a busy week, which is good, but it is not 62 jobs.

The festival began in 2006 with 22 films in a single theater. This year it screened 186, chosen from 3,870 submissions, fewer than 5%. Joel Ambrose, 33, will spend his $7,500 prize on a sound mix. That is the festival I have bought a $240 pass for over the last 12 years. It deserves honest numbers, not a $5.75 million sales pitch.
"""

AN2_FIGS = [
    F("$5.75 million", S, note="article / impact: total output of $5.75 million"),
    F("$5.75 million", S, note="impact: a total economic output of $5.75 million"),
    F("$3.1 million", S, note="impact / article: the 2019 study found $3.1 million"),
    F("2019", S, note="impact / article: the 2019 study"),
    F("85%", S, derived=True, note="impact: 5.75 / 3.1 = 1.855, about 85% more"),
    F("41%", C, "51%", note="impact: grown about 51% in real terms"),
    F("$28,000", U, note="no source gives the study's cost"),
    F("$3.86 million", S, note="impact / article: $3.86 million in direct spending"),
    F("a quarter", S, derived=True, note="impact table: festival operations 882 of 3,860 = 22.8%, 'nearly a quarter'"),
    F("$882,000", S, note="impact table: festival operations (local purchases and wages) 882 thousand"),
    F("1.49", S, note="impact: a regional multiplier of 1.49"),
    F("$5.75 million", S, note="impact: total output $5.75 million"),
    F("$143,000", S, note="article: the festival itself lost $143,000"),
    F("38%", S, note="impact / article: 38% came from outside the county"),
    F("17,900", S, note="impact / article: 17,900 attendees"),
    F("6,800", S, note="impact: about 6,800"),
    F("4,120", S, note="impact / article: 4,120 hotel room nights"),
    F("0.6", S, derived=True, note="impact: 4,120 / 6,800 = 0.61 room nights a visitor"),
    F("$1.4 million", C, "$1.14 million", note="impact table: lodging 1,142 thousand, $1.14 million"),
    F("$1.09 million", S, note="impact table: food and drink 1,086 thousand"),
    F("61", C, "58", note="article: Glen Pasco, 58; 61 is Harrow's age"),
    F("34", S, note="article: Pasco, 'My 34 rooms'"),
    F("$189", U, note="no source gives the inn's room rate"),
    F("nine", S, note="article: sold out for nine of the 11 nights"),
    F("11", S, note="article: nine of the 11 nights"),
    F("$182", S, note="impact: out-of-county visitors spent $182 a day"),
    F("four times", S, derived=True, note="impact: 182 / 46 = 3.96, 'about four times'"),
    F("$46", S, note="impact: $46 for attendees from the county"),
    F("1,214", S, note="impact: surveyed 1,214 festival-goers"),
    F("2.8", S, note="impact: plus or minus 2.8 percentage points"),
    F("2020", S, note="article: its first deficit since 2020"),
    F("$388,000", S, note="article: sponsorship fell to $388,000"),
    F("$463,000", C, "$436,000", note="article: from $436,000 (transposed digits)"),
    F("$48,000", S, derived=True, note="article: 436,000 - 388,000 = 48,000"),
    F("9", C, "8", note="article: the board voted 8-3"),
    F("2", C, "3", note="article: the board voted 8-3"),
    F("$17", S, note="article: raise general admission to $17"),
    F("$15", S, note="article: from $15"),
    F("13%", S, derived=True, note="article: 17 / 15 = 1.133, about 13%"),
    F("$150,000", S, note="article: a $150,000 line of credit"),
    F("61", S, note="article: Lucinda Harrow, 61"),
    F("$75,000", S, note="article: the city gave $75,000 this year"),
    F("$60,000", S, note="article: up from $60,000"),
    F("20%", C, "25%", derived=True, note="article: 75,000 / 60,000 = 1.25, a 25% increase"),
    F("47", C, "44", note="article: Ruth Adeyemi, 44; 47 is Oduya's age"),
    F("$90,000", S, note="article: Adeyemi would ask for $90,000 in 2027"),
    F("2027", S, note="article: in 2027"),
    F("$91,400", S, note="impact / article: $91,400 in city hotel tax"),
    F("8%", S, note="impact: at the 8% rate"),
    F("$1.22", S, derived=True, note="impact / article: 91,400 / 75,000 = 1.22"),
    F("$35", S, note="impact: about $35 in total economic output for every dollar of public grants"),
    F("$90,000", S, derived=True, note="impact / article: $165,000 from the state arts council and the city less the city's $75,000 = $90,000"),
    F("$5.75 million", S, note="impact: total output $5.75 million"),
    F("62", S, note="impact / article: 62 full-time-equivalent jobs"),
    F("nine", U, note="the society's nine full-time employees are in the report, the minutes and the transcript, none among this case's sources"),
    F("62", S, note="impact / article: 62 full-time-equivalent jobs"),
    F("2006", C, "2008", note="article: the festival began in 2008"),
    F("22", S, note="article: with 22 films in a single theater"),
    F("186", S, note="article: screened 186 films"),
    F("3,870", S, note="article: 3,870 submissions"),
    F("5%", S, derived=True, note="article: 186 / 3,870 = 4.8%, 'fewer than 5%'"),
    F("33", S, note="article: Joel Ambrose, 33"),
    F("$7,500", S, note="article: the $7,500 Regional Filmmaker Award"),
    F("$240", U, note="the pass price is in the report and the minutes, neither among this case's sources"),
    F("12", U, note="the columnist's own years of passes; no source gives them"),
    F("$5.75 million", S, note="impact / article: $5.75 million"),
]

# --- AN3: explainer with a Markdown table (sources: report, minutes) ----------------------
AN3 = """# The film festival's money, explained

*What the Vantry Falls festival earned and spent, and what its board changed for next year*

### Did the festival lose money?

Yes. The 2026 festival took in $1,623,260 and spent $1,766,260, a deficit of $143,000. The Vantry Falls Film Society had not run a deficit since 2010.

### Where did the money come from?

| Source | 2026 | Change from 2025 |
|---|---|---|
| Tickets and passes | $612,400 | +7.2% |
| Sponsorship | $388,000 | -3.2% |
| Grants | $254,000 | -11.0% |
| Donations and memberships | $176,500 | +11.1% |
| Submission fees | $131,600 | +17.3% |
| Streaming pass | $60,760 | new |

Tickets and passes were the largest source, more than two fifths of revenue. Sponsorship fell $48,000 after Harwell Bank, a sponsor since 2015, ended its $60,000 title sponsorship; new sponsors added $12,000.

### Where did it go?

Staff and contractors were the largest cost, at $571,000. Venues and equipment cost $468,000, $66,000 over budget, because Mill Hall needed rented projection and sound, so the budget had been $402,000. Marketing, the third-largest cost, took $186,000.

### Did streaming pay?

No. The new $49 pass sold 1,240 times and brought in $60,760, but the platform cost $74,260, a loss of $13,500, or about $11 a pass. The board voted 9-2 to try again in 2027 at $59; at this year's sales that would bring in about $73,200, still short of this year's platform bill.

### What happens to ticket prices?

General admission rises to $17 from $15, student and senior tickets to $13 from $11 and the festival pass to $265 from $240, a rise of about 10%. The board approved the increases 8-3. The executive director estimated they would bring in about $75,000 more, roughly half of this year's deficit.

### What else did the board decide?

It opened a $150,000 line of credit on a 10-1 vote. A motion to drop Grange Hall, which the society rents for $1,200 a night, and save an estimated $38,000, failed 5-6: its seats were 67.4% full on average, against 62.8% at Mill Hall.

### Was it worth it to the county?

Corbel Research Group's study, presented to the board, also counted 62 jobs and $91,400 in city hotel tax.

### When is next year's festival?

Oct. 7 to 17, 2027, the 20th. Submissions open Jan. 12, at $45 for a feature, and the society hopes to hire a 10th full-time employee, a development director.
"""

AN3_FIGS = [
    F("2026", S, note="report / minutes: the 2026 festival"),
    F("$1,623,260", S, note="minutes / report: revenue of $1,623,260"),
    F("$1,766,260", S, note="minutes / report: expenses of $1,766,260"),
    F("$143,000", S, note="minutes / report: a deficit of $143,000"),
    F("2010", C, "2020", note="minutes: the society's first deficit since 2020"),
    F("2026", S, note="report table: operating revenue, 2026"),
    F("2025", S, note="report table: change from 2025"),
    F("$612,400", S, note="report table: tickets and passes 612,400"),
    F("7.2%", S, note="report table: tickets and passes +7.2"),
    F("$388,000", S, note="report table / minutes: sponsorship 388,000"),
    F("3.2%", C, "11.0%", note="report table: sponsorship -11.0; -3.2 is grants' (swapped pair)"),
    F("$254,000", S, note="report table: grants 254,000"),
    F("11.0%", C, "3.2%", note="report table: grants -3.2; -11.0 is sponsorship's (swapped pair)"),
    F("$176,500", S, note="report table: donations and memberships 176,500"),
    F("11.1%", S, note="report table: donations and memberships +11.1"),
    F("$131,600", S, note="report table: submission fees 131,600"),
    F("17.3%", S, note="report table: submission fees +17.3"),
    F("$60,760", S, note="report table: streaming pass 60,760"),
    F("two fifths", C, "37.7%", note="report table: tickets and passes 37.7% of revenue, not more than two fifths"),
    F("$48,000", S, note="minutes: sponsorship fell $48,000"),
    F("2015", U, note="no source says since when Harwell Bank sponsored the festival"),
    F("$60,000", S, note="minutes: Harwell Bank ended its $60,000 title sponsorship"),
    F("$12,000", S, note="minutes: new sponsors added $12,000"),
    F("$571,000", S, note="report: staff and contractors $571,000, the largest expense listed"),
    F("$468,000", S, note="minutes / report: venues and equipment $468,000"),
    F("$66,000", S, note="minutes: $66,000 over budget"),
    F("$402,000", S, derived=True, note="minutes: 468,000 - 66,000 = 402,000"),
    F("third-largest", C, "fourth-largest", derived=True, note="report: staff 571,000, venues 468,000, programming 412,000, marketing 186,000: fourth-largest"),
    F("$186,000", S, note="report: marketing $186,000"),
    F("$49", S, note="report: a streaming pass, $49"),
    F("1,240", S, note="report: sold 1,240 passes"),
    F("$60,760", S, note="report: brought in $60,760"),
    F("$74,260", S, note="report: the platform cost $74,260"),
    F("$13,500", S, note="report / minutes: a loss of $13,500"),
    F("$11", S, derived=True, note="report: 13,500 / 1,240 = $10.89 a pass"),
    F("9", S, note="minutes: carried 9-2"),
    F("2", S, note="minutes: carried 9-2"),
    F("2027", S, note="minutes: the streaming pass again in 2027"),
    F("$59", S, note="minutes: at $59"),
    F("$73,200", S, derived=True, note="minutes / report: 1,240 passes x $59 = $73,160"),
    F("$17", S, note="minutes: general admission from $15 to $17"),
    F("$15", S, note="minutes: from $15"),
    F("$13", C, "$12", note="minutes: student and senior tickets from $11 to $12"),
    F("$11", S, note="minutes: from $11"),
    F("$265", S, note="minutes: the festival pass from $240 to $265"),
    F("$240", S, note="minutes: from $240"),
    F("10%", S, derived=True, note="minutes: 265 / 240 = 1.104, about 10%"),
    F("8", S, note="minutes: carried 8-3"),
    F("3", S, note="minutes: carried 8-3"),
    F("$75,000", C, "$70,000", note="minutes: Oduya estimated about $70,000 more"),
    F("half", S, derived=True, note="minutes: 70,000 / 143,000 = 49%, 'roughly half' (right by the sources beside the misstated estimate)"),
    F("$150,000", S, note="minutes: a $150,000 line of credit"),
    F("10", S, note="minutes: carried 10-1"),
    F("1", S, note="minutes: carried 10-1"),
    F("$1,200", U, note="no source gives Grange Hall's rent"),
    F("$38,000", S, note="minutes: saving an estimated $38,000"),
    F("5", S, note="minutes: failed 5-6"),
    F("6", S, note="minutes: failed 5-6"),
    F("67.4%", S, note="minutes / report table: Grange Hall 67.4% full"),
    F("62.8%", C, "57.2%", note="minutes / report table: Mill Hall 57.2%; 62.8% is Dock Street Cinema's"),
    F("62", U, note="the jobs are in the impact study and the article, neither among this case's sources (the minutes give only spending and output)"),
    F("$91,400", U, note="the hotel tax is in the impact study and the article, neither among this case's sources"),
    F("7", S, note="minutes: October 7 to 17, 2027"),
    F("17", S, note="minutes: October 7 to 17, 2027"),
    F("2027", S, note="minutes: October 7 to 17, 2027"),
    F("20th", S, note="minutes: the 20th festival"),
    F("12", C, "15", note="minutes: submissions open on January 15; January 12 is the next board meeting"),
    F("$45", U, note="no source gives a submission fee"),
    F("10th", S, note="minutes: a development director, its 10th full-time employee"),
]

# --- AN4: newsletter, hard-wrapped (sources: transcript, release, impact) -----------------
AN4 = """# Reel Friends of Vantry Falls: November 2026

**The winners.** "The Salt Orchard," Anouk Reyes-Tamm's drama about a family
of cider makers, took the Grand Jury Prize and $15,000. Samuel Okonjo's "Low
Water Year" won Best Documentary and $10,000, and our own Joel Ambrose won the
Regional Filmmaker Award for "County Road Hymn." He takes home $7,500. Dana
Fairlie's "Kite Weather" won the Audience Award, also $7,500, after
festival-goers cast 6,480 ballots, and "Paper Moths" won Best Short and
$7,500. In all the festival gave $50,000 in prizes, up from $38,000, or
$12,000 more. Nine jurors on two juries picked the juried awards.

**By the numbers.** On Valley Arts Hour on Oct. 29, artistic director Theo
Brandauer said the festival drew 3,870 submissions, about 460 more than last
year, and programmed 186, fewer than one in 20. He counted 24 world premieres
and films from 41 countries, and four of the six winners premiered here,
two thirds of them.

- The closing-night screening at the 820-seat Orpheum sold out on Oct. 12.
- The festival's streaming pass offered 52 films online from Oct. 22 to Nov. 1
  for $49. By Oct. 29 it had sold 1,180 passes to viewers in 31 states, about
  $57,800 worth.
- Executive director Miriam Oduya told the show the society would end the year
  with a deficit of around $140,000, after losing a $60,000 title sponsor; the
  final figure, the society says, was $143,000. Yet ticket sales, about
  $612,000, were the best ever, up 7.2%.
- She said 412 volunteers gave almost 10,000 hours, about 24 hours each.

**What it's worth.** A study by Corbel Research Group says the festival's
50,190 admissions came from about 17,900 people, 2.8 each, and that 38% of
them came from outside the county. They booked 4,120 hotel room nights, about
1.2 per visitor, and spent $182 a day, against $46 for locals. Direct spending
came to $3.86 million, and with a multiplier of 1.49 total output reached
$5.75 million. Lodging was the largest category, at $1.14 million, about 30%
of the total. But the study also counts the festival's own spending, $882,000,
or 28.1%. The city's hotel tax brought in $91,400 at the 6% rate.

**Dates.** The 20th festival runs Oct. 7 to 17, 2027, and submissions open
Jan. 15. The board has since raised general admission to $17. Our holiday
screening is Dec. 12 at 7 p.m.; tickets are $8 for members.
"""

AN4_FIGS = [
    F("2026", S, note="impact / transcript / release: the sources are dated 2026"),
    F("$15,000", S, note="release: Grand Jury Prize, $15,000"),
    F("$10,000", S, note="release: Best Documentary, $10,000"),
    F("$7,500", S, note="release: Regional Filmmaker Award, Joel Ambrose, $7,500"),
    F("$7,500", S, note="release: Audience Award, $7,500"),
    F("6,480", C, "6,840", note="release / transcript: 6,840 ballots for the Audience Award (transposed digits)"),
    F("$7,500", C, "$5,000", note="release: Best Short, Paper Moths, $5,000"),
    F("$50,000", S, note="release / transcript: prize money totaled $50,000"),
    F("$38,000", S, note="release / transcript: up from $38,000"),
    F("$12,000", S, derived=True, note="release: 50,000 - 38,000 = 12,000"),
    F("Nine", S, note="release: nine jurors"),
    F("two", C, "three", note="release: nine jurors on three juries"),
    F("29", S, note="transcript: broadcast Thursday, October 29, 2026"),
    F("3,870", S, note="transcript: 3,870 submissions"),
    F("460", S, note="transcript: about 460 more than last year"),
    F("186", S, note="transcript / release: programmed 186"),
    F("one in 20", S, note="transcript: Brandauer, 'fewer than one in 20 got in'"),
    F("24", S, note="transcript / release: 24 world premieres"),
    F("41", S, note="transcript / release: films from 41 countries"),
    F("four", C, "three", note="release / transcript: three of the six winners premiered at the festival"),
    F("six", S, note="release / transcript: the six award winners"),
    F("two thirds", C, "half", derived=True, note="release: three of six winners = half"),
    F("820", S, note="release: the 820-seat Orpheum Theatre"),
    F("12", C, "2", note="release: the closing-night screening sold out on October 2"),
    F("52", S, note="release: 52 festival films"),
    F("22", S, note="release: online from October 22 to November 1"),
    F("1", S, note="release / transcript: until November 1"),
    F("$49", S, note="release / transcript: $49"),
    F("29", S, note="transcript: 'as of this morning', October 29"),
    F("1,180", S, note="transcript: sold 1,180 streaming passes"),
    F("31", C, "29", note="transcript: to people in 29 states (as of October 29)"),
    F("$57,800", S, derived=True, note="transcript: 1,180 x $49 = $57,820"),
    F("$140,000", S, note="transcript: Oduya, 'a deficit, probably around $140,000'"),
    F("$60,000", S, note="transcript: a $60,000 commitment from the title sponsor"),
    F("$143,000", U, note="the final deficit is in the report, the minutes and the article, none among this case's sources"),
    F("$612,000", S, note="transcript: ticket sales about $612,000, the best we've had"),
    F("7.2%", U, note="the change in ticket revenue is in the report, not among this case's sources"),
    F("412", S, note="transcript: 412 volunteers"),
    F("10,000", S, note="transcript: gave almost 10,000 hours"),
    F("24", S, derived=True, note="transcript: about 10,000 / 412 = 24 hours each"),
    F("50,190", S, note="impact: 50,190 admissions"),
    F("17,900", S, note="impact: an estimated 17,900 people"),
    F("2.8", S, note="impact: an average of 2.8 admissions each"),
    F("38%", S, note="impact: 38% came from outside Vantry County"),
    F("4,120", S, note="impact: 4,120 hotel room nights"),
    F("1.2", C, "0.6", derived=True, note="impact: 4,120 room nights / about 6,800 visitors = 0.6"),
    F("$182", S, note="impact: $182 a day"),
    F("$46", S, note="impact: $46 for attendees from the county"),
    F("$3.86 million", S, note="impact: $3.86 million in direct spending"),
    F("1.49", S, note="impact: a regional multiplier of 1.49"),
    F("$5.75 million", S, note="impact: total economic output of $5.75 million"),
    F("$1.14 million", S, note="impact table: lodging 1,142 thousand, the largest category"),
    F("30%", S, note="impact table: lodging 29.6% (rounded)"),
    F("$882,000", S, note="impact table: festival operations 882 thousand"),
    F("28.1%", C, "22.8%", note="impact table: festival operations 22.8%; 28.1% is food and drink's share"),
    F("$91,400", S, note="impact: $91,400 in city hotel tax"),
    F("6%", C, "8%", note="impact: at the 8% rate"),
    F("20th", S, note="release / transcript: the 2027 festival, the 20th"),
    F("7", S, note="release / transcript: October 7 to 17, 2027"),
    F("17", S, note="release / transcript: October 7 to 17, 2027"),
    F("2027", S, note="release / transcript: 2027"),
    F("15", S, note="transcript: submissions open January 15"),
    F("$17", U, note="the new price is in the minutes and the article, neither among this case's sources"),
    F("12", U, note="the club's own screening; no source gives it"),
    F("7", U, note="the club's own screening; no source gives it"),
    F("$8", U, note="the club's own ticket price; no source gives it"),
]

CASES = [
    ("fresh20-blind", "fresh-an", list(AN_POOL.values()), [
        ("wire.txt", AN1, AN1_FIGS, "wire story with a dateline, compound sentences holding two owners, a swapped pair and closing claims no source makes"),
        ("opinion.md", AN2, AN2_FIGS, "opinion column against an economic-impact claim: hedges, derived figures (percentage changes, shares, multiples, per-unit values), the columnist's own figures"),
        ("explainer.md", AN3, AN3_FIGS, "explainer with question headings and a Markdown revenue table, derived figures, board decisions"),
        ("newsletter.md", AN4, AN4_FIGS, "film club newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet, the club's own dates"),
    ]),
]
CASE_SOURCES = {
    "fresh-an-1": ["release", "report"],
    "fresh-an-2": ["article", "impact"],
    "fresh-an-3": ["report", "minutes"],
    "fresh-an-4": ["transcript", "release", "impact"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AN_POOL, CASE_SOURCES)
