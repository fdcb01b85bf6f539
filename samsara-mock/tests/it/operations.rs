//! Every operation of the spec over real HTTP, with every response checked
//! against the spec, and the same families through `samsara::Client`.

use crate::common;

use common::{Harness, enc, quiet, spec};
use reqwest::Method;
use serde_json::{Value, json};

const WORKER_TYPE: &str = "Commercial Driver's License";

fn option_id(field: &Value, i: usize) -> Value {
    field["options"][i]["id"].clone()
}

fn column<'a>(table: &'a Value, label: &str) -> &'a Value {
    table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["label"] == label)
        .unwrap()
}

/// A create body for the CDL type with one field of every kind, tables included.
fn cdl_record(cdl: &Value, owner: &str, hr: &str) -> Value {
    let f = |label: &str| Harness::field(cdl, label).clone();
    let table = f("Violations");
    let col = |label: &str| column(&table, label)["id"].clone();
    json!({
        "issueDate": "2025-03-01T00:00:00Z",
        "expirationDate": "2029-03-01T00:00:00Z",
        "owner": {"entityType": "worker", "id": owner},
        "qualificationType": {"id": cdl["id"]},
        "externalIds": {"hr": hr},
        "fields": [
            {"id": f("License Number")["id"], "type": "text", "textValue": {"value": "D1234567"}},
            {"id": f("License Class")["id"], "type": "multiple_choice",
             "multipleChoiceValue": {"valueId": option_id(&f("License Class"), 0)}},
            {"id": f("Endorsements")["id"], "type": "check_boxes",
             "checkBoxesValue": {"valueIds": [option_id(&f("Endorsements"), 0), option_id(&f("Endorsements"), 2)]}},
            {"id": f("Medical Card Expiration")["id"], "type": "datetime",
             "dateTimeValue": {"value": "2026-05-01T00:00:00Z"}},
            {"id": f("Years of Experience")["id"], "type": "number", "numberValue": {"value": 12}},
            {"id": f("License Scan")["id"], "type": "media",
             "mediaValue": {"mediaList": [{"base64Payload": "JVBERi0xLjQK", "mediaType": "application/pdf"}]}},
            {"id": f("Driver Signature")["id"], "type": "signature",
             "signatureValue": {"media": {"base64Payload": "iVBORw0KGgo=", "mediaType": "image/png"}}},
            {"id": table["id"], "type": "table", "tableValue": {"rows": [{"id": "row1", "cells": [
                {"id": col("Date"), "type": "datetime", "dateTimeValue": {"value": "2024-04-02T00:00:00Z"}},
                {"id": col("Points"), "type": "number", "numberValue": {"value": 2}},
                {"id": col("Description"), "type": "text", "textValue": {"value": "Speeding"}},
                {"id": col("Severity"), "type": "multiple_choice",
                 "multipleChoiceValue": {"valueId": option_id(column(&table, "Severity"), 1)}},
                {"id": col("Flags"), "type": "check_boxes",
                 "checkBoxesValue": {"valueIds": [option_id(column(&table, "Flags"), 2)]}},
                {"id": col("Reviewed By"), "type": "person", "personValue": {"person": {"polymorphicUserId": "45646"}}},
            ]}]}},
        ],
    })
}

