//! The claim language: one line that says what a figure claims about the sources.
//!
//! The check engine states every draft figure as a [`Claim`], shows it to the writer and
//! evaluates it; people write the same lines in `figcheck query '<claim>'` and in
//! `.claims` files. Having one written form for both means a user can copy any claim the
//! engine printed, edit it, and ask again.
//!
//! ```text
//! "United States" -Japan installed >= 30,000 robots within 5% in "003_*"
//!
//! "United States" -Japan installed    terms (-Japan: evidence naming Japan is set aside)
//! >=                                  comparison
//! 30,000                              quantity
//! robots                              unit
//! within 5%                           tolerance
//! in "003_*"                          scope: only sources whose file name matches
//! ```
//!
//! The quantity syntax is deliberately not defined here: it is whatever
//! [`figcheck_figures::parse_quantity`] reads, so a figure copied out of a draft means the
//! same thing in a claim as it did in the prose. The full grammar, the meaning of each
//! comparison and worked examples are in `docs/claim-language.md`.
//!
//! ```
//! let claim = figcheck_claims::parse("Korea installed = 31,600 robots").expect("valid claim");
//! assert!(claim.accepts(31_600.0));
//! assert!(!claim.accepts(30_600.0));
//! assert_eq!(claim.to_string(), "Korea installed = 31,600 robots");
//! ```

mod display;
mod error;
mod file;
mod glob;
mod help;
mod parse;

use figcheck_figures::{Hedge, Quantity};
use serde::{Deserialize, Serialize};

pub use error::ParseError;
pub use file::{ClaimLine, FileError, parse_claims_file};
pub use parse::parse;

/// A statement that the sources give, for the things named by `terms`, a value that
/// stands in `comparison` to `quantity`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// What the figure is about, in the order written: names, measures, excluded words.
    pub terms: Vec<Term>,
    pub comparison: Comparison,
    /// The claimed value; for [`Comparison::Between`], the lower bound.
    ///
    /// Its `hedge` always agrees with `comparison` (see [`Comparison::hedge`]), its
    /// `upper` is the upper bound's value for `Between` and `None` otherwise, and, for
    /// kinds other than money, its `unit` is the unit word written after it: so two claims
    /// that read the same compare equal.
    pub quantity: Quantity,
    /// How far a source value may be from `quantity` and still agree with it, beyond the
    /// slack the quantity's own precision already gives.
    pub tolerance: Option<Tolerance>,
    /// A file-name glob (`*`, `?`): only sources it matches count as evidence.
    pub scope: Option<String>,
    /// The names the figure counts, as the draft lists them after it ("Two friends, Steve
    /// and Carly"): `counting Steve Carly`. Such a count needs no source to state it; it
    /// holds when it is the number of names and the sources name each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counted: Vec<String>,
    /// The value the draft writes beside the figure as a pair ("8-of-18", "(4-7 FG)"):
    /// `before 18`, `after 8`. A source that states the two side by side, in that order,
    /// backs both at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<Partner>,
    /// The draft writes the figure as the value a change ended at, without the value it
    /// started from ("fell to 35%", "rose to $48.6 million"): `reached`. A source that
    /// writes the same value as a change's starting point ("down from 35%") is the
    /// earlier value, not this one, and does not support it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reached: bool,
    /// The year the draft writes the figure for, right after it ("up from 58.4% in
    /// 2022"): `dated 2022`. A source value written for another year ("58.4% in 2018")
    /// does not support it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated: Option<u16>,
    /// The figure is the day in a story's dateline ("HALVERTON, Dec. 1 —"): `dateline`.
    /// A dateline says when the story was filed, not when anything in it happened, so it
    /// is backed by a source dated that day and contradicted by no date in a source.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dateline: bool,
    /// The values of the other figures the draft states in the figure's sentence ("raises
    /// pay 7%, 4% and 3.5%": `with 4 3.5` for 7%), nearest first. A source sentence that
    /// states them too is very likely the one the figure was written from, whatever its
    /// words: writers copy several figures out of one sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companions: Vec<f64>,
    /// The values of the figures the draft states in the sentence before, in the same
    /// paragraph (`earlier 2,184` for "a margin of 247", the other side of a subtraction
    /// the writer did across a full stop). Only arithmetic reads them: a source sentence
    /// holding them is no more the figure's own source for that.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<f64>,
}

/// The other side of a pair of figures (see [`Claim::partner`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    /// The other side's value: a plain non-negative number.
    pub value: f64,
    /// Whether it is written after the claimed value (`before 18`) rather than before it
    /// (`after 8`).
    pub follows: bool,
}

/// One word or phrase of a claim's subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    /// As written, without quotes or escapes.
    pub text: String,
    /// Written as `"a phrase"`: the words must appear together, in this order.
    pub quoted: bool,
    /// Written with a leading `-`: evidence that mentions it does not count.
    pub excluded: bool,
}

