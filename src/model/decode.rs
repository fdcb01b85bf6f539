//! How a response body becomes a typed value.
//!
//! Every operation's 2xx body is decoded here, once, by the decoder its
//! `send()` hands to the transport: `body` (the documented type), `page`
//! (a page, record by record when one record is odd) or `nothing`; all
//! read with [`from_slice`]. So the whole crate has one decoder, and
//! `benches/decode.rs` times the same one. (An error answer's body is read
//! where it arrives, by the transport.)
//!
//! The body is checked as UTF-8 once and then read as `&str`: serde_json's
//! `from_slice` would otherwise check every string on its own, which is about
//! a sixth of the decode of a page of records.

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::RecordError;
use crate::operations::Operation;

/// Decodes a JSON body into `T`: what the client does with every response body.
///
/// Same results and errors as `serde_json::from_slice`, faster when the body is
/// valid UTF-8 (as the API's always is). Public only as
/// `samsara::__private::decode::from_slice`, for `benches/` and `fuzz/`.
pub fn from_slice<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        // serde_json names the position of the bad byte.
        Err(_) => serde_json::from_slice(body),
    }
}

/// A page's records: decoded with the page (the fast path), or one by one
/// when the whole-page decode failed, so that one odd record cannot fail its
/// page (`salvage`). Public only as `samsara::__private::Records`, for the
/// signature of `CursorRequest::fetch`; its members are crate-private.
#[derive(Debug)]
pub struct Records<T> {
    /// The records that decoded, in order.
    pub(crate) items: Vec<T>,
    /// The records that did not, with their raw JSON, in order.
    pub(crate) rejected: Vec<RecordError>,
    /// The page's `pagination` member, read leniently (see `records`).
    pub(crate) pagination: crate::types::Pagination,
}

/// Decodes `body`, a `{data: [...], pagination?}` page, record by record.
///
/// `pagination` is read leniently, so that no page becomes one a stream can
/// never get past: `endCursor` null or missing reads as `""`, `hasNextPage`
/// null or missing as "`endCursor` is not empty" (seed `000_…`), and a
/// `pagination` that is null or missing as the last page.
///
/// `Err` only when the envelope itself is broken (not JSON, `data` not a
/// list, a member of `pagination` of another type): then no record can be
/// trusted.
pub(crate) fn records<T: DeserializeOwned>(operation: &str, body: &[u8]) -> Result<Records<T>, ()> {
    #[derive(serde::Deserialize)]
    struct Envelope<'a> {
        #[serde(borrow, default)]
        data: Option<Vec<&'a serde_json::value::RawValue>>,
        #[serde(default)]
        pagination: Option<LenientPagination>,
    }
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct LenientPagination {
        #[serde(default)]
        end_cursor: Option<String>,
        #[serde(default)]
        has_next_page: Option<bool>,
    }
    let text = std::str::from_utf8(body).map_err(|_| ())?;
    let envelope: Envelope<'_> = serde_json::from_str(text).map_err(|_| ())?;
    let mut items = Vec::new();
    let mut rejected = Vec::new();
    for (index, raw) in envelope.data.unwrap_or_default().into_iter().enumerate() {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(item) => items.push(item),
            Err(e) => {
                let inner = e.path().to_string();
                let (id, updated_at_time) = record_version(raw.get());
                rejected.push(RecordError {
                    operation: operation.to_owned(),
                    index,
                    id,
                    updated_at_time,
                    path: if inner == "." {
                        format!("data[{index}]")
                    } else {
                        format!("data[{index}].{inner}")
                    },
                    message: e.into_inner().to_string(),
                    raw: crate::model::secrets::redact(raw.get()),
                });
            }
        }
    }
    let (end_cursor, has_next_page) = envelope
        .pagination
        .map_or((None, None), |p| (p.end_cursor, p.has_next_page));
    let end_cursor = end_cursor.unwrap_or_default();
    let has_next_page = has_next_page.unwrap_or(!end_cursor.is_empty());
    let pagination = last_page(end_cursor, has_next_page)?;
    Ok(Records {
        items,
        rejected,
        pagination,
    })
}

