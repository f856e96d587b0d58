//! A count of a team's players in double figures: "The Jazz had six players score in
//! double figures". No source states the count; the team's box score lists each of its
//! players with their points, under a heading that names the team ("## Utah Jazz
//! players"), and the count is how many rows reach ten.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::{Kind, canonical_name, stem};

use crate::rank::tables_of;
use crate::verdict::Worked;

/// How many passages are read for the team's heading.
const PASSAGES: usize = 20;

/// Points from which a player is "in double figures".
const DOUBLE_FIGURES: f64 = 10.0;

/// How many of the claim owner's players reached ten points, for a count of players "in
/// double figures"; `None` when the claim is no such count, names no team, or no source
/// heads one players table with the team's name. A failed search finds nothing.
pub(crate) fn players_in_double_figures(corpus: &dyn Sources, claim: &Claim) -> Option<Worked> {
    if claim.quantity.kind != Kind::Number || claim.comparison != Comparison::Eq {
        return None;
    }
    let words = claim.words();
    let has = |w: &str| words.iter().any(|x| x == w);
    let players = claim
        .quantity
        .unit
        .as_deref()
        .is_some_and(|u| stem(&u.to_lowercase()) == "player")
        || has("players");
    if !(players && has("double") && has("figures")) {
        return None;
    }
    let [team] = &claim.entities()[..] else {
        return None;
    };
    let team = canonical_name(team);
    // "Utah Jazz players": a heading that ends with "players" and holds the team's name
    let headings: Vec<_> = corpus
        .search_passages(&[team.clone(), "players".to_string()], PASSAGES)
        .ok()?
        .into_iter()
        .filter(|p| {
            let text = canonical_name(p.text.trim_start_matches('#').trim());
            text.ends_with(" players")
                && text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(team.split_whitespace().count())
                    .any(|w| w.join(" ") == team)
        })
        .collect();
    let [heading] = &headings[..] else {
        return None;
    };
    let points: Vec<SourceFigure> = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Number],
            words: &["points".to_string()],
            sources: Some(std::slice::from_ref(&heading.source)),
            ..FigureQuery::default()
        })
        .ok()?
        .into_iter()
        .map(|found| (*found.figure).clone())
        .filter(|f| {
            f.context.cell
                && f.line > heading.line
                && matches!(&f.context.terms[..], [only] if stem(&only.word) == "point")
        })
        .collect();
    // the rows on consecutive lines from the first one after the heading
    let table = tables_of(&points).into_iter().next()?;
    let cell = table[0];
    let (first, last) = (cell.line, table[table.len() - 1].line);
    let count = table
        .iter()
        .filter(|f| f.quantity.value >= DOUBLE_FIGURES)
        .count();
    let said = format!(
        "{count} of the {} rows under \"{}\" have 10 points or more ({}, lines {first}-{last})",
        table.len(),
        heading.text.trim_start_matches('#').trim(),
        heading.source,
    );
    // the table's first points cell is the one pointed at
    Some(Worked {
        value: count as f64,
        cell: cell.clone(),
        said,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::parse;
    use figcheck_corpus::{Corpus, SourceDoc};

    const BOX_SCORE: &str = "\
# Box score

## Utah Jazz players

| Player | Minutes | Points | Rebounds |
|---|---|---|---|
| Odile Brand | 34 | 17 | 7 |
| Kasimir Holt | 30 | 22 | 3 |
| Ines Vale | 20 | 9 | 12 |
| Tomas Reed | 12 | 10 | 2 |

## Miami Heat players

| Player | Minutes | Points | Rebounds |
|---|---|---|---|
| Ada Quist | 36 | 30 | 12 |
| Pia Lund | 22 | 5 | 2 |
";

    fn count(claim: &str) -> Option<f64> {
        let corpus = Corpus::from_docs(vec![SourceDoc {
            path: "corpus/box-score.md".into(),
            text: BOX_SCORE.into(),
        }])
        .expect("the test corpus indexes");
        let claim = parse(claim).expect("claim parses");
        players_in_double_figures(&corpus, &claim).map(|c| c.value)
    }

    #[test]
    fn players_in_double_figures_are_counted_in_the_teams_table() {
        // 17, 22 and 10 reach ten; 9 does not
        assert_eq!(count("Jazz score double figures = six players"), Some(3.0));
        assert_eq!(count("\"Utah Jazz\" double figures players = 4"), Some(3.0));
        assert_eq!(
            count("Heat reach double figures points = two players"),
            Some(1.0)
        );
    }

    #[test]
    fn no_count_of_players_no_team_or_no_table_is_no_count() {
        for claim in [
            "Jazz score double figures = six",
            "Jazz had players = six players",
            "double figures = six players",
            "Celtics score double figures = six players",
            "Jazz score double figures > 2 players",
        ] {
            assert_eq!(count(claim), None, "{claim}");
        }
    }
}
