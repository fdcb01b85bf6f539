//! The fake server (samsara-mock) answers every read-only call without any
//! drift from the spec. Needs `--features mock`:
//! `cargo test -p xtask --features mock --test it fake_server::`.

use xtask::drift::Checker;
use xtask::spec::Spec;

#[test]
fn fake_server_shows_zero_drift_across_several_pages() {
    let spec = Spec::load(
        &xtask::workspace_root().join("spec/samsara.json"),
        "spec/samsara.json",
    )
    .unwrap();
    let report = xtask::mock::with_server(|url, token| {
        let cfg = xtask::live::LiveConfig {
            base_url: url,
            token,
            max_pages: 3,
            since: xtask::mock::since(),
            until: chrono::Utc::now(),
            progress: false,
            min_interval: std::time::Duration::from_millis(250),
            page_size: Some(20),
            from_mock: true,
        };
        xtask::drift_live(&mut Checker::new(&spec), &cfg)
    })
    .unwrap();
    assert_eq!(report.errors, Vec::<String>::new());
    assert_eq!(
        report.findings(),
        Vec::<&xtask::report::Finding>::new(),
        "{}",
        report.to_text()
    );
    assert_eq!(report.operations.len(), 6);
    assert!(
        report.operations["streamWorkOrders"].bodies > 1,
        "pagination was followed"
    );
    // A fresh fake server has no webhooks registered: an empty list.
    assert!(
        report
            .operations
            .iter()
            .all(|(op, s)| s.items > 0 || op == "listWebhooks"),
        "{:?}",
        report.operations
    );
    assert_eq!(report.exit_code(), 0);
}

#[test]
fn drift_mock_prints_the_operations_it_does_not_call_as_notes() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["drift", "--mock", "--max-pages", "1", "--no-progress"])
        .current_dir(xtask::workspace_root())
        .env_remove(xtask::TOKEN_ENV)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "note: not called: getQualificationRecords: needs the query parameter `ids` (no value to send without knowing the account)",
            "note: not called: getWebhook: needs the path parameter `id`"
        ]
    );
}
