//! `figcheck explain FILE[:LINE[:COL]]`: the candidates the engine weighed for each figure,
//! with every feature's contribution and why each won or lost. A writer uses it to trust
//! or dismiss a flag; the fitting script (`scripts/fit.py`) reads its JSON.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use figcheck_check::{Considered, Engine, Verdict};
use figcheck_figures::{Format, LineIndex};
use serde::Serialize;

use crate::commands::Status;
use crate::{CorpusArgs, corpus, settings};

/// Where to explain: a file, optionally a line, optionally a character column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Target {
    /// Reads `FILE`, `FILE:LINE` or `FILE:LINE:COL`. A path that itself holds colons is
    /// taken whole when no numeric suffix follows it.
    pub fn parse(spec: &str) -> Result<Target> {
        let mut parts: Vec<&str> = spec.rsplitn(3, ':').collect();
        parts.reverse();
        let number = |s: &str| s.parse::<usize>().ok().filter(|n| *n > 0);
        let target = match parts.as_slice() {
            [path, line, col] if number(line).is_some() && number(col).is_some() => Target {
                path: PathBuf::from(path),
                line: number(line),
                column: number(col),
            },
            [.., line, last] if number(last).is_some() && number(line).is_none() => {
                let path = &spec[..spec.len() - last.len() - 1];
                Target {
                    path: PathBuf::from(path),
                    line: number(last),
                    column: None,
                }
            }
            _ => Target {
                path: PathBuf::from(spec),
                line: None,
                column: None,
            },
        };
        if target.path.as_os_str().is_empty() {
            bail!("explain: no file in {spec:?}; write FILE, FILE:LINE or FILE:LINE:COL");
        }
        Ok(target)
    }
}

#[derive(Serialize)]
struct Explained<'a> {
    text: &'a str,
    line: usize,
    column: usize,
    byte_start: usize,
    byte_end: usize,
    claim: String,
    verdict: Verdict,
    /// The value a check suggests for a contradicted figure, written as the draft writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    derivation: Option<&'a str>,
    range_attested: bool,
    candidates: &'a [Considered],
}

pub fn explain(
    config_path: Option<&Path>,
    corpus_args: &CorpusArgs,
    json: bool,
    limit: usize,
    spec: &str,
) -> Result<Status> {
    let target = Target::parse(spec)?;
    let config = settings::load(config_path)?;
    let text = crate::commands::read(&target.path, config.draft_limit())?;
    let opened = corpus::open(&settings::corpus(&config, corpus_args))?;
    let engine = Engine::new(opened.sources()).with_tolerance(config.tolerance);
    let index = LineIndex::new(&text);
    let shown = target.path.display().to_string();
    let mut explained = Vec::new();
    let format = Format::from_path(&target.path);
    crate::commands::sources_exist(&engine, &target.path, &text)?;
    let named = engine.named_sources(&text, format);
    for (figure, claim) in engine.claims_of(&text, format) {
        let start = index.position(&text, figure.start);
        let end = index.position(&text, figure.end);
        if target.line.is_some_and(|l| l != start.line) {
            continue;
        }
        if let Some(col) = target.column
            && !(start.column <= col && (col < end.column || end.line > start.line))
        {
            continue;
        }
        let (claim, outcome, considered) =
            engine.evaluate_in_draft(claim, named.as_deref(), usize::MAX);
        explained.push((figure, start, claim, outcome, considered));
    }
    crate::commands::searches_worked(&opened)?;
    if explained.is_empty() {
        let place = match (target.line, target.column) {
            (Some(l), Some(c)) => format!(" at line {l}, column {c}"),
            (Some(l), None) => format!(" on line {l}"),
            _ => String::new(),
        };
        bail!("{shown}: no figure{place}");
    }
    if json {
        let out: Vec<Explained> = explained
            .iter()
            .map(|(figure, start, claim, outcome, considered)| {
                let (verdict, suggestion) = outcome.reported(figure);
                Explained {
                    text: &figure.text,
                    line: start.line,
                    column: start.column,
                    byte_start: figure.start,
                    byte_end: figure.end,
                    claim: claim.to_string(),
                    verdict,
                    suggestion,
                    derivation: outcome.derivation.as_deref(),
                    range_attested: outcome.range_attested,
                    candidates: &considered[..considered.len().min(limit)],
                }
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for (figure, start, claim, outcome, considered) in &explained {
            let (verdict, suggestion) = outcome.reported(figure);
            print!(
                "{}",
                figcheck_printer::explanation(
                    &shown,
                    &figure.text,
                    start,
                    claim,
                    verdict,
                    suggestion.as_deref(),
                    outcome.derivation.as_deref(),
                    considered,
                    limit
                )
            );
        }
    }
    Ok(Status::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_read_file_line_and_column() {
        let t = Target::parse("drafts/a.md:12:5").unwrap();
        assert_eq!(
            (t.path, t.line, t.column),
            (PathBuf::from("drafts/a.md"), Some(12), Some(5))
        );
        let t = Target::parse("a.md:3").unwrap();
        assert_eq!((t.line, t.column), (Some(3), None));
        let t = Target::parse("a.md").unwrap();
        assert_eq!((t.path, t.line), (PathBuf::from("a.md"), None));
        let t = Target::parse("odd:name.md").unwrap();
        assert_eq!(t.path, PathBuf::from("odd:name.md"));
        assert!(Target::parse(":3").is_err());
    }
}
