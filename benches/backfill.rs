//! Backfill benchmark: streaming a large fleet from the fake server on loopback.
//!
//! A backfill streams the three stream windows one after the other: worker
//! qualification records, asset qualification records, then work orders, in
//! pages of 512 with external ids (and deleted records) included. `--records
//! N` means N records in all: the fake server is seeded with N/2 qualification
//! records (3 in 5 workers) and N/2 work orders.
//!
//! Modes (each prints one JSON object on stdout, or writes it to `--json`):
//! - `stream`: rate limits off on both sides; records/s, CPU per record
//!   (user + system time of this process, from `getrusage`), peak resident
//!   memory (`VmHWM`) and resident memory every 10 pages. The fake server runs
//!   in another process, so its store of N records is not this process's
//!   memory: `--mock-url URL` of a running one, else a child process
//!   (`--mock-bin PATH`, else `$CARGO run --release -p samsara-mock`).
//! - `paced`: the client's default pacing against the fake server with its
//!   documented 5 requests/s per endpoint enforced, streaming the worker
//!   window over and over for `--seconds`; achieved requests/s over the
//!   allowed 5/s, and the server's count of 429s. The server runs in-process
//!   here: only request timing and its statistics matter.
//! - `wire`: bytes on the wire per record, compressed and not. One 512-record
//!   page of each family (the decode benchmark's pages) fetched from an
//!   in-process fake server with `Accept-Encoding: identity`, `gzip`, `br`,
//!   `zstd` and `deflate` by a client that decompresses nothing: the body as
//!   sent / records, the ratio to the plain body, and the client's time to
//!   decompress it; and which coding the server picks from what the client
//!   asks for.
//! - `link`: a backfill through a bandwidth-limited loopback link, a TCP proxy
//!   between client and fake server that carries `--link-mbit` Mbit/s each way
//!   (default 50). The worker window of a fake server seeded with
//!   `--link-records` (15,360 worker records, 30 full pages) is streamed plain
//!   (`compression(false)`), gzip (what Samsara serves) and zstd (what the
//!   client negotiates with the fake server), first with rate limits off (the
//!   link is the limit), then with the client's default pacing against the
//!   enforced 5 requests/s: records/s against the budget, 5 pages/s × 512 =
//!   2,560 records/s.
//! - `compression`: `wire`, then `link`.
//! - `all` (the default, what `cargo bench` runs): starts one fake server per
//!   size, runs `stream` with `--small` records and with `--records`, each in
//!   a fresh process of this binary, alternately, `--repeat` times (medians
//!   reported, with the server's CPU per record), then `paced`, then
//!   `compression`.
//!
//! The client negotiates compression by default (zstd with the fake server,
//! gzip with Samsara), so `stream` and `paced` run compressed; `--plain`
//! runs them (and `all`'s) with plain bodies, as before issue 13.
//!
//! ```text
//! cargo bench --bench backfill                                   # all, 10k vs 100k, 15 s paced
//! cargo bench --bench backfill -- --mode stream --records 20000  # one run
//! cargo bench --bench backfill -- --mode link --link-mbit 20     # a slower link
//! ```

use std::hint::black_box;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::{Parser, ValueEnum};
use futures::TryStreamExt;
use samsara::types::EntityType;
use samsara::{Client, Paginate, RateLimit};
use samsara_mock::{Compression, MockConfig, MockServer};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "bench-token";
/// The window every seeded item falls into (the mock seeds 2024-01-01..2025-10-01).
const START: &str = "2024-01-01T00:00:00Z";
const END: &str = "2026-01-01T00:00:00Z";
const PAGE: u32 = 512;
/// The documented budget of each read endpoint, requests per second.
const ALLOWED_PER_SECOND: f64 = 5.0;

