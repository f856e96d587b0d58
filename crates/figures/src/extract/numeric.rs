//! Figures written with digits, and everything that may follow them: scale, percent,
//! currency word, ordinal suffix, "times", "-fold".

use super::*;

impl<'t> Scanner<'t> {
    /// Digits and everything that may follow them: scale, percent, currency word,
    /// ordinal suffix, "times", "-fold".
    pub(super) fn numeric_at(
        &mut self,
        i: usize,
        currency: Option<(usize, &str, &str)>,
        bare: bool,
    ) -> Option<Found> {
        let d = self.digits_at(i)?;
        if !bare && currency.is_none() && self.is_part_of_identifier(i) {
            return None;
        }
        // Decided after the suffixes: "Ranks 3rd" in a title is a rank, "Exaone 4.0" a name.
        let name_like = !bare && currency.is_none() && self.follows_name(i, &d);
        let start = currency.map_or(i, |(s, _, _)| s);
        let mut style = Style {
            separator: d.separator,
            decimals: d.decimals,
            prefix: currency.map(|(_, p, _)| p.to_string()),
            ..Style::default()
        };
        let mut unit = currency.map(|(_, _, code)| code.to_string());
        let mut kind = if currency.is_some() {
            Kind::Money
        } else {
            Kind::Number
        };
        let mut value = d.value;
        let mut precision = d.precision;
        let mut end = d.end;

        let plain_follows_name = name_like
            && !self
                .rest(d.end)
                .starts_with(|c: char| c.is_ascii_alphabetic() || c == '%' || c == '×');
        let scaled = {
            let j = if self.peek(d.end) == Some('-') {
                d.end + 1
            } else {
                self.skip_ws(d.end)
            };
            self.word_at(j)
                .is_some_and(|(w, _)| lexicon::scale_word(&w.to_ascii_lowercase()).is_some())
        };
        if plain_follows_name
            && !scaled
            && self.unit_words_after(d.end).is_none()
            && self.currency_sign_after(d.end).is_none()
        {
            self.skipped_name_end = Some(d.end);
            return None;
        }
        // "2½": a vulgar fraction glued to whole digits.
        if let Some(glyph) = self.peek(end).filter(|&c| vulgar_fraction(c).is_some())
            && let Some(v) = vulgar_fraction(glyph)
            && d.decimals == 0
            && d.separator.is_none()
            && style.suffix.is_none()
        {
            // The glyph is kept as the suffix, so the figure is written back as "2½"
            // (see `render`), not as "2.5", which reads as another figure.
            let mut style = style;
            style.suffix = Some(glyph.to_string());
            return Some(Found {
                start,
                end: end + glyph.len_utf8(),
                quantity: quantity(value + v, kind, 0.01, style),
            });
        }
        // "1 point 1": a decimal point spoken between digits.
        if let Some((fraction, decimals, after)) = self.spoken_point_after(&d) {
            value += fraction;
            precision = 10f64.powi(-i32::from(decimals));
            style.decimals = decimals;
            end = after;
        }
        // Another language's counters glued to the digits: 3위 (a rank), 5개, 31,600대,
        // 9조 원, 1억 (see `lang.rs`).
        if currency.is_none()
            && let Some(found) = self.after_digits_in_language(start, end, value, precision, &style)
        {
            return Some(found);
        }
        // Attached letters: 3rd, 3k, $9.06bn, 100M, 10x, 4.8pp, 115USD.
        let letters: String = self
            .rest(end)
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        // ("42RM", "3.14US$": a sign written with letters is read as the sign after)
        let sign_after = currency.is_none()
            && (self.lettered_sign_at(end) || self.ambiguous_sign_after(start, end, &d).is_some());
        if !letters.is_empty() && !sign_after {
            let after = end + letters.len();
            let glued_after = self.peek(after).is_some_and(is_word_char);
            if glued_after {
                return None;
            }
            // "3.5m dollars": a currency word after makes "m" a scale, as a sign before does
            let money_after = self.next_word(after).is_some_and(|(w, ws, we)| {
                // "the 100m won him gold": "won" is a verb as often as a currency; "sol6"
                // is no currency word, though its letters are
                ws == after + 1
                    && w != "won"
                    && !self.peek(we).is_some_and(is_word_char)
                    && lexicon::currency_word(w).is_some()
            });
            if let Some(f) = lexicon::scale_suffix(&letters, currency.is_some() || money_after) {
                (value, precision) = scaled_by(value, precision, f);
                style.scale = Some(letters.clone());
                end = after;
            } else {
                // What letters glued to the digits make of them: 3rd, 10x, 4.8pp, 115USD,
                // the 1990s (a year stated to ten years). Anything else (5G, 3D, 4o, 180ml)
                // is not a quantity.
                let (kind, precision, unit) =
                    if matches!(letters.as_str(), "st" | "nd" | "rd" | "th")
                        && d.decimals == 0
                        && d.separator.is_none()
                        && currency.is_none()
                    {
                        if !ordinal_suffix_fits(d.value as u64, &letters) {
                            return None;
                        }
                        // "31st August 2022", "2nd of March": a day
                        if (1.0..=31.0).contains(&value)
                            && let Some(found) = self.day_before_month(start, after, value)
                        {
                            return Some(found);
                        }
                        (Kind::Ordinal, 1.0, None)
                    } else if matches!(letters.as_str(), "x" | "X") && currency.is_none() {
                        (Kind::Multiplier, precision, None)
                    } else if letters == "pp" && currency.is_none() {
                        (Kind::PercentagePoints, precision, None)
                    } else if currency.is_none()
                        && letters.len() == 3
                        && letters.chars().all(|c| c.is_ascii_uppercase())
                        && let Some(code) = lexicon::currency_word(&letters)
                    {
                        // An ISO code glued after the digits names the currency: "115USD".
                        (Kind::Money, precision, Some(code))
                    } else if letters == "s"
                        && d.int_digits == 4
                        && d.separator.is_none()
                        && currency.is_none()
                        && value % 10.0 == 0.0
                        && (1800.0..=2100.0).contains(&value)
                    {
                        (Kind::Year, 10.0, None)
                    } else {
                        return None;
                    };
                let mut q = quantity(
                    value,
                    kind,
                    precision,
                    Style {
                        suffix: Some(letters),
                        ..style
                    },
                );
                q.unit = unit.map(str::to_string);
                return Some(Found {
                    start,
                    end: after,
                    quantity: q,
                });
            }
        }
        if self.peek(end) == Some('×') {
            return Some(Found {
                start,
                end: end + '×'.len_utf8(),
                quantity: quantity(
                    value,
                    Kind::Multiplier,
                    precision,
                    Style {
                        suffix: Some("×".into()),
                        ..style
                    },
                ),
            });
        }
        // Scale words: "236 billion", "236-billion", "30.6 thousand".
        if style.scale.is_none() {
            let joiner_hyphen = self.peek(end) == Some('-');
            let (w_start, joiner) = if joiner_hyphen {
                (end + 1, "-")
            } else {
                (self.skip_ws(end), " ")
            };
            if (w_start > end)
                && let Some((w, w_end)) = self.word_at(w_start)
            {
                let lw = w.to_ascii_lowercase();
                // "In 2020 thousands of people fled": a plural scale before "of" is a
                // vague crowd, not a multiplier of the number before it
                let plural_of = lexicon::is_plural_scale(&lw)
                    && self.next_word(w_end).is_some_and(|(of, _, _)| of == "of");
                let word_scale = lexicon::scale_word(&lw)
                    .filter(|_| lw != "hundred" || d.decimals == 0)
                    .filter(|_| !plural_of)
                    .or_else(|| matches!(lw.as_str(), "dozen" | "dozens").then_some(12.0));
                let abbrev = if joiner_hyphen {
                    None
                } else {
                    lexicon::scale_suffix(w, currency.is_some()).filter(|_| w.len() > 1)
                };
                if let Some(f) = word_scale.or(abbrev) {
                    (value, precision) = scaled_by(value, precision, f);
                    style.scale = Some(format!("{joiner}{w}"));
                    end = w_end;
                }
            }
        }
        // Percent, percentage points, currency words and signs, multipliers.
        if currency.is_none() {
            if self.peek(end) == Some('%') {
                kind = Kind::Percent;
                style.suffix = Some("%".into());
                end += 1;
            } else if let Some((suffix, e, k)) = self.unit_words_after(end) {
                kind = k;
                if k == Kind::Money {
                    let (code, factor) = money_code(&suffix);
                    unit = code.map(str::to_string);
                    (value, precision) = scaled_by(value, precision, factor);
                }
                style.suffix = Some(suffix);
                end = e;
            } else if let Some((suffix, e, code)) = self.currency_sign_after(end) {
                kind = Kind::Money;
                unit = Some(code.to_string());
                // "15¢" is 0.15 USD
                (value, precision) = scaled_by(value, precision, money_code(&suffix).1);
                style.suffix = Some(suffix);
                end = e;
            } else if let Some((suffix, e, code, worth)) = self
                .ambiguous_sign_after(start, end, &d)
                .filter(|_| style.scale.is_none())
            {
                kind = Kind::Money;
                unit = Some(code.to_string());
                (value, precision) = scaled_by(value, precision, worth);
                style.suffix = Some(suffix);
                end = e;
            }
        } else if let Some((suffix, e, k)) = self.unit_words_after(end)
            && k == Kind::Money
        {
            // "$9 billion dollars": keep the suffix in the figure, the code from the sign
            style.suffix = Some(suffix);
            end = e;
        }
        // A plain four-digit number in the calendar's range is a year, unless it counts
        // something ("2000 robots").
        if kind == Kind::Number
            && style.scale.is_none()
            && d.separator.is_none()
            && d.decimals == 0
            && d.int_digits == 4
            && (1800.0..=2100.0).contains(&value)
        {
            // (not in a text that groups its thousands: "2025 landings" there is a year)
            let counted = !self.groups_thousands
                && self
                    .unit_after(end, false)
                    .is_some_and(|u| !is_time_word(&u));
            if !counted || self.after_time_word(start) {
                return Some(Found {
                    start,
                    end,
                    quantity: quantity(value, Kind::Year, 1.0, style),
                });
            }
        }
        // Day after a month is handled from the month; here: "1 June 2025".
        if kind == Kind::Number
            && d.decimals == 0
            && d.separator.is_none()
            && (1.0..=31.0).contains(&value)
            && let Some(found) = self.day_before_month(start, end, value)
        {
            return Some(found);
        }
        if is_iso_date(
            self.rest(start)
                .split(|c: char| c.is_whitespace() || ",.;)".contains(c))
                .next()
                .unwrap_or(""),
        ) {
            let s = self.rest(start).get(..10)?;
            let y: u32 = s.get(0..4)?.parse().ok()?;
            let m: u32 = s.get(5..7)?.parse().ok()?;
            let dd: u32 = s.get(8..10)?.parse().ok()?;
            return Some(Found {
                start,
                end: start + 10,
                quantity: date(y, m, dd),
            });
        }
        let mut q = quantity(value, kind, precision, style);
        q.unit = unit;
        Some(Found {
            start,
            end,
            quantity: q,
        })
    }

