//! Cursor pagination as [`futures::Stream`]s.
//!
//! Every paginated operation's builder (`get_qualification_records_stream`,
//! `get_qualification_types`, `get_work_orders`, `stream_work_orders`)
//! implements [`Paginate`]: set the parameters as for `send()`, then ask for
//! `.items()` or `.pages()`.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use samsara::{Client, Paginate};
//!
//! # async fn run(client: &Client) -> Result<(), samsara::Error> {
//! let start: chrono::DateTime<chrono::Utc> = "2025-01-01T00:00:00Z".parse().unwrap();
//! let end: chrono::DateTime<chrono::Utc> = "2025-02-01T00:00:00Z".parse().unwrap();
//! // Window: everything modified in [start, end), then the stream ends.
//! let orders: Vec<_> = client.stream_work_orders().start_time(start).end_time(end).items().try_collect().await?;
//!
//! // Pages carry the cursor to persist; resume later with `.after(cursor)`.
//! let mut pages = client.stream_work_orders().start_time(start).end_time(end).pages();
//! while let Some(page) = pages.try_next().await? {
//!     // … store page.items, then persist page.end_cursor …
//! }
//! # Ok(()) }
//! ```
//!
//! Two modes:
//! - **window** (the default): pages until the API reports `hasNextPage: false`,
//!   which the stream endpoints do once `endTime` is reached;
//! - **follow** ([`Paginate::follow`]): with no `endTime` the API keeps
//!   `hasNextPage` true; the stream polls with the last cursor every
//!   `interval` once it has caught up, forever, yielding records as they are
//!   created or changed.
//!
//! Guarantees: an empty page with `hasNextPage: true` is not the end; a
//! missing or repeated cursor while the API reports more pages is an
//! [`Error::Pagination`], never a silent stop or an endless loop; an expired
//! cursor is [`Error::CursorExpired`]. The stream holds at most the current
//! page and the next one, which is fetched while the current one is consumed.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use futures::future::BoxFuture;

use crate::builder;
use crate::types;
use crate::{Call, Error};

/// The default poll interval of follow mode (Samsara suggests ≥ 5 s for feeds).
pub const DEFAULT_FOLLOW_INTERVAL: Duration = Duration::from_secs(5);

/// How many past cursors a stream remembers to detect a cursor that cycles back.
const CURSOR_HISTORY: usize = 256;

/// One page of results with the cursor that continues after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The page's items, in the API's order (possibly none).
    pub items: Vec<T>,
    /// Pass to `.after(…)` to resume right after this page. Persist it once
    /// the page's items are stored: resuming from it loses and repeats nothing.
    /// Empty only on a last page.
    pub end_cursor: String,
    /// Whether the API reported more pages.
    pub has_next_page: bool,
}

/// A fetched page: its items and its pagination object.
pub type Fetched<T> = Result<(Vec<T>, types::Pagination), Error>;

/// A generated request builder of a cursor-paginated operation.
///
/// Implemented for the four paginated operations; not meant to be implemented
/// outside this crate.
pub trait CursorRequest<'a>: Clone + Send + 'a {
    /// One item of a page.
    type Item: Send + 'a;
    /// The operation's snake_case id, for errors.
    const OPERATION: &'static str;
    /// The same request continuing after `cursor`.
    fn after_cursor(self, cursor: String) -> Self;
    /// Sends the request and splits the page into items and pagination.
    fn fetch(self) -> BoxFuture<'a, Fetched<Self::Item>>;
}

macro_rules! cursor_request {
    ($builder:ident, $item:ty, $operation:literal) => {
        impl<'a> CursorRequest<'a> for builder::$builder<'a> {
            type Item = $item;
            const OPERATION: &'static str = $operation;

            fn after_cursor(self, cursor: String) -> Self {
                self.after(cursor)
            }

            fn fetch(self) -> BoxFuture<'a, Fetched<$item>> {
                let page = Call::call(self);
                Box::pin(async move { page.await.map(|page| (page.data, page.pagination)) })
            }
        }

        impl<'a> Paginate<'a> for builder::$builder<'a> {}
    };
}

cursor_request!(
    GetQualificationRecordsStream,
    types::QualificationRecord,
    "get_qualification_records_stream"
);
cursor_request!(
    GetQualificationTypes,
    types::QualificationType,
    "get_qualification_types"
);
cursor_request!(GetWorkOrders, types::WorkOrder, "get_work_orders");
cursor_request!(StreamWorkOrders, types::WorkOrder, "stream_work_orders");

