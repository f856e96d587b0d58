//! Pipe tables (`| Lake Harlan | 48.0 | 21.6 |`) in drafts and sources.
//!
//! In prose, whose figure a number is and what it measures are guesses; in a table they
//! are stated: a cell's owner is its row's label, its measure is its column's header, and
//! the header often gives the unit and scale ("Storage (billion gallons)", "Level (%)").
//! Read as prose, a row merges into one long name and the header is never seen.

use std::collections::HashSet;
use std::ops::Range;

use crate::lexicon;
use crate::quantity::{Kind, Quantity};

/// One body cell of a pipe table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The cell's bytes, between its pipes.
    pub range: Range<usize>,
    /// The whole row's bytes.
    pub row: Range<usize>,
    /// The row's first cell, trimmed: whose figure this is.
    pub label: String,
    /// The column's header, trimmed: what the figure measures.
    pub header: String,
    /// Whether this is the label column itself.
    pub is_label: bool,
    /// Whether the table is turned: its columns are owners and its rows measures
    /// (`| | Tallow Creek | Brindlewood |` over `| Members | 86,400 | 18,400 |`).
    pub transposed: bool,
}

impl Cell {
    /// Whose figure the cell is: its row's label, or a turned table's column header.
    pub fn owner(&self) -> &str {
        if self.transposed {
            &self.header
        } else {
            &self.label
        }
    }

    /// What the cell measures: its column's header, or a turned table's row label (which
    /// then gives the unit and scale too).
    pub fn measure(&self) -> &str {
        if self.transposed {
            &self.label
        } else {
            &self.header
        }
    }
}

/// Every body cell of every pipe table in `text`: a header row, a separator row of dashes
/// (`|---|:--:|`), then body rows, each a line starting with `|`. Linear in the text.
pub fn cells(text: &str) -> Vec<Cell> {
    tables(text).0
}

/// Every table's body cells (as [`cells`]), and every table's header row.
pub(crate) fn tables(text: &str) -> (Vec<Cell>, Vec<Range<usize>>) {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(start..i);
            start = i + 1;
        }
    }
    lines.push(start..text.len());
    let is_row = |r: &Range<usize>| text[r.clone()].trim_start().starts_with('|');
    let is_separator = |r: &Range<usize>| {
        let t = text[r.clone()].trim();
        t.starts_with('|')
            && t.contains('-')
            && t.chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '\r'))
    };
    let mut out = Vec::new();
    let mut header_rows = Vec::new();
    let mut names = None;
    let mut i = 0;
    while i + 1 < lines.len() {
        if !(is_row(&lines[i]) && is_separator(&lines[i + 1])) {
            i += 1;
            continue;
        }
        header_rows.push(lines[i].clone());
        let headers: Vec<String> = split_row(text, lines[i].clone())
            .into_iter()
            .map(|r| text[r].trim().to_string())
            .collect();
        let mut j = i + 2;
        while j < lines.len() && is_row(&lines[j]) {
            j += 1;
        }
        let rows: Vec<(Range<usize>, Vec<Range<usize>>)> = lines[i + 2..j]
            .iter()
            .map(|row| {
                crate::work::step(row.len());
                (row.clone(), split_row(text, row.clone()))
            })
            .collect();
        let labels: Vec<String> = rows
            .iter()
            .map(|(_, parts)| {
                parts
                    .first()
                    .map(|r| text[r.clone()].trim().to_string())
                    .unwrap_or_default()
            })
            .collect();
        let transposed = turned(text, &mut names, &headers, &labels);
        for ((row, parts), label) in rows.into_iter().zip(&labels) {
            for (k, r) in parts.into_iter().enumerate() {
                out.push(Cell {
                    range: r,
                    row: row.clone(),
                    label: label.clone(),
                    header: headers.get(k).cloned().unwrap_or_default(),
                    is_label: k == 0,
                    transposed,
                });
            }
        }
        i = j;
    }
    (out, header_rows)
}

