//! Pagination cursors: opaque to clients, a position to the server.
//!
//! A cursor is the URL-safe base64 (no padding) of a small JSON object
//! `{"v":1,"t":<updatedAtTime as Unix nanoseconds>,"id":"<id>","iat":<issue time, Unix seconds>,"n":<serial>}`:
//! the position of the last item served and when the cursor was issued. The
//! next page holds the items strictly after that position in
//! `(updatedAtTime, id)` order. List endpoints, ordered by id alone, use `t = 0`.
//!
//! `n` makes every cursor string unique, even two at the same position (an
//! empty page, or a caught-up stream polled again): a client may treat a
//! cursor that comes back as a broken server.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// How long a cursor stays valid, as documented by Samsara.
pub const CURSOR_LIFETIME_DAYS: i64 = 30;

/// A point in an ordered collection: `(updatedAtTime, id)`, or `(0, id)` for
/// collections ordered by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    pub(crate) nanos: i64,
    pub(crate) id: String,
}

impl Position {
    pub(crate) fn new(nanos: i64, id: impl Into<String>) -> Self {
        Position {
            nanos,
            id: id.into(),
        }
    }

    /// The position just before every item stamped `at` or later.
    pub(crate) fn before(at: DateTime<Utc>) -> Self {
        Position::new(nanos(at), "")
    }
}

impl Ord for Position {
    fn cmp(&self, other: &Self) -> Ordering {
        self.nanos
            .cmp(&other.nanos)
            .then_with(|| natural_cmp(&self.id, &other.id))
    }
}

impl PartialOrd for Position {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Orders ids so that numeric ids sort numerically: shorter first, then bytewise.
pub(crate) fn natural_cmp(a: &str, b: &str) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Unix nanoseconds of `at`, saturating outside 1677..2262.
pub(crate) fn nanos(at: DateTime<Utc>) -> i64 {
    at.timestamp_nanos_opt().unwrap_or(if at.timestamp() < 0 {
        i64::MIN
    } else {
        i64::MAX
    })
}

#[derive(Serialize, Deserialize)]
struct Wire {
    v: u8,
    t: i64,
    id: String,
    iat: i64,
    #[serde(default)]
    n: u64,
}

/// Serial number of the next cursor issued (process-wide).
static SERIAL: AtomicU64 = AtomicU64::new(1);

/// Why an `after` value was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum CursorError {
    /// Not a cursor this server issued.
    Invalid,
    /// Issued more than [`CURSOR_LIFETIME_DAYS`] days ago.
    Expired,
}

pub(crate) fn encode(position: &Position, issued_at: DateTime<Utc>) -> String {
    encode_with_serial(
        position,
        issued_at,
        SERIAL.fetch_add(1, AtomicOrdering::Relaxed),
    )
}

fn encode_with_serial(position: &Position, issued_at: DateTime<Utc>, serial: u64) -> String {
    let wire = Wire {
        v: 1,
        t: position.nanos,
        id: position.id.clone(),
        iat: issued_at.timestamp(),
        n: serial,
    };
    // Serializing a struct of integers and a string cannot fail.
    let json = serde_json::to_vec(&wire).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(json)
}

pub(crate) fn decode(cursor: &str, now: DateTime<Utc>) -> Result<Position, CursorError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(cursor.trim_end_matches('='))
        .map_err(|_| CursorError::Invalid)?;
    let wire: Wire = serde_json::from_slice(&bytes).map_err(|_| CursorError::Invalid)?;
    if wire.v != 1 {
        return Err(CursorError::Invalid);
    }
    let issued = DateTime::<Utc>::from_timestamp(wire.iat, 0).ok_or(CursorError::Invalid)?;
    if now.signed_duration_since(issued) > TimeDelta::days(CURSOR_LIFETIME_DAYS) {
        return Err(CursorError::Expired);
    }
    Ok(Position::new(wire.t, wire.id))
}

/// Builds a cursor exactly as the server would: for client tests that need a
/// specific position or an expired cursor (`issued_at` more than 30 days ago
/// makes the server answer 400 "Expired cursor: …").
///
/// ```
/// use chrono::{TimeDelta, Utc};
/// let stale = samsara_mock::encode_cursor_for_test(Utc::now(), "rec-1", Utc::now() - TimeDelta::days(31));
/// assert!(!stale.is_empty());
/// ```
pub fn encode_cursor_for_test(
    updated_at: DateTime<Utc>,
    id: &str,
    issued_at: DateTime<Utc>,
) -> String {
    encode_with_serial(&Position::new(nanos(updated_at), id), issued_at, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let now = Utc::now();
        let p = Position::new(1_700_000_000_123_456_000, "abc");
        let c = encode(&p, now);
        assert!(
            c.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(decode(&c, now), Ok(p.clone()));
        assert_ne!(encode(&p, now), c, "every cursor string is new");
    }

    #[test]
    fn expired_and_invalid() {
        let now = Utc::now();
        let old = encode(&Position::new(1, "x"), now - TimeDelta::days(31));
        assert_eq!(decode(&old, now), Err(CursorError::Expired));
        let fresh = encode(&Position::new(1, "x"), now - TimeDelta::days(29));
        assert!(decode(&fresh, now).is_ok());
        assert_eq!(decode("not a cursor!", now), Err(CursorError::Invalid));
        assert_eq!(decode("MjkY", now), Err(CursorError::Invalid));
    }

    #[test]
    fn natural_order() {
        assert!(Position::new(0, "9") < Position::new(0, "10"));
        assert!(Position::new(0, "a99") < Position::new(0, "a100"));
        assert!(Position::new(5, "") < Position::new(5, "0"));
        assert!(Position::new(5, "zz") < Position::new(6, ""));
    }
}
