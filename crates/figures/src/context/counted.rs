//! A name between a figure and the noun it counts ("four California sea lions"): that
//! figure's owner, and no one else's.

use super::*;

/// A name that qualifies what a figure counts, written between the figure and its noun:
/// "four California sea lions", "up to 40 African penguins". The name is that figure's,
/// not the subject of the clause or the owner of the next figure ("40 African penguins
/// and a 450-seat amphitheater" are not Africa's seats).
/// Not after a year or a date, where a name opens the clause ("In 2025 Japan installed");
/// not a name the figure describes ("the $465 million East Tower will open"), nor one that
/// owns the noun after it ("$420,000. Brindlewood's loss").
pub(super) fn counts_after(text: &str, target: &Range<usize>, toks: &[Tok<'_>], r: &Run) -> bool {
    let at = |w: &str| place_in(text, w);
    let word = |k: usize| word_at(toks, k);
    let Some(before) = r.first.checked_sub(1) else {
        return false;
    };
    let figure_end = match &toks[before] {
        Tok::Other(figure) if !dated_figure(figure) => at(figure) + figure.len(),
        Tok::Figure => target.end,
        _ => return false,
    };
    // nothing but space between: not across a full stop or a table's bar
    let adjacent = word(r.first)
        .and_then(|w| text.get(figure_end..at(w)))
        .is_some_and(|gap| gap.chars().all(char::is_whitespace));
    let determined = before
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|d| matches!(d, "the" | "The" | "its" | "Its" | "their" | "a" | "an"));
    let possessive = matches!(
        toks[r.last],
        Tok::Word {
            possessive: true,
            ..
        }
    );
    let noun_after = word(r.last + 1).is_some_and(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            && !matches!(
                w,
                "will"
                    | "would"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "can"
                    | "could"
                    | "said"
                    | "says"
                    | "and"
                    | "or"
            )
    });
    let calendar = (r.first..=r.last)
        .filter_map(word)
        .any(|w| lexicon::is_weekday(w) || lexicon::month(w).is_some());
    adjacent && !determined && !possessive && noun_after && !calendar
}

/// A year or a date as written: "2025", "March 14", "the 1990s".
fn dated_figure(text: &str) -> bool {
    let digits = text.trim_end_matches('s');
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        || text.split_whitespace().any(|w| lexicon::month(w).is_some())
}

#[cfg(test)]
mod tests {
    use crate::context::anchors_of as anchors;

    const POOL: &str = "It will hold four California sea lions and six harbor seals, and its \
                        beach will have room for up to 40 African penguins and a 450-seat \
                        amphitheater.";

    #[test]
    fn a_name_before_the_counted_noun_is_that_figures() {
        assert_eq!(anchors(POOL, "four"), vec!["California"]);
        assert_eq!(anchors(POOL, "40"), vec!["African"]);
    }

    #[test]
    fn it_owns_no_other_figure_of_the_clause() {
        assert!(!anchors(POOL, "six").contains(&"California".to_string()));
        assert!(!anchors(POOL, "40").contains(&"California".to_string()));
        assert!(!anchors(POOL, "450").contains(&"African".to_string()));
    }

    #[test]
    fn a_name_after_a_year_a_date_or_a_full_stop_opens_the_clause() {
        let t = "In 2025 Japan installed 44,500 robots.";
        assert_eq!(anchors(t, "44,500"), vec!["Japan"]);
        let t = "On March 14 Kibo weighed 4 pounds.";
        assert_eq!(anchors(t, "4"), vec!["Kibo"]);
        let t = "The total was $465 million. Brindlewood's loss came to $420,000.";
        assert_eq!(anchors(t, "$420,000"), vec!["Brindlewood"]);
    }

    #[test]
    fn a_name_the_figure_describes_is_still_the_subject() {
        let t = "The $465 million East Tower will bring the flagship to 664 beds.";
        assert_eq!(anchors(t, "664"), vec!["East Tower"]);
    }
}
