#!/usr/bin/env python3
"""Generate tests/fresh/fresh18-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  AJ (fresh18-blind): a regional museum of art and history's year and its
                      expansion campaign (Dunmere Museum of Art and History):
                      the museum's fiscal 2025 annual report excerpt
                      (attendance by five kinds of visit with changes and
                      shares, an exhibition, members and dues, ticket prices,
                      revenue from six sources, expenses, the endowment and
                      its return and draw, staff, volunteers, the collection,
                      the campaign at year-end), the museum's release on a
                      record $12 million gift and the Riverside Wing, and a
                      newspaper article on the gift

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_aj.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic AJ: Dunmere Museum of Art and History (fictional)
# ---------------------------------------------------------------------------

AJ_REPORT = """Dunmere Museum of Art and History
Annual Report, Fiscal Year 2025 (excerpt)
July 1, 2024 to June 30, 2025

Attendance

The museum welcomed 248,600 visitors in fiscal 2025, up 8.4% from 229,400, the second-highest total in its 97-year history after the 257,900 of fiscal 2019.

Table 1. Attendance by type of visit, fiscal 2025

| Type of visit | Visits | Change from 2024 (%) | Share of visits (%) |
|---|---|---|---|
| General admission | 118,400 | +6.2 | 47.6 |
| Members | 41,300 | +14.1 | 16.6 |
| School and youth groups | 29,700 | -3.4 | 11.9 |
| Free Thursday evenings and community days | 34,900 | +21.7 | 14.0 |
| Public programs and events | 24,300 | +9.0 | 9.8 |
| Total | 248,600 | +8.4 | 100.0 |

The special exhibition "Threads of the Valley: Quilts and Coverlets", on view for 16 weeks in the Hartwell Gallery, drew 63,200 visitors, the most for any exhibition since 2016. School visits fell for the second year in a row, after two school districts cut field-trip buses.

Membership and admission

Member households rose 10.4% to 9,840 from 8,910, and 78% of members renewed. Annual dues are $65 for an individual and $95 for a household. Adult admission rose to $18 from $16 on January 1, 2025. Seniors pay $15 and students $10; children 12 and under, members and Thursday-evening visitors are admitted free. Admission revenue was $1.92 million, up 14.3% from $1.68 million.

Finances

Operating revenue was $12.60 million: contributions and grants $3.86 million, the endowment draw $3.52 million, city and county support $2.15 million, admissions $1.92 million, membership $0.84 million and the store, café and rentals $0.31 million. Expenses were $12.38 million, leaving a surplus of $0.22 million, the museum's fourth surplus in a row.

The endowment was valued at $86.4 million on June 30, 2025, up from $79.8 million a year earlier. Investments returned 11.2%, against 7.4% in fiscal 2024. Each year the museum draws 4.5% of the endowment's average value over the previous 12 quarters.

People and collection

The museum had 94 full-time and 41 part-time staff at year-end. Its 312 volunteers, among them 58 docents, gave 21,600 hours. The collection numbers about 41,000 objects; 186 were acquired during the year, 131 of them as gifts.

The Next Century Campaign

The campaign seeks $48 million: $40 million to build the 36,000-square-foot Riverside Wing and $8 million for an endowment to run it. At June 30, 2025, it had raised $31.4 million from 1,210 donors, 65.4% of the goal.
"""

AJ_RELEASE = """FOR IMMEDIATE RELEASE
Dunmere Museum of Art and History
Tuesday, October 14, 2025

Halloran Family Foundation gives $12 million to Dunmere Museum; Riverside Wing to break ground in November

The Halloran Family Foundation has pledged $12 million to the Dunmere Museum of Art and History's Next Century Campaign, the largest gift in the museum's 97-year history, the museum announced today. The previous record was a $5 million bequest in 2008.

The gift brings the campaign to $44.7 million, 93.1% of its $48 million goal, with $3.3 million left to raise by December 31, 2026.

Table 1. Next Century Campaign commitments, October 14, 2025

| Source | Amount ($ million) | Share of amount raised (%) |
|---|---|---|
| Halloran Family Foundation | 12.0 | 26.8 |
| Museum trustees (23 households) | 9.8 | 21.9 |
| State Cultural Facilities grant | 6.5 | 14.5 |
| City of Dunmere | 5.0 | 11.2 |
| Other individuals, foundations and companies | 11.4 | 25.5 |
| Total | 44.7 | 100.0 |

The Dunmere City Council approved the city's $5 million contribution on a 6-1 vote in August.

