//! How fast samsara-sync writes what Samsara sends, into SQLite and into
//! Postgres: pages of 512 work orders and 512 qualification records (the
//! fake server's realistic records), each page one transaction with its
//! checkpoint, as a sync commits them. The goal: 10 × the API's budget
//! (2,560 records/s per endpoint at 5 pages of 512 a second), so that the
//! database is never the bottleneck; and memory flat from 10,000 to
//! 100,000 records.
//!
//! `cargo bench -p samsara-sync --bench write` (Postgres when
//! `SAMSARA_SYNC_POSTGRES_URL` is set). Each size runs in a fresh process,
//! so each peak RSS is that run's own.

use std::time::Instant;

use samsara::Paginate;
use samsara_sync::db::{Database, PageWrite};
use samsara_sync::rows::Row;

const PAGE: usize = 512;
const BUDGET: f64 = 2560.0;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let (kind, records) = (&args[i + 1], args[i + 2].parse().unwrap());
        child(kind, records);
        return;
    }
    let mut kinds = vec!["sqlite"];
    if std::env::var("SAMSARA_SYNC_POSTGRES_URL").is_ok() {
        kinds.push("postgres");
    }
    println!("| database | records | records/s | × budget | peak RSS (MB) |");
    println!("| --- | --- | --- | --- | --- |");
    for kind in kinds {
        for records in [10_000usize, 100_000] {
            let out = std::process::Command::new(&args[0])
                .args(["--child", kind, &records.to_string()])
                .output()
                .unwrap();
            print!("{}", String::from_utf8_lossy(&out.stdout));
            eprint!("{}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

/// Writes `records` records into a fresh `kind` database; prints one row.
fn child(kind: &str, records: usize) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let url = match kind {
            "sqlite" => format!("sqlite:{}", dir.path().join("bench.db").display()),
            _ => fresh_postgres().await,
        };
        let db = Database::open(&url).await.unwrap();
        let (orders, quals) = samples().await;
        let started = Instant::now();
        let mut writing = std::time::Duration::ZERO;
        let mut written = 0usize;
        let mut page_no = 0usize;
        while written < records {
            let rows: Vec<Row> = (0..PAGE)
                .map(|i| {
                    let n = written + i;
                    if page_no.is_multiple_of(2) {
                        let mut order = orders[n % orders.len()].clone();
                        order.id = format!("{n}");
                        Row::work_order(&order).unwrap()
                    } else {
                        let mut record = quals[n % quals.len()].clone();
                        record.id = format!("q{n}");
                        Row::qualification_record(&record).unwrap()
                    }
                })
                .collect();
            let page = PageWrite {
                rows,
                ..PageWrite::default()
            };
            let write = Instant::now();
            db.write_page("bench", "stream", &page, &format!("after:{page_no}"))
                .await
                .unwrap();
            writing += write.elapsed();
            written += PAGE;
            page_no += 1;
        }
        let rate = written as f64 / started.elapsed().as_secs_f64();
        eprintln!(
            "{kind} {written}: {:.0} % of the time in the database's writes",
            100.0 * writing.as_secs_f64() / started.elapsed().as_secs_f64()
        );
        println!(
            "| {kind} | {written} | {rate:.0} | {:.1} | {:.1} |",
            rate / BUDGET,
            peak_rss_mb()
        );
    });
}

/// Realistic records to copy: the fake server's.
async fn samples() -> (
    Vec<samsara::types::WorkOrder>,
    Vec<samsara::types::QualificationRecord>,
) {
    use futures::TryStreamExt;
    let server = samsara_mock::MockServer::start(
        samsara_mock::MockConfig::default()
            .records(200)
            .rate_limits(false),
    )
    .await
    .unwrap();
    let client = server.client().unwrap();
    let since = chrono::DateTime::UNIX_EPOCH;
    let orders = client
        .stream_work_orders()
        .start_time(since)
        .paginate()
        .settle(std::time::Duration::ZERO)
        .items()
        .try_collect()
        .await
        .unwrap();
    let quals = client
        .get_qualification_records_stream()
        .entity_type(samsara::types::EntityType::Worker)
        .start_time(since)
        .paginate()
        .settle(std::time::Duration::ZERO)
        .items()
        .try_collect()
        .await
        .unwrap();
    (orders, quals)
}

async fn fresh_postgres() -> String {
    let base = std::env::var("SAMSARA_SYNC_POSTGRES_URL").unwrap();
    let name = format!("samsara_sync_bench_{}", std::process::id());
    let admin = sqlx::PgPool::connect(&base).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    let mut url = url::Url::parse(&base).unwrap();
    url.set_path(&name);
    url.to_string()
}

/// This process's peak resident set (`VmHWM`), in MB.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
