//! The maintenance work-order family: list, stream, create, patch, delete.

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use samsara::types::{
    ServiceTaskInstanceInput, WorkOrder, WorkOrderCreate, WorkOrderPage, WorkOrderPatch,
    WorkOrderResponse, WorkOrderStatus,
};
use serde_json::{Map, Value, json};

use crate::cursor::{Position, natural_cmp};
use crate::pages::{self, Ctx, Window, body_value, parse_value};
use crate::query::Query;
use crate::reply::{ApiError, Reply};
use crate::seed::{time, typed};
use crate::store::Store;

/// Most ids `GET /maintenance/work-orders` accepts.
const MAX_IDS: usize = 100;
/// Most asset or user ids the stream filters accept.
const MAX_FILTER_IDS: usize = 50;
/// The user that work orders created through the API are attributed to.
const API_USER_ID: &str = "100001";

/// A work order as served: `maintenanceSite.placeExternalIds` only when asked for.
fn present(store: &Store, order: &WorkOrder, external_ids: bool) -> WorkOrder {
    let mut out = order.clone();
    if let Some(site) = out.maintenance_site.as_mut() {
        site.place_external_ids = if external_ids {
            site.place_id
                .as_deref()
                .and_then(|id| store.resolve_place(id))
                .filter(|p| !p.external_ids.is_empty())
                .map(|p| p.external_ids.clone())
        } else {
            None
        };
    }
    out
}

/// `GET /maintenance/work-orders`: by ids, or all, in id order, as readers
/// see them now (a deleted work order is not listed).
pub(crate) fn list(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let ids = query.array("ids", MAX_IDS)?;
    let external_ids = query.bool("includeExternalIds")?;
    let limit = query.limit()?;
    let from = pages::after(query, ctx.now)?.unwrap_or_else(|| Position::new(0, ""));
    let mut positions: Vec<Position> = store
        .work_orders
        .visible_items(ctx.now)
        .map(|(id, _)| id)
        .filter(|id| ids.is_empty() || ids.iter().any(|i| i == id))
        .map(|id| Position::new(0, id))
        .filter(|p| *p > from)
        .collect();
    positions.sort_by(|a, b| natural_cmp(&a.id, &b.id));
    let window = Window {
        from,
        until: None,
        limit,
        follow: false,
    };
    let page = pages::cut(
        positions.iter(),
        &window,
        ctx,
        |p| store.work_orders.visible(&p.id, ctx.now),
        |_| true,
    );
    let body: WorkOrderPage = WorkOrderPage::builder()
        .data(
            page.items
                .into_iter()
                .map(|o| present(store, o, external_ids))
                .collect::<Vec<_>>(),
        )
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

/// `GET /maintenance/work-orders/stream`
pub(crate) fn stream(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let start = query
        .time("startTime")?
        .ok_or_else(|| ApiError::bad_param("startTime", "required"))?;
    let end = query.time("endTime")?;
    if let Some(end) = end
        && end < start
    {
        return Err(ApiError::bad_param(
            "endTime",
            "must not be before startTime",
        ));
    }
    let statuses = query.array("workOrderStatuses", WorkOrderStatus::KNOWN.len())?;
    for s in &statuses {
        // The documented spelling only (`Open`, not `OPEN`): the filter is
        // compared with the stored status as is.
        if !WorkOrderStatus::KNOWN.iter().any(|k| k.as_str() == s) {
            return Err(ApiError::bad_param(
                "workOrderStatuses",
                format!("unknown status {s:?}"),
            ));
        }
    }
    let asset_ids: Vec<String> = query
        .array("assetIds", MAX_FILTER_IDS)?
        .into_iter()
        .map(|raw| {
            store
                .resolve_asset(&raw)
                .map(|a| a.id.clone())
                .unwrap_or(raw)
        })
        .collect();
    let user_ids = query.array("assignedUserIds", MAX_FILTER_IDS)?;
    let external_ids = query.bool("includeExternalIds")?;
    let limit = query.limit()?;
    let start_at = Position::before(start);
    let from = match pages::after(query, ctx.now)? {
        Some(p) if p > start_at => p,
        _ => start_at,
    };
    let window = Window {
        until: end.map(Position::before),
        from,
        limit,
        follow: end.is_none(),
    };
    let page = pages::cut(
        store.work_orders.after(&window.from),
        &window,
        ctx,
        |p| store.work_orders.visible_at(p, ctx.now),
        |o| {
            (statuses.is_empty() || statuses.iter().any(|s| s == o.status.as_str()))
                && (asset_ids.is_empty() || asset_ids.contains(&o.asset_id))
                && (user_ids.is_empty()
                    || o.assigned_user_id
                        .as_ref()
                        .is_some_and(|u| user_ids.contains(u))
                    || o.assignees
                        .iter()
                        .flatten()
                        .any(|a| user_ids.contains(&a.user_id)))
        },
    );
    let body: WorkOrderPage = WorkOrderPage::builder()
        .data(
            page.items
                .into_iter()
                .map(|o| present(store, o, external_ids))
                .collect::<Vec<_>>(),
        )
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

/// Refuses enum values and currencies the spec does not document, naming
/// the member.
fn check_documented(body: &Value, path: &str) -> Result<(), ApiError> {
    match body {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if k == "currency" && v.as_str() != Some("usd") {
                    return Err(ApiError::bad_param(&p, "only usd is supported"));
                }
                if k == "amount"
                    && let Some(a) = v.as_str()
                    && a.parse::<f64>().map_or(true, |x| !x.is_finite())
                {
                    return Err(ApiError::bad_param(
                        &p,
                        "must be a decimal number in a string",
                    ));
                }
                check_documented(v, &p)?;
            }
            Ok(())
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| check_documented(v, &format!("{path}[{i}]"))),
        _ => Ok(()),
    }
}

