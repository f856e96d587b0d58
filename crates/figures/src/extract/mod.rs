//! The figure scanner: prose in, [`Figure`]s out.
//!
//! A hand-written scanner rather than a regex soup, because most of the work is deciding
//! what is *not* a figure: "Exaone 4.0" and "GPT-4" are names, "192.168.1.2" is an
//! address, "2." at the start of a heading is a section number. Each rule below names the
//! false alarm it prevents.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::lexicon::{
    self, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, HEDGES, SIGN_HEDGES, TRAILING_HEDGES,
};
mod age;
mod age_decade;
mod and_a_half;
pub use age::AGE_UNIT;
mod cardinal;
mod currency_word_first;
mod cursor;
mod digits;
mod duration;
mod fraction;
mod hedge;
mod korean;
mod lang;
mod money;
mod not_a_figure;
mod numeric;
mod one_in;
mod opening_hours;
mod ordinal;
mod range;
mod rate;
mod ratio;
mod registry;
mod render;
mod spoken;
#[cfg(test)]
mod tests;
mod time;
mod units;
mod words;

use digits::*;
use fraction::*;
use money::*;
use not_a_figure::*;
use numeric::*;
use ordinal::*;
use registry::{EXTENSIONS, RECOGNIZERS};

pub use ordinal::rank_in_digits;
pub(crate) use render::render;

use crate::prose::ProseRange;
use crate::quantity::{Hedge, Kind, ParsedQuantity, Per, Quantity, Style};

/// One figure found in a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Byte range in the text the figure was extracted from. A hedge ("about") is not
    /// part of it; a currency sign, scale word or percent sign is.
    pub start: usize,
    pub end: usize,
    /// The figure as written.
    pub text: String,
    pub quantity: Quantity,
}

/// Every figure in `text`, in order.
pub fn extract(text: &str, format: crate::Format) -> Vec<Figure> {
    let ranges = crate::prose_ranges(text, format);
    let mut figures = extract_in(text, &ranges);
    // A table's header gives its cells' scale and whether they are percentages. A number
    // word in a header names the column ("Three-pointers made", "Top five share"): it is
    // no count of anything, and a box score's every "three" would find it.
    if text.contains('|') {
        let (cells, headers) = crate::table::tables(text);
        figures.retain(|f| {
            f.text.contains(|c: char| c.is_ascii_digit())
                || !headers.iter().any(|h| h.start <= f.start && f.end <= h.end)
        });
        for f in &mut figures {
            if let Some(c) = crate::table::cell_at(&cells, f.start, f.end)
                && !c.is_label
            {
                crate::table::apply_header(c.measure(), &mut f.quantity);
            }
        }
    }
    figures
}

