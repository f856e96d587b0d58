//! A story's dateline: "HALVERTON, Dec. 1 —", "PORTLAND, Maine, Sept. 3 (AP) —". Wire
//! copy opens each story with the place in capitals and the day it was filed. That day
//! is when the story was written, not when anything in it happened, so the engine weighs
//! it against the days its sources are dated, never against the dates inside them.

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
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let in_capitals = letters >= 3
        && place.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, ' ' | '.' | '-' | '\'' | '’')
        });
    let region_fits = region.is_none_or(|r| {
        r.len() <= REGION_LEN
            && r.starts_with(char::is_uppercase)
            && r.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.'))
    });
    if !(in_capitals && region_fits) {
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
}
