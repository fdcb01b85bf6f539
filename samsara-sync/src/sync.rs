//! One pass of a sync: each stream read from its stored checkpoint to
//! Samsara's settled clock, page by page, each page and its checkpoint
//! committed together; then a sweep for work orders Samsara deleted.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use samsara::deletions::deleted_work_orders;
use samsara::prelude::*;
use samsara::types::EntityType;

use crate::db::{Applied, Database, DbError, PageWrite, Reject};
use crate::rows::{Family, Row};

/// Why a sync stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// Samsara (or the network) failed for good.
    #[error("{stream}: {source}")]
    Api {
        /// The stream.
        stream: &'static str,
        /// The client's error.
        #[source]
        source: samsara::Error,
    },
    /// The database failed; the page was not committed.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A stored checkpoint does not parse (the database was edited).
    #[error("{stream}: the stored checkpoint is unreadable: {source}")]
    Checkpoint {
        /// The stream.
        stream: &'static str,
        /// Why.
        #[source]
        source: samsara::Error,
    },
    /// A record could not be turned into JSON.
    #[error("{stream}: a record could not be serialized: {0}", stream = .1)]
    Serialize(#[source] serde_json::Error, &'static str),
}

/// What a pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Pages committed.
    pub pages: u64,
    /// Versions applied and skipped as stale.
    pub applied: Applied,
    /// Records kept in `rejects`.
    pub rejected: u64,
    /// Work orders tombstoned by the deletion sweep.
    pub tombstoned: u64,
}

/// The streams a sync reads, by the name their checkpoints are stored under.
pub const STREAMS: [&str; 3] = [
    "work_orders",
    "qualification_records:worker",
    "qualification_records:asset",
];

/// Reads every stream once, up to Samsara's settled clock, then sweeps for
/// deleted work orders. `since` is where a stream with no checkpoint starts.
pub async fn sync_once(
    client: &Client,
    db: &Database,
    organisation: &str,
    since: DateTime<Utc>,
) -> Result<Report, SyncError> {
    let to = To { db, organisation };
    let mut report = Report::default();
    work_orders(client, to, since, &mut report).await?;
    for (stream, entity) in [
        (STREAMS[1], EntityType::Worker),
        (STREAMS[2], EntityType::Asset),
    ] {
        qualification_records(client, to, since, stream, entity, &mut report).await?;
    }
    sweep(client, to, &mut report).await?;
    Ok(report)
}

/// Where a pass writes: an organisation's rows in a database.
#[derive(Clone, Copy)]
struct To<'a> {
    db: &'a Database,
    organisation: &'a str,
}

async fn stored(to: To<'_>, stream: &'static str) -> Result<Option<Checkpoint>, SyncError> {
    match to.db.checkpoint(to.organisation, stream).await? {
        None => Ok(None),
        Some(text) => Checkpoint::from_str(&text)
            .map(Some)
            .map_err(|source| SyncError::Checkpoint { stream, source }),
    }
}

async fn work_orders(
    client: &Client,
    to: To<'_>,
    since: DateTime<Utc>,
    report: &mut Report,
) -> Result<(), SyncError> {
    let stream = STREAMS[0];
    let mut paginator = client.stream_work_orders().start_time(since).paginate();
    if let Some(checkpoint) = stored(to, stream).await? {
        paginator = paginator.resume(checkpoint);
    }
    let mut pages = paginator.pages();
    while let Some(page) = pages
        .try_next()
        .await
        .map_err(|source| SyncError::Api { stream, source })?
    {
        let rows = page
            .items
            .iter()
            .map(Row::work_order)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| SyncError::Serialize(e, stream))?;
        commit(to, stream, rows, &page.rejected, &page.checkpoint, report).await?;
    }
    Ok(())
}

async fn qualification_records(
    client: &Client,
    to: To<'_>,
    since: DateTime<Utc>,
    stream: &'static str,
    entity: EntityType,
    report: &mut Report,
) -> Result<(), SyncError> {
    let mut paginator = client
        .get_qualification_records_stream()
        .entity_type(entity)
        .include_deleted(true)
        .start_time(since)
        .paginate();
    if let Some(checkpoint) = stored(to, stream).await? {
        paginator = paginator.resume(checkpoint);
    }
    let mut pages = paginator.pages();
    while let Some(page) = pages
        .try_next()
        .await
        .map_err(|source| SyncError::Api { stream, source })?
    {
        let rows = page
            .items
            .iter()
            .map(Row::qualification_record)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| SyncError::Serialize(e, stream))?;
        commit(to, stream, rows, &page.rejected, &page.checkpoint, report).await?;
    }
    Ok(())
}

async fn commit(
    to: To<'_>,
    stream: &str,
    rows: Vec<Row>,
    rejected: &[samsara::RecordError],
    checkpoint: &Checkpoint,
    report: &mut Report,
) -> Result<(), SyncError> {
    let write = PageWrite {
        rows,
        rejects: rejected
            .iter()
            .map(|r| Reject {
                record_id: r.id.clone(),
                updated_at: r.updated_at_time,
                path: r.path.clone(),
                message: r.message.clone(),
                raw: r.raw.clone(),
            })
            .collect(),
        tombstones: Vec::new(),
    };
    let applied = to
        .db
        .write_page(to.organisation, stream, &write, &checkpoint.to_string())
        .await?;
    report.pages += 1;
    report.applied.applied += applied.applied;
    report.applied.stale += applied.stale;
    report.rejected += write.rejects.len() as u64;
    Ok(())
}

/// Tombstones the held work orders Samsara no longer has.
async fn sweep(client: &Client, to: To<'_>, report: &mut Report) -> Result<(), SyncError> {
    let stream = STREAMS[0];
    let held = to.db.live(to.organisation, Family::WorkOrders).await?;
    let gone = deleted_work_orders(client, held)
        .await
        .map_err(|source| SyncError::Api { stream, source })?;
    if gone.is_empty() {
        return Ok(());
    }
    report.tombstoned += gone.len() as u64;
    to.db
        .tombstone(
            to.organisation,
            Family::WorkOrders,
            gone.into_iter().map(|g| (g.id, g.at)).collect(),
        )
        .await?;
    Ok(())
}
