//! Figures written as a pair: "8-of-18 shooting", "went 13-for-19", "(4-7 FG)", and two
//! cells side by side in a table row (`| 8 | 18 |`).
//!
//! One number of a pair means little alone: a box score has a dozen 8s in every row. Two
//! numbers that a source also states side by side, in the same order, are rarely there by
//! chance. So each figure learns the value written right beside it, and the engine may
//! count a pair stated together as support where either number alone would be too weak.

use crate::{Figure, Kind};

/// The value written right beside a figure, and on which side.
///
/// The two ends of a change are kept in the change's order, whichever way round they are
/// written: in "fell from 47 to 38", "38, down from 47" and "fell to 38, from 47" alike,
/// 47 is before 38. So two texts that state one change compare side by side, and a
/// draft that swaps its ends is told from one that writes them the other way round.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Beside {
    /// The value of the figure before this one, when the two are written as a pair.
    pub before: Option<f64>,
    /// The value of the figure after this one, when the two are written as a pair.
    pub after: Option<f64>,
}

/// For each figure of `text` (as [`crate::extract`] returns them, in text order), the
/// values written beside it as a pair.
pub(crate) fn beside(text: &str, figures: &[Figure]) -> Vec<Beside> {
    let mut out = vec![Beside::default(); figures.len()];
    for i in 1..figures.len() {
        let (a, b) = (&figures[i - 1], &figures[i]);
        let change = change(text, a, b);
        if change == Some(Written::NewFirst) {
            out[i - 1].before = Some(b.quantity.value);
            out[i].after = Some(a.quantity.value);
        } else if change.is_some()
            || (pairable(a) && pairable(b) && joined(text, a.end, b.start) && !a_score(text, a, b))
        {
            out[i - 1].after = Some(b.quantity.value);
            out[i].before = Some(a.quantity.value);
        }
    }
    out
}

/// "outscored the Wizards 29-18": a score's sides are two teams' numbers, stated in a
/// source's two rows, not side by side. Made and attempted ("8-18 shooting", "(4-7 FG)"),
/// a record in brackets ("the Hawks (30-21)") or named so ("went 76-62"), and a tally ("a 7-2 vote", "by a 34-18
/// margin") are pairs: a tally is stated side by side in a source too, as a line score's
/// quarter is.
fn a_score(text: &str, a: &Figure, b: &Figure) -> bool {
    let before = text.get(..a.start).unwrap_or_default();
    let after = text.get(b.end..).unwrap_or_default();
    let dash = text
        .get(a.end..b.start)
        .is_some_and(|gap| gap == "-" || gap == "–");
    let bracketed = before.ends_with('(') && after.starts_with(')');
    dash && a.quantity.value >= b.quantity.value
        && !bracketed
        && !crate::lexicon::pair_label_follows(after)
        && !crate::lexicon::tally_word_near(before, after)
        && !crate::lexicon::listed_after_a_tally(before)
        && !crate::lexicon::record_word_near(before, after)
}

/// A plain count, as the sides of a pair are: no range, hedge, rate or scale word.
fn pairable(f: &Figure) -> bool {
    f.quantity.kind == Kind::Number
        && f.quantity.upper.is_none()
        && f.quantity.hedge.is_none()
        && f.quantity.per.is_none()
        && f.quantity.style.scale.is_none()
}

/// Which end of a change a text writes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Written {
    /// "from 47 to 38"
    OldFirst,
    /// "38, down from 47", "fell to 38, from 47"
    NewFirst,
}

/// Whether `a` and `b` are the two ends of a change, and in which order they are written:
/// "from 15% to 25%", "fell from 94 to 84"; "46.7%, down from 62%"; "fell to 38, from 47".
/// The end a draft gets wrong is told by the other: against a source's "from 15% to
/// 35%", a draft's "from 15% to 25%" is wrong in its 25%, and the source's 15% is not its
/// correction.
fn change(text: &str, a: &Figure, b: &Figure) -> Option<Written> {
    let gap = text.get(a.end..b.start)?;
    if gap.len() > 48
        || gap.contains(['\n', '\r'])
        || a.quantity.kind != b.quantity.kind
        || !changeable(a)
        || !changeable(b)
    {
        return None;
    }
    if then_from(gap) {
        return Some(Written::NewFirst);
    }
    // "Rate: 4.5% → 6.5%", a summary's "from 4.5% to 6.5%"
    if ARROWS.contains(&gap.trim()) {
        return Some(Written::OldFirst);
    }
    // The word right before the first end, and the one before that (read from a few
    // bytes back only: this runs for every two neighbouring figures).
    let before = text
        .get(crate::position::floor_char_boundary(text, a.start.saturating_sub(48))..a.start)
        .unwrap_or("");
    let words: Vec<&str> = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let first_is = |word: &str| words.first().is_some_and(|w| w.eq_ignore_ascii_case(word));
    if first_is("to") && to_then_from(gap) {
        return Some(Written::NewFirst);
    }
    // "from" right before the first end, or before a hedge on it: "from about 15%"
    let from = first_is("from")
        || (a.quantity.hedge.is_some()
            && words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("from")));
    // "to", or the first end's unit and rate before it: "from 94 gallons per person per
    // day to 84" (words only, a few of them)
    let gap_is_to = gap.trim() == "to"
        || gap.trim().strip_suffix(" to").is_some_and(|unit| {
            unit.split_whitespace().count() <= 5
                && unit
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        });
    (from && gap_is_to).then_some(Written::OldFirst)
}

