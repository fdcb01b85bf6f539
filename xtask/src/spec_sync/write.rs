//! `spec-sync --write`: applies the additions to the curated spec, keeping
//! its curation, and lists what it cannot apply mechanically.
//!
//! Applied (never for a deliberate difference):
//!
//! | finding | edit |
//! |---|---|
//! | `missing-member` | the member, through [`spec_edit::add_property`] (optional arrays and maps `nullable`); in `required` too when the published spec requires it |
//! | `missing-enum-value` | the value, through [`spec_edit::add_enum_value`] |
//! | `curated-requires` | the member (through [`spec_edit::make_optional`]), parameter or body becomes optional |
//! | `nullable` (published nullable) | `nullable: true` |
//! | `rate-limit` | `x-samsara-rate-limit` as the published description states it |
//! | `missing-parameter` | the parameter, appended |
//! | `missing-operation` | the operation in the curated style: `summary` without `[beta] `, the description's first paragraph, `x-samsara-rate-limit`, the 2xx responses and the curated `4XX` (`ErrorBody`) |
//!
//! A published schema an addition refers to becomes a `$ref` to the curated
//! schema it was paired with during the comparison; else to a curated
//! schema that already says the same (no difference but deliberate ones);
//! else it is imported under a short name (`WorkOrderAssigneeObjectResponseBody`
//! → `WorkOrderAssignee`), placed in the sorted `components.schemas`, and
//! listed for review. Scalar and array components are inlined. Descriptions
//! and examples come from the published spec.

use super::allow::Allow;
use super::compare::{compare_schemas, published_rate_limit, resolve};
use super::{Edit, Finding};
use crate::spec::escape;
use crate::spec_edit;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// What `--write` did beyond the findings it marked `applied`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Whether the spec file changed.
    pub changed: bool,
    /// What a person should look at (imported schemas, new operations'
    /// curation, edits that failed).
    pub notes: Vec<String>,
}

/// Applies every applicable, undeliberate finding to `doc` (the curated
/// spec), marking each `applied`; `schemas` pairs published components with
/// curated ones (from the comparison).
pub fn apply(
    doc: &mut Value,
    published: &Value,
    allow: &Allow,
    schemas: &BTreeMap<String, String>,
    findings: &mut [Finding],
) -> Written {
    let mut importer = Importer {
        published,
        allow,
        schemas: schemas.clone(),
        notes: Vec::new(),
    };
    // Edits addressed by array index (parameters) come after the others, and
    // new operations last, so no pointer moves under an edit still to come.
    for phase in 0..3 {
        for f in findings.iter_mut() {
            let Some(edit) = f.edit.clone() else {
                continue;
            };
            let edit_phase = match edit {
                Edit::AddParameter { .. } => 1,
                Edit::AddOperation { .. } => 2,
                _ => 0,
            };
            if f.allowed.is_some() || edit_phase != phase {
                continue;
            }
            match importer.apply(doc, &edit) {
                Ok(()) => f.applied = true,
                Err(e) => importer.notes.push(format!(
                    "{} {} [{}]: not applied: {e}",
                    f.operation_id, f.location, f.kind
                )),
            }
        }
    }
    Written {
        changed: false,
        notes: importer.notes,
    }
}

struct Importer<'a> {
    published: &'a Value,
    allow: &'a Allow,
    schemas: BTreeMap<String, String>,
    notes: Vec<String>,
}

