//! A response body: read whole within the request's timeout and the
//! client's size limit, then decoded from its content coding
//! ([`content_coding`](super::content_coding)). Every body is read once, into
//! one buffer, and handed to the decoder as that buffer.

use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_ENCODING, CONTENT_LENGTH, HeaderMap, TRANSFER_ENCODING};

use super::content_coding::{self, CodingError};

/// Why a response's body is not usable.
#[derive(Debug, thiserror::Error)]
pub(crate) enum BodyError {
    /// Reading it failed: the connection broke, or the timeout passed.
    #[error(transparent)]
    Read(reqwest::Error),
    /// More than the limit, in bytes as received or decoded. Permanent.
    #[error(
        "the response body (HTTP {status}) is larger than {limit} bytes (as received or decompressed)"
    )]
    TooLarge { status: StatusCode, limit: u64 },
    /// Not data of the coding its `Content-Encoding` names. Permanent.
    #[error(
        "the response body (HTTP {status}) does not decompress as its Content-Encoding says: {message}"
    )]
    Undecodable { status: StatusCode, message: String },
    /// Compressed data that stops before its end, in a body that had no
    /// framing (neither `Content-Length` nor chunks: it ends when the
    /// connection closes), so the connection may have closed early.
    /// Transient, like any body cut off by the connection.
    #[error("the response body was cut short: {0}")]
    Cut(String),
}

/// A response read: status, headers (less `Content-Encoding` and
/// `Content-Length` once decoded) and the decoded body, or why there is
/// none.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Result<Vec<u8>, BodyError>,
    /// The body's size as it came over the wire, when it was read whole.
    pub(crate) wire_bytes: Option<usize>,
}

/// Reads `response`'s body whole (at most `limit` bytes as received and
/// decoded) and decodes its content coding.
pub(crate) async fn read(
    mut response: reqwest::Response,
    limit: u64,
    sizes: &BodySizes,
) -> Received {
    let status = response.status();
    let version = response.version();
    let mut headers = std::mem::take(response.headers_mut());
    let raw = read_body(&mut response, limit, &sizes.received, status).await;
    let wire_bytes = raw.as_ref().ok().map(Vec::len);
    let body = raw.and_then(|raw| decode_body(status, version, &mut headers, raw, limit, sizes));
    Received {
        status,
        headers,
        body,
        wire_bytes,
    }
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

/// Decodes `body` (of an answer with `status`) from its content coding
/// and drops the headers that described the coded body.
fn decode_body(
    status: StatusCode,
    version: reqwest::Version,
    headers: &mut HeaderMap,
    body: Vec<u8>,
    limit: u64,
    sizes: &BodySizes,
) -> Result<Vec<u8>, BodyError> {
    let codings = content_coding::codings(headers);
    if codings.is_empty() {
        return Ok(body);
    }
    let capacity = reservation(sizes.decoded.load(Relaxed), limit);
    let decoded =
        content_coding::decode(&codings, &body, limit, capacity).map_err(|e| match e {
            CodingError::TooLarge => BodyError::TooLarge { status, limit },
            CodingError::Invalid(message) => BodyError::Undecodable { status, message },
            CodingError::Truncated(message) if ends_with_the_connection(version, headers) => {
                BodyError::Cut(message)
            }
            // Framed by `Content-Length` or chunks, the body arrived whole
            // (hyper reports a framed body cut short): the data is short.
            CodingError::Truncated(message) => BodyError::Undecodable { status, message },
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
    status: StatusCode,
) -> Result<Vec<u8>, BodyError> {
    let too_large = BodyError::TooLarge { status, limit };
    let length = response.content_length();
    if length.is_some_and(|length| length > limit) {
        return Err(too_large);
    }
    let expected = length.unwrap_or_else(|| largest.load(Relaxed));
    let mut body = Vec::with_capacity(reservation(expected, limit));
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Read)? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(too_large);
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
