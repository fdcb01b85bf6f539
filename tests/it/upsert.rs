//! Upserts of qualification records by external id
//! (`client.upsert_qualification_record`): the request each case sends
//! (against wiremock), and exactly one record per external id after a
//! thousand upserts under injected faults (against the fake server).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use futures::TryStreamExt;
use samsara::prelude::*;
use samsara::types::{self, MediaItemInput, QualificationFieldInput};
use samsara::upsert::{Change, Outcome, Plan};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{flaky, quick_client, until_the_clock_passes_the_writes};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn key() -> ExternalId {
    "hr:LIC1".parse().unwrap()
}

/// Record `r1` of type `qt1`, owned by worker 281474 (`payroll:W7`), with
/// `fields` and the external ids `hr:LIC1` and `lms:C1`.
fn stored(fields: Value) -> Value {
    json!({
        "id": "r1", "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
        "issueDate": "2025-03-01T00:00:00Z", "expirationDate": "2029-03-01T00:00:00Z",
        "createdBy": {"id": "1", "type": "user"}, "updatedBy": {"id": "1", "type": "user"},
        "owner": {"entityType": "worker", "id": "281474", "externalIds": {"payroll": "W7"}},
        "qualificationType": {"id": "qt1", "name": "CDL"},
        "recordStatus": "active", "fields": fields, "externalIds": {"hr": "LIC1", "lms": "C1"}
    })
}

fn stored_fields() -> Value {
    json!([
        {"id": "f1", "type": "text", "label": "Licence number", "textValue": {"value": "D1"}},
        {"id": "f2", "type": "number", "label": "Points", "numberValue": {"value": 3}},
        {"id": "f3", "type": "check_boxes", "label": "Endorsements",
         "checkBoxesValue": {"value": ["H", "N"], "valueIds": ["o1", "o2"]}},
        {"id": "f4", "type": "media", "label": "Scan",
         "mediaList": [{"id": "m1", "processingStatus": "finished", "url": "https://x.example/m1"}]},
    ])
}

/// The record as `stored()` holds it (the owner named by its external id,
/// check boxes in another order, a scan uploaded again).
fn as_stored() -> DesiredRecord {
    DesiredRecord::worker("payroll:W7", "qt1", at("2025-03-01T00:00:00Z"))
        .expiration_date(at("2029-03-01T00:00:00Z"))
        .field(QualificationFieldInput::text("f1", "D1"))
        .field(QualificationFieldInput::number("f2", 3.0))
        .field(QualificationFieldInput::check_boxes("f3", ["o2", "o1"]))
        .field(QualificationFieldInput::media(
            "f4",
            vec![MediaItemInput::from_bytes("image/png", b"png")],
        ))
        .external_id("lms:C1".parse().unwrap())
}

fn found(record: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"data": [record]}))
}

fn none_found() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"data": []}))
}

/// A wiremock server answering the lookup with `lookup`, and a client for it.
async fn server_with(lookup: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/qualification-records"))
        .and(query_param("ids", "hr:LIC1"))
        .and(query_param("includeExternalIds", "true"))
        .respond_with(lookup)
        .mount(&server)
        .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    (server, client)
}

/// The requests the server received, as `METHOD body`.
async fn writes(server: &MockServer) -> Vec<(String, Value)> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() != "GET")
        .map(|r| {
            let body = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
            (r.method.to_string(), body)
        })
        .collect()
}

async fn answer_writes(server: &MockServer, verb: &str, answer: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path("/qualification-records"))
        .respond_with(answer)
        .mount(server)
        .await;
}

