//! A count of months a source spans in words: "the last six months of 2025" for a log of
//! "July to December 2025", "four months" for a season "November through February". A
//! writer counts the months of a range; no source states the count, and the months
//! themselves are no figures. The range must stand in a sentence that shares a word with
//! the claim other than the unit ("door counter log" for "the door counter log for the
//! last six months"), and span exactly the claim's count, both ends counted.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::{Kind, month_word, stem};

use crate::evidence::unit_stem;

/// How many passages are read for a range of months.
const PASSAGES: usize = 20;

/// The words that join the two ends of a range of months.
const THROUGH: &[&str] = &["to", "through", "thru", "until", "till", "-", "–"];

/// How a claim of some months is borne out by a range of months a source writes, or
/// `None`. A failed search finds nothing, so it never supports a claim.
pub(crate) fn months_spanned(corpus: &dyn Sources, claim: &Claim) -> Option<String> {
    let q = &claim.quantity;
    if q.kind != Kind::Number
        || unit_stem(q).as_deref() != Some("month")
        || q.per.is_some()
        || q.hedge.is_some()
        || q.value.fract() != 0.0
        || !(2.0..=12.0).contains(&q.value)
        || claim.comparison != Comparison::Eq
    {
        return None;
    }
    let words = claim.words();
    let stems: Vec<String> = words
        .iter()
        .map(|w| stem(w))
        .filter(|s| s != "month" && month_word(s).is_none())
        .collect();
    if stems.is_empty() {
        return None;
    }
    let passages = corpus.search_passages(&words, PASSAGES).unwrap_or_default();
    passages.iter().find_map(|p| {
        let tokens = tokens(&p.text);
        if !tokens
            .iter()
            .any(|t| stems.contains(&stem(&t.to_lowercase())))
        {
            return None;
        }
        ranges(&tokens)
            .into_iter()
            .find(|r| f64::from((r.last + 12 - r.first) % 12 + 1) == q.value)
            .map(|r| {
                format!(
                    "counts the months from {} to {} ({}:{})",
                    r.written.0, r.written.1, p.source, p.line
                )
            })
    })
}

/// A passage's words and dashes, punctuation trimmed.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .flat_map(|w| {
            // "July–December": the dash between two words is a word of its own
            let w = w.trim_matches(|c: char| matches!(c, '.' | ';' | ':' | '"' | '*'));
            match w.find(['–', '-']) {
                Some(at) if at > 0 && month_word(&w[..at]).is_some() => {
                    let dash = w[at..].chars().next().map_or(1, char::len_utf8);
                    vec![&w[..at], &w[at..at + dash], &w[at + dash..]]
                }
                _ => vec![w],
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A range of months as written: its two ends, 1 to 12, and their words.
struct Range<'t> {
    first: u32,
    last: u32,
    written: (&'t str, &'t str),
}

/// The ranges of months written in `tokens`: a month, a day or a year after it at most,
/// a word of "through", and a month.
fn ranges<'t>(tokens: &[&'t str]) -> Vec<Range<'t>> {
    let month = |t: &str| {
        t.starts_with(|c: char| c.is_uppercase())
            .then(|| month_word(t))
            .flatten()
    };
    let number = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(first) = month(t) else { continue };
        let mut j = i + 1;
        while j < tokens.len() && j <= i + 2 && number(tokens[j]) {
            j += 1;
        }
        let joined = tokens
            .get(j)
            .is_some_and(|w| THROUGH.contains(&w.to_lowercase().as_str()));
        if let Some(end) = tokens.get(j + 1).filter(|_| joined)
            && let Some(last) = month(end)
            && last != first
        {
            out.push(Range {
                first,
                last,
                written: (t, end),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::corpus_of as corpus;
    use figcheck_claims::parse;

    #[test]
    fn a_range_of_months_counts_both_ends() {
        let c = corpus("Larch Street Market - door counter log, July to December 2025\n");
        let claim = parse("door counter log = 6 months").expect("claim parses");
        let said = months_spanned(&c, &claim).expect("July to December is six months");
        assert!(said.contains("July to December"), "{said}");
        let c = corpus("Plowing season totals, November 2025 through February 2026\n");
        let claim = parse("plowing season = 4 months").expect("claim parses");
        assert!(months_spanned(&c, &claim).is_some());
    }

    #[test]
    fn another_count_or_another_subject_is_not_borne_out() {
        let c = corpus("Larch Street Market - door counter log, July to December 2025\n");
        for text in [
            "door counter log = 5 months",
            "door counter log ~ 6 months",
            "parking garage = 6 months",
            "door counter log = 6 weeks",
        ] {
            let claim = parse(text).expect("claim parses");
            assert_eq!(months_spanned(&c, &claim), None, "{text}");
        }
    }
}
