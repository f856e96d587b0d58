//! The checking thread: the only place the engine runs.
//!
//! [`Engine::new`] weighs every source figure once, and an `Engine` borrows its corpus.
//! Rather than rebuild it for every keystroke, or build a self-referential struct, one
//! thread owns the current corpus and the engine built from it, and takes jobs from a
//! channel: a new corpus replaces both, a check runs against whichever is current. Checks
//! so never run on the protocol loop, and hovers never wait for indexing (which happens
//! elsewhere, on a blocking task, while this thread keeps checking against the old
//! corpus).

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use figcheck_check::{Engine, Finding, Ignores};
use figcheck_corpus::Corpus;
use figcheck_figures::Format;
use tokio::sync::oneshot;
use tower_lsp_server::ls_types::Uri;

use crate::text::Indexed;

/// A source document as the server shows and links it.
#[derive(Debug)]
pub struct Source {
    /// The file, when its path could be made into a `file:` URI.
    pub uri: Option<Uri>,
    /// As shown in messages: relative to the workspace root when under it.
    pub shown: String,
    pub content: Indexed,
}

/// A loaded corpus with what the server needs to point into its sources, and the
/// config's checking options that come with it (a config change reloads both).
pub struct Loaded {
    pub corpus: Corpus,
    sources: HashMap<String, Source>,
    /// `tolerance` from `figcheck.toml`, for the engine.
    pub tolerance: Option<f64>,
    /// `[ignore]` from `figcheck.toml`.
    pub ignores: Ignores,
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loaded")
            .field("corpus", &self.corpus)
            .finish()
    }
}

impl Loaded {
    /// Indexes the lines of every source once, so evidence ranges cost a binary search.
    /// `root` is the workspace root paths are shown relative to.
    pub fn new(corpus: Corpus, root: &Path, tolerance: Option<f64>, ignores: Ignores) -> Loaded {
        let cwd = std::env::current_dir().unwrap_or_default();
        let sources = corpus
            .docs()
            .iter()
            .map(|doc| {
                let absolute = absolute_path(&doc.path, &cwd);
                let shown = shown_path(&doc.path, root);
                let source = Source {
                    uri: Uri::from_file_path(&absolute),
                    shown,
                    content: Indexed::new(doc.text.clone()),
                };
                (doc.path.clone(), source)
            })
            .collect();
        Loaded {
            corpus,
            sources,
            tolerance,
            ignores,
        }
    }

    /// The source an [`figcheck_check::Evidence::source`] names.
    pub fn source(&self, path: &str) -> Option<&Source> {
        self.sources.get(path)
    }
}

/// A corpus path (as the corpus shows it: relative to the working directory when it
/// can) made absolute, as a URI needs.
fn absolute_path(path: &str, cwd: &Path) -> PathBuf {
    let path = Path::new(path);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    }
}

/// A corpus path as the writer should read it: relative to the workspace root when the
/// source is inside the workspace (`corpus/003_….txt`), else as the corpus shows it.
pub fn shown_path(path: &str, root: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    absolute_path(path, &cwd)
        .strip_prefix(root)
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| path.to_string())
}

/// The result of one check.
#[derive(Debug)]
pub struct Checked {
    pub findings: Vec<Finding>,
    /// The corpus the findings point into.
    pub loaded: Arc<Loaded>,
    pub took: Duration,
}

/// Why a check gave no findings.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error("no corpus is loaded")]
    NoCorpus,
    #[error("the check was no longer wanted")]
    Skipped,
    #[error("the checking thread has stopped")]
    Stopped,
    #[error("the engine failed on this text: {0}")]
    Panicked(String),
}

struct Job {
    text: Arc<Indexed>,
    format: Format,
    /// Asked just before the check runs: a document edited since the job was queued is
    /// not worth checking any more.
    wanted: Box<dyn Fn() -> bool + Send>,
    reply: oneshot::Sender<Result<Checked, CheckError>>,
}

enum Message {
    Corpus(Option<Arc<Loaded>>),
    Check(Job),
}

/// A handle on the checking thread. Dropping every handle stops the thread.
#[derive(Clone, Debug)]
pub struct Checker {
    tx: mpsc::Sender<Message>,
}

impl Checker {
    pub fn spawn() -> std::io::Result<Checker> {
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("figcheck-check".into())
            .spawn(move || run(rx))?;
        Ok(Checker { tx })
    }

    /// Makes `loaded` the corpus later checks run against (`None`: no corpus).
    pub fn set_corpus(&self, loaded: Option<Arc<Loaded>>) {
        let _ = self.tx.send(Message::Corpus(loaded));
    }

    /// Checks `text`, unless `wanted` says no by the time the thread gets to it.
    pub async fn check(
        &self,
        text: Arc<Indexed>,
        format: Format,
        wanted: Box<dyn Fn() -> bool + Send>,
    ) -> Result<Checked, CheckError> {
        let (reply, rx) = oneshot::channel();
        let job = Job {
            text,
            format,
            wanted,
            reply,
        };
        self.tx
            .send(Message::Check(job))
            .map_err(|_| CheckError::Stopped)?;
        rx.await.unwrap_or(Err(CheckError::Stopped))
    }
}

fn run(rx: mpsc::Receiver<Message>) {
    let mut current: Option<Arc<Loaded>> = None;
    loop {
        let Some(loaded) = current.take() else {
            match rx.recv() {
                Ok(Message::Corpus(next)) => current = next,
                Ok(Message::Check(job)) => {
                    let _ = job.reply.send(Err(CheckError::NoCorpus));
                }
                Err(_) => return,
            }
            continue;
        };
        let engine = match catch_unwind(AssertUnwindSafe(|| {
            Engine::new(&loaded.corpus).with_tolerance(loaded.tolerance)
        })) {
            Ok(engine) => engine,
            Err(panic) => {
                crate::log::log!(
                    Error,
                    "the engine failed to load the corpus: {}",
                    panic_message(&*panic)
                );
                continue;
            }
        };
        loop {
            match rx.recv() {
                Ok(Message::Corpus(next)) => {
                    current = next;
                    break;
                }
                Ok(Message::Check(job)) => {
                    if !(job.wanted)() {
                        let _ = job.reply.send(Err(CheckError::Skipped));
                        continue;
                    }
                    let started = Instant::now();
                    let result = catch_unwind(AssertUnwindSafe(|| {
                        engine.check_text(&job.text.text, job.format)
                    }));
                    let reply = match result {
                        Ok(findings) => Ok(Checked {
                            findings,
                            loaded: Arc::clone(&loaded),
                            took: started.elapsed(),
                        }),
                        Err(panic) => Err(CheckError::Panicked(panic_message(&*panic))),
                    };
                    let _ = job.reply.send(reply);
                }
                Err(_) => return,
            }
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}
