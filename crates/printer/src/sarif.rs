//! SARIF 2.1.0: the static-analysis exchange format GitHub code scanning reads.
//!
//! One run, one result per reported figure (rule `contradicted` or `unsupported`, and
//! `supported` only when a config asks for supported figures to be reported) and per
//! unused suppression comment (`unused-suppression`). Each result has the draft location,
//! the message, the sources as related locations, a fingerprint, and, for a contradicted
//! figure with a suggestion, a fix.
//!
//! Columns: the run declares `columnKind: "unicodeCodePoints"`, and every column is a
//! 1-based count of characters, the same numbers the human and JSON output show. SARIF's
//! default unit is UTF-16 code units, which differ only after characters outside the
//! Basic Multilingual Plane (emoji); counting characters keeps the evidence locations
//! exact too, since figcheck knows a source figure's column in characters but does not
//! keep the source text around to count UTF-16 units. `endColumn` is exclusive, as SARIF
//! defines it: the column just after the figure.
//!
//! The tests validate this output against the official schema
//! (`tests/schemas/sarif-schema-2.1.0.json`).

use std::io::Write;

use figcheck_check::{Evidence, Finding, Unused, Verdict};
use figcheck_figures::{LineIndex, Position};
use serde::Serialize;

use crate::describe::{RULES, UNUSED_SUPPRESSION, headline, place, rule_index};
use crate::fingerprint::Fingerprints;
use crate::{FileReport, PrintError, Severity, ToolInfo};

/// The `$schema` of every SARIF log figcheck writes.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'a str,
    version: &'a str,
    semantic_version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'a str>,
    rules: Vec<RuleJson>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleJson {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

impl Text {
    fn new(text: impl Into<String>) -> Text {
        Text { text: text.into() }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: Fingerprint,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Properties>,
}

/// `partialFingerprints`: one key, whose `/v1` changes if the fingerprint's recipe does.
#[derive(Serialize)]
struct Fingerprint {
    #[serde(rename = "figcheck/v1")]
    value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    /// None for a converted source's figure: its lines are not the file's.
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: [Replacement; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

/// What a figure result carries beyond SARIF's own fields, for tools that want it.
#[derive(Serialize)]
struct Properties {
    verdict: &'static str,
    claim: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
}

/// Writes one SARIF log for the whole run.
pub fn write_sarif(
    out: &mut dyn Write,
    reports: &[FileReport],
    tool: &ToolInfo,
) -> Result<(), PrintError> {
    let mut results = Vec::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        let uri = artifact_uri(&report.path);
        let mut fingerprints = Fingerprints::default();
        // (line, column, result) so comments slot in among figures in text order.
        let mut file_results: Vec<(usize, usize, SarifResult)> = Vec::new();
        for (finding, level) in report.reported() {
            let line_text = crate::fingerprint::finding_line(&report.text, &index, finding.start);
            let fingerprint = fingerprints.next(&[
                finding.verdict.as_str(),
                &report.path,
                &finding.figure.text,
                line_text,
            ]);
            file_results.push((
                finding.start.line,
                finding.start.column,
                figure_result(finding, level, &uri, fingerprint),
            ));
        }
        for unused in &report.unused {
            let fingerprint =
                fingerprints.next(&[UNUSED_SUPPRESSION, &report.path, &unused.comment]);
            file_results.push((
                unused.start.line,
                unused.start.column,
                unused_result(unused, &uri, fingerprint),
            ));
        }
        file_results.sort_by_key(|(line, column, _)| (*line, *column));
        results.extend(file_results.into_iter().map(|(_, _, r)| r));
    }
    let log = Log {
        schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: &tool.name,
                    version: &tool.version,
                    semantic_version: &tool.version,
                    information_uri: tool.information_uri.as_deref(),
                    rules: RULES
                        .iter()
                        .map(|r| RuleJson {
                            id: r.id,
                            name: r.name,
                            short_description: Text::new(r.short),
                            full_description: Text::new(r.full),
                            help: Text::new(r.help),
                            default_configuration: Configuration {
                                level: match r.id {
                                    "contradicted" => "error",
                                    "supported" => "note",
                                    _ => "warning",
                                },
                            },
                        })
                        .collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: true,
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)?;
    Ok(())
}

fn sarif_level(level: Severity) -> &'static str {
    match level {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
        Severity::Off => "none",
    }
}

fn figure_result(f: &Finding, level: Severity, uri: &str, fingerprint: String) -> SarifResult {
    let rule_id = f.verdict.as_str();
    let mut message = escape(&headline(f));
    // SARIF messages may link to related locations by id: `[text](1)`.
    for (i, e) in f.evidence.iter().take(1).enumerate() {
        message.push_str(&format!(
            "\nsource: [{}]({}) \"{}\"",
            escape(&place(e)),
            i + 1,
            escape(&e.quote)
        ));
    }
    message.push_str(&format!("\nclaim: {}", escape(&f.claim.to_string())));
    let location_region = region(f.start, f.end, Some(&f.figure.text));
    let fixes = match (&f.verdict, &f.suggestion) {
        (Verdict::Contradicted, Some(s)) => vec![Fix {
            description: Text::new(format!("Replace {} with {s}", f.figure.text)),
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation {
                    uri: uri.to_owned(),
                },
                replacements: [Replacement {
                    deleted_region: region(f.start, f.end, None),
                    inserted_content: Text::new(s.clone()),
                }],
            }],
        }],
        _ => Vec::new(),
    };
    SarifResult {
        rule_id,
        rule_index: rule_index(rule_id),
        level: sarif_level(level),
        message: Text { text: message },
        locations: [Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri.to_owned(),
                },
                region: Some(location_region),
            },
            message: None,
        }],
        related_locations: f
            .evidence
            .iter()
            .enumerate()
            .map(|(i, e)| evidence_location(i + 1, e))
            .collect(),
        partial_fingerprints: Fingerprint { value: fingerprint },
        fixes,
        properties: Some(Properties {
            verdict: rule_id,
            claim: f.claim.to_string(),
            suggestion: f.suggestion.clone(),
        }),
    }
}

