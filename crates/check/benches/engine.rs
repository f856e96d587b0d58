//! The engine's speed on a 2,000-word draft with ~100 figures against the bundled corpus
//! (`tests/bench/draft-2000.md`). Target: under 5 ms per check. Run with
//! `cargo bench -p figcheck-check --bench engine` or `scripts/bench.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use figcheck_check::Engine;
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn bundled_corpus() -> Corpus {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut docs: Vec<SourceDoc> = std::fs::read_dir(root)
        .expect("bundled corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| SourceDoc {
            path: format!(
                "corpus/{}",
                p.file_name().and_then(|n| n.to_str()).unwrap_or_default()
            ),
            text: std::fs::read_to_string(&p).expect("readable source"),
        })
        .collect();
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    Corpus::from_docs(docs).expect("index")
}

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
