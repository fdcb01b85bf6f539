//! The attempts of one request: paced to the rate budget, authorized, shown
//! to the interceptors, sent, read whole ([`body`](super::body)), and
//! retried as [`retry`](super::retry) decides; the outcome is a response
//! read whole or this crate's typed [`Error`], made here, where the body is
//! read.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_ENCODING, AUTHORIZATION, HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use super::body::{self, BodyError};
use super::interceptor::{AttemptRequest, AttemptResponse};
use super::retry::Attempts;
use super::telemetry::{self, AttemptEnd};
use super::{Transport, auth::Authorization};
use crate::error::{ApiError, Error, Failure, TransportError, classify_status, parse_retry_after};
use crate::operations::Operation;

/// A 2xx answer read whole: status, headers, decoded body.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

/// How one attempt ended.
enum Attempt {
    /// The server answered; the body was read whole (or could not be).
    Answered(body::Received),
    /// No answer: the connection failed, or the timeout passed.
    Failed(reqwest::Error),
}

impl Attempt {
    /// The failure it is for `op`, in the one classification (`None`: a
    /// success).
    fn failure(&self, op: &Operation) -> Option<Failure> {
        match self {
            Attempt::Answered(received) => match &received.body {
                Ok(_) => classify_status(received.status),
                // An error status is acted on by its status whatever its
                // body (a 429 waits for its `Retry-After`, a 503 is
                // retried): the body only explains it.
                Err(_) if is_error(received.status) => classify_status(received.status),
                // A create answered 2xx whose body was then cut off most
                // likely took effect: never sent again, even with
                // `retry_writes` (its error is `OutcomeUnknown`).
                Err(BodyError::Read(_) | BodyError::Cut(_))
                    if received.status.is_success() && !op.idempotent =>
                {
                    Some(Failure::Permanent)
                }
                Err(BodyError::Read(e)) => Some(TransportError::classify_reqwest(e)),
                Err(BodyError::Cut(_)) => Some(Failure::Transient),
                Err(BodyError::TooLarge { .. } | BodyError::Undecodable { .. }) => {
                    Some(Failure::Permanent)
                }
            },
            Attempt::Failed(e) => Some(TransportError::classify_reqwest(e)),
        }
    }

    /// Samsara's `requestId` in an error answer's body, when it has one.
    fn request_id(&self) -> Option<String> {
        #[derive(serde::Deserialize)]
        struct Body {
            #[serde(rename = "requestId")]
            request_id: Option<String>,
        }
        let Attempt::Answered(received) = self else {
            return None;
        };
        let body = received.body.as_ref().ok()?;
        serde_json::from_slice::<Body>(body).ok()?.request_id
    }

    /// OpenTelemetry's `error.type` for a failure without a status.
    fn error_type(&self) -> Option<&'static str> {
        let error = match self {
            Attempt::Answered(received) => match &received.body {
                Ok(_) => return None,
                Err(BodyError::TooLarge { .. }) => return Some("body_too_large"),
                Err(BodyError::Undecodable { .. }) => return Some("body_undecodable"),
                Err(BodyError::Cut(_)) => return Some("body_cut"),
                Err(BodyError::Read(e)) if !e.is_timeout() => return Some("body_cut"),
                Err(BodyError::Read(e)) => e,
            },
            Attempt::Failed(e) => e,
        };
        Some(if error.is_timeout() {
            "timeout"
        } else if error.is_connect() {
            "connect"
        } else {
            "transport"
        })
    }
}

