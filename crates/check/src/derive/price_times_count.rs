//! An amount that is a price per thing times a count of that thing: "at about $420 a tree,
//! replacing every removed ash would cost $588,000", where the minutes give replanting "at
//! about $420 a tree" and "about 1,400 ash street trees" to be removed. Writers multiply a
//! unit cost by how many there are to say what the whole will cost; no source states it.
//!
//! The price is one the draft states beside the amount (a companion), reckoned per one of
//! a thing that is no period (a rate per day times days is [`super::Operation::Product`]).
//! The count is found by the value it must have, the amount over the price, and must count
//! that thing (its unit, or a word of its sentence) and be stated in the price's source
//! or beside the amount in the draft: nothing but that ties it to the claim.

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{Nearest, companions_stated, counts_thing, per_thing, precise_amount, probe_by_value};
use crate::evidence::{Prepared, candidates};

/// How far from the amount ÷ the price a count is looked for, relatively: the 5% a
/// hedged amount allows, and a little more.
const COUNT_SLACK: f64 = 0.06;

pub(super) fn price_times_count(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Money
        || q.per.is_some()
        || !precise_amount(claim)
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
    {
        return None;
    }
    let mut best = Nearest::default();
    for price in companions_stated(corpus, prepared, claim, Kind::Money, exhaustive_limit) {
        let price = &price.figure;
        let p = &price.quantity;
        let Some(thing) = per_thing(p) else {
            continue;
        };
        if p.value <= 0.0 || p.unit != q.unit {
            continue;
        }
        let wanted = q.value / p.value;
        let ask = probe_by_value(
            claim,
            Kind::Number,
            wanted,
            Some(Tolerance::Relative(COUNT_SLACK)),
        );
        for count in candidates(corpus, prepared, &ask, exhaustive_limit) {
            let count = &count.figure;
            let n = count.quantity.value;
            let beside = claim.companions.contains(&n);
            if n <= 0.0
                || count.quantity.kind != Kind::Number
                || count.quantity.per.is_some()
                || !(count.source == price.source || beside)
                || !counts_thing(count, &thing)
            {
                continue;
            }
            best.offer_amount(claim, price, '×', count, p.value * n);
        }
    }
    best.into_derivation()
}
