//! The protocol side: documents, scheduling, the corpus's lifecycle, and the handlers.
//!
//! tower-lsp-server runs up to four handlers at once, so two rules keep the state sound:
//! document updates are applied in the order the client sent them, by [`Ordered`], before
//! any handler runs; and a check's diagnostics are published only while the version it
//! checked is still the document's current one, decided under a lock held while
//! publishing, so an older check finishing late can never overwrite a newer one.
//!
//! Two more rules make the server dependable on any input and any client:
//! - a panic in checking one document (the engine, the suppression filter, building the
//!   diagnostics) is contained ([`crate::contain`]): the server logs one line naming the
//!   document and version, and publishes empty diagnostics for that version, so the
//!   previous version's problems never stand as if they were current;
//! - the corpus is loaded once the client is initialized, even when the client sent
//!   `initialized` before it had the `initialize` reply (tower-lsp-server drops such an
//!   early notification), or never sent it but opened a draft: see [`Ordered`].

use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use figcheck_corpus::cluster::Cluster;
use figcheck_corpus::{Corpus, OpenOptions, Progress, Sources};
use serde_json::Value;
use tokio::task::{AbortHandle, JoinHandle};
use tower_lsp_server::jsonrpc::{self, Request};
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    CodeActionResponse, DidChangeConfigurationParams, DidChangeTextDocumentParams,
    DidChangeWatchedFilesParams, DidChangeWatchedFilesRegistrationOptions,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, ExecuteCommandOptions,
    ExecuteCommandParams, FileSystemWatcher, GlobPattern, GotoDefinitionParams,
    GotoDefinitionResponse, Hover, HoverParams, HoverProviderCapability, InitializeParams,
    InitializeResult, InitializedParams, LSPAny, MarkupKind, MessageType, NumberOrString, OneOf,
    Registration, RelativePattern, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, Unregistration, Uri,
};
use tower_lsp_server::{Client, LanguageServer};

use crate::status::{CorpusState, Status, StatusNotification};

use crate::checker::{Backing, CheckError, Checker, Loaded};
use crate::features::Analysis;
use crate::log::log;
use crate::settings::{DEFAULT_DEBOUNCE, Settings, Setup, resolve};
use crate::text::{Document, Encoding, Indexed, Kind, kind_of};
use crate::watch;
use figcheck_corpus::contain::{Panic, contain};
use figcheck_printer::Levels;

/// The command that re-reads the config, re-indexes the corpus and re-checks every open
/// draft.
pub const RECHECK_COMMAND: &str = "figcheck.recheck";

/// The command that explains the figure at a position: its argument is a
/// `TextDocumentPositionParams`, its result the text `figcheck explain` prints.
pub const EXPLAIN_COMMAND: &str = "figcheck.explain";

/// How long the server waits for the client to answer one of its requests. Handlers run
/// a few at a time; one waiting forever on a client that never answers would stall them.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(2);
/// How long a hover or code action waits for a check of the current text.
const ANALYSIS_WAIT: Duration = Duration::from_secs(5);
/// How often the sources are stat'ed when the client cannot watch files.
const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// How long the server's own watcher gathers the events of one change before
/// re-indexing.
const WATCH_SETTLE: Duration = Duration::from_millis(150);
const WATCH_REGISTRATION: &str = "figcheck-watch-sources";

#[derive(Clone, Copy, Debug, Default)]
struct ClientCaps {
    progress: bool,
    watch_files: bool,
    relative_patterns: bool,
    markdown_hover: bool,
}

struct DocState {
    doc: Document,
    /// The latest findings, possibly for an older version.
    analysis: Option<Arc<Analysis>>,
    /// The scheduled or running check; replaced (and aborted) by every edit.
    pending: Option<JoinHandle<()>>,
    /// When the last check started, for the throttle in [`Shared::schedule`].
    last_fire: Option<Instant>,
}

#[derive(Default)]
struct State {
    encoding: Encoding,
    root: PathBuf,
    settings: Settings,
    setup: Option<Setup>,
    corpus: Option<Arc<Loaded>>,
    docs: HashMap<Uri, DocState>,
    caps: ClientCaps,
    /// Corpus dirs the client watches for us, once registered.
    watched: Option<Vec<PathBuf>>,
    /// Our own watcher of the corpus dirs (for clients that cannot watch), and the
    /// setup it watches for.
    disk_watcher: Option<(Setup, notify::RecommendedWatcher)>,
    polling: bool,
    /// Said during `initialize`, when the client may not be told yet.
    early_messages: Vec<(MessageType, String)>,
    /// Set when our `initialize` handler has built its answer.
    initialize_ok: bool,
    shutdown: bool,
}

