//! Shared by the check crate's integration tests: the bundled corpus, and the scoring of
//! a labelled set of drafts (`tests/devset/`, `tests/holdout/`, `tests/holdout2/`).
//!
//! A labelled set is a folder of drafts (`.md`, or `.txt` read as plain text) with
//! `labels.tsv` (`file, line, figure, verdict, suggestion[, category]`) and
//! `not_figures.tsv` (`file, line, text`); see `tests/devset/README.md`. Scoring reports
//! extraction recall and precision, precision and recall of flags (a flag is a figure
//! reported contradicted or unsupported), verdict accuracy, suggestion accuracy and
//! not-figure violations, prints every mismatch, and fails below the set's floors.
#![allow(dead_code)] // each test binary uses part of this module

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

/// Quality floors of a labelled set: regression alarms a little below what the engine
/// reached (rounded down to 0.05). Raise them when the engine improves on its own;
/// lowering one needs a reason, written beside it.
pub struct Floors {
    pub extraction_recall: f64,
    pub extraction_precision: f64,
    pub flag_precision: f64,
    pub flag_recall: f64,
    pub verdict_accuracy: f64,
    pub suggestion_accuracy: f64,
    /// Text listed in `not_figures.tsv` that the engine may still report as a figure.
    pub max_not_figure_violations: usize,
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled corpus (`corpus/*.txt`), indexed in memory, with the paths users see.
pub fn bundled_corpus() -> Corpus {
    let dir = root().join("corpus");
    let mut docs: Vec<SourceDoc> = std::fs::read_dir(&dir)
        .expect("bundled corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| SourceDoc {
            path: format!(
                "corpus/{}",
                p.file_name().and_then(|n| n.to_str()).unwrap_or_default()
            ),
            text: std::fs::read_to_string(&p).expect("readable source"),
        })
        .collect();
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    Corpus::from_docs(docs).expect("index")
}

/// A case of a JSON-lines set (`tests/fresh/*.jsonl`, `tests/summedits/`; one case a
/// line: `sources` with `name` and `text`, and a `draft` with `name` and `text`): its
/// sources indexed in memory as `scripts/quality.py` places them, and its draft as it
/// reads it.
pub struct JsonCase {
    pub id: String,
    pub corpus: Corpus,
    pub draft: String,
    pub format: Format,
}

impl JsonCase {
    pub fn of(case: &serde_json::Value) -> JsonCase {
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        let docs: Vec<SourceDoc> = case["sources"]
            .as_array()
            .expect("the case's sources")
            .iter()
            .map(|s| SourceDoc {
                path: format!("corpus/{}", text(&s["name"])),
                text: text(&s["text"]),
            })
            .collect();
        let format = if text(&case["draft"]["name"]).ends_with(".md") {
            Format::Markdown
        } else {
            Format::Plain
        };
        JsonCase {
            id: text(&case["id"]),
            corpus: Corpus::from_docs(docs).expect("the case's sources index"),
            draft: text(&case["draft"]["text"]),
            format,
        }
    }

    /// The case `id` of `tests/fresh/<set>.jsonl`.
    pub fn fresh(set: &str, id: &str) -> JsonCase {
        let path = root().join(format!("tests/fresh/{set}.jsonl"));
        let lines = std::fs::read_to_string(&path).expect("a fresh set");
        let case = lines
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find(|c| c["id"] == id)
            .expect("the case");
        JsonCase::of(&case)
    }
}

#[derive(Clone, Debug)]
struct Label {
    file: String,
    line: usize,
    figure: String,
    verdict: Verdict,
    suggestion: Option<String>,
    categories: Vec<String>,
}

#[derive(Clone, Debug)]
struct NotFigure {
    file: String,
    line: usize,
    text: String,
}

/// Rows of a TSV file with a header, skipping blank lines and `#` comments.
fn rows(path: &Path) -> Vec<(usize, Vec<String>)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').map(str::to_string).collect()))
        .collect()
}

fn parse_verdict(s: &str) -> Verdict {
    match s {
        "supported" => Verdict::Supported,
        "contradicted" => Verdict::Contradicted,
        "unsupported" => Verdict::Unsupported,
        other => panic!("unknown verdict {other:?}"),
    }
}

fn labels(dir: &Path) -> Vec<Label> {
    rows(&dir.join("labels.tsv"))
        .into_iter()
        .map(|(n, cols)| {
            assert!(cols.len() >= 4, "labels.tsv:{n}: too few columns");
            let get = |i: usize| cols.get(i).map(String::as_str).unwrap_or("");
            Label {
                file: get(0).to_string(),
                line: get(1)
                    .parse()
                    .unwrap_or_else(|_| panic!("labels.tsv:{n}: bad line")),
                figure: get(2).to_string(),
                verdict: parse_verdict(get(3)),
                suggestion: Some(get(4).to_string()).filter(|s| !s.is_empty()),
                categories: get(5)
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            }
        })
        .collect()
}

