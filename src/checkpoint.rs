//! [`Checkpoint`]: the one thing to persist after each page of a stream.
//!
//! A checkpoint always means "every record up to here has been delivered".
//! It is never empty, and resuming from it ([`Paginator::resume`]) delivers
//! each version exactly once:
//!
//! - mid-window it is the API's cursor ([`Position::After`]): the next
//!   request continues right after the page it came with, in the same
//!   window (same `startTime` and `endTime`, which the checkpoint carries);
//! - at the end of a window it is that window's end ([`Position::Through`]):
//!   resuming the same window delivers nothing, and resuming a later window
//!   or a follow feed starts at `startTime` = that time. Samsara's
//!   `startTime` is inclusive and `endTime` exclusive (seed `000_…`), so
//!   consecutive windows neither overlap nor leave a gap;
//! - a list without a time window that has been read to its end is
//!   [`Position::Complete`].
//!
//! **The exact guarantee.** After a page's items (and rejected records, see
//! [`crate::pagination`]) are stored, persisting `page.checkpoint` and later
//! resuming from it yields every record version (`id`, `updatedAtTime`) that
//! the API lists after that point, and none it delivered before it. (The
//! API lists a record's current version: one replaced before a window reads
//! it is never listed, so the copy converges on Samsara's state rather than
//! keeping every intermediate version.) A window never delivers what lies
//! past the end it checkpoints: its end is fixed, to the millisecond, before
//! its first page is delivered. Versions that become visible late are
//! delivered once too, provided they become visible within the stream's
//! *settle delay* of their `updatedAtTime` (30 s by default; see
//! [`crate::pagination`], "Late-visible changes"). What a
//! crash between storing the items and persisting the checkpoint repeats is
//! that one page: store items idempotently (upsert by `id`, keeping the newer
//! `updatedAtTime`).
//!
//! **A checkpoint knows its stream.** One made by a stream carries the
//! operation, a fingerprint of its filters (every query parameter but
//! `after`, `startTime`, `endTime` and `limit`) and, for a cursor, the
//! window the cursor belongs to. Resuming it needs nothing else (not even
//! `.start_time(…)`: the checkpoint moves the start on, as a time checkpoint
//! does); resuming it on another operation, with other filters (a filter
//! added or changed would leave out what the old stream skipped), or with
//! an `endTime` earlier than its cursor's window's end is
//! [`Error::InvalidInput`] naming the mismatch, before anything is sent. To
//! change filters, start the new stream from a time
//! ([`Checkpoint::through`]) and upsert what it delivers again.
//! The hand-made forms ([`Checkpoint::after`], [`Checkpoint::through`]) carry
//! no scope and are not checked.
//!
//! A checkpoint serialises as one string, through serde or
//! `Display`/`FromStr`, so it fits a database column or a file:
//! `stream_work_orders;filters=…;start=…;end=…;after:<cursor>`,
//! `stream_work_orders;filters=…;through:<RFC 3339 time>`,
//! `get_work_orders;filters=…;complete`, `beginning`; the bare forms
//! `after:<cursor>` and `through:<time>` (as earlier releases wrote them)
//! still parse.
//!
//! ```
//! use samsara::prelude::*;
//! use samsara::checkpoint::Position;
//!
//! let saved = Checkpoint::after("MjkY")?.to_string();
//! assert_eq!(saved, "after:MjkY");
//! assert_eq!(saved.parse::<Checkpoint>()?, Checkpoint::after("MjkY")?);
//! let end: Checkpoint = "through:2025-02-01T00:00:00Z".parse()?;
//! assert_eq!(serde_json::to_string(&end).unwrap(), r#""through:2025-02-01T00:00:00Z""#);
//! assert!(matches!(end.position(), Position::Through(_)));
//! assert!(Checkpoint::after("").is_err()); // never empty
//!
//! // What a stream writes names its operation, its filters and its window.
//! let scoped: Checkpoint = "stream_work_orders;filters=00000000075bcd15;start=2025-01-01T00:00:00Z;end=2025-02-01T00:00:00Z;after:MjkY".parse()?;
//! assert_eq!(scoped.operation(), Some("stream_work_orders"));
//! assert_eq!(scoped.position(), &Position::After("MjkY".into()));
//! # Ok::<(), samsara::Error>(())
//! ```
//!
//! [`Paginator::resume`]: crate::pagination::Paginator::resume

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::Error;

