//! Issue 7, the index with real processes: a damaged index is rebuilt, a `figcheck index`
//! killed with SIGKILL at any point leaves an index the next run uses or rebuilds, two
//! `figcheck check` started at once on a stale index agree and leave it sound, and sources
//! that would block (a FIFO) or are too large are skipped with a note.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

mod common;
use common::{code, repo_root, stderr, stdout, utf8};

/// A corpus of generated sources, each a few KB of sentences with figures.
struct Generated {
    tmp: TempDir,
    corpus: PathBuf,
    files: usize,
}

impl Generated {
    fn new(files: usize) -> Generated {
        let tmp = tempfile::tempdir().expect("temp dir");
        let corpus = tmp.path().join("corpus");
        fs::create_dir(&corpus).expect("corpus dir");
        let g = Generated { tmp, corpus, files };
        g.write(0..files, 0);
        g
    }

    /// (Re)writes sources `which` in version `version`.
    fn write(&self, which: std::ops::Range<usize>, version: usize) {
        for i in which {
            let mut text = format!("Report {i}\n\n");
            for j in 0..40 {
                text.push_str(&format!(
                    "Region{i} installed {} industrial robots in {}, the ministry said. \
                     Its market for service robots grew {}% to ${}.{} billion. ",
                    1_000 + i * 37 + j * 11 + version * 5,
                    1990 + j,
                    (j + version) % 40 + 1,
                    j % 9 + 1,
                    (i + j) % 10
                ));
                if j % 4 == 3 {
                    text.push_str("\n\n");
                }
            }
            fs::write(self.corpus.join(format!("r{i:04}.txt")), text).expect("write source");
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }
}

fn figcheck(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_figcheck"));
    cmd.current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    cmd
}

fn index_cmd(g: &Generated, index: &str) -> Command {
    let mut cmd = figcheck(g.tmp.path());
    cmd.args(["index", "--corpus", "corpus", "--index", index]);
    cmd
}

/// Runs a command to its end, failing the test if it takes more than a minute (a hang is
/// the failure some of these tests look for).
fn run(mut cmd: Command) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn figcheck");
    finish(child)
}

