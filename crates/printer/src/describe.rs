//! Words shared by every format: a finding's one-line message, rule ids, rule help.
//!
//! Kept in one place so a figure reads the same in a terminal, a pull-request annotation
//! and a code-scanning alert.

use figcheck_check::{Evidence, Finding, Verdict};

/// The rule id of suppression comments that silenced nothing.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// `31,600 — the source says 30,600`, `70-billion — no source states this`: the one
/// wording of a finding, in the terminal, the pull request, the review page and the
/// editor alike.
pub fn headline(f: &Finding) -> String {
    headline_with(f, &place)
}

/// [`headline`] with the places of the sources that disagree written by `place`: the
/// language server names a source as its workspace shows it (`corpus/a.txt:23`).
pub fn headline_with(f: &Finding, place: &dyn Fn(&Evidence) -> String) -> String {
    let text = &f.figure.text;
    if f.newest_decides()
        && let Some(newest) = f.evidence.first()
    {
        let others: Vec<String> = f.disagreeing.iter().map(|e| stated(f, e, place)).collect();
        return format!(
            "{text} — the newest source says {}; older ones say {}",
            stated(f, newest, place),
            others.join(", ")
        );
    }
    if let Some(values) = disagreement(f, place) {
        return match f.verdict {
            Verdict::Supported => {
                format!("{text} — a source states this, but the sources disagree: {values}")
            }
            _ => format!("{text} — the sources disagree: {values}"),
        };
    }
    match f.verdict {
        Verdict::Contradicted => {
            match f
                .suggestion
                .as_deref()
                .or_else(|| f.evidence.first().map(|e| e.text.as_str()))
            {
                // A rank worked out from a table ("second on the team"): no source says
                // the value, the table gives it.
                Some(v) => match &f.derivation {
                    Some(worked_out) => format!("{text} — the sources give {v}: {worked_out}"),
                    None => format!("{text} — the source says {v}"),
                },
                None => format!("{text} — the sources say otherwise"),
            }
        }
        Verdict::Unsupported => format!("{text} — no source states this"),
        Verdict::Supported => match &f.derivation {
            Some(arithmetic) => format!("{text} — derived from the sources: {arithmetic}"),
            None => format!("{text} — a source states this"),
        },
    }
}

/// `30,600 (a.txt:23:118), 55,048 (b.txt:11:116)`: each value the sources give, in the
/// draft's style, with where it is stated, when other sources give other values about as
/// probably as the best one (`Finding::disagreeing`).
fn disagreement(f: &Finding, place: &dyn Fn(&Evidence) -> String) -> Option<String> {
    if f.disagreeing.is_empty() {
        return None;
    }
    let first = f.evidence.first()?;
    let values: Vec<String> = std::iter::once(first)
        .chain(&f.disagreeing)
        .map(|e| stated(f, e, place))
        .collect();
    Some(values.join(", "))
}

/// `30,600 (a.txt:23:118, 2024-05-01)`: a value in the draft's style, where it is
/// stated, and the source's date when it gives one.
fn stated(f: &Finding, e: &Evidence, place: &dyn Fn(&Evidence) -> String) -> String {
    let value = f.figure.quantity.render(e.value);
    match e.date_text() {
        Some(date) => format!("{value} ({}, {date})", place(e)),
        None => format!("{value} ({})", place(e)),
    }
}

/// `corpus/003_….txt:23:118`, or for a converted source `sources/report.pdf, page 3`.
pub(crate) fn place(e: &Evidence) -> String {
    e.location()
}

/// The message for machine formats: the headline, the best source with its quote, and
/// the claim, one per line.
pub(crate) fn long_message(f: &Finding) -> String {
    let mut m = headline(f);
    if let Some(e) = f.evidence.first() {
        m.push_str(&format!("\nsource: {} \"{}\"", place(e), e.quote));
    }
    for e in &f.disagreeing {
        m.push_str(&format!("\nanother source: {} \"{}\"", place(e), e.quote));
    }
    m.push_str(&format!("\nclaim: {}", f.claim));
    m
}

/// A rule: an id (a verdict's name, or [`UNUSED_SUPPRESSION`]) and what it means.
pub(crate) struct Rule {
    pub id: &'static str,
    /// PascalCase, as SARIF's `name` suggests.
    pub name: &'static str,
    pub short: &'static str,
    pub full: &'static str,
    pub help: &'static str,
}

