//! Evidence → verdicts.

use figcheck_claims::Claim;
use figcheck_corpus::Corpus;
use figcheck_figures::{Figure, LineIndex, Position};
use serde::{Deserialize, Serialize};

use crate::evidence::{Attribution, Candidate, Evidence, Prepared, candidates};

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
        let suggestion = match (outcome.verdict, outcome.source_value) {
            (Verdict::Contradicted, Some(v)) => Some(figure.quantity.render(v)),
            _ => None,
        };
        Finding {
            start: index.position(text, figure.start),
            end: index.position(text, figure.end),
            figure,
            claim,
            verdict: outcome.verdict,
            suggestion,
            evidence: outcome.evidence,
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
        .filter(|c| c.agrees && c.score >= SUPPORT_THRESHOLD)
        .collect();
    if !support.is_empty() {
        return Outcome {
            verdict: Verdict::Supported,
            evidence: evidence(&support),
            source_value: None,
        };
    }
    let against: Vec<&Candidate> = found
        .iter()
        .filter(|c| !c.agrees)
        .filter(|c| match c.attribution {
            Attribution::Anchored => c.score >= CONTRADICT_THRESHOLD,
            Attribution::Unnamed => c.score >= UNNAMED_CONTRADICT_THRESHOLD,
            Attribution::Mentioned => false,
        })
        .collect();
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
