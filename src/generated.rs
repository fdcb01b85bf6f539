//! The code progenitor generates from `spec/samsara.json` (see `build.rs`).
//! Never edited by hand.
#![allow(
    missing_docs,
    unused_imports,
    dead_code,
    clippy::all,
    clippy::pedantic,
    rustdoc::all
)]

include!(concat!(env!("OUT_DIR"), "/samsara.rs"));
