//! A percentage that sums the shares of two values the draft writes beside it: "Lobster
//! brought in $36.5 million and scallops $31.0 million, together 66.2% of the total",
//! where the harbor's table gives each catch its share of the value (35.8 and 30.4).
//!
//! The draft names the shares only through the amounts, so each share is the one
//! percentage in its amount's table row or prose sentence; a row or sentence with two is
//! ambiguous and gives none.
//!
//! Also the other way round: a percentage that is the share of a tally's two sides
//! together in a third value the draft writes beside it, a vote's turnout ("voted 201-14
//! to authorize a strike, a turnout of 91%" of 236 workers; [`share_of_a_tally`]), and
//! one side's share of the tally itself ("468 for, 131 against (78.1%)";
//! [`side_of_a_tally`]).

use std::sync::Arc;

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::Kind;

use super::stated_end::after_word;
use super::{
    Nearest, Operation, SUM_WORDS, companions_stated, round, satisfies, says_change,
    stated_close_by,
};
use crate::evidence::Prepared;

/// Whether the claim is a percentage of something, stated or hedged (not a bound), with
/// at least `companions` values written beside it.
fn a_share_stated(claim: &Claim, companions: usize) -> bool {
    let q = &claim.quantity;
    q.kind == Kind::Percent
        && q.value > 0.0
        && q.value <= 100.0
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        && claim.companions.len() >= companions
}

/// The kinds of the values whose shares are summed.
const OPERAND_KINDS: [Kind; 2] = [Kind::Money, Kind::Number];

pub(super) fn sum_of_companions_shares(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if !a_share_stated(claim, 2) || q.value >= 100.0 || !says_change(claim, SUM_WORDS) {
        return None;
    }
    let stem = figcheck_figures::vocabulary::stem;
    let claimed: Vec<String> = claim
        .words()
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(stem)
        .collect();
    let mut best = Nearest::default();
    for kind in OPERAND_KINDS {
        let shares: Vec<Arc<SourceFigure>> =
            companions_stated(corpus, prepared, claim, kind, exhaustive_limit)
                .iter()
                .filter_map(|c| the_share_beside(corpus, &c.figure, q.value, &claimed))
                .collect();
        for (i, a) in shares.iter().enumerate() {
            for b in &shares[i + 1..] {
                if a.source != b.source || a.start == b.start {
                    continue;
                }
                let sum = a.quantity.value + b.quantity.value;
                if satisfies(claim, sum, Operation::Sum) {
                    let shown = format!("{} + {} = {}%", a.text, b.text, round(sum));
                    let off = (sum - q.value).abs();
                    best.offer(claim, off, [a.clone(), b.clone()], shown);
                }
            }
        }
    }
    best.into_derivation()
}

/// The one percentage below `ceiling` in `f`'s table row or prose sentence, or the one
/// among several whose words the claim uses (`claimed`, stemmed).
fn the_share_beside(
    corpus: &dyn Sources,
    f: &SourceFigure,
    ceiling: f64,
    claimed: &[String],
) -> Option<Arc<SourceFigure>> {
    let stem = figcheck_figures::vocabulary::stem;
    let source = [f.source.clone()];
    let found = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Percent],
            values: Some((0.0, ceiling)),
            sources: Some(&source),
            ..FigureQuery::default()
        })
        .ok()?;
    let beside: Vec<Arc<SourceFigure>> = found
        .into_iter()
        .map(|o| o.figure)
        .filter(|p| {
            p.context.cell == f.context.cell
                && p.context.sentence == f.context.sentence
                && p.quantity.upper.is_none()
        })
        .collect();
    // A row with a change beside the share ("+18.1 | 31.0 | 30.4"): the one whose words
    // the claim uses ("Share of value (%)" for "together 66.2% of the total share").
    let share = match beside.as_slice() {
        [one] => one.clone(),
        _ => {
            let mut named = beside.iter().filter(|p| {
                p.context
                    .terms
                    .iter()
                    .any(|t| claimed.contains(&stem(&t.word)))
            });
            let one = named.next()?;
            if named.next().is_some() {
                return None;
            }
            one.clone()
        }
    };
    Some(share)
}

