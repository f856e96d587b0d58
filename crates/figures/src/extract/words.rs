//! Figures written in words: "thirty-two", "half a million", "minus five".

use super::*;

impl<'t> Scanner<'t> {
    /// A day said as an ordinal after its month, as a speaker says and a transcript
    /// writes it: "on April first", "April ninth", "March twenty-first" (the day of the
    /// month the digits "April 9" state).
    fn day_said_after_month(&self, start: usize, month: u32, at: usize) -> Option<Found> {
        let (w, w_end) = self.word_at(at)?;
        let lw = Self::lower(w);
        if lw != w {
            return None;
        }
        let (day, end) = self.ordinal_word_value(&lw, w_end)?;
        // "May first-quarter sales" is no date
        if !(1.0..=31.0).contains(&day)
            || self.peek(end).is_some_and(|c| is_word_char(c) || c == '-')
        {
            return None;
        }
        Some(Found {
            start,
            end,
            quantity: date(0, month, day as u32),
        })
    }

    /// Figures that start with a word: number words, ordinals, fractions, multipliers,
    /// months, "number three", "top 10".
    pub(super) fn words_figure_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let (w, w_end) = self.word_at(i)?;
        // Month + day / year: "June 1", "December 2020", "June 1, 2025".
        if let Some(m) =
            lexicon::month(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))
        {
            // "Dec. 1", "Sept. 3, 2025": a short month keeps its period
            let after = if self.peek(w_end) == Some('.') && w.len() <= 4 && w != "May" {
                w_end + 1
            } else {
                w_end
            };
            let j = self.skip_ws(after);
            if j == after {
                return None;
            }
            if let Some(found) = self.day_said_after_month(i, m, j) {
                return Some(found);
            }
            let d = self.digits_at(j)?;
            if d.decimals > 0 || d.separator.is_some() || self.peek(d.end).is_some_and(is_word_char)
            {
                // allow "June 1st"
                let suffix: String = self
                    .rest(d.end)
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                // "April 0rd" is no day (found by the claim fuzzer)
                if !(matches!(suffix.as_str(), "st" | "nd" | "rd" | "th")
                    && d.int_digits <= 2
                    && (1.0..=31.0).contains(&d.value))
                {
                    return None;
                }
                let e = d.end + suffix.len();
                let (year, e) = self.year_after(e).unwrap_or((0, e));
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: date(year, m, d.value as u32),
                });
            }
            // "Apr 0000" is no year (found by the claim fuzzer: written back as "April 0")
            if d.int_digits == 4 && d.value >= 1000.0 {
                return Some(Found {
                    start: i,
                    end: d.end,
                    quantity: date(d.value as u32, m, 0),
                });
            }
            if (1.0..=31.0).contains(&d.value) {
                let (year, e) = self.year_after(d.end).unwrap_or((0, d.end));
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: date(year, m, d.value as u32),
                });
            }
            return None;
        }
        let lw = Self::lower(w);
        if lw != w
            && !(w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase))
        {
            return None; // "ONE", "FiVe": not prose number words
        }
        // Run-together multipliers: "threefold", "tenfold".
        if let Some(v) = lw.strip_suffix("fold").and_then(lexicon::small_number) {
            return Some(Found {
                start: i,
                end: w_end,
                quantity: in_words(v, Kind::Multiplier, 1.0),
            });
        }
        match &*lw {
            "number" | "no" => {
                // "number three" (a rank), "No. 1"; not the verb: "the staff will number
                // 370", "expected to number 1,200"
                if lw == "number"
                    && self.words_before(i, 1).first().is_some_and(|(w, _)| {
                        matches!(
                            w.as_str(),
                            "will" | "would" | "could" | "may" | "might" | "should" | "to"
                        )
                    })
                {
                    return None;
                }
                let mut j = w_end;
                if lw == "no" {
                    // "No. 1", "No 1" (capitalised: "no 1" is rarely a rank)
                    if self.peek(j) == Some('.') {
                        j += 1;
                    } else if &self.text[i..w_end] != "No" {
                        return None;
                    }
                }
                let k = self.skip_ws(j);
                if k == j {
                    return None;
                }
                let (v, e) = if let Some(d) = self
                    .digits_at(k)
                    .filter(|d| d.decimals == 0 && d.separator.is_none())
                {
                    (d.value, d.end)
                } else {
                    let (nw, ne) = self.word_at(k)?;
                    // "No one was hurt" is nobody, and in "I voted no. Eleven percent" a
                    // sentence ends: a rank after "No" is in digits, or a lower-case word
                    // after "No." ("No. three")
                    let dotted = j > w_end;
                    if lw == "no" && !(dotted && nw.starts_with(char::is_lowercase)) {
                        return None;
                    }
                    (lexicon::small_number(&nw.to_lowercase())?, ne)
                };
                if self.peek(e).is_some_and(is_word_char) {
                    return None;
                }
                let style = Style {
                    prefix: Some(self.text[i..k].to_string()),
                    words: !self.rest(k).starts_with(|c: char| c.is_ascii_digit()),
                    ..Style::default()
                };
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: quantity(v, Kind::Ordinal, 1.0, style),
                });
            }
            "top" => {
                let j = if self.peek(w_end) == Some('-') {
                    w_end + 1
                } else {
                    self.skip_ws(w_end)
                };
                if j == w_end {
                    return None;
                }
                let (v, e, words) = if let Some(d) = self
                    .digits_at(j)
                    .filter(|d| d.decimals == 0 && d.separator.is_none())
                {
                    (d.value, d.end, false)
                } else {
                    let (nw, ne) = self.word_at(j)?;
                    (lexicon::small_number(&nw.to_lowercase())?, ne, true)
                };
                if self.peek(e).is_some_and(is_word_char) {
                    return None;
                }
                let mut q = quantity(
                    v,
                    Kind::Ordinal,
                    1.0,
                    Style {
                        prefix: Some(self.text[i..j].to_string()),
                        words,
                        ..Style::default()
                    },
                );
                q.hedge = Some(Hedge::AtMost);
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: q,
                });
            }
            "twice" | "thrice" => {
                let v = if lw == "twice" { 2.0 } else { 3.0 };
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: in_words(v, Kind::Multiplier, 1.0),
                });
            }
            "double" | "triple" | "quadruple" if self.hedged_multiple(i, w_end) => {
                let v = match &*lw {
                    "double" => 2.0,
                    "triple" => 3.0,
                    _ => 4.0,
                };
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: in_words(v, Kind::Multiplier, 1.0),
                });
            }
            "minus" | "negative" => return self.sign_word_at(i, w_end),
            "half" => {
                // "half a million", "half a dozen"
                if let Some((v, e)) = self.half_scale(w_end) {
                    let mut f = self.words_tail(i, v, e, v / 10.0);
                    // written back as half of this scale (see `render`)
                    let scale = self.text[i..e]
                        .rsplit(' ')
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    if lexicon::scale_word(&scale).is_some() {
                        f.quantity.style.scale = Some(format!(" {scale}"));
                    }
                    return Some(f);
                }
                // "half a percentage point", "half a percent", "half a point"
                if let Some(("a", _, ae)) = self.next_word(w_end)
                    && let Some((suffix, e, kind)) = self.percent_unit_after_a(ae)
                {
                    let mut q = in_words(0.5, kind, 0.1);
                    q.style.suffix = Some(format!(" a{suffix}"));
                    return Some(Found {
                        start: i,
                        end: e,
                        quantity: q,
                    });
                }
                if !bare
                    && let Some((p, _)) = self.words_before(i, 1).first()
                    && matches!(
                        p.as_str(),
                        "first" | "second" | "latter" | "former" | "other" | "a" | "one"
                    )
                {
                    // "the second half of the year", "two and a half"
                    return None;
                }
                // "two and half" is a mixed number written loosely, but "…, and half of
                // them" is a fraction of its own.
                if !bare
                    && let [(p, _), (before, _)] = self.words_before(i, 2).as_slice()
                    && p == "and"
                    && lexicon::small_number(before).is_some()
                {
                    return None;
                }
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: in_words(0.5, Kind::Fraction, 0.01),
                });
            }
            _ => {}
        }
        // Fractions: "a third", "two thirds", "three-quarters", "a quarter million".
        if let Some(f) = self.fraction_at(i, &lw, w_end) {
            return Some(f);
        }
        // Ordinal words: "third", "twenty-first".
        if let Some(v) = self.ordinal_words(&lw, w_end, i, bare) {
            return Some(v);
        }
        // Cardinal words: "five", "forty-two", "two hundred and five", "ten thousand";
        // and ordinals built on them, "one hundred twenty-fifth".
        let (value, end, precision, ordinal) = self.cardinal_words(i)?;
        if ordinal {
            return Some(Found {
                start: i,
                end,
                quantity: in_words(value, Kind::Ordinal, 1.0),
            });
        }
        let text = self.text[i..end].to_lowercase();
        if !bare && (text == "one" || text == "a" || text == "an") {
            // "one of the largest": a pronoun, not a count; but "one percent" and "one
            // dollar" are amounts ("no one won" is not a sum in won).
            let amount = match self.unit_words_after(end) {
                Some((s, _, Kind::Percent | Kind::PercentagePoints)) => !s.is_empty(),
                Some((s, _, Kind::Money)) => !s.trim().eq_ignore_ascii_case("won"),
                // "only one plan", "just one of them": a count, said to be small; but
                // "the only one that" is a pronoun still
                _ if text == "one" && {
                    let before = self.words_before(i, 2);
                    before
                        .first()
                        .is_some_and(|(w, _)| matches!(w.as_str(), "only" | "just" | "exactly"))
                        && !before.get(1).is_some_and(|(w, _)| {
                            matches!(
                                w.as_str(),
                                "the"
                                    | "a"
                                    | "an"
                                    | "this"
                                    | "that"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "its"
                                    | "my"
                                    | "your"
                                    | "our"
                            )
                        })
                } =>
                {
                    true
                }
                // "four assists and one steal": the last count of a list of counts
                _ if text == "one" && self.ends_a_list_of_counts(i, end) => true,
                // "one mile": a measurement
                _ if text == "one"
                    && self
                        .unit_after(end, false)
                        .is_some_and(|u| lexicon::singular_unit(&u)) =>
                {
                    true
                }
                // "a one-year commitment", "the one-month anniversary": a duration; "a
                // one-point game", "a one-goal lead": a margin
                _ => {
                    text == "one"
                        && self.peek(end) == Some('-')
                        && self.word_at(end + 1).is_some_and(|(w, we)| {
                            let w = w.to_lowercase();
                            !self.peek(we).is_some_and(|c| c == '-' || is_word_char(c))
                                && (is_time_word(&w)
                                    || (matches!(w.as_str(), "point" | "goal" | "run" | "vote")
                                        && self.next_word(we).is_some_and(|(n, _, _)| {
                                            lexicon::margin_noun(&n.to_lowercase())
                                        })))
                        })
                }
            };
            if !amount {
                return None;
            }
        }
        Some(self.words_tail(i, value, end, precision))
    }

    /// Whether the "double" at `i..end` is a multiple of something named after it, as a
    /// hedge before it says: "more than double the 4.2 hours", "nearly triple what it
    /// cost". Unhedged, the word is as often a kind ("a double play", "double shifts") or a
    /// plan ("to double the fleet") as a measured multiple.
    fn hedged_multiple(&self, i: usize, end: usize) -> bool {
        // "almost double Tallow Creek's": a name after it is what it multiplies too
        let named_after = self.next_word(end).is_some_and(|(w, ws, _)| {
            !self.text[end..ws].contains(['\n', '\r', ',', '.'])
                && (MULTIPLE_OF.contains(&w.to_lowercase().as_str())
                    || w.starts_with(char::is_uppercase))
        });
        let before = self.words_before(i, 2);
        let word = |k: usize| before.get(k).map(|(w, _)| w.as_str());
        let hedged = matches!(
            word(0),
            Some("nearly" | "almost" | "about" | "roughly" | "around" | "over" | "approximately")
        ) || word(0) == Some("than") && matches!(word(1), Some("more" | "less"));
        named_after && hedged
    }

    /// Whether the "one" at `i..end` is in a list of counts ("five rebounds, four assists,
    /// one steal and one block"): "and" or a comma before it, a number word among the few
    /// words before that, and a noun after it, not "of" ("and one of the best").
    fn ends_a_list_of_counts(&self, i: usize, end: usize) -> bool {
        let noun_after = self.next_word(end).filter(|(w, ws, _)| {
            !self.text[end..*ws].contains(['\n', '\r', ',', '.'])
                && w.chars().all(char::is_alphabetic)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "of" | "another"
                        | "more"
                        | "other"
                        | "another's"
                        | "thing"
                        | "way"
                        | "day"
                        | "was"
                        | "is"
                        | "has"
                        | "had"
                        | "would"
                        | "could"
                        | "will"
                        | "did"
                        | "that"
                        | "which"
                        | "who"
                )
        });
        let Some((_, _, noun_end)) = noun_after else {
            return false;
        };
        let head = self.text[self.range_start..i].trim_end();
        // "four assists and one steal", "14 points, one rebound": "and" or a comma before
        // it, a count before that
        let item_end = head
            .strip_suffix(" and")
            .map(|h| h.trim_end_matches(','))
            .or_else(|| head.strip_suffix(','));
        // "adding one assist, two rebounds and one steal": the first item of such a list
        let list_follows = || {
            self.rest(noun_end).strip_prefix(", ").is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_ascii_digit())
                    || rest
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .is_some_and(|w| lexicon::small_number(&w.to_lowercase()).is_some())
            })
        };
        item_end.is_some_and(|h| self.counted_item_ends(self.range_start + h.len()))
            || list_follows()
    }

    /// Whether the text before `end` ends with a count and its noun: "14 points", "five
    /// rebounds", "one steal".
    fn counted_item_ends(&self, end: usize) -> bool {
        // the last run of letters of `text`, in bytes, if it is short enough to be a word
        let last_word = |text: &str| {
            let (chars, bytes) = text
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .take(Self::MAX_COUNTED_NOUN + 1)
                .fold((0, 0), |(n, b), c| (n + 1, b + c.len_utf8()));
            (chars <= Self::MAX_COUNTED_NOUN).then_some(bytes)
        };
        let head = self.text[self.range_start..end].trim_end();
        let Some(noun) = last_word(head).filter(|&b| b > 0) else {
            return false;
        };
        let count = head[..head.len() - noun].trim_end();
        let word = last_word(count).map_or("", |b| &count[count.len() - b..]);
        count.ends_with(|c: char| c.is_ascii_digit())
            || lexicon::small_number(&word.to_lowercase()).is_some()
    }

    /// The longest noun a count in a list is read with, in characters.
    const MAX_COUNTED_NOUN: usize = 24;

    /// "minus 5", "negative one", "minus five percent": the figure after the word, with
    /// its sign. Not the margin in "plus or minus 3 points".
    pub(super) fn sign_word_at(&mut self, i: usize, w_end: usize) -> Option<Found> {
        let before = self.words_before(i, 2);
        if before.first().is_some_and(|(w, _)| w == "or")
            && before.get(1).is_some_and(|(w, _)| w == "plus")
        {
            return None;
        }
        let j = self.skip_ws(w_end);
        if j == w_end {
            return None;
        }
        let mut f = self.figure_at(j, true)?;
        let signed = matches!(
            f.quantity.kind,
            Kind::Number | Kind::Percent | Kind::PercentagePoints | Kind::Money | Kind::Fraction
        );
        if !signed || f.start != j || f.quantity.upper.is_some() {
            return None;
        }
        f.quantity.value = -f.quantity.value;
        let written = format!(
            "{}{}",
            &self.text[i..j],
            f.quantity.style.prefix.as_deref().unwrap_or("")
        );
        f.quantity.style.prefix = Some(written);
        f.start = i;
        Some(f)
    }

    /// The unit after "half a" at `at` that makes the half a percentage: "percent",
    /// "percentage point", or a rate's "point" ("cut to 4.10% from 4.60%, half a point";
    /// not "half a point of view"). As [`Scanner::unit_words_after`] gives it.
    fn percent_unit_after_a(&self, at: usize) -> Option<(String, usize, Kind)> {
        self.unit_words_after(at)
            .filter(|(_, _, kind)| matches!(kind, Kind::Percent | Kind::PercentagePoints))
            .or_else(|| {
                let (_, _, pe) = self.next_word(at).filter(|(w, _, _)| *w == "point")?;
                self.next_word(pe)
                    .is_none_or(|(w, _, _)| w != "of")
                    .then(|| (" point".to_string(), pe, Kind::PercentagePoints))
            })
    }

    /// After "half": "a million", "million", "a dozen". Returns (value, end).
    pub(super) fn half_scale(&self, w_end: usize) -> Option<(f64, usize)> {
        let (mut w, _, mut we) = self.next_word(w_end)?;
        if w == "a" || w == "an" {
            (w, _, we) = self.next_word(we)?;
        }
        let lw = w.to_lowercase();
        let scale = if lw == "dozen" {
            12.0
        } else {
            lexicon::scale_word(&lw).filter(|s| *s >= 1e3)?
        };
        if self.peek(we).is_some_and(|c| is_word_char(c) || c == '-') {
            return None;
        }
        Some((0.5 * scale, we))
    }

    /// What may follow a number written in words: "ten times", "three-fold", "five
    /// percent", "five million yen".
    pub(super) fn words_tail(&self, i: usize, value: f64, end: usize, precision: f64) -> Found {
        let style = spoken_decimal_style(&self.text[i..end]).unwrap_or(Style {
            words: true,
            ..Style::default()
        });
        if let Some((suffix, e, k)) = self.unit_words_after(end)
            && k != Kind::Money
            && k != Kind::Percent
        {
            return Found {
                start: i,
                end: e,
                quantity: quantity(
                    value,
                    k,
                    precision,
                    Style {
                        suffix: Some(suffix),
                        ..style
                    },
                ),
            };
        }
        if self.peek(end) == Some('%') {
            return Found {
                start: i,
                end: end + 1,
                quantity: quantity(
                    value,
                    Kind::Percent,
                    precision,
                    Style {
                        suffix: Some("%".into()),
                        ..style
                    },
                ),
            };
        }
        if let Some((suffix, e, Kind::Percent)) = self.unit_words_after(end) {
            return Found {
                start: i,
                end: e,
                quantity: quantity(
                    value,
                    Kind::Percent,
                    precision,
                    Style {
                        suffix: Some(suffix),
                        ..style
                    },
                ),
            };
        }
        if let Some((suffix, e, Kind::Money)) = self.unit_words_after(end) {
            let (code, factor) = money_code(&suffix);
            let (value, precision) = scaled_by(value, precision, factor);
            let mut q = quantity(
                value,
                Kind::Money,
                precision,
                Style {
                    suffix: Some(suffix),
                    ..style
                },
            );
            q.unit = code.map(str::to_string);
            return Found {
                start: i,
                end: e,
                quantity: q,
            };
        }
        Found {
            start: i,
            end,
            quantity: quantity(value, Kind::Number, precision, style),
        }
    }
}

