//! A date a source gives as "today": a press release's dateline ("February 11, 2026" alone
//! on a line above) dates what its sentences say happened today ("The Division today set
//! commercial catch limits for the fishing year, which begins May 1"), so a draft's "On
//! February 11 the division cut the quota" is stated there, whatever other date the
//! sentence holds.

use std::sync::Arc;

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::{FigureQuery, SourceFigure, Sources};
use figcheck_figures::Kind;

use crate::evidence::{Candidate, agrees, date_parts, every_part_stated};
use crate::features::is_small;

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
    let today = found
        .iter()
        .find(|c| c.features.coverage >= ABOUT_THE_CLAIM && says_today(&c.figure.sentence))?;
    let dateline = dates_of(corpus, &today.figure.source)?
        .into_iter()
        .find(|d| dateline_above(d, &today.figure) && agrees(claim, d))?;
    Some((dateline, today.figure.clone()))
}

/// How many lines from a source's head its dateline may stand: below a headline, a
/// byline and the name of the paper, not in the body.
pub(crate) const DATELINE_LINES: usize = 8;

/// The source dated the day of a draft's dateline (see [`Claim::dateline`]): the first, in
/// corpus order, whose own date, a full date alone on a short line among its first lines,
/// agrees with the claim's day. Only for a story that source reports: the claim must name
/// something the sources name near a figure or the dated source writes, and when the
/// dateline's sentence states other figures, the source must state one of them. A story on
/// another town's orchestra is not the one a source of that day reported because the
/// source mentions the town.
pub(crate) fn dated_that_day(corpus: &dyn Sources, claim: &Claim) -> Option<Arc<SourceFigure>> {
    if !(claim.dateline || reported_that_day(claim)) || claim.quantity.kind != Kind::Date {
        return None;
    }
    let entities = claim.entities();
    let named = entities.iter().any(|name| {
        let canonical = figcheck_figures::canonical_name(name);
        let first = canonical.split(' ').next().unwrap_or_default();
        corpus.is_name(&canonical) || !corpus.names_starting(first).is_empty()
    });
    if entities.is_empty() {
        return None;
    }
    full_dates_of_its_day(corpus, claim)?.into_iter().find(|d| {
        d.line <= DATELINE_LINES
            && on_a_line_of_its_own(d)
            && agrees(claim, d)
            && (claim.companions.is_empty() || states_a_companion(corpus, claim, &d.source))
            && (named && claim.dateline || names_in_words(corpus, &entities, &d.source))
    })
}

/// Whether a date is the day the claim's figures were reported: "The Kellsburg Ledger
/// reported on May 14 that Brannoch County spent $10.54 million". A source of that day
/// that names the reporter and states one of those figures is what reported them, as a
/// dateline's day is backed by a source of its day. Only when reporting is the nearest
/// word to the date: "said the hall opens on June 3" dates the opening.
pub(crate) fn reported_that_day(claim: &Claim) -> bool {
    const REPORTED: &[&str] = &["reported", "published"];
    claim.quantity.kind == Kind::Date
        && claim.comparison == Comparison::Eq
        && !claim.companions.is_empty()
        && claim
            .words()
            .first()
            .is_some_and(|w| REPORTED.contains(&w.as_str()))
}

/// The full dates (a year, a month and a day) the sources give that may be the claim's
/// day: that date, or for a day without its year ("Dec. 1"), any year's full date, for
/// the caller to match by [`agrees`].
fn full_dates_of_its_day(corpus: &dyn Sources, claim: &Claim) -> Option<Vec<Arc<SourceFigure>>> {
    let v = claim.quantity.value;
    let values = if v >= 10_000_000.0 {
        (v, v)
    } else {
        (10_000_000.0, 99_999_999.0)
    };
    let found = corpus
        .find_figures(&FigureQuery {
            kinds: &[Kind::Date],
            values: Some(values),
            ..FigureQuery::default()
        })
        .ok()?;
    Some(
        found
            .into_iter()
            .map(|f| f.figure)
            .filter(|d| d.quantity.value >= 10_000_000.0)
            .collect(),
    )
}

/// Words a record of one sitting opens with: its head's date is the day of everything it
/// records ("Minutes of the regular meeting / Thursday, December 11, 2025"). Not
/// "meeting" alone: a newspaper's "new elevator dominates meeting", dated the day after,
/// reports a meeting held the day before.
const RECORD_WORDS: &[&str] = &["minutes", "transcript", "proceedings"];