Construction of the 36,000-square-foot Riverside Wing begins in November 2025 and is expected to take 26 months, with the wing opening to the public in spring 2028. It will add 22,000 square feet of gallery space, raising the museum's total from 48,000 to 70,000 square feet, and include a 180-seat lecture hall and new classrooms for school groups. The wing will need 14 new full-time positions and is expected to cost $1.6 million a year to run. It was designed by Ferrand & Ocampo Architects and will be built to the state's highest energy-efficiency standard. The museum's last expansion, the Hartwell Gallery, opened in 1986.

When the wing opens, adult admission will rise to $22 from $18 and senior admission to $18 from $15. Student admission will stay at $10, and children 12 and under will still be admitted free, as will visitors on Thursday evenings.

"Margaret and Desmond Halloran brought their children here in 1971, and their grandchildren after that," said director Thomas Avery-Quinn. "This gift means the next generation will have room to see the collection. Today we can show only about 4% of it."

Board chair Lorraine Mbeki-Hale said the museum expects attendance to reach 320,000 in the wing's first full year.

The campaign has received gifts from 1,690 donors.
"""

AJ_ARTICLE = """$12 million Halloran gift puts Dunmere museum's new wing within reach

By Owen Lindqvist, The Dunmere Courier
Thursday, October 16, 2025

The Dunmere Museum of Art and History will break ground next month on its Riverside Wing, two days after announcing a $12 million gift from the Halloran Family Foundation, the largest in the museum's history.

Margaret Halloran, 81, who chairs the foundation, said her family has supported the museum for more than 50 years. "Desmond used to say this was the city's living room," she said of her late husband, who ran Halloran Freight until 1998.

Director Thomas Avery-Quinn, 56, who came to Dunmere in 2017, said the museum turns away about 40 school groups a year for lack of classroom space. Chief curator Elena Vasquez-Ruiz, 49, said only about 1,600 of the collection's 41,000 objects are on view. The wing's opening exhibition will draw on the museum's holdings of more than 3,000 textiles, the largest group in the collection, she said.

The city's $5 million share drew the only council dissent in August. Council member Gerald Prewitt, 64, voted against it, arguing that the money should go to branch libraries, which he said need $7 million in repairs.

Some members object to the higher prices planned for 2028. Ruth Ostrowski, 72, a member for 31 years, said a $22 adult ticket "will keep working families out." Avery-Quinn said free Thursday evenings alone drew 22,600 visits last year and will stay free.

Keisha Morrow, 38, a preparator and the steward of the staff union formed in 2023, said 68 of the museum's employees are members and the starting wage under their contract is $19.50 an hour. She asked that the 14 new positions be union jobs.

Board treasurer Paul Nakagawa said the $1.6 million a year to run the wing will come mainly from the campaign's $8 million endowment fund and from higher admissions. At the museum's 4.5% draw, that fund would produce about $360,000 a year.

The Ashgrove Art Center, 35 miles north, opened a $29 million wing in 2019; its attendance rose 31% the next year.

The wing will take over 85 of the museum's 225 parking spaces. Avery-Quinn said the museum expects to finish the campaign by the end of 2026, and that the Hartwell Gallery will close for four months in 2027 while the two buildings are joined.
"""

AJ_SOURCES = [
    {"name": "dunmere-museum-annual-report-fy2025.txt", "text": AJ_REPORT},
    {"name": "dunmere-museum-halloran-gift-release.txt", "text": AJ_RELEASE},
    {"name": "dunmere-courier-article.txt", "text": AJ_ARTICLE},
]

# --- AJ1: arts-desk wire story with a dateline --------------------------------------------
AJ1 = """Dunmere museum lands record $12 million gift, will break ground on new wing

DUNMERE, Oct. 14 (Arts Wire) — The Dunmere Museum of Art and History has received a $12 million pledge from the Halloran Family Foundation, the largest gift in its 97-year history, and will begin building its 36,000-square-foot Riverside Wing in November.

The gift lifts the Next Century Campaign to $44.7 million, or 93.1% of its $48 million goal, leaving $3.3 million to raise by Dec. 31, 2026. The previous record gift was a $5 million bequest in 2006.

Trustees have pledged $9.8 million and the state $6.5 million, while the city is putting in $5.0 million, approved by the City Council on a 5-2 vote in August. Together, public money comes to $11.5 million, about a quarter of the total raised. Other individuals, foundations and companies have given $11.4 million, and the campaign counts 1,960 donors in all.

Of the $48 million goal, $40 million pays for construction and $8 million goes to an endowment to run the wing, which is expected to cost $1.6 million a year and need 14 new full-time staff. The wing will take about 26 months to build and open in spring 2028; about 250 construction workers will be on site at the peak.

It adds 22,000 square feet of galleries, raising the museum's total to 70,000 square feet, an increase of nearly half, along with a 108-seat lecture hall. "Today we can show only about 4% of it," director Thomas Avery-Quinn said of the collection of some 41,000 objects.

