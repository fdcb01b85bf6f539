//! Receiving Samsara's webhooks in axum: every delivery verified exactly as
//! Samsara signs it (`samsara::webhook`), and each `WorkOrderCreatedOrChanged`
//! waking a work-order sync whose truth is the cursor feed.
//!
//! ```sh
//! cargo run --example webhook_receiver   # a demo against the fake server, then exits
//! SAMSARA_API_KEY=… SAMSARA_WEBHOOK_SECRET=… \
//!     cargo run --example webhook_receiver -- --listen 0.0.0.0:8080
//! ```
//!
//! Why the webhook only *wakes* the sync: the event's `data` for work orders
//! is documented nowhere, there is no delete event, and Samsara states no
//! delivery guarantee (a delivery may be late, repeated or lost). So the
//! receiver answers at once and the feed (`stream_work_orders`, resumed from
//! its checkpoint) says what changed. A change is in the feed's window once
//! the client's settle delay has passed after it, so the sync runs at the
//! event's time plus that delay rather than at once.
//!
//! With no `SAMSARA_API_KEY`, the demo starts the fake server in-process,
//! registers this receiver with `postWebhooks`, creates and patches a work
//! order, and exits when the sync has read both versions.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use chrono::{DateTime, Utc};
use clap::Parser;
use futures::TryStreamExt;
use samsara::prelude::*;
use samsara::types::{self, WebhookEventType};
use samsara::webhook::{Verifier, WebhookError};
use tokio::sync::watch;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How long after a change it is certain to be visible in the feed.
const SETTLE: Duration = Duration::from_secs(30);

#[derive(Parser)]
struct Args {
    /// Where to listen (with SAMSARA_API_KEY; the demo picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Between syncs when no webhook arrives, in seconds.
    #[arg(long, default_value_t = 300)]
    poll: u64,
}

/// What the receiver shares with the sync: the newest event time seen.
struct Receiver {
    verifier: Verifier,
    wake: watch::Sender<Option<DateTime<Utc>>>,
}

/// `POST /samsara/webhooks`: verify, wake the sync, answer at once.
async fn receive(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let event = match receiver.verifier.verify_headers(&headers, &body) {
        Ok(event) => event,
        Err(e @ WebhookError::Envelope(_)) => {
            eprintln!("webhook: {e}");
            return StatusCode::BAD_REQUEST;
        }
        Err(e) => {
            eprintln!("webhook refused: {e}");
            return StatusCode::UNAUTHORIZED;
        }
    };
    println!(
        "webhook {} {} at {}",
        event.event_id, event.event_type, event.event_time
    );
    if event.event_type == WebhookEventType::WorkOrderCreatedOrChanged {
        // A repeated or out-of-order delivery only moves the time forward.
        receiver.wake.send_if_modified(|newest| {
            let later = newest.is_none_or(|t| event.event_time > t);
            if later {
                *newest = Some(event.event_time);
            }
            later
        });
    }
    StatusCode::NO_CONTENT
}

/// Reads the work-order feed from its checkpoint, each time a webhook (or
/// the poll interval) says to; calls `seen` with each version. Returns when
/// `seen` says so.
async fn sync_work_orders(
    client: Client,
    settle: Duration,
    poll: Duration,
    mut wake: watch::Receiver<Option<DateTime<Utc>>>,
    mut seen: impl FnMut(&types::WorkOrder) -> bool,
) -> Result<(), BoxError> {
    let since = Utc::now() - chrono::Duration::days(1);
    let mut checkpoint: Option<Checkpoint> = None;
    loop {
        tokio::select! {
            _ = wake.changed() => {
                // Run once the change is certain to be in the window.
                let event_time = (*wake.borrow_and_update()).unwrap_or_else(Utc::now);
                let due = event_time + settle;
                if let Ok(wait) = (due - Utc::now()).to_std() {
                    tokio::time::sleep(wait).await;
                }
            }
            () = tokio::time::sleep(poll) => {}
        }
        let mut paginator = client.stream_work_orders().start_time(since).paginate();
        if let Some(checkpoint) = checkpoint.clone() {
            paginator = paginator.resume(checkpoint);
        }
        let mut pages = paginator.pages();
        while let Some(page) = pages.try_next().await? {
            for order in &page.items {
                println!(
                    "work order {} is {} as of {}",
                    order.id, order.status, order.updated_at_time
                );
                if !seen(order) {
                    return Ok(());
                }
            }
            // Persist it in a real program, with what the page changed.
            checkpoint = Some(page.checkpoint);
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let args = Args::parse();
    if std::env::var_os("SAMSARA_API_KEY").is_some() {
        let secret = std::env::var("SAMSARA_WEBHOOK_SECRET")
            .map_err(|_| "set SAMSARA_WEBHOOK_SECRET to the webhook's secret key")?;
        let (wake, woken) = watch::channel(None);
        let receiver = Arc::new(Receiver {
            verifier: Verifier::new(&secret)?,
            wake,
        });
        let listener = tokio::net::TcpListener::bind(args.listen).await?;
        println!("listening on {}", listener.local_addr()?);
        let app = Router::new()
            .route("/samsara/webhooks", post(receive))
            .with_state(receiver);
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let poll = Duration::from_secs(args.poll);
        sync_work_orders(Client::from_env()?, SETTLE, poll, woken, |_| true).await?;
        server.abort();
        return Ok(());
    }
    demo().await
}

/// Against the fake server: register, change a work order, watch it arrive.
async fn demo() -> Result<(), BoxError> {
    let server = samsara_mock::MockServer::start(samsara_mock::MockConfig::default()).await?;
    let settle = Duration::from_secs(1);
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .settle(settle)
        .build()?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/samsara/webhooks", listener.local_addr()?);
    let webhook = client
        .post_webhooks()
        .body(
            types::WebhookCreate::builder()
                .name("webhook_receiver example")
                .url(url.clone())
                .event_types(Some(vec![WebhookEventType::WorkOrderCreatedOrChanged])),
        )
        .send()
        .await?;
    println!("registered webhook {} for {url}", webhook.id);
    let (wake, woken) = watch::channel(None);
    let receiver = Arc::new(Receiver {
        verifier: webhook.secret_key.verifier()?,
        wake,
    });
    let app = Router::new()
        .route("/samsara/webhooks", post(receive))
        .with_state(receiver);
    let http = tokio::spawn(async move { axum::serve(listener, app).await });

    let order = client
        .post_work_orders()
        .body(types::WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await?;
    let patch = types::WorkOrderPatch::builder()
        .id(order.id.clone())
        .status(Some(types::WorkOrderStatus::InProgress));
    client.patch_work_orders().body(patch).send().await?;

    let id = order.id.clone();
    let wanted = tokio::time::timeout(
        Duration::from_secs(60),
        sync_work_orders(client, settle, Duration::from_secs(30), woken, |seen| {
            // Done once the patched version has arrived.
            !(seen.id == id && seen.status == types::WorkOrderStatus::InProgress)
        }),
    )
    .await;
    http.abort();
    match wanted {
        Ok(result) => result,
        Err(_) => Err("the patched work order did not arrive within 60 s".into()),
    }
}
