//! Noticing that the sources changed.
//!
//! Clients that can watch files for the server (`workspace/didChangeWatchedFiles` with
//! dynamic registration: VS Code, Neovim 0.10+, Helix) send events, and [`is_relevant`]
//! says which of them matter. Clients that cannot (Neovim 0.7) get a cheap poll instead:
//! [`fingerprint`] stats the source files, and a change in it triggers the same
//! incremental re-index. The index itself lives inside the corpus dir by default, so its
//! own writes must never count as a change, or every re-index would cause another.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use crate::settings::Setup;

/// Extensions the corpus reads (see the corpus crate's scan).
pub const SOURCE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// The glob a client is asked to watch inside each corpus dir.
pub const SOURCE_GLOB: &str = "**/*.{txt,md,markdown}";

fn is_source(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SOURCE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn in_index(path: &Path, setup: &Setup) -> bool {
    path.starts_with(&setup.index_dir) || path.components().any(|c| c.as_os_str() == ".figcheck")
}

/// Whether a change to `path` can change what the corpus holds or how it is configured.
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
    is_source(path)
        && !in_index(path, setup)
        && setup.corpus_dirs.iter().any(|d| path.starts_with(d))
}

/// A hash of every source file's path, size and modification time, and the config
/// file's; unreadable entries count as absent.
pub fn fingerprint(setup: &Setup) -> u64 {
    let mut h = DefaultHasher::new();
    for dir in &setup.corpus_dirs {
        walk(dir, setup, &mut h, 0);
    }
    if let Some(config) = &setup.config.path {
        stat(config, &mut h);
    }
    h.finish()
}

/// Deep enough for any real corpus, shallow enough that a symlink loop ends.
const MAX_DEPTH: usize = 32;

fn walk(dir: &Path, setup: &Setup, h: &mut DefaultHasher, depth: usize) {
    if depth > MAX_DEPTH || in_index(dir, setup) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        dir.hash(h);
        "unreadable".hash(h);
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, setup, h, depth + 1);
        } else if is_source(&path) {
            stat(&path, h);
        }
    }
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
    }
}
