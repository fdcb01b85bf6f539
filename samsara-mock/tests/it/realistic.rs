//! The live API's behaviours beyond the spec, checked at the HTTP/JSON level
//! (no typed client: the point is what goes over the wire). Off-spec
//! behaviours (`null` arrays, success variants, enum spellings, odd records)
//! go through `Harness::raw`, which does not check the spec; the data
//! behaviours that hold in every profile (`samsara.*` external ids, the
//! documentation's example ids) go through the spec-checked `Harness::call`.

use crate::common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::{Harness, enc, quiet, raw_drain};
use reqwest::Method;
use samsara_mock::{
    AckReply, CreateReply, Family, FeedStyle, MockConfig, MockServer, OddRecord, Oddity,
    VisibilityDelay,
};
use serde_json::{Value, json};

const FAR: &str = "2100-01-01T00:00:00Z";
const DOC_ID: &str = "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7";

fn records_stream(entity: &str, extra: &str) -> String {
    format!(
        "/qualification-records/stream?entityType={entity}&startTime=2020-01-01T00:00:00Z&endTime={FAR}&includeDeleted=true{extra}"
    )
}

fn orders_stream(extra: &str) -> String {
    format!("/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime={FAR}{extra}")
}

/// Every seeded item of both families, raw.
async fn everything(h: &Harness) -> Vec<Value> {
    let mut all = raw_drain(h, &records_stream("worker", "&includeExternalIds=true")).await;
    all.extend(raw_drain(h, &records_stream("asset", "&includeExternalIds=true")).await);
    all.extend(raw_drain(h, &orders_stream("&includeExternalIds=true")).await);
    all
}

fn count_empty_arrays(v: &Value) -> usize {
    match v {
        Value::Array(items) if items.is_empty() => 1,
        Value::Array(items) => items.iter().map(count_empty_arrays).sum(),
        Value::Object(map) => map.values().map(count_empty_arrays).sum(),
        _ => 0,
    }
}

fn nulled(v: &Value) -> Value {
    match v {
        Value::Array(items) if items.is_empty() => Value::Null,
        Value::Array(items) => Value::Array(items.iter().map(nulled).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), nulled(v))).collect())
        }
        other => other.clone(),
    }
}

/// A create body for a qualification record the CDL type accepts.
fn record_body(owner: &str) -> Value {
    json!({
        "issueDate": "2025-08-27T10:20:30Z",
        "owner": {"entityType": "worker", "id": owner},
        "qualificationType": {"id": DOC_ID},
        "fields": [],
    })
}

#[test]
fn realistic_profile_turns_every_behaviour_on_and_default_keeps_them_off() {
    let r = MockConfig::realistic();
    assert_eq!(r.feed, FeedStyle::CaughtUp);
    assert!(r.null_empty_arrays);
    assert_eq!(r.create_reply, CreateReply::Rotate);
    assert_eq!(r.ack_reply, AckReply::Rotate);
    assert!(r.upper_case_enums);
    assert!(!r.retry_after);
    assert!(r.odd_records);
    assert!(r.rate_limits, "the realistic profile keeps the rate limits");
    assert!(r.lost_answers, "a faulted write may have taken effect");
    assert_eq!(r.compression, samsara_mock::Compression::Gzip);
    assert_eq!(
        r.visibility_delay,
        VisibilityDelay::from(Duration::ZERO..=Duration::from_secs(2)),
        "writes visible 0 to 2 s late"
    );
    let d = MockConfig::default();
    assert_eq!(
        d.feed,
        FeedStyle::CaughtUp,
        "the feed contract is the default"
    );
    assert!(!d.null_empty_arrays && !d.upper_case_enums && !d.odd_records && d.retry_after);
    assert!(!d.lost_answers);
    assert_eq!(d.compression, samsara_mock::Compression::Any);
    assert_eq!(d.visibility_delay, VisibilityDelay::NONE);
    assert_eq!(
        (d.create_reply, d.ack_reply),
        (CreateReply::Documented, AckReply::Documented)
    );
    // Each switch alone.
    let one = MockConfig::default().null_empty_arrays(true);
    assert!(one.null_empty_arrays && !one.odd_records && one.retry_after);
}

