//! Dates end to end: a date written without its year ("on September 30") is stated
//! exactly by the source's "September 30, 2024", as a writer who leaves the year out
//! means it. The sources are written for this test.

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn corpus() -> Corpus {
    Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/annual-report.md".into(),
            text: "The Authority's three reservoirs ended the water year on September 30, 2024, \
                   well below last year's levels.\n\nReservoir storage, September 30, 2024\n\n\
                   Its board next met in August 2025, when it held 33.6 billion gallons."
                .into(),
        },
        SourceDoc {
            path: "corpus/state-release.md".into(),
            text: "Statewide precipitation for the water year that ended September 30 was 61% of \
                   average. Lake Harlan in the Cascade Valley was 45% full on September 30, \
                   compared with a historical average of 68% for the date."
                .into(),
        },
    ])
    .expect("the test corpus indexes")
}

fn verdict(draft: &str, figure: &str) -> Verdict {
    let corpus = corpus();
    let findings = Engine::new(&corpus).check_text(draft, Format::Markdown);
    findings
        .iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {findings:?}"))
        .verdict
}

#[test]
fn a_date_without_its_year_is_stated_by_the_same_date_with_one() {
    assert_eq!(
        verdict(
            "The Authority's three reservoirs held 33.6 billion gallons on September 30, or 46.7% \
             of capacity.",
            "September 30"
        ),
        Verdict::Supported
    );
}

#[test]
fn another_day_is_not() {
    assert_ne!(
        verdict(
            "The Authority's three reservoirs held 33.6 billion gallons on September 3, or 46.7% \
             of capacity.",
            "September 3"
        ),
        Verdict::Supported
    );
}

#[test]
fn a_month_is_stated_by_a_date_in_it_whatever_words_stand_near() {
    // Written for this test.
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/release.md".into(),
        text: "Construction is scheduled to begin on May 4, 2026, and to be completed by \
               October 30, 2027. The main runway will close on about 45 nights, and flights \
               will use the crosswind runway."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let draft = "Late flights will use the crosswind runway over Fairview until October 2027.\n\n\
                 Late flights will use the crosswind runway over Fairview until November 2027.\n";
    let f = e.check_text(draft, Format::Markdown);
    let of = |text: &str| {
        f.iter()
            .find(|x| x.figure.text == text)
            .unwrap_or_else(|| panic!("no {text} in {f:?}"))
            .verdict
    };
    assert_eq!(of("October 2027"), Verdict::Supported, "{f:?}");
    assert_ne!(of("November 2027"), Verdict::Supported, "{f:?}");
}

/// A value written for a year ("58.4% in 2022") is not backed by the same value the
/// source writes for another year when the source gives that year its own value; and a
/// source's only dated value still backs it (the draft's year is then the slip).
#[test]
fn a_value_written_for_a_year_is_that_years_value() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/canvass.md".into(),
        text: "Of the county's 148,620 registered voters, 92,418 cast ballots, a turnout of \
               62.2%. Turnout was 55.8% in 2022 and 58.4% in 2018.\n\nThe airport forecasts \
               2.55 million passengers in 2026."
            .into(),
    }])
    .expect("the test corpus indexes");
    let engine = Engine::new(&corpus);
    let find = |draft: &str, figure: &str| {
        engine
            .check_text(draft, Format::Markdown)
            .into_iter()
            .find(|f| f.figure.text == figure)
            .unwrap_or_else(|| panic!("no figure {figure:?}"))
    };
    let f = find("That's turnout of 62.2%, up from 58.4% in 2022.", "58.4%");
    assert_eq!(f.verdict, Verdict::Contradicted, "{f:?}");
    assert_eq!(f.suggestion.as_deref(), Some("55.8%"));
    let f = find("That's turnout of 62.2%, up from 55.8% in 2022.", "55.8%");
    assert_eq!(f.verdict, Verdict::Supported, "{f:?}");
    let f = find(
        "The airport expects 2.55 million passengers in 2027.",
        "2.55 million",
    );
    assert_eq!(f.verdict, Verdict::Supported, "{f:?}");
}

/// A year copied beside a specific companion ("3,260 … in 2024") is the source's, though
/// the sentence's owner is only guessed from the one before and is another's: "The
/// division planted 3,260 trees …, up from 2,740 in 2024" after a sentence about the
/// master plan. The draft's own slip in 2,740 does not make its year wrong.
#[test]
fn a_year_beside_a_specific_companion_is_the_sources_whoever_its_guessed_owner() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/report.txt".into(),
        text: "Brennock's tree canopy covered 27.4% of the city's land in 2025. The Urban \
               Forest Master Plan, adopted in 2019, sets a goal of 33% by 2040; to reach it, \
               the division estimates the city must plant about 4,500 trees a year.\n\n\
               The division planted 3,260 street and park trees in 2025, up from 2,740 in 2024 \
               and the most in a year since 2011.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&corpus);
    let year = |draft: &str, figure: &str| {
        e.check_text(draft, Format::Plain)
            .into_iter()
            .find(|f| f.figure.text == figure)
            .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
            .verdict
    };
    assert_eq!(
        year(
            "Brennock planted 3,260 trees last year, up from 2,470 in 2024.",
            "2024"
        ),
        Verdict::Supported
    );
    // a year the sentence does not state is not copied from it
    assert_ne!(
        year(
            "Brennock planted 3,260 trees last year, up from 2,470 in 2023.",
            "2023"
        ),
        Verdict::Supported
    );
}

/// A date the source writes without its year says nothing of a draft's year: "the busiest
/// day of 2025" is not corrected to "the source says 505" by "Monday, May 5".
#[test]
fn a_date_without_a_year_does_not_correct_a_year() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/report.md".into(),
        text: "The busiest day of the year was Monday, May 5, when the service centers \
               served 11,860 visitors."
            .into(),
    }])
    .expect("the test corpus indexes");
    let findings = Engine::new(&corpus).check_text(
        "The busiest day of 2025 was Monday, May 5, with 11,860 visitors.",
        Format::Markdown,
    );
    let year = findings
        .iter()
        .find(|f| f.figure.text == "2025")
        .unwrap_or_else(|| panic!("no year in {findings:?}"));
    assert_ne!(year.verdict, Verdict::Contradicted, "{findings:#?}");
}
