//! The database: SQLite (embedded, the default) or Postgres, its schema
//! created and migrated by versioned migrations (`sqlx::migrate!`,
//! `migrations/sqlite`, `migrations/postgres`), and the one write a sync
//! makes: a page's rows, rejects and checkpoint in one transaction.

use chrono::{DateTime, Utc};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{PgPool, SqlitePool};

use crate::rows::{Family, Row, Value, sortable};

/// Why the database refused.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The URL is neither `sqlite:PATH` nor `postgres://…`.
    #[error("--db {0:?}: expected sqlite:PATH (a non-empty path) or postgres://…")]
    Url(String),
    /// Connecting failed (unreachable, refused, locked, wrong password…).
    #[error("cannot open the database {url}: {source}")]
    Connect {
        /// The URL, without its password.
        url: String,
        /// The driver's error.
        #[source]
        source: sqlx::Error,
    },
    /// The schema is from a newer samsara-sync, or a migration failed.
    #[error("cannot migrate the database schema: {}", migrate_message(.0))]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Taking, renewing or giving up a lease failed.
    #[error("cannot take or renew an organisation's lease: {0}")]
    Lease(#[source] sqlx::Error),
    /// A statement failed (disk full, locked…); the page was not committed.
    #[error("the database refused a write, nothing of this page was committed: {0}")]
    Write(#[from] sqlx::Error),
}

/// A connected, migrated database.
#[derive(Clone, Debug)]
pub enum Database {
    /// SQLite, in WAL mode.
    Sqlite(SqlitePool),
    /// Postgres.
    Postgres(PgPool),
}

/// What one page writes.
#[derive(Debug, Default)]
pub struct PageWrite {
    /// The page's records, each at its version.
    pub rows: Vec<Row>,
    /// Records that did not match the spec: (record id, updatedAtTime, JSON path, message, raw).
    pub rejects: Vec<Reject>,
    /// Tombstones: (family, id, when).
    pub tombstones: Vec<(crate::rows::Family, String, DateTime<Utc>)>,
}

/// A record kept whole because it did not decode.
#[derive(Debug, Clone)]
pub struct Reject {
    /// Its `id`, when readable.
    pub record_id: Option<String>,
    /// Its `updatedAtTime`, when readable.
    pub updated_at: Option<DateTime<Utc>>,
    /// The JSON path that failed.
    pub path: String,
    /// What was expected.
    pub message: String,
    /// The record as received.
    pub raw: String,
}

/// How many versions a page's write applied, and how many were older than
/// (or the same as) what the database holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    /// Versions written.
    pub applied: u64,
    /// Versions skipped: not newer than the stored one.
    pub stale: u64,
}

