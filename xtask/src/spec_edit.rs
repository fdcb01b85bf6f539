//! Small, checked edits to the curated spec as a JSON document, keeping its
//! layout, for the commands that change `spec/samsara.json` (`drift --write`,
//! `spec-sync --write`).
//!
//! The spec is written as `serde_json::to_string_pretty` writes it (two-space
//! indent, members in the order written, no trailing newline) and
//! serde_json's `preserve_order` is on, so [`SpecFile::load`] then
//! [`SpecFile::save`] of an unchanged document writes the same bytes: the
//! diff of an edit is the edit.
//!
//! The primitives take the spec pointer of a schema, follow its `$ref`s (so
//! the edit lands on the component, not on a reference to it) and keep the
//! spec's conventions (its `info.description`): an optional array or inline
//! object (a map) is `nullable: true` (absent, `null` and empty stay
//! distinct); a `$ref` property is not. Where a list is sorted (`properties`
//! keys, `enum` values, `required` names), a new entry goes to its sorted place, else last.
//! Each returns whether it changed anything: applying one twice is a no-op.
//!
//! ```
//! use serde_json::json;
//! use xtask::spec_edit::{add_enum_value, add_property, make_optional};
//!
//! let mut doc = json!({"components": {"schemas": {
//!     "Order": {"type": "object", "required": ["id", "tags"], "properties": {
//!         "id": {"type": "string"},
//!         "status": {"$ref": "#/components/schemas/Status"},
//!         "tags": {"type": "array", "items": {"type": "string"}}}},
//!     "Status": {"type": "string", "enum": ["Closed", "Open"]}}}});
//!
//! // Through the `$ref` to the component.
//! let status = "/components/schemas/Order/properties/status";
//! assert!(add_enum_value(&mut doc, status, "Awaiting Vendor")?);
//! assert_eq!(doc["components"]["schemas"]["Status"]["enum"], json!(["Awaiting Vendor", "Closed", "Open"]));
//!
//! let order = "/components/schemas/Order";
//! assert!(add_property(&mut doc, order, "notes", json!({"type": "array", "items": {"type": "string"}}))?);
//! assert_eq!(doc["components"]["schemas"]["Order"]["properties"]["notes"]["nullable"], true);
//!
//! assert!(make_optional(&mut doc, order, "tags")?);
//! assert_eq!(doc["components"]["schemas"]["Order"]["required"], json!(["id"]));
//! assert!(!make_optional(&mut doc, order, "tags")?); // already optional
//! # Ok::<(), xtask::spec_edit::EditError>(())
//! ```

use serde_json::{Map, Value};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why an edit (or loading, saving) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    /// The spec pointer (or file) concerned.
    pub at: String,
    /// What is wrong there.
    pub message: String,
}

impl EditError {
    fn new(at: &str, message: impl Into<String>) -> EditError {
        EditError {
            at: at.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at `{}`: {}", self.at, self.message)
    }
}

impl std::error::Error for EditError {}

impl From<EditError> for crate::Fatal {
    fn from(e: EditError) -> crate::Fatal {
        crate::Fatal(e.to_string())
    }
}

/// The spec file: its document and how to write it back the same way.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecFile {
    /// Where it was read from (and is saved to).
    pub path: PathBuf,
    /// The document; edit it with the functions of this module.
    pub doc: Value,
    trailing_newline: bool,
    canonical: bool,
}

impl SpecFile {
    /// Reads and parses the spec at `path`.
    pub fn load(path: &Path) -> Result<SpecFile, EditError> {
        let at = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| EditError::new(&at, format!("cannot read the spec: {e}")))?;
        SpecFile::parse(path, &text)
    }

    /// Parses spec `text` that lives at `path`.
    pub fn parse(path: &Path, text: &str) -> Result<SpecFile, EditError> {
        let doc: Value = serde_json::from_str(text).map_err(|e| {
            EditError::new(
                &path.display().to_string(),
                format!("invalid JSON at {}:{}: {e}", e.line(), e.column()),
            )
        })?;
        let trailing_newline = text.ends_with('\n');
        let mut file = SpecFile {
            path: path.to_owned(),
            doc,
            trailing_newline,
            canonical: false,
        };
        file.canonical = file.text() == text;
        Ok(file)
    }

    /// Whether the file as read is exactly what [`SpecFile::text`] writes for
    /// its document. When it is not (hand-formatted, escapes), saving
    /// rewrites its whole layout, not only the edits.
    pub fn is_canonical(&self) -> bool {
        self.canonical
    }

    /// The document as it will be written: `to_string_pretty`, with a final
    /// newline only if the file had one.
    pub fn text(&self) -> String {
        // Serializing a `Value` cannot fail (its map keys are strings).
        let mut text = serde_json::to_string_pretty(&self.doc).unwrap_or_default();
        if self.trailing_newline {
            text.push('\n');
        }
        text
    }

    /// Writes [`SpecFile::text`] to [`SpecFile::path`].
    pub fn save(&self) -> Result<(), EditError> {
        std::fs::write(&self.path, self.text()).map_err(|e| {
            EditError::new(
                &self.path.display().to_string(),
                format!("cannot write the spec: {e}"),
            )
        })
    }
}

