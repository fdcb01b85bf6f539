//! `samsara::webhook`: the v1 signature exactly as Samsara computes it,
//! checked against a digest computed outside this crate (Python's `hmac`),
//! and each way a delivery can be wrong, by the check that catches it.

use chrono::{DateTime, TimeZone, Utc};
use samsara::types::WebhookEventType;
use samsara::webhook::{Signer, Verifier, WebhookError};

/// The dashboard's secret for the key `secret-key-of-the-webhook`.
const SECRET: &str = "c2VjcmV0LWtleS1vZi10aGUtd2ViaG9vaw==";
const BODY: &str = r#"{"eventId":"8f7c3f52-5a3e-4b8e-9d55-1f0e6c1f8a10","eventTime":"2026-12-01T10:00:00Z","eventType":"WorkOrderCreatedOrChanged","orgId":20936,"webhookId":"23918","data":{"id":"wo-1"}}"#;
const TIMESTAMP: &str = "1796119200"; // 2026-12-01T10:00:00Z
/// `hmac.new(base64.b64decode(SECRET), b"v1:" + TIMESTAMP + b":" + BODY,
/// hashlib.sha256).hexdigest()`, computed with Python 3.11.
const SIGNATURE: &str = "v1=4a6708428e1612f2ed4c0ef8134ca3952c55c13b68b880abb38dd81a6560b5cb";

fn signed_at() -> DateTime<Utc> {
    Utc.timestamp_opt(1_796_119_200, 0).unwrap()
}

fn verify(
    timestamp: &str,
    signature: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), WebhookError> {
    Verifier::new(SECRET)?
        .verify_at(timestamp, signature, body.as_bytes(), now)
        .map(|_| ())
}

