//! Evidence → verdicts.

use figcheck_claims::Claim;
use figcheck_corpus::Corpus;
use figcheck_figures::{Figure, LineIndex, Position};
use serde::{Deserialize, Serialize};

use crate::evidence::{Agreement, Attribution, Candidate, Evidence, Prepared, candidates};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A source states the figure (allowing for the writer's precision and hedge).
    Supported,
    /// A source gives another value for the same entity and measure.
    Contradicted,
    /// Nothing in the sources bears on the figure.
    Unsupported,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unsupported => "unsupported",
        }
    }
}

/// The result of evaluating one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Best evidence first. Empty for unsupported claims.
    pub evidence: Vec<Evidence>,
    /// For contradicted claims: the source's value in base units.
    pub source_value: Option<f64>,
}

/// One draft figure with its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub figure: Figure,
    pub start: Position,
    pub end: Position,
    pub claim: Claim,
    pub verdict: Verdict,
    /// For contradicted figures: the source's value written the way the draft writes it.
    pub suggestion: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Finding {
    pub(crate) fn new(
        text: &str,
        index: &LineIndex,
        figure: Figure,
        claim: Claim,
        outcome: Outcome,
    ) -> Self {
        let mut verdict = outcome.verdict;
        let suggestion = match (outcome.verdict, outcome.source_value) {
            (Verdict::Contradicted, Some(v)) => {
                let written = figure.quantity.render(v);
                // A source value that writes exactly as the draft's figure differs only
                // below the writer's precision or in its hedge: no correction to offer.
                if written == figure.text {
                    verdict = Verdict::Unsupported;
                    None
                } else {
                    Some(written)
                }
            }
            _ => None,
        };
        Finding {
            start: index.position(text, figure.start),
            end: index.position(text, figure.end),
            figure,
            claim,
            verdict,
            suggestion,
            evidence: if verdict == Verdict::Unsupported {
                Vec::new()
            } else {
                outcome.evidence
            },
        }
    }
}

/// How surely a source figure must measure the same thing as a claim before its value
/// counts. Agreement needs less than contradiction: a matching value is itself a sign
/// that the two figures are the same, while a different value is only a contradiction
/// if the source is plainly about the same entity and measure.
pub const SUPPORT_THRESHOLD: f32 = 0.2;
pub const CONTRADICT_THRESHOLD: f32 = 0.4;
/// A claim that names nobody must match the measure words more closely to be contradicted.
pub const UNNAMED_CONTRADICT_THRESHOLD: f32 = 0.6;
/// At most this many pieces of evidence are reported per claim.
const MAX_EVIDENCE: usize = 3;

pub(crate) fn evaluate(
    corpus: &Corpus,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Outcome {
    let found = candidates(corpus, prepared, claim, exhaustive_limit);
    let figures = corpus.figures();
    let evidence = |cs: &[&Candidate]| -> Vec<Evidence> {
        cs.iter()
            .take(MAX_EVIDENCE)
            .map(|c| Evidence::of(&figures[c.index]))
            .collect()
    };
    let support: Vec<&Candidate> = found
        .iter()
        .filter(|c| c.agreement == Agreement::Agrees && c.score >= SUPPORT_THRESHOLD)
        .collect();
    let against: Vec<&Candidate> = found
        .iter()
        .filter(|_| !is_plan(claim))
        .filter(|c| c.agreement == Agreement::Disagrees)
        .filter(|c| plausible_slip(&claim.quantity, &figures[c.index].quantity))
        .filter(|c| match c.attribution {
            Attribution::Anchored => c.score >= CONTRADICT_THRESHOLD,
            Attribution::Unnamed => c.score >= UNNAMED_CONTRADICT_THRESHOLD,
            Attribution::Mentioned | Attribution::Unanchored => false,
        })
        .collect();
    // Support wins unless a clearly better match for the same thing says otherwise:
    // "number two" is not supported by "the second straight year" when the ranking
    // sentence says "number three".
    let supported = match (support.first(), against.first()) {
        // One sentence giving both values ("climbed to 18th … from 25th") is about a
        // change, and the draft's value is one of its ends.
        (Some(s), Some(a)) if figures[s.index].sentence == figures[a.index].sentence => true,
        (Some(s), Some(a)) => s.score + PREFER_SUPPORT_MARGIN >= a.score,
        (Some(_), None) => true,
        _ => false,
    };
    if supported {
        return Outcome {
            verdict: Verdict::Supported,
            evidence: evidence(&support),
            source_value: None,
        };
    }
    if let Some(best) = against.first() {
        return Outcome {
            verdict: Verdict::Contradicted,
            evidence: evidence(&against),
            source_value: Some(figures[best.index].quantity.value),
        };
    }
    Outcome {
        verdict: Verdict::Unsupported,
        evidence: Vec::new(),
        source_value: None,
    }
}

/// Whether a claim is about intentions rather than facts ("plans to add 15,000
/// robots"): a source's past figure does not contradict a plan.
fn is_plan(claim: &Claim) -> bool {
    claim.words().iter().any(|w| {
        matches!(
            w.as_str(),
            "plan"
                | "plans"
                | "planned"
                | "planning"
                | "expect"
                | "expects"
                | "expected"
                | "aim"
                | "aims"
                | "target"
                | "targets"
                | "forecast"
                | "forecasts"
                | "projected"
                | "intends"
                | "hopes"
                | "goal"
                | "wants"
        )
    })
}

/// How much better a contradicting match must be than an agreeing one to win.
const PREFER_SUPPORT_MARGIN: f32 = 0.1;

/// Whether a writer could plausibly have meant the source's value: a slip of a digit
/// stays within a factor of ten or so, a slip of a scale word (million for billion)
/// within a factor of 1,000. A rate of 6.95 is not a mistaken 295,000, nor is the
/// United States' 50 notable models a mistaken 44,500 robots: they are other measures.
fn plausible_slip(
    claimed: &figcheck_figures::Quantity,
    source: &figcheck_figures::Quantity,
) -> bool {
    let (a, b) = (claimed.value.abs(), source.value.abs());
    if a == 0.0 || b == 0.0 {
        return true;
    }
    let ratio = if a > b { a / b } else { b / a };
    let scaled = claimed.style.scale.is_some() || source.style.scale.is_some();
    let limit = if scaled { 1000.0 } else { 12.0 };
    ratio <= limit + 1e-9
}
