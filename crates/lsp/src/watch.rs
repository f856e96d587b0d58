//! Noticing that the sources changed.
//!
//! Clients that can watch files for the server (`workspace/didChangeWatchedFiles` with
//! dynamic registration: VS Code, Neovim 0.10+, Helix) send events, and [`is_relevant`]
//! says which of them matter. Clients that cannot (Neovim 0.7) get a cheap poll instead:
//! [`fingerprint`] stats the source files, and a change in it triggers the same
//! incremental re-index. Both use the corpus crate's walk, formats and include/exclude
//! patterns, so a change counts exactly when it changes what the corpus reads. The index itself lives inside the corpus dir by default, so its
//! own writes must never count as a change, or every re-index would cause another.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use figcheck_corpus::Selection;
use figcheck_corpus::read::is_source_path;

use crate::settings::Setup;

/// The glob a client is asked to watch inside each corpus dir: every format the corpus
/// reads (the corpus crate's readers say which).
pub fn source_glob() -> String {
    figcheck_corpus::read::source_glob()
}

fn in_index(path: &Path, setup: &Setup) -> bool {
    path.starts_with(&setup.index_dir) || path.components().any(|c| c.as_os_str() == ".figcheck")
}

/// The include/exclude patterns of the setup, compiled as the corpus compiles them; a
/// pattern that does not compile selects nothing here (opening the corpus reports it).
fn selection(setup: &Setup) -> Option<Selection> {
    Selection::new(&setup.include, &setup.exclude).ok()
}

/// Whether a change to `path` can change what the corpus holds or how it is configured:
/// the config file, or a file the corpus would read (its format, its include and
/// exclude patterns, outside the index).
pub fn is_relevant(path: &Path, setup: &Setup) -> bool {
    if path
        .file_name()
        .is_some_and(|n| n == figcheck_config::FILE_NAME)
    {
        return true;
    }
    if setup.config.path.as_deref() == Some(path) {
        return true;
    }
    if !is_source_path(path) || in_index(path, setup) {
        return false;
    }
    let Some(selection) = selection(setup) else {
        return false;
    };
    setup.corpus_dirs.iter().any(|dir| {
        path.strip_prefix(dir)
            .is_ok_and(|rel| selection.admits(&figcheck_corpus::select::slashed(rel)))
    })
}

/// A hash of every source file's path, size and modification time, and the config
/// file's; unreadable entries count as absent. The files are the ones the corpus would
/// read: the same walk and patterns.
pub fn fingerprint(setup: &Setup) -> u64 {
    let mut h = DefaultHasher::new();
    if let Some(selection) = selection(setup) {
        let index: PathBuf = setup
            .index_dir
            .canonicalize()
            .unwrap_or_else(|_| setup.index_dir.clone());
        let skip = move |p: &Path| p.starts_with(&index);
        let dirs: Vec<PathBuf> = setup
            .corpus_dirs
            .iter()
            .map(|d| d.canonicalize().unwrap_or_else(|_| d.clone()))
            .collect();
        for path in figcheck_corpus::source_files(&dirs, &selection, skip) {
            if is_source_path(&path) {
                stat(&path, &mut h);
            }
        }
    }
    if let Some(config) = &setup.config.path {
        stat(config, &mut h);
    }
    h.finish()
}

fn stat(path: &Path, h: &mut DefaultHasher) {
    path.hash(h);
    if let Ok(meta) = std::fs::metadata(path) {
        meta.len().hash(h);
        if let Ok(modified) = meta.modified() {
            modified.hash(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Settings, resolve};

    #[test]
    fn index_writes_are_not_changes_but_sources_are() {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir_all(corpus.join(".figcheck/index")).expect("mkdir");
        std::fs::write(corpus.join("a.txt"), "Korea installed 30,600 robots.").expect("write");
        let setup = resolve(dir.path(), &Settings::default()).expect("setup");
        assert!(is_relevant(&corpus.join("a.txt"), &setup));
        assert!(is_relevant(&corpus.join("sub/b.md"), &setup));
        assert!(!is_relevant(
            &corpus.join(".figcheck/index/meta.json"),
            &setup
        ));
        assert!(!is_relevant(&corpus.join(".figcheck/index/x.txt"), &setup));
        assert!(!is_relevant(&dir.path().join("draft.md"), &setup));
        assert!(is_relevant(&dir.path().join("figcheck.toml"), &setup));

        let before = fingerprint(&setup);
        std::fs::write(corpus.join(".figcheck/index/seg.txt"), "x").expect("write");
        assert_eq!(fingerprint(&setup), before);
        std::fs::write(corpus.join("b.txt"), "Japan installed 44,500.").expect("write");
        assert_ne!(fingerprint(&setup), before);
        // Every format the corpus reads counts, not only text.
        assert!(is_relevant(&corpus.join("report.pdf"), &setup));
        assert!(is_relevant(&corpus.join("figures.xlsx"), &setup));
        assert!(!is_relevant(&corpus.join("photo.png"), &setup));
        let before = fingerprint(&setup);
        std::fs::write(corpus.join("figures.csv"), "a,1").expect("write");
        assert_ne!(fingerprint(&setup), before);
    }

    /// The config's include and exclude patterns decide what is a change, as they decide
    /// what the corpus reads.
    #[test]
    fn changes_outside_the_patterns_are_not_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = dir.path().join("sources");
        std::fs::create_dir_all(corpus.join("archive")).expect("mkdir");
        std::fs::write(
            dir.path().join("figcheck.toml"),
            "[[corpus]]\npath = \"sources\"\nexclude = [\"archive\", \"*.draft.md\"]\n",
        )
        .expect("write");
        std::fs::write(corpus.join("a.txt"), "Korea installed 30,600 robots.").expect("write");
        let root = dir.path().canonicalize().expect("root");
        let corpus = root.join("sources");
        let setup = resolve(&root, &Settings::default()).expect("setup");
        assert!(is_relevant(&corpus.join("a.txt"), &setup));
        assert!(!is_relevant(&corpus.join("archive/old.txt"), &setup));
        assert!(!is_relevant(&corpus.join("notes.draft.md"), &setup));
        let before = fingerprint(&setup);
        std::fs::write(corpus.join("archive/old.txt"), "x").expect("write");
        std::fs::write(corpus.join("notes.draft.md"), "x").expect("write");
        assert_eq!(fingerprint(&setup), before);
        std::fs::write(corpus.join("b.md"), "x").expect("write");
        assert_ne!(fingerprint(&setup), before);
    }
}
