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
    let text = &f.figure.text;
    match f.verdict {
        Verdict::Contradicted => {
            match f
                .suggestion
                .as_deref()
                .or_else(|| f.evidence.first().map(|e| e.text.as_str()))
            {
                Some(v) => format!("{text} — the source says {v}"),
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