/// Refuses enum values not spelled exactly as documented (`OPEN` for
/// `Open`), which the crate's types would quietly read as the known value.
fn check_spelling(body: &Value) -> Result<(), ApiError> {
    fn exact(
        value: Option<&Value>,
        known: &[&str],
        path: &str,
        what: &str,
    ) -> Result<(), ApiError> {
        match value {
            Some(Value::String(s)) if !known.contains(&s.as_str()) => {
                Err(ApiError::bad_param(path, format!("unknown {what} {s}")))
            }
            _ => Ok(()),
        }
    }
    let statuses: Vec<&str> = WorkOrderStatus::KNOWN.iter().map(|k| k.as_str()).collect();
    let priorities: Vec<&str> = samsara::types::WorkOrderPriority::KNOWN
        .iter()
        .map(|k| k.as_str())
        .collect();
    let item_types: Vec<&str> = samsara::types::WorkOrderItemType::KNOWN
        .iter()
        .map(|k| k.as_str())
        .collect();
    let task_statuses: Vec<&str> = samsara::types::ServiceTaskStatus::KNOWN
        .iter()
        .map(|k| k.as_str())
        .collect();
    exact(body.get("status"), &statuses, "status", "status")?;
    exact(body.get("priority"), &priorities, "priority", "priority")?;
    for (i, item) in body
        .get("items")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        exact(
            item.get("type"),
            &item_types,
            &format!("items[{i}].type"),
            "type",
        )?;
    }
    for (i, task) in body
        .get("serviceTaskInstances")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let path = format!("serviceTaskInstances[{i}].status");
        exact(task.get("status"), &task_statuses, &path, "status")?;
    }
    Ok(())
}

fn check_enums(
    status: Option<&WorkOrderStatus>,
    priority: Option<&samsara::types::WorkOrderPriority>,
    items: Option<&Vec<samsara::types::WorkOrderItem>>,
    tasks: Option<&Vec<ServiceTaskInstanceInput>>,
) -> Result<(), ApiError> {
    if let Some(s) = status
        && !s.is_known()
    {
        return Err(ApiError::bad_param("status", format!("unknown status {s}")));
    }
    if let Some(p) = priority
        && !p.is_known()
    {
        return Err(ApiError::bad_param(
            "priority",
            format!("unknown priority {p}"),
        ));
    }
    for (i, item) in items.into_iter().flatten().enumerate() {
        if !item.type_.is_known() {
            return Err(ApiError::bad_param(
                &format!("items[{i}].type"),
                format!("unknown type {}", item.type_),
            ));
        }
    }
    for (i, task) in tasks.into_iter().flatten().enumerate() {
        if !task.status.is_known() {
            return Err(ApiError::bad_param(
                &format!("serviceTaskInstances[{i}].status"),
                format!("unknown status {}", task.status),
            ));
        }
    }
    Ok(())
}

/// Request-side service task instances become response-side ones: new
/// instances and parts get ids.
fn service_tasks(store: &mut Store, tasks: &[ServiceTaskInstanceInput]) -> Result<Value, ApiError> {
    let mut out = Vec::new();
    for task in tasks {
        let mut v = serde_json::to_value(task).map_err(ApiError::internal)?;
        if task.id.as_deref().is_none_or(str::is_empty) {
            v["id"] = json!(store.rng.uuid());
        }
        if let Some(Value::Array(parts)) = v.get_mut("parts") {
            for part in parts {
                if part
                    .get("id")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
                {
                    part["id"] = json!(store.rng.uuid());
                }
            }
        }
        out.push(v);
    }
    Ok(Value::Array(out))
}

