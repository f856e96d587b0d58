//! Suppressions: the figures a writer or an editor has decided not to hear about.
//!
//! Two sources, one module, so the CLI and the language server silence exactly the same
//! figures:
//!
//! - **Inline comments** in the draft, HTML comments so they are invisible in rendered
//!   Markdown (and harmless in plain text):
//!   - `<!-- figcheck-disable -->` … `<!-- figcheck-enable -->`: every figure in between
//!     (to the end of the file when there is no `figcheck-enable`);
//!   - `<!-- figcheck-disable-next-line -->`: every figure on the next line;
//!   - `<!-- figcheck-ignore 30,600 -->`: the figure written `30,600` on the next line.
//!
//!   Any of them may end with ` -- why`, a reason for the next reader, which is ignored.
//!   A suppression that silences nothing is returned as [`Unused`], so stale ones get
//!   cleaned up instead of hiding the next real error; so is a `figcheck-…` comment that
//!   is not one of the four (a misspelt directive that silently did nothing would be
//!   worse).
//! - **Configured ignores** (`[ignore]` in `figcheck.toml`): figures as written, and
//!   phrases whose sentence is off limits; see [`Ignores`].
//!
//! Figures inside a comment are never findings: the extractor skips HTML in Markdown, but
//! a plain-text draft is all prose to it, and `<!-- figcheck-ignore 30,600 -->` must not
//! itself be reported as an unsupported 30,600.
//!
//! ```
//! use figcheck_check::suppress;
//! use figcheck_figures::Format;
//! let text = "<!-- figcheck-disable-next-line -->\nKorea installed 31,600 robots.\n";
//! let s = suppress::parse(text, Format::Markdown);
//! assert_eq!(s.directives().len(), 1);
//! assert_eq!(s.directives()[0].kind, suppress::DirectiveKind::DisableNextLine);
//! ```

use std::ops::Range;

use figcheck_figures::{Format, LineIndex, Position};
use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::{Finding, Verdict};

/// What one `<!-- figcheck-… -->` comment asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `figcheck-disable`: silence everything up to the next `figcheck-enable`.
    Disable,
    /// `figcheck-enable`: end the region a `figcheck-disable` opened.
    Enable,
    /// `figcheck-disable-next-line`: silence the line after the comment.
    DisableNextLine,
    /// `figcheck-ignore <figure>`: silence that figure, as written, on the next line.
    Ignore(String),
    /// A `figcheck-…` comment that is none of the above (a typo, most likely), with the
    /// word as written.
    Unknown(String),
}

/// One suppression comment and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// Byte range of the whole comment, `<!--` to `-->`.
    pub span: Range<usize>,
    pub start: Position,
    pub end: Position,
    /// The comment as written.
    pub comment: String,
}

/// A suppression comment that silenced nothing, or that figcheck cannot read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unused {
    /// Byte range of the comment.
    pub span: Range<usize>,
    /// Where the comment starts and ends (1-based lines, columns in characters and UTF-16).
    pub start: Position,
    pub end: Position,
    /// The comment as written.
    pub comment: String,
    /// Why it is reported, for people: "suppresses nothing: no figure on the next line".
    pub message: String,
}

impl Unused {
    /// 1-based line of the comment's start.
    pub fn line(&self) -> usize {
        self.start.line
    }

    /// 1-based column, in characters, of the comment's start.
    pub fn column(&self) -> usize {
        self.start.column
    }
}

/// The comment that suppresses one figure on the next line, as [`parse`] reads it: what a
/// quick fix writes.
pub fn ignore_comment(figure: &str) -> String {
    format!("<!-- figcheck-ignore {figure} -->")
}

/// The comment that turns figcheck off from here to the end of the file (or the next
/// `figcheck-enable`).
pub const DISABLE_COMMENT: &str = "<!-- figcheck-disable -->";

/// The suppression comments of one draft. Build with [`parse`], use with
/// [`Suppressions::apply`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suppressions {
    directives: Vec<Directive>,
    /// Byte ranges of every comment, figcheck's or not: no figure lives in one.
    comments: Vec<Range<usize>>,
}

