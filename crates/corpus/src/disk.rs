//! The on-disk index: building it, refreshing it, and recovering from a bad one.
//!
//! A manifest in the index dir records the format version, the extractor's version and
//! source fingerprint, the blake3 hash, size and modification time of every indexed
//! source, and the same of every file of the index as it was last written. Opening
//! compares it with the sources as they are now (a file whose size and time are as
//! recorded, and older than the manifest, is taken at its recorded hash unread: see
//! `Manifest::vouched_sources` and [`verify`]):
//! - all the same, and every index file still as written: the index is loaded without
//!   taking any lock (the common case, and the one that must stay fast: it costs a stat
//!   of each file, not a read of the corpus and the index);
//! - otherwise, under a lock file beside the index dir (so two figcheck processes never
//!   refresh or rebuild at once; the others wait, then find the work done), changed and
//!   new sources are re-indexed, deleted ones removed, and the rest reused.
//!
//! Nothing that cannot be read is trusted: an index file that is missing, of another
//! size or another hash (truncated, bit-flipped, swapped for another index's), an index
//! that tantivy cannot open or read, an unparsable manifest, a payload that does not decode
//! all lead to a rebuild with a note. tantivy is never handed an index file this crate has
//! not verified, and a panic inside tantivy while opening or loading is caught and also
//! leads to a rebuild. A directory without our manifest is not ours and is never deleted:
//! it is moved aside.
//!
//! A process killed at any point leaves an index the next run uses or rebuilds: the
//! manifest (written through a rename) says the index files are unverified from the
//! moment a build or refresh starts writing until it has recorded the files it wrote, and
//! an index is wiped manifest last, so a half-deleted one is still recognised as ours.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use figcheck_figures::EXTRACTOR_FINGERPRINT;
use serde::{Deserialize, Serialize};
use tantivy::directory::{DirectoryLock, Lock, MmapDirectory};
use tantivy::indexer::NoMergePolicy;
use tantivy::{Directory, Index};

use crate::contain::contain;
use crate::index::{self, Fields};
use crate::scan::{self, Seen, SourceFile, Stat, display_path, nanos};
use crate::{Corpus, CorpusError, IndexStats, OpenOptions, Opened, Progress, Texts};

/// Version of what this crate writes into an index. Bump it whenever the schema, the
/// payload, the passages or the way figures are prepared change: an index of another
/// version is rebuilt.
pub const FORMAT_VERSION: u32 = 114;

/// The manifest's file name inside the index dir. Its presence is what makes a
/// directory ours.
pub const MANIFEST_FILE: &str = "figcheck-manifest.json";

/// The version of the figure extractor. Every crate of the workspace takes its version
/// from the workspace, so this crate's version is figcheck-figures' version.
const FIGURES_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The temporary file the manifest is written through.
const MANIFEST_TMP: &str = "figcheck-manifest.json.tmp";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    figures_version: String,
    /// The extractor's source hash: it changes between builds of one release too, as
    /// the extractor is worked on, and then the figures in the index may be stale.
    extractor: String,
    /// Source key → blake3 hash of its bytes.
    files: BTreeMap<String, String>,
    /// Source key → its size and modification time when hashed: a source that still has
    /// them is taken at its hash without being read (see [`Manifest::vouched_sources`]).
    #[serde(default)]
    seen: BTreeMap<String, Stat>,
    /// Every file of the index that a load reads (tantivy's `meta.json` and segment
    /// files; see [`record`]) as last written, by name. `None` while a build or refresh
    /// is writing the index: one cut short leaves it so, and the next run rebuilds.
    #[serde(default)]
    index: Option<BTreeMap<String, IndexFile>>,
    /// When the manifest was written, by the file system's clock (its modification
    /// time): what a recorded modification time must be older than to vouch for a file.
    #[serde(skip)]
    written_at: Option<u128>,
}

/// What an index file held when it was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct IndexFile {
    bytes: u64,
    blake3: String,
    /// Nanoseconds since the Unix epoch; with the size, vouches for the hash (see
    /// [`verify`]).
    #[serde(default)]
    modified: Option<u128>,
}

