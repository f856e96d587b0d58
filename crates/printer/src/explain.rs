//! `figcheck explain`, in words: how the engine judged a figure.

use figcheck_check::{Considered, Verdict};

/// How the engine judged one figure, as `figcheck explain` prints it and the language
/// server's explain command returns it: the verdict (with the suggestion a check would
/// make) and claim, then the best `limit`
/// candidates weighed, each with its place, quote and the features that decided it.
#[allow(clippy::too_many_arguments)] // the parts of one explanation, named at the call
pub fn explanation(
    shown: &str,
    text: &str,
    start: &figcheck_figures::Position,
    claim: &figcheck_claims::Claim,
    verdict: Verdict,
    suggestion: Option<&str>,
    derivation: Option<&str>,
    considered: &[Considered],
    limit: usize,
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let suggested = suggestion.map_or(String::new(), |s| format!(", suggest {s}"));
    let _ = writeln!(
        out,
        "{shown}:{}:{}: {text} — {}{suggested}",
        start.line,
        start.column,
        verdict.as_str()
    );
    let _ = writeln!(out, "  claim: {claim}");
    if let Some(d) = derivation {
        let _ = writeln!(out, "  derived from the sources: {d}");
    }
    if considered.is_empty() {
        let _ = writeln!(out, "  no source figure of a comparable kind\n");
        return out;
    }
    let _ = writeln!(
        out,
        "  {} candidate{} weighed, best first:",
        considered.len(),
        if considered.len() == 1 { "" } else { "s" }
    );
    for c in considered.iter().take(limit) {
        let e = &c.evidence;
        let _ = writeln!(
            out,
            "  {:<14} p={:.2}  {}  {}",
            c.role.as_str(),
            c.probability,
            e.location(),
            e.text
        );
        let _ = writeln!(out, "      \"{}\"", shorten(&e.quote, 160));
        let reasons: Vec<String> = c
            .contributions
            .iter()
            .map(|(name, v)| format!("{name} {v:+.2}"))
            .collect();
        if !reasons.is_empty() {
            let _ = writeln!(out, "      {}", reasons.join(", "));
        }
    }
    if considered.len() > limit {
        let _ = writeln!(out, "  … {} more (--limit)", considered.len() - limit);
    }
    out.push('\n');
    out
}

/// At most `max` characters of `s`, cut at a character boundary.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_respects_characters() {
        assert_eq!(shorten("Éric Ö", 3), "Éri…");
        assert_eq!(shorten("ab", 3), "ab");
    }
}
