//! What the engine's own unit tests share: a draft checked end to end against one source
//! written for the test.

use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

use crate::{Engine, Finding};

/// A corpus of one Markdown source whose text is `source`.
pub(crate) fn corpus_of(source: &str) -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: "corpus/source.md".into(),
        text: source.into(),
    }])
    .expect("the test corpus indexes")
}

/// The finding for the figure written `figure` in `draft` (Markdown), checked against
/// one Markdown source whose text is `source`.
pub(crate) fn finding(source: &str, draft: &str, figure: &str) -> Finding {
    let corpus = corpus_of(source);
    Engine::new(&corpus)
        .check_text(draft, Format::Markdown)
        .into_iter()
        .find(|f| f.figure.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {draft:?}"))
}
