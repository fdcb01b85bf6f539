//! Reliability: retries (throttle, transient, permanent), Retry-After in both
//! forms, writes not replayed, non-JSON error bodies, stalled bodies,
//! redirects, pacing, and the token kept out of Debug output and logs.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime};

use common::{create_work_order, get_work_orders, work_order};
use samsara::{Client, Error, RetryPolicy};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common;
use crate::common::raw::{chunks, http_reply, raw_server};

const TOKEN: &str = "sekrit-token-7f3a9";

fn builder(url: &str) -> samsara::ClientBuilder {
    common::quick_client(TOKEN, url)
}

fn order() -> serde_json::Value {
    common::work_order("7")
}

fn ok_page() -> ResponseTemplate {
    common::one_order_page()
}

#[tokio::test]
async fn throttled_requests_wait_the_fractional_retry_after() {
    let server = MockServer::start().await;
    let throttled = ResponseTemplate::new(429)
        .insert_header("retry-after", "0.40235")
        .set_body_json(json!({"message": "Rate limit exceeded", "requestId": "r1"}));
    common::flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        throttled,
        1,
        ok_page(),
    )
    .await;
    let client = builder(&server.uri()).build().unwrap();
    let started = Instant::now();
    let page = get_work_orders(&client).await.unwrap();
    assert_eq!(page.data[0].id, "7");
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn throttled_requests_wait_an_http_date_retry_after() {
    let server = MockServer::start().await;
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let throttled = ResponseTemplate::new(429)
        .insert_header("retry-after", at.as_str())
        .set_body_string("slow down");
    common::flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        throttled,
        1,
        ok_page(),
    )
    .await;
    let client = builder(&server.uri()).build().unwrap();
    let started = Instant::now();
    get_work_orders(&client).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn transient_errors_are_retried_for_reads() {
    let server = MockServer::start().await;
    common::flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(503).set_body_string("upstream connect error"),
        2,
        ok_page(),
    )
    .await;
    let client = builder(&server.uri()).build().unwrap();
    get_work_orders(&client).await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn non_json_5xx_body_is_surfaced_with_status_and_snippet() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_string("<html>Bad Gateway: upstream connect error</html>"),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::BAD_GATEWAY));
    assert!(err.is_retryable());
    assert!(
        err.to_string()
            .contains("HTTP 502 Bad Gateway: <html>Bad Gateway: upstream connect error</html>"),
        "{err}"
    );
}

#[tokio::test]
async fn a_4xx_that_is_not_samsaras_json_reaches_the_caller_as_received() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-proxy", "edge-7")
                .set_body_raw("<html>Not Found</html>", "text/html"),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}");
    };
    assert_eq!(api.status, reqwest::StatusCode::NOT_FOUND);
    assert_eq!(api.message.as_deref(), Some("<html>Not Found</html>"));
    assert_eq!(api.request_id, None, "no request id is invented");
    // The error keeps the answer itself: status, headers, body untouched.
    match client.get_work_orders().send_raw().await {
        Err(Error::Api(response)) => {
            assert_eq!(response.status, reqwest::StatusCode::NOT_FOUND);
            assert_eq!(response.headers["content-type"], "text/html");
            assert_eq!(response.headers["x-proxy"], "edge-7");
            assert_eq!(response.message.as_deref(), Some("<html>Not Found</html>"));
        }
        other => panic!("expected the response as received, got {other:?}"),
    }

    // An empty body: the status alone, no message made up for it.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.to_string(), "get_work_orders: HTTP 400 Bad Request");

    // Samsara's own JSON error keeps its message and request id.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"message": "Invalid value for parameter.", "requestId": "8916e1c1"}),
        ))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.request_id(), Some("8916e1c1"));
    assert_eq!(
        err.to_string(),
        "get_work_orders: HTTP 400 Bad Request: Invalid value for parameter. (request id 8916e1c1)"
    );
}

