//! Every 2xx is a success, for every operation (Samsara's Response Codes
//! page): a create answered 200 instead of 201 returns the created record,
//! and a delete or archive answered 204, 200 with `{}` or 200 with nothing is
//! `Ok`. Runs against wiremock on loopback.

use futures::future::BoxFuture;
use samsara::{Client, Error, types};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common;

fn type_json(id: &str) -> Value {
    json!({"id": id, "name": "Licence", "revisionId": "r", "entityType": "worker",
        "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"}, "fields": []})
}

fn page(item: Value) -> Value {
    json!({"data": [item], "pagination": {"endCursor": "", "hasNextPage": false}})
}

/// One operation: its method and path, a body it answers with, and a call
/// that returns the id it decoded (`""` for operations without a body).
struct Operation {
    id: &'static str,
    method: &'static str,
    path: &'static str,
    body: Option<Value>,
    call: for<'a> fn(&'a Client) -> BoxFuture<'a, Result<String, Error>>,
}

fn qualification_record_create() -> types::QualificationRecordCreate {
    serde_json::from_value(json!({"issueDate": "2025-08-27T10:20:30Z",
        "owner": {"entityType": "worker", "id": "281474"}, "qualificationType": {"id": "qt1"}}))
    .unwrap()
}

fn id_request() -> types::QualificationRecordIdRequest {
    types::QualificationRecordIdRequest::builder()
        .id("r1")
        .try_into()
        .unwrap()
}

fn start() -> chrono::DateTime<chrono::Utc> {
    "2025-01-01T00:00:00Z".parse().unwrap()
}

