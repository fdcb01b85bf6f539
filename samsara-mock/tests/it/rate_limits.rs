//! The documented budgets: 5 reads/s per operation, 100 writes/min per
//! operation, 150 requests/s per token; 429 with a fractional `Retry-After`,
//! and a refused request never changes anything.

use crate::common;

use std::time::Duration;

use common::{Harness, quiet};
use reqwest::Method;
use samsara_mock::MockConfig;
use serde_json::json;

fn retry_after(r: &common::Resp) -> f64 {
    let raw = r.header("retry-after").expect("Retry-After on a 429");
    let (whole, frac) = raw.split_once('.').expect("fractional seconds");
    assert!(
        whole.chars().all(|c| c.is_ascii_digit()) && frac.len() == 5,
        "{raw}"
    );
    raw.parse().unwrap()
}

#[tokio::test]
async fn sixth_read_within_a_second_is_429_with_fractional_retry_after() {
    let h = Harness::start(MockConfig::default().records(5)).await;
    let mut statuses = Vec::new();
    let mut limited = None;
    for _ in 0..8 {
        let r = h.get("getWorkOrders", "/maintenance/work-orders").await;
        statuses.push(r.status);
        if r.status == 429 && limited.is_none() {
            limited = Some(r);
        }
    }
    assert_eq!(&statuses[..5], [200; 5]);
    let limited = limited.expect("a 429 within 8 quick reads");
    assert_eq!(limited.message(), "Rate limit exceeded");
    let wait = retry_after(&limited);
    assert!(wait > 0.0 && wait <= 0.2, "{wait}");
    // Other operations have their own budget.
    assert_eq!(
        h.get(
            "streamWorkOrders",
            "/maintenance/work-orders/stream?startTime=2024-01-01T00:00:00Z"
        )
        .await
        .status,
        200
    );
    // Waiting as told is enough.
    tokio::time::sleep(Duration::from_secs_f64(wait) + Duration::from_millis(5)).await;
    assert_eq!(
        h.get("getWorkOrders", "/maintenance/work-orders")
            .await
            .status,
        200
    );
    assert!(h.server.stats().rate_limited >= 1);
}

#[tokio::test]
async fn the_101st_write_in_a_minute_is_refused_and_not_applied() {
    let h = Harness::start(MockConfig::default().records(5)).await;
    let first = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=1")
        .await;
    let original = first.data()[0]["description"].clone();
    let mut last_ok = None;
    let mut refused = None;
    // 100 pass at once; the budget then refills one write per 600 ms, so on a
    // slow machine a write or two more may pass before the first refusal.
    for i in 0..130 {
        let body = json!({"id": "1", "description": format!("write {i}")});
        let r = h
            .call(
                "patchWorkOrders",
                Method::PATCH,
                "/maintenance/work-orders",
                Some(&body),
            )
            .await;
        match r.status {
            200 => last_ok = Some(i),
            429 => {
                refused = Some((i, r));
                break;
            }
            other => panic!("unexpected {other}: {}", r.text),
        }
    }
    let (i, r) = refused.expect("writes past 100 in a minute are refused");
    assert!((100..110).contains(&i), "first refusal at write {i}");
    let wait = retry_after(&r);
    assert!(wait > 0.0 && wait <= 0.6, "{wait}");
    let now = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=1")
        .await;
    assert_ne!(now.data()[0]["description"], original);
    assert_eq!(
        now.data()[0]["description"],
        format!("write {}", last_ok.unwrap()),
        "the refused write left no trace"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_budget_spans_operations() {
    let h = Harness::start(MockConfig::default().records(5)).await;
    // 300 concurrent writes spread over four operations: each stays within
    // its own 100/min, together they pass 150/s for the token (GCRA refills
    // 150/s, so 300 requests within a second must see refusals).
    let body = json!({"id": "no-such-record"});
    let ops = [
        (
            "archiveQualificationRecord",
            Method::POST,
            "/qualification-records/archive",
        ),
        (
            "unarchiveQualificationRecord",
            Method::POST,
            "/qualification-records/unarchive",
        ),
        (
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
        ),
        (
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
        ),
    ];
    let started = std::time::Instant::now();
    let requests = (0..300).map(|i| {
        let (op, method, path) = ops[i % 4].clone();
        h.call(op, method, path, Some(&body))
    });
    let responses = futures::future::join_all(requests).await;
    let elapsed = started.elapsed();
    let limited = responses.iter().filter(|r| r.status == 429).count();
    let not_found = responses.iter().filter(|r| r.status == 404).count();
    eprintln!("{limited} of 300 refused in {elapsed:?}");
    assert_eq!(limited + not_found, 300);
    assert!(not_found >= 150, "{not_found}");
    if elapsed < Duration::from_millis(900) {
        assert!(limited >= 1, "150/s per token ({elapsed:?})");
    }
    assert!(
        responses
            .iter()
            .filter(|r| r.status == 429)
            .all(|r| r.message() == "Rate limit exceeded")
    );
    assert_eq!(h.server.stats().rate_limited, limited as u64);
}

#[tokio::test]
async fn no_rate_limits_turns_them_off() {
    let h = Harness::start(quiet(5)).await;
    for _ in 0..20 {
        assert_eq!(
            h.get("getWorkOrders", "/maintenance/work-orders")
                .await
                .status,
            200
        );
    }
    assert_eq!(h.server.stats().rate_limited, 0);
}
