//! Comparing names: the same name written differently, a name within another.

use super::*;

/// Canonical, lower-case form of a name for comparison: "the US" and "United States" are
/// one; "South Korea" is "korea".
pub fn canonical_name(name: &str) -> String {
    thread_local! {
        static NAMES: std::cell::RefCell<foldhash::HashMap<String, String>> =
            Default::default();
    }
    crate::vocabulary::memo(&NAMES, name, canonical_uncached)
}

fn canonical_uncached(name: &str) -> String {
    let lower = name.trim().trim_start_matches("the ").to_lowercase();
    let known = lexicon::canonical_name(&lower);
    if known != lower {
        return known.to_string();
    }
    // Initials and abbreviations are written with dots and without: "J.J. Barea" is "JJ
    // Barea".
    let undotted: Vec<String> = lower
        .split(' ')
        .map(|w| {
            let letters = w.trim_end_matches('.');
            let initials =
                letters.contains('.') && letters.split('.').all(|l| l.chars().count() == 1);
            if initials {
                letters.replace('.', "")
            } else {
                // "St. Brendan" is "St Brendan", "Inc." is "Inc"
                letters.to_string()
            }
        })
        .collect();
    // "Councilmember Tomás Brennan" is Tomás Brennan; a title alone stays a word.
    let untitled = match undotted.split_first() {
        Some((first, rest)) if !rest.is_empty() && lexicon::is_title(first) => rest,
        _ => &undotted[..],
    };
    let undotted = untitled.join(" ");
    lexicon::canonical_name(&undotted).to_string()
}

/// Whether two names denote the same thing: equal after [`canonical_name`], or one's
/// words are all among the other's ("HyperCLOVA" and "HyperCLOVA X SEED Think").
pub fn same_name(a: &str, b: &str) -> bool {
    let (raw_a, raw_b) = (a, b);
    let (a, b) = (canonical_name(a), canonical_name(b));
    if a == b || initials_of(raw_a, &b) || initials_of(raw_b, &a) {
        return true;
    }
    let Some((small, large)) = shorter_within(&a, &b) else {
        return false;
    };
    // "Korea" is not "Korea Telecom", nor "Stanford" the "Stanford AI Index": words that
    // make a name into an organisation or a publication keep the two apart.
    let distinguishing = lexicon::is_country(&small.join(" "))
        && large
            .iter()
            .filter(|w| !small.contains(w))
            .any(|w| ORGANISATION_WORDS.contains(w));
    small.first() == large.first() && !distinguishing
}

/// Whether `acronym` (one word, in any case: callers often pass canonical names) is the
/// initials of `name` (canonical), of at least two words: "FAA" and "federal aviation
/// administration", "DOT" and "department of transportation". Sources often give the name
/// and drafts the initials, without the source ever defining them.
fn initials_of(acronym: &str, name: &str) -> bool {
    // Asked on every comparison of two names: nothing is allocated.
    let acronym = acronym.trim().as_bytes();
    if !(2..=6).contains(&acronym.len()) || !acronym.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    // With or without the small words: "DOT" keeps the "of", "FAA" has none to keep.
    let spells = |keep_small: bool| {
        let mut words = name
            .split([' ', '-'])
            .filter(|w| !w.is_empty())
            .filter(|w| keep_small || !matches!(*w, "of" | "and" | "for" | "the" | "&"));
        acronym.iter().all(|c| {
            words
                .next()
                .is_some_and(|w| w.as_bytes().first() == Some(&c.to_ascii_lowercase()))
        }) && words.next().is_none()
    };
    spells(true) || spells(false)
}

/// Whether every word of one name is among the other's, wherever they start: "the
/// Authority" and the "Cascade Valley Water Authority". Looser than [`same_name`].
pub fn words_within(a: &str, b: &str) -> bool {
    shorter_within(&canonical_name(a), &canonical_name(b)).is_some()
}

/// The two names' words, shorter first, when every word of the shorter is in the longer.
pub(super) fn shorter_within<'n>(a: &'n str, b: &'n str) -> Option<(Vec<&'n str>, Vec<&'n str>)> {
    let wa: Vec<&str> = a.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let wb: Vec<&str> = b.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let (small, large) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    (!small.is_empty() && small.iter().all(|w| large.contains(w))).then_some((small, large))
}

/// Places whose name is often the first word of an organisation's ("Korea Telecom").
pub(super) const ORGANISATION_WORDS: [&str; 22] = [
    "telecom",
    "research",
    "institute",
    "university",
    "group",
    "electronics",
    "bank",
    "corporation",
    "corp",
    "inc",
    "lab",
    "labs",
    "foundation",
    "ministry",
    "agency",
    "council",
    "association",
    "index",
    "times",
    "post",
    "news",
    "telecommunications",
];
