//! Operation builders describe requests; they do not send them.
//!
//! progenitor gives every operation builder an `async fn send(self)` that
//! builds the `reqwest::Request`, then calls its hooks (`pre`, `exec`,
//! `post`) and matches the status. This pass keeps the first half and drops
//! the second: `send` becomes
//!
//! ```ignore
//! pub(crate) fn request(self) -> Result<(&'a super::Client, reqwest::Request), Error<E>>
//! ```
//!
//! which checks the parameters, builds the URL, query, headers and body, and
//! returns the request with the client it was built on. The crate's one
//! transport (`crate::transport::invoke`, called by the `send()` and
//! `send_raw()` that `crate::call::impl_call!` adds) paces, authorizes,
//! sends, retries, decompresses and decodes it.
//!
//! The edit is structural: in each `impl` block of the top-level `builder`
//! module, the `async fn send(self)` whose body declares `let … request =
//! …;` is cut after that statement. It is loud: a builder module with no
//! `send` to cut, a `send` without that statement, or kept statements that
//! `.await` (the cut function is not async) is an [`Error`] naming this
//! edit and the builder, never code that silently keeps progenitor's hooks.

use quote::ToTokens;
use syn::visit_mut::VisitMut;

use crate::Error;

/// The name this edit goes by in errors.
const EDIT: &str = "rewrite `builder send → request`";

/// Cuts every operation builder's `send` into `request` (see the module
/// docs); `expected` is how many operations the spec has.
pub fn split_sends(file: &mut syn::File, expected: usize) -> Result<(), Error> {
    let module = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error(format!("{EDIT}: progenitor's output has no `mod builder`")))?;
    let mut cut = 0;
    for item in &mut module.1 {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let builder = block.self_ty.to_token_stream().to_string();
        for member in &mut block.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            if function.sig.ident == "send" {
                split(function, &builder)?;
                cut += 1;
            }
        }
    }
    if cut != expected {
        return Err(Error(format!(
            "{EDIT}: found {cut} builder `send` functions for {expected} operations of the spec; progenitor's builders have a shape this edit does not know"
        )));
    }
    Ok(())
}

/// Cuts one builder's `send` after its `let request = …;`.
fn split(function: &mut syn::ImplItemFn, builder: &str) -> Result<(), Error> {
    let fail = |what: &str| Error(format!("{EDIT}: `builder::{builder}::send` {what}"));
    if function.sig.asyncness.is_none() {
        return Err(fail("is not async: not progenitor's send"));
    }
    let error = error_type(&function.sig.output)
        .ok_or_else(|| fail("does not return `Result<ResponseValue<T>, Error<E>>`"))?;
    let stmts = &function.block.stmts;
    let at = stmts
        .iter()
        .position(|stmt| declares(stmt, "request"))
        .ok_or_else(|| fail("declares no `let request = …;`"))?;
    let mut kept: Vec<syn::Stmt> = stmts[..=at].to_vec();
    let mut awaits = Awaits(false);
    for stmt in &mut kept {
        awaits.visit_stmt_mut(stmt);
    }
    if awaits.0 {
        return Err(fail(
            "awaits before its request is built; `request()` cannot be async",
        ));
    }
    function.sig.asyncness = None;
    function.sig.ident = syn::parse_quote!(request);
    function.sig.output = syn::parse_quote!(
        -> ::std::result::Result<(&'a super::Client, ::reqwest::Request), #error>
    );
    function.vis = syn::parse_quote!(pub(crate));
    function.attrs.retain(|a| !a.path().is_ident("doc"));
    function.attrs.push(syn::parse_quote!(
        #[doc = "Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport."]
    ));
    function.block.stmts = kept;
    function
        .block
        .stmts
        .push(syn::parse_quote!(return Ok((client, request));));
    Ok(())
}

/// The `E` of a return type `Result<ResponseValue<T>, E>`.
fn error_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let syn::Type::Path(path) = &**ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    let ok = types.next()?;
    let err = types.next()?;
    let syn::Type::Path(ok) = ok else {
        return None;
    };
    (ok.path.segments.last()?.ident == "ResponseValue").then(|| err.clone())
}

/// Whether `stmt` is `let [mut] name = …;`.
fn declares(stmt: &syn::Stmt, name: &str) -> bool {
    let syn::Stmt::Local(local) = stmt else {
        return false;
    };
    matches!(&local.pat, syn::Pat::Ident(p) if p.ident == name) && local.init.is_some()
}

/// Finds any `.await`.
struct Awaits(bool);

