//! samsara-sync against the fake server, into SQLite and Postgres: the database equals
//! Samsara's state after each pass, writes and deletes included, and no
//! version is applied twice.

mod common;

use std::time::Duration;

use common::{assert_equal, client, database_url, epoch, records, table, work_orders};
use samsara::{Paginate, types};
use samsara_mock::{MockConfig, MockServer};
use samsara_sync::{Database, sync_once};

#[tokio::test]
async fn sqlite_passes_keep_the_database_equal_to_samsara_and_apply_no_version_twice() {
    passes_keep_the_database_equal("sqlite").await;
}

#[tokio::test]
async fn postgres_passes_keep_the_database_equal_to_samsara_and_apply_no_version_twice() {
    passes_keep_the_database_equal("postgres").await;
}

async fn passes_keep_the_database_equal(kind: &str) {
    let server = MockServer::start(MockConfig::default().records(30).rate_limits(false))
        .await
        .unwrap();
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let url = database_url(kind, dir.path()).await;
    let db = Database::open(&url).await.unwrap();

    let first = sync_once(&client, &db, "acme", epoch()).await.unwrap();
    assert!(first.applied.applied >= 60, "{first:?}");
    assert_eq!(first.applied.stale, 0, "{first:?}");
    assert_equal(&db, &client).await;

    // Writes, a deleted work order, a deleted qualification record.
    let orders = work_orders(&client).await;
    let mut ids = orders.keys();
    let (patched, doomed) = (ids.next().unwrap().clone(), ids.next().unwrap().clone());
    let patch = types::WorkOrderPatch::builder()
        .id(patched.clone())
        .status(Some(types::WorkOrderStatus::Completed));
    client.patch_work_orders().body(patch).send().await.unwrap();
    let created = client
        .post_work_orders()
        .body(types::WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    client
        .delete_work_orders()
        .id(doomed.clone())
        .send()
        .await
        .unwrap();
    let record = records(&client)
        .await
        .into_iter()
        .find(|(_, (_, deleted))| !deleted)
        .unwrap()
        .0;
    client
        .delete_qualification_record()
        .body(types::QualificationRecordIdRequest::builder().id(record.clone()))
        .send()
        .await
        .unwrap();
    // The windows end at Samsara's clock, read from whole-second `Date`s.
    tokio::time::sleep(Duration::from_millis(1100)).await;

    let second = sync_once(&client, &db, "acme", epoch()).await.unwrap();
    assert_eq!(
        second.applied.applied, 3,
        "{second:?}: the patch, the create, the deleted record"
    );
    assert_eq!(second.tombstoned, 1, "{second:?}");
    assert_equal(&db, &client).await;
    let tombstoned = table(
        &db,
        "SELECT id, updated_at, deleted_at FROM work_orders WHERE deleted_at IS NOT NULL",
    )
    .await;
    assert_eq!(tombstoned.len(), 1);
    assert_eq!(tombstoned[0].0, doomed);
    let held = table(&db, "SELECT id, updated_at, deleted_at FROM work_orders").await;
    assert!(held.iter().any(|(id, _, _)| *id == created.id));

    // A third pass finds nothing new, and applies nothing twice.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let third = sync_once(&client, &db, "acme", epoch()).await.unwrap();
    assert_eq!(
        (third.applied.applied, third.tombstoned),
        (0, 0),
        "{third:?}"
    );
    let (versions, distinct): (i64, i64) = match &db {
        Database::Sqlite(pool) => sqlx::query_as(
            "SELECT COUNT(*), COUNT(DISTINCT family || id || updated_at) FROM applied_versions",
        )
        .fetch_one(pool)
        .await
        .unwrap(),
        Database::Postgres(pool) => sqlx::query_as(
            "SELECT COUNT(*), COUNT(DISTINCT (family, id, updated_at)) FROM applied_versions",
        )
        .fetch_one(pool)
        .await
        .unwrap(),
    };
    assert_eq!(versions, distinct);
    assert_eq!(
        versions as u64,
        first.applied.applied + second.applied.applied
    );
}

#[tokio::test]
async fn odd_records_land_in_rejects_with_their_raw_json() {
    let server = MockServer::start(
        MockConfig::default()
            .records(80)
            .odd_records(true)
            .rate_limits(false),
    )
    .await
    .unwrap();
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&format!("sqlite:{}", dir.path().join("f.db").display()))
        .await
        .unwrap();
    let report = sync_once(&client, &db, "acme", epoch()).await.unwrap();
    let odd = server.odd_record_ids();
    assert!(!odd.is_empty());
    assert_eq!(report.rejected as usize, odd.len(), "{report:?}");
    let Database::Sqlite(pool) = &db else {
        unreachable!()
    };
    let rejects: Vec<(Option<String>, String, String)> =
        sqlx::query_as("SELECT record_id, path, raw FROM rejects")
            .fetch_all(pool)
            .await
            .unwrap();
    for (id, path, raw) in &rejects {
        let id = id.as_ref().expect("a readable id");
        assert!(odd.contains(id), "{id}");
        assert!(path.starts_with("data["), "{path}");
        let raw: serde_json::Value = serde_json::from_str(raw).unwrap();
        assert_eq!(raw["id"].as_str(), Some(id.as_str()));
    }
}