#[derive(Debug, Parser)]
#[command(about = "Backfill benchmark against samsara-mock on loopback")]
struct Args {
    #[arg(long, value_enum, default_value_t = Mode::All)]
    mode: Mode,
    /// Records streamed in `stream` mode (the larger run in `all` mode).
    #[arg(long, default_value_t = 100_000)]
    records: usize,
    /// The smaller run of `all` mode, for the memory comparison.
    #[arg(long, default_value_t = 10_000)]
    small: usize,
    /// How long `paced` mode streams.
    #[arg(long, default_value_t = 15)]
    seconds: u64,
    /// Seed of the fake server's data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many times `all` mode runs each size.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Stream from this running fake server (seeded with `--records / 2`).
    #[arg(long)]
    mock_url: Option<String>,
    /// The samsara-mock binary (default: `$CARGO run --release -p samsara-mock`).
    #[arg(long, env = "SAMSARA_MOCK_BIN")]
    mock_bin: Option<PathBuf>,
    /// `stream` and `paced` ask for plain bodies (`compression(false)`), as
    /// the client did before it negotiated compression; `all` passes it on.
    #[arg(long)]
    plain: bool,
    /// The link's rate in `link` mode, Mbit/s (10⁶ bits) each way.
    #[arg(long, default_value_t = 50.0)]
    link_mbit: f64,
    /// Records seeded in `link` mode. 3 in 5 are workers', the window
    /// streamed: 15,360 by default, 30 full pages.
    #[arg(long, default_value_t = 25_600)]
    link_records: usize,
    /// Write the result here instead of stdout.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
    /// Benchmark name filters passed by `cargo bench -- FILTER`: runs only
    /// when one of them is part of "backfill".
    #[arg(hide = true)]
    filters: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Mode {
    All,
    Stream,
    Paced,
    Wire,
    Link,
    Compression,
}

fn main() {
    let args = Args::parse();
    if !args.filters.is_empty() && !args.filters.iter().any(|f| "backfill".contains(f.as_str())) {
        return;
    }
    let result = match args.mode {
        Mode::All => all(&args),
        Mode::Stream => runtime().block_on(stream(&args)),
        Mode::Paced => runtime().block_on(paced(&args)),
        Mode::Wire => runtime().block_on(wire(&args)),
        Mode::Link => runtime().block_on(link(&args)),
        Mode::Compression => runtime()
            .block_on(async { json!({ "wire": wire(&args).await, "link": link(&args).await }) }),
    };
    let text = serde_json::to_string_pretty(&result).expect("JSON");
    match &args.json {
        Some(path) => std::fs::write(path, text + "\n")
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display())),
        None => println!("{text}"),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// `stream` at two sizes, each run in its own process, then `paced`.
fn all(args: &Args) -> Value {
    let exe = std::env::current_exe().expect("the benchmark's own path");
    let plain: &[&str] = if args.plain { &["--plain"] } else { &[] };
    let child = |extra: &[String]| -> Value {
        let output = Command::new(&exe)
            .args(extra)
            .args(plain)
            .args(["--seed", &args.seed.to_string()])
            .stderr(Stdio::inherit())
            .output()
            .expect("run the benchmark");
        assert!(output.status.success(), "backfill {extra:?} failed");
        serde_json::from_slice(&output.stdout).expect("the run's JSON")
    };
    let sizes = [args.small, args.records];
    let mocks: Vec<MockProcess> = sizes
        .iter()
        .map(|n| MockProcess::spawn(args.mock_bin.as_deref(), n / 2, args.seed))
        .collect();
    let mut runs: [Vec<Value>; 2] = [Vec::new(), Vec::new()];
    for _ in 0..args.repeat.max(1) {
        for (i, (records, mock)) in sizes.iter().zip(&mocks).enumerate() {
            let before = mock.cpu_time();
            let mut run = child(&[
                "--mode".into(),
                "stream".into(),
                "--records".into(),
                records.to_string(),
                "--mock-url".into(),
                mock.url.clone(),
            ]);
            with_server_cpu(&mut run, mock.cpu_time() - before);
            runs[i].push(run);
        }
    }
    // Diagnosis of any growth between the sizes: the same runs once more
    // with glibc's dynamic mmap threshold pinned at its 128 KiB start, so
    // freed page buffers go back to the system instead of staying in the heap.
    let pinned: Vec<Value> = sizes
        .iter()
        .zip(&mocks)
        .map(|(records, mock)| {
            let output = Command::new(&exe)
                .args(["--mode", "stream", "--records", &records.to_string()])
                .args(["--mock-url", &mock.url, "--seed", &args.seed.to_string()])
                .args(plain)
                .env("MALLOC_MMAP_THRESHOLD_", "131072")
                .stderr(Stdio::inherit())
                .output()
                .expect("run the benchmark");
            assert!(
                output.status.success(),
                "backfill with a pinned mmap threshold failed"
            );
            let run: Value = serde_json::from_slice(&output.stdout).expect("the run's JSON");
            json!({ "records": run["records"], "peak_rss_mb": run["peak_rss_mb"] })
        })
        .collect();
    drop(mocks);
    let paced = child(&[
        "--mode".into(),
        "paced".into(),
        "--seconds".into(),
        args.seconds.to_string(),
    ]);
    let compression = child(&[
        "--mode".into(),
        "compression".into(),
        "--link-mbit".into(),
        args.link_mbit.to_string(),
        "--link-records".into(),
        args.link_records.to_string(),
    ]);
    let [small, large] = runs.map(medians);
    let ratio = |key: &str| large[key].as_f64().unwrap_or(0.0) / small[key].as_f64().unwrap_or(1.0);
    json!({
        "peak_rss_ratio_large_over_small": ratio("peak_rss_mb"),
        "peak_rss_with_mmap_threshold_pinned": pinned,
        "small": small,
        "large": large,
        "paced": paced,
        "compression": compression,
    })
}

/// Adds the fake server's CPU time during a run to the run's figures.
fn with_server_cpu(run: &mut Value, cpu: Duration) {
    let records = run["records"].as_f64().unwrap_or(0.0).max(1.0);
    if let Some(fields) = run.as_object_mut() {
        fields.insert("server_cpu_s".into(), json!(cpu.as_secs_f64()));
        fields.insert(
            "server_cpu_us_per_record".into(),
            json!(cpu.as_secs_f64() * 1e6 / records),
        );
    }
}

/// The median of each headline figure over `runs` (and of each family's),
/// with the runs.
fn medians(runs: Vec<Value>) -> Value {
    let median = |values: Vec<&Value>, key: &str| -> Value {
        let mut v: Vec<f64> = values.iter().filter_map(|r| r[key].as_f64()).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).map_or(Value::Null, |m| json!(m))
    };
    let mut out = serde_json::Map::new();
    for key in [
        "records_per_s",
        "cpu_us_per_record",
        "server_cpu_us_per_record",
        "peak_rss_mb",
        "rss_mb_before_streaming",
        "wall_s",
    ] {
        out.insert(key.into(), median(runs.iter().collect(), key));
    }
    out.insert(
        "records".into(),
        runs.first().map_or(Value::Null, |r| r["records"].clone()),
    );
    let mut families = serde_json::Map::new();
    for family in [
        "qualification_records_worker",
        "qualification_records_asset",
        "work_orders",
    ] {
        let of: Vec<&Value> = runs.iter().map(|r| &r["families"][family]).collect();
        families.insert(
            family.into(),
            json!({
                "records": of.first().map_or(Value::Null, |f| f["records"].clone()),
                "records_per_s": median(of.clone(), "records_per_s"),
                "cpu_us_per_record": median(of, "cpu_us_per_record"),
            }),
        );
    }
    out.insert("families".into(), Value::Object(families));
    out.insert("runs".into(), Value::Array(runs));
    Value::Object(out)
}

