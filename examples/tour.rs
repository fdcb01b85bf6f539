//! A tour of the crate's main job: write qualification records, then stream
//! both families (qualification records and maintenance work orders) as a
//! sync job would, and summarise what came back.
//!
//! ```sh
//! cargo run --example tour                 # the fake server as the spec documents it
//! cargo run --example tour -- --realistic  # the fake server as the live API behaves
//! ```
//!
//! With no environment it starts the fake Samsara server (`samsara-mock`)
//! in-process and runs against it: creates a driver's licence record with a
//! field of every kind, patches it, archives it, looks it up by its external
//! id, creates a work order for an asset given by VIN, waits for its writes to
//! settle (see `samsara::pagination`, "Late-visible changes"), streams
//! everything with progress bars and prints a summary with each stream's
//! final checkpoint (what a sync job would persist to continue from there
//! next time).
//!
//! `--realistic` starts that server with `MockConfig::realistic()`, the live
//! API's departures from the spec: `null` for empty lists, creates answered
//! `200` or `201` and archives `204`, `200 {}` or `200` with no body,
//! upper-case work-order enums, 429s without `Retry-After`, and about 1 in 40
//! records that do not match the spec. The tour handles them as a program
//! against the live API must: every 2xx is a success, and a record that does
//! not match the spec is kept (id, JSON path, raw JSON), listed and counted,
//! while the stream goes on after it.
//!
//! With `SAMSARA_API_KEY` set (and optionally `SAMSARA_BASE_URL`) it runs
//! against that account instead, read-only: no record or work order is
//! created or changed, and the streams cover the last 30 days (`--realistic`
//! then has nothing to select and is ignored).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use clap::Parser;
use futures::{StreamExt, TryStreamExt};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use samsara::prelude::*;
use samsara::types::{
    self, MediaItemInput, QualificationFieldInput, TableCellInput, TableRowInput,
};
use samsara_mock::{MockConfig, MockServer};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The record the tour writes is found again by this external id.
const TOUR_ID: (&str, &str) = ("hr", "TOUR0001");

