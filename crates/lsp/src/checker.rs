//! The checking threads: the only place the engine runs.
//!
//! An `Engine` keeps what it works out about each source figure it weighs (so a corpus's
//! figures are worked out once, however often the writer types), and borrows its corpus.
//! Rather than rebuild it for every keystroke, or build a self-referential struct, one
//! thread owns the current corpus and the engine built from it, and hands jobs to
//! [`WORKERS`] scoped worker threads that share the engine: a new corpus replaces both, a
//! check runs against whichever is current. Checks so never run on the protocol loop, and
//! hovers never wait for indexing (which happens elsewhere, on a blocking task, while
//! these threads keep checking against the old corpus).
//!
//! Why more than one worker: the engine has no way to stop a check half way, so a slow
//! check of a version the writer has already replaced cannot be abandoned mid-run. With a
//! single thread the corrected version waited for the whole stale check. With two, the
//! newer version starts on the free worker at once while the stale one runs out and its
//! result is dropped (the server publishes only the current version). Jobs still waiting
//! for a worker ask their `wanted` callback first, so queued stale versions are skipped,
//! never run. Two, not more: checks are CPU-bound, and a writer typing through slow checks
//! must not pile up a thread per keystroke.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use figcheck_check::{Engine, Finding, Ignores};
use figcheck_claims::{FileError, parse_claims_file};
use figcheck_corpus::cluster::Cluster;
use figcheck_corpus::{Corpus, Sources};
use tokio::sync::oneshot;
use tower_lsp_server::ls_types::Uri;

use crate::text::{Indexed, Kind};
use figcheck_corpus::contain::{Panic, contain};

/// How many weighed candidates a hover lists under "why".
const HOVER_CANDIDATES: usize = 3;

/// A source document as the server shows and links it.
#[derive(Debug)]
pub struct Source {
    /// The file, when its path could be made into a `file:` URI.
    pub uri: Option<Uri>,
    /// As shown in messages: relative to the workspace root when under it.
    pub shown: String,
    /// The text with its line index, read when the server first points into it (a
    /// corpus keeps no texts); `None` if it could not be read then.
    content: std::sync::OnceLock<Option<Indexed>>,
}

/// Where the server's corpus is: the embedded index, or an index in a search cluster
/// (the config's `backend`), which the server only reads.
pub enum Backing {
    Embedded(Corpus),
    Cluster(Cluster),
}

impl Backing {
    pub fn sources(&self) -> &dyn Sources {
        match self {
            Backing::Embedded(corpus) => corpus,
            Backing::Cluster(cluster) => cluster,
        }
    }

    fn source_text(&self, path: &str) -> Result<String, figcheck_corpus::CorpusError> {
        match self {
            Backing::Embedded(corpus) => corpus.source_text(path),
            Backing::Cluster(cluster) => cluster.source_text(path),
        }
    }
}

impl From<Corpus> for Backing {
    fn from(corpus: Corpus) -> Self {
        Backing::Embedded(corpus)
    }
}

impl std::fmt::Debug for Backing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Backing::Embedded(corpus) => corpus.fmt(f),
            Backing::Cluster(cluster) => cluster.fmt(f),
        }
    }
}

/// A loaded corpus with what the server needs to point into its sources, and the
/// config's checking options that come with it (a config change reloads both).
pub struct Loaded {
    pub corpus: Backing,
    sources: HashMap<String, Source>,
    /// `tolerance` from `figcheck.toml`, for the engine.
    pub tolerance: Option<f64>,
    /// `[ignore]` from `figcheck.toml`.
    pub ignores: Ignores,
    /// `max-draft-bytes` from `figcheck.toml`: larger documents are not checked, as the
    /// CLI refuses them, so a log pasted into the editor cannot tie up a worker.
    pub max_draft_bytes: u64,
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loaded")
            .field("corpus", &self.corpus)
            .finish()
    }
}

