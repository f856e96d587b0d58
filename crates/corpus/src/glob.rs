//! Include/exclude patterns for corpus files.
//!
//! The patterns are the shell-style globs people already write in `.gitignore`: `*` and
//! `?` stay within one path segment, `**` crosses segments, `[a-z]` and `[!x]` are
//! classes. A pattern without a `/` is matched against the file or directory name alone,
//! so `*.draft.md` excludes drafts at any depth; one with a `/` is matched against the
//! path relative to the corpus dir. A handful of patterns over a few thousand short paths
//! does not justify a dependency.

/// Whether `rel_path` (relative to its corpus dir, `/`-separated) matches `pattern`.
pub fn matches(pattern: &str, rel_path: &str) -> bool {
    let pattern = pattern.trim_start_matches("./");
    if pattern.contains('/') {
        glob(pattern.trim_start_matches('/'), rel_path)
    } else {
        let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
        glob(pattern, name)
    }
}

/// Whole-string glob match. Memoised over (pattern position, text position) so patterns
/// with many stars stay linear in practice rather than exponential.
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let mut failed = vec![false; (p.len() + 1) * (t.len() + 1)];
    match_from(&p, &t, 0, 0, &mut failed)
}

fn match_from(p: &[char], t: &[char], pi: usize, ti: usize, failed: &mut [bool]) -> bool {
    let slot = pi * (t.len() + 1) + ti;
    if failed[slot] {
        return false;
    }
    let ok = match p.get(pi) {
        None => ti == t.len(),
        Some('*') if p.get(pi + 1) == Some(&'*') => {
            if p.get(pi + 2) == Some(&'/') {
                // `**/` is zero or more whole directories: `**/a.txt` matches `a.txt`.
                (ti..=t.len())
                    .filter(|&k| k == ti || t[k - 1] == '/')
                    .any(|k| match_from(p, t, pi + 3, k, failed))
            } else {
                (ti..=t.len()).any(|k| match_from(p, t, pi + 2, k, failed))
            }
        }
        Some('*') => (ti..=t.len())
            .take_while(|&k| k == ti || t[k - 1] != '/')
            .any(|k| match_from(p, t, pi + 1, k, failed)),
        Some('?') => {
            t.get(ti).is_some_and(|&c| c != '/') && match_from(p, t, pi + 1, ti + 1, failed)
        }
        Some('[') => match class(p, pi, t.get(ti).copied()) {
            Some((true, next)) => match_from(p, t, next, ti + 1, failed),
            Some((false, _)) => false,
            // An unclosed `[` is a literal bracket.
            None => t.get(ti) == Some(&'[') && match_from(p, t, pi + 1, ti + 1, failed),
        },
        Some(&c) => t.get(ti) == Some(&c) && match_from(p, t, pi + 1, ti + 1, failed),
    };
    if !ok {
        failed[slot] = true;
    }
    ok
}

/// Matches the class starting at `p[open] == '['` against `c`. Returns whether it matched
/// and the pattern position after the class, or `None` if the class is never closed.
fn class(p: &[char], open: usize, c: Option<char>) -> Option<(bool, usize)> {
    let mut i = open + 1;
    let negated = matches!(p.get(i), Some('!' | '^'));
    if negated {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    loop {
        let &lo = p.get(i)?;
        if lo == ']' && !first {
            break;
        }
        first = false;
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|&hi| hi != ']') {
            let hi = p[i + 2];
            hit |= c.is_some_and(|c| lo <= c && c <= hi);
            i += 3;
        } else {
            hit |= c == Some(lo);
            i += 1;
        }
    }
    let ok = c.is_some_and(|c| c != '/') && hit != negated;
    Some((ok, i + 1))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn names_and_paths() {
        assert!(matches("*.md", "notes/a.md"));
        assert!(!matches("*.md", "notes/a.txt"));
        assert!(matches("notes/*.md", "notes/a.md"));
        assert!(!matches("notes/*.md", "notes/deep/a.md"));
        assert!(matches("notes/**/*.md", "notes/deep/a.md"));
        assert!(matches("notes/**/*.md", "notes/a.md"));
        assert!(matches("**/a.md", "a.md"));
        assert!(!matches("notes/**/x.md", "notes/abcx.md"));
        assert!(matches("drafts/**", "drafts/x/y.txt"));
        assert!(matches("00?_*.txt", "003_57944011cd868486.txt"));
        assert!(matches("[0-2]*.txt", "000_x.txt"));
        assert!(!matches("[!0]*.txt", "000_x.txt"));
        assert!(matches("./a.txt", "a.txt"));
    }

    #[test]
    fn many_stars_stay_fast() {
        let long = "a".repeat(200);
        assert!(!matches("*a*a*a*a*a*a*a*a*b", &long));
    }
}
