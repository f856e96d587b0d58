//! Compiler-style diagnostics.
//!
//! Shaped like rustc's output because writers who use a checker in a terminal or CI log
//! already know how to read it, and editors already know how to jump to `path:line:col`.

use std::io::Write;

use figcheck_check::{Evidence, Finding, Verdict};
use figcheck_figures::{LineIndex, Position};

use crate::style::{Brush, Paint};
use crate::width::expand_line;
use crate::{FileReport, HumanOptions, PrintError, Summary};

/// Writes one diagnostic per flagged figure of each report (every figure when
/// `opts.verbose`), then a summary line per file, and a total when there are several files.
pub fn write_human(
    out: &mut dyn Write,
    reports: &[FileReport],
    opts: HumanOptions,
) -> Result<(), PrintError> {
    let brush = Brush { color: opts.color };
    let mut total = Summary::default();
    for report in reports {
        let index = LineIndex::new(&report.text);
        let gutter = gutter_width(&report.findings);
        for finding in &report.findings {
            if finding.verdict == Verdict::Supported && !opts.verbose {
                continue;
            }
            let diag = Diagnostic::of(finding);
            diag.write(out, report, &index, gutter, opts, brush)?;
        }
        let summary = Summary::of(&report.findings);
        total += summary;
        writeln!(
            out,
            "{}: {summary}",
            brush.paint(Paint::Emphasis, &report.path)
        )?;
    }
    if reports.len() > 1 {
        writeln!(
            out,
            "{}: {total}",
            brush.paint(Paint::Emphasis, &format!("{} files", reports.len()))
        )?;
    }
    Ok(())
}

/// Digits of the largest line number shown, so all gutters of a file line up.
fn gutter_width(findings: &[Finding]) -> usize {
    let max = findings.iter().map(|f| f.start.line).max().unwrap_or(1);
    max.to_string().len()
}

/// What one diagnostic shows, gathered from a finding.
struct Diagnostic<'a> {
    verdict: Verdict,
    text: &'a str,
    start: Position,
    end: Position,
    claim: String,
    suggestion: Option<&'a str>,
    evidence: &'a [Evidence],
}

impl<'a> Diagnostic<'a> {
    fn of(f: &'a Finding) -> Self {
        Diagnostic {
            verdict: f.verdict,
            text: &f.figure.text,
            start: f.start,
            end: f.end,
            claim: f.claim.to_string(),
            suggestion: f.suggestion.as_deref(),
            evidence: &f.evidence,
        }
    }

    fn level(&self) -> (&'static str, Paint) {
        match self.verdict {
            Verdict::Contradicted => ("error", Paint::Error),
            Verdict::Unsupported => ("warning", Paint::Warning),
            Verdict::Supported => ("note", Paint::Note),
        }
    }

    fn message(&self) -> String {
        match self.verdict {
            Verdict::Contradicted => {
                match self
                    .suggestion
                    .or_else(|| self.evidence.first().map(|e| e.text.as_str()))
                {
                    Some(v) => format!("{} — the source says {v}", self.text),
                    None => format!("{} — the sources say otherwise", self.text),
                }
            }
            Verdict::Unsupported => format!("{} — no source states this", self.text),
            Verdict::Supported => format!("{} — a source states this", self.text),
        }
    }

