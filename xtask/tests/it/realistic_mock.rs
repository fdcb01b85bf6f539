//! `drift --mock --realistic` and `record --mock --realistic`: the fake
//! server as the live API behaves (`MockConfig::realistic()`), through the
//! binary. Needs `--features mock`:
//! `cargo test -p xtask --features mock --test it realistic_mock::`.
//!
//! The realistic mock seeds the same 100 records and 100 work orders from
//! seed 1 as the default one; the API's default page size (512) reads each
//! call in one page, so every run makes six requests (about 1.5 s with the
//! crawler's 250 ms spacing).

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the xtask binary from the workspace root, without a token.
fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(xtask::workspace_root())
        .env_remove(xtask::TOKEN_ENV)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `drift --mock [extra…] --format json`: exit code and report.
fn drift_json(extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["drift", "--mock", "--format", "json", "--no-progress"];
    args.extend_from_slice(extra);
    let o = xtask(&args);
    let report = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "not a JSON report ({e}): {}{}",
            String::from_utf8_lossy(&o.stdout),
            stderr(&o)
        )
    });
    (o.status.code().unwrap(), report)
}

fn findings(report: &Value) -> &[Value] {
    report["findings"].as_array().unwrap()
}

/// The findings of `category` whose path is `$.data[].<member>` (or a path
/// under it, `member` being e.g. `fields[].tableValue.rows`).
fn at<'a>(report: &'a Value, category: &str, member: &str) -> Vec<&'a Value> {
    let path = format!("$.data[].{member}");
    findings(report)
        .iter()
        .filter(|f| f["category"] == category && f["path"] == path.as_str())
        .collect()
}

