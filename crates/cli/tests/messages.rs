//! What a new user meets when something is not quite right (issue 13): batches with a
//! bad file in them, drafts saved in another encoding, and errors that say what to write
//! instead. Each test shows the text the user now sees.

mod common;

use std::fs;
use std::path::Path;

use common::{code, figcheck, stderr, stdout};
use serde_json::Value;

/// A scratch directory holding `files` (path, bytes), with a one-sentence corpus.
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus: &[(&str, &[u8])] = &[(
        "corpus/robots.txt",
        b"Korea installed 30,600 industrial robots in 2024.\n",
    )];
    for (rel, bytes) in corpus.iter().chain(files) {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    dir
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn a_bad_file_in_a_batch_does_not_stop_the_others() {
    let dir = project(&[
        ("good.md", b"Korea installed 30,600 industrial robots.\n"),
        ("wrong.md", b"Korea installed 31,600 industrial robots.\n"),
        ("image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
    ]);
    let o = figcheck(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "good.md",
            "missing.md",
            "image.md",
            "wrong.md",
        ],
    );
    // Exit 2 (files were left out) though the others hold a contradiction (1 alone).
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error: missing.md: No such file or directory"),
        "{err}"
    );
    assert!(err.contains("error: image.md: looks binary"), "{err}");
    assert!(
        err.contains("error: 2 of 4 files could not be checked (see above); the others were"),
        "{err}"
    );
    // The report on stdout is whole, for the files that could be read.
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    let paths: Vec<&str> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert_eq!(paths, ["good.md", "wrong.md"]);
    let verdict = |file: usize| report["files"][file]["figures"][0]["verdict"].clone();
    assert_eq!(verdict(0), "supported");
    assert_eq!(verdict(1), "contradicted");

    // The human report ends with the total over the files checked.
    let o = figcheck(dir.path(), &["check", "good.md", "missing.md", "wrong.md"]);
    assert_eq!(code(&o), 2);
    assert!(
        stdout(&o).contains("2 files: 2 figures: 1 supported, 1 contradicted, 0 unsupported"),
        "{}",
        stdout(&o)
    );

    // One file alone that cannot be read: its own error, once.
    let o = figcheck(dir.path(), &["check", "missing.md"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim_end(),
        "error: missing.md: No such file or directory"
    );

    // `figures` lists the readable files the same way.
    let o = figcheck(dir.path(), &["figures", "missing.md", "good.md"]);
    assert_eq!(code(&o), 2);
    assert!(stdout(&o).contains("good.md: 1 figure"), "{}", stdout(&o));
    assert!(
        stderr(&o).contains("error: 1 of 2 files could not be read"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn utf16_drafts_with_a_byte_order_mark_are_checked() {
    let text = "Korea installed 30,600 industrial robots.\r\nÉric says 31,600.\r\n";
    let dir = project(&[("utf16.md", &utf16le(text)), ("utf8.md", text.as_bytes())]);
    let run = |file: &str| {
        let o = figcheck(dir.path(), &["check", "--format", "json", file]);
        assert!(code(&o) < 2, "{file}: {}", stderr(&o));
        let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
        report["files"][0]["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .map(|f| {
                (
                    f["line"].as_u64(),
                    f["column"].as_u64(),
                    f["verdict"].as_str().map(str::to_string),
                )
            })
            .collect::<Vec<_>>()
    };
    let utf16 = run("utf16.md");
    assert_eq!(utf16.len(), 2, "{utf16:?}");
    assert_eq!(
        utf16,
        run("utf8.md"),
        "same positions and verdicts as UTF-8"
    );
    // A UTF-8 byte-order mark does not shift line 1's columns.
    let mut marked = vec![0xEF, 0xBB, 0xBF];
    marked.extend(text.as_bytes());
    fs::write(dir.path().join("marked.md"), marked).expect("write");
    assert_eq!(run("marked.md"), utf16);

    // Without the mark it is named for what it is, with the fix.
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(dir.path().join("bare.md"), bare).expect("write");
    let o = figcheck(dir.path(), &["check", "bare.md"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(
            "bare.md: looks like UTF-16 saved without a byte-order mark; save it as UTF-8"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn claim_errors_show_the_claim_corrected() {
    let dir = project(&[(
        "facts.claims",
        b"Korea installed = 30,600 robots\nKorea installed == 30,600\nR&D spending = 5\n",
    )]);
    let o = figcheck(dir.path(), &["query", "Korea ranked >= top 3"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(
            "help: \"top 3\" already says <=; write it with =: Korea ranked = top 3, or drop the hedge: Korea ranked >= 3"
        ),
        "{}",
        stderr(&o)
    );

    // A claims file names file, line and column, then the line, caret and help.
    let o = figcheck(dir.path(), &["check", "facts.claims"]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(
        err.contains(
            "error: facts.claims:2:17: expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"==\"\n  Korea installed == 30,600\n                  ^\n  help: the claim language writes == as =: Korea installed = 30,600"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "help: put words with punctuation or symbols in double quotes: \"R&D\" spending = 5"
        ),
        "{err}"
    );

    // A claim starting with an excluded word needs no `--`.
    let o = figcheck(
        dir.path(),
        &["query", "-Japan Korea installed = 30,600 robots"],
    );
    assert!(code(&o) < 2, "{}", stderr(&o));
}

#[test]
fn config_and_corpus_errors_say_what_to_write() {
    let dir = project(&[
        ("a.md", b"Korea installed 30,600 industrial robots.\n"),
        ("figcheck.toml", b"[corpus]\npath = \"corpus\"\n"),
    ]);
    let o = figcheck(dir.path(), &["check", "a.md"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(
            "help: corpus folders are a list: write [[corpus]] (two brackets) above each folder's path"
        ),
        "{}",
        stderr(&o)
    );

    fs::write(
        dir.path().join("figcheck.toml"),
        "[[corpus]]\npath = \"corpus\"\ninclude = [\"*.pdf\"]\n",
    )
    .expect("write");
    let o = figcheck(dir.path(), &["check", "a.md"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("corpus dir corpus holds no sources figcheck reads: its include and exclude patterns leave out all 1 file in it"),
        "{}",
        stderr(&o)
    );

    fs::remove_file(dir.path().join("figcheck.toml")).expect("remove");
    let elsewhere = project(&[("a.md", b"Korea 30,600.\n")]);
    fs::remove_dir_all(elsewhere.path().join("corpus")).expect("remove corpus");
    let o = figcheck(elsewhere.path(), &["check", "a.md"]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(err.contains("--corpus DIR"), "{err}");
    assert!(err.contains("figcheck.toml"), "{err}");
}

#[test]
fn lsp_with_a_missing_config_file_says_so_before_starting() {
    let dir = project(&[]);
    let o = figcheck(dir.path(), &["--config", "nowhere.toml", "lsp"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim_end(),
        "error: nowhere.toml: no such config file"
    );
    assert!(Path::new(dir.path()).join("corpus").is_dir());
}

/// One framed JSON-RPC message.
fn frame(body: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{body}", body.len())
}

/// `figcheck lsp` logs through the `log` facade to stderr: its own lines and the index
/// library's, each under its target, filtered by `FIGCHECK_LOG`; stdout stays protocol.
#[test]
fn the_language_server_logs_its_own_and_its_libraries_lines() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = project(&[]);
    let root = dir.path().canonicalize().expect("root");
    let uri = format!("file://{}", root.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .arg("lsp")
        .current_dir(&root)
        .env("FIGCHECK_LOG", "debug")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start figcheck lsp");
    let mut input = child.stdin.take().expect("stdin");
    let init = format!(
        r#"{{"jsonrpc":"2.0","id":1,"method":"initialize","params":{{"processId":null,"rootUri":"{uri}","capabilities":{{}}}}}}"#
    );
    input.write_all(frame(&init).as_bytes()).expect("write");
    input
        .write_all(frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).as_bytes())
        .expect("write");
    // Time to index the one-file corpus before the session ends.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    input
        .write_all(frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#).as_bytes())
        .expect("write");
    input
        .write_all(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#).as_bytes())
        .expect("write");
    drop(input);
    let out = child.wait_with_output().expect("figcheck lsp ends");
    // 0 after shutdown then exit; 1 when `exit` overtook the shutdown in flight. Either
    // way a clean end, not a crash.
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    let log = stderr(&out);
    assert!(log.contains("[figcheck_lsp "), "{log}");
    assert!(
        log.contains("[tantivy"),
        "the index library's lines reach the log: {log}"
    );
    assert!(
        stdout(&out).starts_with("Content-Length: "),
        "{}",
        stdout(&out)
    );
}

/// `--help` says what each argument is and, for the language server, where the corpus
/// comes from, with examples.
#[test]
fn help_names_every_argument_and_the_lsp_corpus() {
    let dir = project(&[]);
    let o = figcheck(dir.path(), &["figures", "--help"]);
    assert_eq!(code(&o), 0);
    assert!(
        stdout(&o).contains("Drafts to read (Markdown or plain text)"),
        "{}",
        stdout(&o)
    );
    let o = figcheck(dir.path(), &["lsp", "--help"]);
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    for part in [
        "Examples:",
        "figcheck.toml",
        "--config",
        "corpus/",
        "FIGCHECK_LOG",
    ] {
        assert!(help.contains(part), "{part}: {help}");
    }
    let o = figcheck(dir.path(), &["query", "--help"]);
    assert!(
        stdout(&o).contains("without `--` in front"),
        "{}",
        stdout(&o)
    );
}
