#!/usr/bin/env python3
"""Generate tests/fresh/fresh11-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  V (fresh11-blind): a city marathon and its economic impact (the Ardenport
                     Marathon): starters, finishers and finish rate, winners'
                     times and course records, entrants by home region, prize
                     money, volunteers and medical care; the tourism bureau's
                     economic-impact report (visitors, hotel nights, spending
                     by category, total impact, tax revenue, the city's cost)
                     and a newspaper article on the race (runners' ages and
                     times, a local winner, earlier years' fields)

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_v.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic V: the Ardenport Marathon and its economic impact (fictional)
# ---------------------------------------------------------------------------

V_RELEASE = """ARDENPORT MARATHON
Race Results Release — Monday, October 19, 2026

Kiprono wins men's race; Alemu breaks women's course record

A record 28,612 runners started the 2026 Ardenport Marathon on Sunday, October 18, and 27,318 finished, a finish rate of 95.5%. Last year 26,940 started and 25,511 finished (94.7%), so the number of finishers grew 7.1%. Registered entrants rose 7.0% to 31,450, from 29,402.

Daniel Kiprono of Kenya won the men's race in 2:09:41, 17 seconds ahead of Samuel Otieno (2:09:58), with Tariku Desta third in 2:10:33. The men's course record, 2:08:55, set by Joseph Kamau in 2019, still stands.

Meseret Alemu of Ethiopia won the women's race in 2:23:06, breaking the course record of 2:23:48 set by Ruth Chebet in 2022. Ingrid Solberg of Norway was second in 2:24:40.

Rafael Quintero of Ardenport won the men's wheelchair race in 1:31:22, and Amara Pelletier of Canada won the women's in 1:44:05.

Conditions were cool and dry: 9°C at the 8:00 a.m. start and 14°C at noon. The wheelchair races started at 7:20 a.m. and the elite women at 7:30 a.m.

Table 1. Entrants by home region

| Region | Entrants | Share (%) | Change from 2025 (%) |
|---|---|---|---|
| Ardenport metro area | 12,580 | 40.0 | +3.1 |
| Rest of the state | 7,234 | 23.0 | +5.4 |
| Other states | 6,919 | 22.0 | +9.8 |
| Canada | 2,202 | 7.0 | +12.5 |
| Other countries | 2,515 | 8.0 | +21.0 |
| Total | 31,450 | 100.0 | +7.0 |

Prize money

The open men's and women's races each paid $85,000 to their top five: $40,000 for first place, $20,000 for second, $12,000 for third, $8,000 for fourth and $5,000 for fifth. The wheelchair races paid $18,000 each. With a $10,000 course-record bonus for Alemu, the race paid out $216,000.

On the course

A total of 4,200 volunteers staffed 22 water stations and 14 medical tents. Medical teams treated 1,083 runners, most for blisters, cramps and dehydration, and 61 were taken to hospital, against 1,240 treated and 74 taken to hospital last year.

Charity runners raised $3.6 million for 140 charities, up from $3.1 million last year.

Next year's race will be held on Sunday, October 17, 2027. Registration opens on January 12.

Media contact: Yusra Oduya-Finch, Ardenport Marathon
"""

V_REPORT = """Visit Ardenport
Economic Impact of the 2026 Ardenport Marathon (excerpt)
Research Office, released November 30, 2026

Summary

The 2026 Ardenport Marathon brought an estimated 41,600 out-of-town visitors to the city over race weekend: 17,100 runners and 24,500 family members, friends and other spectators. Visitors stayed an average of 2.4 nights and booked 38,900 hotel room nights, up 12.1% from 34,700 in 2025. Runners made up 41% of visitors. Downtown hotels were 96% full on the Saturday night before the race, and hotel tax receipts for the weekend were 31% above those of an average October weekend.

Visitor spending

Out-of-town visitors spent $52.8 million in the city, an average of about $1,270 per visitor.

| Category | Spending | Share of total |
|---|---|---|
| Lodging | $18.5 million | 35.0% |
| Food and drink | $14.3 million | 27.1% |
| Retail | $8.2 million | 15.5% |
| Local transportation | $6.6 million | 12.5% |
| Entertainment and other | $5.2 million | 9.8% |
| Total | $52.8 million | 100% |