/// How a source value must relate to the claimed quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Comparison {
    /// `=`: equal, to the precision the quantity was written with.
    Eq,
    /// `~` or `≈`: roughly equal (5% unless a tolerance says otherwise).
    Approx,
    /// `<`
    Lt,
    /// `<=` or `≤`
    Le,
    /// `>`
    Gt,
    /// `>=` or `≥`
    Ge,
    /// `!=` or `≠`: not equal at the written precision.
    Ne,
    /// `between A and B`: holds the upper bound B; the claim's quantity is A.
    Between(Quantity),
}

/// Extra room around the claimed value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Tolerance {
    /// A fraction of the claimed value: `±1%` is `Relative(0.01)`.
    Relative(f64),
    /// In the quantity's base units: `±500` is `Absolute(500.0)`.
    Absolute(f64),
}

impl Tolerance {
    /// The tolerance in base units around `value`.
    pub fn absolute(self, value: f64) -> f64 {
        match self {
            Tolerance::Relative(fraction) => fraction * value.abs(),
            Tolerance::Absolute(amount) => amount,
        }
    }
}

/// Acronyms that are capitalised but name a field rather than a party, so a claim about
/// "AI experts" is not taken to be about an entity called "AI".
const GENERIC_ACRONYMS: &[&str] = &[
    "AI", "AGI", "API", "APIs", "CEO", "CEOs", "GDP", "GPU", "GPUs", "ICT", "IT", "LLM", "LLMs",
    "ML", "NLP", "PC", "PCs", "R&D",
];

/// The relative room `~` gives when the claim states no tolerance: writers use "about"
/// for rounding well beyond the last digit they wrote.
pub const DEFAULT_APPROX: f64 = 0.05;

impl Comparison {
    /// The operator as printed: the ASCII spelling, so claims are easy to type back in.
    /// `Between` prints as `between` (its bounds are printed around it by [`Claim`]).
    pub fn symbol(&self) -> &'static str {
        match self {
            Comparison::Eq => "=",
            Comparison::Approx => "~",
            Comparison::Lt => "<",
            Comparison::Le => "<=",
            Comparison::Gt => ">",
            Comparison::Ge => ">=",
            Comparison::Ne => "!=",
            Comparison::Between(_) => "between",
        }
    }

    /// The comparison a hedged figure makes: "about 30,000" is `~ 30,000`, "more than
    /// 1,000" is `> 1,000`. Lets the engine state a draft figure's claim the same way
    /// the claim parser reads a hedge word.
    pub fn from_hedge(hedge: Option<Hedge>) -> Comparison {
        match hedge {
            None => Comparison::Eq,
            Some(Hedge::About | Hedge::Nearly) => Comparison::Approx,
            Some(Hedge::MoreThan) => Comparison::Gt,
            Some(Hedge::AtLeast) => Comparison::Ge,
            Some(Hedge::LessThan) => Comparison::Lt,
            Some(Hedge::AtMost) => Comparison::Le,
        }
    }

    /// The hedge a claim's quantity carries for this comparison. A claim keeps its
    /// quantity's hedge in step with its comparison so code reading either sees the same
    /// meaning; "nearly" has no operator of its own and becomes "about".
    pub fn hedge(&self) -> Option<Hedge> {
        match self {
            Comparison::Eq | Comparison::Ne | Comparison::Between(_) => None,
            Comparison::Approx => Some(Hedge::About),
            Comparison::Lt => Some(Hedge::LessThan),
            Comparison::Le => Some(Hedge::AtMost),
            Comparison::Gt => Some(Hedge::MoreThan),
            Comparison::Ge => Some(Hedge::AtLeast),
        }
    }
}

/// Whether a source (its path as figcheck shows it) is within a scope glob: its file name
/// or its whole path matches.
pub fn scope_matches(pattern: &str, source: &str) -> bool {
    let file_name = source.rsplit(['/', '\\']).next().unwrap_or(source);
    glob::matches(pattern, file_name) || glob::matches(pattern, source)
}

impl Claim {
    /// Whether a source value `value` (in the quantity's base units) satisfies the claim.
    ///
    /// Equality allows half the place value of the last written digit, so a writer's
    /// `$9.1 billion` agrees with a source's 9.06e9 but `31,600` does not agree with
    /// 30,600. The exact rules are in `docs/claim-language.md`. A NaN never satisfies.
    pub fn accepts(&self, value: f64) -> bool {
        if value.is_nan() {
            return false;
        }
        let q = self.quantity.value;
        let tolerance = self.tolerance_room();
        let equal = || (value - q).abs() <= self.equal_room();
        match &self.comparison {
            Comparison::Eq => equal(),
            Comparison::Ne => !equal(),
            Comparison::Approx => (value - q).abs() <= self.approx_room(),
            Comparison::Lt => value < q,
            Comparison::Le => value <= q,
            Comparison::Gt => value > q,
            Comparison::Ge => value >= q,
            Comparison::Between(upper) => {
                q - tolerance <= value && value <= upper.value + tolerance
            }
        }
    }

