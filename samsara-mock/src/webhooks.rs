//! The webhook family: `GET /webhooks` (list), `POST /webhooks` (create),
//! `GET`, `PATCH` (a JSON merge patch) and `DELETE /webhooks/{id}`, and the
//! events a work-order write makes for the webhooks subscribed to them
//! ([`plan`]; [`crate::delivery`] sends them).
//!
//! A webhook is stored as the JSON it is served as, members spelled as
//! sent (an event type Samsara has not documented yet is kept as is).

use std::time::Duration;

use axum::http::StatusCode;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use samsara::types::{Webhook, WebhookEventType, WebhookPage, WebhookVersion};
use serde_json::{Map, Value, json};

use crate::MockConfig;
use crate::cursor::{Position, natural_cmp};
use crate::delivery::Job;
use crate::pages::{self, Ctx, Window, body_value};
use crate::query::Query;
use crate::reply::{ApiError, Reply};
use crate::seed::{time, typed};
use crate::store::Store;

/// The event type the fake server sends.
pub(crate) const WORK_ORDER_EVENT: &str = "WorkOrderCreatedOrChanged";
/// The organisation's id in every event (Samsara sends a number).
pub(crate) const ORG_ID: u64 = 20936;
/// `version` when a create leaves it out: the spec names no default; the
/// fake takes the oldest, the version of webhooks made before versions.
const DEFAULT_VERSION: &str = "2018-01-01";
/// Documented limits.
const MAX_NAME: usize = 255;
const MAX_URL: usize = 2047;
const MAX_HEADERS: usize = 5;
const MAX_HEADER_KEY: usize = 100;
const MAX_HEADER_VALUE: usize = 100;
/// Most ids the `ids` filter takes.
const MAX_IDS: usize = 512;
/// Bytes in a secret key (Base64 in the API).
const SECRET_BYTES: usize = 32;
/// The members a create may send.
const CREATE_MEMBERS: &[&str] = &["name", "url", "eventTypes", "customHeaders", "version"];
/// The members a patch may send (`WebhookPatch`: the event types of a
/// webhook cannot be changed through it).
const PATCH_MEMBERS: &[&str] = &["name", "url", "customHeaders", "version"];
/// Members that may be removed with `null` in a patch.
const OPTIONAL_MEMBERS: &[&str] = &["customHeaders", "eventTypes"];

/// A work order created or changed by a write, for the webhooks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WorkOrderChange {
    pub(crate) id: String,
    pub(crate) at: DateTime<Utc>,
}

/// A 400 naming `member`.
fn bad(member: &str, detail: impl std::fmt::Display) -> ApiError {
    ApiError::bad_param(member, detail)
}

/// Refuses members a body may not send, naming the first.
fn only(body: &Map<String, Value>, allowed: &[&str], what: &str) -> Result<(), ApiError> {
    match body.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(bad(
            k,
            format!("not a member of {what} (it takes {})", allowed.join(", ")),
        )),
        None => Ok(()),
    }
}

fn string<'a>(webhook: &'a Map<String, Value>, member: &str) -> Result<&'a str, ApiError> {
    match webhook.get(member) {
        Some(Value::String(s)) => Ok(s),
        None | Some(Value::Null) => Err(bad(member, "required")),
        Some(_) => Err(bad(member, "must be a string")),
    }
}

