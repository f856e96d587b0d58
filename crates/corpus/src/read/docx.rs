//! Word documents (DOCX) and OpenDocument text (ODT): the main story's paragraphs,
//! headings and tables, in order. The two formats differ in their element names (a
//! DOCX's `w:p`/`w:tbl`/`w:tc`, an ODT's `text:p`/`table:table`/`table:table-cell`), not
//! in what a reader does with them, so one walk reads both.
//!
//! Text lives in runs (`w:r`/`w:t`) that Word splits wherever formatting or an edit
//! history changes, often inside a word; a paragraph's runs are joined before anything
//! reads them. Deleted text (`w:delText`), comments, headers, footers and footnotes are
//! not read.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use super::{Converted, Layout, Reader, zip_within};

pub(crate) struct Docx;

/// Which of the two vocabularies a document is written in.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Dialect {
    #[default]
    Word,
    OpenDocument,
}

impl Dialect {
    /// The package's name in notes, and the part holding its text.
    fn package(self) -> (&'static str, &'static str) {
        match self {
            Dialect::Word => ("Word document", "word/document.xml"),
            Dialect::OpenDocument => ("OpenDocument text", "content.xml"),
        }
    }
}

/// The text part of a zipped document, laid out.
fn read_package(bytes: &[u8], limit: u64, dialect: Dialect) -> Result<Converted, String> {
    let (kind, part) = dialect.package();
    zip_within(bytes, limit)?;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a readable {kind} ({e})"))?;
    let mut xml = String::new();
    archive
        .by_name(part)
        .map_err(|e| format!("not a {kind}: no {part} ({e})"))?
        .take(limit.saturating_mul(super::ZIP_GROWTH))
        .read_to_string(&mut xml)
        .map_err(|e| format!("its {part} cannot be read ({e})"))?;
    let out = lay_out(&xml, dialect)?;
    if out.is_empty() {
        return Err(format!("no text in its {part}"));
    }
    Ok(out.finish())
}

impl Reader for Docx {
    fn name(&self) -> &'static str {
        "DOCX"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["docx"]
    }

    fn read(&self, bytes: &[u8], limit: u64) -> Result<Converted, String> {
        read_package(bytes, limit, Dialect::Word)
    }
}

pub(crate) struct Odt;

impl Reader for Odt {
    fn name(&self) -> &'static str {
        "ODT"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["odt"]
    }

    fn read(&self, bytes: &[u8], limit: u64) -> Result<Converted, String> {
        read_package(bytes, limit, Dialect::OpenDocument)
    }
}

/// What is being read: a table's rows and cells collect text until the table ends.
#[derive(Default)]
struct Walk {
    out: Layout,
    paragraph: String,
    /// The paragraph's style, when it is a heading (`Title`, `Heading2`).
    heading: Option<usize>,
    in_text: bool,
    paragraphs: usize,
    tables: usize,
    /// The rows of the table being read, the innermost one's when tables nest.
    rows: Vec<Vec<String>>,
    /// How deep in tables the reader is: a nested table's text joins its cell.
    table_depth: usize,
    dialect: Dialect,
    /// Inside a paragraph: an ODT writes its text there, not in a text element.
    in_paragraph: bool,
}

pub(crate) fn lay_out(xml: &str, dialect: Dialect) -> Result<Layout, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut walk = Walk {
        dialect,
        ..Walk::default()
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("its word/document.xml is not well-formed XML ({e})"))?;
        match event {
            Event::Start(e) => walk.open(e.local_name().as_ref(), &e),
            Event::Empty(e) => {
                let name = e.local_name();
                walk.open(name.as_ref(), &e);
                walk.close(name.as_ref());
            }
            Event::End(e) => walk.close(e.local_name().as_ref()),
            Event::Text(t) if walk.reading_text() => walk.paragraph.push_str(&t),
            Event::GeneralRef(r) if walk.reading_text() => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    walk.paragraph.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    walk.paragraph.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(walk.out)
}

impl Walk {
    fn reading_text(&self) -> bool {
        self.in_text || (self.dialect == Dialect::OpenDocument && self.in_paragraph)
    }