#[tokio::test]
async fn null_empty_arrays_turns_every_empty_array_of_a_success_body_into_null() {
    let plain = Harness::start(quiet(60)).await;
    let nulls = Harness::start(quiet(60).null_empty_arrays(true)).await;
    let a = everything(&plain).await;
    let b = everything(&nulls).await;
    // The seed holds empty arrays (every sixth item): check-box selections,
    // media lists, table rows, work-order items and attachments.
    let empties: usize = a.iter().map(count_empty_arrays).sum();
    assert!(empties >= 10, "{empties}");
    for member in ["valueIds", "mediaList", "rows", "items", "attachments"] {
        assert!(
            a.iter()
                .any(|v| v.to_string().contains(&format!("\"{member}\":[]"))),
            "seeded `{member}: []`"
        );
        assert!(
            b.iter()
                .any(|v| v.to_string().contains(&format!("\"{member}\":null"))),
            "`{member}: null`"
        );
    }
    assert_eq!(b.iter().map(count_empty_arrays).sum::<usize>(), 0);
    assert_eq!(
        b,
        a.iter().map(nulled).collect::<Vec<_>>(),
        "the same data, `[]` → `null`"
    );

    // `data: null` on an empty page, list or feed; `fields: null` on a create.
    let none = nulls.raw_get("/qualification-records?ids=nope").await;
    assert_eq!(none.status, 200);
    assert_eq!(none.json, json!({"data": null}));
    let caught_up = nulls
        .raw_get("/maintenance/work-orders/stream?startTime=2099-01-01T00:00:00Z")
        .await;
    assert_eq!(
        caught_up.json,
        json!({"data": null, "pagination": {"endCursor": "", "hasNextPage": false}})
    );
    let created = nulls
        .raw(
            Method::POST,
            "/qualification-records",
            Some(&record_body("281474")),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json["data"]["fields"], Value::Null);
    let by_plain = plain
        .get("getQualificationRecords", "/qualification-records?ids=nope")
        .await;
    assert_eq!(by_plain.json, json!({"data": []}), "off by default");
}

#[tokio::test]
async fn create_reply_each_variant_applies_to_both_creates() {
    for (variant, status) in [(CreateReply::Created201, 201), (CreateReply::Ok200, 200)] {
        let h = Harness::start(quiet(5).create_reply(variant)).await;
        let record = h
            .raw(
                Method::POST,
                "/qualification-records",
                Some(&record_body("281474")),
            )
            .await;
        let order = h
            .raw(
                Method::POST,
                "/maintenance/work-orders",
                Some(&json!({"assetId": "12443"})),
            )
            .await;
        for r in [&record, &order] {
            assert_eq!(r.status, status, "{variant:?}: {}", r.text);
            assert_eq!(r.header("content-type"), Some("application/json"));
            assert!(
                r.json["data"]["id"].is_string(),
                "the created object: {}",
                r.text
            );
        }
    }
    // Documented: 201 for a record, 200 for a work order.
    let h = Harness::start(quiet(5)).await;
    let record = h
        .raw(
            Method::POST,
            "/qualification-records",
            Some(&record_body("281474")),
        )
        .await;
    let order = h
        .raw(
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": "12443"})),
        )
        .await;
    assert_eq!((record.status, order.status), (201, 200));
}

#[tokio::test]
async fn create_reply_rotate_alternates_201_and_200_deterministically_from_the_seed() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let h = Harness::start(quiet(5).seed(3).create_reply(CreateReply::Rotate)).await;
        let mut statuses = Vec::new();
        for _ in 0..4 {
            let r = h
                .raw(
                    Method::POST,
                    "/maintenance/work-orders",
                    Some(&json!({"assetId": "a100"})),
                )
                .await;
            assert!(r.json["data"]["id"].is_string());
            statuses.push(r.status);
        }
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1], "same seed, same sequence");
    let set: BTreeSet<u16> = runs[0].iter().copied().collect();
    assert_eq!(set, BTreeSet::from([200, 201]));
    assert!(runs[0].windows(2).all(|w| w[0] != w[1]), "{:?}", runs[0]);
}

/// `(status, body, content type)` of an ack.
fn ack(r: &common::Resp) -> (u16, String, Option<String>) {
    (
        r.status,
        r.text.clone(),
        r.header("content-type").map(str::to_owned),
    )
}