impl Database {
    /// Opens `url` (`sqlite:PATH`, created if missing, or `postgres://…`)
    /// and brings its schema to this version.
    pub async fn open(url: &str) -> Result<Database, DbError> {
        let db = if let Some(path) = url.strip_prefix("sqlite:") {
            if path.trim_start_matches("//").is_empty() {
                return Err(DbError::Url(url.to_owned()));
            }
            let options = SqliteConnectOptions::new()
                .filename(path.trim_start_matches("//"))
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // In WAL mode a process crash loses no commit; an OS crash may
                // lose the last ones, rows and checkpoint together, which the
                // next run fetches again.
                .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(std::time::Duration::from_secs(5));
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .map_err(|source| DbError::Connect {
                    url: url.to_owned(),
                    source,
                })?;
            Database::Sqlite(pool)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // One plain connection first: its error names the cause
            // (refused, unknown host, password), where the pool's would
            // only say that it timed out.
            let connect_error = |source| DbError::Connect {
                url: without_password(url),
                source,
            };
            {
                use sqlx::Connection;
                sqlx::PgConnection::connect(url)
                    .await
                    .map_err(connect_error)?
                    .close()
                    .await
                    .map_err(connect_error)?;
            }
            let pool = PgPoolOptions::new()
                .max_connections(4)
                .acquire_timeout(std::time::Duration::from_secs(10))
                .connect(url)
                .await
                .map_err(|source| DbError::Connect {
                    url: without_password(url),
                    source,
                })?;
            Database::Postgres(pool)
        } else {
            return Err(DbError::Url(url.to_owned()));
        };
        match &db {
            Database::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await?,
            Database::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        Ok(db)
    }

    /// The checkpoint stored for `organisation`'s `stream`.
    pub async fn checkpoint(
        &self,
        organisation: &str,
        stream: &str,
    ) -> Result<Option<String>, DbError> {
        let sql = "SELECT checkpoint FROM checkpoints WHERE organisation = $1 AND stream = $2";
        Ok(match self {
            Database::Sqlite(pool) => {
                sqlx::query_scalar(sql)
                    .bind(organisation)
                    .bind(stream)
                    .fetch_optional(pool)
                    .await?
            }
            Database::Postgres(pool) => {
                sqlx::query_scalar(sql)
                    .bind(organisation)
                    .bind(stream)
                    .fetch_optional(pool)
                    .await?
            }
        })
    }

    /// Writes one page of `organisation`'s `stream` and its `checkpoint`, in
    /// one transaction: all of it or nothing. A row older than (or as old as)
    /// the stored one changes nothing.
    pub async fn write_page(
        &self,
        organisation: &str,
        stream: &str,
        page: &PageWrite,
        checkpoint: &str,
    ) -> Result<Applied, DbError> {
        self.write(organisation, stream, page, Some(checkpoint))
            .await
    }

    /// [`write_page`](Self::write_page) without a checkpoint: for a pass
    /// that does not resume (a deletion sweep, a repair), in one
    /// transaction.
    pub async fn write_rows(
        &self,
        organisation: &str,
        stream: &str,
        page: &PageWrite,
    ) -> Result<Applied, DbError> {
        self.write(organisation, stream, page, None).await
    }

    async fn write(
        &self,
        organisation: &str,
        stream: &str,
        page: &PageWrite,
        checkpoint: Option<&str>,
    ) -> Result<Applied, DbError> {
        let at = Target {
            organisation,
            stream,
        };
        match self {
            Database::Sqlite(pool) => {
                let mut tx = pool.begin().await?;
                let applied = sqlite::write(&mut tx, at, page, checkpoint).await?;
                tx.commit().await?;
                Ok(applied)
            }
            Database::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                let applied = postgres::write(&mut tx, at, page, checkpoint).await?;
                tx.commit().await?;
                Ok(applied)
            }
        }
    }

    /// The newest version stored for what `stream` (one of
    /// [`crate::sync::STREAMS`]) reads: the newest `updated_at` of its
    /// family's rows (of its owner type, for qualification records).
    pub async fn newest(
        &self,
        organisation: &str,
        stream: &str,
    ) -> Result<Option<DateTime<Utc>>, DbError> {
        let (table, owner) = match stream.split_once(':') {
            Some((table, owner)) => (table, Some(owner)),
            None => (stream, None),
        };
        let table = match table {
            "work_orders" => Family::WorkOrders.name(),
            _ => Family::QualificationRecords.name(),
        };
        let filter = if owner.is_some() {
            " AND owner_type = $2"
        } else {
            ""
        };
        let sql = format!("SELECT MAX(updated_at) FROM {table} WHERE organisation = $1{filter}");
        Ok(match self {
            Database::Sqlite(pool) => {
                let newest: Option<String> = sqlx::query_scalar(&sql)
                    .bind(organisation)
                    .bind(owner)
                    .fetch_one(pool)
                    .await?;
                newest.and_then(|t| DateTime::parse_from_rfc3339(&t).ok().map(|t| t.to_utc()))
            }
            Database::Postgres(pool) => {
                sqlx::query_scalar(&sql)
                    .bind(organisation)
                    .bind(owner)
                    .fetch_one(pool)
                    .await?
            }
        })
    }

