//! The `help:` line under a claim that did not parse: what to write instead.
//!
//! A person typing a claim knows what they meant; the parser only knows where it
//! stopped. Each case here turns a common slip into the corrected claim, written out in
//! full so it can be copied, the way `rustc` and `ruff` show a fix.

use crate::parse::read_quantity;

/// A slip the parser recognised at the point of failure. Offsets are bytes into the
/// whole claim, always at char boundaries (they come from the parser's spans).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Help {
    /// No comparison where one was expected: a figure without `=`, or a word the grammar
    /// cannot take bare (`R&D`).
    MissingComparison,
    /// An operator doubled or reversed (`==`, `=>`) at `start..end`, and how to write it.
    Operator {
        start: usize,
        end: usize,
        fix: &'static str,
    },
    /// A hedge inside the quantity (`top 3`, `about 30,000`) that says `means` while the
    /// operator at `operator` says something else.
    Hedge {
        operator: (usize, usize),
        quantity: (usize, usize),
        means: &'static str,
    },
}

/// Operators written the way other languages spell them, and the claim language's
/// spelling. Longest first, so `===` is not read as `==` followed by `=`.
pub(crate) const OPERATOR_SLIPS: [(&str, &str); 8] = [
    ("===", "="),
    ("==", "="),
    ("=>", ">="),
    ("=<", "<="),
    ("<>", "!="),
    ("=!", "!="),
    ("=~", "~"),
    ("~=", "~"),
];

/// The slip `text` starts with, if any, and its fix. A longer run of operator characters
/// (`==~`) is not a slip with one obvious reading, so it gets no fix.
pub(crate) fn operator_slip(text: &str) -> Option<(&'static str, &'static str)> {
    let is_operator = |c: char| "=<>~!≈≤≥≠".contains(c);
    OPERATOR_SLIPS
        .iter()
        .find(|(slip, _)| text.starts_with(slip))
        .copied()
        .filter(|(slip, _)| !text[slip.len()..].starts_with(is_operator))
}

impl Help {
    /// The help text for a failure at byte `offset` of `src`, or `None` when no
    /// correction can be offered with confidence.
    pub(crate) fn render(&self, src: &str, offset: usize) -> Option<String> {
        match *self {
            Help::MissingComparison => missing_comparison(src, offset),
            Help::Operator { start, end, fix } => {
                let slip = src.get(start..end)?;
                let corrected = splice(src, start, end, fix)?;
                Some(format!(
                    "the claim language writes {slip} as {fix}: {corrected}"
                ))
            }
            Help::Hedge {
                operator,
                quantity,
                means,
            } => hedge(src, operator, quantity, means),
        }
    }
}

fn missing_comparison(src: &str, offset: usize) -> Option<String> {
    let rest = src.get(offset..)?;
    if rest.is_empty() {
        return None;
    }
    if read_quantity(rest).is_some() {
        let before = src.get(..offset)?.trim_end();
        let corrected = format!("{before} = {rest}");
        return Some(format!(
            "put a comparison before the figure: {}",
            corrected.trim()
        ));
    }
    // A word the grammar cannot take bare: quote the whole whitespace-delimited token.
    let start = src[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = rest
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(src.len(), |(i, _)| offset + i);
    let token = src.get(start..end)?;
    if token.contains('"') || !token.chars().any(char::is_alphanumeric) {
        return None;
    }
    let quoted = format!("\"{}\"", token.replace('\\', "\\\\"));
    let corrected = splice(src, start, end, &quoted)?;
    Some(format!(
        "put words with punctuation or symbols in double quotes: {}",
        corrected.trim()
    ))
}

fn hedge(
    src: &str,
    operator: (usize, usize),
    quantity: (usize, usize),
    means: &'static str,
) -> Option<String> {
    let written = src.get(quantity.0..quantity.1)?.trim_end();
    let plain = splice(src, operator.0, operator.1, "=")?;
    let mut help = format!(
        "\"{written}\" already says {means}; write it with =: {}",
        plain.trim()
    );
    // Without its hedge words the figure keeps the operator the writer chose.
    let bare = written.trim_start_matches(|c: char| c.is_alphabetic() || c.is_whitespace());
    if bare != written
        && read_quantity(bare).is_some_and(|(q, len)| q.hedge.is_none() && len == bare.len())
    {
        let end = quantity.0 + written.len();
        if let Some(without) = splice(src, quantity.0, end, bare) {
            help.push_str(&format!(", or drop the hedge: {}", without.trim()));
        }
    }
    Some(help)
}

/// `src` with `start..end` replaced by `with`; `None` if the range is not on char
/// boundaries (it always is, coming from the parser, but a wrong slice must not panic).
fn splice(src: &str, start: usize, end: usize, with: &str) -> Option<String> {
    Some(format!("{}{with}{}", src.get(..start)?, src.get(end..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_without_a_comparison_gets_one() {
        let help = Help::MissingComparison.render("Korea installed 31,600", 16);
        assert_eq!(
            help.as_deref(),
            Some("put a comparison before the figure: Korea installed = 31,600")
        );
    }

    #[test]
    fn a_word_with_a_symbol_is_quoted() {
        let help = Help::MissingComparison.render("R&D spending = 5", 1);
        assert_eq!(
            help.as_deref(),
            Some("put words with punctuation or symbols in double quotes: \"R&D\" spending = 5")
        );
        // Multi-byte text before the failure keeps the splice on char boundaries.
        let src = "한국 R&D = 5";
        let at = src.find('&').unwrap_or(0);
        let help = Help::MissingComparison.render(src, at);
        assert!(help.is_some_and(|h| h.ends_with("한국 \"R&D\" = 5")));
    }

    #[test]
    fn nothing_to_offer_for_symbols_alone() {
        assert_eq!(Help::MissingComparison.render("Korea : 5", 6), None);
        assert_eq!(Help::MissingComparison.render("Korea", 5), None);
    }

    #[test]
    fn slips_are_found_longest_first() {
        assert_eq!(operator_slip("=== 5"), Some(("===", "=")));
        assert_eq!(operator_slip("=> 5"), Some(("=>", ">=")));
        assert_eq!(operator_slip("= 5"), None);
        assert_eq!(operator_slip(">= 5"), None);
        assert_eq!(operator_slip("==~ 5"), None);
    }
}
