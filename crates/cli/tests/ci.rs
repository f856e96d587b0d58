//! `figcheck check` as CI runs it: every output format against golden files, SARIF against
//! the official schema, GitHub workflow commands against the runner's grammar, the config
//! file, suppressions, `--fail-on`, `--output` and `--changed-since`.
//!
//! The golden tests run from the repository root on the fixtures in `tests/ci/` with
//! `tests/ci/figcheck.toml` and compare stdout with `tests/ci/golden/check.<format>`. When
//! the engine's verdicts or claims change on purpose, regenerate them with
//! `FIGCHECK_BLESS=1 cargo test -p figcheck --test ci` and review the diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{code, figcheck, repo_root, sarif_errors, stderr, stdout, utf8};

/// `figcheck check` on the fixtures with the fixture config, in `format`.
fn check_fixtures(format: &str) -> Output {
    let index = tempfile::tempdir().expect("temp dir");
    let out = figcheck(
        &repo_root(),
        &[
            "check",
            "--config",
            "tests/ci/figcheck.toml",
            "--corpus",
            "corpus",
            "--index",
            utf8(index.path()),
            "--format",
            format,
        ],
    );
    assert_eq!(
        code(&out),
        1,
        "the fixtures have contradicted figures\nstderr: {}",
        stderr(&out)
    );
    out
}

/// Compares `actual` with `tests/ci/golden/<name>`, or rewrites it under FIGCHECK_BLESS.
fn golden(name: &str, actual: &str) {
    let path = repo_root().join("tests/ci/golden").join(name);
    if std::env::var_os("FIGCHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden dir")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; create it with FIGCHECK_BLESS=1", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file from line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             full output:\n{actual}\n(if the change is intended: FIGCHECK_BLESS=1 cargo test -p figcheck --test ci)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first),
        );
    }
}

/// The SARIF log with the tool's version replaced, so the golden survives releases.
fn redact_version(sarif: &str) -> String {
    let v = env!("CARGO_PKG_VERSION");
    sarif.replace(
        &format!("\"version\": \"{v}\",\n          \"semanticVersion\": \"{v}\""),
        "\"version\": \"VERSION\",\n          \"semanticVersion\": \"VERSION\"",
    )
}

#[test]
fn golden_human() {
    golden("check.human", &stdout(&check_fixtures("human")));
}

