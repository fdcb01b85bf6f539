//! The streams and lists: order, bounds, filters, cursors, limits, feeds
//! (streams without `endTime`) in both styles, empty pages, and records
//! changed while a stream is being read.

use crate::common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Harness, enc, quiet};
use reqwest::Method;
use samsara_mock::FeedStyle;
use serde_json::{Value, json};

const Q: &str = "getQualificationRecordsStream";
const W: &str = "streamWorkOrders";
const FAR: &str = "2100-01-01T00:00:00Z";

fn at(v: &Value) -> DateTime<Utc> {
    v["updatedAtTime"].as_str().unwrap().parse().unwrap()
}

fn key(v: &Value) -> (DateTime<Utc>, usize, String) {
    let id = v["id"].as_str().unwrap().to_owned();
    (at(v), id.len(), id)
}

fn qstream(entity: &str, extra: &str) -> String {
    format!(
        "/qualification-records/stream?entityType={entity}&startTime=2020-01-01T00:00:00Z{extra}"
    )
}

#[tokio::test]
async fn stream_is_ordered_with_inclusive_start_and_exclusive_end() {
    let h = Harness::start(quiet(60)).await;
    let all = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&includeDeleted=true&limit=7"),
            ),
        )
        .await;
    assert_eq!(all.len(), 36, "3 of every 5 of 60 records are for workers");
    assert!(
        all.windows(2).all(|w| key(&w[0]) < key(&w[1])),
        "sorted by (updatedAtTime, id), no duplicates"
    );

    let pivot = &all[20];
    let t = pivot["updatedAtTime"].as_str().unwrap();
    let from = h.drain(Q, &format!("/qualification-records/stream?entityType=worker&includeDeleted=true&startTime={}&endTime={FAR}", enc(t))).await;
    assert_eq!(
        from.first().map(|r| &r["id"]),
        Some(&pivot["id"]),
        "startTime is inclusive"
    );
    assert_eq!(
        from.len(),
        all.iter().filter(|r| at(r) >= at(pivot)).count()
    );
    let until = h.drain(Q, &format!("/qualification-records/stream?entityType=worker&includeDeleted=true&startTime=2020-01-01T00:00:00Z&endTime={}", enc(t))).await;
    assert!(
        until.iter().all(|r| at(r) < at(pivot)),
        "endTime is exclusive"
    );
    assert_eq!(until.len() + from.len(), all.len());

    // Offsets are accepted and mean the same instant.
    let shifted = (at(pivot))
        .with_timezone(&chrono::FixedOffset::west_opt(4 * 3600).unwrap())
        .to_rfc3339_opts(chrono::SecondsFormat::Nanos, false);
    let same = h.drain(Q, &format!("/qualification-records/stream?entityType=worker&includeDeleted=true&startTime={}&endTime={FAR}", enc(&shifted))).await;
    assert_eq!(same.len(), from.len());
}

