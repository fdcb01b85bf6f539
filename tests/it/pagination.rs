//! Cursor pagination: window and follow modes, empty pages, broken cursors,
//! resume, prefetch. Runs against an in-process HTTP server on loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use samsara::{Checkpoint, Client, Error, Paginate, types};
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

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .token("t")
        .base_url(server.uri())
        // Pacing is tested in tests/reliability.rs; here it would only slow pages down.
        .rate_limit(samsara::RateLimit::Off)
        .build()
        .unwrap()
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
async fn empty_page_repeating_its_cursor_in_window_mode_is_an_error() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), page(&[], "c1", true)).await;
    let client = client(&server).await;
    let err = client
        .stream_work_orders()
        .start_time(start())
        .items()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    match err {
        Error::Pagination(message) => assert!(message.contains("use follow mode"), "{message}"),
        other => panic!("expected a pagination error, got {other:?}"),
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

/// How a [`Feed`] paginates.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    /// A window with `endTime`: `hasNextPage` false on the last page, cursor empty.
    Window,
    /// Samsara's feed contract (no `endTime`): `hasNextPage: false` once the
    /// page holds the last record (with a cursor after it), and
    /// `endCursor: ""` with `hasNextPage: false` when nothing is new.
    CaughtUp,
    /// The older behaviour: a feed always says `hasNextPage: true`, with a cursor.
    AlwaysMore,
}

/// The two feed behaviours every follow test runs against.
const FEEDS: [Style; 2] = [Style::CaughtUp, Style::AlwaysMore];

/// A stateful stream endpoint: records in modification order, cursor `pos-N`.
#[derive(Clone)]
struct Feed {
    records: Arc<Mutex<Vec<&'static str>>>,
    page_size: usize,
    style: Style,
}

impl Respond for Feed {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let after = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "after")
            .map(|(_, v)| v.trim_start_matches("pos-").parse::<usize>().unwrap())
            .unwrap_or(0);
        let records = self.records.lock().unwrap();
        let slice = &records[after.min(records.len())..(after + self.page_size).min(records.len())];
        let next = after + slice.len();
        let more = next < records.len();
        match self.style {
            Style::Window if more => page(slice, &format!("pos-{next}"), true),
            Style::Window => page(slice, "", false),
            Style::CaughtUp if slice.is_empty() => page(slice, "", false),
            Style::CaughtUp => page(slice, &format!("pos-{next}"), more),
            Style::AlwaysMore => page(slice, &format!("pos-{next}"), true),
        }
    }
}

