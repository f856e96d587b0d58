//! The source corpus: the documents a draft's figures are checked against.
//!
//! Every figure in every source is extracted once, with its sentence and context, and kept
//! in a tantivy index together with every sentence as a passage. The check engine runs as
//! a fresh process per `figcheck check` with a budget of a few tens of milliseconds, so
//! opening an up-to-date index must not re-extract anything: figures are loaded from the
//! index's stored payloads, and only files whose content hash changed are re-indexed.
//!
//! ```
//! use figcheck_corpus::{Corpus, SourceDoc};
//! let corpus = Corpus::from_docs(vec![SourceDoc {
//!     path: "robots.txt".into(),
//!     text: "Korea installed 30,600 industrial robots.".into(),
//! }])
//! .unwrap();
//! let hits = corpus.search_figures(&["robots".into()], &[], 5).unwrap();
//! assert_eq!(corpus.figures()[hits[0]].text, "30,600");
//! ```

pub mod contain;
mod disk;
mod error;
mod glob;
mod index;
mod scan;
pub mod sentences;

use std::collections::HashMap;
use std::path::PathBuf;

use figcheck_figures::{Context, Quantity};
use serde::{Deserialize, Serialize};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Searcher};

pub use disk::{FORMAT_VERSION, MANIFEST_FILE};
pub use error::CorpusError;

/// One source document as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDoc {
    /// As shown to users: relative to the working directory when possible, with `/`
    /// separators (`corpus/003_57944011cd868486.txt`).
    pub path: String,
    pub text: String,
}

/// A figure found in a source, with everything the engine needs to weigh it as evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceFigure {
    /// The source's path as shown to users (see [`SourceDoc::path`]).
    pub source: String,
    /// 1-based line and character column of the figure's start.
    pub line: usize,
    pub column: usize,
    /// Byte range of the figure in the source.
    pub start: usize,
    pub end: usize,
    /// The figure as written.
    pub text: String,
    pub quantity: Quantity,
    /// The sentence holding the figure, whitespace collapsed: the quote shown as evidence.
    pub sentence: String,
    pub context: Context,
}

/// A sentence of a source, found by full-text search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub source: String,
    /// 1-based line and character column where the sentence starts.
    pub line: usize,
    pub column: usize,
    /// The sentence, whitespace collapsed.
    pub text: String,
}

/// Sources larger than this are skipped with a note unless [`OpenOptions::max_source_bytes`]
/// says otherwise: 10 MiB, far more than any report or article, and a bound on what one
/// stray log or dump in the corpus dir costs every run.
pub const DEFAULT_MAX_SOURCE_BYTES: u64 = 10 * 1024 * 1024;

/// Where the on-disk corpus and its index live.
#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    /// Directories searched recursively for `.txt` and `.md` sources.
    pub corpus_dirs: Vec<PathBuf>,
    /// Where the index is kept (the CLI defaults it to `<corpus dir>/.figcheck/index`).
    pub index_dir: PathBuf,
    /// Globs a source must match to be used; empty means every source. A glob without `/`
    /// is matched against the file name, one with `/` against the path inside its corpus
    /// dir.
    pub include: Vec<String>,
    /// Globs of sources (or directories) to leave out, matched the same way.
    pub exclude: Vec<String>,
    /// Sources larger than this many bytes are skipped with a note naming them; `None`
    /// means [`DEFAULT_MAX_SOURCE_BYTES`].
    pub max_source_bytes: Option<u64>,
}

impl OpenOptions {
    /// The size limit in force for one source.
    pub fn source_limit(&self) -> u64 {
        self.max_source_bytes.unwrap_or(DEFAULT_MAX_SOURCE_BYTES)
    }
}

/// What [`Corpus::open`] did to the index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IndexStats {
    /// Sources whose index entries were kept as they were.
    pub reused: usize,
    /// Sources (re)indexed because they were new, changed, or the index was rebuilt.
    pub indexed: usize,
    /// Sources that disappeared and whose entries were removed.
    pub removed: usize,
}

