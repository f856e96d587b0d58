//! `figcheck.toml` and the command line, merged: the command line wins.
//!
//! The config is found by walking up from the current directory (or named with
//! `--config`). Its relative paths are relative to its own directory; that directory is
//! rewritten relative to the current one, so paths in reports read `corpus/…` or
//! `../corpus/…` rather than absolute paths, just as if the user had typed them.

use std::path::Path;

use anyhow::{Context, Result, bail};
use figcheck_check::Ignores;
use figcheck_config::{Config, CorpusPlan, FailOn};
use figcheck_printer::Levels;

use crate::{CheckArgs, CorpusArgs};

/// The config in force: the file named with `--config`, else the nearest `figcheck.toml`
/// from the current directory up, else the defaults; its paths as seen from here.
pub fn load(explicit: Option<&Path>) -> Result<Config> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = Config::find(explicit, &cwd).map_err(|e| e.seen_from(&cwd))?;
    Ok(config.seen_from(&cwd))
}

/// `--corpus` replaces the config's corpus (and its include/exclude globs, which belong
/// to those directories); `--index` replaces its index, `--backend` its backend.
pub fn corpus(config: &Config, args: &CorpusArgs) -> CorpusPlan {
    let mut plan = config.corpus_plan(&args.corpus, args.index.as_deref());
    if args.backend.is_some() {
        plan.backend.clone_from(&args.backend);
    }
    plan
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
