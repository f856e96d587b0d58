//! The reproducers of issue 7 ("never crash, never hang, never lie about positions"), run
//! against the built binary: each exits 0, 1 or 2 with a message, never 101 with a panic,
//! and reports the positions a person would count.

mod common;

use std::fs;
use std::path::Path;

use common::{code, figcheck, repo_root, stderr, stdout};
use serde_json::Value;

/// A scratch directory holding `files` (path, text).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, text) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

fn assert_no_panic(o: &std::process::Output, what: &str) {
    let c = code(o);
    assert!(
        (0..=2).contains(&c),
        "{what}: exit {c}\n{}\n{}",
        stdout(o),
        stderr(o)
    );
    assert!(!stderr(o).contains("panicked"), "{what}: {}", stderr(o));
}

fn json(o: &std::process::Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("JSON: {e}\n{}", stdout(o)))
}

/// (line, column, verdict) of every figure of the first file in a JSON report.
fn figures(report: &Value) -> Vec<(u64, u64, String)> {
    report["files"][0]["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or(0),
                f["column"].as_u64().unwrap_or(0),
                f["verdict"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const CAPITALS: [&str; 7] = ["Éric", "Ökan", "Жанна", "Ωmega", "İzmir", "Ⅻ", "Âge"];

#[test]
fn non_ascii_capitals_in_drafts_claims_and_claims_files() {
    for name in CAPITALS {
        let draft = format!("Korea and {name} said 5.\n{name} Motors sold 1,200 cars.\n");
        let dir = project(&[
            ("x.md", &draft),
            ("facts.claims", &format!("{name} cars = 1,200\n")),
            (
                "corpus/a.txt",
                "Korea installed 30,600 industrial robots.\n",
            ),
        ]);
        let o = figcheck(dir.path(), &["figures", "x.md"]);
        assert_no_panic(&o, name);
        assert_eq!(code(&o), 0, "{name}");
        assert!(stdout(&o).contains("1,200"), "{name}: {}", stdout(&o));
        let o = figcheck(dir.path(), &["check", "x.md", "facts.claims"]);
        assert_no_panic(&o, name);
        let o = figcheck(dir.path(), &["query", &format!("{name} cars = 1,200")]);
        assert_no_panic(&o, name);
    }
}

#[test]
fn a_source_with_accented_names_keeps_its_figures() {
    let dir = project(&[
        (
            "corpus/a.txt",
            "Éric Dupont's factory in Östersund installed 4,200 robots in 2024.\n",
        ),
        (
            "x.md",
            "Éric Dupont's factory in Östersund installed 4,200 robots in 2024.\n",
        ),
    ]);
    let o = figcheck(dir.path(), &["check", "--format", "json", "x.md"]);
    assert_no_panic(&o, "accented source");
    assert!(!stderr(&o).contains("skipped"), "{}", stderr(&o));
    let found = figures(&json(&o));
    assert!(
        found.iter().any(|(_, _, v)| v == "supported"),
        "the source's figures were read: {found:?}"
    );
}

#[test]
fn a_name_then_a_bare_decimal_is_no_crash() {
    for text in ["Y .5", "US .5", "Y .5\n", "the US .5 and Y .25 more"] {
        let dir = project(&[("x.md", text)]);
        let o = figcheck(dir.path(), &["figures", "x.md"]);
        assert_no_panic(&o, text);
        assert_eq!(code(&o), 0, "{text}");
    }
}

#[test]
fn every_line_ending_gives_the_same_positions_and_verdicts() {
    let corpus = repo_root().join("corpus");
    let corpus = corpus.to_str().expect("UTF-8 path");
    let mut seen = Vec::new();
    for nl in ["\n", "\r\n", "\r"] {
        let text =
            format!("Intro.{nl}Korea installed 31,600 robots.{nl}Japan installed 44,500.{nl}");
        let dir = project(&[("x.md", &text)]);
        let o = figcheck(
            dir.path(),
            &["check", "--corpus", corpus, "--format", "json", "x.md"],
        );
        assert_no_panic(&o, "line endings");
        let found = figures(&json(&o));
        assert_eq!(
            found.first().map(|f| (f.0, f.1)),
            Some((2, 17)),
            "{nl:?}: {found:?}"
        );
        seen.push(found);
    }
    assert_eq!(seen[0], seen[1], "CRLF gives the LF positions and verdicts");
    assert_eq!(seen[0], seen[2], "CR gives the LF positions and verdicts");
}

#[test]
fn pathological_drafts_finish_with_a_report() {
    // Shapes that were quadratic or worse; the growth tests in crates/figures bound their
    // work, this checks the whole binary reports on them.
    let shapes = [
        format!("{}0", "1,".repeat(16_000)),
        format!("{}0", "1.".repeat(16_000)),
        format!("{}more.", "Korea installed 30,600 robots and ".repeat(400)),
        "1 ".repeat(5_000),
    ];
    for text in &shapes {
        let dir = project(&[
            ("x.md", text),
            ("corpus/a.txt", "Korea installed 30,600 robots.\n"),
        ]);
        let o = figcheck(dir.path(), &["check", "--format", "json", "x.md"]);
        assert_no_panic(&o, &text[..20]);
        let _ = json(&o);
    }
}

#[test]
fn drafts_over_the_size_limit_are_refused_by_name() {
    let dir = project(&[("figcheck.toml", "max-draft-bytes = 1000\n")]);
    fs::write(
        dir.path().join("big.md"),
        "Korea installed 30,600 robots. ".repeat(100),
    )
    .expect("write");
    fs::write(
        dir.path().join("small.md"),
        "Korea installed 30,600 robots.\n",
    )
    .expect("write");
    fs::create_dir_all(dir.path().join("corpus")).expect("mkdir");
    fs::write(
        Path::new(dir.path()).join("corpus/a.txt"),
        "Korea installed 30,600 robots.\n",
    )
    .expect("write");
    let o = figcheck(dir.path(), &["check", "big.md"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("big.md"), "{}", stderr(&o));
    assert!(stderr(&o).contains("max-draft-bytes"), "{}", stderr(&o));
    let o = figcheck(dir.path(), &["check", "small.md"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}