/// Everything the handlers share.
/// What a check of one version left to report, once filtered.
#[derive(Default)]
struct Found {
    findings: Vec<figcheck_check::Finding>,
    unused: Vec<figcheck_check::Unused>,
    /// Lines of a claims file that do not parse.
    syntax: Vec<figcheck_claims::FileError>,
}

pub(crate) struct Shared {
    client: Client,
    state: Mutex<State>,
    checker: Checker,
    /// Held while deciding to publish and publishing, so publications stay in order.
    publish: tokio::sync::Mutex<()>,
    /// Held while re-indexing: one re-index at a time.
    reload: tokio::sync::Mutex<()>,
    reload_wanted: AtomicBool,
    background: Mutex<Vec<AbortHandle>>,
    progress_tokens: AtomicU64,
    /// Whether [`Shared::start`] has run: it must run exactly once.
    started: AtomicBool,
    /// Whether the client has sent `initialized`, however early.
    saw_initialized: AtomicBool,
    /// Whether our `initialize` handler has answered (successfully).
    answered_initialize: AtomicBool,
    /// The `figcheck.toml` named on the command line (`figcheck --config X lsp`), used
    /// when the editor's settings name none.
    config: Option<PathBuf>,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn shutdown_requested(&self) -> bool {
        self.state().shutdown
    }

    /// Stops every task the server started: scheduled checks and the poller.
    pub(crate) fn stop(&self) {
        let mut st = self.state();
        for d in st.docs.values_mut() {
            if let Some(p) = d.pending.take() {
                p.abort();
            }
        }
        drop(st);
        let tasks = std::mem::take(&mut *self.background.lock().unwrap_or_else(|e| e.into_inner()));
        for t in tasks {
            t.abort();
        }
    }

    /// Tells the client what the corpus is doing (`figcheck/status`).
    async fn status(&self, state: CorpusState, message: String) {
        self.client
            .send_notification::<StatusNotification>(Status { state, message })
            .await;
    }

    async fn tell(&self, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        match typ {
            MessageType::ERROR => log!(Error, "{message}"),
            MessageType::WARNING => log!(Warn, "{message}"),
            _ => log!(Info, "{message}"),
        }
        self.client.log_message(typ, message).await;
    }

    /// What follows `initialized`: the messages held back during `initialize`, then
    /// loading the corpus. Runs once, whichever of its callers comes first (see
    /// [`Ordered`]).
    fn start(self: &Arc<Self>) {
        if self.started.swap(true, Ordering::SeqCst) {
            return;
        }
        let this = Arc::clone(self);
        tokio::spawn(async move {
            let early = std::mem::take(&mut this.state().early_messages);
            for (typ, message) in early {
                this.tell(typ, message).await;
            }
            // Indexing may take a while on a big corpus: it runs on its own task, and
            // drafts opened meanwhile are checked when it is done.
            this.request_reload();
        });
    }

    /// Called by [`Ordered`] when our `initialize` answer has been produced.
    fn initialize_answered(self: &Arc<Self>) {
        self.answered_initialize.store(true, Ordering::SeqCst);
        if self.saw_initialized.load(Ordering::SeqCst) {
            // `initialized` came before the answer and may have been dropped.
            self.start();
        }
    }

    /// Called by [`Ordered`] for every notification, in arrival order, before the
    /// handlers see it.
    fn on_lifecycle(self: &Arc<Self>, method: &str) {
        match method {
            "initialized" => {
                self.saw_initialized.store(true, Ordering::SeqCst);
                if self.answered_initialize.load(Ordering::SeqCst) {
                    // The handler will run, but nothing is lost by starting here.
                    self.start();
                }
            }
            // A draft needs the corpus: a client that never sent `initialized` still
            // gets one once it has been answered.
            "textDocument/didOpen" if self.answered_initialize.load(Ordering::SeqCst) => {
                self.start();
            }
            _ => {}
        }
    }

    /// Reports, in one line, a panic while working on one version of one document.
    async fn report_panic(&self, uri: &Uri, version: i32, what: &str, panic: &Panic) {
        self.tell(
            MessageType::ERROR,
            format!(
                "figcheck could not {what} {} v{version}: {panic}",
                uri.as_str()
            ),
        )
        .await;
    }

    // --- documents, applied in arrival order by `Ordered` ---

