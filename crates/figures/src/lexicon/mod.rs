//! Word lists the scanner and the context reader share. Small and explicit on purpose:
//! every entry is a decision about English prose that a reader can audit.
//!
//! One file per subject; the scanner and the context reader import them as `lexicon::…`.
//! English is the base; another language's words live in a file of their own
//! (`korean.rs`), read by that language's module in `extract/`.

mod box_score;
mod dates;
mod forms;
mod hedges;
mod korean;
mod money;
mod numbers;
mod units;
mod words;

pub use box_score::{
    BOX_MEASURES, BoxMeasure, RECORD, box_measure_after, box_measure_named, record_in_brackets,
};
pub(crate) use dates::*;
pub use dates::{month_word, weekday};
pub(crate) use forms::*;
pub(crate) use hedges::*;
pub(crate) use korean::*;
pub(crate) use money::*;
pub use numbers::is_tally_word;
pub(crate) use numbers::*;
pub(crate) use units::*;
pub(crate) use words::*;
pub use words::{PERIOD_NOUNS, is_period_term};
