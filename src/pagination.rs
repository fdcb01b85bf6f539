//! Cursor pagination as [`futures::Stream`]s.
//!
//! Every paginated operation's builder (`get_qualification_records_stream`,
//! `get_qualification_types`, `get_work_orders`, `stream_work_orders`)
//! implements [`Paginate`]: set the parameters as for `send()`, then ask for
//! `.items()` or `.pages()`. To keep a stream in a struct field, name its type
//! by its alias in [`crate::streams`] (`StreamWorkOrdersItems<'a>`); generic
//! code bounds on `R: Paginate<'a>` (`Items<'a, R>`).
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
//! let mut pages = client.stream_work_orders().start_time(start).end_time(end).paginate().resume(saved).pages();
//! while let Some(page) = pages.try_next().await? {
//!     // … store page.items (and page.rejected), then persist page.checkpoint …
//! }
//! # Ok(()) }
//! ```
//!
//! Two modes:
//! - **window** (the default): pages until the API reports `hasNextPage: false`.
//!   On the time-based streams a window without `endTime` gets
//!   `endTime = now` when the stream starts (Samsara's own default, made
//!   explicit so that the final [`Checkpoint`] is exact).
//! - **follow** ([`Paginate::follow`]): Samsara's feed contract. With no
//!   `endTime`, `hasNextPage: false` means "caught up", not "done" (Samsara's
//!   Pagination page, "Real-time data"; seed `000_…`): the stream sleeps the
//!   interval given to `follow` (Samsara asks feeds to poll no more often
//!   than every 5 s) and asks again from the last
//!   non-empty cursor, or from `startTime` if none was ever returned. Up to
//!   three empty pages in a row that say `hasNextPage: true` with a new
//!   cursor are followed at once; after that, or on a page that repeats its
//!   cursor, the stream waits. A follow stream ends only on an error or when
//!   dropped. Follow mode is for the time-based feeds without `endTime`: on a
//!   list, with `endTime`, or from [`Checkpoint::Complete`] the stream yields
//!   [`Error::InvalidInput`] and sends nothing.
//!
//! A window never ends in the server's future: when the window's `endTime`
//! is ahead of Samsara's clock at the last page (a later `endTime`, or a
//! client clock ahead of Samsara's), the final checkpoint is Samsara's clock
//! (the latest response's `Date` header plus the time since; the client's
//! clock if no response had one), not `endTime`, so what is written
//! afterwards, stamped before `endTime`, is delivered by the next window
//! instead of being lost. (The price: `Date` has whole seconds, so a record
//! changed in the last second before the last page may be delivered once
//! more.)
//!
//! **Checkpoints.** Each [`Page`] carries a [`Checkpoint`]: persist it once
//! the page is stored, resume with [`Paginator::resume`]. It is never empty
//! and resuming from it repeats nothing and loses nothing; see
//! [`Checkpoint`] for the exact guarantee.
//!
//! **Odd records.** When a page does not decode as a whole, it is decoded
//! record by record: the records that match the spec are delivered, and each
//! one that does not becomes an [`Error::Record`] carrying its raw JSON, its
//! `id` when readable and the JSON path that failed. Nothing is dropped:
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
//! probe request sent then), the cursor is what was refused. A follow
//! stream then starts again by itself after its interval, without a cursor,
//! from the newest `updatedAtTime` it has delivered (odd records included;
//! its `startTime` if it delivered nothing yet), skipping the versions (`id`,
//! `updatedAtTime`) it already delivered: a feed that sat caught up for 30
//! days with one cursor goes on. If the cursor of a restarted stream is
//! refused again before anything newer was delivered, it yields the error
//! instead of looping. A window, or a stream resumed from a cursor
//! checkpoint whose first request is refused, yields the error (restart it
//! from your newest stored `updatedAtTime` with [`Checkpoint::Through`]). The stream holds
//! at most the current page and the next one, which is fetched while the
//! current one is consumed.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::Stream;
use futures::future::BoxFuture;
use serde::de::DeserializeOwned;

use crate::__private::{CursorRequest, FetchResult};
use crate::Error;
pub use crate::checkpoint::Checkpoint;
use crate::decode::Records;
use crate::error::RecordError;
pub use crate::page_limit::PageLimit;
use crate::types;

