//! Two processes against one Postgres and three organisations (tokens):
//! each organisation is leased by exactly one process at a time; kill the
//! holder and the other takes its organisations over within the lease time.

mod common;

use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::database_url;
use samsara_mock::{MockConfig, MockServer};

const LEASE: Duration = Duration::from_secs(2);

/// A running samsara-sync, killed (SIGKILL) when dropped: a failing test
/// leaves no process behind.
struct Running(Child);

impl Running {
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.kill();
    }
}

fn start(server: &MockServer, db: &str, config: &std::path::Path, holder: &str) -> Running {
    let child = Command::new(env!("CARGO_BIN_EXE_samsara-sync"))
        .args([
            "--db",
            db,
            "--settle",
            "0",
            "--interval",
            "0.2",
            "--lease",
            "2",
        ])
        .arg("--config")
        .arg(config)
        .args(["--holder", holder])
        .env("SAMSARA_BASE_URL", server.url())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Running(child)
}

/// organisation → (holder, lease still valid).
async fn leases(pool: &sqlx::PgPool) -> BTreeMap<String, (String, bool)> {
    let rows: Vec<(String, String, bool)> =
        sqlx::query_as("SELECT organisation, holder, expires_at > now() FROM leases")
            .fetch_all(pool)
            .await
            .unwrap();
    rows.into_iter()
        .map(|(o, h, valid)| (o, (h, valid)))
        .collect()
}

/// Waits until `check` holds of the leases, for at most `within`.
async fn until(
    pool: &sqlx::PgPool,
    within: Duration,
    check: impl Fn(&BTreeMap<String, (String, bool)>) -> bool,
) -> Duration {
    let started = Instant::now();
    loop {
        let now = leases(pool).await;
        if check(&now) {
            return started.elapsed();
        }
        assert!(started.elapsed() < within, "not within {within:?}: {now:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_organisation_has_one_holder_and_a_dead_holders_are_taken_over() {
    let server = MockServer::start(MockConfig::default().records(20).rate_limits(false))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = database_url("postgres", dir.path()).await;
    let config = dir.path().join("organisations.toml");
    let mut toml = String::new();
    for name in ["acme", "globex", "initech"] {
        let token = server.issue_access_token(Duration::from_secs(3600));
        toml += &format!(
            "[[organisation]]\nname = \"{name}\"\ntoken = \"{token}\"\nbase_url = \"{}\"\n\n",
            server.url()
        );
    }
    std::fs::write(&config, toml).unwrap();

    // The schema first, so that the leases can be watched from the start.
    samsara_sync::Database::open(&db).await.unwrap();
    let pool = sqlx::PgPool::connect(&db).await.unwrap();
    let mut a = start(&server, &db, &config, "a");
    until(&pool, Duration::from_secs(20), |l| {
        l.len() == 3 && l.values().all(|(h, valid)| h == "a" && *valid)
    })
    .await;
    let mut b = start(&server, &db, &config, "b");
    // While a renews, b takes nothing: one holder per organisation.
    let watch = Instant::now();
    while watch.elapsed() < LEASE * 2 {
        let now = leases(&pool).await;
        assert!(now.values().all(|(h, _)| h == "a"), "{now:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    a.kill(); // SIGKILL: no release
    let took = until(&pool, LEASE * 3, |l| {
        l.len() == 3 && l.values().all(|(h, valid)| h == "b" && *valid)
    })
    .await;
    assert!(
        took <= LEASE + Duration::from_secs(1),
        "took over after {took:?}"
    );
    // b syncs them: every organisation's rows arrive.
    let synced: Vec<(String, i64)> = sqlx::query_as(
        "SELECT organisation, COUNT(*) FROM work_orders GROUP BY organisation ORDER BY organisation",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(synced.len(), 3, "{synced:?}");
    b.kill();
}
