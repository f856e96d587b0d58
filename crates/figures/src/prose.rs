//! Which parts of a draft are prose.
//!
//! Figures are only looked for in prose: a number in a code span, a link destination or
//! front matter is not a claim about the world. Markdown is parsed with pulldown-cmark and
//! every text event keeps its exact byte range in the source, so positions never drift.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// How to read a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    /// Everything is prose.
    Plain,
}

impl Format {
    /// `.md`, `.markdown`, `.mdx` and `.mkd` are Markdown; everything else is plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdx" | "mkd") => Format::Markdown,
            _ => Format::Plain,
        }
    }
}

/// A run of prose: its byte range, and whether it opens a heading (whose leading
/// section number, "2.1", is structure rather than a figure).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProseRange {
    pub range: Range<usize>,
    pub heading_start: bool,
}

/// The byte ranges of `text` that are prose, in order. Adjacent text events are merged so
/// that "30,600" split by the parser at an entity or soft break still reads as one run.
pub fn prose_ranges(text: &str, format: Format) -> Vec<ProseRange> {
    match format {
        Format::Plain => vec![ProseRange {
            range: 0..text.len(),
            heading_start: false,
        }],
        Format::Markdown => markdown_prose(text),
    }
}

fn markdown_prose(text: &str) -> Vec<ProseRange> {
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH;
    let mut out: Vec<ProseRange> = Vec::new();
    // Depth of constructs whose text is not prose (autolinks, whose text is the URL;
    // images, whose alt text is rarely a claim; metadata blocks).
    let mut skip = 0usize;
    let mut heading_pending = false;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            })
            | Event::Start(Tag::Image { .. })
            | Event::Start(Tag::MetadataBlock(_))
            | Event::Start(Tag::CodeBlock(_))
            | Event::Start(Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image)
                // Only autolinks/images incremented; ordinary links' ends are no-ops.
                if skip > 0 && is_skipped_link_end(text, &range) => {
                    skip -= 1;
                }
            Event::End(TagEnd::MetadataBlock(_))
            | Event::End(TagEnd::CodeBlock)
            | Event::End(TagEnd::HtmlBlock) => skip = skip.saturating_sub(1),
            Event::Start(Tag::Heading { level, .. }) => {
                heading_pending = level <= HeadingLevel::H6;
            }
            Event::Text(_) if skip == 0 => {
                let heading_start = std::mem::take(&mut heading_pending);
                // Emphasis markers between two runs ("per **10,000** workers") do not
                // break the prose: the scanner must still see "per" before the number.
                let joins = |end: usize| {
                    end <= range.start
                        && text[end..range.start].chars().all(|c| matches!(c, '*' | '_' | '~'))
                };
                match out.last_mut() {
                    Some(last) if joins(last.range.end) && !heading_start => {
                        last.range.end = range.end
                    }
                    _ => out.push(ProseRange {
                        range,
                        heading_start,
                    }),
                }
            }
            Event::SoftBreak if skip == 0 => {
                if let Some(last) = out.last_mut()
                    && last.range.end == range.start
                {
                    last.range.end = range.end;
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether the `End(Link|Image)` at `range` closes an autolink or image (the only links
/// whose text we skip). Autolinks are written `<…>`; images start with `!`.
fn is_skipped_link_end(text: &str, range: &Range<usize>) -> bool {
    let s = &text[range.clone()];
    (s.starts_with('<') && s.ends_with('>')) || s.starts_with('!')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> Vec<&str> {
        prose_ranges(text, Format::Markdown)
            .into_iter()
            .map(|r| &text[r.range])
            .collect()
    }

    #[test]
    fn code_front_matter_and_urls_are_not_prose() {
        let md = "---\nyear: 2020\n---\n\nKorea had `42` and <https://x.org/2020>.\n\n```\n31,600\n```\n\n<div>77</div>\n";
        let p = prose(md);
        assert_eq!(p, vec!["Korea had ", " and ", "."]);
    }

    #[test]
    fn link_text_is_prose_but_not_its_destination() {
        let md = "See [30,600 robots](https://example.org/2024/robots).";
        let p = prose(md);
        assert!(p.iter().any(|s| s.contains("30,600")));
        assert!(!p.iter().any(|s| s.contains("2024")));
    }

    #[test]
    fn list_markers_are_not_prose() {
        let p = prose("1. first item\n2. second 44\n");
        assert!(p.iter().all(|s| !s.starts_with('1') && !s.starts_with('2')));
        assert!(p.iter().any(|s| s.contains("44")));
    }
}
