//! The human table of `figcheck figures`: what the extractor saw, for debugging a draft
//! or the extractor itself.

use std::io::Write;

use figcheck_figures::LineIndex;

use crate::width::str_width;
use crate::{FigureReport, PrintError};

/// Writes, per report, the path, a header row, one aligned row per figure
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
                    value(q),
                    q.unit.clone().unwrap_or_else(|| "-".to_owned()),
                    one_line(&f.text),
                ]
            })
            .collect();
        let header = ["at", "kind", "value", "unit", "as written"].map(str::to_owned);
        let rows: Vec<[String; 5]> = std::iter::once(header).chain(rows).collect();
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
        let n = rows.len() - 1;
        let noun = if n == 1 { "figure" } else { "figures" };
        writeln!(out, "{}: {n} {noun}", report.path)?;
    }
    Ok(())
}

/// A figure's value as a person reads it: a date as `2024-08-01` (`2024-08` or `2024`
/// when the day or month is not given), a time of day as `13:34`, a duration as a
/// stopwatch shows it (`2:09:41`), anything else as the number in base units.
fn value(q: &figcheck_figures::Quantity) -> String {
    use figcheck_figures::Kind;
    let whole = q.value.fract() == 0.0 && q.value >= 0.0;
    match q.kind {
        Kind::Date if whole && q.value < 1e8 => {
            let n = q.value as u64;
            let (year, month, day) = (n / 10_000, n / 100 % 100, n % 100);
            match (month, day) {
                (0, _) => format!("{year:04}"),
                (_, 0) => format!("{year:04}-{month:02}"),
                _ => format!("{year:04}-{month:02}-{day:02}"),
            }
        }
        Kind::Time if whole && q.value < 24.0 * 60.0 => {
            let n = q.value as u64;
            format!("{:02}:{:02}", n / 60, n % 60)
        }
        Kind::Duration => q.render(q.value),
        _ => q.value.to_string(),
    }
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
            \x20 at    kind    value        unit        as written\n\
            \x20 3:17  number  31600        robots      31,600\n\
            \x20 4:12  number  31600        -           31,600\n\
            \x20 4:24  number  70000000000  parameters  70-billion\n\
            \x20 5:11  number  1012         robots      1,012\n\
            drafts/robots.md: 4 figures\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn dates_and_times_read_as_written_by_people() {
        use figcheck_figures::{Format, extract};
        let text = "It began in August 2024, ended on 1 June 2025 at 1:34 PM, and cost $5 million.";
        let value_of = |written: &str| {
            let f = extract(text, Format::Plain)
                .into_iter()
                .find(|f| f.text.contains(written))
                .unwrap_or_else(|| panic!("no figure {written:?}"));
            value(&f.quantity)
        };
        assert_eq!(value_of("August 2024"), "2024-08");
        assert_eq!(value_of("1 June 2025"), "2025-06-01");
        assert_eq!(value_of("1:34 PM"), "13:34");
        assert_eq!(value_of("$5 million"), "5000000");
    }
}
