//! What a number counts: the unit noun after it ("500,000 barrels", "a 3-inch screen").

use super::*;

impl<'t> Scanner<'t> {
    /// The unit noun a plain count counts: "500,000 barrels", "a 3-inch screen".
    pub(super) fn count_unit(&self, f: &mut Found) {
        if !matches!(f.quantity.kind, Kind::Number) || f.quantity.unit.is_some() {
            return;
        }
        let adjectival = f
            .quantity
            .style
            .scale
            .as_deref()
            .is_some_and(|s| s.starts_with('-'));
        f.quantity.unit = self
            .unit_after(f.end, adjectival)
            .or_else(|| self.hyphenated_unit(f.end))
            .or_else(|| self.singular_unit_of_one(f));
    }

    /// "one steal", "1 block": a count of one counts the singular noun after it.
    fn singular_unit_of_one(&self, f: &Found) -> Option<String> {
        if f.quantity.value != 1.0 || f.quantity.style.scale.is_some() {
            return None;
        }
        let (w, ws, _) = self.next_word(f.end)?;
        let lower = w.to_lowercase();
        let plain = ws > f.end
            && !self.text[f.end..ws].contains(['\n', '\r', ',', '.', '(', '-'])
            && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
        (plain && !lexicon::is_stopword(&lower)).then_some(lower)
    }

    /// "a 3-inch screen", "a 10-year plan": the noun joined to a figure by a hyphen is
    /// what it measures.
    pub(super) fn hyphenated_unit(&self, end: usize) -> Option<String> {
        if self.peek(end) != Some('-') {
            return None;
        }
        let (w, we) = self.word_at(end + 1)?;
        let lw = w.to_lowercase();
        if lw == "fold" || lexicon::scale_word(&lw).is_some() || self.peek(we) == Some('-') {
            return None;
        }
        (w.chars().all(char::is_lowercase) || lexicon::unit_abbreviation(w)).then(|| w.to_string())
    }

    pub(super) fn unit_words_after(&self, i: usize) -> Option<(String, usize, Kind)> {
        if let Some(rest) = self.rest(i).strip_prefix("-fold")
            && !rest.chars().next().is_some_and(is_word_char)
        {
            return Some(("-fold".into(), i + 5, Kind::Multiplier));
        }
        let (w, ws, we) = self.next_word(i)?;
        // "3 USD50": a word glued to digits belongs to them
        if ws == i || self.peek(we).is_some_and(is_word_char) {
            return None;
        }
        let sp = &self.text[i..ws];
        let lw = w.to_lowercase();
        match lw.as_str() {
            "percent" | "percents" | "pct" => Some((format!("{sp}{w}"), we, Kind::Percent)),
            "per" => {
                let (w2, _, we2) = self.next_word(we)?;
                (w2 == "cent").then(|| (self.text[i..we2].to_string(), we2, Kind::Percent))
            }
            "percentage" => match self.next_word(we) {
                Some(("points" | "point", _, we2)) => {
                    Some((self.text[i..we2].to_string(), we2, Kind::PercentagePoints))
                }
                // "30 percentage", loosely for "30 percent"
                _ => Some((format!("{sp}{w}"), we, Kind::Percent)),
            },
            "pp" | "ppt" | "ppts" => Some((format!("{sp}{w}"), we, Kind::PercentagePoints)),
            // "sold out 11 times, eight of them in July": how often, at a clause's end,
            // is a count of occasions, not a factor ("11 times as many", "three times
            // Redfern's").
            "times" if self.ends_a_clause(we) && !self.grew_by(i) => None,
            "times" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            "fold" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            _ => {
                if lexicon::currency_word(w).is_some()
                    && (w.chars().all(|c| c.is_lowercase())
                        || w.len() == 3
                        || lexicon::capitalised_currency(w))
                    && !self.opens_an_amount_on_its_line(i, we)
                {
                    return Some((format!("{sp}{w}"), we, Kind::Money));
                }
                if matches!(lw.as_str(), "pounds" | "pound")
                    && ws - i == 1
                    && self.pounds_are_money(i, we)
                {
                    return Some((format!("{sp}{w}"), we, Kind::Money));
                }
                // "swiss francs", "us dollars", "hong kong dollars"
                let (w2, _, we2) = self.next_word(we)?;
                if lexicon::qualified_currency(&lw, &w2.to_lowercase()).is_some() {
                    return Some((self.text[i..we2].to_string(), we2, Kind::Money));
                }
                if matches!(lw.as_str(), "hong" | "new") {
                    let (w3, _, we3) = self.next_word(we2)?;
                    if lexicon::qualified_currency(&w2.to_lowercase(), &w3.to_lowercase()).is_some()
                    {
                        return Some((self.text[i..we3].to_string(), we3, Kind::Money));
                    }
                }
                None
            }
        }
    }

