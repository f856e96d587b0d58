//! Figures → claims: states what a draft figure says, in the claim language.
//!
//! The claim is what the engine evaluates *and* what it shows the writer, so a writer who
//! disagrees with a verdict can copy the claim, edit it, and run `figcheck query` on it.

use figcheck_claims::{Claim, Comparison, Partner, Term};
use figcheck_figures::{Beside, Context, Figure, Kind, SUBJECT_DISTANCE};

/// How many measure words a claim keeps, and how far from the figure they may be.
/// Ten words reach across a parenthesised list ("…installed robots, behind China
/// (295,000), Japan (44,500)…") back to the verb and noun the list is about.
const MAX_WORDS: usize = 5;
const MAX_DISTANCE: u16 = 10;
/// How many words after a percentage may hold the total it is a share of: "38% of the
/// airport's total".
const TOTAL_WORDS: usize = 4;
/// How far after a figure its comparative stands: "264,000 more passengers than".
const COMPARATIVE_DISTANCE: u16 = 3;

/// The claim a draft figure makes, from its context, its `sentence`'s text and `after`,
/// the draft's text after the figure.
pub(crate) fn claim_of(figure: &Figure, context: &Context, sentence: &str, after: &str) -> Claim {
    let mut terms: Vec<Term> = context
        .anchors
        .iter()
        .filter(|a| is_term_text(a))
        .map(|a| Term {
            text: a.clone(),
            quoted: a.contains(char::is_whitespace),
            excluded: false,
        })
        .collect();
    // A multiple or a share compares its owner with another name ("nine times as much as
    // Ridgeback"): both are what the figure is about, and both are needed to derive it.
    // So does a gap ("264,000 more passengers than Northline").
    // A comparative with no "than" after it compares nothing named: "$1.7 million from
    // the higher rate, … the Foundry Row garage" is no gap to Foundry Row.
    let gap = context.terms.iter().any(|t| {
        t.distance <= COMPARATIVE_DISTANCE
            && figcheck_figures::COMPARATIVES.contains(&t.word.as_str())
    }) && than_follows(after);
    if matches!(figure.quantity.kind, Kind::Multiplier | Kind::Fraction) || gap {
        add_compared_names(&mut terms, context);
    }
    let unit = figure.quantity.unit.as_deref().map(str::to_lowercase);
    // Words of names that are not the figure's own belong to other clauses' subjects
    // ("…scores 23, while Motif-2-12.7B…"): they would only blur the measure. Not the one
    // word a sentence opens with (after any bold lead-in, which opens the paragraph) when
    // the figure has no owner: "**Where does the money come from?** Bonds supply $110
    // million" is about bonds, the capital letter's only reason.
    let opening = context
        .anchors
        .is_empty()
        .then(|| {
            let body = sentence
                .trim_start()
                .strip_prefix("**")
                .and_then(|lead| lead.split_once("**").map(|(_, rest)| rest))
                .unwrap_or(sentence);
            body.split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
        })
        .flatten();
    let name_words: Vec<String> = context
        .entities
        .iter()
        .filter(|e| Some(e.as_str()) != opening)
        .flat_map(|e| e.split_whitespace().map(str::to_lowercase))
        .collect();
    let near = context
        .terms
        .iter()
        .filter(|t| t.distance <= MAX_DISTANCE)
        .filter(|t| Some(t.word.as_str()) != unit.as_deref() && is_term_text(&t.word))
        .filter(|t| !name_words.contains(&t.word));
    // A named period ("second-half") says which part of the measure, on top of the
    // measure's own words: it takes no place of theirs.
    // So does the common noun the sentence opens with as its subject ("Herring was …,
    // yet earned only $6.9 million"), which the context marks by its distance.
    let (extra, others): (Vec<&figcheck_figures::Term>, Vec<_>) = near
        .partition(|t| figcheck_figures::is_period_term(&t.word) || t.distance == SUBJECT_DISTANCE);
    let mut words: Vec<&str> = others
        .into_iter()
        .map(|t| t.word.as_str())
        .take(MAX_WORDS)
        .collect();
    words.extend(extra.into_iter().map(|t| t.word.as_str()));
    // "38% of the total" is a share, as a source's "Market share (%)" column says (not
    // "grants total $21.4 million, up 27%": the total must follow close by, in the
    // figure's clause).
    let of_the_total = after
        .split([',', ';', '.', '(', ')'])
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .take(TOTAL_WORDS)
        .any(|w| matches!(w.to_lowercase().as_str(), "total" | "all"));
    if figure.quantity.kind == Kind::Percent && of_the_total && !words.contains(&"share") {
        words.push("share");
    }
    if words.is_empty() {
        words = context
            .terms
            .iter()
            .map(|t| t.word.as_str())
            .filter(|w| Some(*w) != unit.as_deref() && is_term_text(w))
            .filter(|w| !name_words.iter().any(|n| n == w))
            .take(2)
            .collect();
    }
    // "9-of-17 shooting", "53 percent from three-point range": the measure named after a
    // pair or a share, by the name its box-score columns carry, before the other words.
    let partner = partner(context.beside);
    if (partner.is_some() || figure.quantity.kind == Kind::Percent)
        && let Some(measure) = figcheck_figures::box_measure_after(after)
        && !words.contains(&measure.name)
    {
        add_term(&mut terms, measure.name);
    }
    terms.extend(words.into_iter().map(|w| Term {
        text: w.to_string(),
        quoted: false,
        excluded: false,
    }));

    let mut quantity = figure.quantity.clone();
    // The lower bound keeps `upper`, as the claim parser sets it, so a printed claim
    // parses back to the same claim.
    let comparison = match quantity.upper {
        Some(upper) => {
            let mut high = quantity.clone();
            high.value = upper;
            high.hedge = None;
            high.upper = None;
            Comparison::Between(high)
        }
        None => Comparison::from_hedge(quantity.hedge),
    };
    quantity.hedge = comparison.hedge();
    if let Comparison::Between(high) = &comparison {
        quantity.unit.clone_from(&high.unit);
    }
    Claim {
        terms,
        comparison,
        quantity,
        tolerance: None,
        scope: None,
        counted: Vec::new(),
        // "8-of-18", "(4-7 FG)": the other side of a pair is part of the claim.
        partner,
        // Whether a change ended at it is read from the draft's words before the figure,
        // in `Engine::claims_of`.
        reached: false,
        dated: context.dated,
        // Whether the figure is the day of a dateline is read from the draft's layout, in
        // `Engine::claims_of`.
        dateline: false,
        // The sentence's other figures are known only among the draft's figures: set by
        // `Engine::claims_of`.
        companions: Vec::new(),
        earlier: Vec::new(),
    }
}

