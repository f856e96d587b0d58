//! Properties every text front end must keep, whatever the input: positions in bounds and
//! on character boundaries, the three position units agreeing with a naive count, and
//! figures and sentences in order.

#![allow(dead_code)]

use figcheck_figures::{Figure, Format, LineIndex};

/// Text from fuzz bytes: invalid UTF-8 is replaced rather than skipped, so every input
/// exercises the scanners.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

pub fn assert_range(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of bounds"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries"
    );
}

/// Line, character column and UTF-16 column of every character boundary, counted the
/// slow obvious way in one pass: lines end at "\n", "\r\n" or a lone "\r".
pub struct Naive(std::collections::HashMap<usize, (usize, usize, usize)>);

impl Naive {
    pub fn new(text: &str) -> Naive {
        let b = text.as_bytes();
        let mut map = std::collections::HashMap::new();
        let (mut line, mut col, mut utf16) = (1, 1, 1);
        for (i, c) in text.char_indices() {
            map.insert(i, (line, col, utf16));
            let ends = c == '\n' || (c == '\r' && b.get(i + 1) != Some(&b'\n'));
            if ends {
                (line, col, utf16) = (line + 1, 1, 1);
            } else {
                col += 1;
                utf16 += c.len_utf16();
            }
        }
        map.insert(text.len(), (line, col, utf16));
        Naive(map)
    }
}

pub fn assert_position(text: &str, index: &LineIndex, naive: &Naive, byte: usize) {
    let p = index.position(text, byte);
    assert_eq!(p.byte, byte);
    assert_eq!(
        Some(&(p.line, p.column, p.utf16_column)),
        naive.0.get(&byte),
        "position of byte {byte}"
    );
    if text[..byte].ends_with('\r') && text[byte..].starts_with('\n') {
        return; // inside a "\r\n": no editor position names it
    }
    assert_eq!(
        index.byte_of_utf16(text, p.line - 1, p.utf16_column - 1),
        byte,
        "UTF-16 position of byte {byte} maps back"
    );
    let line_start = index.line_start(p.line).expect("line exists");
    assert_eq!(
        index.byte_of_utf8(text, p.line - 1, byte - line_start),
        byte,
        "UTF-8 position of byte {byte} maps back"
    );
}

pub fn check_figures(text: &str, figures: &[Figure]) {
    let index = LineIndex::new(text);
    let naive = Naive::new(text);
    let mut last_start = 0;
    for f in figures {
        assert_range(text, f.start, f.end, "figure");
        assert_eq!(
            &text[f.start..f.end],
            f.text,
            "figure text matches its span"
        );
        assert!(f.start >= last_start, "figures in order");
        last_start = f.start;
        assert_position(text, &index, &naive, f.start);
        assert_position(text, &index, &naive, f.end);
    }
    let sentences = figcheck_figures::sentences(text);
    let mut last_end = 0;
    for s in &sentences {
        assert_range(text, s.start, s.end, "sentence");
        assert!(s.start >= last_end, "sentences in order, not overlapping");
        last_end = s.end;
    }
    for (f, c) in figures
        .iter()
        .zip(figcheck_figures::contexts(text, figures))
    {
        assert_range(text, c.sentence.start, c.sentence.end, "context sentence");
        assert!(
            c.sentence.start <= f.start,
            "a figure's sentence starts at or before it"
        );
    }
}

pub fn check_extract(text: &str, format: Format) {
    let figures = figcheck_figures::extract(text, format);
    check_figures(text, &figures);
    // the counts of a source's lists stand at a colon of the text, in order
    let counts = figcheck_figures::list_counts(text, format);
    for f in &counts {
        assert_eq!(text.get(f.start..f.end), Some(":"), "{f:?}");
    }
    assert!(counts.windows(2).all(|w| w[0].start < w[1].start));
}
