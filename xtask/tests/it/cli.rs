//! The binary's exit codes: 0 clean, 1 findings, 2 could not run.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    xtask::workspace_root()
}

/// Runs the xtask binary from the workspace root, without a token.
fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(root())
        .env_remove(xtask::TOKEN_ENV)
        .output()
        .unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory, removed when dropped.
struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

fn scratch(name: &str) -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix(&format!("xtask-cli-{name}-"))
            .tempdir()
            .unwrap(),
    )
}

#[test]
fn drift_on_clean_fixtures_exits_0() {
    let o = xtask(&["drift", "--responses", "tests/fixtures/responses"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("Result: no drift (exit 0)"));
}

#[test]
fn drift_on_planted_fixture_exits_1_in_every_format() {
    for format in ["text", "json", "github"] {
        let o = xtask(&[
            "drift",
            "--responses",
            "tests/fixtures/drift/planted",
            "--format",
            format,
        ]);
        assert_eq!(code(&o), 1, "{format}: {}", stderr(&o));
    }
    let o = xtask(&[
        "drift",
        "--responses",
        "tests/fixtures/drift/planted",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 8);
    let o = xtask(&[
        "drift",
        "--responses",
        "tests/fixtures/drift/planted",
        "--format",
        "github",
    ]);
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.starts_with("::error file=tests/fixtures/drift/planted/streamWorkOrders/1.json,title=missing required member in streamWorkOrders::")), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("::notice title=samsara drift::8 differences")
    );
}

