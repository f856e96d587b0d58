//! A percentage written to a decimal place, worked out from two counts one source
//! sentence states together: "only 38.1% of the people we summoned reported for service"
//! where the court's report says it "mailed 41,600 jury summonses, and 15,830 people
//! reported for service" (15,830 ÷ 41,600 = 38.05%).
//!
//! Two figures of one document divide to about any percentage a writer rounds to whole
//! points, so the draft need not state the operands here only when the chance of a
//! coincidence is small: the percentage has a decimal (a pair must land within 0.05 of
//! it), both operands stand in one sentence among the claim's words, and they count the
//! same kind of thing (both plain counts or both amounts).

use figcheck_claims::{Claim, Comparison};
use figcheck_corpus::Sources;
use figcheck_figures::Kind;

use super::{
    CHANGE_WORDS, Nearest, in_one_prose, says_change, share_shown, sides_of_a_tally, tied,
};
use crate::evidence::Prepared;
use crate::features::is_small;

/// Room for a value that lies on the boundary of rounding ("38.05" written "38.1").
const ROUNDING_SLACK: f64 = 1e-9;

pub(super) fn share_in_a_sentence(
    corpus: &dyn Sources,
    prepared: &Prepared,
    claim: &Claim,
    exhaustive_limit: usize,
) -> Option<super::Derivation> {
    let q = &claim.quantity;
    if q.kind != Kind::Percent
        || q.style.decimals == 0
        || !(0.0 < q.value && q.value < 100.0)
        || q.upper.is_some()
        || !matches!(claim.comparison, Comparison::Eq | Comparison::Approx)
        || says_change(claim, CHANGE_WORDS)
    {
        return None;
    }
    let mut best = Nearest::default();
    for kind in [Kind::Number, Kind::Money] {
        let operands = tied(corpus, prepared, claim, kind, exhaustive_limit);
        for part in &operands {
            for whole in &operands {
                let (a, b) = (&part.figure, &whole.figure);
                let (x, y) = (a.quantity.value, b.quantity.value);
                if part.order == whole.order
                    || !in_one_prose(a, b)
                    || a.sentence != b.sentence
                    || is_small(a.quantity.kind, x)
                    || is_small(b.quantity.kind, y)
                    || !(0.0 < x && x < y)
                    || a.quantity.per.is_some()
                    || b.quantity.per.is_some()
                    || sides_of_a_tally(a, b)
                {
                    continue;
                }
                // Within the digits written, whatever its hedge: "about 38.0%" allows
                // no more pairs than "38.0%" does.
                let value = x / y * 100.0;
                if (value - q.value).abs() > q.precision / 2.0 + ROUNDING_SLACK {
                    continue;
                }
                let shown = share_shown(Kind::Percent, a, b, value);
                best.offer(
                    claim,
                    (value - q.value).abs(),
                    [a.clone(), b.clone()],
                    shown,
                );
            }
        }
    }
    best.into_derivation()
}

#[cfg(test)]
mod tests {
    use crate::Verdict;
    use crate::testing::finding;

    const REPORT: &str = "\
The court held 142 jury trials in 2025. It mailed 41,600 jury summonses, and 15,830 people \
reported for service. Jurors are paid $15 a day.

The county mailed 9,200 tax notices. Some 3,500 people reported a change of address.
";

    /// The verdict and arithmetic of the percentage written `figure` in `draft`.
    fn share(draft: &str, figure: &str) -> (Verdict, Option<String>) {
        let f = finding(REPORT, draft, figure);
        (f.verdict, f.derivation)
    }

    #[test]
    fn a_share_to_a_decimal_of_two_counts_in_one_sentence_is_worked_out() {
        let (verdict, shown) = share(
            "Only 38.1% of the people the court summoned reported for service.",
            "38.1%",
        );
        assert_eq!(verdict, Verdict::Supported);
        assert_eq!(shown.as_deref(), Some("15,830 ÷ 41,600 = 38.1%"));
    }

    #[test]
    fn a_share_the_counts_do_not_give_or_written_rounder_is_not() {
        // 15,830 ÷ 41,600 is 38.05%, not 39.1%
        assert_ne!(
            share(
                "Only 39.1% of the people the court summoned reported for service.",
                "39.1%"
            )
            .0,
            Verdict::Supported
        );
        // a whole percentage: two counts of a document divide to about any
        assert_ne!(
            share(
                "Only 38% of the people the court summoned reported for service.",
                "38%"
            )
            .0,
            Verdict::Supported
        );
        // two counts of two sentences: 3,500 ÷ 9,200 = 38.0%, but apart
        let apart = share(
            "About 38.0% of the people the county mailed reported a change.",
            "38.0%",
        );
        assert_ne!(apart.0, Verdict::Supported, "{apart:?}");
    }
}