fn window() -> (DateTime<Utc>, DateTime<Utc>) {
    (START.parse().expect("START"), END.parse().expect("END"))
}

/// What streaming one family took.
#[derive(Default)]
struct Tally {
    records: u64,
    pages: u64,
    wall: Duration,
    cpu: Duration,
}

impl Tally {
    fn to_json(&self) -> Value {
        json!({
            "records": self.records,
            "pages": self.pages,
            "wall_s": self.wall.as_secs_f64(),
            "cpu_s": self.cpu.as_secs_f64(),
            "records_per_s": self.records as f64 / self.wall.as_secs_f64(),
            "cpu_us_per_record": self.cpu.as_secs_f64() * 1e6 / self.records.max(1) as f64,
        })
    }
}

/// Resident memory while streaming: `(records so far, VmRSS MB)` every 10 pages.
#[derive(Default)]
struct RssSamples {
    records: u64,
    pages: u64,
    samples: Vec<(u64, f64)>,
}

impl RssSamples {
    fn page(&mut self, records: usize) {
        self.records += records as u64;
        self.pages += 1;
        if self.pages.is_multiple_of(10) {
            self.samples
                .push((self.records, status_kb("VmRSS:") as f64 / 1024.0));
        }
    }
}

/// Streams every item of one paginated request, touching each one, and
/// counts pages, records, wall and CPU time.
async fn drain<B: Paginate>(request: B, rss: &mut RssSamples) -> Tally {
    let (wall0, cpu0) = (Instant::now(), cpu_time());
    let mut tally = Tally::default();
    let mut pages = request.pages();
    while let Some(page) = pages.try_next().await.expect("a page") {
        tally.pages += 1;
        tally.records += page.items.len() as u64;
        let count = page.items.len();
        for item in page.items {
            black_box(item);
        }
        rss.page(count);
    }
    tally.wall = wall0.elapsed();
    tally.cpu = cpu_time() - cpu0;
    tally
}

