//! Where reports go (stdout or `--output FILE`), in which format, coloured only when that
//! helps.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::ValueEnum;
use figcheck_config::FailOn;
use figcheck_printer::{FigureReport, FileReport, HumanOptions, PrintError, ToolInfo};

use crate::draft::io_message;

/// Formats of a check or query report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Compiler-style diagnostics for people
    Human,
    /// One JSON document (version 1) for programs
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request
    Github,
    /// A GitLab Code Quality report
    Gitlab,
    /// A self-contained review page: the draft with every figure highlighted by verdict
    /// and the evidence beside each flag (write it with -o review.html)
    Html,
}

/// Formats of a `figures` listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table for people
    Human,
    /// One JSON document (version 1) for programs
    Json,
}

/// `--fail-on`, as clap reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Only contradicted figures fail the run
    Contradicted,
    /// Contradicted and unsupported figures fail the run
    Unsupported,
    /// Nothing fails the run
    Never,
}

impl From<FailOnArg> for FailOn {
    fn from(a: FailOnArg) -> FailOn {
        match a {
            FailOnArg::Contradicted => FailOn::Contradicted,
            FailOnArg::Unsupported => FailOn::Unsupported,
            FailOnArg::Never => FailOn::Never,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is not set
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour stdout. `always` wins over `NO_COLOR`: an explicit flag is the
    /// user's latest word (as the NO_COLOR convention allows).
    fn resolve(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                !no_color && io::stdout().is_terminal()
            }
        }
    }
}

/// What SARIF says about figcheck: its name and version, and where to read about it when
/// the build knows (the package's `repository` or `homepage`).
pub fn tool_info() -> ToolInfo {
    let uri = [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
        .into_iter()
        .find(|u| !u.is_empty())
        .map(str::to_owned);
    ToolInfo {
        name: "figcheck".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        information_uri: uri,
    }
}

pub struct Output {
    format: ReportFormat,
    human: HumanOptions,
    file: Option<PathBuf>,
}

impl Output {
    /// Colour is only ever used for human output on stdout: a report written to a file
    /// is read later, by a program or in an editor, where escape codes are noise.
    pub fn new(
        format: ReportFormat,
        color: ColorChoice,
        file: Option<&Path>,
        verbose: bool,
    ) -> Self {
        let to_stdout = file.is_none_or(|f| f == Path::new("-"));
        Output {
            format,
            human: HumanOptions {
                color: format == ReportFormat::Human
                    && match (to_stdout, color) {
                        (true, c) => c.resolve(),
                        (false, c) => c == ColorChoice::Always,
                    },
                verbose,
            },
            file: file.filter(|_| !to_stdout).map(Path::to_path_buf),
        }
    }

    pub fn report(&self, reports: &[FileReport]) -> Result<()> {
        let print = |out: &mut dyn Write| match self.format {
            ReportFormat::Human => figcheck_printer::write_human(out, reports, self.human),
            ReportFormat::Json => figcheck_printer::write_json(out, reports),
            ReportFormat::Sarif => figcheck_printer::write_sarif(out, reports, &tool_info()),
            ReportFormat::Github => figcheck_printer::write_github(out, reports),
            ReportFormat::Gitlab => figcheck_printer::write_gitlab(out, reports),
            ReportFormat::Html => figcheck_printer::write_html(out, reports, &tool_info()),
        };
        match &self.file {
            None => to_stdout(print),
            Some(path) => to_file(path, print),
        }
    }
}

/// Prints a `figures` listing on stdout.
pub fn figures(format: ListFormat, reports: &[FigureReport]) -> Result<()> {
    to_stdout(|out| match format {
        ListFormat::Human => figcheck_printer::write_figures_human(out, reports),
        ListFormat::Json => figcheck_printer::write_figures_json(out, reports),
    })
}

/// Runs a printer on buffered stdout. A closed pipe (`figcheck check … | head`) is the
/// reader saying it has seen enough, not an error.
fn to_stdout(print: impl FnOnce(&mut dyn Write) -> Result<(), PrintError>) -> Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = print(&mut out).and_then(|()| out.flush().map_err(PrintError::from));
    match result {
        Err(PrintError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Runs a printer into `path`, replacing the file. Any failure names the file.
fn to_file(
    path: &Path,
    print: impl FnOnce(&mut dyn Write) -> Result<(), PrintError>,
) -> Result<()> {
    let shown = path.display();
    let file = File::create(path)
        .map_err(|e| anyhow::anyhow!("{shown}: cannot write the report: {}", io_message(&e)))?;
    let mut out = io::BufWriter::new(file);
    print(&mut out)
        .and_then(|()| out.flush().map_err(PrintError::from))
        .with_context(|| format!("{shown}: cannot write the report"))
}
