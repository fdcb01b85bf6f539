//! The crate's one error type.
//!
//! Variants are grouped by what a caller can do about them: fix the
//! configuration or the input, retry ([`Error::is_retryable`], which asks
//! the one classification of failures below, tabled in [`crate::retry`]),
//! restart pagination (expired cursor), or report (decode errors name the
//! JSON path).
//!
//! Errors are made where the body is read (`crate::transport`): no failure
//! of this crate's travels inside another library's error type.

use std::time::Duration;

use reqwest::StatusCode;

use crate::auth::TokenError;
use crate::operations::Operation;

/// How many bytes of a non-JSON error body an [`ApiError`] keeps.
pub(crate) const BODY_SNIPPET_LIMIT: usize = 512;

/// Everything that can go wrong calling Samsara.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client configuration is invalid: token, base URL, version header.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// An argument was rejected before any request was sent.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// What Samsara holds cannot be brought to what was asked without a
    /// write the API does not offer, e.g. an
    /// [upsert](crate::upsert) whose record has another qualification type
    /// (a PATCH cannot change it). Nothing was written; the message names
    /// the object and what differs. Fix the input or the object, then try
    /// again.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The connection failed or broke (refused, reset, closed mid-body, a
    /// compressed body cut short).
    #[error("transport error: {0}")]
    Transport(#[source] TransportError),
    /// The request, or reading its body, took longer than the timeout.
    #[error("request timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// Samsara answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// A response body does not match the spec's schema, or (path `.`) does
    /// not decompress as its `Content-Encoding` says: a server or proxy
    /// fault the same request meets again, so not retried.
    #[error("cannot decode the {operation} response at `{path}`: {message}")]
    Decode {
        /// The operation whose response failed.
        operation: String,
        /// JSON path of the member that failed, e.g. `data[3].createdAtTime`.
        path: String,
        /// What serde expected.
        message: String,
    },
    /// One record of a page does not match the spec (a required member
    /// missing, a wrong type, a timestamp too odd to parse). The page's other
    /// records were delivered; this one is kept here with its raw JSON. A
    /// stream yields it in the record's place and goes on: it is never dropped,
    /// and the page's checkpoint moves past it. See [`RecordError`].
    #[error(transparent)]
    Record(Box<RecordError>),
    /// A create (or another write that is not idempotent) whose outcome is
    /// unknown: the request was sent, then the connection broke, the timeout
    /// passed, or a 500, 502, 503 or 504 came back (a gateway's answer may
    /// follow the create): the failures [`crate::retry`] classifies as
    /// transient after the request may have been acted on. Samsara may or
    /// may not have created the object; look it up (e.g. by the external id
    /// you sent) before creating it again. Not retried, unless
    /// [`RetryPolicy::retry_writes`](crate::RetryPolicy::retry_writes), and
    /// not [`Error::is_retryable`]. (A 408 or a failure to connect stays an
    /// ordinary retryable error: the server cannot have acted.) A create
    /// answered 2xx whose body was then cut off (it most likely took effect)
    /// is never sent again, even with `retry_writes`.
    #[error(
        "{operation}: the outcome is unknown ({reason}); check whether it took effect before repeating it"
    )]
    OutcomeUnknown {
        /// The operation (snake_case operation id).
        operation: String,
        /// What happened after the request was sent.
        reason: String,
        /// The status, when a 5xx came back.
        status: Option<StatusCode>,
        /// The transport failure or timeout, when that is what happened.
        #[source]
        source: Option<TransportError>,
    },
    /// A write (create, patch, delete, archive…) that Samsara answered with a
    /// 2xx, so it **took effect**, but whose body does not match the spec (a
    /// required member missing, a wrong type, no body where a record was
    /// documented). Do not repeat it: for a create, the object exists. The
    /// raw body is kept.
    #[error(
        "{operation}: Samsara answered 2xx (the write took effect) but the body does not match the spec at `{path}`: {message}"
    )]
    UnreadableSuccess {
        /// The operation (snake_case operation id).
        operation: String,
        /// JSON path of the member that failed (`.` for the whole body).
        path: String,
        /// What the decoder expected.
        message: String,
        /// The body as received (possibly empty; empty too when it did not
        /// decompress).
        raw: String,
    },
    /// A response body larger than the client's limit,
    /// [`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size)
    /// (default 16 MiB), counted in bytes as received and again after
    /// decompression. Reading
    /// stopped at the limit (or before the first byte, when `Content-Length`
    /// announced more), so a small compressed body that would inflate to
    /// gigabytes costs no more memory than the limit; nothing was decoded.
    /// Not retried: the same request gets the same body. Ask for less (a
    /// smaller `limit`, a shorter window) or raise the limit. A write
    /// answered 2xx took effect all the same.
    #[error(
        "{operation}: the response body (HTTP {status}) is larger than the client's limit of {limit} bytes (as received or decompressed); it was not read further (see ClientBuilder::max_body_size)"
    )]
    ResponseTooLarge {
        /// The operation (snake_case operation id).
        operation: String,
        /// The status the server answered with.
        status: StatusCode,
        /// The limit, in bytes (of the body as received, and decompressed).
        limit: u64,
    },
    /// Samsara rejected the stream's pagination cursor: the same request
    /// without the cursor succeeded (cursors expire after 30 days, seed
    /// `004_…`, or were refused otherwise). Restart from a start time, e.g.
    /// a [`Checkpoint::through`](crate::pagination::Checkpoint::through) at
    /// your newest stored `updatedAtTime` (upserts absorb what that
    /// delivers again). A follow feed reads each window afresh and never
    /// sits on an old cursor, so it meets this only within one window.
    #[error("the pagination cursor was rejected (cursors live 30 days): {0}")]
    CursorExpired(String),
    /// The server broke the pagination contract (e.g. the same cursor twice
    /// while reporting more pages).
    #[error("pagination contract broken: {0}")]
    Pagination(String),
    /// An [interceptor](crate::interceptor) refused the request: nothing
    /// was sent (by this attempt).
    #[error("{operation}: refused by an interceptor: {reason}")]
    Refused {
        /// The operation (snake_case operation id).
        operation: String,
        /// The interceptor's reason.
        reason: String,
    },
    /// The client's [`TokenProvider`](crate::auth::TokenProvider) could not
    /// supply an access token: nothing was sent. Not retried.
    #[error("{operation}: no access token: {source}")]
    Token {
        /// The operation (snake_case operation id).
        operation: String,
        /// The provider's error.
        #[source]
        source: TokenError,
    },
}

