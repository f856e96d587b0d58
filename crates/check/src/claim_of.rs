//! Figures → claims: states what a draft figure says, in the claim language.

use figcheck_claims::Claim;
use figcheck_figures::Figure;

pub(crate) fn claim_of(_text: &str, _figure: &Figure) -> Claim {
    todo!("being written")
}
