//! The JSON document: one per run, versioned, with a fixed field order.
//!
//! Scripts and editor plugins parse this, so its shape is a promise: fields are only ever
//! added, and [`JSON_VERSION`] changes if one is removed or changes meaning. The structs
//! below *are* the schema; their field order is the output order.

use std::io::Write;

use figcheck_check::{Evidence, Finding, Unused};
use figcheck_figures::{Figure, LineIndex, Position};
use serde::Serialize;

use crate::describe::UNUSED_SUPPRESSION;
use crate::{FigureReport, FileReport, Levels, PrintError, Summary};

/// The `version` field of every JSON document this crate writes.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<F, S> {
    version: u32,
    files: Vec<F>,
    summary: S,
}

#[derive(Serialize)]
struct File<'a, F> {
    path: &'a str,
    figures: Vec<F>,
}

/// A checked file: its figures, then the warnings about the file itself.
#[derive(Serialize)]
struct CheckedFile<'a> {
    path: &'a str,
    figures: Vec<FindingJson<'a>>,
    warnings: Vec<WarningJson<'a>>,
}

/// A suppression comment that silenced nothing (or is not a directive).
#[derive(Serialize)]
struct WarningJson<'a> {
    rule: &'static str,
    message: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    comment: &'a str,
}

impl<'a> From<&'a Unused> for WarningJson<'a> {
    fn from(u: &'a Unused) -> Self {
        WarningJson {
            rule: UNUSED_SUPPRESSION,
            message: &u.message,
            line: u.start.line,
            column: u.start.column,
            end_line: u.end.line,
            end_column: u.end.column,
            comment: &u.comment,
        }
    }
}

/// Where a figure is and what it means: shared by both documents.
#[derive(Serialize)]
struct FigureJson<'a> {
    text: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    byte_start: usize,
    byte_end: usize,
    value: f64,
    kind: &'static str,
    unit: Option<&'a str>,
}

impl<'a> FigureJson<'a> {
    fn new(figure: &'a Figure, start: Position, end: Position) -> Self {
        FigureJson {
            text: &figure.text,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            byte_start: figure.start,
            byte_end: figure.end,
            value: figure.quantity.value,
            kind: figure.quantity.kind.as_str(),
            unit: figure.quantity.unit.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct FindingJson<'a> {
    #[serde(flatten)]
    figure: FigureJson<'a>,
    verdict: &'static str,
    /// How loudly the verdict is reported: `error`, `warning`, `info` or `off`.
    severity: &'static str,
    claim: String,
    suggestion: Option<&'a str>,
    /// For a figure derived from two source figures (both in `evidence`): the arithmetic.
    #[serde(skip_serializing_if = "Option::is_none")]
    derivation: Option<&'a str>,
    evidence: Vec<EvidenceJson<'a>>,
    /// Figures in other sources that give the measure other values, as probable as the
    /// first evidence: the sources disagree. Absent when they do not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    disagreeing: Vec<EvidenceJson<'a>>,
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    source: &'a str,
    line: usize,
    column: usize,
    /// In a converted source (PDF, spreadsheet, web page, Word file), where in the file:
    /// "page 3", "Figures!C7". Line and column are then in the text read from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a str>,
    quote: &'a str,
    value: f64,
    /// The source's date from its front matter: `2024-05-01`, `2024-05` or `2024`.
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
}

impl<'a> From<&'a Evidence> for EvidenceJson<'a> {
    fn from(e: &'a Evidence) -> Self {
        EvidenceJson {
            source: &e.source,
            line: e.line,
            column: e.column,
            place: e.place.as_deref(),
            quote: &e.quote,
            value: e.value,
            date: e.date_text(),
        }
    }
}

impl<'a> FindingJson<'a> {
    fn new(f: &'a Finding, levels: &Levels) -> Self {
        FindingJson {
            figure: FigureJson::new(&f.figure, f.start, f.end),
            verdict: f.verdict.as_str(),
            severity: levels.of_finding(f).as_str(),
            claim: f.claim.to_string(),
            suggestion: f.suggestion.as_deref(),
            derivation: f.derivation.as_deref(),
            evidence: f.evidence.iter().map(EvidenceJson::from).collect(),
            disagreeing: f.disagreeing.iter().map(EvidenceJson::from).collect(),
        }
    }
}

#[derive(Serialize)]
struct FigureCount {
    figures: usize,
}

/// Writes the check document: every figure of every report with its verdict, severity
/// and evidence, and the file's warnings (unused suppressions).
pub fn write_json(out: &mut dyn Write, reports: &[FileReport]) -> Result<(), PrintError> {
    let doc = Document {
        version: JSON_VERSION,
        files: reports
            .iter()
            .map(|r| CheckedFile {
                path: &r.path,
                figures: r
                    .findings
                    .iter()
                    .map(|f| FindingJson::new(f, &r.levels))
                    .collect(),
                warnings: r.unused.iter().map(WarningJson::from).collect(),
            })
            .collect(),
        summary: Summary::of_reports(reports),
    };
    finish(out, &doc)
}

/// Writes the extraction document: the check document's shape without verdicts, claims,
/// suggestions or evidence, and a summary of just the figure count.
pub fn write_figures_json(out: &mut dyn Write, reports: &[FigureReport]) -> Result<(), PrintError> {
    let doc = Document {
        version: JSON_VERSION,
        files: reports
            .iter()
            .map(|r| {
                let index = LineIndex::new(&r.text);
                File {
                    path: &r.path,
                    figures: r
                        .figures
                        .iter()
                        .map(|f| {
                            let start = index.position(&r.text, f.start);
                            let end = index.position(&r.text, f.end);
                            FigureJson::new(f, start, end)
                        })
                        .collect(),
                }
            })
            .collect(),
        summary: FigureCount {
            figures: reports.iter().map(|r| r.figures.len()).sum(),
        },
    };
    finish(out, &doc)
}

fn finish(out: &mut dyn Write, doc: &impl Serialize) -> Result<(), PrintError> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::testdata::robots_report;

