//! Lengths of time on a stopwatch: "2:09:41", "won by 0:38", "answered in 1:12", and in
//! parts, "two hours, eleven minutes and five seconds" or "4 minutes 38 seconds".
//!
//! A race result, a response time or a running time is one figure, not three: read as
//! "2", "09" and "41" (or not read at all, since digits joined by colons look like an
//! identifier) none of it could be checked. A duration is a kind of its own, in seconds,
//! compared only with other durations, so "2:11" is never weighed against 131 runners.

use super::*;

/// Words after which a bare "M:SS" is a length of time rather than a verse or a code:
/// "finished in 4:38", "a gap of 0:38", "averaged 1:12".
const BEFORE_DURATION: [&str; 41] = [
    "in",
    "of",
    "by",
    "than",
    "under",
    "over",
    "around",
    "about",
    "roughly",
    "nearly",
    "almost",
    "just",
    "some",
    "approximately",
    "averaged",
    "average",
    "averaging",
    "clocked",
    "ran",
    "run",
    "finished",
    "won",
    "took",
    "takes",
    "lasted",
    "record",
    "best",
    "time",
    "gap",
    "lead",
    "margin",
    "within",
    "only",
    "was",
    "were",
    "is",
    "pace",
    "mark",
    "with",
    "behind",
    "ahead",
];

/// Words after a bare "M:SS" that make it a length of time: "4:38 per mile", "0:38
/// ahead".
const AFTER_DURATION: [&str; 12] = [
    "per", "pace", "minutes", "mins", "min", "behind", "ahead", "back", "faster", "slower",
    "longer", "shorter",
];

/// The parts a duration is said in, largest first, with their length in seconds.
const PARTS: [(&[&str], f64); 3] = [
    (&["hour", "hours", "hr", "hrs"], 3600.0),
    (&["minute", "minutes", "min", "mins"], 60.0),
    (&["second", "seconds", "sec", "secs"], 1.0),
];

/// Most digits read after a decimal point in the seconds: "1:02.35" on a swimming
/// results sheet. More is a code, not a time.
const MAX_SECOND_DECIMALS: usize = 3;

/// "2:09:41" read as (hours, minutes, seconds, decimals, end); the hours are absent for
/// "4:38". `lead_digits` counts the digits of the first field, the hours' or, without
/// them, the minutes'.
struct Clock {
    hours: Option<u32>,
    lead_digits: usize,
    minutes: u32,
    seconds: f64,
    decimals: usize,
    end: usize,
}

