//! Claims → evidence: which source figures speak of the same thing as a claim.
//!
//! This is the attribution step, the hard part of fact-checking figures. A source figure
//! is evidence for a claim only when it is of a compatible kind, belongs to the same
//! entity (the claim's names against the figure's *anchors*, not merely its sentence), and
//! measures the same thing (the claim's words and unit against the words near the
//! figure, weighted by how telling each word is in the corpus).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, Found, Lookups, SourceFigure, Sources};
use figcheck_figures::{
    Kind, canonical_name, context_stems, name_stems, same_name, stem, words_within,
};

use crate::features::{
    Owner, PairFeatures, SPECIFIC_DIGITS, UnitMatch, is_small, significant_digits,
};
use crate::weights;
use serde::{Deserialize, Serialize};

/// One source figure offered as evidence, with the sentence that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source file as shown to users (`corpus/003_….txt`).
    pub source: String,
    /// 1-based line and character column of the source figure.
    pub line: usize,
    pub column: usize,
    /// Where a person finds the figure in a source that was converted to be read (a PDF's
    /// "page 3", a workbook's "Figures!C7"): there, line and column are those of the
    /// converted text. `None` in a text source.
    pub place: Option<String>,
    /// Byte range of the figure in the source file.
    pub start: usize,
    pub end: usize,
    /// The sentence, whitespace-collapsed, as a quote.
    pub quote: String,
    /// The source figure as written, and its value in base units.
    pub text: String,
    pub value: f64,
    /// The source's date (`yyyymmdd`, unknown parts zero), when it gives one.
    pub date: Option<u32>,
}

impl Evidence {
    /// Where a person finds it: `corpus/003_….txt:23:118`, or in a converted source,
    /// whose lines are not the file's, `sources/report.pdf, page 3`.
    pub fn location(&self) -> String {
        match &self.place {
            Some(place) => format!("{}, {place}", self.source),
            None => format!("{}:{}:{}", self.source, self.line, self.column),
        }
    }

    /// Whether both are the one source figure (listed as evidence and as a disagreeing
    /// source, say).
    pub fn same_figure(&self, other: &Evidence) -> bool {
        self.source == other.source && self.start == other.start
    }

    /// The source's date as people write it: `2024-05-01`, `2024-05` or `2024`.
    pub fn date_text(&self) -> Option<String> {
        let d = self.date?;
        let (year, month, day) = (d / 10_000, d / 100 % 100, d % 100);
        Some(match (month, day) {
            (0, _) => format!("{year}"),
            (m, 0) => format!("{year}-{m:02}"),
            (m, day) => format!("{year}-{m:02}-{day:02}"),
        })
    }

    pub(crate) fn of(f: &SourceFigure) -> Self {
        Evidence {
            source: f.source.clone(),
            line: f.line,
            column: f.column,
            place: f.place.clone(),
            start: f.start,
            end: f.end,
            quote: f.sentence.clone(),
            text: f.text.clone(),
            value: f.quantity.value,
            date: f.date,
        }
    }
}

/// What the engine works out about a source figure to weigh it, once per figure (and
/// kept for as long as the engine, so a language server works each out once).
pub(crate) struct Features {
    unit: Option<String>,
    anchors: Vec<String>,
    /// The anchors that are surely names: not a common word that merely opened the
    /// sentence ("Combined storage fell…"), which the corpus also writes in lower case.
    named: Vec<String>,
    entities: Vec<String>,
    /// The label of a labelled line the figure stands on ("- Calder County: $5.0 million
    /// (5.2%)": "Calder County"), canonical: the line is its label's, as a table row is.
    label: Option<String>,
    /// The figure's owners are a guess: inherited from elsewhere ([`inherited`]) or only
    /// the speaker its sentence quotes ([`spoken_by_its_owners`]). Never a table cell's,
    /// whose row's label owns it. Worked out once per figure, not per claim.
    owner_guessed: bool,
    /// Stemmed words near the figure, with their distance; anchor words at distance 0.
    stems: foldhash::HashMap<String, u16>,
    sentence_lower: String,
}

impl Features {
    fn of(corpus: &dyn Sources, f: &SourceFigure) -> Features {
        let anchors: Vec<String> = f
            .context
            .anchors
            .iter()
            .map(|a| canonical_name(a))
            .collect();
        // A table row's label owns its cells, whatever word it is ("Total", "Bus").
        let in_table = f.context.cell;
        let mut features = Features {
            // Nor is a month a name: "May, Saturday visits: 9,100" is the month's count,
            // no one else's.
            named: anchors
                .iter()
                .zip(&f.context.anchors)
                .filter(|(a, _)| in_table || a.contains(' ') || !corpus.in_lower_case(&stem(a)))
                .filter(|(_, written)| figcheck_figures::month_word(written).is_none())
                .map(|(a, _)| a.clone())
                .collect(),
            unit: unit_stem(&f.quantity),
            anchors,
            entities: f
                .context
                .entities
                .iter()
                .map(|a| canonical_name(a))
                .collect(),
            label: line_label(&f.sentence).map(canonical_name),
            owner_guessed: false,
            stems: context_stems(&f.context),
            sentence_lower: f.sentence.to_lowercase(),
        };
        features.owner_guessed = !in_table && (inherited(&features) || spoken_by_its_owners(f));
        features
    }
}

/// A figure's unit as compared across figures: lower case and stemmed, so that "beds"
/// and "bed" (of "the 520-bed hospital") are one unit.
pub(crate) fn unit_stem(q: &figcheck_figures::Quantity) -> Option<String> {
    q.unit.as_deref().map(|u| stem(&u.to_lowercase()))
}

/// Whether two unit stems count one thing: the same stem, or a visitor and a visit
/// ("941,100 visitors" against a log's "Visits" column; "investors", "investments"), which
/// news copy writes of one count interchangeably. Only the "-or" doer: a "pointer" is no
/// "point", nor a "user" a "use".
fn one_measure(a: &str, b: &str) -> bool {
    a == b || unit_kin(a).any(|kin| kin == b)
}

/// The other stems that count what the unit stem `u` counts (see [`one_measure`]): its
/// doer ("visit" → "visitor") and its deed ("visitor" → "visit").
fn unit_kin(u: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(format!("{u}or")).chain(u.strip_suffix("or").map(str::to_string))
}

/// The share of the claim's companions that `others` (a source sentence's other
/// values, [`SourceFigure::row`]) holds: 0 for a claim with none.
fn companions_stated(claim: &Claim, others: &[f64]) -> f32 {
    if claim.companions.is_empty() {
        return 0.0;
    }
    let found = claim
        .companions
        .iter()
        // by size: "fell 22.5%" is a table's "-22.5"
        .filter(|c| others.iter().any(|v| same_value(c.abs(), v.abs())))
        .count();
    found as f32 / claim.companions.len() as f32
}

