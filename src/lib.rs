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
//! - **Checkpoints**: one never-empty value per page that knows its
//!   operation, filters and window; resuming repeats and loses nothing, and
//!   a wrong resume is refused ([`Checkpoint`]).
//! - **Late-visible changes**: a write may become visible after later-stamped
//!   ones; windows and feeds end a settle delay (30 s by default) before
//!   Samsara's clock, so each version that becomes visible within it is
//!   delivered exactly once ([`pagination`]).
//! - **Deletions**: a deleted work order just disappears from the stream;
//!   [`deletions::deleted_work_orders`] finds it by sweeping the list, and
//!   deleted or archived records of both families come out as one
//!   [`deletions::Gone`].
//! - **Owned streams**: `.items()`, `.pages()` and follow feeds own a clone
//!   of the client: `'static + Send`, ready for `tokio::spawn` ([`streams`]).
//! - **Odd records**: a record that does not match the spec is surfaced as
//!   [`Error::Record`] with its raw JSON, never dropped, never blocking the
//!   records after it; `null` lists read as empty ([`pagination`]).
//! - **Every 2xx is a success** for every operation, whatever code the spec
//!   lists ([`call`]).
//! - **External ids** as Samsara writes them (`samsara.vin`, `_ - % + @ .`),
//!   percent-encoded on the wire ([`external_id`]).
//! - **Enum spellings**: `OPEN` reads as `Open`; writes send the documented
//!   spelling (see [`types`]).
//! - **Throttling, timeouts and faults**: 429s back off at the budget's
//!   scale, clients of one token share one budget, a create cut off after
//!   sending (or answered 500, 502, 503, 504) is [`Error::OutcomeUnknown`],
//!   and [`Error::is_retryable`] reads the same classification of failures
//!   as the retry loop ([`retry`], [`rate_limit`]).
//! - **List limits**: more ids than the API takes are refused before sending;
//!   [`lookup`] batches them.
//! - **Creates exactly once**: an upsert keyed by an external id looks
//!   before it creates, and again after a create whose answer was lost, so
//!   retries never make a second record; work orders, which have no external
//!   id, get a documented procedure instead ([`upsert`]).
#![warn(missing_docs)]

// The layers, top to bottom: what users touch (the client, calls, streams,
// errors, lookups, external ids, fields, checkpoints); `pagination` (rules
// apart from the stream driver); `transport` (the one place a request is
// executed); `model` (what the generated types are made of). `generated` is
// progenitor's output, which sits on `transport` and `model`.
#[doc(hidden)]
pub mod __private;
pub mod call;
pub mod checkpoint;
pub mod client;
pub mod deletions;
pub mod error;
pub mod external_id;
pub mod fields;
mod generated;
mod inputs;
pub mod lookup;
mod model;
pub mod operations;
pub mod pagination;
pub mod prelude;
pub mod record;
mod transport;
pub mod upsert;
pub mod webhook;

pub use call::Call;
pub use checkpoint::Checkpoint;
pub use client::{Client, ClientBuilder, Region};
pub use error::{ApiError, Error, RecordError, TransportError};
pub use external_id::{ExternalId, HasExternalIds, IdRef};
pub use fields::FieldValue;
pub use generated::builder;
pub use lookup::Found;
pub use model::page_limit::{PageLimit, PageLimitError};
pub use pagination::{Page, Paginate, Paginator};
pub use progenitor_client::ResponseValue;
pub use rate_limit::RateLimit;
pub use record::Record;
pub use retry::RetryPolicy;
pub use transport::request::VERSION_HEADER;
pub use transport::{auth, interceptor, rate_limit, retry};

// Invoked as `crate::open_enum!` by the generated code.
pub(crate) use model::open_enum::open_enum;

