#!/usr/bin/env python3
"""Generate tests/fresh/fresh19-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AL (fresh19-blind): a regional public radio station's year, its fall member
                      drive and a lost state grant (Harlow Valley Public
                      Radio): the fiscal 2025 annual report excerpt (members,
                      sustainers, audience, revenue from six sources with
                      shares and changes, expenses, reserve, staff, drives),
                      the station's release on a record fall drive, the
                      drive's daily tally (a table of nine days), a podcast
                      episode's transcript with timestamps, the board's
                      minutes on a revised budget and a newspaper article on
                      the cuts

Each case has its own sources, a subset of the topic's pool of six documents
(CASE_SOURCES), as in make_ak.py, whose `run` (make.py's `main`, then
`set_case_sources`, make_e.py's `verify` and the counts) this uses.

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_al.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U  # noqa: E402  (the machinery is make.py's)
from make_ak import run  # noqa: E402  (per-case sources, verify, counts)

# ---------------------------------------------------------------------------
# Topic AL: Harlow Valley Public Radio (fictional)
# ---------------------------------------------------------------------------

AL_REPORT = """Harlow Valley Public Radio
Annual Report, Fiscal Year 2025 (excerpt)
July 1, 2024 to June 30, 2025

About the station

Harlow Valley Public Radio has broadcast from Merriton since 1974. Its main signal, 90.7 FM, and two translators, 94.1 FM in Corliss and 101.9 FM in Dunlow, reach 11 counties with 1.3 million residents. A new $420,000 transmitter went into service in March 2025, replacing one installed in 1987.

Members and audience

The station had 21,480 members on June 30, 2025, up 6.6% from 20,150 a year earlier. Sustaining members, who give monthly, numbered 12,870, or 59.9% of members. The renewal rate was 81%, and the average annual gift rose to $148 from $141.

An average of 138,500 people listened each week in the spring 2025 audience survey, up from 131,200 a year earlier. Listeners streamed 2.86 million hours, up 18.2% from 2.42 million, and the station's podcasts were downloaded 1.14 million times.

Revenue

Operating revenue was $6.63 million, up 5.3% from $6.29 million.

| Source | Amount ($ thousands) | Share (%) | Change from FY2024 (%) |
|---|---|---|---|
| Individual giving (members and major donors) | 3,180 | 48.0 | +7.4 |
| Corporate underwriting | 1,140 | 17.2 | -2.6 |
| Federal Community Service Grant | 710 | 10.7 | +1.1 |
| State Public Broadcasting Grant | 486 | 7.3 | 0.0 |
| Foundations | 612 | 9.2 | +22.4 |
| Events and other | 498 | 7.5 | +5.1 |
| Total | 6,626 | 100.0 | +5.3 |

The station's two member drives raised $1.46 million: $812,000 in nine days in fall 2024, a record, and $648,000 in eight days in spring 2025.

Expenses and reserves

Expenses were $6.48 million, leaving a surplus of $146,000. Programming and news took 61% of expenses, engineering and broadcasting 13%, fundraising and membership 14% and management 12%. The operating reserve stood at $1.9 million, about three and a half months of expenses.

Staff

The station ended the year with 38 full-time and 11 part-time employees. Its newsroom has 14 journalists, up from nine in 2021.
"""

AL_RELEASE = """FOR IMMEDIATE RELEASE
Harlow Valley Public Radio
Monday, October 20, 2025

Listeners give a record $1,024,600 in HVPR's fall drive, weeks after the state ends its grant

Listeners pledged $1,024,600 during Harlow Valley Public Radio's nine-day fall member drive, which ended Saturday, October 18, the most the station has raised in any drive since it went on the air in 1974 and 114% of the $900,000 goal. The previous record was $812,000, raised in fall 2024.

The drive, which began Friday, October 10, drew 6,930 pledges, with an average pledge of $148. New members made 1,840 of the pledges, and 3,460 were sustaining gifts paid monthly. The final day, Saturday, brought in $214,300, the most the station has raised in a single day.

The Orrin Falk Foundation matched new sustaining gifts up to $150,000; the challenge was met on Thursday. About 212 volunteers answered phones and worked the station's text line, giving 1,380 hours.

The drive followed the state budget signed on September 26, which eliminated the Public Broadcasting Grant Program. The program gave HVPR $486,000 a year, 7.3% of its revenue in the last fiscal year, and the loss takes effect in the current fiscal year, which began July 1.

"Our listeners heard what happened in the Capitol and answered it in nine days," said general manager Renata Oyelaran-Booth. "But a drive is not a budget. The board will have hard choices to make in November."

The station now has more than 22,500 members.
"""

AL_TALLY = """HVPR Fall Member Drive 2025: daily tally (final)
Prepared by the Development Office, Friday, October 24, 2025

| Day | Date | Pledges | Dollars pledged | New members | Running total ($) |
|---|---|---|---|---|---|
| Fri | Oct. 10 | 620 | 88,400 | 170 | 88,400 |
| Sat | Oct. 11 | 540 | 74,900 | 150 | 163,300 |
| Sun | Oct. 12 | 480 | 66,200 | 120 | 229,500 |
| Mon | Oct. 13 | 710 | 98,100 | 190 | 327,600 |
| Tue | Oct. 14 | 690 | 95,300 | 180 | 422,900 |
| Wed | Oct. 15 | 760 | 107,600 | 200 | 530,500 |
| Thu | Oct. 16 | 830 | 121,800 | 220 | 652,300 |
| Fri | Oct. 17 | 870 | 158,000 | 230 | 810,300 |
| Sat | Oct. 18 | 1,430 | 214,300 | 380 | 1,024,600 |
| Total | | 6,930 | 1,024,600 | 1,840 | |

