//! GitLab Code Quality: the report GitLab shows in a merge request's widget and diff.
//!
//! A JSON array of issues in GitLab's subset of the Code Climate format: `description`,
//! `check_name`, `fingerprint`, `severity` and `location` (`path`, and `positions` with
//! 1-based lines and character columns). Severities map error → `major`, warning →
//! `minor`, info → `info`. Fingerprints are the same recipe as SARIF's, so GitLab can
//! tell a fixed figure from a new one across pipelines.

use std::io::Write;

use figcheck_figures::{LineIndex, Position};
use serde::Serialize;

use crate::describe::{UNUSED_SUPPRESSION, long_message};
use crate::fingerprint::Fingerprints;
use crate::{FileReport, PrintError, Severity};

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: &'static str,
    description: String,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: String,
    location: IssueLocation<'a>,
}

#[derive(Serialize)]
struct IssueLocation<'a> {
    path: &'a str,
    positions: Positions,
}

#[derive(Serialize)]
struct Positions {
    begin: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct LineColumn {
    line: usize,
    column: usize,
}

impl Positions {
    fn new(start: Position, end: Position) -> Positions {
        Positions {
            begin: LineColumn {
                line: start.line,
                column: start.column,
            },
            end: LineColumn {
                line: end.line,
                column: end.column,
            },
        }
    }
}

fn severity(level: Severity) -> &'static str {
    match level {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Hint | Severity::Info | Severity::Off => "info",
    }
}

/// Writes the Code Quality report: one issue per reported figure and per unused
/// suppression, in file and text order.
pub fn write_gitlab(out: &mut dyn Write, reports: &[FileReport]) -> Result<(), PrintError> {
    let mut issues = Vec::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        let path = report.path.trim_start_matches("./");
        let mut fingerprints = Fingerprints::default();
        let mut file_issues: Vec<(Position, Issue<'_>)> = Vec::new();
        for (finding, level) in report.reported() {
            let line_text = crate::fingerprint::finding_line(&report.text, &index, finding.start);
            let rule = finding.verdict.as_str();
            file_issues.push((
                finding.start,
                Issue {
                    kind: "issue",
                    check_name: rule,
                    description: long_message(finding),
                    categories: ["Bug Risk"],
                    severity: severity(level),
                    fingerprint: fingerprints.next(&[
                        rule,
                        &report.path,
                        &finding.figure.text,
                        line_text,
                    ]),
                    location: IssueLocation {
                        path,
                        positions: Positions::new(finding.start, finding.end),
                    },
                },
            ));
        }
        for unused in &report.unused {
            file_issues.push((
                unused.start,
                Issue {
                    kind: "issue",
                    check_name: UNUSED_SUPPRESSION,
                    description: unused.message.clone(),
                    categories: ["Style"],
                    severity: severity(Severity::Warning),
                    fingerprint: fingerprints.next(&[
                        UNUSED_SUPPRESSION,
                        &report.path,
                        &unused.comment,
                    ]),
                    location: IssueLocation {
                        path,
                        positions: Positions::new(unused.start, unused.end),
                    },
                },
            ));
        }
        file_issues.sort_by_key(|(p, _)| (p.line, p.column));
        issues.extend(file_issues.into_iter().map(|(_, i)| i));
    }
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::testdata::robots_report;

    #[test]
    fn issues_for_reported_figures() {
        let mut out = Vec::new();
        write_gitlab(&mut out, &[robots_report()]).expect("writes to a Vec");
        let issues: Value = serde_json::from_slice(&out).expect("JSON");
        let issues = issues.as_array().expect("an array");
        assert_eq!(issues.len(), 3);
        assert_eq!(issues[0]["check_name"], "contradicted");
        assert_eq!(issues[0]["severity"], "major");
        assert_eq!(issues[0]["location"]["path"], "drafts/robots.md");
        assert_eq!(issues[0]["location"]["positions"]["begin"]["line"], 3);
        assert_eq!(issues[2]["severity"], "minor");
        assert_eq!(
            issues[0]["fingerprint"].as_str().map(str::len),
            Some(32),
            "a stable hash"
        );
    }
}
