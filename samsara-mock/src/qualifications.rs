//! The qualification family: records (stream, lookup, create, patch, delete,
//! archive, unarchive) and types.

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use samsara::types::{
    EntityType, QualificationRecord, QualificationRecordCreate, QualificationRecordIdRequest,
    QualificationRecordList, QualificationRecordPage, QualificationRecordPatch,
    QualificationRecordResponse, QualificationTypePage, RecordStatus,
};
use serde_json::{Value, json};

use crate::cursor::Position;
use crate::fields;
use crate::pages::{self, Ctx, Window, body_value, parse_body, parse_value};
use crate::query::Query;
use crate::reply::{ApiError, Reply};
use crate::seed::{api_user, time, typed};
use crate::store::{ExternalIds, Store, is_alphanumeric, is_external_id_value};

/// Most ids a filter accepts (qualification family).
const MAX_IDS: usize = 100;

fn entity_type(query: &Query) -> Result<EntityType, ApiError> {
    let raw = query.required("entityType")?;
    // The documented spelling only: `Worker` is not `worker`.
    EntityType::KNOWN
        .iter()
        .find(|k| k.as_str() == raw)
        .cloned()
        .ok_or_else(|| {
            ApiError::bad_param(
                "entityType",
                format!("expected worker or asset, got {raw:?}"),
            )
        })
}

/// A record as served: external ids (the record's and its owner's) only
/// when asked for.
fn present(store: &Store, record: &QualificationRecord, external_ids: bool) -> QualificationRecord {
    let mut out = record.clone();
    if external_ids {
        out.owner.external_ids = store.owner_external_ids(&out.owner.entity_type, &out.owner.id);
        if out.external_ids.as_ref().is_some_and(|m| m.is_empty()) {
            out.external_ids = None;
        }
    } else {
        out.external_ids = None;
        out.owner.external_ids = None;
    }
    out
}

/// `GET /qualification-records/stream`
pub(crate) fn stream(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let entity = entity_type(query)?;
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
    let type_ids = query.array("qualificationTypeIds", MAX_IDS)?;
    let owner_ids: Vec<String> = query
        .array("ownerIds", MAX_IDS)?
        .into_iter()
        .map(|raw| store.resolve_owner(&entity, &raw).unwrap_or(raw))
        .collect();
    let include_deleted = query.bool("includeDeleted")?;
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
        store.records.after(&window.from),
        &window,
        ctx,
        |p| store.records.visible_at(p, ctx.now),
        |r| {
            r.owner.entity_type == entity
                && (include_deleted || r.record_status != RecordStatus::Deleted)
                && (type_ids.is_empty() || type_ids.contains(&r.qualification_type.id))
                && (owner_ids.is_empty() || owner_ids.contains(&r.owner.id))
        },
    );
    let body: QualificationRecordPage = QualificationRecordPage::builder()
        .data(
            page.items
                .into_iter()
                .map(|r| present(store, r, external_ids))
                .collect::<Vec<_>>(),
        )
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

/// `GET /qualification-records?ids=`: ids or `key:value` external ids, as
/// readers see them now; unknown and deleted records are left out.
pub(crate) fn get(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let ids = query.array("ids", MAX_IDS)?;
    if ids.is_empty() {
        return Err(ApiError::bad_param("ids", "required"));
    }
    let external_ids = query.bool("includeExternalIds")?;
    let mut data: Vec<QualificationRecord> = Vec::new();
    for raw in &ids {
        if let Some(r) = store.resolve_visible_record(raw, ctx.now)
            && r.record_status != RecordStatus::Deleted
            && !data.iter().any(|d| d.id == r.id)
        {
            data.push(present(store, r, external_ids));
        }
    }
    Reply::json(
        StatusCode::OK,
        &QualificationRecordList::try_from(QualificationRecordList::builder().data(data))
            .map_err(ApiError::internal)?,
    )
}

