//! The check engine: figures → claims → evidence → verdicts.
//!
//! For each figure in a draft the engine states a [`Claim`] (what the figure says, in the
//! claim language), gathers [`Evidence`] from the corpus, and gives a [`Verdict`]. The
//! engine does no I/O of its own: it is handed the sources (anything that implements
//! [`Sources`]; the tantivy `Corpus` is one) and draft text.

mod claim_of;
mod contest;
mod copied;
mod derive;
mod disagree;
mod double_figures;
mod evidence;
pub mod features;
mod half;
mod listed;
pub mod model;
mod month_span;
mod months;
mod period;
mod rank;
pub mod suppress;
#[cfg(test)]
mod testing;
mod today;
mod verdict;
pub mod weights;
mod written;

pub use evidence::{Agreement, EXHAUSTIVE_LIMIT, Evidence};
pub use suppress::{Ignores, Suppressions, Unused};
pub use verdict::{Considered, Finding, Outcome, Role, Verdict};

use std::collections::HashMap;

use figcheck_claims::{Claim, Comparison, Tolerance};
use figcheck_corpus::Sources;
use figcheck_figures::{Format, Kind, LineIndex};

/// Checks drafts and claims against one corpus. Building it costs nothing; keep it for as
/// long as the corpus does not change, since it keeps what it works out about each source
/// figure it weighs.
pub struct Engine<'c> {
    corpus: &'c dyn Sources,
    prepared: evidence::Prepared,
    exhaustive_limit: usize,
    /// Room for draft figures hedged "about"/"nearly", as a fraction; `None` leaves the
    /// claim language's default ([`figcheck_claims::DEFAULT_APPROX`]).
    tolerance: Option<f64>,
    /// How many weighed candidates each finding keeps, for a hover to explain it.
    explanations: usize,
    /// What each claim weighed in a draft came to, by the claim: a claim is all its
    /// verdict depends on (`figcheck query` on it gives the same), so a language server
    /// re-checking a draft after an edit weighs only the figures whose claims changed.
    weighed: std::sync::Mutex<HashMap<Weighed, Vec<WeighedClaim>>>,
}

/// A claim as weighed in a draft (scope set) by a hash of the fields that tell claims
/// apart soonest ([`weighed_key`]), with how many explanations were kept. Claims that
/// share a key are told apart whole, in the bucket.
type Weighed = (u64, usize);

/// A claim weighed, with what it came to.
type WeighedClaim = (Claim, Outcome, Vec<Considered>);

/// The key of a claim among those weighed: its words, value, kind, scope and the values
/// beside it. Hashing these is cheaper than writing the claim out (a tenth of a check
/// was once spent writing claims as keys), and the bucket compares claims whole.
fn weighed_key(claim: &Claim) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    claim.terms.hash(&mut h);
    claim.quantity.value.to_bits().hash(&mut h);
    claim.quantity.kind.hash(&mut h);
    claim.scope.hash(&mut h);
    for v in claim.companions.iter().chain(&claim.earlier) {
        v.to_bits().hash(&mut h);
    }
    h.finish()
}

/// How many claims' outcomes an engine keeps: more than a long draft holds (the bench
/// draft has 108 figures), each with its evidence and explanations (a few KB); emptied
/// when full, so a long editing session does not grow it without end.
const WEIGHED_KEPT: usize = 4_096;