/// Whether some number in `text` is written with a comma between its thousands and
/// hundreds ("21,760", "$1,200"): one pass over the bytes.
fn groups_thousands(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(3)).any(|i| {
        b[i] == b','
            && b[i - 1].is_ascii_digit()
            && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Every figure inside the given prose ranges of `text`.
pub fn extract_in(text: &str, ranges: &[ProseRange]) -> Vec<Figure> {
    let mut out = Vec::new();
    let groups_thousands = groups_thousands(text);
    for r in ranges {
        let end = r.range.end.min(text.len());
        if r.range.start >= end || !text.is_char_boundary(r.range.start) {
            continue;
        }
        Scanner {
            text,
            lim: end,
            range_start: r.range.start,
            heading_start: r.heading_start,
            skipped_name_end: None,
            groups_thousands,
        }
        .scan(r.range.start, &mut out);
    }
    out
}

/// Parses a quantity at the start of `s` (the claim language's quantity syntax).
pub(crate) fn parse_at_start(s: &str) -> Option<ParsedQuantity> {
    let mut sc = Scanner {
        text: s,
        lim: s.len(),
        range_start: 0,
        heading_start: false,
        skipped_name_end: None,
        groups_thousands: false,
    };
    let (hedge, at) = leading_hedge(s);
    let mut found = sc.figure_at(at, true)?;
    if found.quantity.hedge.is_none() {
        found.quantity.hedge = hedge;
    }
    Some(ParsedQuantity {
        quantity: found.quantity,
        len: found.end,
    })
}

fn leading_hedge(s: &str) -> (Option<Hedge>, usize) {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return (None, 0);
    }
    for (words, hedge) in HEDGES {
        let phrase = words.join(" ");
        if let Some(rest) = lower.strip_prefix(&phrase)
            && rest.starts_with(' ')
        {
            let at = phrase.len() + (rest.len() - rest.trim_start().len());
            return (Some(*hedge), at);
        }
    }
    (None, 0)
}

struct Found {
    start: usize,
    end: usize,
    quantity: Quantity,
}

struct Scanner<'t> {
    text: &'t str,
    lim: usize,
    range_start: usize,
    heading_start: bool,
    /// End of the last number skipped as part of a name ("Llama 3.1"), so that a number
    /// right after it ("405B") is read as part of the same name.
    skipped_name_end: Option<usize>,
    /// Whether the text groups the thousands of some number ("21,760"): its writer would
    /// write a count of 2,025 so, and a bare "2025 landings" is a year.
    groups_thousands: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Characters that may separate thousands: comma, thin space, narrow no-break space,
/// no-break space, and a plain space ("1 234 567", SI style), which [`parse_digits`]
/// accepts only where the groups cannot be two numbers side by side.
fn is_group_sep(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{2009}' | '\u{202F}' | '\u{00A0}')
}

/// The longest token, in bytes either side of a digit, that can hold a prose figure.
/// Longer runs without a space are data (see [`Scanner::is_part_of_identifier`]).
const MAX_TOKEN: usize = 256;

/// Characters that bound a token for the token-shape checks (URLs, versions, phones).
fn is_token_boundary(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '—' | '–'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '"'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '<'
                | '>'
        )
}

impl<'t> Scanner<'t> {
    fn scan(&mut self, from: usize, out: &mut Vec<Figure>) {
        let mut i = from;
        while i < self.lim {
            let Some(c) = self.text[i..self.lim].chars().next() else {
                break;
            };
            crate::work::step(1);
            let prev = self.text[self.range_start..i].chars().next_back();
            let starts_word = prev.is_none_or(|p| !is_word_char(p));
            // "+82 2 555 0134": an international phone number, spaces and all.
            if c == '+' && self.peek(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                let run: usize = self
                    .rest(i + 1)
                    .chars()
                    .take_while(|d| d.is_ascii_digit() || matches!(d, ' ' | '-' | '(' | ')' | '.'))
                    .map(char::len_utf8)
                    .sum();
                let digits = self.rest(i + 1)[..run]
                    .chars()
                    .filter(char::is_ascii_digit)
                    .count();
                if digits >= 7 {
                    i += 1 + self.rest(i + 1)[..run].trim_end().len();
                    continue;
                }
            }
            let candidate = starts_word
                && (c.is_ascii_digit()
                    || c.is_alphabetic()
                    || c == '#'
                    || vulgar_fraction(c).is_some()
                    || (c == '.' && self.peek(i + 1).is_some_and(|d| d.is_ascii_digit()))
                    || self.minus_sign_at(i).is_some()
                    || CURRENCY_PREFIXES
                        .iter()
                        .any(|(p, _)| self.rest(i).starts_with(p)));
            if candidate && let Some(f) = self.figure_at(i, false) {
                let text = self.text[f.start..f.end].to_string();
                let next = f.end.max(i + c.len_utf8());
                out.push(Figure {
                    start: f.start,
                    end: f.end,
                    text,
                    quantity: f.quantity,
                });
                i = next;
                continue;
            }
            // Inside a run too long to be prose (see `MAX_TOKEN`), jump to its end: asking
            // again at each of its characters would cost its length each time.
            if candidate && self.token_around(i).is_none() {
                while let Some(d) = self.peek(i) {
                    if is_token_boundary(d) {
                        break;
                    }
                    i += d.len_utf8();
                }
                continue;
            }
            // A number read as part of a name ("Exaone 4.0", "Y .5") is skipped whole, so
            // its tail is never entered as a figure of its own.
            if let Some(e) = self.skipped_name_end
                && e > i
            {
                i = e;
                continue;
            }
            // Skip the rest of a word so "H100" is never entered at "100".
            if is_word_char(c) {
                while let Some(d) = self.peek(i) {
                    if !is_word_char(d) {
                        break;
                    }
                    i += d.len_utf8();
                }
            } else {
                i += c.len_utf8();
            }
        }
    }

