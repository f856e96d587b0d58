//! What a figure is about: the words around it.
//!
//! A number alone proves nothing; "44,500" is Japan's robot count and not the United
//! States'. [`Context`] records, for one figure, the proper names it is *anchored* to and
//! the content words near it, nearest first. The check engine compares these between a
//! draft figure and a source figure to decide whether both speak of the same thing.
//!
//! Anchoring, in order:
//! 1. a figure in parentheses belongs to the name just before them: "Japan (44,500)";
//! 2. otherwise to the names before it in its clause (clauses end at , ; : — and
//!    parentheses): "the United States installed 34,200";
//! 3. otherwise to the names before it in the sentence, its subject:
//!    "Korea installed 30,600 robots, fourth globally…" anchors "fourth" to Korea.

mod analyse;
mod antecedents;
mod appositive;
mod counted;
mod counted_back;
mod dated;
mod dateline;
mod layout;
mod listed;
mod motion;
pub use motion::is_bare_tally;
#[cfg(test)]
mod comparison_tests;
mod names;
mod owners;
mod recipient;
mod respective;
mod scores;
mod segment;
mod subject;
#[cfg(test)]
mod tests;
mod tokens;

use crate::Beside;
pub use analyse::COMPARATIVES;
use analyse::*;
use antecedents::*;
use appositive::*;
use counted::*;
pub use counted_back::counted_back;
pub use dateline::is_dateline;
use layout::*;
pub use listed::listed_after;
use motion::{listed_tally_terms, motion_terms};
pub use names::{canonical_name, same_name, words_within};
use owners::*;
use recipient::*;
use respective::*;
use scores::*;
pub use segment::sentences;
pub use subject::SUBJECT_DISTANCE;
use subject::*;
use tokens::*;

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::extract::Figure;
use crate::lexicon;
use crate::position::{ceil_char_boundary, floor_char_boundary};

/// A content word near a figure, lowercased, with its distance in words (1 = adjacent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub word: String,
    pub distance: u16,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// Byte range of the sentence that holds the figure.
    pub sentence: Range<usize>,
    /// Proper names the figure belongs to, as written ("United States", "K-EXAONE").
    pub anchors: Vec<String>,
    /// Every proper name in the sentence, anchors included.
    pub entities: Vec<String>,
    /// Content words of the sentence other than anchors and figures, nearest first.
    pub terms: Vec<Term>,
    /// The values written beside the figure as a pair ("8-of-18", adjacent table cells):
    /// known only among a text's figures, so set by [`contexts`].
    pub beside: Beside,
    /// The figure is a body cell of a table: its owner is its row's label and its
    /// measure its column's header, as stated, not as guessed from a sentence.
    pub cell: bool,
    /// The year the figure is written for, right after it: "55.8% in 2022". (Always
    /// written: the index stores contexts in a format that cannot skip a field.)
    pub dated: Option<u16>,
}

/// How many bytes either side of a figure its context reads in a long sentence.
///
/// Words hundreds of characters away say nothing about whose figure this is, and reading
/// the whole sentence for every figure in it made contexts quadratic: one 12 KB sentence
/// of 1,600 figures took seconds. With the window, one context costs O(`WINDOW`) and a
/// text's contexts cost O(text).
pub const WINDOW: usize = 320;

/// The context of the figure at bytes `start..end` of `text`.
pub fn context_of(text: &str, start: usize, end: usize) -> Context {
    let figures = crate::extract(text, crate::Format::Plain);
    let reader = Reader::new(text, &figures);
    reader.context(start, end)
}

