//! Claims written by people (`figcheck query`, `.claims` files) judged like draft figures.
//!
//! A claim becomes a [`Finding`] whose "figure" is the claim's quantity as written on its
//! line, built by the same [`Finding::new`] as a draft's figures, so the same rules apply
//! (a source value that writes exactly as the claim's is no contradiction) and the
//! printers and the language server need no second code path: a claims file reads like a
//! draft, caret under the number.

use std::ops::Range;

use figcheck_claims::{Claim, ClaimLine};
use figcheck_figures::{Figure, LineIndex};

use crate::{Engine, Finding};

impl Engine<'_> {
    /// Judges the claims parsed from a claims file's `text`, one finding per claim, in
    /// line order.
    pub fn check_claims(&self, text: &str, claims: Vec<ClaimLine>) -> Vec<Finding> {
        let index = LineIndex::new(text);
        self.corpus.prefetch(&crate::evidence::lookups_of(
            claims.iter().map(|c| &c.claim),
        ));
        claims
            .into_iter()
            .map(|c| {
                let span = claim_span(text, &index, c.line, &c.claim);
                self.claim_finding(text, &index, span, c.claim)
            })
            .collect()
    }

    /// Judges one claim given on its own (`figcheck query`), reported as line 1 of
    /// `text`, the claim as typed.
    pub fn check_query(&self, text: &str, claim: Claim) -> Finding {
        let index = LineIndex::new(text);
        let span = claim_span(text, &index, 1, &claim);
        self.claim_finding(text, &index, span, claim)
    }

    fn claim_finding(
        &self,
        text: &str,
        index: &LineIndex,
        span: Range<usize>,
        claim: Claim,
    ) -> Finding {
        let outcome = self.evaluate(&claim);
        let figure = Figure {
            start: span.start,
            end: span.end,
            text: text.get(span).unwrap_or_default().to_owned(),
            quantity: claim.quantity.clone(),
        };
        Finding::new(text, index, figure, claim, outcome)
    }
}

/// Where to put the caret for a claim on `line`: under its quantity as the claim writes
/// it, or under the whole line when the quantity cannot be found there.
fn claim_span(text: &str, index: &LineIndex, line: usize, claim: &Claim) -> Range<usize> {
    let start = index.line_start(line).unwrap_or(0);
    let content = index.line_text(text, line).unwrap_or("");
    let written = claim.quantity.render(claim.quantity.value);
    match content.find(&written) {
        Some(at) if !written.is_empty() => start + at..start + at + written.len(),
        _ => {
            let trimmed = content.trim_start();
            let lead = content.len() - trimmed.len();
            start + lead..start + lead + trimmed.trim_end().len()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::parse;

    fn span_of(text: &str, line: usize, claim: &str) -> String {
        let claim = parse(claim).expect("test claim parses");
        let index = LineIndex::new(text);
        let span = claim_span(text, &index, line, &claim);
        text[span].to_owned()
    }

    #[test]
    fn caret_goes_under_the_claimed_quantity() {
        let text = "# robots\n  Korea installed = 31,600 robots # per IFR\n";
        assert_eq!(
            span_of(text, 2, "Korea installed = 31,600 robots"),
            "31,600"
        );
    }

    #[test]
    fn whole_line_when_the_quantity_is_not_on_it() {
        let text = "\tKorea said so  \n";
        assert_eq!(span_of(text, 1, "Korea = 5"), "Korea said so");
    }
}
