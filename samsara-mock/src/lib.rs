//! `samsara-mock`: a stateful fake of Samsara's qualification-record,
//! qualification-type and maintenance work-order API, for tests that must
//! run without a token or a network.
//!
//! It speaks the 13 operations of `spec/samsara.json` the way the real API
//! does: bearer-token auth, `{message, requestId}` errors, streams sorted by
//! last-modified time with inclusive `startTime` / exclusive `endTime`, opaque
//! cursors that expire after 30 days, `limit` up to 512, both array styles
//! (`ids=a,b` and `ids=a&ids=b`), `key:value` external ids, the documented
//! rate limits with fractional `Retry-After`, and optional fault injection.
//! Every response it sends validates against the spec (its test suite checks
//! each one with `samsara-spec`, strict enums, undocumented members rejected).
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
//!     .send()
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

mod cursor;
mod faults;
mod fields;
mod limits;
mod ops;
mod pages;
mod qualifications;
mod query;
mod reply;
mod rng;
mod seed;
mod server;
mod store;
mod work_orders;

pub use cursor::{CURSOR_LIFETIME_DAYS, encode_cursor_for_test};

/// How a [`MockServer`] behaves. `Default` gives token `"test-token"`, 100
/// records and 100 work orders from seed 1, no faults, rate limits on.
///
/// ```
/// let config = samsara_mock::MockConfig::default()
///     .token("T")
///     .records(500)
///     .seed(42)
///     .faults(0.1)
///     .rate_limits(false)
///     .empty_page_every(3);
/// assert_eq!(config.empty_page_every, Some(3));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct MockConfig {
    /// The only bearer token accepted.
    pub token: String,
    /// How many qualification records, and how many work orders, to seed.
    pub records: usize,
    /// Seed of the demo data and of the fault sequence.
    pub seed: u64,
    /// Share of requests (0.0–1.0) that get a fault: a 500/502/503 with a
    /// plain-text body, a 429 with `Retry-After: 0.1`, a 200 ms–1 s delay, or
    /// a body cut short. Faulted writes are not applied (a delay is a slow
    /// success and is applied).
    pub faults: f64,
    /// Enforce the documented rate limits (429 with fractional `Retry-After`).
    pub rate_limits: bool,
    /// Every n-th request to a paginated operation gets an empty page with
    /// `hasNextPage: true` (when more data follows), as Samsara may send.
    pub empty_page_every: Option<usize>,
    /// Budget of each read operation per token (default 5 per second).
    pub reads_per_second: u32,
    /// Budget of each write operation per token (default 100 per minute).
    pub writes_per_minute: u32,
    /// Budget of a token across all operations (default 150 per second).
    pub token_requests_per_second: u32,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            token: "test-token".into(),
            records: 100,
            seed: 1,
            faults: 0.0,
            rate_limits: true,
            empty_page_every: None,
            reads_per_second: 5,
            writes_per_minute: 100,
            token_requests_per_second: 150,
        }
    }
}

impl MockConfig {
    /// Sets the accepted bearer token.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = token.into();
        self
    }

    /// Sets how many records and work orders to seed.
    pub fn records(mut self, records: usize) -> Self {
        self.records = records;
        self
    }

    /// Sets the seed of the demo data and faults.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Sets the share of faulted requests (0.0–1.0).
    pub fn faults(mut self, rate: f64) -> Self {
        self.faults = rate;
        self
    }

    /// Turns the rate limits on or off.
    pub fn rate_limits(mut self, on: bool) -> Self {
        self.rate_limits = on;
        self
    }

    /// Every `n`-th paginated request gets an empty page (`0` turns it off).
    pub fn empty_page_every(mut self, n: usize) -> Self {
        self.empty_page_every = (n > 0).then_some(n);
        self
    }

    fn validate(&self) -> std::io::Result<()> {
        let invalid = |m: String| Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, m));
        if self.token.trim().is_empty() || !self.token.bytes().all(|b| b.is_ascii_graphic()) {
            return invalid("the token must be non-empty printable ASCII without spaces".into());
        }
        if !(0.0..=1.0).contains(&self.faults) {
            return invalid(format!(
                "faults must be between 0.0 and 1.0, got {}",
                self.faults
            ));
        }
        Ok(())
    }
}

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

impl MockServer {
    /// Starts a server on `127.0.0.1` on an ephemeral port.
    pub async fn start(config: MockConfig) -> std::io::Result<MockServer> {
        MockServer::start_on(SocketAddr::from(([127, 0, 0, 1], 0)), config).await
    }

    /// Starts a server on `addr` (port `0` picks a free one). Returns once
    /// the socket accepts connections.
    pub async fn start_on(addr: SocketAddr, config: MockConfig) -> std::io::Result<MockServer> {
        config.validate()?;
        let store = seed::build(config.records, config.seed).map_err(std::io::Error::other)?;
        let app = Arc::new(server::App::new(config, store));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let router = axum::Router::new()
            .fallback(server::dispatch)
            .with_state(Arc::clone(&app));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
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

    /// The configuration the server runs with.
    pub fn config(&self) -> &MockConfig {
        &self.app.config
    }

    /// Counts of requests, 401s, 429s, faults, and requests per operation.
    pub fn stats(&self) -> Stats {
        self.app.stats()
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
