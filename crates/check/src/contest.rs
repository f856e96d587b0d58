//! The other side of a contest between two teams: "with Oklahoma City winning that
//! battle, 46-34", "outscoring the Pelicans by a 34-18 margin over the final 12
//! minutes". A game's team table has one row a team. When one side of the draft's pair
//! is one team's cell in the contest's column, the other side is the other team's,
//! whoever the prose seems to give it to: a pair's two sides are never one team's.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::{Kind, canonical_name, is_period_term, same_name, stem};

use crate::half::{counts_points_of, is_a_score};
use crate::rank::{owner_row, tables_of};
use crate::verdict::Worked;

/// How many cells are read for the contest's column: a game's tables hold a few dozen
/// rows; an archive of games holds many more, and then no one table of two rows stands
/// out anyway.
const COLUMN_CELLS: usize = 400;

/// The other team's value in the column the claim's contest is about, when the claim is
/// one side of a pair and its partner is the first team's value there; `None` when the
/// claim is no side of a contest, no table of two rows has the column, the partner is
/// in neither row or in both, or the claim names an owner that is neither team. A failed
/// search finds nothing.
pub(crate) fn other_side(corpus: &dyn Sources, claim: &Claim) -> Option<Worked> {
    if claim.quantity.kind != Kind::Number || claim.comparison != Comparison::Eq {
        return None;
    }
    let partner = claim.partner?;
    let words = claim.words();
    let column = Column::of(&words)?;
    let query = column.query();
    let cells: Vec<SourceFigure> = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Number],
            words: std::slice::from_ref(&query),
            limit: Some(COLUMN_CELLS),
            ..FigureQuery::default()
        })
        .ok()?
        .into_iter()
        .map(|found| (*found.figure).clone())
        .filter(|f| f.context.cell && column.holds(f))
        .collect();
    let [a, b] = two_row_table(&cells)?;
    let holds = |cell: &SourceFigure| cell.quantity.value == partner.value;
    let (theirs, other) = match (holds(a), holds(b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    let label = |f: &SourceFigure| f.context.anchors.first().cloned().unwrap_or_default();
    // The owner must be one of the teams, or the claim must name only them ("outscoring
    // the Mavericks (11-27) by a 24-19 margin", after "the Timberwolves").
    let entities = claim.entities();
    if !entities.is_empty() {
        let one_of_them = match owner_row(corpus, claim) {
            Some(row) => row.first().is_some_and(|f| {
                [theirs, other]
                    .iter()
                    .any(|cell| f.source == cell.source && f.line == cell.line)
            }),
            None => entities.iter().all(|e| {
                [theirs, other]
                    .iter()
                    .any(|cell| same_name(&canonical_name(e), &canonical_name(&label(cell))))
            }),
        };
        if !one_of_them {
            return None;
        }
    }
    let header: Vec<&str> = other
        .context
        .terms
        .iter()
        .map(|t| t.word.as_str())
        // "fourth quarter points", not the period's term the reader adds to it too
        .filter(|w| !is_period_term(w))
        .collect();
    let said = format!(
        "{}'s {} is the other side: {}'s {} is {} ({}:{})",
        label(theirs),
        theirs.text,
        label(other),
        header.join(" "),
        other.text,
        other.source,
        other.line
    );
    Some(Worked {
        value: other.quantity.value,
        cell: other.clone(),
        said,
    })
}

/// The column a contest is about.
enum Column<'a> {
    /// A period's points, by the period's term ("fourth-quarter"): a score over it.
    PeriodPoints(&'a str),
    /// A one-word header, the measure a "battle" is about ("rebounds"), with its stem.
    Measure(&'a str, String),
}

impl<'a> Column<'a> {
    /// The contest's column, for a score over a named period ("outscoring them 30-17
    /// over the final 12 minutes") or a battle over a measure the claim names.
    fn of(words: &'a [String]) -> Option<Self> {
        if let Some(period) = words.iter().find(|w| is_period_term(w))
            && is_a_score(words)
        {
            return Some(Column::PeriodPoints(period));
        }
        if !words.iter().any(|w| w == "battle") {
            return None;
        }
        words
            .iter()
            .find(|w| crate::claim_of::is_battle_measure(w))
            .map(|m| Column::Measure(m, stem(m)))
    }

    /// The word to search the column's cells by.
    fn query(&self) -> String {
        match self {
            Column::PeriodPoints(w) | Column::Measure(w, _) => (*w).to_string(),
        }
    }

    /// Whether a cell is in the column.
    fn holds(&self, cell: &SourceFigure) -> bool {
        match self {
            Column::PeriodPoints(period) => counts_points_of(cell, period),
            Column::Measure(_, wanted) => {
                matches!(&cell.context.terms[..], [only] if stem(&only.word) == *wanted)
            }
        }
    }
}

/// The two cells of a column's table of exactly two rows (the first cell of each);
/// `None` when no table, or more than one, has two rows.
fn two_row_table(column: &[SourceFigure]) -> Option<[&SourceFigure; 2]> {
    let mut pairs = tables_of(column).into_iter().filter_map(|mut table| {
        table.dedup_by(|x, y| x.line == y.line);
        match table[..] {
            [a, b] => Some([a, b]),
            _ => None,
        }
    });
    let found = pairs.next()?;
    if pairs.next().is_some() {
        return None;
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::parse;
    use figcheck_corpus::{Corpus, SourceDoc};

    const GAME: &str = "\
| Team | First quarter points | Fourth quarter points | Total points | Rebounds |
|---|---|---|---|---|
| Thunder | 26 | 32 | 113 | 46 |
| Heat | 30 | 17 | 96 | 32 |

## Thunder players

| Player | Points | Rebounds |
|---|---|---|
| Odile Brand | 17 | 32 |
| Kasimir Holt | 22 | 3 |
| Ines Vale | 9 | 7 |
";

    fn corpus() -> Corpus {
        Corpus::from_docs(vec![SourceDoc {
            path: "corpus/game.md".into(),
            text: GAME.into(),
        }])
        .expect("the test corpus indexes")
    }

    fn other(claim: &str) -> Option<f64> {
        let claim = parse(claim).expect("claim parses");
        other_side(&corpus(), &claim).map(|s| s.value)
    }

    #[test]
    fn the_side_beside_one_teams_value_is_the_other_teams() {
        // "as they won that battle, 46-34": 46 is the Thunder's rebounds, 34 the Heat's
        assert_eq!(
            other("battle won factor rebounds = 34 after 46"),
            Some(32.0)
        );
        // "outscoring the Heat by a 32-18 margin over the final 12 minutes"
        assert_eq!(
            other("Heat margin outscoring fourth-quarter = 18 after 32"),
            Some(17.0)
        );
        // given to the team whose value its partner is: still the other team's
        assert_eq!(
            other("Thunder margin outscoring fourth-quarter = 18 after 32"),
            Some(17.0)
        );
        // both teams named: "outscoring the Heat (20-31) by a 32-18 margin"
        assert_eq!(
            other("Thunder Heat margin outscoring fourth-quarter = 18 after 32"),
            Some(17.0)
        );
        let claim = parse("battle won rebounds = 34 after 46").expect("claim parses");
        let said = other_side(&corpus(), &claim).expect("a side").said;
        assert!(said.contains("Heat's rebounds is 32"), "{said}");
        let claim = parse("Heat margin outscoring fourth-quarter = 18 after 32").expect("parses");
        let said = other_side(&corpus(), &claim).expect("a side").said;
        assert!(
            said.contains("Heat's fourth quarter points is 17"),
            "{said}"
        );
    }

    #[test]
    fn no_contest_no_two_row_table_or_no_partner_there_is_no_other_side() {
        for claim in [
            // no pair, no column, no battle
            "battle won rebounds = 34",
            "battle won factor = 34 after 46",
            "won rebounds = 34 after 46",
            // the partner is in neither row
            "battle won rebounds = 34 after 40",
            // a player, neither team
            "\"Odile Brand\" margin outscoring fourth-quarter = 18 after 32",
            "Heat \"Odile Brand\" margin outscoring fourth-quarter = 18 after 32",
            // a record, not a score
            "Heat record = 30 after 26",
        ] {
            assert_eq!(other(claim), None, "{claim}");
        }
    }
}
