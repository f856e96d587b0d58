//! The corpus in an OpenSearch cluster: a second backend behind [`Sources`], for a
//! newsroom whose archive already lives in a search cluster.
//!
//! `figcheck index --backend opensearch+http://HOST:PORT/INDEX` pushes the local corpus
//! folders into the index ([`push`]); `check`, `query` and `explain` with the same
//! `--backend` ask the cluster what they would ask the embedded index ([`Cluster`]). The
//! documents are the embedded index's, analysed by figcheck before they are sent (see
//! [`mapping`]), so each lookup counts what the embedded index counts and the verdicts are
//! the same; `crates/cli/tests/opensearch.rs` holds the two to that against a real
//! cluster.
//!
//! Failure is never silent: a cluster that cannot be reached, refuses, or answers what
//! cannot be read fails the search (a [`CorpusError::Backend`] naming the cluster), and a
//! lookup that cannot fail by its signature records the failure in
//! [`Sources::search_failure`], which the front ends check before they publish.

mod client;
mod mapping;
mod push;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Value, json};
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

pub use client::{Address, CA_VAR, PASSWORD_VAR, USER_VAR};
pub use push::{PushStats, push};

use crate::index::{STEM_POSTINGS_BUDGET, ranking_stems, within_budget};
use crate::{CorpusError, FigureQuery, Found, Lookups, Passage, SourceFigure, Sources};
use client::{Client, Method};
use figcheck_figures::{canonical_name, stem};
use mapping::*;

/// Hits read per request when a search wants more than one page.
const PAGE: usize = 1000;
/// Terms counted per request.
const COUNTS_PER_REQUEST: usize = 500;
/// How many names (or acronyms) one prefix lookup returns at most: the names a word
/// starts in an archive are a handful.
const PREFIX_TERMS: usize = 10_000;

