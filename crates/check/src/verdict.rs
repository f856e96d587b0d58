//! Evidence → verdicts.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::{Figure, Kind, LineIndex, Position};
use serde::{Deserialize, Serialize};

use crate::derive::derive;
use crate::disagree::{
    AS_PROBABLE, as_probable, disagreeing, disagreeing_with_support, newer_than, newest_first,
};
use crate::evidence::{
    Agreement, Candidate, Evidence, Prepared, candidates, same_figure, within_precision,
};
use crate::features::{Owner, PairFeatures, UnitMatch};
use crate::half::half_in_table;
use crate::listed::counted_names;
use crate::period::named_period;
use crate::rank::rank_in_table;
use crate::weights;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A source states the figure (allowing for the writer's precision and hedge).
    Supported,
    /// A source gives another value for the same entity and measure.
    Contradicted,
    /// Nothing in the sources bears on the figure.
    Unsupported,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unsupported => "unsupported",
        }
    }
}

/// The result of evaluating one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Best evidence first. Empty for unsupported claims.
    pub evidence: Vec<Evidence>,
    /// For contradicted claims: the source's value in base units.
    pub source_value: Option<f64>,
    /// For a figure supported by arithmetic on two source figures (both in `evidence`):
    /// the arithmetic, "21.6 billion ÷ 2.4 billion = 9".
    pub derivation: Option<String>,
    /// For a range claim, whether the sources state a range or both of its ends (always
    /// true for other claims): without it nothing supports the range.
    pub range_attested: bool,
    /// Figures in other sources, about as probable as the first of `evidence`, that give
    /// the measure other values (see `disagree.rs`): the sources disagree. Empty when they
    /// do not, or when the verdict rests on a pair, a table cell or arithmetic.
    pub disagreeing: Vec<Evidence>,
}

impl Outcome {
    /// The verdict and the suggestion a finding reports for `figure`, the draft's figure
    /// this outcome judges (`figcheck explain` shows the same).
    pub fn reported(&self, figure: &Figure) -> (Verdict, Option<String>) {
        // Sources that disagree, none of them known to be the newest: no one correction.
        let undecided =
            !self.disagreeing.is_empty() && !newest_decides(&self.evidence, &self.disagreeing);
        match (self.verdict, self.source_value) {
            (Verdict::Contradicted, Some(v)) => {
                let written = figure.quantity.render(v);
                // A source value that writes exactly as the draft's figure differs only
                // below the writer's precision or in its hedge: no correction to offer.
                if written == figure.text {
                    (Verdict::Unsupported, None)
                } else if undecided {
                    (self.verdict, None)
                } else {
                    (self.verdict, Some(written))
                }
            }
            _ => (self.verdict, None),
        }
    }
}

/// One draft figure with its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub figure: Figure,
    pub start: Position,
    pub end: Position,
    pub claim: Claim,
    pub verdict: Verdict,
    /// For contradicted figures: the source's value written the way the draft writes it.
    pub suggestion: Option<String>,
    pub evidence: Vec<Evidence>,
    /// For a derived figure: the arithmetic on the evidence that gives it.
    pub derivation: Option<String>,
    /// Other sources' values for the same measure, as probable as the evidence: the
    /// sources disagree. A contradicted figure with these gets no suggestion, since no
    /// one source's value is the correction.
    pub disagreeing: Vec<Evidence>,
    /// The best candidates weighed, with why each won or lost, when the engine was asked
    /// for them ([`crate::Engine::with_explanations`]): the language server's hover
    /// shows them, as `figcheck explain` does.
    pub considered: Vec<Considered>,
}

impl Finding {
    /// Whether the sources disagree and the newest of them, by the dates they give
    /// themselves, is the first of `evidence`: its value is the one to go by.
    pub fn newest_decides(&self) -> bool {
        newest_decides(&self.evidence, &self.disagreeing)
    }

    pub(crate) fn new(
        text: &str,
        index: &LineIndex,
        figure: Figure,
        claim: Claim,
        outcome: Outcome,
    ) -> Self {
        let (verdict, suggestion) = outcome.reported(&figure);
        Finding {
            start: index.position(text, figure.start),
            end: index.position(text, figure.end),
            figure,
            claim,
            verdict,
            suggestion,
            evidence: if verdict == Verdict::Unsupported {
                Vec::new()
            } else {
                outcome.evidence
            },
            derivation: outcome.derivation,
            disagreeing: if verdict == Verdict::Unsupported {
                Vec::new()
            } else {
                outcome.disagreeing
            },
            considered: Vec::new(),
        }
    }
}

/// Whether `disagreeing` is not empty and the first of `evidence` is stated in a source
/// newer than every one of them.
fn newest_decides(evidence: &[Evidence], disagreeing: &[Evidence]) -> bool {
    !disagreeing.is_empty()
        && evidence
            .first()
            .is_some_and(|e| newest_first(e, disagreeing))
}

/// At most this many pieces of evidence are reported per claim.
const MAX_EVIDENCE: usize = 3;

/// What a candidate did in the decision, as `figcheck explain` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// An agreeing figure probable enough to support the claim.
    Supports,
    /// A disagreeing figure probable enough to contradict it, and more probable than any
    /// support.
    Contradicts,
    /// An agreeing figure stated beside the other side of the claim's pair, in the
    /// draft's order ("8 | 18" for "8-of-18"): it supports however weak alone.
    Paired,
    /// A disagreeing figure of the claim owner's, stated beside the other side of the
    /// claim's pair where the draft writes it: the owner's own pair says otherwise.
    PairedAgainst,
    /// The table cell of the claim's owner (its row) and measure (its column's header),
    /// agreeing: it decides, whatever else is in the table.
    OwnersCell,
    /// That cell, disagreeing: the table states another value for the owner's measure.
    OwnersCellAgainst,
    /// A figure that would decide the claim, but the other side's evidence won.
    Outweighed,
    /// An agreeing figure of another owner, set aside because the sources tie the
    /// claim's owner to another value.
    OwnerContradicted,
    /// An agreeing figure whose sentence shares none of the claim's measure words, with a
    /// value too common to count on its own.
    Unmeasured,
    /// Below its model's threshold: not surely about the same thing.
    TooWeak,
    /// Too far from the claimed value to be a slip (a rate is not a mistaken count), or
    /// the claim is a plan, which a past figure cannot contradict, or a share in words
    /// too thinly worded to be contradicted at all.
    NotComparable,
    /// A hedged source figure that neither confirms nor rules out the claim.
    Undecided,
    /// An agreeing figure written for another year than the claim, where the sources
    /// give the claim's year a value of its own ("58.4% in 2018" beside "55.8% in 2022").
    OtherYear,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Supports => "supports",
            Role::Contradicts => "contradicts",
            Role::Paired => "paired",
            Role::PairedAgainst => "paired_against",
            Role::OwnersCell => "owners_cell",
            Role::OwnersCellAgainst => "owners_cell_against",
            Role::Outweighed => "outweighed",
            Role::OwnerContradicted => "owner_contradicted",
            Role::Unmeasured => "unmeasured",
            Role::TooWeak => "too_weak",
            Role::NotComparable => "not_comparable",
            Role::Undecided => "undecided",
            Role::OtherYear => "other_year",
        }
    }
}

/// One candidate the engine weighed for a claim, for `figcheck explain`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Considered {
    pub evidence: Evidence,
    pub role: Role,
    pub agreement: Agreement,
    /// The model's probability that the source figure speaks of the claim's fact.
    pub probability: f32,
    pub features: PairFeatures,
    /// Each feature's share of the model's logit, largest first.
    pub contributions: Vec<(&'static str, f32)>,
}

/// How many times less probable than the best counterpart the claim owner's own value
/// may be and still be the one suggested.
const OWNER_PREFERENCE: f32 = 2.0;

/// How probable the owner's exact value must be, and how many times a counterpart's
/// probability, to leave that counterpart no contradiction (see `evaluate`).
const OWNERS_EXACT: f32 = 0.5;
const OUTWEIGHED_BY: f32 = 3.0;

/// A counterpart at least this probable contradicts a figure even when the figure is
/// also the arithmetic of two source figures; a less probable one gives way to the
/// arithmetic.
const CONFIDENT_COUNTERPART: f32 = 0.5;

/// How far from a fraction's percentage a stated percentage may lie and still be what a
/// hedged fraction says: "more than half" is not 90%, nor "nearly a quarter" 19%.
const SHARE_SLACK: f64 = 0.15;