/// Rate limits off: the three windows, one after the other.
async fn stream(args: &Args) -> Value {
    let spawned = match &args.mock_url {
        Some(_) => None,
        None => Some(MockProcess::spawn(
            args.mock_bin.as_deref(),
            args.records / 2,
            args.seed,
        )),
    };
    let url = args
        .mock_url
        .clone()
        .or_else(|| spawned.as_ref().map(|mock| mock.url.clone()))
        .expect("a server URL");
    let server_cpu0 = spawned.as_ref().map(MockProcess::cpu_time);
    let client = Client::builder()
        .token(TOKEN)
        .base_url(url)
        .rate_limit(RateLimit::Off)
        .compression(!args.plain)
        .build()
        .expect("a client");
    let (start, end) = window();
    let records = |entity: EntityType| {
        client
            .get_qualification_records_stream()
            .entity_type(entity)
            .start_time(start)
            .end_time(end)
            .include_deleted(true)
            .include_external_ids(true)
            .limit(PAGE)
    };
    // What the process holds before the first request: code, runtime, client.
    let rss_before_kb = status_kb("VmRSS:");
    let mut rss = RssSamples::default();
    let (wall0, cpu0) = (Instant::now(), cpu_time());
    let workers = drain(records(EntityType::Worker), &mut rss).await;
    let assets = drain(records(EntityType::Asset), &mut rss).await;
    let orders = drain(
        client
            .stream_work_orders()
            .start_time(start)
            .end_time(end)
            .include_external_ids(true)
            .limit(PAGE),
        &mut rss,
    )
    .await;
    let total = Tally {
        records: workers.records + assets.records + orders.records,
        pages: workers.pages + assets.pages + orders.pages,
        wall: wall0.elapsed(),
        cpu: cpu_time() - cpu0,
    };
    let mut result = total.to_json();
    let peak_kb = status_kb("VmHWM:");
    let fields = result.as_object_mut().expect("an object");
    fields.insert("requested_records".into(), json!(args.records));
    fields.insert("peak_rss_mb".into(), json!(peak_kb as f64 / 1024.0));
    fields.insert(
        "ru_maxrss_mb".into(),
        json!(rusage().ru_maxrss as f64 / 1024.0),
    );
    fields.insert(
        "rss_mb_before_streaming".into(),
        json!(rss_before_kb as f64 / 1024.0),
    );
    fields.insert("rss_mb_every_10_pages".into(), json!(rss.samples));
    fields.insert(
        "families".into(),
        json!({
            "qualification_records_worker": workers.to_json(),
            "qualification_records_asset": assets.to_json(),
            "work_orders": orders.to_json(),
        }),
    );
    if let (Some(mock), Some(before)) = (&spawned, server_cpu0) {
        with_server_cpu(&mut result, mock.cpu_time() - before);
    }
    eprintln!(
        "backfill {} records: {:.0} records/s, {:.1} µs CPU/record, peak RSS {:.1} MB",
        total.records,
        total.records as f64 / total.wall.as_secs_f64(),
        total.cpu.as_secs_f64() * 1e6 / total.records.max(1) as f64,
        peak_kb as f64 / 1024.0
    );
    drop(spawned);
    result
}

