//! Reports → text: the last step of figcheck's data path.
//!
//! The check engine produces [`Finding`]s; this crate turns them into what a person or a
//! program reads. It does no checking and no file I/O: the caller hands it
//! [`FileReport`]s (a draft's path, its text for showing lines, its findings, the
//! suppression comments that silenced nothing, and how loudly each verdict is reported)
//! and any [`std::io::Write`]. The renderings:
//!
//! - [`write_human`]: compiler-style diagnostics, one per reported figure, with the draft
//!   line and a caret under the figure, then a summary line per file.
//! - [`write_json`]: one stable, versioned JSON document for the whole run, listing every
//!   figure (supported ones too), for scripts and editors (`docs/json-output.md`).
//! - [`write_sarif`]: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
//! - [`write_github`]: GitHub Actions workflow commands, which the runner turns into
//!   annotations on the pull request.
//! - [`write_gitlab`]: a GitLab Code Quality report.
//! - [`write_html`]: a self-contained review page, the draft with every figure
//!   highlighted by verdict and the evidence beside each flag.
//!
//! [`write_figures_human`] and [`write_figures_json`] do the same for a bare extraction
//! (`figcheck figures`), where there are figures but no verdicts.
//!
//! Columns are characters (Unicode scalar values), 1-based, in every format: the same
//! numbers a writer sees in the human output. SARIF says so with `columnKind`.

mod describe;
mod explain;
mod fingerprint;
mod github;
mod gitlab;
mod html;
mod human;
mod json;
mod listing;
mod sarif;
mod style;
pub mod width;

use std::io;

use figcheck_check::{Finding, Unused, Verdict};
use figcheck_figures::Figure;
use serde::Serialize;

pub use figcheck_config::Severity;

pub use describe::{UNUSED_SUPPRESSION, headline, headline_with};
pub use explain::explanation;
pub use github::{escape_data, escape_property, write_github};
pub use gitlab::write_gitlab;
pub use html::write_html;
pub use human::write_human;
pub use json::{JSON_VERSION, write_figures_json, write_json};
pub use listing::write_figures_human;
pub use sarif::{SARIF_SCHEMA, write_sarif};

/// One checked draft (or claims file): what to call it, its text, and its findings.
///
/// The text is kept so diagnostics can quote the draft's lines; positions in the findings
/// refer to it.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The path as the user should see it (as given on the command line).
    pub path: String,
    pub text: String,
    /// In text order. Suppressed and ignored figures are already gone.
    pub findings: Vec<Finding>,
    /// Suppression comments that silenced nothing, reported as warnings.
    pub unused: Vec<Unused>,
    /// How loudly each verdict of this file is reported.
    pub levels: Levels,
}

impl FileReport {
    /// A report with the default levels and no unused suppressions.
    pub fn new(path: impl Into<String>, text: impl Into<String>, findings: Vec<Finding>) -> Self {
        FileReport {
            path: path.into(),
            text: text.into(),
            findings,
            unused: Vec::new(),
            levels: Levels::default(),
        }
    }

    /// The findings that are reported (their verdict's level is not `off`), with their level.
    pub fn reported(&self) -> impl Iterator<Item = (&Finding, Severity)> {
        self.findings
            .iter()
            .map(|f| (f, self.levels.of_finding(f)))
            .filter(|(_, level)| *level != Severity::Off)
    }
}

/// The severity of each verdict, as the front end resolved it from `figcheck.toml` and
/// its own settings (flags, editor settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Levels {
    pub contradicted: Severity,
    pub unsupported: Severity,
    pub supported: Severity,
    /// A supported figure whose measure other sources state with other values.
    pub disagreement: Severity,
}

impl From<&figcheck_config::Severities> for Levels {
    fn from(s: &figcheck_config::Severities) -> Levels {
        Levels {
            contradicted: s.contradicted,
            unsupported: s.unsupported,
            supported: s.supported,
            disagreement: s.disagreement,
        }
    }
}

impl Default for Levels {
    /// Contradictions are errors, unsupported figures warnings, supported figures are
    /// not reported: the same defaults as `figcheck.toml`.
    fn default() -> Self {
        Levels {
            contradicted: Severity::Error,
            unsupported: Severity::Warning,
            supported: Severity::Off,
            disagreement: Severity::Info,
        }
    }
}

impl Levels {
    /// Claims in a `.claims` file are facts an editor pinned: any that the corpus does not
    /// support is an error, whatever the draft severities say.
    pub const CLAIMS: Levels = Levels {
        contradicted: Severity::Error,
        unsupported: Severity::Error,
        supported: Severity::Off,
        disagreement: Severity::Info,
    };

    /// How a finding is reported: its verdict's level, except that a supported figure
    /// whose measure other sources give otherwise is reported at `disagreement`.
    pub fn of_finding(&self, f: &Finding) -> Severity {
        match f.verdict {
            Verdict::Supported if !f.disagreeing.is_empty() => self.disagreement,
            verdict => self.of(verdict),
        }
    }

    pub fn of(&self, verdict: Verdict) -> Severity {
        match verdict {
            Verdict::Contradicted => self.contradicted,
            Verdict::Unsupported => self.unsupported,
            Verdict::Supported => self.supported,
        }
    }
}

/// The findings of `text` the writer hears about, and the suppression comments that
/// silence nothing: the project's `[ignore]` list from `figcheck.toml` first, then the
/// draft's own comments (`<!-- figcheck-disable -->`, `figcheck-ignore <figure>`, …),
/// judged by what `levels` would show. `figcheck check` and the language server both
/// call this, so a figure quiet in CI is quiet in the editor.
pub fn keep_reported(
    text: &str,
    format: figcheck_figures::Format,
    findings: Vec<Finding>,
    ignores: &figcheck_check::Ignores,
    levels: &Levels,
) -> (Vec<Finding>, Vec<Unused>) {
    let findings = ignores.retain(text, findings);
    figcheck_check::suppress::parse(text, format)
        .apply_with(findings, |f| levels.of_finding(f) != Severity::Off)
}

/// What SARIF says about the tool that produced a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolInfo {
    pub name: String,
    /// Shown as `tool.driver.version` (and `semanticVersion`).
    pub version: String,
    /// Where to read about the tool; must be an absolute URI. Left out when `None`.
    pub information_uri: Option<String>,
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