async fn acks_of_every_operation(h: &Harness, record: &str, order: &str) -> Vec<common::Resp> {
    let body = json!({"id": record});
    vec![
        h.raw(Method::POST, "/qualification-records/archive", Some(&body))
            .await,
        h.raw(
            Method::POST,
            "/qualification-records/unarchive",
            Some(&body),
        )
        .await,
        h.raw(Method::DELETE, "/qualification-records", Some(&body))
            .await,
        h.raw(
            Method::DELETE,
            &format!("/maintenance/work-orders?id={order}"),
            None,
        )
        .await,
    ]
}

#[tokio::test]
async fn ack_reply_each_variant_applies_to_delete_archive_unarchive_and_work_order_delete() {
    let expected = [
        (AckReply::NoContent204, (204, String::new(), None)),
        (
            AckReply::EmptyObject200,
            (200, "{}".to_owned(), Some("application/json".to_owned())),
        ),
        (AckReply::EmptyBody200, (200, String::new(), None)),
    ];
    assert_eq!(AckReply::VARIANTS.len(), expected.len());
    for (variant, want) in expected {
        let h = Harness::start(quiet(5).ack_reply(variant)).await;
        for r in acks_of_every_operation(&h, DOC_ID, "5").await {
            assert_eq!(ack(&r), want, "{variant:?}");
            if variant == AckReply::EmptyBody200 {
                assert_eq!(r.header("content-length"), Some("0"));
            }
        }
        // The writes were applied whatever the answer.
        let gone = h
            .raw_get(&format!("/qualification-records?ids={DOC_ID}"))
            .await;
        assert_eq!(gone.json["data"], json!([]));
        let gone = h.raw_get("/maintenance/work-orders?ids=5").await;
        assert_eq!(gone.json["data"], json!([]));
    }
    // Documented: 200 with an empty body for the record family, 204 for the work order.
    let h = Harness::start(quiet(5)).await;
    let acks: Vec<u16> = acks_of_every_operation(&h, DOC_ID, "5")
        .await
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(acks, [200, 200, 200, 204]);
}

#[tokio::test]
async fn ack_reply_rotate_cycles_through_204_empty_object_and_empty_body() {
    let h = Harness::start(quiet(5).ack_reply(AckReply::Rotate)).await;
    let body = json!({"id": DOC_ID});
    let mut seen = Vec::new();
    for i in 0..6 {
        let path = if i % 2 == 0 {
            "/qualification-records/archive"
        } else {
            "/qualification-records/unarchive"
        };
        let r = h.raw(Method::POST, path, Some(&body)).await;
        seen.push(ack(&r));
    }
    let distinct: BTreeSet<_> = seen.iter().cloned().collect();
    assert_eq!(distinct.len(), 3, "{seen:?}");
    assert_eq!(seen[..3], seen[3..], "a cycle of three");
}

#[tokio::test]
async fn upper_case_enums_on_every_third_work_order_stable_across_requests() {
    let seed = 4;
    let h = Harness::start(quiet(30).seed(seed).upper_case_enums(true)).await;
    let plain = Harness::start(quiet(30).seed(seed)).await;
    let documented = raw_drain(&plain, &orders_stream("")).await;
    let first = raw_drain(&h, &orders_stream("")).await;
    let second = raw_drain(&h, &orders_stream("")).await;
    assert_eq!(first, second, "the same spelling on every request");
    let mut upper = 0;
    for (o, d) in first.iter().zip(&documented) {
        assert_eq!(o["id"], d["id"]);
        let n: u64 = o["id"].as_str().unwrap().parse().unwrap();
        let respelled = (n + seed).is_multiple_of(3);
        for member in ["status", "priority"] {
            let want = d[member].as_str().map(|s| {
                if respelled {
                    s.to_uppercase()
                } else {
                    s.to_owned()
                }
            });
            assert_eq!(
                o[member].as_str().map(str::to_owned),
                want,
                "{member} of {n}"
            );
        }
        if let Some(tasks) = o["serviceTaskInstances"].as_array() {
            for (t, dt) in tasks
                .iter()
                .zip(d["serviceTaskInstances"].as_array().unwrap())
            {
                let s = dt["status"].as_str().unwrap();
                let want = if respelled {
                    s.to_uppercase()
                } else {
                    s.to_owned()
                };
                assert_eq!(t["status"], want.as_str());
            }
        }
        // Counted from what the server sent, not from the rule above.
        if o["status"]
            .as_str()
            .is_some_and(|s| !s.chars().any(char::is_lowercase))
        {
            upper += 1;
        }
    }
    assert_eq!(upper, 10, "every third of 30");
    assert!(
        first
            .iter()
            .any(|o| o["status"] == "OPEN" || o["priority"] == "HIGH")
    );
    // Lookups and writes show the same spelling; filters take the documented value.
    let one = first
        .iter()
        .find(|o| o["status"] == "OPEN")
        .expect("an OPEN work order");
    let id = one["id"].as_str().unwrap();
    let by_id = h
        .raw_get(&format!("/maintenance/work-orders?ids={id}"))
        .await;
    assert_eq!(by_id.json["data"][0]["status"], "OPEN");
    let filtered = raw_drain(&h, &orders_stream("&workOrderStatuses=Open")).await;
    assert!(filtered.iter().any(|o| o["id"] == id));
    let refused = h.raw_get(&orders_stream("&workOrderStatuses=OPEN")).await;
    assert_eq!(refused.status, 400, "filters take the documented spelling");
    let patched = h
        .raw(
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": id, "priority": "High"})),
        )
        .await;
    assert_eq!(patched.json["data"]["priority"], "HIGH");
    // Off by default.
    assert!(documented.iter().all(|o| {
        o["status"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| c.is_lowercase())
    }));
}

