//! The request hooks progenitor calls around every generated operation:
//! `pre` adds authentication, version and user-agent headers, the per-request
//! timeout, and comma-joins `explode: false` query arrays; `exec` paces,
//! sends, reads the body, and retries (see [`crate::retry`]), inside a
//! `tracing` span per request.

use std::time::{Duration, Instant};

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{
    AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue, RETRY_AFTER, USER_AGENT,
};
use secrecy::ExposeSecret;
use tracing::Instrument;

use crate::client::{Client, Inner};
use crate::error::parse_retry_after;
use crate::retry::{Failure, classify_error, classify_status};

/// Samsara's per-request API version header.
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("x-samsara-version");

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let inner = self.inner();
        set_headers(request.headers_mut(), inner).map_err(|what| {
            progenitor_client::Error::InvalidRequest(format!(
                "{what} is not a valid HTTP header value"
            ))
        })?;
        if request.timeout().is_none() {
            *request.timeout_mut() = Some(inner.timeout);
        }
        check_list_limits(request.url(), info.operation_id)
            .map_err(progenitor_client::Error::InvalidRequest)?;
        join_comma_query(request.url_mut(), info.operation_id)
            .map_err(progenitor_client::Error::InvalidRequest)?;
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::info_span!(
            "samsara.request",
            operation = info.operation_id,
            method = %request.method(),
            path = request.url().path(),
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        execute_with_retries(self.client(), self.inner(), request, info.operation_id)
            .instrument(span)
            .await
    }
}

/// Sends `request`, retrying as the client's policy allows.
async fn execute_with_retries(
    http: &reqwest::Client,
    inner: &Inner,
    request: reqwest::Request,
    operation: &str,
) -> reqwest::Result<reqwest::Response> {
    let idempotent = crate::operations::find(operation).is_none_or(|op| op.idempotent);
    let window = crate::rate_limit::budget_window(operation);
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
            return send_buffered(http, request).await;
        };
        let result = send_buffered(http, this_try).await;
        if let Ok(response) = &result {
            inner.server_clock.record(response.headers());
        }
        let (failure, retry_after) = match &result {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                (classify_status(response.status()), retry_after(response))
            }
            Err(error) => (Some(classify_error(error)), None),
        };
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