Goal: $900,000. Falk Foundation challenge ($150,000 for new sustaining gifts) met on Thursday, October 16, at 4:10 p.m.

By channel (share of dollars): online 58%, phone 31%, text and mail 11%.

Paid as of October 24: 71% of pledged dollars.
"""

AL_TRANSCRIPT = """Behind the Mic: the HVPR podcast
Episode transcript: "Day seven"
Recorded Thursday, October 16, 2025; published Friday, October 17, 2025. Running time 23:14.

[00:00] JONAH PIKE (host): This is Behind the Mic, the podcast about how Harlow Valley Public Radio works. I'm Jonah Pike. It's Thursday, day seven of our nine-day fall drive, and with me are general manager Renata Oyelaran-Booth and development director Tomasz Wierzbicki.

[01:42] PIKE: Tomasz, where do we stand?

TOMASZ WIERZBICKI: As of midnight we had $530,500 from 3,800 pledges after six days. The goal is $900,000, so we need just under $370,000 in three days. Weekends are big for us. Last fall the final Saturday alone brought in about a fifth of the drive.

PIKE: And the challenge?

WIERZBICKI: The Orrin Falk Foundation is matching new sustaining gifts up to $150,000, and this morning we're about $22,000 away from unlocking all of it.

[06:05] PIKE: Renata, the state cut.

RENATA OYELARAN-BOOTH: The Legislature ended the Public Broadcasting Grant Program in the budget signed on September 26. For us that's $486,000 a year, a bit over 7% of our revenue, and roughly what we pay six reporters. Fourteen stations shared $3.1 million from that program, and we were the second-largest recipient.

PIKE: Is there any chance it comes back?

OYELARAN-BOOTH: Not this session. We have to plan as if it's gone for good.

[11:30] PIKE: Why push monthly giving so hard?

OYELARAN-BOOTH: Because sustainers stay. About 90% of them are still giving a year later, against about 70% of people who give once a year. Right now 12,870 of our 21,480 members give monthly.

[15:48] PIKE: We have a caller. Ada, in Corliss.

CALLER (ADA): I've been a member since 1999. I just raised my gift to $25 a month. The news people covered the flood on my road in 2023 when nobody else did.

[19:20] PIKE: What happens after Saturday?

OYELARAN-BOOTH: The board meets on November 18 to revise the budget. We have 38 full-time people, and I want to keep as many of them as I can. We've been on the air since 1974, and we'll be here.

PIKE: Thanks to you both. The phones are open, or you can give online.

[23:14] End of episode.
"""

AL_MINUTES = """HARLOW VALLEY PUBLIC MEDIA, INC.
Board of Directors
Minutes of the regular meeting
Tuesday, November 18, 2025, 5:30 p.m., HVPR Studio B, Merriton

Present: nine of the 11 directors, among them Chair Beatrix Lund and Treasurer Oren Castellanos. Absent: directors Whitfield and Agbaje. Staff: General Manager Renata Oyelaran-Booth; Development Director Tomasz Wierzbicki.

Treasurer's report

The fiscal 2025 audit found no material weaknesses. Audited revenue was $6.63 million and expenses $6.48 million, a surplus of $146,000. The fall member drive raised $1,024,600 in pledges against $900,000 in the budget. The station had 22,640 members on October 31, 13,910 of them sustainers.

Revised fiscal 2026 budget

The budget adopted in June 2025 projected revenue of $6.89 million and expenses of $6.86 million. The elimination of the state Public Broadcasting Grant removes $486,000; the fall drive adds $124,600 more than budgeted; and the underwriting forecast is lowered by $38,600, for revised revenue of $6.49 million.

Management proposed $372,000 in cuts: eliminating three positions, a producer, an assistant engineer and a vacant reporting post ($241,000); ending live overnight hosting from midnight to 5 a.m. and carrying a national service instead ($58,000); and reducing travel, training and music library spending ($73,000). Revised expenses would be $6.488 million, and the budget would be balanced.

Director Samuel Ferris moved to draw $300,000 from the $1.9 million operating reserve instead of eliminating positions. The motion failed 2-7. Director Lund moved to adopt the revised budget as proposed. The motion carried 7-2, directors Ferris and Mahlangu voting no.

News partnership

The board approved 9-0 a partnership with The Merriton Courier to share stories and two reporters' work on state government.

Public comment

Three listeners spoke. One, a member for 30 years, asked the board to keep the overnight host.

Adjournment

The meeting adjourned at 7:12 p.m. The next meeting is Tuesday, January 20, 2026.
"""

AL_ARTICLE = """Public radio station cuts three jobs, ends overnight live shows after losing state grant

By Camille Okonjo, The Merriton Courier
Wednesday, November 19, 2025

Harlow Valley Public Radio will eliminate three positions and stop broadcasting live from midnight to 5 a.m. after the state ended a grant worth $486,000 a year to the station, its board decided Tuesday.

The board voted 7-2 for $372,000 in cuts, a month after listeners gave a record $1.02 million in the station's fall drive. Two of the three positions are filled.

"We raised more than ever, and we still had to do this," said general manager Renata Oyelaran-Booth, 52. "A drive pays for a year. A grant paid every year."

Samuel Ferris, 71, one of the two directors who voted no, wanted to draw $300,000 from the station's $1.9 million reserve instead. "The reserve is there for exactly this," he said. Board chair Beatrix Lund, 67, said a reserve spent on salaries "is gone in a year, and then you cut anyway."

