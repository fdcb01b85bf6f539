//! Client-side rate limiting: stay inside Samsara's documented budgets so a
//! backfill runs at the allowed rate without earning 429s.
//!
//! Budgets come from the spec (`x-samsara-rate-limit`: 5 requests/s for each
//! read endpoint, 100/min for each write endpoint) plus 150 requests/s per
//! token across all endpoints. Requests are spaced evenly (no bursts) with a
//! small headroom, so network jitter cannot push the server's count over.
//!
//! Samsara counts per token and per organisation (Rate Limits page), not per
//! connection: every [`Client`](crate::Client) built in one process for the
//! same token and base URL (with the same [`RateLimit`]) shares one set of
//! budgets, so two clients, or a hundred, together stay inside them. Across
//! processes nothing is shared: give each process its own token, or a share
//! of the budget through a larger `headroom` (two processes: `0.5` each, so
//! each sends half the rate); the 429s an overdrawn budget earns are still
//! retried. Clients share a budget only when their [`RateLimit`] is the same.
//!
//! ```no_run
//! use samsara::prelude::*;
//! # fn main() -> Result<(), samsara::Error> {
//! let client = Client::builder().token("…").rate_limit(RateLimit::Off).build()?;
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::operations::{Budget, Operation};

/// Samsara's per-token budget across all endpoints, requests per second.
pub const TOKEN_REQUESTS_PER_SECOND: u32 = 150;

/// Whether and how the client paces its requests.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum RateLimit {
    /// The documented budgets, used at `1 - headroom` of their rate
    /// (default: `Documented { headroom: 0.04 }`: 4.8 of 5 requests/s).
    Documented {
        /// The share of each budget left unused, `0.0..=0.95`: a safety
        /// margin, or what other processes with the same token use (two
        /// processes: `0.5` each).
        headroom: f64,
    },
    /// No client-side pacing (the server's 429s are still honoured by retries).
    Off,
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::Documented { headroom: 0.04 }
    }
}

/// One limiter per operation plus the token-wide one.
pub(crate) struct Limiters {
    /// By operation, in the order of `crate::operations::ALL`.
    per_operation: Vec<DefaultDirectRateLimiter>,
    token: DefaultDirectRateLimiter,
}

impl std::fmt::Debug for Limiters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiters")
            .field("operations", &self.per_operation.len())
            .finish_non_exhaustive()
    }
}

/// A limiter admitting `requests × (1 - headroom)` per `period`, evenly spaced.
fn evenly_spaced(requests: u32, period: Duration, headroom: f64) -> DefaultDirectRateLimiter {
    let spacing = period
        .div_f64(f64::from(requests.max(1)))
        .div_f64(1.0 - headroom);
    let quota = Quota::with_period(spacing.max(Duration::from_nanos(1)))
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(NonZeroU32::MIN);
    RateLimiter::direct(quota)
}

impl Limiters {
    /// Limiters for `policy`, or `None` when it is [`RateLimit::Off`].
    pub(crate) fn new(policy: RateLimit) -> Option<Limiters> {
        let RateLimit::Documented { headroom } = policy else {
            return None;
        };
        let headroom = if headroom.is_finite() {
            headroom.clamp(0.0, 0.95)
        } else {
            0.0
        };
        let per_operation = crate::operations::ALL
            .iter()
            .map(|op| {
                let Budget { requests, per } = op.rate_limit;
                evenly_spaced(requests, per.duration(), headroom)
            })
            .collect();
        let token = evenly_spaced(TOKEN_REQUESTS_PER_SECOND, Duration::from_secs(1), headroom);
        Some(Limiters {
            per_operation,
            token,
        })
    }

    /// The limiters every client of this process with the same token, base
    /// URL and policy uses (created on first use, dropped with the last client).
    pub(crate) fn shared(
        policy: RateLimit,
        credential: &str,
        base_url: &str,
    ) -> Option<Arc<Limiters>> {
        static SHARED: OnceLock<Mutex<HashMap<u64, Weak<Limiters>>>> = OnceLock::new();
        let RateLimit::Documented { headroom } = policy else {
            return None;
        };
        // A hash, so that the registry never holds the token itself.
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (credential, base_url, headroom.to_bits()).hash(&mut hasher);
        let key = hasher.finish();
        let mut shared = SHARED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        shared.retain(|_, limiters| limiters.strong_count() > 0);
        if let Some(limiters) = shared.get(&key).and_then(Weak::upgrade) {
            return Some(limiters);
        }
        let limiters = Arc::new(Limiters::new(policy)?);
        shared.insert(key, Arc::downgrade(&limiters));
        Some(limiters)
    }

    /// Waits until `operation` may send a request.
    pub(crate) async fn acquire(&self, operation: &Operation) {
        if let Some(limiter) = self.per_operation.get(operation.index) {
            limiter.until_ready().await;
        }
        self.token.until_ready().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[tokio::test]
    async fn reads_are_spaced_at_just_under_five_per_second() {
        let limiters = Limiters::new(RateLimit::default()).unwrap();
        let started = Instant::now();
        for _ in 0..4 {
            limiters
                .acquire(crate::operations::find("get_work_orders").unwrap())
                .await;
        }
        // 3 gaps of 208 ms (1 / 4.8 s) after the first, immediate, request.
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(600), "{elapsed:?}");
    }

    #[test]
    fn clients_of_one_token_and_url_share_one_budget() {
        let policy = RateLimit::default();
        let a = Limiters::shared(policy, "token-a", "https://api.samsara.com").unwrap();
        let b = Limiters::shared(policy, "token-a", "https://api.samsara.com").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        let other = Limiters::shared(policy, "token-b", "https://api.samsara.com").unwrap();
        assert!(!Arc::ptr_eq(&a, &other));
        let eu = Limiters::shared(policy, "token-a", "https://api.eu.samsara.com").unwrap();
        assert!(!Arc::ptr_eq(&a, &eu));
        assert!(Limiters::shared(RateLimit::Off, "token-a", "x").is_none());
    }

    #[tokio::test]
    async fn half_the_headroom_is_half_the_rate() {
        let limiters = Limiters::new(RateLimit::Documented { headroom: 0.5 }).unwrap();
        let started = Instant::now();
        for _ in 0..3 {
            limiters
                .acquire(crate::operations::find("get_work_orders").unwrap())
                .await;
        }
        // 2.5 requests/s: 2 gaps of 400 ms.
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(790), "{elapsed:?}");
        assert!(elapsed < Duration::from_millis(1000), "{elapsed:?}");
    }

    #[test]
    fn off_means_no_limiters() {
        assert!(Limiters::new(RateLimit::Off).is_none());
    }

    #[test]
    fn every_operation_has_a_budget() {
        let limiters = Limiters::new(RateLimit::default()).unwrap();
        assert_eq!(limiters.per_operation.len(), crate::operations::ALL.len());
        assert!(!crate::operations::ALL.is_empty());
    }
}
