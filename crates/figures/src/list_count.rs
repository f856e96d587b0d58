//! The count of a list a source introduces: "Here are some of our popular products …:"
//! and the items "1. Mobile Shelving Units" to "4. Vertical File Storage" state that it
//! offers four products, though no figure says four. A writer who summarises the source
//! counts the items ("He suggests four products"), so a source's list gives a figure of
//! its own: the number of its items, at the colon that introduces them, whose sentence
//! holds the words for what they are.
//!
//! Only a list a line ending in a colon introduces counts, and only its items: numbered
//! ones in order from 1 (other lines, an item's description, may stand between them), or
//! bullets on consecutive lines (blank lines and indented continuations between them).

use crate::quantity::{Kind, Quantity, Style};
use crate::{Figure, Format};

/// The fewest items a counted list has: one item is no list.
const FEWEST_ITEMS: usize = 2;

/// The most items counted: a longer list is a table of contents or a roll, whose length
/// no writer restates.
const MOST_ITEMS: usize = 12;

/// A figure for each list a line ending in a colon introduces, in text order: its
/// number of items, at the colon. In Markdown, only a colon in prose introduces one: a
/// code block's lines are no list.
pub fn list_counts(text: &str, format: Format) -> Vec<Figure> {
    let prose = crate::prose_ranges(text, format);
    let in_prose = |at: usize| prose.iter().any(|p| p.range.contains(&at));
    let lines: Vec<(usize, &str)> = line_starts(text);
    let mut out = Vec::new();
    for (k, &(start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_end();
        if !trimmed.ends_with(':') || item_number(line).is_some() || is_bullet(line) {
            continue;
        }
        if !in_prose(start + trimmed.len() - 1) {
            continue;
        }
        let items = counted_items(&lines[k + 1..]);
        if !(FEWEST_ITEMS..=MOST_ITEMS).contains(&items) {
            continue;
        }
        let colon = start + trimmed.len() - 1;
        out.push(Figure {
            start: colon,
            end: colon + 1,
            text: format!("{items} items listed"),
            quantity: Quantity {
                value: items as f64,
                kind: Kind::Number,
                unit: None,
                per: None,
                precision: 1.0,
                hedge: None,
                upper: None,
                style: Style::default(),
            },
        });
    }
    out
}

/// Each line with the byte offset it starts at, without its line break.
fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        out.push((start, piece.trim_end_matches(['\n', '\r'])));
        start += piece.len();
    }
    out
}

/// How many items the lines after a lead-in list: numbered items from 1 in order, or
/// bullets; 0 when the first line with text is neither.
fn counted_items(after: &[(usize, &str)]) -> usize {
    let mut rest = after
        .iter()
        .map(|(_, l)| *l)
        .skip_while(|l| l.trim().is_empty());
    let Some(first) = rest.next() else {
        return 0;
    };
    if item_number(first) == Some(1) {
        let mut last = 1;
        for line in rest {
            match item_number(line) {
                Some(n) if n == last + 1 => last = n,
                Some(_) => break,
                // a heading or another lead-in ends the list; a description does not
                None if line.trim_start().starts_with('#') || line.trim_end().ends_with(':') => {
                    break;
                }
                None => {}
            }
        }
        return last;
    }
    if !is_bullet(first) {
        return 0;
    }
    // Items at the first one's indent; a deeper bullet is a sub-item, a deeper line a
    // continuation.
    let indent = indent_of(first);
    let mut count = 1;
    for line in rest {
        if line.trim().is_empty() || indent_of(line) > indent {
            continue;
        }
        if indent_of(line) == indent && is_bullet(line) {
            count += 1;
        } else {
            break;
        }
    }
    count
}

/// How many spaces or tabs a line starts with.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// The number of a numbered item's line: "1. Mobile Shelving Units", "2) Lockers".
fn item_number(line: &str) -> Option<usize> {
    let line = line.trim_start();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return None;
    }
    let after = &line[digits..];
    let marked = after.starts_with(". ") || after.starts_with(") ");
    marked.then(|| line[..digits].parse().ok()).flatten()
}

/// Whether a line is a bullet item: "- ", "* ", "• ".
fn is_bullet(line: &str) -> bool {
    let line = line.trim_start();
    ["- ", "* ", "• "].iter().any(|b| line.starts_with(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Vec<(String, f64)> {
        list_counts(text, Format::Plain)
            .into_iter()
            .map(|f| (text[..f.end].to_string(), f.quantity.value))
            .map(|(upto, v)| (upto.lines().last().unwrap_or("").to_string(), v))
            .collect()
    }

    #[test]
    fn numbered_items_with_descriptions_between() {
        let text = "Here are some of our products:\n\n1. Shelving - $1,200\nThey move.\n\n\
                    2. Workstations\nThey fit.\n\n3. Lockers\n\nTo make the most of it, call.\n";
        assert_eq!(
            counts(text),
            vec![("Here are some of our products:".to_string(), 3.0)]
        );
    }

    #[test]
    fn bullets_with_continuations() {
        let text = "The board approved:\n- a budget\n  of $6.9 million\n- two hires\n  - one now\n  \
                    - one in May\n\n- a fee\nNext item.\n";
        assert_eq!(counts(text), vec![("The board approved:".to_string(), 3.0)]);
    }

    #[test]
    fn what_is_no_counted_list() {
        // no items, one item, a list that does not start at 1
        for text in [
            "Notes:\nThe meeting ran long.\n",
            "One thing:\n- a budget\n",
            "Steps:\n2. Call\n3. Write\n",
        ] {
            assert_eq!(counts(text), vec![], "{text}");
        }
        // an item ending in a colon introduces nothing of its own
        assert_eq!(
            counts("Plan:\n1. Call:\n2. Write\n"),
            vec![("Plan:".to_string(), 2.0)]
        );
    }

    #[test]
    fn not_in_a_markdown_code_block() {
        let list = "Steps:\n1. Call\n2. Write\n";
        let fenced = format!("Intro.\n\n```\n{list}```\n");
        assert_eq!(list_counts(list, Format::Markdown).len(), 1);
        assert!(list_counts(&fenced, Format::Markdown).is_empty());
        assert_eq!(list_counts(&fenced, Format::Plain).len(), 1);
    }

    #[test]
    fn crlf_and_a_multibyte_lead_in() {
        let text = "Les critères d’été:\r\n• un\r\n• deux\r\n";
        let found = list_counts(text, Format::Plain);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], ":");
        assert_eq!(found[0].quantity.value, 2.0);
    }
}
