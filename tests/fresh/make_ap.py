#!/usr/bin/env python3
"""Generate tests/fresh/fresh21-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AP (fresh21-blind): a regional blood center's year (Tidewell Regional
                      Blood Center): the 2026 annual report excerpt
                      (donations this year and last, donors and new donors,
                      donations by kind, a table of five collection sites'
                      donations, changes, shares and new donors, drives,
                      hospitals, red cells distributed, imports, expired
                      units, an inventory goal and a shortage, donors' ages,
                      revenue from four sources with shares, expenses, a
                      surplus, the red cell fee, staff), the center's release
                      declaring an emergency shortage, a television interview
                      transcript with timestamps, the weekly inventory report
                      (a table of eight weeks), the board's minutes (hospital
                      fees, a fifth donor center, bloodmobiles) and a newspaper
                      article on the aging donor base

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_ap.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AP: Tidewell Regional Blood Center (fictional)
# ---------------------------------------------------------------------------

AP_REPORT = """Tidewell Regional Blood Center
2026 Annual Report (excerpt)
Published January 2027

The year in brief

Donors gave 148,300 times in 2026, a record, up 3.8% from 142,900 in 2025. In all, 68,400 people donated, an average of 2.2 donations each, and 17,100 of them, or 25.0%, gave for the first time. Whole-blood donations numbered 121,600; the rest were 9,700 double red cell donations, 14,200 apheresis platelet donations and 2,800 plasma donations.

Table 1. Donations by collection site, 2026

| Site | Donations | Change from 2025 (%) | Share of donations (%) | First-time donors |
|---|---|---|---|---|
| Ostley donor center | 34,800 | +2.7 | 23.5 | 3,420 |
| Harrowgate donor center | 18,600 | -3.1 | 12.5 | 1,510 |
| Lyle Crossing donor center | 14,900 | +17.3 | 10.0 | 1,880 |
| Pennock donor center | 11,200 | -3.4 | 7.6 | 790 |
| Mobile drives | 68,800 | +5.0 | 46.4 | 9,500 |
| All sites | 148,300 | +3.8 | 100.0 | 17,100 |

Lyle Crossing, which added Saturday hours and 12 donor beds in March, grew fastest. Mobile drives remained the largest source of blood: 3,120 drives at 846 host sites, including 412 high school drives that collected 11,300 donations.

Hospitals and inventory

The center supplied 46 hospitals in 14 counties. It distributed 134,800 red cell units, up 2.4% from 131,600, along with 19,600 platelet doses and 22,100 plasma units, and it brought in 6,200 red cell units from other blood centers. Expired red cells were 1.9% of units collected, down from 2.6%.

The center's goal is a three-day supply of red cells, about 1,100 units. Inventory fell below two days on 41 days in 2026, most of them in July, when the center declared an emergency shortage on July 14. O-negative red cells, which any patient can receive, fell to a 1.2-day supply.

Donors

Donors 65 and older gave 24% of donations, and donors under 25 gave 15%, down from 19% in 2021. The average donor was 47 years old.

Finances

Revenue was $59.5 million: $48.6 million in fees that hospitals pay for blood products (81.7%), $6.2 million from laboratory testing services (10.4%), $3.1 million in grants and donations (5.2%) and $1.6 million from other sources (2.7%). Expenses were $58.8 million, leaving a surplus of $0.7 million. The fee for a unit of red cells was $238, up from $226 in 2025.

People

The center has 486 employees, 214 of them phlebotomists, and 1,150 volunteers.
"""

AP_RELEASE = """TIDEWELL REGIONAL BLOOD CENTER
FOR IMMEDIATE RELEASE
Tuesday, July 14, 2026
Media contact: Dominic Ashby, communications director

Tidewell declares emergency blood shortage as O-negative supply falls to 1.2 days

OSTLEY, July 14, 2026 - Tidewell Regional Blood Center declared an emergency blood shortage today and asked everyone who is eligible to give blood in the next two weeks.

At the end of last week the center had 590 units of red cells on its shelves, a 1.6-day supply, against a goal of about 1,100 units, or three days. Its O-negative supply, the type emergency rooms use when there is no time to test a patient, was down to 1.2 days.

Donations fell to 2,080 in the week of the July 4 holiday, the fewest in any week since January 2022. Since June 1, heat and the holiday have canceled 58 blood drives, costing an estimated 2,300 donations. Hospitals, meanwhile, are using about 2,600 red cell units a week.

"We need 4,000 donors in the next two weeks just to get back to a safe level," said Chief Executive Leontyne Farrow. "If you have given before, please come back. If you never have, this is the time."

All four Tidewell donor centers - Ostley, Harrowgate, Lyle Crossing and Pennock - will stay open until 8 p.m. on weekdays through August 1. Every donor who gives by July 31 will receive a $15 gift card.

Type O-negative donors make up about 7% of the population. Donors can give whole blood every 56 days.

Tidewell supplies 46 hospitals in 14 counties.
"""

AP_TRANSCRIPT = """VALLEY MORNING - segment transcript
"Blood emergency: how you can help"
Broadcast Thursday, July 16, 2026, WKTR Channel 9. Segment length 8:20.
Host: Carly Dunstan. Guests: Leontyne Farrow, chief executive, and Dr. Rafael Imbert, medical director, Tidewell Regional Blood Center.

[00:00] DUNSTAN: Two days ago Tidewell Regional Blood Center declared an emergency shortage. Leontyne, where do things stand this morning?

