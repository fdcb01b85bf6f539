//! The request pipeline's extension points: interceptors, token providers
//! (tokens that expire, renewed before expiry and once after a 401),
//! per-request timeouts, and what the transport reports (spans, metrics),
//! with no token anywhere.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use futures::future::BoxFuture;
use samsara::auth::{AccessToken, REFRESH_MARGIN, TokenError, TokenProvider};
use samsara::interceptor::{AttemptRequest, AttemptResponse, Interceptor, Refusal};
use samsara::prelude::*;
use samsara_mock::{MockConfig, MockServer as FakeServer};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{self, flaky, quick_client};

/// Adds `x-audit-attempt: <n>` and remembers what it saw.
#[derive(Default)]
struct Audit {
    seen: Mutex<Vec<(u32, Option<u16>)>>,
    saw_authorization: Mutex<bool>,
}

impl Interceptor for Audit {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
        if request.headers().contains_key("authorization") {
            *self.saw_authorization.lock().unwrap() = true;
        }
        let attempt = request.attempt().to_string();
        let headers = request.headers_mut();
        headers.insert("x-audit-attempt", attempt.parse().unwrap());
        // Neither can be changed by an interceptor.
        headers.insert("authorization", "Bearer not-the-token".parse().unwrap());
        headers.insert("accept-encoding", "identity".parse().unwrap());
        Ok(())
    }

    fn after_response(&self, response: &AttemptResponse<'_>) {
        self.seen
            .lock()
            .unwrap()
            .push((response.attempt(), response.status().map(|s| s.as_u16())));
    }
}

#[tokio::test]
async fn an_interceptor_adds_a_header_seen_by_the_server_on_every_attempt_retries_included() {
    let server = MockServer::start().await;
    flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(503),
        2,
        common::one_order_page(),
    )
    .await;
    let audit = Arc::new(Audit::default());
    let client = quick_client("tok-1", &server.uri())
        .interceptor(audit.clone())
        .build()
        .unwrap();
    let page = common::get_work_orders(&client).await.unwrap();
    assert_eq!(page.data.len(), 1);

    let requests = server.received_requests().await.unwrap();
    let attempts: Vec<&str> = requests
        .iter()
        .map(|r| r.headers["x-audit-attempt"].to_str().unwrap())
        .collect();
    assert_eq!(attempts, ["1", "2", "3"], "the header on every attempt");
    for request in &requests {
        assert_eq!(request.headers["authorization"], "Bearer tok-1");
        assert_ne!(request.headers["accept-encoding"], "identity");
    }
    assert!(
        !*audit.saw_authorization.lock().unwrap(),
        "the token is never shown"
    );
    assert_eq!(
        *audit.seen.lock().unwrap(),
        [(1, Some(503)), (2, Some(503)), (3, Some(200))]
    );
}

struct Refuse;

impl Interceptor for Refuse {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
        if request.operation().is_read() {
            Ok(())
        } else {
            Err("writes are frozen".into())
        }
    }
}

#[tokio::test]
async fn an_interceptor_that_refuses_a_request_sends_nothing() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = quick_client("t", &server.uri())
        .interceptor(Refuse)
        .build()
        .unwrap();
    let err = common::create_work_order(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::Refused { operation, reason } if operation == "post_work_orders" && reason == "writes are frozen"),
        "{err:?}"
    );
    assert!(!err.is_retryable());
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Hands out the fake server's OAuth access tokens: the first with
/// `first_lifetime` (reported as `reported`), then ones that last an hour.
struct Issuer {
    server: Arc<FakeServer>,
    calls: AtomicU32,
    first_lifetime: Duration,
    reported: Option<Duration>,
}

impl TokenProvider for Issuer {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move {
            let first = self.calls.fetch_add(1, Ordering::SeqCst) == 0;
            let lifetime = if first {
                self.first_lifetime
            } else {
                Duration::from_secs(3600)
            };
            let token = AccessToken::new(self.server.issue_access_token(lifetime));
            Ok(match (first, self.reported) {
                (true, Some(reported)) => token.expires_in(reported),
                _ => token,
            })
        })
    }
}

async fn fake_server() -> Arc<FakeServer> {
    let config = MockConfig::default().records(60);
    Arc::new(FakeServer::start(config).await.unwrap())
}

