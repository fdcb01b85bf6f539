//! Cursor pagination: window and follow modes, empty pages, broken cursors,
//! resume, prefetch, settled window ends. Runs against an in-process HTTP
//! server on loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use futures::{StreamExt, TryStreamExt};
use samsara::checkpoint::Position;
use samsara::pagination::DEFAULT_SETTLE;
use samsara::streams::StreamWorkOrdersItems;
use samsara::{Checkpoint, Client, ClientBuilder, Error, Paginate, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common;

const ROUTE: &str = "/maintenance/work-orders/stream";

fn start() -> DateTime<Utc> {
    "2025-01-01T00:00:00Z".parse().unwrap()
}

fn end() -> DateTime<Utc> {
    "2025-02-01T00:00:00Z".parse().unwrap()
}

fn page(ids: &[&str], cursor: &str, more: bool) -> ResponseTemplate {
    let data: Vec<Value> = ids.iter().map(|id| common::work_order(id)).collect();
    ResponseTemplate::new(200).set_body_json(
        json!({"data": data, "pagination": {"endCursor": cursor, "hasNextPage": more}}),
    )
}

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder()
        .token("t")
        .base_url(server.uri())
        // Pacing is tested in tests/reliability.rs; here it would only slow pages down.
        .rate_limit(samsara::RateLimit::Off)
}

/// A client whose windows end at the server's clock: wiremock's clock is the
/// test's and shows every record at once, so there is nothing to settle
/// (the settle delay has its own tests below).
async fn client(server: &MockServer) -> Client {
    builder(server).settle(Duration::ZERO).build().unwrap()
}

fn time(text: &str) -> DateTime<Utc> {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} is not a time: {e}"))
}

/// A query parameter of a request.
fn param(request: &Request, key: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// What a request asked for: its cursor and its window.
#[derive(Debug, PartialEq)]
struct Asked {
    after: Option<String>,
    start: DateTime<Utc>,
    end: Option<DateTime<Utc>>,
}

/// What every request received by `server` asked for, in order.
async fn asked(server: &MockServer) -> Vec<Asked> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| Asked {
            after: param(r, "after"),
            start: time(&param(r, "startTime").expect("startTime is sent")),
            end: param(r, "endTime").map(|t| time(&t)),
        })
        .collect()
}

/// The requests grouped by window: consecutive requests with the same
/// `[startTime, endTime)`.
fn by_window(asked: &[Asked]) -> Vec<Vec<&Asked>> {
    let mut windows: Vec<Vec<&Asked>> = Vec::new();
    for request in asked {
        match windows.last_mut() {
            Some(w) if (w[0].start, w[0].end) == (request.start, request.end) => w.push(request),
            _ => windows.push(vec![request]),
        }
    }
    windows
}

/// Serves `response` to the request whose `after` is `after` (None: first page).
async fn serve(server: &MockServer, after: Option<&str>, response: ResponseTemplate) {
    let mock = Mock::given(method("GET")).and(path(ROUTE));
    let mock = match after {
        Some(cursor) => mock.and(query_param("after", cursor)),
        None => mock.and(query_param_is_missing("after")),
    };
    mock.respond_with(response).mount(server).await;
}

/// Collects a window stream that must fail, and returns its error.
async fn window_error(client: &Client) -> Error {
    let stream = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items();
    stream
        .try_collect::<Vec<_>>()
        .await
        .expect_err("the stream fails")
}

fn ids(orders: &[types::WorkOrder]) -> Vec<&str> {
    orders.iter().map(|o| o.id.as_str()).collect()
}

#[tokio::test]
async fn window_stream_yields_every_item_of_every_page_in_order() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1", "2"], "c1", true)).await;
    serve(&server, Some("c1"), page(&["3", "4"], "c2", true)).await;
    serve(&server, Some("c2"), page(&["5"], "", false)).await;
    let client = client(&server).await;
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), ["1", "2", "3", "4", "5"]);
    // Every request keeps the caller's parameters.
    for request in server.received_requests().await.unwrap() {
        let query = request.url.query().unwrap();
        assert!(
            query.contains("startTime=2025-01-01T00%3A00%3A00Z") && query.contains("endTime="),
            "{query}"
        );
    }
}

#[tokio::test]
async fn pages_expose_the_cursor_of_every_page() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&["2"], "c2", false)).await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect()
        .await
        .unwrap();
    let cursors: Vec<(&str, bool)> = pages
        .iter()
        .map(|p| (p.end_cursor.as_str(), p.has_next_page))
        .collect();
    assert_eq!(cursors, [("c1", true), ("c2", false)]);
}

#[tokio::test]
async fn empty_page_with_next_is_not_the_end() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&[], "c2", true)).await;
    serve(&server, Some("c2"), page(&[], "c3", true)).await;
    serve(&server, Some("c3"), page(&["2"], "c4", false)).await;
    let client = client(&server).await;
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), ["1", "2"]);
}

