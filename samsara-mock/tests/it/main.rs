//! samsara-mock's integration tests, in one binary (one link instead of one
//! per file). Each module is one area; `common` holds the shared helpers.

mod common;

mod compression;
mod deletes;
mod determinism;
mod errors;
mod faults;
mod invoice_scans;
mod operations;
mod rate_limits;
mod realistic;
mod service_tasks;
mod spec_check;
mod streams;
mod visibility;
mod webhook_delivery;
mod webhooks;
