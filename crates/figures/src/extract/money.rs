//! Money: a currency sign or code before the amount, or a sign, code or word after it.

use super::*;

impl<'t> Scanner<'t> {
    /// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$20 and 43c": a
    /// whole amount in the main unit followed by its cents is one amount.
    pub(super) fn cents_after(&self, f: &mut Found) {
        let q = &f.quantity;
        if q.kind != Kind::Money || q.value.fract() != 0.0 || q.unit.is_none() {
            return;
        }
        if let Some(suffix) = &q.style.suffix
            && money_code(suffix).1 != 1.0
        {
            return; // "50 cents and 3 pence"
        }
        let mut j = self.skip_ws(f.end);
        if j == f.end {
            return;
        }
        let mut and = false;
        if let Some((w, _, we)) = self.next_word(f.end)
            && w == "and"
        {
            j = self.skip_ws(we);
            if j == we {
                return;
            }
            and = true;
        }
        // "ten dollars⏎10 cent": a line's cents are its own
        if self.text[f.end..j].contains(['\n', '\r']) {
            return;
        }
        let (cents, end) = if let Some(d) = self
            .digits_at(j)
            .filter(|d| d.decimals == 0 && d.separator.is_none() && d.int_digits <= 2)
            && self.peek(d.end) == Some('c')
            && !self.peek(d.end + 1).is_some_and(is_word_char)
        {
            (d.value / 100.0, d.end + 1)
        } else {
            let Some(c) = self.fresh().figure_at(j, true) else {
                return;
            };
            let subunit = c
                .quantity
                .style
                .suffix
                .as_deref()
                .is_some_and(|s| money_code(s).1 == 0.01);
            if c.quantity.kind == Kind::Money && subunit && c.quantity.unit == q.unit {
                (c.quantity.value, c.end)
            } else if let Some(code) = q.unit.as_deref()
                && let Some(named) = self.hundredths_named(code, &c)
            {
                named
            } else if (and || self.text.get(c.start..c.end).is_some_and(|t| t.len() == 2))
                && let Some(code) = q.unit.as_deref()
                && self.unnamed_hundredths(code, &c)
            {
                // "twenty dollars and 43", "US$3 and fourteen", "$20 43": without "and",
                // only two digits write the cents
                (c.quantity.value / 100.0, c.end)
            } else {
                return;
            }
        };
        if !(0.0..1.0).contains(&cents) {
            return;
        }
        f.quantity.value += cents;
        f.quantity.precision = 0.01;
        f.quantity.style.decimals = 2;
        f.quantity.style.words = false;
        f.end = end;
    }

    /// The amount and end of hundredths of the currency `code` read as `c`, when the word
    /// right after its number is that currency's name for them: "3 CAD 3 cents" (read as
    /// cents of a dollar), "20 ringgit and 43 sen" (read as a count of sen); see
    /// [`lexicon::hundredth_words`].
    fn hundredths_named(&self, code: &str, c: &Found) -> Option<(f64, usize)> {
        let q = &c.quantity;
        if q.hedge.is_some() || q.upper.is_some() || q.style.scale.is_some() {
            return None;
        }
        let names = lexicon::hundredth_words(code);
        if q.kind == Kind::Money {
            let word = q.style.suffix.as_deref()?.split_whitespace().next_back()?;
            let cents = money_code(word).1 == 0.01 && names.contains(&Self::lower(word).as_ref());
            return cents.then_some((q.value, c.end));
        }
        if q.kind != Kind::Number || q.value.fract() != 0.0 || q.style.suffix.is_some() {
            return None;
        }
        let (w, ws, we) = self.next_word(c.end)?;
        (ws == c.end + 1 && names.contains(&Self::lower(w).as_ref()))
            .then_some((q.value / 100.0, we))
    }

    /// Whether `c`, read after an amount in `code` and "and", is a bare number of that
    /// currency's hundredths ending its clause: "US$3 and fourteen." A number with
    /// anything after it counts something else ("$20 and 43 others").
    fn unnamed_hundredths(&self, code: &str, c: &Found) -> bool {
        let q = &c.quantity;
        !lexicon::hundredth_words(code).is_empty()
            && q.kind == Kind::Number
            && (1.0..100.0).contains(&q.value)
            && q.value.fract() == 0.0
            && q.style.separator.is_none()
            && q.style.decimals == 0
            && q.style.suffix.is_none()
            && q.style.scale.is_none()
            && q.hedge.is_none()
            && q.upper.is_none()
            && q.unit.is_none()
            && self.ends_a_clause(c.end)
    }

