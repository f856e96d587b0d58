//! An age given by its decade: "in their 70s", "in his early 40s", "in her mid-30s".
//!
//! The digits alone are no count ("70s" glues a letter to them), and "the 70s" is a
//! decade of years; after "in" and a possessive they are a person's age, a range of ten
//! years (or of three or four, early, mid or late in the decade).

use super::*;

/// The possessives that make "in … 70s" a person's age.
const WHOSE: [&str; 7] = ["his", "her", "their", "its", "my", "your", "our"];

impl<'t> Scanner<'t> {
    /// "70s" after "in their", "40s" after "in his early": an age between the bounds.
    pub(super) fn age_decade_at(&self, at: usize, c: char) -> Option<Found> {
        if !c.is_ascii_digit() {
            return None;
        }
        let rest = self.rest(at);
        let tens = rest.get(..2)?;
        let decade: f64 = tens.parse().ok()?;
        let after = &rest[2..];
        let suffix = ["s", "'s", "’s"]
            .into_iter()
            .find(|s| after.starts_with(s))?;
        let end = at + 2 + suffix.len();
        if !tens.ends_with('0') || decade < 10.0 || self.peek(end).is_some_and(is_word_char) {
            return None;
        }
        let before = self.text.get(self.range_start..at)?;
        let (part, before) = match before.strip_suffix("mid-").map(|b| ("mid", b)).or_else(|| {
            let trimmed = before.strip_suffix(' ')?;
            let word = trimmed.rsplit(' ').next()?;
            matches!(word, "early" | "mid" | "late")
                .then(|| (word, &trimmed[..trimmed.len() - word.len()]))
        }) {
            Some((part, rest)) => (Some(part), rest),
            None => (None, before),
        };
        let mut words = before.split_whitespace().rev();
        let (whose, prep) = (words.next()?, words.next()?);
        if !WHOSE.contains(&whose.to_lowercase().as_str()) || !prep.eq_ignore_ascii_case("in") {
            return None;
        }
        let (low, high) = match part {
            Some("early") => (decade, decade + 3.0),
            Some("mid") => (decade + 3.0, decade + 6.0),
            Some("late") => (decade + 6.0, decade + 9.0),
            _ => (decade, decade + 9.0),
        };
        let mut q = quantity(low, Kind::Number, 1.0, Style::default());
        q.upper = Some(high);
        q.unit = Some(AGE_UNIT.to_string());
        Some(Found {
            start: at,
            end,
            quantity: q,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::read;

    #[test]
    fn a_decade_after_in_and_a_possessive_is_an_age() {
        for (text, figure, low, high) in [
            ("The plan fits a person in their 70s.", "70s", 70.0, 79.0),
            ("He is in his early 40s.", "40s", 40.0, 43.0),
            ("She was in her mid-30s then.", "30s", 33.0, 36.0),
            ("Both were in their late 20s.", "20s", 26.0, 29.0),
        ] {
            assert_eq!(
                read(text),
                [(
                    figure.to_string(),
                    low,
                    Some(high),
                    Some(super::AGE_UNIT.to_string())
                )],
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_decade_of_years_or_another_count_is_no_age() {
        assert!(read("Sales fell in the 70s.").iter().all(|f| f.3.is_none()));
        assert!(
            read("Prices rose in their 75s.")
                .iter()
                .all(|f| f.3.is_none())
        );
    }
}
