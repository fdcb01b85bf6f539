//! Retries: which failures are retried, how long to wait, when to give up.
//!
//! Classification follows aws-sdk-rust's: **throttling** (429: always retried,
//! after the server's `Retry-After`, fractional seconds or HTTP date),
//! **transient** (408, 500, 502, 503, 504, transport failures: retried with
//! exponential backoff and full jitter) and **permanent** (everything else).
//! A request that may have reached the server is retried only when the
//! operation is idempotent: creates (`post_qualification_record`,
//! `post_work_orders`) are not, unless [`RetryPolicy::retry_writes`] opts in;
//! they are still retried after 429 and after failing to connect, when the
//! server cannot have acted.
//!
//! ```
//! use samsara::RetryPolicy;
//! use std::time::Duration;
//!
//! let patient = RetryPolicy { max_attempts: 8, max_elapsed: Duration::from_secs(300), ..RetryPolicy::default() };
//! let never = RetryPolicy::none();
//! # let _ = (patient, never);
//! ```

use std::time::Duration;

use rand::Rng;
use reqwest::StatusCode;

/// Operations whose repetition could create a second object.
pub(crate) const NON_IDEMPOTENT: &[&str] = &["post_qualification_record", "post_work_orders"];

/// How a client retries failed requests.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// Backoff before the first retry; doubles each retry (before jitter).
    pub initial_backoff: Duration,
    /// The largest backoff between two attempts.
    pub max_backoff: Duration,
    /// No retry starts later than this after the first attempt.
    pub max_elapsed: Duration,
    /// Also retry creates when the request may have reached the server
    /// (risking a duplicate object).
    pub retry_writes: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
            max_elapsed: Duration::from_secs(120),
            retry_writes: false,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Exponential backoff with full jitter before retry number `retry` (1-based).
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << retry.saturating_sub(1).min(20))
            .min(self.max_backoff);
        ceiling.mul_f64(rand::rng().random_range(0.0..=1.0))
    }
}

/// What kind of failure a result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// 429: the server did not act and asks us to wait.
    Throttled,
    /// The request never reached the server.
    NotSent,
    /// A transient failure after the request may have been acted on.
    Transient,
    /// Retrying cannot help.
    Permanent,
}

/// Classifies a response status (`None` on success).
pub(crate) fn classify_status(status: StatusCode) -> Option<Failure> {
    if status.is_success() || status.is_redirection() || status.is_informational() {
        return None;
    }
    Some(match status.as_u16() {
        429 => Failure::Throttled,
        408 | 500 | 502 | 503 | 504 => Failure::Transient,
        _ => Failure::Permanent,
    })
}

/// Classifies a transport error. A body cut short or timed out counts as
/// transient: the request may have been acted on.
pub(crate) fn classify_error(error: &reqwest::Error) -> Failure {
    if error.is_connect() {
        Failure::NotSent
    } else if error.is_builder() || error.is_redirect() {
        Failure::Permanent
    } else {
        Failure::Transient
    }
}

impl RetryPolicy {
    /// The wait before another attempt, or `None` to give up.
    pub(crate) fn next_delay(
        &self,
        failure: Failure,
        retry_after: Option<Duration>,
        idempotent: bool,
        attempt: u32,
        elapsed: Duration,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let allowed = match failure {
            Failure::Throttled | Failure::NotSent => true,
            Failure::Transient => idempotent || self.retry_writes,
            Failure::Permanent => false,
        };
        if !allowed {
            return None;
        }
        let delay = match (failure, retry_after) {
            (Failure::Throttled, Some(after)) => after,
            (_, Some(after)) => after.max(self.backoff(attempt)),
            (_, None) => self.backoff(attempt),
        };
        (elapsed + delay <= self.max_elapsed).then_some(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_jittered_below_an_exponential_ceiling() {
        let policy = RetryPolicy::default();
        for retry in 1..10 {
            let ceiling = (policy.initial_backoff * 2u32.pow(retry - 1)).min(policy.max_backoff);
            for _ in 0..50 {
                assert!(policy.backoff(retry) <= ceiling);
            }
        }
    }

    #[test]
    fn throttling_waits_exactly_the_retry_after() {
        let policy = RetryPolicy::default();
        let after = Duration::from_secs_f64(0.40235);
        assert_eq!(
            policy.next_delay(Failure::Throttled, Some(after), false, 1, Duration::ZERO),
            Some(after)
        );
    }

    #[test]
    fn writes_are_not_retried_once_they_may_have_reached_the_server() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.next_delay(Failure::Transient, None, false, 1, Duration::ZERO),
            None
        );
        assert!(
            policy
                .next_delay(Failure::NotSent, None, false, 1, Duration::ZERO)
                .is_some()
        );
        assert!(
            policy
                .next_delay(Failure::Throttled, None, false, 1, Duration::ZERO)
                .is_some()
        );
        let opted_in = RetryPolicy {
            retry_writes: true,
            ..policy
        };
        assert!(
            opted_in
                .next_delay(Failure::Transient, None, false, 1, Duration::ZERO)
                .is_some()
        );
    }

    #[test]
    fn attempts_and_total_time_are_bounded() {
        let policy = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };
        assert!(
            policy
                .next_delay(Failure::Transient, None, true, 2, Duration::ZERO)
                .is_some()
        );
        assert_eq!(
            policy.next_delay(Failure::Transient, None, true, 3, Duration::ZERO),
            None
        );
        let far = Some(Duration::from_secs(600));
        assert_eq!(
            policy.next_delay(Failure::Throttled, far, true, 1, Duration::ZERO),
            None,
            "past max_elapsed"
        );
        assert_eq!(
            RetryPolicy::none().next_delay(Failure::Throttled, None, true, 1, Duration::ZERO),
            None
        );
    }

    #[test]
    fn statuses_are_classified() {
        assert_eq!(classify_status(StatusCode::OK), None);
        assert_eq!(
            classify_status(StatusCode::TOO_MANY_REQUESTS),
            Some(Failure::Throttled)
        );
        for s in [408, 500, 502, 503, 504] {
            assert_eq!(
                classify_status(StatusCode::from_u16(s).unwrap()),
                Some(Failure::Transient),
                "{s}"
            );
        }
        for s in [400, 401, 404, 405, 413, 501] {
            assert_eq!(
                classify_status(StatusCode::from_u16(s).unwrap()),
                Some(Failure::Permanent),
                "{s}"
            );
        }
    }
}
