//! The on-disk index: building, incremental refresh, skipped files, and recovery from
//! corrupt and foreign index directories.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use figcheck_corpus::{
    Corpus, CorpusError, IndexStats, MANIFEST_FILE, OpenOptions, Opened, Progress,
};
use tempfile::TempDir;

const A: &str = "Robots\n\
Korea installed 30,600 industrial robots last year.\n\
Japan installed 44,500 robots.\n";
const B: &str = "AI Market\n\
Korea’s AI market was estimated at about $9.06 billion.\n\
The market grew 12% in a year.\n";

struct Fixture {
    _tmp: TempDir,
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
        Fixture {
            _tmp: tmp,
            corpus,
            opts,
        }
    }

    fn index_dir(&self) -> &Path {
        &self.opts.index_dir
    }

    fn open(&self) -> Opened {
        Corpus::open(&self.opts, &mut |_| {}).expect("corpus opens")
    }
}

fn stats(reused: usize, indexed: usize, removed: usize) -> IndexStats {
    IndexStats {
        reused,
        indexed,
        removed,
    }
}

fn values(corpus: &Corpus) -> Vec<String> {
    corpus
        .figures()
        .unwrap()
        .iter()
        .map(|f| f.text.clone())
        .collect()
}

fn words(ws: &[&str]) -> Vec<String> {
    ws.iter().map(|w| w.to_string()).collect()
}

#[test]
fn builds_then_reuses_then_refreshes_incrementally() {
    let fx = Fixture::new();

    let mut events = Vec::new();
    let first = Corpus::open(&fx.opts, &mut |p| events.push(p)).unwrap();
    assert_eq!(first.stats, stats(0, 2, 0));
    assert!(first.notes.is_empty(), "{:?}", first.notes);
    assert!(values(&first.corpus).contains(&"30,600".to_string()));
    assert!(fx.index_dir().join(MANIFEST_FILE).is_file());
    assert!(matches!(
        events.first(),
        Some(Progress::Scanning { files: 2 })
    ));
    assert!(events.iter().any(
        |p| matches!(p, Progress::Indexing { total: 2, path, .. } if path.ends_with("a.txt"))
    ));
    assert_eq!(events.last(), Some(&Progress::Done));

    let mut events = Vec::new();
    let again = Corpus::open(&fx.opts, &mut |p| events.push(p)).unwrap();
    assert_eq!(again.stats, stats(2, 0, 0));
    assert!(
        !events
            .iter()
            .any(|p| matches!(p, Progress::Indexing { .. }))
    );
    assert_eq!(
        again.corpus.figures().unwrap(),
        first.corpus.figures().unwrap()
    );
    assert_eq!(again.corpus.source_paths(), first.corpus.source_paths());
    for path in first.corpus.source_paths() {
        assert_eq!(
            again.corpus.source_text(path).unwrap(),
            first.corpus.source_text(path).unwrap()
        );
    }

    fs::write(fx.corpus.join("a.txt"), A.replace("30,600", "31,600")).unwrap();
    let changed = fx.open();
    assert_eq!(changed.stats, stats(1, 1, 0));
    assert_eq!(segment_files(fx.index_dir()), 1);
    let v = values(&changed.corpus);
    assert!(v.contains(&"31,600".to_string()) && !v.contains(&"30,600".to_string()));
    let in_range = changed
        .corpus
        .figures_in_range(None, 30_000.0, 32_000.0)
        .unwrap();
    assert_eq!(in_range.len(), 1);
    assert_eq!(in_range[0].figure.text, "31,600");

    fs::remove_file(fx.corpus.join("b.txt")).unwrap();
    let removed = fx.open();
    assert_eq!(removed.stats, stats(1, 0, 1));
    assert!(
        removed
            .corpus
            .figures()
            .unwrap()
            .iter()
            .all(|f| f.source.ends_with("a.txt"))
    );
    assert!(
        removed
            .corpus
            .search_passages(&words(&["market"]), 5)
            .unwrap()
            .is_empty()
    );
    assert_eq!(removed.corpus.source_paths().len(), 1);

    fs::write(fx.corpus.join("c.txt"), "Upstage scored 21 on the index.\n").unwrap();
    let added = fx.open();
    assert_eq!(added.stats, stats(1, 1, 0));
    let hits = added
        .corpus
        .search_figures(&words(&["upstage"]), &[], 5)
        .unwrap();
    assert_eq!(hits[0].figure.text, "21");
}

