//! Ordinals and ranks in words and digits: "twenty-fifth", "3rd".

use super::*;

impl<'t> Scanner<'t> {
    /// "#3": a rank written with a number sign.
    pub(super) fn number_sign_rank_at(&self, at: usize) -> Option<Found> {
        let d = self.digits_at(at + 1)?;
        if d.decimals > 0 {
            return None;
        }
        Some(Found {
            start: at,
            end: d.end,
            quantity: quantity(
                d.value,
                Kind::Ordinal,
                1.0,
                Style {
                    prefix: Some("#".into()),
                    ..Style::default()
                },
            ),
        })
    }

    /// The rank an ordinal word says, with where it ends: "third", or tens and a unit
    /// joined by a hyphen, "twenty-fifth". `lw` is the word (ending at `w_end`) in lower
    /// case.
    pub(super) fn ordinal_word_value(&self, lw: &str, w_end: usize) -> Option<(f64, usize)> {
        if let Some(v) = lexicon::ordinal_word(lw) {
            return Some((v, w_end));
        }
        let tens = lexicon::small_number(lw).filter(|v| *v >= 20.0 && v % 10.0 == 0.0)?;
        if self.peek(w_end) != Some('-') {
            return None;
        }
        let (u, ue) = self.word_at(w_end + 1)?;
        let unit = lexicon::ordinal_word(u).filter(|v| *v < 10.0)?;
        Some((tens + unit, ue))
    }

    pub(super) fn ordinal_words(
        &self,
        lw: &str,
        w_end: usize,
        i: usize,
        bare: bool,
    ) -> Option<Found> {
        let (value, end) = self.ordinal_word_value(lw, w_end)?;
        if self.peek(end).is_some_and(is_word_char) {
            return None;
        }
        // "first" and "second" are mostly not ranks ("first gained attention", "a
        // second"); count them only where a rank is plainly meant.
        if !bare && value <= 2.0 && end == w_end {
            let before = self.words_before(i, 1);
            let prev = before.first().map(|(w, _)| w.as_str());
            // "the second-largest market": a superlative joined by a hyphen
            let next = if self.peek(end) == Some('-') {
                self.word_at(end + 1).map(|(w, _)| w.to_lowercase())
            } else {
                self.next_word(end).map(|(w, _, _)| w.to_lowercase())
            };
            // "the second-largest", "the second-best year": a superlative after it
            let superlative = next.as_deref().is_some_and(|w| {
                (w.len() > 4 && w.ends_with("est")) || matches!(w, "best" | "worst")
            });
            let rank_before = matches!(
                prev,
                Some(
                    "ranked"
                        | "ranks"
                        | "rank"
                        | "ranking"
                        | "placed"
                        | "came"
                        | "finished"
                        | "number"
                        | "world's"
                        | "world’s"
                )
            );
            let rank_after = matches!(
                next.as_deref(),
                Some(
                    "straight"
                        | "consecutive"
                        | "place"
                        | "largest"
                        | "biggest"
                        // "the second most popular", "their second favourite"
                        | "most"
                        | "favorite"
                        | "favourite"
                        | "highest"
                        | "lowest"
                        | "globally"
                        | "worldwide"
                        // a period or a round, which reports and filings state as facts:
                        // "the second quarter", "its second year" (not "half": "the second
                        // half of the document" describes the text, not the world)
                        | "quarter"
                        | "year"
                        | "month"
                        | "week"
                        | "day"
                        | "round"
                        | "term"
                        | "season"
                        | "phase"
                        | "stage"
                        | "wave"
                        | "anniversary"
                )
            );
            if !(rank_before
                || rank_after
                || superlative
                || self.first_full_period(end)
                || self.rank_in_a_group(end))
            {
                return None;
            }
        }
        Some(Found {
            start: i,
            end,
            quantity: in_words(value, Kind::Ordinal, 1.0),
        })
    }
}

/// The periods an ordinal counts when a writer says "its first full year": a period
/// whose number a report states as a fact.
const FULL_PERIODS: [&str; 5] = ["year", "season", "month", "week", "quarter"];

/// How many words after "first" or "second" a "since <year>" or "in a row" may stand.
const REACH_TO_SINCE: usize = 8;