/// Reads the suppression comments of a draft.
///
/// In Markdown, only comments the Markdown parser sees as HTML count: one shown inside a
/// code span or block (in a draft that documents figcheck, say) is text, not a directive.
/// In plain text every `<!-- … -->` is a comment.
pub fn parse(text: &str, format: Format) -> Suppressions {
    let index = LineIndex::new(text);
    let html = match format {
        Format::Markdown => Some(markdown_html_ranges(text)),
        Format::Plain => None,
    };
    let mut out = Suppressions::default();
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--").map(|i| from + i) {
        let body_start = open + 4;
        let Some(close) = text[body_start..].find("-->").map(|i| body_start + i) else {
            break;
        };
        let span = open..close + 3;
        from = span.end;
        if let Some(html) = &html
            && !html.iter().any(|r| r.start <= open && open < r.end)
        {
            continue;
        }
        out.comments.push(span.clone());
        if let Some(kind) = directive_kind(&text[body_start..close]) {
            out.directives.push(Directive {
                kind,
                start: index.position(text, span.start),
                end: index.position(text, span.end),
                comment: text[span.clone()].to_owned(),
                span,
            });
        }
    }
    out
}

/// Byte ranges of a Markdown text that its parser reads as HTML (blocks and inline).
fn markdown_html_ranges(text: &str) -> Vec<Range<usize>> {
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(text, opts)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::HtmlBlock) | Event::Html(_) | Event::InlineHtml(_) => Some(range),
            _ => None,
        })
        .collect()
}

/// The directive in a comment's body, if it is one of figcheck's.
fn directive_kind(body: &str) -> Option<DirectiveKind> {
    let body = body.trim();
    // ` -- why` is a reason for people; only what comes before it is the directive.
    let body = body.split_once(" -- ").map_or(body, |(d, _)| d).trim_end();
    let (word, rest) = match body.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim()),
        None => (body, ""),
    };
    let name = word.strip_prefix("figcheck-")?;
    Some(match (name, rest.is_empty()) {
        ("disable", true) => DirectiveKind::Disable,
        ("enable", true) => DirectiveKind::Enable,
        ("disable-next-line", true) => DirectiveKind::DisableNextLine,
        ("ignore", _) => DirectiveKind::Ignore(rest.to_owned()),
        _ => DirectiveKind::Unknown(body.to_owned()),
    })
}

