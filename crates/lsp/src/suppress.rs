//! The one place the server decides which findings the writer hears about.
//!
//! The same two filters as `figcheck check`, from the check crate's `suppress` module, so
//! a figure that is quiet in CI is quiet in the editor: the project's `[ignore]` list from
//! `figcheck.toml`, then the draft's own comments (`<!-- figcheck-disable -->`,
//! `-enable`, `-disable-next-line`, `figcheck-ignore <figure>`). A comment that silences
//! nothing comes back as [`Unused`], shown as a warning as the CLI does, so stale ones
//! get cleaned up.

use figcheck_check::{Finding, Ignores, Unused, suppress};
use figcheck_figures::Format;

use crate::settings::{Level, Levels};

/// The findings of `text` that neither the config's ignores nor a comment silences, and
/// the comments that silence nothing (judged by what `levels` would show).
pub fn filter(
    text: &str,
    format: Format,
    findings: Vec<Finding>,
    ignores: &Ignores,
    levels: &Levels,
) -> (Vec<Finding>, Vec<Unused>) {
    let findings = ignores.retain(text, findings);
    suppress::parse(text, format).apply_with(findings, |f| levels.of(f.verdict) != Level::Off)
}
