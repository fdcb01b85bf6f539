//! Webhook delivery: a background task POSTs each planned event
//! ([`crate::webhooks::plan`]) to its webhook's URL, signed as Samsara signs
//! (`samsara::webhook::Signer`), never while the store is locked.
//!
//! - Jobs arrive in the order of the writes. A job without a delay is sent
//!   at once by the worker itself, so with [`DeliveryDelay::NONE`]
//!   (`MockConfig::default()`) deliveries arrive one at a time, in order; a
//!   job with a delay is sent by a task of its own after it, so deliveries
//!   arrive late and out of order.
//! - Each attempt is signed when it is sent (a fresh `X-Samsara-Timestamp`
//!   and `X-Samsara-Request`); the body, and so the `eventId`, is the same
//!   for every attempt and every repeat.
//! - A failed attempt (no connection, no answer within 10 s, any status but
//!   2xx) is retried after `webhook_backoff`, doubling, up to
//!   `webhook_attempts` attempts. Samsara documents no retry policy; this is
//!   the fake server's.
//! - Plain HTTP only (the fake carries no TLS): a delivery to an `https`
//!   URL fails every attempt.
//!
//! [`DeliveryDelay::NONE`]: crate::DeliveryDelay::NONE

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, header};
use bytes::Bytes;
use samsara::types::WebhookEventType;
use samsara::webhook::Signer;
use tokio::sync::mpsc;

use crate::{MockConfig, Stats};

/// How long a receiver has to answer an attempt.
const TIMEOUT: Duration = Duration::from_secs(10);
/// `User-Agent` of every delivery (Samsara's is `Samsara-Webhook/<sha>`).
const USER_AGENT: &str = "Samsara-Webhook/samsara-mock";

/// One delivery of one event to one webhook.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    pub(crate) url: String,
    /// The webhook's `secretKey` (Base64), as the API shows it.
    pub(crate) secret: String,
    /// The webhook's `customHeaders`, sent unless they name a header the
    /// delivery sets itself (Samsara's headers win).
    pub(crate) custom_headers: Vec<(String, String)>,
    pub(crate) event_type: WebhookEventType,
    /// The envelope, exactly as signed and sent.
    pub(crate) body: Bytes,
    /// How long after the write it is sent.
    pub(crate) delay: Duration,
}

/// Counts for [`Stats`].
#[derive(Debug, Default)]
struct Counters {
    queued: AtomicU64,
    delivered: AtomicU64,
    failed_attempts: AtomicU64,
    given_up: AtomicU64,
}

/// The retry policy.
#[derive(Clone, Copy, Debug)]
struct Policy {
    attempts: u32,
    backoff: Duration,
}

/// The sending side of the delivery worker.
#[derive(Debug)]
pub(crate) struct Deliveries {
    jobs: mpsc::UnboundedSender<Job>,
    counters: Arc<Counters>,
}

impl Deliveries {
    /// Starts the worker (on the current tokio runtime). It stops once the
    /// server is gone; deliveries already waiting out a delay still go out.
    pub(crate) fn start(config: &MockConfig) -> std::io::Result<Deliveries> {
        // With the samsara crate's TLS set-up: the default features install
        // no process-wide rustls provider, which a plain builder needs.
        let http = samsara::__private::http_client(
            reqwest::Client::builder()
                .no_proxy()
                .timeout(TIMEOUT)
                .redirect(reqwest::redirect::Policy::none()),
        )
        .map_err(std::io::Error::other)?;
        let policy = Policy {
            attempts: config.webhook_attempts.max(1),
            backoff: config.webhook_backoff,
        };
        let counters = Arc::new(Counters::default());
        let (jobs, queue) = mpsc::unbounded_channel();
        tokio::spawn(run(queue, http, policy, Arc::clone(&counters)));
        Ok(Deliveries { jobs, counters })
    }

    /// Queues `jobs`, in order.
    pub(crate) fn send(&self, jobs: Vec<Job>) {
        for job in jobs {
            // Counted first, so that `delivered + given_up <= queued` always
            // holds. Sending fails only once the worker has stopped.
            self.counters.queued.fetch_add(1, Ordering::Relaxed);
            if self.jobs.send(job).is_err() {
                self.counters.queued.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }

    /// Adds the delivery counts to `stats`.
    pub(crate) fn fill(&self, stats: &mut Stats) {
        stats.webhooks_queued = self.counters.queued.load(Ordering::Relaxed);
        stats.webhooks_delivered = self.counters.delivered.load(Ordering::Relaxed);
        stats.webhook_attempts_failed = self.counters.failed_attempts.load(Ordering::Relaxed);
        stats.webhooks_given_up = self.counters.given_up.load(Ordering::Relaxed);
    }
}

async fn run(
    mut queue: mpsc::UnboundedReceiver<Job>,
    http: reqwest::Client,
    policy: Policy,
    counters: Arc<Counters>,
) {
    // Without a delay, each webhook (by URL and secret) has a queue of its
    // own, sent in the order of the writes: a slow or dead receiver holds
    // up its own deliveries, never another webhook's.
    let mut lanes: std::collections::HashMap<(String, String), mpsc::UnboundedSender<Job>> =
        std::collections::HashMap::new();
    while let Some(job) = queue.recv().await {
        if job.delay.is_zero() {
            let key = (job.url.clone(), job.secret.clone());
            let lane = lanes.entry(key).or_insert_with(|| {
                let (lane, mut waiting) = mpsc::unbounded_channel::<Job>();
                let (http, counters) = (http.clone(), Arc::clone(&counters));
                tokio::spawn(async move {
                    while let Some(job) = waiting.recv().await {
                        deliver(&http, &job, policy, &counters).await;
                    }
                });
                lane
            });
            if let Err(unsent) = lane.send(job) {
                deliver(&http, &unsent.0, policy, &counters).await;
            }
        } else {
            let (http, counters) = (http.clone(), Arc::clone(&counters));
            tokio::spawn(async move {
                tokio::time::sleep(job.delay).await;
                deliver(&http, &job, policy, &counters).await;
            });
        }
    }
}

/// Sends `job` until an attempt succeeds or the attempts run out.
async fn deliver(http: &reqwest::Client, job: &Job, policy: Policy, counters: &Counters) {
    let mut wait = policy.backoff;
    for attempt in 1..=policy.attempts {
        if attempt > 1 {
            tokio::time::sleep(wait).await;
            wait = wait.saturating_mul(2);
        }
        if attempt_once(http, job).await {
            counters.delivered.fetch_add(1, Ordering::Relaxed);
            return;
        }
        counters.failed_attempts.fetch_add(1, Ordering::Relaxed);
    }
    counters.given_up.fetch_add(1, Ordering::Relaxed);
}

/// One signed POST; `true` on a 2xx answer.
async fn attempt_once(http: &reqwest::Client, job: &Job) -> bool {
    let Ok(signer) = Signer::new(&job.secret) else {
        return false;
    };
    let timestamp = chrono::Utc::now().timestamp();
    let mut headers = signer.headers(timestamp, &job.body, &job.event_type);
    headers.insert(header::USER_AGENT, HeaderValue::from_static(USER_AGENT));
    for (key, value) in &job.custom_headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(key.as_bytes()),
            HeaderValue::from_str(value),
        ) && !headers.contains_key(&name)
        {
            headers.insert(name, value);
        }
    }
    match http
        .post(&job.url)
        .headers(headers)
        .body(job.body.clone())
        .send()
        .await
    {
        Ok(response) => response.status().is_success(),
        Err(_) => false,
    }
}
