//! Cardinal number words: "two hundred and five", "thirty one", "a dozen".

use super::*;

impl<'t> Scanner<'t> {
    /// Reads spelled-out cardinals: "five", "forty-two", "thirty one", "two hundred and
    /// five", "ten thousand", "a dozen", "two and a half million", "three lakh crore".
    /// Returns (value, end, precision, ordinal); `ordinal` is set when the words end in an
    /// ordinal built on them: "one hundred twenty-fifth", "two hundredth".
    pub(super) fn cardinal_words(&self, i: usize) -> Option<(f64, usize, f64, bool)> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut end = i;
        let mut j = i;
        let mut any = false;
        let mut last_scale = 1.0;
        // The smallest scale that closed a group ("one million" in "two billion one
        // million"): what the number is written to, whatever scale comes last.
        let mut finest_group: Option<f64> = None;
        let mut first = true;
        let mut ordinal = false;
        let mut fraction = false;
        // Decimal places read after "point", which set the precision.
        let mut point_places = 0;
        // The small number just read, if the last word was one: "thirty" may take "one".
        let mut last_small: Option<f64> = None;
        while let Some((w, we)) = self.word_at(j) {
            let lw = w.to_lowercase();
            let tens_before = last_small.is_some_and(|t| t >= 20.0 && t % 10.0 == 0.0);
            if let Some(v) = lexicon::small_number(&lw) {
                // "five six" is two numbers; "thirty one" is one
                let joins_tens = tens_before && (1.0..10.0).contains(&v);
                if any && (last_small.is_some() || current % 100.0 != 0.0) && !joins_tens {
                    break;
                }
                current += v;
                let mut e = we;
                let mut read = v;
                // forty-two, twenty-first
                let dash = self.peek(we).filter(|c| matches!(c, '-' | '–' | '—'));
                if v >= 20.0
                    && let Some(dash) = dash
                    && let Some((u, ue)) = self.word_at(we + dash.len_utf8())
                    && !self.peek(ue).is_some_and(is_word_char)
                    && !self.number_word_after_hyphen(ue)
                {
                    let lu = u.to_lowercase();
                    if let Some(uv) = lexicon::small_number(&lu).filter(|x| (1.0..10.0).contains(x))
                    {
                        current += uv;
                        read += uv;
                        e = ue;
                    } else if let Some(o) =
                        lexicon::ordinal_word(&lu).filter(|x| (1.0..10.0).contains(x))
                    {
                        current += o;
                        end = ue;
                        any = true;
                        ordinal = true;
                        break;
                    }
                }
                end = e;
                any = true;
                last_scale = 1.0;
                j = e;
                last_small = Some(read);
            } else if (lw == "a" || lw == "an") && first {
                // "a hundred", "a dozen", "a million"
                let (nw, _, ne) = self.next_word(we)?;
                // "a pair of boots", "a couple of reporters": two
                if matches!(nw, "pair" | "couple")
                    && self.next_word(ne).is_some_and(|(of, _, _)| of == "of")
                {
                    return Some((2.0, ne, 1.0, false));
                }
                if self.one_of_a_currency(i, we) {
                    // "a dollar a gallon": one, which the currency word after makes money
                    return Some((1.0, we, 1.0, false));
                }
                if lexicon::scale_word(&nw.to_lowercase()).is_none() && nw != "dozen" {
                    return None;
                }
                current = 1.0;
                j = self.skip_ws(we);
                first = false;
                continue;
            } else if lw == "dozen" || (lw == "dozens" && current > 0.0) {
                // "a dozen", "three dozen", "two dozens"; "dozens of" alone is no figure
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                end = we;
                any = true;
                j = we;
                last_small = None;
            } else if let Some(s) = lexicon::scale_word(&lw)
                .filter(|_| {
                    any || current > 0.0
                    // "the hundred and first session": a rank with no number before
                    || (lw == "hundred" && first && self.and_an_ordinal_after(we))
                })
                // "two thousands of them": a crowd, not a multiplier
                .filter(|_| {
                    !(lexicon::is_plural_scale(&lw)
                        && self.next_word(we).is_some_and(|(of, _, _)| of == "of"))
                })
            {
                if current == 0.0 && !any {
                    current = 1.0;
                }
                if s != 100.0 && current == 0.0 && total > 0.0 && s <= last_scale {
                    // "one billion million": a scale that multiplies nothing ends the
                    // number, rather than being swallowed without changing its value.
                    break;
                }
                if s == 100.0 {
                    current *= 100.0;
                } else if current == 0.0 && total > 0.0 && s > last_scale {
                    total *= s; // "three lakh crore", "a thousand million"
                    finest_group = finest_group.map(|g| g * s);
                } else {
                    total += current * s;
                    current = 0.0;
                    finest_group = Some(finest_group.map_or(s, |g: f64| g.min(s)));
                }
                last_scale = s;
                end = we;
                any = true;
                j = we;
                last_small = None;
            } else if let Some(o) = lexicon::ordinal_word(&lw).filter(|_| any) {
                if self.peek(we).is_some_and(|c| is_word_char(c) || c == '-') {
                    break; // "twenty first-time buyers"
                }
                if o >= 100.0 {
                    // "two hundredth", "three trillionth"
                    if o == 100.0 {
                        current *= 100.0;
                    } else {
                        total += current.max(1.0) * o;
                        current = 0.0;
                    }
                } else if (o < 10.0 && tens_before)
                    || (last_small.is_none() && current % 100.0 == 0.0)
                {
                    // "twenty fifth", "one hundred fifth", "one hundred twelfth"
                    current += o;
                } else {
                    break;
                }
                end = we;
                ordinal = true;
                break;
            } else if lw == "point"
                && last_small.is_some()
                && last_scale == 1.0
                && !fraction
                // "at one point two players left", but "at fifty-three point seven percent"
                && !(total == 0.0
                    && current == 1.0
                    && self.words_before(i, 1).first().is_some_and(|(w, _)| w == "at"))
                && let Some((digits, places, pe)) = self.spoken_decimals(we)
            {
                // "two point two million", "nine point nought four"
                current += digits;
                point_places = places;
                end = pe;
                j = pe;
                fraction = true;
                last_small = None;
            } else if lw == "and" && any && !fraction {
                let Some((nw, ns, ne)) = self.next_word(we) else {
                    break;
                };
                let lnw = nw.to_lowercase();
                let frac = self.and_a_fraction(&lnw, ne);
                let number_or_rank = lexicon::small_number(&lnw).is_some()
                    || lexicon::ordinal_word(&lnw).is_some_and(|o| o < 100.0);
                if frac.is_none() && last_scale >= 100.0 && number_or_rank {
                    // "two hundred and five", "one hundred and first"
                    j = ns;
                    first = false;
                    continue;
                }
                let Some((fv, fe)) = frac else {
                    break;
                };
                if last_small.is_some() {
                    // "two and a half", "five and a quarter million"
                    current += fv;
                } else if last_scale >= 1e3 && current == 0.0 {
                    // "one million and a half", "one billion and a half million"
                    match self.next_word(fe) {
                        Some((sw, _, se))
                            if let Some(x) = lexicon::scale_word(&sw.to_lowercase())
                                && x >= 1e3
                                && x < last_scale =>
                        {
                            total += fv * x;
                            end = se;
                            fraction = true;
                            break;
                        }
                        _ => total += fv * last_scale,
                    }
                } else {
                    break;
                }
                end = fe;
                j = fe;
                fraction = true;
                last_small = None;
            } else {
                break;
            }
            first = false;
            let k = self.skip_ws(j);
            if k == j || self.text[j..k].contains(['\n', '\r']) {
                break;
            }
            j = k;
        }
        // A quadrillion or more ("one million billion") is written back in digits longer
        // than a figure may be (see `MAX_SIGNIFICANT_DIGITS`): not a figure (found by the
        // claim fuzzer).
        if !any || total + current >= 1e15 {
            return None;
        }
        // "three-point range", "three-pointers": a kind of shot, not a count.
        if let Some(rest) = self.rest(end).strip_prefix("-point") {
            let pointer = rest.starts_with("er");
            let shot_kind = rest.starts_with(char::is_whitespace)
                && self
                    .next_word(end + "-point".len())
                    .is_some_and(|(w, _, _)| {
                        lexicon::SHOT_KINDS.contains(&w.to_lowercase().as_str())
                    });
            if pointer || shot_kind {
                return None;
            }
        }
        if self.peek(end).is_some_and(is_word_char)
            || (self.peek(end) == Some('-')
                && self.rest(end + 1).starts_with(|c: char| c.is_alphabetic())
                && !self.rest(end).starts_with("-fold"))
        {
            // "one-off", "two-thirds" (handled as a fraction), "five-year": the hyphenated
            // compound is an adjective; still a figure when it's "ten-year"? keep only
            // number words glued to -fold.
            if !self.rest(end + 1).starts_with(|c: char| c.is_alphabetic()) {
                return None;
            }
        }
        let precision = if point_places > 0 {
            last_scale * 10f64.powi(-point_places)
        } else if last_scale > 1.0 {
            // "one billion one million one billion" is written to the million, as its
            // total, "two billion one million", is
            finest_group.map_or(last_scale, |g| g.min(last_scale)) / 10.0
        } else if fraction {
            0.01
        } else {
            1.0
        };
        Some((total + current, end, precision, ordinal))
    }

    /// The digits spoken after "point", one word each: "two" → 0.2, "nought four" → 0.04.
    /// Returns (value, places, end).
    fn spoken_decimals(&self, i: usize) -> Option<(f64, i32, usize)> {
        let mut value = 0.0;
        let mut places = 0;
        let mut end = i;
        while let Some((w, ws, we)) = self.next_word(end) {
            let Some(d) = lexicon::small_number(&w.to_lowercase()).filter(|d| *d < 10.0) else {
                break;
            };
            if ws == end || self.text[end..ws].contains(['\n', '\r']) || places >= 6 {
                break;
            }
            places += 1;
            value += d * 10f64.powi(-places);
            end = we;
        }
        (places > 0).then_some((value, places, end))
    }

    /// Whether a hyphen at `at` joins another number word ("forty-two-thousand"), not a
    /// noun ("seventy-three-year-old", "twenty-five-member"): only the noun lets the
    /// tens and units before it be read as one number.
    /// Whether "a" (from `a_start` to `a_end`) counts one of the currency named after it:
    /// "a dollar a gallon", "a euro more". Not where the currency names a kind of thing
    /// ("a dollar store", "a dollar-denominated bond") or stands for no money at all ("not
    /// a dollar").
    fn one_of_a_currency(&self, a_start: usize, a_end: usize) -> bool {
        const KINDS: &[&str] = &[
            "store",
            "stores",
            "shop",
            "shops",
            "sign",
            "symbol",
            "amount",
            "amounts",
            "figure",
            "figures",
            "value",
            "values",
            "term",
            "terms",
            "basis",
            "denomination",
            "index",
            "peg",
            "zone",
            "bloc",
            "area",
            "account",
            "accounts",
            "bond",
            "bonds",
            "loan",
            "loans",
            "debt",
            "market",
            "markets",
            "rally",
            "crisis",
            "shortage",
        ];
        let Some((w, _, we)) = self.next_word(a_end) else {
            return false;
        };
        if !matches!(Self::lower(w).as_ref(), "dollar" | "euro")
            || self.peek(we).is_some_and(|c| is_word_char(c) || c == '-')
        {
            return false;
        }
        let kind_after = self
            .next_word(we)
            .is_some_and(|(k, _, _)| KINDS.contains(&Self::lower(k).as_ref()));
        let negated = self
            .words_before(a_start, 1)
            .first()
            .is_some_and(|(b, _)| matches!(b.as_str(), "not" | "never" | "without" | "nor"));
        !kind_after && !negated
    }

    fn number_word_after_hyphen(&self, at: usize) -> bool {
        if self.peek(at) != Some('-') {
            return false;
        }
        self.word_at(at + 1).is_none_or(|(w, _)| {
            let lw = w.to_lowercase();
            lexicon::small_number(&lw).is_some()
                || lexicon::ordinal_word(&lw).is_some()
                || lexicon::scale_word(&lw).is_some()
        })
    }

    /// Whether "and" and a rank below a hundred follow `at`: "hundred and first".
    fn and_an_ordinal_after(&self, at: usize) -> bool {
        self.next_word(at).is_some_and(|(w, _, we)| {
            w == "and"
                && self.next_word(we).is_some_and(|(o, _, _)| {
                    lexicon::ordinal_word(&o.to_lowercase()).is_some_and(|v| v < 100.0)
                })
        })
    }

    /// After "and" in a mixed number: "a half", "one half", "a quarter", "two thirds",
    /// "three fifths". `w` is the word after "and" (lower-cased) and `w_end` its end.
    /// Returns (value, end).
    pub(super) fn and_a_fraction(&self, w: &str, w_end: usize) -> Option<(f64, usize)> {
        let numerator = match w {
            "a" | "one" => 1.0,
            _ => lexicon::small_number(w).filter(|v| (2.0..=9.0).contains(v))?,
        };
        let (dw, _, de) = self.next_word(w_end)?;
        let (denom, plural) = denominator(dw)?;
        if (numerator == 1.0) == plural
            || self.peek(de).is_some_and(|c| is_word_char(c) || c == '-')
        {
            return None;
        }
        Some((numerator / denom, de))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{figs, is, none};
    use crate::quantity::Kind;

    #[test]
    fn hundred_and_a_rank() {
        is(
            "The hundred and first session began.",
            "hundred and first",
            101.0,
            Kind::Ordinal,
        );
        is(
            "the one hundred and fifth day",
            "one hundred and fifth",
            105.0,
            Kind::Ordinal,
        );
        is(
            "Two hundred and twenty-first place.",
            "Two hundred and twenty-first",
            221.0,
            Kind::Ordinal,
        );
        // "the hundred" alone is no figure; "hundred and five" still a count
        is(
            "one hundred and five people",
            "one hundred and five",
            105.0,
            Kind::Number,
        );
    }

    #[test]
    fn dozens_pairs_and_couples() {
        is(
            "They ordered 2 dozens of roses.",
            "2 dozens",
            24.0,
            Kind::Number,
        );
        is("three dozen protesters", "three dozen", 36.0, Kind::Number);
        is("He wore a pair of boots.", "a pair", 2.0, Kind::Number);
        is(
            "A couple of reporters stayed.",
            "A couple",
            2.0,
            Kind::Number,
        );
        // one of a currency
        let q = is(
            "Gas rose by a dollar a gallon.",
            "a dollar",
            1.0,
            Kind::Money,
        );
        assert_eq!(q.unit.as_deref(), Some("USD"));
        is(
            "It cost above a dollar and 42 cents.",
            "a dollar and 42 cents",
            1.42,
            Kind::Money,
        );
        none("A dollar store opened on Main Street.");
        none("They issued a dollar-denominated bond.");
        none("It was not a dollar well spent.");
        // vague: no figure
        none("Dozens of people came.");
        none("The couple left early.");
    }

    #[test]
    fn spoken_decimals() {
        let q = is(
            "two point two million visitors",
            "two point two million",
            2.2e6,
            Kind::Number,
        );
        assert_eq!(q.precision, 1e5);
        // written to its finest group, whatever scale comes last (found by the claim
        // fuzzer: printed as "two billion one million", it read back another precision)
        let q = is(
            "one billion one million one billion",
            "one billion one million one billion",
            2.001e9,
            Kind::Number,
        );
        assert_eq!(q.precision, 1e5);
        let q = is(
            "two hundred thousand",
            "two hundred thousand",
            2e5,
            Kind::Number,
        );
        assert_eq!(q.precision, 100.0);
        let q = is(
            "nine point nought four",
            "nine point nought four",
            9.04,
            Kind::Number,
        );
        assert!((q.precision - 0.01).abs() < 1e-12);
        // "at one point" is a moment, not a decimal
        let f = figs("At one point two players left.");
        assert!(f.iter().all(|f| f.quantity.value != 1.2), "{f:?}");
        // ... but a larger number after "at" is a level, read whole
        is(
            "It trailed at fifty-three point seven percent.",
            "fifty-three point seven percent",
            53.7,
            Kind::Percent,
        );
        // "point" with no digit words after it stays out of the number
        is("We made five points.", "five", 5.0, Kind::Number);
    }

    #[test]
    fn a_kind_of_shot_is_no_count() {
        let texts = |t: &str| -> Vec<String> {
            crate::extract(t, crate::Format::Plain)
                .into_iter()
                .map(|f| f.text)
                .collect()
        };
        assert!(
            texts("He shot 40 percent from three-point range.")
                .iter()
                .all(|f| f != "three")
        );
        assert!(
            texts("She hit two three-pointers late.")
                .iter()
                .all(|f| !f.starts_with("three"))
        );
        assert!(
            texts("They took a three-point lead.")
                .iter()
                .any(|f| f.starts_with("three"))
        );
    }

    #[test]
    fn one_in_a_list_of_counts_is_a_count() {
        let ones = |t: &str| {
            crate::extract(t, crate::Format::Plain)
                .into_iter()
                .filter(|f| f.text == "one")
                .count()
        };
        assert_eq!(ones("He had five rebounds, four assists and one steal."), 1);
        // and it counts the singular noun after it, as "four assists" counts assists
        let steal = crate::extract("four assists and one steal", crate::Format::Plain);
        assert_eq!(steal[1].quantity.unit.as_deref(), Some("steal"));
        let robot = crate::extract("Only 1 robot, of 1 million", crate::Format::Plain);
        assert_eq!(robot[0].quantity.unit.as_deref(), Some("robot"));
        assert_eq!(robot[1].quantity.unit, None);
        assert_eq!(ones("three assists, one steal and one block"), 2);
        assert_eq!(ones("In March, one analyst left."), 0);
        assert_eq!(
            ones("He scored four goals and one of them was a header."),
            0
        );
        assert_eq!(ones("Prices rose and one analyst called it a bubble."), 0);
        // a count in digits before it, and the first item of a list
        assert_eq!(ones("He accrued 14 points, one rebound and one assist."), 2);
        assert_eq!(ones("He amassed 14 points and one rebound."), 1);
        assert_eq!(ones("adding one assist, two rebounds and one steal"), 2);
        assert_eq!(ones("He scored 5 goals and one was an own goal."), 0);
        assert_eq!(ones("He took one look, and left."), 0);
    }

    #[test]
    fn tens_and_units_before_a_hyphenated_noun_are_one_number() {
        is(
            "a seventy-three-year-old driver",
            "seventy-three",
            73.0,
            Kind::Number,
        );
        is(
            "the twenty-five-member board",
            "twenty-five",
            25.0,
            Kind::Number,
        );
    }

    #[test]
    fn one_before_a_hyphenated_period_is_a_count() {
        let q = is("a one-year commitment", "one", 1.0, Kind::Number);
        assert_eq!(q.unit.as_deref(), Some("year"));
        let q = is("that one mile can provide", "one", 1.0, Kind::Number);
        assert_eq!(q.unit.as_deref(), Some("mile"));
        let q = is("some 325 kilometer northwest", "325", 325.0, Kind::Number);
        assert_eq!(q.unit.as_deref(), Some("kilometer"));
        // a margin: "a one-point game"; but not a point of view
        let q = is("to make it a one-point game", "one", 1.0, Kind::Number);
        assert_eq!(q.unit.as_deref(), Some("point"));
        none("a one-point plan for growth");
        // "one" alone is still a pronoun, and "one-off" no count
        none("one of the largest");
        none("a one-off payment");
        // "only one": a count said to be small
        is("goes over only one health plan", "one", 1.0, Kind::Number);
        is("just one of them passed", "one", 1.0, Kind::Number);
        none("the only one that passed");
    }

    #[test]
    fn tens_and_units_joined_by_a_dash() {
        is(
            "The thirty—first edition.",
            "thirty—first",
            31.0,
            Kind::Ordinal,
        );
        is("The twenty–two boats.", "twenty–two", 22.0, Kind::Number);
    }
}
