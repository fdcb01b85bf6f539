//! Drift over the committed fixtures: clean recorded-style bodies show none,
//! the seeds' doc examples show exactly their known drift, and the planted
//! fixture shows every category at its JSON path.

use serde_json::{Value, json};
use std::path::PathBuf;
use xtask::drift::{Category, Checker};
use xtask::report::Report;
use xtask::{responses, spec::Spec};

fn root() -> PathBuf {
    xtask::workspace_root()
}

fn spec() -> Spec {
    Spec::load(&root().join("spec/samsara.json"), "spec/samsara.json").unwrap()
}

fn report_for(dir: &str) -> Report {
    let spec = spec();
    let mut checker = Checker::new(&spec);
    let mut report = Report::new(&spec.name, vec![dir.to_owned()]);
    responses::check_dirs(&mut checker, &[root().join(dir)], &mut report).unwrap();
    report
}

/// `(operation, path, category, example)` of every finding.
fn summary(report: &Report) -> Vec<(String, String, Category, Value)> {
    report
        .findings()
        .into_iter()
        .map(|f| {
            (
                f.operation_id.clone(),
                f.path.clone(),
                f.category,
                f.example.clone(),
            )
        })
        .collect()
}

fn row(
    op: &str,
    path: &str,
    category: Category,
    example: Value,
) -> (String, String, Category, Value) {
    (op.to_owned(), path.to_owned(), category, example)
}

#[test]
fn clean_recorded_fixtures_show_no_drift_for_every_read_operation() {
    let report = report_for("tests/fixtures/responses");
    assert_eq!(summary(&report), vec![]);
    assert_eq!(report.exit_code(), 0);
    let ops: Vec<&str> = report.operations.keys().map(String::as_str).collect();
    assert_eq!(
        ops,
        [
            "getQualificationRecords",
            "getQualificationRecordsStream",
            "getQualificationTypes",
            "getWorkOrders",
            "streamWorkOrders"
        ]
    );
    assert!(
        report
            .operations
            .values()
            .all(|s| s.bodies > 0 && s.items > 0)
    );
}

#[test]
fn seed_examples_show_exactly_their_upper_case_enum_values() {
    // The doc pages show `"status": "OPEN"` and `"priority": "HIGH"` where the
    // published enums say `Open` and `High`: drift the report must show, and
    // nothing else.
    let report = report_for("tests/fixtures/drift/seeds");
    assert_eq!(
        summary(&report),
        vec![
            row(
                "streamWorkOrders",
                "$.data[].priority",
                Category::UnknownEnumValue,
                json!("HIGH")
            ),
            row(
                "streamWorkOrders",
                "$.data[].status",
                Category::UnknownEnumValue,
                json!("OPEN")
            ),
        ]
    );
    let schemas: Vec<&str> = report
        .findings()
        .iter()
        .map(|f| f.schema.as_str())
        .collect();
    assert_eq!(
        schemas,
        [
            "/components/schemas/WorkOrderPriority",
            "/components/schemas/WorkOrderStatus"
        ]
    );
    assert_eq!(report.operations.len(), 4);
    assert_eq!(report.exit_code(), 1);
}

#[test]
fn planted_fixture_reports_every_category_with_its_json_path() {
    let report = report_for("tests/fixtures/drift/planted");
    let records = "getQualificationRecordsStream";
    let orders = "streamWorkOrders";
    assert_eq!(
        summary(&report),
        vec![
            row(
                records,
                "$.data[].fields[].barcodeValue",
                Category::UndocumentedMember,
                json!({"barcodes": [{"value": "1HGCM82633A004352"}]})
            ),
            row(
                records,
                "$.data[].fields[].tableValue.rows[].cells[].assetValue",
                Category::UndocumentedMember,
                json!({"asset": {"id": "212014661"}})
            ),
            row(
                records,
                "$.data[].fields[].tableValue.rows[].cells[].type",
                Category::UnknownFieldType,
                json!("asset")
            ),
            row(
                records,
                "$.data[].fields[].type",
                Category::UnknownFieldType,
                json!("barcode")
            ),
            row(
                orders,
                "$.data[].engineHours",
                Category::TypeMismatch,
                json!("4120")
            ),
            row(
                orders,
                "$.data[].fuelLevelPercent",
                Category::UndocumentedMember,
                json!(62)
            ),
            row(
                orders,
                "$.data[].status",
                Category::UnknownEnumValue,
                json!("Awaiting Vendor")
            ),
            row(
                orders,
                "$.data[].updatedAtTime",
                Category::MissingRequiredMember,
                Value::Null
            ),
        ]
    );
    let by_path = |p: &str| {
        report
            .findings()
            .into_iter()
            .find(|f| f.path == p)
            .unwrap()
            .clone()
    };
    let mismatch = by_path("$.data[].engineHours");
    assert_eq!(
        (mismatch.expected.as_deref(), mismatch.found.as_deref()),
        (Some("integer"), Some("string"))
    );
    assert_eq!(mismatch.first_seen.pointer, "/data/0/engineHours");
    assert_eq!(
        mismatch.first_seen.source,
        "tests/fixtures/drift/planted/streamWorkOrders/1.json"
    );
    let status = by_path("$.data[].status");
    assert_eq!(status.count, 2);
    assert_eq!(status.values, vec![json!("Awaiting Vendor")]);
    assert_eq!(status.expected.as_deref(), Some("WorkOrderStatus"));
    let missing = by_path("$.data[].updatedAtTime");
    assert_eq!(missing.first_seen.pointer, "/data/1/updatedAtTime");
    assert_eq!(missing.schema, "/components/schemas/WorkOrder");
    let cell = by_path("$.data[].fields[].tableValue.rows[].cells[].type");
    assert_eq!(cell.expected.as_deref(), Some("TableCellType"));
    assert_eq!(report.exit_code(), 1);
}

#[test]
fn planted_text_report_matches_the_snapshot() {
    // Review changes to the report's format here; accept them with
    // `EXPECTORATE=overwrite cargo test -p xtask --test drift_fixtures`.
    let text = report_for("tests/fixtures/drift/planted").to_text();
    expectorate::assert_contents("tests/snapshots/planted.txt", &text);
}

#[test]
fn planted_json_report_has_the_documented_shape() {
    let json = report_for("tests/fixtures/drift/planted").to_json();
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["drift"], true);
    assert_eq!(json["errors"], json!([]));
    assert_eq!(
        json["totals"],
        json!({"undocumented-member": 3, "missing-required-member": 1, "type-mismatch": 1,
               "unknown-enum-value": 1, "unknown-field-type": 2, "constraint-violation": 0})
    );
    assert_eq!(
        json["operations"][1],
        json!({"operation_id": "streamWorkOrders", "bodies": 1, "items": 4, "findings": 4})
    );
    let finding = &json["findings"][4];
    let mut keys: Vec<&str> = finding
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "category",
            "count",
            "example",
            "expected",
            "first_seen",
            "found",
            "message",
            "operation_id",
            "path",
            "schema",
            "values"
        ]
    );
    assert_eq!(finding["category"], "type-mismatch");
    assert_eq!(
        finding["first_seen"],
        json!({"source": "tests/fixtures/drift/planted/streamWorkOrders/1.json", "pointer": "/data/0/engineHours"})
    );
}

#[test]
fn spec_examples_pass_the_lint() {
    let problems = xtask::lint::lint(&spec());
    assert_eq!(problems, vec![]);
}