[00:40] FARROW: Since Tuesday morning 1,940 people have come in to give. That's wonderful, and we still need about 4,000 over two weeks. Our O-negative supply is at about a day and a half now, up from 1.2 on Monday.

[02:15] DUNSTAN: Why does everyone talk about O-negative?

IMBERT: It's the universal red cell. About 7% of people have it, but it's about 13% of the red cells we ship, because trauma teams use it before they know a patient's type. A single car crash victim can need 40 units or more.

[04:05] DUNSTAN: Who can give?

IMBERT: You have to be at least 16, with a parent's permission at 16, and weigh at least 110 pounds. The whole visit takes about an hour, and the donation itself about ten minutes. You can give whole blood every 56 days.

[05:50] FARROW: Our donors are getting older. About a quarter of our blood now comes from people 65 and older, and only 15% from people under 25. We need young people to start.

[07:10] DUNSTAN: What if people can't make it this week?

FARROW: Make an appointment for August. A shortage in July is often followed by another after Labor Day. All four of our donor centers are open until 8 p.m. on weekdays through August 1.

[08:05] DUNSTAN: Leontyne Farrow and Dr. Rafael Imbert, thank you.
"""

AP_INVENTORY = """Tidewell Regional Blood Center - weekly inventory report
Summer 2026, weeks ending June 27 to August 15
Prepared by hospital services; data as of August 17, 2026

| Week ending | Donations | Red cells distributed | Red cell inventory, end of week (units) | Days of supply | O-negative days of supply |
|---|---|---|---|---|---|
| Jun 27 | 2,540 | 2,610 | 820 | 2.2 | 1.9 |
| Jul 4 | 2,080 | 2,540 | 640 | 1.8 | 1.4 |
| Jul 11 | 2,210 | 2,620 | 590 | 1.6 | 1.2 |
| Jul 18 | 3,460 | 2,650 | 760 | 2.0 | 1.5 |
| Jul 25 | 3,880 | 2,590 | 1,010 | 2.7 | 2.2 |
| Aug 1 | 3,520 | 2,570 | 1,140 | 3.1 | 2.6 |
| Aug 8 | 2,960 | 2,600 | 1,180 | 3.2 | 2.8 |
| Aug 15 | 2,780 | 2,630 | 1,150 | 3.1 | 2.7 |
| 8 weeks | 23,430 | 20,810 | | | |

Notes

- Days of supply = end-of-week inventory / average daily red cells distributed that week.
- Goal: a three-day supply, about 1,100 red cell units. Below two days is a shortage; below one day, a critical shortage.
- Emergency appeal: July 14 to August 1. Donations in the appeal's three weeks (weeks ending July 18, July 25 and August 1): 10,860.
- The $15 gift card, for donors who gave from July 14 to July 31, was claimed by 7,920 donors.
- Inventory changes also reflect red cells brought in from other blood centers, double red cell donations and units that expired.
"""

AP_MINUTES = """TIDEWELL REGIONAL BLOOD CENTER
Board of Directors
Minutes of the regular meeting, Thursday, September 17, 2026, 4 p.m.
Ostley donor center, conference room

Present: Chair Natalie Brisco; Vice Chair Hamid Rostami; Treasurer Lois Wexler; directors Ben Adair, Carmen Diaz-Olund, Felix Grange, Irene Hoskins, Jonah Merritt, Priscilla Nakamura, Wade Thorsby and Yvette Ulloa (11 of 13 directors). Absent: directors Karl Ebner and Sunita Rao. Staff: Chief Executive Leontyne Farrow, Medical Director Dr. Rafael Imbert, Chief Financial Officer Marcus Whitlow.

1. Call to order

The chair called the meeting to order at 4:02 p.m.

2. Chief executive's report

Ms. Farrow reported 98,400 donations through August, up 2.9% from 95,600 a year earlier. The emergency appeal of July 14 to August 1 brought 10,860 donations, 4,030 more than in the three weeks before it, and inventory returned to a three-day supply on August 1. The gift cards cost $118,800 (7,920 cards). Phlebotomist vacancies stood at 31 of 214 positions.

3. Hospital fees for 2027

Mr. Whitlow proposed raising the fee for a unit of red cells from $238 to $252 and for a platelet dose from $612 to $640, effective January 1, 2027, which would bring in about $2.4 million more a year. Director Merritt moved approval; Director Hoskins seconded. Director Thorsby said small rural hospitals could not absorb a 5.9% increase. Carried 9-2, directors Thorsby and Ulloa voting no.

4. Calder Mills donor center

Director Nakamura moved to lease 6,200 square feet in Calder Mills for a fifth donor center, for 10 years at $14,500 a month, opening in March 2027; Director Adair seconded. Ms. Farrow said the center would collect about 9,000 donations a year. Carried 11-0.

5. Bloodmobiles

Director Grange moved to buy two bloodmobiles at $465,000 each, $930,000 in all, to replace buses built in 2009 and 2011; Director Diaz-Olund seconded. Carried 7-4, directors Thorsby, Ulloa, Adair and Wexler voting no.

6. Adjournment

The meeting adjourned at 5:47 p.m. The next regular meeting is Thursday, November 19, 2026.
"""

AP_ARTICLE = """Blood center had a record year, but its donors are getting older

By Renata Okafor, The Ostley Courier
Thursday, January 14, 2027

Tidewell Regional Blood Center collected a record 148,300 donations in 2026, up 3.8%, even after a July shortage that left it with less than two days of red cells, according to its annual report, released Tuesday.

But the center's donors are aging. Donors 65 and older gave 24% of last year's blood, and donors under 25 gave 15%, down from 19% five years earlier. The average donor is 47.

