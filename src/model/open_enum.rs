//! Forward-compatible string enums: the `open_enum!` macro samsara-codegen
//! invokes for every string enum of the spec, and what its expansion calls.
//! What the enums do for users is documented on [`crate::types`].

/// Defines an open string enum: one variant per known value plus `Other(String)`.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $value:literal),* $(,)? }) => {
        $(#[$meta])*
        ///
        /// Open: a value this version of the crate does not list deserializes to
        /// `Other` with the raw string, and serializes back unchanged. A listed
        /// value in another spelling (`OPEN` for `Open`, `IN_PROGRESS` for
        /// `In Progress`) decodes to its variant and serializes in the listed
        /// spelling (see [`samsara::types`](crate::types)).
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
                $crate::model::open_enum::respelled_index(raw, &[$($value),*])
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
                deserializer.deserialize_str($crate::model::open_enum::OpenEnumVisitor::<Self>::new(stringify!($name)))
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::string::String {
                stringify!($name).to_owned()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                $crate::model::open_enum::string_schema(&[$($value),*])
            }
        }
    };
}
pub(crate) use open_enum;

/// Deserializes an open enum from a string, borrowed or owned.
pub(crate) struct OpenEnumVisitor<T> {
    name: &'static str,
    _marker: std::marker::PhantomData<T>,
}

impl<T> OpenEnumVisitor<T> {
    pub(crate) fn new(name: &'static str) -> Self {
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
pub(crate) fn respelled_index(raw: &str, known: &[&str]) -> Option<usize> {
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
pub(crate) fn string_schema(known: &[&str]) -> schemars::schema::Schema {
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