Delia Marsh, 58, who has hosted the overnight show for 22 years, will leave at the end of December. The station will carry a national service overnight.

The Legislature eliminated the Public Broadcasting Grant Program, which gave $3.1 million a year to 14 stations, in the budget signed on Sept. 26. Harlow Valley's share was the second largest, after the $620,000 that went to Capital Public Media.

Ridgeback Public Radio, 90 miles east, cut six jobs in September.

Gordon Phelps, 80, of Dunlow, a member since 1979, said he would double his gift to $240 a year. "I'd rather pay for the night host than lose her," he said.

The cuts leave the station with 35 full-time positions.
"""

AL_POOL = {
    "report": {"name": "hvpr-annual-report-fy2025.txt", "text": AL_REPORT},
    "release": {"name": "hvpr-fall-drive-release.txt", "text": AL_RELEASE},
    "tally": {"name": "fall-drive-2025-daily-tally.md", "text": AL_TALLY},
    "transcript": {"name": "behind-the-mic-day-seven-transcript.txt", "text": AL_TRANSCRIPT},
    "minutes": {"name": "hvpm-board-minutes-2025-11-18.txt", "text": AL_MINUTES},
    "article": {"name": "merriton-courier-radio-cuts.txt", "text": AL_ARTICLE},
}

# --- AL1: public-media trade news story (sources: release, report) -----------------------
AL1 = """# Harlow Valley Public Radio breaks its drive record weeks after losing state aid

*Listeners pledged $1.02 million in nine days. The station still has to replace $486,000 a year.*

MERRITON — Harlow Valley Public Radio raised $1,024,600 in its fall member drive, a record for the 90.7 FM station and 114% of its $900,000 goal, the station said Monday.

The drive ran from Friday, Oct. 10, to Saturday, Oct. 18, and drew 6,930 pledges, 1,840 of them from new members. Nearly half of all pledges, 3,460, were sustaining gifts paid monthly, helped by a $150,000 match from the Orrin Falk Foundation. The average pledge was $148, the same as the average annual gift in fiscal 2025.

The total beat the previous record, $812,000 in fall 2023, by more than a quarter. The final day alone brought in $214,300 from 1,430 pledges, the most HVPR has ever raised in one day.

The drive came weeks after the state budget signed Sept. 26 eliminated the Public Broadcasting Grant Program. The cut costs the station $486,000 a year, or 7.5% of its revenue, beginning in the fiscal year that started July 1. That is more than half of what the fall drive raised.

"Our listeners heard what happened in the Capitol and answered it in nine days," general manager Renata Oyelaran-Booth said. "But a drive is not a budget."

## How the station is funded

HVPR's annual report for fiscal 2025, which ended June 30, shows how much it already leans on listeners. Individual giving brought in $3.18 million, 48% of operating revenue of $6.63 million, while corporate underwriting slipped 2.6% to $1.14 million. The federal Community Service Grant provided $710,000, and foundation support jumped 22.4% to $612,000. Revenue as a whole rose 6.6%.

The station's two drives in fiscal 2025 raised $1.46 million together; this fall's drive alone came within about $435,000 of that.

Membership rose 6.6% to 21,480, and 59.9% of members give monthly. Weekly listening rose to 138,500 people from 132,100, and streaming grew 18.2% to 2.68 million hours.

HVPR ended the year with a surplus of $164,000 on expenses of $6.48 million and an operating reserve of $1.9 million, about three and a half months of spending. It has 38 full-time and 14 part-time employees, and its newsroom has grown to 14 journalists from nine in 2021.