#[tokio::test]
async fn repeated_cursor_with_next_is_an_error_not_a_loop() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&["2"], "c1", true)).await;
    let client = client(&server).await;
    let results: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items()
        .collect()
        .await;
    assert_eq!(
        results.len(),
        2,
        "one item, then the error, then the end: {results:?}"
    );
    assert_eq!(results[0].as_ref().unwrap().id, "1");
    match &results[1] {
        Err(Error::Pagination(message)) => {
            assert!(message.contains("repeat the same records"), "{message}")
        }
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn an_empty_page_repeating_its_cursor_is_an_error_in_window_and_follow_mode() {
    for follow in [false, true] {
        let server = MockServer::start().await;
        serve(&server, None, page(&["1"], "c1", true)).await;
        serve(&server, Some("c1"), page(&[], "c1", true)).await;
        let client = client(&server).await;
        let mut paginator = client.stream_work_orders().start_time(start()).paginate();
        if follow {
            paginator = paginator.follow(Duration::from_millis(20));
        }
        let results: Vec<_> = paginator.items().collect().await;
        assert_eq!(results.len(), 2, "follow {follow}: {results:?}");
        assert_eq!(results[0].as_ref().unwrap().id, "1");
        match &results[1] {
            Err(Error::Pagination(message)) => assert!(
                message.contains("the cursor it was sent") && message.contains("loop forever"),
                "{message}"
            ),
            other => panic!("follow {follow}: expected a pagination error, got {other:?}"),
        }
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }
}

#[tokio::test]
async fn missing_cursor_with_next_is_an_error() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "", true)).await;
    let client = client(&server).await;
    let err = window_error(&client).await;
    assert!(
        matches!(&err, Error::Pagination(m) if m.contains("empty endCursor")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_cursor_cycling_back_is_an_error() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&["2"], "c2", true)).await;
    serve(&server, Some("c2"), page(&["3"], "c1", true)).await;
    let client = client(&server).await;
    let err = window_error(&client).await;
    assert!(
        matches!(&err, Error::Pagination(m) if m.contains("a second time")),
        "{err:?}"
    );
}

/// The first error of a stream resumed from `cursor`.
async fn resumed_error(client: &Client, cursor: &str) -> Error {
    client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .resume(Checkpoint::after(cursor).unwrap())
        .pages()
        .try_next()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn a_refused_cursor_is_recognised_without_reading_the_message() {
    for (status, message) in [
        (400, "Expired cursor: cursors are valid for 30 days"),
        (400, "Invalid value for parameter 'after'"),
        (410, ""),
        (422, "Unprocessable"),
    ] {
        let server = MockServer::start().await;
        serve(
            &server,
            Some("old"),
            ResponseTemplate::new(status)
                .set_body_json(json!({"message": message, "requestId": "r1"})),
        )
        .await;
        serve(&server, None, page(&["1"], "c1", true)).await;
        let client = client(&server).await;
        let err = resumed_error(&client, "old").await;
        assert!(
            matches!(err, Error::CursorExpired(_)),
            "{status} {message}: {err:?}"
        );
        let sent = server.received_requests().await.unwrap();
        assert_eq!(
            sent.len(),
            2,
            "the resumed request, then one probe without the cursor"
        );
        assert!(!sent[1].url.query().unwrap().contains("after="));
    }
}

#[tokio::test]
async fn a_request_refused_with_or_without_its_cursor_is_not_a_cursor_error() {
    let server = MockServer::start().await;
    let refused = || {
        ResponseTemplate::new(400)
            .set_body_json(json!({"message": "Invalid cursor or expired", "requestId": "r1"}))
    };
    serve(&server, Some("old"), refused()).await;
    serve(&server, None, refused()).await;
    let client = client(&server).await;
    let err = resumed_error(&client, "old").await;
    assert_eq!(
        err.status(),
        Some(reqwest::StatusCode::BAD_REQUEST),
        "{err:?}"
    );
    assert!(!matches!(err, Error::CursorExpired(_)), "{err:?}");
}

#[tokio::test]
async fn a_cursor_refused_mid_stream_is_a_cursor_error_without_a_probe() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), refused()).await;
    let client = client(&server).await;
    let err = window_error(&client).await;
    assert!(matches!(err, Error::CursorExpired(_)), "{err:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn other_errors_pass_through_with_status_and_request_id() {
    let server = MockServer::start().await;
    serve(
        &server,
        None,
        ResponseTemplate::new(401)
            .set_body_json(json!({"message": "Unauthorized", "requestId": "r2"})),
    )
    .await;
    let client = client(&server).await;
    let err = client
        .stream_work_orders()
        .start_time(start())
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    assert_eq!(err.request_id(), Some("r2"));
}

/// How a [`Feed`] ends a window.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    /// The last page says `hasNextPage: false` with an empty cursor.
    Window,
    /// Samsara's feed contract: the last page says `hasNextPage: false` with
    /// a cursor after its last record; a window with nothing in it answers
    /// `endCursor: ""`. The client must never send that last cursor.
    CaughtUp,
}

/// The two ways a window may end; every follow test runs against both.
const STYLES: [Style; 2] = [Style::Window, Style::CaughtUp];

/// A work order's id and `updatedAtTime`.
type Version = (&'static str, DateTime<Utc>);

/// A stateful `/maintenance/work-orders/stream`: work orders in modification
/// order with their `updatedAtTime`. A request lists those in its
/// `[startTime, endTime)`, two a page, after cursor `pos-N` (N: how many of
/// the window's records came before).
#[derive(Clone)]
struct Feed {
    records: Arc<Mutex<Vec<Version>>>,
    page_size: usize,
    style: Style,
}

impl Feed {
    /// A change to order `id` now, stamped as Samsara stamps it (to the
    /// millisecond).
    fn write(&self, id: &'static str) {
        let mut records = self.records.lock().unwrap();
        records.push((id, Utc::now().trunc_subsecs(3)));
    }
}

impl Respond for Feed {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let after = param(request, "after")
            .map(|c| c.trim_start_matches("pos-").parse::<usize>().unwrap())
            .unwrap_or(0);
        let from = param(request, "startTime").map_or(DateTime::<Utc>::MIN_UTC, |t| time(&t));
        let to = param(request, "endTime").map_or(DateTime::<Utc>::MAX_UTC, |t| time(&t));
        let records = self.records.lock().unwrap();
        let window: Vec<&Version> = records
            .iter()
            .filter(|(_, at)| from <= *at && *at < to)
            .collect();
        let slice = &window[after.min(window.len())..(after + self.page_size).min(window.len())];
        let next = after + slice.len();
        let more = next < window.len();
        let data: Vec<Value> = slice
            .iter()
            .map(|(id, at)| order_at(id, &at.to_rfc3339()))
            .collect();
        let cursor = match self.style {
            Style::Window if !more => String::new(),
            Style::CaughtUp if slice.is_empty() => String::new(),
            _ => format!("pos-{next}"),
        };
        raw_page(json!(data), &cursor, more)
    }
}

