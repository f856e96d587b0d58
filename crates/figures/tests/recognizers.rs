//! Microsoft Recognizers-Text's English cases, run through figcheck's extractor.
//!
//! The cases live in `tests/recognizers/` at the repository root (see its README for the
//! source, commit and licence). Each file is one Recognizers model; this test runs
//! `extract(input, Format::Plain)` on every case that the reference implementation
//! supports, decides per case whether figcheck agrees with the expected results, and
//! prints a table of cases, passes and pass rate per file:
//!
//! ```text
//! cargo test -p figcheck-figures --test recognizers -- --nocapture
//! ```
//!
//! A second rate per file sets aside the cases `tests/recognizers/deliberate.tsv` lists
//! as deliberate differences, each tied to a section of `docs/recognizers.md`; an entry
//! that passes now, or matches no case, fails the test.
//!
//! Set `RECOGNIZERS_FAILURES=1` (or a file name such as `CurrencyModel`) to also print
//! each failing case with what was expected and what figcheck found.
//!
//! figcheck is not a reimplementation of Recognizers-Text: it is a fact-checker's
//! scanner, and it differs on purpose in several places (identifiers are not figures,
//! glued units are not figures, relative ordinals are not ranks…). Those differences are
//! listed with examples in `docs/recognizers.md`; they show up here as failures, and the
//! floors at the bottom keep what figcheck does get right from regressing.
//!
//! # Which cases run
//!
//! A case marked `NotSupported` or `NotSupportedByDesign` names the platforms whose
//! Recognizers port fails it. The expected results are the .NET implementation's (the
//! reference port), so a case is skipped only when the mark names `dotnet` (or `all`):
//! then not even the reference produces the expected output. Cases marked only for
//! JavaScript, Python or Java still describe what the reference does, and they run.
//!
//! # What "pass" means
//!
//! Positions are compared in characters (`Start`/`End` are character offsets, `End`
//! inclusive). A case passes when every expected result is matched by one figure
//! reading, one to one, and no figure that the model covers is left unmatched (an
//! "extra"). Results with no value (a currency or unit named without an amount, as
//! "dollar" in "dollar: 143.80 yen" or "percent" in "a small percent"; Recognizers writes
//! null or "null") are not figures and are left out of the expectation. Per model:
//!
//! * **Number**: every figure but ordinals and dates is read for its number: the figure's
//!   text without its currency sign or unit word ("$20" → "20", "5 percent" → "5",
//!   "3 times" → "3"). The number's span and value must equal the expected ones.
//! * **Ordinal**: ordinal figures; span and rank must equal. Relative ordinals ("next",
//!   "last", "penultimate") have no rank and cannot match.
//! * **Percent**: percentage figures; span and value (in percent) must equal.
//! * **Currency**: money figures; span and value must equal, and so must the ISO code
//!   where the case gives one (Recognizers leaves a bare "$" or "£" without a code; then
//!   any code is accepted). Recognizers counts "50 cents" as 50 Cent; figcheck as 0.50 of
//!   the main unit, so values in cents, pence or pennies are compared divided by 100.
//! * **NumberRange**: figures that state an interval: `between A and B`/`A–B` (a figure
//!   with an upper end) or a bound (`more than`, `at least`, `less than`, `up to`,
//!   `or more`). The figure's span must lie inside the expected range's (the hedge words
//!   are not part of a figure), and its interval must equal the expected one: the same
//!   bound values, and
//!   for one-sided ranges the same open or closed end. For two-sided ranges openness is
//!   not compared, because Recognizers writes "between 20 and 30" as `[20,30)` while
//!   figcheck reads both ends as claimed values.
//! * **Dimension**: figcheck has no measurement kind; it reads "500,000 barrels" as the
//!   number 500,000 counting "barrels". An expected dimension is matched by a number
//!   figure that starts where it does, has its value, ends inside it, and whose unit noun
//!   is written in the rest of the dimension's text ("10 kilometers per hour" is matched
//!   by 10 counting "kilometers"). Only figures overlapping an expected dimension count
//!   as extras: a figure elsewhere ("20 minutes") is outside what the model describes.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use figcheck_figures::{Figure, Format, Hedge, Kind, extract};
use serde::Deserialize;

