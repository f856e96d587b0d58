//! Which files of a corpus directory are sources: include/exclude patterns, and the walk
//! that applies them.
//!
//! The patterns are the globs people already write in `.gitignore`, compiled by
//! `globset` (the matcher ripgrep uses): `*` and `?` stay within one path segment, `**`
//! crosses segments, `[a-z]` and `{a,b}` work. A pattern without a `/` is matched against
//! the file or directory name alone, so `*.draft.md` excludes drafts at any depth; one
//! with a `/` against the path relative to the corpus directory. The walk is `ignore`'s
//! (ripgrep's walker) with its repository filters off: a corpus is what its folder holds,
//! whatever a `.gitignore` says. The command line's index and the language server's
//! watcher both use this module, so they agree on what a source is.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use globset::{GlobSet, GlobSetBuilder};

use crate::error::CorpusError;

/// Compiled include and exclude patterns.
#[derive(Clone, Debug)]
pub struct Selection {
    /// `None`: every file is included.
    include: Option<GlobSet>,
    exclude: GlobSet,
}

impl Selection {
    /// Compiles the patterns; a pattern globset cannot read is an error naming it.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Selection, CorpusError> {
        Ok(Selection {
            include: if include.is_empty() {
                None
            } else {
                Some(compile(include, "include")?)
            },
            exclude: compile(exclude, "exclude")?,
        })
    }

    /// Whether the file or directory at `rel` (relative to its corpus directory,
    /// `/`-separated) is excluded by name or path.
    pub fn excludes(&self, rel: &str) -> bool {
        self.exclude.is_match(rel)
    }

    /// Whether a file at `rel` is one the include patterns ask for.
    pub fn includes(&self, rel: &str) -> bool {
        self.include.as_ref().is_none_or(|set| set.is_match(rel))
    }

    /// Whether a file at `rel` is selected: included, and neither it nor a directory it
    /// is in is excluded (the walk never enters an excluded directory).
    pub fn admits(&self, rel: &str) -> bool {
        let mut at = 0;
        while let Some(i) = rel[at..].find('/') {
            if self.excludes(&rel[..at + i]) {
                return false;
            }
            at += i + 1;
        }
        !self.excludes(rel) && self.includes(rel)
    }
}

/// One glob set from `patterns`, each read the `.gitignore` way (see the module docs).
fn compile(patterns: &[String], key: &str) -> Result<GlobSet, CorpusError> {
    let mut set = GlobSetBuilder::new();
    for pattern in patterns {
        let trimmed = pattern.trim_start_matches("./");
        let anchored = if trimmed.contains('/') {
            trimmed.trim_start_matches('/').to_string()
        } else {
            format!("**/{trimmed}")
        };
        let glob = globset::GlobBuilder::new(&anchored)
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .map_err(|e| CorpusError::Pattern {
                key: key.to_string(),
                pattern: pattern.clone(),
                problem: e.kind().to_string(),
            })?;
        set.add(glob);
    }
    set.build().map_err(|e| CorpusError::Pattern {
        key: key.to_string(),
        pattern: patterns.join(", "),
        problem: e.to_string(),
    })
}

/// What a walk of one corpus directory found.
#[derive(Debug, Default)]
pub struct Walked {
    /// Selected files, relative to the directory, `/`-separated, sorted.
    pub files: Vec<String>,
    /// Files and directories the patterns left out.
    pub left_out: usize,
    /// Things worth telling the user (a symlinked directory not followed).
    pub notes: Vec<String>,
}

/// Walks `root` (a canonical directory; `shown` is how to name it in messages) and
/// returns the selected files. Hidden entries (`.git`, `.figcheck`) and whatever `skip`
/// says (the index, kept inside the corpus by default) are not entered; symlinked
/// directories are not followed, since they could loop.
pub fn walk(
    root: &Path,
    shown: &Path,
    selection: &Selection,
    skip: impl Fn(&Path) -> bool + Send + Sync + 'static,
) -> Result<Walked, CorpusError> {
    let left_out = Arc::new(AtomicUsize::new(0));
    let exclude = selection.clone();
    let counted = Arc::clone(&left_out);
    let base = root.to_path_buf();
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            if entry.depth() == 0 {
                return true;
            }
            if skip(entry.path()) {
                return false;
            }
            let rel = relative(&base, entry.path());
            if exclude.excludes(&rel) {
                counted.fetch_add(1, Ordering::Relaxed);
                return false;
            }
            true
        })
        .build();
    let mut out = Walked::default();
    for entry in walker {
        let entry = entry.map_err(|e| walk_error(shown, e))?;
        if entry.depth() == 0 {
            continue;
        }
        let rel = relative(root, entry.path());
        let kind = entry.file_type();
        if kind.is_some_and(|k| k.is_symlink()) && entry.path().is_dir() {
            out.notes.push(format!(
                "skipped {}: symlinked directories are not followed",
                crate::scan::display_path(&shown.join(&rel))
            ));
            continue;
        }
        if kind.is_some_and(|k| k.is_dir()) {
            continue;
        }
        if selection.includes(&rel) {
            out.files.push(rel);
        } else {
            out.left_out += 1;
        }
    }
    out.left_out += left_out.load(Ordering::Relaxed);
    out.files.sort();
    Ok(out)
}

