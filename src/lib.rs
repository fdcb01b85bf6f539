//! Typed bindings for Samsara's fleet REST API: qualification records (driver
//! licences, certifications, with their polymorphic custom fields) and
//! maintenance work orders.
//!
//! The operations and types are generated from `spec/samsara.json` by
//! progenitor at build time; this crate adds a thin hand-written layer:
//! client construction, streams with checkpoints, retries and pacing, open
//! enums, typed field values, and one error type. One import
//! ([`prelude`]), one verb: every operation's builder `.send()`s and returns
//! the typed body or [`Error`].
//!
//! ```no_run
//! use samsara::prelude::*;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_env()?; // SAMSARA_API_KEY, optional SAMSARA_BASE_URL
//! let page = client
//!     .get_qualification_records_stream()
//!     .entity_type(EntityType::Worker)
//!     .start_time("2025-01-01T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>()?)
//!     .send()
//!     .await?;
//! for record in &page.data {
//!     println!("{} {:?}", record.id, record.record_status);
//! }
//! # Ok(()) }
//! ```
//!
//! # What the live API does, and what this crate guarantees
//!
//! The spec is not all Samsara sends. Each behaviour below is produced by the
//! fake server's realistic profile (`samsara_mock::MockConfig::realistic()`)
//! and pinned by tests against it:
//!
//! - **Feeds**: in follow mode `hasNextPage: false` means caught up; the
//!   stream waits and asks again ([`pagination`]).
//! - **Checkpoints**: one never-empty value per page; resuming repeats and
//!   loses nothing ([`Checkpoint`]).
//! - **Odd records**: a record that does not match the spec is surfaced as
//!   [`Error::Record`] with its raw JSON, never dropped, never blocking the
//!   records after it; `null` lists read as empty ([`pagination`]).
//! - **Every 2xx is a success** for every operation, whatever code the spec
//!   lists ([`call`]).
//! - **External ids** as Samsara writes them (`samsara.vin`, `_ - % + @ .`),
//!   percent-encoded on the wire ([`external_id`]).
//! - **Enum spellings**: `OPEN` reads as `Open`; writes send the documented
//!   spelling (see [`types`]).
//! - **Throttling and timeouts**: 429s back off at the budget's scale,
//!   clients of one token share one budget, a create cut off after sending is
//!   [`Error::OutcomeUnknown`] ([`retry`], [`rate_limit`]).
//! - **List limits**: more ids than the API takes are refused before sending;
//!   [`lookup`] batches them.
#![warn(missing_docs)]

pub mod call;
pub mod checkpoint;
pub mod client;
pub mod decode;
pub mod error;
pub mod external_id;
pub mod fields;
mod generated;
mod hooks;
pub mod lookup;
#[doc(hidden)]
pub mod open_enum;
pub mod operations;
pub mod pagination;
pub mod prelude;
pub mod rate_limit;
pub mod retry;
pub mod time;

pub use call::Call;
pub use checkpoint::Checkpoint;
pub use client::{Client, ClientBuilder, Region};
pub use error::{ApiError, Error, RecordError};
pub use external_id::{ExternalId, HasExternalIds, IdRef};
pub use fields::FieldValue;
pub use generated::builder;
pub use hooks::VERSION_HEADER;
pub use lookup::Found;
pub use pagination::{Page, PageLimit, Paginate};
pub use progenitor_client::ResponseValue;
pub use rate_limit::RateLimit;
pub use retry::RetryPolicy;

/// Every request and response type of the spec, plus its open enums.
///
/// Enums are open: a value this version does not know is kept in `Other`,
/// and a known value in another spelling (Samsara's own pages send `OPEN`
/// and `HIGH` where the spec lists `Open` and `High`) reads as the known
/// variant, so `status == WorkOrderStatus::Open` holds; filters and writes
/// send the spec's spelling.
pub mod types {
    pub use crate::generated::enums::*;
    pub use crate::generated::types::*;
}

/// The README's Rust examples, compiled as doc tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