    /// An element's name in the Word vocabulary the walk is written in.
    fn word_name<'n>(&self, name: &'n str) -> &'n str {
        match (self.dialect, name) {
            (Dialect::Word, _) => name,
            (Dialect::OpenDocument, "h") => "p",
            (Dialect::OpenDocument, "table") => "tbl",
            (Dialect::OpenDocument, "table-row") => "tr",
            (Dialect::OpenDocument, "table-cell") => "tc",
            (Dialect::OpenDocument, "s" | "line-break") => "br",
            // Word's names that mean something else in ODF: not read there.
            (Dialect::OpenDocument, "t" | "tbl" | "tr" | "tc" | "pStyle" | "br" | "cr") => "",
            (Dialect::OpenDocument, other) => other,
        }
    }

    fn open(&mut self, odf_or_word: &str, e: &quick_xml::events::BytesStart) {
        let name = self.word_name(odf_or_word);
        if name == "p" {
            self.in_paragraph = true;
        }
        match name {
            "t" => self.in_text = true,
            "tab" | "br" | "cr" => self.paragraph.push(' '),
            "p" => {
                self.paragraph.clear();
                // An ODT heading says its level itself: `text:h text:outline-level="2"`.
                self.heading = (odf_or_word == "h").then(|| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "outline-level")
                        .and_then(|a| a.value.parse::<usize>().ok())
                        .unwrap_or(1)
                });
            }
            "pStyle" => {
                let style = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == "val")
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                self.heading = heading_level(&style);
            }
            "tbl" => {
                self.table_depth += 1;
                if self.table_depth == 1 {
                    self.rows.clear();
                }
            }
            "tr" if self.table_depth == 1 => self.rows.push(Vec::new()),
            "tc" if self.table_depth == 1 => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(String::new());
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, odf_or_word: &str) {
        let name = self.word_name(odf_or_word);
        if name == "p" {
            self.in_paragraph = false;
        }
        match name {
            "t" => self.in_text = false,
            "p" if self.table_depth > 0 => {
                let text = std::mem::take(&mut self.paragraph);
                if let Some(cell) = self.rows.last_mut().and_then(|r| r.last_mut()) {
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&text);
                }
            }
            "p" => {
                let text = std::mem::take(&mut self.paragraph);
                if !text.trim().is_empty() {
                    self.paragraphs += 1;
                    let place = format!("paragraph {}", self.paragraphs);
                    match self.heading {
                        Some(level) => self.out.heading(level, &text, place),
                        None => self.out.paragraph(&text, place),
                    }
                }
            }
            "tbl" => {
                self.table_depth = self.table_depth.saturating_sub(1);
                if self.table_depth == 0 {
                    self.tables += 1;
                    let table = self.tables;
                    let rows = std::mem::take(&mut self.rows);
                    self.out.table(&rows, &|i, j| {
                        format!("table {table}, row {}, column {}", i + 1, j + 1)
                    });
                }
            }
            _ => {}
        }
    }
}

/// The heading level of a paragraph style: `Title` 1, `Heading1` 1, `Heading 2` 2.
fn heading_level(style: &str) -> Option<usize> {
    let lower = style.to_ascii_lowercase();
    if lower == "title" {
        return Some(1);
    }
    let rest = lower.strip_prefix("heading")?.trim();
    rest.parse::<usize>().ok().filter(|l| (1..=6).contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Robots</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Korea installed 30,</w:t></w:r><w:r><w:t>600 robots &amp; more</w:t></w:r><w:r><w:delText>9</w:delText></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Country</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Installed</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Japan</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>44,500</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;

    #[test]
    fn runs_join_and_tables_become_pipe_tables() {
        let c = lay_out(DOC, Dialect::Word).expect("well-formed").finish();
        assert_eq!(
            c.text,
            "# Robots\n\nKorea installed 30,600 robots & more\n\n| Country | Installed |\n|---|---|\n| Japan | 44,500 |\n"
        );
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("30,600"), Some("paragraph 2"));
        assert_eq!(at("44,500"), Some("table 1, row 2, column 2"));
    }

    #[test]
    fn broken_packages_and_xml_are_refused_with_the_reason() {
        let problem = Docx.read(b"PK\x03\x04nonsense", 1 << 20).unwrap_err();
        assert!(problem.contains("zip"), "{problem}");
        assert!(lay_out("<w:p><w:t>unclosed</w:p>", Dialect::Word).is_err());
    }

    #[test]
    fn an_odt_is_read_as_a_docx_is() {
        let content = r#"<?xml version="1.0"?><office:document-content><office:body><office:text>
<text:h text:outline-level="2">Robots</text:h>
<text:p>Korea installed <text:span>30,</text:span>600<text:s/>robots &amp; more.</text:p>
<table:table><table:table-row><table:table-cell><text:p>Country</text:p></table:table-cell><table:table-cell><text:p>Installed</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Japan</text:p></table:table-cell><table:table-cell><text:p>44,500</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
        let c = lay_out(content, Dialect::OpenDocument)
            .expect("well-formed")
            .finish();
        assert_eq!(
            c.text,
            "## Robots\n\nKorea installed 30,600 robots & more.\n\n| Country | Installed |\n|---|---|\n| Japan | 44,500 |\n"
        );
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("44,500"), Some("table 1, row 2, column 2"));
    }

    #[test]
    fn heading_styles_give_levels() {
        assert_eq!(heading_level("Heading2"), Some(2));
        assert_eq!(heading_level("heading 3"), Some(3));
        assert_eq!(heading_level("Title"), Some(1));
        assert_eq!(heading_level("Normal"), None);
    }
}
