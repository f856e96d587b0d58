//! The figure scanner: prose in, [`Figure`]s out.
//!
//! A hand-written scanner rather than a regex soup, because most of the work is deciding
//! what is *not* a figure: "Exaone 4.0" and "GPT-4" are names, "192.168.1.2" is an
//! address, "2." at the start of a heading is a section number. Each rule below names the
//! false alarm it prevents.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::lexicon::{self, CURRENCY_PREFIXES, HEDGES};
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
    extract_in(text, &ranges)
}

/// Every figure inside the given prose ranges of `text`.
pub fn extract_in(text: &str, ranges: &[ProseRange]) -> Vec<Figure> {
    let mut out = Vec::new();
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
            return (Some(hedge), at);
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
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Characters that may separate thousands: comma, thin space, narrow no-break space,
/// no-break space.
fn is_group_sep(c: char) -> bool {
    matches!(c, ',' | '\u{2009}' | '\u{202F}' | '\u{00A0}')
}

/// Characters that bound a token for the token-shape checks (URLs, versions, phones).
fn is_token_boundary(c: char) -> bool {
    c.is_whitespace() || "—–()[]{}\"“”‘’<>".contains(c)
}

impl<'t> Scanner<'t> {
    fn scan(&mut self, from: usize, out: &mut Vec<Figure>) {
        let mut i = from;
        while i < self.lim {
            let Some(c) = self.text[i..self.lim].chars().next() else {
                break;
            };
            let prev = self.text[self.range_start..i].chars().next_back();
            let starts_word = prev.is_none_or(|p| !is_word_char(p));
            let candidate = starts_word
                && (c.is_ascii_digit()
                    || c.is_alphabetic()
                    || "$£€₩¥₹#.".contains(c)
                    || (c == '.' && self.peek(i + 1).is_some_and(|d| d.is_ascii_digit())));
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

    fn peek(&self, i: usize) -> Option<char> {
        self.text.get(i..self.lim)?.chars().next()
    }

    fn rest(&self, i: usize) -> &'t str {
        self.text.get(i..self.lim).unwrap_or("")
    }

    /// The word (letters, and internal hyphens or apostrophes) starting at `i`.
    fn word_at(&self, i: usize) -> Option<(&'t str, usize)> {
        let rest = self.rest(i);
        let mut end = 0;
        for (k, c) in rest.char_indices() {
            if c.is_alphabetic() {
                end = k + c.len_utf8();
            } else {
                break;
            }
        }
        (end > 0).then(|| (&rest[..end], i + end))
    }

    /// Skips spaces (not a blank line) from `i`; returns the next non-space position.
    fn skip_ws(&self, i: usize) -> usize {
        let mut j = i;
        let mut newlines = 0;
        while let Some(c) = self.peek(j) {
            if c == '\n' {
                newlines += 1;
                if newlines > 1 {
                    return i;
                }
            } else if !c.is_whitespace() {
                break;
            }
            j += c.len_utf8();
        }
        j
    }

    /// The next word after optional whitespace: (word, start, end).
    fn next_word(&self, i: usize) -> Option<(&'t str, usize, usize)> {
        let j = self.skip_ws(i);
        if j == i && self.peek(i).is_some_and(|c| !c.is_whitespace()) && i != 0 {
            // no whitespace: only a word directly at i counts
        }
        let (w, e) = self.word_at(j)?;
        Some((w, j, e))
    }

    /// The words before `i` in this prose range, nearest first (lower-cased), stopping at
    /// punctuation other than an opening parenthesis or quote.
    fn words_before(&self, i: usize, n: usize) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        let s = &self.text[self.range_start..i];
        let mut end = s.len();
        while out.len() < n {
            let trimmed = s[..end].trim_end();
            let t_end = trimmed.len();
            let start = trimmed
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || *c == '.' || *c == '~' || *c == '≈')
                .last()
                .map(|(k, _)| k);
            let Some(start) = start else { break };
            if start == t_end {
                break;
            }
            out.push((
                trimmed[start..t_end].to_lowercase(),
                self.range_start + start,
            ));
            end = start;
        }
        out
    }

    /// The hedge written just before `start`, if any.
    fn hedge_before(&self, start: usize) -> Option<Hedge> {
        let before = self.text[self.range_start..start].trim_end();
        if before.ends_with('~') || before.ends_with('≈') {
            return Some(Hedge::About);
        }
        let words = self.words_before(start, 3);
        'outer: for (phrase, hedge) in HEDGES {
            if phrase.len() > words.len() {
                continue;
            }
            for (k, w) in phrase.iter().rev().enumerate() {
                if words[k].0 != *w {
                    continue 'outer;
                }
            }
            return Some(hedge);
        }
        None
    }

    /// The token (whitespace- and bracket-delimited) around byte `i`.
    fn token_around(&self, i: usize) -> Range<usize> {
        let mut s = i;
        for (k, c) in self.text[self.range_start..i].char_indices().rev() {
            if is_token_boundary(c) {
                break;
            }
            s = self.range_start + k;
        }
        let mut e = i;
        for (k, c) in self.rest(i).char_indices() {
            if is_token_boundary(c) {
                break;
            }
            e = i + k + c.len_utf8();
        }
        s..e
    }

    /// Rules that make a number part of something else: a URL, a version, a phone
    /// number, a model name. `i` is where the digits start.
    fn is_part_of_identifier(&self, i: usize) -> bool {
        let tok_range = self.token_around(i);
        let tok = self.text[tok_range.clone()]
            .trim_end_matches(|c: char| ".,;:!?'’*_".contains(c))
            .trim_start_matches(|c: char| "'‘*_".contains(c));
        if tok.contains("://") || tok.contains("www.") || tok.contains('@') || tok.contains('/') {
            return true;
        }
        let bytes: Vec<char> = tok.chars().collect();
        let between_digits = |sep: char| {
            bytes
                .windows(3)
                .filter(|w| w[0].is_ascii_digit() && w[1] == sep && w[2].is_ascii_digit())
                .count()
        };
        if between_digits('.') >= 2 || between_digits(':') >= 1 {
            return true;
        }
        // Domain-like: letters.letters
        if bytes
            .windows(3)
            .any(|w| w[0].is_ascii_alphabetic() && w[1] == '.' && w[2].is_ascii_lowercase())
            && !tok.contains("U.S")
        {
            return true;
        }
        let groups = between_digits('-');
        if groups >= 2 && !is_iso_date(tok) {
            return true;
        }
        // Phone numbers: 123-4567.
        if groups == 1 {
            let parts: Vec<&str> = tok.split('-').collect();
            if parts.len() == 2 && parts[0].len() == 3 && parts[1].len() == 4 {
                return true;
            }
        }
        // Letters glued before the digits: GPT-4, H100, v1.2, Motif-2-12.7B.
        let tok_start = tok_range.start
            + (self.text[tok_range.clone()].len()
                - self.text[tok_range.clone()]
                    .trim_start_matches(|c: char| "'‘*_".contains(c))
                    .len());
        let prefix = &self.text[tok_start.min(i)..i];
        if !prefix.is_empty() {
            let allowed = CURRENCY_PREFIXES
                .iter()
                .any(|(p, _)| p.trim_end() == prefix)
                || ["#", "~", "≈", "+", "-", "−", "±"].contains(&prefix);
            if !allowed && prefix.chars().any(|c| c.is_alphanumeric()) {
                return true;
            }
        }
        // A word that says what follows is an identifier.
        if let Some((w, _)) = self.words_before(i, 1).first()
            && matches!(
                w.as_str(),
                "isbn"
                    | "issn"
                    | "doi"
                    | "tel"
                    | "phone"
                    | "fax"
                    | "version"
                    | "v"
                    | "figure"
                    | "fig."
                    | "table"
                    | "chapter"
                    | "section"
                    | "page"
                    | "p."
                    | "pp."
                    | "step"
                    | "article"
                    | "rule"
                    | "room"
                    | "route"
            )
        {
            return true;
        }
        false
    }

    /// "Exaone 4.0", "Mi:dm K 2.5 Pro": a small plain number right after a capitalised
    /// word is part of a name.
    fn follows_name(&self, i: usize, digits: &Digits) -> bool {
        if digits.separator.is_some() || digits.int_digits > 3 {
            return false;
        }
        if let Some(end) = self.skipped_name_end
            && self.text[end..i].chars().all(|c| c == ' ')
            && end < i
        {
            return true;
        }
        let before = &self.text[self.range_start..i];
        let Some(stripped) = before.strip_suffix(' ') else {
            return false;
        };
        let word_start = stripped
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '-' | ':' | '.' | '_'))
            .last()
            .map(|(k, _)| k);
        let Some(ws) = word_start else { return false };
        let word = &stripped[ws..];
        let first = word.chars().next();
        if !first.is_some_and(|c| c.is_uppercase()) {
            return false;
        }
        // Function words and months start sentences and dates, not names.
        let not_names = [
            "In",
            "On",
            "By",
            "At",
            "Since",
            "From",
            "To",
            "Of",
            "For",
            "About",
            "Around",
            "Nearly",
            "Over",
            "Under",
            "Some",
            "Top",
            "Number",
            "No",
            "Just",
            "Only",
            "And",
            "Or",
            "With",
            "The",
            "A",
            "An",
            "Than",
            "Until",
            "Between",
            "Roughly",
            "Approximately",
            "Almost",
            "More",
            "Less",
            "Fewer",
            "Up",
            "Until",
            "After",
            "Before",
            "During",
            "Only",
            "All",
            "Scored",
            "Just",
            "Of",
        ];
        // Determiners and pronouns open noun phrases: "This 236-billion parameter model".
        let determiners = [
            "This", "These", "That", "Those", "It", "Its", "Their", "Our", "Each", "Every", "Both",
            "Many", "Another",
        ];
        !not_names.contains(&word) && !determiners.contains(&word) && lexicon::month(word).is_none()
    }

    /// Tries to read a figure that starts at byte `i`. `bare` is set for claim-language
    /// quantities, which have no surrounding prose to check.
    fn figure_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let c = self.peek(i)?;
        if !bare && self.is_structural_number(i) {
            return None;
        }
        let mut found = if c.is_ascii_digit() || c == '.' {
            self.numeric_at(i, None, bare)?
        } else if c == '#' {
            let d = self.digits_at(i + 1)?;
            if d.decimals > 0 {
                return None;
            }
            Found {
                start: i,
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
            }
        } else if let Some((prefix, code)) = CURRENCY_PREFIXES
            .iter()
            .find(|(p, _)| self.rest(i).starts_with(p))
        {
            if prefix.chars().next().is_some_and(|c| c.is_alphabetic()) {
                // "USD 5": letters must stand alone as a word
                if !bare
                    && self.text[self.range_start..i]
                        .chars()
                        .next_back()
                        .is_some_and(is_word_char)
                {
                    return None;
                }
            }
            let start_digits = i + prefix.len();
            if !self
                .peek(start_digits)
                .is_some_and(|d| d.is_ascii_digit() || d == '.')
            {
                return None;
            }
            self.numeric_at(start_digits, Some((i, prefix, code)), bare)?
        } else if c.is_alphabetic() {
            self.words_figure_at(i, bare)?
        } else {
            return None;
        };
        if !bare {
            if found.quantity.hedge.is_none() {
                found.quantity.hedge = self.hedge_before(found.start);
            }
            if matches!(found.quantity.kind, Kind::Number) && found.quantity.unit.is_none() {
                found.quantity.unit = self.unit_after(
                    found.end,
                    found
                        .quantity
                        .style
                        .scale
                        .as_deref()
                        .is_some_and(|s| s.starts_with('-')),
                );
            }
            self.range_after(&mut found);
            self.per_after(&mut found);
            self.between_before(&mut found);
        }
        Some(found)
    }

    /// Section numbers at the start of a heading, list markers at the start of a plain
    /// line, citation markers like "[12]", and denominators after "per".
    fn is_structural_number(&self, i: usize) -> bool {
        let before = &self.text[self.range_start..i];
        if self.heading_start && before.trim().is_empty() {
            return true;
        }
        let line_start = before.rfind('\n').map_or(0, |k| k + 1);
        if before[line_start..].trim().is_empty()
            && self.peek(i).is_some_and(|c| c.is_ascii_digit())
        {
            let rest = self.rest(i);
            let n = rest.chars().take_while(|c| c.is_ascii_digit()).count();
            let after = &rest[n..];
            if (after.starts_with(". ") || after.starts_with(") ")) && n <= 3 {
                return true;
            }
        }
        if before.ends_with('[')
            && self
                .rest(i)
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(']')
        {
            return true;
        }
        if let Some((w, _)) = self.words_before(i, 1).first()
            && w == "per"
        {
            return true;
        }
        false
    }

    fn digits_at(&self, i: usize) -> Option<Digits> {
        parse_digits(self.text, i, self.lim)
    }

    /// Digits and everything that may follow them: scale, percent, currency word,
    /// ordinal suffix, "times", "-fold".
    fn numeric_at(
        &mut self,
        i: usize,
        currency: Option<(usize, &str, &str)>,
        bare: bool,
    ) -> Option<Found> {
        let d = self.digits_at(i)?;
        if !bare && currency.is_none() && self.is_part_of_identifier(i) {
            return None;
        }
        // Decided after the suffixes: "Ranks 3rd" in a title is a rank, "Exaone 4.0" a name.
        let name_like = !bare && currency.is_none() && self.follows_name(i, &d);
        let start = currency.map_or(i, |(s, _, _)| s);
        let mut style = Style {
            separator: d.separator,
            decimals: d.decimals,
            prefix: currency.map(|(_, p, _)| p.to_string()),
            ..Style::default()
        };
        let mut unit = currency.map(|(_, _, code)| code.to_string());
        let mut kind = if currency.is_some() {
            Kind::Money
        } else {
            Kind::Number
        };
        let mut value = d.value;
        let mut precision = d.precision;
        let mut end = d.end;

        let plain_follows_name = name_like
            && !self
                .rest(d.end)
                .starts_with(|c: char| c.is_ascii_alphabetic() || c == '%' || c == '×');
        let scaled = {
            let j = if self.peek(d.end) == Some('-') {
                d.end + 1
            } else {
                self.skip_ws(d.end)
            };
            self.word_at(j)
                .is_some_and(|(w, _)| lexicon::scale_word(&w.to_ascii_lowercase()).is_some())
        };
        if plain_follows_name && !scaled && self.unit_words_after(d.end).is_none() {
            self.skipped_name_end = Some(d.end);
            return None;
        }
        // Attached letters: 3rd, 3k, $9.06bn, 100M, 10x, 4.8pp.
        let letters: String = self
            .rest(end)
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        if !letters.is_empty() {
            let after = end + letters.len();
            let glued_after = self.peek(after).is_some_and(is_word_char);
            if glued_after {
                return None;
            }
            if let Some(f) = lexicon::scale_suffix(&letters, currency.is_some()) {
                value *= f;
                precision *= f;
                style.scale = Some(letters.clone());
                end = after;
            } else if matches!(letters.as_str(), "st" | "nd" | "rd" | "th")
                && d.decimals == 0
                && d.separator.is_none()
                && currency.is_none()
            {
                if !ordinal_suffix_fits(d.value as u64, &letters) {
                    return None;
                }
                return Some(Found {
                    start,
                    end: after,
                    quantity: quantity(
                        value,
                        Kind::Ordinal,
                        1.0,
                        Style {
                            suffix: Some(letters),
                            ..style
                        },
                    ),
                });
            } else if matches!(letters.as_str(), "x" | "X") && currency.is_none() {
                return Some(Found {
                    start,
                    end: after,
                    quantity: quantity(
                        value,
                        Kind::Multiplier,
                        precision,
                        Style {
                            suffix: Some(letters),
                            ..style
                        },
                    ),
                });
            } else if letters == "pp" && currency.is_none() {
                return Some(Found {
                    start,
                    end: after,
                    quantity: quantity(
                        value,
                        Kind::PercentagePoints,
                        precision,
                        Style {
                            suffix: Some(letters),
                            ..style
                        },
                    ),
                });
            } else if letters == "s" && d.int_digits == 4 && d.separator.is_none() {
                return None; // decades: "the 1990s"
            } else {
                // 5G, 3D, 4o: not a quantity
                return None;
            }
        }
        if self.peek(end) == Some('×') {
            return Some(Found {
                start,
                end: end + '×'.len_utf8(),
                quantity: quantity(
                    value,
                    Kind::Multiplier,
                    precision,
                    Style {
                        suffix: Some("×".into()),
                        ..style
                    },
                ),
            });
        }
        // Scale words: "236 billion", "236-billion", "30.6 thousand".
        if style.scale.is_none() {
            let joiner_hyphen = self.peek(end) == Some('-');
            let (w_start, joiner) = if joiner_hyphen {
                (end + 1, "-")
            } else {
                (self.skip_ws(end), " ")
            };
            if (w_start > end)
                && let Some((w, w_end)) = self.word_at(w_start)
            {
                let lw = w.to_ascii_lowercase();
                let word_scale =
                    lexicon::scale_word(&lw).filter(|_| lw != "hundred" || d.decimals == 0);
                let abbrev = if joiner_hyphen {
                    None
                } else {
                    lexicon::scale_suffix(w, currency.is_some()).filter(|_| w.len() > 1)
                };
                if let Some(f) = word_scale.or(abbrev) {
                    value *= f;
                    precision *= f;
                    style.scale = Some(format!("{joiner}{w}"));
                    end = w_end;
                }
            }
        }
        // Percent, percentage points, currency words, ordinal-free multipliers.
        if currency.is_none() {
            if self.peek(end) == Some('%') {
                kind = Kind::Percent;
                style.suffix = Some("%".into());
                end += 1;
            } else if let Some((suffix, e, k)) = self.unit_words_after(end) {
                kind = k;
                if k == Kind::Money {
                    unit = lexicon::currency_word(suffix.trim().rsplit(' ').next().unwrap_or(""))
                        .map(str::to_string);
                }
                style.suffix = Some(suffix);
                end = e;
            }
        } else if let Some((suffix, e, k)) = self.unit_words_after(end)
            && k == Kind::Money
        {
            // "$9 billion dollars": keep the suffix in the figure, the code from the sign
            style.suffix = Some(suffix);
            end = e;
        }
        // A plain four-digit number in the calendar's range is a year, unless it counts
        // something ("2000 robots").
        if kind == Kind::Number
            && style.scale.is_none()
            && d.separator.is_none()
            && d.decimals == 0
            && d.int_digits == 4
            && (1800.0..=2100.0).contains(&value)
        {
            let counted = self
                .unit_after(end, false)
                .is_some_and(|u| !is_time_word(&u));
            if !counted {
                return Some(Found {
                    start,
                    end,
                    quantity: quantity(value, Kind::Year, 1.0, style),
                });
            }
        }
        // Day after a month is handled from the month; here: "1 June 2025".
        if kind == Kind::Number
            && d.decimals == 0
            && d.separator.is_none()
            && (1.0..=31.0).contains(&value)
            && let Some((w, _, w_end)) = self.next_word(end)
            && let Some(m) =
                lexicon::month(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))
        {
            let (year, e) = self.year_after(w_end).unwrap_or((0, w_end));
            return Some(Found {
                start,
                end: e,
                quantity: date(year, m, value as u32),
            });
        }
        if is_iso_date(
            self.rest(start)
                .split(|c: char| c.is_whitespace() || ",.;)".contains(c))
                .next()
                .unwrap_or(""),
        ) {
            let s = &self.rest(start)[..10];
            let y: u32 = s[0..4].parse().ok()?;
            let m: u32 = s[5..7].parse().ok()?;
            let dd: u32 = s[8..10].parse().ok()?;
            return Some(Found {
                start,
                end: start + 10,
                quantity: date(y, m, dd),
            });
        }
        let mut q = quantity(value, kind, precision, style);
        q.unit = unit;
        Some(Found {
            start,
            end,
            quantity: q,
        })
    }

    /// " percent", " per cent", " percentage points", " won", " times", "-fold" after `i`.
    fn unit_words_after(&self, i: usize) -> Option<(String, usize, Kind)> {
        if let Some(rest) = self.rest(i).strip_prefix("-fold")
            && !rest.chars().next().is_some_and(is_word_char)
        {
            return Some(("-fold".into(), i + 5, Kind::Multiplier));
        }
        let (w, ws, we) = self.next_word(i)?;
        if ws == i {
            return None;
        }
        let sp = &self.text[i..ws];
        let lw = w.to_lowercase();
        match lw.as_str() {
            "percent" | "pct" => Some((format!("{sp}{w}"), we, Kind::Percent)),
            "per" => {
                let (w2, _, we2) = self.next_word(we)?;
                (w2 == "cent").then(|| (self.text[i..we2].to_string(), we2, Kind::Percent))
            }
            "percentage" => {
                let (w2, _, we2) = self.next_word(we)?;
                matches!(w2, "points" | "point")
                    .then(|| (self.text[i..we2].to_string(), we2, Kind::PercentagePoints))
            }
            "pp" | "ppt" | "ppts" => Some((format!("{sp}{w}"), we, Kind::PercentagePoints)),
            "times" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            "fold" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            _ => {
                if lexicon::currency_word(w).is_some()
                    && (w.chars().all(|c| c.is_lowercase()) || w.len() == 3)
                {
                    // "pounds" is too often weight; only the listed words count
                    Some((format!("{sp}{w}"), we, Kind::Money))
                } else if lw == "us" {
                    let (w2, _, we2) = self.next_word(we)?;
                    matches!(w2, "dollars" | "dollar")
                        .then(|| (self.text[i..we2].to_string(), we2, Kind::Money))
                } else {
                    None
                }
            }
        }
    }

    fn year_after(&self, i: usize) -> Option<(u32, usize)> {
        let j = self.skip_ws(i.checked_add(usize::from(self.peek(i) == Some(',')))?);
        let d = self.digits_at(j)?;
        (d.int_digits == 4
            && d.decimals == 0
            && d.separator.is_none()
            && !self.peek(d.end).is_some_and(is_word_char))
        .then_some((d.value as u32, d.end))
    }

    /// Figures that start with a word: number words, ordinals, fractions, multipliers,
    /// months, "number three", "top 10".
    fn words_figure_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let (w, w_end) = self.word_at(i)?;
        // Month + day / year: "June 1", "December 2020", "June 1, 2025".
        if let Some(m) =
            lexicon::month(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))
        {
            let j = self.skip_ws(w_end);
            if j == w_end {
                return None;
            }
            let d = self.digits_at(j)?;
            if d.decimals > 0 || d.separator.is_some() || self.peek(d.end).is_some_and(is_word_char)
            {
                // allow "June 1st"
                let suffix: String = self
                    .rest(d.end)
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                if !(matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") && d.int_digits <= 2) {
                    return None;
                }
                let e = d.end + suffix.len();
                let (year, e) = self.year_after(e).unwrap_or((0, e));
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: date(year, m, d.value as u32),
                });
            }
            if d.int_digits == 4 {
                return Some(Found {
                    start: i,
                    end: d.end,
                    quantity: date(d.value as u32, m, 0),
                });
            }
            if (1.0..=31.0).contains(&d.value) {
                let (year, e) = self.year_after(d.end).unwrap_or((0, d.end));
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: date(year, m, d.value as u32),
                });
            }
            return None;
        }
        let lw = w.to_lowercase();
        if lw != w
            && !(w.chars().next().is_some_and(char::is_uppercase)
                && w[1..].chars().all(char::is_lowercase))
        {
            return None; // "ONE", "FiVe": not prose number words
        }
        match lw.as_str() {
            "number" | "no" => {
                // "number three" (a rank), "No. 1"
                let mut j = w_end;
                if lw == "no" {
                    if self.peek(j) != Some('.') {
                        return None;
                    }
                    j += 1;
                }
                let k = self.skip_ws(j);
                if k == j {
                    return None;
                }
                let (v, e) = if let Some(d) = self
                    .digits_at(k)
                    .filter(|d| d.decimals == 0 && d.separator.is_none())
                {
                    (d.value, d.end)
                } else {
                    let (nw, ne) = self.word_at(k)?;
                    (lexicon::small_number(&nw.to_lowercase())?, ne)
                };
                if self.peek(e).is_some_and(is_word_char) {
                    return None;
                }
                let style = Style {
                    prefix: Some(self.text[i..k].to_string()),
                    words: !self.rest(k).starts_with(|c: char| c.is_ascii_digit()),
                    ..Style::default()
                };
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: quantity(v, Kind::Ordinal, 1.0, style),
                });
            }
            "top" => {
                let j = if self.peek(w_end) == Some('-') {
                    w_end + 1
                } else {
                    self.skip_ws(w_end)
                };
                if j == w_end {
                    return None;
                }
                let (v, e, words) = if let Some(d) = self
                    .digits_at(j)
                    .filter(|d| d.decimals == 0 && d.separator.is_none())
                {
                    (d.value, d.end, false)
                } else {
                    let (nw, ne) = self.word_at(j)?;
                    (lexicon::small_number(&nw.to_lowercase())?, ne, true)
                };
                if self.peek(e).is_some_and(is_word_char) {
                    return None;
                }
                let mut q = quantity(
                    v,
                    Kind::Ordinal,
                    1.0,
                    Style {
                        prefix: Some(self.text[i..j].to_string()),
                        words,
                        ..Style::default()
                    },
                );
                q.hedge = Some(Hedge::AtMost);
                return Some(Found {
                    start: i,
                    end: e,
                    quantity: q,
                });
            }
            "twice" | "thrice" => {
                let v = if lw == "twice" { 2.0 } else { 3.0 };
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: quantity(
                        v,
                        Kind::Multiplier,
                        1.0,
                        Style {
                            words: true,
                            ..Style::default()
                        },
                    ),
                });
            }
            "half" => {
                if !bare
                    && let Some((p, _)) = self.words_before(i, 1).first()
                    && matches!(
                        p.as_str(),
                        "first" | "second" | "latter" | "former" | "other" | "and" | "a" | "one"
                    )
                {
                    // "the second half of the year", "two and a half"
                    return None;
                }
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: quantity(
                        0.5,
                        Kind::Fraction,
                        0.01,
                        Style {
                            words: true,
                            ..Style::default()
                        },
                    ),
                });
            }
            _ => {}
        }
        // Fractions: "a third", "two thirds", "three-quarters".
        if let Some(f) = self.fraction_at(i, &lw, w_end) {
            return Some(f);
        }
        // Ordinal words: "third", "twenty-first".
        if let Some(v) = self.ordinal_words(&lw, w_end, i, bare) {
            return Some(v);
        }
        // Cardinal words: "five", "forty-two", "two hundred and five", "ten thousand".
        let (value, end, precision) = self.cardinal_words(i)?;
        let text = self.text[i..end].to_lowercase();
        if !bare && (text == "one" || text == "a" || text == "an") {
            return None; // "one of the largest": a pronoun, not a count
        }
        // "ten times", "three-fold"
        let style = Style {
            words: true,
            ..Style::default()
        };
        if let Some((suffix, e, k)) = self.unit_words_after(end)
            && k != Kind::Money
            && k != Kind::Percent
        {
            return Some(Found {
                start: i,
                end: e,
                quantity: quantity(
                    value,
                    k,
                    precision,
                    Style {
                        suffix: Some(suffix),
                        ..style
                    },
                ),
            });
        }
        if self.peek(end) == Some('%') {
            return Some(Found {
                start: i,
                end: end + 1,
                quantity: quantity(
                    value,
                    Kind::Percent,
                    precision,
                    Style {
                        suffix: Some("%".into()),
                        ..style
                    },
                ),
            });
        }
        if let Some((suffix, e, Kind::Percent)) = self.unit_words_after(end) {
            return Some(Found {
                start: i,
                end: e,
                quantity: quantity(
                    value,
                    Kind::Percent,
                    precision,
                    Style {
                        suffix: Some(suffix),
                        ..style
                    },
                ),
            });
        }
        if let Some((suffix, e, Kind::Money)) = self.unit_words_after(end) {
            let code = lexicon::currency_word(suffix.trim().rsplit(' ').next().unwrap_or(""))
                .map(str::to_string);
            let mut q = quantity(
                value,
                Kind::Money,
                precision,
                Style {
                    suffix: Some(suffix),
                    ..style
                },
            );
            q.unit = code;
            return Some(Found {
                start: i,
                end: e,
                quantity: q,
            });
        }
        Some(Found {
            start: i,
            end,
            quantity: quantity(value, Kind::Number, precision, style),
        })
    }

    fn fraction_at(&self, i: usize, lw: &str, w_end: usize) -> Option<Found> {
        let numerator = match lw {
            "a" | "one" => 1.0,
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
        let denom = match dw {
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" => 4.0,
            "fifth" | "fifths" => 5.0,
            "tenth" | "tenths" => 10.0,
            "half" if numerator == 1.0 && lw == "one" => 2.0,
            _ => return None,
        };
        let plural = dw.ends_with('s');
        if (numerator == 1.0) == plural {
            return None;
        }
        // "a third round" is an ordinal; a fraction is followed by "of" or ends a phrase.
        if numerator == 1.0 {
            let next = self.next_word(de).map(|(w, _, _)| w);
            let ends = self
                .rest(de)
                .trim_start()
                .starts_with(|c: char| ",.;:)!?—–".contains(c))
                || self.rest(de).trim().is_empty();
            if next != Some("of") && !ends {
                return None;
            }
        }
        Some(Found {
            start: i,
            end: de,
            quantity: quantity(
                numerator / denom,
                Kind::Fraction,
                0.01,
                Style {
                    words: true,
                    ..Style::default()
                },
            ),
        })
    }

    fn ordinal_words(&self, lw: &str, w_end: usize, i: usize, bare: bool) -> Option<Found> {
        let (value, end) = if let Some(v) = lexicon::ordinal_word(lw) {
            (v, w_end)
        } else if let Some(tens) =
            lexicon::small_number(lw).filter(|v| *v >= 20.0 && v % 10.0 == 0.0)
            && self.peek(w_end) == Some('-')
            && let Some((u, ue)) = self.word_at(w_end + 1)
            && let Some(uv) = lexicon::ordinal_word(u).filter(|v| *v < 10.0)
        {
            (tens + uv, ue)
        } else {
            return None;
        };
        if self.peek(end).is_some_and(is_word_char) {
            return None;
        }
        // "first" and "second" are mostly not ranks ("first gained attention", "a
        // second"); count them only where a rank is plainly meant.
        if !bare && value <= 2.0 && end == w_end {
            let before = self.words_before(i, 1);
            let prev = before.first().map(|(w, _)| w.as_str());
            let next = self.next_word(end).map(|(w, _, _)| w.to_lowercase());
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
                        | "highest"
                        | "lowest"
                        | "globally"
                        | "worldwide"
                )
            );
            if !(rank_before || rank_after) {
                return None;
            }
        }
        Some(Found {
            start: i,
            end,
            quantity: quantity(
                value,
                Kind::Ordinal,
                1.0,
                Style {
                    words: true,
                    ..Style::default()
                },
            ),
        })
    }

    /// Reads spelled-out cardinals. Returns (value, end, precision).
    fn cardinal_words(&self, i: usize) -> Option<(f64, usize, f64)> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut end = i;
        let mut j = i;
        let mut any = false;
        let mut last_scale = 1.0;
        let mut first = true;
        while let Some((w, we)) = self.word_at(j) {
            let lw = w.to_lowercase();
            if let Some(v) = lexicon::small_number(&lw) {
                if any && current % 100.0 != 0.0 {
                    break; // "five six"
                }
                current += v;
                let mut e = we;
                // forty-two
                if v >= 20.0
                    && self.peek(we) == Some('-')
                    && let Some((u, ue)) = self.word_at(we + 1)
                    && let Some(uv) = lexicon::small_number(u).filter(|x| *x >= 1.0 && *x < 10.0)
                {
                    current += uv;
                    e = ue;
                }
                end = e;
                any = true;
                last_scale = 1.0;
                j = e;
            } else if (lw == "a" || lw == "an") && first {
                // "a hundred", "a dozen", "a million"
                let (nw, _, _) = self.next_word(we)?;
                if !matches!(
                    nw,
                    "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
                ) {
                    return None;
                }
                current = 1.0;
                j = we;
                first = false;
                continue;
            } else if lw == "dozen" {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                end = we;
                any = true;
                j = we;
            } else if let Some(s) = lexicon::scale_word(&lw).filter(|_| any || current > 0.0) {
                if s == 100.0 {
                    current *= 100.0;
                } else {
                    total += current * s;
                    current = 0.0;
                }
                last_scale = s;
                end = we;
                any = true;
                j = we;
            } else if lw == "and" && any && last_scale >= 100.0 {
                // "two hundred and five": only if a number word follows
                let (nw, _, _) = self.next_word(we)?;
                if lexicon::small_number(&nw.to_lowercase()).is_none() {
                    break;
                }
                j = we;
                first = false;
                continue;
            } else {
                break;
            }
            first = false;
            let k = self.skip_ws(j);
            if k == j || self.text[j..k].contains('\n') {
                break;
            }
            j = k;
        }
        if !any {
            return None;
        }
        if self.peek(end).is_some_and(is_word_char)
            || (self.peek(end) == Some('-')
                && self.rest(end + 1).starts_with(|c: char| c.is_alphabetic())
                && !self.rest(end).starts_with("-fold"))
        {
            // "one-off", "two-thirds" (handled as a fraction), "five-year": the hyphenated
            // compound is an adjective; still a figure when it's "ten-year"? keep only
            // number words glued to -fold.
            if !self.rest(end + 1).starts_with(|c: char| c.is_alphabetic()) {
                return None;
            }
        }
        Some((
            total + current,
            end,
            if last_scale > 1.0 {
                last_scale / 10.0
            } else {
                1.0
            },
        ))
    }

    /// "20–30", "20-30": a range written with a dash joins two figures into one.
    fn range_after(&self, f: &mut Found) {
        let Some(dash) = self.peek(f.end).filter(|c| *c == '–' || *c == '-') else {
            return;
        };
        let j = f.end + dash.len_utf8();
        let Some(d) = self.digits_at(j) else { return };
        if self.peek(d.end).is_some_and(is_word_char)
            || f.quantity.kind != Kind::Number
            || f.quantity.style.scale.is_some()
        {
            return;
        }
        if d.value > f.quantity.value {
            f.quantity.upper = Some(d.value);
            f.end = d.end;
            if f.quantity.unit.is_none() {
                f.quantity.unit = self.unit_after(d.end, false);
            }
        }
    }

    /// "between 20 and 30": one figure with a lower and an upper end.
    fn between_before(&self, f: &mut Found) {
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
        let mut sub = Scanner {
            text: self.text,
            lim: self.lim,
            range_start: self.range_start,
            heading_start: false,
            skipped_name_end: None,
        };
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

    /// "1,012 robots per 10,000 workers": the rate's denominator.
    fn per_after(&self, f: &mut Found) {
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

    /// The noun a figure counts: "30,600 industrial robots" → "robots". A figure used as
    /// an adjective ("a 70-billion parameter model") counts the word right after it.
    fn unit_after(&self, end: usize, adjectival: bool) -> Option<String> {
        let mut words = Vec::new();
        let mut i = end;
        for _ in 0..4 {
            // quotes around a word are transparent: five “notable” models
            let j = self.skip_ws(i);
            let j = j + self
                .rest(j)
                .chars()
                .take_while(|c| "\"“”'‘’".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            if j == i && !words.is_empty() {
                break;
            }
            if words.is_empty() && j == end && !self.rest(end).starts_with(['-']) {
                // glued letters were already refused; nothing follows
            }
            let Some((w, we)) = self.word_at(j) else {
                break;
            };
            let mut we = we;
            let mut word = w.to_string();
            while self.peek(we) == Some('-')
                && let Some((w2, e2)) = self.word_at(we + 1)
            {
                word.push('-');
                word.push_str(w2);
                we = e2;
            }
            let acronym = word.chars().all(|c| c.is_ascii_uppercase()) && word.len() <= 4;
            if !acronym && word.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            if lexicon::is_stopword(&word) && !is_time_word(&word) {
                break;
            }
            let closing = self
                .rest(we)
                .chars()
                .take_while(|c| "\"“”'‘’".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            words.push((word, acronym));
            i = we + closing;
            if self.rest(i).starts_with(|c: char| ",.;:!?()—–".contains(c)) {
                break;
            }
        }
        if adjectival {
            return words.into_iter().find(|(_, a)| !a).map(|(w, _)| w);
        }
        words
            .iter()
            .find(|(w, a)| {
                !a && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !NOT_PLURAL.contains(&w.as_str())
            })
            .or_else(|| words.first().filter(|(w, a)| !a && is_time_word(w)))
            .map(|(w, _)| w.clone())
    }
}

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL: [&str; 8] = ["is", "was", "has", "does", "this", "its", "plus", "thus"];

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "decade"
            | "decades"
    )
}

fn ordinal_suffix_fits(n: u64, suffix: &str) -> bool {
    let expected = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    expected == suffix
}

fn is_iso_date(tok: &str) -> bool {
    let b = tok.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
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
    let mut q = quantity(
        f64::from(year * 10000 + month * 100 + day),
        Kind::Date,
        1.0,
        Style {
            words: true,
            ..Style::default()
        },
    );
    q.style.prefix = Some(format!("{year:04}-{month:02}-{day:02}"));
    q
}

fn scale_factor(scale: &str) -> Option<f64> {
    let w = scale.trim_start_matches([' ', '-']);
    lexicon::scale_word(&w.to_ascii_lowercase()).or_else(|| lexicon::scale_suffix(w, true))
}

/// Digits as written.
struct Digits {
    value: f64,
    end: usize,
    separator: Option<char>,
    decimals: u8,
    int_digits: usize,
    /// Place value of the last digit.
    precision: f64,
}

fn parse_digits(text: &str, i: usize, lim: usize) -> Option<Digits> {
    let s = text.get(i..lim)?;
    let mut int = String::new();
    let mut chars = s.char_indices().peekable();
    let mut end = 0;
    let mut separator = None;
    while let Some(&(k, c)) = chars.peek() {
        if c.is_ascii_digit() {
            int.push(c);
            end = k + 1;
            chars.next();
        } else if is_group_sep(c) && !int.is_empty() && separator.is_none_or(|s| s == c) {
            // exactly three digits, then no digit
            let after = &s[k + c.len_utf8()..];
            let three = after.chars().take(3).filter(char::is_ascii_digit).count() == 3;
            let fourth = after.chars().nth(3).is_some_and(|d| d.is_ascii_digit());
            let first_group_ok = separator.is_some() || int.len() <= 3;
            if three && !fourth && first_group_ok {
                separator = Some(c);
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let int_digits = int.len();
    let mut frac = String::new();
    if s[end..].starts_with('.') && s[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        frac = s[end + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        end += 1 + frac.len();
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let text_value = format!(
        "{}.{}",
        if int.is_empty() { "0" } else { &int },
        if frac.is_empty() { "0" } else { &frac }
    );
    let value: f64 = text_value.parse().ok()?;
    let decimals = u8::try_from(frac.len()).unwrap_or(u8::MAX);
    Some(Digits {
        value,
        end: i + end,
        separator,
        decimals,
        int_digits,
        precision: 10f64.powi(-i32::from(decimals)),
    })
}

/// Writes `value` in the style of `q`. See [`Quantity::render`].
pub(crate) fn render(q: &Quantity, value: f64) -> String {
    let st = &q.style;
    match q.kind {
        Kind::Date => return render_date(value),
        Kind::Year => return format!("{}", value.round() as i64),
        Kind::Ordinal => {
            let n = value.round() as u64;
            let prefix = st.prefix.clone().unwrap_or_default();
            if st.words && n < 100 {
                return format!(
                    "{prefix}{}",
                    if prefix.is_empty() {
                        ordinal_in_words(n)
                    } else {
                        cardinal_in_words(n)
                    }
                );
            }
            let suffix = st.suffix.clone().unwrap_or_default();
            if suffix.is_empty() {
                return format!("{prefix}{n}");
            }
            let fixed = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            return format!("{prefix}{n}{fixed}");
        }
        Kind::Fraction => return format_number(value, None, decimals_needed(value, 3)),
        _ => {}
    }
    let (mantissa, scale) = match &st.scale {
        Some(s) => rescale(value, s),
        None => (value, String::new()),
    };
    let body = if st.words && mantissa.fract() == 0.0 && (0.0..100.0).contains(&mantissa) {
        cardinal_in_words(mantissa as u64)
    } else {
        let decimals =
            decimals_needed(mantissa, 3).max(st.decimals.min(decimals_needed(mantissa, 6)));
        format_number(mantissa, st.separator, decimals)
    };
    format!(
        "{}{}{}{}",
        st.prefix.as_deref().unwrap_or(""),
        body,
        scale,
        st.suffix.as_deref().unwrap_or("")
    )
}

/// Picks the scale (in the written family: words or abbreviations) that suits `value`.
fn rescale(value: f64, written: &str) -> (f64, String) {
    let joiner: String = written
        .chars()
        .take_while(|c| *c == ' ' || *c == '-')
        .collect();
    let word = &written[joiner.len()..];
    let families: [&[(&str, f64)]; 4] = [
        &[
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
        ],
        &[("k", 1e3), ("m", 1e6), ("bn", 1e9), ("tn", 1e12)],
        &[("K", 1e3), ("M", 1e6), ("B", 1e9), ("T", 1e12)],
        &[("k", 1e3), ("mn", 1e6), ("bn", 1e9), ("trn", 1e12)],
    ];
    let lower = word.to_ascii_lowercase();
    let family = families
        .iter()
        .find(|f| f.iter().any(|(w, _)| *w == word))
        .or_else(|| families.iter().find(|f| f.iter().any(|(w, _)| *w == lower)))
        .copied()
        .unwrap_or(families[0]);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.len() > 1;
    let mut best = family[0];
    for &(w, f) in family {
        if value.abs() >= f {
            best = (w, f);
        }
    }
    let mut name = best.0.to_string();
    if capitalised {
        let mut c = name.chars();
        if let Some(first) = c.next() {
            name = first.to_uppercase().chain(c).collect();
        }
    }
    (value / best.1, format!("{joiner}{name}"))
}

fn decimals_needed(v: f64, max: u8) -> u8 {
    for d in 0..=max {
        let f = 10f64.powi(i32::from(d));
        if ((v * f).round() - v * f).abs() < 1e-6 * f.max(1.0) {
            return d;
        }
    }
    max
}

fn format_number(v: f64, separator: Option<char>, decimals: u8) -> String {
    let s = format!("{:.*}", usize::from(decimals), v.abs());
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    match separator {
        Some(sep) => {
            let n = int.len();
            for (k, c) in int.chars().enumerate() {
                if k > 0 && (n - k) % 3 == 0 {
                    out.push(sep);
                }
                out.push(c);
            }
        }
        None => out.push_str(int),
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn cardinal_in_words(n: u64) -> String {
    if n < 20 {
        return lexicon::SMALL_WORDS[n as usize].to_string();
    }
    if n < 100 {
        let t = lexicon::TENS_WORDS[(n / 10) as usize];
        return if n.is_multiple_of(10) {
            t.to_string()
        } else {
            format!("{t}-{}", lexicon::SMALL_WORDS[(n % 10) as usize])
        };
    }
    n.to_string()
}

fn ordinal_in_words(n: u64) -> String {
    if n < 20 {
        return lexicon::ORDINAL_WORDS[n as usize].to_string();
    }
    if n < 100 {
        return if n.is_multiple_of(10) {
            lexicon::TENS_ORDINALS[(n / 10) as usize].to_string()
        } else {
            format!(
                "{}-{}",
                lexicon::TENS_WORDS[(n / 10) as usize],
                lexicon::ORDINAL_WORDS[(n % 10) as usize]
            )
        };
    }
    format!("{n}th")
}

fn render_date(value: f64) -> String {
    let v = value.round() as u32;
    let (y, m, d) = (v / 10000, (v / 100) % 100, v % 100);
    let month = lexicon::MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("");
    match (y, d) {
        (0, _) => format!("{month} {d}"),
        (_, 0) => format!("{month} {y}"),
        _ => format!("{month} {d}, {y}"),
    }
}
