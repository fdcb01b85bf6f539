//! Turns `spec/samsara.json` into the crate's generated Rust code.
//!
//! Used by the root crate's `build.rs` (into `OUT_DIR`) and by `cargo xtask
//! codegen` (into the committed, reviewable `generated/samsara.rs`): both call
//! [`generate`], so the two are byte-identical.
//!
//! Seven things are added to what progenitor emits, each because
//! progenitor/typify cannot express it from the spec alone:
//!
//! 1. **Open enums.** typify's enums reject values they do not list, and the API
//!    adds enum values without notice. Every string-enum component is replaced
//!    (`with_replacement`) by an `open_enum!` type with an `Other(String)` variant.
//! 2. **Comma-joined query arrays.** progenitor ignores `explode: false` and always
//!    repeats the key; the transport joins the parameters the table below
//!    marks.
//! 3. **Validated scalars.** The schemas in [`HAND_WRITTEN`] are replaced by the
//!    crate's validated `IdRef`, `ExternalId` and `PageLimit` types, and its
//!    redacted `WebhookSecret`.
//! 4. **The operations table.** `OPERATIONS`, one `crate::operations::Operation`
//!    per operation of the spec, with the facts [`facts`] derives (rate limit,
//!    replay safety, pagination, comma-joined and size-limited query
//!    parameters): the hand-written layer reads every per-operation fact from
//!    it, and keeps no list of its own.
//! 5. **The hand-written layer's impls.** `Call` for every operation and
//!    `CursorRequest` + `Paginate` for every cursor-paginated one are
//!    invoked here (`crate::call::impl_call!`,
//!    `crate::pagination::impl_cursor_request!`), from the spec alone: an
//!    operation added to the spec gets `.send()`, streams, checkpoints,
//!    retries and pacing without an edit under `src/`. The `streams` module
//!    names each paginated operation's stream types (`{Builder}Items`,
//!    `{Builder}Pages`), re-exported as `samsara::streams`; the items of a
//!    time-based stream get `crate::Record` (`crate::record::impl_record!`),
//!    and each paginated builder owned parameters ([`owned`]) so that its
//!    streams own what they need.
//! 6. **Builders describe requests; one transport sends them.** Each
//!    operation builder's `send` is cut after it builds its
//!    `reqwest::Request` ([`requests`]): `request()` returns it, and the
//!    crate's `transport::invoke` paces, authorizes, sends, retries,
//!    decompresses and decodes it, with the operation's facts handed over
//!    as `&crate::operations::ALL[i]`. progenitor's hooks are not used.
//! 7. **Decoding.** Every `DateTime<Utc>` member of a deserialized type
//!    reads its timestamp with `crate::time` (the API's RFC 3339 shape
//!    without chrono's general parser), lists read `null` as empty, and the
//!    members of a polymorphic value are boxed. See [`rewrite`].

use openapiv3::{OpenAPI, ReferenceOr};
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

pub mod facts;
pub mod owned;
pub mod requests;
pub mod rewrite;

/// Schemas implemented by hand in the crate, because their validation (the
/// `key:value` form, a bounded page size) is more than typify enforces, or
/// because they hold a secret (a webhook's key, never shown by `Debug`).
pub const HAND_WRITTEN: &[(&str, &str)] = &[
    ("IdOrExternalId", "crate::external_id::IdRef"),
    ("ExternalId", "crate::external_id::ExternalId"),
    ("PageLimit", "crate::model::page_limit::PageLimit"),
    ("WebhookSecret", "crate::webhook::WebhookSecret"),
];

/// The hand-written schemas that hold a secret: a member whose schema is one
/// of them is redacted wherever a raw body is kept (`SECRET_MEMBERS`).
pub const SECRET_SCHEMAS: &[&str] = &["WebhookSecret"];

/// The names of the members whose schema is a [`SECRET_SCHEMAS`] one, in
/// any schema of the spec, sorted and without repeats.
fn secret_members(raw: &Value) -> Vec<String> {
    let mut found = std::collections::BTreeSet::new();
    let schemas = raw["components"]["schemas"].as_object();
    for schema in schemas.into_iter().flat_map(|s| s.values()) {
        for (name, member) in schema["properties"].as_object().into_iter().flatten() {
            let target = member["$ref"].as_str().unwrap_or_default();
            if SECRET_SCHEMAS
                .iter()
                .any(|s| target == format!("#/components/schemas/{s}"))
            {
                found.insert(name.clone());
            }
        }
    }
    found.into_iter().collect()
}

