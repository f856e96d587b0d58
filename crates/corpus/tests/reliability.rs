//! Issue 7, the corpus side: damaged indexes are detected and rebuilt, panics inside
//! tantivy are contained, writes cut short are recovered from, and sources that are not
//! regular files or are too large are skipped with a note instead of hanging a run.
//! (Killed and concurrent processes are tested with the real binary in
//! crates/cli/tests/index_crash.rs.)

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use figcheck_corpus::{
    Corpus, DEFAULT_MAX_SOURCE_BYTES, IndexStats, MANIFEST_FILE, OpenOptions, Opened,
};
use tempfile::TempDir;

const A: &str = "Robots\n\
Korea installed 30,600 industrial robots last year.\n\
Japan installed 44,500 robots.\n";
const B: &str = "AI Market\n\
Korea’s AI market was estimated at about $9.06 billion.\n\
The market grew 12% in a year.\n";

struct Fixture {
    tmp: TempDir,
    corpus: PathBuf,
    opts: OpenOptions,
}

impl Fixture {
    fn new() -> Fixture {
        let tmp = tempfile::tempdir().expect("temp dir");
        let corpus = tmp.path().join("corpus");
        fs::create_dir(&corpus).unwrap();
        fs::write(corpus.join("a.txt"), A).unwrap();
        fs::write(corpus.join("b.txt"), B).unwrap();
        let opts = OpenOptions {
            corpus_dirs: vec![corpus.clone()],
            index_dir: corpus.join(".figcheck").join("index"),
            ..OpenOptions::default()
        };
        Fixture { tmp, corpus, opts }
    }

    fn index_dir(&self) -> &Path {
        &self.opts.index_dir
    }

    fn open(&self) -> Opened {
        Corpus::open(&self.opts, &mut |_| {}).expect("corpus opens")
    }

    /// Opens on another thread, failing the test if that takes more than a minute: a
    /// regression here is a hang, which should fail rather than stall the suite.
    fn open_within_a_minute(&self, opts: &OpenOptions) -> Opened {
        let (tx, rx) = mpsc::channel();
        let opts = opts.clone();
        std::thread::spawn(move || {
            let _ = tx.send(Corpus::open(&opts, &mut |_| {}).map_err(|e| e.to_string()));
        });
        rx.recv_timeout(Duration::from_secs(60))
            .expect("opening the corpus did not finish within a minute")
            .expect("corpus opens")
    }
}

fn stats(reused: usize, indexed: usize, removed: usize) -> IndexStats {
    IndexStats {
        reused,
        indexed,
        removed,
    }
}

fn words(ws: &[&str]) -> Vec<String> {
    ws.iter().map(|w| w.to_string()).collect()
}

/// The files of the index other than the manifest and tantivy's empty lock files.
fn index_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != MANIFEST_FILE && !n.ends_with(".lock"))
        .collect();
    names.sort();
    names
}

