//! A count that refers back to the names its paragraph gave: "Corran Delta … led the
//! county with 52 positive pools, while Ashby had 41. Together the two zones produced 93"
//! counts Corran Delta and Ashby; "Riverside Pool would get …, and Linden Street Pool would
//! be rebuilt … The two projects take more than two thirds of the bond."
//!
//! Like a count with its list after it ([`super::listed_after`]), such a figure is
//! checked by the draft itself: it is right when the paragraph named that many before it.
//! Only a definite count of plural things ("the two zones", "those three projects",
//! "both sites") is read so, and only when the paragraph so far names exactly as many.

use super::*;

/// The most things a count back may count: a paragraph names few.
const MOST: f64 = 6.0;

/// The words that make a count refer back: "the two zones", "those three", "both".
const DEFINITE: &[&str] = &["the", "those", "these", "both", "all"];

/// For each figure, the names its paragraph gives before it when the figure counts them
/// back ("the two zones" after "Corran Delta … Ashby"), as many as its value; `None` for
/// any other figure.
pub fn counted_back(text: &str, figures: &[Figure]) -> Vec<Option<Vec<String>>> {
    let mut reader = None;
    figures
        .iter()
        .map(|f| {
            if !counts_back(text, f) {
                return None;
            }
            let reader = reader.get_or_insert_with(|| Reader::new(text, figures));
            let names = names_before(reader, f.start);
            (names.len() as f64 == f.quantity.value).then_some(names)
        })
        .collect()
}

/// Whether a figure is a small whole count after "the", "those", "both" … and before a
/// plural noun in lower case.
fn counts_back(text: &str, f: &Figure) -> bool {
    if !super::listed::counts_names(&f.quantity, MOST) {
        return false;
    }
    let before = text.get(..f.start).unwrap_or_default().trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if !DEFINITE.contains(&word_before.as_str()) {
        return false;
    }
    let after = text.get(f.end..).unwrap_or_default();
    let noun: String = after
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    noun.chars().all(char::is_lowercase)
        && noun.chars().count() > 2
        && noun.ends_with('s')
        && !noun.ends_with("ss")
}

/// The distinct names of the paragraph holding `at`, before it, in order.
fn names_before(reader: &Reader<'_>, at: usize) -> Vec<String> {
    let text = reader.text;
    let head = text.get(..at).unwrap_or_default();
    let paragraph = [head.rfind("\n\n"), head.rfind("\r\n\r\n")]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0);
    let mut names: Vec<String> = Vec::new();
    for sentence in &reader.sentences {
        let range = sentence.start.max(paragraph)..sentence.end.min(at);
        if range.start >= range.end {
            continue;
        }
        let figures = reader.figures_within(&range);
        let toks = tokenize(text, range, &figures, 0..0);
        for run in name_runs(reader, &toks) {
            let canonical = canonical_name(&run.name);
            if !names.iter().any(|n| canonical_name(n) == canonical) {
                names.push(run.name);
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str) -> Vec<Vec<String>> {
        let figures = crate::extract(text, crate::Format::Plain);
        counted_back(text, &figures).into_iter().flatten().collect()
    }

    #[test]
    fn a_definite_count_of_the_names_before_it() {
        assert_eq!(
            counted(
                "Corran Delta led the county with 52 positive pools, while Ashby had 41. \
                 Together the two zones produced 93 of the 146 positives."
            ),
            vec![vec!["Corran Delta".to_string(), "Ashby".to_string()]]
        );
    }

    #[test]
    fn not_another_count_nor_another_paragraph() {
        // as many names, but three
        assert!(
            counted("Corran Delta had 52 and Ashby 41. The three zones produced 93.").is_empty()
        );
        // the names stand in the paragraph before
        assert!(
            counted("Corran Delta had 52 and Ashby 41.\n\nThe two zones produced 93.").is_empty()
        );
        // no definite article, or no plural noun after it
        assert!(counted("Corran Delta had 52 and Ashby 41. Two zones produced 93.").is_empty());
        assert!(counted("Corran Delta had 52 and Ashby 41. The two produced 93.").is_empty());
    }
}