impl Manifest {
    /// The manifest of an up-to-date index, less its index files.
    fn current(files: &[SourceFile]) -> Manifest {
        Manifest {
            format: FORMAT_VERSION,
            figures_version: FIGURES_VERSION.to_string(),
            extractor: EXTRACTOR_FINGERPRINT.to_string(),
            files: files
                .iter()
                .map(|f| (f.key.clone(), f.hash.clone()))
                .collect(),
            seen: files.iter().map(|f| (f.key.clone(), f.seen)).collect(),
            index: None,
            written_at: None,
        }
    }

    /// The sources whose recorded size and modification time vouch for their recorded
    /// hash: those of an index of this version, last modified before the manifest was
    /// written (by the same clock). One modified in the same tick of a coarse clock as
    /// the manifest was written could have changed again unseen, and is read again; this
    /// is git's rule for its index.
    fn vouched_sources(&self) -> Seen {
        let current = Manifest::current(&[]);
        let Some(written_at) = self.written_at.filter(|_| self.same_versions(&current)) else {
            return Seen::new();
        };
        self.seen
            .iter()
            .filter(|(_, stat)| stat.modified.is_some_and(|m| m < written_at))
            .filter_map(|(key, stat)| Some((key.clone(), (*stat, self.files.get(key)?.clone()))))
            .collect()
    }

    fn same_versions(&self, other: &Manifest) -> bool {
        self.format == other.format
            && self.figures_version == other.figures_version
            && self.extractor == other.extractor
    }

    /// Whether this manifest's index holds exactly the sources `current` lists.
    fn same_sources(&self, current: &Manifest) -> bool {
        self.same_versions(current) && self.files == current.files
    }
}

pub(crate) fn open(
    opts: &OpenOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Opened, CorpusError> {
    let mut notes = Vec::new();
    let recorded = read_manifest(&opts.index_dir).ok();
    let seen = recorded
        .as_ref()
        .map(Manifest::vouched_sources)
        .unwrap_or_default();
    let files = scan::scan(opts, &seen, &mut notes, progress)?;
    let job = Job {
        dir: opts.index_dir.as_path(),
        label: format!("index at {}", display_path(&opts.index_dir)),
        current: Manifest::current(&files),
        keys: files.iter().map(|f| f.key.clone()).collect(),
        displays: files.iter().map(|f| f.display.clone()).collect(),
        files: &files,
        limit: opts.source_limit(),
    };
    let (mut corpus, stats) = match recorded.and_then(|m| load_if_current(&job, &m)) {
        Some(corpus) => {
            let stats = IndexStats {
                reused: files.len(),
                ..IndexStats::default()
            };
            (corpus, stats)
        }
        None => {
            let _lock = lock(job.dir)?;
            refresh(&job, &mut notes, progress)?
        }
    };
    corpus.texts = Texts::Files {
        paths: files.into_iter().map(|f| f.path).collect(),
        limit: opts.source_limit(),
    };
    progress(Progress::Done);
    Ok(Opened {
        corpus,
        notes,
        stats,
    })
}

/// What one open works with: where the index is and what it should hold.
struct Job<'a> {
    dir: &'a Path,
    /// "index at <dir>", for notes and errors.
    label: String,
    /// The manifest the index should have once up to date.
    current: Manifest,
    files: &'a [SourceFile],
    /// The sources' keys and display paths, in `files` order.
    keys: Vec<String>,
    displays: Vec<String>,
    /// The size limit for a source.
    limit: u64,
}

impl Job<'_> {
    fn load(&self, index: &Index) -> Result<Corpus, String> {
        index::load(index, &self.keys, &self.displays, &self.label)
    }

    /// Records the index files just written and a manifest that vouches for them and for
    /// the current sources, then loads the index, a panic inside tantivy contained: what
    /// a build and an update both end with. Sources in `unread` could not be read to be
    /// indexed: the manifest leaves them out, so the next open looks at them again.
    fn seal_and_load(
        &self,
        index: &Index,
        unread: &[String],
    ) -> Result<Result<Corpus, String>, CorpusError> {
        let written = record(self.dir)?;
        let mut sealed = Manifest {
            index: Some(written),
            ..self.current.clone()
        };
        for key in unread {
            sealed.files.remove(key);
            sealed.seen.remove(key);
        }
        write_manifest(self.dir, &sealed)?;
        Ok(contain(|| self.load(index)).unwrap_or_else(|panic| {
            Err(format!("tantivy failed reading it ({})", panic.describe()))
        }))
    }
}

