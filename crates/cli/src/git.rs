//! `--changed-since REV`: which lines of a draft were added or changed since a revision.
//!
//! A pull request should be judged on what it changes: an old draft with known issues
//! must not block an unrelated edit. git already knows what changed, so this asks it,
//! with `git diff -U0 REV -- FILE` (the working tree against REV, so uncommitted edits
//! count), and reads the hunk headers: `@@ -12,2 +12,3 @@` says lines 12 to 14 are new
//! or changed. Lines that were only deleted leave nothing behind to report on. A file git
//! does not track yet is new: every line counts as changed. git's own output is parsed
//! rather than a git library linked in: the CLI needs three plumbing commands, and CI
//! machines that run figcheck on a checkout have git.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

use anyhow::{Context, Result, bail};

/// The lines of one file to report on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    /// The whole file is new (untracked, or added since the revision).
    All,
    /// These 1-based lines were added or changed.
    Lines(BTreeSet<usize>),
}

impl Changed {
    /// Whether anything on lines `first..=last` changed.
    pub fn touches(&self, first: usize, last: usize) -> bool {
        match self {
            Changed::All => true,
            Changed::Lines(lines) => lines.range(first..=last.max(first)).next().is_some(),
        }
    }
}

/// The lines of `file` added or changed since `rev`, asking the repository `file` is in.
pub fn changed_lines(rev: &str, file: &Path) -> Result<Changed> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = file.file_name().unwrap_or(file.as_os_str());
    let inside = git(dir, ["rev-parse", "--is-inside-work-tree"])?;
    if !inside.status.success() || String::from_utf8_lossy(&inside.stdout).trim() != "true" {
        bail!(
            "--changed-since needs a git repository, and {} is not in one",
            file.display()
        );
    }
    let commit = format!("{rev}^{{commit}}");
    if !git(dir, ["rev-parse", "--verify", "--quiet", &commit])?
        .status
        .success()
    {
        bail!(
            "--changed-since: `{rev}` is not a revision of the repository {} is in (a branch, tag or commit; in CI, fetch it first)",
            file.display()
        );
    }
    let tracked = git(
        dir,
        [
            OsStr::new("ls-files"),
            OsStr::new("--error-unmatch"),
            OsStr::new("--"),
            name,
        ],
    )?;
    if !tracked.status.success() {
        return Ok(Changed::All);
    }
    let diff = git(
        dir,
        [
            OsStr::new("diff"),
            OsStr::new("--no-color"),
            OsStr::new("--no-ext-diff"),
            OsStr::new("--no-textconv"),
            OsStr::new("-U0"),
            OsStr::new(rev),
            OsStr::new("--"),
            name,
        ],
    )?;
    if !diff.status.success() {
        bail!(
            "--changed-since: git diff failed for {}: {}",
            file.display(),
            String::from_utf8_lossy(&diff.stderr).trim()
        );
    }
    Ok(parse_diff(&String::from_utf8_lossy(&diff.stdout)))
}

/// Runs git in `dir`, with messages in English so they can be matched and shown.
fn git<I, S>(dir: &Path, args: I) -> Result<Output>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .context("--changed-since needs git, and it could not be run")
}

/// The added or changed lines of a `git diff -U0` of one file. A diff that creates the
/// file (`--- /dev/null`) changes it all.
pub fn parse_diff(diff: &str) -> Changed {
    let mut lines = BTreeSet::new();
    for line in diff.lines() {
        if line == "--- /dev/null" {
            return Changed::All;
        }
        if let Some((start, count)) = hunk_new_range(line) {
            lines.extend(start..start + count);
        }
    }
    Changed::Lines(lines)
}

/// `(start, count)` of the new side of a hunk header `@@ -a,b +c,d @@ …`; `d` defaults
/// to 1 when absent, and is 0 for a hunk that only deletes.
fn hunk_new_range(line: &str) -> Option<(usize, usize)> {
    let rest = line.strip_prefix("@@ -")?;
    let (_, rest) = rest.split_once(" +")?;
    let (range, _) = rest.split_once(" @@")?;
    let (start, count) = match range.split_once(',') {
        Some((s, c)) => (s.parse().ok()?, c.parse().ok()?),
        None => (range.parse().ok()?, 1),
    };
    Some((start, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunk_headers() {
        assert_eq!(hunk_new_range("@@ -3 +3 @@ Korea"), Some((3, 1)));
        assert_eq!(hunk_new_range("@@ -10,2 +12,3 @@"), Some((12, 3)));
        assert_eq!(hunk_new_range("@@ -5,2 +4,0 @@"), Some((4, 0)));
        assert_eq!(hunk_new_range("+@@ -1 +1 @@"), None);
        assert_eq!(hunk_new_range("@@@ -1 -1 +1 @@@"), None);
    }

    #[test]
    fn diffs() {
        let diff = "diff --git a/d.md b/d.md\n--- a/d.md\n+++ b/d.md\n@@ -2 +2 @@\n-old\n+new\n@@ -7,0 +8,2 @@\n+a\n+b\n@@ -20,3 +21,0 @@\n-x\n-y\n-z\n";
        assert_eq!(
            parse_diff(diff),
            Changed::Lines([2, 8, 9].into_iter().collect())
        );
        assert_eq!(parse_diff(""), Changed::Lines(BTreeSet::new()));
        let created = "diff --git a/n.md b/n.md\nnew file mode 100644\n--- /dev/null\n+++ b/n.md\n@@ -0,0 +1,2 @@\n";
        assert_eq!(parse_diff(created), Changed::All);
    }

    #[test]
    fn touches_any_line_of_a_range() {
        let c = Changed::Lines([4, 9].into_iter().collect());
        assert!(c.touches(4, 4));
        assert!(c.touches(3, 5));
        assert!(!c.touches(5, 8));
        assert!(Changed::All.touches(1, 1));
    }
}
