//! Claims written by people (`figcheck query`, `.claims` files) reported like draft figures.
//!
//! A claim is turned into a [`Finding`] whose "figure" is the claim's quantity as written
//! on its line, so the printers need no second code path: a claims file reads exactly
//! like a draft, caret under the number.

use std::ops::Range;
use std::path::Path;

use anyhow::{Result, anyhow, bail};
use figcheck_check::{Engine, Finding, Verdict};
use figcheck_claims::{Claim, ClaimLine, parse, parse_claims_file};
use figcheck_figures::{Figure, LineIndex};

/// The name a `query` claim is reported under.
pub const QUERY_PATH: &str = "<query>";

pub fn is_claims_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "claims")
}

/// Parses a claim given on the command line; the error shows the claim with a caret.
pub fn parse_query(claim: &str) -> Result<Claim> {
    parse(claim).map_err(|e| anyhow!("{}", e.render(claim)))
}

/// Evaluates a claim given on the command line, reported as line 1 of the claim itself.
pub fn query_finding(engine: &Engine<'_>, text: &str, claim: Claim) -> Finding {
    let index = LineIndex::new(text);
    let span = claim_span(text, &index, 1, &claim);
    finding(engine, text, &index, span, claim)
}

/// Parses every claim of a claims file. Every line that does not parse is reported on
/// stderr (as `path:line:column: expected …`, with the line and a caret) before failing.
pub fn parse_file(path: &str, text: &str) -> Result<Vec<ClaimLine>> {
    let index = LineIndex::new(text);
    let mut claims = Vec::new();
    let mut errors = 0;
    for parsed in parse_claims_file(text) {
        match parsed {
            Ok(line) => claims.push(line),
            Err(e) => {
                errors += 1;
                let line = index.line_text(text, e.line).unwrap_or("");
                let error = &e.error;
                // The parser's own rendering starts with "column N: …"; keep only its
                // source line and caret under our `path:line:col` heading.
                let rendered = error.render(line);
                let snippet = rendered.split_once('\n').map_or("", |(_, rest)| rest);
                eprintln!(
                    "error: {path}:{}:{}: expected {}, found {}\n{snippet}",
                    e.line, error.column, error.expected, error.found
                );
            }
        }
    }
    if errors > 0 {
        let noun = if errors == 1 { "line" } else { "lines" };
        bail!("{path}: {errors} {noun} could not be read as claims");
    }
    Ok(claims)
}

/// Evaluates the claims parsed from `text`, one finding per claim, in line order.
pub fn check_claims(engine: &Engine<'_>, text: &str, claims: Vec<ClaimLine>) -> Vec<Finding> {
    let index = LineIndex::new(text);
    claims
        .into_iter()
        .map(|c| {
            let span = claim_span(text, &index, c.line, &c.claim);
            finding(engine, text, &index, span, c.claim)
        })
        .collect()
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

/// Evaluates `claim` and states the result as a finding at bytes `span` of `text`.
fn finding(
    engine: &Engine<'_>,
    text: &str,
    index: &LineIndex,
    span: Range<usize>,
    claim: Claim,
) -> Finding {
    let outcome = engine.evaluate(&claim);
    let suggestion = match (outcome.verdict, outcome.source_value) {
        (Verdict::Contradicted, Some(v)) => Some(claim.quantity.render(v)),
        _ => None,
    };
    Finding {
        figure: Figure {
            start: span.start,
            end: span.end,
            text: text.get(span.clone()).unwrap_or_default().to_owned(),
            quantity: claim.quantity.clone(),
        },
        start: index.position(text, span.start),
        end: index.position(text, span.end),
        claim,
        verdict: outcome.verdict,
        suggestion,
        evidence: outcome.evidence,
        derivation: outcome.derivation,
        considered: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn claims_files_are_recognised_by_extension() {
        assert!(is_claims_file(Path::new("facts.claims")));
        assert!(!is_claims_file(Path::new("facts.md")));
        assert!(!is_claims_file(Path::new("claims")));
    }
}
