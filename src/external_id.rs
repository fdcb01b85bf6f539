//! External IDs: the `key:value` form Samsara accepts wherever it takes an id.
//!
//! [`ExternalId`] parses and prints `key:value`; [`IdRef`] is "a Samsara ID or
//! an external ID": the type of the qualification records `ids` list, the
//! work order `assetId`…
//!
//! # What is accepted
//!
//! Samsara's [External IDs page](https://developers.samsara.com/docs/external-ids)
//! shows keys and values as free strings: its own example values contain
//! `@ . _ - % +`, and the automatic external IDs use dotted keys
//! (`samsara.vin`, `samsara.serial`, `samsara.name`). So this module accepts
//! every key and value that can be sent unambiguously, and the client
//! percent-encodes them on the wire (a query's `%` `+` `@` `:` `&` space… all
//! arrive as written; `+` is sent as `%2B`, never read as a space). The exact
//! rule:
//!
//! - key and value are non-empty;
//! - neither contains a control character (U+0000–U+001F, U+007F–U+009F);
//! - the key contains no `:`. The value may: `"k:a:b"` is key `k`, value
//!   `a:b` (the string is split at its first `:`).
//!
//! Everything else, including spaces, `,` `&` `/` `?` `#` `%` `+` and
//! non-ASCII letters, is accepted. One more rule applies only where the id
//! is sent: a comma-joined (`explode: false`) query list such as
//! qualification records `ids` or the stream's `ownerIds` cannot carry an
//! item containing `,` (Samsara would split it in two), so such a request is
//! refused with [`Error::InvalidInput`] before anything is sent. The same id
//! in a JSON body or a repeated-key list (`ids=a&ids=b`) is fine.
//!
//! Every rejection is an [`Error::InvalidInput`] naming the part and the
//! character.
//!
//! ```
//! use samsara::prelude::*;
//!
//! let vin: ExternalId = "samsara.vin:1HGCM82633A004352".parse()?;
//! assert_eq!((vin.key(), vin.value()), ("samsara.vin", "1HGCM82633A004352"));
//! assert_eq!(vin.to_string(), "samsara.vin:1HGCM82633A004352");
//!
//! let ids = IdRef::list(["281474", "payroll:emp_42-a%2B+x@corp.example"])?;
//! assert_eq!(
//!     ids[1],
//!     IdRef::External(ExternalId::new("payroll", "emp_42-a%2B+x@corp.example")?)
//! );
//!
//! let urn: ExternalId = "erp:urn:site:7".parse()?; // split at the first `:`
//! assert_eq!((urn.key(), urn.value()), ("erp", "urn:site:7"));
//!
//! assert!("payroll:".parse::<ExternalId>().is_err()); // empty value
//! assert!(ExternalId::new("a:b", "1").is_err()); // `:` in the key
//! assert!("payroll:P\n42".parse::<IdRef>().is_err()); // control character
//! # Ok::<(), samsara::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::Error;
use crate::types;

/// An external ID, `key:value`: both parts non-empty and free of control
/// characters, no `:` in the key (see the [module docs](self) for the rule).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExternalId {
    key: String,
    value: String,
}

impl ExternalId {
    /// Validates both parts: non-empty, no control character, no `:` in the
    /// key.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Result<Self, Error> {
        let (key, value) = (key.into(), value.into());
        check_part("key", &key, &key, &value)?;
        check_part("value", &value, &key, &value)?;
        Ok(ExternalId { key, value })
    }

    /// The name of the ID, e.g. `payroll` or `samsara.vin`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The object's identifier under that key.
    pub fn value(&self) -> &str {
        &self.value
    }
}

fn check_part(what: &str, part: &str, key: &str, value: &str) -> Result<(), Error> {
    let shown = || format!("{key}:{value}");
    if part.is_empty() {
        return Err(Error::InvalidInput(format!(
            "external id {:?}: the {what} is empty",
            shown()
        )));
    }
    if let Some(bad) = part.chars().find(|c| c.is_control()) {
        return Err(Error::InvalidInput(format!(
            "external id {:?}: the {what} contains {bad:?}, a control character, which cannot be sent",
            shown()
        )));
    }
    if what == "key" && part.contains(':') {
        return Err(Error::InvalidInput(format!(
            "external id {:?}: the key {key:?} contains ':', which separates the key from the value (only the value may contain ':')",
            shown()
        )));
    }
    Ok(())
}

