//! Reading drafts: the checks that turn a bad input into a clear error naming the file.
//!
//! A fact-checker pointed at the wrong file (an image, a UTF-16 export, a multi-gigabyte
//! log, `/dev/zero`) should say so at once rather than report nonsense figures or hang.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Drafts larger than this are refused: no prose draft is this long, and reading an
/// endless file must stop somewhere.
pub const MAX_DRAFT_BYTES: u64 = 16 * 1024 * 1024;

/// Why a draft could not be read. Displayed without the path; the caller prefixes it.
#[derive(Debug)]
pub enum DraftError {
    Io(io::Error),
    Directory,
    TooLarge,
    /// Byte offset (0-based) of the first NUL.
    Binary(usize),
    /// Byte offset (0-based) of the first byte that is not valid UTF-8.
    NotUtf8(usize),
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::Io(e) => f.write_str(&io_message(e)),
            DraftError::Directory => f.write_str("is a directory, not a draft"),
            DraftError::TooLarge => write!(
                f,
                "too large to be a draft (over {} MiB)",
                MAX_DRAFT_BYTES / (1024 * 1024)
            ),
            DraftError::Binary(at) => write!(f, "looks binary (NUL byte at {at})"),
            DraftError::NotUtf8(at) => write!(f, "not valid UTF-8 (byte {at})"),
        }
    }
}

impl std::error::Error for DraftError {}

/// An I/O error as a person reads it: the OS's message without the `(os error 2)` tail.
pub fn io_message(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_owned(),
        _ => text,
    }
}

/// Reads a draft as UTF-8 text, refusing directories, files over [`MAX_DRAFT_BYTES`],
/// files with NUL bytes and invalid UTF-8.
pub fn read_draft(path: &Path) -> Result<String, DraftError> {
    let file = File::open(path).map_err(DraftError::Io)?;
    let meta = file.metadata().map_err(DraftError::Io)?;
    if meta.is_dir() {
        return Err(DraftError::Directory);
    }
    if meta.len() > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge);
    }
    // The length on disk can lie (pipes, /dev/zero, a file still growing): read at most
    // one byte past the limit to tell "at the limit" from "over it".
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_DRAFT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(DraftError::Io)?;
    decode(bytes)
}

/// Bytes to text. NUL is checked before UTF-8 because it is valid UTF-8 yet never in
/// prose, and "looks binary" is the more useful message for an image or a UTF-16 file.
pub fn decode(bytes: Vec<u8>) -> Result<String, DraftError> {
    if bytes.len() as u64 > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(DraftError::Binary(at));
    }
    String::from_utf8(bytes).map_err(|e| DraftError::NotUtf8(e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_decodes() {
        assert_eq!(
            decode(b"Korea 30,600".to_vec()).ok().as_deref(),
            Some("Korea 30,600")
        );
    }

    #[test]
    fn nul_is_binary_even_when_utf8_is_also_broken_later() {
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0".to_vec()).err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some("looks binary (NUL byte at 8)")
        );
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let e = decode(b"abc\xffdef".to_vec()).err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some("not valid UTF-8 (byte 3)")
        );
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = vec![b'a'; MAX_DRAFT_BYTES as usize + 1];
        assert!(matches!(decode(big), Err(DraftError::TooLarge)));
    }

    #[test]
    fn os_error_suffix_is_dropped() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&e), "No such file or directory");
    }
}
