//! The `figcheck` binary end to end, against the bundled corpus.
//!
//! Every test runs from the repository root (so sources show as `corpus/…`) with its own
//! temporary `--index`, so tests never write into the repository and can run in parallel.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{code, figcheck, repo_root, stderr, stdout, utf8};

/// A scratch directory for drafts and the index.
struct Scratch {
    dir: TempDir,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write draft");
        path
    }

    fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// `figcheck <command> --corpus corpus --index <scratch> <args…>`
    fn run_with_corpus(&self, command: &str, args: &[&str]) -> Output {
        let index = self.index();
        let mut all = vec![
            command,
            "--corpus",
            "corpus",
            "--index",
            index.to_str().expect("UTF-8 temp path"),
        ];
        all.extend_from_slice(args);
        run(&all)
    }
}

fn run(args: &[&str]) -> Output {
    figcheck(&repo_root(), args)
}

#[test]
fn supported_draft_exits_0() {
    let s = Scratch::new();
    let draft = s.file("ok.md", "Korea installed 30,600 industrial robots.\n");
    let out = s.run_with_corpus("check", &[utf8(&draft)]);
    assert_eq!(
        code(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("1 figure: 1 supported, 0 contradicted, 0 unsupported"));
}

#[test]
fn explain_says_what_a_check_suggests() {
    let s = Scratch::new();
    let draft = s.file("robots.md", "Korea installed 31,600 industrial robots.\n");
    let out = s.run_with_corpus("explain", &["--limit", "1", utf8(&draft)]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(":1:17: 31,600 — contradicted, suggest 30,600"),
        "{text}"
    );
    let out = s.run_with_corpus("explain", &["--json", utf8(&draft)]);
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("explain --json is JSON");
    assert_eq!(doc[0]["suggestion"], "30,600", "{doc}");
}

#[test]
fn contradicted_figure_exits_1_with_the_source_value() {
    let s = Scratch::new();
    let draft = s.file("robots.md", "Korea installed 31,600 industrial robots.\n");
    let out = s.run_with_corpus("check", &[utf8(&draft)]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("error[contradicted]: 31,600 — the source says 30,600"),
        "{text}"
    );
    assert!(
        text.contains(&format!("--> {}:1:17", utf8(&draft))),
        "{text}"
    );
    assert!(text.contains("^^^^^^ suggest: 30,600"), "{text}");
    assert!(
        text.contains("= source: corpus/003_57944011cd868486.txt:"),
        "{text}"
    );
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn json_report_has_the_documented_shape() {
    let s = Scratch::new();
    let draft = s.file("robots.md", "Korea installed 31,600 industrial robots.\n");
    let out = s.run_with_corpus("check", &["--format", "json", utf8(&draft)]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["files"][0]["path"], utf8(&draft));
    let fig = &doc["files"][0]["figures"][0];
    assert_eq!(fig["text"], "31,600");
    assert_eq!(
        (fig["line"].as_u64(), fig["column"].as_u64()),
        (Some(1), Some(17))
    );
    assert_eq!(
        (fig["end_line"].as_u64(), fig["end_column"].as_u64()),
        (Some(1), Some(23))
    );
    assert_eq!(
        (fig["byte_start"].as_u64(), fig["byte_end"].as_u64()),
        (Some(16), Some(22))
    );
    assert_eq!(fig["value"], 31600.0);
    assert_eq!(fig["kind"], "number");
    assert_eq!(fig["verdict"], "contradicted");
    assert_eq!(fig["suggestion"], "30,600");
    assert!(fig["claim"].as_str().is_some_and(|c| c.contains("31,600")));
    let ev = &fig["evidence"][0];
    assert!(
        ev["source"]
            .as_str()
            .is_some_and(|p| p.ends_with("003_57944011cd868486.txt"))
    );
    assert_eq!(ev["value"], 30600.0);
    assert!(ev["quote"].as_str().is_some_and(|q| q.contains("30,600")));
    assert!(ev["line"].as_u64().is_some() && ev["column"].as_u64().is_some());
    assert_eq!(doc["summary"]["contradicted"], 1);
    assert_eq!(doc["summary"]["figures"], 1);
}

#[test]
fn colour_only_when_asked_for() {
    let s = Scratch::new();
    let draft = s.file("robots.md", "Korea installed 31,600 industrial robots.\n");
    let out = s.run_with_corpus("check", &["--color", "always", utf8(&draft)]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("\x1b[1;31merror[contradicted]"));
}

#[test]
fn missing_file_exits_2_naming_it() {
    let s = Scratch::new();
    let missing = s.dir.path().join("nope.md");
    let out = s.run_with_corpus("check", &[utf8(&missing)]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out).trim_end(),
        format!("error: {}: No such file or directory", utf8(&missing))
    );
}

#[test]
fn binary_file_exits_2_naming_it() {
    let s = Scratch::new();
    let png = s.file("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let out = s.run_with_corpus("check", &[utf8(&png)]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!(
            "error: {}: looks binary (NUL byte at 8)",
            utf8(&png)
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_utf8_exits_2_naming_it() {
    let s = Scratch::new();
    let latin1 = s.file("x.md", b"Korea installed 30,600 robots in S\xe3o Paulo.\n");
    let out = s.run_with_corpus("check", &[utf8(&latin1)]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!(
            "error: {}: not valid UTF-8 (byte 34)",
            utf8(&latin1)
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unreadable_sources_in_front_matter_exit_2_naming_the_draft() {
    let s = Scratch::new();
    let draft = s.file(
        "d.md",
        b"---\nsources: [corpus/a.txt\n---\n\nKorea had 30,600.\n",
    );
    let out = s.run_with_corpus("check", &[utf8(&draft)]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!("error: {}: front matter line ", utf8(&draft))),
        "{}",
        stderr(&out)
    );
    // A named source the corpus does not hold is a typo, not a reason to flag every figure.
    let typo = s.file(
        "t.md",
        b"---\nsources: [corpus/nope.txt]\n---\n\nKorea had 30,600.\n",
    );
    let out = s.run_with_corpus("check", &[utf8(&typo)]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!(
            "error: {}: front matter: no source in the corpus matches corpus/nope.txt",
            utf8(&typo)
        )),
        "{}",
        stderr(&out)
    );
    // Front matter figcheck does not read may be anything the site generator reads.
    let other = s.file("o.md", b"---\ntitle: [unclosed\n---\n\nKorea had 30,600.\n");
    assert_ne!(code(&s.run_with_corpus("check", &[utf8(&other)])), 2);
}

#[test]
fn oversized_draft_exits_2_without_reading_it() {
    let s = Scratch::new();
    let big = s.dir.path().join("huge.md");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(17 * 1024 * 1024).expect("sparse file");
    let out = s.run_with_corpus("check", &[utf8(&big)]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains(&format!("error: {}: too large", utf8(&big))));
}

#[test]
fn unreadable_corpus_exits_2() {
    let s = Scratch::new();
    let draft = s.file("ok.md", "Korea installed 30,600 industrial robots.\n");
    let index = s.index();
    let out = run(&[
        "check",
        "--corpus",
        "no-such-corpus",
        "--index",
        utf8(&index),
        utf8(&draft),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no-such-corpus"), "{}", stderr(&out));
}

#[test]
fn bad_claim_exits_2_with_a_caret_under_the_column() {
    let s = Scratch::new();
    let out = s.run_with_corpus("query", &["Korea installed 31,600"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].starts_with("error: column 17: expected a comparison"),
        "{err}"
    );
    assert_eq!(lines[1], "  Korea installed 31,600");
    assert_eq!(lines[2], "                  ^");
}

#[test]
fn query_verdicts_set_the_exit_status() {
    let s = Scratch::new();
    let out = s.run_with_corpus("query", &["Korea installed = 30,600 robots"]);
    assert_eq!(
        code(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("note[supported]"), "{}", stdout(&out));

    let out = s.run_with_corpus("query", &["Korea installed = 31,600 robots"]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("suggest: 30,600"), "{}", stdout(&out));

    let out = s.run_with_corpus(
        "query",
        &["--format", "json", "Korea installed = 31,600 robots"],
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(doc["files"][0]["figures"][0]["verdict"], "contradicted");
}

#[test]
fn claims_files_are_evaluated_line_by_line() {
    let s = Scratch::new();
    let claims = s.file(
        "facts.claims",
        "# robots\nKorea installed = 30,600 robots\n\nKorea installed = 31,600 robots\n",
    );
    let out = s.run_with_corpus("check", &[utf8(&claims)]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("--> {}:4:19", utf8(&claims))),
        "{text}"
    );
    assert!(
        text.contains("2 figures: 1 supported, 1 contradicted, 0 unsupported"),
        "{text}"
    );
}

#[test]
fn bad_line_in_a_claims_file_exits_2_with_its_position() {
    let s = Scratch::new();
    let claims = s.file(
        "facts.claims",
        "Korea installed = 30,600 robots\n# fine\nKorea installed 31,600\n",
    );
    let out = s.run_with_corpus("check", &[utf8(&claims)]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "error: {}:3:17: expected a comparison",
            utf8(&claims)
        )),
        "{err}"
    );
    assert!(
        err.contains("\n  Korea installed 31,600\n                  ^\n"),
        "{err}"
    );
}

#[test]
fn figures_json_skips_markdown_code() {
    let s = Scratch::new();
    let draft = s.file(
        "code.md",
        "Korea installed 30,600 robots; see `limit = 4096` and\n\n```\nlet n = 77;\n```\n",
    );
    // No corpus needed: run from the scratch dir, where there is none.
    let out = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(["figures", "--format", "json", utf8(&draft)])
        .current_dir(s.dir.path())
        .output()
        .expect("run figcheck");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let texts: Vec<&str> = doc["files"][0]["figures"]
        .as_array()
        .expect("figures array")
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect();
    assert_eq!(texts, ["30,600"]);
    assert_eq!(doc["summary"], serde_json::json!({"figures": 1}));
    let fig = &doc["files"][0]["figures"][0];
    assert!(fig.get("verdict").is_none() && fig.get("evidence").is_none());
}

#[test]
fn figures_table_for_people() {
    let s = Scratch::new();
    let draft = s.file("d.txt", "Korea installed 30,600 industrial robots.\n");
    let out = run(&["figures", utf8(&draft)]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("  1:17  number  30600  robots  30,600\n"),
        "{text}"
    );
}

#[test]
fn index_reports_what_it_did() {
    let s = Scratch::new();
    let out = s.run_with_corpus("index", &[]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let first = stdout(&out);
    assert!(
        first.starts_with("indexed 2 files, reused 0, removed 0: "),
        "{first}"
    );
    assert!(first.trim_end().ends_with(" figures"), "{first}");
    let out = s.run_with_corpus("index", &[]);
    assert!(stdout(&out).starts_with("indexed 0 files, reused 2, removed 0: "));
    assert!(s.index().exists(), "the index goes where --index says");
}

#[test]
fn help_teaches_with_examples() {
    for command in ["check", "figures", "query", "index"] {
        let out = run(&[command, "--help"]);
        assert_eq!(code(&out), 0);
        let text = stdout(&out);
        assert!(text.contains("Examples:\n  figcheck "), "{command}: {text}");
    }
    let out = run(&["--help"]);
    assert!(stdout(&out).contains("Exit status"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&run(&["check"])), 2);
    assert_eq!(code(&run(&["check", "--format", "xml", "a.md"])), 2);
}
