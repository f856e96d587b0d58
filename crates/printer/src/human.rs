//! Compiler-style diagnostics.
//!
//! Shaped like rustc's output because writers who use a checker in a terminal or CI log
//! already know how to read it, and editors already know how to jump to `path:line:col`.

use std::io::Write;

use figcheck_check::{Evidence, Finding, Unused, Verdict};
use figcheck_figures::{LineIndex, Position};

use crate::describe::{UNUSED_SUPPRESSION, headline};
use crate::style::{Brush, Paint};
use crate::width::expand_excerpt;
use crate::{FileReport, HumanOptions, PrintError, Severity, Summary};

/// Writes one diagnostic per reported figure of each report (every figure when
/// `opts.verbose`) and per unused suppression comment, in text order, then a summary line
/// per file, and a total when there are several files.
pub fn write_human(
    out: &mut dyn Write,
    reports: &[FileReport],
    opts: HumanOptions,
) -> Result<(), PrintError> {
    let brush = Brush { color: opts.color };
    let mut total = Summary::default();
    let mut total_unused = 0;
    for report in reports {
        let index = LineIndex::new(&report.text);
        let gutter = gutter_width(report);
        let mut diagnostics: Vec<Diagnostic<'_>> = report
            .findings
            .iter()
            .filter_map(|f| {
                let level = report.levels.of_finding(f);
                (level != Severity::Off || opts.verbose).then(|| Diagnostic::of(f, level))
            })
            .collect();
        diagnostics.extend(report.unused.iter().map(Diagnostic::unused));
        // Findings come in text order; a stable sort slots the comments in among them.
        diagnostics.sort_by_key(|d| (d.start.line, d.start.column));
        for diag in &diagnostics {
            diag.write(out, report, &index, gutter, opts, brush)?;
        }
        let summary = Summary::of(&report.findings);
        total += summary;
        total_unused += report.unused.len();
        writeln!(
            out,
            "{}: {summary}{}",
            brush.paint(Paint::Emphasis, &report.path),
            unused_note(report.unused.len())
        )?;
    }
    if reports.len() > 1 {
        writeln!(
            out,
            "{}: {total}{}",
            brush.paint(Paint::Emphasis, &format!("{} files", reports.len())),
            unused_note(total_unused)
        )?;
    }
    Ok(())
}

/// `; 2 unused suppressions`, or nothing.
fn unused_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; 1 unused suppression".to_owned(),
        n => format!("; {n} unused suppressions"),
    }
}

/// Digits of the largest line number shown, so all gutters of a file line up.
fn gutter_width(report: &FileReport) -> usize {
    let findings = report.findings.iter().map(|f| f.start.line);
    let comments = report.unused.iter().map(|u| u.start.line);
    let max = findings.chain(comments).max().unwrap_or(1);
    max.to_string().len()
}

/// What one diagnostic shows, gathered from a finding or an unused suppression.
struct Diagnostic<'a> {
    /// `error`, `warning`, `info`, or `note` for a figure shown only because of --verbose.
    label: &'static str,
    paint: Paint,
    rule: &'static str,
    message: String,
    start: Position,
    end: Position,
    claim: Option<String>,
    suggestion: Option<&'a str>,
    evidence: &'a [Evidence],
    /// Other sources that give other values (`Finding::disagreeing`), always shown.
    disagreeing: &'a [Evidence],
}

impl<'a> Diagnostic<'a> {
    fn of(f: &'a Finding, level: Severity) -> Self {
        let (label, paint) = match level {
            Severity::Error => ("error", Paint::Error),
            Severity::Warning => ("warning", Paint::Warning),
            Severity::Info => ("info", Paint::Note),
            Severity::Hint => ("hint", Paint::Note),
            Severity::Off => ("note", Paint::Note),
        };
        Diagnostic {
            label,
            paint,
            rule: f.verdict.as_str(),
            message: headline(f),
            start: f.start,
            end: f.end,
            claim: Some(f.claim.to_string()),
            suggestion: match f.verdict {
                Verdict::Contradicted => f.suggestion.as_deref(),
                _ => None,
            },
            evidence: &f.evidence,
            disagreeing: &f.disagreeing,
        }
    }

