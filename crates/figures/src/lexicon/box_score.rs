//! The measures a box score gives as a pair of columns or a percentage, as sports writers
//! name them: "9-of-17 shooting", "(7-15 FG, 5-10 3Pt, 1-1 FT)", "53 percent from
//! three-point range", a team's record "(33-34)". A box score gives each as columns
//! ("Field goals made", "Field goal attempts", "Field goal %"; "Wins", "Losses"); the
//! writer's words say which columns a pair or a percentage was read from.

/// One measure: the name a claim gives it, the words of its columns' headers besides the
/// side's, the words that name each side of its pair ("made", "attempts"), and the ways
/// prose names it after a figure.
#[derive(Debug, PartialEq, Eq)]
pub struct BoxMeasure {
    pub name: &'static str,
    pub header_words: &'static [&'static str],
    /// The header words of a pair's first side ("made") and of its second ("attempts").
    pub sides: [&'static [&'static str]; 2],
    written: &'static [&'static str],
}

const MADE: &[&str] = &["made"];
const ATTEMPTS: &[&str] = &["attempts", "attempt", "attempted"];

/// The name of a team's record, as [`record_in_brackets`] finds it.
pub const RECORD: &str = "record";

/// The measures, most specific first: "shooting, including 4-of-4 from long range" names
/// three-pointers where it names them at all. Phrases other prose uses too are left out:
/// "from three years ago", "from outside the state", "52 percent overall", "3pm".
pub const BOX_MEASURES: [BoxMeasure; 4] = [
    BoxMeasure {
        name: "three-pointers",
        sides: [MADE, ATTEMPTS],
        header_words: &["three", "point", "pointer", "pointers", "3pt"],
        written: &[
            "3pt",
            "3-pt",
            "3fg",
            "three-pointers",
            "three-point",
            "3-pointers",
            "3-point",
            "threes",
            "from deep",
            "from downtown",
            "from long range",
            "from long distance",
            "from beyond the arc",
            "from behind the arc",
            "beyond the arc",
            "from three-point range",
            "from 3-point range",
            "from three-point land",
            "from the three-point line",
            "from the perimeter",
        ],
    },
    BoxMeasure {
        name: "free throws",
        sides: [MADE, ATTEMPTS],
        header_words: &["free", "throw", "throws"],
        written: &[
            "ft",
            "free throws",
            "free-throw",
            "free-throws",
            "from the line",
            "from the foul line",
            "from the stripe",
            "from the charity stripe",
            "from the free-throw line",
            "from the free throw line",
            "at the line",
            "at the free-throw line",
            "at the free throw line",
            "at the foul line",
        ],
    },
    BoxMeasure {
        name: "field goals",
        sides: [MADE, ATTEMPTS],
        header_words: &["field", "goal", "goals"],
        written: &[
            "fg",
            "fgm",
            "shooting",
            "field goals",
            "from the field",
            "from the floor",
        ],
    },
    // "a 33-34 record"; in brackets after a team's name, see `record_in_brackets`
    BoxMeasure {
        name: RECORD,
        header_words: &[],
        sides: [&["wins", "won"], &["losses", "lost"]],
        written: &["record"],
    },
];

/// How many words after a figure (and the other side of its pair) may name its measure.
const REACH: usize = 6;

/// The box-score measure the words right after a figure name, in its clause: `after` is
/// the text after the figure, which may open with the other side of a pair ("-of-17
/// shooting", "-15 FG", " of 17 from three").
pub fn box_measure_after(after: &str) -> Option<&'static BoxMeasure> {
    let clause = after
        .split([',', ';', '.', '(', ')', ':'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let mut tokens: Vec<&str> = clause.split_whitespace().take(REACH + 2).collect();
    // the rest of a pair: "-of-17", "-15", "of 17", "/17"
    if let Some(first) = tokens.first() {
        let tail = first.trim_start_matches(['-', '–', '—', '/']);
        let tail = tail.strip_prefix("of-").unwrap_or(tail);
        if !tail.is_empty() && tail.chars().all(|c| c.is_ascii_digit()) {
            tokens.remove(0);
        } else if *first == "of" && tokens.get(1).is_some_and(|t| t.parse::<u32>().is_ok()) {
            tokens.drain(..2);
        }
    }
    tokens.truncate(REACH);
    // padded with spaces, a phrase is found only as whole words
    let words = format!(" {} ", tokens.join(" "));
    BOX_MEASURES.iter().find(|m| {
        m.written
            .iter()
            .any(|phrase| words.contains(&format!(" {phrase} ")))
    })
}

/// The box-score measure a claim names by its name (`"free throws"`, `record`), as
/// [`box_measure_after`] or [`record_in_brackets`] put it there.
pub fn box_measure_named(term: &str) -> Option<&'static BoxMeasure> {
    BOX_MEASURES
        .iter()
        .find(|m| m.name.eq_ignore_ascii_case(term))
}