mod common;

#[derive(Deserialize)]
struct Case {
    #[serde(rename = "Input")]
    input: String,
    #[serde(rename = "Results", default)]
    results: Vec<Expected>,
    #[serde(rename = "NotSupported", default)]
    not_supported: Option<String>,
    #[serde(rename = "NotSupportedByDesign", default)]
    not_supported_by_design: Option<String>,
}

#[derive(Deserialize)]
struct Expected {
    #[serde(rename = "Text")]
    text: String,
    #[serde(rename = "Resolution", default)]
    resolution: Resolution,
    #[serde(rename = "Start")]
    start: usize,
    #[serde(rename = "End")]
    end: usize,
}

#[derive(Deserialize, Default)]
struct Resolution {
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(rename = "isoCurrency", default)]
    iso_currency: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Model {
    Number,
    Ordinal,
    Percent,
    Currency,
    NumberRange,
    Dimension,
}

/// Each file, its model, and the pass rate (in percent) it must not fall below: the rate
/// reached when the floor was last raised, rounded down to a multiple of 5.
const FILES: [(&str, Model, f64); 6] = [
    ("NumberModel", Model::Number, 55.0),
    ("OrdinalModel", Model::Ordinal, 35.0),
    ("PercentModel", Model::Percent, 80.0),
    ("CurrencyModel", Model::Currency, 75.0),
    ("NumberRangeModel", Model::NumberRange, 55.0),
    ("DimensionModel", Model::Dimension, 65.0),
];

/// An interval as Recognizers writes it: `(20,35]`, `[3965,)`, `(,100]`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Interval {
    low: Option<(f64, bool)>,
    high: Option<(f64, bool)>,
}

/// What a figure says, in the terms one model compares.
#[derive(Debug)]
struct Reading {
    /// Character offsets, end exclusive.
    start: usize,
    end: usize,
    value: f64,
    iso: Option<String>,
    interval: Option<Interval>,
    unit: Option<String>,
}

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/recognizers")
}

/// The .NET port is the reference: a case it does not support has no trustworthy
/// expectation. Marks naming only other ports leave the case in.
fn skipped(case: &Case) -> bool {
    [&case.not_supported, &case.not_supported_by_design]
        .into_iter()
        .flatten()
        .any(|mark| {
            mark.split(',')
                .map(|p| p.trim().to_ascii_lowercase())
                .any(|p| p == "dotnet" || p == "all")
        })
}

fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn parse_value(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').parse().ok()
}

fn parse_interval(s: &str) -> Option<Interval> {
    let s = s.trim();
    let low_closed = s.starts_with('[');
    let high_closed = s.ends_with(']');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (lo, hi) = inner.split_once(',')?;
    let bound = |t: &str, closed: bool| -> Option<Option<(f64, bool)>> {
        if t.trim().is_empty() {
            Some(None)
        } else {
            Some(Some((t.trim().parse().ok()?, closed)))
        }
    };
    Some(Interval {
        low: bound(lo, low_closed)?,
        high: bound(hi, high_closed)?,
    })
}

/// The figure's interval, if it states one: a range or a bound.
fn interval_of(f: &Figure) -> Option<Interval> {
    let q = &f.quantity;
    if let Some(upper) = q.upper {
        return Some(Interval {
            low: Some((q.value, true)),
            high: Some((upper, true)),
        });
    }
    if q.kind == Kind::Ordinal {
        return None; // "top 10" is a rank, not a numeric bound
    }
    let v = q.value;
    Some(match q.hedge? {
        Hedge::MoreThan => Interval {
            low: Some((v, false)),
            high: None,
        },
        Hedge::AtLeast => Interval {
            low: Some((v, true)),
            high: None,
        },
        Hedge::LessThan => Interval {
            low: None,
            high: Some((v, false)),
        },
        Hedge::AtMost => Interval {
            low: None,
            high: Some((v, true)),
        },
        Hedge::About | Hedge::Nearly => return None,
    })
}

