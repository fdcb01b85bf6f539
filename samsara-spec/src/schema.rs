//! OpenAPI 3.0 Schema Objects → JSON Schema (draft 2020-12), so that the
//! `jsonschema` crate can validate response bodies and examples.
//!
//! The spec document is converted **in place**: every Schema Object keeps its
//! JSON Pointer, so the `schema_path` of a validation error is a location in
//! `spec/samsara.json` itself (`/components/schemas/WorkOrderStatus/enum`),
//! which is what the drift report and the lint print.
//!
//! What the conversion does, per Schema Object:
//! - `nullable: true` → `null` added to `type` (and to `enum`); on a `$ref`,
//!   `anyOf: [{$ref}, {type: null}]`.
//! - Siblings of `$ref` are dropped (OpenAPI 3.0 ignores them).
//! - Boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become numbers.
//! - **Closed objects:** an object schema with `properties` and no
//!   `additionalProperties` gets `additionalProperties: false`, so a member
//!   the spec does not list is an error. What `additionalProperties: {}` (or
//!   `true`) means is the caller's choice, [`Members`]: the curated spec says
//!   it on the polymorphic `QualificationField`/`TableCell` so the client
//!   keeps unknown members; for drift ([`Members::Strict`]) such a member is
//!   still undocumented, while [`Members::AsDeclared`] lets it through. A real
//!   map schema (`additionalProperties: {type: string}`) stays a map.
//!
//! Not handled, because the spec does not use them: `allOf` compositions of
//! object schemas (the strict-members rule would reject members of sibling
//! parts), external `$ref`s (the lint rejects them).

use crate::Error;
use crate::spec::{METHODS, Spec, escape, tokens};
use serde_json::{Map, Value, json};

/// Which members an object schema with `properties` accepts beyond those it
/// lists (see the module docs).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Members {
    /// Only the listed ones, even where the spec says
    /// `additionalProperties: {}` or `true`: every other member is
    /// undocumented (drift, spec-lint examples).
    #[default]
    Strict,
    /// The listed ones, plus any where the spec says
    /// `additionalProperties: {}` or `true` (a server may send members a newer
    /// API adds there); objects that say nothing are still closed.
    AsDeclared,
}

/// Where the Schema Objects and examples of a spec are.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Walk {
    /// JSON Pointers of every Schema Object, parents before children.
    pub schemas: Vec<String>,
    /// `(example pointer, pointer of the schema it must satisfy)`.
    pub examples: Vec<(String, String)>,
}

/// Finds every Schema Object and every example of an OpenAPI 3.0 document.
pub fn walk(doc: &Value) -> Walk {
    let mut w = Walk::default();
    if let Some(components) = doc.get("components") {
        for (name, _) in entries(components.get("schemas")) {
            w.schema(doc, &format!("/components/schemas/{}", escape(name)));
        }
        for (name, _) in entries(components.get("parameters")) {
            w.parameter(doc, &format!("/components/parameters/{}", escape(name)));
        }
        for (name, _) in entries(components.get("headers")) {
            w.parameter(doc, &format!("/components/headers/{}", escape(name)));
        }
        for (name, _) in entries(components.get("responses")) {
            w.response(doc, &format!("/components/responses/{}", escape(name)));
        }
        for (name, _) in entries(components.get("requestBodies")) {
            w.content(doc, &format!("/components/requestBodies/{}", escape(name)));
        }
    }
    for (path, item) in entries(doc.get("paths")) {
        let item_ptr = format!("/paths/{}", escape(path));
        for (i, _) in items(item.get("parameters")) {
            w.parameter(doc, &format!("{item_ptr}/parameters/{i}"));
        }
        for (method, op) in entries(Some(item)) {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let op_ptr = format!("{item_ptr}/{method}");
            for (i, _) in items(op.get("parameters")) {
                w.parameter(doc, &format!("{op_ptr}/parameters/{i}"));
            }
            if op.get("requestBody").is_some() {
                w.content(doc, &format!("{op_ptr}/requestBody"));
            }
            for (code, _) in entries(op.get("responses")) {
                w.response(doc, &format!("{op_ptr}/responses/{}", escape(code)));
            }
        }
    }
    w
}

