//! The root crate's integration tests, in one binary (one link instead of
//! one per file). Each module is one area; `common` holds the shared helpers.
//! `cargo test --test it <module>::` runs one area.

mod common;

mod compression;
mod enum_spellings;
mod external_id;
mod fake_server;
mod fields;
mod forward_compat;
mod generated_code;
mod operations;
mod pagination;
mod pipeline;
mod public_api;
mod real_api;
mod regenerate;
mod reliability;
mod run_examples;
mod secrets;
mod spec_examples;
mod streams;
mod success_codes;
mod sync;
mod upsert;
mod webhook;