fn is_error(status: StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

/// Sends `request` for `op` until it succeeds or the retry policy gives up.
pub(crate) async fn send(
    transport: &Transport,
    request: reqwest::Request,
    op: &'static Operation,
    span: &tracing::Span,
) -> Result<Answer, Error> {
    let started = Instant::now();
    let method = request.method().clone();
    let url = request.url().clone();
    let mut original = Some(request);
    let sizes = &transport.body_sizes[op.index];
    let mut attempt: u32 = 1;
    // Failures other than 429, and 429s, counted apart: 429s are bounded by
    // `max_elapsed` alone (see `RetryPolicy::max_attempts`).
    let (mut failed, mut throttled) = (0, 0);
    // A delete whose earlier try may have reached the server (timed out, cut
    // off, 5xx): a 404 now means that try deleted it.
    let mut delete_already_applied = false;
    // A 401 renews a provider's token once per request.
    let mut renewed = false;
    loop {
        if let Some(limits) = &transport.limits {
            let waiting = Instant::now();
            limits.acquire(op).await;
            telemetry::paced(op, waiting.elapsed());
        }
        // A body that cannot be cloned (a stream) gets exactly one attempt.
        let copy = original.as_ref().and_then(reqwest::Request::try_clone);
        let last = copy.is_none();
        let Some(mut this_try) = copy.or_else(|| original.take()) else {
            return Err(Error::InvalidInput(format!(
                "{}: the request's body could not be sent again",
                op.name
            )));
        };
        let authorization = prepare_attempt(transport, &mut this_try, op, attempt).await?;
        let sent = Instant::now();
        let outcome = match transport.http.execute(this_try).await {
            Ok(response) => {
                Attempt::Answered(body::read(response, transport.max_body_size, sizes).await)
            }
            Err(e) => Attempt::Failed(e),
        };
        observe(transport, op, attempt, &outcome, sent.elapsed(), &url, span);
        if let Attempt::Answered(received) = &outcome {
            transport.server_clock.record(&received.headers);
        }
        let status = match &outcome {
            Attempt::Answered(received) => Some(received.status),
            Attempt::Failed(_) => None,
        };
        if status == Some(StatusCode::UNAUTHORIZED)
            && transport.credentials.renewable()
            && !renewed
            && !last
        {
            tracing::info!(attempt, "401: renewing the access token once");
            transport.credentials.reject(&authorization).await;
            renewed = true;
            attempt += 1;
            continue;
        }
        if delete_already_applied && status == Some(StatusCode::NOT_FOUND) {
            // The first try deleted it and its answer was lost: done.
            tracing::info!(
                attempt,
                "a retried delete found nothing left to delete: done"
            );
            return Ok(Answer {
                status: StatusCode::NO_CONTENT,
                headers: HeaderMap::new(),
                body: Vec::new(),
            });
        }
        let Some(failure) = outcome.failure(op) else {
            return finish(op, outcome);
        };
        if last {
            return finish(op, outcome);
        }
        if failure == Failure::Transient && method == Method::DELETE {
            delete_already_applied = true;
        }
        if failure == Failure::Throttled {
            throttled += 1;
        } else {
            failed += 1;
        }
        let attempts = Attempts {
            failed,
            throttled,
            elapsed: started.elapsed(),
            window: op.rate_limit.per.duration(),
        };
        let retry_after = match &outcome {
            Attempt::Answered(received) => retry_after(&received.headers),
            Attempt::Failed(_) => None,
        };
        let Some(delay) =
            transport
                .retry
                .next_delay(failure, retry_after, op.idempotent, &attempts)
        else {
            if failure != Failure::Permanent {
                tracing::warn!(attempt, ?failure, "giving up");
            }
            return finish(op, outcome);
        };
        let error_type = status.map_or_else(
            || outcome.error_type().unwrap_or("_OTHER").to_owned(),
            |s| s.as_u16().to_string(),
        );
        match outcome.request_id() {
            Some(request_id) => tracing::info!(
                attempt,
                error.type = %error_type,
                samsara.request_id = %request_id,
                ?delay,
                "retrying"
            ),
            None => tracing::info!(attempt, error.type = %error_type, ?delay, "retrying"),
        }
        telemetry::retrying(op, error_type);
        tokio::time::sleep(delay).await;
        attempt += 1;
    }
}

/// The headers an interceptor cannot change: the request's framing and
/// connection (a wrong `Content-Length` would cut the body), its body's
/// type, and the client's own `Accept-Encoding` (it decodes what it asked
/// for). `Authorization` is set after the interceptors run.
const PROTECTED: [reqwest::header::HeaderName; 9] = [
    reqwest::header::CONTENT_LENGTH,
    reqwest::header::TRANSFER_ENCODING,
    reqwest::header::CONTENT_TYPE,
    reqwest::header::CONTENT_ENCODING,
    reqwest::header::HOST,
    reqwest::header::CONNECTION,
    reqwest::header::TE,
    reqwest::header::UPGRADE,
    reqwest::header::PROXY_AUTHORIZATION,
];

/// Shows the attempt to the interceptors (restoring the headers they
/// cannot change), then sets what is the client's: `Authorization` and
/// `Accept-Encoding`. The token is fetched within the request's timeout.
async fn prepare_attempt(
    transport: &Transport,
    request: &mut reqwest::Request,
    op: &'static Operation,
    attempt: u32,
) -> Result<Authorization, Error> {
    if !transport.interceptors.is_empty() {
        let method = request.method().clone();
        let url = request.url().clone();
        let mut view = AttemptRequest {
            operation: op,
            attempt,
            method: &method,
            url: &url,
            headers: request.headers_mut(),
        };
        let kept: Vec<_> = PROTECTED
            .iter()
            .map(|name| {
                (
                    name,
                    view.headers
                        .get_all(name)
                        .iter()
                        .cloned()
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        for interceptor in transport.interceptors.iter() {
            interceptor
                .before_attempt(&mut view)
                .map_err(|refusal| Error::Refused {
                    operation: op.name.to_owned(),
                    reason: refusal.0,
                })?;
        }
        let headers = request.headers_mut();
        for (name, values) in kept {
            headers.remove(name);
            for value in values {
                headers.append(name, value);
            }
        }
    }
    let within = request
        .timeout()
        .copied()
        .unwrap_or(super::DEFAULT_TOKEN_WAIT);
    let token_error = |source| Error::Token {
        operation: op.name.to_owned(),
        source,
    };
    let authorization = tokio::time::timeout(within, transport.credentials.authorization())
        .await
        .map_err(|_| {
            token_error(crate::auth::TokenError::msg(format!(
                "the token provider gave no token within {within:?} (the request's timeout)"
            )))
        })?
        .map_err(token_error)?;
    let headers = request.headers_mut();
    headers.insert(AUTHORIZATION, authorization.header.clone());
    headers.insert(ACCEPT_ENCODING, transport.accept_encoding.clone());
    Ok(authorization)
}

/// Tells the span, the metrics and the interceptors how an attempt ended.
fn observe(
    transport: &Transport,
    op: &'static Operation,
    attempt: u32,
    outcome: &Attempt,
    elapsed: Duration,
    url: &reqwest::Url,
    span: &tracing::Span,
) {
    let (status, headers, body_bytes) = match outcome {
        Attempt::Answered(r) => (Some(r.status), Some(&r.headers), r.wire_bytes),
        Attempt::Failed(_) => (None, None, None),
    };
    AttemptEnd {
        op,
        url,
        attempt,
        status,
        failure: outcome.error_type(),
        elapsed,
        body_bytes,
    }
    .record(span);
    if transport.interceptors.is_empty() {
        return;
    }
    let error = match outcome {
        Attempt::Answered(r) => r.body.as_ref().err().map(|e| match e {
            BodyError::Read(e) => TransportError::describe(e),
            other => other.to_string(),
        }),
        Attempt::Failed(e) => Some(TransportError::describe(e)),
    };
    let view = AttemptResponse {
        operation: op,
        attempt,
        status,
        headers,
        elapsed,
        error: error.as_deref(),
    };
    for interceptor in transport.interceptors.iter() {
        interceptor.after_response(&view);
    }
}

/// The last attempt's outcome as the caller gets it: a 2xx read whole, or
/// this crate's error for what happened.
fn finish(op: &'static Operation, outcome: Attempt) -> Result<Answer, Error> {
    let received = match outcome {
        Attempt::Failed(e) => return Err(Error::failed_transport(op, TransportError::from(e))),
        Attempt::Answered(received) => received,
    };
    let status = received.status;
    let body = match received.body {
        Ok(body) => body,
        Err(failure) if is_error(status) => {
            tracing::warn!(%failure, "the error answer's body is dropped");
            Vec::new()
        }
        Err(BodyError::Read(e)) => {
            return Err(Error::failed_transport(op, TransportError::from(e)));
        }
        Err(BodyError::Cut(message)) => {
            return Err(Error::failed_transport(op, TransportError::cut(message)));
        }
        Err(BodyError::TooLarge { status, limit }) => {
            tracing::warn!(
                limit,
                "the response body is over the limit: not read further"
            );
            return Err(Error::ResponseTooLarge {
                operation: op.name.to_owned(),
                status,
                limit,
            });
        }
        Err(failure @ BodyError::Undecodable { .. }) => {
            return Err(Error::unreadable(op, status, ".", failure.to_string(), &[]));
        }
    };
    if status.is_success() {
        return Ok(Answer {
            status,
            headers: received.headers,
            body,
        });
    }
    let api = ApiError::from_parts(op.name, status, received.headers, &body);
    Err(Error::answered(op, api))
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, std::time::SystemTime::now())
}
