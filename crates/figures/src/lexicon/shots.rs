//! The shooting measures of a box score, as sports writers name them: "9-of-17 shooting",
//! "(7-15 FG, 5-10 3Pt, 1-1 FT)", "53 percent from three-point range". A box score gives
//! each as columns ("Field goals made", "Field goal attempts", "Field goal %"); the
//! writer's words say which columns a pair or a percentage was read from.

/// One shooting measure: the name a claim gives it, the words of its columns' headers
/// (besides "made", "attempts" and "%"), and the ways prose names it after a figure.
#[derive(Debug, PartialEq, Eq)]
pub struct ShotMeasure {
    pub name: &'static str,
    pub header_words: &'static [&'static str],
    written: &'static [&'static str],
}

/// The measures, most specific first: "shooting, including 4-of-4 from long range" names
/// three-pointers where it names them at all.
pub const SHOT_MEASURES: [ShotMeasure; 3] = [
    ShotMeasure {
        name: "three-pointers",
        header_words: &["three", "point", "pointer", "pointers", "3pt"],
        written: &[
            "3pt",
            "3-pt",
            "3p",
            "3pm",
            "3fg",
            "three-pointers",
            "three-point",
            "3-pointers",
            "3-point",
            "threes",
            "from three",
            "from 3",
            "from deep",
            "from downtown",
            "from distance",
            "from long range",
            "from long distance",
            "from outside",
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
    ShotMeasure {
        name: "free throws",
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
    ShotMeasure {
        name: "field goals",
        header_words: &["field", "goal", "goals"],
        written: &[
            "fg",
            "fgm",
            "shooting",
            "field goals",
            "from the field",
            "from the floor",
            "overall",
        ],
    },
];

/// How many words after a figure (and the other side of its pair) may name its measure.
const REACH: usize = 6;

/// The shooting measure the words right after a figure name, in its clause: `after` is
/// the text after the figure, which may open with the other side of a pair ("-of-17
/// shooting", "-15 FG", " of 17 from three").
pub fn shot_measure_after(after: &str) -> Option<&'static ShotMeasure> {
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
    let words = tokens.join(" ");
    let names = |phrase: &str| {
        words
            .match_indices(phrase)
            .any(|(at, _)| starts_word(&words, at) && ends_word(&words, at + phrase.len()))
    };
    SHOT_MEASURES
        .iter()
        .find(|m| m.written.iter().any(|phrase| names(phrase)))
}

/// The shooting measure a claim names by its name (`"free throws"`), as
/// [`shot_measure_after`] put it there.
pub fn shot_measure_named(term: &str) -> Option<&'static ShotMeasure> {
    SHOT_MEASURES
        .iter()
        .find(|m| m.name.eq_ignore_ascii_case(term))
}

fn starts_word(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace())
}

fn ends_word(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_none_or(|c| c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(after: &str) -> Option<&'static str> {
        shot_measure_after(after).map(|m| m.name)
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
    }

    #[test]
    fn a_claim_names_a_measure_by_its_name() {
        assert_eq!(
            shot_measure_named("Free Throws").map(|m| m.name),
            Some("free throws")
        );
        assert_eq!(shot_measure_named("shooting"), None);
    }
}