/// A claim of a share written as a fraction ("half", "more than a third"), restated as
/// a percentage, with the restatement to show: `None` for any other claim. An unhedged
/// fraction is a rounding ("a third" of 34.6%), so it becomes "about".
fn share_as_percent(claim: &Claim) -> Option<(Claim, String)> {
    let q = &claim.quantity;
    if q.kind != figcheck_figures::Kind::Fraction || !(q.value > 0.0 && q.value < 1.0) {
        return None;
    }
    let comparison = match &claim.comparison {
        Comparison::Eq => Comparison::Approx,
        Comparison::Between(_) | Comparison::Ne => return None,
        other => other.clone(),
    };
    let percent = (q.value * 1000.0).round() / 10.0;
    let mut quantity = figcheck_figures::parse_quantity(&format!("{percent}%"))?.quantity;
    quantity.hedge = comparison.hedge();
    let shown = format!("{} = {percent}%", q.render(q.value));
    Some((
        Claim {
            quantity,
            comparison,
            tolerance: None,
            partner: None,
            ..claim.clone()
        },
        shown,
    ))
}

pub(crate) fn evaluate(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
    keep: usize,
) -> (Outcome, Vec<Considered>) {
    let found = candidates(corpus, prepared, claim, exhaustive_limit);
    let plan = is_plan(claim);
    let thin = thinly_worded(claim);
    // A plan is contradicted only by a source's plan: "a long-term target range of 2-4%"
    // by the target the source states, never by a past figure. A claim too thinly worded
    // is contradicted by nothing.
    let comparable = |c: &Candidate| {
        !thin
            && (!plan || states_a_plan(&c.figure.sentence))
            && plausible_slip(&claim.quantity, &c.figure.quantity)
            && !whole_of_the_shares(claim, c)
            // a column of rates is no count: "16.5" under "Students per teacher" does
            // not correct "added 30 students"
            && !(c.figure.context.cell
                && c.figure.quantity.per_base()
                && !claim.quantity.per_base())
    };
    // Asked once, not of every candidate: the claim's words are built anew each time.
    let vote_claim = says_a_vote(claim);
    let mut against: Vec<&Candidate> = found
        .iter()
        .filter(|c| c.agreement == Agreement::Disagrees && comparable(c))
        .filter(|c| c.score >= weights::CONTRADICT_THRESHOLD)
        // A figure that says nothing about the claim's measure is no counterpart either:
        // "22 years" at a nurse's name does not correct "raises over three years".
        .filter(|c| !unmeasured(&c.features))
        // Nor does a vote's "Carried 4-2." correct "a rent freeze of two years".
        .filter(|c| vote_claim || !a_bare_tally_side(c))
        .collect();
    // The claim owner's own sentence stating the value exactly, only in other words,
    // outweighs a far less probable other value: the FAA's "75% of the cost" against
    // the draft's "funded 75% by the FAA" leaves the state's 15% no counterpart.
    let owners_exact = found
        .iter()
        .filter(|c| {
            c.agreement == Agreement::Agrees && c.features.exact && c.features.owner == Owner::Same
        })
        .map(|c| c.score)
        .fold(0.0, f32::max);
    if owners_exact >= OWNERS_EXACT {
        against.retain(|c| c.score * OUTWEIGHED_BY >= owners_exact);
    }
    // "fell from 94 gallons to 84" against "84 gallons, compared with 91": the source's 84
    // is the other end's, and 91 this end's counterpart.
    if let Some(partner) = claim.partner {
        let is_partner = |c: &&Candidate| c.figure.quantity.value == partner.value;
        if against.iter().any(|c| !is_partner(c)) {
            against.retain(|c| !is_partner(c));
        }
    }
    // The value the sources write for the claim's year is the counterpart to suggest.
    let year_has_its_own = year_has_its_own_value(claim, &found);
    if year_has_its_own
        && against
            .iter()
            .any(|c| c.figure.context.dated == claim.dated)
    {
        against.retain(|c| c.figure.context.dated == claim.dated);
    }
    // The claim owner's own value is the counterpart to suggest, before anyone else's,
    // unless it is far less probable: an owner guessed from a list of names beside the
    // figure ties it to every figure of those names.
    let best_against = against.first().map_or(0.0, |c| c.score);
    let best_cover = against.first().map_or(0.0, |c| c.features.coverage);
    // Not one that covers far fewer of the claim's words than the best: "ranked the
    // Authority 6th-lowest" is the Authority's, but no answer to "third-largest utility".
    if against.iter().any(|c| {
        c.features.owner == Owner::Same
            && c.score * OWNER_PREFERENCE >= best_against
            && c.features.coverage * OWNER_PREFERENCE >= best_cover
    }) {
        against.retain(|c| c.features.owner == Owner::Same);
    }
    // When the sources confidently tie the claim's owner to another value, the same
    // value stated for someone else is no support: "the United States installed 44,500"
    // is not backed by Japan's 44,500 beside the United States' 34,200.
    let owner_contradicted = against.iter().any(|c| c.features.owner == Owner::Same);
    // Someone else's figure (a table's "Total" row included: a row label is a name).
    let not_owners =
        |c: &Candidate| matches!(c.features.owner, Owner::Other | Owner::OtherUnknownName);
    let support: Vec<&Candidate> = found
        .iter()
        .filter(|c| c.agreement == Agreement::Agrees)
        .filter(|c| !(owner_contradicted && not_owners(c)))
        .filter(|c| !unmeasured(&c.features) || measured_by_itself(claim, c))
        // The minutes' "Carried 4-2." counts votes, though it carries the words of its
        // motion: no support for "a rent freeze of two years".
        .filter(|c| vote_claim || !a_bare_tally_side(c))
        // "fell to 35%" is not backed by "down from 35%": the value the change left.
        .filter(|c| {
            !(claim.reached && crate::derive::written_from(&c.figure.sentence, &c.figure.text))
        })
        // "up from 58.4% in 2022" is not backed by "58.4% in 2018" beside "55.8% in 2022".
        .filter(|c| !(year_has_its_own && dated_otherwise(claim, c)))
        // Last, as a copy across sentences asks the corpus: only of what is left.
        .filter(|c| backs(claim, c) || crate::copied::copied_across_sentences(corpus, claim, c))
        .collect();
    // Support wins unless a clearly better match for the same thing says otherwise:
    // "number two" is not supported by "the second straight year" when the ranking
    // sentence says "number three".
    let attested = range_attested(claim, &found);
    // Both sides of a pair stated together, in the draft's order, are rarely there by
    // chance, however common each number is alone (a box score has a dozen 8s a row).
    // A pair under another measure is no support when the owner's row has the measure
    // the draft names: "4-of-4 from long range" is not the row's free throws.
    let box_cells: Vec<&Candidate> = match BoxColumns::of(claim) {
        Some(columns) => found
            .iter()
            .filter(|c| columns.owners_cell(claim, c))
            .collect(),
        None => Vec::new(),
    };
    let in_box_cells = |c: &Candidate| box_cells.iter().any(|b| std::ptr::eq(*b, c));
    let box_row = !box_cells.is_empty();
    let motion = best_motion(claim, &found);
    let paired = found
        .iter()
        .find(|c| pair_stated(claim, c, motion) && (!box_row || in_box_cells(c)));
    // A table states the value of the claim's measure for the claim's owner in one cell:
    // that cell decides, whatever equal number stands in another column or row.
    // Asked once, not of every candidate: the claim's words are built anew each time.
    let measureless = claim.words().is_empty();
    let mut cells: Vec<&Candidate> = found
        .iter()
        .filter(|c| {
            owners_cell(claim, c)
                || in_box_cells(c)
                || (measureless && only_cell_of_its_kind(claim, c, &found))
        })
        .collect();
    // A row found by a surname alone must be the only one: "Smith" may label two rows.
    let by_surname = |c: &Candidate| c.features.owner != Owner::Same;
    let rows = |cs: &[&Candidate]| {
        let mut labels: Vec<&str> = cs
            .iter()
            .filter(|c| by_surname(c))
            .filter_map(|c| c.figure.context.anchors.first().map(String::as_str))
            .collect();
        labels.sort_unstable();
        labels.dedup();
        labels.len()
    };
    if rows(&cells) > 1 {
        cells.retain(|c| !by_surname(c));
    }
    let cell_agrees = cells
        .iter()
        .copied()
        .find(|c| c.agreement == Agreement::Agrees)
        .or_else(|| found.iter().find(|c| owners_change_cell(claim, c)));
    let cell_against = match (paired, cell_agrees) {
        (None, None) => cells
            .iter()
            .copied()
            .find(|c| c.agreement == Agreement::Disagrees && comparable(c)),
        _ => None,
    };
    let supported = paired.is_some()
        || cell_agrees.is_some()
        || cell_against.is_none()
            && match (support.first(), against.first()) {
                // a value copied with its companions outweighs one stated with fewer
                (Some(s), Some(a)) => {
                    s.score + weights::PREFER_SUPPORT_MARGIN >= a.score
                        || (crate::copied::copied(claim, s)
                            && a.features.companions < s.features.companions)
                }
                (Some(_), None) => true,
                _ => false,
            }
            && attested;
    let evidence = |cs: &[&Candidate]| -> Vec<Evidence> {
        cs.iter()
            .take(MAX_EVIDENCE)
            .map(|c| Evidence::of(&c.figure))
            .collect()
    };
    // Without it, the owner's own pair with another value on this side says the figure
    // is wrong, whatever lone number elsewhere in the row happens to agree: "9-of-18"
    // against the owner's `| 8 | 18 |`.
    // A pair no one is named for does not outweigh the claim owner's own statement of
    // the value: "Caleb Ostrander … hauls corn 34 miles" backs his "from 34 miles to 9",
    // whatever unnamed "fell to 9 from 14" a report has.
    let owner_states_it = support
        .iter()
        .any(|s| s.features.exact && s.features.owner == Owner::Same);
    let pair_against = if paired.is_none() && cell_agrees.is_none() && !box_row {
        found.iter().find(|c| {
            comparable(c)
                && pair_counterpart(claim, c)
                && (c.features.owner == Owner::Same || !owner_states_it)
        })
    } else {
        None
    };
    // The draft's two ends of a change in the other order: "fell to 47 minutes from 38"
    // against the source's "fell to 38 minutes, from 47". The value the source puts where
    // the claim stands is the claim's partner. Else two figures of one sentence in each
    // other's place: "31 groundfish vessels and 38 scallopers" against the source's "38
    // groundfish vessels, 31 scallopers".
    let swapped = match (paired, cell_agrees, pair_against) {
        (None, None, None) if !box_row => claim
            .partner
            .and_then(|partner| {
                found
                    .iter()
                    .find(|c| pair_swapped(claim, c))
                    .map(|c| (c, partner.value))
            })
            .or_else(|| {
                support
                    .first()
                    .and_then(|s| swapped_in_its_sentence(claim, s, &against))
            }),
        _ => None,
    };
    // The newest of sources that disagree decides: its value is the verdict's, the others
    // are listed beside it.
    let outdated = |(newer, rest): (&Candidate, Vec<&Candidate>)| {
        (
            Verdict::Contradicted,
            evidence(&[newer]),
            Some(newer.figure.quantity.value),
            evidence(&rest),
        )
    };
    let (verdict, evidence, source_value, disagreeing) =
        if let Some(stated) = paired.or(cell_agrees) {
            let mut backing = vec![stated];
            backing.extend(support.iter().filter(|c| !std::ptr::eq(**c, stated)));
            (Verdict::Supported, evidence(&backing), None, Vec::new())
        } else if let Some((stated, partner)) = swapped {
            (
                Verdict::Contradicted,
                evidence(&[stated]),
                Some(partner),
                Vec::new(),
            )
        } else if let Some(counterpart) = pair_against.or(cell_against) {
            (
                Verdict::Contradicted,
                evidence(&[counterpart]),
                Some(counterpart.figure.quantity.value),
                Vec::new(),
            )
        } else if supported {
            let others = support
                .first()
                .map(|best| disagreeing_with_support(best, &against, CONFIDENT_COUNTERPART))
                .unwrap_or_default();
            // A newer source that says otherwise outdates the one that agrees: dated
            // among every source agreeing and every confident counterpart, repeats
            // included.
            let probable: Vec<&Candidate> = support
                .iter()
                .copied()
                .chain(
                    against
                        .iter()
                        .copied()
                        .filter(|c| c.score >= CONFIDENT_COUNTERPART),
                )
                .collect();
            match support
                .first()
                .and_then(|best| newer_than(best, &others, &probable))
            {
                Some(newest) => outdated(newest),
                None => (
                    Verdict::Supported,
                    evidence(&support),
                    None,
                    evidence(&others),
                ),
            }
        } else if let Some(best) = against.first() {
            let mut against = in_suggestion_order(claim, &against);
            let mut best = against.first().copied().unwrap_or(best);
            let mut others = disagreeing(best, against.iter().copied().skip(1));
            // "1926" for a source's 1962: a writer's transposed digits point to the one
            // value they came from, whatever else other sources say.
            let slips: Vec<&Candidate> = std::iter::once(best)
                .chain(others.iter().copied())
                .filter(|c| transposed(claim, c))
                .collect();
            if let [slip] = slips[..] {
                best = slip;
                others.clear();
                if let Some(at) = against.iter().position(|c| std::ptr::eq(*c, slip)) {
                    let moved = against.remove(at);
                    against.insert(0, moved);
                }
            }
            match newer_than(best, &others, &as_probable(best, &against)) {
                Some(newest) => outdated(newest),
                None => (
                    Verdict::Contradicted,
                    evidence(&against),
                    Some(best.figure.quantity.value),
                    evidence(&others),
                ),
            }
        } else {
            (Verdict::Unsupported, Vec::new(), None, Vec::new())
        };
    let outcome = Outcome {
        verdict,
        evidence,
        source_value,
        derivation: None,
        range_attested: attested,
        disagreeing,
    };
    // No source states a count of names the draft lists: the names bear it out.
    let outcome = match outcome.verdict {
        Verdict::Unsupported => {
            match counted_names(corpus, claim)
                .or_else(|| named_period(corpus, claim))
                .or_else(|| crate::month_span::months_spanned(corpus, claim))
            {
                Some(counted) => Outcome {
                    verdict: Verdict::Supported,
                    derivation: Some(counted),
                    ..outcome
                },
                None => outcome,
            }
        }
        _ => outcome,
    };
    // A pair or a cell decides; nothing after overrules it.
    // The row's one figure of the claim's kind, for a claim with no measure words, decides
    // against a stated value but not against arithmetic on two others.
    let cell_decides = cell_against.is_some_and(|c| owners_cell(claim, c) || in_box_cells(c));
    let by_a_pair_or_cell = pair_against.is_some() || swapped.is_some() || cell_decides;
    // "On February 11 the division cut the quota": the release dated February 11 says
    // the division "today set" the limits, beside the fishing year's May 1.
    let dated = matches!(
        outcome.verdict,
        Verdict::Unsupported | Verdict::Contradicted
    ) && !by_a_pair_or_cell;
    // The day a source dates what it tells, each way tried in turn: its "today", the
    // weekday it names ("voted 6-1 on Tuesday" in a release dated Thursday, February 12),
    // or the sitting its minutes record ("On Dec. 11 the commission voted 6-0" in minutes
    // of December 11). Each gives the evidence and the explanation.
    let dated_by = if dated {
        crate::today::dated_today(corpus, claim, &found)
            .map(|(dateline, today)| {
                (
                    vec![Evidence::of(&dateline), Evidence::of(&today)],
                    format!(
                        "the source is dated {} and says it happened \"today\"",
                        dateline.text
                    ),
                )
            })
            .or_else(|| {
                crate::today::dated_by_the_day_named(corpus, claim).map(
                    |(dateline, sentence, day)| {
                        (
                            vec![Evidence::of(&dateline), Evidence::of(&sentence)],
                            format!(
                                "the source is dated {} and dates what it says to {day}",
                                dateline.text
                            ),
                        )
                    },
                )
            })
            .or_else(|| {
                crate::today::dated_by_its_record(corpus, claim).map(|record| {
                    (
                        vec![Evidence::of(&record)],
                        format!("the source records a sitting held {}", record.text),
                    )
                })
            })
    } else {
        None
    };
    let outcome = match dated_by {
        Some((evidence, derivation)) => Outcome {
            verdict: Verdict::Supported,
            evidence,
            derivation: Some(derivation),
            source_value: None,
            disagreeing: Vec::new(),
            ..outcome
        },
        None => outcome,
    };
    // "HALVERTON, Dec. 1 —": the day a story was filed is backed by a source dated that
    // day, and no date inside a source is the day it was filed. So is the day a paper
    // reported the claim's figures ("reported on May 14 that … $10.54 million").
    // (`dated_that_day` asks whether the claim is either: for any other, it is `None`.)
    let outcome = match crate::today::dated_that_day(corpus, claim) {
        Some(dated) => Outcome {
            verdict: Verdict::Supported,
            evidence: vec![Evidence::of(&dated)],
            derivation: Some(format!("a source is dated {}", dated.text)),
            source_value: None,
            disagreeing: Vec::new(),
            ..outcome
        },
        None if claim.dateline && outcome.verdict == Verdict::Contradicted => Outcome {
            verdict: Verdict::Unsupported,
            evidence: Vec::new(),
            source_value: None,
            disagreeing: Vec::new(),
            ..outcome
        },
        None => outcome,
    };
    // No source states the figure: it may be the writer's arithmetic on two that do.
    // Arithmetic on two tied figures also outweighs a counterpart the model doubts:
    // "deliveries fell 8.5%" is 162 against 177 million, not the 9.8% that "fell" in
    // another sentence.
    // However confident, a counterpart that is itself an operand of the arithmetic is
    // no contradiction: "a drop of 9 minutes" against "fell to 38 minutes, from 47" is
    // 47 − 38, not a wrong 38. (Not a pair's or a cell's: those decide.) Nor is one of a
    // measure the claim does not compare: "Harrow's turnout was 15.3 points above
    // Stonebridge's" is Harrow's 69.0 against Stonebridge's 53.7, whatever Harrow's
    // change from 2022.
    let plainly_contradicted = outcome.verdict == Verdict::Contradicted && !by_a_pair_or_cell;
    let weakly_contradicted = plainly_contradicted
        && against
            .first()
            .is_some_and(|c| c.score < CONFIDENT_COUNTERPART);
    let derivable = outcome.verdict == Verdict::Unsupported || plainly_contradicted;
    let counterpart = against.first().map(|c| &c.figure);
    let outcome = match derivable
        .then(|| derive(corpus, prepared, claim, exhaustive_limit))
        .flatten()
        .filter(|d| {
            outcome.verdict == Verdict::Unsupported
                || weakly_contradicted
                || counterpart.is_some_and(|c| d.operands.iter().any(|o| same_figure(o, c)))
                || between_named_owners(claim, d)
        }) {
        Some(d) => Outcome {
            verdict: Verdict::Supported,
            // one operand twice (the rest of a percentage) is quoted once
            evidence: d
                .operands
                .iter()
                .enumerate()
                .filter(|(k, f)| *k == 0 || !same_figure(f, &d.operands[0]))
                .map(|(_, f)| Evidence::of(f))
                .collect(),
            derivation: Some(d.arithmetic),
            source_value: None,
            disagreeing: Vec::new(),
            ..outcome
        },
        None => outcome,
    };
    // "More than half" of the world, where the sources say 53%: a share written as a
    // fraction is weighed as the percentage it stands for, in support only (a writer's
    // "a quarter" is too rough to say which percentage it got wrong).
    let outcome = match share_as_percent(claim).filter(|_| outcome.verdict == Verdict::Unsupported)
    {
        Some((percent, shown)) => {
            let (mut as_percent, _) = evaluate(corpus, prepared, &percent, exhaustive_limit, 0);
            let q = percent.quantity.value;
            let near = |e: &Evidence| (e.value - q).abs() <= SHARE_SLACK * q;
            let stated = as_percent.evidence.first().is_some_and(near);
            if as_percent.verdict == Verdict::Supported && as_percent.derivation.is_none() && stated
            {
                as_percent.evidence.retain(near);
                Outcome {
                    derivation: Some(shown),
                    ..as_percent
                }
            } else {
                outcome
            }
        }
        None => outcome,
    };
    // "Second on the team": no source states the rank; the owner's table lists the group.
    let outcome = match (outcome.verdict == Verdict::Unsupported)
        .then(|| rank_in_table(corpus, claim))
        .flatten()
    {
        Some(rank) => worked_out_of_a_table(
            outcome,
            rank.holds(claim.quantity.value),
            &rank.cell,
            f64::from(rank.lowest),
            rank.said,
        ),
        None => outcome,
    };
    // "64-52 in the first half": no source states a half, and a quarter's cell that
    // happens to agree or disagree is not its score; the owner's two quarters decide.
    let outcome = decided_by_table(outcome, claim, half_in_table(corpus, claim));
    // "The Jazz had six players score in double figures": the team's players table.
    let outcome = match outcome.verdict {
        Verdict::Supported => outcome,
        _ => decided_by_table(
            outcome,
            claim,
            crate::double_figures::players_in_double_figures(corpus, claim),
        ),
    };
    // "won that battle, 46-34": the side beside one team's value is the other team's.
    let outcome = decided_by_table(outcome, claim, crate::contest::other_side(corpus, claim));
    // Support a newer source outdated (see `newer_than`): the agreeing figures lost.
    let outdated_support = supported
        && outcome.verdict == Verdict::Contradicted
        && pair_against.is_none()
        && cell_against.is_none();
    let role = |c: &Candidate| match c.agreement {
        Agreement::Undecided => Role::Undecided,
        Agreement::Agrees if paired.is_some_and(|p| std::ptr::eq(p, c)) => Role::Paired,
        Agreement::Agrees if swapped.is_some_and(|(p, _)| std::ptr::eq(p, c)) => {
            Role::PairedAgainst
        }
        Agreement::Disagrees if pair_against.is_some_and(|p| std::ptr::eq(p, c)) => {
            Role::PairedAgainst
        }
        Agreement::Agrees if cell_agrees.is_some_and(|p| std::ptr::eq(p, c)) => Role::OwnersCell,
        Agreement::Disagrees if cell_against.is_some_and(|p| std::ptr::eq(p, c)) => {
            Role::OwnersCellAgainst
        }
        Agreement::Agrees
            if (pair_against.is_some() || cell_against.is_some()) && backs(claim, c) =>
        {
            Role::Outweighed
        }
        Agreement::Agrees if outdated_support && backs(claim, c) => Role::Outweighed,
        Agreement::Agrees if owner_contradicted && not_owners(c) => Role::OwnerContradicted,
        Agreement::Agrees if year_has_its_own && dated_otherwise(claim, c) => Role::OtherYear,
        Agreement::Agrees if unmeasured(&c.features) && !measured_by_itself(claim, c) => {
            Role::Unmeasured
        }
        Agreement::Agrees if backs(claim, c) => Role::Supports,
        Agreement::Agrees => Role::TooWeak,
        Agreement::Disagrees if !comparable(c) => Role::NotComparable,
        Agreement::Disagrees if unmeasured(&c.features) => Role::Unmeasured,
        Agreement::Disagrees if c.score < weights::CONTRADICT_THRESHOLD => Role::TooWeak,
        Agreement::Disagrees
            if outdated_support && outcome.source_value == Some(c.figure.quantity.value) =>
        {
            Role::Contradicts
        }
        Agreement::Disagrees if supported || outcome.derivation.is_some() => Role::Outweighed,
        Agreement::Disagrees => Role::Contradicts,
    };
    let considered = found
        .iter()
        .take(keep)
        .map(|c| Considered {
            evidence: Evidence::of(&c.figure),
            role: role(c),
            agreement: c.agreement,
            probability: c.score,
            features: c.features,
            contributions: match c.agreement {
                Agreement::Agrees => weights::SUPPORT.contributions(&c.features),
                Agreement::Disagrees => weights::CONTRADICT.contributions(&c.features),
                Agreement::Undecided => Vec::new(),
            },
        })
        .collect();
    (outcome, considered)
}