    /// "€3,50", "EUR 12,99": after an amount written with a currency sign or code before
    /// it, a comma and exactly two digits are its cents, written the way much of Europe
    /// writes them (a group of thousands has three digits).
    pub(super) fn decimal_comma_after(&self, f: &mut Found) {
        let q = &f.quantity;
        if q.kind != Kind::Money
            || q.style.prefix.is_none()
            || q.style.separator.is_some()
            || q.style.decimals != 0
            || q.style.scale.is_some()
            || q.upper.is_some()
            || q.value.fract() != 0.0
        {
            return;
        }
        let b = self.rest(f.end).as_bytes();
        let cents = match b {
            [b',', d1, d2, rest @ ..]
                if d1.is_ascii_digit()
                    && d2.is_ascii_digit()
                    && !rest.first().is_some_and(|c| c.is_ascii_alphanumeric()) =>
            {
                f64::from((d1 - b'0') * 10 + (d2 - b'0')) / 100.0
            }
            _ => return,
        };
        f.quantity.value += cents;
        f.quantity.precision = 0.01;
        f.quantity.style.decimals = 2;
        f.end += 3;
    }

    /// "$9.06 billion", "US$ 5", "USD115", "₩1 trillion", "MYR 42": a currency sign or
    /// code, at most one space, then digits. Every ISO 4217 code counts (see
    /// [`lexicon::iso_code`]), not only the listed ones.
    pub(super) fn currency_prefixed_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let text = self.text;
        let rest = self.rest(i);
        let (prefix, code) = match CURRENCY_PREFIXES.iter().find(|(p, _)| rest.starts_with(p)) {
            Some((p, code)) => (*p, *code),
            None => {
                let word = rest.get(..3)?;
                (word, lexicon::iso_code(word)?)
            }
        };
        // "USD 5": letters must stand alone as a word
        if prefix.starts_with(char::is_alphabetic)
            && !bare
            && text[self.range_start..i]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
        {
            return None;
        }
        let mut digits = i + prefix.len();
        if let Some(sp) = self.peek(digits).filter(|c| matches!(c, ' ' | '\u{A0}'))
            && !prefix.ends_with(' ')
        {
            digits += sp.len_utf8();
        }
        if !self
            .peek(digits)
            .is_some_and(|d| d.is_ascii_digit() || d == '.')
        {
            return None;
        }
        self.numeric_at(digits, Some((i, &text[i..digits], code)), bare)
    }

    /// "EUR 20⏎EUR 20.0": a currency word on the next line with a number of its own
    /// right after it opens that line's amount; it is no suffix of the figure ending at
    /// `figure_end` (hard-wrapped prose may still carry "20⏎euros" over a line break).
    pub(super) fn opens_an_amount_on_its_line(&self, figure_end: usize, word_end: usize) -> bool {
        let Some(gap) = self.text.get(figure_end..word_end) else {
            return false;
        };
        let digits = match self.peek(word_end) {
            Some(' ' | '\u{A0}') => self.skip_ws(word_end),
            _ => word_end,
        };
        gap.contains(['\n', '\r'])
            && !self.text[word_end..digits].contains(['\n', '\r'])
            && self.peek(digits).is_some_and(|c| c.is_ascii_digit())
    }

    /// Whether a sign written with Latin letters, "RM" or "US$", stands right at `i`
    /// and ends there as a word: "42RM", "3.14US$" are amounts, not digits glued to a
    /// name.
    pub(super) fn lettered_sign_at(&self, i: usize) -> bool {
        CURRENCY_SUFFIXES.iter().any(|(sign, _)| {
            sign.starts_with(|c: char| c.is_ascii_alphabetic())
                && self.rest(i).starts_with(sign)
                && !self.peek(i + sign.len()).is_some_and(is_word_char)
        })
    }

    /// "10c", "10 c", "20Rs", "20 Rs": a sign written with letters that also write other
    /// things, after the digits from `start` to `end`: (suffix as written, end, ISO code,
    /// worth of one in the main unit). "c" writes cents only after a whole number of at
    /// most two digits; "Rs" is no rupee after "the" ("the 3Rs" are reduce, reuse and
    /// recycle).
    pub(super) fn ambiguous_sign_after(
        &self,
        start: usize,
        end: usize,
        digits: &Digits,
    ) -> Option<(String, usize, &'static str, f64)> {
        let j = match self.peek(end) {
            Some(' ') => end + 1,
            _ => end,
        };
        let rest = self.rest(j);
        let (sign, code, worth) = if rest.starts_with('c') {
            let whole = digits.decimals == 0 && digits.separator.is_none();
            if !whole || digits.int_digits > 2 || digits.end != end {
                return None;
            }
            // what "c" is worth, as `money_code` reads it back
            let (code, worth) = money_code("c");
            ("c", code?, worth)
        } else if rest.starts_with("Rs") {
            let the = self
                .words_before(start, 1)
                .first()
                .is_some_and(|(w, _)| w == "the");
            if the {
                return None;
            }
            ("Rs", "INR", 1.0)
        } else {
            return None;
        };
        let e = j + sign.len();
        if self.peek(e).is_some_and(|c| is_word_char(c) || c == '-') {
            return None;
        }
        Some((self.text[end..e].to_string(), e, code, worth))
    }

    /// A currency sign written after the amount, "10 €" or "100元": (suffix as written,
    /// end, ISO code). A "$" followed by digits opens the next amount instead ("10 $20").
    pub(super) fn currency_sign_after(&self, i: usize) -> Option<(String, usize, &'static str)> {
        let j = match self.peek(i) {
            Some(c @ (' ' | '\u{A0}')) => i + c.len_utf8(),
            _ => i,
        };
        let rest = self.rest(j);
        let (sign, code) = CURRENCY_SUFFIXES
            .iter()
            .find(|(s, _)| rest.starts_with(s))?;
        let e = j + sign.len();
        let cjk = sign.chars().all(|c| c.is_alphabetic() && !c.is_ascii());
        // Korean and Chinese attach particles to the sign ("100원을"); a symbol is a
        // word of its own.
        if !cjk && self.peek(e).is_some_and(is_word_char) {
            return None;
        }
        let after = self.skip_ws(e);
        // ("10$⏎10 dollars": not the next line's)
        if *sign == "$"
            && self.peek(after).is_some_and(|c| c.is_ascii_digit())
            && !self.text[e..after].contains(['\n', '\r'])
        {
            return None;
        }
        Some((self.text[i..e].to_string(), e, code))
    }
}

