//! Edits to the syntax tree progenitor emits, made before it is formatted.
//!
//! The edits are structural: each matches syntax (items, paths, types,
//! parsed `#[serde(…)]` and `#[derive(…)]` attributes), never token
//! strings, and accepts the spellings of a type that mean the same type
//! (`::chrono::DateTime<::chrono::offset::Utc>` and
//! `chrono::DateTime<chrono::Utc>`). They are loud: each also finds the
//! sites it should apply to leniently (a member whose type is named
//! `DateTime`, however spelt), and a site its strict matcher does not
//! recognise is an [`Error`] naming the edit, the site and its shape (a
//! `DateTime<FixedOffset>` member is an error of the timestamp fast path).
//! So is an edit the output requires that matched nothing:
//! a setter for every parameter of an operation builder, the builders of a
//! top-level `mod builder`, the `Client`'s plumbing impls and constructors
//! when there is a `Client`, and every member `boxed` names. After a
//! progenitor/typify upgrade, codegen fails instead of silently dropping an
//! edit. The edits, by the names errors give them (rewrite `…`):
//!
//! - **`setter conversion errors`**: a builder setter `fn x<V>(mut self,
//!   value: V) where V: TryInto<T>` keeps the conversion error's text:
//!   progenitor drops it (`|_| "conversion to `T` for x failed"`); it
//!   becomes `x: <the error>` (bound `V::Error: Display`), so `.limit(0)`
//!   says what a `PageLimit` takes. Setters that already keep the error
//!   (a `Display` bound) are left alone; every parameter of an operation
//!   builder must have a setter of one kind or the other.
//! - **`timestamp fast path`**: in every type that derives `Deserialize`, a
//!   member of type `DateTime<Utc>` gets
//!   `#[serde(deserialize_with = "crate::model::time::deserialize")]` and an
//!   `Option<DateTime<Utc>>` member gets
//!   `#[serde(default, deserialize_with = "crate::model::time::deserialize_option")]`
//!   (`default` keeps an absent member `None`, as serde does for a plain
//!   `Option`). Other members are left alone; another `DateTime` is an error.
//! - **`null lists`**: in the same types, a `Vec` member reads `null` as
//!   empty (`crate::model::lists::null_as_default`, with `default`).
//! - **`constructors crate-private`**: `Client::new` and
//!   `Client::new_with_client` (the top-level `Client`'s associated
//!   functions returning `Self`, each of which must take the crate's
//!   `Transport`) become `pub(crate)`: clients are built by
//!   `ClientBuilder`, whose checks they would bypass.
//! - **`boxed kind members`**: the members a schema names in
//!   `x-samsara-kind-members` (a polymorphic field's value members, of which
//!   at most one is present) are boxed: `Option<T>` becomes
//!   `Option<Box<T>>` in the type, so a field costs one pointer per kind
//!   instead of room for every kind's value inline (a `QualificationField`
//!   was 480 bytes whatever its kind). The builder keeps `Option<T>` (its
//!   setters take the value as before); its conversions box and unbox.
//!   Every named member must be found and boxed.
//! - **`BTreeMap extra`**: `serde_json::Map<String, Value>` (typify's type
//!   for the `extra` members that keep what a newer API adds) becomes a
//!   `BTreeMap`, the crate's map type everywhere else: 24 bytes inline,
//!   where serde_json's `Map` is 72 once anything in a program enables its
//!   `preserve_order`. A flattened member of another map type is an error.
//! - **`hidden client plumbing`**: the `Client`'s impls of progenitor's
//!   `ClientInfo` and `ClientHooks` (the plumbing its builders call, over
//!   the crate-private `Transport`) are `#[doc(hidden)]`: users build, configure
//!   and read a client through `ClientBuilder` and `Client::base_url`, and
//!   never meet `Transport`.
//! - **`builder fields crate-visible`**: the fields of progenitor's
//!   operation builders (the structs of the top-level `mod builder`, whose
//!   first field is `client: &'a super::Client`) are `pub(crate)`.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};

use crate::Error;

/// Members to box, by type name: the JSON names of each schema's
/// `x-samsara-kind-members`.
pub type Boxed = BTreeMap<String, BTreeSet<String>>;

const SETTERS: &str = "rewrite `setter conversion errors`";
const TIMESTAMPS: &str = "rewrite `timestamp fast path`";
const NULL_LISTS: &str = "rewrite `null lists`";
const CONSTRUCTORS: &str = "rewrite `constructors crate-private`";
const BOXED: &str = "rewrite `boxed kind members`";
const EXTRA: &str = "rewrite `BTreeMap extra`";
const PLUMBING: &str = "rewrite `hidden client plumbing`";
const BUILDER_FIELDS: &str = "rewrite `builder fields crate-visible`";

/// Applies every rewrite to the generated file; `boxed` names the members to
/// box (see the module's docs).
pub fn apply(file: &mut syn::File, boxed: &Boxed) -> Result<(), Error> {
    box_kind_members(file, boxed)?;
    timestamp_fast_path(file)?;
    null_lists(file)?;
    btree_map_extra(file)?;
    keep_conversion_errors(file)?;
    hide_client_plumbing(file)?;
    builder_fields_crate_visible(file)?;
    constructors_crate_private(file)
}

// ---------------------------------------------------------------- walking

type Visit<'f, T> = dyn FnMut(&[String], &mut T) -> Result<(), Error> + 'f;

