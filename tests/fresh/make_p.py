#!/usr/bin/env python3
"""Generate tests/fresh/fresh8-blind.jsonl.

One fictional topic, labelled by hand (blind: written and labelled without
running figcheck or cargo and without reading the engine's code):
  P (fresh8-blind): a mid-sized city's public health department (Ravensport):
                    kindergarten vaccination by neighbourhood, its clinics and
                    immunization budget, a measles outbreak's cases,
                    hospitalisations, clinic visits and grant, and a newspaper
                    article on school exemption rates

Each draft lists its figures in order of appearance; offsets are found here
(searching forward from the previous figure, at number boundaries) and checked.
Run:  python3 tests/fresh/make_p.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import C, F, S, U, main  # noqa: E402  (the machinery is make.py's)
from make_e import verify  # noqa: E402  (duplicate ids, offsets, source values)

# ---------------------------------------------------------------------------
# Topic P: Ravensport Department of Public Health (fictional)
# ---------------------------------------------------------------------------

P_REPORT = """Ravensport Department of Public Health
Childhood Immunization Report, 2025-26 School Year (excerpt)
Released November 2025

Summary

Kindergarten vaccination coverage in Ravensport fell for the fourth year in a row. Of the 3,600 children who entered kindergarten in the city's public and private schools this fall, 91.6% had received both doses of the measles, mumps and rubella (MMR) vaccine, down 1.4 percentage points from 93.0% a year earlier and well below the 95% needed to prevent sustained measles spread. Coverage was 96.2% as recently as the 2019-20 school year.

The share of kindergartners with a non-medical exemption from one or more required vaccines rose to 5.3%, from 3.9% a year earlier, the highest since the state began collecting exemption data in 2008. Medical exemptions remained rare, at 0.4%.

Table 1. Kindergarten vaccination by neighbourhood, 2025-26

| Neighbourhood | Kindergartners | MMR, 2 doses (%) | Change from 2024-25 (points) | All required vaccines (%) | Non-medical exemptions (%) |
|---|---|---|---|---|---|
| Harbourside | 1,120 | 94.6 | -0.8 | 92.1 | 2.9 |
| Westbrook Heights | 980 | 96.1 | +0.5 | 94.0 | 1.8 |
| Eastfield | 860 | 89.3 | -2.4 | 86.5 | 6.8 |
| Old Mill | 640 | 82.7 | -4.1 | 79.4 | 12.6 |
| Citywide | 3,600 | 91.6 | -1.4 | 89.0 | 5.3 |

Only Westbrook Heights is above the 95% threshold. In Old Mill, about one kindergartner in eight has a non-medical exemption, and MMR coverage has fallen 11.5 points since 2019-20.

Younger children

In 2024, 78.4% of two-year-olds had completed the recommended series of vaccines, down from 81.0% in 2023. The department estimates that about 1,150 children under five in the city have not received a single dose of MMR.

Clinics and outreach

The department's three immunization clinics gave 21,480 vaccine doses in fiscal 2025, up 6.3% from 20,210. The Old Mill clinic, which opened extended evening hours in March, gave 5,940 doses; the Harbourside clinic 9,320; and the Eastfield clinic 6,220. Mobile vans made 214 school and community visits.

Budget

The immunization program's budget is $4.8 million: $2.1 million from the city's general fund, $1.9 million from a federal immunization grant, and $0.8 million from state funds and clinic billing. The program has 38 full-time staff, including 14 nurses.

Dr. Miriam Okwuosa
Director of Public Health
"""

P_RELEASE = """NEWS RELEASE
Ravensport Department of Public Health
February 12, 2026

Measles outbreak reaches 47 cases; free vaccine clinics extended

The Ravensport Department of Public Health today reported 47 confirmed measles cases in the outbreak that began in the Old Mill neighbourhood on December 29, 2025. Eleven patients have been hospitalised, including six children under five. No deaths have been reported.

Of the 47 cases, 41 were in people who had not been vaccinated against measles and 3 in people who had received one dose; the vaccination status of the remaining 3 is unknown. Thirty-four cases are in children and teenagers under 18, and 13 in adults.