/// Figure text as compared by `figcheck-ignore` and `[ignore] figures`: runs of any
/// whitespace (thin and no-break spaces included) as one space, case folded.
fn normalise(figure: &str) -> String {
    figure
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What a directive covers, worked out once per [`Suppressions::apply`].
enum Cover {
    /// Bytes from the end of a `figcheck-disable` to the next `figcheck-enable`.
    Region(Range<usize>),
    /// Every figure on a line.
    Line(usize),
    /// Figures on a line written like this (normalised).
    Figure(usize, String),
    /// Nothing; the reason is given if nothing else uses the directive.
    Nothing(String),
}

impl Suppressions {
    /// The figcheck directives found, in text order.
    pub fn directives(&self) -> &[Directive] {
        &self.directives
    }

    /// Whether byte offset `at` is inside a comment (where nothing is a figure).
    pub fn in_comment(&self, at: usize) -> bool {
        self.comments.iter().any(|c| c.start <= at && at < c.end)
    }

    /// Drops the findings the comments silence, and reports the comments that silenced
    /// nothing. A comment counts as used when it silences a contradicted or unsupported
    /// figure; see [`Suppressions::apply_with`] to decide otherwise.
    pub fn apply(&self, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Unused>) {
        self.apply_with(findings, |f| f.verdict != Verdict::Supported)
    }

    /// Like [`Suppressions::apply`], with the caller saying which findings would have been
    /// reported (`reported`): silencing a finding that would not have been shown anyway (a
    /// supported figure, or a verdict whose severity is `off`) does not make a comment
    /// used. Findings inside comments are dropped without counting.
    pub fn apply_with(
        &self,
        findings: Vec<Finding>,
        reported: impl Fn(&Finding) -> bool,
    ) -> (Vec<Finding>, Vec<Unused>) {
        let covers = self.covers();
        let mut used = vec![false; self.directives.len()];
        let mut kept = Vec::with_capacity(findings.len());
        for finding in findings {
            if self.in_comment(finding.figure.start) {
                continue;
            }
            let mut silenced = false;
            for (i, cover) in covers.iter().enumerate() {
                if covers_finding(cover, &finding) {
                    silenced = true;
                    used[i] |= reported(&finding);
                }
            }
            if !silenced {
                kept.push(finding);
            }
        }
        let unused = self
            .directives
            .iter()
            .zip(&covers)
            .zip(used)
            .filter(|(_, used)| !used)
            .filter_map(|((d, cover), _)| {
                let message = match cover {
                    Cover::Nothing(reason) if reason.is_empty() => return None,
                    Cover::Nothing(reason) => reason.clone(),
                    Cover::Region(_) => {
                        "suppresses nothing: no reported figure before figcheck-enable or the end of the file".to_owned()
                    }
                    Cover::Line(line) => {
                        format!("suppresses nothing: no reported figure on line {line}")
                    }
                    Cover::Figure(line, figure) => format!(
                        "suppresses nothing: no reported figure `{figure}` on line {line}"
                    ),
                };
                Some(Unused {
                    span: d.span.clone(),
                    start: d.start,
                    end: d.end,
                    comment: d.comment.clone(),
                    message,
                })
            })
            .collect();
        (kept, unused)
    }

    /// What each directive covers, in the same order as `self.directives`.
    fn covers(&self) -> Vec<Cover> {
        let mut covers: Vec<Cover> = Vec::with_capacity(self.directives.len());
        // The `figcheck-disable` whose region is open, by index into `covers`.
        let mut open: Option<usize> = None;
        for (i, d) in self.directives.iter().enumerate() {
            let next_line = d.end.line + 1;
            let cover = match &d.kind {
                DirectiveKind::Disable => match open {
                    Some(o) => Cover::Nothing(format!(
                        "suppresses nothing: figcheck is already disabled by the comment on line {}",
                        self.directives[o].start.line
                    )),
                    None => {
                        open = Some(i);
                        Cover::Region(d.span.end..usize::MAX)
                    }
                },
                DirectiveKind::Enable => match open.take() {
                    Some(o) => {
                        if let Cover::Region(r) = &mut covers[o] {
                            r.end = d.span.start;
                        }
                        // Closing a region is its use; the region itself is judged on
                        // its `figcheck-disable`.
                        Cover::Nothing(String::new())
                    }
                    None => Cover::Nothing(
                        "suppresses nothing: figcheck-enable without a figcheck-disable before it"
                            .to_owned(),
                    ),
                },
                DirectiveKind::DisableNextLine => Cover::Line(next_line),
                DirectiveKind::Ignore(figure) if figure.is_empty() => Cover::Nothing(
                    "suppresses nothing: figcheck-ignore needs the figure to ignore, as in `figcheck-ignore 30,600`"
                        .to_owned(),
                ),
                DirectiveKind::Ignore(figure) => Cover::Figure(next_line, normalise(figure)),
                DirectiveKind::Unknown(word) => Cover::Nothing(format!(
                    "`{word}` is not a figcheck directive (figcheck-disable, figcheck-enable, figcheck-disable-next-line, figcheck-ignore <figure>)"
                )),
            };
            covers.push(cover);
        }
        covers
    }
}

fn covers_finding(cover: &Cover, f: &Finding) -> bool {
    match cover {
        Cover::Region(r) => r.start <= f.figure.start && f.figure.start < r.end,
        Cover::Line(line) => f.start.line == *line,
        Cover::Figure(line, figure) => {
            f.start.line == *line && normalise(&f.figure.text) == *figure
        }
        Cover::Nothing(_) => false,
    }
}

/// Figures a project never wants reported, from `[ignore]` in `figcheck.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ignores {
    figures: Vec<String>,
    phrases: Vec<String>,
}