impl Loaded {
    /// Names every source; each is read (and its lines indexed, so evidence ranges cost a
    /// binary search) when first pointed into. `root` is the workspace root paths are
    /// shown relative to.
    pub fn new(
        corpus: impl Into<Backing>,
        root: &Path,
        tolerance: Option<f64>,
        ignores: Ignores,
    ) -> Loaded {
        let corpus = corpus.into();
        let cwd = std::env::current_dir().unwrap_or_default();
        let sources = corpus
            .sources()
            .source_paths()
            .iter()
            .map(|path| {
                let absolute = absolute_path(path, &cwd);
                let source = Source {
                    uri: Uri::from_file_path(&absolute),
                    shown: shown_path(path, root),
                    content: std::sync::OnceLock::new(),
                };
                (path.clone(), source)
            })
            .collect();
        Loaded {
            corpus,
            sources,
            tolerance,
            ignores,
            max_draft_bytes: figcheck_config::DEFAULT_MAX_DRAFT_BYTES,
        }
    }

    /// The source an [`figcheck_check::Evidence::source`] names.
    pub fn source(&self, path: &str) -> Option<&Source> {
        self.sources.get(path)
    }

    /// The text of that source, read on first use.
    pub fn source_content(&self, path: &str) -> Option<&Indexed> {
        let source = self.sources.get(path)?;
        source
            .content
            .get_or_init(|| match self.corpus.source_text(path) {
                Ok(text) => Some(Indexed::new(text)),
                Err(e) => {
                    crate::log::log!(Warn, "{e}");
                    None
                }
            })
            .as_ref()
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
    /// For a claims file: the lines that do not parse.
    pub syntax: Vec<FileError>,
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
    Panicked(Panic),
    #[error(
        "not checked: {bytes} bytes, over the {limit}-byte limit (`max-draft-bytes` in figcheck.toml)"
    )]
    TooLarge { bytes: u64, limit: u64 },
    /// A search of the corpus failed during the check, so its "unsupported" verdicts
    /// cannot be trusted: none are published.
    #[error("not checked: a search of the corpus failed: {0}")]
    SearchFailed(String),
    /// The draft names its sources in front matter that cannot be read: checked against
    /// the whole corpus instead, its verdicts would be silently wrong.
    #[error("not checked: {0}")]
    FrontMatter(figcheck_figures::FrontMatterError),
    /// The draft names sources the corpus does not hold (a typo, most likely): checked,
    /// every figure would be unsupported without saying why.
    #[error("not checked: front matter: no source in the corpus matches {0}")]
    NoSuchSources(String),
}

/// How many checks may run at once; see the module documentation for why two.
pub const WORKERS: usize = 2;

/// Called on the worker thread with the draft's text just before the engine checks it
/// and just after, inside the same panic containment. Tests use it to hold a check (to
/// stand for a slow one, deterministically), to learn when one has ended, or to panic
/// (to stand for an engine bug on odd input).
pub type CheckHook = Arc<dyn Fn(CheckStage, &str) + Send + Sync>;

/// Where in a check a [`CheckHook`] is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckStage {
    Start,
    /// The engine has returned; the result is about to be handed back.
    Done,
}

struct Job {
    text: Arc<Indexed>,
    kind: Kind,
    /// Asked just before the check runs: a document edited since the job was queued is
    /// not worth checking any more.
    wanted: Box<dyn Fn() -> bool + Send>,
    reply: oneshot::Sender<Result<Checked, CheckError>>,
}

enum Message {
    Corpus(Option<Arc<Loaded>>),
    Check(Job),
}

/// A handle on the checking threads. Dropping every handle stops them.
#[derive(Clone, Debug)]
pub struct Checker {
    tx: mpsc::Sender<Message>,
}

impl Checker {
    pub fn spawn(hook: Option<CheckHook>) -> std::io::Result<Checker> {
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("figcheck-check".into())
            .spawn(move || run(rx, hook))?;
        Ok(Checker { tx })
    }

    /// Makes `loaded` the corpus later checks run against (`None`: no corpus).
    pub fn set_corpus(&self, loaded: Option<Arc<Loaded>>) {
        let _ = self.tx.send(Message::Corpus(loaded));
    }