/// Default pacing against the documented limits, for `--seconds`.
async fn paced(args: &Args) -> Value {
    // 3000 worker records: 6 pages a window; the window restarts until time is up.
    let server = MockServer::start(
        MockConfig::default()
            .token(TOKEN)
            .records(5000)
            .seed(args.seed)
            .rate_limits(true),
    )
    .await
    .expect("the fake server starts");
    let client = Client::builder()
        .token(TOKEN)
        .base_url(server.url())
        .compression(!args.plain)
        .build()
        .expect("a client with the default pacing");
    let (start, end) = window();
    let budget = Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut arrivals: Vec<Instant> = Vec::new();
    let mut records = 0u64;
    'run: loop {
        let mut pages = client
            .get_qualification_records_stream()
            .entity_type(EntityType::Worker)
            .start_time(start)
            .end_time(end)
            .include_external_ids(true)
            .limit(PAGE)
            .pages();
        while let Some(page) = pages.try_next().await.expect("a page") {
            arrivals.push(Instant::now());
            records += page.items.len() as u64;
            if started.elapsed() >= budget {
                break 'run;
            }
        }
    }
    let elapsed = started.elapsed();
    let stats = server.stats();
    let _ = server.shutdown().await;
    // Steady state: requests are spaced evenly, so pages arrive at the same
    // pace; n pages span n - 1 intervals.
    let span = arrivals
        .last()
        .zip(arrivals.first())
        .map(|(last, first)| *last - *first)
        .unwrap_or_default();
    let per_second = (arrivals.len().saturating_sub(1)) as f64 / span.as_secs_f64();
    let utilisation = per_second / ALLOWED_PER_SECOND;
    eprintln!(
        "paced: {} pages in {:.1} s, {per_second:.3} requests/s = {utilisation:.3} of 5/s, {} 429s",
        arrivals.len(),
        elapsed.as_secs_f64(),
        stats.rate_limited
    );
    json!({
        "seconds": elapsed.as_secs_f64(),
        "pages": arrivals.len(),
        "records": records,
        "server_requests": stats.requests,
        "server_requests_per_s": stats.requests as f64 / elapsed.as_secs_f64(),
        "requests_per_s": per_second,
        "allowed_per_s": ALLOWED_PER_SECOND,
        "utilisation": utilisation,
        "rate_limited_429s": stats.rate_limited,
    })
}

/// The content codings measured, as `Accept-Encoding` and `Content-Encoding`
/// name them (`identity`: none).
const CODINGS: [&str; 5] = ["identity", "gzip", "br", "zstd", "deflate"];

/// What the client sends as `Accept-Encoding`.
const CLIENT_ACCEPTS: &str = "zstd, gzip, br";

/// The first 512-record page of each family, as the decode benchmark fetches
/// it (deleted records and external ids included).
fn wire_pages() -> [(&'static str, String); 2] {
    let window = format!("startTime={START}&endTime={END}&limit={PAGE}");
    [
        (
            "qualification_records",
            format!(
                "/qualification-records/stream?entityType=worker&includeDeleted=true&includeExternalIds=true&{window}"
            ),
        ),
        (
            "work_orders",
            format!("/maintenance/work-orders/stream?includeExternalIds=true&{window}"),
        ),
    ]
}

/// A reqwest client that decompresses nothing: bodies as sent.
fn raw_http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .no_deflate()
        .build()
        .expect("a raw HTTP client")
}

/// GET `url` asking for `accept`: the `Content-Encoding` (`identity` for
/// none) and the body as sent.
async fn fetch_raw(http: &reqwest::Client, url: &str, accept: &str) -> (String, Vec<u8>) {
    let response = http
        .get(url)
        .bearer_auth(TOKEN)
        .header("accept-encoding", accept)
        .send()
        .await
        .expect("the page");
    assert!(response.status().is_success(), "{}", response.status());
    let coding = response
        .headers()
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("identity")
        .to_owned();
    (coding, response.bytes().await.expect("its body").to_vec())
}