#[tokio::test]
async fn an_absent_record_is_created_carrying_its_external_id() {
    let (server, client) = server_with(none_found()).await;
    let created = stored(stored_fields());
    answer_writes(
        &server,
        "POST",
        ResponseTemplate::new(201).set_body_json(json!({"data": created})),
    )
    .await;
    let desired = DesiredRecord::worker("payroll:W7", "qt1", at("2025-03-01T00:00:00Z"))
        .expiration_date(at("2029-03-01T00:00:00Z"))
        .field(QualificationFieldInput::text("f1", "D1"))
        .external_id("lms:C1".parse().unwrap());
    let done = client
        .upsert_qualification_record(key(), desired)
        .send()
        .await
        .unwrap();
    assert_eq!(done.outcome, Outcome::Created);
    assert_eq!((done.record.id.as_str(), done.outcomes_unknown), ("r1", 0));
    assert_eq!(
        writes(&server).await,
        vec![(
            "POST".to_owned(),
            json!({
                "owner": {"entityType": "worker", "id": "payroll:W7"},
                "qualificationType": {"id": "qt1"},
                "issueDate": "2025-03-01T00:00:00Z",
                "expirationDate": "2029-03-01T00:00:00Z",
                "fields": [{"id": "f1", "type": "text", "textValue": {"value": "D1"}}],
                "externalIds": {"hr": "LIC1", "lms": "C1"}
            })
        )]
    );
}

#[tokio::test]
async fn only_the_members_that_differ_are_patched() {
    let (server, client) = server_with(found(stored(stored_fields()))).await;
    answer_writes(
        &server,
        "PATCH",
        ResponseTemplate::new(200).set_body_json(json!({"data": stored(stored_fields())})),
    )
    .await;
    let desired = as_stored()
        .field(QualificationFieldInput::text("f1", "D2"))
        .external_id("lms:C2".parse().unwrap());
    let done = client
        .upsert_qualification_record(key(), desired)
        .send()
        .await
        .unwrap();
    let changes = vec![Change::Field("f1".into()), Change::ExternalId("lms".into())];
    assert_eq!(done.outcome, Outcome::Patched { changes });
    assert_eq!(
        writes(&server).await,
        vec![(
            "PATCH".to_owned(),
            json!({
                "id": "r1",
                "fields": [{"id": "f1", "type": "text", "textValue": {"value": "D2"}}],
                "externalIds": {"hr": "LIC1", "lms": "C2"}
            })
        )]
    );
}

#[tokio::test]
async fn owner_dates_and_a_cleared_expiration_are_patched_by_their_own_members() {
    let (server, client) = server_with(found(stored(stored_fields()))).await;
    answer_writes(
        &server,
        "PATCH",
        ResponseTemplate::new(200).set_body_json(json!({"data": stored(stored_fields())})),
    )
    .await;
    let desired =
        DesiredRecord::worker("938172", "qt1", at("2025-04-01T00:00:00Z")).no_expiration_date();
    let done = client
        .upsert_qualification_record(key(), desired)
        .send()
        .await
        .unwrap();
    let changes = vec![Change::Owner, Change::IssueDate, Change::ExpirationDate];
    assert_eq!(done.outcome, Outcome::Patched { changes });
    assert_eq!(
        writes(&server).await[0].1,
        json!({
            "id": "r1",
            "owner": {"entityType": "worker", "id": "938172"},
            "issueDate": "2025-04-01T00:00:00Z",
            "expirationDate": "1970-01-01T00:00:00Z"
        })
    );
}

