//! Forward-compatible string enums.
//!
//! Samsara adds enum values without notice ("you should always provide a default
//! case"). Every enum of the spec is generated through the `open_enum!` macro:
//! known values get a variant, anything else is kept verbatim in `Other`, and
//! serializes back exactly as received.
//!
//! Samsara's own pages also spell known values differently from the spec
//! (`"status": "OPEN"`, `"priority": "HIGH"` where the spec lists `Open` and
//! `High`). Decoding therefore matches in three steps, stopping at the first
//! that succeeds:
//!
//! 1. the exact documented spelling (the hot path: no allocation, no scan);
//! 2. an ASCII case-insensitive match (`OPEN`, `open` → `Open`;
//!    `IN PROGRESS` → `In Progress`);
//! 3. a match ignoring ASCII case and the separators space, `_` and `-`
//!    (`IN_PROGRESS`, `in-progress`, `InProgress` → `In Progress`;
//!    `askFollowupQuestion` ↔ `ASK_FOLLOWUP_QUESTION`).
//!
//! Steps 2 and 3 apply only when exactly one known value matches; an
//! ambiguous spelling stays in `Other`. A value matched in another spelling
//! becomes the known variant, so `==` against it holds, and it serializes with
//! the documented spelling (filters and writes always send the spec's
//! spelling). Only values no step matches are kept verbatim in `Other`.
//!
//! ```
//! use samsara::types::{WorkOrderPriority, WorkOrderStatus};
//!
//! let s: WorkOrderStatus = serde_json::from_str(r#""In Progress""#).unwrap();
//! assert_eq!(s, WorkOrderStatus::InProgress);
//!
//! // Samsara's own examples send `OPEN` and `HIGH`: the same known values,
//! // sent back in the documented spelling.
//! let s: WorkOrderStatus = serde_json::from_str(r#""OPEN""#).unwrap();
//! assert_eq!(s, WorkOrderStatus::Open);
//! assert_eq!(serde_json::to_string(&s).unwrap(), r#""Open""#);
//! let p: WorkOrderPriority = "HIGH".into();
//! assert_eq!(p, WorkOrderPriority::High);
//! assert_eq!(WorkOrderStatus::from("in_progress"), WorkOrderStatus::InProgress);
//!
//! // Unknown values are kept as received.
//! let new: WorkOrderStatus = serde_json::from_str(r#""Awaiting Vendor""#).unwrap();
//! assert_eq!(new, WorkOrderStatus::Other("Awaiting Vendor".into()));
//! assert_eq!(serde_json::to_string(&new).unwrap(), r#""Awaiting Vendor""#);
//! ```

/// Defines an open string enum: one variant per known value plus `Other(String)`.
#[doc(hidden)]
#[macro_export]
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $value:literal),* $(,)? }) => {
        $(#[$meta])*
        ///
        /// Open: a value this version of the crate does not list deserializes to
        /// `Other` with the raw string, and serializes back unchanged. A listed
        /// value in another spelling (`OPEN` for `Open`, `IN_PROGRESS` for
        /// `In Progress`) decodes to its variant and serializes in the listed
        /// spelling (see the `samsara::open_enum` module).
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!("`", $value, "`")]
                $variant,
            )*
            /// A value this version of the crate does not know, kept as received.
            Other(::std::string::String),
        }

        impl $name {
            /// Every value this version of the crate knows, in spec order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The wire form of the value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Other(raw) => raw,
                }
            }

            /// `false` for a value kept in `Other`.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl $name {
            /// The known variant `raw` spells in another way (letter case,
            /// separators), when exactly one matches.
            fn respelled(raw: &str) -> ::std::option::Option<Self> {
                $crate::open_enum::respelled_index(raw, &[$($value),*])
                    .map(|i| Self::KNOWN[i].clone())
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(raw: &str) -> Self {
                match raw {
                    $($value => Self::$variant,)*
                    other => Self::respelled(other)
                        .unwrap_or_else(|| Self::Other(other.to_owned())),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(raw: ::std::string::String) -> Self {
                match raw.as_str() {
                    $($value => Self::$variant,)*
                    other => match Self::respelled(other) {
                        ::std::option::Option::Some(known) => known,
                        ::std::option::Option::None => Self::Other(raw),
                    },
                }
            }
        }

        impl ::std::convert::From<&::std::string::String> for $name {
            fn from(raw: &::std::string::String) -> Self {
                Self::from(raw.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(raw))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                deserializer.deserialize_str($crate::open_enum::OpenEnumVisitor::<Self>::new(stringify!($name)))
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::string::String {
                stringify!($name).to_owned()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                $crate::open_enum::string_schema(&[$($value),*])
            }
        }
    };
}

#[doc(hidden)]
pub struct OpenEnumVisitor<T> {
    name: &'static str,
    _marker: std::marker::PhantomData<T>,
}

impl<T> OpenEnumVisitor<T> {
    #[doc(hidden)]
    pub fn new(name: &'static str) -> Self {
        Self {
            name,
            _marker: std::marker::PhantomData,
        }
    }
}

impl<T: for<'a> From<&'a str> + From<String>> serde::de::Visitor<'_> for OpenEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a string ({})", self.name)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from(v))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
        Ok(T::from(v))
    }
}