Cases by neighbourhood: Old Mill 29, Eastfield 11, Harbourside 5 and Westbrook Heights 2. Cases were linked to 6 schools and 2 child care centres.

Since January 5, public health staff have traced more than 1,900 contacts and asked 412 unvaccinated students to stay home from school for 21 days after exposure.

"Measles is one of the most contagious diseases we know, and it is spreading where vaccination rates are lowest," said Dr. Miriam Okwuosa, the city's Director of Public Health. "The vaccine is safe, it is free at our clinics, and two doses are 97% effective."

Vaccination response

Demand for MMR vaccine has risen sharply. The department's three clinics gave 3,870 doses of MMR in January, compared with 1,150 in January 2025, and weekend hours at the Old Mill and Eastfield clinics will continue through April 30. Clinic visits of all kinds reached 6,410 in January, up 58% from 4,060 a year earlier.

Grant

The state Department of Health has awarded Ravensport an emergency grant of $1.35 million for outbreak response, which will pay for 12 temporary nurses, overtime, and a multilingual outreach campaign in Old Mill and Eastfield. The city council approved an additional $600,000 on February 9.

The department estimates the outbreak response has cost $1.62 million so far, including $910,000 in staff overtime.

An outbreak is declared over after 42 days, two incubation periods, without a new case. The most recent case was reported on February 10.

Media contact: Communications Office, Ravensport Department of Public Health
"""

P_ARTICLE = """In 14 Ravensport schools, fewer than 9 in 10 kindergartners are vaccinated

By Tomasz Wierzbicki-Hale, The Ravensport Herald
February 20, 2026

At Old Mill Elementary, 23 of the 118 kindergartners this year have a non-medical exemption from school vaccines, the highest rate of any public school in Ravensport, according to state school-by-school data analysed by the Herald.

That is 19.5%, nearly four times the citywide rate of 5.3%. The school is three blocks from the community centre where the city's measles outbreak, now 47 cases, was first detected in December.

Of the city's 62 elementary schools that reported kindergarten data, 14 had MMR coverage below 90% this year, up from 8 schools last year and 3 in 2021. Nine of the 14 are in Old Mill or Eastfield. At 4 schools, three of them private, coverage was below 80%.

Exemption rates are highest in private schools: 9.8% of private-school kindergartners have a non-medical exemption, compared with 4.2% in public schools. Private schools enrolled 720 of the city's 3,600 kindergartners.

Under state law, parents can obtain a non-medical exemption by signing a form and watching a 20-minute online video, a requirement added in 2019. A bill in the state legislature would require a signature from a doctor or nurse practitioner. It passed the Senate health committee 7-4 on February 3 and awaits a floor vote.

"I'm not against vaccines, I just wanted to space them out," said Kara Lindqvist, 34, whose son attends Old Mill Elementary and who said she has since taken him to get his MMR shots. "When the school called about the outbreak, I was at the clinic the next morning."

Dr. Miriam Okwuosa, 52, the city's public health director, said the department had sent nurses to 31 schools since January and vaccinated 640 students on site. "Every one of those doses is a child who won't miss 21 days of school if measles shows up," she said.

Some parents remain opposed. Gerald Paxton, 46, who has three children at a private school in Eastfield, said he would move his family out of state before vaccinating them. "It's my decision, not the city's," he said.

School principals say the rules are hard to enforce. Under state law, unvaccinated students must stay home during an outbreak, and 412 students have been sent home since January. The Ravensport school district estimates it has lost $185,000 in state attendance funding as a result.

City council member Rosa Delgado-Finch, 58, whose district includes Old Mill, said she would propose $250,000 for a school-based vaccination program in the next budget.
"""

P_SOURCES = [
    {"name": "ravensport-immunization-report-2025-26.txt", "text": P_REPORT},
    {"name": "ravensport-measles-outbreak-release.txt", "text": P_RELEASE},
    {"name": "ravensport-herald-article.txt", "text": P_ARTICLE},
]

# --- P1: wire story ------------------------------------------------------------
P1 = """Ravensport measles outbreak grows as vaccination rates slide

