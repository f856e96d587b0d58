//! One unit and a half of it: "a year and a half", "an hour and a half", 1.5 of the unit.
//!
//! "Two and a half years" is a number of years, read by the number words; "a year and a
//! half" puts its unit between "a" and "and a half", where no number word stands.

use super::*;

/// The units a writer counts "a … and a half" of, and the plural the figure is in.
const UNITS: [(&str, &str); 12] = [
    ("year", "years"),
    ("month", "months"),
    ("week", "weeks"),
    ("day", "days"),
    ("hour", "hours"),
    ("minute", "minutes"),
    ("second", "seconds"),
    ("decade", "decades"),
    ("century", "centuries"),
    ("season", "seasons"),
    ("mile", "miles"),
    ("dozen", "dozen"),
];

const HALF: &str = " and a half";

impl<'t> Scanner<'t> {
    /// "a year and a half", "An hour and a half": 1.5 of the unit, in its plural.
    pub(super) fn a_unit_and_a_half_at(&self, at: usize, c: char) -> Option<Found> {
        if !matches!(c, 'a' | 'A')
            || self.text[self.range_start..at]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
        {
            return None;
        }
        let rest = self.rest(at);
        let article = ["an ", "a "].into_iter().find(|a| {
            rest.get(..a.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(a))
        })?;
        let after = &rest[article.len()..];
        let (singular, plural) = UNITS.into_iter().find(|(singular, _)| {
            after
                .strip_prefix(singular)
                .is_some_and(|r| r.starts_with(HALF))
        })?;
        let end = at + article.len() + singular.len() + HALF.len();
        if self.peek(end).is_some_and(is_word_char) {
            return None;
        }
        let mut q = quantity(1.5, Kind::Number, 0.5, Style::default());
        q.unit = Some(plural.to_string());
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
    fn a_unit_and_a_half_is_one_and_a_half_of_it() {
        for (text, figure, unit) in [
            (
                "Coverage starts after a year and a half.",
                "a year and a half",
                "years",
            ),
            (
                "An hour and a half later it reopened.",
                "An hour and a half",
                "hours",
            ),
            (
                "It lasted about a week and a half",
                "a week and a half",
                "weeks",
            ),
        ] {
            assert_eq!(
                read(text),
                [(figure.to_string(), 1.5, None, Some(unit.to_string()))],
                "{text:?}"
            );
        }
    }

    #[test]
    fn without_the_half_or_inside_a_word_there_is_none() {
        assert!(read("It took a year and a lot of work.").is_empty());
        assert!(read("It took a year and a halfway house.").is_empty());
        assert!(read("Shea year and a half").is_empty());
    }
}
