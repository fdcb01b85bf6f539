//! Samsara's documented rate limits, with `governor` (GCRA): per token and
//! operation, 5 requests/s for reads and 100/min for writes, plus 150
//! requests/s per token across all operations. Bursts equal the budget.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::ops::{self, Operation};

/// Which budget refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exceeded {
    Operation,
    Token,
}

pub(crate) struct Limits {
    reads: DefaultKeyedRateLimiter<(String, &'static str)>,
    writes: DefaultKeyedRateLimiter<(String, &'static str)>,
    tokens: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits").finish_non_exhaustive()
    }
}

fn at_least_one(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Limits {
    pub(crate) fn new(
        reads_per_second: u32,
        writes_per_minute: u32,
        token_per_second: u32,
    ) -> Self {
        Limits {
            reads: RateLimiter::keyed(Quota::per_second(at_least_one(reads_per_second))),
            writes: RateLimiter::keyed(Quota::per_minute(at_least_one(writes_per_minute))),
            tokens: RateLimiter::keyed(Quota::per_second(at_least_one(token_per_second))),
            clock: DefaultClock::default(),
        }
    }

    /// Takes one request from the operation's budget, then the token's; on
    /// refusal, how long until a request would be allowed.
    pub(crate) fn check(&self, token: &str, op: Operation) -> Result<(), (Exceeded, Duration)> {
        let per_op = if ops::is_write(op) {
            &self.writes
        } else {
            &self.reads
        };
        per_op
            .check_key(&(token.to_owned(), op.id))
            .map_err(|not_until| {
                (
                    Exceeded::Operation,
                    not_until.wait_time_from(self.clock.now()),
                )
            })?;
        self.tokens
            .check_key(&token.to_owned())
            .map_err(|not_until| (Exceeded::Token, not_until.wait_time_from(self.clock.now())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(id: &str) -> Operation {
        samsara::operations::find(id).unwrap()
    }

    #[test]
    fn sixth_read_in_a_second_is_refused_with_a_wait() {
        let limits = Limits::new(5, 100, 150);
        for _ in 0..5 {
            assert!(limits.check("t", op("getWorkOrders")).is_ok());
        }
        let (which, wait) = limits.check("t", op("getWorkOrders")).unwrap_err();
        assert_eq!(which, Exceeded::Operation);
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_millis(200),
            "{wait:?}"
        );
        // Other operations and tokens have their own budgets.
        assert!(limits.check("t", op("streamWorkOrders")).is_ok());
        assert!(limits.check("u", op("getWorkOrders")).is_ok());
    }

    #[test]
    fn token_budget_spans_operations() {
        let limits = Limits::new(5, 100, 12);
        let ops = [
            op("getWorkOrders"),
            op("streamWorkOrders"),
            op("getQualificationTypes"),
        ];
        let mut refused = None;
        for i in 0..15 {
            if let Err(e) = limits.check("t", ops[i % 3]) {
                refused = Some(e.0);
                break;
            }
        }
        assert_eq!(refused, Some(Exceeded::Token));
    }
}
