//! Hedges: the words that make a figure approximate or a bound.

use crate::quantity::Hedge;

/// Hedges, as sequences of lower-case words, longest first (a phrase is matched against
/// the words just before a figure, so "equal to or less than" must be tried before
/// "less than").
pub(crate) const HEDGES: &[(&[&str], Hedge)] = &[
    (&["less", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["equal", "to", "or", "less", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["bigger", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    // a newsletter's "north of 62%", "south of $20"
    (&["north", "of"], Hedge::MoreThan),
    (&["south", "of"], Hedge::LessThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["shy", "of"], Hedge::Nearly),
    // "as many as 40", "for as long as six days": the most, as "up to" says it
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["as", "long", "as"], Hedge::AtMost),
    (&["as", "high", "as"], Hedge::AtMost),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["an", "estimated"], Hedge::About),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["some"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["exceed"], Hedge::MoreThan),
    (&["exceeds"], Hedge::MoreThan),
    (&["exceeded"], Hedge::MoreThan),
    (&["surpass"], Hedge::MoreThan),
    (&["surpasses"], Hedge::MoreThan),
    (&["surpassed"], Hedge::MoreThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["~"], Hedge::About),
    (&["≈"], Hedge::About),
    (&["<"], Hedge::LessThan),
];

/// Comparison signs written right before a figure in prose ("x>10", "≥ 30"), longest
/// first. Kept apart from [`HEDGES`], which the claim language also reads.
pub(crate) const SIGN_HEDGES: &[(&str, Hedge)] = &[
    ("<=", Hedge::AtMost),
    (">=", Hedge::AtLeast),
    ("≤", Hedge::AtMost),
    ("≥", Hedge::AtLeast),
    ("<", Hedge::LessThan),
    (">", Hedge::MoreThan),
];

/// Hedges written after a figure: "65 or older", "500 or more", "10 or fewer".
pub(crate) const TRAILING_HEDGES: &[(&[&str], Hedge)] = &[
    (&["or", "more"], Hedge::AtLeast),
    (&["or", "greater"], Hedge::AtLeast),
    (&["or", "higher"], Hedge::AtLeast),
    (&["or", "above"], Hedge::AtLeast),
    (&["or", "over"], Hedge::AtLeast),
    (&["or", "older"], Hedge::AtLeast),
    (&["and", "older"], Hedge::AtLeast),
    (&["and", "above"], Hedge::AtLeast),
    (&["and", "over"], Hedge::AtLeast),
    (&["and", "up"], Hedge::AtLeast),
    (&["or", "less"], Hedge::AtMost),
    (&["or", "fewer"], Hedge::AtMost),
    (&["or", "lower"], Hedge::AtMost),
    (&["or", "below"], Hedge::AtMost),
    (&["or", "under"], Hedge::AtMost),
    (&["or", "younger"], Hedge::AtMost),
    (&["and", "younger"], Hedge::AtMost),
    (&["and", "below"], Hedge::AtMost),
    (&["and", "under"], Hedge::AtMost),
];
