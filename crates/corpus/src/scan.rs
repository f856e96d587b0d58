//! Finding and reading the sources in the corpus dirs.
//!
//! A source is known by the blake3 hash of its bytes: that is how the index knows what
//! changed. Reading and hashing every source on every open would make a check linear in
//! the archive, so a source the index's manifest recorded with the same size and
//! modification time is taken at its recorded hash without being read, as git takes its
//! index entries; one modified too close to when it was recorded to tell by the clock is
//! read again. Texts are not kept: what indexing needs is read again, a batch at a time,
//! so memory stays bounded by the batch, not the corpus.
//!
//! Files that cannot be used (not text, not UTF-8, unreadable, larger than the size
//! limit, not a regular file) are skipped with a note, never a failure: one stray PDF must
//! not stop a check. Nothing here can block or read without end: a FIFO, socket or device
//! is told by its metadata and never opened for reading (and on Unix every source is
//! opened non-blocking, in case one is swapped for a FIFO in between), and no more than
//! the limit plus one byte is ever read from a file.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use figcheck_figures::Format;

use crate::read::{self, Places};
use crate::select::{self, Selection};
use crate::{CorpusError, OpenOptions, Progress};

/// One usable source.
#[derive(Debug)]
pub(crate) struct SourceFile {
    /// Stable name in the index: `<corpus dir number>/<path inside the dir>`, so that
    /// running from another working directory does not make every file look new.
    pub key: String,
    /// As shown to users.
    pub display: String,
    /// Where it is read from.
    pub path: PathBuf,
    /// blake3 of the bytes, hex.
    pub hash: String,
    pub format: Format,
    /// Its size and modification time when its hash was taken, for the next open.
    pub seen: Stat,
}

/// A file's size and modification time (nanoseconds since the Unix epoch, `None` where
/// the platform cannot tell).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Stat {
    pub bytes: u64,
    pub modified: Option<u128>,
}

impl Stat {
    pub(crate) fn of(meta: &fs::Metadata) -> Stat {
        Stat {
            bytes: meta.len(),
            modified: meta.modified().ok().and_then(nanos),
        }
    }
}

/// Nanoseconds since the Unix epoch.
pub(crate) fn nanos(t: SystemTime) -> Option<u128> {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_nanos())
}

/// What the manifest recorded of the sources: by key, the stat and hash of those whose
/// stat can vouch for their hash (see `Manifest::vouched_sources`).
pub(crate) type Seen = HashMap<String, (Stat, String)>;

/// The text of a source, read now (converted by its format's reader), with its hash
/// and stat.
pub(crate) struct SourceText {
    pub text: String,
    pub hash: String,
    pub stat: Stat,
    /// Where the pieces of a converted source came from; empty for a text source.
    pub places: Places,
    /// What its reader could read only in part.
    pub notes: Vec<String>,
}

impl SourceFile {
    /// Reads the source again, as indexing does.
    pub(crate) fn read(&self, limit: u64) -> Result<SourceText, String> {
        read_text(&self.path, limit, true)
    }
}