fn copy_dir(from: &Path, to: &Path) {
    if to.exists() {
        fs::remove_dir_all(to).unwrap();
    }
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// Ways of damaging one file, as a fuzzer or a bad disk would.
#[derive(Clone, Copy, Debug)]
enum Damage {
    TruncateTo(u64),
    /// Flips the bits of the byte at this fraction (in thousandths) of the file.
    Flip(u64),
    AppendByte,
    Delete,
}

fn damage(path: &Path, how: Damage) {
    match how {
        Damage::TruncateTo(n) => {
            let f = fs::OpenOptions::new().write(true).open(path).unwrap();
            f.set_len(n).unwrap();
        }
        Damage::Flip(per_mille) => {
            let mut bytes = fs::read(path).unwrap();
            if bytes.is_empty() {
                bytes.push(0);
            }
            let at = (bytes.len() as u64 - 1) * per_mille / 1000;
            bytes[at as usize] ^= 0xFF;
            fs::write(path, bytes).unwrap();
        }
        Damage::AppendByte => {
            let mut bytes = fs::read(path).unwrap();
            bytes.push(b'\n');
            fs::write(path, bytes).unwrap();
        }
        Damage::Delete => fs::remove_file(path).unwrap(),
    }
}

const DAMAGES: &[Damage] = &[
    Damage::TruncateTo(6),
    Damage::TruncateTo(0),
    Damage::Flip(0),
    Damage::Flip(500),
    Damage::Flip(1000),
    Damage::AppendByte,
    Damage::Delete,
];

#[test]
fn every_damaged_index_file_is_detected_and_rebuilt() {
    let fx = Fixture::new();
    let built = fx.open();
    let pristine = fx.tmp.path().join("pristine");
    copy_dir(fx.index_dir(), &pristine);
    let files = index_files(fx.index_dir());
    for ext in [".pos", ".term", ".idx", ".store", ".fast", ".fieldnorm"] {
        assert!(
            files.iter().any(|f| f.ends_with(ext)),
            "no {ext} file in {files:?}"
        );
    }
    assert!(files.iter().any(|f| f == "meta.json"), "{files:?}");
    for name in files.iter().filter(|f| *f != MANAGED_JSON) {
        for &how in DAMAGES {
            copy_dir(&pristine, fx.index_dir());
            damage(&fx.index_dir().join(name), how);
            let opened = fx.open();
            let case = format!("{name} {how:?}: {:?}", opened.notes);
            assert_eq!(opened.notes.len(), 1, "{case}");
            assert!(
                opened.notes[0].contains("unreadable") && opened.notes[0].ends_with("rebuilt"),
                "{case}"
            );
            assert!(opened.notes[0].contains(name.as_str()), "{case}");
            assert_eq!(opened.stats, stats(0, 2, 0), "{case}");
            assert_eq!(
                opened.corpus.figures().unwrap(),
                built.corpus.figures().unwrap(),
                "{case}"
            );
            let again = fx.open();
            assert_eq!(again.stats, stats(2, 0, 0), "{case}");
            assert!(again.notes.is_empty(), "{case}");
        }
    }
    // tantivy's list of its files only guides its garbage collection and is not verified
    // (a writer rewrites it before the index changes); damage to it is rebuilt from when
    // tantivy refuses it, and harmless when it does not.
    for &how in DAMAGES {
        copy_dir(&pristine, fx.index_dir());
        damage(&fx.index_dir().join(MANAGED_JSON), how);
        let opened = fx.open();
        let case = format!("{MANAGED_JSON} {how:?}: {:?}", opened.notes);
        assert!(opened.notes.len() <= 1, "{case}");
        assert!(
            opened.notes.iter().all(|n| n.ends_with("rebuilt")),
            "{case}"
        );
        assert_eq!(
            opened.corpus.figures().unwrap(),
            built.corpus.figures().unwrap(),
            "{case}"
        );
        assert!(fx.open().notes.is_empty(), "{case}");
    }
}

const MANAGED_JSON: &str = ".managed.json";

/// Rewrites the manifest's record of the index files to match them as they are now, as
/// if the damage had happened before the record was made: what a bug in tantivy reading
/// data it wrote itself would look like. Only containment stands between that and a panic.
fn vouch_for(index_dir: &Path) {
    let path = index_dir.join(MANIFEST_FILE);
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let mut record = BTreeMap::new();
    for name in index_files(index_dir) {
        if name.ends_with(".tmp") || name == MANAGED_JSON {
            continue;
        }
        let bytes = fs::read(index_dir.join(&name)).unwrap();
        record.insert(
            name,
            serde_json::json!({
                "bytes": bytes.len(),
                "blake3": blake3::hash(&bytes).to_hex().to_string(),
            }),
        );
    }
    manifest["index"] = serde_json::to_value(record).unwrap();
    fs::write(&path, serde_json::to_vec(&manifest).unwrap()).unwrap();
}

#[test]
fn panics_inside_tantivy_are_contained_even_when_the_damage_is_vouched_for() {
    let fx = Fixture::new();
    let built = fx.open();
    let pristine = fx.tmp.path().join("pristine");
    copy_dir(fx.index_dir(), &pristine);
    // The damage issue 7 found: a .pos truncated to 6 bytes, flipped bytes in .term; and
    // the same done to every other file, at 16 places each.
    let mut cases = Vec::new();
    for name in index_files(fx.index_dir()) {
        cases.push((name.clone(), Damage::TruncateTo(6)));
        for per_mille in (0..=1000).step_by(1000 / 15) {
            cases.push((name.clone(), Damage::Flip(per_mille)));
        }
    }
    let mut rebuilt = 0;
    let mut search_failures = 0;
    for (name, how) in &cases {
        copy_dir(&pristine, fx.index_dir());
        damage(&fx.index_dir().join(name), *how);
        vouch_for(fx.index_dir());
        let case = format!("{name} {how:?}");
        let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| fx.open()))
            .unwrap_or_else(|_| panic!("{case}: opening panicked"));
        assert!(opened.notes.len() <= 1, "{case}: {:?}", opened.notes);
        if let Some(note) = opened.notes.first() {
            assert!(note.ends_with("rebuilt"), "{case}: {note}");
            assert_eq!(
                opened.corpus.figures().unwrap(),
                built.corpus.figures().unwrap(),
                "{case}"
            );
            rebuilt += 1;
        }
        // Whatever loaded answers searches with results or errors, never a panic.
        let c = &opened.corpus;
        let searched = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let figures = c.search_figures(&words(&["korea", "robots", "market"]), &[], 10);
            let ranged = c.figures_in_range(None, 0.0, 1e12);
            let passages = c.search_passages(&words(&["korea", "installed"]), 10);
            (
                figures.is_err() || ranged.is_err() || passages.is_err(),
                c.search_failure().is_some(),
            )
        }))
        .unwrap_or_else(|_| panic!("{case}: a search panicked"));
        assert_eq!(
            searched.0, searched.1,
            "{case}: a failed search is recorded"
        );
        search_failures += usize::from(searched.0);
    }
    // Much of such damage makes tantivy fail or panic while opening, which rebuilds; figures
    // are read only as searches find them, so damage to stored figures shows as a failed
    // (and recorded) search instead, and damage to what these searches do not read goes
    // unseen by them.
    assert!(rebuilt > cases.len() / 3, "{rebuilt} of {}", cases.len());
    assert!(
        rebuilt + search_failures > cases.len() / 2,
        "{rebuilt} + {search_failures} of {}",
        cases.len()
    );
    eprintln!(
        "{} vouched-for damages: {rebuilt} rebuilt, {search_failures} loaded but failed a search",
        cases.len()
    );
}

