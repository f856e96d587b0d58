//! A source value the draft plainly copied together with its companions (the other
//! figures the draft writes beside it). Three values recurring together by chance is
//! rarer than any word the fitted model weighs, so such a copy backs the claim whatever
//! its words (see `verdict.rs::backs`).
//!
//! The companions may stand in the value's own sentence or table row
//! ([`copied_with_companions`]), or, when the writer ran two source sentences into one,
//! partly in the sentence before or after it ([`copied_across_sentences`]): "Debt
//! service: about $3.6 million a year for 30 years, at 4.6%." from "The bonds carry an
//! estimated interest rate of 4.6% and will be repaid over 30 years. Annual debt service
//! of about $3.6 million will come from …".

use figcheck_claims::Claim;
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::Kind;

use crate::derive::{in_one_prose, next_sentences};
use crate::evidence::{Candidate, same_value};
use crate::features::Owner;
use crate::verdict::MEASURED_BY_COMPANIONS;

/// How many of a claim's companions must stand beside its exact value for the value to
/// have been copied with them.
const COPIED_WITH: usize = 2;

/// At most this many of a claim's companions are looked up in neighbouring sentences.
const MAX_LOOKED_UP: usize = 4;

/// Whether a candidate may be a copy at all: not another's value in the sentence
/// ("Japan's 34,200 and the United States' 44,500" swapped copies every figure of the
/// sentence), nor a small number in a table, whose row holds a dozen of them (a box
/// score's). A sentence of prose holds few: "voted 212 to 87 … to approve a three-year
/// contract" is the "three-year deal" a draft writes beside 212 and 87. Not an ordinal,
/// though: "the second quarter" and "the third" are one sentence's periods.
fn may_be_a_copy(c: &Candidate) -> bool {
    !matches!(c.features.owner, Owner::Other | Owner::OtherUnknownName)
        && may_be_a_copy_of_anyone(c)
}

/// [`may_be_a_copy`] whoever's the candidate is.
fn may_be_a_copy_of_anyone(c: &Candidate) -> bool {
    !(c.features.small && (c.figure.context.cell || c.figure.quantity.kind == Kind::Ordinal))
}

/// The value, exactly (a table's "-6.5" for "fell 6.5%" too), in a sentence or row
/// holding at least [`COPIED_WITH`] of the claim's companions and half of them.
fn copied_with_companions(claim: &Claim, c: &Candidate) -> bool {
    (c.features.exact || crate::evidence::states_a_fall_exactly(claim, &c.figure.quantity))
        && may_be_a_copy(c)
        && {
            // The other side of the claim's pair counts as one more companion: "goes from
            // $12 to $15, a 20% jump, and 1,100 of the 7,200 seats…" against "keep
            // tickets at $12 through 2027 and charge $15 …, where 1,100 of the seats…".
            let partner = claim.partner.map(|p| {
                c.figure
                    .row
                    .iter()
                    .any(|v| same_value(v.abs(), p.value.abs()))
            });
            let total = claim.companions.len() + usize::from(partner.is_some());
            let found = (c.features.companions * claim.companions.len() as f32).round()
                + if partner == Some(true) { 1.0 } else { 0.0 };
            total >= COPIED_WITH
                && found >= COPIED_WITH as f32
                && found >= MEASURED_BY_COMPANIONS * total as f32
        }
}

/// The value exactly, not a small count, in a sentence of prose that also states a
/// specific companion (three significant digits or more): "reading rose 2.5 points to
/// 41.8%" and math's "33.5%" beside it, from "41.8% of Hollisford students met the
/// standard in English language arts, … and 33.5% met it in math"; "18,420 this fall,
/// down 2.6%". A value recurring by chance beside a specific one is as rare as three
/// rounder ones together (a table row holds many specific values: there it takes two
/// companions).
fn copied_with_a_specific_companion(claim: &Claim, c: &Candidate) -> bool {
    let specific =
        |v: f64| crate::features::significant_digits(v) >= crate::features::SPECIFIC_DIGITS;
    // Another's by a guess only (an owner inherited from the sentence before) is no one
    // else's for certain beside a specific companion: "The division planted 3,260 … up
    // from 2,740 in 2024" after a sentence about the master plan.
    let owners_or_guessed =
        may_be_a_copy(c) || (c.features.owner_guessed && may_be_a_copy_of_anyone(c));
    c.features.exact
        && !c.figure.context.cell
        && !c.features.small
        && owners_or_guessed
        && claim
            .companions
            .iter()
            .any(|&v| specific(v) && c.figure.row.iter().any(|&r| same_value(r, v)))
}

/// Whether `c` is the claim's value copied from its source, by either rule: with its
/// companions, or beside a specific one. Such a copy backs the claim whatever the model
/// makes of its words.
pub(crate) fn copied(claim: &Claim, c: &Candidate) -> bool {
    copied_with_companions(claim, c) || copied_with_a_specific_companion(claim, c)
}

/// Whether `c` states the claim's value exactly in prose, and its sentence with the one
/// before and the one after states at least [`COPIED_WITH`] of the claim's companions and
/// half of them. Only values looked up in the candidate's own source count.
pub(crate) fn copied_across_sentences(corpus: &dyn Sources, claim: &Claim, c: &Candidate) -> bool {
    let f = &c.figure;
    let total = claim.companions.len();
    if total < COPIED_WITH || !c.features.exact || f.context.cell || !may_be_a_copy(c) {
        return false;
    }
    let needed = COPIED_WITH.max((MEASURED_BY_COMPANIONS * total as f32).ceil() as usize);
    let (in_sentence, elsewhere): (Vec<f64>, Vec<f64>) = claim
        .companions
        .iter()
        .take(MAX_LOOKED_UP)
        .copied()
        .partition(|&v| f.row.iter().any(|&r| same_value(r, v)));
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