/// Decodes a 2xx body of `op` as its documented type `T`; when it does not
/// match, the error names the JSON path of the member that failed (the body
/// is read a second time only then, to find it).
pub(crate) fn body<T: DeserializeOwned>(
    op: &Operation,
    status: StatusCode,
    bytes: &[u8],
) -> Result<T, crate::Error> {
    from_slice(bytes).map_err(|_| crate::error::decode_error::<T>(op, status, bytes))
}

/// A 2xx answer of an operation that documents no body: whatever came is
/// ignored (a `204`, `200 {}`, `200` with no body).
pub(crate) fn nothing(_: &Operation, _: StatusCode, _: &[u8]) -> Result<(), crate::Error> {
    Ok(())
}

/// Decodes a page `P` of `op`: whole (the fast path) and split into its
/// records and pagination, or, when that fails, record by record
/// ([`records`]), so that one odd record cannot fail its page. Only a
/// broken envelope is an error.
pub(crate) fn page<P: DeserializeOwned, T: DeserializeOwned>(
    op: &Operation,
    status: StatusCode,
    bytes: &[u8],
    split: fn(P) -> (Vec<T>, Option<crate::types::Pagination>),
) -> Result<Records<T>, crate::Error> {
    if let Ok(page) = from_slice::<P>(bytes) {
        let (items, pagination) = split(page);
        if let Some(pagination) = pagination.or_else(|| last_page(String::new(), false).ok()) {
            return Ok(Records {
                items,
                rejected: Vec::new(),
                pagination,
            });
        }
    }
    records(op.name, bytes).map_err(|()| crate::error::decode_error::<P>(op, status, bytes))
}

/// A `Pagination`. Through the builder, not a struct literal: a member
/// added to the spec's `Pagination` must not break this crate's build
/// (tests/it/regenerate.rs). It fails only if such a member were required,
/// which a lenient read cannot supply: then the envelope counts as broken.
fn last_page(end_cursor: String, has_next_page: bool) -> Result<crate::types::Pagination, ()> {
    crate::types::Pagination::builder()
        .end_cursor(end_cursor)
        .has_next_page(has_next_page)
        .try_into()
        .map_err(|_| ())
}

