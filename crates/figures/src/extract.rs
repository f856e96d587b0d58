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
    // A table's header gives its cells' scale and whether they are percentages.
    if text.contains('|') {
        let cells = crate::table::cells(text);
        for f in &mut figures {
            if let Some(c) = crate::table::cell_at(&cells, f.start, f.end)
                && !c.is_label
            {
                crate::table::apply_header(&c.header, &mut f.quantity);
            }
        }
    }
    figures
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
    c.is_whitespace() || "—–()[]{}\"“”‘’<>".contains(c)
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
            if c == '\n' || (c == '\r' && self.peek(j + 1) != Some('\n')) {
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
            crate::work::step(t_end - start + (end - t_end));
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

    /// The token (whitespace- and bracket-delimited) around byte `i`, or `None` when it
    /// runs longer than [`MAX_TOKEN`] bytes on either side.
    ///
    /// The bound keeps the scan linear: every digit of "1,1,1,…" asks for the token around
    /// it, and walking an unbounded token each time made 32 KB of it take 14 seconds.
    fn token_around(&self, i: usize) -> Option<Range<usize>> {
        let mut s = i;
        for (k, c) in self.text[self.range_start..i].char_indices().rev() {
            if is_token_boundary(c) {
                break;
            }
            s = self.range_start + k;
            crate::work::step(1);
            if i - s > MAX_TOKEN {
                return None;
            }
        }
        let mut e = i;
        for (k, c) in self.rest(i).char_indices() {
            if is_token_boundary(c) {
                break;
            }
            e = i + k + c.len_utf8();
            crate::work::step(1);
            if e - i > MAX_TOKEN {
                return None;
            }
        }
        Some(s..e)
    }

    /// Rules that make a number part of something else: a URL, a version, a phone
    /// number, a model name. `i` is where the digits start.
    fn is_part_of_identifier(&self, i: usize) -> bool {
        // A run of hundreds of characters without a space is data (a hash, a URL, a
        // serialised list), not prose: no figure of a writer's is inside it.
        let Some(tok_range) = self.token_around(i) else {
            return true;
        };
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
        // "+1 555-123-4567": a calling code before a digit group is a phone number.
        if let Some(code) = tok.strip_prefix('+')
            && (1..=3).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_digit())
            && self.rest(tok_range.end).starts_with(' ')
            && self
                .rest(tok_range.end + 1)
                .starts_with(|c: char| c.is_ascii_digit() || c == '(')
        {
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
        // The skipped name may end after `i` ("Y .5" is re-entered at "5" after ".5"
        // was read as part of the name): only a name that ends before `i` counts.
        if let Some(end) = self.skipped_name_end
            && end < i
            && self
                .text
                .get(end..i)
                .is_some_and(|gap| gap.chars().all(|c| c == ' '))
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
        // "Banknotes: 5 €": a label, not a name
        if word.ends_with(':') {
            return false;
        }
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
        // A minus sign, "-1.5%" or "−3", only where it cannot be a hyphen or dash that
        // joins two words or figures ("2019-2020", "COVID-19").
        let sign = self.minus_sign_at(i);
        let at = i + sign.map_or(0, char::len_utf8);
        let c = self.peek(at)?;
        if !bare && self.is_structural_number(at) {
            return None;
        }
        let mut found = if c.is_ascii_digit() || c == '.' {
            self.numeric_at(at, None, bare)?
        } else if c == '#' {
            let d = self.digits_at(at + 1)?;
            if d.decimals > 0 {
                return None;
            }
            Found {
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
            }
        } else if let Some(f) = self.currency_prefixed_at(at, bare) {
            f
        } else if let Some(v) = vulgar_fraction(c) {
            Found {
                start: at,
                end: at + c.len_utf8(),
                // The glyph as suffix: written back as "¼", not "0.25" (see `render`).
                quantity: quantity(
                    v,
                    Kind::Fraction,
                    0.01,
                    Style {
                        suffix: Some(c.to_string()),
                        ..Style::default()
                    },
                ),
            }
        } else if c.is_alphabetic() {
            self.words_figure_at(at, bare)?
        } else {
            return None;
        };
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
            if found.quantity.hedge.is_none() {
                found.quantity.hedge = self.hedge_before(found.start);
            }
            if matches!(found.quantity.kind, Kind::Number) && found.quantity.unit.is_none() {
                found.quantity.unit = self
                    .unit_after(
                        found.end,
                        found
                            .quantity
                            .style
                            .scale
                            .as_deref()
                            .is_some_and(|s| s.starts_with('-')),
                    )
                    .or_else(|| self.hyphenated_unit(found.end));
            }
            self.range_after(&mut found);
            self.per_after(&mut found);
            self.between_before(&mut found);
            // "about 500 or more": the bound after the figure is the stronger claim
            if matches!(
                found.quantity.hedge,
                None | Some(Hedge::About | Hedge::Nearly)
            ) && let Some(h) = self.hedge_after(&found)
            {
                found.quantity.hedge = Some(h);
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

    /// "$9.06 billion", "US$ 5", "USD115", "₩1 trillion": a currency sign or code, at
    /// most one space, then digits.
    fn currency_prefixed_at(&mut self, i: usize, bare: bool) -> Option<Found> {
        let text = self.text;
        let rest = self.rest(i);
        let (prefix, code) = CURRENCY_PREFIXES
            .iter()
            .find(|(p, _)| rest.starts_with(p))?;
        // "USD 5": letters must stand alone as a word
        if prefix.starts_with(char::is_alphabetic)
            && !bare
            && text[self.range_start..i]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
        {
            return None;
        }
        let mut digits = i + prefix.len();
        if let Some(sp) = self.peek(digits).filter(|c| matches!(c, ' ' | '\u{A0}'))
            && !prefix.ends_with(' ')
        {
            digits += sp.len_utf8();
        }
        if !self
            .peek(digits)
            .is_some_and(|d| d.is_ascii_digit() || d == '.')
        {
            return None;
        }
        self.numeric_at(digits, Some((i, &text[i..digits], code)), bare)
    }

    /// "a 3-inch screen", "a 10-year plan": the noun joined to a figure by a hyphen is
    /// what it measures.
    fn hyphenated_unit(&self, end: usize) -> Option<String> {
        if self.peek(end) != Some('-') {
            return None;
        }
        let (w, we) = self.word_at(end + 1)?;
        let lw = w.to_lowercase();
        if lw == "fold" || lexicon::scale_word(&lw).is_some() || self.peek(we) == Some('-') {
            return None;
        }
        (w.chars().all(char::is_lowercase) || lexicon::unit_abbreviation(w)).then(|| w.to_string())
    }

    /// A hedge written after the figure: "65 or older", "500 or more".
    fn hedge_after(&self, f: &Found) -> Option<Hedge> {
        'outer: for (phrase, hedge) in TRAILING_HEDGES {
            let mut i = f.end;
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

    /// Section numbers at the start of a heading, list markers at the start of a plain
    /// line, citation markers like "[12]", and denominators after "per".
    fn is_structural_number(&self, i: usize) -> bool {
        let before = &self.text[self.range_start..i];
        if self.heading_start && before.trim().is_empty() {
            return true;
        }
        // Only the whitespace back to the line's start is read, so this is O(1) per
        // figure however long the line.
        let line_so_far =
            before.trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
        if (line_so_far.is_empty() || line_so_far.ends_with(['\n', '\r']))
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
        if plain_follows_name
            && !scaled
            && self.unit_words_after(d.end).is_none()
            && self.currency_sign_after(d.end).is_none()
        {
            self.skipped_name_end = Some(d.end);
            return None;
        }
        // "2½": a vulgar fraction glued to whole digits.
        if let Some(glyph) = self.peek(end).filter(|&c| vulgar_fraction(c).is_some())
            && let Some(v) = vulgar_fraction(glyph)
            && d.decimals == 0
            && d.separator.is_none()
            && style.suffix.is_none()
        {
            // The glyph is kept as the suffix, so the figure is written back as "2½"
            // (see `render`), not as "2.5", which reads as another figure.
            let mut style = style;
            style.suffix = Some(glyph.to_string());
            return Some(Found {
                start,
                end: end + glyph.len_utf8(),
                quantity: quantity(value + v, kind, 0.01, style),
            });
        }
        // Korean counters glued to the digits: 3위 (a rank), 5개, 31,600대, 9조 원, 1억.
        if currency.is_none()
            && let Some(found) = self.korean_counter(start, end, value, precision, &style)
        {
            return Some(found);
        }
        // Attached letters: 3rd, 3k, $9.06bn, 100M, 10x, 4.8pp, 115USD.
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
                (value, precision) = scaled_by(value, precision, f);
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
            } else if currency.is_none()
                && letters.len() == 3
                && letters.chars().all(|c| c.is_ascii_uppercase())
                && let Some(code) = lexicon::currency_word(&letters)
            {
                // An ISO code glued after the digits names the currency: "115USD".
                let mut q = quantity(
                    value,
                    Kind::Money,
                    precision,
                    Style {
                        suffix: Some(letters),
                        ..style
                    },
                );
                q.unit = Some(code.to_string());
                return Some(Found {
                    start,
                    end: after,
                    quantity: q,
                });
            } else if letters == "s" && d.int_digits == 4 && d.separator.is_none() {
                return None; // decades: "the 1990s"
            } else {
                // 5G, 3D, 4o, 180ml: not a quantity
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
                    (value, precision) = scaled_by(value, precision, f);
                    style.scale = Some(format!("{joiner}{w}"));
                    end = w_end;
                }
            }
        }
        // Percent, percentage points, currency words and signs, multipliers.
        if currency.is_none() {
            if self.peek(end) == Some('%') {
                kind = Kind::Percent;
                style.suffix = Some("%".into());
                end += 1;
            } else if let Some((suffix, e, k)) = self.unit_words_after(end) {
                kind = k;
                if k == Kind::Money {
                    let (code, factor) = money_code(&suffix);
                    unit = code.map(str::to_string);
                    (value, precision) = scaled_by(value, precision, factor);
                }
                style.suffix = Some(suffix);
                end = e;
            } else if let Some((suffix, e, code)) = self.currency_sign_after(end) {
                kind = Kind::Money;
                unit = Some(code.to_string());
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
            if !counted || self.after_time_word(start) {
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
            let s = self.rest(start).get(..10)?;
            let y: u32 = s.get(0..4)?.parse().ok()?;
            let m: u32 = s.get(5..7)?.parse().ok()?;
            let dd: u32 = s.get(8..10)?.parse().ok()?;
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

    /// A currency sign written after the amount, "10 €" or "100元": (suffix as written,
    /// end, ISO code). A "$" followed by digits opens the next amount instead ("10 $20").
    fn currency_sign_after(&self, i: usize) -> Option<(String, usize, &'static str)> {
        let j = match self.peek(i) {
            Some(c @ (' ' | '\u{A0}')) => i + c.len_utf8(),
            _ => i,
        };
        let rest = self.rest(j);
        let (sign, code) = CURRENCY_SUFFIXES
            .iter()
            .find(|(s, _)| rest.starts_with(s))?;
        let e = j + sign.len();
        let cjk = sign.chars().all(|c| c.is_alphabetic());
        // Korean and Chinese attach particles to the sign ("100원을"); a symbol is a
        // word of its own.
        if !cjk && self.peek(e).is_some_and(is_word_char) {
            return None;
        }
        let after = self.skip_ws(e);
        if *sign == "$" && self.peek(after).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((self.text[i..e].to_string(), e, code))
    }

    /// " percent", " per cent", " percentage points", " won", " swiss francs", " times",
    /// "-fold" after `i`.
    /// A Korean counter or scale right after digits (`end`), read into a figure that
    /// starts at `start`. Particles after the counter ("18위를") are left out of the span.
    fn korean_counter(
        &self,
        start: usize,
        end: usize,
        value: f64,
        precision: f64,
        style: &Style,
    ) -> Option<Found> {
        let rest = self.rest(end);
        if !rest.starts_with(is_hangul) {
            return None;
        }
        let with = |kind: Kind,
                    v: f64,
                    p: f64,
                    len: usize,
                    scale: Option<&str>,
                    suffix: &str,
                    unit: Option<&str>| {
            let mut q = quantity(
                v,
                kind,
                p,
                Style {
                    scale: scale.map(str::to_string),
                    suffix: (!suffix.is_empty()).then(|| suffix.to_string()),
                    ..style.clone()
                },
            );
            q.unit = unit.map(str::to_string);
            Some(Found {
                start,
                end: end + len,
                quantity: q,
            })
        };
        for rank in ["번째", "위", "등"] {
            if rest.starts_with(rank) && style.decimals == 0 {
                return with(Kind::Ordinal, value, 1.0, rank.len(), None, rank, None);
            }
        }
        // Scales: 만 (10⁴), 억 (10⁸), 조 (10¹²), optionally followed by a currency.
        for (word, factor) in [("만", 1e4), ("억", 1e8), ("조", 1e12)] {
            if let Some(after) = rest.strip_prefix(word) {
                let spaced = after.strip_prefix(' ').unwrap_or(after);
                let gap = after.len() - spaced.len();
                for (cur, code) in [("원", "KRW"), ("달러", "USD")] {
                    if spaced.starts_with(cur) {
                        let suffix = format!("{}{cur}", &after[..gap]);
                        let len = word.len() + suffix.len();
                        return with(
                            Kind::Money,
                            value * factor,
                            precision * factor,
                            len,
                            Some(word),
                            &suffix,
                            Some(code),
                        );
                    }
                }
                return with(
                    Kind::Number,
                    value * factor,
                    precision * factor,
                    word.len(),
                    Some(word),
                    "",
                    None,
                );
            }
        }
        for (cur, code) in [("원", "KRW"), ("달러", "USD")] {
            if rest.starts_with(cur) {
                return with(
                    Kind::Money,
                    value,
                    precision,
                    cur.len(),
                    None,
                    cur,
                    Some(code),
                );
            }
        }
        if let Some(after) = rest.strip_prefix("배") {
            let _ = after;
            return with(
                Kind::Multiplier,
                value,
                precision,
                "배".len(),
                None,
                "배",
                None,
            );
        }
        if rest.starts_with("퍼센트") {
            return with(
                Kind::Percent,
                value,
                precision,
                "퍼센트".len(),
                None,
                "퍼센트",
                None,
            );
        }
        for counter in [
            "개국", "계단", "개", "대", "명", "곳", "건", "편", "종", "개월", "년", "주", "일",
        ] {
            if rest.starts_with(counter) {
                let kind =
                    if counter == "년" && style.decimals == 0 && (1800.0..=2100.0).contains(&value)
                    {
                        Kind::Year
                    } else {
                        Kind::Number
                    };
                let unit = (kind == Kind::Number).then_some(counter);
                return with(kind, value, precision, counter.len(), None, counter, unit);
            }
        }
        None
    }

    /// Whether the word before `i` dates what follows: "the third quarter of 2021
    /// earnings", "Q3 2020 results", "in 2019 revenue", "March 2024 sales".
    fn after_time_word(&self, i: usize) -> bool {
        let before = &self.text[self.range_start..i];
        let Some(word) = before.split_whitespace().next_back() else {
            return false;
        };
        let written = word.trim_matches(|c: char| !c.is_alphanumeric());
        lexicon::dates_what_follows(&written.to_lowercase()) || lexicon::month(written).is_some()
    }

    fn unit_words_after(&self, i: usize) -> Option<(String, usize, Kind)> {
        if let Some(rest) = self.rest(i).strip_prefix("-fold")
            && !rest.chars().next().is_some_and(is_word_char)
        {
            return Some(("-fold".into(), i + 5, Kind::Multiplier));
        }
        let (w, ws, we) = self.next_word(i)?;
        // "3 USD50": a word glued to digits belongs to them
        if ws == i || self.peek(we).is_some_and(is_word_char) {
            return None;
        }
        let sp = &self.text[i..ws];
        let lw = w.to_lowercase();
        match lw.as_str() {
            "percent" | "percents" | "pct" => Some((format!("{sp}{w}"), we, Kind::Percent)),
            "per" => {
                let (w2, _, we2) = self.next_word(we)?;
                (w2 == "cent").then(|| (self.text[i..we2].to_string(), we2, Kind::Percent))
            }
            "percentage" => match self.next_word(we) {
                Some(("points" | "point", _, we2)) => {
                    Some((self.text[i..we2].to_string(), we2, Kind::PercentagePoints))
                }
                // "30 percentage", loosely for "30 percent"
                _ => Some((format!("{sp}{w}"), we, Kind::Percent)),
            },
            "pp" | "ppt" | "ppts" => Some((format!("{sp}{w}"), we, Kind::PercentagePoints)),
            "times" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            "fold" => Some((format!("{sp}{w}"), we, Kind::Multiplier)),
            _ => {
                if lexicon::currency_word(&lw).is_some()
                    && (w.chars().all(|c| c.is_lowercase()) || w.len() == 3)
                {
                    // "pounds" is too often weight; only the listed words count
                    return Some((format!("{sp}{w}"), we, Kind::Money));
                }
                // "swiss francs", "us dollars", "hong kong dollars"
                let (w2, _, we2) = self.next_word(we)?;
                if lexicon::qualified_currency(&lw, &w2.to_lowercase()).is_some() {
                    return Some((self.text[i..we2].to_string(), we2, Kind::Money));
                }
                if matches!(lw.as_str(), "hong" | "new") {
                    let (w3, _, we3) = self.next_word(we2)?;
                    if lexicon::qualified_currency(&w2.to_lowercase(), &w3.to_lowercase()).is_some()
                    {
                        return Some((self.text[i..we3].to_string(), we3, Kind::Money));
                    }
                }
                None
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
                && w.chars().skip(1).all(char::is_lowercase))
        {
            return None; // "ONE", "FiVe": not prose number words
        }
        // Run-together multipliers: "threefold", "tenfold".
        if let Some(v) = lw.strip_suffix("fold").and_then(lexicon::small_number) {
            return Some(Found {
                start: i,
                end: w_end,
                quantity: in_words(v, Kind::Multiplier, 1.0),
            });
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
                    quantity: in_words(v, Kind::Multiplier, 1.0),
                });
            }
            "minus" | "negative" => return self.sign_word_at(i, w_end),
            "half" => {
                // "half a million", "half a dozen"
                if let Some((v, e)) = self.half_scale(w_end) {
                    return Some(self.words_tail(i, v, e, v / 10.0));
                }
                if !bare
                    && let Some((p, _)) = self.words_before(i, 1).first()
                    && matches!(
                        p.as_str(),
                        "first" | "second" | "latter" | "former" | "other" | "a" | "one"
                    )
                {
                    // "the second half of the year", "two and a half"
                    return None;
                }
                // "two and half" is a mixed number written loosely, but "…, and half of
                // them" is a fraction of its own.
                if !bare
                    && let [(p, _), (before, _)] = self.words_before(i, 2).as_slice()
                    && p == "and"
                    && lexicon::small_number(before).is_some()
                {
                    return None;
                }
                return Some(Found {
                    start: i,
                    end: w_end,
                    quantity: in_words(0.5, Kind::Fraction, 0.01),
                });
            }
            _ => {}
        }
        // Fractions: "a third", "two thirds", "three-quarters", "a quarter million".
        if let Some(f) = self.fraction_at(i, &lw, w_end) {
            return Some(f);
        }
        // Ordinal words: "third", "twenty-first".
        if let Some(v) = self.ordinal_words(&lw, w_end, i, bare) {
            return Some(v);
        }
        // Cardinal words: "five", "forty-two", "two hundred and five", "ten thousand";
        // and ordinals built on them, "one hundred twenty-fifth".
        let (value, end, precision, ordinal) = self.cardinal_words(i)?;
        if ordinal {
            return Some(Found {
                start: i,
                end,
                quantity: in_words(value, Kind::Ordinal, 1.0),
            });
        }
        let text = self.text[i..end].to_lowercase();
        if !bare && (text == "one" || text == "a" || text == "an") {
            // "one of the largest": a pronoun, not a count; but "one percent" and "one
            // dollar" are amounts ("no one won" is not a sum in won).
            let amount = match self.unit_words_after(end) {
                Some((s, _, Kind::Percent | Kind::PercentagePoints)) => !s.is_empty(),
                Some((s, _, Kind::Money)) => !s.trim().eq_ignore_ascii_case("won"),
                _ => false,
            };
            if !amount {
                return None;
            }
        }
        Some(self.words_tail(i, value, end, precision))
    }

    /// "minus 5", "negative one", "minus five percent": the figure after the word, with
    /// its sign. Not the margin in "plus or minus 3 points".
    fn sign_word_at(&mut self, i: usize, w_end: usize) -> Option<Found> {
        let before = self.words_before(i, 2);
        if before.first().is_some_and(|(w, _)| w == "or")
            && before.get(1).is_some_and(|(w, _)| w == "plus")
        {
            return None;
        }
        let j = self.skip_ws(w_end);
        if j == w_end {
            return None;
        }
        let mut f = self.figure_at(j, true)?;
        let signed = matches!(
            f.quantity.kind,
            Kind::Number | Kind::Percent | Kind::PercentagePoints | Kind::Money | Kind::Fraction
        );
        if !signed || f.start != j || f.quantity.upper.is_some() {
            return None;
        }
        f.quantity.value = -f.quantity.value;
        let written = format!(
            "{}{}",
            &self.text[i..j],
            f.quantity.style.prefix.as_deref().unwrap_or("")
        );
        f.quantity.style.prefix = Some(written);
        f.start = i;
        Some(f)
    }

    /// After "half": "a million", "million", "a dozen". Returns (value, end).
    fn half_scale(&self, w_end: usize) -> Option<(f64, usize)> {
        let (mut w, _, mut we) = self.next_word(w_end)?;
        if w == "a" || w == "an" {
            (w, _, we) = self.next_word(we)?;
        }
        let lw = w.to_lowercase();
        let scale = if lw == "dozen" {
            12.0
        } else {
            lexicon::scale_word(&lw).filter(|s| *s >= 1e3)?
        };
        if self.peek(we).is_some_and(|c| is_word_char(c) || c == '-') {
            return None;
        }
        Some((0.5 * scale, we))
    }

    /// What may follow a number written in words: "ten times", "three-fold", "five
    /// percent", "five million yen".
    fn words_tail(&self, i: usize, value: f64, end: usize, precision: f64) -> Found {
        let style = Style {
            words: true,
            ..Style::default()
        };
        if let Some((suffix, e, k)) = self.unit_words_after(end)
            && k != Kind::Money
            && k != Kind::Percent
        {
            return Found {
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
            };
        }
        if self.peek(end) == Some('%') {
            return Found {
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
            };
        }
        if let Some((suffix, e, Kind::Percent)) = self.unit_words_after(end) {
            return Found {
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
            };
        }
        if let Some((suffix, e, Kind::Money)) = self.unit_words_after(end) {
            let (code, factor) = money_code(&suffix);
            let (value, precision) = scaled_by(value, precision, factor);
            let mut q = quantity(
                value,
                Kind::Money,
                precision,
                Style {
                    suffix: Some(suffix),
                    ..style
                },
            );
            q.unit = code.map(str::to_string);
            return Found {
                start: i,
                end: e,
                quantity: q,
            };
        }
        Found {
            start: i,
            end,
            quantity: quantity(value, Kind::Number, precision, style),
        }
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
        let (denom, plural) = denominator(dw)?;
        if (numerator == 1.0) == plural {
            return None;
        }
        // "a quarter million", "three quarters billion": a fraction of a scale.
        if let Some((sw, _, se)) = self.next_word(de)
            && let Some(scale) = lexicon::scale_word(&sw.to_lowercase()).filter(|s| *s >= 1e3)
            && !self.peek(se).is_some_and(|c| is_word_char(c) || c == '-')
        {
            let v = numerator / denom * scale;
            return Some(self.words_tail(i, v, se, scale / 100.0));
        }
        // "a year and a half": the tail of a mixed number this scanner did not read.
        if lw == "a"
            && self
                .words_before(i, 1)
                .first()
                .is_some_and(|(w, _)| w == "and")
        {
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
            quantity: in_words(numerator / denom, Kind::Fraction, 0.01),
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
            quantity: in_words(value, Kind::Ordinal, 1.0),
        })
    }

    /// Reads spelled-out cardinals: "five", "forty-two", "thirty one", "two hundred and
    /// five", "ten thousand", "a dozen", "two and a half million", "three lakh crore".
    /// Returns (value, end, precision, ordinal); `ordinal` is set when the words end in an
    /// ordinal built on them: "one hundred twenty-fifth", "two hundredth".
    fn cardinal_words(&self, i: usize) -> Option<(f64, usize, f64, bool)> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut end = i;
        let mut j = i;
        let mut any = false;
        let mut last_scale = 1.0;
        let mut first = true;
        let mut ordinal = false;
        let mut fraction = false;
        // The small number just read, if the last word was one: "thirty" may take "one".
        let mut last_small: Option<f64> = None;
        while let Some((w, we)) = self.word_at(j) {
            let lw = w.to_lowercase();
            let tens_before = last_small.is_some_and(|t| t >= 20.0 && t % 10.0 == 0.0);
            if let Some(v) = lexicon::small_number(&lw) {
                // "five six" is two numbers; "thirty one" is one
                let joins_tens = tens_before && (1.0..10.0).contains(&v);
                if any && (last_small.is_some() || current % 100.0 != 0.0) && !joins_tens {
                    break;
                }
                current += v;
                let mut e = we;
                let mut read = v;
                // forty-two, twenty-first
                if v >= 20.0
                    && self.peek(we) == Some('-')
                    && let Some((u, ue)) = self.word_at(we + 1)
                    && !self.peek(ue).is_some_and(|c| is_word_char(c) || c == '-')
                {
                    let lu = u.to_lowercase();
                    if let Some(uv) = lexicon::small_number(&lu).filter(|x| (1.0..10.0).contains(x))
                    {
                        current += uv;
                        read += uv;
                        e = ue;
                    } else if let Some(o) =
                        lexicon::ordinal_word(&lu).filter(|x| (1.0..10.0).contains(x))
                    {
                        current += o;
                        end = ue;
                        any = true;
                        ordinal = true;
                        break;
                    }
                }
                end = e;
                any = true;
                last_scale = 1.0;
                j = e;
                last_small = Some(read);
            } else if (lw == "a" || lw == "an") && first {
                // "a hundred", "a dozen", "a million"
                let (nw, _, _) = self.next_word(we)?;
                if lexicon::scale_word(&nw.to_lowercase()).is_none() && nw != "dozen" {
                    return None;
                }
                current = 1.0;
                j = self.skip_ws(we);
                first = false;
                continue;
            } else if lw == "dozen" {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                end = we;
                any = true;
                j = we;
                last_small = None;
            } else if let Some(s) = lexicon::scale_word(&lw).filter(|_| any || current > 0.0) {
                if s != 100.0 && current == 0.0 && total > 0.0 && s <= last_scale {
                    // "one billion million": a scale that multiplies nothing ends the
                    // number, rather than being swallowed without changing its value.
                    break;
                }
                if s == 100.0 {
                    current *= 100.0;
                } else if current == 0.0 && total > 0.0 && s > last_scale {
                    total *= s; // "three lakh crore", "a thousand million"
                } else {
                    total += current * s;
                    current = 0.0;
                }
                last_scale = s;
                end = we;
                any = true;
                j = we;
                last_small = None;
            } else if let Some(o) = lexicon::ordinal_word(&lw).filter(|_| any) {
                if self.peek(we).is_some_and(|c| is_word_char(c) || c == '-') {
                    break; // "twenty first-time buyers"
                }
                if o >= 100.0 {
                    // "two hundredth", "three trillionth"
                    if o == 100.0 {
                        current *= 100.0;
                    } else {
                        total += current.max(1.0) * o;
                        current = 0.0;
                    }
                } else if (o < 10.0 && tens_before)
                    || (last_small.is_none() && current % 100.0 == 0.0)
                {
                    // "twenty fifth", "one hundred fifth", "one hundred twelfth"
                    current += o;
                } else {
                    break;
                }
                end = we;
                ordinal = true;
                break;
            } else if lw == "and" && any && !fraction {
                let Some((nw, ns, ne)) = self.next_word(we) else {
                    break;
                };
                let lnw = nw.to_lowercase();
                let frac = self.and_a_fraction(&lnw, ne);
                if frac.is_none() && last_scale >= 100.0 && lexicon::small_number(&lnw).is_some() {
                    // "two hundred and five"
                    j = ns;
                    first = false;
                    continue;
                }
                let Some((fv, fe)) = frac else {
                    break;
                };
                if last_small.is_some() {
                    // "two and a half", "five and a quarter million"
                    current += fv;
                } else if last_scale >= 1e3 && current == 0.0 {
                    // "one million and a half", "one billion and a half million"
                    match self.next_word(fe) {
                        Some((sw, _, se))
                            if let Some(x) = lexicon::scale_word(&sw.to_lowercase())
                                && x >= 1e3
                                && x < last_scale =>
                        {
                            total += fv * x;
                            end = se;
                            fraction = true;
                            break;
                        }
                        _ => total += fv * last_scale,
                    }
                } else {
                    break;
                }
                end = fe;
                j = fe;
                fraction = true;
                last_small = None;
            } else {
                break;
            }
            first = false;
            let k = self.skip_ws(j);
            if k == j || self.text[j..k].contains(['\n', '\r']) {
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
        let precision = if last_scale > 1.0 {
            last_scale / 10.0
        } else if fraction {
            0.01
        } else {
            1.0
        };
        Some((total + current, end, precision, ordinal))
    }

    /// After "and" in a mixed number: "a half", "one half", "a quarter", "two thirds",
    /// "three fifths". `w` is the word after "and" (lower-cased) and `w_end` its end.
    /// Returns (value, end).
    fn and_a_fraction(&self, w: &str, w_end: usize) -> Option<(f64, usize)> {
        let numerator = match w {
            "a" | "one" => 1.0,
            _ => lexicon::small_number(w).filter(|v| (2.0..=9.0).contains(v))?,
        };
        let (dw, _, de) = self.next_word(w_end)?;
        let (denom, plural) = denominator(dw)?;
        if (numerator == 1.0) == plural
            || self.peek(de).is_some_and(|c| is_word_char(c) || c == '-')
        {
            return None;
        }
        Some((numerator / denom, de))
    }

    /// "20–30", "20 – 30", "5k-20k", "20-30%", "$5-10 million": a range written with a
    /// dash joins two figures into one. The unit or scale may be written once, at the end.
    fn range_after(&self, f: &mut Found) {
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
            let symbol = lexicon::unit_abbreviation(&word);
            let acronym =
                !symbol && word.chars().all(|c| c.is_ascii_uppercase()) && word.len() <= 4;
            if !acronym && !symbol && word.chars().next().is_some_and(char::is_uppercase) {
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
                !a && ((w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !NOT_PLURAL.contains(&w.as_str()))
                    || lexicon::irregular_plural(w)
                    || lexicon::unit_abbreviation(w))
            })
            .or_else(|| words.first().filter(|(w, a)| !a && is_time_word(w)))
            .map(|(w, _)| w.clone())
    }
}

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL: [&str; 8] = ["is", "was", "has", "does", "this", "its", "plus", "thus"];

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

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
    english_ordinal_suffix(n) == suffix
}

