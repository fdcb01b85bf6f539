//! `samsara-mock`: runs the fake Samsara server until Ctrl-C.
//!
//! ```text
//! cargo run -p samsara-mock -- --addr 127.0.0.1:8080 --token T [--records N] [--seed S] [--faults RATE] [--no-rate-limits] [--empty-page-every N] [--realistic] [--feed caught-up|always-more] [--compression any|gzip|off] [--visibility-delay-ms MS|MIN-MAX]
//! ```
//!
//! `--realistic` turns on every behaviour of the live API that the spec does
//! not document (`MockConfig::realistic()`): `null` for empty arrays, `200` /
//! `201` / `204` / `{}` success variants, upper-case enum spellings, 429s
//! without `Retry-After`, a few off-spec records, writes visible to reads
//! 0–2 s after their `updatedAtTime`, and webhook deliveries 0–2 s late,
//! one in five sent twice.
//!
//! Prints `listening on http://ADDR` on stdout once it accepts connections.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use samsara_mock::{Compression, FeedStyle, MockConfig, MockServer, VisibilityDelay};

/// A stateful fake of Samsara's qualification-record and work-order API.
#[derive(Debug, Parser)]
#[command(name = "samsara-mock", version, about)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The bearer token clients must send.
    #[arg(long, default_value = "test-token", env = "SAMSARA_MOCK_TOKEN")]
    token: String,
    /// How many qualification records, and how many work orders, to seed.
    #[arg(long, default_value_t = 100)]
    records: usize,
    /// Seed of the demo data and of the fault sequence.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of requests (0.0-1.0) that get an injected fault.
    #[arg(long, default_value_t = 0.0)]
    faults: f64,
    /// Turn the documented rate limits off.
    #[arg(long)]
    no_rate_limits: bool,
    /// Every N-th paginated request gets an empty page (0: never).
    #[arg(long, default_value_t = 0)]
    empty_page_every: usize,
    /// Behave like the live API where it departs from the spec: null empty
    /// arrays, 200/201/204/{} success variants, OPEN/HIGH spellings, 429
    /// without Retry-After, a few records missing a required member, writes
    /// visible to reads 0-2 s after their updatedAtTime, webhook deliveries
    /// 0-2 s late and one in five sent twice.
    #[arg(long)]
    realistic: bool,
    /// How streams without endTime answer: `caught-up` (Samsara's feed
    /// contract: hasNextPage false once caught up) or `always-more` (every
    /// page says hasNextPage true).
    #[arg(long, default_value = "caught-up", value_parser = ["caught-up", "always-more"])]
    feed: String,
    /// Content codings answers may come in, as the request accepts them:
    /// `any` (zstd, br, gzip, deflate; the default), `gzip` only (the
    /// default with --realistic), or `off` (plain).
    #[arg(long, value_parser = ["any", "gzip", "off"])]
    compression: Option<String>,
    /// How long after a write, in milliseconds, streams, lists and lookups
    /// see it: `MS` (fixed) or `MIN-MAX` (drawn per write from the seed);
    /// `0` turns it off. Default 0, `0-2000` with --realistic.
    #[arg(long, value_name = "MS|MIN-MAX", value_parser = parse_visibility_delay)]
    visibility_delay_ms: Option<VisibilityDelay>,
}

/// `300` → 300 ms fixed; `0-2000` → drawn from 0 to 2000 ms.
fn parse_visibility_delay(raw: &str) -> Result<VisibilityDelay, String> {
    let ms = |s: &str| {
        s.trim()
            .parse::<u64>()
            .map(Duration::from_millis)
            .map_err(|_| format!("expected milliseconds, e.g. 300 or 0-2000; got {raw:?}"))
    };
    let delay = match raw.split_once('-') {
        None => VisibilityDelay::fixed(ms(raw)?),
        Some((min, max)) => VisibilityDelay::from(ms(min)?..=ms(max)?),
    };
    if delay.min > delay.max {
        return Err(format!("MIN must not exceed MAX in {raw:?}"));
    }
    Ok(delay)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let base = if args.realistic {
        MockConfig::realistic()
    } else {
        MockConfig::default()
    };
    let feed = match args.feed.as_str() {
        "always-more" => FeedStyle::AlwaysMore,
        _ => FeedStyle::CaughtUp,
    };
    let compression = match args.compression.as_deref() {
        None => base.compression,
        Some("gzip") => Compression::Gzip,
        Some("off") => Compression::Off,
        Some(_) => Compression::Any,
    };
    let visibility_delay = args.visibility_delay_ms.unwrap_or(base.visibility_delay);
    let config = base
        .feed(feed)
        .visibility_delay(visibility_delay)
        .compression(compression)
        .token(args.token)
        .records(args.records)
        .seed(args.seed)
        .faults(args.faults)
        .rate_limits(!args.no_rate_limits)
        .empty_page_every(args.empty_page_every);
    let server = match MockServer::start_on(args.addr, config).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("samsara-mock: cannot start on {}: {e}", args.addr);
            return ExitCode::FAILURE;
        }
    };
    println!("listening on {}", server.url());
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("samsara-mock: cannot wait for Ctrl-C: {e}");
    }
    match server.shutdown().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samsara-mock: {e}");
            ExitCode::FAILURE
        }
    }
}
