//! Derived figures (ratios, shares, point changes, relative changes of two source
//! figures) and figures in pipe tables, end to end through the engine.
//!
//! The sources here are written for these tests: a small fictional water authority.

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const REPORT: &str = "\
The Authority's reservoirs ended the year low.

| Reservoir | Storage (billion gallons) | Level (%) |
|---|---:|---:|
| Lake Harlan | 21.6 | 45 |
| Ridgeback Reservoir | 2.4 | 30 |
| Pine Fork | 9.6 | 60 |

Average daily deliveries fell to 162 million gallons in 2024 from 177 million gallons in 2023.
Non-revenue water fell to 9.8% of production from 11.3% a year earlier.
The capital plan totals $1.85 billion, and the intake tower is budgeted at $640 million.
";

/// A corpus of one source, `text` at `path`.
fn one_source(path: &str, text: &str) -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: path.into(),
        text: text.into(),
    }])
    .expect("the test corpus indexes")
}

fn corpus() -> Corpus {
    one_source("corpus/report.md", REPORT)
}

fn finding<'f>(findings: &'f [Finding], text: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.figure.text == text)
        .unwrap_or_else(|| panic!("no figure {text:?}"))
}

/// Checks each case: `figure` in `draft` is supported exactly when it holds. Returns
/// the findings of the cases that hold.
fn supported_exactly_when(e: &Engine<'_>, cases: &[(&str, &str, bool)]) -> Vec<Finding> {
    let mut held = Vec::new();
    for &(draft, figure, holds) in cases {
        let f = e.check_text(draft, Format::Markdown);
        let found = finding(&f, figure);
        assert_eq!(
            found.verdict == Verdict::Supported,
            holds,
            "{draft}: {found:?}"
        );
        if holds {
            held.push(found.clone());
        }
    }
    held
}

/// [`supported_exactly_when`], and each case that holds shows arithmetic containing
/// `shown`.
fn supported_as_expected(e: &Engine<'_>, cases: &[(&str, &str, bool)], shown: &str) {
    for found in supported_exactly_when(e, cases) {
        let arithmetic = found.derivation.as_deref().expect("a derivation");
        assert!(arithmetic.contains(shown), "{arithmetic}");
    }
}

#[test]
fn a_ratio_of_two_named_figures_is_supported_with_its_arithmetic() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Lake Harlan held nine times as much water as Ridgeback Reservoir.",
        Format::Markdown,
    );
    let nine = finding(&f, "nine times");
    assert_eq!(nine.verdict, Verdict::Supported);
    let arithmetic = nine.derivation.as_deref().expect("a derivation");
    assert!(
        arithmetic.contains("÷") && arithmetic.ends_with("= 9"),
        "{arithmetic}"
    );
    assert_eq!(nine.evidence.len(), 2);
}

/// The second name may be written shorter than the row that states its figure
/// ("Ridgeback" for "Ridgeback Reservoir"), and the sentence may carry other figures.
#[test]
fn the_other_operand_is_found_under_a_shorter_name() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "The reservoirs held 33.6 billion gallons, and Lake Harlan alone held 21.6 billion of that, nine times as much as Ridgeback.",
        Format::Markdown,
    );
    let nine = finding(&f, "nine times");
    assert_eq!(nine.verdict, Verdict::Supported, "{nine:#?}");
    assert_eq!(nine.derivation.as_deref(), Some("21.6 ÷ 2.4 = 9"));
    // The same names with a ratio the table does not give stay unsupported.
    let f = e.check_text(
        "Lake Harlan alone held 21.6 billion, six times as much as Ridgeback.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "six times").verdict, Verdict::Supported);
}

#[test]
fn a_ratio_the_sources_do_not_give_is_not_supported() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Lake Harlan held five times as much water as Ridgeback Reservoir.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "five times").verdict, Verdict::Supported);
}

#[test]
fn point_and_relative_changes_are_derived() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Non-revenue water improved by 1.5 points. Deliveries fell 8.5% on the year.",
        Format::Markdown,
    );
    let points = finding(&f, "1.5");
    assert_eq!(
        points.verdict,
        Verdict::Supported,
        "{:?}",
        points.derivation
    );
    assert_eq!(finding(&f, "8.5%").verdict, Verdict::Supported);
    let f = e.check_text("Deliveries fell 12% on the year.", Format::Markdown);
    assert_ne!(finding(&f, "12%").verdict, Verdict::Supported);
}

#[test]
fn a_share_of_a_whole_is_derived() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "More than a third of the $1.85 billion capital plan goes to the intake tower.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "a third").verdict, Verdict::Supported);
}

#[test]
fn a_table_cell_belongs_to_its_row_and_measures_its_column() {
    let c = corpus();
    let e = Engine::new(&c);
    // The header's scale applies to the cell: 21.6 is 21.6 billion gallons.
    let f = e.check_text("Lake Harlan held 21.6 billion gallons.", Format::Markdown);
    assert_eq!(finding(&f, "21.6 billion").verdict, Verdict::Supported);
    // The header says the cells are percentages.
    let f = e.check_text("Pine Fork was 60% full.", Format::Markdown);
    assert_eq!(finding(&f, "60%").verdict, Verdict::Supported);
    // Another row's value, with this row's stated: contradicted, with this row's value.
    let f = e.check_text("Pine Fork was 45% full.", Format::Markdown);
    let wrong = finding(&f, "45%");
    assert_eq!(wrong.verdict, Verdict::Contradicted);
    assert_eq!(wrong.suggestion.as_deref(), Some("60%"));
}