When the wing opens, adult admission will rise to $22 from $18, and seniors will pay $18 instead of $16.

The museum drew 248,600 visitors in the fiscal year that ended June 30, up 8.4% and its best year since fiscal 2019's 257,900. Members made 41,300 visits, up 16.6%, while school and youth groups fell 3.4% to 29,700. Free Thursday evenings and community days drew 34,900, the fastest-growing category at 21.7%.

Member households rose to 9,840 from 8,190, and the endowment grew to $86.4 million after an 11.2% return. The museum ran a $0.22 million surplus on $12.60 million in revenue, its third surplus in a row.

Board chair Lorraine Mbeki-Hale said the museum expects 320,000 visitors in the wing's first full year, nearly 30% more than in fiscal 2025.

Attendance has risen in each of the past three years, and construction bids came in 8% under the architect's estimate. The Halloran family's freight company employed 1,200 people at its peak.
"""

AJ1_FIGS = [
    F("$12 million", S, note="headline; release: pledged $12 million, the largest gift"),
    F("14", S, note="dateline Oct. 14: the release of Tuesday, October 14, 2025 announces the gift"),
    F("$12 million", S, note="release: pledged $12 million"),
    F("97", S, note="release: the museum's 97-year history"),
    F("36,000", S, note="release / report: the 36,000-square-foot Riverside Wing"),
    F("$44.7 million", S, note="release: brings the campaign to $44.7 million"),
    F("93.1%", S, note="release: 93.1% of its goal"),
    F("$48 million", S, note="release: its $48 million goal"),
    F("$3.3 million", S, note="release: $3.3 million left to raise"),
    F("31", S, note="release: by December 31, 2026"),
    F("2026", S, note="release: December 31, 2026"),
    F("$5 million", S, note="release: the previous record was a $5 million bequest"),
    F("2006", C, "2008", note="release: a $5 million bequest in 2008"),
    F("$9.8 million", S, note="release table: museum trustees 9.8"),
    F("$6.5 million", S, note="release table: State Cultural Facilities grant 6.5"),
    F("$5.0 million", S, note="release table: City of Dunmere 5.0"),
    F("5", C, "6", note="release: the council approved it on a 6-1 vote"),
    F("2", C, "1", note="release: a 6-1 vote (article: the only council dissent)"),
    F("$11.5 million", S, derived=True, note="release table: state 6.5 + city 5.0 = 11.5"),
    F("a quarter", S, derived=True, note="release table: 11.5 / 44.7 = 25.7% (14.5% + 11.2%), 'about a quarter'"),
    F("$11.4 million", S, note="release table: other individuals, foundations and companies 11.4"),
    F("1,960", C, "1,690", note="release: gifts from 1,690 donors (transposed digits)"),
    F("$48 million", S, note="report: the campaign seeks $48 million"),
    F("$40 million", S, note="report: $40 million to build the wing"),
    F("$8 million", S, note="report: $8 million for an endowment to run it"),
    F("$1.6 million", S, note="release: expected to cost $1.6 million a year to run"),
    F("14", S, note="release: 14 new full-time positions"),
    F("26", S, note="release: expected to take 26 months"),
    F("2028", S, note="release: opening in spring 2028"),
    F("250", U, note="no source gives the construction workforce"),
    F("22,000", S, note="release: 22,000 square feet of gallery space"),
    F("70,000", S, note="release: from 48,000 to 70,000 square feet"),
    F("half", S, derived=True, note="release: 22,000 / 48,000 = 45.8%, 'nearly half'"),
    F("108", C, "180", note="release: a 180-seat lecture hall (transposed digits)"),
    F("4%", S, note="release: 'we can show only about 4% of it'"),
    F("41,000", S, note="report: about 41,000 objects"),
    F("$22", S, note="release: adult admission to $22"),
    F("$18", S, note="release: from $18"),
    F("$18", S, note="release: senior admission to $18"),
    F("$16", C, "$15", note="release / report: seniors pay $15 now; $16 was the old adult price"),
    F("248,600", S, note="report: 248,600 visitors"),
    F("30", S, note="report: fiscal year to June 30, 2025"),
    F("8.4%", S, note="report: up 8.4%"),
    F("2019", S, note="report: after the 257,900 of fiscal 2019"),
    F("257,900", S, note="report: 257,900 in fiscal 2019"),
    F("41,300", S, note="report table: members 41,300"),
    F("16.6%", C, "14.1%", note="report table: members +14.1; 16.6 is their share of visits"),
    F("3.4%", S, note="report table: school and youth groups -3.4"),
    F("29,700", S, note="report table: school and youth groups 29,700"),
    F("34,900", S, note="report table: free Thursday evenings and community days 34,900"),
    F("21.7%", S, note="report table: +21.7, the largest change in the table"),
    F("9,840", S, note="report: member households 9,840"),
    F("8,190", C, "8,910", note="report: from 8,910 (transposed digits)"),
    F("$86.4 million", S, note="report: endowment $86.4 million"),
    F("11.2%", S, note="report: investments returned 11.2%"),
    F("$0.22 million", S, note="report: a surplus of $0.22 million"),
    F("$12.60 million", S, note="report: operating revenue $12.60 million"),
    F("third", C, "fourth", note="report: the museum's fourth surplus in a row"),
    F("320,000", S, note="release: attendance to reach 320,000"),
    F("first", S, note="release: in the wing's first full year"),
    F("30%", S, derived=True, note="release / report: 320,000 / 248,600 = 1.287, 'nearly 30%' more"),
    F("2025", S, note="report: fiscal 2025"),
    F("three", U, note="no source gives attendance for the years before fiscal 2024"),
    F("8%", U, note="no source mentions construction bids"),
    F("1,200", U, note="no source gives Halloran Freight's workforce"),
]

# --- AJ2: treasurer's memo to the trustees, with a table of its own ------------------------
AJ2 = """# Memorandum