/// Whether "than" follows the figure in its clause, a few words on: "264,000 more
/// passengers than Northline".
fn than_follows(after: &str) -> bool {
    after
        .split_whitespace()
        .take(THAN_REACH)
        .take_while(|w| !w.ends_with(['.', ';', ':', '!', '?']))
        .any(|w| w.eq_ignore_ascii_case("than"))
}

/// How many words after a figure its "than" may stand ("264,000 more passengers a year
/// than").
const THAN_REACH: usize = 8;

/// Every name of the figure's sentence as a term of its claim, after its owners: the
/// other side of a comparison is what the figure is about too.
fn add_compared_names(terms: &mut Vec<Term>, context: &Context) {
    for e in &context.entities {
        add_term(terms, e);
    }
}

/// A name or word as a term of a claim (quoted if it has a space), unless the claim has
/// it or cannot write it.
pub(crate) fn add_term(terms: &mut Vec<Term>, text: &str) {
    if is_term_text(text) && !terms.iter().any(|t| t.text == text) {
        terms.push(Term {
            text: text.to_string(),
            quoted: text.contains(char::is_whitespace),
            excluded: false,
        });
    }
}

/// The owner a gap in points is measured against, named right after the comparison:
/// "17 points behind Pinecrest", "8.9 points above Coastal Jet's". Only that name: in
/// "15 points above Lake Harlan and 30 points above Ridgeback", Ridgeback is another
/// gap's.
pub(crate) fn points_behind<'c>(after: &str, context: &'c Context) -> Option<&'c str> {
    let mut words = after.split_whitespace();
    if !matches!(words.next(), Some("points" | "point" | "percentage")) {
        return None;
    }
    let rest: Vec<&str> = words.take(6).collect();
    let comparison = rest
        .iter()
        .take(2)
        .position(|w| matches!(*w, "behind" | "ahead" | "above" | "below"))?;
    let named = rest[comparison + 1..]
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "of" | "the"))
        .collect::<Vec<_>>()
        .join(" ");
    context
        .entities
        .iter()
        .find(|e| named.starts_with(e.as_str()))
        .map(String::as_str)
}

