//! Korean: the words Korean writes after digits, and its hedges. Read by the Korean
//! language module (`extract/korean.rs`).

use crate::quantity::Hedge;

/// Rank counters: 3위 (third place), 2번째 (the second), 1등 (first prize).
pub(crate) const KOREAN_RANKS: [&str; 3] = ["번째", "위", "등"];

/// Scales: 만 (10⁴), 억 (10⁸), 조 (10¹²).
pub(crate) const KOREAN_SCALES: [(&str, f64); 3] = [("만", 1e4), ("억", 1e8), ("조", 1e12)];

/// Currencies written after the amount, with their ISO codes.
pub(crate) const KOREAN_CURRENCIES: [(&str, &str); 2] = [("원", "KRW"), ("달러", "USD")];

/// Counters: what a number counts (countries, steps, items, machines, people, places,
/// cases, works, kinds, months, years, weeks, days).
pub(crate) const KOREAN_COUNTERS: [&str; 13] = [
    "개국", "계단", "개", "대", "명", "곳", "건", "편", "종", "개월", "년", "주", "일",
];

/// A hedge written before the figure: 약 30만 명 ("about 300,000 people").
pub(crate) const KOREAN_HEDGES_BEFORE: [(&str, Hedge); 2] =
    [("약", Hedge::About), ("최소", Hedge::AtLeast)];

/// A hedge written between the number and its counter: 30여 명 ("30-odd people", more
/// than 30).
pub(crate) const KOREAN_HEDGE_BETWEEN: (&str, Hedge) = ("여", Hedge::MoreThan);

/// A hedge written after the number and its counter: 30만 명가량 / 30만 명 정도 ("some
/// 300,000"), 30명 이상 ("30 or more").
pub(crate) const KOREAN_HEDGES_AFTER: [(&str, Hedge); 4] = [
    ("가량", Hedge::About),
    ("정도", Hedge::About),
    ("이상", Hedge::AtLeast),
    ("이하", Hedge::AtMost),
];
