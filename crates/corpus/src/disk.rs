//! The on-disk index: building it, refreshing it, and recovering from a bad one.
//!
//! A manifest in the index dir records the format version, the extractor's version and
//! source fingerprint, and the blake3 hash of every indexed source. Opening compares it with the
//! sources as they are now:
//! - all the same: the index is loaded without taking any lock (the common case, and the
//!   one that must stay within a few milliseconds);
//! - otherwise, under a lock file beside the index dir (so two figcheck processes never
//!   refresh or rebuild at once), changed and new sources are re-indexed, deleted ones
//!   removed, and the rest reused.
//!
//! Nothing that cannot be read is trusted: an index that tantivy cannot open or read, an
//! unparsable manifest, a payload that does not decode all lead to a rebuild with a note.
//! A directory without our manifest is not ours and is never deleted: it is moved aside.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use figcheck_figures::EXTRACTOR_FINGERPRINT;
use serde::{Deserialize, Serialize};
use tantivy::directory::{DirectoryLock, Lock, MmapDirectory};
use tantivy::indexer::NoMergePolicy;
use tantivy::{Directory, Index};

use crate::index::{self, Fields};
use crate::scan::{self, SourceFile, display_path};
use crate::{Corpus, CorpusError, IndexStats, OpenOptions, Opened, Progress, SourceDoc};

/// Version of what this crate writes into an index. Bump it whenever the schema, the
/// payload, the passages or the way figures are prepared change: an index of another
/// version is rebuilt.
pub const FORMAT_VERSION: u32 = 1;

/// The manifest's file name inside the index dir. Its presence is what makes a
/// directory ours.
pub const MANIFEST_FILE: &str = "figcheck-manifest.json";

/// The version of the figure extractor. Every crate of the workspace takes its version
/// from the workspace, so this crate's version is figcheck-figures' version.
const FIGURES_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    figures_version: String,
    /// The extractor's source hash: it changes between builds of one release too, as
    /// the extractor is worked on, and then the figures in the index may be stale.
    extractor: String,
    /// Source key → blake3 hash of its bytes.
    files: BTreeMap<String, String>,
}

impl Manifest {
    fn current(files: &[SourceFile]) -> Manifest {
        Manifest {
            format: FORMAT_VERSION,
            figures_version: FIGURES_VERSION.to_string(),
            extractor: EXTRACTOR_FINGERPRINT.to_string(),
            files: files
                .iter()
                .map(|f| (f.key.clone(), f.hash.clone()))
                .collect(),
        }
    }

    fn same_versions(&self, other: &Manifest) -> bool {
        self.format == other.format
            && self.figures_version == other.figures_version
            && self.extractor == other.extractor
    }
}

pub(crate) fn open(
    opts: &OpenOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Opened, CorpusError> {
    let mut notes = Vec::new();
    let files = scan::scan(opts, &mut notes, progress)?;
    let job = Job {
        dir: opts.index_dir.as_path(),
        label: format!("index at {}", display_path(&opts.index_dir)),
        current: Manifest::current(&files),
        keys: files.iter().map(|f| f.key.clone()).collect(),
        displays: files.iter().map(|f| f.display.clone()).collect(),
        files: &files,
    };
    let (mut corpus, stats) = match load_if_current(&job) {
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
    corpus.docs = files
        .into_iter()
        .map(|f| SourceDoc {
            path: f.display,
            text: f.text,
        })
        .collect();
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
}

impl Job<'_> {
    fn load(&self, index: &Index) -> Result<Corpus, String> {
        index::load(index, &self.keys, &self.displays, &self.label)
    }
}

/// The lock-free fast path: the index, if its manifest matches the sources exactly and
/// it loads. Anything else is left to [`refresh`], which looks again under the lock.
fn load_if_current(job: &Job) -> Option<Corpus> {
    let manifest = read_manifest(job.dir).ok()?;
    if manifest != job.current {
        return None;
    }
    let index = Index::open_in_dir(job.dir).ok()?;
    job.load(&index).ok()
}

/// Holds the lock file `<index dir>.lock`, beside the index dir rather than in it: the
/// dir itself may be moved aside or deleted while the lock is held.
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
    /// Ours, but not readable; the reason.
    Unreadable(String),
    /// Ours, readable, of another version.
    Outdated,
    Ours(Manifest),
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
        let mut entries =
            fs::read_dir(dir).map_err(|e| CorpusError::io("read index dir", shown, e))?;
        return Ok(if entries.next().is_none() {
            State::Absent
        } else {
            State::Foreign
        });
    }
    Ok(match read_manifest(dir) {
        Err(why) => State::Unreadable(why),
        Ok(m) if !m.same_versions(current) => State::Outdated,
        Ok(m) => State::Ours(m),
    })
}

fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let bytes = fs::read(dir.join(MANIFEST_FILE))
        .map_err(|e| format!("its manifest could not be read: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("its manifest is unparsable: {e}"))
}

/// Writes the manifest through a temporary file and a rename, so a crash never leaves
/// half a manifest.
fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), CorpusError> {
    let path = dir.join(MANIFEST_FILE);
    let tmp = dir.join(format!("{MANIFEST_FILE}.tmp"));
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
        State::Unreadable(why) => {
            notes.push(format!("{label} was unreadable ({why}); rebuilt"));
            wipe(job.dir)?;
        }
        State::Ours(manifest) => match update(job, &manifest, notes, progress)? {
            Ok(done) => return Ok(done),
            Err(why) => {
                notes.push(format!("{label} was unreadable ({why}); rebuilt"));
                wipe(job.dir)?;
            }
        },
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
    let (schema, fields) = index::schema();
    let index = Index::create_in_dir(job.dir, schema).map_err(index_err)?;
    let mut writer = index::writer(&index).map_err(index_err)?;
    let all: Vec<&SourceFile> = job.files.iter().collect();
    index_sources(&writer, &fields, &all, &job.label, notes, progress)?;
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    write_manifest(job.dir, &job.current)?;
    let corpus = job.load(&index).map_err(|problem| CorpusError::Unusable {
        index: job.label.clone(),
        problem,
    })?;
    let stats = IndexStats {
        indexed: job.files.len(),
        ..IndexStats::default()
    };
    Ok((corpus, stats))
}

/// Re-indexes what changed in an index of ours. The inner `Err` says why the index
/// cannot be trusted (the caller rebuilds); the outer one is a failure to write.
fn update(
    job: &Job,
    old: &Manifest,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Result<(Corpus, IndexStats), String>, CorpusError> {
    let index = match Index::open_in_dir(job.dir) {
        Ok(i) => i,
        Err(e) => return Ok(Err(format!("tantivy could not open it: {e}"))),
    };
    let (schema, fields) = index::schema();
    if index.schema() != schema {
        return Ok(Err("its schema is not this figcheck's".to_string()));
    }
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
    if !changed.is_empty() || !removed.is_empty() {
        let applied = apply_changes(
            &index, &fields, &changed, &removed, &job.label, notes, progress,
        )?;
        if let Err(why) = applied {
            return Ok(Err(why));
        }
    }
    write_manifest(job.dir, &job.current)?;
    Ok(job.load(&index).map(|corpus| (corpus, stats)))
}

/// Deletes the documents of changed and removed sources, adds the changed ones anew, and
/// merges everything into one segment. Merging drops deleted documents, which would
/// otherwise still count in word statistics and make scores differ from a fresh build's;
/// and a single segment is what loads fastest.
fn apply_changes(
    index: &Index,
    fields: &Fields,
    changed: &[&SourceFile],
    removed: &[&String],
    label: &str,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Result<(), String>, CorpusError> {
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
    index_sources(&writer, fields, changed, label, notes, progress)?;
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
    Ok(merged.map_err(unreadable))
}

/// Prepares and adds each source, reporting progress.
fn index_sources(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    sources: &[&SourceFile],
    label: &str,
    notes: &mut Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), CorpusError> {
    for (done, f) in sources.iter().enumerate() {
        progress(Progress::Indexing {
            done,
            total: sources.len(),
            path: f.display.clone(),
        });
        let prepared = index::prepare(&f.key, &f.display, &f.text, f.format);
        notes.extend(prepared.problems.iter().cloned());
        index::add_source(writer, fields, &prepared, label)?;
    }
    Ok(())
}

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

/// Deletes an index of ours so it can be rebuilt.
fn wipe(dir: &Path) -> Result<(), CorpusError> {
    fs::remove_dir_all(dir)
        .map_err(|e| CorpusError::io("remove unusable index", display_path(dir), e))
}