/// Whether a word or name can be written as a claim term: it must start with a letter
/// and hold no quote, so the printed claim parses back.
fn is_term_text(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphabetic)
        && !s.contains(['"', '\\'])
        && !matches!(s, "between" | "and" | "within" | "in")
        && !is_pair_joint(s)
}

/// "of-18", "for-19": the joint and second side of a pair ("8-of-18"), which the claim
/// states as its partner (`before 18`), not as a word.
fn is_pair_joint(s: &str) -> bool {
    ["of-", "for-"].iter().any(|joint| {
        s.strip_prefix(joint)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The claim's other side of a pair, the one written after the figure first.
fn partner(beside: Beside) -> Option<Partner> {
    let plain = |v: &f64| *v >= 0.0 && v.is_finite() && v.abs() < 1e15;
    beside
        .after
        .filter(plain)
        .map(|value| Partner {
            value,
            follows: true,
        })
        .or_else(|| {
            beside.before.filter(plain).map(|value| Partner {
                value,
                follows: false,
            })
        })
}

/// Words that say a value changed, as stems: "fell to 35%" names the end it reached.
const REACHING_STEMS: &[&str] = &[
    "rise", "fall", "drop", "climb", "grow", "increas", "declin", "decreas", "jump", "slip",
    "sink", "plung", "soar", "slide", "shrink", "cut", "rais", "reduc", "lower", "swell",
];

/// Words between "to" and the value it reached: "rose to about 35%", "fell to a record
/// low of", "climbed to an estimated 2,100".
const BEFORE_THE_VALUE: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "just",
    "some",
    "a",
    "an",
    "estimated",
    "record",
    "new",
];

/// How many words before "to" its change verb may stand: "cutting its share to 33.4%".
const REACHING_WORDS: usize = 3;

/// Whether `before`, the draft's text up to a figure, writes the figure as the value a
/// change reached: "fell to 35%", "rose to about $48.6 million", "cutting its share to
/// 33.4%", "coverage reached 69.0%". Not a bound ("up to 35%") nor a target without a change ("to 35% by 2030").
/// Only the figure's line is read, and of it only the last few words: reading back to
/// the line's start for every figure would be quadratic on a long line.
pub(crate) fn reached_by_change(before: &str) -> bool {
    let words: Vec<String> = words_back(before, 120).take(8).collect();
    let mut rest = words
        .iter()
        .skip_while(|w| BEFORE_THE_VALUE.contains(&w.as_str()))
        .map(String::as_str);
    match rest.next() {
        Some("to") => {}
        // "coverage reached 69.0%": the level, not the "from 69.0%" it rose from
        Some("reached" | "reaches" | "reaching") => return true,
        _ => return false,
    }
    // "rise by up to 35%": a bound
    let mut rest = rest.peekable();
    if rest.peek() == Some(&"up") {
        return false;
    }
    rest.take(REACHING_WORDS).any(|w| {
        let stemmed = figcheck_figures::stem(w);
        REACHING_STEMS.iter().any(|s| stemmed.starts_with(s))
    })
}

/// Whether `after`, the draft's text after a figure, writes the figure as the value a
/// change reached by stating the change right after it: "worth $622.7 million, up 3.1%",
/// "21,760 tonnes in 2025, down 2%", "$14.6 million (up 2.1%)". Then a source's "up 3.1%
/// from $622.7 million" states that value as where the change started, the year before,
/// and is no support. Only a few words of unit or year may stand between the figure and
/// the comma or bracket; not a list ("40 tonnes, up from 38, and 12 boats, up 3") whose
/// change belongs to another figure: the change must follow at once.
pub(crate) fn followed_by_its_change(before: &str, after: &str) -> bool {
    // "down from 47, a drop of 9 minutes", "against 47.4%, a gain of 3.6 points": the
    // value the change started from, compared with the one before it
    if words_back(before, 40)
        .find(|w| !BEFORE_THE_VALUE.contains(&w.as_str()))
        .is_some_and(|w| matches!(w.as_str(), "from" | "against" | "versus" | "vs" | "with"))
    {
        return false;
    }
    let line = after.split(['\n', '\r']).next().unwrap_or_default();
    let line = line
        .get(..figcheck_figures::floor_char_boundary(line, line.len().min(FOLLOWING_BYTES)))
        .unwrap_or_default();
    let Some(mark) = line.find([',', '(']) else {
        return false;
    };
    // "tonnes", "in 2025", "a gallon": a unit or a year, no clause of its own
    let between: Vec<&str> = line[..mark].split_whitespace().collect();
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    if between.len() > 3
        || !between
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic) || year(w))
        // "against 79% a year earlier, a rise of 11 points": the earlier end
        || between.iter().any(|w| {
            matches!(
                *w,
                "and" | "or" | "to" | "from" | "than" | "earlier" | "before" | "ago" | "prior"
            )
        })
    {
        return false;
    }
    let mut words = line[mark + 1..]
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let direction = match words.next() {
        Some("up" | "down" | "rising" | "falling" | "increasing" | "decreasing") => true,
        Some("a" | "an") => {
            matches!(
                words.next(),
                Some("rise" | "increase" | "gain" | "drop" | "decline" | "fall" | "decrease")
            ) && words.next() == Some("of")
        }
        _ => false,
    };
    // the change's size (or where it started) next, past "by" and a hedge
    direction
        && words
            .find(|w| {
                !matches!(
                    *w,
                    "by" | "about" | "around" | "roughly" | "nearly" | "almost" | "some" | "just"
                )
            })
            .is_some_and(|w| {
                w == "from"
                    || w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
            })
}

