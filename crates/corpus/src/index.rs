//! The tantivy side: schema, what goes into each document, loading, and the searches.
//!
//! The index holds two sorts of document, told apart by `doc_type`:
//! - a *figure* document per source figure: its kind, and its value in a numeric field of
//!   its kind (so a value window is a range of the terms of the kinds it asks for rather
//!   than text matches; the default tokenizer would split 4.2 into 4 and 2), and the
//!   whole [`SourceFigure`] as a binary payload
//!   (postcard) so an up-to-date index is loaded without re-extracting anything.
//!   It also holds the figure's context stems and the names around it, so that what the
//!   engine asks about the whole corpus ("is this word near any figure?", "is this a name
//!   the sources use?") is a term lookup, not a pass over every figure, and a search by
//!   words ranks by their stems;
//! - a *passage* document per sentence, with its file, line and column;
//! - a *source* document per source, with the words it writes in lower case and the
//!   acronyms it defines.
//!
//! Ties in score are broken by a `tie` fast field derived from the source and byte offset,
//! not by the document's address: addresses depend on how segments were built and merged,
//! and results must be the same whether the index was built in one go or refreshed. The
//! index is sorted by `tie`, so that within a segment the two orders are one.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};
use std::ops::Bound;
use std::path::Path;

use figcheck_figures::{
    Format, Kind, LineIndex, canonical_name, context_stems, contexts, defined_acronyms, extract,
    lower_case_stems, name_stems,
};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EnableScoring, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{
    DocAddress, DocId, DocSet, Index, IndexSettings, IndexSortByField, IndexWriter, Order,
    ReloadPolicy, Score, TERMINATED, TantivyDocument, Term, doc,
};

use crate::contain::contain;
use crate::read::Places;
use crate::sentences::{collapse_whitespace, sentences_in};
use crate::{Corpus, CorpusError, FigureQuery, Found, Passage, SourceDoc, SourceFigure};

pub(crate) const FIGURE: &str = "figure";
const PASSAGE: &str = "passage";
const SOURCE: &str = "source";
/// How many figure postings a ranking by stems reads at most; see [`within_budget`].
pub(crate) const STEM_POSTINGS_BUDGET: u64 = 10_000;
/// Between an acronym and its name in the `acronym` field's terms.
pub(crate) const ACRONYM_SEPARATOR: char = '\u{1f}';
const TIE: &str = "tie";

/// How many figures (and, apart, document frequencies) a corpus keeps once read. A
/// language server checks draft after draft against one corpus for days: what it has
/// read must not grow with the archive. Checking the 2,000-word bench draft against a
/// 10,000-document archive is handed about 20,000 figures (fewer of them distinct), so a
/// full cache is emptied every few such drafts and figures are read again as needed; a
/// figure takes about half a kilobyte.
const CACHE_LIMIT: usize = 100_000;

/// Keeps `value` under `key`, emptying the cache first when it holds `limit` entries.
fn remember<K: std::hash::Hash + Eq, V>(
    cache: &std::sync::Mutex<HashMap<K, V>>,
    key: K,
    value: V,
    limit: usize,
) {
    let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
    if cache.len() >= limit {
        cache.clear();
    }
    cache.insert(key, value);
}

/// The writer's indexing budget, with one indexing thread. tantivy takes memory from it
/// as documents arrive, so refreshing a few sources costs what they need, not this; a
/// build of an archive fills it before writing a segment. With tantivy's 15 MB minimum a
/// 10,000-document build wrote dozens of small segments and spent its time and memory
/// merging them: 17.4 s and 220 MB peak, against 15.5 s and 181 MB with this.
const WRITER_HEAP_BYTES: usize = 100_000_000;

/// The schema's fields. Built from [`schema`] only, so field ids always match it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields {
    pub(crate) doc_type: Field,
    /// The source's key: for the on-disk index, `<corpus dir number>/<path in that dir>`,
    /// which stays the same whatever the working directory; for an in-memory corpus, its
    /// path.
    pub(crate) source: Field,
    /// Passage documents: the source's key again, stored (a figure document's is in its
    /// payload, so a key is stored once a document).
    origin: Field,
    kind: Field,
    /// Figure documents: the value (and a range's upper end) in the field of the figure's
    /// kind, by [`Kind::ALL`] position: a value window reads the figures of the kinds it
    /// asks for, not every figure of any kind with a value in it (a window around 2
    /// would read every 2%, 2nd and two o'clock as well).
    values: [Field; Kind::ALL.len()],
    payload: Field,
    passage: Field,
    line: Field,
    column: Field,
    tie: Field,
    /// Figure documents: the stems near the figure ([`figcheck_figures::context_stems`]).
    pub(crate) stems: Field,
    /// Figure documents: the canonical names of its anchors and of its sentence's entities.
    pub(crate) names: Field,
    /// Source documents: the stems the source writes in lower case somewhere.
    pub(crate) lower: Field,
    /// Source documents: `ACRONYM\u{1f}canonical name` for each acronym it defines.
    acronym: Field,
}

pub(crate) fn schema() -> (Schema, Fields) {
    // Frequencies but no positions: nothing here runs phrase queries.
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("default")
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    // Terms matched whole and never scored by length: without field norms, which cost a
    // byte a document for each such field.
    let exact = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_fieldnorms(false)
            .set_index_option(IndexRecordOption::Basic),
    );
    let mut b = Schema::builder();
    let fields = Fields {
        doc_type: b.add_text_field("doc_type", exact.clone()),
        source: b.add_text_field("source", exact.clone()),
        origin: b.add_text_field("origin", STORED),
        kind: b.add_text_field("kind", exact.clone()),
        // Indexed for range queries, without field norms: `INDEXED` alone keeps a norm
        // byte per document for each of these fields, every figure and passage, which
        // was an eighth of the index.
        values: Kind::ALL.map(|k| {
            b.add_f64_field(
                &format!("value_{}", k.as_str()),
                NumericOptions::default().set_indexed(),
            )
        }),
        payload: b.add_bytes_field("payload", STORED),
        passage: b.add_text_field("passage", words | STORED),
        line: b.add_u64_field("line", STORED),
        column: b.add_u64_field("column", STORED),
        tie: b.add_u64_field(TIE, FAST),
        stems: b.add_text_field("stems", exact.clone()),
        names: b.add_text_field("names", exact.clone()),
        lower: b.add_text_field("lower", exact.clone()),
        acronym: b.add_text_field("acronym", exact),
    };
    (b.build(), fields)
}

impl Fields {
    /// The field holding the values of figures of `kind`.
    fn value(&self, kind: Kind) -> Field {
        self.values[kind as usize]
    }
}