impl Ignores {
    /// `figures` are matched against a figure as written (whitespace and case aside);
    /// `phrases` against the figure's sentence, case-insensitively.
    pub fn new(figures: &[String], phrases: &[String]) -> Ignores {
        Ignores {
            figures: figures.iter().map(|f| normalise(f)).collect(),
            phrases: phrases
                .iter()
                .map(|p| p.trim().to_lowercase())
                .filter(|p| !p.is_empty())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.figures.is_empty() && self.phrases.is_empty()
    }

    /// The findings of `text` that no configured ignore matches, in their order.
    pub fn retain(&self, text: &str, findings: Vec<Finding>) -> Vec<Finding> {
        if self.is_empty() {
            return findings;
        }
        let sentences = if self.phrases.is_empty() {
            Vec::new()
        } else {
            figcheck_figures::sentences(text)
        };
        findings
            .into_iter()
            .filter(|f| {
                if self.figures.contains(&normalise(&f.figure.text)) {
                    return false;
                }
                let sentence = sentences
                    .iter()
                    .find(|s| s.start <= f.figure.start && f.figure.start < s.end)
                    .and_then(|s| text.get(s.clone()))
                    .map(str::to_lowercase);
                !sentence.is_some_and(|s| self.phrases.iter().any(|p| s.contains(p.as_str())))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::{Claim, Comparison};
    use figcheck_figures::{Figure, extract};

    /// Findings for every figure the extractor sees in `text` (plain format, so figures in
    /// comments are found too), all unsupported.
    fn findings(text: &str) -> Vec<Finding> {
        let index = LineIndex::new(text);
        extract(text, Format::Plain)
            .into_iter()
            .map(|figure: Figure| Finding {
                start: index.position(text, figure.start),
                end: index.position(text, figure.end),
                claim: Claim {
                    terms: Vec::new(),
                    comparison: Comparison::Eq,
                    quantity: figure.quantity.clone(),
                    tolerance: None,
                    scope: None,
                    counted: Vec::new(),
                    partner: None,
                    reached: false,
                    dated: None,
                    dateline: false,
                    companions: Vec::new(),
                    earlier: Vec::new(),
                },
                figure,
                verdict: Verdict::Unsupported,
                suggestion: None,
                evidence: Vec::new(),
                derivation: None,
                disagreeing: Vec::new(),
                considered: Vec::new(),
            })
            .collect()
    }

    fn run(text: &str, format: Format) -> (Vec<String>, Vec<(usize, String)>) {
        let (kept, unused) = parse(text, format).apply(findings(text));
        (
            kept.into_iter().map(|f| f.figure.text).collect(),
            unused.into_iter().map(|u| (u.line(), u.message)).collect(),
        )
    }

    #[test]
    fn disable_until_enable() {
        let text = "Korea had 31,600 robots.\n<!-- figcheck-disable -->\nJapan had 44,500 robots.\nChina had 295,000.\n<!-- figcheck-enable -->\nThe US had 34,200.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["31,600", "34,200"]);
        assert!(unused.is_empty(), "{unused:?}");
    }

    #[test]
    fn disable_without_enable_runs_to_the_end() {
        let text = "Korea had 31,600 robots.\n\n<!-- figcheck-disable -->\n\nJapan had 44,500.\n\nChina had 295,000.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["31,600"]);
        assert!(unused.is_empty());
    }

    #[test]
    fn disable_next_line_takes_only_the_next_line() {
        let text = "<!-- figcheck-disable-next-line -->\nJapan had 44,500 and China 295,000.\nThe US had 34,200.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["34,200"]);
        assert!(unused.is_empty());
    }

    #[test]
    fn ignore_takes_one_figure_by_its_text() {
        let text = "<!-- figcheck-ignore 44,500 -- Japan's, checked by phone -->\nJapan had 44,500 and China 295,000.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["295,000"]);
        assert!(unused.is_empty());
    }

    #[test]
    fn stale_suppressions_are_reported() {
        let text = "<!-- figcheck-ignore 31,600 -->\nJapan had 44,500.\n\n<!-- figcheck-disable-next-line -->\n\nKorea had 30,600.\n\n<!-- figcheck-enable -->\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["44,500", "30,600"]);
        assert_eq!(unused.len(), 3, "{unused:?}");
        assert_eq!(
            unused[0],
            (
                1,
                "suppresses nothing: no reported figure `31,600` on line 2".to_owned()
            )
        );
        assert_eq!(
            unused[1],
            (
                4,
                "suppresses nothing: no reported figure on line 5".to_owned()
            )
        );
        assert!(unused[2].1.contains("without a figcheck-disable"));
    }

    #[test]
    fn a_region_over_unreported_figures_only_is_unused() {
        let text = "<!-- figcheck-disable -->\nKorea had 30,600.\n<!-- figcheck-enable -->\n";
        let s = parse(text, Format::Markdown);
        let (kept, unused) = s.apply_with(findings(text), |_| false);
        assert!(kept.is_empty(), "the figure is silenced all the same");
        assert_eq!(unused.len(), 1);
        assert_eq!(unused[0].line(), 1);
        assert_eq!(unused[0].comment, "<!-- figcheck-disable -->");
    }

    #[test]
    fn misspelt_directives_are_reported() {
        let text = "<!-- figcheck-disabel -->\nKorea had 31,600.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["31,600"]);
        assert_eq!(unused.len(), 1);
        assert!(
            unused[0]
                .1
                .contains("`figcheck-disabel` is not a figcheck directive")
        );
    }

    #[test]
    fn figures_inside_comments_are_not_findings_in_plain_text() {
        let text = "<!-- figcheck-ignore 30,600 -->\nKorea had 30,600.\n<!-- 77 robots, a note to self -->\n";
        let (kept, unused) = run(text, Format::Plain);
        assert!(kept.is_empty(), "{kept:?}");
        assert!(unused.is_empty(), "{unused:?}");
    }

    #[test]
    fn comments_in_markdown_code_are_not_directives() {
        let text = "Write `<!-- figcheck-disable -->` to stop figcheck.\n\n```\n<!-- figcheck-disable -->\n```\n\nKorea had 31,600.\n";
        let s = parse(text, Format::Markdown);
        assert!(s.directives().is_empty(), "{:?}", s.directives());
        let s = parse(text, Format::Plain);
        assert_eq!(s.directives().len(), 2);
    }

    #[test]
    fn inline_and_multiline_comments() {
        let text = "Korea had 31,600 <!-- figcheck-disable-next-line --> robots.\nJapan had 44,500.\n<!--\n  figcheck-ignore  295,000\n-->\nChina had 295,000.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert_eq!(kept, ["31,600"]);
        assert!(unused.is_empty(), "{unused:?}");
    }

    #[test]
    fn a_second_disable_is_redundant() {
        let text = "<!-- figcheck-disable -->\nKorea had 31,600.\n<!-- figcheck-disable -->\nJapan had 44,500.\n";
        let (kept, unused) = run(text, Format::Markdown);
        assert!(kept.is_empty());
        assert_eq!(unused.len(), 1);
        assert!(
            unused[0]
                .1
                .contains("already disabled by the comment on line 1")
        );
    }

    #[test]
    fn unterminated_comment_is_not_a_directive() {
        let s = parse("<!-- figcheck-disable\nKorea had 31,600.\n", Format::Plain);
        assert!(s.directives().is_empty());
    }

    #[test]
    fn configured_ignores() {
        let text = "It runs 24/7 with 30,600 robots. According to our own survey, 77% agree.\nIn 2026 Korea had 31,600.\n";
        let all = findings(text);
        let texts = |fs: Vec<Finding>| fs.into_iter().map(|f| f.figure.text).collect::<Vec<_>>();
        let before = texts(all.clone());
        assert!(before.contains(&"77%".to_owned()), "{before:?}");
        let ignores = Ignores::new(&["2026".to_owned()], &["OUR OWN survey".to_owned()]);
        let after = texts(ignores.retain(text, all));
        assert!(!after.contains(&"77%".to_owned()), "{after:?}");
        assert!(!after.contains(&"2026".to_owned()), "{after:?}");
        assert!(after.contains(&"31,600".to_owned()), "{after:?}");
        assert!(after.contains(&"30,600".to_owned()), "{after:?}");
    }
}
