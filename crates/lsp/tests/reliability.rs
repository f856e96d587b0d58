//! Issue 7's guarantees for the language server, over full protocol sessions: a stale
//! check never delays nor overwrites a newer version's diagnostics, a client that sends
//! `initialized` early still gets a corpus, and a panic while checking one version is
//! reported and clears that version's diagnostics. Slowness and panics are stood for by a
//! hook the server calls around each check, so nothing here depends on how fast the
//! engine is: the tests assert what is published, and in which order.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use common::*;
use figcheck_lsp::{CheckHook, CheckStage};
use serde_json::{Value, json};
use tokio::sync::mpsc::UnboundedReceiver;

/// A draft containing this is held at the start of its first check until the test says go.
const HOLD: &str = "<!-- test: hold this check -->";
/// A draft containing this makes its check panic, as an engine bug on odd input would.
const PANIC: &str = "<!-- test: panic in this check -->";

/// Every publication for `uri`, in the order the server sent them, up to and including
/// the first one for `version`: (version, diagnostics).
async fn publications_until(s: &mut Session, uri: &str, version: i64) -> Vec<(i64, Vec<Value>)> {
    let mut out = Vec::new();
    loop {
        let m = s.wait_for(|m| is_publish_for(m, uri)).await;
        let v = m["params"]["version"].as_i64().unwrap_or(-1);
        let diags = m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        out.push((v, diags));
        if v == version {
            return out;
        }
    }
}

async fn next(rx: &mut UnboundedReceiver<()>, what: &str) {
    tokio::time::timeout(WAIT, rx.recv())
        .await
        .unwrap_or_else(|_| panic!("timed out waiting until {what}"))
        .unwrap_or_else(|| panic!("hook gone before {what}"));
}

/// The hook's side of a held check: `entered` when the held check starts, `done` when
/// the engine has returned from it, and `go` to let it run.
struct Held {
    entered: UnboundedReceiver<()>,
    done: UnboundedReceiver<()>,
    go: std::sync::mpsc::Sender<()>,
}

fn holding_hook() -> (CheckHook, Held) {
    let (entered_tx, entered) = tokio::sync::mpsc::unbounded_channel();
    let (done_tx, done) = tokio::sync::mpsc::unbounded_channel();
    let (go, wait) = std::sync::mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let held_once = AtomicBool::new(false);
    let hook: CheckHook = Arc::new(move |stage, text| {
        if !text.contains(HOLD) {
            return;
        }
        match stage {
            CheckStage::Start if !held_once.swap(true, Ordering::SeqCst) => {
                let _ = entered_tx.send(());
                // Released by the test, or by the test's end dropping `go`.
                let _ = wait.lock().unwrap_or_else(|e| e.into_inner()).recv();
            }
            CheckStage::Done => {
                let _ = done_tx.send(());
            }
            CheckStage::Start => {}
        }
    });
    (hook, Held { entered, done, go })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_slow_check_neither_delays_nor_overwrites_the_corrected_version() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let (hook, mut held) = holding_hook();
    let mut s = Session::start_with_hook(hook);
    s.initialize(&root, &["utf-16"], Value::Null).await;
    // Registration comes after the corpus is loaded and open drafts are re-checked, so
    // the draft below is checked exactly once, not again by that re-check.
    s.wait_for(|m| m["method"] == "client/registerCapability")
        .await;

    // v1: a large draft, every line wrong; its check is held as a slow one would be.
    let slow = format!("{HOLD}\n{}", WRONG.repeat(200));
    open(&s, &uri, &slow);
    next(&mut held.entered, "v1's check started").await;

    // v2, the corrected draft, arrives while v1 is still being checked. With one checking
    // thread its diagnostics would wait for v1's check: here, forever.
    full_change(&s, &uri, 2, RIGHT);
    let mut published = publications_until(&mut s, &uri, 2).await;
    assert_eq!(
        published.last().map(|(_, d)| d.len()),
        Some(0),
        "v2 is correct: {published:?}"
    );

    // Now let v1's check finish, wait until the engine is done with it, and edit again.
    held.go.send(()).expect("release v1");
    next(&mut held.done, "v1's check ended").await;
    full_change(&s, &uri, 3, &format!("{RIGHT}More text.\n"));
    published.extend(publications_until(&mut s, &uri, 3).await);

    let versions: Vec<i64> = published.iter().map(|(v, _)| *v).collect();
    assert_eq!(
        versions,
        [2, 3],
        "v1's result is never published, least of all after v2's"
    );
    assert!(published.iter().all(|(_, d)| d.is_empty()), "{published:?}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

fn initialize_params(root: &std::path::Path) -> Value {
    let root_uri = file_uri(root);
    json!({
        "processId": null,
        "rootUri": root_uri,
        "capabilities": {"general": {"positionEncodings": ["utf-16"]}}
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initialized_sent_before_the_initialize_reply_still_loads_the_corpus() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    // Both in one write, as a client that does not wait for the reply sends them.
    let initialize = json!({"jsonrpc": "2.0", "id": "init", "method": "initialize",
                            "params": initialize_params(&root)});
    let initialized = json!({"jsonrpc": "2.0", "method": "initialized", "params": {}});
    let mut bytes = frame(&initialize.to_string());
    bytes.extend(frame(&initialized.to_string()));
    s.send_raw(bytes);
    let reply = s
        .wait_for(|m| m["id"] == "init" && m.get("method").is_none())
        .await;
    assert!(reply["result"]["capabilities"].is_object(), "{reply}");
    // The corpus loads without waiting for a draft to need it.
    let ready = s
        .wait_for(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("corpus ready"))
        })
        .await;
    assert_eq!(ready["params"]["type"], 3, "{ready}");

    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_sends_initialized_gets_a_corpus_when_it_opens_a_draft() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    let reply = s.request("initialize", initialize_params(&root)).await;
    assert!(reply["result"]["capabilities"].is_object(), "{reply}");
    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_check_is_reported_once_and_clears_that_versions_diagnostics() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let hook: CheckHook = Arc::new(|stage, text| {
        if stage == CheckStage::Start && text.contains(PANIC) {
            // The bug class of issue 7: a byte offset inside a character.
            let at = text.find('É').map_or(0, |i| i + 1);
            let _ = &text[at..];
        }
    });
    let mut s = Session::start_with_hook(hook);
    s.initialize(&root, &["utf-16"], Value::Null).await;

    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);

    // v2 makes the engine panic: v1's problem must not stand as if it were v2's.
    full_change(&s, &uri, 2, &format!("{PANIC}\nÉric said {WRONG}"));
    let diags = s.diagnostics(&uri, 2).await;
    assert_eq!(diags, Vec::<Value>::new(), "nothing stale is left standing");
    let log = s
        .wait_for(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 1)
        .await;
    let message = log["params"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(&uri) && message.contains("v2") && message.contains("char boundary"),
        "one line naming the document, its version and the panic: {log}"
    );
    assert!(!message.contains('\n'), "one line: {message}");

    // Asking about v2 does not run the panicking check again, and answers nothing.
    let hover = json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 27}});
    let r = s.request("textDocument/hover", hover).await;
    assert_eq!(r["result"], Value::Null, "{r}");
    let again = s
        .drain()
        .into_iter()
        .filter(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 1)
        .count();
    assert_eq!(again, 0, "the failure is reported once");

    // The server keeps checking.
    full_change(&s, &uri, 3, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 3).await), ["contradicted"]);
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}
