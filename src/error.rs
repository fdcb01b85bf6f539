//! The crate's one error type.
//!
//! Variants are grouped by what a caller can do about them: fix the
//! configuration or the input, retry ([`Error::is_retryable`], which asks
//! the one classification of failures in [`crate::retry`]), restart
//! pagination (expired cursor), or report (decode errors name the JSON path).

use std::time::Duration;

use reqwest::StatusCode;

use crate::retry::{Failure, classify};

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
    /// The connection failed or broke (refused, reset, closed mid-body).
    #[error("transport error: {}", transport_message(.0))]
    Transport(#[source] reqwest::Error),
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
    /// ordinary retryable error: the server cannot have acted.)
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
        source: Option<reqwest::Error>,
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
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport(e) | Error::Timeout(e) => e.status(),
            Error::OutcomeUnknown { status, source, .. } => {
                status.or_else(|| source.as_ref().and_then(reqwest::Error::status))
            }
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
            Error::Transport(e) | Error::Timeout(e) => classify(Err(e)),
            Error::Api(e) => classify(Ok(e.status)),
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
        headers: &reqwest::header::HeaderMap,
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
        headers: &reqwest::header::HeaderMap,
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
            Error::Timeout(e)
        } else {
            Error::Transport(e)
        }
    }
}

impl Error {
    /// Converts an error of a generated operation into this crate's error.
    ///
    /// `T` is the operation's success type: when its body fails to decode, the
    /// body is decoded again to name the JSON path of the member that failed.
    pub(crate) async fn from_generated<T: serde::de::DeserializeOwned>(
        operation: &str,
        error: progenitor_client::Error<crate::types::ErrorBody>,
    ) -> Error {
        use progenitor_client::Error as G;
        match error {
            G::InvalidRequest(message) => Error::InvalidInput(format!("{operation}: {message}")),
            G::CommunicationError(e) | G::InvalidUpgrade(e) | G::ResponseBodyError(e) => {
                if let Some(failure) = BodyFailure::of(&e) {
                    failure.to_error(operation)
                } else if creates(operation) && classify(Err(&e)) == Some(Failure::Transient) {
                    Error::OutcomeUnknown {
                        operation: operation.to_owned(),
                        reason: format!("the request was sent, then: {e}"),
                        status: None,
                        source: Some(e),
                    }
                } else {
                    Error::from(e)
                }
            }
            // A documented error status whose body is Samsara's
            // `{message, requestId}`; any other body arrives whole as
            // `UnexpectedResponse` (see `crate::decode::error_response`).
            G::ErrorResponse(response) => {
                let status = response.status();
                let headers = response.headers().clone();
                let body = response.into_inner();
                let api = ApiError::new(
                    operation,
                    status,
                    &headers,
                    Some(body.message),
                    Some(body.request_id),
                );
                Error::answered(operation, api)
            }
            G::InvalidResponsePayload(bytes, _) => {
                let error = decode_error::<T>(operation, &bytes);
                match error {
                    Error::Decode { path, message, .. } if writes(operation) => {
                        Error::UnreadableSuccess {
                            operation: operation.to_owned(),
                            path,
                            message,
                            raw: String::from_utf8_lossy(&bytes).into_owned(),
                        }
                    }
                    other => other,
                }
            }
            G::UnexpectedResponse(response) => {
                let status = response.status();
                let headers = response.headers().clone();
                match response.bytes().await {
                    Ok(body) => Error::answered(
                        operation,
                        ApiError::from_parts(operation, status, &headers, &body),
                    ),
                    Err(e) => Error::from(e),
                }
            }
            G::Custom(message) => Error::InvalidInput(format!("{operation}: {message}")),
        }
    }

    /// An error status as this crate's error: [`Error::OutcomeUnknown`] for
    /// a create answered with a failure that may follow the create (a
    /// transient one in [`crate::retry`]'s table), else [`Error::Api`].
    fn answered(operation: &str, api: ApiError) -> Error {
        if creates(operation) && classify(Ok(api.status)) == Some(Failure::Transient) {
            Error::OutcomeUnknown {
                operation: operation.to_owned(),
                reason: format!("the server answered {api}"),
                status: Some(api.status),
                source: None,
            }
        } else {
            Error::Api(Box::new(api))
        }
    }
}

