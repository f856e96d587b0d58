//! Findings → what the editor shows: diagnostics, hovers, code actions, definitions.
//!
//! Everything here is a pure function of one [`Analysis`] (the findings for one version
//! of one document) and the negotiated encoding, so each feature is tested without a
//! protocol session, and no feature can disagree with another about where a figure is.

use std::collections::HashMap;
use std::sync::Arc;

use figcheck_check::{Evidence, Finding, Unused, Verdict};
use figcheck_claims::FileError;
use figcheck_figures::Format;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, Hover, HoverContents, Location, MarkupContent, MarkupKind, NumberOrString,
    Position, Range, TextEdit, Uri, WorkspaceEdit,
};

use crate::checker::Loaded;
use crate::text::{Encoding, Indexed, Kind};
use figcheck_check::suppress::{DISABLE_COMMENT, ignore_comment};
use figcheck_printer::{Levels, Severity, UNUSED_SUPPRESSION, headline_with};

/// The diagnostic code of a claims-file line that does not parse.
pub const CLAIM_SYNTAX: &str = "claim-syntax";

/// The findings for one version of one document, with the text they were found in.
#[derive(Debug)]
pub struct Analysis {
    pub version: i32,
    pub content: Arc<Indexed>,
    pub kind: Kind,
    pub findings: Vec<Finding>,
    /// Suppression comments that silence nothing.
    pub unused: Vec<Unused>,
    /// For a claims file: the lines that do not parse.
    pub syntax: Vec<FileError>,
    pub loaded: Arc<Loaded>,
}

impl Analysis {
    fn range(&self, f: &Finding, enc: Encoding) -> Range {
        self.content.range(f.start.byte, f.end.byte, enc)
    }

    /// `corpus/003_….txt:23`, or `sources/report.pdf, page 3`: where a writer finds the
    /// evidence.
    fn label(&self, e: &Evidence) -> String {
        let shown = self
            .loaded
            .source(&e.source)
            .map_or(e.source.as_str(), |src| src.shown.as_str());
        match &e.place {
            Some(place) => format!("{shown}, {place}"),
            None => format!("{shown}:{}", e.line),
        }
    }

    /// Where the figure is in the source, as a link; reads the source the first time.
    /// None for a converted source (a PDF, a workbook): an editor cannot open it at a line,
    /// and the label names the page or cell.
    fn location(&self, e: &Evidence, enc: Encoding) -> Option<Location> {
        if e.place.is_some() {
            return None;
        }
        let uri = self.loaded.source(&e.source)?.uri.clone()?;
        let content = self.loaded.source_content(&e.source)?;
        Some(Location::new(uri, content.range(e.start, e.end, enc)))
    }

    /// The diagnostic's message: the words every front end uses for the finding, then
    /// where the best source says so, since the editor's problem list shows no more.
    fn message(&self, f: &Finding) -> String {
        let line = headline_with(f, &|e| self.label(e));
        match (f.verdict, f.evidence.first()) {
            (Verdict::Unsupported, _) | (_, None) => line,
            // the headline already says where each value is stated
            _ if !f.disagreeing.is_empty() => line,
            (_, Some(e)) => format!("{line} ({})", self.label(e)),
        }
    }

    fn diagnostic(&self, f: &Finding, level: Severity, enc: Encoding) -> Option<Diagnostic> {
        let severity = match level {
            Severity::Off => return None,
            Severity::Hint => DiagnosticSeverity::HINT,
            Severity::Info => DiagnosticSeverity::INFORMATION,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Error => DiagnosticSeverity::ERROR,
        };
        let related: Vec<DiagnosticRelatedInformation> = f
            .evidence
            .iter()
            .chain(
                // the disagreeing figures not already among the evidence
                f.disagreeing
                    .iter()
                    .filter(|d| !f.evidence.iter().any(|e| e.same_figure(d))),
            )
            .filter_map(|e| {
                Some(DiagnosticRelatedInformation {
                    location: self.location(e, enc)?,
                    message: format!("\u{201c}{}\u{201d}", e.quote),
                })
            })
            .collect();
        Some(Diagnostic {
            range: self.range(f, enc),
            severity: Some(severity),
            code: Some(NumberOrString::String(f.verdict.as_str().to_string())),
            source: Some("figcheck".to_string()),
            message: self.message(f),
            related_information: (!related.is_empty()).then_some(related),
            ..Diagnostic::default()
        })
    }