    /// Whether a clause ends at `at`: a comma, stop, semicolon, colon, closing bracket or
    /// the end of the text, after spaces.
    pub(super) fn ends_a_clause(&self, at: usize) -> bool {
        self.rest(at)
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | '\n' | '\r' | '!' | '?'))
    }

    /// Whether a word of growth stands right before the number ending at `number_end`
    /// ("sales grew 11 times", "rose ten times"): then "times" is a factor however the
    /// clause ends.
    fn grew_by(&self, number_end: usize) -> bool {
        let before = &self.text[self.range_start..number_end];
        let mut words = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev();
        words.next();
        words.next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "grew"
                    | "grown"
                    | "rose"
                    | "risen"
                    | "increased"
                    | "multiplied"
                    | "jumped"
                    | "expanded"
                    | "climbed"
                    | "soared"
                    | "surged"
            )
        })
    }

    /// "ten pounds" is money unless its clause weighs something: "lost ten pounds", "a
    /// baby weighing 8 pounds", "ten pounds of flour", "30 pounds per square inch".
    /// `number_end` is where the amount ends, `word_end` where "pounds" does.
    fn pounds_are_money(&self, number_end: usize, word_end: usize) -> bool {
        if self.next_word(word_end).is_some_and(|(w, _, _)| {
            lexicon::WEIGHT_AFTER_POUNDS.contains(&w.to_lowercase().as_str())
        }) {
            return false;
        }
        let before = &self.text[self.range_start..number_end];
        // The clause ends at a stop followed by a space, not at the point of "3.5".
        let ends_clause = |k: usize, c: char| {
            ";!?\n".contains(c) || (c == '.' && before[k + 1..].starts_with(char::is_whitespace))
        };
        let clause_start = before
            .char_indices()
            .rev()
            .take(160)
            .find(|&(k, c)| ends_clause(k, c))
            .map_or_else(
                || {
                    before
                        .char_indices()
                        .rev()
                        .take(160)
                        .last()
                        .map_or(0, |(k, _)| k)
                },
                |(k, c)| k + c.len_utf8(),
            );
        !before[clause_start..]
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .any(|w| lexicon::is_weight_cue(&w))
    }

    /// The noun a figure counts: "30,600 industrial robots" → "robots". A figure used as
    /// an adjective ("a 70-billion parameter model") counts the word right after it.
    pub(super) fn unit_after(&self, end: usize, adjectival: bool) -> Option<String> {
        // "2024's total", "the 1990’s": a possessive, no quotation of a unit
        if possessive_s(self.rest(end)) {
            return None;
        }
        let mut words = Vec::new();
        let mut i = end;
        let mut named = 0;
        for _ in 0..4 {
            // quotes around a word are transparent: five “notable” models
            let j = self.skip_ws(i);
            let j = j + self
                .rest(j)
                .chars()
                .take_while(|c| "\"“”'‘’".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            if j == i && !words.is_empty() {
                break;
            }
            if words.is_empty() && j == end && !self.rest(end).starts_with(['-']) {
                // glued letters were already refused; nothing follows
            }
            let Some((w, we)) = self.word_at(j) else {
                break;
            };
            let mut we = we;
            let mut word = w.to_string();
            while self.peek(we) == Some('-')
                && let Some((w2, e2)) = self.word_at(we + 1)
            {
                word.push('-');
                word.push_str(w2);
                we = e2;
            }
            let symbol = lexicon::unit_abbreviation(&word);
            let acronym =
                !symbol && word.chars().all(|c| c.is_ascii_uppercase()) && word.len() <= 4;
            if !acronym && !symbol && word.chars().next().is_some_and(char::is_uppercase) {
                // "four California sea lions", "40 African penguins": a name or two that
                // qualifies the noun, on the figure's line, leaves the noun the unit
                if words.is_empty() && named < 2 && !self.text[end..j].contains(['\n', '\r']) {
                    named += 1;
                    i = we;
                    continue;
                }
                break;
            }
            // any case: "iN" is still "in" (found by the claim fuzzer, where "1909 rein iN
            // ds" counted "ds" and printed back as a year)
            let lower = word.to_lowercase();
            if lexicon::is_stopword(&lower) && !is_time_word(&lower) {
                break;
            }
            let closing = self
                .rest(we)
                .chars()
                .take_while(|c| "\"“”'‘’".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            words.push((word, acronym));
            i = we + closing;
            if self.rest(i).starts_with(|c: char| ",.;:!?()—–".contains(c)) {
                break;
            }
        }
        if adjectival {
            return words.into_iter().find(|(_, a)| !a).map(|(w, _)| w);
        }
        words
            .iter()
            .find(|(w, a)| {
                !a && ((w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !NOT_PLURAL.contains(&w.as_str()))
                    || lexicon::irregular_plural(w)
                    || lexicon::unit_abbreviation(w))
            })
            .or_else(|| {
                words
                    .first()
                    .filter(|(w, a)| !a && (is_time_word(w) || lexicon::singular_unit(w)))
            })
            .map(|(w, _)| w.clone())
    }
}

/// Whether `rest` opens with a possessive "'s" (or "’s") that ends a word.
fn possessive_s(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('\'' | '’'))
        && matches!(chars.next(), Some('s' | 'S'))
        && !chars.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::unit_of;

    #[test]
    fn a_name_qualifying_the_noun_leaves_the_noun_the_unit() {
        let t = "Six California sea lions and four harbor seals will live in the pool.";
        assert_eq!(unit_of(t, "Six").as_deref(), Some("lions"));
        assert_eq!(unit_of(t, "four").as_deref(), Some("seals"));
        let t = "The beach has room for up to 40 African penguins.";
        assert_eq!(unit_of(t, "40").as_deref(), Some("penguins"));
    }

    #[test]
    fn a_name_on_the_next_line_or_before_no_noun_is_no_unit() {
        assert_eq!(unit_of("Votes: 12\nAfrican penguins: 40", "12"), None);
        assert_eq!(
            unit_of("Of the 30 members, 12 Democrats voted no.", "12"),
            None
        );
    }
}