impl FromStr for ExternalId {
    type Err = Error;

    /// Splits at the first `:`, so the value may contain more.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.split_once(':') {
            Some((key, value)) => ExternalId::new(key, value),
            None => Err(Error::InvalidInput(format!(
                "external id {s:?} is not of the form key:value (it contains no ':')"
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
    /// A Samsara ID. Rejects an empty id, control characters, and `:` (which
    /// would make it an external id: use [`ExternalId`] or `parse`). Other
    /// characters are accepted; the wire encoding keeps them intact (only a
    /// comma-joined query list refuses a `,`, see the [module docs](self)).
    pub fn id(id: impl Into<String>) -> Result<Self, Error> {
        let id = id.into();
        if id.is_empty() {
            return Err(Error::InvalidInput("an id is empty".into()));
        }
        if let Some(bad) = id.chars().find(|c| c.is_control()) {
            return Err(Error::InvalidInput(format!(
                "id {id:?} contains {bad:?}, a control character, which cannot be sent"
            )));
        }
        if id.contains(':') {
            return Err(Error::InvalidInput(format!(
                "id {id:?} contains ':', which would make it an external id (key:value); parse it as an IdRef or build an ExternalId"
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

    /// `key:value` (anything with a `:`) is an external id, the rest a
    /// Samsara ID.
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
    "An external ID, `key:value` (split at the first `:`): key and value non-empty, without control characters; the key without `:`."
);
string_serde!(
    IdRef,
    "A Samsara ID, or an external ID in `key:value` form (anything containing `:`). Non-empty, without control characters."
);

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
    /// `includeExternalIds=true`); `None` when no record carries it (or
    /// Samsara answers its own 404). A single record returned is the one,
    /// even without its `externalIds`. A record found that does not match
    /// the spec is [`Error::Record`], with its raw JSON.
    pub async fn qualification_record_by_external_id(
        &self,
        id: &ExternalId,
    ) -> Result<Option<types::QualificationRecord>, Error> {
        let found = self
            .qualification_records_by_ids(vec![IdRef::from(id.clone())], true)
            .await?;
        // Samsara resolved the id itself: a single record is the one, even
        // when it comes back without its `externalIds`.
        if found.items.len() == 1 && found.rejected.is_empty() {
            return Ok(found.items.into_iter().next());
        }
        if let Some(record) = found.items.into_iter().find(|r| r.has_external_id(id)) {
            return Ok(Some(record));
        }
        // Found, but not matching the spec: surfaced whole, never dropped.
        match found.rejected.into_iter().next() {
            Some(odd) => Err(Error::Record(Box::new(odd))),
            None => Ok(None),
        }
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
    fn accepts_samsaras_own_spellings() {
        for (raw, key, value) in [
            (
                "samsara.vin:1HGCM82633A004352",
                "samsara.vin",
                "1HGCM82633A004352",
            ),
            (
                "samsara.serial:GFRV-9XY-ZZZ",
                "samsara.serial",
                "GFRV-9XY-ZZZ",
            ),
            (
                "samsara.name:Truck 12 (north)",
                "samsara.name",
                "Truck 12 (north)",
            ),
            (
                "payroll:emp_42-a%2B+x@corp.example",
                "payroll",
                "emp_42-a%2B+x@corp.example",
            ),
            (
                "maintenanceSys1:Ty_Frec-%01+27+94%",
                "maintenanceSys1",
                "Ty_Frec-%01+27+94%",
            ),
            ("erp:urn:site:7", "erp", "urn:site:7"),
            ("k:a,b&c=d/e?f#g", "k", "a,b&c=d/e?f#g"),
            ("clé:été", "clé", "été"),
        ] {
            let id: ExternalId = raw.parse().unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!((id.key(), id.value()), (key, value), "{raw}");
            assert_eq!(id.to_string(), raw);
            assert_eq!(ExternalId::new(key, value).unwrap(), id);
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(serde_json::from_str::<ExternalId>(&json).unwrap(), id);
            assert_eq!(
                raw.parse::<IdRef>().unwrap(),
                IdRef::External(id.clone()),
                "{raw}"
            );
        }
    }

    #[test]
    fn rejects_only_what_cannot_round_trip() {
        for (bad, needle) in [
            (":1", "the key is empty"),
            ("payroll:", "the value is empty"),
            ("payroll", "no ':'"),
            ("payroll:P\n42", r"'\n'"),
            ("pay\troll:1", r"'\t'"),
            ("payroll:P\u{0}", r"'\0'"),
            ("payroll:P\u{7f}", r"'\u{7f}'"),
            ("payroll:P\u{85}", r"'\u{85}'"),
        ] {
            let err = bad.parse::<ExternalId>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{bad:?}: {err}");
            assert!(err.to_string().contains(needle), "{bad:?}: {err}");
        }
    }

    #[test]
    fn error_names_the_offending_character_and_part() {
        let err = ExternalId::new("a:b", "1").unwrap_err().to_string();
        assert!(err.contains("key") && err.contains("':'"), "{err}");
        let err = ExternalId::new("k", "a\rb").unwrap_err().to_string();
        assert!(err.contains("value") && err.contains(r"'\r'"), "{err}");
        let err = ExternalId::new("k\u{1b}", "v").unwrap_err().to_string();
        assert!(err.contains("key") && err.contains(r"'\u{1b}'"), "{err}");
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
        // The wire encoding keeps these intact, so they are plain ids.
        for ok in [
            "a,b", "a b", "a/b", "a&b", "a?b", "a#b", "a%2C", "a+b", "x@y.z",
        ] {
            assert_eq!(ok.parse::<IdRef>().unwrap(), IdRef::Id(ok.into()), "{ok}");
        }
        for (bad, needle) in [("", "empty"), ("a\nb", r"'\n'"), ("a\u{7}", r"'\u{7}'")] {
            let err = bad.parse::<IdRef>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{bad:?}: {err}");
            assert!(err.to_string().contains(needle), "{bad:?}: {err}");
        }
        let err = IdRef::id("vin:1").unwrap_err().to_string();
        assert!(err.contains("':'") && err.contains("external id"), "{err}");
    }

    #[test]
    fn serde_uses_the_string_form_and_validates() {
        let id = IdRef::External(ExternalId::new("samsara.vin", "1HGC").unwrap());
        assert_eq!(serde_json::to_string(&id).unwrap(), r#""samsara.vin:1HGC""#);
        assert_eq!(
            serde_json::from_str::<IdRef>(r#""samsara.vin:1HGC""#).unwrap(),
            id
        );
        // A comma is fine in a JSON body.
        let comma: ExternalId = serde_json::from_str(r#""vin:1,2""#).unwrap();
        assert_eq!(comma.value(), "1,2");
        let err = serde_json::from_str::<ExternalId>(r#""vin:1\u0000""#).unwrap_err();
        assert!(err.to_string().contains(r"'\0'"), "{err}");
        assert!(serde_json::from_str::<IdRef>(r#""""#).is_err());
    }

    #[test]
    fn lookups_work_with_dotted_keys() {
        struct Record(Option<BTreeMap<String, String>>);
        impl HasExternalIds for Record {
            fn external_ids(&self) -> Option<&BTreeMap<String, String>> {
                self.0.as_ref()
            }
        }
        let record = Record(Some(BTreeMap::from([(
            "samsara.vin".to_owned(),
            "1HGCM82633A004352".to_owned(),
        )])));
        assert_eq!(record.external_id("samsara.vin"), Some("1HGCM82633A004352"));
        assert!(record.has_external_id(&"samsara.vin:1HGCM82633A004352".parse().unwrap()));
        assert!(!record.has_external_id(&"samsara.serial:1HGCM82633A004352".parse().unwrap()));
        assert_eq!(Record(None).external_id("samsara.vin"), None);
    }
}
