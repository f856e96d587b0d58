//! The review page: one self-contained HTML file an editor opens beside a pull request.
//!
//! Each draft is shown line by line, as written, with every figure highlighted by its
//! verdict; beside each flagged figure, in the same row, is what a reviewer needs to
//! judge it: the message every other format gives, the suggestion, the best source's
//! place and quote, and the claim that was checked (to paste into `figcheck query`).
//! A bar at the top counts the verdicts over the run.
//!
//! The page loads nothing: styles are inline, there is no script, and no font, image or
//! link leaves the file, so it opens the same from a CI artifact, an e-mail or an
//! air-gapped laptop. Lines stay lines (no Markdown rendering) so that line numbers match
//! every other report and the editor's gutter.

use std::io::Write;

use figcheck_check::{Finding, Unused, Verdict};
use figcheck_figures::LineIndex;

use crate::describe::headline;
use crate::{FileReport, PrintError, Severity, Summary, ToolInfo};

/// Writes the review page for `reports`.
pub fn write_html(
    out: &mut dyn Write,
    reports: &[FileReport],
    tool: &ToolInfo,
) -> Result<(), PrintError> {
    let total = Summary::of_reports(reports);
    let unused: usize = reports.iter().map(|r| r.unused.len()).sum();
    let files = plural(reports.len(), "file", "files");
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{} {}\">\n\
         <title>figcheck review: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&tool.name),
        escape(&tool.version),
        escape(&title(reports)),
    )?;
    writeln!(out, "<header>\n<h1>figcheck review</h1>")?;
    writeln!(
        out,
        "<p class=\"meta\">{files} checked by {} {}</p>",
        escape(&tool.name),
        escape(&tool.version)
    )?;
    write_summary(out, &total, unused)?;
    if reports.len() > 1 {
        writeln!(out, "<nav><ol class=\"files\">")?;
        for (n, report) in reports.iter().enumerate() {
            writeln!(
                out,
                "<li><a href=\"#file-{n}\">{}</a> <span class=\"counts\">{}</span></li>",
                escape(&report.path),
                escape(&Summary::of(&report.findings).to_string())
            )?;
        }
        writeln!(out, "</ol></nav>")?;
    }
    writeln!(out, "</header>\n<main>")?;
    for (n, report) in reports.iter().enumerate() {
        write_file(out, n, report)?;
    }
    writeln!(
        out,
        "</main>\n<footer>Written by figcheck, offline: this page loads nothing from the network.</footer>\n</body>\n</html>"
    )?;
    Ok(())
}

