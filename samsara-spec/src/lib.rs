//! `samsara-spec`: checks JSON bodies against the curated OpenAPI 3.0
//! document `spec/samsara.json`, for the developer commands (`cargo xtask
//! drift`, `spec-lint`) and for the fake server's tests.
//!
//! - [`Spec`] reads the document: its operations, the response a status
//!   selects, JSON Pointer helpers.
//! - [`schema`] converts every Schema Object to JSON Schema 2020-12 **in
//!   place**, so every finding names a location in the spec itself
//!   (`/components/schemas/WorkOrderStatus`). [`Members`] says whether
//!   `additionalProperties: {}` keeps undocumented members (as declared) or not
//!   (strict, for drift).
//! - [`Checker`] validates values with the `jsonschema` crate and classifies
//!   every difference into an [`Issue`] (instance pointer, [`Category`], what
//!   was expected and found, the deciding schema); [`Checker::validate_raw`]
//!   and [`Checker::validate_json`] check a whole response (status,
//!   `Content-Type`, body) and return readable problems for test assertions.
//!
//! ```
//! use samsara_spec::{Category, Checker, Spec};
//!
//! let spec = Spec::parse("things.json", r##"{
//!     "openapi": "3.0.3",
//!     "paths": {"/things": {"get": {"operationId": "getThings", "responses": {
//!         "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
//!         "204": {"description": "nothing"}
//!     }}}},
//!     "components": {"schemas": {"Thing": {
//!         "type": "object", "required": ["id"],
//!         "properties": {"id": {"type": "string"}, "note": {"type": "string", "nullable": true}}
//!     }}}
//! }"##)?;
//! let checker = Checker::new(&spec);
//!
//! // Drift: structured issues.
//! let issues = checker.check_response("getThings", &serde_json::json!({"id": "1", "extra": true}))?;
//! assert_eq!(issues[0].category, Category::UndocumentedMember);
//! assert_eq!(issues[0].pointer, "/extra");
//! assert_eq!(issues[0].schema, "/components/schemas/Thing");
//!
//! // Tests: whole responses, readable problems (none when valid).
//! assert!(checker.validate_raw("getThings", 200, Some("application/json"), br#"{"id": "1", "note": null}"#).is_empty());
//! assert_eq!(checker.validate_raw("getThings", 204, None, b"{}").len(), 1);
//! # Ok::<(), samsara_spec::Error>(())
//! ```
#![warn(missing_docs)]

pub mod check;
mod error;
pub mod schema;
pub mod spec;

pub use check::{Category, Checker, Issue};
pub use error::Error;
pub use schema::Members;
pub use spec::{Operation, ResponseBody, Spec};