/// Reads every work order, 10 per page, pausing between pages so that the
/// backfill outlives a short-lived token.
async fn backfill(client: &Client) -> Result<usize, Error> {
    let mut pages = client.get_work_orders().limit(10).pages();
    let mut count = 0;
    while let Some(page) = pages.try_next().await? {
        count += page.items.len();
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
    Ok(count)
}

#[tokio::test]
async fn a_token_that_expires_mid_backfill_is_renewed_once_and_the_backfill_completes() {
    let server = fake_server().await;
    let issuer = Arc::new(Issuer {
        server: server.clone(),
        calls: AtomicU32::new(0),
        first_lifetime: Duration::from_millis(100),
        reported: None,
    });
    let client = quick_client("unused", &server.url())
        .token_provider(issuer.clone())
        .build()
        .unwrap();
    // A clone shares the token: one fetch serves both.
    let other = client.clone();
    assert_eq!(backfill(&other).await.unwrap(), 60);
    assert_eq!(
        issuer.calls.load(Ordering::SeqCst),
        2,
        "fetched, then renewed once"
    );
    assert_eq!(
        server.stats().unauthorized,
        1,
        "one 401, for the expired token"
    );
    assert_eq!(backfill(&client).await.unwrap(), 60);
    assert_eq!(issuer.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_token_about_to_expire_is_renewed_before_it_is_sent() {
    let server = fake_server().await;
    // Reported as living 300 ms: used for the first pages, then renewed
    // (half its lifetime before its expiry) before any request is refused.
    let issuer = Arc::new(Issuer {
        server: server.clone(),
        calls: AtomicU32::new(0),
        first_lifetime: REFRESH_MARGIN,
        reported: Some(Duration::from_millis(300)),
    });
    let client = quick_client("unused", &server.url())
        .token_provider(issuer.clone())
        .build()
        .unwrap();
    assert_eq!(backfill(&client).await.unwrap(), 60);
    assert_eq!(issuer.calls.load(Ordering::SeqCst), 2);
    assert_eq!(server.stats().unauthorized, 0, "renewed before it expired");
}

struct Failing;

impl TokenProvider for Failing {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async { Err(TokenError::msg("the refresh token was revoked")) })
    }
}

#[tokio::test]
async fn a_provider_that_fails_is_a_typed_error_and_nothing_is_sent() {
    let server = MockServer::start().await;
    let client = quick_client("t", &server.uri())
        .token_provider(Failing)
        .build()
        .unwrap();
    let err = common::get_work_orders(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::Token { operation, .. } if operation == "get_work_orders"),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("the refresh token was revoked"),
        "{err}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_per_request_timeout_overrides_the_clients() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(common::one_order_page().set_delay(Duration::from_millis(500)))
        .mount(&server)
        .await;
    let client = quick_client("t", &server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client
        .get_work_orders()
        .send_with_timeout(Duration::from_millis(50))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    let page = client
        .get_work_orders()
        .send_with_timeout(Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(page.data.len(), 1);
}

/// Runs `test` on a current-thread runtime with `recorder` as this thread's
/// metrics recorder: what the calls record, and nothing of other tests.
fn with_metrics<F: std::future::Future>(
    recorder: &metrics_util::debugging::DebuggingRecorder,
    test: impl FnOnce() -> F,
) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    metrics::with_local_recorder(recorder, || runtime.block_on(test()))
}

type Snapshot = Vec<(
    metrics_util::CompositeKey,
    Option<metrics::Unit>,
    Option<metrics::SharedString>,
    metrics_util::debugging::DebugValue,
)>;

fn recorded(snapshot: &Snapshot, name: &str) -> Vec<(Vec<(String, String)>, usize)> {
    use metrics_util::debugging::DebugValue;
    snapshot
        .iter()
        .filter(|(key, ..)| key.key().name() == name)
        .map(|(key, _, _, value)| {
            let labels = key
                .key()
                .labels()
                .map(|l| (l.key().to_owned(), l.value().to_owned()))
                .collect();
            let count = match value {
                DebugValue::Counter(n) => *n as usize,
                DebugValue::Histogram(values) => values.len(),
                DebugValue::Gauge(_) => 1,
            };
            (labels, count)
        })
        .collect()
}

#[test]
fn metrics_follow_opentelemetry_and_show_no_token_nor_query() {
    let recorder = metrics_util::debugging::DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let shown = with_metrics(&recorder, || async {
        let server = MockServer::start().await;
        flaky(
            &server,
            "GET",
            "/maintenance/work-orders",
            ResponseTemplate::new(429).insert_header("retry-after", "0.01"),
            1,
            common::one_order_page(),
        )
        .await;
        let client = quick_client("sekrit-token-9", &server.uri())
            .rate_limit(RateLimit::default())
            .build()
            .unwrap();
        client
            .get_work_orders()
            .ids(vec!["wo-secret-id".to_owned()])
            .send()
            .await
            .unwrap();
        format!("{client:?}")
    });
    let snapshot: Snapshot = snapshotter.snapshot().into_vec();
    let all = format!("{snapshot:?}");
    for secret in ["sekrit-token-9", "wo-secret-id", "ids="] {
        assert!(!all.contains(secret), "{secret} in the metrics: {all}");
    }
    assert!(!shown.contains("sekrit-token-9"), "{shown}");

    let durations = recorded(&snapshot, "http.client.request.duration");
    let statuses: Vec<&str> = durations
        .iter()
        .flat_map(|(labels, _)| labels)
        .filter(|(k, _)| k == "http.response.status_code")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(statuses.len(), 2, "{durations:?}");
    assert!(
        statuses.contains(&"429") && statuses.contains(&"200"),
        "{durations:?}"
    );
    let (labels, _) = &durations[0];
    for (key, value) in [
        ("http.request.method", "GET"),
        ("server.address", "127.0.0.1"),
        ("url.template", "/maintenance/work-orders"),
        ("samsara.operation", "get_work_orders"),
    ] {
        assert!(
            labels.iter().any(|(k, v)| k == key && v == value),
            "{key}={value} missing in {labels:?}"
        );
    }
    assert!(labels.iter().any(|(k, _)| k == "server.port"), "{labels:?}");
    let throttled_attempt = durations
        .iter()
        .find(|(labels, _)| {
            labels
                .iter()
                .any(|(k, v)| k == "http.response.status_code" && v == "429")
        })
        .unwrap();
    assert!(
        throttled_attempt
            .0
            .iter()
            .any(|(k, v)| k == "error.type" && v == "429"),
        "{throttled_attempt:?}"
    );
    assert_eq!(recorded(&snapshot, "samsara.client.throttled")[0].1, 1);
    assert_eq!(recorded(&snapshot, "samsara.client.retries")[0].1, 1);
    assert_eq!(recorded(&snapshot, "samsara.client.pacing.wait")[0].1, 2);
}

#[test]
fn each_page_body_is_read_once() {
    let recorder = metrics_util::debugging::DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let delivered = with_metrics(&recorder, || async {
        let server = FakeServer::start(MockConfig::default().records(30))
            .await
            .unwrap();
        let client = quick_client(server.token(), &server.url()).build().unwrap();
        let mut pages = client.get_work_orders().limit(10).pages();
        let mut n = 0;
        while pages.try_next().await.unwrap().is_some() {
            n += 1;
        }
        (n, server.stats().requests)
    });
    let (pages, requests) = delivered;
    assert_eq!((pages, requests), (3, 3));
    let bodies = recorded(
        &snapshotter.snapshot().into_vec(),
        "http.client.response.body.size",
    );
    assert_eq!(
        bodies.iter().map(|(_, n)| n).sum::<usize>(),
        3,
        "{bodies:?}"
    );
}

#[tokio::test]
async fn a_create_answered_2xx_then_cut_off_is_never_sent_again_even_with_retry_writes() {
    // 201 with `Content-Length: 400`, then 20 bytes and the connection closes.
    let cut = {
        let mut reply = b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: 400\r\nconnection: close\r\n\r\n".to_vec();
        reply.extend_from_slice(br#"{"data": {"id": "7","#);
        reply
    };
    let (url, requests) = common::raw::raw_server(move |_| cut.clone()).await;
    let writes = RetryPolicy {
        retry_writes: true,
        initial_backoff: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    let client = quick_client("t", &url).retry(writes).build().unwrap();
    let err = common::create_work_order(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::OutcomeUnknown { operation, .. } if operation == "post_work_orders"),
        "{err:?}"
    );
    assert!(!err.is_retryable());
    assert_eq!(
        requests.load(Ordering::SeqCst),
        1,
        "sent once, even with retry_writes: a 2xx arrived"
    );
}

/// Never answers.
struct Hung;

impl TokenProvider for Hung {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(futures::future::pending())
    }
}

#[tokio::test]
async fn a_token_provider_that_hangs_is_bounded_by_the_requests_timeout() {
    let server = MockServer::start().await;
    let client = quick_client("t", &server.uri())
        .token_provider(Hung)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client
        .get_work_orders()
        .send_with_timeout(Duration::from_millis(100))
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(&err, Error::Token { .. }), "{err:?}");
    assert!(err.to_string().contains("within 100ms"), "{err}");
}

/// Sets the headers that frame the request.
struct Reframe;

impl Interceptor for Reframe {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
        let headers = request.headers_mut();
        headers.insert("content-length", "3".parse().unwrap());
        headers.insert("content-type", "text/plain".parse().unwrap());
        headers.insert("transfer-encoding", "chunked".parse().unwrap());
        headers.insert("x-kept", "yes".parse().unwrap());
        Ok(())
    }
}

