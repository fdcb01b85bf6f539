//! `samsara-mock`: a stateful fake of Samsara's qualification-record,
//! qualification-type, maintenance work-order (with service-task
//! definitions and invoice scans) and webhook API, for tests that must run
//! without a token or a network.
//!
//! It speaks the 20 operations of `spec/samsara.json` the way the real API
//! does: bearer-token auth, `{message, requestId}` errors, streams sorted by
//! last-modified time with inclusive `startTime` / exclusive `endTime`, opaque
//! cursors that expire after 30 days, `limit` up to 512, both array styles
//! (`ids=a,b` and `ids=a&ids=b`), `key:value` external ids, the documented
//! rate limits with fractional `Retry-After`, feeds that report when they
//! are caught up, responses compressed when the request's `Accept-Encoding`
//! asks (gzip, as Samsara serves, and br, zstd, deflate), and optional fault
//! injection. Webhooks registered through `POST /webhooks` get a signed
//! `WorkOrderCreatedOrChanged` event for every work-order create or patch
//! (see `samsara-mock/README.md`, "Webhooks", for what is delivered and
//! which choices are the fake's own). With the default
//! configuration every response it sends validates against the spec (its
//! test suite checks each one with `samsara-spec`, strict enums, undocumented
//! members rejected).
//!
//! The live API also does things the spec does not say: `null` for empty
//! arrays, `200` where the spec says `201`, `OPEN` where it says `Open`, a
//! 429 without `Retry-After`, now and then a record missing a required
//! member, a write that streams show only some time after the
//! `updatedAtTime` it carries. [`MockConfig::realistic`] (or `--realistic`)
//! turns all of those on, and each has its own switch on [`MockConfig`], so
//! that a client tested here is never surprised there.
//!
//! Start it in-process on an ephemeral port and point a client at it:
//!
//! ```
//! use samsara_mock::{MockConfig, MockServer};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = MockServer::start(MockConfig::default().records(20).seed(7)).await?;
//! let client = samsara::Client::builder()
//!     .token(server.token())
//!     .base_url(server.url())
//!     .build()?;
//! let page = client
//!     .stream_work_orders()
//!     .start_time("2024-01-01T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>()?)
//!     .end_time(chrono::Utc::now())
//!     .send_raw()
//!     .await?;
//! assert_eq!(page.data.len(), 20);
//! assert!(!page.pagination.has_next_page);
//! server.shutdown().await?;
//! # Ok(()) }
//! ```
//!
//! Or run the binary: `cargo run -p samsara-mock -- --addr 127.0.0.1:8080 --token T`.
#![warn(missing_docs)]

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

mod config;
mod cursor;
mod delivery;
mod faults;
mod fields;
mod invoice_scans;
mod limits;
mod ops;
mod pages;
mod qualifications;
mod query;
mod quirks;
mod reply;
mod rng;
mod seed;
mod server;
mod service_tasks;
mod store;
mod versions;
mod webhooks;
mod work_orders;

pub use config::{
    AckReply, Compression, CreateReply, DeliveryDelay, FeedStyle, MockConfig, VisibilityDelay,
};
pub use cursor::{CURSOR_LIFETIME_DAYS, encode_cursor_for_test};
pub use quirks::{Family, OddRecord, Oddity};

/// What the server has seen since it started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// Every request received.
    pub requests: u64,
    /// 401s sent.
    pub unauthorized: u64,
    /// 429s sent by the rate limiter (fault-injected 429s count as faults).
    pub rate_limited: u64,
    /// Requests that got an injected fault.
    pub faults: u64,
    /// Requests per `operationId` (routed requests only).
    pub per_operation: BTreeMap<String, u64>,
    /// Webhook deliveries planned: one per work-order event and subscribed
    /// webhook, plus the repeats. Every one ends delivered or given up, so
    /// a test can wait until `webhooks_delivered + webhooks_given_up`
    /// reaches it.
    pub webhooks_queued: u64,
    /// Webhook deliveries answered 2xx (a repeated delivery counts twice).
    pub webhooks_delivered: u64,
    /// Webhook delivery attempts that failed (no connection, a timeout, a
    /// status other than 2xx); each is retried while attempts remain.
    pub webhook_attempts_failed: u64,
    /// Webhook deliveries abandoned after their last attempt failed.
    pub webhooks_given_up: u64,
}

