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
            .await?
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
        .await?
        .rows_affected(),
    };
    Ok(taken == 1)
}

/// Gives `organisation`'s lease up, if `holder` holds it.
pub async fn release(db: &Database, organisation: &str, holder: &str) -> Result<(), DbError> {
    let sql = "DELETE FROM leases WHERE organisation = $1 AND holder = $2";
    match db {
        Database::Sqlite(pool) => {
            sqlx::query(sql)
                .bind(organisation)
                .bind(holder)
                .execute(pool)
                .await?;
        }
        Database::Postgres(pool) => {
            sqlx::query(sql)
                .bind(organisation)
                .bind(holder)
                .execute(pool)
                .await?;
        }
    }
    Ok(())
}
