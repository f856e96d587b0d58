//! Claims → evidence: which source figures speak of the same thing as a claim.
//!
//! This is the attribution step, the hard part of fact-checking figures. A source figure
//! is evidence for a claim only when it is of a compatible kind, belongs to the same
//! entity (the claim's names against the figure's *anchors*, not merely its sentence), and
//! measures the same thing (the claim's words and unit against the words near the
//! figure, weighted by how telling each word is in the corpus).

use std::collections::HashMap;

use figcheck_claims::Claim;
use figcheck_corpus::{Corpus, SourceFigure};
use figcheck_figures::{Kind, canonical_name, same_name};
use serde::{Deserialize, Serialize};

/// One source figure offered as evidence, with the sentence that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source file as shown to users (`corpus/003_….txt`).
    pub source: String,
    /// 1-based line and character column of the source figure.
    pub line: usize,
    pub column: usize,
    /// Byte range of the figure in the source file.
    pub start: usize,
    pub end: usize,
    /// The sentence, whitespace-collapsed, as a quote.
    pub quote: String,
    /// The source figure as written, and its value in base units.
    pub text: String,
    pub value: f64,
}

impl Evidence {
    pub(crate) fn of(f: &SourceFigure) -> Self {
        Evidence {
            source: f.source.clone(),
            line: f.line,
            column: f.column,
            start: f.start,
            end: f.end,
            quote: f.sentence.clone(),
            text: f.text.clone(),
            value: f.quantity.value,
        }
    }
}

/// What the engine precomputes about each source figure, once per corpus, so that
/// weighing a candidate is a few hash lookups.
pub(crate) struct Features {
    unit: Option<String>,
    anchors: Vec<String>,
    entities: Vec<String>,
    /// Stemmed words near the figure, with their distance; anchor words at distance 0.
    stems: HashMap<String, u16>,
    sentence_lower: String,
}

pub(crate) struct Prepared {
    features: Vec<Features>,
    by_kind: HashMap<Kind, Vec<usize>>,
}

impl Prepared {
    pub(crate) fn new(corpus: &Corpus) -> Self {
        let mut by_kind: HashMap<Kind, Vec<usize>> = HashMap::new();
        let features = corpus
            .figures()
            .iter()
            .enumerate()
            .map(|(i, f)| {
                by_kind.entry(f.quantity.kind).or_default().push(i);
                let mut stems = HashMap::new();
                for a in &f.context.anchors {
                    for w in a.split(|c: char| c.is_whitespace() || c == '-') {
                        stems.insert(stem(&w.to_lowercase()), 0);
                    }
                }
                for t in &f.context.terms {
                    let d = t.distance;
                    stems
                        .entry(stem(&t.word))
                        .and_modify(|x: &mut u16| *x = (*x).min(d))
                        .or_insert(d);
                }
                Features {
                    unit: f.quantity.unit.as_deref().map(|u| stem(&u.to_lowercase())),
                    anchors: f
                        .context
                        .anchors
                        .iter()
                        .map(|a| canonical_name(a))
                        .collect(),
                    entities: f
                        .context
                        .entities
                        .iter()
                        .map(|a| canonical_name(a))
                        .collect(),
                    stems,
                    sentence_lower: f.sentence.to_lowercase(),
                }
            })
            .collect();
        Prepared { features, by_kind }
    }
}

/// Kinds whose figures can speak to a claim of `kind`.
fn compatible(kind: Kind) -> &'static [Kind] {
    match kind {
        Kind::Number => &[Kind::Number],
        Kind::Percent => &[Kind::Percent],
        Kind::PercentagePoints => &[Kind::PercentagePoints],
        Kind::Money => &[Kind::Money],
        Kind::Ordinal => &[Kind::Ordinal],
        Kind::Year => &[Kind::Year, Kind::Date],
        Kind::Date => &[Kind::Date],
        Kind::Multiplier => &[Kind::Multiplier],
        Kind::Fraction => &[Kind::Fraction],
    }
}