/// Whether two source figures are one: the same place in the same source. Not the same
/// allocation: a backend that decodes each answer anew (a search cluster) hands out a
/// new copy of a figure for every search, and which copy a claim holds depends on which
/// search answered first when figures are weighed on several threads.
pub(crate) fn same_figure(a: &SourceFigure, b: &SourceFigure) -> bool {
    a.start == b.start && a.source == b.source
}

/// Equal but for floating-point noise: values are compared in base units, where
/// "$2.46 billion" and "2,460,000,000" may differ in the last bit.
pub(crate) fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Whether a prose candidate's value is one the draft states beside the claim's figure
/// (a companion): its sentence is most likely where that other figure came from, so
/// however well it covers the claim's words, it is no rival of this figure's own source.
/// "about $4.50 more a month, or $54 a year": the source's "$4.50" sentence covers "more a
/// month" best, and is the $4.50's.
pub(crate) fn stated_beside(claim: &Claim, c: &Candidate) -> bool {
    !c.figure.context.cell
        && claim
            .companions
            .iter()
            .any(|v| same_value(*v, c.figure.quantity.value))
}

/// What the engine keeps between checks: the features of the source figures it has
/// weighed, and which sources each scope it was asked about matches. Nothing here is
/// computed ahead: a check costs its candidates, not the corpus.
#[derive(Default)]
pub(crate) struct Prepared {
    features: Mutex<HashMap<u64, Arc<Features>>>,
    scopes: Mutex<HashMap<String, Arc<Vec<String>>>>,
    /// Every figure of a kind, in the whole corpus (`None`) or in a scope's sources: the
    /// pools weighed whole, asked for once.
    every: Mutex<HashMap<(Option<String>, Kind), Pool>>,
}

/// How many source figures' features an engine keeps (see `Prepared::features`).
const FEATURES_KEPT: usize = 100_000;

/// Figures asked for once and shared between claims.
type Pool = Arc<Vec<Found>>;

impl Prepared {
    fn features(&self, corpus: &dyn Sources, found: &Found) -> Arc<Features> {
        let lock = || self.features.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(known) = lock().get(&found.order) {
            return known.clone();
        }
        // Described without holding the lock (it asks the index), so figures weighed at
        // once on other threads do not wait; one described twice at once is kept once.
        let described = Arc::new(Features::of(corpus, &found.figure));
        let mut cache = lock();
        // A language server checks draft after draft with one engine: what it has
        // described must not grow with the archive. Emptied when full, described again
        // as needed.
        if cache.len() >= FEATURES_KEPT && !cache.contains_key(&found.order) {
            cache.clear();
        }
        cache.entry(found.order).or_insert(described).clone()
    }

    /// The sources a claim's scope matches, by path.
    fn in_scope(&self, corpus: &dyn Sources, claim: &Claim) -> Arc<Vec<String>> {
        let key = claim.scope.clone().unwrap_or_default();
        let mut cache = self.scopes.lock().unwrap_or_else(|p| p.into_inner());
        cache
            .entry(key)
            .or_insert_with(|| {
                Arc::new(
                    corpus
                        .source_paths()
                        .iter()
                        .filter(|p| claim.in_scope(p))
                        .cloned()
                        .collect(),
                )
            })
            .clone()
    }
}

/// The least bare number that may be an amount of money said without its currency.
const SAID_MONEY: f64 = 1_000_000.0;

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
        Kind::Time => &[Kind::Time, Kind::Number],
        Kind::Duration => &[Kind::Duration],
    }
}

/// A source figure weighed against a claim.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    /// The source figure, and the key that breaks ties between candidates.
    pub figure: Arc<SourceFigure>,
    pub order: u64,
    pub features: PairFeatures,
    pub agreement: Agreement,
    /// The fitted model's probability that this figure speaks of the claim's fact: the
    /// support model's for an agreeing figure, the contradiction model's for a
    /// disagreeing one, 0 for an undecided one.
    pub score: f32,
}

/// How a source's value stands to a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// The source's value satisfies the claim.
    Agrees,
    /// The source's value rules the claim out.
    Disagrees,
    /// Neither: a source's "more than 90%" neither confirms nor refutes a claim of 95%.
    Undecided,
}

/// How near a source value must be to a hedged or bounded claim's to be `close` to it, as
/// a fraction of the claimed value.
const CLOSE: f64 = 0.05;

/// How many words from the source figure a claim word counts as near it: "18th for AI
/// adoption" is about adoption, though "launching notable models" shares its sentence.
const NEAR: u16 = 3;
/// How many of a claim's words, nearest its figure first, count as near it.
const NEAR_CLAIM_WORDS: usize = 3;

/// How much a claim word that occurs near no source figure counts, relative to its
/// rarity: it cannot tell candidates apart, so it should not drown the words that can.
const UNKNOWN_WORD_WEIGHT: f32 = 0.25;

/// Corpora with more figures than this are narrowed with the full-text index first;
/// smaller ones are weighed exhaustively, which is faster than any query.
pub const EXHAUSTIVE_LIMIT: usize = 4096;

/// What weighing `claims` will look up in the sources, as far as the claims alone tell
/// (the lookups `candidates` makes about their names and words), for
/// [`Sources::prefetch`].
pub(crate) fn lookups_of<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Lookups {
    let mut l = Lookups::default();
    let word = |l: &mut Lookups, w: &str| {
        l.words.push(w.to_string());
        let lower = w.to_lowercase();
        l.words.extend(
            lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| p.chars().count() > 1)
                .map(str::to_string),
        );
        l.words.push(lower);
        l.stems.push(stem(w));
    };
    for claim in claims {
        for e in claim.entities() {
            let canonical = canonical_name(e);
            l.acronyms.push(e.trim().to_string());
            l.stems.push(stem(&canonical));
            if let Some(first) = canonical.split([' ', '-']).find(|w| !w.is_empty()) {
                l.name_starts.push(first.to_string());
            }
            for part in canonical.split_whitespace() {
                word(&mut l, part);
            }
            l.names.push(canonical);
        }
        for w in claim.words() {
            for part in w.split_whitespace() {
                word(&mut l, part);
            }
        }
        if let Some(u) = &claim.quantity.unit {
            let u = stem(&u.to_lowercase());
            word(&mut l, &u);
        }
    }
    for list in [
        &mut l.words,
        &mut l.stems,
        &mut l.names,
        &mut l.name_starts,
        &mut l.acronyms,
    ] {
        list.sort();
        list.dedup();
    }
    l
}

/// The names the corpus knows that start with `name`'s first word.
fn names_known_to(corpus: &dyn Sources, name: &str) -> Vec<String> {
    let first = name
        .split([' ', '-'])
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    corpus.names_starting(first)
}

