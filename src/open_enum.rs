//! Forward-compatible string enums.
//!
//! Samsara adds enum values without notice ("you should always provide a default
//! case"). Every enum of the spec is generated through the `open_enum!` macro:
//! known values get a variant, anything else is kept verbatim in `Other`, and
//! serializes back exactly as received.
//!
//! ```
//! use samsara::types::WorkOrderStatus;
//!
//! let s: WorkOrderStatus = serde_json::from_str(r#""In Progress""#).unwrap();
//! assert_eq!(s, WorkOrderStatus::InProgress);
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
        /// `Other` with the raw string, and serializes back unchanged.
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

        impl ::std::convert::From<&str> for $name {
            fn from(raw: &str) -> Self {
                match raw {
                    $($value => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(raw: ::std::string::String) -> Self {
                match raw.as_str() {
                    $($value => Self::$variant,)*
                    _ => Self::Other(raw),
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
