//! What handlers return, and how it becomes an HTTP response: JSON bodies,
//! empty bodies, and Samsara's `{message, requestId}` error body.

use std::fmt::Display;

use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use samsara::types::ErrorBody;
use serde::Serialize;

/// A 4xx (or, for bugs, 500) answer with Samsara's `{message, requestId}` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// 400 `Invalid value for parameter: NAME (DETAIL)`.
    pub(crate) fn bad_param(name: &str, detail: impl Display) -> Self {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("Invalid value for parameter: {name} ({detail})"),
        )
    }

    /// 400 `Invalid value for parameter: NAME`, without detail.
    pub(crate) fn bad_param_bare(name: &str) -> Self {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("Invalid value for parameter: {name}"),
        )
    }

    pub(crate) fn not_found(what: impl Display) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, format!("Not found: {what}"))
    }

    pub(crate) fn internal(what: impl Display) -> Self {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error in samsara-mock: {what}"),
        )
    }
}

/// A successful answer.
#[derive(Debug)]
pub(crate) enum Reply {
    /// A JSON body.
    Json(StatusCode, Vec<u8>),
    /// No body at all (`Content-Length: 0`).
    Empty(StatusCode),
}

impl Reply {
    pub(crate) fn json<T: Serialize>(status: StatusCode, body: &T) -> Result<Reply, ApiError> {
        serde_json::to_vec(body)
            .map(|bytes| Reply::Json(status, bytes))
            .map_err(ApiError::internal)
    }
}

/// Builds a response; the parts given are always valid, so this cannot fail.
fn build(status: StatusCode, content_type: Option<&'static str>, body: Body) -> Response<Body> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    if let Some(ct) = content_type {
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    }
    response
}

pub(crate) fn json_response(status: StatusCode, bytes: Vec<u8>) -> Response<Body> {
    build(status, Some("application/json"), Body::from(bytes))
}

pub(crate) fn empty_response(status: StatusCode) -> Response<Body> {
    let mut response = build(status, None, Body::empty());
    if status != StatusCode::NO_CONTENT {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from_static("0"));
    }
    response
}

pub(crate) fn text_response(status: StatusCode, text: &'static str) -> Response<Body> {
    build(status, Some("text/plain; charset=utf-8"), Body::from(text))
}

pub(crate) fn error_response(error: &ApiError, request_id: &str) -> Response<Body> {
    // Through the builder (robust to members added to the spec); both
    // required members are set and two strings always serialize.
    let body: Result<ErrorBody, _> = ErrorBody::builder()
        .message(error.message.clone())
        .request_id(request_id.to_owned())
        .try_into();
    let bytes = body
        .ok()
        .and_then(|body| serde_json::to_vec(&body).ok())
        .unwrap_or_default();
    json_response(error.status, bytes)
}

pub(crate) fn reply_response(reply: Reply) -> Response<Body> {
    match reply {
        Reply::Json(status, bytes) => json_response(status, bytes),
        Reply::Empty(status) => empty_response(status),
    }
}

/// A 429, with `Retry-After` in fractional seconds (e.g. `0.40235`) when
/// one is given.
pub(crate) fn rate_limited_response(retry_after: Option<&str>, request_id: &str) -> Response<Body> {
    let mut response = error_response(
        &ApiError::new(StatusCode::TOO_MANY_REQUESTS, "Rate limit exceeded"),
        request_id,
    );
    if let Some(value) = retry_after.and_then(|r| HeaderValue::from_str(r).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// Seconds with five decimals, never zero: `0.40235`.
pub(crate) fn format_retry_after(wait: std::time::Duration) -> String {
    format!("{:.5}", wait.as_secs_f64().max(0.00001))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn retry_after_is_fractional_seconds() {
        assert_eq!(
            format_retry_after(Duration::from_micros(402_350)),
            "0.40235"
        );
        assert_eq!(format_retry_after(Duration::ZERO), "0.00001");
        assert_eq!(format_retry_after(Duration::from_millis(1500)), "1.50000");
    }
}
