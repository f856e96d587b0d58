//! Reports → text: the last step of figcheck's data path.
//!
//! The check engine produces [`Finding`]s; this crate turns them into what a person or a
//! program reads. It does no checking and no file I/O: the caller hands it
//! [`FileReport`]s (a draft's path, its text for showing lines, and its findings) and any
//! [`std::io::Write`]. Two renderings:
//!
//! - [`write_human`]: compiler-style diagnostics, one per flagged figure, with the draft
//!   line and a caret under the figure, then a summary line per file.
//! - [`write_json`]: one stable, versioned JSON document for the whole run, listing every
//!   figure (supported ones too), for scripts and editors.
//!
//! [`write_figures_human`] and [`write_figures_json`] do the same for a bare extraction
//! (`figcheck figures`), where there are figures but no verdicts.

mod human;
mod json;
mod listing;
mod style;
pub mod width;

use std::io;

use figcheck_check::{Finding, Verdict};
use figcheck_figures::Figure;
use serde::Serialize;

pub use human::write_human;
pub use json::{JSON_VERSION, write_figures_json, write_json};
pub use listing::write_figures_human;

/// One checked draft (or claims file): what to call it, its text, and its findings.
///
/// The text is kept so diagnostics can quote the draft's lines; positions in the findings
/// refer to it.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The path as the user should see it (as given on the command line).
    pub path: String,
    pub text: String,
    /// In text order.
    pub findings: Vec<Finding>,
}

/// One draft's extracted figures, for `figcheck figures`.
#[derive(Clone, Debug)]
pub struct FigureReport {
    pub path: String,
    pub text: String,
    pub figures: Vec<Figure>,
}

/// How human output looks. The caller decides colour (terminal, `NO_COLOR`, flags); the
/// printer only obeys, so its output is testable byte for byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HumanOptions {
    /// Emit ANSI colour codes.
    pub color: bool,
    /// Also show supported figures, and every piece of evidence rather than the best one.
    pub verbose: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),
    #[error("cannot encode JSON output: {0}")]
    Json(#[from] serde_json::Error),
}

/// Counts of figures by verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub figures: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unsupported: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            s.add(f.verdict);
        }
        s
    }

    /// Counts over every file of a run.
    pub fn of_reports(reports: &[FileReport]) -> Summary {
        let mut s = Summary::default();
        for r in reports {
            s += Summary::of(&r.findings);
        }
        s
    }

    pub fn add(&mut self, verdict: Verdict) {
        self.figures += 1;
        match verdict {
            Verdict::Supported => self.supported += 1,
            Verdict::Contradicted => self.contradicted += 1,
            Verdict::Unsupported => self.unsupported += 1,
        }
    }

    /// Figures a writer has to look at: the run should fail when this is non-zero.
    pub fn flagged(&self) -> usize {
        self.contradicted + self.unsupported
    }
}

impl std::ops::AddAssign for Summary {
    fn add_assign(&mut self, o: Summary) {
        self.figures += o.figures;
        self.supported += o.supported;
        self.contradicted += o.contradicted;
        self.unsupported += o.unsupported;
    }
}

impl std::fmt::Display for Summary {
    /// `12 figures: 9 supported, 2 contradicted, 1 unsupported`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let noun = if self.figures == 1 {
            "figure"
        } else {
            "figures"
        };
        write!(
            f,
            "{} {noun}: {} supported, {} contradicted, {} unsupported",
            self.figures, self.supported, self.contradicted, self.unsupported
        )
    }
}

#[cfg(test)]
mod testdata;
