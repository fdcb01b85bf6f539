//! The 13 operations: routing by path and method, and dispatch to handlers.

use axum::http::Method;
use samsara::types::RecordStatus;

use crate::pages::Ctx;
use crate::query::Query;
use crate::quirks::Family;
use crate::reply::{ApiError, Reply};
use crate::store::Store;
use crate::{qualifications, work_orders};

/// One of the spec's operations, named by its `operationId`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Operation {
    GetQualificationRecords,
    PostQualificationRecord,
    PatchQualificationRecord,
    DeleteQualificationRecord,
    GetQualificationRecordsStream,
    ArchiveQualificationRecord,
    UnarchiveQualificationRecord,
    GetQualificationTypes,
    GetWorkOrders,
    PostWorkOrders,
    PatchWorkOrders,
    DeleteWorkOrders,
    StreamWorkOrders,
}

/// Where a request goes.
pub(crate) enum Route {
    Op(Operation),
    /// No such path: 404.
    NotFound,
    /// Known path, other method: 405 with these methods in `Allow`.
    WrongMethod(&'static str),
}

impl Operation {
    /// The spec's `operationId`.
    pub(crate) fn id(self) -> &'static str {
        use Operation::*;
        match self {
            GetQualificationRecords => "getQualificationRecords",
            PostQualificationRecord => "postQualificationRecord",
            PatchQualificationRecord => "patchQualificationRecord",
            DeleteQualificationRecord => "deleteQualificationRecord",
            GetQualificationRecordsStream => "getQualificationRecordsStream",
            ArchiveQualificationRecord => "archiveQualificationRecord",
            UnarchiveQualificationRecord => "unarchiveQualificationRecord",
            GetQualificationTypes => "getQualificationTypes",
            GetWorkOrders => "getWorkOrders",
            PostWorkOrders => "postWorkOrders",
            PatchWorkOrders => "patchWorkOrders",
            DeleteWorkOrders => "deleteWorkOrders",
            StreamWorkOrders => "streamWorkOrders",
        }
    }

    /// Writes have their own budget (100/min) and are never applied when faulted.
    pub(crate) fn is_write(self) -> bool {
        use Operation::*;
        !matches!(
            self,
            GetQualificationRecords
                | GetQualificationRecordsStream
                | GetQualificationTypes
                | GetWorkOrders
                | StreamWorkOrders
        )
    }

    /// Creates: `201` / `200` with the created object (`create_reply`).
    pub(crate) fn is_create(self) -> bool {
        matches!(
            self,
            Operation::PostQualificationRecord | Operation::PostWorkOrders
        )
    }

    /// Writes that answer without an object (`ack_reply`).
    pub(crate) fn is_ack(self) -> bool {
        use Operation::*;
        matches!(
            self,
            DeleteQualificationRecord
                | ArchiveQualificationRecord
                | UnarchiveQualificationRecord
                | DeleteWorkOrders
        )
    }

    /// The family of the items in the response's `data`, if any.
    pub(crate) fn family(self) -> Option<Family> {
        use Operation::*;
        match self {
            GetQualificationRecords
            | PostQualificationRecord
            | PatchQualificationRecord
            | GetQualificationRecordsStream => Some(Family::QualificationRecord),
            GetWorkOrders | PostWorkOrders | PatchWorkOrders | StreamWorkOrders => {
                Some(Family::WorkOrder)
            }
            _ => None,
        }
    }

    /// Paginated operations (candidates for `empty_page_every`).
    pub(crate) fn is_paginated(self) -> bool {
        use Operation::*;
        matches!(
            self,
            GetQualificationRecordsStream
                | GetQualificationTypes
                | GetWorkOrders
                | StreamWorkOrders
        )
    }
}

/// Maps a path and method to an operation.
pub(crate) fn route(path: &str, method: &Method) -> Route {
    use Operation::*;
    let table: &[(&Method, Operation)] = match path {
        "/qualification-records" => &[
            (&Method::GET, GetQualificationRecords),
            (&Method::POST, PostQualificationRecord),
            (&Method::PATCH, PatchQualificationRecord),
            (&Method::DELETE, DeleteQualificationRecord),
        ],
        "/qualification-records/stream" => &[(&Method::GET, GetQualificationRecordsStream)],
        "/qualification-records/archive" => &[(&Method::POST, ArchiveQualificationRecord)],
        "/qualification-records/unarchive" => &[(&Method::POST, UnarchiveQualificationRecord)],
        "/qualification-types" => &[(&Method::GET, GetQualificationTypes)],
        "/maintenance/work-orders" => &[
            (&Method::GET, GetWorkOrders),
            (&Method::POST, PostWorkOrders),
            (&Method::PATCH, PatchWorkOrders),
            (&Method::DELETE, DeleteWorkOrders),
        ],
        "/maintenance/work-orders/stream" => &[(&Method::GET, StreamWorkOrders)],
        _ => return Route::NotFound,
    };
    match table.iter().find(|(m, _)| *m == method) {
        Some((_, op)) => Route::Op(*op),
        None => Route::WrongMethod(match table.len() {
            1 if path.ends_with("archive") => "POST",
            1 => "GET",
            _ => "GET, POST, PATCH, DELETE",
        }),
    }
}

/// Runs `op`. Reads take the store shared (`&Store` through `&mut`); only
/// writes change it, and only when they succeed.
pub(crate) fn handle(
    op: Operation,
    store: &mut Store,
    query: &Query,
    body: &[u8],
    ctx: &Ctx,
) -> Result<Reply, ApiError> {
    use Operation::*;
    match op {
        GetQualificationRecords => qualifications::get(store, query),
        PostQualificationRecord => qualifications::create(store, body),
        PatchQualificationRecord => qualifications::patch(store, body),
        DeleteQualificationRecord => qualifications::set_status(store, body, RecordStatus::Deleted),
        GetQualificationRecordsStream => qualifications::stream(store, query, ctx),
        ArchiveQualificationRecord => {
            qualifications::set_status(store, body, RecordStatus::Archived)
        }
        UnarchiveQualificationRecord => {
            qualifications::set_status(store, body, RecordStatus::Active)
        }
        GetQualificationTypes => qualifications::types(store, query, ctx),
        GetWorkOrders => work_orders::list(store, query, ctx),
        PostWorkOrders => work_orders::create(store, body),
        PatchWorkOrders => work_orders::patch(store, body),
        DeleteWorkOrders => work_orders::delete(store, query),
        StreamWorkOrders => work_orders::stream(store, query, ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert!(matches!(
            route("/qualification-records", &Method::PATCH),
            Route::Op(Operation::PatchQualificationRecord)
        ));
        assert!(matches!(
            route("/qualification-records/stream", &Method::POST),
            Route::WrongMethod("GET")
        ));
        assert!(matches!(
            route("/qualification-records/archive", &Method::GET),
            Route::WrongMethod("POST")
        ));
        assert!(matches!(route("/nope", &Method::GET), Route::NotFound));
        assert!(matches!(
            route("/maintenance/work-orders/", &Method::GET),
            Route::NotFound
        ));
    }
}
