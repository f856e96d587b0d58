//! Source readers: each turns a file of one format into text the figure extractor reads,
//! with a map back to the places a person finds each piece at (a page, a cell, a table
//! row).
//!
//! A reader lays its format out as Markdown (paragraphs, headings, and pipe tables
//! whose first column names each row and whose header row names each column) rather
//! than handing the engine a structure of its own: the extractor, the sentence split and
//! the table reading (a cell's owner is its row label, its measure its column header,
//! `figcheck_figures::table`) are then the same for a spreadsheet as for a Markdown
//! source, and a new format is one small module in [`READERS`].
//!
//! Positions in the laid-out text mean nothing in a PDF or a workbook, so every piece a
//! converting reader writes is marked with its place ("page 3", "Figures!C7"); evidence
//! shows that place instead of a line and column.

mod csv;
mod docx;
mod html;
mod layout;
mod pdf;
mod sheet;
mod text;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use figcheck_figures::Format;

pub(crate) use layout::Layout;

/// One source format.
pub(crate) trait Reader: Sync {
    /// The format's name, for notes ("PDF").
    fn name(&self) -> &'static str;
    /// The file extensions it reads: lower case, without the dot.
    fn extensions(&self) -> &'static [&'static str];
    /// Whether it reads the bytes as they are (plain text and Markdown): then positions
    /// in its text are positions in the file, and the scan checks the text before
    /// indexing. A converting reader's problems are found when the file is indexed.
    fn is_text(&self) -> bool {
        false
    }
    /// How the text it gives is read: Markdown, unless the reader says otherwise.
    fn format(&self, _path: &Path) -> Format {
        Format::Markdown
    }
    /// The file's text, or why it cannot be used, in words for a note that names the
    /// file ("no text layer (a scanned PDF?): OCR it first"). `limit` bounds what the
    /// reader may unpack, as it bounds the file.
    fn read(&self, bytes: &[u8], limit: u64) -> Result<Converted, String>;
}

/// The readers, in order: the first that claims a file's extension reads it.
static READERS: &[&dyn Reader] = &[
    &text::Text,
    &csv::Delimited,
    &html::HtmlReader,
    &docx::Docx,
    &docx::Odt,
    &sheet::Workbook,
    &pdf::Pdf,
];

/// A converting reader that has not finished after this long is given up on, and the
/// file skipped with a note: a malformed PDF or a decompression bomb must not hang a
/// check.
const READ_TIME_LIMIT: Duration = Duration::from_secs(20);

/// A file as text, with the places of its pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Converted {
    pub text: String,
    pub format: Format,
    pub places: Places,
    /// What was read only in part, for notes that name the file ("2 formula cells hold
    /// no saved value").
    pub notes: Vec<String>,
}

/// Where each piece of a converted text came from: marks in text order, each holding
/// from its byte offset up to the next mark. Empty for a text source, whose line and
/// column are the place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Places {
    starts: Vec<usize>,
    labels: Vec<String>,
}

impl Places {
    /// Marks the text from `at` on as coming from `label`. Marks must come in text
    /// order; one at the same offset as the last replaces it.
    pub(crate) fn mark(&mut self, at: usize, label: String) {
        if self.starts.last() == Some(&at) {
            if let Some(last) = self.labels.last_mut() {
                *last = label;
            }
            return;
        }
        debug_assert!(self.starts.last().is_none_or(|&s| s < at));
        self.starts.push(at);
        self.labels.push(label);
    }

    /// The place of the text at byte `at`, if the reader marked one.
    pub fn at(&self, at: usize) -> Option<&str> {
        let after = self.starts.partition_point(|&s| s <= at);
        after.checked_sub(1).map(|i| self.labels[i].as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Every mark: where it starts, and the place.
    pub fn marks(&self) -> impl Iterator<Item = (usize, &str)> {
        self.starts
            .iter()
            .copied()
            .zip(self.labels.iter().map(String::as_str))
    }
}

/// The reader of the file at `path`, by its extension.
pub(crate) fn reader_for(path: &Path) -> Option<&'static dyn Reader> {
    let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
    READERS
        .iter()
        .copied()
        .find(|r| r.extensions().contains(&extension.as_str()))
}

/// Whether a file at `path` is in a format some reader reads (by its extension): what a
/// watcher of the corpus counts as a source.
pub fn is_source_path(path: &Path) -> bool {
    reader_for(path).is_some()
}

/// A glob matching every file some reader reads, `**/*.{txt,md,…}`: what an editor is
/// asked to watch.
pub fn source_glob() -> String {
    let all: Vec<&str> = READERS
        .iter()
        .flat_map(|r| r.extensions())
        .copied()
        .collect();
    format!("**/*.{{{}}}", all.join(","))
}

/// Every extension some reader reads, for a note on a file none does.
pub(crate) fn known_extensions() -> String {
    let all: Vec<String> = READERS
        .iter()
        .flat_map(|r| r.extensions())
        .map(|e| format!(".{e}"))
        .collect();
    all.join(" ")
}

/// Reads `bytes` with `reader`. A converting reader runs on a thread of its own, so
/// that a panic in a format library becomes a note and a reader that does not finish in
/// [`READ_TIME_LIMIT`] is left behind rather than waited for.
pub(crate) fn convert(
    reader: &'static dyn Reader,
    bytes: Vec<u8>,
    limit: u64,
) -> Result<Converted, String> {
    if reader.is_text() {
        return reader.read(&bytes, limit);
    }
    let (done, outcome) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .name(format!("read {}", reader.name()))
        .spawn(move || {
            let result = crate::contain::contain(|| reader.read(&bytes, limit));
            // The receiver may have given up waiting; nothing to do then.
            let _ = done.send(result);
        });
    if let Err(e) = worker {
        return Err(format!(
            "could not start its {} reader ({e})",
            reader.name()
        ));
    }
    match outcome.recv_timeout(READ_TIME_LIMIT) {
        Ok(Ok(read)) => read,
        Ok(Err(panic)) => Err(format!(
            "the {} reader failed on it ({})",
            reader.name(),
            panic.describe()
        )),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "reading it as {} took over {} s",
            reader.name(),
            READ_TIME_LIMIT.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(format!(
            "the {} reader stopped without a result",
            reader.name()
        )),
    }
}

/// Reads the bytes of the file at `path` as its extension says, for tests and fuzzing.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Converted, String> {
    let reader = reader_for(path).ok_or_else(|| "not a format figcheck reads".to_string())?;
    reader.read(bytes, crate::DEFAULT_MAX_SOURCE_BYTES)
}

