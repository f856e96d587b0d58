//! A span of years worked out from a year a source gives and the date the source was
//! written: "has worked the pier for 38 years" where an article dated March 6, 2026 says
//! he "has unloaded boats on the pier since 1988"; "the board member of 24 years" for
//! one who "had served on the board since 2002".
//!
//! No source states the span, and most years of a document are no start of one, so the
//! year must be tied to the claim (its owner's, or among most of its words), be written
//! as the start of something that lasts ("since 1988", "opened in 1962"), and the date
//! must be one the source gives: a later date in the year's sentence ("effective April
//! 1, 2026, our first since 2022"), or the source's own, a dateline alone on a short
//! line at its head. The span must
//! hold within the claim's precision and hedge, counted in whole years as a writer does.

use std::sync::Arc;

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{SourceFigure, Sources};
use figcheck_figures::Kind;

use super::{Nearest, tied};
use crate::evidence::{Prepared, unit_stem};
use crate::today::DATELINE_LINES;

/// The longest span a writer states this way: a lifetime, a building's age.
const MAX_SPAN: f64 = 150.0;

/// The words before a year that make it the start of a span: "since 1988"; "opened in
/// 1962", "founded in 1911" (with "in" between).
const SINCE: &str = "since";
const STARTED: &[&str] = &[
    "opened",
    "founded",
    "built",
    "completed",
    "established",
    "began",
    "started",
    "joined",
    "elected",
];

pub(super) fn years_since(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Number
        || unit_stem(q).as_deref() != Some("year")
        || q.per.is_some()
        || q.value.fract() != 0.0
        || !(1.0..=MAX_SPAN).contains(&q.value)
        || matches!(claim.comparison, Comparison::Ne | Comparison::Between(_))
    {
        return None;
    }
    let starts = tied(corpus, prepared, claim, Kind::Year, exhaustive_limit);
    let mut best = Nearest::default();
    for start in starts {
        let start = &start.figure;
        if !starts_a_span(&start.sentence, &start.text) {
            continue;
        }
        let Some((end, of_the_source)) = end_of_span(corpus, start) else {
            continue;
        };
        let Some(end_year) = full_date_year(&end) else {
            continue;
        };
        let span = f64::from(end_year) - start.quantity.value;
        if span < 1.0 || !claim.accepts(span) {
            continue;
        }
        let end_shown = if of_the_source {
            format!("{end_year} (the source's date, {})", end.text)
        } else {
            format!("{end_year} ({})", end.text)
        };
        let shown = format!("{end_shown} − {} = {span} years", start.text);
        best.offer(claim, (span - q.value).abs(), [start.clone(), end], shown);
    }
    best.into_derivation()
}

/// Whether the year `text` is written in `sentence` as the start of a span: right after
/// "since", or after "in" that follows a verb of starting ("opened in 1962").
fn starts_a_span(sentence: &str, text: &str) -> bool {
    sentence.match_indices(text).any(|(at, _)| {
        let before: Vec<String> = sentence
            .get(..at)
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take(2)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        match before.as_slice() {
            [last, ..] if last == SINCE => true,
            [last, verb] => last == "in" && STARTED.contains(&verb.as_str()),
            _ => false,
        }
    })
}

/// The date a span that starts at `start` runs to, and whether it is the date its source
/// was written: a later full date in its own sentence ("effective April 1, 2026, our
/// first since 2022"), else the source's dateline, a full date alone on a short line
/// among its first lines.
fn end_of_span(corpus: &dyn Sources, start: &SourceFigure) -> Option<(Arc<SourceFigure>, bool)> {
    let dates: Vec<Arc<SourceFigure>> = crate::today::dates_of(corpus, &start.source)?
        .into_iter()
        .filter(|d| full_date_year(d).is_some())
        .collect();
    let later_beside = dates.iter().find(|d| {
        d.sentence == start.sentence
            && d.start.abs_diff(start.start) <= start.sentence.len()
            && full_date_year(d).is_some_and(|y| f64::from(y) > start.quantity.value)
    });
    if let Some(d) = later_beside {
        return Some((d.clone(), false));
    }
    dates
        .into_iter()
        .find(|d| d.line <= DATELINE_LINES && crate::today::dateline_above(d, start))
        .map(|d| (d, true))
}

/// The year of a full date (`yyyymmdd`), `None` for a date written without one.
fn full_date_year(date: &SourceFigure) -> Option<u32> {
    let v = date.quantity.value;
    (v.fract() == 0.0 && (10_000_000.0..100_000_000.0).contains(&v)).then(|| (v / 10_000.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_after_since_or_a_verb_of_starting_starts_a_span() {
        assert!(starts_a_span(
            "He has unloaded boats on the pier since 1988.",
            "1988"
        ));
        assert!(starts_a_span(
            "Ridgeway Field, which opened in 1962.",
            "1962"
        ));
        assert!(!starts_a_span("Landings fell in 1988.", "1988"));
        assert!(!starts_a_span("Revenue in 2019 was $4 million.", "2019"));
        assert!(!starts_a_span("1988 was a record year.", "1988"));
    }
}
