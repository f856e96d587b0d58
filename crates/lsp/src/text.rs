//! Open documents and the position arithmetic between LSP and figcheck.
//!
//! LSP positions are (line, character) with the character counted in the negotiated
//! encoding, UTF-16 code units unless the client offers UTF-8. figcheck works in byte
//! offsets. Every conversion goes through [`LineIndex`], which is right for Korean text,
//! emoji (two UTF-16 units, four bytes) and CRLF line ends, and clamps positions a client
//! sends past the end of a line or the document instead of panicking.

use std::sync::Arc;

use figcheck_figures::{Format, LineIndex};
use tower_lsp_server::ls_types::{
    Position, PositionEncodingKind, Range, TextDocumentContentChangeEvent, Uri,
};

/// The unit of LSP's `character` offsets for this session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// The first encoding the client offers that the server speaks, in the client's order
    /// of preference; UTF-16 when it offers none, as the protocol requires.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        offered
            .unwrap_or_default()
            .iter()
            .find_map(|kind| match kind.as_str() {
                "utf-8" => Some(Encoding::Utf8),
                "utf-16" => Some(Encoding::Utf16),
                _ => None,
            })
            .unwrap_or_default()
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// A text with its line index, so conversions cost a binary search, not a scan.
#[derive(Clone, Debug)]
pub struct Indexed {
    pub text: String,
    pub index: LineIndex,
}

impl Indexed {
    pub fn new(text: String) -> Self {
        let index = LineIndex::new(&text);
        Indexed { text, index }
    }

    /// The LSP position of byte offset `byte` (clamped to the text and to a character
    /// boundary).
    pub fn position(&self, byte: usize, enc: Encoding) -> Position {
        let p = self.index.position(&self.text, byte);
        let line_start = self.index.line_start(p.line).unwrap_or(0);
        let character = match enc {
            Encoding::Utf16 => p.utf16_column.saturating_sub(1),
            Encoding::Utf8 => p.byte.saturating_sub(line_start),
        };
        Position::new(to_u32(p.line.saturating_sub(1)), to_u32(character))
    }

    pub fn range(&self, start: usize, end: usize, enc: Encoding) -> Range {
        Range::new(self.position(start, enc), self.position(end, enc))
    }

    /// The byte offset of an LSP position, clamped: past a line's end is its end, past the
    /// last line is the text's end.
    pub fn byte(&self, pos: Position, enc: Encoding) -> usize {
        let (line, col) = (pos.line as usize, pos.character as usize);
        match enc {
            Encoding::Utf16 => self.index.byte_of_utf16(&self.text, line, col),
            Encoding::Utf8 => self.index.byte_of_utf8(&self.text, line, col),
        }
    }

    /// Byte range of an LSP range, its ends put in order.
    pub fn bytes(&self, range: Range, enc: Encoding) -> std::ops::Range<usize> {
        let a = self.byte(range.start, enc);
        let b = self.byte(range.end, enc);
        a.min(b)..a.max(b)
    }

