//! The sentence a definite noun refers back to: "The contract raises wages 7%" after "…
//! to ratify a three-year contract".

use super::*;

/// The noun of a sentence's definite subject, when it is a common noun: "contract" in
/// "The contract raises wages 7%", and "campaign" in "During a quiet phase that began in
/// 2025, the campaign raised $36.2 million", a subject after an opening phrase. A
/// back-reference by that noun refers to the sentence that named it.
pub(super) fn definite_head<'t>(toks: &[Tok<'t>]) -> Option<&'t str> {
    let word = |t: &Tok<'t>| match t {
        Tok::Word { text, .. } => Some(*text),
        _ => None,
    };
    let common = |noun: &str| noun.chars().count() >= 3 && noun.chars().all(|c| c.is_lowercase());
    let mut words = toks.iter().filter_map(word);
    if let (Some("The"), Some(noun)) = (words.next(), words.next()) {
        return common(noun).then_some(noun);
    }
    // The opening phrase ends at its comma, and the main clause opens with "the" and its
    // noun, not a possessor ("…, the county's share").
    let comma = toks.iter().position(|t| matches!(t, Tok::Punct(',')))?;
    match (toks.get(comma + 1), toks.get(comma + 2)) {
        (
            Some(Tok::Word { text: "the", .. }),
            Some(Tok::Word {
                text: noun,
                possessive: false,
                ..
            }),
        ) if common(noun) => Some(*noun),
        _ => None,
    }
}

/// How many earlier sentences are searched for the one a definite noun refers back to.
pub(super) const ANTECEDENT_REACH: usize = 8;

/// Whether the sentence at `sentence` introduces `noun` with an indefinite article a few
/// words before it ("to ratify a three-year contract"), in the singular or the plural:
/// the introduction that a later "The contract" refers back to.
pub(super) fn introduces(text: &str, sentence: &Range<usize>, noun: &str) -> bool {
    let Some(s) = text.get(sentence.clone()) else {
        return false;
    };
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let w = w
            .strip_suffix('s')
            .filter(|_| !noun.ends_with('s'))
            .unwrap_or(w);
        w.eq_ignore_ascii_case(noun)
            && words[k.saturating_sub(INTRODUCTION_WORDS)..k]
                .iter()
                .any(|a| a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an"))
    })
}

/// How many words before a noun its indefinite article may stand ("a new three-year
/// contract").
const INTRODUCTION_WORDS: usize = 3;

/// The name in `sentence` whose last word is `noun` ("the $465 million East Tower" for a
/// later "The tower"), or that a phrase set off after it calls a `noun` ("Encore
/// Halverton, a $48 million capital campaign" for a later "the campaign"), the first if
/// several: what a definite noun refers back to. With the name that owns it, written
/// right before it: "LG's AI Research Lab" for "the lab" is LG's too.
pub(super) fn named_by(
    reader: &Reader<'_>,
    sentence: Range<usize>,
    noun: &str,
) -> Option<Vec<String>> {
    let figures = reader.figures_within(&sentence);
    let toks = tokenize(reader.text, sentence, &figures, 0..0);
    let runs = name_runs(reader, &toks);
    let at = runs.iter().position(|r| {
        r.name.contains(' ')
            && r.name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(noun))
            || apposed_noun(&toks, r.last).is_some_and(|(_, n)| n == noun)
    })?;
    // "LG’s AI Research Lab": capitalised words may stand between the two.
    let owner = at.checked_sub(1).map(|k| &runs[k]).filter(|o| {
        matches!(
            toks[o.last],
            Tok::Word {
                possessive: true,
                ..
            }
        ) && toks[o.last + 1..runs[at].first]
            .iter()
            .all(|t| matches!(t, Tok::Word { text, .. } if text.starts_with(char::is_uppercase)))
    });
    Some(
        owner
            .into_iter()
            .chain(std::iter::once(&runs[at]))
            .map(|r| r.name.clone())
            .collect(),
    )
}