#[tokio::test]
async fn a_record_as_desired_sends_nothing() {
    let (server, client) = server_with(found(stored(stored_fields()))).await;
    let done = client
        .upsert_qualification_record(key(), as_stored())
        .send()
        .await
        .unwrap();
    assert_eq!(done.outcome, Outcome::Unchanged);
    assert_eq!(done.record.id, "r1");
    assert_eq!(writes(&server).await, vec![]);
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_dry_run_returns_the_plan_and_writes_nothing() {
    // Absent: the create it would send.
    let (server, client) = server_with(none_found()).await;
    let plan = client
        .upsert_qualification_record(key(), as_stored())
        .dry_run()
        .await
        .unwrap();
    let Plan::Create { body } = plan else {
        panic!("{plan:?}")
    };
    assert_eq!(
        body.external_ids,
        Some(BTreeMap::from([
            ("hr".to_owned(), "LIC1".to_owned()),
            ("lms".to_owned(), "C1".to_owned())
        ]))
    );
    assert_eq!(writes(&server).await, vec![]);

    // Present and different: the patch it would send.
    let (server, client) = server_with(found(stored(stored_fields()))).await;
    let desired = as_stored().field(QualificationFieldInput::number("f2", 4.0));
    let plan = client
        .upsert_qualification_record(key(), desired)
        .dry_run()
        .await
        .unwrap();
    let Plan::Patch {
        record,
        changes,
        body,
    } = plan
    else {
        panic!("{plan:?}")
    };
    assert_eq!(
        (record.id.as_str(), changes),
        ("r1", vec![Change::Field("f2".into())])
    );
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"id": "r1", "fields": [{"id": "f2", "type": "number", "numberValue": {"value": 4.0}}]})
    );
    // Present as desired.
    let plan = client
        .upsert_qualification_record(key(), as_stored())
        .dry_run()
        .await
        .unwrap();
    assert!(matches!(plan, Plan::Unchanged { .. }), "{plan:?}");
    assert_eq!(writes(&server).await, vec![]);
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_looked_up_not_sent_again() {
    let server = MockServer::start().await;
    // Nothing at first; after the create (whose answer is lost), the record.
    flaky(
        &server,
        "GET",
        "/qualification-records",
        none_found(),
        1,
        found(stored(stored_fields())),
    )
    .await;
    answer_writes(
        &server,
        "POST",
        ResponseTemplate::new(503).set_body_string("upstream reset"),
    )
    .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    let done = client
        .upsert_qualification_record(key(), as_stored())
        .send()
        .await
        .unwrap();
    assert_eq!(done.outcome, Outcome::Created);
    assert_eq!((done.record.id.as_str(), done.outcomes_unknown), ("r1", 1));
    let posts = writes(&server).await;
    assert_eq!(posts.len(), 1, "{posts:?}");
}

#[tokio::test]
async fn a_lost_create_not_yet_visible_is_refused_then_found_never_duplicated() {
    let server = MockServer::start().await;
    // The lookup trails the writes: two lookups see nothing, then the record.
    flaky(
        &server,
        "GET",
        "/qualification-records",
        none_found(),
        2,
        found(stored(stored_fields())),
    )
    .await;
    // The first create took effect but its answer was lost; the second is
    // refused because the external id is taken.
    flaky(
        &server,
        "POST",
        "/qualification-records",
        ResponseTemplate::new(502).set_body_string("Bad Gateway"),
        1,
        ResponseTemplate::new(400).set_body_json(json!({
            "message": "Invalid value for parameter: externalIds.hr", "requestId": "r-1"
        })),
    )
    .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    let done = client
        .upsert_qualification_record(key(), as_stored())
        .visibility_wait(Duration::from_secs(5))
        .send()
        .await
        .unwrap();
    assert_eq!((done.outcome, done.outcomes_unknown), (Outcome::Created, 1));
    assert_eq!(writes(&server).await.len(), 2);
}

#[tokio::test]
async fn three_unknown_outcomes_end_in_outcome_unknown_and_a_later_upsert_finds_the_record() {
    let server = MockServer::start().await;
    flaky(
        &server,
        "GET",
        "/qualification-records",
        none_found(),
        3,
        found(stored(stored_fields())),
    )
    .await;
    answer_writes(
        &server,
        "POST",
        ResponseTemplate::new(504).set_body_string("timeout"),
    )
    .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    let err = client
        .upsert_qualification_record(key(), as_stored())
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err}");
    assert_eq!(writes(&server).await.len(), 3);
    // Run again later: it finds what one of the creates made.
    let done = client
        .upsert_qualification_record(key(), as_stored())
        .send()
        .await
        .unwrap();
    assert_eq!(done.outcome, Outcome::Unchanged);
    assert_eq!(writes(&server).await.len(), 3);
}