/// A match in one segment, ordered from worst to best: by score, then earlier in the
/// segment (earlier in tie order) is better.
#[derive(Clone, Copy, Debug)]
struct Ranked {
    score: Score,
    doc: DocId,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.score
            .total_cmp(&other.score)
            .then(other.doc.cmp(&self.doc))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

/// How the index is written: its stored figures (much of them words repeated from figure
/// to figure of a sentence) compressed with zstd, which makes the store several times
/// smaller than it is uncompressed (tantivy's default without a compression feature).
/// Blocks of 64 KiB rather than tantivy's 16: on the archive benchmark the store is 30%
/// smaller, and reading a figure costs a check microseconds more.
pub(crate) fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor::default()),
        docstore_blocksize: 65_536,
        // Documents in tie order within each segment: see `Corpus::top`.
        sort_by_field: Some(IndexSortByField {
            field: TIE.to_string(),
            order: Order::Asc,
        }),
        ..IndexSettings::default()
    }
}

pub(crate) fn writer(index: &Index) -> tantivy::Result<IndexWriter> {
    index.writer_with_num_threads(1, WRITER_HEAP_BYTES)
}

/// One source, ready to be written to the index.
pub(crate) struct PreparedSource {
    pub(crate) key: String,
    /// Each figure with its payload, already checked to decode back to the figure.
    pub(crate) figures: Vec<(SourceFigure, Vec<u8>)>,
    pub(crate) passages: Vec<PreparedPassage>,
    /// The stems the source writes in lower case, each once.
    pub(crate) lower: BTreeSet<String>,
    /// The acronyms it defines, as `acronym` field terms.
    pub(crate) acronyms: BTreeSet<String>,
    /// Notes for the user about figures that had to be left out.
    pub(crate) problems: Vec<String>,
}

pub(crate) struct PreparedPassage {
    pub(crate) start: usize,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) text: String,
}

/// Extracts the figures and sentences of one source, named `display` in notes.
///
/// Failures are contained here rather than passed on, each costing as little as it can
/// and leaving one line in the problems (the hook of [`crate::contain`] keeps the panic
/// itself quiet):
/// - a panic in the extractor (or while placing its figures) costs this source its
///   figures; its sentences are still indexed for passage search;
/// - a panic anywhere else in the per-file work (the sentence split) costs this source
///   its documents altogether;
/// - a figure whose payload would not decode back (a NaN value never equals itself) is
///   left out, since storing it would make every later load reject the index and rebuild
///   it.
pub(crate) fn prepare(
    key: &str,
    display: &str,
    text: &str,
    format: Format,
    places: &Places,
) -> PreparedSource {
    contain(|| prepare_uncontained(key, display, text, format, places)).unwrap_or_else(|panic| {
        PreparedSource {
            key: key.to_string(),
            figures: Vec::new(),
            passages: Vec::new(),
            lower: BTreeSet::new(),
            acronyms: BTreeSet::new(),
            problems: vec![format!(
                "skipped {display}: indexing it failed ({})",
                panic.describe()
            )],
        }
    })
}

/// Reads a scanned source again and prepares it: what is indexed is what is there now.
/// Its reader's notes on what it could read only in part join the problems; a source
/// that can no longer be read is the error.
pub(crate) fn prepare_file(
    f: &crate::scan::SourceFile,
    limit: u64,
) -> Result<PreparedSource, String> {
    let read = f.read(limit)?;
    let mut prepared = prepare(&f.key, &f.display, &read.text, f.format, &read.places);
    let partly = read.notes.iter().map(|n| format!("{}: {n}", f.display));
    prepared.problems.extend(partly);
    Ok(prepared)
}

#[cfg(test)]
pub(crate) mod test_panics {
    //! Markers that make [`super::prepare`] panic, to test containment without relying on
    //! a bug in the extractor. Compiled into this crate's unit tests only.

    /// In a source, makes the figure extractor's part panic.
    pub(crate) const IN_EXTRACTOR: &str = "FIGCHECK-TEST-PANIC-IN-EXTRACTOR";
    /// In a source, makes the sentence split (outside the extractor's part) panic.
    pub(crate) const IN_INDEXING: &str = "FIGCHECK-TEST-PANIC-IN-INDEXING";
}

fn prepare_uncontained(
    key: &str,
    display: &str,
    text: &str,
    format: Format,
    places: &Places,
) -> PreparedSource {
    #[cfg(test)]
    if text.contains(test_panics::IN_INDEXING) {
        panic!("a panic injected by a test, outside the extractor");
    }
    let lines = LineIndex::new(text);
    let sentences = sentences_in(text, format);
    let passages = sentences
        .iter()
        .filter(|r| text[(*r).clone()].chars().any(char::is_alphanumeric))
        .map(|r| {
            let at = lines.position(text, r.start);
            PreparedPassage {
                start: r.start,
                line: at.line,
                column: at.column,
                text: collapse_whitespace(&text[r.clone()]),
            }
        })
        .collect();
    let (figures, problems) =
        contain(|| figures_of(key, display, text, format, &sentences, &lines, places))
            .unwrap_or_else(|panic| {
                let note = format!(
                    "skipped the figures of {display}: the figure extractor failed ({})",
                    panic.describe()
                );
                (Vec::new(), vec![note])
            });
    PreparedSource {
        key: key.to_string(),
        figures,
        passages,
        lower: lower_case_stems(text).collect(),
        acronyms: defined_acronyms(text)
            .into_iter()
            .map(|(acronym, name)| format!("{acronym}{ACRONYM_SEPARATOR}{name}"))
            .collect(),
        problems,
    }
}

/// `United States, Industrial robots installed: 34200`: a table cell's row label, column
/// header and text, or `None` when the cell has no header to name.
fn cell_quote(
    text: &str,
    cells: &[figcheck_figures::table::Cell],
    start: usize,
    end: usize,
) -> Option<String> {
    let cell = figcheck_figures::table::cell_at(cells, start, end)?;
    let value = collapse_whitespace(text.get(cell.range.clone())?.trim());
    (!cell.header.is_empty() && !value.is_empty())
        .then(|| format!("{}, {}: {value}", cell.label, cell.header))
}

