//! Webhooks: verifying what Samsara POSTs, exactly as Samsara signs it.
//!
//! Samsara signs each webhook delivery with its **v1** scheme (Samsara's
//! Webhooks page; `../shared/reference/webhooks.md` in this repository has
//! every fact and its source):
//!
//! - the key is the webhook's secret **decoded from Base64** (the dashboard,
//!   and [`types::Webhook::secret_key`](crate::types::Webhook), show it in
//!   Base64);
//! - the message is the bytes `v1:` + the `X-Samsara-Timestamp` value (Unix
//!   seconds) + `:` + the request body **exactly as received**;
//! - `X-Samsara-Signature` is `v1=` + HMAC-SHA256(key, message) in lowercase
//!   hex.
//!
//! [`Verifier`] checks all of it, in constant time, and rejects a timestamp
//! more than its tolerance (300 seconds by default) away from now; Samsara
//! states no replay window, so the default is the one peer verifiers use.
//! Each failure is a [`WebhookError`] naming the check that failed. The
//! secret never appears in `Debug`, logs or errors.
//!
//! Use it from any HTTP framework: give it the two header values (or the
//! whole [`http::HeaderMap`]) and the raw body bytes, before anything
//! parses them.
//!
//! ```
//! use samsara::webhook::{Signer, Verifier};
//!
//! let secret = "c2VjcmV0LWtleS1vZi10aGUtd2ViaG9vaw=="; // as the dashboard shows it
//! let body = br#"{"eventId":"e1","eventTime":"2026-12-01T10:00:00Z","eventType":"WorkOrderCreatedOrChanged","orgId":20936,"webhookId":"23918","data":{"id":"wo-1"}}"#;
//! let now = chrono::Utc::now().timestamp();
//!
//! // What Samsara sends (in tests, `Signer` plays Samsara):
//! let signature = Signer::new(secret)?.sign(now, body);
//!
//! // What a receiver does:
//! let event = Verifier::new(secret)?.verify(&now.to_string(), &signature, body)?;
//! assert_eq!(event.event_type, samsara::types::WebhookEventType::WorkOrderCreatedOrChanged);
//! assert_eq!(event.org_id, "20936");
//! # Ok::<(), samsara::webhook::WebhookError>(())
//! ```
//!
//! # What an event is good for
//!
//! A `WorkOrderCreatedOrChanged` event says *that* a work order was created
//! or changed. What its `data` holds is **documented nowhere** (no spec,
//! SDK, page or sample shows it), so [`Event::data`] is kept as raw JSON
//! and this crate does not pretend to know its shape. There is no delete
//! event, and Samsara states no delivery guarantee. The pattern that works
//! anyway: let the webhook **wake** a work-order sync now rather than at its
//! next poll, and let the cursor feed
//! ([`stream_work_orders`](crate::Client::stream_work_orders)) be the truth.
//! `examples/webhook_receiver.rs` does exactly that, in axum.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use base64::Engine as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretBox, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::types::WebhookEventType;

/// `X-Samsara-Timestamp`: when Samsara signed the delivery, in Unix seconds.
pub const TIMESTAMP_HEADER: &str = "X-Samsara-Timestamp";
/// `X-Samsara-Signature`: `v1=` and the HMAC-SHA256 digest in lowercase hex.
pub const SIGNATURE_HEADER: &str = "X-Samsara-Signature";
/// `X-Samsara-Event-Type`: the event's type, as in the envelope.
pub const EVENT_TYPE_HEADER: &str = "X-Samsara-Event-Type";
/// `X-Samsara-Request`: the delivery's id (a UUID).
pub const REQUEST_HEADER: &str = "X-Samsara-Request";

/// How far a delivery's timestamp may be from now, by default: 300 seconds.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// The signature scheme this module speaks.
const SCHEME: &str = "v1";

