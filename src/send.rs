//! Sending a request: pacing to the rate limit, one attempt (the body read
//! whole within the timeout, decompressed, up to the client's size limit),
//! and the retry loop around attempts, which asks [`crate::retry`] what each
//! failure is and how long to wait. Runs in progenitor's `exec` hook (see
//! `src/hooks.rs`).

use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

use reqwest::header::{
    CONTENT_ENCODING, CONTENT_LENGTH, HeaderMap, RETRY_AFTER, TRANSFER_ENCODING,
};

use crate::client::Inner;
use crate::content_coding::CodingError;
use crate::error::{BodyFailure, parse_retry_after};
use crate::retry::{Failure, classify};

/// Sends `request` for `operation`, paced, retrying as the client's policy
/// allows; the last attempt's response (a failure status included) or error.
pub(crate) async fn send_with_retries(
    http: &reqwest::Client,
    inner: &Inner,
    request: reqwest::Request,
    operation: &str,
) -> reqwest::Result<reqwest::Response> {
    let position = crate::operations::position(operation);
    let facts = position.map(|i| &crate::operations::ALL[i]);
    let sizes = inner.body_sizes(position);
    let idempotent = facts.is_none_or(|op| op.idempotent);
    // The window of the operation's budget: a 429 without `Retry-After`
    // waits at its scale (one second when the spec gives none).
    let window = facts.map_or(Duration::from_secs(1), |op| op.rate_limit.per.duration());
    let started = Instant::now();
    let span = tracing::Span::current();
    let mut attempt = 1;
    // Failures other than 429, and 429s, counted apart: 429s are bounded by
    // `max_elapsed` alone (see `RetryPolicy::max_attempts`).
    let (mut failed, mut throttled) = (0, 0);
    // A delete whose earlier try may have reached the server (timed out, cut
    // off, 5xx): a 404 now means that try deleted it.
    let mut delete_already_applied = false;
    loop {
        if let Some(limits) = &inner.limits {
            limits.acquire(operation).await;
        }
        span.record("attempt", attempt);
        // A body that cannot be cloned (a stream) gets exactly one attempt.
        let Some(this_try) = request.try_clone() else {
            return send_buffered(http, request, inner, sizes).await;
        };
        let result = send_buffered(http, this_try, inner, sizes).await;
        if let Ok(response) = &result {
            inner.server_clock.record(response.headers());
            span.record("status", response.status().as_u16());
        }
        let failure = classify(result.as_ref().map(reqwest::Response::status));
        let retry_after = result.as_ref().ok().and_then(retry_after);
        if delete_already_applied && is_status(&result, reqwest::StatusCode::NOT_FOUND) {
            // The first try deleted it and its answer was lost: done.
            tracing::info!(
                attempt,
                "a retried delete found nothing left to delete: done"
            );
            return Ok(no_content());
        }
        let Some(failure) = failure else {
            return result;
        };
        if failure == Failure::Transient && request.method() == reqwest::Method::DELETE {
            delete_already_applied = true;
        }
        if failure == Failure::Throttled {
            throttled += 1;
        } else {
            failed += 1;
        }
        let attempts = crate::retry::Attempts {
            failed,
            throttled,
            elapsed: started.elapsed(),
            window,
        };
        let Some(delay) = inner
            .retry
            .next_delay(failure, retry_after, idempotent, &attempts)
        else {
            if failure != Failure::Permanent {
                tracing::warn!(attempt, ?failure, "giving up");
            }
            return result;
        };
        match &result {
            Ok(response) => tracing::info!(
                attempt,
                status = response.status().as_u16(),
                ?delay,
                "retrying"
            ),
            Err(error) => tracing::info!(attempt, %error, ?delay, "retrying"),
        }
        tokio::time::sleep(delay).await;
        attempt += 1;
    }
}

fn is_status(result: &reqwest::Result<reqwest::Response>, status: reqwest::StatusCode) -> bool {
    result.as_ref().is_ok_and(|r| r.status() == status)
}

/// An empty `204 No Content` answer, as a successful delete gets.
fn no_content() -> reqwest::Response {
    let mut response = http::Response::new(reqwest::Body::from(Vec::new()));
    *response.status_mut() = reqwest::StatusCode::NO_CONTENT;
    reqwest::Response::from(response)
}

fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get(RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, std::time::SystemTime::now())
}

