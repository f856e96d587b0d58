//! Issue 10's bar: the exhaustive path (every source figure weighed, as for small
//! corpora) and the index path (candidates from the index's searches, as at archive
//! scale) give identical verdicts on every labelled draft, not only on a few claims:
//! the labelled folders against the bundled corpus, and every case of `tests/fresh/` and
//! `tests/summedits/` against its own sources. Prints every figure where they differ, and fails if any does.

#[path = "common/mod.rs"]
mod common;

use common::{JsonCase, bundled_corpus, root};
use figcheck_check::Engine;
use figcheck_corpus::Corpus;
use figcheck_figures::Format;

/// Figures checked, and those whose verdict or suggestion differs between the paths.
#[derive(Default)]
struct Tally {
    figures: usize,
    differ: usize,
}

impl Tally {
    /// Checks `text` against `corpus` both ways and counts what differs, named `label`.
    fn compare(&mut self, corpus: &Corpus, label: &str, text: &str, format: Format) {
        let a = Engine::new(corpus)
            .with_exhaustive_limit(usize::MAX)
            .check_text(text, format);
        let b = Engine::new(corpus)
            .with_exhaustive_limit(0)
            .check_text(text, format);
        assert_eq!(a.len(), b.len(), "{label}: the same figures");
        for (x, y) in a.iter().zip(&b) {
            self.figures += 1;
            if (x.verdict, &x.suggestion) != (y.verdict, &y.suggestion) {
                self.differ += 1;
                println!(
                    "{label}:{}: {} exhaustive {} {:?}, index {} {:?}",
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

    /// None may differ: both paths weigh the same pool (see `evidence::pool`), and only
    /// the index's limits could tell them apart, which no draft here comes near.
    fn assert_none_differ(&self) {
        println!(
            "{} of {} figures differ between the paths",
            self.differ, self.figures
        );
        assert!(self.figures > 0, "no figures checked");
        assert_eq!(self.differ, 0, "figures differ between the paths");
    }
}

#[test]
fn the_index_path_agrees_with_the_exhaustive_path_on_every_labelled_draft() {
    let corpus = bundled_corpus();
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
    let mut tally = Tally::default();
    for path in &drafts {
        let text = std::fs::read_to_string(path).expect("draft");
        let label = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        tally.compare(&corpus, &label, &text, Format::Markdown);
    }
    tally.assert_none_differ();
}

/// The cases of the JSON-lines sets (`tests/fresh/*.jsonl`, `tests/summedits/`; one case
/// a line: `sources` with `name` and `text`, and a `draft` with `name` and `text`), each
/// against its own sources, placed and read as `scripts/quality.py` places and reads them.
#[test]
fn the_index_path_agrees_with_the_exhaustive_path_on_every_case_of_the_json_sets() {
    let mut sets: Vec<_> = std::fs::read_dir(root().join("tests/fresh"))
        .expect("the fresh sets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    sets.sort();
    sets.push(root().join("tests/summedits/summedits.jsonl"));
    let mut tally = Tally::default();
    for set in &sets {
        let lines = std::fs::read_to_string(set).expect("a JSON-lines set");
        for line in lines.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("a JSON case");
            let case = JsonCase::of(&case);
            tally.compare(&case.corpus, &case.id, &case.draft, case.format);
        }
    }
    tally.assert_none_differ();
}
