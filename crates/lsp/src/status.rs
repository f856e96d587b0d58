//! `figcheck/status`: what the corpus is doing, for an editor's status bar.
//!
//! `$/progress` shows indexing while it runs, but says nothing once it is over, nor why
//! nothing is checked when there is no corpus. This notification carries the state the
//! writer needs at a glance (indexing, ready with how much, no corpus, failed), each time
//! it changes. Clients that do not know it ignore it, as LSP asks of `figcheck/…` methods
//! they have not registered for.

use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::notification::Notification;

/// The notification's method and parameters.
pub enum StatusNotification {}

impl Notification for StatusNotification {
    type Params = Status;
    const METHOD: &'static str = "figcheck/status";
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub state: CorpusState,
    /// One line for people: "2 sources, 87 figures", or what went wrong.
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CorpusState {
    /// The corpus is being read and indexed; drafts are checked when it is done.
    Indexing,
    /// Drafts are being checked against the corpus the message describes.
    Ready,
    /// No corpus is set up: nothing is checked until one is.
    NoCorpus,
    /// The corpus could not be opened (the message says why); the previous one, if
    /// any, is still used.
    Error,
}
