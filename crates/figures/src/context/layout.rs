//! Where a sentence stands in the document's layout: a heading, a list item, the lead-in
//! line of a list. A back-reference stops at a heading; a list item's label borrows the
//! measure its lead-in states.

use super::*;

/// Whether an earlier "sentence" is a heading: a short line without a sentence's closing
/// punctuation ("Financial results", "## Markets"). A back-reference does not reach past
/// one: a new section names its own subject.
pub(super) fn is_heading(text: &str, sentence: &Range<usize>) -> bool {
    let Some(s) = text.get(sentence.clone()) else {
        return false;
    };
    let s = s.trim();
    let closed = s
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', '*', '_'])
        .ends_with(['.', '!', '?', ':', ';', ',']);
    s.starts_with('#')
        || (!closed && !s.contains('\n') && s.split_whitespace().count() <= HEADING_WORDS)
}

/// Whether a sentence is an item of a bulleted or numbered list: "- Ages 5 to 17: 36.5%",
/// "* Revenue …", "2. Korea …".
pub(super) fn is_list_item(text: &str, sentence: &Range<usize>) -> bool {
    let Some(s) = text.get(sentence.clone()) else {
        return false;
    };
    let s = s.trim_start();
    let numbered = s
        .find(|c: char| !c.is_ascii_digit())
        .filter(|&k| (1..=2).contains(&k))
        .is_some_and(|k| s[k..].starts_with(". ") || s[k..].starts_with(") "));
    numbered || ["- ", "* ", "+ ", "• "].iter().any(|b| s.starts_with(b))
}

/// Whether a line introduces the list under it: a heading ("Coverage by age group") or a
/// lead-in ending with a colon ("The system's hospitals:").
pub(super) fn introduces_list(text: &str, sentence: &Range<usize>) -> bool {
    is_heading(text, sentence)
        || text
            .get(sentence.clone())
            .is_some_and(|s| s.trim_end().ends_with(':'))
}

/// How far a list's lead-in words count from a figure in one of its items: they say what
/// the list measures, from farther than the item's own words.
pub(super) const LEAD_IN_DISTANCE: u16 = 4;

/// How many content words of its own a list item may have and still be a label that its
/// list's lead-in line says the measure of.
pub(super) const LABEL_WORDS: usize = 2;

/// How many words a line without closing punctuation may have and read as a heading.
const HEADING_WORDS: usize = 8;