fn operations() -> Vec<Operation> {
    vec![
        Operation {
            id: "getQualificationRecords",
            method: "GET",
            path: "/qualification-records",
            body: Some(json!({"data": [common::record("r1", json!([]))]})),
            call: |c| {
                Box::pin(async move {
                    let list = c
                        .get_qualification_records()
                        .ids(samsara::IdRef::list(["r1"])?)
                        .send()
                        .await?;
                    Ok(list.data[0].id.clone())
                })
            },
        },
        Operation {
            id: "postQualificationRecord",
            method: "POST",
            path: "/qualification-records",
            body: Some(json!({"data": common::record("r1", json!([]))})),
            call: |c| {
                Box::pin(async move {
                    Ok(c.post_qualification_record()
                        .body(qualification_record_create())
                        .send()
                        .await?
                        .id)
                })
            },
        },
        Operation {
            id: "patchQualificationRecord",
            method: "PATCH",
            path: "/qualification-records",
            body: Some(json!({"data": common::record("r1", json!([]))})),
            call: |c| {
                Box::pin(async move {
                    let patch = types::QualificationRecordPatch::builder().id("r1");
                    Ok(c.patch_qualification_record().body(patch).send().await?.id)
                })
            },
        },
        Operation {
            id: "deleteQualificationRecord",
            method: "DELETE",
            path: "/qualification-records",
            body: None,
            call: |c| {
                Box::pin(async move {
                    c.delete_qualification_record()
                        .body(id_request())
                        .send()
                        .await?;
                    Ok(String::new())
                })
            },
        },
        Operation {
            id: "archiveQualificationRecord",
            method: "POST",
            path: "/qualification-records/archive",
            body: None,
            call: |c| {
                Box::pin(async move {
                    c.archive_qualification_record()
                        .body(id_request())
                        .send()
                        .await?;
                    Ok(String::new())
                })
            },
        },
        Operation {
            id: "unarchiveQualificationRecord",
            method: "POST",
            path: "/qualification-records/unarchive",
            body: None,
            call: |c| {
                Box::pin(async move {
                    c.unarchive_qualification_record()
                        .body(id_request())
                        .send()
                        .await?;
                    Ok(String::new())
                })
            },
        },
        Operation {
            id: "getQualificationRecordsStream",
            method: "GET",
            path: "/qualification-records/stream",
            body: Some(page(common::record("r1", json!([])))),
            call: |c| {
                Box::pin(async move {
                    let page = c
                        .get_qualification_records_stream()
                        .entity_type(types::EntityType::Worker)
                        .start_time(start())
                        .send()
                        .await?;
                    Ok(page.data[0].id.clone())
                })
            },
        },
        Operation {
            id: "getQualificationTypes",
            method: "GET",
            path: "/qualification-types",
            body: Some(page(type_json("r1"))),
            call: |c| {
                Box::pin(async move {
                    let page = c
                        .get_qualification_types()
                        .entity_type(types::EntityType::Worker)
                        .send()
                        .await?;
                    Ok(page.data[0].id.clone())
                })
            },
        },
        Operation {
            id: "getWorkOrders",
            method: "GET",
            path: "/maintenance/work-orders",
            body: Some(page(common::work_order("r1"))),
            call: |c| {
                Box::pin(async move { Ok(c.get_work_orders().send().await?.data[0].id.clone()) })
            },
        },
        Operation {
            id: "postWorkOrders",
            method: "POST",
            path: "/maintenance/work-orders",
            body: Some(json!({"data": common::work_order("r1")})),
            call: |c| {
                Box::pin(async move {
                    let create: types::WorkOrderCreate =
                        serde_json::from_value(json!({"assetId": "12443"})).unwrap();
                    Ok(c.post_work_orders().body(create).send().await?.id)
                })
            },
        },
        Operation {
            id: "patchWorkOrders",
            method: "PATCH",
            path: "/maintenance/work-orders",
            body: Some(json!({"data": common::work_order("r1")})),
            call: |c| {
                Box::pin(async move {
                    let patch = types::WorkOrderPatch::builder().id("r1");
                    Ok(c.patch_work_orders().body(patch).send().await?.id)
                })
            },
        },
        Operation {
            id: "deleteWorkOrders",
            method: "DELETE",
            path: "/maintenance/work-orders",
            body: None,
            call: |c| {
                Box::pin(async move {
                    c.delete_work_orders().id("r1").send().await?;
                    Ok(String::new())
                })
            },
        },
        Operation {
            id: "streamWorkOrders",
            method: "GET",
            path: "/maintenance/work-orders/stream",
            body: Some(page(common::work_order("r1"))),
            call: |c| {
                Box::pin(async move {
                    Ok(c.stream_work_orders()
                        .start_time(start())
                        .send()
                        .await?
                        .data[0]
                        .id
                        .clone())
                })
            },
        },
        Operation {
            id: "getServiceTasks",
            method: "GET",
            path: "/maintenance/service-tasks",
            body: Some(page(json!({"id": "r1", "name": "Oil change"}))),
            call: |c| {
                Box::pin(async move { Ok(c.get_service_tasks().send().await?.data[0].id.clone()) })
            },
        },
        Operation {
            id: "postInvoiceScan",
            method: "POST",
            path: "/maintenance/invoice-scans",
            body: Some(json!({"data": {"workOrderId": "r1"}})),
            call: |c| {
                Box::pin(async move {
                    let scan: types::InvoiceScan = serde_json::from_value(json!({
                        "assetId": "12443",
                        "file": {"base64Content": "JVBERi0=", "contentType": "application/pdf"}}))
                    .unwrap();
                    Ok(c.post_invoice_scan().body(scan).send().await?.work_order_id)
                })
            },
        },
        Operation {
            id: "listWebhooks",
            method: "GET",
            path: "/webhooks",
            body: Some(page(webhook_json("r1"))),
            call: |c| {
                Box::pin(async move { Ok(c.list_webhooks().send().await?.data[0].id.clone()) })
            },
        },
        Operation {
            id: "postWebhooks",
            method: "POST",
            path: "/webhooks",
            body: Some(webhook_json("r1")),
            call: |c| {
                Box::pin(async move {
                    let create = types::WebhookCreate::builder()
                        .name("n")
                        .url("https://example.com/hook");
                    Ok(c.post_webhooks().body(create).send().await?.id)
                })
            },
        },
        Operation {
            id: "getWebhook",
            method: "GET",
            path: "/webhooks/r1",
            body: Some(webhook_json("r1")),
            call: |c| Box::pin(async move { Ok(c.get_webhook().id("r1").send().await?.id) }),
        },
        Operation {
            id: "patchWebhook",
            method: "PATCH",
            path: "/webhooks/r1",
            body: Some(webhook_json("r1")),
            call: |c| {
                Box::pin(async move {
                    let patch: types::WebhookPatch =
                        serde_json::from_value(json!({"name": "renamed"})).unwrap();
                    Ok(c.patch_webhook().id("r1").body(patch).send().await?.id)
                })
            },
        },
        Operation {
            id: "deleteWebhook",
            method: "DELETE",
            path: "/webhooks/r1",
            body: None,
            call: |c| {
                Box::pin(async move {
                    c.delete_webhook().id("r1").send().await?;
                    Ok(String::new())
                })
            },
        },
    ]
}

fn webhook_json(id: &str) -> Value {
    json!({"id": id, "name": "n", "url": "https://example.com/hook", "version": "2024-02-27",
        "secretKey": "c2VjcmV0", "eventTypes": ["WorkOrderCreatedOrChanged"]})
}