    /// The live (not tombstoned) records of `organisation`'s `family`:
    /// (id, updatedAtTime).
    pub async fn live(
        &self,
        organisation: &str,
        family: Family,
    ) -> Result<Vec<(String, DateTime<Utc>)>, DbError> {
        let sql = format!(
            "SELECT id, updated_at FROM {} WHERE organisation = $1 AND deleted_at IS NULL",
            family.name()
        );
        Ok(match self {
            Database::Sqlite(pool) => {
                let rows: Vec<(String, String)> = sqlx::query_as(&sql)
                    .bind(organisation)
                    .fetch_all(pool)
                    .await?;
                rows.into_iter()
                    .filter_map(|(id, at)| {
                        Some((id, DateTime::parse_from_rfc3339(&at).ok()?.to_utc()))
                    })
                    .collect()
            }
            Database::Postgres(pool) => {
                sqlx::query_as(&sql)
                    .bind(organisation)
                    .fetch_all(pool)
                    .await?
            }
        })
    }

    /// Marks `gone` records of `organisation`'s `family` deleted, in one
    /// transaction.
    pub async fn tombstone(
        &self,
        organisation: &str,
        family: Family,
        gone: Vec<(String, DateTime<Utc>)>,
    ) -> Result<(), DbError> {
        let write = PageWrite {
            tombstones: gone.into_iter().map(|(id, at)| (family, id, at)).collect(),
            ..PageWrite::default()
        };
        let stream = format!("{}:sweep", family.name());
        self.write_rows(organisation, &stream, &write)
            .await
            .map(|_| ())
    }
}

/// A migration error, with what it means for the user when it means a
/// newer tool.
fn migrate_message(e: &sqlx::migrate::MigrateError) -> String {
    match e {
        sqlx::migrate::MigrateError::VersionMissing(version) => format!(
            "the database has schema version {version}, which this samsara-sync does not know: it was written by a newer samsara-sync"
        ),
        other => other.to_string(),
    }
}

/// `postgres://user:secret@host/db?password=x` → `postgres://user@host/db`
/// (a password in the user part or in the query is dropped).
fn without_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            let _ = parsed.set_password(None);
            let kept: Vec<(String, String)> = parsed
                .query_pairs()
                .filter(|(k, _)| !k.eq_ignore_ascii_case("password"))
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            if kept.is_empty() {
                parsed.set_query(None);
            } else {
                parsed.query_pairs_mut().clear().extend_pairs(kept);
            }
            parsed.to_string()
        }
        Err(_) => "postgres://…".to_owned(),
    }
}

/// Where a page goes: an organisation's stream.
#[derive(Clone, Copy)]
struct Target<'a> {
    organisation: &'a str,
    stream: &'a str,
}

/// SQLite's upsert of `rows` (one family, distinct ids) in one statement:
/// insert, or update only when the incoming version is newer (`updated_at`
/// strictly greater); `RETURNING id` names the rows it wrote. Each row's
/// parameters: organisation, id, updated_at, deleted_at, raw, then the
/// typed columns.
fn upsert_sql(rows: &[&Row]) -> String {
    let first = rows[0];
    let table = first.family.name();
    let mut names = vec!["organisation", "id", "updated_at", "deleted_at", "raw"];
    names.extend(first.columns.iter().map(|(name, _)| *name));
    let tuple = format!("({})", vec!["?"; names.len()].join(", "));
    let updates: Vec<String> = names[2..]
        .iter()
        .map(|n| format!("{n} = excluded.{n}"))
        .collect();
    format!(
        "INSERT INTO {table} ({}) VALUES {} ON CONFLICT (organisation, id) DO UPDATE SET {} WHERE excluded.updated_at > {table}.updated_at RETURNING id",
        names.join(", "),
        vec![tuple; rows.len()].join(", "),
        updates.join(", ")
    )
}

/// SQLite's ledger rows of `count` applied versions in one statement.
fn ledger_sql(count: usize) -> String {
    format!(
        "INSERT INTO applied_versions (organisation, family, id, updated_at, applied_at) VALUES {}",
        vec!["(?, ?, ?, ?, ?)"; count].join(", ")
    )
}

/// `rows` by family, each id once at its newest version, in batches small
/// enough for one statement's parameters.
fn batches(rows: &[Row]) -> Vec<Vec<&Row>> {
    let mut newest: Vec<&Row> = Vec::new();
    let mut at: std::collections::HashMap<(&str, &str), usize> = Default::default();
    for row in rows {
        match at.get(&(row.family.name(), row.id.as_str())) {
            Some(&i) if newest[i].updated_at >= row.updated_at => {}
            Some(&i) => newest[i] = row,
            None => {
                at.insert((row.family.name(), row.id.as_str()), newest.len());
                newest.push(row);
            }
        }
    }
    let mut out: Vec<Vec<&Row>> = Vec::new();
    for row in newest {
        match out.last_mut() {
            Some(batch) if batch[0].family == row.family && batch.len() < BATCH => batch.push(row),
            _ => out.push(vec![row]),
        }
    }
    out
}

