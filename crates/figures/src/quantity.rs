//! Normalised quantities: what a figure *means*, apart from how it was written.
//!
//! A [`Quantity`] keeps both: the value (as f64, in base units: `$9.06 billion` is
//! 9.06e9 USD) for comparison, and a [`Style`] that remembers the writing (`$`, two
//! decimals, the word "billion") so a suggested correction can be written the way the
//! writer wrote the original.

use serde::{Deserialize, Serialize};

/// What sort of figure a quantity is. Kinds are compared before values: a percentage is
/// never evidence for a count, nor a rank for a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Percent,
    PercentagePoints,
    Money,
    Ordinal,
    Year,
    Date,
    Multiplier,
    Fraction,
    /// A time of day, in minutes after midnight: "1:34 PM" is 814.
    Time,
    /// A length of time, in seconds: "2:09:41" is 7781, "four minutes and 38 seconds" 278.
    Duration,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Number,
        Kind::Percent,
        Kind::PercentagePoints,
        Kind::Money,
        Kind::Ordinal,
        Kind::Year,
        Kind::Date,
        Kind::Multiplier,
        Kind::Fraction,
        Kind::Time,
        Kind::Duration,
    ];

    /// The name used in JSON output and in the claim language's diagnostics.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::PercentagePoints => "percentage_points",
            Kind::Money => "money",
            Kind::Ordinal => "ordinal",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Multiplier => "multiplier",
            Kind::Fraction => "fraction",
            Kind::Time => "time",
            Kind::Duration => "duration",
        }
    }
}

/// A word that changes how a figure is compared: "about 30,000" is not a claim of exactly
/// 30,000, and "more than 1,000" is a claim about a lower bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// about, roughly, some, around, approximately, an estimated
    About,
    /// nearly, almost, just under, close to: slightly below the stated value
    Nearly,
    /// more than, over, above, upwards of
    MoreThan,
    /// at least, no fewer than
    AtLeast,
    /// fewer than, less than, under, below
    LessThan,
    /// up to, at most, no more than; also "top N" for ranks
    AtMost,
}

impl Hedge {
    /// The canonical English word(s), used when a figure's hedge is shown to a person.
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::MoreThan => "more than",
            Hedge::AtLeast => "at least",
            Hedge::LessThan => "less than",
            Hedge::AtMost => "up to",
        }
    }
}

/// How a figure was written. Only what is needed to write another value the same way.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Style {
    /// Spelled out ("five", "ten thousand") rather than in digits.
    pub words: bool,
    /// Thousands separator used in the digits, if any (`,`, thin or no-break space).
    pub separator: Option<char>,
    /// Digits written after the decimal point.
    pub decimals: u8,
    /// Scale as written after the mantissa, including its joiner: " billion", "-billion",
    /// "bn", "B", "m", "k".
    pub scale: Option<String>,
    /// Text before the number: "$", "US$", "£", "₩", "USD ".
    pub prefix: Option<String>,
    /// Text after the number (and scale): "%", " percent", " percentage points", " won",
    /// "th", " times", "-fold".
    pub suffix: Option<String>,
}

/// A rate's denominator: the "per 10,000 workers" of "1,012 robots per 10,000 workers".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Per {
    pub base: f64,
    pub unit: Option<String>,
}

/// A figure's meaning: value, kind, unit, precision and hedge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// In base units: `236 billion` is 2.36e11, `1.6%` is 1.6, `3rd` is 3.
    /// Dates are `yyyymmdd` with unknown parts zero (`December 2020` is 20201200).
    pub value: f64,
    pub kind: Kind,
    /// The currency code for money (`USD`, `KRW`), otherwise the noun counted, as written
    /// ("robots", "parameter"), if one follows the figure.
    pub unit: Option<String>,
    /// For rates: what the value is per.
    pub per: Option<Per>,
    /// The place value of the last digit written, in base units: 0.01e9 for
    /// `$9.06 billion`, 1 for `30,600`, 1000 for `30.6 thousand`. A source value that
    /// rounds to the written value at this precision agrees with it.
    pub precision: f64,
    pub hedge: Option<Hedge>,
    /// Upper end for "between A and B": the figure then claims a value in `value..=upper`.
    pub upper: Option<f64>,
    pub style: Style,
}

/// A quantity parsed from the start of a string, and how many bytes it took.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedQuantity {
    pub quantity: Quantity,
    pub len: usize,
}

/// Parses one quantity at the start of `s` in any form the extractor understands
/// (`$9.06 billion`, `1.6%`, `3rd`, `4.8 percentage points`, `five`, `30,000 robots`).
/// A leading hedge ("about") is read into [`Quantity::hedge`]. Returns `None` when `s`
/// does not start with a quantity. This is the claim language's quantity syntax.
pub fn parse_quantity(s: &str) -> Option<ParsedQuantity> {
    crate::extract::parse_at_start(s)
}

impl Quantity {
    /// The period the quantity is reckoned per, when it is a plain period ("$54 a year",
    /// "$41.20 per hour"): "year", "month", "week", "day" or "hour".
    pub fn period(&self) -> Option<&str> {
        self.per
            .as_ref()
            .filter(|p| p.base == 1.0)
            .and_then(|p| p.unit.as_deref())
            .filter(|u| crate::lexicon::period_noun(u).is_some())
    }

    /// Whether the quantity is a rate of some base other than a period ("12 per 10,000
    /// workers", "12.4 cents per kilowatt-hour"): a count or amount "a year" is still one.
    pub fn per_base(&self) -> bool {
        self.per.is_some() && self.period().is_none()
    }

    /// Writes `value` (in this quantity's base units) the way this quantity was written:
    /// the same currency sign, scale word, separator and, where it fits, decimals.
    /// `render(30600.0)` on a quantity written "31,600" gives "30,600"; on one written
    /// "100 million", `render(1e11)` gives "100 billion".
    pub fn render(&self, value: f64) -> String {
        crate::extract::render(self, value)
    }
}