impl<'t> Scanner<'t> {
    /// A duration in clock notation starting at `at`. "H:MM:SS" is always one; "M:SS",
    /// which is also how a time of day or a verse is written, only where a word beside
    /// it says it is a length of time, or alone in a table cell.
    pub(super) fn clock_duration_at(&self, at: usize, bare: bool) -> Option<Found> {
        let prev = self.text[self.range_start..at].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_digit() || ":./-".contains(p)) {
            return None;
        }
        let clock = self.clock_at(at)?;
        // "9:30:15 a.m.": a time of day to the second
        if self.day_half_after(clock.end).is_some() {
            return None;
        }
        let after_time_word = || {
            self.words_before(at, 1)
                .first()
                .is_some_and(|(w, _)| super::time::TIME_PREPOSITIONS.contains(&w.as_str()))
        };
        match clock.hours {
            // "logged at 12:30:45": a clock reading
            Some(_) if !bare && clock.lead_digits == 2 && after_time_word() => return None,
            Some(_) => {}
            None if bare || self.says_length_of_time(at, clock.end, clock.lead_digits) => {}
            None => return None,
        }
        let seconds = f64::from(clock.hours.unwrap_or(0)) * 3600.0
            + f64::from(clock.minutes) * 60.0
            + clock.seconds;
        let decimals = u8::try_from(clock.decimals).ok()?;
        Some(Found {
            start: at,
            end: clock.end,
            quantity: quantity(
                seconds,
                Kind::Duration,
                10f64.powi(-i32::from(decimals)),
                Style {
                    decimals,
                    ..Style::default()
                },
            ),
        })
    }

    /// The digits of "H:MM:SS" or "M:SS" (with any fraction of a second) at `at`.
    fn clock_at(&self, at: usize) -> Option<Clock> {
        let rest = self.rest(at);
        let lead = rest.chars().take_while(char::is_ascii_digit).count();
        if !(1..=2).contains(&lead) {
            return None;
        }
        let mut fields = vec![rest[..lead].parse::<u32>().ok()?];
        let mut end = lead;
        // up to two more ":NN" fields
        while fields.len() < 3 && rest[end..].starts_with(':') {
            let digits = rest[end + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            if digits != 2 {
                return None;
            }
            fields.push(rest[end + 1..end + 3].parse().ok()?);
            end += 3;
        }
        if fields.len() < 2 || fields[1..].iter().any(|&f| f > 59) {
            return None;
        }
        let mut decimals = 0;
        if rest[end..].starts_with('.') {
            decimals = rest[end + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            if decimals > MAX_SECOND_DECIMALS {
                return None;
            }
            if decimals > 0 {
                end += 1 + decimals;
            }
        }
        // "1:02:03:04", "3:16a", "2:09:41.5.1": part of a longer token
        let next = rest[end..].chars().next();
        if next.is_some_and(|c| c == ':' || is_word_char(c))
            || (rest[end..].starts_with('.')
                && rest[end + 1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let whole_seconds = fields[fields.len() - 1];
        let fraction: f64 = if decimals > 0 {
            rest[end - decimals - 1..end].parse().ok()?
        } else {
            0.0
        };
        let (hours, minutes) = match fields[..] {
            [h, m, _] => (Some(h), m),
            [m, _] => (None, m),
            _ => return None,
        };
        // "75:30" is no stopwatch reading without its hours
        if hours.is_none() && minutes > 59 {
            return None;
        }
        Some(Clock {
            hours,
            lead_digits: lead,
            minutes,
            seconds: f64::from(whole_seconds) + fraction,
            decimals,
            end: at + end,
        })
    }

    /// Whether the "M:SS" at `start..end` is said to be a length of time by the word
    /// before or after it, or stands alone in a table cell.
    fn says_length_of_time(&self, start: usize, end: usize, minute_digits: usize) -> bool {
        let before = self.words_before(start, 1);
        if let Some((w, ws)) = before.first() {
            // "John 3:16", "Chapter 2:30": a reference, whatever word it is
            let capitalised = self.rest(*ws).starts_with(char::is_uppercase);
            if capitalised {
                return false;
            }
            if BEFORE_DURATION.contains(&w.as_str()) {
                return true;
            }
        }
        // "from 0:58 to 0:52": a single 0 for the minutes is never a clock's hour
        if minute_digits == 1 && self.rest(start).starts_with('0') {
            return true;
        }
        if let Some((w, _, _)) = self.next_word(end)
            && AFTER_DURATION.contains(&Self::lower(w).as_ref())
        {
            return true;
        }
        let line_before = self.text[self.range_start..start]
            .rsplit(['\n', '\r'])
            .next()
            .unwrap_or("");
        let line_after = self.rest(end).split(['\n', '\r']).next().unwrap_or("");
        line_before.trim_end().ends_with('|') && line_after.trim_start().starts_with('|')
    }

    /// "two hours, eleven minutes and five seconds", "4 minutes 38 seconds", "1 hr 2
    /// min": a count of hours or minutes followed by smaller parts is one duration.
    /// A single part ("14 seconds") stays a count of its unit.
    pub(super) fn duration_in_parts(&self, f: &mut Found) {
        let q = &f.quantity;
        if q.kind != Kind::Number
            || q.per.is_some()
            || q.upper.is_some()
            || q.style.scale.is_some()
            || q.value.fract() != 0.0
            || q.value < 0.0
        {
            return;
        }
        let Some((mut rank, mut end)) = self.part_unit_after(f.end, 0) else {
            return;
        };
        if rank == PARTS.len() - 1 {
            return; // seconds first: nothing smaller can follow
        }
        let mut seconds = q.value * PARTS[rank].1;
        let mut parts = 1;
        while rank + 1 < PARTS.len() {
            let Some((value, after_number)) = self.part_number_after(end) else {
                break;
            };
            let Some((next_rank, unit_end)) = self.part_unit_after(after_number, rank + 1) else {
                break;
            };
            seconds += value * PARTS[next_rank].1;
            rank = next_rank;
            end = unit_end;
            parts += 1;
        }
        if parts < 2 {
            return;
        }
        f.quantity.kind = Kind::Duration;
        f.quantity.value = seconds;
        f.quantity.precision = PARTS[rank].1;
        f.quantity.unit = None;
        f.quantity.style.suffix = None;
        f.end = end;
    }

    /// The unit of a duration's part written after `end` ("hours", "min"), at `smallest`
    /// or a smaller rank: its rank and where it ends.
    fn part_unit_after(&self, end: usize, smallest: usize) -> Option<(usize, usize)> {
        let (w, ws, we) = self.next_word(end)?;
        let lower = Self::lower(w);
        if ws == end || self.text[end..ws].contains(['\n', '\r']) {
            return None;
        }
        if self.peek(we).is_some_and(|c| c == '-' || is_word_char(c)) {
            return None; // "11-minute", "2hp"
        }
        PARTS
            .iter()
            .enumerate()
            .skip(smallest)
            .find(|(_, (names, _))| names.contains(&lower.as_ref()))
            .map(|(rank, _)| (rank, we))
    }

    /// The number of the next part after a unit ending at `end`, past a comma and "and":
    /// its value (under 60) and where it ends.
    fn part_number_after(&self, end: usize) -> Option<(f64, usize)> {
        let mut j = self.skip_ws(end);
        if self.peek(j) == Some(',') {
            j = self.skip_ws(j + 1);
        }
        if let Some((w, _, we)) = self.next_word(j)
            && w == "and"
        {
            j = self.skip_ws(we);
        }
        if j == end {
            return None;
        }
        let part = self.fresh().figure_at(j, true)?;
        let q = &part.quantity;
        let plain = q.kind == Kind::Number
            && q.hedge.is_none()
            && q.style.scale.is_none()
            && q.style.prefix.is_none()
            && q.style.suffix.is_none()
            && q.value.fract() == 0.0
            && (0.0..60.0).contains(&q.value);
        plain.then_some((q.value, part.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::render::render_duration;
    use crate::extract::tests::{figs, is};
    use crate::quantity::Kind;

    fn durations(text: &str) -> Vec<(String, f64)> {
        figs(text)
            .into_iter()
            .filter(|f| f.quantity.kind == Kind::Duration)
            .map(|f| (f.text, f.quantity.value))
            .collect()
    }

    #[test]
    fn stopwatch_readings_in_seconds() {
        is(
            "She won in 2:09:41, a course record.",
            "2:09:41",
            7781.0,
            Kind::Duration,
        );
        is(
            "crossed the line at 2:09:41 to win",
            "2:09:41",
            7781.0,
            Kind::Duration,
        );
        is(
            "a gap of 0:38 to the runner-up",
            "0:38",
            38.0,
            Kind::Duration,
        );
        // a single 0 for the minutes says it, whatever the word before
        assert_eq!(
            durations("cut from 0:58 to 0:52 this year"),
            [("0:58".to_string(), 58.0), ("0:52".to_string(), 52.0)]
        );
        // "by" before a time of day ("by 4:30") but not before a single 0 for the hour
        is(
            "Kiprono won by 0:38 on Sunday",
            "0:38",
            38.0,
            Kind::Duration,
        );
        is("done by 4:30 on Sunday", "4:30", 270.0, Kind::Time);
        is(
            "calls were answered in 1:12 on average",
            "1:12",
            72.0,
            Kind::Duration,
        );
        is("held a 4:38 per mile pace", "4:38", 278.0, Kind::Duration);
        let q = is(
            "the 100m in 1:02.35 last year",
            "1:02.35",
            62.35,
            Kind::Duration,
        );
        assert_eq!(q.precision, 0.01);
        assert_eq!(
            durations("| Harrow | 1:12 | 0:58 |"),
            [("1:12".to_string(), 72.0), ("0:58".to_string(), 58.0)]
        );
    }

    #[test]
    fn what_is_no_duration() {
        // a verse, a chapter reference, a time of day, a timestamp, a ratio, an address
        assert!(durations("John 3:16 says").is_empty());
        assert!(durations("see Chapter 2:30 of the report").is_empty());
        assert!(durations("The polls open at 9:30 today").is_empty());
        assert!(durations("logged at 12:30:45").is_empty());
        assert!(durations("the blast at 9:30:15 a.m. shook").is_empty());
        assert!(durations("a ratio of 3:1 won").is_empty());
        assert!(durations("open 10.0.0.1:80 now").is_empty());
        assert!(durations("the id 1:02:03:04 is").is_empty());
        // "M:SS" with no word to say it is a length of time
        assert!(durations("**10:52** The board met").is_empty());
        // seconds past 59
        assert!(durations("finished in 2:61:00").is_empty());
    }

    #[test]
    fn durations_said_in_parts() {
        is(
            "won in two hours, eleven minutes and five seconds, a record",
            "two hours, eleven minutes and five seconds",
            7865.0,
            Kind::Duration,
        );
        let q = is(
            "it took 2 hours 11 minutes to count",
            "2 hours 11 minutes",
            7860.0,
            Kind::Duration,
        );
        assert_eq!(q.precision, 60.0);
        is(
            "a wait of 4 min 38 sec at peak",
            "4 min 38 sec",
            278.0,
            Kind::Duration,
        );
        // a single part stays a count of its unit; parts out of order are two counts
        assert!(durations("answered within 14 seconds").is_empty());
        assert!(durations("3 minutes and 2 hours later").is_empty());
        assert!(durations("an 11-minute wait and 5 seconds").is_empty());
    }

    #[test]
    fn written_back_as_a_stopwatch_reads() {
        let q = is("won in 2:09:41 today", "2:09:41", 7781.0, Kind::Duration);
        assert_eq!(render_duration(7865.0, &q.style), "2:11:05");
        assert_eq!(render_duration(38.0, &q.style), "0:38");
        let q = is(
            "the 100m in 1:02.35 last year",
            "1:02.35",
            62.35,
            Kind::Duration,
        );
        assert_eq!(render_duration(59.999, &q.style), "1:00.00");
        assert_eq!(render_duration(3601.5, &q.style), "1:00:01.50");
    }
}
