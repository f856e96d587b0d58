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
    // Malaysian ringgit, as Malaysian papers write it: "RM42 million", "RM 5"
    ("RM", "MYR"),
];

/// Currency signs also written after the number, as much of Europe and Asia writes them:
/// "10 €", "100元", "100,000 ₭".
pub(crate) const CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    // Signs written with letters, longest first: "3.14US$", "20 €ur", "42 RM". ("Rs"
    // and "c" are not among them: they write other things too, and are read with a
    // guard by `Scanner::ambiguous_sign_after`.)
    ("US$", "USD"),
    ("€ur", "EUR"),
    ("RM", "MYR"),
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
    ("¢", "USD"),
];

/// Currency words and codes written after the number ("1 trillion won", "42 QAR"), with
/// the ISO code. Only words that name one currency: "francs" and "pesos" name several
/// and "pounds" is as often a weight, so they are read only with a qualifier ("swiss
/// francs") or a sign.
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    iso_code(word).or_else(|| currency_unit(&word.to_lowercase()).map(|(code, _)| code))
}

/// A currency word's ISO code and what one of it is worth in that currency's main unit:
/// 1 for "dollars", 0.01 for "cents" ("50 cents" is 0.50 USD, as "$0.50" is). `word` is
/// lower case. The words listed here come first; then every currency ISO 4217 names with
/// a word no other currency shares ("ringgit", "zloty", "hryvnia"; see [`iso_names`]).
pub(crate) fn currency_unit(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "won" => ("KRW", 1.0),
        "dollars" | "dollar" | "bucks" => ("USD", 1.0),
        "cents" | "cent" | "¢" => ("USD", 0.01),
        "euros" | "euro" => ("EUR", 1.0),
        "pence" | "penny" | "pennies" => ("GBP", 0.01),
        // "pounds" alone is as often a weight: only "£", "pounds sterling" or "British
        // pounds" (see `qualified_currency`) make it money.
        "sterling" | "quid" => ("GBP", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" | "rmb" => ("CNY", 1.0),
        "rupees" | "rupee" => ("INR", 1.0),
        "paise" | "paisa" => ("INR", 0.01),
        "reais" | "reals" => ("BRL", 1.0),
        "kronor" => ("SEK", 1.0),
        "kroner" => ("NOK", 1.0),
        "lire" => ("TRY", 1.0),
        // the Mongolian tögrög as English writes it
        "tugrik" | "tugriks" | "togrog" | "togrogs" => ("MNT", 1.0),
        // Codes written in lower case ("20 usd"): only the common ones, since many codes
        // are English words in lower case ("all", "top", "cup").
        "usd" => ("USD", 1.0),
        "eur" => ("EUR", 1.0),
        "krw" => ("KRW", 1.0),
        "gbp" => ("GBP", 1.0),
        "jpy" => ("JPY", 1.0),
        "cny" => ("CNY", 1.0),
        "chf" => ("CHF", 1.0),
        "inr" => ("INR", 1.0),
        "hkd" => ("HKD", 1.0),
        "aud" => ("AUD", 1.0),
        "cad" => ("CAD", 1.0),
        "sgd" => ("SGD", 1.0),
        // Words several currencies share: money all the same, in a unit named by the
        // word, since which country's is not written ("600 pesos", "12 dinars"). A
        // qualifier names the currency ("Mexican pesos" is MXN, see `qualified_currency`).
        "pesos" | "peso" => ("peso", 1.0),
        "francs" | "franc" => ("franc", 1.0),
        "dinars" | "dinar" => ("dinar", 1.0),
        "riyals" | "riyal" => ("riyal", 1.0),
        "rials" | "rial" => ("rial", 1.0),
        "dirhams" | "dirham" => ("dirham", 1.0),
        "shillings" | "shilling" => ("shilling", 1.0),
        _ => {
            let names = iso_names();
            return names
                .unique
                .get(word)
                .or_else(|| names.joined.get(word))
                .map(|code| (*code, 1.0));
        }
    })
}

