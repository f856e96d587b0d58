//! A story's dateline: "HALVERTON, Dec. 1 —", "PORTLAND, Maine, Sept. 3 (AP) —". Wire
//! copy opens each story with the place in capitals and the day it was filed. That day
//! is when the story was written, not when anything in it happened, so the engine weighs
//! it against the days its sources are dated, never against the dates inside them.

use std::ops::Range;

/// The longest run of words after the place before the date: a state or a country
/// ("Maine", "Calif.", "South Korea").
const REGION_LEN: usize = 24;

/// The longest credit between the date and the dash: "(AP)", "(Reuters)", "(Agence
/// France-Presse)", "(State News Service)".
const CREDIT_LEN: usize = 32;

/// Whether the figure at `start..end` of `text` is the date of a dateline: its line
/// opens (after any emphasis) with a place in capitals and a comma, an optional region
/// and comma, then the figure, then an optional credit in brackets and a dash.
pub fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let line = before.rsplit(['\n', '\r']).next().unwrap_or(before);
    let line = line.trim_start_matches(['*', '_', ' ', '\t']);
    let Some(head) = line.strip_suffix(", ") else {
        return false;
    };
    let (place, region) = match head.split_once(", ") {
        Some((place, region)) => (place, Some(region)),
        None => (head, None),
    };
    let region_fits = region.is_none_or(|r| a_region(r, false));
    if !(in_capitals(place) && region_fits) {
        return false;
    }
    let mut rest = after.trim_start_matches([' ', '*', '_']);
    if let Some(credit) = rest.strip_prefix('(')
        && let Some(close) = credit.find(')')
        && close <= CREDIT_LEN
    {
        rest = credit[close + 1..].trim_start();
    }
    rest.starts_with(['—', '–']) || rest.starts_with("--") || rest.starts_with("- ")
}

/// How far into a sentence a dateline reaches: "KELLSBURG (Valley Wire) - ", "FELTHAM,
/// Nov. 24 (Valley Wire) — ", "LINDALE — ". Where the story's own first sentence starts,
/// when `sentence` opens its line with one. The place a story was filed from is no name
/// any of its figures belongs to: "KELLSBURG" is not the owner of "26 storms" in
/// "KELLSBURG (Valley Wire) - Brannoch County's plows went out for 26 storms".
pub(super) fn body_after_dateline(text: &str, sentence: &Range<usize>) -> Option<usize> {
    let s = text.get(sentence.clone())?;
    let before = text.get(..sentence.start)?;
    if !(before.is_empty() || before.ends_with(['\n', '\r'])) {
        return None;
    }
    // Only a sentence's first bytes can hold one: asked of every figure, a search of the
    // whole sentence made a long sentence of many figures quadratic.
    let opening =
        s.get(..crate::position::floor_char_boundary(s, s.len().min(DATELINE_LEN + 8)))?;
    let (dash, width) = ["—", "–", "--", " - "]
        .iter()
        .filter_map(|d| opening.find(d).map(|at| (at, d.len())))
        .min()?;
    let head = s[..dash].trim_end().trim_matches(['*', '_']);
    if head.len() > DATELINE_LEN {
        return None;
    }
    // the credit, then the date and region, then the place
    let head = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((rest, credit)) if credit.len() <= CREDIT_LEN => rest.trim_end(),
        _ => head,
    };
    let mut parts = head.split(", ");
    let place = parts.next()?.trim_start_matches(['*', '_']);
    let dated = parts.all(|p| a_region(p, true));
    let body = dash + width;
    let rest = &s[body..];
    let opens = rest.trim_start().trim_start_matches(['*', '_']);
    (in_capitals(place)
        && dated
        && opens.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    .then(|| sentence.start + body + (rest.len() - rest.trim_start().len()))
}

/// Whether a dateline's place is written in capitals: "HALVERTON", "SÃO PAULO".
fn in_capitals(place: &str) -> bool {
    place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, ' ' | '.' | '-' | '\'' | '’')
        })
}

