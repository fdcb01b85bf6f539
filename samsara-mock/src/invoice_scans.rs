//! `POST /maintenance/invoice-scans`: an invoice (a Base64 PDF, JPEG or PNG
//! of at most 10 MB decoded) creates a work order for `assetId`, or is
//! attached to the work order `workOrderId` (exactly one of the two).
//!
//! What the fake checks, in this order, each refusal a 4xx naming what was
//! wrong (nothing changes when a scan is refused):
//! 1. exactly one of `assetId` / `workOrderId` (400 naming both);
//! 2. `file.contentType` is `application/pdf`, `image/jpeg` or `image/png`
//!    (400 naming the type sent);
//! 3. `file.base64Content` is standard Base64, padding optional (400);
//! 4. it decodes to at most 10 MB, 10 × 1024 × 1024 bytes (**413**, naming
//!    the size: the payload is too large, as for a body over the server's
//!    16 MiB limit);
//! 5. its first bytes are those of the type (`%PDF`, `FF D8 FF`,
//!    `89 PNG`): a mismatch is a 400 naming both;
//! 6. the asset exists (400, as for a work-order create), the work order
//!    exists (404).
//!
//! Samsara reads the invoice with AI extraction; the fake reads nothing: a
//! new work order holds the invoice as an attachment (a media record whose
//! `processingStatus` stays `processing`) and `description: "Invoice
//! scan"`; an existing one gets the attachment and a new `updatedAtTime`.
//! Both are work-order writes like any other (streams, visibility delay,
//! `WorkOrderCreatedOrChanged` webhooks).

use axum::http::StatusCode;
use base64::Engine as _;
use samsara::types::{InvoiceScanResponse, InvoiceScanResult};
use serde_json::{Value, json};

use crate::pages::body_value;
use crate::reply::{ApiError, Reply};
use crate::store::Store;
use crate::work_orders;

/// The largest decoded file: 10 MB (read as MiB).
pub(crate) const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The types Samsara accepts, with the bytes a file of each starts with.
const TYPES: &[(&str, &[u8], &str)] = &[
    ("application/pdf", b"%PDF", "%PDF"),
    ("image/jpeg", &[0xFF, 0xD8, 0xFF], "FF D8 FF"),
    (
        "image/png",
        &[0x89, b'P', b'N', b'G'],
        "89 50 4E 47 (\\x89PNG)",
    ),
];

/// Standard Base64; padding optional.
fn engine() -> base64::engine::GeneralPurpose {
    base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    )
}

/// A member that is a non-empty string, or absent (`null` and `""` count as
/// absent).
fn optional_id<'a>(body: &'a Value, member: &str) -> Result<Option<&'a str>, ApiError> {
    match body.get(member) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ApiError::bad_param(member, "must be a string")),
    }
}

fn file_member<'a>(file: &'a Value, member: &str) -> Result<&'a str, ApiError> {
    let path = format!("file.{member}");
    match file.get(member) {
        Some(Value::String(s)) => Ok(s),
        None | Some(Value::Null) => Err(ApiError::bad_param(&path, "required")),
        Some(_) => Err(ApiError::bad_param(&path, "must be a string")),
    }
}

/// Checks the file and returns its content type.
pub(crate) fn check_file(file: &Value) -> Result<&'static str, ApiError> {
    if !file.is_object() {
        return Err(ApiError::bad_param("file", "required, an object"));
    }
    let content_type = file_member(file, "contentType")?;
    let Some(&(known, magic, shown)) = TYPES
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(content_type.trim()))
    else {
        return Err(ApiError::bad_param(
            "file.contentType",
            format!("unsupported type {content_type:?}: application/pdf, image/jpeg or image/png"),
        ));
    };
    let encoded = file_member(file, "base64Content")?;
    // Refused before decoding when even the shortest decoding is too long.
    let at_least = encoded.trim_end_matches('=').len() / 4 * 3;
    if at_least > MAX_FILE_BYTES {
        return Err(too_large(at_least));
    }
    let bytes = engine()
        .decode(encoded)
        .map_err(|e| ApiError::bad_param("file.base64Content", format!("not valid Base64: {e}")))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(bytes.len()));
    }
    if !bytes.starts_with(magic) {
        return Err(ApiError::bad_param(
            "file.base64Content",
            format!("the content is not {known}: a {known} file starts with {shown}"),
        ));
    }
    Ok(known)
}