#[test]
fn a_range_is_supported_only_when_both_its_ends_are_stated() {
    let c = one_source(
        "corpus/guidance.txt",
        "We expect organic sales growth within our 3% to 5% long-term target range. \
         Scores of the other models were 21, 22 and 24.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Organic sales growth is expected within a 3-5% target range.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "3-5%").verdict, Verdict::Supported);
    // 5% is one end of the source's range, not evidence for a range that starts there.
    let f = e.check_text(
        "Organic sales growth is expected within a 5-8% target range.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "5-8%").verdict, Verdict::Supported);
    // A range summing up several stated values is supported by its two ends.
    let f = e.check_text(
        "The other models scored between 21 and 24.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "21 and 24").verdict, Verdict::Supported);
}

#[test]
fn a_guidance_range_written_with_to_states_its_ends_and_only_itself() {
    let c = one_source(
        "corpus/call.txt",
        "We anticipate non-GAAP earnings per diluted share in the range of $1.30 to \
         $1.40 for the fourth quarter.",
    );
    let e = Engine::new(&c);
    // Either end, cited alone, is what the source says.
    for end in ["$1.30", "$1.40"] {
        let text =
            format!("Non-GAAP earnings per diluted share could reach {end} in the fourth quarter.");
        let f = e.check_text(&text, Format::Markdown);
        assert_eq!(finding(&f, end).verdict, Verdict::Supported, "{text}");
    }
    // A range sharing one end with the source's is another range.
    let f = e.check_text(
        "Non-GAAP earnings per diluted share are seen in the range of $1.40 to $1.50 for the fourth quarter.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "$1.40 to $1.50").verdict, Verdict::Supported);
}

#[test]
fn a_change_column_in_points_and_a_total_row() {
    let c = one_source(
        "corpus/levels.md",
        "| Reservoir | Percent full (%) | Change (percentage points) |\n\
         |---|---|---|\n\
         | Lake Harlan | 45 | -13 |\n\
         | Pine Fork | 60 | -7 |\n\
         | Ridgeback | 30 | -19 |\n\
         | Total | 46.7 | -12.3 |\n",
    );
    let e = Engine::new(&c);
    // The table's -13 is a fall of 13 points.
    let f = e.check_text("Lake Harlan fell 13 points to 45%.", Format::Markdown);
    assert_eq!(finding(&f, "13").verdict, Verdict::Supported);
    // A drop of 19 points is nearly three times one of 7.
    let f = e.check_text(
        "Ridgeback dropped 19 points, nearly three times the slide at Pine Fork.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "three times").verdict, Verdict::Supported);
    // The Total row's -12.3 is nobody's single reservoir: Lake Harlan's is -13.
    let f = e.check_text("Lake Harlan fell 12 points.", Format::Markdown);
    assert_eq!(finding(&f, "12").verdict, Verdict::Contradicted);
}

#[test]
fn a_count_of_the_names_the_draft_lists_after_it() {
    let c = one_source(
        "corpus/chat.txt",
        "Steve: Drinks at Kings on Saturday?\nCarly: Sure, if they let you back in.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Two friends, Steve and Carly, plan to meet at Kings.",
        Format::Markdown,
    );
    let two = finding(&f, "Two");
    assert_eq!(two.verdict, Verdict::Supported);
    assert!(
        two.derivation
            .as_deref()
            .is_some_and(|d| d.contains("Steve, Carly"))
    );
    // The claim says what was counted, so the verdict reproduces as a query.
    assert_eq!(two.claim.counted, ["Steve", "Carly"]);
    let query = figcheck_claims::parse(&two.claim.to_string()).expect("the claim parses back");
    assert_eq!(e.evaluate(&query).verdict, Verdict::Supported);
    // The list holds another number of names.
    let f = e.check_text(
        "Three friends, Steve and Carly, plan to meet at Kings.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "Three").verdict, Verdict::Supported);
    // A listed name the sources never give.
    let f = e.check_text(
        "Two friends, Steve and Dana, plan to meet at Kings.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "Two").verdict, Verdict::Supported);
}

/// "fell 13 points to 45%": the verb and the unit are the change's; 45% is the level it
/// ended at, and is checked as that level.
#[test]
fn the_level_a_change_ended_at_is_checked_as_a_level() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text("Lake Harlan fell 13 points to 45%.", Format::Markdown);
    let level = finding(&f, "45%");
    assert_eq!(level.verdict, Verdict::Supported, "{level:#?}");
    assert!(!level.claim.to_string().contains("fell"), "{}", level.claim);
    let f = e.check_text("Lake Harlan fell 13 points to 52%.", Format::Markdown);
    assert_ne!(finding(&f, "52%").verdict, Verdict::Supported);
}

/// A share written as a fraction is weighed as its percentage, in support only, and a
/// hedged one only near it: "more than half" is 53%, not 88%.
#[test]
fn a_fraction_is_supported_by_the_percentage_it_stands_for() {
    let c = one_source(
        "corpus/survey.txt",
        "Generative AI reached 53% of the world's population, and 88% of firms.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Generative AI reached more than half of the world's population.",
        Format::Markdown,
    );
    let half = finding(&f, "half");
    assert_eq!(half.verdict, Verdict::Supported, "{half:#?}");
    assert_eq!(half.evidence.len(), 1);
    assert_eq!(half.evidence[0].value, 53.0);
    // "a quarter" is no rounding of 53%, and no source states another share of it
    let f = e.check_text(
        "Generative AI reached a quarter of the world's population.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "a quarter").verdict, Verdict::Supported);
    let f = e.check_text(
        "Generative AI reached more than a third of the world's population.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "a third").verdict, Verdict::Supported);
    // a bound near its value only: 19% is not "nearly a quarter"
    let c = one_source(
        "corpus/payers.txt",
        "Medicaid provided 19% of net patient revenue.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Medicaid provided less than a quarter of net patient revenue.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "a quarter").verdict, Verdict::Supported);
    let f = e.check_text(
        "Medicaid provided less than a fifth of net patient revenue.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "a fifth").verdict, Verdict::Supported);
}

/// An age group written like the source's is supported though both ends are small
/// numbers and the draft names a county the source's list does not.
#[test]
fn an_age_group_is_supported_by_the_same_range() {
    let c = one_source(
        "corpus/release.txt",
        "Harrow County reported flu coverage by age.\n\n- Ages 5 to 17: 36.5%\n- Ages 18 to 64: 41.3%\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "In Harrow County, 36.5% of children aged 5 to 17 got a flu shot.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "5 to 17").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "36.5%").verdict, Verdict::Supported);
    let f = e.check_text(
        "In Harrow County, 36.5% of children aged 6 to 17 got a flu shot.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "6 to 17").verdict, Verdict::Supported);
}

/// The gap between two figures stated together is derived when the claim says it is a
/// change or a gap ("dropped by", "a drop of"), to the written precision, even against a
/// confident counterpart that is one of its two operands.
#[test]
fn a_difference_of_two_figures_stated_together_is_derived() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Deliveries dropped by 15 million gallons on the year.",
        Format::Markdown,
    );
    let drop = finding(&f, "15 million");
    assert_eq!(drop.verdict, Verdict::Supported, "{drop:#?}");
    assert!(drop.derivation.as_deref().is_some_and(|d| d.contains('−')));
    let f = e.check_text(
        "Deliveries dropped by 12 million gallons on the year.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "12 million").verdict, Verdict::Supported);
    // a bound is no gap
    let f = e.check_text(
        "Deliveries stayed below 15 million gallons a day.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "15 million").verdict, Verdict::Supported);

    let c = one_source(
        "corpus/report.txt",
        "The median time to see a clinician fell to 38 minutes, from 47 minutes in 2023.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The median wait to see a clinician fell, a drop of 9 minutes.",
        Format::Markdown,
    );
    let nine = finding(&f, "9");
    assert_eq!(nine.verdict, Verdict::Supported, "{nine:#?}");
    assert_eq!(nine.derivation.as_deref(), Some("47 − 38 = 9"));
}

/// A row's one measure in two columns (this season and last) gives the change the draft
/// states; the row's cells of two measures do not, and neither does another row's.
#[test]
fn a_change_between_two_columns_of_one_measure_is_derived() {
    let c = one_source(
        "corpus/season.md",
        "\
| Series | Concerts | Attendance 2025–26 | Attendance 2024–25 |
|---|---:|---:|---:|
| Family | 18 | 22,600 | 23,900 |
| Chamber | 20 | 6,640 | 6,410 |
",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "This season Family concerts lost 1,300 tickets.",
                "1,300",
                true,
            ),
            (
                "This season Chamber concerts gained 230 tickets.",
                "230",
                true,
            ),
            // a gap the draft does not call a change
            (
                "This season Family concerts sold 1,300 tickets.",
                "1,300",
                false,
            ),
            // 23,900 less 22,600 is no change of Chamber's
            (
                "This season Chamber concerts lost 1,300 tickets.",
                "1,300",
                false,
            ),
            // concerts and attendance are two measures: 22,600 − 18 is no change
            (
                "This season Family concerts lost 22,582 tickets.",
                "22,582",
                false,
            ),
        ],
        "−",
    );
}

/// The two sides of a tally are parts of one whole: in "voted 7-2", 2 is not a share of 7,
/// so "more than a quarter" of anything is not derived from them.
#[test]
fn the_sides_of_a_vote_are_no_share_of_each_other() {
    let c = one_source(
        "corpus/ledger.md",
        "The Authority's board voted 7-2 on Thursday to raise water rates 9.5%.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The board voted 7-2 for the increase, so more than a quarter of it voted against.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "7").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "2").verdict, Verdict::Supported);
    assert_ne!(finding(&f, "a quarter").verdict, Verdict::Supported);
}

/// A gap between the two ends of one change is derived though the claim keeps no word for
/// a change ("going up … roughly $6.50 a month": "up" is no content word); between two
/// figures that are not one change's ends it is not.
#[test]
fn the_gap_between_the_ends_of_a_change_is_derived() {
    let c = one_source(
        "corpus/ledger.md",
        "The increase will lift the typical household bill from $68.40 to $74.90 a month.\n\
         Last year the typical household paid $68.40 a month for water and $12.10 a \
         month for sewer service.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Rates are going up, roughly $6.50 a month for the typical household bill.",
        Format::Markdown,
    );
    let gap = finding(&f, "$6.50");
    assert_eq!(gap.verdict, Verdict::Supported);
    let f = e.check_text(
        "Rates are going up, roughly $56.30 a month for the typical household bill.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "$56.30").verdict, Verdict::Supported);
}

/// A column of changes writes a fall as a negative number: "-1.8" states "fell 1.8%" to the
/// digit, but another row's "-1.8" is no statement of this row's fall.
#[test]
fn a_negative_change_in_a_table_states_a_fall() {
    let c = one_source(
        "corpus/report.md",
        "| Hospital | Beds | Change in admissions from 2023 (%) | Average stay (days) |\n\
         |---|---:|---:|---:|\n\
         | Riverside | 180 | -1.8 | 4.1 |\n\
         | Westfield | 95 | -4.2 | 3.6 |\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Its admissions fell 1.8%, and its average stay was 4.1 days.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "1.8%").verdict, Verdict::Supported);
    let f = e.check_text(
        "Westfield's admissions fell 1.8% from 2023.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "1.8%").verdict, Verdict::Supported);
}

/// A total of two figures stated together is derived when the claim says it is a total,
/// counting the same thing in the singular or the plural ("144 beds", "the 520-bed
/// hospital"); a wrong total is not.
#[test]
fn a_total_of_two_figures_stated_together_is_derived() {
    let c = one_source(
        "corpus/plan.md",
        "The new tower will add 144 beds to the 520-bed hospital in 2027.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The new tower will bring the hospital to 664 beds in 2027.",
        Format::Markdown,
    );
    let total = finding(&f, "664");
    assert_eq!(total.verdict, Verdict::Supported);
    assert!(
        total.derivation.as_deref().is_some_and(|d| d.contains('+')),
        "{total:?}"
    );
    let f = e.check_text(
        "The new tower will bring the hospital to 684 beds in 2027.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "684").verdict, Verdict::Supported);
}

/// "30 points above Ridgeback": the name after "above" is the base of the comparison, not
/// the owner of a figure after it, and the point change is worked out between the
/// subject's level and the base's.
#[test]
fn points_above_a_named_base_are_the_gap_between_two_levels() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Pine Fork was 60% full, 15 points above Lake Harlan and 30 points above Ridgeback \
         Reservoir.",
        Format::Markdown,
    );
    for (text, arithmetic) in [("15", "60 − 45 = 15"), ("30", "60 − 30 = 30")] {
        let gap = finding(&f, text);
        assert_eq!(gap.verdict, Verdict::Supported, "{gap:?}");
        assert_eq!(gap.derivation.as_deref(), Some(arithmetic));
    }
}

/// "fell from 180 million gallons to 162 million": the source's 162 is the other end's, so
/// the counterpart to suggest for 180 is the 177 it states beside it.
#[test]
fn the_other_end_of_a_change_is_no_counterpart() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Average daily deliveries fell from 180 million gallons to 162 million gallons.",
        Format::Markdown,
    );
    let start = finding(&f, "180 million");
    assert_eq!(start.verdict, Verdict::Contradicted, "{start:?}");
    assert_eq!(start.suggestion.as_deref(), Some("177 million"));
}

#[test]
fn the_second_of_two_values_may_leave_its_unit_to_the_first() {
    // Written for this test.
    let c = one_source(
        "corpus/article.md",
        "The airport logged 1,130 noise complaints in 2025, up from 740 in 2024.",
    );
    let e = Engine::new(&c);
    let f = e.check_text("Noise complaints rose 53% to 1,130.", Format::Markdown);
    let rise = finding(&f, "53%");
    assert_eq!(rise.verdict, Verdict::Supported, "{rise:?}");
    assert!(
        rise.derivation
            .as_deref()
            .is_some_and(|d| d.contains("740")),
        "{:?}",
        rise.derivation
    );
    let f = e.check_text("Noise complaints rose 35% to 1,130.", Format::Markdown);
    assert_ne!(finding(&f, "35%").verdict, Verdict::Supported);
}

#[test]
fn an_average_is_a_total_divided_by_a_count_stated_with_it() {
    // Written for this test.
    let c = one_source(
        "corpus/release.md",
        "The remaining eight airports share $5.0 million. The authority will insulate \
         the 85 homes closest to the runway, at a cost of $2.3 million.",
    );
    let e = Engine::new(&c);
    for (draft, figure) in [
        ("The other airports get an average of $625,000.", "$625,000"),
        // no word for an average: the draft states both operands beside it
        (
            "It will insulate 85 homes for $2.3 million, or about $27,000 each.",
            "$27,000",
        ),
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let avg = finding(&f, figure);
        assert_eq!(avg.verdict, Verdict::Supported, "{draft}: {avg:?}");
        assert!(avg.derivation.as_deref().is_some_and(|d| d.contains('÷')));
    }
    let f = e.check_text(
        "The other airports get an average of $725,000.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "$725,000").verdict, Verdict::Supported);
}

#[test]
fn a_rows_share_of_its_columns_total_row_is_derived_for_the_rows_owner() {
    // Written for this test.
    let c = one_source(
        "corpus/report.md",
        "| Service center | Visits | Windows |\n|---|---|---|\n\
         | Fenwick Central | 312,400 | 36 |\n| Harbor Point | 268,900 | 24 |\n\
         | All 24 centers | 1,904,000 | 214 |\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Harbor Point served 268,900 visitors, about 14% of all center visits.",
                "14%",
                true,
            ),
            (
                "Harbor Point served 268,900 visitors, about 19% of all center visits.",
                "19%",
                false,
            ),
            // another row's value, written for the claim's owner, is no share of its own
            (
                "Ridgeway served 268,900 visitors, about 14% of all center visits.",
                "14%",
                false,
            ),
        ],
        "÷",
    );
}

#[test]
fn an_average_over_a_rows_count_the_draft_states_is_that_rows_total_over_it() {
    // Written for this test.
    let c = one_source(
        "corpus/report.md",
        "| District | Stations | Trips |\n|---|---|---|\n\
         | Downtown | 58 | 612,400 |\n| Eastfield | 26 | 176,500 |\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Downtown's 58 stations averaged about 10,600 trips each.",
                "10,600",
                true,
            ),
            (
                "Downtown's 58 stations averaged about 12,600 trips each.",
                "12,600",
                false,
            ),
            // the count must be the draft's own: another row's is not
            (
                "Downtown's stations averaged about 23,550 trips each.",
                "23,550",
                false,
            ),
        ],
        "÷",
    );
}

#[test]
fn an_amount_for_each_of_a_count_stated_beside_it_may_take_operands_from_one_document() {
    // Written for this test. The two operands stand pages apart in one report, as a
    // report's totals and its spending do; the draft states both beside its figure.
    let filler = "The office renewed its lease and repainted the lobby. ".repeat(12);
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/report.md".into(),
            text: format!(
                "The office handled 4,862,000 transactions in 2025. {filler}                 It spent $241.6 million on its operations."
            ),
        },
        SourceDoc {
            path: "corpus/other.md".into(),
            text: "The depot logged 96,000 deliveries.".into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "It spent $241.6 million, about $50 for each of its 4,862,000 transactions.",
                "$50",
                true,
            ),
            (
                "It spent $241.6 million, about $70 for each of its 4,862,000 transactions.",
                "$70",
                false,
            ),
            // operands from two documents
            (
                "It spent $241.6 million, about $2,517 for each of its 96,000 deliveries.",
                "$2,517",
                false,
            ),
        ],
        "÷",
    );
}

#[test]
fn a_share_or_change_worked_out_in_the_sentence_is_derived() {
    // Written for this test.
    let c = one_source(
        "corpus/release.md",
        "The airport accounts for $910 million of the $7.9 billion in activity. \
         The project lengthens the runway to 8,000 feet from 7,200 feet. \
         Operating revenue was $48.6 million and expenses were $39.2 million.",
    );
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "It generates $910 million of the $7.9 billion, or 11.5%.",
                "11.5%",
                true,
            ),
            (
                "It generates $910 million of the $7.9 billion, or 15%.",
                "15%",
                false,
            ),
            (
                "The runway grows from 7,200 feet to 8,000, or about 11%.",
                "11%",
                true,
            ),
            // a rise of 11% is not the fall from 8,000 to 7,200 (10%)
            (
                "The runway grows from 7,200 feet to 8,000, or about 10%.",
                "10%",
                false,
            ),
            (
                "Revenue of $48.6 million against expenses of $39.2 million left about $9.4 million.",
                "$9.4 million",
                true,
            ),
            (
                "Revenue of $48.6 million against expenses of $39.2 million left about $8.1 million.",
                "$8.1 million",
                false,
            ),
        ],
    );
}

#[test]
fn operands_a_sentence_apart_are_stated_together_but_not_across_documents() {
    // Written for this test.
    let filler = "The terminal has twelve gates and a new parking garage. ".repeat(8);
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/report.md".into(),
            text: "Operating revenue rose 8.2% to $48.6 million. \
                   Operating expenses were $39.2 million."
                .into(),
        },
        SourceDoc {
            path: "corpus/other.md".into(),
            text: format!(
                "Landing fees brought in $31.5 million. {filler}Rents were $17.25 million."
            ),
        },
        SourceDoc {
            path: "corpus/city.md".into(),
            text: "The city budget is $82.4 million.".into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "Revenue of $48.6 million against expenses of $39.2 million left about $9.4 million.",
                "$9.4 million",
                true,
            ),
            // the same sum, with operands far apart in one document
            (
                "Fees of $31.5 million and rents of $17.25 million differ by $14.25 million.",
                "$14.25 million",
                false,
            ),
            // or in two documents
            (
                "A budget of $82.4 million against expenses of $39.2 million leaves $43.2 million.",
                "$43.2 million",
                false,
            ),
        ],
    );
}

#[test]
fn the_rest_of_a_percentage_is_derived_as_a_share_but_a_part_is_no_change() {
    // Written for this test. The share in a table row: its owner ("All airlines") is no
    // name the draft's "Overall" could be.
    let c = one_source(
        "corpus/report.md",
        "| Carrier | On-time arrivals (%) |\n|---|---|\n| All airlines | 81.2 |\n\n\
         The 236 ground workers voted 201-14 to authorize a strike.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Overall, 81.2% of arrivals were on time, so nearly one in five was late.",
                "one in five",
                true,
            ),
            (
                "Overall, 81.2% of arrivals were on time, so about 19% were late.",
                "19%",
                true,
            ),
            (
                "Overall, 81.2% of arrivals were on time, so nearly one in three was late.",
                "one in three",
                false,
            ),
            // a plain percentage is the sources' to state: others may be neither
            (
                "Overall, 81.2% of arrivals were on time and 18.8% were late.",
                "18.8%",
                false,
            ),
            // 14 of 236 is no fall of 94% from 236
            (
                "The 236 workers voted 201-14, with 94.1% in favor.",
                "94.1%",
                false,
            ),
        ],
        "100% − 81.2%",
    );
}

#[test]
fn a_fraction_may_be_the_percentage_beside_it_in_other_words() {
    // Written for this test: "81.2%, or about four in five", as a court writes "a
    // clearance rate of 90.4%, which means about nine in 10 cases were closed".
    let c = one_source(
        "corpus/report.md",
        "| Carrier | On-time arrivals (%) |\n|---|---|\n| All airlines | 81.2 |\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Overall, 81.2% of arrivals were on time, about four in five.",
                "four in five",
                true,
            ),
            (
                "Overall, 81.2% of arrivals were on time, about two in three.",
                "two in three",
                false,
            ),
            // the percentage beside it is no source's
            (
                "Overall, 91.2% of arrivals were on time, about nine in 10.",
                "nine in 10",
                false,
            ),
        ],
        "81.2% = 0.812",
    );
}

#[test]
fn a_day_s_or_a_month_s_share_of_the_year_is_derived() {
    // Written for this test.
    let c = one_source(
        "corpus/report.md",
        "The airport handled 2,412,000 passengers in 2025, a record. \
         The authority's payroll was $14.4 million for the year. \
         Parking brought in 2.4 million vehicles.",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "The airport handled 2.4 million passengers, roughly 6,600 passengers a day.",
                "6,600",
                true,
            ),
            (
                "The authority's payroll comes to $1.2 million a month.",
                "$1.2 million",
                true,
            ),
            (
                "The airport handled 2.4 million passengers, roughly 9,600 passengers a day.",
                "9,600",
                false,
            ),
            // another measure's year is no source for the day's count
            (
                "The airport sees about 6,600 flights a day.",
                "6,600",
                false,
            ),
            // the year's count stated beside a day's that names no unit and none of the
            // source's words
            (
                "It handled 2,412,000 in 2025, the annual report says, or about 6,600 a day.",
                "6,600",
                true,
            ),
            (
                "It handled 2,412,000 in 2025, the annual report says, or about 7,600 a day.",
                "7,600",
                false,
            ),
        ],
        "÷",
    );
}