/// A [`Feed`] of `records` (id, `updatedAtTime`).
async fn feed_of(records: &[Version], style: Style) -> (MockServer, Feed) {
    let server = MockServer::start().await;
    let feed = Feed {
        records: Arc::new(Mutex::new(records.to_vec())),
        page_size: 2,
        style,
    };
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .respond_with(feed.clone())
        .mount(&server)
        .await;
    (server, feed)
}

/// A [`Feed`] of `ids`, modified a minute apart from [`start`] on.
async fn feed(ids: &[&'static str], style: Style) -> (MockServer, Feed) {
    let records: Vec<_> = (0..)
        .zip(ids)
        .map(|(n, id)| (*id, start() + chrono::Duration::minutes(n)))
        .collect();
    feed_of(&records, style).await
}

#[tokio::test]
async fn resume_from_a_persisted_cursor_loses_and_repeats_nothing() {
    let all = ["1", "2", "3", "4", "5", "6", "7"];
    let (server, _) = feed(&all, Style::Window).await;
    let client = client(&server).await;

    // First run: store two pages, persist the checkpoint, then "crash".
    let mut stored: Vec<String> = Vec::new();
    let mut saved = Checkpoint::beginning().to_string();
    {
        let mut pages = client
            .stream_work_orders()
            .start_time(start())
            .end_time(end())
            .pages();
        for _ in 0..2 {
            let page = pages.try_next().await.unwrap().unwrap();
            stored.extend(page.items.iter().map(|o| o.id.clone()));
            saved = page.checkpoint.to_string();
        }
    }
    // The persisted checkpoint names its stream and the window its cursor belongs to.
    assert!(
        saved.starts_with("stream_work_orders;filters=")
            && saved.ends_with(";start=2025-01-01T00:00:00Z;end=2025-02-01T00:00:00Z;after:pos-4"),
        "{saved}"
    );
    let sent = server.received_requests().await.unwrap().len();
    // Second run resumes from it, with nothing else: the window comes with it.
    let rest: Vec<_> = client
        .stream_work_orders()
        .paginate()
        .resume(saved.parse().unwrap())
        .items()
        .try_collect()
        .await
        .unwrap();
    stored.extend(rest.into_iter().map(|o| o.id));
    assert_eq!(stored, all, "every record exactly once, in order");
    let resumed = &asked(&server).await[sent..];
    assert_eq!(resumed[0].after.as_deref(), Some("pos-4"));
    // The cursor's window to its end, then (no endTime asked for) one more
    // window from there up to Samsara's clock less the settle delay.
    let (window, then) = resumed.split_at(resumed.len() - 1);
    assert!(
        window
            .iter()
            .all(|a| a.after.is_some() && (a.start, a.end) == (start(), Some(end()))),
        "{resumed:?}"
    );
    assert_eq!(
        (then[0].after.as_deref(), then[0].start),
        (None, end()),
        "{resumed:?}"
    );
    assert!(then[0].end.unwrap() > end(), "{resumed:?}");
}

/// The next item of a feed that must come (the bound only stops a hung test).
async fn next(items: &mut StreamWorkOrdersItems) -> types::WorkOrder {
    next_within(items, 10, "the feed delivers").await
}

#[tokio::test]
async fn follow_mode_picks_up_a_record_created_after_the_first_poll() {
    for style in STYLES {
        follow_picks_up_a_new_record(style).await;
    }
}

async fn follow_picks_up_a_new_record(style: Style) {
    let (server, feed) = feed(&["1", "2", "3"], style).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(50))
        .items();
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(next(&mut items).await.id);
    }
    // Caught up: the stream polls. A record created now must appear.
    tokio::time::sleep(Duration::from_millis(120)).await;
    feed.write("4");
    seen.push(next(&mut items).await.id);
    assert_eq!(seen, ["1", "2", "3", "4"], "{style:?}");
    let asked = asked(&server).await;
    assert!(
        asked.len() >= 3,
        "{style:?}: kept polling: {} requests",
        asked.len()
    );
    let windows = by_window(&asked);
    assert!(
        windows.len() >= 2 && windows.iter().all(|w| w[0].after.is_none()),
        "{style:?}: each poll reads a new window from its start, without a cursor: {asked:?}"
    );
}

#[tokio::test]
async fn a_caught_up_feed_reads_each_new_window_from_the_last_end_without_a_cursor() {
    for style in STYLES {
        let (server, feed) = feed(&["1", "2", "3"], style).await;
        let client = client(&server).await;
        let mut items = client
            .stream_work_orders()
            .start_time(start())
            .follow(Duration::from_millis(20))
            .items();
        for _ in 0..3 {
            next(&mut items).await;
        }
        feed.write("4");
        assert_eq!(next(&mut items).await.id, "4", "{style:?}");
        feed.write("5");
        assert_eq!(next(&mut items).await.id, "5", "{style:?}");

        let asked = asked(&server).await;
        let windows = by_window(&asked);
        assert!(windows.len() >= 3, "{style:?}: {asked:?}");
        assert_eq!(windows[0][0].start, start(), "{style:?}");
        assert!(
            asked.iter().all(|a| a.end.is_some()),
            "{style:?}: every request of a feed carries its window's endTime: {asked:?}"
        );
        for pair in windows.windows(2) {
            assert_eq!(
                Some(pair[1][0].start),
                pair[0][0].end,
                "{style:?}: each window starts where the last ended: {asked:?}"
            );
        }
        // The only cursor ever sent is the one inside the first window (three
        // records, two a page); the cursor a window ended with never is.
        let cursors: Vec<_> = asked.iter().filter_map(|a| a.after.as_deref()).collect();
        assert_eq!(cursors, ["pos-2"], "{style:?}: {asked:?}");
        assert!(windows.iter().all(|w| w[0].after.is_none()));
    }
}