Shares do not add to exactly 100% because of rounding.

Total impact

Including indirect and induced effects, the race generated $84.5 million in economic activity, up 10.9% from $76.2 million in 2025, and supported the equivalent of 610 full-time jobs. It produced $6.1 million in state and local tax revenue, of which $1.9 million came from the city's hotel tax.

The City of Ardenport spent $1.4 million on police, sanitation and road closures for the event, up from $1.2 million in 2025.

Visitor survey

Of the 2,310 visitors who answered our survey, 68% said they planned to return to Ardenport within two years, and 41% were visiting the city for the first time. Runners from outside the state stayed longer than other visitors, 3.1 nights on average.

Method

Visitor numbers come from race registrations and the survey, which was conducted online in the week after the race. Spending was estimated from the survey and from hotel tax receipts for the weekend. Indirect and induced effects use a regional multiplier of 1.6. Residents of the Ardenport metro area are not counted as visitors, and their spending is excluded.

"The marathon is now the biggest weekend on our calendar, bigger than the jazz festival," said Visit Ardenport president Desmond Achterberg.
"""

V_ARTICLE = """Alemu smashes course record as Ardenport Marathon draws its biggest field

By Noor Vellacott, The Ardenport Gazette
Monday, October 19, 2026

Meseret Alemu ran alone for the last 10 kilometres on Sunday and crossed the line on Harbor Street in 2:23:06, taking 42 seconds off the women's course record that Ruth Chebet set in 2022.

"I saw the clock at 35 kilometres and knew the record was there," said Alemu, 27, who was racing in Ardenport for the third time. She finished fourth here in 2024.

Daniel Kiprono, 31, won the men's race in 2:09:41 after dropping Samuel Otieno, 24, in the final two kilometres. Otieno finished 17 seconds back, and Tariku Desta, 28, was third in 2:10:33. Kiprono, who also won here in 2021, takes home $40,000. Kiprono missed Joseph Kamau's 2019 course record by 46 seconds. Ingrid Solberg, 33, was second among the women, 1:34 behind Alemu.

The home crowd had its own winner. Rafael Quintero, 29, who grew up four blocks from the start, won the men's wheelchair race in 1:31:22 for his second Ardenport title; he also won in 2023. Claire Okonjo-Barr, 34, a physiotherapist, was the top local woman in 2:41:09, 14th among women.

The oldest finisher was Walter Dziedzic, 81, who walked and ran the course in 5:52:30. He has finished every Ardenport Marathon since the 2001 race, 25 in all; the 2020 race was cancelled.

The 28,612 starters made up the largest field in the race's history, passing last year's 26,940. In 2019, the last race before the pandemic, 24,100 started; in 2021 only 14,800 did.

Race director Marguerite Osei-Lind, 58, said entries from abroad grew fastest. "We had runners from 71 countries this year. Five years ago it was 40," she said.

The temperature was 9 degrees at the start, close to ideal. About 4,200 volunteers staffed the course, and medical teams treated fewer runners than last year.

Visit Ardenport estimated that last year's race was worth $76.2 million to the city. Its president, Desmond Achterberg, 49, said downtown hotels were "essentially sold out" on Saturday night.

Not everyone was cheering. Councilmember Farah Lindgren-Moss, 44, said the city paid $1.2 million for police and cleanup last year and should ask the race to cover more of it. "The runners leave happy. Residents on the course are stuck at home until 2 p.m.," she said.
"""
V_SOURCES = [
    {"name": "ardenport-marathon-results-release-2026.txt", "text": V_RELEASE},
    {"name": "visit-ardenport-marathon-economic-impact-2026.txt", "text": V_REPORT},
    {"name": "ardenport-gazette-article.txt", "text": V_ARTICLE},
]

# --- V1: radio broadcast script, numbers in words -----------------------------------
V1 = """KRDN NEWS AT NOON
Script for Monday, November 30, 2026: "What the marathon was worth"

HOST (PAULA VENNERS): Six weeks after the Ardenport Marathon, the city's tourism bureau says the race was worth more than ever. Callum Reyes has read all forty pages of the report.