#[tokio::test]
async fn a_refused_create_without_a_record_is_the_error() {
    let (server, client) = server_with(none_found()).await;
    answer_writes(
        &server,
        "POST",
        ResponseTemplate::new(400).set_body_json(json!({
            "message": "Invalid value for parameter: fields[0].id", "requestId": "r-2"
        })),
    )
    .await;
    let started = std::time::Instant::now();
    let err = client
        .upsert_qualification_record(key(), as_stored())
        .visibility_wait(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.request_id(), Some("r-2"));
    // Looked again for the visibility wait, then gave the refusal.
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(300), "{elapsed:?}");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests
            .iter()
            .filter(|r| r.method.as_str() == "POST")
            .count(),
        1
    );
    assert!(requests.len() >= 4, "{}", requests.len());
}

#[tokio::test]
async fn an_unreadable_create_answer_is_settled_by_a_lookup() {
    let server = MockServer::start().await;
    flaky(
        &server,
        "GET",
        "/qualification-records",
        none_found(),
        1,
        found(stored(stored_fields())),
    )
    .await;
    answer_writes(
        &server,
        "POST",
        ResponseTemplate::new(201).set_body_json(json!({"data": {"id": "r1"}})),
    )
    .await;
    let client = quick_client("t", &server.uri()).build().unwrap();
    let done = client
        .upsert_qualification_record(key(), as_stored())
        .send()
        .await
        .unwrap();
    assert_eq!(
        (done.outcome, done.record.id.as_str()),
        (Outcome::Created, "r1")
    );
    assert_eq!(writes(&server).await.len(), 1);
}

#[tokio::test]
async fn a_record_of_another_type_or_deleted_is_a_conflict_and_nothing_is_written() {
    let mut other_type = stored(stored_fields());
    other_type["qualificationType"]["id"] = json!("qt2");
    let mut deleted = stored(stored_fields());
    deleted["recordStatus"] = json!("deleted");
    for (record, needle) in [(other_type, "\"qt2\""), (deleted, "deleted")] {
        let (server, client) = server_with(found(record)).await;
        let err = client
            .upsert_qualification_record(key(), as_stored())
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Conflict(_)), "{err}");
        let text = err.to_string();
        assert!(
            text.contains("r1") && text.contains("hr:LIC1") && text.contains(needle),
            "{text}"
        );
        assert_eq!(writes(&server).await, vec![]);
    }
}

