//! The curated spec: its operations and JSON Pointer helpers. They live in
//! `samsara-spec` (shared with samsara-mock's tests) and are re-exported here
//! so xtask's commands and tests keep naming them `xtask::spec::…`.

use crate::Fatal;

pub use samsara_spec::spec::{
    METHODS, Operation, ResponseBody, Spec, escape, schema_label, tokens,
};

impl From<samsara_spec::Error> for Fatal {
    /// A spec that cannot be read or checked stops the command (exit 2).
    fn from(e: samsara_spec::Error) -> Fatal {
        Fatal(e.to_string())
    }
}
