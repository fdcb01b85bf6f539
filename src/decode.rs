//! How a response body becomes a typed value.
//!
//! Every generated operation decodes its response body here, success or
//! documented error: samsara-codegen rewrites progenitor's
//! `ResponseValue::from_response` to this module's crate-private `response`,
//! which calls [`from_slice`]. So the whole crate has one decoder, and
//! `benches/decode.rs` times the same one.
//!
//! The body is checked as UTF-8 once and then read as `&str`: serde_json's
//! `from_slice` would otherwise check every string on its own, which is about
//! a sixth of the decode of a page of records.

use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

/// Decodes a JSON body into `T`: what the client does with every response body.
///
/// Same results and errors as `serde_json::from_slice`, faster when the body is
/// valid UTF-8 (as the API's always is).
///
/// ```
/// use samsara::types::WorkOrderPage;
///
/// let body = br#"{"data": [], "pagination": {"endCursor": "", "hasNextPage": false}}"#;
/// let page: WorkOrderPage = samsara::decode::from_slice(body).unwrap();
/// assert!(page.data.is_empty());
/// assert!(samsara::decode::from_slice::<WorkOrderPage>(b"{\"data\": 5}").is_err());
/// ```
pub fn from_slice<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        // serde_json names the position of the bad byte.
        Err(_) => serde_json::from_slice(body),
    }
}

/// Reads and decodes a response body (success or documented error), as progenitor's
/// `ResponseValue::from_response` does, with [`from_slice`].
pub(crate) async fn response<T: DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    match from_slice(&body) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => Err(Error::InvalidResponsePayload(body, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_an_error_naming_its_place() {
        let err = from_slice::<serde_json::Value>(b"{\"a\": \"\xff\"}").unwrap_err();
        assert_eq!(err.line(), 1);
        assert!(err.column() > 0, "{err}");
    }

    #[test]
    fn same_values_as_from_slice() {
        let body = br#"{"a": [1, 2.5, "x\u00e9\n"], "b": null}"#;
        assert_eq!(
            from_slice::<serde_json::Value>(body).unwrap(),
            serde_json::from_slice::<serde_json::Value>(body).unwrap()
        );
    }
}