    /// Checks `text`, unless `wanted` says no by the time a worker gets to it.
    pub async fn check(
        &self,
        text: Arc<Indexed>,
        kind: Kind,
        wanted: Box<dyn Fn() -> bool + Send>,
    ) -> Result<Checked, CheckError> {
        let (reply, rx) = oneshot::channel();
        let job = Job {
            text,
            kind,
            wanted,
            reply,
        };
        self.tx
            .send(Message::Check(job))
            .map_err(|_| CheckError::Stopped)?;
        rx.await.unwrap_or(Err(CheckError::Stopped))
    }
}

/// What the dispatcher does after the workers of one corpus have stopped.
enum Next {
    Corpus(Option<Arc<Loaded>>),
    Stop,
}

fn run(rx: mpsc::Receiver<Message>, hook: Option<CheckHook>) {
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
        let engine = match contain(|| {
            Engine::new(loaded.corpus.sources())
                .with_tolerance(loaded.tolerance)
                .with_explanations(HOVER_CANDIDATES)
        }) {
            Ok(engine) => engine,
            Err(panic) => {
                crate::log::log!(Error, "the engine failed to load the corpus: {panic}");
                continue;
            }
        };
        match serve_corpus(&rx, &engine, &loaded, hook.as_ref()) {
            Next::Corpus(next) => current = next,
            Next::Stop => return,
        }
    }
}

/// Runs checks against one corpus on [`WORKERS`] threads until a new corpus arrives or
/// every [`Checker`] is gone. Jobs already handed to the workers are finished (or
/// skipped, if no longer wanted) against this corpus first.
fn serve_corpus(
    rx: &mpsc::Receiver<Message>,
    engine: &Engine<'_>,
    loaded: &Arc<Loaded>,
    hook: Option<&CheckHook>,
) -> Next {
    let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
    let jobs_rx = Mutex::new(jobs_rx);
    std::thread::scope(|scope| {
        let mut started = 0;
        for n in 0..WORKERS {
            let spawned = std::thread::Builder::new()
                .name(format!("figcheck-check-{n}"))
                .spawn_scoped(scope, || work(&jobs_rx, engine, loaded, hook));
            match spawned {
                Ok(_) => started += 1,
                Err(e) => crate::log::log!(Warn, "could not start a checking worker: {e}"),
            }
        }
        if started == 0 {
            // Check on this thread instead: slower to react, but still checking.
            return loop {
                match rx.recv() {
                    Ok(Message::Check(job)) => run_job(job, engine, loaded, hook),
                    Ok(Message::Corpus(next)) => break Next::Corpus(next),
                    Err(_) => break Next::Stop,
                }
            };
        }
        // Dropping `jobs_tx` on the way out lets the workers drain the queue and stop.
        let jobs_tx = jobs_tx;
        loop {
            match rx.recv() {
                Ok(Message::Check(job)) => {
                    if let Err(mpsc::SendError(job)) = jobs_tx.send(job) {
                        let _ = job.reply.send(Err(CheckError::Stopped));
                    }
                }
                Ok(Message::Corpus(next)) => return Next::Corpus(next),
                Err(_) => return Next::Stop,
            }
        }
    })
}

/// One worker: takes the next job from the shared queue until the queue closes.
fn work(
    jobs: &Mutex<mpsc::Receiver<Job>>,
    engine: &Engine<'_>,
    loaded: &Arc<Loaded>,
    hook: Option<&CheckHook>,
) {
    loop {
        // The lock is held while waiting, so idle workers queue up on it; a job goes to
        // exactly one of them.
        let job = jobs.lock().unwrap_or_else(|e| e.into_inner()).recv();
        match job {
            Ok(job) => run_job(job, engine, loaded, hook),
            Err(_) => return,
        }
    }
}

