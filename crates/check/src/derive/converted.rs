//! A span of time or a measure written in another unit than its source's: "shut it for
//! more than five weeks" for a "38-day closure" (5.4 weeks), "a season that ran well over
//! four months" for "137 operating days" (4.5 months), "2.4 miles (3.9 km)", "104 feet
//! tall, roughly 32 meters". Writers turn days into weeks and miles into kilometres so a
//! reader can picture them; no source states the converted figure.
//!
//! The source's figure must be tied to the claim as any operand is (its owner, or most of
//! its words), written exactly, and the conversion must hold within the claim's hedge as a
//! ratio a writer rounds does.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, Operation, round, satisfies, tied};
use crate::evidence::{Prepared, unit_stem};
use figcheck_figures::stem;

/// What a unit measures; only units of one dimension convert into each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dimension {
    Time,
    Length,
    Area,
    Mass,
    Volume,
}

/// Units a writer converts between, with their size in the dimension's base unit (days,
/// metres, square metres, kilograms, litres). Temperatures are left out: their scales do
/// not share a zero, so a ratio does not convert them.
const UNITS: &[(&str, Dimension, f64)] = &[
    ("minute", Dimension::Time, 1.0 / 1440.0),
    ("hour", Dimension::Time, 1.0 / 24.0),
    ("day", Dimension::Time, 1.0),
    ("week", Dimension::Time, 7.0),
    ("month", Dimension::Time, 365.25 / 12.0),
    ("year", Dimension::Time, 365.25),
    ("mm", Dimension::Length, 0.001),
    ("millimeter", Dimension::Length, 0.001),
    ("millimetre", Dimension::Length, 0.001),
    ("cm", Dimension::Length, 0.01),
    ("centimeter", Dimension::Length, 0.01),
    ("centimetre", Dimension::Length, 0.01),
    ("m", Dimension::Length, 1.0),
    ("meter", Dimension::Length, 1.0),
    ("metre", Dimension::Length, 1.0),
    ("km", Dimension::Length, 1000.0),
    ("kilometer", Dimension::Length, 1000.0),
    ("kilometre", Dimension::Length, 1000.0),
    ("inch", Dimension::Length, 0.0254),
    ("in", Dimension::Length, 0.0254),
    ("foot", Dimension::Length, 0.3048),
    ("feet", Dimension::Length, 0.3048),
    ("ft", Dimension::Length, 0.3048),
    ("yard", Dimension::Length, 0.9144),
    ("yd", Dimension::Length, 0.9144),
    ("mile", Dimension::Length, 1609.344),
    ("mi", Dimension::Length, 1609.344),
    ("acre", Dimension::Area, 4046.856),
    ("hectare", Dimension::Area, 10_000.0),
    ("ha", Dimension::Area, 10_000.0),
    ("g", Dimension::Mass, 0.001),
    ("gram", Dimension::Mass, 0.001),
    ("kg", Dimension::Mass, 1.0),
    ("kilogram", Dimension::Mass, 1.0),
    ("tonne", Dimension::Mass, 1000.0),
    ("lb", Dimension::Mass, 0.453_592_37),
    ("pound", Dimension::Mass, 0.453_592_37),
    ("ounce", Dimension::Mass, 0.028_349_523),
    ("oz", Dimension::Mass, 0.028_349_523),
    ("liter", Dimension::Volume, 1.0),
    ("litre", Dimension::Volume, 1.0),
    ("gallon", Dimension::Volume, 3.785_411_784),
];

/// The dimension of a unit (stemmed) and its size in the dimension's base unit, if it is
/// one a writer converts.
fn size_of(unit: &str) -> Option<(Dimension, f64)> {
    UNITS
        .iter()
        .find(|(name, ..)| stem(name) == unit)
        .map(|&(_, dimension, size)| (dimension, size))
}

/// Whether a unit (stemmed) is one of measure a writer converts: two such units that
/// differ never measure one value alike.
pub(crate) fn is_a_unit_of_measure(unit: &str) -> bool {
    size_of(unit).is_some()
}

pub(super) fn in_another_unit(
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
    let (dimension, to) = size_of(&unit_stem(q)?)?;
    let mut best = Nearest::default();
    // Operands in another unit are no evidence for the claim itself (see
    // `is_a_unit_of_measure`): they are looked for with the unit left out.
    let mut unitless = claim.clone();
    unitless.quantity.unit = None;
    for c in tied(corpus, prepared, &unitless, Kind::Number, exhaustive_limit) {
        let f = &c.figure;
        let Some((of, from)) = unit_stem(&f.quantity).as_deref().and_then(size_of) else {
            continue;
        };
        // A hedged measure converts as written when the draft writes it beside the
        // conversion: "About 2.4 miles (3.9 km)" for "over 2.4 miles".
        let restated = dimension != Dimension::Time && claim.companions.contains(&f.quantity.value);
        if of != dimension
            || from == to
            || f.quantity.value <= 0.0
            || (f.quantity.hedge.is_some() && !restated)
            || f.quantity.upper.is_some()
            || f.quantity.per.is_some()
        {
            continue;
        }
        let value = f.quantity.value * from / to;
        // A span of time is a ratio a writer rounds ("more than five weeks" for 5.4); a
        // measure is converted exactly and rounded to the digits written ("2.4 miles
        // (3.9 km)"), so "about 26 meters" is no 78 feet (23.8 m).
        let holds = if dimension == Dimension::Time {
            satisfies(claim, value, Operation::Multiple)
        } else {
            claim.accepts(value)
        };
        if !holds {
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
    fn units_are_known_by_their_stems_with_their_dimension() {
        assert_eq!(size_of(&stem("weeks")), Some((Dimension::Time, 7.0)));
        assert_eq!(size_of(&stem("days")), Some((Dimension::Time, 1.0)));
        assert_eq!(size_of(&stem("miles")), Some((Dimension::Length, 1609.344)));
        assert_eq!(size_of(&stem("feet")), Some((Dimension::Length, 0.3048)));
        assert!(size_of(&stem("trees")).is_none());
        assert!(size_of(&stem("degrees")).is_none());
    }
}
