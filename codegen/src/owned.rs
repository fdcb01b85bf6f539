//! Owned parameters for the builders of cursor-paginated operations.
//!
//! progenitor's builders borrow the client (`StreamWorkOrders<'a>` holds
//! `&'a Client`), so a stream built from one could not outlive the borrow nor
//! move into `tokio::spawn`. For every cursor-paginated operation this pass
//! adds, beside its builder in the top-level `builder` module:
//!
//! - `{Builder}Params`: the builder's fields without the client (what an owned
//!   stream keeps);
//! - `{Builder}::into_params(self) -> (&'a Client, {Builder}Params)`;
//! - `{Builder}Params::bind(self, &Client) -> {Builder}<'_>`.
//!
//! The edit is structural (the builder's struct item and its named fields)
//! and loud: a builder that is not there, or has no `client` field, is an
//! [`Error`] naming it.

use quote::{format_ident, quote};

use crate::Error;

/// Adds the owned parameters of each builder named in `builders` to the
/// top-level `builder` module of `file`.
pub fn add_params(file: &mut syn::File, builders: &[String]) -> Result<(), Error> {
    if builders.is_empty() {
        return Ok(());
    }
    let module = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| {
            Error(
                "owned stream parameters: progenitor's output has no top-level `mod builder`"
                    .into(),
            )
        })?;
    let items = &mut module.1;
    let mut added = Vec::new();
    for name in builders {
        let builder = items
            .iter()
            .find_map(|item| match item {
                syn::Item::Struct(s) if s.ident == name.as_str() => Some(s),
                _ => None,
            })
            .ok_or_else(|| {
                Error(format!(
                    "owned stream parameters: `builder::{name}` is not in progenitor's output"
                ))
            })?;
        added.extend(params_for(builder)?);
    }
    items.extend(added);
    Ok(())
}

/// `{Builder}Params` and its conversions, for one builder struct.
fn params_for(builder: &syn::ItemStruct) -> Result<Vec<syn::Item>, Error> {
    let name = &builder.ident;
    let fail = |what: &str| Error(format!("owned stream parameters: `builder::{name}` {what}"));
    let syn::Fields::Named(fields) = &builder.fields else {
        return Err(fail("has no named fields"));
    };
    let mut params = Vec::new();
    let mut has_client = false;
    for field in &fields.named {
        let ident = field
            .ident
            .as_ref()
            .ok_or_else(|| fail("has an unnamed field"))?;
        if ident == "client" {
            has_client = true;
        } else {
            params.push((ident.clone(), field.ty.clone()));
        }
    }
    if !has_client {
        return Err(fail("has no `client` field"));
    }
    let params_name = format_ident!("{name}Params");
    let doc = format!(
        "The parameters of a [`{name}`] request without its client: what the owned \
         streams of `.items()` and `.pages()` keep (see `crate::pagination`)."
    );
    let idents: Vec<_> = params.iter().map(|(i, _)| i).collect();
    let types: Vec<_> = params.iter().map(|(_, t)| t).collect();
    let tokens = quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct #params_name {
            #(pub(crate) #idents: #types,)*
        }
        impl<'a> #name<'a> {
            /// The client this builder borrows and its parameters.
            pub(crate) fn into_params(self) -> (&'a super::Client, #params_name) {
                let Self { client, #(#idents),* } = self;
                (client, #params_name { #(#idents),* })
            }
        }
        impl #params_name {
            /// The builder for these parameters on `client`.
            pub(crate) fn bind(self, client: &super::Client) -> #name<'_> {
                let Self { #(#idents),* } = self;
                #name { client, #(#idents),* }
            }
        }
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| fail(&format!("gives parameters that do not parse: {e}")))?;
    Ok(file.items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(code: &str) -> syn::File {
        syn::parse_str(code).unwrap()
    }

    #[test]
    fn a_builder_gets_owned_params_and_both_conversions() {
        let mut f = file(
            "pub mod builder { pub struct ListThings<'a> { client: &'a super::Client, after: Result<Option<String>, String> } }",
        );
        add_params(&mut f, &["ListThings".into()]).unwrap();
        let out = prettyplease::unparse(&f);
        assert!(out.contains("pub struct ListThingsParams"), "{out}");
        assert!(
            out.contains("pub(crate) after: Result<Option<String>, String>"),
            "{out}"
        );
        assert!(
            out.contains("fn into_params(self) -> (&'a super::Client, ListThingsParams)"),
            "{out}"
        );
        assert!(
            out.contains("fn bind(self, client: &super::Client) -> ListThings<'_>"),
            "{out}"
        );
    }

    #[test]
    fn a_missing_builder_or_client_field_is_an_error_naming_it() {
        let mut f = file("pub mod builder { pub struct Other<'a> { client: &'a u8 } }");
        let err = add_params(&mut f, &["ListThings".into()]).unwrap_err();
        assert!(
            err.0
                .contains("`builder::ListThings` is not in progenitor's output"),
            "{}",
            err.0
        );

        let mut f = file("pub mod builder { pub struct ListThings { http: u8 } }");
        let err = add_params(&mut f, &["ListThings".into()]).unwrap_err();
        assert!(err.0.contains("has no `client` field"), "{}", err.0);

        let mut f = file("pub mod types {}");
        let err = add_params(&mut f, &["ListThings".into()]).unwrap_err();
        assert!(err.0.contains("no top-level `mod builder`"), "{}", err.0);
    }
}