fn run_job(job: Job, engine: &Engine<'_>, loaded: &Arc<Loaded>, hook: Option<&CheckHook>) {
    if !(job.wanted)() {
        let _ = job.reply.send(Err(CheckError::Skipped));
        return;
    }
    let bytes = job.text.text.len() as u64;
    if bytes > loaded.max_draft_bytes {
        let limit = loaded.max_draft_bytes;
        let _ = job.reply.send(Err(CheckError::TooLarge { bytes, limit }));
        return;
    }
    let format = match job.kind {
        Kind::Draft(format) => format,
        Kind::Claims => return run_claims_job(job, engine, loaded),
    };
    let named = match figcheck_figures::front_matter(&job.text.text, format) {
        Ok(front_matter) => front_matter.sources,
        Err(e) => {
            let _ = job.reply.send(Err(CheckError::FrontMatter(e)));
            return;
        }
    };
    let missing = engine.unmatched_sources(&named);
    if !missing.is_empty() {
        let _ = job
            .reply
            .send(Err(CheckError::NoSuchSources(missing.join(", "))));
        return;
    }
    let started = Instant::now();
    let result = contain(|| {
        if let Some(hook) = hook {
            hook(CheckStage::Start, &job.text.text);
        }
        // Asked between figures: a version the writer has replaced is abandoned, not
        // finished, so its worker is free for the next one at once.
        let findings = engine.check_text_while(&job.text.text, format, &job.wanted);
        if let Some(hook) = hook {
            hook(CheckStage::Done, &job.text.text);
        }
        findings
    });
    let result = result.map(|found| found.map(|findings| (findings, Vec::new())));
    let _ = job.reply.send(reply(result, loaded, started));
}

/// A document's findings, and a claims file's lines that do not parse.
type Judged = (Vec<Finding>, Vec<FileError>);

/// What a check comes back as: its findings (and a claims file's syntax errors), unless
/// it was abandoned, a search failed on the way (a report would call figures
/// unsupported because the index could not be read), or the engine panicked.
fn reply(
    result: Result<Option<Judged>, Panic>,
    loaded: &Arc<Loaded>,
    started: Instant,
) -> Result<Checked, CheckError> {
    match result {
        Ok(None) => Err(CheckError::Skipped),
        Ok(_) if loaded.corpus.sources().search_failure().is_some() => {
            Err(CheckError::SearchFailed(
                loaded
                    .corpus
                    .sources()
                    .search_failure()
                    .unwrap_or_default()
                    .to_string(),
            ))
        }
        Ok(Some((findings, syntax))) => Ok(Checked {
            findings,
            syntax,
            loaded: Arc::clone(loaded),
            took: started.elapsed(),
        }),
        Err(panic) => Err(CheckError::Panicked(panic)),
    }
}

/// A claims file: every line that parses is judged by the engine, as `figcheck check`
/// judges it; the others come back as syntax errors.
fn run_claims_job(job: Job, engine: &Engine<'_>, loaded: &Arc<Loaded>) {
    let started = Instant::now();
    let result = contain(|| {
        let (lines, errors): (Vec<_>, Vec<_>) = parse_claims_file(&job.text.text)
            .into_iter()
            .partition(Result::is_ok);
        let lines = lines.into_iter().filter_map(Result::ok).collect();
        let syntax = errors.into_iter().filter_map(Result::err).collect();
        Some((engine.check_claims(&job.text.text, lines), syntax))
    });
    let _ = job.reply.send(reply(result, loaded, started));
}

#[cfg(test)]
mod tests {
    const MARKDOWN: Kind = Kind::Draft(figcheck_figures::Format::Markdown);
    use std::sync::atomic::{AtomicBool, Ordering};

    use figcheck_corpus::SourceDoc;

    use super::*;

    const HOLD: &str = "<!-- hold -->";
    const WRONG: &str = "Korea installed 31,600 industrial robots last year.\n";

