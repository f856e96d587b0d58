//! The source readers (PDF, HTML, DOCX, ODT, CSV, spreadsheets): whatever the bytes, a
//! reader gives text or a reason, never a panic past its containment; its places are in
//! order, in bounds and on character boundaries; and the extractor reads what it wrote
//! with the properties it has on any Markdown. The first byte picks the reader; the
//! seeds are the format fixtures in tests/formats (scripts/fuzz.sh writes them in).
#![no_main]

use figcheck_corpus::read::{Converted, fuzzing};
use figcheck_figures::Format;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let read = match which % 8 {
        0 => fuzzing::csv(bytes),
        1 => fuzzing::html(bytes),
        2 => fuzzing::docx_xml(&common::text(bytes)),
        3 => fuzzing::docx(bytes),
        4 => fuzzing::workbook(bytes),
        5 => fuzzing::pdf(bytes),
        6 => fuzzing::odt_xml(&common::text(bytes)),
        _ => {
            // A PDF's pages as the PDF library gives them, split at form feeds.
            let text = common::text(bytes);
            let pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
            Ok(fuzzing::pdf_pages(&pages))
        }
    };
    if let Ok(converted) = read {
        check(&converted);
    }
});

fn check(c: &Converted) {
    let mut last = None;
    for (at, place) in c.places.marks() {
        common::assert_range(&c.text, at, at, "place mark");
        assert!(last.is_none_or(|l| l < at), "place marks in order");
        assert!(!place.is_empty(), "a place has a name");
        last = Some(at);
    }
    assert_eq!(c.format, Format::Markdown, "a converted source is Markdown");
    common::check_extract(&c.text, Format::Markdown);
}