"Every year I lose donors to age and illness, and I don't replace them with 18-year-olds," said Chief Executive Leontyne Farrow, 56.

Harold Pym, 81, of Harrowgate has given 212 times since 1967, more than 26 gallons. "They tell me I'll have to stop at 85. I told them we'll see," he said.

High school drives brought in 11,300 donations last year, from 412 drives. Aliyah Mercer, 17, organized the drive at Pennock High School, which collected 164 donations in a day.

The July emergency ended after a three-week appeal brought 10,860 donations. The center's fifth donor center, in Calder Mills, opens in March. Its board voted 9-2 in September to raise the price hospitals pay for a unit of red cells to $252 from $238 this year.

Ostley General Hospital, the center's largest customer, used 21,400 units of red cells last year. "That's about $300,000 more for us in 2027," said its chief financial officer, Dana Kwiatek, 49. "We understand why. Blood is not where we can cut corners."

Tidewell supplied 46 hospitals in 14 counties last year. Its revenue was $59.5 million, and it ended the year with a $0.7 million surplus.

The center plans to recruit 5,000 donors under 25 this year, Farrow said.
"""

AP_POOL = {
    "report": {"name": "tidewell-annual-report-2026.md", "text": AP_REPORT},
    "release": {"name": "tidewell-emergency-shortage-release-2026-07-14.txt", "text": AP_RELEASE},
    "transcript": {"name": "valley-morning-transcript-2026-07-16.txt", "text": AP_TRANSCRIPT},
    "inventory": {"name": "tidewell-weekly-inventory-summer-2026.md", "text": AP_INVENTORY},
    "minutes": {"name": "tidewell-board-minutes-2026-09-17.txt", "text": AP_MINUTES},
    "article": {"name": "ostley-courier-aging-donors.txt", "text": AP_ARTICLE},
}

# --- AP1: wire story (sources: report, minutes) ------------------------------------------
AP1 = """Tidewell blood center sets a donation record as its donors grow older

OSTLEY (Valley Wire) - Tidewell Regional Blood Center, founded in 1958, collected a record 148,300 donations in 2026, up 3.8% from 142,900, despite a summer shortage, its annual report shows.

In all, 68,400 people gave, and 17,100 of them, a quarter, were new donors. Whole-blood donations numbered 121,600, double red cell donations 9,700 and platelet donations 12,400.

Mobile drives again brought in the most blood, 68,800 donations, or 46.4%, up 5.0%, from 3,120 drives at 864 host sites. The Ostley donor center collected 34,800, and the Lyle Crossing center, which added Saturday hours and 12 beds in March, grew fastest, up 17.3% to 14,900. The Harrowgate and Pennock centers both lost ground, falling 3.4% and 3.1%.

Together the four fixed centers collected 79,500 donations, more than half the total, and 412 high school drives collected 11,300, about 27 each.

The center supplied 46 hospitals in 14 counties, distributing 134,800 red cell units, up 2.4%. Its goal is a three-day supply, about 1,100 units of red cells, but inventory fell below two days on 14 days, most of them in July, when Tidewell declared an emergency shortage on July 14 and O-negative supply fell to 1.2 days. A three-week appeal that followed brought 10,860 donations, 4,030 more than the three weeks before, the chief executive told the board in September.

Donors are getting older: those 65 and older gave 24% of donations, and those under 25 gave 15%, down from 19% in 2020. The average donor was 47.

Revenue was $59.5 million, with $48.6 million, or 81.7%, from fees that hospitals pay for blood, and expenses were $58.8 million, a surplus of $1.7 million. The fee for a unit of red cells was $238, up from $226, and in September the board voted 9-2 to raise it to $252 next year, a 5.9% increase. Together with a higher platelet fee, that will bring in about $2.4 million a year.

The board also approved a fifth donor center, in Calder Mills, on a 10-year lease at $14,500 a month, or $174,000 a year, expected to collect about 9,000 donations a year. Building it out will cost $2.1 million.

