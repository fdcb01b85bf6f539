//! Checking one JSON value against a spec schema and classifying every
//! difference into the drift report's categories; checking whole responses
//! (status, `Content-Type`, body) for tests.
//!
//! `jsonschema` does the validation (on the schemas [`crate::schema`]
//! converts); this module only maps its errors to what an integrator needs:
//! which member, which category, what was expected, what was found.

use crate::Error;
use crate::schema::{Converted, Members, polymorphic_type_properties};
use crate::spec::{ResponseBody, Spec, escape, schema_label, tokens};
use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

/// What kind of difference a finding is. The `kebab-case` names are part of
/// the JSON report's stable schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// A member the spec's schema does not list.
    UndocumentedMember,
    /// A member the schema requires is absent.
    MissingRequiredMember,
    /// A value of another JSON type (or string format) than the schema's.
    TypeMismatch,
    /// A string enum value the spec does not list, as the server spelled it.
    /// The client reads a known value in another letter case or with other
    /// separators (space, `_`, `-`), e.g. `OPEN`, as the known variant
    /// (`Open`) and keeps any other value in `Other`; either way the spec
    /// should learn it.
    UnknownEnumValue,
    /// A polymorphic field's `type` the spec does not list: its value member
    /// has no typed accessor in the client.
    UnknownFieldType,
    /// Any other schema constraint (minimum, pattern, …).
    ConstraintViolation,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 6] = [
        Category::UndocumentedMember,
        Category::MissingRequiredMember,
        Category::TypeMismatch,
        Category::UnknownEnumValue,
        Category::UnknownFieldType,
        Category::ConstraintViolation,
    ];

    /// The stable machine name (`undocumented-member`).
    pub fn key(self) -> &'static str {
        match self {
            Category::UndocumentedMember => "undocumented-member",
            Category::MissingRequiredMember => "missing-required-member",
            Category::TypeMismatch => "type-mismatch",
            Category::UnknownEnumValue => "unknown-enum-value",
            Category::UnknownFieldType => "unknown-field-type",
            Category::ConstraintViolation => "constraint-violation",
        }
    }

    /// Whether typed decoding of the body breaks (errors) or only loses
    /// information (warnings).
    pub fn breaks_decoding(self) -> bool {
        matches!(
            self,
            Category::MissingRequiredMember
                | Category::TypeMismatch
                | Category::ConstraintViolation
        )
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key().replace('-', " "))
    }
}

/// One difference at one place of one body.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// What kind of difference.
    pub category: Category,
    /// JSON Pointer of the member inside the body (`/data/0/status`).
    pub pointer: String,
    /// The same location with array indices normalised (`$.data[].status`).
    pub path: String,
    /// The value found there (`None` for a missing member).
    pub value: Option<Value>,
    /// What the spec expects, in words (`integer`, `WorkOrderStatus`).
    pub expected: Option<String>,
    /// What was found, in words (`string`).
    pub found: Option<String>,
    /// Spec pointer of the schema that decides (`/components/schemas/WorkOrder`).
    pub schema: String,
    /// jsonschema's own message, kept for constraint violations.
    pub detail: Option<String>,
}

impl Issue {
    /// A one-line description: `"Awaiting Vendor" is not a value of WorkOrderStatus`.
    pub fn describe(&self) -> String {
        let schema = schema_label(&self.schema);
        let value = self.value.as_ref().map(short).unwrap_or_default();
        let member = tokens(&self.pointer).pop().unwrap_or_default();
        match self.category {
            Category::UndocumentedMember => format!("`{member}` is not a member of {schema}"),
            Category::MissingRequiredMember => {
                format!("required member `{member}` of {schema} is missing")
            }
            Category::TypeMismatch => format!(
                "expected {}, found {}",
                self.expected.as_deref().unwrap_or("?"),
                self.found.as_deref().unwrap_or("?")
            ),
            Category::UnknownEnumValue => format!("{value} is not a value of {schema}"),
            Category::UnknownFieldType => format!("field type {value} is not in {schema}"),
            Category::ConstraintViolation => self
                .detail
                .clone()
                .unwrap_or_else(|| "violates a schema constraint".to_owned()),
        }
    }
}

/// A compact one-line rendering of a JSON value, cut at 60 characters.
pub fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{cut}...")
    } else {
        s
    }
}

