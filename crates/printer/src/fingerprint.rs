//! Fingerprints that let CI services recognise a result across runs.
//!
//! GitHub code scanning and GitLab code quality match a new run's results to the old
//! ones by fingerprint, to tell fixed from new. Line numbers change whenever a writer adds
//! a paragraph above a figure, so they are left out: a result is identified by its rule,
//! its file, the figure as written and the text of its line (whitespace collapsed), plus
//! which occurrence of that combination it is.

use std::collections::HashMap;

use figcheck_figures::{LineIndex, Position, ceil_char_boundary, floor_char_boundary};

/// Hands out fingerprints for one report, numbering repeated combinations.
#[derive(Default)]
pub(crate) struct Fingerprints {
    seen: HashMap<String, usize>,
}

impl Fingerprints {
    /// A stable 32-hex-digit fingerprint of `parts` and how many times the same parts were
    /// fingerprinted before.
    pub fn next(&mut self, parts: &[&str]) -> String {
        let key = parts
            .iter()
            .map(|p| collapse(p))
            .collect::<Vec<_>>()
            .join("\u{0}");
        let n = self.seen.entry(key.clone()).or_insert(0);
        let occurrence = *n;
        *n += 1;
        let mut hasher = blake3::Hasher::new();
        hasher.update(key.as_bytes());
        hasher.update(b"\0");
        hasher.update(occurrence.to_string().as_bytes());
        hasher.finalize().to_hex()[..32].to_owned()
    }
}

/// Lines longer than this are fingerprinted by the part around the figure only.
const WHOLE_LINE_MAX: usize = 1024;
/// Bytes either side of the figure kept from a longer line.
const LINE_PART: usize = 256;

/// The part of `line` that identifies a finding at byte `at` of it: the whole line when it
/// is of ordinary length, else [`LINE_PART`] bytes either side of the figure.
///
/// Hashing whole lines made a draft that is one long line cost its length per finding
/// (quadratic in the draft, and as much memory in the table of keys seen).
pub(crate) fn line_part(line: &str, at: usize) -> &str {
    if line.len() <= WHOLE_LINE_MAX {
        return line;
    }
    let start = ceil_char_boundary(line, at.min(line.len()).saturating_sub(LINE_PART));
    let end = floor_char_boundary(line, at.saturating_add(LINE_PART)).max(start);
    &line[start..end]
}

/// The line of `text` a finding starting at `start` is fingerprinted by (see [`line_part`]).
pub(crate) fn finding_line<'t>(text: &'t str, index: &LineIndex, start: Position) -> &'t str {
    let line_start = index.line_start(start.line).unwrap_or(0);
    line_part(
        index.line_text(text, start.line).unwrap_or(""),
        start.byte.saturating_sub(line_start),
    )
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_told_apart_and_whitespace_does_not_matter() {
        let mut a = Fingerprints::default();
        let first = a.next(&["contradicted", "d.md", "31,600", "Korea  had 31,600."]);
        let second = a.next(&["contradicted", "d.md", "31,600", "Korea had 31,600."]);
        assert_ne!(first, second);
        assert_eq!(first.len(), 32);
        let mut b = Fingerprints::default();
        assert_eq!(
            b.next(&["contradicted", "d.md", "31,600", "Korea had 31,600."]),
            first
        );
    }

    #[test]
    fn long_lines_are_fingerprinted_around_the_figure() {
        let short = "Korea installed 30,600 robots.";
        assert_eq!(line_part(short, 16), short);
        let long = format!("{}30,600 {}", "é ".repeat(1000), "한 ".repeat(1000));
        let at = long.find("30,600").unwrap();
        let part = line_part(&long, at);
        assert!(part.contains("30,600"));
        assert!(part.len() <= 2 * LINE_PART);
        // Char boundaries were respected: the part is a real substring.
        assert!(long.contains(part));
        assert_eq!(
            line_part(&long, long.len()),
            line_part(&long, long.len() + 9)
        );
    }
}
