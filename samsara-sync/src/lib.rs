//! `samsara-sync`: Samsara's qualification records and work orders kept equal
//! in SQLite or Postgres, exactly once.
//!
//! Built on the `samsara` crate's public API only. Each stream is read from
//! its stored [`samsara::Checkpoint`]; each page's rows, rejects and
//! checkpoint are committed in one transaction, so a crash at any point
//! repeats nothing and loses nothing; an upsert applies a version only when
//! it is newer than the stored one (`updated_at` strictly greater), and
//! every applied version is recorded once in `applied_versions`, whose key
//! makes a version applied twice an error, not a silent repeat.

pub mod config;
pub mod db;
pub mod lease;
pub mod progress;
pub mod rows;
pub mod sync;

pub use db::{Database, DbError};
pub use sync::{Report, SyncError, sync_once};
