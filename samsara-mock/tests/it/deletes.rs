//! Deletes as the live API does them, in both profiles: a deleted work order
//! simply disappears from the stream, the list and lookups (the work-order
//! stream has no `includeDeleted`, and no tombstone is served); a deleted
//! qualification record stays in the stream, `recordStatus: "deleted"`, with
//! `includeDeleted=true` only, and an archived one in every read.

use crate::common;

use chrono::{DateTime, Utc};
use common::{Harness, enc, quiet, raw_drain};
use reqwest::Method;
use samsara_mock::MockConfig;
use serde_json::{Value, json};

const SINCE: &str = "2020-01-01T00:00:00Z";
const FAR: &str = "2100-01-01T00:00:00Z";

/// The two profiles, without rate limits (these tests are not about budgets).
fn profiles() -> [(&'static str, MockConfig); 2] {
    [
        ("default", quiet(20)),
        (
            "realistic",
            MockConfig::realistic().records(20).rate_limits(false),
        ),
    ]
}

fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

fn at(v: &Value) -> DateTime<Utc> {
    v["updatedAtTime"].as_str().unwrap().parse().unwrap()
}

/// A `200` or `204` acknowledgement (the realistic profile rotates them).
fn acked(r: &common::Resp) -> bool {
    matches!(r.status, 200 | 204)
}

#[tokio::test]
async fn a_deleted_work_order_disappears_from_the_stream_the_list_and_lookups() {
    for (profile, config) in profiles() {
        let h = Harness::start(config).await;
        let t0 = Utc::now();
        let deleted = h
            .raw(Method::DELETE, "/maintenance/work-orders?id=7", None)
            .await;
        assert!(acked(&deleted), "{profile}: {}", deleted.text);
        h.server.wait_until_visible().await;

        let window = format!("/maintenance/work-orders/stream?startTime={SINCE}&endTime={FAR}");
        let all = raw_drain(&h, &window).await;
        assert_eq!(all.len(), 19, "{profile}");
        assert!(!ids(&all).contains(&"7".to_owned()), "{profile}");
        // A feed from before the delete: nothing, no tombstone.
        let since_delete = format!(
            "/maintenance/work-orders/stream?startTime={}",
            enc(&t0.to_rfc3339())
        );
        assert!(raw_drain(&h, &since_delete).await.is_empty(), "{profile}");
        // `includeDeleted` is not a parameter of the work-order stream.
        let asked = raw_drain(&h, &format!("{window}&includeDeleted=true")).await;
        assert_eq!(ids(&asked), ids(&all), "{profile}");
        let listed = raw_drain(&h, "/maintenance/work-orders?limit=5").await;
        assert_eq!(listed.len(), 19, "{profile}");
        assert!(!ids(&listed).contains(&"7".to_owned()), "{profile}");
        let by_id = h.raw_get("/maintenance/work-orders?ids=7,8").await;
        assert_eq!(by_id.status, 200);
        assert_eq!(ids(&by_id.json["data"].as_array().unwrap().clone()), ["8"]);
        let again = h
            .raw(Method::DELETE, "/maintenance/work-orders?id=7", None)
            .await;
        assert_eq!(again.status, 404, "{profile}");
    }
}

#[tokio::test]
async fn deleted_records_stay_with_include_deleted_and_archived_ones_in_every_read() {
    for (profile, config) in profiles() {
        let h = Harness::start(config).await;
        let stream = |deleted: bool| {
            format!(
                "/qualification-records/stream?entityType=worker&startTime={SINCE}&endTime={FAR}&includeDeleted={deleted}"
            )
        };
        let before = raw_drain(&h, &stream(false)).await;
        let active: Vec<&Value> = before
            .iter()
            .filter(|r| r["recordStatus"] == "active")
            .collect();
        let (gone, shelved) = (
            active[1]["id"].as_str().unwrap().to_owned(),
            active[2]["id"].as_str().unwrap().to_owned(),
        );
        let t0 = Utc::now();
        let deleted = h
            .raw(
                Method::DELETE,
                "/qualification-records",
                Some(&json!({"id": gone})),
            )
            .await;
        assert!(acked(&deleted), "{profile}: {}", deleted.text);
        let archived = h
            .raw(
                Method::POST,
                "/qualification-records/archive",
                Some(&json!({"id": shelved})),
            )
            .await;
        assert!(acked(&archived), "{profile}: {}", archived.text);
        h.server.wait_until_visible().await;

        let with_deleted = raw_drain(&h, &stream(true)).await;
        let find = |items: &[Value], id: &str| items.iter().find(|r| r["id"] == id).cloned();
        let record = find(&with_deleted, &gone).expect("a deleted record, with includeDeleted");
        assert_eq!(record["recordStatus"], "deleted", "{profile}");
        assert!(at(&record) >= t0, "{profile}: stamped when deleted");
        assert_eq!(
            with_deleted.last().unwrap()["id"],
            shelved.as_str(),
            "{profile}: the last change last"
        );
        assert!(
            with_deleted
                .iter()
                .filter(|r| r["recordStatus"] == "deleted")
                .count()
                > 1,
            "{profile}: seeded deleted records too"
        );

        let without = raw_drain(&h, &stream(false)).await;
        assert!(find(&without, &gone).is_none(), "{profile}");
        assert!(without.iter().all(|r| r["recordStatus"] != "deleted"));
        assert_eq!(
            find(&without, &shelved).unwrap()["recordStatus"],
            "archived",
            "{profile}: archived records are not deleted ones"
        );
        assert_eq!(without.len(), before.len() - 1, "{profile}");

        let looked_up = h
            .raw_get(&format!("/qualification-records?ids={gone},{shelved}"))
            .await;
        assert_eq!(
            ids(looked_up.json["data"].as_array().unwrap()),
            [shelved.as_str()],
            "{profile}"
        );
        // A deleted record cannot be written again.
        let again = h
            .raw(
                Method::DELETE,
                "/qualification-records",
                Some(&json!({"id": gone})),
            )
            .await;
        assert_eq!(again.status, 404, "{profile}");
    }
}
