//! Runs `examples/tour.rs`, `examples/export.rs` and
//! `examples/webhook_receiver.rs` as a user does: built with
//! `cargo build --example`, then run as programs, against the embedded fake
//! server in its documented profile and with `--realistic`, and against a fake
//! server this test runs (standing in for a real account, through
//! `SAMSARA_API_KEY` / `SAMSARA_BASE_URL`) so that what they print and write
//! can be checked against the server's own list of odd records.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use samsara::Checkpoint;
use samsara::types::QualificationRecordIdRequest;
use samsara_mock::{Family, MockConfig, MockServer, VisibilityDelay};
use serde_json::Value;

/// Builds the examples once (the test's own profile); their executables.
fn example(name: &str) -> PathBuf {
    static BUILT: OnceLock<Vec<(String, PathBuf)>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .args([
                "build",
                "--quiet",
                "--example",
                "tour",
                "--example",
                "export",
                "--example",
                "webhook_receiver",
            ])
            .arg("--message-format=json-render-diagnostics")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if !cfg!(debug_assertions) {
            cargo.arg("--release");
        }
        let output = cargo.output().expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo build --example failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact")
            .filter_map(|m| {
                let name = m["target"]["name"].as_str()?.to_owned();
                Some((name, PathBuf::from(m["executable"].as_str()?)))
            })
            .collect()
    });
    built
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, path)| path.clone())
        .unwrap_or_else(|| panic!("cargo built no executable for example {name}"))
}

/// What a run printed.
struct Run {
    stdout: String,
    stderr: String,
}

/// Runs an example in `dir` with `args`; without `account`, no
/// `SAMSARA_API_KEY` (so it starts its own fake server), with it, that
/// server's URL and token. Whether it exited 0, and what it printed.
fn output(name: &str, dir: &Path, args: &[&str], account: Option<(&str, &str)>) -> (bool, Run) {
    let mut command = Command::new(example(name));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SAMSARA_API_KEY")
        .env_remove("SAMSARA_BASE_URL");
    if let Some((url, token)) = account {
        command
            .env("SAMSARA_BASE_URL", url)
            .env("SAMSARA_API_KEY", token);
    }
    let output = command.output().expect("the example runs");
    let run = Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (output.status.success(), run)
}

