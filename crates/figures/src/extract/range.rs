//! Ranges and bounds: "20-30", "between 20 and 30", "in the range of $1.30 to $1.40".

use super::*;

/// `name` without a team's record in brackets at its end: "the Utah Jazz (35-37)" is
/// "the Utah Jazz", so that "defeated the Utah Jazz (35-37) 113-91" is a score after a
/// name.
fn without_record(name: &str) -> &str {
    let Some(inner) = name.strip_suffix(')') else {
        return name;
    };
    let Some(open) = inner
        .get(inner.len().saturating_sub(8)..)
        .and_then(|t| t.rfind('('))
    else {
        return name;
    };
    let open = inner.len().saturating_sub(8) + open;
    let record = &inner[open + 1..];
    match record.split_once('-') {
        Some((won, lost)) if short_count(won) && short_count(lost) => {
            inner[..open].trim_end_matches(' ')
        }
        _ => name,
    }
}

/// Whether `reversed` (a word read backwards) is a team's name: capitalised ("Hawks"), or
/// digits then letters ("76ers" in "the Philadelphia 76ers (8-36)"), not an ordinal
/// ("the 2nd (8-36)").
fn names_a_team(reversed: &str) -> bool {
    if reversed.chars().last().is_some_and(char::is_uppercase) {
        return true;
    }
    let word: String = reversed.chars().rev().collect();
    let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() > 2 && letters.len() < word.len() && letters.chars().all(char::is_alphabetic)
}

