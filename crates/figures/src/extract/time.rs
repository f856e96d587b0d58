//! Times of day: "1:34 PM", "9 a.m.", "at 14:30". A time is a fact a summary gets wrong
//! as easily as a count ("departing at 2:34 PM" for 1:34), so it is a figure of its own
//! kind, in minutes after midnight, compared only with other times.

use super::*;

/// Words after which a bare "H:MM" is a time on the 24-hour clock even before 13:00:
/// "at 9:30", "from 8:00 to 11:45".
pub(super) const TIME_PREPOSITIONS: [&str; 9] = [
    "at", "from", "to", "until", "till", "by", "before", "after", "between",
];

impl<'t> Scanner<'t> {
    /// A time of day starting at the digits at `at`. Bare claim quantities accept any
    /// valid "H:MM"; in prose one before 13:00 needs a marker or a preposition, since
    /// "3:16" may be a verse or a ratio.
    pub(super) fn time_at(&self, at: usize, bare: bool) -> Option<Found> {
        // "1:02:03", "10.0.0.1:80": part of a longer token
        let prev = self.text[self.range_start..at].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_digit() || ":./-".contains(p)) {
            return None;
        }
        let hour_digits = self
            .rest(at)
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if !(1..=2).contains(&hour_digits) {
            return None;
        }
        let hour: u32 = self.rest(at)[..hour_digits].parse().ok()?;
        let mut end = at + hour_digits;
        let mut minute = None;
        if self.peek(end) == Some(':') {
            let mm = self.rest(end + 1);
            let digits = mm.chars().take_while(char::is_ascii_digit).count();
            if digits != 2 {
                return None;
            }
            minute = Some(mm[..2].parse::<u32>().ok()?);
            end += 3;
            // "1:34:56", "3:16a", "12:30.5": not a plain time
            if self
                .peek(end)
                .is_some_and(|c| c == ':' || is_word_char(c) && !matches!(c, 'a' | 'p' | 'A' | 'P'))
                || (self.peek(end) == Some('.')
                    && self.peek(end + 1).is_some_and(|c| c.is_ascii_digit()))
            {
                return None;
            }
        }
        let (marker, marker_end) = match self.day_half_after(end) {
            Some((m, e)) => (Some(m), e),
            None => (None, end),
        };
        let minute_value = minute.unwrap_or(0);
        if minute_value > 59 {
            return None;
        }
        let hour24 = match (&marker, minute) {
            (Some(m), _) => {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                let pm = m.trim_start().starts_with(['p', 'P']);
                hour % 12 + if pm { 12 } else { 0 }
            }
            (None, Some(_)) => {
                // "won by 0:38": no clock reads a single 0 for its hour; a stopwatch does
                if hour > 23 || (!bare && hour_digits == 1 && hour == 0) {
                    return None;
                }
                let after_preposition = self
                    .words_before(at, 1)
                    .first()
                    .is_some_and(|(w, _)| TIME_PREPOSITIONS.contains(&w.as_str()));
                if !(bare || hour >= 13 || after_preposition) {
                    return None;
                }
                hour
            }
            (None, None) => self.opening_hour(at, end, hour)?,
        };
        Some(Found {
            start: at,
            end: marker_end,
            quantity: quantity(
                f64::from(hour24 * 60 + minute_value),
                Kind::Time,
                1.0,
                Style {
                    suffix: marker,
                    decimals: if minute.is_some() { 2 } else { 0 },
                    ..Style::default()
                },
            ),
        })
    }

    /// "am", " PM", " a.m.", " p.m." after a clock figure ending at `end`: the marker as
    /// written (with its space) and where it ends.
    pub(super) fn day_half_after(&self, end: usize) -> Option<(String, usize)> {
        // any space but a blank line: "9 p.m.", "9\tp.m." (the claim language reads a
        // word after any space as a unit, so a marker after a tab must be read here too)
        let j = self.skip_ws(end);
        let rest = self.rest(j);
        for marker in ["a.m.", "p.m.", "A.M.", "P.M.", "am", "pm", "AM", "PM"] {
            if let Some(after) = rest.strip_prefix(marker) {
                // "9 amateurs", "5 PMs": a word, not a marker ("at 6 PM." ends a sentence)
                if after.starts_with(is_word_char) {
                    continue;
                }
                let e = j + marker.len();
                return Some((self.text[end..e].to_string(), e));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{figs, is, none};
    use crate::quantity::Kind;

    #[test]
    fn clock_times_in_minutes_after_midnight() {
        is("departing at 1:34 PM today", "1:34 PM", 814.0, Kind::Time);
        is("The polls open at 9 a.m.", "9 a.m.", 540.0, Kind::Time);
        is("it closes at 12am", "12am", 0.0, Kind::Time);
        is("lunch at 12 p.m.", "12 p.m.", 720.0, Kind::Time);
        is("The train leaves at 14:30.", "14:30", 870.0, Kind::Time);
        is("from 8:15 on", "8:15", 495.0, Kind::Time);
        is("The deadline is 23:59", "23:59", 1439.0, Kind::Time);
        is(
            "It was settled at 1:34 PM. Then",
            "1:34 PM",
            814.0,
            Kind::Time,
        );
    }

    #[test]
    fn what_is_not_a_time() {
        // a verse, a ratio, a timestamp with seconds, a port
        assert!(
            figs("John 3:16 says")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        assert!(
            figs("a ratio of 3:1")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        none("logged at 12:30:45");
        none("open 10.0.0.1:80 now");
        // no marker, no preposition, before 13:00
        assert!(
            figs("chapter 2:30 shows")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        // "5 PMs" are prime ministers, "9 amateurs" people
        assert!(
            figs("5 PMs met")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        assert!(
            figs("9 amateurs won")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        // invalid clock values
        assert!(
            figs("at 25:00")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
        assert!(
            figs("at 13 pm")
                .iter()
                .all(|f| f.quantity.kind != Kind::Time)
        );
    }

    #[test]
    fn written_back_on_the_writers_clock() {
        use crate::extract::render::render_time;
        let q = is("at 1:34 PM", "1:34 PM", 814.0, Kind::Time);
        assert_eq!(render_time(754.0, &q.style), "12:34 PM");
        assert_eq!(render_time(94.0, &q.style), "1:34 AM");
        let q = is("at 9 a.m.", "9 a.m.", 540.0, Kind::Time);
        assert_eq!(render_time(1020.0, &q.style), "5 p.m.");
        let q = is("at 14:30", "14:30", 870.0, Kind::Time);
        assert_eq!(render_time(810.0, &q.style), "13:30");
    }
}
