//! A period named by an ordinal: "in the fourth quarter", "the second half", "the third
//! round". The ordinal says which part of a game, a year or a contest the sentence is
//! about, not a rank the sources would state as a figure; a box score heads a column
//! "Fourth quarter points", an earnings release says "third quarter". It holds when a
//! source names the same period; otherwise it is left to the ordinary decision, which
//! contradicts "second quarter" with a source's "third quarter" as before.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::{Format, Kind, PERIOD_NOUNS, stem};

/// How many passages are read for the period's name.
const PASSAGES: usize = 20;

/// The explanation of an ordinal that names a period some source names too ("fourth
/// quarter" against a header "Fourth quarter points"), or `None`. A failed search finds
/// nothing, so it never supports a claim.
pub(crate) fn named_period(corpus: &dyn Sources, claim: &Claim) -> Option<String> {
    if claim.quantity.kind != Kind::Ordinal || claim.comparison != Comparison::Eq {
        return None;
    }
    let value = claim.quantity.value;
    let noun = claim
        .words()
        .into_iter()
        .find(|w| PERIOD_NOUNS.contains(&stem(w).as_str()))?;
    let noun_stem = stem(&noun);
    let written = claim.quantity.render(value).to_lowercase();
    let passages = corpus
        .search_passages(&[written, noun.clone()], PASSAGES)
        .unwrap_or_default();
    let named = passages.iter().find(|p| {
        figcheck_figures::extract(&p.text, Format::Plain)
            .iter()
            .any(|f| {
                f.quantity.kind == Kind::Ordinal
                    && f.quantity.value == value
                    && p.text
                        .get(f.end..)
                        .and_then(|rest| rest.split_whitespace().next())
                        .is_some_and(|next| {
                            let next = next.trim_matches(|c: char| !c.is_alphanumeric());
                            stem(&next.to_lowercase()) == noun_stem
                        })
            })
    })?;
    let place = format!("{}:{}", named.source, named.line);
    Some(format!(
        "names a period ({} {noun}) that {place} names too",
        claim.quantity.render(value)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::corpus_of as corpus;
    use figcheck_claims::parse;

    const LINE_SCORE: &str = "\
| Team | First quarter points | Fourth quarter points |
|---|---|---|
| Hawks | 27 | 37 |
";

    #[test]
    fn a_period_the_sources_name_holds() {
        let c = corpus(LINE_SCORE);
        let claim = parse("Hawks outscored quarter = fourth").expect("claim parses");
        let said = named_period(&c, &claim).expect("the header names the fourth quarter");
        assert!(said.contains("fourth quarter"), "{said}");
    }

    #[test]
    fn another_period_or_another_noun_does_not() {
        let c = corpus(LINE_SCORE);
        for text in [
            "Hawks outscored quarter = third",
            "Hawks team scorer = fourth",
            "Hawks outscored quarter ~ fourth",
        ] {
            let claim = parse(text).expect("claim parses");
            assert_eq!(named_period(&c, &claim), None, "{text}");
        }
    }
}
