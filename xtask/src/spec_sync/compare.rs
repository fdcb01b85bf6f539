//! The structural comparison of the curated spec with the published one.
//!
//! Operations are paired by method and path. For each pair: `operationId`,
//! the 2xx codes (and the bodies under them), the request body, the
//! parameters (matched by `in` and `name`), and the rate limit (published:
//! the description's "Rate limit: N requests/sec", curated:
//! `x-samsara-rate-limit`). Schemas are walked in parallel, each side's
//! `$ref`s followed, comparing `type`, `format`, `nullable`, `enum` values,
//! `properties` and `required`, `items` and `additionalProperties`.
//! Descriptions, examples, titles, bounds (`maxItems`, `minimum`…) and
//! `x-…` extensions are the curation's own and not compared; neither are
//! error responses (the curated spec declares one `4XX` with `ErrorBody`,
//! and no 5xx on purpose).
//!
//! A pair of schemas is compared once, under the first operation (in curated
//! order) that reaches it, so a schema several operations share is reported
//! once.

use super::{Edit, Finding, Fix, Kind};
use crate::spec::{METHODS, escape};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One operation of a document.
#[derive(Debug, Clone)]
pub struct Op<'a> {
    /// `operationId` (empty when missing).
    pub id: String,
    /// Lower-case method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// JSON Pointer of the operation object.
    pub pointer: String,
    /// The operation object.
    pub node: &'a Value,
}

impl Op<'_> {
    /// `GET /maintenance/work-orders`.
    pub fn label(&self) -> String {
        format!("{} {}", self.method.to_uppercase(), self.path)
    }
}

/// Every operation of `doc` (paths and methods in key order).
pub fn operations(doc: &Value) -> Vec<Op<'_>> {
    let mut ops = Vec::new();
    for (path, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (method, node) in item.as_object().into_iter().flatten() {
            if METHODS.contains(&method.as_str()) && node.is_object() {
                ops.push(Op {
                    id: node["operationId"].as_str().unwrap_or("").to_owned(),
                    method: method.clone(),
                    path: path.clone(),
                    pointer: op_pointer(path, method),
                    node,
                });
            }
        }
    }
    ops
}

/// `/paths/~1a~1b/get`.
pub fn op_pointer(path: &str, method: &str) -> String {
    format!("/paths/{}/{}", escape(path), escape(method))
}

/// The families the curated spec covers: (tag, first path segment) pairs,
/// those of its operations, and every family of `published` whose tag the
/// curated spec lists in its top-level `tags` (how a whole tag is adopted
/// before it has an operation: list it, then `spec-sync --write`).
pub fn families(curated: &Value, published: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for op in operations(curated) {
        for tag in tags(op.node) {
            out.insert((tag, first_segment(&op.path)));
        }
    }
    let adopted: BTreeSet<&str> = curated["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    for op in operations(published) {
        for tag in tags(op.node) {
            if adopted.contains(tag.as_str()) {
                out.insert((tag, first_segment(&op.path)));
            }
        }
    }
    out
}

/// Whether `op` belongs to one of `families`.
pub fn in_families(op: &Op<'_>, families: &BTreeSet<(String, String)>) -> bool {
    let segment = first_segment(&op.path);
    tags(op.node)
        .into_iter()
        .any(|t| families.contains(&(t, segment.clone())))
}

fn tags(op: &Value) -> Vec<String> {
    op["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn first_segment(path: &str) -> String {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("")
        .to_owned()
}

/// Follows `node`'s local `$ref` chain in `doc`: the target and its pointer.
pub fn resolve<'a>(doc: &'a Value, node: &'a Value, pointer: &str) -> (&'a Value, String) {
    let mut node = node;
    let mut pointer = pointer.to_owned();
    for _ in 0..32 {
        let Some(target) = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        else {
            break;
        };
        match doc.pointer(target) {
            Some(next) => {
                node = next;
                pointer = target.to_owned();
            }
            None => break,
        }
    }
    (node, pointer)
}