/// A lookup sent in a multi-search, to file its answer under.
enum Search {
    /// Document counts of these terms of a field.
    Counts(&'static str, Vec<String>),
    /// The terms of a field starting with a prefix.
    Prefix(&'static str, String),
}

/// What a figure search reads of each hit.
const FIGURE_FIELDS: [&str; 2] = [PAYLOAD, TIE];
/// How many ranked searches' answers a connection keeps (a language server's lives for
/// days): emptied when full.
const RANKED_CACHE: usize = 20_000;

/// Best score first, ties in the embedded index's tie order, then by id: the order of
/// a ranked search, the same however the index is sharded.
fn best_first() -> Value {
    json!([{ "_score": "desc" }, { TIE: "asc" }, { UID: "asc" }])
}

/// The search for the best cover of `words` (see [`Sources::best_cover`]): the figure
/// with the largest total weight of them near it. `None` when no word weighs.
fn cover_body(words: &[(String, f32)]) -> Option<Value> {
    let should = weighted(words);
    (!should.is_empty()).then(|| {
        json!({
            "size": 1,
            "_source": false,
            "track_total_hits": false,
            "query": { "bool": { "should": should, "minimum_should_match": 1 } },
            "sort": [{ "_score": "desc" }],
        })
    })
}

/// The best cover an answer to [`cover_body`] gives.
fn cover_of(answer: &Value) -> f32 {
    answer
        .pointer("/hits/hits/0/_score")
        .and_then(Value::as_f64)
        .unwrap_or(0.0) as f32
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

/// The figcheck index in an OpenSearch cluster, as the check engine sees it.
pub struct Cluster {
    client: Client,
    /// The sources' display paths in the embedded index's order, read when first asked.
    paths: OnceLock<Vec<String>>,
    /// Document counts looked up so far, by field and term.
    counts: Mutex<HashMap<(&'static str, String), u64>>,
    /// Terms found by prefix so far, by field and prefix.
    prefixed: Mutex<HashMap<(&'static str, String), Vec<String>>>,
    /// The answers to ranked figure searches prefetched so far, by [`FigureQuery::key`].
    ranked: Mutex<HashMap<String, Vec<Found>>>,
    /// Best covers prefetched so far, by [`cover_key`].
    covers: Mutex<HashMap<String, f32>>,
    /// Splits words as the embedded index's passage field does.
    analyzer: TextAnalyzer,
    failure: OnceLock<String>,
}

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cluster")
            .field("index", &self.client.label())
            .finish()
    }
}

impl Cluster {
    /// Connects to the index `spec` names and checks that figcheck wrote it in this
    /// version's format. An index that is missing or another format's is an error saying
    /// what to run.
    pub fn connect(spec: &str) -> Result<Cluster, CorpusError> {
        let client = Client::new(Address::parse(spec)?)?;
        let index = client.address.index.clone();
        let answer = client.send(Method::Get, &format!("/{index}/_doc/{META_ID}"), None)?;
        if answer.status == 404 {
            return Err(client.error(format!(
                "it holds no figcheck index yet: push the corpus with `figcheck index --backend {spec}` first"
            )));
        }
        let meta = client.parse("the index's meta document", answer)?;
        let format = meta
            .pointer(&format!("/_source/{FORMAT}"))
            .and_then(Value::as_u64);
        if format != Some(u64::from(crate::FORMAT_VERSION)) {
            return Err(client.error(format!(
                "it was written by another figcheck (index format {}, this one reads {}): push the corpus again with `figcheck index --backend {spec}`",
                format.map_or_else(|| "unknown".to_string(), |f| f.to_string()),
                crate::FORMAT_VERSION
            )));
        }
        Ok(Cluster::with_client(client))
    }

    fn with_client(client: Client) -> Cluster {
        let analyzer = TokenizerManager::default()
            .get("default")
            .unwrap_or_else(|| TextAnalyzer::from(tantivy::tokenizer::SimpleTokenizer::default()));
        Cluster {
            client,
            paths: OnceLock::new(),
            counts: Mutex::new(HashMap::new()),
            prefixed: Mutex::new(HashMap::new()),
            ranked: Mutex::new(HashMap::new()),
            covers: Mutex::new(HashMap::new()),
            analyzer,
            failure: OnceLock::new(),
        }
    }

    /// The text of the source shown as `path`, read from this machine as the one that
    /// pushed it saw it (relative to the working directory): the cluster keeps figures and
    /// sentences, not whole sources. An error when this machine has no such file.
    pub fn source_text(&self, path: &str) -> Result<String, CorpusError> {
        crate::scan::read_text(
            std::path::Path::new(path),
            crate::DEFAULT_MAX_SOURCE_BYTES,
            true,
        )
        .map(|read| read.text)
        .map_err(|problem| CorpusError::Source {
            path: path.to_string(),
            problem: format!("{problem} (the cluster holds its figures, not the file)"),
        })
    }

    /// How errors name the cluster: `OpenSearch index figcheck at http://…`.
    pub fn label(&self) -> String {
        self.client.label()
    }

    /// Remembers the first failure, for [`Sources::search_failure`].
    fn noted<T>(&self, result: Result<T, CorpusError>) -> Result<T, CorpusError> {
        if let Err(e) = &result {
            let _ = self.failure.set(e.to_string());
        }
        result
    }

    fn search(&self, body: &Value, dfs: bool) -> Result<Value, CorpusError> {
        let mut path = format!("/{}/_search", self.client.address.index);
        if dfs {
            // BM25 over the whole index's statistics, not each shard's: the ranking of
            // an index of several shards is then the embedded index's.
            path.push_str("?search_type=dfs_query_then_fetch");
        }
        let answer = self.client.json(Method::Post, &path, Some(body))?;
        match incomplete(&answer) {
            Some(why) => Err(self.client.error(why)),
            None => Ok(answer),
        }
    }

    /// Every hit of `query` in `sort` order, at most `max`, a page at a time.
    fn hits(
        &self,
        query: Value,
        sort: Value,
        fields: &[&str],
        max: Option<usize>,
        dfs: bool,
    ) -> Result<Vec<Value>, CorpusError> {
        let mut out: Vec<Value> = Vec::new();
        let mut after: Option<Value> = None;
        loop {
            let want = max.map_or(PAGE, |m| (m - out.len()).min(PAGE));
            if want == 0 {
                break;
            }
            let mut body = json!({
                "query": query,
                "sort": sort,
                "size": want,
                "_source": if fields.is_empty() { json!(false) } else { json!(fields) },
                "track_total_hits": false,
            });
            if let Some(a) = &after {
                body["search_after"] = a.clone();
            }
            let answer = self.search(&body, dfs)?;
            let page = answer
                .pointer("/hits/hits")
                .and_then(Value::as_array)
                .ok_or_else(|| self.client.error("a search answered without hits"))?;
            let n = page.len();
            after = page.last().and_then(|h| h.get("sort")).cloned();
            out.extend(page.iter().cloned());
            if n < want || after.is_none() {
                break;
            }
        }
        Ok(out)
    }

    /// Runs several searches in one request (`_msearch`), each answer checked as
    /// [`Cluster::search`] checks one.
    fn msearch(&self, bodies: &[Value]) -> Result<Vec<Value>, CorpusError> {
        if bodies.is_empty() {
            return Ok(Vec::new());
        }
        let header = json!({ "index": self.client.address.index }).to_string();
        let mut ndjson = String::new();
        for body in bodies {
            ndjson.push_str(&header);
            ndjson.push('\n');
            ndjson.push_str(&body.to_string());
            ndjson.push('\n');
        }
        let answer = self.client.send(
            Method::Post,
            "/_msearch",
            Some(("application/x-ndjson", &ndjson)),
        )?;
        let answer = self.client.parse("/_msearch", answer)?;
        let responses = answer
            .get("responses")
            .and_then(Value::as_array)
            .filter(|r| r.len() == bodies.len())
            .ok_or_else(|| {
                self.client
                    .error("a multi-search answered without one answer a search")
            })?;
        responses
            .iter()
            .map(|r| {
                if let Some(e) = r.get("error") {
                    return Err(self.client.error(format!(
                        "a search failed: {}",
                        client::reason(&json!({ "error": e }).to_string())
                    )));
                }
                match incomplete(r) {
                    Some(why) => Err(self.client.error(why)),
                    None => Ok(r.clone()),
                }
            })
            .collect()
    }

    /// The searches that count the documents holding each of `terms` (not yet counted)
    /// in `field`, a chunk of terms each.
    fn count_searches(&self, field: &'static str, terms: &[String]) -> Vec<(Search, Value)> {
        let counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let mut missing: Vec<&str> = terms
            .iter()
            .map(String::as_str)
            .filter(|t| !counts.contains_key(&(field, t.to_string())))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
            .chunks(COUNTS_PER_REQUEST)
            .map(|chunk| {
                let filters: serde_json::Map<String, Value> = chunk
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (i.to_string(), json!({ "term": { field: t } })))
                    .collect();
                let body = json!({
                    "size": 0,
                    "track_total_hits": false,
                    "aggs": { "n": { "filters": { "filters": filters } } }
                });
                let terms = chunk.iter().map(|t| t.to_string()).collect();
                (Search::Counts(field, terms), body)
            })
            .collect()
    }

    /// The search for the terms of `field` starting with `prefix`, unless already known.
    fn prefix_search(&self, field: &'static str, prefix: &str) -> Option<(Search, Value)> {
        let key = (field, prefix.to_string());
        if self
            .prefixed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(&key)
        {
            return None;
        }
        let body = json!({
            "size": 0,
            "track_total_hits": false,
            "query": { "prefix": { field: prefix } },
            "aggs": { "t": { "terms": {
                "field": field,
                "include": format!("{}.*", regex_escape(prefix)),
                "size": PREFIX_TERMS,
            } } }
        });
        Some((Search::Prefix(field, prefix.to_string()), body))
    }

    /// Runs `searches` in one request and keeps what each found.
    fn run_lookups(&self, searches: Vec<(Search, Value)>) -> Result<(), CorpusError> {
        let bodies: Vec<Value> = searches.iter().map(|(_, b)| b.clone()).collect();
        let answers = self.msearch(&bodies)?;
        for ((search, _), answer) in searches.into_iter().zip(answers) {
            match search {
                Search::Counts(field, terms) => {
                    let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
                    for (i, t) in terms.into_iter().enumerate() {
                        let n = answer
                            .pointer(&format!("/aggregations/n/buckets/{i}/doc_count"))
                            .and_then(Value::as_u64)
                            .ok_or_else(|| {
                                self.client.error("a count answered without its buckets")
                            })?;
                        counts.insert((field, t), n);
                    }
                }
                Search::Prefix(field, prefix) => {
                    let mut terms: Vec<String> = answer
                        .pointer("/aggregations/t/buckets")
                        .and_then(Value::as_array)
                        .ok_or_else(|| {
                            self.client
                                .error("a term lookup answered without its buckets")
                        })?
                        .iter()
                        .filter_map(|b| b.get("key").and_then(Value::as_str))
                        .filter(|t| t.starts_with(prefix.as_str()))
                        .map(str::to_string)
                        .collect();
                    terms.sort();
                    self.prefixed
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert((field, prefix), terms);
                }
            }
        }
        Ok(())
    }

    /// How many documents hold each of `terms` in `field`, each looked up once per
    /// connection, the ones not yet known in one request.
    fn counts(&self, field: &'static str, terms: &[String]) -> Result<Vec<u64>, CorpusError> {
        self.run_lookups(self.count_searches(field, terms))?;
        let counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        Ok(terms
            .iter()
            .map(|t| counts.get(&(field, t.clone())).copied().unwrap_or(0))
            .collect())
    }

    fn count(&self, field: &'static str, term: &str) -> u64 {
        self.noted(self.counts(field, &[term.to_string()]))
            .ok()
            .and_then(|c| c.first().copied())
            .unwrap_or(0)
    }

    /// Every term of `field` starting with `prefix`, in byte order.
    fn terms_with_prefix(
        &self,
        field: &'static str,
        prefix: &str,
    ) -> Result<Vec<String>, CorpusError> {
        self.run_lookups(self.prefix_search(field, prefix).into_iter().collect())?;
        Ok(self
            .prefixed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&(field, prefix.to_string()))
            .cloned()
            .unwrap_or_default())
    }

    /// After figures are read: the engine asks, of each single-word name they are given,
    /// whether the sources write it in lower case; those counts come in one request now
    /// rather than one each later.
    fn read_ahead(&self, found: &[Found]) {
        let stems: Vec<String> = found
            .iter()
            .flat_map(|f| &f.figure.context.anchors)
            .map(|a| canonical_name(a))
            .filter(|a| !a.contains(' '))
            .map(|a| stem(&a))
            .collect();
        let searches = self.count_searches(LOWER, &stems);
        let _ = self.noted(self.run_lookups(searches));
    }

    /// The figure a hit holds.
    fn found(&self, hit: &Value) -> Result<Found, CorpusError> {
        use base64::Engine as _;
        let source = hit.get("_source");
        let payload = source
            .and_then(|s| s.get(PAYLOAD))
            .and_then(Value::as_str)
            .ok_or_else(|| self.client.error("a figure came back without its payload"))?;
        let tie = source
            .and_then(|s| s.get(TIE))
            .and_then(Value::as_i64)
            .ok_or_else(|| self.client.error("a figure came back without its order"))?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(payload)
            .map_err(|e| {
                self.client
                    .error(format!("a figure's payload is not base64: {e}"))
            })?;
        let figure: SourceFigure = postcard::from_bytes(&bytes).map_err(|e| {
            self.client.error(format!(
                "a stored figure could not be decoded (pushed by another figcheck?): {e}"
            ))
        })?;
        Ok(Found {
            order: tie_from_long(tie),
            figure: Arc::new(figure),
        })
    }

    fn find_figures_impl(&self, q: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        let sort = |ranked: bool| {
            if ranked {
                best_first()
            } else {
                json!([{ TIE: "asc" }, { UID: "asc" }])
            }
        };
        let Some(limit) = q.limit else {
            let Some(query) = self.figure_query(q)? else {
                return Ok(Vec::new());
            };
            return self
                .hits(query, sort(false), &FIGURE_FIELDS, None, false)?
                .iter()
                .map(|h| self.found(h))
                .collect();
        };
        let key = q.key();
        if let Some(found) = self
            .ranked
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(found.clone());
        }
        let Some(query) = self.figure_query(q)? else {
            return Ok(Vec::new());
        };
        self.hits(query, sort(true), &FIGURE_FIELDS, Some(limit), false)?
            .iter()
            .map(|h| self.found(h))
            .collect()
    }

