//! The source corpus: the documents a draft's figures are checked against.
//!
//! Every figure in every source is extracted once, with its sentence and context, and kept
//! in a tantivy index together with every sentence as a passage. The check engine runs as
//! a fresh process per `figcheck check` with a budget of a few tens of milliseconds, so
//! opening an up-to-date index must not re-extract anything, nor read what a check does
//! not ask for: figures are read from the index's stored payloads as searches find them,
//! a source is read only when its size or modification time changed (or a caller asks
//! for its text), and only files whose content hash changed are re-indexed.
//!
//! ```
//! use figcheck_corpus::{Corpus, SourceDoc};
//! let corpus = Corpus::from_docs(vec![SourceDoc {
//!     path: "robots.txt".into(),
//!     text: "Korea installed 30,600 industrial robots.".into(),
//! }])
//! .unwrap();
//! let hits = corpus.search_figures(&["robots".into()], &[], 5).unwrap();
//! assert_eq!(hits[0].figure.text, "30,600");
//! ```

pub mod cluster;
pub mod contain;
mod disk;
mod error;
mod index;
pub mod read;
mod scan;
pub mod select;
pub mod sentences;
mod stored;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use figcheck_figures::{Context, Kind, Quantity};
use serde::{Deserialize, Serialize};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Searcher};

pub use disk::{FORMAT_VERSION, MANIFEST_FILE};
pub use error::CorpusError;
pub use select::{Selection, source_files};

/// Where a corpus finds its sources' texts.
pub(crate) enum Texts {
    /// An in-memory corpus: the texts it was made from.
    Held(Vec<String>),
    /// An on-disk one: the files, read when asked for, at most `limit` bytes.
    Files { paths: Vec<PathBuf>, limit: u64 },
}

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
    /// Where a person finds the figure in a converted source ("page 3", "Figures!C7",
    /// "table 1, row 2, column 3"), whose line and column are those of the text it was
    /// converted to; `None` in a text source, where they are the file's own.
    pub place: Option<String>,
    /// The source's date, `yyyymmdd` with unknown parts zero, from its front matter
    /// (`date: 2024-05-01`; see [`figcheck_figures::source_date`]): when sources disagree,
    /// the newest one's value is the one to go by. `None` for an undated source.
    pub date: Option<u32>,
    /// The values of the other figures of its sentence, in text order; for a table cell,
    /// of the other cells of its row. A writer who copies a sentence states several of
    /// them beside the figure, as one who copies a row does: the row is the cell's
    /// sentence. Worked out when the source is indexed, so that a check looking up a
    /// claim's companions reads them rather than extracting the sentence again.
    pub row: Vec<f64>,
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

/// A source figure handed out by a search, with the key that orders figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Orders figures the same way however the index was built or refreshed: by a hash of
    /// the source, then by byte offset. Ties in the engine's ranking are broken by it.
    pub order: u64,
    pub figure: Arc<SourceFigure>,
}

/// Which source figures a search wants: the engine's candidate queries, answered by the
/// backend so that checking touches the candidates, not the corpus.
#[derive(Clone, Copy, Debug, Default)]
pub struct FigureQuery<'a> {
    /// Figures of any of these kinds; empty means every kind.
    pub kinds: &'a [Kind],
    /// Words that rank figures: each stands for its stems ([`figcheck_figures::name_stems`]),
    /// weighing 1 like a stem in `stems`. Without a value range or a list of sources they
    /// also select: only figures near one of them.
    pub words: &'a [String],
    /// Stems ([`figcheck_figures::stem`]) with weights that rank figures by the total
    /// weight of those near each ([`figcheck_figures::context_stems`]): the engine's own
    /// measure of how well a figure's words cover a claim's. Like `words`, they also
    /// select when nothing else does.
    pub stems: &'a [(String, f32)],
    /// Only figures with a value (or either end of a range) in `lo..=hi`.
    pub values: Option<(f64, f64)>,
    /// Only figures of these sources, by the path shown to users.
    pub sources: Option<&'a [String]>,
    /// The best `limit` figures by `words`, ties in [`Found::order`]; `None` returns every
    /// match, in [`Found::order`].
    pub limit: Option<usize>,
}

