//! Sources in the formats they come in: the bundled articles as a PDF report, a web
//! page, a Word document, a CSV and a workbook (`tests/formats`, written by
//! `scripts/make-format-corpus.py`) give the sample draft the verdicts the plain-text
//! articles give it, and each evidence names the page, paragraph or cell it came from.

mod common;

use std::fs;
use std::path::Path;

use common::{code, figcheck, repo_root, sarif_errors, stderr, stdout, utf8};
use serde_json::Value;

/// `figcheck check --corpus DIR [ARGS] examples/draft.md`, run in `dir`.
fn check_draft(dir: &Path, args: &[&str]) -> std::process::Output {
    let draft = repo_root().join("examples/draft.md");
    let mut all = vec!["check", "--corpus", utf8(dir)];
    all.extend_from_slice(args);
    all.push(utf8(&draft));
    figcheck(dir, &all)
}

/// A finding as compared: line, column, figure, verdict, suggestion.
type Verdict = (u64, u64, String, String, String);

/// The draft's findings against the sources in `dir`, and the whole JSON report.
fn check(dir: &Path) -> (Vec<Verdict>, Value) {
    let out = check_draft(dir, &["--format", "json"]);
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("JSON report");
    let figures = report["files"][0]["figures"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let verdicts = figures
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or(0),
                f["column"].as_u64().unwrap_or(0),
                f["text"].as_str().unwrap_or("").to_string(),
                f["verdict"].as_str().unwrap_or("").to_string(),
                f["suggestion"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (verdicts, report)
}

/// A copy of the repository folder `from` with only its files whose names `keep`s.
fn copy_of(from: &str, keep: impl Fn(&str) -> bool) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    for entry in fs::read_dir(repo_root().join(from)).expect("fixture folder") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_file() && keep(name) {
            fs::copy(&path, tmp.path().join(name)).expect("copy fixture");
        }
    }
    tmp
}

#[test]
fn converted_sources_give_the_plain_texts_verdicts_and_point_home() {
    let plain = copy_of("corpus", |n| n.ends_with(".txt"));
    let formats = copy_of("tests/formats", |n| !n.ends_with(".md"));
    let (expected, _) = check(plain.path());
    let (got, report) = check(formats.path());
    assert!(
        expected.len() >= 20,
        "the sample draft's figures: {expected:?}"
    );
    assert_eq!(got, expected);

    let mut seen = std::collections::BTreeSet::new();
    for f in report["files"][0]["figures"]
        .as_array()
        .into_iter()
        .flatten()
    {
        for e in f["evidence"].as_array().into_iter().flatten() {
            let source = e["source"].as_str().unwrap_or("");
            let extension = source.rsplit('.').next().unwrap_or("");
            let place = e["place"].as_str().unwrap_or("");
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            let cell = |s: &str| {
                let row = s.trim_start_matches(|c: char| c.is_ascii_uppercase());
                row.len() < s.len() && digits(row)
            };
            let paragraph_or_cell = |p: &str| {
                p.strip_prefix("paragraph ").is_some_and(digits)
                    || p.strip_prefix("table 1, row ").is_some_and(|rest| {
                        rest.split_once(", column ")
                            .is_some_and(|(r, c)| digits(r) && digits(c))
                    })
            };
            let right = match extension {
                "pdf" => place
                    .strip_prefix("page ")
                    .is_some_and(|n| matches!(n, "1" | "2" | "3")),
                "xlsx" => place.strip_prefix("Figures!").is_some_and(cell),
                "csv" => cell(place),
                "html" | "docx" => paragraph_or_cell(place),
                other => panic!("evidence from an unexpected source .{other}"),
            };
            assert!(right, "{source}: place {place:?}");
            seen.insert(extension.to_string());
        }
    }
    assert_eq!(seen.len(), 5, "evidence from every format: {seen:?}");

    // The draft's 44,500 for the United States: the table says 34,200, in the cell a
    // person would look in.
    let us = report["files"][0]["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["text"] == "44,500")
        .expect("the draft's 44,500");
    let places: Vec<&str> = us["evidence"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["place"].as_str())
        .collect();
    assert!(places.contains(&"Figures!B5"), "{places:?}");
    assert!(places.contains(&"B5"), "{places:?}");
}

#[test]
fn the_human_report_names_the_page_or_cell() {
    let formats = copy_of("tests/formats", |n| {
        n.ends_with(".xlsx") || n.ends_with(".pdf")
    });
    let out = check_draft(formats.path(), &["--color", "never"]);
    let shown = stdout(&out);
    assert!(shown.contains("figures.xlsx, Figures!B5"), "{shown}");
    // A cell is quoted by its row and column, not as a row of pipes.
    assert!(
        shown.contains("\"United States, Industrial robots installed: 34200\""),
        "{shown}"
    );
    assert!(shown.contains("report.pdf, page "), "{shown}");
}

#[test]
fn sarif_names_a_converted_sources_place_and_no_line_of_it() {
    let formats = copy_of("tests/formats", |n| {
        n.ends_with(".pdf") || n.ends_with(".csv")
    });
    let out = check_draft(formats.path(), &["--format", "sarif"]);
    let log: Value = serde_json::from_str(&stdout(&out)).expect("SARIF is JSON");
    assert!(sarif_errors(&log).is_empty(), "{:?}", sarif_errors(&log));
    let related: Vec<&Value> = log["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["relatedLocations"].as_array().into_iter().flatten())
        .collect();
    assert!(!related.is_empty(), "{log}");
    for location in related {
        let message = location["message"]["text"].as_str().unwrap_or("");
        assert!(
            location["physicalLocation"]["region"].is_null(),
            "{location}"
        );
        let cell = message.split(':').next().unwrap_or("");
        assert!(
            message.starts_with("page ") || cell.starts_with(|c: char| c.is_ascii_uppercase()),
            "{message}"
        );
    }
}

#[test]
fn unreadable_sources_are_skipped_with_a_note_and_the_rest_still_checked() {
    let dir = copy_of("corpus", |n| n.ends_with(".txt"));
    fs::write(dir.path().join("scan.pdf"), pdf_without_text()).unwrap();
    fs::write(dir.path().join("torn.pdf"), b"%PDF-1.4\n% no objects\n").unwrap();
    fs::write(
        dir.path().join("broken.docx"),
        b"PK\x03\x04 not really a zip",
    )
    .unwrap();
    fs::write(dir.path().join("empty.xlsx"), b"").unwrap();
    let out = check_draft(dir.path(), &["--color", "never"]);
    let notes = stderr(&out);
    assert_eq!(code(&out), 1, "the draft's errors are still found: {notes}");
    assert!(
        notes.contains("scan.pdf: no text layer (a scanned PDF?): OCR it first"),
        "{notes}"
    );
    for name in ["torn.pdf", "broken.docx", "empty.xlsx"] {
        assert!(
            notes
                .lines()
                .any(|l| l.contains("skipped") && l.contains(name)),
            "{name}: {notes}"
        );
    }
    assert!(stdout(&out).contains("contradicted"), "{}", stdout(&out));
}

/// A well-formed one-page PDF whose page draws nothing: what a scan without OCR gives.
fn pdf_without_text() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}
