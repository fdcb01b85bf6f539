//! What the spec says about each operation, beyond its types: the facts the
//! hand-written layer acts on (pacing, replay, pagination, query shaping).
//!
//! Derived from standard OpenAPI where it has a word for the fact, and from
//! documented `x-samsara-…` extensions where it has none:
//!
//! | fact | from |
//! |---|---|
//! | method, path, operation name | the path item and `operationId` |
//! | reads change nothing | `GET` |
//! | replay-safe (idempotent) | every method but `POST`; a `POST` marked `x-samsara-idempotent: true` |
//! | cursor-paginated | a `GET` with an `after` query parameter whose 2xx body is a `$ref` with a `data` list of `$ref` items and a `pagination` member; `x-samsara-paginated: true`/`false` overrides |
//! | time window (follow mode, checkpoints by time) | a paginated operation with `startTime` and `endTime` query parameters |
//! | rate limit | `x-samsara-rate-limit: {"requests": N, "per": "second" \| "minute"}` (required) |
//! | error body | a `4XX` (or `4xx` code) response whose body is `$ref: ErrorBody` (required) |
//! | comma-joined query arrays | `style: form, explode: false` query parameters |
//! | list limits | a query parameter's `schema.maxItems` |
//! | times sent to the millisecond | a query parameter's `schema.format: date-time` |
//!
//! [`operations`] is the one place these rules live: `generate` turns its
//! result into the crate's `OPERATIONS` table and `impl` invocations, and
//! `cargo xtask drift`/`record` pick the operations they call from it.

use serde_json::Value;

use crate::{Error, Result};

/// One operation of the spec and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// The spec's `operationId` (`getWorkOrders`).
    pub id: String,
    /// progenitor's method name (`get_work_orders`), also what
    /// `OperationInfo::operation_id` carries at run time.
    pub name: String,
    /// progenitor's builder name (`GetWorkOrders`).
    pub builder: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template (`/maintenance/work-orders`).
    pub path: String,
    /// Where it is, for messages: `paths./maintenance/work-orders.get`.
    pub location: String,
    /// The component of the first 2xx body (`None`: no body).
    pub output: Option<String>,
    /// When that body is a single-object wrapper (`{"data": {...}}`, its only
    /// member, a `$ref`): the component of `data`, which `send()` returns.
    pub data: Option<String>,
    /// `x-samsara-rate-limit`: requests per [`Operation::per_second`] or per minute.
    pub rate_limit: u32,
    /// `true`: the rate limit counts per second; `false`: per minute.
    pub per_second: bool,
    /// Repeating it cannot apply it twice.
    pub idempotent: bool,
    /// Cursor pagination, when it has it.
    pub pagination: Option<Pagination>,
    /// Query parameters, in spec order.
    pub query: Vec<QueryParameter>,
    /// Path parameters' names.
    pub path_parameters: Vec<String>,
}

/// How a cursor-paginated operation's pages look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// The 2xx body's component (`WorkOrdersPage`).
    pub page: String,
    /// The component of `data`'s items (`WorkOrder`).
    pub item: String,
    /// It takes `startTime`/`endTime`: windows, follow mode and time checkpoints.
    pub time_window: bool,
}

/// One query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryParameter {
    /// Its name on the wire.
    pub name: String,
    /// `required: true`.
    pub required: bool,
    /// Its schema, `$ref`s resolved one level (for enum values and types).
    pub schema: Value,
    /// `style: form, explode: false`: one comma-joined value.
    pub comma_joined: bool,
    /// `schema.maxItems`: most values per request.
    pub max_items: Option<usize>,
}

impl Operation {
    /// It changes nothing (`GET`).
    pub fn is_read(&self) -> bool {
        self.method == "GET"
    }
}

/// Every operation of the parsed spec `raw`, in spec order; `spec_name`
/// starts error messages, which name the spec location at fault.
pub fn operations(spec_name: &str, raw: &Value) -> Result<Vec<Operation>> {
    let fail = |message: String| Error(format!("{spec_name} {message}"));
    let mut out = Vec::new();
    for (path, item) in raw["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let at = format!("paths.{path}.{method}");
            let output = output(raw, op).map_err(|m| fail(format!("at `{at}.responses`: {m}")))?;
            error_body(raw, op).map_err(|m| fail(format!("at `{at}.responses`: {m}")))?;
            let (rate_limit, per_second) =
                rate_limit(op).map_err(|m| fail(format!("at `{at}.x-samsara-rate-limit`: {m}")))?;
            let query = query_parameters(raw, op)
                .map_err(|m| fail(format!("at `{at}.parameters`: {m}")))?;
            let method = method.to_ascii_uppercase();
            let data = output.as_deref().and_then(|name| single_object(raw, name));
            let pagination = pagination(raw, &method, output.as_deref(), &query, op)
                .map_err(|m| fail(format!("at `{at}`: {m}")))?;
            out.push(Operation {
                id: id.to_owned(),
                name: snake_case(id),
                builder: upper_camel(id),
                idempotent: method != "POST" || op["x-samsara-idempotent"] == Value::Bool(true),
                path_parameters: parameters(raw, op)
                    .filter(|p| p["in"] == "path")
                    .filter_map(|p| p["name"].as_str().map(str::to_owned))
                    .collect(),
                method,
                path: path.clone(),
                location: at,
                output,
                data,
                rate_limit,
                per_second,
                pagination,
                query,
            });
        }
    }
    Ok(out)
}