/// A failure of the connection: reqwest's error, or a compressed body this
/// crate found cut short when the connection closed.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct TransportError(Repr);

#[derive(Debug, thiserror::Error)]
enum Repr {
    #[error("{}", http_text(.0))]
    Http(reqwest::Error),
    #[error("the response body was cut short: {0}")]
    Cut(String),
}

/// reqwest's words, with one name for a body that stopped before its end:
/// "the response body was cut short", whether this crate found it (a
/// compressed body) or hyper did (fewer bytes than `Content-Length`).
fn http_text(error: &reqwest::Error) -> String {
    if (error.is_body() || error.is_decode()) && !error.is_timeout() {
        format!("the response body was cut short: {error}")
    } else {
        error.to_string()
    }
}

impl TransportError {
    /// reqwest's error, when the failure is one (not a cut body).
    pub fn reqwest(&self) -> Option<&reqwest::Error> {
        match &self.0 {
            Repr::Http(e) => Some(e),
            Repr::Cut(_) => None,
        }
    }

    /// Whether the timeout passed.
    pub fn is_timeout(&self) -> bool {
        self.reqwest().is_some_and(reqwest::Error::is_timeout)
    }

    /// OpenTelemetry's `error.type` of the failure: `timeout`, `connect`,
    /// `body_cut` or `transport`.
    pub(crate) fn kind(&self) -> &'static str {
        match &self.0 {
            Repr::Http(e) if e.is_timeout() => "timeout",
            Repr::Http(e) if e.is_connect() => "connect",
            Repr::Http(e) if e.is_body() || e.is_decode() => "body_cut",
            Repr::Http(_) => "transport",
            Repr::Cut(_) => "body_cut",
        }
    }

    /// reqwest's error as text, without its URL (whose query may hold ids).
    pub(crate) fn describe(error: &reqwest::Error) -> String {
        let text = error.to_string();
        match error.url() {
            Some(url) => text.replace(url.as_str(), &redacted(url)),
            None => text,
        }
    }

    /// A compressed body that stops short when the connection closed.
    pub(crate) fn cut(message: String) -> TransportError {
        TransportError(Repr::Cut(message))
    }

    /// What kind of failure it is.
    pub(crate) fn failure(&self) -> Failure {
        match &self.0 {
            Repr::Http(e) => TransportError::classify_reqwest(e),
            Repr::Cut(_) => Failure::Transient,
        }
    }

    /// What kind of failure a reqwest error is (see the table in
    /// [`crate::retry`]).
    pub(crate) fn classify_reqwest(error: &reqwest::Error) -> Failure {
        if error.is_connect() {
            // Failing to connect (a connect timeout included): nothing was sent.
            Failure::NotSent
        } else if error.is_builder() || error.is_redirect() {
            // A request that cannot be built, or a redirect refused by the
            // policy: the same request fails the same way.
            Failure::Permanent
        } else {
            // Timed out, reset, cut off mid-body: the request may have been
            // acted on.
            Failure::Transient
        }
    }
}