/// A time-based stream's `(startTime, endTime)`, each when set.
#[doc(hidden)]
pub type Window = (
    Option<chrono::DateTime<chrono::Utc>>,
    Option<chrono::DateTime<chrono::Utc>>,
);

/// Where a stream has got to: see the [module docs](self).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Checkpoint {
    position: Position,
    scope: Option<Scope>,
}

/// The position part of a [`Checkpoint`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Position {
    /// Nothing delivered yet: start at the request's own `startTime` (or the
    /// first page of a list).
    #[default]
    Beginning,
    /// Everything up to this API cursor is delivered (never empty).
    After(String),
    /// Everything modified before this time is delivered: continue with
    /// `startTime` = this time.
    Through(DateTime<Utc>),
    /// A list without a time window, read to its end.
    Complete,
}

/// The stream a checkpoint was made by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Scope {
    /// The operation's snake_case name (`stream_work_orders`).
    pub(crate) operation: String,
    /// Fingerprint of the filters (see `pagination::rules::fingerprint`).
    pub(crate) filters: u64,
    /// A cursor's window: the `startTime` and `endTime` it was made with.
    pub(crate) window: Option<Window>,
}

impl Checkpoint {
    /// Nothing delivered yet (the same as not resuming).
    pub fn beginning() -> Checkpoint {
        Checkpoint::default()
    }

    /// A checkpoint right after an API cursor (`pagination.endCursor`),
    /// without a scope: the request must carry the same window and filters
    /// the cursor was made with (prefer the checkpoint a page carries).
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
        Ok(Position::After(cursor).into())
    }

    /// A checkpoint at the end of a window `[_, time)`, without a scope:
    /// resuming starts any time-based stream at `startTime = time`.
    pub fn through(time: DateTime<Utc>) -> Checkpoint {
        Position::Through(time).into()
    }

    /// Where the stream has got to.
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// The operation whose stream made this checkpoint (`None` for a
    /// hand-made or bare one).
    pub fn operation(&self) -> Option<&str> {
        self.scope.as_ref().map(|s| s.operation.as_str())
    }

    /// The time a [`Position::Through`] checkpoint delivered up to.
    pub fn through_time(&self) -> Option<DateTime<Utc>> {
        match self.position {
            Position::Through(time) => Some(time),
            _ => None,
        }
    }

    pub(crate) fn scoped(position: Position, scope: Scope) -> Checkpoint {
        let scope = (position != Position::Beginning).then_some(scope);
        Checkpoint { position, scope }
    }

    pub(crate) fn scope(&self) -> Option<&Scope> {
        self.scope.as_ref()
    }
}

impl From<Position> for Checkpoint {
    fn from(position: Position) -> Checkpoint {
        Checkpoint {
            position,
            scope: None,
        }
    }
}

fn time_text(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Beginning => f.write_str("beginning"),
            Position::After(cursor) => write!(f, "after:{cursor}"),
            Position::Through(time) => write!(f, "through:{}", time_text(time)),
            Position::Complete => f.write_str("complete"),
        }
    }
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(scope) = &self.scope {
            write!(f, "{};filters={:016x};", scope.operation, scope.filters)?;
            if let Some((start, end)) = &scope.window {
                if let Some(start) = start {
                    write!(f, "start={};", time_text(start))?;
                }
                if let Some(end) = end {
                    write!(f, "end={};", time_text(end))?;
                }
            }
        }
        self.position.fmt(f)
    }
}

fn parse_time(s: &str, text: &str) -> Result<DateTime<Utc>, Error> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            Error::InvalidInput(format!(
                "checkpoint {s:?}: {text:?} is not an RFC 3339 time: {e}"
            ))
        })
}

fn parse_position(s: &str, text: &str) -> Result<Position, Error> {
    match text.split_once(':') {
        Some(("after", cursor)) => Checkpoint::after(cursor).map(|c| c.position),
        Some(("through", time)) => parse_time(s, time).map(Position::Through),
        None if text == "beginning" => Ok(Position::Beginning),
        None if text == "complete" => Ok(Position::Complete),
        _ => Err(Error::InvalidInput(format!(
            "checkpoint {s:?}: expected after:<cursor>, through:<RFC 3339 time>, complete or beginning, optionally after <operation>;filters=<hex>;"
        ))),
    }
}

impl FromStr for Checkpoint {
    type Err = Error;