fn finish(mut child: Child) -> Output {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "figcheck did not finish within a minute; stderr:\n{}",
                stderr(&out)
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `indexed 2 files, reused 0, removed 0: 97 figures` → 97.
fn figures_in(summary: &str) -> usize {
    summary
        .trim()
        .rsplit(": ")
        .next()
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not an index summary: {summary:?}"))
}

/// No panic, no error, and nothing but notes of a rebuild on stderr.
fn assert_recovered_cleanly(out: &Output, case: &str) {
    let err = stderr(out);
    assert_eq!(code(out), 0, "{case}: {err}");
    assert!(!err.contains("panicked"), "{case}: {err}");
    for line in err.lines() {
        assert!(
            line.starts_with("note: ") && line.ends_with("; rebuilt"),
            "{case}: unexpected stderr line {line:?}"
        );
    }
}

/// After a recovery, the index is whole: a further run reuses every source, silently.
fn assert_whole(g: &Generated, index: &str, figures: usize, case: &str) {
    let out = run(index_cmd(g, index));
    assert_eq!(code(&out), 0, "{case}: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "{case}");
    assert_eq!(
        stdout(&out).trim(),
        format!(
            "indexed 0 files, reused {}, removed 0: {figures} figures",
            g.files
        ),
        "{case}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    if to.exists() {
        fs::remove_dir_all(to).expect("remove");
    }
    fs::create_dir_all(to).expect("mkdir");
    for e in fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        fs::copy(e.path(), to.join(e.file_name())).expect("copy");
    }
}

/// Kills a run of `cmd` after each of `delays`, then checks that the next run recovers
/// to an index of `figures` figures that the run after reuses whole. `reset` puts the
/// sources and index back to where each kill should start from.
fn kill_at(
    g: &Generated,
    what: &str,
    delays: &[Duration],
    figures: usize,
    reset: &dyn Fn(),
) -> usize {
    let mut killed_mid_run = 0;
    for delay in delays {
        reset();
        let case = format!("{what}, killed after {delay:?}");
        let mut child = index_cmd(g, "idx")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn figcheck index");
        std::thread::sleep(*delay);
        // SIGKILL on Unix: no destructor, no cleanup.
        let _ = child.kill();
        let status = child.wait().expect("wait");
        killed_mid_run += usize::from(status.code().is_none());
        let out = run(index_cmd(g, "idx"));
        assert_recovered_cleanly(&out, &case);
        assert_eq!(figures_in(&stdout(&out)), figures, "{case}");
        assert_whole(g, "idx", figures, &case);
        assert_eq!(
            stdout(&run(check_cmd(g, "idx"))),
            stdout(&run(check_cmd(g, "reference"))),
            "{case}: the recovered index answers like the reference"
        );
    }
    killed_mid_run
}

/// A draft with figures from sources that a refresh changes (r0000) and from ones it
/// leaves (r0050), as written in version 1 of the sources.
const DRAFT: &str = "Region0 installed 1,005 industrial robots in 1990.\n\n\
                     Region50 installed 2,850 industrial robots in 1990.\n\n\
                     Region0's market for service robots grew 2% to $1.0 billion.\n";

fn check_cmd(g: &Generated, index: &str) -> Command {
    let draft = g.path("draft.md");
    if !draft.exists() {
        fs::write(&draft, DRAFT).expect("draft");
    }
    let mut cmd = figcheck(g.tmp.path());
    cmd.args(["check", "--corpus", "corpus", "--index", index, "draft.md"]);
    cmd
}

/// Delays from a few milliseconds to nearly the whole of a run that takes `full`.
fn delays_within(full: Duration) -> Vec<Duration> {
    let mut delays = vec![Duration::from_millis(2), Duration::from_millis(10)];
    for per_cent in [5u32, 20, 40, 60, 80, 95] {
        delays.push(full * per_cent / 100);
    }
    delays
}

#[test]
fn a_sigkilled_index_build_or_refresh_is_used_or_rebuilt_never_a_panic() {
    let g = Generated::new(60);

    // The reference: an uninterrupted build, and how long it takes.
    let started = Instant::now();
    let built = run(index_cmd(&g, "reference"));
    let build_time = started.elapsed();
    assert_eq!(code(&built), 0, "{}", stderr(&built));
    let figures_v0 = figures_in(&stdout(&built));
    assert!(figures_v0 > 5000, "{}", stdout(&built));

    let idx = g.path("idx");
    let killed = kill_at(
        &g,
        "a build",
        &delays_within(build_time),
        figures_v0,
        &|| {
            if idx.exists() {
                fs::remove_dir_all(&idx).expect("remove index");
            }
        },
    );
    assert!(
        killed >= 3,
        "only {killed} runs were killed before they ended"
    );

    // A refresh of a third of the sources, killed likewise.
    let pristine = g.path("pristine");
    copy_dir(&g.path("reference"), &pristine);
    g.write(0..g.files / 3, 1);
    let started = Instant::now();
    let refreshed = run(index_cmd(&g, "reference"));
    let refresh_time = started.elapsed();
    assert_eq!(code(&refreshed), 0, "{}", stderr(&refreshed));
    let figures_v1 = figures_in(&stdout(&refreshed));
    let killed = kill_at(
        &g,
        "a refresh",
        &delays_within(refresh_time),
        figures_v1,
        &|| {
            g.write(0..g.files / 3, 0);
            copy_dir(&pristine, &idx);
            g.write(0..g.files / 3, 1);
        },
    );
    assert!(
        killed >= 3,
        "only {killed} runs were killed before they ended"
    );
}

#[test]
fn two_checks_started_at_once_on_a_stale_index_agree_and_leave_it_sound() {
    let g = Generated::new(60);
    fs::write(
        g.path("draft.md"),
        "Region7 installed 1,259 industrial robots in 1990.\n\n\
         Region8 installed 5 industrial robots in 1991.\n",
    )
    .expect("draft");
    let built = run(index_cmd(&g, "idx"));
    assert_eq!(code(&built), 0, "{}", stderr(&built));

    let check = |index: &str| {
        let mut cmd = figcheck(g.tmp.path());
        cmd.args(["check", "--corpus", "corpus", "--index", index, "draft.md"]);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd
    };
    for round in 1..=3 {
        // A stale index: a third of the sources changed.
        let changed = (round - 1) * 20..round * 20;
        g.write(changed.clone(), round);
        let mut first = check("idx");
        let mut second = check("idx");
        let (a, b) = (
            first.spawn().expect("spawn"),
            second.spawn().expect("spawn"),
        );
        let (a, b) = (finish(a), finish(b));
        let case = format!("round {round}");
        for out in [&a, &b] {
            assert!(matches!(code(out), 0 | 1), "{case}: {}", stderr(out));
            assert_eq!(stderr(out), "", "{case}: no rebuild, no note");
        }
        assert_eq!(stdout(&a), stdout(&b), "{case}");
        assert_eq!(code(&a), code(&b), "{case}");

        // The index they left answers like a fresh one, and is reused whole.
        let fresh = run(check(&format!("fresh{round}")));
        assert_eq!(stdout(&a), stdout(&fresh), "{case}");
        let whole = run(index_cmd(&g, "idx"));
        assert_eq!(stderr(&whole), "", "{case}");
        assert!(
            stdout(&whole).starts_with("indexed 0 files, reused 60, removed 0: "),
            "{case}: {}",
            stdout(&whole)
        );
    }

    // Two `figcheck index` at once: the lock makes one do the work and the other find
    // it done (waiting for it, or starting after it).
    g.write(0..20, 9);
    let mut one = index_cmd(&g, "idx");
    let mut two = index_cmd(&g, "idx");
    one.stdout(Stdio::piped()).stderr(Stdio::piped());
    two.stdout(Stdio::piped()).stderr(Stdio::piped());
    let (a, b) = (one.spawn().expect("spawn"), two.spawn().expect("spawn"));
    let (a, b) = (finish(a), finish(b));
    let indexed = |o: &Output| -> usize {
        stdout(o)
            .strip_prefix("indexed ")
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{}", stdout(o)))
    };
    assert_eq!(
        indexed(&a) + indexed(&b),
        20,
        "{} / {}",
        stdout(&a),
        stdout(&b)
    );
    assert_eq!(figures_in(&stdout(&a)), figures_in(&stdout(&b)));
}

/// The bundled corpus, copied, with its index built.
fn bundled() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let corpus = tmp.path().join("corpus");
    fs::create_dir(&corpus).expect("corpus dir");
    for e in fs::read_dir(repo_root().join("corpus")).expect("bundled corpus") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            fs::copy(e.path(), corpus.join(e.file_name())).expect("copy");
        }
    }
    let out = run({
        let mut c = figcheck(tmp.path());
        c.arg("index");
        c
    });
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    (tmp, corpus)
}

