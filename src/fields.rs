//! Typed custom fields of qualification records.
//!
//! On the wire a field is `{id, type, label, <one value member>}`, with a
//! different member per kind (`textValue`, `mediaList`, `tableValue`…). The
//! generated [`QualificationField`](types::QualificationField) mirrors that;
//! [`FieldValue`] is the view to `match` on, with `Unknown` for kinds a newer
//! API sends. Table cells use the same view. Request fields (create/patch)
//! have their own shapes (media as base64, choices as ids, people as user
//! ids), built with the constructors on [`types::QualificationFieldInput`]
//! and [`types::TableCellInput`].
//!
//! ```
//! use samsara::prelude::*;
//! use samsara::types::{QualificationField, QualificationFieldInput, TableCellInput, TableRowInput};
//!
//! let field: QualificationField = serde_json::from_str(
//!     r#"{"id": "f1", "type": "number", "label": "Points", "numberValue": {"value": 3}}"#,
//! )?;
//! match field.value() {
//!     Some(FieldValue::Number(points)) => assert_eq!(points, 3.0),
//!     Some(FieldValue::Unknown { kind, raw }) => println!("a newer kind {kind}: {raw}"),
//!     Some(other) => println!("another kind: {other:?}"),
//!     None => println!("left blank"),
//! }
//!
//! // Request side: typed the same way.
//! let inputs = vec![
//!     QualificationFieldInput::text("f2", "D1234567"),
//!     QualificationFieldInput::check_boxes("f3", ["opt-a", "opt-b"]),
//!     QualificationFieldInput::table("f4", vec![TableRowInput::new("row1", vec![TableCellInput::person("c1", "user-123")])]),
//! ];
//! assert_eq!(serde_json::to_value(&inputs[1])?["checkBoxesValue"]["valueIds"][1], "opt-b");
//! # Ok::<(), serde_json::Error>(())
//! ```

use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::types::{self, FieldType, TableCellInputType, TableCellType};

