//! The transport: the one place a request is executed.
//!
//! Generated code describes requests: each operation builder's `request()`
//! checks its parameters and builds a `reqwest::Request`. [`invoke`] takes
//! that request and the operation's facts from the spec (an
//! `&'static Operation`, handed over once by the caller, never looked up by
//! name) and owns it from there to a typed outcome:
//!
//! 1. shapes it once ([`request`]: version and user-agent headers, timeout,
//!    list limits, millisecond times, comma-joined arrays);
//! 2. per attempt ([`send`]): waits for the rate budget
//!    ([`rate_limit`](crate::rate_limit)), shows the request to the
//!    [interceptors](crate::interceptor), sets `Authorization`
//!    ([`auth`](crate::auth)) and `Accept-Encoding`, sends it, reads the
//!    body whole and decompresses it ([`body`]), and retries as
//!    [`retry`](crate::retry) classifies the outcome (a 401 renews a
//!    provider's token once);
//! 3. makes the typed error where the body is read (an error status, a
//!    body too large, a create whose outcome is unknown…), or decodes the
//!    2xx body **once**, with the decoder the caller passes;
//! 4. reports it all in OpenTelemetry's words ([`telemetry`]).
//!
//! Files one page of a stream enters, in order: the generated file (the
//! macro-expanded `fetch`, which calls the builder's `request()` and hands
//! the request over), then this file, `request.rs`, `telemetry.rs` (the
//! span), `send.rs`, which per attempt calls `rate_limit.rs`,
//! `interceptor.rs`, `auth.rs`, `body.rs` (and `content_coding.rs`),
//! `telemetry.rs` (the attempt's record) and, on a failure, `retry.rs` and
//! `crate::error`; back here, the decoder (`src/model/decode.rs`, which
//! drives the generated types' derived `Deserialize`, and they
//! `src/model/time.rs`, `lists.rs`, `open_enum.rs`). Nothing here calls
//! back into the generated code.

pub mod auth;
mod body;
pub(crate) mod content_coding;
pub mod interceptor;
pub mod rate_limit;
pub(crate) mod request;
pub mod retry;
mod send;
pub(crate) mod telemetry;
pub(crate) mod tls;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use tracing::Instrument;

use crate::Error;
use crate::operations::Operation;

/// Everything the transport needs, built once by `ClientBuilder` and shared
/// by the clones of a client (the generated `Client` holds it as its
/// `inner`). `Debug` shows no token.
#[derive(Clone)]
pub(crate) struct Transport {
    /// The HTTP client that executes attempts.
    pub(crate) http: reqwest::Client,
    pub(crate) credentials: auth::Credentials,
    pub(crate) api_version: Option<HeaderValue>,
    pub(crate) user_agent: HeaderValue,
    /// Each attempt's timeout, unless the request has its own: the
    /// builder's, or none for a given HTTP client without one (its own
    /// applies).
    pub(crate) timeout: Option<Duration>,
    /// The largest response body read, in bytes, as received and after
    /// decompression.
    pub(crate) max_body_size: u64,
    /// `Accept-Encoding` of every attempt: the codings the client decodes,
    /// or `identity` with compression off.
    pub(crate) accept_encoding: HeaderValue,
    /// Per operation of `crate::operations::ALL`, the sizes of the bodies
    /// read so far: what the next body of that operation reserves when its
    /// size is not announced.
    pub(crate) body_sizes: Arc<[body::BodySizes]>,
    pub(crate) retry: retry::RetryPolicy,
    pub(crate) limits: Option<Arc<rate_limit::Limiters>>,
    pub(crate) interceptors: Arc<[Arc<dyn interceptor::Interceptor>]>,
    /// Samsara's clock, from the `Date` header of the latest response.
    pub(crate) server_clock: Arc<ServerClock>,
    /// The time-based streams' settle delay, when the client sets one (else
    /// `crate::pagination::DEFAULT_SETTLE`).
    pub(crate) settle: Option<Duration>,
}