/// The result of [`Corpus::open`].
#[derive(Debug)]
pub struct Opened {
    pub corpus: Corpus,
    /// One-line notes for the user: skipped files, a rebuilt or moved index.
    pub notes: Vec<String>,
    pub stats: IndexStats,
}

/// How far [`Corpus::open`] has got, for a progress display on large corpora.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Files found so far while walking the corpus dirs.
    Scanning {
        files: usize,
    },
    /// About to index `path`; `done` sources of `total` are finished.
    Indexing {
        done: usize,
        total: usize,
        path: String,
    },
    Done,
}

/// The check engine's view of the sources: the seam between judging figures and storing
/// them. [`Corpus`] (a tantivy index, on disk or in memory) is one backend; a search
/// cluster is meant to be another. Searches return `Result`, and a backend that turned a
/// failed search into "nothing found" to keep going must say so in
/// [`Sources::search_failure`]: a figure is never reported unsupported on the strength of
/// a search that failed.
///
/// Not yet query-driven: [`Sources::figures`] and [`Sources::docs`] hand the engine every
/// figure and document, which is what makes checking linear in the corpus (issue 10).
pub trait Sources: Send + Sync {
    /// Every source figure, grouped by source (in [`Sources::docs`] order), then in text
    /// order. Indices into it are what the searches return.
    fn figures(&self) -> &[SourceFigure];
    /// The sources, in a stable order.
    fn docs(&self) -> &[SourceDoc];
    /// Full-text search over figure contexts, best first; with `kinds`, only those kinds.
    fn search_figures(
        &self,
        words: &[String],
        kinds: &[figcheck_figures::Kind],
        limit: usize,
    ) -> Result<Vec<usize>, CorpusError>;
    /// Source figures whose value lies in `lo..=hi`, optionally of one kind, ascending.
    fn figures_in_range(
        &self,
        kind: Option<figcheck_figures::Kind>,
        lo: f64,
        hi: f64,
    ) -> Result<Vec<usize>, CorpusError>;
    /// Sentences matching `words` (BM25), best first.
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError>;
    /// How telling a word is, `0..=1` (1 the rarest); see [`Corpus::word_weight`].
    fn word_weight(&self, word: &str) -> f32;
    /// The first search that failed, described; `None` while every search has worked.
    fn search_failure(&self) -> Option<&str>;
}

impl Sources for Corpus {
    fn figures(&self) -> &[SourceFigure] {
        Corpus::figures(self)
    }
    fn docs(&self) -> &[SourceDoc] {
        Corpus::docs(self)
    }
    fn search_figures(
        &self,
        words: &[String],
        kinds: &[figcheck_figures::Kind],
        limit: usize,
    ) -> Result<Vec<usize>, CorpusError> {
        Corpus::search_figures(self, words, kinds, limit)
    }
    fn figures_in_range(
        &self,
        kind: Option<figcheck_figures::Kind>,
        lo: f64,
        hi: f64,
    ) -> Result<Vec<usize>, CorpusError> {
        Corpus::figures_in_range(self, kind, lo, hi)
    }
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError> {
        Corpus::search_passages(self, words, limit)
    }
    fn word_weight(&self, word: &str) -> f32 {
        Corpus::word_weight(self, word)
    }
    fn search_failure(&self) -> Option<&str> {
        Corpus::search_failure(self)
    }
}