/// Checks a whole webhook (after a create's defaults or a patch's merge):
/// `name` (1–255 characters), `url` (http or https, at most 2047
/// characters), `version` (documented values), `eventTypes` (any non-empty
/// strings: Samsara adds types without notice), `customHeaders` (at most
/// 5, each a header name of at most 100 characters and a value of at most
/// 100).
fn validate(webhook: &Map<String, Value>) -> Result<(), ApiError> {
    let name = string(webhook, "name")?;
    if name.trim().is_empty() || name.chars().count() > MAX_NAME {
        return Err(bad("name", format!("must be 1 to {MAX_NAME} characters")));
    }
    let url = string(webhook, "url")?;
    if url.chars().count() > MAX_URL {
        return Err(bad(
            "url",
            format!("at most {MAX_URL} characters, got {}", url.chars().count()),
        ));
    }
    match reqwest::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
        _ => {
            return Err(bad(
                "url",
                format!("must be an http or https URL, got {url:?}"),
            ));
        }
    }
    let version = string(webhook, "version")?;
    if !WebhookVersion::KNOWN.iter().any(|v| v.as_str() == version) {
        let known: Vec<&str> = WebhookVersion::KNOWN.iter().map(|v| v.as_str()).collect();
        return Err(bad(
            "version",
            format!("unknown version {version:?} (one of {})", known.join(", ")),
        ));
    }
    match webhook.get("eventTypes") {
        None | Some(Value::Null) => {}
        Some(Value::Array(types)) => {
            for (i, t) in types.iter().enumerate() {
                if t.as_str().is_none_or(|t| t.trim().is_empty()) {
                    return Err(bad(
                        &format!("eventTypes[{i}]"),
                        "must be a non-empty string",
                    ));
                }
            }
        }
        Some(_) => return Err(bad("eventTypes", "must be an array")),
    }
    match webhook.get("customHeaders") {
        None | Some(Value::Null) => {}
        Some(Value::Array(headers)) => {
            if headers.len() > MAX_HEADERS {
                return Err(bad(
                    "customHeaders",
                    format!("at most {MAX_HEADERS} headers, got {}", headers.len()),
                ));
            }
            for (i, h) in headers.iter().enumerate() {
                let path = |m: &str| format!("customHeaders[{i}].{m}");
                let Some(h) = h.as_object() else {
                    return Err(bad(&format!("customHeaders[{i}]"), "must be an object"));
                };
                only(h, &["key", "value"], "a custom header")?;
                let key = h.get("key").and_then(Value::as_str).unwrap_or_default();
                if key.is_empty()
                    || key.len() > MAX_HEADER_KEY
                    || axum::http::HeaderName::from_bytes(key.as_bytes()).is_err()
                {
                    return Err(bad(
                        &path("key"),
                        format!("must be a header name of 1 to {MAX_HEADER_KEY} characters"),
                    ));
                }
                let value = h
                    .get("value")
                    .and_then(Value::as_str)
                    .ok_or_else(|| bad(&path("value"), "required, a string"))?;
                if value.chars().count() > MAX_HEADER_VALUE
                    || axum::http::HeaderValue::from_str(value).is_err()
                {
                    return Err(bad(
                        &path("value"),
                        format!("must be a header value of at most {MAX_HEADER_VALUE} characters"),
                    ));
                }
            }
        }
        Some(_) => return Err(bad("customHeaders", "must be an array")),
    }
    Ok(())
}

/// The stored webhook as the generated type (a stored webhook always fits:
/// it was validated).
fn present(webhook: &Map<String, Value>) -> Result<Webhook, ApiError> {
    typed("a webhook", Value::Object(webhook.clone())).map_err(ApiError::internal)
}

fn object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    match body_value(body)? {
        Value::Object(map) => Ok(map),
        _ => Err(bad("body", "must be a JSON object")),
    }
}

fn the_webhook<'a>(
    store: &'a Store,
    ctx: &Ctx,
) -> Result<(String, &'a Map<String, Value>), ApiError> {
    let id = ctx.path.required("id")?;
    store
        .webhooks
        .get(id)
        .map(|w| (id.to_owned(), w))
        .ok_or_else(|| ApiError::not_found(format!("webhook {id:?}")))
}

/// `POST /webhooks` → 200 with the webhook: a new id (`"23918"`, then
/// counting up) and a new `secretKey` (32 bytes from the seeded generator,
/// standard Base64).
pub(crate) fn create(store: &mut Store, body: &[u8]) -> Result<Reply, ApiError> {
    let mut webhook = object(body)?;
    only(&webhook, CREATE_MEMBERS, "a webhook create")?;
    string(&webhook, "name")?;
    string(&webhook, "url")?;
    if webhook.get("version").is_none_or(Value::is_null) {
        webhook.insert("version".into(), json!(DEFAULT_VERSION));
    }
    for member in OPTIONAL_MEMBERS {
        if webhook.get(*member).is_some_and(Value::is_null) {
            webhook.remove(*member);
        }
    }
    validate(&webhook)?;
    let id = store.next_webhook_id.to_string();
    store.next_webhook_id += 1;
    let secret: Vec<u8> = (0..SECRET_BYTES / 8)
        .flat_map(|_| store.webhook_rng.next_u64().to_le_bytes())
        .collect();
    webhook.insert("id".into(), json!(id));
    webhook.insert("secretKey".into(), json!(STANDARD.encode(secret)));
    let out = present(&webhook)?;
    store.webhooks.insert(id, webhook);
    Reply::json(StatusCode::OK, &out)
}

