//! The spec's operations, as the samsara crate's generated table lists them
//! ([`samsara::operations::ALL`]): routing by path and method, and the one
//! table of handlers ([`handler`]). An operation in the spec without a
//! handler here is answered `501 Not Implemented`, naming it.

use axum::http::{Method, StatusCode};
use samsara::operations::ALL;
use samsara::types::RecordStatus;

use crate::pages::Ctx;
use crate::query::Query;
use crate::quirks::Family;
use crate::reply::{ApiError, Reply};
use crate::store::Store;
use crate::{invoice_scans, qualifications, service_tasks, webhooks, work_orders};

/// One of the spec's operations.
pub(crate) type Operation = &'static samsara::operations::Operation;

/// Runs one operation against the store. Reads take the store shared
/// (`&Store` through `&mut`); only writes change it, and only when they
/// succeed.
pub(crate) type Handler = fn(&mut Store, &Query, &[u8], &Ctx) -> Result<Reply, ApiError>;

/// The handler of the operation `operation_id` and the family of the items
/// its response's `data` holds (for the realistic profile's quirks).
///
/// **To serve an operation added to the spec, add its arm here** (and its
/// handler in the module of its family); until then it is answered 501.
pub(crate) fn handler(operation_id: &str) -> Option<(Handler, Option<Family>)> {
    use Family::{QualificationRecord as Record, WorkOrder};
    let entry: (Handler, Option<Family>) = match operation_id {
        "getQualificationRecords" => (|s, q, _, c| qualifications::get(s, q, c), Some(Record)),
        "postQualificationRecord" => (|s, _, b, _| qualifications::create(s, b), Some(Record)),
        "patchQualificationRecord" => (|s, _, b, _| qualifications::patch(s, b), Some(Record)),
        "deleteQualificationRecord" => (
            |s, _, b, _| qualifications::set_status(s, b, RecordStatus::Deleted),
            None,
        ),
        "getQualificationRecordsStream" => {
            (|s, q, _, c| qualifications::stream(s, q, c), Some(Record))
        }
        "archiveQualificationRecord" => (
            |s, _, b, _| qualifications::set_status(s, b, RecordStatus::Archived),
            None,
        ),
        "unarchiveQualificationRecord" => (
            |s, _, b, _| qualifications::set_status(s, b, RecordStatus::Active),
            None,
        ),
        "getQualificationTypes" => (|s, q, _, c| qualifications::types(s, q, c), None),
        "getWorkOrders" => (|s, q, _, c| work_orders::list(s, q, c), Some(WorkOrder)),
        "postWorkOrders" => (|s, _, b, _| work_orders::create(s, b), Some(WorkOrder)),
        "patchWorkOrders" => (|s, _, b, _| work_orders::patch(s, b), Some(WorkOrder)),
        "deleteWorkOrders" => (|s, q, _, _| work_orders::delete(s, q), None),
        "streamWorkOrders" => (|s, q, _, c| work_orders::stream(s, q, c), Some(WorkOrder)),
        "getServiceTasks" => (|s, q, _, c| service_tasks::list(s, q, c), None),
        "postInvoiceScan" => (|s, _, b, _| invoice_scans::scan(s, b), None),
        "listWebhooks" => (|s, q, _, c| webhooks::list(s, q, c), None),
        "postWebhooks" => (|s, _, b, _| webhooks::create(s, b), None),
        "getWebhook" => (|s, _, _, c| webhooks::get(s, c), None),
        "patchWebhook" => (|s, _, b, c| webhooks::patch(s, b, c), None),
        "deleteWebhook" => (|s, _, _, c| webhooks::delete(s, c), None),
        _ => return None,
    };
    Some(entry)
}

/// Where a request goes.
pub(crate) enum Route {
    Op(Operation),
    /// No such path: 404.
    NotFound,
    /// Known path, other method: 405 with these methods in `Allow`.
    WrongMethod(String),
}

/// Maps a path and method to an operation of the spec. Where several path
/// templates fit, the most specific wins (a fixed segment beats `{id}` at the
/// first place they differ: `/work-orders/stream` before
/// `/work-orders/{id}`), whatever the spec's order.
pub(crate) fn route(path: &str, method: &Method) -> Route {
    let mut fitting: Vec<Operation> = ALL
        .iter()
        .filter(|op| matches_template(op.path, path))
        .collect();
    let Some(best) = fitting.iter().map(|op| specificity(op.path)).max() else {
        return Route::NotFound;
    };
    fitting.retain(|op| specificity(op.path) == best);
    if let Some(op) = fitting.iter().find(|op| op.method == method.as_str()) {
        return Route::Op(op);
    }
    Route::WrongMethod(
        fitting
            .iter()
            .map(|op| op.method)
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// Which segments of a template are fixed, in order: compared
/// lexicographically, fixed (`true`) beats a `{parameter}` at the first
/// difference.
fn specificity(template: &str) -> Vec<bool> {
    template
        .split('/')
        .map(|segment| !(segment.starts_with('{') && segment.ends_with('}')))
        .collect()
}

/// `path` fits the spec's path `template` (`{name}` matches one segment).
fn matches_template(template: &str, path: &str) -> bool {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(t), Some(p)) if t.starts_with('{') && t.ends_with('}') && !p.is_empty() => {}
            (Some(t), Some(p)) if t == p => {}
            _ => return false,
        }
    }
}

