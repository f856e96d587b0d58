//! CSV and TSV: a table whose first row is its header and whose first column names each
//! row, so a cell's owner is its row label and its measure its column header.

use super::{Converted, Layout, Reader, column_name, text::utf8_text};

pub(crate) struct Delimited;

impl Reader for Delimited {
    fn name(&self) -> &'static str {
        "CSV"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["csv", "tsv", "tab"]
    }

    fn read(&self, bytes: &[u8], _limit: u64) -> Result<Converted, String> {
        let text = utf8_text(bytes)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let delimiter = sniff_delimiter(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        // The line each record starts on, counted here: the csv crate's own count lags
        // behind on CRLF files.
        let (mut counted_to, mut line) = (0usize, 1u64);
        for record in reader.records() {
            let record = record.map_err(|e| format!("not readable as CSV ({e})"))?;
            let mut start = record.position().map_or(counted_to, |p| p.byte() as usize);
            // A CRLF record's position is its terminator's \n, not its first byte.
            while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            let newlines = text.as_bytes().get(counted_to..start).unwrap_or_default();
            line += newlines.iter().filter(|&&b| b == b'\n').count() as u64;
            counted_to = counted_to.max(start);
            lines.push(line);
            rows.push(record.iter().map(str::to_string).collect::<Vec<_>>());
        }
        let mut out = Layout::default();
        // A spreadsheet's cell name, with the row a person sees in an editor: the line
        // the record starts on.
        out.table(&rows, &|i, j| {
            format!("{}{}", column_name(j), lines.get(i).copied().unwrap_or(0))
        });
        Ok(out.finish())
    }
}

/// Tab when the first line has tabs and no commas (a `.csv` saved from a spreadsheet
/// as TSV is common), else comma; `;` when the first line has semicolons and no commas
/// (spreadsheets in locales with a decimal comma write those).
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    if count('\t') > 0 && count(',') == 0 {
        b'\t'
    } else if count(';') > 0 && count(',') == 0 {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Converted {
        Delimited.read(text.as_bytes(), 1 << 20).expect("readable")
    }

    #[test]
    fn cells_become_a_pipe_table_named_by_column_and_line() {
        let c = read(
            "Country,\"Robots (per 10,000 workers)\"\r\nKorea,1012\r\nJapan,\"3,1\nx\"\r\nChina,470\r\n",
        );
        assert!(
            c.text.starts_with(
                "| Country | Robots (per 10,000 workers) |\n|---|---|\n| Korea | 1012 |"
            ),
            "{}",
            c.text
        );
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("1012"), Some("B2"));
        // The quoted cell spans two lines; the next record starts on line 5.
        assert_eq!(at("470"), Some("B5"));
    }

    #[test]
    fn tabs_and_semicolons_are_told_from_commas() {
        assert!(read("a\tb\nx\t1,5\n").text.contains("| x | 1,5 |"));
        assert!(read("a;b\nx;1,5\n").text.contains("| x | 1,5 |"));
    }

    #[test]
    fn binary_and_broken_text_are_refused() {
        assert!(Delimited.read(b"a,b\n\0,1", 100).is_err());
        assert!(Delimited.read(b"a,b\n\xff,1", 100).is_err());
    }
}
