//! Webhook delivery end to end: a webhook registered through the client
//! points at an axum receiver on 127.0.0.1 that verifies every delivery
//! with `samsara::webhook::Verifier` (the secret from the create answer);
//! work-order writes (creates, patches, invoice scans) each make an event.
//! Waits poll with a deadline; nothing asserts on how long a wait took.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use samsara::Client;
use samsara::types::{
    CustomHeader, InvoiceScan, InvoiceScanFile, WebhookCreate, WebhookEventType, WorkOrderCreate,
    WorkOrderPatch,
};
use samsara::webhook::{Event, Verifier};
use samsara_mock::{MockConfig, MockServer, Stats};

/// One delivery as the receiver saw it.
#[derive(Debug, Clone)]
struct Received {
    /// The verifier's verdict (`Err`: which check failed).
    verified: Result<Event, String>,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
struct Inbox {
    /// Set once the webhook is created (its secret comes with it).
    verifier: Option<Verifier>,
    received: Vec<Received>,
    /// Answer 500 to this many requests first.
    fail_first: usize,
}

type Shared = Arc<Mutex<Inbox>>;

async fn receive(State(inbox): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let mut inbox = inbox.lock().unwrap();
    if inbox.fail_first > 0 {
        inbox.fail_first -= 1;
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    let verified = match &inbox.verifier {
        Some(v) => v.verify_headers(&headers, &body).map_err(|e| e.to_string()),
        None => Err("no verifier yet".to_owned()),
    };
    let status = if verified.is_ok() {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::UNAUTHORIZED
    };
    inbox.received.push(Received {
        verified,
        headers,
        body,
    });
    status
}

/// An axum receiver on 127.0.0.1 (a free port), `POST /hooks/samsara`.
async fn receiver(fail_first: usize) -> (SocketAddr, Shared) {
    let inbox: Shared = Arc::new(Mutex::new(Inbox {
        fail_first,
        ..Inbox::default()
    }));
    let app = axum::Router::new()
        .route("/hooks/samsara", axum::routing::post(receive))
        .with_state(Arc::clone(&inbox));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, inbox)
}

/// Registers a webhook for work-order events at `addr`, and hands its
/// secret to the receiver's verifier.
async fn register(client: &Client, addr: SocketAddr, inbox: &Shared) -> String {
    let webhook = client
        .post_webhooks()
        .body(
            WebhookCreate::builder()
                .name("work orders")
                .url(format!("http://{addr}/hooks/samsara"))
                .event_types(vec![WebhookEventType::WorkOrderCreatedOrChanged])
                .custom_headers(vec![CustomHeader {
                    key: "X-Tenant".parse().unwrap(),
                    value: "fleet-7".to_owned(),
                }]),
        )
        .send()
        .await
        .unwrap();
    inbox.lock().unwrap().verifier = Some(webhook.secret_key.verifier().unwrap());
    webhook.id
}

/// Waits (polling, 30 s at most) until every delivery queued so far has
/// ended, delivered or given up, and at least `at_least` were queued.
async fn settled(server: &MockServer, at_least: u64) -> Stats {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let s = server.stats();
        if s.webhooks_queued >= at_least
            && s.webhooks_delivered + s.webhooks_given_up == s.webhooks_queued
        {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "deliveries did not settle: {s:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Creates and patches work orders and scans two invoices; returns the id
/// of the work order of each write, in order.
async fn writes(client: &Client, creates: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..creates {
        let order = client
            .post_work_orders()
            .body(
                WorkOrderCreate::builder()
                    .asset_id("12443")
                    .description(format!("write {i}")),
            )
            .send()
            .await
            .unwrap();
        ids.push(order.id.clone());
        if i % 2 == 0 {
            let patched = client
                .patch_work_orders()
                .body(
                    WorkOrderPatch::builder()
                        .id(order.id.clone())
                        .po_number(format!("PO{i}")),
                )
                .send()
                .await
                .unwrap();
            ids.push(patched.id);
        }
    }
    let pdf = InvoiceScanFile {
        content_type: "application/pdf".to_owned(),
        base64_content: "JVBERi0xLjQK".to_owned(),
    };
    let scanned = client
        .post_invoice_scan()
        .body(
            InvoiceScan::builder()
                .asset_id("12443".to_owned())
                .file(pdf.clone()),
        )
        .send()
        .await
        .unwrap();
    ids.push(scanned.work_order_id);
    let attached = client
        .post_invoice_scan()
        .body(
            InvoiceScan::builder()
                .work_order_id("5".to_owned())
                .file(pdf),
        )
        .send()
        .await
        .unwrap();
    ids.push(attached.work_order_id);
    ids
}

fn events(received: &[Received]) -> Vec<&Event> {
    received
        .iter()
        .map(|r| match &r.verified {
            Ok(event) => event,
            Err(e) => panic!(
                "a delivery did not verify: {e}\n{}",
                String::from_utf8_lossy(&r.body)
            ),
        })
        .collect()
}

#[tokio::test]
async fn every_work_order_write_is_delivered_once_signed_and_in_order() {
    let (addr, inbox) = receiver(0).await;
    let server = MockServer::start(MockConfig::default().records(10).rate_limits(false))
        .await
        .unwrap();
    let client = common::unpaced_client(&server);
    let webhook_id = register(&client, addr, &inbox).await;
    // A webhook without event types (the legacy kind) gets none.
    client
        .post_webhooks()
        .body(
            WebhookCreate::builder()
                .name("legacy")
                .url(format!("http://{addr}/hooks/samsara")),
        )
        .send()
        .await
        .unwrap();

    let ids = writes(&client, 4).await;
    assert_eq!(ids.len(), 8);
    let stats = settled(&server, ids.len() as u64).await;
    assert_eq!(
        (
            stats.webhooks_queued,
            stats.webhooks_delivered,
            stats.webhook_attempts_failed,
            stats.webhooks_given_up
        ),
        (8, 8, 0, 0)
    );

    let received = inbox.lock().unwrap().received.clone();
    let events = events(&received);
    assert_eq!(events.len(), 8, "once each");
    let delivered: Vec<String> = events
        .iter()
        .map(|e| {
            e.data_as::<serde_json::Value>().unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        delivered, ids,
        "one event per write, in the order of the writes"
    );
    let event_ids: BTreeSet<&str> = events.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(event_ids.len(), 8, "each event its own id");
    for (event, r) in events.iter().zip(&received) {
        assert_eq!(
            event.event_type,
            WebhookEventType::WorkOrderCreatedOrChanged
        );
        assert_eq!(event.webhook_id, webhook_id);
        assert_eq!(event.org_id, "20936");
        assert_eq!(
            event.data.get(),
            format!(
                r#"{{"id":"{}"}}"#,
                event.data_as::<serde_json::Value>().unwrap()["id"]
                    .as_str()
                    .unwrap()
            )
        );
        let h = |name: &str| {
            r.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(h("x-samsara-event-type"), "WorkOrderCreatedOrChanged");
        assert_eq!(h("x-tenant"), "fleet-7", "custom headers go along");
        assert_eq!(h("content-type"), "application/json");
        assert!(h("user-agent").starts_with("Samsara-Webhook/"));
        assert_eq!(h("x-samsara-request").len(), 36);
        let raw: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert!(raw["orgId"].is_u64(), "orgId is a number: {raw}");
    }

    // The event's time is the write's `updatedAtTime`.
    let order = client
        .get_work_orders()
        .ids(vec![ids[0].clone()])
        .send()
        .await
        .unwrap();
    assert_eq!(events[0].event_time, order.data[0].created_at_time);
    // A delete makes no event (Samsara has no delete event).
    client
        .delete_work_orders()
        .id(ids[1].clone())
        .send()
        .await
        .unwrap();
    // Nor does a read, or a refused write.
    let refused = client
        .patch_work_orders()
        .body(WorkOrderPatch::builder().id("999999"))
        .send()
        .await;
    assert!(refused.is_err());
    let after = client
        .post_work_orders()
        .body(WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    let stats = settled(&server, 9).await;
    assert_eq!(stats.webhooks_queued, 9, "only the create after them");
    let last = inbox.lock().unwrap().received.last().cloned().unwrap();
    assert_eq!(
        last.verified
            .unwrap()
            .data_as::<serde_json::Value>()
            .unwrap()["id"],
        after.id.as_str()
    );
}

#[tokio::test]
async fn realistic_deliveries_are_late_repeated_and_reordered_and_all_verify() {
    let (addr, inbox) = receiver(0).await;
    let server = MockServer::start(
        MockConfig::realistic()
            .records(10)
            .seed(5)
            .rate_limits(false),
    )
    .await
    .unwrap();
    let client = common::unpaced_client(&server);
    register(&client, addr, &inbox).await;

    let ids = writes(&client, 16).await;
    let stats = settled(&server, ids.len() as u64).await;
    assert_eq!(stats.webhooks_given_up, 0);
    let received = inbox.lock().unwrap().received.clone();
    let events = events(&received);
    assert_eq!(events.len() as u64, stats.webhooks_delivered);

    // Every write made at least one event; the repeats carry the same
    // eventId and the same body, signed anew (another request id).
    let mut by_event: BTreeMap<&str, Vec<&Received>> = BTreeMap::new();
    for (event, r) in events.iter().zip(&received) {
        by_event.entry(event.event_id.as_str()).or_default().push(r);
    }
    assert_eq!(by_event.len(), ids.len(), "one event per write");
    let repeated: Vec<&Vec<&Received>> = by_event.values().filter(|d| d.len() > 1).collect();
    assert!(!repeated.is_empty(), "some events are delivered twice");
    assert!(by_event.values().all(|d| d.len() <= 2));
    for copies in repeated {
        assert_eq!(copies[0].body, copies[1].body);
        assert_ne!(
            copies[0].headers.get("x-samsara-request"),
            copies[1].headers.get("x-samsara-request")
        );
    }
    let delivered: BTreeSet<String> = events
        .iter()
        .map(|e| {
            e.data_as::<serde_json::Value>().unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(delivered, ids.iter().cloned().collect::<BTreeSet<_>>());

    // Out of order: the first arrivals are not the first events.
    let mut firsts: Vec<&str> = Vec::new();
    for e in &events {
        if !firsts.contains(&e.event_id.as_str()) {
            firsts.push(&e.event_id);
        }
    }
    let by_time: Vec<&str> = {
        let mut v: Vec<&Event> = by_event
            .keys()
            .map(|id| *events.iter().find(|e| e.event_id == *id).unwrap())
            .collect();
        v.sort_by_key(|e| e.event_time);
        v.into_iter().map(|e| e.event_id.as_str()).collect()
    };
    assert_ne!(firsts, by_time, "deliveries arrive out of order");
}

#[tokio::test]
async fn a_failed_delivery_is_retried_and_then_given_up() {
    // The receiver answers 500 twice, then verifies: the third attempt lands.
    let (addr, inbox) = receiver(2).await;
    let config = MockConfig::default()
        .records(5)
        .rate_limits(false)
        .webhook_backoff(Duration::from_millis(10));
    let server = MockServer::start(config).await.unwrap();
    let client = common::unpaced_client(&server);
    register(&client, addr, &inbox).await;
    client
        .post_work_orders()
        .body(WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    let stats = settled(&server, 1).await;
    assert_eq!(
        (
            stats.webhooks_delivered,
            stats.webhook_attempts_failed,
            stats.webhooks_given_up
        ),
        (1, 2, 0)
    );
    assert_eq!(events(&inbox.lock().unwrap().received).len(), 1);

    // Nobody listening: every attempt fails, then the delivery is dropped.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let config = MockConfig::default()
        .records(5)
        .rate_limits(false)
        .webhook_attempts(3)
        .webhook_backoff(Duration::from_millis(5));
    let server = MockServer::start(config).await.unwrap();
    let client = common::unpaced_client(&server);
    register(&client, closed, &Arc::new(Mutex::new(Inbox::default()))).await;
    client
        .post_work_orders()
        .body(WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    let stats = settled(&server, 1).await;
    assert_eq!(
        (
            stats.webhooks_delivered,
            stats.webhook_attempts_failed,
            stats.webhooks_given_up
        ),
        (0, 3, 1)
    );
}

#[tokio::test]
async fn a_dead_receiver_holds_up_only_its_own_deliveries() {
    let server = MockServer::start(MockConfig::default().records(10).rate_limits(false))
        .await
        .unwrap();
    let client = common::unpaced_client(&server);
    // Registered first, so its deliveries are planned first: nothing listens
    // on port 1, so each of its events is retried five times, then given up.
    client
        .post_webhooks()
        .body(
            WebhookCreate::builder()
                .name("dead")
                .url("http://127.0.0.1:1/hooks/samsara")
                .event_types(vec![WebhookEventType::WorkOrderCreatedOrChanged]),
        )
        .send()
        .await
        .unwrap();
    let (addr, inbox) = receiver(0).await;
    register(&client, addr, &inbox).await;
    for _ in 0..3 {
        client
            .post_work_orders()
            .body(WorkOrderCreate::builder().asset_id("12443"))
            .send()
            .await
            .unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while inbox.lock().unwrap().received.len() < 3 {
        assert!(Instant::now() < deadline, "the live receiver got nothing");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        server.stats().webhooks_given_up,
        0,
        "the live receiver had all three before the dead one's first was given up"
    );
}
