//! A percentage that is the claim owner's share of a whole the draft states beside it:
//! "Statewide landings were worth $642 million, so Ashcombe's share was about 16%",
//! where the port's report says its landings were worth $101.9 million (101.9 ÷ 642 is
//! 15.9%); "2,184 votes … giving her 48.2% of the 4,533 ballots".
//!
//! The draft states the whole and names the owner; the owner's part is found by the
//! value it must have, in the whole's kind and unit, and must be a figure the sources tie
//! to that very owner (a value of the right size stated for anyone else is chance). The
//! share must hold within the claim's own precision and hedge.

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, companions_stated, owners_by_value, says_change};
use crate::evidence::{Prepared, same_figure};
use crate::features::is_small;

/// How far from the whole × the claim's share a part is looked for, relatively: a
/// little beyond what a percentage written to whole units allows; the claim's own
/// precision then decides.
const PART_WINDOW: f64 = 0.05;

pub(super) fn owners_share_of_a_stated_whole(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Percent
        || !(q.value > 0.0 && q.value < 100.0)
        || claim.companions.is_empty()
        || claim.entities().is_empty()
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        // a change is no share: "worth $642 million, up 5.7%"
        || says_change(claim, super::CHANGE_WORDS)
    {
        return None;
    }
    let mut best = Nearest::default();
    for kind in [Kind::Money, Kind::Number] {
        for whole in companions_stated(corpus, prepared, claim, kind, exhaustive_limit) {
            let whole = &whole.figure;
            let w = whole.quantity.value;
            if w <= 0.0 || is_small(kind, w) {
                continue;
            }
            let around = Some(Tolerance::Relative(PART_WINDOW));
            let expected = w * q.value / 100.0;
            let parts = owners_by_value(
                corpus,
                prepared,
                claim,
                kind,
                expected,
                around,
                exhaustive_limit,
            );
            for part in &parts {
                let x = part.quantity.value;
                // one currency; counts may name one thing two ways ("2,184 votes" of
                // "the 4,533 ballots"), the owner tying the part to the claim
                let one_unit = kind == Kind::Number || part.quantity.unit == whole.quantity.unit;
                if (x - expected).abs() > PART_WINDOW * expected
                    || x <= 0.0
                    || x >= w
                    || !one_unit
                    || same_figure(part, whole)
                {
                    continue;
                }
                let value = x / w * 100.0;
                if !claim.accepts(value) {
                    continue;
                }
                let shown = super::share_shown(Kind::Percent, part, whole, value);
                best.offer(
                    claim,
                    (value - q.value).abs(),
                    [part.clone(), whole.clone()],
                    shown,
                );
            }
        }
    }
    best.into_derivation()
}