/// Whether `s` is one side of a score or a record: one to three digits.
fn short_count(s: &str) -> bool {
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

impl<'t> Scanner<'t> {
    /// "20–30", "20 – 30", "5k-20k", "20-30%", "$5-10 million": a range written with a
    /// dash joins two figures into one. The unit or scale may be written once, at the end.
    pub(super) fn range_after(&self, f: &mut Found) {
        if f.quantity.upper.is_some()
            || !matches!(f.quantity.kind, Kind::Number | Kind::Percent | Kind::Money)
        {
            return;
        }
        let is_dash = |c: char| c == '–' || c == '-';
        let j = match self.peek(f.end) {
            Some(c) if is_dash(c) => f.end + c.len_utf8(),
            // a spaced dash: "1000 – 5000", "1000 - 5000"
            Some(' ') => match self.peek(f.end + 1) {
                Some(c) if is_dash(c) && self.peek(f.end + 1 + c.len_utf8()) == Some(' ') => {
                    f.end + 2 + c.len_utf8()
                }
                _ => return,
            },
            _ => return,
        };
        if !self.peek(j).is_some_and(|c| {
            c.is_ascii_digit()
                || CURRENCY_SUFFIXES
                    .iter()
                    .any(|(s, _)| self.rest(j).starts_with(s))
        }) {
            return;
        }
        let mut sub = self.fresh();
        let Some(second) = sub.figure_at(j, true) else {
            return;
        };
        if second.start != j || second.quantity.upper.is_some() {
            return;
        }
        let (fq, sq) = (&f.quantity, &second.quantity);
        let same_kind = fq.kind == sq.kind;
        // "20-30%": the first figure's unit is the second's
        let unit_at_end = fq.kind == Kind::Number
            && matches!(sq.kind, Kind::Percent | Kind::Money)
            && fq.style.scale.is_none();
        // "$5-10 million": the second figure's scale applies to both
        let scale_at_end = fq.style.scale.is_none() && sq.style.scale.is_some();
        // "$5-10 million": the sign before the first, the scale after the second
        let money_scaled = fq.kind == Kind::Money
            && sq.kind == Kind::Number
            && scale_at_end
            && sq.style.suffix.is_none();
        if !(same_kind || unit_at_end || money_scaled)
            || (fq.style.scale.is_some() && sq.style.scale.is_none())
            || (fq.kind == Kind::Money && sq.kind == Kind::Money && fq.unit != sq.unit)
        {
            return;
        }
        // Worked out on a copy: a pair that turns out not to be a range leaves the first
        // figure as it was written.
        let mut q = fq.clone();
        if unit_at_end {
            take_unit_of(&mut q, sq);
        }
        if scale_at_end {
            if let Some(factor) = sq.style.scale.as_deref().and_then(scale_factor) {
                (q.value, q.precision) = scaled_by(q.value, q.precision, factor);
            }
            q.style.scale.clone_from(&sq.style.scale);
        }
        if sq.value <= q.value {
            return; // "5-3" is a score, not a range
        }
        if same_kind
            && fq.kind == Kind::Number
            && (self.written_as_pair(second.end)
                || self.written_as_record(f.start, second.end)
                || self.record(f.start, second.end))
        {
            return; // "(4-7 FG)": made and attempted; "Miami (10-22)", "went 61-77": won and lost
        }
        q.upper = Some(sq.value);
        if q.kind == Kind::Number && q.unit.is_none() {
            q.unit = self.unit_after(second.end, false);
        }
        f.quantity = q;
        f.end = second.end;
    }

    /// Whether "A-B" ending at `end` is a pair of counts rather than a range: followed by
    /// a shooting label ("4-7 FG", "2-3 3Pt", "8-19 shooting"). Each side is then a figure
    /// of its own (see [`crate::paired`]).
    /// A team's record in brackets is one too: see [`Self::written_as_record`].
    pub(super) fn written_as_pair(&self, end: usize) -> bool {
        lexicon::pair_label_follows(self.rest(end))
    }

    /// How far back a name's word is read: its first letter says it is a name, and a
    /// longer run of letters is data, not a team (the scan stays linear in the text).
    const MAX_NAME_WORD: usize = 64;

    /// "the Celtics (32-18)": wins and losses in brackets right after a name, the way a
    /// sports report gives a team's record. `start` is where the first number begins and
    /// `end` where the second ends. Both sides are counts of up to three digits; a season
    /// "(2016-17)" is not a record.
    pub(super) fn written_as_record(&self, start: usize, end: usize) -> bool {
        let Some(before) = self.text.get(..start) else {
            return false;
        };
        let Some(name) = before.strip_suffix('(') else {
            return false;
        };
        let first_len = self
            .text
            .get(start..end)
            .map_or(0, |s| s.bytes().take_while(u8::is_ascii_digit).count());
        let name = name.trim_end_matches([' ', '\u{a0}']);
        let word: String = name
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '.')
            .take(Self::MAX_NAME_WORD)
            .collect();
        (1..=3).contains(&first_len) && self.rest(end).starts_with(')') && names_a_team(&word)
    }

    /// The two sides of an "A-B" written from `start` to `end`, and the text before it.
    fn two_sides(&self, start: usize, end: usize) -> Option<(&'t str, &'t str, &'t str)> {
        let written = self.text.get(start..end)?;
        let before = self.text.get(..start)?;
        let (high, low) = written.split_once(['-', '–'])?;
        Some((high, low, before))
    }

    /// "outscored the Wizards 29-18", "beat the Hawks, 37-20,": a score, high side first,
    /// each side up to three digits, right after a name (a comma between allowed) and with
    /// nothing glued after it. `start` is where the first number begins, `end` where the
    /// second ends.
    pub(super) fn score_after_name(&self, start: usize, end: usize) -> bool {
        let Some((high, low, before)) = self.two_sides(start, end) else {
            return false;
        };
        let after = self.rest(end);
        let glued = after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '%'))
            || (after.starts_with(['.', ','])
                && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        let name = without_record(
            before
                .trim_end_matches(' ')
                .trim_end_matches(',')
                .trim_end_matches(' '),
        );
        let word: String = name
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .take(Self::MAX_NAME_WORD)
            .collect();
        short_count(high)
            && short_count(low)
            && high.parse::<u32>().ok() >= low.parse::<u32>().ok()
            && !glued
            && name.len() < before.len()
            && names_a_team(&word)
    }

    /// "the club went 76-62", "went 61-77", "a 15-9 record": a win-loss record, either side
    /// the higher, each up to three digits, named by a word next to it (see
    /// [`lexicon::record_word_near`]). `start` is where the first number begins, `end`
    /// where the second ends.
    pub(super) fn record(&self, start: usize, end: usize) -> bool {
        let Some((wins, losses, before)) = self.two_sides(start, end) else {
            return false;
        };
        short_count(wins)
            && short_count(losses)
            && lexicon::record_word_near(before, self.rest(end))
    }

    /// "a 7-2 vote", "by a vote of 1,412-137", "voted 5-4", "by a 34-18 margin": a tally,
    /// high side first, named by a word next to it (see [`lexicon::tally_word_near`]).
    /// Both sides are figures; `start` is where the first number begins, `end` where the
    /// second ends.
    pub(super) fn tally(&self, start: usize, end: usize) -> bool {
        let Some((high, low, before)) = self.two_sides(start, end) else {
            return false;
        };
        let count = |s: &str| {
            let digits: String = s.chars().filter(|c| *c != ',').collect();
            let grouped = s.split(',').enumerate().all(|(k, g)| {
                g.bytes().all(|b| b.is_ascii_digit())
                    && if k == 0 {
                        (1..=3).contains(&g.len())
                    } else {
                        g.len() == 3
                    }
            });
            (grouped && digits.len() <= 9)
                .then(|| digits.parse::<u64>().ok())
                .flatten()
        };
        let (Some(high), Some(low)) = (count(high), count(low)) else {
            return false;
        };
        let after = self.rest(end);
        high >= low
            && (lexicon::tally_word_near(before, after)
                || lexicon::contest_word_near(before, after)
                || lexicon::listed_after_a_tally(before))
    }

    /// "in the range of $1.30 to $1.40", "guidance of $475 million to $485 million": a
    /// range written with "to". Unlike a dash, "to" as often ends a change ("rose 4% to
    /// 7%", "from 58 to 40"), so it makes a range only after a word that announces one
    /// (a range, a forecast, a target) and when both ends are written alike.
    pub(super) fn to_range_after(&self, f: &mut Found) {
        if f.quantity.upper.is_some()
            || !matches!(f.quantity.kind, Kind::Number | Kind::Percent | Kind::Money)
        {
            return;
        }
        let Some((w, _, we)) = self.next_word(f.end) else {
            return;
        };
        if w != "to" {
            return;
        }
        let j = self.skip_ws(we);
        let mut sub = self.fresh();
        let Some(second) = sub.figure_at(j, true) else {
            return;
        };
        if second.start != j {
            return;
        }
        // "15 to 20 cents", "from 2 to 3 million": whether a range or a change, the unit
        // or scale written once at the end is the first figure's too.
        unit_written_once(&mut f.quantity, &second.quantity);
        let before = self.words_before(f.start, RANGE_CUE_REACH);
        // "children aged 5 to 17", "adults 18 to 64": an age group is a range.
        let age_group = before
            .first()
            .is_some_and(|(w, _)| is_age_cue(w) || is_age_group(w));
        if !age_group && !before.iter().any(|(w, _)| is_range_cue(w)) {
            return;
        }
        let (fq, sq) = (&f.quantity, &second.quantity);
        if sq.upper.is_some()
            || fq.kind != sq.kind
            || fq.unit != sq.unit
            || fq.style.scale != sq.style.scale
            || sq.value <= fq.value
        {
            return;
        }
        // "from 58 to 40", "by 0.25% to 4.5%": a change and its end, unless the range
        // is named ("ranging from 5 to 7"); a change is told by its ends lying far apart.
        let next_before = before.first().map(|(w, _)| w.as_str());
        let changes = matches!(next_before, Some("from" | "by"))
            && !before
                .get(1)
                .is_some_and(|(w, _)| matches!(w.as_str(), "ranging" | "range" | "ranges"));
        if changes && sq.value > 2.0 * fq.value {
            return;
        }
        f.quantity.upper = Some(sq.value);
        f.end = second.end;
        if f.quantity.kind == Kind::Number && f.quantity.unit.is_none() {
            f.quantity.unit = self.unit_after(second.end, false);
        }
    }

    /// "between 20 and 30": one figure with a lower and an upper end.
    pub(super) fn between_before(&self, f: &mut Found) {
        let before = self.words_before(f.start, 1);
        if before.first().map(|(w, _)| w.as_str()) != Some("between") {
            return;
        }
        let Some((w, _, we)) = self.next_word(f.end) else {
            return;
        };
        if w != "and" {
            return;
        }
        let j = self.skip_ws(we);
        let mut sub = self.fresh();
        let Some(second) = sub.figure_at(j, true) else {
            return;
        };
        if second.quantity.kind != f.quantity.kind && f.quantity.kind != Kind::Number {
            return;
        }
        // Worked out on a copy: a pair that turns out not to be a range leaves the first
        // figure as it was written.
        let mut q = f.quantity.clone();
        let sq = &second.quantity;
        // "between 20 and 30%", "between 5 and 10 cents": the unit is written once, at
        // the end
        if q.kind == Kind::Number && sq.kind != Kind::Number {
            take_unit_of(&mut q, sq);
            q.style.prefix = q.style.prefix.clone().or(sq.style.prefix.clone());
        }
        // "between 3 and 4 million": the scale too is written once, at the end, unless
        // the first end is a whole number on its own ("between 300 and 4 million"?
        // read as written when scaling it would pass the second)
        if let (None, Some(s)) = (&q.style.scale, &sq.style.scale)
            && let Some(factor) = scale_factor(s)
            && q.value * factor < sq.value
        {
            (q.value, q.precision) = scaled_by(q.value, q.precision, factor);
            q.style.scale = Some(s.clone());
        }
        if sq.value > q.value {
            q.upper = Some(sq.value);
            if q.unit.is_none() {
                q.unit = self.unit_after(second.end, false);
            }
            f.quantity = q;
            f.end = second.end;
        }
    }
}

