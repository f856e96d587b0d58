//! The sentence as tokens: words, figures and punctuation, and which words are names.

use super::*;

#[derive(Debug)]
pub(super) enum Tok<'t> {
    Word {
        text: &'t str,
        possessive: bool,
        /// The possessive is written with the apostrophe alone after the word's "s"
        /// ("Brightline Roadworks' $2,940,000"): it counts only where a comparison asks
        /// whose a figure is, as a closing quote may look the same.
        bare_apostrophe: bool,
    },
    /// Where the figure under study stands.
    Figure,
    /// Another figure in the sentence, as written.
    Other(&'t str),
    /// Clause punctuation: , ; : — – ( )
    Punct(char),
}

/// The text of token `k`, if that token is a word.
pub(super) fn word_at<'t>(toks: &[Tok<'t>], k: usize) -> Option<&'t str> {
    match toks.get(k) {
        Some(Tok::Word { text, .. }) => Some(*text),
        _ => None,
    }
}

pub(super) fn tokenize<'t>(
    text: &'t str,
    sentence: Range<usize>,
    others: &[Range<usize>],
    target: Range<usize>,
) -> Vec<Tok<'t>> {
    let mut toks = Vec::new();
    let mut next_other = 0;
    let s = &text[sentence.clone()];
    let mut it = s.char_indices().peekable();
    while let Some(&(k, c)) = it.peek() {
        crate::work::step(1);
        let abs = sentence.start + k;
        // Empty spans would never advance the scan: only real figures are skipped over.
        if abs == target.start && target.end > target.start {
            toks.push(Tok::Figure);
            while it
                .peek()
                .is_some_and(|&(k2, _)| sentence.start + k2 < target.end)
            {
                it.next();
            }
            continue;
        }
        // `others` are sorted by start: step past those behind the scan, so the lookup
        // is O(1) amortised rather than a search per character.
        while others.get(next_other).is_some_and(|o| o.start < abs) {
            next_other += 1;
        }
        if let Some(o) = others[next_other..]
            .iter()
            .take_while(|o| o.start == abs)
            .find(|o| o.end > o.start)
        {
            toks.push(Tok::Other(&text[o.start..o.end]));
            while it
                .peek()
                .is_some_and(|&(k2, _)| sentence.start + k2 < o.end)
            {
                it.next();
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = k;
            while let Some(&(k2, c2)) = it.peek() {
                // A joiner never carries a word into a figure: "8-of-18" is the word "of"
                // and the figure 18, not a word "of-18" that hides the figure.
                let next = sentence.start + k2 + c2.len_utf8();
                let figure_next = next == target.start
                    || others
                        .get(others.partition_point(|o| o.start < next))
                        .is_some_and(|o| o.start == next);
                let joins = matches!(c2, '-' | ':' | '&' | '.' | '\'' | '’')
                    && !figure_next
                    && s[k2 + c2.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if c2.is_alphanumeric() || (joins && k2 > k) {
                    end = k2 + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let mut w = &s[k..end];
            // "You'll", "They're", "We'd": a pronoun with a verb, read as the pronoun
            for suffix in [
                "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m",
            ] {
                if let Some(stem) = w.strip_suffix(suffix)
                    && !stem.is_empty()
                {
                    w = stem;
                    break;
                }
            }
            // "Brightline Roadworks' $2,940,000": the apostrophe after a capitalised
            // word's "s" ends the word, with nothing after it but a space or punctuation
            let bare_apostrophe = w.ends_with(['s', 'S'])
                && w.starts_with(char::is_uppercase)
                && it.peek().is_some_and(|&(k2, c2)| {
                    matches!(c2, '\'' | '’')
                        && !s[k2 + c2.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                });
            if bare_apostrophe {
                it.next();
            }
            let mut possessive = false;
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stem) = w.strip_suffix(suffix)
                    && !stem.is_empty()
                {
                    w = stem;
                    // "He's now averaging…": "is", not a possessive.
                    possessive = !lexicon::contracts_is(&stem.to_lowercase());
                    break;
                }
            }
            toks.push(Tok::Word {
                text: w,
                possessive,
                bare_apostrophe,
            });
            continue;
        }
        if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') {
            toks.push(Tok::Punct(c));
        }
        it.next();
    }
    toks
}

pub(super) fn is_namelike(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_uppercase() || (first.is_lowercase() && w.chars().skip(1).any(char::is_uppercase)))
        && !lexicon::is_generic_capitalised(w)
        && lexicon::month(w).is_none()
        && !lexicon::is_weekday(w)
        // "842 GWh": a unit's symbol names nobody
        && !lexicon::unit_abbreviation(w)
}

/// Whether a sentence's first word is a name rather than a capitalised common word.
pub(super) fn initial_is_name(
    words: &HashSet<&str>,
    w: &str,
    possessive: bool,
    next_namelike: bool,
) -> bool {
    if possessive {
        return true;
    }
    // "In Harrow County, …", "Yet Japan …": a function word opening the sentence before a
    // name is not part of it ("The Hague" may be).
    let lower = w.to_lowercase();
    if next_namelike
        && !matches!(lower.as_str(), "the" | "a" | "an")
        && (lexicon::is_stopword(&lower) || lexicon::is_sentence_starter(w))
    {
        return false;
    }
    if next_namelike {
        return true;
    }
    if w.chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return true;
    }
    if lexicon::is_stopword(&lower)
        || lexicon::is_sentence_starter(w)
        || lexicon::is_opening_adjective(w)
        || ["ly", "ing", "ed"].iter().any(|s| lower.ends_with(s))
    {
        return false;
    }
    // A word the text also uses in lower case is a common word.
    !words.contains(lower.as_str())
}

/// Where a token's text starts in `text`, of which it is a slice (every token's text is):
/// a byte offset to compare with a figure's or a quotation mark's.
pub(super) fn place_in(text: &str, token: &str) -> usize {
    (token.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize)
}
