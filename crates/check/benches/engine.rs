//! The engine's speed on a 2,000-word draft with ~100 figures against the bundled corpus
//! (`tests/bench/draft-2000.md`). Target: under 5 ms per check. Run with
//! `cargo bench -p figcheck-check --bench engine` or `scripts/bench.sh`; against a generated
//! archive, `scripts/bench-scale.sh N` (the warm figure there: what the language server
//! spends per edit once the corpus is loaded).

use criterion::{Criterion, criterion_group, criterion_main};
use figcheck_check::Engine;
use figcheck_figures::Format;

// The allocator the `figcheck` binary runs the engine with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The tests' loader of the bundled corpus, so the bench measures the same corpus.
#[path = "../tests/common/mod.rs"]
mod common;
use common::bundled_corpus;

fn engine(c: &mut Criterion) {
    let draft = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/bench/draft-2000.md"
    ))
    .expect("bench draft");
    // scripts/bench-scale.sh points the bench at a generated archive: FIGCHECK_BENCH_CORPUS
    // lists corpus dirs (separated like PATH), FIGCHECK_BENCH_INDEX names a built index.
    let archive = std::env::var_os("FIGCHECK_BENCH_CORPUS");
    let corpus = match &archive {
        Some(dirs) => {
            // The script's paths are relative to the workspace root; cargo runs benches in
            // the crate's directory.
            std::env::set_current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
                .expect("the workspace root");
            let opts = figcheck_corpus::OpenOptions {
                corpus_dirs: std::env::split_paths(dirs).collect(),
                index_dir: std::env::var_os("FIGCHECK_BENCH_INDEX")
                    .expect("FIGCHECK_BENCH_INDEX names the index of FIGCHECK_BENCH_CORPUS")
                    .into(),
                ..Default::default()
            };
            figcheck_corpus::Corpus::open(&opts, &mut |_| {})
                .expect("the bench archive opens")
                .corpus
        }
        None => bundled_corpus(),
    };
    let engine = Engine::new(&corpus);
    let figures = engine.check_text(&draft, Format::Markdown).len();
    assert!(
        figures >= 100,
        "the bench draft should hold ~100 figures, has {figures}"
    );

    // Against an archive a check takes seconds: ten samples say enough.
    let mut group = c.benchmark_group("check_text");
    if archive.is_some() {
        group.sample_size(10);
    }
    // Every figure weighed each time (what the engine worked out about source figures
    // stays, as in a language server): the engine would otherwise give back what the
    // same claims came to last time.
    group.bench_function("2000-word draft", |b| {
        b.iter(|| {
            engine.forget_outcomes();
            engine.check_text(std::hint::black_box(&draft), Format::Markdown)
        })
    });
    // A writer's edit: one figure changed, the rest of the draft as it was checked.
    assert!(draft.contains("1,012"), "the bench draft states 1,012");
    group.bench_function("2000-word draft, one figure edited", |b| {
        let mut edits = 0_u32;
        b.iter_batched(
            || {
                // A value not checked before, each time.
                edits += 1;
                draft.replacen(
                    "1,012",
                    &format!("{},{:03}", 2 + edits / 1000, edits % 1000),
                    1,
                )
            },
            |edited| engine.check_text(std::hint::black_box(&edited), Format::Markdown),
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
    c.bench_function("extract/2000-word draft", |b| {
        b.iter(|| figcheck_figures::extract(std::hint::black_box(&draft), Format::Markdown))
    });
    if archive.is_none() {
        c.bench_function("Engine::new/bundled corpus", |b| {
            b.iter(|| Engine::new(std::hint::black_box(&corpus)))
        });
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