/// Whether a table names its owners in its header row and its measures down its first
/// column: its corner is empty, and most of its other headers are names while none of
/// its row labels is. A name is told by how the document writes it elsewhere:
/// capitalised after a lower-case word ("at the Brindlewood Grange Hall"), where a
/// measure's word is written in lower case ("all 18,400 members"). `names` holds those
/// words, gathered once for the document.
fn turned<'t>(
    text: &'t str,
    names: &mut Option<HashSet<&'t str>>,
    headers: &[String],
    labels: &[String],
) -> bool {
    let Some((corner, owners)) = headers.split_first() else {
        return false;
    };
    if !corner.is_empty() || owners.len() < 2 || labels.is_empty() {
        return false;
    }
    let names = names.get_or_insert_with(|| written_as_names(text));
    let is_name = |cell: &str| {
        cell.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| names.contains(w))
    };
    let named_owners = owners.iter().filter(|h| is_name(h)).count();
    2 * named_owners > owners.len() && !labels.iter().any(|l| is_name(l))
}

/// The capitalised words `text` writes right after a lower-case word: names, as a
/// sentence's first word or a heading's is not. One pass over the text.
fn written_as_names(text: &str) -> HashSet<&str> {
    let mut names = HashSet::new();
    let mut previous_lower = false;
    for word in text.split(|c: char| c.is_whitespace()) {
        crate::work::step(word.len() + 1);
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let core = core
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if previous_lower
            && core.len() >= 2
            && word.starts_with(core)
            && core.chars().next().is_some_and(char::is_uppercase)
        {
            names.insert(core);
        }
        previous_lower = word.chars().last().is_some_and(char::is_lowercase);
    }
    names
}

/// The byte ranges between a row's pipes (escaped `\|` is not a pipe).
fn split_row(text: &str, row: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[row.clone()];
    let mut bounds: Vec<usize> = Vec::new();
    let mut prev = '\0';
    for (k, c) in line.char_indices() {
        if c == '|' && prev != '\\' {
            bounds.push(row.start + k);
        }
        prev = c;
    }
    bounds
        .windows(2)
        .map(|w| w[0] + 1..w[1])
        .filter(|r| r.start <= r.end)
        .collect()
}

/// The cell holding bytes `start..end`, if any (cells sorted by start, as [`cells`]
/// returns them).
pub fn cell_at(cells: &[Cell], start: usize, end: usize) -> Option<&Cell> {
    let k = cells.partition_point(|c| c.range.start <= start);
    let c = cells.get(k.checked_sub(1)?)?;
    (c.range.start <= start && end <= c.range.end).then_some(c)
}

/// What a column header says about its cells' numbers: a scale ("billion gallons",
/// "$m") and whether they are percentages ("Level (%)", "share, percent").
pub(crate) fn apply_header(header: &str, q: &mut Quantity) {
    let lower = header.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '%' && c != '$')
        .filter(|w| !w.is_empty())
        .collect();
    if q.kind == Kind::Number && q.style.scale.is_none() {
        if lower.contains("percentage point") || words.contains(&"pp") {
            q.kind = Kind::PercentagePoints;
            return;
        }
        if words
            .iter()
            .any(|w| *w == "%" || *w == "percent" || *w == "pct")
        {
            q.kind = Kind::Percent;
            return;
        }
        let scale = words.iter().find_map(|w| header_scale(w));
        if let Some(s) = scale {
            q.value *= s;
            q.precision *= s;
        }
        // "Value ($ million)", "Revenue (€m)", "Budget (USD)", "Price (cents)": the
        // column's cells are money, as "$36.5 million" is in prose.
        if let Some((code, worth)) = header_currency(header) {
            q.kind = Kind::Money;
            q.unit = Some(code.to_string());
            q.value *= worth;
            q.precision *= worth;
            return;
        }
        // "Students per teacher": the column's cells are a rate, per one of what follows
        // "per", of what comes before it.
        let mut words = &words[..];
        if let Some(k) =
            (words.iter().position(|w| *w == "per")).filter(|&k| k > 0 && q.per.is_none())
        {
            q.per = words.get(k + 1).map(|thing| crate::quantity::Per {
                base: 1.0,
                unit: Some((*thing).to_string()),
            });
            words = &words[..k];
        }
        // "Assists", "Three-point attempts", "Storage (billion gallons)": the plural noun
        // of the header is what a count in the column counts, as "6 assists" is in prose.
        if q.unit.is_none() {
            q.unit = words
                .iter()
                .rev()
                .find(|w| {
                    w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && w.chars().all(char::is_alphabetic)
                        && header_scale(w).is_none()
                })
                .map(|w| (*w).to_string());
        }
    }
}

