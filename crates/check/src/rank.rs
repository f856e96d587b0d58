//! A rank within a group that a table lists: "Deng was second on the team, as he
//! accrued 26 points". No source states "second"; the box score lists every player of
//! the team with their points, and the rank is where the owner's value stands among
//! them. The owner's row, the column the claim's words name, and the rows of that table
//! around the owner's decide it.

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::{Kind, canonical_name, rank_in_digits, same_name, stem};

/// Words that say the rank is within the owner's group ("second on the team").
const GROUP_WORDS: &[&str] = &["team", "squad", "roster", "club"];

/// How many of the owner's figures are read to find its row.
const OWNER_FIGURES: usize = 200;

/// Where the owner's value stands in its column.
pub(crate) struct Rank {
    /// The ranks the value may hold: ties share them ("joint second" is second or
    /// third), `lowest..=highest`, 1 for the largest value.
    pub(crate) lowest: u32,
    pub(crate) highest: u32,
    /// The owner's cell.
    pub(crate) cell: SourceFigure,
    /// What it says, for the finding: "26 is the largest Points of 9 rows (…)".
    pub(crate) said: String,
}

impl Rank {
    pub(crate) fn holds(&self, rank: f64) -> bool {
        (f64::from(self.lowest)..=f64::from(self.highest)).contains(&rank)
    }
}

/// The rank of the claim owner's value within its table's column, for an ordinal claim
/// that ranks its owner within a group ("second on the team"); `None` when the claim is
/// no such rank, or no table gives the owner a row with a column the claim names. A
/// failed search finds nothing.
pub(crate) fn rank_in_table(corpus: &dyn Sources, claim: &Claim) -> Option<Rank> {
    if claim.quantity.kind != Kind::Ordinal || claim.comparison != Comparison::Eq {
        return None;
    }
    let words = claim.words();
    if !words.iter().any(|w| GROUP_WORDS.contains(&w.as_str())) {
        return None;
    }
    let row = owner_row(corpus, claim)?;
    // The column: the first of the claim's measure words that a header of the row holds.
    let header_of = |f: &SourceFigure| -> Vec<String> {
        f.context.terms.iter().map(|t| stem(&t.word)).collect()
    };
    let cell = words
        .iter()
        .filter(|w| !GROUP_WORDS.contains(&w.as_str()))
        .find_map(|w| {
            let s = stem(w);
            // A single-word header is the measure itself ("Points", not "Free throw
            // attempts" for "throw").
            row.iter().find(|f| header_of(f) == [s.clone()])
        })?;
    let header = header_of(cell);
    let column: Vec<SourceFigure> = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Number],
            words: &header,
            sources: Some(std::slice::from_ref(&cell.source)),
            ..FigureQuery::default()
        })
        .ok()?
        .into_iter()
        .map(|found| (*found.figure).clone())
        .filter(|f| f.context.cell && header_of(f) == header)
        .collect();
    // The owner's table: the rows on consecutive lines around the owner's.
    let table = tables_of(&column)
        .into_iter()
        .find(|t| t.iter().any(|f| f.line == cell.line))?;
    let (top, bottom) = (table[0].line, table[table.len() - 1].line);
    if table.len() < 2 {
        return None;
    }
    let own = cell.quantity.value;
    let above = table.iter().filter(|f| f.quantity.value > own).count();
    let level = table.iter().filter(|f| f.quantity.value >= own).count();
    let lowest = u32::try_from(above + 1).ok()?;
    let highest = u32::try_from(level).ok()?;
    let owner = cell.context.anchors.first().map_or("", String::as_str);
    let measure: Vec<&str> = cell.context.terms.iter().map(|t| t.word.as_str()).collect();
    let place = if lowest == highest {
        rank_in_digits(lowest.into())
    } else {
        format!(
            "tied {} to {}",
            rank_in_digits(lowest.into()),
            rank_in_digits(highest.into())
        )
    };
    let said = format!(
        "{owner}'s {} is {place} of {} by {} in {}, lines {}-{}",
        cell.text,
        table.len(),
        measure.join(" "),
        cell.source,
        top,
        bottom
    );
    Some(Rank {
        lowest,
        highest,
        cell: cell.clone(),
        said,
    })
}

