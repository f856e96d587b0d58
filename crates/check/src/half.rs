//! A half's score worked out from its quarters: "out-scoring the Heat 64-52 in the first
//! half". No box score states a half; its line score gives each team's points by quarter,
//! and the first half is the first two, the second half the last two. The owner's row,
//! its quarter columns, and the half the claim names decide it.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{SourceFigure, Sources};
use figcheck_figures::{Kind, stem};

use crate::rank::owner_row;
use crate::verdict::Worked;

/// The owner's score over the half a claim names ("first half", "second half"), from the
/// quarter columns of its row; `None` when the claim names no half, is no plain count, or
/// no table gives the owner a row with both of the half's quarters. A failed search finds
/// nothing.
pub(crate) fn half_in_table(corpus: &dyn Sources, claim: &Claim) -> Option<Worked> {
    if claim.quantity.kind != Kind::Number || claim.comparison != Comparison::Eq {
        return None;
    }
    let words = claim.words();
    // the half's, not a quarter's or the final minutes' named in the same sentence
    let narrower = words.iter().any(|w| {
        matches!(stem(w).as_str(), "quarter" | "minut")
            || (figcheck_figures::is_period_term(w) && !w.ends_with("-half"))
    });
    // "the Timberwolves (12-26) were able to pull away in the second half": a record
    let record = words.iter().any(|w| w == figcheck_figures::RECORD);
    if !is_a_score(&words) || narrower || record {
        return None;
    }
    let (half, quarters) = match (
        words.iter().any(|w| w == "first-half"),
        words.iter().any(|w| w == "second-half"),
    ) {
        (true, false) => ("first", ["first", "second"]),
        (false, true) => ("second", ["third", "fourth"]),
        _ => return None,
    };
    let row = owner_row(corpus, claim)?;
    let quarter = |ordinal: &str| {
        let named = format!("{ordinal}-quarter");
        row.iter().find(|f| counts_points_of(f, &named))
    };
    let (a, b) = (quarter(quarters[0])?, quarter(quarters[1])?);
    let total = a.quantity.value + b.quantity.value;
    let owner = a.context.anchors.first().map_or("", String::as_str);
    let said = format!(
        "{owner}'s {half} half is {} + {} = {} (its {} and {} quarters in {}:{})",
        a.text, b.text, total, quarters[0], quarters[1], a.source, a.line
    );
    // the first of the half's two quarter cells is the one pointed at
    Some(Worked {
        value: total,
        cell: a.clone(),
        said,
    })
}

/// Whether a claim's words make it a score ("outscored", "points", "margin"), not a
/// record in brackets or a lead.
pub(crate) fn is_a_score(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| w.contains("scor") || matches!(stem(w).as_str(), "point" | "margin"))
}

/// Whether a cell's header counts the points of one period ("fourth-quarter", as
/// `is_period_term` writes it) and nothing else: "Fourth quarter points".
pub(crate) fn counts_points_of(cell: &SourceFigure, period: &str) -> bool {
    let Some((ordinal, noun)) = period.split_once('-') else {
        return false;
    };
    let header = || cell.context.terms.iter().map(|t| t.word.as_str());
    cell.context.cell
        && header().any(|w| w == period)
        && header().all(|w| {
            w == period || w == ordinal || w == noun || stem(w) == stem(noun) || stem(w) == "point"
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::parse;
    use figcheck_corpus::{Corpus, SourceDoc};

    const LINE_SCORE: &str = "\
| Team | First quarter points | Second quarter points | Third quarter points | Fourth quarter points | Total points |
|---|---|---|---|---|---|
| Raptors | 27 | 23 | 31 | 27 | 108 |
| Heat | 25 | 30 | 22 | 17 | 94 |
";

    fn corpus() -> Corpus {
        Corpus::from_docs(vec![SourceDoc {
            path: "corpus/game.md".into(),
            text: LINE_SCORE.into(),
        }])
        .expect("the test corpus indexes")
    }

    fn total(claim: &str) -> Option<f64> {
        let claim = parse(claim).expect("claim parses");
        half_in_table(&corpus(), &claim).map(|h| h.value)
    }

    #[test]
    fn a_half_is_the_sum_of_its_two_quarters() {
        assert_eq!(total("Raptors outscored first-half = 64"), Some(50.0));
        assert_eq!(total("Heat out-scoring first-half = 52"), Some(55.0));
        assert_eq!(total("Heat second-half points = 38"), Some(39.0));
        let claim = parse("Raptors scored second-half = 58").expect("claim parses");
        let said = half_in_table(&corpus(), &claim).expect("a half").said;
        assert!(said.contains("31 + 27 = 58"), "{said}");
    }

    #[test]
    fn a_place_stands_for_the_club_the_prose_names_after_it() {
        let corpus = Corpus::from_docs(vec![SourceDoc {
            path: "corpus/game.md".into(),
            text: format!(
                "The Toronto Raptors played the Miami Heat in Miami on Tuesday, December \
                 27, 2016.\n\n{LINE_SCORE}"
            ),
        }])
        .expect("the test corpus indexes");
        let total = |claim: &str| {
            let claim = parse(claim).expect("claim parses");
            half_in_table(&corpus, &claim).map(|h| h.value)
        };
        assert_eq!(total("Toronto outscored first-half = 50"), Some(50.0));
        assert_eq!(total("Miami second-half points = 38"), Some(39.0));
        // a place no club is named after has no row
        assert_eq!(total("Boston outscored first-half = 50"), None);
    }

    #[test]
    fn no_half_no_owner_or_no_plain_count_is_no_half() {
        for claim in [
            "Raptors outscored half = 64",
            "Raptors outscored first-quarter = 27",
            // a record in brackets, a quarter's margin, the final minutes
            "Raptors able pull away second-half = 12",
            "Raptors outscoring second-half margin third-quarter = 24",
            "Raptors outscoring second-half margin final minutes = 31",
            "Celtics outscored first-half = 50",
            "Raptors outscored first-half > 40",
            "Raptors outscored first-half second-half = 50",
            "Raptors able pull away half outscoring second-half record = 26 after 12",
        ] {
            assert_eq!(total(claim), None, "{claim}");
        }
    }
}