#[tokio::test]
async fn samsara_external_ids_are_served_and_accepted_in_every_lookup_percent_encoded() {
    // Data, not a quirk: the default profile, every response spec-checked.
    let h = Harness::start(quiet(40)).await;
    let assets = h
        .drain(
            "getQualificationRecordsStream",
            &records_stream("asset", "&includeExternalIds=true"),
        )
        .await;
    let owner_ids: Vec<&Value> = assets.iter().map(|r| &r["owner"]["externalIds"]).collect();
    assert!(
        owner_ids
            .iter()
            .all(|ids| ids["samsara.serial"].is_string())
    );
    assert!(owner_ids.iter().all(|ids| ids["samsara.name"].is_string()));
    assert!(owner_ids.iter().any(|ids| ids["samsara.vin"].is_string()));

    // Qualification stream: `ownerIds=samsara.serial:…` comma-joined with a
    // plain id, percent-encoded; the same as by Samsara id.
    let r = &assets[0];
    let owner = r["owner"]["id"].as_str().unwrap();
    let serial = r["owner"]["externalIds"]["samsara.serial"]
        .as_str()
        .unwrap();
    let by_id = h
        .drain(
            "getQualificationRecordsStream",
            &records_stream("asset", &format!("&ownerIds={owner}")),
        )
        .await;
    let by_serial = h
        .drain(
            "getQualificationRecordsStream",
            &records_stream(
                "asset",
                &format!(
                    "&ownerIds={}",
                    enc(&format!("samsara.serial:{serial},a99999"))
                ),
            ),
        )
        .await;
    assert!(!by_id.is_empty());
    assert_eq!(by_id, by_serial);

    // Work-order stream: `assetIds=samsara.vin%3A…` and repeated keys.
    let all = h.drain("streamWorkOrders", &orders_stream("")).await;
    let on_a100 = all.iter().filter(|o| o["assetId"] == "a100").count();
    let by_vin = h
        .drain(
            "streamWorkOrders",
            &orders_stream(&format!(
                "&assetIds={}",
                enc("samsara.vin:1HGCM82633A004352")
            )),
        )
        .await;
    assert_eq!(by_vin.len(), on_a100);
    let doc = h
        .drain(
            "streamWorkOrders",
            &orders_stream(&format!(
                "&assetIds={}&assetIds={}",
                enc("samsara.vin:1HGCM82633A004352"),
                enc("samsara.serial:GFRV-43N-VGX")
            )),
        )
        .await;
    assert_eq!(doc.len(), on_a100 + 1, "asset 12443 has work order 5");

    // Records by an external id with `_ - % + @ .` (sent as `%25`, `%2B`, `%40`).
    let workers = h
        .drain(
            "getQualificationRecordsStream",
            &records_stream("worker", "&includeExternalIds=true"),
        )
        .await;
    let special = workers
        .iter()
        .find(|r| r["externalIds"]["lms"].is_string())
        .expect("a record with an lms id");
    let lms = special["externalIds"]["lms"].as_str().unwrap();
    assert!(
        lms.contains('%') && lms.contains('@') && lms.contains('_'),
        "{lms}"
    );
    let found = h
        .get(
            "getQualificationRecords",
            &format!("/qualification-records?ids={}", enc(&format!("lms:{lms}"))),
        )
        .await;
    assert_eq!(found.ids(), [special["id"].as_str().unwrap()]);
    assert!(
        workers.iter().any(|r| r["owner"]["externalIds"]["hris"]
            .as_str()
            .is_some_and(|v| v.contains("%2B@"))),
        "worker external ids use `%2B@` too"
    );

    // Owners by such ids: worker `payroll:emp_42-a%2B@x.y` (281474) and
    // `payroll:jake.doe+1@example.com` (938172) in a create and a filter.
    for (ext, id) in [
        ("payroll:emp_42-a%2B@x.y", "281474"),
        ("payroll:jake.doe+1@example.com", "938172"),
    ] {
        let created = h
            .call(
                "postQualificationRecord",
                Method::POST,
                "/qualification-records",
                Some(&record_body(ext)),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text);
        assert_eq!(created.json["data"]["owner"]["id"], id);
        assert_eq!(
            created.json["data"]["owner"]["externalIds"]["payroll"],
            ext.split_once(':').unwrap().1
        );
        let mine = h
            .drain(
                "getQualificationRecordsStream",
                &records_stream("worker", &format!("&ownerIds={}", enc(ext))),
            )
            .await;
        assert!(mine.iter().any(|r| r["id"] == created.json["data"]["id"]));
    }
    // A work order on an asset named by its automatic id.
    let order = h
        .call(
            "postWorkOrders",
            Method::POST,
            "/maintenance/work-orders",
            Some(&json!({"assetId": format!("samsara.serial:{serial}")})),
        )
        .await;
    assert_eq!(order.json["data"]["assetId"], owner);
    // Such values can be set too (alphanumeric keys only: `samsara.*` are Samsara's).
    let set = h
        .call(
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
            Some(&json!({"id": DOC_ID, "externalIds": {"crm": "c_1-x%2B@y.z"}})),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text);
    assert_eq!(set.json["data"]["externalIds"]["crm"], "c_1-x%2B@y.z");
    let refused = h
        .call(
            "patchQualificationRecord",
            Method::PATCH,
            "/qualification-records",
            Some(&json!({"id": DOC_ID, "externalIds": {"samsara.name": "x"}})),
        )
        .await;
    assert_eq!(refused.status, 400);
}