    /// A day written before its month, from `start` to the day's `end`: "1 June 2025",
    /// "31st August 2022", "2nd of March" (the month capitalised, the year optional).
    fn day_before_month(&self, start: usize, end: usize, day: f64) -> Option<Found> {
        let (mut w, ws, mut w_end) = self.next_word(end)?;
        if w == "of" && ws > end {
            (w, _, w_end) = self.next_word(w_end)?;
        }
        let m = lexicon::month(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))?;
        let (year, e) = self.year_after(w_end).unwrap_or((0, w_end));
        Some(Found {
            start,
            end: e,
            quantity: date(year, m, day as u32),
        })
    }

    /// Whether the word before `i` dates what follows: "the third quarter of 2021
    /// earnings", "Q3 2020 results", "in 2019 revenue", "March 2024 sales".
    pub(super) fn after_time_word(&self, i: usize) -> bool {
        let before = &self.text[self.range_start..i];
        let Some(word) = before.split_whitespace().next_back() else {
            return false;
        };
        let written = word.trim_matches(|c: char| !c.is_alphanumeric());
        lexicon::dates_what_follows(&written.to_lowercase()) || lexicon::month(written).is_some()
    }

    pub(super) fn year_after(&self, i: usize) -> Option<(u32, usize)> {
        let j = self.skip_ws(i.checked_add(usize::from(self.peek(i) == Some(',')))?);
        let d = self.digits_at(j)?;
        (d.int_digits == 4
            && d.value >= 1000.0
            && d.decimals == 0
            && d.separator.is_none()
            && !self.peek(d.end).is_some_and(is_word_char))
        .then_some((d.value as u32, d.end))
    }
}