impl From<reqwest::Error> for TransportError {
    /// Keeps reqwest's error without its URL's query (which may hold ids).
    fn from(e: reqwest::Error) -> TransportError {
        TransportError(Repr::Http(without_query(e)))
    }
}

/// `error` with its URL's query and fragment removed.
fn without_query(mut error: reqwest::Error) -> reqwest::Error {
    if let Some(url) = error.url_mut() {
        url.set_query(None);
        url.set_fragment(None);
    }
    error
}

/// A URL without its query, for messages.
fn redacted(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    url.to_string()
}

/// What kind of failure an outcome is: the one classification, used by the
/// retry loop, by [`Error::is_retryable`] and by [`Error::OutcomeUnknown`].
/// See the table in [`crate::retry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// 429: the server did not act and asks us to wait.
    Throttled,
    /// Transient, and the server cannot have acted: the connection failed,
    /// or it answered 408 (it did not receive the whole request).
    NotSent,
    /// Transient, after the request may have been acted on.
    Transient,
    /// Retrying cannot help.
    Permanent,
}

impl Failure {
    /// Whether the same request may succeed later (throttled or transient).
    pub(crate) fn is_retryable(self) -> bool {
        self != Failure::Permanent
    }
}

/// The failure an answer's status is; `None` for a status that is not a
/// failure (1xx, 2xx, 3xx).
pub(crate) fn classify_status(status: StatusCode) -> Option<Failure> {
    if !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    Some(match status.as_u16() {
        429 => Failure::Throttled,
        408 => Failure::NotSent,
        500 | 502 | 503 | 504 => Failure::Transient,
        _ => Failure::Permanent,
    })
}

/// A record that did not decode, kept whole: see [`Error::Record`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{operation}: record {} at `{path}` does not match the spec: {message}", id.as_deref().unwrap_or("without a readable id"))]
#[non_exhaustive]
pub struct RecordError {
    /// The operation whose page held the record.
    pub operation: String,
    /// The record's position in the page's `data` (0-based).
    pub index: usize,
    /// The record's `id`, when it is readable (a string or a number).
    pub id: Option<String>,
    /// The record's `updatedAtTime`, when it is readable (an RFC 3339
    /// string): with `id`, the version a sync keys on (see [`crate::Record`]).
    pub updated_at_time: Option<chrono::DateTime<chrono::Utc>>,
    /// JSON path of the member that failed, from the page: `data[3].createdAtTime`.
    pub path: String,
    /// What the decoder expected.
    pub message: String,
    /// The record's JSON exactly as received.
    pub raw: String,
}

impl RecordError {
    /// The record as a JSON value, e.g. to store it for later.
    pub fn raw_json(&self) -> serde_json::Value {
        serde_json::from_str(&self.raw).unwrap_or(serde_json::Value::Null)
    }
}

