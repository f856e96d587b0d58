//! Lengths of time end to end: a race time in a draft is supported by the same time in a
//! source, contradicted by the source's time for the same runner, never backed by a count
//! that happens to equal its seconds, and a margin between two stated times is worked
//! out. The source is written for this test.

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const RESULTS: &str = "\
# Harbor City Marathon results

Ana Kiprono won the women's race in 2:24:41. Sofia Lemaire was second in 2:25:19, and Jo \
Park third in 2:27:02.

The men's winner, Tomas Reyes, finished in 2:09:55. The race drew 7781 starters.
";

fn finding(draft: &str, figure: &str) -> Finding {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/results.md".into(),
        text: RESULTS.into(),
    }])
    .expect("the test corpus indexes");
    let findings = Engine::new(&corpus).check_text(draft, Format::Markdown);
    findings
        .into_iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
}

#[test]
fn the_same_time_is_supported_in_digits_or_in_words() {
    let f = finding("Kiprono won the women's race in 2:24:41.", "2:24:41");
    assert_eq!(f.verdict, Verdict::Supported);
    let said = "two hours, nine minutes and fifty-five seconds";
    let f = finding(&format!("Reyes won the men's race in {said}."), said);
    assert_eq!(f.verdict, Verdict::Supported);
}

#[test]
fn another_runners_time_is_contradicted_with_the_right_one() {
    let f = finding("Jo Park was third in 2:27:20.", "2:27:20");
    assert_eq!(f.verdict, Verdict::Contradicted);
    assert_eq!(f.suggestion.as_deref(), Some("2:27:02"));
}

#[test]
fn a_time_is_never_backed_by_a_count_of_its_seconds() {
    // 2:09:41 is 7781 seconds, the number of starters
    let f = finding("The men's winner finished in 2:09:41.", "2:09:41");
    assert_ne!(f.verdict, Verdict::Supported);
}

#[test]
fn a_margin_between_two_stated_times_is_derived() {
    let f = finding("The margin between Lemaire and Park was 1:43.", "1:43");
    assert_eq!(f.verdict, Verdict::Supported);
    assert_eq!(f.derivation.as_deref(), Some("2:27:02 − 2:25:19 = 1:43"));
}
