//! Helpers shared by the integration tests: JSON bodies of the API's
//! objects, and wiremock set-ups.
#![allow(dead_code)] // each test binary uses a different subset

pub mod raw;

use std::time::Duration;

use samsara::{Client, ClientBuilder, RateLimit, RetryPolicy};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A minimal work order with the given id.
pub fn work_order(id: &str) -> Value {
    json!({"id": id, "assetId": "a1", "status": "Open", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z"})
}

/// A minimal qualification record with the given id and fields.
pub fn record(id: &str, fields: Value) -> Value {
    json!({
        "id": id, "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "281474"}, "qualificationType": {"id": "qt1"},
        "recordStatus": "active", "fields": fields
    })
}

/// A last page holding one work order.
pub fn one_order_page() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(
        json!({"data": [work_order("7")], "pagination": {"endCursor": "", "hasNextPage": false}}),
    )
}

/// A client for `url` with fast retries, no pacing (tests that need pacing
/// build their own) and no settle delay: the test servers share the test's
/// clock and show every write at once.
pub fn quick_client(token: &str, url: &str) -> ClientBuilder {
    let fast = RetryPolicy {
        initial_backoff: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    Client::builder()
        .token(token)
        .base_url(url)
        .retry(fast)
        .rate_limit(RateLimit::Off)
        .settle(Duration::ZERO)
}

/// Waits until a client's view of the server's clock has passed everything
/// written so far. A window ends at that clock (less the settle delay), which
/// a client that has had an answer reads from its `Date` header: whole
/// seconds, so it may trail the server's real clock by up to a second.
pub async fn until_the_clock_passes_the_writes() {
    tokio::time::sleep(Duration::from_millis(1100)).await;
}

/// Answers `first` to the first `times` requests of `verb route`, then `then`.
pub async fn flaky(
    server: &MockServer,
    verb: &str,
    route: &str,
    first: ResponseTemplate,
    times: u64,
    then: ResponseTemplate,
) {
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(first)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(then)
        .with_priority(2)
        .mount(server)
        .await;
}

/// `GET /maintenance/work-orders` through the typed client.
pub async fn get_work_orders(
    client: &Client,
) -> Result<samsara::types::WorkOrderPage, samsara::Error> {
    client.get_work_orders().send().await
}

/// A minimal `POST /maintenance/work-orders` through the typed client.
pub async fn create_work_order(
    client: &Client,
) -> Result<samsara::types::WorkOrder, samsara::Error> {
    client
        .post_work_orders()
        .body(samsara::types::WorkOrderCreate::builder().asset_id("a1"))
        .send()
        .await
}