/// The noun that an appositive right after the token `last` calls what ends there, with
/// its token: "a $48 million capital campaign" after "Encore Halverton,". Only a phrase of
/// lower-case words and figures, to its end: the noun is what it names.
pub(super) fn apposed_noun<'t>(toks: &[Tok<'t>], last: usize) -> Option<(usize, &'t str)> {
    let (
        Some(Tok::Punct(',')),
        Some(Tok::Word {
            text: "a" | "an", ..
        }),
    ) = (toks.get(last + 1), toks.get(last + 2))
    else {
        return None;
    };
    let start = last + 3;
    let phrase: Vec<&Tok<'t>> = toks[start.min(toks.len())..]
        .iter()
        .take_while(|t| {
            matches!(t, Tok::Other(_) | Tok::Figure)
                || matches!(t, Tok::Word { text, possessive: false, .. }
                    if text.chars().all(|c| c.is_lowercase() || c == '-'))
        })
        .take(APPOSITIVE_WORDS + 1)
        .collect();
    // The noun ends the phrase, or comes before a word that starts a clause of its own.
    phrase.iter().enumerate().find_map(|(k, t)| match t {
        Tok::Word { text, .. }
            if k + 1 == phrase.len()
                || matches!(
                    phrase[k + 1],
                    Tok::Word {
                        text: "to" | "that" | "which" | "for" | "of" | "in" | "with",
                        ..
                    }
                ) =>
        {
            Some((start + k, *text))
        }
        _ => None,
    })
}

/// How many words and figures an appositive may hold before its noun ("a $48 million
/// capital campaign").
const APPOSITIVE_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use crate::context::anchors_of as anchors;

    #[test]
    fn a_subject_after_an_opening_phrase_refers_to_the_name_an_appositive_gave_it() {
        // Written for this test.
        let t = "The Halverton Symphony Orchestra today opened Encore Halverton, a $48 million \
                 capital campaign to renovate its hall. During a quiet phase that began in \
                 2025, the campaign raised $36.2 million.";
        assert_eq!(anchors(t, "$36.2 million"), vec!["Encore Halverton"]);
        // at the sentence's start too
        let t = "The orchestra opened Encore Halverton, a capital campaign, on Monday. \
                 Launched with a gala, the campaign raised $36.2 million.";
        assert_eq!(anchors(t, "$36.2 million"), vec!["Encore Halverton"]);
        // a noun the appositive does not end with names nothing: the earlier subject
        let t = "The Halverton Symphony Orchestra today opened Encore Halverton, a $48 million \
                 capital campaign. During a quiet phase, the orchestra raised $36.2 million.";
        assert_eq!(
            anchors(t, "$36.2 million"),
            vec!["Halverton Symphony Orchestra"]
        );
    }

    #[test]
    fn a_name_ending_with_the_noun_keeps_the_name_that_owns_it() {
        // Written for this test.
        let t = "Corwin’s Delta Research Lab leads the group. Launched in December 2020, the lab \
                 serves every affiliate.";
        assert_eq!(
            anchors(t, "December 2020"),
            vec!["Corwin", "Delta Research Lab"]
        );
        // and no one else's
        let t = "The system will need 260 more nurses when the $465 million East Tower opens. \
                 Opening in 2027, the tower will add 144 beds.";
        assert_eq!(anchors(t, "144"), vec!["East Tower"]);
    }

    #[test]
    fn a_later_sentence_is_about_what_was_reported_not_who_reported_it() {
        // Written for this test.
        let t = "The Kellsburg Ledger reported on May 14 that Brannoch County spent $10.54 \
                 million on snow. The airport gauge caught 71.4 inches.";
        assert_eq!(anchors(t, "71.4"), vec!["Brannoch County"]);
        // without a reported clause, the subject as before
        let t = "The Kellsburg Ledger covered the winter. It counted 26 storms.";
        assert_eq!(anchors(t, "26"), vec!["Kellsburg Ledger"]);
    }
}
