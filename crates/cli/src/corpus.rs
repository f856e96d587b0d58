//! Opening the corpus from the command line: notes and progress on stderr.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use figcheck_corpus::{Corpus, OpenOptions, Opened, Progress};

use figcheck_config::CorpusPlan;

/// Corpora with more sources than this get a progress line while indexing: below it the
/// index builds faster than a progress line could be read.
const PROGRESS_MIN_FILES: usize = 20;

/// Opens (building or refreshing the index as needed) and prints the corpus's notes as
/// `note: …` on stderr.
pub fn open(settings: &CorpusPlan) -> Result<Opened> {
    let opts = OpenOptions {
        corpus_dirs: settings.dirs.clone(),
        index_dir: settings.index.clone(),
        include: settings.include.clone(),
        exclude: settings.exclude.clone(),
        max_source_bytes: settings.max_source_bytes,
    };
    let mut progress = ProgressLine::new();
    let opened = Corpus::open(&opts, &mut |p| progress.update(p));
    progress.clear();
    let opened = opened?;
    for note in &opened.notes {
        eprintln!("note: {note}");
    }
    Ok(opened)
}

/// `indexed 2 files, reused 0, removed 0: 97 figures`
pub fn describe(opened: &Opened) -> String {
    let s = opened.stats;
    let files = if s.indexed == 1 { "file" } else { "files" };
    let n = opened.corpus.figure_count();
    let figures = if n == 1 { "figure" } else { "figures" };
    format!(
        "indexed {} {files}, reused {}, removed {}: {n} {figures}",
        s.indexed, s.reused, s.removed
    )
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
