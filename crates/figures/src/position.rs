//! Positions in three units at once.
//!
//! Byte offsets are what Rust strings index by, characters are what people count and what
//! the CLI prints, and UTF-16 code units are what most LSP clients speak. Korean text and
//! emoji make the three differ, so every position figcheck reports goes through this one
//! index rather than being counted ad hoc.

use serde::{Deserialize, Serialize};

/// A point in a text. `line` and the columns are 1-based, as editors and compilers print them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub byte: usize,
    pub line: usize,
    /// Column in Unicode scalar values (characters), 1-based.
    pub column: usize,
    /// Column in UTF-16 code units, 1-based.
    pub utf16_column: usize,
}

/// Maps byte offsets to lines and columns. Built once per text, queried many times.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts. Lines end at `\n`; a `\r` before it belongs to
    /// the line's terminator, not its content.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where 1-based `line` starts, if the line exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// The content of 1-based `line`, without its terminator.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> Option<&'t str> {
        let start = self.line_start(line)?;
        let end = self.starts.get(line).map_or(self.len, |&n| n - 1);
        let s = text.get(start..end.max(start))?;
        Some(s.strip_suffix('\r').unwrap_or(s))
    }

    /// Position of byte offset `byte` in `text` (the text this index was built from).
    /// Offsets past the end or inside a character are clamped to the nearest boundary
    /// before them, so a stale offset can never panic.
    pub fn position(&self, text: &str, byte: usize) -> Position {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line_idx = match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line_idx];
        let prefix = &text[start..byte];
        Position {
            byte,
            line: line_idx + 1,
            column: prefix.chars().count() + 1,
            utf16_column: prefix.encode_utf16().count() + 1,
        }
    }

    /// Byte offset of a 0-based (line, UTF-16 column) pair, as LSP sends them. Positions
    /// past the end of a line clamp to its end; lines past the end clamp to the text's end.
    pub fn byte_of_utf16(&self, text: &str, line0: usize, utf16_col0: usize) -> usize {
        self.byte_of(text, line0, utf16_col0, char::len_utf16)
    }

    /// Byte offset of a 0-based (line, UTF-8 byte column) pair, clamped like
    /// [`LineIndex::byte_of_utf16`] and moved back to a character boundary.
    pub fn byte_of_utf8(&self, text: &str, line0: usize, byte_col0: usize) -> usize {
        self.byte_of(text, line0, byte_col0, char::len_utf8)
    }

    fn byte_of(&self, text: &str, line0: usize, col: usize, width: fn(char) -> usize) -> usize {
        let Some(line) = self.line_text(text, line0 + 1) else {
            return text.len();
        };
        let start = self.starts[line0];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= col {
                return start + i;
            }
            units += width(c);
        }
        start + line.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_emoji_columns_differ_per_unit() {
        let text = "첫 줄\n한국 🤖 로봇 30,600대\r\nend";
        let idx = LineIndex::new(text);
        let byte = text.find("30,600").unwrap();
        let p = idx.position(text, byte);
        assert_eq!(p.line, 2);
        // 한국(2) space 🤖(1 char, 2 utf16) space 로봇(2) space = 8 chars before
        assert_eq!(p.column, 9);
        assert_eq!(p.utf16_column, 10);
        assert_eq!(idx.byte_of_utf16(text, 1, 9), byte);
        assert_eq!(idx.line_text(text, 2), Some("한국 🤖 로봇 30,600대"));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "ab\n한";
        let idx = LineIndex::new(text);
        assert_eq!(idx.byte_of_utf16(text, 0, 99), 2);
        assert_eq!(idx.byte_of_utf16(text, 9, 0), text.len());
        // inside the 3-byte 한: clamps back to its start
        assert_eq!(idx.position(text, 4).byte, 3);
        assert_eq!(idx.position(text, 999).byte, text.len());
    }
}