/// A record's `id` member as text, when it is a string or a number.
fn record_version(raw: &str) -> (Option<String>, Option<chrono::DateTime<chrono::Utc>>) {
    #[derive(serde::Deserialize)]
    struct Version {
        id: Option<serde_json::Value>,
        #[serde(rename = "updatedAtTime")]
        updated_at_time: Option<serde_json::Value>,
    }
    let Ok(version) = serde_json::from_str::<Version>(raw) else {
        return (None, None);
    };
    let id = match version.id {
        Some(serde_json::Value::String(id)) => Some(id),
        Some(serde_json::Value::Number(id)) => Some(id.to_string()),
        _ => None,
    };
    let updated = match version.updated_at_time {
        Some(serde_json::Value::String(time)) => crate::model::time::parse(&time).ok(),
        _ => None,
    };
    (id, updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::WorkOrder;

    #[test]
    fn one_odd_record_is_rejected_with_its_raw_json_and_the_rest_decode() {
        let good = r#"{"id":"1","assetId":"12443","createdAtTime":"2025-01-01T00:00:00Z","updatedAtTime":"2025-01-01T00:00:00Z","status":"Open"}"#;
        let body = format!(
            r#"{{"data":[{good},{{"id":"2","status":"Open"}},{good}],"pagination":{{"endCursor":"c","hasNextPage":true}}}}"#
        );
        assert!(from_slice::<crate::types::WorkOrderPage>(body.as_bytes()).is_err());
        let page = records::<WorkOrder>("stream_work_orders", body.as_bytes()).unwrap();
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.rejected.len(), 1);
        let odd = &page.rejected[0];
        assert_eq!((odd.index, odd.id.as_deref()), (1, Some("2")));
        assert!(odd.path.starts_with("data[1]"), "{}", odd.path);
        assert_eq!(odd.raw, r#"{"id":"2","status":"Open"}"#);
        assert_eq!(
            (
                page.pagination.end_cursor.as_str(),
                page.pagination.has_next_page
            ),
            ("c", true)
        );
    }

    #[test]
    fn odd_pagination_members_are_read_leniently() {
        let good = r#"{"id":"1","assetId":"12443","createdAtTime":"2025-01-01T00:00:00Z","updatedAtTime":"2025-01-01T00:00:00Z","status":"Open"}"#;
        for (pagination, cursor, more) in [
            (
                r#""pagination":{"endCursor":null,"hasNextPage":false}"#,
                "",
                false,
            ),
            (r#""pagination":{"hasNextPage":true}"#, "", true),
            (
                r#""pagination":{"endCursor":"c","hasNextPage":null}"#,
                "c",
                true,
            ),
            (r#""pagination":{"endCursor":""}"#, "", false),
            (r#""pagination":null"#, "", false),
            (r#""x":1"#, "", false),
        ] {
            let body = format!(r#"{{"data":[{good}],{pagination}}}"#);
            let page = records::<WorkOrder>("op", body.as_bytes()).unwrap();
            assert_eq!(page.items.len(), 1, "{pagination}");
            assert_eq!(
                (
                    page.pagination.end_cursor.as_str(),
                    page.pagination.has_next_page
                ),
                (cursor, more),
                "{pagination}"
            );
        }
    }

    #[test]
    fn a_good_page_is_decoded_once_and_an_odd_record_alone_again() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static DECODED: AtomicUsize = AtomicUsize::new(0);
        /// Counts its decodes; refuses `"odd"`.
        struct Counted;
        impl<'de> serde::Deserialize<'de> for Counted {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                DECODED.fetch_add(1, Ordering::SeqCst);
                match String::deserialize(d)?.as_str() {
                    "odd" => Err(serde::de::Error::custom("odd")),
                    _ => Ok(Counted),
                }
            }
        }
        #[derive(serde::Deserialize)]
        struct P {
            data: Vec<Counted>,
            pagination: crate::types::Pagination,
        }
        let op = &crate::operations::ALL[0];
        let split: fn(P) -> _ = |p| (p.data, Some(p.pagination));
        let good =
            br#"{"data": ["a", "b", "c"], "pagination": {"endCursor": "", "hasNextPage": false}}"#;
        let read = page(op, StatusCode::OK, good, split).unwrap();
        assert_eq!((read.items.len(), DECODED.load(Ordering::SeqCst)), (3, 3));
        // One odd record: the page is read whole once, then record by record.
        DECODED.store(0, Ordering::SeqCst);
        let odd = br#"{"data": ["a", "odd", "c"], "pagination": {"endCursor": "", "hasNextPage": false}}"#;
        let read = page(op, StatusCode::OK, odd, split).unwrap();
        assert_eq!((read.items.len(), read.rejected.len()), (2, 1));
        assert_eq!(DECODED.load(Ordering::SeqCst), 2 + 3);
    }

    #[test]
    fn a_broken_envelope_is_not_split_into_records() {
        assert!(records::<WorkOrder>("op", b"{\"data\": 5}").is_err());
        assert!(records::<WorkOrder>("op", b"[1,").is_err());
    }

    #[test]
    fn invalid_utf8_is_an_error_naming_its_place() {
        let err = from_slice::<serde_json::Value>(b"{\"a\": \"\xff\"}").unwrap_err();
        assert_eq!(err.line(), 1);
        assert!(err.column() > 0, "{err}");
    }

    #[test]
    fn decodes_a_page_and_refuses_a_wrong_type() {
        let body = br#"{"data": [], "pagination": {"endCursor": "", "hasNextPage": false}}"#;
        let page: crate::types::WorkOrderPage = from_slice(body).unwrap();
        assert!(page.data.is_empty());
        assert!(from_slice::<crate::types::WorkOrderPage>(b"{\"data\": 5}").is_err());
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