/// A tour of the crate against the embedded fake Samsara server (or,
/// read-only, the account of `SAMSARA_API_KEY`).
#[derive(Debug, Parser)]
struct Args {
    /// Start the embedded fake server with the live API's behaviours
    /// (`MockConfig::realistic()`): odd records, `null` lists, other 2xx
    /// codes, upper-case enums, 429s without `Retry-After`.
    #[arg(long)]
    realistic: bool,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run(Args::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tour: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), BoxError> {
    let started = Instant::now();
    let (client, server, settle) = connect(args.realistic).await?;
    let since = match &server {
        Some(_) => "2024-01-01T00:00:00Z".parse::<DateTime<Utc>>()?,
        None => Utc::now() - TimeDelta::days(30),
    };

    let written = match &server {
        Some(_) => Some(write(&client).await?),
        None => {
            println!("read-only: a real account, so nothing is created or changed");
            None
        }
    };

    if written.is_some() {
        // Windows end a settle delay before Samsara's clock, which the client
        // knows from the `Date` header, to the second: once that much has
        // passed, the window that ends now holds the tour's own writes.
        let wait = settle + Duration::from_millis(1100);
        println!(
            "\nWaiting {:.1} s for the writes to settle: a stream ends the settle delay ({} s here, as late as this server shows a write; 30 s by default) before Samsara's clock, which the client knows to the second",
            wait.as_secs_f64(),
            settle.as_secs_f64()
        );
        tokio::time::sleep(wait).await;
    }

    println!("\nStreaming everything modified since {since}:");
    let until = Utc::now();
    let bars = MultiProgress::new();
    let mut odd = Vec::new();
    let mut records = Tally::default();
    for entity in [EntityType::Worker, EntityType::Asset] {
        let stream = client
            .get_qualification_records_stream()
            .entity_type(entity.clone())
            .start_time(since)
            .end_time(until)
            .include_deleted(true);
        let label = format!("{entity} qualification records");
        records.odd += drain(
            &bars,
            &label,
            stream,
            &mut odd,
            |r: &types::QualificationRecord| {
                records.add(&format!("{entity}/{}", r.record_status));
                records
                    .kinds
                    .extend(r.fields.iter().map(|f| f.type_.to_string()));
            },
        )
        .await?;
    }
    let mut orders = Tally::default();
    let stream = client
        .stream_work_orders()
        .start_time(since)
        .end_time(until);
    orders.odd += drain(
        &bars,
        "work orders",
        stream,
        &mut odd,
        |o: &types::WorkOrder| orders.add(o.status.as_str()),
    )
    .await?;

    if !odd.is_empty() {
        println!(
            "\nRecords that do not match the spec, kept (not dropped) with their raw JSON; the streams went on after each:"
        );
        for record in &odd {
            println!(
                "  {} {} at `{}`: {} ({} bytes of JSON: {})",
                record.operation,
                record.id.as_deref().unwrap_or("(no readable id)"),
                record.path,
                record.message,
                record.raw.len(),
                excerpt(&record.raw, 60)
            );
        }
    }

    println!("\nSummary");
    println!("  qualification records: {}", records.describe());
    if !records.kinds.is_empty() {
        println!(
            "  field kinds seen: {}",
            records.kinds.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    println!("  work orders: {}", orders.describe());
    println!(
        "  odd records, kept: {} ({} qualification records, {} work orders)",
        odd.len(),
        records.odd,
        orders.odd
    );
    if let Some((id, status)) = written {
        println!(
            "  the tour's record {id}: {status}, found again by {}:{}",
            TOUR_ID.0, TOUR_ID.1
        );
    }
    if let Some(server) = &server {
        let stats = server.stats();
        println!(
            "  requests to the fake server: {} ({} rate-limited, {} faulted)",
            stats.requests, stats.rate_limited, stats.faults
        );
    }
    println!("  took {:.1} s", started.elapsed().as_secs_f64());
    if let Some(server) = server {
        server.shutdown().await?;
    }
    Ok(())
}

/// A client from the environment, or the embedded fake server (realistic
/// profile or not) and a client for it; and the client's settle delay.
async fn connect(realistic: bool) -> Result<(Client, Option<MockServer>, Duration), BoxError> {
    if std::env::var_os(samsara::client::API_KEY_ENV).is_some() {
        let client = Client::from_env()?;
        println!("Samsara account at {}", client.base_url());
        if realistic {
            println!("(--realistic selects the fake server's profile: ignored for a real account)");
        }
        return Ok((client, None, samsara::pagination::DEFAULT_SETTLE));
    }
    let (config, profile) = if realistic {
        (
            MockConfig::realistic(),
            "realistic profile: the live API's departures from the spec",
        )
    } else {
        (MockConfig::default(), "documented profile")
    };
    // The settle delay a stream needs is as long as a change may take to
    // become visible: this server's longest delay, not the default 30 s.
    let settle = config.visibility_delay.max;
    let server = MockServer::start(config.records(300)).await?;
    println!(
        "No {} set: the fake Samsara server runs in-process at {} (300 records, seed 1, {profile})",
        samsara::client::API_KEY_ENV,
        server.url()
    );
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .settle(settle)
        .build()?;
    Ok((client, Some(server), settle))
}

/// Creates, patches, archives and finds again a driver's licence record, and
/// creates a work order. Returns the record's id and final status.
async fn write(client: &Client) -> Result<(String, String), BoxError> {
    let types: Vec<types::QualificationType> = client
        .get_qualification_types()
        .entity_type(EntityType::Worker)
        .items()
        .try_collect()
        .await?;
    println!(
        "\nWorker qualification types: {}",
        types
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let cdl = types
        .iter()
        .find(|t| t.name == "Commercial Driver's License")
        .ok_or("no \"Commercial Driver's License\" type")?;
    let field = |label: &str| {
        cdl.fields
            .iter()
            .find(|f| f.label == label)
            .ok_or_else(|| format!("no field {label:?}"))
    };
    let option = |label: &str, n: usize| -> Result<String, String> {
        let f = field(label)?;
        let options = f.options.as_deref().unwrap_or_default();
        Ok(options
            .get(n)
            .ok_or_else(|| format!("{label:?} has no option {n}"))?
            .id
            .clone())
    };
    let violations = field("Violations")?;
    let column = |label: &str| -> Result<&types::TableColumnDefinition, String> {
        violations
            .columns
            .iter()
            .flatten()
            .find(|c| c.label == label)
            .ok_or_else(|| format!("no column {label:?}"))
    };
    let severity = column("Severity")?;
    let serious = severity.options.as_deref().unwrap_or_default();
    let serious = serious.get(1).ok_or("no severity option")?.id.clone();

    let fields = vec![
        QualificationFieldInput::text(field("License Number")?.id.clone(), "D4455667"),
        QualificationFieldInput::multiple_choice(
            field("License Class")?.id.clone(),
            option("License Class", 0)?,
        ),
        QualificationFieldInput::check_boxes(
            field("Endorsements")?.id.clone(),
            [option("Endorsements", 0)?, option("Endorsements", 3)?],
        ),
        QualificationFieldInput::datetime(
            field("Medical Card Expiration")?.id.clone(),
            Utc::now() + TimeDelta::days(400),
        ),
        QualificationFieldInput::number(field("Years of Experience")?.id.clone(), 7.0),
        QualificationFieldInput::media(
            field("License Scan")?.id.clone(),
            vec![MediaItemInput::from_bytes(
                "application/pdf",
                b"%PDF-1.4 tour",
            )],
        ),
        QualificationFieldInput::signature(
            field("Driver Signature")?.id.clone(),
            MediaItemInput::from_bytes("image/png", b"\x89PNG tour"),
        ),
        QualificationFieldInput::table(
            violations.id.clone(),
            vec![TableRowInput::new(
                "r1",
                vec![
                    TableCellInput::datetime(
                        column("Date")?.id.clone(),
                        Utc::now() - TimeDelta::days(90),
                    ),
                    TableCellInput::number(column("Points")?.id.clone(), 2.0),
                    TableCellInput::text(column("Description")?.id.clone(), "Speeding 11-15 over"),
                    TableCellInput::multiple_choice(severity.id.clone(), serious),
                    TableCellInput::person(column("Reviewed By")?.id.clone(), "45646"),
                ],
            )],
        ),
    ];
    let external_ids = BTreeMap::from([(TOUR_ID.0.to_owned(), TOUR_ID.1.to_owned())]);
    let created = client
        .post_qualification_record()
        .body_map(|b| {
            b.issue_date(Utc::now() - TimeDelta::days(30))
                .expiration_date(Utc::now() + TimeDelta::days(4 * 365))
                .owner(types::QualificationOwnerInput::worker("payroll:P00001"))
                .qualification_type(types::QualificationTypeRefInput::id(cdl.id.clone()))
                .external_ids(external_ids)
                .fields(fields)
        })
        .send()
        .await?;
    println!(
        "Created record {} for worker {} with {} fields ({})",
        created.id,
        created.owner.id,
        created.fields.len(),
        created
            .fields
            .iter()
            .map(|f| f.type_.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );

    let years = field("Years of Experience")?.id.clone();
    let patched = client
        .patch_qualification_record()
        .body_map(|b| {
            b.id(created.id.clone())
                .fields(vec![QualificationFieldInput::number(years, 8.0)])
        })
        .send()
        .await?;
    let experience = patched
        .field_by_label("Years of Experience")
        .and_then(|f| f.number_value.as_ref())
        .map_or_else(|| "?".to_owned(), |v| v.value.to_string());
    println!(
        "Patched it: years of experience now {experience}, the other {} fields unchanged",
        patched.fields.len() - 1
    );

    client
        .archive_qualification_record()
        .body_map(|b| b.id(created.id.clone()))
        .send()
        .await?;
    // A write becomes visible some time after it is made (up to 2 s on the
    // realistic fake server): look again until the archive shows.
    let external_id = ExternalId::new(TOUR_ID.0, TOUR_ID.1)?;
    let deadline = Instant::now() + Duration::from_secs(10);
    let found = loop {
        match client
            .qualification_record_by_external_id(&external_id)
            .await?
        {
            Some(record) if record.record_status == RecordStatus::Archived => break record,
            found if Instant::now() >= deadline => {
                break found.ok_or("the archived record was not found by its external id")?;
            }
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    println!(
        "Archived it; looked up by {}:{} it is {} ({})",
        TOUR_ID.0, TOUR_ID.1, found.id, found.record_status
    );

    let order = client
        .post_work_orders()
        .body_map(|b| {
            b.asset_id("vin:1HGCM82633A004352")
                .description("Brakes squeal at low speed".to_owned())
                .priority(types::WorkOrderPriority::High)
        })
        .send()
        .await?;
    println!(
        "Created work order {} for asset {} ({}, {})",
        order.id,
        order.asset_id,
        order.status,
        order.description.as_deref().unwrap_or_default()
    );
    Ok((found.id, found.record_status.to_string()))
}

/// Consumes the items of a request with a progress spinner, calling `each`
/// on each.
///
/// A record that does not match the spec arrives as `Err(Error::Record)` in
/// its place: it goes to `odd` and the stream goes on (any other error ends
/// the tour). Prints the count and the stream's final checkpoint; returns
/// how many odd records it kept.
async fn drain<B: Paginate>(
    bars: &MultiProgress,
    label: &str,
    request: B,
    odd: &mut Vec<RecordError>,
    mut each: impl FnMut(&B::Item),
) -> Result<usize, BoxError> {
    let mut stream = request.items();
    let bar = bars.add(ProgressBar::new_spinner().with_message(label.to_owned()));
    bar.set_style(ProgressStyle::with_template(
        "  {spinner} {pos:>6} {msg} ({elapsed})",
    )?);
    bar.enable_steady_tick(Duration::from_millis(100));
    let mut kept = 0;
    while let Some(item) = stream.next().await {
        match item {
            Ok(item) => {
                each(&item);
                bar.inc(1);
            }
            Err(samsara::Error::Record(record)) => {
                kept += 1;
                odd.push(*record);
            }
            Err(e) => return Err(e.into()),
        }
    }
    bar.finish_and_clear();
    // The stream ended, so its last page was consumed: the checkpoint is set.
    let checkpoint = stream.checkpoint().cloned().unwrap_or_default();
    bars.suspend(|| {
        println!(
            "  {label}: {} read, {kept} odd (kept); checkpoint {checkpoint}",
            bar.position()
        )
    });
    Ok(kept)
}

/// The first `n` characters of `raw`, with `…` when cut.
fn excerpt(raw: &str, n: usize) -> String {
    match raw.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", &raw[..at]),
        None => raw.to_owned(),
    }
}

/// Counts by a label, the field kinds seen, and the odd records.
#[derive(Default)]
struct Tally {
    counts: BTreeMap<String, u64>,
    kinds: std::collections::BTreeSet<String>,
    /// Records that did not match the spec (not in `counts`).
    odd: usize,
}

impl Tally {
    fn add(&mut self, key: &str) {
        *self.counts.entry(key.to_owned()).or_default() += 1;
    }

    /// `12 (Open 7, Closed 5)`, or `none`.
    fn describe(&self) -> String {
        let total: u64 = self.counts.values().sum();
        if total == 0 {
            return "none".to_owned();
        }
        let parts: Vec<String> = self
            .counts
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        format!("{total} ({})", parts.join(", "))
    }
}