Tidewell has 241 phlebotomists among its 486 employees. The gift cards it handed out to donors during the shortage were worth $20 each. Nationally, about 6.8 million people give blood each year, and Tidewell's oldest active donor is 92.
"""

AP1_FIGS = [
    F("1958", U, note="no source gives the center's founding year"),
    F("148,300", S, note="report: donors gave 148,300 times in 2026, a record"),
    F("2026", S, note="report: in 2026"),
    F("3.8%", S, note="report: up 3.8%"),
    F("142,900", S, note="report: from 142,900 in 2025"),
    F("68,400", S, note="report: 68,400 people donated"),
    F("17,100", S, note="report: 17,100 of them gave for the first time"),
    F("a quarter", S, note="report: or 25.0%"),
    F("121,600", S, note="report: whole-blood donations numbered 121,600"),
    F("9,700", S, note="report: 9,700 double red cell donations"),
    F("12,400", C, "14,200", note="report: 14,200 apheresis platelet donations (transposed digits)"),
    F("68,800", S, note="report table: mobile drives 68,800, the largest source"),
    F("46.4%", S, note="report table: mobile drives 46.4%"),
    F("5.0%", S, note="report table: mobile drives +5.0"),
    F("3,120", S, note="report: 3,120 drives"),
    F("864", C, "846", note="report: at 846 host sites (transposed digits)"),
    F("34,800", S, note="report table: Ostley donor center 34,800"),
    F("12", S, note="report: Lyle Crossing added Saturday hours and 12 donor beds in March"),
    F("17.3%", S, note="report table: Lyle Crossing +17.3, the fastest growth"),
    F("14,900", S, note="report table: Lyle Crossing 14,900"),
    F("3.4%", C, "3.1%", note="report table: Harrowgate -3.1; -3.4 is Pennock's (swapped pair)"),
    F("3.1%", C, "3.4%", note="report table: Pennock -3.4; -3.1 is Harrowgate's (swapped pair)"),
    F("four", S, note="report table: four donor centers, Ostley, Harrowgate, Lyle Crossing and Pennock"),
    F("79,500", S, derived=True, note="report table: 34,800 + 18,600 + 14,900 + 11,200 = 79,500"),
    F("half", S, derived=True, note="report table: 79,500 / 148,300 = 53.6%, 'more than half'"),
    F("412", S, note="report: 412 high school drives"),
    F("11,300", S, note="report: collected 11,300 donations"),
    F("27", S, derived=True, note="report: 11,300 / 412 = 27.4"),
    F("46", S, note="report: 46 hospitals"),
    F("14", S, note="report: in 14 counties"),
    F("134,800", S, note="report: distributed 134,800 red cell units"),
    F("2.4%", S, note="report: up 2.4%"),
    F("three", S, note="report: the goal is a three-day supply"),
    F("1,100", S, note="report: about 1,100 units"),
    F("two", S, note="report: inventory fell below two days"),
    F("14", C, "41", note="report: below two days on 41 days in 2026 (transposed digits)"),
    F("14", S, note="report: declared an emergency shortage on July 14"),
    F("1.2", S, note="report: O-negative fell to a 1.2-day supply"),
    F("three", S, note="minutes: the appeal of July 14 to August 1, against the three weeks before it"),
    F("10,860", S, note="minutes: the appeal brought 10,860 donations"),
    F("4,030", S, note="minutes: 4,030 more than in the three weeks before it"),
    F("three", S, note="minutes: the three weeks before it"),
    F("65", S, note="report: donors 65 and older"),
    F("24%", S, note="report: gave 24% of donations"),
    F("25", S, note="report: donors under 25"),
    F("15%", S, note="report: gave 15%"),
    F("19%", S, note="report: down from 19% in 2021"),
    F("2020", C, "2021", note="report: 19% in 2021"),
    F("47", S, note="report: the average donor was 47 years old"),
    F("$59.5 million", S, note="report: revenue was $59.5 million"),
    F("$48.6 million", S, note="report: $48.6 million in fees that hospitals pay for blood products"),
    F("81.7%", S, note="report: (81.7%)"),
    F("$58.8 million", S, note="report: expenses were $58.8 million"),
    F("$1.7 million", C, "$0.7 million", note="report: a surplus of $0.7 million"),
    F("$238", S, note="report: the fee for a unit of red cells was $238"),
    F("$226", S, note="report: up from $226 in 2025"),
    F("9", S, note="minutes: carried 9-2"),
    F("2", S, note="minutes: carried 9-2"),
    F("$252", S, note="minutes: from $238 to $252"),
    F("5.9%", S, note="minutes: Thorsby, a 5.9% increase"),
    F("$2.4 million", S, note="minutes: about $2.4 million more a year, with the platelet fee"),
    F("fifth", S, note="minutes: a fifth donor center in Calder Mills"),
    F("10", S, note="minutes: for 10 years"),
    F("$14,500", S, note="minutes: at $14,500 a month"),
    F("$174,000", S, derived=True, note="minutes: $14,500 x 12 = $174,000"),
    F("9,000", S, note="minutes: about 9,000 donations a year"),
    F("$2.1 million", U, note="no source gives the cost of building out the center"),
    F("241", C, "214", note="report: 214 of them phlebotomists (transposed digits)"),
    F("486", S, note="report: 486 employees"),
    F("$20", C, "$15", derived=True, note="minutes: the gift cards cost $118,800 for 7,920 cards, $15 each"),
    F("6.8 million", U, note="no source gives a national count of donors"),
    F("92", U, note="no source gives the oldest donor's age"),
]

# --- AP2: opinion column (sources: article, transcript) ----------------------------------
AP2 = """# Our blood supply is aging faster than we are

*Opinion | By Trevor Halloway*

I was 17 when I gave blood at a high school drive in a gym that smelled of floor wax, and I have given 61 times since. I am now exactly the kind of donor Tidewell Regional Blood Center worries about: the kind who will not be around forever.

The numbers are stark. Tidewell collected a record 148,300 donations last year, up 3.8%, but donors 65 and older gave 24% of them, nearly a quarter, while donors under 25 gave just 15%, down from 21% five years earlier. The average donor is 47. Chief Executive Leontyne Farrow, 56, put it plainly: every year she loses donors "to age and illness" and doesn't replace them with 18-year-olds.

Harold Pym, 81, has given 212 times since 1976, more than 26 gallons. He is a hero. He is also not a plan. Tidewell told Valley Morning viewers in July that a donor has to be 16, with a parent's permission at that age, and weigh at least 110 pounds, and can give whole blood every 65 days. Those rules leave plenty of room for teenagers.

The summer showed what happens when the habit slips. In July the center declared an emergency with less than two days of red cells on hand. On the morning show two days later, Farrow said 1,940 people had come in since Tuesday but that the center still needed about 4,000 over two weeks, so it was less than half of the way there. The O-negative supply had climbed to about 1.5 days, from 1.2 days on Monday. O-negative, Dr. Rafael Imbert explained, is found in about 7% of people but makes up 13% of the red cells Tidewell ships, nearly twice its share, and a single car crash victim can need 40 units or more. All four donor centers stayed open until 8 p.m. on weekdays through Aug. 1, and a three-week appeal eventually brought in 10,860 donations.