/// What the engine is about to look up for a draft's claims, handed over before it
/// starts: a backend that pays per request (a cluster) answers all of it in one round
/// trip and serves the lookups from what came back. A superset is harmless; anything
/// missed is looked up when asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lookups {
    /// Words whose [`Sources::word_weight`] will be asked (and their lower-case forms and
    /// parts, which a weight falls back to).
    pub words: Vec<String>,
    /// Stems [`Sources::stem_near_figures`] will be asked about.
    pub stems: Vec<String>,
    /// Canonical names [`Sources::is_name`] will be asked about.
    pub names: Vec<String>,
    /// Words [`Sources::names_starting`] will be asked about.
    pub name_starts: Vec<String>,
    /// Acronyms [`Sources::acronym`] will be asked about.
    pub acronyms: Vec<String>,
}

impl FigureQuery<'_> {
    /// The query as a key: two queries with the same key ask for the same figures (a
    /// backend that prefetches files its answers under it).
    pub fn key(&self) -> String {
        format!(
            "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            self.kinds,
            self.words,
            self.stems
                .iter()
                .map(|(s, w)| (s, w.to_bits()))
                .collect::<Vec<_>>(),
            self.values.map(|(lo, hi)| (lo.to_bits(), hi.to_bits())),
            self.sources,
            self.limit
        )
    }
}

/// The check engine's view of the sources: the seam between judging figures and storing
/// them. [`Corpus`] (a tantivy index, on disk or in memory) is one backend; a search
/// cluster is meant to be another.
///
/// Query-driven: the engine never walks the corpus. It asks for candidate figures
/// ([`Sources::find_figures`]) and for corpus-wide facts about words and names, each a
/// lookup in the index (a document frequency or a term-dictionary range), so a check
/// costs the same on two sources as on an archive, but for the candidates it weighs.
///
/// Searches return `Result`; the lookups answer "not found" when the index fails them
/// and say so in [`Sources::search_failure`], as does a caller that turned a failed
/// search into "nothing found" to keep going: a figure is never reported unsupported on
/// the strength of a search that failed.
pub trait Sources: Send + Sync {
    /// How many source figures the corpus holds.
    fn figure_count(&self) -> u64;
    /// The sources by the paths shown to users, in a stable order.
    fn source_paths(&self) -> &[String];
    /// The source figures a query asks for.
    fn find_figures(&self, query: &FigureQuery) -> Result<Vec<Found>, CorpusError>;
    /// Sentences matching `words` (BM25), best first.
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError>;
    /// How telling a word is, `0..=1` (1 the rarest); see [`Corpus::word_weight`].
    fn word_weight(&self, word: &str) -> f32;
    /// Whether some source figure has this stem near it ([`figcheck_figures::stem`]): a
    /// claim word near no figure cannot tell candidates apart.
    fn stem_near_figures(&self, stem: &str) -> bool;
    /// Whether the sources give this canonical name ([`figcheck_figures::canonical_name`])
    /// to a figure or mention it beside one.
    fn is_name(&self, canonical: &str) -> bool;
    /// The canonical names the sources use whose first word is `word`: the only names
    /// [`figcheck_figures::same_name`] can find the same as a name starting so.
    fn names_starting(&self, word: &str) -> Vec<String>;
    /// Whether the sources write this stem in lower case somewhere.
    fn in_lower_case(&self, stem: &str) -> bool;
    /// The name a source defines this acronym as ("POSRI" → "posco research institute").
    fn acronym(&self, acronym: &str) -> Option<String>;
    /// The largest total weight of `words` (stems) that stand near one source figure,
    /// each counted as often as it is listed.
    fn best_cover(&self, words: &[(String, f32)]) -> Result<f32, CorpusError>;
    /// The first search that failed, described; `None` while every search has worked.
    fn search_failure(&self) -> Option<&str>;
    /// Told what a check is about to look up ([`Lookups`]), before it starts; asked
    /// only of a backend that [`Sources::batches`]. The embedded index answers each
    /// lookup from memory-mapped terms and ignores this.
    fn prefetch(&self, _lookups: &Lookups) {}
    /// Told which ranked searches ([`FigureQuery`] with a `limit`) and which
    /// [`Sources::best_cover`]s are about to be asked for, so they can go in one round
    /// trip; each is then asked for as usual and must answer the same.
    fn prefetch_figures(&self, _queries: &[FigureQuery], _covers: &[&[(String, f32)]]) {}
    /// Whether the engine should work out a whole draft's searches before it checks the
    /// draft, for [`Sources::prefetch_figures`]: worth it only where a request costs a
    /// round trip.
    fn batches(&self) -> bool {
        false
    }
}

