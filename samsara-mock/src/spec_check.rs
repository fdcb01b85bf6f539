//! Checks responses against the OpenAPI document (`spec/samsara.json`).
//!
//! OpenAPI 3.0 schemas are not quite JSON Schema, so [`to_json_schema`]
//! converts them first:
//! - `#/components/schemas/X` references point into `$defs` (every component
//!   is embedded in each compiled schema);
//! - `nullable: true` allows `null`;
//! - `example`, `x-*` and other annotation-only keywords are dropped;
//! - an object schema without `additionalProperties` gets
//!   `additionalProperties: false`, so an undocumented member is an error
//!   (schemas that say `additionalProperties: {}` stay open);
//! - enums are checked strictly: a server must send only documented values
//!   (clients, on the other hand, treat them as open).
//!
//! Formats (`date-time`, `date`, `uri`) are checked. Responses are chosen by
//! status: the exact code, then `4XX`/`5XX`, then `default`; a `5XX` the
//! operation does not declare is accepted with any body (the spec leaves them
//! undeclared because Samsara sends plain text), any other undeclared status
//! is an error, and a response declared without content must have an empty
//! body.
//!
//! ```
//! use samsara_mock::spec_check::SpecValidator;
//! use serde_json::json;
//!
//! let spec = json!({
//!     "openapi": "3.0.3",
//!     "paths": {"/things": {"get": {"operationId": "getThings", "responses": {
//!         "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
//!     }}}},
//!     "components": {"schemas": {"Thing": {
//!         "type": "object", "required": ["id"],
//!         "properties": {"id": {"type": "string"}, "note": {"type": "string", "nullable": true}}
//!     }}}
//! });
//! let validator = SpecValidator::new(&spec)?;
//! assert!(validator.validate_json("getThings", 200, &json!({"id": "1", "note": null})).is_empty());
//! let errors = validator.validate_json("getThings", 200, &json!({"id": "1", "extra": true}));
//! assert_eq!(errors.len(), 1, "{errors:?}");
//! # Ok::<(), String>(())
//! ```

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Converts one OpenAPI 3.0 schema to JSON Schema 2020-12 (see the module docs).
pub fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(map) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (key, value) in map {
        match key.as_str() {
            "example" | "examples" | "nullable" | "discriminator" | "xml" | "externalDocs" => {}
            k if k.starts_with("x-") => {}
            "$ref" => {
                let target = value.as_str().unwrap_or_default();
                let target = match target.strip_prefix("#/components/schemas/") {
                    Some(name) => format!("#/$defs/{name}"),
                    None => target.to_owned(),
                };
                out.insert(key.clone(), Value::String(target));
            }
            "properties" | "patternProperties" | "$defs" => {
                let converted = value
                    .as_object()
                    .map(|props| {
                        props
                            .iter()
                            .map(|(name, s)| (name.clone(), to_json_schema(s)))
                            .collect::<Map<_, _>>()
                    })
                    .map_or_else(|| value.clone(), Value::Object);
                out.insert(key.clone(), converted);
            }
            "items" | "additionalProperties" | "not" | "contains" | "propertyNames" => {
                out.insert(key.clone(), to_json_schema(value));
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                let converted = value
                    .as_array()
                    .map(|items| Value::Array(items.iter().map(to_json_schema).collect()))
                    .unwrap_or_else(|| value.clone());
                out.insert(key.clone(), converted);
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    let is_object =
        out.get("type").and_then(Value::as_str) == Some("object") || out.contains_key("properties");
    if is_object && !out.contains_key("additionalProperties") {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    if map.get("nullable").and_then(Value::as_bool) == Some(true) {
        if let Some(reference) = out.remove("$ref") {
            out.insert(
                "anyOf".into(),
                json!([{"$ref": reference}, {"type": "null"}]),
            );
        }
        if let Some(Value::String(t)) = out.get("type").cloned() {
            out.insert("type".into(), json!([t, "null"]));
        }
        if let Some(Value::Array(values)) = out.get_mut("enum")
            && !values.contains(&Value::Null)
        {
            values.push(Value::Null);
        }
    }
    Value::Object(out)
}

/// Finds an operation by `operationId`: `(path, method, operation object)`.
pub fn operation<'a>(spec: &'a Value, operation_id: &str) -> Option<(&'a str, &'a str, &'a Value)> {
    let paths = spec.get("paths")?.as_object()?;
    for (path, item) in paths {
        for method in METHODS {
            if let Some(op) = item.get(*method)
                && op.get("operationId").and_then(Value::as_str) == Some(operation_id)
            {
                return Some((path, method, op));
            }
        }
    }
    None
}

/// Every `operationId` in the document, in path order.
pub fn operation_ids(spec: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for item in paths.values() {
            for method in METHODS {
                if let Some(id) = item
                    .get(*method)
                    .and_then(|op| op.get("operationId"))
                    .and_then(Value::as_str)
                {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids
}

/// What the document says a response looks like.
#[derive(Debug, Clone, PartialEq)]
enum Expected {
    /// A JSON body matching this (OpenAPI) schema.
    Json(Value),
    /// Declared without content: the body must be empty.
    Empty,
    /// A 5XX the operation does not declare: anything goes.
    Undeclared,
}

fn expected(spec: &Value, operation_id: &str, status: u16) -> Result<(String, Expected), String> {
    let (_, _, op) = operation(spec, operation_id)
        .ok_or_else(|| format!("no operation {operation_id} in the spec"))?;
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{operation_id} has no responses"))?;
    let exact = status.to_string();
    let class = format!("{}XX", status / 100);
    let found = [exact.as_str(), class.as_str(), "default"]
        .into_iter()
        .find_map(|k| responses.get(k).map(|r| (k.to_owned(), r)));
    let Some((key, response)) = found else {
        return if status >= 500 {
            Ok(("5XX".into(), Expected::Undeclared))
        } else {
            Err(format!("{operation_id}: status {status} is not documented"))
        };
    };
    let schema = response
        .get("content")
        .and_then(|c| c.get("application/json"))
        .and_then(|c| c.get("schema"));
    Ok((
        key,
        schema.map_or(Expected::Empty, |s| Expected::Json(s.clone())),
    ))
}

/// Compiles the document's schemas once and validates many responses.
pub struct SpecValidator {
    spec: Value,
    defs: Value,
    compiled: Mutex<HashMap<(String, String), Arc<jsonschema::Validator>>>,
}

impl std::fmt::Debug for SpecValidator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpecValidator").finish_non_exhaustive()
    }
}

impl SpecValidator {
    /// Reads `components.schemas` of an OpenAPI 3.0 document.
    pub fn new(spec: &Value) -> Result<Self, String> {
        let schemas = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let defs: Map<String, Value> = schemas
            .iter()
            .map(|(name, s)| (name.clone(), to_json_schema(s)))
            .collect();
        Ok(SpecValidator {
            spec: spec.clone(),
            defs: Value::Object(defs),
            compiled: Mutex::new(HashMap::new()),
        })
    }

    fn compiled(
        &self,
        operation_id: &str,
        key: &str,
        schema: &Value,
    ) -> Result<Arc<jsonschema::Validator>, String> {
        let cache_key = (operation_id.to_owned(), key.to_owned());
        let mut cache = self
            .compiled
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(v) = cache.get(&cache_key) {
            return Ok(Arc::clone(v));
        }
        let mut root = match to_json_schema(schema) {
            Value::Object(m) => m,
            other => {
                let mut m = Map::new();
                m.insert("allOf".into(), json!([other]));
                m
            }
        };
        root.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        root.insert("$defs".into(), self.defs.clone());
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&Value::Object(root))
            .map_err(|e| format!("{operation_id} {key}: the schema does not compile: {e}"))?;
        let validator = Arc::new(validator);
        cache.insert(cache_key, Arc::clone(&validator));
        Ok(validator)
    }

    /// Validates a JSON body; returns one message per violation (empty: valid).
    pub fn validate_json(&self, operation_id: &str, status: u16, body: &Value) -> Vec<String> {
        let (key, expected) = match expected(&self.spec, operation_id, status) {
            Ok(e) => e,
            Err(e) => return vec![e],
        };
        match expected {
            Expected::Undeclared => Vec::new(),
            Expected::Empty => vec![format!(
                "{operation_id} {status}: the spec declares no body, got JSON"
            )],
            Expected::Json(schema) => match self.compiled(operation_id, &key, &schema) {
                Err(e) => vec![e],
                Ok(validator) => validator
                    .iter_errors(body)
                    .map(|e| format!("{operation_id} {status} at `{}`: {e}", e.instance_path()))
                    .collect(),
            },
        }
    }

    /// Validates a raw response: status, `Content-Type` and body bytes.
    pub fn validate_raw(
        &self,
        operation_id: &str,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Vec<String> {
        let (_, expected) = match expected(&self.spec, operation_id, status) {
            Ok(e) => e,
            Err(e) => return vec![e],
        };
        match expected {
            Expected::Undeclared => Vec::new(),
            Expected::Empty if body.is_empty() => Vec::new(),
            Expected::Empty => vec![format!(
                "{operation_id} {status}: the spec declares no body, got {} bytes",
                body.len()
            )],
            Expected::Json(_) => {
                let mut errors = Vec::new();
                if !content_type.is_some_and(|ct| ct.starts_with("application/json")) {
                    errors.push(format!(
                        "{operation_id} {status}: Content-Type is {content_type:?}, not application/json"
                    ));
                }
                match serde_json::from_slice::<Value>(body) {
                    Ok(json) => errors.extend(self.validate_json(operation_id, status, &json)),
                    Err(e) => errors.push(format!(
                        "{operation_id} {status}: the body is not JSON: {e}"
                    )),
                }
                errors
            }
        }
    }
}

/// One-off check of a JSON body (compiles the schema each call; use
/// [`SpecValidator`] for many).
pub fn validate_response(
    spec: &Value,
    operation_id: &str,
    status: u16,
    body: &Value,
) -> Vec<String> {
    match SpecValidator::new(spec) {
        Ok(v) => v.validate_json(operation_id, status, body),
        Err(e) => vec![e],
    }
}

/// One-off check of a raw response (status, `Content-Type`, bytes).
pub fn validate_raw_response(
    spec: &Value,
    operation_id: &str,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Vec<String> {
    match SpecValidator::new(spec) {
        Ok(v) => v.validate_raw(operation_id, status, content_type, body),
        Err(e) => vec![e],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_refs_and_closed_objects() {
        let s = to_json_schema(&json!({
            "type": "object",
            "properties": {
                "a": {"type": "array", "nullable": true, "items": {"$ref": "#/components/schemas/X"}, "example": [1]},
                "b": {"$ref": "#/components/schemas/Y"},
                "open": {"type": "object", "additionalProperties": {}},
                "e": {"type": "string", "enum": ["x"], "nullable": true, "x-foo": 1}
            }
        }));
        assert_eq!(s["additionalProperties"], json!(false));
        assert_eq!(s["properties"]["a"]["type"], json!(["array", "null"]));
        assert_eq!(s["properties"]["a"]["items"]["$ref"], json!("#/$defs/X"));
        assert!(s["properties"]["a"].get("example").is_none());
        assert_eq!(s["properties"]["b"]["$ref"], json!("#/$defs/Y"));
        assert_eq!(s["properties"]["open"]["additionalProperties"], json!({}));
        assert_eq!(s["properties"]["e"]["enum"], json!(["x", null]));
        assert!(s["properties"]["e"].get("x-foo").is_none());
    }
}
