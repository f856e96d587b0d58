//! The sentence a definite noun refers back to: "The contract raises wages 7%" after "…
//! to ratify a three-year contract".

use super::*;

/// The noun after a sentence's opening "The", when it is a common noun: "contract" in
/// "The contract raises wages 7%". A back-reference by that noun refers to the sentence
/// that named it.
pub(super) fn definite_head<'t>(toks: &[Tok<'t>]) -> Option<&'t str> {
    let mut words = toks.iter().filter_map(|t| match t {
        Tok::Word { text, .. } => Some(*text),
        _ => None,
    });
    let (Some("The"), Some(noun)) = (words.next(), words.next()) else {
        return None;
    };
    (noun.chars().count() >= 3 && noun.chars().all(|c| c.is_lowercase())).then_some(noun)
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