/// The 501 for an operation of the spec the fake server cannot answer yet.
pub(crate) fn not_implemented(op: Operation) -> ApiError {
    ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        format!(
            "samsara-mock does not implement {} ({} {}) yet: add a handler in samsara-mock/src/ops.rs (`handler`)",
            op.id, op.method, op.path
        ),
    )
}

/// Runs `op` (501 when it has no handler).
pub(crate) fn handle(
    op: Operation,
    store: &mut Store,
    query: &Query,
    body: &[u8],
    ctx: &Ctx,
) -> Result<Reply, ApiError> {
    match handler(op.id) {
        Some((run, _)) => run(store, query, body, ctx),
        None => Err(not_implemented(op)),
    }
}

/// Writes have their own budget (100/min) and are never applied when faulted.
pub(crate) fn is_write(op: Operation) -> bool {
    !op.is_read()
}

/// Creates: `201` / `200` with the created object (`create_reply`).
pub(crate) fn is_create(op: Operation) -> bool {
    !op.idempotent
}

/// Writes that answer without an object (`ack_reply`).
pub(crate) fn is_ack(op: Operation) -> bool {
    is_write(op) && !op.has_body
}

/// The family of the items in the response's `data`, if any.
pub(crate) fn family(op: Operation) -> Option<Family> {
    handler(op.id).and_then(|(_, family)| family)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(id: &str) -> Operation {
        samsara::operations::find(id).unwrap()
    }

    #[test]
    fn routes() {
        assert!(matches!(
            route("/qualification-records", &Method::PATCH),
            Route::Op(o) if o.id == "patchQualificationRecord"
        ));
        assert!(matches!(
            route("/qualification-records/stream", &Method::POST),
            Route::WrongMethod(allow) if allow == "GET"
        ));
        assert!(matches!(
            route("/qualification-records/archive", &Method::GET),
            Route::WrongMethod(allow) if allow == "POST"
        ));
        assert!(matches!(
            route("/maintenance/work-orders", &Method::PUT),
            Route::WrongMethod(allow) if allow == "DELETE, GET, PATCH, POST"
        ));
        assert!(matches!(route("/nope", &Method::GET), Route::NotFound));
        assert!(matches!(
            route("/maintenance/work-orders/", &Method::GET),
            Route::NotFound
        ));
    }

    #[test]
    fn a_fixed_segment_beats_a_template_whatever_the_order() {
        assert!(specificity("/w/stream") > specificity("/w/{id}"));
        assert!(specificity("/w/{id}/x") > specificity("/w/{id}/{y}"));
        assert!(specificity("/w/x/{id}") > specificity("/w/{id}/y"));
    }

    #[test]
    fn path_templates_match_one_segment() {
        assert!(matches_template("/a/{id}/b", "/a/42/b"));
        assert!(!matches_template("/a/{id}/b", "/a//b"));
        assert!(!matches_template("/a/{id}", "/a/42/b"));
    }

    #[test]
    fn every_operation_of_the_spec_has_a_handler() {
        let missing: Vec<_> = ALL
            .iter()
            .filter(|op| handler(op.id).is_none())
            .map(|op| op.id)
            .collect();
        assert!(missing.is_empty(), "no handler for {missing:?}");
    }

    #[test]
    fn an_operation_without_a_handler_is_a_501_naming_it() {
        let e = not_implemented(op("streamWorkOrders"));
        assert_eq!(e.status, StatusCode::NOT_IMPLEMENTED);
        assert!(
            e.message.contains("streamWorkOrders")
                && e.message.contains("GET /maintenance/work-orders/stream")
                && e.message.contains("samsara-mock/src/ops.rs"),
            "{}",
            e.message
        );
        assert!(handler("getWorkOrdersFeed").is_none());
    }

    #[test]
    fn kinds_come_from_the_spec() {
        assert!(is_create(op("postWorkOrders")) && !is_create(op("archiveQualificationRecord")));
        assert!(is_ack(op("deleteWorkOrders")) && is_ack(op("unarchiveQualificationRecord")));
        assert!(!is_ack(op("patchWorkOrders")) && !is_write(op("getWorkOrders")));
        assert_eq!(family(op("streamWorkOrders")), Some(Family::WorkOrder));
        assert_eq!(family(op("getQualificationTypes")), None);
    }
}
