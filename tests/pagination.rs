//! Cursor pagination: window and follow modes, empty pages, broken cursors,
//! resume, prefetch. Runs against an in-process HTTP server on loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use samsara::{Client, Error, Paginate, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

mod common;

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
            assert!(message.contains("repeat the same items"), "{message}")
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

#[tokio::test]
async fn expired_cursor_is_a_distinct_error() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some("old"),
        ResponseTemplate::new(400).set_body_json(
            json!({"message": "Expired cursor: cursors are valid for 30 days", "requestId": "r1"}),
        ),
    )
    .await;
    let client = client(&server).await;
    let err = client
        .stream_work_orders()
        .start_time(start())
        .paginate()
        .resume("old")
        .pages()
        .try_next()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CursorExpired(_)), "{err:?}");
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

/// A stateful stream endpoint: records in modification order, cursor `pos-N`.
#[derive(Clone)]
struct Feed {
    records: Arc<Mutex<Vec<&'static str>>>,
    page_size: usize,
    window: bool,
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
        page(
            slice,
            &format!("pos-{next}"),
            !self.window || next < records.len(),
        )
    }
}

async fn feed(records: &[&'static str], window: bool) -> (MockServer, Feed) {
    let server = MockServer::start().await;
    let feed = Feed {
        records: Arc::new(Mutex::new(records.to_vec())),
        page_size: 2,
        window,
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
    let (server, _) = feed(&all, true).await;
    let client = client(&server).await;

    // First run: store two pages, persist the cursor, then "crash".
    let mut stored: Vec<String> = Vec::new();
    let mut saved_cursor = String::new();
    {
        let mut pages = client
            .stream_work_orders()
            .start_time(start())
            .end_time(end())
            .pages();
        for _ in 0..2 {
            let page = pages.try_next().await.unwrap().unwrap();
            stored.extend(page.items.iter().map(|o| o.id.clone()));
            saved_cursor = page.end_cursor;
        }
    }
    // Second run resumes from the persisted cursor.
    let rest: Vec<_> = client
        .stream_work_orders()
        .start_time(start())
        .end_time(end())
        .paginate()
        .resume(saved_cursor)
        .items()
        .try_collect()
        .await
        .unwrap();
    stored.extend(rest.into_iter().map(|o| o.id));
    assert_eq!(stored, all, "every record exactly once, in order");
}

#[tokio::test]
async fn follow_mode_picks_up_a_record_created_after_the_first_poll() {
    let (server, feed) = feed(&["1", "2", "3"], false).await;
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
    let next = tokio::time::timeout(Duration::from_secs(5), items.try_next())
        .await
        .expect("follow picks it up")
        .unwrap()
        .unwrap();
    seen.push(next.id);
    assert_eq!(seen, ["1", "2", "3", "4"]);
    let polls = server.received_requests().await.unwrap();
    assert!(
        polls.len() >= 4,
        "kept polling with the last cursor: {} requests",
        polls.len()
    );
    assert!(
        polls
            .iter()
            .skip(2)
            .all(|r| r.url.query().unwrap().contains("after=pos-")),
        "polls resume from the cursor"
    );
}

#[tokio::test]
async fn follow_mode_waits_the_interval_between_polls_once_caught_up() {
    let (server, _) = feed(&["1"], false).await;
    let client = client(&server).await;
    let items = client
        .stream_work_orders()
        .start_time(start())
        .follow(Duration::from_millis(200))
        .items();
    let collected =
        tokio::time::timeout(Duration::from_millis(700), items.collect::<Vec<_>>()).await;
    assert!(collected.is_err(), "follow never ends");
    let requests = server.received_requests().await.unwrap().len();
    // t=0 (data), ~0 (caught up), then one poll per 200 ms: about 5, never dozens.
    assert!((3..=8).contains(&requests), "{requests} requests in 700 ms");
}

#[tokio::test]
async fn prefetch_requests_the_next_page_while_the_current_is_consumed() {
    let (server, _) = feed(&["1", "2", "3", "4", "5"], true).await;
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
    let (server, _) = feed(&["1", "2", "3"], true).await;
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
    let (server, _) = feed(&["1", "2", "3"], true).await;
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
        assert!(
            matches!(&err, Error::InvalidInput(m) if m.contains("for limit failed")),
            "{err:?}"
        );
    }
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        before,
        "nothing sent"
    );
}
