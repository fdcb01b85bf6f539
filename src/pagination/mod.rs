//! Cursor pagination as [`futures::Stream`]s.
//!
//! Every paginated operation's builder (`get_qualification_records_stream`,
//! `get_qualification_types`, `get_work_orders`, `stream_work_orders`)
//! implements [`Paginate`]: set the parameters as for `send()`, then ask for
//! `.items()` or `.pages()`. The streams **own** what they need (a clone of
//! the client, which shares its connection pool and rate budget, and the
//! request's parameters): they are `'static + Send`, so a feed moves into
//! `tokio::spawn` or a struct field with no lifetime. Name a stream's type
//! by its alias in [`crate::streams`] (`StreamWorkOrdersItems`).
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use samsara::prelude::*;
//!
//! # async fn run(client: &Client, saved: Checkpoint) -> Result<(), samsara::Error> {
//! let start: chrono::DateTime<chrono::Utc> = "2025-01-01T00:00:00Z".parse().unwrap();
//! let end: chrono::DateTime<chrono::Utc> = "2025-02-01T00:00:00Z".parse().unwrap();
//! // Window: everything modified in [start, end), then the stream ends.
//! let orders: Vec<_> = client.stream_work_orders().start_time(start).end_time(end).items().try_collect().await?;
//!
//! // Pages carry the checkpoint to persist; resume later with `.resume(checkpoint)`.
//! // The same request every run: the checkpoint moves its start on (a cursor
//! // checkpoint carries its window, so even `.start_time` could be left out).
//! let mut pages = client.stream_work_orders().start_time(start).paginate().resume(saved).pages();
//! while let Some(page) = pages.try_next().await? {
//!     // … store page.items (and page.rejected), then persist page.checkpoint …
//! }
//!
//! // A feed owned by a background task: it runs as long as the task does.
//! let mut feed = client
//!     .stream_work_orders()
//!     .start_time(start)
//!     .follow(std::time::Duration::from_secs(30))
//!     .items();
//! let task = tokio::spawn(async move {
//!     while let Some(order) = feed.try_next().await? {
//!         println!("{} changed at {}", order.id, order.updated_at_time);
//!     }
//!     Ok::<_, samsara::Error>(())
//! });
//! # drop(task);
//! # Ok(()) }
//! ```
//!
//! Two modes:
//! - **window** (the default): pages until the API reports `hasNextPage: false`.
//!   On the time-based streams the window's `endTime` is fixed, to the
//!   millisecond, when the stream is made (before its first page): the
//!   `endTime` asked for, but never later than Samsara's clock less the
//!   settle delay (below). The final [`Checkpoint`] is that end, and the
//!   window never delivers a version past it. An `endTime` before the
//!   `startTime` is [`Error::InvalidInput`].
//! - **follow** ([`Paginate::follow`]): a feed that never ends. It reads
//!   consecutive windows `[start, e₁)`, `[e₁, e₂)`, … each ending at
//!   Samsara's clock less the settle delay when it starts, and waits the
//!   interval given to `follow` between them (Samsara asks feeds to poll no
//!   more often than every 5 s; its Pagination page, "Real-time data").
//!   Each window is paged with cursors to its end; a caught-up feed never
//!   sits on an old cursor, so cursor expiry (30 days) cannot stop it. A
//!   follow stream ends only on an error or when dropped. Follow mode is
//!   for the time-based feeds without `endTime`: on a list, with `endTime`,
//!   or from a `complete` checkpoint the stream yields
//!   [`Error::InvalidInput`] and sends nothing.
//!
//! # Late-visible changes
//!
//! A change may become visible some time after the `updatedAtTime` it
//! carries (Samsara documents this for its stats feeds, "only return data up
//! until the endTime that has been processed by the server at the time of the
//! original request"; for qualification records and work orders it says
//! nothing either way). A window that ended at Samsara's clock would miss
//! such a change for good: the next window starts after it. So every window
//! ends at Samsara's clock **less a settle delay**, [`DEFAULT_SETTLE`]
//! (30 s) unless [`ClientBuilder::settle`](crate::ClientBuilder::settle) or
//! [`Paginator::settle`] says otherwise; what changed in the last 30 s is
//! delivered by the next window (or the feed's next poll).
//!
//! **The guarantee**, for windows and follow alike: every version (`id`,
//! `updatedAtTime`) the API lists that becomes visible within the settle
//! delay of its `updatedAtTime` is delivered exactly once, in windows resumed
//! from checkpoints, and none twice. (The API lists each record's current
//! version: one replaced before a window reads it is never listed. So a copy
//! that upserts by `id` converges on Samsara's state; it is not a history of
//! every intermediate version.) Samsara's clock is read from the latest response's `Date`
//! (whole seconds, so up to 1 s of the delay may be spent on that doubt); on
//! a client that has not had a response yet the client's clock fixes the
//! end, and if the first response shows the client's clock ahead, the page
//! is set aside and the window asked again with the earlier end before
//! anything is delivered. A version that becomes visible later than the
//! settle delay is missed by the streams: raise the delay, or re-read a
//! window (`resume(Checkpoint::through(t))` for an earlier `t`) and upsert,
//! which delivers versions again.
//!
//! **Checkpoints.** Each [`Page`] carries a [`Checkpoint`]: persist it once
//! the page is stored, resume with [`Paginator::resume`]. It is never empty,
//! it knows its operation, filters and window (a wrong resume is
//! [`Error::InvalidInput`]), and resuming from it repeats nothing and loses
//! nothing; see [`Checkpoint`] for the exact guarantee. Times go on the wire
//! with millisecond precision, Samsara's.
//!
//! **Odd records.** When a page does not decode as a whole, it is decoded
//! record by record: the records that match the spec are delivered, and each
//! one that does not becomes an [`Error::Record`] carrying its raw JSON, its
//! `id` and `updatedAtTime` when readable and the JSON path that failed.
//! Nothing is dropped:
//! - [`Pages`] puts them in [`Page::rejected`]; the page is `Ok` and its
//!   checkpoint moves past them (resuming never meets them again);
//! - [`Items`] yields `Err(Error::Record(..))` in the record's place and then
//!   goes on with the next record: keep polling after it;
//! - `try_collect()` (and `?` in a `try_next` loop) stops at the first one, as
//!   with any error: match on [`Error::Record`] to log and continue instead.
//!
//! The fast path is unchanged: a page that decodes whole is never decoded
//! twice.
//!
//! Other guarantees: an empty page with `hasNextPage: true` is not the end; a
//! missing or repeated cursor while the API reports more pages is an
//! [`Error::Pagination`], never a silent stop or an endless loop; a cursor the
//! API refuses is [`Error::CursorExpired`], recognised without reading the
//! error message (Samsara asks callers not to depend on its text): when a
//! request that carried a cursor fails with 400, 404, 410 or 422 and the same
//! request without the cursor succeeds (earlier in the stream, or in one
//! probe request sent then), the cursor is what was refused (restart from
//! your newest stored `updatedAtTime` with [`Checkpoint::through`]). The
//! stream holds at most the current page and the next one, which is fetched
//! while the current one is consumed. The rules themselves (next step,
//! checkpoint, window end, resume) are pure functions in `rules.rs`, tested
//! as tables; `stream.rs` drives them.
//!
//! [`Error::InvalidInput`]: crate::Error::InvalidInput
//! [`Error::Record`]: crate::Error::Record
//! [`Error::Pagination`]: crate::Error::Pagination
//! [`Error::CursorExpired`]: crate::Error::CursorExpired

