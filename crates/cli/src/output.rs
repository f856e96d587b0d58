//! Where reports go: stdout, in the chosen format, coloured only when that helps.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use figcheck_printer::{FigureReport, FileReport, HumanOptions, PrintError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Compiler-style diagnostics for people
    Human,
    /// One JSON document (version 1) for programs
    Json,
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

pub struct Output {
    format: OutputFormat,
    human: HumanOptions,
}

impl Output {
    pub fn new(format: OutputFormat, color: ColorChoice, verbose: bool) -> Self {
        Output {
            format,
            human: HumanOptions {
                color: format == OutputFormat::Human && color.resolve(),
                verbose,
            },
        }
    }

    pub fn report(&self, reports: &[FileReport]) -> Result<()> {
        to_stdout(|out| match self.format {
            OutputFormat::Human => figcheck_printer::write_human(out, reports, self.human),
            OutputFormat::Json => figcheck_printer::write_json(out, reports),
        })
    }

    pub fn figures(&self, reports: &[FigureReport]) -> Result<()> {
        to_stdout(|out| match self.format {
            OutputFormat::Human => figcheck_printer::write_figures_human(out, reports),
            OutputFormat::Json => figcheck_printer::write_figures_json(out, reports),
        })
    }
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