#[test]
fn a_refreshed_index_answers_like_a_fresh_one() {
    let fx = Fixture::new();
    fx.open();
    fs::write(
        fx.corpus.join("a.txt"),
        format!("{A}Korea’s robot density was 1,012.\n"),
    )
    .unwrap();
    fs::remove_file(fx.corpus.join("b.txt")).unwrap();
    fs::write(
        fx.corpus.join("c.md"),
        "# Models\n\nKorea released five notable models, said the market report.\n",
    )
    .unwrap();
    let refreshed = fx.open();
    assert_eq!(refreshed.stats, stats(0, 2, 1));

    // Refreshing leaves one segment and no files of the segments merged into it.
    assert_eq!(segment_files(fx.index_dir()), 1);

    let fresh_opts = OpenOptions {
        index_dir: fx._tmp.path().join("fresh-index"),
        ..fx.opts.clone()
    };
    let fresh = Corpus::open(&fresh_opts, &mut |_| {}).unwrap();
    assert_eq!(fresh.stats, stats(0, 2, 0));

    let (r, f) = (&refreshed.corpus, &fresh.corpus);
    assert_eq!(r.figures().unwrap(), f.figures().unwrap());
    for q in [
        &["korea", "robots"][..],
        &["market", "models"],
        &["installed"],
    ] {
        let q = words(q);
        assert_eq!(
            r.search_figures(&q, &[], 10).unwrap(),
            f.search_figures(&q, &[], 10).unwrap()
        );
        assert_eq!(
            r.search_passages(&q, 10).unwrap(),
            f.search_passages(&q, 10).unwrap()
        );
    }
    for w in ["korea", "robots", "market", "models"] {
        assert_eq!(r.word_weight(w), f.word_weight(w), "{w}");
    }
}

#[test]
fn unusable_files_are_skipped_with_a_note() {
    let fx = Fixture::new();
    fs::write(fx.corpus.join("chart.png"), [0x89, b'P', b'N', b'G', 0, 1]).unwrap();
    fs::write(fx.corpus.join("nul.txt"), b"text\0with a NUL").unwrap();
    fs::write(fx.corpus.join("latin1.txt"), b"caf\xe9 costs 4 euros").unwrap();
    fs::write(fx.corpus.join(".hidden.txt"), "Hidden 99.").unwrap();
    fs::create_dir(fx.corpus.join(".git")).unwrap();
    fs::write(fx.corpus.join(".git").join("x.txt"), "Git 98.").unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    let notes = opened.notes.join("\n");
    assert_eq!(opened.notes.len(), 3, "{notes}");
    assert!(
        notes.contains("chart.png: not a format figcheck reads (.txt .md")
            && notes.contains(".pdf"),
        "{notes}"
    );
    assert!(
        notes.contains("nul.txt") && notes.contains("NUL"),
        "{notes}"
    );
    assert!(
        notes.contains("latin1.txt") && notes.contains("UTF-8"),
        "{notes}"
    );
    // The index dir inside the corpus is never scanned: reopening notes the same three.
    let again = fx.open();
    assert_eq!(again.notes, opened.notes);
    assert_eq!(again.stats, stats(2, 0, 0));
}

#[test]
fn include_and_exclude_globs_choose_sources() {
    let fx = Fixture::new();
    fs::create_dir(fx.corpus.join("drafts")).unwrap();
    fs::write(fx.corpus.join("drafts").join("d.txt"), "Draft 5.").unwrap();
    fs::write(fx.corpus.join("drafts").join("scan.pdf"), "not text").unwrap();
    let opts = OpenOptions {
        exclude: vec!["drafts".into(), "b.*".into()],
        ..fx.opts.clone()
    };
    let opened = Corpus::open(&opts, &mut |_| {}).unwrap();
    let paths = opened.corpus.source_paths();
    assert_eq!(paths.len(), 1);
    assert!(paths[0].ends_with("corpus/a.txt"), "{paths:?}");
    assert!(
        opened.notes.is_empty(),
        "excluded files are not noted: {:?}",
        opened.notes
    );

    let opts = OpenOptions {
        include: vec!["drafts/*.txt".into()],
        ..fx.opts.clone()
    };
    let opened = Corpus::open(&opts, &mut |_| {}).unwrap();
    let paths = opened.corpus.source_paths();
    assert_eq!(paths.len(), 1);
    assert!(paths[0].ends_with("corpus/drafts/d.txt"), "{paths:?}");
    assert_eq!(opened.stats, stats(0, 1, 1));
}

