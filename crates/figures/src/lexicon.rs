//! Word lists the scanner and the context reader share. Small and explicit on purpose:
//! every entry is a decision about English prose that a reader can audit.

use crate::quantity::Hedge;

/// Cardinal number words below twenty, and the tens.
pub(crate) fn small_number(word: &str) -> Option<f64> {
    Some(match word {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub(crate) const SMALL_WORDS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(crate) const TENS_WORDS: [&str; 10] = [
    "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Ordinal words, with their rank.
pub(crate) fn ordinal_word(word: &str) -> Option<f64> {
    Some(match word {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        _ => return None,
    })
}

pub(crate) const ORDINAL_WORDS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
pub(crate) const TENS_ORDINALS: [&str; 10] = [
    "",
    "tenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// Scale words and their factor. "hundred" only scales words ("two hundred").
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Abbreviated scales written after digits, with or without a space: `3k`, `$9.06bn`,
/// `100M`. Lower-case `m` and `b` are only read as scales after a currency sign, since
/// "3.2m" alone is as likely metres.
pub(crate) fn scale_suffix(s: &str, money: bool) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" => 1e6,
        "m" if money => 1e6,
        "B" | "bn" | "bln" => 1e9,
        "b" if money => 1e9,
        "tn" | "trn" => 1e12,
        "T" if money => 1e12,
        _ => return None,
    })
}

/// Currency signs written before the number, longest first so `US$` wins over `$`.
pub(crate) const CURRENCY_PREFIXES: [(&str, &str); 16] = [
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("₩", "KRW"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("USD ", "USD"),
    ("EUR ", "EUR"),
    ("GBP ", "GBP"),
    ("KRW ", "KRW"),
    ("JPY ", "JPY"),
];

/// Currency words written after the number ("1 trillion won").
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "won" => "KRW",
        "dollars" | "dollar" => "USD",
        "euros" | "euro" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "USD" => "USD",
        "EUR" => "EUR",
        "KRW" => "KRW",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" => "CNY",
        _ => return None,
    })
}

/// Hedges, as sequences of lower-case words, longest first.
pub(crate) const HEDGES: [(&[&str], Hedge); 33] = [
    (&["no", "more", "than"], Hedge::AtMost),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
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
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["~"], Hedge::About),
    (&["≈"], Hedge::About),
    (&["<"], Hedge::LessThan),
];

pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(crate) fn month(word: &str) -> Option<u32> {
    let short = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS
        .iter()
        .position(|m| *m == word)
        .or_else(|| short.iter().position(|m| *m == word.trim_end_matches('.')))
        .or_else(|| (word == "Sept").then_some(8))
        .map(|i| i as u32 + 1)
}

/// Words that end a unit phrase or never name what a figure counts.
pub(crate) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "than"
            | "that"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "not"
            | "no"
            | "so"
            | "such"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "how"
            | "why"
            | "all"
            | "each"
            | "every"
            | "both"
            | "either"
            | "neither"
            | "any"
            | "some"
            | "more"
            | "most"
            | "less"
            | "least"
            | "very"
            | "also"
            | "only"
            | "just"
            | "even"
            | "still"
            | "yet"
            | "now"
            | "then"
            | "there"
            | "here"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "until"
            | "per"
            | "via"
            | "their"
            | "they"
            | "them"
            | "our"
            | "we"
            | "us"
            | "you"
            | "your"
            | "his"
            | "her"
            | "he"
            | "she"
            | "i"
            | "my"
            | "me"
            | "if"
            | "because"
            | "though"
            | "although"
            | "however"
            | "according"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "up"
            | "down"
            | "out"
            | "off"
            | "across"
            | "among"
            | "between"
            | "within"
            | "without"
            | "through"
            | "during"
            | "against"
            | "behind"
            | "ahead"
            | "last"
            | "next"
            | "year"
            | "years"
            | "ago"
            | "earlier"
            | "later"
            | "already"
            | "again"
            | "said"
            | "says"
            | "say"
    )
}

/// Capitalised words that are common nouns or acronyms everyone uses, not names of who
/// or what a figure is about.
pub(crate) fn is_generic_capitalised(w: &str) -> bool {
    matches!(
        w,
        "AI" | "LLM"
            | "LLMs"
            | "GPU"
            | "GPUs"
            | "CEO"
            | "GDP"
            | "PC"
            | "IT"
            | "R&D"
            | "I"
            | "A"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
    )
}

/// Canonical form of a place or organisation name, so "the US" and "the United States"
/// are one entity. Input and output are lower-case.
pub(crate) fn canonical_name(lower: &str) -> &str {
    match lower {
        "us" | "u.s." | "u.s" | "usa" | "u.s.a." | "america" | "united states of america" => {
            "united states"
        }
        "uk" | "u.k." | "britain" | "great britain" => "united kingdom",
        "south korea" | "republic of korea" | "rok" | "s. korea" => "korea",
        "prc" | "mainland china" => "china",
        "kt" => "korea telecom",
        _ => lower,
    }
}

/// Capitalised words that commonly open a sentence without being names.
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "By"
            | "At"
            | "Since"
            | "Beyond"
            | "Unlike"
            | "Instead"
            | "While"
            | "Rather"
            | "Also"
            | "More"
            | "Most"
            | "Some"
            | "Many"
            | "Several"
            | "Few"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "Their"
            | "They"
            | "We"
            | "Our"
            | "His"
            | "Her"
            | "When"
            | "Where"
            | "What"
            | "Why"
            | "How"
            | "As"
            | "After"
            | "Before"
            | "During"
            | "From"
            | "For"
            | "With"
            | "Without"
            | "According"
            | "Despite"
            | "Although"
            | "Though"
            | "However"
            | "Meanwhile"
            | "Still"
            | "Yet"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Then"
            | "Now"
            | "Today"
            | "Last"
            | "Next"
            | "First"
            | "Second"
            | "Only"
            | "Both"
            | "Each"
            | "Every"
            | "All"
            | "No"
            | "Not"
            | "Even"
            | "Such"
            | "Other"
            | "Another"
            | "Here"
            | "There"
            | "If"
            | "Because"
            | "Over"
            | "Under"
            | "About"
            | "Around"
            | "Nearly"
            | "Almost"
            | "Just"
            | "Roughly"
            | "Top"
            | "Companies"
            | "Countries"
            | "Firms"
            | "Researchers"
            | "Analysts"
            | "Experts"
            | "Officials"
            | "Background"
            | "Editor"
    )
}