#[test]
fn a_delivery_signed_as_samsara_signs_verifies_and_parses() {
    let event = Verifier::new(SECRET)
        .unwrap()
        .verify_at(TIMESTAMP, SIGNATURE, BODY.as_bytes(), signed_at())
        .unwrap();
    assert_eq!(event.event_id, "8f7c3f52-5a3e-4b8e-9d55-1f0e6c1f8a10");
    assert_eq!(
        event.event_type,
        WebhookEventType::WorkOrderCreatedOrChanged
    );
    assert_eq!(event.org_id, "20936");
    assert_eq!(event.webhook_id, "23918");
    assert_eq!(event.event_time, signed_at());
    assert_eq!(event.data.get(), r#"{"id":"wo-1"}"#);
    let data: serde_json::Value = event.data_as().unwrap();
    assert_eq!(data["id"], "wo-1");
}

#[test]
fn the_signer_computes_the_same_digest_as_an_independent_hmac() {
    let signer = Signer::new(SECRET).unwrap();
    assert_eq!(signer.sign(1_796_119_200, BODY.as_bytes()), SIGNATURE);
}

#[test]
fn each_wrong_delivery_fails_the_check_that_catches_it() {
    let at = signed_at();
    let one_byte_changed = BODY.replace("wo-1", "wo-2");
    let other_secret = Signer::new("b3RoZXIta2V5")
        .unwrap()
        .sign(1_796_119_200, BODY.as_bytes());
    let cases: Vec<(&str, Result<(), WebhookError>, WebhookError)> = vec![
        (
            "body changed by one byte",
            verify(TIMESTAMP, SIGNATURE, &one_byte_changed, at),
            WebhookError::SignatureMismatch,
        ),
        (
            "timestamp changed",
            verify("1796119201", SIGNATURE, BODY, at),
            WebhookError::SignatureMismatch,
        ),
        (
            "signed with another webhook's secret",
            verify(TIMESTAMP, &other_secret, BODY, at),
            WebhookError::SignatureMismatch,
        ),
        (
            "stale: 301 s old",
            verify(
                TIMESTAMP,
                SIGNATURE,
                BODY,
                at + chrono::Duration::seconds(301),
            ),
            WebhookError::Stale {
                age_seconds: 301,
                tolerance_seconds: 300,
            },
        ),
        (
            "too far in the future: 301 s ahead",
            verify(
                TIMESTAMP,
                SIGNATURE,
                BODY,
                at - chrono::Duration::seconds(301),
            ),
            WebhookError::Future {
                ahead_seconds: 301,
                tolerance_seconds: 300,
            },
        ),
        (
            "timestamp header missing",
            verify("", SIGNATURE, BODY, at),
            WebhookError::MissingHeader("X-Samsara-Timestamp"),
        ),
        (
            "signature header missing",
            verify(TIMESTAMP, "", BODY, at),
            WebhookError::MissingHeader("X-Samsara-Signature"),
        ),
        (
            "timestamp in milliseconds: the signature covers the header's text, so it does not match",
            verify("1796119200000", SIGNATURE, BODY, at),
            WebhookError::SignatureMismatch,
        ),
        (
            "timestamp not a number",
            verify("2026-12-01T10:00:00Z", SIGNATURE, BODY, at),
            WebhookError::MalformedTimestamp("2026-12-01T10:00:00Z".into()),
        ),
        (
            "signature without a scheme",
            verify(TIMESTAMP, &SIGNATURE[3..], BODY, at),
            WebhookError::MalformedSignature(SIGNATURE[3..].into()),
        ),
        (
            "signature cut short",
            verify(TIMESTAMP, &SIGNATURE[..40], BODY, at),
            WebhookError::MalformedSignature(SIGNATURE[..40].into()),
        ),
        (
            "signature not hex",
            verify(TIMESTAMP, &SIGNATURE.replace('a', "z"), BODY, at),
            WebhookError::MalformedSignature(SIGNATURE.replace('a', "z")),
        ),
        (
            "spaces around the scheme and digest are tolerated, a changed digest is not",
            verify(
                TIMESTAMP,
                &SIGNATURE.replace("v1=", " v1 = ").replace("4a67", "4a68"),
                BODY,
                at,
            ),
            WebhookError::SignatureMismatch,
        ),
        (
            "another scheme prefix",
            verify(TIMESTAMP, &SIGNATURE.replace("v1=", "v0="), BODY, at),
            WebhookError::UnsupportedScheme("v0".into()),
        ),
        (
            "a Base64 digest, as the .NET SDK once expected",
            verify(
                TIMESTAMP,
                "v1=SmcIQo4WEvLtTA74E0yjlSxVwTtouICrs43YGmVgtcs=",
                BODY,
                at,
            ),
            WebhookError::MalformedSignature(
                "v1=SmcIQo4WEvLtTA74E0yjlSxVwTtouICrs43YGmVgtcs=".into(),
            ),
        ),
    ];
    for (case, got, expected) in cases {
        assert_eq!(got, Err(expected), "{case}");
    }
}

#[test]
fn the_tolerance_bounds_are_inclusive_and_configurable() {
    let at = signed_at();
    assert_eq!(
        verify(
            TIMESTAMP,
            SIGNATURE,
            BODY,
            at + chrono::Duration::seconds(300)
        ),
        Ok(())
    );
    assert_eq!(
        verify(
            TIMESTAMP,
            SIGNATURE,
            BODY,
            at - chrono::Duration::seconds(300)
        ),
        Ok(())
    );
    let strict = Verifier::new(SECRET)
        .unwrap()
        .tolerance(std::time::Duration::from_secs(10));
    let late = strict.verify_at(
        TIMESTAMP,
        SIGNATURE,
        BODY.as_bytes(),
        at + chrono::Duration::seconds(11),
    );
    assert!(matches!(
        late,
        Err(WebhookError::Stale {
            age_seconds: 11,
            tolerance_seconds: 10
        })
    ));
}

#[test]
fn a_rotation_header_with_several_signatures_verifies_when_one_matches() {
    let old = Signer::new("b3RoZXIta2V5")
        .unwrap()
        .sign(1_796_119_200, BODY.as_bytes());
    let both = format!("{old},{SIGNATURE}");
    assert_eq!(verify(TIMESTAMP, &both, BODY, signed_at()), Ok(()));
    let with_other_scheme = format!("v0=abc, {SIGNATURE}");
    assert_eq!(
        verify(TIMESTAMP, &with_other_scheme, BODY, signed_at()),
        Ok(())
    );
}

#[test]
fn a_secret_that_is_not_base64_is_refused_without_showing_it() {
    let err = Verifier::new("not base64!*").unwrap_err();
    assert!(matches!(err, WebhookError::SecretNotBase64(_)), "{err:?}");
    assert!(!err.to_string().contains("not base64!*"), "{err}");
    // The dashboard's text itself, not Base64-decoded, is what the broken
    // SDKs used as the key: it does not verify.
    let raw_key = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        SECRET.as_bytes(),
    );
    assert_eq!(
        Verifier::new(&raw_key)
            .unwrap()
            .verify_at(TIMESTAMP, SIGNATURE, BODY.as_bytes(), signed_at())
            .map(|_| ()),
        Err(WebhookError::SignatureMismatch)
    );
    // An empty secret would make a key of no bytes, which accepts a forgery
    // signed with no key.
    for empty in ["", "   ", "\n"] {
        assert_eq!(Verifier::new(empty).unwrap_err(), WebhookError::EmptySecret);
        assert_eq!(Signer::new(empty).unwrap_err(), WebhookError::EmptySecret);
    }
    // The message says where the secret is wrong, never what it holds.
    let err = Verifier::new("c2Vj$mV0").unwrap_err().to_string();
    assert!(
        err.contains("offset 4") && !err.contains('$') && !err.contains("36"),
        "{err}"
    );
    // Padding lost in a copy still decodes to the same key.
    assert_eq!(
        Verifier::new(SECRET.trim_end_matches('='))
            .unwrap()
            .verify_at(TIMESTAMP, SIGNATURE, BODY.as_bytes(), signed_at())
            .map(|_| ()),
        Ok(())
    );
}

