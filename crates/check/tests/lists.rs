//! A count of the items a source lists, end to end through the engine: "He suggests four
//! products" from an email that introduces four numbered products with a colon, though no
//! figure in it says four.
//!
//! The email here is written for these tests (a fictional shop and customer).

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const EMAIL: &str = "\
Subject: A tidier office with Shelfwise

Hello Dana,

Here are some of our popular products that I believe would suit your office:

1. Rolling Shelves - from $1,200
Twice the storage of fixed shelves, and they move.

2. Desk Pods - from $799
Built-in drawers keep every desk clear.

3. Smart Lockers - $175 each
Each locker charges a phone.

4. Wall Files - from $299
Five tiers hold what a cabinet holds.

We offer a 15% discount on a first order of $3,000 or more.
";

/// The finding for `figure` in `draft`, checked against one source.
fn finding_in(path: &str, source: &str, draft: &str, figure: &str) -> Finding {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: path.into(),
        text: source.into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&corpus);
    e.check_text(draft, Format::Plain)
        .into_iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
}

fn engine_finding(draft: &str, figure: &str) -> Finding {
    finding_in("corpus/email.txt", EMAIL, draft, figure)
}

#[test]
fn a_count_of_the_items_a_source_lists_is_supported_by_the_list() {
    let found = engine_finding(
        "Shelfwise suggests four products that would suit Dana's office.",
        "four",
    );
    assert_eq!(found.verdict, Verdict::Supported, "{found:?}");
    // the evidence is the line that introduces the list
    assert!(
        found.evidence[0]
            .quote
            .starts_with("Here are some of our popular products"),
        "{found:?}"
    );
    assert_eq!(found.evidence[0].line, 5, "{found:?}");
}

#[test]
fn a_wrong_count_of_the_items_is_contradicted_by_the_list() {
    let found = engine_finding(
        "Shelfwise suggests five products that would suit Dana's office.",
        "five",
    );
    assert_eq!(found.verdict, Verdict::Contradicted, "{found:?}");
    assert_eq!(found.suggestion.as_deref(), Some("four"), "{found:?}");
}

/// "… while Ashby had 41. Together the two zones produced 93": a definite count of the
/// names its paragraph gave before it is borne out by those names, each in the sources;
/// a count of more than the paragraph named is not.
#[test]
fn a_count_of_the_names_its_paragraph_gave_is_supported_by_them() {
    let report = "| Zone | Positive pools |\n|---|---|\n| Ashby | 41 |\n| Corran Delta | 52 |\n\
                  | Feltham | 19 |\n";
    let verdict = |count: &str| {
        let draft = format!(
            "Corran Delta led the county with 52 positive pools, while Ashby had 41. \
             Together the {count} zones produced 93 of them."
        );
        finding_in("corpus/report.md", report, &draft, count).verdict
    };
    assert_eq!(verdict("two"), Verdict::Supported);
    assert_ne!(verdict("three"), Verdict::Supported);
}
