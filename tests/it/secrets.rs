//! The token never appears in `Debug`/`Display` output or in any log line,
//! at any level, while requests, retries and errors happen. Alone in its test
//! binary: `tracing`'s callsite cache is process-wide.

use std::sync::{Arc, Mutex};

use common::{create_work_order, get_work_orders};
use samsara::Client;
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common;

const TOKEN: &str = "sekrit-token-7f3a9";
const PROVIDED: &str = "sekrit-access-token-2c1d";

/// Always the same access token.
struct Provided;

impl samsara::auth::TokenProvider for Provided {
    fn token(
        &self,
    ) -> futures::future::BoxFuture<'_, Result<samsara::auth::AccessToken, samsara::auth::TokenError>>
    {
        Box::pin(async { Ok(samsara::auth::AccessToken::new(PROVIDED)) })
    }
}

fn builder(url: &str) -> samsara::ClientBuilder {
    common::quick_client(TOKEN, url)
}

fn ok_page() -> ResponseTemplate {
    common::one_order_page()
}

/// Captures everything `tracing` writes, at every level.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_token_appears_in_no_debug_output_and_no_log_line() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    let throttled = ResponseTemplate::new(429)
        .insert_header("retry-after", "0.01")
        .set_body_json(json!({"message": "slow", "requestId": "rq-1"}));
    common::flaky(
        &server,
        "GET",
        "/maintenance/work-orders",
        throttled,
        1,
        ok_page(),
    )
    .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"message": "Unauthorized", "requestId": "rq-2"})),
        )
        .mount(&server)
        .await;
    let builder = builder(&server.uri());
    let mut shown = format!("{builder:?}");
    let client = builder.build().unwrap();
    shown += &format!("{client:?}");
    get_work_orders(&client).await.unwrap();
    let err = create_work_order(&client).await.unwrap_err();
    shown += &format!("{err:?} {err}");
    let config_err = Client::builder()
        .token(TOKEN)
        .base_url("http://example.com")
        .build()
        .unwrap_err();
    shown += &format!("{config_err:?} {config_err}");

    // An access token from a provider, refused twice (renewed once after
    // the first 401): in no span, log line, `Debug` or error either.
    let provided = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"message": "Unauthorized", "requestId": "rq-3"})),
        )
        .mount(&provided)
        .await;
    let client = common::quick_client("unused", &provided.uri())
        .token_provider(Provided)
        .build()
        .unwrap();
    shown += &format!("{client:?}");
    let err = get_work_orders(&client).await.unwrap_err();
    shown += &format!("{err:?} {err}");
    let sent = provided.received_requests().await.unwrap();
    assert_eq!(sent.len(), 2, "sent again once with a renewed token");
    assert_eq!(
        sent[1].headers["authorization"],
        format!("Bearer {PROVIDED}").as_str()
    );

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        !logs.contains(PROVIDED),
        "the provided token leaked into logs"
    );
    assert!(
        !shown.contains(PROVIDED),
        "the provided token leaked: {shown}"
    );
    assert!(
        logs.contains("samsara.request"),
        "spans were logged: {logs}"
    );
    assert!(logs.contains("retrying"), "the retry was logged: {logs}");
    assert!(
        logs.contains("rq-1") || logs.contains("request_id"),
        "request ids are logged: {logs}"
    );
    assert!(!logs.contains(TOKEN), "token leaked into logs");
    assert!(
        !shown.contains(TOKEN),
        "token leaked into Debug/Display: {shown}"
    );
    // The request itself did carry the token.
    assert_eq!(
        server.received_requests().await.unwrap()[0].headers["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );
}