/// A codegen failure, naming the spec location where one is known.
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

type Result<T> = std::result::Result<T, Error>;

/// Generates the formatted Rust source for the spec text `text`; `SPEC` in
/// messages is `spec_name`.
pub fn generate(spec_name: &str, text: &str) -> Result<String> {
    let raw: Value = serde_json::from_str(text).map_err(|e| {
        Error(format!(
            "{spec_name}:{}:{}: invalid JSON: {e}",
            e.line(),
            e.column()
        ))
    })?;
    let spec: OpenAPI = serde_path_to_error::deserialize(&raw).map_err(|e| {
        let (path, message) =
            locate(&raw).unwrap_or_else(|| (e.path().to_string(), e.inner().to_string()));
        Error(format!(
            "{spec_name} at `{path}`: not a valid OpenAPI 3.0 document: {message}"
        ))
    })?;
    // The per-operation facts first: their errors name what the hand-written
    // layer needs, where progenitor would panic or emit code that does not compile.
    let operations = facts::operations(spec_name, &raw)?;
    let ctx = Ctx { spec_name };
    let boxed = kind_members(spec_name, &raw)?;
    let enums = ctx.open_enums(&spec)?;
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote!(crate::transport::Transport))
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_map_type("std::collections::BTreeMap");
    for (name, _, _) in &enums {
        settings.with_replacement(
            name,
            format!("crate::generated::enums::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for (schema, rust_type) in HAND_WRITTEN {
        if !spec
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(*schema))
        {
            return Err(ctx.fail(format!(
                "has no `components.schemas.{schema}`, which {rust_type} implements"
            )));
        }
        settings.with_replacement(
            schema,
            rust_type,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    let mut generator = Generator::new(&settings);
    // progenitor asserts instead of returning errors on some inputs: turn a
    // panic into an error that still names the spec.
    let client = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generator.generate_tokens(&spec)
    }))
    .map_err(|p| {
        Error(format!(
            "{spec_name}: progenitor panicked: {}",
            panic_text(&p)
        ))
    })?
    .map_err(|e| Error(format!("{spec_name}: progenitor rejected the spec: {e}")))?;
    let mut enum_tokens = Vec::new();
    for (name, description, values) in &enums {
        let ident = format_ident!("{name}");
        let mut variants = Vec::new();
        for v in values {
            let variant = format_ident!("{}", ctx.variant_name(name, v)?);
            variants.push(quote!(#variant = #v));
        }
        enum_tokens.push(quote! {
            crate::open_enum! {
                #[doc = #description]
                #ident { #(#variants),* }
            }
        });
    }
    let table = operations_table(&operations);
    let layer = layer_impls(&operations);
    let secrets = secret_members(&raw);

    let file = quote! {
        #client

        /// Open string enums of the spec: unknown values are kept in `Other`.
        pub mod enums {
            #(#enum_tokens)*
        }

        /// Every operation of the spec, in spec order, with the facts the
        /// hand-written layer acts on (see `crate::operations`).
        pub const OPERATIONS: &[crate::operations::Operation] = &[#(#table),*];

        /// The members of the spec's schemas that hold a secret (their
        /// schema is one samsara-codegen's `SECRET_SCHEMAS` lists): a raw
        /// body kept in an error has their values redacted.
        pub const SECRET_MEMBERS: &[&str] = &[#(#secrets),*];

        #layer
    };
    let mut ast: syn::File =
        syn::parse2(file).map_err(|e| Error(format!("generated code does not parse: {e}")))?;
    rewrite::apply(&mut ast, &boxed)?;
    requests::split_sends(&mut ast, operations.len())?;
    requests::own_path_encoding(&mut ast)?;
    let paginated: Vec<String> = operations
        .iter()
        .filter(|op| op.pagination.is_some())
        .map(|op| op.builder.clone())
        .collect();
    owned::add_params(&mut ast, &paginated)?;
    Ok(format!(
        "// @generated from {spec_name} by samsara-codegen. Do not edit: change the spec and run `cargo xtask codegen`.\n\n{}",
        prettyplease::unparse(&ast)
    ))
}

/// Each schema's `x-samsara-kind-members`: the members holding a polymorphic
/// value, of which at most one is present (the one its `type` names). The
/// generated type boxes them (see `rewrite`). Each must be an optional
/// property of its schema.
pub fn kind_members(spec_name: &str, raw: &Value) -> Result<rewrite::Boxed> {
    let mut boxed = rewrite::Boxed::new();
    let Some(schemas) = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(boxed);
    };
    for (name, schema) in schemas {
        let Some(members) = schema.get("x-samsara-kind-members") else {
            continue;
        };
        let fail = |what: String| {
            Error(format!(
                "{spec_name} at `components.schemas.{name}.x-samsara-kind-members`: {what}"
            ))
        };
        let members = members
            .as_array()
            .ok_or_else(|| fail("must be a list of member names".to_owned()))?;
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut names = std::collections::BTreeSet::new();
        for member in members {
            let member = member
                .as_str()
                .ok_or_else(|| fail(format!("`{member}` is not a member name")))?;
            if schema.pointer(&format!("/properties/{member}")).is_none() {
                return Err(fail(format!("`{member}` is not a property of `{name}`")));
            }
            if required.contains(&member) {
                return Err(fail(format!(
                    "`{member}` is required; only optional members (at most one present) are kind members"
                )));
            }
            names.insert(member.to_owned());
        }
        boxed.insert(name.clone(), names);
    }
    Ok(boxed)
}

/// openapiv3's path and schema maps hide the failing member from
/// serde_path_to_error; decode them one by one to find it.
fn locate(raw: &Value) -> Option<(String, String)> {
    fn first_error<T: serde::de::DeserializeOwned>(
        prefix: &str,
        map: &Value,
    ) -> Option<(String, String)> {
        map.as_object()?.iter().find_map(|(key, value)| {
            serde_path_to_error::deserialize::<_, T>(value)
                .err()
                .map(|e| {
                    (
                        format!("{prefix}.{key}.{}", e.path())
                            .trim_end_matches(".?")
                            .to_owned(),
                        e.inner().to_string(),
                    )
                })
        })
    }
    first_error::<openapiv3::PathItem>("paths", &raw["paths"]).or_else(|| {
        first_error::<ReferenceOr<openapiv3::Schema>>(
            "components.schemas",
            &raw["components"]["schemas"],
        )
    })
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

struct Ctx<'a> {
    spec_name: &'a str,
}

impl Ctx<'_> {
    fn fail(&self, message: String) -> Error {
        Error(format!("{} {message}", self.spec_name))
    }

    /// `(name, description, values)` of every string-enum component schema.
    fn open_enums(&self, spec: &OpenAPI) -> Result<Vec<(String, String, Vec<String>)>> {
        let Some(components) = &spec.components else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (name, schema) in &components.schemas {
            let ReferenceOr::Item(schema) = schema else {
                continue;
            };
            let openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) = &schema.schema_kind
            else {
                continue;
            };
            if s.enumeration.is_empty() {
                continue;
            }
            let values = s
                .enumeration
                .iter()
                .map(|v| {
                    v.clone().ok_or_else(|| {
                        self.fail(format!(
                            "at `components.schemas.{name}.enum`: null is not an enum value"
                        ))
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let description = schema.schema_data.description.clone().unwrap_or_default();
            out.push((name.clone(), description, values));
        }
        Ok(out)
    }

    /// `"In Progress"` → `InProgress`, `multiple_choice` → `MultipleChoice`, `DVIR` → `Dvir`.
    fn variant_name(&self, schema: &str, value: &str) -> Result<String> {
        let name = variant_name(value);
        if name.is_empty() || name == "Other" {
            return Err(self.fail(format!(
                "at `components.schemas.{schema}.enum`: value {value:?} gives no usable Rust variant name"
            )));
        }
        Ok(name)
    }
}

/// `"In Progress"` → `InProgress`, `multiple_choice` → `MultipleChoice`, `DVIR` → `Dvir`,
/// and a value that starts with a digit gets a `V`: `2024-02-27` → `V20240227`.
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    if value.starts_with(|c: char| c.is_ascii_digit()) {
        out.push('V');
    }
    let mut upper_next = true;
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_ascii_alphanumeric() {
            upper_next = true;
            prev_lower = false;
            continue;
        }
        if upper_next || (c.is_ascii_uppercase() && prev_lower) {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
        upper_next = false;
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    out
}

/// One `crate::operations::Operation` literal per operation.
fn operations_table(operations: &[facts::Operation]) -> Vec<proc_macro2::TokenStream> {
    operations
        .iter()
        .enumerate()
        .map(|(index, op)| {
            let facts::Operation {
                id,
                name,
                method,
                path,
                rate_limit,
                idempotent,
                ..
            } = op;
            let per = if op.per_second {
                quote!(Second)
            } else {
                quote!(Minute)
            };
            let paginated = op.pagination.is_some();
            let time_window = op.pagination.as_ref().is_some_and(|p| p.time_window);
            let has_body = op.output.is_some();
            let comma_joined = op
                .query
                .iter()
                .filter(|p| p.comma_joined)
                .map(|p| p.name.as_str());
            let list_limits = op.query.iter().filter_map(|p| {
                let (name, max) = (&p.name, p.max_items?);
                Some(quote!((#name, #max)))
            });
            let date_times = op
                .query
                .iter()
                .filter(|p| p.schema["format"] == "date-time")
                .map(|p| p.name.as_str());
            quote! {
                crate::operations::Operation {
                    index: #index,
                    id: #id,
                    name: #name,
                    method: #method,
                    path: #path,
                    rate_limit: crate::operations::Budget {
                        requests: #rate_limit,
                        per: crate::operations::Per::#per,
                    },
                    idempotent: #idempotent,
                    paginated: #paginated,
                    time_window: #time_window,
                    has_body: #has_body,
                    comma_joined: &[#(#comma_joined),*],
                    list_limits: &[#(#list_limits),*],
                    date_times: &[#(#date_times),*],
                }
            }
        })
        .collect()
}

/// The hand-written layer's impls for every operation, from the spec
/// alone: `Call` (typed body and this crate's error) for each, and
/// `CursorRequest` + `Paginate` (streams, checkpoints) for each
/// cursor-paginated one (see [`facts`] for what makes one); time-based
/// streams also get windows and follow mode.
fn layer_impls(operations: &[facts::Operation]) -> proc_macro2::TokenStream {
    let mut calls = Vec::new();
    let mut cursors = Vec::new();
    let mut streams = Vec::new();
    let mut versioned = std::collections::BTreeSet::new();
    for (index, op) in operations.iter().enumerate() {
        let builder = format_ident!("{}", op.builder);
        let output = match &op.output {
            None => quote!(()),
            Some(output) => {
                let ident = format_ident!("{output}");
                quote!(#ident)
            }
        };
        let data = op.data.as_ref().map(|data| {
            let ident = format_ident!("{data}");
            quote!(, data #ident)
        });
        calls.push(quote! {
            crate::call::impl_call!(#builder, #index, #output #data);
        });
        if let Some(p) = &op.pagination {
            let times = p.time_window.then(|| quote!(times));
            let (page, item) = (format_ident!("{}", p.page), format_ident!("{}", p.item));
            let params = format_ident!("{}Params", op.builder);
            // What selects the records (the checkpoint's fingerprint): every
            // query parameter but the cursor, the window and the page size.
            let filters = op
                .query
                .iter()
                .filter(|q| !["after", "startTime", "endTime", "limit"].contains(&q.name.as_str()))
                .map(|q| format_ident!("{}", snake_case(&q.name)));
            cursors.push(quote! {
                crate::pagination::impl_cursor_request!(
                    #builder, #params, #page, #item, #index, [#(#filters),*], #times
                );
            });
            if p.time_window {
                versioned.insert(p.item.clone());
            }
            streams.push(stream_aliases(op, &p.item));
        }
    }
    let versioned = versioned.iter().map(|item| format_ident!("{item}"));
    quote! {
        #(#calls)*
        #(#cursors)*
        #(crate::record::impl_record!(#versioned);)*

        /// The stream types of every paginated operation, by name
        /// (re-exported as `crate::streams`, documented there).
        pub mod streams {
            #(#streams)*
        }
    }
}

/// `{Builder}Items` and `{Builder}Pages`: what `.items()` and `.pages()` of
/// a paginated operation's builder return, named so that a struct field or a
/// return type need not spell `Items<builder::{Builder}Params>`.
fn stream_aliases(op: &facts::Operation, item: &str) -> proc_macro2::TokenStream {
    let params = format_ident!("{}Params", op.builder);
    let items = format_ident!("{}Items", op.builder);
    let pages = format_ident!("{}Pages", op.builder);
    let call = format!(
        "[`client.{name}()`](crate::Client::{name}) (`{method} {path}`)",
        name = op.name,
        method = op.method,
        path = op.path
    );
    let items_doc = format!(
        "The stream of [`{item}`](crate::types::{item})s that `.items()` of {call} returns \
         (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::{params}>`."
    );
    let pages_doc = format!(
        "The stream of pages of [`{item}`](crate::types::{item})s, with their checkpoints, \
         that `.pages()` of {call} returns (owned: `'static + Send`): \
         [`Pages`](crate::pagination::Pages)`<builder::{params}>`."
    );
    quote! {
        #[doc = #items_doc]
        pub type #items = crate::pagination::Items<crate::builder::#params>;
        #[doc = #pages_doc]
        pub type #pages = crate::pagination::Pages<crate::builder::#params>;
    }
}

pub use facts::snake_case;

#[cfg(test)]
mod tests {
    #[test]
    fn kind_members_must_be_optional_properties() {
        let spec = |members: &str, required: &str| {
            serde_json::json!({"components": {"schemas": {"Field": {
                "type": "object",
                "required": serde_json::from_str::<Value>(required).unwrap(),
                "properties": {"id": {"type": "string"}, "textValue": {"type": "object"}},
                "x-samsara-kind-members": serde_json::from_str::<Value>(members).unwrap(),
            }}}})
        };
        let boxed = kind_members("s.json", &spec(r#"["textValue"]"#, r#"["id"]"#)).unwrap();
        assert_eq!(boxed["Field"].iter().collect::<Vec<_>>(), ["textValue"]);
        for (members, required, says) in [
            (r#"["nope"]"#, "[]", "`nope` is not a property of `Field`"),
            (r#"["id"]"#, r#"["id"]"#, "`id` is required"),
            (r#""textValue""#, "[]", "must be a list of member names"),
            ("[1]", "[]", "`1` is not a member name"),
        ] {
            let e = kind_members("s.json", &spec(members, required)).unwrap_err();
            assert!(
                e.to_string().contains(says)
                    && e.to_string()
                        .contains("components.schemas.Field.x-samsara-kind-members"),
                "{e}"
            );
        }
    }

    use super::*;

    #[test]
    fn variant_names_follow_rust_conventions() {
        assert_eq!(variant_name("In Progress"), "InProgress");
        assert_eq!(variant_name("multiple_choice"), "MultipleChoice");
        assert_eq!(variant_name("ITEM_TYPE_UNSPECIFIED"), "ItemTypeUnspecified");
        assert_eq!(variant_name("unpoweredAsset"), "UnpoweredAsset");
        assert_eq!(variant_name("DVIR"), "Dvir");
        assert_eq!(variant_name("2024-02-27"), "V20240227");
    }

    #[test]
    fn a_broken_spec_names_its_location() {
        let err = generate("spec.json", r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {"responses": 5}}}}"#).unwrap_err();
        assert!(err.0.contains("paths./x.get.responses"), "{err}");
    }

    fn spec_with(operation: &str, page_properties: &str) -> String {
        format!(
            r##"{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}},
            "paths": {{"/things": {{"get": {operation}}}}},
            "components": {{"schemas": {{
                "IdOrExternalId": {{"type": "string"}}, "ExternalId": {{"type": "string"}}, "PageLimit": {{"type": "integer"}}, "WebhookSecret": {{"type": "string"}},
                "ErrorBody": {{"type": "object", "required": ["message", "requestId"], "properties": {{"message": {{"type": "string"}}, "requestId": {{"type": "string"}}}}}},
                "Thing": {{"type": "object", "required": ["id"], "properties": {{"id": {{"type": "string"}}, "updatedAtTime": {{"type": "string", "format": "date-time"}}}}}},
                "Pagination": {{"type": "object", "required": ["endCursor", "hasNextPage"], "properties": {{"endCursor": {{"type": "string"}}, "hasNextPage": {{"type": "boolean"}}}}}},
                "ThingPage": {{"type": "object", "required": ["data"], "properties": {{{page_properties}}}}}
            }}}}}}"##
        )
    }

    fn operation(params: &[&str], extra: &str) -> String {
        let params: Vec<String> = params
            .iter()
            .map(|p| format!(r#"{{"name": "{p}", "in": "query", "schema": {{"type": "string"}}}}"#))
            .collect();
        format!(
            r##"{{"operationId": "listThings", {extra} "x-samsara-rate-limit": {{"requests": 5, "per": "second"}},
            "parameters": [{}],
            "responses": {{"200": {{"description": "ok", "content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/ThingPage"}}}}}}}},
                "4XX": {{"description": "error", "content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/ErrorBody"}}}}}}}}}}}}"##,
            params.join(",")
        )
    }

    const PAGE: &str = r##""data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}, "pagination": {"$ref": "#/components/schemas/Pagination"}"##;

    #[test]
    fn every_operation_gets_call_and_a_cursor_paginated_one_gets_streams() {
        let code = generate("spec.json", &spec_with(&operation(&["after"], ""), PAGE)).unwrap();
        assert!(
            code.contains("crate::call::impl_call!(ListThings, 0usize, ThingPage)"),
            "{code}"
        );
        assert!(
            code.contains("crate::pagination::impl_cursor_request!(\n    ListThings, ListThingsParams, ThingPage, Thing, 0usize, [],\n);"),
            "{code}"
        );
        let stream = generate(
            "spec.json",
            &spec_with(&operation(&["after", "startTime", "endTime"], ""), PAGE),
        )
        .unwrap();
        assert!(stream.contains("0usize, [], times"), "{stream}");
        assert!(stream.contains("pub struct ListThingsParams"), "{stream}");
        assert!(
            stream.contains("crate::record::impl_record!(Thing);"),
            "{stream}"
        );
    }

    #[test]
    fn without_a_cursor_or_a_pagination_member_there_are_no_streams() {
        for spec in [
            spec_with(&operation(&["limit"], ""), PAGE),
            spec_with(
                &operation(&["after"], ""),
                r##""data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}"##,
            ),
            spec_with(
                &operation(&["after"], r#""x-samsara-paginated": false,"#),
                PAGE,
            ),
        ] {
            let code = generate("spec.json", &spec).unwrap();
            assert!(code.contains("impl_call!"), "{code}");
            assert!(!code.contains("impl_cursor_request!"), "{code}");
        }
    }

    #[test]
    fn an_explicit_pagination_mark_without_a_page_shape_is_an_error_naming_the_operation() {
        let spec = spec_with(
            &operation(&["after"], r#""x-samsara-paginated": true,"#),
            r##""items": {"type": "string"}"##,
        );
        let err = generate("spec.json", &spec).unwrap_err();
        assert!(
            err.0.contains("paths./things.get") && err.0.contains("x-samsara-paginated"),
            "{err}"
        );
    }

    #[test]
    fn an_operation_without_the_error_body_is_an_error_naming_it() {
        let spec = spec_with(&operation(&["after"], ""), PAGE)
            .replace("\"4XX\"", "\"400\": {\"description\": \"plain\"}, \"499\"");
        let spec = spec.replace(
            "#/components/schemas/ErrorBody\"",
            "#/components/schemas/Thing\"",
        );
        let err = generate("spec.json", &spec).unwrap_err();
        assert!(
            err.0.contains("paths./things.get.responses") && err.0.contains("ErrorBody"),
            "{err}"
        );
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let err = generate("spec.json", "{\n  \"openapi\": ,\n}").unwrap_err();
        assert!(err.0.starts_with("spec.json:2:"), "{err}");
    }
}