#[tokio::test]
async fn pages_honour_limit_and_cover_everything_once() {
    let h = Harness::start(quiet(40)).await;
    let full = h
        .get(
            W,
            &format!(
                "/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}"
            ),
        )
        .await;
    assert_eq!(full.data().len(), 40, "default limit 512 takes everything");
    assert!(!full.has_next());
    assert_eq!(
        full.cursor(),
        "",
        "the last page of a bounded stream has an empty cursor"
    );
    for limit in [1, 3, 7, 40, 512] {
        let mut after = String::new();
        let mut seen = Vec::new();
        loop {
            let r = h.get(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&limit={limit}&after={after}")).await;
            assert!(r.data().len() <= limit);
            seen.extend(r.ids());
            if !r.has_next() {
                break;
            }
            assert!(!r.cursor().is_empty());
            after = r.cursor().to_owned();
        }
        assert_eq!(seen, full.ids(), "limit {limit}");
    }
}

#[tokio::test]
async fn filters_narrow_the_stream() {
    let h = Harness::start(quiet(50)).await;
    let assets = h
        .drain(
            Q,
            &qstream("asset", &format!("&endTime={FAR}&includeDeleted=true")),
        )
        .await;
    assert_eq!(assets.len(), 20);
    assert!(assets.iter().all(|r| r["owner"]["entityType"] == "asset"));

    let workers = h
        .drain(Q, &qstream("worker", &format!("&endTime={FAR}")))
        .await;
    assert!(workers.iter().all(|r| r["recordStatus"] != "deleted"));
    let with_deleted = h
        .drain(
            Q,
            &qstream("worker", &format!("&endTime={FAR}&includeDeleted=true")),
        )
        .await;
    assert!(
        with_deleted.len() > workers.len(),
        "seed data has deleted records"
    );
    assert!(
        workers
            .iter()
            .all(|r| r.get("externalIds").is_none() && r["owner"].get("externalIds").is_none())
    );
    let with_ids = h
        .drain(
            Q,
            &qstream("worker", &format!("&endTime={FAR}&includeExternalIds=true")),
        )
        .await;
    assert!(with_ids.iter().any(|r| r["externalIds"]["hr"].is_string()));
    assert!(
        with_ids
            .iter()
            .any(|r| r["owner"]["externalIds"]["payroll"].is_string())
    );

    // Type filter, both array styles.
    let t1 = workers[0]["qualificationType"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let types: Vec<String> = h
        .types("worker")
        .await
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .collect();
    let t2 = types.iter().find(|t| **t != t1).unwrap().clone();
    let one = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&qualificationTypeIds={t1}"),
            ),
        )
        .await;
    assert!(
        !one.is_empty()
            && one
                .iter()
                .all(|r| r["qualificationType"]["id"] == t1.as_str())
    );
    let comma = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&qualificationTypeIds={t1},{t2}"),
            ),
        )
        .await;
    let repeated = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&qualificationTypeIds={t1}&qualificationTypeIds={t2}"),
            ),
        )
        .await;
    assert_eq!(comma, repeated);
    assert!(comma.len() >= one.len());

    // Owner filter by id or by `key:value` (percent-encoded or not).
    let owner = "500001";
    let by_id = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&includeDeleted=true&ownerIds={owner}"),
            ),
        )
        .await;
    let by_ext = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!(
                    "&endTime={FAR}&includeDeleted=true&ownerIds={}",
                    enc("payroll:P00001")
                ),
            ),
        )
        .await;
    let raw_ext = h
        .drain(
            Q,
            &qstream(
                "worker",
                &format!("&endTime={FAR}&includeDeleted=true&ownerIds=payroll:P00001"),
            ),
        )
        .await;
    assert!(by_id.iter().all(|r| r["owner"]["id"] == owner));
    assert_eq!(by_id, by_ext);
    assert_eq!(by_id, raw_ext);

    // Work orders: statuses (repeated and comma-joined), assets (id or vin), assignees.
    let all = h
        .drain(
            W,
            &format!(
                "/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}"
            ),
        )
        .await;
    let count = |pred: &dyn Fn(&Value) -> bool| all.iter().filter(|o| pred(o)).count();
    let open = h.drain(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&workOrderStatuses=Open&workOrderStatuses={}", enc("In Progress"))).await;
    let open2 = h.drain(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&workOrderStatuses={}", enc("Open,In Progress"))).await;
    assert_eq!(open, open2);
    assert_eq!(
        open.len(),
        count(&|o| o["status"] == "Open" || o["status"] == "In Progress")
    );
    assert!(!open.is_empty());
    let a100 = h.drain(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&assetIds=vin:1HGCM82633A004352")).await;
    assert_eq!(a100.len(), count(&|o| o["assetId"] == "a100"));
    let user = all
        .iter()
        .find_map(|o| o["assignedUserId"].as_str())
        .unwrap()
        .to_owned();
    let mine = h.drain(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&assignedUserIds={user}")).await;
    assert_eq!(mine.len(), count(&|o| o["assignedUserId"] == user.as_str()));
}

/// `GET /maintenance/work-orders/stream` from `since`, without `endTime`.
fn feed(since: &str, extra: &str) -> String {
    format!(
        "/maintenance/work-orders/stream?startTime={}{extra}",
        enc(since)
    )
}

#[tokio::test]
async fn feed_caught_up_by_default_ends_with_has_next_false_and_polls_with_the_last_cursor() {
    let h = Harness::start(quiet(10)).await;
    assert_eq!(h.server.config().feed, FeedStyle::CaughtUp);

    // Nothing since startTime: no data, `endCursor: ""`, `hasNextPage: false`.
    let future = (Utc::now() + TimeDelta::days(1)).to_rfc3339();
    let empty = h.get(W, &feed(&future, "")).await;
    assert!(empty.data().is_empty());
    assert!(!empty.has_next());
    assert_eq!(empty.cursor(), "");

    // Pages while more data follows say so; the page with the last available
    // data says `hasNextPage: false` but still carries a cursor after it.
    for (limit, sizes) in [(4, vec![4, 4, 2]), (5, vec![5, 5]), (512, vec![10])] {
        let mut after = String::new();
        let mut seen = Vec::new();
        let last = loop {
            let r = h
                .get(
                    W,
                    &feed(
                        "2020-01-01T00:00:00Z",
                        &format!("&limit={limit}&after={after}"),
                    ),
                )
                .await;
            assert!(!r.cursor().is_empty(), "a page with data has a cursor");
            seen.push(r.data().len());
            if !r.has_next() {
                break r;
            }
            after = r.cursor().to_owned();
        };
        assert_eq!(seen, sizes, "limit {limit}");
        // Asking again with that cursor: caught up, nothing new.
        let again = h
            .get(
                W,
                &feed("2020-01-01T00:00:00Z", &format!("&after={}", last.cursor())),
            )
            .await;
        assert!(again.data().is_empty() && !again.has_next());
        assert_eq!(again.cursor(), "");
    }

    // Caught up at "now"; a work order is written; the same (last non-empty)
    // cursor then brings it, and only it.
    let now = Utc::now().to_rfc3339();
    let all = h.get(W, &feed("2020-01-01T00:00:00Z", "")).await;
    assert!(!all.has_next());
    let cursor = all.cursor().to_owned();
    let caught_up = h.get(W, &feed(&now, "")).await;
    assert!(caught_up.data().is_empty() && !caught_up.has_next());
    let created = h
        .call(
            "postWorkOrders",
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": "a101"})),
        )
        .await;
    let new_id = created.json["data"]["id"].as_str().unwrap().to_owned();
    for _ in 0..2 {
        // The cursor can be replayed: it is a position, not a session.
        let next = h
            .get(
                W,
                &feed("2020-01-01T00:00:00Z", &format!("&after={cursor}")),
            )
            .await;
        assert_eq!(next.ids(), [new_id.as_str()]);
        assert!(!next.has_next());
        assert!(!next.cursor().is_empty());
    }
    let from_now = h.get(W, &feed(&now, "")).await;
    assert_eq!(from_now.ids(), [new_id]);
}

#[tokio::test]
async fn feed_caught_up_empty_pages_mid_stream_never_hide_the_end() {
    let h = Harness::start(quiet(12).empty_page_every(2)).await;
    let mut after = String::new();
    let mut items = 0;
    let mut empties = 0;
    for _ in 0..100 {
        let r = h
            .get(
                W,
                &feed("2020-01-01T00:00:00Z", &format!("&limit=5&after={after}")),
            )
            .await;
        if r.data().is_empty() {
            if !r.has_next() {
                assert_eq!(r.cursor(), "");
                break;
            }
            empties += 1;
        }
        items += r.data().len();
        if !r.cursor().is_empty() {
            after = r.cursor().to_owned();
        }
    }
    assert_eq!(items, 12);
    assert!(empties >= 1, "{empties}");
}

#[tokio::test]
async fn feed_always_more_keeps_has_next_true_and_a_cursor() {
    let h = Harness::start(quiet(10).feed(FeedStyle::AlwaysMore)).await;
    let future = (Utc::now() + TimeDelta::days(1)).to_rfc3339();
    let empty = h.get(W, &feed(&future, "")).await;
    assert!(empty.data().is_empty());
    assert!(empty.has_next(), "no endTime: hasNextPage stays true");
    assert!(!empty.cursor().is_empty());

    // Caught up at "now": poll with the cursor, see a new work order appear.
    let now = Utc::now().to_rfc3339();
    let first = h.get(W, &feed(&now, "")).await;
    assert!(first.data().is_empty() && first.has_next());
    let created = h
        .call(
            "postWorkOrders",
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": "a101"})),
        )
        .await;
    let next = h
        .get(W, &feed(&now, &format!("&after={}", first.cursor())))
        .await;
    assert_eq!(
        next.ids(),
        [created.json["data"]["id"].as_str().unwrap().to_owned()]
    );
    assert!(next.has_next());
    let again = h
        .get(W, &feed(&now, &format!("&after={}", next.cursor())))
        .await;
    assert!(again.data().is_empty() && again.has_next());
    assert!(!again.cursor().is_empty());
}

#[tokio::test]
async fn a_record_patched_mid_stream_reappears_later_and_none_is_lost_caught_up_feed() {
    patched_mid_stream(FeedStyle::CaughtUp).await;
}

#[tokio::test]
async fn a_record_patched_mid_stream_reappears_later_and_none_is_lost_always_more_feed() {
    patched_mid_stream(FeedStyle::AlwaysMore).await;
}

async fn patched_mid_stream(style: FeedStyle) {
    let h = Harness::start(quiet(40).feed(style)).await;
    let first = qstream("worker", "&limit=5");
    let page1 = h.get(Q, &first).await;
    assert_eq!(page1.data().len(), 5);
    let served = page1.data()[2].clone();
    let served_id = served["id"].as_str().unwrap().to_owned();
    // A record the reader has not reached yet.
    let ahead = h.get(Q, &format!("{first}&after={}", page1.cursor())).await;
    let unserved = ahead.data()[4]["id"].as_str().unwrap().to_owned();

    for id in [&served_id, &unserved] {
        let body = json!({"id": id, "issueDate": "2025-06-01T00:00:00Z"});
        let r = h
            .call(
                "patchQualificationRecord",
                Method::PATCH,
                "/qualification-records",
                Some(&body),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }

    // Follow the stream (no endTime) from page 1's cursor until caught up:
    // an empty page (with `""` and false, or a cursor and true).
    let mut seen: Vec<Value> = page1.data().clone();
    let mut after = page1.cursor().to_owned();
    for _ in 0..100 {
        let page = h.get(Q, &format!("{first}&after={after}")).await;
        if page.data().is_empty() {
            match style {
                FeedStyle::CaughtUp => assert!(!page.has_next() && page.cursor().is_empty()),
                _ => assert!(page.has_next() && !page.cursor().is_empty()),
            }
            break;
        }
        assert!(!page.cursor().is_empty());
        if style == FeedStyle::AlwaysMore {
            assert!(page.has_next());
        }
        seen.extend(page.data().iter().cloned());
        after = page.cursor().to_owned();
    }
    let ids: Vec<&str> = seen.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids.iter().filter(|i| **i == served_id).count(),
        2,
        "the patched, already served record comes again"
    );
    assert_eq!(
        ids.iter().filter(|i| **i == unserved).count(),
        1,
        "the unserved one is served once, not lost"
    );
    assert_eq!(
        ids[ids.len() - 2..],
        [served_id.as_str(), unserved.as_str()],
        "changed records come last, in write order"
    );
    let again = seen
        .iter()
        .rev()
        .find(|r| r["id"] == served_id.as_str())
        .unwrap();
    assert_eq!(again["issueDate"], "2025-06-01T00:00:00Z");
    assert!(at(again) > at(&served));
    let live = h
        .drain(Q, &qstream("worker", &format!("&endTime={FAR}")))
        .await;
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), live.len(), "every live record was served");
}

#[tokio::test]
async fn empty_pages_mid_stream_do_not_end_it() {
    let h = Harness::start(quiet(30).empty_page_every(2)).await;
    let mut after = String::new();
    let mut items = 0;
    let mut empties = 0;
    for _ in 0..100 {
        let r = h.get(W, &format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}&limit=4&after={after}")).await;
        if r.data().is_empty() && r.has_next() {
            empties += 1;
            assert_ne!(
                r.cursor(),
                after,
                "a new cursor string, at the same position"
            );
        }
        items += r.data().len();
        if !r.has_next() {
            break;
        }
        after = r.cursor().to_owned();
    }
    assert_eq!(items, 30);
    assert!(empties >= 3, "{empties}");
}

#[tokio::test]
async fn the_client_pagination_reads_through_empty_pages() {
    use futures::TryStreamExt;
    use samsara::Paginate;
    let h = Harness::start(quiet(30).empty_page_every(2)).await;
    let client = h.server.client().unwrap();
    let start: DateTime<Utc> = "2020-01-01T00:00:00Z".parse().unwrap();
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(start)
        .end_time(Utc::now())
        .limit(4)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(orders.len(), 30);
    let mut ids: Vec<_> = orders.iter().map(|o| o.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 30, "nothing repeated");
    let types: Vec<_> = client
        .get_qualification_types()
        .entity_type(samsara::types::EntityType::Worker)
        .limit(1)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(types.len(), 3);
}

#[tokio::test]
async fn lists_paginate_by_id_and_accept_both_array_styles() {
    let h = Harness::start(quiet(25)).await;
    let page = h
        .get("getWorkOrders", "/maintenance/work-orders?limit=10")
        .await;
    assert_eq!(
        page.ids(),
        (1..=10).map(|i| i.to_string()).collect::<Vec<_>>()
    );
    assert!(page.has_next());
    let all = h
        .drain("getWorkOrders", "/maintenance/work-orders?limit=10")
        .await;
    assert_eq!(all.len(), 25);
    let last = h
        .get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?limit=10&after={}", {
                let p2 = h
                    .get(
                        "getWorkOrders",
                        &format!("/maintenance/work-orders?limit=10&after={}", page.cursor()),
                    )
                    .await;
                p2.cursor().to_owned()
            }),
        )
        .await;
    assert_eq!(last.data().len(), 5);
    assert!(!last.has_next());
    assert_eq!(last.cursor(), "");

    let repeated = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=3&ids=12")
        .await;
    let comma = h
        .get("getWorkOrders", "/maintenance/work-orders?ids=3,12")
        .await;
    assert_eq!(repeated.ids(), ["3", "12"]);
    assert_eq!(comma.ids(), ["3", "12"]);

    let types = h
        .get(
            "getQualificationTypes",
            "/qualification-types?entityType=worker&limit=2",
        )
        .await;
    assert_eq!(types.data().len(), 2);
    assert!(types.has_next());
    let rest = h
        .get(
            "getQualificationTypes",
            &format!(
                "/qualification-types?entityType=worker&limit=2&after={}",
                types.cursor()
            ),
        )
        .await;
    assert_eq!(rest.data().len(), 1);
    assert!(!rest.has_next());
    let ids = [types.ids(), rest.ids()].concat();
    let picked = h
        .get(
            "getQualificationTypes",
            &format!(
                "/qualification-types?entityType=worker&ids={}&ids={}",
                ids[0], ids[2]
            ),
        )
        .await;
    assert_eq!(picked.ids(), [ids[0].clone(), ids[2].clone()]);
    let asset_filter = h
        .get(
            "getQualificationTypes",
            &format!("/qualification-types?entityType=asset&ids={}", ids[0]),
        )
        .await;
    assert!(
        asset_filter.data().is_empty(),
        "ids are filtered within the entity type"
    );

    let records = h
        .drain(Q, &qstream("worker", &format!("&endTime={FAR}")))
        .await;
    let (a, b) = (
        records[0]["id"].as_str().unwrap(),
        records[1]["id"].as_str().unwrap(),
    );
    let both = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids={a}&ids={b}"),
        )
        .await;
    let joined = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids={}", enc(&format!("{a},{b}"))),
        )
        .await;
    assert_eq!(both.ids(), [a, b]);
    assert_eq!(joined.ids(), [a, b]);
}

