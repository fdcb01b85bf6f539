//! `cargo xtask spec-sync` against the committed extract of Samsara's
//! published spec: the curated spec is in step (only the deliberate,
//! documented differences remain), `--write` restores what a copy lost and
//! the result generates, and the reports are stable.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use xtask::spec_sync::{ALLOW, published_extract};

fn root() -> PathBuf {
    xtask::workspace_root()
}

/// Runs `cargo xtask <args>` in-process: (exit code, stdout, stderr).
fn xtask(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = xtask::run(
        std::iter::once("xtask").chain(args.iter().copied()),
        &mut out,
        &mut err,
    );
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// The committed extract of Samsara's published spec (`spec/published/`).
fn published() -> String {
    published_extract(&root()).unwrap().display().to_string()
}

fn curated_text() -> String {
    std::fs::read_to_string(root().join("spec/samsara.json")).unwrap()
}

/// The curated spec without `WorkOrder.invoiceNumber`,
/// `QualificationRecord.expirationDate`, the `WorkOrderStatus` value
/// `On Hold` and the whole `archiveQualificationRecord` operation.
fn spec_with_removals() -> String {
    let mut doc: Value = serde_json::from_str(&curated_text()).unwrap();
    let schemas = &mut doc["components"]["schemas"];
    let removed = schemas["WorkOrder"]["properties"]
        .as_object_mut()
        .unwrap()
        .shift_remove("invoiceNumber");
    assert!(removed.is_some());
    let removed = schemas["QualificationRecord"]["properties"]
        .as_object_mut()
        .unwrap()
        .shift_remove("expirationDate");
    assert!(removed.is_some());
    let statuses = schemas["WorkOrderStatus"]["enum"].as_array_mut().unwrap();
    let before = statuses.len();
    statuses.retain(|v| v != "On Hold");
    assert_eq!(statuses.len(), before - 1);
    let paths = doc["paths"].as_object_mut().unwrap();
    assert!(
        paths
            .shift_remove("/qualification-records/archive")
            .is_some()
    );
    serde_json::to_string_pretty(&doc).unwrap()
}

fn write_temp(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `(kind, operation, where, fix, applied)` of every reported finding.
fn rows(report: &Value) -> Vec<(String, String, String, String, bool)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["operation_id"].as_str().unwrap().to_owned(),
                f["where"].as_str().unwrap().to_owned(),
                f["fix"].as_str().unwrap().to_owned(),
                f["applied"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn row(kind: &str, op: &str, at: &str, applied: bool) -> (String, String, String, String, bool) {
    (
        kind.to_owned(),
        op.to_owned(),
        at.to_owned(),
        "write".to_owned(),
        applied,
    )
}

/// How often `needle` occurs in the code generated from `spec`.
fn occurrences(generated: &str, needle: &str) -> usize {
    generated.matches(needle).count()
}

#[test]
fn the_curated_spec_is_in_step_with_the_published_extract() {
    let (code, out, err) = xtask(&["spec-sync", "--published", &published()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("20 operations paired by method and path; 0 differences found; 95 deliberate differences suppressed (spec/sync-allow.json; --all shows them)"), "{out}");
    assert!(
        out.ends_with("Totals: none\nResult: in step (exit 0)\n"),
        "{out}"
    );
}

#[test]
fn all_lists_the_deliberate_differences_each_with_its_reason() {
    let (code, out, err) = xtask(&[
        "spec-sync",
        "--published",
        &published(),
        "--all",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 95);
    assert!(findings.iter().all(|f| f["allowed"].is_string()), "{out}");
    assert_eq!(report["suppressed"], 0);
    let nonzero: Vec<(&String, &Value)> = report["totals"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, n)| **n != 0)
        .collect();
    assert_eq!(
        nonzero,
        [
            (&"extra-enum-value".to_owned(), &json!(16)),
            (&"extra-member".to_owned(), &json!(19)),
            (&"extra-parameter".to_owned(), &json!(6)),
            (&"nullable".to_owned(), &json!(35)),
            (&"type".to_owned(), &json!(19)),
        ]
    );
    // Every published Work Orders operation is in the curated spec.
    assert!(
        findings.iter().all(|f| f["kind"] != "missing-operation"),
        "{out}"
    );
}

#[test]
fn write_restores_removed_members_an_enum_value_and_an_operation_and_the_result_generates() {
    let dir = tempfile::tempdir().unwrap();
    let removed = spec_with_removals();
    let spec = write_temp(dir.path(), "samsara.json", &removed);
    let (code, out, err) = xtask(&[
        "spec-sync",
        "--published",
        &published(),
        "--spec",
        &spec,
        "--write",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "what was found decides the exit code: {err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        rows(&report),
        [
            row(
                "missing-operation",
                "archiveQualificationRecord",
                "POST /qualification-records/archive",
                true
            ),
            row(
                "missing-member",
                "getQualificationRecords",
                "response 200 $.data[].expirationDate",
                true
            ),
            row(
                "missing-member",
                "getWorkOrders",
                "response 200 $.data[].invoiceNumber",
                true
            ),
            row(
                "missing-enum-value",
                "getWorkOrders",
                "response 200 $.data[].status",
                true
            ),
            row(
                "missing-enum-value",
                "patchWorkOrders",
                "request $.status",
                true
            ),
            row(
                "missing-enum-value",
                "streamWorkOrders",
                "parameter workOrderStatuses $[]",
                true
            ),
        ]
    );
    assert_eq!(report["write"]["spec_changed"], true);
    assert_eq!(report["write"]["applied"], 6);
    let notes = report["write"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0]
            .as_str()
            .unwrap()
            .contains("`x-samsara-idempotent: true`"),
        "{notes:?}"
    );

    let written = std::fs::read_to_string(&spec).unwrap();
    let doc: Value = serde_json::from_str(&written).unwrap();
    let original: Value = serde_json::from_str(&curated_text()).unwrap();
    let schemas = &doc["components"]["schemas"];
    for (schema, member) in [
        ("WorkOrder", "invoiceNumber"),
        ("QualificationRecord", "expirationDate"),
    ] {
        assert_eq!(
            schemas[schema]["properties"][member],
            original["components"]["schemas"][schema]["properties"][member],
            "{schema}.{member}"
        );
    }
    assert_eq!(
        schemas["WorkOrderStatus"],
        original["components"]["schemas"]["WorkOrderStatus"]
    );
    let archive = &doc["paths"]["/qualification-records/archive"]["post"];
    let curated_archive = &original["paths"]["/qualification-records/archive"]["post"];
    for key in [
        "operationId",
        "summary",
        "description",
        "tags",
        "x-samsara-rate-limit",
        "parameters",
        "requestBody",
        "responses",
    ] {
        assert_eq!(archive[key], curated_archive[key], "{key}");
    }
    // The curation spec-sync cannot know is left for a person, and said so.
    assert!(archive.get("x-samsara-idempotent").is_none());

    // Nothing left to apply; the written file is what to_string_pretty writes.
    let (code, out, _) = xtask(&["spec-sync", "--published", &published(), "--spec", &spec]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        written,
        serde_json::to_string_pretty(&doc).unwrap(),
        "no trailing newline, pretty layout"
    );

    // It generates, and the generated code has the members, the value and the operation back.
    let generate = |text: &str| samsara_codegen::generate("spec/samsara.json", text).unwrap();
    let (before, lost, restored) = (
        generate(&curated_text()),
        generate(&removed),
        generate(&written),
    );
    for needle in [
        "pub invoice_number:",
        "pub expiration_date:",
        "OnHold = \"On Hold\"",
        "pub fn archive_qualification_record(",
    ] {
        let n = occurrences(&before, needle);
        assert!(occurrences(&lost, needle) < n, "{needle}");
        assert_eq!(occurrences(&restored, needle), n, "{needle}");
    }
}

#[test]
fn write_on_a_spec_in_step_leaves_its_bytes_alone() {
    let dir = tempfile::tempdir().unwrap();
    let spec = write_temp(dir.path(), "samsara.json", &curated_text());
    let (code, out, err) = xtask(&[
        "spec-sync",
        "--published",
        &published(),
        "--spec",
        &spec,
        "--write",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("unchanged: 0 differences applied"), "{out}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), curated_text());
}

#[test]
fn an_unreadable_or_foreign_published_file_is_exit_2() {
    let (code, out, err) = xtask(&["spec-sync", "--published", "no/such/file.json"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: cannot read the published spec no/such/file.json"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let foreign = write_temp(dir.path(), "foreign.json", r#"{"hello": "world"}"#);
    let (code, _, err) = xtask(&["spec-sync", "--published", &foreign]);
    assert_eq!(code, 2);
    assert!(
        err.contains("is not an OpenAPI document (no `paths`)"),
        "{err}"
    );

    let allow = write_temp(
        dir.path(),
        "allow.json",
        r#"{"allow": [{"kind": "extra-member", "reason": ""}]}"#,
    );
    let (code, _, err) = xtask(&["spec-sync", "--published", &published(), "--allow", &allow]);
    assert_eq!(code, 2);
    assert!(err.contains("allow[0]: `reason` is empty"), "{err}");
}

#[test]
fn a_curated_spec_without_paths_is_exit_2_not_a_list_of_stale_allowances() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = write_temp(dir.path(), "foreign.json", r#"{"openapi": "3.0.3"}"#);
    let published = published();
    for write in [false, true] {
        let mut args = vec!["spec-sync", "--published", &published, "--spec", &foreign];
        if write {
            args.push("--write");
        }
        let (code, out, err) = xtask(&args);
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert_eq!(
            err,
            format!("error: the curated spec {foreign} is not an OpenAPI document (no `paths`)\n")
        );
    }
    assert_eq!(
        std::fs::read_to_string(&foreign).unwrap(),
        r#"{"openapi": "3.0.3"}"#
    );
}

#[test]
fn an_allowance_that_matches_nothing_is_reported_as_stale() {
    let mut allow: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(ALLOW)).unwrap()).unwrap();
    let stale = json!({"kind": "extra-member", "curated": "/components/schemas/WorkOrder/properties/gone", "reason": "once documented"});
    allow["allow"].as_array_mut().unwrap().push(stale.clone());
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "allow.json", &allow.to_string());
    let (code, out, _) = xtask(&[
        "spec-sync",
        "--published",
        &published(),
        "--allow",
        &path,
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["findings"], json!([]));
    assert_eq!(report["stale_allowances"], json!([stale]));
    assert_eq!(report["differences"], true);
}

/// The report of the copy with removals, its temporary path replaced.
fn removal_report(format: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let spec = write_temp(dir.path(), "samsara.json", &spec_with_removals());
    let (code, out, _) = xtask(&[
        "spec-sync",
        "--published",
        &published(),
        "--spec",
        &spec,
        "--format",
        format,
    ]);
    assert_eq!(code, 1);
    out.replace(&spec, "<tmp>/samsara.json")
}

#[test]
fn json_report_is_stable() {
    let out = removal_report("json");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["format_version"], 1);
    expectorate::assert_contents("tests/snapshots/spec-sync.json", &out);
}

#[test]
fn text_and_github_reports_are_stable() {
    expectorate::assert_contents("tests/snapshots/spec-sync.txt", &removal_report("text"));
    let github = removal_report("github");
    let lines: Vec<&str> = github.lines().collect();
    assert_eq!(lines.len(), 7, "{github}");
    assert!(lines[0].starts_with("::warning file=<tmp>/samsara.json,title=spec-sync missing-operation in archiveQualificationRecord::POST /qualification-records/archive: "), "{github}");
    assert!(
        lines[6].starts_with("::notice title=samsara spec-sync::6 differences found"),
        "{github}"
    );
}

/// The committed extract is what `spec-extract` writes from the full
/// published document it names, and reports the same; skipped where that
/// document (outside the repository, `../shared/reference/`) is not
/// available, as on CI.
#[test]
fn the_committed_extract_matches_the_full_published_spec() {
    let extract: Value =
        serde_json::from_str(&std::fs::read_to_string(published()).unwrap()).unwrap();
    let source = extract["x-samsara-extract"]["source"].as_str().unwrap();
    let full = root().join("../shared/reference").join(source);
    if !full.exists() {
        eprintln!("skipped: {} is not available", full.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("extract.json");
    let (code, _, err) = xtask(&[
        "spec-extract",
        "--published",
        &full.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(published()).unwrap(),
        "regenerate it: cargo xtask spec-extract --published {}",
        full.display()
    );
    let report = |published: &str| {
        let (_, out, _) = xtask(&[
            "spec-sync",
            "--published",
            published,
            "--all",
            "--format",
            "json",
        ]);
        let mut report: Value = serde_json::from_str(&out).unwrap();
        report.as_object_mut().unwrap().remove("published");
        report
    };
    assert_eq!(report(&full.display().to_string()), report(&published()));
}
