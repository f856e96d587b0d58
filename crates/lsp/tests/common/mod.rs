//! A minimal LSP client for driving the server in tests: real `Content-Length` framing
//! over in-memory pipes, so what is tested is what an editor would send and receive.
#![allow(dead_code)] // each test file uses a different part of the client

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// Long enough for a debug build to index the bundled corpus on a busy 2-core machine.
pub const WAIT: Duration = Duration::from_secs(60);

pub struct Session {
    out: mpsc::UnboundedSender<Vec<u8>>,
    incoming: mpsc::UnboundedReceiver<Value>,
    /// Messages read while waiting for something else.
    backlog: VecDeque<Value>,
    next_id: i64,
    pub server: JoinHandle<Result<figcheck_lsp::Ended, figcheck_lsp::LspError>>,
}

pub fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

async fn writer<W: AsyncWrite + Unpin>(mut w: W, mut rx: mpsc::UnboundedReceiver<Vec<u8>>) {
    while let Some(bytes) = rx.recv().await {
        if w.write_all(&bytes).await.is_err() || w.flush().await.is_err() {
            return;
        }
    }
    // Keep the pipe open after the client is done: the server must exit on `exit`
    // alone, as it must when an editor keeps its stdin open.
    std::future::pending::<()>().await;
}

/// How a test session's server is started, beyond the defaults.
enum Start {
    Hook(figcheck_lsp::CheckHook),
    Config(PathBuf),
}

impl Session {
    pub fn start() -> Session {
        Session::start_with(None)
    }

    /// A session whose server calls `hook` around every check (see
    /// `figcheck_lsp::serve_with_check_hook`).
    pub fn start_with_hook(hook: figcheck_lsp::CheckHook) -> Session {
        Session::start_with(Some(Start::Hook(hook)))
    }

    /// A session whose server was started as `figcheck --config CONFIG lsp`.
    pub fn start_with_config(config: PathBuf) -> Session {
        Session::start_with(Some(Start::Config(config)))
    }

    fn start_with(start: Option<Start>) -> Session {
        let (client_w, server_r) = tokio::io::duplex(1 << 20);
        let (server_w, client_r) = tokio::io::duplex(1 << 20);
        let server = match start {
            None => tokio::spawn(figcheck_lsp::serve(server_r, server_w)),
            Some(Start::Hook(hook)) => tokio::spawn(figcheck_lsp::serve_with_check_hook(
                server_r, server_w, hook,
            )),
            Some(Start::Config(config)) => tokio::spawn(figcheck_lsp::serve_with_config(
                server_r,
                server_w,
                Some(config),
            )),
        };
        let (out, out_rx) = mpsc::unbounded_channel();
        tokio::spawn(writer(client_w, out_rx));
        let (in_tx, incoming) = mpsc::unbounded_channel();
        let replies = out.clone();
        tokio::spawn(async move {
            let mut r = BufReader::new(client_r);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match r.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = v.parse::<usize>().ok();
                    }
                }
                let Some(n) = length else { return };
                let mut body = vec![0; n];
                if r.read_exact(&mut body).await.is_err() {
                    return;
                }
                let Ok(msg) = serde_json::from_slice::<Value>(&body) else {
                    panic!(
                        "server sent invalid JSON: {}",
                        String::from_utf8_lossy(&body)
                    );
                };
                // Answer the server's own requests (registrations, progress tokens) as an
                // editor would.
                if msg.get("method").is_some()
                    && let Some(id) = msg.get("id")
                {
                    let reply = json!({"jsonrpc": "2.0", "id": id, "result": null});
                    let _ = replies.send(frame(&reply.to_string()));
                }
                if in_tx.send(msg).is_err() {
                    return;
                }
            }
        });
        Session {
            out,
            incoming,
            backlog: VecDeque::new(),
            next_id: 1,
            server,
        }
    }

    pub fn send_raw(&self, bytes: Vec<u8>) {
        self.out.send(bytes).expect("writer alive");
    }

    pub fn notify(&self, method: &str, params: Value) {
        let msg = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(frame(&msg.to_string()));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let msg = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(frame(&msg.to_string()));
        self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
            .await
    }

    /// The first message (seen before or arriving within [`WAIT`]) matching `pred`.
    pub async fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i).expect("index in range");
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let msg = tokio::time::timeout_at(deadline, self.incoming.recv())
                .await
                .unwrap_or_else(|_| panic!("timed out; backlog: {:#?}", self.backlog))
                .expect("server output closed");
            if pred(&msg) {
                return msg;
            }
            self.backlog.push_back(msg);
        }
    }

    /// Everything received so far, without waiting.
    pub fn drain(&mut self) -> Vec<Value> {
        while let Ok(m) = self.incoming.try_recv() {
            self.backlog.push_back(m);
        }
        self.backlog.drain(..).collect()
    }

    /// The next `publishDiagnostics` for `uri` at `version`.
    pub async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let msg = self
            .wait_for(|m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && m["params"]["version"] == version
            })
            .await;
        msg["params"]["diagnostics"]
            .as_array()
            .cloned()
            .expect("diagnostics array")
    }

    pub async fn initialize(&mut self, root: &Path, encodings: &[&str], options: Value) -> Value {
        let root_uri = file_uri(root);
        let response = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": root_uri,
                    "workspaceFolders": [{"uri": root_uri, "name": "drafts"}],
                    "initializationOptions": options,
                    "capabilities": {
                        "general": {"positionEncodings": encodings},
                        "window": {"workDoneProgress": true},
                        "workspace": {"didChangeWatchedFiles": {
                            "dynamicRegistration": true, "relativePatternSupport": true}},
                        "textDocument": {
                            "hover": {"contentFormat": ["markdown", "plaintext"]},
                            "publishDiagnostics": {"relatedInformation": true, "versionSupport": true}
                        }
                    }
                }),
            )
            .await;
        self.notify("initialized", json!({}));
        response
    }

    /// `shutdown` then `exit`; returns how the server says it ended.
    pub async fn shutdown(mut self) -> figcheck_lsp::Ended {
        let r = self.request("shutdown", Value::Null).await;
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        tokio::time::timeout(Duration::from_secs(5), self.server)
            .await
            .expect("server exits after `exit` though its input stays open")
            .expect("server task")
            .expect("server ran")
    }
}