impl<'c> Engine<'c> {
    pub fn new(corpus: &'c dyn Sources) -> Self {
        Engine {
            corpus,
            prepared: evidence::Prepared::default(),
            exhaustive_limit: EXHAUSTIVE_LIMIT,
            tolerance: None,
            explanations: 0,
            weighed: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// Keeps the best `n` candidates weighed for each finding ([`Finding::considered`]),
    /// so a front end can say why a figure got its verdict without asking again.
    pub fn with_explanations(mut self, n: usize) -> Self {
        self.explanations = n;
        self
    }

    /// Sets the room a draft figure hedged "about" or "nearly" leaves, as a fraction of
    /// its value (0.05 is 5%), in place of the claim language's default. A newsroom whose
    /// writers round loosely (or tightly) says so once in `figcheck.toml` instead of in
    /// every figure. The claim shown for such a figure carries the tolerance (`±10%`), so
    /// `figcheck query` on it gives the same verdict. Claims people write are not
    /// changed: they say what they mean.
    pub fn with_tolerance(mut self, tolerance: Option<f64>) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Sets how many source figures a corpus may have before candidates are found through
    /// the full-text index instead of weighing every figure. 0 always uses the index.
    pub fn with_exhaustive_limit(mut self, limit: usize) -> Self {
        self.exhaustive_limit = limit;
        self
    }

    /// Every figure in `text`, each with its claim, verdict and evidence, in text order.
    pub fn check_text(&self, text: &str, format: Format) -> Vec<Finding> {
        use rayon::prelude::*;
        // Figures are weighed on every core: each is weighed on its own (what the engine
        // keeps between figures only saves work), so the findings do not depend on the
        // order, and the draft's figures come back in the draft's order.
        let (index, named, claims) = self.ready(text, format);
        claims
            .into_par_iter()
            .map(|(figure, claim)| self.finding(text, &index, named.as_deref(), figure, claim))
            .collect()
    }

    /// [`Engine::check_text`] that asks `wanted` before each figure is weighed and gives
    /// up, returning `None`, as soon as it says no: a language server abandons the check
    /// of a version the writer has already replaced instead of finishing it. One figure
    /// at a time, on the caller's thread: the server runs its own workers.
    pub fn check_text_while(
        &self,
        text: &str,
        format: Format,
        wanted: impl Fn() -> bool,
    ) -> Option<Vec<Finding>> {
        let (index, named, claims) = self.ready(text, format);
        claims
            .into_iter()
            .map(|(figure, claim)| {
                wanted().then(|| self.finding(text, &index, named.as_deref(), figure, claim))
            })
            .collect()
    }

    /// A draft's claims, with what checking them needs: the draft's line index, the
    /// sources it names, and the index's answers asked for ahead.
    fn ready(
        &self,
        text: &str,
        format: Format,
    ) -> (
        LineIndex,
        Option<String>,
        Vec<(figcheck_figures::Figure, Claim)>,
    ) {
        let index = LineIndex::new(text);
        let named = self.named_sources(text, format);
        let claims = self.claims_of(text, format);
        self.ask_ahead(&claims, named.as_deref());
        (index, named, claims)
    }

    /// Tells a backend that pays per request what every claim of the draft will look up,
    /// and the ranked path's searches, so each goes in one round trip (a draft naming its
    /// sources reads them whole); the embedded index answers each as it is asked.
    fn ask_ahead(&self, claims: &[(figcheck_figures::Figure, Claim)], named: Option<&str>) {
        if !self.corpus.batches() {
            return;
        }
        self.corpus
            .prefetch(&evidence::lookups_of(claims.iter().map(|(_, c)| c)));
        if named.is_some() || self.corpus.figure_count() <= self.exhaustive_limit as u64 {
            return;
        }
        let plans: Vec<_> = claims
            .iter()
            .filter(|(_, c)| c.scope.is_none())
            .map(|(_, c)| evidence::planned(self.corpus, c))
            .collect();
        let queries: Vec<_> = plans
            .iter()
            .flat_map(|p| p.ranked.iter().map(|r| r.query(&p.stems)))
            .collect();
        let covers: Vec<&[(String, f32)]> = plans.iter().map(|p| p.words.as_slice()).collect();
        self.corpus.prefetch_figures(&queries, &covers);
    }

    /// One figure of a draft, weighed.
    fn finding(
        &self,
        text: &str,
        index: &LineIndex,
        named: Option<&str>,
        figure: figcheck_figures::Figure,
        claim: Claim,
    ) -> Finding {
        let (claim, outcome, considered) = self.evaluate_in_draft(claim, named, self.explanations);
        let mut finding = Finding::new(text, index, figure, claim, outcome);
        finding.considered = considered;
        finding
    }

    /// Evaluates one claim against the corpus.
    pub fn evaluate(&self, claim: &Claim) -> Outcome {
        verdict::evaluate(self.corpus, &self.prepared, claim, self.exhaustive_limit, 0).0
    }

    /// Evaluates one claim and says how: every candidate source figure weighed, with the
    /// features the model saw, its probability and what it did in the decision. Best
    /// first. This is `figcheck explain`.
    pub fn explain(&self, claim: &Claim) -> (Outcome, Vec<Considered>) {
        verdict::evaluate(
            self.corpus,
            &self.prepared,
            claim,
            self.exhaustive_limit,
            usize::MAX,
        )
    }

    /// The claim the engine states for each figure of `text`, in text order, with the
    /// figure: what `explain` evaluates for a draft.
    pub fn claims_of(&self, text: &str, format: Format) -> Vec<(figcheck_figures::Figure, Claim)> {
        let figures = figcheck_figures::extract(text, format);
        let contexts = figcheck_figures::contexts(text, &figures);
        let targets: Vec<bool> = (0..figures.len())
            .map(|i| i > 0 && is_change_target(text, &figures[i - 1], &figures[i]))
            .collect();
        let companions: Vec<Vec<f64>> = (0..figures.len())
            .map(|i| companions(&figures, &contexts, i))
            .collect();
        let earlier: Vec<Vec<f64>> = (0..figures.len())
            .map(|i| earlier(text, &figures, &contexts, i))
            .collect();
        let counted_back = figcheck_figures::counted_back(text, &figures);
        figures
            .into_iter()
            .zip(contexts)
            .zip(targets)
            .zip(companions)
            .zip(earlier)
            .zip(counted_back)
            .map(
                |(((((figure, context), target), companions), earlier), counted_back)| {
                    let after = text.get(figure.end..).unwrap_or_default();
                    let sentence = text.get(context.sentence.clone()).unwrap_or_default();
                    let mut claim = self.claim_for(&figure, &context, sentence, after);
                    // "about 17 points behind Pinecrest": a gap between two owners' values.
                    if let Some(base) = claim_of::points_behind(after, &context) {
                        claim_of::add_term(&mut claim.terms, base);
                    }
                    claim.companions = companions;
                    // "fell 13 points to 45%": the verb and unit are the change's, and 45% is
                    // the level it ended at.
                    if target {
                        claim.terms.retain(|t| {
                            t.quoted
                                || !derive::CHANGE_WORDS.contains(&t.text.as_str())
                                    && t.text != "points"
                        });
                    }
                    // "Rebounding was a huge factor, with the Pacers winning that battle, 42-34"
                    if let Some(measure) = claim_of::battle_measure(&text[..figure.start]) {
                        claim_of::add_term(&mut claim.terms, measure);
                    }
                    // "down 12.3%", "up 32%": a change, though neither word is a measure word
                    if let Some(word) = claim_of::change_written_before(&text[..figure.start]) {
                        claim_of::add_term(&mut claim.terms, word);
                    }
                    // "The Cavaliers (33-34)": a pair alone in brackets after a name is a record.
                    if let Some(partner) = claim.partner
                        && figcheck_figures::record_in_brackets(
                            &text[..figure.start],
                            after,
                            partner.follows,
                        )
                    {
                        claim_of::add_term(&mut claim.terms, figcheck_figures::RECORD);
                    }
                    // "fell to 35%": the value the change ended at, with no start beside it.
                    if claim.partner.is_none() {
                        claim.reached = claim_of::reached_by_change(&text[..figure.start])
                            || claim_of::followed_by_its_change(&text[..figure.start], after)
                            || claim_of::said_of_this_period(after);
                    }
                    // "HALVERTON, Dec. 1 —": the day the story was filed.
                    claim.dateline = figure.quantity.kind == figcheck_figures::Kind::Date
                        && figcheck_figures::is_dateline(text, figure.start, figure.end);
                    // "Two friends, Steve and Carly": the names it counts are part of the claim.
                    if let Some(names) = figcheck_figures::listed_after(text, &figure) {
                        claim.counted = names.into_iter().map(str::to_string).collect();
                    } else if let Some(names) = counted_back {
                        // "… while Ashby had 41. Together the two zones produced 93": the names
                        // its paragraph gave before it.
                        claim.counted = names;
                    }
                    // Last, as whether arithmetic reads them depends on the claim's words.
                    if derive::reads_earlier(&claim) {
                        claim.earlier = earlier;
                    }
                    (figure, claim)
                },
            )
            .collect()
    }

    /// Evaluates the claim of a draft's figure. A draft that names its sources (`named`,
    /// from [`Engine::named_sources`]) is checked against them alone: the rest of the
    /// corpus is an archive that restates the same measures with other values, and a
    /// verdict must not change with how large it is. The claim is scoped accordingly and
    /// returned, so `figcheck query` on it gives the same verdict, with the best
    /// `explanations` candidates weighed.
    pub fn evaluate_in_draft(
        &self,
        mut claim: Claim,
        named: Option<&str>,
        explanations: usize,
    ) -> (Claim, Outcome, Vec<Considered>) {
        if let Some(scope) = named
            && claim.scope.is_none()
        {
            claim.scope = Some(scope.to_string());
        }
        let key = (weighed_key(&claim), explanations);
        let lock = || self.weighed.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, outcome, considered)) = lock()
            .get(&key)
            .and_then(|bucket| bucket.iter().find(|(weighed, _, _)| *weighed == claim))
        {
            return (claim, outcome.clone(), considered.clone());
        }
        let (outcome, considered) = verdict::evaluate(
            self.corpus,
            &self.prepared,
            &claim,
            self.exhaustive_limit,
            explanations,
        );
        // An outcome reached while a search failed may lack what it found: weighed again
        // next time rather than kept.
        if self.corpus.search_failure().is_none() {
            let mut kept = lock();
            if kept.len() >= WEIGHED_KEPT {
                kept.clear();
            }
            kept.entry(key)
                .or_default()
                .push((claim.clone(), outcome.clone(), considered.clone()));
        }
        (claim, outcome, considered)
    }