/// The first 2xx response's body component; `None` when it has no body.
fn output(raw: &Value, op: &Value) -> std::result::Result<Option<String>, String> {
    let (code, body) = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .find(|(code, _)| code.starts_with('2'))
        .ok_or("no 2xx response")?;
    let body = resolve(raw, body);
    match &body["content"]["application/json"]["schema"] {
        Value::Null => Ok(None),
        schema => schema_ref(schema)
            .map(|name| Some(name.to_owned()))
            .ok_or_else(|| format!("`{code}`: the body schema must be a `$ref` to a component")),
    }
}

/// The one error body every operation documents: the hand-written layer
/// reads every operation's errors as `ErrorBody` (`message`, `requestId`),
/// so an operation without it would not compile.
fn error_body(raw: &Value, op: &Value) -> std::result::Result<(), String> {
    let declared = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .any(|(code, r)| {
            code.starts_with('4')
                && schema_ref(&resolve(raw, r)["content"]["application/json"]["schema"])
                    == Some("ErrorBody")
        });
    if declared {
        Ok(())
    } else {
        Err("no 4xx response whose body is `{\"$ref\": \"#/components/schemas/ErrorBody\"}` (add `\"4XX\"` with it: the client reads every operation's errors as ErrorBody)".to_owned())
    }
}

/// The `data` component of a single-object wrapper: a schema whose only
/// member is a required `data` that is a `$ref` (not a list).
fn single_object(raw: &Value, output: &str) -> Option<String> {
    let schema = &raw["components"]["schemas"][output];
    let members = schema["properties"].as_object()?;
    let required = schema["required"].as_array()?;
    if members.len() != 1 || !required.iter().any(|r| r == "data") {
        return None;
    }
    schema_ref(members.get("data")?).map(str::to_owned)
}

fn rate_limit(op: &Value) -> std::result::Result<(u32, bool), String> {
    let limit = &op["x-samsara-rate-limit"];
    let requests = limit["requests"]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or("`requests`: missing or not a u32")?;
    match limit["per"].as_str() {
        Some("second") => Ok((requests, true)),
        Some("minute") => Ok((requests, false)),
        _ => Err("`per`: must be \"second\" or \"minute\"".to_owned()),
    }
}

/// The operation's parameters, `$ref`s resolved.
fn parameters<'a>(raw: &'a Value, op: &'a Value) -> impl Iterator<Item = &'a Value> {
    op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(move |p| resolve(raw, p))
}

fn query_parameters(raw: &Value, op: &Value) -> std::result::Result<Vec<QueryParameter>, String> {
    let mut out = Vec::new();
    for (i, p) in parameters(raw, op).enumerate() {
        if p["in"] != "query" {
            continue;
        }
        let name = p["name"].as_str().ok_or(format!("[{i}].name: missing"))?;
        let schema = resolve(raw, &p["schema"]);
        let max_items = match schema.get("maxItems") {
            None => None,
            Some(max) => Some(
                max.as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or(format!("[{i}].schema.maxItems: not a usize"))?,
            ),
        };
        out.push(QueryParameter {
            name: name.to_owned(),
            required: p["required"] == Value::Bool(true),
            schema: schema.clone(),
            comma_joined: p["explode"] == Value::Bool(false),
            max_items,
        });
    }
    Ok(out)
}

/// Cursor pagination: detected from the page's shape, or as marked by
/// `x-samsara-paginated`.
fn pagination(
    raw: &Value,
    method: &str,
    output: Option<&str>,
    query: &[QueryParameter],
    op: &Value,
) -> std::result::Result<Option<Pagination>, String> {
    let has = |name: &str| query.iter().any(|p| p.name == name);
    let page = output.map(|name| &raw["components"]["schemas"][name]);
    let item = page.and_then(|page| schema_ref(&page["properties"]["data"]["items"]));
    let looks_paginated = method == "GET"
        && has("after")
        && page.is_some_and(|page| !page["properties"]["pagination"].is_null())
        && item.is_some();
    let paginated = match op.get("x-samsara-paginated") {
        Some(Value::Bool(explicit)) => *explicit,
        Some(_) => return Err("`x-samsara-paginated`: must be true or false".to_owned()),
        None => looks_paginated,
    };
    if !paginated {
        return Ok(None);
    }
    let (Some(page), Some(item)) = (output, item) else {
        return Err("x-samsara-paginated needs a 2xx body `$ref` with a `data` list of `$ref` items and a `pagination` member".to_owned());
    };
    let time_window = has("startTime") && has("endTime");
    let members = &raw["components"]["schemas"][item]["properties"];
    if time_window && (members["id"].is_null() || members["updatedAtTime"].is_null()) {
        return Err(format!(
            "a time-based stream's items (`{item}`) need `id` and `updatedAtTime` members"
        ));
    }
    Ok(Some(Pagination {
        page: page.to_owned(),
        item: item.to_owned(),
        time_window,
    }))
}

/// `value`, or what its local `$ref` points at (one level).
pub fn resolve<'a>(raw: &'a Value, value: &'a Value) -> &'a Value {
    match value["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => raw.pointer(pointer).unwrap_or(value),
        None => value,
    }
}

/// The component a `{"$ref": "#/components/schemas/X"}` names.
pub fn schema_ref(schema: &Value) -> Option<&str> {
    schema["$ref"]
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// progenitor's builder names: `getQualificationRecordsStream` → `GetQualificationRecordsStream`.
pub fn upper_camel(id: &str) -> String {
    let mut chars = id.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// progenitor's method names: `getQualificationRecordsStream` → `get_qualification_records_stream`.
pub fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
