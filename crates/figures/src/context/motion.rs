//! A vote written as a sentence of its own, as minutes write it: "Director Valcourt moved
//! approval; Director Hargreave seconded. Carried 6-0." The tally's sentence says only
//! that a motion carried; what the motion was is in the sentences before it, in its
//! paragraph. Read from its own sentence, every tally of the minutes is the same "carried"
//! figure, and a draft's "voted 6-0 to give the vendors a rent credit" could not tell the
//! rent credit's vote from the roof contract's.

use super::*;

/// How far the words of the motion stand from its tally: as far as a question's from its
/// answer, nearer than nothing, farther than the tally's own sentence.
const MOTION_DISTANCE: u16 = QUESTION_DISTANCE;

/// How many sentences before a tally its motion is read from, in its paragraph.
const MOTION_REACH: usize = 3;

/// Words a tally's sentence may hold besides a tally word and names, and still be no more
/// than the tally: "Carried 5-1, Director Ferreira voting no", "Carried 4-2, directors
/// Ferreira and Osei voting no", "Motion carried unanimously".
const TALLY_ONLY: [&str; 26] = [
    "motion",
    "voting",
    "voted",
    "vote",
    "unanimously",
    "opposed",
    "abstaining",
    "abstained",
    "against",
    "seconded",
    "yes",
    "aye",
    "director",
    "directors",
    "commissioner",
    "commissioners",
    "member",
    "members",
    "trustee",
    "trustees",
    "councilor",
    "councilors",
    "councillor",
    "councillors",
    "supervisor",
    "supervisors",
];

/// Whether a word (lower case) is one every tally may say: a tally word or one of
/// [`TALLY_ONLY`].
fn says_only_the_tally(word: &str) -> bool {
    lexicon::is_tally_word(word) || TALLY_ONLY.contains(&word)
}

/// Whether a sentence is a vote's tally and nothing more: a tally word, and besides it
/// only names, figures, [`TALLY_ONLY`] words and words that say nothing ("Carried 6-0.",
/// "Carried 4-2, directors Ferreira and Osei voting no."). Its figures count votes, and
/// its motion is in the sentences before it.
pub fn is_bare_tally(sentence: &str) -> bool {
    let mut tallied = false;
    for w in sentence.split(|c: char| !c.is_alphanumeric()) {
        let Some(first) = w.chars().next() else {
            continue;
        };
        let lw = w.to_lowercase();
        if lexicon::is_tally_word(&lw) {
            tallied = true;
        } else if !first.is_uppercase() && is_content_word(&lw) && !says_only_the_tally(&lw) {
            return false;
        }
    }
    tallied
}

/// The content words of the motion a tally written alone carried: those of the sentences
/// before `sentence` in its paragraph (at most [`MOTION_REACH`], not across a blank line
/// or a heading), when `sentence` [`is_bare_tally`]. Empty for any other sentence.
pub(super) fn motion_terms(
    reader: &Reader<'_>,
    sentence: &Range<usize>,
    earlier: &[Range<usize>],
) -> Vec<Term> {
    let text = reader.text;
    if !text.get(sentence.clone()).is_some_and(is_bare_tally) {
        return Vec::new();
    }
    let mut terms: Vec<Term> = Vec::new();
    let mut next_start = sentence.start;
    for prior in earlier.iter().take(MOTION_REACH) {
        let between = text.get(prior.end..next_start).unwrap_or("\n\n");
        if between.matches('\n').count() > 1 || is_heading(text, prior) {
            break;
        }
        let ptoks = tokenize(text, tail(text, prior.clone()), &[], 0..0);
        let pruns = name_runs(reader, &ptoks);
        borrow_words(&ptoks, &pruns, MOTION_DISTANCE, &mut terms);
        next_start = prior.start;
    }
    terms
}

/// "The council voted 8-0 for the lane, 6-2 for a subsidy and 5-3 to raise the price":
/// a side of a tally that continues such a list takes the list's vote word, which stands
/// too far back in the sentence to be among its own words.
pub(super) fn listed_tally_terms(text: &str, target: &Range<usize>) -> Vec<Term> {
    let before = text.get(..target.start).unwrap_or_default();
    // the pair's first side: the text before the second starts with "5-"
    let first_side = before
        .strip_suffix(['-', '–'])
        .map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|b| b.len() < before.len() - 1);
    let after = text.get(target.end..).unwrap_or_default();
    let second_follows = after
        .strip_prefix(['-', '–'])
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    if first_side.is_none() && !second_follows {
        return Vec::new();
    }
    let pair_start = first_side.unwrap_or(before);
    lexicon::listed_tally_word(pair_start)
        .map(|word| Term {
            word,
            distance: MOTION_DISTANCE,
        })
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Format, extract};

    #[test]
    fn a_tally_continuing_a_list_takes_the_lists_vote_word() {
        let t = "The council voted 8-0 for the lane, 6-2 for a subsidy and 5-3 to raise \
                 the membership price for the riders and the 60 stations.";
        for fig in ["5", "3"] {
            assert!(near(t, fig, "voted"), "{fig}");
        }
        // a figure after the list's comma that is no tally's side does not
        let t = "The council voted 8-0 for the new protected lane on the avenue by the \
                 river, near the park, 60 stations and more.";
        assert!(!near(t, "60", "voted"));
    }

    /// Whether `word` is among the terms of `fig` as near as a motion's words.
    fn near(text: &str, fig: &str, word: &str) -> bool {
        let figs = extract(text, Format::Plain);
        let at = figs.iter().position(|f| f.text == fig).expect("figure");
        crate::context::contexts(text, &figs)[at]
            .terms
            .iter()
            .any(|t| t.word == word && t.distance <= super::MOTION_DISTANCE)
    }

    fn terms(text: &str, fig: &str) -> Vec<String> {
        let figs = extract(text, Format::Plain);
        let at = figs.iter().position(|f| f.text == fig).expect("figure");
        crate::contexts(text, &figs)[at]
            .terms
            .iter()
            .map(|t| t.word.clone())
            .collect()
    }

    const MINUTES: &str = "Roof contract\n\nThree bids were opened. Director Osei moved to \
        award the roof contract to Thale & Sons; Director Pruitt seconded. Carried 5-1, directors Valcourt and Osei voting no.\n\n\
        Rent credit\n\nMs. Quint recommended that the East Hall vendors pay half their \
        rent while the hall is closed. Director Valcourt moved approval; Director Hargreave \
        seconded. Carried 6-0, Director Osei voting no.\n";

    #[test]
    fn a_tally_alone_carries_the_words_of_its_motion() {
        let rent = terms(MINUTES, "6");
        assert!(rent.contains(&"rent".to_string()), "{rent:?}");
        assert!(rent.contains(&"vendors".to_string()), "{rent:?}");
        let roof = terms(MINUTES, "5");
        assert!(roof.contains(&"contract".to_string()), "{roof:?}");
    }

    #[test]
    fn not_across_a_paragraph_or_from_a_sentence_with_words_of_its_own() {
        // the rent credit's paragraph does not reach back to the roof contract's
        let rent = terms(MINUTES, "6");
        assert!(!rent.contains(&"contract".to_string()), "{rent:?}");
        // a tally that says what it decided keeps to its own words
        let t = "Ms. Quint recommended a rent credit for the vendors. The board approved the \
                 parking rates 4-2.";
        let own = terms(t, "4");
        assert!(!own.contains(&"vendors".to_string()), "{own:?}");
    }
}