/// How many past cursors a stream remembers to detect a cursor that cycles back.
const CURSOR_HISTORY: usize = 256;

/// In follow mode, how many empty pages in a row that say `hasNextPage: true`
/// with a new cursor are followed at once (empty pages occur mid-stream,
/// Samsara's Pagination page says) before the stream waits its interval.
const FOLLOW_EMPTY_PAGES_AT_ONCE: u32 = 3;

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

/// What a generated `send()` returns.
type Sent<P> =
    Result<progenitor_client::ResponseValue<P>, progenitor_client::Error<types::ErrorBody>>;

/// Sends a paginated request: the whole page decoded at once (the fast path),
/// or, when that fails, record by record (see `crate::decode`).
pub(crate) async fn fetch_page<T, P>(
    operation: &'static str,
    sent: impl Future<Output = Sent<P>>,
    split: fn(P) -> (Vec<T>, types::Pagination),
) -> FetchResult<T>
where
    T: DeserializeOwned,
    P: DeserializeOwned,
{
    match sent.await {
        Ok(page) => {
            let (items, pagination) = split(page.into_inner());
            Ok(Records {
                items,
                rejected: Vec::new(),
                pagination,
            })
        }
        Err(e) => crate::decode::salvage::<T, P>(operation, e).await,
    }
}

/// A rejected record's `id` and `updatedAtTime`, read from its raw JSON
/// when both are there.
fn raw_version(record: &RecordError) -> Option<(String, DateTime<Utc>)> {
    let updated = record.raw_json()["updatedAtTime"]
        .as_str()?
        .parse::<DateTime<Utc>>()
        .ok()?;
    Some((record.id.clone()?, updated))
}

/// `impl CursorRequest` and `impl Paginate` for a cursor-paginated
/// operation's builder; samsara-codegen invokes it for every such operation
/// of the spec (see `generated/samsara.rs`), so no list of operations is
/// kept here. `times` marks a time-based stream (windows, follow mode),
/// whose items carry `id` and `updatedAtTime`.
macro_rules! impl_cursor_request {
    ($builder:ident, $page:ident, $item:ident, $operation:literal, $($times:tt)?) => {
        crate::pagination::impl_cursor_request!(
            @impl $builder, crate::types::$page, crate::types::$item, $operation, $($times)?
        );
    };
    (@impl $builder:ident, $page:ty, $item:ty, $operation:literal, $($times:tt)?) => {
        impl<'a> crate::__private::CursorRequest<'a> for crate::builder::$builder<'a> {
            type Item = $item;
            const OPERATION: &'static str = $operation;

            fn after_cursor(self, cursor: ::std::string::String) -> Self {
                self.after(cursor)
            }

            fn server_now(&self) -> Option<::chrono::DateTime<::chrono::Utc>> {
                progenitor_client::ClientInfo::inner(self.client).server_clock.now()
            }

            crate::pagination::impl_cursor_request!(@times $item, $($times)?);

            fn fetch(
                self,
            ) -> ::futures::future::BoxFuture<'a, crate::__private::FetchResult<$item>> {
                ::std::boxed::Box::pin(crate::pagination::fetch_page::<$item, $page>(
                    $operation,
                    self.send_raw(),
                    |page| (page.data, page.pagination),
                ))
            }
        }

        impl<'a> crate::pagination::Paginate<'a> for crate::builder::$builder<'a> {}
    };
    (@times $item:ty, times) => {
        fn version(item: &$item) -> Option<(&str, ::chrono::DateTime<::chrono::Utc>)> {
            Some((item.id.as_str(), item.updated_at_time))
        }
        fn window(&self) -> Option<crate::__private::Window> {
            Some((
                self.start_time.as_ref().ok().copied(),
                self.end_time.as_ref().ok().copied().flatten(),
            ))
        }
        fn with_start_time(self, time: ::chrono::DateTime<::chrono::Utc>) -> Self {
            self.start_time(time)
        }
        fn with_end_time(self, time: ::chrono::DateTime<::chrono::Utc>) -> Self {
            self.end_time(time)
        }
    };
    (@times $item:ty,) => {
        fn version(_: &$item) -> Option<(&str, ::chrono::DateTime<::chrono::Utc>)> {
            None
        }
        fn window(&self) -> Option<crate::__private::Window> {
            None
        }
        fn with_start_time(self, _: ::chrono::DateTime<::chrono::Utc>) -> Self {
            self
        }
        fn with_end_time(self, _: ::chrono::DateTime<::chrono::Utc>) -> Self {
            self
        }
    };
}
pub(crate) use impl_cursor_request;

