//! Verdicts: whether the evidence supports a claim.

use figcheck_claims::Claim;
use figcheck_corpus::Corpus;
use figcheck_figures::{Figure, LineIndex, Position};
use serde::{Deserialize, Serialize};

use crate::evidence::Evidence;

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

pub(crate) fn evaluate(_corpus: &Corpus, _claim: &Claim) -> Outcome {
    todo!("attribution engine: being written")
}