/// "two point two million" is written back as "2.2 million", with as many decimals and the
/// same scale: in words it would read "two million two hundred thousand", which states
/// another precision.
fn spoken_decimal_style(written: &str) -> Option<Style> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let point = words.iter().position(|w| w.eq_ignore_ascii_case("point"))?;
    let scale = words
        .last()
        .filter(|w| lexicon::scale_word(&w.to_lowercase()).is_some_and(|s| s >= 1e3));
    let decimals = words.len() - point - 1 - usize::from(scale.is_some());
    Some(Style {
        decimals: u8::try_from(decimals).unwrap_or(u8::MAX),
        scale: scale.map(|w| format!(" {w}")),
        ..Style::default()
    })
}

/// The words after "double" that name what it is a multiple of: "double the 4.2 hours",
/// "double that of 2024", "triple what it paid".
const MULTIPLE_OF: &[&str] = &["the", "that", "what", "its", "their", "his", "her"];

#[cfg(test)]
mod tests {
    use crate::Kind;
    use crate::extract::tests::{figs, is};

    #[test]
    fn a_hedged_double_of_something_is_a_multiple() {
        is(
            "tows waited more than double the hours of a year earlier",
            "double",
            2.0,
            Kind::Multiplier,
        );
        is(
            "its rate was almost double Tallow Creek's",
            "double",
            2.0,
            Kind::Multiplier,
        );
        is(
            "nearly triple what it paid",
            "triple",
            3.0,
            Kind::Multiplier,
        );
    }

    #[test]
    fn a_double_that_is_a_kind_or_a_plan_is_no_figure() {
        for text in [
            "turned a double play in the ninth",
            "nurses worked double shifts",
            "plans to double the fleet by 2030",
            "a double-double with 12 rebounds",
        ] {
            assert!(
                figs(text)
                    .iter()
                    .all(|f| f.quantity.kind != Kind::Multiplier),
                "{text}"
            );
        }
    }

    #[test]
    fn a_day_said_as_an_ordinal_after_its_month_is_a_date() {
        is("It rises on April first.", "April first", 401.0, Kind::Date);
        is("a hearing on April ninth", "April ninth", 409.0, Kind::Date);
        is(
            "from March twenty-first on",
            "March twenty-first",
            321.0,
            Kind::Date,
        );
    }

    #[test]
    fn a_month_before_other_ordinals_is_no_date() {
        for text in [
            "In April thirty-second place",
            "May first-quarter sales rose",
        ] {
            assert!(
                figs(text).iter().all(|f| f.quantity.kind != Kind::Date),
                "{text}"
            );
        }
    }
}
