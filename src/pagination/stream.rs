//! The streams: [`Pages`] drives requests by the rules of `rules.rs`;
//! [`Items`] flattens its pages. Both own what they need (a clone of the
//! client and the request's parameters), so they are `'static + Send`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::Stream;
use futures::future::BoxFuture;

use super::Page;
use super::rules::{self, Next, Walk};
use crate::__private::{CursorRequest, FetchResult};
use crate::checkpoint::{Checkpoint, Scope};
use crate::error::RecordError;
use crate::model::decode::Records;
use crate::{Client, Error};

type Fetch<T> = BoxFuture<'static, FetchResult<T>>;

/// The time window a time-based stream is reading.
#[derive(Clone, Copy, Debug)]
pub(super) struct Window {
    /// `startTime` (`None`: not set, the request will say so).
    pub(super) start: Option<DateTime<Utc>>,
    /// `endTime`, fixed before the window's first page is delivered.
    pub(super) end: DateTime<Utc>,
    /// The end was fixed from the client's clock, before any response's
    /// `Date`: checked against Samsara's clock at the first page.
    pub(super) unchecked: bool,
    /// The end the caller asked for (`None`: up to Samsara's clock).
    pub(super) requested: Option<DateTime<Utc>>,
    /// The window of a resumed cursor, its end fixed by the checkpoint: a
    /// window stream reads on from it to `requested`.
    pub(super) resumed: bool,
}

/// A wait of a stream: its duration until first polled, then its timer.
enum Wait {
    For(Duration),
    Timer(Pin<Box<tokio::time::Sleep>>),
}

impl Wait {
    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        if let Wait::For(duration) = *self {
            *self = Wait::Timer(Box::pin(tokio::time::sleep(duration)));
        }
        match self {
            Wait::Timer(timer) => timer.as_mut().poll(cx),
            Wait::For(_) => Poll::Ready(()),
        }
    }
}

/// A stream of [`Page`]s; see [`Paginate::pages`](super::Paginate::pages).
#[must_use = "streams do nothing unless polled"]
pub struct Pages<R: CursorRequest> {
    client: Arc<Client>,
    request: R,
    scope: Scope,
    settle: Duration,
    /// Follow mode's interval between windows.
    follow: Option<Duration>,
    prefetch: bool,
    walk: Walk,
    window: Option<Window>,
    /// A request of this stream has succeeded.
    answered: bool,
    in_flight: Option<Fetch<R::Item>>,
    /// A request without the cursor, sent to tell a refused cursor from a
    /// refused request, and the error being explained.
    probe: Option<(Fetch<R::Item>, Error)>,
    /// A prefetched result waiting to be yielded.
    ready: Option<FetchResult<R::Item>>,
    /// A wait before the next window (a feed's interval, or until a window
    /// opens): a duration until polled, then the timer (made in `poll_next`,
    /// inside the runtime, so a stream can be built outside one).
    wait: Option<Wait>,
    done: bool,
}

/// How a [`Pages`] stream starts (see `Paginator::pages`).
pub(super) struct Setup<R> {
    pub(super) client: Arc<Client>,
    pub(super) request: R,
    pub(super) settle: Duration,
    pub(super) follow: Option<Duration>,
    pub(super) prefetch: bool,
    pub(super) start: Checkpoint,
}

impl<R: CursorRequest> Pages<R> {
    pub(super) fn new(setup: Setup<R>) -> Pages<R> {
        let scope = Scope {
            operation: R::OPERATION.to_owned(),
            filters: setup.request.filters(),
            window: None,
        };
        let mut pages = Pages {
            client: setup.client,
            request: setup.request,
            scope,
            settle: setup.settle,
            follow: setup.follow,
            prefetch: setup.prefetch,
            walk: Walk::default(),
            window: None,
            answered: false,
            in_flight: None,
            probe: None,
            ready: None,
            wait: None,
            done: false,
        };
        if let Err(error) = pages.start(&setup.start) {
            pages.fail(error);
        }
        pages
    }

    /// Applies the settings and the checkpoint to resume from.
    fn start(&mut self, checkpoint: &Checkpoint) -> Result<(), Error> {
        let window = self.request.window();
        let start = rules::resume(
            checkpoint,
            &rules::Request {
                scope: &self.scope,
                window,
                follow: self.follow.is_some(),
            },
        )?;
        if start.done {
            self.done = true;
            return Ok(());
        }
        self.walk = Walk::from(start.cursor);
        if window.is_some() {
            let requested = window
                .and_then(|(_, end)| end)
                .filter(|_| self.follow.is_none());
            let begin = start.start_time.map(rules::floor_ms);
            let window = match start.end_time {
                // A cursor's window is fixed: it is read to that end, then
                // (a window stream) on to the end asked for.
                Some(end) => Window {
                    start: begin,
                    end,
                    unchecked: false,
                    requested,
                    resumed: true,
                },
                None => self.fresh_window(begin, requested),
            };
            self.set_window(window);
        }
        Ok(())
    }