**To:** Board of Trustees, Dunmere Museum of Art and History
**From:** Paul Nakagawa, Treasurer, for the Finance Committee
**Date:** October 20, 2025
**Re:** Year-end results, the Halloran gift and the wing's operating budget

## Summary

The fiscal year that ended on June 30 closed with a surplus of $0.22 million on revenue of $12.60 million and expenses of $12.83 million. With the Halloran Family Foundation's $12 million pledge, announced on October 14, the Next Century Campaign stands at $44.7 million of its $48 million goal.

## Operating revenue

| Source | Amount ($ millions) | Share |
|---|---|---|
| Contributions and grants | 3.86 | 30.6% |
| Endowment draw | 3.52 | 27.9% |
| City and county support | 2.51 | 17.1% |
| Admissions | 1.92 | 15.2% |
| Membership | 0.84 | 6.7% |
| Store, café and rentals | 0.31 | 2.5% |
| Total | 12.60 | — |

- Earned revenue (admissions, membership and the store) came to $3.07 million, less than a quarter of the total. Admissions rose 14.3% after the adult price went to $18 from $16 in January.
- The endowment ended the year at $86.4 million, up from $79.8 million, a gain of 8.3%. The return was 11.2%, against 4.7% a year earlier. Our 4.5% draw, applied to the average of the previous 16 quarters, produced $3.52 million.

## The wing's operating budget

The wing will cost about $1.6 million a year to run and needs 14 new full-time positions, taking full-time staff from 94 to 108. Its $8 million endowment fund, at our 4.5% draw, would yield about $360,000 a year, a little more than a fifth of that cost. The rest must come from admissions, membership and gifts.

At the new prices an adult ticket rises $4, or 22%. If general-admission visits hold at 118,400 and half of them pay the adult price, the increase would bring in about $237,000 a year.

The board chair's forecast of 320,000 visitors in the wing's first full year is 29% above the 229,400 of the year just ended. Ashgrove Art Center's attendance rose 13% the year after its wing opened in 2019.

## Campaign

Of the $44.7 million raised, the Halloran gift is $12.0 million, trustees (32 households) have given $9.8 million and the state $6.5 million. The state grant alone is 14.5% of the goal, and the Halloran gift a quarter of it.

## Recommendations

