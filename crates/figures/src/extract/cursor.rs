//! Moving about the prose: the character, word or words at and around a position.

use super::*;

impl<'t> Scanner<'t> {
    pub(super) fn peek(&self, i: usize) -> Option<char> {
        self.text.get(i..self.lim)?.chars().next()
    }

    pub(super) fn rest(&self, i: usize) -> &'t str {
        self.text.get(i..self.lim).unwrap_or("")
    }

    /// `word` in lower case, copied only when it is not already: the scanner asks this of
    /// nearly every word it passes, and most are.
    pub(super) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            std::borrow::Cow::Borrowed(word)
        } else {
            std::borrow::Cow::Owned(word.to_lowercase())
        }
    }

    /// The word (letters, and internal hyphens or apostrophes) starting at `i`.
    pub(super) fn word_at(&self, i: usize) -> Option<(&'t str, usize)> {
        let rest = self.rest(i);
        let mut end = 0;
        for (k, c) in rest.char_indices() {
            if c.is_alphabetic() {
                end = k + c.len_utf8();
            } else {
                break;
            }
        }
        (end > 0).then(|| (&rest[..end], i + end))
    }

    /// Skips spaces (not a blank line) from `i`; returns the next non-space position.
    pub(super) fn skip_ws(&self, i: usize) -> usize {
        let mut j = i;
        let mut newlines = 0;
        while let Some(c) = self.peek(j) {
            if c == '\n' || (c == '\r' && self.peek(j + 1) != Some('\n')) {
                newlines += 1;
                if newlines > 1 {
                    return i;
                }
            } else if !c.is_whitespace() {
                break;
            }
            j += c.len_utf8();
        }
        j
    }

    /// The next word after optional whitespace: (word, start, end).
    pub(super) fn next_word(&self, i: usize) -> Option<(&'t str, usize, usize)> {
        let j = self.skip_ws(i);
        if j == i && self.peek(i).is_some_and(|c| !c.is_whitespace()) && i != 0 {
            // no whitespace: only a word directly at i counts
        }
        let (w, e) = self.word_at(j)?;
        Some((w, j, e))
    }

    /// The words before `i` in this prose range, nearest first (lower-cased), stopping at
    /// punctuation other than an opening parenthesis or quote.
    pub(super) fn words_before(&self, i: usize, n: usize) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        let s = &self.text[self.range_start..i];
        let mut end = s.len();
        while out.len() < n {
            let trimmed = s[..end].trim_end();
            let t_end = trimmed.len();
            let start = trimmed
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || *c == '.' || *c == '~' || *c == '≈')
                .last()
                .map(|(k, _)| k);
            let Some(start) = start else { break };
            crate::work::step(t_end - start + (end - t_end));
            if start == t_end {
                break;
            }
            out.push((
                trimmed[start..t_end].to_lowercase(),
                self.range_start + start,
            ));
            end = start;
        }
        out
    }
}
