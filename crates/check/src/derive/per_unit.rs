//! A price per unit of measure worked out from an amount and a quantity: "1,240 tonnes …
//! worth $31.0 million, or about $25 a kilogram" ($31.0 million ÷ 1,240,000 kg). Sources
//! give the value of a harvest, a catch or a fuel bill and the quantity; writers give the
//! price a reader understands.
//!
//! The amount is one the draft states beside the price (a companion) or one in the table
//! row the claim's words name, and the quantity one stated with the amount: in its
//! sentence or close by, or in its table row. The quantity's unit must be the price's, or
//! convert to it (tonnes to kilograms).

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, companions_stated, probe, same_row, stated_close_by, stated_together};
use crate::evidence::{Candidate, Prepared, candidates};
use figcheck_figures::stem;

pub(super) fn price_per_unit(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    let per = q
        .per
        .as_ref()
        .filter(|p| p.base == 1.0)
        .and_then(|p| p.unit.as_deref())?;
    if q.kind != Kind::Money
        || q.value <= 0.0
        || q.period().is_some()
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
    {
        return None;
    }
    let per = measure(per)?;
    let mut amounts = companions_stated(corpus, prepared, claim, Kind::Money, exhaustive_limit);
    // "Scallops fetched about $25 a kilogram": the table row the claim's words (or a
    // one-word name: a row label may be either) name by its label's last word, "Sea
    // scallops", holds the amount and the quantity, though the draft states neither.
    let words: Vec<String> = claim
        .words()
        .iter()
        .map(String::as_str)
        .chain(claim.entities())
        .map(|w| stem(&w.to_lowercase()))
        .collect();
    let row_named = |a: &Candidate| {
        a.figure.context.cell
            && a.figure
                .context
                .anchors
                .first()
                .and_then(|label| label.split_whitespace().last())
                .is_some_and(|noun| words.contains(&stem(&noun.to_lowercase())))
    };
    amounts.extend(
        candidates(
            corpus,
            prepared,
            &probe(claim, Kind::Money, q.value),
            exhaustive_limit,
        )
        .into_iter()
        .filter(row_named),
    );
    amounts.retain(|a| a.figure.quantity.per.is_none() && a.figure.quantity.value > 0.0);
    if amounts.is_empty() {
        return None;
    }
    let mut quantities = companions_stated(corpus, prepared, claim, Kind::Number, exhaustive_limit);
    // A table states the quantity in the amount's row, whether or not the draft copies it.
    for a in amounts.iter().filter(|a| a.figure.context.cell) {
        for &value in a.figure.row.iter().take(MAX_ROW_VALUES) {
            let probe = probe(claim, Kind::Number, value);
            quantities.extend(
                candidates(corpus, prepared, &probe, exhaustive_limit)
                    .into_iter()
                    .filter(|b| same_row(&a.figure, &b.figure)),
            );
        }
    }
    let mut best = Nearest::default();
    for a in &amounts {
        for b in &quantities {
            let Some(unit) = b.figure.quantity.unit.as_deref().and_then(measure) else {
                continue;
            };
            let Some(factor) = per_one(unit, per) else {
                continue;
            };
            let count = b.figure.quantity.value * factor;
            if count <= 0.0
                || !(same_row(&a.figure, &b.figure)
                    || stated_together(claim, a, b)
                    || stated_close_by(a, b))
            {
                continue;
            }
            let value = a.figure.quantity.value / count;
            best.offer_amount(claim, &a.figure, '÷', &b.figure, value);
        }
    }
    best.into_derivation()
}

/// How many of a row's values are looked up for the quantity.
const MAX_ROW_VALUES: usize = 8;

/// A unit of measure a price is reckoned per, as one spelling: "kilogram", "kilo" and
/// "kg" are one. `None` for a unit this does not weigh.
fn measure(unit: &str) -> Option<Measure> {
    let unit = unit.to_lowercase();
    let unit = unit.trim_end_matches('s');
    Some(match unit {
        "kilogram" | "kilogramme" | "kilo" | "kg" => Measure::Kilogram,
        "tonne" | "metric ton" | "ton" | "t" => Measure::Tonne,
        "pound" | "lb" => Measure::Pound,
        "gallon" => Measure::Gallon,
        "litre" | "liter" => Measure::Litre,
        "barrel" => Measure::Barrel,
        "kwh" | "kilowatt-hour" => Measure::KilowattHour,
        "mwh" | "megawatt-hour" => Measure::MegawattHour,
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    Kilogram,
    Tonne,
    Pound,
    Gallon,
    Litre,
    Barrel,
    KilowattHour,
    MegawattHour,
}

/// How many of `per` one `unit` holds: 1 for the same unit, 1,000 kilograms in a tonne,
/// 1,000 kWh in a MWh. `None` for units that do not convert.
fn per_one(unit: Measure, per: Measure) -> Option<f64> {
    use Measure::*;
    match (unit, per) {
        _ if unit == per => Some(1.0),
        (Tonne, Kilogram) | (MegawattHour, KilowattHour) => Some(1000.0),
        (Kilogram, Tonne) | (KilowattHour, MegawattHour) => Some(0.001),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_convert_only_within_their_measure() {
        assert_eq!(measure("tonnes"), Some(Measure::Tonne));
        assert_eq!(measure("Kilo"), Some(Measure::Kilogram));
        assert_eq!(measure("acres"), None);
        assert_eq!(per_one(Measure::Tonne, Measure::Kilogram), Some(1000.0));
        assert_eq!(per_one(Measure::Kilogram, Measure::Kilogram), Some(1.0));
        assert_eq!(per_one(Measure::Gallon, Measure::Kilogram), None);
    }
}
