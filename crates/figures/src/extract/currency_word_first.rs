//! Money with a currency word before the amount: "ringgit 42", "Malaysian ringgit 42".

use super::*;

impl<'t> Scanner<'t> {
    /// A currency word written before its amount, as Malaysian English writes the
    /// ringgit ("ringgit 42", "Malaysian ringgit 42"), then one space and digits. Only
    /// the words [`lexicon::currency_word_before`] lists: "dollar 42" is no amount.
    pub(super) fn currency_word_first_at(
        &mut self,
        i: usize,
        c: char,
        bare: bool,
    ) -> Option<Found> {
        if !c.is_alphabetic()
            || self.text[self.range_start..i]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
        {
            return None;
        }
        let (w, we) = self.word_at(i)?;
        let lw = Self::lower(w);
        let (code, word_end) = match lexicon::currency_word_before(&lw) {
            Some(code) => (code, we),
            None => {
                // "Malaysian ringgit 42": its country's adjective before it
                if self.peek(we) != Some(' ') {
                    return None;
                }
                let (w2, we2) = self.word_at(we + 1)?;
                let lw2 = Self::lower(w2);
                lexicon::currency_word_before(&lw2)?;
                (lexicon::qualified_currency(&lw, &lw2)?, we2)
            }
        };
        let digits = match self.peek(word_end) {
            Some(sp @ (' ' | '\u{A0}')) => word_end + sp.len_utf8(),
            _ => return None,
        };
        if !self.peek(digits).is_some_and(|d| d.is_ascii_digit()) {
            return None;
        }
        let text = self.text;
        self.numeric_at(digits, Some((i, &text[i..digits], code)), bare)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{is, none};
    use crate::quantity::Kind;

    #[test]
    fn the_ringgit_written_before_its_amount() {
        for (text, written) in [
            ("A meal was ringgit 42 then.", "ringgit 42"),
            ("It cost Malaysian ringgit 42.", "Malaysian ringgit 42"),
            ("It cost malaysia ringgits 42.", "malaysia ringgits 42"),
        ] {
            let q = is(text, written, 42.0, Kind::Money);
            assert_eq!(q.unit.as_deref(), Some("MYR"), "{text}");
        }
        // not another currency's word, nor a word with no number after it
        is("the dollar 42 times", "42", 42.0, Kind::Number);
        none("the ringgit rose");
    }
}