    /// A window from `start` to Samsara's clock less the settle delay (or
    /// `requested`, when earlier).
    fn fresh_window(
        &self,
        start: Option<DateTime<Utc>>,
        requested: Option<DateTime<Utc>>,
    ) -> Window {
        let (now, unchecked) = match self.client.inner.server_clock.now() {
            Some(now) => (now, false),
            None => (Utc::now(), true),
        };
        let end = rules::window_end(requested, now, self.settle);
        Window {
            start,
            end,
            // Fixed from the client's clock: the requested end too may be
            // in Samsara's future.
            unchecked,
            requested,
            resumed: false,
        }
    }

    /// Makes `window` the one the requests ask for; `true` when it is
    /// open. An empty one (its end not after its start) ends a window
    /// stream, and makes a feed wait until Samsara's clock is a settle delay
    /// (and a millisecond) past its start.
    fn set_window(&mut self, window: Window) -> bool {
        if let Some(start) = window.start {
            self.request.set_start_time(start);
        }
        self.request.set_end_time(window.end);
        self.window = Some(window);
        let Some(start) = window.start.filter(|start| window.end <= *start) else {
            return true;
        };
        if self.follow.is_some() {
            let until_open = (start - window.end + chrono::Duration::milliseconds(1))
                .to_std()
                .unwrap_or_default();
            self.wait = Some(Wait::For(until_open));
        } else {
            self.done = true;
        }
        false
    }

    fn start_fetch(&mut self, cursor: Option<String>) {
        let mut request = self.request.clone();
        request.set_after(cursor.clone());
        self.walk.sent = cursor;
        self.in_flight = Some(request.fetch(self.client.clone()));
    }

    /// Ends the stream with `error` as its last item.
    fn fail(&mut self, error: Error) {
        self.ready = Some(Err(error));
        self.done = true;
    }

    /// Drives the request in flight; stores its result in `ready`.
    pub(super) fn poll_in_flight(&mut self, cx: &mut Context<'_>) {
        if let Some(fetch) = &mut self.in_flight
            && let Poll::Ready(result) = fetch.as_mut().poll(cx)
        {
            self.in_flight = None;
            self.ready = Some(result);
        }
    }

    /// At the first answer to a window whose end came from the client's
    /// clock: whether that end is ahead of Samsara's clock less the settle
    /// delay. If so the window is asked again with an earlier end, before
    /// anything of it is delivered.
    fn refix_window_end(&mut self) -> bool {
        let Some(window) = self.window.filter(|w| w.unchecked) else {
            return false;
        };
        let Some(server_now) = self.client.inner.server_clock.now() else {
            return false;
        };
        self.window = Some(Window {
            unchecked: false,
            ..window
        });
        if !rules::end_is_ahead(window.end, server_now, self.settle) {
            return false;
        }
        tracing::debug!(
            operation = R::OPERATION,
            end = %window.end,
            %server_now,
            "the client's clock is ahead of Samsara's: reading the window again with an earlier end"
        );
        let end = rules::window_end(window.requested, server_now, self.settle);
        self.walk = Walk::default();
        if self.set_window(Window {
            end,
            unchecked: false,
            ..window
        }) {
            self.start_fetch(None);
        }
        true
    }

    /// A page's records arrived: the page to yield (`None`: the answer was
    /// set aside, see [`Pages::refix_window_end`]), or the error that ends
    /// the stream.
    fn on_page(&mut self, fetched: Records<R::Item>) -> Option<Result<Page<R::Item>, Error>> {
        if !self.answered && self.refix_window_end() {
            return None;
        }
        self.answered = true;
        let records = fetched.items.len() + fetched.rejected.len();
        let next = match self.walk.next(R::OPERATION, records, &fetched.pagination) {
            Ok(next) => next,
            Err(error) => return Some(Err(error)),
        };
        let window = self.window.map(|w| (w.start, w.end));
        let checkpoint = rules::checkpoint(&next, &self.scope, window);
        match &next {
            Next::End => self.end_window(),
            Next::Fetch(cursor) if self.prefetch => self.start_fetch(Some(cursor.clone())),
            Next::Fetch(cursor) => self.walk.sent = Some(cursor.clone()),
        }
        Some(Ok(Page {
            items: fetched.items,
            rejected: fetched.rejected,
            checkpoint,
            end_cursor: fetched.pagination.end_cursor,
            has_next_page: fetched.pagination.has_next_page,
        }))
    }

    /// A window (or list) is read: a window stream ends; a feed waits its
    /// interval and reads the next window, from this one's end.
    fn end_window(&mut self) {
        self.walk = Walk::default();
        match (self.follow, self.window) {
            (None, Some(window)) if window.resumed => {
                if self.set_window(self.fresh_window(Some(window.end), window.requested)) {
                    self.start_fetch(None);
                }
            }
            (Some(interval), Some(window)) => {
                self.window = Some(Window {
                    start: Some(window.end),
                    ..window
                });
                self.wait = Some(Wait::For(interval));
            }
            _ => self.done = true,
        }
    }