#[tokio::test]
async fn an_interceptor_cannot_reframe_the_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"data": common::work_order("7")})),
        )
        .mount(&server)
        .await;
    let client = quick_client("t", &server.uri())
        .interceptor(Reframe)
        .build()
        .unwrap();
    common::create_work_order(&client).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.headers["x-kept"], "yes");
    assert_eq!(request.headers["content-type"], "application/json");
    let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"assetId": "a1"}),
        "the whole body arrived"
    );
}

/// Records every value a `samsara.request` span's fields are given.
#[derive(Clone, Default)]
struct SpanFields(Arc<Mutex<Vec<(String, String)>>>);

impl SpanFields {
    fn values(&self, field: &str) -> Vec<String> {
        let fields = self.0.lock().unwrap();
        fields
            .iter()
            .filter(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

impl tracing::field::Visit for SpanFields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let value = format!("{value:?}").trim_matches('"').to_owned();
        self.0
            .lock()
            .unwrap()
            .push((field.name().to_owned(), value));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for SpanFields {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if attrs.metadata().name() == "samsara.request" {
            attrs.record(&mut self.clone());
        }
    }

    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        values.record(&mut self.clone());
    }
}

#[tokio::test]
async fn a_call_that_succeeds_after_retries_is_no_error_in_its_span() {
    use tracing_subscriber::layer::SubscriberExt;
    let fields = SpanFields::default();
    let _guard =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(fields.clone()));
    let server = MockServer::start().await;
    flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(503),
        2,
        common::one_order_page(),
    )
    .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    common::get_work_orders(&client).await.unwrap();
    assert_eq!(fields.values("http.response.status_code"), ["200"]);
    assert!(fields.values("error.type").is_empty(), "{:?}", fields.0);
    assert_eq!(fields.values("http.request.resend_count"), ["1", "2"]);
    assert_eq!(fields.values("url.template"), ["/maintenance/work-orders"]);
    assert_eq!(fields.values("http.request.method"), ["GET"]);

    // A call that fails carries its error and Samsara's request id.
    let failing = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(serde_json::json!({"message": "nope", "requestId": "rq-404"})),
        )
        .mount(&failing)
        .await;
    let client = quick_client("t", &failing.uri()).build().unwrap();
    common::get_work_orders(&client).await.unwrap_err();
    assert_eq!(fields.values("error.type"), ["404"]);
    assert_eq!(fields.values("samsara.request_id"), ["rq-404"]);
}

#[tokio::test]
async fn a_given_http_client_keeps_its_own_timeout_unless_one_is_set() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(common::one_order_page().set_delay(Duration::from_millis(400)))
        .mount(&server)
        .await;
    let impatient = || {
        reqwest::Client::builder()
            .timeout(Duration::from_millis(50))
            .build()
            .unwrap()
    };
    let own = quick_client("t", &server.uri())
        .http_client(impatient())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = common::get_work_orders(&own).await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    let patient = quick_client("t", &server.uri())
        .http_client(impatient())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    assert_eq!(
        common::get_work_orders(&patient).await.unwrap().data.len(),
        1
    );
}