- Raise the remaining $3.3 million by June 30, 2026.
- Set aside $150,000 of this year's surplus for the wing's start-up costs.
- Keep the senior price at $15 until the wing opens.
"""

AJ2_FIGS = [
    F("20", U, note="the memo's own date: no source is dated October 20 or puts anything on it"),
    F("2025", S, note="the sources are dated 2025"),
    F("30", S, note="report: the fiscal year ended June 30, 2025"),
    F("$0.22 million", S, note="report: a surplus of $0.22 million"),
    F("$12.60 million", S, note="report: operating revenue $12.60 million"),
    F("$12.83 million", C, "$12.38 million", note="report: expenses were $12.38 million (transposed digits)"),
    F("$12 million", S, note="release: pledged $12 million"),
    F("14", S, note="release of Tuesday, October 14: announced today"),
    F("$44.7 million", S, note="release: the campaign at $44.7 million"),
    F("$48 million", S, note="release: its $48 million goal"),
    F("3.86", S, note="report: contributions and grants $3.86 million"),
    F("30.6%", S, derived=True, note="report: 3.86 / 12.60 = 30.6%"),
    F("3.52", S, note="report: the endowment draw $3.52 million"),
    F("27.9%", S, derived=True, note="report: 3.52 / 12.60 = 27.9%"),
    F("2.51", C, "2.15", note="report: city and county support $2.15 million (transposed digits)"),
    F("17.1%", S, derived=True, note="report: 2.15 / 12.60 = 17.1% (right by the sources though the draft's cell beside it is wrong)"),
    F("1.92", S, note="report: admissions $1.92 million"),
    F("15.2%", S, derived=True, note="report: 1.92 / 12.60 = 15.2%"),
    F("0.84", S, note="report: membership $0.84 million"),
    F("6.7%", S, derived=True, note="report: 0.84 / 12.60 = 6.7%"),
    F("0.31", S, note="report: the store, café and rentals $0.31 million"),
    F("2.5%", S, derived=True, note="report: 0.31 / 12.60 = 2.5%"),
    F("12.60", S, note="report: operating revenue $12.60 million"),
    F("$3.07 million", S, derived=True, note="report: 1.92 + 0.84 + 0.31 = 3.07"),
    F("a quarter", S, derived=True, note="report: 3.07 / 12.60 = 24.4%, 'less than a quarter'"),
    F("14.3%", S, note="report: admission revenue up 14.3%"),
    F("$18", S, note="report: adult admission rose to $18"),
    F("$16", S, note="report: from $16 on January 1, 2025"),
    F("$86.4 million", S, note="report: $86.4 million on June 30, 2025"),
    F("$79.8 million", S, note="report: up from $79.8 million"),
    F("8.3%", S, derived=True, note="report: 86.4 / 79.8 = 1.083, a gain of 8.3%"),
    F("11.2%", S, note="report: investments returned 11.2%"),
    F("4.7%", C, "7.4%", note="report: 7.4% in fiscal 2024 (transposed digits)"),
    F("4.5%", S, note="report: draws 4.5%"),
    F("16", C, "12", note="report: the average value over the previous 12 quarters"),
    F("$3.52 million", S, note="report: the endowment draw $3.52 million"),
    F("$1.6 million", S, note="release / article: $1.6 million a year to run"),
    F("14", S, note="release: 14 new full-time positions"),
    F("94", S, note="report: 94 full-time staff"),
    F("108", S, derived=True, note="report / release: 94 + 14 = 108"),
    F("$8 million", S, note="report / article: the $8 million endowment fund"),
    F("4.5%", S, note="report / article: the 4.5% draw"),
    F("$360,000", S, note="article: that fund would produce about $360,000 a year"),
    F("a fifth", S, derived=True, note="article / release: $360,000 / $1.6 million = 22.5%, 'a little more than a fifth'"),
    F("$4", S, derived=True, note="release: $22 - $18 = $4"),
    F("22%", S, derived=True, note="release: 4 / 18 = 22.2%"),
    F("118,400", S, note="report table: general admission 118,400"),
    F("half", U, note="an assumption no source gives (no source splits general admission by ticket type)"),
    F("$237,000", U, note="worked out from an assumption no source gives"),
    F("320,000", S, note="release: Mbeki-Hale expects 320,000"),
    F("first", S, note="release: in the wing's first full year"),
    F("29%", S, derived=True, note="release / report: 320,000 / 248,600 = 1.287, 29% above (right by the sources though the draft misstates the base)"),
    F("229,400", C, "248,600", note="report: 248,600 visitors in fiscal 2025; 229,400 was fiscal 2024"),
    F("13%", C, "31%", note="article: Ashgrove's attendance rose 31% the next year (transposed digits)"),
    F("2019", S, note="article: opened a $29 million wing in 2019"),
    F("$44.7 million", S, note="release table: total 44.7"),
    F("$12.0 million", S, note="release table: Halloran Family Foundation 12.0"),
    F("32", C, "23", note="release table: museum trustees (23 households) (transposed digits)"),
    F("$9.8 million", S, note="release table: trustees 9.8"),
    F("$6.5 million", S, note="release table: state grant 6.5"),
    F("14.5%", C, "13.5%", derived=True, note="release table: 6.5 / 48 = 13.5% of the goal; 14.5% is its share of the amount raised"),
    F("a quarter", S, derived=True, note="release / report: 12.0 / 48 = 25%"),
    F("$3.3 million", S, note="release: $3.3 million left to raise"),
    F("30", U, note="the treasurer's own target date; the release gives December 31, 2026"),
    F("2026", S, note="release: the remaining $3.3 million is to be raised by December 31, 2026 (the same year for the same thing, though the day is the treasurer's own)"),
    F("$150,000", U, note="the treasurer's own proposal; no source gives it"),
    F("$15", S, note="report / release: seniors pay $15"),
]

# --- AJ3: graphics captions and alt text -------------------------------------------------
AJ3 = """# Graphics: the Dunmere museum's year, in charts

*Captions and alt text for the Courier's graphics page, Thursday, October 16, 2025*

**Chart: visits by type, fiscal 2025 (bar chart)**

