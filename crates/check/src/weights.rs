//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.
//! Written by `scripts/fit.py --write` from the development sets (devset, holdout, fresh-dev, summedits-dev);
//! refit rather than edit by hand.

// Fitted numbers can land near a mathematical constant by chance.
#![allow(clippy::approx_constant)]

use crate::model::Model;

/// P(an agreeing source figure states the claim's fact).
pub const SUPPORT: Model = Model {
    bias: -2.6900,
    weights: [
        3.2559, 2.1261, 0.0719, 2.4253, -0.3255, 1.0462, 0.6211, 0.3927, -0.0795, -1.8163, 0.1613,
        0.0412, 1.0633, 0.1486, -0.0940, -0.6466, -1.6955, -1.2995, 0.6602, 3.7402, 0.9264,
        -2.2807, 0.6094, 0.6094, 0.0449,
    ],
};

/// P(a disagreeing source figure is the claim's counterpart: same owner, same measure).
pub const CONTRADICT: Model = Model {
    bias: -3.8372,
    weights: [
        4.6216, -0.1138, 0.4515, 2.1116, 0.4458, 1.1794, 0.6472, 0.0633, -0.1114, -2.3083, 0.0841,
        1.1279, -0.6107, -1.3090, -0.3007, -3.0326, -3.0347, 0.0000, -0.1374, -1.4164, -0.4369,
        -0.7345, 0.8684, -2.0780, -1.2104,
    ],
};

/// An agreeing candidate at least this probable supports the claim.
pub const SUPPORT_THRESHOLD: f32 = 0.65;
/// A disagreeing candidate at least this probable contradicts it (unless support wins).
pub const CONTRADICT_THRESHOLD: f32 = 0.10;
/// How much more probable a contradicting candidate must be than the best agreeing one.
pub const PREFER_SUPPORT_MARGIN: f32 = 0.0;
