//! Bad input and faults, as a scheduler sees them: a clear message naming
//! what is wrong and an exit code, never a panic, never a partial page.

use std::process::{Command, Output};

use samsara_mock::{MockConfig, MockServer};

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_samsara-sync"));
    command
        .args(args)
        .env_remove("SAMSARA_API_KEY")
        .env_remove("SAMSARA_BASE_URL");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn said(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn assert_exit(output: &Output, code: i32, says: &str) {
    let stderr = said(output);
    assert_eq!(output.status.code(), Some(code), "{stderr}");
    assert!(stderr.contains(says), "expected {says:?} in: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[tokio::test]
async fn a_wrong_token_exits_4_naming_the_401() {
    let server = MockServer::start(MockConfig::default().records(5))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("f.db").display());
    let url = server.url();
    // The child's requests are served by this process's runtime: wait for
    // it off that runtime.
    let output = tokio::task::spawn_blocking(move || {
        run(
            &["--once", "--db", &db],
            &[
                ("SAMSARA_API_KEY", "wrong-token"),
                ("SAMSARA_BASE_URL", &url),
            ],
        )
    })
    .await
    .unwrap();
    assert_exit(&output, 4, "401");
    assert!(
        !said(&output).contains("wrong-token"),
        "the token is never shown"
    );
}

#[test]
fn no_token_and_a_config_with_an_unknown_key_exit_2() {
    let output = run(&["--once", "--db", "sqlite::memory:"], &[]);
    assert_exit(&output, 2, "SAMSARA_API_KEY");
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(
        &config,
        "[[organisation]]\nname = \"a\"\ntoken = \"t\"\nregion = \"eu\"\n",
    )
    .unwrap();
    let output = run(&["--once", "--config", config.to_str().unwrap()], &[]);
    assert_exit(&output, 2, "unknown field `region`");
}

#[test]
fn an_unreachable_database_and_a_bad_url_exit_3_without_the_password() {
    let output = run(
        &[
            "--once",
            "--db",
            "postgres://someone:sekrit@127.0.0.1:1/nowhere",
        ],
        &[("SAMSARA_API_KEY", "t")],
    );
    assert_exit(
        &output,
        3,
        "cannot open the database postgres://someone@127.0.0.1:1/nowhere",
    );
    assert!(!said(&output).contains("sekrit"));
    let output = run(
        &["--once", "--db", "mysql://x"],
        &[("SAMSARA_API_KEY", "t")],
    );
    assert_exit(&output, 3, "expected sqlite:PATH or postgres://");
}

#[tokio::test]
async fn a_locked_sqlite_file_exits_3_and_commits_nothing() {
    let server = MockServer::start(MockConfig::default().records(5).rate_limits(false))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.db");
    let db = format!("sqlite:{}", path.display());
    samsara_sync::Database::open(&db).await.unwrap();
    // Another writer holds the database's write lock for the whole run.
    let lock = sqlx::SqlitePool::connect(&db).await.unwrap();
    let mut held = lock.begin().await.unwrap();
    sqlx::query("INSERT INTO leases (organisation, holder, expires_at) VALUES ('x', 'y', 'z')")
        .execute(&mut *held)
        .await
        .unwrap();
    let url = server.url();
    let token = server.token().to_owned();
    let output = tokio::task::spawn_blocking(move || {
        run(
            &["--once", "--db", &db, "--settle", "0"],
            &[("SAMSARA_API_KEY", &token), ("SAMSARA_BASE_URL", &url)],
        )
    })
    .await
    .unwrap();
    assert_exit(&output, 3, "database is locked");
    held.rollback().await.unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM work_orders")
        .fetch_one(&lock)
        .await
        .unwrap();
    assert_eq!(rows, 0, "nothing committed");
}