#[test]
fn a_gap_written_as_more_than_another_is_derived_from_both_owners() {
    // Written for this test: fictional airlines.
    let c = one_source(
        "corpus/traffic.md",
        "Kestrel Air carried 912,000 passengers in 2025. \
         Tern Airways, the second-largest carrier, carried 648,000 passengers.",
    );
    let e = Engine::new(&c);
    for (draft, figure, holds) in [
        (
            "Kestrel Air carried 264,000 more passengers than Tern Airways.",
            "264,000",
            true,
        ),
        (
            "Kestrel Air carried 246,000 more passengers than Tern Airways.",
            "246,000",
            false,
        ),
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let gap = finding(&f, figure);
        assert_eq!(gap.verdict == Verdict::Supported, holds, "{draft}: {gap:?}");
        if holds {
            assert_eq!(
                gap.derivation.as_deref(),
                Some("912,000 − 648,000 = 264,000"),
                "{gap:?}"
            );
        }
    }
}

#[test]
fn two_owners_cells_compare_only_in_one_column() {
    // Written for this test: fictional airlines. Kestrel's passengers are three times
    // Tern's; Kestrel's on-time rate is not five times anything of Tern's, though 75.5
    // over Tern's growth of 15.1 is 5.
    let c = one_source(
        "corpus/traffic.md",
        "\
| Airline | Passengers | Growth (%) | On-time arrivals (%) |
|---|---|---|---|
| Kestrel Air | 900,000 | +4.2 | 75.5 |
| Tern Airways | 300,000 | +15.1 | 81.9 |
",
    );
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "Kestrel Air carried three times as many passengers as Tern Airways.",
                "three times",
                true,
            ),
            (
                "Kestrel Air's on-time rate was five times that of Tern Airways.",
                "five times",
                false,
            ),
        ],
    );
}

#[test]
fn a_multiple_is_worked_out_from_the_figures_the_draft_states_beside_it() {
    // Written for this test: fictional airports. 6.4 ÷ 2.1 (3.05) is nearer three than
    // 9.7 ÷ 3.4 (2.85), but the draft names 9.7 and 3.4.
    let c = one_source(
        "corpus/release.md",
        "The largest grant, $9.7 million, goes to Merrow Valley Regional Airport. \
         Cedar Bluff Regional Airport receives $3.4 million, Lakeport Municipal \
         Airport $2.1 million and Harlan Field $1.2 million. The Merrow Valley \
         Airport Authority will pay $6.4 million of the project.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Merrow Valley's $9.7 million grant was the largest, nearly three times Cedar \
         Bluff's $3.4 million, while Lakeport received $2.1 million.",
        Format::Markdown,
    );
    let multiple = finding(&f, "three times");
    assert_eq!(multiple.verdict, Verdict::Supported, "{multiple:?}");
    assert_eq!(
        multiple.derivation.as_deref(),
        Some("$9.7 million ÷ $3.4 million = 2.853"),
        "{multiple:?}"
    );
}

#[test]
fn points_behind_another_owner_are_the_gap_between_their_percentages() {
    // Written for this test: fictional airlines.
    let c = one_source(
        "corpus/traffic.md",
        "\
| Airline | Passengers | On-time arrivals (%) |
|---|---|---|
| Pinecrest Express | 262,000 | 88.2 |
| Aerovista | 135,000 | 71.5 |
",
    );
    let e = Engine::new(&c);
    for (draft, holds) in [
        (
            "Aerovista was the worst, at 71.5% on time, about 17 points behind Pinecrest Express.",
            true,
        ),
        (
            "Aerovista was the worst, at 71.5% on time, about 12 points behind Pinecrest Express.",
            false,
        ),
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let gap = f
            .iter()
            .find(|x| x.figure.text == "17" || x.figure.text == "12")
            .unwrap_or_else(|| panic!("no gap in {f:?}"));
        assert_eq!(gap.verdict == Verdict::Supported, holds, "{draft}: {gap:?}");
    }
}

