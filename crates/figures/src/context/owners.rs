//! Who a figure belongs to: name runs, the subject before or after it, back-references.

use super::*;

pub(super) fn name_runs(reader: &Reader<'_>, toks: &[Tok<'_>]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // A short label ending in a colon opens the sentence ("Growth:", "Dates to remember:")
    // rather than naming anyone.
    let mut k = match toks.iter().position(|t| matches!(t, Tok::Punct(_))) {
        Some(p) if p <= 3 && matches!(toks[p], Tok::Punct(':')) => p + 1,
        _ => 0,
    };

    let first_word = toks[k..]
        .iter()
        .position(|t| matches!(t, Tok::Word { .. }))
        .map(|p| p + k);
    while k < toks.len() {
        let Tok::Word {
            text: w,
            possessive,
            ..
        } = toks[k]
        else {
            k += 1;
            continue;
        };
        let next_namelike =
            matches!(toks.get(k + 1), Some(Tok::Word { text: n, .. }) if is_namelike(n));
        let starts = is_namelike(w)
            && (Some(k) != first_word
                || initial_is_name(&reader.words, w, possessive, next_namelike));
        if !starts {
            k += 1;
            continue;
        }
        let first = k;
        let mut last = k;
        let mut name = w.to_string();
        let mut ended = possessive;
        while !ended {
            match (toks.get(last + 1), toks.get(last + 2)) {
                (
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                    _,
                ) if is_namelike(n)
                    || (lexicon::is_generic_capitalised(n)
                        && n.chars().next().is_some_and(char::is_uppercase)
                        && *n != "The"
                        && *n != "A") =>
                {
                    name.push(' ');
                    name.push_str(n);
                    last += 1;
                    ended = *p;
                }
                (
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                    _,
                ) if n.starts_with(|c: char| c.is_ascii_digit()) => {
                    // "Exaone 4.0", "Mi:dm K 2.5 Pro": numbers inside names
                    name.push(' ');
                    name.push_str(n);
                    last += 1;
                    ended = *p;
                }
                (
                    Some(Tok::Word { text: conn, .. }),
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                ) if matches!(*conn, "of" | "for" | "de" | "&") && is_namelike(n) => {
                    name.push(' ');
                    name.push_str(conn);
                    name.push(' ');
                    name.push_str(n);
                    last += 2;
                    ended = *p;
                }
                _ => break,
            }
        }
        // A trailing generic word is not part of the name ("Korea AI" → "Korea").
        runs.push(Run { name, first, last });
        k = last + 1;
    }
    runs
}

/// The names a sentence opens with, before its first plain word: "LG’s AI Research Lab
/// exemplifies…" → LG, AI Research Lab.
/// A sentence's subject, as a later sentence's "It"/"This model" refers back to it: the
/// names before its first figure (or in all of it), leaving out objects of prepositions.
/// "LG’s latest model, K-EXAONE, now scores 32" → LG, K-EXAONE.
pub(super) fn previous_subject(reader: &Reader<'_>, sentence: Range<usize>) -> Vec<String> {
    // Its figures as figures: "Northgate $69 million" is no name "Northgate 69".
    let figures = reader.figures_within(&sentence);
    let toks = tokenize(reader.text, sentence, &figures, 0..0);
    let runs = name_runs(reader, &toks);
    let in_run = |k: usize| runs.iter().any(|r| r.first <= k && k <= r.last);
    // The first figure at or after token `from`.
    let first_figure = |from: usize| {
        (from..toks.len())
            .find(|&k| {
                !in_run(k)
                    && (matches!(toks[k], Tok::Other(_) | Tok::Figure)
                        || matches!(toks[k], Tok::Word { text, .. } if text.starts_with(|c: char| c.is_ascii_digit())))
            })
            .unwrap_or(toks.len())
    };
    let subject_from = |from: usize| {
        let before = first_figure(from);
        runs.iter()
            .filter(move |r| r.first >= from && r.last < before)
            .filter(|r| !after_preposition(&toks, r.first))
    };
    // "The Kellsburg Ledger reported on May 14 that Brannoch County spent…": the names of
    // the reported clause, not whoever reported it, are what a later sentence goes on
    // about ("The airport gauge caught 71.4 inches" is the county's winter, not the
    // paper's).
    let from = reported_clause(&toks)
        .map(|that| that + 1)
        .filter(|&from| subject_from(from).next().is_some())
        .unwrap_or(0);
    subject_from(from).map(|r| r.name.clone()).collect()
}