/// Adds to `aliases` the names the sources write after `name` (canonical), as a club is
/// named after its city: "the Oklahoma City Thunder" makes a draft's "Oklahoma City" the
/// owner of what a box score gives the "Thunder".
fn add_aliases(aliases: &mut Vec<String>, name: &str, known: &[String]) {
    for n in known {
        // compared as written first: most names do not start with the whole name
        let rest = n
            .get(..name.len())
            .filter(|head| head.eq_ignore_ascii_case(name))
            .and_then(|_| n.get(name.len()..))
            .and_then(|r| r.strip_prefix(' '))
            .filter(|r| !r.is_empty());
        if let Some(rest) = rest.map(canonical_name)
            && !aliases.contains(&rest)
        {
            aliases.push(rest);
        }
    }
}

/// The names the sources write after any of `names` (canonical); see [`add_aliases`].
pub(crate) fn aliases_of(corpus: &dyn Sources, names: &[String]) -> Vec<String> {
    let mut aliases = Vec::new();
    for name in names {
        add_aliases(&mut aliases, name, &names_known_to(corpus, name));
    }
    aliases
}

/// What a claim is weighed by, worked out from the claim and the corpus's lookups: the
/// kinds of figure it may be, its names, and its measure words with their weights.
pub(crate) struct Terms {
    pub(crate) kinds: &'static [Kind],
    entities: Vec<String>,
    /// Names the sources write after one of `entities` ("Thunder" after "Oklahoma
    /// City"): a figure they own is the claim's owner's.
    aliases: Vec<String>,
    /// Whether the corpus knows any of the names.
    names_known: bool,
    /// Stems with weights: the measure words, words of names demoted to common words,
    /// and the unit.
    pub(crate) words: Vec<(String, f32)>,
    /// The stems of the claim's words nearest its figure, and the unit.
    near_claim: HashSet<String>,
    claim_unit: Option<String>,
}