/// Calls `f` on every item of the file, modules' items included, with the
/// names of the modules it is in (`["types", "builder"]`).
fn each_item(file: &mut syn::File, f: &mut Visit<syn::Item>) -> Result<(), Error> {
    fn walk(
        items: &mut [syn::Item],
        mods: &mut Vec<String>,
        f: &mut Visit<syn::Item>,
    ) -> Result<(), Error> {
        for item in items {
            f(mods, item)?;
            if let syn::Item::Mod(module) = item
                && let Some((_, content)) = &mut module.content
            {
                mods.push(module.ident.to_string());
                walk(content, mods, f)?;
                mods.pop();
            }
        }
        Ok(())
    }
    walk(&mut file.items, &mut Vec::new(), f)
}

/// Calls `f` on every struct that derives `Deserialize`.
fn each_deserialized(
    file: &mut syn::File,
    f: &mut dyn FnMut(&mut syn::ItemStruct) -> Result<(), Error>,
) -> Result<(), Error> {
    each_item(file, &mut |_, item| match item {
        syn::Item::Struct(s) if derives_deserialize(&s.attrs) => f(s),
        _ => Ok(()),
    })
}

/// The top-level `mod builder`'s items (progenitor's operation builders).
fn builder_module(file: &syn::File) -> Option<&[syn::Item]> {
    file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|c| &c.1[..]),
        _ => None,
    })
}

/// Whether the file declares the top-level `struct Client`.
fn has_client(file: &syn::File) -> bool {
    file.items
        .iter()
        .any(|item| matches!(item, syn::Item::Struct(s) if s.ident == "Client"))
}

// ---------------------------------------------------------------- types

const OPTION: &[&str] = &["std::option::Option", "core::option::Option", "Option"];
const VEC: &[&str] = &["std::vec::Vec", "alloc::vec::Vec", "Vec"];
const STRING: &[&str] = &["std::string::String", "alloc::string::String", "String"];
const DATE_TIME: &[&str] = &["chrono::DateTime"];
const UTC: &[&str] = &["chrono::offset::Utc", "chrono::Utc"];
const JSON_MAP: &[&str] = &["serde_json::Map", "serde_json::map::Map"];
const JSON_VALUE: &[&str] = &["serde_json::Value", "serde_json::value::Value"];
const BTREE_MAP: &[&str] = &["std::collections::BTreeMap", "alloc::collections::BTreeMap"];
const TRY_INTO: &[&str] = &["std::convert::TryInto", "core::convert::TryInto", "TryInto"];
const INNER: &[&str] = &["crate::transport::Transport"];

/// The type arguments of a path spelt (segment names, a leading `::`
/// ignored) as one of `spellings`, e.g. `Vec<T>` → `[T]`; `None` for another
/// path, or arguments that are not all types.
fn path_args<'p>(path: &'p syn::Path, spellings: &[&str]) -> Option<Vec<&'p syn::Type>> {
    let names = path.segments.iter().map(|s| s.ident.to_string());
    if !spellings.iter().any(|s| s.split("::").eq(names.clone())) {
        return None;
    }
    let mut args = Vec::new();
    let last = path.segments.len() - 1;
    for (i, segment) in path.segments.iter().enumerate() {
        match &segment.arguments {
            syn::PathArguments::None => {}
            syn::PathArguments::AngleBracketed(a) if i == last => {
                for arg in &a.args {
                    let syn::GenericArgument::Type(ty) = arg else {
                        return None;
                    };
                    args.push(ty);
                }
            }
            _ => return None,
        }
    }
    Some(args)
}

/// [`path_args`] of a type that is a path.
fn type_args<'t>(ty: &'t syn::Type, spellings: &[&str]) -> Option<Vec<&'t syn::Type>> {
    match ty {
        syn::Type::Path(syn::TypePath {
            qself: None, path, ..
        }) => path_args(path, spellings),
        _ => None,
    }
}

/// A type spelt as one of `spellings`, without type arguments.
fn is_plain(ty: &syn::Type, spellings: &[&str]) -> bool {
    type_args(ty, spellings).is_some_and(|args| args.is_empty())
}

/// The `T` of a type spelt as one of `spellings` with one argument `T`.
fn single_arg<'t>(ty: &'t syn::Type, spellings: &[&str]) -> Option<&'t syn::Type> {
    match type_args(ty, spellings)?[..] {
        [arg] => Some(arg),
        _ => None,
    }
}

/// The `T` of `Option<T>`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    single_arg(ty, OPTION)
}

fn is_date_time_utc(ty: &syn::Type) -> bool {
    single_arg(ty, DATE_TIME).is_some_and(|zone| is_plain(zone, UTC))
}

/// A map from `String` to `serde_json::Value` of the map type `spellings`.
fn is_json_map(ty: &syn::Type, spellings: &[&str]) -> bool {
    matches!(type_args(ty, spellings).as_deref(),
        Some([key, value]) if is_plain(key, STRING) && is_plain(value, JSON_VALUE))
}

/// The name of a path type's last segment, however it is spelt: the
/// lenient match that finds the sites an edit should recognise.
fn last_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The first type argument of a type whose last segment is `Option`,
/// however it is spelt.
fn loose_option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let last = p.path.segments.last().filter(|s| s.ident == "Option")?;
    match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        }),
        _ => None,
    }
}