/// Why a delivery was not accepted: each check has its variant. None of
/// them contains the secret.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The secret is not Base64 (the dashboard shows it in Base64; it is
    /// decoded to make the key). The message says where, never what.
    #[error("the webhook secret is not Base64 ({0}); give it as the dashboard shows it")]
    SecretNotBase64(String),
    /// The secret is empty: a key of no bytes would accept a forgery signed
    /// with no key.
    #[error("the webhook secret is empty; give it as the dashboard shows it")]
    EmptySecret,
    /// A header the scheme needs is absent.
    #[error("the {0} header is missing")]
    MissingHeader(&'static str),
    /// `X-Samsara-Timestamp` is not Unix seconds.
    #[error("the X-Samsara-Timestamp header is not Unix seconds: {0:?}")]
    MalformedTimestamp(String),
    /// `X-Samsara-Signature` is not `v1=` and 64 hex digits.
    #[error("the X-Samsara-Signature header is not `v1=` and 64 hex digits: {0:?}")]
    MalformedSignature(String),
    /// `X-Samsara-Signature` carries only another scheme than `v1`.
    #[error("the X-Samsara-Signature header has no v1 signature, only the scheme {0:?}")]
    UnsupportedScheme(String),
    /// The signature does not match the body, timestamp and secret: the
    /// body was changed, or it was signed with another secret.
    #[error(
        "the X-Samsara-Signature does not match the body, the timestamp and the secret (a changed body, or another webhook's secret)"
    )]
    SignatureMismatch,
    /// Signed longer ago than the tolerance: a replay, or a delivery held
    /// up too long.
    #[error(
        "the delivery was signed {age_seconds} s ago, more than the tolerance of {tolerance_seconds} s"
    )]
    Stale {
        /// Seconds since the timestamp.
        age_seconds: i64,
        /// The tolerance, in seconds.
        tolerance_seconds: u64,
    },
    /// Signed further in the future than the tolerance (a clock far off).
    #[error(
        "the delivery is signed {ahead_seconds} s in the future, more than the tolerance of {tolerance_seconds} s"
    )]
    Future {
        /// Seconds until the timestamp.
        ahead_seconds: i64,
        /// The tolerance, in seconds.
        tolerance_seconds: u64,
    },
    /// The body is authentic but is not a Webhooks 2.0 envelope
    /// (`eventId`, `eventTime`, `eventType`, `orgId`, `webhookId`, `data`).
    #[error("the webhook body is signed correctly but is not an event envelope: {0}")]
    Envelope(String),
}

/// A webhook's secret, as Samsara's dashboard and API show it (Base64).
/// `Debug` and `Display` print `[redacted]`; [`expose`](Self::expose) gives
/// the text. It is `Webhook.secretKey` in the generated types.
#[derive(Clone)]
pub struct WebhookSecret(SecretString);

impl WebhookSecret {
    /// The secret as the dashboard shows it.
    pub fn new(secret: impl Into<String>) -> Self {
        WebhookSecret(SecretString::from(secret.into()))
    }

    /// The secret's text (Base64). Keep it out of logs.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// A verifier for deliveries signed with this secret.
    pub fn verifier(&self) -> Result<Verifier, WebhookError> {
        Verifier::new(self.expose())
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret([redacted])")
    }
}

impl fmt::Display for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl FromStr for WebhookSecret {
    type Err = std::convert::Infallible;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(WebhookSecret::new(text))
    }
}

impl PartialEq for WebhookSecret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Serialize for WebhookSecret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for WebhookSecret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(WebhookSecret::new)
    }
}

impl schemars::JsonSchema for WebhookSecret {
    fn schema_name() -> String {
        "WebhookSecret".to_owned()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(generator)
    }
}

/// The key: the secret decoded from Base64. Padding is optional, as some
/// copies of the secret lose it.
fn key(secret: &str) -> Result<Key, WebhookError> {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let bytes = engine.decode(secret.trim()).map_err(|e| {
        // base64's own message quotes the offending character: say where.
        WebhookError::SecretNotBase64(match e {
            base64::DecodeError::InvalidByte(at, _) => {
                format!("a character at offset {at} is not Base64")
            }
            base64::DecodeError::InvalidLength(length) => {
                format!("{length} characters is not a Base64 length")
            }
            base64::DecodeError::InvalidLastSymbol(at, _) => {
                format!("the character at offset {at} ends it wrongly")
            }
            base64::DecodeError::InvalidPadding => "its padding is wrong".to_owned(),
        })
    })?;
    if bytes.is_empty() {
        return Err(WebhookError::EmptySecret);
    }
    Ok(std::sync::Arc::new(SecretBox::new(Box::new(bytes))))
}

