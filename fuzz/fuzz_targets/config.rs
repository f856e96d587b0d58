//! `figcheck.toml`: any text gives a config or an error, never a panic, and a config it
//! accepts resolves its corpus folders and sources.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    if let Ok(config) = figcheck_config::Config::parse(&text, Path::new("figcheck.toml")) {
        let _ = config.corpus_dirs();
        let _ = config.sources();
        let _ = config.index_dir();
    }
});