    /// The query for the figures `q` asks for, or `None` when none can match. A ranked
    /// query reads the stems within their budget, counted (in one request) first.
    fn figure_query(&self, q: &FigureQuery) -> Result<Option<Value>, CorpusError> {
        if q.limit == Some(0) {
            return Ok(None);
        }
        let mut filter = vec![json!({ "term": { DOC_TYPE: FIGURE } })];
        if let Some((lo, hi)) = q.values {
            // JSON has no infinities: an infinite bound is left open, and a window of
            // infinities only holds nothing (a stored value is finite).
            let empty = lo.partial_cmp(&hi).is_none_or(|o| o.is_gt())
                || lo == f64::INFINITY
                || hi == f64::NEG_INFINITY;
            if empty {
                return Ok(None);
            }
            let mut range = serde_json::Map::new();
            if lo.is_finite() {
                range.insert("gte".into(), json!(lo));
            }
            if hi.is_finite() {
                range.insert("lte".into(), json!(hi));
            }
            filter.push(json!({ "range": { VALUE: range } }));
        }
        if !q.kinds.is_empty() {
            let kinds: Vec<&str> = q.kinds.iter().map(|k| k.as_str()).collect();
            filter.push(json!({ "terms": { KIND: kinds } }));
        }
        if let Some(sources) = q.sources {
            if sources.is_empty() {
                return Ok(None);
            }
            filter.push(json!({ "terms": { DISPLAY: sources } }));
        }
        if q.limit.is_none() {
            return Ok(Some(json!({ "bool": { "filter": filter } })));
        }
        let selecting = q.values.is_some() || q.sources.is_some();
        let stems = ranking_stems(q);
        let names: Vec<String> = stems.iter().map(|(s, _)| s.clone()).collect();
        let counts = self.counts(STEMS, &names)?;
        let count_of: HashMap<&str, u64> = names.iter().map(String::as_str).zip(counts).collect();
        let kept = within_budget(&stems, STEM_POSTINGS_BUDGET, |s| {
            Ok(count_of.get(s).copied().unwrap_or(0))
        })?;
        let should = weighted(&kept);
        if should.is_empty() && !selecting {
            return Ok(None);
        }
        Ok(Some(json!({ "bool": {
            "filter": filter,
            "should": should,
            "minimum_should_match": if selecting { 0 } else { 1 },
        } })))
    }