/// Streams of pages and items for a paginated operation's builder.
pub trait Paginate<'a>: CursorRequest<'a> + Sized {
    /// A [`Paginator`] in window mode, for further settings.
    fn paginate(self) -> Paginator<'a, Self> {
        Paginator {
            request: self,
            start: None,
            follow: None,
            prefetch: true,
            _client: std::marker::PhantomData,
        }
    }

    /// Follow mode: never ends; polls every `interval` once caught up.
    fn follow(self, interval: Duration) -> Paginator<'a, Self> {
        self.paginate().follow(interval)
    }

    /// Every page, with its cursor (window mode).
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
    start: Option<String>,
    follow: Option<Duration>,
    prefetch: bool,
    _client: std::marker::PhantomData<&'a ()>,
}

impl<'a, R: CursorRequest<'a>> Paginator<'a, R> {
    /// Follow mode: keep polling every `interval` once caught up, forever.
    pub fn follow(mut self, interval: Duration) -> Self {
        self.follow = Some(interval);
        self
    }

    /// Starts right after a cursor saved from [`Page::end_cursor`], e.g. after
    /// a crash: nothing between that page and now is lost or repeated.
    pub fn resume(mut self, cursor: impl Into<String>) -> Self {
        self.start = Some(cursor.into()).filter(|c| !c.is_empty());
        self
    }

    /// Whether to fetch the next page while the current one is consumed
    /// (default on). Off, at most one page is in memory.
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.prefetch = prefetch;
        self
    }

    /// Every page, with its cursor.
    pub fn pages(self) -> Pages<'a, R> {
        Pages {
            request: self.request,
            follow: self.follow,
            prefetch: self.prefetch,
            sent: self.start,
            history: VecDeque::new(),
            in_flight: None,
            ready: None,
            sleep: None,
            done: false,
        }
    }

    /// Every item of every page.
    pub fn items(self) -> Items<'a, R> {
        Items {
            pages: self.pages(),
            current: Vec::new().into_iter(),
        }
    }
}

type Fetch<'a, T> = BoxFuture<'a, Fetched<T>>;

/// A stream of [`Page`]s; see [`Paginate::pages`].
#[must_use = "streams do nothing unless polled"]
pub struct Pages<'a, R: CursorRequest<'a>> {
    request: R,
    follow: Option<Duration>,
    prefetch: bool,
    /// The cursor sent with the request in flight (None: the first request).
    sent: Option<String>,
    /// Cursors already sent, to detect one that comes back.
    history: VecDeque<String>,
    in_flight: Option<Fetch<'a, R::Item>>,
    /// A prefetched result waiting to be yielded.
    ready: Option<Fetched<R::Item>>,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    done: bool,
}

/// What to do after a page.
enum Next {
    End,
    Fetch(String),
    Poll(Option<String>),
}

