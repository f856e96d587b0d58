//! figcheck's own extraction cases: the figure forms newsroom prose uses, one per line in
//! `tests/extraction/cases.tsv` (written for figcheck, see the file's header).
//!
//! ```text
//! cargo test -p figcheck-figures --test extraction -- --nocapture
//! ```
//!
//! prints the pass rate per label for the development part and the blind part. A case
//! passes when some figure found in its text has the expected kind and value (money in
//! its major unit, percentages in percent; see [`passes`]). The blind part (a fixed
//! quarter of the cases, chosen by a hash of the line) is for reporting: its failures are
//! printed only with `EXTRACTION_FAILURES=blind`, so that the recognizers are not tuned
//! to it. `EXTRACTION_FAILURES=1` prints the development part's failures.

use std::collections::BTreeMap;
use std::path::PathBuf;

use figcheck_figures::{Figure, Format, Kind, extract};

mod common;

struct Case {
    label: String,
    value: f64,
    text: String,
    blind: bool,
}

fn cases() -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/extraction/cases.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/extraction/cases.tsv is readable");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (Some(label), Some(value), Some(text)) = (cols.next(), cols.next(), cols.next()) else {
            panic!(
                "cases.tsv line {}: expected three tab-separated columns",
                n + 1
            );
        };
        let value: f64 = value
            .parse()
            .unwrap_or_else(|_| panic!("cases.tsv line {}: bad value {value:?}", n + 1));
        out.push(Case {
            label: label.to_string(),
            value,
            text: text.to_string(),
            blind: fnv(line).is_multiple_of(4),
        });
    }
    out
}

/// FNV-1a: a split that stays put across Rust versions and machines.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Whether one of `figures` is what the case expects. `money`, `percent`, `ordinal`,
/// `year` and `time` (in minutes after midnight) must have that kind; `number` may be a number, fraction or multiplier; `date`
/// is a date on that day of the month; `range` has the value at either end; every other
/// label (ages, durations, scores, rates, quantities) only needs the value, since
/// figcheck reads those as counts with a unit.
fn passes(label: &str, value: f64, figures: &[Figure]) -> bool {
    figures.iter().any(|f| {
        let q = &f.quantity;
        let kind_fits = match label {
            "money" => q.kind == Kind::Money,
            "percent" => matches!(q.kind, Kind::Percent | Kind::PercentagePoints),
            "ordinal" => q.kind == Kind::Ordinal,
            "year" => q.kind == Kind::Year,
            "time" => q.kind == Kind::Time,
            "number" => matches!(q.kind, Kind::Number | Kind::Fraction | Kind::Multiplier),
            "date" => return q.kind == Kind::Date && close(q.value % 100.0, value),
            "range" => {
                return close(q.value, value) || q.upper.is_some_and(|u| close(u, value));
            }
            _ => true,
        };
        kind_fits && (close(q.value, value) || q.per.as_ref().is_some_and(|p| close(p.base, value)))
    })
}

/// Pass rates this file must keep (development part, blind part), rounded down to a
/// multiple of 5% when last raised.
const FLOORS: (f64, f64) = (0.95, 0.95);

#[test]
fn extraction_cases() {
    let failures = std::env::var("EXTRACTION_FAILURES").unwrap_or_default();
    let mut by_label: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    let mut report = String::new();
    for case in cases() {
        let figures = extract(&case.text, Format::Plain);
        let ok = passes(&case.label, case.value, &figures);
        let e = by_label
            .entry((case.blind, case.label.clone()))
            .or_default();
        e.0 += 1;
        e.1 += usize::from(ok);
        let show = if case.blind {
            failures == "blind"
        } else {
            failures == "1"
        };
        if !ok && show {
            let found = common::describe(&figures);
            report.push_str(&format!(
                "  FAIL {} {} {:?}\n    found {}\n",
                case.label, case.value, case.text, found
            ));
        }
    }
    let mut totals = [(0usize, 0usize); 2];
    println!("{:<10} {:>12} {:>12}", "label", "dev", "blind");
    let labels: std::collections::BTreeSet<&String> = by_label.keys().map(|(_, l)| l).collect();
    for label in labels {
        let cell = |blind: bool| {
            by_label
                .get(&(blind, label.clone()))
                .map_or("-".to_string(), |(n, p)| format!("{p}/{n}"))
        };
        println!("{label:<10} {:>12} {:>12}", cell(false), cell(true));
    }
    for ((blind, _), (n, p)) in &by_label {
        let t = &mut totals[usize::from(*blind)];
        t.0 += n;
        t.1 += p;
    }
    let rate = |(n, p): (usize, usize)| p as f64 / n.max(1) as f64;
    println!(
        "{:<10} {:>12} {:>12}",
        "all",
        format!("{:.3} ({}/{})", rate(totals[0]), totals[0].1, totals[0].0),
        format!("{:.3} ({}/{})", rate(totals[1]), totals[1].1, totals[1].0)
    );
    print!("{report}");
    assert!(
        rate(totals[0]) >= FLOORS.0 && rate(totals[1]) >= FLOORS.1,
        "extraction pass rate fell below its floor {FLOORS:?}"
    );
}
