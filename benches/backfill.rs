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
//! - `all` (the default, what `cargo bench` runs): starts one fake server per
//!   size, runs `stream` with `--small` records and with `--records`, each in
//!   a fresh process of this binary, alternately, `--repeat` times (medians
//!   reported, with the server's CPU per record), then `paced`.
//!
//! ```text
//! cargo bench --bench backfill                                   # all, 10k vs 100k, 15 s paced
//! cargo bench --bench backfill -- --mode stream --records 20000  # one run
//! ```

use std::hint::black_box;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::{Parser, ValueEnum};
use futures::TryStreamExt;
use samsara::types::EntityType;
use samsara::{Client, Paginate, RateLimit};
use samsara_mock::{MockConfig, MockServer};
use serde_json::{Value, json};

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
    let child = |extra: &[String]| -> Value {
        let output = Command::new(&exe)
            .args(extra)
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
    let [small, large] = runs.map(medians);
    let ratio = |key: &str| large[key].as_f64().unwrap_or(0.0) / small[key].as_f64().unwrap_or(1.0);
    json!({
        "peak_rss_ratio_large_over_small": ratio("peak_rss_mb"),
        "peak_rss_with_mmap_threshold_pinned": pinned,
        "small": small,
        "large": large,
        "paced": paced,
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
async fn drain<'a, R: Paginate<'a>>(request: R, rss: &mut RssSamples) -> Tally {
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
