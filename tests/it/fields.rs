//! Typed field values: every kind, tables with typed cells, unknown kinds,
//! lookups by id and label, and request fields that round-trip.

use chrono::{DateTime, NaiveDate, Utc};
use samsara::FieldValue;
use samsara::types::{
    self, MediaItemInput, QualificationFieldInput, TableCellInput, TableRowInput,
};
use serde_json::{Value, json};

fn media(id: &str) -> Value {
    json!({"id": id, "processingStatus": "finished", "url": "https://example.invalid/m", "urlExpiresAt": "2025-01-01T00:00:00Z"})
}

fn record() -> types::QualificationRecord {
    serde_json::from_value(json!({
        "id": "r1", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "driver"},
        "owner": {"entityType": "worker", "id": "281474"}, "qualificationType": {"id": "qt1"}, "recordStatus": "active",
        "fields": [
            {"id": "text", "type": "text", "label": "Licence number", "textValue": {"value": "D1234567"}},
            {"id": "num", "type": "number", "label": "Points", "numberValue": {"value": 3.5}},
            {"id": "dt", "type": "datetime", "label": "Issued", "dateTimeValue": {"type": "date", "value": "2024-08-08T00:00:00Z", "dateValue": "2024-08-08"}},
            {"id": "mc", "type": "multiple_choice", "label": "Class", "multipleChoiceValue": {"value": "B", "valueId": "opt-b"}},
            {"id": "cb", "type": "check_boxes", "label": "Endorsements", "checkBoxesValue": {"value": ["H", "N"], "valueIds": ["opt-h", "opt-n"]}},
            {"id": "sig", "type": "signature", "label": "Signature", "signatureValue": {"media": media("m1")}},
            {"id": "media", "type": "media", "label": "Scans", "mediaList": [media("m2"), media("m3")]},
            {"id": "blank", "type": "text", "label": "Notes"},
            {"id": "new", "type": "geofence", "label": "Depot", "geofenceValue": {"id": "g1", "name": "Depot A"}},
            {"id": "tbl", "type": "table", "label": "Training", "tableValue": {
                "columns": [
                    {"id": "c-course", "label": "Course", "type": "text"},
                    {"id": "c-hours", "label": "Hours", "type": "number"},
                    {"id": "c-trainer", "label": "Trainer", "type": "person"},
                    {"id": "c-code", "label": "Code", "type": "barcode"},
                    {"id": "c-photo", "label": "Photo", "type": "media"},
                    {"id": "c-new", "label": "Future", "type": "hologram"}
                ],
                "rows": [{"id": "row1", "cells": [
                    {"id": "c-course", "type": "text", "textValue": {"value": "Hazmat"}},
                    {"id": "c-hours", "type": "number", "numberValue": {"value": 8}},
                    {"id": "c-trainer", "type": "person", "personValue": {"person": {"entryType": "tracked", "polymorphicUserId": {"id": "938172", "type": "driver"}}}},
                    {"id": "c-code", "type": "barcode", "barcodeValue": {"barcodes": [{"value": "ABC-1"}]}},
                    {"id": "c-photo", "type": "media", "mediaValue": {"mediaList": [media("m4")]}},
                    {"id": "c-new", "type": "hologram", "hologramValue": {"frames": 3}}
                ]}]
            }}
        ]
    }))
    .unwrap()
}

#[test]
fn every_field_kind_has_a_typed_value() {
    let r = record();
    let value = |id: &str| r.field(id).unwrap().value();
    assert_eq!(value("text"), Some(FieldValue::Text("D1234567")));
    assert_eq!(value("num"), Some(FieldValue::Number(3.5)));
    match value("dt") {
        Some(FieldValue::DateTime(dt)) => {
            assert_eq!(dt.type_, types::DateTimeType::Date);
            assert_eq!(dt.date_value, NaiveDate::from_ymd_opt(2024, 8, 8));
        }
        other => panic!("{other:?}"),
    }
    match value("mc") {
        Some(FieldValue::MultipleChoice(mc)) => {
            assert_eq!((mc.value.as_str(), mc.value_id.as_str()), ("B", "opt-b"))
        }
        other => panic!("{other:?}"),
    }
    match value("cb") {
        Some(FieldValue::CheckBoxes(cb)) => assert_eq!(cb.value_ids, ["opt-h", "opt-n"]),
        other => panic!("{other:?}"),
    }
    assert!(matches!(value("sig"), Some(FieldValue::Signature(m)) if m.id == "m1"));
    assert!(
        matches!(value("media"), Some(FieldValue::Media(list)) if list.len() == 2 && list[1].id == "m3")
    );
    assert_eq!(
        value("blank"),
        None,
        "a known kind without its value is blank"
    );
}

