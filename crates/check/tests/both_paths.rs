//! Issue 10's bar: the exhaustive path (every source figure weighed, as for small
//! corpora) and the index path (candidates from the index's searches, as at archive
//! scale) give identical verdicts on every labelled draft, not only on a few claims.
//! Prints every figure where they differ, and fails if any does.

#[path = "common/mod.rs"]
mod common;

use common::{bundled_corpus, root};
use figcheck_check::Engine;
use figcheck_figures::Format;

#[test]
fn the_index_path_agrees_with_the_exhaustive_path_on_every_labelled_draft() {
    let corpus = bundled_corpus();
    let exhaustive = Engine::new(&corpus).with_exhaustive_limit(usize::MAX);
    let indexed = Engine::new(&corpus).with_exhaustive_limit(0);
    let mut drafts = vec![root().join("examples/draft.md")];
    for set in ["tests/devset", "tests/holdout", "tests/holdout2"] {
        let mut files: Vec<_> = std::fs::read_dir(root().join(set))
            .expect("labelled set")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("README.md"))
            .collect();
        files.sort();
        drafts.extend(files);
    }
    let (mut figures, mut differ) = (0, 0);
    for path in &drafts {
        let text = std::fs::read_to_string(path).expect("draft");
        let a = exhaustive.check_text(&text, Format::Markdown);
        let b = indexed.check_text(&text, Format::Markdown);
        assert_eq!(a.len(), b.len(), "{}: the same figures", path.display());
        for (x, y) in a.iter().zip(&b) {
            figures += 1;
            if (x.verdict, &x.suggestion) != (y.verdict, &y.suggestion) {
                differ += 1;
                println!(
                    "{}:{}: {} exhaustive {} {:?}, index {} {:?}",
                    path.strip_prefix(root()).unwrap_or(path).display(),
                    x.start.line,
                    x.figure.text,
                    x.verdict.as_str(),
                    x.suggestion,
                    y.verdict.as_str(),
                    y.suggestion
                );
            }
        }
    }
    println!("{differ} of {figures} figures differ between the paths");
    // None may differ: both paths weigh the same pool (see `evidence::pool`), and only
    // the index's limits could tell them apart, which no draft here comes near.
    assert_eq!(differ, 0, "figures differ between the paths");
}