use std::sync::Arc;
use std::time::Duration;

use crate::__private::CursorRequest;
use crate::Client;
pub use crate::checkpoint::Checkpoint;
use crate::error::RecordError;
pub use crate::model::page_limit::PageLimit;

pub(crate) mod rules;
mod stream;

pub(crate) use rules::{filter, fingerprint};
pub use stream::{Items, Pages};

/// How long after its `updatedAtTime` a change may become visible and still
/// be delivered by a window or a feed, unless configured otherwise: 30 s.
///
/// Samsara documents no bound for qualification records and work orders;
/// 30 s is six of its shortest feed polls (5 s) and far above the replication
/// delays of a healthy service. See the [module docs](self).
pub const DEFAULT_SETTLE: Duration = Duration::from_secs(30);

/// One page of results with the checkpoint that continues after it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The page's records that decoded, in the API's order (possibly none).
    pub items: Vec<T>,
    /// The page's records that did not match the spec, with their raw JSON
    /// and position in the page (usually none). See the [module docs](self).
    pub rejected: Vec<RecordError>,
    /// What to persist once this page is stored; never empty. See [`Checkpoint`].
    pub checkpoint: Checkpoint,
    /// The API's `endCursor` as received (may be empty; persist
    /// [`Page::checkpoint`] instead).
    pub end_cursor: String,
    /// The API's `hasNextPage` as received.
    pub has_next_page: bool,
}