REYES: Paula, Visit Ardenport puts the total economic impact at about eighty-four and a half million dollars, up nearly eleven percent from seventy-six point two million last year. Out-of-town visitors spent about fifty-three million of that directly. Lodging was the biggest piece, roughly a third, and food and drink came next at about fourteen million. That makes it a bigger weekend than the jazz festival, which the bureau valued at about sixty million.

HOST: How many visitors are we talking about?

REYES: Some forty-one thousand six hundred from out of town, and more than half of them were runners. They booked nearly thirty-five thousand hotel room nights, at an average of about two hundred and thirty dollars a night, and stayed about two and a half nights. Downtown hotels were ninety-six percent full on the Saturday.

HOST: And the taxes?

REYES: About six point one million dollars in state and local taxes, one point nine million of it from the hotel tax. The city spent one point two million on police, sanitation and closed roads, so every city dollar came back about five times over.

HOST: Remind us about the race itself.

REYES: A record twenty-eight thousand six hundred and twelve starters, and about ninety-five and a half percent of them finished. Meseret Alemu of Ethiopia, twenty-seven, who finished fifth here in twenty twenty-four, broke the women's course record in two hours, twenty-three minutes and six seconds, twenty-four seconds under the old mark. She collects forty thousand dollars plus a ten thousand dollar record bonus. Daniel Kiprono of Kenya, thirty-one, won the men's race in two hours, nine minutes and forty-one seconds, forty-six seconds off the record Joseph Kamau set in twenty twenty-two. Samuel Otieno, twenty-eight, was seventeen seconds back, and Tariku Desta, twenty-four, was third.

HOST: And a hometown winner.

REYES: Rafael Quintero, twenty-nine, took the men's wheelchair race in one hour, forty-four minutes. That's his second title here; he also won in twenty twenty-three.

HOST: Any complaints?