#[tokio::test]
async fn a_bad_database_url_and_a_newer_schema_are_clear_errors() {
    let err = Database::open("mysql://x").await.unwrap_err();
    assert!(
        err.to_string()
            .contains("expected sqlite:PATH (a non-empty path) or postgres://"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("f.db").display());
    let db = Database::open(&url).await.unwrap();
    let Database::Sqlite(pool) = &db else {
        unreachable!()
    };
    // A migration this build does not know: the schema is from a newer tool.
    sqlx::query("INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (99, 'from the future', CURRENT_TIMESTAMP, 1, x'00', 0)")
        .execute(pool)
        .await
        .unwrap();
    pool.close().await;
    let err = Database::open(&url).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("schema version 99, which this samsara-sync does not know: it was written by a newer samsara-sync"),
        "{err}"
    );
}

/// The ledger is what makes "no version applied twice" checkable: were the
/// upsert's newer-only guard ever bypassed (here, by winding a row's stored
/// version back), applying the same version again fails the page on the
/// ledger's key instead of counting twice.
#[tokio::test]
async fn the_ledger_refuses_a_version_applied_twice() {
    let server = MockServer::start(MockConfig::default().records(3).rate_limits(false))
        .await
        .unwrap();
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&database_url("sqlite", dir.path()).await)
        .await
        .unwrap();
    let orders = common::decodable(
        client
            .stream_work_orders()
            .start_time(epoch())
            .paginate()
            .settle(Duration::ZERO)
            .items(),
    )
    .await;
    let page = samsara_sync::db::PageWrite {
        rows: vec![samsara_sync::rows::Row::work_order(&orders[0]).unwrap()],
        ..Default::default()
    };
    let applied = db.write_page("acme", "s", &page, "c1").await.unwrap();
    assert_eq!(applied.applied, 1);
    // The same version again: stale, skipped, not in the ledger twice.
    let again = db.write_page("acme", "s", &page, "c2").await.unwrap();
    assert_eq!((again.applied, again.stale), (0, 1));
    let Database::Sqlite(pool) = &db else {
        unreachable!()
    };
    sqlx::query("UPDATE work_orders SET updated_at = '2000-01-01T00:00:00.000000000Z'")
        .execute(pool)
        .await
        .unwrap();
    let err = db.write_page("acme", "s", &page, "c3").await.unwrap_err();
    assert!(err.to_string().contains("UNIQUE"), "{err}");
    let checkpoint = db.checkpoint("acme", "s").await.unwrap();
    assert_eq!(
        checkpoint.as_deref(),
        Some("c2"),
        "the failed page left nothing"
    );
}

/// A Postgres database at schema version 1 (raw as JSONB) is migrated to
/// version 2 (raw as JSON, compressed with LZ4) with its rows intact.
#[tokio::test]
async fn postgres_version_1_is_migrated_with_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let url = database_url("postgres", dir.path()).await;
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    let mut first = sqlx::migrate!("migrations/postgres");
    first.migrations = first
        .migrations
        .iter()
        .filter(|m| m.version == 1)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    first.run(&pool).await.unwrap();
    sqlx::query("INSERT INTO work_orders (organisation, id, asset_id, created_at, updated_at, raw) VALUES ('acme', 'w1', 'a1', now(), now(), '{\"id\": \"w1\", \"status\": \"Open\"}')")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;

    let db = Database::open(&url).await.unwrap();
    let Database::Postgres(pool) = &db else {
        unreachable!()
    };
    let (kind, status): (String, String) =
        sqlx::query_as("SELECT pg_typeof(raw)::text, raw->>'status' FROM work_orders")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!((kind.as_str(), status.as_str()), ("json", "Open"));
    let compression: String = sqlx::query_scalar(
        "SELECT attcompression::text FROM pg_attribute WHERE attrelid = 'work_orders'::regclass AND attname = 'raw'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(compression, "l", "LZ4 (Debian's Postgres has it)");
}
