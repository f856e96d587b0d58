//! Korean: 만/억/조 scales, counters (명, 개, 대, 위) and hedges after Korean digits.

use super::*;

impl<'t> Scanner<'t> {
    /// " percent", " per cent", " percentage points", " won", " swiss francs", " times",
    /// "-fold" after `i`.
    /// A Korean counter or scale right after digits (`end`), read into a figure that
    /// starts at `start`. Particles after the counter ("18위를") are left out of the span.
    pub(super) fn korean_counter(
        &self,
        start: usize,
        end: usize,
        value: f64,
        precision: f64,
        style: &Style,
    ) -> Option<Found> {
        let rest = self.rest(end);
        if !rest.starts_with(is_hangul) {
            return None;
        }
        let with = |kind: Kind,
                    v: f64,
                    p: f64,
                    len: usize,
                    scale: Option<&str>,
                    suffix: &str,
                    unit: Option<&str>| {
            let mut q = quantity(
                v,
                kind,
                p,
                Style {
                    scale: scale.map(str::to_string),
                    suffix: (!suffix.is_empty()).then(|| suffix.to_string()),
                    ..style.clone()
                },
            );
            q.unit = unit.map(str::to_string);
            Some(Found {
                start,
                end: end + len,
                quantity: q,
            })
        };
        for rank in ["번째", "위", "등"] {
            if rest.starts_with(rank) && style.decimals == 0 {
                return with(Kind::Ordinal, value, 1.0, rank.len(), None, rank, None);
            }
        }
        // Scales: 만 (10⁴), 억 (10⁸), 조 (10¹²), optionally followed by a currency.
        for (word, factor) in [("만", 1e4), ("억", 1e8), ("조", 1e12)] {
            if let Some(after) = rest.strip_prefix(word) {
                let spaced = after.strip_prefix(' ').unwrap_or(after);
                let gap = after.len() - spaced.len();
                for (cur, code) in [("원", "KRW"), ("달러", "USD")] {
                    if spaced.starts_with(cur) {
                        let suffix = format!("{}{cur}", &after[..gap]);
                        let len = word.len() + suffix.len();
                        return with(
                            Kind::Money,
                            value * factor,
                            precision * factor,
                            len,
                            Some(word),
                            &suffix,
                            Some(code),
                        );
                    }
                }
                return with(
                    Kind::Number,
                    value * factor,
                    precision * factor,
                    word.len(),
                    Some(word),
                    "",
                    None,
                );
            }
        }
        for (cur, code) in [("원", "KRW"), ("달러", "USD")] {
            if rest.starts_with(cur) {
                return with(
                    Kind::Money,
                    value,
                    precision,
                    cur.len(),
                    None,
                    cur,
                    Some(code),
                );
            }
        }
        if let Some(after) = rest.strip_prefix("배") {
            let _ = after;
            return with(
                Kind::Multiplier,
                value,
                precision,
                "배".len(),
                None,
                "배",
                None,
            );
        }
        if rest.starts_with("퍼센트") {
            return with(
                Kind::Percent,
                value,
                precision,
                "퍼센트".len(),
                None,
                "퍼센트",
                None,
            );
        }
        for counter in [
            "개국", "계단", "개", "대", "명", "곳", "건", "편", "종", "개월", "년", "주", "일",
        ] {
            if rest.starts_with(counter) {
                let kind =
                    if counter == "년" && style.decimals == 0 && (1800.0..=2100.0).contains(&value)
                    {
                        Kind::Year
                    } else {
                        Kind::Number
                    };
                let unit = (kind == Kind::Number).then_some(counter);
                return with(kind, value, precision, counter.len(), None, counter, unit);
            }
        }
        None
    }
}

pub(super) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}