RAVENSPORT (Wire) — A measles outbreak in Ravensport has grown to 47 confirmed cases, 11 of them hospitalised, health officials said, as the city's kindergarten vaccination rate fell for a fifth straight year.

The outbreak began in the Old Mill neighbourhood on December 29, 2024. Old Mill accounts for 29 cases, Eastfield for 5 and Harbourside for 11, and 41 of the patients had not been vaccinated. Six of the hospitalised patients are children under five, and more than four fifths of all cases are children and teenagers.

Only 91.6% of the city's 3,600 kindergartners have both doses of the measles, mumps and rubella vaccine, down from 93.0% a year earlier. In Old Mill the rate is 89.3%, and 12.6% of kindergartners there have a non-medical exemption.

At Old Mill Elementary, 32 of 118 kindergartners have an exemption, according to a Ravensport Herald analysis of state data.

The state has awarded the city a $1.35 million emergency grant, and the city council added $600,000. The response has cost $1.62 million so far, including $190,000 in staff overtime.

The health department's clinics gave 3,870 MMR doses in January, more than three times the 1,150 a year earlier, and clinic visits rose 85% to 6,410.

Some 412 unvaccinated students have been sent home, and the school district says it has lost $185,000 in state attendance funding. A bill requiring a doctor's signature for exemptions passed a state Senate committee 7-4 on February 13.

Dr. Miriam Okwuosa, 52, who has led the department since 2019, said two doses of the vaccine are 93% effective. The city's last measles outbreak, in 2014, had 9 cases; Ravensport has about 286,000 residents.
"""

P1_FIGS = [
    F("47", S, note="release / article: 47 confirmed cases"),
    F("11", S, note="release: eleven patients hospitalised"),
    F("fifth", C, "fourth", note="report: coverage fell for the fourth year in a row"),
    F("29", S, note="release: began on December 29, 2025"),
    F("2024", C, "2025", note="release: the outbreak began on December 29, 2025"),
    F("29", S, note="release: Old Mill 29 cases"),
    F("5", C, "11", note="release: Eastfield 11 cases; 5 is Harbourside's (swapped pair)"),
    F("11", C, "5", note="release: Harbourside 5 cases; 11 is Eastfield's (swapped pair)"),
    F("41", S, note="release: 41 had not been vaccinated"),
    F("Six", S, note="release: including six children under five"),
    F("five", S, note="release: children under five"),
    F("four fifths", C, "72%", derived=True, note="release: 34 of 47 cases are children and teenagers, 72%, not more than four fifths"),
    F("91.6%", S, note="report"),
    F("3,600", S, note="report / article: 3,600 kindergartners"),
    F("93.0%", S, note="report: from 93.0% a year earlier"),
    F("89.3%", C, "82.7%", note="report table: Old Mill MMR 82.7; 89.3 is Eastfield's"),
    F("12.6%", S, note="report table: Old Mill non-medical exemptions 12.6"),
    F("32", C, "23", note="article: 23 of the 118 kindergartners (transposed digits)"),
    F("118", S, note="article"),
    F("$1.35 million", S, note="release: state emergency grant"),
    F("$600,000", S, note="release: city council approved an additional $600,000"),
    F("$1.62 million", S, note="release: response cost so far"),
    F("$190,000", C, "$910,000", note="release: including $910,000 in staff overtime"),
    F("3,870", S, note="release: MMR doses in January"),
    F("three times", S, derived=True, note="release: 3,870 / 1,150 = 3.4, 'more than three times'"),
    F("1,150", S, note="release: 1,150 in January 2025"),
    F("85%", C, "58%", note="release: clinic visits up 58% (transposed digits)"),
    F("6,410", S, note="release"),
    F("412", S, note="release / article: 412 students sent home"),
    F("$185,000", S, note="article: the school district estimates it lost $185,000"),
    F("7", S, note="article: passed the Senate health committee 7-4"),
    F("4", S, note="article: 7-4"),
    F("13", C, "3", note="article: the committee vote was on February 3"),
    F("52", S, note="article: Dr. Miriam Okwuosa, 52"),
    F("2019", U, note="no source says when Okwuosa took office (2019 is the year the video rule was added)"),
    F("two", S, note="release: two doses"),
    F("93%", C, "97%", note="release: two doses are 97% effective"),
    F("2014", U, note="no source mentions an earlier outbreak"),
    F("9", U, note="no source mentions an earlier outbreak"),
    F("286,000", U, note="no source gives the city's population"),
]

# --- P2: opinion column: hedges and derived figures ----------------------------
P2 = """Opinion: Ravensport's measles outbreak was years in the making

