//! `.claims` files: every line is read on its own; errors name a line of the file and
//! render with it.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let src = common::text(data);
    let lines = src.lines().count().max(1);
    for entry in figcheck_claims::parse_claims_file(&src) {
        match entry {
            Ok(line) => assert!(line.line >= 1 && line.line <= lines),
            Err(e) => {
                assert!(
                    e.line >= 1 && e.line <= lines,
                    "error line {} of {lines}",
                    e.line
                );
                let _ = e.render(&src);
            }
        }
    }
});