impl VisitMut for Awaits {
    fn visit_expr_await_mut(&mut self, _: &mut syn::ExprAwait) {
        self.0 = true;
    }
}

/// The name of the path-encoding edit in errors.
const PATH_EDIT: &str = "rewrite `encode_path → crate::transport::request::encode_path`";

/// Path parameters are encoded by the crate, not by progenitor: progenitor's
/// `encode_path` leaves `\` as it is (which URLs read as `/`), so an id
/// would not arrive as sent. The top-level `use progenitor_client::{encode_path, …}`
/// loses that name, and `crate::transport::request::encode_path` takes its
/// place (the builders import it from there through `super::`). Loud: no
/// such import is an [`Error`] naming this edit.
pub fn own_path_encoding(file: &mut syn::File) -> Result<(), Error> {
    let mut found = false;
    for item in &mut file.items {
        let syn::Item::Use(item) = item else {
            continue;
        };
        let syn::UseTree::Path(path) = &mut item.tree else {
            continue;
        };
        if path.ident != "progenitor_client" {
            continue;
        }
        let syn::UseTree::Group(group) = path.tree.as_mut() else {
            continue;
        };
        let before = group.items.len();
        group.items = std::mem::take(&mut group.items)
            .into_iter()
            .filter(|tree| !matches!(tree, syn::UseTree::Name(n) if n.ident == "encode_path"))
            .collect();
        found |= group.items.len() != before;
    }
    if !found {
        return Err(Error(format!(
            "{PATH_EDIT}: progenitor's output has no top-level `use progenitor_client::{{encode_path, …}}`"
        )));
    }
    file.items.insert(
        0,
        syn::parse_quote! {
            #[allow(unused_imports)]
            use crate::transport::request::encode_path;
        },
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEND: &str = "pub mod builder {
        impl<'a> ListThings<'a> {
            pub fn after<V>(mut self, value: V) -> Self { self }
            ///Sends a `GET` request to `/things`
            pub async fn send(self) -> Result<ResponseValue<types::ThingPage>, Error<types::ErrorBody>> {
                let Self { client, after } = self;
                let after = after.map_err(Error::InvalidRequest)?;
                let url = format!(\"{}/things\", client.baseurl,);
                #[allow(unused_mut)]
                let mut request = client.client.get(url).query(&after).build()?;
                let info = OperationInfo { operation_id: \"list_things\" };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                let response = result?;
                match response.status().as_u16() { 200u16 => ResponseValue::from_response(response).await, _ => Err(Error::UnexpectedResponse(response)) }
            }
        }
    }";

    #[test]
    fn send_becomes_a_request_builder_without_hooks() {
        let mut file: syn::File = syn::parse_str(SEND).unwrap();
        split_sends(&mut file, 1).unwrap();
        let out = prettyplease::unparse(&file);
        let flat = out
            .split_whitespace()
            .collect::<String>()
            .replace(",>", ">");
        assert!(
            flat.contains("pub(crate)fnrequest(self,)->::std::result::Result<(&'asuper::Client,::reqwest::Request),Error<types::ErrorBody>>"),
            "{out}"
        );
        assert!(
            out.contains("let mut request = client.client.get(url)"),
            "{out}"
        );
        assert!(out.contains("return Ok((client, request));"), "{out}");
        for gone in [
            "OperationInfo",
            "client.pre",
            "exec",
            "from_response",
            "async fn",
        ] {
            assert!(!out.contains(gone), "{gone} left in\n{out}");
        }
        assert!(out.contains("pub fn after"), "{out}");
    }

    #[test]
    fn an_unrecognised_send_fails_naming_the_edit_and_the_builder() {
        for (code, says) in [
            (
                SEND.replace("let mut request", "let mut req")
                    .replace("&mut request", "&mut req"),
                "`builder::ListThings < 'a >::send` declares no `let request = …;`",
            ),
            (
                SEND.replace("build()?", "build().await?"),
                "awaits before its request is built",
            ),
            (
                SEND.replace("ResponseValue<types::ThingPage>", "types::ThingPage"),
                "does not return `Result<ResponseValue<T>, Error<E>>`",
            ),
            (
                SEND.replace("fn send", "fn send_it"),
                "found 0 builder `send` functions for 1 operations",
            ),
            (
                SEND.replace("mod builder", "mod builders"),
                "no `mod builder`",
            ),
        ] {
            let mut file: syn::File = syn::parse_str(&code).unwrap();
            let err = split_sends(&mut file, 1).unwrap_err();
            assert!(
                err.0.starts_with(EDIT) && err.0.contains(says),
                "{says}: {}",
                err.0
            );
        }
    }
}
