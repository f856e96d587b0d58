//! Evidence: the source sentences a verdict rests on.

use serde::{Deserialize, Serialize};

/// One source figure offered as evidence, with the sentence that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source file as shown to users (`corpus/003_….txt`).
    pub source: String,
    /// 1-based line and character column of the source figure.
    pub line: usize,
    pub column: usize,
    /// Byte range of the figure in the source file.
    pub start: usize,
    pub end: usize,
    /// The sentence, whitespace-collapsed, as a quote.
    pub quote: String,
    /// The source figure as written, and its value in base units.
    pub text: String,
    pub value: f64,
}