Caption: General admission still makes up nearly half of all visits, but free evenings and community days grew fastest.

Alt text: Horizontal bars. General admission 118.4k (+8.4%); members 41.3k (+14.1%); free Thursday evenings and community days 34.9k (+21.7%); school and youth groups 27.9k (−3.4%); public programs and events 24.3k (+9.0%).

**Chart: where the money came from (donut)**

Caption: The endowment draw paid for more than a quarter of the museum's operations.

Alt text: Donut of $12.6M in operating revenue: contributions and grants $3.86M, endowment draw $3.52M, city and county $2.15M, admissions $1.92M, membership $0.48M, store, café and rentals $0.31M.

**Chart: the endowment (columns)**

Alt text: $79.8M in 2024 and $86.4M in 2025, after an 11.2% return; the return was 7.4% in fiscal 2023.

**Chart: the campaign thermometer**

Caption: $44.7M raised toward $48M, with $3.3M to go by Dec. 31, 2026.

Alt text: A thermometer filled to 93.1%, in stacked segments: Halloran Family Foundation $12M, trustees $11.4M, other donors $9.8M, state grant $6.5M, city $5M. A marker at 65.4% shows where the campaign stood on June 30.

**Chart: gallery space before and after (paired squares)**

Alt text: A square for 48,000 square feet of galleries today beside a bigger square for 70,000 in 2027. The new wing's 36,000 square feet also hold a 180-seat lecture hall.

**Chart: adult ticket price (step chart)**

Alt text: $16 until Dec. 31, 2024; $18 from Jan. 1, 2025; $22 when the wing opens. Children 10 and under: free.

**Chart: a wing's effect on attendance (bars)**

Alt text: Change in attendance the year after a new wing. Ashgrove Art Center, 2019: +31%. Harlan Museum of Natural History, 2022: +18%. Dunmere, forecast for the wing's first full year: +29%, to 320,000.

Credits: Courier graphics staff. The museum's attendance fell to 61,400 in fiscal 2021, when it was closed for 14 weeks.
"""

AJ3_FIGS = [
    F("16", S, note="heading date: the article of Thursday, October 16, 2025 is dated that day"),
    F("2025", S, note="article: October 16, 2025"),
    F("2025", S, note="report: fiscal 2025"),
    F("half", S, note="report table: general admission 47.6% of visits ('nearly half', a fraction of a stated share)"),
    F("118.4k", S, note="report table: general admission 118,400"),
    F("8.4%", C, "6.2%", note="report table: general admission +6.2; 8.4 is the total's change"),
    F("41.3k", S, note="report table: members 41,300"),
    F("14.1%", S, note="report table: members +14.1"),
    F("34.9k", S, note="report table: free Thursday evenings and community days 34,900"),
    F("21.7%", S, note="report table: +21.7, the fastest growth"),
    F("27.9k", C, "29.7k", note="report table: school and youth groups 29,700"),
    F("3.4%", S, note="report table: school and youth groups -3.4"),
    F("24.3k", S, note="report table: public programs and events 24,300"),
    F("9.0%", S, note="report table: public programs and events +9.0"),
    F("a quarter", S, derived=True, note="report: 3.52 / 12.60 = 27.9% of operating revenue, 'more than a quarter'"),
    F("$12.6M", S, note="report: operating revenue $12.60 million"),
    F("$3.86M", S, note="report: contributions and grants $3.86 million"),
    F("$3.52M", S, note="report: endowment draw $3.52 million"),
    F("$2.15M", S, note="report: city and county support $2.15 million"),
    F("$1.92M", S, note="report: admissions $1.92 million"),
    F("$0.48M", C, "$0.84M", note="report: membership $0.84 million (transposed digits)"),
    F("$0.31M", S, note="report: store, café and rentals $0.31 million"),
    F("$79.8M", S, note="report: $79.8 million a year earlier (June 30, 2024)"),
    F("2024", S, note="report: a year before June 30, 2025"),
    F("$86.4M", S, note="report: $86.4 million on June 30, 2025"),
    F("2025", S, note="report: June 30, 2025"),
    F("11.2%", S, note="report: investments returned 11.2%"),
    F("7.4%", S, note="report: 7.4% in fiscal 2024"),
    F("2023", C, "2024", note="report: the 7.4% return was in fiscal 2024"),
    F("$44.7M", S, note="release: $44.7 million"),
    F("$48M", S, note="release: the $48 million goal"),
    F("$3.3M", S, note="release: $3.3 million left to raise"),
    F("31", S, note="release: by December 31, 2026"),
    F("2026", S, note="release: December 31, 2026"),
    F("93.1%", S, note="release: 93.1% of its goal"),
    F("$12M", S, note="release table: Halloran Family Foundation 12.0"),
    F("$11.4M", C, "$9.8M", note="release table: trustees 9.8; 11.4 is the other donors' (swapped pair)"),
    F("$9.8M", C, "$11.4M", note="release table: other individuals, foundations and companies 11.4; 9.8 is the trustees' (swapped pair)"),
    F("$6.5M", S, note="release table: state grant 6.5"),
    F("$5M", S, note="release table: city 5.0"),
    F("65.4%", S, note="report: at June 30, 2025, 65.4% of the goal"),
    F("30", S, note="report: at June 30, 2025"),
    F("48,000", S, note="release: from 48,000 square feet"),
    F("70,000", S, note="release: to 70,000 square feet"),
    F("2027", C, "2028", note="release: the wing opens in spring 2028"),
    F("36,000", S, note="release: the 36,000-square-foot wing"),
    F("180", S, note="release: a 180-seat lecture hall"),
    F("$16", S, note="report: adult admission was $16 before January 1, 2025"),
    F("31", S, derived=True, note="report: the price rose on January 1, 2025, so $16 held until December 31, 2024"),
    F("2024", S, note="report: until the rise of January 1, 2025"),
    F("$18", S, note="report: rose to $18"),
    F("1", S, note="report: on January 1, 2025"),
    F("2025", S, note="report: January 1, 2025"),
    F("$22", S, note="release: adult admission will rise to $22 when the wing opens"),
    F("10", C, "12", note="report / release: children 12 and under are admitted free"),
    F("2019", S, note="article: Ashgrove opened its wing in 2019"),
    F("31%", S, note="article: its attendance rose 31% the next year"),
    F("2022", U, note="no source mentions a Harlan museum"),
    F("18%", U, note="no source mentions a Harlan museum"),
    F("first", S, note="release: in the wing's first full year"),
    F("29%", S, derived=True, note="release / report: 320,000 / 248,600 = 1.287, +29%"),
    F("320,000", S, note="release: attendance to reach 320,000"),
    F("61,400", U, note="no source gives attendance in fiscal 2021"),
    F("2021", U, note="no source mentions a closure in fiscal 2021"),
    F("14", U, note="no source mentions a closure"),
]

# --- AJ4: docents' guild newsletter, hard-wrapped -----------------------------------------
AJ4 = """# The Docent Dispatch: Dunmere Museum Docent Guild, October 2025