/// Validates values against the spec's schemas and classifies the errors.
///
/// Each schema is compiled once, on first use, and shared: a `Checker` can sit
/// in a `static` and serve concurrent tests.
pub struct Checker {
    spec: Spec,
    converted: Converted,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
    polymorphic: Vec<String>,
}

impl fmt::Debug for Checker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Checker")
            .field("spec", &self.spec.name)
            .finish_non_exhaustive()
    }
}

impl Checker {
    /// Prepares the conversion of `spec` with [`Members::Strict`] (validators
    /// are built on first use).
    pub fn new(spec: &Spec) -> Checker {
        Checker::with_members(spec, Members::Strict)
    }

    /// Like [`Checker::new`], choosing what `additionalProperties: {}` means.
    pub fn with_members(spec: &Spec, members: Members) -> Checker {
        Checker {
            spec: spec.clone(),
            converted: Converted::new(spec, members),
            validators: Mutex::new(HashMap::new()),
            polymorphic: polymorphic_type_properties(spec),
        }
    }

    /// The spec being checked against.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// The spec pointer of `operation_id`'s 2xx JSON response schema.
    pub fn response_schema(&self, operation_id: &str) -> Result<String, Error> {
        let op = self.spec.require_operation(operation_id)?;
        op.success_schema.ok_or_else(|| {
            Error::NotInSpec(format!(
                "operation `{operation_id}` declares no 2xx application/json response in {}",
                self.spec.name
            ))
        })
    }

    /// Checks a 2xx response body of `operation_id`.
    pub fn check_response(&self, operation_id: &str, body: &Value) -> Result<Vec<Issue>, Error> {
        let schema = self.response_schema(operation_id)?;
        self.check(&schema, body)
    }