/// Streams of pages and items for a paginated operation's builder.
pub trait Paginate<'a>: CursorRequest<'a> + Sized {
    /// A [`Paginator`] in window mode, for further settings.
    fn paginate(self) -> Paginator<'a, Self> {
        Paginator {
            request: self,
            start: Checkpoint::Beginning,
            follow: None,
            prefetch: true,
            _client: std::marker::PhantomData,
        }
    }

    /// Follow mode: never ends; polls every `interval` once caught up.
    fn follow(self, interval: Duration) -> Paginator<'a, Self> {
        self.paginate().follow(interval)
    }

    /// Every page, with its checkpoint (window mode).
    fn pages(self) -> Pages<'a, Self> {
        self.paginate().pages()
    }

    /// Every item of every page (window mode).
    fn items(self) -> Items<'a, Self> {
        self.paginate().items()
    }
}

/// Settings of a paginated stream; see [`Paginate`].
#[derive(Clone, Debug)]
pub struct Paginator<'a, R> {
    request: R,
    start: Checkpoint,
    follow: Option<Duration>,
    prefetch: bool,
    _client: std::marker::PhantomData<&'a ()>,
}

impl<'a, R: Paginate<'a>> Paginator<'a, R> {
    /// Follow mode: keep polling every `interval` once caught up, forever.
    pub fn follow(mut self, interval: Duration) -> Self {
        self.follow = Some(interval);
        self
    }

    /// Starts right after a [`Checkpoint`] saved from [`Page::checkpoint`],
    /// e.g. after a crash, or to sync the next window: nothing up to it is
    /// delivered again, nothing after it is lost.
    ///
    /// - [`Checkpoint::After`]: the first request carries that cursor;
    /// - [`Checkpoint::Through`]: the request's `startTime` becomes that time
    ///   (a window whose `endTime` is not later delivers nothing); on a list
    ///   without times the stream yields [`Error::InvalidInput`];
    /// - [`Checkpoint::Complete`]: a window delivers nothing;
    /// - [`Checkpoint::Beginning`]: as if not resumed.
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

    /// Every page, with its checkpoint.
    pub fn pages(self) -> Pages<'a, R> {
        let mut request = self.request;
        let follow = self.follow;
        let mut pages = Pages {
            request: request.clone(),
            follow,
            prefetch: self.prefetch,
            sent: None,
            last_cursor: None,
            base: Checkpoint::Beginning,
            window_end: None,
            answered: false,
            high_water: None,
            skip: None,
            restarted_from: None,

            empty_streak: 0,
            history: VecDeque::new(),
            in_flight: None,
            probe: None,
            ready: None,
            sleep: None,
            done: false,
        };
        let window = request.window();
        if let Some((_, end)) = window
            && follow.is_none()
            && end.is_none()
        {
            // Samsara's default endTime is "now": fixed once, so the final
            // checkpoint names the exact end of what was delivered.
            request = request.with_end_time(Utc::now());
        }
        let window = request.window();
        if follow.is_some() {
            let refuse = match window {
                None => Some("it is a list, not a feed: read it in window mode"),
                Some((_, Some(_))) => {
                    Some("a feed has no endTime: leave it unset, or read the window without follow")
                }
                Some(_) if self.start == Checkpoint::Complete => {
                    Some("checkpoint `complete` ends a list, it cannot start a feed")
                }
                Some(_) => None,
            };
            if let Some(why) = refuse {
                pages.fail(Error::InvalidInput(format!(
                    "{}: follow mode: {why}",
                    R::OPERATION
                )));
                return pages;
            }
        }
        match (self.start, window) {
            (Checkpoint::Beginning, _) => {}
            (Checkpoint::After(cursor), _) => {
                pages.sent = Some(cursor.clone());
                pages.last_cursor = Some(cursor);
            }
            (Checkpoint::Through(time), Some(_)) => request = request.with_start_time(time),
            (Checkpoint::Through(time), None) => {
                pages.fail(Error::InvalidInput(format!(
                    "{}: checkpoint through:{time} marks the end of a time window; this operation has no startTime to resume from",
                    R::OPERATION
                )));
            }
            (Checkpoint::Complete, _) => pages.done = true,
        }
        if let Some((start, end)) = request.window() {
            pages.base = start.map_or(Checkpoint::Beginning, Checkpoint::Through);
            pages.window_end = end.filter(|_| follow.is_none());
            if let (Some(start), Some(end)) = (start, pages.window_end)
                && end <= start
            {
                // An empty window: nothing to deliver, nothing to ask.
                pages.done = true;
            }
        }
        pages.request = request;
        pages
    }

    /// Every item of every page.
    pub fn items(self) -> Items<'a, R> {
        Items {
            pages: self.pages(),
            current: Vec::new().into_iter(),
            rejected: Vec::new().into_iter(),
            position: 0,
            pending_checkpoint: None,
            checkpoint: None,
        }
    }
}

