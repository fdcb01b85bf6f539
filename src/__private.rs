//! Plumbing: **not part of the public API; may change in any release.**
//!
//! The generated code and the hand-written layer live in one crate, so what
//! they share is crate-private. What is here is public only because it has
//! to be nameable: the supertrait of [`Paginate`](crate::Paginate) and the
//! types in its methods' signatures, and the decoder and timestamp parser
//! that `benches/` and `fuzz/` time and fuzz. Do not use it.

use chrono::{DateTime, Utc};
use std::sync::Arc;

use futures::future::BoxFuture;

pub use crate::model::decode::Records;

/// The result of fetching one page: its records (those that decoded and
/// those that did not) and its pagination, or the error that ended it.
pub type FetchResult<T> = Result<Records<T>, crate::Error>;

pub use crate::checkpoint::Window;

/// The owned parameters of a cursor-paginated operation's request: what
/// the streams of [`crate::pagination`] drive.
///
/// Implemented, by the code generated from the spec, for every
/// cursor-paginated operation's `builder::{Builder}Params`
/// (`crate::pagination::impl_cursor_request!`); not meant to be implemented
/// or called outside this crate. Generic code bounds on
/// [`Paginate`](crate::Paginate), whose `Request` this is.
pub trait CursorRequest: Clone + Send + Sync + 'static {
    /// One item of a page.
    type Item: Send + 'static;
    /// The operation's snake_case id, for errors and checkpoints.
    const OPERATION: &'static str;
    /// Sets the cursor to continue after (`None`: the first page).
    fn set_after(&mut self, cursor: Option<String>);
    /// A fingerprint of the parameters that select records.
    fn filters(&self) -> u64;
    /// `Some((startTime, endTime))` for a time-based stream, `None` for a list.
    fn window(&self) -> Option<Window>;
    /// Sets `startTime` (a list: nothing).
    fn set_start_time(&mut self, time: DateTime<Utc>);
    /// Sets `endTime` (a list: nothing).
    fn set_end_time(&mut self, time: DateTime<Utc>);
    /// Sends the request on `client`; the page's records and pagination.
    fn fetch(self, client: Arc<crate::Client>) -> BoxFuture<'static, FetchResult<Self::Item>>;
}

/// The client's response decoder, for `benches/decode.rs` and
/// `fuzz/fuzz_targets/decode_page.rs`.
pub mod decode {
    pub use crate::model::decode::from_slice;
}

/// The client's timestamp parser, for `fuzz/fuzz_targets/time_parse.rs`.
pub mod time {
    pub use crate::model::time::parse;
}

/// A `reqwest::Client` from `builder` with the TLS backend this build of the
/// crate is configured with (`src/transport/tls.rs`): for `samsara-mock`'s
/// webhook deliveries, which would otherwise need a process-wide rustls
/// provider that the default feature set does not install.
pub fn http_client(builder: reqwest::ClientBuilder) -> Result<reqwest::Client, crate::Error> {
    crate::transport::tls::http_client(builder, false)
}
