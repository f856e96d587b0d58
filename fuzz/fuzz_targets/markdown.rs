//! The Markdown front end: prose ranges in bounds and in order, then the extractor over
//! them with the same properties as plain text.
#![no_main]

use figcheck_figures::Format;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    let mut last_end = 0;
    for r in figcheck_figures::prose_ranges(&text, Format::Markdown) {
        common::assert_range(&text, r.range.start, r.range.end, "prose range");
        assert!(r.range.start >= last_end, "prose ranges in order");
        last_end = r.range.end;
    }
    common::check_extract(&text, Format::Markdown);
});
