//! The API adds fields, enum values and field kinds without notice: a page
//! holding any of them must still decode, and keep what it can.

use samsara::types::{self, FieldType, RecordStatus, WorkOrderStatus};
use serde_json::{Value, json};

fn work_order(status: &str) -> Value {
    json!({
        "id": "wo-1", "assetId": "12443", "status": status,
        "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-02T00:00:00Z"
    })
}

fn record(fields: Value) -> Value {
    json!({
        "id": "r1", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z",
        "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "281474"},
        "qualificationType": {"id": "qt1"}, "recordStatus": "active", "fields": fields
    })
}

#[test]
fn unknown_work_order_status_decodes_and_roundtrips() {
    let body = json!({"data": [work_order("Awaiting Vendor"), work_order("Open")], "pagination": {"endCursor": "c", "hasNextPage": false}});
    let page: types::WorkOrderPage = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(
        page.data[0].status,
        WorkOrderStatus::Other("Awaiting Vendor".into())
    );
    assert!(!page.data[0].status.is_known());
    assert_eq!(page.data[1].status, WorkOrderStatus::Open);
    assert_eq!(serde_json::to_value(&page).unwrap(), body);
}

#[test]
fn unknown_field_type_keeps_its_value_member() {
    let field = json!({"id": "f9", "type": "barcode", "label": "VIN scan", "barcodeValue": {"barcodes": [{"value": "1HGCM"}]}});
    let body = json!({"data": [record(json!([field]))], "pagination": {"endCursor": "c", "hasNextPage": true}});
    let page: types::QualificationRecordPage = serde_json::from_value(body.clone()).unwrap();
    let decoded = &page.data[0].fields[0];
    assert_eq!(decoded.type_, FieldType::Other("barcode".into()));
    assert_eq!(
        decoded.extra["barcodeValue"],
        json!({"barcodes": [{"value": "1HGCM"}]})
    );
    assert_eq!(
        serde_json::to_value(&page).unwrap(),
        body,
        "nothing of the unknown kind is lost"
    );
}

#[test]
fn unknown_table_cell_type_keeps_its_value_member() {
    let cell = json!({"id": "c1", "type": "geofence", "geofenceValue": {"id": "g1"}});
    let field = json!({"id": "f1", "type": "table", "tableValue": {
        "columns": [{"id": "c1", "label": "Site", "type": "geofence"}],
        "rows": [{"id": "row1", "cells": [cell]}]}});
    let decoded: types::QualificationField = serde_json::from_value(field.clone()).unwrap();
    let table = decoded.table_value.as_ref().unwrap();
    assert_eq!(
        table.columns[0].type_,
        types::TableCellType::Other("geofence".into())
    );
    assert_eq!(
        table.rows[0].cells[0].extra["geofenceValue"],
        json!({"id": "g1"})
    );
    assert_eq!(serde_json::to_value(&decoded).unwrap(), field);
}

#[test]
fn undocumented_members_do_not_fail_the_page() {
    let mut r = record(json!([]));
    r["brandNewMember"] = json!({"nested": [1, 2, 3]});
    r["owner"]["alsoNew"] = json!(true);
    let page: types::QualificationRecordPage =
        serde_json::from_value(json!({"data": [r], "pagination": {"endCursor": "", "hasNextPage": false}, "newTopLevel": 1})).unwrap();
    assert_eq!(page.data[0].record_status, RecordStatus::Active);
}

#[test]
fn unknown_values_of_every_nested_enum_decode() {
    let mut wo = work_order("Open");
    wo["priority"] = json!("Critical");
    wo["items"] = json!([{"id": "i1", "type": "RECALL"}]);
    wo["attachments"] = json!([{"id": "a1", "processingStatus": "quarantined"}]);
    wo["discount"] = json!({"money": {"amount": "1.00", "currency": "cad"}});
    wo["serviceTaskInstances"] = json!([{"id": "s1", "serviceTaskId": "t1", "status": "Blocked"}]);
    let decoded: types::WorkOrder = serde_json::from_value(wo.clone()).unwrap();
    assert_eq!(
        decoded.priority,
        Some(types::WorkOrderPriority::Other("Critical".into()))
    );
    assert_eq!(
        decoded
            .discount
            .as_ref()
            .unwrap()
            .money
            .as_ref()
            .unwrap()
            .currency,
        types::Currency::Other("cad".into())
    );
    assert_eq!(serde_json::to_value(&decoded).unwrap(), wo);
}

#[test]
fn null_and_empty_optional_arrays_stay_distinct() {
    let mut wo = work_order("Open");
    wo["attachments"] = json!([]);
    wo["items"] = Value::Null;
    let decoded: types::WorkOrder = serde_json::from_value(wo).unwrap();
    assert_eq!(decoded.attachments, Some(vec![]));
    assert_eq!(decoded.items, None);
    let back = serde_json::to_value(&decoded).unwrap();
    assert_eq!(back["attachments"], json!([]));
    assert!(back.get("items").is_none());
}

#[test]
fn unknown_entity_type_is_sent_verbatim_in_requests() {
    let owner: types::QualificationOwnerInput = types::QualificationOwnerInput::builder()
        .entity_type(types::EntityType::from("vehicle"))
        .id("1")
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&owner).unwrap(),
        json!({"entityType": "vehicle", "id": "1"})
    );
}
