//! Full LSP sessions against the bundled corpus, over in-memory pipes with real framing.
//!
//! The draft line puts Korean text and an emoji before the wrong figure, so the UTF-16,
//! UTF-8 and character columns of everything after them differ; every range is asserted
//! exactly.

mod common;

use common::*;
use serde_json::{Value, json};

/// Korea installed 30,600 robots (corpus/003_…:23); the draft says 31,600 twice, once in
/// the Korean sentence and once in the English one.
const LINE: &str =
    "한국은 🤖 로봇 31,600대를 설치했다: Korea installed 31,600 industrial robots last year.";

fn draft(newline: &str) -> String {
    format!("# Robots{newline}{newline}{LINE}{newline}")
}

/// Columns of the English figure on the draft line, per encoding. 한국은 is 3 units in
/// UTF-16 and 9 bytes; 🤖 is 2 units and 4 bytes.
const UTF16: (u32, u32) = (41, 47);
const UTF8: (u32, u32) = (65, 71);
/// Where the Korean figure starts (its end is the extractor's business: `31,600` or
/// `31,600대` with the counter).
const KOREAN_UTF16: u32 = 10;
/// Length of `한국은 🤖 로봇 31,600대를 설치했다: ` in UTF-16 units.
const KOREAN_CLAUSE_UTF16: u32 = 25;
/// `30,600` on line 23 (0-based 22) of the source, after only BMP, 1-unit characters in
/// UTF-16 but curly quotes and an em dash (3 bytes each) in UTF-8.
const SOURCE_UTF16: (u32, u32) = (117, 123);
const SOURCE_UTF8: (u32, u32) = (123, 129);

fn range(line: u32, (start, end): (u32, u32)) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

fn by_code<'a>(diags: &'a [Value], code: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