/// Tokens as a reader writes them, for messages: `::std::vec::Vec<T>`.
fn shown(tokens: &impl ToTokens) -> String {
    [
        (" :: ", "::"),
        (":: ", "::"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
    ]
    .iter()
    .fold(tokens.to_token_stream().to_string(), |text, (from, to)| {
        text.replace(from, to)
    })
}

/// The error for a site an edit should apply to but does not recognise.
fn unrecognised(edit: &str, site: String) -> Error {
    Error(format!(
        "{edit}: {site}, a shape this edit does not recognise"
    ))
}

/// `type `X` field `y` has type `T``, for messages.
fn typed_site(owner: &syn::Ident, field: &syn::Field) -> String {
    format!("{} has type `{}`", site(owner, field), shown(&field.ty))
}

/// `type `X` field `y``, for messages.
fn site(owner: &syn::Ident, field: &syn::Field) -> String {
    let name = field.ident.as_ref().map(ToString::to_string);
    let name = name.unwrap_or_else(|| "(unnamed)".into());
    format!("type `{owner}` field `{name}`")
}

// ---------------------------------------------------------------- attributes

fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| {
            a.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .any(|path| {
            path.segments
                .last()
                .is_some_and(|s| s.ident == "Deserialize")
        })
}

/// The entries of a field's `#[serde(…)]` attributes: `rename = "x"` is
/// (`rename`, `Some("x")`), `flatten` is (`flatten`, `None`).
fn serde_entries(attrs: &[syn::Attribute]) -> syn::Result<Vec<(syn::Path, Option<syn::Expr>)>> {
    let mut entries = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let mut value = None;
            if meta.input.peek(syn::Token![=]) {
                value = Some(meta.value()?.parse()?);
            } else if meta.input.peek(syn::token::Paren) {
                meta.input.parse::<proc_macro2::Group>()?;
            }
            entries.push((meta.path, value));
            Ok(())
        })?;
    }
    Ok(entries)
}

/// [`serde_entries`] of a struct field, an error naming `edit` and the
/// field when they do not parse.
fn field_serde(
    edit: &str,
    owner: &syn::Ident,
    field: &syn::Field,
) -> Result<Vec<(syn::Path, Option<syn::Expr>)>, Error> {
    serde_entries(&field.attrs).map_err(|e| {
        unrecognised(
            edit,
            format!("{} has a `#[serde]` attribute ({e})", site(owner, field)),
        )
    })
}

fn has_serde(edit: &str, owner: &syn::Ident, field: &syn::Field, key: &str) -> Result<bool, Error> {
    Ok(field_serde(edit, owner, field)?
        .iter()
        .any(|(path, _)| path.is_ident(key)))
}

/// The JSON name of a struct member: its `#[serde(rename = "…")]`, else
/// its Rust name.
fn json_name(owner: &syn::Ident, field: &syn::Field) -> Result<String, Error> {
    for (path, value) in field_serde(BOXED, owner, field)? {
        if let Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        })) = value
            && path.is_ident("rename")
        {
            return Ok(name.value());
        }
    }
    Ok(field
        .ident
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default())
}

// ---------------------------------------------------------------- timestamp fast path, null lists

