//! Reading the curated spec: its operations, the response schema a status
//! selects, and JSON Pointer helpers.

use crate::Error;
use serde_json::Value;
use std::path::Path;

/// The HTTP methods an OpenAPI path item may hold operations under.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The spec, parsed once.
#[derive(Debug, Clone)]
pub struct Spec {
    /// How the spec is named in messages (`spec/samsara.json`).
    pub name: String,
    /// The document as written.
    pub doc: Value,
}

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// `operationId`, or `None` when the spec omits it.
    pub id: Option<String>,
    /// Lower-case HTTP method.
    pub method: String,
    /// Path template, e.g. `/maintenance/work-orders`.
    pub path: String,
    /// JSON Pointer of the operation object inside the spec.
    pub pointer: String,
    /// JSON Pointer of the first 2xx `application/json` response schema, if any.
    pub success_schema: Option<String>,
}

impl Spec {
    /// Reads and parses the spec at `path`, naming it `name` in messages.
    pub fn load(path: &Path, name: &str) -> Result<Spec, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Spec(format!("cannot read the spec {}: {e}", path.display())))?;
        Spec::parse(name, &text)
    }

    /// Parses spec text.
    pub fn parse(name: &str, text: &str) -> Result<Spec, Error> {
        let doc: Value = serde_json::from_str(text).map_err(|e| {
            Error::Spec(format!(
                "{name}:{}:{}: invalid JSON: {e}",
                e.line(),
                e.column()
            ))
        })?;
        Ok(Spec {
            name: name.to_owned(),
            doc,
        })
    }

    /// Every operation (paths and methods in key order).
    pub fn operations(&self) -> Vec<Operation> {
        let mut ops = Vec::new();
        let Some(paths) = self.doc.get("paths").and_then(Value::as_object) else {
            return ops;
        };
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for (method, op) in item {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let pointer = format!("/paths/{}/{}", escape(path), escape(method));
                ops.push(Operation {
                    id: op
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    method: method.clone(),
                    path: path.clone(),
                    success_schema: success_schema(op, &pointer),
                    pointer,
                });
            }
        }
        ops
    }

    /// The operation whose `operationId` is `id`.
    pub fn operation(&self, id: &str) -> Option<Operation> {
        self.operations()
            .into_iter()
            .find(|op| op.id.as_deref() == Some(id))
    }

    /// Every `operationId`, sorted.
    pub fn operation_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.operations().into_iter().filter_map(|o| o.id).collect();
        ids.sort();
        ids
    }

    /// The operation whose `operationId` is `id`, or an error listing the known ones.
    pub fn require_operation(&self, id: &str) -> Result<Operation, Error> {
        self.operation(id).ok_or_else(|| {
            Error::NotInSpec(format!(
                "no operation `{id}` in {} (known: {})",
                self.name,
                self.operation_ids().join(", ")
            ))
        })
    }

    /// What `operation_id` documents for a response with `status`: the exact
    /// code, else its class (`4XX`), else `default`. A 5xx the operation does
    /// not declare is [`ResponseBody::Undeclared`] (Samsara's gateways answer
    /// those in plain text); any other undeclared status is an error.
    pub fn response(&self, operation_id: &str, status: u16) -> Result<ResponseBody, Error> {
        let op = self.require_operation(operation_id)?;
        let responses = self
            .doc
            .pointer(&format!("{}/responses", op.pointer))
            .and_then(Value::as_object)
            .ok_or_else(|| Error::NotInSpec(format!("{operation_id} has no responses")))?;
        let exact = status.to_string();
        let class = format!("{}XX", status / 100);
        let found = [exact.as_str(), class.as_str(), "default"]
            .into_iter()
            .find_map(|k| responses.get(k).map(|r| (k, r)));
        let Some((key, response)) = found else {
            return if status >= 500 {
                Ok(ResponseBody::Undeclared)
            } else {
                Err(Error::NotInSpec(format!(
                    "{operation_id}: status {status} is not documented"
                )))
            };
        };
        let json = response
            .get("content")
            .and_then(|c| c.get("application/json"))
            .and_then(|c| c.get("schema"));
        Ok(match json {
            Some(_) => ResponseBody::Json(format!(
                "{}/responses/{}/content/{}/schema",
                op.pointer,
                escape(key),
                escape("application/json")
            )),
            None => ResponseBody::Empty,
        })
    }
}