impl Transport {
    /// Room for the body sizes of every operation of the spec.
    pub(crate) fn body_sizes() -> Arc<[body::BodySizes]> {
        crate::operations::ALL
            .iter()
            .map(|_| Default::default())
            .collect()
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("credentials", &self.credentials)
            .field("api_version", &self.api_version)
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("max_body_size", &self.max_body_size)
            .field("accept_encoding", &self.accept_encoding)
            .field("retry", &self.retry)
            .field("limits", &self.limits)
            .field("interceptors", &self.interceptors.len())
            .field("server_clock", &self.server_clock)
            .field("settle", &self.settle)
            .finish()
    }
}

/// Executes `request` for `op` (see the [module docs](self)); `decode`
/// turns the 2xx body into the outcome, once. `timeout` overrides the
/// client's for this request.
pub(crate) async fn invoke<T>(
    transport: &Transport,
    mut request: reqwest::Request,
    op: &'static Operation,
    timeout: Option<Duration>,
    decode: impl FnOnce(&Operation, reqwest::StatusCode, &[u8]) -> Result<T, Error>,
) -> Result<progenitor_client::ResponseValue<T>, Error> {
    if timeout.is_some() {
        *request.timeout_mut() = timeout;
    }
    request::prepare(&mut request, transport, op)?;
    let span = telemetry::span(op, request.url());
    let outcome = async {
        let answer = send::send(transport, request, op, &span).await?;
        let body = decode(op, answer.status, &answer.body)?;
        Ok(progenitor_client::ResponseValue::new(
            body,
            answer.status,
            answer.headers,
        ))
    }
    .instrument(span.clone())
    .await;
    telemetry::finish(&span, outcome.as_ref().map(|answer| answer.status()));
    outcome
}

/// How long a token provider may take when the request has no timeout of
/// its own (a client given to `ClientBuilder::http_client` without
/// `ClientBuilder::timeout`).
pub(crate) const DEFAULT_TOKEN_WAIT: Duration = Duration::from_secs(100);

/// A request the builder could not build: a parameter that did not
/// convert, or a URL or header reqwest refuses.
pub(crate) fn not_built(
    op: &Operation,
    error: progenitor_client::Error<crate::types::ErrorBody>,
) -> Error {
    use progenitor_client::Error as G;
    match error {
        G::InvalidRequest(message) | G::Custom(message) => {
            Error::InvalidInput(format!("{}: {message}", op.name))
        }
        other => Error::InvalidInput(format!("{}: the request cannot be built: {other}", op.name)),
    }
}

/// Samsara's clock as this client last saw it: the `Date` of the latest
/// response (whole seconds) and when it arrived.
#[derive(Debug, Default)]
pub(crate) struct ServerClock(
    std::sync::Mutex<Option<(chrono::DateTime<chrono::Utc>, std::time::Instant)>>,
);

impl ServerClock {
    /// Notes a response's `Date` header.
    pub(crate) fn record(&self, headers: &reqwest::header::HeaderMap) {
        let Some(date) = headers
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
        else {
            return;
        };
        let date: chrono::DateTime<chrono::Utc> = date.into();
        let mut clock = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // `Date` has whole seconds: Samsara's clock is within the second
        // after it. An earlier reading carried forward that falls in that
        // second is the better estimate, and keeps the clock from stepping
        // back (a window would then end before the one before it).
        let carried = clock.and_then(|(then, at)| {
            let since = chrono::Duration::from_std(at.elapsed()).ok()?;
            Some(then + since)
        });
        let anchor = match carried {
            Some(carried) if carried > date && carried < date + chrono::Duration::seconds(1) => {
                carried
            }
            _ => date,
        };
        *clock = Some((anchor, std::time::Instant::now()));
    }

    /// Samsara's clock now (the latest `Date` plus the time since, to the
    /// millisecond; never ahead of Samsara's own), if a response had one.
    pub(crate) fn now(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        let clock = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (date, at) = (*clock)?;
        let since = chrono::Duration::from_std(at.elapsed()).unwrap_or_default();
        Some(chrono::SubsecRound::trunc_subsecs(date + since, 3))
    }
}