    /// Forgets what claims came to (see [`Engine::evaluate_in_draft`]), keeping what
    /// was worked out about source figures: the next check weighs every figure again.
    /// For benchmarks of a whole check.
    pub fn forget_outcomes(&self) {
        self.weighed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    /// The scope of the sources a Markdown draft names in its front matter (`sources:`),
    /// as one claim-language glob (`{a.txt,notes/*}`); `None` when it names none. Front
    /// matter figcheck cannot read names none here: the CLI reports it as an error before
    /// checking (see [`figcheck_figures::front_matter`]).
    pub fn named_sources(&self, text: &str, format: Format) -> Option<String> {
        let sources = figcheck_figures::front_matter(text, format).ok()?.sources;
        match sources.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            many => Some(format!("{{{}}}", many.join(","))),
        }
    }

    /// Which of the sources a draft names (its front matter's `sources`) match no source
    /// of the corpus: a typo there would otherwise leave every figure unsupported without
    /// saying why.
    pub fn unmatched_sources(&self, named: &[String]) -> Vec<String> {
        named
            .iter()
            .filter(|pattern| {
                !self
                    .corpus
                    .source_paths()
                    .iter()
                    .any(|path| figcheck_claims::scope_matches(pattern, path))
            })
            .cloned()
            .collect()
    }