#[tokio::test]
async fn non_json_429_keeps_its_status_and_retry_after_when_retries_run_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "0.05")
                .set_body_string("Too Many Requests"),
        )
        .mount(&server)
        .await;
    // 429s do not count against max_attempts (2 here); from the third in a
    // row the wait is at least the budget-scale backoff (≥ 1 s), past max_elapsed.
    let client = builder(&server.uri())
        .retry(RetryPolicy {
            max_attempts: 2,
            max_elapsed: Duration::from_millis(400),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(err.retry_after(), Some(Duration::from_millis(50)));
    assert!(err.to_string().contains("Too Many Requests"), "{err}");
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_retry_after_of_zero_does_not_become_a_storm() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .retry(RetryPolicy {
            max_elapsed: Duration::from_secs(2),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::TOO_MANY_REQUESTS));
    let sent = server.received_requests().await.unwrap().len();
    assert!(sent <= 5, "{sent} requests in 2 s");
}

#[tokio::test]
async fn creates_are_not_retried_after_a_server_error_unless_opted_in() {
    let server = MockServer::start().await;
    let created = ResponseTemplate::new(200).set_body_json(json!({"data": order()}));
    common::flaky(
        &server,
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(503).set_body_string("unavailable"),
        1,
        created.clone(),
    )
    .await;
    let client = builder(&server.uri()).build().unwrap();
    let err = create_work_order(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "a create that may have been applied is not replayed"
    );

    let opted_in = builder(&server.uri())
        .retry(RetryPolicy {
            retry_writes: true,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    common::flaky(
        &server,
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(503),
        1,
        created,
    )
    .await;
    create_work_order(&opted_in).await.unwrap();
}

#[tokio::test]
async fn a_429_without_retry_after_backs_off_for_about_a_second_on_a_read() {
    let server = MockServer::start().await;
    let throttled = ResponseTemplate::new(429)
        .set_body_json(json!({"message": "Rate limit exceeded", "requestId": "r1"}));
    common::flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        throttled,
        1,
        ok_page(),
    )
    .await;
    // The fast policy of these tests (10 ms backoff) must not shorten a 429's wait.
    let client = builder(&server.uri()).build().unwrap();
    let started = Instant::now();
    get_work_orders(&client).await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(950), "waited {waited:?}");
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test]
async fn two_clients_of_one_token_share_one_budget() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_page())
        .mount(&server)
        .await;
    let paced = || {
        Client::builder()
            .token("shared-budget-token")
            .base_url(server.uri())
            .build()
            .unwrap()
    };
    let (a, b) = (paced(), paced());
    let started = Instant::now();
    // 6 reads of one endpoint, alternating clients: at ≈ 5/s the last one
    // starts ≥ 1 s after the first, whichever client sends it.
    for i in 0..6 {
        get_work_orders(if i % 2 == 0 { &a } else { &b })
            .await
            .unwrap();
    }
    assert!(
        started.elapsed() >= Duration::from_millis(1000),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn more_ids_than_the_api_takes_are_refused_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_page())
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let ids: Vec<String> = (0..101).map(|i| i.to_string()).collect();
    let err = samsara::Call::send(client.get_work_orders().ids(ids))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("ids has 101 values") && m.contains("at most 100")),
        "{err:?}"
    );
    let assets: Vec<String> = (0..51).map(|i| i.to_string()).collect();
    let err = samsara::Call::send(
        client
            .stream_work_orders()
            .start_time(
                "2025-01-01T00:00:00Z"
                    .parse::<chrono::DateTime<chrono::Utc>>()
                    .unwrap(),
            )
            .asset_ids(assets),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("assetIds has 51 values") && m.contains("at most 50")),
        "{err:?}"
    );
    let users: Vec<String> = (0..51).map(|i| i.to_string()).collect();
    let err = samsara::Call::send(
        client
            .stream_work_orders()
            .start_time(
                "2025-01-01T00:00:00Z"
                    .parse::<chrono::DateTime<chrono::Utc>>()
                    .unwrap(),
            )
            .assigned_user_ids(users),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("assignedUserIds has 51 values") && m.contains("at most 50")),
        "{err:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn work_order_lookups_by_many_ids_are_split_into_batches_and_merged() {
    let server = MockServer::start().await;
    // Echo one work order per id asked for (repeated `ids` keys), as one last page.
    Mock::given(method("GET"))
        .respond_with(|request: &wiremock::Request| {
            let data: Vec<Value> = request
                .url
                .query_pairs()
                .filter(|(k, _)| k == "ids")
                .map(|(_, id)| work_order(&id))
                .collect();
            ResponseTemplate::new(200).set_body_json(
                json!({"data": data, "pagination": {"endCursor": "", "hasNextPage": false}}),
            )
        })
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let ids: Vec<String> = (0..250).map(|i| i.to_string()).collect();
    let found = client.work_orders_by_ids(ids.clone(), false).await.unwrap();
    let sizes: Vec<usize> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.query_pairs().filter(|(k, _)| k == "ids").count())
        .collect();
    assert_eq!(sizes, [100, 100, 50]);
    let got: Vec<String> = found.items.into_iter().map(|o| o.id).collect();
    assert_eq!(got, ids);
}

