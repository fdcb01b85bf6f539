//! Bad input and faults, as a scheduler sees them: a clear message naming
//! what is wrong and an exit code, never a panic, never a partial page.

mod common;

use std::process::{Command, Output};

use samsara::Paginate;
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
fn an_unreachable_database_exits_3_without_the_password_and_a_bad_url_2() {
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
    assert_exit(
        &output,
        2,
        "expected sqlite:PATH (a non-empty path) or postgres://",
    );
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

/// The rows, ledger entries and checkpoints a SQLite database holds.
async fn snapshot(pool: &sqlx::SqlitePool) -> (i64, i64, Vec<(String, String)>) {
    let rows: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM work_orders) + (SELECT COUNT(*) FROM qualification_records)",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let ledger: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applied_versions")
        .fetch_one(pool)
        .await
        .unwrap();
    let checkpoints = sqlx::query_as("SELECT stream, checkpoint FROM checkpoints ORDER BY stream")
        .fetch_all(pool)
        .await
        .unwrap();
    (rows, ledger, checkpoints)
}

#[tokio::test]
async fn a_full_database_fails_the_page_whole_and_the_next_pass_completes_it() {
    let server = MockServer::start(MockConfig::default().records(3000).rate_limits(false))
        .await
        .unwrap();
    let client = common::client(&server);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("f.db").display());
    let db = samsara_sync::Database::open(&url).await.unwrap();
    let samsara_sync::Database::Sqlite(pool) = &db else {
        unreachable!()
    };
    // Room for a few pages more (4 MB): SQLite then answers SQLITE_FULL, as
    // it does when the disk is full (the pool's one connection keeps it).
    let used: i64 = sqlx::query_scalar("PRAGMA page_count")
        .fetch_one(pool)
        .await
        .unwrap();
    sqlx::query(&format!("PRAGMA max_page_count = {}", used + 1000))
        .execute(pool)
        .await
        .unwrap();
    let err = samsara_sync::sync_once(&client, &db, "org", common::epoch())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, samsara_sync::SyncError::Db(_)),
        "a database error: {err:?}"
    );
    assert!(err.to_string().contains("full"), "{err}");
    assert!(
        err.to_string()
            .contains("nothing of this page was committed"),
        "{err}"
    );
    let before = snapshot(pool).await;
    assert!(before.0 > 0, "the pages before the full one are committed");
    assert_eq!(before.0, before.1, "each committed row is one ledger entry");
    // A page that does not fit changes nothing: not its rows, not the
    // ledger, not its checkpoint.
    let orders = common::decodable(
        client
            .stream_work_orders()
            .start_time(common::epoch())
            .paginate()
            .settle(std::time::Duration::ZERO)
            .items(),
    )
    .await;
    let page = samsara_sync::db::PageWrite {
        rows: orders
            .iter()
            .map(|o| samsara_sync::rows::Row::work_order(o).unwrap())
            .collect(),
        ..Default::default()
    };
    let err = db
        .write_page("org", "work_orders", &page, "a checkpoint never stored")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("full"), "{err}");
    assert_eq!(
        snapshot(pool).await,
        before,
        "nothing of the page committed"
    );
    // Room again: the next pass picks up where the last commit left off.
    sqlx::query("PRAGMA max_page_count = 1073741823")
        .execute(pool)
        .await
        .unwrap();
    samsara_sync::sync_once(&client, &db, "org", common::epoch())
        .await
        .unwrap();
    common::assert_equal(&db, &client).await;
    let after = snapshot(pool).await;
    assert_eq!(after.0, after.1, "no version applied twice");
}

#[tokio::test]
async fn a_full_disk_exits_3_naming_it_and_a_rerun_with_room_completes_the_sync() {
    let server = MockServer::start(MockConfig::default().records(3000).rate_limits(false))
        .await
        .unwrap();
    let client = common::client(&server);
    let full = tempfile::tempdir().unwrap();
    let kept = tempfile::tempdir().unwrap();
    // A 1 MiB file system of its own (tmpfs, mounted in a mount namespace of
    // the child's own: no root needed): the disk fills mid-sync. The
    // database is copied out when the sync exits, to be checked and resumed.
    let script = format!(
        "mount -t tmpfs -o size=1m samsara-sync-test {full} || exit 99; \
         {bin} --once --settle 0 --db sqlite:{full}/f.db; code=$?; \
         cp {full}/f.db* {kept}/; exit $code",
        full = full.path().display(),
        kept = kept.path().display(),
        bin = env!("CARGO_BIN_EXE_samsara-sync"),
    );
    let (url, token) = (server.url(), server.token().to_owned());
    let output = tokio::task::spawn_blocking(move || {
        Command::new("unshare")
            .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script])
            .env("SAMSARA_API_KEY", token)
            .env("SAMSARA_BASE_URL", url)
            .output()
            .expect("util-linux's `unshare` runs this test")
    })
    .await
    .unwrap();
    assert_ne!(
        output.status.code(),
        Some(99),
        "this test needs user and mount namespaces (unshare -rm): {}",
        said(&output)
    );
    assert_exit(&output, 3, "database or disk is full");
    assert!(said(&output).contains("nothing of this page was committed"));
    let url = format!("sqlite:{}", kept.path().join("f.db").display());
    let db = samsara_sync::Database::open(&url).await.unwrap();
    samsara_sync::sync_once(&client, &db, "default", common::epoch())
        .await
        .unwrap();
    common::assert_equal(&db, &client).await;
    let samsara_sync::Database::Sqlite(pool) = &db else {
        unreachable!()
    };
    let (rows, ledger, _) = snapshot(pool).await;
    assert_eq!(rows, ledger, "no version applied twice");
}