#[tokio::test]
async fn follow_mode_waits_the_interval_between_polls_once_caught_up() {
    for style in STYLES {
        follow_waits_the_interval(style).await;
    }
}

async fn follow_waits_the_interval(style: Style) {
    let (server, _) = feed(&["1"], style).await;
    let client = client(&server).await;
    let items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(200))
        .items();
    let collected =
        tokio::time::timeout(Duration::from_millis(1500), items.collect::<Vec<_>>()).await;
    assert!(collected.is_err(), "{style:?}: follow never ends");
    let requests = server.received_requests().await.unwrap().len();
    // t=0 (the first window), then at most one window per 200 ms, each one
    // request (nothing new): never a tight loop.
    assert!(
        (1..=9).contains(&requests),
        "{style:?}: {requests} requests in 1.5 s"
    );
}

#[tokio::test]
async fn prefetch_requests_the_next_page_while_the_current_is_consumed() {
    let (server, _) = feed(&["1", "2", "3", "4", "5"], Style::Window).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items();
    assert_eq!(items.try_next().await.unwrap().unwrap().id, "1");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        2,
        "page 2 requested while page 1 is consumed"
    );
    let rest: Vec<_> = items.try_collect().await.unwrap();
    assert_eq!(ids(&rest), ["2", "3", "4", "5"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn without_prefetch_one_page_at_a_time() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .prefetch(false)
        .items();
    assert_eq!(items.try_next().await.unwrap().unwrap().id, "1");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn every_paginated_operation_streams() {
    let server = MockServer::start().await;
    let qt = json!({"id": "qt1", "name": "Licence", "revisionId": "r", "entityType": "worker",
        "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"}, "fields": []});
    let record = json!({"id": "r1", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "w"}, "qualificationType": {"id": "qt1"}, "recordStatus": "active", "fields": []});
    let body = |item: Value| json!({"data": [item], "pagination": {"endCursor": "", "hasNextPage": false}});
    for (route, item) in [
        ("/qualification-types", qt),
        ("/qualification-records/stream", record),
        ("/maintenance/work-orders", common::work_order("w1")),
    ] {
        Mock::given(method("GET"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(body(item)))
            .mount(&server)
            .await;
    }
    let client = client(&server).await;
    let types: Vec<_> = client
        .get_qualification_types()
        .entity_type(types::EntityType::Worker)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(types[0].id, "qt1");
    let records: Vec<_> = client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Worker)
        .start_time(start())
        .end_time(end())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(records[0].id, "r1");
    let orders: Vec<_> = client
        .get_work_orders()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(orders[0].id, "w1");
}

#[tokio::test]
async fn limit_is_sent_and_an_out_of_range_limit_is_rejected_before_sending() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .limit(512)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(orders.len(), 3);
    assert!(
        server.received_requests().await.unwrap().iter().all(|r| r
            .url
            .query()
            .unwrap()
            .contains("limit=512"))
    );

    let before = server.received_requests().await.unwrap().len();
    for bad in [0, 513] {
        let err = client
            .stream_work_orders()
            .start_time(start())
            .limit(bad)
            .items()
            .try_next()
            .await
            .unwrap_err();
        let said =
            format!("limit: a page limit must be a whole number between 1 and 512, got {bad}");
        assert!(
            matches!(&err, Error::InvalidInput(m) if m.contains(&said)),
            "{err:?}"
        );
    }
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        before,
        "nothing sent"
    );
}