/// `placeId` / `placeExternalId` (`key:value`) → `maintenanceSite`; `""` clears it.
fn maintenance_site(
    store: &Store,
    place_id: Option<&str>,
    place_external_id: Option<&str>,
) -> Result<Option<Option<Value>>, ApiError> {
    let (name, raw) = match (place_id, place_external_id) {
        (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => {
            return Err(ApiError::bad_param(
                "placeId",
                "placeId and placeExternalId are mutually exclusive",
            ));
        }
        (Some(a), _) if !a.is_empty() => ("placeId", a),
        (_, Some(b)) if !b.is_empty() => ("placeExternalId", b),
        (None, None) => return Ok(None),
        _ => return Ok(Some(None)),
    };
    if name == "placeExternalId" && !raw.contains(':') {
        return Err(ApiError::bad_param(name, "expected key:value"));
    }
    let place = store.resolve_place(raw).ok_or_else(|| {
        ApiError::bad_param(
            name,
            format!("no place {raw:?} linked to a maintenance site"),
        )
    })?;
    Ok(Some(Some(json!({"name": place.name, "placeId": place.id}))))
}

/// Fills the time a status transition implies when the caller did not send it.
fn status_times(order: &mut Map<String, Value>, status: &str, now: DateTime<Utc>) {
    let mut fill = |key: &str| {
        order.entry(key.to_owned()).or_insert_with(|| time(now));
    };
    match status {
        "In Progress" => fill("startedAtTime"),
        "Completed" => fill("completedAtTime"),
        "Closed" => {
            fill("completedAtTime");
            fill("archivedAtTime");
        }
        "Cancelled" => fill("archivedAtTime"),
        _ => {}
    }
}

/// `POST /maintenance/work-orders` → 200.
pub(crate) fn create(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let out = create_order(store, body_value(body)?, Vec::new())?;
    Reply::json(
        StatusCode::OK,
        &WorkOrderResponse::try_from(WorkOrderResponse::builder().data(out))
            .map_err(ApiError::internal)?,
    )
}

/// Creates a work order from a `WorkOrderCreate` body (already parsed as
/// JSON), with `attachments` (media records) besides; returns it as
/// served. The one path of every work-order create (`POST
/// /maintenance/work-orders`, an invoice scan for an asset): stamped,
/// visible per the visibility delay, and a `WorkOrderCreatedOrChanged`
/// event for the webhooks.
pub(crate) fn create_order(
    store: &mut Store,
    raw: Value,
    attachments: Vec<Value>,
) -> Result<WorkOrder, ApiError> {
    check_spelling(&raw)?;
    let input: WorkOrderCreate = parse_value(raw)?;
    check_enums(
        input.status.as_ref(),
        input.priority.as_ref(),
        input.items.as_ref(),
        input.service_task_instances.as_ref(),
    )?;
    let mut order = match serde_json::to_value(&input).map_err(ApiError::internal)? {
        Value::Object(map) => map,
        _ => return Err(ApiError::internal("a work order body is not an object")),
    };
    check_documented(&Value::Object(order.clone()), "")?;
    let asset_id = input.asset_id.to_string();
    let asset = store
        .resolve_asset(&asset_id)
        .cloned()
        .ok_or_else(|| ApiError::bad_param("assetId", format!("no asset {asset_id:?}")))?;
    let place_external_id = input.place_external_id.as_ref().map(ToString::to_string);
    let site = maintenance_site(
        store,
        input.place_id.as_deref(),
        place_external_id.as_deref(),
    )?;
    order.remove("placeId");
    order.remove("placeExternalId");
    if let Some(Some(site)) = site {
        order.insert("maintenanceSite".into(), site);
    }
    if let Some(tasks) = &input.service_task_instances {
        order.insert("serviceTaskInstances".into(), service_tasks(store, tasks)?);
    }
    let status = input.status.clone().unwrap_or(WorkOrderStatus::Open);
    let now = store.tick();
    let id = store.next_work_order_id.to_string();
    store.next_work_order_id += 1;
    order.insert("id".into(), json!(id));
    order.insert("assetId".into(), json!(asset.id));
    order.insert("status".into(), json!(status.as_str()));
    order.insert("createdAtTime".into(), time(now));
    order.insert("updatedAtTime".into(), time(now));
    order.insert("createdByUserId".into(), json!(API_USER_ID));
    order
        .entry("engineHours")
        .or_insert(json!(asset.engine_hours));
    order
        .entry("odometerMeters")
        .or_insert(json!(asset.odometer_meters));
    if let Some(user) = input.assigned_user_id.as_deref().filter(|u| !u.is_empty()) {
        order.insert("assignees".into(), json!([{"userId": user}]));
    }
    status_times(&mut order, status.as_str(), now);
    if !attachments.is_empty() {
        order.insert("attachments".into(), Value::Array(attachments));
    }
    let order: WorkOrder =
        typed("the new work order", Value::Object(order)).map_err(ApiError::internal)?;
    let out = present(store, &order, false);
    store.work_order_changed(&order.id, now);
    store.put_work_order(order);
    Ok(out)
}

/// Adds `attachment` (a media record) to the work order `id` as a write:
/// `updatedAtTime` moves to now, and the webhooks get an event. 404 when
/// there is no such work order.
pub(crate) fn attach(
    store: &mut Store,
    id: &str,
    attachment: Value,
) -> Result<WorkOrder, ApiError> {
    let current = store
        .work_orders
        .latest(id)
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("work order {id:?}")))?;
    let mut order = match serde_json::to_value(&current).map_err(ApiError::internal)? {
        Value::Object(map) => map,
        _ => return Err(ApiError::internal("a work order is not an object")),
    };
    match order.get_mut("attachments") {
        Some(Value::Array(list)) => list.push(attachment),
        _ => {
            order.insert("attachments".into(), json!([attachment]));
        }
    }
    let now = store.tick();
    order.insert("updatedAtTime".into(), time(now));
    let order: WorkOrder = typed("the work order with an invoice", Value::Object(order))
        .map_err(ApiError::internal)?;
    let out = present(store, &order, false);
    store.work_order_changed(&order.id, now);
    store.put_work_order(order);
    Ok(out)
}

