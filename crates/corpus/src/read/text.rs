//! Plain text and Markdown: read as they are, so a figure's line and column are its
//! place in the file.

use std::path::Path;

use figcheck_figures::Format;

use super::{Converted, Reader};

pub(crate) struct Text;

impl Reader for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "md", "markdown"]
    }

    fn is_text(&self) -> bool {
        true
    }

    fn format(&self, path: &Path) -> Format {
        Format::from_path(path)
    }

    fn read(&self, bytes: &[u8], _limit: u64) -> Result<Converted, String> {
        Ok(Converted {
            text: utf8_text(bytes)?.to_string(),
            // The caller knows the path; `format` gives it from there.
            format: Format::Plain,
            places: Default::default(),
            notes: Vec::new(),
        })
    }
}

/// The bytes as text, or why they are not: a NUL byte says binary data, as git and
/// ripgrep take it.
pub(crate) fn utf8_text(bytes: &[u8]) -> Result<&str, String> {
    if bytes.contains(&0) {
        return Err("binary data (a NUL byte), not text".to_string());
    }
    std::str::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 (at byte {})", e.valid_up_to()))
}
