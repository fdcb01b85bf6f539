//! `cargo xtask spec-lint`: rules the curated spec must keep, each reported
//! with the JSON Pointer of the offending location.
//!
//! | rule | what |
//! |---|---|
//! | `operation-id` | every operation has a non-empty, unique `operationId` |
//! | `summary` | every operation has a non-empty `summary` |
//! | `typed-2xx` | every operation declares a 2xx response; a 2xx with content has an `application/json` schema |
//! | `dangling-ref` | every `$ref` is local (`#/...`) and points at something |
//! | `example` | every example validates against its schema (strictly: no undocumented member, no unlisted enum value) |
//! | `schema` | every schema that has an example compiles |
//! | `operation-facts` | what the code generator reads per operation (`codegen/src/facts.rs`) is there and well formed: `x-samsara-rate-limit`, a `4XX` `ErrorBody` response, a 2xx body that is a `$ref`, `x-samsara-paginated` with a page shape, `maxItems`; a spec that passes generates a crate that compiles |
//! | `kind-members` | each `x-samsara-kind-members` (the members of a polymorphic field's value, boxed in the generated type) lists optional properties of its schema |

use crate::drift::Checker;
use crate::spec::{Spec, escape};
use samsara_spec::schema::walk;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write as _;

/// One rule violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The rule's name.
    pub rule: &'static str,
    /// JSON Pointer into the spec.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

/// Runs every rule over `spec`.
pub fn lint(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    operations(spec, &mut problems);
    operation_facts(spec, &mut problems);
    kind_members(spec, &mut problems);
    let dangling = dangling_refs(&spec.doc, &mut problems);
    if dangling == 0 {
        examples(spec, &mut problems);
    }
    problems
}

fn operations(spec: &Spec, out: &mut Vec<Problem>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for op in spec.operations() {
        let node = spec.doc.pointer(&op.pointer).unwrap_or(&Value::Null);
        let what = format!("{} {}", op.method.to_uppercase(), op.path);
        match op.id.as_deref().map(str::trim) {
            None | Some("") => out.push(Problem {
                rule: "operation-id",
                pointer: op.pointer.clone(),
                message: format!("{what} has no operationId"),
            }),
            Some(id) => {
                if let Some(first) = seen.insert(id.to_owned(), op.pointer.clone()) {
                    out.push(Problem {
                        rule: "operation-id",
                        pointer: format!("{}/operationId", op.pointer),
                        message: format!("operationId `{id}` is also used at {first}"),
                    });
                }
            }
        }
        let summary = node.get("summary").and_then(Value::as_str).unwrap_or("");
        if summary.trim().is_empty() {
            out.push(Problem {
                rule: "summary",
                pointer: op.pointer.clone(),
                message: format!("{what} has no summary"),
            });
        }
        typed_2xx(spec, node, &op.pointer, &what, out);
    }
}

/// The code generator's own reading of each operation: the first rule it
/// finds broken (its message names the operation and member).
fn operation_facts(spec: &Spec, out: &mut Vec<Problem>) {
    if let Err(e) = samsara_codegen::facts::operations(&spec.name, &spec.doc) {
        let message = e.to_string();
        // `… at `paths./a.get.responses`: …` → `/paths/~1a/get`.
        let pointer = message
            .split('`')
            .nth(1)
            .and_then(|at| at.strip_prefix("paths."))
            .and_then(|rest| {
                let method = crate::spec::METHODS
                    .iter()
                    .find_map(|m| rest.find(&format!(".{m}")).map(|i| (i, *m)))?;
                Some(format!("/paths/{}/{}", escape(&rest[..method.0]), method.1))
            })
            .unwrap_or_else(|| "/paths".to_owned());
        out.push(Problem {
            rule: "operation-facts",
            pointer,
            message: message
                .strip_prefix(&format!("{} ", spec.name))
                .unwrap_or(&message)
                .to_owned(),
        });
    }
}

/// Each schema's `x-samsara-kind-members`, as the code generator reads them.
fn kind_members(spec: &Spec, out: &mut Vec<Problem>) {
    if let Err(e) = samsara_codegen::kind_members(&spec.name, &spec.doc) {
        let message = e.to_string();
        // `… at `components.schemas.X.x-samsara-kind-members`: …`
        let pointer = message
            .split('`')
            .nth(1)
            .map(|at| format!("/{}", at.replace('.', "/")))
            .unwrap_or_else(|| "/components/schemas".to_owned());
        out.push(Problem {
            rule: "kind-members",
            pointer,
            message: message
                .strip_prefix(&format!("{} ", spec.name))
                .unwrap_or(&message)
                .to_owned(),
        });
    }
}