    /// Applies a document notification the moment it arrives. Called from
    /// [`Ordered::call`], synchronously and in the order the client sent notifications.
    fn on_notification(self: &Arc<Self>, method: &str, params: Option<&Value>) {
        let Some(params) = params else { return };
        if self.state().shutdown {
            return;
        }
        match method {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params.clone()) {
                    self.open(p);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params.clone())
                {
                    self.change(p);
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params.clone())
                {
                    self.close(p.text_document.uri);
                }
            }
            _ => {}
        }
    }

    fn open(self: &Arc<Self>, p: DidOpenTextDocumentParams) {
        let item = p.text_document;
        let Some(kind) = kind_of(&item.language_id, &item.uri) else {
            log!(Debug, "not a draft, left alone: {}", item.uri.as_str());
            return;
        };
        let mut st = self.state();
        if let Some(old) = st.docs.remove(&item.uri).and_then(|d| d.pending) {
            old.abort();
        }
        st.docs.insert(
            item.uri.clone(),
            DocState {
                doc: Document::new(item.text, item.version, kind),
                analysis: None,
                pending: None,
                last_fire: None,
            },
        );
        drop(st);
        self.schedule(&item.uri, true);
    }

    fn change(self: &Arc<Self>, p: DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let mut st = self.state();
        let enc = st.encoding;
        let Some(d) = st.docs.get_mut(&uri) else {
            log!(
                Debug,
                "change to a document that is not open: {}",
                uri.as_str()
            );
            return;
        };
        d.doc
            .apply(&p.content_changes, p.text_document.version, enc);
        drop(st);
        self.schedule(&uri, false);
    }

    fn close(self: &Arc<Self>, uri: Uri) {
        let Some(d) = self.state().docs.remove(&uri) else {
            return;
        };
        if let Some(p) = d.pending {
            p.abort();
        }
        // Clears the closed draft's problems, unless it was reopened in the meantime.
        let this = Arc::clone(self);
        tokio::spawn(async move {
            let _order = this.publish.lock().await;
            if !this.state().docs.contains_key(&uri) {
                this.client.publish_diagnostics(uri, Vec::new(), None).await;
            }
        });
    }

    // --- checking ---

    /// Schedules a check of `uri`'s current version, replacing any scheduled before.
    ///
    /// A throttle, not a pure debounce: an edit after a quiet spell is checked at once (so
    /// a single fix shows its result in milliseconds), while a burst of edits is checked at
    /// most once per debounce window, with the latest text. `immediate` skips the wait
    /// (opening a draft, a new corpus).
    fn schedule(self: &Arc<Self>, uri: &Uri, immediate: bool) {
        let mut st = self.state();
        let window = st.setup.as_ref().map_or(DEFAULT_DEBOUNCE, |s| s.debounce);
        let Some(d) = st.docs.get_mut(uri) else {
            return;
        };
        if let Some(p) = d.pending.take() {
            p.abort();
        }
        let delay = match (immediate, d.last_fire) {
            (false, Some(t)) => window.saturating_sub(t.elapsed()),
            _ => Duration::ZERO,
        };
        let version = d.doc.version;
        let this = Arc::clone(self);
        let uri = uri.clone();
        d.pending = Some(tokio::spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            this.check_and_publish(uri, version).await;
        }));
    }

    async fn check_and_publish(self: Arc<Self>, uri: Uri, version: i32) {
        let (content, kind) = {
            let mut st = self.state();
            if st.corpus.is_none() {
                // Indexing will re-check every open draft when it is done.
                return;
            }
            let Some(d) = st.docs.get_mut(&uri) else {
                return;
            };
            if d.doc.version != version {
                return;
            }
            d.last_fire = Some(Instant::now());
            (Arc::clone(&d.doc.content), d.doc.kind)
        };
        let Some(analysis) = self.run_check(&uri, content, kind, version).await else {
            return;
        };
        let _order = self.publish.lock().await;
        let diagnostics = {
            let st = self.state();
            match st.docs.get(&uri) {
                Some(d) if d.doc.version == version => {
                    let levels = st.setup.as_ref().map(|s| s.levels).unwrap_or_default();
                    let encoding = st.encoding;
                    drop(st);
                    contain(|| analysis.diagnostics(&levels, encoding))
                }
                _ => return,
            }
        };
        let diagnostics = match diagnostics {
            Ok(diagnostics) => diagnostics,
            Err(panic) => {
                self.report_panic(&uri, version, "show the problems of", &panic)
                    .await;
                Vec::new()
            }
        };
        self.client
            .publish_diagnostics(uri, diagnostics, Some(version))
            .await;
    }

    /// Checks one version of a document and keeps the result if that version is still
    /// current. A panic anywhere in it gives an analysis with no findings, so what is
    /// published for this version is empty, never the previous version's problems.
    async fn run_check(
        self: &Arc<Self>,
        uri: &Uri,
        content: Arc<Indexed>,
        kind: Kind,
        version: i32,
    ) -> Option<Arc<Analysis>> {
        let weak: Weak<Shared> = Arc::downgrade(self);
        let key = uri.clone();
        let wanted = Box::new(move || {
            weak.upgrade().is_some_and(|s| {
                s.state()
                    .docs
                    .get(&key)
                    .is_some_and(|d| d.doc.version == version)
            })
        });
        match self.checker.check(Arc::clone(&content), kind, wanted).await {
            Ok(checked) => {
                log!(
                    Debug,
                    "checked {} v{version} in {:?}: {} figures",
                    uri.as_str(),
                    checked.took,
                    checked.findings.len()
                );
                let levels = self.levels();
                let loaded = Arc::clone(&checked.loaded);
                let syntax = checked.syntax;
                // A claims file has no suppression comments: every claim in it is meant.
                let filtered = contain(|| match kind {
                    Kind::Claims => (checked.findings, Vec::new()),
                    Kind::Draft(format) => figcheck_printer::keep_reported(
                        &content.text,
                        format,
                        checked.findings,
                        &checked.loaded.ignores,
                        &levels,
                    ),
                });
                let (findings, unused) = match filtered {
                    Ok(kept) => kept,
                    Err(panic) => {
                        self.report_panic(uri, version, "read the suppressions of", &panic)
                            .await;
                        (Vec::new(), Vec::new())
                    }
                };
                let found = Found {
                    findings,
                    unused,
                    syntax,
                };
                Some(self.keep(uri, version, content, kind, found, loaded))
            }
            Err(
                e @ (CheckError::TooLarge { .. }
                | CheckError::SearchFailed(_)
                | CheckError::FrontMatter(_)
                | CheckError::NoSuchSources(_)
                | CheckError::Panicked(_)),
            ) => {
                // Said once per version, and the document's old diagnostics cleared:
                // they would otherwise stand for a text that is no longer checked.
                match &e {
                    CheckError::Panicked(panic) => {
                        self.report_panic(uri, version, "check", panic).await;
                    }
                    _ => {
                        self.tell(MessageType::WARNING, format!("{}: {e}", uri.as_str()))
                            .await;
                    }
                }
                let loaded = self.state().corpus.clone()?;
                Some(self.keep(uri, version, content, kind, Found::default(), loaded))
            }
            Err(e) => {
                log!(Debug, "no check of {} v{version}: {e}", uri.as_str());
                None
            }
        }
    }

    /// Stores the analysis of `version` if it is still the document's current one.
    fn keep(
        &self,
        uri: &Uri,
        version: i32,
        content: Arc<Indexed>,
        kind: Kind,
        found: Found,
        loaded: Arc<Loaded>,
    ) -> Arc<Analysis> {
        let analysis = Arc::new(Analysis {
            version,
            content,
            kind,
            findings: found.findings,
            unused: found.unused,
            syntax: found.syntax,
            loaded,
        });
        let mut st = self.state();
        if let Some(d) = st.docs.get_mut(uri)
            && d.doc.version == version
        {
            d.analysis = Some(Arc::clone(&analysis));
        }
        analysis
    }

    /// The findings for the document's current text: the stored ones if current, else a
    /// fresh check. `None` at once when no corpus is loaded yet, so a hover never waits
    /// for indexing.
    async fn analysis(
        self: &Arc<Self>,
        uri: &Uri,
    ) -> Option<(Arc<Analysis>, Encoding, Levels, ClientCaps)> {
        let (content, kind, version, enc, levels, caps) = {
            let st = self.state();
            let d = st.docs.get(uri)?;
            let levels = st.setup.as_ref().map(|s| s.levels).unwrap_or_default();
            if let Some(a) = &d.analysis
                && a.version == d.doc.version
            {
                return Some((Arc::clone(a), st.encoding, levels, st.caps));
            }
            st.corpus.as_ref()?;
            (
                Arc::clone(&d.doc.content),
                d.doc.kind,
                d.doc.version,
                st.encoding,
                levels,
                st.caps,
            )
        };
        let fresh =
            tokio::time::timeout(ANALYSIS_WAIT, self.run_check(uri, content, kind, version))
                .await
                .ok()??;
        Some((fresh, enc, levels, caps))
    }

    fn levels(&self) -> Levels {
        self.state()
            .setup
            .as_ref()
            .map(|s| s.levels)
            .unwrap_or_default()
    }

    fn recheck_all(self: &Arc<Self>) {
        let uris: Vec<Uri> = self.state().docs.keys().cloned().collect();
        for uri in uris {
            self.schedule(&uri, true);
        }
    }

    // --- the corpus ---

    /// Asks for a re-index; requests arriving while one runs are folded into one more.
    fn request_reload(self: &Arc<Self>) {
        self.reload_wanted.store(true, Ordering::SeqCst);
        let this = Arc::clone(self);
        tokio::spawn(async move {
            loop {
                {
                    let Ok(_running) = this.reload.try_lock() else {
                        // The running re-index will see the flag when it is done.
                        return;
                    };
                    while this.reload_wanted.swap(false, Ordering::SeqCst) {
                        this.reload_once().await;
                    }
                }
                if !this.reload_wanted.load(Ordering::SeqCst) {
                    return;
                }
            }
        });
    }

    /// Re-indexes now, after any re-index already running.
    async fn reload_now(self: &Arc<Self>) {
        let _running = self.reload.lock().await;
        self.reload_wanted.store(false, Ordering::SeqCst);
        self.reload_once().await;
    }

    async fn reload_once(self: &Arc<Self>) {
        let (root, mut settings) = {
            let st = self.state();
            (st.root.clone(), st.settings.clone())
        };
        if settings.config.is_none() {
            settings.config.clone_from(&self.config);
        }
        let setup = match resolve(&root, &settings) {
            Ok(setup) => setup,
            Err(e) => {
                // A corpus that was there and is gone is an error; none from the start is
                // how a workspace without sources looks, worth a warning.
                let (typ, keeping) = if self.state().corpus.is_some() {
                    (
                        MessageType::ERROR,
                        "; checking against the corpus as it was",
                    )
                } else {
                    (MessageType::WARNING, "")
                };
                self.tell(typ, format!("figcheck: {e}{keeping}")).await;
                let state = match e {
                    crate::settings::SetupError::NoCorpus { .. } => CorpusState::NoCorpus,
                    crate::settings::SetupError::Config(_) => CorpusState::Error,
                };
                self.status(state, e.to_string()).await;
                return;
            }
        };
        self.state().setup = Some(setup.clone());

        self.status(CorpusState::Indexing, "indexing the corpus".to_string())
            .await;
        let progress = self.begin_progress().await;
        let opts = OpenOptions {
            corpus_dirs: setup.corpus_dirs.clone(),
            index_dir: setup.index_dir.clone(),
            include: setup.include.clone(),
            exclude: setup.exclude.clone(),
            max_source_bytes: setup.config.max_source_bytes,
        };
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let root_for_task = setup.root.clone();
        let tolerance = setup.config.tolerance;
        let max_draft_bytes = setup.config.draft_limit();
        let ignores = figcheck_check::Ignores::new(
            &setup.config.ignore.figures,
            &setup.config.ignore.phrases,
        );
        let backend = setup.config.backend.clone();
        let mut task = tokio::task::spawn_blocking(move || {
            // A cluster is only read: what `figcheck index --backend` pushed is what is
            // checked against.
            if let Some(spec) = backend {
                let cluster = Cluster::connect(&spec)?;
                let figures = cluster.figure_count();
                let notes = vec![format!("checking against {}", cluster.label())];
                let mut loaded = Loaded::new(
                    Backing::Cluster(cluster),
                    &root_for_task,
                    tolerance,
                    ignores,
                );
                loaded.max_draft_bytes = max_draft_bytes;
                return Ok((
                    loaded,
                    notes,
                    figcheck_corpus::IndexStats::default(),
                    figures,
                ));
            }
            let opened = Corpus::open(&opts, &mut |p| {
                let _ = tx.send(p);
            })?;
            let notes = opened.notes;
            let stats = opened.stats;
            let figures = opened.corpus.figure_count();
            let mut loaded = Loaded::new(opened.corpus, &root_for_task, tolerance, ignores);
            loaded.max_draft_bytes = max_draft_bytes;
            Ok::<_, figcheck_corpus::CorpusError>((loaded, notes, stats, figures))
        });
        let mut shown = None;
        let result = loop {
            tokio::select! {
                Some(p) = rx.recv() => {
                    if let (Some(progress), Progress::Indexing { done, total, path }) = (&progress, p) {
                        let percent = u32::try_from(done * 100 / total.max(1)).unwrap_or(100);
                        if shown != Some(percent) {
                            shown = Some(percent);
                            let shown = crate::checker::shown_path(&path, &setup.root);
                            progress.report_with_message(shown, percent).await;
                        }
                    }
                }
                r = &mut task => break r,
            }
        };
        match result {
            Ok(Ok((loaded, notes, stats, figures))) => {
                for note in notes {
                    self.tell(MessageType::INFO, format!("figcheck: {note}"))
                        .await;
                }
                let loaded = Arc::new(loaded);
                self.state().corpus = Some(Arc::clone(&loaded));
                self.checker.set_corpus(Some(loaded));
                self.tell(
                    MessageType::INFO,
                    format!(
                        "figcheck: corpus ready ({} indexed, {} reused, {} removed; {figures} figures)",
                        stats.indexed, stats.reused, stats.removed
                    ),
                )
                .await;
                let sources = stats.indexed + stats.reused;
                let noun = if sources == 1 { "source" } else { "sources" };
                self.status(
                    CorpusState::Ready,
                    format!("{sources} {noun}, {figures} figures"),
                )
                .await;
            }
            Ok(Err(e)) => {
                let keeping = if self.state().corpus.is_some() {
                    "checking against the corpus as it was"
                } else {
                    "no corpus to check against"
                };
                self.tell(
                    MessageType::ERROR,
                    format!("figcheck: could not open the corpus: {e}; {keeping}"),
                )
                .await;
                self.status(
                    CorpusState::Error,
                    format!("could not open the corpus: {e}"),
                )
                .await;
            }
            Err(e) => {
                self.tell(
                    MessageType::ERROR,
                    format!("figcheck: indexing failed: {e}"),
                )
                .await;
                self.status(CorpusState::Error, format!("indexing failed: {e}"))
                    .await;
            }
        }
        if let Some(progress) = progress {
            progress.finish().await;
        }
        self.recheck_all();
        self.watch(&setup).await;
    }

    async fn begin_progress(
        &self,
    ) -> Option<
        tower_lsp_server::OngoingProgress<
            tower_lsp_server::Bounded,
            tower_lsp_server::NotCancellable,
        >,
    > {
        if !self.state().caps.progress {
            return None;
        }
        let n = self.progress_tokens.fetch_add(1, Ordering::Relaxed);
        let token = NumberOrString::String(format!("figcheck/index/{n}"));
        match tokio::time::timeout(
            CLIENT_TIMEOUT,
            self.client.create_work_done_progress(token.clone()),
        )
        .await
        {
            Ok(Ok(())) => {}
            _ => return None,
        }
        Some(
            self.client
                .progress(token, "figcheck")
                .with_message("indexing the corpus")
                .with_percentage(0)
                .begin()
                .await,
        )
    }

    /// Makes sure source changes reach us: asks the client to watch the corpus dirs, or
    /// polls them when it cannot.
    async fn watch(self: &Arc<Self>, setup: &Setup) {
        let (caps, watched, polling) = {
            let st = self.state();
            (st.caps, st.watched.clone(), st.polling)
        };
        if !caps.watch_files {
            if polling {
                return;
            }
            if let Err(e) = self.watch_on_disk(setup) {
                log!(Warn, "cannot watch the corpus ({e}); polling instead");
                self.state().polling = true;
                self.spawn_poller();
            }
            return;
        }
        if watched.as_ref() == Some(&setup.corpus_dirs) {
            return;
        }
        if watched.is_some() {
            let gone = Unregistration {
                id: WATCH_REGISTRATION.to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
            };
            let _ = tokio::time::timeout(
                CLIENT_TIMEOUT,
                self.client.unregister_capability(vec![gone]),
            )
            .await;
        }
        let mut watchers: Vec<FileSystemWatcher> = Vec::new();
        if caps.relative_patterns {
            for dir in &setup.corpus_dirs {
                if let Some(base) = Uri::from_file_path(dir) {
                    watchers.push(FileSystemWatcher {
                        glob_pattern: GlobPattern::Relative(RelativePattern {
                            base_uri: OneOf::Right(base),
                            pattern: watch::source_glob(),
                        }),
                        kind: None,
                    });
                }
            }
        } else {
            // Without relative patterns, watch sources anywhere; events are filtered.
            watchers.push(FileSystemWatcher {
                glob_pattern: GlobPattern::String(watch::source_glob()),
                kind: None,
            });
        }
        watchers.push(FileSystemWatcher {
            glob_pattern: GlobPattern::String(format!("**/{}", figcheck_config::FILE_NAME)),
            kind: None,
        });
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let registration = Registration {
            id: WATCH_REGISTRATION.to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        };
        match tokio::time::timeout(
            CLIENT_TIMEOUT,
            self.client.register_capability(vec![registration]),
        )
        .await
        {
            Ok(Ok(())) => self.state().watched = Some(setup.corpus_dirs.clone()),
            _ => {
                log!(
                    Warn,
                    "the client did not accept file watching; polling instead"
                );
                let polling = std::mem::replace(&mut self.state().polling, true);
                if !polling {
                    self.spawn_poller();
                }
            }
        }
    }

    /// Watches the corpus dirs and the config file with the operating system's
    /// notifications (inotify, FSEvents, ReadDirectoryChangesW, through `notify`), for a
    /// client that cannot watch files for us. An event re-indexes when it touches a file
    /// the corpus reads ([`watch::is_relevant`]); reads, and the index's own writes, do
    /// not.
    fn watch_on_disk(self: &Arc<Self>, setup: &Setup) -> notify::Result<()> {
        use notify::{EventKind, RecursiveMode, Watcher, event::MetadataKind, event::ModifyKind};
        if self
            .state()
            .disk_watcher
            .as_ref()
            .is_some_and(|(watching, _)| watching == setup)
        {
            return Ok(());
        }
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<()>();
        let seen = setup.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                let changes = !matches!(
                    event.kind,
                    EventKind::Access(_)
                        | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
                );
                if changes && event.paths.iter().any(|p| watch::is_relevant(p, &seen)) {
                    let _ = tx.send(());
                }
            })?;
        // One save is several events (create, write, rename): they are gathered for a
        // moment and re-index once.
        let weak = Arc::downgrade(self);
        let task = tokio::spawn(async move {
            while rx.recv().await.is_some() {
                tokio::time::sleep(WATCH_SETTLE).await;
                while rx.try_recv().is_ok() {}
                let Some(this) = weak.upgrade() else { return };
                log!(Info, "sources changed on disk; re-indexing");
                this.request_reload();
            }
        });
        self.background
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task.abort_handle());
        for dir in &setup.corpus_dirs {
            watcher.watch(dir, RecursiveMode::Recursive)?;
        }
        if let Some(dir) = setup.config.path.as_deref().and_then(Path::parent) {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            watcher.watch(dir, RecursiveMode::NonRecursive)?;
        }
        self.state().disk_watcher = Some((setup.clone(), watcher));
        Ok(())
    }

    fn spawn_poller(self: &Arc<Self>) {
        let weak = Arc::downgrade(self);
        let task = tokio::spawn(async move {
            let mut last: Option<u64> = None;
            let mut first = true;
            loop {
                if !std::mem::take(&mut first) {
                    tokio::time::sleep(POLL_INTERVAL).await;
                }
                let Some(this) = weak.upgrade() else { return };
                let Some(setup) = this.state().setup.clone() else {
                    continue;
                };
                let Ok(now) = tokio::task::spawn_blocking(move || watch::fingerprint(&setup)).await
                else {
                    continue;
                };
                if last.is_some_and(|l| l != now) {
                    log!(Info, "sources changed on disk; re-indexing");
                    this.request_reload();
                }
                last = Some(now);
            }
        });
        self.background
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task.abort_handle());
    }
}

