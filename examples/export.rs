//! Exports a stream as NDJSON: every item, one JSON object per line.
//!
//! ```sh
//! cargo run --release --example export -- qualification-records --start-time 2024-01-01T00:00:00Z --out records.ndjson
//! cargo run --release --example export -- work-orders --start-time 2025-01-01T00:00:00Z --end-time 2025-07-01T00:00:00Z
//! cargo run --release --example export -- work-orders --start-time 2024-01-01T00:00:00Z --realistic --rejects rejects.ndjson
//! cargo run --release --example export -- work-orders --resume through:2025-07-01T00:00:00Z --out orders.ndjson
//! ```
//!
//! Items go to `--out FILE` (or stdout), progress and a summary to stderr.
//! `--schema` prints the JSON Schema of one line instead (from the generated
//! types' `JsonSchema`), for whoever consumes the file.
//! `--end-time` defaults to now (exclusive). With `SAMSARA_API_KEY` set (and
//! optionally `SAMSARA_BASE_URL`) it reads that account; otherwise it starts
//! the fake Samsara server in-process with `--records` demo records, and
//! `--realistic` starts it with `MockConfig::realistic()` (the live API's
//! departures from the spec, among them about 1 in 40 records that do not
//! match it).
//!
//! No record is lost. A record that does not match the spec (a required
//! member missing, a fraction in an integer…) is not in the typed output: it
//! goes to `--rejects FILE`, one JSON object per line
//! (`{"operation", "id", "path", "message", "raw"}`, `raw` being the
//! record's JSON as received), or without `--rejects` to stderr with its raw
//! JSON;
//! the summary counts it and the export goes on.
//!
//! The summary ends with the checkpoint reached (`checkpoint: through:<end>`):
//! a later run given `--resume <checkpoint>` exports what changed since
//! (`through:T` starts at `T`; `--start-time` may then be left out). If a run
//! stops on an error, everything up to the checkpoint it prints is written,
//! and it prints the flags that continue it (a cursor checkpoint `after:…`
//! continues one stream: with `qualification-records` it needs
//! `--entity-type`). With `--resume`, `--out` and `--rejects` are appended
//! to, not replaced. A record changed since the last run appears again (its
//! new version, a later line): consumers upsert by `id`.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::{Parser, ValueEnum};
use futures::TryStreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use samsara::pagination::Paginator;
use samsara::prelude::*;
use samsara_mock::{MockConfig, MockServer};
use serde::Serialize;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Export Samsara qualification records or work orders as NDJSON.
#[derive(Debug, Parser)]
struct Args {
    /// What to export.
    family: Family,
    /// Items modified at or after this time (RFC 3339).
    #[arg(long, required_unless_present_any = ["schema", "resume"])]
    start_time: Option<DateTime<Utc>>,
    /// Items modified before this time (RFC 3339, exclusive); default now.
    #[arg(long)]
    end_time: Option<DateTime<Utc>>,
    /// Continue from a checkpoint printed by an earlier run: `through:<time>`
    /// (start there; replaces --start-time) or `after:<cursor>` (continue an
    /// interrupted run: repeat its --start-time and --end-time).
    #[arg(long)]
    resume: Option<Checkpoint>,
    /// Write here instead of stdout (appended to with --resume).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write records that do not match the spec here, as NDJSON with their
    /// raw JSON and the path that failed (default: stderr).
    #[arg(long)]
    rejects: Option<PathBuf>,
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
    /// Start the embedded fake server with the live API's behaviours
    /// (`MockConfig::realistic()`; without SAMSARA_API_KEY).
    #[arg(long)]
    realistic: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Family {
    QualificationRecords,
    WorkOrders,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Entity {
    Worker,
    Asset,
}

/// One stream of the export: work orders, or one entity type's records.
#[derive(Clone, Copy, Debug)]
enum Source {
    Records(Entity),
    WorkOrders,
}

impl Source {
    fn label(self) -> &'static str {
        match self {
            Source::Records(Entity::Worker) => "worker qualification records",
            Source::Records(Entity::Asset) => "asset qualification records",
            Source::WorkOrders => "work orders",
        }
    }
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
    if args.schema {
        let schema = match args.family {
            Family::QualificationRecords => {
                schemars::schema_for!(samsara::types::QualificationRecord)
            }
            Family::WorkOrders => schemars::schema_for!(samsara::types::WorkOrder),
        };
        println!("{}", serde_json::to_string_pretty(&schema)?);
        return Ok(());
    }
    let sources = match (args.family, args.entity_type) {
        (Family::WorkOrders, _) => vec![Source::WorkOrders],
        (Family::QualificationRecords, Some(entity)) => vec![Source::Records(entity)],
        (Family::QualificationRecords, None) => {
            vec![
                Source::Records(Entity::Worker),
                Source::Records(Entity::Asset),
            ]
        }
    };
    // Where each stream starts: `through:T` is the same as `--start-time T`.
    let (start_time, resume) = match (args.resume.clone(), args.start_time) {
        (Some(Checkpoint::Through(t)), _) => (t, Checkpoint::Through(t)),
        (None | Some(Checkpoint::Beginning), Some(t)) => (t, Checkpoint::Through(t)),
        (Some(checkpoint), Some(t)) => (t, checkpoint),
        (Some(checkpoint @ Checkpoint::After(_)), None) => {
            return Err(format!(
                "--resume {checkpoint} continues an interrupted run: repeat its --start-time and --end-time"
            )
            .into());
        }
        (_, None) => return Err("--start-time is needed (or --resume through:<time>)".into()),
    };
    if matches!(resume, Checkpoint::After(_)) && sources.len() > 1 {
        return Err("an after:… checkpoint continues one stream: add --entity-type".into());
    }
    let end = args.end_time.unwrap_or_else(Utc::now);
    if end < start_time {
        return Err(format!("--end-time {end} is before the start {start_time}").into());
    }
    let (client, server) = connect(args.records, args.realistic).await?;
    let append = args.resume.is_some();
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(open(path, append)?),
        None => Box::new(std::io::stdout().lock()),
    };
    let rejects = match &args.rejects {
        Some(path) => Some(BufWriter::new(open(path, append)?)),
        None => None,
    };

    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template(
        "{spinner} {pos} items ({per_sec}, {elapsed}) {msg}",
    )?);
    bar.enable_steady_tick(Duration::from_millis(100));
    let mut sink = Sink {
        out: BufWriter::new(out),
        rejects,
        bar: bar.clone(),
        items: 0,
        rejected: 0,
    };
    // The checkpoint each stream has reached: everything before it is written.
    let mut reached = vec![resume; sources.len()];
    for (i, source) in sources.iter().enumerate() {
        bar.set_message(source.label());
        let checkpoint = &mut reached[i];
        let result = match *source {
            Source::Records(entity) => {
                let request = client
                    .get_qualification_records_stream()
                    .entity_type(match entity {
                        Entity::Worker => EntityType::Worker,
                        Entity::Asset => EntityType::Asset,
                    })
                    .start_time(start_time)
                    .end_time(end)
                    .include_deleted(args.include_deleted)
                    .include_external_ids(true);
                export(request.paginate(), &mut sink, checkpoint).await
            }
            Source::WorkOrders => {
                let request = client
                    .stream_work_orders()
                    .start_time(start_time)
                    .end_time(end)
                    .include_external_ids(true);
                export(request.paginate(), &mut sink, checkpoint).await
            }
        };
        if let Err(e) = result {
            bar.finish_and_clear();
            // What is written so far is complete up to the checkpoints below.
            sink.flush().ok();
            eprintln!(
                "export: stopped in {} after {} items and {} rejected records",
                source.label(),
                sink.items,
                sink.rejected
            );
            for (source, checkpoint) in sources.iter().zip(&reached).skip(i) {
                let entity = match source {
                    Source::Records(Entity::Worker) => " --entity-type worker",
                    Source::Records(Entity::Asset) => " --entity-type asset",
                    Source::WorkOrders => "",
                };
                let entity = if sources.len() > 1 { entity } else { "" };
                eprintln!(
                    "export: to continue the {}: the same command with{entity} --end-time {} --resume {checkpoint}",
                    source.label(),
                    end.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
                );
            }
            return Err(e);
        }
    }
    sink.flush()?;
    bar.finish_and_clear();
    let target = args
        .out
        .as_ref()
        .map_or("stdout".to_owned(), |p| p.display().to_string());
    eprintln!(
        "exported {} items modified in [{start_time}, {end}) to {target} in {:.1} s",
        sink.items,
        started.elapsed().as_secs_f64()
    );
    match (&args.rejects, sink.rejected) {
        (_, 0) => eprintln!("rejected 0 records: every record matched the spec"),
        (Some(path), n) => eprintln!(
            "rejected {n} record(s) that do not match the spec: written with their raw JSON to {}",
            path.display()
        ),
        (None, n) => eprintln!(
            "rejected {n} record(s) that do not match the spec: printed with their raw JSON above"
        ),
    }
    // Every stream of the run covers the same window, so they end at the
    // same checkpoint (`through:<end>`).
    let mut checkpoints: Vec<String> = reached.iter().map(|c| c.to_string()).collect();
    checkpoints.dedup();
    for checkpoint in checkpoints {
        eprintln!("checkpoint: {checkpoint} (a later run continues with --resume {checkpoint})");
    }
    if let Some(server) = server {
        server.shutdown().await?;
    }
    Ok(())
}

