//! When the sources disagree: the same measure stated with other values in other sources.
//!
//! An archive restates a measure year after year, and wire copy rewrites a sentence with
//! its own numbers. When the best counterpart of a figure is one of several about equally
//! probable values, each in another source, the engine has no ground to prefer one: a
//! suggestion would pick a source at random, and a reporter would "correct" a right
//! figure from a stale article. So a finding lists them instead ("the sources disagree:
//! 30,600 in A, 55,048 in B"), and offers no single correction.

use crate::evidence::{Agreement, Candidate, Evidence, within_precision};

/// A figure in another source is as probable as the best one when its probability is at
/// least this share of the best's. Restatements of one sentence score alike (the same
/// words, owner and unit); a figure for another measure in the same source scores lower.
pub(crate) const AS_PROBABLE: f32 = 0.9;

/// The candidates about as probable as `best` among `rivals`: what [`disagreeing`] weighs,
/// repeats of a value included, for [`newer_than`] to date.
pub(crate) fn as_probable<'a>(best: &Candidate, rivals: &[&'a Candidate]) -> Vec<&'a Candidate> {
    rivals
        .iter()
        .copied()
        .filter(|c| c.score >= best.score * AS_PROBABLE)
        .collect()
}

/// At most this many other values are listed.
const MAX_OTHERS: usize = 2;

/// The figures that disagree with `best`: from `rivals`, each in a source of its own
/// (neither `best`'s nor another listed one's), with a value that neither `best` nor a
/// listed figure states, at least [`AS_PROBABLE`] as probable as `best`. Best first.
pub(crate) fn disagreeing<'a>(
    best: &Candidate,
    rivals: impl IntoIterator<Item = &'a Candidate>,
) -> Vec<&'a Candidate> {
    others_stated(best, best.score * AS_PROBABLE, rivals)
}

/// The counterparts that say otherwise than the figure supporting a claim, `support`:
/// confident ones (the support and contradiction models are calibrated apart, so their
/// probabilities are compared only among counterparts), about as probable as the best
/// of `against`, in sources other than the support's.
pub(crate) fn disagreeing_with_support<'a>(
    support: &Candidate,
    against: &[&'a Candidate],
    confident: f32,
) -> Vec<&'a Candidate> {
    let Some(best) = against.first() else {
        return Vec::new();
    };
    let bar = (best.score * AS_PROBABLE).max(confident);
    others_stated(support, bar, against.iter().copied())
}