/// The page title: the draft's path, or how many drafts.
fn title(reports: &[FileReport]) -> String {
    match reports {
        [one] => one.path.clone(),
        many => plural(many.len(), "draft", "drafts"),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The verdicts in the order the page lists them: what needs fixing first.
const ORDER: [Verdict; 3] = [
    Verdict::Contradicted,
    Verdict::Unsupported,
    Verdict::Supported,
];

fn count(summary: &Summary, verdict: Verdict) -> usize {
    match verdict {
        Verdict::Contradicted => summary.contradicted,
        Verdict::Unsupported => summary.unsupported,
        Verdict::Supported => summary.supported,
    }
}

/// The bar of verdict counts, each segment as wide as its share, with the counts
/// written out beside it (the bar alone says nothing to a screen reader).
fn write_summary(out: &mut dyn Write, total: &Summary, unused: usize) -> Result<(), PrintError> {
    writeln!(
        out,
        "<div class=\"summary\" aria-label=\"{}\">",
        escape(&total.to_string())
    )?;
    write!(out, "<div class=\"bar\">")?;
    for verdict in ORDER {
        let n = count(total, verdict);
        if n > 0 {
            let share = 100.0 * n as f64 / total.figures.max(1) as f64;
            write!(
                out,
                "<span class=\"{v}\" style=\"width:{share:.3}%\" title=\"{n} {v}\"></span>",
                v = verdict.as_str()
            )?;
        }
    }
    writeln!(out, "</div>")?;
    write!(
        out,
        "<ul class=\"counts\"><li class=\"figures\" data-count=\"{n}\"><b>{n}</b> {}</li>",
        if total.figures == 1 {
            "figure"
        } else {
            "figures"
        },
        n = total.figures
    )?;
    for verdict in ORDER {
        write!(
            out,
            "<li class=\"{v}\" data-count=\"{n}\"><b>{n}</b> {v}</li>",
            v = verdict.as_str(),
            n = count(total, verdict)
        )?;
    }
    if unused > 0 {
        write!(
            out,
            "<li class=\"unused\" data-count=\"{unused}\"><b>{unused}</b> unused {}</li>",
            if unused == 1 {
                "suppression"
            } else {
                "suppressions"
            }
        )?;
    }
    writeln!(out, "</ul>\n</div>")?;
    Ok(())
}

/// One draft: a heading, then a row per line with the line's text (figures marked) and
/// the notes on its flagged figures.
fn write_file(out: &mut dyn Write, n: usize, report: &FileReport) -> Result<(), PrintError> {
    let text = report.text.as_str();
    let index = LineIndex::new(text);
    writeln!(
        out,
        "<section class=\"file\" id=\"file-{n}\">\n<h2>{}</h2>\n<p class=\"counts\">{}</p>",
        escape(&report.path),
        escape(&Summary::of(&report.findings).to_string())
    )?;
    writeln!(out, "<table class=\"draft\">")?;
    // Figures in text order, each marked once: a figure overlapping one already marked
    // keeps its note but not a second, tangled highlight.
    let mut findings: Vec<(usize, &Finding)> = report.findings.iter().enumerate().collect();
    findings.sort_by_key(|(_, f)| (f.figure.start, f.figure.end));
    let mut marked = Vec::new();
    let mut marked_to = 0;
    for &(i, f) in &findings {
        if f.figure.start >= marked_to && text.get(f.figure.start..f.figure.end).is_some() {
            marked.push((i, f));
            marked_to = f.figure.end;
        }
    }
    let mut next_mark = 0;
    for line in 1..=index.line_count() {
        let Some(start) = index.line_start(line) else {
            continue;
        };
        let line_text = index.line_text(text, line).unwrap_or("");
        let end = start + line_text.len();
        write!(
            out,
            "<tr id=\"file-{n}-L{line}\"><td class=\"ln\">{line}</td><td class=\"text\">"
        )?;
        // Marks are in text order; one may span lines (a figure written across a break).
        let mut at = start;
        while let Some(&(i, f)) = marked.get(next_mark) {
            if f.figure.start >= end {
                break;
            }
            let (from, to) = (f.figure.start.max(start), f.figure.end.min(end));
            if from > at {
                out.write_all(escape(text.get(at..from).unwrap_or("")).as_bytes())?;
            }
            let id = if f.figure.start >= start {
                format!(" id=\"fig-{n}-{i}\"")
            } else {
                String::new()
            };
            write!(
                out,
                "<mark class=\"fig {v}\"{id} data-verdict=\"{v}\" title=\"{}\">{}</mark>",
                escape(&headline(f)),
                escape(text.get(from..to).unwrap_or("")),
                v = f.verdict.as_str()
            )?;
            at = to.max(at);
            if f.figure.end > end {
                break;
            }
            next_mark += 1;
        }
        if at < end {
            out.write_all(escape(text.get(at..end).unwrap_or("")).as_bytes())?;
        }
        write!(out, "</td><td class=\"notes\">")?;
        for &(i, f) in findings.iter().filter(|(_, f)| f.start.line == line) {
            let level = report.levels.of_finding(f);
            if level != Severity::Off && f.verdict != Verdict::Supported {
                write_note(out, n, i, f, level)?;
            }
        }
        for unused in report.unused.iter().filter(|u| u.start.line == line) {
            write_unused(out, unused)?;
        }
        writeln!(out, "</td></tr>")?;
    }
    writeln!(out, "</table>\n</section>")?;
    Ok(())
}

/// The note beside a flagged figure.
fn write_note(
    out: &mut dyn Write,
    file: usize,
    i: usize,
    f: &Finding,
    level: Severity,
) -> Result<(), PrintError> {
    write!(
        out,
        "<div class=\"note {v}\" data-verdict=\"{v}\" data-level=\"{}\">\
         <a class=\"badge\" href=\"#fig-{file}-{i}\">{v}</a> <span class=\"headline\">{}</span>",
        level.as_str(),
        escape(&headline(f)),
        v = f.verdict.as_str()
    )?;
    if let Some(suggestion) = &f.suggestion {
        write!(
            out,
            "<div class=\"suggestion\">suggest: <b>{}</b></div>",
            escape(suggestion)
        )?;
    }
    if let Some(e) = f.evidence.first() {
        write!(
            out,
            "<blockquote class=\"quote\">{}</blockquote><div class=\"source\">{}</div>",
            escape(&e.quote),
            escape(&e.location())
        )?;
    }
    if let Some(arithmetic) = &f.derivation {
        write!(
            out,
            "<div class=\"derivation\">{}</div>",
            escape(arithmetic)
        )?;
    }
    write!(
        out,
        "<div class=\"claim\">claim: <code>{}</code></div></div>",
        escape(&f.claim.to_string())
    )?;
    Ok(())
}

fn write_unused(out: &mut dyn Write, u: &Unused) -> Result<(), PrintError> {
    write!(
        out,
        "<div class=\"note unused\"><span class=\"badge\">unused suppression</span> {}<div class=\"claim\"><code>{}</code></div></div>",
        escape(&u.message),
        escape(&u.comment)
    )?;
    Ok(())
}

/// Text made safe for HTML element content and double-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (other than tab) would make the page invalid HTML.
            c if c.is_control() && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root{--contradicted:#c62828;--unsupported:#b26a00;--supported:#2e7d32;--unused:#6a6a6a;
--bg:#fff;--fg:#1d1d1f;--muted:#666;--line:#eee;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#1b1b1d;--fg:#e8e8ea;--muted:#9a9a9f;--line:#2c2c30;
--contradicted:#ef6b6b;--unsupported:#f0b040;--supported:#6cc070}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;background:var(--bg);color:var(--fg)}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 16px}
h1{font-size:22px;margin:18px 0 2px}
h2{font-size:17px;margin:28px 0 2px;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.meta,.counts,footer{color:var(--muted);font-size:13px;margin:0 0 8px}
.summary .bar{display:flex;height:12px;border-radius:6px;overflow:hidden;background:var(--line);margin:10px 0 6px}
.bar span{display:block;height:100%}
.bar .contradicted{background:var(--contradicted)}.bar .unsupported{background:var(--unsupported)}
.bar .supported{background:var(--supported)}
ul.counts{list-style:none;padding:0;display:flex;gap:18px;flex-wrap:wrap;font-size:14px}
ul.counts li.contradicted b{color:var(--contradicted)}ul.counts li.unsupported b{color:var(--unsupported)}
ul.counts li.supported b{color:var(--supported)}ul.counts li.unused b{color:var(--unused)}
ol.files{font-size:14px;padding-left:22px}ol.files a{font-family:ui-monospace,monospace}
table.draft{border-collapse:collapse;width:100%;table-layout:fixed}
table.draft td{vertical-align:top;padding:1px 8px;border-bottom:1px solid var(--line)}
td.ln{width:48px;text-align:right;color:var(--muted);font:12px/1.9 ui-monospace,monospace;user-select:none}
td.text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,monospace;tab-size:4}
td.notes{width:42%}
mark.fig{background:none;color:inherit;border-radius:3px;padding:0 1px;border-bottom:2px solid}
mark.contradicted{background:rgba(198,40,40,.16);border-color:var(--contradicted)}
mark.unsupported{background:rgba(178,106,0,.16);border-color:var(--unsupported);border-bottom-style:dashed}
mark.supported{border-color:var(--supported);border-bottom-style:dotted}
mark:target{outline:2px solid currentColor}
.note{border-left:4px solid var(--unused);padding:4px 8px;margin:4px 0;font-size:13px;background:rgba(128,128,128,.07)}
.note.contradicted{border-color:var(--contradicted)}.note.unsupported{border-color:var(--unsupported)}
.badge{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.04em;text-decoration:none;color:inherit}
.note.contradicted .badge{color:var(--contradicted)}.note.unsupported .badge{color:var(--unsupported)}
.suggestion b{font-family:ui-monospace,monospace}
blockquote.quote{margin:4px 0;padding:0 0 0 8px;border-left:2px solid var(--line);font-style:italic}
.source,.claim,.derivation{color:var(--muted);font-size:12px;overflow-wrap:anywhere}
code{font-family:ui-monospace,monospace}
footer{margin:28px auto 20px}
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{robots_report, unused_comment};

    fn tool() -> ToolInfo {
        ToolInfo {
            name: "figcheck".into(),
            version: "0.0.0-test".into(),
            information_uri: None,
        }
    }

    fn page(reports: &[FileReport]) -> String {
        let mut out = Vec::new();
        write_html(&mut out, reports, &tool()).expect("write to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn every_figure_is_marked_with_its_verdict() {
        let html = page(&[robots_report()]);
        assert_eq!(html.matches("<mark class=\"fig contradicted\"").count(), 2);
        assert_eq!(html.matches("<mark class=\"fig unsupported\"").count(), 1);
        assert_eq!(html.matches("<mark class=\"fig supported\"").count(), 1);
        assert!(html.contains(">70-billion</mark> parameters."));
        // Korean text and an emoji before a mark stay whole.
        assert!(html.contains("한국 🤖 로봇 설치 <mark"), "{html}");
    }

    #[test]
    fn flags_have_notes_and_supported_figures_do_not() {
        let html = page(&[robots_report()]);
        assert_eq!(html.matches("<div class=\"note contradicted\"").count(), 2);
        assert_eq!(html.matches("<div class=\"note unsupported\"").count(), 1);
        assert!(!html.contains("<div class=\"note supported\""));
        assert!(html.contains("suggest: <b>30,600</b>"));
        assert!(
            html.contains("<blockquote class=\"quote\">Korea installed 30,600 industrial robots")
        );
        assert!(html.contains("corpus/003_57944011cd868486.txt:27:17"));
        assert!(html.contains("claim: <code>Korea installed = 31,600 robots</code>"));
    }

    #[test]
    fn the_summary_counts_every_verdict() {
        let mut report = robots_report();
        report.unused.push(unused_comment());
        let html = page(&[report.clone(), report]);
        assert!(html.contains("<li class=\"figures\" data-count=\"8\"><b>8</b> figures</li>"));
        assert!(html.contains("<li class=\"contradicted\" data-count=\"4\">"));
        assert!(html.contains("<li class=\"unsupported\" data-count=\"2\">"));
        assert!(html.contains("<li class=\"supported\" data-count=\"2\">"));
        assert!(
            html.contains("<li class=\"unused\" data-count=\"2\"><b>2</b> unused suppressions")
        );
        assert!(html.contains("<span class=\"contradicted\" style=\"width:50.000%\""));
        assert!(html.contains("<a href=\"#file-1\">drafts/robots.md</a>"));
    }

    #[test]
    fn text_is_escaped_and_nothing_is_fetched() {
        let mut report = robots_report();
        report.text = report
            .text
            .replacen("# Robots", "<script>alert(1)</script>", 1);
        let shift = "<script>alert(1)</script>".len() - "# Robots".len();
        for f in &mut report.findings {
            f.figure.start += shift;
            f.figure.end += shift;
        }
        report.path = "a&b \"x\".md".into();
        let html = page(&[report]);
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("a&amp;b &quot;x&quot;.md"));
        for fetch in ["src=", "href=\"http", "@import", "url("] {
            assert!(!html.contains(fetch), "{fetch}");
        }
    }

    #[test]
    fn a_figure_across_a_line_break_is_marked_on_both_lines() {
        let mut report = robots_report();
        report.text = "Korea installed 31,\n600 robots.\n".into();
        let index = LineIndex::new(&report.text);
        let mut f = report.findings[0].clone();
        f.figure.start = 16;
        f.figure.end = 23;
        f.start = index.position(&report.text, 16);
        f.end = index.position(&report.text, 23);
        report.findings = vec![f];
        let html = page(&[report]);
        assert!(html.contains("installed <mark class=\"fig contradicted\" id=\"fig-0-0\""));
        assert!(html.contains(">31,</mark>"), "{html}");
        assert!(html.contains("<td class=\"text\"><mark class=\"fig contradicted\" data-verdict"));
        assert!(html.contains(">600</mark> robots."), "{html}");
    }
}