/// The lock-free fast path: the index, if its manifest matches the sources exactly, its
/// files are as written, and it loads. Anything else is left to [`refresh`], which looks
/// again under the lock (and says what was wrong, if anything still is).
fn load_if_current(job: &Job, manifest: &Manifest) -> Option<Corpus> {
    if !manifest.same_sources(&job.current) {
        return None;
    }
    let written = manifest.index.as_ref()?;
    verify(job.dir, written, manifest.written_at).ok()?;
    open_verified(job, written).ok()
}

/// Opens and loads an index whose files were just verified against `written`, with any
/// panic inside tantivy contained. The index must be the one verified: if another process
/// has replaced it meanwhile (its segments are not among the verified files), it is
/// refused rather than loaded unverified.
fn open_verified(job: &Job, written: &BTreeMap<String, IndexFile>) -> Result<Corpus, String> {
    let loaded = contain(|| {
        let index =
            Index::open_in_dir(job.dir).map_err(|e| format!("tantivy could not open it: {e}"))?;
        let corpus = job.load(&index)?;
        let verified: BTreeSet<&str> = written
            .keys()
            .map(|name| name.split('.').next().unwrap_or_default())
            .collect();
        let unverified = corpus
            .searcher
            .segment_readers()
            .iter()
            .any(|r| !verified.contains(r.segment_id().uuid_string().as_str()));
        if unverified {
            return Err("it changed while being opened".to_string());
        }
        Ok(corpus)
    });
    loaded.unwrap_or_else(|panic| Err(format!("tantivy failed reading it ({})", panic.describe())))
}

/// Checks every index file against what was written: present, of the same size, and
/// either with the recorded modification time (older than the manifest, `written_at`, so
/// that the time can vouch for the content, as in [`Manifest::vouched_sources`]) or of the
/// same blake3 hash. Sizes are compared first, so a truncated file is told without
/// reading the others. Hashing reads the whole index (9–14 ms for 29 MB, a second for a
/// gigabyte), so a fresh check hashes only what its stat cannot vouch for: a file just
/// written, or touched since.
fn verify(
    dir: &Path,
    written: &BTreeMap<String, IndexFile>,
    written_at: Option<u128>,
) -> Result<(), String> {
    if !written.contains_key(META_JSON) {
        return Err(format!("its record of its files lacks {META_JSON}"));
    }
    let mut opened = Vec::with_capacity(written.len());
    for (name, want) in written {
        let file = fs::File::open(dir.join(name))
            .map_err(|e| format!("its file {name} could not be read: {e}"))?;
        let meta = file
            .metadata()
            .map_err(|e| format!("its file {name} could not be read: {e}"))?;
        let stat = Stat::of(&meta);
        if stat.bytes != want.bytes {
            return Err(format!(
                "its file {name} is {} bytes long, but {} were written",
                stat.bytes, want.bytes
            ));
        }
        let vouched = want
            .modified
            .is_some_and(|m| stat.modified == Some(m) && written_at.is_some_and(|at| m < at));
        if !vouched {
            opened.push((name, want, file));
        }
    }
    for (name, want, file) in opened {
        let mut hasher = blake3::Hasher::new();
        hasher
            .update_reader(file)
            .map_err(|e| format!("its file {name} could not be read: {e}"))?;
        if hasher.finalize().to_hex().as_str() != want.blake3 {
            return Err(format!("its file {name} does not hold what was written"));
        }
    }
    Ok(())
}

/// tantivy's record of the index's segments: every load starts from it.
const META_JSON: &str = "meta.json";

/// tantivy's list of the files it wrote, for its garbage collection.
const MANAGED_JSON: &str = ".managed.json";