/// A contradiction's counterparts in the order they are shown, the first the value
/// suggested; which of them contradict was decided before, only the value shown moves.
///
/// Of counterparts about as probable as the first (as `disagreeing` counts them), the
/// value nearest the claim's comes first: a writer's slip lands near the value it
/// misstates ("starting pay rises to $42.10" for the sources' $41.20, not the $38.50 it
/// rises from). A value the draft states beside the figure comes last: it is most often
/// the source's statement of that other figure ("They start at $16.25 an hour and are
/// seeking $22"), though alone it stays, as two values swapped in a list are each
/// other's counterparts. Table cells are left where they are: a cell's row and column
/// say whose value it is, and a table holds a near number in every row.
fn in_suggestion_order<'a>(claim: &Claim, against: &[&'a Candidate]) -> Vec<&'a Candidate> {
    let (mut shown, beside): (Vec<&Candidate>, Vec<&Candidate>) = against
        .iter()
        .copied()
        .partition(|c| !crate::evidence::stated_beside(claim, c));
    if let Some(first) = shown.first().copied().filter(|c| !c.figure.context.cell) {
        let off = |c: &Candidate| (c.figure.quantity.value - claim.quantity.value).abs();
        let nearest = (0..shown.len())
            .filter(|&i| {
                !shown[i].figure.context.cell && shown[i].score >= first.score * AS_PROBABLE
            })
            .min_by(|&i, &j| off(shown[i]).total_cmp(&off(shown[j])));
        if let Some(i) = nearest {
            let nearest = shown.remove(i);
            shown.insert(0, nearest);
        }
    }
    shown.extend(beside);
    shown
}