#[tokio::test]
async fn limit_zero_reports_what_a_page_limit_takes() {
    let server = MockServer::start().await;
    let client = client(&server).await;
    let err = client.get_work_orders().limit(0).send().await.unwrap_err();
    let Error::InvalidInput(message) = &err else {
        panic!("expected InvalidInput, got {err:?}");
    };
    // PageLimit's own text, not progenitor's "conversion to `PageLimit` failed".
    let own = samsara::PageLimit::try_from(0u32).unwrap_err().to_string();
    assert_eq!(
        own,
        "a page limit must be a whole number between 1 and 512, got 0"
    );
    assert_eq!(message, &format!("get_work_orders: limit: {own}"));
    assert!(!message.contains("conversion to"), "{message}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

// ---- Follow mode: consecutive windows ----------------------------------------

/// Serves `first` to the feed's first window (from [`start`]), and to every
/// later window (no cursor, a later `startTime`) what `later(n)` says for
/// the n-th of them (from 1).
async fn windows(
    server: &MockServer,
    first: ResponseTemplate,
    later: impl Fn(usize) -> ResponseTemplate + Send + Sync + 'static,
) {
    serve_from(server, "2025-01-01T00:00:00Z", first).await;
    let polls = Mutex::new(0);
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .and(query_param_is_missing("after"))
        .respond_with(move |_: &Request| {
            let mut n = polls.lock().unwrap();
            *n += 1;
            later(*n)
        })
        .with_priority(9)
        .mount(server)
        .await;
}

/// Asserts that `asked` is a feed's windows of one request each, the first
/// from [`start`], each later one from the last one's end, none with a
/// cursor; and that `checkpoints` are each window's end.
fn assert_consecutive_windows(asked: &[Asked], checkpoints: &[Checkpoint]) {
    assert_eq!(asked.len(), checkpoints.len(), "{asked:?}");
    assert_eq!(asked[0].start, start(), "{asked:?}");
    for pair in asked.windows(2) {
        assert_eq!(Some(pair[1].start), pair[0].end, "{asked:?}");
    }
    for (request, checkpoint) in asked.iter().zip(checkpoints) {
        assert_eq!(request.after, None, "{asked:?}");
        assert!(request.end.is_some(), "a feed's request carries endTime");
        assert_eq!(checkpoint.through_time(), request.end, "{checkpoint}");
        assert_eq!(checkpoint.operation(), Some("stream_work_orders"));
    }
}

#[tokio::test]
async fn follow_mode_treats_has_next_page_false_as_the_end_of_a_window_not_of_the_feed() {
    let server = MockServer::start().await;
    // A first window whose last page carries a cursor; then nothing new
    // twice, then order 2.
    windows(&server, page(&["1"], "c1", false), |n| match n {
        3 => page(&["2"], "c2", false),
        _ => page(&[], "", false),
    })
    .await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let mut seen = Vec::new();
    let mut checkpoints = Vec::new();
    while seen.len() < 2 {
        let page = tokio::time::timeout(Duration::from_secs(10), pages.try_next())
            .await
            .expect("the feed keeps going")
            .unwrap()
            .expect("a follow stream does not end");
        seen.extend(page.items.iter().map(|o| o.id.clone()));
        checkpoints.push(page.checkpoint);
    }
    assert_eq!(seen, ["1", "2"]);
    // Each page ends its window: its checkpoint is the window's end, and the
    // next window starts there, without the cursor `c1`.
    assert_eq!(checkpoints.len(), 4);
    assert_consecutive_windows(&asked(&server).await, &checkpoints);
}

#[tokio::test]
async fn a_quiet_feed_reads_window_after_window_each_from_the_last_end() {
    let server = MockServer::start().await;
    windows(&server, page(&[], "", false), |_| page(&[], "", false)).await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let mut checkpoints = Vec::new();
    for _ in 0..3 {
        let page = pages.try_next().await.unwrap().unwrap();
        assert!(page.items.is_empty());
        checkpoints.push(page.checkpoint);
    }
    let times: Vec<_> = checkpoints.iter().map(Checkpoint::through_time).collect();
    assert!(times.windows(2).all(|t| t[0] < t[1]), "{times:?}");
    assert_consecutive_windows(&asked(&server).await, &checkpoints);
}

#[tokio::test]
async fn a_feed_window_whose_last_page_has_no_cursor_is_not_an_error_nor_read_again() {
    let server = MockServer::start().await;
    // Records and `hasNextPage: false` without a cursor: the window's end.
    windows(&server, page(&["1"], "", false), |_| page(&[], "", false)).await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let first = pages.try_next().await.unwrap().unwrap();
    assert_eq!(ids(&first.items), ["1"]);
    let second = pages.try_next().await.unwrap().unwrap();
    assert!(second.items.is_empty(), "order 1 is not delivered again");
    assert_consecutive_windows(
        &asked(&server).await,
        &[first.checkpoint, second.checkpoint],
    );
}

// ---- Window ends and the settle delay ------------------------------------------

#[tokio::test]
async fn a_window_without_end_time_ends_at_the_clock_less_the_settle_delay_fixed_when_it_starts() {
    let five = Duration::from_secs(5);
    // (client's settle, stream's settle) -> the delay the window ends by
    for (on_client, on_stream, delay) in [
        (None, None, DEFAULT_SETTLE),
        (Some(Duration::ZERO), None, Duration::ZERO),
        (None, Some(five), five),
        (Some(Duration::ZERO), Some(five), five),
    ] {
        let case = format!("client {on_client:?}, stream {on_stream:?}");
        let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
        let mut client = builder(&server);
        if let Some(settle) = on_client {
            client = client.settle(settle);
        }
        let client = client.build().unwrap();
        let mut paginator = client.stream_work_orders().start_time(start()).paginate();
        if let Some(settle) = on_stream {
            paginator = paginator.settle(settle);
        }
        let before = Utc::now();
        let pages: Vec<_> = paginator.pages().try_collect().await.unwrap();
        let after = Utc::now();
        let ends: Vec<DateTime<Utc>> = asked(&server)
            .await
            .iter()
            .map(|a| a.end.expect("endTime is sent"))
            .collect();
        assert!(
            ends.windows(2).all(|w| w[0] == w[1]),
            "{case}: one endTime for the whole window: {ends:?}"
        );
        let end = ends[0];
        let delay = chrono::Duration::from_std(delay).unwrap();
        assert!(
            end >= (before - delay).trunc_subsecs(3) && end <= after - delay,
            "{case}: {end} is not the clock less {delay} ({before} .. {after})"
        );
        assert_eq!(end, end.trunc_subsecs(3), "{case}: to the millisecond");
        assert_eq!(pages.last().unwrap().checkpoint.through_time(), Some(end));
        let all: Vec<_> = pages.iter().flat_map(|p| ids(&p.items)).collect();
        assert_eq!(all, ["1", "2", "3"], "{case}");
    }
}

#[tokio::test]
async fn checkpoints_are_never_empty_and_the_last_is_the_window_end() {
    let (server, _) = feed(&["1", "2", "3", "4", "5"], Style::Window).await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect()
        .await
        .unwrap();
    let checkpoints: Vec<String> = pages.iter().map(|p| p.checkpoint.to_string()).collect();
    // Pinned: the fingerprint of stream_work_orders without filters, which a
    // persisted checkpoint must keep matching after an upgrade.
    let scope = "stream_work_orders;filters=cbf29ce484222325";
    let window = "start=2025-01-01T00:00:00Z;end=2025-02-01T00:00:00Z";
    assert_eq!(
        checkpoints,
        [
            format!("{scope};{window};after:pos-2"),
            format!("{scope};{window};after:pos-4"),
            format!("{scope};through:2025-02-01T00:00:00Z"),
        ]
    );
    assert_eq!(
        pages.last().unwrap().end_cursor,
        "",
        "the API's own last cursor is empty"
    );
}

#[tokio::test]
async fn resuming_from_the_final_checkpoint_delivers_nothing_and_sends_nothing() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let last = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .pop()
        .unwrap()
        .checkpoint;
    let sent = server.received_requests().await.unwrap().len();
    let again: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .resume(last)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(again.is_empty(), "{:?}", ids(&again));
    assert_eq!(server.received_requests().await.unwrap().len(), sent);
}

#[tokio::test]
async fn the_next_window_and_a_follow_start_where_the_checkpoint_ends() {
    let (server, _) = feed_of(&[("1", time("2025-02-10T00:00:00Z"))], Style::CaughtUp).await;
    let client = client(&server).await;
    let later: DateTime<Utc> = "2025-03-01T00:00:00Z".parse().unwrap();
    let through = Checkpoint::through(end());
    let window: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(later)
        .paginate()
        .resume(through.clone())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&window), ["1"]);
    let mut follow = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .resume(through)
        .items();
    assert_eq!(next(&mut follow).await.id, "1");
    let asked = asked(&server).await;
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(asked.iter().all(|a| a.start == end()), "{asked:?}");
    assert_eq!(asked[0].end, Some(later));
    assert!(asked[1].end.is_some_and(|e| e > later), "{asked:?}");
}