#[tokio::test]
async fn lookups_by_many_ids_are_split_into_batches_and_merged() {
    let server = MockServer::start().await;
    // Echo one record per id asked for.
    Mock::given(method("GET"))
        .respond_with(|request: &wiremock::Request| {
            let ids: Vec<String> = request
                .url
                .query_pairs()
                .filter(|(k, _)| k == "ids")
                .flat_map(|(_, v)| v.split(',').map(str::to_owned).collect::<Vec<_>>())
                .collect();
            let data: Vec<Value> = ids
                .iter()
                .map(|id| {
                    let mut record = common::record(id, json!([]));
                    if id == "150" {
                        record.as_object_mut().unwrap().remove("owner");
                    }
                    record
                })
                .collect();
            ResponseTemplate::new(200).set_body_json(json!({"data": data}))
        })
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let ids = samsara::IdRef::list((0..250).map(|i| i.to_string())).unwrap();
    let found = client
        .qualification_records_by_ids(ids, false)
        .await
        .unwrap();
    let sizes: Vec<usize> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "ids")
                .unwrap()
                .1
                .split(',')
                .count()
        })
        .collect();
    assert_eq!(sizes, [100, 100, 50]);
    assert_eq!(found.items.len(), 249);
    assert_eq!(
        found.rejected.len(),
        1,
        "the odd record is kept, not dropped"
    );
    assert_eq!(found.rejected[0].id.as_deref(), Some("150"));
}

#[tokio::test]
async fn a_create_answered_500_502_503_or_504_has_an_unknown_outcome() {
    // 503 too: a proxy answers it when the upstream connection is reset
    // before the answer's headers, after the create may have arrived.
    for status in [500, 502, 503, 504] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_string("upstream request timeout"))
            .mount(&server)
            .await;
        let client = builder(&server.uri()).build().unwrap();
        let err = create_work_order(&client).await.unwrap_err();
        assert!(
            matches!(err, Error::OutcomeUnknown { .. }),
            "{status}: {err:?}"
        );
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert!(
            err.to_string().contains("upstream request timeout"),
            "{err}"
        );
        assert!(!err.is_retryable(), "repeating it may create a duplicate");
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }
    // 408 says the server did not receive the whole request: an ordinary,
    // retryable error, and the create is retried.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(408).set_body_string("request timeout"))
        .mount(&server)
        .await;
    let once = builder(&server.uri()).retry(RetryPolicy::none());
    let err = create_work_order(&once.build().unwrap()).await.unwrap_err();
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert!(err.is_retryable());
    let server = MockServer::start().await;
    let created = ResponseTemplate::new(200).set_body_json(json!({"data": order()}));
    common::flaky(
        &server,
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(408),
        1,
        created,
    )
    .await;
    create_work_order(&builder(&server.uri()).build().unwrap())
        .await
        .unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// A client that retries at once, at most once (429s: twice, after
/// `Retry-After: 0`), so that every failure is tried quickly.
fn one_quick_retry(url: &str) -> Client {
    builder(url)
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::ZERO,
            max_backoff: Duration::ZERO,
            max_elapsed: Duration::from_millis(500),
            retry_writes: false,
        })
        .build()
        .unwrap()
}

