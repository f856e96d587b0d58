//! Times of day end to end: a time in a draft is supported by the same time in a source,
//! contradicted by the source's time for the same event, and "at 6:55" without am or pm
//! agrees with either half of the day. The source is written for this test.

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const TIMETABLE: &str = "\
The Bedford service leaves the main station at 1:34 PM and arrives in Bedford at 6:55 PM.
The morning ferry to Harlan Island departs at 7:10 a.m. every day.
The night bus leaves the depot at 11:45.
Jo: When shall we meet? Sam: Let's make it 7.
";

fn verdict(draft: &str, figure: &str) -> (Verdict, Option<String>) {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/timetable.md".into(),
        text: TIMETABLE.into(),
    }])
    .expect("the test corpus indexes");
    let engine = Engine::new(&corpus);
    let findings = engine.check_text(draft, Format::Markdown);
    let f = findings
        .iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"));
    (f.verdict, f.suggestion.clone())
}

#[test]
fn the_same_time_is_supported() {
    let (v, _) = verdict(
        "The Bedford service arrives in Bedford at 6:55 PM.",
        "6:55 PM",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn another_time_for_the_same_event_is_contradicted() {
    let (v, s) = verdict(
        "The Bedford service leaves the main station at 2:34 PM.",
        "2:34 PM",
    );
    assert_eq!(v, Verdict::Contradicted);
    assert_eq!(s.as_deref(), Some("1:34 PM"));
}

#[test]
fn a_time_without_am_or_pm_agrees_with_either_half_of_the_day() {
    let (v, _) = verdict("The night bus leaves the depot at 11:45 PM.", "11:45 PM");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_time_is_never_evidence_for_a_count() {
    let (v, _) = verdict("The ferry to Harlan Island carries 710 people.", "710");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn a_bare_hour_supports_a_time_on_that_hour_and_contradicts_nothing() {
    let (v, _) = verdict("Jo and Sam make it 7 pm.", "7 pm");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict("Jo and Sam make it 8 pm.", "8 pm");
    assert_ne!(v, Verdict::Contradicted);
}

#[test]
fn a_count_on_the_hour_in_minutes_is_no_bare_hour() {
    // 420 is seven hours in minutes, but a count of 420 is not the source's "7".
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/timetable.md".into(),
        text: TIMETABLE.into(),
    }])
    .expect("the test corpus indexes");
    let engine = Engine::new(&corpus);
    let claim = figcheck_claims::parse("Jo Sam = 420").expect("a claim");
    let (_, considered) = engine.explain(&claim);
    assert!(!considered.is_empty());
    for c in &considered {
        assert!(
            !c.features.exact,
            "{:?} is no exact match for 420",
            c.evidence
        );
    }
}
