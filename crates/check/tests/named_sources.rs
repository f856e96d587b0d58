//! A draft that names its sources in front matter is checked against them alone: an
//! archive around them that restates the same measures with other values changes no
//! verdict, on the exhaustive path and on the index path alike (issue 10).

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn doc(path: &str, text: &str) -> SourceDoc {
    SourceDoc {
        path: path.into(),
        text: text.into(),
    }
}

const SOURCES: [(&str, &str); 2] = [
    (
        "sources/robots.txt",
        "Korea installed 31,600 industrial robots last year, fourth globally. \
         Japan installed 44,500 robots.",
    ),
    (
        "sources/models.txt",
        "LG's K-EXAONE scores 32 on the Intelligence Index.",
    ),
];

/// The archive: the same sentences with other values, many times over.
fn archive(n: usize) -> Vec<SourceDoc> {
    (0..n)
        .map(|i| {
            doc(
                &format!("archive/{i:04}.txt"),
                &format!(
                    "Korea installed {} industrial robots last year, fourth globally. \
                     LG's K-EXAONE scores {} on the Intelligence Index. \
                     Korea also built {} drones.",
                    20_000 + 97 * i,
                    10 + i % 40,
                    1_000 + 13 * i
                ),
            )
        })
        .collect()
}

const BODY: &str = "Korea installed 31,600 industrial robots last year. \
     Japan installed 45,000 robots. LG's K-EXAONE scores 32 on the Intelligence Index. \
     Korea also built 7,777 drones.\n";

fn verdicts(corpus: &Corpus, draft: &str, exhaustive_limit: usize) -> Vec<(String, Verdict)> {
    Engine::new(corpus)
        .with_exhaustive_limit(exhaustive_limit)
        .check_text(draft, Format::Markdown)
        .into_iter()
        .map(|f| (f.figure.text.clone(), f.verdict))
        .collect()
}

#[test]
fn an_archive_changes_no_verdict_of_a_draft_naming_its_sources() {
    let named = format!("---\nsources: [\"sources/*\"]\n---\n\n{BODY}");
    let alone: Vec<SourceDoc> = SOURCES.iter().map(|(p, t)| doc(p, t)).collect();
    let alone = Corpus::from_docs(alone).expect("corpus");
    let expected = verdicts(&alone, &named, usize::MAX);
    assert_eq!(
        expected,
        [
            ("31,600".to_string(), Verdict::Supported),
            ("45,000".to_string(), Verdict::Contradicted),
            ("32".to_string(), Verdict::Supported),
            ("7,777".to_string(), Verdict::Unsupported),
        ]
    );
    let mut docs = archive(300);
    docs.extend(SOURCES.iter().map(|(p, t)| doc(p, t)));
    let with_archive = Corpus::from_docs(docs).expect("corpus");
    for limit in [usize::MAX, 0] {
        assert_eq!(
            verdicts(&with_archive, &named, limit),
            expected,
            "limit {limit}"
        );
    }
}

#[test]
fn the_claim_of_a_draft_naming_its_sources_carries_them_as_its_scope() {
    let corpus =
        Corpus::from_docs(SOURCES.iter().map(|(p, t)| doc(p, t)).collect()).expect("corpus");
    let engine = Engine::new(&corpus);
    let two = format!("---\nsources:\n  - sources/robots.txt\n  - models.txt\n---\n\n{BODY}");
    let findings = engine.check_text(&two, Format::Markdown);
    let claim = &findings[0].claim;
    assert_eq!(
        claim.scope.as_deref(),
        Some("{sources/robots.txt,models.txt}")
    );
    // The claim shown reproduces the verdict through the claim language.
    let again = figcheck_claims::parse(&claim.to_string()).expect("claim parses");
    assert_eq!(engine.evaluate(&again).verdict, findings[0].verdict);
    // Only the named sources answer: the models file is named by file name alone.
    assert_eq!(findings[2].verdict, Verdict::Supported);
    let robots_only = format!("---\nsources: sources/robots.txt\n---\n\n{BODY}");
    let findings = engine.check_text(&robots_only, Format::Markdown);
    assert_eq!(findings[2].verdict, Verdict::Unsupported);
}

/// What the test above guards against: without naming its sources, the same draft's
/// verdicts do change with the archive around them.
#[test]
fn the_archive_does_change_verdicts_of_a_draft_naming_none() {
    let alone =
        Corpus::from_docs(SOURCES.iter().map(|(p, t)| doc(p, t)).collect()).expect("corpus");
    let mut docs = archive(300);
    docs.extend(SOURCES.iter().map(|(p, t)| doc(p, t)));
    let with_archive = Corpus::from_docs(docs).expect("corpus");
    let expected = verdicts(&alone, BODY, usize::MAX);
    assert_ne!(verdicts(&with_archive, BODY, 0), expected);
}

/// Without named sources, what the archive changes is said as a disagreement: a figure
/// no source states gets every value the equally probable sources give, each with its
/// place, and no one of them as the correction; a figure one source states is still
/// supported, with the sources that say otherwise beside it.
#[test]
fn without_named_sources_the_archive_shows_as_sources_that_disagree() {
    let mut docs = archive(300);
    docs.extend(SOURCES.iter().map(|(p, t)| doc(p, t)));
    let with_archive = Corpus::from_docs(docs).expect("corpus");
    for limit in [usize::MAX, 0] {
        let findings = Engine::new(&with_archive)
            .with_exhaustive_limit(limit)
            .check_text(BODY, Format::Markdown);
        let drones = findings
            .iter()
            .find(|f| f.figure.text == "7,777")
            .expect("the drones figure");
        assert_eq!(drones.verdict, Verdict::Contradicted, "limit {limit}");
        assert_eq!(
            drones.suggestion, None,
            "limit {limit}: no single correction"
        );
        assert!(!drones.disagreeing.is_empty(), "limit {limit}");
        let mut values: Vec<f64> = drones
            .evidence
            .iter()
            .take(1)
            .chain(&drones.disagreeing)
            .map(|e| e.value)
            .collect();
        let mut sources: Vec<&str> = drones
            .evidence
            .iter()
            .take(1)
            .chain(&drones.disagreeing)
            .map(|e| e.source.as_str())
            .collect();
        values.sort_by(f64::total_cmp);
        values.dedup();
        sources.sort_unstable();
        sources.dedup();
        assert_eq!(
            values.len(),
            1 + drones.disagreeing.len(),
            "distinct values"
        );
        assert_eq!(sources.len(), values.len(), "each in its own source");
        assert!(values.iter().all(|v| *v != 7_777.0));
    }
    // One source alone gives one value: a plain contradiction with its correction.
    let alone = Corpus::from_docs(vec![doc(
        "sources/drones.txt",
        "Korea also built 1,013 drones.",
    )])
    .expect("corpus");
    let findings = Engine::new(&alone).check_text(BODY, Format::Markdown);
    let drones = findings
        .iter()
        .find(|f| f.figure.text == "7,777")
        .expect("the drones figure");
    assert_eq!(drones.suggestion.as_deref(), Some("1,013"));
    assert!(drones.disagreeing.is_empty());
}