#[tokio::test]
async fn rate_limited_429_has_no_retry_after_when_retry_after_is_off() {
    for config in [
        MockConfig::default().records(5).retry_after(false),
        MockConfig::realistic().records(5),
    ] {
        let h = Harness::start(config).await;
        let mut limited = None;
        for _ in 0..10 {
            let r = h.raw_get("/maintenance/work-orders").await;
            if r.status == 429 {
                limited = Some(r);
                break;
            }
        }
        let limited = limited.expect("a 429 within 10 quick reads");
        assert_eq!(limited.header("retry-after"), None);
        assert_eq!(limited.json["message"], "Rate limit exceeded");
    }
    // Injected 429s too (other faults may cut a body short: only the head matters).
    let h = Harness::start(quiet(5).faults(1.0).retry_after(false)).await;
    let mut saw = false;
    for _ in 0..40 {
        let r = h
            .http
            .get(h.url("/qualification-types?entityType=asset"))
            .bearer_auth(h.server.token())
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            assert_eq!(r.headers().get("retry-after"), None);
            saw = true;
        }
    }
    assert!(saw);
    // The default keeps the fractional `Retry-After`.
    let h = Harness::start(MockConfig::default().records(5)).await;
    let mut header = None;
    for _ in 0..10 {
        let r = h.raw_get("/maintenance/work-orders").await;
        if r.status == 429 {
            header = r.header("retry-after").map(str::to_owned);
            break;
        }
    }
    assert!(header.expect("Retry-After").contains('.'));
}

fn has(item: &Value, member: &str) -> bool {
    item.get(member).is_some()
}

