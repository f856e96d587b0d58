//! The human table of `figcheck figures`: what the extractor saw, for debugging a draft
//! or the extractor itself.

use std::io::Write;

use figcheck_figures::LineIndex;

use crate::width::str_width;
use crate::{FigureReport, PrintError};

/// Writes, per report, a header with the path, one aligned row per figure
/// (`line:col  kind  value  unit  text`), and a count.
pub fn write_figures_human(
    out: &mut dyn Write,
    reports: &[FigureReport],
) -> Result<(), PrintError> {
    for report in reports {
        let index = LineIndex::new(&report.text);
        let rows: Vec<[String; 5]> = report
            .figures
            .iter()
            .map(|f| {
                let p = index.position(&report.text, f.start);
                let q = &f.quantity;
                [
                    format!("{}:{}", p.line, p.column),
                    q.kind.as_str().to_owned(),
                    q.value.to_string(),
                    q.unit.clone().unwrap_or_else(|| "-".to_owned()),
                    one_line(&f.text),
                ]
            })
            .collect();
        let mut widths = [0usize; 4];
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(str_width(cell));
            }
        }
        writeln!(out, "{}", report.path)?;
        for row in &rows {
            let mut line = String::from("  ");
            for (w, cell) in widths.iter().zip(row) {
                line.push_str(cell);
                line.push_str(&" ".repeat(w - str_width(cell) + 2));
            }
            line.push_str(&row[4]);
            writeln!(out, "{line}")?;
        }
        let n = rows.len();
        let noun = if n == 1 { "figure" } else { "figures" };
        writeln!(out, "{}: {n} {noun}", report.path)?;
    }
    Ok(())
}

/// A figure's text on one line: a figure split by a line break is shown with a space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::robots_report;

    #[test]
    fn table_lines_up() {
        let report = robots_report();
        let listing = FigureReport {
            path: report.path,
            text: report.text,
            figures: report.findings.into_iter().map(|f| f.figure).collect(),
        };
        let mut out = Vec::new();
        write_figures_human(&mut out, &[listing]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        let expected = "drafts/robots.md\n\
            \x20 3:17  number  31600        robots      31,600\n\
            \x20 4:12  number  31600        -           31,600\n\
            \x20 4:24  number  70000000000  parameters  70-billion\n\
            \x20 5:11  number  1012         robots      1,012\n\
            drafts/robots.md: 4 figures\n";
        assert_eq!(text, expected);
    }
}
