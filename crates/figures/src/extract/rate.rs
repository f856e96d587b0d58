//! Rates: "per 10,000 workers", "a year".

use super::*;

impl<'t> Scanner<'t> {
    /// "1,012 robots per 10,000 workers": the rate's denominator.
    pub(super) fn per_after(&self, f: &mut Found) {
        let mut i = f.end;
        if let Some(u) = &f.quantity.unit
            && let Some((w, _, we)) = self.next_word(i)
            && w == u
        {
            i = we;
        }
        let Some((w, _, we)) = self.next_word(i) else {
            return;
        };
        if w != "per" {
            return;
        }
        let j = self.skip_ws(we);
        let (base, e) = match self.digits_at(j) {
            Some(d) => (d.value, d.end),
            None => match self.word_at(j) {
                Some((w2, e2)) => (
                    lexicon::small_number(w2).unwrap_or(1.0),
                    if lexicon::small_number(w2).is_some() {
                        e2
                    } else {
                        j
                    },
                ),
                None => return,
            },
        };
        let unit = self
            .next_word(e)
            .map(|(w, _, _)| w.to_string())
            .filter(|w| !lexicon::is_stopword(w));
        f.quantity.per = Some(Per { base, unit });
    }
}
