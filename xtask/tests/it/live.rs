//! Live mode against a local stand-in (wiremock): the read-only calls, the
//! bearer token, cursor following bounded by `max_pages`, drift found in
//! fetched pages, HTTP failures as "could not run", and `record`'s scrubbing.

use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::Duration;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};
use xtask::drift::{Category, Checker};
use xtask::live::LiveConfig;
use xtask::spec::Spec;

const TOKEN: &str = "samsara_api_T0KEN";

fn fixture(rel: &str) -> Value {
    let p = xtask::workspace_root().join("tests/fixtures").join(rel);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn spec() -> Spec {
    Spec::load(
        &xtask::workspace_root().join("spec/samsara.json"),
        "spec/samsara.json",
    )
    .unwrap()
}

fn config(base_url: String, token: &str, max_pages: usize) -> LiveConfig {
    LiveConfig {
        base_url,
        token: token.to_owned(),
        max_pages,
        since: "2025-01-01T00:00:00Z".parse().unwrap(),
        until: "2025-01-31T00:00:00Z".parse().unwrap(),
        progress: false,
        min_interval: Duration::ZERO,
        page_size: None,
        from_mock: false,
    }
}

async fn page(
    server: &MockServer,
    route: &str,
    query: &[(&str, &str)],
    after: Option<&str>,
    body: Value,
) {
    let mut mock = Mock::given(method("GET"))
        .and(path(route))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()));
    for (k, v) in query {
        mock = mock.and(query_param(*k, *v));
    }
    let mock = match after {
        Some(c) => mock.and(query_param("after", c)),
        None => mock.and(query_param_is_missing("after")),
    };
    mock.respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

/// A server answering every read-only call; the work-order stream carries
/// the planted drift.
async fn api() -> MockServer {
    let server = MockServer::start().await;
    let r = "responses";
    page(
        &server,
        "/qualification-types",
        &[("entityType", "worker")],
        None,
        fixture(&format!("{r}/getQualificationTypes/worker-1.json")),
    )
    .await;
    page(
        &server,
        "/qualification-types",
        &[("entityType", "asset")],
        None,
        fixture(&format!("{r}/getQualificationTypes/asset-1.json")),
    )
    .await;
    let stream = "/qualification-records/stream";
    let window = [
        ("startTime", "2025-01-01T00:00:00Z"),
        ("endTime", "2025-01-31T00:00:00Z"),
    ];
    let worker = [("entityType", "worker"), window[0], window[1]];
    let asset = [("entityType", "asset"), window[0], window[1]];
    page(
        &server,
        stream,
        &worker,
        None,
        fixture(&format!("{r}/getQualificationRecordsStream/worker-1.json")),
    )
    .await;
    page(
        &server,
        stream,
        &worker,
        Some("MjAyNS0wMS0wN1QxNjo0NTowMFp8OGI3YTZjNWQ="),
        fixture(&format!("{r}/getQualificationRecordsStream/worker-2.json")),
    )
    .await;
    page(
        &server,
        stream,
        &asset,
        None,
        fixture(&format!("{r}/getQualificationRecordsStream/asset-1.json")),
    )
    .await;
    page(
        &server,
        "/maintenance/work-orders",
        &[],
        None,
        fixture(&format!("{r}/getWorkOrders/1.json")),
    )
    .await;
    page(
        &server,
        "/maintenance/work-orders",
        &[],
        Some("NDAxOTg="),
        fixture(&format!("{r}/getWorkOrders/2.json")),
    )
    .await;
    page(
        &server,
        "/maintenance/work-orders/stream",
        &window,
        None,
        fixture("drift/planted/streamWorkOrders/1.json"),
    )
    .await;
    page(
        &server,
        "/maintenance/service-tasks",
        &[],
        None,
        serde_json::json!({"data": [{"id": "abf63a9a-4d75-423d-b49f-38a071e6ce36", "name": "Oil Change",
            "category": "Engine", "estimatedLaborTimeMinutes": 30}],
            "pagination": {"endCursor": "", "hasNextPage": false}}),
    )
    .await;
    page(
        &server,
        "/webhooks",
        &[],
        None,
        serde_json::json!({"data": [{"id": "23918", "name": "Webhook-123",
            "url": "https://example.com/hook", "version": "2024-02-27",
            "secretKey": "c2VjcmV0LWtleS1vZi10aGUtd2ViaG9vaw==",
            "eventTypes": ["WorkOrderCreatedOrChanged"]}],
            "pagination": {"endCursor": "", "hasNextPage": false}}),
    )
    .await;
    server
}