About 212 volunteers answered phones during the drive, 40 more than last fall. The station, on the air since 1974, reaches 11 counties from Merriton and two translators. Its board is expected to revise the budget in November. HVPR was the second-largest of 14 stations funded by the state program, and it plans a spring drive with a goal of $700,000.
"""

AL1_FIGS = [
    F("$1.02 million", S, note="release: listeners pledged $1,024,600"),
    F("nine", S, note="release: the nine-day fall member drive"),
    F("$486,000", S, note="release: the program gave HVPR $486,000 a year"),
    F("$1,024,600", S, note="release: $1,024,600 pledged"),
    F("90.7", S, note="report: its main signal, 90.7 FM"),
    F("114%", S, note="release: 114% of the goal"),
    F("$900,000", S, note="release: the $900,000 goal"),
    F("10", S, note="release: began Friday, October 10"),
    F("18", S, note="release: ended Saturday, October 18"),
    F("6,930", S, note="release: 6,930 pledges"),
    F("1,840", S, note="release: new members made 1,840 of the pledges"),
    F("half", S, derived=True, note="release: 3,460 / 6,930 = 49.9%, 'nearly half'"),
    F("3,460", S, note="release: 3,460 were sustaining gifts"),
    F("$150,000", S, note="release: the Falk Foundation matched new sustaining gifts up to $150,000"),
    F("$148", S, note="release: an average pledge of $148"),
    F("2025", S, note="report: fiscal year 2025 (the average annual gift, $148, the same as the pledge)"),
    F("$812,000", S, note="release / report: the previous record, $812,000"),
    F("2023", C, "2024", note="release / report: raised in fall 2024"),
    F("a quarter", S, derived=True, note="release: 1,024,600 / 812,000 = 1.262, 'more than a quarter' above"),
    F("$214,300", S, note="release: the final day brought in $214,300"),
    F("1,430", U, note="the final day's pledges are in the tally, which is not among this case's sources"),
    F("one", S, note="release: the most the station has raised in a single day"),
    F("26", S, note="release: the state budget signed on September 26"),
    F("$486,000", S, note="release / report table: $486,000 a year"),
    F("7.5%", C, "7.3%", note="release / report table: 7.3% of revenue; 7.5% is events and other"),
    F("1", S, note="release: the current fiscal year, which began July 1"),
    F("half", C, "47.4%", derived=True, note="release: 486,000 / 1,024,600 = 47.4%, less than half"),
    F("nine", S, note="release: Oyelaran-Booth, 'answered it in nine days'"),
    F("2025", S, note="report: fiscal year 2025"),
    F("30", S, note="report: ended June 30, 2025"),
    F("$3.18 million", S, note="report table: individual giving 3,180"),
    F("48%", S, note="report table: individual giving 48.0%"),
    F("$6.63 million", S, note="report: operating revenue $6.63 million"),
    F("2.6%", S, note="report table: corporate underwriting -2.6"),
    F("$1.14 million", S, note="report table: corporate underwriting 1,140"),
    F("$710,000", S, note="report table: federal Community Service Grant 710"),
    F("22.4%", S, note="report table: foundations +22.4"),
    F("$612,000", S, note="report table: foundations 612"),
    F("6.6%", C, "5.3%", note="report: operating revenue up 5.3%; 6.6% is the rise in members"),
    F("two", S, note="report: the station's two member drives"),
    F("2025", S, note="report: in fiscal 2025"),
    F("$1.46 million", S, note="report: the two drives raised $1.46 million"),
    F("$435,000", S, derived=True, note="report / release: 1,460,000 - 1,024,600 = 435,400"),
    F("6.6%", S, note="report: members up 6.6%"),
    F("21,480", S, note="report: 21,480 members"),
    F("59.9%", S, note="report: sustaining members 59.9% of members"),
    F("138,500", S, note="report: 138,500 people each week"),
    F("132,100", C, "131,200", note="report: up from 131,200 (transposed digits)"),
    F("18.2%", S, note="report: streaming up 18.2%"),
    F("2.68 million", C, "2.86 million", note="report: 2.86 million hours (transposed digits)"),
    F("$164,000", C, "$146,000", note="report: a surplus of $146,000 (transposed digits)"),
    F("$6.48 million", S, note="report: expenses $6.48 million"),
    F("$1.9 million", S, note="report: operating reserve $1.9 million"),
    F("three and a half", S, note="report: about three and a half months of expenses"),
    F("38", S, note="report: 38 full-time employees"),
    F("14", C, "11", note="report: 11 part-time employees; 14 is the newsroom's journalists"),
    F("14", S, note="report: the newsroom has 14 journalists"),
    F("nine", S, note="report: up from nine in 2021"),
    F("2021", S, note="report: in 2021"),
    F("212", S, note="release: about 212 volunteers answered phones"),
    F("40", U, note="no source gives last fall's volunteers"),
    F("1974", S, note="release / report: on the air since 1974"),
    F("11", S, note="report: reach 11 counties"),
    F("two", S, note="report: two translators"),
    F("second-largest", U, note="the station's rank among grant recipients is in the transcript and the article, neither among this case's sources"),
    F("14", U, note="the number of stations is in the transcript and the article, neither among this case's sources"),
    F("$700,000", U, note="no source mentions a spring goal"),
]

# --- AL2: year-end donor appeal letter (sources: report, minutes) -------------------------
AL2 = """Harlow Valley Public Radio · 90.7 FM · Merriton

Dear friend,

This fall the state did something I had hoped it never would: it eliminated the Public Broadcasting Grant Program, and with it $486,000 a year that this station had counted on. That grant was 7.3% of our revenue last year.

On Nov. 18 our board of directors made hard choices. By a 7-2 vote, it cut $372,000 from this year's budget, which in June had counted on revenue of $6.98 million. We eliminated three positions, one of them vacant, for $241,000; ended live overnight hosting, which saves $85,000; and trimmed travel, training and our music library. The board also weighed drawing $300,000 from our $1.9 million reserve instead and turned that down, 2-7. The budget is balanced again at $6.49 million, and we keep 35 full-time positions.

And then you answered. Our fall drive raised $1,024,600 in pledges, $124,600 more than we had budgeted, and by Oct. 31 we had 22,460 members, 1,160 more than on June 30. More than three in five of you now give every month.

Here is what your support makes possible:

- **Local journalism.** Our newsroom has grown to 14 journalists from nine in 2019, and it won six regional awards this year.
- **A signal you can count on.** A new $420,000 transmitter replaced our 1978 transmitter in March, and 90.7 FM and our translators in Corliss and Dunlow reach 13 counties and 1.3 million people.
- **An audience that keeps growing.** 138,500 people listen each week. You streamed 2.86 million hours last year, up 18.2%, and downloaded our podcasts 1.14 million times.
- **Loyalty.** Last year 81% of members renewed, and the average gift rose to $148 from $114.
- **Where your dollar goes.** 61 cents of every dollar we spend goes to programming and news; management takes 12 cents and fundraising 13.
- **Careful stewardship.** We ended fiscal 2025 with a surplus of $146,000 and a reserve worth about four months of expenses.

Members and major donors gave $3.18 million last year, up 7.4% and nearly half of everything we raised. Underwriters gave $1.14 million and the federal grant $710,000. Nobody else can replace the state's share; only you can. If 1,000 listeners each gave $486, we would replace the grant in full.

Will you make a year-end gift today? A gift of $148, last year's average, keeps local news on the air. Every $60 pays for an hour of it.

