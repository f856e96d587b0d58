//! Derived figures: a draft figure that states the ratio, share or difference of two
//! source figures ("nine times as much", "a third of it", "fell 13 points", "down 8.5%",
//! "a drop of 7 gallons", "$6 below the median").
//!
//! A writer derives such figures from the sources every day; no source states them, so
//! without this step they are always unsupported. A derivation counts only when both
//! operands are tied to the claim (its owner's figures, or figures among its measure
//! words) and the arithmetic lands within the claim's own precision and hedge; the
//! arithmetic is shown as the evidence, so a writer can check it.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::{SourceFigure, Sources};
use figcheck_figures::{Kind, Quantity, stem};

use crate::evidence::{Candidate, Prepared, candidates, counts_points, unit_stem};
use crate::features::{Owner, UnitMatch};

mod after_change;
mod converted;
mod found_base;
mod found_operand;
mod multiplied;
mod over_a_span;
mod owners_gap;
mod owners_share;
mod part_of_whole;
mod per_unit;
mod price_times_count;
mod share_in_a_sentence;
mod shares_summed;
mod stated_end;
mod year_before;
mod years_since;
pub(crate) use converted::is_a_unit_of_measure;
pub(crate) use stated_end::written_from;

/// A derivation found for a claim: the two source figures and the arithmetic.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Derivation {
    /// The two source figures, in the order of the arithmetic.
    pub operands: [Arc<SourceFigure>; 2],
    /// "21.6 billion ÷ 2.4 billion = 9.0".
    pub arithmetic: String,
}

/// The arithmetic a claim may state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operation {
    /// a ÷ b, a > b: "three times", "threefold".
    Multiple,
    /// a ÷ b, a < b: "a third", "half".
    Share,
    /// a − b of two percentages: "13 points", "4.8 percentage points".
    PointChange,
    /// (a − b) ÷ b, in percent: "down 8.5%", "grew 12%".
    RelativeChange,
    /// a − b of two counts or amounts stated together: "a drop of 7 gallons", "$6 below
    /// the regional median".
    Difference,
    /// a + b of two counts or amounts stated together: "will bring the hospital to 664
    /// beds" for 144 beds added to a 520-bed hospital, "a combined $3.1 billion"; or of
    /// two shares of one whole: "together about 64% of the total".
    Sum,
    /// a × b of an amount per a period and a count of that period, both written beside
    /// the claim: "28,000 gallons a day, or about 2.8 million gallons over a 101-day
    /// season".
    Product,
}

/// At most this many operands tied to a claim are paired up.
const MAX_OPERANDS: usize = 10;
/// The word coverage at which an operand without the claim's owner counts as tied.
const TIED_COVERAGE: f32 = 0.34;

/// Words that say a percentage is a change between two values.
pub(crate) const CHANGE_WORDS: &[&str] = &[
    "up",
    "down",
    "rise",
    "rose",
    "risen",
    "fell",
    "fall",
    "fallen",
    "drop",
    "dropped",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "grew",
    "grow",
    "growth",
    "cut",
    "raise",
    "hike",
    "higher",
    "lower",
    "decline",
    "declined",
    "gain",
    "gained",
    "jump",
    "jumped",
    "slid",
    "lost",
    "lose",
    "shed",
    "shrank",
    "shrink",
    "climb",
    "climbed",
    "more",
    "less",
    "larger",
    "smaller",
    "bigger",
];

/// Words that say a count or an amount is the total of two values: "a total of", "a
/// combined", "together", "will bring it to".
const SUM_WORDS: &[&str] = &[
    "total",
    "combined",
    "together",
    "altogether",
    "bring",
    "sum",
];

/// Words that say a duration is the gap between two: "finished 0:38 behind", "won by 1:08
/// ahead of", "ran 12 seconds faster". A time with none of these is a time of its own.
const DURATION_GAP_WORDS: &[&str] = &[
    "ahead",
    "behind",
    "back",
    "faster",
    "slower",
    "quicker",
    "gap",
    "margin",
    "lead",
    "beat",
    "difference",
    "shy",
];

/// Words that say a count or an amount is the gap between two values: the change words,
/// and those of a comparison ("$6 below the median", "2,300 short of the target", "a
/// margin of 125 votes", "a net loss of nine").
const GAP_WORDS: &[&str] = &[
    "below",
    "above",
    "short",
    "gap",
    "difference",
    "fewer",
    "extra",
    "margin",
    "loss",
    // "beat Beaulieu-Côté by roughly 250 votes": by how much one side won
    "beat",
    "defeated",
    "trailed",
    // "mail ballots outnumbered Election Day ballots by 19,587"
    "outnumbered",
    // "reach 84% of the 11,200 addresses, leaving some 1,800": what is left of a whole.
    // Not "remaining": "the remaining $0.6 million" after two parts the draft lists reads
    // as the gap between those parts.
    "leaving",
];

fn operation(claim: &Claim) -> Option<Operation> {
    let q = &claim.quantity;
    match q.kind {
        Kind::Multiplier => Some(Operation::Multiple),
        Kind::Fraction if q.value < 1.0 => Some(Operation::Share),
        Kind::PercentagePoints => Some(Operation::PointChange),
        Kind::Number if counts_points(q) => Some(Operation::PointChange),
        Kind::Percent if says_change(claim, CHANGE_WORDS) => Some(Operation::RelativeChange),
        // "842 GWh and 767 GWh, together about 64% of the total": two shares of one whole.
        Kind::Percent
            if q.value > 0.0
                && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
                && says_change(claim, SUM_WORDS) =>
        {
            Some(Operation::Sum)
        }
        // "0:38 behind", "a margin of 1:43": a gap between two durations
        Kind::Duration
            if q.value > 0.0
                && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
                && says_change(claim, DURATION_GAP_WORDS) =>
        {
            Some(Operation::Difference)
        }
        // Not a bound: "below $30 billion" is a ceiling, not a gap.
        Kind::Number | Kind::Money
            if q.value > 0.0
                && !per_many(q)
                && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
                && (says_change(claim, CHANGE_WORDS) || says_change(claim, GAP_WORDS)) =>
        {
            Some(Operation::Difference)
        }
        Kind::Number | Kind::Money
            if q.value > 0.0
                && !per_many(q)
                && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
                && says_change(claim, SUM_WORDS) =>
        {
            Some(Operation::Sum)
        }
        _ => None,
    }
}

/// Whether a quantity is a gap in percentage points: "3.6 points", "2.5 percentage points".
fn in_points(q: &Quantity) -> bool {
    q.kind == Kind::PercentagePoints || (q.kind == Kind::Number && counts_points(q))
}

/// Whether a quantity is a rate of a base of more than one ("12 per 10,000 workers"):
/// the gap or the sum of two such rates is no rate a writer states. A price per one unit
/// ("39 cents a gallon less", from "$3.92 a gallon" and "$4.31") is still an amount.
fn per_many(q: &Quantity) -> bool {
    q.per.as_ref().is_some_and(|p| p.base != 1.0)
}

/// Which way a claim says its value changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Rise,
    Fall,
}

/// Words that say a value rose.
const RISE_WORDS: &[&str] = &[
    "up",
    "rose",
    "rise",
    "risen",
    "grew",
    "grow",
    "increase",
    "increased",
    "gain",
    "gained",
    "jump",
    "jumped",
    "climb",
    "climbed",
    "higher",
];

/// The direction a claim's words give its change, if they give exactly one.
fn direction(claim: &Claim) -> Option<Direction> {
    match (
        says_change(claim, RISE_WORDS),
        crate::evidence::says_fall(claim),
    ) {
        (true, false) => Some(Direction::Rise),
        (false, true) => Some(Direction::Fall),
        _ => None,
    }
}