    /// The line terminator the text uses, so inserted lines match the file.
    pub fn newline(&self) -> &'static str {
        if self.text.contains("\r\n") {
            "\r\n"
        } else if self.text.contains('\r') {
            "\r"
        } else {
            "\n"
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An open draft: the text as the editor has it, and the version the editor gave it.
/// The content is shared with the checks running on it, which so need no copy.
#[derive(Clone, Debug)]
pub struct Document {
    pub content: Arc<Indexed>,
    pub version: i32,
    pub kind: Kind,
}

impl Document {
    pub fn new(text: String, version: i32, kind: Kind) -> Self {
        Document {
            content: Arc::new(Indexed::new(text)),
            version,
            kind,
        }
    }

    /// Applies `didChange` content changes in order: a change with a range replaces that
    /// range (incremental sync), one without replaces the whole text (full sync).
    pub fn apply(
        &mut self,
        changes: &[TextDocumentContentChangeEvent],
        version: i32,
        enc: Encoding,
    ) {
        for change in changes {
            match change.range {
                None => self.content = Arc::new(Indexed::new(change.text.clone())),
                Some(range) => {
                    let bytes = self.content.bytes(range, enc);
                    let mut text = self.content.text.clone();
                    text.replace_range(bytes, &change.text);
                    self.content = Arc::new(Indexed::new(text));
                }
            }
        }
        self.version = version;
    }
}

/// What the server checks a document as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A draft: its figures are found and checked.
    Draft(Format),
    /// A `.claims` file: each line's claim is checked, as `figcheck check` does, and a
    /// line that does not parse is reported where it stops.
    Claims,
}

impl Kind {
    /// How the text is read for comments and prose: a claims file is plain text.
    pub fn format(self) -> Format {
        match self {
            Kind::Draft(format) => format,
            Kind::Claims => Format::Plain,
        }
    }
}

/// [`format_of`], and claims files: by the language id a client may give them
/// (`figcheck-claims`, `claims`) or the `.claims` extension.
pub fn kind_of(language_id: &str, uri: &Uri) -> Option<Kind> {
    let claims_id = matches!(language_id, "figcheck-claims" | "claims");
    if claims_id
        || uri
            .path()
            .as_str()
            .to_ascii_lowercase()
            .ends_with(".claims")
    {
        return Some(Kind::Claims);
    }
    format_of(language_id, uri).map(Kind::Draft)
}

/// Which drafts the server checks, and how: Markdown by language id or extension, plain
/// text likewise. Other documents (code, config) an editor may send are left alone, so a
/// client attached too broadly does not get warnings on a `Cargo.toml`.
pub fn format_of(language_id: &str, uri: &Uri) -> Option<Format> {
    match language_id {
        "markdown" | "mdx" | "md" => return Some(Format::Markdown),
        "plaintext" | "text" | "txt" => return Some(Format::Plain),
        _ => {}
    }
    let path = uri.path().as_str().to_ascii_lowercase();
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "md" | "markdown" | "mdx" | "mkd" => Some(Format::Markdown),
        "txt" | "text" => Some(Format::Plain),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "한국은 🤖 로봇 31,600대\r\nKorea 31,600\r\n";

    #[test]
    fn positions_round_trip_in_both_encodings() {
        let doc = Indexed::new(LINE.to_string());
        let byte = LINE.find("31,600").expect("figure");
        // 한국은(3) sp 🤖(2 units) sp 로봇(2) sp = 10 UTF-16 units, 3*3+1+4+1+6+1 = 22 bytes
        assert_eq!(doc.position(byte, Encoding::Utf16), Position::new(0, 10));
        assert_eq!(doc.position(byte, Encoding::Utf8), Position::new(0, 22));
        assert_eq!(doc.byte(Position::new(0, 10), Encoding::Utf16), byte);
        assert_eq!(doc.byte(Position::new(0, 22), Encoding::Utf8), byte);
        let second = LINE.rfind("31,600").expect("figure");
        assert_eq!(doc.position(second, Encoding::Utf16), Position::new(1, 6));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let doc = Indexed::new(LINE.to_string());
        // past the end of line 0: its end, before the CR
        let end0 = LINE.find('\r').expect("cr");
        assert_eq!(doc.byte(Position::new(0, 999), Encoding::Utf16), end0);
        assert_eq!(doc.byte(Position::new(99, 0), Encoding::Utf16), LINE.len());
        // inside the emoji's surrogate pair: moves to a boundary
        let emoji = LINE.find('🤖').expect("emoji");
        let b = doc.byte(Position::new(0, 5), Encoding::Utf16);
        assert!(b == emoji || b == emoji + '🤖'.len_utf8(), "{b}");
        // inside a Hangul syllable in UTF-8
        let b = doc.byte(Position::new(0, 1), Encoding::Utf8);
        assert!(LINE.is_char_boundary(b));
    }

    #[test]
    fn incremental_and_full_changes() {
        let mut doc = Document::new(LINE.to_string(), 1, Kind::Draft(Format::Plain));
        let change = TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(0, 10), Position::new(0, 16))),
            range_length: None,
            text: "30,600".into(),
        };
        doc.apply(&[change], 2, Encoding::Utf16);
        assert!(doc.content.text.starts_with("한국은 🤖 로봇 30,600대\r\n"));
        assert_eq!(doc.version, 2);
        let full = TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "new".into(),
        };
        doc.apply(&[full], 3, Encoding::Utf16);
        assert_eq!(doc.content.text, "new");
        // a reversed range is put in order, not a panic
        let reversed = TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(0, 3), Position::new(0, 0))),
            range_length: None,
            text: "old".into(),
        };
        doc.apply(&[reversed], 4, Encoding::Utf8);
        assert_eq!(doc.content.text, "old");
    }

    #[test]
    fn negotiation_prefers_the_clients_order() {
        let both = [PositionEncodingKind::UTF8, PositionEncodingKind::UTF16];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        let only32 = [PositionEncodingKind::UTF32];
        assert_eq!(Encoding::negotiate(Some(&only32)), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