/// Whether `after`, the draft's text after a figure, says the figure is this period's:
/// "took in $13.1 million this year", "2,150 tonnes this season". A source's "up 13% from
/// $13.1 million in 2024" gives that value as the earlier one, where a change started,
/// and is no support; the claim is `reached`. A few words of unit may come first.
pub(crate) fn said_of_this_period(after: &str) -> bool {
    let line = after.split(['\n', '\r']).next().unwrap_or_default();
    // the figure's own clause: "…, and this year" is another's
    let clause = line.split([',', ';', '.', '(']).next().unwrap_or_default();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    words
        .windows(2)
        .take(3)
        .any(|pair| pair[0] == "this" && matches!(pair[1], "year" | "season" | "quarter" | "month"))
        && words
            .iter()
            .take_while(|w| **w != "this")
            .all(|w| w.chars().all(char::is_alphabetic) && !matches!(*w, "from" | "than" | "since"))
}

/// How many bytes after a figure [`followed_by_its_change`] reads.
const FOLLOWING_BYTES: usize = 80;

/// The direction word right before a figure that writes it as the size of a change:
/// "down" in "171 GWh, down 12.3%" or "down by about 9%", "up" in "up 32% from $29.5
/// million". Not the level a change reached ("down to 35%"), nor a bound ("up to 35%").
/// Neither word is a measure word, so a claim keeps it only so; then a table's "-12.3" is
/// its fall, and "up 32%" a change worked out from two figures. Only the last few words of
/// the figure's line are read.
pub(crate) fn change_written_before(before: &str) -> Option<&'static str> {
    let word =
        words_back(before, 60).find(|w| !BEFORE_THE_VALUE.contains(&w.as_str()) && w != "by")?;
    match word.as_str() {
        "down" => Some("down"),
        "up" => Some("up"),
        _ => None,
    }
}

/// The measure a contest between two teams is about, when the figure is its score and
/// the sentence names the measure only before it: "Rebounding was a huge factor, with
/// the Pacers winning that battle, 42-34", "won the rebounding battle 46-34". `None`
/// when no "battle" stands right before the score, or its sentence names no measure.
pub(crate) fn battle_measure(before: &str) -> Option<&'static str> {
    // only the last BATTLE_BYTES are read, as `words_back` reads them: searching the
    // whole text before every figure for its sentence's start would be quadratic
    let tail = &before[figcheck_figures::floor_char_boundary(
        before,
        before.len().saturating_sub(BATTLE_BYTES),
    )..];
    let sentence = tail
        .rfind(['.', '!', '?', '\n'])
        .map_or(tail, |end| &tail[end + 1..]);
    let words: Vec<String> = words_back(sentence, BATTLE_BYTES)
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let at = words.iter().take(3).position(|w| w == "battle")?;
    words[at + 1..].iter().find_map(|w| battle_noun(w))
}

/// How far back [`battle_measure`] reads for the battle's measure.
const BATTLE_BYTES: usize = 200;

/// Whether a claim's word is a measure [`battle_measure`] adds ("rebounds"): one that
/// names itself.
pub(crate) fn is_battle_measure(word: &str) -> bool {
    battle_noun(word) == Some(word)
}

