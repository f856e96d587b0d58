//! The check engine: figures → claims → evidence → verdicts.
//!
//! For each figure in a draft the engine states a [`Claim`] (what the figure says, in the
//! claim language), gathers [`Evidence`] from the corpus, and gives a [`Verdict`]. The
//! engine does no I/O of its own: it is handed a loaded [`Corpus`] and draft text.

mod claim_of;
mod evidence;
mod verdict;

pub use evidence::Evidence;
pub use verdict::{Finding, Outcome, Verdict};

use figcheck_claims::Claim;
use figcheck_corpus::Corpus;
use figcheck_figures::{Format, LineIndex};

/// Checks drafts and claims against one corpus.
pub struct Engine<'c> {
    corpus: &'c Corpus,
}

impl<'c> Engine<'c> {
    pub fn new(corpus: &'c Corpus) -> Self {
        Engine { corpus }
    }

    /// Every figure in `text`, each with its claim, verdict and evidence, in text order.
    pub fn check_text(&self, text: &str, format: Format) -> Vec<Finding> {
        let index = LineIndex::new(text);
        figcheck_figures::extract(text, format)
            .into_iter()
            .map(|figure| {
                let claim = claim_of::claim_of(text, &figure);
                let outcome = self.evaluate(&claim);
                Finding::new(text, &index, figure, claim, outcome)
            })
            .collect()
    }

    /// Evaluates one claim against the corpus.
    pub fn evaluate(&self, claim: &Claim) -> Outcome {
        verdict::evaluate(self.corpus, claim)
    }
}