/// `DateTime<Utc>` and `Option<DateTime<Utc>>` members of deserialized
/// types read with `crate::model::time`.
fn timestamp_fast_path(file: &mut syn::File) -> Result<(), Error> {
    each_deserialized(file, &mut |item| {
        for field in item.fields.iter_mut() {
            let attr: syn::Attribute = if is_date_time_utc(&field.ty) {
                syn::parse_quote!(#[serde(deserialize_with = "crate::model::time::deserialize")])
            } else if option_inner(&field.ty).is_some_and(is_date_time_utc) {
                syn::parse_quote!(
                    #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
                )
            } else if names_date_time(&field.ty) {
                return Err(unrecognised(TIMESTAMPS, typed_site(&item.ident, field)));
            } else {
                continue;
            };
            field.attrs.push(attr);
        }
        Ok(())
    })
}

/// A type named `DateTime`, or an `Option` of one, however spelt.
fn names_date_time(ty: &syn::Type) -> bool {
    let named = |ty: &syn::Type| last_name(ty).is_some_and(|n| n == "DateTime");
    named(ty) || loose_option_inner(ty).is_some_and(named)
}

/// `Vec` members of deserialized types read `null` as empty.
fn null_lists(file: &mut syn::File) -> Result<(), Error> {
    each_deserialized(file, &mut |item| {
        for field in item.fields.iter_mut() {
            if last_name(&field.ty).is_none_or(|n| n != "Vec") {
                continue;
            }
            if single_arg(&field.ty, VEC).is_none() {
                return Err(unrecognised(NULL_LISTS, typed_site(&item.ident, field)));
            }
            let attr: syn::Attribute = if has_serde(NULL_LISTS, &item.ident, field, "default")? {
                syn::parse_quote!(
                    #[serde(deserialize_with = "crate::model::lists::null_as_default")]
                )
            } else {
                syn::parse_quote!(
                    #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
                )
            };
            field.attrs.push(attr);
        }
        Ok(())
    })
}

// ---------------------------------------------------------------- BTreeMap extra

/// `serde_json::Map<String, Value>` becomes a `BTreeMap` wherever it is
/// written; a flattened map member of a deserialized type must be one of
/// the two.
fn btree_map_extra(file: &mut syn::File) -> Result<(), Error> {
    each_deserialized(file, &mut |item| {
        for field in item.fields.iter() {
            let is_map = last_name(&field.ty).is_some_and(|n| n.ends_with("Map"));
            if !is_map || !has_serde(EXTRA, &item.ident, field, "flatten")? {
                continue;
            }
            if !is_json_map(&field.ty, JSON_MAP) && !is_json_map(&field.ty, BTREE_MAP) {
                return Err(unrecognised(EXTRA, typed_site(&item.ident, field)));
            }
        }
        Ok(())
    })?;
    struct Maps;
    impl VisitMut for Maps {
        fn visit_type_mut(&mut self, ty: &mut syn::Type) {
            if is_json_map(ty, JSON_MAP) {
                *ty = syn::parse_quote!(
                    ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>
                );
            }
            visit_mut::visit_type_mut(self, ty);
        }
    }
    Maps.visit_file_mut(file);
    Ok(())
}

// ---------------------------------------------------------------- boxed kind members

/// Boxes the members `boxed` names in their types, and boxes and unboxes
/// them in the conversions of those types' builders.
fn box_kind_members(file: &mut syn::File, boxed: &Boxed) -> Result<(), Error> {
    let mut found = BTreeSet::new();
    let mut builders = BTreeSet::new();
    let mut conversions = BTreeMap::<String, usize>::new();
    each_item(file, &mut |mods, item| {
        match item {
            syn::Item::Struct(s) if !boxed.contains_key(&s.ident.to_string()) => {}
            syn::Item::Struct(s) if derives_deserialize(&s.attrs) => {
                box_members(s, &boxed[&s.ident.to_string()])?;
                found.insert(s.ident.to_string());
            }
            syn::Item::Struct(s) if mods.last().is_some_and(|m| m == "builder") => {
                builders.insert(s.ident.to_string());
            }
            syn::Item::Impl(block) => {
                if let Some(name) = box_in_builder_conversion(block, boxed)? {
                    *conversions.entry(name).or_default() += 1;
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    for name in boxed.keys() {
        if !found.contains(name) {
            return Err(Error(format!(
                "{BOXED}: `x-samsara-kind-members` names members of `{name}`, but no deserialized type `{name}` was found"
            )));
        }
        let converted = conversions.get(name).copied().unwrap_or(0);
        if builders.contains(name) && converted != 2 {
            return Err(Error(format!(
                "{BOXED}: `builder::{name}` has {converted} of the 2 conversions to and from `{name}` (`impl TryFrom<{name}> for super::{name}`, `impl From<super::{name}> for {name}`) that this edit recognises"
            )));
        }
    }
    Ok(())
}

/// `Option<T>` becomes `Option<Box<T>>` for the `members` (JSON names) of a
/// deserialized type; each must be found.
fn box_members(item: &mut syn::ItemStruct, members: &BTreeSet<String>) -> Result<(), Error> {
    let mut missing = members.clone();
    for field in item.fields.iter_mut() {
        if !missing.remove(&json_name(&item.ident, field)?) {
            continue;
        }
        let Some(inner) = option_inner(&field.ty).cloned() else {
            let at = format!("{}, not `Option<T>`", typed_site(&item.ident, field));
            return Err(unrecognised(BOXED, at));
        };
        field.ty = syn::parse_quote!(::std::option::Option<::std::boxed::Box<#inner>>);
    }
    match missing.first() {
        Some(member) => Err(Error(format!(
            "{BOXED}: type `{}` has no member `{member}` (named in `x-samsara-kind-members`)",
            item.ident
        ))),
        None => Ok(()),
    }
}

/// The boxed type's name and direction (`true`: into the type) of a
/// builder's conversion `impl TryFrom<X> for super::X` or
/// `impl From<super::X> for X`.
fn builder_conversion(item: &syn::ItemImpl) -> Option<(String, bool)> {
    let (trait_path, _) = item.trait_.as_ref()?;
    let last = trait_path.segments.last()?;
    let into_type = match last.ident.to_string().as_str() {
        "TryFrom" => true,
        "From" => false,
        _ => return None,
    };
    let syn::Type::Path(self_ty) = &*item.self_ty else {
        return None;
    };
    let name = self_ty.path.segments.last()?.ident.to_string();
    // Only the conversions between the type and its builder (`super::X` on
    // one side); the builder's fields are named as the type's (snake case).
    let type_side = if into_type {
        &self_ty.path
    } else {
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        match args.args.first()? {
            syn::GenericArgument::Type(syn::Type::Path(from)) => &from.path,
            _ => return None,
        }
    };
    let from_super = type_side
        .segments
        .first()
        .is_some_and(|s| s.ident == "super");
    from_super.then_some((name, into_type))
}

/// Boxes (into the type) or unboxes (`Ok(value.x)`, into the builder) the
/// boxed members set in a builder conversion; returns the type's name if
/// `item` is one. Each member must be set, in a shape it recognises.
fn box_in_builder_conversion(
    item: &mut syn::ItemImpl,
    boxed: &Boxed,
) -> Result<Option<String>, Error> {
    let Some((name, into_type)) = builder_conversion(item) else {
        return Ok(None);
    };
    let Some(members) = boxed.get(&name) else {
        return Ok(None);
    };
    let mut literals = Literals {
        names: members.iter().map(|m| snake_case(m)).collect(),
        into_type,
        rewritten: BTreeSet::new(),
    };
    literals.visit_item_impl_mut(item);
    if let Some(member) = literals.names.difference(&literals.rewritten).next() {
        let at = format!(
            "`impl {} for {}` sets `{member}` in no `Self {{ … }}` literal it knows",
            shown(&item.trait_.as_ref().expect("a conversion").1),
            shown(&item.self_ty)
        );
        return Err(unrecognised(BOXED, at));
    }
    Ok(Some(name))
}

/// The members (Rust names) set in a conversion's struct literal, boxed or
/// unboxed.
struct Literals {
    names: BTreeSet<String>,
    into_type: bool,
    rewritten: BTreeSet<String>,
}

impl VisitMut for Literals {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        let syn::Member::Named(ident) = &field.member else {
            return;
        };
        let name = ident.to_string();
        if !self.names.contains(&name) {
            return;
        }
        let expr = &field.expr;
        field.expr = if self.into_type {
            syn::parse_quote!(#expr.map(::std::boxed::Box::new))
        } else {
            // `Ok(value.x)`
            let syn::Expr::Call(call) = expr else {
                return;
            };
            let is_ok = matches!(&*call.func, syn::Expr::Path(p)
                if p.path.segments.last().is_some_and(|s| s.ident == "Ok"));
            let (true, [arg]) = (is_ok, &call.args.iter().collect::<Vec<_>>()[..]) else {
                return;
            };
            syn::parse_quote!(Ok(#arg.map(|boxed| *boxed)))
        };
        self.rewritten.insert(name);
    }
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

// ---------------------------------------------------------------- setter conversion errors

/// Rewrites every setter that drops its conversion error (see
/// [`keep_conversion_error`]); every parameter of an operation builder
/// with an `impl` must have a setter that keeps it, rewritten or not.
fn keep_conversion_errors(file: &mut syn::File) -> Result<(), Error> {
    let mut setters = BTreeSet::new();
    let mut impls = BTreeSet::new();
    let mut parameters = Vec::new();
    each_item(file, &mut |mods, item| {
        let scope = mods.join("::");
        match item {
            syn::Item::Struct(s) if is_operation_builder(mods, s) => {
                for field in s.fields.iter().skip(1).filter_map(|f| f.ident.as_ref()) {
                    parameters.push((scope.clone(), s.ident.to_string(), field.to_string()));
                }
            }
            syn::Item::Impl(block) if block.trait_.is_none() => {
                let owner = last_name(&block.self_ty).unwrap_or_default();
                for member in &mut block.items {
                    if let syn::ImplItem::Fn(function) = member
                        && keep_conversion_error(&owner, function)?
                    {
                        let setter = function.sig.ident.to_string();
                        setters.insert((scope.clone(), owner.clone(), setter));
                    }
                }
                impls.insert((scope, owner));
            }
            _ => {}
        }
        Ok(())
    })?;
    let unset = parameters.into_iter().find(|(scope, builder, field)| {
        let has_impl = impls.contains(&(scope.clone(), builder.clone()));
        has_impl && !setters.contains(&(scope.clone(), builder.clone(), field.clone()))
    });
    match unset {
        Some((_, builder, field)) => Err(Error(format!(
            "{SETTERS}: operation builder `{builder}` has the parameter `{field}` but no setter `{field}<V>` with a `V: TryInto<T>` bound that this edit recognises"
        ))),
        None => Ok(()),
    }
}

/// Rewrites a builder setter's `.map_err(|_| "conversion to `T` for x
/// failed".to_string())` to `.map_err(|e| format!("x: {}", e))`, adding the
/// bound `<V as TryInto<T>>::Error: Display` (every `TryFrom` error in
/// reach, `Infallible` included, has it). Setters that already keep the
/// error (progenitor's `body`, typify's builders) have a `Display` bound and
/// are left alone. Returns whether `item` is a setter (it has a `TryInto`
/// bound) of either kind; a setter of neither is an error.
fn keep_conversion_error(owner: &str, item: &mut syn::ImplItemFn) -> Result<bool, Error> {
    let bounded_by =
        |name: &str| where_traits(item).any(|t| t.segments.last().is_some_and(|s| s.ident == name));
    if !bounded_by("TryInto") {
        return Ok(false);
    }
    if bounded_by("Display") {
        return Ok(true);
    }
    let at = |what: String| format!("setter `{owner}::{}` {what}", item.sig.ident);
    let Some(target) = try_into_target(item) else {
        let clause = shown(&item.sig.generics.where_clause);
        return Err(unrecognised(SETTERS, at(format!("has `{clause}`"))));
    };
    let mut closures = Closures {
        message: format!("{}: {{}}", item.sig.ident),
        rewritten: 0,
    };
    closures.visit_block_mut(&mut item.block);
    if closures.rewritten == 0 {
        let what = "has no `|_| \"conversion to …\".to_string()` closure".to_owned();
        return Err(unrecognised(SETTERS, at(what)));
    }
    item.sig
        .generics
        .make_where_clause()
        .predicates
        .push(syn::parse_quote!(
            <V as std::convert::TryInto<#target>>::Error: std::fmt::Display
        ));
    Ok(true)
}

/// The traits bounding anything in a function's where clause.
fn where_traits(item: &syn::ImplItemFn) -> impl Iterator<Item = &syn::Path> {
    let clause = item.sig.generics.where_clause.iter();
    let bounds = clause.flat_map(|w| &w.predicates).flat_map(|p| match p {
        syn::WherePredicate::Type(typed) => typed.bounds.iter().collect(),
        _ => Vec::new(),
    });
    bounds.filter_map(|bound| match bound {
        syn::TypeParamBound::Trait(t) => Some(&t.path),
        _ => None,
    })
}

/// The type `T` of a setter whose where clause is only `V: TryInto<T>`,
/// `V` one of its type parameters.
fn try_into_target(item: &syn::ImplItemFn) -> Option<syn::Type> {
    let where_clause = item.sig.generics.where_clause.as_ref()?;
    let [syn::WherePredicate::Type(predicate)] =
        &where_clause.predicates.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let bounds_a_param = item.sig.generics.type_params().any(|p| {
        matches!(&predicate.bounded_ty, syn::Type::Path(t) if t.qself.is_none() && t.path.is_ident(&p.ident))
    });
    if !bounds_a_param {
        return None;
    }
    let [syn::TypeParamBound::Trait(bound)] = &predicate.bounds.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    match path_args(&bound.path, TRY_INTO)?[..] {
        [target] => Some(target.clone()),
        _ => None,
    }
}

/// Rewrites the closures `|_| "conversion to …".to_string()` (or `|_|
/// format!("conversion to …", …)`) that drop a conversion error.
struct Closures {
    message: String,
    rewritten: usize,
}

impl VisitMut for Closures {
    fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
        let ignores_its_input = matches!(
            &closure.inputs.iter().collect::<Vec<_>>()[..],
            [syn::Pat::Wild(_)]
        );
        if ignores_its_input && is_conversion_message(&closure.body) {
            let message = &self.message;
            *closure = syn::parse_quote!(|e| format!(#message, e));
            self.rewritten += 1;
        }
        visit_mut::visit_expr_closure_mut(self, closure);
    }
}

/// `"conversion to …".to_string()` or `format!("conversion to …", …)`, in
/// a block or not.
fn is_conversion_message(expr: &syn::Expr) -> bool {
    let starts = |expr: &syn::Expr| {
        matches!(expr, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })
            if s.value().starts_with("conversion to "))
    };
    match expr {
        syn::Expr::Block(b) => match &b.block.stmts[..] {
            [syn::Stmt::Expr(inner, None)] => is_conversion_message(inner),
            _ => false,
        },
        syn::Expr::MethodCall(call) => {
            call.method == "to_string" && call.args.is_empty() && starts(&call.receiver)
        }
        syn::Expr::Macro(m)
            if m.mac
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "format") =>
        {
            m.mac
                .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
                .is_ok_and(|args| args.first().is_some_and(starts))
        }
        _ => false,
    }
}

// ---------------------------------------------------------------- hidden client plumbing

/// progenitor's traits implemented for `Client`, plumbing for its builders.
const CLIENT_PLUMBING: &[&str] = &["ClientInfo", "ClientHooks"];

/// `#[doc(hidden)]` on `impl ClientInfo<…> for Client` and `impl
/// ClientHooks<…> for &Client`; a file with a `Client` must have both.
fn hide_client_plumbing(file: &mut syn::File) -> Result<(), Error> {
    let mut hidden = BTreeSet::new();
    each_item(file, &mut |_, item| {
        let syn::Item::Impl(block) = item else {
            return Ok(());
        };
        let Some((trait_path, _)) = &block.trait_ else {
            return Ok(());
        };
        let Some(name) = trait_path.segments.last().map(|s| s.ident.to_string()) else {
            return Ok(());
        };
        if !CLIENT_PLUMBING.contains(&name.as_str()) {
            return Ok(());
        }
        if !is_client(&block.self_ty) {
            let at = format!("`impl {} for {}`", shown(trait_path), shown(&block.self_ty));
            return Err(unrecognised(PLUMBING, at));
        }
        block.attrs.push(syn::parse_quote!(#[doc(hidden)]));
        hidden.insert(name);
        Ok(())
    })?;
    let missing = CLIENT_PLUMBING.iter().find(|t| !hidden.contains(**t));
    match missing {
        Some(name) if has_client(file) => Err(Error(format!(
            "{PLUMBING}: the output has a `Client` but no `impl {name}<…> for Client` to hide"
        ))),
        _ => Ok(()),
    }
}

/// `Client` or `&Client`.
fn is_client(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => r.mutability.is_none() && is_plain(&r.elem, &["Client"]),
        ty => is_plain(ty, &["Client"]),
    }
}

// ---------------------------------------------------------------- builder fields crate-visible

/// A progenitor operation builder, or what should be one: a struct of the
/// top-level `mod builder`, or one outside typify's `types` whose first
/// field is named `client`.
fn is_operation_builder(mods: &[String], item: &syn::ItemStruct) -> bool {
    let first_is_client = item
        .fields
        .iter()
        .next()
        .and_then(|f| f.ident.as_ref())
        .is_some_and(|i| i == "client");
    mods == ["builder"] || (first_is_client && mods.first().is_none_or(|m| m != "types"))
}

/// The fields of every operation builder become `pub(crate)`; its first
/// must be `client: &'a super::Client`.
fn builder_fields_crate_visible(file: &mut syn::File) -> Result<(), Error> {
    let mut visible = 0;
    each_item(file, &mut |mods, item| {
        let syn::Item::Struct(s) = item else {
            return Ok(());
        };
        if !is_operation_builder(mods, s) {
            return Ok(());
        }
        if !s.fields.iter().next().is_some_and(is_client_field) {
            let first = s
                .fields
                .iter()
                .next()
                .map(shown)
                .unwrap_or_else(|| "none".into());
            let at = format!("builder `{}` has the first field `{first}`", s.ident);
            return Err(unrecognised(BUILDER_FIELDS, at));
        }
        for field in s.fields.iter_mut() {
            field.vis = syn::parse_quote!(pub(crate));
        }
        visible += 1;
        Ok(())
    })?;
    let has_operations = builder_module(file)
        .is_some_and(|items| items.iter().any(|i| matches!(i, syn::Item::Impl(_))));
    if has_operations && visible == 0 {
        return Err(Error(format!(
            "{BUILDER_FIELDS}: matched nothing: the top-level `mod builder` has impls but no builder struct"
        )));
    }
    Ok(())
}

/// `client: &'a super::Client`.
fn is_client_field(field: &syn::Field) -> bool {
    let named = field.ident.as_ref().is_some_and(|i| i == "client");
    let typed = matches!(&field.ty, syn::Type::Reference(r)
        if r.mutability.is_none() && is_plain(&r.elem, &["super::Client"]));
    named && typed
}

// ---------------------------------------------------------------- constructors crate-private

/// The top-level `Client`'s constructors (associated functions returning
/// `Self`), which take the crate's `Transport`, become `pub(crate)`; a file
/// with a `Client` must have one.
fn constructors_crate_private(file: &mut syn::File) -> Result<(), Error> {
    let mut private = 0;
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        if block.trait_.is_some() || !is_plain(&block.self_ty, &["Client"]) {
            continue;
        }
        for member in &mut block.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            if !is_constructor(&function.sig) {
                continue;
            }
            if !takes_inner(&function.sig) {
                let at = format!(
                    "`Client::{}` takes no `crate::transport::Transport`",
                    function.sig.ident
                );
                return Err(unrecognised(CONSTRUCTORS, at));
            }
            function.vis = syn::parse_quote!(pub(crate));
            private += 1;
        }
    }
    if private == 0 && has_client(file) {
        return Err(Error(format!(
            "{CONSTRUCTORS}: matched nothing: the output has a `Client` but no `impl Client` constructor taking `crate::transport::Transport`"
        )));
    }
    Ok(())
}

/// An associated function (no `self`) returning `Self` or `Client`.
fn is_constructor(sig: &syn::Signature) -> bool {
    let returns_self = matches!(&sig.output, syn::ReturnType::Type(_, ty)
        if is_plain(ty, &["Self"]) || is_plain(ty, &["Client"]));
    sig.receiver().is_none() && returns_self
}

/// A constructor taking the crate's `Transport` (`Client::new(baseurl, inner)`).
fn takes_inner(sig: &syn::Signature) -> bool {
    sig.inputs
        .iter()
        .any(|arg| matches!(arg, syn::FnArg::Typed(typed) if is_plain(&typed.ty, INNER)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(code: &str) -> String {
        let mut file: syn::File = syn::parse_str(code).unwrap();
        apply(&mut file, &Boxed::new()).unwrap();
        prettyplease::unparse(&file)
    }

    /// The error `apply` reports for `code`, which must start with `edit`.
    fn error_of(edit: &str, code: &str, boxed: &Boxed) -> String {
        let mut file: syn::File = syn::parse_str(code).unwrap();
        let error = apply(&mut file, boxed).unwrap_err().0;
        assert!(error.starts_with(edit), "not from {edit}: {error}");
        error
    }

    fn boxed(name: &str, members: &[&str]) -> Boxed {
        Boxed::from([(
            name.to_owned(),
            members.iter().map(|m| m.to_string()).collect(),
        )])
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
    fn date_times_spelt_differently_but_utc_use_the_fast_parser() {
        let out = rewritten(
            "#[derive(serde::Deserialize)]
             pub struct A {
                 pub at: chrono::DateTime<chrono::Utc>,
                 pub maybe: Option<chrono::DateTime<chrono::Utc>>,
             }",
        );
        assert_eq!(out.matches("crate::model::time::").count(), 2, "{out}");
    }

    #[test]
    fn a_date_time_in_another_zone_is_an_error_naming_the_timestamp_fast_path() {
        for ty in [
            "::chrono::DateTime<::chrono::FixedOffset>",
            "::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>",
            "::time::DateTime<::chrono::Utc>",
        ] {
            let error = error_of(
                TIMESTAMPS,
                &format!("#[derive(::serde::Deserialize)] pub struct A {{ pub at: {ty} }}"),
                &Boxed::new(),
            );
            assert!(error.contains("type `A` field `at`"), "{error}");
        }
    }

    #[test]
    fn kind_members_are_boxed_in_the_type_and_the_builder_converts() {
        let boxed = boxed("Field", &["textValue", "tableValue"]);
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
        apply(&mut file, &boxed).unwrap();
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

    const FIELD: &str = "#[derive(::serde::Deserialize)]
        pub struct Field {
            #[serde(rename = \"textValue\")]
            pub text_value: ::std::option::Option<TextValue>,
            pub label: ::std::string::String,
        }";

    #[test]
    fn a_kind_member_that_is_not_optional_is_an_error_naming_boxed_kind_members() {
        let error = error_of(BOXED, FIELD, &boxed("Field", &["label"]));
        assert!(error.contains("type `Field` field `label`"), "{error}");
    }

    #[test]
    fn a_kind_member_or_type_not_found_is_an_error_naming_boxed_kind_members() {
        let error = error_of(BOXED, FIELD, &boxed("Field", &["textValue", "tableValue"]));
        assert!(
            error.contains("`Field` has no member `tableValue`"),
            "{error}"
        );
        let error = error_of(BOXED, FIELD, &boxed("Other", &["textValue"]));
        assert!(error.contains("no deserialized type `Other`"), "{error}");
    }

    #[test]
    fn a_builder_conversion_of_an_unknown_shape_is_an_error_naming_boxed_kind_members() {
        let code = format!(
            "{FIELD}
             pub mod builder {{
                 pub struct Field {{}}
                 impl ::std::convert::TryFrom<Field> for super::Field {{
                     fn try_from(value: Field) -> Result<Self, E> {{ Ok(Self {{ text_value: value.text_value? }}) }}
                 }}
                 impl ::std::convert::From<super::Field> for Field {{
                     fn from(value: super::Field) -> Self {{ Self {{ text_value: value.text_value.into() }} }}
                 }}
             }}"
        );
        let error = error_of(BOXED, &code, &boxed("Field", &["textValue"]));
        assert!(error.contains("sets `text_value`"), "{error}");
    }

    #[test]
    fn a_flattened_map_of_another_type_is_an_error_naming_btree_map_extra() {
        let error = error_of(
            EXTRA,
            "#[derive(::serde::Deserialize)]
             pub struct A {
                 #[serde(flatten)]
                 pub extra: ::std::collections::HashMap<::std::string::String, ::serde_json::Value>,
             }",
            &Boxed::new(),
        );
        assert!(error.contains("type `A` field `extra`"), "{error}");
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
    fn an_operation_builder_of_an_unknown_shape_is_an_error_naming_builder_fields() {
        for code in [
            "pub mod builder { pub struct A<'a> { inner: &'a super::Client } }",
            "pub struct A { client: super::Client }",
        ] {
            let error = error_of(BUILDER_FIELDS, code, &Boxed::new());
            assert!(error.contains("builder `A`"), "{error}");
        }
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
        assert!(out.contains("#[serde(default, deserialize_with = \"crate::model::lists::null_as_default\")]\n    pub data"), "{out}");
        assert!(
            out.contains(
                "#[serde(deserialize_with = \"crate::model::lists::null_as_default\")]\n    pub more"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_list_of_an_unknown_type_is_an_error_naming_null_lists() {
        let error = error_of(
            NULL_LISTS,
            "#[derive(::serde::Deserialize)] pub struct A { pub data: ::smallvec::Vec<B> }",
            &Boxed::new(),
        );
        assert!(error.contains("type `A` field `data`"), "{error}");
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
    fn plumbing_of_an_unknown_shape_or_missing_is_an_error_naming_hidden_client_plumbing() {
        let error = error_of(PLUMBING, "impl ClientInfo<T> for Other {}", &Boxed::new());
        assert!(error.contains("`impl ClientInfo<T> for Other`"), "{error}");
        let error = error_of(
            PLUMBING,
            "pub struct Client {} impl ClientInfo<T> for Client {}",
            &Boxed::new(),
        );
        assert!(
            error.contains("no `impl ClientHooks<…> for Client`"),
            "{error}"
        );
    }

    const PLUMBED_CLIENT: &str = "pub struct Client {}
        impl ClientInfo<crate::transport::Transport> for Client {}
        impl ClientHooks<crate::transport::Transport> for &Client {}";

    #[test]
    fn the_clients_constructors_are_crate_private() {
        let out = rewritten(&format!(
            "{PLUMBED_CLIENT}
             impl Client {{
                 pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {{ todo!() }}
                 pub fn new_with_client(baseurl: &str, client: C, inner: crate::transport::Transport) -> Self {{ todo!() }}
                 pub fn things(&self) -> Things {{ todo!() }}
             }}"
        ));
        assert_eq!(out.matches("pub(crate) fn new").count(), 2, "{out}");
        assert!(out.contains("pub fn things"), "{out}");
    }

    #[test]
    fn a_constructor_of_an_unknown_shape_or_none_is_an_error_naming_constructors() {
        let code = format!(
            "{PLUMBED_CLIENT} impl Client {{ pub fn new(baseurl: &str, inner: Other) -> Self {{ todo!() }} }}"
        );
        let error = error_of(CONSTRUCTORS, &code, &Boxed::new());
        assert!(error.contains("`Client::new` takes no"), "{error}");
        let error = error_of(CONSTRUCTORS, PLUMBED_CLIENT, &Boxed::new());
        assert!(error.contains("matched nothing"), "{error}");
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

    #[test]
    fn a_format_conversion_message_is_kept_too() {
        let out = rewritten(
            "impl B {
                 pub fn x<V>(mut self, value: V) -> Self where V: TryInto<u8> {
                     self.x = value.try_into().map_err(|_| format!(\"conversion to `u8` for x failed\"));
                     self
                 }
             }",
        );
        assert!(out.contains("map_err(|e| format!(\"x: {}\", e))"), "{out}");
    }

    #[test]
    fn a_setter_of_an_unknown_shape_is_an_error_naming_setter_conversion_errors() {
        for (clause, closure, says) in [
            (
                "V: TryInto<u8>",
                "|_| \"invalid\".to_string()",
                "has no `|_|",
            ),
            (
                "V: TryInto<u8> + Clone",
                "|_| \"conversion to `u8`\".to_string()",
                "has `where",
            ),
        ] {
            let code = format!(
                "impl B {{ pub fn x<V>(mut self, value: V) -> Self where {clause} {{
                     self.x = value.try_into().map_err({closure}); self
                 }} }}"
            );
            let error = error_of(SETTERS, &code, &Boxed::new());
            assert!(
                error.contains("setter `B::x`") && error.contains(says),
                "{error}"
            );
        }
    }

    #[test]
    fn a_builder_parameter_without_a_setter_is_an_error_naming_setter_conversion_errors() {
        let error = error_of(
            SETTERS,
            "pub mod builder {
                 pub struct B<'a> { client: &'a super::Client, limit: Result<u8, String> }
                 impl<'a> B<'a> { pub fn limit(mut self, value: impl TryInto<u8>) -> Self { self } }
             }",
            &Boxed::new(),
        );
        assert!(error.contains("`B` has the parameter `limit`"), "{error}");
    }
}
