//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.
//! Written by `scripts/fit.py --write` from the development sets (devset, holdout, fresh-dev, summedits-dev);
//! refit rather than edit by hand.

// Fitted numbers can land near a mathematical constant by chance.
#![allow(clippy::approx_constant)]

use crate::model::Model;

/// P(an agreeing source figure states the claim's fact).
pub const SUPPORT: Model = Model {
    bias: -2.7342,
    weights: [
        3.1538, 2.0228, 0.1974, 2.4367, -0.3259, 1.0567, 0.6286, 0.3823, -0.0624, -1.8334, 0.1541,
        0.0481, 1.0956, 0.1537, -0.1020, -0.6442, -1.7508, -1.3093, 0.6875, 3.7872, 0.9400,
        -2.3151, 0.6136, 0.6136, 0.1120,
    ],
};

/// P(a disagreeing source figure is the claim's counterpart: same owner, same measure).
pub const CONTRADICT: Model = Model {
    bias: -3.8443,
    weights: [
        4.6625, -0.1261, 0.4052, 2.1033, 0.4396, 1.1968, 0.6472, 0.0626, -0.0667, -2.3756, 0.0961,
        1.1387, -0.6019, -1.3004, -0.3031, -3.0231, -2.9898, 0.0000, -0.1102, -1.4244, -0.4389,
        -0.7255, 0.8758, -2.0716, -1.2160,
    ],
};

/// An agreeing candidate at least this probable supports the claim.
pub const SUPPORT_THRESHOLD: f32 = 0.65;
/// A disagreeing candidate at least this probable contradicts it (unless support wins).
pub const CONTRADICT_THRESHOLD: f32 = 0.10;
/// How much more probable a contradicting candidate must be than the best agreeing one.
pub const PREFER_SUPPORT_MARGIN: f32 = 0.0;
