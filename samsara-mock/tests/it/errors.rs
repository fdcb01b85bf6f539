//! 401, 404, 405 and 400 answers: `{message, requestId}` bodies, messages that
//! name the parameter, and no state change on any of them.

use crate::common;

use chrono::{TimeDelta, Utc};
use common::{Harness, quiet};
use reqwest::Method;
use serde_json::{Value, json};

const STREAM: &str =
    "/qualification-records/stream?entityType=worker&startTime=2024-01-01T00:00:00Z";

fn assert_error(r: &common::Resp, status: u16, starts_with: &str) {
    assert_eq!(r.status, status, "{}", r.text);
    assert!(
        r.message().starts_with(starts_with),
        "message {:?} should start with {starts_with:?}",
        r.message()
    );
    let id = r.json["requestId"].as_str().unwrap();
    assert!(
        id.len() == 8 && id.chars().all(|c| c.is_ascii_hexdigit()),
        "{id}"
    );
}

#[tokio::test]
async fn missing_or_wrong_token_is_401_on_every_operation() {
    let h = Harness::start(quiet(5)).await;
    let ops = [
        (
            "getQualificationRecords",
            Method::GET,
            "/qualification-records?ids=x",
        ),
        (
            "postQualificationRecord",
            Method::POST,
            "/qualification-records",
        ),
        (
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
        ),
        (
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
        ),
        ("getQualificationRecordsStream", Method::GET, STREAM),
        (
            "archiveQualificationRecord",
            Method::POST,
            "/qualification-records/archive",
        ),
        (
            "unarchiveQualificationRecord",
            Method::POST,
            "/qualification-records/unarchive",
        ),
        (
            "getQualificationTypes",
            Method::GET,
            "/qualification-types?entityType=worker",
        ),
        ("getWorkOrders", Method::GET, "/maintenance/work-orders"),
        ("postWorkOrders", Method::POST, "/maintenance/work-orders"),
        ("patchWorkOrders", Method::PATCH, "/maintenance/work-orders"),
        (
            "deleteWorkOrders",
            Method::DELETE,
            "/maintenance/work-orders?id=1",
        ),
        (
            "streamWorkOrders",
            Method::GET,
            "/maintenance/work-orders/stream?startTime=2024-01-01T00:00:00Z",
        ),
    ];
    for (op, method, path) in ops {
        let none = h
            .send(op, h.http.request(method.clone(), h.url(path)))
            .await;
        assert_error(&none, 401, "Unauthorized");
        let wrong = h
            .send(
                op,
                h.http
                    .request(method.clone(), h.url(path))
                    .bearer_auth("not-the-token"),
            )
            .await;
        assert_error(&wrong, 401, "Unauthorized: invalid API token");
        let basic = h
            .send(
                op,
                h.http
                    .request(method, h.url(path))
                    .header("authorization", "Basic dGVzdC10b2tlbg=="),
            )
            .await;
        assert_error(&basic, 401, "Unauthorized");
    }
    assert_eq!(h.server.stats().unauthorized, 39);
    // Nothing was deleted by the unauthenticated DELETE.
    let list = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=1")
        .await;
    assert_eq!(list.ids(), ["1"]);
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405() {
    let h = Harness::start(quiet(5)).await;
    for path in [
        "/",
        "/fleet/vehicles",
        "/qualification-records/",
        "/maintenance/work-orders/1",
        "/qualification-records/stream/x",
    ] {
        let r = h.get("getWorkOrders", path).await;
        assert_error(&r, 404, "Not found");
    }
    for (method, path, allow) in [
        (
            Method::PUT,
            "/qualification-records",
            "DELETE, GET, PATCH, POST",
        ),
        (Method::POST, "/qualification-records/stream", "GET"),
        (Method::GET, "/qualification-records/archive", "POST"),
        (Method::DELETE, "/qualification-types", "GET"),
        (
            Method::PUT,
            "/maintenance/work-orders",
            "DELETE, GET, PATCH, POST",
        ),
        (Method::PATCH, "/maintenance/work-orders/stream", "GET"),
    ] {
        let r = h.call("getWorkOrders", method, path, None).await;
        assert_error(&r, 405, "Method not allowed");
        assert_eq!(r.header("allow"), Some(allow));
    }
}

#[tokio::test]
async fn unknown_ids_on_writes_are_404() {
    let h = Harness::start(quiet(5)).await;
    let missing = json!({"id": "00000000-0000-4000-8000-000000000000"});
    for (op, method, path) in [
        (
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
        ),
        (
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
        ),
        (
            "archiveQualificationRecord",
            Method::POST,
            "/qualification-records/archive",
        ),
        (
            "unarchiveQualificationRecord",
            Method::POST,
            "/qualification-records/unarchive",
        ),
    ] {
        let r = h.call(op, method.clone(), path, Some(&missing)).await;
        assert_error(&r, 404, "Not found");
        let by_ext = h
            .call(op, method, path, Some(&json!({"id": "hr:NOPE"})))
            .await;
        assert_error(&by_ext, 404, "Not found");
    }
    let r = h
        .call(
            "patchWorkOrders",
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": "999"})),
        )
        .await;
    assert_error(&r, 404, "Not found");
    let r = h
        .call(
            "deleteWorkOrders",
            Method::DELETE,
            "/maintenance/work-orders?id=999",
            None,
        )
        .await;
    assert_error(&r, 404, "Not found");
}

#[tokio::test]
async fn bad_query_parameters_are_400_naming_the_parameter() {
    let h = Harness::start(quiet(5)).await;
    let expired =
        samsara_mock::encode_cursor_for_test(Utc::now(), "x", Utc::now() - TimeDelta::days(31));
    let fresh =
        samsara_mock::encode_cursor_for_test(Utc::now(), "x", Utc::now() - TimeDelta::days(29));
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&limit=0"),
            "limit",
        ),
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&limit=513"),
            "limit",
        ),
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&limit=ten"),
            "limit",
        ),
        (
            "getQualificationRecordsStream",
            "/qualification-records/stream?entityType=worker".into(),
            "startTime",
        ),
        (
            "getQualificationRecordsStream",
            "/qualification-records/stream?entityType=worker&startTime=yesterday".into(),
            "startTime",
        ),
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&endTime=2023-01-01T00:00:00Z"),
            "endTime",
        ),
        (
            "getQualificationRecordsStream",
            "/qualification-records/stream?startTime=2024-01-01T00:00:00Z".into(),
            "entityType",
        ),
        (
            "getQualificationRecordsStream",
            format!(
                "{}&entityType=driver",
                STREAM.replace("entityType=worker&", "")
            ),
            "entityType",
        ),
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&includeDeleted=maybe"),
            "includeDeleted",
        ),
        (
            "getQualificationRecordsStream",
            format!("{STREAM}&startTime=2024-01-02T00:00:00Z"),
            "startTime",
        ),
        (
            "getQualificationRecordsStream",
            format!(
                "{STREAM}&ownerIds={}",
                (0..101)
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            "ownerIds",
        ),
        (
            "getQualificationRecords",
            "/qualification-records".into(),
            "ids",
        ),
        (
            "getQualificationRecords",
            "/qualification-records?ids=".into(),
            "ids",
        ),
        (
            "getQualificationTypes",
            "/qualification-types".into(),
            "entityType",
        ),
        (
            "getQualificationTypes",
            "/qualification-types?entityType=worker&limit=600".into(),
            "limit",
        ),
        (
            "getWorkOrders",
            "/maintenance/work-orders?includeExternalIds=1".into(),
            "includeExternalIds",
        ),
        (
            "streamWorkOrders",
            "/maintenance/work-orders/stream".into(),
            "startTime",
        ),
        (
            "streamWorkOrders",
            "/maintenance/work-orders/stream?startTime=2024-01-01T00:00:00Z&workOrderStatuses=OPEN"
                .into(),
            "workOrderStatuses",
        ),
        (
            "streamWorkOrders",
            format!(
                "/maintenance/work-orders/stream?startTime=2024-01-01T00:00:00Z&assetIds={}",
                vec!["a1"; 51].join(",")
            ),
            "assetIds",
        ),
        ("deleteWorkOrders", "/maintenance/work-orders".into(), "id"),
    ];
    for (op, path, param) in cases {
        let r = h.get_or(op, &path).await;
        assert_error(&r, 400, &format!("Invalid value for parameter: {param}"));
    }
    // The cursor: malformed, foreign, expired, fresh.
    for bad in ["garbage!", "MjkY", "eyJ2IjoyfQ"] {
        let r = h
            .get(
                "getQualificationRecordsStream",
                &format!("{STREAM}&after={bad}"),
            )
            .await;
        assert_error(&r, 400, "Invalid value for parameter: after");
        assert_eq!(r.message(), "Invalid value for parameter: after");
    }
    for op_path in [
        STREAM.to_owned(),
        "/maintenance/work-orders/stream?startTime=2024-01-01T00:00:00Z".into(),
        "/maintenance/work-orders?x=1".into(),
        "/qualification-types?entityType=asset".into(),
    ] {
        let op = if op_path.starts_with("/qualification-records") {
            "getQualificationRecordsStream"
        } else if op_path.starts_with("/maintenance/work-orders/stream") {
            "streamWorkOrders"
        } else if op_path.starts_with("/maintenance") {
            "getWorkOrders"
        } else {
            "getQualificationTypes"
        };
        let r = h.get(op, &format!("{op_path}&after={expired}")).await;
        assert_error(&r, 400, "Expired cursor");
        let ok = h.get(op, &format!("{op_path}&after={fresh}")).await;
        assert_eq!(ok.status, 200, "{}", ok.text);
    }
}