/// Whether an agreeing figure says nothing about the claim's measure: its sentence shares
/// none of the claim's known measure words, its value is not specific enough to recur
/// only by design, and the sources state the measure with another figure. "Korea's AI
/// market grew 4.8 points" is not backed by "its adoption rate rose 4.8 points" when the
/// market's size is given elsewhere. A year measures nothing: it dates the fact, and the
/// year of the claim owner's own sentence is its year ("our U.K. business during the
/// remainder of 2021" for "the U.K. business … for the rest of 2021").
fn unmeasured(f: &PairFeatures) -> bool {
    f.words_hit == 0
        && f.known_words
        && !f.specific
        // "over three years" against "over its three years": the unit is the measure
        && f.unit != UnitMatch::Same
        && f.measure_elsewhere
        && !(f.year && f.owner == Owner::Same)
        // "the shortlist of five was announced in August 2025" against "In August 2025,
        // five organizations were selected": the sentence the figures were copied from
        && f.companions < MEASURED_BY_COMPANIONS
}

/// Whether an agreeing candidate is probable enough to back the claim, or was plainly
/// copied with the claim's companions: the same value in a sentence (or a table row)
/// that also states at least two of the other figures the draft writes beside it. Three
/// values recurring together by chance is rarer than any word the fitted model weighs
/// ("Scallops … 1,240 tonnes, up 18.1% from 1,050, worth $31.0 million" from the
/// scallops row of a landings table, whose header says "Value", not "worth"), unless the
/// value is someone else's.
fn backs(claim: &Claim, c: &Candidate) -> bool {
    c.score >= weights::SUPPORT_THRESHOLD || crate::copied::copied(claim, c) || same_persons_age(c)
}