/// The figures of one source with their payloads, and notes on those left out.
fn figures_of(
    key: &str,
    display: &str,
    text: &str,
    format: Format,
    sentences: &[std::ops::Range<usize>],
    lines: &LineIndex,
    places: &Places,
) -> (Vec<(SourceFigure, Vec<u8>)>, Vec<String>) {
    #[cfg(test)]
    if text.contains(test_panics::IN_EXTRACTOR) {
        panic!("a panic injected by a test, in the extractor");
    }
    let mut problems = Vec::new();
    let mut found = extract(text, format);
    // A list a line ending in a colon introduces states how many items it has: "Here are
    // some of our products:" and four numbered items offer four products.
    found.extend(figcheck_figures::list_counts(text, format));
    found.sort_by_key(|f| (f.start, f.end));
    let date = figcheck_figures::source_date(text, format);
    // One sentence split for all of the source's figures, not one per figure.
    let found_contexts = contexts(text, &found);
    let cells = if text.contains('|') {
        figcheck_figures::table::cells(text)
    } else {
        Vec::new()
    };
    // Where each figure starts and its value, in text order: a cell's row values are
    // the figures within its row (found by binary search).
    let mut values_at: Vec<(usize, f64)> =
        found.iter().map(|f| (f.start, f.quantity.value)).collect();
    values_at.sort_by_key(|(start, _)| *start);
    let mut figures = Vec::with_capacity(found.len());
    let extracted = found.into_iter().zip(found_contexts);
    for (f, context) in extracted {
        // The sentences are in text order and do not overlap: the one holding the figure
        // is the last to start at or before it, found by binary search (a linear search
        // made a large source's figures quadratic: a 2.5 MB one spent a third of its
        // indexing here).
        let ours = || {
            let after = sentences.partition_point(|r| r.start <= f.start);
            sentences[..after].last().filter(|r| f.start < r.end)
        };
        // Markdown sentences are clipped to their prose, so a quote carries no markup.
        let quoted = match format {
            Format::Markdown => ours().cloned().unwrap_or_else(|| context.sentence.clone()),
            Format::Plain => context.sentence.clone(),
        };
        let sentence = text
            .get(quoted.clone())
            .filter(|s| s.contains(|c: char| !c.is_whitespace()))
            .or_else(|| text.get(ours()?.clone()))
            .map_or_else(|| f.text.clone(), collapse_whitespace);
        // A table cell is quoted as a person reads it, by its row and column
        // ("United States, Industrial robots installed: 34200"), not as its row's pipes.
        let sentence = context
            .cell
            .then(|| cell_quote(text, &cells, f.start, f.end))
            .flatten()
            .unwrap_or(sentence);
        // The other figures of its sentence (a cell's sentence is its row), worked out
        // here once rather than by extracting the sentence again for every claim that
        // weighs the figure: that was a sixth of a check's time on an archive.
        let row = {
            let row = if context.cell {
                &context.sentence
            } else {
                &quoted
            };
            let first = values_at.partition_point(|(start, _)| *start < row.start);
            values_at[first..]
                .iter()
                .take_while(|(start, _)| *start < row.end)
                .filter(|(start, _)| *start != f.start)
                .map(|(_, value)| *value)
                .collect()
        };
        let at = lines.position(text, f.start);
        let fig = SourceFigure {
            source: key.to_string(),
            line: at.line,
            column: at.column,
            start: f.start,
            end: f.end,
            text: f.text,
            quantity: f.quantity,
            sentence,
            context,
            place: places.at(f.start).map(str::to_string),
            date,
            row,
        };
        let payload = postcard::to_stdvec(&fig).ok().filter(|bytes| {
            postcard::from_bytes::<SourceFigure>(bytes).is_ok_and(|back| back == fig)
        });
        match payload {
            Some(bytes) => figures.push((fig, bytes)),
            None => problems.push(format!(
                "left out the figure {:?} at {display}:{}:{}: it cannot be stored (a value is not a finite number)",
                fig.text, fig.line, fig.column
            )),
        }
    }
    (figures, problems)
}

/// Adds one prepared source's documents.
pub(crate) fn add_source(
    writer: &IndexWriter,
    fields: &Fields,
    source: &PreparedSource,
    label: &str,
) -> Result<(), CorpusError> {
    let key = source.key.as_str();
    let index_err = |error| CorpusError::Index {
        index: label.to_string(),
        error,
    };
    let key_hash = key_hash(key);
    for (fig, payload) in &source.figures {
        let mut document = doc!(
            fields.doc_type => FIGURE,
            fields.source => key,
            fields.kind => fig.quantity.kind.as_str(),
            fields.value(fig.quantity.kind) => fig.quantity.value,
            fields.payload => payload.as_slice(),
            fields.tie => tie(key_hash, fig.start),
        );
        // A range ("$1.30 to $1.40") is found by either end: a claim of its upper end
        // may lie outside the window around its lower one.
        if let Some(upper) = fig.quantity.upper {
            document.add_f64(fields.value(fig.quantity.kind), upper);
        }
        for stem in context_stems(&fig.context).keys() {
            document.add_text(fields.stems, stem);
        }
        for name in &figure_names(fig) {
            document.add_text(fields.names, name);
        }
        writer.add_document(document).map_err(index_err)?;
    }
    let mut document = doc!(
        fields.doc_type => SOURCE,
        fields.source => key,
    );
    for stem in &source.lower {
        document.add_text(fields.lower, stem);
    }
    for acronym in &source.acronyms {
        document.add_text(fields.acronym, acronym);
    }
    writer.add_document(document).map_err(index_err)?;
    for p in &source.passages {
        writer
            .add_document(doc!(
                fields.doc_type => PASSAGE,
                fields.source => key,
                fields.origin => key,
                fields.passage => p.text.as_str(),
                fields.line => p.line as u64,
                fields.column => p.column as u64,
                fields.tie => tie(key_hash, p.start),
            ))
            .map_err(index_err)?;
    }
    Ok(())
}

/// The canonical names a figure document holds: those of its anchors and of its
/// sentence's entities.
pub(crate) fn figure_names(fig: &SourceFigure) -> BTreeSet<String> {
    fig.context
        .anchors
        .iter()
        .chain(&fig.context.entities)
        .map(|n| canonical_name(n))
        .collect()
}

/// Removes every document of the source with this key.
pub(crate) fn delete_source(writer: &IndexWriter, fields: &Fields, key: &str) {
    writer.delete_term(Term::from_field_text(fields.source, key));
}

