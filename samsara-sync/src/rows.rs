//! What a record becomes in the database: its typed columns and its raw
//! JSON, taken from the crate's typed records (the public API only).

use chrono::{DateTime, SecondsFormat, Utc};
use samsara::deletions::Lifecycle;
use samsara::types::{QualificationRecord, WorkOrder};

/// A family of records, each with a table of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// `work_orders`.
    WorkOrders,
    /// `qualification_records`.
    QualificationRecords,
}

impl Family {
    /// The family's name in `applied_versions.family`.
    pub fn name(self) -> &'static str {
        match self {
            Family::WorkOrders => "work_orders",
            Family::QualificationRecords => "qualification_records",
        }
    }
}

/// One version of one record, ready to be written.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Which table.
    pub family: Family,
    /// Samsara's `id`.
    pub id: String,
    /// `updatedAtTime`: the version.
    pub updated_at: DateTime<Utc>,
    /// The typed columns, by name, in the table's order.
    pub columns: Vec<(&'static str, Value)>,
    /// When Samsara shows it deleted (a tombstone), if it does.
    pub deleted_at: Option<DateTime<Utc>>,
    /// The record as JSON.
    pub raw: String,
}

/// A column's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text (ids, enums).
    Text(Option<String>),
    /// A time (UTC).
    Time(Option<DateTime<Utc>>),
}

/// `time` as SQLite stores it: RFC 3339 UTC with nine fractional digits, so
/// that text order is time order.
pub fn sortable(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Nanos, true)
}

fn text(value: impl ToString) -> Value {
    Value::Text(Some(value.to_string()))
}

fn maybe(value: Option<impl ToString>) -> Value {
    Value::Text(value.map(|v| v.to_string()))
}

impl Row {
    /// A work order's row.
    pub fn work_order(order: &WorkOrder) -> serde_json::Result<Row> {
        Ok(Row {
            family: Family::WorkOrders,
            id: order.id.clone(),
            updated_at: order.updated_at_time,
            columns: vec![
                ("asset_id", text(&order.asset_id)),
                ("status", text(&order.status)),
                ("priority", maybe(order.priority.as_ref())),
                ("category", maybe(order.category.as_ref())),
                ("assigned_user_id", maybe(order.assigned_user_id.as_ref())),
                ("created_at", Value::Time(Some(order.created_at_time))),
                ("due_at", Value::Time(order.due_at_time)),
                ("completed_at", Value::Time(order.completed_at_time)),
                ("archived_at", Value::Time(order.archived_at_time)),
            ],
            deleted_at: None,
            raw: serde_json::to_string(order)?,
        })
    }

    /// A qualification record's row; a deleted one is a tombstone (an
    /// archived one stays a row with its status).
    pub fn qualification_record(record: &QualificationRecord) -> serde_json::Result<Row> {
        let deleted = record
            .gone()
            .filter(|gone| gone.kind == samsara::deletions::GoneKind::Deleted)
            .map(|gone| gone.at);
        Ok(Row {
            family: Family::QualificationRecords,
            id: record.id.clone(),
            updated_at: record.updated_at_time,
            columns: vec![
                ("owner_type", text(&record.owner.entity_type)),
                ("owner_id", text(&record.owner.id)),
                ("qualification_type_id", text(&record.qualification_type.id)),
                ("record_status", text(&record.record_status)),
                ("issue_date", Value::Time(Some(record.issue_date))),
                ("expiration_date", Value::Time(record.expiration_date)),
                ("created_at", Value::Time(Some(record.created_at_time))),
            ],
            deleted_at: deleted,
            raw: serde_json::to_string(record)?,
        })
    }
}