fn at(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf16_session_diagnostics_hover_actions_definition_and_fix() {
    let ws = workspace_with_corpus_copy();
    let root = ws.path().canonicalize().expect("root");
    let source_uri = file_uri(&root.join("corpus").join(ROBOTS_SOURCE));
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();

    let init = s.initialize(&root, &["utf-16"], Value::Null).await;
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16", "{init}");
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["definitionProvider"], true);
    assert_eq!(
        caps["executeCommandProvider"]["commands"],
        json!(["figcheck.recheck", "figcheck.explain"])
    );

    open(&s, &uri, &draft("\n"));
    let diags = s.diagnostics(&uri, 1).await;
    assert_eq!(diags.len(), 2, "{diags:#?}");
    let wrong = by_code(&diags, "contradicted");
    assert_eq!(wrong.len(), 1, "{diags:#?}");
    let d = wrong[0];
    assert_eq!(d["range"], range(2, UTF16));
    assert_eq!(d["severity"], 1, "contradicted is an error by default");
    assert_eq!(d["source"], "figcheck");
    assert_eq!(
        d["message"],
        format!("31,600 — the source says 30,600 (corpus/{ROBOTS_SOURCE}:23)")
    );
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], source_uri);
    assert_eq!(related["location"]["range"], range(22, SOURCE_UTF16));
    assert!(
        related["message"]
            .as_str()
            .is_some_and(|m| m.contains("Korea installed 30,600 industrial robots")),
        "{related}"
    );
    let unsupported = by_code(&diags, "unsupported");
    assert_eq!(unsupported.len(), 1, "{diags:#?}");
    assert_eq!(
        unsupported[0]["range"]["start"],
        json!({"line": 2, "character": KOREAN_UTF16})
    );
    assert_eq!(
        unsupported[0]["severity"], 2,
        "unsupported is a warning by default"
    );

    // Hover anywhere on the figure, including just after it.
    for character in [UTF16.0, UTF16.0 + 3, UTF16.1] {
        let hover = s
            .request("textDocument/hover", at(&uri, 2, character))
            .await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default();
        assert!(
            value.contains("contradicted: the source says 30,600"),
            "{hover}"
        );
        assert!(value.contains("claim: `Korea installed"), "{hover}");
        assert!(
            value.contains("> Korea installed 30,600 industrial robots"),
            "{hover}"
        );
        assert!(
            value.contains(&format!("corpus/{ROBOTS_SOURCE}:23")),
            "{hover}"
        );
        // Why: the candidates weighed, the winner first, with what weighed most.
        assert!(
            value.contains("**why**") && value.contains("- contradicts p="),
            "{hover}"
        );
        assert_eq!(hover["result"]["range"], range(2, UTF16));
    }
    // Off any figure: nothing.
    let hover = s.request("textDocument/hover", at(&uri, 2, 30)).await;
    assert_eq!(hover["result"], Value::Null, "{hover}");

    let actions = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range(2, (UTF16.0 + 1, UTF16.0 + 1)),
                   "context": {"diagnostics": []}}),
        )
        .await;
    let actions = actions["result"].as_array().cloned().unwrap_or_default();
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    assert_eq!(
        titles,
        [
            format!("Replace with 30,600 (corpus/{ROBOTS_SOURCE}:23)").as_str(),
            "Ignore this figure",
            "Ignore in this file"
        ],
        "{actions:#?}"
    );
    let edit = |i: usize| actions[i]["edit"]["changes"][&uri][0].clone();
    assert_eq!(
        edit(0),
        json!({"range": range(2, UTF16), "newText": "30,600"})
    );
    assert_eq!(actions[0]["kind"], "quickfix");
    assert_eq!(actions[0]["isPreferred"], true);
    assert_eq!(
        edit(1),
        json!({"range": range(2, (0, 0)), "newText": "<!-- figcheck-ignore 31,600 -->\n"})
    );
    assert_eq!(
        edit(2),
        json!({"range": range(0, (0, 0)), "newText": "<!-- figcheck-disable -->\n"})
    );

    let def = s
        .request("textDocument/definition", at(&uri, 2, UTF16.0 + 2))
        .await;
    assert_eq!(def["result"]["uri"], source_uri, "{def}");
    assert_eq!(def["result"]["range"], range(22, SOURCE_UTF16));

    // Fix the English figure with an incremental change.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": range(2, UTF16), "text": "30,600"},
        ]}),
    );
    let diags = s.diagnostics(&uri, 2).await;
    assert!(by_code(&diags, "contradicted").is_empty(), "{diags:#?}");
    let hover = s.request("textDocument/hover", at(&uri, 2, UTF16.0)).await;
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(value.contains("figcheck: supported"), "{hover}");

    // Deleting the Korean clause, and with it its unsupported figure, clears the draft.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": range(2, (0, KOREAN_CLAUSE_UTF16)), "text": ""},
        ]}),
    );
    assert_eq!(s.diagnostics(&uri, 3).await, Vec::<Value>::new());

    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_session_with_config_and_crlf_draft() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let source_uri = file_uri(&bundled_corpus().join(ROBOTS_SOURCE));
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();

    let init = s
        .initialize(
            &root,
            &["utf-8", "utf-16"],
            json!({"severity": {"unsupported": "off"}}),
        )
        .await;
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");

    open(&s, &uri, &draft("\r\n"));
    let diags = s.diagnostics(&uri, 1).await;
    assert_eq!(diags.len(), 1, "unsupported is off: {diags:#?}");
    assert_eq!(diags[0]["code"], "contradicted");
    assert_eq!(diags[0]["range"], range(2, UTF8));
    let related = &diags[0]["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], source_uri);
    assert_eq!(related["range"], range(22, SOURCE_UTF8));

    let def = s
        .request("textDocument/definition", at(&uri, 2, UTF8.0))
        .await;
    assert_eq!(def["result"]["range"], range(22, SOURCE_UTF8), "{def}");

    let actions = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range(2, UTF8),
                   "context": {"diagnostics": [], "only": ["quickfix"]}}),
        )
        .await;
    let ignore = &actions["result"][1]["edit"]["changes"][&uri][0];
    assert_eq!(
        ignore["newText"], "<!-- figcheck-ignore 31,600 -->\r\n",
        "inserted lines match the file's line ends: {actions}"
    );

    // A client position past the end of the line clamps to the line's end, before CRLF.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": range(2, (UTF8.0, 9999)), "text": "30,600 industrial robots."},
        ]}),
    );
    assert_eq!(s.diagnostics(&uri, 2).await, Vec::<Value>::new());

    // Full-text sync works too.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"text": "The United States installed 44,500 robots.\r\n"},
        ]}),
    );
    let diags = s.diagnostics(&uri, 3).await;
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(
        diags[0]["message"]
            .as_str()
            .map(|m| m.starts_with("44,500 — the source says 34,200")),
        Some(true),
        "{diags:#?}"
    );
    assert_eq!(diags[0]["range"], range(0, (28, 34)));

    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

