//! How long to wait between attempts: exponential backoff with jitter. Full jitter is the default: the AWS
//! "Exponential Backoff And Jitter" study found it spreads a crowd of retrying clients best.

use std::time::Duration;

use rand::Rng;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jitter {
    /// `U(0, min(max, initial·multiplier^n))`.
    Full,
    /// Half the backoff, plus `U(0, half)`.
    Equal,
    /// `min(max, U(initial, 3·previous))`.
    Decorrelated,
    /// Exactly `min(max, initial·multiplier^n)`.
    None,
}

impl Jitter {
    pub fn from_name(name: &str) -> Option<Jitter> {
        Some(match name {
            "full" => Jitter::Full,
            "equal" => Jitter::Equal,
            "decorrelated" => Jitter::Decorrelated,
            "none" => Jitter::None,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all (1: no retry).
    pub max_attempts: u32,
    pub initial_delay: Duration,
    pub multiplier: f64,
    pub max_delay: Duration,
    pub jitter: Jitter,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_delay: Duration::from_secs(1),
            multiplier: 2.0,
            max_delay: Duration::from_secs(60),
            jitter: Jitter::Full,
        }
    }
}

/// An `f64` number of seconds as a `Duration`, never panicking: NaN or below zero is zero, past the range `cap`.
fn saturating(secs: f64, cap: Duration) -> Duration {
    if secs.is_nan() || secs <= 0.0 {
        return Duration::ZERO;
    }
    Duration::try_from_secs_f64(secs).map_or(cap, |d| d.min(cap))
}

impl RetryPolicy {
    pub fn once() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Default::default()
        }
    }

    /// The backoff before retry number `n` (1 for the wait after the first attempt), without jitter.
    pub fn ceiling(&self, n: u32) -> Duration {
        let exp = self.multiplier.powi(n.saturating_sub(1).min(1000) as i32);
        if self.initial_delay.is_zero() {
            return Duration::ZERO; // (not 0 × ∞)
        }
        saturating(self.initial_delay.as_secs_f64() * exp, self.max_delay)
    }

    /// The wait before retry `n`, given the previous wait (for decorrelated jitter).
    pub fn delay(&self, n: u32, previous: Duration, rng: &mut impl Rng) -> Duration {
        let ceiling = self.ceiling(n).as_secs_f64();
        let secs = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => rng.random_range(0.0..=ceiling),
            Jitter::Equal => ceiling / 2.0 + rng.random_range(0.0..=ceiling / 2.0),
            Jitter::Decorrelated => {
                let low = self.initial_delay.as_secs_f64();
                let high = (previous.as_secs_f64() * 3.0).max(low);
                rng.random_range(low..=high)
            }
        };
        saturating(secs, self.max_delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;

    fn policy(jitter: Jitter) -> RetryPolicy {
        RetryPolicy {
            max_attempts: 10,
            initial_delay: Duration::from_secs(1),
            multiplier: 2.0,
            max_delay: Duration::from_secs(30),
            jitter,
        }
    }

    fn draws(jitter: Jitter, n: u32) -> Vec<f64> {
        let mut rng = SmallRng::seed_from_u64(7);
        let p = policy(jitter);
        (0..20_000)
            .map(|_| {
                p.delay(n, p.ceiling(n.saturating_sub(1).max(1)), &mut rng)
                    .as_secs_f64()
            })
            .collect()
    }

    fn mean(v: &[f64]) -> f64 {
        v.iter().sum::<f64>() / v.len() as f64
    }

    #[test]
    fn ceiling_grows_then_caps() {
        let p = policy(Jitter::None);
        let c: Vec<u64> = (1..=7).map(|n| p.ceiling(n).as_secs()).collect();
        assert_eq!(c, vec![1, 2, 4, 8, 16, 30, 30]);
    }

    #[test]
    fn no_jitter_is_exact() {
        assert!(draws(Jitter::None, 3).iter().all(|&d| d == 4.0));
    }

    #[test]
    fn full_jitter_spans_zero_to_ceiling() {
        let d = draws(Jitter::Full, 3);
        assert!(d.iter().all(|&x| (0.0..=4.0).contains(&x)));
        assert!((mean(&d) - 2.0).abs() < 0.05, "mean {}", mean(&d));
        assert!(d.iter().any(|&x| x < 0.1) && d.iter().any(|&x| x > 3.9));
    }

    #[test]
    fn equal_jitter_keeps_half() {
        let d = draws(Jitter::Equal, 3);
        assert!(d.iter().all(|&x| (2.0..=4.0).contains(&x)));
        assert!((mean(&d) - 3.0).abs() < 0.05, "mean {}", mean(&d));
    }

    #[test]
    fn decorrelated_jitter_range() {
        // previous = ceiling(2) = 2 s: U(1, 6)
        let d = draws(Jitter::Decorrelated, 3);
        assert!(d.iter().all(|&x| (1.0..=6.0).contains(&x)));
        assert!((mean(&d) - 3.5).abs() < 0.08, "mean {}", mean(&d));
        let capped = {
            let p = policy(Jitter::Decorrelated);
            let mut rng = SmallRng::seed_from_u64(1);
            (0..1000)
                .map(|_| p.delay(9, Duration::from_secs(100), &mut rng))
                .max()
                .unwrap()
        };
        assert!(capped <= Duration::from_secs(30));
    }
}