/// `impl CursorRequest` for a cursor-paginated operation's owned parameters
/// and `impl Paginate` for its builder; samsara-codegen invokes it for every
/// such operation of the spec (see `generated/samsara.rs`), so no list of
/// operations is kept here. `[filters]` are the parameters that select
/// records (a checkpoint's fingerprint); `times` marks a time-based stream
/// (windows, follow mode), whose items carry `id` and `updatedAtTime`.
macro_rules! impl_cursor_request {
    ($builder:ident, $params:ident, $page:ident, $item:ident, $index:literal, [$($filter:ident),*], $($times:tt)?) => {
        impl crate::__private::CursorRequest for crate::builder::$params {
            type Item = crate::types::$item;
            const OPERATION: &'static str = crate::operations::ALL[$index].name;

            fn set_after(&mut self, cursor: ::std::option::Option<::std::string::String>) {
                self.after = Ok(cursor);
            }

            fn filters(&self) -> u64 {
                crate::pagination::fingerprint(&[$((stringify!($filter), crate::pagination::filter(&self.$filter))),*])
            }

            fn fetch(
                self,
                client: ::std::sync::Arc<crate::Client>,
            ) -> ::futures::future::BoxFuture<'static, crate::__private::FetchResult<crate::types::$item>> {
                const OPERATION: &crate::operations::Operation = &crate::operations::ALL[$index];
                ::std::boxed::Box::pin(async move {
                    // Built here, sent and decoded (once) by the transport.
                    let (client, request) = self
                        .bind(&client)
                        .request()
                        .map_err(|e| crate::transport::not_built(OPERATION, e))?;
                    let page = crate::transport::invoke(
                        &client.inner,
                        request,
                        OPERATION,
                        None,
                        |op, status, body| {
                            crate::model::decode::page(op, status, body, |page: crate::types::$page| {
                                (page.data, Some(page.pagination))
                            })
                        },
                    )
                    .await?;
                    Ok(page.into_inner())
                })
            }

            crate::pagination::impl_cursor_request!(@times $($times)?);
        }

        impl<'a> crate::pagination::Paginate for crate::builder::$builder<'a> {
            type Item = crate::types::$item;
            type Request = crate::builder::$params;

            fn paginate(self) -> crate::pagination::Paginator<crate::builder::$params> {
                let (client, params) = self.into_params();
                crate::pagination::Paginator::new(client.clone(), params)
            }

            fn follow(
                self,
                interval: ::std::time::Duration,
            ) -> crate::pagination::Paginator<crate::builder::$params> {
                self.paginate().follow(interval)
            }

            fn pages(self) -> crate::pagination::Pages<crate::builder::$params> {
                self.paginate().pages()
            }

            fn items(self) -> crate::pagination::Items<crate::builder::$params> {
                self.paginate().items()
            }
        }
    };
    (@times times) => {
        fn window(&self) -> ::std::option::Option<crate::__private::Window> {
            Some((
                self.start_time.as_ref().ok().copied(),
                self.end_time.as_ref().ok().copied().flatten(),
            ))
        }
        fn set_start_time(&mut self, time: ::chrono::DateTime<::chrono::Utc>) {
            self.start_time = Ok(time);
        }
        fn set_end_time(&mut self, time: ::chrono::DateTime<::chrono::Utc>) {
            self.end_time = Ok(Some(time));
        }
    };
    (@times) => {
        fn window(&self) -> ::std::option::Option<crate::__private::Window> {
            None
        }
        fn set_start_time(&mut self, _: ::chrono::DateTime<::chrono::Utc>) {}
        fn set_end_time(&mut self, _: ::chrono::DateTime<::chrono::Utc>) {}
    };
}
pub(crate) use impl_cursor_request;

