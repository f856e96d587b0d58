//! The figure scanner.

use serde::{Deserialize, Serialize};

use crate::quantity::{ParsedQuantity, Quantity};

/// One figure found in a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Byte range in the text the figure was extracted from. The hedge ("about") is not
    /// part of it; a currency sign, scale word or percent sign is.
    pub start: usize,
    pub end: usize,
    /// The figure as written.
    pub text: String,
    pub quantity: Quantity,
}

/// Every figure in `text`, in order.
pub fn extract(text: &str, format: crate::Format) -> Vec<Figure> {
    let ranges: Vec<_> = crate::prose_ranges(text, format);
    extract_in(text, &ranges)
}

/// Every figure inside the given prose ranges of `text`.
pub fn extract_in(_text: &str, _ranges: &[crate::prose::ProseRange]) -> Vec<Figure> {
    todo!("scanner being written")
}

pub(crate) fn parse_at_start(_s: &str) -> Option<ParsedQuantity> {
    todo!("scanner being written")
}

pub(crate) fn render(_q: &Quantity, _value: f64) -> String {
    todo!("being written")
}
