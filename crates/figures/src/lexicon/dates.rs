//! Months and the words that make a four-digit number a year.

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
    // Asked of every word the scanner passes: most open in lower case, as no month does.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
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

/// The month a word names, 1 to 12, for comparing the months two sentences put beside
/// their figures: as written ("May", "Sept"), or lower-cased as context words are, where
/// "may" cannot be told from the verb and names none.
pub fn month_word(word: &str) -> Option<u32> {
    if word.starts_with(|c: char| c.is_uppercase()) {
        return month(word);
    }
    let mut chars = word.chars();
    let first = chars.next()?.to_ascii_uppercase();
    let titled: String = std::iter::once(first).chain(chars).collect();
    month(&titled).filter(|_| word != "may")
}

/// Whether a word is a day of the week: a date's, never a name ("On Monday, the
/// council…" is no one's). Either case: a day names no one, and says nothing of what a figure measures.
pub(crate) fn is_weekday(word: &str) -> bool {
    weekday(word).is_some()
}

/// The day of the week a word names, Monday 0 to Sunday 6, in either case: "on Tuesday" in
/// a release dated Thursday, February 12 is February 10.
pub fn weekday(word: &str) -> Option<u8> {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|day| day.eq_ignore_ascii_case(word))
    .and_then(|k| u8::try_from(k).ok())
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

/// The period a rate's noun names, in one spelling: "a year", "per month", "an hour".
pub(crate) fn period_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "yr" | "annum" => "year",
        "month" | "mo" => "month",
        "week" | "wk" => "week",
        "day" => "day",
        "hour" | "hr" => "hour",
        _ => return None,
    })
}

/// The period an adverb after an amount names: "$1.9 million annually".
pub(crate) fn period_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "annually" | "yearly" => "year",
        "monthly" => "month",
        "weekly" => "week",
        "daily" => "day",
        "hourly" => "hour",
        _ => return None,
    })
}

/// Words after "a year" (lower case) that make it a time, not a rate's period: "a year
/// ago", "a year earlier", "a month later", "a year on year".
pub(crate) fn is_time_reference(w: &str) -> bool {
    matches!(
        w,
        "ago"
            | "earlier"
            | "later"
            | "before"
            | "after"
            | "prior"
            | "previously"
            | "on"
            | "since"
            | "from"
            | "and"
            | "or"
            | "into"
            | "out"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_names_its_month_in_either_case_but_a_lower_case_may() {
        assert_eq!(month_word("february"), Some(2));
        assert_eq!(month_word("June"), Some(6));
        assert_eq!(month_word("sept"), Some(9));
        assert_eq!(month_word("may"), None);
        assert_eq!(month_word("May"), Some(5));
        assert_eq!(month_word("minutes"), None);
        assert_eq!(month_word(""), None);
    }
}