With gratitude,

Renata Oyelaran-Booth
General Manager

P.S. Our 13,910 sustaining members give every month, and monthly gifts are the steadiest support we have. The Orrin Falk Foundation will match new monthly gifts up to $150,000 until Dec. 31.
"""

AL2_FIGS = [
    F("90.7", S, note="report: 90.7 FM"),
    F("$486,000", S, note="report table / minutes: the state grant, 486 thousand, removes $486,000"),
    F("7.3%", S, note="report table: state grant 7.3% of revenue"),
    F("18", S, note="minutes: the meeting of Tuesday, November 18, 2025"),
    F("7", S, note="minutes: the motion carried 7-2"),
    F("2", S, note="minutes: the motion carried 7-2"),
    F("$372,000", S, note="minutes: $372,000 in cuts"),
    F("$6.98 million", C, "$6.89 million", note="minutes: the June budget projected revenue of $6.89 million (transposed digits)"),
    F("three", S, note="minutes: eliminating three positions"),
    F("one", S, note="minutes: a vacant reporting post among the three"),
    F("$241,000", S, note="minutes: the three positions, $241,000"),
    F("$85,000", C, "$58,000", note="minutes: ending live overnight hosting, $58,000 (transposed digits)"),
    F("$300,000", S, note="minutes: Ferris moved to draw $300,000 from the reserve"),
    F("$1.9 million", S, note="minutes / report: the $1.9 million operating reserve"),
    F("2", S, note="minutes: the motion failed 2-7"),
    F("7", S, note="minutes: the motion failed 2-7"),
    F("$6.49 million", S, note="minutes: revised revenue of $6.49 million and expenses of $6.488 million, balanced"),
    F("35", S, derived=True, note="report / minutes: 38 full-time employees less three positions eliminated = 35 positions (one of the three was vacant)"),
    F("$1,024,600", S, note="minutes: the fall drive raised $1,024,600 in pledges"),
    F("$124,600", S, note="minutes: the fall drive adds $124,600 more than budgeted"),
    F("31", S, note="minutes: members on October 31"),
    F("22,460", C, "22,640", note="minutes: 22,640 members on October 31 (transposed digits)"),
    F("1,160", S, derived=True, note="minutes / report: 22,640 - 21,480 = 1,160 (right by the sources though the draft misstates the count beside it)"),
    F("30", S, note="report: 21,480 members on June 30, 2025"),
    F("three in five", S, derived=True, note="minutes: 13,910 / 22,640 = 61.4% sustainers, 'more than three in five'"),
    F("14", S, note="report: the newsroom has 14 journalists"),
    F("nine", S, note="report: up from nine"),
    F("2019", C, "2021", note="report: up from nine in 2021"),
    F("six", U, note="no source mentions awards"),
    F("$420,000", S, note="report: a new $420,000 transmitter"),
    F("1978", C, "1987", note="report: replacing one installed in 1987 (transposed digits)"),
    F("90.7", S, note="report: 90.7 FM"),
    F("13", C, "11", note="report: reach 11 counties"),
    F("1.3 million", S, note="report: 1.3 million residents"),
    F("138,500", S, note="report: 138,500 people each week"),
    F("2.86 million", S, note="report: 2.86 million hours"),
    F("18.2%", S, note="report: up 18.2%"),
    F("1.14 million", S, note="report: podcasts downloaded 1.14 million times"),
    F("81%", S, note="report: the renewal rate was 81%"),
    F("$148", S, note="report: the average annual gift rose to $148"),
    F("$114", C, "$141", note="report: from $141 (transposed digits)"),
    F("61", S, note="report: programming and news took 61% of expenses"),
    F("12", S, note="report: management 12%"),
    F("13", C, "14", note="report: fundraising and membership 14%; 13% is engineering and broadcasting"),
    F("2025", S, note="report: fiscal 2025"),
    F("$146,000", S, note="report: a surplus of $146,000"),
    F("four", C, "three and a half", note="report: the reserve is about three and a half months of expenses"),
    F("$3.18 million", S, note="report table: individual giving (members and major donors) 3,180"),
    F("7.4%", S, note="report table: individual giving +7.4"),
    F("half", S, note="report table: individual giving 48.0% of revenue ('nearly half', a fraction of a stated share)"),
    F("$1.14 million", S, note="report table: corporate underwriting 1,140"),
    F("$710,000", S, note="report table: federal Community Service Grant 710"),
    F("1,000", U, note="an assumption no source gives"),
    F("$486", U, note="worked out from an assumption no source gives (1,000 donors)"),
    F("$148", S, note="report: the average annual gift, $148"),
    F("$60", U, note="no source gives the cost of an hour of news"),
    F("13,910", S, note="minutes: 13,910 of them sustainers"),
    F("$150,000", U, note="the Falk match is in the release, the tally and the transcript, none of them among this case's sources"),
    F("31", U, note="no source gives a deadline for the Falk match"),
]

# --- AL3: podcast show notes with chapter timestamps (sources: transcript, tally) ---------
AL3 = """# Behind the Mic: "Day seven"

*Published Friday, Oct. 17, 2025 · 23:14 · Hosted by Jonah Pike*

On day seven of HVPR's nine-day fall drive, Jonah sits down with general manager Renata Oyelaran-Booth and development director Tomasz Wierzbicki to talk about where the money stands, what the state's cut means and why the station keeps asking you to give monthly.

**Chapters**