fn unused_result(u: &Unused, uri: &str, fingerprint: String) -> SarifResult {
    SarifResult {
        rule_id: UNUSED_SUPPRESSION,
        rule_index: rule_index(UNUSED_SUPPRESSION),
        level: "warning",
        message: Text::new(escape(&u.message)),
        locations: [Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri.to_owned(),
                },
                region: Some(region(u.start, u.end, Some(&u.comment))),
            },
            message: None,
        }],
        related_locations: Vec::new(),
        partial_fingerprints: Fingerprint { value: fingerprint },
        fixes: Vec::new(),
        properties: None,
    }
}

fn region(start: Position, end: Position, snippet: Option<&str>) -> Region {
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        snippet: snippet.map(Text::new),
    }
}

/// A source figure as a related location, with its sentence as the message.
fn evidence_location(id: usize, e: &Evidence) -> Location {
    Location {
        id: Some(id),
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: artifact_uri(&e.source),
            },
            region: e.place.is_none().then(|| Region {
                start_line: e.line,
                start_column: e.column,
                end_line: e.line,
                end_column: e.column + e.text.chars().count(),
                snippet: Some(Text::new(e.text.clone())),
            }),
        },
        message: Some(Text::new(match &e.place {
            Some(place) => format!("{place}: {}", e.quote),
            None => e.quote.clone(),
        })),
    }
}

/// Escapes plain message text so SARIF viewers do not read brackets as embedded links.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A path as a SARIF artifact URI: relative paths stay relative (GitHub resolves them
/// against the repository root, where CI runs figcheck), with `/` separators and
/// percent-encoding; absolute paths become `file://` URIs.
pub(crate) fn artifact_uri(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let trimmed = slashed.trim_start_matches("./");
    let is_windows_absolute = trimmed.len() > 2
        && trimmed.as_bytes()[1] == b':'
        && trimmed.as_bytes()[0].is_ascii_alphabetic()
        && trimmed.as_bytes()[2] == b'/';
    let encoded = percent_encode(trimmed);
    if trimmed.starts_with('/') {
        format!("file://{encoded}")
    } else if is_windows_absolute {
        format!("file:///{encoded}")
    } else {
        encoded
    }
}

