//! What can go wrong with a corpus, each error naming the file or directory at fault.
//!
//! Messages carry the underlying problem in their own text (rather than as a chained
//! source) so that the one line the CLI prints is complete.

use std::io;

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error(
        "no corpus dir was given: name the folder of source documents with --corpus DIR, or with [[corpus]] path = \"DIR\" in figcheck.toml"
    )]
    NoCorpusDirs,

    #[error(
        "corpus dir {dir} does not exist: name the folder of source documents with --corpus DIR, or with [[corpus]] path = \"DIR\" in figcheck.toml (without either, figcheck looks for ./corpus)"
    )]
    MissingDir { dir: String },

    #[error("corpus dir {dir} is not a directory")]
    NotADir { dir: String },

    #[error("corpus dir {dir} holds no sources figcheck reads{}", why_no_sources(*.left_out))]
    NoSources {
        dir: String,
        /// Files the include and exclude patterns left out: when all were, the patterns
        /// are the problem, not the folder.
        left_out: usize,
    },

    #[error("cannot {action} {path}: {error}")]
    Io {
        path: String,
        action: &'static str,
        error: io::Error,
    },

    #[error("{index}: {error}")]
    Index {
        /// "index at .figcheck/index", or "in-memory index".
        index: String,
        error: tantivy::TantivyError,
    },

    /// A backend other than the tantivy index (a search cluster) failed: unreachable,
    /// refusing, or answering what cannot be read.
    #[error("{backend}: {message}")]
    Backend { backend: String, message: String },

    #[error("{index} is unusable even after a rebuild: {problem}")]
    Unusable { index: String, problem: String },

    /// A bug met while using the index (a panic inside tantivy on data it should have
    /// refused, say), contained rather than ending the process.
    #[error("{index}: {action} failed ({detail})")]
    Internal {
        index: String,
        /// "searching it", "loading it", "building it".
        action: &'static str,
        /// `internal error: <message> at <place>; run with RUST_BACKTRACE=1 for the trace`
        detail: String,
    },

    /// A source that could not be read when its text was asked for.
    #[error("cannot read source {path}: {problem}")]
    Source { path: String, problem: String },

    #[error("{key} pattern `{pattern}` is not a valid glob: {problem}")]
    Pattern {
        /// `include` or `exclude`.
        key: String,
        pattern: String,
        problem: String,
    },

    #[error("two sources are both named {path}")]
    DuplicateSource { path: String },
}

impl CorpusError {
    pub(crate) fn io(action: &'static str, path: impl Into<String>, error: io::Error) -> Self {
        CorpusError::Io {
            path: path.into(),
            action,
            error,
        }
    }
}

/// The second half of [`CorpusError::NoSources`]: what to change.
fn why_no_sources(left_out: usize) -> String {
    if left_out == 0 {
        " (text, Markdown, PDF, HTML, DOCX, ODT, CSV or spreadsheets): put the source documents there, or name another folder with --corpus DIR".to_string()
    } else {
        let files = if left_out == 1 { "file" } else { "files" };
        format!(
            ": its include and exclude patterns leave out all {left_out} {files} in it; check the include and exclude of this [[corpus]] in figcheck.toml"
        )
    }
}
