//! Turns request-side qualification fields (`QualificationFieldInput`) into
//! what a record returns (`QualificationField`), checked against the
//! qualification type's field definitions: ids must exist, kinds must match,
//! option ids must be the definition's, media payloads must be base64.
//!
//! The two sides differ on purpose (see the reference §2b/§2c): a multiple
//! choice is sent as `{valueId}` and returned as `{value, valueId}`, media is
//! sent wrapped (`mediaValue.mediaList`) with payloads and returned bare
//! (`mediaList`) as media records, a table's columns come from the definition,
//! and a person is sent as a plain id and returned as `{entryType, polymorphicUserId}`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use samsara::types::{
    FieldDefinition, MediaItemInput, QualificationField, QualificationFieldInput,
    QualificationType, SelectOption, TableCellInput, TableColumnDefinition,
};
use serde_json::{Value, json};

use crate::reply::ApiError;
use crate::rng::Rng;
use crate::seed::time;

/// The field kinds a record can hold (the `FieldType` enum).
pub(crate) const RECORD_KINDS: &[&str] = &[
    "number",
    "text",
    "multiple_choice",
    "check_boxes",
    "datetime",
    "signature",
    "media",
    "table",
];

fn missing(path: &str, member: &str, kind: &str) -> ApiError {
    ApiError::bad_param(
        &format!("{path}.{member}"),
        format!("required for a {kind} field"),
    )
}

fn option<'a>(options: Option<&'a Vec<SelectOption>>, id: &str) -> Option<&'a SelectOption> {
    options.and_then(|o| o.iter().find(|o| o.id == id))
}

fn choice(options: Option<&Vec<SelectOption>>, id: &str, path: &str) -> Result<Value, ApiError> {
    let o = option(options, id).ok_or_else(|| {
        ApiError::bad_param(path, format!("{id:?} is not an option of this field"))
    })?;
    Ok(json!({"value": o.label, "valueId": o.id}))
}

fn choices(
    options: Option<&Vec<SelectOption>>,
    ids: &[String],
    path: &str,
) -> Result<Value, ApiError> {
    let mut labels = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let o = option(options, id).ok_or_else(|| {
            ApiError::bad_param(
                &format!("{path}[{i}]"),
                format!("{id:?} is not an option of this field"),
            )
        })?;
        labels.push(o.label.clone());
    }
    Ok(json!({"value": labels, "valueIds": ids}))
}

fn date_time(kind: Option<&str>, at: DateTime<Utc>) -> Value {
    match kind.unwrap_or("datetime") {
        "date" => {
            json!({"type": "date", "value": time(at), "dateValue": at.format("%Y-%m-%d").to_string()})
        }
        other => json!({"type": other, "value": time(at)}),
    }
}

/// An uploaded payload becomes a media record still being processed.
fn upload(rng: &mut Rng, item: &MediaItemInput, path: &str) -> Result<Value, ApiError> {
    if item.media_type.trim().is_empty() {
        return Err(ApiError::bad_param(
            &format!("{path}.mediaType"),
            "must not be empty",
        ));
    }
    if item.base64_payload.is_empty() || STANDARD.decode(item.base64_payload.trim()).is_err() {
        return Err(ApiError::bad_param(
            &format!("{path}.base64Payload"),
            "must be base64",
        ));
    }
    Ok(json!({"id": rng.uuid(), "processingStatus": "processing"}))
}