/// An error status from Samsara, with its `{message, requestId}` body when the
/// body was JSON and a bounded snippet of it when it was not.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{operation}: HTTP {status}{}{}", message.as_deref().map(|m| format!(": {m}")).unwrap_or_default(), request_id.as_deref().map(|r| format!(" (request id {r})")).unwrap_or_default())]
#[non_exhaustive]
pub struct ApiError {
    /// The operation that failed (snake_case operation id).
    pub operation: String,
    /// The HTTP status.
    pub status: StatusCode,
    /// Samsara's `message`, or a snippet of a non-JSON body.
    pub message: Option<String>,
    /// Samsara's `requestId`, to quote to support.
    pub request_id: Option<String>,
    /// The server's `Retry-After`, parsed.
    pub retry_after: Option<Duration>,
    /// The answer's headers, as received.
    pub headers: reqwest::header::HeaderMap,
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport(e) => e.reqwest().and_then(reqwest::Error::status),
            Error::Timeout(e) => e.status(),
            Error::OutcomeUnknown { status, source, .. } => status.or_else(|| {
                source
                    .as_ref()
                    .and_then(TransportError::reqwest)
                    .and_then(reqwest::Error::status)
            }),
            _ => None,
        }
    }

    /// Samsara's `requestId`, when the error body carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// How long the server asked us to wait (`Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(e) => e.retry_after,
            _ => None,
        }
    }

    /// The record that did not decode, for [`Error::Record`].
    pub fn record(&self) -> Option<&RecordError> {
        match self {
            Error::Record(record) => Some(record),
            _ => None,
        }
    }

    /// Whether the same request may succeed later: the throttling and
    /// transient failures of the table in [`crate::retry`] (429; 408, 500,
    /// 502, 503, 504; failing to connect, timeouts, broken connections), the
    /// same classification the retry loop uses. Not a request that cannot be
    /// built, a refused redirect, or another 4xx/5xx (501, 505, 507, 511…).
    /// [`Error::OutcomeUnknown`] is not: repeating it may apply it twice.
    pub fn is_retryable(&self) -> bool {
        let failure = match self {
            Error::Transport(e) => Some(e.failure()),
            Error::Timeout(e) => Some(TransportError::classify_reqwest(e)),
            Error::Api(e) => classify_status(e.status),
            _ => None,
        };
        failure.is_some_and(Failure::is_retryable)
    }
}

/// Parses `Retry-After`: fractional seconds (`0.40235`, as Samsara documents)
/// or an HTTP date. Negative, non-finite and past values give zero or `None`.
pub(crate) fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0)
            .then(|| Duration::from_secs_f64(seconds.min(86_400.0)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

impl ApiError {
    /// Builds the error from a response's parts; `body` is the raw body as
    /// received: Samsara's `{message, requestId}`, or anything else (a
    /// proxy's text page…), kept as a bounded snippet in `message`.
    pub(crate) fn from_parts(
        operation: &str,
        status: StatusCode,
        headers: reqwest::header::HeaderMap,
        body: &[u8],
    ) -> ApiError {
        #[derive(serde::Deserialize)]
        struct Body {
            message: Option<String>,
            #[serde(rename = "requestId")]
            request_id: Option<String>,
        }
        let (message, request_id) = match serde_json::from_slice::<Body>(body) {
            Ok(b) => (b.message, b.request_id),
            Err(_) => (snippet(body), None),
        };
        ApiError::new(operation, status, headers, message, request_id)
    }

    /// Builds the error from the status, the headers (`Retry-After`) and
    /// what the body said.
    fn new(
        operation: &str,
        status: StatusCode,
        headers: reqwest::header::HeaderMap,
        message: Option<String>,
        request_id: Option<String>,
    ) -> ApiError {
        let retry_after = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, std::time::SystemTime::now()));
        ApiError {
            operation: operation.to_owned(),
            status,
            message,
            request_id,
            retry_after,
            headers,
        }
    }
}

/// The first [`BODY_SNIPPET_LIMIT`] bytes of a body as text, `None` if empty.
fn snippet(body: &[u8]) -> Option<String> {
    let cut = &body[..body.len().min(BODY_SNIPPET_LIMIT)];
    let text = String::from_utf8_lossy(cut).trim().to_owned();
    if text.is_empty() {
        return None;
    }
    Some(if body.len() > BODY_SNIPPET_LIMIT {
        format!("{text}…")
    } else {
        text
    })
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout(without_query(e))
        } else {
            Error::Transport(TransportError::from(e))
        }
    }
}

