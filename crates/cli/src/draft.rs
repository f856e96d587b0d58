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
    /// Byte offset (0-based) of the first code unit that is not valid UTF-16, in a file
    /// whose byte-order mark says it is UTF-16.
    NotUtf16(usize),
    /// Every other byte is NUL: UTF-16 text saved without its byte-order mark.
    Utf16WithoutMark,
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
            DraftError::NotUtf8(at) => write!(
                f,
                "not valid UTF-8 (byte {at}); save it as UTF-8 (or UTF-16 with a byte-order mark)"
            ),
            DraftError::NotUtf16(at) => write!(
                f,
                "starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte {at})"
            ),
            DraftError::Utf16WithoutMark => f.write_str(
                "looks like UTF-16 saved without a byte-order mark; save it as UTF-8, or as UTF-16 with the mark",
            ),
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

/// Bytes to text. A UTF-16 draft with its byte-order mark (what Windows tools save as
/// "Unicode") is decoded, and any byte-order mark dropped; positions in reports count in
/// the decoded text, as an editor counts them. Otherwise NUL is checked before UTF-8 because it is valid UTF-8 yet never in
/// prose, and "looks binary" is the more useful message for an image.
pub fn decode(bytes: Vec<u8>) -> Result<String, DraftError> {
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some(u16::from_le_bytes as fn([u8; 2]) -> u16),
        Some([0xFE, 0xFF]) => Some(u16::from_be_bytes as fn([u8; 2]) -> u16),
        _ => None,
    };
    if let Some(unit) = utf16 {
        let body = &bytes[2..];
        if body.len() % 2 == 1 {
            return Err(DraftError::NotUtf16(bytes.len() - 1));
        }
        let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        let mut text = String::with_capacity(body.len());
        for (i, c) in char::decode_utf16(units).enumerate() {
            match c {
                Ok('\0') => return Err(DraftError::Binary(2 + 2 * i)),
                Ok(c) => text.push(c),
                Err(_) => return Err(DraftError::NotUtf16(2 + 2 * i)),
            }
        }
        return Ok(text);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(if looks_like_utf16(&bytes) {
            DraftError::Utf16WithoutMark
        } else {
            DraftError::Binary(at)
        });
    }
    let mut text =
        String::from_utf8(bytes).map_err(|e| DraftError::NotUtf8(e.utf8_error().valid_up_to()))?;
    // A UTF-8 byte-order mark is not a character of line 1: editors do not count it, so
    // columns must not either.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Mostly-ASCII text saved as UTF-16 without a byte-order mark: every other byte is NUL.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return false;
    }
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = sample.len() / 2;
    let (even, odd) = (nul_at(0), nul_at(1));
    // Nearly all NULs on one side, none on the other.
    (even * 10 >= half * 9 && odd == 0) || (odd * 10 >= half * 9 && even == 0)
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
        assert!(
            e.map(|e| e.to_string())
                .is_some_and(|e| e.starts_with("not valid UTF-8 (byte 3); save it as UTF-8")),
        );
    }

    fn utf16(text: &str, mark: &[u8], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
        let mut bytes = mark.to_vec();
        bytes.extend(text.encode_utf16().flat_map(unit));
        bytes
    }

    #[test]
    fn a_utf8_byte_order_mark_is_not_part_of_the_text() {
        let text = decode(b"\xef\xbb\xbfKorea 30,600".to_vec()).ok();
        assert_eq!(text.as_deref(), Some("Korea 30,600"));
    }

    #[test]
    fn utf16_with_a_mark_decodes_either_way_round() {
        let text = "Korea installed 30,600 robots — 한국 🤖\r\n";
        let le = utf16(text, &[0xFF, 0xFE], u16::to_le_bytes);
        let be = utf16(text, &[0xFE, 0xFF], u16::to_be_bytes);
        assert_eq!(decode(le).ok().as_deref(), Some(text));
        assert_eq!(decode(be).ok().as_deref(), Some(text));
    }

    #[test]
    fn broken_utf16_is_named_as_such() {
        // A lone high surrogate, then an odd byte count.
        let mut bytes = vec![0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
        assert!(matches!(
            decode(bytes.clone()),
            Err(DraftError::NotUtf16(4))
        ));
        bytes.truncate(3);
        assert!(matches!(decode(bytes), Err(DraftError::NotUtf16(2))));
    }

    #[test]
    fn utf16_without_a_mark_is_recognised() {
        let bytes = utf16("Korea installed 30,600 robots.", &[], u16::to_le_bytes);
        let e = decode(bytes).err().map(|e| e.to_string());
        assert!(e.is_some_and(|e| e.contains("UTF-16 saved without a byte-order mark")));
        // An image with scattered NULs is still "binary".
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()).err();
        assert!(matches!(e, Some(DraftError::Binary(8))));
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