#[test]
fn the_pos_truncation_of_issue_7_rebuilds_and_stays_repaired() {
    let fx = Fixture::new();
    let built = fx.open();
    let pos = index_files(fx.index_dir())
        .into_iter()
        .find(|n| n.ends_with(".pos"))
        .expect("a .pos file");
    damage(&fx.index_dir().join(&pos), Damage::TruncateTo(6));
    let opened = fx.open();
    assert_eq!(opened.notes.len(), 1, "{:?}", opened.notes);
    assert!(
        opened.notes[0].contains(&format!("its file {pos} is 6 bytes long")),
        "{:?}",
        opened.notes
    );
    assert_eq!(
        opened.corpus.figures().unwrap(),
        built.corpus.figures().unwrap()
    );
    let again = fx.open();
    assert!(again.notes.is_empty(), "{:?}", again.notes);
    assert_eq!(again.stats, stats(2, 0, 0));
}

#[test]
fn an_index_of_another_corpus_swapped_in_is_rebuilt() {
    let fx = Fixture::new();
    fx.open();
    // Another corpus's index files, under our manifest: tantivy would open them happily.
    let other = Fixture::new();
    fs::write(other.corpus.join("a.txt"), "Spain installed 9 robots.\n").unwrap();
    other.open();
    let manifest = fs::read(fx.index_dir().join(MANIFEST_FILE)).unwrap();
    copy_dir(other.index_dir(), fx.index_dir());
    fs::write(fx.index_dir().join(MANIFEST_FILE), manifest).unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0), "{:?}", opened.notes);
    assert!(
        opened.notes.iter().any(|n| n.ends_with("rebuilt")),
        "{:?}",
        opened.notes
    );
    assert!(
        opened
            .corpus
            .figures()
            .unwrap()
            .iter()
            .any(|f| f.text == "30,600")
    );
}

