//! `samsara-sync`: see the crate docs and its README.
//!
//! Exit codes, for a scheduler: 0 done; 2 bad arguments or configuration;
//! 3 the database failed (unreachable, locked, full, a newer schema, an
//! unreadable checkpoint); 4 Samsara refused a token (401); 5 another API
//! failure (after retries); 130 / 143 stopped by SIGINT / SIGTERM (its
//! leases released, the page in flight not committed). With several
//! organisations the most pressing code wins: 3, then 4, then 5.

use std::process::ExitCode;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Parser;
use samsara_sync::config::Config;
use samsara_sync::{Database, SyncError, lease, sync_once};

/// Keeps Samsara's qualification records and work orders in a database.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The database: `sqlite:PATH` (created if missing) or `postgres://…`.
    #[arg(long, default_value = "sqlite:samsara.db")]
    db: String,
    /// The organisations and their tokens (TOML; see the README). Default:
    /// one organisation, `default`, from SAMSARA_API_KEY.
    #[arg(long)]
    config: Option<String>,
    /// Read every stream up to now once, then exit (default: keep syncing).
    #[arg(long)]
    once: bool,
    /// Between passes when not `--once`, in seconds (at least 0.1).
    #[arg(long, default_value_t = 30.0, allow_negative_numbers = true)]
    interval: f64,
    /// Where a stream with no checkpoint starts (RFC 3339).
    #[arg(long, default_value = "2015-01-01T00:00:00Z")]
    since: DateTime<Utc>,
    /// Sync from the embedded fake server (realistic profile): no token needed.
    #[arg(long)]
    mock: bool,
    /// How long after its `updatedAtTime` a change may become visible and
    /// still be read by the next pass, in seconds (the client's settle delay;
    /// at most a day).
    #[arg(long, default_value_t = 30.0, allow_negative_numbers = true)]
    settle: f64,
    /// How long an organisation's lease lasts unless renewed, in seconds:
    /// the longest another process waits to take over from one that died
    /// (at least 1).
    #[arg(long, default_value_t = 60.0, allow_negative_numbers = true)]
    lease: f64,
    /// This process's name in the leases table (default: host name, pid and
    /// a random suffix, unique across machines and restarts).
    #[arg(long)]
    holder: Option<String>,
    /// Between deletion sweeps when not `--once`, in seconds (a sweep reads
    /// the whole work-order list: 10,000 work orders are 20 requests; at
    /// least 1).
    #[arg(long, default_value_t = 3600.0, allow_negative_numbers = true)]
    reconcile: f64,
}

/// An exit code and what to say.
type Exit = (u8, String);

#[tokio::main]
async fn main() -> ExitCode {
    samsara_sync::progress::init();
    let args = Args::parse();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("samsara-sync: {message}");
            ExitCode::from(code)
        }
    }
}

/// `value` seconds for `flag`, between `min` and `max` seconds.
fn seconds(value: f64, flag: &str, min: f64, max: f64) -> Result<Duration, Exit> {
    if !(min..=max).contains(&value) {
        return Err((
            2,
            format!("{flag} {value}: expected between {min} and {max} seconds"),
        ));
    }
    Duration::try_from_secs_f64(value)
        .map_err(|_| (2, format!("{flag} {value}: not a number of seconds")))
}

/// Unique across machines and restarts: the host's name, the pid and a
/// random suffix (two containers may share a pid and lack `HOSTNAME`).
fn default_holder() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".into());
    let random = {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        hasher.finish() as u32
    };
    format!("{host}:{}:{random:08x}", std::process::id())
}

/// SIGINT or SIGTERM: the exit code that says which.
async fn stopped() -> u8 {
    use tokio::signal::unix::{SignalKind, signal};
    match (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) {
        (Ok(mut interrupt), Ok(mut terminate)) => tokio::select! {
            _ = interrupt.recv() => 130,
            _ = terminate.recv() => 143,
        },
        // No signal handling: never stop on one.
        _ => std::future::pending().await,
    }
}

