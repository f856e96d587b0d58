//! The subcommands' work: read settings and inputs, open the corpus, run the engine,
//! print.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use figcheck_check::{Engine, Finding, Verdict};
use figcheck_claims::ClaimLine;
use figcheck_config::{Config, FailOn};
use figcheck_figures::Format;
use figcheck_printer::{FigureReport, FileReport, Levels, Severity};

use crate::git::{self, Changed};
use crate::output::{self, Output};
use crate::settings::{self, CheckSettings};
use crate::{CheckArgs, CorpusArgs, ListArgs, ReportArgs, claims, corpus, draft, globs};

/// What a command found, as far as the exit status cares.
pub enum Status {
    Clean,
    /// Something at or above the fail level was reported.
    Failed,
    /// Some files could not be checked (each was named on stderr); the rest were
    /// reported. Exit status 2, like an error, whatever the others held.
    Incomplete,
}

/// A file to check, read and (for claims files) parsed.
enum Input {
    Draft(PathBuf, String),
    Claims(PathBuf, String, Vec<ClaimLine>),
}

impl Input {
    fn path(&self) -> &Path {
        match self {
            Input::Draft(path, _) | Input::Claims(path, _, _) => path,
        }
    }
}

pub fn check(
    config_path: Option<&Path>,
    corpus_args: &CorpusArgs,
    output: &ReportArgs,
    gate: &CheckArgs,
    verbose: bool,
    files: &[PathBuf],
) -> Result<Status> {
    let config = settings::load(config_path)?;
    let judged = settings::check(&config, gate)?;
    let files = files_to_check(&config, files)?;
    let draft_limit = config.draft_limit();
    // Read and parse every input, and ask git what changed, before touching the corpus,
    // so a typo in a claim or a revision fails at once rather than after an index build.
    // A file that cannot be read is reported and left out; the others are still checked.
    let (inputs, failed): (Vec<_>, Vec<_>) = files
        .iter()
        .map(|path| read_input(path, draft_limit))
        .partition(Result::is_ok);
    let inputs: Vec<Input> = inputs.into_iter().filter_map(Result::ok).collect();
    let mut unchecked = some_failed(failed.into_iter().filter_map(Result::err), inputs.len())?;
    let changed: Vec<Option<Changed>> = match &gate.changed_since {
        Some(rev) => inputs
            .iter()
            .map(|input| git::changed_lines(rev, input.path()).map(Some))
            .collect::<Result<_>>()?,
        None => vec![None; inputs.len()],
    };
    let opened = corpus::open(&settings::corpus(&config, corpus_args))?;
    let engine = Engine::new(opened.sources()).with_tolerance(judged.tolerance);
    let mut reports: Vec<FileReport> = Vec::new();
    for (input, changed) in inputs.into_iter().zip(changed) {
        let mut report = match input {
            Input::Draft(path, text) => {
                if let Err(e) = sources_exist(&engine, &path, &text) {
                    unchecked += 1;
                    eprintln!("error: {e:#}");
                    continue;
                }
                check_draft(&engine, &judged, &path, text)
            }
            Input::Claims(path, text, parsed) => FileReport {
                findings: engine.check_claims(&text, parsed),
                levels: Levels::CLAIMS,
                ..FileReport::new(shown(&path), text, Vec::new())
            },
        };
        if let Some(changed) = changed {
            only_changed(&mut report, &changed);
        }
        reports.push(report);
    }
    if reports.is_empty() {
        bail!(
            "none of the {} files could be checked (see above)",
            files.len()
        );
    }
    searches_worked(&opened)?;
    Output::new(
        output.format,
        output.color,
        output.output.as_deref(),
        verbose,
    )
    .report(&reports)?;
    if unchecked > 0 {
        let files = if files.len() == 1 { "file" } else { "files" };
        eprintln!(
            "error: {unchecked} of {} {files} could not be checked (see above); the others were",
            reports.len() + unchecked
        );
        return Ok(Status::Incomplete);
    }
    Ok(status_of(&reports, judged.fail_on))
}

/// Reports the files that could not be read, each on stderr, and returns how many there
/// were, for a batch where `read` others could. When none could, that is the command's
/// error: the one file's own, or a count after each was named.
fn some_failed(failed: impl Iterator<Item = anyhow::Error>, read: usize) -> Result<usize> {
    let mut failed: Vec<anyhow::Error> = failed.collect();
    if read == 0 && failed.len() == 1 {
        return Err(failed.remove(0));
    }
    for e in &failed {
        eprintln!("error: {e:#}");
    }
    if read == 0 {
        bail!(
            "none of the {} files could be read (see above)",
            failed.len()
        );
    }
    Ok(failed.len())
}

/// Reads one input and, for a claims file, parses it; any error names the file.
fn read_input(path: &Path, limit: u64) -> Result<Input> {
    let text = read(path, limit)?;
    Ok(if claims::is_claims_file(path) {
        let parsed = claims::parse_file(&shown(path), &text)?;
        Input::Claims(path.to_path_buf(), text, parsed)
    } else {
        named_sources(path, &text, Format::from_path(path))?;
        Input::Draft(path.to_path_buf(), text)
    })
}

/// The files named on the command line, or else the drafts the config lists.
fn files_to_check(config: &Config, files: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if !files.is_empty() {
        return Ok(files.to_vec());
    }
    let Some(path) = &config.path else {
        bail!(
            "no files to check: name drafts on the command line, or list them as `drafts` in a figcheck.toml"
        );
    };
    let name = path.display().to_string();
    if config.drafts.is_empty() {
        bail!(
            "no files to check: name drafts on the command line, or list them as `drafts` in {name}"
        );
    }
    Ok(globs::expand(&config.root, &config.drafts, &name)?
        .iter()
        .map(|p| figcheck_config::tidy(p))
        .collect())
}