**A record gift.** The Halloran Family Foundation's $12 million pledge, the
largest in the museum's 97-year history, was announced on October 16. Margaret
Halloran, 81, chairs the foundation; her family has supported the museum for
more than 50 years. She told the Courier her late husband, Desmond, called it
"the city's living room."

**What it means for us.** The campaign now stands at $44.7 million of
$48 million. Ground is broken in November, and the Riverside Wing opens in
spring 2028 with 22,000 square feet of new galleries, a 180-seat lecture hall
and classrooms. That should end the turning away of some 40 school groups a
year. Yet school visits fell 3.4% last year, to 29,700, the third drop in a
row.

**Our numbers.** The guild's 58 docents are among the museum's 312 volunteers,
who gave 12,600 hours last year. The Threads of the Valley exhibition alone
drew 63,200 visitors in 16 weeks, about 4,000 a week, and many of them took
our tours.

**New faces.** The wing needs 14 new full-time staff. Keisha Morrow, 38, the
union steward, wants them to be union jobs; she says 86 employees belong and
the starting wage is $19.50 an hour. Director Thomas Avery-Quinn, 56, has been
here since 2015. Chief curator Elena Vasquez-Ruiz, 49, tells us only about
1,600 of the 41,000 objects are on view, roughly 4%, and the wing will change
that.

**Prices.** But visitors will pay more. Adult tickets go to $22 from $18, a
jump of 22%, and seniors to $18 from $15. Member Ruth Ostrowski, 72, told the
Courier that will keep working families out. Students stay at $10, and free
Thursday evenings, which drew 26,200 visits last year, stay free.

**Money.** The endowment is worth $86.4 million after an 11.2% return, and the
museum ran a $0.22 million surplus, its fourth in a row. It draws 4.5% a year.
The wing's own $8 million endowment fund would yield about $360,000, and
treasurer Paul Nakagawa says the rest of its $1.6 million yearly cost will
come from higher admissions. The council gave $5 million; Gerald Prewitt, 46,
voted no.

**Parking.** The wing takes 85 of our 225 spaces, leaving 150, so please
carpool.

**Asks.**

