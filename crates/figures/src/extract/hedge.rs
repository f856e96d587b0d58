//! Hedges written around a figure: "about 500", "x>10", "500 or more".

use super::*;

impl<'t> Scanner<'t> {
    /// The hedge written just before `start`, if any.
    pub(super) fn hedge_before(&self, start: usize) -> Option<Hedge> {
        if let Some(h) = self.hedge_before_in_language(start) {
            return Some(h);
        }
        let before = self.text[self.range_start..start].trim_end();
        if before.ends_with('~') || before.ends_with('≈') {
            return Some(Hedge::About);
        }
        // "x>10", "≥ 30"; but "<>30" is not a bound, and "->", "=>" are arrows.
        if !["<>", "->", "=>", "=<"].iter().any(|a| before.ends_with(a)) {
            for (sign, hedge) in SIGN_HEDGES {
                if before.ends_with(sign) {
                    return Some(*hedge);
                }
            }
        }
        let longest = HEDGES.iter().map(|(p, _)| p.len()).max().unwrap_or(1);
        let words = self.words_before(start, longest);
        'outer: for (phrase, hedge) in HEDGES {
            if phrase.len() > words.len() {
                continue;
            }
            for (k, w) in phrase.iter().rev().enumerate() {
                if words[k].0 != *w {
                    continue 'outer;
                }
            }
            return Some(*hedge);
        }
        None
    }

    /// "cost $69 million over three years", "raises of 15% over five years": "over"
    /// between an amount and a stretch of time is the span the amount accrues in, not
    /// "more than" (as in "over 100 stores" or "it took over three years").
    pub(super) fn over_a_span(&self, f: &mut Found) {
        if f.quantity.hedge != Some(Hedge::MoreThan)
            || !f
                .quantity
                .unit
                .as_deref()
                .is_some_and(super::numeric::is_time_word)
        {
            return;
        }
        let words = self.words_before(f.start, 1);
        let Some((w, at)) = words.first() else {
            return;
        };
        if w != "over" {
            return;
        }
        let before = self.text[self.range_start..*at].trim_end();
        let amount = before.ends_with(|c: char| c.is_ascii_digit() || c == '%')
            || [
                "million", "billion", "thousand", "trillion", "bn", "percent",
            ]
            .iter()
            .any(|s| before.ends_with(s));
        if amount {
            f.quantity.hedge = None;
        }
    }

    /// A hedge written after the figure: "65 or older", "500 or more".
    pub(super) fn hedge_after(&self, f: &Found) -> Option<Hedge> {
        self.hedge_after_end(f.end)
    }

    /// A hedge written after a figure that ends at `end`.
    pub(super) fn hedge_after_end(&self, end: usize) -> Option<Hedge> {
        'outer: for (phrase, hedge) in TRAILING_HEDGES {
            let mut i = end;
            for w in phrase.iter() {
                match self.next_word(i) {
                    Some((nw, ws, we)) if ws > i && nw.eq_ignore_ascii_case(w) => i = we,
                    _ => continue 'outer,
                }
            }
            // "500 or more robots" still; "10 or more than 20" is two figures
            if self.next_word(i).is_some_and(|(nw, _, _)| nw == "than") {
                return None;
            }
            return Some(*hedge);
        }
        None
    }
}