- **01:42** Where the drive stands: $530,500 from 3,800 pledges after six days, against a $900,000 goal. That left just under $370,000 to raise in three days, about $123,000 a day.
- **06:05** The state cut: the Public Broadcasting Grant Program, ended in the budget signed Sept. 26, was worth $486,000 a year to HVPR, a bit over 7% of revenue and roughly the pay of six reporters. Fourteen stations shared $3.1 million, and HVPR was the second-largest recipient.
- **11:30** Why monthly giving: about 90% of sustainers are still giving a year later, against about 70% of annual donors. Of the station's 21,480 members, 12,780 give monthly, nearly three in five.
- **16:48** A listener in Corliss, a member since 1989, calls in to raise her gift to $25 a month, or $300 a year. She credits the newsroom's coverage of a 2023 flood on her road.
- **19:20** What's next: the board meets Nov. 18 to revise the budget for a staff of 38 full-time people.

**Also mentioned**

- The Orrin Falk Foundation's match of new sustaining gifts, up to $150,000. On Thursday morning the station was about $32,000 short of unlocking all of it.
- HVPR has been on the air since 1974, or 51 years.
- Last fall's record drive raised $812,000.

**Update, Friday, Oct. 24**

The drive finished on Saturday, Oct. 18, at $1,024,600 from 6,930 pledges, 114% of the goal. Thursday, the day this episode was recorded, brought in $121,800; Friday, $185,000; and Saturday, the final day, $214,300 from 1,430 pledges, about a fifth of the total. The last three days raised $494,100 together. The Falk challenge was met on Thursday at 4:10 p.m. New members made 1,840 of the pledges, more than a third. Online giving brought in 58% of the dollars, phone 11% and text and mail 31%. By Oct. 24, 71% of pledged dollars had been paid, leaving about $297,000 to collect.

Thanks to the 212 volunteers who answered the phones. This episode had 2,400 downloads by Monday. Next week: the chief engineer on the transmitter that replaced the 1987 original.
"""

AL3_FIGS = [
    F("seven", S, note="transcript: episode 'Day seven', day seven of the drive"),
    F("17", S, note="transcript: published Friday, October 17, 2025"),
    F("2025", S, note="transcript: October 17, 2025"),
    F("23:14", S, note="transcript: running time 23:14"),
    F("seven", S, note="transcript: day seven of our nine-day fall drive"),
    F("nine", S, note="transcript: our nine-day fall drive"),
    F("01:42", S, note="transcript: the segment at [01:42]"),
    F("$530,500", S, note="transcript / tally: $530,500 after six days (running total through Wednesday)"),
    F("3,800", S, note="transcript: from 3,800 pledges"),
    F("six", S, note="transcript: after six days"),
    F("$900,000", S, note="transcript / tally: the goal is $900,000"),
    F("$370,000", S, note="transcript: 'just under $370,000'"),
    F("three", S, note="transcript: in three days"),
    F("$123,000", S, derived=True, note="transcript / tally: 369,500 / 3 = 123,167 a day"),
    F("06:05", S, note="transcript: the segment at [06:05]"),
    F("26", S, note="transcript: the budget signed on September 26"),
    F("$486,000", S, note="transcript: $486,000 a year"),
    F("7%", S, note="transcript: 'a bit over 7% of our revenue'"),
    F("six", S, note="transcript: 'roughly what we pay six reporters'"),
    F("Fourteen", S, note="transcript: 'Fourteen stations shared $3.1 million'"),
    F("$3.1 million", S, note="transcript: $3.1 million"),
    F("second-largest", S, note="transcript: 'we were the second-largest recipient'"),
    F("11:30", S, note="transcript: the segment at [11:30]"),
    F("90%", S, note="transcript: about 90% of sustainers still giving a year later"),
    F("70%", S, note="transcript: about 70% of people who give once a year"),
    F("21,480", S, note="transcript: 'our 21,480 members'"),
    F("12,780", C, "12,870", note="transcript: '12,870 of our 21,480 members give monthly' (transposed digits)"),
    F("three in five", S, derived=True, note="transcript: 12,870 / 21,480 = 59.9%, 'nearly three in five'"),
    F("16:48", C, "15:48", note="transcript: the caller's segment begins at [15:48]"),
    F("1989", C, "1999", note="transcript: Ada, 'a member since 1999'"),
    F("$25", S, note="transcript: 'I just raised my gift to $25 a month'"),
    F("$300", S, derived=True, note="transcript: $25 x 12 = $300 a year"),
    F("2023", S, note="transcript: the flood on her road in 2023"),
    F("19:20", S, note="transcript: the segment at [19:20]"),
    F("18", S, note="transcript: the board meets on November 18"),
    F("38", S, note="transcript: 'We have 38 full-time people'"),
    F("$150,000", S, note="transcript / tally: matching new sustaining gifts up to $150,000"),
    F("$32,000", C, "$22,000", note="transcript: 'this morning we're about $22,000 away'"),
    F("1974", S, note="transcript: 'on the air since 1974'"),
    F("51", S, derived=True, note="transcript: 2025 - 1974 = 51 years"),
    F("$812,000", U, note="the 2024 record is in the release and the report, neither among this case's sources"),
    F("24", S, note="tally: final, prepared Friday, October 24, 2025"),
    F("18", S, note="tally: Sat., Oct. 18, the last day"),
    F("$1,024,600", S, note="tally: total 1,024,600"),
    F("6,930", S, note="tally: total pledges 6,930"),
    F("114%", S, derived=True, note="tally: 1,024,600 / 900,000 = 113.8%"),
    F("$121,800", S, note="tally: Thu., Oct. 16, 121,800"),
    F("$185,000", C, "$158,000", note="tally: Fri., Oct. 17, 158,000 (transposed digits)"),
    F("$214,300", S, note="tally: Sat., Oct. 18, 214,300"),
    F("1,430", S, note="tally: Sat., Oct. 18, 1,430 pledges"),
    F("a fifth", S, derived=True, note="tally: 214,300 / 1,024,600 = 20.9%, 'about a fifth'"),
    F("three", S, note="tally: the last three days (Oct. 16 to 18)"),
    F("$494,100", S, derived=True, note="tally: 121,800 + 158,000 + 214,300 = 494,100 (right by the sources though the draft misstates Friday)"),
    F("4:10", S, note="tally: challenge met on Thursday, October 16, at 4:10 p.m."),
    F("1,840", S, note="tally: new members 1,840"),
    F("a third", C, "26.6%", derived=True, note="tally: 1,840 / 6,930 = 26.6%, more than a quarter but not a third"),
    F("58%", S, note="tally: online 58%"),
    F("11%", C, "31%", note="tally: phone 31%; 11% is text and mail (swapped pair)"),
    F("31%", C, "11%", note="tally: text and mail 11%; 31% is phone (swapped pair)"),
    F("24", S, note="tally: paid as of October 24"),
    F("71%", S, note="tally: 71% of pledged dollars paid"),
    F("$297,000", S, derived=True, note="tally: 29% x 1,024,600 = 297,134 unpaid"),
    F("212", U, note="the volunteers are in the release, which is not among this case's sources"),
    F("2,400", U, note="no source gives the episode's downloads"),
    F("1987", U, note="the transmitter's year is in the report, which is not among this case's sources"),
]

# --- AL4: development staff report to the board, hard-wrapped (sources: tally, release, article)
AL4 = """# Staff report: the fall 2025 member drive

