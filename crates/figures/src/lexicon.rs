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
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        // A misspelling common enough to appear in published headings ("Nineth Meeting").
        "nineth" => 9.0,
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

/// Scale words and their factor. "hundred" only scales words ("two hundred"). Lakh and
/// crore are the Indian English scales (10⁵ and 10⁷): "35 lakh rupees".
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Abbreviated scales written after digits, with or without a space: `3k`, `$9.06bn`,
/// `100M`. Lower-case `m` and `b` are only read as scales after a currency sign, since
/// "3.2m" alone is as likely metres; so is the finance "MM" ("US$ 1MM"), since "35MM"
/// alone is film.
pub(crate) fn scale_suffix(s: &str, money: bool) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" => 1e6,
        "m" | "MM" if money => 1e6,
        "B" | "bn" | "bln" => 1e9,
        "b" if money => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        "T" if money => 1e12,
        _ => return None,
    })
}

/// Currency signs and codes written before the number, longest first so `US$` wins over
/// `$`. A sign may be followed by one space ("$ 75 million", "US$ 5"); a code may be
/// glued to the digits or spaced ("USD115", "USD 200"). Single-letter dollar prefixes are
/// only read glued ("A$5"): "A $5 fee" is an article, not Australian dollars.
pub(crate) const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("US $", "USD"),
    ("HK $", "HKD"),
    ("NZ $", "NZD"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("Mex$", "MXN"),
    ("MX$", "MXN"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("R$", "BRL"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("Rs.", "INR"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("₩", "KRW"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₦", "NGN"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("KRW", "KRW"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("HKD", "HKD"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("SGD", "SGD"),
    ("Rs", "INR"),
];

/// Currency signs also written after the number, as much of Europe and Asia writes them:
/// "10 €", "100元", "100,000 ₭".
pub(crate) const CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("€", "EUR"),
    ("$", "USD"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("元", "CNY"),
    ("円", "JPY"),
    ("원", "KRW"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₦", "NGN"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
];

/// Currency words written after the number ("1 trillion won"), with the ISO code. Only
/// words that name one currency: "francs" and "pesos" name several and "pounds" is as
/// often a weight, so they are read only with a qualifier ("swiss francs") or a sign.
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    currency_unit(word).map(|(code, _)| code)
}

/// A currency word's ISO code and what one of it is worth in that currency's main unit:
/// 1 for "dollars", 0.01 for "cents" ("50 cents" is 0.50 USD, as "$0.50" is).
pub(crate) fn currency_unit(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "won" => ("KRW", 1.0),
        "dollars" | "dollar" => ("USD", 1.0),
        "cents" | "cent" => ("USD", 0.01),
        "euros" | "euro" => ("EUR", 1.0),
        "pence" | "penny" | "pennies" => ("GBP", 0.01),
        "sterling" => ("GBP", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" | "rmb" | "RMB" => ("CNY", 1.0),
        "rupees" | "rupee" => ("INR", 1.0),
        "USD" | "usd" => ("USD", 1.0),
        "EUR" | "eur" => ("EUR", 1.0),
        "KRW" | "krw" => ("KRW", 1.0),
        "GBP" | "gbp" => ("GBP", 1.0),
        "JPY" | "jpy" => ("JPY", 1.0),
        "CNY" | "cny" => ("CNY", 1.0),
        "CHF" | "chf" => ("CHF", 1.0),
        "INR" | "inr" => ("INR", 1.0),
        "HKD" | "hkd" => ("HKD", 1.0),
        "AUD" | "aud" => ("AUD", 1.0),
        "CAD" | "cad" => ("CAD", 1.0),
        "SGD" | "sgd" => ("SGD", 1.0),
        _ => return None,
    })
}

/// A country adjective that pins down an ambiguous currency word: "swiss francs",
/// "australian dollars", "hong kong dollars". Matched lower-case.
pub(crate) fn qualified_currency(adjective: &str, word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('s');
    Some(match (adjective, word) {
        ("us" | "u.s." | "american", "dollar") => "USD",
        ("australian", "dollar") => "AUD",
        ("canadian", "dollar") => "CAD",
        ("kong", "dollar") => "HKD",
        ("zealand", "dollar") => "NZD",
        ("singapore", "dollar") => "SGD",
        ("taiwan" | "taiwanese", "dollar") => "TWD",
        ("swiss", "franc") => "CHF",
        ("chinese", "yuan") => "CNY",
        ("japanese", "yen") => "JPY",
        ("korean", "won") => "KRW",
        ("turkish", "lira") => "TRY",
        ("indian", "rupee") => "INR",
        ("mexican", "peso") => "MXN",
        ("british", "pound") => "GBP",
        ("pounds" | "pound", "sterling") => "GBP",
        _ => return None,
    })
}

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
    (&["at", "least"], Hedge::AtLeast),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
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
    (&["and", "above"], Hedge::AtLeast),
    (&["and", "over"], Hedge::AtLeast),
    (&["and", "up"], Hedge::AtLeast),
    (&["or", "less"], Hedge::AtMost),
    (&["or", "fewer"], Hedge::AtMost),
    (&["or", "lower"], Hedge::AtMost),
    (&["or", "below"], Hedge::AtMost),
    (&["or", "under"], Hedge::AtMost),
    (&["or", "younger"], Hedge::AtMost),
    (&["and", "below"], Hedge::AtMost),
    (&["and", "under"], Hedge::AtMost),
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

/// Words (lower case) after which a four-digit number is a year even when a noun
/// follows it: "the quarter of 2021 earnings", "Q3 2020 results", "fiscal 2024 sales".
pub(crate) fn dates_what_follows(w: &str) -> bool {
    matches!(
        w,
        "in" | "of"
            | "for"
            | "since"
            | "by"
            | "until"
            | "through"
            | "fiscal"
            | "fy"
            | "q1"
            | "q2"
            | "q3"
            | "q4"
            | "h1"
            | "h2"
            | "quarter"
            | "year"
    )
}

/// Plural nouns without a final "s", which the unit reader would otherwise pass over:
/// "100 people", "six feet".
pub(crate) fn irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "children"
            | "men"
            | "women"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "staff"
            | "personnel"
            | "cattle"
            | "sheep"
            | "livestock"
    )
}

/// Unit symbols written after a number with a space, as written: "1.6 km", "100 MB",
/// "5 GW". Case matters ("mb" is not "MB"). Glued to the digits ("180ml") they are read
/// as part of a token, not as a figure with a unit.
pub(crate) fn unit_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "km" | "cm"
            | "mm"
            | "nm"
            | "dm"
            | "kg"
            | "mg"
            | "μg"
            | "mcg"
            | "ml"
            | "mL"
            | "lb"
            | "lbs"
            | "oz"
            | "ft"
            | "mi"
            | "mph"
            | "kph"
            | "kW"
            | "MW"
            | "GW"
            | "TW"
            | "kWh"
            | "MWh"
            | "GWh"
            | "TWh"
            | "KB"
            | "kB"
            | "MB"
            | "mb"
            | "GB"
            | "TB"
            | "PB"
            | "Kbps"
            | "Mbps"
            | "Gbps"
            | "Hz"
            | "kHz"
            | "MHz"
            | "GHz"
            | "dB"
            | "ha"
    )
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
            | "Korean"
            | "Koreans"
            | "American"
            | "Americans"
            | "Chinese"
            | "Japanese"
            | "French"
            | "German"
            | "British"
            | "European"
            | "Asian"
            | "Indian"
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
