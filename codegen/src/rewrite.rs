//! Edits to the syntax tree progenitor emits, made before it is formatted.
//!
//! - A builder setter `fn x<V>(mut self, value: V) where V: TryInto<T>`
//!   keeps the conversion error's text: progenitor drops it (`conversion to
//!   `T` for x failed`); it becomes `x: <the error>` (bound
//!   `V::Error: Display`), so `.limit(0)` says what a `PageLimit` takes.
//! - In every type that derives `Deserialize`, a member of type
//!   `DateTime<Utc>` gets `#[serde(deserialize_with = "crate::model::time::deserialize")]`
//!   and an `Option<DateTime<Utc>>` member gets
//!   `#[serde(default, deserialize_with = "crate::model::time::deserialize_option")]`
//!   (`default` keeps an absent member `None`, as serde does for a plain
//!   `Option`). Other members are left alone.
//! - `Client::new` and `Client::new_with_client` (which take the crate's
//!   `Inner`) become `pub(crate)`: clients are built by `ClientBuilder`,
//!   whose checks they would bypass.
//! - The members a schema names in `x-samsara-kind-members` (a polymorphic
//!   field's value members, of which at most one is present) are boxed:
//!   `Option<T>` becomes `Option<Box<T>>` in the type, so a field costs one
//!   pointer per kind instead of room for every kind's value inline (a
//!   `QualificationField` was 480 bytes whatever its kind). The builder keeps
//!   `Option<T>` (its setters take the value as before); its conversions box
//!   and unbox.
//! - `serde_json::Map<String, Value>` (typify's type for the `extra`
//!   members that keep what a newer API adds) becomes a `BTreeMap`, the
//!   crate's map type everywhere else: 24 bytes inline, where serde_json's
//!   `Map` is 72 once anything in a program enables its `preserve_order`.
//! - The `Client`'s impls of progenitor's `ClientInfo` and `ClientHooks`
//!   (the plumbing its builders call, over the crate-private `Inner`) are
//!   `#[doc(hidden)]`: users build, configure and read a client through
//!   `ClientBuilder` and `Client::base_url`, and never meet `Inner`.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};

/// Members to box, by type name: the JSON names of each schema's
/// `x-samsara-kind-members`.
pub type Boxed = BTreeMap<String, BTreeSet<String>>;

/// Applies every rewrite to the generated file; `boxed` names the members to
/// box (see the module's docs).
pub fn apply(file: &mut syn::File, boxed: &Boxed) {
    Rewriter { boxed }.visit_file_mut(file);
}

const JSON_MAP: &str =
    ":: serde_json :: Map < :: std :: string :: String , :: serde_json :: Value >";
const VEC: &str = ":: std :: vec :: Vec <";
const DATE_TIME: &str = ":: chrono :: DateTime < :: chrono :: offset :: Utc >";
const OPTIONAL_DATE_TIME: &str =
    ":: std :: option :: Option < :: chrono :: DateTime < :: chrono :: offset :: Utc > >";

struct Rewriter<'a> {
    boxed: &'a Boxed,
}

/// progenitor's traits implemented for `Client`, plumbing for its builders.
const CLIENT_PLUMBING: &[&str] = &["ClientInfo", "ClientHooks"];

impl VisitMut for Rewriter<'_> {
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        box_in_builder_conversions(item, self.boxed);
        let plumbing = item.trait_.as_ref().is_some_and(|t| {
            t.0.segments
                .last()
                .is_some_and(|s| CLIENT_PLUMBING.iter().any(|t| s.ident == t))
        });
        if plumbing {
            item.attrs.push(syn::parse_quote!(#[doc(hidden)]));
        }
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if ty.to_token_stream().to_string() == JSON_MAP {
            *ty = syn::parse_quote!(
                ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>
            );
        }
        visit_mut::visit_type_mut(self, ty);
    }

    fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
        let name = item.sig.ident.to_string();
        if (name == "new" || name == "new_with_client") && takes_inner(&item.sig) {
            item.vis = syn::parse_quote!(pub(crate));
        }
        keep_conversion_errors(item);
        visit_mut::visit_impl_item_fn_mut(self, item);
    }

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        if is_operation_builder(item) {
            for field in item.fields.iter_mut() {
                field.vis = syn::parse_quote!(pub(crate));
            }
        }
        if derives_deserialize(&item.attrs) {
            if let Some(members) = self.boxed.get(&item.ident.to_string()) {
                box_members(item, members);
            }
            for field in item.fields.iter_mut() {
                let ty = field.ty.to_token_stream().to_string();
                if ty.starts_with(VEC) {
                    if has_serde_default(&field.attrs) {
                        field.attrs.push(syn::parse_quote!(
                            #[serde(deserialize_with = "crate::model::decode::null_as_default")]
                        ));
                    } else {
                        field.attrs.push(syn::parse_quote!(
                            #[serde(default, deserialize_with = "crate::model::decode::null_as_default")]
                        ));
                    }
                } else if ty == DATE_TIME {
                    field.attrs.push(syn::parse_quote!(
                        #[serde(deserialize_with = "crate::model::time::deserialize")]
                    ));
                } else if ty == OPTIONAL_DATE_TIME {
                    field.attrs.push(syn::parse_quote!(
                        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
                    ));
                }
            }
        }
        visit_mut::visit_item_struct_mut(self, item);
    }
}

