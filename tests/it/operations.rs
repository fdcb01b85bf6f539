//! The generated client sends exactly the method, path, query encoding,
//! headers and JSON body the spec describes, for each of the 13 operations,
//! and decodes the documented responses. Runs against wiremock on loopback.

use chrono::{DateTime, Utc};
use samsara::{Client, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "test-token-abc";

async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .api_version("2025-06-11")
        .build()
        .unwrap();
    (server, client)
}

async fn respond(server: &MockServer, verb: &str, route: &str, response: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(response)
        .expect(1)
        .mount(server)
        .await;
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "expected exactly one request");
    let request = requests.remove(0);
    assert_eq!(
        request.headers["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );
    assert_eq!(request.headers["x-samsara-version"], "2025-06-11");
    assert!(
        request.headers["user-agent"]
            .to_str()
            .unwrap()
            .starts_with("samsara-rs/")
    );
    assert!(
        request.headers.get("api-version").is_none(),
        "progenitor's api-version header must be stripped"
    );
    request
}

fn query(request: &Request) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = request.url.query_pairs().into_owned().collect();
    pairs.sort();
    pairs
}

fn raw_query(request: &Request) -> &str {
    request.url.query().unwrap_or("")
}

fn body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).unwrap()
}

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<_> = items
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    v.sort();
    v
}

fn record_json(id: &str) -> Value {
    json!({
        "id": id, "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-02T00:00:00Z",
        "issueDate": "2025-01-01T00:00:00Z", "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "281474"}, "qualificationType": {"id": "qt1"},
        "recordStatus": "active", "fields": [{"id": "f1", "type": "text", "label": "Licence", "textValue": {"value": "D123"}}]
    })
}

fn work_order_json(id: &str) -> Value {
    json!({"id": id, "assetId": "12443", "status": "In Progress", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-02T00:00:00Z"})
}

fn page(data: Value) -> Value {
    json!({"data": data, "pagination": {"endCursor": "MjkY", "hasNextPage": true}})
}

#[tokio::test]
async fn get_qualification_records_joins_ids_with_commas() {
    let (server, client) = server().await;
    respond(
        &server,
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": [record_json("r1")]})),
    )
    .await;
    let response = client
        .get_qualification_records()
        .ids(samsara::IdRef::list(["r1", "payroll:P42"]).unwrap())
        .include_external_ids(true)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(response.data[0].id, "r1");
    let request = only_request(&server).await;
    assert_eq!(
        raw_query(&request),
        "ids=r1,payroll%3AP42&includeExternalIds=true"
    );
    assert_eq!(
        query(&request),
        pairs(&[("ids", "r1,payroll:P42"), ("includeExternalIds", "true")])
    );
}

#[tokio::test]
async fn post_qualification_record_sends_the_body_and_reads_201() {
    let (server, client) = server().await;
    respond(
        &server,
        "POST",
        "/qualification-records",
        ResponseTemplate::new(201).set_body_json(json!({"data": record_json("r9")})),
    )
    .await;
    let body_in = json!({
        "issueDate": "2025-08-27T10:20:30Z", "expirationDate": "2026-08-27T10:20:30Z",
        "owner": {"entityType": "worker", "id": "281474"}, "qualificationType": {"id": "qt1"},
        "externalIds": {"payroll": "P42"},
        "fields": [{"id": "f1", "type": "text", "textValue": {"value": "D123"}}]
    });
    let created = client
        .post_qualification_record()
        .body(serde_json::from_value::<types::QualificationRecordCreate>(body_in.clone()).unwrap())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.data.id, "r9");
    let request = only_request(&server).await;
    assert_eq!(request.headers["content-type"], "application/json");
    assert_eq!(body(&request), body_in);
}

#[tokio::test]
async fn patch_qualification_record_sends_only_the_members_set() {
    let (server, client) = server().await;
    respond(
        &server,
        "PATCH",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": record_json("r1")})),
    )
    .await;
    let patch = types::QualificationRecordPatch::builder()
        .id("r1")
        .expiration_date(Some(t("1970-01-01T00:00:00Z")));
    client
        .patch_qualification_record()
        .body(patch)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        body(&only_request(&server).await),
        json!({"id": "r1", "expirationDate": "1970-01-01T00:00:00Z"})
    );
}

#[tokio::test]
async fn delete_qualification_record_sends_a_json_body() {
    let (server, client) = server().await;
    respond(
        &server,
        "DELETE",
        "/qualification-records",
        ResponseTemplate::new(200),
    )
    .await;
    client
        .delete_qualification_record()
        .body(types::QualificationRecordIdRequest::builder().id("r1"))
        .send_raw()
        .await
        .unwrap();
    assert_eq!(body(&only_request(&server).await), json!({"id": "r1"}));
}