/// Passes every message on to the service, after applying document notifications to the
/// shared state right away.
///
/// tower-lsp-server hands each message to the service in arrival order, but runs the
/// resulting futures concurrently, so two `didChange` handlers could apply their edits in
/// either order. `call` runs synchronously, in order; incremental edits applied here can
/// never be reordered.
///
/// It also sees the lifecycle as it happens. tower-lsp-server drops, silently, any
/// notification that arrives before its `initialize` answer is ready, `initialized`
/// included, and a client that pipelines the two would then never get a corpus. So
/// `Ordered` notes `initialized` whenever it comes and, once the `initialize` answer has
/// been produced, starts the corpus itself if `initialized` came first
/// ([`Shared::start`] runs once, whoever calls it).
pub(crate) struct Ordered<S> {
    pub inner: S,
    pub shared: Arc<Shared>,
}

type Answer<R, E> = Pin<Box<dyn Future<Output = Result<R, E>> + Send>>;

impl<S> tower_service::Service<Request> for Ordered<S>
where
    S: tower_service::Service<Request>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Answer<S::Response, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let initialize = req.id().is_some() && req.method() == "initialize";
        if req.id().is_none() {
            self.shared.on_lifecycle(req.method());
            self.shared.on_notification(req.method(), req.params());
        }
        let answer = self.inner.call(req);
        if !initialize {
            return Box::pin(answer);
        }
        let shared = Arc::clone(&self.shared);
        Box::pin(async move {
            let answer = answer.await;
            // Set by our handler only when it answered; a duplicate `initialize` that
            // tower-lsp-server refuses never reaches it.
            if shared.state().initialize_ok {
                shared.initialize_answered();
            }
            answer
        })
    }
}