REYES: Some. Medical teams treated about eleven hundred runners and sent seventy-four to hospital. And Councilmember Farah Lindgren-Moss, forty-four, wants the race to cover half of the city's costs. Still, the bureau's survey found about two thirds of visitors plan to come back within two years, and some four in ten were new to Ardenport. The bureau expects thirty thousand starters next year.
"""

V1_FIGS = [
    F("30", S, note="report: released November 30, 2026"),
    F("2026", S, note="report"),
    F("Six", S, derived=True, note="release / report: race on October 18, report released November 30: 43 days, about six weeks"),
    F("forty", U, note="no source gives the report's length"),
    F("eighty-four and a half million", S, note="report: $84.5 million in economic activity"),
    F("eleven percent", S, note="report: up 10.9% ('nearly')"),
    F("seventy-six point two million", S, note="report: $76.2 million in 2025"),
    F("fifty-three million", S, note="report: visitors spent $52.8 million ('about')"),
    F("a third", S, note="report table: lodging 35.0%, the largest category ('roughly a third'; hedged fraction of a stated share, not derived)"),
    F("fourteen million", S, note="report table: food and drink $14.3 million, the second-largest ('about')"),
    F("sixty million", U, note="no source values the jazz festival (the report only says the marathon weekend is bigger)"),
    F("forty-one thousand six hundred", S, note="report: 41,600 out-of-town visitors"),
    F("half", C, "forty-one percent", note="report: runners made up 41% of visitors (17,100 of 41,600)"),
    F("thirty-five thousand", C, "thirty-eight thousand nine hundred", note="report: 38,900 room nights; 34,700 was 2025's"),
    F("two hundred and thirty", U, note="no source gives hotel rates"),
    F("two and a half", S, note="report: an average of 2.4 nights ('about')"),
    F("ninety-six percent", S, note="report: downtown hotels 96% full on the Saturday night"),
    F("six point one million", S, note="report: $6.1 million in state and local tax revenue"),
    F("one point nine million", S, note="report: $1.9 million from the city's hotel tax"),
    F("one point two million", C, "one point four million", note="report: the city spent $1.4 million; $1.2 million was 2025's"),
    F("five times", C, "4.4 times", derived=True, note="report: 6.1 / 1.4 = 4.4 (the draft's 6.1 / 1.2 = 5.1 rests on last year's cost)"),
    F("twenty-eight thousand six hundred and twelve", S, note="release: a record 28,612 starters"),
    F("ninety-five and a half percent", S, note="release: finish rate 95.5%"),
    F("twenty-seven", S, note="article: Alemu, 27"),
    F("fifth", C, "fourth", note="article: Alemu finished fourth here in 2024"),
    F("twenty twenty-four", S, note="article: in 2024"),
    F("two hours, twenty-three minutes and six seconds", S, note="release / article: 2:23:06"),
    F("twenty-four", C, "forty-two", note="article: 42 seconds off the record (2:23:48 - 2:23:06)"),
    F("forty thousand", S, note="release: $40,000 for first place"),
    F("ten thousand", S, note="release: a $10,000 course-record bonus for Alemu"),
    F("thirty-one", S, note="article: Kiprono, 31"),
    F("two hours, nine minutes and forty-one seconds", S, note="release / article: 2:09:41"),
    F("forty-six", S, note="article: Kiprono missed Kamau's 2019 course record by 46 seconds"),
    F("twenty twenty-two", C, "twenty nineteen", note="release: Kamau set the men's record in 2019; 2022 is the year of Chebet's women's record"),
    F("twenty-eight", C, "twenty-four", note="article: Otieno, 24; 28 is Desta's age (swapped ages)"),
    F("seventeen", S, note="release / article: 17 seconds"),
    F("twenty-four", C, "twenty-eight", note="article: Desta, 28; 24 is Otieno's age (swapped ages)"),
    F("third", S, note="release / article: Desta third"),
    F("twenty-nine", S, note="article: Quintero, 29"),
    F("one hour, forty-four minutes", C, "one hour, thirty-one minutes and twenty-two seconds", note="release: Quintero 1:31:22; 1:44:05 is the women's wheelchair winner's time"),
    F("second", S, note="article: his second Ardenport title"),
    F("twenty twenty-three", S, note="article: he also won in 2023"),
    F("eleven hundred", S, note="release: 1,083 runners treated ('about')"),
    F("seventy-four", C, "sixty-one", note="release: 61 taken to hospital; 74 was last year's"),
    F("forty-four", S, note="article: Lindgren-Moss, 44"),
    F("half", U, note="article: she wants the race to cover 'more of it'; no source gives a share"),
    F("two thirds", S, note="report: 68% plan to return ('about two thirds')"),
    F("two", S, note="report: within two years"),
    F("four in ten", S, note="report: 41% were visiting the city for the first time ('some four in ten')"),
    F("thirty thousand", U, note="no source forecasts next year's starters"),
]

# --- V2: live blog with timestamped entries -------------------------------------------
V2 = """# Live: Ardenport Marathon day

*Sunday, October 18, 2026 — newest updates at the bottom*

**7:20 a.m.** — The wheelchair races are off from Harbor Street under clear skies, with a light wind off the water. Organisers expect about 14°C at the main start.

**7:30 a.m.** — The elite women are away, and the lead pack looks big. The course record to watch is 2:23:48, set by Ruth Chebet in 2022.

**8:00 a.m.** — Mass start. Organisers say 28,612 runners crossed the start line, a record, up from 24,100 last year. Marshals expect some 150,000 spectators along the route.

**8:58 a.m.** — Rafael Quintero has won the men's wheelchair race in 1:31:22! The 29-year-old grew up four blocks from the start, and his family was waiting at the line. This is his third Ardenport title.

**9:55 a.m.** — COURSE RECORD! Meseret Alemu, 27, wins the women's race in 2:23:06, taking 42 seconds off Chebet's mark. Ingrid Solberg, 33, is second in 2:24:40, 1:43 behind.

**10:12 a.m.** — Daniel Kiprono of Kenya wins the men's race in 2:09:14. Samuel Otieno, 24, was 17 seconds back, and Tariku Desta, 28, came in third, 52 seconds behind the winner.

**10:19 a.m.** — Correction: Kiprono's official time is 2:09:41; we had the last digits reversed. That leaves him 46 seconds off Joseph Kamau's course record from 2019.

**12:00 p.m.** — It's 14°C now. Top local woman: Claire Okonjo-Barr, 29, in 2:41:09, 14th among women. The crowd at the finish is still growing.