fn status_reply(status: u16) -> Vec<u8> {
    let body = r#"{"message":"no","requestId":"r1"}"#;
    format!(
        "HTTP/1.1 {status} Whatever\r\ncontent-type: application/json\r\nretry-after: 0\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[tokio::test]
async fn every_error_status_is_retried_exactly_when_the_error_says_it_is_retryable() {
    let (mut transient, mut throttled, mut not_sent) = (vec![], vec![], vec![]);
    for status in 400..=599u16 {
        // A read: retried whenever the classification allows.
        let (url, count) = raw_server(move |_| status_reply(status)).await;
        let err = get_work_orders(&one_quick_retry(&url)).await.unwrap_err();
        let attempts = count.load(Ordering::SeqCst);
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
        assert_eq!(
            attempts > 1,
            err.is_retryable(),
            "{status}: {attempts} attempt(s), but is_retryable() is {}",
            err.is_retryable()
        );
        // A create: not replayed once it may have been acted on, and then
        // its outcome is unknown.
        let (url, count) = raw_server(move |_| status_reply(status)).await;
        let err = create_work_order(&one_quick_retry(&url)).await.unwrap_err();
        let create_attempts = count.load(Ordering::SeqCst);
        match &err {
            Error::OutcomeUnknown { .. } => {
                assert_eq!(create_attempts, 1, "{status}");
                assert!(!err.is_retryable());
                transient.push(status);
            }
            Error::Api(_) if err.is_retryable() => {
                assert!(create_attempts > 1, "{status}: {create_attempts}");
                if attempts > 2 {
                    throttled.push(status);
                } else {
                    not_sent.push(status);
                }
            }
            Error::Api(_) => assert_eq!((attempts, create_attempts), (1, 1), "{status}"),
            other => panic!("{status}: {other:?}"),
        }
    }
    // The table in `samsara::retry`'s docs.
    assert_eq!(transient, [500, 502, 503, 504]);
    assert_eq!(throttled, [429]);
    assert_eq!(not_sent, [408]);
}

#[tokio::test]
async fn every_transport_failure_is_retried_exactly_when_the_error_says_it_is_retryable() {
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let client = one_quick_retry(&closed);
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "connect: {err:?}");
    assert!(err.is_retryable(), "connect: {err:?}");

    let (url, count) = raw_server(|_| Vec::new()).await;
    let client = builder(&url)
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::ZERO,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "timeout: {err:?}");
    assert!(err.is_retryable());
    assert_eq!(count.load(Ordering::SeqCst), 2, "timeout");

    let (url, count) = raw_server(|_| cut_mid_body()).await;
    let err = get_work_orders(&one_quick_retry(&url)).await.unwrap_err();
    assert!(err.is_retryable(), "body: {err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 2, "body");

    // A redirect the caller's HTTP client refuses: the same request would
    // be refused again.
    let (url, count) = raw_server(|_| {
        b"HTTP/1.1 302 Found\r\nlocation: /elsewhere\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            .to_vec()
    })
    .await;
    let refusing = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::custom(|a| {
            a.error("no redirects")
        }))
        .build()
        .unwrap();
    let client = builder(&url)
        .http_client(refusing)
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::ZERO,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "redirect: {err:?}");
    assert!(!err.is_retryable(), "redirect: {err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1, "redirect");
}

