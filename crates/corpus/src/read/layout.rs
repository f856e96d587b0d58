//! The Markdown a converting reader writes, with each piece's place marked.

use figcheck_figures::Format;

use super::{Converted, Places};

/// A converted source being written: blocks separated by blank lines.
#[derive(Default)]
pub(crate) struct Layout {
    text: String,
    places: Places,
}

impl Layout {
    /// A paragraph of running text, its whitespace collapsed.
    pub(crate) fn paragraph(&mut self, text: &str, place: String) {
        let text = one_line(text);
        if text.is_empty() {
            return;
        }
        self.block_start(place);
        self.text.push_str(&text);
    }

    /// A heading of `level` (1 for a title).
    pub(crate) fn heading(&mut self, level: usize, text: &str, place: String) {
        let text = one_line(text);
        if text.is_empty() {
            return;
        }
        self.block_start(place);
        self.text.push_str(&"#".repeat(level.clamp(1, 6)));
        self.text.push(' ');
        self.text.push_str(&text);
    }

    /// A paragraph whose pieces come from more than one place: `marks` give the byte
    /// offsets in `text` where each place starts (a PDF paragraph running onto the next
    /// page).
    pub(crate) fn marked(&mut self, text: &str, marks: Vec<(usize, String)>) {
        if text.trim().is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        for (at, place) in marks {
            self.places.mark(start + at.min(text.len()), place);
        }
        self.text.push_str(text);
    }

    /// A table as a pipe table: its first non-empty row is the header, every other row's
    /// first cell its label. `place` names a cell by its 0-based row and column in
    /// `rows`. A table of one row or one column has no cells to read against a header
    /// and a label, so its cells are written as paragraphs.
    pub(crate) fn table(&mut self, rows: &[Vec<String>], place: &dyn Fn(usize, usize) -> String) {
        let cells = |row: &Vec<String>| row.iter().map(|c| one_line(c)).collect::<Vec<_>>();
        let rows: Vec<(usize, Vec<String>)> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (i, cells(r)))
            .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
            .collect();
        let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
        if rows.len() < 2 || width < 2 {
            for (i, row) in &rows {
                for (j, cell) in row.iter().enumerate() {
                    self.paragraph(cell, place(*i, j));
                }
            }
            return;
        }
        for (n, (i, row)) in rows.iter().enumerate() {
            if n == 0 {
                self.block_start(place(*i, 0));
            } else {
                self.text.push('\n');
            }
            for j in 0..width {
                self.text.push_str(if j == 0 { "| " } else { " | " });
                let cell = row.get(j).map(String::as_str).unwrap_or("");
                self.places.mark(self.text.len(), place(*i, j));
                // A pipe inside a cell would end it.
                self.text.push_str(&cell.replace('|', "/"));
            }
            self.text.push_str(" |");
            if n == 0 {
                self.text.push('\n');
                self.text.push_str(&"|---".repeat(width));
                self.text.push('|');
            }
        }
    }

    fn block_start(&mut self, place: String) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.places.mark(self.text.len(), place);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub(crate) fn finish(mut self) -> Converted {
        self.text.push('\n');
        Converted {
            text: self.text,
            format: Format::Markdown,
            places: self.places,
            notes: Vec::new(),
        }
    }
}

/// `text` on one line, runs of whitespace (line breaks, tabs, no-break spaces) made one
/// space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_pipe_tables_with_a_place_for_every_cell() {
        let mut out = Layout::default();
        out.paragraph("Robots  installed,\nby country.", "paragraph 1".into());
        let rows = vec![
            vec!["Country".to_string(), "Installed".to_string()],
            vec!["Korea".to_string(), "30600".to_string()],
            vec![String::new(), String::new()],
            vec!["Japan | East".to_string(), "44500".to_string()],
        ];
        out.table(&rows, &|i, j| format!("R{i}C{j}"));
        let c = out.finish();
        assert_eq!(
            c.text,
            "Robots installed, by country.\n\n| Country | Installed |\n|---|---|\n| Korea | 30600 |\n| Japan / East | 44500 |\n"
        );
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("Robots"), Some("paragraph 1"));
        assert_eq!(at("30600"), Some("R1C1"));
        assert_eq!(at("44500"), Some("R3C1"));
        assert_eq!(at("Japan"), Some("R3C0"));
        assert_eq!(at("Installed"), Some("R0C1"));
    }

    #[test]
    fn a_table_of_one_row_is_read_as_paragraphs() {
        let mut out = Layout::default();
        out.table(&[vec!["Total".into(), "12".into()]], &|i, j| {
            format!("R{i}C{j}")
        });
        let c = out.finish();
        assert_eq!(c.text, "Total\n\n12\n");
        assert_eq!(c.places.at(c.text.len() - 2), Some("R0C1"));
    }
}
