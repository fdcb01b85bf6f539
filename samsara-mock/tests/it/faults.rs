//! Fault injection: 5xx with plain-text bodies, 429s, delays and bodies cut
//! short; reproducible by seed; a faulted request never changes state.

use crate::common;

use std::time::{Duration, Instant};

use common::{Harness, quiet, validator};
use samsara_mock::MockConfig;
use serde_json::json;

/// What a client saw.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Ok(u16),
    ServerError(u16),
    RateLimited,
    /// The body ended early (or the connection broke).
    Cut,
}

async fn send(
    h: &Harness,
    op: &str,
    request: reqwest::RequestBuilder,
) -> (Outcome, Option<serde_json::Value>) {
    let response = match request.bearer_auth(h.server.token()).send().await {
        Ok(r) => r,
        Err(_) => return (Outcome::Cut, None),
    };
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let Ok(body) = response.bytes().await else {
        return (Outcome::Cut, None);
    };
    let errors = validator().validate_raw(op, status, content_type.as_deref(), &body);
    assert!(errors.is_empty(), "{errors:?}");
    match status {
        500 | 502 | 503 => {
            assert!(content_type.unwrap().starts_with("text/plain"));
            assert!(
                !body.is_empty() && serde_json::from_slice::<serde_json::Value>(&body).is_err()
            );
            (Outcome::ServerError(status), None)
        }
        429 => {
            assert_eq!(retry_after.as_deref(), Some("0.1"));
            (Outcome::RateLimited, None)
        }
        s => (Outcome::Ok(s), serde_json::from_slice(&body).ok()),
    }
}

#[tokio::test]
async fn faulted_requests_never_change_state() {
    let h = Harness::start(quiet(5).faults(1.0).seed(11)).await;
    let mut outcomes = Vec::new();
    let mut created = 0;
    let mut last_description = None;
    let started = Instant::now();
    for i in 0..20 {
        let (outcome, body) = if i % 2 == 0 {
            let req = h
                .http
                .post(h.url("/maintenance/work-orders"))
                .json(&json!({"assetId": "a100"}));
            send(&h, "postWorkOrders", req).await
        } else {
            let req = h
                .http
                .patch(h.url("/maintenance/work-orders"))
                .json(&json!({"id": "1", "description": format!("d{i}")}));
            send(&h, "patchWorkOrders", req).await
        };
        if outcome == Outcome::Ok(200) {
            // Only the delay fault lets a request through: a slow success, applied.
            assert!(body.unwrap()["data"]["id"].is_string());
            if i % 2 == 0 {
                created += 1;
            } else {
                last_description = Some(format!("d{i}"));
            }
        }
        outcomes.push(outcome);
    }
    assert!(started.elapsed() < Duration::from_secs(20));
    for kind in [Outcome::RateLimited, Outcome::Cut] {
        assert!(outcomes.contains(&kind), "{kind:?} in {outcomes:?}");
    }
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Outcome::ServerError(_))),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&Outcome::Ok(200)), "{outcomes:?}");
    assert_eq!(h.server.stats().faults, 20);

    // Read the state back from a fault-free view: the same server, retried until a clean answer.
    let mut state = None;
    for _ in 0..40 {
        if let (Outcome::Ok(200), Some(body)) = send(
            &h,
            "getWorkOrders",
            h.http.get(h.url("/maintenance/work-orders")),
        )
        .await
        {
            state = Some(body);
            break;
        }
    }
    let state = state.expect("a clean read");
    let orders = state["data"].as_array().unwrap();
    assert_eq!(orders.len(), 5 + created, "only unfaulted creates exist");
    let one = orders.iter().find(|o| o["id"] == "1").unwrap();
    match last_description {
        Some(d) => assert_eq!(one["description"], d.as_str()),
        None => assert_ne!(
            one["description"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .next(),
            Some('d')
        ),
    }
}

async fn sequence(seed: u64) -> Vec<Outcome> {
    let h = Harness::start(quiet(3).faults(0.5).seed(seed)).await;
    let mut out = Vec::new();
    for _ in 0..12 {
        let (o, _) = send(
            &h,
            "getQualificationTypes",
            h.http.get(h.url("/qualification-types?entityType=asset")),
        )
        .await;
        out.push(o);
    }
    out
}

#[tokio::test]
async fn the_fault_sequence_is_reproducible_by_seed() {
    let a = sequence(5).await;
    assert_eq!(a, sequence(5).await);
    assert!(a.iter().any(|o| *o != Outcome::Ok(200)), "{a:?}");
    assert!(a.contains(&Outcome::Ok(200)), "{a:?}");
}

#[tokio::test]
async fn zero_faults_means_none() {
    let h = Harness::start(MockConfig::default().records(3).rate_limits(false)).await;
    for _ in 0..10 {
        assert_eq!(
            h.get("getWorkOrders", "/maintenance/work-orders")
                .await
                .status,
            200
        );
    }
    assert_eq!(h.server.stats().faults, 0);
}