/// Sends the request and reads the whole body within the request's timeout,
/// so a broken or stalled body is a (retryable) transport error here rather
/// than a failure after the hook. A 4xx body that is not Samsara's
/// `{message, requestId}` (a proxy's text page…) is wrapped into that shape,
/// `message` holding a bounded snippet, so its status and headers survive.
async fn send_buffered(
    http: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let mut response = http.execute(request).await?;
    let status = response.status();
    let version = response.version();
    let mut headers = response.headers().clone();
    let mut body = read_body(&mut response).await?;
    if status.is_client_error() || status.is_server_error() {
        match serde_json::from_slice::<crate::types::ErrorBody>(&body) {
            Ok(error) => {
                tracing::Span::current().record("request_id", error.request_id.as_str());
            }
            Err(_) if status.is_client_error() => {
                let message = crate::error::snippet(&body).unwrap_or_else(|| status.to_string());
                body = serde_json::json!({ "message": message, "requestId": "" })
                    .to_string()
                    .into();
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                headers.remove(CONTENT_LENGTH);
            }
            Err(_) => {}
        }
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}

/// The most a `Content-Length` may reserve up front; a larger body still
/// reads whole, growing as it arrives.
const MAX_RESERVED_BODY: u64 = 16 << 20;

/// Reads the body into one buffer sized from `Content-Length`, chunk by
/// chunk, so each chunk is freed as soon as it is copied. (`bytes()` keeps
/// every chunk until it has copied them all: two copies of a 1.7 MB page at
/// once.)
async fn read_body(response: &mut reqwest::Response) -> reqwest::Result<Vec<u8>> {
    let reserve = response
        .content_length()
        .unwrap_or(0)
        .min(MAX_RESERVED_BODY);
    let mut body = Vec::with_capacity(reserve as usize);
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn set_headers(
    headers: &mut reqwest::header::HeaderMap,
    inner: &Inner,
) -> Result<(), &'static str> {
    // progenitor adds `api-version: <info.version>`; Samsara's header is X-Samsara-Version.
    headers.remove("api-version");
    let mut auth = HeaderValue::try_from(format!("Bearer {}", inner.token.expose_secret()))
        .map_err(|_| "the API token")?;
    auth.set_sensitive(true);
    headers.insert(AUTHORIZATION, auth);
    if let Some(version) = &inner.api_version {
        headers.insert(
            VERSION_HEADER,
            HeaderValue::try_from(version.as_str()).map_err(|_| "the API version")?,
        );
    }
    headers.insert(
        USER_AGENT,
        HeaderValue::try_from(inner.user_agent.as_str()).map_err(|_| "the user agent")?,
    );
    Ok(())
}

/// Refuses more values for an array query parameter than the spec's
/// `maxItems` allows (`ids` up to 100, `assetIds` up to 50…): Samsara would
/// answer 400, after spending a request of the budget.
pub(crate) fn check_list_limits(url: &reqwest::Url, operation_id: &str) -> Result<(), String> {
    let limits = crate::operations::find(operation_id).map_or(&[][..], |op| op.list_limits);
    for (parameter, max) in limits {
        let count = url
            .query_pairs()
            .filter(|(key, _)| key == parameter)
            .count();
        if count > *max {
            return Err(format!(
                "{parameter} has {count} values; Samsara takes at most {max} per request (split the list into batches; `samsara::lookup` does so for lookups by id)"
            ));
        }
    }
    Ok(())
}

/// Rewrites `ids=a&ids=b` into `ids=a,b` for the operation's `explode: false`
/// parameters (progenitor always repeats the key). Other pairs keep their order.
///
/// Every name and value is percent-encoded (`application/x-www-form-urlencoded`:
/// `%` → `%25`, `+` → `%2B`, `:` → `%3A`, `@` → `%40`, space → `+`…), so the
/// server decodes exactly the original strings; only the joining commas are
/// literal. An item that itself contains `,` would be split by the server,
/// so it is refused: the error names the parameter and the character.
pub(crate) fn join_comma_query(url: &mut reqwest::Url, operation_id: &str) -> Result<(), String> {
    let joined = crate::operations::find(operation_id).map_or(&[][..], |op| op.comma_joined);
    if joined.is_empty() {
        return Ok(());
    }
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    if !pairs.iter().any(|(k, _)| joined.contains(&k.as_str())) {
        return Ok(());
    }
    if let Some((key, value)) = pairs
        .iter()
        .find(|(k, v)| v.contains(',') && joined.contains(&k.as_str()))
    {
        return Err(format!(
            "query parameter `{key}`: the item {value:?} contains ',', which separates the items of this comma-joined list, so Samsara would read it as several ids"
        ));
    }
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in pairs {
        match out
            .iter_mut()
            .find(|(k, _)| *k == key && joined.contains(&key.as_str()))
        {
            Some((_, values)) => values.push(value),
            None => out.push((key, vec![value])),
        }
    }
    let query = out
        .iter()
        .map(|(key, values)| {
            let values: Vec<String> = values
                .iter()
                .map(|v| form_urlencoded::byte_serialize(v.as_bytes()).collect())
                .collect();
            format!(
                "{}={}",
                form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>(),
                values.join(",")
            )
        })
        .collect::<Vec<_>>()
        .join("&");
    url.set_query(Some(&query));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_limits_come_from_the_spec() {
        let url = |n: usize| {
            let ids: Vec<String> = (0..n).map(|i| format!("ids={i}")).collect();
            reqwest::Url::parse(&format!("http://h/x?{}", ids.join("&"))).unwrap()
        };
        assert!(check_list_limits(&url(100), "get_work_orders").is_ok());
        let err = check_list_limits(&url(101), "get_work_orders").unwrap_err();
        assert!(
            err.contains("ids has 101 values") && err.contains("at most 100"),
            "{err}"
        );
        let assets: Vec<String> = (0..51).map(|i| format!("assetIds={i}")).collect();
        let url = reqwest::Url::parse(&format!("http://h/x?{}", assets.join("&"))).unwrap();
        let err = check_list_limits(&url, "stream_work_orders").unwrap_err();
        assert!(
            err.contains("assetIds has 51 values") && err.contains("at most 50"),
            "{err}"
        );
    }

    #[test]
    fn repeated_keys_become_one_comma_joined_value() {
        let mut url = reqwest::Url::parse("http://h/qualification-records/stream?entityType=worker&ownerIds=a&ownerIds=vin%3A1&startTime=x&ownerIds=c").unwrap();
        join_comma_query(&mut url, "get_qualification_records_stream").unwrap();
        assert_eq!(
            url.query(),
            Some("entityType=worker&ownerIds=a,vin%3A1,c&startTime=x")
        );
    }

    #[test]
    fn exploded_operations_are_left_alone() {
        let mut url = reqwest::Url::parse("http://h/maintenance/work-orders?ids=a&ids=b").unwrap();
        join_comma_query(&mut url, "get_work_orders").unwrap();
        assert_eq!(url.query(), Some("ids=a&ids=b"));
        let mut url = reqwest::Url::parse("http://h/maintenance/work-orders?ids=a%2Cb").unwrap();
        join_comma_query(&mut url, "get_work_orders").unwrap();
        assert_eq!(
            url.query(),
            Some("ids=a%2Cb"),
            "a comma is fine when the key repeats"
        );
    }

    #[test]
    fn joined_items_decode_to_exactly_the_original() {
        let items = [
            "samsara.vin:1HGCM82633A004352",
            "payroll:emp_42-a%2B+x@corp.example",
            "k:a b&c=d/e?f#g;h",
            "clé:été",
            "281474",
        ];
        let mut url = reqwest::Url::parse("http://h/qualification-records").unwrap();
        url.query_pairs_mut()
            .extend_pairs(items.iter().map(|i| ("ids", *i)));
        join_comma_query(&mut url, "get_qualification_records").unwrap();
        let query = url.query().unwrap().to_owned();
        assert!(
            query.contains("payroll%3Aemp_42-a%252B%2Bx%40corp.example"),
            "{query}"
        );
        // Decode then split (one `ids` value) …
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs.len(), 1, "{query}");
        assert_eq!(pairs[0].0, "ids");
        assert_eq!(pairs[0].1.split(',').collect::<Vec<_>>(), items);
        // … or split then decode: the same items either way.
        let raw = query.strip_prefix("ids=").unwrap();
        let decoded: Vec<String> = raw
            .split(',')
            .map(|item| {
                form_urlencoded::parse(format!("x={item}").as_bytes())
                    .next()
                    .unwrap()
                    .1
                    .into_owned()
            })
            .collect();
        assert_eq!(decoded, items);
    }

    #[test]
    fn a_comma_inside_a_joined_item_is_refused() {
        let mut url = reqwest::Url::parse(
            "http://h/qualification-records/stream?entityType=worker&ownerIds=a&ownerIds=payroll%3AP%2C42",
        )
        .unwrap();
        let before = url.clone();
        let err = join_comma_query(&mut url, "get_qualification_records_stream").unwrap_err();
        assert!(err.contains("`ownerIds`") && err.contains("','"), "{err}");
        assert!(err.contains("payroll:P,42"), "{err}");
        assert_eq!(url, before, "the URL is left untouched");
    }
}