/// The token of the "that" a reporting verb opens a clause with, a few words after it:
/// "reported on May 14 that", "said that", "estimates that".
fn reported_clause(toks: &[Tok<'_>]) -> Option<usize> {
    let word = |k: usize| word_at(toks, k);
    let verb = (0..toks.len()).find(|&k| word(k).is_some_and(|w| REPORTING.contains(&w)))?;
    (verb + 1..toks.len().min(verb + 1 + REPORTED_GAP)).find(|&k| word(k) == Some("that"))
}

/// Verbs that say who reported what, not what happened.
const REPORTING: &[&str] = &[
    "reported",
    "reports",
    "said",
    "says",
    "announced",
    "announces",
    "estimated",
    "estimates",
    "found",
    "finds",
    "wrote",
    "writes",
    "noted",
    "notes",
    "told",
];

/// How many tokens after a reporting verb its "that" may stand ("reported on May 14
/// that": a date is one figure token).
const REPORTED_GAP: usize = 5;

/// Whether the word at token `k` follows a preposition (skipping articles).
pub(super) fn after_preposition(toks: &[Tok<'_>], k: usize) -> bool {
    // Walk back over articles and over a list of names ("from LG AI Research, Naver,
    // SK Telecom and NCSoft"): every name in the list is the preposition's object.
    let mut before = None;
    let mut at = 0;
    for (j, t) in toks[..k].iter().enumerate().rev() {
        match t {
            Tok::Word { text, .. } if matches!(*text, "the" | "a" | "an" | "and" | "or") => {}
            Tok::Word { text, .. } if is_namelike(text) => {}
            Tok::Punct(',') => {}
            Tok::Word { text, .. } => {
                before = Some(*text);
                at = j;
                break;
            }
            _ => break,
        }
    }
    // "The Raptors were led by DeMar DeRozan, who …": the agent of "led by" is who the
    // sentence goes on about, not a preposition's object.
    if before == Some("by")
        && at > 0
        && matches!(
            toks[at - 1],
            Tok::Word {
                text: "led" | "paced",
                ..
            }
        )
    {
        return false;
    }
    matches!(
        before,
        Some(
            "on" | "in"
                | "at"
                | "to"
                | "from"
                | "of"
                | "by"
                | "with"
                | "for"
                | "into"
                | "onto"
                | "across"
                | "via"
                | "under"
                | "over"
                | "outside"
                | "inside"
                | "beyond"
                | "within"
                | "without"
                | "among"
                // the base of a comparison: "13 points above Riverside", "more than Japan"
                | "above"
                | "below"
                | "behind"
                | "than"
        )
    )
}

/// Whether a clause opens with a verb's "-ing" form, after adverbs ("also adding",
/// "while still leading"), or with a change and no verb ("though down 9.6%", "while
/// up 4%"): it has no subject of its own.
pub(super) fn elliptical(clause: &[Tok<'_>]) -> bool {
    clause
        .iter()
        .find(|t| {
            !matches!(
                t,
                Tok::Word {
                    text: "also" | "still" | "just" | "then",
                    ..
                }
            )
        })
        .is_some_and(|t| {
            matches!(t, Tok::Word { text, .. }
                if text.len() > 4 && text.ends_with("ing") && text.starts_with(char::is_lowercase))
                || matches!(
                    t,
                    Tok::Word {
                        text: "down" | "up",
                        ..
                    }
                )
        })
}

/// The word before the name starting at token `k`, past any "the": the verb or
/// preposition that governs it.
fn word_before_name<'t>(toks: &[Tok<'t>], k: usize) -> Option<&'t str> {
    match toks[..k]
        .iter()
        .rev()
        .find(|t| !matches!(t, Tok::Word { text: "the", .. }))
    {
        Some(Tok::Word { text, .. }) => Some(text),
        _ => None,
    }
}