fn typed_2xx(spec: &Spec, op: &Value, op_ptr: &str, what: &str, out: &mut Vec<Problem>) {
    let responses = op.get("responses").and_then(Value::as_object);
    let mut any = false;
    for (code, response) in responses.into_iter().flatten() {
        if !code.starts_with('2') {
            continue;
        }
        any = true;
        let ptr = format!("{op_ptr}/responses/{}", escape(code));
        // A response may itself be a `$ref` to components/responses.
        let response = response
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|r| spec.doc.pointer(r))
            .unwrap_or(response);
        let content = response.get("content").and_then(Value::as_object);
        let Some(content) = content.filter(|c| !c.is_empty()) else {
            continue; // declared without a body
        };
        let typed = content
            .get("application/json")
            .is_some_and(|m| m.get("schema").is_some());
        if !typed {
            out.push(Problem {
                rule: "typed-2xx",
                pointer: format!("{ptr}/content"),
                message: format!(
                    "{what} {code} has content but no application/json schema (media types: {})",
                    content.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            });
        }
    }
    if !any {
        out.push(Problem {
            rule: "typed-2xx",
            pointer: format!("{op_ptr}/responses"),
            message: format!("{what} declares no 2xx response"),
        });
    }
}

/// Reports every `$ref` that is not local or points nowhere; returns how many.
fn dangling_refs(doc: &Value, out: &mut Vec<Problem>) -> usize {
    let mut found = Vec::new();
    let mut stack = vec![(String::new(), doc)];
    while let Some((ptr, node)) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    let ok = target
                        .strip_prefix('#')
                        .is_some_and(|p| doc.pointer(p).is_some());
                    if !ok {
                        found.push(Problem {
                            rule: "dangling-ref",
                            pointer: format!("{ptr}/$ref"),
                            message: if target.starts_with('#') {
                                format!("`{target}` points at nothing")
                            } else {
                                format!("`{target}` is not a local reference (#/...)")
                            },
                        });
                    }
                }
                for (k, v) in map {
                    stack.push((format!("{ptr}/{}", escape(k)), v));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    stack.push((format!("{ptr}/{i}"), v));
                }
            }
            _ => {}
        }
    }
    found.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    let count = found.len();
    out.extend(found);
    count
}

fn examples(spec: &Spec, out: &mut Vec<Problem>) {
    let checker = Checker::new(spec);
    for (example_ptr, schema_ptr) in walk(&spec.doc).examples {
        let Some(example) = spec.doc.pointer(&example_ptr) else {
            continue;
        };
        match checker.check(&schema_ptr, example) {
            Ok(issues) => {
                for issue in issues {
                    out.push(Problem {
                        rule: "example",
                        pointer: format!("{example_ptr}{}", issue.pointer),
                        message: format!("{}: {}", issue.category, issue.describe()),
                    });
                }
            }
            Err(e) => out.push(Problem {
                rule: "schema",
                pointer: schema_ptr,
                message: e.to_string(),
            }),
        }
    }
}