/// `body` decompressed from `coding`.
fn inflate(coding: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let read = match coding {
        "identity" => {
            out.extend_from_slice(body);
            Ok(body.len())
        }
        "gzip" => flate2::read::GzDecoder::new(body).read_to_end(&mut out),
        // HTTP's `deflate` is the zlib format (RFC 9110).
        "deflate" => flate2::read::ZlibDecoder::new(body).read_to_end(&mut out),
        "br" => brotli::Decompressor::new(body, 64 << 10).read_to_end(&mut out),
        "zstd" => zstd::stream::read::Decoder::new(body).and_then(|mut d| d.read_to_end(&mut out)),
        other => panic!("no decoder for {other}"),
    };
    read.unwrap_or_else(|e| panic!("{coding} does not decompress: {e}"));
    out
}

/// Bytes per record of one page of each family in each coding.
async fn wire(args: &Args) -> Value {
    let server = MockServer::start(
        MockConfig::default()
            .token(TOKEN)
            .records(5000)
            .seed(args.seed)
            .rate_limits(false),
    )
    .await
    .expect("the fake server starts");
    let http = raw_http();
    let mut families = serde_json::Map::new();
    for (family, path) in wire_pages() {
        let url = format!("{}{path}", server.url());
        let (_, plain) = fetch_raw(&http, &url, "identity").await;
        let page: Value = serde_json::from_slice(&plain).expect("a JSON page");
        let records = page["data"].as_array().map_or(0, Vec::len);
        assert_eq!(records, PAGE as usize, "{family}: a full page");
        let mut codings = serde_json::Map::new();
        for coding in CODINGS {
            let (sent, body) = fetch_raw(&http, &url, coding).await;
            assert_eq!(sent, coding, "{family}: the server answers what was asked");
            let inflated = inflate(coding, &body);
            let same: Value = serde_json::from_slice(&inflated).expect("JSON");
            assert_eq!(
                same["data"], page["data"],
                "{family} {coding}: the same page"
            );
            // The client's cost: median of 21 decompressions of this body.
            let mut times: Vec<Duration> = (0..21)
                .map(|_| {
                    let started = Instant::now();
                    black_box(inflate(coding, black_box(&body)));
                    started.elapsed()
                })
                .collect();
            times.sort();
            let decompress = times[times.len() / 2];
            codings.insert(
                coding.into(),
                json!({
                    "bytes": body.len(),
                    "bytes_per_record": body.len() as f64 / records as f64,
                    "ratio_to_identity": plain.len() as f64 / body.len() as f64,
                    "decompress_ms": decompress.as_secs_f64() * 1e3,
                    "decompress_us_per_record": decompress.as_secs_f64() * 1e6 / records as f64,
                }),
            );
        }
        let (negotiated, _) = fetch_raw(&http, &url, CLIENT_ACCEPTS).await;
        eprintln!(
            "wire {family}: {}",
            CODINGS
                .iter()
                .map(|c| format!(
                    "{c} {:.0} B/record",
                    codings[*c]["bytes_per_record"].as_f64().unwrap_or(0.0)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        families.insert(
            family.into(),
            json!({ "records": records, "codings": codings, "negotiated": negotiated }),
        );
    }
    let _ = server.shutdown().await;
    json!({ "client_accepts": CLIENT_ACCEPTS, "families": families })
}

/// A loopback TCP proxy whose link carries a fixed rate each way, shared by
/// all its connections. Stops when dropped.
struct Link {
    addr: SocketAddr,
    down: Arc<Pacer>,
    up: Arc<Pacer>,
    task: tokio::task::JoinHandle<()>,
}

impl Link {
    async fn start(upstream: SocketAddr, bytes_per_s: f64) -> Link {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let addr = listener.local_addr().expect("its address");
        let (down, up) = (Pacer::new(bytes_per_s), Pacer::new(bytes_per_s));
        let (d, u) = (down.clone(), up.clone());
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (down, up) = (d.clone(), u.clone());
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(upstream).await else {
                        return;
                    };
                    let _ = (client.set_nodelay(true), server.set_nodelay(true));
                    let (from_client, to_client) = client.into_split();
                    let (from_server, to_server) = server.into_split();
                    tokio::join!(
                        pump(from_client, to_server, &up),
                        pump(from_server, to_client, &down)
                    );
                });
            }
        });
        Link {
            addr,
            down,
            up,
            task,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Copies `from` to `to`, each chunk only once the link has carried it.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    link: &Pacer,
) {
    let mut buf = vec![0u8; 16 << 10];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        link.carry(n).await;
        if to.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
}

