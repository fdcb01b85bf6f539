//! One pass of a sync: each stream read from its stored checkpoint to
//! Samsara's settled clock, page by page, each page and its checkpoint
//! committed together; then a repair pass over the last day (a change that
//! became visible later than the settle delay is applied then; the upsert
//! changes nothing else) and a sweep for work orders Samsara deleted.

use std::str::FromStr;
use std::time::Duration;

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
    /// Versions the repair pass applied: changes that became visible later
    /// than the settle delay.
    pub repaired: u64,
}

/// The `tracing` target of the event each committed page emits (fields
/// `organisation`, `stream`, `records`): what a progress bar counts.
pub const PROGRESS: &str = "samsara_sync::progress";

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
    let mut report = streams(client, to, since, Mode::Resume(None)).await?;
    report.repaired = streams(client, to, repair_from(since), Mode::Repair)
        .await?
        .applied
        .applied;
    sweep(client, to, &mut report).await?;
    Ok(report)
}

/// Follows every stream of `organisation` forever, a window every
/// `interval`, each page committed with its checkpoint, and sweeps for
/// deleted work orders every `reconcile`. Returns only on an error.
pub async fn follow(
    client: &Client,
    db: &Database,
    organisation: &str,
    since: DateTime<Utc>,
    interval: Duration,
    reconcile: Duration,
) -> Result<(), SyncError> {
    let to = To { db, organisation };
    let feeds = streams(client, to, since, Mode::Resume(Some(interval)));
    let sweeps = sweep_every(client, to, since, reconcile);
    futures::try_join!(feeds, sweeps).map(|_| ())
}

impl Report {
    /// Both reports' counts.
    fn plus(self, other: Report) -> Report {
        Report {
            pages: self.pages + other.pages,
            applied: Applied {
                applied: self.applied.applied + other.applied.applied,
                stale: self.applied.stale + other.applied.stale,
            },
            rejected: self.rejected + other.rejected,
            tombstoned: self.tombstoned + other.tombstoned,
            repaired: self.repaired + other.repaired,
        }
    }
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

/// How a stream is read.
#[derive(Clone, Copy)]
enum Mode {
    /// From its stored checkpoint (else `since`), each page committed with
    /// its checkpoint; up to Samsara's settled clock (`None`) or followed
    /// forever, a window every interval.
    Resume(Option<Duration>),
    /// From `since` to now, checkpoints neither read nor stored: a repair
    /// pass. The upsert's newer-only guard makes it change only what an
    /// earlier pass missed.
    Repair,
}

/// The three streams of `organisation`, read as `mode` says.
async fn streams(
    client: &Client,
    to: To<'_>,
    since: DateTime<Utc>,
    mode: Mode,
) -> Result<Report, SyncError> {
    let orders = drain(
        || client.stream_work_orders().start_time(since),
        to,
        STREAMS[0],
        mode,
        Row::work_order,
    );
    let records = |entity: EntityType| {
        move || {
            client
                .get_qualification_records_stream()
                .entity_type(entity.clone())
                .include_deleted(true)
                .start_time(since)
        }
    };
    let workers = drain(
        records(EntityType::Worker),
        to,
        STREAMS[1],
        mode,
        Row::qualification_record,
    );
    let assets = drain(
        records(EntityType::Asset),
        to,
        STREAMS[2],
        mode,
        Row::qualification_record,
    );
    let (a, b, c) = futures::try_join!(orders, workers, assets)?;
    Ok(a.plus(b).plus(c))
}

/// Reads one stream as `mode` says, committing each page (with its
/// checkpoint when resuming). A cursor Samsara no longer accepts (they
/// live 30 days) is recovered once, as the crate advises: the stream
/// starts again at the newest version stored for it, and the upsert
/// absorbs what that delivers again.
async fn drain<B: Paginate>(
    builder: impl Fn() -> B,
    to: To<'_>,
    stream: &'static str,
    mode: Mode,
    row: fn(&B::Item) -> serde_json::Result<Row>,
) -> Result<Report, SyncError> {
    let mut report = Report::default();
    let mut resume = match mode {
        Mode::Resume(_) => stored(to, stream).await?,
        Mode::Repair => None,
    };
    let mut recovered = false;
    loop {
        let mut paginator = builder().paginate();
        if let Some(checkpoint) = resume.take() {
            paginator = paginator.resume(checkpoint);
        }
        if let Mode::Resume(Some(interval)) = mode {
            paginator = paginator.follow(interval);
        }
        match read(paginator.pages(), to, stream, mode, row, &mut report).await {
            Err(SyncError::Api {
                source: samsara::Error::CursorExpired(why),
                ..
            }) if !recovered && matches!(mode, Mode::Resume(_)) => {
                recovered = true;
                let newest = to.db.newest(to.organisation, stream).await?;
                tracing::warn!(
                    organisation = to.organisation,
                    stream,
                    %why,
                    from = ?newest,
                    "the stored cursor expired: reading again from the newest stored version"
                );
                // Without a stored version the builder's `since` applies.
                resume = newest.map(Checkpoint::through);
            }
            ended => return ended.map(|()| report),
        }
    }
}

/// Commits each page of `pages`.
async fn read<T>(
    pages: impl futures::Stream<Item = Result<samsara::Page<T>, samsara::Error>>,
    to: To<'_>,
    stream: &'static str,
    mode: Mode,
    row: fn(&T) -> serde_json::Result<Row>,
    report: &mut Report,
) -> Result<(), SyncError> {
    let mut pages = std::pin::pin!(pages);
    while let Some(page) = pages
        .try_next()
        .await
        .map_err(|source| SyncError::Api { stream, source })?
    {
        let rows = page
            .items
            .iter()
            .map(row)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| SyncError::Serialize(e, stream))?;
        match mode {
            Mode::Resume(_) => {
                commit(to, stream, rows, &page.rejected, &page.checkpoint, report).await?;
            }
            // The odd records are in `rejects` from the pass that met them.
            Mode::Repair => {
                let write = PageWrite {
                    rows,
                    ..PageWrite::default()
                };
                let applied = to.db.write_rows(to.organisation, stream, &write).await?;
                report.pages += 1;
                report.applied.applied += applied.applied;
                report.applied.stale += applied.stale;
            }
        }
        tracing::info!(
            target: PROGRESS,
            organisation = to.organisation,
            stream,
            records = page.items.len(),
            "page committed"
        );
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

/// Every `reconcile`, starting now: a repair pass over the last
/// [`LOOKBACK`] (changes that became visible later than the settle delay)
/// and a sweep for deleted work orders. Forever.
async fn sweep_every(
    client: &Client,
    to: To<'_>,
    since: DateTime<Utc>,
    reconcile: Duration,
) -> Result<(), SyncError> {
    loop {
        let mut report = Report::default();
        let repaired = streams(client, to, repair_from(since), Mode::Repair).await?;
        sweep(client, to, &mut report).await?;
        if report.tombstoned > 0 || repaired.applied.applied > 0 {
            tracing::info!(
                organisation = to.organisation,
                tombstoned = report.tombstoned,
                repaired = repaired.applied.applied,
                "reconciled"
            );
        }
        tokio::time::sleep(reconcile).await;
    }
}

/// How far back a repair pass reads: changes that became visible later
/// than the settle delay, up to this long after their `updatedAtTime`, are
/// repaired at the next reconcile.
pub const LOOKBACK: chrono::Duration = chrono::Duration::days(1);

/// Where a repair pass starts: [`LOOKBACK`] ago, or `since` if later.
fn repair_from(since: DateTime<Utc>) -> DateTime<Utc> {
    (Utc::now() - LOOKBACK).max(since)
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
