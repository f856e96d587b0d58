//! `figcheck index --backend opensearch+…`: the local corpus folders pushed into the
//! cluster, incrementally.
//!
//! A source is identified by its key (`<corpus dir number>/<path in it>`, as in the
//! embedded index) and versioned by the blake3 hash of its bytes. A push reads which
//! version of each source the cluster holds (its *source* document), prepares the new and
//! changed ones with the embedded index's own preparation, and for each:
//! 1. bulk-indexes the new version's figure and passage documents, whose ids carry the
//!    content hash, so they sit beside the old version's rather than over them;
//! 2. only when every one of them is in, writes the source document with the new hash;
//! 3. then deletes the documents of the source's other versions.
//!
//! A push that stops anywhere (a dead node, a timeout, an interrupted process) loses
//! nothing already indexed: the source document still names the old version until the
//! new one is complete, and the next push does the source again. Sources gone from the
//! folders are deleted from the cluster. Bulk requests are bounded in size and retried
//! with back-off when the cluster pushes back (429, 503); items it refuses for good are
//! reported by source.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use base64::Engine as _;
use figcheck_figures::context_stems;
use serde_json::{Value, json};
use tantivy::tokenizer::TokenizerManager;

use super::PAGE;
use super::client::{Address, Client, Method, reason};
use super::mapping::*;
use crate::index::{PreparedSource, figure_names, key_hash, prepare_file, tie};
use crate::scan::{self, SourceFile};
use crate::{CorpusError, OpenOptions, Progress};

/// Sources prepared in parallel before their documents are sent.
const BATCH: usize = 64;
/// A bulk request's body is cut at about this many bytes.
const BULK_BYTES: usize = 8 * 1024 * 1024;
/// How often a request the cluster pushed back on is tried again, and the first wait.
const RETRIES: u32 = 6;
const FIRST_WAIT: Duration = Duration::from_millis(250);
/// Sources per search for documents to delete.
const DELETE_KEYS: usize = 200;

/// What a push did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushStats {
    /// Sources whose documents were (re)written.
    pub indexed: usize,
    /// Sources the cluster already held as they are.
    pub reused: usize,
    /// Sources gone from the folders, deleted from the cluster.
    pub removed: usize,
    /// Sources not in the cluster because it refused documents of them (each named in
    /// the notes); the next push tries them again.
    pub refused: usize,
    /// Figures the index holds afterwards.
    pub figures: u64,
    /// Notes for the user: skipped files, figures left out.
    pub notes: Vec<String>,
}

/// One document to send: its id and body.
struct Doc {
    id: String,
    body: Value,
}

