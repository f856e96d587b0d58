//! Ranges and bounds: "20-30", "between 20 and 30", "from 58 to 40".

use super::*;

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
        let mut low = fq.value;
        let mut precision = fq.precision;
        if scale_at_end && let Some(factor) = sq.style.scale.as_deref().and_then(scale_factor) {
            (low, precision) = scaled_by(low, precision, factor);
        }
        if sq.value <= low {
            return; // "5-3" is a score, not a range
        }
        let q = &mut f.quantity;
        if unit_at_end {
            q.kind = sq.kind;
            q.unit.clone_from(&sq.unit);
            q.style.suffix.clone_from(&sq.style.suffix);
        }
        if scale_at_end {
            q.style.scale.clone_from(&sq.style.scale);
        }
        q.value = low;
        q.precision = precision;
        q.upper = Some(sq.value);
        f.end = second.end;
        if q.kind == Kind::Number && q.unit.is_none() {
            q.unit = self.unit_after(second.end, false);
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
        let mut high = second.quantity.value;
        // "between 20 and 30%": the unit is written once, at the end
        if f.quantity.kind == Kind::Number && second.quantity.kind != Kind::Number {
            f.quantity.kind = second.quantity.kind;
            f.quantity.unit = second.quantity.unit.clone();
            f.quantity.style.suffix = second.quantity.style.suffix.clone();
            f.quantity.style.prefix = f.quantity.style.prefix.clone().or(second
                .quantity
                .style
                .prefix
                .clone());
            if let (None, Some(s)) = (&f.quantity.style.scale, &second.quantity.style.scale)
                && let Some(factor) = scale_factor(s)
            {
                f.quantity.value *= factor;
                f.quantity.precision *= factor;
                f.quantity.style.scale = Some(s.clone());
            }
            high = second.quantity.value;
        }
        if high > f.quantity.value {
            f.quantity.upper = Some(high);
            f.end = second.end;
            if f.quantity.unit.is_none() {
                f.quantity.unit = self.unit_after(second.end, false);
            }
        }
    }
}