High school drives are the obvious place to start. They brought in 11,300 donations last year from 421 drives, about 30 a drive, and Aliyah Mercer, 17, got 164 at Pennock High School in a single day. Farrow wants to recruit 5,000 donors under 25 this year. That is a good goal. It is not a strategy.

Meanwhile the price is going up. The center's board voted 8-3 in September to raise the fee hospitals pay for a unit of red cells to $252 from $238, about 6%. Ostley General Hospital, which used 24,100 units last year, expects to pay about $300,000 more, and its chief financial officer, Dana Kwiatek, 49, says blood "is not where we can cut corners." Kwiatek is right, but every dollar hospitals pay for blood comes back to us in our bills.

Tidewell supplied 46 hospitals in 14 counties last year on revenue of $59.5 million and finished with a $0.7 million surplus, about 1% of revenue. It employs 486 people and even handed out $15 gift cards in July. Its fifth donor center opens in Calder Mills in March. It should put a bloodmobile in every high school parking lot each semester, not once a year.

Here's my ask. If you're healthy and at least 16, give before the next shortage, which Farrow warned often follows Labor Day. It takes about an hour, 10 minutes of it in the chair. My daughter and I are going on Saturday; it will be her 3rd donation and my 62nd.
"""

AP2_FIGS = [
    F("17", U, note="the columnist's own age at the drive; no source gives it"),
    F("61", U, note="the columnist's own donations; no source gives them"),
    F("148,300", S, note="article: a record 148,300 donations in 2026"),
    F("3.8%", S, note="article: up 3.8%"),
    F("65", S, note="article / transcript: donors 65 and older"),
    F("24%", S, note="article: gave 24% of last year's blood"),
    F("a quarter", S, note="article: 24%, 'nearly a quarter' (the transcript: 'about a quarter')"),
    F("25", S, note="article: donors under 25"),
    F("15%", S, note="article: gave 15%"),
    F("21%", C, "19%", note="article: down from 19% five years earlier"),
    F("five", S, note="article: five years earlier"),
    F("47", S, note="article: the average donor is 47"),
    F("56", S, note="article: Leontyne Farrow, 56"),
    F("18", S, note="article: Farrow, 'I don't replace them with 18-year-olds'"),
    F("81", S, note="article: Harold Pym, 81"),
    F("212", S, note="article: has given 212 times"),
    F("1976", C, "1967", note="article: since 1967 (transposed digits)"),
    F("26", S, note="article: more than 26 gallons"),
    F("16", S, note="transcript: Imbert, 'at least 16, with a parent's permission at 16'"),
    F("110", S, note="transcript: weigh at least 110 pounds"),
    F("65", C, "56", note="transcript: you can give whole blood every 56 days (transposed digits)"),
    F("two", S, note="article: a July shortage that left it with less than two days of red cells"),
    F("two", S, note="transcript: 'Two days ago' Tidewell declared the shortage (broadcast Thursday, July 16)"),
    F("1,940", S, note="transcript: since Tuesday morning 1,940 people have come in"),
    F("4,000", S, note="transcript: we still need about 4,000 over two weeks"),
    F("two", S, note="transcript: over two weeks"),
    F("half", S, derived=True, note="transcript: 1,940 / 4,000 = 48.5%, 'less than half'"),
    F("1.5", S, note="transcript: O-negative at 'about a day and a half now'"),
    F("1.2", S, note="transcript: up from 1.2 on Monday"),
    F("7%", S, note="transcript: about 7% of people have it"),
    F("13%", S, note="transcript: about 13% of the red cells we ship"),
    F("twice", S, derived=True, note="transcript: 13 / 7 = 1.86, 'nearly twice'"),
    F("40", S, note="transcript: a single car crash victim can need 40 units or more"),
    F("four", S, note="transcript: all four of our donor centers"),
    F("8", S, note="transcript: open until 8 p.m. on weekdays"),
    F("1", S, note="transcript: through August 1"),
    F("three", S, note="article: a three-week appeal"),
    F("10,860", S, note="article: brought 10,860 donations"),
    F("11,300", S, note="article: high school drives brought in 11,300 donations"),
    F("421", C, "412", note="article: from 412 drives (transposed digits)"),
    F("30", C, "27", derived=True, note="article: 11,300 / 412 = 27.4 a drive"),
    F("17", S, note="article: Aliyah Mercer, 17"),
    F("164", S, note="article: collected 164 donations in a day"),
    F("5,000", S, note="article: recruit 5,000 donors under 25"),
    F("25", S, note="article: donors under 25"),
    F("8", C, "9", note="article: the board voted 9-2"),
    F("3", C, "2", note="article: the board voted 9-2"),
    F("$252", S, note="article: to $252"),
    F("$238", S, note="article: from $238"),
    F("6%", S, derived=True, note="article: 252 / 238 = 1.059, about 6%"),
    F("24,100", C, "21,400", note="article: Ostley General used 21,400 units (transposed digits)"),
    F("$300,000", S, note="article: Kwiatek, 'about $300,000 more for us in 2027'"),
    F("49", S, note="article: Dana Kwiatek, 49"),
    F("46", S, note="article: 46 hospitals"),
    F("14", S, note="article: in 14 counties"),
    F("$59.5 million", S, note="article: revenue was $59.5 million"),
    F("$0.7 million", S, note="article: a $0.7 million surplus"),
    F("1%", S, derived=True, note="article: 0.7 / 59.5 = 1.2%, 'about 1%'"),
    F("486", U, note="the staff count is in the report, not among this case's sources"),
    F("$15", U, note="the gift card is in the release, the minutes and the inventory report, none among this case's sources"),
    F("fifth", S, note="article: the center's fifth donor center, in Calder Mills"),
    F("16", S, note="transcript: you have to be at least 16"),
    F("10", S, note="transcript: the donation itself about ten minutes"),
    F("3rd", U, note="the columnist's daughter's donations; no source gives them"),
    F("62nd", U, note="the columnist's own donations; no source gives them"),
]

# --- AP3: explainer with a Markdown table (sources: inventory, release) -------------------
AP3 = """# Tidewell's summer blood shortage, week by week