    /// Runs the ranked searches of `queries` not yet answered in one request, and keeps
    /// their answers for [`Sources::find_figures`].
    fn prefetch_figures_impl(
        &self,
        queries: &[FigureQuery],
        covers: &[&[(String, f32)]],
    ) -> Result<(), CorpusError> {
        // Every stem the rankings need counted first, in one request.
        let stems: Vec<String> = queries
            .iter()
            .filter(|q| q.limit.is_some())
            .flat_map(|q| ranking_stems(q).into_iter().map(|(s, _)| s))
            .collect();
        self.counts(STEMS, &stems)?;
        let mut keys = Vec::new();
        let mut bodies = Vec::new();
        let mut empty = Vec::new();
        {
            let known = self.ranked.lock().unwrap_or_else(|p| p.into_inner());
            for q in queries {
                let Some(limit) = q.limit.filter(|&l| l <= PAGE) else {
                    continue;
                };
                let key = q.key();
                if known.contains_key(&key) || keys.contains(&key) || empty.contains(&key) {
                    continue;
                }
                match self.figure_query(q)? {
                    Some(query) => {
                        bodies.push(json!({
                            "query": query,
                            "sort": best_first(),
                            "size": limit,
                            "_source": FIGURE_FIELDS,
                            "track_total_hits": false,
                        }));
                        keys.push(key);
                    }
                    None => empty.push(key),
                }
            }
        }
        let mut cover_keys = Vec::new();
        {
            let known = self.covers.lock().unwrap_or_else(|p| p.into_inner());
            for words in covers {
                let key = cover_key(words);
                if known.contains_key(&key) || cover_keys.contains(&key) {
                    continue;
                }
                if let Some(body) = cover_body(words) {
                    bodies.push(body);
                    cover_keys.push(key);
                }
            }
        }
        let mut answers = self.msearch(&bodies)?;
        let cover_answers = answers.split_off(keys.len());
        let mut known = self.covers.lock().unwrap_or_else(|p| p.into_inner());
        if known.len() + cover_keys.len() > RANKED_CACHE {
            known.clear();
        }
        for (key, answer) in cover_keys.into_iter().zip(cover_answers) {
            known.insert(key, cover_of(&answer));
        }
        drop(known);
        let mut all = Vec::new();
        let mut answered = Vec::new();
        for (key, answer) in keys.into_iter().zip(answers) {
            let hits = answer
                .pointer("/hits/hits")
                .and_then(Value::as_array)
                .ok_or_else(|| self.client.error("a search answered without hits"))?;
            let found = hits
                .iter()
                .map(|h| self.found(h))
                .collect::<Result<Vec<Found>, CorpusError>>()?;
            all.extend(found.iter().cloned());
            answered.push((key, found));
        }
        let mut ranked = self.ranked.lock().unwrap_or_else(|p| p.into_inner());
        if ranked.len() + answered.len() > RANKED_CACHE {
            ranked.clear();
        }
        ranked.extend(answered);
        ranked.extend(empty.into_iter().map(|k| (k, Vec::new())));
        drop(ranked);
        self.read_ahead(&all);
        Ok(())
    }