impl Scanner<'_> {
    /// Whether "full" and a period follow an ordinal ending at `end`: "in its first full
    /// year", "the second full season". Without "full", "first" alone ("first gained
    /// attention") is no rank.
    fn first_full_period(&self, end: usize) -> bool {
        let Some((full, _, full_end)) = self.next_word(end) else {
            return false;
        };
        full.eq_ignore_ascii_case("full")
            && self
                .next_word(full_end)
                .is_some_and(|(w, _, _)| FULL_PERIODS.contains(&w.to_lowercase().as_str()))
    }

    /// Whether the words after an ordinal ending at `end` name the group it ranks in:
    /// "second on the team", "second in the league", "first in scoring", "its first since
    /// 2017". (Not "the
    /// second and third quarters": a period named, which a box score states as no
    /// figure, so reading it would only raise a flag the writer cannot act on.)
    fn rank_in_a_group(&self, end: usize) -> bool {
        // the next word in lower case and where it ends, with only spaces before it:
        // "second, on the team" is no rank in a group
        let word_after = |i: usize| {
            self.next_word(i)
                .filter(|(_, s, _)| self.text.get(i..*s).is_some_and(|g| g.trim().is_empty()))
                .map(|(w, _, e)| (w.to_lowercase(), e))
        };
        let Some((w1, e1)) = word_after(end) else {
            return false;
        };
        // "its first since 2017", "their first strike vote since 2012", "the first woman
        // to win a contested seat since 2011": a first dated against a year is a record
        // the sources state or do not; so is "his second double-double in a row". Up to
        // eight words on, in one run of words (no comma between).
        let mut word = (w1.clone(), e1);
        for _ in 0..REACH_TO_SINCE {
            if word.0 == "since" {
                return self
                    .rest(self.skip_ws(word.1))
                    .starts_with(|c: char| c.is_ascii_digit());
            }
            if word.0 == "in" && self.rest(word.1).starts_with(" a row") {
                return true;
            }
            // a hyphenated word is one: "double-double"
            let mut at = word.1;
            while self.peek(at) == Some('-')
                && let Some((_, e)) = self.word_at(at + 1)
            {
                at = e;
            }
            match word_after(at) {
                Some(next) => word = next,
                None => break,
            }
        }
        let Some((w2, e2)) = word_after(e1) else {
            return false;
        };
        let group = |w: &str| {
            matches!(
                w,
                "team"
                    | "roster"
                    | "squad"
                    | "league"
                    | "conference"
                    | "division"
                    | "nation"
                    | "country"
                    | "state"
                    | "world"
                    | "scoring"
                    | "rebounding"
                    | "assists"
            )
        };
        match (w1.as_str(), w2.as_str()) {
            ("on" | "in", "the") => word_after(e2).is_some_and(|(w3, _)| group(&w3)),
            ("in", w) => group(w),
            _ => false,
        }
    }
}

pub(super) fn ordinal_suffix_fits(n: u64, suffix: &str) -> bool {
    english_ordinal_suffix(n) == suffix
}

/// A rank in digits as English writes it: "1st", "2nd", "3rd", "11th", "21st".
pub fn rank_in_digits(n: u64) -> String {
    format!("{n}{}", english_ordinal_suffix(n))
}

/// The suffix English writes after a rank in digits: 1st, 2nd, 3rd, 11th, 21st.
pub(super) fn english_ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{is, none};
    use crate::quantity::Kind;

    #[test]
    fn ranks_in_digits_take_the_english_suffix() {
        assert_eq!(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(super::rank_in_digits),
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    #[test]
    fn tens_and_a_unit_written_as_one_word() {
        is("She came twentyfifth.", "twentyfifth", 25.0, Kind::Ordinal);
        is(
            "their seventythird meeting",
            "seventythird",
            73.0,
            Kind::Ordinal,
        );
        // no tens word glued to anything else
        none("the tenthird row");
        none("twentyfive");
    }

    #[test]
    fn ranks_in_a_superlative_or_after_no() {
        is(
            "It is the second-largest market.",
            "second",
            2.0,
            Kind::Ordinal,
        );
        is("The firm is the No 1 maker.", "No 1", 1.0, Kind::Ordinal);
        is("ranked No. 3 in the index", "No. 3", 3.0, Kind::Ordinal);
        // Periods and rounds that filings state as facts
        is(
            "earnings in the second quarter fell",
            "second",
            2.0,
            Kind::Ordinal,
        );
        is("in its first year", "first", 1.0, Kind::Ordinal);
        // "best" and "worst" are superlatives too short to end in "-est"
        is(
            "and the second-best year ever",
            "second",
            2.0,
            Kind::Ordinal,
        );
        is("visits in its first full year", "first", 1.0, Kind::Ordinal);
        none("The first full report came later.");
        is(
            "the beach is their second favorite",
            "second",
            2.0,
            Kind::Ordinal,
        );
        is("the second most popular app", "second", 2.0, Kind::Ordinal);
        // the group a rank is in
        is(
            "Irving was second on the team.",
            "second",
            2.0,
            Kind::Ordinal,
        );
        is(
            "She is first in the league in steals.",
            "first",
            1.0,
            Kind::Ordinal,
        );
        is("He was second in scoring.", "second", 2.0, Kind::Ordinal);
        assert!(
            crate::extract::tests::figs("It confirmed its first since 2017.")
                .iter()
                .any(|f| f.text == "first" && f.quantity.kind == Kind::Ordinal)
        );
        none("The second in the series was better.");
        // a word whose lower case is shorter than it is written ("ẞ" is three bytes, "ß"
        // two) is read by where it stands, not by its lower case's length
        none("She was first ẞ the team.");
        none("She was second İn the league.");
        assert!(
            crate::extract::tests::figs("They battled back in the second and third quarters.")
                .iter()
                .all(|f| f.text != "second")
        );
        // ... but not the halves of a document
        none("The second half of the document discusses the news.");
        // "a second-hand car" is no rank, and lower-case "no 1" is not "No. 1"
        none("a second-hand car");
        assert!(
            crate::extract::tests::figs("there is no 1 answer")
                .iter()
                .all(|f| f.quantity.kind != Kind::Ordinal)
        );
        // nobody, and a sentence's end before a number word: no rank
        none("No one was hurt in the fire.");
        assert!(
            crate::extract::tests::figs("I voted no. Eleven percent over three years.")
                .iter()
                .all(|f| f.quantity.kind != Kind::Ordinal)
        );
        // a rank after "No.", in digits or a lower-case word
        assert!(
            crate::extract::tests::figs("The No. 3 seed, ranked No. three.")
                .iter()
                .filter(|f| f.quantity.kind == Kind::Ordinal && f.quantity.value == 3.0)
                .count()
                == 2
        );
    }
}