By Harriet Solberg-Mays, retired pediatrician

I spent 31 years treating children in Old Mill and saw my last measles case there in 1991. Yet here we are: 47 cases, 11 of them in hospital, nearly a quarter of all patients.

The warning signs were in the city's own numbers. Kindergarten MMR coverage has fallen to 91.6%, about 3.4 points short of the 95% threshold, and it was 96.2% as recently as 2017-18. In Old Mill it is 82.7%, more than 13 points behind Westbrook Heights. There, roughly one kindergartner in six has a non-medical exemption, more than twice the citywide rate.

Private schools are the weak link. Their exemption rate of 9.8% is more than three times the public-school rate of 4.2%, and they enroll about a quarter of the city's kindergartners.

Of the 47 cases, 41 were in unvaccinated people, close to nine in ten. Old Mill and Eastfield together account for 38. Among toddlers, only 78.4% are fully vaccinated, down from 84.0% in 2023.

The money tells its own story. The response has already cost $1.62 million, more than the $1.53 million state grant, and overtime alone accounts for $910,000, more than half of it. The whole immunization program costs $4.8 million a year, yet it has just 12 nurses for a city of some 286,000 people.

Demand is finally rising: the clinics gave 3,870 MMR doses in January, up from 1,150 a year earlier, and visits rose 58% to 4,060. But the Old Mill clinic gave only 5,490 doses all of last year, fewer than Eastfield's.

The fix is not complicated. The state should pass the bill now before the Senate and require a clinician's signature for exemptions, as 16 other states do. The city should fund the $250,000 school program Rosa Delgado-Finch has proposed, about what it costs to hire three nurses. A 30-minute video is not informed consent.
"""

P2_FIGS = [
    F("31", U, note="the columnist's own career; no source"),
    F("1991", U, note="the columnist's own last case; no source"),
    F("47", S, note="release"),
    F("11", S, note="release: eleven hospitalised"),
    F("a quarter", S, derived=True, note="release: 11 / 47 = 23.4%, 'nearly a quarter'"),
    F("91.6%", S, note="report"),
    F("3.4", S, derived=True, note="report: 95 - 91.6 = 3.4 points"),
    F("95%", S, note="report: 95% needed to prevent sustained spread"),
    F("96.2%", S, note="report: 96.2% in 2019-20"),
    F("2017-18", C, "2019-20", note="report: coverage was 96.2% as recently as the 2019-20 school year"),
    F("82.7%", S, note="report table: Old Mill"),
    F("13", S, derived=True, note="report table: Westbrook Heights 96.1 - Old Mill 82.7 = 13.4 points, 'more than 13'"),
    F("one kindergartner in six", C, "one kindergartner in eight", note="report: about one kindergartner in eight (12.6%) in Old Mill"),
    F("twice", S, derived=True, note="report table: 12.6 / 5.3 = 2.4, 'more than twice'"),
    F("9.8%", S, note="article: private schools"),
    F("three times", C, "2.3 times", derived=True, note="article: 9.8 / 4.2 = 2.3, not more than three times"),
    F("4.2%", S, note="article: public schools"),
    F("a quarter", C, "20%", derived=True, note="article: 720 / 3,600 = 20%, a fifth, not about a quarter"),
    F("47", S, note="release"),
    F("41", S, note="release: 41 unvaccinated"),
    F("nine in ten", S, derived=True, note="release: 41 / 47 = 87%, 'close to nine in ten'"),
    F("38", C, "40", derived=True, note="release: Old Mill 29 + Eastfield 11 = 40"),
    F("78.4%", S, note="report: two-year-olds, 78.4%"),
    F("84.0%", C, "81.0%", note="report: down from 81.0% in 2023"),
    F("2023", S, note="report"),
    F("$1.62 million", S, note="release"),
    F("$1.53 million", C, "$1.35 million", note="release: state grant $1.35 million (transposed digits)"),
    F("$910,000", S, note="release: staff overtime"),
    F("half", S, derived=True, note="release: 910,000 / 1,620,000 = 56%, 'more than half'"),
    F("$4.8 million", S, note="report: immunization program budget"),
    F("12", C, "14", note="report: the program has 14 nurses; 12 is the grant's temporary nurses"),
    F("286,000", U, note="no source gives the city's population"),
    F("3,870", S, note="release"),
    F("1,150", S, note="release: 1,150 in January 2025"),
    F("58%", S, note="release: clinic visits up 58%"),
    F("4,060", C, "6,410", note="release: visits reached 6,410; 4,060 was January 2025's"),
    F("5,490", C, "5,940", note="report: the Old Mill clinic gave 5,940 doses (transposed digits)"),
    F("16", U, note="no source mentions other states' rules"),
    F("$250,000", S, note="article: Delgado-Finch's proposed $250,000"),
    F("three", U, note="no source gives a nurse's cost"),
    F("30", C, "20", note="article: a 20-minute online video"),
]

# --- P3: explainer with a Markdown table -----------------------------------------
P3 = """# Explainer: Where Ravensport's kindergartners stand on vaccines