/// The manifest as JSON, to set up the states a killed process leaves.
fn manifest_of(fx: &Fixture) -> serde_json::Value {
    serde_json::from_slice(&fs::read(fx.index_dir().join(MANIFEST_FILE)).unwrap()).unwrap()
}

#[test]
fn writes_cut_short_are_recognised_and_rebuilt() {
    let fx = Fixture::new();
    let built = fx.open();

    // A build or refresh killed while writing: the manifest says the files are unverified.
    let mut manifest = manifest_of(&fx);
    manifest["index"] = serde_json::Value::Null;
    fs::write(
        fx.index_dir().join(MANIFEST_FILE),
        serde_json::to_vec(&manifest).unwrap(),
    )
    .unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    assert!(
        opened.notes.len() == 1 && opened.notes[0].contains("left incomplete"),
        "{:?}",
        opened.notes
    );
    assert_eq!(
        opened.corpus.figures().unwrap(),
        built.corpus.figures().unwrap()
    );

    // A wipe killed halfway: the manifest (removed last) and some of the files remain.
    let files = index_files(fx.index_dir());
    for name in files.iter().take(files.len() / 2) {
        fs::remove_file(fx.index_dir().join(name)).unwrap();
    }
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    assert!(
        !fx.index_dir().with_file_name("index.foreign-1").exists(),
        "a half-wiped index of ours is not foreign"
    );

    // A build killed before its first manifest was renamed into place.
    fs::remove_dir_all(fx.index_dir()).unwrap();
    fs::create_dir_all(fx.index_dir()).unwrap();
    fs::write(fx.index_dir().join("figcheck-manifest.json.tmp"), "{\"form").unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    assert!(opened.notes.is_empty(), "{:?}", opened.notes);
    assert!(!fx.index_dir().with_file_name("index.foreign-1").exists());
    assert_eq!(fx.open().stats, stats(2, 0, 0));
}

#[test]
fn a_refresh_leaves_a_verified_index() {
    let fx = Fixture::new();
    fx.open();
    fs::write(fx.corpus.join("a.txt"), A.replace("30,600", "31,600")).unwrap();
    assert_eq!(fx.open().stats, stats(1, 1, 0));
    let manifest = manifest_of(&fx);
    let record = manifest["index"].as_object().expect("files recorded");
    let mut files = index_files(fx.index_dir());
    files.retain(|f| f != MANAGED_JSON);
    assert_eq!(
        record.keys().cloned().collect::<Vec<_>>(),
        files,
        "every file of the refreshed index is recorded, and only those"
    );
    let again = fx.open();
    assert_eq!(again.stats, stats(2, 0, 0));
    assert!(again.notes.is_empty(), "{:?}", again.notes);
}

