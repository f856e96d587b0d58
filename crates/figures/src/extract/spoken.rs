//! Numbers said the way people speak them, by their hundreds: "nineteen eighty-eight"
//! (1988), "twenty twenty" (2020), "twenty-one fifty tonnes" (2,150). A transcript or a
//! quoted speaker writes these; read word by word they are two small numbers that no
//! source states.

use super::*;

impl Scanner<'_> {
    /// Two two-digit number words in a row, the first of eleven to ninety-nine (not a
    /// round ten but "twenty", so "thirty forty people", a rough count, stays two), the
    /// second of ten to ninety-nine: the first counts hundreds. A year when it falls in
    /// 1900–2099 and counts nothing ("since nineteen eighty-eight"), else a number.
    pub(super) fn spoken_hundreds_at(&self, at: usize) -> Option<Found> {
        let (high, high_end) = self.two_digit_words(at)?;
        if !(11..=99).contains(&high) || (high.is_multiple_of(10) && high != 20) {
            return None;
        }
        // one space between, nothing else: "twenty-one, fifty" is a list
        if self.peek(high_end) != Some(' ') {
            return None;
        }
        let (low, end) = self.two_digit_words(high_end + 1)?;
        if !(10..=99).contains(&low) {
            return None;
        }
        // "nineteen eighty-eight thousand", "twenty twenty-five percent": another reading
        if let Some((next, _, _)) = self.next_word(end) {
            let next = Self::lower(next);
            if lexicon::small_number(&next).is_some()
                || lexicon::scale_word(&next).is_some()
                || matches!(next.as_ref(), "percent" | "per" | "point")
            {
                return None;
            }
        }
        let value = f64::from(high * 100 + low);
        let kind = if (19..=20).contains(&high) && self.unit_after(end, false).is_none() {
            Kind::Year
        } else {
            Kind::Number
        };
        Some(Found {
            start: at,
            end,
            quantity: in_words(value, kind, 1.0),
        })
    }

    /// A number from ten to ninety-nine in words at `at`: "nineteen", "eighty-eight",
    /// "fifty", and where it ends.
    fn two_digit_words(&self, at: usize) -> Option<(u32, usize)> {
        let (w, end) = self.word_at(at)?;
        let value = lexicon::small_number(&Self::lower(w))? as u32;
        if value >= 20
            && value.is_multiple_of(10)
            && self.peek(end) == Some('-')
            && let Some((u, u_end)) = self.word_at(end + 1)
            && let Some(unit) = lexicon::small_number(&Self::lower(u)).filter(|u| *u < 10.0)
        {
            return (!self.peek(u_end).is_some_and(is_word_char))
                .then_some((value + unit as u32, u_end));
        }
        (value >= 10 && !self.peek(end).is_some_and(|c| is_word_char(c) || c == '-'))
            .then_some((value, end))
    }
}

#[cfg(test)]
mod tests {
    use crate::Kind;
    use crate::extract::tests::{figs, is};

    #[test]
    fn a_year_said_in_two_parts() {
        is(
            "I've unloaded boats here since nineteen eighty-eight.",
            "nineteen eighty-eight",
            1988.0,
            Kind::Year,
        );
        is(
            "same as in twenty twenty.",
            "twenty twenty",
            2020.0,
            Kind::Year,
        );
    }

    #[test]
    fn hundreds_said_in_two_parts_count_what_follows() {
        let q = is(
            "down to twenty-one fifty tonnes",
            "twenty-one fifty",
            2150.0,
            Kind::Number,
        );
        assert_eq!(q.unit.as_deref(), Some("tonnes"));
    }

    #[test]
    fn other_pairs_of_number_words_stay_apart() {
        for text in [
            "thirty forty people came",
            "twenty-one, fifty more",
            "nineteen eighty-eight thousand",
            "twenty twenty-five percent",
        ] {
            let f = figs(text);
            assert!(
                f.iter()
                    .all(|f| f.quantity.value < 1000.0 || f.quantity.value > 3000.0),
                "{text}: {:?}",
                f.iter()
                    .map(|f| (&f.text, f.quantity.value))
                    .collect::<Vec<_>>()
            );
        }
    }
}