impl Walk {
    fn schema(&mut self, doc: &Value, ptr: &str) {
        let Some(schema) = doc.pointer(ptr).and_then(Value::as_object) else {
            return;
        };
        self.schemas.push(ptr.to_owned());
        if schema.contains_key("example") {
            self.examples
                .push((format!("{ptr}/example"), ptr.to_owned()));
        }
        if schema.contains_key("$ref") {
            return;
        }
        for (name, _) in entries(schema.get("properties")) {
            self.schema(doc, &format!("{ptr}/properties/{}", escape(name)));
        }
        for key in ["items", "additionalProperties", "not"] {
            if schema.get(key).is_some_and(Value::is_object) {
                self.schema(doc, &format!("{ptr}/{key}"));
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            for (i, _) in items(schema.get(key)) {
                self.schema(doc, &format!("{ptr}/{key}/{i}"));
            }
        }
    }

    /// A Parameter, Header or Media Type object: `schema` plus `example(s)`.
    fn parameter(&mut self, doc: &Value, ptr: &str) {
        let Some(obj) = doc.pointer(ptr) else {
            return;
        };
        if obj.get("schema").is_none() {
            self.content(doc, ptr);
            return;
        }
        let schema = format!("{ptr}/schema");
        self.schema(doc, &schema);
        if obj.get("example").is_some() {
            self.examples
                .push((format!("{ptr}/example"), schema.clone()));
        }
        for (name, example) in entries(obj.get("examples")) {
            if example.get("value").is_some() {
                self.examples.push((
                    format!("{ptr}/examples/{}/value", escape(name)),
                    schema.clone(),
                ));
            }
        }
    }

    fn content(&mut self, doc: &Value, ptr: &str) {
        let Some(obj) = doc.pointer(ptr) else {
            return;
        };
        for (media, _) in entries(obj.get("content")) {
            self.parameter(doc, &format!("{ptr}/content/{}", escape(media)));
        }
    }

    fn response(&mut self, doc: &Value, ptr: &str) {
        self.content(doc, ptr);
        let Some(obj) = doc.pointer(ptr) else {
            return;
        };
        for (name, _) in entries(obj.get("headers")) {
            self.parameter(doc, &format!("{ptr}/headers/{}", escape(name)));
        }
    }
}

fn entries(v: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    v.and_then(Value::as_object).into_iter().flatten()
}

fn items(v: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// The spec with every Schema Object converted to JSON Schema 2020-12 (see the
/// module docs), ready to build validators rooted at any schema pointer.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The converted document (same layout as the spec).
    pub doc: Value,
}

impl Converted {
    /// Converts every Schema Object of `spec`.
    pub fn new(spec: &Spec, members: Members) -> Converted {
        let mut doc = spec.doc.clone();
        for ptr in walk(&spec.doc).schemas {
            if let Some(Value::Object(node)) = doc.pointer_mut(&ptr) {
                convert_node(node, members);
            }
        }
        Converted { doc }
    }

    /// A validator for the schema at `pointer` (with formats checked), whose
    /// errors carry `schema_path`s that are pointers into the spec.
    pub fn validator(&self, pointer: &str) -> Result<jsonschema::Validator, Error> {
        let mut root = self.doc.clone();
        if let Value::Object(map) = &mut root {
            // The rest of the document stays as unknown keywords, so `$ref`s
            // such as `#/components/schemas/X` resolve inside it.
            map.insert("$ref".into(), json!(format!("#{}", fragment(pointer))));
        }
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&root)
            .map_err(|e| Error::Schema(format!("cannot compile the schema at {pointer}: {e}")))
    }

