//! The figure extractor on plain text: no panic, positions right in all three units,
//! contexts inside the text.
#![no_main]

use figcheck_figures::Format;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    common::check_extract(&text, Format::Plain);
});