/// What the spec says a response body looks like (see [`Spec::response`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    /// `application/json` matching the schema at this spec pointer.
    Json(String),
    /// Declared without content: the body must be empty.
    Empty,
    /// A 5xx the operation does not declare: any body.
    Undeclared,
}

/// The pointer of the first 2xx response (in status order) that declares an
/// `application/json` schema.
fn success_schema(op: &Value, op_pointer: &str) -> Option<String> {
    let responses = op.get("responses")?.as_object()?;
    let mut codes: Vec<&String> = responses
        .keys()
        .filter(|code| code.starts_with('2'))
        .collect();
    codes.sort();
    codes.into_iter().find_map(|code| {
        responses[code]
            .get("content")?
            .get("application/json")?
            .get("schema")?;
        Some(format!(
            "{op_pointer}/responses/{}/content/{}/schema",
            escape(code),
            escape("application/json")
        ))
    })
}

/// Escapes one JSON Pointer reference token (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Splits a JSON Pointer into its unescaped reference tokens.
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The component name a pointer such as `/components/schemas/WorkOrder/properties/id`
/// starts with, followed by the rest (`WorkOrder/properties/id`); other pointers
/// are returned as `#<pointer>`.
pub fn schema_label(pointer: &str) -> String {
    match pointer.strip_prefix("/components/schemas/") {
        Some(rest) => {
            let parts = tokens(&format!("/{rest}"));
            parts.join("/")
        }
        None => format!("#{pointer}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_roundtrip_escapes() {
        let p = format!("/paths/{}/get", escape("/maintenance/work-orders"));
        assert_eq!(p, "/paths/~1maintenance~1work-orders/get");
        assert_eq!(tokens(&p), vec!["paths", "/maintenance/work-orders", "get"]);
        assert_eq!(escape("a~b"), "a~0b");
        assert!(tokens("").is_empty());
    }

    #[test]
    fn schema_label_names_components() {
        assert_eq!(
            schema_label("/components/schemas/WorkOrder/properties/status"),
            "WorkOrder/properties/status"
        );
        assert_eq!(
            schema_label("/components/schemas/WorkOrderStatus"),
            "WorkOrderStatus"
        );
        assert_eq!(schema_label("/paths/~1x/get"), "#/paths/~1x/get");
    }

    #[test]
    fn operations_find_success_schemas() {
        let spec = Spec::parse(
            "t.json",
            r#"{"paths": {"/a": {"get": {"operationId": "getA", "responses": {
                "4XX": {"content": {"application/json": {"schema": {}}}},
                "201": {"content": {"application/json": {"schema": {"type": "object"}}}}}},
              "delete": {"operationId": "delA", "responses": {"204": {"description": "gone"}}},
              "parameters": []}}}"#,
        )
        .unwrap();
        let ops = spec.operations();
        assert_eq!(ops.len(), 2);
        assert_eq!(
            spec.operation("getA").unwrap().success_schema.as_deref(),
            Some("/paths/~1a/get/responses/201/content/application~1json/schema")
        );
        let del = spec.operation("delA").unwrap();
        assert_eq!((del.method.as_str(), del.success_schema), ("delete", None));
        assert_eq!(spec.operation_ids(), vec!["delA", "getA"]);
    }

    #[test]
    fn responses_are_chosen_by_exact_status_then_class_and_undeclared_5xx_pass() {
        let spec = Spec::parse(
            "t.json",
            r#"{"paths": {"/a": {"get": {"operationId": "getA", "responses": {
                "4XX": {"content": {"application/json": {"schema": {}}}},
                "404": {"description": "none"},
                "201": {"content": {"application/json": {"schema": {"type": "object"}}}}}}}}}"#,
        )
        .unwrap();
        assert_eq!(
            spec.response("getA", 201),
            Ok(ResponseBody::Json(
                "/paths/~1a/get/responses/201/content/application~1json/schema".into()
            ))
        );
        assert_eq!(spec.response("getA", 404), Ok(ResponseBody::Empty));
        assert_eq!(
            spec.response("getA", 429),
            Ok(ResponseBody::Json(
                "/paths/~1a/get/responses/4XX/content/application~1json/schema".into()
            ))
        );
        assert_eq!(spec.response("getA", 503), Ok(ResponseBody::Undeclared));
        assert!(matches!(
            spec.response("getA", 200),
            Err(Error::NotInSpec(m)) if m == "getA: status 200 is not documented"
        ));
        assert!(matches!(
            spec.response("nope", 200),
            Err(Error::NotInSpec(m)) if m == "no operation `nope` in t.json (known: getA)"
        ));
    }
}