#[test]
fn drift_that_cannot_run_exits_2() {
    let missing = xtask(&["drift", "--responses", "no/such/dir"]);
    assert_eq!(code(&missing), 2);
    assert!(stderr(&missing).contains("cannot read the directory no/such/dir"));

    let empty = scratch("empty");
    let o = xtask(&["drift", "--responses", empty.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("no response bodies"), "{}", stderr(&o));

    let unknown = scratch("unknown");
    std::fs::create_dir_all(unknown.join("getWidgets")).unwrap();
    std::fs::write(unknown.join("getWidgets/1.json"), "{}").unwrap();
    let o = xtask(&["drift", "--responses", unknown.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("no operation `getWidgets`"),
        "{}",
        stderr(&o)
    );

    let bad = scratch("bad");
    std::fs::create_dir_all(bad.join("getWorkOrders")).unwrap();
    std::fs::write(bad.join("getWorkOrders/1.json"), "{\"data\": [").unwrap();
    let o = xtask(&["drift", "--responses", bad.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("not JSON"), "{}", stderr(&o));

    let bodiless = scratch("bodiless");
    std::fs::create_dir_all(bodiless.join("deleteWorkOrders")).unwrap();
    std::fs::write(bodiless.join("deleteWorkOrders/1.json"), "{}").unwrap();
    let o = xtask(&["drift", "--responses", bodiless.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("declares no 2xx application/json response"));
}

#[test]
fn live_drift_without_a_token_exits_2_and_says_why() {
    let o = xtask(&["drift", "--base-url", "http://127.0.0.1:9"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("SAMSARA_API_KEY is not set"),
        "{}",
        stderr(&o)
    );
    let o = xtask(&["record", "--base-url", "http://127.0.0.1:9", "--out", "x"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&xtask(&["drift"])), 2, "a source is required");
    assert_eq!(
        code(&xtask(&[
            "drift",
            "--responses",
            "a",
            "--base-url",
            "http://x"
        ])),
        2,
        "sources are exclusive"
    );
    assert_eq!(
        code(&xtask(&["drift", "--responses", "a", "--format", "xml"])),
        2
    );
    assert_eq!(code(&xtask(&["nope"])), 2);
    let help = xtask(&["--help"]);
    assert_eq!(code(&help), 0);
    assert!(stdout(&help).contains("spec-lint"));
}

#[cfg(not(feature = "mock"))]
#[test]
fn mock_source_without_the_feature_exits_2_with_the_command_to_use() {
    let o = xtask(&["drift", "--mock"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--features mock"), "{}", stderr(&o));
}

#[test]
fn realistic_is_only_for_the_fake_server() {
    for cmd in [
        &[
            "drift",
            "--responses",
            "tests/fixtures/responses",
            "--realistic",
        ][..],
        &[
            "record",
            "--base-url",
            "http://127.0.0.1:9",
            "--out",
            "x",
            "--realistic",
        ],
    ] {
        let o = xtask(cmd);
        assert_eq!(code(&o), 2, "{cmd:?}");
        assert!(
            stderr(&o).contains("cannot be used with") && stderr(&o).contains("'--realistic'"),
            "{cmd:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn spec_lint_passes_and_fails_with_pointers() {
    let o = xtask(&["spec-lint"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let dir = scratch("lint");
    let spec = dir.join("spec.json");
    std::fs::write(
        &spec,
        r##"{"openapi": "3.0.3", "paths": {"/a": {"get": {"operationId": "getA",
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}}}}}}}"##,
    )
    .unwrap();
    let o = xtask(&["spec-lint", "--spec", spec.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.contains("#/paths/~1a/get: [summary]"), "{out}");
    assert!(
        out.contains(
            "#/paths/~1a/get/responses/200/content/application~1json/schema/$ref: [dangling-ref]"
        ),
        "{out}"
    );
    let o = xtask(&[
        "spec-lint",
        "--spec",
        dir.join("missing.json").to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 2);
}

#[test]
fn codegen_check_passes_on_the_committed_file() {
    let o = xtask(&["codegen", "--check"]);
    assert_eq!(
        code(&o),
        0,
        "generated/samsara.rs is stale: run `cargo xtask codegen`\n{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("generated/samsara.rs is up to date"));
}

/// A second checkout: the workspace manifest and `spec/` copied into a
/// scratch directory, with `edit` applied to its curated spec.
fn second_checkout(edit: impl FnOnce(&mut serde_json::Value)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("Cargo.toml"), dir.path().join("Cargo.toml")).unwrap();
    let published = dir.path().join("spec/published");
    std::fs::create_dir_all(&published).unwrap();
    for file in [
        "spec/samsara.json",
        "spec/sync-allow.json",
        "spec/published/samsara-api-2025-10-23.json",
    ] {
        std::fs::copy(root().join(file), dir.path().join(file)).unwrap();
    }
    let spec_path = dir.path().join("spec/samsara.json");
    let mut spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&spec_path).unwrap()).unwrap();
    edit(&mut spec);
    std::fs::write(&spec_path, serde_json::to_string_pretty(&spec).unwrap()).unwrap();
    dir
}

/// One xtask binary (as a shared `CARGO_TARGET_DIR` gives two checkouts of
/// the same sources), run in each checkout: each reads and writes its own
/// files.
#[test]
fn one_xtask_binary_serves_each_checkout_it_is_run_in() {
    let other = second_checkout(|spec| {
        let paths = spec["paths"].as_object_mut().unwrap();
        paths.remove("/maintenance/invoice-scans");
    });
    let mine = std::fs::read(root().join("spec/samsara.json")).unwrap();
    let published = "spec/published/samsara-api-2025-10-23.json";
    let run = |dir: &std::path::Path, extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["spec-sync", "--published", published])
            .args(extra)
            .current_dir(dir)
            .output()
            .unwrap()
    };
    let there = run(other.path(), &[]);
    assert_eq!(code(&there), 1, "{}{}", stdout(&there), stderr(&there));
    assert!(
        stdout(&there).contains("postInvoiceScan"),
        "{}",
        stdout(&there)
    );
    let here = run(&root(), &[]);
    assert_eq!(code(&here), 0, "{}{}", stdout(&here), stderr(&here));
    // `--write` in the other checkout writes the other checkout's spec.
    let written = run(other.path(), &["--write"]);
    assert_eq!(code(&written), 1, "{}", stderr(&written));
    let theirs = std::fs::read_to_string(other.path().join("spec/samsara.json")).unwrap();
    assert!(
        theirs.contains("/maintenance/invoice-scans"),
        "restored there"
    );
    assert_eq!(
        std::fs::read(root().join("spec/samsara.json")).unwrap(),
        mine,
        "untouched here"
    );
    // A subdirectory of a checkout finds it too (the restored spec is in step).
    let nested = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["spec-sync", "--published"])
        .arg(other.path().join(published))
        .current_dir(other.path().join("spec"))
        .output()
        .unwrap();
    assert_eq!(code(&nested), 0, "{}{}", stdout(&nested), stderr(&nested));
}

#[test]
fn outside_a_checkout_every_command_refuses_to_run() {
    let nowhere = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["spec-lint"])
        .current_dir(nowhere.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not inside a samsara checkout"),
        "{}",
        stderr(&out)
    );
}
