//! Retries: which failures are retried, how long to wait, when to give up.
//!
//! One classification of failures, after aws-sdk-rust's (throttling,
//! transient, permanent), decides for the retry loop, for
//! [`Error::is_retryable`](crate::Error::is_retryable) and for
//! [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown) alike, so they
//! cannot disagree:
//!
//! | Failure | Kind | Retried |
//! |---|---|---|
//! | 429 Too Many Requests | throttling | always |
//! | 408 Request Timeout | transient, not acted on | yes, creates too |
//! | failing to connect (refused, DNS, connect timeout) | transient, not acted on | yes, creates too |
//! | 500, 502, 503, 504 | transient, may have been acted on | idempotent operations only |
//! | timed out, reset or cut off after sending (reading the body included; a compressed body without `Content-Length` or chunks whose data stops before its end) | transient, may have been acted on | idempotent operations only |
//! | every other 4xx and 5xx (400–599), e.g. 400, 401, 404, 409, 422, 501 Not Implemented, 505 HTTP Version Not Supported, 507 Insufficient Storage, 511 Network Authentication Required | permanent | never |
//! | a request that cannot be built, a redirect the HTTP client refuses | permanent | never |
//! | a response body larger than the client's limit ([`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size), bytes as received and after decompression), or one that does not decompress as its `Content-Encoding` says (compressed data that stops short in a body framed by `Content-Length` or chunks included) | permanent | never |
//!
//! [`Error::is_retryable`](crate::Error::is_retryable) is `true` exactly for
//! the throttling and transient rows. Informational, success and redirect
//! statuses are not failures (this crate's own HTTP client follows no
//! redirect: a 3xx is an answer).
//!
//! **Throttling** (429) is retried after the server's `Retry-After`,
//! fractional seconds or HTTP date; without one, after a backoff at the
//! scale of the endpoint's budget window: 1–2 s at first for the per-second
//! read budgets, doubling up to 20 s, and 3.75–7.5 s doubling up to a minute
//! for the per-minute write budgets. 429s do not count against
//! [`RetryPolicy::max_attempts`], since the server did nothing:
//! [`RetryPolicy::max_elapsed`] bounds them, and from the third 429 in a row
//! the wait is at least that backoff, whatever `Retry-After` says.
//! **Transient** failures are retried with exponential backoff and full
//! jitter, bounded by both.
//!
//! A request that may have been acted on is retried only when the operation
//! is idempotent: creates (`post_qualification_record`, `post_work_orders`)
//! are not, unless [`RetryPolicy::retry_writes`] opts in, and such a failure
//! of a create is [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown).
//! (503 counts as possibly acted on: a proxy answers it when the upstream
//! connection is reset before the answer's headers, after the request may
//! have arrived.) A retried delete answered 404 after an earlier try may
//! have been acted on is a success: that try deleted it.
//!
//! ```
//! use samsara::prelude::*;
//! use std::time::Duration;
//!
//! let patient = RetryPolicy { max_attempts: 8, max_elapsed: Duration::from_secs(300), ..RetryPolicy::default() };
//! let never = RetryPolicy::none();
//! # let _ = (patient, never);
//! ```

use std::time::Duration;

use rand::Rng;

use crate::error::Failure;

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
    use crate::error::{TransportError, classify_status};
    use reqwest::StatusCode;

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

    /// The documented table: the kind of every failure status.
    fn expected(status: u16) -> Failure {
        match status {
            429 => Failure::Throttled,
            408 => Failure::NotSent,
            500 | 502 | 503 | 504 => Failure::Transient,
            _ => Failure::Permanent,
        }
    }

    /// Whether the retry loop tries again after a first failure of this
    /// kind on an idempotent read.
    fn retried_by_the_loop(failure: Failure) -> bool {
        let throttled = u32::from(failure == Failure::Throttled);
        RetryPolicy::default()
            .next_delay(failure, None, true, &after(1 - throttled, throttled))
            .is_some()
    }

    fn api_error(status: StatusCode) -> crate::Error {
        crate::Error::Api(Box::new(crate::ApiError {
            operation: "get_work_orders".into(),
            status,
            message: None,
            request_id: None,
            retry_after: None,
            headers: Default::default(),
        }))
    }

    #[test]
    fn every_error_status_is_classified_alike_by_the_loop_and_is_retryable() {
        for code in 400..=599 {
            let status = StatusCode::from_u16(code).unwrap();
            let failure = classify_status(status);
            assert_eq!(failure, Some(expected(code)), "{code}");
            let failure = failure.unwrap();
            assert_eq!(
                retried_by_the_loop(failure),
                api_error(status).is_retryable(),
                "{code}: the retry loop and Error::is_retryable disagree"
            );
            assert_eq!(failure.is_retryable(), api_error(status).is_retryable());
        }
        for code in [100, 200, 201, 204, 299, 301, 304] {
            assert_eq!(classify_status(StatusCode::from_u16(code).unwrap()), None);
        }
        for code in [501, 505, 507, 511] {
            assert!(!api_error(StatusCode::from_u16(code).unwrap()).is_retryable());
        }
    }

    /// A local server that answers every connection with `reply` (an empty
    /// one: never answers).
    async fn serve(reply: &'static [u8]) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut buf = [0u8; 4096];
                    let _ = socket.read(&mut buf).await;
                    if reply.is_empty() {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                    }
                    let _ = socket.write_all(reply).await;
                });
            }
        });
        url
    }

    /// One transport error of each kind, from a real `reqwest` call.
    async fn transport_errors() -> Vec<(&'static str, reqwest::Error, Failure)> {
        let http = reqwest::Client::new();
        let closed = {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            format!("http://{}/", listener.local_addr().unwrap())
        };
        let connect = http.get(&closed).send().await.unwrap_err();
        let stalled = serve(b"").await;
        let timeout = http
            .get(&stalled)
            .timeout(Duration::from_millis(100))
            .send()
            .await
            .unwrap_err();
        let cut = serve(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"data\"").await;
        let body = http
            .get(&cut)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap_err();
        let builder = http.get("http://[::1").build().unwrap_err();
        let moved =
            serve(b"HTTP/1.1 302 Found\r\nlocation: /elsewhere\r\ncontent-length: 0\r\n\r\n").await;
        let redirect = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::custom(|a| {
                a.error("no redirects")
            }))
            .build()
            .unwrap()
            .get(&moved)
            .send()
            .await
            .unwrap_err();
        assert!(connect.is_connect(), "{connect:?}");
        assert!(timeout.is_timeout() && !timeout.is_connect(), "{timeout:?}");
        assert!(body.is_body() || body.is_decode(), "{body:?}");
        assert!(builder.is_builder(), "{builder:?}");
        assert!(redirect.is_redirect(), "{redirect:?}");
        vec![
            ("connect", connect, Failure::NotSent),
            ("timeout", timeout, Failure::Transient),
            ("body", body, Failure::Transient),
            ("builder", builder, Failure::Permanent),
            ("redirect", redirect, Failure::Permanent),
        ]
    }

    #[tokio::test]
    async fn every_transport_error_is_classified_alike_by_the_loop_and_is_retryable() {
        for (what, error, expected) in transport_errors().await {
            let failure = TransportError::classify_reqwest(&error);
            assert_eq!(failure, expected, "{what}");
            assert_eq!(
                retried_by_the_loop(expected),
                crate::Error::from(error).is_retryable(),
                "{what}: the retry loop and Error::is_retryable disagree"
            );
        }
    }
}
