//! Plumbing: **not part of the public API; may change in any release.**
//!
//! The generated code and the hand-written layer live in one crate, so what
//! they share is crate-private. What is here is public only because it has
//! to be nameable: the supertrait of [`Paginate`](crate::Paginate) and the
//! types in its methods' signatures, and the decoder and timestamp parser
//! that `benches/` and `fuzz/` time and fuzz. Do not use it.

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;

pub use crate::decode::Records;

/// The result of fetching one page: its records (those that decoded and
/// those that did not) and its pagination, or the error that ended it.
pub type FetchResult<T> = Result<Records<T>, crate::Error>;

/// A time-based stream's `(startTime, endTime)`, each when set.
pub type Window = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// A generated request builder of a cursor-paginated operation: what the
/// streams of [`crate::pagination`] drive.
///
/// Implemented, by the code generated from the spec, for every
/// cursor-paginated operation (`crate::pagination::impl_cursor_request!`);
/// not meant to be implemented or called outside this crate. Generic code
/// bounds on [`Paginate`](crate::Paginate), whose supertrait this is.
pub trait CursorRequest<'a>: Clone + Send + 'a {
    /// One item of a page.
    type Item: Send + 'a;
    /// The operation's snake_case id, for errors.
    const OPERATION: &'static str;
    /// The same request continuing after `cursor`.
    fn after_cursor(self, cursor: String) -> Self;
    /// `Some((startTime, endTime))` for a time-based stream, `None` for a list.
    fn window(&self) -> Option<Window>;
    /// The same request with another `startTime` (a list: unchanged).
    fn with_start_time(self, time: DateTime<Utc>) -> Self;
    /// The same request with another `endTime` (a list: unchanged).
    fn with_end_time(self, time: DateTime<Utc>) -> Self;
    /// Sends the request; the page's records and pagination.
    fn fetch(self) -> BoxFuture<'a, FetchResult<Self::Item>>;
    /// Samsara's clock now, as the request's client last saw it.
    fn server_now(&self) -> Option<DateTime<Utc>>;
    /// An item's `id` and `updatedAtTime`, on a time-based stream.
    fn version(item: &Self::Item) -> Option<(&str, DateTime<Utc>)>;
}

/// The client's response decoder, for `benches/decode.rs` and
/// `fuzz/fuzz_targets/decode_page.rs`.
pub mod decode {
    pub use crate::decode::from_slice;
}

/// The client's timestamp parser, for `fuzz/fuzz_targets/time_parse.rs`.
pub mod time {
    pub use crate::time::parse;
}
