//! When a deferred message is tried again: Postfix's schedule (first retry after `minimal_backoff_time` 300 s,
//! doubling up to `maximal_backoff_time` 4000 s, given up after `maximal_queue_lifetime` 5 days), jittered so that a
//! batch deferred together does not come back together. Greylisting (RFC 6647) clears after a few minutes: its
//! replies never come back before `first_retry`, which the jitter's floor already guarantees.

use std::time::Duration;

use rand::Rng;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schedule {
    pub first_retry: Duration,
    pub max_retry_delay: Duration,
    /// How long after it was queued a message is given up.
    pub lifetime: Duration,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            first_retry: Duration::from_secs(300),
            max_retry_delay: Duration::from_secs(4000),
            lifetime: Duration::from_secs(5 * 86_400),
        }
    }
}

impl Schedule {
    /// The wait after failure number `n` (from 1): `first_retry · 2^(n-1)` up to `max_retry_delay`, times a factor
    /// drawn from [0.8, 1.2], and never below `first_retry` nor above `max_retry_delay`.
    pub fn delay(&self, n: u32, rng: &mut impl Rng) -> Duration {
        let first = self.first_retry.as_secs_f64();
        let max = self.max_retry_delay.as_secs_f64().max(first);
        let base = (first * 2f64.powi(n.saturating_sub(1).min(60) as i32)).min(max);
        let jittered = base * rng.random_range(0.8..=1.2);
        Duration::from_secs_f64(jittered.clamp(first, max))
    }

    /// When a message queued at `created` (Unix seconds) is given up.
    pub fn expires(&self, created: f64) -> f64 {
        created + self.lifetime.as_secs_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;

    #[test]
    fn postfix_bounds_with_jitter() {
        let s = Schedule::default();
        let mut rng = SmallRng::seed_from_u64(7);
        let mut seen = std::collections::BTreeSet::new();
        for n in 1..=20 {
            for _ in 0..50 {
                let d = s.delay(n, &mut rng).as_secs_f64();
                assert!((300.0..=4000.0).contains(&d), "{n}: {d}");
                seen.insert((d * 1000.0) as u64);
            }
        }
        assert!(seen.len() > 500, "jittered");
        assert!(s.delay(2, &mut rng).as_secs_f64() >= 480.0);
        assert!(s.delay(30, &mut rng).as_secs_f64() >= 3200.0);
    }
}
