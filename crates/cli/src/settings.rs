//! `figcheck.toml` and the command line, merged: the command line wins.
//!
//! The config is found by walking up from the current directory (or named with
//! `--config`). Its relative paths are relative to its own directory; that directory is
//! rewritten relative to the current one, so paths in reports read `corpus/…` or
//! `../corpus/…` rather than absolute paths, just as if the user had typed them.

use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use figcheck_check::Ignores;
use figcheck_config::{Config, FailOn};
use figcheck_printer::Levels;

use crate::{CheckArgs, CorpusArgs};

/// The config in force: the file's, or the defaults when there is none.
pub fn load(explicit: Option<&Path>) -> Result<Config> {
    if let Some(path) = explicit {
        return Ok(Config::load(path)?);
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    for dir in cwd.ancestors() {
        let candidate = dir.join(figcheck_config::FILE_NAME);
        if candidate.is_file() {
            // Loaded by its path relative to here, so messages and the paths it resolves
            // read as the user would type them.
            return Ok(Config::load(&relative_to(&candidate, &cwd))?);
        }
    }
    Ok(Config::default())
}

/// Where the sources are and where their index is kept.
pub struct CorpusSettings {
    pub dirs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub index: PathBuf,
    /// `max-source-bytes` from the config; `None` for the corpus crate's default.
    pub max_source_bytes: Option<u64>,
}

/// `--corpus` replaces the config's corpus (and its include/exclude globs, which belong
/// to those directories); `--index` replaces its index. Without a config file the corpus
/// is `./corpus`, as it always was.
pub fn corpus(config: &Config, args: &CorpusArgs) -> CorpusSettings {
    let (dirs, include, exclude) = if !args.corpus.is_empty() {
        (args.corpus.clone(), Vec::new(), Vec::new())
    } else if config.path.is_none() {
        (vec![PathBuf::from("corpus")], Vec::new(), Vec::new())
    } else {
        let sources = config.sources();
        let dirs = sources.dirs.iter().map(|d| tidy(d)).collect();
        (dirs, sources.include, sources.exclude)
    };
    let index = match (&args.index, &config.index) {
        (Some(dir), _) => dir.clone(),
        (None, Some(_)) => tidy(&config.index_dir()),
        (None, None) => crate::corpus::default_index_dir(
            dirs.first().map_or(Path::new("corpus"), PathBuf::as_path),
        ),
    };
    CorpusSettings {
        dirs,
        include,
        exclude,
        index,
        max_source_bytes: config.max_source_bytes,
    }
}

/// How a check is judged and reported.
pub struct CheckSettings {
    pub levels: Levels,
    pub fail_on: FailOn,
    pub tolerance: Option<f64>,
    pub ignores: Ignores,
}

pub fn check(config: &Config, args: &CheckArgs) -> Result<CheckSettings> {
    if let Some(t) = args.tolerance
        && !(0.0..=1.0).contains(&t)
    {
        bail!("--tolerance must be a fraction between 0 and 1 (0.05 is 5%), got {t}");
    }
    Ok(CheckSettings {
        levels: Levels::from(&config.severity),
        fail_on: args.fail_on.map_or(config.fail_on, FailOn::from),
        tolerance: args.tolerance.or(config.tolerance),
        ignores: Ignores::new(&config.ignore.figures, &config.ignore.phrases),
    })
}

/// `path` relative to `base` when both are absolute (`..` where needed), `path` itself
/// otherwise; `.` for the same directory.
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    if !path.is_absolute() || !base.is_absolute() {
        return path.to_path_buf();
    }
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Different roots (another drive on Windows): nothing relative to say.
    if common == 0 {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// A path without `.` components: `./corpus` reads `corpus`.
pub fn tidy(path: &Path) -> PathBuf {
    let out: PathBuf = path
        .components()
        .filter(|c| *c != Component::CurDir)
        .collect();
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let rel = |p: &str, b: &str| relative_to(Path::new(p), Path::new(b));
        assert_eq!(rel("/a/b", "/a/b"), PathBuf::from("."));
        assert_eq!(rel("/a", "/a/b/c"), PathBuf::from("../.."));
        assert_eq!(rel("/a/x", "/a/b"), PathBuf::from("../x"));
        assert_eq!(rel("/a/b/c", "/a"), PathBuf::from("b/c"));
        assert_eq!(rel("rel", "/a"), PathBuf::from("rel"));
        assert_eq!(tidy(Path::new("./corpus")), PathBuf::from("corpus"));
        assert_eq!(tidy(Path::new(".")), PathBuf::from("."));
    }
}
