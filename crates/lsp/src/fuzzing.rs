//! Entry points for the fuzz targets in `fuzz/`; not an API.
//!
//! The property: a document edited change by change, as the server applies `didChange`,
//! holds the same text as the client's own copy edited with the same ranges (what a full
//! resync would send), and every position the server reports maps back to its byte.

use figcheck_figures::Format;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

use crate::text::{Document, Encoding, Kind};

/// One incremental change: (line, character) of both ends, and the new text.
#[derive(Clone, Debug)]
pub struct Edit {
    pub start: (u32, u32),
    pub end: (u32, u32),
    pub text: String,
}

/// Applies `edits` to a document made from `initial` as the server does and to a plain
/// copy as a client does, in UTF-8 or UTF-16 columns; panics where the two disagree or
/// a position does not map back.
pub fn check_edits(initial: &str, utf8: bool, edits: &[Edit]) {
    let enc = if utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let mut doc = Document::new(initial.to_string(), 0, Kind::Draft(Format::Markdown));
    let mut client = initial.to_string();
    for (version, e) in (1..).zip(edits) {
        let a = client_offset(&client, e.start, utf8);
        let b = client_offset(&client, e.end, utf8);
        client.replace_range(a.min(b)..a.max(b), &e.text);
        let change = TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(e.start.0, e.start.1),
                Position::new(e.end.0, e.end.1),
            )),
            range_length: None,
            text: e.text.clone(),
        };
        doc.apply(&[change], version, enc);
        assert_eq!(doc.content.text, client, "after edit {version}: {e:?}");
    }
    let content = &doc.content;
    let text = &content.text;
    for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
        if text[..byte].ends_with('\r') && text[byte..].starts_with('\n') {
            continue; // inside a "\r\n": no position names it
        }
        let p = content.position(byte, enc);
        assert_eq!(content.byte(p, enc), byte, "byte {byte} → {p:?} → back");
    }
}

/// A client's reading of an LSP position, written independently of the server's line
/// index: lines end at "\n", "\r\n" or "\r"; a column past the line's end is its end; a
/// line past the last is the text's end; a column inside a character moves to its end.
fn client_offset(text: &str, (line, col): (u32, u32), utf8: bool) -> usize {
    let mut starts = vec![0];
    let b = text.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    let Some(&start) = starts.get(line as usize) else {
        return text.len();
    };
    let end = starts
        .get(line as usize + 1)
        .map_or(text.len(), |&next| next - 1);
    let content = &text[start..end];
    let content = content.strip_suffix('\r').unwrap_or(content);
    let mut units = 0;
    for (i, c) in content.char_indices() {
        if units >= col as usize {
            return start + i;
        }
        units += if utf8 { c.len_utf8() } else { c.len_utf16() };
    }
    start + content.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_across_every_line_ending_and_wide_characters() {
        let edit = |start, end, text: &str| Edit {
            start,
            end,
            text: text.to_string(),
        };
        for utf8 in [false, true] {
            check_edits(
                "Intro.\rKorea 🤖 installed 31,600.\r\nJapan 한국 44,500\nend",
                utf8,
                &[
                    edit((1, 6), (1, 8), "X"),
                    edit((0, 0), (0, 6), "Intro\r\nagain"),
                    edit((2, 3), (3, 2), ""),
                    edit((9, 0), (9, 9), " tail"),
                    edit((0, 99), (1, 1), "\r"),
                ],
            );
        }
    }
}
