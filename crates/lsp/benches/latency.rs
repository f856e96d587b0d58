//! How fast an edit turns into diagnostics, and whether the server's memory stays flat.
//!
//! Three figures, on a 2,000-word draft built from the sample draft's paragraphs:
//! - checking work: `Engine::check_text` alone (criterion), the part the debounce cannot
//!   hide;
//! - latency: from sending `didChange` to receiving the `publishDiagnostics` for that
//!   version, through real framing over in-memory pipes, for edits after a pause (a
//!   character typed where no figure is, and one figure changed to a value not seen
//!   before, whose claims the engine must weigh again) and at the end of a burst of
//!   typing;
//! - memory: VmRSS after each of three rounds of 10,000 edits (more with
//!   `FIGCHECK_BENCH_ROUNDS`); the last two rounds must not both grow beyond noise.
//!
//! `cargo bench -p figcheck-lsp --bench latency` (or `scripts/bench-lsp.sh`) runs it in
//! full; under `cargo test` it runs a few iterations of each as a smoke test. Against the
//! bundled corpus, or, as `scripts/bench-scale.sh` runs it, against the corpus dirs that
//! `FIGCHECK_BENCH_CORPUS` lists (separated like PATH) with the index built at
//! `FIGCHECK_BENCH_INDEX`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::{Session, file_uri, workspace_with_config, workspace_with_corpora};
use criterion::Criterion;
use figcheck_corpus::{Corpus, OpenOptions};
use figcheck_figures::Format;
use serde_json::json;