/// The readers' insides, for the fuzz targets (`fuzz/fuzz_targets/sources.rs`). A format
/// library's panic is contained here as it is when a corpus is indexed; the readers' own
/// code (the layouts) is called bare, so a panic in it is found.
#[doc(hidden)]
pub mod fuzzing {
    use super::{Converted, Reader};

    const LIMIT: u64 = crate::DEFAULT_MAX_SOURCE_BYTES;

    fn contained(read: impl FnOnce() -> Result<Converted, String>) -> Result<Converted, String> {
        crate::contain::contain(read).unwrap_or_else(|panic| Err(panic.describe()))
    }

    pub fn csv(bytes: &[u8]) -> Result<Converted, String> {
        super::csv::Delimited.read(bytes, LIMIT)
    }

    pub fn html(bytes: &[u8]) -> Result<Converted, String> {
        super::html::HtmlReader.read(bytes, LIMIT)
    }

    pub fn docx_xml(xml: &str) -> Result<Converted, String> {
        super::docx::lay_out(xml, super::docx::Dialect::Word).map(super::Layout::finish)
    }

    pub fn odt_xml(xml: &str) -> Result<Converted, String> {
        super::docx::lay_out(xml, super::docx::Dialect::OpenDocument).map(super::Layout::finish)
    }

    pub fn docx(bytes: &[u8]) -> Result<Converted, String> {
        contained(|| super::docx::Docx.read(bytes, LIMIT))
    }

    pub fn workbook(bytes: &[u8]) -> Result<Converted, String> {
        contained(|| super::sheet::Workbook.read(bytes, LIMIT))
    }

    pub fn pdf(bytes: &[u8]) -> Result<Converted, String> {
        contained(|| super::pdf::Pdf.read(bytes, LIMIT))
    }

    pub fn pdf_pages(pages: &[String]) -> Converted {
        super::pdf::lay_out(pages).finish()
    }
}

/// `C`, `AA`: a spreadsheet's name for the 0-based column `col`.
pub(crate) fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Whether a zip archive unpacks to no more than `limit` bytes, by what its entries
/// declare, and the problem if not: a few kilobytes of zip can unpack to gigabytes.
pub(crate) fn zip_within(bytes: &[u8], limit: u64) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable zip package ({e})"))?;
    let total = match archive.decompressed_size() {
        Some(total) => u64::try_from(total).unwrap_or(u64::MAX),
        // Entries with data descriptors state their sizes only after their data; the
        // central directory's sizes are what there is.
        None => (0..archive.len())
            .filter_map(|i| archive.by_index_raw(i).ok().map(|f| f.size()))
            .fold(0u64, u64::saturating_add),
    };
    if total > limit.saturating_mul(ZIP_GROWTH) {
        return Err(format!(
            "unpacks to {total} bytes, over {ZIP_GROWTH} times the limit for a source"
        ));
    }
    Ok(())
}

/// How much larger than the size limit a zipped format (DOCX, XLSX) may unpack to.
pub(crate) const ZIP_GROWTH: u64 = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_hold_until_the_next_mark() {
        let mut places = Places::default();
        assert_eq!(places.at(0), None);
        places.mark(5, "page 1".into());
        places.mark(20, "page 2".into());
        assert_eq!(places.at(4), None);
        assert_eq!(places.at(5), Some("page 1"));
        assert_eq!(places.at(19), Some("page 1"));
        assert_eq!(places.at(20), Some("page 2"));
        assert_eq!(places.at(usize::MAX), Some("page 2"));
        places.mark(20, "page 3".into());
        assert_eq!(places.at(25), Some("page 3"));
    }

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn every_extension_has_one_reader() {
        let mut seen = std::collections::HashSet::new();
        for r in READERS {
            for e in r.extensions() {
                assert!(seen.insert(*e), "two readers claim .{e}");
            }
        }
        assert_eq!(
            reader_for(Path::new("a/B.PDF")).map(|r| r.name()),
            Some("PDF")
        );
        assert!(reader_for(Path::new("chart.png")).is_none());
    }
}
