//! `samsara-sync`: see the crate docs. Exit codes: 0 done; 2 bad arguments;
//! 3 the database failed; 4 Samsara refused the token; 5 another API
//! failure.

use std::process::ExitCode;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Parser;
use samsara_sync::{Database, SyncError, sync_once};

/// Keeps Samsara's qualification records and work orders in a database.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The database: `sqlite:PATH` (created if missing) or `postgres://…`.
    #[arg(long, default_value = "sqlite:samsara.db")]
    db: String,
    /// Read every stream up to now once, then exit (default: keep syncing).
    #[arg(long)]
    once: bool,
    /// Between passes when not `--once`, in seconds.
    #[arg(long, default_value_t = 30)]
    interval: u64,
    /// Where a stream with no checkpoint starts (RFC 3339).
    #[arg(long, default_value = "2015-01-01T00:00:00Z")]
    since: DateTime<Utc>,
    /// Sync from the embedded fake server (realistic profile): no token needed.
    #[arg(long)]
    mock: bool,
    /// How long after its `updatedAtTime` a change may become visible and
    /// still be read by the next pass, in seconds (the client's settle delay).
    #[arg(long, default_value_t = 30.0)]
    settle: f64,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "samsara_sync=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("samsara-sync: {message}");
            ExitCode::from(code)
        }
    }
}

async fn run(args: Args) -> Result<(), (u8, String)> {
    let mock = if args.mock {
        let config = samsara_mock::MockConfig::realistic();
        Some(
            samsara_mock::MockServer::start(config)
                .await
                .map_err(|e| (5, format!("cannot start the fake server: {e}")))?,
        )
    } else {
        None
    };
    let settle = Duration::try_from_secs_f64(args.settle).map_err(|_| {
        (
            2,
            format!("--settle {}: not a number of seconds", args.settle),
        )
    })?;
    let mut builder = samsara::Client::builder().settle(settle);
    match &mock {
        Some(server) => builder = builder.token(server.token()).base_url(server.url()),
        None => {
            if let Ok(url) = std::env::var(samsara::client::BASE_URL_ENV) {
                builder = builder.base_url(url);
            }
        }
    }
    let client = builder.build().map_err(|e| (2, e.to_string()))?;
    let db = Database::open(&args.db)
        .await
        .map_err(|e| (3, e.to_string()))?;
    loop {
        let report = sync_once(&client, &db, args.since)
            .await
            .map_err(|e| (exit_code(&e), e.to_string()))?;
        tracing::info!(
            pages = report.pages,
            applied = report.applied.applied,
            stale = report.applied.stale,
            rejected = report.rejected,
            tombstoned = report.tombstoned,
            "pass done"
        );
        if args.once {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_secs(args.interval)).await;
    }
}

fn exit_code(error: &SyncError) -> u8 {
    match error {
        SyncError::Db(_) => 3,
        SyncError::Api { source, .. } if source.status().is_some_and(|s| s.as_u16() == 401) => 4,
        _ => 5,
    }
}