/// Finds every usable source under `opts.corpus_dirs`, in a stable order. A source that
/// `seen` vouches for is not read.
pub(crate) fn scan(
    opts: &OpenOptions,
    seen: &Seen,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<SourceFile>, CorpusError> {
    if opts.corpus_dirs.is_empty() {
        return Err(CorpusError::NoCorpusDirs);
    }
    let index_place = IndexPlace::of(&opts.index_dir);
    let selection = Selection::new(&opts.include, &opts.exclude)?;
    let limit = opts.source_limit();
    let mut sources = Vec::new();
    let mut found = 0;
    for (dir_no, dir) in opts.corpus_dirs.iter().enumerate() {
        let shown_dir = display_path(dir);
        match fs::metadata(dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(CorpusError::MissingDir { dir: shown_dir });
            }
            Err(e) => return Err(CorpusError::io("read corpus dir", shown_dir, e)),
            Ok(m) if !m.is_dir() => return Err(CorpusError::NotADir { dir: shown_dir }),
            Ok(_) => {}
        }
        let root =
            fs::canonicalize(dir).map_err(|e| CorpusError::io("read corpus dir", &shown_dir, e))?;
        let place = index_place.clone();
        let walked = select::walk(&root, dir, &selection, move |path| place.owns_path(path))?;
        notes.extend(walked.notes);
        let files = walked.files;
        let left_out = walked.left_out;

        // Only when the patterns took every file are they the reason for an empty folder.
        let left_out = if files.is_empty() { left_out } else { 0 };
        found += files.len();
        progress(Progress::Scanning { files: found });

        let before = sources.len();
        for rel in files {
            let shown = display_path(&dir.join(&rel));
            let Some(reader) = read::reader_for(Path::new(&rel)) else {
                notes.push(format!(
                    "skipped {shown}: not a format figcheck reads ({})",
                    read::known_extensions()
                ));
                continue;
            };
            let key = format!("{dir_no}/{rel}");
            let path = root.join(&rel);
            let vouched = seen.get(&key).filter(|(stat, _)| {
                fs::metadata(&path)
                    .is_ok_and(|m| m.is_file() && m.len() <= limit && Stat::of(&m) == *stat)
            });
            let (hash, stat) = match vouched {
                Some((stat, hash)) => (hash.clone(), *stat),
                // A text source is checked now (binary, not UTF-8); a converted one's
                // problems are found when it is indexed, so it is not converted twice.
                None => match read_text(&path, limit, reader.is_text()) {
                    Ok(read) => (read.hash, read.stat),
                    Err(problem) => {
                        notes.push(format!("skipped {shown}: {problem}"));
                        continue;
                    }
                },
            };
            sources.push(SourceFile {
                key,
                display: shown,
                format: reader.format(Path::new(&rel)),
                path,
                hash,
                seen: stat,
            });
        }
        if sources.len() == before {
            return Err(CorpusError::NoSources {
                dir: shown_dir,
                left_out,
            });
        }
    }
    Ok(sources)
}

/// Where the index lives, so the walk can step around it, its lock file and any foreign
/// directory moved aside from it.
#[derive(Clone)]
struct IndexPlace {
    parent: Option<PathBuf>,
    name: String,
}

impl IndexPlace {
    fn of(index_dir: &Path) -> IndexPlace {
        let parent = index_dir
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .and_then(|p| fs::canonicalize(p).ok());
        let name = index_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        IndexPlace { parent, name }
    }

    /// Whether `name` in the (canonical) directory `dir` belongs to the index.
    /// Whether the entry at `path` (under a canonical corpus directory) belongs to the
    /// index.
    fn owns_path(&self, path: &Path) -> bool {
        match (path.parent(), path.file_name()) {
            (Some(dir), Some(name)) => self.owns(dir, &name.to_string_lossy()),
            _ => false,
        }
    }

    fn owns(&self, dir: &Path, name: &str) -> bool {
        self.parent.as_deref() == Some(dir)
            && !self.name.is_empty()
            && (name == self.name
                || name
                    .strip_prefix(self.name.as_str())
                    .is_some_and(|rest| rest == ".lock" || rest.starts_with(".foreign-")))
    }
}

/// Reads a source's text through the reader of its format, or says why it cannot be
/// used ("binary data (a NUL byte), not text"), for a note that names the file. Without
/// `convert`, only the bytes are read and hashed.
pub(crate) fn read_text(path: &Path, limit: u64, convert: bool) -> Result<SourceText, String> {
    let (bytes, stat) = match read_bounded(path, limit) {
        Ok(read) => read,
        Err(Refused::Io(e)) => return Err(format!("unreadable ({e})")),
        Err(Refused::NotRegular(kind)) => return Err(format!("{kind}, not a regular file")),
        Err(Refused::TooLarge(size)) => {
            let (size, limit) = match (size_of(size), size_of(limit)) {
                // "10 MiB, over the 10 MiB limit" would read as a contradiction.
                (s, l) if s == l || limit < 1024 => {
                    (format!("{size} bytes"), format!("{limit}-byte"))
                }
                pair => pair,
            };
            return Err(format!(
                "{size}, over the {limit} limit for a source (max-source-bytes in figcheck.toml)"
            ));
        }
    };
    let hash = blake3::hash(&bytes).to_hex().to_string();
    if !convert {
        return Ok(SourceText {
            text: String::new(),
            hash,
            stat,
            places: Places::default(),
            notes: Vec::new(),
        });
    }
    let reader = read::reader_for(path)
        .ok_or_else(|| format!("not a format figcheck reads ({})", read::known_extensions()))?;
    let converted = read::convert(reader, bytes, limit)?;
    Ok(SourceText {
        text: converted.text,
        hash,
        stat,
        places: converted.places,
        notes: converted.notes,
    })
}

