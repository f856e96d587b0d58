//! Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) through `calamine`: each sheet a table,
//! each cell named as the spreadsheet names it (`Figures!C7`).
//!
//! Values are the ones the file cached when it was last saved; a formula the file holds
//! no value for reads as an empty cell.

use std::io::Cursor;

use calamine::{Data, Reader as _};

use super::{Converted, Layout, Reader, column_name, zip_within};

pub(crate) struct Workbook;

impl Reader for Workbook {
    fn name(&self) -> &'static str {
        "spreadsheet"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["xlsx", "xlsm", "xlsb", "xls", "ods"]
    }

    fn read(&self, bytes: &[u8], limit: u64) -> Result<Converted, String> {
        if bytes.starts_with(b"PK") {
            zip_within(bytes, limit)?;
        }
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
            .map_err(|e| format!("not a readable spreadsheet ({e})"))?;
        let mut out = Layout::default();
        let mut unsaved = 0usize;
        for name in book.sheet_names() {
            let range = match book.worksheet_range(&name) {
                Ok(range) => range,
                Err(e) => return Err(format!("its sheet {name:?} cannot be read ({e})")),
            };
            let Some((top, left)) = range.start() else {
                continue;
            };
            let rows: Vec<Vec<String>> = range
                .rows()
                .map(|row| row.iter().map(cell_text).collect())
                .collect();
            // A formula the file was saved without a value for reads as empty: say so.
            if let Ok(formulas) = book.worksheet_formula(&name)
                && let Some((f_top, f_left)) = formulas.start()
            {
                unsaved += formulas
                    .used_cells()
                    .filter(|(r, c, f)| {
                        let at = (f_top + *r as u32, f_left + *c as u32);
                        !f.is_empty()
                            && range.get_value(at).is_none_or(|v| matches!(v, Data::Empty))
                    })
                    .count();
            }
            let sheet = sheet_reference(&name);
            out.table(&rows, &|i, j| {
                format!(
                    "{sheet}!{}{}",
                    column_name(left as usize + j),
                    top as usize + i + 1
                )
            });
        }
        if out.is_empty() {
            return Err(match unsaved {
                0 => "no cell holds a value".to_string(),
                n => format!(
                    "no cell holds a value, and {n} formula cells hold none saved: open it in a spreadsheet program and save it"
                ),
            });
        }
        let mut converted = out.finish();
        if unsaved > 0 {
            converted.notes.push(format!(
                "{unsaved} formula cell{} hold{} no saved value and {} read as empty: open it in a spreadsheet program and save it",
                if unsaved == 1 { "" } else { "s" },
                if unsaved == 1 { "s" } else { "" },
                if unsaved == 1 { "is" } else { "are" },
            ));
        }
        Ok(converted)
    }
}

/// A sheet's name as a cell reference writes it: quoted when it holds anything but
/// letters, digits and underscores (`'Robots 2024'!B3`).
fn sheet_reference(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// A cell as a person reads it: whole numbers without a decimal point, dates as ISO
/// dates, errors and empty cells as nothing.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) => s.clone(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => serial_date(d.as_f64()),
        Data::DateTime(d) => number_text(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        // As a spreadsheet shows it, to 15 significant digits: 0.3, not the
        // 0.30000000000000004 that 0.1 + 0.2 stores.
        let shown: f64 = format!("{f:.14e}").parse().unwrap_or(f);
        format!("{shown}")
    }
}

/// A date serial of the 1900 date system (days since 1899-12-30) as `2025-06-01`, with
/// the time of day when it has one (`2025-06-01 13:30`).
fn serial_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return number_text(serial);
    }
    let days = serial.floor() as i64;
    let minutes = ((serial - serial.floor()) * 24.0 * 60.0).round() as i64;
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = days - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let date = format!("{year:04}-{month:02}-{day:02}");
    match minutes {
        0 | 1440 => date,
        m => format!("{date} {:02}:{:02}", m / 60, m % 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_serials_read_as_dates() {
        assert_eq!(serial_date(45_809.0), "2025-06-01");
        assert_eq!(serial_date(25_569.0), "1970-01-01");
        assert_eq!(serial_date(45_809.562_5), "2025-06-01 13:30");
        assert_eq!(serial_date(f64::NAN), "NaN");
    }

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number_text(30_600.0), "30600");
        assert_eq!(number_text(14.31), "14.31");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-1.0 / 3.0), "-0.333333333333333");
    }

    #[test]
    fn sheet_names_are_quoted_when_they_need_it() {
        assert_eq!(sheet_reference("Figures"), "Figures");
        assert_eq!(sheet_reference("Robots 2024"), "'Robots 2024'");
        assert_eq!(sheet_reference("O'Neil"), "'O''Neil'");
    }

    /// The fixture workbook with `edit` applied to its sheet's XML.
    fn fixture_with(edit: impl Fn(&str) -> String) -> Vec<u8> {
        use std::io::{Read, Write};
        let fixture = include_bytes!("../../../../tests/formats/figures.xlsx");
        let mut from = zip::ZipArchive::new(Cursor::new(&fixture[..])).expect("fixture zip");
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for i in 0..from.len() {
            let mut entry = from.by_index(i).expect("entry");
            let name = entry.name().expect("entry name").to_string();
            let mut text = String::new();
            entry.read_to_string(&mut text).expect("XML part");
            if name == "xl/worksheets/sheet1.xml" {
                text = edit(&text);
            }
            out.start_file(name, stored).expect("entry");
            out.write_all(text.as_bytes()).expect("write");
        }
        out.finish().expect("zip").into_inner()
    }

    #[test]
    fn cells_are_named_by_sheet_column_and_row() {
        let c = Workbook
            .read(&fixture_with(str::to_string), 1 << 20)
            .expect("readable");
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("34200"), Some("Figures!B5"));
        assert_eq!(at("14.31"), Some("Figures!E2"));
        assert!(c.notes.is_empty());
    }

    #[test]
    fn formulas_saved_without_a_value_are_noted() {
        let unsaved = fixture_with(|xml| {
            xml.replace(
                "<c r=\"C2\"><v>1012</v></c>",
                "<c r=\"C2\"><f>B2/30</f></c>",
            )
        });
        let c = Workbook.read(&unsaved, 1 << 20).expect("readable");
        assert!(!c.text.contains("1012"));
        assert_eq!(
            c.notes,
            vec![
                "1 formula cell holds no saved value and is read as empty: open it in a spreadsheet program and save it"
            ]
        );
    }

    #[test]
    fn what_is_not_a_workbook_is_refused() {
        assert!(Workbook.read(b"PK\x03\x04garbage", 1 << 20).is_err());
        assert!(Workbook.read(b"hello", 1 << 20).is_err());
    }
}
