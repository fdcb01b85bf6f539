//! [`Record`]: what a sync needs of an item of a time-based stream, whatever
//! its family: its `id` and the `updatedAtTime` that versions it.
//!
//! Implemented, from the spec, for the items of every stream that takes
//! `startTime`/`endTime` (qualification records and work orders today); an
//! odd record ([`crate::RecordError`]) carries the same two facts when they
//! are readable. One sync loop serves both families:
//!
//! ```
//! use samsara::Record;
//! use samsara::types::WorkOrder;
//!
//! /// Keeps the newest version of each record, whatever its family.
//! fn upsert<R: Record>(store: &mut std::collections::HashMap<String, chrono::DateTime<chrono::Utc>>, record: &R) {
//!     let (id, updated) = (record.id().to_owned(), record.updated_at_time());
//!     let newest = store.entry(id).or_insert(updated);
//!     if *newest < updated {
//!         *newest = updated;
//!     }
//! }
//!
//! let order: WorkOrder = serde_json::from_value(serde_json::json!({
//!     "id": "wo-1", "assetId": "a1", "status": "Open",
//!     "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-02T00:00:00.250Z"
//! })).unwrap();
//! let mut store = Default::default();
//! upsert(&mut store, &order);
//! assert_eq!(store["wo-1"].to_rfc3339(), "2025-01-02T00:00:00.250+00:00");
//! ```

use chrono::{DateTime, Utc};

/// An item of a time-based stream: its identity and its version.
///
/// A version (`id`, `updatedAtTime`) is what the streams deliver exactly
/// once (see [`crate::Checkpoint`]); a store that upserts by `id`, keeping
/// the newer `updatedAtTime`, converges on Samsara's state.
pub trait Record {
    /// The record's Samsara `id`.
    fn id(&self) -> &str;
    /// When the record last changed (Samsara's `updatedAtTime`, UTC).
    fn updated_at_time(&self) -> DateTime<Utc>;
}

/// `impl Record` for an item type of a time-based stream (invoked by the
/// generated code for each one of the spec).
macro_rules! impl_record {
    ($item:ident) => {
        impl crate::record::Record for crate::types::$item {
            fn id(&self) -> &str {
                self.id.as_str()
            }
            fn updated_at_time(&self) -> ::chrono::DateTime<::chrono::Utc> {
                self.updated_at_time
            }
        }
    };
}
pub(crate) use impl_record;