    fn unused_diagnostic(&self, u: &Unused, enc: Encoding) -> Diagnostic {
        Diagnostic {
            range: self.content.range(u.span.start, u.span.end, enc),
            severity: Some(DiagnosticSeverity::WARNING),
            code: Some(NumberOrString::String(UNUSED_SUPPRESSION.to_string())),
            source: Some("figcheck".to_string()),
            message: u.message.clone(),
            ..Diagnostic::default()
        }
    }

    /// A claims-file line that does not parse: an error from where the parser stopped
    /// to the end of the token there, with the parser's words and its help.
    fn syntax_diagnostic(&self, e: &FileError, enc: Encoding) -> Diagnostic {
        let text = &self.content.text;
        let line_start = self.content.index.line_start(e.line).unwrap_or(0);
        let line = self.content.index.line_text(text, e.line).unwrap_or("");
        let at = figcheck_figures::floor_char_boundary(line, e.error.offset);
        let token = line[at..]
            .find(char::is_whitespace)
            .unwrap_or(line.len() - at);
        let start = line_start + at;
        let mut message = format!("expected {}, found {}", e.error.expected, e.error.found);
        if let Some(help) = &e.error.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        Diagnostic {
            range: self.content.range(start, start + token, enc),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String(CLAIM_SYNTAX.to_string())),
            source: Some("figcheck".to_string()),
            message,
            ..Diagnostic::default()
        }
    }

    /// The levels this document's findings are shown at: a claims file's claims are
    /// facts pinned on purpose, so any not supported is an error, as in `figcheck check`.
    fn levels<'a>(&self, configured: &'a Levels) -> &'a Levels {
        match self.kind {
            Kind::Claims => &Levels::CLAIMS,
            Kind::Draft(_) => configured,
        }
    }

    /// One diagnostic per reported figure and per suppression comment that silences
    /// nothing, in text order; in a claims file, one per line that does not parse too.
    pub fn diagnostics(&self, levels: &Levels, enc: Encoding) -> Vec<Diagnostic> {
        let levels = self.levels(levels);
        let figures = self
            .findings
            .iter()
            .filter_map(|f| Some((f.start.byte, self.diagnostic(f, levels.of_finding(f), enc)?)));
        let comments = self
            .unused
            .iter()
            .map(|u| (u.span.start, self.unused_diagnostic(u, enc)));
        let syntax = self.syntax.iter().map(|e| {
            let at = self.content.index.line_start(e.line).unwrap_or(0) + e.error.offset;
            (at, self.syntax_diagnostic(e, enc))
        });
        let mut all: Vec<(usize, Diagnostic)> = figures.chain(comments).chain(syntax).collect();
        all.sort_by_key(|(at, _)| *at);
        all.into_iter().map(|(_, d)| d).collect()
    }

    /// The finding under the cursor; a cursor just after a figure still counts, as that is
    /// where it sits after typing one.
    pub fn finding_at(&self, pos: Position, enc: Encoding) -> Option<&Finding> {
        let byte = self.content.byte(pos, enc);
        self.findings
            .iter()
            .find(|f| f.start.byte <= byte && byte <= f.end.byte)
    }

    /// The verdict, the claim, and the source sentence with its file and line.
    pub fn hover(&self, pos: Position, enc: Encoding, markdown: bool) -> Option<Hover> {
        let f = self.finding_at(pos, enc)?;
        let disagree = !f.disagreeing.is_empty();
        let headline = match (f.verdict, f.suggestion.as_deref(), f.derivation.as_deref()) {
            (v, _, _) if disagree => format!("{}: the sources disagree", v.as_str()),
            (Verdict::Contradicted, Some(s), Some(d)) => {
                format!("contradicted: the sources give {s}: {d}")
            }
            (Verdict::Contradicted, Some(s), _) => format!("contradicted: the source says {s}"),
            (Verdict::Supported, _, Some(d)) => format!("supported, derived: {d}"),
            (v, _, _) => v.as_str().to_string(),
        };
        let value = if markdown {
            let mut out = format!("**figcheck: {headline}**\n\nclaim: `{}`", f.claim);
            for e in f.evidence.iter().take(1).chain(&f.disagreeing) {
                let label = self.label(e);
                let link = match self.location(e, enc) {
                    Some(l) => format!("[{label}]({}#L{})", l.uri.as_str(), e.line),
                    None => label,
                };
                out.push_str(&format!("\n\n> {}\n\n{link}", escape_markdown(&e.quote)));
            }
            if !f.considered.is_empty() {
                out.push_str("\n\n**why** (candidates weighed, best first):");
                for line in why(f) {
                    out.push_str(&format!("\n- {}", escape_markdown(&line)));
                }
            }
            out
        } else {
            let mut out = format!("figcheck: {headline}\nclaim: {}", f.claim);
            for e in f.evidence.iter().take(1).chain(&f.disagreeing) {
                let label = self.label(e);
                out.push_str(&format!("\n\u{201c}{}\u{201d}\n{label}", e.quote));
            }
            if !f.considered.is_empty() {
                out.push_str("\nwhy (candidates weighed, best first):");
                for line in why(f) {
                    out.push_str(&format!("\n  {line}"));
                }
            }
            out
        };
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: if markdown {
                    MarkupKind::Markdown
                } else {
                    MarkupKind::PlainText
                },
                value,
            }),
            range: Some(self.range(f, enc)),
        })
    }

    /// How the engine judged the figure under the cursor, as `figcheck explain` prints
    /// it (the candidates the server kept for hovers), or why there is nothing to say.
    pub fn explain(&self, uri: &Uri, pos: Position, enc: Encoding) -> String {
        let Some(f) = self.finding_at(pos, enc) else {
            return "figcheck: no figure at the cursor".to_string();
        };
        let shown = uri
            .path()
            .as_str()
            .rsplit('/')
            .next()
            .unwrap_or("draft")
            .to_string();
        figcheck_printer::explanation(
            &shown,
            &f.figure.text,
            &f.start,
            &f.claim,
            f.verdict,
            f.suggestion.as_deref(),
            f.derivation.as_deref(),
            &f.considered,
            f.considered.len(),
        )
    }

    /// Where the source states the figure under the cursor (or states another value).
    pub fn definition(&self, pos: Position, enc: Encoding) -> Option<Location> {
        let f = self.finding_at(pos, enc)?;
        f.evidence.iter().find_map(|e| self.location(e, enc))
    }

    /// Quick fixes for the reported figures that `range` touches: replace a contradicted
    /// figure with the source's value, ignore one figure, or ignore the whole file.
    pub fn code_actions(
        &self,
        uri: &Uri,
        range: Range,
        levels: &Levels,
        enc: Encoding,
    ) -> Vec<CodeActionOrCommand> {
        let levels = self.levels(levels);
        let wanted = self.content.bytes(range, enc);
        let mut actions = Vec::new();
        let mut diagnostics = Vec::new();
        for f in &self.findings {
            let touches = f.start.byte <= wanted.end && wanted.start <= f.end.byte;
            if !touches {
                continue;
            }
            let Some(diag) = self.diagnostic(f, levels.of_finding(f), enc) else {
                continue;
            };
            if let (Verdict::Contradicted, Some(s)) = (f.verdict, f.suggestion.as_deref()) {
                let from = f.evidence.first().map(|e| self.label(e));
                let title = match from {
                    Some(p) => format!("Replace with {s} ({p})"),
                    None => format!("Replace with {s}"),
                };
                actions.push(quickfix(
                    title,
                    uri,
                    TextEdit::new(self.range(f, enc), s.to_string()),
                    &diag,
                    true,
                ));
            } else if f.verdict == Verdict::Contradicted && !f.disagreeing.is_empty() {
                // The sources disagree and none is known to be the newest: one fix per
                // value, none preferred, each naming where it is stated.
                for e in f.evidence.iter().take(1).chain(&f.disagreeing) {
                    let value = f.figure.quantity.render(e.value);
                    if value == f.figure.text {
                        continue;
                    }
                    actions.push(quickfix(
                        format!("Replace with {value} ({})", self.label(e)),
                        uri,
                        TextEdit::new(self.range(f, enc), value),
                        &diag,
                        false,
                    ));
                }
            }
            // A claims file's lines are claims: nothing in it is silenced by a comment.
            if self.kind == Kind::Claims {
                continue;
            }
            let line_start = self.content.index.line_start(f.start.line).unwrap_or(0);
            let indent: String = self.content.text[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let at = self.content.position(line_start, enc);
            let insert = format!(
                "{indent}{}{}",
                ignore_comment(&f.figure.text),
                self.content.newline()
            );
            actions.push(quickfix(
                "Ignore this figure".to_string(),
                uri,
                TextEdit::new(Range::new(at, at), insert),
                &diag,
                false,
            ));
            diagnostics.push(diag);
        }
        for u in &self.unused {
            let touches = u.span.start <= wanted.end && wanted.start <= u.span.end;
            if touches {
                let diag = self.unused_diagnostic(u, enc);
                let edit = TextEdit::new(self.whole_lines_of(u.span.clone(), enc), String::new());
                actions.push(quickfix(
                    "Remove this comment".to_string(),
                    uri,
                    edit,
                    &diag,
                    true,
                ));
            }
        }
        if !diagnostics.is_empty() {
            let at = self.content.position(self.top_insertion_byte(), enc);
            let edit = TextEdit::new(
                Range::new(at, at),
                format!("{DISABLE_COMMENT}{}", self.content.newline()),
            );
            let mut action = quickfix(
                "Ignore in this file".to_string(),
                uri,
                edit,
                &diagnostics[0],
                false,
            );
            if let CodeActionOrCommand::CodeAction(a) = &mut action {
                a.diagnostics = Some(diagnostics);
            }
            actions.push(action);
        }
        actions
    }

    /// The range to delete to remove `span`: its whole line (with the line end) when
    /// nothing else is on it, else just the span.
    fn whole_lines_of(&self, span: std::ops::Range<usize>, enc: Encoding) -> Range {
        let text = &self.content.text;
        let idx = &self.content.index;
        let first = idx.position(text, span.start).line;
        let last = idx.position(text, span.end).line;
        let start = idx.line_start(first).unwrap_or(span.start);
        let end = idx.line_start(last + 1).unwrap_or(text.len());
        let before = text.get(start..span.start).unwrap_or("x");
        let after = text.get(span.end..end).unwrap_or("x");
        if before.trim().is_empty() && after.trim().is_empty() {
            self.content.range(start, end, enc)
        } else {
            self.content.range(span.start, span.end, enc)
        }
    }

    /// Where a file-wide comment goes: the top, but after YAML or TOML front matter, which
    /// must stay the first thing in a Markdown file.
    fn top_insertion_byte(&self) -> usize {
        let idx = &self.content.index;
        let text = &self.content.text;
        if self.kind.format() != Format::Markdown {
            return 0;
        }
        let fence = match idx.line_text(text, 1) {
            Some(l @ ("---" | "+++")) => l,
            _ => return 0,
        };
        for line in 2..=idx.line_count() {
            let l = idx.line_text(text, line).unwrap_or_default();
            if l == fence || (fence == "---" && l == "...") {
                return idx.line_start(line + 1).unwrap_or(text.len());
            }
        }
        0
    }
}

fn quickfix(
    title: String,
    uri: &Uri,
    edit: TextEdit,
    diag: &Diagnostic,
    preferred: bool,
) -> CodeActionOrCommand {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), vec![edit]);
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag.clone()]),
        edit: Some(WorkspaceEdit::new(changes)),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

/// Keeps a quoted source sentence from being read as Markdown markup.
fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One line per candidate a finding kept: what it did, how probable, where, and the
/// features that weighed most: `supports p=0.93 report.md:12:5 "45%" (coverage +2.8, …)`.
fn why(f: &Finding) -> Vec<String> {
    f.considered
        .iter()
        .map(|c| {
            let reasons: Vec<String> = c
                .contributions
                .iter()
                .take(3)
                .map(|(name, v)| format!("{name} {v:+.1}"))
                .collect();
            format!(
                "{} p={:.2} {} \"{}\" ({})",
                c.role.as_str(),
                c.probability,
                c.evidence.location(),
                c.evidence.text,
                reasons.join(", ")
            )
        })
        .collect()
}