*An explainer on the regional blood center's July emergency*

### How short did blood get?

In the week ending July 11, Tidewell Regional Blood Center's red cell inventory fell to 590 units, a 1.6-day supply and about half of its three-day goal of 1,100 units. O-negative was down to 1.2 days.

### How did it get there?

Donations sank while hospitals kept using blood at about the same pace:

| Week ending | Donations | Red cells distributed | Inventory (units) |
|---|---|---|---|
| June 27 | 2,540 | 2,610 | 820 |
| July 4 | 2,800 | 2,540 | 640 |
| July 11 | 2,210 | 2,620 | 590 |
| July 18 | 3,460 | 2,650 | 760 |
| July 25 | 3,880 | 2,950 | 1,010 |
| Aug. 1 | 3,520 | 2,570 | 1,140 |

The week of the July 4 holiday had the fewest donations of any week since January 2020, the center said. Since June 1, heat and the holiday had canceled 85 blood drives, costing an estimated 3,200 donations.

### What did the center do?

On Tuesday, July 14, it declared an emergency shortage. All four of its donor centers stayed open until 9 p.m. on weekdays through Aug. 1, and donors who gave by July 31 got a $15 gift card; 7,920 donors claimed the card, which cost the center $118,800. Its staff of 486 worked extra shifts.

### Did it work?

Yes. In the appeal's three weeks, ending July 18, July 25 and Aug. 1, donors gave 10,860 times, about 60% more than the 6,830 of the three weeks before. By the week ending Aug. 1 the supply was back above the three-day goal, at 3.1 days, and O-negative had recovered to 2.8 days, more than twice its low.

### Were hospitals using more blood?

Not really. Over the six weeks in the table hospitals took 15,850 red cell units, about 2,600 a week, the pace the center gave when it declared the emergency. O-negative blood, which about 7% of people have, is about 13% of what Tidewell ships, and hospitals that ran short postponed 37 surgeries. Tidewell has about 4,800 O-negative donors.

### What's the longer view?