#[test]
fn missing_and_empty_corpus_dirs_are_errors_naming_the_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    let opts = OpenOptions {
        corpus_dirs: vec![missing.clone()],
        index_dir: tmp.path().join("index"),
        ..OpenOptions::default()
    };
    let err = Corpus::open(&opts, &mut |_| {}).unwrap_err();
    assert!(matches!(err, CorpusError::MissingDir { .. }));
    assert!(err.to_string().contains("nowhere"), "{err}");

    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("only.png"), "a,b").unwrap();
    let opts = OpenOptions {
        corpus_dirs: vec![empty],
        ..opts
    };
    let err = Corpus::open(&opts, &mut |_| {}).unwrap_err();
    assert!(matches!(err, CorpusError::NoSources { left_out: 0, .. }));
    assert!(err.to_string().contains("empty"), "{err}");
    assert!(err.to_string().contains("--corpus DIR"), "{err}");
    assert!(
        !tmp.path().join("index").exists(),
        "no index is made for no sources"
    );

    // Sources are there, but the include pattern admits none of them: the message
    // points at the patterns, not at the folder.
    let filtered = tmp.path().join("filtered");
    fs::create_dir_all(filtered.join("sub")).unwrap();
    fs::write(filtered.join("a.md"), "Korea had 31,600 robots.").unwrap();
    fs::write(filtered.join("sub/b.txt"), "Japan had 44,500 robots.").unwrap();
    let with_patterns = OpenOptions {
        corpus_dirs: vec![filtered],
        include: vec!["*.pdf".into()],
        ..opts.clone()
    };
    let err = Corpus::open(&with_patterns, &mut |_| {}).unwrap_err();
    assert!(
        matches!(err, CorpusError::NoSources { left_out: 2, .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("include and exclude patterns leave out all 2 files"),
        "{err}"
    );

    let opts = OpenOptions {
        corpus_dirs: Vec::new(),
        ..opts
    };
    let err = Corpus::open(&opts, &mut |_| {}).unwrap_err();
    assert!(matches!(err, CorpusError::NoCorpusDirs));
    assert!(err.to_string().contains("figcheck.toml"), "{err}");
}

#[test]
fn concurrent_opens_refresh_once_and_agree() {
    let fx = Fixture::new();
    fx.open();
    fs::write(fx.corpus.join("a.txt"), A.replace("44,500", "45,500")).unwrap();
    let results: Vec<Opened> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| fx.open())).collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("open thread"))
            .collect()
    });
    // Exactly one of them re-indexed the changed file; the others found it done.
    let indexed: usize = results.iter().map(|r| r.stats.indexed).sum();
    assert_eq!(indexed, 1);
    for r in &results {
        assert!(r.notes.is_empty(), "{:?}", r.notes);
        assert_eq!(
            r.corpus.figures().unwrap(),
            results[0].corpus.figures().unwrap()
        );
        assert!(values(&r.corpus).contains(&"45,500".to_string()));
    }
}

/// How many segments have files in the index dir.
fn segment_files(index_dir: &Path) -> usize {
    fs::read_dir(index_dir)
        .unwrap()
        .filter(|e| {
            let path = e.as_ref().unwrap().path();
            path.extension().is_some_and(|x| x == "store")
        })
        .count()
}

/// Overwrites a file of the index with garbage.
fn spoil(path: &Path) {
    let len = fs::metadata(path).map(|m| m.len()).unwrap_or(64) as usize;
    fs::write(path, vec![0xA5; len.max(16)]).unwrap();
}

fn rebuilt_note(opened: &Opened) -> bool {
    opened
        .notes
        .iter()
        .any(|n| n.contains("unreadable") && n.ends_with("rebuilt"))
}

#[test]
fn a_garbage_meta_json_is_rebuilt_with_a_note() {
    let fx = Fixture::new();
    let built = fx.open().corpus.figures().unwrap();
    spoil(&fx.index_dir().join("meta.json"));
    let opened = fx.open();
    assert!(rebuilt_note(&opened), "{:?}", opened.notes);
    assert_eq!(opened.stats, stats(0, 2, 0));
    assert_eq!(opened.corpus.figures().unwrap(), built);
    assert_eq!(fx.open().stats, stats(2, 0, 0));
}