impl Sources for Corpus {
    fn figure_count(&self) -> u64 {
        Corpus::figure_count(self)
    }
    fn source_paths(&self) -> &[String] {
        &self.paths
    }
    fn find_figures(&self, query: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        self.guarded(|| self.find_figures_impl(query))
    }
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError> {
        Corpus::search_passages(self, words, limit)
    }
    fn word_weight(&self, word: &str) -> f32 {
        Corpus::word_weight(self, word)
    }
    fn stem_near_figures(&self, stem: &str) -> bool {
        self.term_count(self.fields.stems, stem) > 0
    }
    fn is_name(&self, canonical: &str) -> bool {
        self.term_count(self.fields.names, canonical) > 0
    }
    fn names_starting(&self, word: &str) -> Vec<String> {
        self.guarded(|| self.names_starting_impl(word))
            .unwrap_or_default()
    }
    fn in_lower_case(&self, stem: &str) -> bool {
        self.term_count(self.fields.lower, stem) > 0
    }
    fn acronym(&self, acronym: &str) -> Option<String> {
        self.guarded(|| self.acronym_impl(acronym)).ok().flatten()
    }
    fn best_cover(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        self.guarded(|| self.best_cover_impl(words))
    }
    fn search_failure(&self) -> Option<&str> {
        Corpus::search_failure(self)
    }
}

/// A loaded corpus: its sources and the index to search them. Figures are read from the
/// index as searches find them (and kept, so a language server reads each once), never
/// all at start-up.
pub struct Corpus {
    /// Where the sources' texts are, in `paths` order.
    pub(crate) texts: Texts,
    /// The sources' display paths, in a stable order: by corpus dir, then by path.
    pub(crate) paths: Vec<String>,
    /// Each source's key in the index, in `paths` order.
    pub(crate) keys: Vec<String>,
    /// Position in `paths` of each source, by its key in the index.
    pub(crate) doc_of_key: HashMap<String, usize>,
    /// Position in `paths` of each source, by its display path.
    pub(crate) doc_of_path: HashMap<String, usize>,
    /// Figures read so far, by their document in the index.
    pub(crate) loaded: Mutex<HashMap<DocAddress, Found>>,
    /// Document frequencies looked up so far, by field and term.
    pub(crate) counts: Mutex<HashMap<(u32, String), u64>>,
    /// How many entries each of `loaded` and `counts` keeps (see `index::CACHE_LIMIT`).
    pub(crate) cache_limit: usize,
    pub(crate) searcher: Searcher,
    /// Each segment's document store, read through [`stored::plausible`] (see there).
    pub(crate) stores: Vec<tantivy::store::StoreReader>,
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
            .field("sources", &self.paths.len())
            .field("figures", &self.figure_count())
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

    /// How many source figures the corpus holds.
    pub fn figure_count(&self) -> u64 {
        self.term_count(self.fields.doc_type, index::FIGURE)
    }