fn bodies(report: &xtask::report::Report) -> Vec<(String, usize)> {
    report
        .operations
        .iter()
        .map(|(op, s)| (op.clone(), s.bodies))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn live_run_follows_cursors_and_reports_drift_with_urls() {
    let server = api().await;
    let cfg = config(server.uri(), TOKEN, 5);
    let report = tokio::task::spawn_blocking(move || {
        let mut checker = Checker::new(&spec());
        xtask::drift_live(&mut checker, &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors, Vec::<String>::new());
    assert_eq!(
        bodies(&report),
        vec![
            ("getQualificationRecordsStream".to_owned(), 3),
            ("getQualificationTypes".to_owned(), 2),
            ("getServiceTasks".to_owned(), 1),
            ("getWorkOrders".to_owned(), 2),
            ("listWebhooks".to_owned(), 1),
            ("streamWorkOrders".to_owned(), 1),
        ]
    );
    let findings: Vec<(String, Category)> = report
        .findings()
        .iter()
        .map(|f| (f.path.clone(), f.category))
        .collect();
    assert_eq!(
        findings,
        vec![
            ("$.data[].engineHours".to_owned(), Category::TypeMismatch),
            (
                "$.data[].fuelLevelPercent".to_owned(),
                Category::UndocumentedMember
            ),
            ("$.data[].status".to_owned(), Category::UnknownEnumValue),
            (
                "$.data[].updatedAtTime".to_owned(),
                Category::MissingRequiredMember
            ),
        ]
    );
    let source = &report.findings()[0].first_seen.source;
    assert!(
        source.starts_with(&format!(
            "{}/maintenance/work-orders/stream?startTime=",
            server.uri()
        )),
        "{source}"
    );
    assert!(!source.contains(TOKEN));
    assert_eq!(report.exit_code(), 1);
    assert!(!report.to_github().contains("file="), "URLs are not files");
}

#[tokio::test(flavor = "multi_thread")]
async fn max_pages_bounds_every_call() {
    let server = api().await;
    let cfg = config(server.uri(), TOKEN, 1);
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.operations["getWorkOrders"].bodies, 1);
    assert_eq!(report.operations["getQualificationRecordsStream"].bodies, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rejected_token_makes_the_run_incomplete_without_printing_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"message": "Invalid token wrong-T0KEN", "requestId": "r1"})),
        )
        .mount(&server)
        .await;
    let cfg = config(server.uri(), "wrong-T0KEN", 5);
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors.len(), 8, "{:?}", report.errors);
    assert!(
        report.errors[0].contains("HTTP 401"),
        "{}",
        report.errors[0]
    );
    assert!(report.errors.iter().all(|e| !e.contains("wrong-T0KEN")));
    assert!(report.errors[0].contains("Invalid token REDACTED"));
    assert_eq!(report.exit_code(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_is_retried_after_retry_after() {
    let server = api().await;
    Mock::given(method("GET"))
        .and(path("/qualification-types"))
        .and(query_param("entityType", "worker"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0.05"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let cfg = config(server.uri(), TOKEN, 5);
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors, Vec::<String>::new());
    assert_eq!(report.operations["getQualificationTypes"].bodies, 2);
}

/// The live API (and `MockConfig::realistic()`) may send a 429 without
/// `Retry-After`: the crawler then waits a second, the documented budgets'
/// window, and retries.
#[tokio::test(flavor = "multi_thread")]
async fn a_429_without_retry_after_is_retried_after_a_second() {
    let server = api().await;
    Mock::given(method("GET"))
        .and(path("/maintenance/work-orders"))
        .respond_with(
            ResponseTemplate::new(429).set_body_json(json!({"message": "Rate limit exceeded"})),
        )
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    let cfg = config(server.uri(), TOKEN, 5);
    let started = std::time::Instant::now();
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors, Vec::<String>::new());
    assert_eq!(report.operations["getWorkOrders"].bodies, 2);
    assert!(started.elapsed() >= Duration::from_secs(2));
}

#[tokio::test(flavor = "multi_thread")]
async fn record_writes_scrubbed_bodies_per_operation() {
    let server = api().await;
    let signed = "https://samsara-forms.s3.us-west-2.amazonaws.com/o/1.jpg?X-Amz-Signature=abc&X-Amz-Credential=AKIA";
    Mock::given(method("GET"))
        .and(path("/maintenance/work-orders"))
        .and(query_param_is_missing("after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [{"id": "1", "assetId": "2", "status": "Open",
                      "createdAtTime": "2025-01-01T00:00:00Z", "updatedAtTime": "2025-01-01T00:00:00Z",
                      "closingNotes": format!("token was {TOKEN}"),
                      "attachments": [{"id": "a", "processingStatus": "finished", "url": signed}]}],
            "pagination": {"endCursor": "", "hasNextPage": false}})))
        .with_priority(1)
        .mount(&server)
        .await;
    let out: PathBuf = std::env::temp_dir().join(format!("xtask-record-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let cfg = config(server.uri(), TOKEN, 5);
    let dir = out.clone();
    let recorded = tokio::task::spawn_blocking(move || xtask::record(&spec(), &cfg, &dir).unwrap())
        .await
        .unwrap();
    assert_eq!(recorded.errors, Vec::<String>::new());
    let mut names: Vec<String> = recorded
        .files
        .iter()
        .map(|f| f.strip_prefix(&out).unwrap().display().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "getQualificationRecordsStream/1.json",
            "getQualificationRecordsStream/2.json",
            "getQualificationRecordsStream/3.json",
            "getQualificationTypes/1.json",
            "getQualificationTypes/2.json",
            "getServiceTasks/1.json",
            "getWorkOrders/1.json",
            "listWebhooks/1.json",
            "streamWorkOrders/1.json",
        ]
    );
    let hooks: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("listWebhooks/1.json")).unwrap())
            .unwrap();
    assert_eq!(
        hooks["data"][0]["secretKey"], "REDACTED",
        "a webhook's secret"
    );
    let wo: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("getWorkOrders/1.json")).unwrap())
            .unwrap();
    assert_eq!(wo["data"][0]["closingNotes"], "token was REDACTED");
    assert_eq!(
        wo["data"][0]["attachments"][0]["url"],
        "https://samsara-forms.s3.us-west-2.amazonaws.com/o/1.jpg"
    );
    for f in &recorded.files {
        assert!(!std::fs::read_to_string(f).unwrap().contains(TOKEN));
    }
    // The recorded directory is itself a `--responses` source.
    let spec = spec();
    let mut report = xtask::report::Report::new(&spec.name, vec![]);
    xtask::responses::check_dirs(
        &mut Checker::new(&spec),
        std::slice::from_ref(&out),
        &mut report,
    )
    .unwrap();
    assert_eq!(report.operations.len(), 6);
    std::fs::remove_dir_all(&out).unwrap();
}

