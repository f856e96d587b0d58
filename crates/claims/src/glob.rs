//! File-name globs for a claim's scope: `*` is any run of characters, `?` any one.
//!
//! Scopes name a handful of corpus files (`003_*`, `00?_*.txt`), so two wildcards are all
//! that is needed; character classes and `**` would only be more syntax to document.

/// Whether `text` matches `pattern` as a whole. A pattern in braces is a list of
/// alternatives, `{003_*,a.txt}`: how a draft's named sources become one scope. Only a
/// whole pattern is split, once, so matching stays linear (nested or repeated braces
/// would multiply the alternatives).
pub(crate) fn matches(pattern: &str, text: &str) -> bool {
    if let Some(inner) = pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
        return inner.split(',').any(|alt| matches_one(alt, text));
    }
    matches_one(pattern, text)
}

fn matches_one(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    // Greedy match with one backtrack point: the last `*` seen and where its run ended.
    // A later `*` makes earlier choices final, so this is linear-ish and never exponential.
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if c == '?' || c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((star_p, star_t)) => {
                    p = star_p + 1;
                    t = star_t + 1;
                    star = Some((star_p, star_t + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn literal_and_wildcards() {
        assert!(matches("003_*", "003_57944011cd868486.txt"));
        assert!(!matches("003_*", "000_9983ea760bc42378.txt"));
        assert!(matches("00?_*.txt", "003_5.txt"));
        assert!(!matches("00?_*.txt", "003_5.md"));
        assert!(matches("*", ""));
        assert!(matches("a*b*c", "aXXbYYbc"));
        assert!(!matches("a*b*c", "aXXbYYb"));
        assert!(matches("한*", "한국.txt"));
        assert!(!matches("?", ""));
        assert!(matches("exact.txt", "exact.txt"));
        assert!(!matches("exact.txt", "exact.txt2"));
    }

    #[test]
    fn braces_around_the_pattern_list_alternatives() {
        assert!(matches("{003_*,a.txt}", "003_5.txt"));
        assert!(matches("{003_*,a.txt}", "a.txt"));
        assert!(!matches("{003_*,a.txt}", "b.txt"));
        assert!(matches("{}", ""));
        // Braces inside a pattern are literal characters.
        assert!(matches("a{b,c}", "a{b,c}"));
        assert!(!matches("a{b,c}", "ab"));
    }

    #[test]
    fn many_stars_stay_fast() {
        let text = "a".repeat(200);
        assert!(!matches("*a*a*a*a*a*a*a*a*b", &text));
    }
}