/// Streams of pages and items for a paginated operation's builder.
///
/// Generic code over any paginated operation bounds on `B: Paginate` and
/// names its streams `Items<B::Request>` and `Pages<B::Request>`, which
/// yield `B::Item`s. Implemented, for every cursor-paginated operation of
/// the spec, by the code generated from it (`impl_cursor_request!`).
pub trait Paginate: Sized {
    /// One item of a page (`WorkOrder`, `QualificationRecord`…).
    type Item: Send + 'static;
    /// The request's owned parameters (`builder::{Builder}Params`).
    type Request: CursorRequest<Item = Self::Item>;

    /// A [`Paginator`] in window mode, for further settings.
    fn paginate(self) -> Paginator<Self::Request>;

    /// Follow mode: never ends; reads the next window every `interval`.
    fn follow(self, interval: Duration) -> Paginator<Self::Request>;

    /// Every page, with its checkpoint (window mode).
    fn pages(self) -> Pages<Self::Request>;

    /// Every item of every page (window mode).
    fn items(self) -> Items<Self::Request>;
}

/// Settings of a paginated stream; see [`Paginate`].
#[derive(Clone, Debug)]
pub struct Paginator<R> {
    client: Arc<Client>,
    request: R,
    start: Checkpoint,
    follow: Option<Duration>,
    prefetch: bool,
    settle: Option<Duration>,
}

impl<R: CursorRequest> Paginator<R> {
    /// A paginator in window mode for `request` on `client`.
    pub(crate) fn new(client: Client, request: R) -> Paginator<R> {
        Paginator {
            client: Arc::new(client),
            request,
            start: Checkpoint::beginning(),
            follow: None,
            prefetch: true,
            settle: None,
        }
    }

    /// Follow mode: read the next window every `interval`, forever.
    /// Samsara asks feeds to poll no more often than every 5 s; a shorter
    /// interval is taken as given (the client's pacing still holds requests
    /// to the operation's budget unless rate limiting is off).
    pub fn follow(mut self, interval: Duration) -> Self {
        self.follow = Some(interval);
        self
    }

    /// Starts right after a [`Checkpoint`] saved from [`Page::checkpoint`],
    /// e.g. after a crash, or to sync the next window: nothing up to it is
    /// delivered again, nothing after it is lost.
    ///
    /// - a cursor: the first request carries it, in the window it belongs to
    ///   (both times taken from the checkpoint, whatever `startTime` the
    ///   request sets); that window is read to its end and a window stream
    ///   then reads on to the `endTime` asked for (Samsara's clock less the
    ///   settle delay when none). An `endTime` earlier than the cursor's
    ///   window's end is [`Error::InvalidInput`](crate::Error::InvalidInput);
    /// - a time (`through:`): the request's `startTime` becomes that time
    ///   (a window whose `endTime` is not later delivers nothing); on a list
    ///   without times the stream yields [`Error::InvalidInput`](crate::Error::InvalidInput);
    /// - `complete`: a list delivers nothing;
    /// - `beginning`: as if not resumed.
    ///
    /// A checkpoint made by another operation, or with other filters, is
    /// [`Error::InvalidInput`](crate::Error::InvalidInput) naming the mismatch; nothing is sent.
    pub fn resume(mut self, checkpoint: Checkpoint) -> Self {
        self.start = checkpoint;
        self
    }

    /// Whether to fetch the next page while the current one is consumed
    /// (default on). Off, at most one page is in memory.
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.prefetch = prefetch;
        self
    }

    /// This stream's settle delay (default: the client's,
    /// [`DEFAULT_SETTLE`] unless set): windows end at Samsara's clock less
    /// it. See "Late-visible changes" in the [module docs](self).
    pub fn settle(mut self, settle: Duration) -> Self {
        self.settle = Some(settle);
        self
    }

    /// Every page, with its checkpoint.
    pub fn pages(self) -> Pages<R> {
        let settle = self
            .settle
            .or(self.client.inner.settle)
            .unwrap_or(DEFAULT_SETTLE);
        Pages::new(stream::Setup {
            client: self.client,
            request: self.request,
            settle,
            follow: self.follow,
            prefetch: self.prefetch,
            start: self.start,
        })
    }

    /// Every item of every page.
    pub fn items(self) -> Items<R> {
        Items::new(self.pages())
    }
}