pub mod types {
    //! Every request and response type of the spec, plus its open enums.
    //!
    //! **Enums are open.** Samsara adds enum values without notice ("you
    //! should always provide a default case"): known values get a variant,
    //! anything else is kept verbatim in `Other`, and serializes back exactly
    //! as received.
    //!
    //! Samsara's own pages also spell known values differently from the spec
    //! (`"status": "OPEN"`, `"priority": "HIGH"` where the spec lists `Open`
    //! and `High`). Decoding therefore matches in three steps, stopping at the
    //! first that succeeds:
    //!
    //! 1. the exact documented spelling (the hot path: no allocation, no scan);
    //! 2. an ASCII case-insensitive match (`OPEN`, `open` → `Open`;
    //!    `IN PROGRESS` → `In Progress`);
    //! 3. a match ignoring ASCII case and the separators space, `_` and `-`
    //!    (`IN_PROGRESS`, `in-progress`, `InProgress` → `In Progress`;
    //!    `askFollowupQuestion` ↔ `ASK_FOLLOWUP_QUESTION`).
    //!
    //! Steps 2 and 3 apply only when exactly one known value matches; an
    //! ambiguous spelling stays in `Other`. A value matched in another
    //! spelling becomes the known variant, so `==` against it holds, and it
    //! serializes with the documented spelling (filters and writes always send
    //! the spec's spelling). Only values no step matches are kept verbatim in
    //! `Other`.
    //!
    //! ```
    //! use samsara::prelude::*;
    //!
    //! let s: WorkOrderStatus = serde_json::from_str(r#""In Progress""#).unwrap();
    //! assert_eq!(s, WorkOrderStatus::InProgress);
    //!
    //! // Samsara's own examples send `OPEN` and `HIGH`: the same known values,
    //! // sent back in the documented spelling.
    //! let s: WorkOrderStatus = serde_json::from_str(r#""OPEN""#).unwrap();
    //! assert_eq!(s, WorkOrderStatus::Open);
    //! assert_eq!(serde_json::to_string(&s).unwrap(), r#""Open""#);
    //! let p: WorkOrderPriority = "HIGH".into();
    //! assert_eq!(p, WorkOrderPriority::High);
    //! assert_eq!(WorkOrderStatus::from("in_progress"), WorkOrderStatus::InProgress);
    //!
    //! // Unknown values are kept as received.
    //! let new: WorkOrderStatus = serde_json::from_str(r#""Awaiting Vendor""#).unwrap();
    //! assert_eq!(new, WorkOrderStatus::Other("Awaiting Vendor".into()));
    //! assert_eq!(serde_json::to_string(&new).unwrap(), r#""Awaiting Vendor""#);
    //! ```
    pub use crate::generated::enums::*;
    pub use crate::generated::types::*;
}

pub mod streams {
    //! Names for the stream types of every paginated operation, to store a
    //! stream in a struct field or return it from a function.
    //!
    //! For each paginated operation's builder `B` (`client.b()` returns it)
    //! there are `BItems`, what [`.items()`](crate::Paginate::items)
    //! returns, and `BPages`, what [`.pages()`](crate::Paginate::pages)
    //! returns (also after `.paginate()` or `.follow(…)`). Both own a clone
    //! of the [`Client`](crate::Client): no lifetime, `Send`, ready for
    //! `tokio::spawn`.
    //!
    //! ```no_run
    //! use futures::TryStreamExt;
    //! use samsara::prelude::*;
    //! use samsara::streams::StreamWorkOrdersItems;
    //!
    //! /// A consumer that owns its feed of work-order changes.
    //! struct Watcher {
    //!     changes: StreamWorkOrdersItems,
    //!     seen: usize,
    //! }
    //!
    //! impl Watcher {
    //!     async fn step(&mut self) -> Result<bool, Error> {
    //!         let Some(order) = self.changes.try_next().await? else {
    //!             return Ok(false);
    //!         };
    //!         println!("{} {:?}", order.id, order.status);
    //!         self.seen += 1;
    //!         Ok(true)
    //!     }
    //! }
    //!
    //! # async fn run(client: &Client) -> Result<(), Error> {
    //! let start = "2025-01-01T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    //! let mut watcher = Watcher {
    //!     changes: client.stream_work_orders().start_time(start).follow(std::time::Duration::from_secs(30)).items(),
    //!     seen: 0,
    //! };
    //! tokio::spawn(async move { while watcher.step().await? {} Ok::<_, Error>(()) });
    //! # Ok(()) }
    //! ```
    //!
    //! Generic code over any paginated operation names the builder instead:
    //! `fn drain<B: Paginate>(items: Items<B::Request>)` (see
    //! [`Paginate`](crate::Paginate)).
    pub use crate::generated::streams::*;
}

/// The README's Rust examples, compiled as doc tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