/// Percent-encodes everything but unreserved characters, `/` and the drive colon.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, b) in path.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
            || (b == b':' && i == 1);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::Levels;
    use crate::testdata::{robots_report, unused_comment};

    pub(crate) fn tool() -> ToolInfo {
        ToolInfo {
            name: "figcheck".to_owned(),
            version: "0.0.0-test".to_owned(),
            information_uri: Some("https://example.org/figcheck".to_owned()),
        }
    }

    fn render(reports: &[FileReport]) -> Value {
        let mut out = Vec::new();
        write_sarif(&mut out, reports, &tool()).expect("writes to a Vec");
        serde_json::from_slice(&out).expect("SARIF is JSON")
    }

    #[test]
    fn one_result_per_reported_figure() {
        let log = render(&[robots_report()]);
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "figcheck");
        assert_eq!(run["tool"]["driver"]["version"], "0.0.0-test");
        let results = run["results"].as_array().expect("results");
        // The supported figure is not a result.
        let rules: Vec<&str> = results
            .iter()
            .filter_map(|r| r["ruleId"].as_str())
            .collect();
        assert_eq!(rules, ["contradicted", "contradicted", "unsupported"]);
        let first = &results[0];
        assert_eq!(first["level"], "error");
        let region = &first["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (region["startLine"].as_u64(), region["startColumn"].as_u64()),
            (Some(3), Some(17))
        );
        assert_eq!(
            (region["endLine"].as_u64(), region["endColumn"].as_u64()),
            (Some(3), Some(23))
        );
        assert_eq!(
            first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "drafts/robots.md"
        );
        let related = &first["relatedLocations"][0];
        assert_eq!(related["id"], 1);
        assert_eq!(
            related["physicalLocation"]["artifactLocation"]["uri"],
            "corpus/003_57944011cd868486.txt"
        );
        assert_eq!(related["physicalLocation"]["region"]["startLine"], 27);
        let message = first["message"]["text"].as_str().expect("message");
        assert!(
            message.starts_with("31,600 — the source says 30,600\nsource: [corpus/"),
            "{message}"
        );
        assert!(message.contains("](1) "), "{message}");
        assert_eq!(
            first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
            "30,600"
        );
        // Korean text before the second figure: columns count characters.
        let korean = &results[1]["locations"][0]["physicalLocation"]["region"];
        assert_eq!(korean["startColumn"], 12);
        assert_eq!(results[2]["level"], "warning");
        let prints: Vec<&str> = results
            .iter()
            .filter_map(|r| r["partialFingerprints"]["figcheck/v1"].as_str())
            .collect();
        assert_eq!(prints.len(), 3);
        assert_ne!(prints[0], prints[1], "same figure on another line");
    }

    #[test]
    fn levels_follow_the_report_and_unused_comments_are_warnings() {
        let mut report = robots_report();
        report.levels = Levels {
            contradicted: Severity::Warning,
            unsupported: Severity::Off,
            supported: Severity::Info,
            disagreement: Severity::Info,
        };
        report.unused.push(unused_comment());
        let log = render(&[report]);
        let results = log["runs"][0]["results"].as_array().expect("results");
        let got: Vec<(&str, &str)> = results
            .iter()
            .filter_map(|r| Some((r["ruleId"].as_str()?, r["level"].as_str()?)))
            .collect();
        assert_eq!(
            got,
            [
                ("unused-suppression", "warning"),
                ("contradicted", "warning"),
                ("contradicted", "warning"),
                ("supported", "note"),
            ]
        );
        assert_eq!(results[0]["ruleIndex"], 3);
        assert_eq!(results[3]["ruleIndex"], 2);
    }

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(artifact_uri("./drafts/a b.md"), "drafts/a%20b.md");
        assert_eq!(artifact_uri("drafts\\한.md"), "drafts/%ED%95%9C.md");
        assert_eq!(artifact_uri("/tmp/x#1.md"), "file:///tmp/x%231.md");
        assert_eq!(artifact_uri("C:\\d\\x.md"), "file:///C:/d/x.md");
    }

    #[test]
    fn brackets_in_messages_are_escaped() {
        assert_eq!(escape("a [b] \\c"), "a \\[b\\] \\\\c");
    }
}
