//! External IDs (`key:value`) in every place the API takes them, encoded
//! correctly; malformed ones rejected before any request is sent.

use samsara::{Client, ExternalId, HasExternalIds, IdRef, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn setup(verb: &str, route: &str, response: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(response)
        .mount(&server)
        .await;
    let client = Client::builder()
        .token("t")
        .base_url(server.uri())
        .build()
        .unwrap();
    (server, client)
}

fn record(id: &str, external: Value) -> Value {
    json!({
        "id": id, "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "281474", "externalIds": {"payroll": "W7"}}, "qualificationType": {"id": "qt1"},
        "recordStatus": "active", "fields": [], "externalIds": external
    })
}

fn work_order() -> Value {
    json!({"id": "7", "assetId": "12443", "status": "Open", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
           "maintenanceSite": {"name": "North", "placeId": "2286", "placeExternalIds": {"erp": "site42"}}})
}

#[tokio::test]
async fn qualification_record_ids_accept_external_ids_in_the_query() {
    let (server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": []})),
    )
    .await;
    let ids = vec![
        IdRef::id("123").unwrap(),
        ExternalId::new("payroll", "P42").unwrap().into(),
    ];
    client
        .get_qualification_records()
        .ids(ids)
        .send()
        .await
        .unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.url.query(), Some("ids=123,payroll%3AP42"));
    let decoded: Vec<_> = request.url.query_pairs().collect();
    assert_eq!(decoded[0].1, "123,payroll:P42");
}

#[tokio::test]
async fn lookup_by_external_id_finds_the_record() {
    let body = json!({"data": [record("r1", json!({"payroll": "P42"}))]});
    let (server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(body),
    )
    .await;
    let id: ExternalId = "payroll:P42".parse().unwrap();
    let found = client
        .qualification_record_by_external_id(&id)
        .await
        .unwrap()
        .expect("found");
    assert_eq!(found.id, "r1");
    assert_eq!(found.external_id("payroll"), Some("P42"));
    assert_eq!(found.owner.external_id("payroll"), Some("W7"));
    let query = server.received_requests().await.unwrap()[0]
        .url
        .query()
        .unwrap()
        .to_owned();
    assert_eq!(query, "ids=payroll%3AP42&includeExternalIds=true");
}

#[tokio::test]
async fn lookup_of_an_unknown_external_id_is_none() {
    let not_found =
        ResponseTemplate::new(404).set_body_json(json!({"message": "not found", "requestId": "r"}));
    let (_server, client) = setup("GET", "/qualification-records", not_found).await;
    assert!(
        client
            .qualification_record_by_external_id(&"payroll:X1".parse().unwrap())
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn work_order_asset_and_place_take_external_ids_in_the_body() {
    let (server, client) = setup(
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(json!({"data": work_order()})),
    )
    .await;
    let create = types::WorkOrderCreate::builder()
        .asset_id("vin:1HGCM82633A004352")
        .place_external_id(Some("erp:site42".parse().unwrap()));
    let created = client.post_work_orders().body(create).send().await.unwrap();
    let body: Value =
        serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(
        body,
        json!({"assetId": "vin:1HGCM82633A004352", "placeExternalId": "erp:site42"})
    );
    let site = created.data.maintenance_site.as_ref().unwrap();
    assert!(site.has_external_id(&"erp:site42".parse().unwrap()));
}

#[tokio::test]
async fn malformed_external_ids_are_rejected_before_any_request() {
    let (server, client) = setup(
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(json!({"data": work_order()})),
    )
    .await;
    let err = client
        .post_work_orders()
        .body(types::WorkOrderCreate::builder().asset_id("vin:1HGC,M8"))
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("asset_id"), "{err}");
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );
    for bad in ["payroll:P/42", "payroll:P&x=1", "a:b:c", "payroll:"] {
        assert!(IdRef::list(["ok", bad]).is_err(), "{bad}");
    }
}

#[test]
fn find_by_external_id_reads_the_maps() {
    let records: Vec<types::QualificationRecord> = vec![
        serde_json::from_value(record("r1", json!({"payroll": "P1"}))).unwrap(),
        serde_json::from_value(record("r2", json!({"payroll": "P2", "hr": "H2"}))).unwrap(),
        serde_json::from_value(record("r3", Value::Null)).unwrap(),
    ];
    let hr: ExternalId = "hr:H2".parse().unwrap();
    assert_eq!(
        samsara::external_id::find_by_external_id(&records, &hr)
            .unwrap()
            .id,
        "r2"
    );
    assert!(
        samsara::external_id::find_by_external_id(&records, &"hr:H9".parse().unwrap()).is_none()
    );
    assert_eq!(records[2].external_id("payroll"), None);
}
