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
            FieldType::Text => FieldValue::Text(&self.text_value.as_ref()?.value),
            FieldType::Number => FieldValue::Number(self.number_value.as_ref()?.value),
            FieldType::Datetime => FieldValue::DateTime(self.date_time_value.as_ref()?),
            FieldType::MultipleChoice => {
                FieldValue::MultipleChoice(self.multiple_choice_value.as_ref()?)
            }
            FieldType::CheckBoxes => FieldValue::CheckBoxes(self.check_boxes_value.as_ref()?),
            FieldType::Signature => FieldValue::Signature(&self.signature_value.as_ref()?.media),
            FieldType::Media => FieldValue::Media(self.media_list.as_deref()?),
            FieldType::Table => FieldValue::Table(self.table_value.as_ref()?),
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
            TableCellType::Text => FieldValue::Text(&self.text_value.as_ref()?.value),
            TableCellType::Number => FieldValue::Number(self.number_value.as_ref()?.value),
            TableCellType::Datetime => FieldValue::DateTime(self.date_time_value.as_ref()?),
            TableCellType::MultipleChoice => {
                FieldValue::MultipleChoice(self.multiple_choice_value.as_ref()?)
            }
            TableCellType::CheckBoxes => FieldValue::CheckBoxes(self.check_boxes_value.as_ref()?),
            TableCellType::Signature => {
                FieldValue::Signature(&self.signature_value.as_ref()?.media)
            }
            TableCellType::Media => FieldValue::Media(&self.media_value.as_ref()?.media_list),
            TableCellType::Person => FieldValue::Person(&self.person_value.as_ref()?.person),
            TableCellType::Barcode => FieldValue::Barcode(&self.barcode_value.as_ref()?.barcodes),
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

fn field_input(id: impl Into<String>, type_: FieldType) -> types::QualificationFieldInput {
    types::QualificationFieldInput {
        id: id.into(),
        type_,
        check_boxes_value: None,
        date_time_value: None,
        media_value: None,
        multiple_choice_value: None,
        number_value: None,
        signature_value: None,
        table_value: None,
        text_value: None,
    }
}

/// Constructors for request fields, one per kind the API accepts.
impl types::QualificationFieldInput {
    /// A `text` field.
    pub fn text(id: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            text_value: Some(types::TextValueInput {
                value: value.into(),
            }),
            ..field_input(id, FieldType::Text)
        }
    }

    /// A `number` field.
    pub fn number(id: impl Into<String>, value: f64) -> Self {
        Self {
            number_value: Some(types::NumberValueInput { value }),
            ..field_input(id, FieldType::Number)
        }
    }

    /// A `datetime` field.
    pub fn datetime(id: impl Into<String>, value: DateTime<Utc>) -> Self {
        Self {
            date_time_value: Some(types::DateTimeValueInput { value }),
            ..field_input(id, FieldType::Datetime)
        }
    }

    /// A `multiple_choice` field: the chosen option's id.
    pub fn multiple_choice(id: impl Into<String>, option_id: impl Into<String>) -> Self {
        Self {
            multiple_choice_value: Some(types::MultipleChoiceValueInput {
                value_id: option_id.into(),
            }),
            ..field_input(id, FieldType::MultipleChoice)
        }
    }

    /// A `check_boxes` field: the checked options' ids.
    pub fn check_boxes<I: IntoIterator<Item = S>, S: Into<String>>(
        id: impl Into<String>,
        option_ids: I,
    ) -> Self {
        let value_ids = option_ids.into_iter().map(Into::into).collect();
        Self {
            check_boxes_value: Some(types::CheckBoxesValueInput { value_ids }),
            ..field_input(id, FieldType::CheckBoxes)
        }
    }

    /// A `signature` field.
    pub fn signature(id: impl Into<String>, media: types::MediaItemInput) -> Self {
        Self {
            signature_value: Some(types::SignatureValueInput { media }),
            ..field_input(id, FieldType::Signature)
        }
    }

    /// A `media` field (photos, documents).
    pub fn media(id: impl Into<String>, media_list: Vec<types::MediaItemInput>) -> Self {
        Self {
            media_value: Some(types::MediaValueInput { media_list }),
            ..field_input(id, FieldType::Media)
        }
    }

    /// A `table` field.
    pub fn table(id: impl Into<String>, rows: Vec<types::TableRowInput>) -> Self {
        Self {
            table_value: Some(types::TableValueInput { rows }),
            ..field_input(id, FieldType::Table)
        }
    }
}

