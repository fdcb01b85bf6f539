//! What the transport reports, in OpenTelemetry's words.
//!
//! **Spans** (`tracing`): one `samsara.request` span per call, with the
//! HTTP client semantic-convention fields `otel.name` (`GET
//! /maintenance/work-orders/stream`), `otel.kind` (`client`),
//! `http.request.method`, `server.address`, `server.port`, `url.template`
//! (the spec's path, never a URL with ids in its query),
//! `http.request.resend_count` (retries so far), and at the call's end
//! `http.response.status_code` (the final answer's), `error.type` (only
//! when the call failed: the status of an error answer, or `timeout`,
//! `connect`, `transport`, `body_cut`, `body_too_large`, `decode`,
//! `refused`, `token`…), `samsara.operation` (`stream_work_orders`) and
//! `samsara.request_id` (Samsara's `requestId` of the error answer). Each
//! attempt's own status and failure are in the metrics. `tracing-opentelemetry`
//! exports it as an OpenTelemetry client span.
//!
//! **Metrics** (the [`metrics`](https://docs.rs/metrics) facade; install any
//! recorder, e.g. an OpenTelemetry or Prometheus exporter):
//!
//! | name | kind | unit | labels |
//! |---|---|---|---|
//! | `http.client.request.duration` | histogram | seconds, per attempt | `http.request.method`, `server.address`, `server.port`, `url.template`, `samsara.operation`, `http.response.status_code` (when answered), `error.type` (a 4xx/5xx status, or the failure's kind) |
//! | `http.client.response.body.size` | histogram | bytes as received, per attempt with a body | `http.request.method`, `server.address`, `server.port`, `url.template`, `samsara.operation` |
//! | `samsara.client.retries` | counter | attempts after the first | `samsara.operation`, `error.type` |
//! | `samsara.client.throttled` | counter | 429 answers | `samsara.operation` |
//! | `samsara.client.pacing.wait` | histogram | seconds waited for the rate budget, per attempt | `samsara.operation` |
//!
//! No token, header value or query string is ever a field or a label.

use std::time::Duration;

use reqwest::StatusCode;

use crate::Error;
use crate::operations::Operation;

/// The span of one call of `op` on `url`.
pub(crate) fn span(op: &'static Operation, url: &reqwest::Url) -> tracing::Span {
    tracing::info_span!(
        "samsara.request",
        otel.name = %format_args!("{} {}", op.method, op.path),
        otel.kind = "client",
        http.request.method = op.method,
        server.address = url.host_str().unwrap_or_default(),
        server.port = url.port_or_known_default(),
        url.template = op.path,
        samsara.operation = op.name,
        http.request.resend_count = tracing::field::Empty,
        http.response.status_code = tracing::field::Empty,
        error.type = tracing::field::Empty,
        samsara.request_id = tracing::field::Empty,
    )
}

/// One attempt's end, in the metrics (and the span's resend count).
pub(crate) struct AttemptEnd<'a> {
    pub(crate) op: &'static Operation,
    pub(crate) url: &'a reqwest::Url,
    pub(crate) attempt: u32,
    pub(crate) status: Option<StatusCode>,
    /// The failure's kind when the attempt got no usable answer.
    pub(crate) failure: Option<&'static str>,
    pub(crate) elapsed: Duration,
    pub(crate) body_bytes: Option<usize>,
}

impl AttemptEnd<'_> {
    /// Records the attempt: its duration and body size, a 429.
    pub(crate) fn record(&self, span: &tracing::Span) {
        let op = self.op;
        if self.attempt > 1 {
            span.record("http.request.resend_count", self.attempt - 1);
        }
        let mut labels = vec![
            metrics::Label::new("http.request.method", op.method),
            metrics::Label::new("server.address", host(self.url)),
            metrics::Label::new("server.port", port(self.url)),
            metrics::Label::new("url.template", op.path),
            metrics::Label::new("samsara.operation", op.name),
        ];
        let body_labels = labels.clone();
        if let Some(status) = self.status {
            labels.push(metrics::Label::new(
                "http.response.status_code",
                status.as_u16().to_string(),
            ));
        }
        if let Some(error_type) = self.error_type() {
            labels.push(metrics::Label::new("error.type", error_type));
        }
        metrics::histogram!("http.client.request.duration", labels)
            .record(self.elapsed.as_secs_f64());
        if let Some(bytes) = self.body_bytes {
            metrics::histogram!("http.client.response.body.size", body_labels).record(bytes as f64);
        }
        if self.status == Some(StatusCode::TOO_MANY_REQUESTS) {
            metrics::counter!("samsara.client.throttled", "samsara.operation" => op.name)
                .increment(1);
        }
    }

    /// `error.type`: the failure's kind, else the status of a 4xx or 5xx.
    fn error_type(&self) -> Option<String> {
        if let Some(failure) = self.failure {
            return Some(failure.to_owned());
        }
        self.status
            .filter(|s| s.is_client_error() || s.is_server_error())
            .map(|s| s.as_u16().to_string())
    }
}

fn host(url: &reqwest::Url) -> String {
    url.host_str().unwrap_or_default().to_owned()
}

fn port(url: &reqwest::Url) -> String {
    url.port_or_known_default()
        .map(|p| p.to_string())
        .unwrap_or_default()
}

/// The call's end, in its span: the final status, and for a failure its
/// `error.type` and Samsara's `requestId` (a call that succeeded after
/// retries carries no `error.type`, as OpenTelemetry asks).
pub(crate) fn finish(span: &tracing::Span, outcome: Result<StatusCode, &Error>) {
    match outcome {
        Ok(status) => {
            span.record("http.response.status_code", status.as_u16());
        }
        Err(error) => {
            if let Some(status) = error.status() {
                span.record("http.response.status_code", status.as_u16());
            }
            span.record("error.type", error_type(error).as_str());
            if let Some(request_id) = error.request_id() {
                span.record("samsara.request_id", request_id);
            }
        }
    }
}

/// OpenTelemetry's `error.type` of a call that failed: the status of an
/// error answer, else what went wrong, in a few low-cardinality words.
fn error_type(error: &Error) -> String {
    let kind = match error {
        Error::Api(api) => return api.status.as_u16().to_string(),
        Error::OutcomeUnknown {
            status: Some(status),
            ..
        } => return status.as_u16().to_string(),
        Error::OutcomeUnknown {
            source: Some(source),
            ..
        }
        | Error::Transport(source) => source.kind(),
        Error::OutcomeUnknown { .. } => "transport",
        Error::Timeout(_) => "timeout",
        Error::ResponseTooLarge { .. } => "body_too_large",
        Error::Decode { .. } | Error::UnreadableSuccess { .. } | Error::Record(_) => "decode",
        Error::Refused { .. } => "refused",
        Error::Token { .. } => "token",
        Error::InvalidInput(_) => "invalid_input",
        Error::Conflict(_) => "conflict",
        Error::Config(_) => "config",
        Error::CursorExpired(_) => "cursor_expired",
        Error::Pagination(_) => "pagination",
    };
    kind.to_owned()
}

/// Another attempt of `op` is about to be made after a failure of `error_type`.
pub(crate) fn retrying(op: &'static Operation, error_type: String) {
    metrics::counter!(
        "samsara.client.retries",
        "samsara.operation" => op.name,
        "error.type" => error_type,
    )
    .increment(1);
}

/// The attempt of `op` waited `wait` for its rate budget.
pub(crate) fn paced(op: &'static Operation, wait: Duration) {
    metrics::histogram!("samsara.client.pacing.wait", "samsara.operation" => op.name)
        .record(wait.as_secs_f64());
}