#[tokio::test]
async fn a_retried_delete_that_finds_nothing_left_succeeds() {
    let server = MockServer::start().await;
    // The first try deletes it, but its answer comes too late; the retry finds nothing.
    common::flaky(
        &server,
        "DELETE",
        "/maintenance/work-orders",
        ResponseTemplate::new(204).set_delay(Duration::from_millis(600)),
        1,
        ResponseTemplate::new(404)
            .set_body_json(json!({"message": "work order not found", "requestId": "r"})),
    )
    .await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    samsara::Call::send(client.delete_work_orders().id("7"))
        .await
        .unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
    // A delete whose first try was answered 404 is still an error.
    let err = samsara::Call::send(client.delete_work_orders().id("8"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn creates_are_retried_after_429_since_nothing_was_applied() {
    let server = MockServer::start().await;
    let throttled = ResponseTemplate::new(429)
        .insert_header("retry-after", "0.01")
        .set_body_json(json!({"message": "slow", "requestId": "x"}));
    common::flaky(
        &server,
        "POST",
        "/maintenance/work-orders",
        throttled,
        1,
        ResponseTemplate::new(200).set_body_json(json!({"data": order()})),
    )
    .await;
    let client = builder(&server.uri()).build().unwrap();
    create_work_order(&client).await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

fn cut_mid_body() -> Vec<u8> {
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\nconnection: close\r\n\r\n{\"data\": {\"id\": \"7\"".to_vec()
}

fn full(body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).into_bytes()
}

#[tokio::test]
async fn a_create_cut_mid_body_is_not_replayed() {
    let (url, count) = raw_server(|_| cut_mid_body()).await;
    let client = builder(&url).build().unwrap();
    let err = create_work_order(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::OutcomeUnknown { operation, .. } if operation == "post_work_orders"),
        "{err:?}"
    );
    assert!(err.to_string().contains("outcome is unknown"), "{err}");
    assert!(!err.is_retryable(), "repeating it may create a duplicate");
    assert_eq!(count.load(Ordering::SeqCst), 1, "POST sent exactly once");
}

#[tokio::test]
async fn a_create_that_times_out_has_an_unknown_outcome_not_a_failure() {
    // The server reads the whole request, then never answers.
    let (url, count) = raw_server(|_| Vec::new()).await;
    let client = builder(&url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = create_work_order(&client).await.unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
    // A read that times out the same way is an ordinary timeout.
    let err = get_work_orders(
        &builder(&url)
            .timeout(Duration::from_millis(300))
            .retry(RetryPolicy::none())
            .build()
            .unwrap(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
}

#[tokio::test]
async fn a_create_that_cannot_connect_is_a_plain_transport_error() {
    // Nothing listens there: the request never left, so the outcome is known.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    let err = create_work_order(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}

#[tokio::test]
async fn a_read_cut_mid_body_says_so_in_the_words_a_compressed_one_does() {
    let (url, _) = raw_server(|_| cut_mid_body()).await;
    let client = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(
        err.to_string().contains("the response body was cut short"),
        "{err}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn a_read_cut_mid_body_is_retried() {
    let page = json!({"data": [order()], "pagination": {"endCursor": "", "hasNextPage": false}})
        .to_string();
    let (url, count) = raw_server(move |n| if n == 0 { cut_mid_body() } else { full(&page) }).await;
    let client = builder(&url).build().unwrap();
    get_work_orders(&client).await.unwrap();
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_stalled_body_times_out_instead_of_hanging() {
    let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"data\": [".to_vec();
    let (url, _) = raw_server(move |_| head.clone()).await;
    // The head and a few bytes arrive, then nothing: the server keeps the socket open.
    let stall_url = url.clone();
    let client = builder(&stall_url)
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let outcome = tokio::time::timeout(Duration::from_secs(10), get_work_orders(&client))
        .await
        .expect("did not hang");
    let err = outcome.unwrap_err();
    assert!(
        matches!(err, Error::Timeout(_) | Error::Transport(_)),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn own_client_does_not_follow_redirects() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(307).insert_header("location", "http://127.0.0.1:9/elsewhere"),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::TEMPORARY_REDIRECT));
}

#[tokio::test]
async fn credentials_do_not_follow_a_redirect_to_another_host() {
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_page())
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    let location = format!("{}/maintenance/work-orders", elsewhere.uri());
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", location.as_str()))
        .mount(&server)
        .await;
    // A caller-supplied client that follows redirects.
    let client = builder(&server.uri())
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    get_work_orders(&client).await.unwrap();
    let forwarded = &elsewhere.received_requests().await.unwrap()[0];
    assert!(
        forwarded.headers.get("authorization").is_none(),
        "the token must not reach another host"
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let err = Client::builder()
        .token(TOKEN)
        .base_url("http://api.samsara.com")
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("refusing plain http")),
        "{err}"
    );
    assert!(
        Client::builder()
            .token(TOKEN)
            .base_url("https://api.samsara.com")
            .build()
            .is_ok()
    );
}

#[tokio::test]
async fn reads_are_paced_to_the_documented_rate() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_page())
        .mount(&server)
        .await;
    let client = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..6 {
        get_work_orders(&client).await.unwrap();
    }
    // Five gaps of ~208 ms (5 requests/s less 4% headroom): never a burst.
    assert!(
        started.elapsed() >= Duration::from_millis(1000),
        "{:?}",
        started.elapsed()
    );
}

/// A 200 response whose body is sent with chunked transfer encoding, in
/// chunks of `piece` bytes, and no `Content-Length`.
#[tokio::test]
async fn a_chunked_body_without_content_length_is_read_whole() {
    let orders: Vec<Value> = (0..300).map(|i| work_order(&i.to_string())).collect();
    let body = serde_json::to_vec(
        &json!({"data": orders, "pagination": {"endCursor": "", "hasNextPage": false}}),
    )
    .unwrap();
    let (url, _) =
        raw_server(move |_| http_reply(&[("transfer-encoding", "chunked")], &chunks(&body, 7_000)))
            .await;
    let client = builder(&url).build().unwrap();
    let page = get_work_orders(&client).await.unwrap();
    assert_eq!(page.data.len(), 300);
    assert_eq!(page.data[299].id, "299");
}
