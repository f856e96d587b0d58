//! A backend that pays a round trip per request (the OpenSearch one) is told up front
//! what a draft's check will ask (`Sources::prefetch`, `Sources::prefetch_figures`) and
//! answers it in one request. What it is told must cover what the engine then asks,
//! or each miss is a round trip of its own: a change to how the engine weighs a claim
//! that forgets `evidence::lookups_of` or `evidence::planned` fails here, not as a slow
//! check on a newsroom's cluster.
//!
//! The recording backend wraps the in-memory corpus of the bundled articles; the ranked
//! path is forced with an exhaustive limit of 0.

use std::collections::BTreeSet;
use std::sync::Mutex;

use figcheck_check::Engine;
use figcheck_corpus::{
    Corpus, CorpusError, FigureQuery, Found, Lookups, Passage, SourceDoc, Sources,
};
use figcheck_figures::Format;

#[derive(Default)]
struct Seen {
    prefetched: Lookups,
    queries: BTreeSet<String>,
    covers: BTreeSet<String>,
    /// What was asked that was not prefetched, by lookup.
    missed: Vec<String>,
    /// How many ranked searches and covers were asked for in all.
    asked: usize,
}

struct Recording {
    inner: Corpus,
    seen: Mutex<Seen>,
}

fn cover_key(words: &[(String, f32)]) -> String {
    format!(
        "{:?}",
        words
            .iter()
            .map(|(s, w)| (s, w.to_bits()))
            .collect::<Vec<_>>()
    )
}

impl Recording {
    fn expect(&self, what: &str, listed: impl Fn(&Seen) -> bool) {
        let mut seen = self.seen.lock().unwrap();
        if !listed(&seen) {
            seen.missed.push(what.to_string());
        }
    }
}

impl Sources for Recording {
    fn figure_count(&self) -> u64 {
        self.inner.figure_count()
    }
    fn source_paths(&self) -> &[String] {
        Sources::source_paths(&self.inner)
    }
    fn find_figures(&self, q: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        if q.limit.is_some() {
            let key = q.key();
            self.seen.lock().unwrap().asked += 1;
            self.expect(&format!("ranked search {key}"), |s| {
                s.queries.contains(&key)
            });
        }
        self.inner.find_figures(q)
    }
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError> {
        self.inner.search_passages(words, limit)
    }
    fn word_weight(&self, word: &str) -> f32 {
        self.expect(&format!("word_weight {word}"), |s| {
            s.prefetched.words.iter().any(|w| w == word)
        });
        self.inner.word_weight(word)
    }
    fn stem_near_figures(&self, stem: &str) -> bool {
        self.expect(&format!("stem_near_figures {stem}"), |s| {
            s.prefetched.stems.iter().any(|w| w == stem)
        });
        self.inner.stem_near_figures(stem)
    }
    fn is_name(&self, canonical: &str) -> bool {
        self.expect(&format!("is_name {canonical}"), |s| {
            s.prefetched.names.iter().any(|w| w == canonical)
        });
        self.inner.is_name(canonical)
    }
    fn names_starting(&self, word: &str) -> Vec<String> {
        self.expect(&format!("names_starting {word}"), |s| {
            s.prefetched.name_starts.iter().any(|w| w == word)
        });
        self.inner.names_starting(word)
    }
    fn in_lower_case(&self, stem: &str) -> bool {
        // Asked of source figures' names, which the backend reads ahead as it returns
        // the figures.
        self.inner.in_lower_case(stem)
    }
    fn acronym(&self, acronym: &str) -> Option<String> {
        self.expect(&format!("acronym {acronym}"), |s| {
            s.prefetched.acronyms.iter().any(|w| w == acronym)
        });
        self.inner.acronym(acronym)
    }
    fn best_cover(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        let key = cover_key(words);
        self.seen.lock().unwrap().asked += 1;
        self.expect(&format!("best_cover {key}"), |s| s.covers.contains(&key));
        self.inner.best_cover(words)
    }
    fn search_failure(&self) -> Option<&str> {
        self.inner.search_failure()
    }
    fn prefetch(&self, lookups: &Lookups) {
        self.seen.lock().unwrap().prefetched = lookups.clone();
    }
    fn prefetch_figures(&self, queries: &[FigureQuery], covers: &[&[(String, f32)]]) {
        let mut seen = self.seen.lock().unwrap();
        seen.queries.extend(queries.iter().map(FigureQuery::key));
        seen.covers.extend(covers.iter().map(|c| cover_key(c)));
    }
    fn batches(&self) -> bool {
        true
    }
}