/// `GET /webhooks/{id}`.
pub(crate) fn get(store: &Store, ctx: &Ctx) -> Result<Reply, ApiError> {
    let (_, webhook) = the_webhook(store, ctx)?;
    Reply::json(StatusCode::OK, &present(webhook)?)
}

/// Applies a JSON merge patch (RFC 7396) to the top level of `target`: a
/// member sent replaces the stored one (an array whole), `null` removes it.
/// The members of a webhook are strings and arrays, so the recursion of
/// RFC 7396 into objects never applies.
pub(crate) fn merge_patch(target: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (key, value) in patch {
        if value.is_null() {
            target.remove(&key);
        } else {
            target.insert(key, value);
        }
    }
}

/// `PATCH /webhooks/{id}`: a JSON merge patch of `name`, `url`,
/// `customHeaders` (`null` removes them) and `version`; the result is
/// checked whole, and nothing changes when it is refused.
pub(crate) fn patch(store: &mut Store, body: &[u8], ctx: &Ctx) -> Result<Reply, ApiError> {
    let (id, current) = the_webhook(store, ctx)?;
    let patch = object(body)?;
    only(&patch, PATCH_MEMBERS, "a webhook patch")?;
    if let Some((k, _)) = patch
        .iter()
        .find(|(k, v)| v.is_null() && !OPTIONAL_MEMBERS.contains(&k.as_str()))
    {
        return Err(bad(k, "required: it cannot be removed"));
    }
    let mut webhook = current.clone();
    merge_patch(&mut webhook, patch);
    validate(&webhook)?;
    let out = present(&webhook)?;
    store.webhooks.insert(id, webhook);
    Reply::json(StatusCode::OK, &out)
}

/// `DELETE /webhooks/{id}` → 204. Deliveries already planned still go out.
pub(crate) fn delete(store: &mut Store, ctx: &Ctx) -> Result<Reply, ApiError> {
    let (id, _) = the_webhook(store, ctx)?;
    store.webhooks.remove(&id);
    Ok(Reply::Empty(StatusCode::NO_CONTENT))
}

/// `GET /webhooks`: in id order, `limit` (≤ 512) a page, `ids` filters.
pub(crate) fn list(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let ids = query.array("ids", MAX_IDS)?;
    let limit = query.limit()?;
    let from = pages::after(query, ctx.now)?.unwrap_or_else(|| Position::new(0, ""));
    let mut positions: Vec<Position> = store
        .webhooks
        .keys()
        .filter(|id| ids.is_empty() || ids.contains(id))
        .map(|id| Position::new(0, id.clone()))
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
        |p| store.webhooks.get(&p.id),
        |_| true,
    );
    let data = page
        .items
        .into_iter()
        .map(present)
        .collect::<Result<Vec<_>, _>>()?;
    let body: WebhookPage = WebhookPage::builder()
        .data(data)
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

/// Whether `webhook` gets `WorkOrderCreatedOrChanged` events: only when its
/// `eventTypes` names it. A webhook without event types is the legacy kind
/// alerts point to and gets no event-subscription events.
fn subscribed(webhook: &Map<String, Value>) -> bool {
    webhook
        .get("eventTypes")
        .and_then(Value::as_array)
        .is_some_and(|types| types.iter().any(|t| t.as_str() == Some(WORK_ORDER_EVENT)))
}