- Training for the new galleries starts in January 2027; we need 25 new docents.
- Guild lunch: November 12 at 11:30 a.m. in the Hartwell Gallery, $18 a plate.
- Dues stay at $20 a year.
"""

AJ4_FIGS = [
    F("2025", S, note="heading October 2025: the release and the article are of October 2025"),
    F("$12 million", S, note="release: pledged $12 million"),
    F("97", S, note="release: the museum's 97-year history"),
    F("16", C, "14", note="release of Tuesday, October 14: 'the museum announced today'; the 16th is the article's date"),
    F("81", S, note="article: Margaret Halloran, 81"),
    F("50", S, note="article: supported the museum for more than 50 years"),
    F("$44.7 million", S, note="release: $44.7 million"),
    F("$48 million", S, note="release: the $48 million goal"),
    F("2028", S, note="release: opening in spring 2028"),
    F("22,000", S, note="release: 22,000 square feet of gallery space"),
    F("180", S, note="release: a 180-seat lecture hall"),
    F("40", S, note="article: turns away about 40 school groups a year"),
    F("3.4%", S, note="report table: school and youth groups -3.4"),
    F("29,700", S, note="report table: school and youth groups 29,700"),
    F("third", C, "second", note="report: school visits fell for the second year in a row"),
    F("58", S, note="report: 58 docents"),
    F("312", S, note="report: 312 volunteers"),
    F("12,600", C, "21,600", note="report: the volunteers gave 21,600 hours"),
    F("63,200", S, note="report: the exhibition drew 63,200 visitors"),
    F("16", S, note="report: on view for 16 weeks"),
    F("4,000", S, derived=True, note="report: 63,200 / 16 = 3,950 a week, 'about 4,000'"),
    F("14", S, note="release: 14 new full-time positions"),
    F("38", S, note="article: Keisha Morrow, 38"),
    F("86", C, "68", note="article: 68 of the museum's employees are members (transposed digits)"),
    F("$19.50", S, note="article: the starting wage is $19.50 an hour"),
    F("56", S, note="article: Thomas Avery-Quinn, 56"),
    F("2015", C, "2017", note="article: came to Dunmere in 2017"),
    F("49", S, note="article: Elena Vasquez-Ruiz, 49"),
    F("1,600", S, note="article: only about 1,600 objects are on view"),
    F("41,000", S, note="article / report: 41,000 objects"),
    F("4%", S, note="release: 'we can show only about 4% of it'"),
    F("$22", S, note="release: adult admission to $22"),
    F("$18", S, note="release: from $18"),
    F("22%", S, derived=True, note="release: (22 - 18) / 18 = 22.2%"),
    F("$18", S, note="release: senior admission to $18"),
    F("$15", S, note="release: from $15"),
    F("72", S, note="article: Ruth Ostrowski, 72"),
    F("$10", S, note="release: student admission will stay at $10"),
    F("26,200", C, "22,600", note="article: free Thursday evenings alone drew 22,600 visits (transposed digits)"),
    F("$86.4 million", S, note="report: endowment $86.4 million"),
    F("11.2%", S, note="report: investments returned 11.2%"),
    F("$0.22 million", S, note="report: a surplus of $0.22 million"),
    F("fourth", S, note="report: the museum's fourth surplus in a row"),
    F("4.5%", S, note="report: draws 4.5%"),
    F("$8 million", S, note="report / article: the $8 million endowment fund"),
    F("$360,000", S, note="article: about $360,000 a year"),
    F("$1.6 million", S, note="release / article: $1.6 million a year to run"),
    F("$5 million", S, note="release / article: the city's $5 million"),
    F("46", C, "64", note="article: Gerald Prewitt, 64 (transposed digits)"),
    F("85", S, note="article: the wing will take over 85 parking spaces"),
    F("225", S, note="article: of the museum's 225 parking spaces"),
    F("150", C, "140", derived=True, note="article: 225 - 85 = 140"),
    F("2027", U, note="no source mentions docent training"),
    F("25", U, note="no source gives docents wanted"),
    F("12", U, note="no source mentions the guild's lunch"),
    F("11:30", U, note="no source mentions the guild's lunch"),
    F("$18", U, note="no source mentions the guild's lunch"),
    F("$20", U, note="no source mentions the guild's dues"),
]

CASES = [
    ("fresh18-blind", "fresh-aj", AJ_SOURCES, [
        ("wire.txt", AJ1, AJ1_FIGS, "arts-desk wire story with a dateline, compound sentences holding two owners and closing claims no source makes"),
        ("treasurer-memo.md", AJ2, AJ2_FIGS, "treasurer's memo to the trustees: header lines, a revenue table with shares of its own, derived figures, recommendations"),
        ("chart-captions.md", AJ3, AJ3_FIGS, "graphics captions and alt text: terse chart descriptions with k/M abbreviations, signs, a stacked list, a credits line"),
        ("docent-newsletter.md", AJ4, AJ4_FIGS, "docents' guild newsletter: heading, bold lead-ins, lines hard-wrapped near 80 columns, pronouns, Yet/But, asks"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
