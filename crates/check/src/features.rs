//! What the engine observes about one pair (a claim, a source figure): the features a
//! fitted model turns into "these two speak of the same thing".
//!
//! Each feature is one named, testable observation. Adding a rule means adding a feature
//! here and refitting (`scripts/fit.py`), not a new branch in the decision: hand-set
//! cut-offs tuned on two articles did not transfer to text figcheck had never seen.

use figcheck_figures::Kind;
use serde::Serialize;

/// How a candidate's owner relates to the claim's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// The claim names nobody: only the measure words can tie it to a source.
    ClaimUnnamed,
    /// A claimed name is the one the source figure belongs to.
    Same,
    /// A claimed name is in the source sentence, and the figure belongs to no other.
    Mentioned,
    /// The source figure belongs to no name figcheck could find, and its sentence does not
    /// name the claim's subject.
    Unknown,
    /// The source figure's owner holds every word of a claimed name, or the reverse, but
    /// they do not start alike: "the Authority" for the "Cascade Valley Water Authority",
    /// "Ridgeback" for "Ridgeback Reservoir" is Same already.
    Partial,
    /// The source figure belongs to another name, and the corpus ties the claim's name to
    /// figures of its own: the two are plainly about different things.
    Other,
    /// The source figure belongs to another name, but the claim's name is one the corpus
    /// never mentions (a heading, a bold lead-in, "Yet Japan"): noise, not a veto.
    OtherUnknownName,
}

/// How the claim's unit stands to the source figure's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitMatch {
    /// Neither names a unit.
    Neither,
    /// Both name the same unit.
    Same,
    /// The source figure names none, but its sentence holds the claim's unit word.
    InSentence,
    /// The claim names a unit the source sentence never mentions.
    Missing,
    /// The source names a unit the claim does not.
    SourceOnly,
    /// Both name units, and they differ ("employees" and "people" may be one measure;
    /// "robots" and "patents" are not).
    Different,
}

/// The observations about one (claim, source figure) pair.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PairFeatures {
    /// Share of the claim's measure words (weighted by rarity, discounted by distance)
    /// found near the source figure, 0..=1.
    pub coverage: f32,
    /// The same share, counting only words within a few words of the source figure.
    pub near_coverage: f32,
    /// How many of the claim's measure words are near the source figure.
    pub words_hit: u16,
    /// Whether the claim has any measure word the corpus knows.
    pub known_words: bool,
    pub owner: Owner,
    pub unit: UnitMatch,
    /// The source states the value with three or more significant digits (34,200; 12.25):
    /// such a value rarely recurs by chance.
    pub specific: bool,
    /// The two values are equal, not merely within the claim's tolerance.
    pub exact: bool,
    /// A whole number under 13 ("two", "7"): such values recur everywhere.
    pub small: bool,
    pub year: bool,
    /// The value is a rate or an amount (a percentage, percentage points, money): such a
    /// value means nothing without its measure.
    pub rate_or_amount: bool,
    /// Whether some source figure, of any kind, is stated among most of the claim's
    /// measure words: then the measure is the sources' subject, and a figure in a
    /// sentence without any of those words is about something else.
    pub measure_elsewhere: bool,
    /// The source figure's owner is a guess: inherited from a sentence before, or only
    /// the speaker its sentence quotes (see `evidence::Features`). Not a feature the model
    /// weighs: rules ask it.
    pub owner_guessed: bool,
    /// Whether some source figure agrees with the claim's value: a value the sources do
    /// state somewhere is less likely a writer's slip.
    pub value_stated: bool,
    /// The candidate is not the claim owner's, while a candidate in the other relation
    /// (disagreeing for an agreeing one, and the reverse) is: the source ties the claim's
    /// owner to another value.
    pub owner_elsewhere: bool,
    /// How much better the best candidate of the same kind in the other relation (a
    /// disagreeing one a writer could have slipped from, for an agreeing candidate; an
    /// agreeing one, for a disagreeing candidate) covers the claim's measure words, 0 when
    /// none does. "Rescuers brought out three people" agrees with
    /// "the collapse killed three", but the sentence that tells of the killing says two.
    pub outcovered: f32,
    /// How many other candidates stand in the same relation (agree, or disagree) to the
    /// claim, up to 24: one unique match says more than one of ten.
    pub rivals: u16,
    /// The share of the claim's companions (the other figures of its draft sentence)
    /// that the source figure's sentence states too, 0..=1; 0 when the claim has none.
    /// Writers copy several figures out of one sentence ("raises pay 7%, 4% and 3.5%"),
    /// so the sentence that holds the others is the one the figure came from, whether it
    /// agrees with the figure or not.
    pub companions: f32,
    /// The source agrees with a hedged or bounded claim from close by (within 5% of the
    /// claimed value): "more than 40%" for 41%, "about 285,000" for 284,600. Such a claim
    /// is never `exact`, yet a value just past its bound is what a writer rounded from.
    pub close: bool,
}

/// The feature vector's names, in [`PairFeatures::vector`]'s order; the fitted weights
/// in `weights.rs` follow it.
pub const NAMES: [&str; 28] = [
    "coverage",
    "near_coverage",
    "words_hit",
    "no_known_words",
    "owner_claim_unnamed",
    "owner_same",
    "owner_mentioned",
    "owner_partial",
    "owner_unknown",
    "owner_other",
    "owner_other_unknown_name",
    "unit_same",
    "unit_in_sentence",
    "unit_missing",
    "unit_source_only",
    "unit_different",
    "owner_elsewhere",
    "exact_unrelated",
    "specific",
    "exact",
    "small",
    "small_loosely_tied",
    "year",
    "year_stated",
    "rivals",
    "outcovered",
    "companions",
    "close",
];