/// A webhook's key, shared by clones of a verifier or signer.
type Key = std::sync::Arc<SecretBox<Vec<u8>>>;

/// HMAC-SHA256 over `v1:{timestamp}:{body}`.
fn mac(key: &Key, timestamp: &str, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose_secret())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(SCHEME.as_bytes());
    mac.update(b":");
    mac.update(timestamp.as_bytes());
    mac.update(b":");
    mac.update(body);
    mac
}

/// Checks webhook deliveries against one webhook's secret.
///
/// `Debug` shows the tolerance only.
#[derive(Clone)]
pub struct Verifier {
    key: Key,
    tolerance: Duration,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("key", &"[redacted]")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl Verifier {
    /// A verifier for `secret`, the webhook's secret as the dashboard shows
    /// it (Base64). Errors with [`WebhookError::SecretNotBase64`].
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        Ok(Verifier {
            key: key(secret)?,
            tolerance: DEFAULT_TOLERANCE,
        })
    }

    /// How far a timestamp may be from now, either way (default 300 s).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Verifies a delivery from its `X-Samsara-Timestamp` and
    /// `X-Samsara-Signature` values and its raw body, at the current time,
    /// and returns the parsed event.
    pub fn verify(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<Event, WebhookError> {
        self.verify_at(timestamp, signature, body, Utc::now())
    }

    /// [`verify`](Self::verify) with the headers taken from `headers`
    /// (any framework built on the `http` crate: axum, hyper, actix's
    /// `http` types, reqwest).
    pub fn verify_headers(
        &self,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Event, WebhookError> {
        let header = |name: &'static str| {
            let value = headers.get(name).ok_or(WebhookError::MissingHeader(name))?;
            value.to_str().map_err(|_| match name {
                TIMESTAMP_HEADER => WebhookError::MalformedTimestamp(
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                ),
                _ => WebhookError::MalformedSignature(
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                ),
            })
        };
        self.verify(header(TIMESTAMP_HEADER)?, header(SIGNATURE_HEADER)?, body)
    }

    /// [`verify`](Self::verify) as of `now`.
    pub fn verify_at(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Event, WebhookError> {
        self.authenticate_at(timestamp, signature, body, now)?;
        serde_json::from_slice(body).map_err(|e| WebhookError::Envelope(e.to_string()))
    }

    /// The checks of [`verify_at`](Self::verify_at) without parsing the
    /// body: for a body of another shape (the legacy 1.0 envelope
    /// `{eventId, eventMs, eventType, event}`).
    pub fn authenticate_at(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
        now: DateTime<Utc>,
    ) -> Result<(), WebhookError> {
        let timestamp = timestamp.trim();
        if timestamp.is_empty() {
            return Err(WebhookError::MissingHeader(TIMESTAMP_HEADER));
        }
        let signed_at: i64 = match timestamp.bytes().all(|b| b.is_ascii_digit()) {
            true => timestamp.parse().ok(),
            false => None,
        }
        .ok_or_else(|| WebhookError::MalformedTimestamp(timestamp.to_owned()))?;
        let digests = v1_digests(signature)?;
        let expected = mac(&self.key, timestamp, body);
        // `verify_slice` compares in constant time.
        if !digests
            .iter()
            .any(|digest| expected.clone().verify_slice(digest).is_ok())
        {
            return Err(WebhookError::SignatureMismatch);
        }
        let tolerance_seconds = self.tolerance.as_secs();
        let age = now.timestamp().saturating_sub(signed_at);
        let limit = i64::try_from(tolerance_seconds).unwrap_or(i64::MAX);
        if age > limit {
            return Err(WebhookError::Stale {
                age_seconds: age,
                tolerance_seconds,
            });
        }
        if -age > limit {
            return Err(WebhookError::Future {
                ahead_seconds: -age,
                tolerance_seconds,
            });
        }
        Ok(())
    }
}

/// The `v1` digests of a signature header: `v1=<hex>`, or several
/// separated by commas (as during a secret's rotation).
fn v1_digests(header: &str) -> Result<Vec<Vec<u8>>, WebhookError> {
    let header = header.trim();
    if header.is_empty() {
        return Err(WebhookError::MissingHeader(SIGNATURE_HEADER));
    }
    let mut digests = Vec::new();
    let mut other = None;
    for entry in header.split(',').map(str::trim) {
        let Some((scheme, value)) = entry.split_once('=') else {
            return Err(WebhookError::MalformedSignature(header.to_owned()));
        };
        let (scheme, value) = (scheme.trim(), value.trim());
        if scheme != SCHEME {
            other.get_or_insert_with(|| scheme.to_owned());
            continue;
        }
        match hex::decode(value) {
            Ok(digest) if digest.len() == 32 => digests.push(digest),
            _ => return Err(WebhookError::MalformedSignature(header.to_owned())),
        }
    }
    match (digests.is_empty(), other) {
        (false, _) => Ok(digests),
        (true, Some(scheme)) => Err(WebhookError::UnsupportedScheme(scheme)),
        (true, None) => Err(WebhookError::MalformedSignature(header.to_owned())),
    }
}

/// Signs deliveries as Samsara does: for tests of your receiver, and for
/// the fake server (`samsara-mock`). `Debug` shows no key.
#[derive(Clone)]
pub struct Signer {
    key: Key,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Signer { key: [redacted] }")
    }
}

impl Signer {
    /// A signer for `secret`, as the dashboard shows it (Base64).
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        Ok(Signer { key: key(secret)? })
    }