/// The deliveries the work-order writes `changes` make: one event per
/// change (one `eventId`, shared by every webhook it goes to), one delivery
/// per subscribed webhook, with the delay and the repeat the configuration
/// draws (from the seeded generator, in the order of the writes).
///
/// The envelope is Webhooks 2.0's; its `data` is `{"id": "<work order
/// id>"}`, the fake server's guess: Samsara documents no `data` for this
/// event type.
pub(crate) fn plan(
    store: &mut Store,
    config: &MockConfig,
    changes: Vec<WorkOrderChange>,
) -> Vec<Job> {
    let mut jobs = Vec::new();
    for change in changes {
        let event_id = store.webhook_rng.uuid();
        let targets: Vec<(String, Map<String, Value>)> = store
            .webhooks
            .iter()
            .filter(|(_, w)| subscribed(w))
            .map(|(id, w)| (id.clone(), w.clone()))
            .collect();
        for (webhook_id, webhook) in targets {
            let envelope = json!({
                "eventId": event_id,
                "eventTime": time(change.at),
                "eventType": WORK_ORDER_EVENT,
                "orgId": ORG_ID,
                "webhookId": webhook_id,
                "data": {"id": change.id},
            });
            let custom_headers = webhook
                .get("customHeaders")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|h| {
                    Some((
                        h.get("key")?.as_str()?.to_owned(),
                        h.get("value")?.as_str()?.to_owned(),
                    ))
                })
                .collect();
            let job = Job {
                url: webhook
                    .get("url")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                secret: webhook
                    .get("secretKey")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                custom_headers,
                event_type: WebhookEventType::WorkOrderCreatedOrChanged,
                body: serde_json::to_vec(&envelope).unwrap_or_default().into(),
                delay: draw_delay(store, config),
            };
            if config.webhook_repeats > 0.0 && store.webhook_rng.chance(config.webhook_repeats) {
                let again = Job {
                    delay: draw_delay(store, config),
                    ..job.clone()
                };
                jobs.push(again);
            }
            jobs.push(job);
        }
    }
    jobs
}

/// A delivery's delay, uniformly from `webhook_delay`.
fn draw_delay(store: &mut Store, config: &MockConfig) -> Duration {
    let (min, max) = (config.webhook_delay.min, config.webhook_delay.max);
    if max.is_zero() {
        return Duration::ZERO;
    }
    let ms = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    let drawn = store.webhook_rng.range(ms(min), ms(max).saturating_add(1));
    Duration::from_millis(u64::try_from(drawn).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_merge_patch_replaces_arrays_whole_and_null_removes() {
        let mut w = map(
            json!({"name": "a", "customHeaders": [{"key": "k", "value": "1"}, {"key": "j", "value": "2"}], "eventTypes": ["X"]}),
        );
        merge_patch(
            &mut w,
            map(json!({"customHeaders": [{"key": "z", "value": "3"}]})),
        );
        assert_eq!(w["customHeaders"], json!([{"key": "z", "value": "3"}]));
        assert_eq!(w["name"], "a", "members not sent are unchanged");
        merge_patch(&mut w, map(json!({"customHeaders": null, "name": "b"})));
        assert!(!w.contains_key("customHeaders"));
        assert_eq!(w["name"], "b");
        assert_eq!(w["eventTypes"], json!(["X"]));
    }

    #[test]
    fn validation_names_the_member() {
        let ok = map(json!({"name": "n", "url": "http://127.0.0.1:9/x", "version": "2024-02-27"}));
        assert!(validate(&ok).is_ok());
        let refused = |patch: Value| {
            let mut w = ok.clone();
            merge_patch(&mut w, map(patch));
            validate(&w).unwrap_err().message
        };
        assert!(refused(json!({"url": "ftp://x/y"})).contains("url"));
        assert!(
            refused(json!({"url": format!("https://x.example/{}", "a".repeat(2047))}))
                .contains("2047")
        );
        assert!(refused(json!({"version": "2025-01-01"})).contains("version"));
        assert!(refused(json!({"name": ""})).contains("name"));
        let six: Vec<Value> = (0..6)
            .map(|i| json!({"key": format!("K{i}"), "value": "v"}))
            .collect();
        assert!(refused(json!({"customHeaders": six})).contains("at most 5"));
        assert!(
            refused(json!({"customHeaders": [{"key": "bad key", "value": "v"}]}))
                .contains("customHeaders[0].key")
        );
        assert!(refused(json!({"eventTypes": [""]})).contains("eventTypes[0]"));
        let mut any = ok.clone();
        any.insert(
            "eventTypes".into(),
            json!(["SomethingNew", WORK_ORDER_EVENT]),
        );
        assert!(validate(&any).is_ok(), "event types are open");
        assert!(subscribed(&any) && !subscribed(&ok));
    }
}