/// Whether a change from `y` to `x` goes the other way than the claim's words say: a rise
/// ends higher, a fall lower ("rose 35%" is no fall from 1,130 to 740).
fn against(direction: Option<Direction>, x: f64, y: f64) -> bool {
    direction == Some(Direction::Rise) && x < y || direction == Some(Direction::Fall) && x > y
}

/// Whether one of the claim's measure words is among `words`, in any inflection
/// ("rises" as "rise").
pub(crate) fn says_change(claim: &Claim, words: &[&str]) -> bool {
    let stem = figcheck_figures::vocabulary::stem;
    let listed: Vec<String> = words.iter().map(|c| stem(c)).collect();
    claim_stems(claim).iter().any(|w| listed.contains(w))
}

/// The stems of the claim's measure words, each word of a phrase apart.
pub(crate) fn claim_stems(claim: &Claim) -> Vec<String> {
    claim
        .words()
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(figcheck_figures::vocabulary::stem)
        .collect()
}

/// The operands' kinds for an operation; a difference is of the claim's own kind.
fn operand_kinds(op: Operation, claim_kind: Kind) -> &'static [Kind] {
    match op {
        Operation::Multiple => &[
            Kind::Number,
            Kind::Money,
            Kind::Percent,
            Kind::PercentagePoints,
        ],
        // A share of a whole: a percentage is already a share, and is an operand only
        // of a share of another named owner's (see `derive_with_companions`).
        Operation::Share => &[Kind::Number, Kind::Money, Kind::Percent],
        Operation::PointChange => &[Kind::Percent],
        Operation::RelativeChange => &[Kind::Number, Kind::Money],
        Operation::Difference | Operation::Sum if claim_kind == Kind::Money => &[Kind::Money],
        Operation::Difference if claim_kind == Kind::Duration => &[Kind::Duration],
        Operation::Sum if claim_kind == Kind::Percent => &[Kind::Percent],
        Operation::Difference | Operation::Sum | Operation::Product => &[Kind::Number],
    }
}

/// The claim asked about a plain `value` of `kind` instead of its own: the question that
/// finds an operand's candidates, with the claim's words and names.
fn probe(claim: &Claim, kind: Kind, value: f64) -> Claim {
    let mut probe = claim.clone();
    probe.quantity = Quantity {
        kind,
        value,
        unit: None,
        per: None,
        upper: None,
        hedge: None,
        ..claim.quantity.clone()
    };
    probe.comparison = Comparison::Eq;
    probe.tolerance = None;
    probe
}

/// [`probe`] for an operand found by the value it must have, whatever figures stand beside
/// it: no companions, and within `around` of `value` when given.
fn probe_by_value(claim: &Claim, kind: Kind, value: f64, around: Option<Tolerance>) -> Claim {
    let mut probe = probe(claim, kind, value);
    probe.companions = Vec::new();
    probe.tolerance = around;
    probe
}

/// The figures of `kind` the sources give the claim's owner (its name, or a row or
/// sentence naming the owner's surname alone) with about the value `value`: an operand
/// the draft names only by its owner, found by the value it must have ("Ashcombe's
/// share", "Pemberton is 10.5 points ahead").
fn owners_by_value(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kind: Kind,
    value: f64,
    around: Option<Tolerance>,
    exhaustive_limit: usize,
) -> Vec<Arc<SourceFigure>> {
    let ask = probe_by_value(claim, kind, value, around);
    candidates(corpus, prepared, &ask, exhaustive_limit)
        .into_iter()
        .filter(|c| {
            matches!(c.features.owner, Owner::Same | Owner::Partial)
                && c.figure.quantity.kind == kind
        })
        .map(|c| c.figure)
        .collect()
}

/// Source figures of `kind` tied to the claim, best tied first.
fn tied(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kind: Kind,
    exhaustive_limit: usize,
) -> Vec<Candidate> {
    let mut probe = probe(claim, kind, claim.quantity.value);
    // An operand of the claim's own kind counts what the claim counts: its unit is a
    // measure word of the probe too ("by 125 votes" from "passed by 1,212 votes to 1,087").
    if kind == claim.quantity.kind {
        probe.quantity.unit.clone_from(&claim.quantity.unit);
    }
    let entities = claim.entities();
    // Of a gap or a sum, an operand the draft states beside the claim, or one stated with
    // it, speaks for the claim's owner and ranks as one the owner's name ties: "26 storms,
    // 11 more than the winter before" is worked out from the sentence that gives the 26,
    // however many figures the owner has. Not of a ratio or a change in percent: two
    // figures of a sentence divide to about any fraction, and "Samsung's robot sales grew
    // 12%" beside Japan's 44,500 is no change from Korea's 30,600 to the United States'
    // 34,200 of the sentence that gives it.
    let counted_up = matches!(
        operation(claim),
        Some(Operation::Difference | Operation::Sum)
    );
    let found: Vec<Candidate> = candidates(corpus, prepared, &probe, exhaustive_limit);
    let mut found: Vec<Candidate> = found
        .into_iter()
        .filter(|c| match c.features.owner {
            Owner::Same | Owner::Partial => true,
            Owner::ClaimUnnamed | Owner::Mentioned | Owner::Unknown => {
                c.features.coverage >= TIED_COVERAGE
            }
            // "Lake Harlan … nine times as much as Ridgeback": a figure owned by another
            // name the claim compares is the other operand.
            // "The department responded to 26 storm events, up from 15" under a subject
            // the draft never names, or one handed down from an earlier sentence
            // ("Snowfall … totaled 71.4 inches"): the sentence whose figure the draft
            // copies beside the claim's is the draft owner's, by the draft's own account.
            Owner::Other | Owner::OtherUnknownName => {
                owns_another_entity(c, &entities)
                    || counted_up
                        && (c.features.owner == Owner::OtherUnknownName || c.features.owner_guessed)
                        && beside_a_companion(claim, c)
                        && c.features.coverage >= TIED_COVERAGE
            }
        })
        .collect();
    let tie = |c: &Candidate| {
        let owned = matches!(c.features.owner, Owner::Same | Owner::Partial)
            || owns_another_entity(c, &entities);
        let beside = counted_up && beside_a_companion(claim, c);
        c.features.coverage + if owned { 1.0 } else { 0.0 } + if beside { 1.0 } else { 0.0 }
    };
    found.sort_by(|a, b| tie(b).total_cmp(&tie(a)).then(a.order.cmp(&b.order)));
    found.truncate(MAX_OPERANDS);
    found
}

/// Whether a candidate is a value the draft states beside the claim, or stated in one
/// sentence with one.
fn beside_a_companion(claim: &Claim, c: &Candidate) -> bool {
    c.features.companions > 0.0 || is_companion(claim, c.figure.quantity.value)
}

/// Whether the candidate's owner is one of the claim's names other than its first (the
/// owner the candidate's `Owner` feature is judged against).
fn owns_another_entity(c: &Candidate, entities: &[&str]) -> bool {
    entities.len() >= 2
        && c.figure.context.anchors.iter().any(|anchor| {
            entities[1..]
                .iter()
                .any(|e| figcheck_figures::words_within(e, anchor))
        })
}

/// Whether a derived value satisfies the claim. A writer rounds a ratio ("three times"
/// for 2.9) but not far; a hedged claim ("more than a third") must still be near its
/// value: "more than a third" is not 90%.
///
/// A difference is not a ratio a writer rounds: "$2.50" is not 3.50 − 1.01, and many pairs
/// of figures differ by about any small amount, so it must hold to the written precision
/// (half the slack of a ratio when hedged).
fn satisfies(claim: &Claim, derived: f64, op: Operation) -> bool {
    let q = claim.quantity.value;
    let off = (derived - q).abs() / q.abs().max(f64::MIN_POSITIVE);
    if matches!(op, Operation::Difference | Operation::Sum) {
        return match claim.comparison {
            Comparison::Approx => off <= 0.05,
            _ => claim.accepts(derived),
        };
    }
    match claim.comparison {
        Comparison::Gt | Comparison::Ge | Comparison::Lt | Comparison::Le => {
            off <= 0.25 && claim.accepts(derived)
        }
        Comparison::Approx => off <= 0.1,
        // Exact claims: the written precision ("13.5 points"), or 5% for a rounded ratio.
        _ => claim.accepts(derived) || off <= 0.05,
    }
}

