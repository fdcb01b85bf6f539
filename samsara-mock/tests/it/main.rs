//! samsara-mock's integration tests, in one binary (one link instead of one
//! per file). Each module is one area; `common` holds the shared helpers.

mod common;

mod compression;
mod deletes;
mod determinism;
mod errors;
mod faults;
mod operations;
mod rate_limits;
mod realistic;
mod spec_check;
mod streams;
mod visibility;
