//! A count of names: "Two friends, Steve and Carly, …" (the claim's `counting Steve
//! Carly`). No source states the count; the draft lists what it counts. It holds when the
//! list holds that many names and the sources name each of them.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;

/// The explanation of a count its names bear out, or `None` when the claim counts no
/// names, is not a plain count of them, or a name is not in the sources. A failed search
/// finds nothing, so it never supports a count.
pub(crate) fn counted_names(corpus: &dyn Sources, claim: &Claim) -> Option<String> {
    let items = &claim.counted;
    if items.is_empty()
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        || !claim.accepts(items.len() as f64)
    {
        return None;
    }
    if !items.iter().all(|item| named_in_sources(corpus, item)) {
        return None;
    }
    Some(format!(
        "counts the {} names listed after it ({}), each named in the sources",
        items.len(),
        items.join(", ")
    ))
}

/// Whether some source sentence contains `name`, as a whole word or words.
fn named_in_sources(corpus: &dyn Sources, name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return false;
    }
    let lower = name.to_lowercase();
    corpus
        .search_passages(&words, 20)
        .unwrap_or_default()
        .iter()
        .any(|p| contains_word(&p.text.to_lowercase(), &lower))
}

/// Whether `needle` occurs in `haystack` with no letter or digit touching either end.
fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, m)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(contains_word("steve: hi carly!", "carly"));
        assert!(contains_word(
            "processautomation+ saves time",
            "processautomation+"
        ));
        assert!(!contains_word("stevenson said", "steve"));
        assert!(!contains_word("mcarly", "carly"));
    }
}
