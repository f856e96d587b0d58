//! Text → figures: the first step of figcheck's data path.
//!
//! This crate finds every figure a writer put in prose (counts, money, percentages, ranks,
//! years, multipliers…), gives each its exact position and a normalised [`Quantity`], and
//! describes the words around it ([`context`]) so later steps can tell *what* the figure
//! measures. It does no I/O: callers hand it text.
//!
//! ```
//! use figcheck_figures::{extract, Format, Kind};
//! let figs = extract("Korea installed 30,600 industrial robots.", Format::Plain);
//! assert_eq!(figs[0].text, "30,600");
//! assert_eq!(figs[0].quantity.value, 30600.0);
//! assert_eq!(figs[0].quantity.kind, Kind::Number);
//! assert_eq!(figs[0].quantity.unit.as_deref(), Some("robots"));
//! ```

pub mod context;
mod extract;
pub mod front_matter;
mod lexicon;
mod list_count;
mod paired;
pub mod position;
pub mod prose;
pub mod quantity;
pub mod table;
pub mod vocabulary;
pub mod work;

/// Changes whenever the extractor's source changes: an index of source figures built with
/// another fingerprint may hold figures this extractor would not find, and is rebuilt.
pub const EXTRACTOR_FINGERPRINT: &str = env!("FIGCHECK_EXTRACTOR_FINGERPRINT");

pub use context::{
    COMPARATIVES, Context, SUBJECT_DISTANCE, Term, canonical_name, context_of, contexts,
    counted_back, is_bare_tally, is_dateline, listed_after, same_name, sentences, words_within,
};
pub use extract::{AGE_UNIT, Figure, extract, extract_in, rank_in_digits};
pub use front_matter::{FrontMatter, FrontMatterError, front_matter, source_date};
pub use lexicon::{
    BOX_MEASURES, BoxMeasure, PERIOD_NOUNS, RECORD, box_measure_after, box_measure_named,
    is_period_term, is_tally_word, month_word, record_in_brackets, weekday,
};
pub use list_count::list_counts;
pub use paired::Beside;
pub use position::{LineIndex, Position, ceil_char_boundary, floor_char_boundary};
pub use prose::{Format, prose_ranges};
pub use quantity::{Hedge, Kind, ParsedQuantity, Quantity, Style, parse_quantity};
pub use vocabulary::{context_stems, defined_acronyms, lower_case_stems, name_stems, stem};