fn too_large(size: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!(
            "Invalid value for parameter: file.base64Content (decodes to {size} bytes or more; at most {MAX_FILE_BYTES} bytes, 10 MB)"
        ),
    )
}

/// `POST /maintenance/invoice-scans` → 200 `{"data": {"workOrderId": …}}`.
pub(crate) fn scan(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let body = body_value(body)?;
    if !body.is_object() {
        return Err(ApiError::bad_param("body", "must be a JSON object"));
    }
    let asset_id = optional_id(&body, "assetId")?;
    let work_order_id = optional_id(&body, "workOrderId")?;
    if asset_id.is_some() == work_order_id.is_some() {
        let which = if asset_id.is_some() {
            "both given"
        } else {
            "neither given"
        };
        return Err(ApiError::bad_param(
            "assetId",
            format!("provide exactly one of assetId and workOrderId ({which})"),
        ));
    }
    check_file(body.get("file").unwrap_or(&Value::Null))?;
    let attachment = json!({"id": store.rng.uuid(), "processingStatus": "processing"});
    let order = match (asset_id, work_order_id) {
        (Some(asset), _) => work_orders::create_order(
            store,
            json!({"assetId": asset, "description": "Invoice scan"}),
            vec![attachment],
        )?,
        (_, Some(id)) => work_orders::attach(store, id, attachment)?,
        (None, None) => return Err(ApiError::internal("checked above")),
    };
    let result = InvoiceScanResult::builder().work_order_id(order.id);
    let body = InvoiceScanResponse::try_from(InvoiceScanResponse::builder().data(result))
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    fn file(content_type: &str, bytes: &[u8]) -> Value {
        json!({"contentType": content_type, "base64Content": STANDARD.encode(bytes)})
    }

    #[test]
    fn each_type_needs_its_magic_bytes() {
        assert_eq!(
            check_file(&file("application/pdf", b"%PDF-1.7\n")),
            Ok("application/pdf")
        );
        assert_eq!(
            check_file(&file("image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE0])),
            Ok("image/jpeg")
        );
        assert_eq!(
            check_file(&file("image/png", b"\x89PNG\r\n\x1a\n")),
            Ok("image/png")
        );
        let e = check_file(&file("image/png", b"%PDF-1.7")).unwrap_err();
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert!(e.message.contains("image/png"), "{}", e.message);
        assert!(check_file(&file("application/pdf", b"")).is_err(), "empty");
    }

    #[test]
    fn refusals_name_what_was_wrong() {
        let e = check_file(&file("text/plain", b"%PDF")).unwrap_err();
        assert!(e.message.contains("\"text/plain\""), "{}", e.message);
        let e = check_file(&json!({"contentType": "application/pdf", "base64Content": "%%%"}))
            .unwrap_err();
        assert!(
            e.message.contains("file.base64Content") && e.message.contains("Base64"),
            "{}",
            e.message
        );
        let mut big = b"%PDF".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        let e = check_file(&file("application/pdf", &big)).unwrap_err();
        assert_eq!(e.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(
            e.message.contains(&(MAX_FILE_BYTES + 1).to_string()),
            "{}",
            e.message
        );
        let mut fits = b"%PDF".to_vec();
        fits.resize(MAX_FILE_BYTES, b' ');
        assert!(check_file(&file("application/pdf", &fits)).is_ok());
        let unpadded = json!({"contentType": "application/pdf", "base64Content": "JVBERi0"});
        assert!(check_file(&unpadded).is_ok(), "padding is optional");
    }
}