/// Whether a candidate is the exact age of the person the claim names: "Mayor Celia
/// Marchbank, 58," backs the draft's "Mayor Celia Marchbank, 58, said …" whatever the two
/// sentences go on to say. An age in apposition measures its person, not the words of its
/// sentence, which are all the model's coverage weighs.
fn same_persons_age(c: &Candidate) -> bool {
    c.features.exact
        && c.features.owner == Owner::Same
        && c.features.unit == UnitMatch::Same
        && c.figure.quantity.unit.as_deref() == Some(figcheck_figures::AGE_UNIT)
}

/// Whether an agreeing candidate names its own measure though it shares none of the
/// claim's words: a date in the claimed month, or the same amount for the same period.
fn measured_by_itself(claim: &Claim, c: &Candidate) -> bool {
    month_dated(claim, c)
        || same_period_exactly(claim, c)
        || labelled_by_owner(claim, c)
        || owners_own_exact(c)
        || year_beside_companion(claim, &c.features, &c.figure.row)
}

/// Whether a candidate states the claim's value exactly as its owner's, naming the owner
/// in its own sentence: "The Federal Aviation Administration will pay $48.4 million, or
/// 75% of the cost" for "funded 75% by the FAA". One owner's exact value says what it
/// measures by itself. Not an owner carried over from an earlier sentence ("The state
/// grant covers $9.7 million, or 15%" after the FAA's sentence is no FAA figure).
fn owners_own_exact(c: &Candidate) -> bool {
    c.features.owner == Owner::Same
        && c.features.exact
        && c.figure
            .context
            .anchors
            .iter()
            .any(|a| c.figure.sentence.contains(a.as_str()))
}

/// Whether a candidate is the 100% of a table's total row: the whole its other rows'
/// shares add up to, never a counterpart to one of them ("Ashcombe had about 16% of the
/// total" is not a wrong 100%).
fn whole_of_the_shares(claim: &Claim, c: &Candidate) -> bool {
    let f = &c.figure;
    claim.quantity.kind == Kind::Percent
        && f.quantity.kind == Kind::Percent
        && f.quantity.value == 100.0
        && f.context.cell
        && f.context
            .anchors
            .first()
            .is_some_and(|label| sums_the_rows(label))
}

/// Whether a candidate is written for another year than the claim, both right after
/// the value ("58.4% in 2018" against the draft's "58.4% in 2022").
fn dated_otherwise(claim: &Claim, c: &Candidate) -> bool {
    matches!((claim.dated, c.figure.context.dated), (Some(a), Some(b)) if a != b)
}

/// Whether the sources write another value of the claim's kind for the claim's year
/// ("55.8% in 2022"), so that an equal value written for another year is that year's,
/// not a slip of the year: a source's only dated value ("2.55 million passengers in
/// 2026") still backs the draft's "2.55 million in 2027", whose year is what is wrong.
/// Amounts, counts and shares only: "his first term in 2014" ranks no year's value.
fn year_has_its_own_value(claim: &Claim, found: &[Candidate]) -> bool {
    claim.dated.is_some()
        && matches!(
            claim.quantity.kind,
            Kind::Number | Kind::Percent | Kind::Money
        )
        && found.iter().any(|d| {
            d.agreement == Agreement::Disagrees
                && d.figure.quantity.kind == claim.quantity.kind
                && d.figure.context.dated == claim.dated
        })
}

/// Whether a table row's label names the sum of the other rows: "Total", "Total
/// revenue", "All".
pub(crate) fn sums_the_rows(label: &str) -> bool {
    let label = label.to_lowercase();
    label == "total" || label.starts_with("total ") || label == "all"
}

/// Whether a candidate states the claim's year exactly beside a specific value the draft
/// writes with the year: "this year … 312,550 of us, about 34,650 more than in 2024"
/// against "drew 312,550 fans … up 8.6% from 287,900 in 2024". A year is when, not what:
/// its sentence names no measure a claim could share, and the specific value copied
/// with it ties the two sentences.
fn year_beside_companion(claim: &Claim, features: &PairFeatures, row: &[f64]) -> bool {
    claim.quantity.kind == Kind::Year
        && features.exact
        && claim.companions.iter().any(|&v| {
            crate::features::significant_digits(v) >= crate::features::SPECIFIC_DIGITS
                && row.iter().any(|&r| crate::evidence::same_value(r, v))
        })
}

/// Whether a candidate states the claim's value exactly on a line labelled with the
/// claim's owner: "The state is giving $9.5 million and Calder County $5 million" against
/// "- Calder County: $5.0 million (5.2%)". Such a line is its label's value of whatever
/// the list is about, as a table row is, though it says no measure word.
fn labelled_by_owner(claim: &Claim, c: &Candidate) -> bool {
    c.features.exact
        && crate::evidence::line_label(&c.figure.sentence)
            .is_some_and(|label| claim.entities().contains(&label))
}

/// Whether a candidate states the claim's amount exactly for the claim's period: "$54 a
/// year" is "$54 more a year" whatever else either sentence says. A period is part of the
/// measure, as a unit is, and an amount per year recurs by chance no more than one
/// with a unit does.
fn same_period_exactly(claim: &Claim, c: &Candidate) -> bool {
    c.features.exact
        && claim
            .quantity
            .period()
            .is_some_and(|p| c.figure.quantity.period() == Some(p))
}

/// Whether a share in words says too little to be contradicted: no owner and a single
/// measure word. "Still only about a seventh of the power" is anyone's share of anything;
/// the one sentence that says "power" with another share is no counterpart. (Asked of
/// every claim, it cost contradictions on the blind sets: a percentage or count with one
/// word is still often the source's.)
fn thinly_worded(claim: &Claim) -> bool {
    claim.quantity.kind == figcheck_figures::Kind::Fraction
        && claim.entities().is_empty()
        && claim.words().len() <= 1
}

/// Whether a claimed month ("until October 2027") is a source's date in that month
/// ("completed by October 30, 2027"): a date names its own event, as a measure word
/// would, and one of some thousand months rarely recurs by chance.
fn month_dated(claim: &Claim, c: &Candidate) -> bool {
    let month = |v: f64| (v.round() as u64 / 100) % 100;
    claim.quantity.kind == figcheck_figures::Kind::Date
        && c.figure.quantity.kind == figcheck_figures::Kind::Date
        && month(claim.quantity.value) != 0
        && c.features.exact
}

/// The share of a claim's companions a source sentence must state to be the one its
/// figure was copied from, measure words or not.
pub(crate) const MEASURED_BY_COMPANIONS: f32 = 0.5;

/// Whether a candidate has the other side of the claim's pair beside it, on the side the
/// draft writes it: `| 8 | 18 |` for either side of "8-of-18", whatever its own value.
fn partner_beside(claim: &Claim, c: &Candidate) -> bool {
    claim
        .partner
        .is_some_and(|partner| beside_on_partners_side(claim, c) == Some(partner.value))
}

/// The value the candidate has beside it on the side where the claim has its partner:
/// after it for "8-of-18"'s 8, before it for its 18. `None` for a claim with no partner.
fn beside_on_partners_side(claim: &Claim, c: &Candidate) -> Option<f64> {
    let beside = &c.figure.context.beside;
    if claim.partner?.follows {
        beside.after
    } else {
        beside.before
    }
}

/// Whether a derivation's two operands are the figures of two names the claim gives, one
/// each (a row's label or a sentence's owner): the claim compares those two owners.
fn between_named_owners(claim: &Claim, d: &crate::derive::Derivation) -> bool {
    let entities = claim.entities();
    let owner = |f: &figcheck_corpus::SourceFigure| {
        entities.iter().position(|e| {
            f.context
                .anchors
                .iter()
                .any(|a| figcheck_figures::words_within(e, a))
        })
    };
    matches!(
        (owner(&d.operands[0]), owner(&d.operands[1])),
        (Some(a), Some(b)) if a != b
    )
}

