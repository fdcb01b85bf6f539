//! The spec's operations and what the spec says about each: the table the
//! hand-written layer reads every per-operation fact from (pacing, replay,
//! pagination, query shaping), generated from `spec/samsara.json` by
//! samsara-codegen (`facts` module), so an operation added to the spec needs
//! no edit here or anywhere under `src/`.
//!
//! ```
//! let op = samsara::operations::find("streamWorkOrders").unwrap();
//! assert_eq!((op.method, op.path), ("GET", "/maintenance/work-orders/stream"));
//! assert!(op.paginated && op.time_window);
//! assert_eq!(op.rate_limit.requests, 5);
//! assert_eq!(op.rate_limit.per, samsara::operations::Per::Second);
//! ```

/// Every operation of the spec, in spec order.
pub const ALL: &[Operation] = crate::generated::OPERATIONS;

/// One operation of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Its position in [`ALL`] (spec order).
    pub index: usize,
    /// The spec's `operationId` (`getWorkOrders`).
    pub id: &'static str,
    /// The client's method name (`get_work_orders`), also the `operation` of
    /// errors and `tracing` spans.
    pub name: &'static str,
    /// Upper-case HTTP method (`GET`).
    pub method: &'static str,
    /// The path template, relative to the base URL (`/maintenance/work-orders`).
    pub path: &'static str,
    /// The documented budget (`x-samsara-rate-limit`); every operation also
    /// shares 150 requests/s per token.
    pub rate_limit: Budget,
    /// Repeating it cannot apply it twice: every method but `POST`, and a
    /// `POST` the spec marks `x-samsara-idempotent: true` (archive,
    /// unarchive). Creates are not replayed once they may have reached the
    /// server, unless [`RetryPolicy::retry_writes`](crate::RetryPolicy::retry_writes).
    pub idempotent: bool,
    /// Cursor-paginated: its builder implements [`Paginate`](crate::Paginate)
    /// (`.pages()`, `.items()`, checkpoints).
    pub paginated: bool,
    /// A paginated feed over `startTime`/`endTime`: windows and follow mode.
    pub time_window: bool,
    /// Its 2xx answer documents a JSON body (`false`: `Ok(())`).
    pub has_body: bool,
    /// Query parameters sent as one comma-joined value (`style: form,
    /// explode: false`; progenitor would repeat the key).
    pub comma_joined: &'static [&'static str],
    /// Array query parameters with a documented `maxItems`: (parameter, most
    /// values per request).
    pub list_limits: &'static [(&'static str, usize)],
    /// Query parameters holding a time (`format: date-time`): sent with
    /// millisecond precision, Samsara's, rounded down.
    pub date_times: &'static [&'static str],
}

/// A documented rate limit: `requests` per [`Per`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Requests allowed per window.
    pub requests: u32,
    /// The window.
    pub per: Per,
}

/// The window of a [`Budget`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// One second (Samsara's read budgets).
    Second,
    /// One minute (Samsara's write budgets).
    Minute,
}

impl Per {
    /// The window's length.
    pub fn duration(self) -> std::time::Duration {
        match self {
            Per::Second => std::time::Duration::from_secs(1),
            Per::Minute => std::time::Duration::from_secs(60),
        }
    }
}

impl Operation {
    /// It changes nothing (`GET`): any other operation's 2xx means its change
    /// took effect.
    pub fn is_read(&self) -> bool {
        self.method == "GET"
    }
}

/// The operation named `name`: its `operationId` (`getWorkOrders`) or the
/// client's method name (`get_work_orders`).
pub fn find(name: &str) -> Option<&'static Operation> {
    position(name).map(|i| &ALL[i])
}

/// Where the operation named `name` stands in [`ALL`].
pub(crate) fn position(name: &str) -> Option<usize> {
    ALL.iter().position(|op| op.name == name || op.id == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_found_by_both_names_and_names_are_unique() {
        for op in ALL {
            assert_eq!(find(op.id), Some(op));
            assert_eq!(find(op.name), Some(op));
            assert_eq!(ALL.iter().filter(|o| o.name == op.name).count(), 1);
        }
        assert_eq!(find("noSuchOperation"), None);
    }

    #[test]
    fn budget_windows_follow_the_spec() {
        let window = |name| find(name).unwrap().rate_limit.per.duration();
        assert_eq!(
            window("stream_work_orders"),
            std::time::Duration::from_secs(1)
        );
        assert_eq!(
            window("post_work_orders"),
            std::time::Duration::from_secs(60)
        );
    }
}