pub(crate) fn terms(corpus: &dyn Sources, claim: &Claim) -> Terms {
    // "13 points" after a percentage is a change in percentage points.
    let points = claim.quantity.kind == Kind::Number
        && (counts_points(&claim.quantity) || claim.words().iter().any(|w| stem(w) == "point"));
    // "The state kicks in about eleven million": a bare count of millions, as people
    // say an amount of money, may be one.
    let said_money = claim.quantity.kind == Kind::Number
        && claim.quantity.unit.is_none()
        && claim.quantity.per.is_none()
        && claim.quantity.value >= SAID_MONEY;
    let kinds: &[Kind] = if points {
        &[Kind::Number, Kind::PercentagePoints]
    } else if said_money {
        &[Kind::Number, Kind::Money]
    } else {
        compatible(claim.quantity.kind)
    };
    // A capitalised word the sources only use in lower case is a common word that
    // happened to open a sentence ("Industry produced…"), not a name.
    let mut demoted: Vec<String> = Vec::new();
    let entities: Vec<String> = claim
        .entities()
        .iter()
        .map(|e| {
            let canonical = canonical_name(e);
            corpus.acronym(e.trim()).unwrap_or(canonical)
        })
        .filter(|e| {
            let single = !e.contains(' ');
            // "Noise Complaints" (a bold lead-in "Noise." before "Complaints rose"): a
            // name of several words the corpus never gives, each a word it writes in
            // lower case near its figures, is those words.
            let common = !corpus.is_name(e)
                && if single {
                    corpus.stem_near_figures(&stem(e))
                } else {
                    e.split(' ').filter(|w| !w.is_empty()).all(|w| {
                        let stemmed = stem(w);
                        corpus.in_lower_case(&stemmed) && corpus.stem_near_figures(&stemmed)
                    })
                };
            if common {
                demoted.push(e.clone());
            }
            !common
        })
        .collect();
    // Whether the corpus knows any of the claim's names: a name it never mentions (a
    // heading, a bold lead-in, a dateline) cannot tell its figures apart.
    let mut aliases: Vec<String> = Vec::new();
    let mut names_known = false;
    for e in &entities {
        let known = names_known_to(corpus, e);
        names_known = names_known || known.iter().any(|n| same_name(e, n));
        add_aliases(&mut aliases, e, &known);
    }
    // What is looked up here is listed in `lookups_of`, for backends that prefetch it.
    let weigh = |word: &str, stemmed: &str| {
        let weight = corpus.word_weight(word).max(0.05);
        if corpus.stem_near_figures(stemmed) {
            weight
        } else {
            weight * UNKNOWN_WORD_WEIGHT
        }
    };
    let mut words: Vec<(String, f32)> = Vec::new();
    // The claim's words nearest its figure (the claim lists them nearest first): the
    // figure's own clause, not a clause before it joined by "and" ("revenue rose 4.1% to
    // $412.6 million, and expenses came to $317.9 million").
    let mut near_claim: HashSet<String> = HashSet::new();
    for (k, w) in claim.words().into_iter().enumerate() {
        for part in w.split_whitespace() {
            let stemmed = stem(part);
            let weight = weigh(part, &stemmed);
            if k < NEAR_CLAIM_WORDS {
                near_claim.insert(stemmed.clone());
            }
            words.push((stemmed, weight));
        }
    }
    for w in demoted {
        for part in w.split_whitespace() {
            let stemmed = stem(part);
            let weight = weigh(part, &stemmed);
            words.push((stemmed, weight));
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
        let weight = weigh(u, u);
        words.push((u.clone(), weight));
    }
    if let Some(u) = &claim_unit {
        near_claim.insert(u.clone());
    }
    Terms {
        kinds,
        entities,
        aliases,
        names_known,
        words,
        near_claim,
        claim_unit,
    }
}

pub(crate) fn candidates(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Vec<Candidate> {
    let Terms {
        kinds,
        entities,
        aliases,
        names_known,
        words,
        near_claim,
        claim_unit,
    } = terms(corpus, claim);
    let known_words = words.iter().any(|(s, _)| corpus.stem_near_figures(s));
    let total_weight: f32 = words.iter().map(|(_, w)| w).sum();
    let excluded: Vec<String> = claim.excluded().iter().map(|e| e.to_lowercase()).collect();
    // Worked out once, not per candidate: the stems a source may write the claim's unit as.
    let claim_unit_kin: Vec<String> = claim_unit
        .as_deref()
        .map(unit_kin)
        .into_iter()
        .flatten()
        .collect();

    let pool = pool(corpus, prepared, claim, kinds, &words, exhaustive_limit);

    let mut out = Vec::new();
    for found in pool {
        let f = &*found.figure;
        let feat = &*prepared.features(corpus, &found);
        if !claim.in_scope(&f.source) {
            continue;
        }
        if excluded
            .iter()
            .any(|e| feat.sentence_lower.contains(e.as_str()))
        {
            continue;
        }
        // A bare number speaks to a time on the hour only as that hour ("Let's make it
        // 7" for "7 pm"), and only in support: any other number is no evidence at all.
        if claim.quantity.kind == Kind::Time
            && f.quantity.kind == Kind::Number
            && !bare_hour_agrees(&claim.quantity, &f.quantity)
        {
            continue;
        }
        // Another currency, or another unit, is another measure: never evidence.
        // (A claim of money without a currency is the derivation step's probe for
        // operands of any currency.)
        if claim.quantity.kind == Kind::Money
            && claim.quantity.unit.is_some()
            && claim.quantity.unit != f.quantity.unit
        {
            continue;
        }
        // "44 feet" is no "44 inches": two units of measure that differ make another
        // value, or another measure. (The derivation step converts between them.)
        if let (Some(c), Some(s)) = (&claim_unit, &feat.unit)
            && c != s
            && crate::derive::is_a_unit_of_measure(c)
            && crate::derive::is_a_unit_of_measure(s)
        {
            continue;
        }
        let unit = match (&claim_unit, &feat.unit) {
            (Some(c), Some(s)) if one_measure(c, s) => UnitMatch::Same,
            (Some(_), Some(_)) => UnitMatch::Different,
            // The source's figure names no unit, but its sentence may: "the United
            // States (34,200)" in a sentence about installed robots.
            (Some(c), None) if feat.stems.contains_key(c) => UnitMatch::InSentence,
            (Some(_), None) => UnitMatch::Missing,
            (None, Some(_)) => UnitMatch::SourceOnly,
            (None, None) => UnitMatch::Neither,
        };
        let agreement = agreement(claim, f);
        // A guessed owner weighs less against a value that agrees; a disagreeing one
        // offered as the correction must still be the claim owner's. A year is tied to
        // its source sentence by its owner alone, guessed or not.
        let guessed = feat.owner_guessed
            && agreement == Agreement::Agrees
            && !matches!(claim.quantity.kind, Kind::Year | Kind::Date);
        let owner = owner(&entities, &aliases, feat, names_known, &words, guessed);
        // A source figure that measures something else the corpus also measures, when
        // the claim's figure names its own measure: its measure word is in the claim
        // only as another figure's ("five rebounds … and one steal" against a cell
        // under "Rebounds"), and ties the source figure to that figure, not this one.
        let sibling_measure = match (claim_unit.as_deref(), feat.unit.as_deref()) {
            (Some(own), Some(theirs)) if own != theirs && corpus.stem_near_figures(own) => {
                Some(theirs)
            }
            _ => None,
        };
        let (coverage, near_coverage, words_hit) = if known_words {
            let mut hit = 0.0;
            let mut near = 0.0;
            let mut count = 0u16;
            for (s, w) in &words {
                if sibling_measure == Some(s.as_str()) {
                    continue;
                }
                // the claim's unit as its doer or its deed: "visitors" in "Visits"
                let found = feat.stems.get(s).or_else(|| {
                    (claim_unit.as_ref() == Some(s))
                        .then(|| {
                            claim_unit_kin
                                .iter()
                                .filter_map(|k| feat.stems.get(k))
                                .min()
                        })
                        .flatten()
                });
                if let Some(d) = found {
                    hit += w / (1.0 + 0.05 * f32::from(*d));
                    if *d <= NEAR && near_claim.contains(s) {
                        near += w;
                    }
                    count += 1;
                }
            }
            (hit / total_weight, near / total_weight, count)
        } else {
            (0.0, 0.0, 0)
        };
        let exact = same_clock_time(&claim.quantity, &f.quantity).unwrap_or_else(|| {
            states_exactly(&f.quantity, &claim.quantity)
                || bare_hour_agrees(&claim.quantity, &f.quantity)
                || states_every_part(&claim.quantity, &f.quantity)
        });
        out.push(Candidate {
            figure: found.figure.clone(),
            order: found.order,
            features: PairFeatures {
                coverage,
                near_coverage,
                words_hit,
                known_words,
                owner,
                unit,
                // A value that rarely recurs by chance: "30,600", "$9.06 billion", or a
                // time to the minute ("6:55 PM": one of 1,440).
                specific: (matches!(f.quantity.kind, Kind::Number | Kind::Money | Kind::Percent)
                    && significant_digits(f.quantity.value) >= SPECIFIC_DIGITS)
                    || (f.quantity.kind == Kind::Time && f.quantity.value.round() % 60.0 != 0.0),
                exact,
                // Two ends that both agree ("aged 5 to 17") rarely do so by chance,
                // however small each is.
                small: is_small(f.quantity.kind, f.quantity.value)
                    && !(exact && f.quantity.upper.is_some()),
                year: matches!(f.quantity.kind, Kind::Year | Kind::Date),
                rate_or_amount: matches!(
                    f.quantity.kind,
                    Kind::Percent | Kind::PercentagePoints | Kind::Money
                ),
                measure_elsewhere: false,
                owner_guessed: feat.owner_guessed,
                value_stated: false,
                owner_elsewhere: false,
                rivals: 0,
                outcovered: 0.0,
                companions: companions_stated(claim, &f.row),
                close: agreement == Agreement::Agrees
                    && !exact
                    && claim.comparison != Comparison::Eq
                    && (f.quantity.value - claim.quantity.value).abs()
                        <= CLOSE * claim.quantity.value.abs(),
            },
            agreement,
            score: 0.0,
        });
    }
    // Rivals: the other candidates in the same relation to the claim, counted up to a
    // few: how many more there are depends on how many the index was asked for, and a
    // verdict must not.
    let agreeing = out
        .iter()
        .filter(|c| c.agreement == Agreement::Agrees)
        .count();
    let disagreeing = out
        .iter()
        .filter(|c| c.agreement == Agreement::Disagrees)
        .count();
    let owned = |a: Agreement| {
        out.iter()
            .any(|c| c.agreement == a && c.features.owner == Owner::Same)
    };
    let (owned_agreeing, owned_disagreeing) =
        (owned(Agreement::Agrees), owned(Agreement::Disagrees));
    // Only asked when it matters (an agreeing figure without the claim's words), since it
    // reads every source figure.
    let wordless = out.iter().any(|c| {
        c.agreement == Agreement::Agrees && c.features.words_hit == 0 && !c.features.specific
    });
    let measure_elsewhere =
        known_words && wordless && measure_elsewhere(corpus, &words, total_weight);
    // The best coverage among candidates of each relation and kind, in one pass.
    let mut best_cover: HashMap<(bool, Kind), f32> = HashMap::new();
    for c in &out {
        // A disagreeing figure no writer could have slipped from (a rate of 4.68 for a
        // count of 34,200) is no counterpart, so it outcovers nothing.
        let counterpart = c.agreement == Agreement::Agrees
            || crate::verdict::plausible_slip(&claim.quantity, &c.figure.quantity)
                && !stated_beside(claim, c);
        if c.agreement != Agreement::Undecided && counterpart {
            let key = (c.agreement == Agreement::Agrees, c.figure.quantity.kind);
            let best = best_cover.entry(key).or_insert(0.0);
            *best = best.max(c.features.coverage);
        }
    }
    for c in &mut out {
        // How much better the other relation's best candidate of this kind covers it.
        c.features.outcovered = if c.agreement == Agreement::Undecided {
            0.0
        } else {
            let other = (c.agreement != Agreement::Agrees, c.figure.quantity.kind);
            (best_cover.get(&other).copied().unwrap_or(0.0) - c.features.coverage).max(0.0)
        };
        // "fell 1.8%" for a table's "-1.8", when nothing else fits the claim's words
        // better: a column of changes has one for every row, and another row's "-7" is no
        // statement of "Ridgeback fell 7 points".
        if c.features.outcovered == 0.0
            && !matches!(c.features.owner, Owner::Other | Owner::OtherUnknownName)
            && states_a_fall_exactly(claim, &c.figure.quantity)
        {
            c.features.exact = true;
        }
        c.features.measure_elsewhere = measure_elsewhere;
        c.features.value_stated = agreeing > 0;
        let not_owned = !matches!(
            c.features.owner,
            Owner::Same | Owner::Partial | Owner::ClaimUnnamed
        );
        c.features.owner_elsewhere = not_owned
            && match c.agreement {
                Agreement::Agrees => owned_disagreeing,
                Agreement::Disagrees => owned_agreeing,
                Agreement::Undecided => false,
            };
        let (n, model) = match c.agreement {
            Agreement::Agrees => (agreeing, Some(weights::SUPPORT)),
            Agreement::Disagrees => (disagreeing, Some(weights::CONTRADICT)),
            Agreement::Undecided => (0, None),
        };
        let n = n.saturating_sub(1).min(MAX_RIVALS);
        c.features.rivals = u16::try_from(n).unwrap_or(u16::MAX);
        c.score = model.map_or(0.0, |m| m.probability(&c.features));
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.order.cmp(&b.order)));
    out
}

/// The source figures weighed for a claim, each once: those its words reach (a stem of
/// its measure words, unit or names near them) and those whose value it accepts or is
/// near. A figure of neither sort is no evidence either way; leaving it out keeps a
/// claim whose words the sources never use from being contradicted by any figure of
/// its kind.
///
/// A small corpus, or the sources a scoped claim names (a draft's own sources), are
/// weighed whole, filtered so: that is faster than any query, and what the rest of the
/// corpus holds cannot crowd a counterpart out. Otherwise the index is asked the same,
/// each question for its best few.
fn pool(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kinds: &[Kind],
    words: &[(String, f32)],
    exhaustive_limit: usize,
) -> Vec<Found> {
    let stems = pool_stems(claim, words);
    let windows = windows(claim);
    let whole = if claim.scope.is_some() {
        Some(claim.scope.as_ref())
    } else if corpus.figure_count() <= exhaustive_limit as u64 {
        Some(None)
    } else {
        None
    };
    if let Some(scope) = whole {
        let reached = |found: &Found| {
            let f = &found.figure;
            let feat = prepared.features(corpus, found);
            stems.iter().any(|(s, _)| feat.stems.contains_key(s))
                || windows.iter().flatten().any(|(w, _)| {
                    let (lo, hi) = window_for(claim, f.quantity.kind, *w);
                    std::iter::once(f.quantity.value)
                        .chain(f.quantity.upper)
                        .any(|v| lo <= v && v <= hi)
                })
        };
        return every(corpus, prepared, claim, kinds, scope)
            .into_iter()
            .filter(reached)
            .collect();
    }
    let planned = ranked_queries(claim, kinds);
    let queries: Vec<FigureQuery> = planned.iter().map(|q| q.query(&stems)).collect();
    corpus.prefetch_figures(&queries, &[]);
    let mut pool: Vec<Found> = queries
        .iter()
        .flat_map(|q| corpus.find_figures(q).unwrap_or_default())
        .collect();
    pool.sort_by_key(|f| f.order);
    pool.dedup_by_key(|f| f.order);
    pool
}

/// The stems a claim's candidates are ranked by, as the engine weighs words: the claim's
/// measure words (and unit) by how telling they are, and the words of its names, which
/// stand near their own figures.
fn pool_stems(claim: &Claim, words: &[(String, f32)]) -> Vec<(String, f32)> {
    let mut stems: Vec<(String, f32)> = words.to_vec();
    for e in claim.entities() {
        stems.extend(name_stems(e).map(|s| (s, 1.0)));
    }
    stems.retain(|(_, w)| *w > 0.0 && w.is_finite());
    stems
}

/// The value windows a claim's candidates are asked for in, each with how many to take:
/// the values it agrees with, and those near it.
fn windows(claim: &Claim) -> [Option<((f64, f64), usize)>; 3] {
    let agree = agree_window(claim);
    [
        agree.map(|w| (w, AGREEING)),
        Some((value_window(claim), IN_WINDOW)),
        // "fell 6.5%" is a table's "-6.5" (see `agrees`): the mirrored values too
        agree
            .filter(|(lo, _)| *lo > 0.0 && says_fall(claim))
            .map(|(lo, hi)| ((-hi, -lo), AGREEING)),
    ]
}

/// A window for figures of `kind`: a time's bare hour ("make it 7") is a number up to 24.
fn window_for(claim: &Claim, kind: Kind, (lo, hi): (f64, f64)) -> (f64, f64) {
    if claim.quantity.kind == Kind::Time && kind == Kind::Number {
        (0.0, 24.0)
    } else {
        (lo, hi)
    }
}

/// One search of a claim's pool on the ranked path, without its stems.
pub(crate) struct Ranked {
    kinds: Vec<Kind>,
    values: Option<(f64, f64)>,
    limit: usize,
}

impl Ranked {
    pub(crate) fn query<'a>(&'a self, stems: &'a [(String, f32)]) -> FigureQuery<'a> {
        FigureQuery {
            kinds: &self.kinds,
            stems,
            values: self.values,
            limit: Some(self.limit),
            ..FigureQuery::default()
        }
    }
}

/// The searches of a claim's pool on the ranked path: the figures nearest its words, then
/// value first, then words: every figure a claim accepts is asked for on its own, so no
/// agreeing value is crowded out by figures that merely sit near its words.
fn ranked_queries(claim: &Claim, kinds: &[Kind]) -> Vec<Ranked> {
    let mut out = vec![Ranked {
        kinds: kinds.to_vec(),
        values: None,
        limit: NEAREST,
    }];
    for k in kinds {
        for (window, limit) in windows(claim).into_iter().flatten() {
            out.push(Ranked {
                kinds: vec![*k],
                values: Some(window_for(claim, *k, window)),
                limit,
            });
        }
    }
    out
}

/// What weighing `claim` will ask the index, for a backend that batches: the ranked
/// searches of its pool, the stems they rank by, and the words whose best cover may be
/// asked for.
pub(crate) struct Plan {
    pub(crate) stems: Vec<(String, f32)>,
    pub(crate) ranked: Vec<Ranked>,
    pub(crate) words: Vec<(String, f32)>,
}

pub(crate) fn planned(corpus: &dyn Sources, claim: &Claim) -> Plan {
    let t = terms(corpus, claim);
    Plan {
        stems: pool_stems(claim, &t.words),
        ranked: ranked_queries(claim, t.kinds),
        words: t.words,
    }
}

/// Every figure of `kinds` in the corpus (`scope` `None`) or in the sources a scope
/// matches, kind by kind, each in the corpus's order; asked for once per kind and kept.
fn every(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    kinds: &[Kind],
    scope: Option<&String>,
) -> Vec<Found> {
    let mut all = Vec::new();
    for k in kinds {
        let key = (scope.cloned(), *k);
        let cached = prepared
            .every
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .cloned();
        let of_kind = match cached {
            Some(found) => found,
            None => {
                let sources = scope.map(|_| prepared.in_scope(corpus, claim));
                let query = FigureQuery {
                    kinds: std::slice::from_ref(k),
                    sources: sources.as_deref().map(Vec::as_slice),
                    ..FigureQuery::default()
                };
                // A failed search is not kept: the next claim asks again.
                let Ok(found) = corpus.find_figures(&query) else {
                    continue;
                };
                // Two claims weighed at once may both ask; the first answer kept is the
                // one every later claim shares.
                prepared
                    .every
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .entry(key)
                    .or_insert_with(|| Arc::new(found))
                    .clone()
            }
        };
        all.extend(of_kind.iter().cloned());
    }
    all
}

/// The most rivals counted (see `PairFeatures::rivals`): fewer than the index is asked
/// for, so both ways of finding candidates count the same.
const MAX_RIVALS: usize = 24;

/// How many figures nearest a claim's words are weighed, whatever their value.
const NEAREST: usize = 128;
/// How many figures whose value the claim accepts are weighed, nearest its words first.
const AGREEING: usize = 64;
/// How many figures whose value is near the claim's (a slip, or a rounding) are weighed,
/// nearest its words first.
const IN_WINDOW: usize = 32;

/// Whether some source figure of any kind stands among most of the claim's measure words
/// (by weight).
fn measure_elsewhere(corpus: &dyn Sources, words: &[(String, f32)], total: f32) -> bool {
    total > 0.0 && corpus.best_cover(words).unwrap_or(0.0) / total >= MEASURE_STATED
}

/// The share of the claim's measure words (by weight) at which a source figure is taken
/// to state the claim's measure.
const MEASURE_STATED: f32 = 0.5;

/// Whether the source figure's owners all come from elsewhere (an earlier sentence, a
/// heading), none named in its own sentence or line label: "The elevator will
/// store 4.5 million bushels" after a sentence about "The Tamsen Valley Cooperative
/// board". Such an owner is a guess about what the sentence refers to: against a value
/// that agrees it weighs only as a name the corpus does not know would.
fn inherited(feat: &Features) -> bool {
    feat.label.is_none()
        && !feat.named.is_empty()
        && feat.named.iter().all(|a| !feat.entities.contains(a))
        // "It installed 31,716": a pronoun says whose the figure is, a guess no longer
        && !feat
            .sentence_lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| PRONOUNS.contains(&w))
}