/// The suffix English writes after a rank in digits: 1st, 2nd, 3rd, 11th, 21st.
fn english_ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn is_iso_date(tok: &str) -> bool {
    let b = tok.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit());
    // A real calendar month and day: "2891-31-28" is a code, not a date (found by the
    // claim fuzzer: it was written back as "  28, 2891", with no month).
    let number = |r: std::ops::Range<usize>| tok.get(r).and_then(|t| t.parse::<u32>().ok());
    shaped
        && number(5..7).is_some_and(|m| (1..=12).contains(&m))
        && number(8..10).is_some_and(|d| (1..=31).contains(&d))
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

/// The currency a suffix names and what one of its units is worth in the main unit:
/// " dollars" → (USD, 1), " cents" → (USD, 0.01), " swiss francs" → (CHF, 1).
fn money_code(suffix: &str) -> (Option<&'static str>, f64) {
    let words: Vec<String> = suffix.split_whitespace().map(str::to_lowercase).collect();
    let Some(last) = words.last() else {
        return (None, 1.0);
    };
    if words.len() >= 2
        && let Some(code) = lexicon::qualified_currency(&words[words.len() - 2], last)
    {
        return (Some(code), 1.0);
    }
    match lexicon::currency_unit(last) {
        Some((code, factor)) => (Some(code), factor),
        None => (None, 1.0),
    }
}