pub(crate) fn key_hash(key: &str) -> u32 {
    let h = blake3::hash(key.as_bytes());
    let b = h.as_bytes();
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// A sort key that orders documents the same way however the index was built: by a
/// hash of the source, then by byte offset.
pub(crate) fn tie(key_hash: u32, start: usize) -> u64 {
    (u64::from(key_hash) << 32) | u64::from(u32::try_from(start).unwrap_or(u32::MAX))
}

/// Builds an in-memory corpus.
pub(crate) fn from_docs(docs: Vec<SourceDoc>) -> Result<Corpus, CorpusError> {
    const LABEL: &str = "in-memory index";
    let mut seen = HashSet::new();
    for d in &docs {
        if !seen.insert(d.path.as_str()) {
            return Err(CorpusError::DuplicateSource {
                path: d.path.clone(),
            });
        }
    }
    let index_err = |error| CorpusError::Index {
        index: LABEL.to_string(),
        error,
    };
    let (schema, fields) = schema();
    let index = Index::builder()
        .schema(schema)
        .settings(settings())
        .create_in_ram()
        .map_err(index_err)?;
    let mut writer = writer(&index).map_err(index_err)?;
    for d in &docs {
        // Problems are dropped figures; an in-memory corpus has no notes to report them in.
        let prepared = prepare(
            &d.path,
            &d.path,
            &d.text,
            Format::from_path(Path::new(&d.path)),
            &Places::default(),
        );
        add_source(&writer, &fields, &prepared, LABEL)?;
    }
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    let keys: Vec<String> = docs.iter().map(|d| d.path.clone()).collect();
    let mut corpus = contain(|| load(&index, &keys, &keys, LABEL))
        .unwrap_or_else(|panic| Err(format!("tantivy failed reading it ({})", panic.describe())))
        .map_err(|problem| CorpusError::Unusable {
            index: LABEL.to_string(),
            problem,
        })?;
    corpus.texts = crate::Texts::Held(docs.into_iter().map(|d| d.text).collect());
    Ok(corpus)
}

/// How many decompressed blocks of each segment's document store are kept, as tantivy's
/// own searcher keeps: a check reads figures that sit together.
const STORE_CACHE_BLOCKS: usize = 100;

/// Opens what a [`Corpus`] keeps in memory from an index whose sources have the given
/// keys and display paths (parallel slices, in the corpus's order): the searcher and the
/// source list, nothing per figure. The result has no docs yet: the caller moves them in.
/// Any failure means the index cannot be trusted, and is described for the note that
/// says it was rebuilt.
pub(crate) fn load(
    index: &Index,
    keys: &[String],
    displays: &[String],
    label: &str,
) -> Result<Corpus, String> {
    let (expected, fields) = schema();
    if index.schema() != expected {
        return Err("its schema is not this figcheck's".to_string());
    }
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(|e| format!("tantivy could not read it: {e}"))?;
    let searcher = reader.searcher();
    let doc_of_key: HashMap<String, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), i))
        .collect();
    // Every source the index holds must be one of the corpus's: a stray one would lend
    // its figures to checks. One term per source, so this reads no figure.
    for segment in searcher.segment_readers() {
        let inverted = segment
            .inverted_index(fields.source)
            .map_err(|e| format!("its source list could not be read: {e}"))?;
        let mut terms = inverted
            .terms()
            .stream()
            .map_err(|e| format!("its source list could not be read: {e}"))?;
        while terms.advance() {
            let key = String::from_utf8_lossy(terms.key());
            if !doc_of_key.contains_key(key.as_ref()) {
                return Err(format!("it holds figures of {key}, which is not a source"));
            }
        }
    }
    let analyzer = index
        .tokenizer_for_field(fields.passage)
        .map_err(|e| format!("its tokenizer is missing: {e}"))?;
    let stores = searcher
        .segment_readers()
        .iter()
        .map(|segment| segment.get_store_reader(STORE_CACHE_BLOCKS))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("its document store could not be read: {e}"))?;
    Ok(Corpus {
        texts: crate::Texts::Held(Vec::new()),
        paths: displays.to_vec(),
        doc_of_path: displays
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), i))
            .collect(),
        keys: keys.to_vec(),
        doc_of_key,
        loaded: std::sync::Mutex::new(HashMap::new()),
        counts: std::sync::Mutex::new(HashMap::new()),
        cache_limit: CACHE_LIMIT,
        searcher,
        stores,
        fields,
        analyzer,
        label: label.to_string(),
        failure: std::sync::OnceLock::new(),
    })
}

impl Corpus {
    /// Runs one search with any panic inside it contained and turned into
    /// [`CorpusError::Internal`]; the first failure of any kind is kept for
    /// [`Corpus::search_failure`].
    pub(crate) fn guarded<T>(
        &self,
        search: impl FnOnce() -> Result<T, CorpusError>,
    ) -> Result<T, CorpusError> {
        let result = contain(search).unwrap_or_else(|panic| {
            Err(CorpusError::Internal {
                index: self.label.clone(),
                action: "searching it",
                detail: panic.describe(),
            })
        });
        if let Err(e) = &result {
            let _ = self.failure.set(e.to_string());
        }
        result
    }

    fn search_err(&self, error: tantivy::TantivyError) -> CorpusError {
        CorpusError::Index {
            index: self.label.clone(),
            error,
        }
    }

    /// The index terms for `words` in `field`, split and lowercased as the field was.
    fn terms(&self, field: Field, words: &[String]) -> Vec<Term> {
        let mut analyzer = self.analyzer.clone();
        let mut tokens = BTreeSet::new();
        for w in words {
            let mut stream = analyzer.token_stream(w);
            while stream.advance() {
                tokens.insert(stream.token().text.clone());
            }
        }
        tokens
            .into_iter()
            .map(|t| Term::from_field_text(field, &t))
            .collect()
    }