/// Whether each owner of a source figure is named only as the one who says it: before a
/// verb of saying that stands before the figure ("Chief executive Tom Brandvold, 54, …,
/// said the loan payments, about $1.5 million a year, …"), or beside one after it
/// ("… a 5% raise on April 1, Northgate said"). The figure is what the speaker reports
/// about something else; whose it is, the sentence leaves to its words.
fn spoken_by_its_owners(f: &SourceFigure) -> bool {
    let sentence = f.sentence.as_str();
    let Some(figure_at) = sentence.find(f.text.as_str()) else {
        return false;
    };
    let speaker = |name: &str| {
        sentence.match_indices(name).any(|(at, _)| {
            let end = at + name.len();
            if end <= figure_at {
                // the verb between the name and the figure, an appositive allowed
                let between = &sentence[end..figure_at];
                between.len() <= SPEAKER_REACH
                    && between
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| SAYING.contains(&w))
            } else {
                let after = sentence[end..].trim_start();
                let before = sentence[..at].trim_end();
                SAYING.iter().any(|v| {
                    after
                        .strip_prefix(v)
                        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
                        || before.ends_with(v)
                })
            }
        })
    };
    !f.context.anchors.is_empty() && f.context.anchors.iter().all(|a| speaker(a))
}

/// Verbs of saying that make a name the speaker of the figure after them.
const SAYING: &[&str] = &["said", "says", "told", "added"];

