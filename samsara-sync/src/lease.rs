//! Leases: which process syncs which organisation. One holder per
//! organisation at a time, so each token's rate budget holds across
//! machines; a lease its holder stops renewing expires after its time and
//! another process takes it over. The database is the only coordinator
//! (with Postgres, its clock decides expiry).

use std::time::Duration;

use chrono::Utc;

use crate::db::{Database, DbError};
use crate::rows::sortable;

/// Takes or renews `organisation`'s lease for `holder`, for `ttl`: `true`
/// when `holder` holds it afterwards (it was free, expired, or its own).
pub async fn acquire(
    db: &Database,
    organisation: &str,
    holder: &str,
    ttl: Duration,
) -> Result<bool, DbError> {
    let taken = match db {
        Database::Sqlite(pool) => {
            let now = Utc::now();
            let until = now + chrono::Duration::from_std(ttl).unwrap_or_default();
            sqlx::query(
                "INSERT INTO leases (organisation, holder, expires_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (organisation) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
                 WHERE leases.holder = excluded.holder OR leases.expires_at < $4",
            )
            .bind(organisation)
            .bind(holder)
            .bind(sortable(until))
            .bind(sortable(now))
            .execute(pool)
            .await
            .map_err(DbError::Lease)?
            .rows_affected()
        }
        Database::Postgres(pool) => sqlx::query(
            "INSERT INTO leases (organisation, holder, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond') \
             ON CONFLICT (organisation) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
             WHERE leases.holder = excluded.holder OR leases.expires_at < now()",
        )
        .bind(organisation)
        .bind(holder)
        .bind(ttl.as_millis() as f64)
        .execute(pool)
        .await
        .map_err(DbError::Lease)?
        .rows_affected(),
    };
    Ok(taken == 1)
}

/// [`acquire`], waiting up to one lease time when another holder has it:
/// a holder that died (killed, or its machine lost) stops renewing, and its
/// lease is taken once it expires; a live holder renews it within that
/// time, and then `false` says it is syncing this organisation.
pub async fn acquire_within(
    db: &Database,
    organisation: &str,
    holder: &str,
    ttl: Duration,
) -> Result<bool, DbError> {
    let deadline = tokio::time::Instant::now() + ttl + Duration::from_secs(1);
    let mut renewed_by = None;
    loop {
        if acquire(db, organisation, holder, ttl).await? {
            return Ok(true);
        }
        let expires = expires_at(db, organisation).await?;
        match (&renewed_by, &expires) {
            (None, _) => renewed_by = Some(expires),
            // The holder renewed: it is alive.
            (Some(first), now) if first != now => return Ok(false),
            _ => {}
        }
        if tokio::time::Instant::now() >= deadline {
            return Ok(false);
        }
        tokio::time::sleep((ttl / 6).max(Duration::from_millis(250))).await;
    }
}

/// When `organisation`'s lease expires, as the database holds it (text).
async fn expires_at(db: &Database, organisation: &str) -> Result<Option<String>, DbError> {
    let found = match db {
        Database::Sqlite(pool) => {
            sqlx::query_scalar(
                "SELECT holder || ' ' || expires_at FROM leases WHERE organisation = $1",
            )
            .bind(organisation)
            .fetch_optional(pool)
            .await
        }
        Database::Postgres(pool) => {
            sqlx::query_scalar(
                "SELECT holder || ' ' || expires_at::text FROM leases WHERE organisation = $1",
            )
            .bind(organisation)
            .fetch_optional(pool)
            .await
        }
    };
    found.map_err(DbError::Lease)
}

/// Gives `organisation`'s lease up, if `holder` holds it.
pub async fn release(db: &Database, organisation: &str, holder: &str) -> Result<(), DbError> {
    let sql = "DELETE FROM leases WHERE organisation = $1 AND holder = $2";
    let done = match db {
        Database::Sqlite(pool) => sqlx::query(sql)
            .bind(organisation)
            .bind(holder)
            .execute(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query(sql)
            .bind(organisation)
            .bind(holder)
            .execute(pool)
            .await
            .map(|_| ()),
    };
    done.map_err(DbError::Lease)
}

/// Gives up every lease `holder` has (on SIGINT / SIGTERM).
pub async fn release_all(db: &Database, holder: &str) -> Result<(), DbError> {
    let sql = "DELETE FROM leases WHERE holder = $1";
    let done = match db {
        Database::Sqlite(pool) => sqlx::query(sql)
            .bind(holder)
            .execute(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query(sql)
            .bind(holder)
            .execute(pool)
            .await
            .map(|_| ()),
    };
    done.map_err(DbError::Lease)
}
