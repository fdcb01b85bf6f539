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
//! `--end-time` (exclusive) defaults to Samsara's clock less the settle
//! delay, `--settle` seconds (30 unless given): a change may become visible
//! some time after its `updatedAtTime`, so what changed in the last 30 s is
//! left to the next run (see `samsara::pagination`, "Late-visible changes").
//! Every stream of one run ends at the same time. With `SAMSARA_API_KEY` set (and
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
//! The summary ends with the checkpoint reached (`checkpoint: …through:<end>`):
//! a later run given `--resume <checkpoint>` exports what changed since
//! (a `through:T` checkpoint starts every stream at `T`; `--start-time` may
//! then be left out). If a run stops on an error, everything up to the
//! checkpoint it prints is written, and it prints the flags that continue
//! it: a cursor checkpoint (`…after:<cursor>`) continues the one stream it
//! names, in the window it belongs to (with `qualification-records` add
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
use samsara::checkpoint::Position;
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
    /// Items modified before this time (RFC 3339, exclusive); default
    /// Samsara's clock less --settle.
    #[arg(long)]
    end_time: Option<DateTime<Utc>>,
    /// Continue from a checkpoint printed by an earlier run: `…through:<time>`
    /// (start there; replaces --start-time) or `…after:<cursor>` (continue the
    /// interrupted stream it names; a bare `after:<cursor>` needs the
    /// interrupted run's --start-time and --end-time).
    #[arg(long)]
    resume: Option<Checkpoint>,
    /// How long after its `updatedAtTime` a change may become visible, in
    /// seconds: the streams end that long before Samsara's clock.
    #[arg(long, value_name = "SECONDS", default_value_t = samsara::pagination::DEFAULT_SETTLE.as_secs_f64())]
    settle: f64,
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
    /// The operation whose checkpoints continue this source.
    fn operation(self) -> &'static str {
        match self {
            Source::Records(_) => "get_qualification_records_stream",
            Source::WorkOrders => "stream_work_orders",
        }
    }

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
    // Where each stream starts: a time (`through:T` is the same as
    // `--start-time T`), or the cursor of an interrupted stream, which knows
    // its window when a stream made it (a bare `after:` one does not).
    let resume = args.resume.clone().unwrap_or_default();
    if let Some(operation) = resume.operation()
        && !sources.iter().any(|s| s.operation() == operation)
    {
        return Err(
            format!("--resume {resume} was made by {operation}, not by this export").into(),
        );
    }
    let start_time = match resume.position() {
        Position::Through(t) => Some(*t),
        Position::Beginning => Some(
            args.start_time
                .ok_or("--start-time is needed (or --resume with a checkpoint a run printed)")?,
        ),
        Position::After(_) if sources.len() > 1 => {
            return Err("an after:… checkpoint continues one stream: add --entity-type".into());
        }
        Position::After(_)
            if resume.operation().is_none()
                && (args.start_time.is_none() || args.end_time.is_none()) =>
        {
            return Err(format!(
                "--resume {resume} continues an interrupted run: repeat its --start-time and --end-time"
            )
            .into());
        }
        Position::After(_) => args.start_time,
        Position::Complete => {
            return Err(format!("--resume {resume} ends a list, not a stream").into());
        }
    };
    let resume = match (resume.position(), start_time) {
        (Position::After(_), _) => resume,
        (_, Some(t)) => Checkpoint::through(t),
        (_, None) => resume,
    };
    // The end of every stream of the run: given, or fixed by the first
    // stream (Samsara's clock less the settle delay when it starts). A later
    // stream may end up to a second earlier (Samsara's clock as the client
    // knows it, from the `Date` header, has whole seconds).
    let mut end = args.end_time;
    if let (Some(start), Some(end)) = (start_time, end)
        && end < start
    {
        return Err(format!("--end-time {end} is before the start {start}").into());
    }
    let settle = Duration::try_from_secs_f64(args.settle)
        .map_err(|e| format!("--settle {}: {e}", args.settle))?;
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
                let mut request = client
                    .get_qualification_records_stream()
                    .entity_type(match entity {
                        Entity::Worker => EntityType::Worker,
                        Entity::Asset => EntityType::Asset,
                    })
                    .include_deleted(args.include_deleted)
                    .include_external_ids(true);
                if let Some(start) = start_time {
                    request = request.start_time(start);
                }
                if let Some(end) = end {
                    request = request.end_time(end);
                }
                export(request, settle, &mut sink, checkpoint).await
            }
            Source::WorkOrders => {
                let mut request = client.stream_work_orders().include_external_ids(true);
                if let Some(start) = start_time {
                    request = request.start_time(start);
                }
                if let Some(end) = end {
                    request = request.end_time(end);
                }
                export(request, settle, &mut sink, checkpoint).await
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
                // A cursor a stream made knows its window; anything else
                // continues up to this run's end.
                let end = match (end, checkpoint.position(), checkpoint.operation()) {
                    (_, Position::After(_), Some(_)) | (None, _, _) => String::new(),
                    (Some(end), _, _) => format!(
                        " --end-time {}",
                        end.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
                    ),
                };
                eprintln!(
                    "export: to continue the {}: the same command with{entity}{end} --resume {checkpoint}",
                    source.label(),
                );
            }
            return Err(e);
        }
        // The window's end, for the streams after this one.
        end = reached[i].through_time().or(end);
    }
    sink.flush()?;
    bar.finish_and_clear();
    let target = args
        .out
        .as_ref()
        .map_or("stdout".to_owned(), |p| p.display().to_string());
    // Where the run ended: the earliest of its streams' ends.
    let earliest = reached.iter().map(Checkpoint::through_time).min().flatten();
    let window = match (start_time, earliest.or(end)) {
        (Some(start), Some(end)) => format!(" modified in [{start}, {end})"),
        _ => String::new(),
    };
    eprintln!(
        "exported {} items{window} to {target} in {:.1} s",
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
    // One stream: its own checkpoint. Several (each checkpoint names its
    // filters, which differ): the earliest end alone continues them all (a
    // change of the second before a later one's end may be exported again:
    // consumers upsert).
    let checkpoints: Vec<String> = match earliest {
        Some(end) if sources.len() > 1 => vec![Checkpoint::through(end).to_string()],
        _ => reached.iter().map(|c| c.to_string()).collect(),
    };
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
async fn export<B>(
    request: B,
    settle: Duration,
    sink: &mut Sink,
    checkpoint: &mut Checkpoint,
) -> Result<(), BoxError>
where
    B: Paginate,
    B::Item: Serialize,
{
    let mut pages = request
        .paginate()
        .settle(settle)
        .resume(checkpoint.clone())
        .pages();
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