**2:15 p.m.** — Final numbers from organisers: 27,318 finishers, a 95.5% finish rate, so 1,294 starters did not finish. Medical teams treated 1,083 runners, about one in ten finishers, and 74 went to hospital. Walter Dziedzic, 81, finished in 5:52:30, his 25th Ardenport Marathon, to the loudest cheer of the afternoon. That's all from us; thanks for following along.
"""

V2_FIGS = [
    F("18", S, note="release: Sunday, October 18"),
    F("2026", S, note="release"),
    F("7:20", S, note="release: the wheelchair races started at 7:20 a.m. (an entry's timestamp that a source gives for the event it reports)"),
    F("14", C, "9", note="release: 9°C at the 8:00 a.m. start; 14°C was the noon temperature"),
    F("7:30", S, note="release: the elite women started at 7:30 a.m."),
    F("2:23:48", S, note="release: the course record of 2:23:48 set by Ruth Chebet"),
    F("2022", S, note="release / article: Chebet's record in 2022"),
    F("8:00", S, note="release: the 8:00 a.m. start"),
    F("28,612", S, note="release: a record 28,612 started"),
    F("24,100", C, "26,940", note="release / article: 26,940 started last year; 24,100 was 2019's field"),
    F("150,000", U, note="no source counts spectators"),
    F("8:58", U, note="entry timestamp; no source gives a time for it"),
    F("1:31:22", S, note="release / article: Quintero 1:31:22"),
    F("29", S, note="article: Quintero, 29"),
    F("four", S, note="article: grew up four blocks from the start"),
    F("third", C, "second", note="article: his second Ardenport title"),
    F("9:55", U, note="entry timestamp; no source gives a time for it"),
    F("27", S, note="article: Alemu, 27"),
    F("2:23:06", S, note="release / article: 2:23:06"),
    F("42", S, note="article: 42 seconds off the course record"),
    F("33", S, note="article: Solberg, 33"),
    F("second", S, note="release: Solberg was second"),
    F("2:24:40", S, note="release: Solberg second in 2:24:40"),
    F("1:43", C, "1:34", note="article: Solberg was 1:34 behind Alemu (transposed digits)"),
    F("10:12", U, note="entry timestamp; no source gives a time for it"),
    F("2:09:14", C, "2:09:41", note="release / article: Kiprono 2:09:41 (transposed digits; corrected in the next entry, but wrong as written here)"),
    F("24", S, note="article: Otieno, 24"),
    F("17", S, note="release / article: 17 seconds"),
    F("28", S, note="article: Desta, 28"),
    F("third", S, note="release / article: Desta third"),
    F("52", S, derived=True, note="release: 2:10:33 - 2:09:41 = 52 seconds"),
    F("10:19", U, note="entry timestamp; no source gives a time for it"),
    F("2:09:41", S, note="release / article: 2:09:41 (the correction)"),
    F("46", S, note="article: 46 seconds off Kamau's record"),
    F("2019", S, note="release / article: Kamau's record set in 2019"),
    F("12:00", S, note="release: 14°C at noon"),
    F("14", S, note="release: 14°C at noon"),
    F("29", C, "34", note="article: Claire Okonjo-Barr, 34; 29 is Quintero's age"),
    F("2:41:09", S, note="article: 2:41:09"),
    F("14th", S, note="article: 14th among women"),
    F("2:15", U, note="entry timestamp; no source gives a time for it"),
    F("27,318", S, note="release: 27,318 finished"),
    F("95.5%", S, note="release: finish rate 95.5%"),
    F("1,294", S, derived=True, note="release: 28,612 - 27,318 = 1,294"),
    F("1,083", S, note="release: 1,083 treated"),
    F("one in ten", C, "one in 25", derived=True, note="release: 1,083 / 27,318 = 4.0%, about one in 25"),
    F("74", C, "61", note="release: 61 taken to hospital; 74 was last year's"),
    F("81", S, note="article: Walter Dziedzic, 81"),
    F("5:52:30", S, note="article: 5:52:30"),
    F("25th", S, note="article: every Ardenport Marathon since 2001, 25 in all"),
]

# --- V3: data brief with its own Markdown table --------------------------------------
V3 = """## Data brief: the 2026 Ardenport Marathon by the numbers

