//! The engine reaches the sources only through the `Sources` trait, so a backend other
//! than the tantivy `Corpus` plugs in there. Here: one whose searches all fail, as a dead
//! cluster's would. The engine must keep going (every figure gets a finding, nothing
//! panics), must not call a figure supported by evidence it never retrieved, and the
//! failure must stay visible to the front end, which then refuses to report the
//! "unsupported" verdicts (see `searches_worked` in the CLI and `SearchFailed` in the
//! language server).
//!
//! And one that hands out a new copy of every figure for every search, as a search
//! cluster does (it decodes each answer anew): the engine must know a figure by where it
//! stands, not by which copy it holds.

use std::sync::OnceLock;

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, CorpusError, FigureQuery, Found, Passage, SourceDoc, Sources};
use figcheck_figures::Format;

/// Answers lookups of words and names, but every search fails.
struct DeadCluster {
    inner: Corpus,
    failure: OnceLock<String>,
}

impl DeadCluster {
    fn fail<T>(&self) -> Result<T, CorpusError> {
        let err = CorpusError::Backend {
            backend: "cluster at http://search.invalid".into(),
            message: "connection refused".into(),
        };
        let _ = self.failure.set(err.to_string());
        Err(err)
    }
}

impl Sources for DeadCluster {
    fn figure_count(&self) -> u64 {
        self.inner.figure_count()
    }
    fn source_paths(&self) -> &[String] {
        Sources::source_paths(&self.inner)
    }
    fn find_figures(&self, _: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        self.fail()
    }
    fn search_passages(&self, _: &[String], _: usize) -> Result<Vec<Passage>, CorpusError> {
        self.fail()
    }
    fn word_weight(&self, word: &str) -> f32 {
        self.inner.word_weight(word)
    }
    fn stem_near_figures(&self, stem: &str) -> bool {
        self.inner.stem_near_figures(stem)
    }
    fn is_name(&self, canonical: &str) -> bool {
        self.inner.is_name(canonical)
    }
    fn names_starting(&self, word: &str) -> Vec<String> {
        self.inner.names_starting(word)
    }
    fn in_lower_case(&self, stem: &str) -> bool {
        self.inner.in_lower_case(stem)
    }
    fn acronym(&self, acronym: &str) -> Option<String> {
        self.inner.acronym(acronym)
    }
    fn best_cover(&self, _: &[(String, f32)]) -> Result<f32, CorpusError> {
        self.fail()
    }
    fn search_failure(&self) -> Option<&str> {
        self.failure.get().map(String::as_str)
    }
}

const DRAFT: &str = "Korea installed 31,600 industrial robots. Japan installed 45,000 robots.\n";

fn corpus() -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: "robots.txt".into(),
        text: "Korea installed 31,600 industrial robots. Japan installed 44,500 robots.".into(),
    }])
    .expect("corpus")
}

#[test]
fn a_backend_whose_searches_fail_leaves_the_failure_visible() {
    let dead = DeadCluster {
        inner: corpus(),
        failure: OnceLock::new(),
    };
    // Limit 0: candidates come from the backend's searches, as at archive scale.
    let findings = Engine::new(&dead)
        .with_exhaustive_limit(0)
        .check_text(DRAFT, Format::Markdown);
    assert_eq!(findings.len(), 2, "every figure gets a finding");
    assert!(findings.iter().all(|f| f.verdict != Verdict::Supported));
    assert!(
        dead.search_failure()
            .is_some_and(|m| m.contains("connection refused")),
        "{:?}",
        dead.search_failure()
    );
    // The same engine over the working backend finds the evidence.
    let working = corpus();
    let verdicts: Vec<Verdict> = Engine::new(&working)
        .with_exhaustive_limit(0)
        .check_text(DRAFT, Format::Markdown)
        .iter()
        .map(|f| f.verdict)
        .collect();
    assert_eq!(verdicts, [Verdict::Supported, Verdict::Contradicted]);
    assert!(working.search_failure().is_none());
}

/// The embedded index, but every search answers with new copies of its figures.
struct Copying {
    inner: Corpus,
}

impl Sources for Copying {
    fn figure_count(&self) -> u64 {
        self.inner.figure_count()
    }
    fn source_paths(&self) -> &[String] {
        Sources::source_paths(&self.inner)
    }
    fn find_figures(&self, q: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        Ok(self
            .inner
            .find_figures(q)?
            .into_iter()
            .map(|f| Found {
                order: f.order,
                figure: std::sync::Arc::new((*f.figure).clone()),
            })
            .collect())
    }
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError> {
        self.inner.search_passages(words, limit)
    }
    fn word_weight(&self, word: &str) -> f32 {
        self.inner.word_weight(word)
    }
    fn stem_near_figures(&self, stem: &str) -> bool {
        self.inner.stem_near_figures(stem)
    }
    fn is_name(&self, canonical: &str) -> bool {
        self.inner.is_name(canonical)
    }
    fn names_starting(&self, word: &str) -> Vec<String> {
        self.inner.names_starting(word)
    }
    fn in_lower_case(&self, stem: &str) -> bool {
        self.inner.in_lower_case(stem)
    }
    fn acronym(&self, acronym: &str) -> Option<String> {
        self.inner.acronym(acronym)
    }
    fn best_cover(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        self.inner.best_cover(words)
    }
    fn search_failure(&self) -> Option<&str> {
        Sources::search_failure(&self.inner)
    }
}

/// "A drop of 9 minutes" is 47 − 38, though 38 alone looks like a confident counterpart:
/// the derivation's 38 and the counterpart's are one figure, whichever search found each.
#[test]
fn a_figure_found_by_two_searches_is_one_figure() {
    let copying = Copying {
        inner: Corpus::from_docs(vec![SourceDoc {
            path: "report.txt".into(),
            text: "The median time from arrival to being seen by a clinician fell to 38 \
                   minutes, from 47 minutes in 2023."
                .into(),
        }])
        .expect("corpus"),
    };
    let draft = "Patients waited a median 38 minutes to see a clinician last year, down from \
                 47, a drop of 9 minutes.\n";
    for limit in [0, usize::MAX] {
        let findings = Engine::new(&copying)
            .with_exhaustive_limit(limit)
            .check_text(draft, Format::Markdown);
        let nine = findings
            .iter()
            .find(|f| f.figure.text == "9")
            .expect("the figure 9");
        assert_eq!(nine.verdict, Verdict::Supported, "limit {limit}: {nine:#?}");
        assert_eq!(nine.derivation.as_deref(), Some("47 − 38 = 9"));
    }
}