**To:** Board of Directors, Harlow Valley Public Media
**From:** Tomasz Wierzbicki, Development Director
**Subject:** Results of the Oct. 10-18 drive, and lessons for spring

## Summary

The fall drive raised $1,024,600 in pledges over eight days, 114% of the
$900,000 goal and 26% more than the previous record of $812,000, set in fall
2024. It drew 6,390 pledges, 1,840 of them from new members, and 3,460
sustaining gifts. The average pledge was $148.

## Selected days

| Day | Pledges | Dollars |
|---|---|---|
| Fri., Oct. 10 | 620 | 88,400 |
| Wed., Oct. 15 | 760 | 170,600 |
| Thu., Oct. 16 | 220 | 121,800 |
| Fri., Oct. 17 | 870 | 158,000 |
| Sat., Oct. 18 | 1,430 | 214,300 |

The drive averaged about $114,000 a day, but unevenly. The opening weekend
was our weakest stretch: Saturday and Sunday together brought in $141,100,
less than the final Saturday alone, which produced about a fifth of the total.

## Channels, payment and volunteers

Online giving brought in 58% of dollars, phone 31% and text and mail 11%. The
Falk Foundation's $150,000 challenge for new sustaining gifts, worth about
a tenth of the drive, was met on Thursday, Oct. 16, at 4:10 p.m. As of
Oct. 24, 71% of pledged dollars had been paid, leaving about $297,000 to
collect.

About 212 volunteers answered phones and texts, giving 1,830 hours, or 6.5
hours each.

## Context

The drive followed the state budget signed on Sept. 26, which ended the
Public Broadcasting Grant Program. It paid us $486,000 a year, 7.3% of our
revenue, and $3.1 million to 14 stations in all; only Capital Public Media,
at $620,000, received more. In November the board voted 7-2 for $372,000 in
cuts, among them three positions, two of them filled, and the live overnight
shift from midnight to 6 a.m. that Delia Marsh hosted for 25 years. We now
have 35 full-time positions. Still, the drive raised more than twice the
grant we lost. Ridgeback Public Radio, 90 miles east, cut eight jobs in
September.

## Recommendations for spring

- Set the spring goal at $750,000, up from the $648,000 raised last spring.
- Run the drive from April 17 to 25 so that it ends on a Saturday: the final
  Saturday raised $214,300, nearly three times the opening Saturday's $74,900.
