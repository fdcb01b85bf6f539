//! Turns `spec/samsara.json` into the typed client in `$OUT_DIR/samsara.rs`.
//!
//! Nothing else happens here. Three things are added to what progenitor emits,
//! each because progenitor/typify cannot express it from the spec alone:
//!
//! 1. **Open enums.** typify's enums reject values they do not list, and the API
//!    adds enum values without notice. Every string-enum component is replaced
//!    (`with_replacement`) by an `open_enum!` type with an `Other(String)` variant.
//! 2. **Comma-joined query arrays.** progenitor ignores `explode: false` and always
//!    repeats the key. The spec's `explode: false` parameters are listed in
//!    `COMMA_JOINED_QUERY`, which the request hook uses to join them.
//! 3. **Rate limits.** Each operation's `x-samsara-rate-limit` is listed in
//!    `RATE_LIMITS` for the client-side limiter.
//!
//! A spec error fails the build with a message naming the spec location.

use std::{env, fs, path::Path};

use openapiv3::{OpenAPI, ReferenceOr};
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

const SPEC: &str = "spec/samsara.json";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build.rs");

    let text = fs::read_to_string(SPEC).unwrap_or_else(|e| fail(&format!("cannot read {SPEC}: {e}")));
    let raw: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| fail(&format!("{SPEC}:{}:{}: invalid JSON: {e}", e.line(), e.column())));
    let spec: OpenAPI = serde_path_to_error::deserialize(&raw).unwrap_or_else(|e| {
        fail(&format!("{SPEC} at `{}`: not a valid OpenAPI 3.0 document: {}", e.path(), e.inner()))
    });

    let enums = open_enums(&spec);
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote!(crate::client::Inner))
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

    let mut generator = Generator::new(&settings);
    let client = generator
        .generate_tokens(&spec)
        .unwrap_or_else(|e| fail(&format!("{SPEC}: progenitor rejected the spec: {e}")));
    let enum_tokens = enums.iter().map(|(name, description, values)| {
        let ident = format_ident!("{name}");
        let variants = values.iter().map(|v| {
            let variant = format_ident!("{}", variant_name(v));
            quote!(#variant = #v)
        });
        quote! {
            crate::open_enum! {
                #[doc = #description]
                #ident { #(#variants),* }
            }
        }
    });
    let comma_joined = comma_joined_query(&raw);
    let rate_limits = rate_limits(&raw);

    let file = quote! {
        #client

        /// Open string enums of the spec: unknown values are kept in `Other`.
        pub mod enums {
            #(#enum_tokens)*
        }

        /// Query parameters declared `style: form, explode: false`, by operation
        /// (snake_case, as in `OperationInfo::operation_id`): sent as one comma-joined value.
        pub(crate) const COMMA_JOINED_QUERY: &[(&str, &[&str])] = &[#comma_joined];

        /// `x-samsara-rate-limit` by operation: (operation, requests, per second?).
        pub(crate) const RATE_LIMITS: &[(&str, u32, bool)] = &[#rate_limits];
    };
    let ast: syn::File = syn::parse2(file).unwrap_or_else(|e| fail(&format!("generated code does not parse: {e}")));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("samsara.rs");
    fs::write(&out, prettyplease::unparse(&ast)).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    panic!("\n\nsamsara codegen: {message}\n\n")
}

/// `(name, description, values)` of every string-enum component schema.
fn open_enums(spec: &OpenAPI) -> Vec<(String, String, Vec<String>)> {
    let Some(components) = &spec.components else { return Vec::new() };
    let mut out = Vec::new();
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        let openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) = &schema.schema_kind else { continue };
        if s.enumeration.is_empty() {
            continue;
        }
        let values: Vec<String> = s.enumeration.iter().map(|v| {
            v.clone().unwrap_or_else(|| fail(&format!("{SPEC} at `components.schemas.{name}.enum`: null is not an enum value")))
        }).collect();
        let description = schema.schema_data.description.clone().unwrap_or_default();
        out.push((name.clone(), description, values));
    }
    out
}

/// `"In Progress"` → `InProgress`, `multiple_choice` → `MultipleChoice`, `DVIR` → `Dvir`.
fn variant_name(value: &str) -> String {
    let mut out = String::new();
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
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        fail(&format!("{SPEC}: enum value {value:?} gives no Rust variant name"));
    }
    out
}

fn operations(raw: &Value) -> impl Iterator<Item = (String, &Value, String)> {
    raw["paths"].as_object().into_iter().flatten().flat_map(|(path, item)| {
        item.as_object().into_iter().flatten().filter_map(move |(method, op)| {
            let id = op["operationId"].as_str()?;
            Some((snake_case(id), op, format!("paths.{path}.{method}")))
        })
    })
}

fn comma_joined_query(raw: &Value) -> proc_macro2::TokenStream {
    let entries = operations(raw).filter_map(|(op_id, op, _)| {
        let names: Vec<&str> = op["parameters"].as_array()?.iter()
            .filter(|p| p["in"] == "query" && p["explode"] == false)
            .filter_map(|p| p["name"].as_str())
            .collect();
        (!names.is_empty()).then(|| quote!((#op_id, &[#(#names),*])))
    });
    quote!(#(#entries),*)
}

fn rate_limits(raw: &Value) -> proc_macro2::TokenStream {
    let entries = operations(raw).map(|(op_id, op, at)| {
        let limit = &op["x-samsara-rate-limit"];
        let requests = limit["requests"].as_u64().and_then(|n| u32::try_from(n).ok())
            .unwrap_or_else(|| fail(&format!("{SPEC} at `{at}.x-samsara-rate-limit.requests`: missing or not a u32")));
        let per_second = match limit["per"].as_str() {
            Some("second") => true,
            Some("minute") => false,
            _ => fail(&format!("{SPEC} at `{at}.x-samsara-rate-limit.per`: must be \"second\" or \"minute\"")),
        };
        quote!((#op_id, #requests, #per_second))
    });
    quote!(#(#entries),*)
}

/// progenitor's method names: `getQualificationRecordsStream` → `get_qualification_records_stream`.
fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