    /// Follows a validation error's evaluation path (which passes through
    /// `$ref`s) from the schema at `root`, returning the spec pointer of every
    /// schema location it visits.
    pub fn trail(&self, root: &str, evaluation_path: &str) -> Vec<String> {
        let mut toks = tokens(evaluation_path).into_iter().peekable();
        // The validator's root is `{"$ref": root}`.
        if toks.peek().map(String::as_str) == Some("$ref") {
            toks.next();
        }
        let mut cur = root.to_owned();
        let mut trail = vec![cur.clone()];
        for tok in toks {
            if tok == "$ref" {
                let target = self
                    .doc
                    .pointer(&cur)
                    .and_then(|n| n.get("$ref"))
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix('#'))
                    .map(percent_decode);
                match target {
                    Some(t) => cur = t,
                    None => break,
                }
            } else {
                cur = format!("{cur}/{}", escape(&tok));
            }
            trail.push(cur.clone());
        }
        trail
    }
}

/// Converts one Schema Object in place (its children are converted separately).
pub fn convert_node(node: &mut Map<String, Value>, members: Members) {
    let nullable = matches!(node.remove("nullable"), Some(Value::Bool(true)));
    if let Some(reference) = node.get("$ref").cloned() {
        node.clear();
        if nullable {
            node.insert(
                "anyOf".into(),
                json!([{"$ref": reference}, {"type": "null"}]),
            );
        } else {
            node.insert("$ref".into(), reference);
        }
        return;
    }
    if nullable {
        match node.get_mut("type") {
            Some(Value::String(t)) => {
                let t = t.clone();
                node.insert("type".into(), json!([t, "null"]));
            }
            Some(Value::Array(types)) if !types.contains(&json!("null")) => {
                types.push(json!("null"));
            }
            _ => {}
        }
        if let Some(Value::Array(values)) = node.get_mut("enum")
            && !values.contains(&Value::Null)
        {
            values.push(Value::Null);
        }
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match node.get(exclusive) {
            Some(Value::Bool(true)) => {
                if let Some(limit) = node.remove(bound) {
                    node.insert(exclusive.into(), limit);
                } else {
                    node.remove(exclusive);
                }
            }
            Some(Value::Bool(false)) => {
                node.remove(exclusive);
            }
            _ => {}
        }
    }
    if node.contains_key("properties") {
        let strict = members == Members::Strict;
        let close = match node.get("additionalProperties") {
            None => true,
            Some(Value::Bool(true)) => strict,
            Some(Value::Object(m)) => m.is_empty() && strict,
            Some(_) => false,
        };
        if close {
            node.insert("additionalProperties".into(), Value::Bool(false));
        }
    }
}

/// Object schemas whose `type` member selects which other member holds the
/// value, and which keep members they do not list (`additionalProperties: {}`
/// or `true` in the spec): the polymorphic qualification field and table
/// cell. Returns the pointers of their `type` property schemas.
pub fn polymorphic_type_properties(spec: &Spec) -> Vec<String> {
    walk(&spec.doc)
        .schemas
        .into_iter()
        .filter(|ptr| {
            let Some(node) = spec.doc.pointer(ptr) else {
                return false;
            };
            let keeps_unknown = match node.get("additionalProperties") {
                Some(Value::Bool(true)) => true,
                Some(Value::Object(m)) => m.is_empty(),
                _ => false,
            };
            keeps_unknown && node.pointer("/properties/type").is_some()
        })
        .map(|ptr| format!("{ptr}/properties/type"))
        .collect()
}