async fn run(args: Args) -> Result<(), Exit> {
    let settle = seconds(args.settle, "--settle", 0.0, 86_400.0)?;
    let interval = seconds(args.interval, "--interval", 0.1, f64::MAX)?;
    let ttl = seconds(args.lease, "--lease", 1.0, f64::MAX)?;
    let reconcile = seconds(args.reconcile, "--reconcile", 1.0, f64::MAX)?;
    if args.mock && args.config.is_some() {
        return Err((
            2,
            "--mock syncs the embedded fake server: it takes no --config".into(),
        ));
    }
    let holder = args.holder.clone().unwrap_or_else(default_holder);
    let mock = if args.mock {
        Some(
            samsara_mock::MockServer::start(samsara_mock::MockConfig::realistic())
                .await
                .map_err(|e| (5, format!("cannot start the fake server: {e}")))?,
        )
    } else {
        None
    };
    let organisations = organisations(&args, mock.as_ref(), settle)?;
    let db = Database::open(&args.db).await.map_err(|e| match e {
        samsara_sync::db::DbError::Url(_) => (2, e.to_string()),
        e => (3, e.to_string()),
    })?;
    let work = async {
        if args.once {
            once(&organisations, &db, &holder, ttl, args.since).await
        } else {
            follow(
                organisations,
                &db,
                &holder,
                ttl,
                interval,
                reconcile,
                args.since,
            )
            .await
        }
    };
    tokio::select! {
        ended = work => ended,
        code = stopped() => {
            // The page in flight is rolled back with its dropped transaction.
            let released = lease::release_all(&db, &holder).await;
            let note = match released {
                Ok(()) => "its leases released",
                Err(_) => "its leases expire on their own",
            };
            Err((code, format!("stopped by a signal; {note}")))
        }
    }
}

/// Each organisation's feeds, owned by a background task, for as long as
/// the process runs.
async fn follow(
    organisations: Vec<(String, samsara::Client)>,
    db: &Database,
    holder: &str,
    ttl: Duration,
    interval: Duration,
    reconcile: Duration,
    since: DateTime<Utc>,
) -> Result<(), Exit> {
    let mut workers = tokio::task::JoinSet::new();
    for (name, client) in organisations {
        let feed = Feed {
            db: db.clone(),
            organisation: name,
            client,
            holder: holder.to_owned(),
            ttl,
            interval,
            reconcile,
            since,
        };
        workers.spawn(feed.run());
    }
    while let Some(ended) = workers.join_next().await {
        if let Ok(Err(exit)) = ended {
            return Err(exit);
        }
    }
    Ok(())
}

/// One pass over every organisation this process can lease, then exit.
async fn once(
    organisations: &[(String, samsara::Client)],
    db: &Database,
    holder: &str,
    ttl: Duration,
    since: DateTime<Utc>,
) -> Result<(), Exit> {
    let mut worst: Option<Exit> = None;
    for (name, client) in organisations {
        if !lease::acquire_within(db, name, holder, ttl)
            .await
            .map_err(|e| (3, e.to_string()))?
        {
            tracing::info!(organisation = %name, "synced by another, live process: skipped");
            continue;
        }
        let renewing = renew_while_syncing(db.clone(), name.clone(), holder.to_owned(), ttl);
        let pass = sync_once(client, db, name, since).await;
        renewing.abort();
        let _ = lease::release(db, name, holder).await;
        match pass {
            Ok(report) => tracing::info!(
                organisation = %name,
                pages = report.pages,
                applied = report.applied.applied,
                stale = report.applied.stale,
                rejected = report.rejected,
                tombstoned = report.tombstoned,
                repaired = report.repaired,
                "pass done"
            ),
            Err(e) => {
                let exit = (exit_code(&e), format!("organisation {name:?}: {e}"));
                if exit.0 == 3 {
                    return Err(exit);
                }
                tracing::error!(organisation = %name, error = %e, "pass failed");
                worst = Some(worst.map_or(exit.clone(), |w| more_pressing(w, exit)));
            }
        }
    }
    worst.map_or(Ok(()), Err)
}

