//! The decision's arithmetic: a logistic model over [`PairFeatures`], with weights fitted
//! to labelled data by `scripts/fit.py` and committed in `weights.rs`. Nothing is learned
//! at run time: the same draft and corpus always give the same verdicts.

use crate::features::{LEN, NAMES, PairFeatures};

/// A logistic model: `sigmoid(bias + Σ weight × feature)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    pub bias: f32,
    pub weights: [f32; LEN],
}

impl Model {
    /// The probability that the pair speaks of the same thing.
    pub fn probability(&self, features: &PairFeatures) -> f32 {
        let logit = self.bias
            + features
                .vector()
                .iter()
                .zip(&self.weights)
                .map(|(x, w)| x * w)
                .sum::<f32>();
        1.0 / (1.0 + (-logit).exp())
    }

    /// Each non-zero feature's contribution to the logit, largest in size first: what
    /// `figcheck explain` shows so a writer can see why a candidate won or lost.
    pub fn contributions(&self, features: &PairFeatures) -> Vec<(&'static str, f32)> {
        let mut out: Vec<(&'static str, f32)> = features
            .vector()
            .iter()
            .zip(&self.weights)
            .zip(NAMES)
            .map(|((x, w), name)| (name, x * w))
            .filter(|(_, c)| *c != 0.0)
            .collect();
        out.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::features::{Owner, example as pair};

    #[test]
    fn the_fitted_support_model_prefers_the_same_owner_and_more_shared_words() {
        let m = crate::weights::SUPPORT;
        assert!(m.probability(&pair(Owner::Same, 0.6)) > m.probability(&pair(Owner::Other, 0.6)));
        assert!(m.probability(&pair(Owner::Same, 0.9)) > m.probability(&pair(Owner::Same, 0.1)));
    }

    /// "More than 40%" against 41% is not exact, but a value just past a bound is what a
    /// writer rounded from: the fitted model must count that for the candidate.
    #[test]
    fn the_fitted_support_model_prefers_a_value_close_to_a_bound() {
        let m = crate::weights::SUPPORT;
        let far = crate::features::PairFeatures {
            exact: false,
            ..pair(Owner::Same, 0.6)
        };
        let close = crate::features::PairFeatures { close: true, ..far };
        assert!(m.probability(&close) > m.probability(&far));
    }

    #[test]
    fn contributions_add_up_to_the_logit() {
        let m = crate::weights::SUPPORT;
        let f = pair(Owner::Same, 0.6);
        let logit: f32 = m.bias + m.contributions(&f).iter().map(|(_, c)| c).sum::<f32>();
        let p = 1.0 / (1.0 + (-logit).exp());
        assert!((p - m.probability(&f)).abs() < 1e-5);
    }
}
