//! What the transport reports, in OpenTelemetry's words.
//!
//! **Spans** (`tracing`): one `samsara.request` span per call, with the
//! HTTP client semantic-convention fields `otel.name` (`GET
//! /maintenance/work-orders/stream`), `otel.kind` (`client`),
//! `http.request.method`, `server.address`, `server.port`, `url.template`
//! (the spec's path, never a URL with ids in its query),
//! `http.request.resend_count` (retries so far), `http.response.status_code`,
//! `error.type` (the status, or `timeout`, `connect`, `transport`,
//! `body_too_large`, `body_undecodable`, `body_cut`, `refused`, `token`), and
//! `samsara.operation` (`stream_work_orders`) and `samsara.request_id`
//! (Samsara's `requestId` of an error answer). `tracing-opentelemetry`
//! exports it as an OpenTelemetry client span.
//!
//! **Metrics** (the [`metrics`](https://docs.rs/metrics) facade; install any
//! recorder, e.g. an OpenTelemetry or Prometheus exporter):
//!
//! | name | kind | unit | labels |
//! |---|---|---|---|
//! | `http.client.request.duration` | histogram | seconds, per attempt | `http.request.method`, `server.address`, `url.template`, `samsara.operation`, `http.response.status_code` or `error.type` |
//! | `http.client.response.body.size` | histogram | bytes as received, per attempt with a body | `http.request.method`, `server.address`, `url.template`, `samsara.operation` |
//! | `samsara.client.retries` | counter | attempts after the first | `samsara.operation`, `error.type` |
//! | `samsara.client.throttled` | counter | 429 answers | `samsara.operation` |
//! | `samsara.client.pacing.wait` | histogram | seconds waited for the rate budget, per attempt | `samsara.operation` |
//!
//! No token, header value or query string is ever a field or a label.

use std::time::Duration;

use reqwest::StatusCode;

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

/// One attempt's end, in the span and the metrics.
pub(crate) struct AttemptEnd<'a> {
    pub(crate) op: &'static Operation,
    pub(crate) host: &'a str,
    pub(crate) attempt: u32,
    pub(crate) status: Option<StatusCode>,
    pub(crate) error_type: Option<&'static str>,
    pub(crate) elapsed: Duration,
    pub(crate) body_bytes: Option<usize>,
}

impl AttemptEnd<'_> {
    /// Records the attempt in `span` and the metrics.
    pub(crate) fn record(&self, span: &tracing::Span) {
        let op = self.op;
        if self.attempt > 1 {
            span.record("http.request.resend_count", self.attempt - 1);
        }
        let status = self.status.map(|s| s.as_u16());
        if let Some(status) = status {
            span.record("http.response.status_code", status);
        }
        let error_type = self.error_type();
        if let Some(error_type) = &error_type {
            span.record("error.type", error_type.as_str());
        }
        let host = self.host.to_owned();
        let outcome = match (status, &error_type) {
            (Some(status), _) => ("http.response.status_code", status.to_string()),
            (None, Some(error)) => ("error.type", error.clone()),
            (None, None) => ("error.type", "_OTHER".to_owned()),
        };
        metrics::histogram!(
            "http.client.request.duration",
            "http.request.method" => op.method,
            "server.address" => host.clone(),
            "url.template" => op.path,
            "samsara.operation" => op.name,
            outcome.0 => outcome.1,
        )
        .record(self.elapsed.as_secs_f64());
        if let Some(bytes) = self.body_bytes {
            metrics::histogram!(
                "http.client.response.body.size",
                "http.request.method" => op.method,
                "server.address" => host,
                "url.template" => op.path,
                "samsara.operation" => op.name,
            )
            .record(bytes as f64);
        }
        if status == Some(429) {
            metrics::counter!("samsara.client.throttled", "samsara.operation" => op.name)
                .increment(1);
        }
    }

    /// `error.type`: the status of a 4xx or 5xx, else the failure's kind.
    fn error_type(&self) -> Option<String> {
        match self.status {
            Some(status) if status.is_client_error() || status.is_server_error() => {
                Some(status.as_u16().to_string())
            }
            _ => self.error_type.map(str::to_owned),
        }
    }
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