fn same_interval(expected: &Interval, got: &Interval) -> bool {
    let two_sided = expected.low.is_some() && expected.high.is_some();
    let bound = |e: Option<(f64, bool)>, g: Option<(f64, bool)>| match (e, g) {
        (None, None) => true,
        (Some((ev, ec)), Some((gv, gc))) => close(gv, ev) && (two_sided || ec == gc),
        _ => false,
    };
    bound(expected.low, got.low) && bound(expected.high, got.high)
}

/// The number inside a figure: its text without the currency sign or unit word that the
/// style recorded around it, as (char start, char end).
fn number_part(input: &str, f: &Figure) -> (usize, usize) {
    let st = &f.quantity.style;
    let mut s = f.start;
    let mut e = f.end;
    // "minus 5": a sign word is part of the number; "$" and "USD " are not
    if let Some(p) = &st.prefix
        && f.text.starts_with(p.as_str())
        && !p.starts_with("minus")
        && !p.starts_with("negative")
    {
        s += p.len();
    }
    // A fraction glyph kept as the suffix ("2½") is part of the number, not a unit.
    let glyph =
        |x: &str| x.chars().count() == 1 && x.chars().all(|c| "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞".contains(c));
    if let Some(x) = &st.suffix
        && !glyph(x)
        && f.text.ends_with(x.as_str())
        && e >= s + x.len()
    {
        e -= x.len();
    }
    (char_offset(input, s), char_offset(input, e))
}

/// The readings of one case's figures that `model` covers.
fn readings(model: Model, input: &str, figures: &[Figure]) -> Vec<Reading> {
    let mut out = Vec::new();
    for f in figures {
        let q = &f.quantity;
        let start = char_offset(input, f.start);
        let end = char_offset(input, f.end);
        let base = Reading {
            start,
            end,
            value: q.value,
            iso: None,
            interval: None,
            unit: q.unit.clone(),
        };
        match model {
            Model::Number => {
                let numeric = match q.kind {
                    Kind::Ordinal | Kind::Date => false,
                    // "twice" is a multiplier, not a written number
                    Kind::Multiplier => q.style.suffix.is_some(),
                    _ => true,
                };
                if numeric {
                    let (s, e) = number_part(input, f);
                    out.push(Reading {
                        start: s,
                        end: e,
                        ..base
                    });
                }
            }
            Model::Ordinal if q.kind == Kind::Ordinal => out.push(base),
            Model::Percent if q.kind == Kind::Percent => out.push(base),
            Model::Currency if q.kind == Kind::Money => out.push(Reading {
                iso: q.unit.clone(),
                ..base
            }),
            Model::NumberRange => {
                if let Some(iv) = interval_of(f) {
                    out.push(Reading {
                        interval: Some(iv),
                        ..base
                    });
                }
            }
            Model::Dimension if matches!(q.kind, Kind::Number | Kind::Fraction) => out.push(base),
            _ => {}
        }
    }
    out
}

/// The expected value, or `None` where the case names no amount (Recognizers writes
/// both a JSON null and the string "null" for that).
fn expected_value(e: &Expected) -> Option<&str> {
    e.resolution.value.as_deref().filter(|v| *v != "null")
}

/// Recognizers counts "50 cents" as 50 of the unit Cent; figcheck normalises money to the
/// currency's main unit (0.50 USD), as "$0.50" would be.
fn subunit_factor(e: &Expected) -> f64 {
    match e.resolution.unit.as_deref() {
        Some("Cent" | "Pence" | "Penny") => 0.01,
        _ => 1.0,
    }
}

