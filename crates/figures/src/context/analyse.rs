//! Reading one figure's sentence: its owner, the names before it, its measure words.

use super::*;

pub(super) struct Run {
    pub(super) name: String,
    /// Token index of its first and last word.
    pub(super) first: usize,
    pub(super) last: usize,
}

/// Adds to `terms` the content words of another sentence (`toks`, its name runs `runs`)
/// outside its names, at `distance`, each once: what a question asks for its answer, what
/// a motion moved for its tally.
pub(super) fn borrow_words(toks: &[Tok<'_>], runs: &[Run], distance: u16, terms: &mut Vec<Term>) {
    for (k, t) in toks.iter().enumerate() {
        let Tok::Word { text: w, .. } = t else {
            continue;
        };
        if runs.iter().any(|r| r.first <= k && k <= r.last) {
            continue;
        }
        let lw = w.to_lowercase();
        if is_content_word(&lw) && !terms.iter().any(|t| t.word == lw) {
            terms.push(Term { word: lw, distance });
        }
    }
}

pub(super) fn analyse(
    reader: &Reader<'_>,
    sentence: Range<usize>,
    earlier: &[Range<usize>],
    lead_in: Option<Range<usize>>,
    others: &[Range<usize>],
    target: Range<usize>,
) -> Context {
    let text = reader.text;
    let toks = tokenize(text, sentence.clone(), others, target.clone());
    let fig = toks
        .iter()
        .position(|t| matches!(t, Tok::Figure))
        .unwrap_or(0);
    let runs = name_runs(reader, &toks);
    // "four California sea lions and six harbor seals": a name that qualifies what
    // another figure counts is no one's subject here; one that qualifies what this
    // figure counts is its owner.
    let counted = runs
        .iter()
        .find(|r| r.first == fig + 1 && counts_after(text, &target, &toks, r))
        .map(|r| r.name.clone());
    let runs: Vec<Run> = runs
        .into_iter()
        .filter(|r| r.first == fig + 1 || !counts_after(text, &target, &toks, r))
        .collect();
    // Anchors.
    let mut before = fig;
    while before > 0 && matches!(&toks[before - 1], Tok::Word { text, .. } if is_hedge_word(text)) {
        before -= 1;
    }
    let owner = owner_after(&toks, &runs, fig);
    // The name right before a bracket owns what is in it: "Japan (44,500)", and both
    // sides of a pair there, "the Raptors (44-29)".
    let bracketed = |open: usize| -> Vec<String> {
        let mut j = open;
        while j > 0 && matches!(&toks[j - 1], Tok::Word { text, .. } if *text == "the") {
            j -= 1;
        }
        runs.iter()
            .filter(|r| r.last + 1 == open || (j > 0 && r.last + 1 == j))
            .map(|r| r.name.clone())
            .collect()
    };
    // "(44-29)": the second side of a pair in brackets, when a name stands before them
    let second_of_bracketed_pair = (before > 1
        && matches!(toks[before - 1], Tok::Other(_))
        && matches!(toks[before - 2], Tok::Punct('(')))
    .then(|| bracketed(before - 2))
    .filter(|names| !names.is_empty());
    // The first side of a score whose subject is an earlier sentence's ("They
    // out-scored the Heat 50-38") is that subject's, but for the object named here
    // (that sentence may have named it too: "The Raptors …, out-scoring the Heat
    // 64-52"); if none is left, the usual rules.
    let score_side = match score_owner(text, &toks, &runs, fig, &target) {
        Some(ScoreSide::Named(names)) => Some(names),
        Some(ScoreSide::Unnamed { object }) if refers_back(&toks) => {
            let mut names = referred_subject(reader, &toks, earlier);
            names.retain(|n| *n != object);
            Some(names).filter(|names| !names.is_empty())
        }
        _ => None,
    };
    let anchors: Vec<String> = if let Some(names) = score_side {
        names
    } else if unnamed_side_of_a_contest(text, &target) {
        Vec::new()
    } else if let Some(name) = respective_owner(&toks, &runs, fig) {
        vec![name]
    } else if let Some(name) = apposed_name(&toks, &runs, fig) {
        vec![name]
    } else if let Some(run) = runs.iter().find(|r| {
        r.last + 1 == before
            && matches!(
                toks[r.last],
                Tok::Word {
                    possessive: true,
                    ..
                } | Tok::Word {
                    bare_apostrophe: true,
                    ..
                }
            )
            && r.first > 0
            && matches!(
                toks[r.first - 1],
                Tok::Word {
                    text: "under" | "over" | "below" | "above" | "than" | "behind",
                    ..
                }
            )
    }) {
        // "well under Ardmore's $6,740,000": the possessor right before the figure owns
        // it, the other side of a comparison though it is
        vec![run.name.clone()]
    } else if !owner.is_empty() {
        // "50 for the United States and 35 for China": the owner is named right after.
        owner
    } else if let Some(name) = counted {
        vec![name]
    } else if before > 0 && matches!(toks[before - 1], Tok::Punct('(')) {
        bracketed(before - 1)
    } else if let Some(names) = second_of_bracketed_pair {
        names
    } else {
        let clause_start = toks[..fig]
            .iter()
            .rposition(|t| matches!(t, Tok::Punct(_)))
            .map_or(0, |p| p + 1);
        // In its clause, a figure belongs to the nearest name before it, with the names
        // that own that one ("Naver’s HyperCLOVA X SEED Think … scores 24"): in "China at
        // 4.68 and the US at 6.95", 6.95 is the US's.
        let in_clause: Vec<String> = match runs.iter().rposition(|r| {
            r.first >= clause_start
                && r.last < fig
                && !after_preposition(&toks, r.first)
                && !led_team(&toks, r.first)
        }) {
            Some(nearest) => {
                let mut first = nearest;
                while first > 0
                    && runs[first - 1].first >= clause_start
                    && runs[first - 1].last + 1 == runs[first].first
                    && matches!(
                        toks[runs[first - 1].last],
                        Tok::Word {
                            possessive: true,
                            ..
                        }
                    )
                {
                    first -= 1;
                }
                runs[first..=nearest]
                    .iter()
                    .map(|r| r.name.clone())
                    .collect()
            }
            None => Vec::new(),
        };
        // "ahead of Luxembourg at 12.52", "behind Japan with 44,500": a name, then "at" or
        // "with" and the figure, is the figure's owner though a preposition governs it.
        // Not after "for": "led the way for the Clippers with 43 points" are the
        // subject's points, scored for the team.
        let name_at: Vec<String> = match fig.checked_sub(2) {
            Some(k)
                if matches!(
                    toks[fig - 1],
                    Tok::Word {
                        text: "at" | "with",
                        ..
                    }
                ) =>
            {
                runs.iter()
                    .find(|r| r.last == k && r.first >= clause_start)
                    .filter(|r| !follows_for(&toks, r.first) && !led_team(&toks, r.first))
                    .map(|r| vec![r.name.clone()])
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let relative = matches!(
            toks.get(clause_start),
            Some(Tok::Word {
                text: "which" | "who" | "whose" | "that",
                ..
            })
        );
        // "…second only to China, at 295,000": a clause of "at"/"with" and the figure
        // describes the name just before its comma.
        let appositive = match (toks.get(clause_start), clause_start.checked_sub(2)) {
            (
                Some(Tok::Word {
                    text: "at" | "with",
                    ..
                }),
                Some(k),
            ) if matches!(toks[clause_start - 1], Tok::Punct(',')) => runs
                .iter()
                .find(|r| r.last == k)
                // not "led the way for the Kings, with 31 points": the subject's
                .filter(|r| !follows_for(&toks, r.first))
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        if !name_at.is_empty() {
            name_at
        } else if let Some(name) = with_name_at(&toks, &runs, clause_start, fig) {
            vec![name]
        } else if gapped_common_noun(&toks, fig) || subject_of_a_joined_clause(&toks, fig) {
            // "The FAA pays $48.4 million, the state $9.7 million and the authority $6.4
            // million": the verb is left out, and the noun before the figure is its owner,
            // though no name; the sentence's subject is not. Nor is it of a clause the
            // figure opens as its own subject ("…, and three riders died").
            Vec::new()
        } else if !in_clause.is_empty() {
            in_clause
        } else if !appositive.is_empty() {
            appositive
        } else if relative {
            // "…trails Mi:dm K 2.5 Pro, which scores 25": the name the clause hangs on.
            runs.iter()
                .rfind(|r| r.last < clause_start)
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default()
        } else {
            // The sentence's subject: names before the figure that are neither the
            // anchor of a parenthesised figure nor the object of a preposition ("scores
            // 24 on the Intelligence Index" does not make the index the subject).
            // The subject of the figure's own main clause: "X has 100 billion and scores
            // 21, while Y, with 23 billion parameters, scores 24" gives 23 billion to Y.
            let main_start = toks[..fig]
                .iter()
                .rposition(|t| {
                    matches!(
                        t,
                        Tok::Punct(';')
                            | Tok::Word {
                                text: "while" | "whereas" | "but" | "although" | "though",
                                ..
                            }
                    )
                })
                .map_or(0, |p| p + 1);
            // "…, while also adding seven rebounds": a clause without a subject of its own
            // shares the sentence's.
            let main_start = if elliptical(&toks[main_start..fig]) {
                0
            } else {
                main_start
            };
            let subject: Vec<String> = runs
                .iter()
                .filter(|r| r.first >= main_start && r.last < fig)
                // A team's record in brackets leaves it the subject: "the Celtics (42-35)
                // pulled away, outscoring them by a 30-17 margin".
                .filter(|r| {
                    !matches!(
                        (toks.get(r.last + 1), toks.get(r.last + 2)),
                        (Some(Tok::Punct('(')), Some(Tok::Other(_)))
                    ) || record_at(&toks, r.last + 1)
                })
                .filter(|r| !after_preposition(&toks, r.first) && !led_team(&toks, r.first))
                .map(|r| r.name.clone())
                .collect();
            if !subject.is_empty() && base_of_a_comparison(&toks[main_start..fig]) {
                // "…put the co-op 9.7 points above the statewide share of 41.3%": the
                // other side of the comparison is not the subject's.
                named_after(&toks, &runs, fig)
            } else if !subject.is_empty() {
                // "…, according to a June 1 report by POSRI": the subject, and whoever
                // the clause names after the figure, unless it is a comparison's other
                // side ("fourth globally behind China").
                let mut anchors = subject;
                anchors.extend(named_after(&toks, &runs, fig));
                anchors
            } else {
                // "The largest grant, $9.7 million, goes to Merrow Valley": a sentence
                // opening with a noun phrase that the figure restates is about whoever
                // the clause then names, not an earlier sentence's subject.
                let restated = opens_with_the(&toks) && restates_a_noun(&toks, &runs, fig);
                let after = if starts_with_pronoun(&toks) && !restated {
                    Vec::new()
                } else {
                    named_after(&toks, &runs, fig)
                };
                // "The recycled-water plant at Coyle Creek … costs $340 million": a
                // sentence opening with a noun phrase of its own, not a pronoun, is about
                // the names in that phrase, though they follow a preposition; an earlier
                // sentence's subject is no one's here.
                // Only a name within the phrase's first few words: "The company reported
                // a decline in SARS-CoV-2 vaccine sales" is not about the virus.
                // "…, while output at the Harlow Creek plant fell 9.6%": the same in a
                // main clause opening with a noun and a preposition.
                let words_before = |k: usize| {
                    toks[main_start..k]
                        .iter()
                        .filter(|t| matches!(t, Tok::Word { .. }))
                        .count()
                };
                let qualified: Vec<String> = if opens_with_the(&toks[main_start..])
                    || opens_with_a_qualified_noun(&toks[main_start..])
                {
                    // and the names listed with one ("Nurses at Riverside Community
                    // Hospital and Westfield Hospital")
                    let mut last_taken: Option<usize> = None;
                    let mut names = Vec::new();
                    for r in runs
                        .iter()
                        .filter(|r| r.first >= main_start && r.last < fig)
                    {
                        let listed = last_taken.is_some_and(|l| {
                            toks[l + 1..r.first].iter().all(|t| {
                                matches!(
                                    t,
                                    Tok::Punct(',')
                                        | Tok::Word {
                                            text: "and" | "or",
                                            ..
                                        }
                                )
                            })
                        });
                        if listed || words_before(r.first) <= OPENING_PHRASE_WORDS {
                            names.push(r.name.clone());
                            last_taken = Some(r.last);
                        }
                    }
                    names
                } else {
                    Vec::new()
                };
                // "Members of Brindlewood Community Credit Union voted 2,184 to 547 … to
                // merge into Tallow Creek Credit Union": the names of the opening phrase
                // are the sentence's subject; a name after the figure is an object.
                if !qualified.is_empty() {
                    qualified
                } else if !after.is_empty() {
                    after
                } else if let Some(speaker) = quoted_speaker(text, &sentence, &target, &toks, &runs)
                {
                    // "\"…in my 22 years here…,\" said union president Carla Mendes": a
                    // quotation is its speaker's, not an earlier sentence's subject's.
                    vec![speaker]
                } else if refers_back(&toks) {
                    referred_subject(reader, &toks, earlier)
                } else {
                    Vec::new()
                }
            }
        }
    };

    // An answer under a question ("How many robots does Korea install? Nearly 40,000 a
    // year") is about what the question asks: its names and words count for the answer.
    let question = earlier
        .first()
        .filter(|q| {
            // "**How many passengers…?**": a question in bold is still one
            text[q.start..q.end]
                .trim_end()
                .trim_end_matches(['*', '_'])
                .ends_with('?')
        })
        .cloned();
    let mut anchors = anchors;
    if let Some(name) = recipient(&toks, &runs, fig)
        && !anchors.contains(&name)
    {
        anchors.push(name);
    }
    // "…opened the public phase of Encore Halverton, a $48 million capital campaign": the
    // name the figure's phrase describes, beside the sentence's subject.
    if let Some(name) = described_name(&toks, &runs, fig)
        && !anchors.contains(&name)
    {
        anchors.push(name);
    }
    let mut borrowed_terms: Vec<Term> = Vec::new();
    // "Built in 1958, it is…": a lone capitalised word opening the answer is no owner
    // the question did not name.
    let opening_word_only = anchors.len() == 1
        && !anchors[0].contains(' ')
        && runs
            .iter()
            .any(|r| r.first == 0 && r.last == 0 && r.name == anchors[0]);
    if let Some(q) = question.filter(|_| anchors.is_empty() || opening_word_only) {
        let qtoks = tokenize(text, tail(text, q.clone()), &[], 0..0);
        let qruns = name_runs(reader, &qtoks);
        anchors = qruns.iter().map(|r| r.name.clone()).collect();
        borrow_words(&qtoks, &qruns, QUESTION_DISTANCE, &mut borrowed_terms);
    }

    // "Carried 6-0." is about the motion the sentences before it moved.
    for t in motion_terms(reader, &sentence, earlier) {
        if !borrowed_terms.iter().any(|b| b.word == t.word) {
            borrowed_terms.push(t);
        }
    }

    // Terms: every other content word, nearest first.
    let in_run = |k: usize| runs.iter().any(|r| r.first <= k && k <= r.last);
    let anchor_run = |k: usize| {
        runs.iter()
            .any(|r| r.first <= k && k <= r.last && anchors.contains(&r.name))
    };
    let mut terms: Vec<Term> = Vec::new();
    let mut word_pos = 0usize;
    let mut fig_word_pos = 0usize;
    let mut positions = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        if k == fig {
            fig_word_pos = word_pos;
        }
        positions.push(word_pos);
        if matches!(t, Tok::Word { .. } | Tok::Other(_) | Tok::Figure) {
            word_pos += 1;
        }
    }
    let in_marker = discourse_markers(&toks);
    let elsewhere = other_figures_clauses(&toks, fig);
    for (k, t) in toks.iter().enumerate() {
        crate::work::step(1 + terms.len() + runs.len());
        let (w, figure) = match t {
            Tok::Word { text, .. } => (*text, false),
            Tok::Other(text) => (*text, true),
            _ => continue,
        };
        if anchor_run(k) || in_marker[k] {
            continue;
        }
        let mut lw = w.to_lowercase();
        // "in the first half", "the fourth quarter" (a figure of its own): the ordinal
        // says which part the figure measures, as a box score's "Fourth quarter points"
        // header does. One word with its noun, "fourth-quarter", so that "second half"
        // is not taken for the "Second quarter".
        let after_next = match toks.get(k + 2) {
            Some(Tok::Word { text, .. }) => text,
            _ => "",
        };
        let period = match toks.get(k + 1) {
            // "over the final 12 minutes": the fourth quarter
            Some(Tok::Word { text, .. }) => lexicon::period_term(&lw, text)
                .or_else(|| lexicon::closing_period(&lw, text, after_next).map(str::to_owned)),
            Some(Tok::Other(n)) => lexicon::closing_period(&lw, n, after_next).map(str::to_owned),
            _ => None,
        };
        if let Some(period) = period {
            lw = period;
        } else if figure || !is_content_word(&lw) {
            continue;
        }
        let _ = in_run(k);
        let distance = positions[k].abs_diff(fig_word_pos);
        let distance = u16::try_from(distance).unwrap_or(u16::MAX);
        let distance = if elsewhere[k] {
            distance.saturating_add(CLAUSE_DISTANCE)
        } else {
            distance
        };
        match terms.iter_mut().find(|t| t.word == lw) {
            Some(t) => t.distance = t.distance.min(distance),
            None => terms.push(Term { word: lw, distance }),
        }
    }
    // "Herring was the largest catch …, yet earned only $6.9 million": a figure no name
    // owns is about the common noun its sentence opens with, however far it stands.
    if anchors.is_empty()
        && let Some(k) = opening_subject(&toks, &runs, fig)
        && let Tok::Word { text: w, .. } = toks[k]
    {
        let lw = w.to_lowercase();
        match terms.iter_mut().find(|t| t.word == lw) {
            Some(t) => t.distance = SUBJECT_DISTANCE,
            None => terms.push(Term {
                word: lw,
                distance: SUBJECT_DISTANCE,
            }),
        }
    }
    for t in borrowed_terms {
        if !terms.iter().any(|x| x.word == t.word) {
            terms.push(t);
        }
    }
    for t in listed_tally_terms(text, &target) {
        match terms.iter_mut().find(|x| x.word == t.word) {
            Some(x) => x.distance = x.distance.min(t.distance),
            None => terms.push(t),
        }
    }
    // "264,000 more passengers than Northline": the figure is a gap, and the comparative
    // (a hedge word elsewhere: "more than 40") says so.
    if let Some((word, distance)) = comparative_after(&toks, fig)
        && !terms.iter().any(|t| t.word == word)
    {
        terms.push(Term { word, distance });
    }
    // A list item that is little more than a label and its figures is about what the line
    // over the list says it measures: "Coverage by age group" over "- Ages 18 to 64:
    // 41.3%, up from 37.6%". An item that says what it measures itself keeps to its own
    // words ("Quick facts for readers in a hurry:" says nothing about models).
    if let Some(line) = lead_in.filter(|_| terms.len() <= LABEL_WORDS) {
        let ltoks = tokenize(text, line, &[], 0..0);
        for t in &ltoks {
            let Tok::Word { text: w, .. } = t else {
                continue;
            };
            let lw = w.trim_start_matches('#').to_lowercase();
            if is_content_word(&lw) && !terms.iter().any(|t| t.word == lw) {
                terms.push(Term {
                    word: lw,
                    distance: LEAD_IN_DISTANCE,
                });
            }
        }
    }
    terms.sort_by_key(|t| t.distance);

    Context {
        sentence,
        anchors,
        entities: runs.into_iter().map(|r| r.name).collect(),
        terms,
        beside: crate::Beside::default(),
        cell: false,
        dated: dated::dated(text, target.end),
    }
}

/// Comparatives that make a figure before them a gap: "264,000 more passengers than".
pub const COMPARATIVES: &[&str] = &["more", "fewer", "less", "higher", "lower"];

/// The comparative right after a figure, with at most two words of unit between, that a
/// "than" follows within three words: ("more", its distance in words). Or "under",
/// "over", "below" or "above" right after it, as "below" or "above".
fn comparative_after(toks: &[Tok<'_>], fig: usize) -> Option<(String, u16)> {
    let word = |k: usize| word_at(toks, k);
    // "$350,000 under the next bid", "12 above the target": right after the figure, the
    // preposition says it is a gap, as "below" and "above" do in its own words
    if let Some(w) = word(fig + 1) {
        let gap = match w.to_lowercase().as_str() {
            "under" | "below" => Some("below"),
            "over" | "above" => Some("above"),
            _ => None,
        };
        if let Some(gap) = gap {
            return Some((gap.to_string(), 1));
        }
    }
    for d in 1..=3 {
        let Some(w) = word(fig + d) else {
            break;
        };
        let lw = w.to_lowercase();
        if COMPARATIVES.contains(&lw.as_str()) {
            let than = (1..=3).any(|e| word(fig + d + e) == Some("than"));
            return than.then(|| (lw, u16::try_from(d).unwrap_or(u16::MAX)));
        }
    }
    comparative_asked(toks, fig)
}

/// How many tokens after a figure a gloss asking "how much more" may begin: past a unit,
/// the colon of a lead-in and its closing asterisks.
const ASKED_WITHIN: usize = 6;

/// How many words after the comparative of such a gloss its "than" may stand: "how much
/// less freight the port handled than".
const ASKED_THAN_WITHIN: usize = 8;

/// The comparative of a gloss that asks how much more or less, right after a figure:
/// "**320,000 tons:** how much less freight the port handled than the year before" says
/// the figure is a gap as "320,000 fewer tons than" would.
fn comparative_asked(toks: &[Tok<'_>], fig: usize) -> Option<(String, u16)> {
    let lower = |k: usize| match toks.get(k) {
        Some(Tok::Word { text, .. }) => Some(text.to_lowercase()),
        _ => None,
    };
    let start = (fig + 1..=fig + ASKED_WITHIN).find(|&k| lower(k).as_deref() == Some("how"))?;
    if !matches!(lower(start + 1).as_deref(), Some("much" | "many")) {
        return None;
    }
    let comparative = lower(start + 2).filter(|w| COMPARATIVES.contains(&w.as_str()))?;
    let than = (start + 3..start + 3 + ASKED_THAN_WITHIN)
        .take_while(|&k| matches!(toks.get(k), Some(Tok::Word { .. })))
        .any(|k| lower(k).as_deref() == Some("than"));
    let distance = toks[fig + 1..start + 2]
        .iter()
        .filter(|t| matches!(t, Tok::Word { .. }))
        .count()
        + 1;
    than.then(|| (comparative, u16::try_from(distance).unwrap_or(u16::MAX)))
}

/// How many words into a sentence opening with "The" a name may stand and still be part
/// of its subject phrase: "The recycled-water plant at Coyle Creek", "The number of
/// robots in Korea".
const OPENING_PHRASE_WORDS: usize = 5;

/// Phrases that link a sentence to the text around it and say nothing of what a figure
/// measures: "In other words, more than half of the world's population…".
const DISCOURSE_MARKERS: &[&[&str]] = &[
    &["in", "other", "words"],
    &["on", "the", "other", "hand"],
    &["at", "the", "same", "time"],
    &["as", "a", "result"],
    &["for", "example"],
    &["for", "instance"],
    &["in", "fact"],
    &["in", "short"],
    &["in", "particular"],
    &["in", "addition"],
    &["by", "contrast"],
    &["of", "course"],
];

/// How much further a word stands when it is in another clause than the figure, one
/// with a figure of its own: "Spending rose about 13% while ballots rose 16%" — "ballots"
/// measures the 16%, not the 13%. Far enough that a claim's nearest words leave it out.
const CLAUSE_DISTANCE: u16 = 12;

/// For each token, whether it stands in a clause of the sentence other than the figure's
/// that holds another figure. Clauses are parted by ";", "while" and "whereas", which
/// join two statements of their own.
fn other_figures_clauses(toks: &[Tok<'_>], fig: usize) -> Vec<bool> {
    let parts = |t: &Tok<'_>| {
        matches!(
            t,
            Tok::Punct(';')
                | Tok::Word {
                    text: "while" | "whereas",
                    ..
                }
        )
    };
    let mut clause = Vec::with_capacity(toks.len());
    let mut n = 0usize;
    for t in toks {
        if parts(t) {
            n += 1;
        }
        clause.push(n);
    }
    let own = clause.get(fig).copied().unwrap_or(0);
    let mut with_figure = vec![false; n + 1];
    for (k, t) in toks.iter().enumerate() {
        if matches!(t, Tok::Other(_)) {
            with_figure[clause[k]] = true;
        }
    }
    clause.iter().map(|&c| c > own && with_figure[c]).collect()
}

/// For each token, whether it is a word of one of [`DISCOURSE_MARKERS`].
fn discourse_markers(toks: &[Tok<'_>]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    for start in 0..toks.len() {
        for marker in DISCOURSE_MARKERS {
            let matches = marker.iter().enumerate().all(|(j, m)| {
                matches!(toks.get(start + j), Some(Tok::Word { text, .. }) if text.eq_ignore_ascii_case(m))
            });
            if matches {
                out[start..start + marker.len()].fill(true);
            }
        }
    }
    out
}

/// Whether the figure follows a gapped clause's subject that is a common noun: ", the
/// state $9.7 million", "and the authority $6.4 million" after an earlier figure of the
/// sentence, with the verb left out.
fn gapped_common_noun(toks: &[Tok<'_>], fig: usize) -> bool {
    let word = |k: usize| word_at(toks, k);
    let (Some(noun), Some(det)) = (
        fig.checked_sub(1).and_then(word),
        fig.checked_sub(2).and_then(word),
    ) else {
        return false;
    };
    let joined = fig.checked_sub(3).is_some_and(|k| {
        matches!(toks[k], Tok::Punct(',')) || matches!(toks[k], Tok::Word { text: "and", .. })
    });
    let figure_before = toks[..fig.saturating_sub(3)]
        .iter()
        .any(|t| matches!(t, Tok::Other(_)));
    joined
        && figure_before
        && matches!(det, "the" | "its" | "their")
        && noun.chars().all(char::is_lowercase)
        && is_content_word(noun)
}

/// "…, with the Ridgeline wind farm right behind at about 30%": a clause that opens with
/// "with" and a name, and ends with "at" and the figure, gives the figure to that name,
/// whatever few words stand between ("with Korea at 30,600" is `name_at`'s already).
fn with_name_at(toks: &[Tok<'_>], runs: &[Run], clause_start: usize, fig: usize) -> Option<String> {
    let word = |k: usize| word_at(toks, k);
    // "at about 30%": the hedge stands between "at" and the figure
    let mut at = fig.checked_sub(1)?;
    while word(at).is_some_and(|w| HEDGE_WORDS.contains(&w)) {
        at = at.checked_sub(1)?;
    }
    if word(at) != Some("at") || word(clause_start) != Some("with") {
        return None;
    }
    let mut first = clause_start + 1;
    if word(first).is_some_and(|w| matches!(w, "the" | "its" | "their")) {
        first += 1;
    }
    let run = runs.iter().find(|r| r.first == first && r.last < at)?;
    (at - run.last <= WITH_AT_GAP
        && toks[run.last + 1..at]
            .iter()
            .all(|t| matches!(t, Tok::Word { text, .. } if text.chars().all(char::is_lowercase))))
    .then(|| run.name.clone())
}

/// Words of a hedge that may stand between "at" and its figure ("at about 30%").
const HEDGE_WORDS: &[&str] = &[
    "about", "around", "roughly", "nearly", "almost", "some", "just",
];

/// How many tokens after a "with" clause's name its "at" may stand ("wind farm right
/// behind").
const WITH_AT_GAP: usize = 6;

/// The subject of a sentence that leans on an earlier one for it ([`refers_back`]).
fn referred_subject(
    reader: &Reader<'_>,
    toks: &[Tok<'_>],
    earlier: &[Range<usize>],
) -> Vec<String> {
    let text = reader.text;
    // "Its rate of increase…", "Launched in December 2020, the lab…": the subject of the
    // nearest earlier sentence that has one. Not across a heading: a section starts
    // afresh ("Financial results" is no one's subject).
    // "The contract raises wages 7%": the nearest earlier sentence that introduces a
    // contract is the one it refers to, and its subject this one's, even if none ("The
    // nurses voted to ratify a contract"); another sentence's subject in between is not.
    let section = || earlier.iter().take_while(|p| !is_heading(text, p));
    // "The tower will add 144 beds": the name ending with the noun a few sentences back
    // ("the $465 million East Tower") is what it names.
    let named = definite_head(toks).and_then(|noun| {
        section()
            .take(ANTECEDENT_REACH)
            .find_map(|p| named_by(reader, p.clone(), noun))
    });
    let antecedent = definite_head(toks).and_then(|noun| {
        section()
            .take(ANTECEDENT_REACH)
            .find(|p| introduces(text, p, noun))
    });
    if let Some(names) = named {
        return names;
    }
    match antecedent {
        Some(p) => previous_subject(reader, head(text, p.clone())),
        // "The county's health department is doing its part too. It gave 285,000 doses":
        // a sentence whose subject is a noun phrase of its own, no name, is what "It"
        // refers to; a name further back is not.
        None => section()
            .find_map(|p| {
                let p = head(text, p.clone());
                let names = previous_subject(reader, p.clone());
                if !names.is_empty() {
                    Some(names)
                } else {
                    opens_with_the(&tokenize(text, p, &[], 0..0)).then(Vec::new)
                }
            })
            .unwrap_or_default(),
    }
}