/// Records the size and hash of every file in the index dir but the manifest, lock files
/// and `.managed.json`, once the writer is done with them. (`.managed.json` is tantivy's
/// list of the files it wrote, for its garbage collection: a load never reads it, and a
/// writer rewrites it as soon as it stages a segment, before anything the index holds
/// has changed.)
fn record(dir: &Path) -> Result<BTreeMap<String, IndexFile>, CorpusError> {
    let shown = display_path(dir);
    let mut written = BTreeMap::new();
    let entries = fs::read_dir(dir).map_err(|e| CorpusError::io("read index dir", &shown, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| CorpusError::io("read index dir", &shown, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if !is_file
            || name == MANIFEST_FILE
            || name == MANIFEST_TMP
            || name == MANAGED_JSON
            || is_lock_file(&name)
        {
            continue;
        }
        let path = entry.path();
        let read_err = |e| CorpusError::io("read", display_path(&path), e);
        let mut hasher = blake3::Hasher::new();
        let file = fs::File::open(&path).map_err(read_err)?;
        let stat = Stat::of(&file.metadata().map_err(read_err)?);
        hasher.update_reader(file).map_err(read_err)?;
        written.insert(
            name,
            IndexFile {
                bytes: stat.bytes,
                blake3: hasher.finalize().to_hex().to_string(),
                modified: stat.modified,
            },
        );
    }
    Ok(written)
}

/// tantivy's lock files (`.tantivy-writer.lock`, `.tantivy-meta.lock`): empty, created by
/// readers too, and never read.
fn is_lock_file(name: &str) -> bool {
    name.starts_with(".tantivy-") && name.ends_with(".lock")
}

/// Holds the lock file `<index dir>.lock`, beside the index dir rather than in it: the
/// dir itself may be moved aside or deleted while the lock is held.
///
/// What this guarantees, across processes as well as threads: tantivy's `MmapDirectory`
/// takes an exclusive `flock` (`LockFileEx` on Windows) on an open file description of its
/// own, blocking until it is free, so no two holders can overlap, whether in one process
/// or two. The lock file is never deleted (a deleted-and-recreated lock file would let a
/// waiter and a newcomer hold locks on two different files at once), and the OS releases
/// the lock when its holder exits or is killed, so a killed `figcheck index` never leaves
/// the others waiting. Readers on the fast path take no lock: writers only ever add files
/// and replace `meta.json` and the manifest through renames, and a reader that finds the
/// index changing under it falls back to waiting for the lock.
fn lock(dir: &Path) -> Result<DirectoryLock, CorpusError> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let shown = display_path(dir);
    fs::create_dir_all(&parent)
        .map_err(|e| CorpusError::io("create the parent of index dir", shown.clone(), e))?;
    let name = format!(
        "{}.lock",
        dir.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    let lock_err =
        |e: String| CorpusError::io("lock index dir", shown.clone(), io::Error::other(e));
    let parent_dir = MmapDirectory::open(&parent).map_err(|e| lock_err(e.to_string()))?;
    parent_dir
        .acquire_lock(&Lock {
            filepath: PathBuf::from(name),
            is_blocking: true,
        })
        .map_err(|e| lock_err(e.to_string()))
}

/// What the index dir holds, as far as can be told without trusting it.
enum State {
    /// Nothing, or an empty directory.
    Absent,
    /// Something that is not ours.
    Foreign,
    /// Ours, but not usable as it is; the reason.
    Unreadable(String),
    /// Ours, but a build or refresh of it was cut short.
    Incomplete,
    /// Ours, readable, of another version.
    Outdated,
    /// Ours, with its files as written.
    Ours(Manifest, BTreeMap<String, IndexFile>),
}

fn inspect(dir: &Path, current: &Manifest) -> Result<State, CorpusError> {
    let shown = display_path(dir);
    let meta = match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(State::Absent),
        Err(e) => return Err(CorpusError::io("read index dir", shown, e)),
        Ok(m) => m,
    };
    if !meta.is_dir() {
        return Ok(State::Foreign);
    }
    if !dir.join(MANIFEST_FILE).exists() {
        // A build killed before its first manifest was renamed into place leaves only the
        // temporary one: that directory is still ours, and empty.
        let entries = fs::read_dir(dir).map_err(|e| CorpusError::io("read index dir", shown, e))?;
        let foreign = entries
            .filter_map(Result::ok)
            .any(|e| e.file_name() != MANIFEST_TMP);
        return Ok(if foreign {
            State::Foreign
        } else {
            State::Absent
        });
    }
    let manifest = match read_manifest(dir) {
        Err(why) => return Ok(State::Unreadable(why)),
        Ok(m) => m,
    };
    if !manifest.same_versions(current) {
        return Ok(State::Outdated);
    }
    let Some(written) = manifest.index.clone() else {
        return Ok(State::Incomplete);
    };
    Ok(match verify(dir, &written, manifest.written_at) {
        Err(why) => State::Unreadable(why),
        Ok(()) => State::Ours(manifest, written),
    })
}

fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let path = dir.join(MANIFEST_FILE);
    let unreadable = |e: io::Error| format!("its manifest could not be read: {e}");
    let written_at = fs::metadata(&path)
        .map_err(unreadable)?
        .modified()
        .ok()
        .and_then(nanos);
    let bytes = fs::read(&path).map_err(unreadable)?;
    let manifest: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| format!("its manifest is unparsable: {e}"))?;
    Ok(Manifest {
        written_at,
        ..manifest
    })
}