*From the organiser's results release, Visit Ardenport's impact report and the Ardenport Gazette.*

The race on October 18 had a record 28,612 starters and 27,318 finishers, for a finish rate of 94.7%. Women made up 46% of finishers, and the average finishing time was 4:31:12. Organisers put the race's own budget at $4.8 million. Kiprono, racing his 12th marathon, won the men's race by 17 seconds.

| Runner | Race | Age | Time | Gap to winner |
|---|---|---|---|---|
| Daniel Kiprono | Men | 31 | 2:09:41 | — |
| Samuel Otieno | Men | 24 | 2:09:58 | 0:17 |
| Tariku Desta | Men | 28 | 2:10:33 | 0:25 |
| Meseret Alemu | Women | 33 | 2:23:06 | — |
| Ingrid Solberg | Women | 27 | 2:24:40 | 1:34 |
| Rafael Quintero | Wheelchair | 29 | 1:31:22 | — |

Off the course, Visit Ardenport counted 41,600 out-of-town visitors, who spent $52.8 million and booked 38,900 hotel room nights. Lodging took $18.5 million of that spending, food and drink $14.3 million and retail $6.6 million. Counting indirect effects, the impact was $84.5 million, up 10.9% from $67.2 million in 2025, and the race produced $6.1 million in state and local taxes against $1.4 million in city costs.

**Derived figures.** Alemu's margin over Solberg was 1:17 wider than Kiprono's over Otieno. Finishers rose by 1,807 from last year. Lodging and food and drink together took 62% of visitor spending, and spectators outnumbered visiting runners by 7,400. Entrants from outside the metro area made up 60% of the field, and entrants from other countries grew fastest, by 21.0%. Tax revenue came to more than four times the city's costs, and the hotel tax alone covered them about 1.4 times. Room nights grew by 4,200, or 12.1%. The city's costs rose by about a third, and charity fundraising rose 16%. Per visitor, spending worked out to about $1,720.
"""

V3_FIGS = [
    F("2026", S, note="release / report: the 2026 race"),
    F("18", S, note="release: Sunday, October 18"),
    F("28,612", S, note="release: a record 28,612 started"),
    F("27,318", S, note="release: 27,318 finished"),
    F("94.7%", C, "95.5%", note="release: finish rate 95.5%; 94.7% was last year's"),
    F("46%", U, note="no source gives finishers by sex"),
    F("4:31:12", U, note="no source gives an average finishing time"),
    F("$4.8 million", U, note="no source gives the race's own budget"),
    F("12th", U, note="no source says how many marathons Kiprono has run"),
    F("17", S, note="release / article: 17 seconds ahead of Otieno"),
    F("31", S, note="article: Kiprono, 31"),
    F("2:09:41", S, note="release: Kiprono 2:09:41"),
    F("24", S, note="article: Otieno, 24"),
    F("2:09:58", S, note="release: Otieno 2:09:58"),
    F("0:17", S, note="release / article: 17 seconds back (stated, not derived)"),
    F("28", S, note="article: Desta, 28"),
    F("2:10:33", S, note="release: Desta 2:10:33"),
    F("0:25", C, "0:52", derived=True, note="release: 2:10:33 - 2:09:41 = 52 seconds"),
    F("33", C, "27", note="article: Alemu, 27; 33 is Solberg's age (swapped pair of cells)"),
    F("2:23:06", S, note="release: Alemu 2:23:06"),
    F("27", C, "33", note="article: Solberg, 33; 27 is Alemu's age (swapped pair of cells)"),
    F("2:24:40", S, note="release: Solberg 2:24:40"),
    F("1:34", S, note="article: 1:34 behind Alemu (stated, not derived)"),
    F("29", S, note="article: Quintero, 29"),
    F("1:31:22", S, note="release: Quintero 1:31:22"),
    F("41,600", S, note="report: 41,600 out-of-town visitors"),
    F("$52.8 million", S, note="report: visitors spent $52.8 million"),
    F("38,900", S, note="report: 38,900 hotel room nights"),
    F("$18.5 million", S, note="report table: lodging $18.5 million"),
    F("$14.3 million", S, note="report table: food and drink $14.3 million"),
    F("$6.6 million", C, "$8.2 million", note="report table: retail $8.2 million; $6.6 million is local transportation's"),
    F("$84.5 million", S, note="report: $84.5 million"),
    F("10.9%", S, note="report: up 10.9%"),
    F("$67.2 million", C, "$76.2 million", note="report: $76.2 million in 2025 (transposed digits)"),
    F("2025", S, note="report: 2025"),
    F("$6.1 million", S, note="report: $6.1 million in state and local tax revenue"),
    F("$1.4 million", S, note="report: the city spent $1.4 million"),
    F("1:17", S, derived=True, note="article / release: 1:34 - 0:17 = 1:17"),
    F("1,807", S, derived=True, note="release: 27,318 - 25,511 = 1,807"),
    F("62%", S, derived=True, note="report table: 35.0% + 27.1% = 62.1%"),
    F("7,400", S, derived=True, note="report: 24,500 spectators - 17,100 runners = 7,400"),
    F("60%", S, derived=True, note="release table: 100 - 40.0 (metro area) = 60%"),
    F("21.0%", S, note="release table: other countries +21.0, the largest change"),
    F("four times", S, derived=True, note="report: 6.1 / 1.4 = 4.4, 'more than four times'"),
    F("1.4 times", S, derived=True, note="report: 1.9 / 1.4 = 1.36, 'about 1.4 times'"),
    F("4,200", S, derived=True, note="report: 38,900 - 34,700 = 4,200"),
    F("12.1%", S, note="report: up 12.1%"),
    F("a third", C, "a sixth", derived=True, note="report: 1.4 / 1.2 = 1.17, a rise of about a sixth (16.7%)"),
    F("16%", S, derived=True, note="release: 3.6 / 3.1 = 1.16"),
    F("$1,720", C, "$1,270", note="report: about $1,270 per visitor (transposed digits)"),
]

# --- V4: newsletter digest, bold lead-ins, one paragraph hard-wrapped -------------------
V4 = """# Downtown Ardenport Digest

