//! [`Checkpoint`]: the one thing to persist after each page of a stream.
//!
//! A checkpoint always means "every record up to here has been delivered".
//! It is never empty, and resuming from it ([`Paginator::resume`]) delivers
//! each change exactly once:
//!
//! - mid-stream it is the API's cursor ([`Checkpoint::After`]): the next
//!   request continues right after the page it came with;
//! - at the end of a window `[startTime, endTime)` it is that window's end
//!   ([`Checkpoint::Through`]), or Samsara's clock when `endTime` was still
//!   ahead of it (see [`crate::pagination`]): resuming the same window delivers nothing,
//!   and resuming a later window `[t1, t2)` or a follow stream starts at
//!   `startTime = t1`. Samsara's `startTime` is inclusive and `endTime`
//!   exclusive (seed `000_…`), so consecutive windows neither overlap nor
//!   leave a gap;
//! - in follow mode, once caught up, it is the last non-empty cursor (or the
//!   stream's `startTime` when the API has not returned one yet);
//! - a list without a time window that has been read to its end is
//!   [`Checkpoint::Complete`].
//!
//! The exact guarantee: after a page's items (and rejected records, see
//! [`crate::pagination`]) are stored, persisting `page.checkpoint` and later
//! resuming from it yields every record version (`id`, `updatedAtTime`) that
//! the API lists after that point, and none listed before it. What a crash
//! between storing the items and persisting the checkpoint repeats is that
//! one page: store items idempotently (upsert by `id`).
//!
//! A checkpoint serialises as one short string (`after:<cursor>`,
//! `through:<RFC 3339 time>`, `complete`, `beginning`), through serde or
//! `Display`/`FromStr`, so it fits a database column or a file.
//!
//! ```
//! use samsara::prelude::*;
//!
//! let saved = Checkpoint::after("MjkY")?.to_string();
//! assert_eq!(saved, "after:MjkY");
//! assert_eq!(saved.parse::<Checkpoint>()?, Checkpoint::after("MjkY")?);
//! let end: Checkpoint = "through:2025-02-01T00:00:00Z".parse()?;
//! assert_eq!(serde_json::to_string(&end).unwrap(), r#""through:2025-02-01T00:00:00Z""#);
//! assert!(Checkpoint::after("").is_err()); // never empty
//! # Ok::<(), samsara::Error>(())
//! ```
//!
//! [`Paginator::resume`]: crate::pagination::Paginator::resume

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::Error;

/// Where a stream has got to: see the [module docs](self).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Checkpoint {
    /// Nothing delivered yet: start at the request's own `startTime` (or the
    /// first page of a list).
    Beginning,
    /// Everything up to this API cursor is delivered (never empty).
    After(String),
    /// Everything modified before this time is delivered: continue with
    /// `startTime` = this time.
    Through(DateTime<Utc>),
    /// A list without a time window, read to its end.
    Complete,
}

impl Checkpoint {
    /// A checkpoint right after an API cursor (`pagination.endCursor`).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when `cursor` is empty: an empty cursor marks
    /// the end of a stream, and resuming from it would silently restart from
    /// `startTime`.
    pub fn after(cursor: impl Into<String>) -> Result<Checkpoint, Error> {
        let cursor = cursor.into();
        if cursor.is_empty() {
            return Err(Error::InvalidInput(
                "a checkpoint cursor is empty: an empty endCursor ends a stream and cannot be resumed from; persist page.checkpoint instead".into(),
            ));
        }
        Ok(Checkpoint::After(cursor))
    }

    /// A checkpoint at the end of a window `[_, time)`.
    pub fn through(time: DateTime<Utc>) -> Checkpoint {
        Checkpoint::Through(time)
    }
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Checkpoint::Beginning => f.write_str("beginning"),
            Checkpoint::After(cursor) => write!(f, "after:{cursor}"),
            Checkpoint::Through(time) => write!(
                f,
                "through:{}",
                time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
            ),
            Checkpoint::Complete => f.write_str("complete"),
        }
    }
}

impl FromStr for Checkpoint {
    type Err = Error;

    fn from_str(s: &str) -> Result<Checkpoint, Error> {
        let bad = |why: &str| Error::InvalidInput(format!("checkpoint {s:?}: {why}"));
        match s.split_once(':') {
            Some(("after", cursor)) => Checkpoint::after(cursor),
            Some(("through", time)) => DateTime::parse_from_rfc3339(time)
                .map(|t| Checkpoint::Through(t.with_timezone(&Utc)))
                .map_err(|e| bad(&format!("not an RFC 3339 time: {e}"))),
            None if s == "beginning" => Ok(Checkpoint::Beginning),
            None if s == "complete" => Ok(Checkpoint::Complete),
            _ => Err(bad(
                "expected after:<cursor>, through:<RFC 3339 time>, complete or beginning",
            )),
        }
    }
}

impl serde::Serialize for Checkpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Checkpoint {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        raw.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Checkpoint {
    fn schema_name() -> String {
        "Checkpoint".to_owned()
    }
    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, Metadata, SchemaObject, StringValidation};
        SchemaObject {
            instance_type: Some(InstanceType::String.into()),
            metadata: Some(Box::new(Metadata {
                description: Some(
                    "Where a stream has got to: after:<cursor>, through:<RFC 3339 time>, complete or beginning.".into(),
                ),
                ..Default::default()
            })),
            string: Some(Box::new(StringValidation {
                pattern: Some("^(after:.+|through:.+|complete|beginning)$".into()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_checkpoint_round_trips_through_its_string() {
        let t: DateTime<Utc> = "2025-02-01T00:00:00.123Z".parse().unwrap();
        for c in [
            Checkpoint::Beginning,
            Checkpoint::after("a:b/c=").unwrap(),
            Checkpoint::Through(t),
            Checkpoint::Complete,
        ] {
            assert_eq!(c.to_string().parse::<Checkpoint>().unwrap(), c);
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<Checkpoint>(&json).unwrap(), c);
        }
    }

    #[test]
    fn empty_and_garbage_are_refused() {
        for bad in ["", "after:", "through:yesterday", "cursor", "MjkY"] {
            let err = bad.parse::<Checkpoint>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{bad}: {err}");
        }
    }
}