    fn from_str(s: &str) -> Result<Checkpoint, Error> {
        // As read back from a file or a column: surrounding whitespace is
        // not part of it (a cursor never ends in a newline).
        let s = s.trim();
        let bad = |why: &str| Error::InvalidInput(format!("checkpoint {s:?}: {why}"));
        // The position comes last; a cursor may itself contain ';'.
        let (scope_text, position_text) = match s.find(";after:") {
            _ if s.starts_with("after:") => (None, s),
            Some(at) => (Some(&s[..at]), &s[at + 1..]),
            None => match s.rsplit_once(';') {
                Some((scope, position)) => (Some(scope), position),
                None => (None, s),
            },
        };
        let position = parse_position(s, position_text)?;
        let Some(scope_text) = scope_text else {
            return Ok(position.into());
        };
        let mut parts = scope_text.split(';');
        let operation = parts
            .next()
            .filter(|op| !op.is_empty() && !op.contains('='))
            .ok_or_else(|| bad("the scope must start with the operation's name"))?;
        let (mut filters, mut start, mut end) = (None, None, None);
        for part in parts {
            match part.split_once('=') {
                Some(("filters", hex)) => {
                    filters = Some(
                        u64::from_str_radix(hex, 16)
                            .map_err(|_| bad("filters= is not a hexadecimal fingerprint"))?,
                    );
                }
                Some(("start", time)) => start = Some(parse_time(s, time)?),
                Some(("end", time)) => end = Some(parse_time(s, time)?),
                _ => return Err(bad(&format!("unknown scope part {part:?}"))),
            }
        }
        let filters = filters.ok_or_else(|| bad("the scope has no filters= fingerprint"))?;
        let window = (start.is_some() || end.is_some()).then_some((start, end));
        Ok(Checkpoint::scoped(
            position,
            Scope {
                operation: operation.to_owned(),
                filters,
                window,
            },
        ))
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
                    "Where a stream has got to: [<operation>;filters=<hex>;[start=<time>;][end=<time>;]]after:<cursor>, through:<RFC 3339 time>, complete or beginning.".into(),
                ),
                ..Default::default()
            })),
            string: Some(Box::new(StringValidation {
                pattern: Some("^([a-z0-9_]+;filters=[0-9a-f]+;(start=[^;]+;)?(end=[^;]+;)?)?(after:.+|through:.+|complete|beginning)$".into()),
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

    fn scope(window: bool) -> Scope {
        let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        Scope {
            operation: "stream_work_orders".into(),
            filters: 0xfeed,
            window: window.then(|| {
                (
                    Some(t("2025-01-01T00:00:00Z")),
                    Some(t("2025-02-01T00:00:00.125Z")),
                )
            }),
        }
    }

    #[test]
    fn every_checkpoint_round_trips_through_its_string() {
        let t: DateTime<Utc> = "2025-02-01T00:00:00.123Z".parse().unwrap();
        for c in [
            Checkpoint::beginning(),
            Checkpoint::after("a:b/c=;after:x").unwrap(),
            Checkpoint::through(t),
            Position::Complete.into(),
            Checkpoint::scoped(Position::After("a;b:c".into()), scope(true)),
            Checkpoint::scoped(Position::Through(t), scope(false)),
            Checkpoint::scoped(Position::Complete, scope(false)),
        ] {
            assert_eq!(c.to_string().parse::<Checkpoint>().unwrap(), c, "{c}");
            assert_eq!(format!(" {c}\n").parse::<Checkpoint>().unwrap(), c, "{c}");
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<Checkpoint>(&json).unwrap(), c);
        }
    }

    #[test]
    fn a_scoped_checkpoint_names_its_operation_filters_and_window() {
        let c = Checkpoint::scoped(Position::After("MjkY".into()), scope(true));
        assert_eq!(
            c.to_string(),
            "stream_work_orders;filters=000000000000feed;start=2025-01-01T00:00:00Z;end=2025-02-01T00:00:00.125Z;after:MjkY"
        );
        assert_eq!(c.operation(), Some("stream_work_orders"));
        // Beginning never carries a scope: it is the same for every stream.
        assert_eq!(
            Checkpoint::scoped(Position::Beginning, scope(false)).to_string(),
            "beginning"
        );
    }

    #[test]
    fn empty_and_garbage_are_refused() {
        for bad in [
            "",
            "after:",
            "through:yesterday",
            "cursor",
            "MjkY",
            ";filters=1;complete",
            "op;complete",
            "op;filters=zz;complete",
            "op;filters=1;colour=red;complete",
            "op;filters=1;start=today;after:x",
        ] {
            let err = bad.parse::<Checkpoint>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{bad}: {err}");
        }
    }
}