    fn search_passages_impl(
        &self,
        words: &[String],
        limit: usize,
    ) -> Result<Vec<Passage>, CorpusError> {
        let mut tokens = std::collections::BTreeSet::new();
        let mut analyzer = self.analyzer.clone();
        for w in words {
            let mut stream = analyzer.token_stream(w);
            while stream.advance() {
                tokens.insert(stream.token().text.clone());
            }
        }
        if tokens.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let should: Vec<Value> = tokens
            .iter()
            .map(|t| json!({ "term": { WORDS: t } }))
            .collect();
        let query = json!({ "bool": {
            "filter": [{ "term": { DOC_TYPE: PASSAGE } }],
            "should": should,
            "minimum_should_match": 1,
        } });
        let sort = best_first();
        let hits = self.hits(
            query,
            sort,
            &[KEY, DISPLAY, TEXT, LINE, COLUMN],
            Some(limit),
            true,
        )?;
        let mut found: Vec<(f64, (usize, String), Passage)> = Vec::new();
        for h in &hits {
            let s = |f: &str| {
                h.pointer(&format!("/_source/{f}"))
                    .cloned()
                    .unwrap_or(Value::Null)
            };
            let number = |f: &str| s(f).as_u64().unwrap_or(0) as usize;
            let (Some(key), Some(display), Some(text)) = (
                s(KEY).as_str().map(str::to_string),
                s(DISPLAY).as_str().map(str::to_string),
                s(TEXT).as_str().map(str::to_string),
            ) else {
                continue;
            };
            let score = h.get("_score").and_then(Value::as_f64).unwrap_or(0.0);
            let passage = Passage {
                source: display,
                line: number(LINE),
                column: number(COLUMN),
                text,
            };
            found.push((score, key_order(&key), passage));
        }
        found.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then((a.2.line, a.2.column).cmp(&(b.2.line, b.2.column)))
        });
        Ok(found.into_iter().map(|(_, _, p)| p).collect())
    }

    fn best_cover_impl(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        let key = cover_key(words);
        if let Some(&c) = self
            .covers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(c);
        }
        let Some(body) = cover_body(words) else {
            return Ok(0.0);
        };
        Ok(cover_of(&self.search(&body, false)?))
    }

    fn load_paths(&self) -> Result<Vec<String>, CorpusError> {
        let query = json!({ "bool": { "filter": [{ "term": { DOC_TYPE: SOURCE } }] } });
        let hits = self.hits(query, json!([{ KEY: "asc" }]), &[KEY, DISPLAY], None, false)?;
        let mut sources: Vec<((usize, String), String)> = hits
            .iter()
            .filter_map(|h| {
                let key = h.pointer(&format!("/_source/{KEY}"))?.as_str()?;
                let display = h.pointer(&format!("/_source/{DISPLAY}"))?.as_str()?;
                Some((key_order(key), display.to_string()))
            })
            .collect();
        sources.sort();
        Ok(sources.into_iter().map(|(_, d)| d).collect())
    }
}