type Fetch<'a, T> = BoxFuture<'a, FetchResult<T>>;

/// A stream of [`Page`]s; see [`Paginate::pages`].
///
/// `T` is the item type, `R::Item` (the default): write `Pages<'a, R>`. It
/// is a parameter of its own, and the struct carries no bound on `R`, so
/// that a stream's `Send` does not depend on the trait's impl: a stream
/// of a concrete builder moves into `tokio::spawn`.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<'a, R, T = <R as CursorRequest<'a>>::Item> {
    request: R,
    follow: Option<Duration>,
    prefetch: bool,
    /// The cursor sent with the request in flight, or to send next (None: no cursor).
    sent: Option<String>,
    /// The last non-empty cursor the API returned (or resumed from).
    last_cursor: Option<String>,
    /// The checkpoint before any cursor: `Through(startTime)` or `Beginning`.
    base: Checkpoint,
    /// A window's fixed `endTime` (window mode on a time-based stream).
    window_end: Option<DateTime<Utc>>,
    /// Whether a request of this stream has succeeded.
    answered: bool,
    /// The newest `updatedAtTime` delivered, with the ids delivered at it.
    high_water: Option<(DateTime<Utc>, std::collections::HashSet<String>)>,
    /// After a restart from `high_water`: versions already delivered, to skip.
    skip: Option<(DateTime<Utc>, std::collections::HashSet<String>)>,
    /// Where the stream last restarted after a refused cursor: a refusal
    /// before anything newer is delivered ends it.
    restarted_from: Option<DateTime<Utc>>,

    /// Empty follow pages in a row that promised more (`hasNextPage: true`
    /// with a new cursor) and were followed at once.
    empty_streak: u32,
    /// Cursors already sent, to detect one that comes back.
    history: VecDeque<String>,
    in_flight: Option<Fetch<'a, T>>,
    /// A request without the cursor, sent to tell a refused cursor from a
    /// refused request, and the error being explained.
    probe: Option<(Fetch<'a, T>, Error)>,
    /// A prefetched result waiting to be yielded.
    ready: Option<FetchResult<T>>,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    done: bool,
}

/// What to do after a page.
enum Next {
    End,
    Fetch(String),
    Poll(Option<String>),
}

