//! External IDs: the `key:value` form Samsara accepts wherever it takes an id.
//!
//! [`ExternalId`] parses and prints `key:value` and accepts only what the docs
//! allow (alphanumeric keys and values), so a value that would change a
//! request's meaning (`,` `&` `/` `:` …) is rejected before anything is sent.
//! [`IdRef`] is "a Samsara ID or an external ID": the type of the
//! qualification records `ids` list, the work order `assetId`…
//!
//! ```
//! use samsara::external_id::{ExternalId, IdRef};
//!
//! let vin: ExternalId = "vin:1HGCM82633A004352".parse()?;
//! assert_eq!((vin.key(), vin.value()), ("vin", "1HGCM82633A004352"));
//! assert_eq!(vin.to_string(), "vin:1HGCM82633A004352");
//!
//! let ids = IdRef::list(["281474", "payroll:P00042"])?;
//! assert_eq!(ids[1], IdRef::External(ExternalId::new("payroll", "P00042")?));
//!
//! assert!("payroll:P,42".parse::<ExternalId>().is_err()); // would split the id list
//! assert!("payroll:a/b".parse::<IdRef>().is_err());
//! # Ok::<(), samsara::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::types;
use crate::{Call, Error};

/// An external ID, `key:value`, both parts alphanumeric.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExternalId {
    key: String,
    value: String,
}

impl ExternalId {
    /// Validates both parts.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Result<Self, Error> {
        let (key, value) = (key.into(), value.into());
        check_part("key", &key, &key, &value)?;
        check_part("value", &value, &key, &value)?;
        Ok(ExternalId { key, value })
    }

    /// The name of the ID, e.g. `payroll`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The object's identifier under that key.
    pub fn value(&self) -> &str {
        &self.value
    }
}

fn check_part(what: &str, part: &str, key: &str, value: &str) -> Result<(), Error> {
    if part.is_empty() {
        return Err(Error::InvalidInput(format!(
            "external id {key:?}:{value:?}: the {what} is empty"
        )));
    }
    if let Some(bad) = part.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(Error::InvalidInput(format!(
            "external id {key}:{value}: the {what} contains {bad:?}; Samsara allows only letters and digits (A-Z, a-z, 0-9)"
        )));
    }
    Ok(())
}

impl FromStr for ExternalId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.split_once(':') {
            Some((key, value)) => ExternalId::new(key, value),
            None => Err(Error::InvalidInput(format!(
                "external id {s:?} is not of the form key:value"
            ))),
        }
    }
}

impl fmt::Display for ExternalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.key, self.value)
    }
}

/// A reference to an object: its Samsara ID or one of its external IDs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdRef {
    /// A Samsara ID.
    Id(String),
    /// An external ID, `key:value`.
    External(ExternalId),
}

impl IdRef {
    /// A Samsara ID. Rejects what would change the request's meaning: empty,
    /// whitespace, control characters, and `, : / & ? # %`.
    pub fn id(id: impl Into<String>) -> Result<Self, Error> {
        let id = id.into();
        if id.is_empty() {
            return Err(Error::InvalidInput("an id is empty".into()));
        }
        if let Some(bad) = id
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || ",:/&?#%".contains(*c))
        {
            return Err(Error::InvalidInput(format!(
                "id {id:?} contains {bad:?}, which would change the request's meaning"
            )));
        }
        Ok(IdRef::Id(id))
    }

    /// Parses every string of `ids` (`"123"` or `"key:value"`).
    pub fn list<I, S>(ids: I) -> Result<Vec<IdRef>, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        ids.into_iter().map(|s| s.as_ref().parse()).collect()
    }
}

impl FromStr for IdRef {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        if s.contains(':') {
            s.parse().map(IdRef::External)
        } else {
            IdRef::id(s)
        }
    }
}

impl TryFrom<&str> for IdRef {
    type Error = Error;
    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
    }
}

impl TryFrom<String> for IdRef {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        s.parse()
    }
}

impl TryFrom<&str> for ExternalId {
    type Error = Error;
    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
    }
}

impl TryFrom<String> for ExternalId {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        s.parse()
    }
}

impl From<ExternalId> for IdRef {
    fn from(id: ExternalId) -> Self {
        IdRef::External(id)
    }
}

impl fmt::Display for IdRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdRef::Id(id) => f.write_str(id),
            IdRef::External(ext) => ext.fmt(f),
        }
    }
}