fn not_figures(dir: &Path) -> Vec<NotFigure> {
    rows(&dir.join("not_figures.tsv"))
        .into_iter()
        .map(|(n, cols)| {
            assert!(cols.len() >= 3, "not_figures.tsv:{n}: too few columns");
            NotFigure {
                file: cols[0].clone(),
                line: cols[1]
                    .parse()
                    .unwrap_or_else(|_| panic!("not_figures.tsv:{n}: bad line")),
                text: cols[2].clone(),
            }
        })
        .collect()
}

/// Byte range of each 1-based line.
fn line_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        out.push(start..i);
        start = i + 1;
    }
    out.push(start..text.len());
    out
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

fn is_flag(v: Verdict) -> bool {
    v != Verdict::Supported
}

fn short(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "S",
        Verdict::Contradicted => "C",
        Verdict::Unsupported => "U",
    }
}

/// A labelled figure and what the engine said about it, if it found it.
struct Scored<'a> {
    label: &'a Label,
    found: Option<&'a Finding>,
}

#[derive(Default)]
struct Tally {
    labels: usize,
    found: usize,
    verdict_ok: usize,
}

/// Scores the engine over the labelled set in `tests/<set>/` against the bundled corpus,
/// prints the table and every mismatch, and panics if a floor is not met.
pub fn score_labelled_set(set: &str, floors: &Floors) {
    let dir = root().join("tests").join(set);
    let labels = labels(&dir);
    let not_figures = not_figures(&dir);
    let corpus = bundled_corpus();
    let engine = Engine::new(&corpus);

    let mut drafts: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("tests/{set}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| (n.ends_with(".md") || n.ends_with(".txt")) && n != "README.md")
        .collect();
    drafts.sort();
    assert!(!drafts.is_empty(), "no drafts in tests/{set}");
    for l in &labels {
        assert!(
            drafts.contains(&l.file),
            "labels.tsv names unknown draft {}",
            l.file
        );
    }

    let texts: BTreeMap<String, String> = drafts
        .iter()
        .map(|d| {
            (
                d.clone(),
                std::fs::read_to_string(dir.join(d)).expect("draft"),
            )
        })
        .collect();
    let findings: BTreeMap<String, Vec<Finding>> = texts
        .iter()
        .map(|(d, t)| {
            (
                d.clone(),
                engine.check_text(t, Format::from_path(Path::new(d))),
            )
        })
        .collect();

    // Labels must still point at their text: a draft edited without its labels would
    // otherwise score as engine misses.
    for l in &labels {
        let lines = line_ranges(&texts[&l.file]);
        let line = lines
            .get(l.line.wrapping_sub(1))
            .map(|r| &texts[&l.file][r.clone()])
            .unwrap_or_default();
        assert!(
            line.contains(&l.figure),
            "labels.tsv: {}:{} does not contain {:?}",
            l.file,
            l.line,
            l.figure
        );
    }
    for n in &not_figures {
        let lines = line_ranges(&texts[&n.file]);
        let line = lines
            .get(n.line.wrapping_sub(1))
            .map(|r| &texts[&n.file][r.clone()])
            .unwrap_or_default();
        assert!(
            line.contains(&n.text),
            "not_figures.tsv: {}:{} does not contain {:?}",
            n.file,
            n.line,
            n.text
        );
    }

    // Pair labels with findings by (file, line, figure text), in text order.
    let mut scored: Vec<Scored<'_>> = Vec::new();
    let mut unmatched: Vec<(&str, &Finding)> = Vec::new();
    for d in &drafts {
        let mut pool: HashMap<(usize, &str), Vec<&Finding>> = HashMap::new();
        for f in &findings[d] {
            pool.entry((f.start.line, f.figure.text.as_str()))
                .or_default()
                .push(f);
        }
        for v in pool.values_mut() {
            v.reverse();
        }
        for l in labels.iter().filter(|l| &l.file == d) {
            let found = pool
                .get_mut(&(l.line, l.figure.as_str()))
                .and_then(Vec::pop);
            scored.push(Scored { label: l, found });
        }
        let mut rest: Vec<&Finding> = pool.into_values().flatten().collect();
        rest.sort_by_key(|f| f.start.byte);
        unmatched.extend(rest.into_iter().map(|f| (d.as_str(), f)));
    }

    // Unlabelled findings that overlap text listed as not a figure.
    let violations: Vec<(&str, &Finding, &str)> = unmatched
        .iter()
        .filter_map(|(d, f)| {
            let text = &texts[*d];
            let lines = line_ranges(text);
            not_figures
                .iter()
                .filter(|n| n.file == *d && n.line == f.start.line)
                .find(|n| {
                    let r = &lines[n.line - 1];
                    text[r.clone()]
                        .match_indices(n.text.as_str())
                        .any(|(k, m)| {
                            let (s, e) = (r.start + k, r.start + k + m.len());
                            f.figure.start < e && s < f.figure.end
                        })
                })
                .map(|n| (*d, *f, n.text.as_str()))
        })
        .collect();

    // Extraction.
    let total_labels = scored.len();
    let found_labels = scored.iter().filter(|s| s.found.is_some()).count();
    let total_findings: usize = findings.values().map(Vec::len).sum();
    let extraction_recall = ratio(found_labels, total_labels);
    let extraction_precision = ratio(found_labels, total_findings);

    // Flags: everything the writer would be told to look at. A flag on a figure that is
    // not labelled is a false alarm; a flagged label the engine never found is a miss.
    let expected_flags = scored.iter().filter(|s| is_flag(s.label.verdict)).count();
    let raised_flags = findings
        .values()
        .flatten()
        .filter(|f| is_flag(f.verdict))
        .count();
    let right_flags = scored
        .iter()
        .filter(|s| is_flag(s.label.verdict) && s.found.is_some_and(|f| is_flag(f.verdict)))
        .count();
    let flag_precision = ratio(right_flags, raised_flags);
    let flag_recall = ratio(right_flags, expected_flags);

    let verdict_ok = scored
        .iter()
        .filter(|s| s.found.is_some_and(|f| f.verdict == s.label.verdict))
        .count();
    let verdict_accuracy = ratio(verdict_ok, total_labels);
    let verdict_accuracy_found = ratio(verdict_ok, found_labels);

    let contradicted: Vec<&Scored<'_>> = scored
        .iter()
        .filter(|s| s.label.verdict == Verdict::Contradicted)
        .collect();
    let suggestion_ok = contradicted
        .iter()
        .filter(|s| {
            s.found.is_some_and(|f| {
                f.verdict == Verdict::Contradicted && f.suggestion == s.label.suggestion
            })
        })
        .count();
    let suggestion_accuracy = ratio(suggestion_ok, contradicted.len());

    // Confusion matrix: label verdict × engine verdict ("-" = not extracted).
    let mut confusion: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for s in &scored {
        let got = s.found.map_or("-", |f| short(f.verdict));
        *confusion.entry((short(s.label.verdict), got)).or_default() += 1;
    }

    let mut by_category: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_file: BTreeMap<&str, Tally> = BTreeMap::new();
    for s in &scored {
        let ok = s.found.is_some_and(|f| f.verdict == s.label.verdict);
        let count = |t: &mut Tally| {
            t.labels += 1;
            t.found += usize::from(s.found.is_some());
            t.verdict_ok += usize::from(ok);
        };
        for c in &s.label.categories {
            count(by_category.entry(c.as_str()).or_default());
        }
        count(by_file.entry(s.label.file.as_str()).or_default());
    }

    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "\n== figcheck {set}: {} drafts, {total_labels} labelled figures ==",
        drafts.len()
    );
    let _ = writeln!(
        w,
        "labels: {} supported, {} contradicted, {} unsupported; {} not-figures",
        scored
            .iter()
            .filter(|s| s.label.verdict == Verdict::Supported)
            .count(),
        contradicted.len(),
        scored
            .iter()
            .filter(|s| s.label.verdict == Verdict::Unsupported)
            .count(),
        not_figures.len()
    );
    let _ = writeln!(
        w,
        "\n{:<34} {:>7}  {:>9}  {:>5}",
        "metric", "value", "n/d", "floor"
    );
    let mut row = |name: &str, v: f64, n: usize, d: usize, floor: Option<f64>| {
        let _ = writeln!(
            w,
            "{name:<34} {v:>7.3}  {:>9}  {}",
            format!("{n}/{d}"),
            floor.map_or(String::new(), |f| format!("{f:.2}"))
        );
    };
    row(
        "extraction recall",
        extraction_recall,
        found_labels,
        total_labels,
        Some(floors.extraction_recall),
    );
    row(
        "extraction precision",
        extraction_precision,
        found_labels,
        total_findings,
        Some(floors.extraction_precision),
    );
    row(
        "flag precision",
        flag_precision,
        right_flags,
        raised_flags,
        Some(floors.flag_precision),
    );
    row(
        "flag recall",
        flag_recall,
        right_flags,
        expected_flags,
        Some(floors.flag_recall),
    );
    row(
        "verdict accuracy (all labels)",
        verdict_accuracy,
        verdict_ok,
        total_labels,
        Some(floors.verdict_accuracy),
    );
    row(
        "verdict accuracy (extracted)",
        verdict_accuracy_found,
        verdict_ok,
        found_labels,
        None,
    );
    row(
        "suggestion accuracy (contradicted)",
        suggestion_accuracy,
        suggestion_ok,
        contradicted.len(),
        Some(floors.suggestion_accuracy),
    );
    let _ = writeln!(
        w,
        "{:<34} {:>7}  {:>9}  max {}",
        "not-figure violations",
        violations.len(),
        "",
        floors.max_not_figure_violations,
    );

    let _ = writeln!(
        w,
        "\nconfusion (rows: label, columns: engine; - = not extracted)"
    );
    let _ = writeln!(w, "      S     C     U     -");
    for e in ["S", "C", "U"] {
        let _ = write!(w, "{e}  ");
        for g in ["S", "C", "U", "-"] {
            let _ = write!(w, "{:>5} ", confusion.get(&(e, g)).copied().unwrap_or(0));
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(
        w,
        "\n{:<30} {:>6} {:>6} {:>8}",
        "category / draft", "labels", "found", "verdict"
    );
    for (name, t) in by_category.iter().chain(by_file.iter()) {
        let _ = writeln!(
            w,
            "{name:<30} {:>6} {:>6} {:>8}",
            t.labels,
            t.found,
            format!("{}/{}", t.verdict_ok, t.labels)
        );
    }

    let _ = writeln!(w, "\nmismatches (file:line figure expected→got):");
    for s in &scored {
        let l = s.label;
        let expected = match &l.suggestion {
            Some(sug) => format!("{} ({sug})", l.verdict.as_str()),
            None => l.verdict.as_str().to_string(),
        };
        match s.found {
            None => {
                let _ = writeln!(
                    w,
                    "  {}:{} {:?} {expected}→NOT EXTRACTED",
                    l.file, l.line, l.figure
                );
            }
            Some(f)
                if f.verdict != l.verdict
                    || (l.verdict == Verdict::Contradicted && f.suggestion != l.suggestion) =>
            {
                let got = match &f.suggestion {
                    Some(sug) => format!("{} ({sug})", f.verdict.as_str()),
                    None => f.verdict.as_str().to_string(),
                };
                let evidence = f
                    .evidence
                    .first()
                    .map(|e| format!(" [evidence {:?}: {}]", e.text, e.quote))
                    .unwrap_or_default();
                let _ = writeln!(
                    w,
                    "  {}:{} {:?} {expected}→{got}  claim: {}{evidence}",
                    l.file, l.line, l.figure, f.claim
                );
            }
            Some(_) => {}
        }
    }
    for (d, f) in &unmatched {
        let why = violations
            .iter()
            .find(|(vd, vf, _)| vd == d && std::ptr::eq(*vf, *f))
            .map_or("unlabelled figure".to_string(), |(_, _, t)| {
                format!("NOT A FIGURE ({t:?})")
            });
        let _ = writeln!(
            w,
            "  {d}:{} {:?} {why}→{}  claim: {}",
            f.start.line,
            f.figure.text,
            f.verdict.as_str(),
            f.claim
        );
    }
    println!("{out}");

    let mut failures = Vec::new();
    let mut floor = |name: &str, v: f64, f: f64| {
        if v + 1e-9 < f {
            failures.push(format!("{name} {v:.3} is below its floor {f:.2}"));
        }
    };
    floor(
        "extraction recall",
        extraction_recall,
        floors.extraction_recall,
    );
    floor(
        "extraction precision",
        extraction_precision,
        floors.extraction_precision,
    );
    floor("flag precision", flag_precision, floors.flag_precision);
    floor("flag recall", flag_recall, floors.flag_recall);
    floor(
        "verdict accuracy",
        verdict_accuracy,
        floors.verdict_accuracy,
    );
    floor(
        "suggestion accuracy",
        suggestion_accuracy,
        floors.suggestion_accuracy,
    );
    if violations.len() > floors.max_not_figure_violations {
        failures.push(format!(
            "{} not-figure violations, at most {} allowed",
            violations.len(),
            floors.max_not_figure_violations
        ));
    }
    assert!(
        failures.is_empty(),
        "{set} quality regressed:\n  {}\n(run with --nocapture for the table)",
        failures.join("\n  ")
    );
}

/// The words of the claim the engine states for the figure written `text`, among the
/// `claims` of a draft (`Engine::claims_of`).
pub fn claim_words(
    claims: &[(figcheck_figures::Figure, figcheck_claims::Claim)],
    text: &str,
) -> Vec<String> {
    claims
        .iter()
        .find(|(f, _)| f.text == text)
        .map(|(_, claim)| claim.words())
        .unwrap_or_else(|| panic!("no {text} in {claims:?}"))
}