#[test]
fn flag_values_that_cannot_work_exit_2_naming_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("f.db").display());
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "[[organisation]]\nname = \"a\"\ntoken = \"t\"\n").unwrap();
    for (args, says) in [
        (vec!["--lease", "0"], "--lease 0"),
        (vec!["--interval", "0"], "--interval 0"),
        (vec!["--interval", "-1"], "--interval -1"),
        (vec!["--reconcile", "0"], "--reconcile 0"),
        (vec!["--settle", "1e12"], "--settle 1000000000000"),
        (vec!["--settle", "NaN"], "--settle NaN"),
        (
            vec!["--mock", "--config", config.to_str().unwrap()],
            "--mock",
        ),
    ] {
        let mut all = vec!["--once", "--db", &db];
        all.extend(args);
        assert_exit(&run(&all, &[("SAMSARA_API_KEY", "t")]), 2, says);
    }
    let output = run(&["--once", "--db", "sqlite:"], &[("SAMSARA_API_KEY", "t")]);
    assert_exit(&output, 2, "a non-empty path");
}

#[tokio::test]
async fn a_wrong_token_stops_the_continuous_mode_with_exit_4() {
    let server = MockServer::start(MockConfig::default().records(5))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("f.db").display());
    let url = server.url();
    let output = tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_samsara-sync"))
            .args(["--db", &db, "--interval", "1", "--lease", "3"])
            .env("SAMSARA_API_KEY", "wrong-token")
            .env("SAMSARA_BASE_URL", &url)
            .stderr(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("the continuous mode kept retrying a refused token");
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    assert_exit(&output, 4, "401");
}

/// The leases table's rows: (organisation, holder).
async fn leases(db: &str) -> Vec<(String, String)> {
    // Not there yet: no lease.
    let Ok(pool) = sqlx::SqlitePool::connect(db).await else {
        return Vec::new();
    };
    let rows = sqlx::query_as("SELECT organisation, holder FROM leases")
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
    pool.close().await;
    rows
}

#[tokio::test]
async fn sigterm_releases_the_leases_and_a_run_after_a_crash_takes_the_stale_one() {
    let server = MockServer::start(MockConfig::default().records(20).rate_limits(false))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("f.db").display());
    let (url, token) = (server.url(), server.token().to_owned());
    let follow = |db: &str| {
        Command::new(env!("CARGO_BIN_EXE_samsara-sync"))
            .args([
                "--db",
                db,
                "--settle",
                "0",
                "--interval",
                "1",
                "--lease",
                "3",
            ])
            .env("SAMSARA_API_KEY", &token)
            .env("SAMSARA_BASE_URL", &url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let until_leased = |db: String| async move {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let held = leases(&db).await;
            if !held.is_empty() {
                return held;
            }
            assert!(std::time::Instant::now() < deadline, "no lease taken");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    };

    // SIGTERM: exit 143, the lease given up at once.
    let child = follow(&db);
    let held = until_leased(db.clone()).await;
    assert_eq!(held[0].0, "default");
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    assert_exit(&output, 143, "stopped by a signal; its leases released");
    assert_eq!(leases(&db).await, vec![], "released");

    // SIGKILL: the lease stays until it expires; a `--once` run waits for
    // that (one lease time) and syncs, rather than skipping the organisation.
    let mut child = follow(&db);
    until_leased(db.clone()).await;
    child.kill().unwrap();
    child.wait().unwrap();
    let (once_db, once_url, once_token) = (db.clone(), server.url(), server.token().to_owned());
    let output = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_samsara-sync"))
            .args(["--once", "--db", &once_db, "--settle", "0", "--lease", "3"])
            .env("SAMSARA_API_KEY", once_token)
            .env("SAMSARA_BASE_URL", once_url)
            .env("RUST_LOG", "info")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", said(&output));
    let logs = String::from_utf8_lossy(&output.stdout).into_owned() + &said(&output);
    assert!(
        logs.contains("pass done"),
        "the organisation was synced: {logs}"
    );
}