/// The tables a column's cells stand in: the cells of one source on consecutive lines
/// (those of one line together), in line order, each table's in line order.
pub(crate) fn tables_of(column: &[SourceFigure]) -> Vec<Vec<&SourceFigure>> {
    let mut cells: Vec<&SourceFigure> = column.iter().collect();
    cells.sort_by(|x, y| x.source.cmp(&y.source).then(x.line.cmp(&y.line)));
    let mut tables: Vec<Vec<&SourceFigure>> = Vec::new();
    for cell in cells {
        match tables.last_mut() {
            Some(table)
                if table.last().is_some_and(|last| {
                    last.source == cell.source && cell.line <= last.line + 1
                }) =>
            {
                table.push(cell);
            }
            _ => tables.push(vec![cell]),
        }
    }
    tables
}

/// The cells of the claim owner's row in a source table: every cell whose row label is
/// the owner's name, or its surname alone ("Dragic" for "Goran Dragic"). `None` when the
/// claim names no one, no table gives the owner a row, or the name labels rows on more
/// than one line (two tables, or two rows, leave it open).
pub(crate) fn owner_row(corpus: &dyn Sources, claim: &Claim) -> Option<Vec<SourceFigure>> {
    let names: Vec<String> = claim.entities().iter().map(|e| canonical_name(e)).collect();
    if names.is_empty() {
        return None;
    }
    row_labelled(corpus, &names).or_else(|| {
        // "Oklahoma City" for the "Thunder" row, when the prose names "the Oklahoma City
        // Thunder"
        let aliases = crate::evidence::aliases_of(corpus, &names);
        (!aliases.is_empty())
            .then(|| row_labelled(corpus, &aliases))
            .flatten()
    })
}

/// The cells of the one row labelled with one of `names`; see [`owner_row`].
fn row_labelled(corpus: &dyn Sources, names: &[String]) -> Option<Vec<SourceFigure>> {
    let owns = |f: &SourceFigure| {
        f.context.anchors.first().is_some_and(|label| {
            let label = canonical_name(label);
            names.iter().any(|n| {
                same_name(n, &label)
                    || (!n.contains(' ') && label.split_whitespace().last() == Some(n.as_str()))
            })
        })
    };
    let row: Vec<SourceFigure> = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Number],
            words: names,
            limit: Some(OWNER_FIGURES),
            ..FigureQuery::default()
        })
        .ok()?
        .into_iter()
        .map(|found| (*found.figure).clone())
        .filter(|f| f.context.cell && owns(f))
        .collect();
    let first = row.first()?;
    if row
        .iter()
        .any(|f| f.source != first.source || f.line != first.line)
    {
        return None;
    }
    Some(row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck_claims::parse;
    use figcheck_corpus::{Corpus, SourceDoc};

    const BOX_SCORE: &str = "\
## Harbor players

| Player | Points | Rebounds |
|---|---|---|
| Odile Brand | 17 | 7 |
| Kasimir Holt | 22 | 3 |
| Ines Vale | 9 | 7 |

## Ridge players

| Player | Points | Rebounds |
|---|---|---|
| Tomas Reed | 30 | 12 |
| Ada Quist | 5 | 2 |
";

    fn corpus() -> Corpus {
        Corpus::from_docs(vec![SourceDoc {
            path: "corpus/box-score.md".into(),
            text: BOX_SCORE.into(),
        }])
        .expect("the test corpus indexes")
    }

    fn rank(claim: &str) -> Option<(u32, u32)> {
        let c = corpus();
        let claim = parse(claim).expect("claim parses");
        rank_in_table(&c, &claim).map(|r| (r.lowest, r.highest))
    }

    #[test]
    fn the_owners_value_ranks_within_its_own_table() {
        // Brand's 17 is behind Holt's 22 in her table; Reed's 30 is in another.
        assert_eq!(rank("\"Odile Brand\" team points = second"), Some((2, 2)));
        assert_eq!(rank("Holt team points = first"), Some((1, 1)));
        // Brand and Vale share 7 rebounds behind nobody.
        assert_eq!(rank("Vale team rebounds = second"), Some((1, 2)));
    }

    #[test]
    fn the_finding_says_where_the_rank_comes_from() {
        let c = corpus();
        let claim = parse("Brand team points = first").expect("claim parses");
        let said = rank_in_table(&c, &claim).expect("a rank").said;
        assert_eq!(
            said,
            "Odile Brand's 17 is 2nd of 3 by points in corpus/box-score.md, lines 5-7"
        );
    }

    #[test]
    fn no_group_no_column_or_no_row_is_no_rank() {
        assert_eq!(rank("\"Odile Brand\" points = second"), None);
        assert_eq!(rank("\"Odile Brand\" team steals = second"), None);
        assert_eq!(rank("\"Nobody Here\" team points = second"), None);
        assert_eq!(rank("\"Odile Brand\" team points = 2"), None);
    }
}
