//! A share written as a count of a count: "one in five", "1 in 4", "two out of three",
//! "one in every ten".
//!
//! Read as two plain numbers, "nearly one in five flights" is the count 5 of flights,
//! which no source states; it is the fraction a fifth, which "18.8% were late" or "one
//! flight in five" supports.

use super::*;

/// What joins the two counts, after the first and a space.
const JOINTS: [&str; 3] = ["in every ", "out of ", "in "];

/// Units after the second count that make it a span, not a whole: "one in five years".
const SPANS: [&str; 12] = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minutes",
    "decades",
];

/// Words that are no noun of the counted thing between the two counts: "one more in
/// five", "one and in".
const NOT_NOUNS: [&str; 10] = [
    "more", "less", "and", "but", "out", "per", "percent", "other", "another", "time",
];

impl<'t> Scanner<'t> {
    /// "one in five", "1 in 4", "two out of three": a fraction whose parts are counts.
    /// `bare` (a claim's quantity): the whole must end the quantity, since " in " there
    /// also opens a scope ("= one in 2*" is "one", in the sources "2*" matches).
    pub(super) fn one_in_at(&self, at: usize, c: char, bare: bool) -> Option<Found> {
        let (part, part_end, words) = self.count_at(at, c)?;
        if part < 1.0 || self.peek(part_end) != Some(' ') {
            return None;
        }
        let (joint_at, joint) = self.joint_after(part_end + 1, bare)?;
        let whole_at = joint_at + joint.len();
        let first = self.peek(whole_at)?;
        let (whole, end, _) = self.count_at(whole_at, first)?;
        if whole <= part || !whole.is_finite() {
            return None;
        }
        // "2 in 2024" is a count in a year; a whole in digits is at most a thousand
        // unless grouped ("1 in 10,000").
        let grouped = self.text[whole_at..end].contains(',');
        if first.is_ascii_digit() && whole > 1000.0 && !grouped {
            return None;
        }
        if bare && self.peek(end).is_some_and(|c| !c.is_whitespace()) {
            return None;
        }
        if self
            .peek(end)
            .is_some_and(|c| is_word_char(c) || matches!(c, '%' | '-' | '/'))
            || self.peek(end) == Some('.') && self.peek(end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        // "one in five years" is a span and "22 courtrooms in 171,000 square feet" an
        // amount of something else, not a whole of the counted thing
        if let Some((w, _, _)) = self.next_word(end) {
            let w = w.to_lowercase();
            if SPANS.contains(&w.as_str())
                || lexicon::measure_word(&w)
                || matches!(w.as_str(), "square" | "cubic")
            {
                return None;
            }
        }
        Some(Found {
            start: at,
            end,
            quantity: quantity(
                part / whole,
                Kind::Fraction,
                0.0001,
                Style {
                    words,
                    suffix: Some(self.text[part_end..end].to_string()),
                    ..Style::default()
                },
            ),
        })
    }

    /// The joint at `at`, or after one noun there ("one member in thirteen", "one flight
    /// in five"): where it starts, and which. A claim's quantity takes no noun.
    fn joint_after(&self, at: usize, bare: bool) -> Option<(usize, &'static str)> {
        let joint_at = |i: usize| {
            let rest = self.rest(i);
            JOINTS.iter().find(|j| rest.starts_with(**j)).copied()
        };
        if let Some(joint) = joint_at(at) {
            return Some((at, joint));
        }
        let (noun, end) = self.word_at(at)?;
        let plain_noun = !bare
            && noun.len() >= 3
            && noun.chars().all(|c| c.is_ascii_lowercase())
            && lexicon::small_number(noun).is_none()
            && !NOT_NOUNS.contains(&noun);
        if !plain_noun || self.peek(end) != Some(' ') {
            return None;
        }
        joint_at(end + 1).map(|joint| (end + 1, joint))
    }

    /// A whole count at `at`: digits without decimals, or a number word up to twenty
    /// (and the tens); its value, end, and whether it was written in words.
    fn count_at(&self, at: usize, c: char) -> Option<(f64, usize, bool)> {
        if c.is_ascii_digit() {
            // not the tail of another number: "3.1 in 4", "12,1 in"
            if self.text[self.range_start..at]
                .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '-'))
            {
                return None;
            }
            let d = self.digits_at(at)?;
            return (d.decimals == 0).then_some((d.value, d.end, false));
        }
        if !c.is_alphabetic()
            || self.text[self.range_start..at].ends_with(|c: char| is_word_char(c) || c == '-')
        {
            return None;
        }
        let (w, end) = self.word_at(at)?;
        let value = lexicon::small_number(&Self::lower(w))?;
        Some((value, end, true))
    }
}

