//! Fractions: "a third", "three quarters", "¼".

use super::*;

impl<'t> Scanner<'t> {
    /// "¼": a vulgar fraction glyph, written back as the glyph, not "0.25" (see `render`).
    pub(super) fn vulgar_fraction_at(&self, at: usize, c: char) -> Option<Found> {
        let v = vulgar_fraction(c)?;
        Some(Found {
            start: at,
            end: at + c.len_utf8(),
            quantity: quantity(
                v,
                Kind::Fraction,
                0.01,
                Style {
                    suffix: Some(c.to_string()),
                    ..Style::default()
                },
            ),
        })
    }

    /// "1/5 of voters", "about 3/4": a fraction written with a slash. Slashes also write
    /// dates ("on 1/5"), ratios, scores ("20/100 on the test") and identifiers, so a slash
    /// makes a fraction only with a proper fraction (numerator below the denominator),
    /// nothing else glued to it, and "of" after it or a hedge before it.
    pub(super) fn slash_fraction_at(&self, at: usize, c: char) -> Option<Found> {
        if !c.is_ascii_digit()
            || self.text[self.range_start..at]
                .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | ','))
        {
            return None;
        }
        let rest = self.rest(at);
        let num_len = rest.find(|c: char| !c.is_ascii_digit())?;
        let after_num = &rest[num_len..];
        let den_part = after_num.strip_prefix('/')?;
        let den_len = den_part
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(den_part.len());
        if !(1..=3).contains(&num_len) || !(1..=3).contains(&den_len) {
            return None;
        }
        let end = at + num_len + 1 + den_len;
        if self
            .peek(end)
            .is_some_and(|c| is_word_char(c) || c == '/' || c == '-' || c == '%')
            || self.peek(end) == Some('.') && self.peek(end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        // "1/09", "01/5": a leading zero writes a date, not a fraction
        if rest.starts_with('0') || den_part.starts_with('0') {
            return None;
        }
        let num: f64 = rest[..num_len].parse().ok()?;
        let den: f64 = den_part[..den_len].parse().ok()?;
        if num <= 0.0 || num >= den {
            return None;
        }
        let of_after = self.next_word(end).is_some_and(|(w, _, _)| w == "of");
        // a hedge only before a common fraction: "around 3/15" is a date
        let hedged = self.hedge_before(at).is_some() && (den <= 12.0 || den == 100.0);
        if !(of_after || hedged) {
            return None;
        }
        Some(Found {
            start: at,
            end,
            quantity: quantity(
                num / den,
                Kind::Fraction,
                0.0001,
                Style {
                    suffix: Some(format!("/{}", &den_part[..den_len])),
                    ..Style::default()
                },
            ),
        })
    }

    pub(super) fn fraction_at(&self, i: usize, lw: &str, w_end: usize) -> Option<Found> {
        let numerator = match lw {
            "a" | "an" | "one" => 1.0,
            _ => lexicon::small_number(lw).filter(|v| (2.0..=9.0).contains(v))?,
        };
        let j = if self.peek(w_end) == Some('-') {
            w_end + 1
        } else {
            self.skip_ws(w_end)
        };
        if j == w_end {
            return None;
        }
        let (dw, de) = self.word_at(j)?;
        // in any case, as the numerator is: "One Third", "a billionTH"
        let (denom, plural) = denominator(&Self::lower(dw))?;
        if (numerator == 1.0) == plural {
            return None;
        }
        // "a quarter million", "three quarters billion", "a quarter of a million": a
        // fraction of a scale.
        let mut scale_from = de;
        if let Some(("of", _, oe)) = self.next_word(de)
            && let Some(("a" | "an", _, ae)) = self.next_word(oe)
            && self.next_word(ae).is_some_and(|(sw, _, _)| {
                lexicon::scale_word(&sw.to_lowercase()).is_some_and(|s| s >= 1e3)
            })
        {
            scale_from = ae;
        }
        if let Some((sw, _, se)) = self.next_word(scale_from)
            && let Some(scale) = lexicon::scale_word(&sw.to_lowercase()).filter(|s| *s >= 1e3)
            && !self.peek(se).is_some_and(|c| is_word_char(c) || c == '-')
        {
            let v = numerator / denom * scale;
            let mut f = self.words_tail(i, v, se, scale / 100.0);
            // written back as a fraction of this scale (see `render`)
            f.quantity.style.scale = Some(format!(" {}", sw.to_lowercase()));
            return Some(f);
        }
        // "a year and a half": the tail of a mixed number this scanner did not read. Not
        // after a comma's "and", which joins clauses: "a fifth of it, and a quarter of
        // the state's".
        if matches!(lw, "a" | "an")
            && self.words_before(i, 1).first().is_some_and(|(w, at)| {
                w == "and"
                    && !self
                        .text
                        .get(self.range_start..*at)
                        .is_some_and(|t| t.trim_end().ends_with(','))
            })
        {
            return None;
        }
        // "a third round" is an ordinal; a fraction is followed by "of", ends a phrase,
        // or is followed by a word that starts another ("by a quarter last year", "a
        // third in 2024"), though not by "and" ("a third and final round") or a time's
        // "to"/"past" ("a quarter to five").
        if numerator == 1.0 {
            let next = self.next_word(de).map(|(w, _, _)| w);
            let ends = self
                .rest(de)
                .trim_start()
                .starts_with(|c: char| ",.;:)!?—–".contains(c))
                || self.rest(de).trim().is_empty();
            let opens_another = next.is_some_and(|w| {
                matches!(
                    w,
                    "in" | "on"
                        | "as"
                        | "at"
                        | "by"
                        | "for"
                        | "from"
                        | "since"
                        | "over"
                        | "during"
                        | "after"
                        | "before"
                        | "between"
                        | "compared"
                        | "last"
                        | "this"
                        | "next"
                        | "with"
                        | "among"
                        | "than"
                        | "under"
                ) || FRACTION_FOLLOWERS.contains(&w)
            });
            // "grew by nearly a quarter and now brings in": a change by a fraction, whatever
            // follows it
            let by = self.words_before(i, 3).iter().any(|(w, _)| w == "by");
            if next != Some("of") && !ends && !opens_another && !by {
                return None;
            }
        }
        Some(Found {
            start: i,
            end: de,
            quantity: in_words(numerator / denom, Kind::Fraction, 0.01),
        })
    }
}

