//! Timestamps as the API writes them, read without chrono's general parser.
//!
//! Every `format: date-time` field of the spec is a `DateTime<Utc>`, and a
//! qualification page carries thousands of them. The API always writes the
//! RFC 3339 shape `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; [`parse`] reads
//! that shape directly and hands anything else (lower-case `t`, a space, a leap
//! second, more than nine fraction digits, garbage) to chrono's own
//! `DateTime<Utc>::from_str`, so what is accepted, and every error, is exactly
//! chrono's. samsara-codegen attaches [`deserialize`] and
//! [`deserialize_option`] to those fields with `#[serde(deserialize_with)]`;
//! the public types do not change.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc};
use serde::Deserializer;
use serde::de::{self, Visitor};

/// Parses an RFC 3339 timestamp into UTC: the same results and errors as
/// `s.parse::<DateTime<Utc>>()`, faster for the API's own shape. Public only
/// as `samsara::__private::time::parse`, for `fuzz/`.
pub fn parse(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match fast(s.as_bytes()) {
        Some(t) => Ok(t),
        None => s.parse(),
    }
}

/// `Some` only for the exact shape `YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)`
/// with every part in range; `None` leaves the decision to chrono.
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    let digit = |i: usize| {
        let d = b.get(i)?.wrapping_sub(b'0');
        (d < 10).then_some(u32::from(d))
    };
    let two = |i: usize| Some(digit(i)? * 10 + digit(i + 1)?);
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let year = two(0)? * 100 + two(2)?;
    let (month, day) = (two(5)?, two(8)?);
    let (hour, minute, second) = (two(11)?, two(14)?, two(17)?);
    let (nanos, rest) = fraction(&b[19..])?;
    let offset = offset_seconds(rest)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    // Rejects second 60: chrono reads leap seconds its own way.
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let utc = date
        .and_time(time)
        .checked_sub_signed(TimeDelta::seconds(offset))?;
    Some(Utc.from_utc_datetime(&utc))
}

/// An optional `.` and 1 to 9 digits, as nanoseconds, and what follows.
fn fraction(b: &[u8]) -> Option<(u32, &[u8])> {
    let Some(digits) = b.strip_prefix(b".") else {
        return Some((0, b));
    };
    let n = digits.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > 9 {
        return None;
    }
    let value = digits[..n]
        .iter()
        .fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0'));
    Some((value * 10u32.pow(9 - n as u32), &digits[n..]))
}

/// `Z` or `±HH:MM` (hours below 24, minutes below 60), ending the text.
fn offset_seconds(b: &[u8]) -> Option<i64> {
    let (sign, h1, h2, m1, m2) = match *b {
        [b'Z'] => return Some(0),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => (sign, h1, h2, m1, m2),
        _ => return None,
    };
    let digits = [h1, h2, m1, m2].map(|c| c.wrapping_sub(b'0'));
    if digits.iter().any(|&d| d > 9) {
        return None;
    }
    let hours = i64::from(digits[0] * 10 + digits[1]);
    let minutes = i64::from(digits[2] * 10 + digits[3]);
    if hours > 23 || minutes > 59 {
        return None;
    }
    let seconds = hours * 3600 + minutes * 60;
    Some(if sign == b'-' { -seconds } else { seconds })
}

/// Deserializes a `DateTime<Utc>` with [`parse`]; for `#[serde(deserialize_with)]`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(Rfc3339)
}

/// Deserializes an `Option<DateTime<Utc>>` (null is `None`) with [`parse`].
/// Pair it with `#[serde(default)]` so an absent member is `None` too.
pub(crate) fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(OptionalRfc3339)
}

struct Rfc3339;

impl Visitor<'_> for Rfc3339 {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // chrono's own wording, so type errors read as they did.
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        parse(s).map_err(E::custom)
    }
}

struct OptionalRfc3339;

impl<'de> Visitor<'de> for OptionalRfc3339 {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an RFC 3339 date and time or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrono(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
        s.parse()
    }