    fn unused(u: &'a Unused) -> Self {
        Diagnostic {
            label: "warning",
            paint: Paint::Warning,
            rule: UNUSED_SUPPRESSION,
            message: u.message.clone(),
            start: u.start,
            end: u.end,
            claim: None,
            suggestion: None,
            evidence: &[],
            disagreeing: &[],
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
        let paint = self.paint;
        let pad = " ".repeat(gutter);
        let bar = brush.paint(Paint::Frame, "|");
        let eq = brush.paint(Paint::Frame, "=");
        writeln!(
            out,
            "{}: {}",
            brush.paint(paint, &format!("{}[{}]", self.label, self.rule)),
            brush.paint(Paint::Emphasis, &self.message),
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
            let shown = expand_excerpt(line, from, to);
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
            writeln!(out, " {pad} {eq} source: {}", crate::describe::place(e))?;
            writeln!(out, " {pad} {eq} \"{}\"", e.quote)?;
        }
        for e in self.disagreeing {
            if self.evidence[..shown].iter().any(|s| s.same_figure(e)) {
                continue;
            }
            writeln!(
                out,
                " {pad} {eq} another source: {}",
                crate::describe::place(e)
            )?;
            writeln!(out, " {pad} {eq} \"{}\"", e.quote)?;
        }
        // What is not shown: evidence past the first that no "another source" line shows.
        let hidden = self.evidence[shown..]
            .iter()
            .filter(|e| !self.disagreeing.iter().any(|d| d.same_figure(e)))
            .count();
        if hidden > 0 {
            let noun = if hidden == 1 { "source" } else { "sources" };
            writeln!(
                out,
                " {pad} {eq} {hidden} more {noun} (shown with --verbose)"
            )?;
        }
        if let Some(claim) = &self.claim {
            writeln!(out, " {pad} {eq} claim: {claim}")?;
        }
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
    fn sources_that_disagree_are_shown_once_and_not_counted_as_more() {
        let mut report = robots_report();
        let mut other = report.findings[0].evidence[0].clone();
        other.source = "archive/2019.txt".into();
        other.value = 55048.0;
        report.findings[0].evidence.push(other.clone());
        report.findings[0].disagreeing = vec![other];
        for verbose in [false, true] {
            let mut out = Vec::new();
            let opts = HumanOptions {
                verbose,
                ..HumanOptions::default()
            };
            write_human(&mut out, &[report.clone()], opts).expect("writes to a Vec");
            let text = String::from_utf8(out).expect("output is UTF-8");
            let first = text.split("\n\n").next().unwrap_or_default();
            // named in the headline, and quoted once below it
            assert_eq!(first.matches("archive/2019.txt").count(), 2, "{first}");
            assert!(!first.contains("more source"), "{first}");
        }
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
    fn severities_relabel_and_hide() {
        let mut report = robots_report();
        report.levels = crate::Levels {
            contradicted: Severity::Warning,
            unsupported: Severity::Off,
            supported: Severity::Info,
            disagreement: Severity::Info,
        };
        let mut out = Vec::new();
        write_human(&mut out, &[report], HumanOptions::default()).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        assert!(text.contains("warning[contradicted]: 31,600"), "{text}");
        assert!(!text.contains("[unsupported]"), "{text}");
        assert!(
            text.contains("info[supported]: 1,012 — a source states this"),
            "{text}"
        );
        // Summary counts are by verdict, whatever is shown.
        assert!(text.ends_with("4 figures: 1 supported, 2 contradicted, 1 unsupported\n"));
    }

    #[test]
    fn unused_suppressions_are_warnings_in_text_order() {
        let text = "Intro.\n<!-- figcheck-ignore 77 -->\nKorea installed 31,600 robots.\n";
        let mut report = FileReport::new("d.md", text, Vec::new());
        report.unused.push(figcheck_check::Unused {
            span: 7..34,
            start: LineIndex::new(text).position(text, 7),
            end: LineIndex::new(text).position(text, 34),
            comment: "<!-- figcheck-ignore 77 -->".to_owned(),
            message: "suppresses nothing: no reported figure `77` on line 3".to_owned(),
        });
        let mut out = Vec::new();
        write_human(&mut out, &[report], HumanOptions::default()).expect("writes to a Vec");
        let got = String::from_utf8(out).expect("output is UTF-8");
        let want = "\
warning[unused-suppression]: suppresses nothing: no reported figure `77` on line 3
  --> d.md:2:1
   |
 2 | <!-- figcheck-ignore 77 -->
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |

d.md: 0 figures: 0 supported, 0 contradicted, 0 unsupported; 1 unused suppression
";
        assert_eq!(got, want);
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
