//! Opening the corpus from the command line: notes and progress on stderr.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use figcheck_corpus::cluster::{self, Cluster};
use figcheck_corpus::{Corpus, OpenOptions, Progress, Sources};

use figcheck_config::CorpusPlan;

/// The corpus a command checks against: the embedded index, or an index in a cluster.
pub enum Opened {
    Local(Box<figcheck_corpus::Opened>),
    Cluster(Box<Cluster>),
}

impl Opened {
    pub fn sources(&self) -> &dyn Sources {
        match self {
            Opened::Local(opened) => &opened.corpus,
            Opened::Cluster(cluster) => cluster.as_ref(),
        }
    }
}

/// Corpora with more sources than this get a progress line while indexing: below it the
/// index builds faster than a progress line could be read.
const PROGRESS_MIN_FILES: usize = 20;

fn options(settings: &CorpusPlan) -> OpenOptions {
    OpenOptions {
        corpus_dirs: settings.dirs.clone(),
        index_dir: settings.index.clone(),
        include: settings.include.clone(),
        exclude: settings.exclude.clone(),
        max_source_bytes: settings.max_source_bytes,
    }
}

/// Opens the corpus to check against and prints its notes as `note: …` on stderr: the
/// embedded index (built or refreshed as needed), or the cluster the backend names (which
/// `figcheck index` fills; checking never writes to it).
pub fn open(settings: &CorpusPlan) -> Result<Opened> {
    if let Some(spec) = &settings.backend {
        return Ok(Opened::Cluster(Box::new(Cluster::connect(spec)?)));
    }
    let mut progress = ProgressLine::new();
    let opened = Corpus::open(&options(settings), &mut |p| progress.update(p));
    progress.clear();
    let opened = opened?;
    for note in &opened.notes {
        eprintln!("note: {note}");
    }
    Ok(Opened::Local(Box::new(opened)))
}

/// `figcheck index`: builds or refreshes the embedded index, or pushes the corpus dirs
/// into the cluster, and says what it did:
/// `indexed 2 files, reused 0, removed 0: 97 figures`. A push the cluster refused sources
/// of is an error once said, naming how many (each is in a note above it).
pub fn index(settings: &CorpusPlan) -> Result<String> {
    let Some(spec) = &settings.backend else {
        let Opened::Local(opened) = open(settings)? else {
            unreachable!("no backend was named");
        };
        let s = opened.stats;
        return Ok(said(
            s.indexed,
            s.reused,
            s.removed,
            opened.corpus.figure_count(),
            None,
        ));
    };
    let mut progress = ProgressLine::new();
    let pushed = cluster::push(spec, &options(settings), &mut |p| progress.update(p));
    progress.clear();
    let pushed = pushed?;
    for note in &pushed.notes {
        eprintln!("note: {note}");
    }
    let label = cluster::Address::parse(spec)?.label();
    if pushed.refused > 0 {
        let sources = if pushed.refused == 1 {
            "source"
        } else {
            "sources"
        };
        anyhow::bail!(
            "{label} refused {} {sources} (see the notes above); the rest are in: {}",
            pushed.refused,
            said(
                pushed.indexed,
                pushed.reused,
                pushed.removed,
                pushed.figures,
                None
            )
        );
    }
    Ok(said(
        pushed.indexed,
        pushed.reused,
        pushed.removed,
        pushed.figures,
        Some(&label),
    ))
}

fn said(indexed: usize, reused: usize, removed: usize, n: u64, into: Option<&str>) -> String {
    let files = if indexed == 1 { "file" } else { "files" };
    let figures = if n == 1 { "figure" } else { "figures" };
    let into = into.map(|l| format!(" into {l}")).unwrap_or_default();
    format!("indexed {indexed} {files}{into}, reused {reused}, removed {removed}: {n} {figures}")
}

/// A single, rewritten stderr line showing indexing progress, drawn only on a terminal
/// and only for corpora big enough to take a noticeable time.
struct ProgressLine {
    enabled: bool,
    drawn: bool,
}

impl ProgressLine {
    fn new() -> Self {
        ProgressLine {
            enabled: std::io::stderr().is_terminal(),
            drawn: false,
        }
    }

    fn update(&mut self, progress: Progress) {
        match progress {
            Progress::Indexing { done, total, path }
                if self.enabled && total > PROGRESS_MIN_FILES =>
            {
                let mut err = std::io::stderr().lock();
                // \r and "erase line" redraw in place; a failed progress write is harmless.
                let _ = write!(err, "\r\x1b[Kindexing {done}/{total} {path}");
                let _ = err.flush();
                self.drawn = true;
            }
            Progress::Done => self.clear(),
            _ => {}
        }
    }

    fn clear(&mut self) {
        if self.drawn {
            eprint!("\r\x1b[K");
            self.drawn = false;
        }
    }
}
