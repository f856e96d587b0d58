//! The claim parser: never panics, errors point inside the input, and a claim it accepts
//! prints as text that parses back to the same claim (what lets users paste a claim
//! figcheck printed into `figcheck query`).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let src = common::text(data);
    match figcheck_claims::parse(&src) {
        Ok(claim) => {
            let printed = claim.to_string();
            let again = figcheck_claims::parse(&printed).unwrap_or_else(|e| {
                panic!("{printed:?} (printed from {src:?}) does not parse: {e}")
            });
            assert_eq!(
                again, claim,
                "{printed:?} parses back to the claim it was printed from"
            );
        }
        Err(e) => {
            let _ = e.render(&src);
            let _ = e.to_string();
        }
    }
});