#[test]
fn golden_json() {
    let out = stdout(&check_fixtures("json"));
    golden("check.json", &out);
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    // Suppressed and ignored figures are gone; unused suppressions are warnings.
    let draft = &doc["files"][0];
    assert_eq!(draft["path"], "tests/ci/draft.md");
    let texts: Vec<&str> = draft["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect();
    for gone in ["70-billion", "90-billion", "77%", "42"] {
        assert!(!texts.contains(&gone), "{gone} is suppressed: {texts:?}");
    }
    let warnings = draft["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 2);
    assert_eq!(warnings[0]["rule"], "unused-suppression");
    assert_eq!(warnings[0]["comment"], "<!-- figcheck-ignore 31,600 -->");
}

#[test]
fn golden_sarif_valid_against_the_schema() {
    let out = stdout(&check_fixtures("sarif"));
    golden("check.sarif", &redact_version(&out));
    let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    let errors = sarif_errors(&log);
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    let results = log["runs"][0]["results"].as_array().expect("results");
    let rules: Vec<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert!(
        !rules.contains(&"supported"),
        "supported figures are not results"
    );
    assert!(rules.contains(&"unused-suppression"));
    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn the_schema_check_catches_invalid_sarif() {
    let mut log: Value =
        serde_json::from_str(&stdout(&check_fixtures("sarif"))).expect("SARIF is JSON");
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    log["runs"][0]["columnKind"] = Value::from("bytes");
    assert_eq!(sarif_errors(&log).len(), 2, "{:?}", sarif_errors(&log));
}

#[test]
fn golden_github() {
    let out = stdout(&check_fixtures("github"));
    golden("check.github", &out);
    let commands: Vec<WorkflowCommand> = out
        .lines()
        .map(|l| parse_command(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(commands[0].command, "error");
    assert_eq!(commands[0].prop("file"), Some("tests/ci/draft.md"));
    assert_eq!(commands[0].prop("title"), Some("figcheck: contradicted"));
    assert!(commands[0].message.contains('\n'), "multi-line message");
    // A message with `%` in it ("12%") comes back intact after unescaping.
    assert!(
        commands
            .iter()
            .any(|c| c.message.starts_with("12% — no source states this")),
        "{out}"
    );
    assert!(
        commands
            .iter()
            .any(|c| c.command == "warning"
                && c.prop("title") == Some("figcheck: unused-suppression"))
    );
}

#[test]
fn golden_gitlab() {
    let out = stdout(&check_fixtures("gitlab"));
    golden("check.gitlab", &out);
    let issues: Value = serde_json::from_str(&out).expect("JSON");
    for issue in issues.as_array().expect("an array of issues") {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(issue[key].is_string(), "{key} in {issue}");
        }
        assert!(issue["location"]["path"].is_string());
        assert!(issue["location"]["positions"]["begin"]["line"].is_u64());
    }
}

/// A GitHub Actions workflow command, unescaped.
#[derive(Debug)]
struct WorkflowCommand {
    command: String,
    props: Vec<(String, String)>,
    message: String,
}

impl WorkflowCommand {
    fn prop(&self, key: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses one line by the runner's grammar: `::name key=value,key=value::message`, where
/// a property value holds no raw `,`, `:`, CR or LF, a message no raw CR or LF, and every
/// `%` starts one of the escapes the runner decodes in that position.
fn parse_command(line: &str) -> Result<WorkflowCommand, String> {
    let rest = line.strip_prefix("::").ok_or("does not start with ::")?;
    let (head, message) = rest.split_once("::").ok_or("no :: before the message")?;
    let (command, props) = match head.split_once(' ') {
        Some((c, p)) => (c, p),
        None => (head, ""),
    };
    if !["error", "warning", "notice"].contains(&command) {
        return Err(format!("unknown command {command}"));
    }
    let mut parsed = Vec::new();
    for prop in props.split(',').filter(|p| !p.is_empty()) {
        let (key, value) = prop.split_once('=').ok_or("property without =")?;
        if !["file", "line", "col", "endLine", "endColumn", "title"].contains(&key) {
            return Err(format!("unknown property {key}"));
        }
        if value.contains([':', '\r', '\n']) {
            return Err(format!("unescaped character in {key}"));
        }
        if ["line", "col", "endLine", "endColumn"].contains(&key)
            && value.parse::<usize>().map_or(true, |n| n == 0)
        {
            return Err(format!("{key} is not a 1-based number"));
        }
        parsed.push((
            key.to_owned(),
            unescape(value, &["%25", "%0D", "%0A", "%3A", "%2C"])?,
        ));
    }
    if message.contains(['\r', '\n']) {
        return Err("unescaped line break in the message".to_owned());
    }
    Ok(WorkflowCommand {
        command: command.to_owned(),
        props: parsed,
        message: unescape(message, &["%25", "%0D", "%0A"])?,
    })
}

fn unescape(s: &str, allowed: &[&str]) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let escape = rest.get(i..i + 3).ok_or("truncated % escape")?;
        if !allowed.contains(&escape) {
            return Err(format!("% not escaped: {escape}"));
        }
        out.push(match escape {
            "%25" => '%',
            "%0D" => '\r',
            "%0A" => '\n',
            "%3A" => ':',
            _ => ',',
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

#[test]
fn the_command_parser_rejects_bad_escapes() {
    assert!(parse_command("::error file=a:b.md::m").is_err());
    assert!(parse_command("::error file=a.md::50% off").is_err());
    assert!(parse_command("::error line=0::m").is_err());
    assert!(parse_command("::error file=a%3Ab.md,line=2::50%25 off").is_ok());
}

#[test]
fn github_properties_escape_awkward_paths() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "draft, v2: final 100%.md";
    std::fs::write(
        dir.path().join(name),
        "Korea installed 31,600 industrial robots.\n",
    )
    .expect("write");
    let corpus = repo_root().join("corpus");
    let index = dir.path().join("index");
    let out = figcheck(
        dir.path(),
        &[
            "check",
            "--corpus",
            utf8(&corpus),
            "--index",
            utf8(&index),
            "--format",
            "github",
            name,
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("::error file=draft%2C v2%3A final 100%25.md,line=1,col=17,"),
        "{text}"
    );
    let command = parse_command(text.lines().next().expect("a line")).expect("parses");
    assert_eq!(command.prop("file"), Some(name));
}

#[test]
fn claims_file_golden_and_exit_status() {
    let index = tempfile::tempdir().expect("temp dir");
    let out = figcheck(
        &repo_root(),
        &[
            "check",
            "--corpus",
            "corpus",
            "--index",
            utf8(index.path()),
            "tests/ci/facts.claims",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    golden("facts.human", &text);
    // Every claim the corpus does not support is an error, pointing at its line and column.
    assert!(text.contains("error[contradicted]: 44,500"), "{text}");
    assert!(text.contains("--> tests/ci/facts.claims:3:29"), "{text}");
    assert!(text.contains("error[unsupported]: 70 billion"), "{text}");
    assert!(text.contains("--> tests/ci/facts.claims:4:17"), "{text}");
}

/// A scratch project: a copy of the bundled corpus under `corpus/`, and files to add.
struct Project {
    dir: TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).expect("mkdir corpus");
        for entry in std::fs::read_dir(repo_root().join("corpus")).expect("bundled corpus") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                std::fs::copy(&path, corpus.join(path.file_name().expect("name")))
                    .expect("copy source");
            }
        }
        Project { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn file(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        path
    }

    fn run(&self, args: &[&str]) -> Output {
        figcheck(self.path(), args)
    }

    fn run_in(&self, sub: &str, args: &[&str]) -> Output {
        figcheck(&self.path().join(sub), args)
    }
}

const CONTRADICTED: &str = "Korea installed 31,600 industrial robots.\n";
const UNSUPPORTED: &str = "Samsung plans a 70-billion parameter model of its own.\n";

#[test]
fn config_is_found_walking_up_and_lists_the_drafts() {
    let p = Project::new();
    p.file(
        "figcheck.toml",
        "drafts = [\"drafts/**/*.md\"]\n[severity]\nunsupported = \"off\"\n",
    );
    p.file("drafts/a.md", CONTRADICTED);
    p.file("drafts/deep/b.md", UNSUPPORTED);
    p.file("drafts/notes.txt", CONTRADICTED);
    let out = p.run_in("drafts/deep", &["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("--> ../../drafts/a.md:1:17"), "{text}");
    assert!(text.contains("= source: ../../corpus/003_"), "{text}");
    assert!(
        text.contains("b.md: 1 figure: 0 supported, 0 contradicted, 1 unsupported"),
        "{text}"
    );
    assert!(
        !text.contains("[unsupported]"),
        "severity off hides it: {text}"
    );
    assert!(
        !text.contains("notes.txt"),
        "not matched by the glob: {text}"
    );
    assert!(
        p.path().join("corpus/.figcheck/index").is_dir(),
        "the index goes inside the config's corpus"
    );
}

#[test]
fn unsupported_off_does_not_fail_the_run() {
    let p = Project::new();
    p.file("figcheck.toml", "[severity]\nunsupported = \"off\"\n");
    p.file("a.md", UNSUPPORTED);
    let out = p.run(&["check", "a.md"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
}

#[test]
fn info_is_shown_but_never_fails() {
    let p = Project::new();
    p.file("figcheck.toml", "[severity]\nunsupported = \"info\"\n");
    p.file("a.md", UNSUPPORTED);
    let out = p.run(&["check", "a.md"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("info[unsupported]: 70-billion"));
    let out = p.run(&["check", "--format", "github", "a.md"]);
    assert!(
        stdout(&out).starts_with("::notice file=a.md,"),
        "{}",
        stdout(&out)
    );
    let out = p.run(&["check", "--format", "sarif", "a.md"]);
    let log: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(log["runs"][0]["results"][0]["level"], "note");
}

#[test]
fn unknown_config_keys_name_the_key_and_the_file() {
    let p = Project::new();
    p.file("figcheck.toml", "[severity]\nunsuported = \"off\"\n");
    p.file("a.md", CONTRADICTED);
    let out = p.run_in(".", &["check", "a.md"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("figcheck.toml"), "{err}");
    assert!(err.contains("unsuported"), "{err}");
}

#[test]
fn explicit_config_and_flags_override_it() {
    let p = Project::new();
    p.file(
        "conf/strict.toml",
        "fail-on = \"never\"\n[[corpus]]\npath = \"../corpus\"\n",
    );
    p.file("a.md", CONTRADICTED);
    let out = p.run(&["check", "--config", "conf/strict.toml", "a.md"]);
    assert_eq!(code(&out), 0, "fail-on never: {}", stderr(&out));
    assert!(
        stdout(&out).contains("error[contradicted]"),
        "still reported"
    );
    let out = p.run(&[
        "check",
        "--config",
        "conf/strict.toml",
        "--fail-on",
        "contradicted",
        "a.md",
    ]);
    assert_eq!(code(&out), 1, "the flag wins over the file");
    let out = p.run(&["check", "--config", "conf/missing.toml", "a.md"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("conf/missing.toml"),
        "{}",
        stderr(&out)
    );
    // --corpus replaces the config's corpus.
    let out = p.run(&[
        "check",
        "--config",
        "conf/strict.toml",
        "--corpus",
        "nowhere",
        "a.md",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("nowhere"), "{}", stderr(&out));
}

#[test]
fn no_files_and_no_drafts_is_an_error() {
    let p = Project::new();
    p.file("figcheck.toml", "tolerance = 0.1\n");
    let out = p.run(&["check"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("list them as `drafts` in figcheck.toml"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fail_on_thresholds() {
    let p = Project::new();
    p.file("u.md", UNSUPPORTED);
    p.file("c.md", CONTRADICTED);
    let status = |args: &[&str]| code(&p.run(args));
    assert_eq!(status(&["check", "u.md"]), 1, "default: any flag fails");
    assert_eq!(status(&["check", "--fail-on", "unsupported", "u.md"]), 1);
    assert_eq!(status(&["check", "--fail-on", "contradicted", "u.md"]), 0);
    assert_eq!(status(&["check", "--fail-on", "contradicted", "c.md"]), 1);
    assert_eq!(status(&["check", "--fail-on", "never", "c.md"]), 0);
    assert_eq!(status(&["check", "--fail-on", "sometimes", "c.md"]), 2);
}

#[test]
fn configured_tolerance_reaches_hedged_figures() {
    let p = Project::new();
    p.file(
        "a.md",
        "Korea installed about 28,500 industrial robots last year.\n",
    );
    let out = p.run(&["check", "a.md"]);
    assert_eq!(code(&out), 1, "28,500 is 7% off 30,600: {}", stdout(&out));
    p.file("figcheck.toml", "tolerance = 0.1\n");
    let out = p.run(&["check", "--verbose", "a.md"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).contains("= claim: Korea"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("~ 28,500 robots ±10%"),
        "{}",
        stdout(&out)
    );
    let out = p.run(&["check", "--tolerance", "0.05", "a.md"]);
    assert_eq!(code(&out), 1, "the flag wins over the file");
}

#[test]
fn output_file_gets_the_report_and_the_status_stays() {
    let p = Project::new();
    p.file("a.md", CONTRADICTED);
    let out = p.run(&[
        "check",
        "--format",
        "sarif",
        "--output",
        "out.sarif",
        "a.md",
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let log: Value =
        serde_json::from_slice(&std::fs::read(p.path().join("out.sarif")).expect("written"))
            .expect("JSON");
    assert_eq!(log["runs"][0]["results"][0]["ruleId"], "contradicted");
    let out = p.run(&["check", "--color", "auto", "-o", "out.txt", "a.md"]);
    assert_eq!(code(&out), 1);
    let text = std::fs::read_to_string(p.path().join("out.txt")).expect("written");
    assert!(text.starts_with("error[contradicted]"), "{text}");
    let out = p.run(&["check", "--output", "no/such/dir/out.json", "a.md"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no/such/dir/out.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn suppressions_in_plain_text_and_markdown() {
    let p = Project::new();
    p.file(
        "a.txt",
        "<!-- figcheck-ignore 31,600 -->\nKorea installed 31,600 industrial robots.\n<!-- a note: 77 robots -->\n",
    );
    let out = p.run(&["check", "--format", "json", "a.txt"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["files"][0]["figures"], Value::Array(Vec::new()));
    assert_eq!(doc["files"][0]["warnings"], Value::Array(Vec::new()));

    p.file(
        "b.md",
        "<!-- figcheck-disable-next-line -->\nKorea installed 30,600 industrial robots.\n",
    );
    let out = p.run(&["check", "b.md"]);
    assert_eq!(code(&out), 0, "a stale suppression warns but does not fail");
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "warning[unused-suppression]: suppresses nothing: no reported figure on line 2\n  --> b.md:1:1\n"
        ),
        "{text}"
    );
}

/// A git repository in a temp dir with the corpus beside it, committing as a test user.
struct Repo {
    project: Project,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            project: Project::new(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "figcheck tests"]);
        repo.git(&["config", "user.email", "tests@figcheck.invalid"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo
    }

    fn git(&self, args: &[&str]) {
        let out = Command::new("git")
            .args(args)
            .current_dir(self.project.path())
            .output()
            .expect("run git");
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }
}

#[test]
fn changed_since_reports_only_changed_lines() {
    let repo = Repo::new();
    let p = &repo.project;
    p.file(".gitignore", ".figcheck/\n");
    p.file(
        "draft.md",
        "Korea installed 31,600 industrial robots.\n\nSamsung plans a 70-billion parameter model of its own.\n",
    );
    repo.commit("first draft");
    repo.git(&["tag", "base"]);
    // Edit line 3, add line 5; line 1's known problem stays.
    p.file(
        "draft.md",
        "Korea installed 31,600 industrial robots.\n\nSamsung plans an 80-billion parameter model of its own.\n\nThe United States installed 44,500 robots.\n",
    );
    repo.commit("second draft");
    p.file("new.md", "Japan installed 45,500 robots.\n");

    let figures = |out: &Output| -> Vec<(String, u64)> {
        let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        doc["files"]
            .as_array()
            .expect("files")
            .iter()
            .flat_map(|f| f["figures"].as_array().cloned().unwrap_or_default())
            .filter_map(|f| Some((f["text"].as_str()?.to_owned(), f["line"].as_u64()?)))
            .collect()
    };
    let out = p.run(&[
        "check",
        "--format",
        "json",
        "--changed-since",
        "base",
        "draft.md",
        "new.md",
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        figures(&out),
        [
            ("80-billion".to_owned(), 3),
            ("44,500".to_owned(), 5),
            ("45,500".to_owned(), 1)
        ],
        "line 1 is unchanged; new.md is untracked, so all of it counts"
    );

    // Uncommitted edits count too; nothing changed since HEAD in draft.md otherwise.
    let out = p.run(&[
        "check",
        "--format",
        "json",
        "--changed-since",
        "HEAD",
        "draft.md",
    ]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(figures(&out).is_empty());
    p.file(
        "draft.md",
        "Korea installed 31,600 industrial robots.\n\nSamsung plans an 80-billion parameter model of its own.\n\nThe United States installed 34,200 robots, Japan 44,500.\n",
    );
    let out = p.run(&[
        "check",
        "--format",
        "json",
        "--changed-since",
        "HEAD",
        "draft.md",
    ]);
    let lines: Vec<u64> = figures(&out).into_iter().map(|(_, l)| l).collect();
    assert!(
        !lines.is_empty() && lines.iter().all(|&l| l == 5),
        "{lines:?}"
    );

    let out = p.run(&["check", "--changed-since", "no-such-rev", "draft.md"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`no-such-rev` is not a revision"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn changed_since_outside_a_repository_is_an_error() {
    let p = Project::new();
    p.file("a.md", CONTRADICTED);
    let out = p.run(&["check", "--changed-since", "HEAD", "a.md"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("needs a git repository, and a.md is not in one"),
        "{}",
        stderr(&out)
    );
}

/// The `run:` script of the step with `id: <id>` in the GitHub Action, read as text (the
/// block scalar after `run: |`, dedented).
fn action_step_script(id: &str) -> String {
    let action = std::fs::read_to_string(repo_root().join("editors/github-action/action.yml"))
        .expect("the action");
    let step = action
        .split("\n    - name:")
        .find(|s| s.contains(&format!("\n      id: {id}\n")))
        .unwrap_or_else(|| panic!("no step {id}"));
    let (_, run) = step.split_once("      run: |\n").expect("a run block");
    run.lines()
        .take_while(|l| l.is_empty() || l.starts_with("        "))
        .map(|l| l.get(8..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn github_action_check_step_writes_sarif_and_the_status() {
    let p = Project::new();
    p.file("drafts/deep/a.md", CONTRADICTED);
    p.file("drafts/b.md", UNSUPPORTED);
    let script = p.file("check.sh", &action_step_script("check"));
    let output = p.file("github-output", "");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_figcheck"))
        .parent()
        .expect("bin dir");
    let path = format!(
        "{}:{}",
        utf8(bin_dir),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |files: &str, fail_on: &str| -> (String, String) {
        std::fs::write(&output, "").expect("reset");
        let out = Command::new("bash")
            .arg(&script)
            .current_dir(p.path())
            .env("PATH", &path)
            .env("GITHUB_OUTPUT", &output)
            .env("INPUT_FILES", files)
            .env("INPUT_CORPUS", "corpus")
            .env("INPUT_CONFIG", "")
            .env("INPUT_FAIL_ON", fail_on)
            .env("INPUT_CHANGED_SINCE", "")
            .env("INPUT_SARIF_FILE", "figcheck.sarif")
            .env("INPUT_ANNOTATIONS", "true")
            .env("INPUT_REVIEW_PAGE", "review.html")
            .output()
            .expect("run bash");
        assert!(
            out.status.success(),
            "the step itself succeeds: {}",
            stderr(&out)
        );
        (
            stdout(&out),
            std::fs::read_to_string(&output).expect("GITHUB_OUTPUT"),
        )
    };
    let (annotations, outputs) = run("drafts/**/*.md", "");
    assert_eq!(outputs.trim(), "review-page=review.html\nexit-code=1");
    let page = std::fs::read_to_string(p.path().join("review.html")).expect("review page");
    assert!(page.contains("<mark class=\"fig contradicted\""), "{page}");
    for draft in ["drafts/deep/a.md", "drafts/b.md"] {
        assert!(page.contains(&format!("<h2>{draft}</h2>")), "{page}");
    }
    assert!(
        annotations.contains("::error file=drafts/deep/a.md,"),
        "{annotations}"
    );
    assert!(
        annotations.contains("::warning file=drafts/b.md,"),
        "{annotations}"
    );
    let log: Value = serde_json::from_slice(
        &std::fs::read(p.path().join("figcheck.sarif")).expect("SARIF written"),
    )
    .expect("JSON");
    assert_eq!(log["runs"][0]["results"].as_array().map(Vec::len), Some(2));
    let (_, outputs) = run("drafts/b.md", "contradicted");
    assert_eq!(outputs.trim(), "review-page=review.html\nexit-code=0");
    let (_, outputs) = run("nothing/*.md", "");
    assert_eq!(outputs.trim(), "exit-code=2");
}
