//! A figure set off by commas right after a name describes that name: "Alana Pryce, 41,
//! voted against the closure with Dmitri Havel, 59", the way an age is written beside
//! the person it belongs to. Read as "the nearest name that is no object of a
//! preposition", both ages were Pryce's, and a draft that swapped them was supported by
//! each other's values.

use super::*;

/// The name the figure at token `fig` stands in apposition to: the name run that ends
/// just before the comma before it, when a comma, a semicolon, a closing bracket or the
/// sentence's end follows it. `None` otherwise ("Korea, 30,600 robots": a figure with
/// its own words after it is no aside).
pub(super) fn apposed_name(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Option<String> {
    let comma = fig.checked_sub(1)?;
    if !matches!(toks[comma], Tok::Punct(',')) {
        return None;
    }
    let set_off = matches!(toks.get(fig + 1), None | Some(Tok::Punct(',' | ';' | ')')));
    if !set_off {
        return None;
    }
    runs.iter()
        .find(|r| r.last + 1 == comma)
        .map(|r| r.name.clone())
}

/// The name whose appositive the figure at token `fig` stands in: "Encore Halverton, a
/// $48 million capital campaign" gives the $48 million to the campaign it describes, not
/// to the sentence's subject.
pub(super) fn described_name(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Option<String> {
    runs.iter()
        .filter(|r| r.last + 2 < fig)
        .find(|r| apposed_noun(toks, r.last).is_some_and(|(noun, _)| fig < noun))
        .map(|r| r.name.clone())
}

#[cfg(test)]
mod tests {
    use crate::context::anchors_of as anchors;

    #[test]
    fn an_age_set_off_by_commas_is_the_name_before_it() {
        let t = "Board member Alana Pryce, 41, who voted against the closure with Dmitri \
                 Havel, 59, said the district should wait.";
        assert_eq!(anchors(t, "41"), vec!["Alana Pryce"]);
        assert_eq!(anchors(t, "59"), vec!["Dmitri Havel"]);
        let t = "Alana Pryce, 59, and Dmitri Havel, 41, voted no.";
        assert_eq!(anchors(t, "59"), vec!["Alana Pryce"]);
        assert_eq!(anchors(t, "41"), vec!["Dmitri Havel"]);
        // at the end of the sentence
        let t = "Pryce voted no with Dmitri Havel, 59.";
        assert_eq!(anchors(t, "59"), vec!["Dmitri Havel"]);
    }

    #[test]
    fn a_figure_with_words_of_its_own_is_no_aside() {
        // "with Dmitri Havel, 59 of whose …" is no age; nor is a count with its noun.
        let t = "Alana Pryce counted the ballots with Dmitri Havel, 2,184 votes in all.";
        assert_ne!(anchors(t, "2,184"), vec!["Dmitri Havel"]);
    }

    #[test]
    fn a_figure_in_a_phrase_set_off_after_a_name_describes_that_name() {
        // Written for this test.
        let t = "The Halverton Symphony Orchestra opened the public phase of Encore Halverton, \
                 a $48 million capital campaign to renovate its hall.";
        assert!(anchors(t, "$48 million").contains(&"Encore Halverton".to_string()));
        // not a figure after the phrase has ended
        let t = "The orchestra opened the public phase of Encore Halverton, a capital \
                 campaign, and Halverton Bank gave $48 million.";
        assert!(!anchors(t, "$48 million").contains(&"Encore Halverton".to_string()));
    }
}
