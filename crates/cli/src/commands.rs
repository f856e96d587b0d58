//! The subcommands' work: read inputs, open the corpus, run the engine, print.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use figcheck_check::{Engine, Verdict};
use figcheck_claims::ClaimLine;
use figcheck_figures::Format;
use figcheck_printer::{FigureReport, FileReport, Summary};

use crate::output::Output;
use crate::{CorpusArgs, OutputArgs, claims, corpus, draft};

/// What a command found, as far as the exit status cares.
pub enum Status {
    Clean,
    Flagged,
}

/// A file named on the command line, read and (for claims files) parsed.
enum Input {
    Draft(PathBuf, String),
    Claims(PathBuf, String, Vec<ClaimLine>),
}

pub fn check(
    corpus: &CorpusArgs,
    output: &OutputArgs,
    verbose: bool,
    files: &[PathBuf],
) -> Result<Status> {
    // Read and parse every input before touching the corpus, so a typo in a file name or
    // a claim fails at once rather than after an index build.
    let inputs = files
        .iter()
        .map(|path| {
            let text = read(path)?;
            Ok(if claims::is_claims_file(path) {
                let parsed = claims::parse_file(&shown(path), &text)?;
                Input::Claims(path.clone(), text, parsed)
            } else {
                Input::Draft(path.clone(), text)
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let opened = corpus::open(&corpus.corpus, corpus.index.as_deref())?;
    let engine = Engine::new(&opened.corpus);
    let reports: Vec<FileReport> = inputs
        .into_iter()
        .map(|input| match input {
            Input::Draft(path, text) => FileReport {
                findings: engine.check_text(&text, Format::from_path(&path)),
                path: shown(&path),
                text,
            },
            Input::Claims(path, text, parsed) => FileReport {
                findings: claims::check_claims(&engine, &text, parsed),
                path: shown(&path),
                text,
            },
        })
        .collect();
    Output::new(output.format, output.color, verbose).report(&reports)?;
    Ok(status_of(Summary::of_reports(&reports)))
}

pub fn figures(output: &OutputArgs, files: &[PathBuf]) -> Result<Status> {
    let reports = files
        .iter()
        .map(|path| {
            let text = read(path)?;
            let figures = figcheck_figures::extract(&text, Format::from_path(path));
            Ok(FigureReport {
                path: shown(path),
                text,
                figures,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Output::new(output.format, output.color, false).figures(&reports)?;
    Ok(Status::Clean)
}

pub fn query(corpus: &CorpusArgs, output: &OutputArgs, claim: &str) -> Result<Status> {
    // Parse before opening the corpus: a typo should not wait for an index build.
    let parsed = claims::parse_query(claim)?;
    let opened = corpus::open(&corpus.corpus, corpus.index.as_deref())?;
    let engine = Engine::new(&opened.corpus);
    let finding = claims::query_finding(&engine, claim, parsed);
    let supported = finding.verdict == Verdict::Supported;
    let report = FileReport {
        path: claims::QUERY_PATH.to_owned(),
        text: claim.to_owned(),
        findings: vec![finding],
    };
    // The user asked about this one claim: show it whatever its verdict, with all evidence.
    Output::new(output.format, output.color, true).report(&[report])?;
    Ok(if supported {
        Status::Clean
    } else {
        Status::Flagged
    })
}

pub fn index(corpus: &CorpusArgs) -> Result<Status> {
    let opened = corpus::open(&corpus.corpus, corpus.index.as_deref())?;
    println!("{}", corpus::describe(&opened));
    Ok(Status::Clean)
}

fn status_of(summary: Summary) -> Status {
    if summary.flagged() > 0 {
        Status::Flagged
    } else {
        Status::Clean
    }
}

/// Reads a draft, with any error naming the file.
fn read(path: &Path) -> Result<String> {
    draft::read_draft(path).with_context(|| shown(path))
}

/// A path as the user typed it, for messages and reports.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