#[test]
fn garbage_segment_files_are_rebuilt_with_a_note() {
    for ext in ["store", "idx", "term", "fast"] {
        let fx = Fixture::new();
        // Read before the index files are spoiled under the open corpus.
        let built = fx.open().corpus.figures().unwrap();
        let mut spoiled = 0;
        for entry in fs::read_dir(fx.index_dir()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == ext) {
                spoil(&path);
                spoiled += 1;
            }
        }
        assert!(spoiled > 0, "no .{ext} file to spoil");
        let opened = fx.open();
        assert!(rebuilt_note(&opened), ".{ext}: {:?}", opened.notes);
        assert_eq!(opened.corpus.figures().unwrap(), built, ".{ext}");
    }
}

#[test]
fn a_garbage_manifest_is_rebuilt_with_a_note() {
    let fx = Fixture::new();
    fx.open();
    fs::write(fx.index_dir().join(MANIFEST_FILE), "{ not json").unwrap();
    let opened = fx.open();
    assert!(rebuilt_note(&opened), "{:?}", opened.notes);
    assert!(opened.notes[0].contains("manifest"), "{:?}", opened.notes);
    assert_eq!(opened.stats, stats(0, 2, 0));
}

#[test]
fn a_manifest_of_another_version_rebuilds() {
    let fx = Fixture::new();
    fx.open();
    let path = fx.index_dir().join(MANIFEST_FILE);
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    manifest["format"] = serde_json::json!(0);
    fs::write(&path, serde_json::to_vec(&manifest).unwrap()).unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    assert!(
        opened
            .notes
            .iter()
            .any(|n| n.contains("another figcheck version")),
        "{:?}",
        opened.notes
    );
}

#[test]
fn a_foreign_directory_is_moved_aside_never_deleted() {
    let fx = Fixture::new();
    fs::create_dir_all(fx.index_dir()).unwrap();
    fs::write(fx.index_dir().join("thesis.tex"), "precious").unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    let aside = fx.index_dir().with_file_name("index.foreign-1");
    assert_eq!(
        fs::read_to_string(aside.join("thesis.tex")).unwrap(),
        "precious"
    );
    assert!(
        opened.notes.iter().any(|n| n.contains("index.foreign-1")),
        "{:?}",
        opened.notes
    );
    assert!(fx.index_dir().join(MANIFEST_FILE).is_file());

    // A second foreign arrival goes to the next free name.
    fs::remove_dir_all(fx.index_dir()).unwrap();
    fs::create_dir_all(fx.index_dir()).unwrap();
    fs::write(fx.index_dir().join("notes.txt"), "mine too").unwrap();
    fx.open();
    let aside2 = fx.index_dir().with_file_name("index.foreign-2");
    assert_eq!(
        fs::read_to_string(aside2.join("notes.txt")).unwrap(),
        "mine too"
    );
    assert!(aside.join("thesis.tex").is_file());
}

#[test]
fn a_file_where_the_index_should_be_is_moved_aside() {
    let fx = Fixture::new();
    fs::create_dir_all(fx.index_dir().parent().unwrap()).unwrap();
    fs::write(fx.index_dir(), "not a dir").unwrap();
    let opened = fx.open();
    assert_eq!(opened.stats, stats(0, 2, 0));
    let aside = fx.index_dir().with_file_name("index.foreign-1");
    assert_eq!(fs::read_to_string(aside).unwrap(), "not a dir");
}

#[test]
fn markdown_sources_ignore_code() {
    let fx = Fixture::new();
    fs::write(
        fx.corpus.join("m.md"),
        "# Report\n\nKorea filed 14.31 patents per 100,000 people.\n\n```\nx = 4242\n```\n",
    )
    .unwrap();
    let opened = fx.open();
    let v = values(&opened.corpus);
    assert!(v.contains(&"14.31".to_string()), "{v:?}");
    assert!(!v.iter().any(|t| t.contains("4242")), "{v:?}");
}