/// Gives `first`, a bare number, the unit (a percent, a currency word) or scale that
/// `second` writes after it: "15 to 20 cents" is $0.15 to $0.20, "fell from 5 to 4
/// million" starts at 5 million. A scale is left alone when it would make the first far
/// larger or smaller than the second ("from 300 to 4 million" reads as written).
fn unit_written_once(first: &mut Quantity, second: &Quantity) {
    let bare = first.kind == Kind::Number
        && first.unit.is_none()
        && first.per.is_none()
        && first.style.prefix.is_none()
        && first.style.suffix.is_none()
        && first.style.scale.is_none();
    if !bare || second.style.prefix.is_some() {
        return;
    }
    let mut q = first.clone();
    match second.kind {
        Kind::Percent | Kind::Money => take_unit_of(&mut q, second),
        Kind::Number => {}
        _ => return,
    }
    if let Some(s) = &second.style.scale {
        let Some(factor) = scale_factor(s) else {
            return;
        };
        let (value, precision) = scaled_by(q.value, q.precision, factor);
        let ratio = value / second.value;
        if !(0.1..=10.0).contains(&ratio) {
            return;
        }
        (q.value, q.precision) = (value, precision);
        q.style.scale = Some(s.clone());
        if q.kind == Kind::Number {
            q.unit.clone_from(&second.unit);
        }
    } else if q.kind == Kind::Number {
        return;
    }
    *first = q;
}