- Ask this fall's 1,840 new members to become sustainers.
- Hire a part-time volunteer coordinator, 20 hours a week, at $28,000 a year.
"""

AL4_FIGS = [
    F("2025", S, note="tally / release: the fall member drive 2025"),
    F("10", S, note="tally / release: from Friday, October 10"),
    F("18", S, note="tally / release: to Saturday, October 18"),
    F("$1,024,600", S, note="tally / release: $1,024,600 pledged"),
    F("eight", C, "nine", note="release: the nine-day drive (the tally lists nine days)"),
    F("114%", S, note="release: 114% of the goal"),
    F("$900,000", S, note="release / tally: the $900,000 goal"),
    F("26%", S, derived=True, note="release: 1,024,600 / 812,000 = 1.262, 26% more"),
    F("$812,000", S, note="release: the previous record was $812,000"),
    F("2024", S, note="release: raised in fall 2024"),
    F("6,390", C, "6,930", note="release / tally: 6,930 pledges (transposed digits)"),
    F("1,840", S, note="release / tally: new members made 1,840 of the pledges"),
    F("3,460", S, note="release: 3,460 sustaining gifts"),
    F("$148", S, note="release: an average pledge of $148"),
    F("10", S, note="tally: Fri., Oct. 10"),
    F("620", S, note="tally: Oct. 10, 620 pledges"),
    F("88,400", S, note="tally: Oct. 10, 88,400"),
    F("15", S, note="tally: Wed., Oct. 15"),
    F("760", S, note="tally: Oct. 15, 760 pledges"),
    F("170,600", C, "107,600", note="tally: Oct. 15, 107,600 (transposed digits)"),
    F("16", S, note="tally: Thu., Oct. 16"),
    F("220", C, "830", note="tally: Oct. 16, 830 pledges; 220 is that day's new members"),
    F("121,800", S, note="tally: Oct. 16, 121,800"),
    F("17", S, note="tally: Fri., Oct. 17"),
    F("870", S, note="tally: Oct. 17, 870 pledges"),
    F("158,000", S, note="tally: Oct. 17, 158,000"),
    F("18", S, note="tally: Sat., Oct. 18"),
    F("1,430", S, note="tally: Oct. 18, 1,430 pledges"),
    F("214,300", S, note="tally: Oct. 18, 214,300"),
    F("$114,000", S, derived=True, note="tally: 1,024,600 / 9 days = 113,844 a day"),
    F("$141,100", S, derived=True, note="tally: Sat., Oct. 11, 74,900 + Sun., Oct. 12, 66,200 = 141,100"),
    F("a fifth", S, derived=True, note="tally: 214,300 / 1,024,600 = 20.9%, 'about a fifth'"),
    F("58%", S, note="tally: online 58%"),
    F("31%", S, note="tally: phone 31%"),
    F("11%", S, note="tally: text and mail 11%"),
    F("$150,000", S, note="tally / release: the $150,000 challenge"),
    F("a tenth", C, "14.6%", derived=True, note="tally: 150,000 / 1,024,600 = 14.6%, nearer a seventh than a tenth"),
    F("16", S, note="tally: met on Thursday, October 16"),
    F("4:10", S, note="tally: at 4:10 p.m."),
    F("24", S, note="tally: paid as of October 24"),
    F("71%", S, note="tally: 71% of pledged dollars"),
    F("$297,000", S, derived=True, note="tally: 29% x 1,024,600 = 297,134 unpaid"),
    F("212", S, note="release: about 212 volunteers"),
    F("1,830", C, "1,380", note="release: giving 1,380 hours (transposed digits)"),
    F("6.5", S, derived=True, note="release: 1,380 / 212 = 6.5 hours each (right by the sources though the draft misstates the hours beside it)"),
    F("26", S, note="release / article: the budget signed on September 26"),
    F("$486,000", S, note="release / article: $486,000 a year"),
    F("7.3%", S, note="release: 7.3% of its revenue in the last fiscal year"),
    F("$3.1 million", S, note="article: $3.1 million a year to 14 stations"),
    F("14", S, note="article: 14 stations"),
    F("$620,000", S, note="article: the $620,000 that went to Capital Public Media, the largest share"),
    F("7", S, note="article: the board voted 7-2"),
    F("2", S, note="article: the board voted 7-2"),
    F("$372,000", S, note="article: $372,000 in cuts"),
    F("three", S, note="article: eliminate three positions"),
    F("two", S, note="article: two of the three positions are filled"),
    F("6", C, "5", note="article: stop broadcasting live from midnight to 5 a.m."),
    F("25", C, "22", note="article: Delia Marsh has hosted the overnight show for 22 years"),
    F("35", S, note="article: 35 full-time positions"),
    F("twice", S, derived=True, note="release / article: 1,024,600 / 486,000 = 2.1, 'more than twice'"),
    F("90", S, note="article: Ridgeback Public Radio, 90 miles east"),
    F("eight", C, "six", note="article: Ridgeback cut six jobs in September"),
    F("$750,000", U, note="the report's own proposal; no source gives it"),
    F("$648,000", U, note="the spring 2025 drive is in the annual report, which is not among this case's sources"),
    F("17", U, note="the report's own proposal; no source gives spring dates"),
    F("25", U, note="the report's own proposal; no source gives spring dates"),
    F("$214,300", S, note="tally: Sat., Oct. 18, 214,300"),
    F("three times", S, derived=True, note="tally: 214,300 / 74,900 = 2.86, 'nearly three times'"),
    F("$74,900", S, note="tally: Sat., Oct. 11, 74,900"),
    F("1,840", S, note="tally / release: 1,840 new members"),
    F("20", U, note="the report's own proposal; no source gives it"),
    F("$28,000", U, note="the report's own proposal; no source gives it"),
]

CASES = [
    ("fresh19-blind", "fresh-al", list(AL_POOL.values()), [
        ("trade-news.md", AL1, AL1_FIGS, "public-media trade news story: headline and dek, a subhead, compound sentences holding two owners and closing claims no source makes"),
        ("appeal-letter.txt", AL2, AL2_FIGS, "year-end donor appeal letter from the general manager: first person, bold-lead-in bullets, an assumption-based ask, a P.S."),
        ("show-notes.md", AL3, AL3_FIGS, "podcast show notes: chapter timestamps, bullets, an 'also mentioned' list and a dated update after the episode"),
        ("staff-report.md", AL4, AL4_FIGS, "development staff report to the board: header lines, a selected-days table, lines hard-wrapped near 80 columns, recommendations"),
    ]),
]
CASE_SOURCES = {
    "fresh-al-1": ["release", "report"],
    "fresh-al-2": ["report", "minutes"],
    "fresh-al-3": ["transcript", "tally"],
    "fresh-al-4": ["tally", "release", "article"],
}
NOT_FIGURES = set()


if __name__ == "__main__":
    run(CASES, NOT_FIGURES, AL_POOL, CASE_SOURCES)
