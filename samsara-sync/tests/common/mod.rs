//! Helpers shared by samsara-sync's tests: Samsara's state as the fake
//! server shows it, and the database's, compared.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use samsara::prelude::*;
use samsara::types::{self, EntityType};
use samsara_mock::MockServer;
use samsara_sync::Database;

pub fn epoch() -> DateTime<Utc> {
    DateTime::UNIX_EPOCH
}

pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(RateLimit::Off)
        .settle(Duration::ZERO)
        .build()
        .unwrap()
}

/// Samsara's work orders now: id → updatedAtTime.
pub async fn work_orders(client: &Client) -> BTreeMap<String, String> {
    let items = client
        .stream_work_orders()
        .start_time(epoch())
        .paginate()
        .settle(Duration::ZERO)
        .items();
    decodable(items)
        .await
        .into_iter()
        .map(|o| (o.id, samsara_sync::rows::sortable(o.updated_at_time)))
        .collect()
}

/// The items of a stream that decode (an odd record, `Error::Record`, is the
/// sync's `rejects`, not its tables).
pub async fn decodable<T>(items: impl futures::Stream<Item = Result<T, Error>>) -> Vec<T> {
    let mut items = std::pin::pin!(items);
    let mut decoded = Vec::new();
    loop {
        match items.try_next().await {
            Ok(Some(item)) => decoded.push(item),
            Ok(None) => return decoded,
            Err(Error::Record(_)) => {}
            Err(e) => panic!("reading Samsara's state: {e}"),
        }
    }
}

/// Samsara's qualification records now (deleted ones included): id →
/// (updatedAtTime, deleted).
pub async fn records(client: &Client) -> BTreeMap<String, (String, bool)> {
    let mut all = BTreeMap::new();
    for entity in [EntityType::Worker, EntityType::Asset] {
        let records = decodable(
            client
                .get_qualification_records_stream()
                .entity_type(entity)
                .include_deleted(true)
                .start_time(epoch())
                .paginate()
                .settle(Duration::ZERO)
                .items(),
        )
        .await;
        for r in records {
            let deleted = r.record_status == types::RecordStatus::Deleted;
            all.insert(
                r.id.clone(),
                (samsara_sync::rows::sortable(r.updated_at_time), deleted),
            );
        }
    }
    all
}

pub async fn table(db: &Database, sql: &str) -> Vec<(String, String, Option<String>)> {
    match db {
        Database::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await.unwrap(),
        Database::Postgres(pool) => {
            // Times as the SQLite tables hold them (nine fractional digits).
            let sql = sql
                .replace("updated_at,", "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"000Z\"'),")
                .replace("deleted_at FROM", "deleted_at::text FROM");
            sqlx::query_as(&sql).fetch_all(pool).await.unwrap()
        }
    }
}

/// A database URL of `kind` (`sqlite` or `postgres`) for one test: a file
/// in `dir`, or a fresh Postgres database on the server
/// `SAMSARA_SYNC_POSTGRES_URL` names (`bash .ci/run` starts one).
pub async fn database_url(kind: &str, dir: &std::path::Path) -> String {
    if kind == "sqlite" {
        return format!("sqlite:{}", dir.join("fleet.db").display());
    }
    let base = std::env::var("SAMSARA_SYNC_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("set SAMSARA_SYNC_POSTGRES_URL to a Postgres server's URL (a role that may create databases); `bash .ci/run` starts one on loopback")
    });
    let name = format!(
        "samsara_sync_{}_{}",
        std::process::id(),
        dir.file_name()
            .unwrap()
            .to_string_lossy()
            .to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "")
    );
    let admin = sqlx::PgPool::connect(&base).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let mut url = url::Url::parse(&base).unwrap();
    url.set_path(&name);
    url.to_string()
}

/// Asserts that the database holds exactly Samsara's state.
pub async fn assert_equal(db: &Database, client: &Client) {
    let held: BTreeMap<String, String> =
        table(db, "SELECT id, updated_at, deleted_at FROM work_orders")
            .await
            .into_iter()
            .filter(|(_, _, deleted)| deleted.is_none())
            .map(|(id, at, _)| (id, at))
            .collect();
    assert_eq!(held, work_orders(client).await, "work orders");
    let held: BTreeMap<String, (String, bool)> = table(
        db,
        "SELECT id, updated_at, deleted_at FROM qualification_records",
    )
    .await
    .into_iter()
    .map(|(id, at, deleted)| (id, (at, deleted.is_some())))
    .collect();
    assert_eq!(held, records(client).await, "qualification records");
    assert_ledger_matches(db).await;
}

/// Asserts that every row's version is the newest its family's ledger
/// (`applied_versions`) recorded for it: each row was written by an apply
/// the ledger counted, and none after it.
pub async fn assert_ledger_matches(db: &Database) {
    for family in ["work_orders", "qualification_records"] {
        let newest = format!(
            "(SELECT MAX(a.updated_at) FROM applied_versions a WHERE a.organisation = r.organisation AND a.family = '{family}' AND a.id = r.id)"
        );
        let off: i64 = match db {
            Database::Sqlite(pool) => sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM {family} r WHERE r.updated_at IS NOT {newest}"
            ))
            .fetch_one(pool)
            .await
            .unwrap(),
            Database::Postgres(pool) => sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM {family} r WHERE r.updated_at IS DISTINCT FROM {newest}"
            ))
            .fetch_one(pool)
            .await
            .unwrap(),
        };
        assert_eq!(
            off, 0,
            "{family}: rows whose version is not the ledger's newest"
        );
    }
}

/// Creates, patches and deletes work orders and deletes qualification
/// records on `client` until `stop` is set: Samsara changing while a sync
/// runs.
pub async fn write_until(client: Client, stop: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::Ordering;
    let mut n = 0u64;
    let mut created: Vec<String> = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        n += 1;
        let result = match n % 5 {
            0 | 1 => client
                .post_work_orders()
                .body(types::WorkOrderCreate::builder().asset_id("12443"))
                .send()
                .await
                .map(|order| created.push(order.id)),
            2 | 3 if !created.is_empty() => {
                let id = created[(n as usize * 7) % created.len()].clone();
                let status = if n.is_multiple_of(2) {
                    types::WorkOrderStatus::InProgress
                } else {
                    types::WorkOrderStatus::Open
                };
                let patch = types::WorkOrderPatch::builder().id(id).status(Some(status));
                client
                    .patch_work_orders()
                    .body(patch)
                    .send()
                    .await
                    .map(|_| ())
            }
            _ if created.len() > 3 => {
                let id = created.remove(0);
                client.delete_work_orders().id(id).send().await
            }
            _ => Ok(()),
        };
        // Injected faults may fail a write for good (its outcome unknown):
        // the server's state is what it is, and the sync must match it.
        let _ = result;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Samsara's state once every write is visible.
pub async fn settled(server: &MockServer) {
    server.wait_until_visible().await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
}

/// Qualification records by entity, deleting one of each as Samsara would.
pub async fn delete_a_record(client: &Client) {
    for entity in [EntityType::Worker, EntityType::Asset] {
        let live = decodable(
            client
                .get_qualification_records_stream()
                .entity_type(entity)
                .start_time(epoch())
                .paginate()
                .settle(Duration::ZERO)
                .items(),
        )
        .await;
        if let Some(record) = live.first() {
            let _ = client
                .delete_qualification_record()
                .body(types::QualificationRecordIdRequest::builder().id(record.id.clone()))
                .send()
                .await;
        }
    }
}