/// Pushes the sources `opts` names into the cluster index `spec`, creating the index when
/// it is missing.
pub fn push(
    spec: &str,
    opts: &OpenOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<PushStats, CorpusError> {
    // One connection for the whole push: its searches go through the backend's own.
    let cluster = super::Cluster::with_client(Client::new(Address::parse(spec)?)?);
    let client = &cluster.client;
    ensure_index(client, spec)?;
    let held = held_versions(&cluster)?;
    let mut stats = PushStats::default();
    let files = scan::scan(opts, &scan::Seen::new(), &mut stats.notes, progress)?;
    let limit = opts.source_limit();
    let changed: Vec<&SourceFile> = files
        .iter()
        .filter(|f| held.get(&f.key) != Some(&(f.hash.clone(), f.display.clone())))
        .collect();
    stats.reused = files.len() - changed.len();
    let mut done = 0;
    for batch in changed.chunks(BATCH) {
        use rayon::prelude::*;
        let prepared: Vec<Result<PreparedSource, String>> =
            batch.par_iter().map(|f| prepare_file(f, limit)).collect();
        let mut ready: Vec<(&SourceFile, Vec<Doc>, Doc)> = Vec::new();
        for (f, prepared) in batch.iter().zip(prepared) {
            progress(Progress::Indexing {
                done,
                total: changed.len(),
                path: f.display.clone(),
            });
            done += 1;
            match prepared {
                Ok(p) => {
                    stats.notes.extend(p.problems.iter().cloned());
                    let (docs, source) = documents(f, &p);
                    ready.push((f, docs, source));
                }
                Err(problem) => stats
                    .notes
                    .push(format!("skipped {}: {problem}", f.display)),
            }
        }
        // 1. The new versions' figures and passages.
        let docs: Vec<&Doc> = ready.iter().flat_map(|(_, d, _)| d).collect();
        let refused = bulk(client, &docs)?;
        let mut incomplete: Vec<&SourceFile> = Vec::new();
        let complete: Vec<&(&SourceFile, Vec<Doc>, Doc)> = ready
            .iter()
            .filter(|(f, docs, _)| {
                let failed = docs.iter().find_map(|d| refused.get(&d.id));
                if let Some(why) = failed {
                    stats.notes.push(format!(
                        "{} is not in the cluster: it refused a document of it ({why}); the next push tries again",
                        f.display
                    ));
                    incomplete.push(f);
                    stats.refused += 1;
                }
                failed.is_none()
            })
            .collect();
        // A version the cluster took only in part is taken out again, so that no figure
        // stands in the index without its source's record naming its version.
        if !incomplete.is_empty() {
            refresh(client)?;
            let should: Vec<Value> = incomplete
                .iter()
                .map(|f| {
                    json!({ "bool": { "filter": [
                        { "term": { KEY: f.key } },
                        { "term": { CONTENT: f.hash } },
                    ], "must_not": [{ "term": { DOC_TYPE: SOURCE } }] } })
                })
                .collect();
            delete_matching(
                &cluster,
                json!({ "bool": { "should": should, "minimum_should_match": 1 } }),
            )?;
        }
        // 2. Their source documents, naming the new versions.
        let sources: Vec<&Doc> = complete.iter().map(|(_, _, s)| s).collect();
        let refused = bulk(client, &sources)?;
        let written: Vec<&SourceFile> = complete
            .iter()
            .filter(|(f, _, s)| {
                let failed = refused.get(&s.id);
                if let Some(why) = failed {
                    stats.notes.push(format!(
                        "{} is not in the cluster: it refused its source record ({why}); the next push tries again",
                        f.display
                    ));
                    stats.refused += 1;
                }
                failed.is_none()
            })
            .map(|(f, _, _)| *f)
            .collect();
        stats.indexed += written.len();
        // 3. Their other versions, gone. Searched for only once what was just written is
        // visible (a search before the refresh sees a source document as it was, and would
        // delete it by its id, which the new one shares); a source document is rewritten,
        // never deleted here.
        refresh(client)?;
        for chunk in written.chunks(DELETE_KEYS) {
            let should: Vec<Value> = chunk
                .iter()
                .map(|f| {
                    json!({ "bool": {
                        "filter": [{ "term": { KEY: f.key } }],
                        "must_not": [
                            { "term": { CONTENT: f.hash } },
                            { "term": { DOC_TYPE: SOURCE } },
                        ],
                    } })
                })
                .collect();
            delete_matching(
                &cluster,
                json!({ "bool": { "should": should, "minimum_should_match": 1 } }),
            )?;
        }
    }
    let current: std::collections::HashSet<&str> = files.iter().map(|f| f.key.as_str()).collect();
    let gone: Vec<&String> = held
        .keys()
        .filter(|k| !current.contains(k.as_str()))
        .collect();
    for chunk in gone.chunks(DELETE_KEYS) {
        delete_matching(&cluster, json!({ "terms": { KEY: chunk } }))?;
    }
    stats.removed = gone.len();
    refresh(client)?;
    let answer = client.json(
        Method::Post,
        &format!("/{}/_count", client.address.index),
        Some(&json!({ "query": { "term": { DOC_TYPE: FIGURE } } })),
    )?;
    stats.figures = answer.get("count").and_then(Value::as_u64).unwrap_or(0);
    progress(Progress::Done);
    Ok(stats)
}

/// Makes everything written so far visible to searches.
fn refresh(client: &Client) -> Result<(), CorpusError> {
    let path = format!("/{}/_refresh", client.address.index);
    client.json(Method::Post, &path, None).map(drop)
}

/// Creates the index with figcheck's mapping and meta document when it is missing, and
/// refuses one another figcheck format wrote (its stored figures would not decode).
fn ensure_index(client: &Client, spec: &str) -> Result<(), CorpusError> {
    let index = client.address.index.clone();
    let exists = client.send(Method::Head, &format!("/{index}"), None)?;
    match exists.status {
        200 => {}
        404 => {
            let body = create_body(client.address.shards, client.address.replicas);
            let answer = client.send(
                Method::Put,
                &format!("/{index}"),
                Some(("application/json", &body.to_string())),
            )?;
            // Another writer may have created it meanwhile: that is as good.
            if !(200..300).contains(&answer.status)
                && !answer.body.contains("resource_already_exists_exception")
            {
                client.parse(&format!("creating /{index}"), answer)?;
            }
            let meta = json!({ DOC_TYPE: META, FORMAT: crate::FORMAT_VERSION });
            client.json(
                Method::Put,
                &format!("/{index}/_doc/{META_ID}?refresh=true"),
                Some(&meta),
            )?;
        }
        status => {
            return Err(client.error(format!("asking whether /{index} exists answered {status}")));
        }
    }
    let meta = client.json(Method::Get, &format!("/{index}/_doc/{META_ID}"), None);
    let format = meta.ok().and_then(|m| {
        m.pointer(&format!("/_source/{FORMAT}"))
            .and_then(Value::as_u64)
    });
    if format != Some(u64::from(crate::FORMAT_VERSION)) {
        let base = &client.address.base;
        return Err(client.error(format!(
            "the index exists but figcheck did not write it in this version's format (format {}, this one writes {}); \
             push into a new index (another name in {spec}), or delete this one (curl -X DELETE {base}/{index}) and push again",
            format.map_or_else(|| "unknown".to_string(), |f| f.to_string()),
            crate::FORMAT_VERSION
        )));
    }
    Ok(())
}

/// Which version (content hash, display path) of each source the cluster holds, by key.
fn held_versions(
    cluster: &super::Cluster,
) -> Result<HashMap<String, (String, String)>, CorpusError> {
    let query = json!({ "bool": { "filter": [{ "term": { DOC_TYPE: SOURCE } }] } });
    let hits = cluster.hits(
        query,
        json!([{ KEY: "asc" }]),
        &[KEY, CONTENT, DISPLAY],
        None,
        false,
    )?;
    Ok(hits
        .iter()
        .filter_map(|h| {
            let s = |f: &str| {
                h.pointer(&format!("/_source/{f}"))?
                    .as_str()
                    .map(str::to_string)
            };
            Some((s(KEY)?, (s(CONTENT)?, s(DISPLAY)?)))
        })
        .collect())
}

/// A source's figure and passage documents, and its source document.
fn documents(f: &SourceFile, p: &PreparedSource) -> (Vec<Doc>, Doc) {
    let key_id = &blake3::hash(f.key.as_bytes()).to_hex()[..16];
    let content = &f.hash;
    let version = format!("{key_id}-{}", &content[..content.len().min(16)]);
    let kh = key_hash(&f.key);
    let mut docs = Vec::with_capacity(p.figures.len() + p.passages.len());
    for (i, (fig, _)) in p.figures.iter().enumerate() {
        // Stored with the path users see: a figure read back needs no lookup.
        let mut shown = fig.clone();
        shown.source = f.display.clone();
        // postcard, as the embedded index stores it: as JSON the index was 10% smaller
        // and a check on the archive benchmark twice as slow (reading it back).
        let Ok(payload) = postcard::to_stdvec(&shown) else {
            continue;
        };
        let id = format!("{version}-f{i}");
        let mut values = vec![fig.quantity.value];
        values.extend(fig.quantity.upper);
        let stems: Vec<String> = context_stems(&fig.context).into_keys().collect();
        docs.push(Doc {
            body: json!({
                DOC_TYPE: FIGURE,
                KEY: f.key,
                DISPLAY: f.display,
                CONTENT: content,
                KIND: fig.quantity.kind.as_str(),
                VALUE: values,
                TIE: tie_to_long(tie(kh, fig.start)),
                UID: id,
                STEMS: stems,
                NAMES: figure_names(fig),
                PAYLOAD: base64::engine::general_purpose::STANDARD.encode(payload),
            }),
            id,
        });
    }
    let mut analyzer = TokenizerManager::default()
        .get("default")
        .unwrap_or_else(|| {
            tantivy::tokenizer::TextAnalyzer::from(tantivy::tokenizer::SimpleTokenizer::default())
        });
    for (i, passage) in p.passages.iter().enumerate() {
        let mut words = String::new();
        let mut stream = analyzer.token_stream(&passage.text);
        while stream.advance() {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(&stream.token().text);
        }
        let id = format!("{version}-p{i}");
        docs.push(Doc {
            body: json!({
                DOC_TYPE: PASSAGE,
                KEY: f.key,
                DISPLAY: f.display,
                CONTENT: content,
                WORDS: words,
                TEXT: passage.text,
                LINE: passage.line,
                COLUMN: passage.column,
                TIE: tie_to_long(tie(kh, passage.start)),
                UID: id,
            }),
            id,
        });
    }
    let id = format!("{key_id}-source");
    let source = Doc {
        body: json!({
            DOC_TYPE: SOURCE,
            KEY: f.key,
            DISPLAY: f.display,
            CONTENT: content,
            LOWER: p.lower,
            ACRONYM: p.acronyms,
            UID: id,
        }),
        id,
    };
    (docs, source)
}

/// Indexes `docs` in bulk requests of bounded size, retrying what the cluster pushes back
/// on. Returns the documents it refused for good, by id, with its reason; fails when the
/// cluster cannot be reached or keeps pushing back.
fn bulk(client: &Client, docs: &[&Doc]) -> Result<BTreeMap<String, String>, CorpusError> {
    let index = &client.address.index;
    let mut refused = BTreeMap::new();
    let mut pending: Vec<&Doc> = docs.to_vec();
    let mut wait = FIRST_WAIT;
    for attempt in 0..=RETRIES {
        if pending.is_empty() {
            break;
        }
        let mut again: Vec<&Doc> = Vec::new();
        let mut start = 0;
        while start < pending.len() {
            let mut body = String::new();
            let mut end = start;
            while end < pending.len() && (end == start || body.len() < BULK_BYTES) {
                let d = pending[end];
                body.push_str(&json!({ "index": { "_index": index, "_id": d.id } }).to_string());
                body.push('\n');
                body.push_str(&d.body.to_string());
                body.push('\n');
                end += 1;
            }
            let chunk = &pending[start..end];
            start = end;
            let answer = client.send(
                Method::Post,
                "/_bulk",
                Some(("application/x-ndjson", &body)),
            )?;
            if answer.status == 429 || answer.status == 503 {
                again.extend_from_slice(chunk);
                continue;
            }
            let answer = client.parse("/_bulk", answer)?;
            let items = answer
                .get("items")
                .and_then(Value::as_array)
                .ok_or_else(|| client.error("a bulk request answered without its items"))?;
            if items.len() != chunk.len() {
                return Err(client.error(format!(
                    "a bulk request of {} documents answered for {}",
                    chunk.len(),
                    items.len()
                )));
            }
            for (d, item) in chunk.iter().zip(items) {
                let result = item.get("index").unwrap_or(item);
                let status = result.get("status").and_then(Value::as_u64).unwrap_or(0);
                if (200..300).contains(&status) {
                    continue;
                }
                if status == 429 || status == 503 || status == 0 {
                    again.push(d);
                } else {
                    let why = result
                        .get("error")
                        .map(|e| reason(&json!({ "error": e }).to_string()))
                        .unwrap_or_else(|| format!("status {status}"));
                    refused.insert(d.id.clone(), why);
                }
            }
        }
        pending = again;
        if !pending.is_empty() && attempt < RETRIES {
            std::thread::sleep(wait);
            wait *= 2;
        }
    }
    if !pending.is_empty() {
        return Err(client.error(format!(
            "it kept refusing {} documents as too busy (429/503) after {RETRIES} retries; nothing already indexed is lost, push again when it is less loaded",
            pending.len()
        )));
    }
    Ok(refused)
}

/// Deletes what `query` matches, and waits until the deletion is visible. Found by
/// search and deleted in bulk, a page at a time, rather than by `_delete_by_query`: that
/// lives in a module (reindex) a cluster may not have, and bulk deletions are retried
/// like any bulk request.
fn delete_matching(cluster: &super::Cluster, query: Value) -> Result<(), CorpusError> {
    let client = &cluster.client;
    let index = &client.address.index;
    loop {
        let hits = cluster.hits(
            query.clone(),
            json!([{ UID: "asc" }]),
            &[],
            Some(PAGE),
            false,
        )?;
        if hits.is_empty() {
            return Ok(());
        }
        let mut body = String::new();
        for h in &hits {
            let id = h
                .get("_id")
                .and_then(Value::as_str)
                .ok_or_else(|| client.error("a search answered a hit without its id"))?;
            body.push_str(&json!({ "delete": { "_index": index, "_id": id } }).to_string());
            body.push('\n');
        }
        let answer = client.send(
            Method::Post,
            "/_bulk?refresh=true",
            Some(("application/x-ndjson", &body)),
        )?;
        let answer = client.parse("/_bulk", answer)?;
        if answer.get("errors").and_then(Value::as_bool) == Some(true) {
            let why = answer
                .get("items")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|i| i.pointer("/delete/error"))
                .map(|e| reason(&json!({ "error": e }).to_string()))
                .next()
                .unwrap_or_else(|| "no reason given".to_string());
            return Err(client.error(format!(
                "deleting a source's old documents failed ({why}); nothing current is lost, push again"
            )));
        }
        if hits.len() < PAGE {
            return Ok(());
        }
    }
}