#[tokio::test]
async fn a_time_checkpoint_cannot_resume_a_list_without_times() {
    let (server, _) = feed(&["1"], Style::Window).await;
    let client = client(&server).await;
    let err = client
        .get_work_orders()
        .paginate()
        .resume(Checkpoint::through(end()))
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("no startTime")),
        "{err:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_item_stream_reports_the_checkpoint_of_the_last_finished_page() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items();
    assert_eq!(items.checkpoint(), None);
    items.try_next().await.unwrap();
    items.try_next().await.unwrap();
    assert_eq!(
        items.checkpoint(),
        None,
        "page 1 is consumed only when item 3 is asked for"
    );
    items.try_next().await.unwrap();
    assert_eq!(
        items.checkpoint().map(Checkpoint::position),
        Some(&Position::After("pos-2".into()))
    );
    assert!(items.try_next().await.unwrap().is_none());
    assert_eq!(
        items.checkpoint().map(Checkpoint::position),
        Some(&Position::Through(end()))
    );
}

// ---- Odd records and null lists ------------------------------------------------

fn raw_page(data: Value, cursor: &str, more: bool) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(
        json!({"data": data, "pagination": {"endCursor": cursor, "hasNextPage": more}}),
    )
}

/// A work order as the API may send it against the spec: `assetId` missing.
fn odd_work_order(id: &str) -> Value {
    let mut order = common::work_order(id);
    order.as_object_mut().unwrap().remove("assetId");
    order
}

#[tokio::test]
async fn null_lists_inside_qualification_fields_read_as_empty() {
    let server = MockServer::start().await;
    let fields = json!([
        {"id": "cb", "type": "check_boxes", "checkBoxesValue": {"value": null, "valueIds": null}},
        {"id": "m", "type": "media", "mediaList": null},
        {"id": "t3", "type": "table", "tableValue": {"rows": [{"id": "row1", "cells": [
            {"id": "c", "type": "media", "mediaValue": {"mediaList": null}}]}]}},
        {"id": "t", "type": "table", "tableValue": {"columns": null, "rows": [{"id": "row1", "cells": null}]}},
        {"id": "t2", "type": "table", "tableValue": {"columns": null, "rows": null}},
    ]);
    let mut record = common::record("r1", fields);
    record["externalIds"] = Value::Null;
    Mock::given(method("GET"))
        .and(path("/qualification-records/stream"))
        .respond_with(raw_page(json!([record]), "", false))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Worker)
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert!(pages[0].rejected.is_empty(), "{:?}", pages[0].rejected);
    let record = &pages[0].items[0];
    let fields = &record.fields;
    let check_boxes = fields[0].check_boxes_value.as_ref().unwrap();
    assert!(check_boxes.value.is_empty() && check_boxes.value_ids.is_empty());
    assert!(
        fields[1].media_list.is_none(),
        "an optional list: null is None"
    );
    let cell = &fields[2].table_value.as_ref().unwrap().rows[0].cells[0];
    assert!(cell.media_value.as_ref().unwrap().media_list.is_empty());
    let table = fields[3].table_value.as_ref().unwrap();
    assert!(table.columns.is_empty() && table.rows[0].cells.is_empty());
    let empty = fields[4].table_value.as_ref().unwrap();
    assert!(empty.columns.is_empty() && empty.rows.is_empty());
}

#[tokio::test]
async fn null_lists_read_as_empty() {
    let server = MockServer::start().await;
    let mut order = common::work_order("1");
    order["serviceTaskInstances"] = Value::Null;
    order["items"] = Value::Null;
    serve(&server, None, raw_page(json!([order]), "c1", true)).await;
    serve(&server, Some("c1"), raw_page(Value::Null, "", false)).await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(ids(&pages[0].items), ["1"]);
    assert!(pages[1].items.is_empty() && pages[1].rejected.is_empty());
}

#[tokio::test]
async fn an_odd_record_is_surfaced_in_place_and_the_stream_goes_on() {
    let server = MockServer::start().await;
    let first = json!([
        common::work_order("1"),
        odd_work_order("2"),
        common::work_order("3")
    ]);
    serve(&server, None, raw_page(first, "c1", true)).await;
    serve(&server, Some("c1"), page(&["4"], "", false)).await;
    let client = client(&server).await;
    let results: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .items()
        .collect()
        .await;
    let shown: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(order) => order.id.clone(),
            Err(Error::Record(odd)) => format!("odd {}", odd.id.as_deref().unwrap()),
            Err(e) => panic!("{e}"),
        })
        .collect();
    assert_eq!(shown, ["1", "odd 2", "3", "4"]);
    let odd = results[1].as_ref().unwrap_err().record().unwrap();
    assert_eq!(odd.index, 1);
    assert_eq!(odd.path, "data[1]");
    assert!(odd.message.contains("assetId"), "{}", odd.message);
    assert_eq!(odd.raw_json(), odd_work_order("2"));
    assert_eq!(odd.operation, "stream_work_orders");
    let text = results[1].as_ref().unwrap_err().to_string();
    assert!(
        text.contains("record 2") && text.contains("data[1]"),
        "{text}"
    );
}

