//! The one error type of the crate.

/// Why a check could not run (as opposed to the differences it finds, which
/// are [`Issue`](crate::Issue)s). The message names the spec and the
/// operation or schema concerned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The spec could not be read, or is not JSON: fix the file.
    #[error("{0}")]
    Spec(String),
    /// The operation or response asked for is not in the spec (unknown
    /// `operationId`, undocumented status, no JSON body to check).
    #[error("{0}")]
    NotInSpec(String),
    /// A schema of the spec does not compile as JSON Schema.
    #[error("{0}")]
    Schema(String),
}
