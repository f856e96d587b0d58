//! Claims written by people (`figcheck query`, `.claims` files): reading them, with the
//! errors on stderr. The engine judges them (`Engine::check_claims`, `check_query`).

use std::path::Path;

use anyhow::{Result, anyhow, bail};
use figcheck_claims::{Claim, ClaimLine, parse, parse_claims_file};
use figcheck_figures::LineIndex;

/// The name a `query` claim is reported under.
pub const QUERY_PATH: &str = "<query>";

pub fn is_claims_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "claims")
}

/// Parses a claim given on the command line; the error shows the claim with a caret.
pub fn parse_query(claim: &str) -> Result<Claim> {
    parse(claim).map_err(|e| anyhow!("{}", e.render(claim)))
}

/// Parses every claim of a claims file. Every line that does not parse is reported on
/// stderr (as `path:line:column: expected …`, with the line and a caret) before failing.
pub fn parse_file(path: &str, text: &str) -> Result<Vec<ClaimLine>> {
    let index = LineIndex::new(text);
    let mut claims = Vec::new();
    let mut errors = 0;
    for parsed in parse_claims_file(text) {
        match parsed {
            Ok(line) => claims.push(line),
            Err(e) => {
                errors += 1;
                let line = index.line_text(text, e.line).unwrap_or("");
                let error = &e.error;
                // The parser's own rendering starts with "column N: …"; keep only its
                // source line and caret under our `path:line:col` heading.
                let rendered = error.render(line);
                let snippet = rendered.split_once('\n').map_or("", |(_, rest)| rest);
                eprintln!(
                    "error: {path}:{}:{}: expected {}, found {}\n{snippet}",
                    e.line, error.column, error.expected, error.found
                );
            }
        }
    }
    if errors > 0 {
        let noun = if errors == 1 { "line" } else { "lines" };
        bail!("{path}: {errors} {noun} could not be read as claims");
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_files_are_recognised_by_extension() {
        assert!(is_claims_file(Path::new("facts.claims")));
        assert!(!is_claims_file(Path::new("facts.md")));
        assert!(!is_claims_file(Path::new("claims")));
    }
}