    /// After a feed's interval: starts its next window, from the last one's
    /// end (or waits on, see [`Pages::set_window`]).
    fn next_window(&mut self) {
        let Some(window) = self.window else {
            return;
        };
        if self.set_window(self.fresh_window(window.start, None)) {
            self.start_fetch(None);
        }
    }

    /// Whether `error` may mean the API refused the cursor the request carried.
    fn may_be_refused_cursor(&self, error: &Error) -> bool {
        self.walk.sent.is_some()
            && matches!(
                error.status().map(|s| s.as_u16()),
                Some(400 | 404 | 410 | 422)
            )
    }

    fn cursor_refused(&self, error: &Error) -> Error {
        Error::CursorExpired(format!(
            "{}: the request with cursor {:?} failed ({error}) where the same request without it succeeds; restart from the newest updatedAtTime you stored (Checkpoint::through)",
            R::OPERATION,
            self.walk.sent.as_deref().unwrap_or_default()
        ))
    }

    /// Handles a failed request: the error to yield, or `None` when a probe
    /// was started to tell whether the cursor was refused.
    fn on_error(&mut self, error: Error) -> Option<Error> {
        if !self.may_be_refused_cursor(&error) {
            return Some(error);
        }
        if self.answered {
            return Some(self.cursor_refused(&error));
        }
        // Resumed from a cursor and refused at once: ask once without it.
        let mut request = self.request.clone();
        request.set_after(None);
        self.probe = Some((request.fetch(self.client.clone()), error));
        None
    }

    /// The result of the probe: the error to yield.
    fn poll_probe(&mut self, cx: &mut Context<'_>) -> Poll<Error> {
        let Some((probe, _)) = &mut self.probe else {
            return Poll::Pending;
        };
        let Poll::Ready(result) = probe.as_mut().poll(cx) else {
            return Poll::Pending;
        };
        let Some((_, error)) = self.probe.take() else {
            return Poll::Pending;
        };
        self.done = true;
        Poll::Ready(match result {
            Ok(_) => self.cursor_refused(&error),
            Err(_) => error,
        })
    }
}

impl<R: CursorRequest> Unpin for Pages<R> {}

impl<R: CursorRequest> Stream for Pages<R> {
    type Item = Result<Page<R::Item>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.probe.is_some() {
                return this.poll_probe(cx).map(|e| Some(Err(e)));
            }
            if let Some(result) = this.ready.take() {
                let page = match result {
                    Ok(fetched) => match this.on_page(fetched) {
                        Some(page) => page,
                        None => continue,
                    },
                    Err(error) => match this.on_error(error) {
                        Some(error) => Err(error),
                        None => continue,
                    },
                };
                if page.is_err() {
                    this.done = true;
                    this.in_flight = None;
                    this.wait = None;
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
            if let Some(wait) = &mut this.wait {
                if wait.poll(cx).is_pending() {
                    return Poll::Pending;
                }
                this.wait = None;
                this.next_window();
                continue;
            }
            let cursor = this.walk.sent.take();
            this.start_fetch(cursor);
        }
    }
}

/// A stream of items; see [`Paginate::items`](super::Paginate::items).
///
/// A record that does not match the spec is yielded as `Err(Error::Record)`
/// in its place, and the stream goes on after it; any other error ends it.
#[must_use = "streams do nothing unless polled"]
pub struct Items<R: CursorRequest> {
    pages: Pages<R>,
    current: std::vec::IntoIter<R::Item>,
    rejected: std::vec::IntoIter<RecordError>,
    /// Position in the current page's `data` of the next record to yield.
    position: usize,
    pending_checkpoint: Option<Checkpoint>,
    checkpoint: Option<Checkpoint>,
}

impl<R: CursorRequest> Items<R> {
    pub(super) fn new(pages: Pages<R>) -> Items<R> {
        Items {
            pages,
            current: Vec::new().into_iter(),
            rejected: Vec::new().into_iter(),
            position: 0,
            pending_checkpoint: None,
            checkpoint: None,
        }
    }

    /// The checkpoint of the last page whose records have all been yielded
    /// (`None` before the first one): persist it to resume an item stream.
    pub fn checkpoint(&self) -> Option<&Checkpoint> {
        self.checkpoint.as_ref()
    }
}

impl<R: CursorRequest> Unpin for Items<R> {}

impl<R: CursorRequest> Stream for Items<R> {
    type Item = Result<R::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let next_rejected = this.rejected.as_slice().first().map(|r| r.index);
            if next_rejected == Some(this.position)
                && let Some(record) = this.rejected.next()
            {
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