#[tokio::test]
async fn the_client_follow_mode_sees_new_work_orders_caught_up_feed() {
    client_follow_mode(FeedStyle::CaughtUp).await;
}

#[tokio::test]
async fn the_client_follow_mode_sees_new_work_orders_always_more_feed() {
    client_follow_mode(FeedStyle::AlwaysMore).await;
}

async fn client_follow_mode(style: FeedStyle) {
    use futures::StreamExt;
    use samsara::Paginate;
    let h = Harness::start(quiet(5).feed(style)).await;
    // No settle delay: the fake server (default profile) shows a write at
    // once, and its clock is the test's. (Since the client's feeds read
    // windows with `endTime`, the feed style no longer changes what it gets.)
    let client = samsara::Client::builder()
        .token(h.server.token())
        .base_url(h.server.url())
        .settle(std::time::Duration::ZERO)
        .build()
        .unwrap();
    let follow = client
        .stream_work_orders()
        .start_time(Utc::now())
        .follow(std::time::Duration::from_millis(50))
        .items();
    let create = async {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let r = h
            .call(
                "postWorkOrders",
                Method::POST,
                "/maintenance/work-orders",
                Some(&json!({"assetId": "a102"})),
            )
            .await;
        r.json["data"]["id"].as_str().unwrap().to_owned()
    };
    let first = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        follow.take(1).collect::<Vec<_>>(),
    );
    let (created, seen) = tokio::join!(create, first);
    let seen = seen.expect("follow mode yields the new work order");
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].as_ref().unwrap().id, created);
}
