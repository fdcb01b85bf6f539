//! Exports a stream as NDJSON: every item, one JSON object per line.
//!
//! ```sh
//! cargo run --release --example export -- qualification-records --start-time 2024-01-01T00:00:00Z --out records.ndjson
//! cargo run --release --example export -- work-orders --start-time 2025-01-01T00:00:00Z --end-time 2025-07-01T00:00:00Z
//! ```
//!
//! Items go to `--out FILE` (or stdout), progress and a summary to stderr.
//! `--schema` prints the JSON Schema of one line instead (from the generated
//! types' `JsonSchema`), for whoever consumes the file.
//! `--end-time` defaults to now (exclusive). With `SAMSARA_API_KEY` set (and
//! optionally `SAMSARA_BASE_URL`) it reads that account; otherwise it starts
//! the fake Samsara server in-process with `--records` demo records.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::{Parser, ValueEnum};
use futures::{Stream, TryStreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use samsara::types::EntityType;
use samsara::{Client, Paginate};
use samsara_mock::{MockConfig, MockServer};
use serde::Serialize;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Export Samsara qualification records or work orders as NDJSON.
#[derive(Debug, Parser)]
struct Args {
    /// What to export.
    family: Family,
    /// Items modified at or after this time (RFC 3339).
    #[arg(long, required_unless_present = "schema")]
    start_time: Option<DateTime<Utc>>,
    /// Items modified before this time (RFC 3339, exclusive); default now.
    #[arg(long)]
    end_time: Option<DateTime<Utc>>,
    /// Write here instead of stdout.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Qualification records of one entity type only (default both).
    #[arg(long, value_enum)]
    entity_type: Option<Entity>,
    /// Include deleted qualification records.
    #[arg(long)]
    include_deleted: bool,
    /// Print the JSON Schema of one exported line and exit.
    #[arg(long)]
    schema: bool,
    /// Demo records of the embedded fake server (without SAMSARA_API_KEY).
    #[arg(long, default_value_t = 1000)]
    records: usize,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Family {
    QualificationRecords,
    WorkOrders,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Entity {
    Worker,
    Asset,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("export: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), BoxError> {
    let started = Instant::now();
    let Some(start_time) = args.start_time.filter(|_| !args.schema) else {
        let schema = match args.family {
            Family::QualificationRecords => {
                schemars::schema_for!(samsara::types::QualificationRecord)
            }
            Family::WorkOrders => schemars::schema_for!(samsara::types::WorkOrder),
        };
        println!("{}", serde_json::to_string_pretty(&schema)?);
        return Ok(());
    };
    let end = args.end_time.unwrap_or_else(Utc::now);
    if end < start_time {
        return Err("--end-time is before --start-time".into());
    }
    let (client, server) = connect(args.records).await?;
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(
            File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);

    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template(
        "{spinner} {pos} items ({per_sec}, {elapsed}) {msg}",
    )?);
    bar.enable_steady_tick(Duration::from_millis(100));
    let count = match args.family {
        Family::QualificationRecords => {
            let entities = match args.entity_type {
                Some(Entity::Worker) => vec![EntityType::Worker],
                Some(Entity::Asset) => vec![EntityType::Asset],
                None => vec![EntityType::Worker, EntityType::Asset],
            };
            let mut count = 0;
            for entity in entities {
                bar.set_message(format!("{entity} qualification records"));
                let stream = client
                    .get_qualification_records_stream()
                    .entity_type(entity)
                    .start_time(start_time)
                    .end_time(end)
                    .include_deleted(args.include_deleted)
                    .include_external_ids(true)
                    .items();
                count += write_all(stream, &mut out, &bar).await?;
            }
            count
        }
        Family::WorkOrders => {
            bar.set_message("work orders");
            let stream = client
                .stream_work_orders()
                .start_time(start_time)
                .end_time(end)
                .include_external_ids(true)
                .items();
            write_all(stream, &mut out, &bar).await?
        }
    };
    out.flush()?;
    bar.finish_and_clear();
    let target = args
        .out
        .as_ref()
        .map_or("stdout".to_owned(), |p| p.display().to_string());
    eprintln!(
        "exported {count} items modified in [{}, {end}) to {target} in {:.1} s",
        start_time,
        started.elapsed().as_secs_f64()
    );
    if let Some(server) = server {
        server.shutdown().await?;
    }
    Ok(())
}

/// A client from the environment, or the embedded fake server and a client for it.
async fn connect(records: usize) -> Result<(Client, Option<MockServer>), BoxError> {
    if std::env::var_os(samsara::client::API_KEY_ENV).is_some() {
        let client = Client::from_env()?;
        eprintln!("reading the Samsara account at {}", client.base_url());
        return Ok((client, None));
    }
    let server = MockServer::start(MockConfig::default().records(records)).await?;
    eprintln!(
        "no {} set: reading the in-process fake Samsara server at {} ({records} demo records)",
        samsara::client::API_KEY_ENV,
        server.url()
    );
    Ok((server.client()?, Some(server)))
}

/// Writes every item of `stream` as one JSON line.
async fn write_all<T: Serialize>(
    stream: impl Stream<Item = Result<T, samsara::Error>>,
    out: &mut impl Write,
    bar: &ProgressBar,
) -> Result<u64, BoxError> {
    let mut stream = std::pin::pin!(stream);
    let mut count = 0;
    while let Some(item) = stream.try_next().await? {
        serde_json::to_writer(&mut *out, &item)?;
        out.write_all(b"\n")?;
        count += 1;
        bar.inc(1);
    }
    Ok(count)
}