    /// The best `limit` documents for `query`, ties broken by the `tie` field.
    ///
    /// The index is sorted by `tie` ([`settings`]), so within a segment a document's
    /// number is its place in tie order: each segment's best are found by score alone,
    /// with no column read per match (reading `tie` for every match was a sixth of a
    /// check against an archive), and only they are ranked across segments by their ties.
    fn top(
        &self,
        query: &dyn Query,
        limit: usize,
    ) -> Result<Vec<(Score, DocAddress)>, CorpusError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let weight = query
            .weight(EnableScoring::enabled_from_searcher(&self.searcher))
            .map_err(|e| self.search_err(e))?;
        let mut best: Vec<(Score, u64, DocAddress)> = Vec::new();
        for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
            let mut scorer = weight
                .scorer(segment, 1.0)
                .map_err(|e| self.search_err(e))?;
            let alive = segment.alive_bitset();
            // The segment's best so far, the worst on top; a later document with the
            // worst one's score comes after it in tie order, so only a higher score
            // displaces it.
            // Not sized by `limit` up front: a caller may ask for "all" with a huge one.
            let mut kept: BinaryHeap<Reverse<Ranked>> = BinaryHeap::new();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let score = scorer.score();
                    let full = kept.len() == limit;
                    if !full || kept.peek().is_some_and(|w| score > w.0.score) {
                        kept.push(Reverse(Ranked { score, doc }));
                        if full {
                            kept.pop();
                        }
                    }
                }
                doc = scorer.advance();
            }
            let ties = segment
                .fast_fields()
                .u64(TIE)
                .map_err(|e| self.search_err(e))?;
            let segment_ord = u32::try_from(ord).unwrap_or(u32::MAX);
            best.extend(kept.into_iter().map(|Reverse(r)| {
                let tie = ties.first(r.doc).unwrap_or(u64::MAX);
                (r.score, tie, DocAddress::new(segment_ord, r.doc))
            }));
        }
        best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        best.truncate(limit);
        Ok(best.into_iter().map(|(score, _, a)| (score, a)).collect())
    }

    /// How many documents hold `term` in `field`, looked up once per corpus. A failed
    /// lookup counts as none and is remembered as the corpus's search failure.
    pub(crate) fn term_count(&self, field: Field, term: &str) -> u64 {
        self.try_term_count(field, term).unwrap_or(0)
    }

    /// [`Corpus::term_count`] for a search, which fails when the count cannot be read
    /// rather than ranking as if the term were absent.
    fn try_term_count(&self, field: Field, term: &str) -> Result<u64, CorpusError> {
        let key = (field.field_id(), term.to_string());
        if let Some(&n) = self
            .counts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(n);
        }
        let n = self.guarded(|| {
            self.searcher
                .doc_freq(&Term::from_field_text(field, term))
                .map_err(|e| self.search_err(e))
        })?;
        remember(&self.counts, key, n, self.cache_limit);
        Ok(n)
    }

    /// A word's weight over the corpus's sentences, `ln((n + 1) / df) / ln(n + 1)` for `n`
    /// sentences of which `df` hold the word, so a word in one sentence weighs 1 and one
    /// in every sentence nearly 0; `None` for a word no sentence holds. (Refreshes merge
    /// away deleted documents, so the counts are exact.)
    pub(crate) fn passage_weight(&self, word: &str) -> Option<f32> {
        let df = self.term_count(self.fields.passage, word);
        if df == 0 {
            return None;
        }
        let n = self.term_count(self.fields.doc_type, PASSAGE) as f64;
        Some(crate::idf_weight(n, df as f64))
    }

    /// A stored document, its bytes checked before tantivy decodes them (see
    /// [`crate::stored`]).
    fn stored(&self, address: DocAddress) -> Result<TantivyDocument, CorpusError> {
        let store = self
            .stores
            .get(address.segment_ord as usize)
            .ok_or_else(|| CorpusError::Unusable {
                index: self.label.clone(),
                problem: format!("it has no segment {}", address.segment_ord),
            })?;
        let bytes = store
            .get_document_bytes(address.doc_id)
            .map_err(|e| self.search_err(e))?;
        if !crate::stored::plausible(bytes.as_slice()) {
            return Err(CorpusError::Unusable {
                index: self.label.clone(),
                problem: "a stored document is damaged (its lengths run past its end)".to_string(),
            });
        }
        store.get(address.doc_id).map_err(|e| self.search_err(e))
    }

    /// The figure a figure document holds, read from its payload once.
    fn figure_at(&self, address: DocAddress) -> Result<Found, CorpusError> {
        if let Some(found) = self
            .loaded
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&address)
        {
            return Ok(found.clone());
        }
        let doc = self.stored(address)?;
        let unusable = |problem: String| CorpusError::Unusable {
            index: self.label.clone(),
            problem,
        };
        let bytes = doc
            .get_first(self.fields.payload)
            .and_then(|v| v.as_bytes())
            .ok_or_else(|| unusable("a figure has no payload".to_string()))?;
        let mut figure: SourceFigure = postcard::from_bytes(bytes)
            .map_err(|e| unusable(format!("a stored figure could not be decoded: {e}")))?;
        let Some(&doc_no) = self.doc_of_key.get(&figure.source) else {
            return Err(unusable(format!(
                "it holds figures of {}, which is not a source",
                figure.source
            )));
        };
        let order = tie(key_hash(&figure.source), figure.start);
        figure.source = self.paths[doc_no].clone();
        let found = Found {
            order,
            figure: std::sync::Arc::new(figure),
        };
        remember(&self.loaded, address, found.clone(), self.cache_limit);
        Ok(found)
    }

    pub(crate) fn find_figures_impl(&self, q: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        if q.limit == Some(0) {
            return Ok(Vec::new());
        }
        let mut filters: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some((lo, hi)) = q.values {
            // Also refuses NaN bounds, which compare as neither.
            if lo.partial_cmp(&hi).is_none_or(|o| o.is_gt()) {
                return Ok(Vec::new());
            }
            let kinds: &[Kind] = if q.kinds.is_empty() {
                &Kind::ALL
            } else {
                q.kinds
            };
            let ranges: Vec<(Occur, Box<dyn Query>)> = kinds
                .iter()
                .map(|k| {
                    let field = self.fields.value(*k);
                    let range: Box<dyn Query> = Box::new(RangeQuery::new(
                        Bound::Included(Term::from_field_f64(field, lo)),
                        Bound::Included(Term::from_field_f64(field, hi)),
                    ));
                    (Occur::Should, range)
                })
                .collect();
            filters.push((Occur::Must, filter(Box::new(BooleanQuery::new(ranges)))));
        }
        if let Some(sources) = q.sources {
            let keys: Vec<Term> = sources
                .iter()
                .filter_map(|path| self.doc_of_path.get(path))
                .map(|&i| Term::from_field_text(self.fields.source, &self.keys[i]))
                .collect();
            if keys.is_empty() {
                return Ok(Vec::new());
            }
            filters.push((Occur::Must, const_any_of(keys)));
        }
        // A value window already reads only the kinds asked for.
        if !q.kinds.is_empty() && q.values.is_none() {
            filters.push((Occur::Must, self.kind_filter(q.kinds)));
        }
        let ranked = q.limit.is_some();
        let selecting = q.values.is_some() || q.sources.is_some();
        let mut ranking: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if ranked {
            let stems = ranking_stems(q);
            let kept = within_budget(&stems, STEM_POSTINGS_BUDGET, |s| {
                self.try_term_count(self.fields.stems, s)
            })?;
            ranking.extend(self.weighted_stems(&kept));
        }
        let mut clauses = filters;
        if !ranking.is_empty() {
            let occur = if selecting {
                Occur::Should
            } else {
                Occur::Must
            };
            clauses.push((occur, Box::new(BooleanQuery::new(ranking))));
        } else if ranked && !selecting {
            // Ranked by words, but none that the index knows: nothing is near them.
            return Ok(Vec::new());
        }
        // Only figure documents hold a kind, a value, context words or stems: the filter
        // is needed only when none of those selects (it would be one more long list to
        // intersect). A source's key is on all its documents.
        let only_figures = !q.kinds.is_empty() || q.values.is_some() || !selecting;
        if !only_figures || clauses.is_empty() {
            let figures = Term::from_field_text(self.fields.doc_type, FIGURE);
            clauses.push((Occur::Must, const_any_of(vec![figures])));
        }
        let query = BooleanQuery::new(clauses);
        let addresses: Vec<DocAddress> = match q.limit {
            Some(limit) => self
                .top(&query, limit)?
                .into_iter()
                .map(|(_, a)| a)
                .collect(),
            None => self
                .searcher
                .search(&query, &DocSetCollector)
                .map_err(|e| self.search_err(e))?
                .into_iter()
                .collect(),
        };
        let mut found = addresses
            .into_iter()
            .map(|a| self.figure_at(a))
            .collect::<Result<Vec<Found>, CorpusError>>()?;
        if q.limit.is_none() {
            found.sort_by_key(|f| f.order);
        }
        Ok(found)
    }

    /// Matches figures of any of `kinds` without adding to their score, so the kind's
    /// rarity does not rank one figure above another.
    fn kind_filter(&self, kinds: &[Kind]) -> Box<dyn Query> {
        const_any_of(
            kinds
                .iter()
                .map(|k| Term::from_field_text(self.fields.kind, k.as_str()))
                .collect(),
        )
    }

    /// Every term of `field` that starts with `prefix`, across segments, each once.
    fn terms_with_prefix(&self, field: Field, prefix: &str) -> Result<Vec<String>, CorpusError> {
        let mut out = BTreeSet::new();
        for segment in self.searcher.segment_readers() {
            let inverted = segment
                .inverted_index(field)
                .map_err(|e| self.search_err(e))?;
            let mut terms = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()
                .map_err(|e| self.search_err(tantivy::TantivyError::from(e)))?;
            while terms.advance() {
                let Ok(term) = std::str::from_utf8(terms.key()) else {
                    continue;
                };
                if !term.starts_with(prefix) {
                    break;
                }
                out.insert(term.to_string());
            }
        }
        Ok(out.into_iter().collect())
    }

    pub(crate) fn names_starting_impl(&self, word: &str) -> Result<Vec<String>, CorpusError> {
        if word.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self
            .terms_with_prefix(self.fields.names, word)?
            .into_iter()
            .filter(|name| {
                name.strip_prefix(word)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '-']))
            })
            .collect())
    }

    pub(crate) fn acronym_impl(&self, acronym: &str) -> Result<Option<String>, CorpusError> {
        let prefix = format!("{acronym}{ACRONYM_SEPARATOR}");
        Ok(self
            .terms_with_prefix(self.fields.acronym, &prefix)?
            .into_iter()
            .next()
            .map(|term| term[prefix.len()..].to_string()))
    }

    /// One optional clause per stem, scoring its weight when the stem is near a figure:
    /// a query of them scores a figure by the total weight of the stems near it.
    fn weighted_stems(&self, stems: &[(String, f32)]) -> Vec<(Occur, Box<dyn Query>)> {
        stems
            .iter()
            .filter(|(_, w)| *w > 0.0 && w.is_finite())
            .map(|(stem, w)| {
                let q: Box<dyn Query> = Box::new(ConstScoreQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.fields.stems, stem),
                        IndexRecordOption::Basic,
                    )),
                    *w,
                ));
                (Occur::Should, q)
            })
            .collect()
    }

    pub(crate) fn best_cover_impl(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        if words.is_empty() {
            return Ok(0.0);
        }
        let clauses = self.weighted_stems(words);
        if clauses.is_empty() {
            return Ok(0.0);
        }
        let best = self
            .searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(1).order_by_score(),
            )
            .map_err(|e| self.search_err(e))?;
        Ok(best.first().map_or(0.0, |(score, _)| *score))
    }

    pub(crate) fn search_passages_impl(
        &self,
        words: &[String],
        limit: usize,
    ) -> Result<Vec<Passage>, CorpusError> {
        let terms = self.terms(self.fields.passage, words);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut found: Vec<(Score, usize, Passage)> = Vec::new();
        for (score, address) in self.top(any_of(terms).as_ref(), limit)? {
            let doc = self.stored(address)?;
            let text_of = |f| {
                doc.get_first(f)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let number_of = |f| doc.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
            let (Some(key), Some(text)) =
                (text_of(self.fields.origin), text_of(self.fields.passage))
            else {
                continue;
            };
            let Some(&doc_no) = self.doc_of_key.get(&key) else {
                continue;
            };
            let passage = Passage {
                source: self.paths[doc_no].clone(),
                line: number_of(self.fields.line),
                column: number_of(self.fields.column),
                text,
            };
            found.push((score, doc_no, passage));
        }
        found.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then((a.2.line, a.2.column).cmp(&(b.2.line, b.2.column)))
        });
        Ok(found.into_iter().map(|(_, _, p)| p).collect())
    }
}