impl<'a, R: Paginate<'a, Item = T>, T> Pages<'a, R, T> {
    fn start_fetch(&mut self, cursor: Option<String>) {
        let mut request = self.request.clone();
        if let Some(cursor) = &cursor {
            request = request.after_cursor(cursor.clone());
        }
        self.sent = cursor;
        self.in_flight = Some(request.fetch());
    }

    /// Ends the stream with `error` as its last item.
    fn fail(&mut self, error: Error) {
        self.ready = Some(Err(error));
        self.done = true;
    }

    /// Drives the request in flight; stores its result in `ready`.
    fn poll_in_flight(&mut self, cx: &mut Context<'_>) {
        if let Some(fetch) = &mut self.in_flight
            && let Poll::Ready(result) = fetch.as_mut().poll(cx)
        {
            self.in_flight = None;
            self.ready = Some(result);
        }
    }

    fn pagination_error(&self, records: usize, what: &str, outcome: &str) -> Error {
        let hint = if self.follow.is_some() || self.request.window().is_none() {
            ""
        } else {
            " (a stream with no endTime is a feed: use follow mode)"
        };
        Error::Pagination(format!(
            "{}: hasNextPage is true but a page of {records} record(s) came with {what}; continuing would {outcome}{hint}",
            R::OPERATION,
        ))
    }

    /// Applies the pagination rules to a page: where to go next, or why not.
    fn next_step(&self, records: usize, pagination: &types::Pagination) -> Result<Next, Error> {
        let empty = records == 0;
        let cursor = &pagination.end_cursor;
        let same = self.sent.as_deref() == Some(cursor.as_str());
        let repeat = if empty {
            "loop forever"
        } else {
            "repeat the same records"
        };
        if self.follow.is_none() {
            if !pagination.has_next_page {
                return Ok(Next::End);
            }
            if cursor.is_empty() {
                return Err(self.pagination_error(records, "an empty endCursor", repeat));
            }
            if same {
                return Err(self.pagination_error(records, "the cursor it was sent", repeat));
            }
        } else if cursor.is_empty() {
            if !empty {
                return Err(Error::Pagination(format!(
                    "{}: a feed page of {records} record(s) came with an empty endCursor; asking again from the previous cursor would repeat them",
                    R::OPERATION
                )));
            }
            // Caught up (hasNextPage false), or an empty page without a
            // cursor: ask again later from where we are.
            return Ok(Next::Poll(self.last_cursor.clone()));
        } else if same {
            if !empty {
                return Err(self.pagination_error(records, "the cursor it was sent", repeat));
            }
            return Ok(Next::Poll(Some(cursor.clone())));
        }
        if self.history.iter().any(|c| c == cursor) {
            return Err(Error::Pagination(format!(
                "{}: the API returned cursor {cursor:?} a second time; pages would repeat",
                R::OPERATION
            )));
        }
        let caught_up =
            !pagination.has_next_page || (empty && self.empty_streak >= FOLLOW_EMPTY_PAGES_AT_ONCE);
        Ok(if self.follow.is_some() && caught_up {
            Next::Poll(Some(cursor.clone()))
        } else {
            Next::Fetch(cursor.clone())
        })
    }

    fn remember(&mut self, cursor: String) {
        if self.history.back() == Some(&cursor) {
            return;
        }
        if self.history.len() == CURSOR_HISTORY {
            self.history.pop_front();
        }
        self.history.push_back(cursor);
    }

    /// Samsara's clock now, as well as the client knows it: the latest
    /// response's `Date` plus the time since (the client's clock when no
    /// response had one).
    fn server_now(&self) -> DateTime<Utc> {
        self.request.server_now().unwrap_or_else(Utc::now)
    }

    /// The checkpoint after a page that led to `next`.
    fn checkpoint(&self, next: &Next) -> Checkpoint {
        match next {
            // A window that ends in the server's future (a later endTime, or a
            // client clock ahead of Samsara's) is delivered only up to the
            // server's clock: what is written later, stamped before endTime,
            // belongs to the next window.
            Next::End => match self.window_end {
                Some(end) => Checkpoint::Through(end.min(self.server_now())),
                None => Checkpoint::Complete,
            },
            Next::Fetch(cursor) => Checkpoint::After(cursor.clone()),
            Next::Poll(_) => self
                .last_cursor
                .clone()
                .map_or_else(|| self.base.clone(), Checkpoint::After),
        }
    }

    fn on_page(&mut self, fetched: Records<R::Item>) -> Result<Page<R::Item>, Error> {
        self.answered = true;
        if let Some(sent) = self.sent.clone() {
            self.remember(sent);
        }
        let records = fetched.items.len() + fetched.rejected.len();
        let next = self.next_step(records, &fetched.pagination)?;
        self.empty_streak = match (&next, records) {
            (Next::Fetch(_), 0) => self.empty_streak + 1,
            _ => 0,
        };
        if !fetched.pagination.end_cursor.is_empty() {
            self.last_cursor = Some(fetched.pagination.end_cursor.clone());
        }
        let checkpoint = self.checkpoint(&next);
        let mut items = fetched.items;
        let mut rejected = fetched.rejected;
        self.skip_delivered(&mut items, &mut rejected);
        self.raise_high_water(&items, &rejected);
        match next {
            Next::End => self.done = true,
            Next::Fetch(cursor) => {
                if self.prefetch {
                    self.start_fetch(Some(cursor));
                } else {
                    self.sent = Some(cursor);
                }
            }
            Next::Poll(cursor) => {
                // Only a follow stream polls: it waits its interval.
                self.sent = cursor;
                self.sleep = self
                    .follow
                    .map(|interval| Box::pin(tokio::time::sleep(interval)));
            }
        }
        Ok(Page {
            items,
            rejected,
            checkpoint,
            end_cursor: fetched.pagination.end_cursor,
            has_next_page: fetched.pagination.has_next_page,
        })
    }

    /// Drops the versions a restart from the high-water mark delivers again.
    fn skip_delivered(&mut self, items: &mut Vec<R::Item>, rejected: &mut Vec<RecordError>) {
        let Some((time, ids)) = &self.skip else {
            return;
        };
        let again = |version: Option<(&str, DateTime<Utc>)>| {
            version.is_some_and(|(id, updated)| updated == *time && ids.contains(id))
        };
        items.retain(|item| !again(R::version(item)));
        rejected.retain(|record| {
            let version = raw_version(record);
            !again(version.as_ref().map(|(id, t)| (id.as_str(), *t)))
        });
        let newer = items
            .iter()
            .filter_map(R::version)
            .map(|(_, updated)| updated)
            .chain(
                rejected
                    .iter()
                    .filter_map(raw_version)
                    .map(|(_, updated)| updated),
            )
            .any(|updated| updated > *time);
        if newer {
            self.skip = None;
        }
    }

    /// Notes the newest `updatedAtTime` among `items` and `rejected` (in the
    /// API's order, oldest first) and the ids delivered at it: where a follow
    /// stream restarts if its cursor is refused (only follow streams do).
    fn raise_high_water(&mut self, items: &[R::Item], rejected: &[RecordError]) {
        if self.follow.is_none() {
            return;
        }
        for (id, updated) in items.iter().filter_map(R::version) {
            self.note_delivered(id, updated);
        }
        for (id, updated) in rejected.iter().filter_map(raw_version) {
            self.note_delivered(&id, updated);
        }
    }

    fn note_delivered(&mut self, id: &str, updated: DateTime<Utc>) {
        match &mut self.high_water {
            Some((time, ids)) if updated == *time => {
                ids.insert(id.to_owned());
            }
            Some((time, _)) if updated < *time => {}
            _ => self.high_water = Some((updated, [id.to_owned()].into())),
        }
    }

    /// A follow stream whose cursor Samsara refused (they expire after 30
    /// days, and a caught-up feed keeps asking with its last one) starts
    /// again from the newest `updatedAtTime` it delivered, without a cursor,
    /// skipping the versions it already delivered. `false` when it cannot
    /// (a window, or nothing delivered yet).
    fn restart_from_high_water(&mut self) -> bool {
        let Some(interval) = self.follow else {
            return false;
        };
        let (time, ids) = match (self.high_water.clone(), &self.base) {
            (Some(high_water), _) => high_water,
            (None, Checkpoint::Through(start)) => (*start, Default::default()),
            (None, _) => return false,
        };
        if self.restarted_from.is_some_and(|from| time <= from) {
            // Refused again before anything newer was delivered: give up
            // rather than loop.
            return false;
        }
        tracing::warn!(
            operation = R::OPERATION,
            %time,
            "the feed's cursor was refused; starting again from the newest updatedAtTime delivered"
        );
        self.request = self.request.clone().with_start_time(time);
        self.base = Checkpoint::Through(time);
        self.sent = None;
        self.last_cursor = None;
        self.history.clear();
        self.skip = Some((time, ids));
        self.restarted_from = Some(time);
        // After the follow interval, like any other poll.
        self.sleep = Some(Box::pin(tokio::time::sleep(interval)));
        true
    }

    /// Whether `error` may mean the API refused the cursor the request carried.
    fn may_be_refused_cursor(&self, error: &Error) -> bool {
        self.sent.is_some()
            && matches!(
                error.status().map(|s| s.as_u16()),
                Some(400 | 404 | 410 | 422)
            )
    }

    fn cursor_refused(&self, error: &Error) -> Error {
        Error::CursorExpired(format!(
            "{}: the request with cursor {:?} failed ({error}) where the same request without it succeeds",
            R::OPERATION,
            self.sent.as_deref().unwrap_or_default()
        ))
    }

    /// Handles a failed request: the error to yield, or `None` when a probe
    /// was started to tell whether the cursor was refused.
    fn on_error(&mut self, error: Error) -> Option<Error> {
        if !self.may_be_refused_cursor(&error) {
            return Some(error);
        }
        if self.answered {
            let refused = self.cursor_refused(&error);
            return (!self.restart_from_high_water()).then_some(refused);
        }
        // Resumed from a cursor and refused at once: ask once without it.
        self.probe = Some((self.request.clone().fetch(), error));
        None
    }
}