fn kinds(record: &Value) -> Vec<String> {
    let mut k: Vec<String> = record["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["type"].as_str().unwrap().to_owned())
        .collect();
    k.sort();
    k
}

#[tokio::test]
async fn every_operation_answers_as_documented() {
    let h = Harness::start(quiet(30)).await;

    // Qualification types, per entity type.
    let workers = h.types("worker").await;
    let assets = h.types("asset").await;
    assert_eq!(workers.len(), 3);
    assert_eq!(assets.len(), 2);
    assert!(workers.iter().all(|t| t["entityType"] == "worker"));
    let cdl = workers
        .iter()
        .find(|t| t["name"] == WORKER_TYPE)
        .unwrap()
        .clone();

    // Create: 201, owner given by external id, every field kind converted.
    let created = h
        .call(
            "postQualificationRecord",
            Method::POST,
            "/qualification-records",
            Some(&cdl_record(&cdl, "payroll:P00001", "T0001")),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let record = created.json["data"].clone();
    let id = record["id"].as_str().unwrap().to_owned();
    assert_eq!(
        record["owner"],
        json!({"entityType": "worker", "id": "500001", "externalIds": {"payroll": "P00001"}})
    );
    assert_eq!(record["recordStatus"], "active");
    assert_eq!(record["externalIds"], json!({"hr": "T0001"}));
    assert_eq!(record["qualificationType"]["name"], WORKER_TYPE);
    assert_eq!(
        kinds(&record),
        [
            "check_boxes",
            "datetime",
            "media",
            "multiple_choice",
            "number",
            "signature",
            "table",
            "text"
        ]
    );
    let field = |r: &Value, label: &str| {
        r["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["label"] == label)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        field(&record, "License Class")["multipleChoiceValue"]["value"],
        "Class A"
    );
    assert_eq!(
        field(&record, "Endorsements")["checkBoxesValue"]["value"],
        json!(["H (Hazmat)", "P (Passenger)"])
    );
    assert_eq!(
        field(&record, "Medical Card Expiration")["dateTimeValue"]["dateValue"],
        "2026-05-01"
    );
    assert_eq!(
        field(&record, "License Scan")["mediaList"][0]["processingStatus"],
        "processing"
    );
    let table = field(&record, "Violations")["tableValue"].clone();
    assert_eq!(table["columns"].as_array().unwrap().len(), 7);
    let cells = table["rows"][0]["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 6);
    assert_eq!(
        cells[5]["personValue"]["person"],
        json!({"entryType": "tracked", "polymorphicUserId": {"id": "45646", "type": "user"}})
    );

    // Lookup by id and by `key:value` external id, comma-joined or repeated.
    let by_id = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids={id}"),
        )
        .await;
    assert_eq!(by_id.ids(), [id.as_str()]);
    assert!(
        by_id.data()[0].get("externalIds").is_none(),
        "external ids only on request"
    );
    let by_ext = h
        .get(
            "getQualificationRecords",
            &format!(
                "/qualification-records?ids={}&includeExternalIds=true",
                enc("hr:T0001")
            ),
        )
        .await;
    assert_eq!(by_ext.ids(), [id.as_str()]);
    assert_eq!(by_ext.data()[0]["externalIds"]["hr"], "T0001");
    let both = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids=hr:T0001,nope&ids={id}"),
        )
        .await;
    assert_eq!(
        both.ids(),
        [id.as_str()],
        "unknown ids are left out, duplicates once"
    );

    // Patch: only the members sent change; 1970-01-01 clears the expiration date.
    let years = Harness::field(&cdl, "Years of Experience")["id"].clone();
    let patched = h
        .call(
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
            Some(&json!({
                "id": id, "fields": [{"id": years, "type": "number", "numberValue": {"value": 13}}],
                "externalIds": {"lms": "L77"}
            })),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    let after = patched.json["data"].clone();
    assert_eq!(
        field(&after, "Years of Experience")["numberValue"]["value"],
        13.0
    );
    assert_eq!(
        field(&after, "License Number"),
        field(&record, "License Number")
    );
    assert_eq!(after["expirationDate"], record["expirationDate"]);
    assert_eq!(after["issueDate"], record["issueDate"]);
    assert_eq!(after["externalIds"], json!({"hr": "T0001", "lms": "L77"}));
    assert!(after["updatedAtTime"].as_str() > record["updatedAtTime"].as_str());
    let cleared = h
        .call("patchQualificationRecord", Method::PATCH, "/qualification-records", Some(&json!({
            "id": "hr:T0001", "expirationDate": "1970-01-01T00:00:00Z", "externalIds": {"lms": ""}
        })))
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert!(cleared.json["data"].get("expirationDate").is_none());
    assert_eq!(cleared.json["data"]["externalIds"], json!({"hr": "T0001"}));

    // Archive / unarchive / delete: 200 with an empty body.
    for (op, path, status) in [
        (
            "archiveQualificationRecord",
            "/qualification-records/archive",
            "archived",
        ),
        (
            "unarchiveQualificationRecord",
            "/qualification-records/unarchive",
            "active",
        ),
    ] {
        let r = h
            .call(op, Method::POST, path, Some(&json!({"id": id})))
            .await;
        assert_eq!((r.status, r.text.as_str()), (200, ""));
        let now = h
            .get(
                "getQualificationRecords",
                &format!("/qualification-records?ids={id}"),
            )
            .await;
        assert_eq!(now.data()[0]["recordStatus"], status);
    }
    let deleted = h
        .call(
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
            Some(&json!({"id": id})),
        )
        .await;
    assert_eq!((deleted.status, deleted.text.as_str()), (200, ""));
    let gone = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids={id}"),
        )
        .await;
    assert!(gone.data().is_empty());

    // The stream shows the deleted record only with includeDeleted=true.
    let since = created.json["data"]["createdAtTime"]
        .as_str()
        .unwrap()
        .to_owned();
    let stream = |deleted: bool| {
        format!(
            "/qualification-records/stream?entityType=worker&startTime={}&endTime=2100-01-01T00:00:00Z&includeDeleted={deleted}",
            enc(&since)
        )
    };
    let hidden = h
        .drain("getQualificationRecordsStream", &stream(false))
        .await;
    assert!(hidden.iter().all(|r| r["id"] != id.as_str()));
    let shown = h
        .drain("getQualificationRecordsStream", &stream(true))
        .await;
    let last = shown
        .iter()
        .find(|r| r["id"] == id.as_str())
        .expect("deleted record in the stream");
    assert_eq!(last["recordStatus"], "deleted");

    // Work orders: create (200, defaults filled), patch, list, stream, delete (204).
    let order = h
        .call("postWorkOrders", Method::POST, "/maintenance/work-orders", Some(&json!({
            "assetId": "vin:1HGCM82633A004352", "description": "Brakes squeal", "priority": "High",
            "placeExternalId": "erp:site42", "assignedUserId": "45646",
            "serviceTaskInstances": [{"serviceTaskId": "st1", "status": "Open",
                "parts": [{"partId": "P0077", "quantity": 2.5}],
                "laborHourlyCost": {"amount": "94.01", "currency": "usd"}}],
            "tax": {"basisPoints": 700}
        })))
        .await;
    assert_eq!(order.status, 200, "{}", order.text);
    let wo = order.json["data"].clone();
    let wo_id = wo["id"].as_str().unwrap().to_owned();
    assert_eq!(wo["assetId"], "a100");
    assert_eq!(wo["status"], "Open");
    assert_eq!(
        wo["maintenanceSite"],
        json!({"name": "North Yard", "placeId": "2286"})
    );
    assert!(wo["engineHours"].is_i64() && wo["odometerMeters"].is_i64());
    assert!(wo["serviceTaskInstances"][0]["id"].is_string());
    assert!(wo["serviceTaskInstances"][0]["parts"][0]["id"].is_string());

    let moved = h
        .call(
            "patchWorkOrders",
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": wo_id, "status": "In Progress"})),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    let m = moved.json["data"].clone();
    assert_eq!(m["status"], "In Progress");
    assert!(
        m["startedAtTime"].is_string(),
        "a status transition fills its time"
    );
    for unchanged in [
        "description",
        "priority",
        "assetId",
        "maintenanceSite",
        "tax",
        "createdAtTime",
        "serviceTaskInstances",
    ] {
        assert_eq!(m[unchanged], wo[unchanged], "{unchanged}");
    }

    let listed = h
        .get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={wo_id}&ids=1&includeExternalIds=true"),
        )
        .await;
    assert_eq!(listed.ids(), ["1".to_owned(), wo_id.clone()]);
    assert_eq!(
        listed.data()[1]["maintenanceSite"]["placeExternalIds"],
        json!({"erp": "site42"})
    );
    let all = h
        .drain("getWorkOrders", "/maintenance/work-orders?limit=7")
        .await;
    assert_eq!(all.len(), 31);

    let since = m["updatedAtTime"].as_str().unwrap();
    let streamed = h
        .get(
            "streamWorkOrders",
            &format!(
                "/maintenance/work-orders/stream?startTime={}&workOrderStatuses={}",
                enc(since),
                enc("In Progress")
            ),
        )
        .await;
    assert_eq!(streamed.ids(), [wo_id.as_str()]);
    assert!(
        !streamed.has_next() && !streamed.cursor().is_empty(),
        "no endTime, last available item: caught up, with a cursor to poll from"
    );

    let del = h
        .call(
            "deleteWorkOrders",
            Method::DELETE,
            &format!("/maintenance/work-orders?id={wo_id}"),
            None,
        )
        .await;
    assert_eq!((del.status, del.text.as_str()), (204, ""));
    let again = h
        .call(
            "deleteWorkOrders",
            Method::DELETE,
            &format!("/maintenance/work-orders?id={wo_id}"),
            None,
        )
        .await;
    assert_eq!(again.status, 404);
    assert!(
        h.get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={wo_id}")
        )
        .await
        .data()
        .is_empty()
    );

    // Service-task definitions, an invoice scan, and a webhook's life.
    let tasks = h
        .drain(
            "getServiceTasks",
            "/maintenance/service-tasks?includeArchived=true",
        )
        .await;
    assert_eq!(tasks.len(), 14);
    let scan = h
        .call(
            "postInvoiceScan",
            Method::POST,
            "/maintenance/invoice-scans",
            Some(&json!({"assetId": "12443", "file": {"contentType": "application/pdf", "base64Content": "JVBERi0xLjQK"}})),
        )
        .await;
    assert_eq!(scan.status, 200, "{}", scan.text);
    assert!(scan.json["data"]["workOrderId"].is_string());
    let refused = h
        .call(
            "postInvoiceScan",
            Method::POST,
            "/maintenance/invoice-scans",
            Some(&json!({"file": {"contentType": "application/pdf", "base64Content": "JVBERi0xLjQK"}})),
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.text);
    let webhook = h
        .call(
            "postWebhooks",
            Method::POST,
            "/webhooks",
            Some(&json!({"name": "all", "url": "http://127.0.0.1:9/hook", "eventTypes": ["WorkOrderCreatedOrChanged"]})),
        )
        .await;
    assert_eq!(webhook.status, 200, "{}", webhook.text);
    let hook_path = format!("/webhooks/{}", webhook.json["id"].as_str().unwrap());
    let got = h.get("getWebhook", &hook_path).await;
    assert_eq!(got.json, webhook.json);
    let patched = h
        .call(
            "patchWebhook",
            Method::PATCH,
            &hook_path,
            Some(&json!({"name": "renamed"})),
        )
        .await;
    assert_eq!(patched.json["name"], "renamed");
    assert_eq!(h.drain("listWebhooks", "/webhooks?limit=1").await.len(), 1);
    let gone = h
        .call("deleteWebhook", Method::DELETE, &hook_path, None)
        .await;
    assert_eq!((gone.status, gone.text.as_str()), (204, ""));
    assert_eq!(h.get("getWebhook", &hook_path).await.status, 404);

    // Every operation of the spec was exercised (and every response validated).
    let seen: std::collections::BTreeSet<String> = h
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|(op, _)| op.clone())
        .collect();
    let all_ops: std::collections::BTreeSet<String> = spec().operation_ids().into_iter().collect();
    assert_eq!(all_ops.len(), samsara::operations::ALL.len());
    assert_eq!(seen, all_ops);
}

