//! Edits to the syntax tree progenitor emits, made before it is formatted.
//!
//! - `ResponseValue::from_response(..)` becomes `crate::decode::response(..)`:
//!   one decoder for every response body, success or documented error.
//! - In every type that derives `Deserialize`, a member of type
//!   `DateTime<Utc>` gets `#[serde(deserialize_with = "crate::time::deserialize")]`
//!   and an `Option<DateTime<Utc>>` member gets
//!   `#[serde(default, deserialize_with = "crate::time::deserialize_option")]`
//!   (`default` keeps an absent member `None`, as serde does for a plain
//!   `Option`). Other members are left alone.
//! - Each operation builder's `send` (progenitor's `ResponseValue` and
//!   error) becomes `send_raw`: `send` is the crate's own (`impl_call!`),
//!   returning the typed body and `crate::Error`. One verb, and the raw form
//!   says it is raw.
//! - `Client::new` and `Client::new_with_client` (which take the crate's
//!   `Inner`) become `pub(crate)`: clients are built by `ClientBuilder`,
//!   whose checks they would bypass.

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};

/// Applies every rewrite to the generated file.
pub fn apply(file: &mut syn::File) {
    Rewriter.visit_file_mut(file);
}

const VEC: &str = ":: std :: vec :: Vec <";
const DATE_TIME: &str = ":: chrono :: DateTime < :: chrono :: offset :: Utc >";
const OPTIONAL_DATE_TIME: &str =
    ":: std :: option :: Option < :: chrono :: DateTime < :: chrono :: offset :: Utc > >";

struct Rewriter;

impl VisitMut for Rewriter {
    fn visit_expr_path_mut(&mut self, expr: &mut syn::ExprPath) {
        let names: Vec<String> = expr
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if names == ["ResponseValue", "from_response"] {
            expr.path = syn::parse_quote!(crate::decode::response);
        }
        visit_mut::visit_expr_path_mut(self, expr);
    }

    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        widen_success_arms(&mut expr.arms);
        visit_mut::visit_expr_match_mut(self, expr);
    }

    fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
        let name = item.sig.ident.to_string();
        if name == "send" && item.sig.asyncness.is_some() {
            item.sig.ident = syn::parse_quote!(send_raw);
            item.attrs.insert(
                0,
                syn::parse_quote!(
                    #[doc = "Sends the request, raw: progenitor's `ResponseValue` (status, headers, body) and error type. `send()` returns the typed body and `samsara::Error`; prefer it.\n\n"]
                ),
            );
        } else if (name == "new" || name == "new_with_client") && takes_inner(&item.sig) {
            item.vis = syn::parse_quote!(pub(crate));
        }
        visit_mut::visit_impl_item_fn_mut(self, item);
    }

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        if is_operation_builder(item) {
            for field in item.fields.iter_mut() {
                field.vis = syn::parse_quote!(pub(crate));
            }
        }
        if derives_deserialize(&item.attrs) {
            for field in item.fields.iter_mut() {
                let ty = field.ty.to_token_stream().to_string();
                if ty.starts_with(VEC) {
                    if has_serde_default(&field.attrs) {
                        field.attrs.push(syn::parse_quote!(
                            #[serde(deserialize_with = "crate::decode::null_as_default")]
                        ));
                    } else {
                        field.attrs.push(syn::parse_quote!(
                            #[serde(default, deserialize_with = "crate::decode::null_as_default")]
                        ));
                    }
                } else if ty == DATE_TIME {
                    field.attrs.push(syn::parse_quote!(
                        #[serde(deserialize_with = "crate::time::deserialize")]
                    ));
                } else if ty == OPTIONAL_DATE_TIME {
                    field.attrs.push(syn::parse_quote!(
                        #[serde(default, deserialize_with = "crate::time::deserialize_option")]
                    ));
                }
            }
        }
        visit_mut::visit_item_struct_mut(self, item);
    }
}

/// The status a `match` arm's pattern is, when it is one `2xxu16` literal.
fn success_status(arm: &syn::Arm) -> Option<u16> {
    let syn::Pat::Lit(syn::PatLit {
        lit: syn::Lit::Int(lit),
        ..
    }) = &arm.pat
    else {
        return None;
    };
    if lit.suffix() != "u16" {
        return None;
    }
    lit.base10_parse::<u16>()
        .ok()
        .filter(|s| (200..300).contains(s))
}

/// Lets every 2xx status reach the first success arm: it becomes
/// `200u16..=299u16` when it is the only one; otherwise a copy with that
/// pattern follows the last of them.
fn widen_success_arms(arms: &mut Vec<syn::Arm>) {
    let success: Vec<usize> = (0..arms.len())
        .filter(|&i| success_status(&arms[i]).is_some())
        .collect();
    let (Some(&first), Some(&last)) = (success.first(), success.last()) else {
        return;
    };
    let all: syn::Pat = syn::parse_quote!(200u16..=299u16);
    if success.len() == 1 {
        arms[first].pat = all;
    } else {
        let mut rest = arms[first].clone();
        rest.pat = all;
        arms.insert(last + 1, rest);
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
            .ends_with("crate :: client :: Inner")
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
        apply(&mut file);
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
            out.contains("#[serde(deserialize_with = \"crate::time::deserialize\")]\n    pub at"),
            "{out}"
        );
        assert!(out.contains("#[serde(default, deserialize_with = \"crate::time::deserialize_option\")]\n    pub maybe"), "{out}");
        assert_eq!(out.matches("crate::time::").count(), 2, "{out}");
    }

    #[test]
    fn every_2xx_reaches_the_success_arm() {
        let out = rewritten(
            "async fn f() { match s { 201u16 => a(), 400u16..=499u16 => b(), _ => c() } }",
        );
        assert!(out.contains("200u16..=299u16 => a()"), "{out}");
        assert!(!out.contains("201u16"), "{out}");
        assert!(out.contains("400u16..=499u16 => b()"), "{out}");
    }

    #[test]
    fn several_declared_2xx_keep_their_arms() {
        let out = rewritten("async fn f() { match s { 200u16 => a(), 204u16 => e(), _ => c() } }");
        let arms: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| l.contains("=>"))
            .collect();
        assert_eq!(
            arms,
            [
                "200u16 => a(),",
                "204u16 => e(),",
                "200u16..=299u16 => a(),",
                "_ => c(),"
            ],
            "{out}"
        );
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
        assert!(out.contains("#[serde(default, deserialize_with = \"crate::decode::null_as_default\")]\n    pub data"), "{out}");
        assert!(
            out.contains(
                "#[serde(deserialize_with = \"crate::decode::null_as_default\")]\n    pub more"
            ),
            "{out}"
        );
    }

    #[test]
    fn success_bodies_use_the_crate_decoder() {
        let out = rewritten(
            "async fn f() { match 1 { 200u16 => ResponseValue::from_response(response).await, _ => todo!() } }",
        );
        assert!(
            out.contains("crate::decode::response(response).await"),
            "{out}"
        );
        assert!(!out.contains("from_response"), "{out}");
    }
}