    /// The values the claim accepts (see [`Claim::accepts`]) as one range, for a search
    /// by value; `None` when they are unbounded ("more than 30,000", "not 5").
    pub fn accepted_range(&self) -> Option<(f64, f64)> {
        let q = self.quantity.value;
        match &self.comparison {
            Comparison::Eq => Some((q - self.equal_room(), q + self.equal_room())),
            Comparison::Approx => Some((q - self.approx_room(), q + self.approx_room())),
            Comparison::Between(upper) => Some((
                q - self.tolerance_room(),
                upper.value + self.tolerance_room(),
            )),
            Comparison::Ne | Comparison::Lt | Comparison::Le | Comparison::Gt | Comparison::Ge => {
                None
            }
        }
    }

    /// The claim's own tolerance (or the configured one), in base units; 0 without one.
    fn tolerance_room(&self) -> f64 {
        self.tolerance
            .map_or(0.0, |t| t.absolute(self.quantity.value))
    }

    /// How far from the claim's value an equal one may lie: half the place value of its
    /// last written digit, or its tolerance, and floating-point noise.
    fn equal_room(&self) -> f64 {
        let q = self.quantity.value;
        let half_digit = self.quantity.precision.abs() / 2.0;
        half_digit.max(self.tolerance_room()) + 1e-9 * q.abs().max(1.0)
    }

    /// How far from the claim's value an approximate one may lie: as for equality, or
    /// [`DEFAULT_APPROX`] of it when the claim sets no tolerance.
    fn approx_room(&self) -> f64 {
        let q = self.quantity.value;
        let default = if self.tolerance.is_some() {
            0.0
        } else {
            DEFAULT_APPROX * q.abs()
        };
        (self.quantity.precision.abs() / 2.0)
            .max(self.tolerance_room())
            .max(default)
    }

    /// Whether evidence from `source` (a path as shown to users) may count for this claim.
    /// The scope glob may match the file name alone (`003_*`) or the whole path
    /// (`corpus/003_*`); a claim without a scope takes every source.
    pub fn in_scope(&self, source: &str) -> bool {
        let Some(pattern) = &self.scope else {
            return true;
        };
        scope_matches(pattern, source)
    }

    /// Proper names the claim is about, as written: included terms with a capital letter
    /// in some word that is not a generic acronym (`Korea`, `United States`, `K-EXAONE`,
    /// but not `AI market`).
    pub fn entities(&self) -> Vec<&str> {
        self.terms
            .iter()
            .filter(|term| !term.excluded && names_something(&term.text))
            .map(|term| term.text.as_str())
            .collect()
    }

    /// The included terms that are not [entities](Claim::entities), lowercased: the
    /// measure the claim is about (`installed`, `industrial robots`, `ai market`).
    pub fn words(&self) -> Vec<String> {
        self.terms
            .iter()
            .filter(|term| !term.excluded && !names_something(&term.text))
            .map(|term| term.text.to_lowercase())
            .collect()
    }

    /// Terms written with `-`, as written: evidence mentioning any of them is set aside.
    pub fn excluded(&self) -> Vec<&str> {
        self.terms
            .iter()
            .filter(|term| term.excluded)
            .map(|term| term.text.as_str())
            .collect()
    }
}

