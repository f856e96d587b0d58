//! A date a source gives as "today": a press release's dateline ("February 11, 2026" alone
//! on a line above) dates what its sentences say happened today ("The Division today set
//! commercial catch limits for the fishing year, which begins May 1"), so a draft's "On
//! February 11 the division cut the quota" is stated there, whatever other date the
//! sentence holds.

use std::sync::Arc;

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::Kind;

use crate::evidence::{Candidate, agrees};

/// The share of the claim's measure words a "today" sentence must hold to be about what
/// the claim dates.
const ABOUT_THE_CLAIM: f32 = 0.5;

/// How long a dateline's line may be: the date, a place, a year.
const DATELINE_LEN: usize = 48;

/// The dateline that dates the claim's event, and the "today" sentence it dates: the
/// first candidate (best first) whose sentence says "today" and holds most of the
/// claim's words, and a date above it in its source, alone on a short line, that agrees
/// with the claim.
pub(crate) fn dated_today(
    corpus: &dyn Sources,
    claim: &Claim,
    found: &[Candidate],
) -> Option<(Arc<SourceFigure>, Arc<SourceFigure>)> {
    if claim.quantity.kind != Kind::Date || claim.comparison != Comparison::Eq {
        return None;
    }
    let today = found.iter().find(|c| {
        c.features.coverage >= ABOUT_THE_CLAIM
            && c.figure
                .sentence
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("today"))
    })?;
    let dateline = dates_of(corpus, &today.figure.source)?
        .into_iter()
        .find(|d| dateline_above(d, &today.figure) && agrees(claim, d))?;
    Some((dateline, today.figure.clone()))
}

/// Every date `source` gives, in text order.
pub(crate) fn dates_of(corpus: &dyn Sources, source: &str) -> Option<Vec<Arc<SourceFigure>>> {
    let source = [source.to_string()];
    let dates = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Date],
            sources: Some(&source),
            ..FigureQuery::default()
        })
        .ok()?;
    Some(dates.into_iter().map(|d| d.figure).collect())
}

/// Whether `date` is a dateline above `figure` in its source: alone on a short line (the
/// date, a place, a weekday) on a line before the figure's.
pub(crate) fn dateline_above(date: &SourceFigure, figure: &SourceFigure) -> bool {
    date.start < figure.start && date.line < figure.line && date.sentence.len() <= DATELINE_LEN
}