/// `api()` with `GET /maintenance/work-orders` answered as samsara-mock
/// answers an operation of the spec it has no handler for yet.
async fn api_without_get_work_orders() -> MockServer {
    let server = api().await;
    Mock::given(method("GET"))
        .and(path("/maintenance/work-orders"))
        .respond_with(ResponseTemplate::new(501).set_body_json(json!({
            "message": "samsara-mock does not implement getWorkOrders yet",
            "requestId": "mock-1"
        })))
        .with_priority(1)
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread")]
async fn a_501_from_the_fake_server_skips_the_operation_with_a_note() {
    let server = api_without_get_work_orders().await;
    let cfg = LiveConfig {
        from_mock: true,
        ..config(server.uri(), TOKEN, 5)
    };
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors, Vec::<String>::new());
    assert!(!report.operations.contains_key("getWorkOrders"));
    assert_eq!(report.operations["streamWorkOrders"].bodies, 1);
    let skipped: Vec<&String> = report
        .notes
        .iter()
        .filter(|n| n.contains("not implemented by samsara-mock"))
        .collect();
    assert_eq!(skipped.len(), 1, "{:?}", report.notes);
    assert!(
        skipped[0].starts_with("getWorkOrders: not implemented by samsara-mock: skipped (GET "),
        "{}",
        skipped[0]
    );
    assert!(skipped[0].contains("HTTP 501"), "{}", skipped[0]);
    // The planted drift is still found: the run is complete, not broken.
    assert_eq!(report.exit_code(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_501_from_any_other_api_is_an_error() {
    let server = api_without_get_work_orders().await;
    let cfg = config(server.uri(), TOKEN, 5);
    let report = tokio::task::spawn_blocking(move || {
        xtask::drift_live(&mut Checker::new(&spec()), &cfg).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(
        report.errors[0].contains("HTTP 501"),
        "{}",
        report.errors[0]
    );
    assert!(
        report.notes.iter().all(|n| !n.contains("samsara-mock")),
        "{:?}",
        report.notes
    );
    assert_eq!(report.exit_code(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn operations_not_called_are_notes_of_drift_and_record() {
    let server = api_without_get_work_orders().await;
    let cfg = LiveConfig {
        from_mock: true,
        ..config(server.uri(), TOKEN, 5)
    };
    let out: PathBuf =
        std::env::temp_dir().join(format!("xtask-record-notes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let dir = out.clone();
    let (report, recorded) = tokio::task::spawn_blocking(move || {
        let spec = spec();
        let report = xtask::drift_live(&mut Checker::new(&spec), &cfg).unwrap();
        (report, xtask::record(&spec, &cfg, &dir).unwrap())
    })
    .await
    .unwrap();
    std::fs::remove_dir_all(&out).unwrap();
    let expected = [
        "not called: getQualificationRecords: needs the query parameter `ids` (no value to send without knowing the account)",
        "not called: getWebhook: needs the path parameter `id`",
    ];
    for notes in [&report.notes, &recorded.notes] {
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert_eq!(notes[..2], expected);
        assert!(notes[2].starts_with("getWorkOrders: not implemented by samsara-mock"));
    }
    assert_eq!(recorded.errors, Vec::<String>::new());
}