/// The stems a query ranks by: its weighted stems, and each of its words as its stems of
/// weight 1 (the index keeps the stems near a figure, not its sentence's words).
pub(crate) fn ranking_stems(q: &FigureQuery) -> Vec<(String, f32)> {
    let mut stems: Vec<(String, f32)> = q.stems.to_vec();
    for word in q.words {
        for s in name_stems(word).filter(|s| !s.is_empty()) {
            if !stems.iter().any(|(t, _)| *t == s) {
                stems.push((s, 1.0));
            }
        }
    }
    stems
}

/// The stems a ranking reads: the rarest first (by `count`, the figures near each), as
/// long as their figures together stay within `budget` (the rarest is always read). A
/// stem near a large part of an archive's figures costs a pass over them in every query
/// and hardly moves a ranking that rarer stems decide; in a corpus of ordinary size every
/// stem is read, so the ranking is the engine's own.
pub(crate) fn within_budget(
    stems: &[(String, f32)],
    budget: u64,
    mut count: impl FnMut(&str) -> Result<u64, CorpusError>,
) -> Result<Vec<(String, f32)>, CorpusError> {
    let mut by_rarity: Vec<(u64, &(String, f32))> = Vec::new();
    for s in stems {
        let n = count(&s.0)?;
        if n > 0 {
            by_rarity.push((n, s));
        }
    }
    by_rarity.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.0.cmp(&b.1.0)));
    let mut read = 0;
    let mut kept = Vec::new();
    for (n, stem) in by_rarity {
        if !kept.is_empty() && read + n > budget {
            break;
        }
        read += n;
        kept.push(stem.clone());
    }
    Ok(kept)
}