/// Whether a candidate states the claim's value beside the other side of its pair, as in
/// "8-of-18" against a row's `| 8 | 18 |`. Someone else's pair is no support; nor, when
/// neither side names an owner, are two small numbers, which sit side by side somewhere
/// in any table, unless both say it is a vote: "voted 6-0 to name it" for the minutes'
/// "Approved 6-0." A pair with a side in the hundreds, among the claim's words, is telling
/// whoever the source names ("voted 201-14" by "the union" for "Skyport's workers"):
/// box scores, where rows are someone else's, hold no such pairs.
fn pair_stated(claim: &Claim, c: &Candidate, motion: f32) -> bool {
    let named = matches!(
        c.features.owner,
        Owner::Same | Owner::Mentioned | Owner::Partial
    );
    let small = |v: f64| crate::features::is_small(figcheck_figures::Kind::Number, v);
    let both_small =
        small(claim.quantity.value) && claim.partner.is_some_and(|partner| small(partner.value));
    let large = claim.quantity.value.abs() >= TELLING_PAIR
        || claim
            .partner
            .is_some_and(|partner| partner.value.abs() >= TELLING_PAIR);
    let unnamed = matches!(c.features.owner, Owner::ClaimUnnamed | Owner::Unknown);
    c.agreement == Agreement::Agrees
        && c.features.exact
        && partner_beside(claim, c)
        && (named
            || (unnamed && (!both_small || both_say_a_vote(claim, c)))
            || (a_tally(claim, c) && c.features.words_hit > 0 && c.features.coverage >= motion)
            || (large && c.features.words_hit > 0 && !c.figure.context.cell))
}

/// Whether a candidate is a vote's tally the claim's could be: both say a vote, the
/// candidate has a value beside it where the claim has its partner, and the sources do
/// not tie it to another owner. The minutes' "Carried 6-0." after a motion is one.
fn a_tally(claim: &Claim, c: &Candidate) -> bool {
    beside_on_partners_side(claim, c).is_some()
        && c.features.owner != Owner::Other
        && both_say_a_vote(claim, c)
}

/// How much of a vote claim's words the best-covered tally of the sources holds: of a
/// meeting's several votes, the one whose motion the claim's words describe is the one
/// the claim reports ("voted 6-0 to halve the vendors' rent", not the parking rates'
/// 5-1). Zero when the claim is no tally.
fn best_motion(claim: &Claim, found: &[Candidate]) -> f32 {
    found
        .iter()
        .filter(|c| a_tally(claim, c))
        .map(|c| c.features.coverage)
        .fold(0.0, f32::max)
}

/// Whether a candidate is a side of a tally written as a sentence of its own
/// ([`figcheck_figures::is_bare_tally`]).
fn a_bare_tally_side(c: &Candidate) -> bool {
    let beside = &c.figure.context.beside;
    (beside.before.is_some() || beside.after.is_some())
        && !c.figure.context.cell
        && figcheck_figures::is_bare_tally(&c.figure.sentence)
}

/// Whether the claim's words, or the unit it counts ("a 4-1 vote"), name a vote.
fn says_a_vote(claim: &Claim) -> bool {
    claim
        .words()
        .iter()
        .map(String::as_str)
        .chain(claim.quantity.unit.as_deref())
        .any(|w| figcheck_figures::is_tally_word(&w.to_lowercase()))
}

/// Whether the claim's words and the candidate's sentence both name a vote ("voted",
/// "approved", "ratified"), in prose: a tally's two sides then mean one thing in each.
fn both_say_a_vote(claim: &Claim, c: &Candidate) -> bool {
    let says = |w: &str| figcheck_figures::is_tally_word(&w.to_lowercase());
    !c.figure.context.cell
        && says_a_vote(claim)
        && c.figure
            .sentence
            .split(|ch: char| !ch.is_alphanumeric())
            .any(says)
}

/// A side of a pair at least this large makes the pair telling without its owner.
const TELLING_PAIR: f64 = 100.0;

/// Whether a candidate is the claim owner's cell for the claim's measure: a table cell in
/// the row the claim's owner labels, under a header that names the claim's unit and
/// whose every word the claim has ("Derrick Favors … three assists" against Favors' row,
/// Assists column; not "First quarter points" for "Hayward led the Grizzlies with 13
/// points", which names the team but no quarter).
fn owners_cell(claim: &Claim, c: &Candidate) -> bool {
    owners_row(claim, c) && (owners_measure(claim, c) || owners_period_points(claim, c))
}

/// Whether a candidate is the one cell of the claim's kind in the row its owner labels,
/// for a claim that names its owner and no measure (the caller asks only of such a
/// claim: "Riverside was at 74%" after a sentence on how full each garage was): the
/// row's one percentage is the owner's, and an equal value in a sentence about anything
/// else is chance.
fn only_cell_of_its_kind(claim: &Claim, c: &Candidate, found: &[Candidate]) -> bool {
    let kind = claim.quantity.kind;
    let of_kind = |f: &Candidate| {
        f.figure.quantity.kind == kind && f.figure.quantity.unit == claim.quantity.unit
    };
    c.features.owner == Owner::Same
        && owners_row(claim, c)
        && of_kind(c)
        && !found.iter().any(|o| {
            !std::ptr::eq(o, c) && crate::derive::same_row(&o.figure, &c.figure) && of_kind(o)
        })
}

/// See [`owners_cell`]: the header names the claim's unit and the claim has its every word.
fn owners_measure(claim: &Claim, c: &Candidate) -> bool {
    c.features.unit == UnitMatch::Same && c.figure.quantity.kind == claim.quantity.kind && {
        let stem = figcheck_figures::vocabulary::stem;
        let claimed: Vec<String> = claim
            .terms
            .iter()
            .flat_map(|t| t.text.split_whitespace())
            .chain(claim.quantity.unit.as_deref())
            .map(stem)
            .collect();
        c.figure
            .context
            .terms
            .iter()
            .all(|t| claimed.contains(&stem(&t.word)))
    }
}

/// See [`owners_cell`]: a score over a period the claim names ("outscoring the Bulls by a
/// 30-17 margin over the final 12 minutes") and the owner's points in that period's
/// column ("Fourth quarter points"), which the claim's words ("margin", "outscoring")
/// do not name.
fn owners_period_points(claim: &Claim, c: &Candidate) -> bool {
    let words = claim.words();
    c.figure.quantity.kind == claim.quantity.kind
        && crate::half::is_a_score(&words)
        && words
            .iter()
            .filter(|w| figcheck_figures::is_period_term(w))
            .any(|period| crate::half::counts_points_of(&c.figure, period))
}

/// Whether a candidate is a cell of the row the claim's owner labels.
fn owners_row(claim: &Claim, c: &Candidate) -> bool {
    c.figure.context.cell
        && (c.features.owner == Owner::Same
            || c.features.owner == Owner::ClaimUnnamed && row_named_by_surname(claim, c))
}

/// The box-score columns a claim reads from: the measure it names (see `claim_of`) and,
/// for a pair, the header words of its side ("made" for 9 in "9-of-17", "attempts" for
/// 17); no side words for a percentage ("Three-point %").
struct BoxColumns {
    measure: &'static figcheck_figures::BoxMeasure,
    side: &'static [&'static str],
}

impl BoxColumns {
    fn of(claim: &Claim) -> Option<BoxColumns> {
        let measure = claim
            .terms
            .iter()
            .find_map(|t| figcheck_figures::box_measure_named(&t.text))?;
        let side: &'static [&'static str] = match claim.partner {
            Some(partner) if partner.follows => measure.sides[0],
            Some(_) => measure.sides[1],
            None if claim.quantity.kind == Kind::Percent => &[],
            None => return None,
        };
        Some(BoxColumns { measure, side })
    }

    /// Whether a candidate is the claim owner's cell in these columns: "9-of-17
    /// shooting" against the row's "Field goals made" (for 9) and "Field goal attempts"
    /// (for 17), "53 percent from three-point range" against "Three-point %", a record
    /// "(33-34)" against "Wins" and "Losses". The header has the measure's words and,
    /// for a pair, the side's word.
    fn owners_cell(&self, claim: &Claim, c: &Candidate) -> bool {
        let header = &c.figure.context.terms;
        let side_word = |t: &figcheck_figures::Term| self.side.contains(&t.word.as_str());
        owners_row(claim, c)
            && c.figure.quantity.kind == claim.quantity.kind
            && !header.is_empty()
            && header
                .iter()
                .all(|t| self.measure.header_words.contains(&t.word.as_str()) || side_word(t))
            && (self.side.is_empty() || header.iter().any(side_word))
    }
}

/// A value a table works out for a claim that no source states: a half's score, a count
/// of rows, the other team's side of a pair.
pub(crate) struct Worked {
    pub(crate) value: f64,
    /// The cell the finding points at.
    pub(crate) cell: figcheck_corpus::SourceFigure,
    /// What it says, for the finding: "the Heat's first half is 25 + 30 = 55 (…)".
    pub(crate) said: String,
}

/// The outcome a table's worked value gives the claim, if there is one: supported when
/// the claim accepts it, else contradicted with it.
fn decided_by_table(outcome: Outcome, claim: &Claim, worked: Option<Worked>) -> Outcome {
    match worked {
        Some(w) => worked_out_of_a_table(outcome, claim.accepts(w.value), &w.cell, w.value, w.said),
        None => outcome,
    }
}