/// `path` relative to `root`, `/`-separated.
fn relative(root: &Path, path: &Path) -> String {
    slashed(path.strip_prefix(root).unwrap_or(path))
}

/// A relative path with `/` separators, as patterns are written and matched.
pub fn slashed(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn walk_error(shown: &Path, e: ignore::Error) -> CorpusError {
    let (path, io) = io_parts(&e);
    let path = path.map_or_else(|| shown.to_path_buf(), Path::to_path_buf);
    let error = io.map_or_else(
        || std::io::Error::other(e.to_string()),
        |io| std::io::Error::new(io.kind(), io.to_string()),
    );
    CorpusError::io("read corpus dir", crate::scan::display_path(&path), error)
}

/// The path and the I/O error inside a walk error, through its wrappers.
fn io_parts(e: &ignore::Error) -> (Option<&Path>, Option<&std::io::Error>) {
    match e {
        ignore::Error::WithPath { path, err } => (Some(path.as_path()), io_parts(err).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            io_parts(err)
        }
        ignore::Error::Io(io) => (None, Some(io)),
        _ => (None, None),
    }
}

/// Every selected file under each of `dirs`, as absolute paths (unreadable directories
/// are skipped): what the language server stats to notice a change without a client
/// that watches files.
pub fn source_files(
    dirs: &[PathBuf],
    selection: &Selection,
    skip: impl Fn(&Path) -> bool + Clone + Send + Sync + 'static,
) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in dirs {
        if let Ok(walked) = walk(dir, dir, selection, skip.clone()) {
            out.extend(walked.files.iter().map(|rel| dir.join(rel)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(include: &[&str], exclude: &[&str]) -> Selection {
        let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Selection::new(&owned(include), &owned(exclude)).expect("patterns compile")
    }

    #[test]
    fn names_and_paths() {
        let m = |pattern: &str, path: &str| sel(&[pattern], &[]).includes(path);
        assert!(m("*.md", "notes/a.md"));
        assert!(!m("*.md", "notes/a.txt"));
        assert!(m("notes/*.md", "notes/a.md"));
        assert!(!m("notes/*.md", "notes/deep/a.md"));
        assert!(m("notes/**/*.md", "notes/deep/a.md"));
        assert!(m("notes/**/*.md", "notes/a.md"));
        assert!(m("**/a.md", "a.md"));
        assert!(!m("notes/**/x.md", "notes/abcx.md"));
        assert!(m("drafts/**", "drafts/x/y.txt"));
        assert!(m("00?_*.txt", "003_57944011cd868486.txt"));
        assert!(m("[0-2]*.txt", "000_x.txt"));
        assert!(!m("[!0]*.txt", "000_x.txt"));
        assert!(m("./a.txt", "a.txt"));
        assert!(m("*.{pdf,xlsx}", "reports/q3.xlsx"));
    }

    #[test]
    fn an_excluded_directory_excludes_what_is_in_it() {
        let s = sel(&[], &["archive", "*.draft.md"]);
        assert!(!s.admits("archive/2019/a.txt"));
        assert!(!s.admits("notes/b.draft.md"));
        assert!(s.admits("notes/b.md"));
    }

    #[test]
    fn a_bad_pattern_is_an_error_naming_it() {
        let e = Selection::new(&["[a-".to_string()], &[]).expect_err("unclosed class");
        assert!(e.to_string().contains("[a-"), "{e}");
        assert!(e.to_string().contains("include"), "{e}");
    }

    #[test]
    fn the_walk_skips_hidden_excluded_and_skipped_entries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        for rel in [
            "a.txt",
            "b.md",
            ".hidden/c.txt",
            "archive/d.txt",
            "idx/e.txt",
            "sub/f.pdf",
        ] {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, "x").expect("write");
        }
        let index = root.join("idx");
        let walked =
            walk(&root, &root, &sel(&[], &["archive"]), move |p| p == index).expect("walks");
        assert_eq!(walked.files, ["a.txt", "b.md", "sub/f.pdf"]);
        assert_eq!(walked.left_out, 1);
        let walked = walk(&root, &root, &sel(&["*.md", "*.pdf"], &[]), |_| false).expect("walks");
        assert_eq!(walked.files, ["b.md", "sub/f.pdf"]);
        assert_eq!(walked.left_out, 3, "a.txt, archive/d.txt, idx/e.txt");
    }
}