/// The index of the one value of `known` that `raw` spells differently:
/// first an ASCII case-insensitive match, then a match ignoring ASCII case and
/// the separators space, `_`, `-`. `None` when nothing matches, or when more
/// than one value does at the step that matched. Allocates nothing.
#[doc(hidden)]
pub fn respelled_index(raw: &str, known: &[&str]) -> Option<usize> {
    unique(known, |k| k.eq_ignore_ascii_case(raw)).or_else(|| {
        let mut squeezed = squeeze(raw).peekable();
        squeezed.peek()?; // nothing but separators
        unique(known, |k| squeeze(k).eq(squeeze(raw)))
    })
}

/// The index of the only element of `known` satisfying `matches`.
fn unique(known: &[&str], mut matches: impl FnMut(&str) -> bool) -> Option<usize> {
    let mut found = None;
    for (i, k) in known.iter().enumerate() {
        if matches(k) {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// `s` lowercased (ASCII) without spaces, `_` and `-`.
fn squeeze(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes()
        .filter(|b| !matches!(b, b' ' | b'_' | b'-'))
        .map(|b| b.to_ascii_lowercase())
}

/// Schema of an open enum: any string, with the known values as examples.
#[doc(hidden)]
pub fn string_schema(known: &[&str]) -> schemars::schema::Schema {
    use schemars::schema::{InstanceType, Metadata, SchemaObject};
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        metadata: Some(Box::new(Metadata {
            examples: known.iter().map(|v| serde_json::Value::from(*v)).collect(),
            ..Default::default()
        })),
        ..Default::default()
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::respelled_index;

    const STATUS: &[&str] = &["Open", "In Progress", "On Hold", "Pending Parts"];

    #[test]
    fn respelling_matches_case_then_separators() {
        assert_eq!(respelled_index("OPEN", STATUS), Some(0));
        assert_eq!(respelled_index("open", STATUS), Some(0));
        assert_eq!(respelled_index("IN PROGRESS", STATUS), Some(1));
        assert_eq!(respelled_index("in_progress", STATUS), Some(1));
        assert_eq!(respelled_index("In-Progress", STATUS), Some(1));
        assert_eq!(respelled_index("InProgress", STATUS), Some(1));
        assert_eq!(respelled_index("PENDING_PARTS", STATUS), Some(3));
        for unknown in ["", " ", "_-", "Opened", "In Progres", "Öpen", "OPEN!"] {
            assert_eq!(respelled_index(unknown, STATUS), None, "{unknown:?}");
        }
    }

    #[test]
    fn an_ambiguous_spelling_matches_nothing() {
        // Two known values that differ only by case: the exact match in
        // `From` decides for those spellings, nothing else matches one.
        assert_eq!(respelled_index("X", &["x", "X"]), None);
        assert_eq!(respelled_index("ab", &["a_b", "a b"]), None);
        // A case-insensitive unique match wins over a separator-ambiguous one.
        assert_eq!(respelled_index("A_B", &["a_b", "a b"]), Some(0));
    }
}
