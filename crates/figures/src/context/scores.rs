//! Who owns each side of a score: "the Hawks outscored the Wizards 29-18" gives 29 to the
//! Hawks and 18 to the Wizards; "won that battle, 46-32" gives 32 to a side not named.

use super::*;

/// Whose a side of a score is.
pub(super) enum ScoreSide {
    /// These names'.
    Named(Vec<String>),
    /// The subject's, not named in the sentence: "They out-scored the Heat 50-38" gives
    /// 50 to whoever "They" are, never to the Heat, the object named here.
    Unnamed { object: String },
}

/// The owner of a side of a score written right after a name: "the Hawks outscored the
/// Wizards 29-18" gives 29 to the Hawks, the subject, and 18 to the Wizards, the name
/// before it. `None` when the figure is no such side (then the usual rules apply).
pub(super) fn score_owner(
    text: &str,
    toks: &[Tok<'_>],
    runs: &[Run],
    fig: usize,
    target: &Range<usize>,
) -> Option<ScoreSide> {
    // "(3-8 FG, 1-1 FT)": made and attempted, not a score, and "FG" is no team
    let label = crate::lexicon::pair_label_follows;
    let after = text.get(target.end..)?;
    let before = text.get(..target.start)?;
    // the name run ending right before token `k`, a comma, a record in brackets or "by
    // a" between allowed ("the Utah Jazz (35-37) 113-91", "the Pelicans by a 34-18
    // margin")
    let word = |k: usize, w: &[&str]| matches!(toks.get(k), Some(Tok::Word { text, .. }) if w.contains(text));
    let name_before = |k: usize| {
        let k = before_record(toks, k);
        let k = match k.checked_sub(2) {
            Some(b) if word(b, &["by"]) && word(b + 1, &["a", "an"]) => b,
            _ if k > 0 && word(k - 1, &["by"]) => k - 1,
            _ => k,
        };
        let k = if k > 0 && matches!(toks[k - 1], Tok::Punct(',')) {
            k - 1
        } else {
            k
        };
        runs.iter().position(|r| r.last + 1 == k)
    };
    // the names before the object that no preposition governs: the sentence's subject
    let subject_before = |object: usize| -> Vec<String> {
        runs[..object]
            .iter()
            .filter(|r| !after_preposition(toks, r.first))
            .map(|r| r.name.clone())
            .collect()
    };
    // "Beckett leads Sheriff Ray Tamsin 44,318 to 43,907": a tally written with "to"
    // right after the object, the larger side first. The subject has the larger side,
    // the object the smaller ("passed 1,212 to 1,087" names no object: the usual rules).
    let other_at = |k: Option<usize>| match k.and_then(|k| toks.get(k)) {
        Some(Tok::Other(t)) => count_value(t),
        _ => None,
    };
    let own_value = count_value(text.get(target.clone())?);
    let (larger, smaller, first) = if word(fig + 1, &["to"]) {
        (own_value, other_at(fig.checked_add(2)), fig)
    } else if fig > 0 && word(fig - 1, &["to"]) {
        (
            other_at(fig.checked_sub(2)),
            own_value,
            fig.saturating_sub(2),
        )
    } else {
        (None, None, fig)
    };
    if let (Some(larger), Some(smaller)) = (larger, smaller)
        && larger > smaller
        && let Some(object) = runs.iter().position(|r| r.last + 1 == first)
        && !label(&runs[object].name)
    {
        let subject = subject_before(object);
        if !subject.is_empty() {
            return Some(ScoreSide::Named(if first == fig {
                subject
            } else {
                vec![runs[object].name.clone()]
            }));
        }
    }
    let own = short_count(text.get(target.clone())?)?;
    if let Some(rest) = after.strip_prefix(['-', '–']) {
        let low: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let glued = rest[low.len()..].starts_with(|c: char| c.is_alphanumeric());
        if short_count(&low)? > own || glued || !matches!(toks.get(fig + 1), Some(Tok::Other(_))) {
            return None;
        }
        if label(&rest[low.len()..]) {
            return None;
        }
        let object = name_before(fig)?;
        if label(&runs[object].name) {
            return None;
        }
        let subject = subject_before(object);
        return Some(if subject.is_empty() {
            ScoreSide::Unnamed {
                object: runs[object].name.clone(),
            }
        } else {
            ScoreSide::Named(subject)
        });
    }
    let (before_pair, high) = high_side_before(before)?;
    if short_count(high)? < own
        || fig == 0
        || !matches!(toks[fig - 1], Tok::Other(_))
        || label(after)
    {
        return None;
    }
    // "the Senate passed the Parks Forward Act 29-9": a tally's two sides are both the
    // subject's votes, not a score against the name before them. Its word must come
    // before that name: "outscoring the Suns by a 34-18 margin" is the Suns' 18.
    if crate::lexicon::tally_word_near(before_pair, "") {
        let subject = subject_before(name_before(fig - 1)?);
        return (!subject.is_empty()).then_some(ScoreSide::Named(subject));
    }
    name_before(fig - 1)
        .filter(|&k| !label(&runs[k].name))
        .map(|k| ScoreSide::Named(vec![runs[k].name.clone()]))
}

/// A whole count written in digits, grouped or not ("44,318"), and its value.
fn count_value(s: &str) -> Option<f64> {
    let digits: String = s.chars().filter(|&c| c != ',').collect();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// One side of a score or a record: one to three digits, and their value.
fn short_count(s: &str) -> Option<u32> {
    ((1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// For text ending where a pair's second side starts ("… a 33-"): the text before the
/// first side, and the first side's digits. `None` when no dash ends the text.
fn high_side_before(before: &str) -> Option<(&str, &str)> {
    let head = before.strip_suffix(['-', '–'])?;
    Some(head.split_at(head.trim_end_matches(|c: char| c.is_ascii_digit()).len()))
}

/// Where a team's record in brackets ending right before token `k` starts ("(35-37)":
/// an opening bracket, two figures, a dash between them or not, a closing bracket), or
/// `k` when there is none.
fn before_record(toks: &[Tok<'_>], k: usize) -> usize {
    let open = match toks.get(k.saturating_sub(5)..k) {
        Some(
            [
                Tok::Punct('('),
                Tok::Other(_),
                Tok::Punct('–'),
                Tok::Other(_),
                Tok::Punct(')'),
            ],
        ) => 5,
        _ => match toks.get(k.saturating_sub(4)..k) {
            Some(
                [
                    Tok::Punct('('),
                    Tok::Other(_),
                    Tok::Other(_),
                    Tok::Punct(')'),
                ],
            ) => 4,
            _ => 0,
        },
    };
    k - open
}

/// Whether a team's record in brackets starts at token `k` ("(35-37)").
pub(super) fn record_at(toks: &[Tok<'_>], k: usize) -> bool {
    before_record(toks, k + 5) == k || before_record(toks, k + 4) == k
}

/// Whether the figure at `target` is the second side of a contest's score written with no
/// team before it ("Oklahoma City won that battle, 46-32", "jumped out to a 33-19
/// lead"): the other side's number, whose team the sentence does not name. The
/// sentence's subject is the first side's owner, never the second's.
pub(super) fn unnamed_side_of_a_contest(text: &str, target: &Range<usize>) -> bool {
    let Some((before_pair, high)) = text.get(..target.start).and_then(high_side_before) else {
        return false;
    };
    let (Some(own), Some(high)) = (
        text.get(target.clone()).and_then(|s| s.parse::<u32>().ok()),
        short_count(high),
    ) else {
        return false;
    };
    let after = text.get(target.end..).unwrap_or_default();
    high >= own
        && crate::lexicon::contest_word_near(before_pair, after)
        && !crate::lexicon::tally_word_near(before_pair, after)
}