    /// Same value, or both errors, as chrono's parser.
    fn agrees(s: &str) {
        match (parse(s), chrono(s)) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{s:?}"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("{s:?}: fast {a:?}, chrono {b:?}"),
        }
    }

    #[test]
    fn reads_offsets_into_utc_and_refuses_impossible_dates() {
        let t = parse("2025-03-01T08:30:00.250-05:00").unwrap();
        assert_eq!(t, chrono("2025-03-01T13:30:00.25Z").unwrap());
        assert!(parse("2025-02-30T00:00:00Z").is_err());
    }

    #[test]
    fn the_fast_path_takes_the_api_shape() {
        for s in [
            "2025-03-01T08:30:00Z",
            "2025-03-01T08:30:00.5Z",
            "2025-03-01T08:30:00.123456789+01:00",
            "2024-02-29T23:59:59-23:59",
            "0001-01-01T00:00:00+00:00",
        ] {
            assert!(fast(s.as_bytes()).is_some(), "{s}");
            agrees(s);
        }
    }

    #[test]
    fn agrees_with_chrono_on_every_part_in_and_out_of_range() {
        let years = ["0000", "0001", "1970", "2024", "2100", "9999"];
        let months = ["00", "01", "02", "12", "13"];
        let days = ["00", "01", "28", "29", "30", "31", "32"];
        let times = [
            "00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60", "23:59:60",
        ];
        let fractions = ["", ".", ".0", ".5", ".123456", ".123456789", ".1234567891"];
        let offsets = [
            "Z", "z", "+00:00", "-00:00", "+05:30", "-23:59", "+24:00", "+01:60", "+0100", "",
            "+01",
        ];
        for y in years {
            for m in months {
                for d in days {
                    for t in times {
                        for f in fractions {
                            for o in offsets {
                                agrees(&format!("{y}-{m}-{d}T{t}{f}{o}"));
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn agrees_with_chrono_on_every_single_byte_change() {
        let base = "2025-11-25T17:04:09.250+01:00";
        let replacements = [
            b'0', b'9', b'a', b'T', b't', b' ', b'-', b'+', b':', b'.', b'Z', 0xff,
        ];
        for i in 0..base.len() {
            for r in replacements {
                let mut bytes = base.as_bytes().to_vec();
                bytes[i] = r;
                if let Ok(s) = String::from_utf8(bytes.clone()) {
                    agrees(&s);
                }
                bytes.remove(i);
                agrees(std::str::from_utf8(&bytes).unwrap());
            }
            agrees(&base[..i]);
        }
    }

    #[test]
    fn deserializes_required_null_and_absent_members() {
        #[derive(Debug, serde::Deserialize)]
        struct T {
            #[serde(deserialize_with = "deserialize")]
            at: DateTime<Utc>,
            #[serde(default, deserialize_with = "deserialize_option")]
            maybe: Option<DateTime<Utc>>,
        }
        let t: T =
            serde_json::from_str(r#"{"at": "2025-01-01T00:00:00Z", "maybe": null}"#).unwrap();
        assert_eq!(t.at, chrono("2025-01-01T00:00:00Z").unwrap());
        assert_eq!(t.maybe, None);
        let t: T = serde_json::from_str(r#"{"at": "2025-01-01T01:00:00+01:00"}"#).unwrap();
        assert_eq!(t.at, chrono("2025-01-01T00:00:00Z").unwrap());
        assert_eq!(t.maybe, None);
        let t: T = serde_json::from_str(
            r#"{"at": "2025-01-01T00:00:00Z", "maybe": "2025-01-02T00:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(t.maybe, Some(chrono("2025-01-02T00:00:00Z").unwrap()));
        // Every error reads as chrono's own `Deserialize` gives it.
        #[derive(Debug, serde::Deserialize)]
        struct Chrono {
            #[allow(dead_code)]
            at: DateTime<Utc>,
            #[allow(dead_code)]
            #[serde(default)]
            maybe: Option<DateTime<Utc>>,
        }
        for body in [
            r#"{"at": "yesterday"}"#,
            r#"{"at": 5}"#,
            r#"{"at": null}"#,
            r#"{}"#,
            r#"{"at": "2025-01-01T00:00:00Z", "maybe": 5}"#,
            r#"{"at": "2025-01-01T00:00:00Z", "maybe": "2025-13-01T00:00:00Z"}"#,
        ] {
            let ours = serde_json::from_str::<T>(body).unwrap_err().to_string();
            let chrono = serde_json::from_str::<Chrono>(body)
                .unwrap_err()
                .to_string();
            assert_eq!(ours, chrono, "{body}");
        }
    }
}
