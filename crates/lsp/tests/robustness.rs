//! Bad input, edits racing checks, corpus changes and a corpus that goes away: the server
//! keeps serving through all of them.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

const SAMSUNG: &str = "Samsung plans a 70-billion parameter model of its own.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_never_kills_the_server() {
    let ws = workspace_with_corpus_copy();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let unopened = file_uri(&root.join("never-opened.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;

    // Not JSON at all, inside a well-formed frame.
    s.send_raw(frame("{this is not json"));
    let err = s
        .wait_for(|m| m.get("error").is_some() && m["id"].is_null())
        .await;
    assert_eq!(err["error"]["code"], -32700, "{err}");

    let r = s.request("figcheck/noSuchMethod", json!({})).await;
    assert_eq!(r["error"]["code"], -32601, "{r}");
    s.notify("$/noSuchNotification", json!({"x": 1}));
    // Params of the wrong shape.
    let r = s
        .request("textDocument/hover", json!({"textDocument": 5}))
        .await;
    assert!(r.get("error").is_some(), "{r}");

    // Requests about documents that were never opened.
    let pos = json!({"textDocument": {"uri": unopened}, "position": {"line": 0, "character": 0}});
    for method in ["textDocument/hover", "textDocument/definition"] {
        let r = s.request(method, pos.clone()).await;
        assert_eq!(r["result"], Value::Null, "{method}: {r}");
    }
    let r = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": unopened},
                   "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": []}}),
        )
        .await;
    assert_eq!(r["result"], Value::Null, "{r}");
    full_change(&s, &unopened, 7, "text");

    // The server still works, and clamps positions far past the end.
    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);
    let far = json!({"textDocument": {"uri": uri}, "position": {"line": 999, "character": 999}});
    let r = s.request("textDocument/hover", far).await;
    assert_eq!(r["result"], Value::Null, "{r}");
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 500, "character": 3}, "end": {"line": 0, "character": 999}},
             "text": " More."}]}),
    );
    assert_eq!(codes(&s.diagnostics(&uri, 2).await), ["contradicted"]);

    let r = s
        .request(
            "workspace/executeCommand",
            json!({"command": "figcheck.nope"}),
        )
        .await;
    assert!(r.get("error").is_some(), "{r}");

    // The corpus disappears: re-checking says so in the log and keeps the old corpus.
    std::fs::remove_dir_all(root.join("corpus")).expect("remove corpus");
    s.drain();
    let r = s
        .request(
            "workspace/executeCommand",
            json!({"command": "figcheck.recheck"}),
        )
        .await;
    assert_eq!(r["result"], Value::Null, "{r}");
    let log = s
        .wait_for(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 1)
        .await;
    let message = log["params"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("as it was"), "{log}");
    let hover = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 17}});
    let r = s.request("textDocument/hover", hover).await;
    assert!(
        r["result"]["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("30,600")),
        "{r}"
    );
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rapid_edits_publish_in_order_and_end_on_the_latest_version() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], json!({"debounceMs": 20}))
        .await;
    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);

    let last = 41;
    for version in 2..=last {
        let text = if version % 2 == 0 { RIGHT } else { WRONG };
        full_change(&s, &uri, version, text);
        if version % 7 == 0 {
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
    let final_diags = s.diagnostics(&uri, last).await;
    assert_eq!(
        codes(&final_diags),
        ["contradicted"],
        "v{last} has the wrong figure"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let published: Vec<(i64, usize)> = s
        .drain()
        .iter()
        .filter(|m| is_publish_for(m, &uri))
        .map(|m| {
            let v = m["params"]["version"].as_i64().unwrap_or(-1);
            let n = m["params"]["diagnostics"].as_array().map_or(0, Vec::len);
            (v, n)
        })
        .collect();
    // Nothing after the final version; and every earlier publication matched its text.
    assert!(published.iter().all(|(v, _)| *v <= last), "{published:?}");
    for (v, n) in &published {
        assert_eq!(*n, (v % 2) as usize, "v{v} published {n} diagnostics");
    }
    let versions: Vec<i64> = published.iter().map(|(v, _)| *v).collect();
    let mut sorted = versions.clone();
    sorted.sort();
    assert_eq!(versions, sorted, "publications in version order");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn source_changes_and_settings_republish_open_drafts() {
    let ws = workspace_with_corpus_copy();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("notes.txt"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;
    let registration = s
        .wait_for(|m| m["method"] == "client/registerCapability")
        .await;
    let watcher = &registration["params"]["registrations"][0]["registerOptions"]["watchers"][0];
    assert_eq!(
        watcher["globPattern"]["baseUri"],
        file_uri(&root.join("corpus"))
    );

    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": SAMSUNG}}),
    );
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["unsupported"]);

    // A new source states the figure: re-index, re-check, and the warning goes.
    let added = root.join("corpus").join("samsung.txt");
    std::fs::write(
        &added,
        "Samsung plans a 70-billion parameter model of its own.\n",
    )
    .expect("write source");
    s.drain();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&added), "type": 1}]}),
    );
    let m = s.wait_for(|m| is_publish_for(m, &uri)).await;
    assert_eq!(m["params"]["diagnostics"], json!([]), "{m}");
    let hover = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 17}});
    let r = s.request("textDocument/hover", hover).await;
    let value = r["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(
        value.contains("supported") && value.contains("corpus/samsung.txt:1"),
        "{r}"
    );

    // Changes inside the index directory are not source changes.
    s.drain();
    let index_file = root.join("corpus/.figcheck/index/whatever.txt");
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&index_file), "type": 2}]}),
    );

    // Settings: unsupported figures shown as hints.
    std::fs::remove_file(&added).expect("remove source");
    s.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"figcheck": {"severity": {"unsupported": "hint"}}}}),
    );
    let m = s
        .wait_for(|m| is_publish_for(m, &uri) && m["params"]["diagnostics"] != json!([]))
        .await;
    assert_eq!(m["params"]["diagnostics"][0]["severity"], 4, "{m}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_without_file_watching_get_the_servers_own_watcher() {
    let ws = workspace_with_corpus_copy();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("notes.md"));
    let mut s = Session::start();
    let root_uri = file_uri(&root);
    s.request(
        "initialize",
        json!({"processId": null, "rootUri": root_uri, "capabilities": {}}),
    )
    .await;
    s.notify("initialized", json!({}));
    open(&s, &uri, SAMSUNG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["unsupported"]);
    // Let the server start watching (just after its first checks) before the change.
    tokio::time::sleep(Duration::from_millis(500)).await;
    s.drain();
    std::fs::write(
        root.join("corpus").join("samsung.md"),
        "Samsung plans a 70-billion parameter model of its own.\n",
    )
    .expect("write source");
    let m = s
        .wait_for(|m| is_publish_for(m, &uri) && m["params"]["diagnostics"] == json!([]))
        .await;
    assert_eq!(m["params"]["version"], 1);
    // One save, one re-index. The re-index writes the index inside the corpus dir and
    // reads every source: neither counts as a change, so it does not start another.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let reindexed = s
        .drain()
        .iter()
        .filter(|m| m["method"] == "figcheck/status" && m["params"]["state"] == "indexing")
        .count();
    assert_eq!(reindexed, 1, "one re-index for one change");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_corpus_is_reported_and_nothing_blocks() {
    let ws = tempfile::tempdir().expect("tempdir");
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;
    let log = s
        .wait_for(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 2)
        .await;
    assert!(
        log["params"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("no corpus")),
        "{log}"
    );
    open(&s, &uri, WRONG);
    let started = std::time::Instant::now();
    let hover = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 17}});
    let r = s.request("textDocument/hover", hover).await;
    assert_eq!(r["result"], Value::Null);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(
        !s.drain().iter().any(|m| is_publish_for(m, &uri)),
        "no diagnostics without a corpus"
    );
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_ends_abruptly() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;
    s.notify("exit", Value::Null);
    let ended = tokio::time::timeout(Duration::from_secs(5), s.server)
        .await
        .expect("exits promptly")
        .expect("task")
        .expect("ran");
    assert_eq!(ended, figcheck_lsp::Ended::Abruptly);
}