/// The date at the head of a record of one sitting (minutes, a hearing's transcript) that
/// is the claim's day: "On Dec. 11 the commission voted 6-0" for minutes headed
/// "Thursday, December 11, 2025" that record "Approved 6-0." What the record says was
/// done was done that day. The date must open its line (after a weekday at most) among
/// the record's first lines, beside a word that says it is a record, and the record must
/// state one of the claim's companions: a day alone matches too many records.
pub(crate) fn dated_by_its_record(
    corpus: &dyn Sources,
    claim: &Claim,
) -> Option<Arc<SourceFigure>> {
    if claim.quantity.kind != Kind::Date
        || claim.comparison != Comparison::Eq
        || claim.companions.is_empty()
    {
        return None;
    }
    parts(claim.quantity.value)?;
    full_dates_of_its_day(corpus, claim)?.into_iter().find(|d| {
        d.line <= DATELINE_LINES
            && d.column <= AFTER_A_WEEKDAY
            && agrees(claim, d)
            && (says_it_is_a_record(&d.sentence) || headed_as_a_record(corpus, d))
            && states_a_companion(corpus, claim, &d.source)
    })
}

/// Whether a record's head names it one: "Minutes of the regular meeting".
fn says_it_is_a_record(head: &str) -> bool {
    head.split(|c: char| !c.is_alphanumeric())
        .any(|w| RECORD_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// How many sentences a search for a record's head reads.
const RECORD_PASSAGES: usize = 50;

/// Whether a line at the head of `date`'s source, at or above the date's, names the
/// source a record ("Minutes of the regular meeting" on the line above the date). The
/// index of names does not hold such a line, which states no figure: a passage search
/// finds it.
fn headed_as_a_record(corpus: &dyn Sources, date: &SourceFigure) -> bool {
    let words: Vec<String> = RECORD_WORDS.iter().map(|w| (*w).to_string()).collect();
    corpus
        .search_passages(&words, RECORD_PASSAGES)
        .is_ok_and(|found| {
            found.iter().any(|p| {
                p.source == date.source
                    && p.line <= date.line
                    && p.line <= DATELINE_LINES
                    && says_it_is_a_record(&p.text)
            })
        })
}

/// How many sentences a search for a dateline's place reads.
const PLACE_PASSAGES: usize = 20;

/// Whether `source` writes one of `names` in a sentence of its own that states no figure
/// ("in downtown Wendover"), where the index of names, which holds the names near
/// figures, does not look.
fn names_in_words(corpus: &dyn Sources, names: &[&str], source: &str) -> bool {
    names.iter().any(|name| {
        let name = name.to_lowercase();
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        corpus
            .search_passages(&words, PLACE_PASSAGES)
            .is_ok_and(|found| {
                found
                    .iter()
                    .any(|p| p.source == source && p.text.to_lowercase().contains(&name))
            })
    })
}

/// Whether `source` states a value of one of the claim's companions.
fn states_a_companion(corpus: &dyn Sources, claim: &Claim, source: &str) -> bool {
    let source = [source.to_string()];
    claim.companions.iter().any(|&v| {
        corpus
            .find_figures(&FigureQuery {
                values: Some((v, v)),
                sources: Some(&source),
                ..FigureQuery::default()
            })
            .is_ok_and(|found| !found.is_empty())
    })
}

/// Whether a sentence says what it tells happened "today".
fn says_today(sentence: &str) -> bool {
    sentence
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("today"))
}

/// Every date `source` gives, in text order.
pub(crate) fn dates_of(corpus: &dyn Sources, source: &str) -> Option<Vec<Arc<SourceFigure>>> {
    figures_of_kind(corpus, source, Kind::Date)
}

/// Every figure of `kind` that `source` gives, in text order.
pub(crate) fn figures_of_kind(
    corpus: &dyn Sources,
    source: &str,
    kind: Kind,
) -> Option<Vec<Arc<SourceFigure>>> {
    let source = [source.to_string()];
    let found = corpus
        .find_figures(&FigureQuery {
            kinds: &[kind],
            sources: Some(&source),
            ..FigureQuery::default()
        })
        .ok()?;
    Some(found.into_iter().map(|f| f.figure).collect())
}

/// Whether `date` is a dateline above `figure` in its source: alone on a short line (the
/// date, a place, a weekday) on a line before the figure's.
pub(crate) fn dateline_above(date: &SourceFigure, figure: &SourceFigure) -> bool {
    date.start < figure.start && date.line < figure.line && on_a_line_of_its_own(date)
}

/// The farthest a dateline's date starts into its line: after a weekday ("Wednesday, ").
const AFTER_A_WEEKDAY: usize = 12;

/// Whether a date stands on a short line of its own: its sentence is short, or ends with
/// it and it starts a line or follows a weekday there. A plain-text sentence runs on over
/// a line break, so a release's "Carrick County Board of Supervisors" on the line above
/// its dateline "Wednesday, February 11, 2026" is in the date's sentence.
fn on_a_line_of_its_own(date: &SourceFigure) -> bool {
    date.sentence.len() <= DATELINE_LEN
        || (date.column <= AFTER_A_WEEKDAY && date.sentence.ends_with(date.text.as_str()))
}

/// A day a source dates by its dateline: "The council voted 6-1 on Tuesday to issue $18
/// million" in a release dated Thursday, February 12, 2026 happened on February 10, and
/// what it says happened "today" on February 12. The source's sentence is the one that
/// states a companion of the claim (the draft's "voted 6-1 on Tuesday, February 10, to
/// borrow $18 million" copies the $18 million); a weekday is the last such day before the
/// dateline's. Unlike [`dated_today`], the sentence need hold no date of its own. Returns
/// the dateline, the sentence's figure and the date worked out, as the draft would write it.
pub(crate) fn dated_by_the_day_named(
    corpus: &dyn Sources,
    claim: &Claim,
) -> Option<(Arc<SourceFigure>, Arc<SourceFigure>, String)> {
    if claim.quantity.kind != Kind::Date || claim.comparison != Comparison::Eq {
        return None;
    }
    // a claim with a month and a day
    parts(claim.quantity.value)?;
    for &value in claim
        .companions
        .iter()
        .filter(|&&v| !is_small(Kind::Number, v))
    {
        let Ok(found) = corpus.find_figures(&FigureQuery {
            values: Some((value, value)),
            ..FigureQuery::default()
        }) else {
            continue;
        };
        for figure in found.into_iter().map(|f| f.figure) {
            let Some(day) = day_named(&figure.sentence) else {
                continue;
            };
            // the first dateline above it, with a month and a day; only a full date dates
            let Some((dateline, (y, m, d))) = dates_of(corpus, &figure.source)
                .and_then(|dates| {
                    dates.into_iter().find_map(|d| {
                        let full = parts(d.quantity.value)?;
                        dateline_above(&d, &figure).then_some((d, full))
                    })
                })
                .filter(|(_, (y, _, _))| *y != 0)
            else {
                continue;
            };
            let Some((y, m, d)) = (match day {
                Day::Today => Some((y, m, d)),
                Day::Weekday(w) => day_before(y, m, d, w),
            }) else {
                continue;
            };
            let happened = f64::from(y.unsigned_abs() * 10_000 + u32::from(m) * 100 + u32::from(d));
            if every_part_stated(claim.quantity.value, happened) {
                let month = time::Month::try_from(m).ok()?;
                return Some((dateline, figure, format!("{month} {d}, {y}")));
            }
        }
    }
    None
}

/// A date value's year, month and day (`yyyymmdd`, unknown parts zero), when it has at
/// least a month and a day.
fn parts(value: f64) -> Option<(i32, u8, u8)> {
    if !(value.is_finite() && value >= 101.0 && value.fract() == 0.0 && value < 1e8) {
        return None;
    }
    let [y, m, d] = date_parts(value);
    let y = i32::try_from(y).ok()?;
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// The day a sentence dates something by, counted from its source's dateline.
#[derive(Clone, Copy)]
enum Day {
    /// "The orchestra today opened the public phase": the dateline's own day.
    Today,
    /// "voted 6-1 on Tuesday": the weekday after "on", Monday 0.
    Weekday(u8),
}

/// The day a sentence names: a weekday after "on", or else "today".
fn day_named(sentence: &str) -> Option<Day> {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .find_map(|w| {
            (w[0] == "on")
                .then(|| figcheck_figures::weekday(w[1]))
                .flatten()
        })
        .map(Day::Weekday)
        .or_else(|| says_today(sentence).then_some(Day::Today))
}

/// The last `weekday` (Monday 0) before the full date `y-m-d`, within the week before it.
fn day_before(y: i32, m: u8, d: u8, weekday: u8) -> Option<(i32, u8, u8)> {
    let month = time::Month::try_from(m).ok()?;
    let date = time::Date::from_calendar_date(y, month, d).ok()?;
    let wanted = time::Weekday::Monday.nth_next(weekday);
    let back =
        (7 + date.weekday().number_days_from_monday() - wanted.number_days_from_monday()) % 7;
    // the same weekday as the dateline's is "today", not a day before it
    if back == 0 {
        return None;
    }
    let happened = date.checked_sub(time::Duration::days(i64::from(back)))?;
    Some((happened.year(), happened.month() as u8, happened.day()))
}