/// Why a response body was not read whole, when that is the server's doing
/// and not the connection's. `send` reads every body inside progenitor's
/// `exec` hook, which can return only a `reqwest::Error`; so this typed cause
/// travels as that error's source ([`carried`]) and is found
/// again by downcasting ([`BodyFailure::of`]): by [`classify`] (permanent) and
/// by [`Error::from_generated`] (the typed error).
#[derive(Clone, Debug, thiserror::Error)]
pub(crate) enum BodyFailure {
    /// Longer than the client's `max_body_size`, in bytes as received or
    /// after decompression.
    #[error(
        "the response body (HTTP {status}) is larger than {limit} bytes (as received or decompressed)"
    )]
    TooLarge { status: StatusCode, limit: u64 },
    /// The body does not decompress as its `Content-Encoding` says.
    #[error(
        "the response body (HTTP {status}) does not decompress as its Content-Encoding says: {message}"
    )]
    Undecodable { status: StatusCode, message: String },
}

impl BodyFailure {
    /// The failure carried by `error` (anywhere in its chain of sources).
    pub(crate) fn of(error: &reqwest::Error) -> Option<&BodyFailure> {
        cause_of(error)
    }

    /// This crate's error for `operation`.
    fn to_error(&self, operation: &str) -> Error {
        match self {
            BodyFailure::TooLarge { status, limit } => Error::ResponseTooLarge {
                operation: operation.to_owned(),
                status: *status,
                limit: *limit,
            },
            BodyFailure::Undecodable { status, .. } if status.is_success() && writes(operation) => {
                Error::UnreadableSuccess {
                    operation: operation.to_owned(),
                    path: ".".into(),
                    message: self.to_string(),
                    raw: String::new(),
                }
            }
            BodyFailure::Undecodable { .. } => Error::Decode {
                operation: operation.to_owned(),
                path: ".".into(),
                message: self.to_string(),
            },
        }
    }
}

/// `cause` as a `reqwest::Error` whose source it is, for the `exec` hook,
/// which can return only reqwest's errors. reqwest builds an error with a
/// source of ours only from a body that fails: this one yields nothing but
/// `cause`, so the first read is that error (a body error: transient to
/// [`classify`] unless `cause` is a [`BodyFailure`]).
pub(crate) async fn carried<E>(cause: E) -> reqwest::Error
where
    E: std::error::Error + Clone + Send + Sync + 'static,
{
    let failing = futures::stream::repeat(Err::<Vec<u8>, _>(cause));
    let mut carrier =
        reqwest::Response::from(http::Response::new(reqwest::Body::wrap_stream(failing)));
    loop {
        if let Err(error) = carrier.chunk().await {
            return error;
        }
    }
}

/// A transport error's message: reqwest's, and what this crate found when
/// it was this crate that failed the body (a compressed body cut short),
/// which reqwest's own message does not say.
fn transport_message(error: &reqwest::Error) -> String {
    match cause_of::<crate::send::CutBody>(error) {
        Some(cut) => format!("{error}: {cut}"),
        None => error.to_string(),
    }
}

/// The cause of type `T` anywhere in `error`'s chain of sources (how a
/// cause of this crate's travels through reqwest, see [`carried`]).
fn cause_of<T: std::error::Error + 'static>(error: &reqwest::Error) -> Option<&T> {
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        if let Some(found) = cause.downcast_ref::<T>() {
            return Some(found);
        }
        source = cause.source();
    }
    None
}

/// `operation` changes something: its 2xx means the change took effect,
/// even when its body cannot be read.
fn writes(operation: &str) -> bool {
    !crate::operations::find(operation).is_some_and(|op| op.is_read())
}

/// `operation` creates: a repeat (or a lost answer) could mean two objects.
fn creates(operation: &str) -> bool {
    crate::operations::find(operation).is_some_and(|op| !op.idempotent)
}

/// Decodes `bytes` as `T` again, tracking the path, to report where it failed.
pub(crate) fn decode_error<T: serde::de::DeserializeOwned>(operation: &str, bytes: &[u8]) -> Error {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => Error::Decode {
            operation: operation.to_owned(),
            path: ".".into(),
            message: "the body is not valid JSON of the documented shape".into(),
        },
        Err(e) => Error::Decode {
            operation: operation.to_owned(),
            path: e.path().to_string(),
            message: e.inner().to_string(),
        },
    }
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
            &Default::default(),
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
            &Default::default(),
            br#"{"message":"nope","requestId":"r1"}"#,
        );
        assert_eq!(
            e.to_string(),
            "get_work_orders: HTTP 404 Not Found: nope (request id r1)"
        );
    }
}