/// Creates `path`, or opens it to append.
fn open(path: &Path, append: bool) -> Result<File, BoxError> {
    let file = if append {
        OpenOptions::new().create(true).append(true).open(path)
    } else {
        File::create(path)
    };
    file.map_err(|e| format!("cannot open {}: {e}", path.display()).into())
}

/// A client from the environment, or the embedded fake server and a client for it.
async fn connect(
    records: usize,
    realistic: bool,
) -> Result<(Client, Option<MockServer>), BoxError> {
    if std::env::var_os(samsara::client::API_KEY_ENV).is_some() {
        let client = Client::from_env()?;
        eprintln!("reading the Samsara account at {}", client.base_url());
        if realistic {
            eprintln!(
                "(--realistic selects the fake server's profile: ignored for a real account)"
            );
        }
        return Ok((client, None));
    }
    let (config, profile) = if realistic {
        (MockConfig::realistic(), "realistic profile")
    } else {
        (MockConfig::default(), "documented profile")
    };
    let server = MockServer::start(config.records(records)).await?;
    eprintln!(
        "no {} set: reading the in-process fake Samsara server at {} ({records} demo records, {profile})",
        samsara::client::API_KEY_ENV,
        server.url()
    );
    Ok((server.client()?, Some(server)))
}

/// Where items and rejected records go.
struct Sink {
    out: BufWriter<Box<dyn Write>>,
    /// `None`: rejected records go to stderr.
    rejects: Option<BufWriter<File>>,
    bar: ProgressBar,
    items: u64,
    rejected: u64,
}

