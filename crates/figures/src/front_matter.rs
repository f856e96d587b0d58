//! What a draft's front matter says about checking it: the sources it was written from.
//!
//! A reporter's draft has its sources; the rest of the corpus (an archive, wire copy) is
//! background that restates the same measures with other values. A draft that names its
//! sources (`sources: [reports/robots-2025.txt, "wire/2025-06-*"]` in YAML front matter,
//! `sources = [...]` in TOML) is checked against them first. Parsing is done by
//! `yaml-rust2` and `toml`; this module only finds the block (with pulldown-cmark, as the
//! prose reader does) and reads the keys figcheck uses.

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag};
use yaml_rust2::{Yaml, YamlLoader};

use crate::Format;

/// The keys of a draft's front matter that figcheck reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// Paths or globs of the sources the draft was written from, matched as a claim's
    /// scope is: against a source's file name or its path as figcheck shows it.
    pub sources: Vec<String>,
}

/// Front matter figcheck cannot read. Only a block that names `sources` is an error:
/// front matter is the site generator's, and figcheck has no say in the rest of it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FrontMatterError {
    #[error("front matter line {line}: {message}")]
    Syntax { line: usize, message: String },
    #[error("front matter: `sources` must be a path or glob, or a list of them")]
    Sources,
}

/// Reads the front matter at the top of a Markdown draft; a draft without any, and a
/// plain-text one, has none of these keys.
pub fn front_matter(text: &str, format: Format) -> Result<FrontMatter, FrontMatterError> {
    if format != Format::Markdown {
        return Ok(FrontMatter::default());
    }
    let Some((kind, block)) = metadata_block(text) else {
        return Ok(FrontMatter::default());
    };
    let names_sources = block.lines().any(|l| l.trim_start().starts_with("sources"));
    let sources = match kind {
        MetadataBlockKind::YamlStyle => yaml_sources(&block),
        MetadataBlockKind::PlusesStyle => toml_sources(&block),
    };
    match sources {
        Ok(sources) => Ok(FrontMatter { sources }),
        Err(e) if names_sources => Err(e),
        Err(_) => Ok(FrontMatter::default()),
    }
}

/// The date a Markdown source gives itself in its front matter (`date: 2024-05-01`,
/// `date = 2024-05-01` in TOML, or any date figcheck reads in prose: "May 1, 2024",
/// "2023"), as a date figure's value: `yyyymmdd`, unknown parts zero (2023 is
/// `20230000`). An archive restates a measure year after year; with its sources' dates
/// the engine can tell the newest value from the stale ones. `None` without a date, or
/// with one figcheck cannot read: a source's date is never a reason to fail.
pub fn source_date(text: &str, format: Format) -> Option<u32> {
    if format != Format::Markdown {
        return None;
    }
    let (kind, block) = metadata_block(text)?;
    let written = match kind {
        MetadataBlockKind::YamlStyle => {
            let docs = YamlLoader::load_from_str(&block).ok()?;
            match &docs.first()?["date"] {
                Yaml::String(s) => s.clone(),
                Yaml::Integer(year) => year.to_string(),
                _ => return None,
            }
        }
        MetadataBlockKind::PlusesStyle => {
            let table: toml::Table = toml::from_str(&block).ok()?;
            match table.get("date")? {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(year) => year.to_string(),
                _ => return None,
            }
        }
    };
    date_value(&written)
}

/// `2024-05-01T10:00:00Z`, "May 1, 2024", "2023" → `yyyymmdd`: the first date or year
/// the extractor reads in it.
fn date_value(written: &str) -> Option<u32> {
    // An RFC 3339 timestamp's time says nothing a date does not.
    let iso = written
        .trim()
        .split(['T', ' '])
        .next()
        .and_then(|d| {
            let mut parts = d.split('-');
            let (y, m, dd) = (parts.next()?, parts.next()?, parts.next()?);
            let all_digits =
                |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
            (parts.next().is_none() && all_digits(y, 4) && all_digits(m, 2) && all_digits(dd, 2))
                .then(|| format!("{y}{m}{dd}").parse::<u32>().ok())
                .flatten()
        })
        .filter(|v| (1..=12).contains(&(v / 100 % 100)) && (1..=31).contains(&(v % 100)));
    if iso.is_some() {
        return iso;
    }
    crate::extract(written, Format::Plain)
        .into_iter()
        .find_map(|f| match f.quantity.kind {
            crate::Kind::Date => Some(f.quantity.value),
            crate::Kind::Year => Some(f.quantity.value * 10_000.0),
            _ => None,
        })
        // a year is needed: "May 1" alone reads as 501, no date of any source
        .filter(|v| v.is_finite() && *v >= 1e7 && *v < 1e8)
        .map(|v| v as u32)
}

/// The metadata block's text, if the draft opens with one.
fn metadata_block(text: &str) -> Option<(MetadataBlockKind, String)> {
    // pulldown-cmark opens a metadata block only where a line starts with `---` or `+++`,
    // so a draft whose first non-blank line starts otherwise has none: the common case
    // is answered without parsing the whole draft (this runs on every check).
    let first = text.split(['\n', '\r']).find(|l| !l.trim().is_empty())?;
    if !first.starts_with(['-', '+']) {
        return None;
    }
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut events = Parser::new_ext(text, opts);
    let Some(Event::Start(Tag::MetadataBlock(kind))) = events.next() else {
        return None;
    };
    let mut block = String::new();
    for event in events {
        match event {
            Event::Text(t) => block.push_str(&t),
            _ => break,
        }
    }
    Some((kind, block))
}

