//! Fingerprints that let CI services recognise a result across runs.
//!
//! GitHub code scanning and GitLab code quality match a new run's results to the old
//! ones by fingerprint, to tell fixed from new. Line numbers change whenever a writer adds
//! a paragraph above a figure, so they are left out: a result is identified by its rule,
//! its file, the figure as written and the text of its line (whitespace collapsed), plus
//! which occurrence of that combination it is.

use std::collections::HashMap;

/// Hands out fingerprints for one report, numbering repeated combinations.
#[derive(Default)]
pub(crate) struct Fingerprints {
    seen: HashMap<String, usize>,
}

impl Fingerprints {
    /// A stable 32-hex-digit fingerprint of `parts` and how many times the same parts were
    /// fingerprinted before.
    pub fn next(&mut self, parts: &[&str]) -> String {
        let key = parts
            .iter()
            .map(|p| collapse(p))
            .collect::<Vec<_>>()
            .join("\u{0}");
        let n = self.seen.entry(key.clone()).or_insert(0);
        let occurrence = *n;
        *n += 1;
        let mut hasher = blake3::Hasher::new();
        hasher.update(key.as_bytes());
        hasher.update(b"\0");
        hasher.update(occurrence.to_string().as_bytes());
        hasher.finalize().to_hex()[..32].to_owned()
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_told_apart_and_whitespace_does_not_matter() {
        let mut a = Fingerprints::default();
        let first = a.next(&["contradicted", "d.md", "31,600", "Korea  had 31,600."]);
        let second = a.next(&["contradicted", "d.md", "31,600", "Korea had 31,600."]);
        assert_ne!(first, second);
        assert_eq!(first.len(), 32);
        let mut b = Fingerprints::default();
        assert_eq!(
            b.next(&["contradicted", "d.md", "31,600", "Korea had 31,600."]),
            first
        );
    }
}