Ravensport's measles outbreak reached 47 cases in February, most of them in the neighbourhood with the lowest vaccination rate. Here is how the neighbourhoods compare this school year.

| Neighbourhood | Kindergartners | MMR coverage | Change (points) | Exemptions |
|---|---|---|---|---|
| Harbourside | 980 | 94.6% | -0.8 | 2.9% |
| Westbrook Heights | 1,120 | 96.1% | -0.5 | 1.8% |
| Eastfield | 860 | 86.5% | -2.4 | 6.8% |
| Old Mill | 640 | 82.7% | -4.1 | 21.6% |

**What is the target?** Measles is so contagious that about 95% of children need two doses to stop it spreading, and only Westbrook Heights clears that bar. Citywide, coverage is 91.6%, down 1.4 points from 93.0% in 2023-24.

**Who gets exemptions?** Parents sign a form and watch a 20-minute video, a rule added in 2021. At private schools 9.8% of kindergartners are exempt, against 4.2% at public ones, more than twice the rate. At Old Mill Elementary, 23 kindergartners are exempt, nearly a fifth of its class.

**How sick are patients?** Eleven have been hospitalised. Most were never vaccinated, and a 4-year-old spent 9 days in intensive care.

**What is being done?** The state's $1.35 million grant pays for 21 temporary nurses, each on a 90-day contract. Nurses have visited 13 schools and vaccinated 460 students on site.