#[tokio::test]
async fn unsendable_input_is_refused_before_anything_is_sent() {
    let (server, client) = server_with(none_found()).await;
    let issued = at("2025-03-01T00:00:00Z");
    for (desired, needle) in [
        (DesiredRecord::worker("", "qt1", issued), "owner"),
        (DesiredRecord::worker("w\n1", "qt1", issued), "owner"),
        (
            DesiredRecord::worker("281474", "", issued),
            "qualification type",
        ),
        (
            DesiredRecord::worker("281474", "qt1", issued).external_id("hr:LIC2".parse().unwrap()),
            "hr:LIC2",
        ),
    ] {
        let err = client
            .upsert_qualification_record(key(), desired)
            .dry_run()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)), "{err}");
        let text = err.to_string();
        assert!(text.contains("hr:LIC1") && text.contains(needle), "{text}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[test]
fn an_upsert_shows_no_token() {
    let client = quick_client("s3cr3t-token-value", "http://127.0.0.1:9")
        .build()
        .unwrap();
    let upsert = client.upsert_qualification_record(key(), as_stored());
    assert!(!format!("{upsert:?}").contains("s3cr3t"));
}

// ---- Against the fake server ------------------------------------------

/// One key's desired record in round `round`: the licence number, points,
/// class, owner and expiration date all move, except that every fourth
/// round repeats the one before (nothing to send).
fn round_of(
    n: usize,
    round: usize,
    kind: &types::QualificationType,
) -> (DesiredRecord, String, f64) {
    let round = if round % 4 == 3 { round - 1 } else { round };
    let field = |label: &str| {
        kind.fields
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("{label}"))
    };
    let number = format!("D{n:03}-{round}");
    let points = (round % 4) as f64;
    let classes = field("License Class").options.clone().unwrap();
    let class = &classes[(n + round) % classes.len()].id;
    let owner = if (n + round).is_multiple_of(3) {
        "938172"
    } else {
        "281474"
    };
    let issued = at("2025-01-01T00:00:00Z") + TimeDelta::days((n % 7) as i64);
    let desired = DesiredRecord::worker(owner, kind.id.clone(), issued)
        .field(QualificationFieldInput::text(
            field("License Number").id.clone(),
            number.clone(),
        ))
        .field(QualificationFieldInput::number(
            field("Years of Experience").id.clone(),
            points,
        ))
        .field(QualificationFieldInput::multiple_choice(
            field("License Class").id.clone(),
            class.clone(),
        ));
    let desired = if round % 3 == 2 {
        desired.no_expiration_date()
    } else {
        desired.expiration_date(issued + TimeDelta::days(365 * (1 + round as i64)))
    };
    (desired, number, points)
}

/// What the upserts of a test met.
#[derive(Default)]
struct Met {
    /// Creates whose outcome was unknown.
    unknown: AtomicU32,
    /// Upserts that failed with a 4xx (a create refused).
    refused: AtomicU32,
}