    fn write(
        &self,
        out: &mut dyn Write,
        report: &FileReport,
        index: &LineIndex,
        gutter: usize,
        opts: HumanOptions,
        brush: Brush,
    ) -> Result<(), PrintError> {
        let (level, paint) = self.level();
        let pad = " ".repeat(gutter);
        let bar = brush.paint(Paint::Frame, "|");
        let eq = brush.paint(Paint::Frame, "=");
        writeln!(
            out,
            "{}: {}",
            brush.paint(paint, &format!("{level}[{}]", self.verdict.as_str())),
            brush.paint(Paint::Emphasis, &self.message()),
        )?;
        writeln!(
            out,
            " {pad}{} {}:{}:{}",
            brush.paint(Paint::Frame, "-->"),
            report.path,
            self.start.line,
            self.start.column
        )?;
        if let Some(line) = index.line_text(&report.text, self.start.line) {
            let line_start = index.line_start(self.start.line).unwrap_or(0);
            let from = self.start.byte.saturating_sub(line_start);
            let to = if self.end.line == self.start.line {
                self.end.byte.saturating_sub(line_start)
            } else {
                line.len()
            };
            let shown = expand_line(line, from, to);
            let carets = "^".repeat(shown.to.saturating_sub(shown.from).max(1));
            writeln!(out, " {pad} {bar}")?;
            let number = format!("{:>gutter$}", self.start.line);
            writeln!(
                out,
                " {} {bar} {}",
                brush.paint(Paint::Frame, &number),
                shown.text.trim_end()
            )?;
            let mut caret_line = format!(
                " {pad} {bar} {}{}",
                " ".repeat(shown.from),
                brush.paint(paint, &carets)
            );
            if let Some(s) = self.suggestion {
                caret_line.push(' ');
                caret_line.push_str(&brush.paint(Paint::Suggestion, &format!("suggest: {s}")));
            }
            writeln!(out, "{caret_line}")?;
            writeln!(out, " {pad} {bar}")?;
        }
        let shown = if opts.verbose {
            self.evidence.len()
        } else {
            self.evidence.len().min(1)
        };
        for e in &self.evidence[..shown] {
            writeln!(
                out,
                " {pad} {eq} source: {}:{}:{}",
                e.source, e.line, e.column
            )?;
            writeln!(out, " {pad} {eq} \"{}\"", e.quote)?;
        }
        let hidden = self.evidence.len() - shown;
        if hidden > 0 {
            let noun = if hidden == 1 { "source" } else { "sources" };
            writeln!(
                out,
                " {pad} {eq} {hidden} more {noun} (shown with --verbose)"
            )?;
        }
        writeln!(out, " {pad} {eq} claim: {}", self.claim)?;
        writeln!(out)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::robots_report;

    fn render(opts: HumanOptions) -> String {
        let mut out = Vec::new();
        write_human(&mut out, &[robots_report()], opts).expect("writes to a Vec");
        String::from_utf8(out).expect("output is UTF-8")
    }

    const QUOTE: &str = "   = \"Korea installed 30,600 industrial robots, fourth globally behind \
        China (295,000), Japan (44,500) and the United States (34,200).\"\n";
    const SOURCE: &str = "   = source: corpus/003_57944011cd868486.txt:27:17\n";

    fn golden(verbose: bool) -> String {
        let mut g = String::new();
        g += "error[contradicted]: 31,600 — the source says 30,600\n";
        g += "  --> drafts/robots.md:3:17\n";
        g += "   |\n";
        g += " 3 | Korea installed 31,600 industrial robots last year.\n";
        g += "   |                 ^^^^^^ suggest: 30,600\n";
        g += "   |\n";
        g += SOURCE;
        g += QUOTE;
        g += "   = claim: Korea installed = 31,600 robots\n";
        g += "\n";
        // 한국 🤖 로봇 설치 are 11 characters but 18 columns wide.
        g += "error[contradicted]: 31,600 — the source says 30,600\n";
        g += "  --> drafts/robots.md:4:12\n";
        g += "   |\n";
        g += " 4 | 한국 🤖 로봇 설치 31,600대 and 70-billion parameters.\n";
        g += "   |                   ^^^^^^ suggest: 30,600\n";
        g += "   |\n";
        g += SOURCE;
        g += QUOTE;
        g += "   = claim: Korea installed = 31,600\n";
        g += "\n";
        g += "warning[unsupported]: 70-billion — no source states this\n";
        g += "  --> drafts/robots.md:4:24\n";
        g += "   |\n";
        g += " 4 | 한국 🤖 로봇 설치 31,600대 and 70-billion parameters.\n";
        g += "   |                                ^^^^^^^^^^\n";
        g += "   |\n";
        g += "   = claim: Korea = 70-billion parameters\n";
        g += "\n";
        if verbose {
            // Tabs expand to stops of 4 in the line and in the caret's indent alike.
            g += "note[supported]: 1,012 — a source states this\n";
            g += "  --> drafts/robots.md:5:11\n";
            g += "   |\n";
            g += " 5 |     Density:    1,012 robots per 10,000 workers.\n";
            g += "   |                 ^^^^^\n";
            g += "   |\n";
            g += SOURCE;
            g += QUOTE;
            g += "   = claim: Korea \"robot density\" = 1,012 robots\n";
            g += "\n";
        }
        g += "drafts/robots.md: 4 figures: 1 supported, 2 contradicted, 1 unsupported\n";
        g
    }

    #[test]
    fn flagged_figures_as_compiler_diagnostics() {
        assert_eq!(render(HumanOptions::default()), golden(false));
    }

    #[test]
    fn verbose_adds_supported_figures() {
        let opts = HumanOptions {
            verbose: true,
            color: false,
        };
        assert_eq!(render(opts), golden(true));
    }

    #[test]
    fn colour_only_when_asked() {
        assert!(!render(HumanOptions::default()).contains('\x1b'));
        let coloured = render(HumanOptions {
            color: true,
            verbose: false,
        });
        assert!(coloured.contains("\x1b[1;31merror[contradicted]\x1b[0m"));
        assert!(coloured.contains("\x1b[1;33mwarning[unsupported]\x1b[0m"));
        assert!(coloured.contains("\x1b[1;34m-->\x1b[0m"));
    }

    #[test]
    fn only_evidence_beyond_the_first_is_summarised() {
        let mut report = robots_report();
        let extra = report.findings[0].evidence[0].clone();
        report.findings[0].evidence.push(extra);
        let mut out = Vec::new();
        write_human(&mut out, &[report], HumanOptions::default()).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        assert!(text.contains("   = 1 more source (shown with --verbose)\n"));
    }

    #[test]
    fn stale_positions_do_not_panic() {
        let mut report = robots_report();
        report.text = "short".to_owned();
        let mut out = Vec::new();
        write_human(&mut out, &[report], HumanOptions::default()).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        assert!(text.contains("--> drafts/robots.md:3:17\n"));
    }

    #[test]
    fn several_files_get_a_total() {
        let mut out = Vec::new();
        let reports = [robots_report(), robots_report()];
        write_human(&mut out, &reports, HumanOptions::default()).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        assert!(text.ends_with("2 files: 8 figures: 2 supported, 4 contradicted, 2 unsupported\n"));
    }
}
