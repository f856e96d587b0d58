//! Korean, as written after and around digits: 만/억/조 scales, counters (명, 개, 대),
//! ranks (3위), 원 and 달러, 배 (times), 퍼센트, and the hedges 약, 여, 가량, 이상.
//! The word lists are in `lexicon/korean.rs`; the module is chosen by script in
//! `lang.rs`.

use super::*;

pub(super) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

impl<'t> Scanner<'t> {
    /// A Korean counter, scale or unit right after digits (`end`), read into a figure
    /// that starts at `start`. Particles after the counter ("18위를") are left out of the
    /// span; a hedge after it ("30여 명", "30만 명가량") is read into the figure.
    pub(super) fn korean_after_digits(
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
        // "30여 명": the hedge comes between the number and its counter
        let (between, hedge) = lexicon::KOREAN_HEDGE_BETWEEN;
        let (rest, end, inner_hedge) = match rest.strip_prefix(between) {
            Some(after) if after.starts_with([' ', '명', '개', '대', '곳', '건']) => {
                let after = after.trim_start_matches(' ');
                (after, self.rest(end).len() - after.len() + end, Some(hedge))
            }
            _ => (rest, end, None),
        };
        let mut found = self.korean_unit(start, end, rest, value, precision, style)?;
        found.quantity.hedge = inner_hedge.or_else(|| self.korean_hedge_after(found.end));
        Some(found)
    }

    fn korean_unit(
        &self,
        start: usize,
        end: usize,
        rest: &str,
        value: f64,
        precision: f64,
        style: &Style,
    ) -> Option<Found> {
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
        for rank in lexicon::KOREAN_RANKS {
            if rest.starts_with(rank) && style.decimals == 0 {
                return with(Kind::Ordinal, value, 1.0, rank.len(), None, rank, None);
            }
        }
        for (word, factor) in lexicon::KOREAN_SCALES {
            if let Some(after) = rest.strip_prefix(word) {
                let spaced = after.strip_prefix(' ').unwrap_or(after);
                let gap = after.len() - spaced.len();
                for (cur, code) in lexicon::KOREAN_CURRENCIES {
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
        for (cur, code) in lexicon::KOREAN_CURRENCIES {
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
        if rest.starts_with("배") {
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
        for counter in lexicon::KOREAN_COUNTERS {
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

    /// "가량", "정도", "이상" after a Korean figure (and the counter after a scale:
    /// "30만 명가량").
    fn korean_hedge_after(&self, end: usize) -> Option<Hedge> {
        let mut rest = self.rest(end).trim_start_matches(' ');
        for counter in lexicon::KOREAN_COUNTERS {
            if let Some(after) = rest.strip_prefix(counter) {
                rest = after.trim_start_matches(' ');
                break;
            }
        }
        lexicon::KOREAN_HEDGES_AFTER
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .map(|(_, h)| *h)
    }

    /// "약 30만 명": a Korean hedge word right before the figure.
    pub(super) fn korean_hedge_before(&self, start: usize) -> Option<Hedge> {
        let before = self.text[self.range_start..start].trim_end();
        lexicon::KOREAN_HEDGES_BEFORE
            .iter()
            .find(|(w, _)| {
                before
                    .strip_suffix(w)
                    .is_some_and(|b| !b.chars().next_back().is_some_and(is_hangul))
            })
            .map(|(_, h)| *h)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::is;
    use crate::quantity::{Hedge, Kind};

    #[test]
    fn scales_counters_ranks_and_currencies() {
        is("한국은 3위 국가입니다", "3위", 3.0, Kind::Ordinal);
        let q = is("로봇 3만 대", "3만", 3e4, Kind::Number);
        assert_eq!(q.style.scale.as_deref(), Some("만"));
        let q = is("9조 원을 투자", "9조 원", 9e12, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("KRW"));
        let q = is("LLM은 5개", "5개", 5.0, Kind::Number);
        assert_eq!(q.unit.as_deref(), Some("개"));
    }

    #[test]
    fn hedges_before_and_after() {
        let q = is("약 30만 명이 참가", "30만", 3e5, Kind::Number);
        assert_eq!(q.hedge, Some(Hedge::About));
        let q = is("30여 명이 참가", "30여 명", 30.0, Kind::Number);
        assert_eq!(q.hedge, Some(Hedge::MoreThan));
        let q = is("30만 명가량 참가", "30만", 3e5, Kind::Number);
        assert_eq!(q.hedge, Some(Hedge::About));
        let q = is("100명 이상", "100명", 100.0, Kind::Number);
        assert_eq!(q.hedge, Some(Hedge::AtLeast));
        // 약 inside a word is not a hedge: "조약 3건" (three treaties)
        let q = is("조약 3건", "3건", 3.0, Kind::Number);
        assert_eq!(q.hedge, None);
    }
}
