//! Checking one JSON value against a spec schema and classifying every
//! difference into the drift report's categories. The checker lives in
//! `samsara-spec` (shared with samsara-mock's tests: one OpenAPI → JSON
//! Schema conversion, one classification) and is re-exported here so xtask's
//! commands and tests keep naming it `xtask::drift::…`.

pub use samsara_spec::check::{Category, Checker, Issue, json_path, json_type, short};