/// "Up 8.2%" from the end the draft states and the earlier end the source writes "from"
/// right after it: (48.6 − 44.9) ÷ 44.9, and the staff's 4.7% from 310 and 296 in the same
/// sentence. Not in the other direction.
#[test]
fn a_change_from_the_end_the_draft_states_to_the_one_the_source_gives_is_derived() {
    let c = one_source(
        "corpus/annual.txt",
        "Operating revenue reached $48.6 million in 2025, up from $44.9 million a year \
         earlier, and the authority employed 310 people, up from 296.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Operating revenue rose to $48.6 million, an increase of 8.2%.",
        Format::Markdown,
    );
    let rise = finding(&f, "8.2%");
    assert_eq!(rise.verdict, Verdict::Supported, "{rise:#?}");
    assert_eq!(
        rise.derivation.as_deref(),
        Some("($48.6 million − $44.9 million) ÷ $44.9 million = 8.2%")
    );
    // the change went up, not down
    let f = e.check_text(
        "Operating revenue fell to $48.6 million, a decline of 8.2%.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "8.2%").verdict, Verdict::Supported);
    // the staff's earlier end, not the revenue's
    let f = e.check_text(
        "The authority employed 310 people, an increase of 4.7%.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "4.7%").verdict, Verdict::Supported);
}

/// "51.0% against 47.4% a year earlier, a gain of 3.6 points": a point change between two
/// percentages the draft states beside it, which a source states together, whatever
/// words the draft uses for them. Not a gap the words say went the other way.
#[test]
fn a_point_change_between_two_percentages_stated_beside_it_is_derived() {
    let c = one_source(
        "corpus/report.txt",
        "Wind, solar and hydro together supplied 51.0% of the Millbrook Cooperative's power, \
         up from 47.4% a year earlier.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Renewables supplied 51.0% of it against 47.4% a year earlier, a gain of 3.6 points \
         for the co-op.",
        Format::Markdown,
    );
    let gain = finding(&f, "3.6");
    assert_eq!(gain.verdict, Verdict::Supported, "{gain:#?}");
    assert_eq!(
        gain.derivation.as_deref(),
        Some("51.0% − 47.4% = 3.6 points")
    );
    let f = e.check_text(
        "Renewables supplied 51.0% of it against 47.4% a year earlier, a gain of 4.6 points \
         for the co-op.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "4.6").verdict, Verdict::Supported);
}

/// A change the draft does not name is read only from the end the source writes "from":
/// "from 100 MW to 160 MW" is a rise of 60%, never a fall of 37.5% from 160, so it says
/// nothing of a capacity factor of 36.5% stated beside it.
#[test]
fn a_change_the_draft_does_not_name_goes_from_the_sources_from_end() {
    let c = one_source(
        "corpus/report.txt",
        "The Copper Flat solar site grew from 100 MW to 160 MW in April. Ridgeline ran at \
         a capacity factor of 36.5% and Copper Flat at 24.8%.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Copper Flat grew to 160 MW from 100 MW, and it ran at a capacity factor of 36.5%.",
        Format::Markdown,
    );
    let factor = finding(&f, "36.5%");
    assert!(factor.derivation.is_none(), "{factor:#?}");
    let f = e.check_text(
        "Copper Flat went from 100 MW to 160 MW, or 60%.",
        Format::Markdown,
    );
    let sixty = finding(&f, "60%");
    assert_eq!(sixty.verdict, Verdict::Supported, "{sixty:#?}");
}

/// "fell to 35%" where the source writes "33%, down from 35%": the draft gives the
/// value the change left as the one it reached, so the source's 35% does not back it.
#[test]
fn the_value_a_change_left_does_not_back_the_value_it_reached() {
    let c = one_source(
        "corpus/report.txt",
        "Commercial insurance provided 33% of patient revenue, down from 35% in 2023.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Commercial insurance's share of patient revenue fell to 35%.",
        Format::Markdown,
    );
    let share = finding(&f, "35%");
    assert!(share.claim.reached, "{share:#?}");
    assert_ne!(share.verdict, Verdict::Supported, "{share:#?}");
    let f = e.check_text(
        "Commercial insurance's share of patient revenue fell to 33%.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "33%").verdict, Verdict::Supported);
    // the value it left, written as such, is backed
    let f = e.check_text(
        "Commercial insurance's share of patient revenue fell from 35%.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "35%").verdict, Verdict::Supported);
    // "reached" writes the level too
    let f = e.check_text(
        "Commercial insurance's share of patient revenue reached 35%.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "35%").verdict, Verdict::Supported);
}

/// A plan is contradicted by the plan a source states, not by a past figure: "a long-term
/// target range of 2-4%" against the source's target of 3-5%, but "plans to hire 40" is
/// not contradicted by the 25 it hired last year.
#[test]
fn a_plan_is_contradicted_only_by_a_stated_plan() {
    let c = one_source(
        "corpus/release.txt",
        "Dunmore Mills expects organic sales growth within its long-term target range of \
         3% to 5%. Dunmore Mills hired 25 engineers last year.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Dunmore Mills expects organic sales growth within its long-term target range of 2-4%.",
        Format::Markdown,
    );
    let range = f.first().expect("a figure");
    assert_eq!(range.verdict, Verdict::Contradicted, "{range:#?}");
    let f = e.check_text(
        "Dunmore Mills plans to hire 40 engineers.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "40").verdict, Verdict::Contradicted);
}

/// A share of a count the draft states, out of a whole the source gives a sentence
/// later: 2,184 of the 4,533 ballots is 48.2%. The same words with another share are not
/// supported by it, and a change is no share.
#[test]
fn a_share_of_a_stated_count_out_of_a_whole_said_nearby() {
    let c = one_source(
        "corpus/election.md",
        "Castellanos received 2,184 votes for the northern seat to Beaulieu-Côté's 1,937. \
         The 4,533 ballots, cast by mail and at the annual meeting, amounted to a turnout of \
         about 7.8% of members.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Castellanos beat Beaulieu-Côté, 2,184 votes to 1,937, taking 48.2% of the ballots.",
        Format::Markdown,
    );
    let share = finding(&f, "48.2%");
    assert_eq!(share.verdict, Verdict::Supported, "{share:#?}");
    assert_eq!(share.derivation.as_deref(), Some("2,184 ÷ 4,533 = 48.2%"));
    let f = e.check_text(
        "Castellanos beat Beaulieu-Côté, 2,184 votes to 1,937, taking 58.2% of the ballots.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "58.2%").verdict, Verdict::Supported);
    let f = e.check_text(
        "Castellanos won 2,184 votes to 1,937, and her vote rose 48.2% from the last count.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "48.2%").verdict, Verdict::Supported);
}

/// A table's negative change is a writer's "down": "171 GWh, down 12.3%" is the row's
/// -12.3, though "down" is no measure word.
#[test]
fn down_before_a_figure_reads_a_table_fall() {
    let c = one_source(
        "corpus/generation.md",
        "Table 1. Generation by resource, 2025\n\n\
         | Resource | Generation (GWh) | Change from 2024 (%) |\n\
         |---|---|---|\n\
         | Harlow Creek Station | 842 | -9.6 |\n\
         | Osprey Falls Dam | 171 | -12.3 |\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Osprey Falls Dam produced 171 GWh, down 12.3%.",
        Format::Markdown,
    );
    let down = finding(&f, "12.3%");
    assert_eq!(down.verdict, Verdict::Supported, "{down:#?}");
    assert!(down.claim.to_string().contains("down"), "{}", down.claim);
}

/// "up 32%" with both ends beside it is the change between them, though "up" is no
/// measure word: 38.9 ÷ 29.5 is 1.319.
#[test]
fn up_before_a_percentage_says_it_is_a_change_of_the_figures_beside_it() {
    let c = one_source(
        "corpus/grants.md",
        "The State Energy Office awarded $38.9 million in Community Clean Power grants to \
         nine utilities this year. Last year's round was $29.5 million.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The state gave $38.9 million to nine utilities, up 32% from $29.5 million.",
        Format::Markdown,
    );
    let up = finding(&f, "32%");
    assert_eq!(up.verdict, Verdict::Supported, "{up:#?}");
    assert!(up.claim.to_string().contains("up"), "{}", up.claim);
    assert!(up.derivation.is_some(), "{up:#?}");
}

/// The next sentence of a passage often leaves its unit to the one before: "Ortega
/// received 3,412 votes … Lind received 905" — their gap is a gap in votes. Two counts
/// of two unrelated passages still do not subtract.
#[test]
fn a_gap_between_two_names_counts_a_unit_left_to_the_sentence_before() {
    let c = one_source(
        "corpus/article.md",
        "Marta Ortega received 3,412 votes for the council seat. A third candidate, \
         Per Lind, received 905.\n\nThe district has 2,870 households. Elsewhere, the \
         club counted 363 members.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Marta Ortega won with 3,412 votes, 2,507 more than Per Lind.",
        Format::Markdown,
    );
    let gap = finding(&f, "2,507");
    assert_eq!(gap.verdict, Verdict::Supported, "{}", gap.claim);
    assert!(
        gap.derivation.as_deref().is_some_and(|d| d.contains("905")),
        "{gap:?}"
    );
    let f = e.check_text(
        "The district has 2,870 households, 2,507 more than the club.",
        Format::Markdown,
    );
    let far = finding(&f, "2,507");
    assert_ne!(far.verdict, Verdict::Supported, "{}", far.claim);
}

/// A multiple worked out in the sentence from the two amounts it states, which the source
/// gives in two sentences that follow each other, however long the first.
#[test]
fn a_multiple_of_two_amounts_the_draft_states_is_worked_out() {
    let c = one_source(
        "corpus/release.txt",
        "The largest grant, $11.2 million, goes to the Kettle Prairie cooperative for a \
         100-megawatt battery at its solar site near the county line. Hollis County receives \
         $6.8 million for rooftop solar on 14 public schools, Wren Lake $4.5 million for a \
         community solar garden, and the Redfern cooperative $3.9 million to repower 22 aging \
         wind turbines.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The largest grant, $11.2 million, is nearly three times the $3.9 million for Redfern.",
        Format::Markdown,
    );
    let times = finding(&f, "three times");
    assert_eq!(times.verdict, Verdict::Supported, "{}", times.claim);
    assert!(
        times.derivation.as_deref().is_some_and(|d| d.contains('÷')),
        "{times:?}"
    );
    let f = e.check_text(
        "The largest grant, $11.2 million, is nearly five times the $3.9 million for Redfern.",
        Format::Markdown,
    );
    let wrong = finding(&f, "five times");
    assert_ne!(wrong.verdict, Verdict::Supported, "{}", wrong.claim);
}

/// Two shares of one whole add up: "together about 64% of the total" for two rows'
/// shares in one column; two shares that add up to something else do not.
#[test]
fn two_shares_of_one_column_add_up_when_the_draft_says_together() {
    let c = one_source(
        "corpus/report.md",
        "Generation by plant, 2025\n\n\
         | Plant | Generation (GWh) | Share of total (%) |\n\
         |---|---:|---:|\n\
         | Harlow Creek | 842 | 33.4 |\n\
         | Ridgeline | 767 | 30.4 |\n\
         | Copper Flat | 348 | 13.8 |\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Harlow Creek produced 842 GWh and Ridgeline 767 GWh, together about 64% of the total.",
        Format::Markdown,
    );
    let together = finding(&f, "64%");
    assert_eq!(together.verdict, Verdict::Supported, "{}", together.claim);
    assert!(
        together
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains('+')),
        "{together:?}"
    );
    let f = e.check_text(
        "Harlow Creek produced 842 GWh and Ridgeline 767 GWh, together about 74% of the total.",
        Format::Markdown,
    );
    let wrong = finding(&f, "74%");
    assert_ne!(wrong.verdict, Verdict::Supported, "{}", wrong.claim);
}

/// A source's plan to double a count backs the doubled count; a count that is not twice
/// it is not backed.
#[test]
fn a_planned_doubling_backs_the_doubled_count() {
    let c = one_source(
        "corpus/article.md",
        "Ortega said she would push the co-op to double the number of members with \
         rooftop solar, now about 1,200, by 2030.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The new director wants 2,400 members with rooftop solar by 2030.",
        Format::Markdown,
    );
    let doubled = finding(&f, "2,400");
    assert_eq!(doubled.verdict, Verdict::Supported, "{}", doubled.claim);
    assert!(
        doubled
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains('×')),
        "{doubled:?}"
    );
    let f = e.check_text(
        "The new director wants 3,400 members with rooftop solar by 2030.",
        Format::Markdown,
    );
    let wrong = finding(&f, "3,400");
    assert_ne!(wrong.verdict, Verdict::Supported, "{}", wrong.claim);
}

/// A share of a whole the draft does not restate: the whole is found by the value it must
/// have, in the part's passage and in its unit, though among none of the claim's words.
#[test]
fn a_share_finds_its_whole_by_value_in_the_parts_passage() {
    let c = one_source(
        "corpus/release.txt",
        "The $142 million battery will store up to 400 megawatt-hours, enough to run at \
         its full 100 megawatts for four hours. Federal tax credits and a federal loan \
         will cover $98.5 million, or 69% of the cost. The state grant covers $11.2 \
         million, about 8%, and the cooperative will pay the remaining $32.3 million.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Federal money covers $98.5 million, and the co-op will fund the remaining \
         $32.3 million, about 23% of the cost.",
        Format::Markdown,
    );
    let share = finding(&f, "23%");
    assert_eq!(share.verdict, Verdict::Supported, "{}", share.claim);
    assert!(
        share
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains("$142 million")),
        "{share:?}"
    );
    let f = e.check_text(
        "Federal money covers $98.5 million, and the co-op will fund the remaining \
         $32.3 million, about 43% of the cost.",
        Format::Markdown,
    );
    let wrong = finding(&f, "43%");
    assert_ne!(wrong.verdict, Verdict::Supported, "{}", wrong.claim);
}

/// A rate after the percentage change the sources give is worked out to the claim's
/// written precision; one off by more is not.
#[test]
fn a_value_after_a_stated_increase_is_worked_out() {
    let c = one_source(
        "corpus/report.md",
        "The average residential rate was 12.4 cents per kilowatt-hour. Your board has \
         approved a 3.8% rate increase effective April 1.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The average residential rate after the increase will be 12.9 cents per kWh.",
        Format::Markdown,
    );
    let after = finding(&f, "12.9 cents");
    assert_eq!(after.verdict, Verdict::Supported, "{}", after.claim);
    assert!(
        after
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains("3.8%")),
        "{after:?}"
    );
    let f = e.check_text(
        "The average residential rate after the increase will be 13.1 cents per kWh.",
        Format::Markdown,
    );
    let wrong = finding(&f, "13.1 cents");
    assert_ne!(wrong.verdict, Verdict::Supported, "{}", wrong.claim);
}

/// A fictional orchard cooperative's harvest: a money column, a change column, and a
/// sentence of prose that covers "harvest … worth" better than the table does.
const HARVEST: &str = "\
Harvest by orchard, 2025

| Orchard | Harvest (tonnes) | Change (%) | Sales ($ million) |
|---|---:|---:|---:|
| Orchard Hill | 4,310 | -12.4 | 18.6 |
| Cedar Ridge | 1,275 | +7.9 | 5.4 |

The cooperative's whole harvest fell 4% and was worth $31.2 million to its growers.
";

#[test]
fn a_currency_header_makes_its_column_money() {
    let c = one_source("corpus/harvest.md", HARVEST);
    let e = Engine::new(&c);
    let f = e.check_text(
        "Cedar Ridge brought in $5.4 million in sales.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "$5.4 million").verdict, Verdict::Supported);
    let f = e.check_text(
        "Cedar Ridge brought in $18.6 million in sales.",
        Format::Markdown,
    );
    let wrong = finding(&f, "$18.6 million");
    assert_eq!(wrong.verdict, Verdict::Contradicted);
    assert_eq!(wrong.suggestion.as_deref(), Some("$5.4 million"));
}

#[test]
fn a_value_copied_with_its_row_is_supported_whatever_the_words() {
    let c = one_source("corpus/harvest.md", HARVEST);
    let e = Engine::new(&c);
    // The draft's words are the prose sentence's, not the column's ("Sales"), and it
    // names no orchard; but it copies three values of one row ("fell 12.4%" is the row's
    // -12.4).
    let f = e.check_text(
        "The harvest fell 12.4% to 4,310 tonnes, worth $18.6 million.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "$18.6 million").verdict, Verdict::Supported);
    // The fall, too, is the row's: the prose sentence's "fell 4%" covers the words better
    // but states none of the others.
    assert_eq!(finding(&f, "12.4%").verdict, Verdict::Supported);
    // One value of the row beside it is not enough.
    let f = e.check_text(
        "The harvest reached 4,310 tonnes, worth $18.6 million.",
        Format::Plain,
    );
    assert_ne!(finding(&f, "$18.6 million").verdict, Verdict::Supported);
}

/// A price per unit of measure is the amount over the quantity, in the price's unit:
/// "$18.6 million" for "4,310 tonnes" is about $4.32 a kilogram.
#[test]
fn a_price_per_unit_is_derived_from_an_amount_and_its_quantity() {
    let c = one_source("corpus/harvest.md", HARVEST);
    let e = Engine::new(&c);
    let f = e.check_text(
        "Orchard Hill's apples sold for $18.6 million, about $4.32 a kilogram.",
        Format::Plain,
    );
    let price = finding(&f, "$4.32");
    assert_eq!(price.verdict, Verdict::Supported);
    assert!(
        price.derivation.as_deref().is_some_and(|d| d.contains('÷')),
        "{:?}",
        price.derivation
    );
    // the same quotient per tonne is another price
    let f = e.check_text(
        "Orchard Hill's apples sold for $18.6 million, about $4.32 a pound.",
        Format::Plain,
    );
    assert_ne!(finding(&f, "$4.32").verdict, Verdict::Supported);
}

/// A price the draft gives for a thing a table has a row for, with neither the amount nor
/// the quantity beside it: the row the claim's words name holds both ("scallops" names
/// the "Sea scallops" row by the last word of its label).
#[test]
fn a_price_per_unit_is_derived_from_the_row_its_words_name() {
    let c = one_source(
        "corpus/landings.md",
        "\
| Species | Landings (tonnes) | Value ($ million) |
|---|---:|---:|
| Sea scallops | 1,240 | 31.0 |
| Atlantic cod | 1,620 | 7.3 |
",
    );
    let e = Engine::new(&c);
    // $31.0 million for 1,240 tonnes is $25 a kilogram
    let f = e.check_text("Scallops fetched about $25 a kilogram.", Format::Plain);
    let price = finding(&f, "$25");
    assert_eq!(price.verdict, Verdict::Supported, "{price:?}");
    assert!(
        price
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains("31.0 ÷ 1,240")),
        "{:?}",
        price.derivation
    );
    // another row's price is no derivation for this one
    let f = e.check_text("Cod fetched about $25 a kilogram.", Format::Plain);
    assert_ne!(finding(&f, "$25").verdict, Verdict::Supported);
}

/// A vote's margin and a net loss are gaps between two figures the sources state
/// together: "212 to 87, a margin of 125 votes"; "hired 22 and lost 31, a net loss of
/// nine".
#[test]
fn a_margin_and_a_loss_are_gaps() {
    let c = one_source(
        "corpus/union.md",
        "The handlers voted 212 to 87 on Wednesday to approve the contract. \
         The Exchange hired 22 new handlers in 2025 but lost 31 to retirement.\n",
    );
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[
            (
                "The handlers approved it 212 to 87, a margin of 125 votes.",
                "125",
                true,
            ),
            (
                "The handlers approved it 212 to 87, a margin of 135 votes.",
                "135",
                false,
            ),
            (
                "The Exchange hired 22 and lost 31, a net loss of nine.",
                "nine",
                true,
            ),
            (
                "The Exchange hired 22 and lost 31, a net loss of seven.",
                "seven",
                false,
            ),
        ],
    );
}

#[test]
fn a_change_from_a_base_another_source_counts_in_the_same_unit_is_derived() {
    let sources = |base: &str| {
        Corpus::from_docs(vec![
            SourceDoc {
                path: "corpus/report.txt".into(),
                text: format!(
                    "The Harriers drew {base} to 70 home dates in 2025, the most in the club's \
                     history. Our average crowd ranked third in the league."
                ),
            },
            SourceDoc {
                path: "corpus/release.txt".into(),
                text: "The club expects 360,000 fans in the first season at the new park, \
                       which opens in April 2028."
                    .into(),
            },
        ])
        .expect("the test corpus indexes")
    };
    let draft = |share: &str| {
        format!(
            "The club expects 360,000 fans in the first season, about {share} more than this \
             year."
        )
    };
    let counted = sources("312,550 fans");
    let e = Engine::new(&counted);
    let f = e.check_text(&draft("15%"), Format::Plain);
    let right = finding(&f, "15%");
    assert_eq!(right.verdict, Verdict::Supported, "{right:?}");
    assert!(right.derivation.is_some(), "{right:?}");
    // a share the two counts do not give
    let f = e.check_text(&draft("25%"), Format::Plain);
    assert_ne!(finding(&f, "25%").verdict, Verdict::Supported);
    // a base of another unit ties nothing to the claim
    let other = sources("312,550 tickets");
    let e = Engine::new(&other);
    let f = e.check_text(&draft("15%"), Format::Plain);
    assert_ne!(finding(&f, "15%").verdict, Verdict::Supported);
}

#[test]
fn players_in_double_figures_are_counted_in_the_teams_box_score() {
    let c = one_source(
        "corpus/box-score.md",
        "\
## Utah Jazz players

| Player | Minutes | Points | Rebounds |
|---|---|---|---|
| Odile Brand | 34 | 17 | 7 |
| Kasimir Holt | 30 | 22 | 3 |
| Ines Vale | 20 | 9 | 12 |
| Tomas Reed | 12 | 10 | 2 |
",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The Jazz had six players score in double figures.",
        Format::Markdown,
    );
    let six = finding(&f, "six");
    assert_eq!(six.verdict, Verdict::Contradicted, "{six:?}");
    assert_eq!(six.suggestion.as_deref(), Some("three"), "{six:?}");
    let said = six.derivation.as_deref().unwrap_or_default();
    assert!(said.contains("3 of the 4 rows"), "{said}");
    let f = e.check_text(
        "The Jazz had three players reach double figures in points.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "three").verdict, Verdict::Supported, "{f:?}");
}

/// The draft's owner names the place its value went, not the row that states it, and the
/// other operand is a round value of a name the draft compares ("Redfern's $3.9
/// million"): still the two figures the writer divided.
#[test]
fn a_multiple_of_another_named_round_value_is_derived() {
    // Written for this test.
    let c = one_source(
        "corpus/grants.md",
        "The largest grant, $11.2 million, goes to Kettle Prairie Cooperative for a \
         battery at its Copper Flat solar site. Hollis County receives $6.8 million, and \
         Redfern Cooperative $3.9 million to repower old turbines.",
    );
    let e = Engine::new(&c);
    for (draft, holds) in [
        (
            "Its battery at Copper Flat won $11.2 million, nearly three times Redfern's $3.9 million.",
            true,
        ),
        (
            "Its battery at Copper Flat won $11.2 million, nearly five times Redfern's $3.9 million.",
            false,
        ),
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let times = f
            .iter()
            .find(|f| f.figure.text.ends_with("times"))
            .expect("a multiple");
        assert_eq!(
            times.verdict == Verdict::Supported,
            holds,
            "{draft}: {times:?}"
        );
    }
}

/// A fraction of two values the draft writes beside it may take them from anywhere in one
/// source (a total in the opening paragraph, a part in a list below) or from two sources
/// (see `a_fraction_of_two_values_the_draft_states_holds_across_sources`), and a
/// percentage still needs them stated together.
#[test]
fn a_fraction_of_two_values_the_draft_writes_may_take_them_from_anywhere_in_a_document() {
    // Written for this test.
    let filler = "The division also set new limits for haddock and for sea scallops. ".repeat(8);
    let release = format!(
        "The division awarded $14.6 million in resilience grants to five ports. {filler}\n\n\
         - Port of Ashcombe: $4.2 million, the largest award.\n"
    );
    let c = one_source("corpus/release.md", &release);
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "Ashcombe's $4.2 million grant was more than a quarter of the $14.6 million round.",
                "a quarter",
                true,
            ),
            (
                "Ashcombe's $4.2 million grant was more than half of the $14.6 million round.",
                "half",
                false,
            ),
            (
                "Ashcombe's $4.2 million grant was 28.8% of the $14.6 million round.",
                "28.8%",
                false,
            ),
        ],
    );
    let split = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/release.md".into(),
            text: "The division awarded $14.6 million in resilience grants to five ports.".into(),
        },
        SourceDoc {
            path: "corpus/list.md".into(),
            text: "- Port of Ashcombe: $4.2 million, the largest award.\n".into(),
        },
    ])
    .expect("the test corpus indexes");
    let f = Engine::new(&split).check_text(
        "Ashcombe's $4.2 million grant was 28.8% of the $14.6 million round.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "28.8%").verdict, Verdict::Supported);
}

/// A fraction or a multiple of one value the draft writes beside it, the other operand
/// named only in words and found by its value a sentence from the first; only an all but
/// exact ratio counts, since a sentence of amounts holds some pair about a third apart.
#[test]
fn a_ratio_to_an_operand_the_draft_names_in_words_is_derived() {
    // Written for this test.
    let c = one_source(
        "corpus/bonds.md",
        "Annual debt service of about $3.6 million will come from the team's lease \
         payment of $1.2 million a year and a ticket surcharge of $0.7 million. \
         The federal program will pay 75% of the cost. The state grant covers 15%. \
         The county pays $9.7 million. Fees bring in $3.4 million.",
    );
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "Debt service will run about $3.6 million a year, and the rent alone covers a third of it.",
                "a third",
                true,
            ),
            (
                "Debt service will run about $3.6 million a year, and the rent alone covers a fifth of it.",
                "a fifth",
                false,
            ),
            (
                "The federal program covers 75%, five times the state's share.",
                "five times",
                true,
            ),
            (
                "The federal program covers 75%, four times the state's share.",
                "four times",
                false,
            ),
            // the fees' $3.4 million is 0.35 of $9.7 million: near a third, not all but exactly
            (
                "The county pays $9.7 million, and the city about a third as much.",
                "a third",
                false,
            ),
        ],
    );
}