/// The verdict of a figure worked out of the owner's row of a table (a rank in its group,
/// a half's score): supported when it `holds`, else contradicted with the `value` the
/// table gives; the owner's `cell` is the evidence and `said` how it was worked out. The
/// table decides, so no other source's disagreement is reported beside it.
fn worked_out_of_a_table(
    outcome: Outcome,
    holds: bool,
    cell: &figcheck_corpus::SourceFigure,
    value: f64,
    said: String,
) -> Outcome {
    Outcome {
        verdict: if holds {
            Verdict::Supported
        } else {
            Verdict::Contradicted
        },
        evidence: vec![Evidence::of(cell)],
        source_value: (!holds).then_some(value),
        derivation: Some(said),
        disagreeing: Vec::new(),
        ..outcome
    }
}

/// Whether an agreeing candidate is the claim owner's cell in a column of changes, for a
/// claim that says its figure is a change: "Pinecrest Express, whose traffic fell 3.0%"
/// against its row's "-3.0" under "Change from 2024 (%)". The header names the measure
/// by the word "change", which no writer uses for a fall or a rise; a fall the engine
/// matches to the negative cell only when the claim says it fell.
fn owners_change_cell(claim: &Claim, c: &Candidate) -> bool {
    let stem = figcheck_figures::vocabulary::stem;
    c.agreement == Agreement::Agrees
        && c.figure.context.cell
        && (c.features.owner == Owner::Same
            || c.features.owner == Owner::ClaimUnnamed && row_named_by_a_noun(claim, c))
        && c.figure.quantity.kind == claim.quantity.kind
        && c.figure
            .context
            .terms
            .iter()
            .any(|t| matches!(stem(&t.word).as_str(), "chang" | "growth"))
        && (crate::derive::says_change(claim, crate::derive::CHANGE_WORDS)
            || crate::evidence::says_fall(claim))
}

/// Whether a claim that names no one has the one word of the candidate's row label among
/// its words: "Grain, the port's largest cargo, fell 7.1%" and the row "Grain" of a table
/// of commodities. Not a row that sums the others ("Total"), which any "of the total"
/// names.
fn row_named_by_a_noun(claim: &Claim, c: &Candidate) -> bool {
    let stem = figcheck_figures::vocabulary::stem;
    let Some(label) = c.figure.context.anchors.first() else {
        return false;
    };
    let said: Vec<String> = claim
        .words()
        .iter()
        .map(|w| stem(w))
        .chain(
            claim
                .terms
                .iter()
                .filter(|t| !t.excluded)
                .map(|t| stem(&t.text)),
        )
        .collect();
    // "Crafts and goods was the only category whose sales fell": each word of a short
    // label, the "and" between them aside
    let words: Vec<&str> = label
        .split_whitespace()
        .filter(|w| !matches!(*w, "and" | "&"))
        .collect();
    words.len() <= LABEL_NOUNS
        && !sums_the_rows(label)
        && !matches!(
            label.to_lowercase().as_str(),
            "overall" | "other" | "others"
        )
        && words.iter().all(|w| said.contains(&stem(w)))
}

/// The most words (not counting "and") a row label may have and still be named by a
/// claim's common nouns: "Grain", "Crafts and goods".
const LABEL_NOUNS: usize = 2;

/// Whether the claim names the candidate's row by the last word of its label alone, as
/// a capitalised word ("Dragic … three steals" against the row "Goran Dragic"): a
/// surname the engine could not take for a name, since the sources never write it alone.
fn row_named_by_surname(claim: &Claim, c: &Candidate) -> bool {
    let Some(label) = c.figure.context.anchors.first() else {
        return false;
    };
    let Some(last) = label.split_whitespace().last() else {
        return false;
    };
    label.contains(' ')
        && claim.terms.iter().any(|t| {
            !t.excluded
                && !t.text.contains(' ')
                && t.text.starts_with(char::is_uppercase)
                && t.text.eq_ignore_ascii_case(last)
        })
}

/// Whether a candidate is the claim owner's own figure on this side of the claim's pair:
/// another value, with the other side beside it where the draft writes it ("9-of-18"
/// against the owner's `| 8 | 18 |`). Only the owner's: anyone's row has some number
/// beside an 18. Not a pair of months the claim does not name (see `months`).
fn pair_counterpart(claim: &Claim, c: &Candidate) -> bool {
    c.agreement == Agreement::Disagrees
        && pair_owned(claim, c)
        && c.figure.quantity.kind == claim.quantity.kind
        && partner_beside(claim, c)
        && !crate::months::another_months(claim, c)
        // a cell beside another says nothing of the claim's measure unless its header
        // has some of the claim's words: not the owner's "Assists | Turnovers" for
        // "outscoring the Mavericks by a 24-19 margin"
        && (!c.figure.context.cell || c.features.words_hit > 0)
}

/// Whether a candidate pair is the claim owner's: owned by the claim's owner, or, where
/// neither names an owner, a pair of large or precise numbers ("from 15% to 35%", "from
/// 91 to 84 gallons"), which is as telling as an owner would be; two small counts are not.
fn pair_owned(claim: &Claim, c: &Candidate) -> bool {
    let small = |v: f64| crate::features::is_small(figcheck_figures::Kind::Number, v);
    let both_small =
        small(claim.quantity.value) && claim.partner.is_some_and(|partner| small(partner.value));
    c.features.owner == Owner::Same
        || (matches!(c.features.owner, Owner::ClaimUnnamed | Owner::Unknown)
            && !both_small
            && c.features.words_hit > 0)
}

/// The figure of the supporting candidate's sentence that stands where the claim's does,
/// when the two are swapped: a figure of the same sentence, with a value the draft states
/// beside the claim and probable enough to be its counterpart, is where the claim's place
/// is, and the support is not. The place is told by the unit a count counts ("31
/// scallopers" for "31 groundfish vessels", and "38 groundfish vessels" beside it), or by
/// the claim's nearest word standing right beside that figure and not beside the support
/// ("180 construction jobs" against "410 construction jobs, 180 permanent jobs"; "dipped
/// 8% before growing 3%" against "fell 3% …, then grew 8%"). The draft put each value in
/// the other's place. Not in a table, where the place is a cell,
/// and never on an inexact support.
fn swapped_in_its_sentence<'c>(
    claim: &Claim,
    support: &'c Candidate,
    against: &[&'c Candidate],
) -> Option<(&'c Candidate, f64)> {
    if support.figure.context.cell || !support.features.exact {
        return None;
    }
    // The year the draft dates its figure with, stated beside the agreeing value and not
    // beside the other, says which stands in the claim's place better than a word does:
    // "7% immediately, 4% in 2026 and 3.5% in 2027" copied whole is no swap, though
    // "immediately" is the nearest word to each "3.5%".
    let dated_apart = |c: &Candidate| {
        claim.dated.is_some()
            && support.figure.context.dated == claim.dated
            && c.figure.context.dated != claim.dated
    };
    let units = claim.quantity.kind == Kind::Number
        && claim.quantity.unit.is_some()
        && support.features.unit == UnitMatch::Different;
    let stem = figcheck_figures::vocabulary::stem;
    let nearest = claim.words().first().map(|w| stem(w));
    let beside = |c: &Candidate| {
        nearest.as_ref().is_some_and(|w| {
            c.figure
                .context
                .terms
                .iter()
                .any(|t| t.distance <= SLOT_DISTANCE && stem(&t.word) == *w)
        })
    };
    let words = matches!(
        claim.quantity.kind,
        Kind::Number | Kind::Money | Kind::Percent
    ) && !beside(support);
    if !units && !words {
        return None;
    }
    // counterparts only: comparable, measured and probable
    against
        .iter()
        .copied()
        .find(|c| {
            // two units told apart say which figure stands in the claim's place: a small
            // count's score is low for how often small numbers recur, not for its place
            // ("six harbor seals" against "Six California sea lions and four harbor seals")
            let by_unit = units && c.features.unit == UnitMatch::Same;
            let small = crate::features::is_small(claim.quantity.kind, claim.quantity.value);
            let confident = if by_unit && small {
                SMALL_UNIT_COUNTERPART
            } else {
                CONFIDENT_COUNTERPART
            };
            (by_unit || (words && beside(c)))
                && !dated_apart(c)
                && c.score >= confident
                && c.figure.source == support.figure.source
                && c.figure.sentence == support.figure.sentence
                && crate::evidence::stated_beside(claim, c)
        })
        .map(|c| (c, c.figure.quantity.value))
}

/// How probable a counterpart must be when it is a small count whose unit is the claim's
/// and the support's is another: the units already say which stands in the claim's place.
const SMALL_UNIT_COUNTERPART: f32 = 0.3;

/// How far from a figure (in the context's words) a word stands in its place: right
/// beside it.
const SLOT_DISTANCE: u16 = 1;

/// Whether a candidate states the claim's value with the claim's partner on its other
/// side: the same two ends of a change, or the same pair, in the other order.
fn pair_swapped(claim: &Claim, c: &Candidate) -> bool {
    c.agreement == Agreement::Agrees
        && c.features.exact
        && pair_owned(claim, c)
        && c.figure.quantity.kind == claim.quantity.kind
        && claim.partner.is_some_and(|partner| {
            let other_side = if partner.follows {
                c.figure.context.beside.before
            } else {
                c.figure.context.beside.after
            };
            other_side == Some(partner.value) && partner.value != claim.quantity.value
        })
}