impl Harness {
    async fn get_or(&self, op: &str, path: &str) -> common::Resp {
        if op == "deleteWorkOrders" {
            self.call(op, Method::DELETE, path, None).await
        } else {
            self.get(op, path).await
        }
    }
}

#[tokio::test]
async fn bad_bodies_are_400_naming_the_member_and_change_nothing() {
    let h = Harness::start(quiet(10)).await;
    let cdl = h
        .types("worker")
        .await
        .into_iter()
        .find(|t| t["name"] == "Commercial Driver's License")
        .unwrap();
    let hazmat = h
        .types("worker")
        .await
        .into_iter()
        .find(|t| t["name"] == "Hazmat Certification")
        .unwrap();
    let dot = h
        .types("asset")
        .await
        .into_iter()
        .find(|t| t["name"] == "Annual DOT Inspection")
        .unwrap();
    let number = Harness::field(&cdl, "License Number")["id"].clone();
    let class = Harness::field(&cdl, "License Class")["id"].clone();
    let base = |extra: Value| {
        let mut b = json!({
            "issueDate": "2025-01-01T00:00:00Z",
            "owner": {"entityType": "worker", "id": "500001"},
            "qualificationType": {"id": cdl["id"]},
            "fields": [{"id": number, "type": "text", "textValue": {"value": "X1"}}],
        });
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    let ok = h
        .call(
            "postQualificationRecord",
            Method::POST,
            "/qualification-records",
            Some(&base(json!({"externalIds": {"hr": "TAKEN1"}}))),
        )
        .await;
    assert_eq!(ok.status, 201, "{}", ok.text);
    let before = h
        .drain(
            "getQualificationRecordsStream",
            &format!("{STREAM}&endTime=2100-01-01T00:00:00Z&includeDeleted=true"),
        )
        .await;

    let mut no_issue = base(json!({}));
    no_issue.as_object_mut().unwrap().remove("issueDate");
    let cases: Vec<(Value, &str)> = vec![
        (no_issue, "issueDate"),
        (base(json!({"issueDate": "last week"})), "issueDate"),
        (base(json!({"owner": {"entityType": "worker"}})), "owner.id"),
        (
            base(json!({"owner": {"entityType": "asset", "id": "a100"}})),
            "owner.entityType",
        ),
        (
            base(json!({"owner": {"entityType": "worker", "id": "999"}})),
            "owner.id",
        ),
        (
            base(json!({"qualificationType": {"id": dot["id"]}})),
            "owner.entityType",
        ),
        (
            base(json!({"qualificationType": {"id": "nope"}})),
            "qualificationType.id",
        ),
        // "Certificate Number" is required; the CDL type has no required
        // field (the docs' example create sends `"fields": []`).
        (
            base(json!({"qualificationType": {"id": hazmat["id"]}, "fields": []})),
            "fields",
        ),
        (
            base(json!({"fields": [{"id": "nope", "type": "text", "textValue": {"value": "x"}}]})),
            "fields[0].id",
        ),
        (
            base(
                json!({"fields": [{"id": number, "type": "number", "numberValue": {"value": 1}}]}),
            ),
            "fields[0].type",
        ),
        (
            base(json!({"fields": [{"id": number, "type": "text"}]})),
            "fields[0].textValue",
        ),
        (
            base(
                json!({"fields": [{"id": number, "type": "text", "textValue": {"value": "x"}},
                                {"id": class, "type": "multiple_choice", "multipleChoiceValue": {"valueId": "bogus"}}]}),
            ),
            "fields[1].multipleChoiceValue.valueId",
        ),
        (
            base(json!({"externalIds": {"hr": "has space"}})),
            "externalIds.hr",
        ),
        (
            base(json!({"externalIds": {"hr": "TAKEN1"}})),
            "externalIds.hr",
        ),
        // Unique across all entities: worker 500001 is `payroll:P00001`.
        (
            base(json!({"externalIds": {"payroll": "P00001"}})),
            "externalIds.payroll",
        ),
    ];
    for (body, member) in cases {
        let r = h
            .call(
                "postQualificationRecord",
                Method::POST,
                "/qualification-records",
                Some(&body),
            )
            .await;
        assert_error(&r, 400, &format!("Invalid value for parameter: {member}"));
    }
    let raw = h
        .send(
            "postQualificationRecord",
            h.http
                .post(h.url("/qualification-records"))
                .bearer_auth("test-token")
                .body("{not json"),
        )
        .await;
    assert_error(&raw, 400, "Invalid value for parameter: body");
    let empty = h
        .send(
            "archiveQualificationRecord",
            h.http
                .post(h.url("/qualification-records/archive"))
                .bearer_auth("test-token"),
        )
        .await;
    assert_error(&empty, 400, "Invalid value for parameter: body");

    let wo_cases: Vec<(Value, &str)> = vec![
        (json!({"description": "no asset"}), "assetId"),
        (json!({"assetId": "a9999"}), "assetId"),
        (json!({"assetId": "vin:NOPE"}), "assetId"),
        (
            json!({"assetId": "a100", "priority": "Whenever"}),
            "priority",
        ),
        (json!({"assetId": "a100", "status": "OPEN"}), "status"),
        (
            json!({"assetId": "a100", "placeId": "2286", "placeExternalId": "erp:site42"}),
            "placeId",
        ),
        (json!({"assetId": "a100", "placeId": "1"}), "placeId"),
        (
            json!({"assetId": "a100", "tax": {"money": {"amount": "1.00", "currency": "eur"}}}),
            "tax.money.currency",
        ),
        (
            json!({"assetId": "a100", "items": [{"id": "i", "type": "NOPE"}]}),
            "items[0].type",
        ),
    ];
    for (body, member) in wo_cases {
        let r = h
            .call(
                "postWorkOrders",
                Method::POST,
                "/maintenance/work-orders",
                Some(&body),
            )
            .await;
        assert_error(&r, 400, &format!("Invalid value for parameter: {member}"));
    }
    let r = h
        .call(
            "patchWorkOrders",
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": "1", "status": "Done"})),
        )
        .await;
    assert_error(&r, 400, "Invalid value for parameter: status");

    let after = h
        .drain(
            "getQualificationRecordsStream",
            &format!("{STREAM}&endTime=2100-01-01T00:00:00Z&includeDeleted=true"),
        )
        .await;
    assert_eq!(before, after, "no 400 changed a record");
    assert_eq!(
        h.drain("getWorkOrders", "/maintenance/work-orders")
            .await
            .len(),
        10,
        "no 400 created a work order"
    );
}