/// The JSON name of a struct member: its `#[serde(rename = "…")]`, else
/// its Rust name.
fn json_name(field: &syn::Field) -> Option<String> {
    for attr in &field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let mut rename = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
        if rename.is_some() {
            return rename;
        }
    }
    field.ident.as_ref().map(ToString::to_string)
}

/// The `T` of a type `::std::option::Option<T>`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// `Option<T>` becomes `Option<Box<T>>` for the `members` (JSON names) of a
/// deserialized type.
fn box_members(item: &mut syn::ItemStruct, members: &BTreeSet<String>) {
    for field in item.fields.iter_mut() {
        if !json_name(field).is_some_and(|name| members.contains(&name)) {
            continue;
        }
        if let Some(inner) = option_inner(&field.ty).cloned() {
            field.ty = syn::parse_quote!(::std::option::Option<::std::boxed::Box<#inner>>);
        }
    }
}

/// In a builder's conversions to and from a type with boxed members
/// (`impl TryFrom<X> for super::X`, `impl From<super::X> for X`), boxes and
/// unboxes those members: the builder holds them unboxed.
fn box_in_builder_conversions(item: &mut syn::ItemImpl, boxed: &Boxed) {
    let Some((trait_path, _)) = &item.trait_ else {
        return;
    };
    let Some(last) = trait_path.segments.last() else {
        return;
    };
    let into_type = match last.ident.to_string().as_str() {
        "TryFrom" => true,
        "From" => false,
        _ => return,
    };
    let syn::Type::Path(self_ty) = &*item.self_ty else {
        return;
    };
    let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
        return;
    };
    let Some(members) = boxed.get(&name) else {
        return;
    };
    // Only the conversions between the type and its builder (`super::X` on
    // one side); the builder's fields are named as the type's (snake case).
    let type_side = if into_type {
        self_ty
    } else {
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return;
        };
        let Some(syn::GenericArgument::Type(syn::Type::Path(from))) = args.args.first() else {
            return;
        };
        from
    };
    if type_side
        .path
        .segments
        .first()
        .is_none_or(|s| s.ident != "super")
    {
        return;
    }
    let rust_names: BTreeSet<String> = members.iter().map(|m| snake_case(m)).collect();
    struct Literals<'a> {
        names: &'a BTreeSet<String>,
        into_type: bool,
    }
    impl VisitMut for Literals<'_> {
        fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
            if let syn::Member::Named(ident) = &field.member
                && self.names.contains(&ident.to_string())
            {
                let expr = &field.expr;
                field.expr = if self.into_type {
                    syn::parse_quote!(#expr.map(::std::boxed::Box::new))
                } else {
                    let syn::Expr::Call(call) = expr else {
                        return;
                    };
                    let Some(arg) = call.args.first() else {
                        return;
                    };
                    syn::parse_quote!(Ok(#arg.map(|boxed| *boxed)))
                };
            }
        }
    }
    Literals {
        names: &rust_names,
        into_type,
    }
    .visit_item_impl_mut(item);
}

/// `checkBoxesValue` → `check_boxes_value`, as typify names members.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The type `T` of a setter's `where V: std::convert::TryInto<T>`.
fn try_into_target(item: &syn::ImplItemFn) -> Option<syn::Type> {
    let where_clause = item.sig.generics.where_clause.as_ref()?;
    let [syn::WherePredicate::Type(predicate)] =
        where_clause.predicates.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    if predicate.bounded_ty.to_token_stream().to_string() != "V" {
        return None;
    }
    let [syn::TypeParamBound::Trait(bound)] = predicate.bounds.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let last = bound.path.segments.last()?;
    if last.ident != "TryInto" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    }
}

