//! A count, amount or rate after a percentage change the sources give: "12.9 cents per
//! kWh, the average rate after the increase" where the rate "was 12.4 cents" and the
//! board "approved a 3.8% rate increase" (12.4 × 1.038 = 12.87).
//!
//! Many pairs of a base and a percentage multiply to about any value, so only a value
//! written with three significant digits or more counts, it must hold to the claim's
//! written precision, and the claim must say a change (the direction it says, if any, is
//! the one taken).

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{
    CHANGE_WORDS, Direction, Nearest, direction, in_claims_style, precise_amount, says_change, tied,
};
use crate::evidence::{Prepared, unit_stem};

/// How near a hedged claim's value the result must come, relatively.
const HEDGED_SLACK: f64 = 0.005;

pub(super) fn after_a_change(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    // a rate of some base is an amount too here ("12.9 cents per kWh")
    if !precise_amount(claim) || !says_change(claim, CHANGE_WORDS) {
        return None;
    }
    let signs: &[f64] = match direction(claim) {
        Some(Direction::Rise) => &[1.0],
        Some(Direction::Fall) => &[-1.0],
        None => &[1.0, -1.0],
    };
    let changes = tied(corpus, prepared, claim, Kind::Percent, exhaustive_limit);
    if changes.is_empty() {
        return None;
    }
    let bases = tied(corpus, prepared, claim, q.kind, exhaustive_limit);
    let mut best = Nearest::default();
    for base in &bases {
        let b = &base.figure.quantity;
        // the base is of the claim's own measure: its unit, and a value before a change
        if b.value <= 0.0
            || unit_stem(b) != unit_stem(q)
            || b.per_base() != q.per_base()
            || b.hedge.is_some()
        {
            continue;
        }
        for change in &changes {
            let p = &change.figure.quantity;
            if p.value <= 0.0 || p.value >= 100.0 || p.hedge.is_some() || p.upper.is_some() {
                continue;
            }
            for sign in signs {
                let value = b.value * (1.0 + sign * p.value / 100.0);
                let off = (value - q.value).abs() / q.value;
                let holds = match claim.comparison {
                    Comparison::Approx => off <= HEDGED_SLACK,
                    _ => claim.accepts(value),
                };
                if !holds {
                    continue;
                }
                let shown = format!(
                    "{} × (1 {} {}) = {}",
                    base.figure.text,
                    if *sign > 0.0 { "+" } else { "−" },
                    change.figure.text,
                    in_claims_style(claim, value)
                );
                best.offer(
                    claim,
                    off,
                    [base.figure.clone(), change.figure.clone()],
                    shown,
                );
            }
        }
    }
    best.into_derivation()
}