#[test]
fn a_truncated_pos_file_is_rebuilt_by_check_and_query_never_a_panic() {
    let (tmp, corpus) = bundled();
    let index = corpus.join(".figcheck").join("index");
    let pos_file = || {
        fs::read_dir(&index)
            .expect("index dir")
            .map(|e| e.expect("entry").path())
            .find(|p| p.extension().is_some_and(|x| x == "pos"))
            .expect("a .pos file")
    };
    let draft = tmp.path().join("draft.md");
    fs::write(&draft, "Korea installed 30,600 industrial robots.\n").expect("draft");
    let claim = "Korea installed = 30,600 robots";
    for (command, args) in [
        ("check", vec!["check", utf8(&draft)]),
        ("query", vec!["query", claim]),
    ] {
        fs::OpenOptions::new()
            .write(true)
            .open(pos_file())
            .expect("open .pos")
            .set_len(6)
            .expect("truncate");
        let mut cmd = figcheck(tmp.path());
        cmd.args(&args);
        let out = run(cmd);
        let err = stderr(&out);
        assert_eq!(code(&out), 0, "{command}: {err}");
        assert!(!err.contains("panicked"), "{command}: {err}");
        assert_eq!(err.lines().count(), 1, "{command}: {err}");
        assert!(
            err.starts_with("note: index at corpus/.figcheck/index was unreadable (its file ")
                && err.contains(".pos is 6 bytes long")
                && err.trim_end().ends_with("; rebuilt"),
            "{command}: {err}"
        );
        // Repaired for good.
        let mut cmd = figcheck(tmp.path());
        cmd.args(&args);
        let again = run(cmd);
        assert_eq!(code(&again), 0, "{command}");
        assert_eq!(stderr(&again), "", "{command}");
        assert_eq!(stdout(&again), stdout(&out), "{command}");
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_in_the_corpus_is_skipped_not_waited_on() {
    let (tmp, corpus) = bundled();
    let made = Command::new("mkfifo")
        .arg(corpus.join("x.txt"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let mut cmd = figcheck(tmp.path());
    cmd.args(["query", "Korea installed = 30,600 robots"]);
    let out = run(cmd);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "note: skipped corpus/x.txt: a named pipe (FIFO), not a regular file\n"
    );
}

#[test]
fn max_source_bytes_in_figcheck_toml_skips_larger_sources_with_a_note() {
    let (tmp, corpus) = bundled();
    fs::write(corpus.join("small.txt"), "Spain installed 9 robots.\n").expect("small");
    fs::write(
        tmp.path().join("figcheck.toml"),
        "max-source-bytes = 1024\n",
    )
    .expect("config");
    let mut cmd = figcheck(tmp.path());
    cmd.arg("index");
    let out = run(cmd);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    // Both bundled sources are larger than 1 KiB; the small one is indexed.
    assert_eq!(err.lines().count(), 2, "{err}");
    for line in err.lines() {
        assert!(
            line.starts_with("note: skipped corpus/0")
                && line.contains(
                    "KiB, over the 1 KiB limit for a source (max-source-bytes in figcheck.toml)"
                ),
            "{line}"
        );
    }
    assert!(
        stdout(&out).starts_with("indexed 1 file, reused 0, removed 2: "),
        "{}",
        stdout(&out)
    );
}