/// The length of a feature vector.
pub const LEN: usize = NAMES.len();

impl PairFeatures {
    /// The features as numbers, in [`NAMES`]' order. Counts are squashed into 0..=1 so
    /// that one weight per feature stays meaningful.
    pub fn vector(&self) -> [f32; LEN] {
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let squash = |n: u16, half: f32| {
            let n = f32::from(n);
            n / (n + half)
        };
        [
            self.coverage,
            self.near_coverage,
            squash(self.words_hit, 2.0),
            flag(!self.known_words),
            flag(self.owner == Owner::ClaimUnnamed),
            flag(self.owner == Owner::Same),
            flag(self.owner == Owner::Mentioned),
            flag(self.owner == Owner::Partial),
            flag(self.owner == Owner::Unknown),
            flag(self.owner == Owner::Other),
            flag(self.owner == Owner::OtherUnknownName),
            flag(self.unit == UnitMatch::Same),
            flag(self.unit == UnitMatch::InSentence),
            flag(self.unit == UnitMatch::Missing),
            flag(self.unit == UnitMatch::SourceOnly),
            flag(self.unit == UnitMatch::Different),
            flag(self.owner_elsewhere),
            // An exact value whose sentence shares none of the claim's known measure
            // words: the same number for another measure ("4.8 points" of adoption for
            // a claim about the market).
            flag(self.exact && self.known_words && self.words_hit == 0),
            flag(self.specific),
            flag(self.exact),
            flag(self.small && !self.year),
            // A small number with few of the claim's words around it: "three years" in
            // a sentence about something else is a coincidence, not a source.
            flag(self.small && !self.year && self.coverage < 0.25),
            flag(self.year),
            // A year the sources do mention is rarely a writer's slip: a year dates the
            // fact, and a summary of a text names the text's years.
            flag(self.year && self.value_stated),
            squash(self.rivals, 3.0),
            self.outcovered,
            self.companions,
            flag(self.close),
        ]
    }
}

/// Whether a value is a small whole number, the kind that recurs by chance.
pub(crate) fn is_small(kind: Kind, value: f64) -> bool {
    matches!(kind, Kind::Number | Kind::Ordinal | Kind::Multiplier)
        && value.fract() == 0.0
        && value.abs() < 13.0
}

/// The fewest significant digits of a value that rarely recurs by chance ("30,600",
/// "$9.06 billion"; not "30" or "$9 billion").
pub(crate) const SPECIFIC_DIGITS: usize = 3;

/// Significant digits of a value as a writer would count them: 34,200 has 3, 12.25 has
/// 4, 30 has 1.
pub(crate) fn significant_digits(v: f64) -> usize {
    let s = format!("{}", v.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if s.contains('.') {
        trimmed
    } else {
        trimmed.trim_end_matches('0')
    };
    trimmed.len()
}

/// A pair for tests: the given owner and coverage, an exact value, nothing else notable.
#[cfg(test)]
pub(crate) fn example(owner: Owner, coverage: f32) -> PairFeatures {
    PairFeatures {
        coverage,
        near_coverage: coverage,
        words_hit: 1,
        known_words: true,
        owner,
        unit: UnitMatch::Neither,
        specific: false,
        exact: true,
        small: false,
        year: false,
        rate_or_amount: false,
        measure_elsewhere: false,
        owner_guessed: false,
        value_stated: false,
        owner_elsewhere: false,
        rivals: 0,
        outcovered: 0.0,
        companions: 0.0,
        close: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> PairFeatures {
        PairFeatures {
            specific: true,
            near_coverage: 0.25,
            words_hit: 2,
            ..example(Owner::Same, 0.5)
        }
    }

    #[test]
    fn the_vector_follows_the_names() {
        let v = sample().vector();
        let at = |name: &str| v[NAMES.iter().position(|n| *n == name).unwrap()];
        assert_eq!(at("coverage"), 0.5);
        assert_eq!(at("words_hit"), 0.5);
        assert_eq!(at("owner_same"), 1.0);
        assert_eq!(at("owner_other"), 0.0);
        assert_eq!(at("specific"), 1.0);
        assert_eq!(at("no_known_words"), 0.0);
    }

    #[test]
    fn exactly_one_owner_and_one_unit_feature_is_set() {
        for owner in [
            Owner::ClaimUnnamed,
            Owner::Same,
            Owner::Mentioned,
            Owner::Partial,
            Owner::Unknown,
            Owner::Other,
            Owner::OtherUnknownName,
        ] {
            let v = PairFeatures { owner, ..sample() }.vector();
            let owners: f32 = (4..=10).map(|i| v[i]).sum();
            assert_eq!(owners, 1.0, "{owner:?}");
        }
        let v = PairFeatures {
            unit: UnitMatch::Neither,
            ..sample()
        }
        .vector();
        assert_eq!((11..=15).map(|i| v[i]).sum::<f32>(), 0.0);
    }

    #[test]
    fn a_year_is_not_a_small_number() {
        let v = PairFeatures {
            small: true,
            year: true,
            ..sample()
        }
        .vector();
        assert_eq!(v[NAMES.iter().position(|n| *n == "small").unwrap()], 0.0);
        assert!(is_small(Kind::Number, 7.0));
        assert!(!is_small(Kind::Number, 7.5));
        assert!(!is_small(Kind::Percent, 7.0));
    }

    #[test]
    fn significant_digits_count_as_a_writer_would() {
        assert_eq!(significant_digits(34200.0), 3);
        assert_eq!(significant_digits(12.25), 4);
        assert_eq!(significant_digits(30.0), 1);
    }
}