/// Whether a part of a dateline after its place is a region ("Maine", "Calif."), or, with
/// `dated`, the day it was filed too ("Nov. 24").
fn a_region(part: &str, dated: bool) -> bool {
    part.len() <= REGION_LEN
        && part.starts_with(char::is_uppercase)
        && part
            .chars()
            .all(|c| c.is_alphabetic() || (dated && c.is_ascii_digit()) || matches!(c, ' ' | '.'))
}

/// The longest dateline before its dash: a place, a region, a date and a credit.
const DATELINE_LEN: usize = 2 * REGION_LEN + CREDIT_LEN + 16;

#[cfg(test)]
mod tests {
    use super::is_dateline;

    fn at(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect("the figure is in the text");
        is_dateline(text, start, start + figure.len())
    }

    #[test]
    fn a_place_in_capitals_a_date_and_a_dash() {
        assert!(at("HALVERTON, Dec. 1 — The orchestra said", "Dec. 1"));
        assert!(at("Roundup\n\nHALVERTON, Dec. 3 — Both", "Dec. 3"));
        assert!(at("PORTLAND, Maine, Sept. 3 (AP) — A ferry", "Sept. 3"));
        assert!(at(
            "WENDOVER, Feb. 11 (State News Service) — A court",
            "Feb. 11"
        ));
        assert!(at("**NEW YORK, June 1** -- Shares", "June 1"));
        assert!(at("SÃO PAULO, March 4 – Brazil's", "March 4"));
    }

    #[test]
    fn a_date_elsewhere_is_no_dateline() {
        // in a sentence, after a name in ordinary case, without a dash, mid-line
        assert!(!at("The vote, Dec. 1 — a Tuesday — passed", "Dec. 1"));
        assert!(!at("Halverton, Dec. 1 — The orchestra", "Dec. 1"));
        assert!(!at("HALVERTON, Dec. 1, the orchestra said", "Dec. 1"));
        assert!(!at("It met in HALVERTON, Dec. 1 — then", "Dec. 1"));
        assert!(!at("US, Dec. 1 — too short a place", "Dec. 1"));
        // a bracket that is no credit: longer than a wire service's name
        assert!(!at(
            "HALVERTON, Dec. 1 (the day after the council met in a closed session) — It",
            "Dec. 1"
        ));
    }

    fn body(text: &str) -> Option<&str> {
        let end = text.find('\n').unwrap_or(text.len());
        super::body_after_dateline(text, &(0..end)).map(|at| &text[at..end])
    }

    #[test]
    fn a_dateline_ends_where_the_story_starts() {
        // Written for this test.
        assert_eq!(
            body("KELLSBURG (Valley Wire) - Brannoch County's plows went out."),
            Some("Brannoch County's plows went out.")
        );
        assert_eq!(
            body("FELTHAM, Nov. 24 (Valley Wire) — Mosquitoes turned up."),
            Some("Mosquitoes turned up.")
        );
        assert_eq!(
            body("LINDALE — Nurses ratified it."),
            Some("Nurses ratified it.")
        );
        assert_eq!(
            body("**PORT ALDER, Jan. 22** -- Ferries run."),
            Some("Ferries run.")
        );
        // no dateline: a name in ordinary case, a dash mid-sentence, a lower-case clause
        assert_eq!(body("Lindale — Nurses ratified it."), None);
        assert_eq!(body("The vote — a Tuesday — passed."), None);
        assert_eq!(body("NASA — the agency — said so."), None);
    }

    #[test]
    fn the_place_a_story_was_filed_from_owns_none_of_its_figures() {
        // Written for this test.
        use crate::context::anchors_of as anchors;
        let t = "KELLSBURG (Valley Wire) - Brannoch County's plows went out for 26 storms.";
        assert_eq!(anchors(t, "26"), vec!["Brannoch County"]);
        // nor of a later sentence that refers back
        let t = "LINDALE — The nurses ratified a contract on Monday. It raises wages 7% at once.";
        assert!(anchors(t, "7%").is_empty(), "{:?}", anchors(t, "7%"));
    }
}