/// `text` rendering: one line per problem, then a count.
pub fn to_text(spec_name: &str, problems: &[Problem]) -> String {
    let mut s = String::new();
    for p in problems {
        let _ = writeln!(s, "{spec_name}#{}: [{}] {}", p.pointer, p.rule, p.message);
    }
    let _ = writeln!(
        s,
        "spec-lint: {} problem{} in {spec_name}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    s
}

/// `github` rendering: one `::error` annotation per problem.
pub fn to_github(spec_name: &str, problems: &[Problem]) -> String {
    let mut s = String::new();
    for p in problems {
        let _ = writeln!(
            s,
            "::error file={spec_name},title=spec-lint {}::#{}: {}",
            p.rule,
            p.pointer,
            p.message.replace('%', "%25").replace('\n', "%0A")
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lint_doc(doc: Value) -> Vec<(&'static str, String)> {
        let spec = Spec::parse("t.json", &doc.to_string()).unwrap();
        lint(&spec)
            .into_iter()
            .map(|p| (p.rule, p.pointer))
            .collect()
    }

    #[test]
    fn a_clean_spec_has_no_problem() {
        let error = json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}});
        let doc = json!({"paths": {"/a": {
            "get": {"operationId": "getA", "summary": "Get A", "x-samsara-rate-limit": {"requests": 5, "per": "second"},
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}, "4XX": error.clone()}},
            "delete": {"operationId": "deleteA", "summary": "Delete A", "x-samsara-rate-limit": {"requests": 100, "per": "minute"},
                       "responses": {"204": {"description": "gone"}, "4XX": error.clone()}}}},
            "components": {"schemas": {"A": {"type": "object", "properties": {"s": {"type": "string", "enum": ["x"], "example": "x"}}, "example": {"s": "x"}},
                "ErrorBody": {"type": "object", "properties": {"message": {"type": "string"}, "requestId": {"type": "string"}}}}}});
        assert_eq!(lint_doc(doc.clone()), vec![]);
        // What codegen needs per operation is checked too, at the operation.
        let mut no_budget = doc.clone();
        no_budget["paths"]["/a"]["delete"]
            .as_object_mut()
            .unwrap()
            .remove("x-samsara-rate-limit");
        assert_eq!(
            lint_doc(no_budget),
            vec![("operation-facts", "/paths/~1a/delete".to_owned())]
        );
        // A kind member the schema does not have is checked where it is listed.
        let mut bad_kind = doc.clone();
        bad_kind["components"]["schemas"]["A"]["x-samsara-kind-members"] = json!(["nope"]);
        assert_eq!(
            lint_doc(bad_kind),
            vec![(
                "kind-members",
                "/components/schemas/A/x-samsara-kind-members".to_owned()
            )]
        );
        let mut no_error_body = doc;
        no_error_body["paths"]["/a"]["get"]["responses"]
            .as_object_mut()
            .unwrap()
            .remove("4XX");
        assert_eq!(
            lint_doc(no_error_body),
            vec![("operation-facts", "/paths/~1a/get".to_owned())]
        );
    }

    #[test]
    fn operation_rules_point_at_the_operation() {
        let doc = json!({"paths": {"/a": {
            "get": {"responses": {"200": {"content": {"text/plain": {}}}}},
            "post": {"operationId": "x", "summary": " ", "responses": {"4XX": {}}},
            "put": {"operationId": "x", "summary": "s", "responses": {"200": {}}}}}});
        assert_eq!(
            lint_doc(doc),
            vec![
                ("operation-id", "/paths/~1a/get".to_owned()),
                ("summary", "/paths/~1a/get".to_owned()),
                (
                    "typed-2xx",
                    "/paths/~1a/get/responses/200/content".to_owned()
                ),
                ("summary", "/paths/~1a/post".to_owned()),
                ("typed-2xx", "/paths/~1a/post/responses".to_owned()),
                ("operation-id", "/paths/~1a/put/operationId".to_owned()),
                ("operation-facts", "/paths/~1a/post".to_owned()),
            ]
        );
    }

    #[test]
    fn dangling_and_external_refs_are_reported() {
        let doc = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"},
                                                   "c": {"$ref": "other.json#/C"}}}}}});
        assert_eq!(
            lint_doc(doc),
            vec![
                (
                    "dangling-ref",
                    "/components/schemas/A/properties/b/$ref".to_owned()
                ),
                (
                    "dangling-ref",
                    "/components/schemas/A/properties/c/$ref".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn bad_examples_are_reported_at_the_offending_member() {
        let doc = json!({"components": {"schemas": {
            "E": {"type": "string", "enum": ["a"]},
            "A": {"type": "object", "required": ["e"], "example": {"e": "b", "z": 1},
                  "properties": {"e": {"$ref": "#/components/schemas/E"},
                                 "n": {"type": "integer", "example": "seven"}}}}}});
        let spec = Spec::parse("t.json", &doc.to_string()).unwrap();
        let problems = lint(&spec);
        let got: Vec<(&str, &str, &str)> = problems
            .iter()
            .map(|p| (p.rule, p.pointer.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "example",
                    "/components/schemas/A/example/e",
                    "unknown enum value: \"b\" is not a value of E"
                ),
                (
                    "example",
                    "/components/schemas/A/example/z",
                    "undocumented member: `z` is not a member of A"
                ),
                (
                    "example",
                    "/components/schemas/A/properties/n/example",
                    "type mismatch: expected integer, found string"
                ),
            ]
        );
        assert!(to_text("t.json", &problems).ends_with("spec-lint: 3 problems in t.json\n"));
    }
}
