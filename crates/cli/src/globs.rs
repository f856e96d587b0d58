//! The drafts `figcheck check` checks when given no files: `drafts` globs from
//! `figcheck.toml`, matched under the config's directory.
//!
//! Globs are matched against paths relative to the config's directory, with `/`
//! separators: `*` and `?` stay within one path segment, `**` crosses segments
//! (`drafts/**/*.md`). Hidden directories (`.git`, `.figcheck`) are not searched.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use figcheck_corpus::select::slashed;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Every file under `root` matching one of `patterns`, sorted by path, each as
/// `root.join(relative)`. An invalid pattern is an error naming it and `config`.
pub fn expand(root: &Path, patterns: &[String], config: &str) -> Result<Vec<PathBuf>> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = GlobBuilder::new(pattern.trim_start_matches("./"))
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .with_context(|| format!("{config}: drafts: invalid glob `{pattern}`"))?;
        builder.add(glob);
    }
    let set = builder
        .build()
        .with_context(|| format!("{config}: drafts: invalid globs"))?;
    let mut found = Vec::new();
    walk(root, Path::new(""), &set, &mut found)?;
    found.sort();
    if found.is_empty() {
        bail!(
            "{config}: the drafts globs ({}) match no file under {}",
            patterns.join(", "),
            root.display()
        );
    }
    Ok(found.into_iter().map(|rel| root.join(rel)).collect())
}

/// Every file under `root` (hidden entries left out) whose path relative to it matches
/// `set`, through `ignore`'s walker, the one the corpus uses, with its repository filters
/// off: a draft listed in `drafts` is checked whatever a `.gitignore` says.
fn walk(root: &Path, rel: &Path, set: &GlobSet, found: &mut Vec<PathBuf>) -> Result<()> {
    let base = root.join(rel);
    let walker = ignore::WalkBuilder::new(&base)
        .standard_filters(false)
        .hidden(true)
        .follow_links(false)
        .build();
    for entry in walker {
        let entry = entry.with_context(|| format!("cannot list {}", base.display()))?;
        // A symlink to a file is a draft; one to a directory is not followed.
        let is_file = entry
            .file_type()
            .is_some_and(|k| k.is_file() || (k.is_symlink() && entry.path().is_file()));
        if !is_file {
            continue;
        }
        let Ok(path) = entry.path().strip_prefix(root) else {
            continue;
        };
        if set.is_match(slashed(path)) {
            found.push(path.to_path_buf());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_under_the_root() {
        let dir = tempfile::tempdir().expect("tempdir");
        for f in [
            "drafts/a.md",
            "drafts/deep/b.md",
            "drafts/c.txt",
            "notes.md",
            ".git/x.md",
        ] {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "x").expect("write");
        }
        let got = |patterns: &[&str]| -> Vec<String> {
            let patterns: Vec<String> = patterns.iter().map(|p| (*p).to_owned()).collect();
            expand(dir.path(), &patterns, "figcheck.toml")
                .expect("matches")
                .iter()
                .map(|p| slashed(p.strip_prefix(dir.path()).expect("under root")))
                .collect()
        };
        assert_eq!(got(&["drafts/*.md"]), ["drafts/a.md"]);
        assert_eq!(
            got(&["drafts/**/*.md"]),
            ["drafts/a.md", "drafts/deep/b.md"]
        );
        assert_eq!(
            got(&["**/*.md", "drafts/*.txt"]),
            [
                "drafts/a.md",
                "drafts/c.txt",
                "drafts/deep/b.md",
                "notes.md"
            ]
        );
        let none = expand(dir.path(), &["*.rst".to_owned()], "figcheck.toml");
        assert!(none.is_err());
        let bad = expand(dir.path(), &["[".to_owned()], "x/figcheck.toml");
        assert!(format!("{:#}", bad.expect_err("invalid")).contains("x/figcheck.toml"));
    }
}