/// [`output`] of a run that must exit 0.
fn run(name: &str, dir: &Path, args: &[&str], account: Option<(&str, &str)>) -> Run {
    let (ok, run) = output(name, dir, args, account);
    assert!(
        ok,
        "{name} {args:?} failed:\n--- stdout\n{}\n--- stderr\n{}",
        run.stdout, run.stderr
    );
    run
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("run_examples")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The number right after `prefix` on the line that starts with it (leading
/// spaces ignored).
fn number_after(text: &str, prefix: &str) -> u64 {
    let line = text
        .lines()
        .map(str::trim_start)
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{text}"));
    let digits: String = line[prefix.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number after {prefix:?} in {line:?}"))
}

/// The JSON objects of an NDJSON file (none when it does not exist).
fn ndjson(path: &Path) -> Vec<Value> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn ids(lines: &[Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| match &l["id"] {
            Value::String(s) => s.clone(),
            other => panic!("line without a string id: {other}"),
        })
        .collect()
}

/// The checkpoint the export printed (`checkpoint: <it> (…)`).
fn checkpoint(stderr: &str) -> String {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("checkpoint: "))
        .unwrap_or_else(|| panic!("no checkpoint printed:\n{stderr}"));
    line["checkpoint: ".len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// The tour against its embedded server: records and work orders read plus
/// odd ones kept add up to what the server holds (300 seeded + the tour's own).
fn tour(realistic: bool) -> (u64, u64, Run) {
    let dir = scratch(if realistic { "tour_realistic" } else { "tour" });
    let args: &[&str] = if realistic { &["--realistic"] } else { &[] };
    let run = run("tour", &dir, args, None);
    let out = &run.stdout;
    for step in [
        "Created record ",
        "Patched it: years of experience now 8",
        "Archived it; looked up by hr:TOUR0001",
        "Created work order ",
    ] {
        assert!(out.contains(step), "no {step:?} in:\n{out}");
    }
    let records = number_after(out, "qualification records: ");
    let orders = number_after(out, "work orders: ");
    let odd = number_after(out, "odd records, kept: ");
    let odd_records = number_after(out, &format!("odd records, kept: {odd} ("));
    let odd_orders = odd - odd_records;
    assert_eq!(records + odd_records, 301, "{out}");
    assert_eq!(orders + odd_orders, 301, "{out}");
    // One line per odd record, and every stream's final checkpoint.
    let listed = out
        .lines()
        .filter(|l| {
            l.starts_with("  get_qualification_records_stream ")
                || l.starts_with("  stream_work_orders ")
        })
        .count();
    assert_eq!(listed as u64, odd, "{out}");
    let ends = out
        .lines()
        .filter_map(|l| l.split_once("; checkpoint "))
        .filter_map(|(_, c)| c.trim().parse::<Checkpoint>().ok())
        .filter(|c| c.through_time().is_some() && c.operation().is_some())
        .count();
    assert_eq!(ends, 3, "each stream ends at its window's end: {out}");
    (odd_records, odd_orders, run)
}

#[test]
fn tour_runs_against_the_documented_fake_server() {
    let (odd_records, odd_orders, run) = tour(false);
    assert_eq!((odd_records, odd_orders), (0, 0));
    assert!(run.stdout.contains("documented profile"), "{}", run.stdout);
}

#[test]
fn tour_runs_against_the_realistic_fake_server_and_keeps_its_odd_records() {
    let (odd_records, odd_orders, run) = tour(true);
    assert!(odd_records > 0 && odd_orders > 0, "{}", run.stdout);
    assert!(run.stdout.contains("realistic profile"), "{}", run.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tour_is_read_only_against_an_account() {
    let server = MockServer::start(MockConfig::realistic().records(40))
        .await
        .unwrap();
    let (url, token) = (server.url(), server.token().to_owned());
    let dir = scratch("tour_account");
    let run = tokio::task::spawn_blocking(move || {
        run("tour", &dir, &["--realistic"], Some((&url, &token)))
    })
    .await
    .unwrap();
    assert!(run.stdout.contains("read-only"), "{}", run.stdout);
    assert!(
        run.stdout.contains("ignored for a real account"),
        "{}",
        run.stdout
    );
    let operations = server.stats().per_operation;
    // Reads only (operation ids as the fake server counts them).
    assert!(
        operations
            .keys()
            .all(|op| op.starts_with("get") || op.starts_with("stream")),
        "{operations:?}"
    );
    assert!(
        operations.contains_key("streamWorkOrders"),
        "{operations:?}"
    );
    server.shutdown().await.unwrap();
}

/// Exports both families from the embedded server with `--records 40`: every
/// record is either a line of `--out` or of `--rejects`, as the summary says.
fn export(realistic: bool) -> Vec<u64> {
    let dir = scratch(if realistic {
        "export_realistic"
    } else {
        "export"
    });
    let mut rejected = Vec::new();
    for family in ["qualification-records", "work-orders"] {
        let mut args = vec![
            family,
            "--start-time",
            "2024-01-01T00:00:00Z",
            "--records",
            "40",
            "--include-deleted",
            "--out",
            "out.ndjson",
            "--rejects",
            "rejects.ndjson",
        ];
        if realistic {
            args.push("--realistic");
        }
        let run = run("export", &dir, &args, None);
        let out = ndjson(&dir.join("out.ndjson"));
        let rejects = ndjson(&dir.join("rejects.ndjson"));
        let err = &run.stderr;
        assert_eq!(number_after(err, "exported "), out.len() as u64, "{err}");
        assert_eq!(
            number_after(err, "rejected "),
            rejects.len() as u64,
            "{err}"
        );
        let all: BTreeSet<String> = ids(&out).into_iter().chain(ids(&rejects)).collect();
        assert_eq!(all.len(), 40, "{family}: every seeded item, once: {err}");
        for reject in &rejects {
            assert_eq!(reject["raw"]["id"], reject["id"], "{reject}");
            assert!(reject["path"].as_str().unwrap().starts_with("data["));
            assert!(!reject["message"].as_str().unwrap().is_empty());
        }
        // The window's end; the one stream's own (work orders), or the time
        // alone that continues both (qualification records of either kind).
        let end: Checkpoint = checkpoint(err).parse().unwrap();
        assert!(end.through_time().is_some(), "{err}");
        let scope = (family == "work-orders").then_some("stream_work_orders");
        assert_eq!(end.operation(), scope, "{err}");
        rejected.push(rejects.len() as u64);
    }
    rejected
}

#[test]
fn export_writes_every_record_of_the_documented_fake_server() {
    assert_eq!(export(false), [0, 0]);
}

#[test]
fn export_keeps_the_odd_records_of_the_realistic_fake_server_as_rejects() {
    // At least one odd item of each family when two or more are seeded.
    assert!(export(true).iter().all(|n| *n >= 1));
}

#[test]
fn an_export_that_stops_prints_the_checkpoint_and_flags_that_continue_it() {
    let dir = scratch("export_stopped");
    let (ok, run) = output(
        "export",
        &dir,
        &[
            "qualification-records",
            "--entity-type",
            "worker",
            "--start-time",
            "2024-01-01T00:00:00Z",
            "--end-time",
            "2026-01-01T00:00:00Z",
            "--records",
            "5",
            "--resume",
            "after:Zm9v",
        ],
        None,
    );
    assert!(!ok, "{}", run.stderr);
    assert!(
        run.stderr.contains("the pagination cursor was rejected"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "to continue the worker qualification records: the same command with --end-time 2026-01-01T00:00:00Z --resume after:Zm9v"
        ),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_loses_no_record_and_a_later_run_resumes_from_its_checkpoint() {
    let server = MockServer::start(MockConfig::realistic().records(40))
        .await
        .unwrap();
    let odd = server.odd_records();
    let odd_ids = |family: Family| -> BTreeSet<String> {
        odd.iter()
            .filter(|o| o.family == family)
            .map(|o| o.id.clone())
            .collect()
    };
    let (url, token) = (server.url(), server.token().to_owned());
    let dir = scratch("export_account");
    // The account's writes become visible up to 2 s late: the export's
    // streams end that long before its clock (not the default 30 s).
    let settle = VisibilityDelay::REALISTIC.max;
    let export = move |args: Vec<String>| {
        let (url, token, dir) = (url.clone(), token.clone(), dir.clone());
        tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = run("export", &dir, &args, Some((&url, &token)));
            let out = ndjson(&dir.join(format!("{}.ndjson", args[0])));
            let rejects = ndjson(&dir.join(format!("{}.rejects.ndjson", args[0])));
            (run, out, rejects)
        })
    };
    let args = |family: &str, from: &[&str]| -> Vec<String> {
        let mut args = vec![family.to_owned()];
        args.extend(from.iter().map(|s| s.to_string()));
        args.extend(
            [
                "--include-deleted",
                "--settle",
                &settle.as_secs_f64().to_string(),
                "--out",
                &format!("{family}.ndjson"),
                "--rejects",
                &format!("{family}.rejects.ndjson"),
            ]
            .map(str::to_owned),
        );
        args
    };

    // Work orders: the rejects are exactly the server's odd ones.
    let (run, out, rejects) = export(args(
        "work-orders",
        &["--start-time", "2024-01-01T00:00:00Z"],
    ))
    .await
    .unwrap();
    assert_eq!(
        ids(&rejects).into_iter().collect::<BTreeSet<_>>(),
        odd_ids(Family::WorkOrder),
        "{}",
        run.stderr
    );
    assert_eq!(out.len() + rejects.len(), 40);

    // Qualification records, the same; then two changes, and a run resumed
    // from the printed checkpoint exports exactly those two.
    let (run, out, rejects) = export(args(
        "qualification-records",
        &["--start-time", "2024-01-01T00:00:00Z"],
    ))
    .await
    .unwrap();
    let odd_records = odd_ids(Family::QualificationRecord);
    assert_eq!(
        ids(&rejects).into_iter().collect::<BTreeSet<_>>(),
        odd_records,
        "{}",
        run.stderr
    );
    let all: BTreeSet<String> = ids(&out).into_iter().chain(ids(&rejects)).collect();
    assert_eq!((out.len() + rejects.len(), all.len()), (40, 40));
    let first = checkpoint(&run.stderr);

    let active = |lines: &[Value]| -> String {
        lines
            .iter()
            .find(|l| l["raw"].get("recordStatus").unwrap_or(&l["recordStatus"]) == "active")
            .expect("an active record")["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (good, odd_one) = (active(&out), active(&rejects));
    let before = (out.len(), rejects.len());
    let client = server.client().unwrap();
    for id in [&good, &odd_one] {
        client
            .archive_qualification_record()
            .body(QualificationRecordIdRequest::builder().id(id.clone()))
            .send()
            .await
            .unwrap();
    }
    // Once the changes have settled, the next run's window holds them.
    tokio::time::sleep(settle).await;
    crate::common::until_the_clock_passes_the_writes().await;

    let (run, out, rejects) = export(args("qualification-records", &["--resume", &first]))
        .await
        .unwrap();
    assert_eq!(number_after(&run.stderr, "exported "), 1, "{}", run.stderr);
    assert_eq!(number_after(&run.stderr, "rejected "), 1, "{}", run.stderr);
    // Appended: the new versions come after the first run's lines.
    assert_eq!((out.len(), rejects.len()), (before.0 + 1, before.1 + 1));
    assert_eq!(out.last().unwrap()["id"], good.as_str());
    assert_eq!(out.last().unwrap()["recordStatus"], "archived");
    assert_eq!(rejects.last().unwrap()["id"], odd_one.as_str());
    assert_eq!(rejects.last().unwrap()["raw"]["recordStatus"], "archived");
    assert_ne!(checkpoint(&run.stderr), first);
    server.shutdown().await.unwrap();
}

#[test]
fn webhook_receiver_verifies_deliveries_and_syncs_the_changed_work_order() {
    let dir = scratch("webhook_receiver");
    let run = run("webhook_receiver", &dir, &[], None);
    assert!(run.stdout.contains("registered webhook"), "{}", run.stdout);
    let events = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("webhook ") && l.contains("WorkOrderCreatedOrChanged"))
        .count();
    assert!(events >= 1, "a verified delivery:\n{}", run.stdout);
    assert!(!run.stderr.contains("webhook refused"), "{}", run.stderr);
    assert!(run.stdout.contains("is In Progress"), "{}", run.stdout);
}