/// `figcheck --config X lsp`: a workspace with no figcheck.toml and no corpus/ of its
/// own is checked against the corpus the named config gives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_config_named_on_the_command_line_is_used() {
    let elsewhere = workspace_with_config();
    let ws = tempfile::tempdir().expect("tempdir");
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start_with_config(elsewhere.path().join("figcheck.toml"));
    s.initialize(&root, &["utf-16"], json!({})).await;
    open(&s, &uri, &draft("\n"));
    let diags = s.diagnostics(&uri, 1).await;
    // Without the config there is no corpus, and nothing would be published.
    assert_eq!(by_code(&diags, "contradicted").len(), 1, "{diags:#?}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

/// `figcheck/status` says what the corpus is doing, and `figcheck.explain` returns what
/// `figcheck explain` prints for the figure at the cursor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_notifications_and_the_explain_command() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], json!({})).await;
    let indexing = s
        .wait_for(|m| m["method"] == "figcheck/status" && m["params"]["state"] == "indexing")
        .await;
    assert_eq!(indexing["params"]["message"], "indexing the corpus");
    let ready = s
        .wait_for(|m| m["method"] == "figcheck/status" && m["params"]["state"] == "ready")
        .await;
    let message = ready["params"]["message"].as_str().unwrap_or("");
    assert!(
        message.starts_with("2 sources, ") && message.ends_with(" figures"),
        "{ready}"
    );

    open(&s, &uri, &draft("\n"));
    s.diagnostics(&uri, 1).await;
    let explained = s
        .request(
            "workspace/executeCommand",
            json!({"command": "figcheck.explain", "arguments": [at(&uri, 2, UTF16.0 + 1)]}),
        )
        .await;
    let text = explained["result"].as_str().unwrap_or("");
    assert!(
        text.starts_with("draft.md:3:") && text.contains("31,600 — contradicted"),
        "{explained}"
    );
    assert!(text.contains("claim: "), "{text}");
    assert!(text.contains("candidates weighed, best first"), "{text}");
    assert!(text.contains("contradicts"), "{text}");

    let nothing = s
        .request(
            "workspace/executeCommand",
            json!({"command": "figcheck.explain", "arguments": [at(&uri, 0, 0)]}),
        )
        .await;
    assert_eq!(nothing["result"], "figcheck: no figure at the cursor");
    let bad = s
        .request(
            "workspace/executeCommand",
            json!({"command": "figcheck.explain", "arguments": []}),
        )
        .await;
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

/// A `.claims` file gets the diagnostics `figcheck check facts.claims` prints: each claim
/// judged (an unsupported claim is an error there, whatever the severities), and a line
/// that does not parse reported where the parser stopped, with its help.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claims_files_are_checked_as_the_command_line_checks_them() {
    let ws = workspace_with_config();
    let root = ws.path().canonicalize().expect("root");
    let uri = file_uri(&root.join("facts.claims"));
    let mut s = Session::start();
    s.initialize(
        &root,
        &["utf-16"],
        json!({"severity": {"unsupported": "hint"}}),
    )
    .await;
    let text = "# pinned facts\nKorea installed = 31,600 robots\nKorea installed == 30,600\nLesotho tractors = 77\n";
    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}),
    );
    let diags = s.diagnostics(&uri, 1).await;
    let codes: Vec<&str> = diags.iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(
        codes,
        ["contradicted", "claim-syntax", "unsupported"],
        "{diags:#?}"
    );
    assert_eq!(diags[0]["range"], range(1, (18, 24)));
    assert!(
        diags[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("31,600 — the source says 30,600 (")),
        "{diags:#?}"
    );
    assert_eq!(diags[1]["severity"], 1);
    assert_eq!(diags[1]["range"], range(2, (16, 18)));
    assert_eq!(
        diags[1]["message"],
        "expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"==\"\nhelp: the claim language writes == as =: Korea installed = 30,600"
    );
    // Unsupported is a hint in drafts here, but a pinned claim not supported is an error.
    assert_eq!(diags[2]["severity"], 1, "{diags:#?}");

    // No "ignore" comment is offered in a claims file; the correction is.
    let actions = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range(1, (18, 24)),
                   "context": {"diagnostics": [], "only": ["quickfix"]}}),
        )
        .await;
    let titles: Vec<&str> = actions["result"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["title"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(titles.len(), 1, "{actions}");
    assert!(titles[0].starts_with("Replace with 30,600"), "{titles:?}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

/// A workspace with an empty `corpus` folder: (the directory, its root, the folder).
fn empty_workspace() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let ws = tempfile::tempdir().expect("tempdir");
    let root = ws.path().canonicalize().expect("root");
    let corpus = root.join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir corpus");
    (ws, root, corpus)
}

/// Evidence from a workbook: the message and the hover name the sheet and cell, and no
/// link or definition points into a file an editor cannot open at a line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evidence_from_a_workbook_names_its_cell() {
    let (_ws, root, corpus) = empty_workspace();
    let workbook = bundled_corpus().join("../tests/formats/figures.xlsx");
    std::fs::copy(&workbook, corpus.join("figures.xlsx")).expect("copy the workbook");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;

    open(
        &s,
        &uri,
        "The United States installed 44,500 industrial robots.\n",
    );
    let diags = s.diagnostics(&uri, 1).await;
    let wrong = by_code(&diags, "contradicted");
    assert_eq!(wrong.len(), 1, "{diags:#?}");
    assert_eq!(
        wrong[0]["message"],
        "44,500 — the source says 34,200 (corpus/figures.xlsx, Figures!B5)"
    );
    let hover = s.request("textDocument/hover", at(&uri, 0, 30)).await;
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(value.contains("corpus/figures.xlsx, Figures!B5"), "{hover}");
    assert!(
        value.contains("> United States, Industrial robots installed: 34200"),
        "{hover}"
    );
    assert!(
        !value.contains("](file:"),
        "no link into the workbook: {hover}"
    );
    let definition = s.request("textDocument/definition", at(&uri, 0, 30)).await;
    assert_eq!(definition["result"], Value::Null, "{definition}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}

/// Two sources that give the measure different values, neither dated: the diagnostic
/// names both, the hover quotes both, and the editor offers each value as a fix, none
/// preferred.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_that_disagree_are_named_and_each_offered_as_a_fix() {
    let (_ws, root, corpus) = empty_workspace();
    std::fs::write(
        corpus.join("a.txt"),
        "Korea installed 30,600 industrial robots last year.\n",
    )
    .expect("write a");
    std::fs::write(
        corpus.join("b.txt"),
        "Korea installed 55,048 industrial robots last year.\n",
    )
    .expect("write b");
    let uri = file_uri(&root.join("draft.md"));
    let mut s = Session::start();
    s.initialize(&root, &["utf-16"], Value::Null).await;
    open(
        &s,
        &uri,
        "Korea installed 31,600 industrial robots last year.\n",
    );
    let diags = s.diagnostics(&uri, 1).await;
    let wrong = by_code(&diags, "contradicted");
    assert_eq!(wrong.len(), 1, "{diags:#?}");
    let message = wrong[0]["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("31,600 — the sources disagree: ")
            && message.contains("30,600 (corpus/a.txt:1)")
            && message.contains("55,048 (corpus/b.txt:1)"),
        "{message}"
    );
    assert_eq!(
        wrong[0]["relatedInformation"].as_array().map(Vec::len),
        Some(2),
        "{diags:#?}"
    );
    let hover = s.request("textDocument/hover", at(&uri, 0, 18)).await;
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(
        value.contains("contradicted: the sources disagree"),
        "{hover}"
    );
    assert!(
        value.contains("> Korea installed 30,600") && value.contains("> Korea installed 55,048"),
        "{hover}"
    );
    let actions = s
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range(0, (16, 22)),
                   "context": {"diagnostics": [], "only": ["quickfix"]}}),
        )
        .await;
    let fixes: Vec<(&str, bool)> = actions["result"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| {
                    let title = x["title"].as_str()?;
                    title
                        .starts_with("Replace with")
                        .then(|| (title, x["isPreferred"].as_bool().unwrap_or(false)))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut titles: Vec<&str> = fixes.iter().map(|(t, _)| *t).collect();
    titles.sort_unstable();
    assert_eq!(
        titles,
        [
            "Replace with 30,600 (corpus/a.txt:1)",
            "Replace with 55,048 (corpus/b.txt:1)"
        ],
        "{actions}"
    );
    assert!(fixes.iter().all(|(_, preferred)| !preferred), "{actions}");
    assert_eq!(s.shutdown().await, figcheck_lsp::Ended::Cleanly);
}