/// The sizes of the bodies read so far for one operation, in bytes: what
/// the next body of that operation reserves when its size is not announced
/// (a compressed body comes chunked, without `Content-Length`), so that a
/// backfill's buffers are one size, page after page, instead of doubling
/// from nothing each time (which left glibc's heap a little larger every
/// few thousand records).
#[derive(Debug, Default)]
pub(crate) struct BodySizes {
    /// The largest body as it came over the wire.
    received: AtomicU64,
    /// The largest body decoded from a content coding.
    decoded: AtomicU64,
}

/// One attempt: sends the request and reads the whole body within the
/// request's timeout, so a broken or stalled body is a (retryable) transport
/// error here rather than a failure after the hook, and decodes its content
/// coding ([`crate::content_coding`]). A body over `max_body_size` bytes or
/// one that does not decode is a (permanent) [`BodyFailure`]; compressed
/// data that stops short is a cut body, transient like a broken connection.
/// The response is passed on with its status, its headers (less
/// `Content-Encoding` and `Content-Length` once decoded) and the decoded
/// body; an error body's `requestId`, when it has one, is noted in the
/// request's span.
async fn send_buffered(
    http: &reqwest::Client,
    request: reqwest::Request,
    inner: &Inner,
    sizes: &BodySizes,
) -> reqwest::Result<reqwest::Response> {
    let mut response = http.execute(request).await?;
    let status = response.status();
    let version = response.version();
    let mut headers = response.headers().clone();
    let is_error = status.is_client_error() || status.is_server_error();
    let limit = inner.max_body_size;
    let body = match read_body(&mut response, limit, &sizes.received).await {
        Ok(body) => decode_body(status, version, &mut headers, body, limit, sizes),
        Err(Unread::Failed(error)) => return Err(error),
        Err(Unread::TooLarge) => Err(Undecoded::Failure(BodyFailure::TooLarge { status, limit })),
    };
    let body = match body {
        Ok(body) => body,
        // An error status is acted on by its status (a 429 waits for its
        // `Retry-After`, a 503 is retried) whatever its body: the body, which
        // only explains the error, is dropped, and the caller gets the
        // status, the headers and an empty body (`Error::Api`).
        Err(failure) if is_error => {
            tracing::warn!(%failure, "the error answer's body is dropped");
            headers.remove(CONTENT_ENCODING);
            headers.remove(CONTENT_LENGTH);
            Vec::new()
        }
        Err(Undecoded::Failure(failure)) => {
            if let BodyFailure::TooLarge { limit, .. } = failure {
                tracing::warn!(
                    limit,
                    "the response body is over the limit: not read further"
                );
            }
            return Err(crate::error::carried(failure).await);
        }
        Err(Undecoded::Cut(cut)) => return Err(crate::error::carried(cut).await),
    };
    if is_error && let Ok(error) = serde_json::from_slice::<crate::types::ErrorBody>(&body) {
        tracing::Span::current().record("request_id", error.request_id.as_str());
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}

/// Why a body that arrived was not decoded.
#[derive(Debug, thiserror::Error)]
enum Undecoded {
    /// Permanent: too large, or not the coding it says.
    #[error(transparent)]
    Failure(BodyFailure),
    /// Compressed data that stops before its end.
    #[error(transparent)]
    Cut(CutBody),
}

/// A compressed body that ends before its compressed data does, when the
/// body had no framing (neither `Content-Length` nor chunks: it ends when
/// the connection closes), so the connection may have closed early.
/// Transient, like any body cut off by the connection.
#[derive(Clone, Debug, thiserror::Error)]
#[error("the response body was cut short: {0}")]
pub(crate) struct CutBody(String);

/// Decodes `body` (of an answer with `status`) from its content coding
/// and drops the headers that described the coded body.
fn decode_body(
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: &mut HeaderMap,
    body: Vec<u8>,
    limit: u64,
    sizes: &BodySizes,
) -> Result<Vec<u8>, Undecoded> {
    let codings = crate::content_coding::codings(headers);
    if codings.is_empty() {
        return Ok(body);
    }
    let capacity = reservation(sizes.decoded.load(Relaxed), limit);
    let decoded =
        crate::content_coding::decode(&codings, &body, limit, capacity).map_err(|e| match e {
            CodingError::TooLarge => Undecoded::Failure(BodyFailure::TooLarge { status, limit }),
            CodingError::Invalid(message) => {
                Undecoded::Failure(BodyFailure::Undecodable { status, message })
            }
            CodingError::Truncated(message) if ends_with_the_connection(version, headers) => {
                Undecoded::Cut(CutBody(message))
            }
            // Framed by `Content-Length` or chunks, the body arrived whole
            // (hyper reports a framed body cut short): the data is short.
            CodingError::Truncated(message) => {
                Undecoded::Failure(BodyFailure::Undecodable { status, message })
            }
        })?;
    sizes.decoded.fetch_max(decoded.len() as u64, Relaxed);
    headers.remove(CONTENT_ENCODING);
    headers.remove(CONTENT_LENGTH);
    Ok(decoded)
}

/// Whether the body ended only because the connection closed: HTTP/1
/// without `Content-Length` or chunks. Only then can a body
/// that stops short have been cut off without hyper noticing.
fn ends_with_the_connection(version: reqwest::Version, headers: &HeaderMap) -> bool {
    use reqwest::Version;
    matches!(
        version,
        Version::HTTP_09 | Version::HTTP_10 | Version::HTTP_11
    ) && !headers.contains_key(CONTENT_LENGTH)
        && !is_chunked(headers)
}

/// Whether the body comes in chunks: the last `Transfer-Encoding` coding is
/// `chunked` (otherwise HTTP/1.1 reads it to the connection's end, as hyper
/// does).
fn is_chunked(headers: &HeaderMap) -> bool {
    headers
        .get_all(TRANSFER_ENCODING)
        .iter()
        .next_back()
        .and_then(|value| value.as_bytes().rsplit(|&b| b == b',').next())
        .is_some_and(|last| {
            String::from_utf8_lossy(last)
                .trim()
                .eq_ignore_ascii_case("chunked")
        })
}

/// The most a body may reserve up front (whatever `max_body_size` says); a
/// larger body grows as it arrives.
const MAX_RESERVED_BODY: u64 = 16 << 20;

/// The room to reserve for a body expected to be `expected` bytes long.
fn reservation(expected: u64, limit: u64) -> usize {
    expected.min(limit).min(MAX_RESERVED_BODY) as usize
}

/// Why [`read_body`] did not return a body.
enum Unread {
    /// Reading failed: the connection or the timeout.
    Failed(reqwest::Error),
    /// More than `limit` bytes.
    TooLarge,
}

/// Reads the body as it comes over the wire into one buffer sized from
/// `Content-Length` (else the largest body read before), chunk by chunk,
/// so each chunk is freed as soon as it is copied. (`bytes()` keeps every
/// chunk until it has copied them all: two copies of a 1.7 MB page at once.)
///
/// Stops at `limit` bytes: a body announced longer is not read at all, and
/// one that grows past it is not read further.
async fn read_body(
    response: &mut reqwest::Response,
    limit: u64,
    largest: &AtomicU64,
) -> Result<Vec<u8>, Unread> {
    let length = response.content_length();
    if length.is_some_and(|length| length > limit) {
        return Err(Unread::TooLarge);
    }
    let expected = length.unwrap_or_else(|| largest.load(Relaxed));
    let mut body = Vec::with_capacity(reservation(expected, limit));
    while let Some(chunk) = response.chunk().await.map_err(Unread::Failed)? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(Unread::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    largest.fetch_max(body.len() as u64, Relaxed);
    Ok(body)
}

#[cfg(test)]
mod tests {
    use reqwest::Version;
    use reqwest::header::HeaderValue;

    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn only_an_http1_body_without_length_or_chunks_ends_with_the_connection() {
        let h11 = Version::HTTP_11;
        assert!(ends_with_the_connection(h11, &headers(&[])));
        assert!(!ends_with_the_connection(
            h11,
            &headers(&[("content-length", "10")])
        ));
        for chunked in ["chunked", "gzip, chunked", "Chunked "] {
            let framed = headers(&[("transfer-encoding", chunked)]);
            assert!(!ends_with_the_connection(h11, &framed), "{chunked}");
        }
        // Not chunked last: read to the connection's end.
        let unframed = headers(&[("transfer-encoding", "chunked, gzip")]);
        assert!(ends_with_the_connection(h11, &unframed));
        assert!(!ends_with_the_connection(Version::HTTP_2, &headers(&[])));
    }
}
