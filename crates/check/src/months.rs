//! A month written beside a figure says which period it measures. "The average wait fell
//! to 31 minutes in February from 36 in January" is February's wait: it is no pair to set
//! against a draft's "from 36 minutes in January to 22 in June", which a monthly table
//! backs row by row.

use figcheck_claims::Claim;
use figcheck_figures::month_word;

use crate::evidence::Candidate;

/// How near a figure (in words) a month stands for the figure to be that month's: "31
/// minutes in February".
const BESIDE: u16 = 3;

/// Whether the candidate is dated by a month beside it that the claim never names, where
/// the claim names some month: the two speak of different months.
pub(crate) fn another_months(claim: &Claim, c: &Candidate) -> bool {
    let named: Vec<u32> = claim.words().iter().filter_map(|w| month_word(w)).collect();
    if named.is_empty() {
        return false;
    }
    let mut beside = c
        .figure
        .context
        .terms
        .iter()
        .filter(|t| t.distance <= BESIDE)
        .filter_map(|t| month_word(&t.word))
        .peekable();
    beside.peek().is_some() && beside.all(|m| !named.contains(&m))
}
