//! A span of time written in another unit than its source's: "shut it for more than five
//! weeks" for a "38-day closure" (5.4 weeks), "a season that ran well over four months"
//! for "137 operating days" (4.5 months). Writers turn days into weeks and months so a
//! reader can picture them; no source states the converted figure.
//!
//! The source's span must be tied to the claim as any operand is (its owner, or most of
//! its words), written exactly, and the conversion must hold within the claim's hedge as a
//! ratio a writer rounds does.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, Operation, round, satisfies, tied};
use crate::evidence::{Prepared, unit_stem};
use figcheck_figures::stem;

/// Units of time a writer converts between, with their length in days.
const TIME_UNITS: &[(&str, f64)] = &[
    ("minute", 1.0 / 1440.0),
    ("hour", 1.0 / 24.0),
    ("day", 1.0),
    ("week", 7.0),
    ("month", 365.25 / 12.0),
    ("year", 365.25),
];

/// The length in days of a unit of time (stemmed), if it is one.
fn days_in(unit: &str) -> Option<f64> {
    TIME_UNITS
        .iter()
        .find(|(name, _)| stem(name) == unit)
        .map(|&(_, days)| days)
}

pub(super) fn in_another_unit_of_time(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Number
        || q.value <= 0.0
        || q.per.is_some()
        || matches!(claim.comparison, Comparison::Ne | Comparison::Between(_))
    {
        return None;
    }
    let to = days_in(&unit_stem(q)?)?;
    let mut best = Nearest::default();
    for c in tied(corpus, prepared, claim, Kind::Number, exhaustive_limit) {
        let f = &c.figure;
        let Some(from) = unit_stem(&f.quantity).as_deref().and_then(days_in) else {
            continue;
        };
        if from == to
            || f.quantity.value <= 0.0
            || f.quantity.hedge.is_some()
            || f.quantity.upper.is_some()
            || f.quantity.per.is_some()
        {
            continue;
        }
        let value = f.quantity.value * from / to;
        // A conversion is a ratio a writer rounds ("more than five weeks" for 5.4).
        if !satisfies(claim, value, Operation::Multiple) {
            continue;
        }
        let unit = q.unit.as_deref().unwrap_or_default();
        let shown = format!("{} = {} {unit}", f.text, round(value));
        best.offer(
            claim,
            (value - q.value).abs(),
            [f.clone(), f.clone()],
            shown,
        );
    }
    best.into_derivation()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_of_time_are_known_by_their_stems() {
        assert_eq!(days_in(&stem("weeks")), Some(7.0));
        assert_eq!(days_in(&stem("days")), Some(1.0));
        assert!(days_in(&stem("miles")).is_none());
    }
}
