//! GitHub Actions workflow commands: annotations on a pull request without uploading
//! anything.
//!
//! Every line is one command the runner reads from a step's output:
//!
//! ```text
//! ::error file=drafts/a.md,line=14,col=17,endLine=14,endColumn=23,title=figcheck%3A contradicted::31,600 — the source says 30,600%0Asource: …
//! ```
//!
//! `error`, `warning` or `notice` follows the verdict's severity (unused suppression
//! comments are warnings). The runner splits a command at `::` and its properties at `,`
//! and `=`, so values are escaped exactly as its parser expects: in the message `%`, `\r`
//! and `\n` become `%25`, `%0D` and `%0A`; in property values `:` and `,` also become
//! `%3A` and `%2C`. Columns are characters, 1-based, with `endColumn` just after the
//! figure, as in figcheck's other formats; GitHub only takes columns for a single-line
//! annotation, so a figure broken across lines gets `line` and `endLine` alone.

use std::io::Write;

use figcheck_figures::Position;

use crate::describe::{UNUSED_SUPPRESSION, long_message};
use crate::{FileReport, PrintError, Severity};

/// Escapes a command's message (what follows the second `::`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one workflow command per reported figure and per unused suppression, in file
/// and text order. Nothing else is written: every line of the output is a command.
pub fn write_github(out: &mut dyn Write, reports: &[FileReport]) -> Result<(), PrintError> {
    for report in reports {
        let mut lines: Vec<(Position, String)> = Vec::new();
        for (finding, level) in report.reported() {
            let command = match level {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Hint | Severity::Info | Severity::Off => "notice",
            };
            let title = format!("figcheck: {}", finding.verdict.as_str());
            lines.push((
                finding.start,
                command_line(
                    command,
                    &report.path,
                    finding.start,
                    finding.end,
                    &title,
                    &long_message(finding),
                ),
            ));
        }
        for unused in &report.unused {
            let title = format!("figcheck: {UNUSED_SUPPRESSION}");
            let message = format!("{}\ncomment: {}", unused.message, unused.comment);
            lines.push((
                unused.start,
                command_line(
                    "warning",
                    &report.path,
                    unused.start,
                    unused.end,
                    &title,
                    &message,
                ),
            ));
        }
        lines.sort_by_key(|(p, _)| (p.line, p.column));
        for (_, line) in lines {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn command_line(
    command: &str,
    path: &str,
    start: Position,
    end: Position,
    title: &str,
    message: &str,
) -> String {
    let mut props = vec![
        format!("file={}", escape_property(path)),
        format!("line={}", start.line),
    ];
    if start.line == end.line {
        props.push(format!("col={}", start.column));
    }
    props.push(format!("endLine={}", end.line));
    if start.line == end.line {
        props.push(format!("endColumn={}", end.column));
    }
    props.push(format!("title={}", escape_property(title)));
    format!("::{command} {}::{}", props.join(","), escape_data(message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::robots_report;

    #[test]
    fn escapes_as_the_runner_reads_them() {
        assert_eq!(escape_data("50% a\r\nb: c,d"), "50%25 a%0D%0Ab: c,d");
        assert_eq!(
            escape_property("50% a\r\nb: c,d"),
            "50%25 a%0D%0Ab%3A c%2Cd"
        );
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_property("%3A"), "%253A");
    }

    #[test]
    fn one_command_per_reported_figure() {
        let mut out = Vec::new();
        write_github(&mut out, &[robots_report()]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].starts_with(
                "::error file=drafts/robots.md,line=3,col=17,endLine=3,endColumn=23,title=figcheck%3A contradicted::31,600 — the source says 30,600%0Asource: corpus/003_57944011cd868486.txt:27:17 \""
            ),
            "{}",
            lines[0]
        );
        assert!(lines[2].starts_with("::warning file=drafts/robots.md,line=4,col=24,"));
    }

    #[test]
    fn multi_line_figures_have_no_columns() {
        let line = command_line(
            "notice",
            "a,b.md",
            Position {
                byte: 0,
                line: 1,
                column: 5,
                utf16_column: 5,
            },
            Position {
                byte: 9,
                line: 2,
                column: 3,
                utf16_column: 3,
            },
            "t",
            "m",
        );
        assert_eq!(line, "::notice file=a%2Cb.md,line=1,endLine=2,title=t::m");
    }
}
