//! Prints every finding for a draft against the bundled corpus, with its claim:
//! `cargo run -p figcheck-check --example explain -- DRAFT`.
use figcheck_check::Engine;
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(root)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            docs.push(SourceDoc {
                path: format!("corpus/{name}"),
                text: std::fs::read_to_string(&path)?,
            });
        }
    }
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    let corpus = Corpus::from_docs(docs)?;
    let engine = Engine::new(&corpus);
    for arg in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&arg).unwrap_or(arg.clone());
        for f in engine.check_text(&text, Format::Markdown) {
            println!(
                "{:<14} {:<13} {:<12} claim: {}",
                f.figure.text,
                f.verdict.as_str(),
                f.suggestion.clone().unwrap_or_default(),
                f.claim
            );
            if let Some(e) = f.evidence.first() {
                println!("{:>28} {}:{} {}", "", e.source, e.line, e.text);
            }
        }
    }
    Ok(())
}
