//! Enum values in the spellings Samsara's own pages use (`OPEN`, `HIGH`,
//! `IN PROGRESS` where the spec lists `Open`, `High`, `In Progress`) decode to
//! the known variants and are sent back in the documented spelling; unknown
//! values stay `Other`, verbatim.

use samsara::types::{ServiceTaskStatus, WorkOrderItemType, WorkOrderPriority, WorkOrderStatus};
use samsara::{Client, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn decode<T: serde::de::DeserializeOwned>(raw: &str) -> T {
    serde_json::from_value(Value::String(raw.to_owned())).unwrap()
}

fn encode<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

#[test]
fn other_letter_cases_decode_to_the_known_variant() {
    for (raw, known) in [
        ("Open", WorkOrderStatus::Open),
        ("OPEN", WorkOrderStatus::Open),
        ("open", WorkOrderStatus::Open),
        ("In Progress", WorkOrderStatus::InProgress),
        ("in progress", WorkOrderStatus::InProgress),
        ("IN PROGRESS", WorkOrderStatus::InProgress),
        ("PENDING APPROVAL", WorkOrderStatus::PendingApproval),
    ] {
        let decoded: WorkOrderStatus = decode(raw);
        assert_eq!(decoded, known, "{raw:?}");
        assert!(decoded.is_known());
        assert_eq!(WorkOrderStatus::from(raw), known, "From<&str> {raw:?}");
        assert_eq!(
            WorkOrderStatus::from(raw.to_owned()),
            known,
            "From<String> {raw:?}"
        );
        assert_eq!(
            raw.parse::<WorkOrderStatus>().unwrap(),
            known,
            "FromStr {raw:?}"
        );
    }
    for (raw, known) in [
        ("HIGH", WorkOrderPriority::High),
        ("high", WorkOrderPriority::High),
        ("uRgEnT", WorkOrderPriority::Urgent),
    ] {
        assert_eq!(decode::<WorkOrderPriority>(raw), known, "{raw:?}");
    }
    // And the other way round: the spec's SCREAMING values in lower case.
    assert_eq!(
        decode::<WorkOrderItemType>("issue"),
        WorkOrderItemType::Issue
    );
}

#[test]
fn separators_are_ignored_when_exactly_one_value_matches() {
    for raw in ["IN_PROGRESS", "in-progress", "InProgress", "in_Progress"] {
        assert_eq!(
            decode::<WorkOrderStatus>(raw),
            WorkOrderStatus::InProgress,
            "{raw:?}"
        );
    }
    assert_eq!(
        decode::<ServiceTaskStatus>("ON_HOLD"),
        ServiceTaskStatus::OnHold
    );
    assert_eq!(
        decode::<WorkOrderItemType>("scheduledMaintenance"),
        WorkOrderItemType::ScheduledMaintenance
    );
}

#[test]
fn known_values_are_sent_in_the_documented_spelling() {
    for (raw, documented) in [
        ("OPEN", "Open"),
        ("open", "Open"),
        ("IN PROGRESS", "In Progress"),
        ("in progress", "In Progress"),
        ("IN_PROGRESS", "In Progress"),
    ] {
        let status: WorkOrderStatus = decode(raw);
        assert_eq!(encode(&status), json!(documented), "{raw:?}");
        assert_eq!(status.as_str(), documented);
        assert_eq!(status.to_string(), documented);
    }
    assert_eq!(encode(&decode::<WorkOrderPriority>("HIGH")), json!("High"));
}

#[test]
fn unknown_values_stay_other_verbatim() {
    for raw in [
        "Awaiting Vendor",
        "AWAITING_VENDOR",
        "Opened",
        "In Progres",
        "",
        "_",
    ] {
        let status: WorkOrderStatus = decode(raw);
        assert_eq!(status, WorkOrderStatus::Other(raw.to_owned()), "{raw:?}");
        assert!(!status.is_known());
        assert_eq!(encode(&status), json!(raw), "{raw:?}");
    }
    assert_eq!(
        decode::<WorkOrderPriority>("CRITICAL"),
        WorkOrderPriority::Other("CRITICAL".into())
    );
}

#[test]
fn a_work_order_page_in_samsaras_spelling_compares_equal() {
    let page = json!({
        "data": [
            {"id": "5", "assetId": "12443", "status": "OPEN", "priority": "HIGH",
             "createdAtTime": "2019-06-13T19:08:25Z", "updatedAtTime": "2019-06-13T19:08:25Z",
             "items": [{"id": "i1", "type": "issue"}],
             "serviceTaskInstances": [{"id": "s1", "serviceTaskId": "t1", "status": "IN PROGRESS"}]},
            {"id": "6", "assetId": "12444", "status": "in progress", "priority": "urgent",
             "createdAtTime": "2019-06-13T19:08:25Z", "updatedAtTime": "2019-06-13T19:08:25Z"},
            {"id": "7", "assetId": "12445", "status": "Awaiting Vendor",
             "createdAtTime": "2019-06-13T19:08:25Z", "updatedAtTime": "2019-06-13T19:08:25Z"}
        ],
        "pagination": {"endCursor": "MjkY", "hasNextPage": true}
    });
    let bytes = serde_json::to_vec(&page).unwrap();
    let decoded: types::WorkOrderPage = serde_json::from_slice(&bytes).unwrap();
    let [first, second, third] = &decoded.data[..] else {
        panic!("three orders")
    };
    assert!(first.status == WorkOrderStatus::Open);
    assert!(first.priority == Some(WorkOrderPriority::High));
    assert_eq!(
        first.items.as_ref().unwrap()[0].type_,
        WorkOrderItemType::Issue
    );
    assert_eq!(
        first.service_task_instances.as_ref().unwrap()[0].status,
        ServiceTaskStatus::InProgress
    );
    assert!(second.status == WorkOrderStatus::InProgress);
    assert!(second.priority == Some(WorkOrderPriority::Urgent));
    assert_eq!(
        third.status,
        WorkOrderStatus::Other("Awaiting Vendor".into())
    );

    let encoded = encode(&decoded);
    assert_eq!(encoded["data"][0]["status"], "Open");
    assert_eq!(encoded["data"][0]["priority"], "High");
    assert_eq!(encoded["data"][0]["items"][0]["type"], "ISSUE");
    assert_eq!(encoded["data"][1]["status"], "In Progress");
    assert_eq!(encoded["data"][2]["status"], "Awaiting Vendor");
}

async fn setup(verb: &str, route: &str, body: Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = Client::builder()
        .token("t")
        .base_url(server.uri())
        .build()
        .unwrap();
    (server, client)
}

#[tokio::test]
async fn filters_and_writes_send_the_documented_spelling() {
    let empty = json!({"data": [], "pagination": {"endCursor": "", "hasNextPage": false}});
    let (server, client) = setup("GET", "/maintenance/work-orders/stream", empty).await;
    client
        .stream_work_orders()
        .start_time(
            "2025-01-01T00:00:00Z"
                .parse::<chrono::DateTime<chrono::Utc>>()
                .unwrap(),
        )
        .work_order_statuses(vec![
            WorkOrderStatus::from("OPEN"),
            WorkOrderStatus::from("IN PROGRESS"),
        ])
        .send()
        .await
        .unwrap();
    let url = &server.received_requests().await.unwrap()[0].url;
    let statuses: Vec<String> = url
        .query_pairs()
        .filter(|(k, _)| k == "workOrderStatuses")
        .map(|(_, v)| v.into_owned())
        .collect();
    assert_eq!(statuses, ["Open", "In Progress"]);

    let order = json!({"id": "7", "assetId": "12443", "status": "OPEN", "priority": "HIGH",
                       "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z"});
    let (server, client) = setup("POST", "/maintenance/work-orders", json!({"data": order})).await;
    let created = client
        .post_work_orders()
        .body(
            types::WorkOrderCreate::builder()
                .asset_id("12443")
                .status(Some(WorkOrderStatus::from("open")))
                .priority(Some(WorkOrderPriority::from("HIGH"))),
        )
        .send()
        .await
        .unwrap();
    let sent: Value =
        serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(sent["status"], "Open");
    assert_eq!(sent["priority"], "High");
    assert!(created.status == WorkOrderStatus::Open);
    assert!(created.priority == Some(WorkOrderPriority::High));
}