// Nothing in a stream is pinned structurally (requests in flight are boxed).
impl<'a, R, T> Unpin for Pages<'a, R, T> {}

impl<'a, R: Paginate<'a, Item = T>, T> Stream for Pages<'a, R, T> {
    type Item = Result<Page<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some((probe, _)) = &mut this.probe {
                let Poll::Ready(result) = probe.as_mut().poll(cx) else {
                    return Poll::Pending;
                };
                let (_, error) = this.probe.take().expect("probe is set");
                this.done = true;
                return Poll::Ready(Some(Err(match result {
                    Ok(_) => this.cursor_refused(&error),
                    Err(_) => error,
                })));
            }
            if let Some(result) = this.ready.take() {
                let page = match result {
                    Ok(fetched) => this.on_page(fetched),
                    Err(error) => match this.on_error(error) {
                        Some(error) => Err(error),
                        None => continue,
                    },
                };
                if page.is_err() {
                    this.done = true;
                    this.in_flight = None;
                }
                return Poll::Ready(Some(page));
            }
            if this.in_flight.is_some() {
                this.poll_in_flight(cx);
                if this.ready.is_some() {
                    continue;
                }
                return Poll::Pending;
            }
            if this.done {
                return Poll::Ready(None);
            }
            if let Some(sleep) = &mut this.sleep {
                if sleep.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                this.sleep = None;
            }
            let cursor = this.sent.take();
            this.start_fetch(cursor);
        }
    }
}