impl types::MediaItemInput {
    /// A media item from raw bytes and their MIME type (`image/png`…),
    /// base64-encoded as the API expects.
    pub fn from_bytes(media_type: impl Into<String>, bytes: &[u8]) -> Self {
        Self {
            media_type: media_type.into(),
            base64_payload: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }
}

impl types::TableRowInput {
    /// A row of cells.
    pub fn new(id: impl Into<String>, cells: Vec<types::TableCellInput>) -> Self {
        Self {
            id: id.into(),
            cells,
        }
    }
}

fn cell_input(id: impl Into<String>, type_: TableCellInputType) -> types::TableCellInput {
    types::TableCellInput {
        id: id.into(),
        type_,
        barcode_value: None,
        check_boxes_value: None,
        date_time_value: None,
        multiple_choice_value: None,
        number_value: None,
        person_value: None,
        text_value: None,
    }
}

/// Constructors for request table cells, one per kind the API accepts.
impl types::TableCellInput {
    /// A `text` cell.
    pub fn text(column_id: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            text_value: Some(types::TextValueInput {
                value: value.into(),
            }),
            ..cell_input(column_id, TableCellInputType::Text)
        }
    }

    /// A `number` cell.
    pub fn number(column_id: impl Into<String>, value: f64) -> Self {
        Self {
            number_value: Some(types::NumberValueInput { value }),
            ..cell_input(column_id, TableCellInputType::Number)
        }
    }

    /// A `datetime` cell.
    pub fn datetime(column_id: impl Into<String>, value: DateTime<Utc>) -> Self {
        Self {
            date_time_value: Some(types::DateTimeValueInput { value }),
            ..cell_input(column_id, TableCellInputType::Datetime)
        }
    }

    /// A `multiple_choice` cell: the chosen option's id.
    pub fn multiple_choice(column_id: impl Into<String>, option_id: impl Into<String>) -> Self {
        Self {
            multiple_choice_value: Some(types::MultipleChoiceValueInput {
                value_id: option_id.into(),
            }),
            ..cell_input(column_id, TableCellInputType::MultipleChoice)
        }
    }

    /// A `check_boxes` cell: the checked options' ids.
    pub fn check_boxes<I: IntoIterator<Item = S>, S: Into<String>>(
        column_id: impl Into<String>,
        option_ids: I,
    ) -> Self {
        let value_ids = option_ids.into_iter().map(Into::into).collect();
        Self {
            check_boxes_value: Some(types::CheckBoxesValueInput { value_ids }),
            ..cell_input(column_id, TableCellInputType::CheckBoxes)
        }
    }

    /// A `person` cell: the person's Samsara polymorphic user id.
    pub fn person(column_id: impl Into<String>, polymorphic_user_id: impl Into<String>) -> Self {
        let person = types::PersonInput {
            polymorphic_user_id: polymorphic_user_id.into(),
        };
        Self {
            person_value: Some(types::PersonValueInput { person }),
            ..cell_input(column_id, TableCellInputType::Person)
        }
    }

    /// A `barcode` cell with one or more scanned values.
    pub fn barcode<I: IntoIterator<Item = S>, S: Into<String>>(
        column_id: impl Into<String>,
        values: I,
    ) -> Self {
        let barcodes = values
            .into_iter()
            .map(|v| types::BarcodeInput { value: v.into() })
            .collect();
        Self {
            barcode_value: Some(types::BarcodeValueInput { barcodes }),
            ..cell_input(column_id, TableCellInputType::Barcode)
        }
    }
}