async fn feed(records: &[&'static str], style: Style) -> (MockServer, Feed) {
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

#[tokio::test]
async fn resume_from_a_persisted_cursor_loses_and_repeats_nothing() {
    let all = ["1", "2", "3", "4", "5", "6", "7"];
    let (server, _) = feed(&all, Style::Window).await;
    let client = client(&server).await;

    // First run: store two pages, persist the checkpoint, then "crash".
    let mut stored: Vec<String> = Vec::new();
    let mut saved = Checkpoint::Beginning;
    {
        let mut pages = client
            .stream_work_orders()
            .start_time(start())
            .end_time(end())
            .pages();
        for _ in 0..2 {
            let page = pages.try_next().await.unwrap().unwrap();
            stored.extend(page.items.iter().map(|o| o.id.clone()));
            saved = page.checkpoint;
        }
    }
    // Second run resumes from the persisted cursor.
    let rest: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .resume(saved)
        .items()
        .try_collect()
        .await
        .unwrap();
    stored.extend(rest.into_iter().map(|o| o.id));
    assert_eq!(stored, all, "every record exactly once, in order");
}

#[tokio::test]
async fn follow_mode_picks_up_a_record_created_after_the_first_poll() {
    for style in FEEDS {
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
        seen.push(items.try_next().await.unwrap().unwrap().id);
    }
    // Caught up: the stream polls. A record created now must appear.
    tokio::time::sleep(Duration::from_millis(120)).await;
    feed.records.lock().unwrap().push("4");
    let next = next_within(&mut items, 5, "follow picks it up").await;
    seen.push(next.id);
    assert_eq!(seen, ["1", "2", "3", "4"], "{style:?}");
    let polls = server.received_requests().await.unwrap();
    assert!(
        polls.len() >= 3,
        "{style:?}: kept polling with the last cursor: {} requests",
        polls.len()
    );
    assert!(
        polls
            .iter()
            .skip(1)
            .all(|r| r.url.query().unwrap().contains("after=pos-")),
        "{style:?}: polls resume from the last non-empty cursor"
    );
}

#[tokio::test]
async fn follow_mode_waits_the_interval_between_polls_once_caught_up() {
    for style in FEEDS {
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
        tokio::time::timeout(Duration::from_millis(700), items.collect::<Vec<_>>()).await;
    assert!(collected.is_err(), "{style:?}: follow never ends");
    let requests = server.received_requests().await.unwrap().len();
    // t=0 (data), maybe ~0 (caught up), then one poll per 200 ms: about 5, never dozens.
    assert!(
        (3..=8).contains(&requests),
        "{style:?}: {requests} requests in 700 ms"
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

// ---- Samsara's feed contract -------------------------------------------------

#[tokio::test]
async fn follow_mode_treats_has_next_page_false_as_caught_up_not_the_end() {
    let server = MockServer::start().await;
    // New data with a cursor after it, then nothing new ("" / false), then more.
    serve(&server, None, page(&["1"], "c1", false)).await;
    let polls = Arc::new(Mutex::new(0));
    let counter = polls.clone();
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .and(query_param("after", "c1"))
        .respond_with(move |_: &Request| {
            let mut n = counter.lock().unwrap();
            *n += 1;
            if *n < 3 {
                page(&[], "", false)
            } else {
                page(&["2"], "c2", false)
            }
        })
        .mount(&server)
        .await;
    serve(&server, Some("c2"), page(&[], "", false)).await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let mut seen = Vec::new();
    let mut checkpoints = Vec::new();
    while seen.len() < 2 {
        let page = tokio::time::timeout(Duration::from_secs(5), pages.try_next())
            .await
            .expect("the feed keeps going")
            .unwrap()
            .expect("a follow stream does not end");
        seen.extend(page.items.iter().map(|o| o.id.clone()));
        checkpoints.push(page.checkpoint.to_string());
    }
    assert_eq!(seen, ["1", "2"]);
    // Caught-up pages keep the last non-empty cursor as their checkpoint.
    assert_eq!(
        checkpoints,
        ["after:c1", "after:c1", "after:c1", "after:c2"]
    );
    for request in server.received_requests().await.unwrap().iter().skip(1) {
        assert!(
            !request.url.query().unwrap().contains("endTime"),
            "a feed has no endTime"
        );
    }
}

#[tokio::test]
async fn follow_with_no_cursor_yet_polls_again_from_start_time() {
    let server = MockServer::start().await;
    serve(&server, None, page(&[], "", false)).await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    for _ in 0..3 {
        let page = pages.try_next().await.unwrap().unwrap();
        assert!(page.items.is_empty());
        assert_eq!(page.checkpoint, Checkpoint::Through(start()));
    }
    for request in server.received_requests().await.unwrap() {
        let query = request.url.query().unwrap();
        assert!(!query.contains("after="), "{query}");
        assert!(
            query.contains("startTime=2025-01-01T00%3A00%3A00Z"),
            "{query}"
        );
    }
}

#[tokio::test]
async fn a_feed_page_with_records_but_no_cursor_is_an_error_not_a_replay() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "", false)).await;
    let client = client(&server).await;
    let results: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(
        matches!(&results[0], Err(Error::Pagination(m)) if m.contains("empty endCursor")),
        "{results:?}"
    );
}

// ---- Checkpoints ---------------------------------------------------------------

#[tokio::test]
async fn a_window_without_end_time_is_fixed_at_now_when_the_stream_starts() {
    let (server, _) = feed(&["1", "2", "3"], Style::Window).await;
    let client = client(&server).await;
    let before = Utc::now();
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sent: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "endTime")
                .expect("endTime is sent")
                .1
                .into_owned()
        })
        .collect();
    assert!(
        sent.windows(2).all(|w| w[0] == w[1]),
        "one endTime for the whole window: {sent:?}"
    );
    let end: DateTime<Utc> = sent[0].parse().unwrap();
    assert!(end >= before - chrono::Duration::seconds(1) && end <= Utc::now());
    // The end, or Samsara's clock if that is behind it (its `Date` header has
    // whole seconds).
    match pages.last().unwrap().checkpoint {
        Checkpoint::Through(t) => {
            assert!(
                t <= end && t > end - chrono::Duration::seconds(2),
                "{t} vs {end}"
            )
        }
        ref other => panic!("{other:?}"),
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
    assert_eq!(
        checkpoints,
        ["after:pos-2", "after:pos-4", "through:2025-02-01T00:00:00Z"]
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
    let (server, _) = feed(&["1"], Style::CaughtUp).await;
    let client = client(&server).await;
    let later: DateTime<Utc> = "2025-03-01T00:00:00Z".parse().unwrap();
    let through = Checkpoint::Through(end());
    let _: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(later)
        .paginate()
        .resume(through.clone())
        .items()
        .try_collect()
        .await
        .unwrap();
    let mut follow = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .resume(through)
        .items();
    follow.try_next().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    for request in &requests {
        let query = request.url.query().unwrap();
        assert!(
            query.contains("startTime=2025-02-01T00%3A00%3A00Z"),
            "{query}"
        );
    }
    assert!(
        requests[0]
            .url
            .query()
            .unwrap()
            .contains("endTime=2025-03-01")
    );
}

#[tokio::test]
async fn a_time_checkpoint_cannot_resume_a_list_without_times() {
    let (server, _) = feed(&["1"], Style::Window).await;
    let client = client(&server).await;
    let err = client
        .get_work_orders()
        .paginate()
        .resume(Checkpoint::Through(end()))
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
        items.checkpoint().map(ToString::to_string).as_deref(),
        Some("after:pos-2")
    );
    assert!(items.try_next().await.unwrap().is_none());
    assert_eq!(items.checkpoint(), Some(&Checkpoint::Through(end())));
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
    assert_eq!(pages[0].checkpoint, Checkpoint::after("c1").unwrap());
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
            .resume(Checkpoint::Complete)
            .items()
            .try_next()
            .await
            .unwrap_err(),
    ];
    for (err, what) in errors.iter().zip(["a list", "no endTime", "complete"]) {
        assert!(
            matches!(err, Error::InvalidInput(m) if m.contains("follow mode") && m.contains(what)),
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
    serve(&server, Some("c4"), page(&[], "", false)).await;
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

#[tokio::test]
async fn a_window_ending_in_the_servers_future_checkpoints_at_the_servers_clock() {
    let server = MockServer::start().await;
    let date = "Tue, 21 Oct 2025 07:28:00 GMT";
    serve(
        &server,
        None,
        page(&["1"], "c1", true).insert_header("date", date),
    )
    .await;
    serve(
        &server,
        Some("c1"),
        page(&["2"], "", false).insert_header("date", date),
    )
    .await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time("2030-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap())
        .pages()
        .try_collect()
        .await
        .unwrap();
    let server_now: DateTime<Utc> = "2025-10-21T07:28:00Z".parse().unwrap();
    match pages.last().unwrap().checkpoint {
        // The Date of the last page, plus the few ms since it arrived.
        Checkpoint::Through(t) => assert!(
            t >= server_now && t < server_now + chrono::Duration::seconds(1),
            "{t}"
        ),
        ref other => panic!("{other:?}"),
    }
    // An end in the past of the server's clock is taken as it is.
    let server = MockServer::start().await;
    serve(
        &server,
        None,
        page(&["1"], "", false).insert_header("date", date),
    )
    .await;
    let client = self::client(&server).await;
    let past: DateTime<Utc> = "2025-10-21T07:27:59.900Z".parse().unwrap();
    let pages: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(past)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages[0].checkpoint, Checkpoint::Through(past));
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

/// The next item of a stream that must come within `seconds`.
async fn next_within<'a, R>(
    items: &mut samsara::pagination::Items<'a, R>,
    seconds: u64,
    why: &str,
) -> R::Item
where
    R: Paginate<'a>,
{
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
async fn a_feed_whose_cursor_is_refused_starts_again_from_what_it_delivered_without_repeating() {
    let server = MockServer::start().await;
    let (a, b, c) = (
        "2025-01-01T00:00:00Z",
        "2025-01-02T00:00:00Z",
        "2025-01-03T00:00:00Z",
    );
    // First page: orders 1 and 2; caught up at c1.
    serve_from(
        &server,
        "2025-01-01T00:00:00Z",
        raw_page(json!([order_at("1", a), order_at("2", b)]), "c1", false),
    )
    .await;
    // 30 days later the caught-up feed's cursor is refused.
    serve(&server, Some("c1"), refused()).await;
    // From the newest updatedAtTime delivered: order 2 again, and the new order 3.
    serve_from(
        &server,
        "2025-01-02T00:00:00Z",
        raw_page(json!([order_at("2", b), order_at("3", c)]), "c3", false),
    )
    .await;
    serve(&server, Some("c3"), page(&[], "", false)).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .items();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let next = next_within(&mut items, 5, "the feed goes on").await;
        seen.push(next.id);
    }
    assert_eq!(seen, ["1", "2", "3"], "order 2 is not delivered twice");
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
async fn a_restarted_feed_whose_cursor_is_refused_again_without_progress_ends_with_the_error() {
    let server = MockServer::start().await;
    serve(&server, None, page(&["1"], "c1", true)).await;
    serve(&server, Some("c1"), refused()).await;
    let client = client(&server).await;
    let results = tokio::time::timeout(
        Duration::from_secs(5),
        client
            .stream_work_orders()
            .start_time(start())
            .follow(Duration::from_millis(20))
            .pages()
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends instead of restarting forever");
    assert!(
        matches!(results.last(), Some(Err(Error::CursorExpired(_)))),
        "{results:?}"
    );
    let sent = server.received_requests().await.unwrap().len();
    assert!(sent <= 5, "one restart, not a storm: {sent} requests");
}

#[tokio::test]
async fn a_feed_refused_before_it_delivered_anything_restarts_from_its_start_time() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .and(query_param_is_missing("after"))
        .respond_with(page(&[], "c1", false))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    serve(&server, Some("c1"), refused()).await;
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .and(query_param_is_missing("after"))
        .respond_with(page(&["2"], "c2", false))
        .with_priority(2)
        .mount(&server)
        .await;
    serve(&server, Some("c2"), page(&[], "", false)).await;
    let client = client(&server).await;
    let mut items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .items();
    let next = next_within(&mut items, 5, "the quiet feed goes on").await;
    assert_eq!(next.id, "2");
}

#[tokio::test]
async fn an_odd_record_is_not_surfaced_twice_after_a_restart() {
    let server = MockServer::start().await;
    let mut odd = order_at("9", "2025-01-02T00:00:00Z");
    odd.as_object_mut().unwrap().remove("assetId");
    let first = json!([order_at("1", "2025-01-01T00:00:00Z"), odd.clone()]);
    serve_from(
        &server,
        "2025-01-01T00:00:00Z",
        raw_page(first, "c1", false),
    )
    .await;
    // From the newest updatedAtTime delivered (the odd record's): the odd record again.
    serve_from(
        &server,
        "2025-01-02T00:00:00Z",
        raw_page(json!([odd]), "c2", false),
    )
    .await;
    serve(&server, Some("c2"), page(&[], "", false)).await;
    serve(&server, Some("c1"), refused()).await;
    let client = client(&server).await;
    let mut pages = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(20))
        .pages();
    let (mut good, mut odd) = (0, 0);
    // The first page, the restart's page, then a few caught-up polls.
    for _ in 0..6 {
        let page = tokio::time::timeout(Duration::from_secs(2), pages.try_next())
            .await
            .expect("the feed goes on")
            .unwrap()
            .unwrap();
        good += page.items.len();
        odd += page.rejected.len();
    }
    assert_eq!((good, odd), (1, 1), "each record once");
}