/// Why a search's answer is not the whole index's, if it is not: some shards did not
/// answer (failed, or have no copy left on a live node, which OpenSearch counts as
/// neither successful nor failed) or it timed out. Such an answer may lack the very
/// figure a claim rests on, so it is an error, never a smaller answer.
fn incomplete(answer: &Value) -> Option<String> {
    let shards = |k: &str| {
        answer
            .pointer(&format!("/_shards/{k}"))
            .and_then(Value::as_u64)
    };
    let total = shards("total").unwrap_or(0);
    let answered = shards("successful").unwrap_or(0) + shards("skipped").unwrap_or(0);
    if answered < total {
        let reason = answer
            .pointer("/_shards/failures/0/reason/reason")
            .and_then(Value::as_str)
            .unwrap_or("a shard has no copy on a live node");
        return Some(format!(
            "only {answered} of the index's {total} shards answered a search ({reason}); a check needs them all"
        ));
    }
    if answer.get("timed_out").and_then(Value::as_bool) == Some(true) {
        return Some("a search timed out inside the cluster and answered in part".to_string());
    }
    None
}

/// One clause per stem, scoring its weight when the stem is near a figure: a query of
/// them scores a figure by the total weight of the stems near it, as the embedded index
/// does.
fn weighted(stems: &[(String, f32)]) -> Vec<Value> {
    stems
        .iter()
        .filter(|(_, w)| *w > 0.0 && w.is_finite())
        .map(|(stem, w)| json!({ "constant_score": { "filter": { "term": { STEMS: stem } }, "boost": w } }))
        .collect()
}

