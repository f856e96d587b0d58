//! A change worked out from the end the draft states and a base a source gives for the
//! same thing counted, found by the value it must have: "expects 360,000 fans in the
//! first season, about 15% more than this year" where the season report says the club
//! "drew 312,550 fans" (360,000 ÷ 312,550 is 1.152).
//!
//! Neither the draft nor the new end's sentence states the base, so nothing but its
//! value and its unit ties it to the claim: the base must count the same noun as the new
//! end ("fans" and "fans"), lie where the claim's percentage puts it, and the arithmetic
//! must land within the claim's precision and hedge, in the direction its words give.
//! A gap in the count itself ("about 47,000 more than in 2025") is found the same way
//! ([`gap_from_found_base`]).

use figcheck_claims::{Claim, Tolerance};
use std::sync::Arc;

use figcheck_corpus::{SourceFigure, Sources};
use figcheck_figures::Kind;

use super::{Direction, Nearest, against, companions_stated, direction, probe_by_value};
use crate::evidence::{Prepared, candidates, unit_stem};
use crate::features::is_small;

/// How far from the value it must have a base is looked for, relative to it; the claim's
/// own precision then decides.
const BASE_WINDOW: f64 = 0.05;

/// Which way the claim's words say its value compares the end with the base: "rose" and
/// "15% more than this year" alike.
pub(super) fn compared(claim: &Claim) -> Option<Direction> {
    direction(claim).or_else(|| {
        if super::says_change(claim, &["more", "above"]) {
            Some(Direction::Rise)
        } else if super::says_change(claim, &["fewer", "less", "below"]) {
            Some(Direction::Fall)
        } else {
            None
        }
    })
}

/// The relative change from a base counted in the same unit (or an amount in the end's
/// passage) to the end the draft states beside a percentage that says a rise or a fall:
/// "would raise $11.1 million, … an increase of roughly 44%" from the "$7.7 million" the
/// tax brought in.
pub(super) fn change_from_found_base(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let direction = compared(claim)?;
    let r = claim.quantity.value / 100.0;
    if claim.quantity.kind != Kind::Percent
        || claim.companions.is_empty()
        || r <= 0.0
        || (direction == Direction::Fall && r >= 1.0)
    {
        return None;
    }
    let mut best = Nearest::default();
    let base_of = |x: f64| {
        let base = match direction {
            Direction::Rise => x / (1.0 + r),
            Direction::Fall => x / (1.0 - r),
        };
        Some((base, Tolerance::Relative(BASE_WINDOW)))
    };
    for (new, old) in ends_and_bases(
        corpus,
        prepared,
        claim,
        direction,
        base_of,
        &[Kind::Number, Kind::Money],
        exhaustive_limit,
    ) {
        let (x, y) = (new.quantity.value, old.quantity.value);
        let value = (x - y).abs() / y * 100.0;
        if !claim.accepts(value) {
            continue;
        }
        best.offer_change(claim, new, old, value);
    }
    best.into_derivation()
}

/// The gap from a base counted in the same unit to the end the draft states beside a
/// count that says a rise or a fall: "The club expects 360,000 fans in 2028, about 47,000
/// more than in 2025" where the season report says the club "drew 312,550 fans". The base
/// is found by the value it must have, as for a percentage; the gap must hold within the
/// claim's precision, or 5% when hedged.
pub(super) fn gap_from_found_base(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = claim.quantity.value;
    if claim.quantity.kind != Kind::Number
        || claim.companions.is_empty()
        || !super::worked_out_amount(claim)
    {
        return None;
    }
    let direction = compared(claim)?;
    let mut best = Nearest::default();
    let base_of = |x: f64| {
        let base = match direction {
            Direction::Rise => x - q,
            Direction::Fall => x + q,
        };
        (x > q).then_some((base, Tolerance::Absolute(BASE_WINDOW * q)))
    };
    for (new, old) in ends_and_bases(
        corpus,
        prepared,
        claim,
        direction,
        base_of,
        // an amount's gap to an amount found by value was as often a wrong one
        &[Kind::Number],
        exhaustive_limit,
    ) {
        let value = (new.quantity.value - old.quantity.value).abs();
        best.offer_amount(claim, &new, '−', &old, value);
    }
    best.into_derivation()
}

/// Each end of a change the draft states beside the claim (a count of a named thing:
/// "360,000 fans", not a bare "360,000", and not a small one; or an amount), with each
/// base a source counts that may go with it: within the window `base_of` gives around
/// the value it must have (`None` where the end can have none), in the end's unit,
/// unhedged, on the side of it the claim's words give, and not the end itself.
///
/// Every amount is in dollars, so a unit ties an amount to nothing: its base must stand
/// in the end's passage ("the current tax brought in $7.7 million" two sentences before
/// "the tax is expected to raise $11.1 million").
fn ends_and_bases(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    direction: Direction,
    base_of: impl Fn(f64) -> Option<(f64, Tolerance)>,
    kinds: &[Kind],
    exhaustive_limit: usize,
) -> Vec<(Arc<SourceFigure>, Arc<SourceFigure>)> {
    let mut pairs = Vec::new();
    for &kind in kinds {
        for new in companions_stated(corpus, prepared, claim, kind, exhaustive_limit) {
            let new = new.figure;
            let x = new.quantity.value;
            let Some(unit) = unit_stem(&new.quantity) else {
                continue;
            };
            if is_small(kind, x) || x <= 0.0 {
                continue;
            }
            let Some((base, around)) = base_of(x) else {
                continue;
            };
            let ask = probe_by_value(claim, kind, base, Some(around));
            for old in candidates(corpus, prepared, &ask, exhaustive_limit) {
                let old = old.figure;
                let y = old.quantity.value;
                if y > 0.0
                    && y != x
                    && old.quantity.kind == kind
                    && old.quantity.hedge.is_none()
                    && unit_stem(&old.quantity).as_deref() == Some(unit.as_str())
                    && !against(Some(direction), x, y)
                    && !crate::evidence::same_figure(&old, &new)
                    && (kind == Kind::Number || super::in_one_passage(&new, &old))
                {
                    pairs.push((new.clone(), old));
                }
            }
        }
    }
    pairs
}
