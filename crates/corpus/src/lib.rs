//! placeholder
pub struct Corpus;