/// How far before its figure a speaker's verb may stand, an appositive and the start of
/// the reported clause included.
const SPEAKER_REACH: usize = 120;

/// Pronouns that refer a sentence's figure back to a named owner.
const PRONOUNS: &[&str] = &[
    "it", "its", "they", "their", "he", "his", "she", "her", "we", "our",
];

/// How the source figure's owner stands to the claim's names.
fn owner(
    entities: &[String],
    aliases: &[String],
    feat: &Features,
    names_known: bool,
    words: &[(String, f32)],
    guessed: bool,
) -> Owner {
    // A one-word "name" that is one of the claim's own measure words opened the source's
    // sentence: "Turnout was 94%" is about the draft's "a turnout of 94%", no one's.
    // (Asked only where it decides: stemming each name for every candidate costs.)
    let named_someone = || {
        feat.named
            .iter()
            .any(|a| a.contains(' ') || !words.iter().any(|(w, _)| *w == stem(a)))
    };
    if entities.is_empty() {
        Owner::ClaimUnnamed
    } else if entities.iter().chain(aliases).any(|e| {
        feat.anchors
            .iter()
            .chain(&feat.label)
            .any(|a| same_name(e, a))
    }) {
        Owner::Same
    } else if entities
        .iter()
        .any(|e| feat.named.iter().any(|a| words_within(e, a)))
    {
        Owner::Partial
    } else if named_someone() {
        if names_known && !guessed {
            Owner::Other
        } else {
            Owner::OtherUnknownName
        }
    } else if entities
        .iter()
        .any(|e| feat.entities.iter().any(|a| same_name(e, a)))
    {
        Owner::Mentioned
    } else {
        Owner::Unknown
    }
}