/// One organisation's follow feeds, owned by a background task: they run
/// while this process holds the organisation's lease.
struct Feed {
    db: Database,
    organisation: String,
    client: samsara::Client,
    holder: String,
    ttl: Duration,
    interval: Duration,
    reconcile: Duration,
    since: DateTime<Utc>,
}

impl Feed {
    /// Waits for the lease, follows while it holds it, and starts over when
    /// it is lost or the API fails; returns only for a database failure.
    async fn run(self) -> Result<(), Exit> {
        let name = self.organisation.as_str();
        loop {
            let held = lease::acquire(&self.db, name, &self.holder, self.ttl)
                .await
                .map_err(|e| (3, e.to_string()))?;
            if !held {
                tokio::time::sleep(self.ttl / 3).await;
                continue;
            }
            tracing::info!(organisation = %name, "lease taken: following");
            let follow = samsara_sync::sync::follow(
                &self.client,
                &self.db,
                name,
                self.since,
                self.interval,
                self.reconcile,
            );
            tokio::select! {
                ended = follow => match ended {
                    // The database, or a token Samsara refuses: retrying
                    // cannot help, so the process exits for a person.
                    Err(e) if matches!(exit_code(&e), 3 | 4) => {
                        return Err((exit_code(&e), format!("organisation {name:?}: {e}")));
                    }
                    Err(e) => {
                        tracing::error!(organisation = %name, error = %e, "feed failed; starting over");
                        tokio::time::sleep(self.interval).await;
                    }
                    Ok(()) => {}
                },
                () = self.keep_lease() => {
                    tracing::warn!(organisation = %name, "lease lost: another process took over");
                }
            }
        }
    }

    /// Renews the lease every third of its time; returns when it is lost.
    async fn keep_lease(&self) {
        loop {
            tokio::time::sleep(self.ttl / 3).await;
            match lease::acquire(&self.db, &self.organisation, &self.holder, self.ttl).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => {
                    tracing::warn!(organisation = %self.organisation, error = %e, "cannot renew the lease");
                    return;
                }
            }
        }
    }
}

/// Renews `organisation`'s lease every third of its time while a pass runs.
fn renew_while_syncing(
    db: Database,
    organisation: String,
    holder: String,
    ttl: Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(ttl / 3).await;
            match lease::acquire(&db, &organisation, &holder, ttl).await {
                Ok(true) => {}
                Ok(false) => {
                    tracing::warn!(organisation = %organisation, "lease lost to another process")
                }
                Err(e) => {
                    tracing::warn!(organisation = %organisation, error = %e, "cannot renew the lease")
                }
            }
        }
    })
}

/// Each organisation's name and client.
fn organisations(
    args: &Args,
    mock: Option<&samsara_mock::MockServer>,
    settle: Duration,
) -> Result<Vec<(String, samsara::Client)>, Exit> {
    if let Some(server) = mock {
        let client = samsara::Client::builder()
            .token(server.token())
            .base_url(server.url())
            .settle(settle)
            .build()
            .map_err(|e| (2, e.to_string()))?;
        return Ok(vec![("mock".into(), client)]);
    }
    let config = match &args.config {
        Some(path) => Config::read(path).map_err(|e| (2, e.to_string()))?,
        None => Config::from_env(),
    };
    config
        .organisations
        .iter()
        .map(|org| {
            let token = org.token().map_err(|e| (2, e))?;
            let mut builder = samsara::Client::builder().token(token).settle(settle);
            if let Some(url) = &org.base_url {
                builder = builder.base_url(url);
            }
            let client = builder
                .build()
                .map_err(|e| (2, format!("organisation {:?}: {e}", org.name)))?;
            Ok((org.name.clone(), client))
        })
        .collect()
}

/// Of two failures, the one a person must see first: the database (3),
/// then a refused token (4), then the rest (5).
fn more_pressing(a: Exit, b: Exit) -> Exit {
    if b.0 < a.0 { b } else { a }
}

fn exit_code(error: &SyncError) -> u8 {
    match error {
        SyncError::Db(_) | SyncError::Checkpoint { .. } => 3,
        SyncError::Api { source, .. } if source.status().is_some_and(|s| s.as_u16() == 401) => 4,
        _ => 5,
    }
}