/// The words English uses for a hundredth of a currency after an amount in it, "3 CAD 3
/// cents", "20 ringgit and 43 sen": cents of the dollars, the euro and the franc, sen of
/// the ringgit. Lower case.
pub(crate) fn hundredth_words(code: &str) -> &'static [&'static str] {
    match code {
        "MYR" => &["sen", "sens"],
        "GBP" => &["pence", "penny"],
        "INR" => &["paise", "paisa"],
        "USD" | "CAD" | "AUD" | "NZD" | "HKD" | "SGD" | "TWD" | "EUR" | "CHF" => &["cent", "cents"],
        _ => &[],
    }
}

/// A currency word Malaysian English writes before the amount, as it writes "RM":
/// "ringgit 42". Other currencies' words before a number are no amount ("the dollar 42
/// times"). `word` is lower case.
pub(crate) fn currency_word_before(word: &str) -> Option<&'static str> {
    matches!(word, "ringgit" | "ringgits").then_some("MYR")
}

/// A currency word written with a capital, as in a headline or a price list ("60
/// Rupees", "20 Euros"). Only the common words: a capitalised rarer one ("40 Rand", "3
/// Kip") is as often the start of a name.
pub(crate) fn capitalised_currency(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && matches!(
            word.to_lowercase().as_str(),
            "dollars" | "dollar" | "cents" | "euros" | "euro" | "rupees" | "yen" | "yuan" | "pesos"
                | "tugrik" | "tugriks"
        )
        // a country's currency run together, "42 Saudiriyal", is no name
        || iso_names().joined.contains_key(&word.to_lowercase())
}

/// An ISO 4217 code as written in prose, upper case: "QAR", "MYR". Codes that are also
/// shouted English words or company names ("ALL", "TOP", "CUP", "AMD") are left out, as
/// are funds, metals and test codes (XAU, XTS), which no one writes after a price.
pub(crate) fn iso_code(word: &str) -> Option<&'static str> {
    if word.len() != 3
        || !word.bytes().all(|b| b.is_ascii_uppercase())
        || SHOUTED_CODES.contains(&word)
    {
        return None;
    }
    iso_names().codes.get(word).copied()
}

const SHOUTED_CODES: [&str; 12] = [
    "ALL", "AMD", "BAM", "BOB", "CUP", "MAD", "MOP", "PEN", "SOS", "TOP", "GEL", "CUC",
];

/// Tables read once from `iso_currency` (ISO 4217): codes, and each currency's word (the
/// last word of its English name, "Malaysian ringgit" → "ringgit") with the adjective
/// before it. A word two currencies share ("dinar", "peso", "franc") is kept only with
/// its adjective, in `qualified`.
pub(crate) struct IsoNames {
    codes: std::collections::HashMap<&'static str, &'static str>,
    unique: std::collections::HashMap<String, &'static str>,
    qualified: std::collections::HashMap<(String, String), &'static str>,
    /// An adjective and its currency word run together: "egyptianpound", "saudiriyal".
    joined: std::collections::HashMap<String, &'static str>,
}

