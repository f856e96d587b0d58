//! The engine's speed on a 2,000-word draft with ~100 figures against the bundled corpus
//! (`tests/bench/draft-2000.md`). Target: under 5 ms per check. Run with
//! `cargo bench -p figcheck-check --bench engine` or `scripts/bench.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use figcheck_check::Engine;
use figcheck_figures::Format;

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
    let corpus = bundled_corpus();
    let engine = Engine::new(&corpus);
    let figures = engine.check_text(&draft, Format::Markdown).len();
    assert!(
        figures >= 100,
        "the bench draft should hold ~100 figures, has {figures}"
    );

    c.bench_function("check_text/2000-word draft", |b| {
        b.iter(|| engine.check_text(std::hint::black_box(&draft), Format::Markdown))
    });
    c.bench_function("extract/2000-word draft", |b| {
        b.iter(|| figcheck_figures::extract(std::hint::black_box(&draft), Format::Markdown))
    });
    c.bench_function("Engine::new/bundled corpus", |b| {
        b.iter(|| Engine::new(std::hint::black_box(&corpus)))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