fn bundled() -> Corpus {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut docs: Vec<SourceDoc> = std::fs::read_dir(dir)
        .expect("corpus/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .map(|p| SourceDoc {
            path: format!("corpus/{}", p.file_name().unwrap().to_string_lossy()),
            text: std::fs::read_to_string(&p).expect("source"),
        })
        .collect();
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    Corpus::from_docs(docs).expect("corpus")
}

#[test]
fn what_a_draft_check_asks_was_prefetched() {
    let draft = include_str!("../../../examples/draft.md");
    let sources = Recording {
        inner: bundled(),
        seen: Mutex::new(Seen::default()),
    };
    let engine = Engine::new(&sources).with_exhaustive_limit(0);
    let findings = engine.check_text(draft, Format::Markdown);
    assert!(findings.len() > 10, "{} findings", findings.len());
    let seen = sources.seen.lock().unwrap();
    assert!(!seen.prefetched.words.is_empty() && !seen.queries.is_empty());
    assert!(seen.asked > findings.len(), "asked {}", seen.asked);
    // Derived figures ("twice", "a third") may weigh probe claims the draft does not
    // state, whose searches are made as they come; on this draft none is missed.
    let missed: BTreeSet<&String> = seen.missed.iter().collect();
    eprintln!(
        "{} ranked searches and covers asked, {} lookups of any kind not prefetched",
        seen.asked,
        missed.len()
    );
    assert!(
        missed.is_empty(),
        "{} of {} asked were not prefetched, e.g. {:?}",
        missed.len(),
        seen.asked,
        missed.iter().take(8).collect::<Vec<_>>()
    );
}

/// An engine keeps what each claim came to: a draft checked again asks the index
/// nothing, and after an edit only the claims the edit changed are weighed, with the
/// findings a fresh engine gives the edited draft.
#[test]
fn a_draft_checked_again_weighs_only_what_changed() {
    let draft = include_str!("../../../examples/draft.md");
    let edited = draft.replacen("44,500", "45,500", 1);
    assert_ne!(edited, draft, "the sample draft states 44,500");
    let sources = Recording {
        inner: bundled(),
        seen: Mutex::new(Seen::default()),
    };
    let engine = Engine::new(&sources).with_exhaustive_limit(0);
    let asked = || sources.seen.lock().unwrap().asked;
    let first = engine.check_text(draft, Format::Markdown);
    let whole = asked();
    assert!(whole > first.len(), "asked {whole}");
    assert_eq!(engine.check_text(draft, Format::Markdown), first);
    assert_eq!(asked(), whole, "the same draft again asks nothing");

    let after_edit = engine.check_text(&edited, Format::Markdown);
    let for_edit = asked() - whole;
    assert!(
        0 < for_edit && for_edit * 4 < whole,
        "the edit asked {for_edit}, the whole draft {whole}"
    );
    let fresh = Engine::new(&sources).with_exhaustive_limit(0);
    assert_eq!(after_edit, fresh.check_text(&edited, Format::Markdown));

    engine.forget_outcomes();
    let before = asked();
    assert_eq!(engine.check_text(draft, Format::Markdown), first);
    assert_eq!(
        asked() - before,
        whole,
        "forgotten, every figure is weighed again"
    );
}