/// `placeExternalId: ""` clears the maintenance site like `placeId: ""`;
/// it is moved to `placeId` so that the typed body (an external id) parses.
fn clear_place(mut body: Value) -> Value {
    if let Some(map) = body.as_object_mut()
        && map.get("placeExternalId").and_then(Value::as_str) == Some("")
    {
        map.remove("placeExternalId");
        map.entry("placeId").or_insert(json!(""));
    }
    body
}

/// `PATCH /maintenance/work-orders`: only the members sent change.
pub(crate) fn patch(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let raw = clear_place(body_value(body)?);
    check_spelling(&raw)?;
    let input: WorkOrderPatch = parse_value(raw)?;
    check_enums(
        input.status.as_ref(),
        input.priority.as_ref(),
        input.items.as_ref(),
        input.service_task_instances.as_ref(),
    )?;
    let current = store
        .work_orders
        .latest(&input.id)
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("work order {:?}", input.id)))?;
    let sent = match serde_json::to_value(&input).map_err(ApiError::internal)? {
        Value::Object(map) => map,
        _ => return Err(ApiError::internal("a patch body is not an object")),
    };
    check_documented(&Value::Object(sent.clone()), "")?;
    let place_external_id = input.place_external_id.as_ref().map(ToString::to_string);
    let site = maintenance_site(
        store,
        input.place_id.as_deref(),
        place_external_id.as_deref(),
    )?;
    let mut order = match serde_json::to_value(&current).map_err(ApiError::internal)? {
        Value::Object(map) => map,
        _ => return Err(ApiError::internal("a work order is not an object")),
    };
    for (key, value) in sent {
        match key.as_str() {
            "id" | "placeId" | "placeExternalId" | "serviceTaskInstances" => {}
            _ => {
                order.insert(key, value);
            }
        }
    }
    match site {
        Some(Some(site)) => {
            order.insert("maintenanceSite".into(), site);
        }
        Some(None) => {
            order.remove("maintenanceSite");
        }
        None => {}
    }
    if let Some(tasks) = &input.service_task_instances {
        order.insert("serviceTaskInstances".into(), service_tasks(store, tasks)?);
    }
    if let Some(user) = input.assigned_user_id.as_deref() {
        if user.is_empty() {
            order.remove("assignedUserId");
            order.remove("assignees");
        } else {
            order.insert("assignees".into(), json!([{"userId": user}]));
        }
    }
    let now = store.tick();
    if let Some(status) = &input.status
        && *status != current.status
    {
        status_times(&mut order, status.as_str(), now);
    }
    order.insert("updatedAtTime".into(), time(now));
    let order: WorkOrder =
        typed("the patched work order", Value::Object(order)).map_err(ApiError::internal)?;
    let out = present(store, &order, false);
    store.work_order_changed(&order.id, now);
    store.put_work_order(order);
    Reply::json(
        StatusCode::OK,
        &WorkOrderResponse::try_from(WorkOrderResponse::builder().data(out))
            .map_err(ApiError::internal)?,
    )
}

/// `DELETE /maintenance/work-orders?id=` → 204. The work order is gone at
/// once for writes (a second delete is a 404) and, after the visibility
/// delay, for reads: it simply stops appearing in the stream and the list
/// (the work-order stream has no `includeDeleted`).
pub(crate) fn delete(store: &mut Store, query: &Query) -> Result<Reply, ApiError> {
    let id = query.required("id")?;
    store
        .remove_work_order(id)
        .ok_or_else(|| ApiError::not_found(format!("work order {id:?}")))?;
    Ok(Reply::Empty(StatusCode::NO_CONTENT))
}
