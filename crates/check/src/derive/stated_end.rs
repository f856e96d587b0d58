//! A change worked out from one end the draft states and the other end a source gives
//! beside it: "grants total $21.4 million, up 27% from last year" where the source says
//! "$21.4 million … up from $16.8 million last year" (21.4 ÷ 16.8 is 1.274).
//!
//! The draft states only the new end, so the pair the other rules look for (two tied
//! figures, or two the draft states beside the figure) is not there. What ties the old
//! end to the claim is the source itself: it is written "from <figure>" in the very
//! sentence that states the draft's end, the way a source gives the two ends of one
//! change, right after the draft's end. The arithmetic must land within the claim's
//! precision, in the direction its words give. A gap in the amount itself ("$5.5 million
//! more than in 2024") is found the same way ([`gap_from_stated_end`]). So is a change
//! from the earlier end the draft states to the later one its source sentence gives
//! before it, written "from" or "against" ("21.5% larger than last year's $7.9 million"
//! where the report says "$9.6 million, … against $7.9 million a year earlier").

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{SourceFigure, Sources};
use figcheck_figures::{Format, Kind};
use std::sync::Arc;

use super::{
    CHANGE_WORDS, Nearest, against, companions_stated, direction, probe_by_value, says_change,
};
use crate::evidence::{Prepared, candidates};
use crate::features::is_small;

/// The relative change from a source's earlier end to the end the draft states beside
/// the claim, for a percentage that says a change.
pub(super) fn change_from_stated_end(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let direction = direction(claim);
    if claim.quantity.kind != Kind::Percent
        || claim.companions.is_empty()
        || !(direction.is_some() || says_change(claim, CHANGE_WORDS))
    {
        return None;
    }
    let mut best = Nearest::default();
    for kind in [Kind::Money, Kind::Number] {
        // The draft states the later end, or the earlier one: "21.5% larger than last
        // year's $7.9 million" where the report says "refunds of $9.6 million, …
        // against $7.9 million a year earlier".
        for (stated, other, stated_is_new) in
            stated_ends(corpus, prepared, claim, kind, exhaustive_limit, true)
        {
            let (x, y) = if stated_is_new {
                (stated.quantity.value, other)
            } else {
                (other, stated.quantity.value)
            };
            if against(direction, x, y) {
                continue;
            }
            // Within the claim's own precision or hedge: one end is the draft's, so
            // there is no rounding of a ratio to allow for.
            let value = (x - y).abs() / y * 100.0;
            if !claim.accepts(value) {
                continue;
            }
            let Some(found) = figure_of(corpus, prepared, claim, &stated, other, exhaustive_limit)
            else {
                continue;
            };
            let (new, old) = if stated_is_new {
                (stated, found)
            } else {
                (found, stated)
            };
            best.offer_change(claim, new, old, value);
        }
    }
    best.into_derivation()
}

/// The value of the nearest figure before `old` in its sentence of its kind and a unit
/// it fits: the later end of the change `old` starts.
fn later_end(old: &SourceFigure) -> Option<f64> {
    let (figures, at) = in_its_sentence(old)?;
    let previous = figures[..at].iter().rev().find(|g| {
        g.quantity.kind == old.quantity.kind && unit_fits(&old.quantity.unit, &g.quantity.unit)
    })?;
    (previous.quantity.value != old.quantity.value).then_some(previous.quantity.value)
}

/// The figures of a source figure's sentence, read again, and where it stands among them.
fn in_its_sentence(f: &SourceFigure) -> Option<(Vec<figcheck_figures::Figure>, usize)> {
    let figures = figcheck_figures::extract(&f.sentence, Format::Plain);
    let at = figures
        .iter()
        .position(|g| g.text == f.text && g.quantity.value == f.quantity.value)?;
    Some((figures, at))
}

/// Each figure of `kind` with a claim companion's value that is one end of a change its
/// source sentence states, with the other end's value and whether the figure is the later
/// end. A later end has the earlier end written "from …" right after it, and is not
/// itself written "from …"; with `starts`, an earlier end is written "from …" or
/// "against …" after the later end ("refunds of $9.6 million, … against $7.9 million a
/// year earlier"). Both ends are positive and apart. Not a small count, which is any
/// sentence's ("five patients, down from six"), unless it is a percentage.
fn stated_ends(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kind: Kind,
    exhaustive_limit: usize,
    starts: bool,
) -> Vec<(Arc<SourceFigure>, f64, bool)> {
    let apart = |a: f64, b: f64| a > 0.0 && b > 0.0 && a != b;
    let mut ends = Vec::new();
    for f in companions_stated(corpus, prepared, claim, kind, exhaustive_limit) {
        let f = f.figure;
        let v = f.quantity.value;
        if is_small(kind, v) {
            continue;
        }
        if !written_from(&f.sentence, &f.text)
            && let Some(y) = earlier_end(&f).filter(|&y| apart(v, y))
        {
            ends.push((f.clone(), y, true));
        }
        if starts
            && written_after(&f.sentence, &f.text, &["from", "against"])
            && let Some(x) = later_end(&f).filter(|&x| apart(x, v))
        {
            ends.push((f, x, false));
        }
    }
    ends
}