/// The responses to try: (status, body) for operations with and without a body.
fn variants(body: &Option<Value>) -> Vec<(u16, ResponseTemplate, &'static str)> {
    match body {
        Some(body) => [200, 201, 202, 203]
            .into_iter()
            .map(|s| (s, ResponseTemplate::new(s).set_body_json(body), "body"))
            .collect(),
        None => vec![
            (204, ResponseTemplate::new(204), "no body"),
            (
                200,
                ResponseTemplate::new(200).set_body_raw("{}", "application/json"),
                "{}",
            ),
            (200, ResponseTemplate::new(200), "empty body"),
            (202, ResponseTemplate::new(202), "empty body"),
            (
                201,
                ResponseTemplate::new(201).set_body_raw("{}", "application/json"),
                "{}",
            ),
        ],
    }
}

#[test]
fn the_table_covers_every_operation_of_the_spec() {
    let spec: Value =
        serde_json::from_str(include_str!("../../spec/samsara.json")).expect("the spec is JSON");
    let mut in_spec: Vec<String> = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .filter_map(|op| op["operationId"].as_str().map(str::to_owned))
        .collect();
    in_spec.sort();
    let mut here: Vec<String> = operations().iter().map(|o| o.id.to_owned()).collect();
    here.sort();
    assert_eq!(here, in_spec, "add the new operation to operations()");
}

#[tokio::test]
async fn every_operation_takes_every_2xx_as_success() {
    for op in operations() {
        for (status, response, what) in variants(&op.body) {
            let server = MockServer::start().await;
            Mock::given(method(op.method))
                .and(path(op.path))
                .respond_with(response)
                .mount(&server)
                .await;
            let client = common::quick_client("t", &server.uri())
                .retry(samsara::RetryPolicy::none())
                .build()
                .unwrap();
            let decoded = (op.call)(&client).await;
            match (&op.body, decoded) {
                (Some(_), Ok(id)) => assert_eq!(id, "r1", "{} {status} {what}", op.id),
                (None, Ok(id)) => assert_eq!(id, "", "{} {status} {what}", op.id),
                (_, Err(e)) => panic!("{} answered {status} with {what}: {e:?}", op.id),
            }
        }
    }
}

#[tokio::test]
async fn a_create_answered_200_with_the_record_is_not_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/qualification-records"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": common::record("r9", json!([]))})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = common::quick_client("t", &server.uri()).build().unwrap();
    let created = client
        .post_qualification_record()
        .body(qualification_record_create())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(created.status(), 200);
    assert_eq!(created.data.id, "r9");
}

/// A create answered 2xx whose body cannot be read still took effect: the
/// error says so and keeps the body, so nobody creates it again.
#[tokio::test]
async fn a_write_answered_2xx_with_an_unreadable_body_says_it_took_effect() {
    let mut odd = common::work_order("r1");
    odd["engineHours"] = json!(1.5);
    let mut missing = common::work_order("r2");
    missing.as_object_mut().unwrap().remove("assetId");
    for (status, body) in [
        (201, Some(json!({"data": odd}))),
        (200, Some(json!({"data": missing}))),
        (200, Some(json!({}))),
        (202, None),
        (204, None),
    ] {
        let server = MockServer::start().await;
        let response = match &body {
            Some(body) => ResponseTemplate::new(status).set_body_json(body),
            None => ResponseTemplate::new(status),
        };
        Mock::given(method("POST"))
            .and(path("/maintenance/work-orders"))
            .respond_with(response)
            .expect(1)
            .mount(&server)
            .await;
        let client = common::quick_client("t", &server.uri()).build().unwrap();
        let create: types::WorkOrderCreate =
            serde_json::from_value(json!({"assetId": "12443"})).unwrap();
        let err = client
            .post_work_orders()
            .body(create)
            .send()
            .await
            .unwrap_err();
        match &err {
            Error::UnreadableSuccess { operation, raw, .. } => {
                assert_eq!(operation, "post_work_orders");
                assert_eq!(raw, &body.map(|b| b.to_string()).unwrap_or_default());
            }
            other => panic!("{status}: {other:?}"),
        }
        assert!(err.to_string().contains("took effect"), "{err}");
        assert!(!err.is_retryable());
    }
}

/// A read answered 2xx with an unreadable body changed nothing: a plain
/// decode error naming the path.
#[tokio::test]
async fn a_read_with_an_unreadable_body_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": 5})))
        .mount(&server)
        .await;
    let client = common::quick_client("t", &server.uri()).build().unwrap();
    let err = client.get_work_orders().send().await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { path, .. } if path == "data"),
        "{err:?}"
    );
}