/// Writes `value` as a count of a count in the style `suffix` gives (" in five", " out
/// of 3"): the same whole when the part comes out whole, else the first whole up to
/// twelve (or a hundred) that does.
pub(super) fn render_one_in(value: f64, suffix: &str, words: bool) -> Option<String> {
    // "one member in thirteen": the noun, if any, stays where it was written
    let suffix = suffix.trim_start();
    let (noun, after_noun) = match JOINTS.iter().any(|j| suffix.starts_with(*j)) {
        true => ("", suffix),
        false => {
            let (noun, rest) = suffix.split_once(' ')?;
            (noun, rest)
        }
    };
    let joint = JOINTS.iter().find(|j| after_noun.starts_with(**j))?;
    let written = after_noun[joint.len()..].trim();
    let written_whole = lexicon::small_number(&written.to_lowercase())
        .or_else(|| written.replace(',', "").parse::<f64>().ok())?;
    std::iter::once(written_whole)
        .chain((2..=12).map(f64::from))
        .chain([100.0])
        .find_map(|whole| {
            let part = value * whole;
            ((part - part.round()).abs() < 1e-6 && part.round() >= 1.0).then(|| {
                let say = |n: f64| {
                    if words {
                        render::cardinal_in_words(n as u64)
                    } else {
                        render::format_number(n, Some(','), 0)
                    }
                };
                let whole_text = if whole == written_whole {
                    written.to_string()
                } else {
                    say(whole)
                };
                let noun = if noun.is_empty() {
                    String::new()
                } else {
                    format!("{noun} ")
                };
                format!("{} {noun}{joint}{whole_text}", say(part.round()))
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::{Format, Kind, extract};

    fn fraction(text: &str) -> Option<(String, f64)> {
        extract(text, Format::Plain)
            .into_iter()
            .find(|f| f.quantity.kind == Kind::Fraction)
            .map(|f| (f.text, f.quantity.value))
    }

    #[test]
    fn counts_of_counts_are_fractions() {
        for (text, written, value) in [
            ("Nearly one in five flights was late.", "one in five", 0.2),
            ("About 1 in 4 adults smoke.", "1 in 4", 0.25),
            (
                "Two out of three voters agreed.",
                "Two out of three",
                2.0 / 3.0,
            ),
            ("One in every ten homes is empty.", "One in every ten", 0.1),
            ("The risk is 1 in 10,000.", "1 in 10,000", 0.0001),
            (
                "About one member in thirteen bothered to vote.",
                "one member in thirteen",
                1.0 / 13.0,
            ),
            (
                "One flight in every five was late.",
                "One flight in every five",
                0.2,
            ),
        ] {
            assert_eq!(fraction(text), Some((written.to_string(), value)), "{text}");
        }
    }

    #[test]
    fn counts_in_a_span_or_a_year_are_not() {
        for text in [
            "Prices rose for the first time in five years.",
            "It won two in 2024.",
            "He scored 20 in 30 minutes.",
            "Five in 3 is no fraction.",
            "Version 3.1 in 4 weeks.",
            "Someone in five minutes.",
            "He won one title in four years.",
            "She scored one more in five.",
            "One Member in five.",
            // an amount of something else
            "It gives us 22 courtrooms in 171,000 square feet.",
            "They laid 40 pipes in 1,200 miles.",
        ] {
            assert_eq!(fraction(text), None, "{text}");
        }
    }

    #[test]
    fn another_share_is_written_the_same_way() {
        use super::render_one_in;
        assert_eq!(
            render_one_in(0.25, " in five", true).as_deref(),
            Some("one in four")
        );
        assert_eq!(
            render_one_in(0.4, " in five", true).as_deref(),
            Some("two in five")
        );
        assert_eq!(
            render_one_in(0.5, " out of 4", false).as_deref(),
            Some("2 out of 4")
        );
        assert_eq!(
            render_one_in(1.0 / 7.0, " member in thirteen", true).as_deref(),
            Some("one member in seven")
        );
    }
}