/// A loaded corpus: its sources, all their figures, and the index to search them.
pub struct Corpus {
    pub(crate) docs: Vec<SourceDoc>,
    pub(crate) figures: Vec<SourceFigure>,
    /// Which figure each figure document of the index holds.
    pub(crate) figure_at: HashMap<DocAddress, usize>,
    /// Position in `docs` of each source, by its key in the index.
    pub(crate) doc_of_key: HashMap<String, usize>,
    pub(crate) word_weights: HashMap<String, f32>,
    pub(crate) searcher: Searcher,
    pub(crate) fields: index::Fields,
    /// The tokenizer the text fields were indexed with, so query words split the same way.
    pub(crate) analyzer: TextAnalyzer,
    /// "index at …" or "in-memory index", for error messages.
    pub(crate) label: String,
    /// The first search that failed, described; see [`Corpus::search_failure`].
    pub(crate) failure: std::sync::OnceLock<String>,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("index", &self.label)
            .field("docs", &self.docs.len())
            .field("figures", &self.figures.len())
            .finish()
    }
}

impl Corpus {
    /// An in-memory index over the given documents, for tests and the language server.
    /// Markdown documents (by their path's extension) have their code ignored.
    pub fn from_docs(docs: Vec<SourceDoc>) -> Result<Corpus, CorpusError> {
        index::from_docs(docs)
    }

    /// The on-disk index: builds it, or refreshes it incrementally, then loads it.
    pub fn open(
        opts: &OpenOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Opened, CorpusError> {
        disk::open(opts, progress)
    }

    /// Every source figure, grouped by source (in [`Corpus::docs`] order), then in text
    /// order.
    pub fn figures(&self) -> &[SourceFigure] {
        &self.figures
    }

    /// The sources, in a stable order: by corpus dir, then by path.
    pub fn docs(&self) -> &[SourceDoc] {
        &self.docs
    }

    /// Full-text search over figure contexts (the figure's sentence and anchors): indices
    /// into [`Corpus::figures`], best first. With `kinds`, only figures of those kinds.
    /// Numbers in `words` find nothing here: use [`Corpus::figures_in_range`].
    pub fn search_figures(
        &self,
        words: &[String],
        kinds: &[figcheck_figures::Kind],
        limit: usize,
    ) -> Result<Vec<usize>, CorpusError> {
        self.guarded(|| self.search_figures_impl(words, kinds, limit))
    }

    /// Source figures whose value lies in `lo..=hi`, optionally of one kind: indices into
    /// [`Corpus::figures`], ascending.
    pub fn figures_in_range(
        &self,
        kind: Option<figcheck_figures::Kind>,
        lo: f64,
        hi: f64,
    ) -> Result<Vec<usize>, CorpusError> {
        self.guarded(|| self.figures_in_range_impl(kind, lo, hi))
    }

    /// Sentences matching `words` (BM25), best first.
    pub fn search_passages(
        &self,
        words: &[String],
        limit: usize,
    ) -> Result<Vec<Passage>, CorpusError> {
        self.guarded(|| self.search_passages_impl(words, limit))
    }

    /// The first search of this corpus that failed (an index error, or a bug inside
    /// tantivy caught as it happened), as the error's message; `None` while every search
    /// has worked. A caller that treats a failed search as "found nothing" (as the check
    /// engine does, to keep checking the other figures) asks this afterwards, so that a
    /// figure is never reported unsupported on the strength of a search that failed.
    pub fn search_failure(&self) -> Option<&str> {
        self.failure.get().map(String::as_str)
    }

    /// How telling a word is: its inverse document frequency over the corpus's sentences,
    /// scaled to `0..=1`. 1 is the rarest (a word in one sentence, or in none); a word in
    /// every sentence is near 0. Expects a lowercase word. A word the index would split
    /// ("open-weights") weighs as its most telling part.
    pub fn word_weight(&self, word: &str) -> f32 {
        if let Some(&w) = self.word_weights.get(word) {
            return w;
        }
        if word.chars().any(char::is_uppercase) {
            return self.word_weight(&word.to_lowercase());
        }
        let mut parts = word
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| p.chars().count() > 1)
            .peekable();
        if parts.peek().is_none() || !word.contains(|c: char| !c.is_alphanumeric()) {
            return 1.0;
        }
        parts
            .map(|p| self.word_weights.get(p).copied().unwrap_or(1.0))
            .fold(0.0, f32::max)
    }
}
