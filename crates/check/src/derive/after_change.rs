//! A count, amount or rate after a percentage change the sources give: "12.9 cents per
//! kWh, the average rate after the increase" where the rate "was 12.4 cents" and the
//! board "approved a 3.8% rate increase" (12.4 × 1.038 = 12.87).
//!
//! Many pairs of a base and a percentage multiply to about any value, so only a value
//! written with three significant digits or more counts, it must hold to the claim's
//! written precision, and the claim must say a change (the direction it says, if any, is
//! the one taken). The claim may be the value before the change too, from the one after
//! it: "rose 11.0%, to 4,860 from about 4,380".

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{
    CHANGE_WORDS, Direction, Nearest, companions_stated, direction, in_claims_style,
    precise_amount, says_change, tied,
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
    // Tied to the claim, or the change the draft states beside it, as a source states it
    // (a table's "Change from 2024 (%)" cell in the owner's row holds none of the claim's
    // words).
    let mut changes = tied(corpus, prepared, claim, Kind::Percent, exhaustive_limit);
    for stated in companions_stated(corpus, prepared, claim, Kind::Percent, exhaustive_limit) {
        if !changes.iter().any(|c| c.order == stated.order) {
            changes.push(stated);
        }
    }
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
            // The claim after the change from the base, or before the change to it:
            // "rose 11.0%, to 4,860 from about 4,380" (4,860 ÷ 1.11 = 4,378).
            for (sign, before) in signs.iter().flat_map(|s| [(s, false), (s, true)]) {
                let factor = 1.0 + sign * p.value / 100.0;
                let value = if before {
                    b.value / factor
                } else {
                    b.value * factor
                };
                let off = (value - q.value).abs() / q.value;
                let holds = match claim.comparison {
                    Comparison::Approx => off <= HEDGED_SLACK,
                    _ => claim.accepts(value),
                };
                if !holds {
                    continue;
                }
                // a table's cell is written without its "%" (the header says it)
                let change_shown = change.figure.text.trim_start_matches('+');
                let percent = if change_shown.ends_with('%') { "" } else { "%" };
                let shown = format!(
                    "{} {} (1 {} {change_shown}{percent}) = {}",
                    base.figure.text,
                    if before { "÷" } else { "×" },
                    if *sign > 0.0 { "+" } else { "−" },
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

#[cfg(test)]
mod tests {
    use crate::Verdict;
    use crate::testing::finding;

    /// A court's table of filings, with each row's change from the year before.
    const REPORT: &str = "\
Filings by case type, 2025.

| Case type | Filed | Change from 2024 (%) | Disposed | Clearance rate (%) |
|---|---|---|---|---|
| Felony | 4,860 | +11.0 | 4,395 | 90.4 |
| Misdemeanor | 18,240 | -2.1 | 18,010 | 98.7 |
";

    #[test]
    fn the_value_before_a_change_is_worked_out_from_the_one_after_it() {
        let f = finding(
            REPORT,
            "Last year felony filings rose 11.0%, to 4,860 from about 4,380.",
            "4,380",
        );
        assert_eq!(f.verdict, Verdict::Supported, "{f:#?}");
        assert_eq!(f.derivation.as_deref(), Some("4,860 ÷ (1 + 11.0%) = 4,378"));
        // an earlier value the change does not give
        let f = finding(
            REPORT,
            "Last year felony filings rose 11.0%, to 4,860 from about 4,100.",
            "4,100",
        );
        assert_ne!(f.verdict, Verdict::Supported, "{f:#?}");
    }
}