/// A stream of items; see [`Paginate::items`].
///
/// A record that does not match the spec is yielded as `Err(Error::Record)`
/// in its place, and the stream goes on after it; any other error ends it.
///
/// `T` is the item type, `R::Item` (the default): write `Items<'a, R>`;
/// see [`Pages`] for why it is a parameter.
#[must_use = "streams do nothing unless polled"]
pub struct Items<'a, R, T = <R as CursorRequest<'a>>::Item> {
    pages: Pages<'a, R, T>,
    current: std::vec::IntoIter<T>,
    rejected: std::vec::IntoIter<RecordError>,
    /// Position in the current page's `data` of the next record to yield.
    position: usize,
    pending_checkpoint: Option<Checkpoint>,
    checkpoint: Option<Checkpoint>,
}

impl<'a, R, T> Items<'a, R, T> {
    /// The checkpoint of the last page whose records have all been yielded
    /// (`None` before the first one): persist it to resume an item stream.
    pub fn checkpoint(&self) -> Option<&Checkpoint> {
        self.checkpoint.as_ref()
    }
}

impl<'a, R, T> Unpin for Items<'a, R, T> {}

impl<'a, R: Paginate<'a, Item = T>, T> Stream for Items<'a, R, T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let next_rejected = this.rejected.as_slice().first().map(|r| r.index);
            if next_rejected == Some(this.position) {
                let record = this.rejected.next().expect("peeked");
                this.position += 1;
                return Poll::Ready(Some(Err(Error::Record(Box::new(record)))));
            }
            if let Some(item) = this.current.next() {
                this.position += 1;
                // Keep the prefetch moving while the caller consumes this page.
                this.pages.poll_in_flight(cx);
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(record) = this.rejected.next() {
                // Past the last good record (an index out of order cannot happen).
                return Poll::Ready(Some(Err(Error::Record(Box::new(record)))));
            }
            if let Some(checkpoint) = this.pending_checkpoint.take() {
                this.checkpoint = Some(checkpoint);
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Ready(Some(Ok(page))) => {
                    this.current = page.items.into_iter();
                    this.rejected = page.rejected.into_iter();
                    this.position = 0;
                    this.pending_checkpoint = Some(page.checkpoint);
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