/// The spec pointer of the schema at `pointer` after following its local
/// `$ref`s (`/components/schemas/WorkOrder/properties/status` →
/// `/components/schemas/WorkOrderStatus`).
pub fn resolve(doc: &Value, pointer: &str) -> Result<String, EditError> {
    let mut at = pointer.to_owned();
    for _ in 0..32 {
        let node = doc
            .pointer(&at)
            .ok_or_else(|| EditError::new(&at, "no such location in the spec"))?;
        match node.get("$ref") {
            None => return Ok(at),
            Some(Value::String(r)) => {
                at = r
                    .strip_prefix('#')
                    .ok_or_else(|| EditError::new(&at, format!("`$ref` {r} is not local")))?
                    .to_owned();
            }
            Some(other) => {
                return Err(EditError::new(&at, format!("`$ref` is {other}")));
            }
        }
    }
    Err(EditError::new(pointer, "`$ref`s form a cycle"))
}

/// Adds the optional property `name` with schema `property` to the object
/// schema at `schema` (after `$ref`s). An array or inline object property
/// gets `nullable: true`. `Ok(false)` when the schema already has that
/// property with that schema; an error when it has it with another one.
pub fn add_property(
    doc: &mut Value,
    schema: &str,
    name: &str,
    property: Value,
) -> Result<bool, EditError> {
    let at = resolve(doc, schema)?;
    let mut property = property;
    nullable_when_optional(&mut property);
    let node = object_at(doc, &at)?;
    let is_object = match node.get("type") {
        Some(t) => t == "object",
        None => node.contains_key("properties"),
    };
    if !is_object {
        return Err(EditError::new(&at, "not an object schema"));
    }
    let properties = node
        .entry("properties")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(properties) = properties else {
        return Err(EditError::new(&at, "`properties` is not an object"));
    };
    if let Some(existing) = properties.get(name) {
        return if *existing == property {
            Ok(false)
        } else {
            Err(EditError::new(
                &at,
                format!("already has a property `{name}` with another schema"),
            ))
        };
    }
    let keys: Vec<&str> = properties.keys().map(String::as_str).collect();
    let index = sorted_place(&keys, name);
    properties.shift_insert(index, name.to_owned(), property);
    Ok(true)
}

/// Adds `value` to the string enum schema at `schema` (after `$ref`s).
/// `Ok(false)` when it is already listed.
pub fn add_enum_value(doc: &mut Value, schema: &str, value: &str) -> Result<bool, EditError> {
    let at = resolve(doc, schema)?;
    let node = object_at(doc, &at)?;
    if node.get("type").is_some_and(|t| t != "string") {
        return Err(EditError::new(&at, "not a string schema"));
    }
    let Some(Value::Array(values)) = node.get_mut("enum") else {
        return Err(EditError::new(&at, "has no `enum` list"));
    };
    if values.iter().any(|v| v == value) {
        return Ok(false);
    }
    let known: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
    if known.len() != values.len() {
        return Err(EditError::new(
            &at,
            "`enum` lists values that are not strings",
        ));
    }
    let index = sorted_place(&known, value);
    values.insert(index, Value::String(value.to_owned()));
    Ok(true)
}

/// Drops `name` from the `required` list of the object schema at `schema`
/// (after `$ref`s), removing the list when it becomes empty (OpenAPI 3.0
/// wants at least one entry); an array or inline object property, now
/// optional, gets `nullable: true`. `Ok(false)` when it was not required.
pub fn make_optional(doc: &mut Value, schema: &str, name: &str) -> Result<bool, EditError> {
    let at = resolve(doc, schema)?;
    let node = object_at(doc, &at)?;
    let Some(Value::Array(required)) = node.get_mut("required") else {
        return Ok(false);
    };
    let before = required.len();
    required.retain(|r| r != name);
    if required.len() == before {
        return Ok(false);
    }
    if required.is_empty() {
        node.remove("required");
    }
    if let Some(property) = node.get_mut("properties").and_then(|p| p.get_mut(name)) {
        nullable_when_optional(property);
    }
    Ok(true)
}

/// The object at `at`, or an error naming it.
fn object_at<'a>(doc: &'a mut Value, at: &str) -> Result<&'a mut Map<String, Value>, EditError> {
    doc.pointer_mut(at)
        .ok_or_else(|| EditError::new(at, "no such location in the spec"))?
        .as_object_mut()
        .ok_or_else(|| EditError::new(at, "not a schema object"))
}