The data sheet's eight weeks, through Aug. 15, counted 23,430 donations, an average of about 2,900 a week. Over the whole year Tidewell collected 148,300.
"""

AP3_FIGS = [
    F("11", S, note="inventory: week ending Jul 11"),
    F("590", S, note="inventory / release: 590 units"),
    F("1.6", S, note="inventory / release: a 1.6-day supply"),
    F("half", S, derived=True, note="inventory: 590 / 1,100 = 53.6%, 'about half'"),
    F("three", S, note="inventory / release: a three-day supply"),
    F("1,100", S, note="inventory / release: about 1,100 red cell units"),
    F("1.2", S, note="inventory: Jul 11, O-negative 1.2 days"),
    F("27", S, note="inventory: week ending Jun 27"),
    F("2,540", S, note="inventory: Jun 27, 2,540 donations"),
    F("2,610", S, note="inventory: Jun 27, 2,610 red cells distributed"),
    F("820", S, note="inventory: Jun 27, 820 units"),
    F("4", S, note="inventory: week ending Jul 4"),
    F("2,800", C, "2,080", note="inventory: Jul 4, 2,080 donations"),
    F("2,540", S, note="inventory: Jul 4, 2,540 red cells distributed"),
    F("640", S, note="inventory: Jul 4, 640 units"),
    F("11", S, note="inventory: week ending Jul 11"),
    F("2,210", S, note="inventory: Jul 11, 2,210 donations"),
    F("2,620", S, note="inventory: Jul 11, 2,620 distributed"),
    F("590", S, note="inventory: Jul 11, 590 units"),
    F("18", S, note="inventory: week ending Jul 18"),
    F("3,460", S, note="inventory: Jul 18, 3,460 donations"),
    F("2,650", S, note="inventory: Jul 18, 2,650 distributed"),
    F("760", S, note="inventory: Jul 18, 760 units"),
    F("25", S, note="inventory: week ending Jul 25"),
    F("3,880", S, note="inventory: Jul 25, 3,880 donations"),
    F("2,950", C, "2,590", note="inventory: Jul 25, 2,590 distributed (transposed digits)"),
    F("1,010", S, note="inventory: Jul 25, 1,010 units"),
    F("1", S, note="inventory: week ending Aug 1"),
    F("3,520", S, note="inventory: Aug 1, 3,520 donations"),
    F("2,570", S, note="inventory: Aug 1, 2,570 distributed"),
    F("1,140", S, note="inventory: Aug 1, 1,140 units"),
    F("4", S, note="release: the week of the July 4 holiday"),
    F("2020", C, "2022", note="release: the fewest in any week since January 2022"),
    F("1", S, note="release: since June 1"),
    F("85", C, "58", note="release: canceled 58 blood drives (transposed digits)"),
    F("3,200", C, "2,300", note="release: an estimated 2,300 donations (transposed digits)"),
    F("14", S, note="release: dated Tuesday, July 14, 2026, declaring the shortage today"),
    F("four", S, note="release: all four Tidewell donor centers"),
    F("9", C, "8", note="release: open until 8 p.m. on weekdays"),
    F("1", S, note="release: through August 1"),
    F("31", S, note="release / inventory: donors who give by July 31"),
    F("$15", S, note="release / inventory: a $15 gift card"),
    F("7,920", S, note="inventory: claimed by 7,920 donors"),
    F("$118,800", S, derived=True, note="inventory / release: 7,920 x $15 = $118,800"),
    F("486", U, note="the staff count is in the report, not among this case's sources"),
    F("three", S, note="inventory: the appeal's three weeks"),
    F("18", S, note="inventory: weeks ending July 18, July 25 and August 1"),
    F("25", S, note="inventory: weeks ending July 18, July 25 and August 1"),
    F("1", S, note="inventory: weeks ending July 18, July 25 and August 1"),
    F("10,860", S, note="inventory: donations in the appeal's three weeks, 10,860"),
    F("60%", S, derived=True, note="inventory: 10,860 / 6,830 = 1.59, 'about 60% more'"),
    F("6,830", S, derived=True, note="inventory: 2,540 + 2,080 + 2,210 = 6,830"),
    F("three", S, note="inventory: the weeks ending Jun 27, Jul 4 and Jul 11"),
    F("1", S, note="inventory: week ending Aug 1"),
    F("three", S, note="inventory: the goal, a three-day supply"),
    F("3.1", S, note="inventory: Aug 1, 3.1 days of supply"),
    F("2.8", C, "2.6", note="inventory: Aug 1, O-negative 2.6 days; 2.8 is Aug 8's"),
    F("twice", S, derived=True, note="inventory: O-negative 2.6 / 1.2 = 2.2, 'more than twice its low'"),
    F("six", S, note="inventory: the six weeks in the writer's table, June 27 to August 1"),
    F("15,850", C, "15,580", derived=True, note="inventory: 2,610 + 2,540 + 2,620 + 2,650 + 2,590 + 2,570 = 15,580"),
    F("2,600", S, derived=True, note="inventory / release: 15,580 / 6 = 2,597 a week; the release: about 2,600 red cell units a week"),
    F("7%", S, note="release: O-negative donors make up about 7% of the population"),
    F("13%", U, note="O-negative's share of red cells shipped is in the transcript, not among this case's sources"),
    F("37", U, note="no source gives postponed surgeries"),
    F("4,800", U, note="no source gives the number of O-negative donors"),
    F("eight", S, note="inventory: 8 weeks"),
    F("15", S, note="inventory: weeks ending June 27 to August 15"),
    F("23,430", S, note="inventory: 8 weeks, 23,430 donations"),
    F("2,900", S, derived=True, note="inventory: 23,430 / 8 = 2,929"),
    F("148,300", U, note="the year's donations are in the report and the article, neither among this case's sources"),
]

# --- AP4: newsletter, hard-wrapped (sources: transcript, minutes, inventory) ---------------
AP4 = """# Harrowgate Rotary Club: The Spoke, October 2026

**The summer shortage.** Tidewell Regional Blood Center's weekly inventory
report shows how close it came. In the week ending July 11 its red cell
inventory fell to 590 units, a 1.6-day supply, with O-negative at just 1.2
days. Donations had dropped to 2,080 in the week ending July 4, from 2,540
the week before, while hospitals took 2,540 red cells that week. It declared
an emergency on July 14.

**On TV.** Two days later, chief executive Leontyne Farrow told Valley
Morning that 1,940 people had given since Tuesday, about 970 a day, and that
the center still needed about 4,000 over two weeks. Medical director
Dr. Rafael Imbert said O-negative blood, found in about 7% of people, makes
up about 31% of the red cells Tidewell ships. He also said the whole visit
takes about an hour, and that donors must be 16 and weigh 110 pounds.

**The results.** The appeal ran from July 14 to Aug. 1, and in its three
weeks donors gave 10,860 times, 4,030 more than in the three weeks before.
By the week ending Aug. 1 the supply was at 3.1 days, and 7,920 donors
claimed the $25 gift card. In the eight weeks from late June to mid-August
the center took in 23,430 donations and sent hospitals 20,810 red cell
units, or about 2,600 a week.

**What the board decided.** At its Sept. 17 meeting Tidewell's board:

- raised the fee hospitals pay for a unit of red cells to $252 from $238,
  and for a platelet dose to $640 from $612, adding about $4.2 million a
  year; the vote was 9-2;
- agreed to lease a fifth donor center in Calder Mills for 10 years at
  $14,500 a month, opening in March 2027, on a 10-1 vote;
- bought two bloodmobiles at $465,000 each, or $930,000, to replace buses
  built in 2009 and 2012, by 7-4.

Director Wade Thorsby warned that small rural hospitals could not absorb
the 5.9% increase. Yet Farrow reported 98,400 donations through August, up
3.9% from a year earlier, and 31 of 214 phlebotomist jobs unfilled, about
one in seven. She thanked the center's 1,150 volunteers.

