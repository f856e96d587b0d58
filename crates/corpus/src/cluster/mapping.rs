//! What a figcheck index in OpenSearch holds: its settings and mapping, and the names
//! of its fields.
//!
//! The documents are those of the embedded index (see `crate::index`): a *figure*
//! document per source figure, a *passage* per sentence, a *source* per source, and one
//! *meta* document saying which figcheck format wrote the index. Every word field holds
//! terms figcheck analysed itself (stems, canonical names, tokens split as the embedded
//! index splits them) as `keyword`s, so a lookup counts exactly what the embedded index
//! counts; only the passages' `words` are analysed by the cluster, on whitespace, for
//! BM25 over the same tokens.

use serde_json::{Value, json};

pub(crate) const DOC_TYPE: &str = "doc_type";
pub(crate) const FIGURE: &str = "figure";
pub(crate) const PASSAGE: &str = "passage";
pub(crate) const SOURCE: &str = "source";
pub(crate) const META: &str = "meta";
/// The meta document's id.
pub(crate) const META_ID: &str = "figcheck-meta";

/// The source's key (`<corpus dir number>/<path in it>`), on every document.
pub(crate) const KEY: &str = "key";
/// The source's path as shown to users when it was pushed, on every document.
pub(crate) const DISPLAY: &str = "display";
/// blake3 of the source's bytes, on every document of it: a push replaces a changed
/// source's documents by the new content's before deleting the old content's.
pub(crate) const CONTENT: &str = "content";
pub(crate) const KIND: &str = "kind";
/// A figure's value, and a range's upper end as a second value.
pub(crate) const VALUE: &str = "value";
/// The embedded index's tie order (source hash, then byte offset), as a signed long.
pub(crate) const TIE: &str = "tie";
/// The document's own id again, for a total sort order when paging.
pub(crate) const UID: &str = "uid";
pub(crate) const STEMS: &str = "stems";
pub(crate) const NAMES: &str = "names";
pub(crate) const LOWER: &str = "lower";
pub(crate) const ACRONYM: &str = "acronym";
/// The figure as figcheck stores it (postcard, base64): read back, never searched.
pub(crate) const PAYLOAD: &str = "payload";
/// A passage's tokens, split and lower-cased as the embedded index splits them, joined by
/// spaces.
pub(crate) const WORDS: &str = "words";
pub(crate) const TEXT: &str = "text";
pub(crate) const LINE: &str = "line";
pub(crate) const COLUMN: &str = "column";
/// The meta document's format version.
pub(crate) const FORMAT: &str = "format";

/// The body that creates the index.
pub(crate) fn create_body(shards: u32, replicas: u32) -> Value {
    // Doc values only where a field is sorted on or aggregated: every other keyword is
    // only matched, and its doc values would be a column per document for nothing.
    let keyword = json!({ "type": "keyword" });
    let matched = json!({ "type": "keyword", "doc_values": false });
    let stored_only = |ty: &str| json!({ "type": ty, "index": false, "doc_values": false });
    json!({
        "settings": {
            "number_of_shards": shards,
            "number_of_replicas": replicas,
            // A push refreshes when it needs to see what it wrote, and at its end.
            "refresh_interval": "30s",
        },
        "mappings": {
            "dynamic": "strict",
            // Fields only searched or counted are not kept in `_source` as well: a check
            // reads back the payload, the order and where a passage is.
            "_source": { "excludes": [WORDS, STEMS, NAMES, LOWER, ACRONYM, UID] },
            "properties": {
                DOC_TYPE: matched,
                KEY: keyword,
                DISPLAY: matched,
                CONTENT: matched,
                KIND: matched,
                VALUE: { "type": "double", "doc_values": false },
                TIE: { "type": "long" },
                UID: keyword,
                STEMS: matched,
                NAMES: keyword,
                LOWER: matched,
                ACRONYM: keyword,
                PAYLOAD: { "type": "binary" },
                WORDS: { "type": "text", "analyzer": "whitespace", "index_options": "freqs" },
                TEXT: stored_only("keyword"),
                LINE: stored_only("long"),
                COLUMN: stored_only("long"),
                FORMAT: { "type": "long" },
            }
        }
    })
}

/// The tie key as a long that sorts the same way (the top bit flipped).
pub(crate) fn tie_to_long(tie: u64) -> i64 {
    (tie ^ (1 << 63)) as i64
}

/// [`tie_to_long`] undone.
pub(crate) fn tie_from_long(long: i64) -> u64 {
    (long as u64) ^ (1 << 63)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tie_as_a_long_sorts_as_the_tie_and_comes_back() {
        let ties = [0, 1, (1 << 63) - 1, 1 << 63, u64::MAX - 1, u64::MAX];
        for pair in ties.windows(2) {
            assert!(tie_to_long(pair[0]) < tie_to_long(pair[1]), "{pair:?}");
        }
        for t in ties {
            assert_eq!(tie_from_long(tie_to_long(t)), t);
        }
    }
}
