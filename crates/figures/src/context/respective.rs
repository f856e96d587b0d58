//! Names and figures listed in the same order: "Pinecrest Express and Coastal Jet posted
//! on-time rates of 88.2% and 84.6%", with or without "respectively". The k-th figure
//! is the k-th name's; read as "the nearest name before it", both would be Coastal Jet's,
//! and a swapped pair would be supported by each other's values.

use super::*;

/// The name that `fig` (a token index) belongs to when it is one of a list of figures
/// ("88.2% and 84.6%", "5%, 7% and 9%") and the same clause opens with a list of as many
/// names, in the same order; `None` otherwise.
pub(super) fn respective_owner(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Option<String> {
    let figures = list_around(toks, fig, |t| matches!(t, Tok::Figure | Tok::Other(_)))?;
    let k = figures.iter().position(|&i| i == fig)?;
    let first_figure = figures[0];
    // The names: the last list of names before the figures, in the same clause (no
    // ";" between), with words (a verb) between the names and the figures.
    let before: Vec<&Run> = runs.iter().filter(|r| r.last < first_figure).collect();
    let last = before.last()?;
    let between = toks.get(last.last + 1..first_figure)?;
    if between
        .iter()
        .any(|t| matches!(t, Tok::Punct(';' | ':' | '(' | ')')))
        || !between.iter().any(|t| matches!(t, Tok::Word { .. }))
    {
        return None;
    }
    let mut names = vec![*last];
    for r in before.iter().rev().skip(1) {
        // Runs do not overlap; should one ever, it joins nothing rather than panics.
        let joined = toks.get(r.last + 1..names[0].first).is_some_and(joins);
        if !joined {
            break;
        }
        names.insert(0, r);
    }
    if names.len() != figures.len() {
        return None;
    }
    Some(names[k].name.clone())
}

/// The token indices of the list that `at` is an item of: items for which `is_item`
/// holds, joined by "and", a comma, or ", and"; `None` unless it has two items or more.
fn list_around(
    toks: &[Tok<'_>],
    at: usize,
    is_item: impl Fn(&Tok<'_>) -> bool,
) -> Option<Vec<usize>> {
    if !is_item(&toks[at]) {
        return None;
    }
    let mut items = vec![at];
    // Backwards: an item, then a joint of one or two tokens, then another item.
    let mut i = at;
    while let Some(prev) = previous_item(toks, i, &is_item) {
        items.insert(0, prev);
        i = prev;
    }
    let mut i = at;
    while let Some(next) = next_item(toks, i, &is_item) {
        items.push(next);
        i = next;
    }
    (items.len() >= 2).then_some(items)
}

fn previous_item(toks: &[Tok<'_>], i: usize, is_item: &impl Fn(&Tok<'_>) -> bool) -> Option<usize> {
    (2..=3)
        .filter_map(|gap| i.checked_sub(gap))
        .find(|&j| is_item(&toks[j]) && joins(&toks[j + 1..i]))
}

fn next_item(toks: &[Tok<'_>], i: usize, is_item: &impl Fn(&Tok<'_>) -> bool) -> Option<usize> {
    (2..=3)
        .map(|gap| i + gap)
        .filter(|&j| j < toks.len())
        .find(|&j| is_item(&toks[j]) && joins(&toks[i + 1..j]))
}

/// Whether the tokens between two items of a list join them: "and", ",", or ", and".
fn joins(between: &[Tok<'_>]) -> bool {
    matches!(
        between,
        [Tok::Word { text: "and", .. }]
            | [Tok::Punct(',')]
            | [Tok::Punct(','), Tok::Word { text: "and", .. }]
    )
}

#[cfg(test)]
mod tests {
    use crate::context::anchors_of as anchors;

    #[test]
    fn the_kth_figure_is_the_kth_names() {
        let t = "Pinecrest Express and Coastal Jet posted on-time rates of 88.2% and 84.6%.";
        assert_eq!(anchors(t, "88.2%"), vec!["Pinecrest Express"]);
        assert_eq!(anchors(t, "84.6%"), vec!["Coastal Jet"]);
        let t = "Japan, Korea and China installed 44,500, 30,600 and 295,000 robots, respectively.";
        assert_eq!(anchors(t, "44,500"), vec!["Japan"]);
        assert_eq!(anchors(t, "30,600"), vec!["Korea"]);
        assert_eq!(anchors(t, "295,000"), vec!["China"]);
    }

    #[test]
    fn lists_of_other_lengths_are_no_pairing() {
        // Two names, one figure: the nearest name, as before.
        let t = "Pinecrest Express and Coastal Jet posted an on-time rate of 84.6%.";
        assert_eq!(anchors(t, "84.6%"), vec!["Coastal Jet"]);
        // One name, two figures: both are its.
        let t = "Coastal Jet posted on-time rates of 84.6% and 88.2%.";
        assert_eq!(anchors(t, "88.2%"), vec!["Coastal Jet"]);
    }
}