impl<'a> Importer<'a> {
    fn apply(&mut self, doc: &mut Value, edit: &Edit) -> Result<(), String> {
        match edit {
            Edit::AddMember {
                schema,
                name,
                published,
            } => {
                let parent = self.published_at(published)?;
                let member = parent["properties"]
                    .get(name)
                    .ok_or_else(|| format!("no member `{name}` at {published}"))?;
                let mut property = self.translate(doc, member);
                conventions(&mut property);
                let required = parent["required"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|n| n == name.as_str()));
                spec_edit::add_property(doc, schema, name, property).map_err(|e| e.to_string())?;
                if required {
                    require(doc, schema, name, member["nullable"] == true)?;
                }
                Ok(())
            }
            Edit::AddEnumValue { schema, value, .. } => match value {
                Value::String(s) => spec_edit::add_enum_value(doc, schema, s)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                other => {
                    let list = doc
                        .pointer_mut(&format!("{schema}/enum"))
                        .and_then(Value::as_array_mut)
                        .ok_or_else(|| format!("no enum at {schema}"))?;
                    list.push(other.clone());
                    Ok(())
                }
            },
            Edit::MakeMemberOptional { schema, name } => {
                spec_edit::make_optional(doc, schema, name)
                    .map(drop)
                    .map_err(|e| e.to_string())
            }
            Edit::MakeOptional { pointer } => {
                object_mut(doc, pointer)?.remove("required");
                Ok(())
            }
            Edit::MakeNullable { schema } => {
                object_mut(doc, schema)?.insert("nullable".into(), Value::Bool(true));
                Ok(())
            }
            Edit::SetRateLimit { operation, limit } => {
                let op = object_mut(doc, operation)?;
                match op
                    .get_mut("x-samsara-rate-limit")
                    .and_then(Value::as_object_mut)
                {
                    Some(existing) => {
                        for (k, v) in limit.as_object().into_iter().flatten() {
                            existing.insert(k.clone(), v.clone());
                        }
                    }
                    None => {
                        let at = op
                            .keys()
                            .position(|k| k == "tags")
                            .map_or(op.len(), |i| i + 1);
                        op.shift_insert(at, "x-samsara-rate-limit".into(), limit.clone());
                    }
                }
                Ok(())
            }
            Edit::AddParameter {
                operation,
                published,
            } => {
                let parameter = self.published_at(published)?.clone();
                let translated = self.translate(doc, &parameter);
                let op = object_mut(doc, operation)?;
                let list = op
                    .entry("parameters")
                    .or_insert_with(|| Value::Array(Vec::new()))
                    .as_array_mut()
                    .ok_or_else(|| format!("{operation}/parameters is not a list"))?;
                list.push(translated);
                self.list_limit_note(&parameter);
                Ok(())
            }
            Edit::AddOperation {
                path,
                method,
                published,
            } => self.add_operation(doc, path, method, published),
        }
    }

    fn published_at(&self, pointer: &str) -> Result<&'a Value, String> {
        self.published
            .pointer(pointer)
            .ok_or_else(|| format!("nothing at {pointer} in the published spec"))
    }

    fn list_limit_note(&mut self, parameter: &Value) {
        let (parameter, _) = resolve(self.published, parameter, "");
        let schema = &parameter["schema"];
        if schema["type"] == "array" && schema.get("maxItems").is_none() {
            self.notes.push(format!(
                "list parameter `{}`: set `schema.maxItems` if its description states a limit (\"{}\")",
                parameter["name"].as_str().unwrap_or(""),
                parameter["description"].as_str().unwrap_or("")
            ));
        }
    }

    fn add_operation(
        &mut self,
        doc: &mut Value,
        path: &str,
        method: &str,
        published: &str,
    ) -> Result<(), String> {
        let p = self.published_at(published)?.clone();
        let id = p["operationId"].as_str().unwrap_or("").to_owned();
        let description = p["description"].as_str().unwrap_or("");
        let summary = p["summary"].as_str().unwrap_or("");
        let summary = summary
            .strip_prefix("[beta]")
            .or_else(|| summary.strip_prefix("[Beta]"))
            .unwrap_or(summary)
            .trim();
        let first_paragraph = description
            .split("\n\n")
            .next()
            .unwrap_or("")
            .trim()
            .to_owned();
        let mut op = Map::new();
        op.insert("operationId".into(), json!(id));
        op.insert("summary".into(), json!(summary));
        op.insert(
            "description".into(),
            json!(if first_paragraph.is_empty() {
                summary.to_owned()
            } else {
                first_paragraph
            }),
        );
        if let Some(tags) = p.get("tags") {
            op.insert("tags".into(), tags.clone());
        }
        match published_rate_limit(description) {
            Some(limit) if limit["per"] != "hour" => {
                op.insert("x-samsara-rate-limit".into(), limit);
            }
            other => self.notes.push(format!(
                "`{id}`: set `x-samsara-rate-limit` (codegen needs requests per second or minute; the published description says {})",
                other.map_or("nothing".to_owned(), |l| l.to_string())
            )),
        }
        let mut parameters = Vec::new();
        for parameter in p["parameters"].as_array().into_iter().flatten() {
            parameters.push(self.translate(doc, parameter));
            self.list_limit_note(parameter);
        }
        op.insert("parameters".into(), Value::Array(parameters));
        if let Some(body) = p.get("requestBody") {
            let body = self.translate(doc, body);
            op.insert("requestBody".into(), body);
        }
        let mut responses = Map::new();
        for (code, response) in p["responses"].as_object().into_iter().flatten() {
            if code.starts_with('2') {
                let response = self.translate(doc, response);
                responses.insert(code.clone(), response);
            }
        }
        match curated_client_error(doc) {
            Some(error) => {
                responses.insert("4XX".into(), error);
            }
            None => self.notes.push(format!(
                "`{id}`: no curated `4XX` response to copy; declare its client errors"
            )),
        }
        op.insert("responses".into(), Value::Object(responses));
        let paths = doc
            .get_mut("paths")
            .and_then(Value::as_object_mut)
            .ok_or("the curated spec has no `paths`")?;
        if !paths.contains_key(path) {
            let at = family_end(paths, path);
            paths.shift_insert(at, path.to_owned(), Value::Object(Map::new()));
        }
        let item = paths
            .get_mut(path)
            .and_then(Value::as_object_mut)
            .ok_or_else(|| format!("path item {path} is not an object"))?;
        if item.contains_key(method) {
            return Err(format!("{} {path} already exists", method.to_uppercase()));
        }
        let keys: Vec<&str> = item.keys().map(String::as_str).collect();
        let at = if keys.is_sorted() {
            keys.partition_point(|k| *k < method)
        } else {
            keys.len()
        };
        item.shift_insert(at, method.to_owned(), Value::Object(op));
        let mut review = "its summary and description".to_owned();
        if method == "post" {
            review.push_str(
                ", and `x-samsara-idempotent: true` if repeating it cannot apply it twice",
            );
        }
        self.notes.push(format!(
            "`{id}` ({} {path}) added from the published spec: review {review}",
            method.to_uppercase()
        ));
        Ok(())
    }

    /// A deep copy of the published `node` for the curated spec: schema
    /// `$ref`s point at curated components (paired, equal or imported); other
    /// `$ref`s (parameters, request bodies, responses) and scalar or array
    /// schema components are inlined.
    fn translate(&mut self, doc: &mut Value, node: &Value) -> Value {
        match node {
            Value::Object(map) => {
                if let Some(target) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix('#'))
                {
                    let Some(resolved) = self.published.pointer(target) else {
                        return node.clone();
                    };
                    let object_like = resolved.get("properties").is_some()
                        || resolved.get("enum").is_some()
                        || resolved.get("additionalProperties").is_some();
                    if target.starts_with("/components/schemas/") && object_like {
                        return json!({"$ref": format!("#{}", self.component(doc, target))});
                    }
                    let resolved = resolved.clone();
                    return self.translate(doc, &resolved);
                }
                Value::Object(
                    map.iter()
                        .map(|(k, v)| (k.clone(), self.translate(doc, v)))
                        .collect(),
                )
            }
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.translate(doc, v)).collect())
            }
            other => other.clone(),
        }
    }

    /// The curated component (pointer) standing for the published one at `target`.
    fn component(&mut self, doc: &mut Value, target: &str) -> String {
        if let Some(curated) = self.schemas.get(target) {
            return curated.clone();
        }
        let name = target
            .strip_prefix("/components/schemas/")
            .unwrap_or(target)
            .replace("~1", "/")
            .replace("~0", "~");
        let short = short_name(&name);
        let mut candidates: Vec<String> = doc["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k.clone())
            .collect();
        if let Some(i) = candidates.iter().position(|c| *c == short) {
            let preferred = candidates.remove(i);
            candidates.insert(0, preferred);
        }
        for candidate in candidates {
            let pointer = format!("/components/schemas/{}", escape(&candidate));
            let differences = compare_schemas(doc, &pointer, self.published, target);
            if differences.iter().all(|f| self.allow.allows(f)) {
                self.schemas.insert(target.to_owned(), pointer.clone());
                return pointer;
            }
        }
        let taken = |n: &str| doc["components"]["schemas"].get(n).is_some();
        let new_name = if !taken(&short) {
            short
        } else if !taken(&name) {
            name.clone()
        } else {
            (2..)
                .map(|i| format!("{name}{i}"))
                .find(|n| !taken(n))
                .unwrap_or_default()
        };
        let pointer = format!("/components/schemas/{}", escape(&new_name));
        self.schemas.insert(target.to_owned(), pointer.clone());
        // Reserve the name first: the schema may refer to itself.
        insert_schema(doc, &new_name, json!({}));
        let body = self.published.pointer(target).cloned().unwrap_or_default();
        let mut translated = self.translate(doc, &body);
        conventions(&mut translated);
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = translated;
        }
        self.notes.push(format!(
            "imported schema `{new_name}` from the published `{name}`: review its name, descriptions and examples"
        ));
        pointer
    }
}

