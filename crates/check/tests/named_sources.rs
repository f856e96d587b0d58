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

/// Sources that date themselves (`date:` in their front matter) settle a disagreement:
/// the newest value is the one a draft is held to, on both paths.
#[test]
fn the_newest_dated_source_decides_between_sources_that_disagree() {
    let docs = vec![
        doc(
            "archive/2023.md",
            "---\ndate: 2023-06-01\n---\n\nKorea installed 31,716 industrial robots last year.\n",
        ),
        doc(
            "reports/2024.md",
            "---\ndate: 2024-06-01\n---\n\nKorea installed 30,600 industrial robots last year.\n",
        ),
    ];
    let corpus = Corpus::from_docs(docs).expect("corpus");
    for limit in [usize::MAX, 0] {
        let engine = Engine::new(&corpus).with_exhaustive_limit(limit);
        let check = |draft: &str| {
            engine
                .check_text(draft, Format::Markdown)
                .into_iter()
                .next()
                .expect("a finding")
        };
        // The stale value: contradicted by the newest source, which gives the correction.
        let stale = check("Korea installed 31,716 industrial robots last year.\n");
        assert_eq!(stale.verdict, Verdict::Contradicted, "limit {limit}");
        assert_eq!(stale.suggestion.as_deref(), Some("30,600"), "limit {limit}");
        assert!(stale.newest_decides(), "limit {limit}");
        assert_eq!(stale.evidence[0].date_text().as_deref(), Some("2024-06-01"));
        assert_eq!(stale.disagreeing[0].source, "archive/2023.md");
        // The newest value: supported, the older source beside it.
        let current = check("Korea installed 30,600 industrial robots last year.\n");
        assert_eq!(current.verdict, Verdict::Supported, "limit {limit}");
        assert_eq!(current.evidence[0].source, "reports/2024.md");
        // A value neither states: contradicted, with the newest value as the correction.
        let wrong = check("Korea installed 12,345 industrial robots last year.\n");
        assert_eq!(wrong.verdict, Verdict::Contradicted, "limit {limit}");
        assert_eq!(wrong.suggestion.as_deref(), Some("30,600"), "limit {limit}");
    }
}