#[test]
fn an_authentic_body_that_is_not_an_envelope_is_its_own_error() {
    let body = br#"{"eventId":"1","eventMs":1796119200000,"eventType":"Ping","event":{}}"#;
    let signature = Signer::new(SECRET).unwrap().sign(1_796_119_200, body);
    let verifier = Verifier::new(SECRET).unwrap();
    let err = verifier
        .verify_at(TIMESTAMP, &signature, body, signed_at())
        .unwrap_err();
    assert!(matches!(err, WebhookError::Envelope(_)), "{err:?}");
    // The legacy 1.0 envelope is authenticated without being parsed.
    assert_eq!(
        verifier.authenticate_at(TIMESTAMP, &signature, body, signed_at()),
        Ok(())
    );
}

#[test]
fn headers_from_an_http_header_map_verify_and_missing_ones_are_named() {
    let now = Utc::now().timestamp();
    let signer = Signer::new(SECRET).unwrap();
    let headers = signer.headers(
        now,
        BODY.as_bytes(),
        &WebhookEventType::WorkOrderCreatedOrChanged,
    );
    let verifier = Verifier::new(SECRET).unwrap();
    let event = verifier.verify_headers(&headers, BODY.as_bytes()).unwrap();
    assert_eq!(event.webhook_id, "23918");
    assert_eq!(headers["X-Samsara-Event-Type"], "WorkOrderCreatedOrChanged");
    assert_eq!(headers["X-Samsara-Request"].len(), 36, "a UUID");
    for name in ["X-Samsara-Timestamp", "X-Samsara-Signature"] {
        let mut without = headers.clone();
        without.remove(name);
        assert_eq!(
            verifier
                .verify_headers(&without, BODY.as_bytes())
                .map(|_| ()),
            Err(WebhookError::MissingHeader(name))
        );
    }
}

#[test]
fn an_unknown_event_type_is_kept_as_received() {
    let body = BODY.replace("WorkOrderCreatedOrChanged", "AssetTeleported");
    let now = Utc::now().timestamp();
    let signature = Signer::new(SECRET).unwrap().sign(now, body.as_bytes());
    let event = Verifier::new(SECRET)
        .unwrap()
        .verify(&now.to_string(), &signature, body.as_bytes())
        .unwrap();
    assert_eq!(
        event.event_type,
        WebhookEventType::Other("AssetTeleported".into())
    );
}

#[test]
fn no_secret_appears_in_debug_or_errors() {
    let verifier = Verifier::new(SECRET).unwrap();
    let signer = Signer::new(SECRET).unwrap();
    let secret = samsara::webhook::WebhookSecret::new(SECRET);
    let key = "secret-key-of-the-webhook";
    for shown in [
        format!("{verifier:?}"),
        format!("{signer:?}"),
        format!("{secret:?}"),
        format!("{secret}"),
        format!("{:?}", verify(TIMESTAMP, "v1=00", BODY, signed_at())),
    ] {
        assert!(!shown.contains(SECRET) && !shown.contains(key), "{shown}");
    }
    assert_eq!(secret.expose(), SECRET);
    let webhook: samsara::types::Webhook = serde_json::from_value(serde_json::json!({
        "id": "23918", "name": "n", "url": "https://example.com/hook",
        "version": "2024-02-27", "secretKey": SECRET
    }))
    .unwrap();
    assert!(!format!("{webhook:?}").contains(SECRET));
    assert_eq!(webhook.secret_key.expose(), SECRET);
}

#[tokio::test]
async fn a_webhook_secret_in_a_body_an_error_keeps_is_redacted() {
    use futures::StreamExt;
    use samsara::Paginate;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let odd = serde_json::json!({"id": "1", "name": null, "url": "https://example.com/h",
        "version": "2024-02-27", "secretKey": SECRET});
    Mock::given(method("POST"))
        .and(path("/webhooks"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&odd))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/webhooks"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "data": [odd], "pagination": {"endCursor": "", "hasNextPage": false}})))
        .mount(&server)
        .await;
    let client = crate::common::quick_client("t", &server.uri())
        .build()
        .unwrap();
    let create = samsara::types::WebhookCreate::builder()
        .name("n")
        .url("https://example.com/h");
    let err = client
        .post_webhooks()
        .body(create)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, samsara::Error::UnreadableSuccess { .. }),
        "{err:?}"
    );
    let mut items = client.list_webhooks().items();
    let record = items.next().await.unwrap().unwrap_err();
    assert!(matches!(record, samsara::Error::Record(_)), "{record:?}");
    for shown in [
        format!("{err:?}"),
        format!("{record:?}"),
        err.to_string(),
        record.to_string(),
    ] {
        assert!(!shown.contains(SECRET), "{shown}");
    }
    assert!(format!("{err:?}").contains("[redacted]"));
}