/// `text` with every closed `<!-- … -->` comment turned into spaces, byte for byte, line
/// breaks kept: a note to the editor or a `figcheck-ignore` directive is not part of the
/// sentence around it, and its words must not become a figure's terms. Byte offsets are
/// unchanged, so figures found in the original text still point at the same bytes.
fn without_comments(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("<!--") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<!--") {
        let Some(close) = rest[open + 4..].find("-->").map(|i| open + 4 + i + 3) else {
            break;
        };
        out.push_str(&rest[..open]);
        for c in rest[open..close].chars() {
            match c {
                '\n' | '\r' => out.push(c),
                c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The contexts of many figures of one text, sharing the sentence split. `figures` are
/// the text's figures (any figure's span is left out of the others' terms).
///
/// Linear in the text: the sentence split and the word list are built once, and each
/// figure's context reads at most [`WINDOW`] bytes either side of it.
pub fn contexts(text: &str, figures: &[Figure]) -> Vec<Context> {
    let original = text;
    let masked = without_comments(text);
    let text = masked.as_ref();
    let reader = Reader::new(text, figures);
    let mut out: Vec<Context> = figures
        .iter()
        .map(|f| reader.context(f.start, f.end))
        .collect();
    for (context, beside) in out.iter_mut().zip(crate::paired::beside(text, figures)) {
        context.beside = beside;
    }
    // "Ines Calder went 8-of-18", "21 points (8-18 FG)": both sides of a pair are
    // whoever either side is found to be, though one stands between the other and the
    // name, or a bracket does.
    for i in 1..out.len() {
        if out[i].beside.before.is_none() {
            continue;
        }
        let (head, tail) = out.split_at_mut(i);
        let (first, second) = (&mut head[i - 1], &mut tail[0]);
        let (from, to) = match (first.anchors.is_empty(), second.anchors.is_empty()) {
            (false, true) => (&*first, second),
            (true, false) => (&*second, first),
            _ => continue,
        };
        to.anchors.clone_from(&from.anchors);
        if to.entities.is_empty() {
            to.entities.clone_from(&from.entities);
        }
    }
    // A sentence cut at a blanked comment's space may end inside a character the comment
    // held (one space a byte): the range given back is on the text's own boundaries.
    for context in &mut out {
        let r = &context.sentence;
        context.sentence =
            floor_char_boundary(original, r.start)..ceil_char_boundary(original, r.end);
    }
    out
}

/// What every context of one text shares: its sentences, its figures in order, and the
/// words it writes in lower case.
struct Reader<'t> {
    text: &'t str,
    sentences: Vec<Range<usize>>,
    /// Figure spans sorted by start, so a window's figures are found by binary search.
    figures: Vec<Range<usize>>,
    /// Every word as written in the text, to tell a capitalised common word ("Robots
    /// rose…") from a name in O(1) rather than by searching the text for each sentence.
    words: HashSet<&'t str>,
    /// Body cells of the text's pipe tables: a cell's figure belongs to its row's label
    /// and measures its column's header.
    cells: Vec<crate::table::Cell>,
}

impl<'t> Reader<'t> {
    /// The spans of the figures wholly inside `sentence`, in order.
    fn figures_within(&self, sentence: &Range<usize>) -> Vec<Range<usize>> {
        let first = self.figures.partition_point(|f| f.start < sentence.start);
        self.figures[first..]
            .iter()
            .take_while(|f| f.start < sentence.end)
            .filter(|f| f.end <= sentence.end)
            .cloned()
            .collect()
    }

    fn new(text: &'t str, figures: &[Figure]) -> Self {
        let mut spans: Vec<Range<usize>> = figures.iter().map(|f| f.start..f.end).collect();
        spans.sort_by_key(|r| (r.start, r.end));
        Reader {
            text,
            sentences: sentences(text),
            figures: spans,
            words: words_as_written(text),
            cells: if text.contains('|') {
                crate::table::cells(text)
            } else {
                Vec::new()
            },
        }
    }

    fn context(&self, start: usize, end: usize) -> Context {
        if let Some(cell) = crate::table::cell_at(&self.cells, start, end)
            && !cell.is_label
        {
            return table_context(cell);
        }
        let idx = self.sentences.partition_point(|s| s.end <= start);
        let sentence = self
            .sentences
            .get(idx)
            .filter(|s| s.start <= start)
            .cloned()
            .unwrap_or(start..end);
        let lead_in = self.lead_in(&sentence, idx);
        // A figure after a dateline is the story's: the place it was filed from is no
        // name in its sentence, nor in the sentence a later one refers back to.
        let story = |s: Range<usize>| match dateline::body_after_dateline(self.text, &s) {
            Some(body) if body <= start || s.end <= start => body..s.end,
            _ => s,
        };
        let sentence = window(self.text, story(sentence), start, end);
        let others = self.figures_within(&sentence);
        let earlier: Vec<Range<usize>> = self.sentences[..idx.min(self.sentences.len())]
            .iter()
            .rev()
            .take(3)
            .cloned()
            .map(story)
            .collect();
        analyse(self, sentence, &earlier, lead_in, &others, start..end)
    }

    /// The line that introduces the list `sentence` (the `idx`-th) is an item of: a
    /// heading or a line ending with a colon above the items ("Coverage by age group" over
    /// "- Ages 18 to 64: 41.3%"). `None` for a sentence that is no list item, or a list
    /// with no such line within [`LIST_REACH`] items.
    fn lead_in(&self, sentence: &Range<usize>, idx: usize) -> Option<Range<usize>> {
        if !layout::is_list_item(self.text, sentence) {
            return None;
        }
        self.sentences[..idx.min(self.sentences.len())]
            .iter()
            .rev()
            .take(LIST_REACH)
            .find(|s| !layout::is_list_item(self.text, s))
            .filter(|s| layout::introduces_list(self.text, s))
            .map(|s| head(self.text, s.clone()))
    }
}

/// How many items above a list item its lead-in line is looked for.
const LIST_REACH: usize = 24;

/// The context of a figure in a table cell: its row's label owns it, its column's
/// header says what it measures (the other way round in a turned table).
fn table_context(cell: &crate::table::Cell) -> Context {
    let label = cell
        .owner()
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let named = label.chars().any(char::is_alphabetic);
    let words: Vec<String> = cell
        .measure()
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().any(char::is_alphabetic) && !lexicon::is_stopword(w))
        .collect();
    // "Fourth quarter points" also names the period as prose does, "fourth-quarter".
    let periods: Vec<String> = words
        .windows(2)
        .filter_map(|pair| lexicon::period_term(&pair[0], &pair[1]))
        .collect();
    let terms = words
        .into_iter()
        .chain(periods)
        .map(|word| Term { word, distance: 0 })
        .collect();
    let owners: Vec<String> = if named {
        vec![label.to_string()]
    } else {
        Vec::new()
    };
    Context {
        sentence: cell.row.clone(),
        entities: owners.clone(),
        anchors: owners,
        terms,
        beside: Beside::default(),
        cell: true,
        dated: None,
    }
}

/// `sentence` cut to at most [`WINDOW`] bytes either side of `start..end`, at word
/// boundaries; a sentence that fits is returned whole.
fn window(text: &str, sentence: Range<usize>, start: usize, end: usize) -> Range<usize> {
    let lo = start.saturating_sub(WINDOW).max(sentence.start);
    let hi = end.saturating_add(WINDOW).min(sentence.end);
    let lo = if lo > sentence.start {
        // Forward to the next word start, so no word is cut in half.
        let k = ceil_char_boundary(text, lo);
        text[k..start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(k, |(j, c)| k + j + c.len_utf8())
    } else {
        lo
    };
    let hi = if hi < sentence.end {
        let k = floor_char_boundary(text, hi);
        text[end..k]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(k, |(j, _)| end + j)
    } else {
        hi
    };
    lo..hi
}

/// The first `2 × WINDOW` bytes of a sentence (where its subject is), at a char boundary.
fn head(text: &str, r: Range<usize>) -> Range<usize> {
    let e = floor_char_boundary(text, r.end.min(r.start.saturating_add(2 * WINDOW)));
    r.start..e
}

/// The last `2 × WINDOW` bytes of a sentence (a question's end), at a char boundary.
fn tail(text: &str, r: Range<usize>) -> Range<usize> {
    let s = ceil_char_boundary(text, r.start.max(r.end.saturating_sub(2 * WINDOW)));
    s..r.end
}

/// Every word of `text` as written: runs of letters and digits, and the same runs joined
/// by the characters [`tokenize`] joins words with ("state-owned", "Mi:dm").
fn words_as_written(text: &str) -> HashSet<&str> {
    let mut out = HashSet::new();
    let mut run_start: Option<usize> = None;
    let mut joined_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        crate::work::step(1);
        if c.is_alphanumeric() {
            run_start.get_or_insert(k);
            joined_start.get_or_insert(k);
            let next = chars.peek().map(|&(_, n)| n);
            if next.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let e = k + c.len_utf8();
            if let Some(s) = run_start.take() {
                out.insert(&text[s..e]);
            }
            let joins = next.is_some_and(|n| matches!(n, '-' | ':' | '&' | '.' | '\'' | '’'))
                && text[e..].chars().nth(1).is_some_and(char::is_alphanumeric);
            if !joins && let Some(s) = joined_start.take() {
                out.insert(&text[s..e]);
            }
        }
    }
    out
}

/// The anchors of the figure written `fig` in `text` (its first such figure): what the
/// owner rules' tests ask.
#[cfg(test)]
pub(crate) fn anchors_of(text: &str, fig: &str) -> Vec<String> {
    let figs = crate::extract(text, crate::Format::Plain);
    let at = figs.iter().position(|f| f.text == fig).expect("figure");
    contexts(text, &figs)[at].anchors.clone()
}

#[cfg(test)]
mod comment_tests {
    use super::contexts;
    use crate::{Format, extract};

    #[test]
    fn a_sentence_cut_inside_a_comment_of_wide_characters_ends_on_a_boundary() {
        for pad in 0..4 {
            let t = format!(
                "Korea ranks number three{} <!-- {} --> in AI.",
                " ".repeat(pad),
                "é".repeat(400)
            );
            for c in contexts(&t, &extract(&t, Format::Markdown)) {
                assert!(t.is_char_boundary(c.sentence.start) && t.is_char_boundary(c.sentence.end));
            }
        }
    }
}
