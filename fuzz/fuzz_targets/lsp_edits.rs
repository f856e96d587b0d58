//! The language server's incremental sync: a document edited change by change, with
//! ranges in either position encoding, holds the same text as the client's own copy (a
//! full resync), and every position it reports maps back to itself.
#![no_main]

use arbitrary::Arbitrary;
use figcheck_lsp::fuzzing::{Edit, check_edits};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    initial: String,
    utf8: bool,
    edits: Vec<(u8, u8, u8, u8, String)>,
}

fuzz_target!(|input: Input| {
    let edits: Vec<Edit> = input
        .edits
        .into_iter()
        .take(32)
        .map(|(l0, c0, l1, c1, text)| Edit {
            start: (u32::from(l0 % 16), u32::from(c0)),
            end: (u32::from(l1 % 16), u32::from(c1)),
            text,
        })
        .collect();
    check_edits(&input.initial, input.utf8, &edits);
});
