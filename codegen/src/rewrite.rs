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

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};

/// Applies every rewrite to the generated file.
pub fn apply(file: &mut syn::File) {
    Rewriter.visit_file_mut(file);
}

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

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        if derives_deserialize(&item.attrs) {
            for field in item.fields.iter_mut() {
                let ty = field.ty.to_token_stream().to_string();
                if ty == DATE_TIME {
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
        assert_eq!(out.matches("deserialize_with").count(), 2, "{out}");
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
