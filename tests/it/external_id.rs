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
        .send_raw()
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
async fn lookup_of_a_record_that_does_not_match_the_spec_surfaces_it_whole() {
    let mut odd = record("r1", json!({"payroll": "P42"}));
    odd.as_object_mut().unwrap().remove("createdAtTime");
    odd["fields"] = serde_json::Value::Null;
    let (_server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": [odd]})),
    )
    .await;
    let err = client
        .qualification_record_by_external_id(&"payroll:P42".parse().unwrap())
        .await
        .unwrap_err();
    let record = err.record().expect("Error::Record");
    assert_eq!(record.id.as_deref(), Some("r1"));
    assert_eq!(record.path, "data[0]");
    assert_eq!(record.raw_json()["externalIds"]["payroll"], "P42");
}

#[tokio::test]
async fn a_404_that_is_not_samsaras_is_an_error_not_none() {
    let page = ResponseTemplate::new(404).set_body_string("<html>Not Found</html>");
    let (_server, client) = setup("GET", "/qualification-records", page).await;
    let err = client
        .qualification_record_by_external_id(&"payroll:X1".parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn the_single_record_samsara_returns_is_the_one_even_without_its_external_ids() {
    let mut found = record("r1", json!({}));
    found["externalIds"] = serde_json::Value::Null;
    let (_server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": [found]})),
    )
    .await;
    let record = client
        .qualification_record_by_external_id(&"payroll:P42".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(record.map(|r| r.id).as_deref(), Some("r1"));
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
    let created = client
        .post_work_orders()
        .body(create)
        .send_raw()
        .await
        .unwrap();
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
        .body(types::WorkOrderCreate::builder().asset_id("vin:1HGC\nM8"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, samsara::Error::InvalidInput(_)), "{err}");
    let message = err.to_string();
    assert!(message.contains("asset_id"), "{message}");
    assert!(message.contains(r"'\n'"), "{message}");
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );
    for bad in ["payroll:P\u{7}", ":P42", "payroll:", "", "\u{1b}"] {
        assert!(IdRef::list(["ok", bad]).is_err(), "{bad:?}");
    }
    // What the wire encoding keeps intact is accepted (a comma only where
    // the id is not one item of a comma-joined list).
    for good in ["payroll:P/42", "payroll:P&x=1", "a:b:c", "vin:1HGC,M8"] {
        assert!(IdRef::list(["ok", good]).is_ok(), "{good}");
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

/// Samsara's own spellings: dotted automatic keys, values with `_ - % + @ .`.
const REAL_IDS: [&str; 5] = [
    "samsara.vin:1HGCM82633A004352",
    "samsara.serial:GFRV-9XY-ZZZ",
    "payroll:emp_42-a%2B+x@corp.example",
    "erp:urn:site 7&x=1",
    "281474",
];

fn page() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"data": [], "pagination": {"endCursor": "", "hasNextPage": false}}))
}

fn start() -> chrono::DateTime<chrono::Utc> {
    "2025-01-01T00:00:00Z".parse().unwrap()
}

/// The items of the one comma-joined `name` parameter, each decoded the way
/// a server does: split at the literal commas, then percent-decoded (and
/// checked against decoding first, then splitting).
fn comma_joined(url: &url::Url, name: &str) -> Vec<String> {
    let raw = url.query().unwrap();
    let values: Vec<&str> = raw
        .split('&')
        .filter_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .collect();
    assert_eq!(values.len(), 1, "one `{name}` in {raw}");
    let split_then_decoded: Vec<String> = values[0]
        .split(',')
        .map(|item| {
            form_urlencoded::parse(format!("x={item}").as_bytes())
                .next()
                .unwrap()
                .1
                .into_owned()
        })
        .collect();
    let decoded: Vec<String> = url
        .query_pairs()
        .filter(|(k, _)| k == name)
        .flat_map(|(_, v)| v.split(',').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    assert_eq!(split_then_decoded, decoded, "{raw}");
    decoded
}

/// Every value of the repeated `name` parameter, decoded.
fn repeated(url: &url::Url, name: &str) -> Vec<String> {
    url.query_pairs()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .collect()
}

#[test]
fn samsaras_own_spellings_round_trip() {
    for raw in REAL_IDS {
        let id: IdRef = raw.parse().unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(id.to_string(), raw);
        let json = serde_json::to_value(&id).unwrap();
        assert_eq!(json, Value::String(raw.to_owned()));
        assert_eq!(serde_json::from_value::<IdRef>(json).unwrap(), id);
    }
    let vin: ExternalId = "samsara.vin:1HGCM82633A004352".parse().unwrap();
    assert_eq!(
        (vin.key(), vin.value()),
        ("samsara.vin", "1HGCM82633A004352")
    );
    let email: ExternalId = "payroll:emp_42-a%2B+x@corp.example".parse().unwrap();
    assert_eq!(email.value(), "emp_42-a%2B+x@corp.example", "no decoding");
    assert_eq!(email.to_string(), "payroll:emp_42-a%2B+x@corp.example");
    // Split at the first `:`: the value keeps the rest.
    let urn: ExternalId = "erp:urn:site:7".parse().unwrap();
    assert_eq!((urn.key(), urn.value()), ("erp", "urn:site:7"));
}

#[test]
fn every_rejection_names_the_character_and_part() {
    for (bad, part, character) in [
        ("payroll:P\n42", "value", r"'\n'"),
        ("pay\troll:P42", "key", r"'\t'"),
        ("payroll:P\u{0}", "value", r"'\0'"),
        ("payroll:P\u{7f}", "value", r"'\u{7f}'"),
        ("payroll:P\u{9b}", "value", r"'\u{9b}'"),
    ] {
        for err in [
            bad.parse::<ExternalId>().unwrap_err(),
            bad.parse::<IdRef>().unwrap_err(),
            IdRef::list(["ok", bad]).unwrap_err(),
        ] {
            assert!(
                matches!(err, samsara::Error::InvalidInput(_)),
                "{bad:?}: {err}"
            );
            let message = err.to_string();
            assert!(
                message.contains(part) && message.contains(character),
                "{bad:?}: {message}"
            );
        }
    }
    let err = ExternalId::new("samsara:vin", "1").unwrap_err().to_string();
    assert!(err.contains("key") && err.contains("':'"), "{err}");
    let err = IdRef::id("12:34").unwrap_err().to_string();
    assert!(err.contains("':'"), "{err}");
    let err = IdRef::id("12\u{1}").unwrap_err().to_string();
    assert!(err.contains(r"'\u{1}'"), "{err}");
    for (bad, part) in [(":1", "key"), ("payroll:", "value")] {
        let err = bad.parse::<ExternalId>().unwrap_err().to_string();
        assert!(
            err.contains(part) && err.contains("empty"),
            "{bad:?}: {err}"
        );
    }
    assert!(IdRef::id("").unwrap_err().to_string().contains("empty"));
    assert!(
        "payroll"
            .parse::<ExternalId>()
            .unwrap_err()
            .to_string()
            .contains("':'")
    );
}

#[tokio::test]
async fn comma_joined_ids_decode_to_exactly_the_original() {
    let (server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": []})),
    )
    .await;
    client
        .get_qualification_records()
        .ids(IdRef::list(REAL_IDS).unwrap())
        .send()
        .await
        .unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    let query = request.url.query().unwrap();
    assert!(query.contains("samsara.vin%3A1HGCM82633A004352"), "{query}");
    assert!(
        query.contains("payroll%3Aemp_42-a%252B%2Bx%40corp.example"),
        "{query}"
    );
    assert_eq!(comma_joined(&request.url, "ids"), REAL_IDS);
}

#[tokio::test]
async fn stream_owner_ids_decode_to_exactly_the_original() {
    let (server, client) = setup("GET", "/qualification-records/stream", page()).await;
    client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Asset)
        .start_time(start())
        .owner_ids(REAL_IDS.map(String::from).to_vec())
        .qualification_type_ids(vec!["qt 1+2".to_owned(), "qt@3".to_owned()])
        .send()
        .await
        .unwrap();
    let url = &server.received_requests().await.unwrap()[0].url;
    assert_eq!(comma_joined(url, "ownerIds"), REAL_IDS);
    assert_eq!(
        comma_joined(url, "qualificationTypeIds"),
        ["qt 1+2", "qt@3"]
    );
}