/// `WorkOrderAssigneeObjectResponseBody` → `WorkOrderAssignee`.
fn short_name(name: &str) -> String {
    for suffix in [
        "ObjectResponseBody",
        "ObjectRequestBody",
        "ResponseBody",
        "RequestBody",
    ] {
        if let Some(stem) = name.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem.to_owned();
        }
    }
    name.to_owned()
}

/// The curated spec's convention inside a new schema: optional arrays and
/// inline objects are `nullable` (as [`spec_edit::add_property`] does for
/// the member it adds), in nested inline objects too.
fn conventions(schema: &mut Value) {
    let required: Vec<String> = schema["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (name, property) in properties.iter_mut() {
            conventions(property);
            let Some(p) = property.as_object_mut() else {
                continue;
            };
            let optional_list_or_map = !required.contains(name)
                && !p.contains_key("$ref")
                && matches!(
                    p.get("type").and_then(Value::as_str),
                    Some("array" | "object")
                );
            if optional_list_or_map {
                p.insert("nullable".into(), Value::Bool(true));
            }
        }
    }
    if let Some(items) = schema.get_mut("items") {
        conventions(items);
    }
}

/// Adds `name` to the `required` list of the object schema at `schema`;
/// drops the `nullable` [`spec_edit::add_property`] gave it unless
/// `nullable` (the published member is nullable).
fn require(doc: &mut Value, schema: &str, name: &str, nullable: bool) -> Result<(), String> {
    let at = spec_edit::resolve(doc, schema).map_err(|e| e.to_string())?;
    let node = object_mut(doc, &at)?;
    if !nullable
        && let Some(p) = node
            .get_mut("properties")
            .and_then(|p| p.get_mut(name))
            .and_then(Value::as_object_mut)
    {
        p.remove("nullable");
    }
    let list = node
        .entry("required")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| format!("{at}/required is not a list"))?;
    if !list.iter().any(|n| n == name) {
        // As spec_edit places properties and enum values: in its sorted
        // place when the list is sorted (and all names), else last.
        let names: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
        let index = if names.len() == list.len() {
            spec_edit::sorted_place(&names, name)
        } else {
            list.len()
        };
        list.insert(index, json!(name));
    }
    Ok(())
}

