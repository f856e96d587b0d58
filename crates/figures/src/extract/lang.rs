//! Languages other than English, chosen by script. English is the scanner's base: its
//! words are in `lexicon/` and its forms are the recognizers in `registry.rs`. Another
//! language adds what it writes *around* digits (counters, scales, hedges); adding one is
//! a module beside `korean.rs`, its word list in `lexicon/`, and one entry here.

use super::*;

/// What a language module reads.
pub(super) struct Language {
    #[allow(dead_code)]
    pub(super) name: &'static str,
    /// Whether a character is written in this language's script.
    pub(super) script: fn(char) -> bool,
    /// A counter, scale or unit right after digits: (scanner, figure start, digits end,
    /// value, precision, style so far).
    pub(super) after_digits: fn(&Scanner<'_>, usize, usize, f64, f64, &Style) -> Option<Found>,
    /// A hedge written right before a figure starting at the given position.
    pub(super) hedge_before: fn(&Scanner<'_>, usize) -> Option<Hedge>,
}

pub(super) const LANGUAGES: &[Language] = &[Language {
    name: "Korean",
    script: korean::is_hangul,
    after_digits: |s, start, end, value, precision, style| {
        s.korean_after_digits(start, end, value, precision, style)
    },
    hedge_before: |s, start| s.korean_hedge_before(start),
}];

/// The language whose script `c` is written in, if it is not English.
pub(super) fn language_of(c: char) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| (l.script)(c))
}

impl<'t> Scanner<'t> {
    /// Whatever the language of the text right after digits ending at `end` writes there.
    pub(super) fn after_digits_in_language(
        &self,
        start: usize,
        end: usize,
        value: f64,
        precision: f64,
        style: &Style,
    ) -> Option<Found> {
        let lang = language_of(self.peek(end)?)?;
        (lang.after_digits)(self, start, end, value, precision, style)
    }

    /// A hedge before `start` in the language of the word before it.
    pub(super) fn hedge_before_in_language(&self, start: usize) -> Option<Hedge> {
        let before = self.text[self.range_start..start].trim_end();
        let lang = language_of(before.chars().next_back()?)?;
        (lang.hedge_before)(self, start)
    }
}