/// The rate limit a published description states, as
/// `{"requests": N, "per": "second"|"minute"|"hour", "scope": "…"}`
/// (`scope` from "select **Read Work Orders** under…", when present).
pub fn published_rate_limit(description: &str) -> Option<Value> {
    let at = description.find("Rate limit:")?;
    let rest = description[at + "Rate limit:".len()..].trim_start();
    let rest = rest.strip_prefix("</b>").unwrap_or(rest).trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let requests: u64 = digits.parse().ok()?;
    let rest = rest[digits.len()..].trim_start();
    let rest = rest.strip_prefix("requests").unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix('/')?;
    let unit: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    let per = match unit.as_str() {
        "s" | "sec" | "second" => "second",
        "m" | "min" | "minute" => "minute",
        "h" | "hr" | "hour" => "hour",
        _ => return None,
    };
    let mut limit = json!({"requests": requests, "per": per});
    if let Some(scope) = description
        .split_once("select **")
        .and_then(|(_, s)| s.split_once("**"))
        .map(|(scope, _)| scope.trim())
        .filter(|s| !s.is_empty())
    {
        limit["scope"] = json!(scope);
    }
    Some(limit)
}

/// The result of [`compare`].
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Every difference, sorted by operation, location, kind.
    pub findings: Vec<Finding>,
    /// Operations paired by method and path.
    pub matched: usize,
    /// Published component schema → the curated component it was paired with.
    pub schemas: BTreeMap<String, String>,
}

/// Compares the curated document with the published one.
pub fn compare(curated: &Value, published: &Value) -> Comparison {
    let mut walker = Walker::new(curated, published);
    let c_ops = operations(curated);
    let p_ops = operations(published);
    let families = families(curated, published);
    let mut matched = 0;
    for c_op in &c_ops {
        match p_ops
            .iter()
            .find(|p| p.method == c_op.method && p.path == c_op.path)
        {
            Some(p_op) => {
                matched += 1;
                walker.operation(c_op, p_op);
            }
            None => {
                walker.op = c_op.id.clone();
                walker.push(
                    Kind::UnpublishedOperation,
                    c_op.label(),
                    c_op.pointer.clone(),
                    c_op.pointer.clone(),
                    json!(c_op.label()),
                    Value::Null,
                    format!("{} is not in the published spec", c_op.label()),
                    None,
                );
            }
        }
    }
    for p_op in &p_ops {
        let known = c_ops
            .iter()
            .any(|c| c.method == p_op.method && c.path == p_op.path);
        if known || !in_families(p_op, &families) {
            continue;
        }
        walker.op = p_op.id.clone();
        walker.push(
            Kind::MissingOperation,
            p_op.label(),
            p_op.pointer.clone(),
            p_op.pointer.clone(),
            Value::Null,
            json!(p_op.label()),
            format!(
                "{} ({}) is published under {} and missing",
                p_op.label(),
                p_op.id,
                tags(p_op.node).join(", ")
            ),
            Some(Edit::AddOperation {
                path: p_op.path.clone(),
                method: p_op.method.clone(),
                published: p_op.pointer.clone(),
            }),
        );
    }
    let mut findings = walker.findings;
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.operation_id.clone(),
                f.location.clone(),
                f.kind,
                f.curated_value.to_string(),
                f.published_value.to_string(),
            )
        };
        key(a).cmp(&key(b))
    });
    Comparison {
        findings,
        matched,
        schemas: walker.schemas,
    }
}

/// The differences between the curated schema at `curated` and the
/// published one at `published` alone (used to find a curated schema that
/// already says what a published one does).
pub fn compare_schemas(
    curated_doc: &Value,
    curated: &str,
    published_doc: &Value,
    published: &str,
) -> Vec<Finding> {
    let mut walker = Walker::new(curated_doc, published_doc);
    if let (Some(c), Some(p)) = (
        curated_doc.pointer(curated),
        published_doc.pointer(published),
    ) {
        walker.schema(c, curated, p, published, "schema", "$");
    }
    walker.findings
}

struct Walker<'a> {
    c: &'a Value,
    p: &'a Value,
    op: String,
    visited: HashSet<(String, String)>,
    findings: Vec<Finding>,
    schemas: BTreeMap<String, String>,
}

