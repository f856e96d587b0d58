//! Ages: "Harold Brennan, 71, said", "a 71-year-old pilot", "aged 64", "64 years old".
//!
//! An age is a count of years that belongs to a person, and news writes one in nearly
//! every story. Read as a bare number, "Castillo, 54," is evidence for any 54 ("54
//! nights"), and a writer's "the 71-year-old" finds no unit to match "Brennan, 71,". So
//! every way of writing an age gets one unit, [`AGE_UNIT`].

use super::*;

/// The unit of an age, however it was written. One word with a hyphen, so a claim
/// prints it and reads it back ("Brennan = 71 years-old").
pub const AGE_UNIT: &str = "years-old";

/// The oldest age read as one: a larger number after a name is a count.
const OLDEST: f64 = 120.0;

impl<'t> Scanner<'t> {
    /// Gives a plain whole number the unit [`AGE_UNIT`] when it is written as an age.
    /// Runs after the ranges are read: "aged 5 to 17" is an age group.
    pub(super) fn age(&self, f: &mut Found) {
        let q = &f.quantity;
        let plain = q.kind == Kind::Number
            // "64 years old": the count's unit is read first.
            && q.unit.as_deref().is_none_or(|u| matches!(u, "year" | "years"))
            && q.per.is_none()
            && q.style.scale.is_none()
            && q.value.fract() == 0.0
            && (1.0..=OLDEST).contains(&q.value);
        if plain
            && (self.years_old_after(f.end) || self.aged_before(f.start) || self.after_a_name(f))
        {
            f.quantity.unit = Some(AGE_UNIT.to_string());
        }
    }

    /// "71-year-old", "71 years old", "71-years-old", "71 year old".
    fn years_old_after(&self, end: usize) -> bool {
        let rest = self.rest(end);
        let Some(rest) = rest.strip_prefix('-').or_else(|| rest.strip_prefix(' ')) else {
            return false;
        };
        let Some(rest) = rest
            .strip_prefix("years")
            .or_else(|| rest.strip_prefix("year"))
        else {
            return false;
        };
        let Some(rest) = rest.strip_prefix('-').or_else(|| rest.strip_prefix(' ')) else {
            return false;
        };
        rest.strip_prefix("old")
            .is_some_and(|after| !after.starts_with(char::is_alphabetic))
    }

    /// "aged 64", "at age 64", "ages 18" (of a range).
    fn aged_before(&self, start: usize) -> bool {
        let before = self.text.get(self.range_start..start).unwrap_or("");
        let word = last_word(before.trim_end_matches(' '));
        word.len() < before.len() && matches!(word.to_lowercase().as_str(), "aged" | "age" | "ages")
    }

    /// "Renée Castillo, 54, said", "said Harold Brennan, 71." — a number set off by
    /// commas right after a capitalised name. A list of counts after names ("Ohio, 12,
    /// and Texas, 9") goes on with "and" or with another name, so it is not read so.
    /// In words only after a full name, as a script for reading aloud writes ages
    /// ("Lorna Beckett, fifty-eight, leads"): "Ohio, twelve," is no age.
    fn after_a_name(&self, f: &Found) -> bool {
        let before = self.text.get(self.range_start..f.start).unwrap_or("");
        let Some(before) = before.trim_end_matches(' ').strip_suffix(',') else {
            return false;
        };
        let name = last_word(before);
        if !is_capitalised(name) || lexicon::month(name).is_some() {
            return false;
        }
        let earlier = last_word(before[..before.len() - name.len()].trim_end_matches(' '));
        let full_name = is_capitalised(earlier);
        if f.quantity.style.words && !full_name {
            return false;
        }
        let after = self.rest(f.end);
        if let Some(rest) = after.strip_prefix(',') {
            let next = rest.trim_start_matches(' ');
            let word = next
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            word.starts_with(char::is_lowercase) && !matches!(word, "and" | "or")
        } else {
            // At a sentence's end only a full name: "said Brennan, 71." may end a list.
            full_name && (after.starts_with(". ") || after == "." || after.starts_with(".\n"))
        }
    }
}

/// The letters (and apostrophes, hyphens) that end `s`.
fn last_word(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        .last()
        .map_or(s.len(), |(k, _)| k);
    &s[start..]
}

/// A name's word: a capital, then some lower case ("Castillo", "O'Neil"; not "FAA").
fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::unit_of;

    #[test]
    fn ages_have_one_unit_however_written() {
        for (text, figure) in [
            (
                "Airport director Renée Castillo, 54, said a strike was unlikely.",
                "54",
            ),
            ("\"Not at midnight,\" said Harold Brennan, 71.", "71"),
            ("The 71-year-old pilot flew on.", "71"),
            ("She is 64 years old.", "64"),
            ("He retired aged 64.", "64"),
            ("Children under age 5 ride free.", "5"),
            ("A seventy-three-year-old driver spoke.", "seventy-three"),
            (
                "Challenger Lorna Beckett, fifty-eight, leads the sheriff.",
                "fifty-eight",
            ),
        ] {
            assert_eq!(
                unit_of(text, figure).as_deref(),
                Some(super::AGE_UNIT),
                "{text}"
            );
        }
    }

    #[test]
    fn counts_after_names_are_not_ages() {
        for (text, figure, unit) in [
            (
                "The runway closes on about 54 nights.",
                "54",
                Some("nights"),
            ),
            ("Ohio, 12, and Texas, 9, reported cases.", "12", None),
            ("By state: Ohio, 12, Texas, 9.", "12", None),
            ("In Fairview, 54 homes were insulated.", "54", Some("homes")),
            ("Brennan, 1,130, said nothing.", "1,130", None),
            ("The pilot flew 30 years.", "30", Some("years")),
            ("In June, 12, the council met.", "12", None),
            ("Ohio, twelve, reported cases.", "twelve", None),
            ("Then Ohio, twelve, and Texas, nine.", "twelve", None),
        ] {
            assert_eq!(unit_of(text, figure).as_deref(), unit, "{text}");
        }
    }
}