/// The value of a custom field or table cell, by kind.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum FieldValue<'a> {
    /// `text`
    Text(&'a str),
    /// `number`
    Number(f64),
    /// `datetime`: the value, whether a date/time/both was asked, and the
    /// date as entered for date-only fields.
    DateTime(&'a types::DateTimeValue),
    /// `multiple_choice`: the chosen option's label and id.
    MultipleChoice(&'a types::MultipleChoiceValue),
    /// `check_boxes`: the checked options' labels and ids.
    CheckBoxes(&'a types::CheckBoxesValue),
    /// `signature`
    Signature(&'a types::MediaRecord),
    /// `media`: photos, documents.
    Media(&'a [types::MediaRecord]),
    /// `person` (table cells).
    Person(&'a types::Person),
    /// `barcode` (table cells).
    Barcode(&'a [types::Barcode]),
    /// `table`: columns and rows of typed cells ([`types::TableCell::value`]).
    Table(&'a types::TableValue),
    /// A kind this version of the crate does not know, with the whole field
    /// (or cell) as received, value member included.
    Unknown {
        /// The `type` the API sent.
        kind: &'a str,
        /// The field or cell as JSON.
        raw: Value,
    },
}

impl types::QualificationField {
    /// The field's value by its `type`; `None` when the field was left blank
    /// (a known kind without its value member).
    pub fn value(&self) -> Option<FieldValue<'_>> {
        Some(match &self.type_ {
            FieldType::Text => FieldValue::Text(&self.text_value.as_deref()?.value),
            FieldType::Number => FieldValue::Number(self.number_value.as_deref()?.value),
            FieldType::Datetime => FieldValue::DateTime(self.date_time_value.as_deref()?),
            FieldType::MultipleChoice => {
                FieldValue::MultipleChoice(self.multiple_choice_value.as_deref()?)
            }
            FieldType::CheckBoxes => FieldValue::CheckBoxes(self.check_boxes_value.as_deref()?),
            FieldType::Signature => FieldValue::Signature(&self.signature_value.as_deref()?.media),
            FieldType::Media => FieldValue::Media(self.media_list.as_deref()?),
            FieldType::Table => FieldValue::Table(self.table_value.as_deref()?),
            FieldType::Other(kind) => FieldValue::Unknown {
                kind,
                raw: serde_json::to_value(self).unwrap_or_default(),
            },
        })
    }
}

impl types::TableCell {
    /// The cell's value by its `type`; `None` when the cell is blank.
    pub fn value(&self) -> Option<FieldValue<'_>> {
        Some(match &self.type_ {
            TableCellType::Text => FieldValue::Text(&self.text_value.as_deref()?.value),
            TableCellType::Number => FieldValue::Number(self.number_value.as_deref()?.value),
            TableCellType::Datetime => FieldValue::DateTime(self.date_time_value.as_deref()?),
            TableCellType::MultipleChoice => {
                FieldValue::MultipleChoice(self.multiple_choice_value.as_deref()?)
            }
            TableCellType::CheckBoxes => FieldValue::CheckBoxes(self.check_boxes_value.as_deref()?),
            TableCellType::Signature => {
                FieldValue::Signature(&self.signature_value.as_deref()?.media)
            }
            TableCellType::Media => FieldValue::Media(&self.media_value.as_deref()?.media_list),
            TableCellType::Person => FieldValue::Person(&self.person_value.as_deref()?.person),
            TableCellType::Barcode => FieldValue::Barcode(&self.barcode_value.as_deref()?.barcodes),
            TableCellType::Other(kind) => FieldValue::Unknown {
                kind,
                raw: serde_json::to_value(self).unwrap_or_default(),
            },
        })
    }
}

impl types::TableValue {
    /// The column with this id.
    pub fn column(&self, column_id: &str) -> Option<&types::TableColumn> {
        self.columns.iter().find(|c| c.id == column_id)
    }

    /// The column with this label.
    pub fn column_by_label(&self, label: &str) -> Option<&types::TableColumn> {
        self.columns.iter().find(|c| c.label == label)
    }

    /// The cell of `row_id` in `column_id`.
    pub fn cell(&self, row_id: &str, column_id: &str) -> Option<&types::TableCell> {
        self.rows
            .iter()
            .find(|r| r.id == row_id)?
            .cells
            .iter()
            .find(|c| c.id == column_id)
    }
}

impl types::TableRow {
    /// This row's cell in `column_id`.
    pub fn cell(&self, column_id: &str) -> Option<&types::TableCell> {
        self.cells.iter().find(|c| c.id == column_id)
    }
}

impl types::QualificationRecord {
    /// The field with this id.
    pub fn field(&self, field_id: &str) -> Option<&types::QualificationField> {
        self.fields.iter().find(|f| f.id == field_id)
    }

    /// The first field with this label (labels are set per qualification type).
    pub fn field_by_label(&self, label: &str) -> Option<&types::QualificationField> {
        self.fields
            .iter()
            .find(|f| f.label.as_deref() == Some(label))
    }
}

/// The value a builder describes, for builders whose required members are
/// all set here.
///
/// Request values are built through progenitor's builders, never with struct
/// literals: a literal names every member, so an optional member added to
/// the spec (as `cargo xtask drift --write` adds them) would break this
/// crate's build (`tests/it/regenerate.rs` builds against such a spec). The
/// conversion fails only when a required member is unset, which is a bug in
/// this file, not in the caller's input (every constructor is exercised by
/// `tests/it/fields.rs`); so it is not a `Result` the caller must handle.
fn built<B, T>(builder: B) -> T
where
    B: TryInto<T, Error = types::error::ConversionError>,
{
    match builder.try_into() {
        Ok(value) => value,
        Err(e) => unreachable!("samsara::fields builds a request value without {e}"),
    }
}

fn field_input(id: impl Into<String>, type_: FieldType) -> types::builder::QualificationFieldInput {
    types::QualificationFieldInput::builder()
        .id(id.into())
        .type_(type_)
}

fn text_value(value: impl Into<String>) -> types::TextValueInput {
    built(types::TextValueInput::builder().value(value.into()))
}

fn number_value(value: f64) -> types::NumberValueInput {
    built(types::NumberValueInput::builder().value(value))
}

fn date_time_value(value: DateTime<Utc>) -> types::DateTimeValueInput {
    built(types::DateTimeValueInput::builder().value(value))
}

fn multiple_choice_value(option_id: impl Into<String>) -> types::MultipleChoiceValueInput {
    built(types::MultipleChoiceValueInput::builder().value_id(option_id.into()))
}

fn check_boxes_value<I: IntoIterator<Item = S>, S: Into<String>>(
    option_ids: I,
) -> types::CheckBoxesValueInput {
    let value_ids: Vec<String> = option_ids.into_iter().map(Into::into).collect();
    built(types::CheckBoxesValueInput::builder().value_ids(value_ids))
}

/// Constructors for request fields, one per kind the API accepts.
impl types::QualificationFieldInput {
    /// A `text` field.
    pub fn text(id: impl Into<String>, value: impl Into<String>) -> Self {
        built(field_input(id, FieldType::Text).text_value(text_value(value)))
    }

    /// A `number` field.
    pub fn number(id: impl Into<String>, value: f64) -> Self {
        built(field_input(id, FieldType::Number).number_value(number_value(value)))
    }

    /// A `datetime` field.
    pub fn datetime(id: impl Into<String>, value: DateTime<Utc>) -> Self {
        built(field_input(id, FieldType::Datetime).date_time_value(date_time_value(value)))
    }

    /// A `multiple_choice` field: the chosen option's id.
    pub fn multiple_choice(id: impl Into<String>, option_id: impl Into<String>) -> Self {
        built(
            field_input(id, FieldType::MultipleChoice)
                .multiple_choice_value(multiple_choice_value(option_id)),
        )
    }

    /// A `check_boxes` field: the checked options' ids.
    pub fn check_boxes<I: IntoIterator<Item = S>, S: Into<String>>(
        id: impl Into<String>,
        option_ids: I,
    ) -> Self {
        built(
            field_input(id, FieldType::CheckBoxes).check_boxes_value(check_boxes_value(option_ids)),
        )
    }

    /// A `signature` field.
    pub fn signature(id: impl Into<String>, media: types::MediaItemInput) -> Self {
        let value: types::SignatureValueInput =
            built(types::SignatureValueInput::builder().media(media));
        built(field_input(id, FieldType::Signature).signature_value(value))
    }

    /// A `media` field (photos, documents).
    pub fn media(id: impl Into<String>, media_list: Vec<types::MediaItemInput>) -> Self {
        let value: types::MediaValueInput =
            built(types::MediaValueInput::builder().media_list(media_list));
        built(field_input(id, FieldType::Media).media_value(value))
    }

    /// A `table` field.
    pub fn table(id: impl Into<String>, rows: Vec<types::TableRowInput>) -> Self {
        let value: types::TableValueInput = built(types::TableValueInput::builder().rows(rows));
        built(field_input(id, FieldType::Table).table_value(value))
    }
}

impl types::MediaItemInput {
    /// A media item from raw bytes and their MIME type (`image/png`…),
    /// base64-encoded as the API expects.
    pub fn from_bytes(media_type: impl Into<String>, bytes: &[u8]) -> Self {
        built(
            Self::builder()
                .media_type(media_type.into())
                .base64_payload(base64::engine::general_purpose::STANDARD.encode(bytes)),
        )
    }
}

impl types::TableRowInput {
    /// A row of cells.
    pub fn new(id: impl Into<String>, cells: Vec<types::TableCellInput>) -> Self {
        built(Self::builder().id(id.into()).cells(cells))
    }
}

fn cell_input(id: impl Into<String>, type_: TableCellInputType) -> types::builder::TableCellInput {
    types::TableCellInput::builder().id(id.into()).type_(type_)
}

/// Constructors for request table cells, one per kind the API accepts.
impl types::TableCellInput {
    /// A `text` cell.
    pub fn text(column_id: impl Into<String>, value: impl Into<String>) -> Self {
        built(cell_input(column_id, TableCellInputType::Text).text_value(text_value(value)))
    }

    /// A `number` cell.
    pub fn number(column_id: impl Into<String>, value: f64) -> Self {
        built(cell_input(column_id, TableCellInputType::Number).number_value(number_value(value)))
    }

    /// A `datetime` cell.
    pub fn datetime(column_id: impl Into<String>, value: DateTime<Utc>) -> Self {
        built(
            cell_input(column_id, TableCellInputType::Datetime)
                .date_time_value(date_time_value(value)),
        )
    }

    /// A `multiple_choice` cell: the chosen option's id.
    pub fn multiple_choice(column_id: impl Into<String>, option_id: impl Into<String>) -> Self {
        built(
            cell_input(column_id, TableCellInputType::MultipleChoice)
                .multiple_choice_value(multiple_choice_value(option_id)),
        )
    }

    /// A `check_boxes` cell: the checked options' ids.
    pub fn check_boxes<I: IntoIterator<Item = S>, S: Into<String>>(
        column_id: impl Into<String>,
        option_ids: I,
    ) -> Self {
        built(
            cell_input(column_id, TableCellInputType::CheckBoxes)
                .check_boxes_value(check_boxes_value(option_ids)),
        )
    }

    /// A `person` cell: the person's Samsara polymorphic user id.
    pub fn person(column_id: impl Into<String>, polymorphic_user_id: impl Into<String>) -> Self {
        let person: types::PersonInput =
            built(types::PersonInput::builder().polymorphic_user_id(polymorphic_user_id.into()));
        let value: types::PersonValueInput =
            built(types::PersonValueInput::builder().person(person));
        built(cell_input(column_id, TableCellInputType::Person).person_value(value))
    }

    /// A `barcode` cell with one or more scanned values.
    pub fn barcode<I: IntoIterator<Item = S>, S: Into<String>>(
        column_id: impl Into<String>,
        values: I,
    ) -> Self {
        let barcodes: Vec<types::BarcodeInput> = values
            .into_iter()
            .map(|v| built(types::BarcodeInput::builder().value(v.into())))
            .collect();
        let value: types::BarcodeValueInput =
            built(types::BarcodeValueInput::builder().barcodes(barcodes));
        built(cell_input(column_id, TableCellInputType::Barcode).barcode_value(value))
    }
}
