//! A count followed by the things it counts: "Two friends, Steve and Carly, …", "the four
//! products — ProcessAutomation+, DataAnalyticsPro, CollaborateX and CloudSmart — …".
//!
//! Such a figure is checked by the draft itself: it is right when the list holds that
//! many names and each is in the sources. Summaries write it all the time, and no source
//! states the count, so without this it is always "unsupported".

use crate::extract::Figure;
use crate::quantity::Kind;

/// The most words between the count and its list ("friends", "new products").
const MAX_NOUN_WORDS: usize = 3;
/// The most items a list may hold: beyond it, a count is not written beside its list.
const MAX_ITEMS: usize = 12;
/// The most words one listed name may have ("GreenEnergy Solutions Group").
const MAX_ITEM_WORDS: usize = 4;

/// Whether a quantity may count names: a plain whole number from two to `most`, not
/// hedged, a range or a rate.
pub(super) fn counts_names(q: &crate::quantity::Quantity, most: f64) -> bool {
    q.kind == Kind::Number
        && q.hedge.is_none()
        && q.upper.is_none()
        && q.per.is_none()
        && q.value.fract() == 0.0
        && (2.0..=most).contains(&q.value)
}

/// The names listed right after a count, when the count is a small whole number of
/// plural things followed by a comma, colon, dash or parenthesis and then two or more
/// capitalised names, the last joined by "and". `None` for anything else: a list is told
/// by its form, and a doubtful one is not a list.
pub fn listed_after<'t>(text: &'t str, figure: &Figure) -> Option<Vec<&'t str>> {
    if !counts_names(&figure.quantity, MAX_ITEMS as f64) {
        return None;
    }
    let mut rest = text.get(figure.end..)?;
    // The counted noun: lower-case words, the last of them plural.
    let mut nouns = 0;
    let mut last_noun = "";
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let word_len = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        let word = &trimmed[..word_len];
        if word.is_empty() || !word.chars().all(char::is_lowercase) || nouns == MAX_NOUN_WORDS {
            break;
        }
        nouns += 1;
        last_noun = word;
        rest = &trimmed[word_len..];
    }
    if nouns == 0 || !last_noun.ends_with('s') || last_noun.ends_with("ss") {
        return None;
    }
    // The mark that opens the list.
    let rest = rest.trim_start_matches([' ', '\t']);
    let mut chars = rest.chars();
    let opener = chars.next()?;
    if !matches!(opener, ',' | ':' | '-' | '–' | '—' | '(') {
        return None;
    }
    let mut rest = chars.as_str();
    let mut items = Vec::new();
    let mut closed_by_and = false;
    loop {
        rest = rest.trim_start_matches([' ', '\t']);
        let (item, after) = name_at(rest)?;
        items.push(item);
        if items.len() > MAX_ITEMS {
            return None;
        }
        rest = after;
        if closed_by_and {
            break;
        }
        // ", ", " and ", ", and ", " & "
        let mut r = rest.trim_start_matches([' ', '\t']);
        let comma = r.starts_with(',');
        if comma {
            r = r[1..].trim_start_matches([' ', '\t']);
        }
        if let Some(after_and) = r.strip_prefix("and ").or_else(|| r.strip_prefix("& ")) {
            closed_by_and = true;
            rest = after_and;
        } else if comma {
            rest = r;
        } else {
            return None;
        }
    }
    // The list ends the clause: a closing mark or the end of the sentence.
    let next = rest.trim_start_matches([' ', '\t']).chars().next();
    let ends = next.is_none_or(|c| {
        matches!(
            c,
            ',' | '-' | '–' | '—' | ')' | '.' | ';' | ':' | '\n' | '\r'
        )
    });
    (ends && items.len() >= 2).then_some(items)
}

/// A capitalised name at the start of `s` ("Steve", "ProcessAutomation+", "Acme Corp"),
/// and the text after it. Its words each begin with a capital letter or a digit.
fn name_at(s: &str) -> Option<(&str, &str)> {
    let mut end = 0;
    let mut words = 0;
    loop {
        let word = &s[end..];
        let first = word.chars().next()?;
        if !(first.is_uppercase() || (words > 0 && first.is_ascii_digit())) {
            break;
        }
        let len = word
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '+' | '&' | '.' | '\'')))
            .unwrap_or(word.len());
        // "Inc." keeps its point; a sentence's full stop is not part of the name.
        let len = if word[..len].ends_with('.')
            && !word[len..].starts_with(|c: char| c.is_alphanumeric())
        {
            len - 1
        } else {
            len
        };
        end += len;
        words += 1;
        if words == MAX_ITEM_WORDS {
            break;
        }
        // Another word of the same name follows a single space.
        match s[end..].strip_prefix(' ') {
            Some(next) if next.starts_with(|c: char| c.is_uppercase()) => end += 1,
            _ => break,
        }
    }
    (end > 0).then(|| (&s[..end], &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, extract};

    fn listed(text: &str) -> Option<Vec<&str>> {
        let figures = extract(text, Format::Plain);
        let figure = figures.first().expect("a figure");
        listed_after(text, figure)
    }

    #[test]
    fn a_count_with_its_names_after_it() {
        assert_eq!(
            listed("Two friends, Steve and Carly, plan to meet."),
            Some(vec!["Steve", "Carly"])
        );
        assert_eq!(
            listed(
                "The four products - ProcessAutomation+, DataAnalyticsPro, CollaborateX, and \
                 CloudSmart - aim to cut costs."
            ),
            Some(vec![
                "ProcessAutomation+",
                "DataAnalyticsPro",
                "CollaborateX",
                "CloudSmart"
            ])
        );
        assert_eq!(
            listed("It has three new members: Acme Corp, Globex and Initech."),
            Some(vec!["Acme Corp", "Globex", "Initech"])
        );
    }

    #[test]
    fn not_a_list() {
        // no names after it
        assert_eq!(listed("two women talking about various topics"), None);
        // names, but not the things counted: no mark opens a list
        assert_eq!(listed("Two friends Steve and Carly plan to meet."), None);
        // a list without its closing "and" is not told from a run of names
        assert_eq!(listed("Two friends, Steve, Carly, plan to meet."), None);
        // the list runs on into the clause
        assert_eq!(
            listed("Two rivals, Japan and Korea installed robots."),
            None
        );
        // not a small whole count of things
        assert_eq!(listed("About two friends, Steve and Carly, met."), None);
        assert_eq!(listed("In 2020, Steve and Carly met."), None);
        assert_eq!(listed("2.5 friends, Steve and Carly, met."), None);
    }
}