/// The currency a suffix names and what one of its units is worth in the main unit:
/// " dollars" → (USD, 1), " cents" → (USD, 0.01), " swiss francs" → (CHF, 1).
pub(super) fn money_code(suffix: &str) -> (Option<&'static str>, f64) {
    let words: Vec<String> = suffix.split_whitespace().map(str::to_lowercase).collect();
    let Some(last) = words.last() else {
        return (None, 1.0);
    };
    if words.len() >= 2
        && let Some(code) = lexicon::qualified_currency(&words[words.len() - 2], last)
    {
        return (Some(code), 1.0);
    }
    if let Some(code) = suffix.split_whitespace().last().and_then(lexicon::iso_code) {
        return (Some(code), 1.0);
    }
    // "10c": read as cents only where `ambiguous_sign_after` said so
    if last == "c" {
        return (Some("USD"), 0.01);
    }
    // "ten pounds": read as money only where `pounds_are_money` said so
    if matches!(last.as_str(), "pounds" | "pound") {
        return (Some("GBP"), 1.0);
    }
    match lexicon::currency_unit(last) {
        Some((code, factor)) => (Some(code), factor),
        None => (None, 1.0),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{is, none};

    #[test]
    fn a_decimal_comma_after_a_currency_sign_writes_cents() {
        for (text, written, value) in [
            ("They paid €3,50 for it.", "€3,50", 3.5),
            ("It costs EUR 12,99 now.", "EUR 12,99", 12.99),
            // three digits after the comma are a group of thousands
            ("They paid €3,500 for it.", "€3,500", 3500.0),
        ] {
            let f = crate::extract(text, crate::Format::Plain);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].text, written, "{text}");
            assert!((f[0].quantity.value - value).abs() < 1e-9, "{text}: {f:?}");
        }
        // not without a sign, and not before more digits or a list
        let f = crate::extract("Sizes 3,50 and 60 were sold.", crate::Format::Plain);
        assert!(f.iter().all(|f| f.quantity.value != 3.5), "{f:?}");
    }

    #[test]
    fn an_amount_and_its_cents_are_one_amount() {
        is(
            "it only cost 3 dollars 50 cents.",
            "3 dollars 50 cents",
            3.5,
            Kind::Money,
        );
        is(
            "thirteen dollars and forty-five cents",
            "thirteen dollars and forty-five cents",
            13.45,
            Kind::Money,
        );
        is(
            "He had $20 and 43c left.",
            "$20 and 43c",
            20.43,
            Kind::Money,
        );
        // cents of another currency that has them, and the ringgit's sen
        for (text, value, code) in [
            ("5 euros and 50 cents", 5.5, "EUR"),
            ("It was 3 CAD 3 cents.", 3.03, "CAD"),
            ("It was 20 ringgit and 43 sen.", 20.43, "MYR"),
            ("It was twenty ringgit 43 sens.", 20.43, "MYR"),
        ] {
            let f = crate::extract::tests::figs(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert!((f[0].quantity.value - value).abs() < 1e-9, "{text}: {f:?}");
            assert_eq!(f[0].quantity.unit.as_deref(), Some(code), "{text}");
        }
        // after "and", a bare number ending the clause is the hundredths
        for (text, value) in [
            ("It was twenty dollars and 43.", 20.43),
            ("It was US$3 and twelve.", 3.12),
            ("It was 3 GBP and one.", 3.01),
            // without "and", two digits ending the clause
            ("It was $20 43.", 20.43),
            ("It was 20 ringgit 43.", 20.43),
            ("It was twenty rupees 43.", 20.43),
        ] {
            let f = crate::extract::tests::figs(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert!((f[0].quantity.value - value).abs() < 1e-9, "{text}: {f:?}");
        }
        for text in [
            "$20 and 43 others",
            "$20 and 43%",
            "$20 and 430.",
            "500 yen and 43.",
            "It was $20 4.",
            "It was $20 43 times.",
            "It was $20 five.",
        ] {
            let f = crate::extract::tests::figs(text);
            assert_eq!(f.len(), 2, "{text}: {f:?}");
        }
        // cents of a currency that has none, or a second whole amount, stay apart
        let f = crate::extract::tests::figs("500 yen and 50 cents");
        assert_eq!(f.len(), 2, "{f:?}");
        let f = crate::extract::tests::figs("$20 and $30");
        assert_eq!(f.len(), 2, "{f:?}");
    }
    use crate::quantity::Kind;

    #[test]
    fn a_currency_on_the_next_line_opens_that_lines_amount() {
        let read = crate::extract::tests::read;
        let money = |text: &str| -> Vec<(String, f64)> {
            read(text)
                .into_iter()
                .map(|(t, v, _, u)| (format!("{t} {}", u.unwrap_or_default()), v))
                .collect()
        };
        assert_eq!(
            money("EUR 20\nEUR 20.5 more"),
            [("EUR 20 EUR".into(), 20.0), ("EUR 20.5 EUR".into(), 20.5)]
        );
        assert_eq!(
            money("a fee of 42\nMYR 17 in all"),
            [("42 ".into(), 42.0), ("MYR 17 MYR".into(), 17.0)]
        );
        // a sign glued after its number is not the next line's
        assert_eq!(
            money("It is 10$\n10 dollars later"),
            [("10$ USD".into(), 10.0), ("10 dollars USD".into(), 10.0)]
        );
        // cents on the next line are that line's
        assert_eq!(
            money("ten dollars\n10 cents"),
            [
                ("ten dollars USD".into(), 10.0),
                ("10 cents USD".into(), 0.1)
            ]
        );
        // hard-wrapped prose still carries a currency word over the break
        assert_eq!(
            money("a fee of 20\nEUR per night"),
            [("20\nEUR EUR".into(), 20.0)]
        );
    }

    #[test]
    fn every_iso_code_before_or_after_the_amount() {
        for (text, written, value, code) in [
            ("The fee was 42 QAR per person.", "42 QAR", 42.0, "QAR"),
            ("Prices start at MYR 42 a night.", "MYR 42", 42.0, "MYR"),
            ("The bond traded at UAH 3.04.", "UAH 3.04", 3.04, "UAH"),
            ("Entry is 3 CHF.", "3 CHF", 3.0, "CHF"),
        ] {
            money_as_written(text, written, value, code);
        }
        // Codes that are shouted words are not currencies, nor are lower-case codes
        // that are English words.
        let shouted = crate::extract::tests::figs("ALL 5 candidates lost");
        assert!(shouted.iter().all(|f| f.quantity.kind != Kind::Money));
        is("it won 5 top prizes", "5", 5.0, Kind::Number);
    }

    #[test]
    fn currency_names_from_iso_4217() {
        for (text, written, code) in [
            ("They charged 80 ringgit.", "80 ringgit", "MYR"),
            ("A pint is 7 zloty.", "7 zloty", "PLN"),
            ("The fine was 300 kronor.", "300 kronor", "SEK"),
            ("She earns 45 reais an hour.", "45 reais", "BRL"),
            ("A fine of 5,000 rand.", "5,000 rand", "ZAR"),
            ("It cost 20 Qatari riyals.", "20 Qatari riyals", "QAR"),
        ] {
            let q = only_money(text, written);
            assert_eq!(q.as_deref(), Some(code), "{text}");
        }
        // A word several currencies share is money in a unit named by the word; its
        // adjective names the currency.
        for (text, written, unit) in [
            ("Rent rose to 600 pesos.", "600 pesos", "peso"),
            ("A meal is 12 dinars.", "12 dinars", "dinar"),
            ("A room costs 90 riyals.", "90 riyals", "riyal"),
            ("It cost 20 Qatari riyals.", "20 Qatari riyals", "QAR"),
        ] {
            assert_eq!(only_money(text, written).as_deref(), Some(unit), "{text}");
        }
        none("a pesos store");
    }

    #[test]
    fn common_currency_words_with_a_capital() {
        for (text, written, code) in [
            ("It sold for 60 Rupees.", "60 Rupees", "INR"),
            ("Tickets: 20 Euros each.", "20 Euros", "EUR"),
        ] {
            assert_eq!(only_money(text, written).as_deref(), Some(code), "{text}");
        }
        // the tögrög as English writes it, and a country's currency run together
        for (text, written, code) in [
            ("It cost ten tugriks.", "ten tugriks", "MNT"),
            ("It cost 10 Tugrik.", "10 Tugrik", "MNT"),
            ("It cost 42 egyptianpound.", "42 egyptianpound", "EGP"),
            ("It cost 42 Saudiriyal.", "42 Saudiriyal", "SAR"),
        ] {
            assert_eq!(only_money(text, written).as_deref(), Some(code), "{text}");
        }
        // a rarer currency word with a capital starts a name
        is("the 40 Rand Corporation analysts", "40", 40.0, Kind::Number);
    }

    #[test]
    fn subunits_written_as_a_sign_or_a_word() {
        let q = is("A pencil was 15¢ then.", "15¢", 0.15, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        let q = is("Postage is 50 paise more.", "50 paise", 0.5, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("INR"));
        let q = is("The fare is RM 17 today.", "RM 17", 17.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("MYR"));
    }

    #[test]
    fn cents_and_rupees_written_with_letters_after_the_amount() {
        for (text, written, value, code) in [
            ("A stamp was 10c then.", "10c", 0.1, "USD"),
            ("A stamp was 10 c then.", "10 c", 0.1, "USD"),
            ("It cost 20Rs in all.", "20Rs", 20.0, "INR"),
            ("It cost 20 Rs. in all.", "20 Rs", 20.0, "INR"),
        ] {
            money_as_written(text, written, value, code);
        }
        // more than two digits, decimals, or "the 3Rs": no such sign
        none("It was 100c then.");
        none("It was 1.5c then.");
        none("Teach the 3Rs at school.");
        is("It was 10 cats.", "10", 10.0, Kind::Number);
    }

    #[test]
    fn signs_written_with_letters_after_the_amount() {
        for (text, written, code) in [
            ("It cost 42 RM in all.", "42 RM", "MYR"),
            ("It cost 42RM in all.", "42RM", "MYR"),
            ("It cost 3.14US$ in all.", "3.14US$", "USD"),
            ("It cost 20 €ur in all.", "20 €ur", "EUR"),
            ("It cost 42 malaysia ringgit.", "42 malaysia ringgit", "MYR"),
        ] {
            assert_eq!(only_money(text, written).as_deref(), Some(code), "{text}");
        }
        // a word that only opens with the sign's letters is no sign
        is("about 42 RMT members", "42", 42.0, Kind::Number);
        is("the 3 RMs met", "3", 3.0, Kind::Number);
    }

    /// Asserts that `text` holds the amount `written`, worth `value` in `code`, written
    /// back as the writer wrote it.
    fn money_as_written(text: &str, written: &str, value: f64, code: &str) {
        let q = is(text, written, value, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some(code), "{text}");
        assert_eq!(q.render(value), written, "{text}");
    }

    fn only_money(text: &str, written: &str) -> Option<String> {
        let f = crate::extract::tests::only(text, written);
        assert_eq!(f.kind, Kind::Money, "{text}");
        f.unit
    }
}