**When is it over?** After 42 days without a new case. The latest case was reported on February 12, so the outbreak could be declared over on March 24 at the earliest. The state may also test wastewater in 3 neighbourhoods, at a cost of $80,000.
"""

P3_FIGS = [
    F("47", S, note="release / article"),
    F("980", C, "1,120", note="report table: Harbourside 1,120 kindergartners; 980 is Westbrook Heights' (swapped pair)"),
    F("94.6%", S, note="report table: Harbourside"),
    F("0.8", S, note="report table: Harbourside -0.8"),
    F("2.9%", S, note="report table: Harbourside"),
    F("1,120", C, "980", note="report table: Westbrook Heights 980 kindergartners; 1,120 is Harbourside's (swapped pair)"),
    F("96.1%", S, note="report table: Westbrook Heights"),
    F("0.5", C, "+0.5", note="report table: Westbrook Heights +0.5; the draft gives it as a drop"),
    F("1.8%", S, note="report table: Westbrook Heights"),
    F("860", S, note="report table: Eastfield"),
    F("86.5%", C, "89.3%", note="report table: Eastfield MMR 89.3; 86.5 is its rate for all required vaccines"),
    F("2.4", S, note="report table: Eastfield -2.4"),
    F("6.8%", S, note="report table: Eastfield"),
    F("640", S, note="report table: Old Mill"),
    F("82.7%", S, note="report table: Old Mill"),
    F("4.1", S, note="report table: Old Mill -4.1"),
    F("21.6%", C, "12.6%", note="report table: Old Mill exemptions 12.6 (transposed digits)"),
    F("95%", S, note="report: 95% needed to prevent sustained spread"),
    F("two", S, note="report / release: both doses, two doses"),
    F("91.6%", S, note="report"),
    F("1.4", S, note="report: down 1.4 percentage points"),
    F("93.0%", S, note="report: 93.0% a year earlier"),
    F("2023-24", C, "2024-25", note="report: the 93.0% was a year earlier, 2024-25 (table: change from 2024-25)"),
    F("20", S, note="article: a 20-minute online video"),
    F("2021", C, "2019", note="article: a requirement added in 2019"),
    F("9.8%", S, note="article: private schools"),
    F("4.2%", S, note="article: public schools"),
    F("twice", S, derived=True, note="article: 9.8 / 4.2 = 2.3, 'more than twice'"),
    F("23", S, note="article: 23 of the 118 kindergartners"),
    F("a fifth", S, note="article: 19.5%, 'nearly a fifth'"),
    F("Eleven", S, note="release: eleven patients hospitalised"),
    F("4", U, note="no source gives a patient's age or intensive care"),
    F("9", U, note="no source mentions intensive care"),
    F("$1.35 million", S, note="release"),
    F("21", C, "12", note="release: the grant pays for 12 temporary nurses (transposed digits)"),
    F("90", U, note="no source gives the nurses' contracts"),
    F("13", C, "31", note="article: nurses sent to 31 schools (transposed digits)"),
    F("460", C, "640", note="article: vaccinated 640 students on site"),
    F("42", S, note="release: declared over after 42 days"),
    F("12", C, "10", note="release: the most recent case was reported on February 10; February 12 is the release's date"),
    F("24", S, derived=True, note="release: February 10 + 42 days = March 24 (18 days left in February + 24)"),
    F("3", U, note="no source mentions wastewater testing"),
    F("$80,000", U, note="no source mentions wastewater testing"),
]

# --- P4: neighbourhood association newsletter, hard-wrapped near 80 columns ---
P4 = """# The Old Mill Bulletin: measles, vaccines and our schools

*Old Mill Neighbourhood Association newsletter, February 2026*

**The outbreak.** The city now counts 47 measles cases, and 29 of them are here
in Old Mill, more than three fifths of the total; Eastfield has 11 and
Harbourside 2. Eleven people have been in hospital, eight of them children
under five. Yet the city reports no deaths, and it has traced more than 9,100
contacts.

**Our vaccination rate.** Only 82.7% of our kindergartners have both MMR doses,
down 1.4 points in a year, the steepest drop in the city. Westbrook Heights is
at 96.1%, and it is the only neighbourhood above 95%. But ours is now 14.3
points lower than theirs, and 12.6% of our kindergartners have an exemption.

**Our school.** At Old Mill Elementary, 23 of the 118 kindergartners have a
non-medical exemption, the highest rate of any public school in Ravensport. It
sits three blocks from the community centre where the outbreak was detected in
December, and the principal has sent 41 students home.

**The clinic.** Our clinic gave 5,940 doses last year, and Harbourside's gave
9,230; the three city clinics gave 21,480 in all, up 3.6%. Ours opened evening
hours in March, and its weekend hours now run through April 30, with 2 nurses
on duty.

**The money.**

