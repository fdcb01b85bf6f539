//! `drift --suggest` / `--write`: drift becomes a spec patch. The planted
//! fixtures, written into a copy of the spec, generate a typed field and a
//! named variant; clean fixtures suggest nothing; `--suggest` never writes.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use xtask::spec_edit::SpecFile;

const PLANTED: &str = "tests/fixtures/drift/planted";
const CLEAN: &str = "tests/fixtures/responses";
const SEEDS: &str = "tests/fixtures/drift/seeds";

fn root() -> PathBuf {
    xtask::workspace_root()
}

/// Runs `cargo xtask drift ARGS`: (exit code, stdout, stderr).
fn drift(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let argv = ["cargo xtask", "drift"]
        .into_iter()
        .chain(args.iter().copied());
    let code = xtask::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// A temporary copy of `spec/samsara.json`.
fn spec_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("samsara.json");
    std::fs::copy(root().join("spec/samsara.json"), &path).unwrap();
    (dir, path)
}

fn fixture(dir: &str) -> String {
    root().join(dir).display().to_string()
}

/// The JSON report with its `suggestions`.
fn suggestions_json(dir: &str) -> Value {
    let (_, out, err) = drift(&[
        "--responses",
        &fixture(dir),
        "--suggest",
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

/// `(kind, target, name)` of every suggestion.
fn kinds(json: &Value) -> Vec<(String, String, String)> {
    json["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_owned(),
                s["target"].as_str().unwrap().to_owned(),
                s["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn row(kind: &str, target: &str, name: &str) -> (String, String, String) {
    (kind.to_owned(), target.to_owned(), name.to_owned())
}

/// The text without whitespace, so that assertions do not depend on where
/// prettyplease breaks lines.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The body of `pub struct NAME { … }` in generated code (squashed).
fn struct_body(code: &str, name: &str) -> String {
    let code = squash(code);
    let start = code
        .find(&format!("pubstruct{name}{{"))
        .unwrap_or_else(|| panic!("no struct {name}"));
    let rest = &code[start..];
    rest[..rest.find("}").unwrap()].to_owned()
}

#[test]
fn planted_drift_written_into_the_spec_generates_a_typed_field_and_a_named_variant() {
    let (_dir, spec) = spec_copy();
    let (code, out, err) = drift(&[
        "--responses",
        &fixture(PLANTED),
        "--write",
        "--spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "exit code stays 1 on drift: {err}");
    assert!(out.contains("Wrote "), "{out}");
    assert!(out.contains("5 changes; 3 left for a person"), "{out}");
    assert!(out.contains("run `cargo xtask codegen`"), "{out}");

    let text = std::fs::read_to_string(&spec).unwrap();
    let generated = samsara_codegen::generate("spec/samsara.json", &text).unwrap();
    let work_order = struct_body(&generated, "WorkOrder");
    // The undocumented member, typed from the value seen (62).
    assert!(
        work_order.contains("pubfuel_level_percent:::std::option::Option<i64>,"),
        "{work_order}"
    );
    // The required member seen missing is optional now.
    assert!(
        work_order.contains("pubupdated_at_time:::std::option::Option<"),
        "{work_order}"
    );
    // The member the spec already types elsewhere reuses that type.
    assert!(
        struct_body(&generated, "QualificationField")
            .contains("pubbarcode_value:::std::option::Option<BarcodeValue>,"),
        "{generated}"
    );
    assert!(
        struct_body(&generated, "TableCell").contains("pubasset_value:::std::option::Option<"),
        "{generated}"
    );
    // The unknown enum value is a named variant.
    let variant = samsara_codegen::variant_name("Awaiting Vendor");
    assert_eq!(variant, "AwaitingVendor");
    assert!(
        squash(&generated).contains(&format!("{variant}=\"AwaitingVendor\"")),
        "no variant {variant}"
    );

    // The edited spec keeps the lint's rules, and drift against it shows
    // only what was left for a person.
    let edited = xtask::spec::Spec::load(&spec, "edited.json").unwrap();
    assert_eq!(xtask::lint::lint(&edited), vec![]);
    let (code, out, _) = drift(&[
        "--responses",
        &fixture(PLANTED),
        "--spec",
        spec.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    let left: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        left,
        [
            "$.data[].fields[].tableValue.rows[].cells[].type",
            "$.data[].fields[].type",
            "$.data[].engineHours"
        ]
    );
}

#[test]
fn planted_suggestions_are_the_three_edits_and_the_rest_for_a_person() {
    let json = suggestions_json(PLANTED);
    let s = "/components/schemas";
    assert_eq!(
        kinds(&json),
        vec![
            row(
                "add-property",
                &format!("{s}/QualificationField"),
                "barcodeValue"
            ),
            row("add-property", &format!("{s}/TableCell"), "assetValue"),
            row(
                "add-property",
                &format!("{s}/WorkOrder"),
                "fuelLevelPercent"
            ),
            row(
                "add-enum-value",
                &format!("{s}/WorkOrderStatus"),
                "Awaiting Vendor"
            ),
            row("make-optional", &format!("{s}/WorkOrder"), "updatedAtTime"),
            row("needs-a-person", &format!("{s}/FieldType"), "\"barcode\""),
            row("needs-a-person", &format!("{s}/TableCellType"), "\"asset\""),
            row(
                "needs-a-person",
                &format!("{s}/WorkOrder/properties/engineHours"),
                "engineHours"
            ),
        ]
    );
    let by_name = |n: &str| {
        json["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_name("fuelLevelPercent")["change"],
        json!({
            "description": "Not in Samsara's published spec: seen in `streamWorkOrders` responses \
                            (added by `cargo xtask drift --write`).",
            "format": "int64",
            "type": "integer"
        })
    );
    assert_eq!(
        by_name("barcodeValue")["change"],
        json!({"$ref": "#/components/schemas/BarcodeValue"})
    );
    assert_eq!(by_name("Awaiting Vendor")["change"], "Awaiting Vendor");
    assert_eq!(by_name("updatedAtTime")["change"], Value::Null);
    assert!(
        by_name("engineHours")["note"]
            .as_str()
            .unwrap()
            .contains("the spec says integer, the API sent string")
    );
    // Only a field was added to the report: the rest keeps format_version 1.
    assert_eq!(json["format_version"], 1);
    assert!(json["suggestions"][0].get("applied").is_none());
}

#[test]
fn every_suggestion_carries_its_evidence_and_every_finding_lands_in_one() {
    let json = suggestions_json(PLANTED);
    let mut covered = Vec::new();
    for s in json["suggestions"].as_array().unwrap() {
        let evidence = s["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty(), "{s}");
        for e in evidence {
            assert!(e["count"].as_u64().unwrap() > 0, "{e}");
            assert!(e.get("example").is_some(), "{e}");
            assert!(
                e["first_seen"]["source"]
                    .as_str()
                    .unwrap()
                    .starts_with("tests/fixtures/drift/planted/"),
                "{e}"
            );
            assert!(
                e["first_seen"]["pointer"]
                    .as_str()
                    .unwrap()
                    .starts_with("/data/")
            );
            covered.push((
                e["operation_id"].as_str().unwrap().to_owned(),
                e["path"].as_str().unwrap().to_owned(),
                e["category"].as_str().unwrap().to_owned(),
            ));
        }
    }
    let mut findings: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["operation_id"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap().to_owned(),
                f["category"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    covered.sort();
    findings.sort();
    assert_eq!(covered, findings);

    let status = &json["suggestions"][3];
    assert_eq!(
        status["evidence"],
        json!([{
            "operation_id": "streamWorkOrders",
            "path": "$.data[].status",
            "category": "unknown-enum-value",
            "example": "Awaiting Vendor",
            "count": 2,
            "first_seen": {
                "source": "tests/fixtures/drift/planted/streamWorkOrders/1.json",
                "pointer": "/data/1/status"
            }
        }])
    );
}

#[test]
fn clean_fixtures_suggest_nothing_and_write_nothing() {
    let json = suggestions_json(CLEAN);
    assert_eq!(json["suggestions"], json!([]));
    assert_eq!(json["drift"], false);

    let (_dir, spec) = spec_copy();
    let before = std::fs::read(&spec).unwrap();
    let (code, out, _) = drift(&[
        "--responses",
        &fixture(CLEAN),
        "--write",
        "--spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("0 edits, 0 left for a person, 0 already tolerated"),
        "{out}"
    );
    assert!(out.contains("unchanged: no edit to apply"), "{out}");
    assert_eq!(std::fs::read(&spec).unwrap(), before);
}

#[test]
fn suggest_does_not_write() {
    let (_dir, spec) = spec_copy();
    let before = std::fs::read(&spec).unwrap();
    let (code, out, _) = drift(&[
        "--responses",
        &fixture(PLANTED),
        "--suggest",
        "--spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("5 edits, 3 left for a person"), "{out}");
    assert!(!out.contains("Wrote "), "{out}");
    assert_eq!(std::fs::read(&spec).unwrap(), before);
}

#[test]
fn writing_twice_changes_nothing_the_second_time() {
    let (_dir, spec) = spec_copy();
    let args = [
        "--responses",
        &fixture(PLANTED),
        "--write",
        "--spec",
        spec.to_str().unwrap(),
    ];
    drift(&args);
    let once = std::fs::read(&spec).unwrap();
    let (_, out, _) = drift(&args);
    assert_eq!(std::fs::read(&spec).unwrap(), once);
    assert!(out.contains("unchanged: no edit to apply"), "{out}");
}

#[test]
fn the_unchanged_spec_round_trips_byte_identical() {
    let path = root().join("spec/samsara.json");
    let file = SpecFile::load(&path).unwrap();
    assert!(file.is_canonical());
    assert_eq!(file.text().as_bytes(), std::fs::read(&path).unwrap());
    let (_dir, copy) = spec_copy();
    SpecFile::load(&copy).unwrap().save().unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&path).unwrap());
}

#[test]
fn a_written_edit_changes_only_its_lines() {
    let (_dir, spec) = spec_copy();
    let mut file = SpecFile::load(&spec).unwrap();
    xtask::spec_edit::add_enum_value(
        &mut file.doc,
        "/components/schemas/WorkOrderStatus",
        "Awaiting Vendor",
    )
    .unwrap();
    file.save().unwrap();
    let before = std::fs::read_to_string(root().join("spec/samsara.json")).unwrap();
    let after = std::fs::read_to_string(&spec).unwrap();
    let diff = similar::TextDiff::from_lines(&before, &after);
    let changed: Vec<String> = diff
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| format!("{}{}", c.tag(), c.value()))
        .collect();
    assert_eq!(changed, ["+          \"Awaiting Vendor\",\n"]);
}

#[test]
fn respelled_enum_values_are_already_tolerated() {
    // The seeds send `OPEN` and `HIGH`: the client reads them as `Open` and
    // `High`, so the spec needs no new value.
    let json = suggestions_json(SEEDS);
    assert_eq!(
        kinds(&json),
        vec![
            row(
                "already-tolerated",
                "/components/schemas/WorkOrderPriority",
                "HIGH"
            ),
            row(
                "already-tolerated",
                "/components/schemas/WorkOrderStatus",
                "OPEN"
            ),
        ]
    );
    assert!(
        json["suggestions"][1]["note"]
            .as_str()
            .unwrap()
            .contains("reads \"OPEN\" as `Open`")
    );
}

/// `(operation, file, edit of its body)`.
type FixtureEdit<'a> = (&'a str, &'a str, &'a dyn Fn(&mut Value));

/// Fixtures built from the clean ones, edited.
fn fixtures_with(edits: &[FixtureEdit<'_>]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (op, file, edit) in edits {
        let mut body: Value = serde_json::from_str(
            &std::fs::read_to_string(root().join(CLEAN).join(op).join(file)).unwrap(),
        )
        .unwrap();
        edit(&mut body);
        let out = dir.path().join(op);
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join(file), body.to_string()).unwrap();
    }
    dir
}

#[test]
fn findings_that_call_for_one_edit_merge_with_all_their_evidence() {
    // The same new member of WorkOrder in two operations (a whole number in
    // one, a fraction in the other), and a new status in two spellings.
    let dir = fixtures_with(&[
        ("getWorkOrders", "1.json", &|b: &mut Value| {
            b["data"][0]["fuelLevelPercent"] = json!(62);
            b["data"][0]["status"] = json!("Awaiting Vendor");
            b["data"][1]["status"] = json!("Awaiting Vendor");
        }),
        ("streamWorkOrders", "1.json", &|b: &mut Value| {
            b["data"][0]["fuelLevelPercent"] = json!(61.5);
            b["data"][0]["status"] = json!("AWAITING_VENDOR");
            b["data"][0]["dueAtTime"] = Value::Null;
        }),
    ]);
    let (code, out, err) = drift(&[
        "--responses",
        dir.path().to_str().unwrap(),
        "--suggest",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let s = "/components/schemas";
    assert_eq!(
        kinds(&json),
        vec![
            row(
                "add-property",
                &format!("{s}/WorkOrder"),
                "fuelLevelPercent"
            ),
            row(
                "add-enum-value",
                &format!("{s}/WorkOrderStatus"),
                "Awaiting Vendor"
            ),
            row(
                "needs-a-person",
                &format!("{s}/WorkOrder/properties/dueAtTime"),
                "dueAtTime"
            ),
            row(
                "already-tolerated",
                &format!("{s}/WorkOrderStatus"),
                "AWAITING_VENDOR"
            ),
        ]
    );
    let fuel = &json["suggestions"][0];
    assert_eq!(fuel["change"]["type"], "number");
    assert_eq!(fuel["change"]["format"], "double");
    assert!(
        fuel["change"]["description"]
            .as_str()
            .unwrap()
            .contains("`getWorkOrders` and `streamWorkOrders`")
    );
    let ops: Vec<&str> = fuel["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["operation_id"].as_str().unwrap())
        .collect();
    assert_eq!(ops, ["getWorkOrders", "streamWorkOrders"]);
    assert_eq!(json["suggestions"][1]["evidence"][0]["count"], 2);
    assert!(
        json["suggestions"][2]["note"]
            .as_str()
            .unwrap()
            .contains("mark the schema `nullable: true`")
    );
    assert!(
        json["suggestions"][3]["note"]
            .as_str()
            .unwrap()
            .contains("as `Awaiting Vendor`")
    );
}

#[test]
fn github_format_adds_one_notice_per_suggestion() {
    let (code, out, _) = drift(&[
        "--responses",
        &fixture(PLANTED),
        "--suggest",
        "--format",
        "github",
    ]);
    assert_eq!(code, 1);
    let notices: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("::notice file=spec/samsara.json,"))
        .collect();
    assert_eq!(notices.len(), 8, "{out}");
    assert!(
        notices[2].starts_with(
            "::notice file=spec/samsara.json,title=spec change%3A add-property::\
             add optional `fuelLevelPercent` (integer) to WorkOrder at \
             /components/schemas/WorkOrder/properties/fuelLevelPercent."
        ),
        "{}",
        notices[2]
    );
}

#[test]
fn planted_suggestions_text_matches_the_snapshot() {
    // Accept a deliberate change with
    // `EXPECTORATE=overwrite cargo test -p xtask --test suggest`.
    let (_, out, _) = drift(&["--responses", &fixture(PLANTED), "--suggest"]);
    let suggestions = &out[out.find("\nSpec changes for").unwrap() + 1..];
    expectorate::assert_contents("tests/snapshots/planted-suggest.txt", suggestions);
}

#[test]
fn write_without_a_readable_spec_could_not_run() {
    let dir = tempfile::tempdir().unwrap();
    let missing: &Path = &dir.path().join("missing.json");
    let (code, _, err) = drift(&[
        "--responses",
        &fixture(PLANTED),
        "--write",
        "--spec",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json"), "{err}");
}

#[test]
fn a_suggested_inline_object_or_array_shows_the_nullable_it_is_written_with() {
    let dir = fixtures_with(&[("getWorkOrders", "1.json", &|b: &mut Value| {
        b["data"][0]["engineTelemetry"] = json!({"rpm": 1200});
        b["data"][0]["sensorReadings"] = json!([3, 4]);
    })]);
    let (_spec_dir, spec) = spec_copy();
    let (code, out, err) = drift(&[
        "--responses",
        dir.path().to_str().unwrap(),
        "--spec",
        spec.to_str().unwrap(),
        "--write",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&spec).unwrap()).unwrap();
    let added: Vec<&Value> = json["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "add-property")
        .collect();
    assert_eq!(added.len(), 2, "{out}");
    for s in added {
        let name = s["name"].as_str().unwrap();
        assert_eq!(s["change"]["nullable"], true, "{name}: {}", s["change"]);
        assert_eq!(
            written["components"]["schemas"]["WorkOrder"]["properties"][name], s["change"],
            "{name}: the suggestion shows what --write wrote"
        );
    }
    // The text format shows the same schema.
    let (_, text, _) = drift(&["--responses", dir.path().to_str().unwrap(), "--suggest"]);
    assert!(
        text.lines()
            .any(|l| l.contains("\"type\":\"object\"") && l.contains("\"nullable\":true")),
        "{text}"
    );
}