    /// Every source figure, grouped by source (in [`Sources::source_paths`] order), then in text
    /// order. Reads the whole index: for tests and tools, not for checking.
    pub fn figures(&self) -> Result<Vec<SourceFigure>, CorpusError> {
        let mut all = self.find_figures(&FigureQuery::default())?;
        all.sort_by_key(|f| {
            let doc = self.doc_of_path.get(&f.figure.source).copied();
            (doc, f.figure.start, f.figure.end)
        });
        Ok(all.into_iter().map(|f| (*f.figure).clone()).collect())
    }

    /// The sources by the paths shown to users, in a stable order: by corpus dir, then
    /// by path.
    pub fn source_paths(&self) -> &[String] {
        &self.paths
    }

    /// The text of the source shown as `path` (one of [`Sources::source_paths`]). An
    /// on-disk corpus keeps no texts (an archive's would not fit in memory): it reads the
    /// file now, as it is now, with the checks every source gets.
    pub fn source_text(&self, path: &str) -> Result<String, CorpusError> {
        let not_found = || CorpusError::Source {
            path: path.to_string(),
            problem: "not a source of this corpus".to_string(),
        };
        let &i = self.doc_of_path.get(path).ok_or_else(not_found)?;
        match &self.texts {
            Texts::Held(texts) => texts.get(i).cloned().ok_or_else(not_found),
            Texts::Files { paths, limit } => {
                let file = paths.get(i).ok_or_else(not_found)?;
                scan::read_text(file, *limit, true)
                    .map(|read| read.text)
                    .map_err(|problem| CorpusError::Source {
                        path: path.to_string(),
                        problem,
                    })
            }
        }
    }

    /// See [`Sources::find_figures`].
    pub fn find_figures(&self, query: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        Sources::find_figures(self, query)
    }

    /// Figures near the most of `words` (by their stems: the words near a figure and
    /// its names), best first. With `kinds`, only figures of those kinds. Numbers in
    /// `words` find nothing here: use [`Corpus::figures_in_range`].
    pub fn search_figures(
        &self,
        words: &[String],
        kinds: &[Kind],
        limit: usize,
    ) -> Result<Vec<Found>, CorpusError> {
        self.find_figures(&FigureQuery {
            kinds,
            words,
            limit: Some(limit),
            ..FigureQuery::default()
        })
    }

    /// Source figures whose value lies in `lo..=hi`, optionally of one kind, in
    /// [`Found::order`].
    pub fn figures_in_range(
        &self,
        kind: Option<Kind>,
        lo: f64,
        hi: f64,
    ) -> Result<Vec<Found>, CorpusError> {
        let kinds: Vec<Kind> = kind.into_iter().collect();
        self.find_figures(&FigureQuery {
            kinds: &kinds,
            values: Some((lo, hi)),
            ..FigureQuery::default()
        })
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
        word_weight_by(word, &|w| self.passage_weight(w))
    }
}

/// [`Corpus::word_weight`] over any backend's `passage_weight` (a word's weight, `None`
/// for a word no sentence holds).
pub(crate) fn word_weight_by(word: &str, passage_weight: &dyn Fn(&str) -> Option<f32>) -> f32 {
    if let Some(w) = passage_weight(word) {
        return w;
    }
    if word.chars().any(char::is_uppercase) {
        return word_weight_by(&word.to_lowercase(), passage_weight);
    }
    let mut parts = word
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| p.chars().count() > 1)
        .peekable();
    if parts.peek().is_none() || !word.contains(|c: char| !c.is_alphanumeric()) {
        return 1.0;
    }
    parts
        .map(|p| passage_weight(p).unwrap_or(1.0))
        .fold(0.0, f32::max)
}

/// A word's weight over `n` sentences of which `df` hold it, `ln((n + 1) / df) / ln(n + 1)`:
/// a word in one sentence weighs 1 and one in every sentence nearly 0.
pub(crate) fn idf_weight(n: f64, df: f64) -> f32 {
    let scale = (n + 1.0).ln();
    let w = ((n + 1.0) / df).ln() / scale;
    w.clamp(0.0, 1.0) as f32
}
