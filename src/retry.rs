//! Retries: which failures are retried, how long to wait, when to give up.
//!
//! Classification follows aws-sdk-rust's: **throttling** (429: always retried,
//! after the server's `Retry-After`, fractional seconds or HTTP date; without
//! one, after a backoff at the scale of the endpoint's budget window: 1–2 s
//! at first for the per-second read budgets, doubling up to 20 s, and
//! 3.75–7.5 s doubling up to a minute for the per-minute write budgets; 429s
//! do not count against [`RetryPolicy::max_attempts`], since the server did
//! nothing: [`RetryPolicy::max_elapsed`] bounds them, and from the third 429
//! in a row the wait is at least that backoff, whatever `Retry-After` says),
//! **transient** (408, 500, 502, 503, 504, transport failures: retried with
//! exponential backoff and full jitter) and **permanent** (everything else).
//! A request that may have reached the server is retried only when the
//! operation is idempotent: creates (`post_qualification_record`,
//! `post_work_orders`) are not, unless [`RetryPolicy::retry_writes`] opts in;
//! they are still retried after 429 and after failing to connect, when the
//! server cannot have acted. A retried delete answered 404 after an earlier
//! try may have reached the server (timed out, cut off, 5xx) is a success:
//! that try deleted it.
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

/// How a client retries failed requests.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included, not counting those answered 429
    /// (1 disables every retry, 429s included).
    pub max_attempts: u32,
    /// Backoff before the first retry; doubles each retry (before jitter).
    pub initial_backoff: Duration,
    /// The largest backoff between two attempts.
    pub max_backoff: Duration,
    /// No retry starts later than this after the first attempt; this alone
    /// bounds the retries of 429s.
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

/// The ceiling of the backoff after a 429 without `Retry-After` on an
/// endpoint whose budget is per second; per-minute budgets go up to a minute.
const THROTTLE_CEILING_PER_SECOND: Duration = Duration::from_secs(20);