fn matches(model: Model, e: &Expected, r: &Reading) -> bool {
    let (es, ee) = (e.start, e.end + 1);
    let value = expected_value(e);
    match model {
        Model::Number | Model::Ordinal | Model::Percent => {
            r.start == es
                && r.end == ee
                && value
                    .and_then(parse_value)
                    .is_some_and(|v| close(r.value, v))
        }
        Model::Currency => {
            r.start == es
                && r.end == ee
                && value
                    .and_then(parse_value)
                    .is_some_and(|v| close(r.value, v * subunit_factor(e)))
                && e.resolution
                    .iso_currency
                    .as_ref()
                    .is_none_or(|iso| r.iso.as_ref() == Some(iso))
        }
        Model::NumberRange => {
            r.start >= es
                && r.end <= ee
                && value
                    .and_then(parse_interval)
                    .zip(r.interval)
                    .is_some_and(|(ei, gi)| same_interval(&ei, &gi))
        }
        Model::Dimension => {
            r.start == es
                && r.end <= ee
                && value
                    .and_then(parse_value)
                    .is_some_and(|v| close(r.value, v))
                && r.unit.as_ref().is_some_and(|u| {
                    let after: String = e.text.chars().skip(r.end - r.start).collect();
                    after.to_lowercase().contains(&u.to_lowercase())
                })
        }
    }
}

struct Outcome {
    pass: bool,
    missing: Vec<String>,
    extra: Vec<String>,
}

fn judge(model: Model, case: &Case) -> Outcome {
    let figures = extract(&case.input, Format::Plain);
    let rs = readings(model, &case.input, &figures);
    let expected: Vec<&Expected> = case
        .results
        .iter()
        .filter(|e| expected_value(e).is_some())
        .collect();
    let mut used = vec![false; rs.len()];
    let mut missing = Vec::new();
    for e in &expected {
        let hit = rs
            .iter()
            .enumerate()
            .find(|(k, r)| !used[*k] && matches(model, e, r));
        match hit {
            Some((k, _)) => used[k] = true,
            None => missing.push(format!(
                "{:?}@{}..{}={}",
                e.text,
                e.start,
                e.end + 1,
                expected_value(e).unwrap_or("")
            )),
        }
    }
    let overlaps_expected =
        |r: &Reading| expected.iter().any(|e| r.start <= e.end && e.start < r.end);
    let extra: Vec<String> = rs
        .iter()
        .zip(&used)
        .filter(|(r, u)| !**u && (model != Model::Dimension || overlaps_expected(r)))
        .map(|(r, _)| {
            let text: String = case
                .input
                .chars()
                .skip(r.start)
                .take(r.end.saturating_sub(r.start))
                .collect();
            format!("{text:?}@{}..{}={}", r.start, r.end, r.value)
        })
        .collect();
    Outcome {
        pass: missing.is_empty() && extra.is_empty(),
        missing,
        extra,
    }
}

/// The cases where figcheck differs on purpose (`tests/recognizers/deliberate.tsv`):
/// (file, input) → the section of `docs/recognizers.md` that gives the reason.
fn deliberate() -> HashMap<(String, String), String> {
    let path = cases_dir().join("deliberate.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let docs_path = cases_dir().join("../../docs/recognizers.md");
    let docs = std::fs::read_to_string(&docs_path)
        .unwrap_or_else(|e| panic!("{}: {e}", docs_path.display()));
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        let [file, section, input] = cols[..] else {
            panic!("deliberate.tsv line {}: expected three columns", n + 1);
        };
        assert!(
            docs.lines()
                .any(|l| l.strip_prefix("### ") == Some(section)),
            "deliberate.tsv line {}: no section {section:?} in docs/recognizers.md",
            n + 1
        );
        let input: String = serde_json::from_str(input)
            .unwrap_or_else(|e| panic!("deliberate.tsv line {}: {e}", n + 1));
        out.insert((file.to_string(), input), section.to_string());
    }
    out
}

/// What one file gave: cases run and passed, failing cases set aside as documented
/// differences, listed differences that now pass or match no case, and the report.
struct FileRun {
    run: usize,
    passed: usize,
    set_aside: usize,
    stale: Vec<String>,
    report: String,
}

