//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.
//! Written by `scripts/fit.py --write` from the development sets (devset, holdout, fresh-dev, summedits-dev);
//! refit rather than edit by hand.

use crate::model::Model;

/// P(an agreeing source figure states the claim's fact).
pub const SUPPORT: Model = Model {
    bias: -2.7441,
    weights: [
        4.2472, -0.1608, 1.9667, -0.3603, 0.9391, 0.6833, 0.3912, -0.1513, -1.5354, 0.0334,
        -0.0128, 0.9026, 0.7296, -0.0080, -0.4974, -1.6401, -1.2551, 0.4112, 3.8393, 1.1892,
        -2.3358, 0.5857, 0.5857, 0.1920,
    ],
};

/// P(a disagreeing source figure is the claim's counterpart: same owner, same measure).
pub const CONTRADICT: Model = Model {
    bias: -3.8467,
    weights: [
        4.4786, 0.5776, 2.1422, 0.4330, 1.1786, 0.6508, 0.1979, -0.1106, -2.3480, -0.0017, 1.1290,
        -0.7136, -1.3107, -0.2955, -3.0119, -3.0887, 0.0000, -0.1596, -1.1220, -0.4686, -0.7117,
        0.8744, -2.0858, -1.2167,
    ],
};

/// An agreeing candidate at least this probable supports the claim.
pub const SUPPORT_THRESHOLD: f32 = 0.65;
/// A disagreeing candidate at least this probable contradicts it (unless support wins).
pub const CONTRADICT_THRESHOLD: f32 = 0.10;
/// How much more probable a contradicting candidate must be than the best agreeing one.
pub const PREFER_SUPPORT_MARGIN: f32 = 0.0;