fn object_mut<'a>(doc: &'a mut Value, pointer: &str) -> Result<&'a mut Map<String, Value>, String> {
    doc.pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .ok_or_else(|| format!("no object at {pointer} in the curated spec"))
}

/// A copy of the first `4XX` response of a curated operation.
fn curated_client_error(doc: &Value) -> Option<Value> {
    doc["paths"]
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find_map(|op| op["responses"].get("4XX").cloned())
}

/// Where a new path goes: after the last path sharing its first segment,
/// else at the end.
fn family_end(paths: &Map<String, Value>, path: &str) -> usize {
    let segment = |p: &str| {
        p.trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("")
            .to_owned()
    };
    let mine = segment(path);
    paths
        .keys()
        .rposition(|k| segment(k) == mine)
        .map_or(paths.len(), |i| i + 1)
}

/// Inserts component `name` at its sorted place (the end when the
/// components are not sorted).
fn insert_schema(doc: &mut Value, name: &str, schema: Value) {
    let Some(components) = doc
        .as_object_mut()
        .map(|d| d.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let Some(schemas) = components
        .entry("schemas")
        .or_insert_with(|| json!({}))
        .as_object_mut()
    else {
        return;
    };
    let keys: Vec<&str> = schemas.keys().map(String::as_str).collect();
    let at = if keys.is_sorted() {
        keys.partition_point(|k| *k < name)
    } else {
        keys.len()
    };
    schemas.shift_insert(at, name.to_owned(), schema);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_sync::compare::compare;

    fn op(schema: &str) -> Value {
        json!({"operationId": "getThings", "tags": ["T"],
               "description": "Gets things.\n\n <b>Rate limit:</b> 5 requests/sec (more).\n\nTo use this endpoint, select **Read Things** under…",
               "x-samsara-rate-limit": {"requests": 5, "per": "second", "scope": "Read Things"},
               "responses": {"200": {"description": "OK response.", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}},
                             "4XX": {"description": "Client error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}}})
    }

    fn apply_all(curated: &mut Value, published: &Value) -> (Vec<Finding>, Written) {
        let comparison = compare(curated, published);
        let mut findings = comparison.findings;
        let allow = Allow::default();
        let written = apply(
            curated,
            published,
            &allow,
            &comparison.schemas,
            &mut findings,
        );
        (findings, written)
    }

    #[test]
    fn a_required_member_goes_to_its_sorted_place_in_a_sorted_required_list() {
        for (required, expected) in [
            (json!(["id", "zone"]), json!(["id", "owner", "zone"])),
            (json!(["zone", "id"]), json!(["zone", "id", "owner"])),
        ] {
            let mut curated = json!({"paths": {"/things": {"get": op("Thing")}}, "components": {"schemas": {
                "ErrorBody": {"type": "object"},
                "Thing": {"type": "object", "required": required, "properties": {
                    "id": {"type": "string"}, "zone": {"type": "string"}}}}}});
            let published = json!({"paths": {"/things": {"get": op("Thing")}}, "components": {"schemas": {
                "Thing": {"type": "object", "required": ["id", "owner", "zone"], "properties": {
                    "id": {"type": "string"}, "owner": {"type": "string"}, "zone": {"type": "string"}}}}}});
            let (findings, _) = apply_all(&mut curated, &published);
            assert!(findings.iter().all(|f| f.applied), "{findings:#?}");
            assert_eq!(
                curated["components"]["schemas"]["Thing"]["required"],
                expected
            );
        }
    }

    #[test]
    fn members_are_added_with_imported_schemas_under_short_names() {
        let mut curated = json!({"paths": {"/things": {"get": op("Thing")}}, "components": {"schemas": {
            "ErrorBody": {"type": "object"},
            "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}});
        let published = json!({"paths": {"/things": {"get": op("ThingObjectResponseBody")}}, "components": {"schemas": {
            "ThingObjectResponseBody": {"type": "object", "required": ["id", "owner"], "properties": {
                "id": {"type": "string"},
                "owner": {"$ref": "#/components/schemas/ThingOwnerObjectResponseBody"},
                "tags": {"type": "array", "items": {"type": "string"}}}},
            "ThingOwnerObjectResponseBody": {"type": "object", "properties": {
                "name": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}}}}}}});
        let (findings, written) = apply_all(&mut curated, &published);
        assert!(findings.iter().all(|f| f.applied), "{findings:#?}");
        let thing = &curated["components"]["schemas"]["Thing"];
        assert_eq!(thing["required"], json!(["id", "owner"]));
        assert_eq!(
            thing["properties"]["owner"],
            json!({"$ref": "#/components/schemas/ThingOwner"})
        );
        assert_eq!(thing["properties"]["tags"]["nullable"], true);
        let owner = &curated["components"]["schemas"]["ThingOwner"];
        assert_eq!(owner["properties"]["aliases"]["nullable"], true);
        let names: Vec<&String> = curated["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(names, ["ErrorBody", "Thing", "ThingOwner"]);
        assert_eq!(
            written.notes,
            [
                "imported schema `ThingOwner` from the published `ThingOwnerObjectResponseBody`: review its name, descriptions and examples"
            ]
        );
        let again = compare(&curated, &published).findings;
        let kinds: Vec<_> = again
            .iter()
            .map(|f| (f.kind, f.location.as_str()))
            .collect();
        // Only the curation's own choice remains: the optional lists are nullable.
        assert_eq!(
            kinds,
            [
                (
                    crate::spec_sync::Kind::Nullable,
                    "response 200 $.owner.aliases"
                ),
                (crate::spec_sync::Kind::Nullable, "response 200 $.tags"),
            ]
        );
    }

    #[test]
    fn a_missing_operation_is_added_in_the_curated_style_reusing_equal_schemas() {
        let mut curated = json!({"paths": {"/things": {"get": op("Thing")}}, "components": {"schemas": {
            "ErrorBody": {"type": "object"},
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
            "ThingRef": {"type": "object", "properties": {"id": {"type": "string", "description": "mine"}}}}}});
        let mut published = json!({"paths": {"/things": {"get": op("ThingObjectResponseBody")}}, "components": {"schemas": {
            "ThingObjectResponseBody": {"type": "object", "properties": {"id": {"type": "string"}}},
            "ThingsArchiveThingRequestBody": {"type": "object", "properties": {"id": {"type": "string", "description": "theirs"}}}}}});
        published["paths"]["/things/archive"] = json!({"post": {
            "operationId": "archiveThing", "summary": "[beta] Archive a thing.", "tags": ["T"],
            "description": "Archives a thing.\n\n <b>Rate limit:</b> 100 requests/min (more).\n\nTo use this endpoint, select **Write Things** under…",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingsArchiveThingRequestBody"}}}, "required": true},
            "responses": {"200": {"content": {}, "description": "OK response."}, "default": {"description": "Bad Request response."}}}});
        let (findings, written) = apply_all(&mut curated, &published);
        assert_eq!(findings.len(), 1);
        assert!(findings[0].applied);
        let added = &curated["paths"]["/things/archive"]["post"];
        assert_eq!(
            *added,
            json!({"operationId": "archiveThing", "summary": "Archive a thing.", "description": "Archives a thing.",
                   "tags": ["T"], "x-samsara-rate-limit": {"requests": 100, "per": "minute", "scope": "Write Things"},
                   "parameters": [],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}, "required": true},
                   "responses": {"200": {"content": {}, "description": "OK response."},
                                 "4XX": curated["paths"]["/things"]["get"]["responses"]["4XX"].clone()}})
        );
        assert_eq!(written.notes.len(), 1);
        assert!(
            written.notes[0].contains("x-samsara-idempotent"),
            "{written:?}"
        );
        assert_eq!(compare(&curated, &published).findings, vec![]);
    }

    #[test]
    fn short_names_drop_the_generator_suffixes() {
        assert_eq!(
            short_name("WorkOrderAssigneeObjectResponseBody"),
            "WorkOrderAssignee"
        );
        assert_eq!(
            short_name("QualificationsArchiveQualificationRecordRequestBody"),
            "QualificationsArchiveQualificationRecord"
        );
        assert_eq!(short_name("ResponseBody"), "ResponseBody");
    }
}
