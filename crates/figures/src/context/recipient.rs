//! The name a figure is given to: "The Federal Navigation Service today awarded a $47.8
//! million contract to Brannock Marine Construction". The contract is the service's and
//! the contractor's alike, and a writer may write it as either's ("Brannock's winning bid
//! of $47.8 million"): the recipient owns the figure beside the giver.

use super::*;

/// Verbs that give a figure to the name after "to".
const GIVING_VERBS: &[&str] = &[
    "awarded", "awards", "award", "granted", "grants", "gave", "gives", "paid", "pays", "lent",
    "lends", "loaned", "sold", "sells", "donated", "donates",
];

/// How many tokens may stand between the giving verb and the figure ("awarded a
/// $47.8 million", "awarded the state a further $9.6 million" is another shape).
const VERB_REACH: usize = 3;

/// How many words of what the figure counts may stand between it and "to" ("$47.8
/// million contract to").
const THING_WORDS: usize = 3;

/// The name the figure at token `fig` is given to: a giving verb just before it, then
/// the figure, at most a few words of what it counts, "to" and a name.
pub(super) fn recipient(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Option<String> {
    let given = toks[fig.saturating_sub(VERB_REACH)..fig].iter().any(|t| {
        matches!(t, Tok::Word { text, .. }
            if GIVING_VERBS.iter().any(|v| v.eq_ignore_ascii_case(text)))
    });
    if !given {
        return None;
    }
    let to = (fig + 1..(fig + 2 + THING_WORDS).min(toks.len()))
        .find(|&k| matches!(toks[k], Tok::Word { text: "to", .. }))?;
    // only words between: no clause break, no other figure
    if !toks[fig + 1..to]
        .iter()
        .all(|t| matches!(t, Tok::Word { .. }))
    {
        return None;
    }
    run_after_the(toks, runs, to + 1).map(|r| r.name.clone())
}

#[cfg(test)]
mod tests {
    use crate::context::anchors_of as anchors;

    #[test]
    fn a_figure_given_to_a_name_is_the_recipients_too() {
        let t = "The Federal Navigation Service today awarded a $47.8 million contract to \
                 Brannock Marine Construction of Port Tilden.";
        let a = anchors(t, "$47.8 million");
        assert!(
            a.contains(&"Federal Navigation Service".to_string()),
            "{a:?}"
        );
        assert!(
            a.iter()
                .any(|n| n.starts_with("Brannock Marine Construction")),
            "{a:?}"
        );
    }

    #[test]
    fn a_figure_moving_to_a_name_without_a_giver_is_not_its() {
        // a rise "to" a level, and exports "to" a country, are no gift
        let t = "Harlow Mills shipped $5 billion of steel to Canada last year.";
        assert!(!anchors(t, "$5 billion").contains(&"Canada".to_string()));
        // a clause break between the figure and "to"
        let t = "Acme paid $5 million, a record, to Harlow Mills.";
        assert!(!anchors(t, "$5 million").contains(&"Harlow Mills".to_string()));
    }
}
