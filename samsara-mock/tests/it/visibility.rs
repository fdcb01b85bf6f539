//! Late-visible writes (`MockConfig::visibility_delay`): a write is stamped
//! with the time it is made and answered at once, but streams, lists and
//! lookups serve the previous version until the delay has passed; a cursor
//! that passed the write's `updatedAtTime` meanwhile never serves it.

use crate::common;

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{Harness, enc, quiet};
use reqwest::Method;
use serde_json::{Value, json};

const Q: &str = "getQualificationRecordsStream";
const W: &str = "streamWorkOrders";
const DOC_ID: &str = "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7";
const DELAY: Duration = Duration::from_millis(300);

fn at(v: &Value) -> DateTime<Utc> {
    v["updatedAtTime"].as_str().unwrap().parse().unwrap()
}

fn rfc3339(t: DateTime<Utc>) -> String {
    enc(&t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
}

/// The work-order stream over `[start, end)` (a feed without `end`).
fn orders(start: DateTime<Utc>, end: Option<DateTime<Utc>>) -> String {
    let end = end.map_or_else(String::new, |e| format!("&endTime={}", rfc3339(e)));
    format!(
        "/maintenance/work-orders/stream?startTime={}{end}",
        rfc3339(start)
    )
}

/// The worker qualification-record stream from `start`, deleted ones too
/// when `deleted`.
fn records(start: DateTime<Utc>, deleted: bool) -> String {
    format!(
        "/qualification-records/stream?entityType=worker&startTime={}&includeDeleted={deleted}",
        rfc3339(start)
    )
}

fn find<'a>(items: &'a [Value], id: &str) -> Option<&'a Value> {
    items.iter().find(|i| i["id"] == id)
}

/// `GET /qualification-records?ids=raw`: the ids served.
async fn lookup(h: &Harness, raw: &str) -> Vec<String> {
    h.get(
        "getQualificationRecords",
        &format!("/qualification-records?ids={}", enc(raw)),
    )
    .await
    .ids()
}

/// Sleeps past the fixed delay of these tests.
async fn past_the_delay() {
    tokio::time::sleep(DELAY + Duration::from_millis(100)).await;
}

#[tokio::test]
async fn a_created_work_order_shows_in_a_window_only_after_the_delay_stamped_when_written() {
    let h = Harness::start(quiet(10).visibility_delay(DELAY)).await;
    let t0 = Utc::now();
    let created = h
        .call(
            "postWorkOrders",
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": "a100", "description": "late"})),
        )
        .await;
    assert_eq!(created.status, 200, "{}", created.text);
    let id = created.json["data"]["id"].as_str().unwrap().to_owned();
    let written = at(&created.json["data"]);
    let t1 = Utc::now();

    // The window [t0, t1), read at once: the create is not visible yet.
    let window = orders(t0, Some(t1));
    assert!(h.drain(W, &window).await.is_empty(), "not visible yet");
    assert!(h.drain(W, &orders(t0, None)).await.is_empty(), "feed too");
    let listed = h
        .get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={id}"),
        )
        .await;
    assert!(listed.data().is_empty(), "nor listed");
    past_the_delay().await;
    // The same window, read again: the create is there, stamped when it was
    // written (inside the window that first came back without it).
    let again = h.drain(W, &window).await;
    let order = find(&again, &id).expect("visible after the delay");
    assert_eq!(at(order), written);
    assert!(t0 <= written && written < t1, "{t0} <= {written} < {t1}");
    assert_eq!(order["description"], "late");
    assert_eq!(
        h.get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={id}")
        )
        .await
        .ids(),
        [id.as_str()]
    );
}

#[tokio::test]
async fn a_patched_work_order_reads_as_its_previous_version_until_the_delay_has_passed() {
    let h = Harness::start(quiet(10).visibility_delay(DELAY)).await;
    let since = "2020-01-01T00:00:00Z".parse().unwrap();
    let before = h.drain(W, &orders(since, None)).await;
    let old = find(&before, "3").unwrap().clone();
    let patched = h
        .call(
            "patchWorkOrders",
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": "3", "description": "new"})),
        )
        .await;
    assert_eq!(
        patched.json["data"]["description"], "new",
        "answered at once"
    );

    let during = h.drain(W, &orders(since, None)).await;
    assert_eq!(during, before, "the previous version, in its place");
    let listed = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=3")
        .await;
    assert_eq!(listed.data()[0], old);

    past_the_delay().await;
    let after = h.drain(W, &orders(since, None)).await;
    assert_eq!(after.len(), before.len(), "moved, not copied");
    let last = after.last().unwrap();
    assert_eq!(
        (last["id"].as_str(), &last["description"]),
        (Some("3"), &json!("new"))
    );
    assert_eq!(at(last), at(&patched.json["data"]));
}