#[test]
fn the_bundled_corpus_indexes() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let tmp = tempfile::tempdir().unwrap();
    let opts = OpenOptions {
        corpus_dirs: vec![bundled],
        index_dir: tmp.path().join("index"),
        ..OpenOptions::default()
    };
    let built = Corpus::open(&opts, &mut |_| {}).unwrap();
    assert_eq!(built.stats, stats(0, 2, 0));
    assert!(built.notes.is_empty(), "{:?}", built.notes);
    let c = &built.corpus;
    let all = c.figures().unwrap();
    let robots = all
        .iter()
        .find(|f| f.text == "30,600")
        .expect("30,600 robots is in the corpus");
    assert!(
        robots.source.ends_with("003_57944011cd868486.txt"),
        "{}",
        robots.source
    );
    assert!(
        robots
            .sentence
            .starts_with("Korea installed 30,600 industrial robots"),
        "{}",
        robots.sentence
    );
    let text = c.source_text(&robots.source).unwrap();
    let line = text.lines().nth(robots.line - 1).unwrap();
    assert!(
        line.chars()
            .skip(robots.column - 1)
            .collect::<String>()
            .starts_with("30,600")
    );

    let hits = c
        .search_figures(
            &words(&["korea", "installed", "industrial", "robots"]),
            &[],
            3,
        )
        .unwrap();
    assert!(hits.iter().any(|f| f.figure.text == "30,600"));
    let in_range = c.figures_in_range(None, 9.0e9, 9.1e9).unwrap();
    assert!(in_range.iter().any(|f| f.figure.text.contains("9.06")));
    let passages = c.search_passages(&words(&["exaone"]), 3).unwrap();
    assert!(!passages.is_empty());

    let reopened = Corpus::open(&opts, &mut |_| {}).unwrap();
    assert_eq!(reopened.stats, stats(2, 0, 0));
    assert_eq!(reopened.corpus.figures().unwrap(), c.figures().unwrap());
}

fn set_modified(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// A source with the size and modification time the manifest recorded is taken at its
/// recorded hash without being read: a change that keeps both goes unseen (git's rule
/// for its index, and its limit). One whose time moved is read, even at the same size.
#[test]
fn a_recorded_size_and_time_vouch_for_a_source() {
    let fx = Fixture::new();
    let a = fx.corpus.join("a.txt");
    let old = SystemTime::now() - Duration::from_secs(600);
    set_modified(&a, old);
    fx.open();

    fs::write(&a, A.replace("30,600", "31,600")).unwrap();
    set_modified(&a, old);
    let vouched = fx.open();
    assert_eq!(vouched.stats, stats(2, 0, 0));
    assert!(values(&vouched.corpus).contains(&"30,600".to_string()));
    // Asked for, its text is read as it is now.
    let shown = vouched.corpus.source_paths()[0].clone();
    assert!(
        vouched
            .corpus
            .source_text(&shown)
            .unwrap()
            .contains("31,600")
    );

    set_modified(&a, old + Duration::from_secs(1));
    let read = fx.open();
    assert_eq!(read.stats, stats(1, 1, 0));
    assert!(values(&read.corpus).contains(&"31,600".to_string()));
}

/// A source last modified no earlier than the manifest was written could have changed
/// again within the same tick of the clock: its time does not vouch for it, and it is
/// read on every open.
#[test]
fn a_time_no_older_than_the_manifest_vouches_for_nothing() {
    let fx = Fixture::new();
    let a = fx.corpus.join("a.txt");
    let later = SystemTime::now() + Duration::from_secs(3600);
    set_modified(&a, later);
    fx.open();

    fs::write(&a, A.replace("30,600", "31,600")).unwrap();
    set_modified(&a, later);
    let read = fx.open();
    assert_eq!(read.stats, stats(1, 1, 0));
    assert!(values(&read.corpus).contains(&"31,600".to_string()));
}

/// An index file touched but not changed is hashed (its time no longer vouches for it),
/// found as written, and used: no rebuild.
#[test]
fn a_touched_index_file_is_hashed_and_kept() {
    let fx = Fixture::new();
    let built = fx.open();
    for entry in fs::read_dir(fx.index_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "store") {
            set_modified(&path, SystemTime::now() + Duration::from_secs(60));
        }
    }
    let again = fx.open();
    assert!(again.notes.is_empty(), "{:?}", again.notes);
    assert_eq!(again.stats, stats(2, 0, 0));
    assert_eq!(values(&again.corpus), values(&built.corpus));
}