/// Writes the manifest through a temporary file and a rename, so a crash never leaves
/// half a manifest.
fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), CorpusError> {
    let path = dir.join(MANIFEST_FILE);
    let tmp = dir.join(MANIFEST_TMP);
    let json = serde_json::to_vec_pretty(manifest).map_err(|e| {
        CorpusError::io("encode manifest", display_path(&path), io::Error::other(e))
    })?;
    fs::write(&tmp, json).map_err(|e| CorpusError::io("write", display_path(&tmp), e))?;
    fs::rename(&tmp, &path).map_err(|e| CorpusError::io("write", display_path(&path), e))
}

/// Brings the index up to date under the lock, rebuilding it if it cannot be trusted.
fn refresh(
    job: &Job,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Corpus, IndexStats), CorpusError> {
    let label = &job.label;
    match inspect(job.dir, &job.current)? {
        State::Absent => {}
        State::Foreign => move_aside(job.dir, notes)?,
        State::Outdated => {
            notes.push(format!(
                "{label} was made by another figcheck version; rebuilt"
            ));
            wipe(job.dir)?;
        }
        State::Incomplete => {
            notes.push(format!(
                "{label} was left incomplete (figcheck was stopped while writing it); rebuilt"
            ));
            wipe(job.dir)?;
        }
        State::Unreadable(why) => {
            notes.push(format!("{label} was unreadable ({why}); rebuilt"));
            wipe(job.dir)?;
        }
        State::Ours(manifest, written) => {
            match update(job, &manifest, &written, notes, progress)? {
                Ok(done) => return Ok(done),
                Err(why) => {
                    notes.push(format!("{label} was unreadable ({why}); rebuilt"));
                    wipe(job.dir)?;
                }
            }
        }
    }
    build(job, notes, progress)
}

/// Builds a fresh index in the job's dir (absent or empty).
fn build(
    job: &Job,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Corpus, IndexStats), CorpusError> {
    let index_err = |error| CorpusError::Index {
        index: job.label.clone(),
        error,
    };
    fs::create_dir_all(job.dir)
        .map_err(|e| CorpusError::io("create index dir", display_path(job.dir), e))?;
    // Claim the directory first, so that a build cut short leaves a directory we recognise
    // (and rebuild) rather than one we would take for foreign.
    write_manifest(
        job.dir,
        &Manifest {
            files: BTreeMap::new(),
            ..job.current.clone()
        },
    )?;
    let written = contain(|| -> Result<(Index, Vec<String>), CorpusError> {
        let (schema, fields) = index::schema();
        let index = Index::builder()
            .schema(schema)
            .settings(index::settings())
            .create_in_dir(job.dir)
            .map_err(index_err)?;
        let mut writer = index::writer(&index).map_err(index_err)?;
        let all: Vec<&SourceFile> = job.files.iter().collect();
        let unread = index_sources(
            &writer, &fields, &all, job.limit, &job.label, notes, progress,
        )?;
        writer.commit().map_err(index_err)?;
        writer.wait_merging_threads().map_err(index_err)?;
        Ok((index, unread))
    });
    let (index, unread) = written.unwrap_or_else(|panic| {
        Err(CorpusError::Internal {
            index: job.label.clone(),
            action: "building it",
            detail: panic.describe(),
        })
    })?;
    let corpus = job
        .seal_and_load(&index, &unread)?
        .map_err(|problem| CorpusError::Unusable {
            index: job.label.clone(),
            problem,
        })?;
    let stats = IndexStats {
        indexed: job.files.len(),
        ..IndexStats::default()
    };
    Ok((corpus, stats))
}