/// A source key's place in the embedded index's order: by corpus dir number, then by
/// path in the dir.
fn key_order(key: &str) -> (usize, String) {
    match key.split_once('/') {
        Some((n, rest)) => (n.parse().unwrap_or(usize::MAX), rest.to_string()),
        None => (usize::MAX, key.to_string()),
    }
}

/// `text` as a Lucene regular expression matching itself.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if ".?+*|{}[]()\"\\#@&<>~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Sources for Cluster {
    fn figure_count(&self) -> u64 {
        self.count(DOC_TYPE, FIGURE)
    }
    fn source_paths(&self) -> &[String] {
        self.paths
            .get_or_init(|| self.noted(self.load_paths()).unwrap_or_default())
    }
    fn find_figures(&self, query: &FigureQuery) -> Result<Vec<Found>, CorpusError> {
        let found = self.noted(self.find_figures_impl(query))?;
        self.read_ahead(&found);
        Ok(found)
    }
    fn search_passages(&self, words: &[String], limit: usize) -> Result<Vec<Passage>, CorpusError> {
        self.noted(self.search_passages_impl(words, limit))
    }
    fn word_weight(&self, word: &str) -> f32 {
        crate::word_weight_by(word, &|w| self.passage_weight(w))
    }
    fn stem_near_figures(&self, stem: &str) -> bool {
        self.count(STEMS, stem) > 0
    }
    fn is_name(&self, canonical: &str) -> bool {
        self.count(NAMES, canonical) > 0
    }
    fn names_starting(&self, word: &str) -> Vec<String> {
        if word.is_empty() {
            return Vec::new();
        }
        self.noted(self.terms_with_prefix(NAMES, word))
            .unwrap_or_default()
            .into_iter()
            .filter(|name| {
                name.strip_prefix(word)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '-']))
            })
            .collect()
    }
    fn in_lower_case(&self, stem: &str) -> bool {
        self.count(LOWER, stem) > 0
    }
    fn acronym(&self, acronym: &str) -> Option<String> {
        let prefix = format!("{acronym}{}", crate::index::ACRONYM_SEPARATOR);
        self.noted(self.terms_with_prefix(ACRONYM, &prefix))
            .ok()?
            .into_iter()
            .next()
            .map(|term| term[prefix.len()..].to_string())
    }
    fn best_cover(&self, words: &[(String, f32)]) -> Result<f32, CorpusError> {
        self.noted(self.best_cover_impl(words))
    }
    fn search_failure(&self) -> Option<&str> {
        self.failure.get().map(String::as_str)
    }
    fn prefetch_figures(&self, queries: &[FigureQuery], covers: &[&[(String, f32)]]) {
        let _ = self.noted(self.prefetch_figures_impl(queries, covers));
    }
    fn batches(&self) -> bool {
        true
    }
    fn prefetch(&self, lookups: &Lookups) {
        let mut searches = Vec::new();
        // `word_weight` divides by the number of sentences.
        searches.extend(self.count_searches(DOC_TYPE, &[PASSAGE.to_string(), FIGURE.to_string()]));
        searches.extend(self.count_searches(WORDS, &lookups.words));
        searches.extend(self.count_searches(STEMS, &lookups.stems));
        searches.extend(self.count_searches(NAMES, &lookups.names));
        for word in &lookups.name_starts {
            searches.extend(self.prefix_search(NAMES, word));
        }
        for acronym in &lookups.acronyms {
            let prefix = format!("{acronym}{}", crate::index::ACRONYM_SEPARATOR);
            searches.extend(self.prefix_search(ACRONYM, &prefix));
        }
        let _ = self.noted(self.run_lookups(searches));
    }
}