    fn claim_for(
        &self,
        figure: &figcheck_figures::Figure,
        context: &figcheck_figures::Context,
        sentence: &str,
        after: &str,
    ) -> Claim {
        let mut claim = claim_of::claim_of(figure, context, sentence, after);
        if let Some(t) = self.tolerance
            && claim.comparison == Comparison::Approx
            && claim.tolerance.is_none()
        {
            claim.tolerance = Some(Tolerance::Relative(t));
        }
        claim
    }
}

/// How many of the other figures of a figure's sentence its claim carries as companions.
const COMPANIONS: usize = 4;

/// The values of the other figures in the sentence of `figures[i]`, nearest first: at
/// most [`COMPANIONS`], each once, none equal to the figure's own value or its pair
/// partner's (a claim states that already). Years and dates are left out: they date a
/// sentence rather than tie it to one source ("in 2024" is in half the sources).
fn companions(
    figures: &[figcheck_figures::Figure],
    contexts: &[figcheck_figures::Context],
    i: usize,
) -> Vec<f64> {
    let (figure, context) = (&figures[i], &contexts[i]);
    let own = figure.quantity.value;
    let partner = [context.beside.before, context.beside.after];
    let usable = |j: usize| {
        let other = &figures[j];
        let v = other.quantity.value;
        j != i && writes_a_value(&other.quantity) && v != own && !partner.contains(&Some(v))
    };
    // The figures are in text order and a context's sentence is a bounded window, so
    // each figure looks at its sentence's figures only, not at the whole draft's.
    let sentence = &context.sentence;
    let first = figures.partition_point(|f| f.start < sentence.start);
    let end = figures.partition_point(|f| f.start < sentence.end);
    let mut near: Vec<usize> = (first..end).filter(|&j| usable(j)).collect();
    // A small whole number ("six ports", "its third award") recurs by chance and ties
    // the sentence to no source: it yields its place to any larger value, however far.
    near.sort_by_key(|&j| {
        let q = &figures[j].quantity;
        (
            features::is_small(q.kind, q.value),
            figures[j].start.abs_diff(figure.start),
        )
    });
    let mut values: Vec<f64> = Vec::new();
    for j in near {
        let v = figures[j].quantity.value;
        if !values.contains(&v) {
            values.push(v);
        }
        if values.len() == COMPANIONS {
            break;
        }
    }
    values
}

