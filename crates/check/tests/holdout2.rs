//! The second held-out set (`tests/holdout2/`): five drafts in styles unlike both earlier
//! sets (a newsletter with a table and a pull-quote, a correction notice, a money-heavy
//! investor note, a Q&A transcript, a plain-text wire brief), every figure labelled blind
//! from the sources before the engine was run on them. The engine was tuned against the
//! devset and, in part, against `tests/holdout/`; nobody has tuned against this set. The
//! scoring is `holdout.rs`'s, line for line, except that `.txt` drafts are read too, as plain
//! text (`Format::from_path`), the way the CLI reads them.
//!
//! `cargo test -p figcheck-check --test holdout2 -- --nocapture` prints the score table and
//! every mismatch (`file:line figure expected→got`).
//!
//! Do not tune the engine against this set: a fix made because of a miss seen here makes the
//! set stop being held out. Reproduce the miss in the devset (or a unit test) and fix it
//! there (see `tests/holdout2/README.md`). Never edit a label to make this pass.

mod common;

// Quality floors: regression alarms, each a little below what the engine reached when the
// set was first run (rounded down to 0.05; a value exactly on a step goes one step lower).
// Raise them when the engine improves on its own; lowering one needs a reason.
// First run at 1351a53 (drafts and labels committed in it, before this test existed), with
// the devset's and the first holdout's numbers at the same commit in brackets: extraction
// recall 1.000 (101/101) [devset 0.977, holdout 0.971], extraction precision 0.981
// (101/103) [1.000, 0.971], flag precision 0.742 (46/62) [0.885, 0.763], flag recall 1.000
// (46/46) [0.958, 0.978], verdict accuracy 0.743 (75/101) [0.833, 0.718], suggestion
// accuracy 0.520 (13/25) [0.575, 0.346], 2 not-figure violations [0, 1]. (An uncommitted
// attribution edit in the working tree at the time, skipping names after a preposition,
// turned one more figure right: flag precision 0.754, verdict accuracy 0.752.)
const FLOORS: common::Floors = common::Floors {
    extraction_recall: 0.95,
    extraction_precision: 0.95,
    flag_precision: 0.90,
    flag_recall: 0.95,
    verdict_accuracy: 0.85,
    suggestion_accuracy: 0.75,
    // Text listed in `not_figures.tsv` that the engine reported as a figure. At the first run:
    // the two stock codes in `(KRX: 003550)` and `(KRX: 035420)`, read as the numbers 3550 and
    // 35420. Lower this as the engine stops reporting them.
    max_not_figure_violations: 2,
};

#[test]
fn holdout2_precision_and_recall() {
    common::score_labelled_set("holdout2", &FLOORS);
}