/// Documents holding any of `terms`, their postings read as `record` says.
fn union(terms: Vec<Term>, record: IndexRecordOption) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        terms
            .into_iter()
            .map(|t| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(t, record));
                (Occur::Should, q)
            })
            .collect(),
    ))
}

/// A query for documents holding any of `terms`, scored by BM25.
fn any_of(terms: Vec<Term>) -> Box<dyn Query> {
    union(terms, IndexRecordOption::WithFreqs)
}

/// A filter for documents holding any of `terms`, adding nothing to their score.
fn const_any_of(terms: Vec<Term>) -> Box<dyn Query> {
    filter(union(terms, IndexRecordOption::Basic))
}

/// `query` as a filter: it selects documents and adds nothing to their score.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use super::test_panics::{IN_EXTRACTOR, IN_INDEXING};
    use super::*;
    use crate::{Corpus, OpenOptions};

    const TEXT: &str = "Korea installed 30,600 robots. Japan installed 44,500.\n";

    /// An in-RAM index of `sources` (key, text), committed in `commits` parts, so that it
    /// has that many segments.
    fn segmented(sources: &[(String, String)], commits: usize) -> Corpus {
        let (schema, fields) = schema();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()
            .expect("index");
        let mut writer = writer(&index).expect("writer");
        for part in sources.chunks(sources.len().div_ceil(commits)) {
            for (key, text) in part {
                let prepared = prepare(key, key, text, Format::Plain, &Places::default());
                add_source(&writer, &fields, &prepared, "test").expect("added");
            }
            writer.commit().expect("commit");
        }
        writer.wait_merging_threads().expect("merged");
        let keys: Vec<String> = sources.iter().map(|(k, _)| k.clone()).collect();
        load(&index, &keys, &keys, "test").expect("loads")
    }

    #[test]
    fn the_caches_stay_within_their_limit_and_answer_the_same() {
        let sources: Vec<(String, String)> = (0..10)
            .map(|i| {
                (
                    format!("s{i}.txt"),
                    format!("The plant installed {} robots.\n", 100 + i),
                )
            })
            .collect();
        let mut corpus = segmented(&sources, 1);
        let all = |c: &Corpus| -> Vec<u64> {
            c.find_figures_impl(&FigureQuery::default())
                .expect("all")
                .iter()
                .map(|f| f.order)
                .collect()
        };
        let unbounded = all(&corpus);
        corpus.cache_limit = 3;
        corpus.loaded.lock().expect("lock").clear();
        assert_eq!(all(&corpus), unbounded);
        assert_eq!(all(&corpus), unbounded);
        assert!(corpus.loaded.lock().expect("lock").len() <= 3);
        for w in ["robot", "plant", "install", "zeppelin"] {
            corpus.term_count(corpus.fields.stems, w);
        }
        assert!(corpus.counts.lock().expect("lock").len() <= 3);
    }

    #[test]
    fn a_cell_keeps_the_values_of_its_row_and_prose_those_of_its_sentence() {
        let text = "| Orchard | Tonnes | Sales ($m) |\n|---|---:|---:|\n\
                    | Orchard Hill | 4,310 | 18.6 |\n| Cedar Ridge | 1,275 | 5.4 |\n\n\
                    Sales rose 4% to $24 million.\n";
        let prepared = prepare("a.md", "a.md", text, Format::Markdown, &Places::default());
        let row = |figure: &str| {
            prepared
                .figures
                .iter()
                .find(|(f, _)| f.text == figure)
                .map(|(f, _)| f.row.clone())
                .unwrap_or_else(|| panic!("no figure {figure}"))
        };
        assert_eq!(row("18.6"), vec![4310.0]);
        assert_eq!(row("1,275"), vec![5.4e6]);
        assert_eq!(row("4%"), vec![24e6]);
        assert_eq!(row("$24 million"), vec![4.0]);
    }

    #[test]
    fn each_kind_has_its_value_field() {
        // `Fields::value` indexes `Fields::values` by a kind's discriminant: it must be
        // its place in `Kind::ALL`.
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i, "{k:?}");
        }
    }

    #[test]
    fn the_best_are_ranked_by_tie_across_segments_as_in_one() {
        // Forty sources whose figures all score alike for the query: the tie decides
        // which are returned, and must whatever the segments.
        let sources: Vec<(String, String)> = (0..40)
            .map(|i| {
                let text = format!("The plant installed {} robots.\n", 100 + i);
                (format!("s{i:02}.txt"), text)
            })
            .collect();
        let stems = [("robot".to_string(), 1.0)];
        let query = FigureQuery {
            stems: &stems,
            limit: Some(7),
            ..FigureQuery::default()
        };
        let one = segmented(&sources, 1);
        let four = segmented(&sources, 4);
        assert_eq!(four.searcher.segment_readers().len(), 4);
        let orders = |c: &Corpus| -> Vec<u64> {
            c.find_figures_impl(&query)
                .expect("found")
                .iter()
                .map(|f| f.order)
                .collect()
        };
        let mut every: Vec<u64> = one
            .find_figures_impl(&FigureQuery::default())
            .expect("all")
            .iter()
            .map(|f| f.order)
            .collect();
        every.sort_unstable();
        assert_eq!(every.len(), 40);
        assert_eq!(orders(&one), every[..7]);
        assert_eq!(orders(&four), every[..7]);
        // "As many as there are", asked with the largest limit, is every match.
        let all = FigureQuery {
            limit: Some(usize::MAX),
            ..query
        };
        let found: Vec<u64> = four
            .find_figures_impl(&all)
            .expect("found")
            .iter()
            .map(|f| f.order)
            .collect();
        assert_eq!(found, every);
    }

    #[test]
    fn an_extractor_panic_costs_the_figures_and_leaves_one_line() {
        let text = format!("{TEXT}{IN_EXTRACTOR}\n");
        let prepared = prepare(
            "0/x.txt",
            "corpus/x.txt",
            &text,
            Format::Plain,
            &Places::default(),
        );
        assert!(prepared.figures.is_empty());
        assert_eq!(
            prepared.passages.len(),
            3,
            "the sentences are still indexed"
        );
        assert_eq!(prepared.problems.len(), 1, "{:?}", prepared.problems);
        let note = &prepared.problems[0];
        assert_eq!(note.lines().count(), 1, "{note}");
        assert!(
            note.starts_with(
                "skipped the figures of corpus/x.txt: the figure extractor failed (internal error: a panic injected by a test, in the extractor at "
            ),
            "{note}"
        );
        assert!(
            note.ends_with("; run with RUST_BACKTRACE=1 for the trace)"),
            "{note}"
        );
        // Without the marker, the same text has its figures.
        let fine = prepare(
            "0/x.txt",
            "corpus/x.txt",
            TEXT,
            Format::Plain,
            &Places::default(),
        );
        assert_eq!(fine.figures.len(), 2);
        assert!(fine.problems.is_empty());
    }

    #[test]
    fn a_panic_elsewhere_in_per_file_work_skips_the_file_in_one_line() {
        let text = format!("{TEXT}{IN_INDEXING}\n");
        let prepared = prepare(
            "0/x.txt",
            "corpus/x.txt",
            &text,
            Format::Plain,
            &Places::default(),
        );
        assert!(prepared.figures.is_empty() && prepared.passages.is_empty());
        assert_eq!(prepared.problems.len(), 1, "{:?}", prepared.problems);
        let note = &prepared.problems[0];
        assert!(
            note.starts_with("skipped corpus/x.txt: indexing it failed (internal error: "),
            "{note}"
        );
        assert_eq!(note.lines().count(), 1, "{note}");
    }

    #[test]
    fn a_ranking_reads_the_rarest_stems_within_its_budget() {
        let corpus = Corpus::from_docs(vec![crate::SourceDoc {
            path: "a.txt".into(),
            text: "Korea installed 30,600 robots. Japan installed 44,500 robots. \
                   Germany installed 27,000 robots. Korea filed 1,200 patents.\n"
                .into(),
        }])
        .expect("in-memory corpus");
        let stems: Vec<(String, f32)> = ["robot", "patent", "zeppelin"]
            .iter()
            .map(|s| (s.to_string(), 1.0))
            .collect();
        let count = |s: &str| corpus.term_count(corpus.fields.stems, s);
        assert_eq!((count("robot"), count("patent")), (3, 1));
        let kept = |budget| -> Vec<String> {
            within_budget(&stems, budget, |s| Ok(count(s)))
                .expect("counts")
                .into_iter()
                .map(|(s, _)| s)
                .collect()
        };
        // Rarest first; a stem near no figure is never read.
        assert_eq!(kept(100), ["patent", "robot"]);
        assert_eq!(kept(3), ["patent"]);
        // The rarest is read whatever it costs.
        assert_eq!(kept(0), ["patent"]);
    }

    #[test]
    fn a_panic_in_a_search_is_an_error_and_is_remembered() {
        let corpus = Corpus::from_docs(vec![crate::SourceDoc {
            path: "a.txt".into(),
            text: TEXT.into(),
        }])
        .expect("in-memory corpus");
        assert_eq!(corpus.search_failure(), None);
        let failed = corpus.guarded(|| -> Result<(), CorpusError> { panic!("a bug in a search") });
        let err = failed.expect_err("contained");
        assert!(
            matches!(
                &err,
                CorpusError::Internal {
                    action: "searching it",
                    ..
                }
            ),
            "{err:?}"
        );
        let shown = err.to_string();
        assert!(
            shown.starts_with(
                "in-memory index: searching it failed (internal error: a bug in a search at "
            ),
            "{shown}"
        );
        assert_eq!(corpus.search_failure(), Some(shown.as_str()));
        // Later searches work, and the first failure stays the one reported.
        assert!(corpus.search_figures(&["robots".into()], &[], 5).is_ok());
        assert_eq!(corpus.search_failure(), Some(shown.as_str()));
    }

    /// Set in the child process of the test below.
    const CHILD: &str = "FIGCHECK_CORPUS_PANIC_CHILD";

    /// Opens a corpus of three sources, two of which make the extractor panic, and prints
    /// the notes as the CLI does; run as a child process by the test below, since what is
    /// tested is what reaches the process's stderr.
    fn child() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let corpus = tmp.path().join("corpus");
        std::fs::create_dir(&corpus).expect("corpus dir");
        std::fs::write(corpus.join("a.txt"), format!("{TEXT}{IN_EXTRACTOR}")).expect("a");
        std::fs::write(corpus.join("b.txt"), TEXT).expect("b");
        std::fs::write(corpus.join("c.txt"), format!("{IN_EXTRACTOR} {TEXT}")).expect("c");
        let opts = OpenOptions {
            corpus_dirs: vec![corpus.clone()],
            index_dir: tmp.path().join("index"),
            ..OpenOptions::default()
        };
        let opened = Corpus::open(&opts, &mut |_| {}).expect("corpus opens");
        for note in &opened.notes {
            eprintln!("note: {note}");
        }
        assert_eq!(opened.corpus.figure_count(), 2, "b.txt's figures");
    }

    fn run_child(backtrace: bool) -> (String, bool) {
        let name = "index::tests::each_contained_panic_prints_one_note_line_and_nothing_else";
        let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
        cmd.args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env(CHILD, "1")
            .env_remove("RUST_LIB_BACKTRACE");
        if backtrace {
            cmd.env("RUST_BACKTRACE", "1");
        } else {
            cmd.env_remove("RUST_BACKTRACE");
        }
        let out = cmd.output().expect("run the test binary");
        (
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.success(),
        )
    }

    #[test]
    fn each_contained_panic_prints_one_note_line_and_nothing_else() {
        if std::env::var_os(CHILD).is_some() {
            child();
            return;
        }
        let (stderr, ok) = run_child(false);
        assert!(ok, "{stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 2, "one line per panicking source:\n{stderr}");
        for (line, file) in lines.iter().zip(["a.txt", "c.txt"]) {
            assert!(
                line.starts_with("note: skipped the figures of ")
                    && line.contains(&format!(
                        "corpus/{file}: the figure extractor failed (internal error: "
                    ))
                    && line.ends_with("run with RUST_BACKTRACE=1 for the trace)"),
                "{line}"
            );
        }

        // With RUST_BACKTRACE set, each panic's trace is there to be read as well.
        let (stderr, ok) = run_child(true);
        assert!(ok, "{stderr}");
        assert_eq!(
            stderr
                .matches("figcheck: backtrace of a contained panic at ")
                .count(),
            2,
            "{stderr}"
        );
        assert_eq!(stderr.matches("note: skipped the figures of ").count(), 2);
        assert!(!stderr.contains("panicked at"), "{stderr}");
    }
}