/// Checks external ids: alphanumeric keys, values of alphanumerics and
/// `_ - % + @ .`, each `key:value` used by one object at most, whatever its
/// class (a record, a worker, an asset, a place: Samsara's External IDs
/// page, "Uniqueness"); a deleted record keeps its external ids. An empty
/// value (or `null`, mapped to empty before parsing) deletes the key on
/// PATCH.
fn check_external_ids(
    store: &Store,
    ids: &ExternalIds,
    except: Option<&str>,
) -> Result<(), ApiError> {
    for (key, value) in ids {
        if !is_alphanumeric(key) {
            return Err(ApiError::bad_param(
                "externalIds",
                format!("key {key:?} must be alphanumeric"),
            ));
        }
        if value.is_empty() {
            continue;
        }
        if !is_external_id_value(value) {
            return Err(ApiError::bad_param(
                &format!("externalIds.{key}"),
                format!("value {value:?} must be alphanumeric (or _ - % + @ .)"),
            ));
        }
        if let Some(other) = store.external_id_holder(key, value, except) {
            return Err(ApiError::bad_param(
                &format!("externalIds.{key}"),
                format!("{key}:{value} is already used by {other}"),
            ));
        }
    }
    Ok(())
}

/// Maps `null` external id values to `""` (both delete) so the typed body parses.
fn nulls_to_empty(body: &mut Value) {
    if let Some(Value::Object(map)) = body.get_mut("externalIds") {
        for v in map.values_mut() {
            if v.is_null() {
                *v = Value::String(String::new());
            }
        }
    }
}

fn owner(
    store: &Store,
    entity: &EntityType,
    raw_id: &str,
    type_entity: &EntityType,
) -> Result<Value, ApiError> {
    if matches!(entity, EntityType::Other(_)) {
        return Err(ApiError::bad_param(
            "owner.entityType",
            format!("expected worker or asset, got {entity:?}"),
        ));
    }
    if entity != type_entity {
        return Err(ApiError::bad_param(
            "owner.entityType",
            format!("the qualification type is for {type_entity}, not {entity}"),
        ));
    }
    let id = store.resolve_owner(entity, raw_id).ok_or_else(|| {
        ApiError::bad_param("owner.id", format!("no {entity} with id {raw_id:?}"))
    })?;
    Ok(json!({"entityType": entity.as_str(), "id": id}))
}

/// `expirationDate` of 1970-01-01T00:00:00Z means "no expiration date".
fn expiration(at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    at.filter(|t| t.timestamp() != 0)
}

/// `POST /qualification-records` → 201.
pub(crate) fn create(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let mut raw = body_value(body)?;
    nulls_to_empty(&mut raw);
    let input: QualificationRecordCreate = parse_value(raw)?;
    let qtype = store
        .qualification_type(&input.qualification_type.id)
        .cloned()
        .ok_or_else(|| {
            ApiError::bad_param(
                "qualificationType.id",
                format!("no qualification type {:?}", input.qualification_type.id),
            )
        })?;
    let owner = owner(
        store,
        &input.owner.entity_type,
        &input.owner.id,
        &qtype.entity_type,
    )?;
    let mut external: ExternalIds = input.external_ids.clone().unwrap_or_default();
    check_external_ids(store, &external, None)?;
    external.retain(|_, v| !v.is_empty());
    let fields = fields::apply(
        &mut store.rng,
        &qtype,
        input.fields.as_deref().unwrap_or_default(),
        None,
    )?;
    let now = store.tick();
    let mut record = json!({
        "id": store.rng.uuid(),
        "createdAtTime": time(now),
        "updatedAtTime": time(now),
        "createdBy": api_user(),
        "updatedBy": api_user(),
        "issueDate": time(input.issue_date),
        "owner": owner,
        "qualificationType": {"id": qtype.id, "name": qtype.name, "revisionId": qtype.revision_id},
        "recordStatus": "active",
        "fields": fields,
    });
    if let Some(exp) = expiration(input.expiration_date) {
        record["expirationDate"] = time(exp);
    }
    if !external.is_empty() {
        record["externalIds"] = json!(external);
    }
    let record: QualificationRecord =
        typed("the new record", record).map_err(ApiError::internal)?;
    let out = present(store, &record, true);
    store.put_record(record);
    Reply::json(
        StatusCode::CREATED,
        &QualificationRecordResponse::try_from(QualificationRecordResponse::builder().data(out))
            .map_err(ApiError::internal)?,
    )
}

