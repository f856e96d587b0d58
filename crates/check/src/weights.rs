//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.
//! Written by `scripts/fit.py --write` from the development sets (devset, holdout, fresh-dev, summedits-dev);
//! refit rather than edit by hand.

use crate::model::Model;

/// P(an agreeing source figure states the claim's fact).
pub const SUPPORT: Model = Model {
    bias: -2.4257,
    weights: [
        4.9217, -0.7467, 1.3063, -0.3597, 1.0164, 1.0059, 0.3558, -0.0841, -1.7327, -0.2017,
        -0.3029, 0.7218, 0.5171, -0.3457, -0.5695, -1.4950, -1.0916, 0.3762, 3.9566, 0.9436,
        -2.1086, -0.0434,
    ],
};

/// P(a disagreeing source figure is the claim's counterpart: same owner, same measure).
pub const CONTRADICT: Model = Model {
    bias: -3.8518,
    weights: [
        4.1951, 0.8587, 2.2801, 0.4036, 1.1508, 0.5833, 0.1558, -0.0834, -2.2114, 0.0014, 1.0830,
        -0.7627, -1.0649, -0.3175, -3.1438, -3.1396, 0.0000, -0.1265, -1.1603, -0.4949, -0.7704,
        -1.1542,
    ],
};

/// An agreeing candidate at least this probable supports the claim.
pub const SUPPORT_THRESHOLD: f32 = 0.65;
/// A disagreeing candidate at least this probable contradicts it (unless support wins).
pub const CONTRADICT_THRESHOLD: f32 = 0.10;
/// How much more probable a contradicting candidate must be than the best agreeing one.
pub const PREFER_SUPPORT_MARGIN: f32 = 0.0;