/// Whether two source figures are plainly values of one measure, so that arithmetic on
/// them means something: stated together (see [`stated_together`]), or both among most
/// of the claim's words in one document.
fn comparable(claim: &Claim, op: Operation, a: &Candidate, b: &Candidate) -> bool {
    let (fa, fb) = (&a.figure, &b.figure);
    // A table's row is one sentence: its cells are quoted apart but stated together. A
    // multiple compares cells of one measure only ("Passengers 2025" and "Passengers
    // 2015"): a row's on-time 81.9% is no five times its growth of 15.1%. (A share or a
    // change may be across measures: made of attempted, this year's of last.)
    let one_measure_in_row = op != Operation::Multiple || one_measure_word(fa, fb);
    let same_row = same_row(fa, fb) && one_measure_in_row;
    let one_measure = fa.source == fb.source
        && a.features.coverage >= MEASURE_COVERAGE
        && b.features.coverage >= MEASURE_COVERAGE;
    same_row || stated_together(claim, a, b) || one_measure
}

/// Whether two figures are cells of one table row.
pub(crate) fn same_row(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.context.cell
        && b.context.cell
        && a.source == b.source
        && a.context.sentence == b.context.sentence
}

/// Whether two figures are cells of one column of one table: amounts a total adds up
/// ("CoBank term loan | 15.0" and "Cooperative cash reserves | 6.4" under "Amount").
fn one_column(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.context.cell && b.context.cell && a.source == b.source && a.context.terms == b.context.terms
}

/// Whether a figure is a cell of a table's total row ("Total", "All 24 centers |
/// 1,904,000").
fn in_a_total_row(f: &SourceFigure) -> bool {
    f.context.cell
        && f.context.anchors.first().is_some_and(|label| {
            crate::verdict::sums_the_rows(label) || label.to_lowercase().starts_with("all ")
        })
}

/// Whether two cells' headers share a word, so that they measure one thing
/// ("Passengers 2025" and "Passengers 2015").
fn one_measure_word(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.context.terms.iter().any(|t| b.context.terms.contains(t))
}

/// Whether two cells of the claim's owner's row are one measure in two columns, and the
/// claim says it changed: "Family concerts … lost 1,300 tickets" from the row's
/// "Attendance 2025–26" 22,600 and "Attendance 2024–25" 23,900. Cells of two measures
/// (concerts and attendance) differ by anything, and so do a row's cells for a gap the
/// claim does not call a change.
fn change_across_columns(claim: &Claim, a: &Candidate, b: &Candidate) -> bool {
    let (fa, fb) = (&a.figure, &b.figure);
    let owned = |c: &Candidate| c.features.owner == Owner::Same;
    // a small count is the gap between any two of a row's cells ("lost four of their last
    // five" of two quarters' points)
    !crate::features::is_small(claim.quantity.kind, claim.quantity.value)
        && same_row(fa, fb)
        && owned(a)
        && owned(b)
        && one_measure_word(fa, fb)
        && (direction(claim).is_some() || says_change(claim, CHANGE_WORDS))
}

/// Whether two source figures are stated together: in one sentence of prose ("from 177
/// to 162"), or each the figure of a name the claim compares ("Lake Harlan … nine times
/// as much as Ridgeback"). A difference needs this much: many pairs of a document's
/// counts differ by any small number, and two cells of a row by anything.
fn stated_together(claim: &Claim, a: &Candidate, b: &Candidate) -> bool {
    let (fa, fb) = (&a.figure, &b.figure);
    let same_sentence = fa.source == fb.source
        && !(fa.context.cell && fb.context.cell)
        && fa.sentence == fb.sentence;
    let entities = claim.entities();
    let owned = |c: &Candidate| matches!(c.features.owner, Owner::Same | Owner::Partial);
    let named = |c: &Candidate| owned(c) || owns_another_entity(c, &entities);
    // Two cells compare only in one column: Aerovista's on-time 71.5% and Northline's
    // growth of 11.5% are two measures, whatever their ratio.
    let one_column = !(fa.context.cell && fb.context.cell) || fa.context.terms == fb.context.terms;
    let two_owners = entities.len() >= 2
        && named(a)
        && named(b)
        && !fa.context.anchors.is_empty()
        && fa.context.anchors != fb.context.anchors
        && one_column;
    same_sentence || two_owners
}

/// Whether two source figures stand a sentence or two apart in one passage of prose:
/// "Operating revenue rose 8.2% to $48.6 million … Operating expenses were $39.2
/// million." Enough for operands the draft itself states beside the figure (each found
/// by its own value), not for figures the engine would pick among.
fn stated_close_by(a: &Candidate, b: &Candidate) -> bool {
    let (fa, fb) = (&a.figure, &b.figure);
    in_one_prose(fa, fb) && (fa.start.abs_diff(fb.start) <= CLOSE_BY || next_sentences(fa, fb))
}

/// Whether two figures stand in the prose (no table cell) of one source.
pub(crate) fn in_one_prose(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.source == b.source && !a.context.cell && !b.context.cell
}

/// Whether two figures stand in one sentence or in two that follow each other with no
/// more than a space or a line break between them, however long the first: "The largest
/// grant, $11.2 million, goes to … Redfern Electric Cooperative $3.9 million".
pub(crate) fn next_sentences(a: &SourceFigure, b: &SourceFigure) -> bool {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    let (s1, s2) = (&first.context.sentence, &second.context.sentence);
    s1 == s2 || (s2.start >= s1.end && s2.start - s1.end <= 1)
}

/// How far apart, in bytes, two figures of one passage may stand: about two sentences.
const CLOSE_BY: usize = 320;

/// Whether two prose figures of one source stand within a few sentences of each other:
/// enough for an operand found by the exact value it must have, not for one picked
/// among many.
fn in_one_passage(a: &SourceFigure, b: &SourceFigure) -> bool {
    in_one_prose(a, b) && a.start.abs_diff(b.start) <= PASSAGE
}