/// Re-indexes what changed in a verified index of ours. The inner `Err` says why the
/// index cannot be trusted (the caller rebuilds); the outer one is a failure to write.
fn update(
    job: &Job,
    old: &Manifest,
    written: &BTreeMap<String, IndexFile>,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Result<(Corpus, IndexStats), String>, CorpusError> {
    let changed: Vec<&SourceFile> = job
        .files
        .iter()
        .filter(|f| old.files.get(&f.key) != Some(&f.hash))
        .collect();
    let removed: Vec<&String> = old
        .files
        .keys()
        .filter(|k| !job.current.files.contains_key(*k))
        .collect();
    let stats = IndexStats {
        reused: job.files.len() - changed.len(),
        indexed: changed.len(),
        removed: removed.len(),
    };
    if changed.is_empty() && removed.is_empty() {
        // Another process brought it up to date while this one waited for the lock.
        return Ok(open_verified(job, written).map(|corpus| (corpus, stats)));
    }
    let opened = contain(|| Index::open_in_dir(job.dir));
    let index = match opened {
        Ok(Ok(i)) => i,
        Ok(Err(e)) => return Ok(Err(format!("tantivy could not open it: {e}"))),
        Err(panic) => {
            return Ok(Err(format!(
                "tantivy failed opening it ({})",
                panic.describe()
            )));
        }
    };
    let (schema, fields) = index::schema();
    if index.schema() != schema {
        return Ok(Err("its schema is not this figcheck's".to_string()));
    }
    // From the commit until the new files are recorded, the index is not one to trust:
    // a run killed meanwhile leaves a manifest that says so, and the next run rebuilds.
    let mut unverified = || {
        write_manifest(
            job.dir,
            &Manifest {
                index: None,
                ..old.clone()
            },
        )
    };
    let applied = contain(|| {
        apply_changes(
            &index,
            &fields,
            &changed,
            &removed,
            job.limit,
            &job.label,
            notes,
            progress,
            &mut unverified,
        )
    });
    let unread = match applied {
        Ok(Ok(Ok(unread))) => unread,
        Ok(Ok(Err(why))) => return Ok(Err(why)),
        Ok(Err(e)) => return Err(e),
        Err(panic) => {
            return Ok(Err(format!(
                "tantivy failed updating it ({})",
                panic.describe()
            )));
        }
    };
    let loaded = job.seal_and_load(&index, &unread)?;
    Ok(loaded.map(|corpus| (corpus, stats)))
}

/// Deletes the documents of changed and removed sources, adds the changed ones anew, and
/// merges everything into one segment. Merging drops deleted documents, which would
/// otherwise still count in word statistics and make scores differ from a fresh build's;
/// and a single segment is what loads fastest.
///
/// `before_commit` runs once the new documents are staged and before the first change
/// to what the index holds: until then the index on disk is untouched (staged segments
/// are new files that `meta.json` does not name), so a run killed while indexing (the
/// long part) leaves the old index whole, and the next run refreshes it incrementally.
#[allow(clippy::too_many_arguments)]
fn apply_changes(
    index: &Index,
    fields: &Fields,
    changed: &[&SourceFile],
    removed: &[&String],
    limit: u64,
    label: &str,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
    before_commit: &mut dyn FnMut() -> Result<(), CorpusError>,
) -> Result<Result<Vec<String>, String>, CorpusError> {
    let unreadable = |e: tantivy::TantivyError| format!("tantivy could not update it: {e}");
    let mut writer = match index::writer(index) {
        Ok(w) => w,
        Err(e) => return Ok(Err(unreadable(e))),
    };
    writer.set_merge_policy(Box::new(NoMergePolicy));
    for key in removed {
        index::delete_source(&writer, fields, key);
    }
    // New sources are deleted too: a build cut short between commit and manifest may
    // have indexed them already.
    for f in changed {
        index::delete_source(&writer, fields, &f.key);
    }
    let unread = index_sources(&writer, fields, changed, limit, label, notes, progress)?;
    before_commit()?;
    let merged = (|| -> tantivy::Result<()> {
        writer.commit()?;
        let segments = index.searchable_segment_metas()?;
        let needs_merge = segments.len() > 1 || segments.iter().any(|s| s.has_deletes());
        let ids: Vec<_> = segments.iter().map(|s| s.id()).collect();
        // Tantivy keeps the files of every segment whose metadata is still alive in
        // memory, so these must be gone before the merged-away files can be collected.
        drop(segments);
        if needs_merge {
            writer.merge(&ids).wait()?;
            writer.garbage_collect_files().wait()?;
        }
        writer.wait_merging_threads()
    })();
    Ok(merged.map(|()| unread).map_err(unreadable))
}

/// Reads, prepares and adds each source, reporting progress. Returns the keys of those
/// that could no longer be read (each with a note): the manifest must not vouch for them.
fn index_sources(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    sources: &[&SourceFile],
    limit: u64,
    label: &str,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<String>, CorpusError> {
    use rayon::prelude::*;
    // Extraction is most of the work and each source's is its own: sources are read and
    // prepared in parallel, a batch at a time (so the texts, figures and payloads in
    // memory are the batch's, whatever the corpus's size), and written in order by the
    // one writer.
    let mut done = 0;
    let mut unread = Vec::new();
    for batch in sources.chunks(INDEX_BATCH) {
        let prepared: Vec<Result<index::PreparedSource, String>> = batch
            .par_iter()
            .map(|f| {
                // Read again since the scan: what is indexed is what is there now. A
                // source changed in between is indexed as it is now under the hash it had
                // then, so the next open finds it changed and indexes it once more.
                index::prepare_file(f, limit)
            })
            .collect();
        for (f, prepared) in batch.iter().zip(prepared) {
            progress(Progress::Indexing {
                done,
                total: sources.len(),
                path: f.display.clone(),
            });
            done += 1;
            let prepared = match prepared {
                Ok(p) => p,
                Err(problem) => {
                    notes.push(format!("skipped {}: {problem}", f.display));
                    unread.push(f.key.clone());
                    continue;
                }
            };
            notes.extend(prepared.problems.iter().cloned());
            index::add_source(writer, fields, &prepared, label)?;
        }
    }
    Ok(unread)
}

/// How many sources are prepared in parallel before they are written.
const INDEX_BATCH: usize = 64;

/// Moves a directory that is not ours to `<dir>.foreign-<n>`, never deleting it.
fn move_aside(dir: &Path, notes: &mut Vec<String>) -> Result<(), CorpusError> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "index".to_string());
    let target = (1..)
        .map(|n| dir.with_file_name(format!("{name}.foreign-{n}")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| dir.with_file_name(format!("{name}.foreign")));
    fs::rename(dir, &target).map_err(|e| CorpusError::io("move aside", display_path(dir), e))?;
    notes.push(format!(
        "{} was not a figcheck index: moved it aside to {} and built a fresh one",
        display_path(dir),
        display_path(&target)
    ));
    Ok(())
}

/// Deletes an index of ours so it can be rebuilt: every file but the manifest, then the
/// manifest, then the directory. A run killed halfway leaves a directory that still has
/// our manifest (and is rebuilt) or is empty, never one taken for foreign.
fn wipe(dir: &Path) -> Result<(), CorpusError> {
    let shown = display_path(dir);
    let remove_err = |e| CorpusError::io("remove unusable index", shown.clone(), e);
    for entry in fs::read_dir(dir).map_err(remove_err)? {
        let entry = entry.map_err(remove_err)?;
        if entry.file_name() == MANIFEST_FILE {
            continue;
        }
        let path = entry.path();
        let removed = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(remove_err)?;
    }
    match fs::remove_file(dir.join(MANIFEST_FILE)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(remove_err(e)),
        _ => {}
    }
    fs::remove_dir(dir).map_err(remove_err)
}