    /// Checks `value` against the schema at spec pointer `schema`.
    pub fn check(&self, schema: &str, value: &Value) -> Result<Vec<Issue>, Error> {
        let validator = self.validator(schema)?;
        let mut issues = Vec::new();
        for error in validator.iter_errors(value) {
            self.classify(schema, value, &error, &mut issues);
        }
        // A value of the wrong type also fails its `enum`: report it once.
        let mismatched: Vec<String> = issues
            .iter()
            .filter(|i| i.category == Category::TypeMismatch)
            .map(|i| i.pointer.clone())
            .collect();
        issues.retain(|i| {
            !(matches!(
                i.category,
                Category::UnknownEnumValue | Category::UnknownFieldType
            ) && mismatched.contains(&i.pointer))
        });
        issues.sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.category.cmp(&b.category)));
        issues.dedup();
        Ok(issues)
    }

    /// Checks a JSON response of `operation_id` with `status` against the
    /// response that status selects ([`Spec::response`]): one readable
    /// problem per difference, none when it conforms. A problem names the
    /// operation, the status and the member (`streamWorkOrders 200 at
    /// `/data/0/status`: unknown enum value: "OPEN" is not a value of
    /// WorkOrderStatus`).
    pub fn validate_json(&self, operation_id: &str, status: u16, body: &Value) -> Vec<String> {
        match self.spec.response(operation_id, status) {
            Err(e) => vec![e.to_string()],
            Ok(ResponseBody::Undeclared) => Vec::new(),
            Ok(ResponseBody::Empty) => vec![format!(
                "{operation_id} {status}: the spec declares no body, got JSON"
            )],
            Ok(ResponseBody::Json(schema)) => match self.check(&schema, body) {
                Err(e) => vec![e.to_string()],
                Ok(issues) => issues
                    .iter()
                    .map(|i| {
                        format!(
                            "{operation_id} {status} at `{}`: {}: {}",
                            i.pointer,
                            i.category,
                            i.describe()
                        )
                    })
                    .collect(),
            },
        }
    }

    /// Checks a raw response: the status must be documented, a response
    /// declared without content must have an empty body, a JSON one must say
    /// `Content-Type: application/json` and parse, then as
    /// [`Checker::validate_json`]. An undeclared 5xx passes with any body.
    pub fn validate_raw(
        &self,
        operation_id: &str,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Vec<String> {
        match self.spec.response(operation_id, status) {
            Err(e) => vec![e.to_string()],
            Ok(ResponseBody::Undeclared) => Vec::new(),
            Ok(ResponseBody::Empty) if body.is_empty() => Vec::new(),
            Ok(ResponseBody::Empty) => vec![format!(
                "{operation_id} {status}: the spec declares no body, got {} bytes",
                body.len()
            )],
            Ok(ResponseBody::Json(_)) => {
                let mut problems = Vec::new();
                if !content_type.is_some_and(|ct| ct.starts_with("application/json")) {
                    problems.push(format!(
                        "{operation_id} {status}: Content-Type is {content_type:?}, not application/json"
                    ));
                }
                match serde_json::from_slice::<Value>(body) {
                    Ok(json) => problems.extend(self.validate_json(operation_id, status, &json)),
                    Err(e) => problems.push(format!(
                        "{operation_id} {status}: the body is not JSON: {e}"
                    )),
                }
                problems
            }
        }
    }

    /// The compiled validator of the schema at `schema`, built on first use.
    fn validator(&self, schema: &str) -> Result<Arc<jsonschema::Validator>, Error> {
        let cached = self
            .validators
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(schema)
            .cloned();
        if let Some(v) = cached {
            return Ok(v);
        }
        // Compiled without the lock held: another thread may compile the same
        // schema meanwhile, and the first one stored wins.
        let fresh = Arc::new(self.converted.validator(schema)?);
        let mut validators = self
            .validators
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        Ok(Arc::clone(
            validators.entry(schema.to_owned()).or_insert(fresh),
        ))
    }

    fn classify(&self, root: &str, body: &Value, error: &ValidationError, out: &mut Vec<Issue>) {
        let at = error.instance_path().as_str().to_owned();
        let keyword_at = error.schema_path().as_str().to_owned();
        let owner = parent_pointer(&keyword_at);
        let instance: &Value = error.instance();
        match error.kind() {
            ValidationErrorKind::AdditionalProperties { unexpected }
            | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
                for name in unexpected {
                    let pointer = format!("{at}/{}", escape(name));
                    out.push(Issue {
                        category: Category::UndocumentedMember,
                        path: json_path(body, &pointer),
                        pointer,
                        value: instance.get(name).cloned(),
                        expected: None,
                        found: instance.get(name).map(json_type),
                        schema: owner.clone(),
                        detail: None,
                    });
                }
            }
            ValidationErrorKind::Required { property } => {
                let name = property
                    .as_str()
                    .map_or_else(|| property.to_string(), str::to_owned);
                let pointer = format!("{at}/{}", escape(&name));
                out.push(Issue {
                    category: Category::MissingRequiredMember,
                    path: json_path(body, &pointer),
                    pointer,
                    value: None,
                    expected: Some(format!("required by {}", schema_label(&owner))),
                    found: None,
                    schema: owner,
                    detail: None,
                });
            }
            ValidationErrorKind::Type { kind } => out.push(Issue {
                category: Category::TypeMismatch,
                path: json_path(body, &at),
                pointer: at,
                value: Some(instance.clone()),
                expected: Some(type_names(kind)),
                found: Some(json_type(instance)),
                schema: owner,
                detail: None,
            }),
            ValidationErrorKind::Format { format } => out.push(Issue {
                category: Category::TypeMismatch,
                path: json_path(body, &at),
                pointer: at,
                value: Some(instance.clone()),
                expected: Some(format!("{format} string")),
                found: Some(format!("string not in {format} format")),
                schema: owner,
                detail: None,
            }),
            ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => {
                let trail = self
                    .converted
                    .trail(root, &parent_pointer(error.evaluation_path().as_str()));
                let field_type = trail
                    .iter()
                    .rev()
                    .take(2)
                    .any(|loc| self.polymorphic.contains(loc));
                out.push(Issue {
                    category: if field_type {
                        Category::UnknownFieldType
                    } else {
                        Category::UnknownEnumValue
                    },
                    path: json_path(body, &at),
                    pointer: at,
                    value: Some(instance.clone()),
                    expected: Some(schema_label(&owner)),
                    found: Some(json_type(instance)),
                    schema: owner,
                    detail: None,
                });
            }
            ValidationErrorKind::AnyOf { context }
            | ValidationErrorKind::OneOfNotValid { context } => {
                // A nullable `$ref` is `anyOf: [{$ref}, {type: null}]`: the
                // non-null branch explains a non-null value. Otherwise the
                // branch with the fewest errors is the intended one.
                let nullable_ref = self
                    .converted
                    .doc
                    .pointer(&keyword_at)
                    .and_then(Value::as_array)
                    .is_some_and(|b| b.len() == 2 && b[1] == serde_json::json!({"type": "null"}));
                let branch = if nullable_ref {
                    context.first()
                } else {
                    context.iter().min_by_key(|errors| errors.len())
                };
                for inner in branch.into_iter().flatten() {
                    self.classify(root, body, inner, out);
                }
            }
            _ => out.push(Issue {
                category: Category::ConstraintViolation,
                path: json_path(body, &at),
                pointer: at,
                value: Some(instance.clone()),
                expected: Some(error.kind().keyword().to_owned()),
                found: None,
                schema: owner,
                detail: Some(error.to_string()),
            }),
        }
    }
}