#[cfg(unix)]
#[test]
fn fifos_sockets_and_devices_are_skipped_with_a_note() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    let fifo = fx.corpus.join("x.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let _socket = std::os::unix::net::UnixListener::bind(fx.corpus.join("s.txt")).unwrap();
    // Devices reached through symlinks: /dev/zero would be read without end.
    symlink("/dev/zero", fx.corpus.join("zero.txt")).unwrap();
    symlink("/dev/null", fx.corpus.join("null.md")).unwrap();
    let opened = fx.open_within_a_minute(&fx.opts);
    assert_eq!(opened.stats, stats(0, 2, 0));
    let notes = opened.notes.join("\n");
    assert_eq!(opened.notes.len(), 4, "{notes}");
    for (file, kind) in [
        ("x.txt", "a named pipe (FIFO), not a regular file"),
        ("s.txt", "a socket, not a regular file"),
        ("zero.txt", "a character device, not a regular file"),
        ("null.md", "a character device, not a regular file"),
    ] {
        assert!(
            opened
                .notes
                .iter()
                .any(|n| n.starts_with("skipped ") && n.contains(file) && n.ends_with(kind)),
            "{file}: {notes}"
        );
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_skipped_with_a_note() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    symlink("loop.txt", fx.corpus.join("loop.txt")).unwrap();
    symlink("ping.txt", fx.corpus.join("pong.txt")).unwrap();
    symlink("pong.txt", fx.corpus.join("ping.txt")).unwrap();
    fs::create_dir(fx.corpus.join("sub")).unwrap();
    symlink("..", fx.corpus.join("sub").join("up")).unwrap();
    let opened = fx.open_within_a_minute(&fx.opts);
    assert_eq!(opened.stats, stats(0, 2, 0));
    let notes = opened.notes.join("\n");
    assert_eq!(opened.notes.len(), 4, "{notes}");
    for file in ["loop.txt", "ping.txt", "pong.txt"] {
        assert!(
            opened
                .notes
                .iter()
                .any(|n| n.contains(file) && n.contains("unreadable")),
            "{file}: {notes}"
        );
    }
    assert!(
        notes.contains("symlinked directories are not followed"),
        "{notes}"
    );
}

#[test]
fn sources_over_the_size_limit_are_skipped_with_a_note_naming_them() {
    let fx = Fixture::new();
    fs::write(
        fx.corpus.join("big.txt"),
        "Korea installed 7 robots. ".repeat(8),
    )
    .unwrap();
    fs::write(fx.corpus.join("fits.txt"), "x".repeat(200)).unwrap();
    let opts = OpenOptions {
        max_source_bytes: Some(200),
        ..fx.opts.clone()
    };
    let opened = Corpus::open(&opts, &mut |_| {}).unwrap();
    assert_eq!(opened.stats, stats(0, 3, 0), "{:?}", opened.notes);
    assert_eq!(opened.notes.len(), 1, "{:?}", opened.notes);
    let note = &opened.notes[0];
    assert!(
        note.starts_with("skipped ")
            && note.contains("big.txt: 208 bytes, over the 200-byte limit"),
        "{note}"
    );
    assert!(note.contains("max-source-bytes"), "{note}");
    assert!(
        !opened
            .corpus
            .source_paths()
            .iter()
            .any(|p| p.ends_with("big.txt"))
    );

    // Raising the limit takes it in, incrementally.
    let opened = fx.open();
    assert!(opened.notes.is_empty(), "{:?}", opened.notes);
    assert_eq!(opened.stats, stats(3, 1, 0));
}

#[test]
fn the_default_limit_is_ten_mib() {
    assert_eq!(DEFAULT_MAX_SOURCE_BYTES, 10 * 1024 * 1024);
    assert_eq!(
        OpenOptions::default().source_limit(),
        DEFAULT_MAX_SOURCE_BYTES
    );
    let fx = Fixture::new();
    // Sparse: 10 MiB and a byte, written in no time and never read.
    let big = fs::File::create(fx.corpus.join("dump.txt")).unwrap();
    big.set_len(DEFAULT_MAX_SOURCE_BYTES + 1).unwrap();
    let opened = fx.open();
    assert_eq!(opened.notes.len(), 1, "{:?}", opened.notes);
    assert!(
        opened.notes[0].contains("dump.txt: 10485761 bytes, over the 10485760-byte limit"),
        "{:?}",
        opened.notes
    );
    big.set_len(60 * 1024 * 1024).unwrap();
    let opened = fx.open();
    assert!(
        opened.notes[0].contains("dump.txt: 60 MiB, over the 10 MiB limit"),
        "{:?}",
        opened.notes
    );
}
