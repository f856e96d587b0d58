//! Reading drafts: the checks that turn a bad input into a clear error naming the file.
//!
//! A fact-checker pointed at the wrong file (an image, a UTF-16 export, a multi-gigabyte
//! log, `/dev/zero`) should say so at once rather than report nonsense figures or hang.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a draft could not be read. Displayed without the path; the caller prefixes it.
#[derive(Debug)]
pub enum DraftError {
    Io(io::Error),
    Directory,
    /// Over the limit, which is given.
    TooLarge(u64),
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
            DraftError::TooLarge(limit) => write!(
                f,
                "too large to be a draft (over {}; raise `max-draft-bytes` in figcheck.toml \
                 to check it anyway)",
                human_bytes(*limit)
            ),
            DraftError::Binary(at) => write!(f, "looks binary (NUL byte at {at})"),
            DraftError::NotUtf8(at) => write!(f, "not valid UTF-8 (byte {at})"),
        }
    }
}

impl std::error::Error for DraftError {}

/// A byte count as a person reads it: "10 MiB", "1000 bytes".
fn human_bytes(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else {
        format!("{n} bytes")
    }
}

/// An I/O error as a person reads it: the OS's message without the `(os error 2)` tail.
pub fn io_message(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_owned(),
        _ => text,
    }
}

/// Reads a draft as UTF-8 text, refusing directories, files over `limit` bytes, files
/// with NUL bytes and invalid UTF-8.
pub fn read_draft(path: &Path, limit: u64) -> Result<String, DraftError> {
    let file = File::open(path).map_err(DraftError::Io)?;
    let meta = file.metadata().map_err(DraftError::Io)?;
    if meta.is_dir() {
        return Err(DraftError::Directory);
    }
    if meta.len() > limit {
        return Err(DraftError::TooLarge(limit));
    }
    // The length on disk can lie (pipes, /dev/zero, a file still growing): read at most
    // one byte past the limit to tell "at the limit" from "over it".
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(DraftError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(DraftError::TooLarge(limit));
    }
    decode(bytes)
}

/// Bytes to text. NUL is checked before UTF-8 because it is valid UTF-8 yet never in
/// prose, and "looks binary" is the more useful message for an image or a UTF-16 file.
pub fn decode(bytes: Vec<u8>) -> Result<String, DraftError> {
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
    fn oversized_input_is_refused_with_the_limit_and_the_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.md");
        std::fs::write(&path, vec![b'a'; 2049]).expect("write");
        let e = read_draft(&path, 2048).expect_err("over the limit");
        assert!(matches!(e, DraftError::TooLarge(2048)));
        assert!(e.to_string().contains("over 2048 bytes"), "{e}");
        assert!(e.to_string().contains("max-draft-bytes"), "{e}");
        assert!(read_draft(&path, 2049).is_ok());
        assert!(
            DraftError::TooLarge(10 * 1024 * 1024)
                .to_string()
                .contains("over 10 MiB")
        );
    }

    #[test]
    fn os_error_suffix_is_dropped() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&e), "No such file or directory");
    }
}