/// Rows per statement: 512 rows of 16 columns is 8,192 parameters, under
/// SQLite's 32,766 (Postgres takes one array per column).
const BATCH: usize = 512;

const REJECT: &str = "INSERT INTO rejects (organisation, stream, record_id, updated_at, path, message, raw, seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
const CHECKPOINT: &str = "INSERT INTO checkpoints (organisation, stream, checkpoint, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (organisation, stream) DO UPDATE SET checkpoint = excluded.checkpoint, updated_at = excluded.updated_at";

fn tombstone_sql(family: Family) -> String {
    format!(
        "UPDATE {} SET deleted_at = $1 WHERE organisation = $2 AND id = $3 AND deleted_at IS NULL",
        family.name()
    )
}

/// The page's writes, for one backend: `$time` turns a time into what the
/// backend binds (RFC 3339 text for SQLite, the time itself for Postgres),
/// `$upsert` writes one batch of rows (one family, distinct ids) with their
/// ledger rows and says how many it applied.
macro_rules! write_page {
    ($db:ty, $time:expr, $upsert:path) => {
        pub(super) async fn write(
            tx: &mut sqlx::Transaction<'_, $db>,
            at: Target<'_>,
            page: &PageWrite,
            checkpoint: Option<&str>,
        ) -> Result<Applied, DbError> {
            let time = $time;
            let now = time(Utc::now());
            let mut applied = Applied::default();
            for batch in batches(&page.rows) {
                let written = $upsert(tx, at, &batch).await?;
                applied.applied += written;
                applied.stale += batch.len() as u64 - written;
            }
            for (family, id, when) in &page.tombstones {
                sqlx::query(&tombstone_sql(*family))
                    .bind(time(*when))
                    .bind(at.organisation)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            }
            for reject in &page.rejects {
                sqlx::query(REJECT)
                    .bind(at.organisation)
                    .bind(at.stream)
                    .bind(&reject.record_id)
                    .bind(reject.updated_at.map(time))
                    .bind(&reject.path)
                    .bind(&reject.message)
                    .bind(&reject.raw)
                    .bind(now.clone())
                    .execute(&mut **tx)
                    .await?;
            }
            if let Some(checkpoint) = checkpoint {
                sqlx::query(CHECKPOINT)
                    .bind(at.organisation)
                    .bind(at.stream)
                    .bind(checkpoint)
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(applied)
        }
    };
}

mod sqlite {
    use super::*;

    write_page!(sqlx::Sqlite, sortable, upsert);

    /// One multi-row upsert (`RETURNING id`), then one ledger insert of the
    /// ids it wrote. Anonymous `?` parameters: SQLite looks a numbered
    /// parameter's name up one by one (`sqlite3_bind_parameter_name`), which
    /// took 70 % of a page's write.
    async fn upsert(
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        at: Target<'_>,
        batch: &[&Row],
    ) -> Result<u64, DbError> {
        let sql = upsert_sql(batch);
        let mut query = sqlx::query_scalar::<_, String>(&sql);
        for row in batch {
            query = query
                .bind(at.organisation)
                .bind(&row.id)
                .bind(sortable(row.updated_at))
                .bind(row.deleted_at.map(sortable))
                .bind(&row.raw);
            for (_, value) in &row.columns {
                query = match value {
                    Value::Text(text) => query.bind(text.clone()),
                    Value::Time(t) => query.bind(t.map(sortable)),
                };
            }
        }
        let written: std::collections::HashSet<String> =
            query.fetch_all(&mut **tx).await?.into_iter().collect();
        if written.is_empty() {
            return Ok(0);
        }
        let now = sortable(Utc::now());
        let ledger_text = ledger_sql(written.len());
        let mut ledger = sqlx::query(&ledger_text);
        for row in batch.iter().filter(|row| written.contains(&row.id)) {
            ledger = ledger
                .bind(at.organisation)
                .bind(row.family.name())
                .bind(&row.id)
                .bind(sortable(row.updated_at))
                .bind(now.clone());
        }
        ledger.execute(&mut **tx).await?;
        Ok(written.len() as u64)
    }
}

mod postgres {
    use super::*;

    fn same(time: DateTime<Utc>) -> DateTime<Utc> {
        time
    }

    write_page!(sqlx::Postgres, same, upsert);

    /// One statement per batch: the rows arrive as one array per column
    /// (`UNNEST`), are upserted, and the versions written go into the
    /// ledger, all server-side. Its text depends only on the family, so
    /// Postgres prepares it once per connection; a multi-row `VALUES` of
    /// 8,192 parameters was parsed and planned anew for every page.
    async fn upsert(
        tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
        at: Target<'_>,
        batch: &[&Row],
    ) -> Result<u64, DbError> {
        let sql = unnest_sql(batch[0]);
        let mut query = sqlx::query_scalar::<_, i64>(&sql)
            .bind(at.organisation)
            .bind(batch.iter().map(|r| r.id.as_str()).collect::<Vec<_>>())
            .bind(batch.iter().map(|r| r.updated_at).collect::<Vec<_>>())
            .bind(batch.iter().map(|r| r.deleted_at).collect::<Vec<_>>())
            .bind(batch.iter().map(|r| r.raw.as_str()).collect::<Vec<_>>());
        for (i, (_, value)) in batch[0].columns.iter().enumerate() {
            query = match value {
                Value::Text(_) => query.bind(
                    batch
                        .iter()
                        .map(|r| match &r.columns[i].1 {
                            Value::Text(text) => text.as_deref(),
                            Value::Time(_) => None,
                        })
                        .collect::<Vec<_>>(),
                ),
                Value::Time(_) => query.bind(
                    batch
                        .iter()
                        .map(|r| match &r.columns[i].1 {
                            Value::Time(time) => *time,
                            Value::Text(_) => None,
                        })
                        .collect::<Vec<_>>(),
                ),
            };
        }
        let written = query.fetch_one(&mut **tx).await?;
        Ok(written as u64)
    }

    /// `row`'s family's upsert-and-ledger statement: `$1` the organisation,
    /// `$2…` one array per column (id, updated_at, deleted_at, raw, then the
    /// typed columns in the row's order); it returns how many versions it
    /// applied.
    fn unnest_sql(row: &Row) -> String {
        let table = row.family.name();
        let mut names = vec!["id", "updated_at", "deleted_at", "raw"];
        let mut types = vec!["text", "timestamptz", "timestamptz", "text"];
        for (name, value) in &row.columns {
            names.push(name);
            types.push(match value {
                Value::Text(_) => "text",
                Value::Time(_) => "timestamptz",
            });
        }
        let arrays: Vec<String> = types
            .iter()
            .enumerate()
            .map(|(i, ty)| format!("${}::{ty}[]", i + 2))
            .collect();
        let selected: Vec<String> = names
            .iter()
            .map(|n| {
                if *n == "raw" {
                    "raw::json".into()
                } else {
                    n.to_string()
                }
            })
            .collect();
        let updates: Vec<String> = names[1..]
            .iter()
            .map(|n| format!("{n} = excluded.{n}"))
            .collect();
        format!(
            "WITH incoming AS (SELECT * FROM UNNEST({arrays}) AS t({names})), \
             written AS (INSERT INTO {table} (organisation, {names}) \
               SELECT $1, {selected} FROM incoming \
               ON CONFLICT (organisation, id) DO UPDATE SET {updates} \
               WHERE excluded.updated_at > {table}.updated_at \
               RETURNING id, updated_at), \
             ledger AS (INSERT INTO applied_versions (organisation, family, id, updated_at, applied_at) \
               SELECT $1, '{table}', id, updated_at, now() FROM written RETURNING 1) \
             SELECT count(*) FROM ledger",
            arrays = arrays.join(", "),
            names = names.join(", "),
            selected = selected.join(", "),
            updates = updates.join(", "),
        )
    }
}
