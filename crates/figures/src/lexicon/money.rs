//! Currency signs, codes and words.

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