/// Whether a pair stands alone in brackets right after a name, as a team's record does:
/// "The Cavaliers (33-34) checked in". `before` is the text before the figure, `after`
/// the text after it; `first` says the figure is the pair's first side.
pub fn record_in_brackets(before: &str, after: &str, first: bool) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashes = ['-', '–', '—'];
    let (open, close) = if first {
        // "(" + figure + "-34)"
        let Some(rest) = after.strip_prefix(dashes) else {
            return false;
        };
        let Some((other, _)) = rest.split_once(')') else {
            return false;
        };
        (before, digits(other))
    } else {
        // "(33-" + figure + ")"
        let Some(head) = before.strip_suffix(dashes) else {
            return false;
        };
        let other_at = head.trim_end_matches(|c: char| c.is_ascii_digit());
        (
            other_at,
            digits(&head[other_at.len()..]) && after.starts_with(')'),
        )
    };
    close
        && open.strip_suffix('(').is_some_and(|name| {
            name.split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(after: &str) -> Option<&'static str> {
        box_measure_after(after).map(|m| m.name)
    }

    #[test]
    fn a_pair_names_its_measure_after_it() {
        assert_eq!(name("-of-17 shooting, in 22 minutes"), Some("field goals"));
        assert_eq!(name(" shooting, in 22 minutes"), Some("field goals"));
        assert_eq!(name("-15 FG, 5-10 3Pt, 1-1 FT)"), Some("field goals"));
        assert_eq!(name("-10 3Pt, 1-1 FT)"), Some("three-pointers"));
        assert_eq!(name(" FT). He's now"), Some("free throws"));
        assert_eq!(name(" of 5 from beyond the arc"), Some("three-pointers"));
        assert_eq!(
            name("-of-4 from long range, in 23 minutes"),
            Some("three-pointers")
        );
    }

    #[test]
    fn a_percentage_names_its_measure_after_it() {
        assert_eq!(name(" from three-point range."), Some("three-pointers"));
        assert_eq!(name(" from the field and 53 percent"), Some("field goals"));
        assert_eq!(name(" from the free throw line"), Some("free throws"));
    }

    #[test]
    fn the_clause_ends_the_search_and_words_must_be_whole() {
        // the next clause's measure is another figure's
        assert_eq!(
            name("-of-13 shooting, including 4-of-4 from long range"),
            Some("field goals")
        );
        assert_eq!(name(" points, including 4-of-4 from long range"), None);
        assert_eq!(name(" rebounds and five assists"), None);
        // "ft" inside a word, "three" alone
        assert_eq!(name(" feet of the left shift"), None);
        assert_eq!(name(" three times"), None);
        assert_eq!(name(" from three years ago"), None);
        assert_eq!(name(" overall"), None);
    }

    #[test]
    fn a_claim_names_a_measure_by_its_name() {
        assert_eq!(
            box_measure_named("Free Throws").map(|m| m.name),
            Some("free throws")
        );
        assert_eq!(box_measure_named("shooting"), None);
        assert_eq!(box_measure_named("record").map(|m| m.name), Some(RECORD));
    }

    #[test]
    fn a_pair_alone_in_brackets_after_a_name_is_a_record() {
        let s = "The Cavaliers (33-34) checked in";
        let first = s.find("33").unwrap_or_default();
        let second = s.find("34").unwrap_or_default();
        assert!(record_in_brackets(&s[..first], &s[first + 2..], true));
        assert!(record_in_brackets(&s[..second], &s[second + 2..], false));
        // a measure inside the brackets, no name before them, a third number
        for s in [
            "Voss had 21 points (8-18 FG)",
            "the vote (8-18) was",
            "Voss (8-18-2) had",
        ] {
            let at = s.find("8-").unwrap_or_default();
            assert!(!record_in_brackets(&s[..at], &s[at + 1..], true), "{s}");
        }
        assert_eq!(name("-22 record, the best"), Some(RECORD));
    }
}
