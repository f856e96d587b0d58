//! Helpers the figure suites share.

use figcheck_figures::Figure;

/// The figures found, as a failure report shows them: `"5%":percent=5, …`.
pub fn describe(figures: &[Figure]) -> String {
    figures
        .iter()
        .map(|f| {
            format!(
                "{:?}:{}={}",
                f.text,
                f.quantity.kind.as_str(),
                f.quantity.value
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