/// Whether a term reads as a proper name: some word of it is capitalised and is not one of
/// the field acronyms every document uses.
fn names_something(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .filter(|word| !word.is_empty())
        .any(|word| {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
            word.chars().any(char::is_uppercase) && !GENERIC_ACRONYMS.contains(&bare)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim built by hand, so these tests do not depend on the quantity parser.
    fn claim(comparison: Comparison, value: f64, precision: f64) -> Claim {
        Claim {
            terms: vec![
                Term {
                    text: "United States".into(),
                    quoted: true,
                    excluded: false,
                },
                Term {
                    text: "Japan".into(),
                    quoted: false,
                    excluded: true,
                },
                Term {
                    text: "Installed".into(),
                    quoted: false,
                    excluded: false,
                },
                Term {
                    text: "AI experts".into(),
                    quoted: true,
                    excluded: false,
                },
            ],
            comparison,
            quantity: Quantity {
                value,
                kind: figcheck_figures::Kind::Number,
                unit: None,
                per: None,
                precision,
                hedge: None,
                upper: None,
                style: figcheck_figures::Style::default(),
            },
            tolerance: None,
            scope: None,
            counted: Vec::new(),
            partner: None,
            reached: false,
            dated: None,
            dateline: false,
            companions: Vec::new(),
            earlier: Vec::new(),
        }
    }

    #[test]
    fn names_are_told_from_measures() {
        assert!(names_something("Korea"));
        assert!(names_something("United States"));
        assert!(names_something("K-EXAONE"));
        assert!(names_something("Mi:dm"));
        assert!(!names_something("AI"));
        assert!(!names_something("AI market"));
        assert!(!names_something("LLMs"));
        assert!(!names_something("installed"));
        assert!(!names_something("industrial robots"));
    }

    #[test]
    fn tolerance_in_base_units() {
        assert_eq!(Tolerance::Relative(0.01).absolute(-200.0), 2.0);
        assert_eq!(Tolerance::Absolute(3.0).absolute(1e9), 3.0);
    }

    #[test]
    fn hedges_and_comparisons_correspond() {
        for hedge in [
            Hedge::About,
            Hedge::MoreThan,
            Hedge::AtLeast,
            Hedge::LessThan,
            Hedge::AtMost,
        ] {
            assert_eq!(Comparison::from_hedge(Some(hedge)).hedge(), Some(hedge));
        }
        assert_eq!(
            Comparison::from_hedge(Some(Hedge::Nearly)),
            Comparison::Approx
        );
        assert_eq!(Comparison::from_hedge(None), Comparison::Eq);
    }

    #[test]
    fn terms_split_into_entities_words_and_exclusions() {
        let c = claim(Comparison::Eq, 1.0, 1.0);
        assert_eq!(c.entities(), ["United States", "Installed"]);
        assert_eq!(c.words(), ["ai experts"]);
        assert_eq!(c.excluded(), ["Japan"]);
    }

    #[test]
    fn equality_uses_half_the_last_digit() {
        let c = claim(Comparison::Eq, 9.1e9, 1e8);
        assert!(c.accepts(9.06e9));
        assert!(c.accepts(9.15e9));
        assert!(!c.accepts(9.16e9));
        let c = claim(Comparison::Eq, 31_600.0, 1.0);
        assert!(!c.accepts(30_600.0));
        assert!(c.accepts(31_600.5));
        assert!(!c.accepts(31_600.51));
    }

    #[test]
    fn tolerance_widens_equality_but_not_below_precision() {
        let mut c = claim(Comparison::Eq, 100.0, 10.0);
        c.tolerance = Some(Tolerance::Relative(0.01));
        assert!(c.accepts(104.0));
        c.tolerance = Some(Tolerance::Absolute(20.0));
        assert!(c.accepts(120.0));
        assert!(!c.accepts(121.0));
    }

    #[test]
    fn approx_defaults_to_five_percent_unless_told() {
        let mut c = claim(Comparison::Approx, 30_000.0, 1.0);
        assert!(c.accepts(31_500.0));
        assert!(!c.accepts(31_501.0));
        c.tolerance = Some(Tolerance::Relative(0.01));
        assert!(!c.accepts(30_400.0));
        assert!(c.accepts(30_300.0));
    }

    #[test]
    fn ordering_and_between() {
        assert!(claim(Comparison::Lt, 5.0, 1.0).accepts(4.9));
        assert!(!claim(Comparison::Lt, 5.0, 1.0).accepts(5.0));
        assert!(claim(Comparison::Le, 5.0, 1.0).accepts(5.0));
        assert!(claim(Comparison::Gt, 5.0, 1.0).accepts(5.1));
        assert!(claim(Comparison::Ge, 5.0, 1.0).accepts(5.0));
        assert!(!claim(Comparison::Ne, 5.0, 1.0).accepts(5.4));
        assert!(claim(Comparison::Ne, 5.0, 1.0).accepts(5.6));
        assert!(!claim(Comparison::Ne, 5.0, 1.0).accepts(f64::NAN));
        let upper = claim(Comparison::Eq, 30.0, 1.0).quantity;
        let mut between = claim(Comparison::Between(upper), 20.0, 1.0);
        assert!(between.accepts(20.0) && between.accepts(30.0));
        assert!(!between.accepts(19.9) && !between.accepts(30.1));
        between.tolerance = Some(Tolerance::Relative(0.1));
        assert!(between.accepts(18.0) && between.accepts(32.0));
        assert!(!between.accepts(32.1));
    }

    #[test]
    fn scope_without_glob_takes_everything() {
        let mut c = claim(Comparison::Eq, 1.0, 1.0);
        assert!(c.in_scope("corpus/a.txt"));
        c.scope = Some("00?_*".into());
        assert!(c.in_scope("corpus/003_x.txt"));
        assert!(c.in_scope("C:\\corpus\\003_x.txt"));
        assert!(!c.in_scope("corpus/010_x.txt"));
    }
}
