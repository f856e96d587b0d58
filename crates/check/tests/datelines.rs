//! Datelines end to end: the day in "HALVERTON, Dec. 1 —" is the day the story was filed.
//! A source dated that day which reports the story backs it; a date inside a source never
//! contradicts it. The sources are written for this test.

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn corpus() -> Corpus {
    Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/release.md".into(),
            text: "Halverton Symphony Orchestra\nNews release\nTuesday, December 1, 2026\n\n\
                   The orchestra today opened the public phase of a $48 million campaign. \
                   The hall closes on November 21 for two seasons."
                .into(),
        },
        SourceDoc {
            path: "corpus/article.md".into(),
            text: "The Halverton Courier\nThursday, December 3, 2026\n\n\
                   Musicians in Halverton ratified a contract worth $2.1 million. Kessford \
                   has the state's largest orchestra."
                .into(),
        },
        // plain text: the sender's line runs on into the dateline's sentence, and the
        // town is named only in a sentence with no figure
        SourceDoc {
            path: "corpus/court-release.txt".into(),
            text: "NEWS RELEASE\n\
                   Carrick County Board of Supervisors and Carrick County Superior Court\n\
                   Wednesday, February 11, 2026\n\n\
                   The board voted on Tuesday to build an $84.6 million courthouse.\n\n\
                   It stands on a parking lot in downtown Wendover.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes")
}

fn finding(draft: &str, figure: &str) -> Finding {
    let corpus = corpus();
    Engine::new(&corpus)
        .check_text(draft, Format::Markdown)
        .into_iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
}

#[test]
fn a_dateline_is_backed_by_the_source_dated_that_day() {
    let f = finding(
        "HALVERTON, Dec. 1 — The orchestra opened a $48 million campaign.",
        "Dec. 1",
    );
    assert!(f.claim.dateline);
    assert_eq!(f.verdict, Verdict::Supported);
    assert_eq!(
        f.derivation.as_deref(),
        Some("a source is dated December 1, 2026")
    );
}

#[test]
fn a_dateline_with_a_wire_credit_is_backed_by_a_release_dated_below_its_sender() {
    let f = finding(
        "WENDOVER, Feb. 11 (State News Service) — The county will build an $84.6 million \
         courthouse.",
        "Feb. 11",
    );
    assert!(f.claim.dateline);
    assert_eq!(f.verdict, Verdict::Supported);
    assert_eq!(
        f.derivation.as_deref(),
        Some("a source is dated February 11, 2026")
    );
}

#[test]
fn no_date_inside_a_source_contradicts_a_dateline() {
    // the release's November 21 is the day the hall closes, not the day of this story
    let f = finding(
        "HALVERTON, Nov. 22 — The hall closes for two seasons.",
        "Nov. 22",
    );
    assert_eq!(f.verdict, Verdict::Unsupported);
    assert_eq!(f.suggestion, None);
}

#[test]
fn a_story_the_source_of_that_day_does_not_report_is_not_backed() {
    // the article of December 3 mentions Kessford, not its $19 million budget
    let f = finding(
        "KESSFORD, Dec. 3 — The Kessford orchestra set a $19 million budget.",
        "Dec. 3",
    );
    assert_ne!(f.verdict, Verdict::Supported);
}

#[test]
fn the_same_day_in_a_sentence_is_no_dateline() {
    let f = finding(
        "The orchestra opened its campaign on Dec. 1 in Halverton.",
        "Dec. 1",
    );
    assert!(!f.claim.dateline);
}

/// Minutes headed "Thursday, December 11, 2025" record what was done that day: "On Dec.
/// 11 the commission voted 6-0" is stated by their "Approved 6-0.", though no sentence
/// of theirs holds the day. A newspaper dated the day after a meeting, its headline
/// naming the meeting, dates nothing it reports.
#[test]
fn minutes_date_what_they_record_and_a_report_of_a_meeting_does_not() {
    let corpus = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/minutes.txt".into(),
            text: "BRENNOCK PARKS AND FORESTRY COMMISSION\n\
                   Minutes of the regular meeting\n\
                   Thursday, December 11, 2025, 6:30 p.m., Council Chambers\n\n\
                   Commissioner Voss moved a resolution naming the grove of 120 bur oaks \
                   the Lindahl Grove; Commissioner Qadri seconded. Approved 6-0.\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/register.txt".into(),
            text: "Co-op members shrink board; new elevator dominates meeting\n\n\
                   Friday, December 5, 2025\n\n\
                   A crowd of 612 members filled the civic center on Thursday for the \
                   annual meeting, and voted 318 to 247 to shrink the board.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&corpus);
    let day = |draft: &str, figure: &str| {
        e.check_text(draft, Format::Plain)
            .into_iter()
            .find(|f| f.figure.text == figure)
            .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
    };
    let f = day(
        "On Dec. 11 the commission voted 6-0 to name the 120 oaks the Lindahl Grove.",
        "Dec. 11",
    );
    assert_eq!(f.verdict, Verdict::Supported, "{f:#?}");
    let f = day(
        "On Dec. 10 the commission voted 6-0 to name the 120 oaks the Lindahl Grove.",
        "Dec. 10",
    );
    assert_ne!(f.verdict, Verdict::Supported, "{f:#?}");
    let f = day(
        "On December 5 the members voted 318 to 247 to shrink the board.",
        "December 5",
    );
    assert_ne!(f.verdict, Verdict::Supported, "{f:#?}");
}

/// "The Halverton Courier reported on Dec. 3 that…": the day a paper reported the
/// draft's figures is backed by that paper's story of that day, which states one of them,
/// as a dateline's day is; another day is not.
#[test]
fn the_day_a_paper_reported_the_figures_is_the_day_of_its_story() {
    let draft = |day: &str| {
        format!(
            "The Halverton Courier reported on {day} that musicians in Halverton ratified a \
             contract worth $2.1 million."
        )
    };
    let f = finding(&draft("Dec. 3"), "Dec. 3");
    assert_eq!(f.verdict, Verdict::Supported, "{f:#?}");
    let f = finding(&draft("Dec. 5"), "Dec. 5");
    assert_ne!(f.verdict, Verdict::Supported, "{f:#?}");
    // nor when the paper is not the one that reported them
    let f = finding(
        "The Wendover Ledger reported on Dec. 3 that musicians in Halverton ratified a \
         contract worth $2.1 million.",
        "Dec. 3",
    );
    assert_ne!(f.verdict, Verdict::Supported, "{f:#?}");
}
