//! Hand-built findings for the printer's tests, so they need no corpus or engine.

use figcheck_check::{Evidence, Finding, Unused, Verdict};
use figcheck_claims::{Claim, Comparison, Term};
use figcheck_figures::{Figure, Kind, LineIndex, Quantity, Style};

use crate::FileReport;

/// A `terms = quantity` claim, built directly so the tests need no claim parser.
pub(crate) fn claim(terms: &[&str], q: &Quantity) -> Claim {
    Claim {
        terms: terms
            .iter()
            .map(|t| Term {
                text: (*t).to_owned(),
                quoted: t.contains(' '),
                excluded: false,
            })
            .collect(),
        comparison: Comparison::Eq,
        quantity: q.clone(),
        tolerance: None,
        scope: None,
        counted: Vec::new(),
        partner: None,
        reached: false,
        dated: None,
        dateline: false,
        companions: Vec::new(),
        earlier: Vec::new(),
    }
}

/// A count written with a comma separator ("31,600").
pub(crate) fn count(value: f64, unit: Option<&str>) -> Quantity {
    Quantity {
        value,
        kind: Kind::Number,
        unit: unit.map(str::to_owned),
        per: None,
        precision: 1.0,
        hedge: None,
        upper: None,
        style: Style {
            separator: Some(','),
            ..Style::default()
        },
    }
}

/// A count written with a scale word ("70-billion").
pub(crate) fn scaled(value: f64, scale: &str, unit: Option<&str>) -> Quantity {
    Quantity {
        precision: 1e9,
        style: Style {
            scale: Some(scale.to_owned()),
            ..Style::default()
        },
        ..count(value, unit)
    }
}

/// A finding for the first occurrence of `figure` in `text`.
pub(crate) fn finding(
    text: &str,
    figure: &str,
    q: Quantity,
    claim_terms: &[&str],
    verdict: Verdict,
    suggestion: Option<&str>,
    evidence: Vec<Evidence>,
) -> Finding {
    let start = text.find(figure).expect("test figure is in its text");
    let end = start + figure.len();
    let index = LineIndex::new(text);
    Finding {
        figure: Figure {
            start,
            end,
            text: figure.to_owned(),
            quantity: q.clone(),
        },
        start: index.position(text, start),
        end: index.position(text, end),
        claim: claim(claim_terms, &q),
        verdict,
        suggestion: suggestion.map(str::to_owned),
        evidence,
        derivation: None,
        disagreeing: Vec::new(),
        considered: Vec::new(),
    }
}

pub(crate) fn robots_evidence() -> Evidence {
    Evidence {
        source: "corpus/003_57944011cd868486.txt".to_owned(),
        line: 27,
        column: 17,
        place: None,
        start: 1234,
        end: 1240,
        quote: "Korea installed 30,600 industrial robots, fourth globally behind China \
                (295,000), Japan (44,500) and the United States (34,200)."
            .to_owned(),
        text: "30,600".to_owned(),
        value: 30600.0,
        date: None,
    }
}

pub(crate) const ROBOTS_DRAFT: &str = "# Robots\n\
\n\
Korea installed 31,600 industrial robots last year.\n\
한국 🤖 로봇 설치 31,600대 and 70-billion parameters.\n\
\tDensity:\t1,012 robots per 10,000 workers.\n";

/// A draft with one contradicted, one unsupported (after Korean text and an emoji) and
/// one supported figure (after tabs).
pub(crate) fn robots_report() -> FileReport {
    let text = ROBOTS_DRAFT;
    let line4 = text.find("한국").expect("line 4");
    let korean = &text[line4..];
    let mut contradicted_again = finding(
        korean,
        "31,600",
        count(31600.0, None),
        &["Korea", "installed"],
        Verdict::Contradicted,
        Some("30,600"),
        vec![robots_evidence()],
    );
    shift(&mut contradicted_again, text, line4);
    let mut unsupported = finding(
        korean,
        "70-billion",
        scaled(7e10, "-billion", Some("parameters")),
        &["Korea"],
        Verdict::Unsupported,
        None,
        vec![],
    );
    shift(&mut unsupported, text, line4);
    FileReport::new(
        "drafts/robots.md",
        text,
        vec![
            finding(
                text,
                "31,600",
                count(31600.0, Some("robots")),
                &["Korea", "installed"],
                Verdict::Contradicted,
                Some("30,600"),
                vec![robots_evidence()],
            ),
            contradicted_again,
            unsupported,
            finding(
                text,
                "1,012",
                count(1012.0, Some("robots")),
                &["Korea", "robot density"],
                Verdict::Supported,
                None,
                vec![robots_evidence()],
            ),
        ],
    )
}

/// A stale `figcheck-ignore` comment on the (empty) line 2 of [`ROBOTS_DRAFT`].
pub(crate) fn unused_comment() -> Unused {
    let at = |column| figcheck_figures::Position {
        byte: ROBOTS_DRAFT.find('\n').unwrap_or(0) + 1,
        line: 2,
        column,
        utf16_column: column,
    };
    Unused {
        span: 9..9,
        start: at(1),
        end: at(1),
        comment: "<!-- figcheck-ignore 77 -->".to_owned(),
        message: "suppresses nothing: no reported figure `77` on line 3".to_owned(),
    }
}

/// Moves a finding built on a suffix of `text` (starting at byte `offset`) onto `text`.
fn shift(f: &mut Finding, text: &str, offset: usize) {
    let index = LineIndex::new(text);
    f.figure.start += offset;
    f.figure.end += offset;
    f.start = index.position(text, f.figure.start);
    f.end = index.position(text, f.figure.end);
}
