//! Opening hours written without "a.m." or "p.m.": "Pavilion hours are 9 to 5", "open 10
//! to 4 on Sundays", "maybe till 6". A writer who knows the day drops the markers the
//! source wrote ("9 a.m. to 5 p.m."); read as plain numbers, the 9 and the 5 were checked
//! as counts and corrected with any 38 or 61 nearby. Read here as times of day, guessed as
//! a shop's hours are: 8 to 11 in the morning, 12 noon, 1 to 7 in the afternoon.

use super::*;

/// Words before a bare hour that say it is when something opens or closes.
const OPENING_WORDS: [&str; 6] = ["open", "opens", "opening", "closes", "closing", "hours"];

/// Words after "hours" that make them a schedule ("hours are 9 to 5") rather than a
/// length of time ("12 hours to 5").
const SCHEDULE_VERBS: [&str; 5] = ["are", "is", "will", "run", "from"];

/// Lower-case words that may follow an hour of a schedule.
const AFTER_AN_HOUR: [&str; 10] = [
    "to", "till", "until", "on", "and", "daily", "weekdays", "weekends", "every", "each",
];

/// How far before a bare hour (in bytes) its opening word is looked for.
const OPENING_REACH: usize = 48;

impl Scanner<'_> {
    /// A whole hour with no marker and no minutes at `at..end` (its value `hour`), read as
    /// a time of day when it is an end of a range or bound of opening hours: after "to",
    /// "till", "until" or "from", or before "to", "till" or "until" and another number,
    /// with an opening word shortly before it.
    pub(super) fn opening_hour(&self, at: usize, end: usize, hour: u32) -> Option<u32> {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let prev = self.words_before(at, 2);
        let prev_word = |k: usize| prev.get(k).map(|(w, _)| w.as_str());
        let bound = matches!(prev_word(0), Some("to" | "till" | "until" | "from"));
        let next = self.next_word(end);
        // "8 to noon", "noon to 4": a range with noon or midnight at one end is a clock's
        let noon_after = next
            .filter(|(w, _, _)| matches!(*w, "to" | "till" | "until"))
            .and_then(|(_, _, e)| self.next_word(e))
            .is_some_and(|(w, _, _)| matches!(w, "noon" | "midnight"));
        let noon_before = bound
            && matches!(prev_word(1), Some("noon" | "midnight"))
            && prev_word(0) != Some("from");
        // "Doors open at 8", "closes at 5": a time after an opening word and "at"
        let at_opening = prev_word(0) == Some("at")
            && matches!(prev_word(1), Some(w) if (OPENING_WORDS.contains(&w) && w != "hours") || w == "close");
        let next = next.filter(|_| !noon_after);
        let opens_range = next
            .filter(|(w, _, _)| matches!(*w, "to" | "till" | "until"))
            .is_some_and(|(_, _, e)| {
                self.rest(e)
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            });
        // "12 hours to 5": a length of time, not a clock; a day's name may follow
        // ("9 to 5 Tuesday to Saturday"), and so may the words of a schedule
        let counted = next.is_some_and(|(w, _, _)| {
            w.starts_with(char::is_lowercase) && !AFTER_AN_HOUR.contains(&w)
        });
        if counted || !(bound || opens_range || noon_after || at_opening) {
            return None;
        }
        let to_hour = |h: u32| match h {
            1..=7 => h + 12,
            h => h,
        };
        if noon_after || noon_before || at_opening {
            return Some(to_hour(hour));
        }
        let lo = crate::position::ceil_char_boundary(self.text, at.saturating_sub(OPENING_REACH))
            .max(self.range_start);
        let words: Vec<String> = self.text[lo..at]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let opening = words.iter().enumerate().any(|(k, w)| {
            OPENING_WORDS.contains(&w.as_str())
                && (w != "hours"
                    || words
                        .get(k + 1)
                        .is_some_and(|v| SCHEDULE_VERBS.contains(&v.as_str())))
        });
        opening.then_some(to_hour(hour))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::figs;
    use crate::quantity::Kind;

    fn time_of(text: &str, written: &str) -> Option<f64> {
        figs(text)
            .into_iter()
            .find(|f| f.text == written && f.quantity.kind == Kind::Time)
            .map(|f| f.quantity.value)
    }

    #[test]
    fn opening_hours_without_markers_are_times_of_day() {
        // Written for this test.
        let t = "Pavilion hours are 9 to 5 Tuesday to Saturday and 10 to 4 on Sundays.";
        assert_eq!(time_of(t, "9"), Some(540.0));
        assert_eq!(time_of(t, "5"), Some(1020.0));
        assert_eq!(time_of(t, "10"), Some(600.0));
        assert_eq!(time_of(t, "4"), Some(960.0));
        let t = "The shop is open from 8 until 6.";
        assert_eq!(time_of(t, "6"), Some(1080.0));
    }

    #[test]
    fn noon_or_an_opening_word_and_at_make_a_bare_hour_a_time() {
        // Written for this test.
        let t = "Saturdays are 8 to noon, and Sundays noon to 4.";
        assert_eq!(time_of(t, "8"), Some(480.0));
        assert_eq!(time_of(t, "4"), Some(960.0));
        let t = "Doors open at 8 and the office closes at 5.";
        assert_eq!(time_of(t, "8"), Some(480.0));
        assert_eq!(time_of(t, "5"), Some(1020.0));
        // a count after "at", or "at" with no opening word, is no clock
        no_clock(&[
            ("The clinics open at 8 sites this spring.", "8"),
            ("The line was at 8 when we left.", "8"),
        ]);
    }

    /// Asserts that the figure written `n` in each text is no time of day.
    fn no_clock(cases: &[(&str, &str)]) {
        for &(t, n) in cases {
            assert!(
                figs(t)
                    .iter()
                    .filter(|f| f.text == n)
                    .all(|f| f.quantity.kind != Kind::Time),
                "{t}: {:?}",
                figs(t)
            );
        }
    }

    #[test]
    fn hours_counted_or_numbers_in_a_range_are_no_clock() {
        no_clock(&[
            ("The wait fell from 12 hours to 5 hours.", "12"),
            ("Hours of work rose from 9 to 11 a week.", "9"),
            ("The team won 9 to 5 on Sunday.", "9"),
        ]);
    }
}