/// A fraction's denominator word and whether it is plural: "thirds" is (3, true),
/// "half" (2, false).
fn denominator(w: &str) -> Option<(f64, bool)> {
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
const VULGAR_FRACTIONS: [(char, f64); 15] = [
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
fn vulgar_fraction(c: char) -> Option<f64> {
    VULGAR_FRACTIONS
        .iter()
        .find(|(g, _)| *g == c)
        .map(|&(_, v)| v)
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

/// The most significant digits a figure may have: what an `f64` round-trips exactly.
const MAX_SIGNIFICANT_DIGITS: usize = 15;

fn parse_digits(text: &str, i: usize, lim: usize) -> Option<Digits> {
    let s = text.get(i..lim)?;
    let mut int = String::new();
    let mut chars = s.char_indices().peekable();
    let mut end = 0;
    let mut separator = None;
    while let Some(&(k, c)) = chars.peek() {
        crate::work::step(1);
        if c.is_ascii_digit() {
            int.push(c);
            end = k + 1;
            chars.next();
        } else if is_group_sep(c) && !int.is_empty() && separator.is_none_or(|s| s == c) {
            // exactly three digits, then no digit
            let after = &s[k + c.len_utf8()..];
            let three = after.chars().take(3).filter(char::is_ascii_digit).count() == 3;
            let fourth = after.chars().nth(3).is_some_and(|d| d.is_ascii_digit());
            // "0,600" is no grouped number (in much of Europe it is 0.6): a leading
            // group never starts with zero.
            let first_group_ok = separator.is_some() || (int.len() <= 3 && !int.starts_with('0'));
            // A plain space joins groups only when the group ends the number cleanly:
            // "40 000 robots", not "3 100-metre races" or "5 100m".
            // A lone digit before a plain space ("the top 3 500 firms") is more often a
            // count of its own, so "1 234" needs a second group: "1 234 567".
            let spaced_ok = c != ' '
                || (!after
                    .chars()
                    .nth(3)
                    .is_some_and(|d| d.is_alphanumeric() || "-–/:%".contains(d))
                    && (separator.is_some()
                        || int.len() >= 2
                        || (after.chars().nth(3) == Some(' ')
                            && after.chars().skip(4).take(3).all(|d| d.is_ascii_digit())
                            && after.chars().skip(4).count() >= 3)));
            if three && !fourth && first_group_ok && spaced_ok {
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
    // More significant digits than a double holds (15) cannot be compared or written back
    // faithfully: such a run is an identifier or data, not a writer's figure. (Found by the
    // claim fuzzer: "888888888888.888…835 bn" printed back as another number.)
    let significant = int
        .chars()
        .chain(frac.chars())
        .skip_while(|&c| c == '0')
        .count();
    // Nor more decimal places: ".000…0009" (270 zeros) has one significant digit but
    // was written back as "0" (found by the claim fuzzer).
    if significant > MAX_SIGNIFICANT_DIGITS || frac.len() > MAX_SIGNIFICANT_DIGITS {
        return None;
    }
    // "02139", "007", "0800": a leading zero before more digits makes a code (a postcode,
    // an ID, a clock time), not a quantity; read as one, it was written back without the
    // zero and changed kind (found by the claim fuzzer: "02000" a number, "2000" a year).
    if int.len() > 1 && int.starts_with('0') && int.chars().any(|c| c != '0') {
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
    // "minus five percent": the sign is a word before the figure; written for negative
    // values only, with the magnitude after it.
    if let Some(prefix) = &st.prefix
        && let Some(word) = ["minus ", "negative ", "Minus ", "Negative "]
            .into_iter()
            .find(|w| prefix.starts_with(w))
    {
        let mut unsigned = q.clone();
        let rest = &prefix[word.len()..];
        unsigned.style.prefix = (!rest.is_empty()).then(|| rest.to_string());
        let body = render(&unsigned, value.abs());
        return if value < 0.0 {
            format!("{word}{body}")
        } else {
            body
        };
    }
    // "34 cents": money counted in a subunit is written in it.
    let value = match (q.kind, &st.suffix) {
        (Kind::Money, Some(suffix)) => value / money_code(suffix).1,
        _ => value,
    };
    // "2½": a whole number with a fraction glyph is written with one again when the value
    // has such a fraction, else in decimals.
    if let Some(suffix) = &st.suffix
        && suffix.chars().count() == 1
        && suffix.chars().all(|c| vulgar_fraction(c).is_some())
    {
        let prefix = st.prefix.as_deref().unwrap_or("");
        // "-2½" is minus two and a half: the sign goes before the whole mixed number.
        let sign = if value < 0.0 { "-" } else { "" };
        let whole = value.abs().trunc();
        let part = value.abs() - whole;
        let glyph = VULGAR_FRACTIONS
            .iter()
            .find(|(_, v)| (v - part).abs() < 1e-9)
            .map(|&(g, _)| g);
        return match glyph {
            Some(g) if whole == 0.0 && q.kind == Kind::Fraction => format!("{prefix}{sign}{g}"),
            Some(g) => format!("{prefix}{sign}{}{g}", format_number(whole, None, 0)),
            _ => format!(
                "{prefix}{}",
                format_number(value, st.separator, decimals_needed(value, 3))
            ),
        };
    }
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
            if !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
                return format!("{prefix}{n}{suffix}"); // 3위
            }
            return format!("{prefix}{n}{}", english_ordinal_suffix(n));
        }
        Kind::Fraction if st.words => {
            if let Some(words) = fraction_in_words(value) {
                return words.to_string();
            }
            return format_number(value, None, decimals_needed(value, 3));
        }
        Kind::Fraction => return format_number(value, None, decimals_needed(value, 3)),
        // "twice" and "thrice" are whole figures on their own, with no "times" after.
        Kind::Multiplier if st.words && st.suffix.is_none() => {
            let n = value.round();
            if (value - n).abs() < 1e-9 && (n == 2.0 || n == 3.0) {
                return if n == 2.0 { "twice" } else { "thrice" }.to_string();
            }
            return format!(
                "{} times",
                format_number(value, None, decimals_needed(value, 3))
            );
        }
        _ => {}
    }
    let (mantissa, scale) = match &st.scale {
        Some(s) => rescale(value, s),
        None => (value, String::new()),
    };
    let body = if st.words && mantissa.fract() == 0.0 && (0.0..1e15).contains(&mantissa) {
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
    if let Some(&(_, factor)) = [("만", 1e4), ("억", 1e8), ("조", 1e12)]
        .iter()
        .find(|(w, _)| *w == word)
    {
        let family = [("만", 1e4), ("억", 1e8), ("조", 1e12)];
        let best = family
            .iter()
            .rev()
            .find(|(_, f)| value.abs() >= *f)
            .copied()
            .unwrap_or(("", 1.0));
        let _ = factor;
        return (value / best.1, format!("{joiner}{}", best.0));
    }
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

/// The common fractions a writer spells out, for rendering a fraction written in words.
fn fraction_in_words(v: f64) -> Option<&'static str> {
    let table: [(f64, &str); 7] = [
        (0.5, "half"),
        (1.0 / 3.0, "a third"),
        (2.0 / 3.0, "two thirds"),
        (0.25, "a quarter"),
        (0.75, "three quarters"),
        (0.2, "a fifth"),
        (0.1, "a tenth"),
    ];
    table
        .iter()
        .find(|(f, _)| (f - v).abs() < 1e-6)
        .map(|(_, w)| *w)
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
    if n < 1000 {
        let hundreds = format!("{} hundred", lexicon::SMALL_WORDS[(n / 100) as usize]);
        return if n.is_multiple_of(100) {
            hundreds
        } else {
            format!("{hundreds} {}", cardinal_in_words(n % 100))
        };
    }
    // "two million", "one billion three hundred million": each group of three digits with
    // its scale word, as the scanner reads them.
    let mut out = Vec::new();
    let mut rest = n;
    for (factor, word) in [
        (1_000_000_000_000u64, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if rest >= factor {
            if rest / factor >= 1000 {
                return n.to_string();
            }
            out.push(format!("{} {word}", cardinal_in_words(rest / factor)));
            rest %= factor;
        }
    }
    if rest > 0 {
        out.push(cardinal_in_words(rest));
    }
    out.join(" ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, LineIndex};

    fn figs(text: &str) -> Vec<Figure> {
        extract(text, Format::Plain)
    }

    /// The only figure in `text`; its text must be `written`.
    #[track_caller]
    fn only(text: &str, written: &str) -> Quantity {
        let f = figs(text);
        assert_eq!(
            f.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
            vec![written],
            "figures of {text:?}"
        );
        let f = &f[0];
        // The byte span is exactly the written figure.
        assert_eq!(&text[f.start..f.end], written);
        f.quantity.clone()
    }

    #[track_caller]
    fn is(text: &str, written: &str, value: f64, kind: Kind) -> Quantity {
        let q = only(text, written);
        assert!(
            (q.value - value).abs() <= 1e-9 * value.abs().max(1.0),
            "{text:?}: value {} != {value}",
            q.value
        );
        assert_eq!(q.kind, kind, "{text:?}");
        q
    }

    #[track_caller]
    fn none(text: &str) {
        let f = figs(text);
        assert!(
            f.is_empty(),
            "{text:?} has figures {:?}",
            f.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn mixed_numbers_with_a_glyph_are_written_back_with_one() {
        // Found by the claim fuzzer: "0¼" was printed back as "0.25", another figure.
        for (text, value, back, other) in [
            ("2½ times", 2.5, "2½", "3¼"),
            ("0¼", 0.25, "0¼", "1.3"),
            ("¼ of it", 0.25, "¼", "1.3"),
            ("fell -0¾ points", -0.75, "-0¾", "1.3"),
        ] {
            let f = figs(text);
            assert_eq!(f[0].quantity.value, value, "{text}");
            assert_eq!(f[0].quantity.render(value), back, "{text}");
            let other_value = if other == "3¼" { 3.25 } else { 1.3 };
            assert_eq!(f[0].quantity.render(other_value), other, "{text}");
        }
    }

    #[test]
    fn iso_dates_need_a_real_month_and_day() {
        assert!(is_iso_date("2025-06-01"));
        assert!(!is_iso_date("2891-31-28"));
        assert!(!is_iso_date("2025-06-00"));
        for f in figs("code 2891-31-28 here") {
            assert_ne!(f.quantity.kind, Kind::Date, "{:?}", f.text);
        }
    }

    #[test]
    fn leading_zeros_make_codes_not_figures() {
        assert!(figs("postcode 02139 and agent 007").is_empty());
        is("a ratio of 0.5 today", "0.5", 0.5, Kind::Number);
    }

    #[test]
    fn more_digits_than_a_double_holds_are_no_figure() {
        assert!(figs("an id of 1234567890123456 here").is_empty());
        assert!(figs("= 888888888888.8888888888888888835 bn rs").is_empty());
        let f = figs("a debt of 123456789012345 won");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].quantity.value, 123_456_789_012_345.0);
    }

    #[test]
    fn a_leading_zero_group_is_no_thousands_group() {
        // Found by the claim fuzzer: "-0,600" read as -600 with a comma printed back as
        // "-600", which reads back without one.
        for f in figs("a ratio of 0,600 and -0,600 today") {
            assert!(f.quantity.style.separator.is_none(), "{:?}", f.text);
        }
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        let q = is(
            "Korea installed 30,600 robots.",
            "30,600",
            30600.0,
            Kind::Number,
        );
        assert_eq!(q.style.separator, Some(','));
        assert_eq!(q.precision, 1.0);
        assert_eq!(q.unit.as_deref(), Some("robots"));
        let q = is("a rate of 14.31 in Korea", "14.31", 14.31, Kind::Number);
        assert_eq!(q.style.decimals, 2);
        assert_eq!(q.precision, 0.01);
        is("a yield of .25 on", ".25", 0.25, Kind::Number);
        let q = is(
            "it had 1\u{2009}012 robots",
            "1\u{2009}012",
            1012.0,
            Kind::Number,
        );
        assert_eq!(q.style.separator, Some('\u{2009}'));
        is(
            "it had 1\u{A0}012 robots",
            "1\u{A0}012",
            1012.0,
            Kind::Number,
        );
        is("it had 40 000 robots", "40 000", 40000.0, Kind::Number);
        is(
            "China has 1 414 021 100 people.",
            "1 414 021 100",
            1414021100.0,
            Kind::Number,
        );
    }

    #[test]
    fn plain_spaces_join_groups_only_where_unambiguous() {
        // a lone digit before a space is a count of its own
        let f = figs("the top 3 500 firms");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].text, "500");
        // a compound adjective after the group
        let f = figs("he won 3 100-metre races");
        assert!(f.iter().all(|f| f.quantity.value != 3100.0));
    }

    #[test]
    fn scales_in_words_hyphens_and_letters() {
        let q = is(
            "236 billion parameters",
            "236 billion",
            2.36e11,
            Kind::Number,
        );
        assert_eq!(q.style.scale.as_deref(), Some(" billion"));
        assert_eq!(q.precision, 1e9);
        let q = is(
            "a 236-billion parameter model",
            "236-billion",
            2.36e11,
            Kind::Number,
        );
        assert_eq!(q.unit.as_deref(), Some("parameter"));
        is("a 236B model", "236B", 2.36e11, Kind::Number);
        is("worth 100M", "100M", 1e8, Kind::Number);
        let q = is("some 30.6 thousand", "30.6 thousand", 30600.0, Kind::Number);
        assert_eq!(q.precision, 100.0);
        assert_eq!(q.hedge, Some(Hedge::About));
        is("1.5 trillion", "1.5 trillion", 1.5e12, Kind::Number);
        is("with 3k stars", "3k", 3000.0, Kind::Number);
        // exact, not 16399999.999999998
        assert_eq!(only("16.4 million", "16.4 million").value, 16_400_000.0);
        is("35 lakh", "35 lakh", 3.5e6, Kind::Number);
    }

    #[test]
    fn numbers_in_words() {
        let q = is("It released five models.", "five", 5.0, Kind::Number);
        assert!(q.style.words);
        assert_eq!(q.unit.as_deref(), Some("models"));
        is("twelve", "twelve", 12.0, Kind::Number);
        is("ten thousand", "ten thousand", 1e4, Kind::Number);
        is("forty-two", "forty-two", 42.0, Kind::Number);
        is("thirty one", "thirty one", 31.0, Kind::Number);
        is("a dozen", "a dozen", 12.0, Kind::Number);
        is(
            "two hundred and five",
            "two hundred and five",
            205.0,
            Kind::Number,
        );
        is(
            "two thousand and two hundred",
            "two thousand and two hundred",
            2200.0,
            Kind::Number,
        );
        is(
            "fewer than a thousand pandas",
            "a thousand",
            1000.0,
            Kind::Number,
        );
        is("two and a half", "two and a half", 2.5, Kind::Number);
        is(
            "five and a half million fish",
            "five and a half million",
            5.5e6,
            Kind::Number,
        );
        is("half a million people", "half a million", 5e5, Kind::Number);
        is(
            "a quarter million",
            "a quarter million",
            2.5e5,
            Kind::Number,
        );
        is("three lakh crore", "three lakh crore", 3e12, Kind::Number);
    }

    #[test]
    fn fractions() {
        is("half of them", "half", 0.5, Kind::Fraction);
        is("a third of them", "a third", 1.0 / 3.0, Kind::Fraction);
        is(
            "two thirds of them",
            "two thirds",
            2.0 / 3.0,
            Kind::Fraction,
        );
        is(
            "three-quarters of them",
            "three-quarters",
            0.75,
            Kind::Fraction,
        );
        is("one eighth", "one eighth", 0.125, Kind::Fraction);
        is("a half", "a half", 0.5, Kind::Fraction);
        is("the result is ¾", "¾", 0.75, Kind::Fraction);
        is("it took 2½ years", "2½", 2.5, Kind::Number);
        // not fractions
        none("the second half of the year");
        none("for a year and a half.");
    }

    #[test]
    fn ranks() {
        is("Korea ranked 3rd", "3rd", 3.0, Kind::Ordinal);
        is("Korea came third", "third", 3.0, Kind::Ordinal);
        is("the 18th largest", "18th", 18.0, Kind::Ordinal);
        is("twenty-first", "twenty-first", 21.0, Kind::Ordinal);
        is(
            "one hundred twenty-fifth",
            "one hundred twenty-fifth",
            125.0,
            Kind::Ordinal,
        );
        is("two hundredth", "two hundredth", 200.0, Kind::Ordinal);
        let q = is("It is number three", "number three", 3.0, Kind::Ordinal);
        assert_eq!(q.style.prefix.as_deref(), Some("number "));
        let q = is("in the top 10", "top 10", 10.0, Kind::Ordinal);
        assert_eq!(q.hedge, Some(Hedge::AtMost));
        // "first" and "second" only where a rank is meant
        none("It first gained attention in a second study.");
        is("Korea ranked first", "first", 1.0, Kind::Ordinal);
        is("the second largest", "second", 2.0, Kind::Ordinal);
        let f = figs("It fell from 25th to 18th.");
        let got: Vec<(&str, f64, Kind)> = f
            .iter()
            .map(|f| (f.text.as_str(), f.quantity.value, f.quantity.kind))
            .collect();
        assert_eq!(
            got,
            vec![("25th", 25.0, Kind::Ordinal), ("18th", 18.0, Kind::Ordinal)]
        );
        none("the 3th"); // a wrong suffix is not a rank
        // "a third round" is the third round, not a fraction
        is("in a third round", "third", 3.0, Kind::Ordinal);
    }

    #[test]
    fn percentages() {
        let q = is("grew 1.6% last year", "1.6%", 1.6, Kind::Percent);
        assert_eq!(q.style.suffix.as_deref(), Some("%"));
        is("88 percent of firms", "88 percent", 88.0, Kind::Percent);
        is("5 per cent", "5 per cent", 5.0, Kind::Percent);
        is("fifty percent", "fifty percent", 50.0, Kind::Percent);
        is("one percent", "one percent", 1.0, Kind::Percent);
        is(
            "rose 4.8 percentage points",
            "4.8 percentage points",
            4.8,
            Kind::PercentagePoints,
        );
        is("fell 2.1pp", "2.1pp", 2.1, Kind::PercentagePoints);
        is("fell -3.2% in", "-3.2%", -3.2, Kind::Percent);
        is(
            "need minus five percent",
            "minus five percent",
            -5.0,
            Kind::Percent,
        );
        // a margin of error is not a negative figure
        let f = figs("plus or minus 3 percentage points");
        assert_eq!(f[0].quantity.value, 3.0);
        let f = figs("rose from 60% to 100%");
        let got: Vec<(&str, f64)> = f
            .iter()
            .map(|f| (f.text.as_str(), f.quantity.value))
            .collect();
        assert_eq!(got, vec![("60%", 60.0), ("100%", 100.0)]);
        assert!(f.iter().all(|f| f.quantity.kind == Kind::Percent));
    }

    #[test]
    fn money() {
        let q = is(
            "a $581.7 billion market",
            "$581.7 billion",
            5.817e11,
            Kind::Money,
        );
        assert_eq!(q.unit.as_deref(), Some("USD"));
        assert_eq!(q.precision, 1e8);
        let q = is("US$9 billion", "US$9 billion", 9e9, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        assert_eq!(q.style.prefix.as_deref(), Some("US$"));
        let q = is("cost £1,000", "£1,000", 1000.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("GBP"));
        let q = is("raised €3.2m", "€3.2m", 3.2e6, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("EUR"));
        let q = is("₩1 trillion", "₩1 trillion", 1e12, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("KRW"));
        let q = is("1 trillion won", "1 trillion won", 1e12, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("KRW"));
        let q = is("$9.06bn", "$9.06bn", 9.06e9, Kind::Money);
        assert_eq!(q.style.scale.as_deref(), Some("bn"));
        is("Give me 5 dollars", "5 dollars", 5.0, Kind::Money);
        let q = is("sold for $ 75 million", "$ 75 million", 7.5e7, Kind::Money);
        assert_eq!(q.style.prefix.as_deref(), Some("$ "));
        is(
            "a US $150 million loan",
            "US $150 million",
            1.5e8,
            Kind::Money,
        );
        is("for US$ 5", "US$ 5", 5.0, Kind::Money);
        let q = is("priced at USD115", "USD115", 115.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        is("priced at 115USD", "115USD", 115.0, Kind::Money);
        let q = is("nor is 10 €", "10 €", 10.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("EUR"));
        let q = is("the cost is 100元!", "100元", 100.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("CNY"));
        let q = is("shares fell 34 cents", "34 cents", 0.34, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        let q = is(
            "10,000 swiss francs",
            "10,000 swiss francs",
            1e4,
            Kind::Money,
        );
        assert_eq!(q.unit.as_deref(), Some("CHF"));
        let q = is("five million yen", "five million yen", 5e6, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("JPY"));
        is("It costs one dollar", "one dollar", 1.0, Kind::Money);
        is("Banknotes: 5 €", "5 €", 5.0, Kind::Money);
        // "3 USD50": the code is glued to the second amount
        let f = figs("give away 3 USD50 cards");
        assert_eq!(f.last().map(|f| f.text.as_str()), Some("USD50"));
        // "A" is an article here, not the Australian dollar's letter
        let q = is("A $5 fee", "$5", 5.0, Kind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        // "no one won": not a sum in won
        none("no one won the vote");
        // "pounds" is as often a weight
        is("361 million pounds", "361 million", 3.61e8, Kind::Number);
    }

    #[test]
    fn rates_ranges_and_dates() {
        let q = is(
            "1,012 robots per 10,000 workers",
            "1,012",
            1012.0,
            Kind::Number,
        );
        assert_eq!(q.unit.as_deref(), Some("robots"));
        let per = q.per.expect("a rate");
        assert_eq!(per.base, 10000.0);
        assert_eq!(per.unit.as_deref(), Some("workers"));
        let q = is("14.31 per 100,000 people", "14.31", 14.31, Kind::Number);
        let per = q.per.expect("a rate");
        assert_eq!(per.base, 100000.0);
        assert_eq!(per.unit.as_deref(), Some("people"));
        let q = is("between 20 and 30 firms", "20 and 30", 20.0, Kind::Number);
        assert_eq!(q.upper, Some(30.0));
        let q = is("20–30 firms", "20–30", 20.0, Kind::Number);
        assert_eq!(q.upper, Some(30.0));
        let q = is("from 1000 – 5000", "1000 – 5000", 1000.0, Kind::Number);
        assert_eq!(q.upper, Some(5000.0));
        let q = is("5k-20k", "5k-20k", 5000.0, Kind::Number);
        assert_eq!(q.upper, Some(20000.0));
        let q = is("grew 20-30%", "20-30%", 20.0, Kind::Percent);
        assert_eq!(q.upper, Some(30.0));
        let q = is("$5-10 million", "$5-10 million", 5e6, Kind::Money);
        assert_eq!(q.upper, Some(1e7));
        assert_eq!(q.unit.as_deref(), Some("USD"));
        // a score and a year span are not ranges of one figure
        assert!(figs("won 5-3").iter().all(|f| f.quantity.upper.is_none()));
        assert!(
            figs("in 2019-2020")
                .iter()
                .all(|f| f.quantity.upper.is_none())
        );
        is("In 2017 it grew", "2017", 2017.0, Kind::Year);
        is(
            "the quarter of 2021 earnings rose",
            "2021",
            2021.0,
            Kind::Year,
        );
        is(
            "strong results for Q3 2020 sales",
            "2020",
            2020.0,
            Kind::Year,
        );
        is("they sold 2000 robots", "2000", 2000.0, Kind::Number);
        is(
            "since December 2020",
            "December 2020",
            20201200.0,
            Kind::Date,
        );
        is("on June 1 the", "June 1", 601.0, Kind::Date);
        is(
            "on June 1, 2025 the",
            "June 1, 2025",
            20250601.0,
            Kind::Date,
        );
        is("2000 robots", "2000", 2000.0, Kind::Number);
    }

    #[test]
    fn multipliers() {
        is("ten times larger", "ten times", 10.0, Kind::Multiplier);
        is("grew twice", "twice", 2.0, Kind::Multiplier);
        is("a three-fold rise", "three-fold", 3.0, Kind::Multiplier);
        is("to grow threefold by", "threefold", 3.0, Kind::Multiplier);
        is("a tenfold rise", "tenfold", 10.0, Kind::Multiplier);
        is("forecast, and half of them", "half", 0.5, Kind::Fraction);
        is("a 10x rise", "10x", 10.0, Kind::Multiplier);
    }

    #[test]
    fn hedges() {
        let cases = [
            ("about 30,000", Hedge::About),
            ("roughly 30,000", Hedge::About),
            ("some 30,000", Hedge::About),
            ("nearly 30,000", Hedge::Nearly),
            ("almost 30,000", Hedge::Nearly),
            ("more than 30,000", Hedge::MoreThan),
            ("over 30,000", Hedge::MoreThan),
            ("at least 30,000", Hedge::AtLeast),
            ("fewer than 30,000", Hedge::LessThan),
            ("under 30,000", Hedge::LessThan),
            ("up to 30,000", Hedge::AtMost),
            ("less than or equal to 30,000", Hedge::AtMost),
            ("exceeded 30,000", Hedge::MoreThan),
            ("x>30,000", Hedge::MoreThan),
            ("≥ 30,000", Hedge::AtLeast),
            ("30,000 or more", Hedge::AtLeast),
            ("30,000 or fewer", Hedge::AtMost),
        ];
        for (text, hedge) in cases {
            let f = figs(text);
            assert_eq!(f.len(), 1, "{text:?}");
            assert_eq!(
                f[0].text, "30,000",
                "{text:?}: the hedge is not in the span"
            );
            assert_eq!(f[0].quantity.hedge, Some(hedge), "{text:?}");
        }
        assert_eq!(only("30,000", "30,000").hedge, None);
    }

    #[test]
    fn not_figures() {
        // Markdown structure: code, URLs, list markers, heading numbers, footnotes
        let md = "## 2. Results\n\n1. Korea had `42` robots, see <https://x.org/2020>.\n\nA claim.[^1]\n\n[^1]: Source.\n";
        assert!(extract(md, Format::Markdown).is_empty());
        none("see [12] for the method");
        // names and identifiers
        none("Exaone 4.0 and Motif-2-12.7B");
        none("Mi:dm K 2.5 Pro");
        none("on SWE-bench");
        none("GPT-4 was released");
        none("install v1.2.3 first");
        none("call +1 555-123-4567");
        none("ISBN 978-3-16-148410-0");
        none("the server at 192.168.1.2");
        none("see https://example.org/2024/report");
        // a pronoun and measurements glued to their units
        none("one of the largest");
        none("a 180ml bottle");
        none("5G and 3D");
    }

    #[test]
    fn positions_after_korean_and_emoji() {
        let text = "한국은 🤖 로봇 30,600대를 설치했다";
        let f = figs(text);
        assert_eq!(f.len(), 1);
        let start = f[0].start;
        // The counter 대 (machines) is part of the figure, as "th" is of "18th".
        assert_eq!(&text[start..f[0].end], "30,600대");
        assert_eq!(f[0].quantity.unit.as_deref(), Some("대"));
        // 한국은 (3 × 3 bytes) + space + 🤖 (4 bytes) + space + 로봇 (2 × 3) + space
        assert_eq!(start, 9 + 1 + 4 + 1 + 6 + 1);
        let p = LineIndex::new(text).position(text, start);
        assert_eq!(p.line, 1);
        // 3 + 1 + 1 + 1 + 2 + 1 = 9 characters before, the emoji 2 UTF-16 units
        assert_eq!(p.column, 10);
        assert_eq!(p.utf16_column, 11);
    }

    #[test]
    fn korean_counters_scales_and_ranks() {
        let rank = only("한국은 AI 도입률 18위를 기록했다", "18위");
        assert_eq!((rank.kind, rank.value), (Kind::Ordinal, 18.0));
        assert_eq!(rank.render_value(25.0), "25위");
        let money = only("시장 규모는 9조 원이다", "9조 원");
        assert_eq!((money.kind, money.value), (Kind::Money, 9e12));
        assert_eq!(money.unit.as_deref(), Some("KRW"));
        assert_eq!(money.render_value(1.2e13), "12조 원");
        let count = only("모델 5개를 공개했다", "5개");
        assert_eq!((count.kind, count.value), (Kind::Number, 5.0));
        let big = only("로봇 3만 대", "3만");
        assert_eq!(big.value, 30000.0);
        assert!(figs("전화 +82 2 555 0134 로").is_empty());
    }

    #[test]
    fn render_keeps_the_drafts_style() {
        let r = |written: &str, value: f64| only(written, written).clone().render_value(value);
        assert_eq!(r("31,600", 30600.0), "30,600");
        assert_eq!(r("100 million", 1e11), "100 billion");
        assert_eq!(r("$9.5bn", 9.06e9), "$9.06bn");
        assert_eq!(r("five", 50.0), "fifty");
        assert_eq!(r("3rd", 5.0), "5th");
        assert_eq!(r("34 cents", 0.5), "50 cents");
        assert_eq!(r("-3.2%", -1.5), "-1.5%");
        assert_eq!(r("minus five percent", -3.0), "minus three percent");
    }

    trait RenderValue {
        fn render_value(&self, value: f64) -> String;
    }

    impl RenderValue for Quantity {
        fn render_value(&self, value: f64) -> String {
            self.render(value)
        }
    }
}