#[tokio::test]
async fn typed_client_drives_both_families() {
    use samsara::types;
    let h = Harness::start(quiet(20)).await;
    let client = h.server.client().unwrap();
    let start: chrono::DateTime<chrono::Utc> = "2024-01-01T00:00:00Z".parse().unwrap();

    let qtypes = client
        .get_qualification_types()
        .entity_type(types::EntityType::Worker)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(qtypes.data.len(), 3);
    assert!(!qtypes.pagination.has_next_page);
    let cdl =
        serde_json::to_value(qtypes.data.iter().find(|t| t.name == WORKER_TYPE).unwrap()).unwrap();

    let page = client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Worker)
        .start_time(start)
        .end_time(chrono::Utc::now())
        .include_external_ids(true)
        .include_deleted(true)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        page.data.len(),
        12,
        "3 of every 5 seeded records belong to workers"
    );
    assert!(!page.pagination.has_next_page);
    assert!(
        page.data
            .windows(2)
            .all(|w| w[0].updated_at_time <= w[1].updated_at_time)
    );

    let body: types::QualificationRecordCreate =
        serde_json::from_value(cdl_record(&cdl, "500002", "C1")).unwrap();
    let created = client
        .post_qualification_record()
        .body(body)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.data.id.clone();
    assert_eq!(created.data.fields.len(), 8);

    let patch: types::QualificationRecordPatch =
        serde_json::from_value(json!({"id": id, "issueDate": "2025-04-01T00:00:00Z"})).unwrap();
    let patched = client
        .patch_qualification_record()
        .body(patch)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        patched.data.issue_date.to_rfc3339(),
        "2025-04-01T00:00:00+00:00"
    );
    assert_eq!(patched.data.fields, created.data.fields);

    let id_body = || {
        serde_json::from_value::<types::QualificationRecordIdRequest>(json!({"id": id})).unwrap()
    };
    client
        .archive_qualification_record()
        .body(id_body())
        .send_raw()
        .await
        .unwrap();
    let found = client
        .get_qualification_records()
        .ids(samsara::external_id::IdRef::list(["hr:C1"]).unwrap())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(found.data.len(), 1);
    assert_eq!(found.data[0].record_status, types::RecordStatus::Archived);
    client
        .unarchive_qualification_record()
        .body(id_body())
        .send_raw()
        .await
        .unwrap();
    client
        .delete_qualification_record()
        .body(id_body())
        .send_raw()
        .await
        .unwrap();

    let orders = client
        .stream_work_orders()
        .start_time(start)
        .end_time(chrono::Utc::now())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(orders.data.len(), 20);
    assert!(
        orders.data.iter().all(|o| o.status.is_known()),
        "only documented statuses"
    );
    let wo: types::WorkOrderCreate =
        serde_json::from_value(json!({"assetId": "a101", "status": "Planning"})).unwrap();
    let wo = client.post_work_orders().body(wo).send_raw().await.unwrap();
    assert_eq!(wo.data.status, types::WorkOrderStatus::Planning);
    let p: types::WorkOrderPatch = serde_json::from_value(
        json!({"id": wo.data.id, "status": "Completed", "closingNotes": "done"}),
    )
    .unwrap();
    let p = client.patch_work_orders().body(p).send_raw().await.unwrap();
    assert_eq!(p.data.closing_notes.as_deref(), Some("done"));
    assert!(p.data.completed_at_time.is_some());
    let listed = client.get_work_orders().send_raw().await.unwrap();
    assert_eq!(listed.data.len(), 21);
    client
        .delete_work_orders()
        .id(wo.data.id.clone())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        client
            .get_work_orders()
            .send_raw()
            .await
            .unwrap()
            .data
            .len(),
        20
    );
}
