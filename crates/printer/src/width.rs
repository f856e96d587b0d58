//! Display width: how many terminal columns a character takes.
//!
//! A caret line only lines up with the text above it if both are measured the way a
//! terminal draws them. Counting bytes or characters is wrong for Korean and emoji, which
//! take two cells, and for tabs, which jump to the next stop. The ranges here are the
//! common wide blocks; they are deliberately small rather than the full Unicode tables.

use figcheck_figures::{ceil_char_boundary, floor_char_boundary};

/// Tab stops are this many columns apart when a line is shown.
pub const TAB_WIDTH: usize = 4;

/// Columns `c` takes on a terminal: 0 for combining marks and joiners, 2 for wide East
/// Asian characters and emoji, 1 otherwise. Tabs are handled by [`expand_line`], not here.
pub fn char_width(c: char) -> usize {
    let cp = u32::from(c);
    if is_zero_width(cp) {
        0
    } else if is_wide(cp) {
        2
    } else {
        1
    }
}

fn is_zero_width(cp: u32) -> bool {
    matches!(cp,
        0x0300..=0x036F   // combining diacritical marks
        | 0x200B..=0x200F // zero-width space, joiners, direction marks
        | 0xFE00..=0xFE0F // variation selectors (emoji presentation)
    )
}

fn is_wide(cp: u32) -> bool {
    matches!(cp,
        0x1100..=0x115F     // Hangul Jamo leading consonants
        | 0x2E80..=0xA4CF   // CJK radicals through Yi
        | 0xAC00..=0xD7A3   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0xFF00..=0xFF60   // fullwidth forms
        | 0xFFE0..=0xFFE6   // fullwidth signs
        | 0x1F300..=0x1FAFF // emoji and pictographs
        | 0x20000..=0x3FFFD // CJK extension planes
    )
}

/// Total display width of `s` when shown from column 0 (tabs expanded).
pub fn str_width(s: &str) -> usize {
    expand_line(s, 0, 0).width
}

/// A line as shown on a terminal, with the display columns of one span in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    /// Display column (0-based) where the span starts and where it ends (exclusive).
    pub from: usize,
    pub to: usize,
    /// Display width of the whole line.
    pub width: usize,
}

/// A line made safe and measurable for a terminal: tabs become spaces up to the next
/// stop, and other control characters (which would move the cursor) become `�`.
///
/// Also gives the display columns at which bytes `from` and `to` of the original line
/// start, so a caret can be put under exactly that span. Offsets that are
/// past the end or not on a character boundary are measured at the next boundary.
pub fn expand_line(line: &str, from: usize, to: usize) -> Shown {
    let mut shown = String::with_capacity(line.len());
    let mut col = 0;
    let mut from_col = None;
    let mut to_col = None;
    for (i, c) in line.char_indices() {
        if from_col.is_none() && i >= from {
            from_col = Some(col);
        }
        if to_col.is_none() && i >= to {
            to_col = Some(col);
        }
        match c {
            '\t' => {
                let next = (col / TAB_WIDTH + 1) * TAB_WIDTH;
                shown.extend(std::iter::repeat_n(' ', next - col));
                col = next;
            }
            c if c.is_control() => {
                shown.push('\u{FFFD}');
                col += 1;
            }
            c => {
                shown.push(c);
                col += char_width(c);
            }
        }
    }
    Shown {
        text: shown,
        from: from_col.unwrap_or(col),
        to: to_col.unwrap_or(col),
        width: col,
    }
}

/// Lines up to this many bytes are shown whole.
pub const SHOWN_MAX: usize = 240;
/// Bytes shown either side of the span on a longer line.
const SHOWN_CONTEXT: usize = 80;

/// [`expand_line`] for a line of any length: one longer than [`SHOWN_MAX`] is cut to a
/// stretch around the span, marked `…` where cut. Showing (and measuring) whole lines made
/// a draft that is one long line cost its length per finding.
pub fn expand_excerpt(line: &str, from: usize, to: usize) -> Shown {
    if line.len() <= SHOWN_MAX {
        return expand_line(line, from, to);
    }
    let from = from.min(line.len());
    let to = to.clamp(from, from.saturating_add(SHOWN_MAX).min(line.len()));
    let start = ceil_char_boundary(line, from.saturating_sub(SHOWN_CONTEXT));
    let end = floor_char_boundary(line, to.saturating_add(SHOWN_CONTEXT));
    let part = &line[start..end.max(start)];
    let mut shown = expand_line(part, from - start, to - start);
    if start > 0 {
        shown.text.insert(0, '…');
        shown.from += 1;
        shown.to += 1;
        shown.width += 1;
    }
    if end < line.len() {
        shown.text.push('…');
        shown.width += 1;
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_cjk_and_emoji_are_two_columns() {
        assert_eq!(str_width("한국"), 4);
        assert_eq!(str_width("中文"), 4);
        assert_eq!(str_width("🤖"), 2);
        assert_eq!(str_width("abc"), 3);
        assert_eq!(str_width("e\u{301}"), 1);
    }

    #[test]
    fn tabs_jump_to_the_next_stop() {
        let shown = expand_line("a\tb\t31", 4, 6);
        assert_eq!(shown.text, "a   b   31");
        assert_eq!((shown.from, shown.to, shown.width), (8, 10, 10));
    }

    #[test]
    fn span_after_wide_text() {
        let line = "한국 🤖 30,600";
        let from = line.find("30,600").unwrap_or(0);
        let shown = expand_line(line, from, line.len());
        assert_eq!((shown.from, shown.to), (8, 14));
    }

    #[test]
    fn control_characters_are_replaced() {
        let shown = expand_line("a\u{1b}[31mb", 0, 0);
        assert_eq!(shown.text, "a\u{FFFD}[31mb");
    }

    #[test]
    fn long_lines_are_shown_around_the_span() {
        let line = format!(
            "{}Korea installed 30,600 robots{}",
            "한".repeat(400),
            " x".repeat(400)
        );
        let from = line.find("30,600").unwrap();
        let shown = expand_excerpt(&line, from, from + 6);
        assert!(shown.text.starts_with('…') && shown.text.ends_with('…'));
        let under: String = shown.text.chars().collect();
        assert!(under.contains("Korea installed 30,600 robots"));
        // The caret columns still point at the figure inside the excerpt.
        let before: usize = shown
            .text
            .split("30,600")
            .next()
            .map(str_width)
            .unwrap_or(0);
        assert_eq!(shown.from, before);
        assert_eq!(shown.to - shown.from, 6);
        // Short lines are shown whole, exactly as expand_line shows them.
        assert_eq!(expand_excerpt("a\t31", 2, 4), expand_line("a\t31", 2, 4));
    }
}