#[tokio::test]
async fn archive_and_unarchive_post_the_id() {
    for (route, archive) in [
        ("/qualification-records/archive", true),
        ("/qualification-records/unarchive", false),
    ] {
        let (server, client) = server().await;
        respond(&server, "POST", route, ResponseTemplate::new(200)).await;
        let id = types::QualificationRecordIdRequest::builder().id("r1");
        if archive {
            client
                .archive_qualification_record()
                .body(id)
                .send_raw()
                .await
                .unwrap();
        } else {
            client
                .unarchive_qualification_record()
                .body(id)
                .send_raw()
                .await
                .unwrap();
        }
        assert_eq!(body(&only_request(&server).await), json!({"id": "r1"}));
    }
}

#[tokio::test]
async fn qualification_records_stream_encodes_every_parameter() {
    let (server, client) = server().await;
    respond(
        &server,
        "GET",
        "/qualification-records/stream",
        ResponseTemplate::new(200).set_body_json(page(json!([record_json("r1")]))),
    )
    .await;
    let response = client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Worker)
        .start_time(t("2025-01-01T00:00:00Z"))
        .end_time(t("2025-02-01T00:00:00.455Z"))
        .after("MjkY")
        .qualification_type_ids(vec!["qt1".to_string(), "qt2".to_string()])
        .owner_ids(vec!["w1".to_string(), "w2".to_string()])
        .include_deleted(true)
        .include_external_ids(false)
        .limit(100u32)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(response.pagination.end_cursor, "MjkY");
    let request = only_request(&server).await;
    assert_eq!(
        query(&request),
        pairs(&[
            ("after", "MjkY"),
            ("endTime", "2025-02-01T00:00:00.455Z"),
            ("entityType", "worker"),
            ("includeDeleted", "true"),
            ("includeExternalIds", "false"),
            ("limit", "100"),
            ("ownerIds", "w1,w2"),
            ("qualificationTypeIds", "qt1,qt2"),
            ("startTime", "2025-01-01T00:00:00Z"),
        ])
    );
    assert!(
        raw_query(&request).contains("ownerIds=w1,w2"),
        "{}",
        raw_query(&request)
    );
}