/// Arrows a summary writes a change with, old end first.
const ARROWS: &[&str] = &["→", "->", "⟶", "⇒", "=>"];

/// A figure that can be one end of a change.
fn changeable(f: &Figure) -> bool {
    matches!(
        f.quantity.kind,
        Kind::Number | Kind::Percent | Kind::Money | Kind::PercentagePoints
    ) && f.quantity.upper.is_none()
}

/// "fell to 38 minutes, from 47": after "to" and the new value, a few words of unit, a
/// comma at most, and "from".
fn to_then_from(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_suffix("from") else {
        return false;
    };
    a_unit_at_most(rest)
}

/// Whether `words` (what stands between a value and "from", without the direction) is a
/// few words of unit at most, a comma after them allowed: "minutes,", "of capacity".
fn a_unit_at_most(words: &str) -> bool {
    let rest = words.trim_end();
    let rest = rest.strip_suffix(',').unwrap_or(rest);
    rest.split_whitespace().count() <= 4
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && !rest
            .split_whitespace()
            .any(|w| matches!(w, "and" | "or" | "to"))
}

/// "46.7% of capacity, down from 62%", "$5 million, up from $4 million": the gap between
/// the new value and the old one it is compared with, a few words of unit at most.
fn then_from(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_suffix("from") else {
        return false;
    };
    let rest = rest.trim_end();
    // "down from", "up from": without the direction, "rose 5% from 20%" is a change and
    // where it started, not a value and an earlier one
    let Some(rest) = ["down", "up", "rising", "falling", "climbing", "dropping"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
    else {
        return false;
    };
    a_unit_at_most(rest)
}

/// Whether the text between two figures joins them as a pair: a dash, "-of-", "-for-",
/// "of", "for", or the bars of adjacent table cells on one line.
fn joined(text: &str, end: usize, start: usize) -> bool {
    let Some(gap) = text.get(end..start) else {
        return false;
    };
    if gap.len() > 16 || gap.contains(['\n', '\r']) {
        return false;
    }
    // The gap without its spaces, read in place: this runs for every two neighbouring
    // figures of every source indexed.
    let squeezed = || gap.chars().filter(|c| !c.is_whitespace());
    ["-", "–", "-of-", "-for-", "of", "for", "|"]
        .iter()
        .any(|joint| squeezed().eq(joint.chars()))
        || (gap.starts_with(char::is_whitespace)
            && gap.ends_with(char::is_whitespace)
            && squeezed().next().is_some()
            && squeezed().all(|c| c == '|'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, extract};

    fn no_pairs(text: &str) {
        let p = pairs(text);
        assert!(
            p.iter()
                .all(|(_, b)| b.before.is_none() && b.after.is_none()),
            "{text}: {p:?}"
        );
    }

    /// What stands beside the figures written `high` and `low` in `text`.
    #[track_caller]
    fn two_sides(text: &str, high: &str, low: &str) -> (Beside, Beside) {
        let p = pairs(text);
        let side = |t: &str| p.iter().find(|(s, _)| s == t).map(|(_, b)| *b);
        let (Some(h), Some(l)) = (side(high), side(low)) else {
            panic!("{text}: {p:?}");
        };
        (h, l)
    }

    fn pairs(text: &str) -> Vec<(String, Beside)> {
        let figures = extract(text, Format::Markdown);
        let b = beside(text, &figures);
        figures.into_iter().map(|f| f.text).zip(b).collect()
    }

    fn figures_of(written: &str, text: &str) -> f64 {
        crate::extract(text, crate::Format::Plain)
            .into_iter()
            .find(|f| f.text == written)
            .map(|f| f.quantity.value)
            .unwrap_or(f64::NAN)
    }

    #[test]
    fn made_of_attempted_is_a_pair() {
        for text in [
            "He scored 25 points on 8-of-18 shooting.",
            "He went 8-for-18 from the field.",
            "He made 8 of 18 shots.",
        ] {
            let p = pairs(text);
            let eight = p.iter().find(|(t, _)| t == "8").expect(text);
            assert_eq!(eight.1.after, Some(18.0), "{text}");
            let eighteen = p.iter().find(|(t, _)| t == "18").expect(text);
            assert_eq!(eighteen.1.before, Some(8.0), "{text}");
            // "25 points on 8": a unit and a word between them, no pair
            assert_eq!(eight.1.before, None, "{text}");
        }
    }

    #[test]
    fn a_record_in_brackets_after_a_name_is_a_pair() {
        for text in [
            "The Hawks (30-21) won.",
            "The Celtics (32–18) came in rested.",
            "Miami (10-22) have been one of the best teams.",
        ] {
            let p = pairs(text);
            assert_eq!(p.len(), 2, "{text}: {p:?}");
            let wins = &p[0];
            assert!(wins.1.after.is_some(), "{text}: {p:?}");
            let losses = &p[1];
            assert!(losses.1.before.is_some(), "{text}: {p:?}");
        }
        // a season, a score after a comma, a bracket after a lower-case word: one figure
        for text in [
            "The Hawks (2016-17) won.",
            "The Hawks rallied, 37-20, at home.",
            "It rose sharply (30-21) in tests.",
        ] {
            let p = pairs(text);
            assert!(p.len() <= 1, "{text}: {p:?}");
        }
    }

    #[test]
    fn an_arrow_joins_the_two_ends_of_a_change() {
        for (text, old, new) in [
            ("Rate: 4.5% → 6.5%.", 4.5, 6.5),
            ("Fee: $74 -> $84 a ton.", 74.0, 84.0),
        ] {
            let p = pairs(text);
            assert_eq!(p.len(), 2, "{text}: {p:?}");
            assert_eq!(
                (p[0].1.after, p[1].1.before),
                (Some(new), Some(old)),
                "{text}: {p:?}"
            );
        }
        // a dash is no arrow: "4.5% - 6.5%" is a range or a list
        let p = pairs("Rates of 4.5% and 6.5% apply.");
        assert!(
            p.iter()
                .all(|(_, b)| b.after.is_none() && b.before.is_none()),
            "{p:?}"
        );
    }

    #[test]
    fn a_record_named_so_is_a_pair() {
        for text in [
            "The club went 76-62, 16 wins better.",
            "The team went 61-77 last year.",
            "July ended with a 15-9 record.",
        ] {
            let p = pairs(text);
            assert!(p[0].1.after.is_some(), "{text}: {p:?}");
            assert!(p[1].1.before.is_some(), "{text}: {p:?}");
        }
    }

    #[test]
    fn a_score_after_a_name_is_two_figures_but_no_pair() {
        for (text, high, low) in [
            (
                "The Hawks outscored the Wizards 29-18 in the first quarter.",
                "29",
                "18",
            ),
            (
                "The Celtics beat the Lakers, 113-107, at home.",
                "113",
                "107",
            ),
        ] {
            let p = pairs(text);
            assert!(p.iter().any(|(t, _)| t == high), "{text}: {p:?}");
            assert!(p.iter().any(|(t, _)| t == low), "{text}: {p:?}");
            no_pairs(text);
        }
    }

    #[test]
    fn a_tally_is_two_figures_and_a_pair() {
        for (text, high, low) in [
            ("The board approved the increase on a 6-3 vote.", "6", "3"),
            (
                "Nurses ratified it by a vote of 1,412-137, capping a year.",
                "1,412",
                "137",
            ),
            ("The council voted 5-4 to approve it.", "5", "4"),
            ("They outscored the visitors by a 34-18 margin.", "34", "18"),
            ("The union ratified its contract 1,412-137.", "1,412", "137"),
            (
                "Nurses ratified a four-year contract 1,412-137 that raises pay.",
                "1,412",
                "137",
            ),
            // hard-wrapped: a line break is a space
            (
                "Its workers voted\n201-14 to authorize a strike.",
                "201",
                "14",
            ),
            ("The county gave its approval 3-2 on\nMarch 21.", "3", "2"),
            // a bill passed or a motion adopted by a vote
            (
                "The Senate passed the bill 29-9, after a long debate.",
                "29",
                "9",
            ),
            ("The board adopted the budget 7-2 on Monday.", "7", "2"),
            // a label's colon between the word and the tally
            ("- Council vote: 5-2 on May 19.", "5", "2"),
            // one noun between the tally and its word says whose vote
            (
                "The city put in $6 million after a 7-2 council vote.",
                "7",
                "2",
            ),
            // a name between the word and the tally is one thing, however many words
            ("The Senate passed the Parks Forward Act 29-9.", "29", "9"),
            ("She and Ashe were outvoted 8-3 on the measure.", "8", "3"),
            // the next of a list of tallies
            (
                "The council voted 8-0 for the lane, 6-2 for a subsidy and 5-3 to raise it.",
                "5",
                "3",
            ),
        ] {
            let (h, l) = two_sides(text, high, low);
            assert!(h.after.is_some() && l.before.is_some(), "{text}");
        }
        // with no word for a vote or a margin, a high-first pair keeps its first side only
        for text in ["They beat them 113-91 on Friday.", "The score was 5-3."] {
            assert_eq!(pairs(text).len(), 1, "{text}");
        }
        // a vote word beyond four words back, or across a comma, names no tally
        for text in [
            "The vote was held and then 5-3 came.",
            "After the vote, 5-3 was the score.",
            "Then came the vote.\n\n5-3 was the score.",
        ] {
            assert_eq!(pairs(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_contest_score_is_two_figures_stated_apart() {
        // a win or a lead: each side is a figure, and a team's own (no pair: a box score
        // states them in two rows)
        for (text, high, low) in [
            ("They won 113-91 on Friday.", "113", "91"),
            ("They jumped out to a 33-19 lead.", "33", "19"),
            ("It was a 101-83 win for Memphis.", "101", "83"),
            ("The Celtics won, 110-106, at home.", "110", "106"),
        ] {
            let (h, l) = two_sides(text, high, low);
            assert!(h.after.is_none() && l.before.is_none(), "{text}");
        }
    }

    #[test]
    fn the_ends_of_a_change_are_a_pair() {
        for (text, first, second) in [
            (
                "The discount rises from 15% to 25% next year.",
                "15%",
                "25%",
            ),
            ("Use fell from 94 to 84 gallons.", "94", "84"),
            (
                "Costs rose from $3.2 million to $4 million.",
                "$3.2 million",
                "$4 million",
            ),
            ("Sales grew from about 40 to 55 units.", "40", "55"),
            (
                "Use fell from 94 gallons per person per day to 84.",
                "94",
                "84",
            ),
            // written new value first: still paired in the change's order
            (
                "It held 46.7% of capacity, down from 62% a year earlier.",
                "62%",
                "46.7%",
            ),
            (
                "Sales were $5 million, up from $4 million.",
                "$4 million",
                "$5 million",
            ),
            (
                "The median wait fell to 38 minutes, from 47 minutes in 2023.",
                "47",
                "38",
            ),
            ("The wait fell to 38 minutes from 47.", "47", "38"),
        ] {
            let p = pairs(text);
            let (old, new) = (
                p.iter().find(|(t, _)| t == first).expect(text),
                p.iter().find(|(t, _)| t == second).expect(text),
            );
            let value = |t: &str| figures_of(t, text);
            assert_eq!(old.1.after, Some(value(second)), "{text}: {p:?}");
            assert_eq!(new.1.before, Some(value(first)), "{text}: {p:?}");
        }
        for text in [
            "It rose 15% to 25 stores.",
            "From 2020, sales rose 15% to $25 million.",
            "It went from 15% of sales to 25 stores.",
            "He scored 15% and, from 2020, 25%.",
            "It rose 5% from 20 stores.",
            "Sales grew 5% from 20% a year ago.",
        ] {
            no_pairs(text);
        }
    }

    #[test]
    fn adjacent_cells_of_a_row_are_pairs() {
        let table = "| Player | FGM | FGA |\n|---|---|---|\n| Kawhi Leonard | 8 | 18 |\n| Tony Parker | 3 | |\n";
        let p = pairs(table);
        assert_eq!(
            p[0],
            (
                "8".to_string(),
                Beside {
                    before: None,
                    after: Some(18.0)
                }
            )
        );
        assert_eq!(p[1].1.before, Some(8.0));
        // the next row is another line: no pair across it
        assert_eq!(p[1].1.after, None);
    }

    #[test]
    fn shooting_lines_are_pairs_not_ranges() {
        let p = pairs("Beal had 23 points (8-19 FG, 0-4 3Pt, 7-10 FT) and 9-17 shooting.");
        let texts: Vec<&str> = p.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["23", "8", "19", "0", "4", "7", "10", "9", "17"]);
        assert_eq!(p[1].1.after, Some(19.0));
        assert_eq!(p[6].1.before, Some(7.0));
        assert_eq!(p[7].1.after, Some(17.0));
        // "19 FG, 0": a label and a comma between them
        assert_eq!(p[2].1.after, None);
        // a range stays a range, in brackets too; a record in brackets after a name is a
        // pair
        let range = pairs("Adults aged 18-24 and (25-34) answered, as did the Hawks (12-26).");
        let texts: Vec<&str> = range.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["18-24", "25-34", "12", "26"]);
    }

    #[test]
    fn lists_ranges_and_amounts_are_not_pairs() {
        for text in [
            "Sales rose 5, 8 and 13 percent.",
            "between 20 and 30 robots",
            "It costs $5 of $18 in total.",
            "About 8 of 18 said so.",
        ] {
            no_pairs(text);
        }
    }
}