#[tokio::test]
async fn pages_keep_odd_records_beside_the_good_ones_and_the_checkpoint_moves_past_them() {
    let server = MockServer::start().await;
    let mut bad_time = common::work_order("3");
    bad_time["createdAtTime"] = json!("yesterday");
    let mut fraction = common::work_order("4");
    fraction["odometerMeters"] = json!(12.5);
    let first = json!([
        odd_work_order("2"),
        bad_time,
        common::work_order("5"),
        fraction
    ]);
    serve(&server, None, raw_page(first, "c1", true)).await;
    serve(&server, Some("c1"), page(&["6"], "", false)).await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&pages[0].items), ["5"]);
    let rejected: Vec<(usize, &str)> = pages[0]
        .rejected
        .iter()
        .map(|r| (r.index, r.path.as_str()))
        .collect();
    assert_eq!(
        rejected,
        [
            (0, "data[0]"),
            (1, "data[1].createdAtTime"),
            (3, "data[3].odometerMeters")
        ]
    );
    assert_eq!(
        pages[0].checkpoint.position(),
        &Position::After("c1".into())
    );
    // Resuming from that checkpoint never meets the odd records again.
    let rest: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .resume(pages[0].checkpoint.clone())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&rest), ["6"]);
}

#[tokio::test]
async fn try_collect_stops_at_the_first_odd_record() {
    let server = MockServer::start().await;
    serve(
        &server,
        None,
        raw_page(
            json!([common::work_order("1"), odd_work_order("2")]),
            "",
            false,
        ),
    )
    .await;
    let client = client(&server).await;
    let err = window_error(&client).await;
    assert_eq!(err.record().and_then(|r| r.id.as_deref()), Some("2"));
}

#[tokio::test]
async fn a_broken_envelope_still_fails_the_page_naming_the_path() {
    let server = MockServer::start().await;
    serve(
        &server,
        None,
        ResponseTemplate::new(200)
            .set_body_json(json!({"data": [], "pagination": {"endCursor": 5}})),
    )
    .await;
    let client = client(&server).await;
    let err = window_error(&client).await;
    assert!(
        matches!(&err, Error::Decode { path, .. } if path.starts_with("pagination")),
        "{err:?}"
    );
}

#[tokio::test]
async fn follow_mode_refuses_lists_windows_and_complete_checkpoints_before_sending() {
    let (server, _) = feed(&["1"], Style::CaughtUp).await;
    let client = client(&server).await;
    let interval = Duration::from_millis(10);
    let errors = [
        client
            .get_work_orders()
            .follow(interval)
            .items()
            .try_next()
            .await
            .unwrap_err(),
        client
            .stream_work_orders()
            .start_time(start())
            .end_time(end())
            .follow(interval)
            .items()
            .try_next()
            .await
            .unwrap_err(),
        client
            .stream_work_orders()
            .start_time(start())
            .follow(interval)
            .resume(Position::Complete.into())
            .items()
            .try_next()
            .await
            .unwrap_err(),
    ];
    let why = [
        ("follow mode", "a list"),
        ("follow mode", "no endTime"),
        ("complete", "cannot start a feed"),
    ];
    for (err, (what, why)) in errors.iter().zip(why) {
        assert!(
            matches!(err, Error::InvalidInput(m) if m.contains(what) && m.contains(why)),
            "{err:?}"
        );
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn follow_mode_follows_empty_pages_that_promise_more_at_once() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&[], "c2", true)).await;
    serve(&server, Some("c2"), page(&[], "c3", true)).await;
    serve(&server, Some("c3"), page(&["2"], "c4", false)).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_secs(30))
        .items();
    let mut seen = Vec::new();
    for _ in 0..2 {
        let next = next_within(
            &mut items,
            2,
            "no 30 s wait between pages that promise more",
        )
        .await;
        seen.push(next.id);
    }
    assert_eq!(seen, ["1", "2"]);
}

/// A page carrying Samsara's clock: `Date` 2025-10-21T07:28:00Z, more than a
/// year behind the test's.
fn dated(response: ResponseTemplate) -> ResponseTemplate {
    response.insert_header("date", "Tue, 21 Oct 2025 07:28:00 GMT")
}

/// Reads a window `[start, requested)` from a server whose clock (`Date`) is
/// 2025-10-21T07:28:00Z, with the default settle delay, and asserts that it
/// ends at that clock less the settle delay (within the second after it), set
/// aside its first answer (from the client's clock, ahead) and delivered each
/// order once.
async fn assert_read_to_samsaras_clock(requested: DateTime<Utc>) {
    let samsara_now = time("2025-10-21T07:28:00Z");
    let settled = samsara_now - chrono::Duration::from_std(DEFAULT_SETTLE).unwrap();
    let server = MockServer::start().await;
    serve(&server, None, dated(page(&["1"], "c1", true))).await;
    serve(&server, Some("c1"), dated(page(&["2"], "", false))).await;
    let client = builder(&server).build().unwrap();
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(requested)
        .pages()
        .try_collect()
        .await
        .unwrap();
    // The first answer is set aside, not delivered: each order once.
    let delivered: Vec<_> = pages.iter().flat_map(|p| ids(&p.items)).collect();
    assert_eq!(delivered, ["1", "2"], "{requested}");
    let through = pages.last().unwrap().checkpoint.through_time().unwrap();
    assert!(
        through >= settled && through < settled + chrono::Duration::seconds(1),
        "{requested}: {through} is not Samsara's clock less the settle delay"
    );
    let asked = asked(&server).await;
    assert_eq!(asked.len(), 3, "{requested}: {asked:?}");
    assert!(
        asked[0].end.unwrap() > through,
        "the first request's end came from the client's clock: {asked:?}"
    );
    assert_eq!(
        (asked[1].after.as_deref(), asked[1].end),
        (None, Some(through)),
        "{requested}: the window asked again from its start"
    );
    assert_eq!(
        (asked[2].after.as_deref(), asked[2].end),
        (Some("c1"), Some(through))
    );
}

