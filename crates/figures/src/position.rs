//! Positions in three units at once.
//!
//! Byte offsets are what Rust strings index by, characters are what people count and what
//! the CLI prints, and UTF-16 code units are what most LSP clients speak. Korean text and
//! emoji make the three differ, so every position figcheck reports goes through this one
//! index rather than being counted ad hoc.

use serde::{Deserialize, Serialize};

/// `i` moved back to a character boundary of `text`, and into it: the one way figcheck
/// turns a computed offset into one it may slice at.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i` moved forward to a character boundary of `text` (its end at most).
pub fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

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
///
/// Every query costs O(log n + [`CHECKPOINT`]) however long the line: besides line starts
/// the index keeps a checkpoint every few hundred bytes with the character and UTF-16
/// counts from the line's start, so a figure at the end of a 1 MB line is not found by
/// counting the megabyte. (The `line-index` crate rust-analyzer uses knows only `\n`
/// line ends; LSP and CommonMark also end lines at a lone `\r`.)
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts. Lines end at `\n`, `\r\n` or a lone `\r`, as
    /// LSP and CommonMark both define them; the terminator is not part of the line.
    starts: Vec<usize>,
    /// Checkpoints in byte order: one at every line start, then one at the first
    /// character boundary at least [`CHECKPOINT`] bytes after the previous one.
    marks: Vec<Mark>,
    len: usize,
}

/// Bytes between two checkpoints of a [`LineIndex`]: the most a query counts.
pub const CHECKPOINT: usize = 256;

#[derive(Clone, Copy, Debug)]
struct Mark {
    byte: usize,
    /// Characters and UTF-16 units from the start of the mark's line.
    chars: usize,
    utf16: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut marks = vec![Mark {
            byte: 0,
            chars: 0,
            utf16: 0,
        }];
        let (mut chars, mut utf16) = (0, 0);
        for (i, c) in text.char_indices() {
            let last = marks.last().map_or(0, |m| m.byte);
            if i - last >= CHECKPOINT {
                marks.push(Mark {
                    byte: i,
                    chars,
                    utf16,
                });
            }
            let ends_line = c == '\n' || (c == '\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
                marks.push(Mark {
                    byte: i + 1,
                    chars: 0,
                    utf16: 0,
                });
                (chars, utf16) = (0, 0);
            } else {
                chars += 1;
                utf16 += c.len_utf16();
            }
        }
        LineIndex {
            starts,
            marks,
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
        let byte = floor_char_boundary(text, byte);
        let line_idx = self
            .starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1);
        // Every line start is a mark, so the last mark at or before `byte` is on its line.
        let k = self
            .marks
            .partition_point(|m| m.byte <= byte)
            .saturating_sub(1);
        let mark = self.marks.get(k).copied().unwrap_or(Mark {
            byte: 0,
            chars: 0,
            utf16: 0,
        });
        let rest = text.get(mark.byte..byte).unwrap_or("");
        Position {
            byte,
            line: line_idx + 1,
            column: mark.chars + rest.chars().count() + 1,
            utf16_column: mark.utf16 + rest.encode_utf16().count() + 1,
        }
    }

    /// Byte offset of a 0-based (line, UTF-16 column) pair, as LSP sends them. Positions
    /// past the end of a line clamp to its end; lines past the end clamp to the text's end.
    pub fn byte_of_utf16(&self, text: &str, line0: usize, utf16_col0: usize) -> usize {
        self.byte_of(text, line0, utf16_col0, |m, _| m.utf16, char::len_utf16)
    }

    /// Byte offset of a 0-based (line, UTF-8 byte column) pair, clamped like
    /// [`LineIndex::byte_of_utf16`] and moved back to a character boundary.
    pub fn byte_of_utf8(&self, text: &str, line0: usize, byte_col0: usize) -> usize {
        self.byte_of(
            text,
            line0,
            byte_col0,
            |m, start| m.byte - start,
            char::len_utf8,
        )
    }

    /// The first character boundary of line `line0` at or after `col` units from its
    /// start (or the line's end), starting the count at the last checkpoint before it.
    fn byte_of(
        &self,
        text: &str,
        line0: usize,
        col: usize,
        units_at: fn(&Mark, usize) -> usize,
        width: fn(char) -> usize,
    ) -> usize {
        let Some(line) = self.line_text(text, line0 + 1) else {
            return text.len();
        };
        let start = self.starts[line0];
        let end = start + line.len();
        let first = self.marks.partition_point(|m| m.byte < start);
        let in_line = &self.marks[first..self.marks.partition_point(|m| m.byte <= end)];
        let k = in_line
            .partition_point(|m| units_at(m, start) <= col)
            .saturating_sub(1);
        let (from, mut units) = in_line
            .get(k)
            .map_or((start, 0), |m| (m.byte, units_at(m, start)));
        for (i, c) in text.get(from..end).unwrap_or("").char_indices() {
            if units >= col {
                return from + i;
            }
            units += width(c);
        }
        end
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

    #[test]
    fn every_line_ending_starts_a_line() {
        // "\n", "\r\n" and a lone "\r" each end one line; "\r\n" is one ending, not two.
        for (text, line2) in [
            (
                "Intro.\nKorea installed 31,600 robots.\n",
                "Korea installed 31,600 robots.",
            ),
            (
                "Intro.\r\nKorea installed 31,600 robots.\r\n",
                "Korea installed 31,600 robots.",
            ),
            (
                "Intro.\rKorea installed 31,600 robots.\r",
                "Korea installed 31,600 robots.",
            ),
        ] {
            let idx = LineIndex::new(text);
            let byte = text.find("31,600").unwrap();
            let p = idx.position(text, byte);
            assert_eq!((p.line, p.column), (2, 17), "{text:?}");
            assert_eq!(idx.line_text(text, 2), Some(line2), "{text:?}");
            assert_eq!(idx.byte_of_utf16(text, 1, 16), byte, "{text:?}");
            assert_eq!(idx.line_count(), 3, "{text:?}");
        }
    }

    /// Line, character and UTF-16 columns counted the slow, obvious way.
    fn naive(text: &str, byte: usize) -> (usize, usize, usize) {
        let b = text.as_bytes();
        let mut line_start = 0;
        let mut line = 1;
        for i in 0..byte {
            if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                line += 1;
                line_start = i + 1;
            }
        }
        let prefix = &text[line_start..byte];
        (
            line,
            prefix.chars().count() + 1,
            prefix.encode_utf16().count() + 1,
        )
    }

    #[test]
    fn checkpoints_on_long_lines_give_the_counted_columns() {
        // Lines far longer than a checkpoint, of one- to four-byte characters, with every
        // kind of line end.
        let unit = "ab 한국 🤖 é 30,600 ";
        let long = unit.repeat(3 * CHECKPOINT / unit.len() + 7);
        let text = format!("{long}\n{long}\r\n\r{long}\r{long}");
        let idx = LineIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let p = idx.position(&text, byte);
            assert_eq!(
                (p.line, p.column, p.utf16_column),
                naive(&text, byte),
                "byte {byte}"
            );
            if text[..byte].ends_with('\r') && text[byte..].starts_with('\n') {
                continue; // inside a "\r\n": no editor position names it
            }
            assert_eq!(
                idx.byte_of_utf16(&text, p.line - 1, p.utf16_column - 1),
                byte
            );
            let start = idx.line_start(p.line).unwrap();
            assert_eq!(idx.byte_of_utf8(&text, p.line - 1, byte - start), byte);
        }
    }
}
