//! Ratios to one: "2,184 yes to 547 no, or about four to one", "nearly 6-to-1", "by a
//! margin of 3 to 1".
//!
//! A ratio to one is how many times one count is the other. Read as the bare count
//! "four", it is checked against every 4 in the sources and never against the two counts
//! it was worked out from. A vote or a score written the same way ("voted 4 to 1") is a
//! tally and stays two counts; so does a change ("from four to one"): only a ratio the
//! writer hedges or names ("ratio", "margin", "odds", ", or …") is read as one.

use super::*;

impl<'t> Scanner<'t> {
    /// Makes a count followed by "to one" a multiple, its span taking in the "to one".
    pub(super) fn ratio_to_one(&self, f: &mut Found) {
        let q = &f.quantity;
        let plain = q.kind == Kind::Number
            && q.unit.is_none()
            && q.per.is_none()
            && q.upper.is_none()
            && q.style.scale.is_none()
            && q.value > 1.0;
        if !plain {
            return;
        }
        let Some(len) = to_one(self.rest(f.end)) else {
            return;
        };
        if !self.said_as_a_ratio(f, f.end + len) {
            return;
        }
        f.end += len;
        f.quantity.kind = Kind::Multiplier;
    }

    /// Whether the writer says the figure at `f` (its "to one" ending at `end`) is a
    /// ratio: hedged, or named so before or after, and not the end of a change.
    fn said_as_a_ratio(&self, f: &Found, end: usize) -> bool {
        let before = self.words_before(f.start, 3);
        if before.iter().any(|(w, _)| w == "from") {
            return false;
        }
        let named_before = before
            .iter()
            .any(|(w, _)| RATIO_WORDS.contains(&w.as_str()))
            || self.text[self.range_start..f.start]
                .trim_end_matches(|c: char| c.is_alphabetic() || c == ' ')
                .ends_with(", or");
        let named_after = self
            .next_word(end)
            .is_some_and(|(w, _, _)| RATIO_WORDS.contains(&Self::lower(w).as_ref()));
        f.quantity.hedge.is_some() || named_before || named_after
    }
}

/// Words that name a ratio: "a ratio of 3 to 1", "a four-to-one margin".
const RATIO_WORDS: &[&str] = &["ratio", "margin", "odds", "edge"];

/// `s` after the space or hyphen it starts with.
fn joined(s: &str) -> Option<&str> {
    s.strip_prefix(' ').or_else(|| s.strip_prefix('-'))
}

/// The length of " to one", "-to-one", " to 1" or "-to-1" at the start of `rest`, when no
/// more digits or letters follow the one ("to 1,000" is a range).
fn to_one(rest: &str) -> Option<usize> {
    let r = joined(rest)?.strip_prefix("to")?;
    let r = joined(r)?;
    let after = r.strip_prefix("one").or_else(|| r.strip_prefix('1'))?;
    let more = after.starts_with(|c: char| c.is_alphanumeric())
        || (after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    (!more).then(|| rest.len() - after.len())
}

#[cfg(test)]
mod tests {
    use crate::{Format, Kind, extract};

    fn figures(text: &str) -> Vec<(String, Kind, f64)> {
        extract(text, Format::Plain)
            .into_iter()
            .map(|f| (f.text, f.quantity.kind, f.quantity.value))
            .collect()
    }

    #[test]
    fn a_hedged_or_named_ratio_to_one_is_a_multiple() {
        let f = figures("The vote was 2,184 yes to 547 no, or about four to one.");
        assert_eq!(f[2], ("four to one".into(), Kind::Multiplier, 4.0));
        let f = figures("Nearly 6-to-1, the loans outnumber the deposits.");
        assert_eq!(f[0], ("6-to-1".into(), Kind::Multiplier, 6.0));
        let f = figures("It passed by a margin of 3 to 1.");
        assert_eq!(f[0], ("3 to 1".into(), Kind::Multiplier, 3.0));
        let f = figures("Yes votes won, four to one.");
        assert_eq!(f[0].1, Kind::Number);
    }

    #[test]
    fn a_tally_a_change_or_a_range_is_no_ratio() {
        // a vote is a tally of two counts
        assert!(
            figures("The council voted 4 to 1 to approve it.")
                .iter()
                .all(|f| f.1 == Kind::Number)
        );
        // the ends of a change
        assert!(
            figures("Branches fell from about four to one.")
                .iter()
                .all(|f| f.1 == Kind::Number)
        );
        // a range up to 1,000
        assert!(
            figures("Nearly 4 to 1,000 members.")
                .iter()
                .all(|f| f.1 != Kind::Multiplier)
        );
    }
}