/// An average of a total the draft writes beside it, over a count the source states in
/// the total's sentence and the draft does not (or gets wrong).
#[test]
fn an_average_over_a_count_found_in_the_totals_sentence_is_derived() {
    // Written for this test.
    let filler = "The office also published its annual energy outlook. ".repeat(8);
    let c = one_source(
        "corpus/grants.md",
        &format!(
            "Hollis County receives $6.8 million for rooftop solar. The remaining five \
             utilities share $12.5 million. {filler}Applications came from 31 utilities."
        ),
    );
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "Seven others split $12.5 million, $2.5 million each on average.",
                "$2.5 million",
                true,
            ),
            (
                "Seven others split $12.5 million, $3.5 million each on average.",
                "$3.5 million",
                false,
            ),
            // $12.5 million over 31 is about $403,000, but 31 stands paragraphs away
            (
                "Applicants shared $12.5 million, about $403,000 each on average.",
                "$403,000",
                false,
            ),
        ],
    );
}

/// A gap from the end the draft states to a base a source counts in the same unit, found
/// by the value it must have: "360,000 fans …, about 47,000 more than in 2025" from "drew
/// 312,550 fans"; not one the words say went the other way, nor one off by more than the
/// hedge allows.
#[test]
fn a_gap_to_a_base_found_by_its_value_is_derived() {
    // Written for this test.
    let c = one_source(
        "corpus/season.md",
        "The Millhawks drew 312,550 fans to 69 home dates in 2025. \
         The ballpark will seat 7,200 and open in April 2028, and the club expects \
         360,000 fans in its first season there.",
    );
    let e = Engine::new(&c);
    supported_exactly_when(
        &e,
        &[
            (
                "The club expects 360,000 fans in 2028, about 47,000 more than in 2025.",
                "47,000",
                true,
            ),
            (
                "The club expects 360,000 fans in 2028, about 47,000 fewer than in 2025.",
                "47,000",
                false,
            ),
            (
                "The club expects 360,000 fans in 2028, about 52,000 more than in 2025.",
                "52,000",
                false,
            ),
        ],
    );
}

#[test]
fn a_percentage_summing_the_shares_of_two_amounts_the_draft_writes_is_derived() {
    // Written for this test: a harbor's catch by species, each with its change and its
    // share of the value.
    let table = "\
Landings by species, 2025

| Species | Change from 2024 (%) | Value ($ million) | Share of value (%) |
|---|---|---|---|
| Lobster | -6.5 | 36.5 | 35.8 |
| Sea scallops | +18.1 | 31.0 | 30.4 |
| Haddock | +4.2 | 12.2 | 12.0 |
| Total | +2.3 | 101.9 | 100.0 |
";
    let c = one_source("corpus/harbor.md", table);
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "The top two catches, lobster at $36.5 million and scallops at $31.0 million, were together 66.2% of the total.",
                "66.2%",
                true,
            ),
            (
                "The top two catches, lobster at $36.5 million and scallops at $31.0 million, were together about 66% of the value.",
                "66%",
                true,
            ),
            // 35.8 + 12.0, not the scallops' share
            (
                "The top two catches, lobster at $36.5 million and scallops at $31.0 million, were together 47.8% of the total.",
                "47.8%",
                false,
            ),
            // the change column is no share: 18.1 + 30.4 is not what "together" sums
            (
                "The next two catches, scallops at $31.0 million and haddock at $12.2 million, were together 22.3% of the total.",
                "22.3%",
                false,
            ),
        ],
        " + ",
    );
}

#[test]
fn an_amount_per_one_of_a_thing_counted_is_an_average_over_its_count() {
    // Written for this test.
    let c = one_source(
        "corpus/plan.md",
        "The proposed arena, on the old rail yard, would seat 9,600 and cost $141 million. \
         The city expects 410,000 visitors a year.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "At about $14,700 a seat, the arena had better be full.",
                "$14,700",
                true,
            ),
            // the seats' average is no amount per resident
            (
                "At about $14,700 a resident, the arena had better be full.",
                "$14,700",
                false,
            ),
            (
                "At about $17,500 a seat, the arena had better be full.",
                "$17,500",
                false,
            ),
        ],
        "÷ 9,600",
    );
}

#[test]
fn a_small_count_per_one_of_a_thing_is_an_average_over_its_count_close_by() {
    // Written for this test.
    let c = one_source(
        "corpus/harbor.md",
        "The harbor had 148 registered boats at the end of the year, down from 156 a year \
         earlier. About 610 people worked aboard them. The harbor has 12 piers.\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text("Its 610 crew come to about four a boat.", Format::Markdown);
    let four = finding(&f, "four");
    assert_eq!(four.verdict, Verdict::Supported, "{four:?}");
    // the boats there are now, not the count it fell from
    let arithmetic = four.derivation.as_deref().expect("a derivation");
    assert!(arithmetic.contains("÷ 148"), "{arithmetic}");
    for draft in [
        // another thing than the count counts
        "Its 610 crew come to about four a vessel.",
        // an average the count does not give
        "Its 610 crew come to about six a boat.",
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let each = f
            .iter()
            .find(|f| f.figure.text == "four" || f.figure.text == "six")
            .expect("the average");
        assert_ne!(each.verdict, Verdict::Supported, "{draft}: {each:?}");
    }
}

#[test]
fn a_turnout_is_the_share_of_a_tallys_two_sides_in_the_whole() {
    // Written for this test.
    let c = one_source(
        "corpus/union.md",
        "The strike would idle 236 ramp and baggage workers at the port. Members voted \
         201-14 last week to authorize it.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "The 236 workers voted 201-14 to authorize a strike, a turnout of 91%.",
                "91%",
                true,
            ),
            (
                "The 236 workers voted 201-14 to authorize a strike, a turnout of 95%.",
                "95%",
                false,
            ),
        ],
        "(201 + 14) ÷ 236",
    );
    // two ends of a change are no tally: (236 + 201) ÷ 480 is no share of anything
    let c = one_source(
        "corpus/union.md",
        "Membership fell from 236 to 201 this year, of 480 eligible workers.\n",
    );
    let f = Engine::new(&c).check_text(
        "Membership fell from 236 to 201 of 480 eligible workers, or 91%.",
        Format::Markdown,
    );
    assert_ne!(finding(&f, "91%").verdict, Verdict::Supported, "{f:?}");
}

#[test]
fn a_gap_is_worked_out_from_the_end_stated_and_the_sources_earlier_end() {
    // Written for this test.
    let c = one_source(
        "corpus/port.md",
        "Fishing vessels landed 21,760 tonnes at the port. The value of those landings at \
         the dock rose 5.7% to $101.9 million, from $96.4 million, the first year above \
         $100 million.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Boats at Ashcombe grossed $101.9 million in 2025, a record and $5.5 million more \
                 than in 2024.",
                "$5.5 million",
                true,
            ),
            // the wrong gap
            (
                "Boats at Ashcombe grossed $101.9 million in 2025, a record and $6.5 million more \
                 than in 2024.",
                "$6.5 million",
                false,
            ),
            // the gap the other way than the words say
            (
                "Boats at Ashcombe grossed $101.9 million in 2025, a record and $5.5 million less \
                 than in 2024.",
                "$5.5 million",
                false,
            ),
        ],
        "$101.9 million − $96.4 million",
    );
}

#[test]
fn the_earlier_end_may_leave_its_unit_to_the_later_one() {
    // Written for this test: "9.3 million visits …, up 1.5% from 9.16 million".
    let c = one_source(
        "corpus/parks.md",
        "The state's 42 parks recorded 9.3 million visits in fiscal year 2025, up 1.5% from \
         9.16 million the year before.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Visits to the parks reached 9.3 million last year, about 140,000 more than the \
                 year before.",
                "140,000",
                true,
            ),
            (
                "Visits to the parks reached 9.3 million last year, about 240,000 more than the \
                 year before.",
                "240,000",
                false,
            ),
        ],
        "9.3 million − 9.16 million",
    );
}

#[test]
fn a_share_of_a_whole_stated_beside_it_is_the_owners_part_of_it() {
    // Written for this test.
    let c = one_source(
        "corpus/election.md",
        "Rancher Zoë Castellanos received 2,184 votes in the board election. The director \
         she unseated, Martin Beaulieu-Côté, received 1,937, and Dale Pruitt 412.\n\n\
         The 4,533 ballots amounted to a turnout of about 7.8% of the co-op's members.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Zoë Castellanos won a board seat with 48.2% of the 4,533 ballots.",
                "48.2%",
                true,
            ),
            // another's share
            (
                "Dale Pruitt won a board seat with 48.2% of the 4,533 ballots.",
                "48.2%",
                false,
            ),
            // the wrong share
            (
                "Zoë Castellanos won a board seat with 52.2% of the 4,533 ballots.",
                "52.2%",
                false,
            ),
        ],
        "2,184 ÷ 4,533",
    );
}

#[test]
fn a_gap_in_points_between_two_sources_percentages_written_beside_it() {
    // Written for this test.
    let c = Corpus::from_docs(vec![
        figcheck_corpus::SourceDoc {
            path: "corpus/report.md".into(),
            text: "Wind, solar and hydro supplied 51.0% of the co-op's power in 2025.\n".into(),
        },
        figcheck_corpus::SourceDoc {
            path: "corpus/release.md".into(),
            text: "Renewable sources generated 41.3% of the state's electricity in 2025.\n".into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Renewables reached 51.0% of its power, 9.7 points above the statewide share \
                 of 41.3%.",
                "9.7",
                true,
            ),
            // the wrong gap
            (
                "Renewables reached 51.0% of its power, 8.7 points above the statewide share \
                 of 41.3%.",
                "8.7",
                false,
            ),
        ],
        "51.0% − 41.3%",
    );
}

#[test]
fn a_gap_in_points_is_worked_out_from_the_end_stated_and_the_sources_earlier_end() {
    // Written for this test.
    let c = one_source(
        "corpus/scores.md",
        "In spring 2025, 41.8% of Hollisford students met the state standard in English \
         language arts, up from 40.3% in 2024, and 33.5% met it in math, up from 31.9%.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "The district's other score rose 1.6 points to 33.5%.",
                "1.6",
                true,
            ),
            // the wrong gap
            (
                "The district's other score rose 2.6 points to 33.5%.",
                "2.6",
                false,
            ),
            // the other way than the words say
            (
                "The district's other score fell 1.6 points to 33.5%.",
                "1.6",
                false,
            ),
        ],
        "33.5% − 31.9% = 1.6 points",
    );
}

#[test]
fn a_fraction_may_be_the_change_of_two_percentages() {
    // Written for this test.
    let c = one_source(
        "corpus/council.md",
        "The council will raise the hotel-motel tax from 6% to 7% next year.\n",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Raising the hotel tax rate by a sixth, from 6% to 7%, pays for it.",
                "a sixth",
                true,
            ),
            (
                "Raising the hotel tax rate by a third, from 6% to 7%, pays for it.",
                "a third",
                false,
            ),
        ],
        "= 0.167",
    );
}

/// A raise is a change: "will raise its fee by 10 cents a ton" is the gap between the
/// two fees a source states, not a third fee to correct by them.
#[test]
fn a_raise_by_an_amount_is_the_gap_between_the_two_values() {
    // Written for this test.
    let c = one_source(
        "corpus/port.md",
        "The port's board voted 4-1 on Tuesday to raise its wharfage fee from 74 cents \
         to 84 cents a ton on July 1.\n",
    );
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[
            (
                "The port will raise its wharfage fee by 10 cents a ton on July 1.",
                "10 cents",
                true,
            ),
            (
                "The port will raise its wharfage fee by 12 cents a ton on July 1.",
                "12 cents",
                false,
            ),
        ],
    );
}