/// The pointer without its last token.
fn parent_pointer(pointer: &str) -> String {
    match pointer.rfind('/') {
        Some(i) => pointer[..i].to_owned(),
        None => String::new(),
    }
}

/// The JSON type name of a value (`integer` for whole numbers).
pub fn json_type(v: &Value) -> String {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
    .to_owned()
}

fn type_names(kind: &TypeKind) -> String {
    match kind {
        TypeKind::Single(t) => t.to_string(),
        TypeKind::Multiple(set) => {
            let mut names: Vec<String> = set.iter().map(|t| t.to_string()).collect();
            // `null` last: "string or null".
            names.sort_by_key(|n| (n == "null", n.clone()));
            names.join(" or ")
        }
    }
}

/// `$.data[].fields[].type` for the pointer `/data/0/fields/3/type` of `body`:
/// array indices become `[]`, so the same member in every element is one path.
pub fn json_path(body: &Value, pointer: &str) -> String {
    let mut out = String::from("$");
    let mut cur = Some(body);
    for tok in tokens(pointer) {
        match cur {
            Some(Value::Array(items)) => {
                out.push_str("[]");
                cur = tok.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            other => {
                if is_identifier(&tok) {
                    out.push('.');
                    out.push_str(&tok);
                } else {
                    out.push_str(&format!("[{}]", Value::String(tok.clone())));
                }
                cur = other.and_then(|v| v.get(&tok));
            }
        }
    }
    out
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Spec {
        let doc = json!({
            "openapi": "3.0.3",
            "paths": {"/things": {"get": {"operationId": "getThings", "summary": "s",
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
            "components": {"schemas": {
                "Page": {"type": "object", "required": ["data"], "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "next": {"type": "string", "nullable": true}}},
                "Thing": {"type": "object", "required": ["id", "status"], "properties": {
                    "id": {"type": "string"},
                    "count": {"type": "integer", "format": "int64"},
                    "at": {"type": "string", "format": "date-time"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "tags": {"type": "array", "items": {"type": "string"}, "nullable": true},
                    "field": {"$ref": "#/components/schemas/Field"},
                    "maybe": {"$ref": "#/components/schemas/Status", "nullable": true}}},
                "Status": {"type": "string", "enum": ["Open", "Closed"]},
                "Kind": {"type": "string", "enum": ["text", "number"]},
                "Field": {"type": "object", "required": ["type"], "additionalProperties": {},
                    "properties": {"type": {"$ref": "#/components/schemas/Kind"},
                                   "textValue": {"type": "string"}}}
            }}
        });
        Spec::parse("t.json", &doc.to_string()).unwrap()
    }

    fn check(body: Value) -> Vec<(Category, String)> {
        Checker::new(&spec())
            .check_response("getThings", &body)
            .unwrap()
            .into_iter()
            .map(|i| (i.category, i.path))
            .collect()
    }

    #[test]
    fn clean_body_with_nulls_where_nullable_has_no_issue() {
        let body = json!({"data": [{"id": "1", "status": "Open", "tags": null, "maybe": null,
            "at": "2025-01-01T00:00:00Z", "field": {"type": "text", "textValue": "x"}}], "next": null});
        assert_eq!(check(body), vec![]);
    }

    #[test]
    fn every_category_is_reported_with_its_normalised_path() {
        let body = json!({"data": [
            {"id": "1", "status": "Open"},
            {"id": 2, "status": "Awaiting", "extra": {"a": 1}, "at": "yesterday",
             "field": {"type": "barcode", "barcodeValue": "x"}, "maybe": "Nope"},
            {"status": "Closed", "count": 1.5}
        ]});
        assert_eq!(
            check(body),
            vec![
                (Category::TypeMismatch, "$.data[].at".to_owned()),
                (Category::UndocumentedMember, "$.data[].extra".to_owned()),
                (
                    Category::UndocumentedMember,
                    "$.data[].field.barcodeValue".to_owned()
                ),
                (Category::UnknownFieldType, "$.data[].field.type".to_owned()),
                (Category::TypeMismatch, "$.data[].id".to_owned()),
                (Category::UnknownEnumValue, "$.data[].maybe".to_owned()),
                (Category::UnknownEnumValue, "$.data[].status".to_owned()),
                (Category::TypeMismatch, "$.data[].count".to_owned()),
                (Category::MissingRequiredMember, "$.data[].id".to_owned()),
            ]
        );
    }

    #[test]
    fn issues_carry_expected_found_and_schema() {
        let checker = Checker::new(&spec());
        let issues = checker
            .check_response(
                "getThings",
                &json!({"data": [{"id": "1", "status": "Gone", "count": "3"}]}),
            )
            .unwrap();
        let count = &issues[0];
        assert_eq!(count.pointer, "/data/0/count");
        assert_eq!(count.expected.as_deref(), Some("integer"));
        assert_eq!(count.found.as_deref(), Some("string"));
        assert_eq!(count.schema, "/components/schemas/Thing/properties/count");
        let status = &issues[1];
        assert_eq!(status.category, Category::UnknownEnumValue);
        assert_eq!(status.expected.as_deref(), Some("Status"));
        assert_eq!(status.value, Some(json!("Gone")));
        assert_eq!(status.schema, "/components/schemas/Status");
    }

    #[test]
    fn wrong_type_for_an_enum_is_one_type_mismatch() {
        assert_eq!(
            check(json!({"data": [{"id": "1", "status": 7}]})),
            vec![(Category::TypeMismatch, "$.data[].status".to_owned())]
        );
    }

    #[test]
    fn unknown_operation_and_bodiless_operation_are_fatal() {
        let c = Checker::new(&spec());
        let e = c.check_response("nope", &json!({})).unwrap_err();
        assert!(e.to_string().contains("known: getThings"), "{e}");
    }

    #[test]
    fn as_declared_members_let_members_through_where_the_spec_keeps_them() {
        let body = json!({"data": [{"id": "1", "status": "Open",
            "field": {"type": "text", "barcodeValue": "x"}}]});
        let strict = Checker::new(&spec()).validate_json("getThings", 200, &body);
        assert_eq!(
            strict,
            vec![
                "getThings 200 at `/data/0/field/barcodeValue`: undocumented member: \
                 `barcodeValue` is not a member of Field"
            ]
        );
        let declared = Checker::with_members(&spec(), Members::AsDeclared);
        assert_eq!(
            declared.validate_json("getThings", 200, &body),
            Vec::<String>::new()
        );
    }

    #[test]
    fn raw_responses_need_a_documented_status_json_content_type_and_a_json_body() {
        let c = Checker::new(&spec());
        let ok = br#"{"data": []}"#;
        assert!(
            c.validate_raw(
                "getThings",
                200,
                Some("application/json; charset=utf-8"),
                ok
            )
            .is_empty()
        );
        assert_eq!(
            c.validate_raw("getThings", 200, Some("text/plain"), ok),
            vec!["getThings 200: Content-Type is Some(\"text/plain\"), not application/json"]
        );
        assert_eq!(
            c.validate_raw("getThings", 200, Some("application/json"), b"{x")
                .len(),
            1
        );
        assert_eq!(
            c.validate_raw("getThings", 404, None, b""),
            vec!["getThings: status 404 is not documented"]
        );
        assert!(
            c.validate_raw("getThings", 502, Some("text/plain"), b"bad gateway")
                .is_empty()
        );
        assert_eq!(
            c.validate_json(
                "getThings",
                200,
                &json!({"data": [{"id": "1", "status": "Gone"}]})
            ),
            vec![
                "getThings 200 at `/data/0/status`: unknown enum value: \"Gone\" is not a value of Status"
            ]
        );
    }

    #[test]
    fn json_path_quotes_odd_member_names() {
        let body = json!({"a b": [{"x": 1}], "m": {"0": 1}});
        assert_eq!(json_path(&body, "/a b/0/x"), r#"$["a b"][].x"#);
        assert_eq!(json_path(&body, "/m/0"), r#"$.m["0"]"#);
        assert_eq!(json_path(&body, "/missing/3"), "$.missing[\"3\"]");
    }
}