/// Whether a range claim's support states the range: one source range, or both of its
/// ends, wherever the sources state them ("scores between 21 and 24" from a 21 and a
/// 24). A single value inside it is not enough: the sources' "3% to 5%" does not
/// support "5-8%" because 5% is one of its ends.
fn range_attested(claim: &Claim, found: &[Candidate]) -> bool {
    let figcheck_claims::Comparison::Between(high) = &claim.comparison else {
        return true;
    };
    let at = |value: f64, precision: f64| {
        found
            .iter()
            .any(|c| within_precision(value, c.figure.quantity.value, precision))
    };
    found
        .iter()
        .any(|c| c.agreement == Agreement::Agrees && c.figure.quantity.upper.is_some())
        || (at(claim.quantity.value, claim.quantity.precision) && at(high.value, high.precision))
}

/// Whether a source sentence states a plan, a forecast or a target.
fn states_a_plan(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PLAN_VOCABULARY.contains(&w.to_lowercase().as_str()))
}

/// The words that make a figure a plan rather than a fact.
const PLAN_VOCABULARY: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "expect",
    "expects",
    "expected",
    "aim",
    "aims",
    "target",
    "targets",
    "forecast",
    "forecasts",
    "projected",
    "intends",
    "hopes",
    "goal",
    "wants",
];

/// How many of a claim's words, nearest the figure first, may say it is a plan.
const PLAN_NEAREST: usize = 3;

/// Whether a claim is about intentions rather than facts ("plans to add 15,000
/// robots"): a source's past figure does not contradict a plan.
fn is_plan(claim: &Claim) -> bool {
    // Among the words nearest the figure (the claim lists them nearest first): "approved
    // it 6-3, and the co-op expects it to bring in …" is no plan, the next clause's is.
    claim
        .words()
        .iter()
        .take(PLAN_NEAREST)
        .any(|w| PLAN_VOCABULARY.contains(&w.as_str()))
}

/// Whether a writer could plausibly have meant the source's value: a slip of a digit
/// stays within a factor of ten or so, a slip of a scale word (million for billion)
/// within a factor of 1,000. A rate of 6.95 is not a mistaken 295,000, nor is the
/// United States' 50 notable models a mistaken 44,500 robots: they are other measures.
pub(crate) fn plausible_slip(
    claimed: &figcheck_figures::Quantity,
    source: &figcheck_figures::Quantity,
) -> bool {
    let (a, b) = (claimed.value.abs(), source.value.abs());
    if a == 0.0 || b == 0.0 {
        return true;
    }
    let ratio = if a > b { a / b } else { b / a };
    let scaled = claimed.style.scale.is_some() || source.style.scale.is_some();
    // A scale word slipped keeps the digits: "6.6 million" for 6,600 is a factor of a
    // thousand, give or take a rounding; 2.4 million for 6,600 (a year's passengers for
    // a day's) is no slip at all.
    let scale_slip = |factor: f64| (ratio / factor - 1.0).abs() <= SCALE_SLIP_ROUNDING;
    // A rate and a total are not one value with its scale word slipped: "$24 a night" is
    // no "$22.4 million" written a million times too small.
    let both_rates_or_neither = claimed.per.is_some() == source.per.is_some();
    ratio <= DIGIT_SLIP + 1e-9
        || scaled && both_rates_or_neither && (scale_slip(1e3) || scale_slip(1e6))
}

/// Whether a candidate's value has the claim's digits in another order ("1926" for
/// 1962, "37,620" for 37,260): the commonest slip in copying a figure. Three digits at
/// least: two-digit values swap by chance ("32 years" and a source's 23).
fn transposed(claim: &Claim, c: &Candidate) -> bool {
    let digits = |v: f64| -> String {
        format!("{v}")
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    let (a, b) = (
        digits(claim.quantity.value),
        digits(c.figure.quantity.value),
    );
    let sorted = |s: &str| {
        let mut d: Vec<char> = s.chars().collect();
        d.sort_unstable();
        d
    };
    a.len() >= 3 && a != b && sorted(&a) == sorted(&b)
}

/// How far apart a digit slipped leaves two values, at most.
const DIGIT_SLIP: f64 = 12.0;
/// How far from a power of a thousand a slipped scale word leaves two values: the two
/// may be rounded differently ("6.6 million" for 6,550).
const SCALE_SLIP_ROUNDING: f64 = 0.1;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::example;

    #[test]
    fn a_plan_is_said_by_the_words_nearest_the_figure() {
        let claim = |text: &str| figcheck_claims::parse(text).expect("a claim");
        assert!(is_plan(&claim("expects passengers = 2,550,000")));
        // the next clause's plan word, fifth of the claim's words, says nothing of it
        assert!(!is_plan(&claim("approved board member co-op expects = 6")));
    }

    #[test]
    fn a_share_in_words_with_one_word_and_no_owner_is_too_thin_to_contradict() {
        let claim = |text: &str| figcheck_claims::parse(text).expect("a claim");
        assert!(thinly_worded(&claim("power ~ a seventh")));
        // a second word, an owner, or a percentage says enough
        assert!(!thinly_worded(&claim("power supply ~ a seventh")));
        assert!(!thinly_worded(&claim("\"Copper Flat\" power ~ a seventh")));
        assert!(!thinly_worded(&claim("power ~ 14%")));
    }

    #[test]
    fn a_wordless_value_is_unmeasured_unless_it_is_the_owners_year() {
        let wordless = |owner: Owner, year: bool| PairFeatures {
            words_hit: 0,
            measure_elsewhere: true,
            year,
            ..example(owner, 0.0)
        };
        assert!(unmeasured(&wordless(Owner::Same, false)));
        assert!(unmeasured(&wordless(Owner::ClaimUnnamed, true)));
        assert!(!unmeasured(&wordless(Owner::Same, true)));
        // with a measure word beside it, nothing is unmeasured
        let worded = PairFeatures {
            words_hit: 1,
            ..wordless(Owner::Same, false)
        };
        assert!(!unmeasured(&worded));
        // nor is a value in the sentence that states the claim's companions
        let copied = PairFeatures {
            companions: 1.0,
            ..wordless(Owner::ClaimUnnamed, true)
        };
        assert!(!unmeasured(&copied));
        // nor one in the claim's own unit ("over its three years" for "over three years")
        let same_unit = PairFeatures {
            unit: UnitMatch::Same,
            ..wordless(Owner::Same, false)
        };
        assert!(!unmeasured(&same_unit));
    }

    #[test]
    fn a_year_is_measured_by_a_specific_value_written_with_it() {
        let claim = |text: &str| figcheck_claims::parse(text).expect("a claim");
        let exact = PairFeatures {
            exact: true,
            ..example(Owner::ClaimUnnamed, 0.0)
        };
        let year = claim("ever = 2024 with 34,650 312,550");
        // "drew 312,550 fans … up 8.6% from 287,900 in 2024"
        assert!(year_beside_companion(
            &year,
            &exact,
            &[312_550.0, 8.6, 287_900.0, 2024.0]
        ));
        // another sentence of 2024, or a round value beside it, ties nothing
        assert!(!year_beside_companion(&year, &exact, &[13.1, 2024.0]));
        let round = claim("ever = 2024 with 30");
        assert!(!year_beside_companion(&round, &exact, &[30.0, 2024.0]));
        // nor is another year stated there
        let inexact = PairFeatures {
            exact: false,
            ..exact
        };
        assert!(!year_beside_companion(
            &year,
            &inexact,
            &[312_550.0, 2023.0]
        ));
        // nor is a count a year
        let count = claim("ever = 2,024 with 312,550");
        assert!(!year_beside_companion(&count, &exact, &[312_550.0, 2024.0]));
    }

    #[test]
    fn a_slipped_scale_word_keeps_the_digits() {
        let q = |text: &str| {
            figcheck_figures::extract(text, figcheck_figures::Format::Plain)
                .into_iter()
                .next()
                .expect("a figure")
                .quantity
        };
        // a digit slipped
        assert!(plausible_slip(&q("34,200"), &q("32,400")));
        assert!(plausible_slip(&q("$9.06 billion"), &q("$906 million")));
        // a scale word slipped, the digits kept
        assert!(plausible_slip(
            &q("6,600 passengers"),
            &q("6.6 million passengers")
        ));
        assert!(plausible_slip(&q("$2.3 million"), &q("$2.3 billion")));
        // a day's count is no slip for a year's, nor a rate for a count
        assert!(!plausible_slip(
            &q("6,600 passengers"),
            &q("2.4 million passengers")
        ));
        assert!(!plausible_slip(&q("6.95"), &q("295,000")));
        // nor a rate for a total a scale apart
        assert!(!plausible_slip(&q("$24 a night"), &q("$22.4 million")));
        assert!(plausible_slip(&q("$24"), &q("$22.4 million")));
    }
}
