//! A rate per period worked out from a total over a span of such periods, both stated in
//! one source sentence: "at the grant's pace of 3,000 a year" for "over four years …
//! will plant 12,000 trees". Writers divide a plan's total by its span to give its pace;
//! no source states the pace.
//!
//! The total is tied to the claim as any operand is (its owner, or most of its words);
//! the span is found by the value it must have, the total over the claim's rate, and must
//! count the claim's period ("four years" for a rate a year) in the total's sentence.

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::Sources;
use figcheck_figures::stem;

use super::{Nearest, PER_YEAR, probe_by_value, tied, worked_out_amount};
use crate::evidence::{Prepared, candidates, unit_stem};

/// How far from the total ÷ the rate a span is looked for, relatively: the 5% a hedged
/// rate allows, and a little more.
const SPAN_SLACK: f64 = 0.06;

pub(super) fn rate_over_a_span(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    let period = q
        .period()
        .map(|unit| stem(&unit.to_lowercase()))
        .filter(|unit| PER_YEAR.iter().any(|(p, _)| stem(p) == *unit))?;
    if !worked_out_amount(claim) || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
    {
        return None;
    }
    // the total counts what the claim counts, over no period of its own
    let mut total_probe = claim.clone();
    total_probe.quantity.per = None;
    let mut best = Nearest::default();
    for total in tied(corpus, prepared, &total_probe, q.kind, exhaustive_limit) {
        let total = &total.figure;
        let t = total.quantity.value;
        if t <= q.value || total.quantity.per.is_some() || total.quantity.kind != q.kind {
            continue;
        }
        let ask = probe_by_value(
            claim,
            figcheck_figures::Kind::Number,
            t / q.value,
            Some(Tolerance::Relative(SPAN_SLACK)),
        );
        for span in candidates(corpus, prepared, &ask, exhaustive_limit) {
            let span = &span.figure;
            let n = span.quantity.value;
            if n <= 1.0
                || span.source != total.source
                || span.sentence != total.sentence
                || unit_stem(&span.quantity).as_deref() != Some(period.as_str())
            {
                continue;
            }
            best.offer_amount(claim, total, '÷', span, t / n);
        }
    }
    best.into_derivation()
}
