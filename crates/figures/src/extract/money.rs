//! Money: a currency sign or code before the amount, or a sign, code or word after it.

use super::*;

impl<'t> Scanner<'t> {
    /// "$9.06 billion", "US$ 5", "USD115", "₩1 trillion": a currency sign or code, at
    /// most one space, then digits.
    pub(super) fn currency_prefixed_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let text = self.text;
        let rest = self.rest(i);
        let (prefix, code) = CURRENCY_PREFIXES
            .iter()
            .find(|(p, _)| rest.starts_with(p))?;
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
        let cjk = sign.chars().all(|c| c.is_alphabetic());
        // Korean and Chinese attach particles to the sign ("100원을"); a symbol is a
        // word of its own.
        if !cjk && self.peek(e).is_some_and(is_word_char) {
            return None;
        }
        let after = self.skip_ws(e);
        if *sign == "$" && self.peek(after).is_some_and(|c| c.is_ascii_digit()) {
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
    match lexicon::currency_unit(last) {
        Some((code, factor)) => (Some(code), factor),
        None => (None, 1.0),
    }
}