*Late November 2026*

**Marathon money.** Visit Ardenport's new study says the October race pumped north of $84 million into the city, up from roughly $76 million the year before. Out-of-town visitors alone spent some $53 million. And lodging led the way at $18.5 million, about 35% of the total, with food and drink at $14.3 million and retail at roughly $6 million.

**Full houses.** Room nights climbed to some 38,900, up about 12% from 2025, at an average rate of $212, and downtown hotels were 96% full on race Saturday. Still, visitors stayed just 1.4 nights on average, the bureau says, and only 41% of them were runners. And 68% told surveyors they'd be back within three years.

**The tax side.** The race brought in about $6.1 million in state and local taxes, roughly double the $1.4 million City Hall spent on police, cleanup and closed roads, a bill about a sixth bigger than the year before. The city's hotel tax alone took in $1.9 million. Councilmember Farah Lindgren-Moss, 49, wants organisers to pick up more of that bill.

**On the course.** The October 18 race drew 28,612 starters, and some 27,300 of
them finished. Meseret Alemu, 27, won the women's race in 2:23:06 and took 42
seconds off the course record that Ruth Chebet set in 2022, while Daniel
Kiprono, 31, won the men's race in 2:09:41, just 17 seconds ahead of Samuel
Otieno. Wheelchair winner Rafael Quintero, 29, who grew up four blocks from the
start, clocked 1:31:22 for his second title here. Walter Dziedzic, 81, finished
his 26th Ardenport Marathon in 5:52:30.

**Giving back.** Charity runners raised north of $3.5 million for 140 charities, and the race paid out $85,000 in prize money. Some 4,200 volunteers staffed the course, and Alliance members donated 900 meals to them.

