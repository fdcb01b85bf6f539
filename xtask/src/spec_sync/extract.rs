//! `cargo xtask spec-extract`: the part of Samsara's published document that
//! `spec-sync` reads, small enough to commit (the full document is 3 MB).
//!
//! Kept: the published operations of the curated spec's families (same tag
//! and first path segment as a curated operation, or a tag listed in its
//! top-level `tags`, as `spec-sync` scopes missing operations),
//! plus any published operation paired with a curated one; every component
//! they reach through `$ref`s (transitively); `components.securitySchemes`;
//! the tags those operations use; every other top-level member as it is.
//! Nothing inside a kept object is changed, and the published key order is
//! kept, so `spec-sync` reports the same against the extract as against the
//! full document. An `x-samsara-extract` member records the source and how
//! to regenerate it.

use super::compare::{families, in_families, operations};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// Where Samsara publishes its OpenAPI document.
pub const PUBLISHED_URL: &str = "https://developers.samsara.com/openapi/samsara-api.json";

/// The extract of `published` for the families of `curated`; `source` names
/// the published file in `x-samsara-extract`.
pub fn extract(curated: &Value, published: &Value, source: &str) -> Value {
    let families = families(curated, published);
    let curated_ops = operations(curated);
    let mut kept: BTreeSet<(String, String)> = BTreeSet::new();
    let mut used_tags = BTreeSet::new();
    for op in operations(published) {
        let paired = curated_ops
            .iter()
            .any(|c| c.method == op.method && c.path == op.path);
        if paired || in_families(&op, &families) {
            for tag in op.node["tags"].as_array().into_iter().flatten() {
                if let Some(t) = tag.as_str() {
                    used_tags.insert(t.to_owned());
                }
            }
            kept.insert((op.path, op.method));
        }
    }
    let mut paths = Map::new();
    for (path, item) in published["paths"].as_object().into_iter().flatten() {
        let Some(item) = item.as_object() else {
            continue;
        };
        let mut out = Map::new();
        let mut any = false;
        for (key, value) in item {
            let is_method = crate::spec::METHODS.contains(&key.as_str());
            if is_method && !kept.contains(&(path.clone(), key.clone())) {
                continue;
            }
            any |= is_method;
            out.insert(key.clone(), value.clone());
        }
        if any {
            paths.insert(path.clone(), Value::Object(out));
        }
    }
    let paths = Value::Object(paths);
    let reached = reachable(published, &paths);
    let mut doc = Map::new();
    for (key, value) in published.as_object().into_iter().flatten() {
        let kept_value = match key.as_str() {
            "paths" => paths.clone(),
            "components" => components(value, &reached),
            "tags" => Value::Array(
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|t| t["name"].as_str().is_some_and(|n| used_tags.contains(n)))
                    .cloned()
                    .collect(),
            ),
            _ => value.clone(),
        };
        doc.insert(key.clone(), kept_value);
    }
    let families: Vec<Value> = families
        .iter()
        .map(|(tag, segment)| json!({"tag": tag, "first_path_segment": segment}))
        .collect();
    doc.insert(
        "x-samsara-extract".into(),
        json!({
            "source": source,
            "families": families,
            "regenerate": format!(
                "cargo xtask spec-extract --published DIR/{source} \
                 (DIR/{source}: Samsara's full published document, {PUBLISHED_URL})"
            ),
        }),
    );
    Value::Object(doc)
}

/// Pointers (`/components/schemas/X`) of every component reachable from `root`.
fn reachable(published: &Value, root: &Value) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(target) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix('#'))
                    && seen.insert(target.to_owned())
                    && let Some(next) = published.pointer(target)
                {
                    stack.push(next);
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    seen
}

/// `components` with only the reached members of each section
/// (`securitySchemes` whole).
fn components(value: &Value, reached: &BTreeSet<String>) -> Value {
    let mut out = Map::new();
    for (section, members) in value.as_object().into_iter().flatten() {
        if section == "securitySchemes" {
            out.insert(section.clone(), members.clone());
            continue;
        }
        let kept: Map<String, Value> = members
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(name, _)| {
                reached.contains(&format!(
                    "/components/{}/{}",
                    crate::spec::escape(section),
                    crate::spec::escape(name)
                ))
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !kept.is_empty() {
            out.insert(section.clone(), Value::Object(kept));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_families_and_what_they_reach() {
        let curated = json!({"paths": {"/things": {"get": {"tags": ["T"], "responses": {}}}}});
        let published = json!({
            "openapi": "3.0.1",
            "paths": {
                "/things": {"get": {"tags": ["T"], "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}},
                            "post": {"tags": ["T"], "responses": {}}},
                "/things/stream": {"get": {"tags": ["T"], "parameters": [{"$ref": "#/components/parameters/P"}], "responses": {}}},
                "/other": {"get": {"tags": ["T"], "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/C"}}}}}}}
            },
            "components": {
                "schemas": {"A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}}, "B": {}, "C": {}},
                "parameters": {"P": {"name": "p", "in": "query"}, "Q": {"name": "q", "in": "query"}},
                "securitySchemes": {"bearer": {"type": "http"}}
            },
            "tags": [{"name": "T"}, {"name": "U"}]
        });
        let doc = extract(&curated, &published, "pub.json");
        let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
        assert_eq!(paths, ["/things", "/things/stream"]);
        assert!(doc["paths"]["/things"]["post"].is_object());
        let schemas: Vec<&String> = doc["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(schemas, ["A", "B"]);
        let params: Vec<&String> = doc["components"]["parameters"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(params, ["P"]);
        assert_eq!(doc["tags"], json!([{"name": "T"}]));
        assert_eq!(doc["x-samsara-extract"]["source"], "pub.json");
    }
}