/// Whether a draft figure's value may stand beside another's as a companion or an
/// earlier value: no year or date (they date a sentence rather than tie it to one
/// source), and a plain value the claim language writes.
fn writes_a_value(q: &figcheck_figures::Quantity) -> bool {
    !matches!(q.kind, Kind::Year | Kind::Date)
        && q.value >= 0.0
        && q.value.is_finite()
        && q.value < 1e15
}

/// The values of the figures of the sentence before that of `figures[i]`, when it stands
/// in the same paragraph, nearest first: at most [`COMPANIONS`], each once, none a year,
/// a date, a small whole number or the figure's own value.
/// Writers do arithmetic across a full stop ("Castellanos won 2,184 votes to 1,937. Her
/// margin, 247 votes, …").
fn earlier(
    text: &str,
    figures: &[figcheck_figures::Figure],
    contexts: &[figcheck_figures::Context],
    i: usize,
) -> Vec<f64> {
    let sentence = &contexts[i].sentence;
    let before = figures.partition_point(|f| f.start < sentence.start);
    // the last figure before the sentence gives the sentence before, if any
    let Some(last) = before.checked_sub(1) else {
        return Vec::new();
    };
    let previous = contexts[last].sentence.clone();
    let between = text.get(previous.end..sentence.start).unwrap_or("\n\n");
    // no paragraph break between, and no sentence without figures
    if previous.end > sentence.start
        || between.contains("\n\n")
        || between.contains("\r\n\r\n")
        || between.contains(['.', '!', '?'])
    {
        return Vec::new();
    }
    let own = figures[i].quantity.value;
    let mut values: Vec<f64> = Vec::new();
    for j in (0..before).rev() {
        if contexts[j].sentence != previous {
            break;
        }
        let q = &figures[j].quantity;
        let v = q.value;
        if !writes_a_value(q)
            || v == 0.0
            || features::is_small(q.kind, v)
            || v == own
            || values.contains(&v)
        {
            continue;
        }
        values.push(v);
        if values.len() == COMPANIONS {
            break;
        }
    }
    values
}

/// Whether `figure` is where a change stated by `before` ended: "fell 13 points to 45%",
/// "rose 5% to $10bn". Only `to`, and at most a unit word, may stand between them.
fn is_change_target(
    text: &str,
    before: &figcheck_figures::Figure,
    figure: &figcheck_figures::Figure,
) -> bool {
    let Some(between) = text.get(before.end..figure.start) else {
        return false;
    };
    let words: Vec<&str> = between.split_whitespace().collect();
    matches!(words.as_slice(), ["to"] | [_, "to"])
        && words.len() <= 2
        && words
            .first()
            .is_none_or(|w| w.chars().all(char::is_alphabetic))
}