/// The currency a column header names, and what one of its unit is worth in that
/// currency's main unit: a sign alone or before a scale ("$", "$m", "€bn", "US$"), an
/// ISO code ("USD") or a currency word ("dollars", "cents"). Not "won": "Games won" is a
/// column of a league table far more often than one of Korean money.
fn header_currency(header: &str) -> Option<(&'static str, f64)> {
    header
        .split(|c: char| c.is_whitespace() || "()[],;:/".contains(c))
        .filter(|t| !t.is_empty())
        .find_map(|token| {
            if let Some((prefix, code)) = lexicon::CURRENCY_PREFIXES
                .iter()
                .find(|(p, _)| token.starts_with(p))
            {
                let rest = token[prefix.len()..].to_lowercase();
                return (rest.is_empty() || header_scale(&rest).is_some()).then_some((*code, 1.0));
            }
            if let Some(code) = lexicon::iso_code(token) {
                return Some((code, 1.0));
            }
            let lower = token.to_lowercase();
            (lower != "won")
                .then(|| lexicon::currency_unit(&lower))
                .flatten()
                .filter(|(code, _)| code.len() == 3)
        })
}

/// The factor a word of a column header scales its cells by: "billion", "$m",
/// "thousands".
fn header_scale(word: &str) -> Option<f64> {
    lexicon::scale_word(word).or(match word {
        "bn" | "$bn" => Some(1e9),
        "mn" | "m" | "$m" => Some(1e6),
        // "(£000)", "Population (000)": in thousands
        "k" | "thousands" | "000" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Storage at year end:\n\n| Reservoir | Capacity (billion gallons) | Level (%) |\n|---|---:|---:|\n| Lake Harlan | 48.0 | 45 |\n| Pine Fork | 16.0 | 60 |\n\nAfter.";

    #[test]
    fn body_cells_know_their_row_label_and_column_header() {
        let cs = cells(TABLE);
        let c = cs
            .iter()
            .find(|c| TABLE[c.range.clone()].trim() == "60")
            .unwrap();
        assert_eq!(c.label, "Pine Fork");
        assert_eq!(c.header, "Level (%)");
        assert!(!c.is_label);
        assert_eq!(cs.iter().filter(|c| c.is_label).count(), 2);
        let at = TABLE.find("48.0").unwrap();
        assert_eq!(cell_at(&cs, at, at + 4).unwrap().label, "Lake Harlan");
        assert!(cell_at(&cs, 0, 7).is_none());
    }

    #[test]
    fn a_number_word_in_a_header_names_its_column_and_is_no_figure() {
        let text =
            "| Player | Three-pointers made | 2024 |\n|---|---|---|\n| Ana Ruiz | three | 7 |\n";
        let found: Vec<String> = crate::extract(text, crate::Format::Markdown)
            .into_iter()
            .map(|f| f.text)
            .collect();
        // The body's "three" is a count; the header's "Three" is not; a year in a header
        // is still a date a draft may state.
        assert_eq!(found, vec!["2024", "three", "7"]);
        let (_, headers) = tables(text);
        assert_eq!(headers, vec![0..39]);
    }

    #[test]
    fn a_row_without_a_separator_is_not_a_table() {
        assert!(cells("| a | b |\n| 1 | 2 |\n").is_empty());
        assert!(cells("").is_empty());
    }

    #[test]
    fn headers_give_scale_and_percent() {
        let mut q = crate::extract("48.0", crate::Format::Plain)[0]
            .quantity
            .clone();
        apply_header("Capacity (billion gallons)", &mut q);
        assert_eq!(q.value, 48e9);
        let mut q = crate::extract("45", crate::Format::Plain)[0]
            .quantity
            .clone();
        apply_header("Level (%)", &mut q);
        assert_eq!(q.kind, Kind::Percent);
        let mut q = crate::extract("45", crate::Format::Plain)[0]
            .quantity
            .clone();
        apply_header("Reservoirs", &mut q);
        assert_eq!((q.kind, q.value), (Kind::Number, 45.0));
        // the header's plural noun is what the column counts
        assert_eq!(q.unit.as_deref(), Some("reservoirs"));
        for (header, unit) in [
            ("Assists", Some("assists")),
            ("Field goals made", Some("goals")),
            ("Capacity (billion gallons)", Some("gallons")),
            ("Minutes", Some("minutes")),
            ("Class", None),
            ("Amount (millions)", None),
            ("Games won", Some("games")),
            ("Students per teacher", Some("students")),
        ] {
            let mut q = crate::extract("4", crate::Format::Plain)[0]
                .quantity
                .clone();
            apply_header(header, &mut q);
            assert_eq!(q.unit.as_deref(), unit, "{header}");
        }
    }

    #[test]
    fn a_header_of_one_thing_per_another_makes_its_cells_a_rate() {
        let mut q = crate::extract("16.5", crate::Format::Plain)[0]
            .quantity
            .clone();
        apply_header("Students per teacher", &mut q);
        assert_eq!(q.unit.as_deref(), Some("students"));
        let per = q.per.expect("a rate");
        assert_eq!((per.base, per.unit.as_deref()), (1.0, Some("teacher")));
        let mut q = crate::extract("1,860", crate::Format::Plain)[0]
            .quantity
            .clone();
        apply_header("Enrollment, Oct. 1, 2025", &mut q);
        assert_eq!(q.per, None);
    }

    #[test]
    fn a_currency_in_a_header_makes_its_cells_money() {
        for (header, cell, code, value) in [
            ("Value ($ million)", "36.5", "USD", 36.5e6),
            ("Revenue ($m)", "12.2", "USD", 12.2e6),
            ("Budget (€bn)", "1.5", "EUR", 1.5e9),
            ("Cost, USD", "250", "USD", 250.0),
            ("Price (dollars)", "3.92", "USD", 3.92),
            ("Fare (cents)", "75", "USD", 0.75),
            ("Grant (£000)", "40", "GBP", 40e3),
        ] {
            let mut q = crate::extract(cell, crate::Format::Plain)[0]
                .quantity
                .clone();
            apply_header(header, &mut q);
            assert_eq!(q.kind, Kind::Money, "{header}");
            assert_eq!(q.unit.as_deref(), Some(code), "{header}");
            assert!(
                (q.value - value).abs() < 1e-6 * value,
                "{header}: {}",
                q.value
            );
        }
        // a sign glued to a word is no currency column; a share of money is a share
        for header in [
            "Share of value (%)",
            "Games won",
            "S$core",
            "Landings (tonnes)",
        ] {
            let mut q = crate::extract("36", crate::Format::Plain)[0]
                .quantity
                .clone();
            apply_header(header, &mut q);
            assert_ne!(q.kind, Kind::Money, "{header}");
        }
    }

    #[test]
    fn a_turned_table_names_its_owners_atop_its_columns() {
        let t = "Members of Tallow Creek and of Brindlewood voted in March.\n\n\
                 | | Tallow Creek | Brindlewood | Combined |\n|---|---|---|---|\n\
                 | Members | 86,400 | 18,400 | 104,800 |\n| Total assets ($ million) | 1,320 | 212 | 1,532 |\n\n\
                 All 18,400 members got a ballot.";
        let figs = crate::extract(t, crate::Format::Plain);
        let at = t.find("18,400 |").expect("the cell");
        let k = figs.iter().position(|f| f.start == at).expect("a figure");
        let c = crate::contexts(t, &figs)[k].clone();
        assert_eq!(c.anchors, vec!["Brindlewood"]);
        assert!(c.terms.iter().any(|t| t.word == "members"));
        // the scale is the row's
        let f = crate::extract(t, crate::Format::Markdown);
        let assets = f.iter().find(|f| f.text == "212").expect("a cell");
        assert_eq!(assets.quantity.value, 212_000_000.0);
        // Column headers never written as names elsewhere are measures, as usual: "Members"
        // is written in lower case in the prose.
        let t = "The report counts 86,400 members.\n\n\
                 | | Members | Branches |\n|---|---|---|\n| Tallow Creek | 86,400 | 11 |\n";
        let figs = crate::extract(t, crate::Format::Plain);
        let at = t.find("86,400 |").expect("the cell");
        let k = figs.iter().position(|f| f.start == at).expect("a figure");
        assert_eq!(crate::contexts(t, &figs)[k].anchors, vec!["Tallow Creek"]);
    }
}
