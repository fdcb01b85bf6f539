//! The model the generated types are made of: what samsara-codegen points
//! the generated code at (open enums, the timestamp parser, list and page
//! decoding, the validated page size), below the transport and the
//! user-facing layer. Nothing here sends a request.

pub(crate) mod decode;
pub(crate) mod lists;
pub(crate) mod open_enum;
pub(crate) mod page_limit;
pub(crate) mod secrets;
pub(crate) mod time;