/// The label a line opens with before a colon, list marker and emphasis aside ("- **Calder
/// County:** $5.0 million"): a capital first, at most five words. A prose lead-in may pass
/// ("The plan has three parts: …"); it is only ever compared with the claim's names.
pub(crate) fn line_label(sentence: &str) -> Option<&str> {
    let line = sentence
        .trim_start_matches(|c: char| matches!(c, '-' | '*' | '•' | '_') || c.is_whitespace());
    let (label, _) = line.split_once(':')?;
    let label = label.trim_end_matches(['*', '_']).trim();
    // "- Measure B (four-year terms for county commissioners): Yes 40,118 (46.2%)": what
    // the item is, in brackets after its name, is no part of the name
    let label = match label.strip_suffix(')').and_then(|l| l.rsplit_once('(')) {
        Some((name, _)) => name.trim_end_matches(['*', '_']).trim(),
        None => label,
    };
    (label.starts_with(|c: char| c.is_uppercase())
        && label.split_whitespace().count() <= 5
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\''))
    .then_some(label)
}

/// A value cut to its leading digit: 1,200 → 1,000, 37 → 30, 100 → 100.
fn leading_digit(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(v.log10().floor() as i32);
    (v / scale).floor() * scale
}

/// Whether `b` is `a` as written to `precision` (the place value of its last digit), or
/// equal to it but for floating-point noise.
pub(crate) fn within_precision(a: f64, b: f64, precision: f64) -> bool {
    (a - b).abs() <= (precision / 2.0).max(1e-9 * a.abs().max(1.0))
}

/// Whether a quantity counts points ("13 points"): after a percentage, a change in
/// percentage points.
pub(crate) fn counts_points(q: &figcheck_figures::Quantity) -> bool {
    q.unit
        .as_deref()
        .is_some_and(|u| stem(&u.to_lowercase()) == "point")
}

/// The values a claim accepts, as one range ([`Claim::accepted_range`]); `None` when
/// they are unbounded: those figures are found by the claim's words, and within 10%.
fn agree_window(claim: &Claim) -> Option<(f64, f64)> {
    // "6:55" may be either half of the day; a corpus holds few times, so ask for all.
    if claim.quantity.kind == Kind::Time {
        return Some((0.0, 24.0 * 60.0));
    }
    claim.accepted_range()
}

/// The range of values near a claim's: the slips and roundings a counterpart may show,
/// for the index's range query. Within 10% (or the claim's precision or tolerance, if
/// wider); a year within ten of its last written unit and a date within two years, since
/// 10% of 2023 is two centuries. A bound ("more than 30,000") looks around its value as well: what lies
/// beyond it is found by the claim's words.
fn value_window(claim: &Claim) -> (f64, f64) {
    let q = claim.quantity.value;
    // "6:55" may be either half of the day; a corpus holds few times, so ask for all.
    if claim.quantity.kind == Kind::Time {
        return (0.0, 24.0 * 60.0);
    }
    // A claim's own tolerance (or the configured one) may be wider than the 10% window.
    let tolerance = claim.tolerance.map_or(0.0, |t| t.absolute(q));
    let near = match claim.quantity.kind {
        Kind::Year => claim.quantity.precision.abs().max(1.0) * 10.0,
        // Dates are written yyyymmdd: two years either side.
        Kind::Date => 2.0 * 10_000.0,
        _ => q.abs() * 0.1,
    };
    let slack = near.max(claim.quantity.precision).max(tolerance);
    match &claim.comparison {
        figcheck_claims::Comparison::Between(hi) => (q - slack, hi.value + slack),
        _ => (q - slack, q + slack),
    }
}

/// How a source figure's value stands to the claim. A hedged source is a range, not a
/// point: its "more than 90%" agrees with a claim of "more than 90%" or "over 80%", rules
/// out "under 90%", and leaves "95%" undecided.
fn agreement(claim: &Claim, f: &SourceFigure) -> Agreement {
    use figcheck_claims::Comparison as C;
    use figcheck_figures::Hedge as H;
    let v = f.quantity.value;
    let q = claim.quantity.value;
    // "$54 a year" and "$1,500 a month" are amounts of two periods: neither agrees.
    if let (Some(a), Some(b)) = (claim.quantity.period(), f.quantity.period())
        && a != b
    {
        return Agreement::Undecided;
    }
    // A year against a date that gives no year ("the busiest day of 2025" against
    // "Monday, May 5"): nothing to compare, neither agreement nor a correction.
    if claim.quantity.kind == Kind::Year && f.quantity.kind == Kind::Date && date_parts(v)[0] == 0 {
        return Agreement::Undecided;
    }
    let decide = |agrees: bool| {
        if agrees {
            Agreement::Agrees
        } else {
            Agreement::Disagrees
        }
    };
    // A range against a range: both ends must agree. "Growth of 5-8%" is not the
    // source's "4-7%", though 7% lies within it.
    if let (C::Between(high), Some(upper)) = (&claim.comparison, f.quantity.upper) {
        return decide(
            within_precision(q, v, claim.quantity.precision)
                && within_precision(high.value, upper, high.precision),
        );
    }
    // One value against a source's range: either end is stated ("$1.40" of "$1.30 to
    // $1.40"); a value between the ends is neither stated nor ruled out.
    if let Some(upper) = f.quantity.upper
        && f.quantity.kind == claim.quantity.kind
    {
        if claim.accepts(v) || claim.accepts(upper) {
            return Agreement::Agrees;
        }
        if matches!(claim.comparison, C::Eq | C::Approx) && v < q && q < upper {
            return Agreement::Undecided;
        }
        return Agreement::Disagrees;
    }
    match (f.quantity.hedge, &claim.comparison) {
        // "up to nine days" is not the source's "up to six days": both state the most
        // there was, and only one can be right. A looser bound of another kind is
        // implied ("under 95%" by "less than 90%").
        (Some(H::AtMost), C::Le) | (Some(H::AtLeast), C::Ge) => {
            decide(within_precision(q, v, claim.quantity.precision))
        }
        // "over 80 stores" is not the source's "over 100": a lower bound copied is
        // copied as written, or rounded down to its leading digit ("more than 1,000"
        // of "more than 1,200"); a bound far below it misstates the figure.
        (Some(H::MoreThan | H::AtLeast), C::Gt | C::Ge) => decide(
            v >= q && (within_precision(q, v, claim.quantity.precision) || q >= leading_digit(v)),
        ),
        (Some(H::LessThan | H::AtMost), C::Lt | C::Le) => decide(v <= q),
        (Some(H::MoreThan | H::AtLeast), C::Eq | C::Approx) if q > v => Agreement::Undecided,
        (Some(H::LessThan | H::AtMost), C::Eq | C::Approx) if q < v => Agreement::Undecided,
        (Some(H::MoreThan | H::AtLeast), C::Lt | C::Le) if q > v => Agreement::Undecided,
        (Some(H::LessThan | H::AtMost), C::Gt | C::Ge) if q < v => Agreement::Undecided,
        _ => decide(agrees(claim, f)),
    }
}

