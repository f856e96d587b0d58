//! A value copied with its companions from two source sentences the writer ran into one:
//! "Debt service: about $3.6 million a year for 30 years, at 4.6%." from "The bonds carry
//! an estimated interest rate of 4.6% and will be repaid over 30 years. Annual debt
//! service of about $3.6 million will come from …".
//!
//! A sentence that states the claim's value exactly beside its companions was plainly
//! copied (`verdict.rs::copied_with_companions`); the companions a writer carries over
//! from the next sentence, or the one before, tie it as firmly. Only values looked up in
//! the candidate's own source count, so the search is one value query per companion.

use figcheck_claims::Claim;
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};

use crate::derive::{in_one_prose, next_sentences};
use crate::evidence::{Candidate, same_value};
use crate::features::Owner;

/// How many of a claim's companions the candidate's sentence and its neighbours must
/// state, at the least, as for one sentence.
const COPIED_WITH: usize = 2;

/// At most this many of a claim's companions are looked up.
const MAX_LOOKED_UP: usize = 4;

/// Whether `c` states the claim's value exactly in prose, and its sentence with the one
/// before and the one after states at least two of the claim's companions and half.
pub(crate) fn copied_across_sentences(corpus: &dyn Sources, claim: &Claim, c: &Candidate) -> bool {
    let f = &c.figure;
    let total = claim.companions.len();
    if total < COPIED_WITH
        || !c.features.exact
        || c.features.small
        || f.context.cell
        // not another's value: "Japan's 34,200 and the United States' 44,500"
        || matches!(c.features.owner, Owner::Other | Owner::OtherUnknownName)
    {
        return false;
    }
    let needed = COPIED_WITH.max(total.div_ceil(2));
    let looked_up: Vec<f64> = claim
        .companions
        .iter()
        .take(MAX_LOOKED_UP)
        .copied()
        .collect();
    let (in_sentence, elsewhere): (Vec<f64>, Vec<f64>) = looked_up
        .iter()
        .partition(|&&v| f.row.iter().any(|&r| same_value(r, v)));
    // The sentence's own companions are counted first; the neighbours are asked only
    // for as many as are still wanting, and only when enough could be there.
    if in_sentence.len() + elsewhere.len() < needed {
        return false;
    }
    let source = [f.source.clone()];
    let beside_it = |v: f64| {
        corpus
            .find_figures(&FigureQuery {
                values: Some(value_range(v)),
                sources: Some(&source),
                ..FigureQuery::default()
            })
            .is_ok_and(|found| found.iter().any(|o| beside(f, &o.figure)))
    };
    let mut found = in_sentence.len();
    for (k, &v) in elsewhere.iter().enumerate() {
        if found >= needed || found + (elsewhere.len() - k) < needed {
            break;
        }
        if beside_it(v) {
            found += 1;
        }
    }
    found >= needed
}

/// Whether `other` stands in `f`'s prose sentence, the one before or the one after.
fn beside(f: &SourceFigure, other: &SourceFigure) -> bool {
    in_one_prose(f, other) && next_sentences(f, other)
}

/// The values a lookup of `v` asks for: `v`, whatever the last bit of its parse.
fn value_range(v: f64) -> (f64, f64) {
    let slack = v.abs() * 1e-9;
    (v - slack, v + slack)
}