/// Upserts until one succeeds (each failure a typed error a caller retries
/// on), counting what it met.
async fn upsert_until_done(
    client: &Client,
    key: &ExternalId,
    desired: &DesiredRecord,
    met: &Met,
) -> samsara::upsert::Upserted {
    for _ in 0..30 {
        match client
            .upsert_qualification_record(key.clone(), desired.clone())
            .visibility_wait(Duration::from_secs(3))
            .send()
            .await
        {
            Ok(done) => {
                met.unknown
                    .fetch_add(done.outcomes_unknown, Ordering::Relaxed);
                return done;
            }
            Err(Error::OutcomeUnknown { .. }) => {
                met.unknown.fetch_add(3, Ordering::Relaxed);
            }
            Err(e) if e.status().is_some_and(|s| s.is_client_error()) && !e.is_retryable() => {
                met.refused.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => assert!(e.is_retryable(), "{key}: {e}"),
        }
    }
    panic!("{key}: no upsert went through in 30 tries");
}

/// The plan of an upsert, looked up until a lookup goes through.
async fn dry_run_until_done(client: &Client, key: &ExternalId, desired: &DesiredRecord) -> Plan {
    loop {
        match client
            .upsert_qualification_record(key.clone(), desired.clone())
            .dry_run()
            .await
        {
            Ok(plan) => return plan,
            Err(e) => assert!(e.is_retryable(), "{key}: {e}"),
        }
    }
}

/// Every record carrying an `hr` external id `UPS…`, by that id (deleted
/// ones included), read from the stream.
async fn records_by_hr_id(client: &Client) -> BTreeMap<String, Vec<types::QualificationRecord>> {
    until_the_clock_passes_the_writes().await;
    let mut items = client
        .get_qualification_records_stream()
        .entity_type(EntityType::Worker)
        .start_time(at("2020-01-01T00:00:00Z"))
        .end_time(Utc::now() + TimeDelta::minutes(1))
        .include_deleted(true)
        .include_external_ids(true)
        .items();
    let mut by_key: BTreeMap<String, Vec<types::QualificationRecord>> = BTreeMap::new();
    while let Some(next) = items.try_next().await.transpose() {
        match next {
            Ok(record) => {
                if let Some(hr) = record.external_id("hr")
                    && hr.starts_with("UPS")
                {
                    by_key.entry(hr.to_owned()).or_default().push(record);
                }
            }
            Err(Error::Record(_)) => {} // a seeded odd record (realistic profile)
            Err(e) => panic!("{e}"),
        }
    }
    by_key
}

fn patient(server: &samsara_mock::MockServer) -> Client {
    quick_client(server.token(), &server.url())
        .retry(RetryPolicy {
            max_attempts: 8,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(200),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

async fn cdl(client: &Client) -> types::QualificationType {
    let kinds: Vec<types::QualificationType> = client
        .get_qualification_types()
        .entity_type(EntityType::Worker)
        .items()
        .try_collect()
        .await
        .unwrap();
    kinds
        .into_iter()
        .find(|k| k.name == "Commercial Driver's License")
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_upserts_under_faults_leave_one_record_per_key_with_the_last_fields() {
    const KEYS: usize = 100;
    const ROUNDS: usize = 10;
    const WORKERS: usize = 20;
    let server = samsara_mock::MockServer::start(
        samsara_mock::MockConfig::default()
            .records(10)
            .seed(21)
            .faults(0.2)
            .lost_answers(true)
            .rate_limits(false),
    )
    .await
    .unwrap();
    let client = patient(&server);
    let kind = Arc::new(cdl(&client).await);
    let met = Arc::new(Met::default());
    let outcomes = Arc::new(std::sync::Mutex::new(BTreeMap::<&str, usize>::new()));

    // Each worker owns keys w, w+20, …: one key's upserts are in order.
    let mut tasks = Vec::new();
    for w in 0..WORKERS {
        let (client, kind, met, outcomes) =
            (client.clone(), kind.clone(), met.clone(), outcomes.clone());
        tasks.push(tokio::spawn(async move {
            let mut last = BTreeMap::new();
            for round in 0..ROUNDS {
                for n in (w..KEYS).step_by(WORKERS) {
                    let key: ExternalId = format!("hr:UPS{n:03}").parse().unwrap();
                    let (desired, number, points) = round_of(n, round, &kind);
                    let done = upsert_until_done(&client, &key, &desired, &met).await;
                    let name = match done.outcome {
                        Outcome::Created => "created",
                        Outcome::Patched { .. } => "patched",
                        Outcome::Unchanged => "unchanged",
                        _ => "other",
                    };
                    *outcomes.lock().unwrap().entry(name).or_default() += 1;
                    last.insert(key.value().to_owned(), (desired, number, points));
                }
            }
            last
        }));
    }
    let mut last = BTreeMap::new();
    for task in tasks {
        last.extend(task.await.unwrap());
    }
    assert_eq!(last.len(), KEYS);

    let stats = server.stats();
    let unknown = met.unknown.load(Ordering::Relaxed);
    let outcomes = outcomes.lock().unwrap().clone();
    eprintln!(
        "faults {}, creates sent {:?}, unknown outcomes {unknown}, outcomes {outcomes:?}",
        stats.faults,
        stats.per_operation.get("postQualificationRecord")
    );
    assert!(stats.faults > 300, "{stats:?}");
    assert!(unknown > 0, "some creates' answers were lost");
    // Reads here show every write at once: after a lost answer the upsert
    // found the record when the create had taken effect, and never sent a
    // create that Samsara refused for a taken external id.
    assert_eq!(met.refused.load(Ordering::Relaxed), 0);
    assert_eq!(outcomes.values().sum::<usize>(), KEYS * ROUNDS);
    // Each key is created once (a key whose first upserts all failed finds
    // its record the next time); repeated rounds send nothing.
    let created = outcomes.get("created").copied().unwrap_or_default();
    assert!((1..=KEYS).contains(&created), "{outcomes:?}");
    assert!(
        outcomes.get("unchanged").copied().unwrap_or_default() >= KEYS,
        "{outcomes:?}"
    );

    let records = records_by_hr_id(&client).await;
    assert_eq!(records.len(), KEYS, "every key has a record");
    let field_id = |label: &str| {
        kind.fields
            .iter()
            .find(|f| f.label == label)
            .unwrap()
            .id
            .clone()
    };
    for (key, (desired, number, points)) in &last {
        let held = &records[key];
        assert_eq!(held.len(), 1, "{key}: {held:#?}");
        let record = &held[0];
        assert_eq!(record.record_status, RecordStatus::Active);
        assert_eq!(
            record
                .field(&field_id("License Number"))
                .and_then(|f| f.value()),
            Some(FieldValue::Text(number))
        );
        assert_eq!(
            record
                .field(&field_id("Years of Experience"))
                .and_then(|f| f.value()),
            Some(FieldValue::Number(*points))
        );
        // Everything else the last round set: nothing left to send.
        let key: ExternalId = format!("hr:{key}").parse().unwrap();
        let plan = dry_run_until_done(&client, &key, desired).await;
        assert!(matches!(plan, Plan::Unchanged { .. }), "{key}: {plan:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn upserts_against_the_realistic_profile_never_duplicate_and_converge() {
    const KEYS: usize = 30;
    const ROUNDS: usize = 3;
    let server = samsara_mock::MockServer::start(
        samsara_mock::MockConfig::realistic()
            .records(10)
            .seed(8)
            .faults(0.2)
            .rate_limits(false)
            // An injected 429 without `Retry-After` on a write waits out
            // 3.75-7.5 s (the write budget's scale): faithful, but slow for
            // a test about late visibility and lost answers.
            .retry_after(true),
    )
    .await
    .unwrap();
    let client = patient(&server);
    let kind = Arc::new(cdl(&client).await);
    let met = Arc::new(Met::default());
    let mut tasks = Vec::new();
    for n in 0..KEYS {
        let (client, kind, met) = (client.clone(), kind.clone(), met.clone());
        tasks.push(tokio::spawn(async move {
            let key: ExternalId = format!("hr:UPS{n:03}").parse().unwrap();
            for round in 0..ROUNDS {
                let (desired, _, _) = round_of(n, round, &kind);
                upsert_until_done(&client, &key, &desired, &met).await;
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    server.wait_until_visible().await;
    let records = records_by_hr_id(&client).await;
    assert_eq!(records.len(), KEYS);
    for (key, held) in &records {
        assert_eq!(held.len(), 1, "{key}: {held:#?}");
    }
    // Reads trail writes by up to 2 s here, so an upsert may compare against
    // an older version; once the writes are visible, one more upsert of the
    // last desired record converges.
    let last = |n: usize| {
        let key: ExternalId = format!("hr:UPS{n:03}").parse().unwrap();
        (key, round_of(n, ROUNDS - 1, &kind).0)
    };
    futures::future::join_all((0..KEYS).map(|n| {
        let (client, met, (key, desired)) = (&client, &met, last(n));
        async move { upsert_until_done(client, &key, &desired, met).await }
    }))
    .await;
    server.wait_until_visible().await;
    let plans = futures::future::join_all((0..KEYS).map(|n| {
        let (client, (key, desired)) = (&client, last(n));
        async move { (dry_run_until_done(client, &key, &desired).await, key) }
    }))
    .await;
    for (plan, key) in plans {
        assert!(matches!(plan, Plan::Unchanged { .. }), "{key}: {plan:?}");
    }
    let again = records_by_hr_id(&client).await;
    assert!(again.values().all(|held| held.len() == 1), "{again:#?}");
    eprintln!(
        "unknown outcomes {}, refused creates {}",
        met.unknown.load(Ordering::Relaxed),
        met.refused.load(Ordering::Relaxed)
    );
}