**Our drive.** But the best news is ours: Tidewell says our club's drives
have collected 1,240 donations since 2011. Our next drive is Saturday,
Nov. 14, at the Harrowgate library, and we need 40 donors.
"""

AP4_FIGS = [
    F("2026", S, note="inventory / minutes / transcript: the sources are dated 2026"),
    F("11", S, note="inventory: week ending Jul 11"),
    F("590", S, note="inventory: Jul 11, 590 units"),
    F("1.6", S, note="inventory: Jul 11, 1.6 days of supply"),
    F("1.2", S, note="inventory: Jul 11, O-negative 1.2 days"),
    F("2,080", S, note="inventory: Jul 4, 2,080 donations"),
    F("4", S, note="inventory: week ending Jul 4"),
    F("2,540", S, note="inventory: Jun 27, 2,540 donations"),
    F("2,540", S, note="inventory: Jul 4, 2,540 red cells distributed"),
    F("14", S, note="inventory / minutes: the emergency appeal of July 14 to August 1"),
    F("Two", S, note="transcript: 'Two days ago' Tidewell declared the shortage"),
    F("1,940", S, note="transcript: since Tuesday morning 1,940 people have come in"),
    F("970", S, derived=True, note="transcript: 1,940 over the two days since the Tuesday declaration = 970 a day"),
    F("4,000", S, note="transcript: we still need about 4,000"),
    F("two", S, note="transcript: over two weeks"),
    F("7%", S, note="transcript: about 7% of people have it"),
    F("31%", C, "13%", note="transcript: about 13% of the red cells we ship (transposed digits)"),
    F("16", S, note="transcript: at least 16"),
    F("110", S, note="transcript: weigh at least 110 pounds"),
    F("14", S, note="inventory / minutes: the appeal of July 14 to August 1"),
    F("1", S, note="inventory / minutes: to August 1"),
    F("three", S, note="inventory: the appeal's three weeks"),
    F("10,860", S, note="inventory / minutes: 10,860 donations"),
    F("4,030", S, note="minutes: 4,030 more than in the three weeks before it"),
    F("three", S, note="minutes: the three weeks before it"),
    F("1", S, note="inventory: week ending Aug 1"),
    F("3.1", S, note="inventory: Aug 1, 3.1 days of supply"),
    F("7,920", S, note="inventory: claimed by 7,920 donors"),
    F("$25", C, "$15", note="inventory: the $15 gift card"),
    F("eight", S, note="inventory: 8 weeks, ending June 27 to August 15"),
    F("23,430", S, note="inventory: 23,430 donations"),
    F("20,810", S, note="inventory: 20,810 red cells distributed"),
    F("2,600", S, derived=True, note="inventory: 20,810 / 8 = 2,601 a week"),
    F("17", S, note="minutes: meeting of Thursday, September 17, 2026"),
    F("$252", S, note="minutes: red cells from $238 to $252"),
    F("$238", S, note="minutes: from $238"),
    F("$640", S, note="minutes: a platelet dose from $612 to $640"),
    F("$612", S, note="minutes: from $612"),
    F("$4.2 million", C, "$2.4 million", note="minutes: about $2.4 million more a year"),
    F("9", S, note="minutes: carried 9-2"),
    F("2", S, note="minutes: carried 9-2"),
    F("fifth", S, note="minutes: a fifth donor center in Calder Mills"),
    F("10", S, note="minutes: for 10 years"),
    F("$14,500", S, note="minutes: at $14,500 a month"),
    F("2027", S, note="minutes: opening in March 2027"),
    F("10", C, "11", note="minutes: carried 11-0"),
    F("1", C, "0", note="minutes: carried 11-0"),
    F("two", S, note="minutes: two bloodmobiles"),
    F("$465,000", S, note="minutes: at $465,000 each"),
    F("$930,000", S, note="minutes: $930,000 in all"),
    F("2009", S, note="minutes: buses built in 2009 and 2011"),
    F("2012", C, "2011", note="minutes: buses built in 2009 and 2011"),
    F("7", S, note="minutes: carried 7-4"),
    F("4", S, note="minutes: carried 7-4"),
    F("5.9%", S, note="minutes: Thorsby, a 5.9% increase"),
    F("98,400", S, note="minutes: 98,400 donations through August"),
    F("3.9%", C, "2.9%", note="minutes: up 2.9% from 95,600 a year earlier"),
    F("31", S, note="minutes: phlebotomist vacancies 31"),
    F("214", S, note="minutes: of 214 positions"),
    F("one in seven", S, derived=True, note="minutes: 31 / 214 = 14.5%, about one in seven (1 / 7 = 14.3%)"),
    F("1,150", U, note="the volunteers are in the report, not among this case's sources"),
    F("1,240", U, note="no source gives the club's drives' donations"),
    F("2011", U, note="no source gives when the club's drives began"),
    F("14", U, note="the club's own drive; no source gives it"),
    F("40", U, note="the club's own goal; no source gives it"),
]

CASES = [
    ("fresh21-blind", "fresh-ap", list(AP_POOL.values()), [
        ("wire.txt", AP1, AP1_FIGS, "wire story with a dateline without a day, compound sentences holding two owners, a swapped pair and closing claims no source makes"),
        ("opinion.md", AP2, AP2_FIGS, "opinion column on an aging donor base: hedges, derived figures (shares, per-drive values, a percentage change, a multiple), another vote's tally, the columnist's own figures"),
        ("explainer.md", AP3, AP3_FIGS, "explainer with question headings and a Markdown table of weeks restating the weekly inventory report, derived sums and rates"),
        ("newsletter.md", AP4, AP4_FIGS, "service club newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet, the club's own drive"),
    ]),
]
CASE_SOURCES = {
    "fresh-ap-1": ["report", "minutes"],
    "fresh-ap-2": ["article", "transcript"],
    "fresh-ap-3": ["inventory", "release"],
    "fresh-ap-4": ["transcript", "minutes", "inventory"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AP_POOL, CASE_SOURCES)