/// Runs one file's cases.
fn run_file(
    name: &str,
    model: Model,
    show_failures: bool,
    deliberate: &HashMap<(String, String), String>,
) -> FileRun {
    let path = cases_dir().join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<Case> =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut run = 0;
    let mut passed = 0;
    let mut set_aside = 0;
    let mut stale = Vec::new();
    let mut listed_seen = std::collections::HashSet::new();
    let mut report = String::new();
    for case in cases.iter().filter(|c| !skipped(c)) {
        run += 1;
        let o = judge(model, case);
        let listed = deliberate.contains_key(&(name.to_string(), case.input.clone()));
        if listed {
            listed_seen.insert(case.input.clone());
        }
        if o.pass {
            passed += 1;
            if listed {
                stale.push(format!("{name}: {:?} passes now", case.input));
            }
        } else if listed {
            set_aside += 1;
        } else if show_failures {
            let figs = common::describe(&extract(&case.input, Format::Plain));
            let _ = writeln!(
                report,
                "  {name} FAIL {:?}\n    missing {:?}\n    extra   {:?}\n    figures {}",
                case.input, o.missing, o.extra, figs
            );
        }
    }
    for (file, input) in deliberate.keys() {
        if file == name && !listed_seen.contains(input) {
            stale.push(format!("{name}: {input:?} is no case that runs"));
        }
    }
    FileRun {
        run,
        passed,
        set_aside,
        stale,
        report,
    }
}

#[test]
fn recognizers_text_english_conformance() {
    let wanted = std::env::var("RECOGNIZERS_FAILURES").unwrap_or_default();
    let mut table = String::from(
        "\nRecognizers-Text English cases through figcheck's extractor\n\
         file                  cases  passed  pass rate   floor   documented  excluding them\n",
    );
    let mut below = Vec::new();
    let mut failures = String::new();
    let deliberate = deliberate();
    let mut stale = Vec::new();
    for (name, model, floor) in FILES {
        let show = wanted == "1" || (!wanted.is_empty() && name.contains(wanted.as_str()));
        let r = run_file(name, model, show, &deliberate);
        let (run, passed) = (r.run, r.passed);
        assert!(run > 0, "{name}: no case ran");
        let rate = 100.0 * passed as f64 / run as f64;
        let excluding = 100.0 * passed as f64 / (run - r.set_aside).max(1) as f64;
        let _ = writeln!(
            table,
            "{name:<20} {run:>6} {passed:>7} {rate:>9.1}% {floor:>6.0}% {:>12} {excluding:>14.1}%",
            r.set_aside
        );
        failures.push_str(&r.report);
        stale.extend(r.stale);
        if rate < floor {
            below.push(format!("{name}: {rate:.1}% < floor {floor}%"));
        }
    }
    println!("{failures}{table}");
    assert!(
        stale.is_empty(),
        "tests/recognizers/deliberate.tsv lists cases that are no longer differences: {stale:?}"
    );
    assert!(
        below.is_empty(),
        "pass rate fell below its floor: {below:?}"
    );
}

#[test]
fn only_cases_the_reference_port_fails_are_skipped() {
    let case = |ns: &str| Case {
        input: String::new(),
        results: Vec::new(),
        not_supported: Some(ns.to_string()),
        not_supported_by_design: None,
    };
    assert!(skipped(&case("dotnet, javascript, python, java")));
    assert!(skipped(&case("java, dotnet")));
    assert!(!skipped(&case("javascript, python, java")));
    assert!(!skipped(&case("javascript")));
}

#[test]
fn intervals_parse_as_recognizers_writes_them() {
    let iv = parse_interval("(20,35]").expect("interval");
    assert_eq!(iv.low, Some((20.0, false)));
    assert_eq!(iv.high, Some((35.0, true)));
    let iv = parse_interval("[3965,)").expect("interval");
    assert_eq!(iv.low, Some((3965.0, true)));
    assert_eq!(iv.high, None);
    let iv = parse_interval("(,100]").expect("interval");
    assert_eq!(iv.low, None);
    assert_eq!(iv.high, Some((100.0, true)));
}
