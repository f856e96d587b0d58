//! Web pages (HTML): the main text, without navigation, scripts and page furniture;
//! `<table>` elements read as tables.
//!
//! The main text is the page's `<main>`, else its `<article>`, else its `<body>` without
//! its `<header>`, `<footer>`, `<nav>` and `<aside>`: what a reader mode keeps of a
//! press release, and where a page's menus, view counters and phone numbers are not.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};

use super::layout::one_line;
use super::{Converted, Layout, Reader};

pub(crate) struct HtmlReader;

/// Never text: scripts, styles, forms and the like.
const NEVER_READ: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "form",
    "button", "select", "textarea", "head", "nav",
];

/// Page furniture, left out when the main text is the whole body.
const FURNITURE: &[&str] = &["header", "footer", "aside"];

/// Elements that end one block of text and start another.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "hr",
    "header",
    "footer",
    "aside",
    "caption",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

impl Reader for HtmlReader {
    fn name(&self) -> &'static str {
        "HTML"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm", "xhtml"]
    }

    fn read(&self, bytes: &[u8], _limit: u64) -> Result<Converted, String> {
        let text = super::text::utf8_text(bytes)?;
        let page = Html::parse_document(text);
        let (root, whole_body) = main_text(&page);
        let mut walk = Walk {
            skip_furniture: whole_body,
            ..Walk::default()
        };
        walk.node(*root);
        walk.flush();
        if walk.out.is_empty() {
            return Err("no text outside its scripts and navigation".to_string());
        }
        Ok(walk.out.finish())
    }
}

/// The element holding the main text, and whether it is the whole body.
fn main_text(page: &Html) -> (ElementRef<'_>, bool) {
    for (selector, whole) in [("main", false), ("article", false), ("body", true)] {
        if let Some(found) = Selector::parse(selector)
            .ok()
            .and_then(|s| page.select(&s).next())
        {
            return (found, whole);
        }
    }
    (page.root_element(), true)
}

#[derive(Default)]
struct Walk {
    out: Layout,
    skip_furniture: bool,
    /// Inline text collected for the block being read.
    pending: String,
    /// The heading level of the block being read, if it is a heading.
    heading: Option<usize>,
    blocks: usize,
    tables: usize,
}

impl Walk {
    fn node(&mut self, node: NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(t) => self.pending.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if NEVER_READ.contains(&name) || (self.skip_furniture && FURNITURE.contains(&name))
                {
                    return;
                }
                if name == "table" {
                    self.flush();
                    self.table(node);
                    return;
                }
                if name == "br" {
                    self.pending.push(' ');
                    return;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    self.flush();
                }
                if let Some(level) = name
                    .strip_prefix('h')
                    .and_then(|l| l.parse::<usize>().ok())
                    .filter(|l| (1..=6).contains(l))
                {
                    self.heading = Some(level);
                }
                for child in node.children() {
                    self.node(child);
                }
                if block {
                    self.flush();
                }
            }
            _ => {
                for child in node.children() {
                    self.node(child);
                }
            }
        }
    }

    /// Writes the text collected since the last block boundary.
    fn flush(&mut self) {
        let text = one_line(&std::mem::take(&mut self.pending));
        let heading = self.heading.take();
        if text.is_empty() {
            return;
        }
        self.blocks += 1;
        let place = format!("paragraph {}", self.blocks);
        match heading {
            Some(level) => self.out.heading(level, &text, place),
            None => self.out.paragraph(&text, place),
        }
    }

    fn table(&mut self, table: NodeRef<'_, Node>) {
        self.tables += 1;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut caption = String::new();
        collect_rows(table, &mut rows, &mut caption);
        let number = self.tables;
        if !caption.trim().is_empty() {
            self.out
                .paragraph(&caption, format!("table {number}, caption"));
        }
        self.out.table(&rows, &|i, j| {
            format!("table {number}, row {}, column {}", i + 1, j + 1)
        });
    }
}

/// The rows of a table (those of `thead`, `tbody` and `tfoot` alike, not those of a
/// table nested in a cell, whose text joins the cell's) and its caption.
fn collect_rows(node: NodeRef<'_, Node>, rows: &mut Vec<Vec<String>>, caption: &mut String) {
    for child in node.children() {
        let Node::Element(e) = child.value() else {
            continue;
        };
        match e.name() {
            "tr" => rows.push(
                child
                    .children()
                    .filter(|c| {
                        matches!(c.value(), Node::Element(e) if matches!(e.name(), "td" | "th"))
                    })
                    .map(|c| text_of(c))
                    .collect(),
            ),
            "caption" => caption.push_str(&text_of(child)),
            "thead" | "tbody" | "tfoot" => collect_rows(child, rows, caption),
            _ => {}
        }
    }
}

/// The text inside a node, scripts and styles left out.
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut text = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            let inside_code = d
                .ancestors()
                .any(|a| matches!(a.value(), Node::Element(e) if NEVER_READ.contains(&e.name())));
            if !inside_code {
                text.push_str(t);
                text.push(' ');
            }
        }
    }
    one_line(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Converted {
        HtmlReader.read(html.as_bytes(), 1 << 20).expect("readable")
    }

    #[test]
    fn the_main_text_is_read_and_the_furniture_is_not() {
        let c = read(
            "<html><head><title>T</title><script>var views = 48213;</script></head><body>\
             <header><nav>Top 10 stories</nav></header>\
             <main><h1>Robots</h1><p>Korea installed <strong>30,600</strong> robots,<br>a record.</p>\
             <table><caption>By country</caption><thead><tr><th>Country</th><th>Installed</th></tr></thead>\
             <tbody><tr><td>Japan</td><td>44,500</td></tr></tbody></table></main>\
             <footer>&copy; 2026</footer></body></html>",
        );
        assert_eq!(
            c.text,
            "# Robots\n\nKorea installed 30,600 robots, a record.\n\nBy country\n\n| Country | Installed |\n|---|---|\n| Japan | 44,500 |\n"
        );
        let at = |s: &str| c.text.find(s).and_then(|i| c.places.at(i));
        assert_eq!(at("30,600"), Some("paragraph 2"));
        assert_eq!(at("44,500"), Some("table 1, row 2, column 2"));
    }

    #[test]
    fn without_main_or_article_the_body_is_read_without_its_furniture() {
        let c = read(
            "<body><header>Call 555 0199</header><div>Prices rose 4%.</div><aside>Ad: 50% off</aside></body>",
        );
        assert_eq!(c.text, "Prices rose 4%.\n");
    }

    #[test]
    fn a_page_of_scripts_only_is_refused() {
        assert!(
            HtmlReader
                .read(b"<script>var x = 1;</script>", 1 << 20)
                .is_err()
        );
    }
}