/// Whether a source figure states the claim's value as written: a range states each of
/// its ends ("$1.40" of "$1.30 to $1.40"), and a range is stated only by both.
fn states_exactly(source: &figcheck_figures::Quantity, claim: &figcheck_figures::Quantity) -> bool {
    let same = |a: f64, b: f64| within_precision(a, b, 0.0);
    match (source.upper, claim.upper) {
        (Some(su), Some(cu)) => same(source.value, claim.value) && same(su, cu),
        (Some(su), None) => same(source.value, claim.value) || same(su, claim.value),
        _ => same(source.value, claim.value),
    }
}

/// Whether a table's negative value states a claim's fall to the digit: "-1.8" in a
/// column of changes is a writer's "fell 1.8%" (see [`agrees`]).
pub(crate) fn states_a_fall_exactly(claim: &Claim, source: &figcheck_figures::Quantity) -> bool {
    source.upper.is_none()
        && written_as_fall(claim, source.value)
        && within_precision(-source.value, claim.quantity.value, 0.0)
}

/// Two times of day of which one has no am or pm ("at 6:55"): the same time when they
/// agree in either half of the day. `None` unless both are such times.
fn same_clock_time(a: &figcheck_figures::Quantity, b: &figcheck_figures::Quantity) -> Option<bool> {
    (a.kind == Kind::Time
        && b.kind == Kind::Time
        && (a.style.suffix.is_none() || b.style.suffix.is_none()))
    .then(|| {
        let half_day = |v: f64| v.round().rem_euclid(720.0);
        half_day(a.value) == half_day(b.value)
    })
}

/// Whether a plain number is the hour of a time on the hour, in either half of the day:
/// "7" for "7 pm" or "19:00". False unless `time` is a time and `n` a number.
fn bare_hour_agrees(time: &figcheck_figures::Quantity, n: &figcheck_figures::Quantity) -> bool {
    let minutes = time.value.round();
    time.kind == Kind::Time
        && n.kind == Kind::Number
        && n.unit.is_none()
        && n.value.fract() == 0.0
        && (0.0..=24.0).contains(&n.value)
        && minutes % 60.0 == 0.0
        && (n.value * 60.0).rem_euclid(720.0) == minutes.rem_euclid(720.0)
}

/// Whether a source date states every part of the claim's date, and the same: "September
/// 30" is stated exactly by "September 30, 2024", whose year the writer left out; "June
/// 2025" is not by "2025".
fn states_every_part(
    claim: &figcheck_figures::Quantity,
    source: &figcheck_figures::Quantity,
) -> bool {
    claim.kind == Kind::Date
        && source.kind == Kind::Date
        && every_part_stated(claim.value, source.value)
}

/// Whether the date `source` states every part the date `claim` gives, and the same
/// (both `yyyymmdd`, unknown parts zero); `claim` must give one.
pub(crate) fn every_part_stated(claim: f64, source: f64) -> bool {
    let (c, s) = (date_parts(claim), date_parts(source));
    c.iter().any(|&p| p != 0) && c.iter().zip(s).all(|(&cp, sp)| cp == 0 || cp == sp)
}

/// A date value's year, month and day (`yyyymmdd`, unknown parts zero).
pub(crate) fn date_parts(v: f64) -> [u32; 3] {
    let v = v.round() as u32;
    [v / 10000, (v / 100) % 100, v % 100]
}

/// Whether a source figure's value satisfies the claim. Dates agree on the parts both
/// state ("June 2025" agrees with "June 1, 2025"); a year agrees with a date in it.
pub(crate) fn agrees(claim: &Claim, f: &SourceFigure) -> bool {
    let (ck, sk) = (claim.quantity.kind, f.quantity.kind);
    if let Some(same) = same_clock_time(&claim.quantity, &f.quantity) {
        return same;
    }
    if ck == Kind::Time && sk == Kind::Number {
        return bare_hour_agrees(&claim.quantity, &f.quantity);
    }
    if ck == Kind::Date || (ck == Kind::Year && sk == Kind::Date) {
        let split = |v: f64, k: Kind| -> (u32, u32, u32) {
            if k == Kind::Year {
                (v.round() as u32, 0, 0)
            } else {
                let [y, m, d] = date_parts(v);
                (y, m, d)
            }
        };
        let a = split(claim.quantity.value, ck);
        let b = split(f.quantity.value, sk);
        // Parts one side leaves out are not a disagreement, but the two must share at
        // least one part: a year says nothing about "June 1".
        let part = |x: u32, y: u32| x == 0 || y == 0 || x == y;
        let shared = (a.0 != 0 && b.0 != 0) || (a.1 != 0 && b.1 != 0);
        return shared && part(a.0, b.0) && part(a.1, b.1) && part(a.2, b.2);
    }
    let v = f.quantity.value;
    // A table's "-13" is a writer's "fell 13": the direction is in the words.
    claim.accepts(v) || (written_as_fall(claim, v) && claim.accepts(-v))
}

/// Whether a source's negative value `v` may stand for the claim's fall: the claim is
/// positive and says it fell.
fn written_as_fall(claim: &Claim, v: f64) -> bool {
    v < 0.0 && claim.quantity.value > 0.0 && says_fall(claim)
}

/// Whether a claim's words say its value is a fall.
pub(crate) fn says_fall(claim: &Claim) -> bool {
    crate::derive::claim_stems(claim).into_iter().any(|w| {
        matches!(
            w.as_str(),
            "fell"
                | "down"
                | "fall"
                | "fallen"
                | "drop"
                | "dropp"
                | "declin"
                | "decreas"
                | "lost"
                | "lose"
                | "slid"
                | "slide"
                | "shrink"
                | "cut"
                | "lower"
                | "loss"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::line_label;

    #[test]
    fn a_line_is_labelled_by_a_short_name_before_its_colon() {
        assert_eq!(
            line_label("- Calder County: $5.0 million (5.2%)"),
            Some("Calder County")
        );
        assert_eq!(
            line_label("**Kestrel Point:** $3.8 million"),
            Some("Kestrel Point")
        );
        // a lower-case label, a line with no colon, a long lead-in
        assert_eq!(line_label("funds: $5.0 million"), None);
        assert_eq!(
            line_label("The plan approved on Monday has three parts: $61 million"),
            None
        );
        assert_eq!(line_label("Revenue rose 8.6% to $14.8 million"), None);
        // what the item is, in brackets after its name
        assert_eq!(
            line_label("- Measure B (four-year terms for commissioners): Yes 40,118 (46.2%)"),
            Some("Measure B")
        );
    }
}
