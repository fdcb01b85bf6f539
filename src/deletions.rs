//! Deletions: one shape, [`Gone`], for "this record is no longer live",
//! whichever family it belongs to and however Samsara shows it.
//!
//! - **Qualification records** stay visible when deleted or archived: the
//!   stream with `includeDeleted=true` delivers them with `recordStatus`
//!   `deleted` or `archived`. [`Lifecycle::gone`] reads that.
//! - **Work orders** simply disappear: the work-order stream has no
//!   `includeDeleted`, and a deleted work order stops appearing in the
//!   stream and in the list (Fivetran's Samsara connector re-imports weekly
//!   to catch them). [`deleted_work_orders`] sweeps the ids Samsara still
//!   has and returns the held ones it no longer has. An archived work order
//!   (`archivedAtTime` set) is still delivered, and [`Lifecycle::gone`]
//!   says so.
//!
//! A sync handles both in one place:
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use samsara::deletions::{deleted_work_orders, Gone, Lifecycle};
//! use samsara::prelude::*;
//!
//! fn tombstone(gone: &Gone) {
//!     println!("{} is {:?} since {}", gone.id, gone.kind, gone.at);
//! }
//!
//! # async fn run(client: &Client, held: Vec<(String, chrono::DateTime<chrono::Utc>)>) -> Result<(), Error> {
//! # let start = chrono::Utc::now();
//! let mut records = client
//!     .get_qualification_records_stream()
//!     .entity_type(EntityType::Worker)
//!     .include_deleted(true)
//!     .start_time(start)
//!     .items();
//! while let Some(record) = records.try_next().await? {
//!     match record.gone() {
//!         Some(gone) => tombstone(&gone),
//!         None => { /* upsert the record */ }
//!     }
//! }
//! // Periodically (a sweep of the list, see its cost): the work orders held
//! // here (id, updatedAtTime) that Samsara no longer has.
//! for gone in deleted_work_orders(client, held).await? {
//!     tombstone(&gone);
//! }
//! # Ok(()) }
//! ```

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;

use crate::types::{QualificationRecord, RecordStatus, WorkOrder};
use crate::{Client, Error, Paginate};

/// A record that is no longer live in Samsara.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Gone {
    /// The record's Samsara `id`.
    pub id: String,
    /// Deleted or archived.
    pub kind: GoneKind,
    /// When it went: the record's `updatedAtTime` (qualification records),
    /// its `archivedAtTime` (an archived work order), or, for a deleted work
    /// order, of which Samsara keeps nothing, the time the sweep that missed
    /// it started (Samsara's clock: it was deleted before then).
    pub at: DateTime<Utc>,
}

/// How a record went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub enum GoneKind {
    /// Deleted: a qualification record with `recordStatus: deleted`, or a
    /// work order Samsara no longer lists.
    Deleted,
    /// Archived: a qualification record with `recordStatus: archived`, or a
    /// work order with `archivedAtTime`. Samsara still returns it.
    Archived,
}

/// Whether a delivered record is gone (deleted or archived).
pub trait Lifecycle {
    /// `Some` when the record is deleted or archived; `None` while it is live.
    fn gone(&self) -> Option<Gone>;
}

impl Lifecycle for QualificationRecord {
    fn gone(&self) -> Option<Gone> {
        let kind = match self.record_status {
            RecordStatus::Deleted => GoneKind::Deleted,
            RecordStatus::Archived => GoneKind::Archived,
            _ => return None,
        };
        Some(Gone {
            id: self.id.clone(),
            kind,
            at: self.updated_at_time,
        })
    }
}

impl Lifecycle for WorkOrder {
    fn gone(&self) -> Option<Gone> {
        Some(Gone {
            id: self.id.clone(),
            kind: GoneKind::Archived,
            at: self.archived_at_time?,
        })
    }
}

/// The work orders in `held` that Samsara no longer has: deleted since the
/// caller stored them.
///
/// `held` is what the caller's copy holds: each work order's `id` and the
/// `updatedAtTime` it stored. The sweep reads every id of the list
/// operation (`GET /maintenance/work-orders`, pages of 512, the most it
/// takes) and returns each held id it did not see, as [`Gone`] with
/// [`GoneKind::Deleted`] and `at` = when the sweep began (Samsara's clock).
///
/// A held version stamped less than the client's settle delay (see
/// [`ClientBuilder::settle`](crate::ClientBuilder::settle), 30 s by default)
/// and a second (the `Date` header's doubt) before the sweep began is not
/// judged: it may not be visible to the list yet (a write becomes visible
/// some time after its `updatedAtTime`), or was written after the sweep
/// passed its place in the list. The next sweep judges it. An empty `held`
/// sends nothing.
///
/// **Cost**: one request per 512 work orders, paced at the list's budget
/// (5 requests/s per organisation): for 10 000 work orders, 20 requests and
/// about 4 s at the budget (more if Samsara returns shorter pages, as it
/// may). Memory: the set of ids Samsara holds (about 100 bytes each).
/// Fivetran's connector re-imports weekly for the same reason; hourly or
/// daily is cheap here.
///
/// # Errors
/// Any error of the list's requests. A listed record that does not decode
/// is still counted by its `id`; one whose `id` is unreadable is returned
/// as [`Error::Record`]: without it the sweep cannot tell which held ids are
/// still there, and deleting by a guess would lose a record.
pub async fn deleted_work_orders(
    client: &Client,
    held: impl IntoIterator<Item = (String, DateTime<Utc>)>,
) -> Result<Vec<Gone>, Error> {
    let held: Vec<(String, DateTime<Utc>)> = held.into_iter().collect();
    if held.is_empty() {
        return Ok(Vec::new());
    }
    let clock = &client.inner.server_clock;
    let mut began = clock.now();
    let mut present = HashSet::new();
    let mut pages = client
        .get_work_orders()
        .limit(crate::PageLimit::MAX)
        .pages();
    while let Some(page) = pages.try_next().await? {
        // Without a `Date` before the sweep, the first answer's: later than
        // the sweep began, never earlier, so nothing is judged too soon.
        began = began.or_else(|| clock.now());
        present.extend(page.items.into_iter().map(|order| order.id));
        for record in page.rejected {
            match record.id.clone() {
                Some(id) => present.insert(id),
                None => return Err(Error::Record(Box::new(record))),
            };
        }
    }
    let began = began.unwrap_or_else(Utc::now);
    // What a window read when the sweep began would end at, less the
    // second a `Date` may lag: versions before it were visible to the list.
    let judged_before = crate::pagination::rules::window_end(
        None,
        began - chrono::Duration::seconds(1),
        client
            .inner
            .settle
            .unwrap_or(crate::pagination::DEFAULT_SETTLE),
    );
    Ok(held
        .into_iter()
        .filter(|(id, updated)| *updated < judged_before && !present.contains(id))
        .map(|(id, _)| Gone {
            id,
            kind: GoneKind::Deleted,
            at: began,
        })
        .collect())
}