/// Gives `q`, written bare, the kind, unit and suffix of `second`, its value in the
/// main unit when `second`'s currency word is a minor one ("15 … 20 cents" is $0.15).
fn take_unit_of(q: &mut Quantity, second: &Quantity) {
    q.kind = second.kind;
    q.unit.clone_from(&second.unit);
    q.style.suffix.clone_from(&second.style.suffix);
    (q.value, q.precision) = scaled_by(q.value, q.precision, worth_of_written_unit(second));
}

/// What one of the currency units written after a figure is worth in the main unit: 0.01
/// for "20 cents", 1 for "20 dollars" and for "$20". A range that writes the unit once,
/// at its end ("15-20 cents"), starts at $0.15, not $15.
fn worth_of_written_unit(q: &Quantity) -> f64 {
    match (q.kind, &q.style.prefix, &q.style.suffix) {
        (Kind::Money, None, Some(suffix)) => super::money::money_code(suffix).1,
        _ => 1.0,
    }
}

/// Words right before a range of ages: "aged 5 to 17", "Ages 18 to 64".
fn is_age_cue(word: &str) -> bool {
    matches!(word, "aged" | "ages" | "age")
}

/// Groups of people written right before their ages: "adults 18 to 64".
fn is_age_group(word: &str) -> bool {
    matches!(
        word,
        "adults"
            | "children"
            | "kids"
            | "teens"
            | "teenagers"
            | "people"
            | "residents"
            | "women"
            | "men"
    )
}