/// A request's retry history so far.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attempts {
    /// Failures other than 429 so far (this one included); the exponent
    /// of the transient backoff.
    pub(crate) failed: u32,
    /// 429s so far (this one included); the exponent of the throttle backoff.
    pub(crate) throttled: u32,
    /// Time since the first attempt started.
    pub(crate) elapsed: Duration,
    /// The endpoint's budget window: one second or one minute.
    pub(crate) window: Duration,
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
    /// The wait after the `n`-th 429 without `Retry-After` (1-based): equal
    /// jitter in `[c/2, c]`, `c` doubling per 429 from 2 s up to 20 s for a
    /// per-second budget, and from 1/8 of the window (7.5 s) up to the
    /// window (60 s) for a per-minute one.
    pub(crate) fn throttle_backoff(n: u32, window: Duration) -> Duration {
        let (first, cap) = if window > Duration::from_secs(1) {
            (window / 8, window)
        } else {
            (Duration::from_secs(2), THROTTLE_CEILING_PER_SECOND)
        };
        let ceiling = first
            .saturating_mul(1u32 << n.saturating_sub(1).min(10))
            .min(cap);
        ceiling.mul_f64(rand::rng().random_range(0.5..=1.0))
    }

    /// The wait before another attempt, or `None` to give up.
    pub(crate) fn next_delay(
        &self,
        failure: Failure,
        retry_after: Option<Duration>,
        idempotent: bool,
        attempts: &Attempts,
    ) -> Option<Duration> {
        if self.max_attempts <= 1 {
            return None;
        }
        let allowed = match failure {
            Failure::Throttled => true,
            Failure::NotSent => attempts.failed < self.max_attempts,
            Failure::Transient => {
                (idempotent || self.retry_writes) && attempts.failed < self.max_attempts
            }
            Failure::Permanent => false,
        };
        if !allowed {
            return None;
        }
        let delay = match (failure, retry_after) {
            // The server's word, for the first two 429s in a row; after that
            // at least the budget-scale backoff, so that `Retry-After: 0` (or a
            // date in the past) cannot turn into a storm of requests.
            (Failure::Throttled, Some(after)) if attempts.throttled <= 2 => after,
            (Failure::Throttled, Some(after)) => after.max(Self::throttle_backoff(
                attempts.throttled - 2,
                attempts.window,
            )),
            (Failure::Throttled, None) => {
                Self::throttle_backoff(attempts.throttled, attempts.window)
            }
            (_, Some(after)) => after.max(self.backoff(attempts.failed)),
            (_, None) => self.backoff(attempts.failed),
        };
        (attempts.elapsed + delay <= self.max_elapsed).then_some(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn after(failed: u32, throttled: u32) -> Attempts {
        Attempts {
            failed,
            throttled,
            elapsed: Duration::ZERO,
            window: SECOND,
        }
    }

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
        let wait = Duration::from_secs_f64(0.40235);
        assert_eq!(
            policy.next_delay(Failure::Throttled, Some(wait), false, &after(0, 1)),
            Some(wait)
        );
    }

    #[test]
    fn writes_are_not_retried_once_they_may_have_reached_the_server() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.next_delay(Failure::Transient, None, false, &after(1, 0)),
            None
        );
        assert!(
            policy
                .next_delay(Failure::NotSent, None, false, &after(1, 0))
                .is_some()
        );
        assert!(
            policy
                .next_delay(Failure::Throttled, None, false, &after(1, 0))
                .is_some()
        );
        let opted_in = RetryPolicy {
            retry_writes: true,
            ..policy
        };
        assert!(
            opted_in
                .next_delay(Failure::Transient, None, false, &after(1, 0))
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
                .next_delay(Failure::Transient, None, true, &after(2, 0))
                .is_some()
        );
        assert_eq!(
            policy.next_delay(Failure::Transient, None, true, &after(3, 0)),
            None
        );
        let far = Some(Duration::from_secs(600));
        assert_eq!(
            policy.next_delay(Failure::Throttled, far, true, &after(0, 1)),
            None,
            "past max_elapsed"
        );
        assert_eq!(
            RetryPolicy::none().next_delay(Failure::Throttled, None, true, &after(1, 0)),
            None
        );
    }

    #[test]
    fn a_429_without_retry_after_waits_at_the_scale_of_the_budget_window() {
        for _ in 0..50 {
            let first = RetryPolicy::throttle_backoff(1, SECOND);
            assert!((SECOND..=2 * SECOND).contains(&first), "{first:?}");
            let late = RetryPolicy::throttle_backoff(9, SECOND);
            assert!(late <= Duration::from_secs(20), "{late:?}");
            let minute = Duration::from_secs(60);
            let first = RetryPolicy::throttle_backoff(1, minute);
            assert!(
                (Duration::from_millis(3750)..=Duration::from_millis(7500)).contains(&first),
                "{first:?}"
            );
            let late = RetryPolicy::throttle_backoff(4, minute);
            assert!(
                (Duration::from_secs(30)..=minute).contains(&late),
                "{late:?}"
            );
        }
    }

    #[test]
    fn throttling_is_bounded_by_max_elapsed_not_by_the_attempt_count() {
        let policy = RetryPolicy::default();
        let many = after(0, 40);
        assert!(
            policy
                .next_delay(Failure::Throttled, None, true, &many)
                .is_some()
        );
        let late = Attempts {
            elapsed: policy.max_elapsed,
            ..many
        };
        assert_eq!(
            policy.next_delay(Failure::Throttled, None, true, &late),
            None
        );
        // Other failures still count against max_attempts.
        assert_eq!(
            policy.next_delay(Failure::Transient, None, true, &after(5, 0)),
            None
        );
    }

    #[test]
    fn a_zero_retry_after_repeated_backs_off_at_the_budget_scale() {
        let policy = RetryPolicy::default();
        let zero = Some(Duration::ZERO);
        assert_eq!(
            policy.next_delay(Failure::Throttled, zero, true, &after(0, 1)),
            zero
        );
        assert_eq!(
            policy.next_delay(Failure::Throttled, zero, true, &after(0, 2)),
            zero
        );
        let third = policy
            .next_delay(Failure::Throttled, zero, true, &after(0, 3))
            .unwrap();
        assert!(third >= SECOND, "{third:?}");
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
