//! What went wrong in a claim, and where.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use figcheck_figures::floor_char_boundary;

/// Why a claim did not parse, pointing at the first character that could not be read.
///
/// The position is given both ways because both are needed: `offset` to slice the
/// source, `column` to tell a person where to look (Korean text makes them differ).
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
#[error("column {column}: expected {expected}, found {found}")]
pub struct ParseError {
    /// Byte offset into the parsed text.
    pub offset: usize,
    /// 1-based column in characters, counted from the start of the offset's line.
    pub column: usize,
    /// What would have been accepted here, in words: `a comparison (=, ~, …)`.
    pub expected: String,
    /// What is there instead, ready to print: the offending token in double quotes
    /// (`"robots"`), or `end of claim`.
    pub found: String,
    /// What to write instead, when the parser can tell: usually the whole claim
    /// corrected (`Korea installed = 31,600`), so the fix can be copied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// How `found` reads when the claim stopped short.
pub(crate) const END_OF_CLAIM: &str = "end of claim";

/// The longest token quoted in a message; a runaway token would drown the message.
const FOUND_MAX_CHARS: usize = 24;

impl ParseError {
    /// An error at byte `offset` of `src`, quoting the token found there.
    pub(crate) fn at(src: &str, offset: usize, expected: impl Into<String>) -> ParseError {
        let offset = floor_char_boundary(src, offset);
        let rest = &src[offset..];
        let token: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
        let found = if token.is_empty() {
            END_OF_CLAIM.to_string()
        } else {
            let mut shown: String = token.chars().take(FOUND_MAX_CHARS).collect();
            if shown.len() < token.len() {
                shown.push('…');
            }
            format!("{shown:?}")
        };
        ParseError {
            offset,
            column: column_of(src, offset),
            expected: expected.into(),
            found,
            help: None,
        }
    }

    /// The error with its source line underneath, a caret under the column and the help,
    /// the way a compiler shows it:
    ///
    /// ```text
    /// column 17: expected a comparison (=, ~, <, <=, >, >=, !=, between), found "31,600"
    ///   Korea installed 31,600
    ///                   ^
    ///   help: put a comparison before the figure: Korea installed = 31,600
    /// ```
    ///
    /// `src` is the text that was parsed (for a claims file, the line itself).
    pub fn render(&self, src: &str) -> String {
        let offset = floor_char_boundary(src, self.offset);
        let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[offset..].find('\n').map_or(src.len(), |i| offset + i);
        let line = src[line_start..line_end].trim_end_matches('\r');
        // Pad with the line's own tabs, and two cells for wide characters, so the caret
        // lands under the character in a terminal, not merely at the right char count.
        let pad: String = src[line_start..offset]
            .chars()
            .map(|c| match c {
                '\t' => "\t",
                c if is_wide(c) => "  ",
                _ => " ",
            })
            .collect();
        let mut rendered = format!("{self}\n  {line}\n  {pad}^");
        if let Some(help) = &self.help {
            rendered.push_str("\n  help: ");
            rendered.push_str(help);
        }
        rendered
    }
}

/// 1-based character column of byte `offset`, counted from the start of its line.
pub(crate) fn column_of(src: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(src, offset);
    let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    src[line_start..offset].chars().count() + 1
}

/// Characters a terminal draws two cells wide: Hangul, CJK ideographs and kana, and
/// fullwidth forms. Enough for the scripts figcheck's drafts are written in.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_the_token_found() {
        let error = ParseError::at("Korea installed 31,600", 16, "a comparison");
        assert_eq!(error.column, 17);
        assert_eq!(error.found, "\"31,600\"");
        assert_eq!(
            error.to_string(),
            "column 17: expected a comparison, found \"31,600\""
        );
    }

    #[test]
    fn end_of_input_is_named() {
        let error = ParseError::at("Korea = ", 8, "a quantity");
        assert_eq!(error.found, "end of claim");
        assert_eq!(error.column, 9);
    }

    #[test]
    fn long_tokens_are_cut() {
        let src = "x".repeat(100);
        let error = ParseError::at(&src, 0, "something");
        assert_eq!(error.found.chars().count(), FOUND_MAX_CHARS + 3);
    }

    #[test]
    fn caret_sits_under_the_column() {
        let error = ParseError::at("Korea installed 31,600", 16, "a comparison");
        let rendered = error.render("Korea installed 31,600");
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[1], "  Korea installed 31,600");
        assert_eq!(lines[2], "                  ^");
    }

    #[test]
    fn caret_accounts_for_wide_characters_and_tabs() {
        let src = "\t\"한국\" 5";
        let error = ParseError::at(src, src.find('5').unwrap_or(0), "a comparison");
        assert_eq!(error.column, 7);
        let rendered = error.render(src);
        assert_eq!(rendered.lines().nth(2), Some("  \t       ^"));
    }

    #[test]
    fn out_of_range_offsets_do_not_panic() {
        let error = ParseError {
            offset: 99,
            column: 1,
            expected: "x".into(),
            found: "y".into(),
            help: None,
        };
        assert!(error.render("한").ends_with('^'));
        assert_eq!(column_of("한국", 1), 1);
    }
}
