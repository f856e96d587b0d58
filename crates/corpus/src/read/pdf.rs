//! PDF reports, through `pdf-extract`: the text layer of each page, in the order the
//! page draws it, which for a report laid out by a word processor is reading order
//! (the left column, then the right).
//!
//! A page's text comes as lines broken wherever the layout broke them. Lines are joined
//! into paragraphs again, since a sentence hard-wrapped over three lines is one
//! sentence: a paragraph ends at a blank line and after a line much shorter than the
//! page's usual (a heading, or a paragraph's last line). A word hyphenated at a line
//! end is joined. Running headers and footers (a line on most pages at the same place,
//! digits aside: "Page 3") are left out.

use std::collections::HashMap;

use super::{Converted, Layout, Reader};

pub(crate) struct Pdf;

impl Reader for Pdf {
    fn name(&self) -> &'static str {
        "PDF"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["pdf"]
    }

    fn read(&self, bytes: &[u8], _limit: u64) -> Result<Converted, String> {
        if !bytes.starts_with(b"%PDF")
            && !bytes[..bytes.len().min(1024)]
                .windows(4)
                .any(|w| w == b"%PDF")
        {
            return Err("not a PDF (no %PDF header)".to_string());
        }
        let pages = pdf_extract::extract_text_from_mem_by_pages(bytes).map_err(|e| {
            let e = e.to_string();
            if e.to_ascii_lowercase().contains("encrypt")
                || e.to_ascii_lowercase().contains("decrypt")
            {
                "encrypted: save an unprotected copy to check against it".to_string()
            } else {
                format!("not a readable PDF ({e})")
            }
        })?;
        let out = lay_out(&pages);
        if out.is_empty() {
            return Err("no text layer (a scanned PDF?): OCR it first".to_string());
        }
        Ok(out.finish())
    }
}

/// The pages' text as paragraphs, each marked with its page (or pages).
pub(crate) fn lay_out(pages: &[String]) -> Layout {
    let mut out = Layout::default();
    let furniture = running_lines(pages);
    let lines: Vec<(&str, usize)> = pages
        .iter()
        .enumerate()
        .flat_map(|(n, page)| page.lines().map(move |l| (l.trim(), n + 1)))
        .filter(|(l, _)| !furniture.contains(&shape(l)))
        .collect();
    for paragraph in paragraphs(&lines) {
        let marks = paragraph
            .pages
            .iter()
            .map(|&(at, page)| (at, format!("page {page}")))
            .collect();
        out.marked(&paragraph.text, marks);
    }
    out
}

/// A line with its digits made one mark, so "Page 2" and "Page 3" are the same line.
fn shape(line: &str) -> String {
    let mut s = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !s.ends_with('#') {
                s.push('#');
            }
        } else {
            s.push(c);
        }
    }
    s
}

/// The shapes of lines that stand among the first or last two of more than half the
/// pages (of a document of three pages or more): running headers and footers.
fn running_lines(pages: &[String]) -> Vec<String> {
    if pages.len() < 3 {
        return Vec::new();
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut ends: Vec<String> = lines
            .iter()
            .take(2)
            .chain(lines.iter().rev().take(2))
            .map(|l| shape(l))
            .collect();
        ends.sort();
        ends.dedup();
        for shape in ends {
            *counts.entry(shape).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n * 2 > pages.len())
        .map(|(shape, _)| shape)
        .collect()
}

/// A paragraph of a PDF, with the byte offsets in it where each page's text starts.
#[derive(Debug, Default, PartialEq)]
struct Paragraph {
    text: String,
    pages: Vec<(usize, usize)>,
}

/// The document's lines (each with its page) joined into paragraphs (see the module's
/// doc). A blank or short line, or a page's or a column's end, does not end a sentence
/// that goes on in lower case.
fn paragraphs(lines: &[(&str, usize)]) -> Vec<Paragraph> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|(l, _)| !l.is_empty())
        .map(|(l, _)| l.chars().count())
        .collect();
    lengths.sort_unstable();
    let usual = lengths.get(lengths.len() * 3 / 4).copied().unwrap_or(0);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut current = Paragraph::default();
    // Whether the paragraph being read was ended by a blank or short line, and may yet
    // go on.
    let mut paused = false;
    for &(line, page) in lines {
        if line.is_empty() {
            paused = !current.text.is_empty();
            continue;
        }
        let goes_on = line.starts_with(|c: char| c.is_lowercase())
            && !current.text.ends_with(['.', '!', '?']);
        if paused && !goes_on {
            out.push(std::mem::take(&mut current));
        }
        let hyphenated = current.text.ends_with('-')
            && current.text[..current.text.len() - 1].ends_with(|c: char| c.is_alphabetic())
            && line.starts_with(|c: char| c.is_lowercase());
        if hyphenated {
            current.text.pop();
        } else if !current.text.is_empty() {
            current.text.push(' ');
        }
        if current.pages.last().is_none_or(|&(_, p)| p != page) {
            current.pages.push((current.text.len(), page));
        }
        current.text.push_str(line);
        // A short line (a heading, a paragraph's last line) ends the paragraph unless
        // the next goes on in lower case.
        paused = line.chars().count() * 10 < usual * 7;
    }
    if !current.text.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_are_paragraphs_again() {
        let lines = [
            ("Korea installed 30,600 industrial robots in", 1),
            ("2024, the fourth most of any country, and its", 1),
            ("robot density rose to 1,012 robots per 10,000 work-", 1),
            ("ers, the highest in the world by a wide margin.", 1),
            ("Short last line.", 1),
            ("A heading", 1),
            ("", 1),
            ("Next paragraph starts here and runs on across the", 1),
            ("", 2),
            ("page's end, where a running header stood between.", 2),
        ];
        let texts: Vec<String> = paragraphs(&lines).into_iter().map(|p| p.text).collect();
        assert_eq!(
            texts,
            vec![
                "Korea installed 30,600 industrial robots in 2024, the fourth most of any country, and its robot density rose to 1,012 robots per 10,000 workers, the highest in the world by a wide margin. Short last line.",
                "A heading",
                "Next paragraph starts here and runs on across the page's end, where a running header stood between.",
            ]
        );
        let last = paragraphs(&lines).pop().unwrap_or_default();
        assert_eq!(last.pages, vec![(0, 1), (50, 2)]);
        assert!(last.text[50..].starts_with("page's"));
    }

    #[test]
    fn running_headers_and_page_numbers_are_found() {
        let pages: Vec<String> = ["Alpha", "Beta", "Gamma", "Delta"]
            .iter()
            .enumerate()
            .map(|(n, w)| format!("AI Race Report\n{w} rose 4%.\n{w} fell.\nPage {}\n", n + 1))
            .collect();
        let mut found = running_lines(&pages);
        found.sort();
        assert_eq!(found, vec!["AI Race Report", "Page #"]);
    }

    #[test]
    fn what_is_not_a_pdf_is_refused() {
        assert!(Pdf.read(b"hello", 1 << 20).is_err());
        let problem = Pdf.read(b"%PDF-1.4\ngarbage", 1 << 20).unwrap_err();
        assert!(problem.contains("PDF"), "{problem}");
    }
}