#[tokio::test]
async fn odd_records_miss_a_required_member_or_carry_a_fraction_always_the_same_ones() {
    let h = Harness::start(quiet(100).odd_records(true)).await;
    let odd = h.server.odd_records();
    let ids = h.server.odd_record_ids();
    assert_eq!(ids.len(), odd.len());
    let records: Vec<&OddRecord> = odd
        .iter()
        .filter(|r| r.family == Family::QualificationRecord)
        .collect();
    let orders: Vec<&OddRecord> = odd
        .iter()
        .filter(|r| r.family == Family::WorkOrder)
        .collect();
    assert!((2..=3).contains(&records.len()), "1 in 40 of 100: {odd:?}");
    assert!((2..=3).contains(&orders.len()), "1 in 40 of 100: {odd:?}");
    assert!(
        !ids.contains(DOC_ID) && !ids.contains("5"),
        "the docs' examples stay clean"
    );

    for round in 0..2 {
        let all = everything(&h).await;
        let mut met = 0;
        for item in &all {
            let id = item["id"].as_str().unwrap();
            let is_order = item.get("recordStatus").is_none();
            match odd.iter().find(|r| r.id == id) {
                Some(r) => {
                    met += 1;
                    match r.oddity {
                        Oddity::Missing(member) => assert!(!has(item, member), "{id} {member}"),
                        Oddity::Fraction(member) => {
                            let n = item[member].as_f64().unwrap();
                            assert_eq!(n.fract(), 0.5, "{id} {member}");
                            assert!(!item[member].is_i64());
                        }
                        _ => unreachable!(),
                    }
                }
                None if is_order => {
                    for m in ["assetId", "createdAtTime"] {
                        assert!(has(item, m), "{id} {m}");
                    }
                    for m in ["engineHours", "odometerMeters"] {
                        assert!(item.get(m).is_none_or(Value::is_i64), "{id} {m}");
                    }
                }
                None => {
                    for m in ["createdAtTime", "createdBy", "updatedBy", "fields", "owner"] {
                        assert!(has(item, m), "{id} {m}");
                    }
                }
            }
        }
        assert_eq!(
            met,
            odd.len(),
            "round {round}: every odd item is served, none dropped"
        );
    }
    // Looked up by id, and after a write, still odd.
    let r = records[0];
    let by_id = h
        .raw_get(&format!("/qualification-records?ids={}", r.id))
        .await;
    let Oddity::Missing(member) = r.oddity else {
        panic!("records only miss members")
    };
    if by_id.json["data"].as_array().is_some_and(|d| !d.is_empty()) {
        assert!(!has(&by_id.json["data"][0], member));
    }
    let o = orders[0];
    let patched = h
        .raw(
            Method::PATCH,
            "/maintenance/work-orders",
            Some(&json!({"id": o.id, "description": "still odd"})),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(o.oddity, Oddity::Missing("assetId"), "the first odd order");
    assert!(!has(&patched.json["data"], "assetId"));

    // The same seed gives the same odd items; the default profile none.
    let again = MockServer::start(quiet(100).odd_records(true))
        .await
        .unwrap();
    assert_eq!(again.odd_records(), odd);
    let other_seed = MockServer::start(quiet(100).seed(2).odd_records(true))
        .await
        .unwrap();
    assert_ne!(other_seed.odd_record_ids(), ids);
    let default = MockServer::start(quiet(100)).await.unwrap();
    assert!(default.odd_records().is_empty());
    // Small seeds have one of each family.
    let small = MockServer::start(quiet(2).odd_records(true)).await.unwrap();
    let families: BTreeSet<Family> = small.odd_records().iter().map(|r| r.family).collect();
    assert_eq!(families.len(), 2);
}

#[tokio::test]
async fn odd_records_fall_in_both_entity_types_for_every_seed() {
    // A worker-only sync and an asset-only sync each meet an odd record.
    for (records, seed) in [(100, 1), (100, 2), (100, 7), (40, 1), (40, 42), (10, 3)] {
        let h = Harness::start(quiet(records).seed(seed).odd_records(true)).await;
        let odd = h.server.odd_records();
        for entity in ["worker", "asset"] {
            let items = raw_drain(&h, &records_stream(entity, "")).await;
            let met: Vec<&OddRecord> = items
                .iter()
                .filter_map(|item| odd.iter().find(|o| item["id"] == o.id.as_str()))
                .collect();
            assert!(
                !met.is_empty(),
                "{records} records, seed {seed}: no odd {entity} record in {odd:?}"
            );
            for o in met {
                let Oddity::Missing(member) = o.oddity else {
                    panic!("records only miss members")
                };
                let item = items.iter().find(|i| i["id"] == o.id.as_str()).unwrap();
                assert!(!has(item, member), "{} {member}", o.id);
            }
        }
    }
}

#[tokio::test]
async fn documentation_example_ids_exist_in_every_seed() {
    for (records, seed) in [(0, 1), (3, 7), (100, 99)] {
        let h = Harness::start(quiet(records).seed(seed)).await;
        // The docs' create, copied: worker 281474, type 9814a1fa…, no fields.
        let created = h
            .call(
                "postQualificationRecord",
                Method::POST,
                "/qualification-records",
                Some(&record_body("281474")),
            )
            .await;
        assert_eq!(created.status, 201, "{records}/{seed}: {}", created.text);
        assert_eq!(
            created.json["data"]["qualificationType"]["revisionId"],
            "1214a1fa-f0c6-408b-bf85-51dc3bc71ac7"
        );
        // The docs' patch, copied: record 9814a1fa…, owner worker 281474.
        let patched = h
            .call(
                "patchQualificationRecord",
                Method::PATCH,
                "/qualification-records",
                Some(&json!({
                    "id": DOC_ID,
                    "issueDate": "2025-08-27T10:20:30Z",
                    "owner": {"entityType": "worker", "id": "281474"},
                })),
            )
            .await;
        assert_eq!(patched.status, 200, "{records}/{seed}: {}", patched.text);
        assert_eq!(patched.json["data"]["owner"]["id"], "281474");
        let license = patched.json["data"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == DOC_ID)
            .expect("field 9814a1fa… is License Number");
        assert_eq!(license["label"], "License Number");
        // Driver 938172 is a worker too.
        let driver = h
            .call(
                "postQualificationRecord",
                Method::POST,
                "/qualification-records",
                Some(&record_body("938172")),
            )
            .await;
        assert_eq!(driver.status, 201, "{}", driver.text);
        // Work order 5: asset 12443, user 1234.
        let order = h
            .get("getWorkOrders", "/maintenance/work-orders?ids=5")
            .await;
        assert_eq!(order.ids(), ["5"], "{records}/{seed}");
        let o = &order.data()[0];
        assert_eq!(o["assetId"], "12443");
        assert_eq!(o["assignedUserId"], "1234");
        assert_eq!(o["createdByUserId"], "1234");
        let mine = h
            .drain(
                "streamWorkOrders",
                &orders_stream("&assignedUserIds=1234&assetIds=12443"),
            )
            .await;
        assert_eq!(mine.len(), 1);
        let new_order = h
            .call(
                "postWorkOrders",
                Method::POST,
                "/maintenance/work-orders",
                Some(&json!({"assetId": "12443", "assignedUserId": "1234"})),
            )
            .await;
        assert_eq!(new_order.status, 200, "{}", new_order.text);
        // Record counts: max(n, 1) seeded records, max(n, 5) work orders.
        let workers = h
            .drain(
                "getQualificationRecordsStream",
                &records_stream("worker", ""),
            )
            .await;
        let assets = h
            .drain(
                "getQualificationRecordsStream",
                &records_stream("asset", ""),
            )
            .await;
        assert_eq!(
            workers.len() + assets.len(),
            records.max(1) + 2,
            "plus the two created"
        );
        let orders = h.drain("getWorkOrders", "/maintenance/work-orders").await;
        assert_eq!(orders.len(), records.max(5) + 1, "plus the one created");
    }
}

#[tokio::test]
async fn realistic_profile_is_deterministic_from_the_seed() {
    let snapshot = |seed: u64| async move {
        let h = Harness::start(
            MockConfig::realistic()
                .records(60)
                .seed(seed)
                .rate_limits(false),
        )
        .await;
        (everything(&h).await, h.server.odd_records())
    };
    let (a, odd_a) = snapshot(5).await;
    let (b, odd_b) = snapshot(5).await;
    assert_eq!(a, b);
    assert_eq!(odd_a, odd_b);
    let (c, _) = snapshot(6).await;
    assert_ne!(a, c);
}

#[test]
fn the_binary_with_realistic_serves_the_live_apis_shapes() {
    let (mut child, url) =
        common::spawn_binary(&["--records", "3", "--no-rate-limits", "--realistic"]);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let body = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("{url}/qualification-records?ids=nope"))
            .bearer_auth("test-token")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(body, r#"{"data":null}"#);
}
