//! Sending a request: pacing to the rate limit, one attempt (the body read
//! whole within the timeout, decompressed, up to the client's size limit),
//! and the retry loop around attempts, which asks [`crate::retry`] what each
//! failure is and how long to wait. Runs in progenitor's `exec` hook (see
//! `src/hooks.rs`).

use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

use reqwest::header::RETRY_AFTER;

use crate::client::Inner;
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
    let facts = crate::operations::find(operation);
    let largest_body = inner.largest_body(operation);
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
            return send_buffered(http, request, inner, largest_body).await;
        };
        let result = send_buffered(http, this_try, inner, largest_body).await;
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

/// One attempt: sends the request and reads the whole body within the
/// request's timeout, so a broken or stalled body is a (retryable) transport
/// error here rather than a failure after the hook, and a body over
/// `max_body_size` bytes or one that does not decompress is a (permanent)
/// [`BodyFailure`]. The response is passed on as received (status, headers,
/// body decompressed); an error body's `requestId`, when it has one, is noted
/// in the request's span.
async fn send_buffered(
    http: &reqwest::Client,
    request: reqwest::Request,
    inner: &Inner,
    largest_body: &AtomicU64,
) -> reqwest::Result<reqwest::Response> {
    let mut response = http.execute(request).await?;
    let status = response.status();
    let version = response.version();
    let mut headers = response.headers().clone();
    let is_error_status = status.is_client_error() || status.is_server_error();
    let read = read_body(&mut response, inner.max_body_size, largest_body).await;
    let failure = match read {
        Ok(body) => match undecoded_coding(&headers, &body) {
            None => Ok(body),
            Some(coding) => Err(BodyFailure::Undecodable {
                status,
                message: format!(
                    "the body is still encoded as `{coding}`, which the client does not decode (it decodes gzip, zstd and br)"
                ),
            }),
        },
        Err(Unread::Failed(error)) => match decompression_failure(&error) {
            Some(message) => Err(BodyFailure::Undecodable { status, message }),
            None => return Err(error),
        },
        Err(Unread::TooLarge) => {
            let limit = inner.max_body_size;
            tracing::warn!(
                limit,
                "the response body is over the limit: not read further"
            );
            Err(BodyFailure::TooLarge { status, limit })
        }
    };
    let body = match failure {
        Ok(body) => body,
        // An error status is acted on by its status (a 429 waits for its
        // `Retry-After`, a 503 is retried) whatever its body: the body, which
        // only explains the error, is dropped, and the caller gets the
        // status, the headers and an empty body (`Error::Api`).
        Err(failure) if is_error_status => {
            tracing::warn!(%failure, "the error answer's body is dropped");
            headers.remove(reqwest::header::CONTENT_ENCODING);
            headers.remove(reqwest::header::CONTENT_LENGTH);
            Vec::new()
        }
        Err(failure) => return Err(failure.into_reqwest().await),
    };
    if (status.is_client_error() || status.is_server_error())
        && let Ok(error) = serde_json::from_slice::<crate::types::ErrorBody>(&body)
    {
        tracing::Span::current().record("request_id", error.request_id.as_str());
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}

/// The most a `Content-Length` may reserve up front (whatever
/// `max_body_size` says); a larger body grows as it arrives.
const MAX_RESERVED_BODY: u64 = 16 << 20;

/// Why [`read_body`] did not return a body.
enum Unread {
    /// Reading failed: the connection, the timeout, or decompression.
    Failed(reqwest::Error),
    /// More than `limit` bytes, decompressed.
    TooLarge,
}

/// Reads the body, decompressed (reqwest decodes `Content-Encoding`), into
/// one buffer sized from `Content-Length`, chunk by chunk, so each chunk is
/// freed as soon as it is copied. (`bytes()` keeps every chunk until it has
/// copied them all: two copies of a 1.7 MB page at once.)
///
/// Stops at `limit` bytes: a body announced longer is not read at all, and
/// one that grows past it (a compressed body inflates as it is read) is not
/// read further, so it never holds more than `limit` bytes.
async fn read_body(
    response: &mut reqwest::Response,
    limit: u64,
    largest_body: &AtomicU64,
) -> Result<Vec<u8>, Unread> {
    // Known only for a body that is not compressed (reqwest drops the
    // header when it decompresses).
    let length = response.content_length();
    if length.is_some_and(|length| length > limit) {
        return Err(Unread::TooLarge);
    }
    // A compressed body's size is unknown until it is read: reserve the
    // largest this operation has read, so that a backfill's buffers are one
    // size, page after page, instead of doubling from nothing each time
    // (which left glibc's heap a little larger every few thousand records).
    let reserve = length
        .unwrap_or_else(|| largest_body.load(Relaxed))
        .min(limit)
        .min(MAX_RESERVED_BODY);
    let mut body = Vec::with_capacity(reserve as usize);
    while let Some(chunk) = response.chunk().await.map_err(Unread::Failed)? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(Unread::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    largest_body.fetch_max(body.len() as u64, Relaxed);
    Ok(body)
}

/// The decompressor's complaint, when reading a body failed because it does
/// not decompress as its `Content-Encoding` says (`None` for a broken
/// connection or a timeout).
///
/// reqwest wraps every body failure in its own errors; beneath them, a
/// broken connection is hyper's error and a timeout reqwest's, while the
/// decompressor (tower-http's, over async-compression) fails with a bare
/// `std::io::Error` (invalid data, unexpected end of the stream), or, for
/// bytes after the end of the compressed stream, with a plain message
/// ([`EXTRA_BYTES`]).
fn decompression_failure(error: &reqwest::Error) -> Option<String> {
    if !error.is_decode() {
        return None;
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        match cause.downcast_ref::<reqwest::Error>() {
            Some(wrapper) => source = std::error::Error::source(wrapper),
            None if cause.is::<std::io::Error>() || cause.to_string() == EXTRA_BYTES => {
                return Some(cause.to_string());
            }
            None => return None,
        }
    }
    None
}

/// tower-http's words for data after the end of a compressed stream (a
/// plain message, not a type to downcast to; `tests/it/compression.rs`
/// pins it).
const EXTRA_BYTES: &str = "there are extra bytes after body has been decompressed";

/// The `Content-Encoding` a non-empty body still carries after reading: one
/// reqwest did not decode (an unknown or differently spelled coding such as
/// `x-gzip`, or a client without decompression). reqwest removes the header
/// from the bodies it decodes.
fn undecoded_coding(headers: &reqwest::header::HeaderMap, body: &[u8]) -> Option<String> {
    let coding = headers.get(reqwest::header::CONTENT_ENCODING)?;
    let coding = String::from_utf8_lossy(coding.as_bytes()).trim().to_owned();
    (!body.is_empty() && !coding.eq_ignore_ascii_case("identity") && !coding.is_empty())
        .then_some(coding)
}