/// Checks one draft: the engine's findings, less configured ignores and what the draft's
/// own comments suppress.
fn check_draft(
    engine: &Engine<'_>,
    judged: &CheckSettings,
    path: &Path,
    text: String,
) -> FileReport {
    let format = Format::from_path(path);
    let findings = engine.check_text(&text, format);
    let levels = judged.levels;
    let (findings, unused) =
        figcheck_printer::keep_reported(&text, format, findings, &judged.ignores, &levels);
    FileReport {
        findings,
        unused,
        levels,
        ..FileReport::new(shown(path), text, Vec::new())
    }
}

/// Keeps the findings and warnings on changed lines.
fn only_changed(report: &mut FileReport, changed: &Changed) {
    report
        .findings
        .retain(|f| changed.touches(f.start.line, f.end.line));
    report
        .unused
        .retain(|u| changed.touches(u.start.line, u.end.line));
}

/// Failed when a reported finding (severity warning or error; info never fails) has a
/// verdict at or above the fail level.
fn status_of(reports: &[FileReport], fail_on: FailOn) -> Status {
    let fails = |f: &Finding, level: Severity| {
        level >= Severity::Warning
            && match fail_on {
                FailOn::Never => false,
                FailOn::Contradicted => f.verdict == Verdict::Contradicted,
                FailOn::Unsupported => f.verdict != Verdict::Supported,
            }
    };
    if reports
        .iter()
        .any(|r| r.reported().any(|(f, level)| fails(f, level)))
    {
        Status::Failed
    } else {
        Status::Clean
    }
}

pub fn figures(output: &ListArgs, files: &[PathBuf]) -> Result<Status> {
    let (reports, failed): (Vec<_>, Vec<_>) = files
        .iter()
        .map(|path| {
            let text = read(path, figcheck_config::DEFAULT_MAX_DRAFT_BYTES)?;
            let figures = figcheck_figures::extract(&text, Format::from_path(path));
            Ok(FigureReport {
                path: shown(path),
                text,
                figures,
            })
        })
        .partition(Result::is_ok);
    let reports: Vec<FigureReport> = reports.into_iter().filter_map(Result::ok).collect();
    let unread = some_failed(failed.into_iter().filter_map(Result::err), reports.len())?;
    output::figures(output.format, &reports)?;
    if unread > 0 {
        let noun = if files.len() == 1 { "file" } else { "files" };
        eprintln!(
            "error: {unread} of {} {noun} could not be read (see above); the others were",
            files.len()
        );
        return Ok(Status::Incomplete);
    }
    Ok(Status::Clean)
}

pub fn query(
    config_path: Option<&Path>,
    corpus_args: &CorpusArgs,
    output: &ReportArgs,
    claim: &str,
) -> Result<Status> {
    // Parse before opening the corpus: a typo should not wait for an index build.
    let parsed = claims::parse_query(claim)?;
    let config = settings::load(config_path)?;
    let opened = corpus::open(&settings::corpus(&config, corpus_args))?;
    let engine = Engine::new(opened.sources());
    let finding = engine.check_query(claim, parsed);
    searches_worked(&opened)?;
    let supported = finding.verdict == Verdict::Supported;
    let report = FileReport {
        levels: Levels::CLAIMS,
        ..FileReport::new(claims::QUERY_PATH, claim, vec![finding])
    };
    // The user asked about this one claim: show it whatever its verdict, with all evidence.
    Output::new(output.format, output.color, output.output.as_deref(), true).report(&[report])?;
    Ok(if supported {
        Status::Clean
    } else {
        Status::Failed
    })
}

pub fn index(config_path: Option<&Path>, corpus_args: &CorpusArgs) -> Result<Status> {
    let config = settings::load(config_path)?;
    println!(
        "{}",
        corpus::index(&settings::corpus(&config, corpus_args))?
    );
    Ok(Status::Clean)
}

/// An error if a search of the corpus failed during the run: the engine treats a failed
/// search as finding nothing, and a report that calls figures unsupported because the
/// index could not be searched would be a false one.
pub(crate) fn searches_worked(opened: &corpus::Opened) -> Result<()> {
    match opened.sources().search_failure() {
        Some(why) => bail!("no report, since a search of the corpus failed: {why}"),
        None => Ok(()),
    }
}

/// The sources a draft names in its front matter. Front matter naming them that figcheck
/// cannot read is an error naming the draft: checking it against the whole corpus instead
/// would be a silent wrong verdict.
pub(crate) fn named_sources(path: &Path, text: &str, format: Format) -> Result<Vec<String>> {
    Ok(figcheck_figures::front_matter(text, format)
        .with_context(|| shown(path))?
        .sources)
}

/// Every source a draft names matches a source of the corpus.
pub(crate) fn sources_exist(engine: &Engine<'_>, path: &Path, text: &str) -> Result<()> {
    let named = named_sources(path, text, Format::from_path(path))?;
    let missing = engine.unmatched_sources(&named);
    if !missing.is_empty() {
        bail!(
            "{}: front matter: no source in the corpus matches {}",
            shown(path),
            missing.join(", ")
        );
    }
    Ok(())
}

/// Reads a draft of at most `limit` bytes, with any error naming the file.
pub(crate) fn read(path: &Path, limit: u64) -> Result<String> {
    draft::read_draft(path, limit).with_context(|| shown(path))
}

/// A path as the user typed it (or as found from the config), for messages and reports.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