#[tokio::test]
async fn qualification_record_writes_show_late_in_the_stream_and_the_lookup() {
    let h = Harness::start(quiet(10).visibility_delay(DELAY)).await;
    let t0 = Utc::now();
    let body = json!({
        "issueDate": "2025-08-27T10:20:30Z",
        "owner": {"entityType": "worker", "id": "281474"},
        "qualificationType": {"id": DOC_ID},
        "fields": [],
        "externalIds": {"hr": "LATE1"},
    });
    let created = h
        .call(
            "postQualificationRecord",
            Method::POST,
            "/qualification-records",
            Some(&body),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.json["data"]["id"].as_str().unwrap().to_owned();
    assert!(h.drain(Q, &records(t0, true)).await.is_empty());
    assert!(lookup(&h, &id).await.is_empty(), "by id");
    assert!(lookup(&h, "hr:LATE1").await.is_empty(), "by external id");
    past_the_delay().await;
    assert_eq!(h.drain(Q, &records(t0, true)).await.len(), 1);
    assert_eq!(lookup(&h, "hr:LATE1").await, [id.as_str()]);

    // Archive, then delete: each shows the previous status until it is visible.
    let status = |items: Vec<Value>| -> Option<String> {
        find(&items, &id).map(|r| r["recordStatus"].as_str().unwrap().to_owned())
    };
    let archive = h
        .call(
            "archiveQualificationRecord",
            Method::POST,
            "/qualification-records/archive",
            Some(&json!({"id": id})),
        )
        .await;
    assert_eq!(archive.status, 200, "{}", archive.text);
    assert_eq!(
        status(h.drain(Q, &records(t0, false)).await).as_deref(),
        Some("active")
    );
    past_the_delay().await;
    assert_eq!(
        status(h.drain(Q, &records(t0, false)).await).as_deref(),
        Some("archived")
    );

    let deleted = h
        .call(
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
            Some(&json!({"id": id})),
        )
        .await;
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    let t_delete = Utc::now();
    assert_eq!(
        status(h.drain(Q, &records(t0, false)).await).as_deref(),
        Some("archived")
    );
    assert_eq!(lookup(&h, &id).await, [id.as_str()], "not deleted yet");
    // Writers see the delete at once: a second one is a 404.
    let twice = h
        .call(
            "deleteQualificationRecord",
            Method::DELETE,
            "/qualification-records",
            Some(&json!({"id": id})),
        )
        .await;
    assert_eq!(twice.status, 404);
    past_the_delay().await;
    assert_eq!(status(h.drain(Q, &records(t0, false)).await), None);
    let with_deleted = h.drain(Q, &records(t0, true)).await;
    let record = find(&with_deleted, &id).unwrap();
    assert_eq!(record["recordStatus"], "deleted");
    assert!(at(record) < t_delete, "stamped when deleted");
    assert!(lookup(&h, &id).await.is_empty());
}

#[tokio::test]
async fn work_orders_deleted_in_bulk_disappear_after_the_delay_and_at_once_for_writers() {
    let delay = Duration::from_secs(1);
    let h = Harness::start(quiet(60).visibility_delay(delay)).await;
    let since = "2020-01-01T00:00:00Z".parse().unwrap();
    let doomed: Vec<String> = (1..=40).map(|i| i.to_string()).collect();
    let started = Instant::now();
    let deletes = doomed.iter().map(|id| {
        let (h, path) = (&h, format!("/maintenance/work-orders?id={id}"));
        async move {
            h.call("deleteWorkOrders", Method::DELETE, &path, None)
                .await
        }
    });
    let statuses: Vec<u16> = futures::future::join_all(deletes)
        .await
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, vec![204; 40]);

    // Readers still see all 60; writers see 20.
    let listed = h.drain("getWorkOrders", "/maintenance/work-orders").await;
    let streamed = h.drain(W, &orders(since, None)).await;
    assert!(
        started.elapsed() < delay,
        "the deletes and reads took longer than the delay ({:?})",
        started.elapsed()
    );
    assert_eq!((listed.len(), streamed.len()), (60, 60));
    for id in ["1", "40"] {
        let again = h
            .call(
                "deleteWorkOrders",
                Method::DELETE,
                &format!("/maintenance/work-orders?id={id}"),
                None,
            )
            .await;
        assert_eq!(again.status, 404, "{id} is gone for writers");
        let patch = h
            .call(
                "patchWorkOrders",
                Method::PATCH,
                "/maintenance/work-orders",
                Some(&json!({"id": id, "description": "x"})),
            )
            .await;
        assert_eq!(patch.status, 404);
    }

    h.server.wait_until_visible().await;
    let listed = h.drain("getWorkOrders", "/maintenance/work-orders").await;
    let streamed = h.drain(W, &orders(since, None)).await;
    let ids = |items: &[Value]| -> Vec<String> {
        let mut ids: Vec<String> = items
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort_by_key(|id| id.parse::<u64>().unwrap());
        ids
    };
    let kept: Vec<String> = (41..=60).map(|i| i.to_string()).collect();
    assert_eq!(ids(&listed), kept);
    assert_eq!(ids(&streamed), kept, "no tombstones in the stream");
    let by_ids = h
        .get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={}", doomed.join(",")),
        )
        .await;
    assert!(by_ids.data().is_empty());
}