/// Percent-encodes a JSON Pointer for use as a URI fragment.
fn fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for b in pointer.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(v: Value) -> Value {
        converted_with(v, Members::Strict)
    }

    fn converted_with(v: Value, members: Members) -> Value {
        let Value::Object(mut m) = v else {
            panic!("not an object")
        };
        convert_node(&mut m, members);
        Value::Object(m)
    }

    #[test]
    fn nullable_adds_null_to_type_and_enum() {
        assert_eq!(
            converted(json!({"type": "array", "items": {}, "nullable": true})),
            json!({"type": ["array", "null"], "items": {}})
        );
        assert_eq!(
            converted(json!({"type": "string", "enum": ["a"], "nullable": true})),
            json!({"type": ["string", "null"], "enum": ["a", null]})
        );
    }

    #[test]
    fn nullable_ref_becomes_any_of_and_ref_siblings_are_dropped() {
        assert_eq!(
            converted(json!({"$ref": "#/components/schemas/A", "nullable": true})),
            json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})
        );
        assert_eq!(
            converted(json!({"$ref": "#/components/schemas/A", "description": "x"})),
            json!({"$ref": "#/components/schemas/A"})
        );
    }

    #[test]
    fn objects_with_properties_reject_unlisted_members_but_maps_stay_maps() {
        assert_eq!(
            converted(json!({"type": "object", "properties": {}, "additionalProperties": {}})),
            json!({"type": "object", "properties": {}, "additionalProperties": false})
        );
        assert_eq!(
            converted(json!({"type": "object", "properties": {}})),
            json!({"type": "object", "properties": {}, "additionalProperties": false})
        );
        let map = json!({"type": "object", "additionalProperties": {"type": "string"}});
        assert_eq!(converted(map.clone()), map);
    }

    #[test]
    fn as_declared_keeps_open_objects_open_and_closes_the_rest() {
        let open = json!({"type": "object", "properties": {}, "additionalProperties": {}});
        assert_eq!(converted_with(open.clone(), Members::AsDeclared), open);
        let open = json!({"type": "object", "properties": {}, "additionalProperties": true});
        assert_eq!(converted_with(open.clone(), Members::AsDeclared), open);
        assert_eq!(
            converted_with(
                json!({"type": "object", "properties": {}}),
                Members::AsDeclared
            ),
            json!({"type": "object", "properties": {}, "additionalProperties": false})
        );
    }

    #[test]
    fn boolean_exclusive_bounds_become_numbers() {
        assert_eq!(
            converted(
                json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true,
                             "maximum": 9, "exclusiveMaximum": false})
            ),
            json!({"type": "integer", "exclusiveMinimum": 0, "maximum": 9})
        );
    }

    #[test]
    fn fragment_encoding_roundtrips() {
        let p = "/paths/~1a~1{id}/get";
        assert_eq!(fragment(p), "/paths/~1a~1%7Bid%7D/get");
        assert_eq!(percent_decode(&fragment(p)), p);
    }

    #[test]
    fn walk_finds_nested_schemas_and_examples() {
        let doc = json!({
            "components": {"schemas": {"A": {"type": "object", "example": {"x": 1},
                "properties": {"x": {"type": "integer", "example": 1},
                               "l": {"type": "array", "items": {"$ref": "#/components/schemas/B"}}}}}},
            "paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}, "example": "v"}],
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"},
                    "examples": {"one": {"value": {"x": 2}}}}}}}}}}
        });
        let w = walk(&doc);
        assert!(
            w.schemas
                .contains(&"/components/schemas/A/properties/l/items".to_owned())
        );
        assert!(
            w.schemas
                .contains(&"/paths/~1a/get/parameters/0/schema".to_owned())
        );
        assert_eq!(
            w.examples,
            vec![
                (
                    "/components/schemas/A/example".to_owned(),
                    "/components/schemas/A".to_owned()
                ),
                (
                    "/components/schemas/A/properties/x/example".to_owned(),
                    "/components/schemas/A/properties/x".to_owned()
                ),
                (
                    "/paths/~1a/get/parameters/0/example".to_owned(),
                    "/paths/~1a/get/parameters/0/schema".to_owned()
                ),
                (
                    "/paths/~1a/get/responses/200/content/application~1json/examples/one/value"
                        .to_owned(),
                    "/paths/~1a/get/responses/200/content/application~1json/schema".to_owned()
                ),
            ]
        );
    }
}
