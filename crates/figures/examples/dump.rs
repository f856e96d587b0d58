//! Prints the figures of a file: `cargo run -p figcheck-figures --example dump FILE`.
use figcheck_figures::{Format, contexts, extract};
fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let figs = extract(&text, Format::from_path(path.as_ref()));
        let ctxs = contexts(&text, &figs);
        for (f, c) in figs.iter().zip(&ctxs) {
            let q = &f.quantity;
            println!(
                "{:>6} {:<24} {:<18} {:>14} unit={:?} hedge={:?} upper={:?} per={:?}",
                f.start,
                f.text,
                q.kind.as_str(),
                q.value,
                q.unit,
                q.hedge,
                q.upper,
                q.per.as_ref().map(|p| (p.base, p.unit.clone()))
            );
            let terms: Vec<&str> = c.terms.iter().take(6).map(|t| t.word.as_str()).collect();
            println!(
                "        anchors={:?} terms={:?}{}",
                c.anchors,
                terms,
                c.dated.map(|y| format!(" dated={y}")).unwrap_or_default()
            );
        }
    }
}