/// How many words before a figure may announce a range written with "to".
const RANGE_CUE_REACH: usize = 6;

/// Words that announce a range: "in the range of", "a target of", "expects … to".
fn is_range_cue(word: &str) -> bool {
    matches!(
        word,
        "range"
            | "ranging"
            | "ranges"
            | "between"
            | "within"
            | "guidance"
            | "guided"
            | "outlook"
            | "target"
            | "targets"
            | "forecast"
            | "forecasts"
            | "estimate"
            | "estimates"
            | "estimated"
            | "expect"
            | "expects"
            | "expected"
            | "anticipate"
            | "anticipates"
            | "anticipated"
            | "projected"
            | "projects"
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{figs, is};
    use crate::quantity::Kind;

    /// (kind, value, upper) of every figure in `text`.
    fn read(text: &str) -> Vec<(Kind, f64, Option<f64>)> {
        figs(text)
            .into_iter()
            .map(|f| (f.quantity.kind, f.quantity.value, f.quantity.upper))
            .collect()
    }

    #[test]
    fn a_unit_written_once_after_a_range_or_a_change_is_both_ends_unit() {
        // a range: one figure, both ends in dollars
        for text in [
            "Freight fell 15-20 cents a bushel.",
            "It costs between 15 and 20 cents.",
        ] {
            assert_eq!(read(text), [(Kind::Money, 0.15, Some(0.2))], "{text:?}");
        }
        // "to" without a word announcing a range: two figures, the first in cents too
        assert_eq!(
            read("It cuts freight by 15 to 20 cents a bushel."),
            [(Kind::Money, 0.15, None), (Kind::Money, 0.2, None)]
        );
        assert_eq!(
            read("The rate rose from 15 to 20 percent."),
            [(Kind::Percent, 15.0, None), (Kind::Percent, 20.0, None)]
        );
        // a scale written once: both ends scaled, unless that passes the second end
        assert_eq!(
            read("Output fell from 5 to 4 million."),
            [(Kind::Number, 5e6, None), (Kind::Number, 4e6, None)]
        );
        assert_eq!(
            read("It is between 3 and 4 million tons."),
            [(Kind::Number, 3e6, Some(4e6))]
        );
        assert_eq!(
            read("The count grew from 300 to 4 million."),
            [(Kind::Number, 300.0, None), (Kind::Number, 4e6, None)]
        );
        // a pair that is not a range leaves its first figure as written
        assert_eq!(
            read("It was between 50 and 10 cents."),
            [(Kind::Number, 50.0, None), (Kind::Money, 0.1, None)]
        );
    }

    #[test]
    fn a_record_named_so_is_two_figures_whichever_side_is_higher() {
        let values = |text: &str| -> Vec<(String, f64, Option<f64>)> {
            figs(text)
                .into_iter()
                .map(|f| (f.text, f.quantity.value, f.quantity.upper))
                .collect()
        };
        for (text, wins, losses) in [
            ("The club went 76-62 this year.", 76.0, 62.0),
            ("The team went 61-77 last year.", 61.0, 77.0),
            ("They finished 40-42 again.", 40.0, 42.0),
            ("July ended with a 15-9 record.", 15.0, 9.0),
            ("September brought a 7-2 finish.", 7.0, 2.0),
            // a label's colon between the word and the pair
            ("Record: 15-9 in July.", 15.0, 9.0),
        ] {
            assert_eq!(
                values(text),
                [
                    (wins.to_string(), wins, None),
                    (losses.to_string(), losses, None)
                ],
                "{text:?}"
            );
        }
        // without a word for a record, an "A-B" keeps its first side, or is a range
        assert_eq!(
            values("It was 76-62 at the break."),
            [("76".into(), 76.0, None)]
        );
        assert_eq!(
            values("It costs 61-77 dollars."),
            [("61-77 dollars".into(), 61.0, Some(77.0))]
        );
    }

    #[test]
    fn a_tally_after_its_verb_and_a_comma_is_two_figures() {
        for text in [
            "The council approved the budget, 5-2.",
            "The board adopts the plan, 4-1, on Monday.",
            "The county passes its levy, 6-3.",
        ] {
            let texts: Vec<String> = figs(text).into_iter().map(|f| f.text).collect();
            assert_eq!(texts.len(), 2, "{text:?}: {texts:?}");
        }
        // not without a word of voting
        let texts: Vec<String> = figs("It was close at the break, 5-2.")
            .into_iter()
            .map(|f| f.text)
            .collect();
        assert_eq!(texts, ["5"]);
    }

    #[test]
    fn tallies_listed_after_the_first_are_two_figures_each() {
        let texts: Vec<String> = figs(
            "The council voted 8-0 for the lane, 6-2 for a subsidy and 5-3 to raise\nthe price.",
        )
        .into_iter()
        .map(|f| f.text)
        .collect();
        assert_eq!(texts, ["8", "0", "6", "2", "5", "3"]);
        // not after another sentence's tally, nor without one
        for text in [
            "The council voted 8-0. The team led at the break, 6-2 and 5-3 at the end.",
            "The team led at the break, 6-2 and 5-3 at the end.",
        ] {
            let texts: Vec<String> = figs(text).into_iter().map(|f| f.text).collect();
            assert!(!texts.contains(&"2".to_string()), "{text:?}: {texts:?}");
        }
    }

    #[test]
    fn a_range_written_with_to_after_a_word_that_announces_it() {
        let q = is(
            "earnings per share in the range of $1.30 to $1.40 for the quarter",
            "$1.30 to $1.40",
            1.3,
            Kind::Money,
        );
        assert_eq!(q.upper, Some(1.4));
        let q = is(
            "Adjusted EBITDA guidance remains at $475 million to $485 million",
            "$475 million to $485 million",
            4.75e8,
            Kind::Money,
        );
        assert_eq!(q.upper, Some(4.85e8));
        let q = is(
            "within our 3% to 5% long-term target range",
            "3% to 5%",
            3.0,
            Kind::Percent,
        );
        assert_eq!(q.upper, Some(5.0));
        let q = is(
            "we expect sales to grow by 6% to 9%",
            "6% to 9%",
            6.0,
            Kind::Percent,
        );
        assert_eq!(q.upper, Some(9.0));
    }

    #[test]
    fn to_ends_a_change_unless_a_range_is_announced() {
        let no_range = |text: &str| {
            assert!(
                figs(text).iter().all(|f| f.quantity.upper.is_none()),
                "{text}"
            );
        };
        no_range("sales rose 4% to 7%");
        no_range("the count fell from 58 to 40");
        // announced, but the ends differ in kind or scale
        no_range("we expect revenue of $3 million to 5 customers");
        no_range("guidance of $300 million to $1.2 billion");
        // announced, but a change: "by" a little "to" a lot
        no_range("the bank is expected to cut rates by 0.25% to 4.5%");
        no_range("expected to fall from 58 to 40");
        let q = is(
            "estimates ranging from 5 to 7 tonnes",
            "5 to 7",
            5.0,
            Kind::Number,
        );
        assert_eq!(q.upper, Some(7.0));
        assert_eq!(q.unit.as_deref(), Some("tonnes"));
    }
}