/// Words ending in "s" that are not plural nouns.
pub(super) const NOT_PLURAL: [&str; 8] =
    ["is", "was", "has", "does", "this", "its", "plus", "thus"];

pub(super) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "decade"
            | "decades"
    )
}

impl Scanner<'_> {
    /// " point 1" after whole digits, as a speaker says "1 point 1" for 1.1: the decimal
    /// digits' value, how many there are, and where they end. Only one space on each side
    /// and plain digits after, so "1 point, 1 rebound" stays two figures.
    fn spoken_point_after(&self, d: &Digits) -> Option<(f64, u8, usize)> {
        if d.decimals != 0 || d.separator.is_some() {
            return None;
        }
        // "lost by 1 point 2 weeks ago", "at 1 point 3 players": a point scored
        let start = d.end.saturating_sub(d.int_digits);
        if self
            .words_before(start, 1)
            .first()
            .is_some_and(|(w, _)| matches!(w.as_str(), "by" | "at"))
        {
            return None;
        }
        let rest = self.rest(d.end);
        let after_word = rest
            .strip_prefix(" point ")
            .or_else(|| rest.strip_prefix(" Point "))?;
        let digits: &str = &after_word[..after_word
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after_word.len())];
        let next = after_word[digits.len()..].chars().next();
        let decimals = u8::try_from(digits.len())
            .ok()
            .filter(|n| (1..=6).contains(n))?;
        if next.is_some_and(|c| {
            is_word_char(c)
                || c == ','
                    && after_word[digits.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
        }) {
            return None;
        }
        let whole: f64 = digits.parse().ok()?;
        let fraction = whole / 10f64.powi(i32::from(decimals));
        Some((
            fraction,
            decimals,
            d.end + (rest.len() - after_word.len()) + digits.len(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{figs, is, none};
    use crate::quantity::Kind;

    #[test]
    fn indian_english_spells_and_shortens_lakh_and_crore() {
        is("about 12 lacs", "12 lacs", 1.2e6, Kind::Number);
        is("some 30 lkh", "30 lkh", 3e6, Kind::Number);
        is(
            "three hundred krores",
            "three hundred krores",
            3e9,
            Kind::Number,
        );
        is(
            "three hundred koti",
            "three hundred koti",
            3e9,
            Kind::Number,
        );
    }

    #[test]
    fn a_country_or_a_counter_makes_no_product_version() {
        // "Exaone 4.0" is a name, but not "China 30" nor "AI 3위"
        let f = figs("the US released 50 and China 30, against six");
        assert!(f.iter().any(|f| f.text == "30"), "{f:?}");
        is("AI 3위 국가", "3위", 3.0, Kind::Ordinal);
        none("Exaone 4.0 was released");
    }

    #[test]
    fn a_year_before_a_noun_is_a_count_only_where_thousands_go_ungrouped() {
        // a writer who groups thousands writes a count of 2,025 so
        let found =
            crate::extract::tests::figs("The fleet landed 21,760 tonnes. The 2025 landings rose.");
        assert!(
            found
                .iter()
                .any(|f| f.text == "2025" && f.quantity.kind == Kind::Year),
            "{found:?}"
        );
        is("The plant runs 2000 robots.", "2000", 2000.0, Kind::Number);
    }

    #[test]
    fn decades_and_parts_of_years() {
        let q = is(
            "Prices were lower in the 1990s.",
            "1990s",
            1990.0,
            Kind::Year,
        );
        assert_eq!(q.precision, 10.0);
        is("The plant opens in mid-2025.", "2025", 2025.0, Kind::Year);
        is("Prices peaked in late-2019.", "2019", 2019.0, Kind::Year);
        // Not a decade: a year not ending in 0
        none("the 1995s");
    }

    #[test]
    fn a_lower_case_scale_before_a_currency_word() {
        is("worth 3.5m dollars", "3.5m dollars", 3.5e6, Kind::Money);
        let f = figs("Bolt's 100m won him gold.");
        assert!(f.iter().all(|f| f.quantity.kind != Kind::Money), "{f:?}");
        // alone, "3.2m" is as likely metres
        none("a 3.2m wall");
    }

    #[test]
    fn a_plural_scale_before_of_is_a_crowd() {
        is(
            "In 2020 thousands of people fled.",
            "2020",
            2020.0,
            Kind::Year,
        );
        is(
            "They spent 3 billions on it.",
            "3 billions",
            3e9,
            Kind::Number,
        );
    }

    #[test]
    fn a_point_spoken_between_digits() {
        let q = is(
            "It grew 1 point 1 percent.",
            "1 point 1 percent",
            1.1,
            Kind::Percent,
        );
        assert_eq!(q.precision, 0.1);
        is(
            "about 2 point 25 million",
            "2 point 25 million",
            2.25e6,
            Kind::Number,
        );
        // a point scored, then another count
        let f = figs("He had 1 point, 1 rebound and 1 point 5 assists.");
        assert!(f.iter().any(|f| f.text == "1 point 5"), "{f:?}");
        assert_eq!(f.iter().filter(|f| f.text == "1").count(), 2, "{f:?}");
        // not a number after "point"
        let f = figs("They lost by 1 point 2 weeks ago.");
        assert!(f.iter().all(|f| f.text != "1 point 2"), "{f:?}");
        let f = figs("He scored 1 point 2day");
        assert!(f.iter().all(|f| f.text != "1 point 2day"), "{f:?}");
    }
}