/// One direction of the link: a token bucket of `BURST` bytes refilled at
/// the link's rate. Chunks queue behind one another, each taking its length
/// / rate; the small bucket only lets the link catch up on timer lateness.
struct Pacer {
    bytes_per_s: f64,
    /// When the link has carried everything queued so far.
    free_at: Mutex<Instant>,
    carried: AtomicU64,
}

/// The bucket: 64 KiB (10 ms at 50 Mbit/s).
const BURST: f64 = 65_536.0;

impl Pacer {
    fn new(bytes_per_s: f64) -> Arc<Pacer> {
        Arc::new(Pacer {
            bytes_per_s,
            free_at: Mutex::new(Instant::now()),
            carried: AtomicU64::new(0),
        })
    }

    /// Waits until `n` more bytes have crossed the link.
    async fn carry(&self, n: usize) {
        let done = {
            let mut free_at = self.free_at.lock().expect("the pacer");
            let full_bucket = Instant::now() - Duration::from_secs_f64(BURST / self.bytes_per_s);
            let start = (*free_at).max(full_bucket);
            *free_at = start + Duration::from_secs_f64(n as f64 / self.bytes_per_s);
            *free_at
        };
        self.carried.fetch_add(n as u64, Ordering::Relaxed);
        tokio::time::sleep_until(done.into()).await;
    }

    fn carried(&self) -> u64 {
        self.carried.load(Ordering::Relaxed)
    }
}

/// The budget of one read endpoint in records: 5 pages/s × 512.
const BUDGET_RECORDS_PER_S: f64 = ALLOWED_PER_SECOND * PAGE as f64;

/// The worker window through the link, per coding, rate limits off then on.
async fn link(args: &Args) -> Value {
    let bytes_per_s = args.link_mbit * 1e6 / 8.0;
    let mut runs = serde_json::Map::new();
    for paced in [false, true] {
        let mut by_coding = serde_json::Map::new();
        for coding in ["identity", "gzip", "zstd"] {
            // gzip: a server that serves gzip alone (the client asks for
            // zstd, gzip and br); zstd: the fake server's default pick.
            let compression = match coding {
                "gzip" => Compression::Gzip,
                _ => Compression::Any,
            };
            let server = MockServer::start(
                MockConfig::default()
                    .token(TOKEN)
                    .records(args.link_records)
                    .seed(args.seed)
                    .rate_limits(paced)
                    .compression(compression),
            )
            .await
            .expect("the fake server starts");
            let link = Link::start(server.addr(), bytes_per_s).await;
            let builder = Client::builder().token(TOKEN).base_url(link.url());
            let builder = if paced {
                builder
            } else {
                builder.rate_limit(RateLimit::Off)
            };
            let client = if coding == "identity" {
                builder.compression(false)
            } else {
                builder
            }
            .build()
            .expect("a client");
            let before = server.stats().rate_limited;
            let run = through_link(&client, &link).await;
            let rate_limited = server.stats().rate_limited - before;
            eprintln!(
                "link {} Mbit/s, {}, {coding}: {:.0} records/s ({:.2} of the budget), link {:.0} % busy, {rate_limited} 429s",
                args.link_mbit,
                if paced { "paced" } else { "rate limits off" },
                run["records_per_s"].as_f64().unwrap_or(0.0),
                run["records_per_s"].as_f64().unwrap_or(0.0) / BUDGET_RECORDS_PER_S,
                run["link_busy"].as_f64().unwrap_or(0.0) * 100.0,
            );
            let mut run = run;
            if let Some(fields) = run.as_object_mut() {
                fields.insert("rate_limited_429s".into(), json!(rate_limited));
            }
            by_coding.insert(coding.into(), run);
            let _ = server.shutdown().await;
        }
        runs.insert(
            if paced { "paced" } else { "rate_limits_off" }.into(),
            Value::Object(by_coding),
        );
    }
    json!({
        "link_mbit": args.link_mbit,
        "budget_records_per_s": BUDGET_RECORDS_PER_S,
        "runs": runs,
    })
}