/// The live (not deleted) record `raw` names, or 404.
fn live_record(store: &Store, raw: &str) -> Result<QualificationRecord, ApiError> {
    match store.resolve_record(raw) {
        Some(r) if r.record_status != RecordStatus::Deleted => Ok(r.clone()),
        _ => Err(ApiError::not_found(format!("qualification record {raw:?}"))),
    }
}

/// `PATCH /qualification-records`: only the members sent change.
pub(crate) fn patch(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let mut raw = body_value(body)?;
    nulls_to_empty(&mut raw);
    let input: QualificationRecordPatch = parse_value(raw)?;
    let mut record = live_record(store, &input.id)?;
    let qtype = store
        .qualification_type(&record.qualification_type.id)
        .cloned()
        .ok_or_else(|| ApiError::internal("a record's qualification type is gone"))?;
    if let Some(o) = &input.owner {
        let owner = owner(store, &o.entity_type, &o.id, &qtype.entity_type)?;
        record.owner = typed("owner", owner).map_err(ApiError::internal)?;
    }
    if let Some(ids) = &input.external_ids {
        check_external_ids(store, ids, Some(&record.id))?;
        let mut merged = record.external_ids.clone().unwrap_or_default();
        for (k, v) in ids {
            if v.is_empty() {
                merged.remove(k);
            } else {
                merged.insert(k.clone(), v.clone());
            }
        }
        record.external_ids = (!merged.is_empty()).then_some(merged);
    }
    if let Some(issue) = input.issue_date {
        record.issue_date = issue;
    }
    if input.expiration_date.is_some() {
        record.expiration_date = expiration(input.expiration_date);
    }
    if let Some(inputs) = &input.fields {
        record.fields = fields::apply(&mut store.rng, &qtype, inputs, Some(&record.fields))?;
    }
    record.updated_at_time = store.tick();
    record.updated_by = typed("user", api_user()).map_err(ApiError::internal)?;
    let out = present(store, &record, true);
    store.put_record(record);
    Reply::json(
        StatusCode::OK,
        &QualificationRecordResponse::try_from(QualificationRecordResponse::builder().data(out))
            .map_err(ApiError::internal)?,
    )
}

/// DELETE, archive and unarchive: set the status, bump `updatedAtTime`, 200
/// with an empty body.
pub(crate) fn set_status(
    store: &mut Store,
    body: &[u8],
    status: RecordStatus,
) -> Result<Reply, ApiError> {
    let input: QualificationRecordIdRequest = parse_body(body)?;
    let mut record = live_record(store, &input.id)?;
    record.record_status = status;
    record.updated_at_time = store.tick();
    record.updated_by = typed("user", api_user()).map_err(ApiError::internal)?;
    store.put_record(record);
    Ok(Reply::Empty(StatusCode::OK))
}

/// `GET /qualification-types`, in id order, cursor-paginated.
pub(crate) fn types(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let entity = entity_type(query)?;
    let ids = query.array("ids", MAX_IDS)?;
    let limit = query.limit()?;
    let from = pages::after(query, ctx.now)?.unwrap_or_else(|| Position::new(0, ""));
    let positions: Vec<Position> = store
        .types
        .iter()
        .map(|t| Position::new(0, t.id.clone()))
        .collect();
    let window = Window {
        from,
        until: None,
        limit,
        follow: false,
    };
    let page = pages::cut(
        positions.iter().filter(|p| **p > window.from),
        &window,
        ctx,
        |p| store.qualification_type(&p.id),
        |t| t.entity_type == entity && (ids.is_empty() || ids.contains(&t.id)),
    );
    let body: QualificationTypePage = QualificationTypePage::builder()
        .data(page.items.into_iter().cloned().collect::<Vec<_>>())
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}