#[tokio::test]
async fn qualification_types_joins_ids_with_commas() {
    let (server, client) = server().await;
    let qt = json!({"id": "qt1", "name": "Driver License", "revisionId": "rev1", "entityType": "worker",
        "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "fields": [{"id": "f1", "label": "Number", "isRequired": true, "type": "text"}]});
    respond(
        &server,
        "GET",
        "/qualification-types",
        ResponseTemplate::new(200).set_body_json(page(json!([qt]))),
    )
    .await;
    let response = client
        .get_qualification_types()
        .entity_type("asset")
        .ids(vec!["qt1".to_string(), "qt2".to_string()])
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        response.data[0].fields[0].type_,
        types::FieldDefinitionType::Text
    );
    let request = only_request(&server).await;
    assert_eq!(
        query(&request),
        pairs(&[("entityType", "asset"), ("ids", "qt1,qt2")])
    );
}

#[tokio::test]
async fn get_work_orders_repeats_ids() {
    let (server, client) = server().await;
    respond(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(page(json!([work_order_json("5")]))),
    )
    .await;
    let response = client
        .get_work_orders()
        .ids(vec!["5".to_string(), "6".to_string()])
        .include_external_ids(true)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(response.data[0].status, types::WorkOrderStatus::InProgress);
    let request = only_request(&server).await;
    assert_eq!(raw_query(&request), "ids=5&ids=6&includeExternalIds=true");
}

#[tokio::test]
async fn post_work_orders_sends_the_body_and_reads_200() {
    let (server, client) = server().await;
    respond(
        &server,
        "POST",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(json!({"data": work_order_json("7")})),
    )
    .await;
    let body_in = json!({
        "assetId": "vin:1HGCM82633A004352", "description": "Brakes squeal", "priority": "High", "status": "Open",
        "discount": {"basisPoints": 500}, "tax": {"money": {"amount": "9.40", "currency": "usd"}},
        "items": [{"id": "i1", "type": "ISSUE"}],
        "serviceTaskInstances": [{"serviceTaskId": "st1", "status": "Open", "parts": [{"partId": "P0077", "quantity": 2.5}]}]
    });
    let created = client
        .post_work_orders()
        .body(serde_json::from_value::<types::WorkOrderCreate>(body_in.clone()).unwrap())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(created.data.id, "7");
    assert_eq!(body(&only_request(&server).await), body_in);
}

#[tokio::test]
async fn patch_work_orders_sends_the_body() {
    let (server, client) = server().await;
    respond(
        &server,
        "PATCH",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(json!({"data": work_order_json("7")})),
    )
    .await;
    let patch = types::WorkOrderPatch::builder()
        .id("7")
        .status(Some(types::WorkOrderStatus::Completed))
        .closing_notes(Some("done".to_string()));
    client
        .patch_work_orders()
        .body(patch)
        .send_raw()
        .await
        .unwrap();
    assert_eq!(
        body(&only_request(&server).await),
        json!({"id": "7", "status": "Completed", "closingNotes": "done"})
    );
}

#[tokio::test]
async fn delete_work_orders_sends_the_id_in_the_query_and_reads_204() {
    let (server, client) = server().await;
    respond(
        &server,
        "DELETE",
        "/maintenance/work-orders",
        ResponseTemplate::new(204),
    )
    .await;
    let response = client
        .delete_work_orders()
        .id("7")
        .send_raw()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let request = only_request(&server).await;
    assert_eq!(raw_query(&request), "id=7");
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn stream_work_orders_repeats_array_parameters() {
    let (server, client) = server().await;
    respond(
        &server,
        "GET",
        "/maintenance/work-orders/stream",
        ResponseTemplate::new(200).set_body_json(page(json!([work_order_json("5")]))),
    )
    .await;
    client
        .stream_work_orders()
        .start_time(t("2025-01-01T00:00:00Z"))
        .work_order_statuses(vec![
            types::WorkOrderStatus::Open,
            types::WorkOrderStatus::InProgress,
        ])
        .asset_ids(vec!["a1".to_string(), "a2".to_string()])
        .assigned_user_ids(vec!["u1".to_string()])
        .send_raw()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        query(&request),
        pairs(&[
            ("assetIds", "a1"),
            ("assetIds", "a2"),
            ("assignedUserIds", "u1"),
            ("startTime", "2025-01-01T00:00:00Z"),
            ("workOrderStatuses", "In Progress"),
            ("workOrderStatuses", "Open"),
        ])
    );
}

#[tokio::test]
async fn error_status_becomes_a_typed_error_with_message_and_request_id() {
    let (server, client) = server().await;
    respond(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(404)
            .set_body_json(json!({"message": "Work order not found", "requestId": "8916e1c1"})),
    )
    .await;
    let err = client
        .get_work_orders()
        .ids(vec!["nope".to_string()])
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::NOT_FOUND));
    assert_eq!(err.request_id(), Some("8916e1c1"));
    assert_eq!(
        err.to_string(),
        "get_work_orders: HTTP 404 Not Found: Work order not found (request id 8916e1c1)"
    );
}

/// The error `get_work_orders` gives for a page whose second work order has
/// `member` set to `value`.
async fn error_for_a_page_with(member: &str, value: Value) -> samsara::Error {
    let (server, client) = server().await;
    let mut bad = work_order_json("5");
    bad[member] = value;
    respond(
        &server,
        "GET",
        "/maintenance/work-orders",
        ResponseTemplate::new(200).set_body_json(page(json!([work_order_json("4"), bad]))),
    )
    .await;
    client.get_work_orders().send().await.unwrap_err()
}

#[tokio::test]
async fn a_wrong_type_in_a_response_names_the_json_path() {
    match error_for_a_page_with("engineHours", json!("lots")).await {
        samsara::Error::Decode { path, .. } => assert_eq!(path, "data[1].engineHours"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_bad_timestamp_names_its_json_path_and_chronos_reason() {
    for (member, value, reason) in [
        (
            "createdAtTime",
            json!("2025-02-30T00:00:00Z"),
            "input is out of range",
        ),
        ("createdAtTime", json!(null), "invalid type: null"),
        (
            "completedAtTime",
            json!("yesterday"),
            "input contains invalid characters",
        ),
        ("completedAtTime", json!(5), "invalid type: integer"),
    ] {
        match error_for_a_page_with(member, value.clone()).await {
            samsara::Error::Decode { path, message, .. } => {
                assert_eq!(path, format!("data[1].{member}"), "{value}");
                assert!(message.contains(reason), "{value}: {message}");
            }
            other => panic!("{value}: expected a decode error, got {other:?}"),
        }
    }
}
