//! The words a corpus is searched by, reduced the same way on both sides: the index stores
//! them for every source figure and source, and the check engine looks a claim's words up
//! in them. One definition here, so that what is indexed is what is asked for.

use foldhash::HashMap;

use crate::context::{Context, canonical_name};

/// The English Snowball stemmer (the `rust-stemmers` crate): "scores"/"scoring"/"score",
/// "installed"/"installs", "aged"/"ages" meet. A possessive is dropped first, and an
/// irregular or British form is put in its common form ("sold" as "sell", "labour" as
/// "labor"), which the stemmer does not do.
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMS: std::cell::RefCell<HashMap<String, String>> = Default::default();
    }
    memo(&STEMS, word, stem_uncached)
}

/// How many words a thread's memo of [`stem`] or [`canonical_name`] holds before it starts
/// afresh: a draft and its candidates use a few thousand; an archive's index run would
/// otherwise keep every word it ever saw.
const MEMO_LIMIT: usize = 1 << 15;

/// `f(key)`, remembered per thread. The engine stems and canonicalises the same few
/// thousand words many times over for every claim's candidates, and Snowball's suffix
/// tables cost more than a hash lookup.
pub(crate) fn memo(
    cache: &'static std::thread::LocalKey<std::cell::RefCell<HashMap<String, String>>>,
    key: &str,
    f: fn(&str) -> String,
) -> String {
    cache.with(|cell| {
        if let Some(known) = cell.borrow().get(key) {
            return known.clone();
        }
        let value = f(key);
        let mut map = cell.borrow_mut();
        if map.len() >= MEMO_LIMIT {
            map.clear();
        }
        map.insert(key.to_string(), value.clone());
        value
    })
}

fn stem_uncached(word: &str) -> String {
    static STEMMER: std::sync::LazyLock<rust_stemmers::Stemmer> = std::sync::LazyLock::new(|| {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
    });
    let w = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    STEMMER.stem(&crate::lexicon::common_form(&w)).into_owned()
}

/// Every word near a figure, stemmed, with how many words away it stands; the words of
/// its anchors (the names that own it) stand at distance 0.
pub fn context_stems(context: &Context) -> HashMap<String, u16> {
    let mut stems = HashMap::default();
    for a in &context.anchors {
        for s in name_stems(a) {
            stems.insert(s, 0);
        }
    }
    for t in &context.terms {
        let d = t.distance;
        stems
            .entry(stem(&t.word))
            .and_modify(|x: &mut u16| *x = (*x).min(d))
            .or_insert(d);
    }
    stems
}

/// The stems of a name's words ("K-EXAONE" → "k", "exaone"), as they stand near the
/// figures the name owns.
pub fn name_stems(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| stem(&w.to_lowercase()))
}

/// The stems of the words a text writes in lower case somewhere: a one-word "name" among
/// them is a common word that happened to open a sentence ("Combined storage fell…").
pub fn lower_case_stems(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(stem)
}

/// Acronyms a text defines by writing them in parentheses after a name whose letters
/// they abbreviate: "Posco Research Institute (POSRI)" → ("POSRI", "posco research
/// institute").
pub fn defined_acronyms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let rest = &text[open + 1..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let acronym = &rest[..close];
        if !(2..=8).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let words: Vec<&str> = text[..open]
            .split_whitespace()
            .rev()
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "of" | "for" | "and")
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let name = words.join(" ");
        let first_letters_match = name
            .chars()
            .next()
            .zip(acronym.chars().next())
            .is_some_and(|(a, b)| a.eq_ignore_ascii_case(&b));
        let mut letters = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_uppercase());
        let abbreviates = acronym.chars().all(|a| letters.any(|l| l == a));
        if first_letters_match && abbreviates {
            out.push((acronym.to_string(), canonical_name(&name)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_are_the_stems_and_the_memo_stays_bounded() {
        thread_local! {
            static TEST: std::cell::RefCell<HashMap<String, String>> = Default::default();
        }
        assert_eq!(stem("installed"), stem_uncached("installed"));
        assert_eq!(stem("installed"), stem_uncached("installs"));
        for n in 0..MEMO_LIMIT + 10 {
            let word = format!("word{n}s");
            assert_eq!(memo(&TEST, &word, stem_uncached), stem_uncached(&word));
        }
        TEST.with(|cell| assert!(cell.borrow().len() <= MEMO_LIMIT));
        assert_eq!(memo(&TEST, "Korea's", stem_uncached), "korea");
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("scores"), stem("scoring"));
        assert_eq!(stem("score"), stem("scored"));
        assert_eq!(stem("robots"), stem("robot"));
        assert_eq!(stem("parameters"), stem("parameter"));
        assert_eq!(stem("released"), stem("release"));
        assert_eq!(stem("companies"), stem("company"));
        assert_ne!(stem("market"), stem("rate"));
        assert_eq!(stem("aged"), stem("ages"));
        assert_eq!(stem("installed"), stem("installs"));
        assert_eq!(stem("Korea’s"), stem("korea"));
        assert_eq!(stem("sold"), stem("sells"));
        assert_eq!(stem("Labour"), stem("labor"));
    }

    #[test]
    fn acronyms_are_read_where_a_text_defines_them() {
        let text =
            "Analysts at Posco Research Institute (POSRI) said so; (AB) alone is no acronym.";
        assert_eq!(
            defined_acronyms(text),
            vec![("POSRI".to_string(), "posco research institute".to_string())]
        );
    }

    #[test]
    fn lower_case_words_are_found_wherever_they_stand() {
        let found: Vec<String> =
            lower_case_stems("Combined storage fell; combined totals rose.").collect();
        assert!(found.contains(&stem("combined")));
        assert!(!found.iter().any(|w| w.starts_with('C')));
    }
}