/// Converts one input field for definition `def`.
fn convert(
    rng: &mut Rng,
    def: &FieldDefinition,
    input: &QualificationFieldInput,
    path: &str,
) -> Result<Value, ApiError> {
    let kind = input.type_.as_str();
    if kind != def.type_.as_str() {
        return Err(ApiError::bad_param(
            &format!("{path}.type"),
            format!("field {:?} is of type {}, not {kind}", def.label, def.type_),
        ));
    }
    let mut field = json!({"id": def.id, "type": kind, "label": def.label});
    let (member, value) = match kind {
        "text" => {
            let v = input
                .text_value
                .as_ref()
                .ok_or_else(|| missing(path, "textValue", kind))?;
            ("textValue", json!({"value": v.value}))
        }
        "number" => {
            let v = input
                .number_value
                .as_ref()
                .ok_or_else(|| missing(path, "numberValue", kind))?;
            if !v.value.is_finite() {
                return Err(ApiError::bad_param(
                    &format!("{path}.numberValue.value"),
                    "must be a finite number",
                ));
            }
            ("numberValue", json!({"value": v.value}))
        }
        "multiple_choice" => {
            let v = input
                .multiple_choice_value
                .as_ref()
                .ok_or_else(|| missing(path, "multipleChoiceValue", kind))?;
            let p = format!("{path}.multipleChoiceValue.valueId");
            (
                "multipleChoiceValue",
                choice(def.options.as_ref(), &v.value_id, &p)?,
            )
        }
        "check_boxes" => {
            let v = input
                .check_boxes_value
                .as_ref()
                .ok_or_else(|| missing(path, "checkBoxesValue", kind))?;
            let p = format!("{path}.checkBoxesValue.valueIds");
            (
                "checkBoxesValue",
                choices(def.options.as_ref(), &v.value_ids, &p)?,
            )
        }
        "datetime" => {
            let v = input
                .date_time_value
                .as_ref()
                .ok_or_else(|| missing(path, "dateTimeValue", kind))?;
            let k = def
                .allowed_date_time_value_type
                .as_ref()
                .map(|k| k.as_str());
            ("dateTimeValue", date_time(k, v.value))
        }
        "media" => {
            let v = input
                .media_value
                .as_ref()
                .ok_or_else(|| missing(path, "mediaValue", kind))?;
            let list = v
                .media_list
                .iter()
                .enumerate()
                .map(|(i, item)| upload(rng, item, &format!("{path}.mediaValue.mediaList[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            ("mediaList", Value::Array(list))
        }
        "signature" => {
            let v = input
                .signature_value
                .as_ref()
                .ok_or_else(|| missing(path, "signatureValue", kind))?;
            let media = upload(rng, &v.media, &format!("{path}.signatureValue.media"))?;
            ("signatureValue", json!({"media": media}))
        }
        "table" => {
            let v = input
                .table_value
                .as_ref()
                .ok_or_else(|| missing(path, "tableValue", kind))?;
            let columns = def.columns.clone().unwrap_or_default();
            let mut rows = Vec::new();
            for (r, row) in v.rows.iter().enumerate() {
                let mut cells = Vec::new();
                for (c, cell) in row.cells.iter().enumerate() {
                    let p = format!("{path}.tableValue.rows[{r}].cells[{c}]");
                    cells.push(convert_cell(&columns, cell, &p)?);
                }
                let id = if row.id.is_empty() {
                    rng.uuid()
                } else {
                    row.id.clone()
                };
                rows.push(json!({"id": id, "cells": cells}));
            }
            let columns: Vec<Value> = columns
                .iter()
                .map(|c| json!({"id": c.id, "label": c.label, "type": c.type_.as_str()}))
                .collect();
            ("tableValue", json!({"columns": columns, "rows": rows}))
        }
        other => {
            return Err(ApiError::bad_param(
                &format!("{path}.type"),
                format!("{other:?} is not a field type a record can hold"),
            ));
        }
    };
    field[member] = value;
    Ok(field)
}

fn convert_cell(
    columns: &[TableColumnDefinition],
    cell: &TableCellInput,
    path: &str,
) -> Result<Value, ApiError> {
    let column = columns.iter().find(|c| c.id == cell.id).ok_or_else(|| {
        ApiError::bad_param(
            &format!("{path}.id"),
            format!("{:?} is not a column of this table", cell.id),
        )
    })?;
    let kind = cell.type_.as_str();
    if kind != column.type_.as_str() {
        return Err(ApiError::bad_param(
            &format!("{path}.type"),
            format!(
                "column {:?} is of type {}, not {kind}",
                column.label, column.type_
            ),
        ));
    }
    let mut out = json!({"id": column.id, "type": kind});
    let (member, value) = match kind {
        "text" => (
            "textValue",
            json!({"value": cell.text_value.as_ref().ok_or_else(|| missing(path, "textValue", kind))?.value}),
        ),
        "number" => (
            "numberValue",
            json!({"value": cell.number_value.as_ref().ok_or_else(|| missing(path, "numberValue", kind))?.value}),
        ),
        "multiple_choice" => {
            let v = cell
                .multiple_choice_value
                .as_ref()
                .ok_or_else(|| missing(path, "multipleChoiceValue", kind))?;
            let p = format!("{path}.multipleChoiceValue.valueId");
            (
                "multipleChoiceValue",
                choice(column.options.as_ref(), &v.value_id, &p)?,
            )
        }
        "check_boxes" => {
            let v = cell
                .check_boxes_value
                .as_ref()
                .ok_or_else(|| missing(path, "checkBoxesValue", kind))?;
            let p = format!("{path}.checkBoxesValue.valueIds");
            (
                "checkBoxesValue",
                choices(column.options.as_ref(), &v.value_ids, &p)?,
            )
        }
        "datetime" => {
            let v = cell
                .date_time_value
                .as_ref()
                .ok_or_else(|| missing(path, "dateTimeValue", kind))?;
            let k = column
                .allowed_date_time_value_type
                .as_ref()
                .map(|k| k.as_str());
            ("dateTimeValue", date_time(k, v.value))
        }
        "person" => {
            let v = cell
                .person_value
                .as_ref()
                .ok_or_else(|| missing(path, "personValue", kind))?;
            let id = &v.person.polymorphic_user_id;
            if id.trim().is_empty() {
                return Err(ApiError::bad_param(
                    &format!("{path}.personValue.person.polymorphicUserId"),
                    "must not be empty",
                ));
            }
            (
                "personValue",
                json!({"person": {"entryType": "tracked", "polymorphicUserId": {"id": id, "type": "user"}}}),
            )
        }
        "barcode" => {
            let v = cell
                .barcode_value
                .as_ref()
                .ok_or_else(|| missing(path, "barcodeValue", kind))?;
            let barcodes: Vec<Value> = v
                .barcodes
                .iter()
                .map(|b| json!({"value": b.value}))
                .collect();
            ("barcodeValue", json!({"barcodes": barcodes}))
        }
        other => {
            return Err(ApiError::bad_param(
                &format!("{path}.type"),
                format!("{other:?} cells cannot be set through the API"),
            ));
        }
    };
    out[member] = value;
    Ok(out)
}

/// Converts `inputs` for a record of `qtype`. With `existing`, the result is
/// the existing fields with the sent ones replaced or added (PATCH: "only set
/// fields that need to be updated"); without it, every required field must be
/// present (POST). Fields come back in the type's definition order.
pub(crate) fn apply(
    rng: &mut Rng,
    qtype: &QualificationType,
    inputs: &[QualificationFieldInput],
    existing: Option<&[QualificationField]>,
) -> Result<Vec<QualificationField>, ApiError> {
    let mut out: Vec<(String, Value)> = Vec::new();
    if let Some(existing) = existing {
        for f in existing {
            let value = serde_json::to_value(f).map_err(ApiError::internal)?;
            out.push((f.id.clone(), value));
        }
    }
    for (i, input) in inputs.iter().enumerate() {
        let path = format!("fields[{i}]");
        let def = qtype
            .fields
            .iter()
            .find(|d| d.id == input.id)
            .ok_or_else(|| {
                ApiError::bad_param(
                    &format!("{path}.id"),
                    format!(
                        "{:?} is not a field of qualification type {:?}",
                        input.id, qtype.name
                    ),
                )
            })?;
        let value = convert(rng, def, input, &path)?;
        match out.iter_mut().find(|(id, _)| *id == def.id) {
            Some(slot) => slot.1 = value,
            None => out.push((def.id.clone(), value)),
        }
    }
    if existing.is_none() {
        for def in &qtype.fields {
            if def.is_required
                && RECORD_KINDS.contains(&def.type_.as_str())
                && !out.iter().any(|(id, _)| *id == def.id)
            {
                return Err(ApiError::bad_param(
                    "fields",
                    format!("required field {:?} (id {}) is missing", def.label, def.id),
                ));
            }
        }
    }
    let rank = |id: &str| {
        qtype
            .fields
            .iter()
            .position(|d| d.id == id)
            .unwrap_or(usize::MAX)
    };
    out.sort_by_key(|(id, _)| rank(id));
    out.into_iter()
        .map(|(_, v)| serde_json::from_value(v).map_err(ApiError::internal))
        .collect()
}