/// Rewrites a builder setter's `.map_err(|_| "conversion to `T` for x
/// failed".to_string())` to `.map_err(|e| format!("x: {}", e))`, adding the
/// bound `<V as TryInto<T>>::Error: Display` (every `TryFrom` error in
/// reach, `Infallible` included, has it). Setters that already keep the
/// error (progenitor's `body`) have a second bound and are left alone.
fn keep_conversion_errors(item: &mut syn::ImplItemFn) {
    struct Closures {
        message: String,
        rewritten: bool,
    }
    impl VisitMut for Closures {
        fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
            let ignores_its_input = matches!(
                &closure.inputs.iter().collect::<Vec<_>>()[..],
                [syn::Pat::Wild(_)]
            );
            let body = closure.body.to_token_stream().to_string();
            if ignores_its_input && body.contains("\"conversion to ") {
                let message = &self.message;
                *closure = syn::parse_quote!(|e| format!(#message, e));
                self.rewritten = true;
            }
            visit_mut::visit_expr_closure_mut(self, closure);
        }
    }
    let Some(target) = try_into_target(item) else {
        return;
    };
    let mut closures = Closures {
        message: format!("{}: {{}}", item.sig.ident),
        rewritten: false,
    };
    closures.visit_block_mut(&mut item.block);
    if closures.rewritten {
        item.sig
            .generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(
                <V as std::convert::TryInto<#target>>::Error: std::fmt::Display
            ));
    }
}

/// A progenitor operation builder: its first field is `client: &'a super::Client`.
fn is_operation_builder(item: &syn::ItemStruct) -> bool {
    item.fields.iter().next().is_some_and(|f| {
        f.ident.as_ref().is_some_and(|i| i == "client")
            && f.ty.to_token_stream().to_string() == "& 'a super :: Client"
    })
}

/// A constructor taking the crate's `Inner` (`Client::new(baseurl, inner)`).
fn takes_inner(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|arg| {
        arg.to_token_stream()
            .to_string()
            .ends_with("crate :: transport :: Transport")
    })
}

fn has_serde_default(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("serde")
            && a.to_token_stream()
                .to_string()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|word| word == "default")
    })
}

fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("derive")
            && a.to_token_stream()
                .to_string()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|word| word == "Deserialize")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(code: &str) -> String {
        let mut file: syn::File = syn::parse_str(code).unwrap();
        apply(&mut file, &Boxed::new());
        prettyplease::unparse(&file)
    }

    #[test]
    fn date_time_members_of_deserialized_types_use_the_fast_parser() {
        let out = rewritten(
            "#[derive(::serde::Deserialize, Debug)]
             pub struct A {
                 pub at: ::chrono::DateTime<::chrono::offset::Utc>,
                 #[serde(skip_serializing_if = \"::std::option::Option::is_none\")]
                 pub maybe: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                 pub many: ::std::vec::Vec<::chrono::DateTime<::chrono::offset::Utc>>,
             }
             pub struct Builder { at: ::chrono::DateTime<::chrono::offset::Utc> }",
        );
        assert!(
            out.contains(
                "#[serde(deserialize_with = \"crate::model::time::deserialize\")]\n    pub at"
            ),
            "{out}"
        );
        assert!(out.contains("#[serde(default, deserialize_with = \"crate::model::time::deserialize_option\")]\n    pub maybe"), "{out}");
        assert_eq!(out.matches("crate::model::time::").count(), 2, "{out}");
    }

    #[test]
    fn kind_members_are_boxed_in_the_type_and_the_builder_converts() {
        let boxed = Boxed::from([(
            "Field".to_owned(),
            ["textValue".to_owned(), "tableValue".to_owned()].into(),
        )]);
        let mut file: syn::File = syn::parse_str(
            "pub mod types {
             #[derive(::serde::Deserialize, Debug)]
             pub struct Field {
                 #[serde(rename = \"textValue\", skip_serializing_if = \"::std::option::Option::is_none\")]
                 pub text_value: ::std::option::Option<TextValue>,
                 #[serde(rename = \"tableValue\")]
                 pub table_value: ::std::option::Option<TableValue>,
                 pub label: ::std::option::Option<::std::string::String>,
                 #[serde(flatten)]
                 pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
             }
             pub mod builder {
                 pub struct Field {
                     text_value: ::std::result::Result<::std::option::Option<super::TextValue>, ::std::string::String>,
                 }
                 impl ::std::convert::TryFrom<Field> for super::Field {
                     type Error = super::error::ConversionError;
                     fn try_from(value: Field) -> ::std::result::Result<Self, super::error::ConversionError> {
                         Ok(Self { text_value: value.text_value?, table_value: value.table_value?, label: value.label?, extra: value.extra? })
                     }
                 }
                 impl ::std::convert::From<super::Field> for Field {
                     fn from(value: super::Field) -> Self {
                         Self { text_value: Ok(value.text_value), table_value: Ok(value.table_value), label: Ok(value.label), extra: Ok(value.extra) }
                     }
                 }
             }
             }",
        )
        .unwrap();
        apply(&mut file, &boxed);
        let out = prettyplease::unparse(&file);
        let squeezed: String = out.split_whitespace().collect();
        for expected in [
            "pubtext_value:::std::option::Option<::std::boxed::Box<TextValue>>",
            "pubtable_value:::std::option::Option<::std::boxed::Box<TableValue>>",
            "publabel:::std::option::Option<::std::string::String>",
            // The builder holds the value unboxed; its conversions box and unbox.
            "text_value:::std::result::Result<::std::option::Option<super::TextValue>",
            "text_value:value.text_value?.map(::std::boxed::Box::new)",
            "label:value.label?,",
            "text_value:Ok(value.text_value.map(|boxed|*boxed))",
            "label:Ok(value.label),",
            // The `extra` map is the crate's BTreeMap.
            "pubextra:::std::collections::BTreeMap<::std::string::String,::serde_json::Value",
        ] {
            assert!(squeezed.contains(expected), "{expected} missing in\n{out}");
        }
    }

    #[test]
    fn operation_builder_fields_are_crate_visible() {
        let out = rewritten(
            "pub struct StreamWorkOrders<'a> { client: &'a super::Client, end_time: Result<Option<u8>, String> }
             pub struct Other { end_time: u8 }",
        );
        assert!(
            out.contains("pub(crate) client: &'a super::Client"),
            "{out}"
        );
        assert!(out.contains("pub(crate) end_time: Result"), "{out}");
        assert!(out.contains("struct Other {\n    end_time: u8"), "{out}");
    }

    #[test]
    fn lists_read_null_as_empty() {
        let out = rewritten(
            "#[derive(::serde::Deserialize)]
             pub struct A {
                 pub data: ::std::vec::Vec<B>,
                 #[serde(default, skip_serializing_if = \"::std::vec::Vec::is_empty\")]
                 pub more: ::std::vec::Vec<B>,
             }",
        );
        assert!(out.contains("#[serde(default, deserialize_with = \"crate::model::decode::null_as_default\")]\n    pub data"), "{out}");
        assert!(
            out.contains(
                "#[serde(deserialize_with = \"crate::model::decode::null_as_default\")]\n    pub more"
            ),
            "{out}"
        );
    }

    #[test]
    fn the_clients_progenitor_plumbing_is_hidden() {
        let out = rewritten(
            "impl ClientInfo<crate::transport::Transport> for Client {}
             impl ClientHooks<crate::transport::Transport> for &Client {}
             impl Clone for Client {}",
        );
        assert_eq!(out.matches("#[doc(hidden)]").count(), 2, "{out}");
        assert!(out.contains("#[doc(hidden)]\nimpl ClientInfo"), "{out}");
        assert!(out.contains("#[doc(hidden)]\nimpl ClientHooks"), "{out}");
    }

    #[test]
    fn setters_keep_the_conversion_errors_text() {
        let out = rewritten(
            "impl<'a> B<'a> {
                 pub fn limit<V>(mut self, value: V) -> Self
                 where V: std::convert::TryInto<crate::model::page_limit::PageLimit>,
                 {
                     self.limit = value.try_into().map(Some).map_err(|_| {
                         \"conversion to `crate :: page_limit :: PageLimit` for limit failed\".to_string()
                     });
                     self
                 }
                 pub fn body<V>(mut self, value: V) -> Self
                 where
                     V: std::convert::TryInto<types::Thing>,
                     <V as std::convert::TryInto<types::Thing>>::Error: std::fmt::Display,
                 {
                     self.body = value.try_into().map(From::from).map_err(|s| {
                         format!(\"conversion to `Thing` for body failed: {}\", s)
                     });
                     self
                 }
             }",
        );
        assert!(
            out.contains("map_err(|e| format!(\"limit: {}\", e))"),
            "{out}"
        );
        let flat = out
            .split_whitespace()
            .collect::<String>()
            .replace(",>", ">");
        assert!(
            flat.contains(
                "<Vasstd::convert::TryInto<crate::model::page_limit::PageLimit>>::Error:std::fmt::Display"
            ),
            "{out}"
        );
        assert!(!out.contains("for limit failed"), "{out}");
        assert!(out.contains("for body failed: {}"), "{out}");
        assert_eq!(out.matches("std::fmt::Display").count(), 2, "{out}");
    }
}
