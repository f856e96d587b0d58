//! Sentence boundaries, with the abbreviations that do not end one.

use super::*;

/// Sentence ranges of `text`, in order, covering every non-blank stretch.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        crate::work::step(1);
        let c = b[i];
        // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files, some CMS exports).
        let line_end = c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n'));
        let boundary_end = match c {
            b'\n' | b'\r' if line_end => {
                // A blank line always ends a sentence; a single line break ends one unless
                // the text plainly runs on: a lower-case word or comma before it and a
                // lower-case word or a figure after it ("fell 13 points to\n45%"), or a
                // word before it that cannot end a sentence ("at the\nAuthority").
                let before = text[start..i].trim_end();
                let after = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
                let next = after.chars().next();
                let opens_block =
                    next.is_none_or(|n| matches!(n, '\n' | '#' | '|' | '>' | '-' | '*' | '+'));
                let runs_on = !opens_block
                    && ((before
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_lowercase() || p == ',' || p == '-')
                        && next.is_some_and(|n| {
                            n.is_lowercase() || n.is_ascii_digit() || "$€£¥₩".contains(n)
                        }))
                        // "It admitted 31,400\npatients": a figure before it and a
                        // lower-case word after it
                        || (before
                            .chars()
                            .next_back()
                            .is_some_and(|p| p.is_ascii_digit() || p == '%' || p == ')')
                            && next.is_some_and(char::is_lowercase))
                        || ends_mid_phrase(before)
                        || hard_wrapped(&text[..i], next));
                (!runs_on).then_some(i)
            }
            b'.' | b'!' | b'?' => {
                let after = &text[i + 1..];
                let closing: usize = after
                    .chars()
                    .take_while(|c| "\"”’')".contains(*c))
                    .map(char::len_utf8)
                    .sum();
                let rest = &after[closing..];
                let spaced = rest.starts_with([' ', '\n', '\t', '\r']) || rest.is_empty();
                let next = rest.trim_start().chars().next();
                let opens = next.is_none_or(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "\"“‘'([".contains(n)
                });
                (spaced && opens && !(c == b'.' && is_abbreviation(&text[start..i])))
                    .then_some(i + 1 + closing)
            }
            _ => None,
        };
        if let Some(e) = boundary_end {
            push_trimmed(text, start..e, &mut out);
            start = e;
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether a line ending at the end of `before` was wrapped by the writer's editor, not
/// ended: a long line ("…produced 842 GWh and Ridgeline 767 GWh, together about 64%" at
/// 80 columns) ending in a word, a figure or a comma, and a next line opening with a
/// capital or a figure ("Harlow\nCreek"). A heading or a dateline is short.
fn hard_wrapped(before: &str, next: Option<char>) -> bool {
    let line = before.rsplit(['\n', '\r']).next().unwrap_or(before);
    line.chars().count() >= WRAPPED_LINE
        && line
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|p| p.is_alphanumeric() || matches!(p, ',' | '%' | '’' | '\''))
        && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
}

/// How long a line must be to be taken for one an editor wrapped: well over a heading's
/// length, under the 72 to 80 columns editors wrap at.
const WRAPPED_LINE: usize = 60;

pub(super) fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Whether the text before a period ends with an abbreviation ("U.S", "Mr", "e.g").
pub(super) fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        // No abbreviation is longer than this; the bound keeps "1.1.1.1…" linear.
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // initials: "J. Smith"
    }
    // titles before a name, as news style writes them ("Col. Adaeze Marchbank")
    if crate::lexicon::TITLE_ABBREVIATIONS.contains(&word.as_str()) {
        return true;
    }
    matches!(
        word.as_str(),
        "U.S"
            | "U.K"
            | "U.N"
            | "E.U"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "St"
            | "vs"
            | "e.g"
            | "i.e"
            | "etc"
            | "No"
            | "Inc"
            | "Co"
            | "Corp"
            | "Ltd"
            | "Jr"
            | "Sr"
            | "approx"
            | "est"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Fig"
    )
}

/// Whether `line` ends with a word no sentence ends with: an article, a preposition or a
/// conjunction ("… at the", "… fell 13 points to").
fn ends_mid_phrase(line: &str) -> bool {
    let last = line
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(
        last,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "at"
            | "in"
            | "on"
            | "for"
            | "by"
            | "with"
            | "from"
            | "and"
            | "or"
            | "than"
            | "into"
            | "its"
            | "their"
    )
}
