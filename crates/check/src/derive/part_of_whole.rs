//! An amount worked out as a share of a whole: "1,286 GWh of renewable power" where the
//! source says renewables "supplied 51.0%" of the "2,520 GWh" the co-op sold.
//!
//! Both operands must be tied to the claim and stand in one passage of one source, and
//! the claim's value must lie within what the operands allow as written: 51.0% is
//! anything from 50.95% to 51.05%, so 51.0% of 2,520 is 1,283.9 to 1,286.5. Only a
//! value written with three significant digits or more, from operands precise enough to
//! pin it down (a range within 0.5% of it), is worked out this way: many pairs of
//! figures multiply to about any small number. A rounder one ("about 4,800") only from
//! the share the draft writes beside it and a whole in that share's source sentence
//! ("won dismissal of 38%, or about 4,800" from "contested 12,700 citations, and 38% …
//! were dismissed"), within what its hedge allows.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, in_claims_style, probe, stated_close_by, tied};
use crate::evidence::{Prepared, candidates};
use figcheck_figures::vocabulary::stem;

/// The widest the operands' range may be, relative to the claim's value.
const MAX_SPREAD: f64 = 0.005;

pub(super) fn part_of_a_whole(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    let precise = super::precise_amount(claim);
    if !(precise || super::worked_out_amount(claim) && !claim.companions.is_empty()) || q.per_base()
    {
        return None;
    }
    let shares = tied(corpus, prepared, claim, Kind::Percent, exhaustive_limit);
    if shares.is_empty() {
        return None;
    }
    let mut best = Nearest::default();
    for share in &shares {
        let p = &share.figure.quantity;
        if p.value <= 0.0 || p.value >= 100.0 || p.hedge.is_some() || p.upper.is_some() {
            continue;
        }
        // A rounder amount is worked out only from the share the draft states beside it
        // and a whole in that share's own sentence: "won dismissal of 38%, or about
        // 4,800" from "contested 12,700 citations, and 38% … were dismissed".
        let stated_share = claim.companions.contains(&p.value);
        if !precise && !stated_share {
            continue;
        }
        // The whole is found by the value it must have, near the share: "2,520 GWh"
        // stands a sentence before "supplied 51.0%", among none of the claim's words.
        let whole_probe = probe(claim, q.kind, q.value / (p.value / 100.0));
        let wholes = candidates(corpus, prepared, &whole_probe, exhaustive_limit);
        for whole in &wholes {
            let w = &whole.figure.quantity;
            // "1,286 homes" is no share of "2,520 GWh"; "GWh" and "gigawatt-hours" may
            // be one unit, so only two unit words are compared
            let other_unit = match (unit_word(q.unit.as_deref()), unit_word(w.unit.as_deref())) {
                (Some(a), Some(b)) => stem(a) != stem(b),
                _ => false,
            };
            if w.value <= q.value
                || other_unit
                || w.hedge.is_some()
                || w.upper.is_some()
                || !stated_close_by(share, whole)
            {
                continue;
            }
            let value = p.value / 100.0 * w.value;
            let holds = if precise {
                precise_product_holds(claim, p, w)
            } else {
                share.figure.source == whole.figure.source
                    && share.figure.sentence == whole.figure.sentence
                    && super::amount_holds(claim, value).is_some()
            };
            if !holds {
                continue;
            }
            let shown = format!(
                "{} × {} = {}",
                share.figure.text,
                whole.figure.text,
                in_claims_style(claim, value)
            );
            best.offer(
                claim,
                (value - q.value).abs(),
                [share.figure.clone(), whole.figure.clone()],
                shown,
            );
        }
    }
    best.into_derivation()
}

/// Whether a precise claim lies within what a share `p` of a whole `w` allow as written,
/// and they pin it down: "68% of 310" is anything from 209 to 213.
fn precise_product_holds(
    claim: &Claim,
    p: &figcheck_figures::Quantity,
    w: &figcheck_figures::Quantity,
) -> bool {
    let q = &claim.quantity;
    let low = (p.value - p.precision / 2.0) / 100.0 * (w.value - w.precision / 2.0);
    let high = (p.value + p.precision / 2.0) / 100.0 * (w.value + w.precision / 2.0);
    let slack = q.precision / 2.0
        + if claim.comparison == Comparison::Approx {
            q.value * 0.02
        } else {
            0.0
        };
    q.value + slack >= low && q.value - slack <= high && (high - low) / q.value <= MAX_SPREAD
}

/// A unit written as a plain lower-case word ("homes", "feet"), not an abbreviation.
fn unit_word(unit: Option<&str>) -> Option<&str> {
    unit.filter(|u| u.len() > 3 && u.chars().all(|c| c.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use figcheck_corpus::{Corpus, SourceDoc};

    use super::*;

    fn corpus() -> Corpus {
        Corpus::from_docs(vec![SourceDoc {
            path: "corpus/report.txt".into(),
            text: "Kettle Prairie sold 2,520 gigawatts of power in 2025. Renewable sources \
                   supplied 51.0% of Kettle Prairie's power."
                .into(),
        }])
        .expect("the test corpus indexes")
    }

    fn derived(draft: &str) -> Option<String> {
        let c = corpus();
        let claim = figcheck_claims::parse(draft).expect("the claim parses");
        let prepared = Prepared::default();
        part_of_a_whole(&c, &prepared, &claim, usize::MAX).map(|d| d.arithmetic)
    }

    #[test]
    fn a_share_of_a_whole_as_written_is_worked_out() {
        // 51.0% of 2,520 is 1,283.9 to 1,286.5 as written
        assert_eq!(
            derived("\"Kettle Prairie\" renewable power = 1,286").as_deref(),
            Some("51.0% × 2,520 = 1,285")
        );
        assert!(derived("\"Kettle Prairie\" renewable power = 1,290").is_none());
        // too few digits to tell a product from chance
        assert!(derived("\"Kettle Prairie\" renewable power = 13").is_none());
        // another unit is another measure
        assert!(derived("\"Kettle Prairie\" renewable power = 1,286 homes").is_none());
    }

    #[test]
    fn a_round_amount_is_worked_out_from_the_share_stated_beside_it() {
        let c = Corpus::from_docs(vec![SourceDoc {
            path: "corpus/report.txt".into(),
            text: "Tenants appealed 8,400 rent notices, and 27% of the appeals succeeded.".into(),
        }])
        .expect("the test corpus indexes");
        let derived = |draft: &str| {
            let claim = figcheck_claims::parse(draft).expect("the claim parses");
            part_of_a_whole(&c, &Prepared::default(), &claim, usize::MAX).map(|d| d.arithmetic)
        };
        // 27% of 8,400 is 2,268
        let shown = derived("tenants appeals succeeded ~ 2,300 with 27");
        assert!(
            shown
                .as_deref()
                .is_some_and(|s| s.starts_with("27% × 8,400")),
            "{shown:?}"
        );
        // not without the share beside it, and not off by more than a hedge allows
        assert!(derived("tenants appeals succeeded ~ 2,300").is_none());
        assert!(derived("tenants appeals succeeded ~ 2,600 with 27").is_none());
    }
}