impl<'a, R: CursorRequest<'a>> Pages<'a, R> {
    fn start_fetch(&mut self, cursor: Option<String>) {
        let mut request = self.request.clone();
        if let Some(cursor) = &cursor {
            request = request.after_cursor(cursor.clone());
        }
        self.sent = cursor;
        self.in_flight = Some(request.fetch());
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

    /// Applies the pagination rules to a page: where to go next, or why not.
    fn next_step(&self, item_count: usize, pagination: &types::Pagination) -> Result<Next, Error> {
        let items_empty = item_count == 0;
        let cursor = &pagination.end_cursor;
        if !pagination.has_next_page {
            return Ok(Next::End);
        }
        let follow = self.follow.is_some();
        let same = self.sent.as_deref() == Some(cursor.as_str());
        if cursor.is_empty() || same {
            if follow && items_empty {
                // Caught up: poll again later from where we are.
                return Ok(Next::Poll(self.sent.clone()));
            }
            let what = if cursor.is_empty() {
                "an empty endCursor"
            } else {
                "the cursor it was sent"
            };
            let hint = if follow {
                ""
            } else {
                " (a stream with no endTime never ends: use follow mode)"
            };
            return Err(Error::Pagination(format!(
                "{}: hasNextPage is true but a page of {item_count} item(s) came with {what}; continuing would {}{hint}",
                R::OPERATION,
                if items_empty {
                    "loop forever"
                } else {
                    "repeat the same items"
                },
            )));
        }
        if self.history.iter().any(|c| c == cursor) {
            return Err(Error::Pagination(format!(
                "{}: the API returned cursor {cursor:?} a second time; pages would repeat",
                R::OPERATION
            )));
        }
        Ok(if follow && items_empty {
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

    fn on_page(&mut self, result: Fetched<R::Item>) -> Result<Page<R::Item>, Error> {
        let (items, pagination) = result.map_err(|e| self.map_expired(e))?;
        if let Some(sent) = self.sent.clone() {
            self.remember(sent);
        }
        match self.next_step(items.len(), &pagination)? {
            Next::End => self.done = true,
            Next::Fetch(cursor) => {
                if self.prefetch {
                    self.start_fetch(Some(cursor));
                } else {
                    self.sent = Some(cursor);
                }
            }
            Next::Poll(cursor) => {
                self.sent = cursor;
                let interval = self.follow.unwrap_or(DEFAULT_FOLLOW_INTERVAL);
                self.sleep = Some(Box::pin(tokio::time::sleep(interval)));
            }
        }
        Ok(Page {
            items,
            end_cursor: pagination.end_cursor,
            has_next_page: pagination.has_next_page,
        })
    }

    /// An API error on a request that carried a cursor and says it expired.
    fn map_expired(&self, error: Error) -> Error {
        if let Error::Api(api) = &error
            && self.sent.is_some()
            && (api.status == reqwest::StatusCode::BAD_REQUEST
                || api.status == reqwest::StatusCode::GONE)
        {
            let message = api
                .message
                .as_deref()
                .unwrap_or_default()
                .to_ascii_lowercase();
            if message.contains("cursor") && message.contains("expire") {
                return Error::CursorExpired(error.to_string());
            }
        }
        error
    }
}

impl<'a, R: CursorRequest<'a>> Unpin for Pages<'a, R> {}

impl<'a, R: CursorRequest<'a>> Stream for Pages<'a, R> {
    type Item = Result<Page<R::Item>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(result) = this.ready.take() {
                let page = this.on_page(result);
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
#[must_use = "streams do nothing unless polled"]
pub struct Items<'a, R: CursorRequest<'a>> {
    pages: Pages<'a, R>,
    current: std::vec::IntoIter<R::Item>,
}

impl<'a, R: CursorRequest<'a>> Unpin for Items<'a, R> {}

impl<'a, R: CursorRequest<'a>> Stream for Items<'a, R> {
    type Item = Result<R::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.current.next() {
                // Keep the prefetch moving while the caller consumes this page.
                this.pages.poll_in_flight(cx);
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Ready(Some(Ok(page))) => this.current = page.items.into_iter(),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// A page size, `1..=512` (the API's maximum and default). Builders' `.limit(n)`
/// takes any integer and rejects an out-of-range one before sending.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct PageLimit(u32);

impl PageLimit {
    /// The largest page the API serves.
    pub const MAX: PageLimit = PageLimit(512);

    /// The page size.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl From<PageLimit> for u32 {
    fn from(limit: PageLimit) -> u32 {
        limit.0
    }
}

impl std::fmt::Display for PageLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for PageLimit {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let n: i64 = s
            .trim()
            .parse()
            .map_err(|_| Error::InvalidInput(format!("limit {s:?} is not a number")))?;
        PageLimit::try_from(n)
    }
}

macro_rules! page_limit_from {
    ($($int:ty),*) => {$(
        impl TryFrom<$int> for PageLimit {
            type Error = Error;
            fn try_from(n: $int) -> Result<Self, Error> {
                match u32::try_from(n) {
                    Ok(n @ 1..=512) => Ok(PageLimit(n)),
                    _ => Err(Error::InvalidInput(format!("limit must be between 1 and 512, got {n}"))),
                }
            }
        }
    )*};
}
page_limit_from!(u16, u32, u64, usize, i32, i64);

impl schemars::JsonSchema for PageLimit {
    fn schema_name() -> String {
        "PageLimit".to_owned()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = u32::json_schema(generator).into_object();
        schema.number().minimum = Some(1.0);
        schema.number().maximum = Some(512.0);
        schema.into()
    }
}