impl<'a> Walker<'a> {
    fn new(c: &'a Value, p: &'a Value) -> Self {
        Walker {
            c,
            p,
            op: String::new(),
            visited: HashSet::new(),
            findings: Vec::new(),
            schemas: BTreeMap::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: Kind,
        location: String,
        curated: String,
        published: String,
        curated_value: Value,
        published_value: Value,
        message: String,
        edit: Option<Edit>,
    ) {
        self.findings.push(Finding {
            kind,
            operation_id: self.op.clone(),
            location,
            curated,
            published,
            curated_value,
            published_value,
            message,
            fix: if edit.is_some() {
                Fix::Write
            } else {
                Fix::Person
            },
            allowed: None,
            applied: false,
            edit,
        });
    }

    fn operation(&mut self, c_op: &Op<'a>, p_op: &Op<'a>) {
        self.op = c_op.id.clone();
        if c_op.id != p_op.id {
            self.push(
                Kind::OperationId,
                "operationId".into(),
                format!("{}/operationId", c_op.pointer),
                format!("{}/operationId", p_op.pointer),
                json!(c_op.id),
                json!(p_op.id),
                format!("{} is `{}` in the published spec", c_op.label(), p_op.id),
                None,
            );
        }
        self.rate_limit(c_op, p_op);
        self.parameters(c_op, p_op);
        self.request_body(c_op, p_op);
        self.responses(c_op, p_op);
    }

    fn rate_limit(&mut self, c_op: &Op<'a>, p_op: &Op<'a>) {
        let published = p_op.node["description"]
            .as_str()
            .and_then(published_rate_limit);
        let curated = c_op.node.get("x-samsara-rate-limit").cloned();
        let (c_ptr, p_ptr) = (
            format!("{}/x-samsara-rate-limit", c_op.pointer),
            format!("{}/description", p_op.pointer),
        );
        let Some(published) = published else {
            if curated.is_some() {
                self.push(
                    Kind::RateLimit,
                    "rate limit".into(),
                    c_ptr,
                    p_ptr,
                    curated.unwrap_or_default(),
                    Value::Null,
                    "the published description states no rate limit".into(),
                    None,
                );
            }
            return;
        };
        let same = curated.as_ref().is_some_and(|c| {
            c["requests"] == published["requests"]
                && c["per"] == published["per"]
                && (published.get("scope").is_none()
                    || c.get("scope").is_none()
                    || c["scope"] == published["scope"])
        });
        if same {
            return;
        }
        let said = |v: &Value| {
            format!(
                "{} requests/{}",
                v["requests"],
                v["per"].as_str().unwrap_or("?")
            )
        };
        let message = match &curated {
            Some(c) if c["requests"] == published["requests"] && c["per"] == published["per"] => {
                format!(
                    "token scope {} is {} in the published description",
                    c["scope"], published["scope"]
                )
            }
            Some(c) => format!(
                "{} is {} in the published description",
                said(c),
                said(&published)
            ),
            None => format!(
                "no x-samsara-rate-limit; the published description says {}",
                said(&published)
            ),
        };
        // Codegen knows seconds and minutes only.
        let edit = (published["per"] != "hour").then(|| Edit::SetRateLimit {
            operation: c_op.pointer.clone(),
            limit: published.clone(),
        });
        self.push(
            Kind::RateLimit,
            "rate limit".into(),
            c_ptr,
            p_ptr,
            curated.unwrap_or_default(),
            published,
            message,
            edit,
        );
    }

    fn parameters(&mut self, c_op: &Op<'a>, p_op: &Op<'a>) {
        let c_params = parameters(self.c, c_op);
        let p_params = parameters(self.p, p_op);
        for (p_ptr, p) in &p_params {
            let (name, place) = (
                p["name"].as_str().unwrap_or(""),
                p["in"].as_str().unwrap_or(""),
            );
            let twin = c_params
                .iter()
                .find(|(_, c)| c["name"] == p["name"] && c["in"] == p["in"]);
            let Some((c_ptr, c)) = twin else {
                let required = if p["required"] == true {
                    "required "
                } else {
                    ""
                };
                self.push(
                    Kind::MissingParameter,
                    format!("parameter {name}"),
                    format!("{}/parameters/-", c_op.pointer),
                    p_ptr.clone(),
                    Value::Null,
                    json!(name),
                    format!("{required}{place} parameter `{name}` is published and missing"),
                    Some(Edit::AddParameter {
                        operation: c_op.pointer.clone(),
                        published: p_ptr.clone(),
                    }),
                );
                continue;
            };
            let location = format!("parameter {name}");
            self.requiredness(
                &location,
                &format!("{c_ptr}/required"),
                &format!("{p_ptr}/required"),
                c["required"] == true,
                p["required"] == true,
                &format!("{place} parameter `{name}`"),
                Edit::MakeOptional {
                    pointer: c_ptr.clone(),
                },
            );
            let (c_style, p_style) = (style(c), style(p));
            if c_style != p_style {
                self.push(
                    Kind::ParameterStyle,
                    location.clone(),
                    c_ptr.clone(),
                    p_ptr.clone(),
                    json!(c_style),
                    json!(p_style),
                    format!("`{name}` is sent as {c_style}; the published spec says {p_style}"),
                    None,
                );
            }
            if let (Some(cs), Some(ps)) = (c.get("schema"), p.get("schema")) {
                self.schema(
                    cs,
                    &format!("{c_ptr}/schema"),
                    ps,
                    &format!("{p_ptr}/schema"),
                    &location,
                    "$",
                );
            }
        }
        for (c_ptr, c) in &c_params {
            let known = p_params
                .iter()
                .any(|(_, p)| c["name"] == p["name"] && c["in"] == p["in"]);
            if !known {
                let name = c["name"].as_str().unwrap_or("");
                self.push(
                    Kind::ExtraParameter,
                    format!("parameter {name}"),
                    c_ptr.clone(),
                    format!("{}/parameters/-", p_op.pointer),
                    json!(name),
                    Value::Null,
                    format!(
                        "{} parameter `{name}` is not in the published spec",
                        c["in"].as_str().unwrap_or("")
                    ),
                    None,
                );
            }
        }
    }

    fn request_body(&mut self, c_op: &Op<'a>, p_op: &Op<'a>) {
        let c_body = c_op
            .node
            .get("requestBody")
            .map(|b| resolve(self.c, b, &format!("{}/requestBody", c_op.pointer)));
        let p_body = p_op
            .node
            .get("requestBody")
            .map(|b| resolve(self.p, b, &format!("{}/requestBody", p_op.pointer)));
        let (c, p) = match (c_body, p_body) {
            (None, None) => return,
            (Some((c, c_ptr)), Some((p, p_ptr))) => ((c, c_ptr), (p, p_ptr)),
            (c, p) => {
                let has = |side: &Option<(&Value, String)>| side.is_some();
                self.push(
                    Kind::Body,
                    "request body".into(),
                    format!("{}/requestBody", c_op.pointer),
                    format!("{}/requestBody", p_op.pointer),
                    json!(has(&c)),
                    json!(has(&p)),
                    if has(&p) {
                        "the published operation takes a request body; the curated one none".into()
                    } else {
                        "the curated operation takes a request body; the published one none".into()
                    },
                    None,
                );
                return;
            }
        };
        let ((c, c_ptr), (p, p_ptr)) = (c, p);
        self.requiredness(
            "request body",
            &format!("{c_ptr}/required"),
            &format!("{p_ptr}/required"),
            c["required"] == true,
            p["required"] == true,
            "the request body",
            Edit::MakeOptional {
                pointer: c_ptr.clone(),
            },
        );
        self.content(c, &c_ptr, p, &p_ptr, "request body", "request");
    }

    /// Compares the `application/json` schemas of two bodies (request or response).
    fn content(
        &mut self,
        c: &'a Value,
        c_ptr: &str,
        p: &'a Value,
        p_ptr: &str,
        what: &str,
        location: &str,
    ) {
        let media = "/content/application~1json/schema";
        let cs = c.pointer(media);
        let ps = p.pointer(media);
        match (cs, ps) {
            (Some(cs), Some(ps)) => {
                self.schema(
                    cs,
                    &format!("{c_ptr}{media}"),
                    ps,
                    &format!("{p_ptr}{media}"),
                    location,
                    "$",
                );
            }
            (None, None) => {}
            (cs, ps) => self.push(
                Kind::Body,
                location.to_owned(),
                format!("{c_ptr}/content"),
                format!("{p_ptr}/content"),
                json!(cs.is_some()),
                json!(ps.is_some()),
                if ps.is_some() {
                    format!("the published {what} has a JSON body; the curated one none")
                } else {
                    format!("the curated {what} has a JSON body; the published one none")
                },
                None,
            ),
        }
    }

    fn responses(&mut self, c_op: &Op<'a>, p_op: &Op<'a>) {
        let success = |op: &Op<'a>| -> Vec<(String, &'a Value)> {
            op.node["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(code, _)| code.starts_with('2'))
                .map(|(code, r)| (code.clone(), r))
                .collect()
        };
        let (c_codes, p_codes) = (success(c_op), success(p_op));
        let names = |codes: &[(String, &Value)]| -> Vec<String> {
            codes.iter().map(|(c, _)| c.clone()).collect()
        };
        if names(&c_codes) != names(&p_codes) {
            self.push(
                Kind::SuccessCodes,
                "success codes".into(),
                format!("{}/responses", c_op.pointer),
                format!("{}/responses", p_op.pointer),
                json!(names(&c_codes)),
                json!(names(&p_codes)),
                format!(
                    "success {} in the curated spec, {} in the published one",
                    names(&c_codes).join(", "),
                    names(&p_codes).join(", ")
                ),
                None,
            );
        }
        // Pair the bodies by code; a single 2xx on each side pairs even when the codes differ.
        let mut pairs = Vec::new();
        if c_codes.len() == 1 && p_codes.len() == 1 {
            pairs.push((&c_codes[0], &p_codes[0]));
        } else {
            for c in &c_codes {
                if let Some(p) = p_codes.iter().find(|p| p.0 == c.0) {
                    pairs.push((c, p));
                }
            }
        }
        for ((c_code, c), (p_code, p)) in pairs {
            let (c, c_ptr) = resolve(
                self.c,
                c,
                &format!("{}/responses/{}", c_op.pointer, escape(c_code)),
            );
            let (p, p_ptr) = resolve(
                self.p,
                p,
                &format!("{}/responses/{}", p_op.pointer, escape(p_code)),
            );
            let location = if c_code == p_code {
                format!("response {c_code}")
            } else {
                format!("response {c_code}/{p_code}")
            };
            self.content(c, &c_ptr, p, &p_ptr, "response", &location);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn requiredness(
        &mut self,
        location: &str,
        c_ptr: &str,
        p_ptr: &str,
        c_required: bool,
        p_required: bool,
        what: &str,
        relax: Edit,
    ) {
        if c_required == p_required {
            return;
        }
        let word = |r: bool| if r { "required" } else { "optional" };
        let (kind, edit) = if p_required {
            (Kind::PublishedRequires, None)
        } else {
            (Kind::CuratedRequires, Some(relax))
        };
        self.push(
            kind,
            location.to_owned(),
            c_ptr.to_owned(),
            p_ptr.to_owned(),
            json!(word(c_required)),
            json!(word(p_required)),
            format!(
                "{what} is {} in the curated spec, {} in the published one",
                word(c_required),
                word(p_required)
            ),
            edit,
        );
    }

    /// Walks two schemas in parallel; `path` is the JSONPath-like location
    /// under `location` (`response 200`).
    fn schema(
        &mut self,
        c: &'a Value,
        c_ptr: &str,
        p: &'a Value,
        p_ptr: &str,
        location: &str,
        path: &str,
    ) {
        let (c, c_ptr) = resolve(self.c, c, c_ptr);
        let (p, p_ptr) = resolve(self.p, p, p_ptr);
        if !self.visited.insert((c_ptr.clone(), p_ptr.clone())) {
            return;
        }
        if is_component(&c_ptr) && is_component(&p_ptr) {
            self.schemas
                .entry(p_ptr.clone())
                .or_insert_with(|| c_ptr.clone());
        }
        let here = format!("{location} {path}");
        self.types(c, &c_ptr, p, &p_ptr, &here);
        self.enums(c, &c_ptr, p, &p_ptr, &here);
        self.members(c, &c_ptr, p, &p_ptr, location, path);
        if let (Some(ci), Some(pi)) = (c.get("items"), p.get("items")) {
            self.schema(
                ci,
                &format!("{c_ptr}/items"),
                pi,
                &format!("{p_ptr}/items"),
                location,
                &format!("{path}[]"),
            );
        }
        if let (Some(ca @ Value::Object(_)), Some(pa @ Value::Object(_))) =
            (c.get("additionalProperties"), p.get("additionalProperties"))
        {
            self.schema(
                ca,
                &format!("{c_ptr}/additionalProperties"),
                pa,
                &format!("{p_ptr}/additionalProperties"),
                location,
                &format!("{path}.*"),
            );
        }
    }

    fn types(&mut self, c: &Value, c_ptr: &str, p: &Value, p_ptr: &str, here: &str) {
        let (ct, pt) = (c.get("type"), p.get("type"));
        if let (Some(ct), Some(pt)) = (ct, pt)
            && ct != pt
        {
            self.push(
                Kind::Type,
                here.to_owned(),
                format!("{c_ptr}/type"),
                format!("{p_ptr}/type"),
                ct.clone(),
                pt.clone(),
                format!("type {ct} in the curated spec, {pt} in the published one"),
                None,
            );
        }
        let (cf, pf) = (c.get("format"), p.get("format"));
        if cf != pf {
            let show =
                |f: Option<&Value>| f.map_or("no format".to_owned(), |f| format!("format {f}"));
            self.push(
                Kind::Type,
                here.to_owned(),
                format!("{c_ptr}/format"),
                format!("{p_ptr}/format"),
                cf.cloned().unwrap_or_default(),
                pf.cloned().unwrap_or_default(),
                format!(
                    "{} in the curated spec, {} in the published one",
                    show(cf),
                    show(pf)
                ),
                None,
            );
        }
        let nullable = |s: &Value| s["nullable"] == true || s["x-nullable"] == true;
        let (cn, pn) = (nullable(c), nullable(p));
        if cn != pn {
            self.push(
                Kind::Nullable,
                here.to_owned(),
                format!("{c_ptr}/nullable"),
                format!("{p_ptr}/nullable"),
                json!(cn),
                json!(pn),
                if cn {
                    "nullable in the curated spec, not in the published one".into()
                } else {
                    "nullable in the published spec, not in the curated one".into()
                },
                pn.then(|| Edit::MakeNullable {
                    schema: c_ptr.to_owned(),
                }),
            );
        }
    }

    fn enums(&mut self, c: &Value, c_ptr: &str, p: &Value, p_ptr: &str, here: &str) {
        match (
            c.get("enum").and_then(Value::as_array),
            p.get("enum").and_then(Value::as_array),
        ) {
            (Some(ce), Some(pe)) => {
                for v in pe.iter().filter(|v| !ce.contains(v)) {
                    self.push(
                        Kind::MissingEnumValue,
                        here.to_owned(),
                        format!("{c_ptr}/enum"),
                        format!("{p_ptr}/enum"),
                        Value::Null,
                        v.clone(),
                        format!("{v} is a published value the curated enum lacks"),
                        Some(Edit::AddEnumValue {
                            schema: c_ptr.to_owned(),
                            value: v.clone(),
                            published: p_ptr.to_owned(),
                        }),
                    );
                }
                for v in ce.iter().filter(|v| !pe.contains(v)) {
                    self.push(
                        Kind::ExtraEnumValue,
                        here.to_owned(),
                        format!("{c_ptr}/enum"),
                        format!("{p_ptr}/enum"),
                        v.clone(),
                        Value::Null,
                        format!("{v} is not a value of the published enum"),
                        None,
                    );
                }
            }
            (None, None) => {}
            (ce, pe) => self.push(
                Kind::Type,
                here.to_owned(),
                format!("{c_ptr}/enum"),
                format!("{p_ptr}/enum"),
                ce.map_or(Value::Null, |e| json!(e)),
                pe.map_or(Value::Null, |e| json!(e)),
                if ce.is_some() {
                    "the curated spec lists the values; the published one does not restrict them"
                        .into()
                } else {
                    "the published spec lists the values; the curated one does not restrict them"
                        .into()
                },
                None,
            ),
        }
    }

    fn members(
        &mut self,
        c: &'a Value,
        c_ptr: &str,
        p: &'a Value,
        p_ptr: &str,
        location: &str,
        path: &str,
    ) {
        let (cp, pp) = (
            c.get("properties").and_then(Value::as_object),
            p.get("properties").and_then(Value::as_object),
        );
        if cp.is_none() && pp.is_none() {
            return;
        }
        // When one side lists members and the other none, compare against none.
        let required = |s: &Value, name: &str| {
            s["required"]
                .as_array()
                .is_some_and(|r| r.iter().any(|n| n == name))
        };
        for (name, pm) in pp.into_iter().flatten() {
            let member_path = member(path, name);
            let c_member = format!("{c_ptr}/properties/{}", escape(name));
            let p_member = format!("{p_ptr}/properties/{}", escape(name));
            let Some(cm) = cp.and_then(|cp| cp.get(name)) else {
                let req = if required(p, name) { " (required)" } else { "" };
                self.push(
                    Kind::MissingMember,
                    format!("{location} {member_path}"),
                    c_member,
                    p_member,
                    Value::Null,
                    json!(name),
                    format!("`{name}`{req} is a published member the curated schema lacks"),
                    Some(Edit::AddMember {
                        schema: c_ptr.to_owned(),
                        name: name.clone(),
                        published: p_ptr.to_owned(),
                    }),
                );
                continue;
            };
            self.requiredness(
                &format!("{location} {member_path}"),
                &c_member,
                &p_member,
                required(c, name),
                required(p, name),
                &format!("`{name}`"),
                Edit::MakeMemberOptional {
                    schema: c_ptr.to_owned(),
                    name: name.clone(),
                },
            );
            self.schema(cm, &c_member, pm, &p_member, location, &member_path);
        }
        let published_has = |n: &str| pp.is_some_and(|pp| pp.contains_key(n));
        for name in cp.into_iter().flatten().map(|(n, _)| n) {
            if published_has(name) {
                continue;
            }
            self.push(
                Kind::ExtraMember,
                format!("{location} {}", member(path, name)),
                format!("{c_ptr}/properties/{}", escape(name)),
                format!("{p_ptr}/properties/{}", escape(name)),
                json!(name),
                Value::Null,
                format!("`{name}` is not a member of the published schema"),
                None,
            );
        }
    }
}

fn is_component(pointer: &str) -> bool {
    pointer
        .strip_prefix("/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'))
}

/// The operation's parameters with their pointers, `$ref`s resolved.
fn parameters<'a>(doc: &'a Value, op: &Op<'a>) -> Vec<(String, &'a Value)> {
    op.node["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, p)| {
            let (p, ptr) = resolve(doc, p, &format!("{}/parameters/{i}", op.pointer));
            (ptr, p)
        })
        .collect()
}

/// `form, explode` with OpenAPI's defaults filled in (`in: query` → `form`;
/// `explode` defaults to `style == form`).
fn style(p: &Value) -> String {
    let place = p["in"].as_str().unwrap_or("");
    let style = p["style"].as_str().unwrap_or(match place {
        "query" | "cookie" => "form",
        _ => "simple",
    });
    let explode = p["explode"].as_bool().unwrap_or(style == "form");
    format!(
        "in {place}, style {style}, {}",
        if explode { "exploded" } else { "not exploded" }
    )
}

/// `$.a.b`, `$.a["x y"]`.
fn member(path: &str, name: &str) -> String {
    let ident = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if ident {
        format!("{path}.{name}")
    } else {
        format!("{path}[{}]", json!(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(c: Value, p: Value) -> Vec<(Kind, String, Value, Value)> {
        compare(&c, &p)
            .findings
            .into_iter()
            .map(|f| (f.kind, f.location, f.curated_value, f.published_value))
            .collect()
    }

    fn doc(schema: Value, name: &str) -> Value {
        json!({
            "paths": {"/things": {"get": {
                "operationId": "getThings",
                "tags": ["Things"],
                "description": "Gets things.\n\n <b>Rate limit:</b> 5 requests/sec (learn more).\n\nTo use this endpoint, select **Read Things** under the Things category.",
                "x-samsara-rate-limit": {"requests": 5, "per": "second", "scope": "Read Things"},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}}}}
            }}},
            "components": {"schemas": {name: schema}}
        })
    }

    #[test]
    fn rate_limits_are_read_from_the_published_wording() {
        assert_eq!(
            published_rate_limit(
                "Returns x.\n\n <b>Rate limit:</b> 100 requests/min (learn more). To use this endpoint, select **Write Work Orders** under the Work Orders category"
            ),
            Some(json!({"requests": 100, "per": "minute", "scope": "Write Work Orders"}))
        );
        assert_eq!(
            published_rate_limit("<b>Rate limit:</b> 50 requests/hour"),
            Some(json!({"requests": 50, "per": "hour"}))
        );
        assert_eq!(published_rate_limit("No limit here."), None);
    }

    #[test]
    fn renamed_schemas_with_the_same_shape_show_no_difference() {
        let shape = json!({"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string", "description": "curated words"},
            "status": {"type": "string", "enum": ["Open", "Closed"]}}});
        let mut published = shape.clone();
        published["properties"]["id"]["description"] = json!("other words");
        assert_eq!(
            kinds(
                doc(shape, "Thing"),
                doc(published, "ThingObjectResponseBody")
            ),
            vec![]
        );
    }

    #[test]
    fn members_requiredness_enums_and_types_are_compared_structurally() {
        let curated = json!({"type": "object", "required": ["id", "n"], "properties": {
            "id": {"type": "string"},
            "n": {"type": "integer"},
            "sdkOnly": {"type": "array", "items": {"type": "string"}, "nullable": true},
            "status": {"type": "string", "enum": ["Open", "Planning"]}}});
        let published = json!({"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"},
            "n": {"type": "number"},
            "newOne": {"type": "string"},
            "status": {"type": "string", "enum": ["Open", "Closed"]}}});
        assert_eq!(
            kinds(doc(curated, "Thing"), doc(published, "Other")),
            vec![
                (
                    Kind::CuratedRequires,
                    "response 200 $.n".into(),
                    json!("required"),
                    json!("optional")
                ),
                (
                    Kind::Type,
                    "response 200 $.n".into(),
                    json!("integer"),
                    json!("number")
                ),
                (
                    Kind::MissingMember,
                    "response 200 $.newOne".into(),
                    Value::Null,
                    json!("newOne")
                ),
                (
                    Kind::ExtraMember,
                    "response 200 $.sdkOnly".into(),
                    json!("sdkOnly"),
                    Value::Null
                ),
                (
                    Kind::MissingEnumValue,
                    "response 200 $.status".into(),
                    Value::Null,
                    json!("Closed")
                ),
                (
                    Kind::ExtraEnumValue,
                    "response 200 $.status".into(),
                    json!("Planning"),
                    Value::Null
                ),
            ]
        );
    }

    #[test]
    fn missing_operations_are_those_of_the_curated_families_only() {
        let curated = doc(json!({"type": "object"}), "Thing");
        let mut published = curated.clone();
        published["paths"]["/things/stream"] =
            json!({"get": {"operationId": "streamThings", "tags": ["Things"], "responses": {}}});
        published["paths"]["/other"] =
            json!({"get": {"operationId": "getOther", "tags": ["Things"], "responses": {}}});
        published["paths"]["/things/x"] =
            json!({"get": {"operationId": "getX", "tags": ["Other"], "responses": {}}});
        let found = compare(&curated, &published).findings;
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, Kind::MissingOperation);
        assert_eq!(found[0].operation_id, "streamThings");
        assert_eq!(found[0].published, "/paths/~1things~1stream/get");
    }

    #[test]
    fn a_tag_the_curated_spec_lists_adopts_its_published_families() {
        let mut curated = doc(json!({"type": "object"}), "Thing");
        let mut published = curated.clone();
        published["paths"]["/hooks"] =
            json!({"get": {"operationId": "listHooks", "tags": ["Hooks"], "responses": {}}});
        published["paths"]["/hooks/{id}"] =
            json!({"delete": {"operationId": "deleteHook", "tags": ["Hooks"], "responses": {}}});
        assert_eq!(compare(&curated, &published).findings, vec![]);
        curated["tags"] = json!([{"name": "Hooks"}]);
        let found: Vec<String> = compare(&curated, &published)
            .findings
            .into_iter()
            .filter(|f| f.kind == Kind::MissingOperation)
            .map(|f| f.operation_id)
            .collect();
        assert_eq!(found, vec!["deleteHook", "listHooks"]);
    }

    #[test]
    fn parameter_styles_and_rate_limits_are_compared() {
        let mut curated = doc(json!({"type": "object"}), "Thing");
        let mut published = curated.clone();
        curated["paths"]["/things"]["get"]["parameters"] = json!([
            {"name": "ids", "in": "query", "style": "form", "explode": true, "schema": {"type": "array", "items": {"type": "string"}}}]);
        published["paths"]["/things"]["get"]["parameters"] = json!([
            {"name": "ids", "in": "query", "style": "form", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
            {"name": "after", "in": "query", "schema": {"type": "string"}}]);
        curated["paths"]["/things"]["get"]["x-samsara-rate-limit"]["requests"] = json!(10);
        let found = compare(&curated, &published).findings;
        let got: Vec<(Kind, &str, Fix)> = found
            .iter()
            .map(|f| (f.kind, f.location.as_str(), f.fix))
            .collect();
        assert_eq!(
            got,
            vec![
                (Kind::MissingParameter, "parameter after", Fix::Write),
                (Kind::ParameterStyle, "parameter ids", Fix::Person),
                (Kind::RateLimit, "rate limit", Fix::Write),
            ]
        );
        assert_eq!(
            found[2].message,
            "10 requests/second is 5 requests/second in the published description"
        );
    }
}
