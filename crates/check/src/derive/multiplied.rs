//! A count or amount that is another multiplied by a factor a word gives: "wants to
//! double the number of members with rooftop solar, now about 1,200" for "2,400 by 2030",
//! or the draft's own "doubled to 2,400" for a source's 1,200.
//!
//! The word may be the claim's, in any form ("doubled", "doubling"), or the source's
//! beside the operand, but there only as a plan ("double", "triple", "halve"): a
//! source's "doubled to 600" already states the result, and doubling it again would
//! back a wrong 1,200.

use figcheck_claims::Claim;
use figcheck_corpus::Sources;

use super::{Nearest, amount_holds, in_claims_style, says_change, tied, worked_out_amount};
use crate::evidence::Prepared;

/// Words that multiply, in their plain form, and the factor.
const FACTORS: [(&str, f64); 4] = [
    ("double", 2.0),
    ("triple", 3.0),
    ("quadruple", 4.0),
    ("halve", 0.5),
];

/// The factor of the one word of [`FACTORS`] that `says` holds of, if exactly one does:
/// "double or triple" says no factor.
fn the_one_factor(says: impl Fn(&str) -> bool) -> Option<f64> {
    let mut said = FACTORS.iter().filter(|(word, _)| says(word));
    match (said.next(), said.next()) {
        (Some((_, factor)), None) => Some(*factor),
        _ => None,
    }
}

/// The factor a claim's words give, if exactly one does.
fn claims_factor(claim: &Claim) -> Option<f64> {
    the_one_factor(|word| says_change(claim, &[word]))
}

/// The factor a source sentence plans, written before the operand (its first
/// occurrence): "wants to double the number …, now about 1,200".
fn planned_factor(sentence: &str, operand_text: &str) -> Option<f64> {
    let before = sentence.find(operand_text).map_or("", |at| &sentence[..at]);
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    the_one_factor(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

pub(super) fn multiplied(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    if !worked_out_amount(claim) {
        return None;
    }
    let own = claims_factor(claim);
    let mut best = Nearest::default();
    for operand in tied(
        corpus,
        prepared,
        claim,
        claim.quantity.kind,
        exhaustive_limit,
    ) {
        let f = &operand.figure;
        let Some(factor) = own.or_else(|| planned_factor(&f.sentence, &f.text)) else {
            continue;
        };
        // a positive count or amount, not a rate of some base
        if f.quantity.value <= 0.0 || f.quantity.per_base() {
            continue;
        }
        let value = f.quantity.value * factor;
        if let Some(off) = amount_holds(claim, value) {
            let shown = format!(
                "{} × {} = {}",
                f.text,
                factor,
                in_claims_style(claim, value)
            );
            best.offer(claim, off, [f.clone(), f.clone()], shown);
        }
    }
    best.into_derivation()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_plans_a_factor_only_before_its_operand() {
        let s = "Castellanos would push the co-op to double the number of members with \
                 rooftop solar, now about 1,200, by 2030.";
        assert_eq!(planned_factor(s, "1,200"), Some(2.0));
        // after the operand, or already done, it says nothing of it
        assert_eq!(
            planned_factor("About 1,200 members; she would double it.", "1,200"),
            None
        );
        assert_eq!(
            planned_factor("Sales doubled to 600 from 300.", "600"),
            None
        );
        // two factors: which one is unclear
        assert_eq!(
            planned_factor("They would double or triple the 40 stations.", "40"),
            None
        );
    }

    #[test]
    fn a_claim_says_its_factor_in_any_form() {
        let claim = |text: &str| figcheck_claims::parse(text).expect("a claim");
        assert_eq!(claims_factor(&claim("members doubled = 2,400")), Some(2.0));
        assert_eq!(claims_factor(&claim("members tripling = 3,600")), Some(3.0));
        assert_eq!(claims_factor(&claim("members = 2,400")), None);
    }
}
