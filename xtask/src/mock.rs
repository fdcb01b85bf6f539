//! The fake server (`samsara-mock`), started in-process for `drift --mock`
//! and `record --mock` (cargo feature `mock`).

use crate::Fatal;
use chrono::{DateTime, TimeZone, Utc};

/// Where the stream windows start against the fake server: before all of
/// its seeded data (2024-01-01 to 2025-10-01).
pub fn since() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::UNIX_EPOCH)
}

/// The fake server's configuration for `--mock` (`realistic: false`: the
/// default, every response as the spec documents it) or `--mock
/// --realistic` ([`samsara_mock::MockConfig::realistic`]: what the live API
/// is seen to send and the spec does not say). Both seed 100 records and
/// 100 work orders from seed 1, with rate limits on and no faults.
pub fn config(realistic: bool) -> samsara_mock::MockConfig {
    if realistic {
        samsara_mock::MockConfig::realistic()
    } else {
        samsara_mock::MockConfig::default()
    }
}

/// The `sources` entry of a drift report against the fake server.
pub fn source(realistic: bool) -> &'static str {
    if realistic {
        "samsara-mock (in-process, realistic)"
    } else {
        "samsara-mock (in-process)"
    }
}

/// Starts `samsara_mock::MockServer` with its default configuration (seeded
/// data, rate limits on, no faults), runs `f(url, token)` against it, and
/// shuts it down.
pub fn with_server<T>(f: impl FnOnce(String, String) -> Result<T, Fatal>) -> Result<T, Fatal> {
    with_config(samsara_mock::MockConfig::default(), f)
}

/// Starts `samsara_mock::MockServer` with `config`, runs `f(url, token)`
/// against it, and shuts it down.
pub fn with_config<T>(
    config: samsara_mock::MockConfig,
    f: impl FnOnce(String, String) -> Result<T, Fatal>,
) -> Result<T, Fatal> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            Fatal(format!(
                "cannot start a tokio runtime for samsara-mock: {e}"
            ))
        })?;
    let server = runtime
        .block_on(samsara_mock::MockServer::start(config))
        .map_err(|e| Fatal(format!("cannot start samsara-mock: {e}")))?;
    let result = f(server.url(), server.token().to_owned());
    let stopped = runtime.block_on(server.shutdown());
    let value = result?;
    stopped.map_err(|e| Fatal(format!("samsara-mock did not shut down cleanly: {e}")))?;
    Ok(value)
}