impl Cluster {
    /// See `Corpus::passage_weight`: the same formula over the cluster's counts.
    fn passage_weight(&self, word: &str) -> Option<f32> {
        let df = self.count(WORDS, word);
        if df == 0 {
            return None;
        }
        let n = self.count(DOC_TYPE, PASSAGE) as f64;
        Some(crate::idf_weight(n, df as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regex_escaped_prefix_matches_itself_only() {
        assert_eq!(regex_escape("at&t (us)"), "at\\&t \\(us\\)");
        assert_eq!(regex_escape("o'neil"), "o'neil");
    }

    #[test]
    fn an_answer_missing_a_shard_or_timed_out_is_incomplete() {
        let whole = json!({ "timed_out": false, "_shards": { "total": 2, "successful": 1, "skipped": 1, "failed": 0 } });
        assert_eq!(incomplete(&whole), None);
        // What OpenSearch answers when a shard's only copy was on a node that died.
        let lost = json!({ "timed_out": false, "_shards": { "total": 2, "successful": 1, "skipped": 0, "failed": 0 } });
        let why = incomplete(&lost).expect("incomplete");
        assert!(why.contains("only 1 of the index's 2 shards"), "{why}");
        let failed = json!({ "_shards": { "total": 2, "successful": 1, "failed": 1,
            "failures": [{ "reason": { "reason": "node gone" } }] } });
        assert!(
            incomplete(&failed)
                .expect("incomplete")
                .contains("node gone")
        );
        let slow = json!({ "timed_out": true, "_shards": { "total": 1, "successful": 1 } });
        assert!(incomplete(&slow).expect("incomplete").contains("timed out"));
    }

    #[test]
    fn keys_order_by_corpus_dir_number_then_path() {
        let mut keys = vec!["10/a.txt", "2/b.txt", "2/a.txt", "0/z.md"];
        keys.sort_by_key(|k| key_order(k));
        assert_eq!(keys, ["0/z.md", "2/a.txt", "2/b.txt", "10/a.txt"]);
    }
}