/// Streams the worker window through `link`: records/s in the steady state
/// (records after the first page / time from the first page to the last),
/// the bytes the link carried, and how busy it was.
async fn through_link(client: &Client, link: &Link) -> Value {
    let (start, end) = window();
    let (down0, up0) = (link.down.carried(), link.up.carried());
    let started = Instant::now();
    let mut pages = client
        .get_qualification_records_stream()
        .entity_type(EntityType::Worker)
        .start_time(start)
        .end_time(end)
        .include_deleted(true)
        .include_external_ids(true)
        .limit(PAGE)
        .pages();
    let (mut records, mut count, mut first) = (0u64, 0u64, None);
    let mut last = started;
    while let Some(page) = pages.try_next().await.expect("a page") {
        last = Instant::now();
        count += 1;
        records += page.items.len() as u64;
        first.get_or_insert((last, page.items.len() as u64));
    }
    let wall = started.elapsed();
    let (first_at, first_records) = first.unwrap_or((started, 0));
    let steady = (last - first_at).as_secs_f64();
    let down = link.down.carried() - down0;
    json!({
        "records": records,
        "pages": count,
        "wall_s": wall.as_secs_f64(),
        "records_per_s": (records - first_records) as f64 / steady,
        "link_bytes_down": down,
        "link_bytes_up": link.up.carried() - up0,
        "link_bytes_down_per_record": down as f64 / records.max(1) as f64,
        "link_busy": down as f64 / link.down.bytes_per_s / wall.as_secs_f64(),
    })
}

/// The fake server in a child process; killed when dropped.
struct MockProcess {
    child: Child,
    url: String,
}

impl MockProcess {
    fn spawn(bin: Option<&std::path::Path>, records: usize, seed: u64) -> MockProcess {
        let mut command = match bin {
            Some(bin) => Command::new(bin),
            None => {
                let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
                let mut command = Command::new(cargo);
                command.args(["run", "--release", "--quiet", "-p", "samsara-mock", "--"]);
                command
            }
        };
        command
            .args([
                "--addr",
                "127.0.0.1:0",
                "--token",
                TOKEN,
                "--no-rate-limits",
            ])
            .args([
                "--records",
                &records.to_string(),
                "--seed",
                &seed.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = command.spawn().expect("start samsara-mock");
        let stdout = child.stdout.take().expect("its stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read samsara-mock's first line");
        let Some(url) = line.trim().strip_prefix("listening on ") else {
            let _ = child.kill();
            panic!("samsara-mock did not start: {line:?}");
        };
        MockProcess {
            url: url.to_owned(),
            child,
        }
    }
}

impl MockProcess {
    /// User + system CPU time of the server process so far.
    fn cpu_time(&self) -> Duration {
        process_cpu_time(self.child.id())
    }
}

impl Drop for MockProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// User + system CPU time of this process (all threads).
fn cpu_time() -> Duration {
    let usage = rusage();
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

fn rusage() -> libc::rusage {
    // SAFETY: `getrusage` only writes the struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    }
}

/// A `kB` figure of `/proc/self/status` (`VmHWM:`, `VmRSS:`); 0 where there is none.
fn status_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// User + system CPU time of another process, from `/proc/PID/stat`.
fn process_cpu_time(pid: u32) -> Duration {
    // SAFETY: `sysconf` reads a constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name: state is 3rd overall, utime 14th, stime 15th.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    Duration::from_secs_f64((field(11) + field(12)) / ticks)
}