/// The share of a tally's two sides together ("201-14", "212 to 87") in a third value,
/// all three written beside the claim and the whole stated in the tally's sentence or the
/// next. The tally's second side is known by its value beside the first.
pub(super) fn share_of_a_tally(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if !a_share_stated(claim, 3) {
        return None;
    }
    let pool = companions_stated(corpus, prepared, claim, Kind::Number, exhaustive_limit);
    let mut best = Nearest::default();
    for a in &pool {
        let Some(other_side) = a.figure.context.beside.after.filter(|&v| {
            super::is_companion(claim, v) && opens_a_tally(&a.figure.sentence, &a.figure.text)
        }) else {
            continue;
        };
        let sides = a.figure.quantity.value + other_side;
        for whole in &pool {
            let z = whole.figure.quantity.value;
            if whole.order == a.order
                || z < sides
                || z == other_side
                || !(whole.figure.sentence == a.figure.sentence || stated_close_by(a, whole))
            {
                continue;
            }
            // as precise as a sum: a turnout is written to the point, not rounded as a
            // ratio is ("a third")
            let share = sides / z * 100.0;
            if satisfies(claim, share, Operation::Sum) {
                let shown = format!(
                    "({} + {}) ÷ {} = {:.1}%",
                    a.figure.text,
                    round(other_side),
                    whole.figure.text,
                    share
                );
                let off = (share - q.value).abs();
                best.offer(claim, off, [a.figure.clone(), whole.figure.clone()], shown);
            }
        }
    }
    best.into_derivation()
}

/// The share of one side of a tally in the two together ("Ballot vote: 468 for, 131
/// against (78.1%)" where the source says "by 468 votes to 131"), both sides written
/// beside the claim and stated as a tally in one source sentence. The share must hold to
/// the claim's written precision, as a turnout must.
pub(super) fn side_of_a_tally(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if !a_share_stated(claim, 2) {
        return None;
    }
    let pool = companions_stated(corpus, prepared, claim, Kind::Number, exhaustive_limit);
    let mut best = Nearest::default();
    for a in &pool {
        for b in &pool {
            let (x, y) = (a.figure.quantity.value, b.figure.quantity.value);
            if a.order == b.order
                || a.figure.source != b.figure.source
                || a.figure.sentence != b.figure.sentence
                || x <= y
                || y <= 0.0
                || !tally_of(&a.figure.sentence, &a.figure.text, &b.figure.text)
            {
                continue;
            }
            let share = x / (x + y) * 100.0;
            if satisfies(claim, share, Operation::Sum) {
                let shown = format!(
                    "{} ÷ ({} + {}) = {:.1}%",
                    a.figure.text, a.figure.text, b.figure.text, share
                );
                let off = (share - q.value).abs();
                best.offer(claim, off, [a.figure.clone(), b.figure.clone()], shown);
            }
        }
    }
    best.into_derivation()
}

/// Whether `sentence` writes `high` and `low` as a tally: "468 votes to 131", "201-14",
/// "212 to 87" (one word at most between the first side and "to"), and not as a change
/// ("from 236 to 201").
fn tally_of(sentence: &str, high: &str, low: &str) -> bool {
    sentence.match_indices(high).any(|(at, m)| {
        let after = &sentence[at + m.len()..];
        if after_word(sentence, at, &["from"]) {
            return false;
        }
        if let Some(rest) = after.strip_prefix(['-', '–']) {
            return rest.starts_with(low);
        }
        let mut words = after.split_whitespace();
        let first = words.next();
        let (to, side) = match first {
            Some("to") => (first, words.next()),
            _ => (words.next(), words.next()),
        };
        to == Some("to") && side.is_some_and(|w| w.trim_end_matches([',', '.', ';']) == low)
    })
}

/// Whether `text` opens a tally in `sentence`: a dash or " to " right after it ("voted
/// 201-14", "212 to 87"), and no "from" before it ("from 236 to 201" is a change).
fn opens_a_tally(sentence: &str, text: &str) -> bool {
    sentence.match_indices(text).any(|(at, m)| {
        let after = &sentence[at + m.len()..];
        !after_word(sentence, at, &["from"])
            && (after.starts_with(['-', '–']) || after.starts_with(" to "))
    })
}

#[cfg(test)]
mod tests {
    use super::tally_of;

    #[test]
    fn a_tally_is_two_sides_joined_by_a_dash_or_to() {
        let s = "The board was cut by 468 votes to 131, and the levy passed 201-14.";
        assert!(tally_of(s, "468", "131"));
        assert!(tally_of(s, "201", "14"));
        assert!(!tally_of(s, "468", "14"));
        assert!(!tally_of("Enrollment fell from 236 to 201.", "236", "201"));
    }
}