/// The spec's convention for an optional member: arrays and inline objects
/// (maps) are `nullable`, `$ref`s stay as they are. [`add_property`] applies
/// it; `drift --suggest` too, so that a suggestion shows the schema written.
pub(crate) fn nullable_when_optional(property: &mut Value) {
    let Some(p) = property.as_object_mut() else {
        return;
    };
    if p.contains_key("$ref") {
        return;
    }
    if matches!(
        p.get("type").and_then(Value::as_str),
        Some("array" | "object")
    ) {
        p.insert("nullable".to_owned(), Value::Bool(true));
    }
}

/// Where `new` goes in `list`: its sorted place when `list` is sorted, else
/// the end.
pub(crate) fn sorted_place(list: &[&str], new: &str) -> usize {
    if list.is_sorted() {
        list.partition_point(|k| *k < new)
    } else {
        list.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({"components": {"schemas": {
            "Thing": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"},
                "kind": {"$ref": "#/components/schemas/Kind"}}},
            "Kind": {"type": "string", "enum": ["b", "a"]},
            "Count": {"type": "integer"}}}})
    }

    #[test]
    fn a_property_goes_to_its_sorted_place_and_twice_is_a_no_op() {
        let mut d = doc();
        let thing = "/components/schemas/Thing";
        assert_eq!(
            add_property(&mut d, thing, "extra", json!({"type": "integer"})),
            Ok(true)
        );
        let keys: Vec<&String> = d
            .pointer("/components/schemas/Thing/properties")
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(keys, ["extra", "id", "kind"]);
        assert_eq!(
            add_property(&mut d, thing, "extra", json!({"type": "integer"})),
            Ok(false)
        );
        let clash = add_property(&mut d, thing, "extra", json!({"type": "string"})).unwrap_err();
        assert_eq!(clash.at, thing);
    }

    #[test]
    fn optional_arrays_and_maps_are_nullable_refs_are_not() {
        let mut d = doc();
        let thing = "/components/schemas/Thing";
        add_property(&mut d, thing, "list", json!({"type": "array", "items": {}})).unwrap();
        add_property(
            &mut d,
            thing,
            "map",
            json!({"type": "object", "additionalProperties": {}}),
        )
        .unwrap();
        add_property(
            &mut d,
            thing,
            "other",
            json!({"$ref": "#/components/schemas/Kind"}),
        )
        .unwrap();
        let props = &d["components"]["schemas"]["Thing"]["properties"];
        assert_eq!(props["list"]["nullable"], true);
        assert_eq!(props["map"]["nullable"], true);
        assert_eq!(props["other"], json!({"$ref": "#/components/schemas/Kind"}));
    }

    #[test]
    fn enum_values_follow_refs_and_append_to_unsorted_lists() {
        let mut d = doc();
        let kind = "/components/schemas/Thing/properties/kind";
        assert_eq!(add_enum_value(&mut d, kind, "c"), Ok(true));
        assert_eq!(add_enum_value(&mut d, kind, "a"), Ok(false));
        assert_eq!(
            d["components"]["schemas"]["Kind"]["enum"],
            json!(["b", "a", "c"])
        );
        let e = add_enum_value(&mut d, "/components/schemas/Count", "x").unwrap_err();
        assert_eq!(
            e.to_string(),
            "at `/components/schemas/Count`: not a string schema"
        );
    }

    #[test]
    fn the_last_required_member_removes_the_list() {
        let mut d = doc();
        let thing = "/components/schemas/Thing";
        assert_eq!(make_optional(&mut d, thing, "kind"), Ok(false));
        assert_eq!(make_optional(&mut d, thing, "id"), Ok(true));
        assert!(
            d["components"]["schemas"]["Thing"]
                .get("required")
                .is_none()
        );
    }

    #[test]
    fn unknown_locations_and_cycles_are_errors() {
        let mut d = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}});
        assert!(resolve(&d, "/a").unwrap_err().message.contains("cycle"));
        assert!(add_property(&mut d, "/nope", "x", json!({})).is_err());
    }

    #[test]
    fn an_unchanged_document_is_written_as_read() {
        let text = "{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}";
        let file = SpecFile::parse(Path::new("s.json"), text).unwrap();
        assert!(file.is_canonical());
        assert_eq!(file.text(), text);
        let with_newline = SpecFile::parse(Path::new("s.json"), &format!("{text}\n")).unwrap();
        assert_eq!(with_newline.text(), format!("{text}\n"));
        let compact = SpecFile::parse(Path::new("s.json"), r#"{"b":1}"#).unwrap();
        assert!(!compact.is_canonical());
    }
}