**Looking ahead.** Next year's race is set for Sunday, October 17, 2027, with registration opening on January 21. The Alliance will host a runners' welcome on October 15, with 30 downtown shops offering discounts.
"""

V4_FIGS = [
    F("2026", S, note="dateline; report: released November 30, 2026"),
    F("$84 million", S, note="report: $84.5 million ('north of')"),
    F("$76 million", S, note="report: $76.2 million in 2025 ('roughly')"),
    F("$53 million", S, note="report: $52.8 million ('some')"),
    F("$18.5 million", S, note="report table: lodging $18.5 million"),
    F("35%", S, note="report table: lodging 35.0%"),
    F("$14.3 million", S, note="report table: food and drink $14.3 million"),
    F("$6 million", C, "$8.2 million", note="report table: retail $8.2 million ('roughly $6 million' fits neither; $6.6 million is transportation's)"),
    F("38,900", S, note="report: 38,900 room nights"),
    F("12%", S, note="report: up 12.1%"),
    F("2025", S, note="report: from 34,700 in 2025"),
    F("$212", U, note="no source gives hotel rates"),
    F("96%", S, note="report: 96% full on the Saturday night"),
    F("1.4", C, "2.4", note="report: visitors stayed an average of 2.4 nights"),
    F("41%", S, note="report: runners made up 41% of visitors"),
    F("68%", S, note="report: 68% planned to return"),
    F("three", C, "two", note="report: within two years"),
    F("$6.1 million", S, note="report: $6.1 million in state and local tax revenue"),
    F("double", C, "4.4 times", derived=True, note="report: 6.1 / 1.4 = 4.4, more than four times, not 'roughly double'"),
    F("$1.4 million", S, note="report: the city spent $1.4 million"),
    F("a sixth", S, derived=True, note="report: 1.4 / 1.2 = 1.17, 'about a sixth bigger'"),
    F("$1.9 million", S, note="report: $1.9 million from the city's hotel tax"),
    F("49", C, "44", note="article: Lindgren-Moss, 44; 49 is Achterberg's age"),
    F("18", S, note="release: Sunday, October 18"),
    F("28,612", S, note="release: 28,612 started"),
    F("27,300", S, note="release: 27,318 finished ('some')"),
    F("27", S, note="article: Alemu, 27"),
    F("2:23:06", S, note="release / article: 2:23:06"),
    F("42", S, note="article: 42 seconds off the course record"),
    F("2022", S, note="release / article: Chebet's record of 2022"),
    F("31", S, note="article: Kiprono, 31"),
    F("2:09:41", S, note="release / article: 2:09:41"),
    F("17", S, note="release / article: 17 seconds ahead of Otieno"),
    F("29", S, note="article: Quintero, 29"),
    F("four", S, note="article: grew up four blocks from the start"),
    F("1:31:22", S, note="release / article: 1:31:22"),
    F("second", S, note="article: his second Ardenport title"),
    F("81", S, note="article: Walter Dziedzic, 81"),
    F("26th", C, "25th", note="article: every Ardenport Marathon since 2001, 25 in all (the 2020 race was cancelled)"),
    F("5:52:30", S, note="article: 5:52:30"),
    F("$3.5 million", S, note="release: charity runners raised $3.6 million ('north of')"),
    F("140", S, note="release: for 140 charities"),
    F("$85,000", C, "$216,000", note="release: the race paid out $216,000; $85,000 is what each open race paid its top five"),
    F("4,200", S, note="release / article: 4,200 volunteers"),
    F("900", U, note="no source mentions meals for volunteers"),
    F("17", S, note="release: next year's race on Sunday, October 17, 2027"),
    F("2027", S, note="release"),
    F("21", C, "12", note="release: registration opens on January 12 (transposed digits)"),
    F("15", U, note="no source mentions a runners' welcome"),
    F("30", U, note="no source mentions shop discounts"),
]

CASES = [
    ("fresh11-blind", "fresh-v", V_SOURCES, [
        ("script.txt", V1, V1_FIGS, "radio broadcast script: speaker cues, numbers in words, rounded figures"),
        ("liveblog.md", V2, V2_FIGS, "live blog: timestamped entries, updates that restate and correct earlier figures"),
        ("brief.md", V3, V3_FIGS, "data brief: the writer's own Markdown comparison table and a paragraph of derived figures"),
        ("digest.md", V4, V4_FIGS, "newsletter digest: bold lead-ins, hedges, sentence-initial 'And'/'Still', one paragraph hard-wrapped near 80 columns"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