    /// The `X-Samsara-Signature` value for `body` sent at `timestamp`
    /// (Unix seconds): `v1=` and 64 lowercase hex digits.
    pub fn sign(&self, timestamp: i64, body: &[u8]) -> String {
        let digest = mac(&self.key, &timestamp.to_string(), body)
            .finalize()
            .into_bytes();
        format!("{SCHEME}={}", hex::encode(digest))
    }

    /// The headers Samsara sends with `body` at `timestamp`: timestamp,
    /// signature, event type, a request id, `Content-Type`.
    pub fn headers(
        &self,
        timestamp: i64,
        body: &[u8],
        event_type: &WebhookEventType,
    ) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        let mut put = |name: &'static str, value: String| {
            if let Ok(value) = http::HeaderValue::from_str(&value) {
                headers.insert(name, value);
            }
        };
        put(TIMESTAMP_HEADER, timestamp.to_string());
        put(SIGNATURE_HEADER, self.sign(timestamp, body));
        put(EVENT_TYPE_HEADER, event_type.to_string());
        put(REQUEST_HEADER, uuid_v4());
        put("content-type", "application/json".to_owned());
        headers
    }
}

/// A random UUID (version 4) in its text form.
fn uuid_v4() -> String {
    let mut bytes: [u8; 16] = rand::random();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A Webhooks 2.0 event: the envelope typed, `data` kept raw.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// The event's id (a UUID): the same in a repeated delivery, so a
    /// receiver can drop repeats by it.
    pub event_id: String,
    /// When the event happened (UTC).
    pub event_time: DateTime<Utc>,
    /// The event's type; open, as Samsara adds types without notice.
    pub event_type: WebhookEventType,
    /// The organisation's id, as text (Samsara sends a number).
    #[serde(deserialize_with = "text_or_number")]
    pub org_id: String,
    /// The id of the webhook that delivered it (as text, also when sent as
    /// a number).
    #[serde(deserialize_with = "text_or_number")]
    pub webhook_id: String,
    /// The event's data, as received. For `WorkOrderCreatedOrChanged` its
    /// shape is documented nowhere: read what you need with
    /// [`data_as`](Self::data_as), or treat the event as a signal to sync.
    pub data: Box<serde_json::value::RawValue>,
}

impl Event {
    /// `data` decoded as `T`.
    pub fn data_as<T: serde::de::DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(self.data.get())
    }
}

/// A JSON string or number, as text.
fn text_or_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(serde_json::Number),
    }
    Ok(match Id::deserialize(deserializer)? {
        Id::Text(text) => text,
        Id::Number(number) => number.to_string(),
    })
}
