//! A fraction or a multiple of a value the draft states beside it and another the source
//! states a sentence from it, found by the value it must have: "Debt service will run
//! about $3.6 million a year, and the rent alone covers a third of it", where the release
//! says "debt service of about $3.6 million … the team's lease payment of $1.2 million";
//! "The FAA covers 75%, five times the state's share", where the state's 15% follows in
//! the next sentence.
//!
//! The draft names the other operand only in words ("the rent", "the state's share"), so
//! nothing but its value ties it to the claim: it must stand in the sentence of the value
//! the draft states, or the next or the one before, in prose, be of that value's kind and
//! unit, and the ratio must be all but exactly the claim's. An average is worked out the
//! same way, over a count found in its total's sentence ([`average_over_found_count`]).

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{
    Nearest, Operation, companions_stated, in_one_prose, next_sentences, probe_by_value, round,
};
use crate::evidence::{Prepared, candidates, same_figure, unit_stem};

/// How far from the total ÷ the claim's value a count is looked for, relatively: a
/// little beyond the 5% a hedged average allows.
const COUNT_SLACK: f64 = 0.06;

/// How near the ratio must come to the claim's value, relatively. Nothing but its value
/// ties the other operand to the claim, and a sentence of a few amounts holds some pair
/// about a third or a fifth of each other ($3.4 million and $9.7 million): only a ratio
/// the writer's fraction states all but exactly counts, whatever its hedge.
const RATIO_SLACK: f64 = 0.02;

/// How far from the value it must have an operand the claim's words name is looked for:
/// the 10% a hedged ratio may be off ("nearly 3x" for 2.9).
const NAMED_RATIO_SLACK: f64 = 0.1;

/// The kinds of the operands of a ratio: counts, amounts, and for a multiple also two
/// percentages ("75%, five times the state's 15%").
const OPERAND_KINDS: [Kind; 3] = [Kind::Number, Kind::Money, Kind::Percent];

pub(super) fn ratio_with_found_operand(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    let op = match q.kind {
        Kind::Multiplier if q.value > 1.0 => Operation::Multiple,
        Kind::Fraction if q.value > 0.0 && q.value < 1.0 => Operation::Share,
        _ => return None,
    };
    // Not a bound: "more than a third" allows too wide a range to find an operand by.
    if claim.companions.is_empty()
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
    {
        return None;
    }
    let mut best = Nearest::default();
    for kind in OPERAND_KINDS {
        // A share of two percentages is a percentage of a percentage, which no writer
        // states as "a third".
        if kind == Kind::Percent && op == Operation::Share {
            continue;
        }
        for stated in companions_stated(corpus, prepared, claim, kind, exhaustive_limit) {
            let stated = &stated.figure;
            let x = stated.quantity.value;
            if x <= 0.0 {
                continue;
            }
            let unit = unit_stem(&stated.quantity);
            // The other operand is the larger or the smaller of the two.
            for other_value in [x * q.value, x / q.value] {
                let around = Some(Tolerance::Relative(NAMED_RATIO_SLACK));
                let ask = probe_by_value(claim, kind, other_value, around);
                for other in candidates(corpus, prepared, &ask, exhaustive_limit) {
                    // Named by the claim's own words ("nearly 3x food and beverage"
                    // of the report's "Food and beverage: $6.2 million"), it may stand
                    // anywhere in the stated value's source, and the ratio be rounded
                    // as a writer rounds one.
                    let named = other.features.coverage >= super::TIED_COVERAGE;
                    let other = &other.figure;
                    let y = other.quantity.value;
                    let close_by = in_one_prose(stated, other) && next_sentences(stated, other);
                    if y <= 0.0
                        || y == x
                        || other.quantity.kind != kind
                        || unit_stem(&other.quantity) != unit
                        || !(close_by || named && other.source == stated.source)
                        || same_figure(stated, other)
                    {
                        continue;
                    }
                    // a multiple divides the larger by the smaller, a share the other way
                    let larger_first = op == Operation::Multiple;
                    let (a, b) = if (x > y) == larger_first {
                        (stated, other)
                    } else {
                        (other, stated)
                    };
                    let value = a.quantity.value / b.quantity.value;
                    let off = (value - q.value).abs();
                    let holds = close_by && off <= RATIO_SLACK * q.value
                        || named && super::satisfies(claim, value, op);
                    if !holds {
                        continue;
                    }
                    let shown = format!("{} ÷ {} = {}", a.text, b.text, round(value));
                    best.offer(claim, off, [a.clone(), b.clone()], shown);
                }
            }
        }
    }
    best.into_derivation()
}

/// An average of a total the draft states beside it over a count the total's source
/// states a sentence from it, found by the value it must have: "seven others split $12.5
/// million, $2.5 million each on average" where the release says "The remaining five
/// utilities share $12.5 million". The claim must say it is an average ("average",
/// "each", "apiece", "per"), the count must be a whole number of two or more with no unit
/// of money, and the quotient must hold within the claim's precision and hedge. An amount
/// per one of a thing ("roughly $110 per street tree" of a $6.85 million budget) takes
/// its count wherever the sources state one that counts that thing ("61,840 street
/// trees" in the inventory): the thing named ties it to the claim as a sentence would.
pub(super) fn average_over_found_count(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    // "its 610 crew come to about four a vessel": per one of a thing the count must
    // count, even a small average (many pairs of figures divide into a small number, few
    // into one per a thing named).
    let thing = super::per_thing(q);
    let small = crate::features::is_small(q.kind, q.value)
        && q.value > 0.0
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx);
    if !(super::worked_out_amount(claim) || thing.is_some() && small)
        || claim.companions.is_empty()
        || !(super::says_change(claim, super::AVERAGE_WORDS) || thing.is_some())
    {
        return None;
    }
    let mut best = Nearest::default();
    for total in companions_stated(corpus, prepared, claim, q.kind, exhaustive_limit) {
        let total = &total.figure;
        let x = total.quantity.value;
        if x / q.value < 2.0 {
            continue;
        }
        // every count the claim's hedge allows, which amount_holds then weighs
        let around = Some(Tolerance::Relative(COUNT_SLACK));
        let ask = probe_by_value(claim, Kind::Number, x / q.value, around);
        for count in candidates(corpus, prepared, &ask, exhaustive_limit) {
            let count = &count.figure;
            let n = count.quantity.value;
            if count.quantity.kind != Kind::Number
                || n < 2.0
                || n.fract() != 0.0
                || !(in_one_prose(total, count) && next_sentences(total, count)
                    || thing.is_some())
                || same_figure(total, count)
                || thing.as_deref().is_some_and(|t| !super::counts_thing(count, t))
                // "148 vessels, down from 156 a year earlier": a count that was is no
                // count to average over now
                || super::written_from(&count.sentence, &count.text)
            {
                continue;
            }
            best.offer_amount(claim, total, '÷', count, x / n);
        }
    }
    best.into_derivation()
}