/// The box-score column a word names as the subject of a contest ("rebounding").
fn battle_noun(word: &str) -> Option<&'static str> {
    match word {
        "rebounding" | "rebounds" | "boards" | "glass" => Some("rebounds"),
        "turnover" | "turnovers" => Some("turnovers"),
        "assists" | "passing" => Some("assists"),
        _ => None,
    }
}

/// The words of `before`'s last line within its last `bytes` bytes, nearest the end
/// first, lower-cased: what stands right before a figure, read without going back to the
/// line's start (quadratic on a long line, were it done for every figure).
fn words_back(before: &str, bytes: usize) -> impl Iterator<Item = String> + '_ {
    let before = &before
        [figcheck_figures::floor_char_boundary(before, before.len().saturating_sub(bytes))..];
    let before = before.rfind('\n').map_or(before, |n| &before[n + 1..]);
    before
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_battle_is_about_the_measure_its_sentence_names_before_it() {
        let m = battle_measure;
        assert_eq!(
            m("Rebounding was a huge factor, with the Pacers winning that battle, "),
            Some("rebounds")
        );
        assert_eq!(m("They won that battle, 46-"), None);
        assert_eq!(m("The Heat won the turnover battle "), Some("turnovers"));
        // the measure of another sentence, or no battle right before the score
        assert_eq!(m("Rebounding was key. They won that battle, "), None);
        assert_eq!(
            m("Rebounding won the battle, and the Heat then scored "),
            None
        );
    }

    #[test]
    fn a_change_is_written_with_down_or_up_before_the_figure() {
        let change = change_written_before;
        assert_eq!(change("Osprey Falls produced 171 GWh, down "), Some("down"));
        assert_eq!(change("sales were down by about "), Some("down"));
        assert_eq!(change("$38.9 million to nine utilities, up "), Some("up"));
        assert_eq!(change("its share fell down to "), None);
        assert_eq!(change("rates may rise up to "), None);
        assert_eq!(change("down the road lived "), None);
        assert_eq!(change("down\nThe plant made "), None);
    }

    #[test]
    fn a_change_stated_right_after_a_value_makes_it_the_value_reached() {
        for after in [
            ", up 3.1%, so Ashcombe had about 16%",
            " in 2025, down 2% from the year before",
            " tonnes, up by about 4%",
            " (up 2.1%)",
            ", an increase of 12% on 2024",
            ", up from $4 million",
        ] {
            assert!(
                followed_by_its_change("Landings were worth ", after),
                "{after}"
            );
        }
        for after in [
            // a change to another figure of a list, a bound, no change at all
            " tonnes and 12 boats, up 3",
            ", up to 40% more",
            ", the most since 1994",
            " in grants to 12 airports, up 8%",
            "\n, up 3%",
            ".",
        ] {
            assert!(
                !followed_by_its_change("Landings were worth ", after),
                "{after}"
            );
        }
        // the earlier end, with its change after it
        for (before, after) in [
            ("a median 38 minutes, down from ", ", a drop of 9 minutes"),
            (
                "51.0% of it against ",
                " a year earlier, a gain of 3.6 points",
            ),
            ("88% full against ", ", a rise of 11 points"),
        ] {
            assert!(!followed_by_its_change(before, after), "{before}{after}");
        }
    }

    #[test]
    fn a_value_said_of_this_period_is_the_value_reached() {
        for after in [
            " this year and cleared",
            " tonnes this season.",
            " in fees this year",
        ] {
            assert!(said_of_this_period(after), "{after}");
        }
        for after in [
            " from this year's budget",
            " more than this year",
            " last year",
            ", and this year",
            "\nthis year",
        ] {
            assert!(!said_of_this_period(after), "{after}");
        }
    }

    #[test]
    fn a_change_reaches_the_value_written_after_to() {
        for before in [
            "commercial insurance's share fell to ",
            "Revenue rose to about ",
            "output fell, cutting its share to ",
            "Enrollment climbed to an estimated ",
            // the level reached, whatever it rose from
            "Coverage among residents 65 and older reached ",
        ] {
            assert!(reached_by_change(before), "{before}");
        }
        for before in [
            // a bound, a target, a start, and a "to" with no change before it
            "fares may rise by up to ",
            "the plan aims to reach ",
            "share fell from ",
            "the vote went to ",
            // the change word is on another line
            "Revenue fell\nto ",
            "",
        ] {
            assert!(!reached_by_change(before), "{before}");
        }
    }
}
