//! The spec checker itself, on the real spec: it must catch what a server
//! could get wrong, or the "every response validates" tests prove nothing.

use crate::common;

use common::{spec, validator};
use serde_json::{Value, json};

fn order() -> Value {
    json!({
        "id": "5", "assetId": "12443", "status": "Open",
        "createdAtTime": "2019-06-13T19:08:25Z", "updatedAtTime": "2019-06-13T19:08:25.455Z",
        "items": null,
        "tax": {"basisPoints": 700, "money": {"amount": "94.01", "currency": "usd"}},
        "serviceTaskInstances": [{"id": "s", "serviceTaskId": "t", "status": "In Progress",
            "timeEntries": [{"clockInAtTime": "2019-06-13T19:08:25Z", "clockOutAtTime": null}]}]
    })
}

fn page(data: Value) -> Value {
    json!({"data": [data], "pagination": {"endCursor": "", "hasNextPage": false}})
}

#[test]
fn a_documented_page_passes() {
    let errors = validator().validate_json("streamWorkOrders", 200, &page(order()));
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn undocumented_members_wrong_enums_missing_members_and_bad_formats_fail() {
    let v = validator();
    let mut extra = order();
    extra["surprise"] = json!(1);
    let mut status = order();
    status["status"] = json!("OPEN");
    let mut missing = order();
    missing.as_object_mut().unwrap().remove("assetId");
    let mut date = order();
    date["updatedAtTime"] = json!("yesterday");
    let mut currency = order();
    currency["tax"]["money"]["currency"] = json!("eur");
    for (what, body) in [
        ("extra", extra),
        ("status", status),
        ("missing", missing),
        ("date", date),
        ("currency", currency),
    ] {
        let errors = v.validate_json("streamWorkOrders", 200, &page(body));
        assert_eq!(errors.len(), 1, "{what}: {errors:?}");
    }
    // Members a newer API adds to a field are allowed where the spec keeps them.
    let field = json!({"id": "f", "type": "text", "textValue": {"value": "x"}, "personValue": {}});
    let record = json!({
        "id": "r", "createdAtTime": "2024-01-01T00:00:00Z", "updatedAtTime": "2024-01-01T00:00:00Z",
        "issueDate": "2024-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "1"}, "qualificationType": {"id": "t"}, "recordStatus": "active", "fields": [field]
    });
    assert!(
        v.validate_json("getQualificationRecords", 200, &json!({"data": [record]}))
            .is_empty()
    );
}

#[test]
fn statuses_and_bodies_are_checked() {
    let v = validator();
    assert!(
        v.validate_raw("deleteWorkOrders", 204, None, b"")
            .is_empty()
    );
    assert_eq!(
        v.validate_raw("deleteWorkOrders", 204, Some("application/json"), b"{}")
            .len(),
        1
    );
    assert!(
        v.validate_raw("archiveQualificationRecord", 200, None, b"")
            .is_empty()
    );
    assert!(
        v.validate_raw(
            "getWorkOrders",
            503,
            Some("text/plain"),
            b"upstream connect error"
        )
        .is_empty()
    );
    assert_eq!(
        v.validate_raw("getWorkOrders", 201, None, b"").len(),
        1,
        "undocumented status"
    );
    let e = br#"{"message":"Rate limit exceeded","requestId":"8916e1c1"}"#;
    assert!(
        v.validate_raw("getWorkOrders", 429, Some("application/json"), e)
            .is_empty()
    );
    assert!(
        !v.validate_raw("getWorkOrders", 429, Some("text/plain"), e)
            .is_empty(),
        "4xx must be JSON"
    );
    assert!(
        !v.validate_raw(
            "getWorkOrders",
            404,
            Some("application/json"),
            br#"{"message":"x"}"#
        )
        .is_empty()
    );
    assert!(
        !v.validate_raw(
            "postQualificationRecord",
            201,
            Some("application/json"),
            b"{not json"
        )
        .is_empty()
    );
    assert_eq!(spec().operation_ids().len(), 20);
    assert!(
        !v.validate_json("noSuchOperation", 200, &json!({}))
            .is_empty()
    );
}