#[test]
fn a_share_finds_its_whole_past_the_small_numbers_of_its_sentence() {
    let corpus = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/release.md".into(),
            text: "Division sets 2026 catch limits and awards $14.6 million to fishing ports\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/report.md".into(),
            text: "Ashcombe, the state's third-largest port, landed fish worth $4.2 million.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&corpus);
    // "Third" and "six" stand nearer the share than the round's $14.6 million does, yet
    // only the round ties the share to a source: the owner's part of a whole the draft
    // states beside it.
    let draft = |share: &str| {
        format!(
            "Its $14.6 million in grants went to six ports: Ashcombe received $4.2 million, \
             its third award since 2021, and Kestrel Point $3.8 million, the former about \
             {share} of the round."
        )
    };
    let (right, wrong) = (draft("29%"), draft("39%"));
    assert_derived(&e, &[(&right, "29%", true), (&wrong, "39%", false)]);
}

#[test]
fn a_span_of_years_runs_from_a_year_since_which_to_the_sources_date() {
    let article = one_source(
        "corpus/article.md",
        "Handlers approve contract\n\n\
         March 6, 2026\n\n\
         José Ñúñez, 61, who has unloaded boats on the pier since 1988, voted against \
         the deal. The pier's cold store was rebuilt in 1996.\n",
    );
    let e = Engine::new(&article);
    assert_derived(
        &e,
        &[
            ("José Ñúñez has worked the pier for 38 years.", "38", true),
            ("José Ñúñez has worked the pier for 35 years.", "35", false),
            // a year the source gives for something else starts no span
            ("The pier's cold store is 30 years old.", "30", false),
        ],
    );
    // A later date in the year's own sentence ends the span, dateline or none.
    let report = one_source(
        "corpus/report.md",
        "Your board has approved a 3.8% rate increase effective April 1, 2026, our \
         first since 2022.\n",
    );
    let e = Engine::new(&report);
    assert_derived(
        &e,
        &[
            (
                "The rate increase is the first in four years.",
                "four",
                true,
            ),
            ("The rate increase is the first in six years.", "six", false),
        ],
    );
}

#[test]
fn a_gap_is_worked_out_from_the_figures_of_the_sentence_before() {
    let corpus = one_source(
        "corpus/article.md",
        "Zoë Castellanos won 2,184 votes in the co-op's board election.\n\n\
         The board's longest-serving member, Martin Beaulieu-Côté, had 1,937.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |margin: &str, gap: &str| {
        format!(
            "Castellanos won 2,184 votes to 1,937 for Beaulieu-Côté. The margin, {margin} \
             votes, was the narrowest since the co-op began.{gap}"
        )
    };
    let (right, wrong) = (draft("247", ""), draft("274", ""));
    assert_derived(&e, &[(&right, "247", true), (&wrong, "274", false)]);
    // Only within a paragraph: a new one starts a new reckoning.
    let apart = "Castellanos won 2,184 votes to 1,937 for Beaulieu-Côté.\n\n\
                 The margin, 247 votes, was the narrowest since the co-op began.";
    // And only from the sentence right before.
    let further = "Castellanos won 2,184 votes to 1,937 for Beaulieu-Côté. Turnout was low. \
                   The margin, 247 votes, was the narrowest since the co-op began.";
    assert_derived(&e, &[(apart, "247", false), (further, "247", false)]);
    // And never a share: two values of neighbouring sentences divide to about any
    // percentage (1,937 of 2,184 is 88.7%).
    let share = "Castellanos won 2,184 votes. Beaulieu-Côté's 1,937 were about 89% of hers.";
    let found = e.check_text(share, Format::Plain);
    let share = finding(&found, "89%");
    assert!(share.derivation.is_none(), "{share:?}");
}

#[test]
fn a_gap_in_points_finds_the_owners_own_percentage_by_its_value() {
    let corpus = one_source(
        "corpus/release.md",
        "Teachers in Pemberton earn more, where the average salary is $71,200.\n\n\
         Share of students proficient in reading and in math, 2025:\n\n\
         - Hollisford Unified: 41.8% and 33.5%\n\
         - Pemberton City Schools: 52.3% and 44.9%\n\
         - Calloway Unified: 47.0% and 38.2%\n",
    );
    let e = Engine::new(&corpus);
    let draft = |owner: &str, gap: &str| {
        format!("Reading rose 2.5 points to 41.8%. But {owner} is {gap} points ahead in reading.")
    };
    let (right, wrong, other) = (
        draft("Pemberton", "10.5"),
        draft("Pemberton", "12.5"),
        // 52.3% is Pemberton's, not Calloway's
        draft("Calloway", "10.5"),
    );
    assert_derived(
        &e,
        &[
            (&right, "10.5", true),
            (&wrong, "12.5", false),
            (&other, "10.5", false),
        ],
    );
}

/// Each draft's figure is derived and supported, or neither.
fn assert_derived(e: &Engine, cases: &[(&str, &str, bool)]) {
    assert_derived_in(e, cases, Format::Plain);
}

/// [`assert_derived`] for drafts in `format`.
fn assert_derived_in(e: &Engine, cases: &[(&str, &str, bool)], format: Format) {
    for &(draft, figure, derived) in cases {
        let f = e.check_text(draft, format);
        let found = finding(&f, figure);
        assert_eq!(found.derivation.is_some(), derived, "{draft}: {found:?}");
        assert_eq!(
            found.verdict == Verdict::Supported,
            derived,
            "{draft}: {found:?}"
        );
    }
}