#[tokio::test]
async fn repeated_key_ids_decode_to_exactly_the_original() {
    // A comma is fine here: each id has its own `ids=`.
    let mut ids = REAL_IDS.map(String::from).to_vec();
    ids.push("payroll:P,42".to_owned());
    let (server, client) = setup("GET", "/maintenance/work-orders", page()).await;
    client
        .get_work_orders()
        .ids(ids.clone())
        .send()
        .await
        .unwrap();
    let url = &server.received_requests().await.unwrap()[0].url;
    assert!(
        url.query().unwrap().contains("ids=payroll%3AP%2C42"),
        "{url}"
    );
    assert_eq!(repeated(url, "ids"), ids);

    let (server, client) = setup("GET", "/maintenance/work-orders/stream", page()).await;
    client
        .stream_work_orders()
        .start_time(start())
        .asset_ids(ids.clone())
        .send()
        .await
        .unwrap();
    let url = &server.received_requests().await.unwrap()[0].url;
    assert_eq!(repeated(url, "assetIds"), ids);
}

#[tokio::test]
async fn a_comma_inside_a_comma_joined_list_is_refused_before_sending() {
    let (server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(json!({"data": []})),
    )
    .await;
    // Valid on its own (e.g. in a JSON body) …
    let comma = ExternalId::new("payroll", "P,42").unwrap();
    assert_eq!(serde_json::to_value(&comma).unwrap(), json!("payroll:P,42"));
    // … but not as one item of `ids=a,b`.
    let err = client
        .get_qualification_records()
        .ids(vec![IdRef::id("123").unwrap(), comma.into()])
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, samsara::Error::InvalidInput(_)), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("`ids`") && message.contains("','"),
        "{message}"
    );
    assert!(message.contains("get_qualification_records"), "{message}");
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );

    let (server, client) = setup("GET", "/qualification-records/stream", page()).await;
    let err = client
        .get_qualification_records_stream()
        .entity_type(types::EntityType::Worker)
        .start_time(start())
        .owner_ids(vec!["w1".to_owned(), "w2,w3".to_owned()])
        .send()
        .await
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("`ownerIds`") && message.contains("','"),
        "{message}"
    );
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );
}

#[tokio::test]
async fn automatic_external_ids_are_found_by_their_dotted_keys() {
    let vin = "samsara.vin:1HGCM82633A004352";
    let body = json!({"data": [record("r1", json!({"samsara.vin": "1HGCM82633A004352", "payroll": "emp_42-a%2B+x@corp.example"}))]});
    let (server, client) = setup(
        "GET",
        "/qualification-records",
        ResponseTemplate::new(200).set_body_json(body),
    )
    .await;
    let found = client
        .qualification_record_by_external_id(&vin.parse().unwrap())
        .await
        .unwrap()
        .expect("found");
    assert_eq!(found.external_id("samsara.vin"), Some("1HGCM82633A004352"));
    assert!(found.has_external_id(&"payroll:emp_42-a%2B+x@corp.example".parse().unwrap()));
    let url = &server.received_requests().await.unwrap()[0].url;
    assert_eq!(comma_joined(url, "ids"), [vin]);
}
