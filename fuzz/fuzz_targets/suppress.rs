//! Suppression comments: parsed from any draft in either format, every directive at a
//! real position.
#![no_main]

use figcheck_check::suppress;
use figcheck_figures::Format;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    for format in [Format::Markdown, Format::Plain] {
        let s = suppress::parse(&text, format);
        let index = figcheck_figures::LineIndex::new(&text);
        for d in s.directives() {
            common::assert_range(&text, d.span.start, d.span.end, "directive");
            assert_eq!(
                &text[d.span.clone()],
                d.comment,
                "directive text matches its span"
            );
            assert_eq!(
                d.start,
                index.position(&text, d.span.start),
                "directive start"
            );
            assert_eq!(d.end, index.position(&text, d.span.end), "directive end");
        }
        for at in [0, text.len() / 2, text.len()] {
            let _ = s.in_comment(at);
        }
    }
});