/// The language server's handlers.
pub(crate) struct Backend {
    pub shared: Arc<Shared>,
}

impl Backend {
    pub fn new(client: Client, checker: Checker, config: Option<PathBuf>) -> Backend {
        Backend {
            shared: Arc::new(Shared {
                client,
                state: Mutex::new(State::default()),
                checker,
                publish: tokio::sync::Mutex::new(()),
                reload: tokio::sync::Mutex::new(()),
                reload_wanted: AtomicBool::new(false),
                background: Mutex::new(Vec::new()),
                progress_tokens: AtomicU64::new(0),
                started: AtomicBool::new(false),
                saw_initialized: AtomicBool::new(false),
                answered_initialize: AtomicBool::new(false),
                config,
            }),
        }
    }
}

fn workspace_root(params: &InitializeParams) -> PathBuf {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| f.uri.to_file_path().map(|p| p.into_owned()));
    #[allow(deprecated)] // root_uri is what clients without workspace folders send
    let root_uri = params
        .root_uri
        .as_ref()
        .and_then(|u| u.to_file_path().map(|p| p.into_owned()));
    folder
        .or(root_uri)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> jsonrpc::Result<InitializeResult> {
        let caps = &params.capabilities;
        let encoding = Encoding::negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let watched = caps
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref());
        let client_caps = ClientCaps {
            progress: caps
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            watch_files: watched
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            relative_patterns: watched
                .and_then(|w| w.relative_pattern_support)
                .unwrap_or(false),
            markdown_hover: caps
                .text_document
                .as_ref()
                .and_then(|t| t.hover.as_ref())
                .and_then(|h| h.content_format.as_ref())
                .is_some_and(|f| f.contains(&MarkupKind::Markdown)),
        };
        let root = workspace_root(&params);
        let mut st = self.shared.state();
        st.encoding = encoding;
        st.caps = client_caps;
        st.root = root;
        if let Some(options) = &params.initialization_options {
            match Settings::from_json(options) {
                Ok(s) => st.settings = s,
                Err(e) => st.early_messages.push((MessageType::WARNING, e)),
            }
        }
        st.initialize_ok = true;
        log!(
            Info,
            "initialize: root {}, {:?}",
            st.root.display(),
            encoding
        );
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![RECHECK_COMMAND.to_string(), EXPLAIN_COMMAND.to_string()],
                    ..ExecuteCommandOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "figcheck".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            ..InitializeResult::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.shared.start();
    }

    async fn shutdown(&self) -> jsonrpc::Result<()> {
        self.shared.state().shutdown = true;
        self.shared.stop();
        Ok(())
    }

    // Document notifications were applied by `Ordered`; these only acknowledge them.
    async fn did_open(&self, _: DidOpenTextDocumentParams) {}
    async fn did_change(&self, _: DidChangeTextDocumentParams) {}
    async fn did_close(&self, _: DidCloseTextDocumentParams) {}

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if params.settings.is_null() {
            return;
        }
        match Settings::from_json(&params.settings) {
            Ok(settings) => {
                let changed = {
                    let mut st = self.shared.state();
                    let changed = st.settings != settings;
                    st.settings = settings;
                    changed
                };
                if changed {
                    self.shared.request_reload();
                }
            }
            Err(e) => self.shared.tell(MessageType::WARNING, e).await,
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let Some(setup) = self.shared.state().setup.clone() else {
            return;
        };
        let relevant = params.changes.iter().any(|c| {
            c.uri
                .to_file_path()
                .is_some_and(|p| watch::is_relevant(&p, &setup))
        });
        if relevant {
            self.shared.request_reload();
        }
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> jsonrpc::Result<Option<LSPAny>> {
        match params.command.as_str() {
            RECHECK_COMMAND => {
                self.shared.reload_now().await;
                Ok(None)
            }
            EXPLAIN_COMMAND => {
                let at: tower_lsp_server::ls_types::TextDocumentPositionParams = params
                    .arguments
                    .into_iter()
                    .next()
                    .and_then(|a| serde_json::from_value(a).ok())
                    .ok_or_else(|| {
                        jsonrpc::Error::invalid_params(format!(
                            "{EXPLAIN_COMMAND} takes one argument: {{\"textDocument\": {{\"uri\": …}}, \"position\": …}}"
                        ))
                    })?;
                let uri = at.text_document.uri;
                let Some((a, enc, _, _)) = self.shared.analysis(&uri).await else {
                    return Ok(Some(LSPAny::String(
                        "figcheck: no corpus is loaded yet, so nothing was checked".to_string(),
                    )));
                };
                Ok(Some(LSPAny::String(a.explain(&uri, at.position, enc))))
            }
            other => Err(jsonrpc::Error::invalid_params(format!(
                "unknown command {other}"
            ))),
        }
    }

    async fn hover(&self, params: HoverParams) -> jsonrpc::Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some((a, enc, _, caps)) = self.shared.analysis(&at.text_document.uri).await else {
            return Ok(None);
        };
        Ok(a.hover(at.position, enc, caps.markdown_hover))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> jsonrpc::Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        let Some((a, enc, _, _)) = self.shared.analysis(&at.text_document.uri).await else {
            return Ok(None);
        };
        Ok(a.definition(at.position, enc)
            .map(GotoDefinitionResponse::Scalar))
    }

    async fn code_action(
        &self,
        params: CodeActionParams,
    ) -> jsonrpc::Result<Option<CodeActionResponse>> {
        if let Some(only) = &params.context.only
            && !only
                .iter()
                .any(|k| k == &CodeActionKind::QUICKFIX || k.as_str() == "")
        {
            return Ok(None);
        }
        let uri = params.text_document.uri;
        let Some((a, enc, levels, _)) = self.shared.analysis(&uri).await else {
            return Ok(None);
        };
        let actions = a.code_actions(&uri, params.range, &levels, enc);
        Ok((!actions.is_empty()).then_some(actions))
    }
}