    /// A checker over a one-source corpus whose hook holds every check of a text
    /// containing [`HOLD`] until the returned sender says go (or is dropped).
    fn held_checker() -> (
        Checker,
        mpsc::Sender<()>,
        tokio::sync::mpsc::UnboundedReceiver<()>,
    ) {
        let (go, wait) = mpsc::channel::<()>();
        let wait = Mutex::new(wait);
        let (entered_tx, entered) = tokio::sync::mpsc::unbounded_channel();
        let hook: CheckHook = Arc::new(move |stage, text| {
            if stage == CheckStage::Start && text.contains(HOLD) {
                let _ = entered_tx.send(());
                let _ = wait.lock().unwrap_or_else(|e| e.into_inner()).recv();
            }
        });
        let checker = Checker::spawn(Some(hook)).expect("spawn");
        let loaded = robots();
        checker.set_corpus(Some(Arc::new(loaded)));
        (checker, go, entered)
    }

    /// A one-source corpus, loaded as the server loads one.
    fn robots() -> Loaded {
        let corpus = Corpus::from_docs(vec![SourceDoc {
            path: "robots.txt".into(),
            text: "Korea installed 30,600 industrial robots last year.".into(),
        }])
        .expect("corpus");
        Loaded::new(corpus, Path::new("."), None, Ignores::default())
    }

    fn text(s: &str) -> Arc<Indexed> {
        Arc::new(Indexed::new(s.to_string()))
    }