#[tokio::test]
async fn a_client_clock_ahead_of_samsaras_reads_the_window_again_with_an_earlier_end() {
    // An end far in both clocks' future.
    assert_read_to_samsaras_clock(time("2030-01-01T00:00:00Z")).await;
}

/// The window's end is "the `endTime` asked for, but never later than
/// Samsara's clock less the settle delay" (crate::pagination), also for an
/// end asked for between Samsara's clock and the client's, ahead of it.
#[tokio::test]
async fn an_end_in_samsaras_future_but_the_clients_past_is_read_to_samsaras_clock() {
    assert_read_to_samsaras_clock(time("2025-12-01T00:00:00Z")).await;
}

/// A sync job resumes with the request it started with: a cursor checkpoint
/// of the window `[t0, t1)` resumes a request that sets `[t0, t1)`, whatever
/// precision `t0` and `t1` had (Samsara's is the millisecond).
#[tokio::test]
async fn a_cursor_checkpoint_resumes_the_request_it_came_from_at_any_precision() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let (t0, t1) = (
        time("2025-01-01T00:00:00.000250Z"),
        time("2025-02-01T00:00:00.123456789Z"),
    );
    let request = || client.stream_work_orders().start_time(t0).end_time(t1);
    let first = request().pages().try_next().await.unwrap().unwrap();
    assert_eq!(ids(&first.items), ["1", "2"]);
    let rest: Vec<_> = request()
        .paginate()
        .resume(first.checkpoint)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&rest), ["3"]);
}

#[tokio::test]
async fn an_end_in_the_past_of_samsaras_clock_is_taken_as_it_is() {
    let server = MockServer::start().await;
    serve(&server, None, dated(page(&["1"], "", false))).await;
    let client = client(&server).await;
    let past = time("2025-10-21T07:27:59.900Z");
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(past)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages[0].checkpoint.through_time(), Some(past));
    let asked = asked(&server).await;
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(asked[0].end, Some(past));
}

/// Samsara refusing a cursor (a plain 400: its message is not to be relied on).
fn refused() -> ResponseTemplate {
    ResponseTemplate::new(400).set_body_json(json!({"message": "Bad Request", "requestId": "r"}))
}

/// Serves `response` to a request without a cursor from `start_time`.
async fn serve_from(server: &MockServer, start_time: &str, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .and(query_param_is_missing("after"))
        .and(query_param("startTime", start_time))
        .respond_with(response)
        .mount(server)
        .await;
}

/// The next item of a feed that must come within `seconds`.
async fn next_within(
    items: &mut StreamWorkOrdersItems,
    seconds: u64,
    why: &str,
) -> types::WorkOrder {
    tokio::time::timeout(Duration::from_secs(seconds), items.try_next())
        .await
        .expect(why)
        .unwrap()
        .unwrap()
}

fn order_at(id: &str, updated: &str) -> Value {
    let mut order = common::work_order(id);
    order["updatedAtTime"] = json!(updated);
    order
}

#[tokio::test]
async fn a_window_whose_cursor_is_refused_mid_stream_still_fails() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(
        &server,
        Some("c1"),
        ResponseTemplate::new(410).set_body_json(json!({"message": "Gone", "requestId": "r"})),
    )
    .await;
    let client = client(&server).await;
    assert!(matches!(
        window_error(&client).await,
        Error::CursorExpired(_)
    ));
}

#[tokio::test]
async fn a_feed_whose_cursor_is_refused_mid_window_ends_with_the_error() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), refused()).await;
    let client = client(&server).await;
    let results = tokio::time::timeout(
        Duration::from_secs(10),
        client
            .stream_work_orders()
            .start_time(start())
            .follow(Duration::from_millis(20))
            .pages()
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends instead of starting again");
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(ids(&results[0].as_ref().unwrap().items), ["1"]);
    assert!(
        matches!(&results[1], Err(Error::CursorExpired(_))),
        "{results:?}"
    );
    let asked = asked(&server).await;
    assert_eq!(asked.len(), 2, "no probe, no restart: {asked:?}");
    assert_eq!(asked[1].after.as_deref(), Some("c1"));
}

#[tokio::test]
async fn an_odd_record_of_a_feed_is_surfaced_once_across_windows() {
    let server = MockServer::start().await;
    let mut odd = order_at("9", "2025-01-02T00:00:00Z");
    odd.as_object_mut().unwrap().remove("assetId");
    let first = json!([order_at("1", "2025-01-01T00:00:00Z"), odd]);
    windows(&server, raw_page(first, "c1", false), |_| {
        page(&[], "", false)
    })
    .await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let (mut good, mut odd) = (0, 0);
    let mut checkpoints = Vec::new();
    // The first window, then a few later ones.
    for _ in 0..4 {
        let page = tokio::time::timeout(Duration::from_secs(10), pages.try_next())
            .await
            .expect("the feed goes on")
            .unwrap()
            .unwrap();
        good += page.items.len();
        odd += page.rejected.len();
        checkpoints.push(page.checkpoint);
    }
    assert_eq!((good, odd), (1, 1), "each record once");
    assert_consecutive_windows(&asked(&server).await, &checkpoints);
}
