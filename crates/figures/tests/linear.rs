//! Linear time by test: the scanners' work, counted in characters visited
//! (`figcheck_figures::work`), grows in proportion to the input for the shapes that once
//! made figcheck quadratic or worse (issue 7): digit runs joined by punctuation, one long
//! sentence of many figures, a long draft, long lines, CR-only line ends.
//!
//! Each shape is generated at 10 KB, 100 KB and 1 MB; ten times the input may cost at most
//! `MAX_GROWTH` times the work. A quadratic loop gives about 100.

use figcheck_figures::{Format, contexts, extract, work};

/// Ten times the input may cost at most this many times the work.
const MAX_GROWTH: f64 = 13.0;

/// `unit` repeated until the text is at least `bytes` long, then `end`.
fn repeat(unit: &str, bytes: usize, end: &str) -> String {
    let mut s = unit.repeat(bytes.div_ceil(unit.len()));
    s.push_str(end);
    s
}

fn work_for(text: &str, format: Format) -> (u64, usize) {
    work::reset();
    let figures = extract(text, format);
    let contexts = contexts(text, &figures);
    assert_eq!(contexts.len(), figures.len());
    (work::steps(), figures.len())
}

fn assert_linear(name: &str, make: impl Fn(usize) -> String, format: Format) {
    let sizes = [10_000, 100_000, 1_000_000];
    let works: Vec<(u64, usize)> = sizes.iter().map(|&n| work_for(&make(n), format)).collect();
    for k in 1..works.len() {
        let growth = works[k].0 as f64 / works[k - 1].0.max(1) as f64;
        println!(
            "{name}: {} B → {} B: work {} → {} (×{growth:.1}), figures {} → {}",
            sizes[k - 1],
            sizes[k],
            works[k - 1].0,
            works[k].0,
            works[k - 1].1,
            works[k].1
        );
        assert!(
            growth <= MAX_GROWTH,
            "{name}: work grew ×{growth:.1} for ×10 input ({} → {})",
            works[k - 1].0,
            works[k].0
        );
    }
}

#[test]
fn digit_runs_joined_by_punctuation() {
    for sep in [",", ".", "-", "/", ":", " ", ", "] {
        assert_linear(
            &format!("'1{sep}' × n"),
            |n| repeat(&format!("1{sep}"), n, "0"),
            Format::Plain,
        );
    }
}

/// Pairs of digits between commas look like Indian grouping ("12,34,567") at every start.
#[test]
fn pairs_of_digits_joined_by_commas() {
    for unit in ["12,", "12,34,", "1,50,"] {
        assert_linear(
            &format!("'{unit}' × n"),
            |n| repeat(unit, n, "567"),
            Format::Plain,
        );
    }
}

#[test]
fn one_long_sentence_of_many_figures() {
    assert_linear(
        "'Korea installed 30,600 robots and ' × n",
        |n| repeat("Korea installed 30,600 robots and ", n, "more."),
        Format::Plain,
    );
    assert_linear(
        "numbers separated by spaces",
        |n| {
            let mut s = String::new();
            let mut k = 0u64;
            while s.len() < n {
                s.push_str(&format!("{} ", k * 7));
                k += 1;
            }
            s
        },
        Format::Plain,
    );
}

#[test]
fn long_drafts_of_ordinary_prose() {
    let draft = include_str!("../../../examples/draft.md");
    assert_linear(
        "the sample draft × n",
        |n| repeat(draft, n, ""),
        Format::Markdown,
    );
    assert_linear(
        "CR-only lines",
        |n| repeat("Intro.\rKorea installed 31,600 robots in 2024.\r", n, ""),
        Format::Plain,
    );
    assert_linear(
        "accented names",
        |n| repeat("Éric and Ökan said 5 of Ωmega's 12 were İzmir's. ", n, ""),
        Format::Plain,
    );
}

#[test]
fn long_runs_without_figures() {
    assert_linear("one long word", |n| repeat("a", n, " 5"), Format::Plain);
    assert_linear("a.a.a…", |n| repeat("a.", n, " 5"), Format::Plain);
    assert_linear("blank lines", |n| repeat("\n", n, "5"), Format::Markdown);
    assert_linear(
        "one long line of spaces",
        |n| repeat(" ", n, "5"),
        Format::Plain,
    );
}