    /// A scanner over the same prose that reads a second figure (the far end of a range)
    /// without this one's heading and name state.
    fn fresh(&self) -> Scanner<'t> {
        Scanner {
            text: self.text,
            lim: self.lim,
            range_start: self.range_start,
            heading_start: false,
            skipped_name_end: None,
            groups_thousands: self.groups_thousands,
        }
    }

    /// Tries to read a figure that starts at byte `i`. `bare` is set for claim-language
    /// quantities, which have no surrounding prose to check.
    fn figure_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        // A minus sign, "-1.5%" or "−3", only where it cannot be a hyphen or dash that
        // joins two words or figures ("2019-2020", "COVID-19").
        let sign = self.minus_sign_at(i);
        let at = i + sign.map_or(0, char::len_utf8);
        let c = self.peek(at)?;
        if !bare && self.is_structural_number(at) {
            return None;
        }
        let mut found = RECOGNIZERS
            .iter()
            .find_map(|r| (r.read)(self, at, c, bare))?;
        if !bare && self.is_a_window(&found) {
            return None;
        }
        if sign.is_some() {
            // Only amounts have a sign; "-3rd" or "-2020" is something else.
            let signed = matches!(
                found.quantity.kind,
                Kind::Number
                    | Kind::Percent
                    | Kind::PercentagePoints
                    | Kind::Money
                    | Kind::Fraction
            );
            if !signed || found.start != at {
                return None;
            }
            found.quantity.value = -found.quantity.value;
            found.start = i;
        }
        if !bare {
            for extend in EXTENSIONS {
                (extend.apply)(self, &mut found);
            }
        }
        Some(found)
    }

    /// The minus sign at `i`, if one stands there before digits: at the start of the text
    /// or after a space, bracket, quote or comparison sign.
    fn minus_sign_at(&self, i: usize) -> Option<char> {
        let c = self.peek(i).filter(|c| matches!(c, '-' | '−'))?;
        if !self
            .peek(i + c.len_utf8())
            .is_some_and(|d| d.is_ascii_digit())
        {
            return None;
        }
        let prev = self.text[self.range_start..i].chars().next_back();
        prev.is_none_or(|p| p.is_whitespace() || "([{<>=:\"“'‘".contains(p))
            .then_some(c)
    }

    fn digits_at(&self, i: usize) -> Option<Digits> {
        parse_digits(self.text, i, self.lim)
    }
}

/// A quantity written in words ("five", "third", "twice").
fn in_words(value: f64, kind: Kind, precision: f64) -> Quantity {
    quantity(
        value,
        kind,
        precision,
        Style {
            words: true,
            ..Style::default()
        },
    )
}

fn quantity(value: f64, kind: Kind, precision: f64, style: Style) -> Quantity {
    Quantity {
        value,
        kind,
        unit: None,
        per: None,
        precision,
        hedge: None,
        upper: None,
        style,
    }
}

fn date(year: u32, month: u32, day: u32) -> Quantity {
    let mut q = in_words(f64::from(year * 10000 + month * 100 + day), Kind::Date, 1.0);
    q.style.prefix = Some(format!("{year:04}-{month:02}-{day:02}"));
    q
}

/// `value × factor`, rounded to the written precision so that "16.4 million" is exactly
/// 16,400,000 and not 16,399,999.999999998. Returns (value, precision).
fn scaled_by(value: f64, precision: f64, factor: f64) -> (f64, f64) {
    let v = value * factor;
    let p = precision * factor;
    if !(p > 0.0 && v.is_finite() && p.is_finite()) {
        return (v, p);
    }
    if p >= 1.0 {
        let p = p.round();
        ((v / p).round() * p, p)
    } else {
        let inv = (1.0 / p).round();
        ((v * inv).round() / inv, 1.0 / inv)
    }
}