/// "Statewide landings were worth $622.7 million, up 3.1%": the draft writes the value
/// a change reached, and the source's "$642 million in 2025, up 3.1% from $622.7 million
/// in 2024" gives that value as where the change started. Last year's figure is no
/// support for this year's; the value the change reached is the correction.
#[test]
fn a_value_with_its_change_after_it_is_not_backed_by_where_the_change_started() {
    let c = one_source(
        "corpus/release.txt",
        "Commercial landings statewide were valued at $642 million in 2025, up 3.1% from \
         $622.7 million in 2024.",
    );
    let e = Engine::new(&c);
    let draft = |value: &str| format!("Statewide landings were worth {value}, up 3.1%.");
    let f = e.check_text(&draft("$622.7 million"), Format::Markdown);
    let stale = finding(&f, "$622.7 million");
    assert_eq!(stale.verdict, Verdict::Contradicted, "{stale:#?}");
    assert_eq!(stale.suggestion.as_deref(), Some("$642 million"));
    let f = e.check_text(&draft("$642 million"), Format::Markdown);
    assert_eq!(finding(&f, "$642 million").verdict, Verdict::Supported);
    // written as where the change started, the same value is the source's
    let f = e.check_text(
        "Landings rose 3.1% from $622.7 million in 2024.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "$622.7 million").verdict, Verdict::Supported);
}

/// "31 groundfish vessels and 38 scallopers" against the source's "38 groundfish vessels,
/// 31 scallopers": each value is in the source, in the other's place. Each is
/// contradicted with the value its own unit has there; the same counts in the source's
/// order are supported, and a count whose other value the draft does not state is left
/// to the usual weighing.
#[test]
fn two_counts_of_one_sentence_in_each_others_place_are_contradicted() {
    let c = one_source(
        "corpus/report.txt",
        "The port had 148 registered commercial vessels at the end of 2025: 64 lobster \
         boats, 38 groundfish vessels, 31 scallopers and 15 herring boats.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Its fleet of 148 includes 64 lobster boats, 31 groundfish vessels and 38 scallopers.",
        Format::Markdown,
    );
    let vessels = finding(&f, "31");
    assert_eq!(vessels.verdict, Verdict::Contradicted, "{vessels:#?}");
    assert_eq!(vessels.suggestion.as_deref(), Some("38"));
    let scallopers = finding(&f, "38");
    assert_eq!(scallopers.verdict, Verdict::Contradicted, "{scallopers:#?}");
    assert_eq!(scallopers.suggestion.as_deref(), Some("31"));
    let f = e.check_text(
        "Its fleet of 148 includes 64 lobster boats, 38 groundfish vessels and 31 scallopers.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "38").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "31").verdict, Verdict::Supported);
}

/// "four California sea lions and six harbor seals" against the source's "Six California
/// sea lions and four harbor seals": small counts, whose scores are low for how often
/// small numbers recur, are still told apart by the animals they count.
#[test]
fn two_small_counts_in_each_others_place_are_told_by_what_they_count() {
    // Written for this test.
    let c = one_source(
        "corpus/release.txt",
        "The City Council voted 6-1 on Tuesday to issue $18 million in bonds for Coastline, \
         a 4.2-acre exhibit that will replace the Sea Lion Pool, which closed in 2023.\n\n\
         It will include a 310,000-gallon saltwater pool, a beach for a colony of up to 40 \
         African penguins and a 450-seat amphitheater. The zoo now has 22 penguins. Keepers \
         will give talks twice a day. Six California sea lions and four harbor seals will \
         live in the new pool.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Construction is to take about 22 months. It will hold four California sea lions \
         and six harbor seals, and its beach will have room for up to 40 African penguins, \
         nearly twice the 22 the zoo keeps now.",
        Format::Markdown,
    );
    let lions = finding(&f, "four");
    assert_eq!(lions.verdict, Verdict::Contradicted, "{lions:#?}");
    assert_eq!(lions.suggestion.as_deref(), Some("six"));
    let seals = finding(&f, "six");
    assert_eq!(seals.verdict, Verdict::Contradicted, "{seals:#?}");
    assert_eq!(seals.suggestion.as_deref(), Some("four"));
    assert_eq!(finding(&f, "40").verdict, Verdict::Supported);
    let f = e.check_text(
        "It will hold six California sea lions and four harbor seals.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "six").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "four").verdict, Verdict::Supported);
}

/// "180 construction jobs, 410 permanent jobs" against the source's "410 construction
/// jobs, 180 permanent jobs": one unit, and the word beside each number tells its place.
#[test]
fn two_counts_of_one_unit_in_each_others_place_are_told_by_the_word_beside_them() {
    let c = one_source(
        "corpus/release.txt",
        "An economic study for the city by Harwell Economics projects 410 construction \
         jobs, 180 permanent jobs and $240 million in private investment within 10 years.",
    );
    let e = Engine::new(&c);
    let draft = |first: &str, second: &str| {
        format!(
            "A study by Harwell Economics projects {first} construction jobs, {second} \
             permanent jobs and $240 million in private investment."
        )
    };
    let f = e.check_text(&draft("180", "410"), Format::Markdown);
    let construction = finding(&f, "180");
    assert_eq!(
        construction.verdict,
        Verdict::Contradicted,
        "{construction:#?}"
    );
    assert_eq!(construction.suggestion.as_deref(), Some("410"));
    let permanent = finding(&f, "410");
    assert_eq!(permanent.verdict, Verdict::Contradicted, "{permanent:#?}");
    assert_eq!(permanent.suggestion.as_deref(), Some("180"));
    let f = e.check_text(&draft("410", "180"), Format::Markdown);
    assert_eq!(finding(&f, "410").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "180").verdict, Verdict::Supported);
}

/// "took in $13.1 million this year" against "Revenue reached $14.8 million, up 13% from
/// $13.1 million in 2024": the draft gives last year's value as this year's.
#[test]
fn a_value_said_of_this_year_is_not_backed_by_where_a_change_started() {
    let c = one_source(
        "corpus/report.txt",
        "The Millhawks had a strong season. Revenue reached $14.8 million, up 13% from \
         $13.1 million in 2024.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The Millhawks took in $13.1 million in revenue this year.",
        Format::Markdown,
    );
    let stale = finding(&f, "$13.1 million");
    assert_ne!(stale.verdict, Verdict::Supported, "{stale:#?}");
    let f = e.check_text(
        "The Millhawks took in $14.8 million in revenue this year.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "$14.8 million").verdict, Verdict::Supported);
}

/// "beat Beaulieu-Côté by roughly 250 votes": by how much one side won is a gap, worked
/// out from the two tallies the source gives (2,184 − 1,937 = 247).
#[test]
fn a_win_by_so_many_is_the_gap_between_the_two_sides() {
    let corpus = one_source(
        "corpus/article.md",
        "Zoë Castellanos unseated Martin Beaulieu-Côté, the board's longest-serving \
         member.\n\nCastellanos received 2,184 votes for the northern district seat to \
         Beaulieu-Côté's 1,937.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |gap: &str| {
        format!(
            "The new director, Zoë Castellanos, beat Martin Beaulieu-Côté, the longest-serving \
             member, by roughly {gap} votes."
        )
    };
    let (right, wrong) = (draft("250"), draft("400"));
    assert_derived(&e, &[(&right, "250", true), (&wrong, "400", false)]);
}

/// A "by the numbers" item glosses its figure after the lead-in: "**41,000 visitors:**
/// how many fewer people the museum drew than the year before". The gloss asks how many
/// fewer, so the figure is the gap between the two years (412,000 − 371,000).
#[test]
fn a_gloss_asking_how_many_fewer_makes_a_figure_a_gap() {
    let corpus = one_source(
        "corpus/report.md",
        "The Orrin Museum drew 371,000 visitors in 2025, down 10% from 412,000 in 2024, \
         when a touring exhibit filled its galleries.\n",
    );
    let e = Engine::new(&corpus);
    let item = |gap: &str| {
        format!("- **{gap} visitors:** how many fewer people the museum drew than the year before.")
    };
    let (right, wrong) = (item("41,000"), item("51,000"));
    assert_derived_in(
        &e,
        &[(&right, "41,000", true), (&wrong, "51,000", false)],
        Format::Markdown,
    );
}

/// "Grants supplied $3.1 million of it, more than 40%": a share written as a bound,
/// worked out from the part the draft states beside it and the whole the source states a
/// sentence before (3.1 ÷ 7.4 = 41.9%). A bound the share does not meet is no support.
#[test]
fn a_share_written_as_a_bound_is_worked_out_from_its_part_and_whole() {
    let corpus = one_source(
        "corpus/report.md",
        "The theater's income rose 3% to $7.4 million in 2025. Ticket sales brought in \
         $2.9 million, grants $3.1 million and donations $1.4 million.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |bound: &str| {
        format!("Income was $7.4 million. Grants supplied $3.1 million of it, {bound}.")
    };
    let (right, wrong) = (draft("more than 40%"), draft("more than 50%"));
    assert_derived(&e, &[(&right, "40%", true), (&wrong, "50%", false)]);
}

/// "more than double the 4.2 hours of a year earlier": a hedged "double" of a value the
/// draft names is a multiple, worked out like "more than twice" (9.5 ÷ 4.2 = 2.3).
#[test]
fn a_hedged_double_is_a_multiple_worked_out_like_twice() {
    let corpus = one_source(
        "corpus/report.md",
        "Ferries waited an average of 9.5 hours at the canal in 2025, against 4.2 hours \
         in 2024.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |hedge: &str| {
        format!(
            "The average wait was 9.5 hours in 2025, {hedge} double the 4.2 hours of a year \
             earlier."
        )
    };
    let (right, wrong) = (draft("more than"), draft("nearly"));
    assert_derived(&e, &[(&right, "double", true)]);
    let f = e.check_text(&wrong, Format::Plain);
    let found = finding(&f, "double");
    assert_ne!(found.verdict, Verdict::Supported, "{wrong}: {found:?}");
}

/// "would raise $5.9 million, an increase of about 40%": a change in an amount, from a
/// base the draft does not state and the source gives in the passage of the new end
/// ("brought in $4.2 million" two sentences before; 5.9 ÷ 4.2 = 1.405).
#[test]
fn a_change_in_an_amount_is_worked_out_from_a_base_in_its_passage() {
    let corpus = one_source(
        "corpus/release.md",
        "The parking levy brought in $4.2 million in 2025. The council voted to raise it \
         by a dollar a day. At the new rate the levy is expected to raise $5.9 million a \
         year.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |change: &str| {
        format!("At the new rate the levy would raise $5.9 million, an increase of about {change}.")
    };
    let (right, wrong) = (draft("40%"), draft("60%"));
    assert_derived(&e, &[(&right, "40%", true), (&wrong, "60%", false)]);
}

/// "drew 290 applications, about eight for every unit": a small count per one of a thing
/// is worked out from the two figures the draft states beside it, when the source states
/// them together (290 ÷ 36 = 8.1). Without them beside it a small count is any quotient.
#[test]
fn a_small_count_for_every_one_of_a_thing_is_worked_out_from_its_two_figures() {
    let corpus = one_source(
        "corpus/article.md",
        "The Larch Street apartments, a 36-unit building, opened in 2024 and drew 290 \
         applications.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |ratio: &str| {
        format!(
            "The 36-unit Larch Street building drew 290 applications, about {ratio} for every unit."
        )
    };
    let (right, wrong) = (draft("eight"), draft("twelve"));
    assert_derived(&e, &[(&right, "eight", true), (&wrong, "twelve", false)]);
}

/// "Rate: 4.5% → 6.5%": a summary's arrow joins the two ends of a change as "from … to"
/// does, so the old end is backed by the source's "from 4.5% to 6.5%" and not taken for
/// the new rate; a wrong old end is not backed by it.
#[test]
fn an_arrow_writes_a_change_from_its_first_end_to_its_second() {
    let corpus = one_source(
        "corpus/release.md",
        "The council voted 5-2 to ask voters to raise the lodging tax from 4.5% to 6.5% of \
         the price of a room. At 6.5%, the tax is expected to raise $11.1 million a year. \
         The last increase, from 3.5% to 4.5%, was approved in 2019.\n\nTotal revenue rose \
         9.8% to $41.6 million.\n",
    );
    let e = Engine::new(&corpus);
    let f = e.check_text("- Rate: 4.5% → 6.5%; revenue $11.1M/yr.", Format::Markdown);
    let old = finding(&f, "4.5%");
    assert_eq!(old.verdict, Verdict::Supported, "{old:#?}");
    let f = e.check_text("- Rate: 5.5% → 6.5%; revenue $11.1M/yr.", Format::Markdown);
    let wrong = finding(&f, "5.5%");
    assert_ne!(wrong.verdict, Verdict::Supported, "{wrong:#?}");
}

/// "lift tickets brought in $17.9M, nearly 3x food and beverage": the other operand is
/// the one the claim's words name, in a list of the same source ($17.9 million ÷ $6.2
/// million = 2.9), though it stands lines away and the ratio is rounded.
#[test]
fn a_multiple_of_an_amount_the_claims_words_name_is_worked_out() {
    let corpus = one_source(
        "corpus/report.md",
        "Total revenue rose 9.8% to $41.6 million:\n\n- Lift tickets: $17.9 million\n- \
         Season passes: $10.8 million\n- Ski school: $5.0 million\n- Food and beverage: $6.2 \
         million\n- Other: $1.7 million\n",
    );
    let e = Engine::new(&corpus);
    let draft = |m: &str| {
        format!("- Revenue: lift tickets brought in $17.9M, nearly {m} food and beverage.")
    };
    let (right, wrong) = (draft("3x"), draft("5x"));
    assert_derived(&e, &[(&right, "3x", true), (&wrong, "5x", false)]);
}

/// "voters approved the last increase by 125 votes": the two sides are found among the
/// figures of the claim's measure, its unit included ("passed by 1,212 votes to 1,087"),
/// though the sentence shares few of the claim's other words (1,212 − 1,087 = 125).
#[test]
fn a_margin_in_votes_is_worked_out_from_the_two_sides_of_a_tally() {
    let corpus = one_source(
        "corpus/article.md",
        "If voters approve the measure on November 3, the new rate takes effect on January \
         1, 2027. Voters approved the last increase in November 2019.\n\nThe 2019 increase \
         passed by 1,212 votes to 1,087.\n",
    );
    let e = Engine::new(&corpus);
    let draft =
        |margin: &str| format!("In 2019 voters approved the last increase by {margin} votes.");
    let (right, wrong) = (draft("125"), draft("175"));
    assert_derived(&e, &[(&right, "125", true), (&wrong, "175", false)]);
}

/// "shut the canal for more than five weeks": a span written in weeks from a source's
/// days (the "38-day closure" is 5.4 weeks). A span the conversion does not bear out is
/// no derivation.
#[test]
fn a_span_of_days_written_in_weeks_is_worked_out() {
    let corpus = one_source(
        "corpus/release.md",
        "The Orrin Canal lock passed 9.1 million tons in 2025, despite an unscheduled \
         38-day closure last summer for emergency gate repairs.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |span: &str| {
        format!(
            "Last summer a cracked gate shut the canal lock for more than {span} weeks of repairs."
        )
    };
    let (right, wrong) = (draft("five"), draft("seven"));
    assert_derived(&e, &[(&right, "five", true), (&wrong, "seven", false)]);
}

/// "104 feet tall, roughly 32 meters": a measure written in another unit than its
/// source's, converted exactly and rounded to the digits written. A conversion of the
/// wrong measure, or one "about" cannot stretch to, is no derivation.
#[test]
fn a_height_in_feet_written_in_meters_is_worked_out() {
    let corpus = one_source(
        "corpus/register.md",
        "The Tollen Cottonwood on Mill Road stands 104 feet tall, with a trunk 68 inches \
         across, and was listed in 1987.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |height: &str| {
        format!("The Tollen Cottonwood on Mill Road is 104 feet tall, roughly {height} meters.")
    };
    let (right, wrong) = (draft("32"), draft("35"));
    assert_derived(&e, &[(&right, "32", true), (&wrong, "35", false)]);
}

/// "About 2.4 miles (3.9 km)" for a walk "over 2.4 miles": a hedged measure converts as
/// written when the draft writes it beside its conversion.
#[test]
fn a_hedged_distance_restated_beside_its_conversion_is_worked_out() {
    let corpus = one_source(
        "corpus/ledger.txt",
        "About 130 people followed the forester on a walking tour of the city's heritage \
         trees, stopping at nine of them over 2.4 miles.\n",
    );
    let e = Engine::new(&corpus);
    let draft =
        |km: &str| format!("The heritage tree walk: about 2.4 miles ({km} km) and nine stops.");
    let (right, wrong) = (draft("3.9"), draft("4.5"));
    assert_derived(&e, &[(&right, "3.9", true), (&wrong, "4.5", false)]);
}

/// "44 feet tall" is no "44 inches across": two units of measure that differ make
/// another value, so the equal number in the wrong unit is no support. The height the
/// source gives in feet is the correction.
#[test]
fn an_equal_number_in_another_unit_of_measure_is_no_support() {
    let corpus = one_source(
        "corpus/register.md",
        "Miller's Elm on Old Mill Green has a trunk 44 inches across and stands 71 feet \
         tall.\n",
    );
    let e = Engine::new(&corpus);
    let f = e.check_text(
        "Miller's Elm on Old Mill Green stands 44 feet tall.",
        Format::Plain,
    );
    let swapped = finding(&f, "44");
    assert_ne!(swapped.verdict, Verdict::Supported, "{swapped:#?}");
    let f = e.check_text(
        "Miller's Elm on Old Mill Green stands 71 feet tall.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "71").verdict, Verdict::Supported);
}

/// "At about $420 a tree, replacing every removed ash would cost $588,000": a price per
/// thing the source gives times the count of that thing it gives (1,400 trees). An
/// amount the product does not bear out is no derivation.
#[test]
fn an_amount_is_worked_out_from_a_price_per_thing_and_a_count_of_it() {
    let corpus = one_source(
        "corpus/minutes.txt",
        "Staff reported that about 1,400 ash street trees are dead and should be removed \
         in 2026. Staff said replanting is budgeted separately, at about $420 a tree.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |cost: &str| {
        format!(
            "Replanting is not funded: at about $420 a tree, replacing every removed ash \
             would cost {cost}."
        )
    };
    let (right, wrong) = (draft("$588,000"), draft("$644,000"));
    assert_derived(
        &e,
        &[(&right, "$588,000", true), (&wrong, "$644,000", false)],
    );
}

/// "At the grant's pace of 3,000 a year": a plan's total over its span of years, both
/// in one source sentence (12,000 trees over four years). A pace the division does not
/// bear out is no derivation.
#[test]
fn a_pace_a_year_is_worked_out_from_a_total_over_a_span_of_years() {
    let corpus = one_source(
        "corpus/release.txt",
        "Brennock has been awarded a $4.2 million state grant. Over four years, from \
         spring 2026 through fall 2029, the Shade Brennock project will plant 12,000 trees \
         along streets and in schoolyards.\n",
    );
    let e = Engine::new(&corpus);
    let draft = |pace: &str| {
        format!(
            "Brennock needs about 4,500 new trees a year. Brennock will plant at the grant's \
             pace of {pace} a year, so it will fall short."
        )
    };
    let (right, wrong) = (draft("3,000"), draft("4,000"));
    assert_derived(&e, &[(&right, "3,000", true), (&wrong, "4,000", false)]);
}

/// "Together the two zones produced 93": an adverb opening the sentence is no name the
/// total belongs to, and the sum of the two zones' counts the sentence before gives is
/// worked out as it would be after "The two zones together".
#[test]
fn a_total_opened_by_together_is_worked_out_from_the_sentence_before() {
    let corpus = one_source(
        "corpus/report.md",
        "| Zone | Positive pools | Rate (%) |\n|---|---|---|\n| Ashby | 41 | 8.0 |\n\
         | Corran Delta | 52 | 8.6 |\n| Feltham | 27 | 5.1 |\n",
    );
    let e = Engine::new(&corpus);
    let draft = |total: &str| {
        format!(
            "Corran Delta led the county with 52 positive pools, while Ashby had 41. \
             Together the two zones produced {total} positive pools."
        )
    };
    let (right, wrong) = (draft("93"), draft("97"));
    assert_derived(&e, &[(&right, "93", true), (&wrong, "97", false)]);
}

/// "2.7%, about a third of Corran Delta's rate": a fraction of another named owner's
/// percentage, the owner's own stated beside it. Without the owner's own percentage the
/// fraction is that owner's share itself, not a ratio of two percentages of the table.
#[test]
fn a_fraction_of_another_owners_percentage_is_worked_out() {
    let corpus = one_source(
        "corpus/report.md",
        "| Zone | Positive pools | Positive rate (%) |\n|---|---|---|\n\
         | Corran Delta | 52 | 8.8 |\n| Stoke Marsh | 19 | 6.3 |\n| Wendle Hills | 7 | 2.2 |\n",
    );
    let e = Engine::new(&corpus);
    let draft = |own: &str, fraction: &str| {
        format!(
            "Wendle Hills had just 7 positive pools{own}, {fraction} of Corran Delta's \
             positive rate."
        )
    };
    let (right, wrong, unstated) = (
        draft(", or 2.2%", "about a quarter"),
        draft(", or 2.2%", "about half"),
        draft("", "a rate about a quarter"),
    );
    assert_derived(
        &e,
        &[
            (&right, "a quarter", true),
            (&wrong, "half", false),
            (&unstated, "a quarter", false),
        ],
    );
}

/// "$6.85 million …, or roughly $110 per street tree": an amount per one of a thing,
/// worked out over a count of that thing found by its value wherever the sources state
/// it (the inventory of street trees is in another document than the budget). A price the
/// division does not bear out is no derivation.
#[test]
fn an_amount_per_thing_is_worked_out_over_a_count_stated_elsewhere() {
    let corpus = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/budget.txt".into(),
            text: "The forestry division's operating budget was $6.85 million in 2025, up 7.2%. \
                   It employs 31 people full time.\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/inventory.txt".into(),
            text: "Crews planted 3,260 trees this year. The inventory grew by 850 to 61,840 \
                   street trees, the most ever counted.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&corpus);
    let draft = |price: &str| {
        format!(
            "The forestry division's operating budget was $6.85 million in 2025, or roughly \
             {price} per street tree."
        )
    };
    let (right, wrong) = (draft("$110"), draft("$150"));
    assert_derived(&e, &[(&right, "$110", true), (&wrong, "$150", false)]);
}

/// "26 storms, 11 more than the winter before": the gap is worked out from the sentence
/// that gives the 26, though its subject is a word the draft never names ("Crews") and
/// the draft's owner has figures all through the report.
#[test]
fn a_gap_is_worked_out_from_the_sentence_of_the_end_the_draft_states() {
    // Written for this test.
    let c = one_source(
        "corpus/report.md",
        "Brannoch County Department of Highways\n\nWinter operations report\n\nCrews answered \
         the first snow on November 14 and spread 31,850 tons of salt on 2,940 lane miles \
         with 80 trucks and 45,400 gallons of brine. The department responded to 26 storm \
         events, up from 15 last winter. Its 2,054 service requests rose 8.3%.\n",
    );
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[
            (
                "Brannoch County's plows went out for 26 storms this winter, 11 more than the \
                 winter before.",
                "11",
                true,
            ),
            (
                "Brannoch County's plows went out for 26 storms this winter, 13 more than the \
                 winter before.",
                "13",
                false,
            ),
        ],
    );
    // not a change in percent: two figures of the sentence that gives a companion are no
    // operands of another owner's growth
    let c = one_source(
        "corpus/robots.txt",
        "Korea installed 30,600 industrial robots, fourth globally behind China (295,000), \
         Japan (44,500) and the United States (34,200).\n",
    );
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[(
            "Japan installed 44,500 robots, and Samsung's robot sales grew 12% last year.",
            "12%",
            false,
        )],
    );
    // an end whose owner is handed down from an earlier sentence ("Snowfall"), among
    // other sources' figures of the draft's names
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/report.md".into(),
            text: "Brannoch County Department of Highways\n\nThe winter in brief\n\nCrews \
                   answered the first plowable snow on November 14, 2025, a season of 140 \
                   days. Snowfall at the Kellsburg airport gauge totaled 71.4 inches, against \
                   38.6 inches last winter and a normal of 52.0 inches, or 137% of normal.\n\n\
                   The department responded to 26 storm events, up from 15 last winter. Nine \
                   of them were full call-outs, with all 80 trucks on the road. The largest \
                   storm dropped 16.2 inches in 31 hours. Trucks logged 48,200 hours and \
                   612,000 miles.\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/release.txt".into(),
            text: "Snow emergency declared\n\nThrough February 5, crews had answered 17 \
                   storms, spread 19,460 tons of salt and seen 44.2 inches of snow at the \
                   Kellsburg airport gauge, already more than the 38.6 inches of all of last \
                   winter.\n\nKellsburg itself used 9,100 tons, 2,940 lane miles, 46 trucks, \
                   12 graders, 16 loaders, 1,460 gallons, 22 shifts, 5 depots, 310 drivers, \
                   64 mechanics and 8 salt domes.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[(
            "Brannoch County's plows went out for 26 storms this winter, 11 more than the \
             winter before, as 71.4 inches of snow fell at the Kellsburg airport gauge.",
            "11",
            true,
        )],
    );
}