pub(crate) const RULES: [Rule; 4] = [
    Rule {
        id: "contradicted",
        name: "ContradictedFigure",
        short: "A source gives another value for this figure",
        full: "A source states a different value for the same entity and measure as this \
               figure. The result names the source's value, where it says so, and the claim \
               figcheck checked.",
        help: "Correct the figure to the source's value (the suggestion is written the way \
               the draft writes figures), or, if the draft is right and the source outdated, \
               add a better source to the corpus. To keep the figure as it is, put \
               `<!-- figcheck-ignore FIGURE -->` on the line before it. Reproduce the verdict \
               with `figcheck query '<claim>'`.",
    },
    Rule {
        id: "unsupported",
        name: "UnsupportedFigure",
        short: "No source states this figure",
        full: "Nothing in the corpus states this figure for the entity and measure the draft \
               gives it. The figure may be right, but the sources cannot vouch for it.",
        help: "Add the source the figure comes from to the corpus, or reword the sentence so \
               it names the entity and measure the source uses. To accept the figure as it \
               is, put `<!-- figcheck-ignore FIGURE -->` on the line before it, or set \
               `severity.unsupported` in figcheck.toml.",
    },
    Rule {
        id: "supported",
        name: "SupportedFigure",
        short: "A source states this figure",
        full: "A source states this figure for the same entity and measure, allowing for \
               the precision and hedge the draft uses. Reported only when \
               `severity.supported` in figcheck.toml asks for it.",
        help: "Nothing to do: the result shows which source supports the figure.",
    },
    Rule {
        id: UNUSED_SUPPRESSION,
        name: "UnusedSuppression",
        short: "A figcheck suppression comment suppresses nothing",
        full: "A `figcheck-disable`, `figcheck-disable-next-line` or `figcheck-ignore` \
               comment that silences no reported figure, or a `figcheck-…` comment that is \
               not a directive. Stale suppressions would hide the next real error.",
        help: "Delete the comment, or move it to the line before the figure it is meant for \
               (`figcheck-ignore` must name the figure as written).",
    },
];

pub(crate) fn rule_index(id: &str) -> usize {
    RULES.iter().position(|r| r.id == id).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{count, finding, robots_evidence};

    fn archive_evidence() -> Evidence {
        Evidence {
            source: "archive/2019.txt".to_owned(),
            line: 4,
            column: 17,
            value: 55048.0,
            text: "55,048".to_owned(),
            ..robots_evidence()
        }
    }

    #[test]
    fn a_value_worked_out_from_a_table_says_how() {
        let text = "Holt was second on the team with 22 points.";
        let mut f = finding(
            text,
            "second",
            count(2.0, None),
            &["Holt", "team"],
            Verdict::Contradicted,
            Some("first"),
            vec![robots_evidence()],
        );
        f.derivation = Some("Kasimir Holt's 22 is 1st of 3 by points in b.md, lines 5-7".into());
        assert_eq!(
            headline(&f),
            "second — the sources give first: Kasimir Holt's 22 is 1st of 3 by points in b.md, \
             lines 5-7"
        );
    }

    #[test]
    fn sources_that_disagree_are_all_named_and_none_is_the_correction() {
        let text = "Korea installed 31,600 industrial robots.";
        let mut f = finding(
            text,
            "31,600",
            count(31600.0, None),
            &["Korea"],
            Verdict::Contradicted,
            None,
            vec![robots_evidence()],
        );
        assert_eq!(headline(&f), "31,600 — the source says 30,600");
        f.disagreeing = vec![archive_evidence()];
        assert_eq!(
            headline(&f),
            "31,600 — the sources disagree: 30,600 (corpus/003_57944011cd868486.txt:27:17), \
             55,048 (archive/2019.txt:4:17)"
        );
        assert!(long_message(&f).contains("\nanother source: archive/2019.txt:4:17 \""));
        // dated sources: the newest decides, and gives the correction
        f.evidence[0].date = Some(20240501);
        f.disagreeing[0].date = Some(20190000);
        f.suggestion = Some("30,600".into());
        assert!(f.newest_decides());
        assert_eq!(
            headline(&f),
            "31,600 — the newest source says 30,600 (corpus/003_57944011cd868486.txt:27:17, \
             2024-05-01); older ones say 55,048 (archive/2019.txt:4:17, 2019)"
        );
        f.evidence[0].date = None;
        assert!(!f.newest_decides());
        f.suggestion = None;
        // a figure one source states, while another says otherwise
        let mut f = finding(
            "Korea installed 30,600 industrial robots.",
            "30,600",
            count(30600.0, None),
            &["Korea"],
            Verdict::Supported,
            None,
            vec![robots_evidence()],
        );
        let levels = crate::Levels::default();
        assert_eq!(levels.of_finding(&f), crate::Severity::Off);
        f.disagreeing = vec![archive_evidence()];
        assert_eq!(
            levels.of_finding(&f),
            crate::Severity::Info,
            "reported, quietly"
        );
        assert!(
            headline(&f)
                .starts_with("30,600 — a source states this, but the sources disagree: 30,600 (")
        );
    }
}