fn yaml_sources(block: &str) -> Result<Vec<String>, FrontMatterError> {
    let docs = YamlLoader::load_from_str(block).map_err(|e| FrontMatterError::Syntax {
        // The marker counts lines from 1 within the block, which starts on the line after
        // the opening `---`.
        line: e.marker().line() + 1,
        message: e.info().to_string(),
    })?;
    let Some(doc) = docs.first() else {
        return Ok(Vec::new());
    };
    let one = |y: &Yaml| match y {
        Yaml::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        _ => Err(FrontMatterError::Sources),
    };
    match &doc["sources"] {
        Yaml::BadValue | Yaml::Null => Ok(Vec::new()),
        Yaml::Array(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

fn toml_sources(block: &str) -> Result<Vec<String>, FrontMatterError> {
    let table: toml::Table = toml::from_str(block).map_err(|e| FrontMatterError::Syntax {
        // Counted in bytes: the span is a byte offset, and a newline is one byte.
        line: e.span().map_or(2, |s| {
            let before = &block.as_bytes()[..s.start.min(block.len())];
            before.iter().filter(|&&b| b == b'\n').count() + 2
        }),
        message: e.message().to_string(),
    })?;
    let one = |v: &toml::Value| match v {
        toml::Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        _ => Err(FrontMatterError::Sources),
    };
    match table.get("sources") {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items.iter().map(one).collect(),
        Some(other) => Ok(vec![one(other)?]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front_matter_md(text: &str) -> Result<FrontMatter, FrontMatterError> {
        front_matter(text, Format::Markdown)
    }

    fn sources(text: &str) -> Vec<String> {
        front_matter(text, Format::Markdown)
            .expect("front matter reads")
            .sources
    }

    #[test]
    fn yaml_lists_and_single_sources() {
        let md = "---\ntitle: Robots\nsources:\n  - corpus/003_*.txt\n  - \"notes/a b.md\"\n---\n\nKorea 30,600.\n";
        assert_eq!(sources(md), ["corpus/003_*.txt", "notes/a b.md"]);
        assert_eq!(
            sources("---\nsources: [a.txt, b.txt]\n---\nx\n"),
            ["a.txt", "b.txt"]
        );
        assert_eq!(sources("---\nsources: a.txt\n---\nx\n"), ["a.txt"]);
    }

    #[test]
    fn plain_text_has_no_front_matter() {
        let txt = "---\nsources: [a.txt]\n---\nx\n";
        assert_eq!(sources(txt), ["a.txt"]);
        assert!(
            front_matter(txt, Format::Plain)
                .expect("reads")
                .sources
                .is_empty()
        );
        // Blank lines before the block, as pulldown-cmark allows them.
        assert_eq!(sources("\n  \n---\nsources: b.txt\n---\nx\n"), ["b.txt"]);
    }

    #[test]
    fn a_source_dates_itself_in_its_front_matter() {
        let date = |t: &str| source_date(t, Format::Markdown);
        assert_eq!(date("---\ndate: 2024-05-01\n---\nx\n"), Some(20240501));
        assert_eq!(
            date("---\ndate: 2024-05-01T10:00:00Z\n---\nx\n"),
            Some(20240501)
        );
        assert_eq!(date("---\ndate: May 1, 2024\n---\nx\n"), Some(20240501));
        assert_eq!(date("---\ndate: 2023\n---\nx\n"), Some(20230000));
        assert_eq!(date("+++\ndate = 2024-05-01\n+++\nx\n"), Some(20240501));
        assert_eq!(date("+++\ndate = \"2022-12-31\"\n+++\nx\n"), Some(20221231));
        // no date, an unreadable one, no front matter, a text source
        assert_eq!(date("---\ntitle: x\n---\nx\n"), None);
        assert_eq!(date("---\ndate: soon\n---\nx\n"), None);
        assert_eq!(date("---\ndate: May 1\n---\nx\n"), None);
        assert_eq!(date("---\ndate: [unclosed\n---\nx\n"), None);
        assert_eq!(date("date: 2024-05-01\n"), None);
        assert_eq!(
            source_date("---\ndate: 2024-05-01\n---\nx\n", Format::Plain),
            None
        );
    }

    #[test]
    fn toml_front_matter() {
        let md = "+++\ntitle = \"Robots\"\nsources = [\"a.txt\", \"b/*.md\"]\n+++\n\nText.\n";
        assert_eq!(sources(md), ["a.txt", "b/*.md"]);
    }

    #[test]
    fn no_front_matter_or_no_sources_is_none() {
        assert!(sources("Korea installed 30,600 robots.\n").is_empty());
        assert!(sources("---\ntitle: Robots\n---\nx\n").is_empty());
        // A thematic break later in the text is not front matter.
        assert!(sources("Text.\n\n---\nsources: a.txt\n---\n").is_empty());
    }

    #[test]
    fn broken_front_matter_is_an_error_only_when_it_names_sources() {
        assert!(sources("---\ntitle: [unclosed\n---\nx\n").is_empty());
        let err = front_matter_md("---\ntitle: x\nsources: [unclosed\n---\nx\n");
        assert!(
            matches!(err, Err(FrontMatterError::Syntax { line: 3.., .. })),
            "{err:?}"
        );
        let err = front_matter_md("+++\ntitle = 'x'\nsources = [\n+++\nx\n");
        assert!(
            matches!(err, Err(FrontMatterError::Syntax { line: 3.., .. })),
            "{err:?}"
        );
        assert_eq!(
            front_matter_md("---\nsources:\n  - 3\n---\nx\n"),
            Err(FrontMatterError::Sources)
        );
        assert_eq!(
            front_matter_md("---\nsources: {a: b}\n---\nx\n"),
            Err(FrontMatterError::Sources)
        );
    }
}