/// "4,820 children, 670 more than in 2024": the 2025 report that says "enrolled 4,820
/// children, up 16.1% from 4,150" compares with 2024 without naming it.
#[test]
fn the_year_a_report_compares_with_is_the_year_before_its_own() {
    // Written for this test.
    let c = one_source(
        "corpus/report.txt",
        "City of Brennick Aquatics Division\n2025 Summer Season Report\n\nSwim lessons \
         enrolled 4,820 children, up 16.1% from 4,150. The main lot filled on 41 days, up \
         from 29.\n",
    );
    let e = Engine::new(&c);
    assert_derived(
        &e,
        &[
            (
                "Swim lessons enrolled 4,820 children, 670 more than in 2024.",
                "2024",
                true,
            ),
            (
                "Swim lessons enrolled 4,820 children, 670 more than in 2023.",
                "2023",
                false,
            ),
            // two small counts say nothing of another figure's year
            (
                "The lot filled on 41 days, up from 29, and neighbors have complained since \
                 2024.",
                "2024",
                false,
            ),
        ],
    );
}

/// A gap between two names the claim compares is their two values, however confidently
/// the first name's change column disagrees: a change over time is another measure.
#[test]
fn a_gap_between_two_named_rows_outweighs_a_change_column() {
    let c = one_source(
        "corpus/canvass.md",
        "\
| Ward | Turnout (%) | Change from 2020 (points) |
|---|---:|---:|
| Aldgate | 71.4 | +3.2 |
| Fenwick | 58.9 | +6.0 |
",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "Aldgate's turnout was 12.5 points above Fenwick's.",
                "12.5",
                true,
            ),
            // the gap is 12.5: a wrong gap still meets Aldgate's own change
            (
                "Aldgate's turnout was 14.5 points above Fenwick's.",
                "14.5",
                false,
            ),
            // one name, no comparison: the change column decides
            (
                "Aldgate's turnout rose 12.5 points from 2020.",
                "12.5",
                false,
            ),
        ],
        "71.4 − 58.9",
    );
}

/// Two changes of one sentence in each other's place, as with counts: "fell 9% … grew
/// 4%" against the source's "fell 4% … grew 9%". The word beside each tells its place.
#[test]
fn two_percentages_of_one_sentence_in_each_others_place_are_contradicted() {
    let c = one_source(
        "corpus/harbor.txt",
        "After the toll rose in 2021, ferry boardings at Port Osric fell 4% the next summer, \
         then grew 9% the summer after.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Port Osric's ferry boardings fell 9% before growing 4% the summer after.",
        Format::Markdown,
    );
    let grew = finding(&f, "4%");
    assert_eq!(grew.verdict, Verdict::Contradicted, "{grew:#?}");
    assert_eq!(grew.suggestion.as_deref(), Some("9%"));
    let f = e.check_text(
        "Port Osric's ferry boardings fell 4% before growing 9% the summer after.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "4%").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "9%").verdict, Verdict::Supported);
}

/// A claim that names its owner and no measure ("Dunmore was at 74%", after a sentence on
/// how full each lot was) is the owner's row's one percentage: an equal value in a
/// sentence about something else is no support.
#[test]
fn a_claim_without_a_measure_is_its_owners_only_cell_of_its_kind() {
    let c = one_source(
        "corpus/lots.txt",
        "\
| Lot | Spaces | Weekday occupancy (%) |
|---|---:|---:|
| Dunmore | 640 | 71 |
| Quayside | 410 | 88 |

Within 60 days, 71% of permits had been renewed, against 74% a year earlier.
",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Quayside was 88% full on weekdays. Dunmore was at 74%.",
        Format::Markdown,
    );
    let dunmore = finding(&f, "74%");
    assert_eq!(dunmore.verdict, Verdict::Contradicted, "{dunmore:#?}");
    assert_eq!(dunmore.suggestion.as_deref(), Some("71%"));
    let f = e.check_text(
        "Quayside was 88% full on weekdays. Dunmore was at 71%.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "71%").verdict, Verdict::Supported);
}

/// What remains is the whole less its parts, not one part less another: "The remaining
/// $0.6 million" after "$1.5 million … and $0.9 million" is no 1.5 − 0.9 when the source
/// gives the rest as $0.4 million.
#[test]
fn what_remains_is_no_gap_between_two_parts() {
    let c = one_source(
        "corpus/plan.txt",
        "The levy will raise $2.8 million a year: $1.5 million for road repairs, $0.9 \
         million for the harbor shuttle and $0.4 million for two more inspectors.",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The levy should raise $2.8 million a year. Of that, $1.5 million goes to road \
         repairs and $0.9 million to the harbor shuttle. The remaining $0.6 million pays for \
         two more inspectors.",
        Format::Markdown,
    );
    let rest = finding(&f, "$0.6 million");
    assert_ne!(rest.verdict, Verdict::Supported, "{rest:#?}");
}

/// An amount per a period times a count of that period, both written beside the claim:
/// "28,000 gallons of water a day, or about 2.8 million gallons over a 101-day season",
/// the rate in one paragraph of the source and the season's days in another.
#[test]
fn an_amount_a_day_over_so_many_days_is_their_product() {
    // Written for this test.
    let c = one_source(
        "corpus/report.txt",
        "The five pools drew 312,400 visits over the 101-day season, up 8.6% from 2024.\n\n\
         The pools' average age is 52 years. Linden Street, the oldest, loses an estimated \
         28,000 gallons of water a day through cracks in its shell.",
    );
    let e = Engine::new(&c);
    let draft = |total: &str| {
        format!(
            "Linden Street loses about 28,000 gallons of water a day, or about {total} \
             gallons over a 101-day season."
        )
    };
    let f = e.check_text(&draft("2.8 million"), Format::Markdown);
    let total = finding(&f, "2.8 million");
    assert_eq!(total.verdict, Verdict::Supported, "{total:#?}");
    assert!(
        total
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains("28,000 × 101")),
        "{total:?}"
    );
    let f = e.check_text(&draft("4.8 million"), Format::Markdown);
    assert_ne!(finding(&f, "4.8 million").verdict, Verdict::Supported);
}

#[test]
fn a_total_of_two_cells_of_one_column_the_draft_states_is_worked_out() {
    // Written for this test: a funding table, and a draft that adds two of its rows.
    let c = one_source(
        "corpus/release.md",
        "The board approved a $26.4 million grain elevator.\n\n\
         | Source | Amount ($ million) | Share (%) |\n\
         |---|---|---|\n\
         | Term loan | 15.0 | 56.8 |\n\
         | Cash reserves | 6.4 | 24.2 |\n\
         | State grant | 2.5 | 9.5 |\n\
         | County road fund | 2.5 | 9.5 |\n",
    );
    let e = Engine::new(&c);
    let draft = |total: &str| {
        format!(
            "A loan of $15.0 million covers 56.8% of the cost, and the cooperative will \
             spend $6.4 million of its own cash reserves. The loan and the reserves \
             together, {total}, cover more than four fifths of the bill."
        )
    };
    let f = e.check_text(&draft("$21.4 million"), Format::Markdown);
    let total = finding(&f, "$21.4 million");
    assert_eq!(total.verdict, Verdict::Supported, "{total:#?}");
    assert!(
        total
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains(" + ")),
        "{total:?}"
    );
    let f = e.check_text(&draft("$23.4 million"), Format::Markdown);
    assert_ne!(finding(&f, "$23.4 million").verdict, Verdict::Supported);
}

#[test]
fn a_change_from_the_earlier_end_the_draft_states_is_worked_out() {
    // Written for this test: the source states both ends; the draft only the earlier one.
    let c = one_source(
        "corpus/report.md",
        "The board declared patronage refunds of $9.6 million, the largest in the \
         cooperative's history, against $7.9 million a year earlier.\n",
    );
    let e = Engine::new(&c);
    let draft =
        |change: &str| format!("The payout is {change} larger than last year's $7.9 million.");
    let f = e.check_text(&draft("21.5%"), Format::Markdown);
    let change = finding(&f, "21.5%");
    assert_eq!(change.verdict, Verdict::Supported, "{change:#?}");
    assert!(
        change
            .derivation
            .as_deref()
            .is_some_and(|d| d.contains("$9.6 million")),
        "{change:?}"
    );
    let f = e.check_text(&draft("25%"), Format::Markdown);
    assert_ne!(finding(&f, "25%").verdict, Verdict::Supported);
}

#[test]
fn one_sides_share_of_a_tally_is_worked_out() {
    // Written for this test: the source gives the tally, the draft its winning share.
    let c = one_source(
        "corpus/article.md",
        "Members approved a bylaw amendment cutting the board to seven directors by 468 \
         votes to 131, well above the two-thirds majority required.\n",
    );
    let e = Engine::new(&c);
    let draft =
        |share: &str| format!("Ballot vote on the bylaw: 468 for, 131 against ({share}). Carried.");
    let f = e.check_text(&draft("78.1%"), Format::Markdown);
    let share = finding(&f, "78.1%");
    assert_eq!(share.verdict, Verdict::Supported, "{share:#?}");
    let f = e.check_text(&draft("71.8%"), Format::Markdown);
    assert_ne!(finding(&f, "71.8%").verdict, Verdict::Supported);
}

#[test]
fn a_fraction_of_two_values_the_draft_states_holds_across_sources() {
    // Written for this test: each value is in its own source; the draft divides them.
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/article.md".into(),
            text: "Dairy farmer Anika Sorensen, 38, who milks 180 cows near Caddo, said the \
                   drop in the milk price cost her family about $15,000 last year.\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/report.md".into(),
            text: "The 64 member dairies shipped 412.5 million pounds of milk. The average \
                   herd grew to 373 cows from 331.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let draft = |share: &str| {
        format!(
            "Anika Sorensen, 38, milks 180 cows near Caddo, less than {share} the average \
             member herd of 373."
        )
    };
    let f = e.check_text(&draft("half"), Format::Markdown);
    let half = finding(&f, "half");
    assert_eq!(half.verdict, Verdict::Supported, "{half:#?}");
    let f = e.check_text(&draft("a third of"), Format::Markdown);
    assert_ne!(finding(&f, "a third").verdict, Verdict::Supported);
}

/// "$350,000 under the next": a preposition right after the figure says it is a gap, so
/// the arithmetic on the two bids its sentence and the source state backs it.
#[test]
fn an_amount_under_another_is_their_gap() {
    // Written for this test: an authority's roof bids.
    let c = one_source(
        "corpus/minutes.md",
        "Three bids were opened on March 31: Thale & Sons Roofing, $5,860,000; Corbin \
         Restoration, $6,210,000; and Ardmore Building Co., $6,740,000.",
    );
    let e = Engine::new(&c);
    supported_as_expected(
        &e,
        &[
            (
                "The board took the lowest of three roof bids, $5.86 million from Thale & \
                 Sons, $350,000 under the next.",
                "$350,000",
                true,
            ),
            (
                "The board took the lowest of three roof bids, $5.86 million from Thale & \
                 Sons, $450,000 under the next.",
                "$450,000",
                false,
            ),
        ],
        "350",
    );
}