/// Whether the name at token `k` is the team a player led: "Enes Kanter paced the
/// Pistons with 21 points" are Kanter's points, not the Pistons'.
pub(super) fn led_team(toks: &[Tok<'_>], k: usize) -> bool {
    matches!(
        word_before_name(toks, k),
        Some("led" | "paced" | "powered" | "carried" | "topped" | "fueled")
    )
}

/// Whether the name starting at token `k` is the object of "for" ("for the Clippers"):
/// who something was done for, not who did it.
pub(super) fn follows_for(toks: &[Tok<'_>], k: usize) -> bool {
    word_before_name(toks, k) == Some("for")
}

/// The first name after the figure in its clause ("1,000 AI experts within LG"), unless
/// a comparison word puts it on the other side ("third after the United States").
pub(super) fn named_after(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Vec<String> {
    // "The largest grant, $9.7 million, goes to Merrow Valley": the clause goes on after
    // a figure set off by commas.
    // "**+38.6%**: Copper Flat, after…": a figure opening its line and a colon is the
    // figure of the label after the colon.
    let labelled = matches!(toks.get(fig + 1), Some(Tok::Punct(':')))
        && !toks[..fig].iter().any(|t| matches!(t, Tok::Word { .. }));
    let from = if restates_a_noun(toks, runs, fig) || labelled {
        fig + 2
    } else {
        fig
    };
    let clause_end = toks[from.min(toks.len())..]
        .iter()
        .position(|t| matches!(t, Tok::Punct(_)))
        .map_or(toks.len(), |p| from + p);
    runs.iter()
        .filter(|r| r.first > fig && r.last < clause_end)
        .take(1)
        .filter(|r| {
            let before = toks[fig + 1..r.first].iter().rev().find_map(|t| match t {
                Tok::Word { text, .. } if *text != "the" => Some(*text),
                _ => None,
            });
            // "842 GWh and Ridgeline 767 GWh": a conjunct with its own figure and the
            // verb left out is another owner's clause.
            let own_figure = matches!(toks.get(r.last + 1), Some(Tok::Other(_) | Tok::Figure));
            if own_figure && matches!(before, Some("and" | "or" | "while" | "whereas" | "but")) {
                return false;
            }
            !matches!(
                before,
                Some(
                    "behind"
                        | "after"
                        | "than"
                        | "of"
                        | "before"
                        | "trailing"
                        | "following"
                        | "like"
                        | "outside"
                        | "over"
                        | "on"
                        | "in"
                        | "across"
                )
            )
        })
        .map(|r| r.name.clone())
        .collect()
}

/// Whether a figure set off by commas restates the common noun before it: "The largest
/// grant, $9.7 million, goes to…". Not after a name: "Mendes, 51, a nurse at Northgate"
/// gives her age.
pub(super) fn restates_a_noun(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> bool {
    let comma = |k: usize| matches!(toks.get(k), Some(Tok::Punct(',')));
    fig >= 2
        && comma(fig - 1)
        && comma(fig + 1)
        && matches!(toks[fig - 2], Tok::Word { .. })
        && !runs.iter().any(|r| r.first <= fig - 2 && fig - 2 <= r.last)
}

/// Whether a sentence leans on an earlier one for its subject: it opens with a pronoun
/// or determiner ("It", "This model", "The lab") or a participle ("Launched in…").
/// A list item or a labelled line ("Density: 1,012 robots…") does not.
pub(super) fn refers_back(toks: &[Tok<'_>]) -> bool {
    let first = toks.iter().position(|t| matches!(t, Tok::Word { .. }));
    // "The state's $9.7 million grant…": a possessor names the subject anew.
    if let Some(k) = first
        && matches!(toks[k], Tok::Word { text: "The", .. })
        && matches!(
            toks.get(k + 1),
            Some(Tok::Word {
                possessive: true,
                ..
            })
        )
    {
        return false;
    }
    match first.map(|k| (k, &toks[k])) {
        Some((k, Tok::Word { text, .. })) => {
            starts_with_pronoun(toks)
                || (text.chars().next().is_some_and(char::is_uppercase)
                    && (text.ends_with("ed") || text.ends_with("ing"))
                    && opens_a_phrase(toks.get(k + 1)))
        }
        _ => false,
    }
}

/// Whether the token after a sentence's first word makes that word a participle opening a
/// phrase ("Launched in December", "Founded 1911", "Using Naver's model") rather than an
/// adjective of the subject ("Operating revenue rose…", "Rising costs…").
fn opens_a_phrase(next: Option<&Tok<'_>>) -> bool {
    match next {
        Some(Tok::Word { text, .. }) => {
            text.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *text,
                    "in" | "on"
                        | "at"
                        | "by"
                        | "with"
                        | "from"
                        | "for"
                        | "to"
                        | "into"
                        | "as"
                        | "after"
                        | "over"
                        | "under"
                        | "about"
                        | "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "this"
                        | "that"
                        | "last"
                        | "more"
                        | "nearly"
                        | "only"
                        | "just"
                        | "also"
                )
        }
        None => false,
        // A figure or a comma: "Founded 1911,", "Ranked 3rd", "Asked, …".
        Some(_) => true,
    }
}

/// Whether a sentence (or a clause, given its tokens) opens with the definite article:
/// "The plant at Coyle Creek …", "…, while the plant at Coyle Creek …".
pub(super) fn opens_with_the(toks: &[Tok<'_>]) -> bool {
    matches!(
        toks.iter().find(|t| matches!(t, Tok::Word { .. })),
        Some(Tok::Word {
            text: "The" | "the",
            ..
        })
    )
}

/// Whether a clause's words before its figure end with the measure of a comparison's
/// other side: "above the statewide share of", "below the national rate of". The
/// comparison word must not stand right before the figure, where it is a bound ("above
/// 40%"), and nothing but words may stand between.
pub(super) fn base_of_a_comparison(before: &[Tok<'_>]) -> bool {
    let words: Vec<&str> = before
        .iter()
        .rev()
        .take_while(|t| matches!(t, Tok::Word { .. }))
        .filter_map(|t| match t {
            Tok::Word { text, .. } => Some(*text),
            _ => None,
        })
        .take(COMPARED_BASE_WORDS)
        .collect();
    words.first() == Some(&"of")
        && words[1..]
            .iter()
            .any(|w| matches!(*w, "above" | "below" | "than" | "behind"))
}

/// How many words before a figure a comparison word may stand and still set up its
/// other side: "above the statewide share of".
const COMPARED_BASE_WORDS: usize = 6;

/// The speaker of a sentence that opens with a quotation holding the figure: the first
/// name after the closing quotation mark, when a verb of saying stands before or right
/// after it ("…," said union president Carla Mendes; "…," Mendes said).
pub(super) fn quoted_speaker(
    text: &str,
    sentence: &Range<usize>,
    target: &Range<usize>,
    toks: &[Tok<'_>],
    runs: &[Run],
) -> Option<String> {
    let s = text.get(sentence.clone())?;
    let lead = s.len() - s.trim_start().len();
    if !s[lead..].starts_with(['"', '\u{201c}']) {
        return None;
    }
    let from = target.end.checked_sub(sentence.start)?;
    let close = sentence.start + from + s.get(from..)?.find(['"', '\u{201d}'])?;
    let at = |w: &str| place_in(text, w);
    let word_at = |k: usize| match toks.get(k) {
        Some(Tok::Word { text, .. }) => Some(*text),
        _ => None,
    };
    let saying = |w: Option<&str>| matches!(w, Some("said" | "says" | "told" | "added"));
    let run = runs
        .iter()
        .find(|r| word_at(r.first).is_some_and(|w| at(w) > close))?;
    let said_after = saying(word_at(run.last + 1));
    let said_before = (0..run.first)
        .rev()
        .filter_map(word_at)
        .take_while(|w| at(w) > close)
        .any(|w| saying(Some(w)));
    (said_before || said_after).then(|| run.name.clone())
}

/// Whether a clause opens with a bare noun that a preposition qualifies: "Output at the
/// Harlow Creek plant fell 9.6%", "sales in Japan rose". The names in that phrase are
/// what the clause is about, as after "The".
pub(super) fn opens_with_a_qualified_noun(toks: &[Tok<'_>]) -> bool {
    let [
        Tok::Word { text: noun, .. },
        Tok::Word {
            text: "at" | "of" | "in" | "from" | "for" | "on",
            ..
        },
        ..,
    ] = toks
    else {
        return false;
    };
    // pronouns and the like are stopwords, not content words
    is_content_word(&noun.to_lowercase())
}

pub(super) fn starts_with_pronoun(toks: &[Tok<'_>]) -> bool {
    let mut words = toks.iter().filter(|t| matches!(t, Tok::Word { .. }));
    let first = words.next();
    // "Yet it is the most punctual airline": a connective before the pronoun.
    if let Some(Tok::Word { text, .. }) = first
        && matches!(
            *text,
            "Yet" | "But" | "And" | "Still" | "So" | "Now" | "Meanwhile" | "However" | "Even"
        )
        && matches!(
            words.next(),
            Some(Tok::Word {
                text: "it"
                    | "its"
                    | "this"
                    | "these"
                    | "they"
                    | "their"
                    | "he"
                    | "she"
                    | "his"
                    | "her",
                ..
            })
        )
    {
        return true;
    }
    matches!(
        first,
        Some(Tok::Word {
            text: "It"
                | "Its"
                | "This"
                | "These"
                | "They"
                | "Their"
                | "That"
                | "The"
                | "He"
                | "She"
                | "His"
                | "Her",
            ..
        })
    )
}

/// How far a question's words count from the figure in its answer: near enough to
/// say what is measured, farther than the answer's own words.
pub(super) const QUESTION_DISTANCE: u16 = 4;

pub(super) fn is_content_word(lw: &str) -> bool {
    !(lexicon::is_stopword(lw)
        || lexicon::small_number(lw).is_some()
        || lexicon::ordinal_word(lw).is_some()
        || is_hedge_word(lw)
        // "on Tuesday": when, not what
        || lexicon::is_weekday(lw)
        || lw.chars().all(|c| !c.is_alphabetic())
        || matches!(
            lw,
            "how" | "many" | "much" | "what" | "when" | "which" | "does" | "did"
        ))
}

/// Whether the figure opens a clause of its own after ", and" or ", but", as that clause's
/// subject: "Police recorded 389 crashes …, and three riders died", "…, but 3 were
/// fatal". The first clause's subject is not the figure's owner.
pub(super) fn subject_of_a_joined_clause(toks: &[Tok<'_>], fig: usize) -> bool {
    let word = |k: usize| word_at(toks, k);
    let joined = fig
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| matches!(w, "and" | "but"))
        && fig
            .checked_sub(2)
            .is_some_and(|k| matches!(toks[k], Tok::Punct(',')));
    // its verb right after it, or after the noun it counts
    let verb = |w: &str| {
        matches!(
            w,
            "died"
                | "were"
                | "was"
                | "are"
                | "is"
                | "had"
                | "have"
                | "fell"
                | "rose"
                | "won"
                | "lost"
                | "left"
                | "came"
                | "went"
        ) || (w.len() > 4 && w.ends_with("ed"))
    };
    let verb_follows = word(fig + 1).is_some_and(verb)
        || (word(fig + 1).is_some_and(|n| n.starts_with(char::is_lowercase))
            && word(fig + 2).is_some_and(verb));
    joined && verb_follows
}

/// The owner named right after a figure: "50 for the United States", "the 40 of China",
/// "1,000 AI experts within LG" — the figure, up to three words of what it counts, a
/// preposition of belonging, and a name.
pub(super) fn owner_after(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Vec<String> {
    // "The $465 million East Tower", "its 520-bed Northgate Medical Center": a figure
    // between a determiner and a name describes that name.
    let determined = fig.checked_sub(1).is_some_and(|d| {
        matches!(
            toks[d],
            Tok::Word {
                text: "The" | "the" | "a" | "an" | "its" | "Its" | "their" | "his" | "her",
                ..
            } | Tok::Word {
                possessive: true,
                ..
            }
        )
    });
    if determined && let Some(r) = runs.iter().find(|r| r.first == fig + 1) {
        return vec![r.name.clone()];
    }
    let mut k = fig + 1;
    let mut skipped = 0;
    while let Some(Tok::Word { text, .. }) = toks.get(k) {
        // "funded 75% by the FAA": the agent named right after a share is whose it is.
        let agent = *text == "by" && skipped == 0;
        if agent || matches!(*text, "for" | "of" | "within" | "at" | "from") {
            // "more than 40% of Northgate's patient revenue": a possessive names whose
            // measure it is, not whose share; the sentence's subject owns that.
            return run_after_the(toks, runs, k + 1)
                .filter(|r| {
                    !(*text == "of"
                        && matches!(
                            toks[r.last],
                            Tok::Word {
                                possessive: true,
                                ..
                            }
                        ))
                })
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default();
        }
        if skipped == 3 || is_namelike(text) {
            break;
        }
        skipped += 1;
        k += 1;
    }
    agent_after(toks, runs, fig)
}

/// The name run that starts at token `k`, or after "the" there ("by the FAA").
pub(super) fn run_after_the<'r>(toks: &[Tok<'_>], runs: &'r [Run], k: usize) -> Option<&'r Run> {
    let mut j = k;
    while matches!(toks.get(j), Some(Tok::Word { text: "the", .. })) {
        j += 1;
    }
    runs.iter().find(|r| r.first == j)
}

/// How many tokens after a figure the participle of [`agent_after`] may stand: a noun
/// phrase of a few words, a list of them included ("236 ramp, baggage and cabin-cleaning
/// workers").
const AGENT_REACH: usize = 10;

/// The agent of a participle describing what the figure counts: "236 workers employed by
/// Skyport Services", "1,200 flights operated by Summit Airlines". Whose workers or
/// flights they are, whatever the sentence's subject ("The new route comes as …").
fn agent_after(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Vec<String> {
    let participle = |w: &str| {
        (w.len() > 4 && w.ends_with("ed"))
            || matches!(
                w,
                "run" | "held" | "owned" | "built" | "made" | "paid" | "led" | "won"
            )
    };
    let end = (fig + 1 + AGENT_REACH).min(toks.len());
    for k in fig + 1..end {
        match toks[k] {
            Tok::Word { text: "by", .. } => {
                // The participle right after the noun it describes, not after a comma:
                // "scores between 21 and 24, led by Naver's model" is the subject led.
                let after_participle = k > fig + 2
                    && matches!(toks[k - 1], Tok::Word { text, .. } if participle(text))
                    && matches!(toks[k - 2], Tok::Word { text, .. } if !matches!(text, "and" | "or"));
                if !after_participle {
                    return Vec::new();
                }
                return run_after_the(toks, runs, k + 1)
                    .map(|r| vec![r.name.clone()])
                    .unwrap_or_default();
            }
            Tok::Word { text, .. } if !is_namelike(text) => {}
            Tok::Punct(',') => {}
            _ => return Vec::new(),
        }
    }
    Vec::new()
}

pub(super) fn is_hedge_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "under"
            | "more"
            | "less"
            | "fewer"
            | "than"
            | "least"
            | "most"
            | "up"
            | "just"
            | "estimated"
            | "an"
            | "at"
    )
}
