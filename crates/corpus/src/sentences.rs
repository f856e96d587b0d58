//! Sentences of a source: the passages `figcheck query` shows and word weights count.
//!
//! The splitting itself is the figure extractor's ([`figcheck_figures::sentences`]), so a
//! passage is exactly the sentence a figure's context and evidence quote come from. What
//! this module adds is Markdown: a passage must be prose, so sentences inside fenced code
//! are dropped and heading marks and list bullets are clipped off.

use std::ops::Range;

use figcheck_figures::{Format, prose_ranges, sentences};

/// Sentences of a source file in the given format, as byte ranges in order.
pub fn sentences_in(text: &str, format: Format) -> Vec<Range<usize>> {
    match format {
        Format::Plain => sentences(text),
        Format::Markdown => {
            let mut prose: Vec<Range<usize>> = prose_ranges(text, format)
                .into_iter()
                .map(|p| p.range)
                .collect();
            prose.sort_by_key(|r| (r.start, r.end));
            let prose = Prose::new(prose);
            sentences(text)
                .into_iter()
                .filter_map(|s| clip_to_prose(text, &s, &prose))
                .collect()
        }
    }
}

/// A text's prose ranges sorted by start, with how far each prefix of them reaches, so
/// the ranges that meet a sentence are found by binary search rather than by scanning
/// them all for each sentence (quadratic in a long document).
struct Prose {
    ranges: Vec<Range<usize>>,
    /// `reach[i]`: the furthest end among `ranges[..=i]`, never decreasing.
    reach: Vec<usize>,
}

impl Prose {
    fn new(ranges: Vec<Range<usize>>) -> Prose {
        let reach = ranges
            .iter()
            .scan(0, |furthest, r| {
                *furthest = r.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Prose { ranges, reach }
    }

    /// The ranges that overlap `span`, in order.
    fn meeting<'p>(
        &'p self,
        span: &'p Range<usize>,
    ) -> impl DoubleEndedIterator<Item = &'p Range<usize>> {
        let from = self.reach.partition_point(|&end| end <= span.start);
        let to = self.ranges.partition_point(|r| r.start < span.end);
        self.ranges[from..to.max(from)]
            .iter()
            .filter(|r| span.start < r.end)
    }
}

/// The part of `sentence` from its first to its last prose byte, trimmed; `None` when it
/// holds no prose at all.
fn clip_to_prose(text: &str, sentence: &Range<usize>, prose: &Prose) -> Option<Range<usize>> {
    let mut inside = prose
        .meeting(sentence)
        .map(|r| r.start.max(sentence.start)..r.end.min(sentence.end));
    let first = inside.next()?;
    let last = inside.next_back().unwrap_or_else(|| first.clone());
    let s = &text[first.start..last.end];
    let start = first.start + (s.len() - s.trim_start().len());
    let end = last.end - (s.len() - s.trim_end().len());
    (start < end).then_some(start..end)
}

/// `s` with every run of whitespace turned into one space, trimmed: how a sentence is
/// quoted as evidence.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prose_meeting_a_span_is_what_a_scan_finds() {
        // Sorted by start, with one long range overlapping others (as no Markdown parser
        // gives, but the search must not depend on it).
        let ranges = vec![0..5, 2..40, 6..9, 12..20, 21..22, 30..35, 41..60];
        let prose = Prose::new(ranges.clone());
        for start in 0..62 {
            for end in start..63 {
                let span = start..end;
                let scanned: Vec<&Range<usize>> = ranges
                    .iter()
                    .filter(|r| r.start < span.end && span.start < r.end)
                    .collect();
                let found: Vec<&Range<usize>> = prose.meeting(&span).collect();
                assert_eq!(found, scanned, "{span:?}");
            }
        }
    }

    fn split(text: &str, format: Format) -> Vec<&str> {
        sentences_in(text, format)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    // These pin down what passages need from the shared splitter on news prose.
    #[test]
    fn news_prose_splits_at_sentence_ends_only() {
        assert_eq!(
            split(
                "Korea ranked third. It rose 4.8 points! Why? 2025 was big.",
                Format::Plain
            ),
            vec![
                "Korea ranked third.",
                "It rose 4.8 points!",
                "Why?",
                "2025 was big."
            ]
        );
        assert_eq!(
            split(
                "Trade with the U.S. grew. Mr. Kim said so, e.g. in Seoul.",
                Format::Plain
            ),
            vec![
                "Trade with the U.S. grew.",
                "Mr. Kim said so, e.g. in Seoul."
            ]
        );
    }

    #[test]
    fn a_line_without_a_final_period_is_its_own_sentence() {
        let text = "From Outsider to Top 10: LG’s Breakthrough\nSouth Korea’s AI ambitions grew.\n\nEconomy & Tech";
        assert_eq!(
            split(text, Format::Plain),
            vec![
                "From Outsider to Top 10: LG’s Breakthrough",
                "South Korea’s AI ambitions grew.",
                "Economy & Tech"
            ]
        );
    }

    #[test]
    fn markdown_code_is_dropped_and_marks_clipped() {
        let md = "# Robots in Korea\n\nKorea installed 30,600 robots.\n\n```\nNot. A sentence.\n```\n\n- A bullet item\n";
        assert_eq!(
            split(md, Format::Markdown),
            vec![
                "Robots in Korea",
                "Korea installed 30,600 robots.",
                "A bullet item"
            ]
        );
    }

    #[test]
    fn whitespace_collapses_to_single_spaces() {
        assert_eq!(collapse_whitespace("  a \n b\t\tc "), "a b c");
    }

    #[test]
    fn multibyte_text_never_panics() {
        let text = "한국은 3위. 로봇 30,600대! “인용.” 끝";
        for format in [Format::Plain, Format::Markdown] {
            for r in sentences_in(text, format) {
                assert!(text.get(r).is_some());
            }
        }
    }
}