/// The gap between the end the draft states beside a count or an amount that says a
/// rise or a fall and the earlier end a source writes "from …" right after it: "grossed
/// $101.9 million in 2025, $5.5 million more than in 2024" where the report says "rose
/// 5.7% to $101.9 million, from $96.4 million". The gap must hold within the claim's
/// precision (5% when hedged), in the direction its words give.
pub(super) fn gap_from_stated_end(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    // "rose 1.6 points to 33.5%": a gap in points is between two percentages
    let q = &claim.quantity;
    let points = super::in_points(q)
        && q.value > 0.0
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx);
    let kind = if points { Kind::Percent } else { q.kind };
    if claim.companions.is_empty() || !(points || super::worked_out_amount(claim)) {
        return None;
    }
    let direction = super::found_base::compared(claim)?;
    let mut best = Nearest::default();
    for (new, y, _) in stated_ends(corpus, prepared, claim, kind, exhaustive_limit, false) {
        let x = new.quantity.value;
        if against(Some(direction), x, y) {
            continue;
        }
        let value = (x - y).abs();
        let Some(off) = super::amount_holds(claim, value) else {
            continue;
        };
        let Some(old) = figure_of(corpus, prepared, claim, &new, y, exhaustive_limit) else {
            continue;
        };
        let shown = if points {
            format!(
                "{} − {} = {} points",
                new.text,
                old.text,
                super::round(value)
            )
        } else {
            format!(
                "{} − {} = {}",
                new.text,
                old.text,
                super::in_claims_style(claim, value)
            )
        };
        best.offer(claim, off, [new, old], shown);
    }
    best.into_derivation()
}

/// Whether `text` stands in `sentence` right after "from ".
pub(crate) fn written_from(sentence: &str, text: &str) -> bool {
    written_after(sentence, text, &["from"])
}

/// Whether `text` stands in `sentence` right after one of `words` (lower case), itself
/// a word of its own.
fn written_after(sentence: &str, text: &str, words: &[&str]) -> bool {
    sentence
        .match_indices(text)
        .any(|(at, _)| after_word(sentence, at, words))
}

/// Whether one of `words` (lower case) is the word right before byte `at` of `sentence`.
pub(crate) fn after_word(sentence: &str, at: usize, words: &[&str]) -> bool {
    let before = sentence[..at].trim_end().to_lowercase();
    words.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// The value of the figure written "from …" right after `new` in its sentence, in the
/// same kind and unit ("$21.4 million in grants to 12 airports, up from $16.8 million"):
/// the earlier end of a change whose later end is `new`. Not any other figure of the
/// sentence: in "five patients, down from six, and two in intensive care" six is five's
/// earlier end, not two's.
fn earlier_end(new: &SourceFigure) -> Option<f64> {
    let same = |g: &figcheck_figures::Figure| {
        g.quantity.kind == new.quantity.kind && unit_fits(&g.quantity.unit, &new.quantity.unit)
    };
    let (figures, at) = in_its_sentence(new)?;
    let next = figures[at + 1..].iter().find(|g| same(g))?;
    (next.quantity.value != new.quantity.value && written_from(&new.sentence, &next.text))
        .then_some(next.quantity.value)
}

/// The source figure of value `value` in `new`'s sentence, as the index holds it.
fn figure_of(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    new: &SourceFigure,
    value: f64,
    exhaustive_limit: usize,
) -> Option<std::sync::Arc<SourceFigure>> {
    let probe = probe_by_value(claim, new.quantity.kind, value, None);
    candidates(corpus, prepared, &probe, exhaustive_limit)
        .into_iter()
        .map(|c| c.figure)
        .find(|f| {
            f.source == new.source
                && f.sentence == new.sentence
                && f.quantity.value == value
                && unit_fits(&f.quantity.unit, &new.quantity.unit)
        })
}

/// Whether an earlier end's unit fits the later end's: the same, or none, since "9.3
/// million visits …, up 1.5% from 9.16 million" leaves the unit to the later end.
fn unit_fits(earlier: &Option<String>, later: &Option<String>) -> bool {
    earlier == later || earlier.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_is_written_from_only_right_after_from() {
        let s = "It rose to $21.4 million, up from $16.8 million last year.";
        assert!(written_from(s, "$16.8 million"));
        assert!(!written_from(s, "$21.4 million"));
        // "from" must be its own word
        assert!(!written_from("Aid therefrom 12 times.", "12"));
        assert!(written_from("From 740, complaints rose to 1,130.", "740"));
    }
}
