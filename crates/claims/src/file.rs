//! `.claims` files: one claim per line, `#` comments, blank lines ignored.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::{Claim, ParseError, parse};

/// A claim read from a file, with the 1-based line it was on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimLine {
    pub line: usize,
    pub claim: Claim,
}

/// A line of a claims file that is not a claim. The error's offset and column count from
/// the start of that line, so [`FileError::render`] can show it without the rest.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
#[error("line {line}, {error}")]
pub struct FileError {
    pub line: usize,
    pub error: ParseError,
}

impl FileError {
    /// The error with its line of `file` (the whole file's text) and a caret under the
    /// column, prefixed by the line number.
    pub fn render(&self, file: &str) -> String {
        let text = file
            .trim_start_matches('\u{feff}')
            .lines()
            .nth(self.line.saturating_sub(1))
            .unwrap_or("");
        format!("line {}, {}", self.line, self.error.render(text))
    }
}

/// Every claim in a claims file, in order, each parsed on its own so one bad line does not
/// hide the others. A `#` outside quotes starts a comment; lines with nothing left are
/// skipped rather than reported.
pub fn parse_claims_file(src: &str) -> Vec<Result<ClaimLine, FileError>> {
    src.trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .filter_map(|(index, text)| {
            let line = index + 1;
            let code = without_comment(text);
            if code.trim().is_empty() {
                return None;
            }
            Some(
                parse(code)
                    .map(|claim| ClaimLine { line, claim })
                    .map_err(|error| FileError { line, error }),
            )
        })
        .collect()
}

/// `line` up to its first `#` outside a quoted phrase. Keeping the prefix (rather than
/// rebuilding the line) keeps error offsets valid for the original line.
fn without_comment(line: &str) -> &str {
    let mut in_quote = false;
    let mut escaped = false;
    for (index, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_quote => escaped = true,
            '"' => in_quote = !in_quote,
            '#' if !in_quote => return &line[..index],
            _ => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::without_comment;

    #[test]
    fn comments_end_at_hash_outside_quotes() {
        assert_eq!(without_comment("Korea = 5 # note"), "Korea = 5 ");
        assert_eq!(without_comment("\"#1 brand\" = 5"), "\"#1 brand\" = 5");
        assert_eq!(
            without_comment("\"say \\\"#\\\"\" = 5 # x"),
            "\"say \\\"#\\\"\" = 5 "
        );
        assert_eq!(without_comment("# whole line"), "");
        assert_eq!(without_comment("\"open # quote"), "\"open # quote");
    }
}
