//! Opens (building or refreshing as needed) the index of a corpus dir and reports how long
//! each open took, to check the load budget of `figcheck check`:
//!
//! `cargo run --release -p figcheck-corpus --example load_time -- corpus [index dir] [runs]`

use std::path::PathBuf;
use std::time::Instant;

use figcheck_corpus::{Corpus, OpenOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus_dir = PathBuf::from(args.next().unwrap_or_else(|| "corpus".to_string()));
    let index_dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| corpus_dir.join(".figcheck").join("index"));
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let opts = OpenOptions {
        corpus_dirs: vec![corpus_dir],
        index_dir,
        ..OpenOptions::default()
    };
    let mut times = Vec::with_capacity(runs);
    for run in 0..runs {
        let started = Instant::now();
        let opened = Corpus::open(&opts, &mut |_| {})?;
        let took = started.elapsed();
        if run == 0 {
            for note in &opened.notes {
                println!("note: {note}");
            }
            println!(
                "first open: {:?} ({:?}); {} docs, {} figures",
                took,
                opened.stats,
                opened.corpus.source_paths().len(),
                opened.corpus.figure_count()
            );
        } else {
            times.push(took);
        }
    }
    times.sort();
    if let (Some(min), Some(max)) = (times.first(), times.last()) {
        println!(
            "up-to-date open over {} runs: min {:?}, median {:?}, max {:?}",
            times.len(),
            min,
            times[times.len() / 2],
            max
        );
    }
    Ok(())
}