/// How a candidate's names relate to the claim's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Attribution {
    /// The claim names nobody: only the measure words can tie it to a source.
    Unnamed,
    /// A claimed name is in the source sentence but the figure belongs to another.
    Mentioned,
    /// A claimed name is the one the source figure belongs to.
    Anchored,
}

/// A source figure weighed against a claim.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub index: usize,
    /// How surely the source figure measures the same thing, 0..=1.
    pub score: f32,
    pub attribution: Attribution,
    /// Whether the source's value satisfies the claim.
    pub agrees: bool,
}

/// Corpora with more figures than this are narrowed with the full-text index first;
/// smaller ones are weighed exhaustively, which is faster than any query.
pub const EXHAUSTIVE_LIMIT: usize = 4096;

pub(crate) fn candidates(
    corpus: &Corpus,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Vec<Candidate> {
    let kinds = compatible(claim.quantity.kind);
    let entities: Vec<String> = claim.entities().iter().map(|e| canonical_name(e)).collect();
    let mut words: Vec<(String, f32)> = Vec::new();
    for w in claim.words() {
        for part in w.split_whitespace() {
            let weight = corpus.word_weight(part).max(0.05);
            words.push((stem(part), weight));
        }
    }
    let claim_unit = match claim.quantity.kind {
        Kind::Money => None,
        _ => claim
            .quantity
            .unit
            .as_deref()
            .map(|u| stem(&u.to_lowercase())),
    };
    // The unit is a measure word too: "robots" ties a claim to a sentence about robots.
    if let Some(u) = &claim_unit
        && !words.iter().any(|(s, _)| s == u)
    {
        let weight = corpus.word_weight(u).max(0.05);
        words.push((u.clone(), weight));
    }
    let excluded: Vec<String> = claim.excluded().iter().map(|e| e.to_lowercase()).collect();

    let pool: Vec<usize> = if corpus.figures().len() <= exhaustive_limit {
        kinds
            .iter()
            .flat_map(|k| prepared.by_kind.get(k).into_iter().flatten().copied())
            .collect()
    } else {
        let mut query: Vec<String> = claim.words();
        query.extend(claim.entities().iter().map(|e| e.to_string()));
        query.extend(claim.quantity.unit.clone());
        let mut pool = corpus
            .search_figures(&query, kinds, 256)
            .unwrap_or_default();
        let (lo, hi) = value_window(claim);
        for k in kinds {
            pool.extend(
                corpus
                    .figures_in_range(Some(*k), lo, hi)
                    .unwrap_or_default(),
            );
        }
        pool.sort_unstable();
        pool.dedup();
        pool
    };

    let mut out = Vec::new();
    for i in pool {
        let f = &corpus.figures()[i];
        let feat = &prepared.features[i];
        if !claim.in_scope(&f.source) {
            continue;
        }
        if excluded
            .iter()
            .any(|e| feat.sentence_lower.contains(e.as_str()))
        {
            continue;
        }
        if claim.quantity.kind == Kind::Money && claim.quantity.unit != f.quantity.unit {
            continue;
        }
        let attribution = if entities.is_empty() {
            Attribution::Unnamed
        } else if entities
            .iter()
            .any(|e| feat.anchors.iter().any(|a| same_name(e, a)))
        {
            Attribution::Anchored
        } else if feat.anchors.is_empty()
            && entities
                .iter()
                .any(|e| feat.entities.iter().any(|a| same_name(e, a)))
        {
            // A figure that belongs to someone else is never evidence; one that belongs
            // to nobody in particular may be, if the claimed name is in its sentence.
            Attribution::Mentioned
        } else {
            continue;
        };
        let unit_factor = match (&claim_unit, &feat.unit) {
            (Some(c), Some(s)) if c == s => 1.0,
            (Some(_), Some(_)) => continue,
            // The source's figure names no unit, but its sentence may: "the United
            // States (34,200)" in a sentence about installed robots.
            (Some(c), None) => {
                if feat.stems.contains_key(c) {
                    0.9
                } else {
                    0.5
                }
            }
            (None, Some(_)) => 0.75,
            (None, None) => 1.0,
        };
        let coverage = if words.is_empty() {
            1.0
        } else {
            let total: f32 = words.iter().map(|(_, w)| w).sum();
            let hit: f32 = words
                .iter()
                .filter_map(|(s, w)| feat.stems.get(s).map(|d| w / (1.0 + 0.05 * f32::from(*d))))
                .sum();
            hit / total
        };
        let entity_factor = match attribution {
            Attribution::Anchored => 1.0,
            Attribution::Unnamed => 0.8,
            Attribution::Mentioned => 0.6,
        };
        out.push(Candidate {
            index: i,
            score: coverage * unit_factor * entity_factor,
            attribution,
            agrees: agrees(claim, f),
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    out
}

/// The range of values that could agree with a claim, for the index's range query.
fn value_window(claim: &Claim) -> (f64, f64) {
    let q = claim.quantity.value;
    // A claim's own tolerance (or the configured one) may be wider than the 10% window.
    let tolerance = claim.tolerance.map_or(0.0, |t| t.absolute(q));
    let slack = (q.abs() * 0.1).max(claim.quantity.precision).max(tolerance);
    match &claim.comparison {
        figcheck_claims::Comparison::Between(hi) => (q - slack, hi.value + slack),
        figcheck_claims::Comparison::Gt | figcheck_claims::Comparison::Ge => (q, f64::MAX),
        figcheck_claims::Comparison::Lt | figcheck_claims::Comparison::Le => (f64::MIN, q),
        _ => (q - slack, q + slack),
    }
}

/// Whether a source figure's value satisfies the claim. Dates agree on the parts both
/// state ("June 2025" agrees with "June 1, 2025"); a year agrees with a date in it.
fn agrees(claim: &Claim, f: &SourceFigure) -> bool {
    let (ck, sk) = (claim.quantity.kind, f.quantity.kind);
    if ck == Kind::Date || (ck == Kind::Year && sk == Kind::Date) {
        let split = |v: f64, k: Kind| -> (u32, u32, u32) {
            let v = v.round() as u32;
            if k == Kind::Year {
                (v, 0, 0)
            } else {
                (v / 10000, (v / 100) % 100, v % 100)
            }
        };
        let a = split(claim.quantity.value, ck);
        let b = split(f.quantity.value, sk);
        let part = |x: u32, y: u32| x == 0 || y == 0 || x == y;
        return part(a.0, b.0) && part(a.1, b.1) && part(a.2, b.2);
    }
    claim.accepts(f.quantity.value)
}

/// A light stemmer, enough to meet "scores"/"scoring"/"score" and "robots"/"robot".
pub(crate) fn stem(word: &str) -> String {
    let w = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    let mut s: &str = &w;
    if let Some(b) = s.strip_suffix("ies").filter(|b| b.len() >= 3) {
        return format!("{b}y");
    }
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(b) = s.strip_suffix(suffix)
            && b.chars().count() >= 3
            && !(suffix == "s" && b.ends_with('s'))
        {
            s = b;
            break;
        }
    }
    s.strip_suffix('e')
        .filter(|b| b.chars().count() >= 3)
        .unwrap_or(s)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_meet() {
        assert_eq!(stem("scores"), stem("scoring"));
        assert_eq!(stem("score"), stem("scored"));
        assert_eq!(stem("robots"), stem("robot"));
        assert_eq!(stem("parameters"), stem("parameter"));
        assert_eq!(stem("released"), stem("release"));
        assert_eq!(stem("companies"), stem("company"));
        assert_ne!(stem("market"), stem("rate"));
    }
}