#[test]
fn unknown_field_kind_keeps_type_and_raw_value() {
    let r = record();
    match r.field("new").unwrap().value() {
        Some(FieldValue::Unknown { kind, raw }) => {
            assert_eq!(kind, "geofence");
            assert_eq!(raw["geofenceValue"], json!({"id": "g1", "name": "Depot A"}));
            assert_eq!(raw["label"], "Depot");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn table_cells_are_typed() {
    let r = record();
    let Some(FieldValue::Table(table)) = r.field_by_label("Training").unwrap().value() else {
        panic!("a table")
    };
    assert_eq!(table.column_by_label("Hours").unwrap().id, "c-hours");
    let cell = |column: &str| table.cell("row1", column).unwrap().value();
    assert_eq!(cell("c-course"), Some(FieldValue::Text("Hazmat")));
    assert_eq!(cell("c-hours"), Some(FieldValue::Number(8.0)));
    match cell("c-trainer") {
        Some(FieldValue::Person(p)) => {
            assert_eq!(p.entry_type, types::PersonEntryType::Tracked);
            assert_eq!(
                p.polymorphic_user_id.as_ref().unwrap().type_,
                types::UserType::Driver
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(cell("c-code"), Some(FieldValue::Barcode(b)) if b[0].value == "ABC-1"));
    assert!(matches!(cell("c-photo"), Some(FieldValue::Media(m)) if m[0].id == "m4"));
    match cell("c-new") {
        Some(FieldValue::Unknown { kind, raw }) => assert_eq!(
            (kind, &raw["hologramValue"]["frames"]),
            ("hologram", &json!(3))
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(table.rows[0].cell("c-hours").unwrap().id, "c-hours");
    assert!(table.cell("row9", "c-hours").is_none());
}

#[test]
fn lookups_by_id_and_label() {
    let r = record();
    assert_eq!(r.field_by_label("Points").unwrap().id, "num");
    assert!(r.field("nope").is_none());
    assert!(r.field_by_label("Nope").is_none());
}

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn request_fields_serialize_to_the_request_shapes_and_roundtrip() {
    let fields = vec![
        QualificationFieldInput::text("f1", "D1234567"),
        QualificationFieldInput::number("f2", 3.5),
        QualificationFieldInput::datetime("f3", t("2025-08-27T10:20:30Z")),
        QualificationFieldInput::multiple_choice("f4", "opt-b"),
        QualificationFieldInput::check_boxes("f5", ["opt-h", "opt-n"]),
        QualificationFieldInput::signature("f6", MediaItemInput::from_bytes("image/png", b"sig")),
        QualificationFieldInput::media(
            "f7",
            vec![MediaItemInput::from_bytes("application/pdf", b"%PDF")],
        ),
        QualificationFieldInput::table(
            "f8",
            vec![TableRowInput::new(
                "row1",
                vec![
                    TableCellInput::text("c1", "Hazmat"),
                    TableCellInput::number("c2", 8.0),
                    TableCellInput::datetime("c3", t("2025-01-01T00:00:00Z")),
                    TableCellInput::multiple_choice("c4", "opt-1"),
                    TableCellInput::check_boxes("c5", ["a"]),
                    TableCellInput::person("c6", "938172"),
                    TableCellInput::barcode("c7", ["ABC-1", "ABC-2"]),
                ],
            )],
        ),
    ];
    let expected = json!([
        {"id": "f1", "type": "text", "textValue": {"value": "D1234567"}},
        {"id": "f2", "type": "number", "numberValue": {"value": 3.5}},
        {"id": "f3", "type": "datetime", "dateTimeValue": {"value": "2025-08-27T10:20:30Z"}},
        {"id": "f4", "type": "multiple_choice", "multipleChoiceValue": {"valueId": "opt-b"}},
        {"id": "f5", "type": "check_boxes", "checkBoxesValue": {"valueIds": ["opt-h", "opt-n"]}},
        {"id": "f6", "type": "signature", "signatureValue": {"media": {"base64Payload": "c2ln", "mediaType": "image/png"}}},
        {"id": "f7", "type": "media", "mediaValue": {"mediaList": [{"base64Payload": "JVBERg==", "mediaType": "application/pdf"}]}},
        {"id": "f8", "type": "table", "tableValue": {"rows": [{"id": "row1", "cells": [
            {"id": "c1", "type": "text", "textValue": {"value": "Hazmat"}},
            {"id": "c2", "type": "number", "numberValue": {"value": 8.0}},
            {"id": "c3", "type": "datetime", "dateTimeValue": {"value": "2025-01-01T00:00:00Z"}},
            {"id": "c4", "type": "multiple_choice", "multipleChoiceValue": {"valueId": "opt-1"}},
            {"id": "c5", "type": "check_boxes", "checkBoxesValue": {"valueIds": ["a"]}},
            {"id": "c6", "type": "person", "personValue": {"person": {"polymorphicUserId": "938172"}}},
            {"id": "c7", "type": "barcode", "barcodeValue": {"barcodes": [{"value": "ABC-1"}, {"value": "ABC-2"}]}}
        ]}]}}
    ]);
    let json = serde_json::to_value(&fields).unwrap();
    assert_eq!(json, expected);
    let back: Vec<QualificationFieldInput> = serde_json::from_value(json).unwrap();
    assert_eq!(back, fields);
}

#[test]
fn request_fields_fit_the_create_body() {
    let body = types::QualificationRecordCreate::builder()
        .issue_date(t("2025-08-27T10:20:30Z"))
        .owner(types::QualificationOwnerInput::worker("281474"))
        .qualification_type(types::QualificationTypeRefInput::id("qt1"))
        .fields(Some(vec![QualificationFieldInput::text("f1", "D1")]));
    let body: types::QualificationRecordCreate = body.try_into().unwrap();
    assert_eq!(
        serde_json::to_value(&body).unwrap()["fields"],
        json!([{"id": "f1", "type": "text", "textValue": {"value": "D1"}}])
    );
}

/// A field or cell holds one kind's value, boxed (the spec's
/// `x-samsara-kind-members`): its size no longer adds up every kind's value
/// (480 and 528 bytes before, whatever the kind). Read by BENCHMARKS.md.
#[cfg(target_pointer_width = "64")]
#[test]
fn a_field_and_a_cell_do_not_reserve_room_for_every_kind() {
    use std::mem::size_of;
    assert!(
        size_of::<samsara::types::QualificationField>() <= 176,
        "{}",
        size_of::<samsara::types::QualificationField>()
    );
    assert!(
        size_of::<samsara::types::TableCell>() <= 144,
        "{}",
        size_of::<samsara::types::TableCell>()
    );
}