#[tokio::test]
async fn a_cursor_that_passed_a_late_write_never_serves_it_a_window_read_again_does() {
    // Seed 120 draws, from 0..=1 s, 951 ms for the first write and 91 ms for
    // the second: the second is visible long before the first.
    let h = Harness::start(
        quiet(10)
            .seed(120)
            .visibility_delay(Duration::ZERO..=Duration::from_secs(1)),
    )
    .await;
    let t0 = Utc::now();
    for id in ["1", "2"] {
        let r = h
            .call(
                "patchWorkOrders",
                Method::PATCH,
                "/maintenance/work-orders",
                Some(&json!({"id": id, "description": "moved"})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let feed = h.get(W, &orders(t0, None)).await;
    assert_eq!(
        feed.ids(),
        ["2"],
        "seed 120: the second write visible, the first not yet"
    );
    assert!(!feed.has_next() && !feed.cursor().is_empty(), "caught up");
    let cursor = feed.cursor().to_owned();

    h.server.wait_until_visible().await;
    // The walk goes on from after "2": "1", stamped before it, is not served.
    let next = h
        .get(W, &format!("{}&after={cursor}", orders(t0, None)))
        .await;
    assert!(next.data().is_empty(), "{}", next.text);
    // The window asked again from its start has both, in stamp order.
    let again = h.drain(W, &orders(t0, None)).await;
    assert_eq!(
        again
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["1", "2"]
    );
    assert!(at(&again[0]) < at(&again[1]));
}

#[tokio::test]
async fn without_a_delay_every_write_is_visible_at_once() {
    let h = Harness::start(quiet(10)).await;
    assert!(h.server.config().visibility_delay.is_none());
    let t0 = Utc::now();
    let created = h
        .call(
            "postWorkOrders",
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": "a100"})),
        )
        .await;
    let id = created.json["data"]["id"].as_str().unwrap().to_owned();
    assert_eq!(h.get(W, &orders(t0, None)).await.ids(), [id.as_str()]);
    let started = Instant::now();
    h.server.wait_until_visible().await;
    assert!(started.elapsed() < Duration::from_millis(50));
}

#[tokio::test]
async fn wait_until_visible_waits_for_the_slowest_write() {
    let h = Harness::start(
        quiet(10).visibility_delay(Duration::from_millis(100)..=Duration::from_millis(500)),
    )
    .await;
    let t0 = Utc::now();
    for i in 1..=5 {
        let r = h
            .call(
                "patchWorkOrders",
                Method::PATCH,
                "/maintenance/work-orders",
                Some(&json!({"id": i.to_string(), "description": "moved"})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    assert!(
        h.drain(W, &orders(t0, None)).await.is_empty(),
        "none under 100 ms"
    );
    h.server.wait_until_visible().await;
    assert_eq!(h.drain(W, &orders(t0, None)).await.len(), 5);
}

#[test]
fn the_binary_takes_a_visibility_delay_in_milliseconds() {
    use std::process::Command;
    let refused = Command::new(env!("CARGO_BIN_EXE_samsara-mock"))
        .args(["--addr", "127.0.0.1:0", "--visibility-delay-ms", "500-100"])
        .output()
        .expect("run samsara-mock");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("visibility-delay-ms"));

    let (mut child, url) = common::spawn_binary(&[
        "--records",
        "3",
        "--no-rate-limits",
        "--visibility-delay-ms",
        "400",
    ]);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (during, after) = runtime.block_on(async {
        let http = reqwest::Client::new();
        let count = || async {
            let page: Value = http
                .get(format!("{url}/maintenance/work-orders"))
                .bearer_auth("test-token")
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            page["data"].as_array().unwrap().len()
        };
        let created = http
            .post(format!("{url}/maintenance/work-orders"))
            .bearer_auth("test-token")
            .json(&json!({"assetId": "a100"}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 200);
        let during = count().await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        (during, count().await)
    });
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!((during, after), (5, 6), "5 seeded, then the created one");
}