/// One line of `--rejects`.
#[derive(Serialize)]
struct Rejected<'a> {
    operation: &'a str,
    id: Option<&'a str>,
    path: &'a str,
    message: &'a str,
    raw: serde_json::Value,
}

impl Sink {
    fn item(&mut self, item: &impl Serialize) -> Result<(), BoxError> {
        serde_json::to_writer(&mut self.out, item)?;
        self.out.write_all(b"\n")?;
        self.items += 1;
        self.bar.inc(1);
        Ok(())
    }

    fn reject(&mut self, record: &RecordError) -> Result<(), BoxError> {
        let line = serde_json::to_string(&Rejected {
            operation: &record.operation,
            id: record.id.as_deref(),
            path: &record.path,
            message: &record.message,
            raw: record.raw_json(),
        })?;
        match &mut self.rejects {
            Some(file) => writeln!(file, "{line}")?,
            None => self
                .bar
                .suspend(|| eprintln!("export: rejected record (kept here): {line}")),
        }
        self.rejected += 1;
        Ok(())
    }

    fn flush(&mut self) -> Result<(), BoxError> {
        self.out.flush()?;
        if let Some(file) = &mut self.rejects {
            file.flush()?;
        }
        Ok(())
    }
}

/// Writes every page of a stream (items, then rejected records), moving
/// `checkpoint` past each page once it is written.
async fn export<'a, R>(
    paginator: Paginator<'a, R>,
    sink: &mut Sink,
    checkpoint: &mut Checkpoint,
) -> Result<(), BoxError>
where
    R: Paginate<'a>,
    R::Item: Serialize,
{
    let mut pages = paginator.resume(checkpoint.clone()).pages();
    while let Some(page) = pages.try_next().await? {
        for item in &page.items {
            sink.item(item)?;
        }
        for record in &page.rejected {
            sink.reject(record)?;
        }
        sink.flush()?;
        *checkpoint = page.checkpoint;
    }
    Ok(())
}