macro_rules! string_serde {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                raw.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> String {
                stringify!($ty).to_owned()
            }
            fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                schemars::schema::SchemaObject {
                    instance_type: Some(schemars::schema::InstanceType::String.into()),
                    metadata: Some(Box::new(schemars::schema::Metadata {
                        description: Some($expecting.to_owned()),
                        ..Default::default()
                    })),
                    ..Default::default()
                }
                .into()
            }
        }
    };
}

string_serde!(
    ExternalId,
    "An external ID, `key:value`, both parts alphanumeric."
);
string_serde!(IdRef, "A Samsara ID or an external ID in `key:value` form.");

/// Objects that carry an `externalIds` map.
pub trait HasExternalIds {
    /// The object's external IDs, when the response included them
    /// (`includeExternalIds=true`).
    fn external_ids(&self) -> Option<&BTreeMap<String, String>>;

    /// The value of one external ID key.
    fn external_id(&self, key: &str) -> Option<&str> {
        self.external_ids()?.get(key).map(String::as_str)
    }

    /// Whether the object carries exactly this external ID.
    fn has_external_id(&self, id: &ExternalId) -> bool {
        self.external_id(id.key()) == Some(id.value())
    }
}

impl HasExternalIds for types::QualificationRecord {
    fn external_ids(&self) -> Option<&BTreeMap<String, String>> {
        self.external_ids.as_ref()
    }
}

impl HasExternalIds for types::QualificationOwner {
    fn external_ids(&self) -> Option<&BTreeMap<String, String>> {
        self.external_ids.as_ref()
    }
}

impl HasExternalIds for types::MaintenanceSite {
    fn external_ids(&self) -> Option<&BTreeMap<String, String>> {
        self.place_external_ids.as_ref()
    }
}

/// The first of `items` carrying the external ID `id`.
pub fn find_by_external_id<'a, T: HasExternalIds>(
    items: impl IntoIterator<Item = &'a T>,
    id: &ExternalId,
) -> Option<&'a T> {
    items.into_iter().find(|item| item.has_external_id(id))
}

impl crate::Client {
    /// Looks a qualification record up by one of its external IDs (with
    /// `includeExternalIds=true`); `None` when no record carries it.
    pub async fn qualification_record_by_external_id(
        &self,
        id: &ExternalId,
    ) -> Result<Option<types::QualificationRecord>, Error> {
        let response = self
            .get_qualification_records()
            .ids(vec![IdRef::from(id.clone())])
            .include_external_ids(true)
            .call()
            .await;
        let list = match response {
            Ok(list) => list,
            Err(error) if error.status() == Some(reqwest::StatusCode::NOT_FOUND) => {
                return Ok(None);
            }
            Err(error) => return Err(error),
        };
        Ok(list.data.into_iter().find(|r| r.has_external_id(id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_key_value() {
        let id: ExternalId = "payroll:P00042".parse().unwrap();
        assert_eq!(id.key(), "payroll");
        assert_eq!(id.value(), "P00042");
        assert_eq!(id.to_string(), "payroll:P00042");
    }

    #[test]
    fn rejects_what_would_change_the_request() {
        for bad in [
            "payroll:P,42",
            "pay&roll:1",
            "payroll:a/b",
            "payroll:a:b",
            ":1",
            "payroll:",
            "payroll",
            "pay roll:1",
            "k:é",
        ] {
            let err = bad.parse::<ExternalId>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{bad}: {err}");
        }
    }

    #[test]
    fn error_names_the_offending_character_and_part() {
        let err = "payroll:P,42"
            .parse::<ExternalId>()
            .unwrap_err()
            .to_string();
        assert!(err.contains("value") && err.contains("','"), "{err}");
    }

    #[test]
    fn id_ref_tells_ids_from_external_ids() {
        assert_eq!(
            "281474".parse::<IdRef>().unwrap(),
            IdRef::Id("281474".into())
        );
        assert_eq!(
            "vin:1HGC".parse::<IdRef>().unwrap(),
            IdRef::External(ExternalId::new("vin", "1HGC").unwrap())
        );
        for bad in ["", "a,b", "a b", "a/b", "a&b", "a?b", "a#b", "a%2C"] {
            assert!(bad.parse::<IdRef>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn serde_uses_the_string_form_and_validates() {
        let id = IdRef::External(ExternalId::new("vin", "1HGC").unwrap());
        assert_eq!(serde_json::to_string(&id).unwrap(), r#""vin:1HGC""#);
        assert_eq!(serde_json::from_str::<IdRef>(r#""vin:1HGC""#).unwrap(), id);
        assert!(serde_json::from_str::<ExternalId>(r#""vin:1,2""#).is_err());
    }
}