/// Words after "a third" that make it a fraction rather than an ordinal before its noun:
/// a verb it is the subject of ("roughly a third were cast in person") or a comparative it
/// measures ("costs a third more", "a room about a third smaller").
const FRACTION_FOLLOWERS: &[&str] = &[
    "was", "were", "is", "are", "will", "would", "came", "went", "voted", "said", "live", "lived",
    "more", "less", "fewer", "larger", "smaller", "bigger", "higher", "lower", "greater",
    "cheaper", "longer", "shorter", "faster", "slower", "wider",
];

/// A fraction's denominator word and whether it is plural: "thirds" is (3, true),
/// "half" (2, false).
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    let plural = w.ends_with('s');
    let d = match w.strip_suffix('s').unwrap_or(w) {
        "half" if !plural => 2.0,
        "quarter" => 4.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        // third … tenth, hundredth: the ordinal words, as denominators.
        ordinal => {
            lexicon::ordinal_word(ordinal).filter(|v| (3.0..=10.0).contains(v) || *v == 100.0)?
        }
    };
    Some((d, plural))
}

/// The vulgar-fraction characters and their values: read by [`vulgar_fraction`], and
/// searched by value when a figure written with one is written again.
pub(super) const VULGAR_FRACTIONS: [(char, f64); 15] = [
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
];

/// The value of a vulgar-fraction character: '½' is 0.5.
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    VULGAR_FRACTIONS
        .iter()
        .find(|(g, _)| *g == c)
        .map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{is, none};
    use crate::quantity::Kind;

    #[test]
    fn fractions_with_a_slash() {
        let q = is("Only 1/5 of voters agreed.", "1/5", 0.2, Kind::Fraction);
        assert_eq!(q.render(0.4), "2/5");
        assert_eq!(q.render(1.0 / 3.0), "1/3");
        is("20/100 of the seats", "20/100", 0.2, Kind::Fraction);
        is("about 3/4 said yes", "3/4", 0.75, Kind::Fraction);
        // dates, scores, ratios and identifiers stay what they are
        none("We met on 1/5 again.");
        none("He scored 20/100 on the test.");
        none("open 24/7 of course");
        none("see 5/17/2018 of the minutes");
        none("the ratio 3/4/5 of sides");
        none("We meet around 3/15 or so.");
    }

    #[test]
    fn a_fraction_after_a_clause_joining_and() {
        is(
            "It landed most of it, and a quarter of the state's catch.",
            "a quarter",
            0.25,
            Kind::Fraction,
        );
    }

    #[test]
    fn a_fraction_before_another_phrase() {
        is(
            "We cut outage time by more than a quarter last year.",
            "a quarter",
            0.25,
            Kind::Fraction,
        );
        is(
            "Costs fell by a third in May.",
            "a third",
            1.0 / 3.0,
            Kind::Fraction,
        );
        is(
            "a third as many seats",
            "a third",
            1.0 / 3.0,
            Kind::Fraction,
        );
        // an ordinal before its noun, and a time, are no fractions
        let fractions = |t: &str| {
            crate::extract(t, crate::Format::Plain)
                .into_iter()
                .filter(|f| f.quantity.kind == Kind::Fraction)
                .count()
        };
        assert_eq!(fractions("It was a third and final round."), 0);
        assert_eq!(fractions("He won a third straight term."), 0);
        // the subject of a verb, a comparative's measure, before a companion: fractions
        for text in [
            "Roughly a third were cast in person.",
            "Ours costs a third more for an eighth more storage.",
            "The theatre, a room about a third smaller, seats 1,450.",
            "It was about a third with 2.7 left.",
        ] {
            assert_eq!(
                fractions(text),
                1 + usize::from(text.contains("eighth")),
                "{text}"
            );
        }
        assert_eq!(fractions("They met at a quarter to five."), 0);
        // a change by a fraction, though "and" follows
        assert_eq!(
            fractions("Film concerts grew by nearly a quarter and now bring in more."),
            1
        );
    }

    #[test]
    fn fractions_of_a_scale() {
        is(
            "A quarter of a million people came.",
            "A quarter of a million",
            250_000.0,
            Kind::Number,
        );
        is(
            "two thirds of a million",
            "two thirds of a million",
            2e6 / 3.0,
            Kind::Number,
        );
        is(
            "a quarter million",
            "a quarter million",
            250_000.0,
            Kind::Number,
        );
    }

    #[test]
    fn half_a_point() {
        is(
            "Rates rose by half a percentage point.",
            "half a percentage point",
            0.5,
            Kind::PercentagePoints,
        );
        is("up half a percent", "half a percent", 0.5, Kind::Percent);
        is(
            "The rate was cut by half a point.",
            "half a point",
            0.5,
            Kind::PercentagePoints,
        );
        // a point of view is no percentage point
        is("half a point of view", "half", 0.5, Kind::Fraction);
    }
}
