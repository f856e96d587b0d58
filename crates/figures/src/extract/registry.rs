//! The ordered lists the scanner runs: which recognizers may start a figure, and which
//! extensions then read what is written around it.
//!
//! A new way of writing a figure is a new recognizer (a file beside this one, with its
//! tests) and one line here; nothing else in the scanner changes. Order matters where
//! two recognizers could read the same start: the first that returns a figure wins.

use super::*;

/// One way of writing a figure.
pub(super) struct Recognizer {
    /// What it reads, for humans and for `ARCHITECTURE.md`.
    #[allow(dead_code)]
    pub(super) name: &'static str,
    /// Reads a figure starting at `at`, whose first character is `c` (any minus sign is
    /// already read). `bare` is set for claim-language quantities, which have no prose
    /// around them to check.
    pub(super) read: fn(&mut Scanner<'_>, usize, char, bool) -> Option<Found>,
}

/// Tried in this order at every position where a figure may start.
pub(super) const RECOGNIZERS: &[Recognizer] = &[
    Recognizer {
        name: "time of day: 1:34 PM, 9 a.m., at 14:30",
        read: |s, at, c, bare| c.is_ascii_digit().then(|| s.time_at(at, bare)).flatten(),
    },
    Recognizer {
        name: "length of time on a stopwatch: 2:09:41, won by 0:38, 1:02.35",
        read: |s, at, c, bare| {
            c.is_ascii_digit()
                .then(|| s.clock_duration_at(at, bare))
                .flatten()
        },
    },
    Recognizer {
        name: "a count of a count: one in five, 1 in 4, two out of three",
        read: |s, at, c, bare| s.one_in_at(at, c, bare),
    },
    Recognizer {
        name: "fraction with a slash: 1/5 of voters, about 3/4",
        read: |s, at, c, _| s.slash_fraction_at(at, c),
    },
    Recognizer {
        name: "an age by its decade: in their 70s, in his early 40s",
        read: |s, at, c, _| s.age_decade_at(at, c),
    },
    Recognizer {
        name: "digits: 32, 1,234.5, .5, 3rd, 40%, 5 million, 10x, 3만 명",
        read: |s, at, c, bare| {
            (c.is_ascii_digit() || c == '.')
                .then(|| s.numeric_at(at, None, bare))
                .flatten()
        },
    },
    Recognizer {
        name: "rank with a number sign: #3",
        read: |s, at, c, _| (c == '#').then(|| s.number_sign_rank_at(at)).flatten(),
    },
    Recognizer {
        name: "money with the currency first: $9.06 billion, US$ 5, USD115, ₩1 trillion",
        // Every prefix and ISO code opens with a capital or a sign: most words are not
        // worth comparing with each of them.
        read: |s, at, c, bare| {
            (!c.is_lowercase())
                .then(|| s.currency_prefixed_at(at, bare))
                .flatten()
        },
    },
    Recognizer {
        name: "money with a currency word first: ringgit 42, Malaysian ringgit 42",
        read: |s, at, c, bare| s.currency_word_first_at(at, c, bare),
    },
    Recognizer {
        name: "a vulgar fraction glyph: ¼, ½",
        read: |s, at, c, _| s.vulgar_fraction_at(at, c),
    },
    Recognizer {
        name: "hundreds said in two parts: nineteen eighty-eight, twenty-one fifty tonnes",
        read: |s, at, c, _| {
            c.is_alphabetic()
                .then(|| s.spoken_hundreds_at(at))
                .flatten()
        },
    },
    Recognizer {
        name: "one unit and a half: a year and a half, an hour and a half",
        read: |s, at, c, _| s.a_unit_and_a_half_at(at, c),
    },
    Recognizer {
        name: "words: thirty-two, half a million, a third, twenty-fifth, minus five",
        read: |s, at, c, bare| {
            c.is_alphabetic()
                .then(|| s.words_figure_at(at, bare))
                .flatten()
        },
    },
];

/// What may be written around a figure in prose, read after a recognizer has found it,
/// in this order (each sees what the ones before it added).
pub(super) struct Extension {
    #[allow(dead_code)]
    pub(super) name: &'static str,
    pub(super) apply: fn(&Scanner<'_>, &mut Found),
}

pub(super) const EXTENSIONS: &[Extension] = &[
    Extension {
        name: "decimal comma after a currency sign: €3,50",
        apply: |s, f| s.decimal_comma_after(f),
    },
    Extension {
        name: "hedge before: about 500, nearly 30%, x>10",
        apply: |s, f| {
            if f.quantity.hedge.is_none() {
                f.quantity.hedge = s.hedge_before(f.start);
            }
        },
    },
    Extension {
        name: "ratio to one: about four to one, nearly 6-to-1, a margin of 3 to 1",
        apply: |s, f| s.ratio_to_one(f),
    },
    Extension {
        name: "unit after a count: 500,000 barrels, a 3-inch screen",
        apply: |s, f| s.count_unit(f),
    },
    Extension {
        name: "a span, not a bound: $69 million over three years",
        apply: |s, f| s.over_a_span(f),
    },
    Extension {
        name: "cents after an amount: 3 dollars 50 cents, $20 and 43c",
        apply: |s, f| s.cents_after(f),
    },
    Extension {
        name: "duration in parts: two hours, eleven minutes and five seconds; 4 min 38 sec",
        apply: |s, f| s.duration_in_parts(f),
    },
    Extension {
        name: "range: 20-30, 5-7%",
        apply: |s, f| s.range_after(f),
    },
    Extension {
        name: "range: in the range of $1.30 to $1.40",
        apply: |s, f| s.to_range_after(f),
    },
    Extension {
        name: "rate: per 10,000 workers, a year",
        apply: |s, f| s.per_after(f),
    },
    Extension {
        name: "range: between 20 and 30",
        apply: |s, f| s.between_before(f),
    },
    Extension {
        name: "age: Harold Brennan, 71, said; a 71-year-old; aged 64",
        apply: |s, f| s.age(f),
    },
    Extension {
        name: "hedge after: 500 or more, 65 or older",
        apply: |s, f| {
            // "about 500 or more": the bound after the figure is the stronger claim
            if matches!(f.quantity.hedge, None | Some(Hedge::About | Hedge::Nearly))
                && let Some(h) = s.hedge_after(f)
            {
                f.quantity.hedge = Some(h);
            }
        },
    },
];