/// A running fake server. Stops on [`MockServer::shutdown`] or when dropped.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    app: Arc<server::App>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl std::fmt::Debug for server::App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").finish_non_exhaustive()
    }
}

/// Compresses per the request's `Accept-Encoding` with the codings
/// `compression` allows (zstd first when all are accepted, as tower-http
/// prefers), plain without one; bodies under 32 bytes always plain.
fn compression_layer(compression: Compression) -> tower_http::compression::CompressionLayer {
    let layer = tower_http::compression::CompressionLayer::new();
    match compression {
        Compression::Any => layer,
        Compression::Gzip => layer.no_br().no_zstd().no_deflate(),
        Compression::Off => layer.no_gzip().no_br().no_zstd().no_deflate(),
    }
}

impl MockServer {
    /// Starts a server on `127.0.0.1` on an ephemeral port.
    pub async fn start(config: MockConfig) -> std::io::Result<MockServer> {
        MockServer::start_on(SocketAddr::from(([127, 0, 0, 1], 0)), config).await
    }

    /// Starts a server on `addr` (port `0` picks a free one). Returns once
    /// the socket accepts connections.
    pub async fn start_on(addr: SocketAddr, config: MockConfig) -> std::io::Result<MockServer> {
        config.validate()?;
        let mut store = seed::build(config.records, config.seed).map_err(std::io::Error::other)?;
        store.set_visibility_delay(config.visibility_delay, config.seed);
        let deliveries = delivery::Deliveries::start(&config)?;
        let app = Arc::new(server::App::new(config, store, deliveries));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let compression = compression_layer(app.config.compression);
        let router = axum::Router::new()
            .fallback(server::dispatch)
            .layer(compression)
            .with_state(Arc::clone(&app));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            // Each write goes out at once (`TCP_NODELAY`, as Samsara's
            // servers and reqwest do): a compressed body is written in many
            // small pieces, which Nagle's algorithm would hold back.
            let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
                let _ = tcp.set_nodelay(true);
            });
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Ok(MockServer {
            addr,
            app,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The bearer token the server accepts.
    pub fn token(&self) -> &str {
        &self.app.config.token
    }

    /// Issues an OAuth 2.0 access token, as Samsara's token endpoint does
    /// for a Marketplace app: accepted like the API token until `lifetime`
    /// has passed, then answered 401 ("the access token has expired"), as
    /// Samsara answers an expired one.
    pub fn issue_access_token(&self, lifetime: Duration) -> String {
        self.app.issue_access_token(lifetime)
    }

    /// The configuration the server runs with.
    pub fn config(&self) -> &MockConfig {
        &self.app.config
    }

    /// Counts of requests, 401s, 429s, faults, and requests per operation.
    pub fn stats(&self) -> Stats {
        self.app.stats()
    }

    /// The seeded items this server serves off-spec, always the same ones
    /// (empty unless [`MockConfig::odd_records`] is on): qualification
    /// records without `createdAtTime` or `updatedBy`, work orders without
    /// `assetId` or with a fraction in `engineHours` / `odometerMeters`.
    /// A client test can check that each was surfaced, not dropped.
    pub fn odd_records(&self) -> Vec<OddRecord> {
        self.app.odd_records()
    }

    /// The ids of [`MockServer::odd_records`] (qualification record ids are
    /// UUIDs, work order ids numbers, so the two never collide).
    pub fn odd_record_ids(&self) -> std::collections::BTreeSet<String> {
        self.odd_records().into_iter().map(|r| r.id).collect()
    }

    /// Waits until every write made so far is visible to reads (at once
    /// unless [`MockConfig::visibility_delay`] is on): after it, a stream,
    /// list or lookup sees every write made before the call.
    pub async fn wait_until_visible(&self) {
        let wait = self.app.until_visible();
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }

    /// A [`samsara::Client`] pointed at this server with its token.
    pub fn client(&self) -> Result<samsara::Client, samsara::Error> {
        samsara::Client::builder()
            .token(self.token())
            .base_url(self.url())
            .build()
    }

    /// Stops accepting connections, lets requests in flight finish (for up
    /// to 5 s), and waits for the server to stop.
    pub async fn shutdown(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let Some(mut task) = self.task.take() else {
            return Ok(());
        };
        match tokio::time::timeout(Duration::from_secs(5), &mut task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(std::io::Error::other(join)),
            Err(_) => {
                task.abort();
                Ok(())
            }
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
