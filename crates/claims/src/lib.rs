//! placeholder: see the helper's work
#[derive(Clone, Debug, PartialEq)]
pub struct Claim;