    fn always() -> Box<dyn Fn() -> bool + Send> {
        Box::new(|| true)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_newer_check_runs_while_a_stale_one_is_still_running() {
        let (checker, go, mut entered) = held_checker();
        let held = {
            let checker = checker.clone();
            tokio::spawn(async move {
                let slow = format!("{HOLD}\n{}", WRONG.repeat(50));
                checker.check(text(&slow), MARKDOWN, always()).await
            })
        };
        entered.recv().await.expect("the held check started");
        // With one checking thread this would wait for the held check forever; the
        // timeout only turns that hang into a failure, it measures nothing.
        let fresh = tokio::time::timeout(
            Duration::from_secs(60),
            checker.check(text(WRONG), MARKDOWN, always()),
        )
        .await
        .expect("the newer check was not held up by the stale one")
        .expect("checked");
        assert_eq!(fresh.findings.len(), 1);
        assert_eq!(fresh.findings[0].figure.text, "31,600");
        assert!(!held.is_finished(), "the held check is still running");
        go.send(()).expect("release");
        let slow = held.await.expect("task").expect("checked");
        assert_eq!(slow.findings.len(), 50);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn queued_checks_no_longer_wanted_are_skipped_not_run() {
        let (checker, go, mut entered) = held_checker();
        let mut held = Vec::new();
        for _ in 0..WORKERS {
            let checker = checker.clone();
            held.push(tokio::spawn(async move {
                let slow = format!("{HOLD}\n{WRONG}");
                checker.check(text(&slow), MARKDOWN, always()).await
            }));
            entered.recv().await.expect("a held check started");
        }
        // Every worker is busy: this job waits in the queue, and the document moves on.
        let current = Arc::new(AtomicBool::new(true));
        let stale = {
            let checker = checker.clone();
            let current = Arc::clone(&current);
            tokio::spawn(async move {
                let wanted = Box::new(move || current.load(Ordering::SeqCst));
                checker.check(text(WRONG), MARKDOWN, wanted).await
            })
        };
        // Not a timing assumption: whether the job is queued yet or not, it cannot start
        // before a worker is released, and by then it is no longer wanted.
        current.store(false, Ordering::SeqCst);
        for _ in 0..WORKERS {
            go.send(()).expect("release");
        }
        assert_eq!(
            stale.await.expect("task").map(|c| c.findings.len()),
            Err(CheckError::Skipped)
        );
        for h in held {
            assert!(h.await.expect("task").is_ok());
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_check_superseded_while_it_runs_is_abandoned() {
        // The hook stands for the writer typing once the check has started: it marks the
        // version stale, and the engine, asking between figures, gives up.
        let current = Arc::new(AtomicBool::new(true));
        let flip = Arc::clone(&current);
        let hook: CheckHook = Arc::new(move |stage, _| {
            if stage == CheckStage::Start {
                flip.store(false, Ordering::SeqCst);
            }
        });
        let checker = Checker::spawn(Some(hook)).expect("spawn");
        let loaded = robots();
        checker.set_corpus(Some(Arc::new(loaded)));
        let wanted = {
            let current = Arc::clone(&current);
            Box::new(move || current.load(Ordering::SeqCst))
        };
        let r = checker
            .check(text(&WRONG.repeat(20)), MARKDOWN, wanted)
            .await;
        assert_eq!(r.map(|c| c.findings.len()), Err(CheckError::Skipped));
        // A wanted check on the same worker still runs to the end.
        current.store(true, Ordering::SeqCst);
        let ok = checker.check(text(WRONG), MARKDOWN, always()).await;
        assert_eq!(ok.map(|c| c.findings.len()), Ok(1));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn drafts_over_max_draft_bytes_are_refused_not_checked() {
        let checker = Checker::spawn(None).expect("spawn");
        let mut loaded = robots();
        loaded.max_draft_bytes = WRONG.len() as u64 - 1;
        checker.set_corpus(Some(Arc::new(loaded)));
        let r = checker.check(text(WRONG), MARKDOWN, always()).await;
        match r {
            Err(e @ CheckError::TooLarge { .. }) => {
                assert!(e.to_string().contains("max-draft-bytes"), "{e}");
            }
            other => panic!(
                "expected TooLarge, got {:?}",
                other.map(|c| c.findings.len())
            ),
        }
        let short = &WRONG[..WRONG.len() - 1];
        let ok = checker.check(text(short), MARKDOWN, always()).await;
        assert!(ok.is_ok(), "a draft at the limit is checked");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn unreadable_sources_in_front_matter_are_an_error_not_a_check() {
        let checker = Checker::spawn(None).expect("spawn");
        checker.set_corpus(Some(Arc::new(robots())));
        let broken = format!("---\nsources: [a.txt\n---\n\n{WRONG}");
        let r = checker.check(text(&broken), MARKDOWN, always()).await;
        match r {
            Err(e @ CheckError::FrontMatter(_)) => {
                assert!(e.to_string().contains("front matter line"), "{e}");
            }
            other => panic!(
                "expected FrontMatter, got {:?}",
                other.map(|c| c.findings.len())
            ),
        }
        let typo = format!("---\nsources: [nope.txt]\n---\n\n{WRONG}");
        let r = checker.check(text(&typo), MARKDOWN, always()).await;
        assert_eq!(
            r.map(|c| c.findings.len()),
            Err(CheckError::NoSuchSources("nope.txt".into()))
        );
        let named = format!("---\nsources: [\"*\"]\n---\n\n{WRONG}");
        let ok = checker.check(text(&named), MARKDOWN, always()).await;
        assert!(ok.is_ok(), "readable front matter is checked");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panic_in_a_check_is_an_error_and_the_workers_keep_going() {
        let hook: CheckHook = Arc::new(|stage, text| {
            if stage == CheckStage::Start && text.contains("<!-- panic -->") {
                let at = text.find('É').unwrap_or(0) + 1;
                let _ = &text[at..]; // inside É: the bug class of issue 7
            }
        });
        let checker = Checker::spawn(Some(hook)).expect("spawn");
        let loaded = robots();
        checker.set_corpus(Some(Arc::new(loaded)));
        for _ in 0..=WORKERS {
            let r = checker
                .check(text("<!-- panic -->\nÉric said 5.\n"), MARKDOWN, always())
                .await;
            match r {
                Err(CheckError::Panicked(p)) => {
                    assert!(p.message.contains("char boundary"), "{p}");
                }
                other => panic!("expected a contained panic, got {other:?}"),
            }
        }
        let ok = checker
            .check(text(WRONG), MARKDOWN, always())
            .await
            .expect("still checking");
        assert_eq!(ok.findings.len(), 1);
    }
}