/// Why a file's bytes were not read.
enum Refused {
    Io(io::Error),
    /// What it is instead: "a named pipe (FIFO)".
    NotRegular(&'static str),
    /// Its size in bytes (at least; a growing file is not read to its end).
    TooLarge(u64),
}

/// The bytes of a regular file of at most `limit` bytes. What the path names (through
/// symlinks; a symlink loop is an error here) is looked at before it is opened, since
/// opening a FIFO for reading blocks until something writes to it; the open file is
/// looked at again, in case the path changed in between, and read no further than one
/// byte past the limit, in case the file grows.
fn read_bounded(path: &Path, limit: u64) -> Result<(Vec<u8>, Stat), Refused> {
    let check = |meta: &fs::Metadata| {
        if !meta.is_file() {
            Err(Refused::NotRegular(kind_of(&meta.file_type())))
        } else if meta.len() > limit {
            Err(Refused::TooLarge(meta.len()))
        } else {
            Ok(())
        }
    };
    check(&fs::metadata(path).map_err(Refused::Io)?)?;
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening never waits for a writer, even if the path is now a FIFO.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(Refused::Io)?;
    let meta = file.metadata().map_err(Refused::Io)?;
    check(&meta)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge(bytes.len() as u64));
    }
    // The stat of the open file as it was before reading: if it changes while being
    // read, the next open sees another time and reads it again.
    Ok((bytes, Stat::of(&meta)))
}

/// What a file that is not a regular file is, for a note.
fn kind_of(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// A size for a note: `512 bytes`, `3.5 KiB`, `12 MiB`.
fn size_of(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    let (unit, name) = match bytes {
        b if b >= MIB => (MIB, "MiB"),
        b if b >= KIB => (KIB, "KiB"),
        _ => return format!("{bytes} bytes"),
    };
    let value = bytes as f64 / unit as f64;
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} {name}")
}

/// A path as shown to users: relative to the working directory when it lies under it,
/// with `/` separators, without a leading `./`.
pub(crate) fn display_path(path: &Path) -> String {
    let relative = if path.is_absolute() {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
    } else {
        None
    };
    let shown = relative.as_deref().unwrap_or(path);
    let mut s = shown.to_string_lossy().into_owned();
    if std::path::MAIN_SEPARATOR != '/' {
        s = s.replace(std::path::MAIN_SEPARATOR, "/");
    }
    while let Some(rest) = s.strip_prefix("./") {
        s = rest.to_string();
    }
    if s.is_empty() { ".".to_string() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_relative_and_slashed() {
        assert_eq!(display_path(Path::new("./corpus/a.txt")), "corpus/a.txt");
        let cwd = std::env::current_dir().unwrap_or_default();
        assert_eq!(
            display_path(&cwd.join("corpus").join("a.txt")),
            "corpus/a.txt"
        );
        assert_eq!(
            display_path(Path::new("/definitely/elsewhere/a.txt")),
            "/definitely/elsewhere/a.txt"
        );
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_of(0), "0 bytes");
        assert_eq!(size_of(1023), "1023 bytes");
        assert_eq!(size_of(1024), "1 KiB");
        assert_eq!(size_of(1536), "1.5 KiB");
        assert_eq!(size_of(crate::DEFAULT_MAX_SOURCE_BYTES), "10 MiB");
        assert_eq!(size_of(crate::DEFAULT_MAX_SOURCE_BYTES + 1), "10 MiB");
        assert_eq!(size_of(50 * 1024 * 1024 + 300 * 1024), "50.3 MiB");
    }
}
