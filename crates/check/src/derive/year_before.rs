//! The year a source compares with without naming it: "4,820 children, 670 more than in
//! 2024" where the 2025 season report says "enrolled 4,820 children, up 16.1% from
//! 4,150". A report whose title names its year writes "from …", "last year" or "a year
//! earlier" for the year before that one; a draft that names that year beside the figure
//! the report compares states what the report means.
//!
//! Only a year the draft writes beside a value the source states (a companion of three
//! significant digits or more), in a prose sentence that compares it so, in a source
//! whose title (one of its first lines) names the year after the claim's.

use std::sync::Arc;

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::Kind;

use crate::evidence::Prepared;
use crate::features::{SPECIFIC_DIGITS, significant_digits};

/// How many lines from a source's head its title may stand.
const TITLE_LINES: usize = 4;

/// Words of a sentence that compare a value with the year before the report's.
const THE_YEAR_BEFORE: &[&str] = &[
    "last year",
    "a year earlier",
    "a year ago",
    "the year before",
    "the previous year",
    "the prior year",
];

pub(super) fn year_compared_with(
    corpus: &dyn Sources,
    _prepared: &Prepared,
    claim: &Claim,
    _exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Year || claim.comparison != Comparison::Eq || claim.companions.is_empty() {
        return None;
    }
    // A value that rarely recurs by chance: two small counts of a sentence ("filled on
    // 41 days last year, up from 29, and … complaints since 2024") say nothing of which
    // year a third figure names.
    for &v in claim
        .companions
        .iter()
        .filter(|&&v| significant_digits(v) >= SPECIFIC_DIGITS)
    {
        let found = corpus
            .find_figures(&FigureQuery {
                values: Some((v, v)),
                ..FigureQuery::default()
            })
            .ok()?;
        for compared in found.into_iter().map(|f| f.figure) {
            if compared.context.cell || !compares_with_the_year_before(&compared) {
                continue;
            }
            if let Some(title) = title_year(corpus, &compared.source)
                && title.quantity.value == q.value + 1.0
            {
                let shown = format!(
                    "{} compared with the year before the source's {} = {}",
                    compared.text, title.text, q.value
                );
                return Some(super::Derivation {
                    operands: [compared, title],
                    arithmetic: shown,
                });
            }
        }
    }
    None
}

/// Whether a source figure's sentence compares it with the year before: "up 16.1% from
/// 4,150" after it, or "last year", "a year earlier" anywhere in the sentence.
fn compares_with_the_year_before(f: &SourceFigure) -> bool {
    let sentence = f.sentence.to_lowercase();
    let after = sentence
        .find(&f.text.to_lowercase())
        .and_then(|at| sentence.get(at + f.text.len()..))
        .unwrap_or_default();
    THE_YEAR_BEFORE.iter().any(|w| sentence.contains(w))
        || after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(FROM_WITHIN)
            .any(|w| w == "from")
}

/// How many words after the figure its "from" may stand ("up 16.1% from").
const FROM_WITHIN: usize = 5;

/// The year a source's title names: a year among its first lines, the only one there.
fn title_year(corpus: &dyn Sources, source: &str) -> Option<Arc<SourceFigure>> {
    let years: Vec<Arc<SourceFigure>> = crate::today::figures_of_kind(corpus, source, Kind::Year)?
        .into_iter()
        .filter(|y| y.line <= TITLE_LINES)
        .collect();
    match years.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}