impl Error {
    /// An attempt of `op` that got no usable answer: for a create, when it
    /// may have been acted on, [`Error::OutcomeUnknown`]; else
    /// [`Error::Timeout`] or [`Error::Transport`].
    pub(crate) fn failed_transport(op: &Operation, error: TransportError) -> Error {
        if !op.idempotent && error.failure() == Failure::Transient {
            return Error::OutcomeUnknown {
                operation: op.name.to_owned(),
                reason: format!("the request was sent, then: {error}"),
                status: None,
                source: Some(error),
            };
        }
        match error.0 {
            Repr::Http(e) if e.is_timeout() => Error::Timeout(e),
            repr => Error::Transport(TransportError(repr)),
        }
    }

    /// A body of `op` answered with `status` that does not match the spec
    /// at `path`: for a write answered 2xx, [`Error::UnreadableSuccess`]
    /// (it took effect), else [`Error::Decode`].
    pub(crate) fn unreadable(
        op: &Operation,
        status: StatusCode,
        path: &str,
        message: String,
        raw: &[u8],
    ) -> Error {
        if status.is_success() && !op.is_read() {
            Error::UnreadableSuccess {
                operation: op.name.to_owned(),
                path: path.to_owned(),
                message,
                raw: crate::model::secrets::redact(&String::from_utf8_lossy(raw)),
            }
        } else {
            Error::Decode {
                operation: op.name.to_owned(),
                path: path.to_owned(),
                message,
            }
        }
    }

    /// An error status as this crate's error: [`Error::OutcomeUnknown`] for
    /// a create answered with a failure that may follow the create (a
    /// transient one in [`crate::retry`]'s table), else [`Error::Api`].
    pub(crate) fn answered(op: &Operation, api: ApiError) -> Error {
        if !op.idempotent && classify_status(api.status) == Some(Failure::Transient) {
            Error::OutcomeUnknown {
                operation: op.name.to_owned(),
                reason: format!("the server answered {api}"),
                status: Some(api.status),
                source: None,
            }
        } else {
            Error::Api(Box::new(api))
        }
    }
}

/// Decodes `bytes` (a 2xx body of `op` with `status`) as `T` again,
/// tracking the path, to report where it failed.
pub(crate) fn decode_error<T: serde::de::DeserializeOwned>(
    op: &Operation,
    status: StatusCode,
    bytes: &[u8],
) -> Error {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => (
            ".".to_owned(),
            "the body is not valid JSON of the documented shape".to_owned(),
        ),
        Err(e) => (e.path().to_string(), e.inner().to_string()),
    };
    Error::unreadable(op, status, &path, message, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{SystemTime, UNIX_EPOCH};

    #[test]
    fn retry_after_accepts_fractional_seconds() {
        assert_eq!(
            parse_retry_after("0.40235", SystemTime::now()),
            Some(Duration::from_secs_f64(0.40235))
        );
        assert_eq!(
            parse_retry_after(" 2 ", SystemTime::now()),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn retry_after_accepts_http_dates() {
        let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn retry_after_rejects_garbage() {
        assert_eq!(parse_retry_after("soon", SystemTime::now()), None);
        assert_eq!(parse_retry_after("-1", SystemTime::now()), None);
        assert_eq!(parse_retry_after("NaN", SystemTime::now()), None);
    }

    #[test]
    fn non_json_body_becomes_a_bounded_snippet() {
        let body = "x".repeat(2000);
        let e = ApiError::from_parts(
            "op",
            StatusCode::BAD_GATEWAY,
            Default::default(),
            body.as_bytes(),
        );
        let message = e.message.unwrap();
        assert!(message.len() <= BODY_SNIPPET_LIMIT + '…'.len_utf8());
        assert!(message.ends_with('…'));
    }

    #[test]
    fn json_body_gives_message_and_request_id() {
        let e = ApiError::from_parts(
            "get_work_orders",
            StatusCode::NOT_FOUND,
            Default::default(),
            br#"{"message":"nope","requestId":"r1"}"#,
        );
        assert_eq!(
            e.to_string(),
            "get_work_orders: HTTP 404 Not Found: nope (request id r1)"
        );
    }
}
