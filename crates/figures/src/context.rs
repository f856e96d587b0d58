//! What a figure is about: the words around it.
//!
//! A number alone proves nothing; "44,500" is Japan's robot count and not the United
//! States'. [`Context`] records, for one figure, the proper names it is *anchored* to (the
//! nearest name before it in its clause, the name a parenthesised figure follows, or else
//! the sentence's subject) and the content words near it, nearest first. The check engine
//! compares these between a draft figure and a source figure to decide whether both speak
//! of the same thing.

use std::ops::Range;

use serde::{Deserialize, Serialize};

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
    /// Content words of the sentence other than names and the figure itself, nearest first.
    pub terms: Vec<Term>,
}

/// The context of the figure at bytes `start..end` of `text`.
pub fn context_of(_text: &str, _start: usize, _end: usize) -> Context {
    todo!("being written")
}