- State emergency grant: $1.35 million, for 12 temporary nurses
- City council: $600,000, approved on February 19
- Together: $1.95 million
- Response so far: $1.62 million, with $190,000 of it overtime
- Proposed school vaccination program: $520,000

**The bill.** A state bill would require a doctor's or nurse practitioner's
signature for exemptions, and it passed the Senate health committee on
February 3. Our council member Rosa Delgado-Finch, 85, backs it, and she says
2,000 residents have signed a petition.

**Free shots.** Walk-ins are welcome on Saturdays from 9 to 1.
"""

P4_FIGS = [
    F("2026", S, note="dateline; release / article: February 2026"),
    F("47", S, note="release / article"),
    F("29", S, note="release: Old Mill 29"),
    F("three fifths", S, derived=True, note="release: 29 / 47 = 61.7%, 'more than three fifths'"),
    F("11", S, note="release: Eastfield 11"),
    F("2", C, "5", note="release: Harbourside 5 cases; 2 is Westbrook Heights'"),
    F("Eleven", S, note="release: eleven patients hospitalised"),
    F("eight", C, "six", note="release: including six children under five"),
    F("five", S, note="release: children under five"),
    F("9,100", C, "1,900", note="release: traced more than 1,900 contacts"),
    F("82.7%", S, note="report table: Old Mill"),
    F("1.4", C, "4.1", note="report table: Old Mill fell 4.1 points; 1.4 is the citywide drop"),
    F("96.1%", S, note="report table: Westbrook Heights"),
    F("95%", S, note="report: only Westbrook Heights is above the 95% threshold"),
    F("14.3", C, "13.4", derived=True, note="report table: 96.1 - 82.7 = 13.4 points"),
    F("12.6%", S, note="report table: Old Mill exemptions"),
    F("23", S, note="article"),
    F("118", S, note="article"),
    F("three", S, note="article: three blocks from the community centre ('It' = Old Mill Elementary)"),
    F("41", U, note="no source gives how many students the school sent home (412 citywide)"),
    F("5,940", S, note="report: the Old Mill clinic gave 5,940 doses"),
    F("9,230", C, "9,320", note="report: the Harbourside clinic gave 9,320 (transposed digits)"),
    F("three", S, note="report: three immunization clinics"),
    F("21,480", S, note="report"),
    F("3.6%", C, "6.3%", note="report: up 6.3% (transposed digits)"),
    F("30", S, note="release: weekend hours at the Old Mill clinic through April 30"),
    F("2", U, note="no source gives clinic staffing on weekends"),
    F("$1.35 million", S, note="release"),
    F("12", S, note="release: 12 temporary nurses"),
    F("$600,000", S, note="release"),
    F("19", C, "9", note="release: the council approved it on February 9"),
    F("$1.95 million", S, derived=True, note="release: 1.35 million + 600,000 = 1.95 million"),
    F("$1.62 million", S, note="release"),
    F("$190,000", C, "$910,000", note="release: $910,000 in staff overtime"),
    F("$520,000", C, "$250,000", note="article: Delgado-Finch would propose $250,000"),
    F("3", S, note="article: committee vote on February 3"),
    F("85", C, "58", note="article: Rosa Delgado-Finch, 58 (transposed digits)"),
    F("2,000", U, note="no source mentions a petition"),
    F("9", U, note="no source gives walk-in hours"),
    F("1", U, note="no source gives walk-in hours"),
]

CASES = [
    ("fresh8-blind", "fresh-p", P_SOURCES, [
        ("wire.md", P1, P1_FIGS, "wire story"),
        ("opinion.md", P2, P2_FIGS, "opinion column: hedges, derived figures (differences, shares, multiples, points)"),
        ("explainer.md", P3, P3_FIGS, "explainer with a Markdown table and question headings"),
        ("newsletter.md", P4, P4_FIGS, "neighbourhood association newsletter: heading, bold lead-ins, bullets, lines hard-wrapped near 80 columns, pronouns, sentence-initial But/Yet"),
    ]),
]
NOT_FIGURES = set()


if __name__ == "__main__":
    main(CASES, NOT_FIGURES)
    verify(CASES)
