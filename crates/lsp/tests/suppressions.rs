//! Suppressions as the CLI reads them: the server's quick fixes write comments that then
//! silence the figure, stale comments are flagged and removable, and `[ignore]` in
//! `figcheck.toml` applies in the editor too. Each edit is applied exactly as the server
//! returned it, as an editor would.

mod common;

use common::*;
use serde_json::{Value, json};

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

/// The edit of the code action titled `title` for `range`, asserting there is one.
async fn action_edit(s: &mut Session, uri: &str, range: &Value, title: &str) -> Value {
    let r = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
        )
        .await;
    let actions = r["result"].as_array().cloned().unwrap_or_default();
    let action = actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no {title:?} in {r}"));
    let edits = action["edit"]["changes"][uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(edits.len(), 1, "{action}");
    edits[0].clone()
}

/// Applies a TextEdit as an incremental change.
fn apply(s: &Session, uri: &str, version: i64, edit: &Value) {
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version},
               "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
}

fn on_line(line: u32, start: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_fix_comments_silence_figures_and_stale_ones_are_flagged() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;

    open(&s, &uri, WRONG);
    assert_eq!(codes(&s.diagnostics(&uri, 1).await), ["contradicted"]);

    // "Ignore this figure" writes <!-- figcheck-ignore 31,600 --> above: silenced.
    let edit = action_edit(&mut s, &uri, &on_line(0, 17, 17), "Ignore this figure").await;
    apply(&s, &uri, 2, &edit);
    assert_eq!(s.diagnostics(&uri, 2).await, Vec::<Value>::new());

    // Correcting the figure leaves the comment silencing nothing: flagged, like the CLI.
    apply(
        &s,
        &uri,
        3,
        &json!({"range": on_line(1, 16, 22), "newText": "30,600"}),
    );
    let diags = s.diagnostics(&uri, 3).await;
    assert_eq!(codes(&diags), ["unused-suppression"], "{diags:#?}");
    assert_eq!(diags[0]["range"], on_line(0, 0, 31));
    assert_eq!(diags[0]["severity"], 2);

    // "Remove this comment" deletes its whole line.
    let edit = action_edit(&mut s, &uri, &on_line(0, 5, 5), "Remove this comment").await;
    assert_eq!(
        edit["range"],
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}})
    );
    apply(&s, &uri, 4, &edit);
    assert_eq!(s.diagnostics(&uri, 4).await, Vec::<Value>::new());
    let hover = s
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 17}}),
        )
        .await;
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(
        value.contains("supported"),
        "the text is back to one line: {hover}"
    );

    // "Ignore in this file" goes after front matter, which must stay first.
    let other = file_uri(&root.join("with-front-matter.md"));
    open(&s, &other, &format!("---\ntitle: Robots\n---\n{WRONG}"));
    assert_eq!(codes(&s.diagnostics(&other, 1).await), ["contradicted"]);
    let edit = action_edit(&mut s, &other, &on_line(3, 17, 17), "Ignore in this file").await;
    assert_eq!(
        edit,
        json!({"range": on_line(3, 0, 0), "newText": "<!-- figcheck-disable -->\n"})
    );
    apply(&s, &other, 2, &edit);
    assert_eq!(s.diagnostics(&other, 2).await, Vec::<Value>::new());

    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_ignores_apply_in_the_editor() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let config = root.join("figcheck.toml");
    let mut text = std::fs::read_to_string(&config).expect("config");
    text.push_str("\n[ignore]\nfigures = [\"31,600\"]\n");
    std::fs::write(&config, text).expect("write config");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;
    open(
        &s,
        &uri,
        &format!("{WRONG}The United States installed 44,500 robots.\n"),
    );
    let diags = s.diagnostics(&uri, 1).await;
    assert_eq!(codes(&diags), ["contradicted"], "{diags:#?}");
    assert_eq!(diags[0]["range"], on_line(1, 28, 34), "only 44,500 is left");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}
