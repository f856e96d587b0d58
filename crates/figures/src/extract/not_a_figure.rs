//! What is *not* a figure: URLs, versions, phone numbers, model names, list markers,
//! section numbers. Each rule names the false alarm it prevents.

use super::*;

impl<'t> Scanner<'t> {
    /// The token (whitespace- and bracket-delimited) around byte `i`, or `None` when it
    /// runs longer than [`MAX_TOKEN`] bytes on either side.
    ///
    /// The bound keeps the scan linear: every digit of "1,1,1,…" asks for the token around
    /// it, and walking an unbounded token each time made 32 KB of it take 14 seconds.
    pub(super) fn token_around(&self, i: usize) -> Option<Range<usize>> {
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

    /// Whether a count is the window another figure is counted in: "four of their last
    /// five games", "over his last two games", "the final 12 minutes". The window says
    /// where the other figure was counted; a box score states no such count.
    pub(super) fn is_a_window(&self, found: &Found) -> bool {
        const OPENERS: [&str; 4] = ["last", "past", "previous", "final"];
        const SPANS: [&str; 9] = [
            "games", "minutes", "seconds", "contests", "outings", "matches", "starts", "meetings",
            "tries",
        ];
        found.quantity.kind == Kind::Number
            && found.quantity.value >= 2.0
            && self
                .words_before(found.start, 1)
                .first()
                .is_some_and(|(w, _)| OPENERS.contains(&w.as_str()))
            && self
                .next_word(found.end)
                .is_some_and(|(w, _, _)| SPANS.contains(&w.to_lowercase().as_str()))
    }

    /// Rules that make a number part of something else: a URL, a version, a phone
    /// number, a model name. `i` is where the digits start.
    pub(super) fn is_part_of_identifier(&self, i: usize) -> bool {
        // A run of hundreds of characters without a space is data (a hash, a URL, a
        // serialised list), not prose: no figure of a writer's is inside it.
        let Some(tok_range) = self.token_around(i) else {
            return true;
        };
        if self.ends_a_year_span(i) {
            return true;
        }
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
            // "mid-2025", "pre-2020": a year with a word for part of it or around it.
            let time_prefix = ["mid-", "early-", "late-", "pre-", "post-"]
                .iter()
                .any(|p| prefix.eq_ignore_ascii_case(p));
            // "8-of-18", "13-for-19", "(4-7 FG)", a team's record "the Hawks (30-21)",
            // "went 76-62", a
            // score after the team it was scored against "outscored the Hawks 37-20", a
            // tally "a 7-2 vote", "by a vote of 1,412-137": the second side, a figure of
            // its own (see `paired` and the context's owners).
            // Other "A-B" pairs keep their first side only: with no name to tie it to, a
            // second side alone was backed by chance more often than not.
            // digits, then `joint`; with `grouped`, commas among the digits ("by a vote
            // of 1,412-137": the first side of a tally may be grouped)
            let side_then = |joint: &str, grouped: bool| {
                prefix.strip_suffix(joint).is_some_and(|made| {
                    made.starts_with(|c: char| c.is_ascii_digit())
                        && made
                            .bytes()
                            .all(|b| b.is_ascii_digit() || (grouped && b == b','))
                })
            };
            let digits_then = |joint: &str| side_then(joint, false);
            let grouped_end = i + self
                .rest(i)
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b',')
                .count();
            let grouped_end = i + self.text[i..grouped_end].trim_end_matches(',').len();
            let number_end = i + self.rest(i).bytes().take_while(u8::is_ascii_digit).count();
            let pair_prefix = ((side_then("-", true) || side_then("–", true))
                && self.tally(i - prefix.len(), grouped_end))
                || digits_then("-of-")
                || digits_then("-for-")
                || ((digits_then("-") || digits_then("–"))
                    && (self.written_as_pair(number_end)
                        || self.written_as_record(i - prefix.len(), number_end)
                        || self.record(i - prefix.len(), number_end)
                        || self.score_after_name(i - prefix.len(), number_end)));
            let allowed = time_prefix
                || pair_prefix
                || second_year_of_span(prefix, &self.text[i..number_end], self.rest(number_end))
                || lexicon::iso_code(prefix).is_some()
                || CURRENCY_PREFIXES
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

    /// "2025–26", "2024—2025": the second year of a span after an en or em dash, which is
    /// read with the first as the hyphen's "2025-26" is (the first year stands for both).
    fn ends_a_year_span(&self, i: usize) -> bool {
        let before = &self.text[self.range_start..i];
        let Some(year) = before.strip_suffix(['–', '—']) else {
            return false;
        };
        let digits = &year[year.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        let rest = self.rest(i);
        let tail = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
            && !year[..year.len() - 4].ends_with(|c: char| c.is_alphanumeric() || c == ',')
            && (tail == 2 || tail == 4)
            && !rest[tail..].starts_with(|c: char| c.is_alphanumeric() || c == '%')
            && !second_year_of_span(before, &rest[..tail], &rest[tail..])
    }

    /// "Exaone 4.0", "Mi:dm K 2.5 Pro": a small plain number right after a capitalised
    /// word is part of a name.
    pub(super) fn follows_name(&self, i: usize, digits: &Digits) -> bool {
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
        // "out-scored the Heat 64-52": high before low after a name is a score, not a
        // model's number ("Motif 2-12.7B" has a letter after its digits).
        if let Some(second) = self.rest(digits.end).strip_prefix(['-', '–']) {
            let low: String = second.chars().take_while(char::is_ascii_digit).collect();
            let after = second[low.len()..].chars().next();
            let high = self.text[i..digits.end].parse::<u32>().ok();
            if (1..=3).contains(&low.len())
                && !after.is_some_and(char::is_alphanumeric)
                && high >= low.parse::<u32>().ok()
            {
                return false;
            }
        }
        let first = word.chars().next();
        if !first.is_some_and(|c| c.is_uppercase()) {
            return false;
        }
        // "LLM은 5개", "AI 3위": a word with another language's particle is that
        // language's subject, and a counter after the digits makes the number a count.
        if word.chars().any(|c| lang::language_of(c).is_some())
            || self
                .peek(digits.end)
                .is_some_and(|c| lang::language_of(c).is_some())
        {
            return false;
        }
        // "China 30, against Korea's six": a country is no product with a version.
        if lexicon::is_country(word) {
            return false;
        }
        // "Ridgeline 767 GWh", "the Western Railway 22 miles west": a unit after the
        // digits makes them a quantity.
        if self.next_word(digits.end).is_some_and(|(w, ws, _)| {
            ws == digits.end + 1 && (lexicon::unit_abbreviation(w) || lexicon::measure_word(w))
        }) {
            return false;
        }
        // "Members 70 and older may apply": a bound, not a product's number.
        if self.hedge_after_end(digits.end).is_some() {
            return false;
        }
        // "Children 6 months to 4 years": a span of time, not a product's number.
        if self
            .next_word(digits.end)
            .is_some_and(|(w, ws, _)| ws == digits.end + 1 && super::numeric::is_time_word(w))
        {
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
            // "Ages 5 to 17", "Aged 65 and older": ages, not a product's number
            "Ages",
            "Aged",
            "Age",
        ];
        // Determiners and pronouns open noun phrases: "This 236-billion parameter model".
        let determiners = [
            "This", "These", "That", "Those", "It", "Its", "Their", "Our", "Each", "Every", "Both",
            "Many", "Another",
        ];
        !not_names.contains(&word) && !determiners.contains(&word) && lexicon::month(word).is_none()
    }

    /// Section numbers at the start of a heading, list markers at the start of a plain
    /// line, citation markers like "[12]", and denominators after "per" or "for every".
    pub(super) fn is_structural_number(&self, i: usize) -> bool {
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
        let before = self.words_before(i, 2);
        let word = |k: usize| before.get(k).map(|(w, _)| w.as_str());
        // "per 1,000 residents", and "per" in words: "for every 1,000 residents"
        if word(0) == Some("per")
            || word(1) == Some("for") && matches!(word(0), Some("every" | "each"))
        {
            return true;
        }
        false
    }
}

/// Whether `digits` (followed by `after`) is the second year of a span written in full
/// after the first and a dash, `before`: "1939-2025", "served 2001–2009". The second year
/// is a year of its own (a death, an end), stated as much as the first; "2025-26" stands
/// for one season and is read as its first year.
fn second_year_of_span(before: &str, digits: &str, after: &str) -> bool {
    let Some(first) = before
        .strip_suffix(['-', '–', '—'])
        .and_then(|y| y.get(y.len().saturating_sub(4)..))
    else {
        return false;
    };
    let year = |y: &str| {
        (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            .then(|| y.parse::<u32>().ok())
            .flatten()
            .filter(|y| (1800..=2100).contains(y))
    };
    matches!((year(first), year(digits)), (Some(a), Some(b)) if a < b)
        && !after.starts_with(|c: char| c.is_alphanumeric() || c == '%')
}

pub(super) fn is_iso_date(tok: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::extract::tests::figs;

    #[test]
    fn a_unit_written_out_after_a_names_number_makes_it_a_distance() {
        let text = "on the Great Plains & Western Railway 22 miles west of Orlin";
        let found = figs(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].quantity.value, 22.0);
        assert_eq!(found[0].quantity.unit.as_deref(), Some("miles"));
        // a name's number without a unit stays part of the name
        assert!(figs("The plant sits on Highway 22 near the river.").is_empty());
    }

    #[test]
    fn an_age_bound_after_a_capitalised_noun_is_a_figure() {
        for text in [
            "Members 70 and older may apply.",
            "Residents 65 or older ride free.",
        ] {
            let found = figs(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                found[0].quantity.hedge,
                Some(crate::Hedge::AtLeast),
                "{text}"
            );
        }
    }

    #[test]
    fn a_span_of_two_full_years_states_both() {
        // a life, a term of office, a fiscal year written in full
        for text in [
            "Margit Lindahl, 1939-2025",
            "served 2001–2009 as mayor",
            "fiscal 2024—2025 ended",
        ] {
            let years = figs(text);
            assert_eq!(years.len(), 2, "{text}: {years:?}");
            assert!(
                years.iter().all(|y| y.quantity.kind == crate::Kind::Year),
                "{text}"
            );
            assert!(years[0].quantity.value < years[1].quantity.value, "{text}");
        }
        // not backwards, and not glued to a word
        assert_eq!(figs("from 2025-2019").len(), 1);
        assert_eq!(figs("code 1939-2025a").len(), 1);
    }
}
