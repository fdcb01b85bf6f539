//! xtask's integration tests, in one binary (one link instead of one per
//! file). The fake-server modules need `--features mock`.

mod cli;
mod drift_fixtures;
#[cfg(feature = "mock")]
mod fake_server;
mod live;
#[cfg(feature = "mock")]
mod realistic_mock;
mod spec_sync;
mod suggest;