fn values(f: &Value) -> Vec<&str> {
    f["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn drift_against_the_realistic_mock_reports_the_servers_spelling_nulls_and_odd_records() {
    let (code, report) = drift_json(&["--realistic"]);
    let shown = serde_json::to_string_pretty(&report).unwrap();
    assert_eq!(code, 1, "{shown}");
    assert_eq!(report["drift"], true);
    assert_eq!(report["errors"], serde_json::json!([]), "{shown}");
    assert_eq!(
        report["sources"],
        serde_json::json!(["samsara-mock (in-process, realistic)"])
    );
    // A fresh fake server has no webhooks registered: an empty list.
    for op in report["operations"].as_array().unwrap() {
        assert!(
            op["items"].as_u64().unwrap() > 0 || op["operation_id"] == "listWebhooks",
            "{op}"
        );
    }

    // Upper-case enums: the client reads `OPEN` as `Open`, but drift keeps
    // the server's spelling, in both work-order operations.
    for op in ["getWorkOrders", "streamWorkOrders"] {
        let mine = |f: &&Value| f["operation_id"] == op;
        let status: Vec<_> = at(&report, "unknown-enum-value", "status")
            .into_iter()
            .filter(mine)
            .collect();
        assert_eq!(status.len(), 1, "{op}: {shown}");
        assert_eq!(status[0]["expected"], "WorkOrderStatus");
        assert_eq!(
            status[0]["schema"], "/components/schemas/WorkOrderStatus",
            "{op}"
        );
        let seen = values(status[0]);
        assert!(seen.contains(&"OPEN"), "{op}: {seen:?}");
        assert!(
            seen.iter().all(|v| *v == v.to_uppercase()),
            "{op}: only the server's upper-case spellings are reported: {seen:?}"
        );
        let priority: Vec<_> = at(&report, "unknown-enum-value", "priority")
            .into_iter()
            .filter(mine)
            .collect();
        assert_eq!(priority.len(), 1, "{op}: {shown}");
        assert_eq!(priority[0]["expected"], "WorkOrderPriority");
        assert!(values(priority[0]).contains(&"HIGH"), "{op}: {shown}");
        // Every third work order, each with one status and one priority.
        let n = priority[0]["count"].as_u64().unwrap();
        assert!((25..=40).contains(&n), "{op}: {n} upper-case priorities");
    }

    // Empty arrays sent as `null`.
    let nulls: Vec<_> = findings(&report)
        .iter()
        .filter(|f| {
            f["category"] == "type-mismatch" && f["expected"] == "array" && f["found"] == "null"
        })
        .collect();
    assert!(!nulls.is_empty(), "no null array reported: {shown}");
    // Nested lists of qualification records, and the `data` of an empty
    // page of the two lists without a family of their own (service tasks,
    // webhooks: `"data": null`, as the live API sends an empty list).
    assert!(
        nulls
            .iter()
            .all(|f| f["operation_id"] == "getQualificationRecordsStream"
                || (f["path"] == "$.data"
                    && (f["operation_id"] == "listWebhooks"
                        || f["operation_id"] == "getServiceTasks"))),
        "{shown}"
    );
    assert_eq!(
        at(
            &report,
            "type-mismatch",
            "fields[].checkBoxesValue.valueIds"
        )
        .len(),
        1,
        "{shown}"
    );

    // Odd records: a missing required member in each family…
    let missing = |member: &str| at(&report, "missing-required-member", member);
    assert!(
        !missing("createdAtTime").is_empty() || !missing("updatedBy").is_empty(),
        "no qualification record misses a member: {shown}"
    );
    for f in missing("createdAtTime")
        .into_iter()
        .chain(missing("updatedBy"))
    {
        assert_eq!(f["expected"], "required by QualificationRecord");
        assert_eq!(f["example"], Value::Null);
    }
    for f in missing("assetId") {
        assert_eq!(f["expected"], "required by WorkOrder");
    }
    // … and a fraction where the spec says integer (seed 1 has both kinds
    // of work-order oddity: a missing `assetId` and fractions).
    assert_eq!(missing("assetId").len(), 2, "{shown}");
    let fractions: Vec<_> = ["engineHours", "odometerMeters"]
        .iter()
        .flat_map(|m| at(&report, "type-mismatch", m))
        .collect();
    assert!(!fractions.is_empty(), "no fraction reported: {shown}");
    for f in &fractions {
        assert_eq!(f["expected"], "integer");
        assert_eq!(f["found"], "number");
        let x = f["example"].as_f64().unwrap();
        assert_ne!(x.fract(), 0.0, "{f}");
    }

    let totals = &report["totals"];
    assert!(totals["missing-required-member"].as_u64().unwrap() >= 3);
    assert!(totals["type-mismatch"].as_u64().unwrap() >= 3);
    assert!(totals["unknown-enum-value"].as_u64().unwrap() >= 4);
    // The realistic profile adds no member and no field type.
    assert_eq!(totals["undocumented-member"], 0, "{shown}");
    assert_eq!(totals["unknown-field-type"], 0, "{shown}");
}

#[test]
fn drift_against_the_default_mock_is_clean_from_the_command_line() {
    let (code, report) = drift_json(&[]);
    let shown = serde_json::to_string_pretty(&report).unwrap();
    assert_eq!(code, 0, "{shown}");
    assert_eq!(report["drift"], false);
    assert_eq!(findings(&report).len(), 0, "{shown}");
    assert_eq!(report["errors"], serde_json::json!([]));
    assert_eq!(
        report["sources"],
        serde_json::json!(["samsara-mock (in-process)"])
    );
    assert_eq!(report["operations"].as_array().unwrap().len(), 6);
}

#[test]
fn record_against_the_realistic_mock_keeps_the_servers_bodies() {
    let out: PathBuf =
        std::env::temp_dir().join(format!("xtask-realistic-record-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = xtask(&[
        "record",
        "--mock",
        "--realistic",
        "--no-progress",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("streamWorkOrders/1.json")).unwrap(),
    )
    .unwrap();
    let orders = page["data"].as_array().unwrap();
    assert!(orders.iter().any(|w| w["status"] == "OPEN"));
    assert!(orders.iter().any(|w| w["priority"] == "HIGH"));
    // The recorded bodies show the same drift offline.
    let o = xtask(&["drift", "--responses", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&out);
}

/// The realistic mock's 429s carry no `Retry-After`. With no spacing between
/// requests and small pages, the crawler runs into the read budget (5/s per
/// operation) and still completes every call; each odd work order is
/// surfaced (the work-order stream holds every seeded work order).
#[test]
fn the_crawler_copes_with_429s_without_retry_after_and_surfaces_every_odd_work_order() {
    use samsara_mock::{Family, MockConfig, MockServer, Oddity};
    use std::collections::BTreeMap;
    use xtask::drift::{Category, Checker};

    let spec = xtask::spec::Spec::load(
        &xtask::workspace_root().join("spec/samsara.json"),
        "spec/samsara.json",
    )
    .unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime
        .block_on(MockServer::start(MockConfig::realistic().records(60)))
        .unwrap();
    let cfg = xtask::live::LiveConfig {
        base_url: server.url(),
        token: server.token().to_owned(),
        max_pages: 20,
        since: xtask::mock::since(),
        until: chrono::Utc::now(),
        progress: false,
        min_interval: std::time::Duration::ZERO,
        page_size: Some(10),
        from_mock: true,
    };
    let report = xtask::drift_live(&mut Checker::new(&spec), &cfg).unwrap();
    let stats = server.stats();
    let odd = server.odd_records();
    runtime.block_on(server.shutdown()).unwrap();

    assert_eq!(report.errors, Vec::<String>::new());
    assert!(stats.rate_limited > 0, "no 429 was provoked: {stats:?}");
    assert_eq!(report.operations["streamWorkOrders"].items, 60);
    assert!(report.operations["streamWorkOrders"].bodies >= 6);

    let mut expected: BTreeMap<String, (Category, usize)> = BTreeMap::new();
    for o in odd.iter().filter(|o| o.family == Family::WorkOrder) {
        let (member, category) = match o.oddity {
            Oddity::Missing(m) => (m, Category::MissingRequiredMember),
            Oddity::Fraction(m) => (m, Category::TypeMismatch),
            _ => continue,
        };
        expected
            .entry(format!("$.data[].{member}"))
            .or_insert((category, 0))
            .1 += 1;
    }
    assert!(!expected.is_empty());
    for (path, (category, n)) in &expected {
        let found = report
            .findings()
            .into_iter()
            .find(|f| {
                f.operation_id == "streamWorkOrders" && &f.path == path && f.category == *category
            })
            .unwrap_or_else(|| panic!("{path} ({category}) not reported:\n{}", report.to_text()));
        assert_eq!(found.count, *n, "{path}");
    }
}