/// When `others` (distinct values, each in a source of its own) disagree with `best`, and
/// the dates of every figure in `probable` (all the candidates about as probable as
/// `best`: its own repeats and every source agreeing with it included) say that the
/// newest source of all holds one of `others`: that one, and the rest to list beside it,
/// `best` among them. `None` when the newest source states `best`'s value, or the dates
/// cannot tell (an undated source, or a newest date shared).
pub(crate) fn newer_than<'a>(
    best: &'a Candidate,
    others: &[&'a Candidate],
    probable: &[&'a Candidate],
) -> Option<(&'a Candidate, Vec<&'a Candidate>)> {
    if others.is_empty() {
        return None;
    }
    let pool: Vec<&Candidate> = std::iter::once(best)
        .chain(others.iter().copied())
        .chain(probable.iter().copied())
        .collect();
    let dates: Vec<u32> = pool.iter().map(|c| c.figure.date).collect::<Option<_>>()?;
    let newest = *dates.iter().max()?;
    let holders: Vec<&Candidate> = pool
        .iter()
        .zip(&dates)
        .filter(|(_, d)| **d == newest)
        .map(|(c, _)| *c)
        .collect();
    // one source holds the newest date (its figure may be listed twice in the pool)
    let newer = *holders.first()?;
    if holders
        .iter()
        .any(|c| c.figure.source != newer.figure.source)
    {
        return None;
    }
    let same_value = |a: &Candidate, b: &Candidate| {
        let p = a.figure.quantity.precision.max(b.figure.quantity.precision);
        within_precision(a.figure.quantity.value, b.figure.quantity.value, p)
    };
    // The newest source must say otherwise: not agree with the claim, not repeat `best`.
    if newer.agreement == Agreement::Agrees || same_value(newer, best) {
        return None;
    }
    let rest = std::iter::once(best)
        .chain(others.iter().copied())
        .filter(|c| !same_value(c, newer))
        .collect();
    Some((newer, rest))
}

/// Whether `first` is stated in a source newer than every one of `others` (all dated).
pub(crate) fn newest_first(first: &Evidence, others: &[Evidence]) -> bool {
    first
        .date
        .is_some_and(|d| others.iter().all(|o| o.date.is_some_and(|od| od < d)))
}

fn others_stated<'a>(
    best: &Candidate,
    bar: f32,
    rivals: impl IntoIterator<Item = &'a Candidate>,
) -> Vec<&'a Candidate> {
    let mut taken: Vec<&Candidate> = Vec::new();
    for rival in rivals {
        if taken.len() == MAX_OTHERS {
            break;
        }
        let q = &rival.figure.quantity;
        let other_source = |c: &Candidate| c.figure.source != rival.figure.source;
        let other_value = |c: &Candidate| {
            let p = c.figure.quantity.precision.max(q.precision);
            !within_precision(c.figure.quantity.value, q.value, p)
        };
        if q.kind == best.figure.quantity.kind
            && rival.score >= bar
            && other_source(best)
            && other_value(best)
            && taken.iter().all(|c| other_source(c) && other_value(c))
        {
            taken.push(rival);
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{Agreement, Candidate};
    use crate::features::{Owner, example};
    use figcheck_corpus::SourceFigure;
    use std::sync::Arc;

    fn candidate(source: &str, value: f64, score: f32) -> Candidate {
        let found =
            figcheck_figures::extract("Korea installed 1 robots.", figcheck_figures::Format::Plain)
                .into_iter()
                .next()
                .expect("a figure");
        let mut quantity = found.quantity;
        quantity.value = value;
        let figure = SourceFigure {
            source: source.into(),
            line: 1,
            column: 17,
            start: found.start,
            end: found.end,
            text: found.text,
            quantity,
            sentence: "Korea installed 1 robots.".into(),
            context: Default::default(),
            place: None,
            date: None,
            row: Vec::new(),
        };
        Candidate {
            figure: Arc::new(figure),
            order: 0,
            features: example(Owner::Same, 0.0),
            agreement: Agreement::Disagrees,
            score,
        }
    }

    #[test]
    fn equally_probable_values_in_other_sources_disagree() {
        let best = candidate("a.txt", 30_600.0, 0.8);
        let rivals = [
            candidate("a.txt", 31_000.0, 0.8), // the same source: not a disagreement
            candidate("b.txt", 30_600.0, 0.8), // the same value: agrees with the best
            candidate("c.txt", 55_048.0, 0.75), // disagrees
            candidate("d.txt", 55_048.0, 0.75), // a value already listed
            candidate("e.txt", 40_000.0, 0.5), // far less probable
            candidate("f.txt", 41_000.0, 0.79), // disagrees
            candidate("g.txt", 42_000.0, 0.79), // one more than is listed
        ];
        let values: Vec<f64> = disagreeing(&best, &rivals)
            .iter()
            .map(|c| c.figure.quantity.value)
            .collect();
        assert_eq!(values, [55_048.0, 41_000.0]);
    }

    #[test]
    fn a_supported_figure_meets_confident_counterparts_only() {
        let mut support = candidate("a.txt", 23.0, 1.0);
        support.agreement = Agreement::Agrees;
        let weak = [candidate("b.txt", 24.0, 0.4)];
        let weak: Vec<&Candidate> = weak.iter().collect();
        assert!(disagreeing_with_support(&support, &weak, 0.5).is_empty());
        let confident = [
            candidate("b.txt", 24.0, 0.72),
            candidate("c.txt", 25.0, 0.6),
            candidate("a.txt", 26.0, 0.72),
        ];
        let confident: Vec<&Candidate> = confident.iter().collect();
        let values: Vec<f64> = disagreeing_with_support(&support, &confident, 0.5)
            .iter()
            .map(|c| c.figure.quantity.value)
            .collect();
        // 25 is far less probable than the best counterpart; 26 is the support's source
        assert_eq!(values, [24.0]);
    }

    #[test]
    fn the_newest_source_decides_when_every_source_is_dated() {
        let dated = |source: &str, value: f64, date: Option<u32>| {
            let mut c = candidate(source, value, 0.8);
            Arc::make_mut(&mut c.figure).date = date;
            c
        };
        let best = dated("a.txt", 31_716.0, Some(20230000));
        let newer = dated("b.txt", 30_600.0, Some(20240501));
        let older = dated("c.txt", 29_000.0, Some(20220101));
        let (found, rest) = newer_than(&best, &[&newer, &older], &[]).expect("b is newest");
        assert_eq!(found.figure.source, "b.txt");
        let rest: Vec<&str> = rest.iter().map(|c| c.figure.source.as_str()).collect();
        assert_eq!(rest, ["a.txt", "c.txt"]);
        // the best is the newest; an undated source; two share the newest date
        assert!(newer_than(&newer, &[&best, &older], &[]).is_none());
        let undated = dated("d.txt", 1.0, None);
        assert!(newer_than(&best, &[&newer, &undated], &[]).is_none());
        let tie = dated("e.txt", 2.0, Some(20240501));
        assert!(newer_than(&best, &[&newer, &tie], &[]).is_none());
        // a newer source stating the best's value, among the probable: nothing to correct
        let newest_agreeing = dated("f.txt", 31_716.0, Some(20250101));
        assert!(newer_than(&best, &[&newer, &older], &[&newest_agreeing]).is_none());
        // an undated probable source: the dates cannot tell
        let undated_agreeing = dated("g.txt", 31_716.0, None);
        assert!(newer_than(&best, &[&newer], &[&undated_agreeing]).is_none());
    }

    #[test]
    fn one_source_with_two_values_is_no_disagreement() {
        let best = candidate("a.txt", 30_600.0, 0.8);
        let rivals = [candidate("a.txt", 55_048.0, 0.8)];
        assert!(disagreeing(&best, &rivals).is_empty());
    }
}
