//! A gap in points between a percentage the draft states beside the claim (or in the
//! sentence before) and the claim owner's own percentage, found by the value it must
//! have: "Reading rose 2.5 points to 41.8%. But Pemberton is 10.5 points ahead in
//! reading", where the state's release lists "Pemberton City Schools: 52.3%".
//!
//! The draft names the owner but not the owner's value, so only the value and the owner
//! tie it to the claim: it must be a percentage the sources give that very owner (a
//! value of the right size stated for anyone else is chance), and the gap must hold to
//! the claim's written precision, hedge or none.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, companions_stated, in_points, owners_by_value, round};
use crate::evidence::{Prepared, same_figure};

pub(super) fn owners_gap_in_points(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if !in_points(q)
        || q.value <= 0.0
        || claim.companions.is_empty()
        || claim.entities().is_empty()
        || claim.comparison != Comparison::Eq
    {
        return None;
    }
    let mut best = Nearest::default();
    for stated in companions_stated(corpus, prepared, claim, Kind::Percent, exhaustive_limit) {
        let stated = &stated.figure;
        let x = stated.quantity.value;
        for expected in [x + q.value, x - q.value] {
            if !(0.0..=100.0).contains(&expected) {
                continue;
            }
            let owns = owners_by_value(
                corpus,
                prepared,
                claim,
                Kind::Percent,
                expected,
                None,
                exhaustive_limit,
            );
            for own in &owns {
                let gap = (own.quantity.value - x).abs();
                if same_figure(own, stated) || !claim.accepts(gap) {
                    continue;
                }
                let shown = format!("{} − {} = {} points", own.text, stated.text, round(gap));
                best.offer(
                    claim,
                    (gap - q.value).abs(),
                    [own.clone(), stated.clone()],
                    shown,
                );
            }
        }
    }
    best.into_derivation()
}
