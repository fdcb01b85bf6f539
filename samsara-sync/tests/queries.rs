//! The README's three example queries, as written there, on SQLite and on
//! Postgres, against rows placed on the boundaries they must get right
//! (just expired, expiring in 29 and 31 days, changed at midnight UTC and
//! just before).

mod common;

use chrono::{DateTime, Duration, Utc};
use samsara_sync::Database;
use samsara_sync::db::PageWrite;
use samsara_sync::rows::{Family, Row, Value};

/// The README's queries: (for SQLite, for Postgres, text), in order.
fn readme_queries() -> Vec<(bool, bool, String)> {
    let readme = include_str!("../README.md");
    let section = readme
        .split("## Three queries")
        .nth(1)
        .expect("the README has its three queries")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    let blocks: Vec<String> = section
        .split("```sql\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap_or_default().to_owned())
        .collect();
    let sqlite_only = |b: &String| b.starts_with("-- SQLite");
    blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let twin = blocks.get(i + 1).is_some_and(sqlite_only);
            let for_sqlite = sqlite_only(block) || !twin;
            (for_sqlite, !sqlite_only(block), block.clone())
        })
        .collect()
}

fn text(value: &str) -> Value {
    Value::Text(Some(value.to_owned()))
}

fn qualification(id: &str, expires: DateTime<Utc>, updated: DateTime<Utc>, deleted: bool) -> Row {
    Row {
        family: Family::QualificationRecords,
        id: id.to_owned(),
        updated_at: updated,
        columns: vec![
            ("owner_type", text("worker")),
            ("owner_id", text(id)),
            ("qualification_type_id", text("licence")),
            ("record_status", text("active")),
            ("issue_date", Value::Time(Some(updated))),
            ("expiration_date", Value::Time(Some(expires))),
            ("created_at", Value::Time(Some(updated))),
        ],
        deleted_at: deleted.then_some(updated),
        raw: format!(r#"{{"id":"{id}"}}"#),
    }
}

fn work_order(id: &str, asset: &str, status: &str, updated: DateTime<Utc>) -> Row {
    Row {
        family: Family::WorkOrders,
        id: id.to_owned(),
        updated_at: updated,
        columns: vec![
            ("asset_id", text(asset)),
            ("status", text(status)),
            ("priority", Value::Text(None)),
            ("category", Value::Text(None)),
            ("assigned_user_id", Value::Text(None)),
            ("created_at", Value::Time(Some(updated))),
            ("due_at", Value::Time(None)),
            ("completed_at", Value::Time(None)),
            ("archived_at", Value::Time(None)),
        ],
        deleted_at: None,
        raw: format!(r#"{{"id":"{id}"}}"#),
    }
}

/// Runs `sql` and returns each row's first two columns as text.
async fn run(db: &Database, sql: &str) -> Vec<(String, String)> {
    fn pair<R: sqlx::Row>(row: &R) -> (String, String)
    where
        usize: sqlx::ColumnIndex<R>,
        for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
        for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    {
        let first: String = row.try_get(0).unwrap();
        let second = row
            .try_get::<String, _>(1)
            .or_else(|_| row.try_get::<i64, _>(1).map(|n| n.to_string()))
            .unwrap_or_default();
        (first, second)
    }
    match db {
        Database::Sqlite(pool) => sqlx::query(sql)
            .fetch_all(pool)
            .await
            .unwrap_or_else(|e| panic!("SQLite refused the README's query: {e}\n{sql}"))
            .iter()
            .map(pair)
            .collect(),
        Database::Postgres(pool) => sqlx::query(sql)
            .fetch_all(pool)
            .await
            .unwrap_or_else(|e| panic!("Postgres refused the README's query: {e}\n{sql}"))
            .iter()
            .map(pair)
            .collect(),
    }
}

async fn the_readme_queries_answer_right_on_their_boundaries(kind: &str) {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&common::database_url(kind, dir.path()).await)
        .await
        .unwrap();
    let now = Utc::now();
    let midnight = now.date_naive().and_hms_opt(0, 0, 0).unwrap().and_utc();
    let yesterday = midnight - Duration::milliseconds(500);
    let rows = vec![
        qualification("expired", now - Duration::hours(1), yesterday, false),
        qualification("soon", now + Duration::days(29), yesterday, false),
        qualification("later", now + Duration::days(31), yesterday, false),
        qualification("deleted", now + Duration::days(1), yesterday, true),
        work_order("w-midnight", "a1", "Open", midnight),
        work_order("w-yesterday", "a1", "Open", yesterday),
        work_order("w-done", "a2", "Completed", yesterday),
    ];
    db.write_rows(
        "acme",
        "test",
        &PageWrite {
            rows,
            ..PageWrite::default()
        },
    )
    .await
    .unwrap();
    let queries: Vec<String> = readme_queries()
        .into_iter()
        .filter(|(sqlite, postgres, _)| if kind == "sqlite" { *sqlite } else { *postgres })
        .map(|(_, _, sql)| sql)
        .collect();
    assert_eq!(queries.len(), 3, "{kind}: three queries");
    let expiring: Vec<String> = run(&db, &queries[0])
        .await
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(expiring, ["soon"], "{kind}: expiring in the next 30 days");
    let open = run(&db, &queries[1]).await;
    assert_eq!(
        open,
        [("a1".to_owned(), "2".to_owned())],
        "{kind}: open per asset"
    );
    let today: Vec<String> = run(&db, &queries[2])
        .await
        .into_iter()
        .map(|r| r.1)
        .collect();
    assert_eq!(today, ["w-midnight"], "{kind}: changed today");
}

#[tokio::test]
async fn sqlite_runs_the_readme_queries_right() {
    the_readme_queries_answer_right_on_their_boundaries("sqlite").await;
}

#[tokio::test]
async fn postgres_runs_the_readme_queries_right() {
    the_readme_queries_answer_right_on_their_boundaries("postgres").await;
}