pub(crate) fn iso_names() -> &'static IsoNames {
    static NAMES: std::sync::LazyLock<IsoNames> = std::sync::LazyLock::new(|| {
        use iso_currency::{Currency, IntoEnumIterator};
        let mut codes = std::collections::HashMap::new();
        let mut by_word: std::collections::HashMap<String, Vec<&'static str>> =
            std::collections::HashMap::new();
        let mut qualified = std::collections::HashMap::new();
        for c in Currency::iter() {
            if c.is_fund() || c.is_special() || c.code().starts_with('X') {
                continue;
            }
            let code = c.code();
            codes.insert(code, code);
            let name = fold_ascii(&c.name().to_lowercase());
            let words: Vec<&str> = name
                .split(|ch: char| !ch.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            let Some(word) = words.last() else { continue };
            if words.len() >= 2 {
                let adjective = words[words.len() - 2].to_string();
                qualified.insert((adjective.clone(), word.to_string()), code);
                qualified.insert((adjective, format!("{word}s")), code);
            }
            for form in [word.to_string(), format!("{word}s")] {
                let codes = by_word.entry(form).or_default();
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
        }
        let unique = by_word
            .into_iter()
            .filter(|(w, c)| {
                c.len() == 1 && w.len() > 2 && !NOT_CURRENCY_WORDS.contains(&w.as_str())
            })
            .map(|(w, c)| (w, c[0]))
            .collect();
        let joined = qualified
            .iter()
            .map(|((adjective, word), code)| (format!("{adjective}{word}"), *code))
            .collect();
        IsoNames {
            codes,
            unique,
            qualified,
            joined,
        }
    });
    &NAMES
}

/// Last words of ISO currency names that are ordinary English words, or mean something
/// else as often as money: "a mark", "the real", "a pound of".
const NOT_CURRENCY_WORDS: [&str; 12] = [
    "real", "reals", "mark", "marks", "unit", "units", "new", "dollar", "dollars", "pound",
    "pounds", "vatu",
];

/// Accented letters of currency names, as English prose writes them: "złoty" → "zloty".
fn fold_ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ł' => 'l',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ʻ' | '\'' => '\u{0}',
            other => other,
        })
        .filter(|c| *c != '\u{0}')
        .collect()
}

/// Words right after "pounds" that make it a weight: "ten pounds of flour", "30 pounds
/// per square inch", "ten pounds lighter".
pub(crate) const WEIGHT_AFTER_POUNDS: [&str; 7] = [
    "of",
    "per",
    "force",
    "heavier",
    "lighter",
    "overweight",
    "underweight",
];

/// Words in the clause before "N pounds" that make it a weight: "lost ten pounds", "a
/// baby weighing 8 pounds", "a 12-pound turkey". Lower case.
pub(crate) fn is_weight_cue(word: &str) -> bool {
    word.starts_with("weigh")
        || matches!(
            word,
            "lost"
                | "lose"
                | "loses"
                | "losing"
                | "shed"
                | "sheds"
                | "gained"
                | "gain"
                | "gains"
                | "gaining"
                | "heavy"
                | "heavier"
                | "lighter"
                | "overweight"
                | "obese"
                | "diet"
                | "baby"
                | "born"
                | "fish"
                | "caught"
                | "catch"
                | "lifted"
                | "lift"
                | "lifts"
                | "bench"
                | "squat"
                | "carried"
                | "carry"
                | "carries"
                | "drop"
                | "drops"
                | "dropped"
                | "dropping"
                | "metric"
                | "ton"
                | "tons"
                | "tonne"
                | "tonnes"
                | "kilogram"
                | "kilograms"
                | "kilo"
                | "kilos"
                | "kg"
                | "gram"
                | "grams"
                | "ounce"
                | "ounces"
                | "stone"
        )
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
        // the country for its adjective: "42 malaysia ringgit"
        ("malaysia", "ringgit") => "MYR",
        ("british", "pound") => "GBP",
        ("pounds" | "pound", "sterling") => "GBP",
        _ => {
            return iso_names()
                .qualified
                .get(&(adjective.to_string(), word.to_string()))
                .copied();
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner tries currency prefixes only where a word does not open in lower case
    /// (see the registry): a prefix in lower case would never be read.
    #[test]
    fn every_currency_prefix_opens_with_no_lower_case_letter() {
        for (prefix, _) in CURRENCY_PREFIXES {
            let first = prefix.chars().next();
            assert!(
                first.is_some_and(|c| !c.is_lowercase()),
                "{prefix:?} opens in lower case"
            );
        }
    }
}