    fn check_document() -> (String, Value) {
        let mut out = Vec::new();
        write_json(&mut out, &[robots_report()]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        let value = serde_json::from_str(&text).expect("output is JSON");
        (text, value)
    }

    /// Keys appear in `text` in the given order (serde_json's `Value` forgets order).
    fn assert_in_order(text: &str, keys: &[&str]) {
        let mut from = 0;
        for key in keys {
            let quoted = format!("\"{key}\":");
            match text[from..].find(&quoted) {
                Some(i) => from += i + quoted.len(),
                None => panic!("key {key} missing or out of order in {text}"),
            }
        }
    }

    #[test]
    fn check_document_shape() {
        let (text, doc) = check_document();
        assert_eq!(doc["version"], 1);
        let files = doc["files"].as_array().expect("files is an array");
        assert_eq!(files.len(), 1);
        assert_eq!(files[0]["path"], "drafts/robots.md");
        let figures = files[0]["figures"].as_array().expect("figures is an array");
        // Supported figures are listed too.
        assert_eq!(figures.len(), 4);

        let first = &figures[0];
        assert_eq!(first["text"], "31,600");
        assert_eq!(first["line"], 3);
        assert_eq!(first["column"], 17);
        assert_eq!(first["end_line"], 3);
        assert_eq!(first["end_column"], 23);
        let start = crate::testdata::ROBOTS_DRAFT
            .find("31,600")
            .expect("in draft");
        assert_eq!(first["byte_start"], start);
        assert_eq!(first["byte_end"], start + 6);
        assert_eq!(first["value"], 31600.0);
        assert_eq!(first["kind"], "number");
        assert_eq!(first["unit"], "robots");
        assert_eq!(first["verdict"], "contradicted");
        assert_eq!(first["claim"], "Korea installed = 31,600 robots");
        assert_eq!(first["suggestion"], "30,600");
        let evidence = &first["evidence"][0];
        assert_eq!(evidence["source"], "corpus/003_57944011cd868486.txt");
        assert_eq!(evidence["line"], 27);
        assert_eq!(evidence["column"], 17);
        assert_eq!(evidence["value"], 30600.0);
        assert!(
            evidence["quote"]
                .as_str()
                .is_some_and(|q| q.starts_with("Korea installed"))
        );
        let keys: Vec<&String> = evidence.as_object().expect("object").keys().collect();
        assert_eq!(keys.len(), 5, "evidence has exactly the documented fields");

        // Columns count characters, not bytes, after Korean text and an emoji.
        let korean = &figures[1];
        assert_eq!(
            (korean["line"].as_u64(), korean["column"].as_u64()),
            (Some(4), Some(12))
        );
        assert_eq!(korean["end_column"], 18);
        assert!(korean["unit"].is_null());

        let unsupported = &figures[2];
        assert_eq!(unsupported["verdict"], "unsupported");
        assert!(unsupported["suggestion"].is_null());
        assert_eq!(unsupported["evidence"], Value::Array(vec![]));
        assert_eq!(figures[3]["verdict"], "supported");

        assert_eq!(
            doc["summary"],
            serde_json::json!({"figures": 4, "supported": 1, "contradicted": 2, "unsupported": 1})
        );
        assert_in_order(
            &text,
            &[
                "version",
                "files",
                "path",
                "figures",
                "text",
                "line",
                "column",
                "end_line",
                "end_column",
                "byte_start",
                "byte_end",
                "value",
                "kind",
                "unit",
                "verdict",
                "claim",
                "suggestion",
                "evidence",
                "source",
                "line",
                "column",
                "quote",
                "value",
            ],
        );
        assert_in_order(
            &text,
            &[
                "summary",
                "figures",
                "supported",
                "contradicted",
                "unsupported",
            ],
        );
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn figures_document_has_no_verdicts() {
        let report = robots_report();
        let listing = FigureReport {
            path: report.path.clone(),
            text: report.text.clone(),
            figures: report.findings.iter().map(|f| f.figure.clone()).collect(),
        };
        let mut out = Vec::new();
        write_figures_json(&mut out, &[listing]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("output is UTF-8");
        let doc: Value = serde_json::from_str(&text).expect("output is JSON");
        assert_eq!(doc["version"], 1);
        assert_eq!(doc["summary"], serde_json::json!({"figures": 4}));
        let figure = doc["files"][0]["figures"][1]
            .as_object()
            .expect("figure is an object");
        let keys: Vec<&str> = figure.keys().map(String::as_str).collect();
        let mut expected = vec![
            "byte_end",
            "byte_start",
            "column",
            "end_column",
            "end_line",
            "kind",
            "line",
            "text",
            "unit",
            "value",
        ];
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(figure["column"], 12);
        assert_eq!(figure["line"], 4);
    }

    #[test]
    fn empty_run_is_still_a_document() {
        let mut out = Vec::new();
        write_json(&mut out, &[]).expect("writes to a Vec");
        let doc: Value = serde_json::from_slice(&out).expect("output is JSON");
        assert_eq!(doc["files"], Value::Array(vec![]));
        assert_eq!(doc["summary"]["figures"], 0);
    }
}