/// Whether two figures are written in one unit, and in a unit at all: "$32.3 million" of
/// "$142 million", "171 GWh" of "2,520 GWh"; a bare number is anything's count.
fn one_unit(a: &SourceFigure, b: &SourceFigure) -> bool {
    match (unit_stem(&a.quantity), unit_stem(&b.quantity)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// How far apart, in bytes, figures of one passage may stand: four or five sentences.
const PASSAGE: usize = 640;

/// How near a share worked out with a whole found by its value must come to the claim's,
/// relatively.
const WHOLE_BY_VALUE_SLACK: f64 = 0.05;

/// [`WHOLE_BY_VALUE_SLACK`] for a claim: twice that for a bound, which a writer rounds to
/// a round number below or above the share ("more than 40%" for 42.5%).
fn whole_by_value_slack(claim: &Claim) -> f64 {
    match claim.comparison {
        Comparison::Gt | Comparison::Ge | Comparison::Lt | Comparison::Le => {
            2.0 * WHOLE_BY_VALUE_SLACK
        }
        _ => WHOLE_BY_VALUE_SLACK,
    }
}

/// Whether a claim could state the gap between the two ends of a change though it says
/// no change: a positive count or amount, hedged as a writer hedges a gap worked out
/// ("roughly $6.50", "nearly 1,300"), not a rate. (Asked of every unhedged count too, the
/// arithmetic ran for most figures of a draft and found nothing more on any labelled set.)
fn gap_of_ends(claim: &Claim) -> bool {
    let q = &claim.quantity;
    matches!(q.kind, Kind::Number | Kind::Money)
        && q.value > 0.0
        && !per_many(q)
        && q.upper.is_none()
        && claim.comparison == Comparison::Approx
}

/// Whether two source figures are written side by side as a pair: the two ends of a
/// change ("from $68.40 to $74.90"), or made and attempted, or a tally.
fn ends_of_one_change(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.source == b.source
        && a.sentence == b.sentence
        && (a.context.beside.after == Some(b.quantity.value)
            || a.context.beside.before == Some(b.quantity.value))
}

/// Whether `part` is the low side of a tally whose high side is `whole`, written first:
/// "a 7-2 vote". The two sides are parts of one whole (nine votes), so 2 is no share of 7.
/// ("8-of-18", where the whole is written second, is a share.)
fn sides_of_a_tally(part: &SourceFigure, whole: &SourceFigure) -> bool {
    whole.source == part.source
        && whole.context.beside.after == Some(part.quantity.value)
        && part.start > whole.end
        && part.start - whole.end <= '–'.len_utf8()
}

/// Whether a claim is a count or an amount a writer may have worked out: positive, no
/// rate, stated or hedged (not a bound), and not a small count, which any two small counts
/// divide into ("two blocks" as 8 ÷ 4).
fn worked_out_amount(claim: &Claim) -> bool {
    let q = &claim.quantity;
    matches!(q.kind, Kind::Money | Kind::Number)
        && q.value > 0.0
        && !per_many(q)
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        && !crate::features::is_small(q.kind, q.value)
}

/// Whether a claim is an amount or count written precisely enough to be worked out by
/// multiplying two source figures: positive, stated or hedged, with three significant
/// digits or more, since many pairs of figures multiply to about any rounder number.
fn precise_amount(claim: &Claim) -> bool {
    let q = &claim.quantity;
    matches!(q.kind, Kind::Number | Kind::Money)
        && q.value > 0.0
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        && crate::features::significant_digits(q.value) >= PRECISE_DIGITS
}

/// The fewest significant digits of a [`precise_amount`].
const PRECISE_DIGITS: usize = 3;

/// How far a worked-out amount is from the claim's, relatively, if the claim allows it:
/// within 5% of a hedged claim, within an exact one's precision.
fn amount_holds(claim: &Claim, value: f64) -> Option<f64> {
    let q = claim.quantity.value;
    let off = (value - q).abs() / q;
    let holds = match claim.comparison {
        Comparison::Approx => off <= 0.05,
        _ => claim.accepts(value),
    };
    holds.then_some(off)
}

/// What an amount or count is reckoned per one of, when it is no period: "a seat" in
/// "$13,400 a seat", "each" in "$50 for each of its 4,862,000 transactions".
fn per_one(q: &Quantity) -> Option<&figcheck_figures::quantity::Per> {
    q.per
        .as_ref()
        .filter(|p| p.base == 1.0 && q.period().is_none())
}

/// The thing (stemmed) an amount or count is reckoned per one of, when it is no period:
/// "seat" in "$13,400 a seat", "vessel" in "about four a vessel".
fn per_thing(q: &Quantity) -> Option<String> {
    per_one(q)
        .and_then(|p| p.unit.as_deref())
        .map(|u| stem(&u.to_lowercase()))
}

/// Whether a source figure counts `thing` (stemmed): its unit, or a word of its sentence
/// ("would seat 7,200", "148 registered commercial vessels").
fn counts_thing(count: &SourceFigure, thing: &str) -> bool {
    unit_stem(&count.quantity).as_deref() == Some(thing)
        || count
            .sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| stem(&w.to_lowercase()) == thing)
}

/// Words that say an amount or count is an average over a count: "an average of $625,000",
/// "$40 apiece".
const AVERAGE_WORDS: &[&str] = &["average", "apiece", "each", "per"];

/// An amount or count that is another divided by a count the sources state with it:
/// "the remaining eight airports share $5.0 million" for "an average of $625,000", "85
/// homes … at a cost of $2.3 million" for "about $27,000 each". Without a word for an
/// average the draft must state both operands beside the figure (its companions), as
/// writers do when they work a figure out in the sentence.
fn quotient(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let q = &claim.quantity;
    // "At about $13,400 a seat": an amount per one of a thing counted is an average over
    // a count of that thing ("would seat 7,200 and cost $96.5 million").
    let per_thing = per_thing(&claim.quantity);
    let averaged = says_change(claim, AVERAGE_WORDS) || per_thing.is_some();
    // A small count is the quotient of about any two figures ("two blocks" as 8 ÷ 4),
    // unless the draft states both beside it as a count per one of a thing: "drew 460
    // applications, almost ten for every unit" of the 48-unit building.
    let small_per_thing = per_thing.is_some()
        && crate::features::is_small(q.kind, q.value)
        && claim.companions.len() >= 2
        && q.value > 0.0
        && matches!(claim.comparison, Comparison::Eq | Comparison::Approx);
    if !(worked_out_amount(claim) || small_per_thing) || !(averaged || claim.companions.len() >= 2)
    {
        return None;
    }
    // Operands tied to the claim; or, without a word for an average, the source figures
    // with the values the draft states beside it.
    let by_companions = !averaged || small_per_thing;
    // "about $50 for each of its 4,862,000 transactions": a figure per one of something
    let for_each = per_one(q).is_some();
    let operands = |kind: Kind| -> Vec<Candidate> {
        if !by_companions {
            tied(corpus, prepared, claim, kind, exhaustive_limit)
        } else {
            companions_stated(corpus, prepared, claim, kind, exhaustive_limit)
        }
    };
    let totals = operands(q.kind);
    let mut counts = if q.kind == Kind::Number {
        totals.clone()
    } else {
        operands(Kind::Number)
    };
    // The count of the thing an amount is per, when it is per one of a thing.
    if let Some(thing) = per_thing.as_deref() {
        counts.retain(|count| counts_thing(&count.figure, thing));
    }
    let mut best = Nearest::default();
    for total in &totals {
        for count in &counts {
            let (x, n) = (total.figure.quantity.value, count.figure.quantity.value);
            // Both operands the draft's own, each found by its value: one source stating
            // both is enough ("spent $241.6 million … about $50 for each of its 4,862,000
            // transactions", from a report's two pages).
            // "Downtown's 58 stations averaged about 10,600 trips each": a row's total over
            // its count, which the draft states beside the claim
            let together = stated_together(claim, total, count)
                || (by_companions && for_each && total.figure.source == count.figure.source)
                || (same_row(&total.figure, &count.figure) && is_companion(claim, n));
            if total.order == count.order || n < 2.0 || n.fract() != 0.0 || x <= n || !together {
                continue;
            }
            best.offer_amount(claim, &total.figure, '÷', &count.figure, x / n);
        }
    }
    best.into_derivation()
}

/// Whether `v` is one of the values the draft states beside the claim's figure.
fn is_companion(claim: &Claim, v: f64) -> bool {
    claim
        .companions
        .iter()
        .any(|c| (c - v).abs() <= 1e-9 * v.abs().max(1.0))
}

/// The source figures of `kind` with the values of the claim's companions, whoever's
/// words stand near them, unless another owner's: the operands of arithmetic a writer
/// worked out in the sentence ("$910 million of the $7.9 billion, or 11.5%").
fn companions_stated(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kind: Kind,
    exhaustive_limit: usize,
) -> Vec<Candidate> {
    // Each value asked for as a claim of its own, so that a figure stating it is found
    // whatever words stand near it.
    let mut out: Vec<Candidate> = Vec::new();
    let entities = claim.entities();
    for &value in claim.companions.iter().take(MAX_COMPANION_OPERANDS) {
        let probe = probe_by_value(claim, kind, value, None);
        for c in candidates(corpus, prepared, &probe, exhaustive_limit) {
            // A name the corpus never mentions ("Overall" opening the sentence) is
            // noise, not another owner. Another owner's value counts when it is specific
            // enough not to recur by chance: the draft wrote it beside the figure, and a
            // multiple or a gap compares two owners' values ("$11.2 million, nearly three
            // times Redfern's $3.9 million"), as does the value of a name the claim
            // itself compares ("Redfern's $3.9 million", however round).
            if is_companion(claim, c.figure.quantity.value)
                && (c.features.owner != Owner::Other
                    || c.features.specific
                    || owns_another_entity(&c, &entities))
                && !out.iter().any(|o| o.order == c.order)
            {
                out.push(c);
            }
        }
    }
    out.truncate(MAX_OPERANDS);
    out
}

/// How many of a claim's companions are looked up as operands.
const MAX_COMPANION_OPERANDS: usize = 4;

/// A percentage, fraction or multiple worked out from two figures the draft states beside it and
/// a source states together: a share ("$910 million of the $7.9 billion, or 11.5%",
/// "$17.3 million, more than a third") or, for a percentage, the change from one to the
/// other in the direction the claim gives ("from 7,200 feet to 8,000, or about 11%").
fn worked_in_sentence(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let kind = claim.quantity.kind;
    // "51.0% against 47.4% a year earlier, a gain of 3.6 points"
    let points = in_points(&claim.quantity);
    let amount = matches!(kind, Kind::Money | Kind::Number) && !points;
    // "$11.2 million, nearly three times Redfern's $3.9 million"
    let multiple = kind == Kind::Multiplier;
    if !(matches!(kind, Kind::Percent | Kind::Fraction) || amount || points || multiple)
        || claim.companions.len() < 2
        // a small count is the gap between any two of a sentence's figures
        || (amount && crate::features::is_small(kind, claim.quantity.value))
        || (amount && !matches!(claim.comparison, Comparison::Eq | Comparison::Approx))
    {
        return None;
    }
    let direction = direction(claim);
    let says_a_change = direction.is_some() || says_change(claim, CHANGE_WORDS);
    let says_a_sum = says_change(claim, SUM_WORDS);
    let scale = if kind == Kind::Percent { 100.0 } else { 1.0 };
    let mut best = Nearest::default();
    // "Raising the rate by a sixth, from 6% to 7%": a fraction may be the change of two
    // percentages, never a share of one in the other.
    let fraction_of_a_change =
        kind == Kind::Fraction && (says_a_change || says_change(claim, &["raise", "lower"]));
    let operand_kinds: &[Kind] = match kind {
        _ if points => &[Kind::Percent],
        Kind::Money => &[Kind::Money],
        Kind::Number => &[Kind::Number],
        _ if fraction_of_a_change => &[Kind::Number, Kind::Money, Kind::Percent],
        _ => &[Kind::Number, Kind::Money],
    };
    for &operand_kind in operand_kinds {
        let pool = companions_stated(corpus, prepared, claim, operand_kind, exhaustive_limit);
        for a in &pool {
            for b in &pool {
                let (x, y) = (a.figure.quantity.value, b.figure.quantity.value);
                let together = stated_together(claim, a, b) || stated_close_by(a, b);
                if a.order == b.order
                    || x <= 0.0
                    || y <= 0.0
                    || x == y
                    || !(together
                        || a.figure.source == b.figure.source
                        || points
                        || kind == Kind::Fraction)
                    || sides_of_a_tally(&a.figure, &b.figure)
                {
                    continue;
                }
                let mut tries = Vec::new();
                if points {
                    // from y to x, whichever way the claim's words say it went
                    if !against(direction, x, y) {
                        tries.push((Operation::PointChange, (x - y).abs()));
                    }
                } else if amount {
                    // "revenue of $48.6 million against expenses of $39.2 million,
                    // leaving a surplus of about $9.4 million"
                    if x > y {
                        tries.push((Operation::Difference, x - y));
                    }
                    // "The loan and the reserves together, $21.4 million": a total where
                    // the claim's words say one
                    if x > y && says_a_sum {
                        tries.push((Operation::Sum, x + y));
                    }
                    if per_period_times_count(claim, &a.figure.quantity, &b.figure.quantity) {
                        tries.push((Operation::Product, x * y));
                    }
                } else if multiple {
                    if x > y {
                        tries.push((Operation::Multiple, x / y));
                    }
                } else if x < y && operand_kind != Kind::Percent {
                    tries.push((Operation::Share, x / y * scale));
                }
                // A change only where one is said: the claim's words, or a source's two
                // ends of one change. "236 workers voted 201-14, 96% in favor" is no
                // fall from 236 to 14. Then only from the end the source writes "from":
                // "from 100 MW to 160 MW" is no change of 37.5% from 160.
                let a_change = says_a_change
                    || (ends_of_one_change(&a.figure, &b.figure)
                        && stated_end::written_from(&b.figure.sentence, &b.figure.text));
                if kind == Kind::Percent && a_change && !against(direction, x, y) {
                    tries.push((Operation::RelativeChange, (x - y).abs() / y * 100.0));
                }
                if fraction_of_a_change && !against(direction, x, y) {
                    tries.push((Operation::RelativeChange, (x - y).abs() / y));
                }
                // A fraction of two values the draft itself writes in the sentence
                // holds wherever the sources state them, in one source or two:
                // "Ashcombe's $4.2 million grant … more than a quarter of the $14.6
                // million round", the round's total in the opening paragraph and the grant
                // in a list below; "milks 180 cows …, less than half the average member
                // herd of 373", the farmer's herd in an article and the average in a
                // report. Anything
                // else needs them stated together: many pairs of a document's figures
                // differ by about any amount, and a percentage is what a source states
                // itself (one from two figures far apart was a wrong share as often).
                // So does a gap in points the draft states exactly between two
                // percentages it writes beside it: "51.0%, … 9.7 points above the
                // statewide share of 41.3%", the co-op's share in its report and the
                // state's in a release.
                let exact_gap = |op: Operation| {
                    op == Operation::PointChange && claim.comparison == Comparison::Eq
                };
                for (op, value) in tries {
                    // a rate per a period and a count of that period are tied by
                    // their units, wherever in one source they stand
                    if !satisfies(claim, value, op)
                        || !(together
                            || (op == Operation::Share && kind == Kind::Fraction)
                            || exact_gap(op)
                            || op == Operation::Product
                            || (op == Operation::Sum && one_column(&a.figure, &b.figure)))
                    {
                        continue;
                    }
                    let shown = match op {
                        Operation::Share => share_shown(kind, &a.figure, &b.figure, value),
                        Operation::Multiple => {
                            format!("{} ÷ {} = {}", a.figure.text, b.figure.text, round(value))
                        }
                        Operation::PointChange => format!(
                            "{} − {} = {} points",
                            a.figure.text,
                            b.figure.text,
                            round(value)
                        ),
                        Operation::Difference => format!(
                            "{} − {} = {}",
                            a.figure.text,
                            b.figure.text,
                            in_claims_style(claim, value)
                        ),
                        Operation::Sum => format!(
                            "{} + {} = {}",
                            a.figure.text,
                            b.figure.text,
                            in_claims_style(claim, value)
                        ),
                        Operation::Product => format!(
                            "{} × {} = {}",
                            a.figure.text,
                            b.figure.text,
                            in_claims_style(claim, value)
                        ),
                        _ if kind == Kind::Fraction => format!(
                            "({} − {}) ÷ {} = {}",
                            a.figure.text,
                            b.figure.text,
                            b.figure.text,
                            round(value)
                        ),
                        _ => format!(
                            "({} − {}) ÷ {} = {:.1}%",
                            a.figure.text, b.figure.text, b.figure.text, value
                        ),
                    };
                    let off = (value - claim.quantity.value).abs();
                    best.offer(claim, off, [a.figure.clone(), b.figure.clone()], shown);
                }
            }
        }
    }
    best.into_derivation()
}

/// Whether `rate` is an amount per one period ("28,000 gallons a day") and `count` a
/// count of that period ("a 101-day season"), the rate counting what the claim counts.
fn per_period_times_count(claim: &Claim, rate: &Quantity, count: &Quantity) -> bool {
    let stem = figcheck_figures::vocabulary::stem;
    let same = |a: &str, b: &str| stem(&a.to_lowercase()) == stem(&b.to_lowercase());
    let Some(per) = &rate.per else {
        return false;
    };
    let period = per.unit.as_deref().filter(|_| per.base == 1.0);
    period.is_some_and(|period| {
        PER_YEAR.iter().any(|(p, _)| same(p, period))
            && count.kind == Kind::Number
            && count.per.is_none()
            && count.unit.as_deref().is_some_and(|u| same(u, period))
            && match (&claim.quantity.unit, &rate.unit) {
                (Some(c), Some(r)) => same(c, r),
                _ => true,
            }
    })
}

/// A share's arithmetic as evidence: "2,184 ÷ 4,533 = 48.2%" for a percentage, "17.3 ÷
/// 48.6 = 0.36" for a fraction.
fn share_shown(kind: Kind, part: &SourceFigure, whole: &SourceFigure, value: f64) -> String {
    if kind == Kind::Percent {
        format!("{} ÷ {} = {:.1}%", part.text, whole.text, value)
    } else {
        format!("{} ÷ {} = {}", part.text, whole.text, round(value))
    }
}

/// A share of a count the draft states beside the figure, out of a whole the source
/// states a sentence or two from it: "2,184 votes to 1,937, taking 48.2% of the ballots"
/// from "Castellanos received 2,184 votes … The 4,533 ballots …". The whole must be tied
/// to the claim by its words or owner, and the part is what the draft wrote, so the pairs
/// tried are few.
fn share_of_a_whole_close_by(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let kind = claim.quantity.kind;
    // a change is no share ("spending dropped 64%"); a bound is one rounded ("supplied
    // $6.2 million of it, more than 40%")
    if !matches!(kind, Kind::Percent | Kind::Fraction)
        || claim.companions.is_empty()
        || matches!(claim.comparison, Comparison::Ne | Comparison::Between(_))
        || direction(claim).is_some()
        || says_change(claim, CHANGE_WORDS)
    {
        return None;
    }
    let scale = if kind == Kind::Percent { 100.0 } else { 1.0 };
    let mut best = Nearest::default();
    for operand_kind in [Kind::Number, Kind::Money] {
        let parts = companions_stated(corpus, prepared, claim, operand_kind, exhaustive_limit);
        if parts.is_empty() {
            continue;
        }
        let wholes = tied(corpus, prepared, claim, operand_kind, exhaustive_limit);
        for a in &parts {
            let x = a.figure.quantity.value;
            // The whole may also be found by the value it must have, in the part's
            // passage though among none of the claim's words: "the remaining $32.3
            // million, about 23% of the cost" of "the $142 million battery" two sentences
            // before. A value found so must give the share closely.
            let by_value: Vec<Candidate> = if claim.quantity.value > 0.0 {
                let whole = x / (claim.quantity.value / scale);
                candidates(
                    corpus,
                    prepared,
                    &probe(claim, operand_kind, whole),
                    exhaustive_limit,
                )
                .into_iter()
                .filter(|b| {
                    (in_one_passage(&a.figure, &b.figure) && one_unit(&a.figure, &b.figure))
                        // "Harbor Point … 268,900 …, about 14% of all center visits": the
                        // column's total row, over the claim owner's own row
                        || (a.features.owner == Owner::Same
                            && one_column(&a.figure, &b.figure)
                            && in_a_total_row(&b.figure))
                })
                .collect()
            } else {
                Vec::new()
            };
            let tied_wholes = wholes.iter().map(|b| (b, false));
            for (b, found_by_value) in tied_wholes.chain(by_value.iter().map(|b| (b, true))) {
                let y = b.figure.quantity.value;
                // a small count divides into anything ("two ÷ three")
                if a.order == b.order
                    || is_companion(claim, y)
                    || crate::features::is_small(a.figure.quantity.kind, x)
                    || !(0.0 < x && x < y)
                    || !(found_by_value || stated_close_by(a, b))
                    || sides_of_a_tally(&a.figure, &b.figure)
                {
                    continue;
                }
                let value = x / y * scale;
                let relative_off = (value - claim.quantity.value).abs() / claim.quantity.value;
                if !satisfies(claim, value, Operation::Share)
                    || found_by_value && relative_off > whole_by_value_slack(claim)
                {
                    continue;
                }
                let shown = share_shown(kind, &a.figure, &b.figure, value);
                let off = (value - claim.quantity.value).abs();
                best.offer(claim, off, [a.figure.clone(), b.figure.clone()], shown);
            }
        }
    }
    best.into_derivation()
}

/// The rest of a percentage the draft states beside the figure and a source states:
/// "81.2% of arrivals were on time, so nearly one in five was late". Only for a share
/// written as a fraction or a hedged percentage: a writer's plain "40% voted no" beside
/// "60% yes" is the sources' to state (others may have abstained). A fraction may also be
/// the percentage itself in other words: "a clearance rate of 90.4%, which means about
/// nine in 10 cases filed were closed".
fn complement(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let scale = match claim.quantity.kind {
        Kind::Fraction => 0.01,
        Kind::Percent if claim.quantity.hedge.is_some() => 1.0,
        _ => return None,
    };
    if claim.companions.is_empty() {
        return None;
    }
    let mut best = Nearest::default();
    for a in companions_stated(corpus, prepared, claim, Kind::Percent, exhaustive_limit) {
        let x = a.figure.quantity.value;
        if a.figure.quantity.kind != Kind::Percent || !(0.0 < x && x < 100.0) {
            continue;
        }
        let itself = (claim.quantity.kind == Kind::Fraction).then_some(x);
        for share in [itself, Some(100.0 - x)].into_iter().flatten() {
            let value = share * scale;
            if !satisfies(claim, value, Operation::Share) {
                continue;
            }
            // a table's cell is written without its "%" (the header says it)
            let shown = if share == x {
                format!("{}% = {}", round(x), round(value))
            } else {
                format!("100% − {}% = {}%", round(x), round(share))
            };
            let off = (value - claim.quantity.value).abs();
            best.offer(claim, off, [a.figure.clone(), a.figure.clone()], shown);
        }
    }
    best.into_derivation()
}

/// How many of each period a year holds, by the word a rate names it with: for a day's
/// figure worked out from the year's, and an amount per one period from one per another.
const PER_YEAR: [(&str, f64); 4] = [
    ("day", 365.0),
    ("week", 52.0),
    ("month", 12.0),
    ("year", 1.0),
];

/// A count or amount a day, a week or a month worked out from the year's: "roughly 6,600
/// passengers a day" from a report's 2,412,000 passengers, over 365 days. The year's
/// figure must count what the claim counts (its unit, or none on either side, or the
/// draft states it beside the claim) and belong to no one else; its value must be the
/// claim's times the period's, within the claim's precision or hedge.
fn per_period(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let q = &claim.quantity;
    if !worked_out_amount(claim) {
        return None;
    }
    let words = claim.words();
    // a day, a week or a month ("daily" for a day); a year's figure is what it comes from
    let (period, times) = PER_YEAR
        .iter()
        .filter(|(p, _)| *p != "year")
        .find(|(p, _)| {
            words
                .iter()
                .any(|w| w.as_str() == *p || (*p == "day" && w.as_str() == "daily"))
        })?;
    let mut probe = probe(claim, q.kind, q.value * times);
    probe.quantity.unit.clone_from(&q.unit);
    let mut best = Nearest::default();
    for c in candidates(corpus, prepared, &probe, exhaustive_limit) {
        let value = c.figure.quantity.value / times;
        let Some(off) = amount_holds(claim, value) else {
            continue;
        };
        // "Riders took 1,846,000 trips in 2025, … or about 5,060 a day": the year's figure
        // the draft states beside the claim is what it counts, whatever words stand by
        let stated_beside = is_companion(claim, c.figure.quantity.value);
        if c.figure.quantity.kind == q.kind
            // (money's currency is matched already: another is never evidence)
            && (q.kind == Kind::Money
                || matches!(c.features.unit, UnitMatch::Same | UnitMatch::Neither)
                || (stated_beside && c.features.unit == UnitMatch::SourceOnly))
            && !matches!(c.features.owner, Owner::Other | Owner::Partial)
            && (c.features.words_hit > 0 || stated_beside)
        {
            let shown = format!(
                "{} ÷ {times} {period}s = {}",
                c.figure.text,
                in_claims_style(claim, value)
            );
            best.offer(claim, off, [c.figure.clone(), c.figure.clone()], shown);
        }
    }
    best.into_derivation()
}

/// An amount per one period worked out from the same amount per another: "$18,000 a
/// year" from "paid $1,500 a month", "$54 a year" from "$4.50 more a month". The source's
/// figure must be reckoned per that other period, belong to no one else and stand among
/// the claim's words.
fn other_period(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    let q = &claim.quantity;
    let per_year = |p: &str| PER_YEAR.iter().find(|(n, _)| *n == p).map(|(_, k)| *k);
    let claims_period = q.period()?;
    let claims_times = per_year(claims_period)?;
    if !matches!(q.kind, Kind::Money | Kind::Number)
        || q.value <= 0.0
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
    {
        return None;
    }
    let mut best = Nearest::default();
    for (period, times) in PER_YEAR {
        if period == claims_period {
            continue;
        }
        // how many of the source's periods the claim's holds: 12 months a year
        let factor = times / claims_times;
        let probe = probe(claim, q.kind, q.value / factor);
        for c in candidates(corpus, prepared, &probe, exhaustive_limit) {
            if c.figure.quantity.period() != Some(period)
                || c.figure.quantity.kind != q.kind
                || matches!(c.features.owner, Owner::Other | Owner::Partial)
                || c.features.words_hit == 0
            {
                continue;
            }
            let value = c.figure.quantity.value * factor;
            let Some(off) = amount_holds(claim, value) else {
                continue;
            };
            let shown = if factor >= 1.0 {
                format!(
                    "{} a {period} × {} = {} a {claims_period}",
                    c.figure.text,
                    round(factor),
                    in_claims_style(claim, value)
                )
            } else {
                format!(
                    "{} a {period} ÷ {} = {} a {claims_period}",
                    c.figure.text,
                    round(1.0 / factor),
                    in_claims_style(claim, value)
                )
            };
            best.offer(claim, off, [c.figure.clone(), c.figure.clone()], shown);
        }
    }
    best.into_derivation()
}

/// The word coverage at which two figures of one document count as one measure.
const MEASURE_COVERAGE: f32 = 0.5;

/// A derivation of two tied source figures that states the claim, if there is one: of
/// the figures the draft states beside it first, then of those of the sentence before
/// too (`Claim::earlier`), read as figures stated beside it by the derivations that read
/// those.
pub(crate) fn derive(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    if let Some(d) = derive_with_companions(corpus, prepared, claim, exhaustive_limit) {
        return Some(d);
    }
    if claim.earlier.is_empty() || !reads_earlier(claim) {
        return None;
    }
    let mut across = claim.clone();
    across.companions = claim.earlier.clone();
    for &v in &claim.companions {
        if !across.companions.contains(&v) {
            across.companions.push(v);
        }
    }
    across.earlier = Vec::new();
    // Only the derivations that read the companions can find anything new; the others
    // would cost as much again (a fifth of a draft's check) to find what they found. A
    // gap in points to the owner's own percentage is looked for only here: its other
    // operand is the percentage the draft gave a sentence before.
    ACROSS_SENTENCES
        .iter()
        .find_map(|derive| derive(corpus, prepared, &across, exhaustive_limit))
}

/// The derivations that may use the figures of the sentence before as operands (see
/// [`derive`]), in order.
const ACROSS_SENTENCES: &[Derive] = &[
    worked_in_sentence,
    stated_end::gap_from_stated_end,
    found_base::gap_from_found_base,
    found_operand::ratio_with_found_operand,
    owners_gap::owners_gap_in_points,
];

/// Whether the figures of the sentence before may be operands of this claim (see
/// [`Claim::earlier`]): a multiple, a change in points, or a count or amount the claim's
/// words say is a change, a gap or a total, which must come out all but exactly. Not a
/// share: two values of a sentence and the one before divide to about any percentage or
/// fraction (a wrong "24%" was 8.0 of 33.6 billion).
pub(crate) fn reads_earlier(claim: &Claim) -> bool {
    let q = &claim.quantity;
    match q.kind {
        Kind::Multiplier | Kind::PercentagePoints => true,
        Kind::Number if counts_points(q) => true,
        Kind::Number | Kind::Money => {
            // Asked of every draft figure: the lists' stems are worked out once.
            static ARITHMETIC: OnceLock<HashSet<String>> = OnceLock::new();
            let stem = figcheck_figures::vocabulary::stem;
            let arithmetic = ARITHMETIC.get_or_init(|| {
                [CHANGE_WORDS, GAP_WORDS, SUM_WORDS]
                    .concat()
                    .into_iter()
                    .map(stem)
                    .collect()
            });
            claim_stems(claim).iter().any(|w| arithmetic.contains(w))
        }
        _ => false,
    }
}

/// A way a writer works a figure out of figures the sources state: it gives the claim's
/// derivation from the sources, or `None`. Each is a small unit of its own, in the
/// order [`WITH_COMPANIONS`] and [`ACROSS_SENTENCES`] list them.
type Derive = fn(&dyn Sources, &Prepared, &Claim, usize) -> Option<Derivation>;

/// The derivations tried for a claim, in order; the first that finds one decides. The
/// narrow ones that read the draft's own operands (its companions) come first, and the
/// generic pairing of two tied figures ([`pair_of_operands`]) last.
const WITH_COMPANIONS: &[Derive] = &[
    quotient,
    worked_in_sentence,
    shares_summed::sum_of_companions_shares,
    shares_summed::share_of_a_tally,
    shares_summed::side_of_a_tally,
    stated_end::change_from_stated_end,
    stated_end::gap_from_stated_end,
    found_base::change_from_found_base,
    found_base::gap_from_found_base,
    share_of_a_whole_close_by,
    share_in_a_sentence::share_in_a_sentence,
    owners_share::owners_share_of_a_stated_whole,
    found_operand::ratio_with_found_operand,
    found_operand::average_over_found_count,
    complement,
    per_period,
    other_period,
    part_of_whole::part_of_a_whole,
    multiplied::multiplied,
    after_change::after_a_change,
    per_unit::price_per_unit,
    price_times_count::price_times_count,
    over_a_span::rate_over_a_span,
    years_since::years_since,
    year_before::year_compared_with,
    converted::in_another_unit,
    pair_of_operands,
];

fn derive_with_companions(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    WITH_COMPANIONS
        .iter()
        .find_map(|derive| derive(corpus, prepared, claim, exhaustive_limit))
}

/// Two figures tied to the claim, paired by the operation its words name (a multiple, a
/// share, a change, a gap, a sum): the generic derivation, after the narrow ones.
fn pair_of_operands(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<Derivation> {
    // "Rates are going up 9.5%, roughly $6.50 a month" (from $68.40 to $74.90): with no
    // word for a change the claim keeps, a count or amount is still the gap between the
    // two ends of one change, but only between those.
    let (op, ends_only) = match operation(claim) {
        Some(op) => (op, false),
        None if gap_of_ends(claim) => (Operation::Difference, true),
        None => return None,
    };
    // Of every pair that satisfies the claim, the one nearest its value: "86% − 53% = 33"
    // for "33 points above", not "85% − 53% = 32", which a writer's rounding would allow.
    let mut best = Nearest::default();
    let direction = direction(claim);
    let entities = claim.entities();
    for &kind in operand_kinds(op, claim.quantity.kind) {
        // A fraction compares two percentages only as one named owner's of another's:
        // "Wendle Hills had 2.7%, about a third of Corran Delta's rate". A percentage is
        // otherwise the share itself, and two of one sentence divide to about any fraction.
        let percent_share = op == Operation::Share && kind == Kind::Percent;
        if percent_share && entities.len() < 2 {
            continue;
        }
        let tied = tied(corpus, prepared, claim, kind, exhaustive_limit);
        // Two operands count the same thing in the singular or the plural: "144 beds" and
        // "the 520-bed hospital". Stemmed once per operand, not per pair.
        let units: Vec<Option<String>> =
            tied.iter().map(|c| unit_stem(&c.figure.quantity)).collect();
        for (a, unit_a) in tied.iter().zip(&units) {
            for (b, unit_b) in tied.iter().zip(&units) {
                let (fa, fb) = (&a.figure, &b.figure);
                let related = if matches!(op, Operation::Difference | Operation::Sum) {
                    stated_together(claim, a, b)
                        || (op == Operation::Difference && change_across_columns(claim, a, b))
                } else {
                    comparable(claim, op, a, b)
                };
                // In one sentence, the second of two values often leaves its unit to the
                // first: "1,130 noise complaints in 2025, up from 740 in 2024"; so does the
                // next sentence of one passage: "Castellanos received 2,184 votes … Dale
                // Pruitt received 412."
                let one_change = ends_of_one_change(fa, fb);
                let unit_left_out = fa.source == fb.source
                    && (fa.sentence == fb.sentence || stated_close_by(a, b))
                    && (unit_a.is_none() || unit_b.is_none());
                // Two percentages: the owner's, which the draft states beside the fraction,
                // of the other owner's. Without its own stated, the fraction is the owner's
                // share itself ("Medicaid's share is up to nearly a quarter").
                if percent_share
                    && !(matches!(a.features.owner, Owner::Same | Owner::Partial)
                        && is_companion(claim, fa.quantity.value)
                        && owns_another_entity(b, &entities))
                {
                    continue;
                }
                if a.order == b.order
                    || (fa.quantity.unit != fb.quantity.unit
                        && unit_a != unit_b
                        && !one_change
                        && !unit_left_out)
                    || !related
                    || (ends_only && !one_change)
                {
                    continue;
                }
                let (mut x, mut y) = (fa.quantity.value, fb.quantity.value);
                // Two falls compare as sizes: a drop of 19 points is nearly three times one
                // of 7.
                if matches!(op, Operation::Multiple | Operation::Share) && x < 0.0 && y < 0.0 {
                    (x, y) = (-x, -y);
                }
                if x <= 0.0 || y <= 0.0 || x == y {
                    continue;
                }
                let value = match op {
                    Operation::Multiple if x > y => x / y,
                    Operation::Share if x < y && !sides_of_a_tally(fa, fb) => x / y,
                    Operation::PointChange if x > y => x - y,
                    Operation::RelativeChange if !against(direction, x, y) => {
                        (x - y).abs() / y * 100.0
                    }
                    Operation::Difference if x > y => x - y,
                    Operation::Sum if x > y => x + y,
                    _ => continue,
                };
                if satisfies(claim, value, op) {
                    let shown = match op {
                        Operation::Multiple | Operation::Share => {
                            format!("{} ÷ {} = {}", fa.text, fb.text, round(value))
                        }
                        Operation::PointChange => {
                            format!("{} − {} = {}", fa.text, fb.text, round(value))
                        }
                        Operation::Difference => format!(
                            "{} − {} = {}",
                            fa.text,
                            fb.text,
                            in_claims_style(claim, value)
                        ),
                        Operation::Sum => format!(
                            "{} + {} = {}",
                            fa.text,
                            fb.text,
                            in_claims_style(claim, value)
                        ),
                        Operation::Product => format!(
                            "{} × {} = {}",
                            fa.text,
                            fb.text,
                            in_claims_style(claim, value)
                        ),
                        Operation::RelativeChange => {
                            let signed = (x - y) / y * 100.0;
                            let sign = if signed < 0.0 { "−" } else { "+" };
                            format!(
                                "({} − {}) ÷ {} = {sign}{:.1}%",
                                fa.text,
                                fb.text,
                                fb.text,
                                signed.abs()
                            )
                        }
                    };
                    let off = (value - claim.quantity.value).abs();
                    best.offer(claim, off, [a.figure.clone(), b.figure.clone()], shown);
                }
            }
        }
    }
    best.into_derivation()
}

/// Of the derivations offered, the one whose operands the draft states beside the figure
/// (its companions), then the one nearest the claim's value: "nearly three times Cedar
/// Bluff's $3.4 million" beside "$9.7 million" is 9.7 ÷ 3.4, not another pair's 3.05;
/// "86% − 53% = 33" for "33 points above", not "85% − 53% = 32", which a writer's rounding
/// would allow.
#[derive(Default)]
struct Nearest(Option<(usize, f64, Derivation)>);

impl Nearest {
    /// Offers the count or amount `value` that `a op b` gives, shown as "a op b = value"
    /// in the claim's style, when it holds as the claim's precision and hedge allow
    /// ([`amount_holds`]).
    fn offer_amount(
        &mut self,
        claim: &Claim,
        a: &Arc<SourceFigure>,
        op: char,
        b: &Arc<SourceFigure>,
        value: f64,
    ) {
        if let Some(off) = amount_holds(claim, value) {
            let shown = format!(
                "{} {op} {} = {}",
                a.text,
                b.text,
                in_claims_style(claim, value)
            );
            self.offer(claim, off, [a.clone(), b.clone()], shown);
        }
    }

    /// Offers a relative change of `value` percent from `old` to `new`, shown as
    /// "(new − old) ÷ old = value%".
    fn offer_change(
        &mut self,
        claim: &Claim,
        new: Arc<SourceFigure>,
        old: Arc<SourceFigure>,
        value: f64,
    ) {
        let shown = format!(
            "({} − {}) ÷ {} = {:.1}%",
            new.text, old.text, old.text, value
        );
        let off = (value - claim.quantity.value).abs();
        self.offer(claim, off, [new, old], shown);
    }

    fn offer(
        &mut self,
        claim: &Claim,
        off: f64,
        operands: [Arc<SourceFigure>; 2],
        arithmetic: String,
    ) {
        let stated = operands
            .iter()
            .filter(|o| is_companion(claim, o.quantity.value))
            .count();
        let better = self.0.as_ref().is_none_or(|(best_stated, best_off, _)| {
            stated > *best_stated || stated == *best_stated && off < *best_off
        });
        if better {
            self.0 = Some((
                stated,
                off,
                Derivation {
                    operands,
                    arithmetic,
                },
            ));
        }
    }

    fn into_derivation(self) -> Option<Derivation> {
        self.0.map(|(_, _, d)| d)
    }
}

/// A derived count or amount written as the claim writes its own: "= $9.4 million",
/// "= 264,000", "= $27,059", not "= 9400000". Other values as [`round`] writes them.
fn in_claims_style(claim: &Claim, value: f64) -> String {
    let q = &claim.quantity;
    if matches!(q.kind, Kind::Money | Kind::Number) && !counts_points(q) {
        // whole units from a hundred up ("$27,059", not "$27,058.824"), else cents
        let shown = if value.abs() >= 100.0 {
            value.round()
        } else {
            (value * 100.0).round() / 100.0
        };
        q.render(shown)
    } else if q.kind == Kind::Duration {
        // "2:27:02 − 2:25:19 = 1:43", as the stopwatch reads
        q.render(value)
    } else {
        round(value)
    }
}

/// A derived value as a person would write it: at most three decimals.
fn round(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_drops_trailing_zeros() {
        assert_eq!(round(9.0), "9");
        assert_eq!(round(0.33333), "0.333");
        assert_eq!(round(13.5), "13.5");
    }
}
