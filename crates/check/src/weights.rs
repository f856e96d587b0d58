//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.
//! Written by `scripts/fit.py --write` from the development sets (devset, holdout, fresh-dev, summedits-dev);
//! refit rather than edit by hand.

use crate::model::Model;

/// P(an agreeing source figure states the claim's fact).
pub const SUPPORT: Model = Model {
    bias: -2.3481,
    weights: [
        4.3238, -0.3912, 1.9307, -0.4030, 1.0164, 1.0551, 0.3457, -0.1107, -1.7127, -0.1907,
        -0.1797, 0.8170, 0.5409, -0.2459, -0.7292, -1.6361, -1.1122, 0.2181, 3.9187, 0.9539,
        -2.3590, 0.0695,
    ],
};

/// P(a disagreeing source figure is the claim's counterpart: same owner, same measure).
pub const CONTRADICT: Model = Model {
    bias: -3.9082,
    weights: [
        4.5409, 0.6473, 2.1768, 0.4256, 1.1509, 0.7011, 0.1758, -0.0867, -2.3874, 0.0207, 1.0965,
        -0.7457, -1.3311, -0.3164, -3.1259, -3.1665, 0.0000, -0.1805, -1.1370, -0.5055, -0.6664,
        -1.1618,
    ],
};

/// An agreeing candidate at least this probable supports the claim.
pub const SUPPORT_THRESHOLD: f32 = 0.65;
/// A disagreeing candidate at least this probable contradicts it (unless support wins).
pub const CONTRADICT_THRESHOLD: f32 = 0.10;
/// How much more probable a contradicting candidate must be than the best agreeing one.
pub const PREFER_SUPPORT_MARGIN: f32 = 0.0;