pub fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The repository's bundled corpus.
pub fn bundled_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .canonicalize()
        .expect("bundled corpus exists")
}

/// The bundled source the robot figures come from.
pub const ROBOTS_SOURCE: &str = "003_57944011cd868486.txt";

/// A temporary workspace whose `corpus/` holds copies of the bundled sources, so the
/// index the server builds is written there, not into the repository.
pub fn workspace_with_corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().canonicalize().expect("canonical tempdir");
    let corpus = root.join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir corpus");
    for entry in std::fs::read_dir(bundled_corpus()).expect("read corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path.file_name().expect("file name");
            std::fs::copy(&path, corpus.join(name)).expect("copy source");
        }
    }
    dir
}

/// A temporary workspace whose `figcheck.toml` points at the bundled corpus and keeps
/// the index in the workspace.
pub fn workspace_with_config() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = bundled_corpus();
    let config = format!(
        "index = \"index\"\n\n[[corpus]]\npath = {}\n",
        toml_string(&corpus.display().to_string())
    );
    std::fs::write(dir.path().join("figcheck.toml"), config).expect("write config");
    dir
}

/// A workspace whose `figcheck.toml` names these corpus dirs and this index (absolute
/// paths): the archive `scripts/bench-scale.sh` generated, for the latency bench.
#[allow(dead_code)] // used by the latency bench only
pub fn workspace_with_corpora(dirs: &[PathBuf], index: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = format!("index = {}\n", toml_string(&index.display().to_string()));
    for d in dirs {
        config.push_str(&format!(
            "\n[[corpus]]\npath = {}\n",
            toml_string(&d.display().to_string())
        ));
    }
    std::fs::write(dir.path().join("figcheck.toml"), config).expect("write config");
    dir
}

fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A draft whose one figure the bundled corpus contradicts, and the corrected draft.
pub const WRONG: &str = "Korea installed 31,600 industrial robots last year.\n";
pub const RIGHT: &str = "Korea installed 30,600 industrial robots last year.\n";

/// `didOpen` of a Markdown draft at version 1.
pub fn open(s: &Session, uri: &str, text: &str) {
    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
}

/// `didChange` replacing the whole text (full sync).
pub fn full_change(s: &Session, uri: &str, version: i64, text: &str) {
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
    );
}

/// The rule ids (`code`) of published diagnostics.
pub fn codes(diags: &[Value]) -> Vec<&str> {
    diags.iter().filter_map(|d| d["code"].as_str()).collect()
}

/// Whether `m` publishes diagnostics for `uri`.
pub fn is_publish_for(m: &Value, uri: &str) -> bool {
    m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
}