/// The project's 2,000-word benchmark draft (the one the engine's own bench uses), or,
/// where it is absent, the sample draft's prose repeated to about 2,000 words.
fn big_draft() -> String {
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/bench/draft-2000.md"
    );
    if let Ok(text) = std::fs::read_to_string(shared) {
        return text;
    }
    let sample = include_str!("../../../examples/draft.md");
    let body: String = sample
        .lines()
        .skip_while(|l| !l.starts_with('#'))
        .filter(|l| !l.contains('`'))
        .map(|l| format!("{l}\n"))
        .collect();
    let words = body.split_whitespace().count().max(1);
    let copies = 2000_usize.div_ceil(words);
    (0..copies)
        .map(|i| body.replace("# Korea", &format!("# Part {i}: Korea")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The figure the bench edits (the sample draft's and the bench draft's robot density).
const FIGURE: &str = "1,012";

/// The line and UTF-16 character of the first `needle` in `text`, as LSP positions (0-based).
fn position_of(text: &str, needle: &str) -> Option<(usize, usize)> {
    let at = figcheck_figures::LineIndex::new(text).position(text, text.find(needle)?);
    Some((at.line - 1, at.utf16_column - 1))
}

fn vm_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// One line of edit latencies, sorted: "didChange -> publishDiagnostics {what}: median …".
fn print_edits(what: &str, sorted: &[Duration]) {
    if sorted.is_empty() {
        return;
    }
    println!(
        "didChange -> publishDiagnostics {what}: median {}, p90 {}, max {} ({} edits)",
        ms(percentile(sorted, 0.5)),
        ms(percentile(sorted, 0.9)),
        ms(percentile(sorted, 1.0)),
        sorted.len()
    );
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The position of the last figure-free spot to toggle: the end of the draft's first
/// line, where a space is typed and deleted.
fn edit(version: i64, uri: &str, insert: bool) -> serde_json::Value {
    let change = if insert {
        json!({"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "X"})
    } else {
        json!({"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}, "text": ""})
    };
    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
}

fn main() {
    // Test runners (cargo nextest) ask a bench binary to list what it holds; this one is a
    // single benchmark, and it has no ignored ones.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("latency: benchmark");
        }
        return;
    }
    let full = args.iter().any(|a| a == "--bench");
    let draft = big_draft();
    let words = draft.split_whitespace().count();

    // Checking work, with criterion.
    let ws = match std::env::var_os("FIGCHECK_BENCH_CORPUS") {
        Some(dirs) => {
            // The script's paths are relative to the workspace root; cargo runs benches in
            // the crate's directory.
            let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
            let absolute =
                |p: std::path::PathBuf| root.join(p).canonicalize().expect("a bench corpus path");
            let dirs: Vec<_> = std::env::split_paths(&dirs).map(absolute).collect();
            let index = std::env::var_os("FIGCHECK_BENCH_INDEX")
                .map(std::path::PathBuf::from)
                .expect("FIGCHECK_BENCH_INDEX names the index of FIGCHECK_BENCH_CORPUS");
            workspace_with_corpora(&dirs, &absolute(index))
        }
        None => workspace_with_config(),
    };
    let root = ws.path().canonicalize().expect("root");
    let config = figcheck_config::Config::load(&root.join("figcheck.toml")).expect("config");
    let opts = OpenOptions {
        corpus_dirs: config.corpus_dirs().into_iter().map(|d| d.path).collect(),
        index_dir: config.index_dir(),
        ..OpenOptions::default()
    };
    let corpus = Corpus::open(&opts, &mut |_| {}).expect("corpus").corpus;
    let engine = figcheck_check::Engine::new(&corpus);
    let figures = engine.check_text(&draft, Format::Markdown).len();
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(if full { 50 } else { 10 });
    // Every figure weighed each time: the engine otherwise gives back what unchanged
    // claims came to (the edits below are served so).
    c.bench_function("check_text 2,000-word draft", |b| {
        b.iter(|| {
            engine.forget_outcomes();
            engine.check_text(std::hint::black_box(&draft), Format::Markdown)
        })
    });
    let mut work: Vec<Duration> = (0..if full { 30 } else { 3 })
        .map(|_| {
            engine.forget_outcomes();
            let t = Instant::now();
            std::hint::black_box(engine.check_text(&draft, Format::Markdown));
            t.elapsed()
        })
        .collect();
    work.sort();
    c.final_summary();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut s = Session::start();
        s.initialize(&root, &["utf-16"], json!({})).await;
        let uri = file_uri(&root.join("draft.md"));
        s.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": draft}}),
        );
        let first = s.diagnostics(&uri, 1).await;
        let mut version = 1;

        // One edit after a pause longer than the debounce window.
        let pause = figcheck_lsp::DEFAULT_DEBOUNCE + Duration::from_millis(30);
        let mut after_pause = Vec::new();
        for i in 0..if full { 100 } else { 5 } {
            tokio::time::sleep(pause).await;
            version += 1;
            let t = Instant::now();
            s.notify("textDocument/didChange", edit(version, &uri, i % 2 == 0));
            s.diagnostics(&uri, version).await;
            after_pause.push(t.elapsed());
        }
        after_pause.sort();

        // One figure edited after a pause, to a value not seen before each time: the
        // figures whose claims change are weighed again, the rest are as they were.
        let mut figure_edits = Vec::new();
        if let Some((line, character)) = position_of(&draft, FIGURE) {
            for _ in 0..if full { 100 } else { 5 } {
                tokio::time::sleep(pause).await;
                version += 1;
                let value = format!("1,{:03}", version % 1000);
                let change = json!({"range": {"start": {"line": line, "character": character},
                    "end": {"line": line, "character": character + FIGURE.len()}}, "text": value});
                let t = Instant::now();
                s.notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
                );
                s.diagnostics(&uri, version).await;
                figure_edits.push(t.elapsed());
                // Each edit leaves the next one's text in place: the figure as written.
                version += 1;
                let back = json!({"range": {"start": {"line": line, "character": character},
                    "end": {"line": line, "character": character + FIGURE.len()}}, "text": FIGURE});
                s.notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [back]}),
                );
                s.diagnostics(&uri, version).await;
            }
        }
        figure_edits.sort();

        // The end of a burst: 20 edits 15 ms apart; time from the last edit to its
        // diagnostics, which the throttle may hold back up to one window.
        let mut after_burst = Vec::new();
        for _ in 0..if full { 20 } else { 2 } {
            tokio::time::sleep(pause).await;
            let mut t = Instant::now();
            for i in 0..20 {
                version += 1;
                t = Instant::now();
                s.notify("textDocument/didChange", edit(version, &uri, i % 2 == 0));
                tokio::time::sleep(Duration::from_millis(15)).await;
            }
            if version % 2 == 1 {
                version += 1;
                t = Instant::now();
                s.notify("textDocument/didChange", edit(version, &uri, false));
            }
            s.diagnostics(&uri, version).await;
            after_burst.push(t.elapsed());
            s.drain();
        }
        after_burst.sort();

        // Memory: 10,000 edits as fast as the pipe takes them, twice.
        let rounds = if full { 10_000 } else { 200 };
        let rss_start = vm_rss_kib();
        let mut rss = Vec::new();
        // FIGCHECK_BENCH_ROUNDS runs more rounds, to follow a trend.
        let n_rounds = std::env::var("FIGCHECK_BENCH_ROUNDS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(3)
            .max(3);
        for _ in 0..n_rounds {
            for i in 0..rounds {
                version += 1;
                s.notify("textDocument/didChange", edit(version, &uri, i % 2 == 0));
                if i % 500 == 0 {
                    // Let published diagnostics drain so the client side stays small.
                    tokio::task::yield_now().await;
                    s.drain();
                }
            }
            s.diagnostics(&uri, version).await;
            s.drain();
            rss.push(vm_rss_kib());
        }

        println!();
        println!("draft: {words} words, {figures} figures, {} diagnostics", first.len());
        println!(
            "checking work (check_text): median {}, p90 {}",
            ms(percentile(&work, 0.5)),
            ms(percentile(&work, 0.9))
        );
        print_edits("after a pause", &after_pause);
        print_edits("for a figure edited after a pause", &figure_edits);
        println!(
            "didChange -> publishDiagnostics at the end of a burst: median {}, max {} (debounce window {})",
            ms(percentile(&after_burst, 0.5)),
            ms(percentile(&after_burst, 1.0)),
            ms(figcheck_lsp::DEFAULT_DEBOUNCE)
        );
        if n_rounds > 3 {
            println!("VmRSS per round (KiB): {rss:?}");
        }
        let last3 = &rss[rss.len() - 3..];
        match (rss_start, last3[0], last3[1], last3[2]) {
            (Some(a), Some(b), Some(c), Some(d)) => {
                println!(
                    "VmRSS: {a} KiB at start; after each of the last three rounds of {rounds} \
                     edits ({} in all): {b}, {c}, {d} KiB",
                    n_rounds * rounds
                );
                // The first round warms caches and allocator arenas; after it, a leak
                // shows as growth in every round, noise as a step that does not repeat.
                let growth = [c as i64 - b as i64, d as i64 - c as i64];
                let leaking = growth.iter().all(|g| *g > 1024);
                let verdict = if leaking { "GROWING" } else { "flat" };
                println!(
                    "memory over the last two rounds: {:+} KiB, {:+} KiB: {verdict}",
                    growth[0], growth[1]
                );
            }
            _ => println!("VmRSS: not available on this system"),
        }
        assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
    });
}
