//! SIGKILL at random moments: the sync binary is killed 20+ times while it
//! syncs from the realistic fake server (20 % injected faults, late-visible
//! writes, creates, patches and deletes happening); after a final clean
//! run the database equals Samsara's state, and the applied-versions ledger
//! shows no version applied twice.

mod common;

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::{assert_equal, client, database_url, delete_a_record, settled, write_until};
use samsara_mock::{MockConfig, MockServer};
use samsara_sync::Database;

const KILLS: usize = 20;

fn sync(server: &MockServer, db: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_samsara-sync"));
    command
        .args([
            "--once",
            "--db",
            db,
            "--settle",
            "3",
            "--holder",
            "restarted",
        ])
        .env("SAMSARA_API_KEY", server.token())
        .env("SAMSARA_BASE_URL", server.url())
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// A reproducible spread of kill delays, 30–600 ms.
fn delays() -> impl Iterator<Item = Duration> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    std::iter::repeat_with(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        Duration::from_millis(30 + x % 570)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_killed_at_random_moments_still_converges_exactly_once() {
    killed_at_random_moments("sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_killed_at_random_moments_still_converges_exactly_once() {
    killed_at_random_moments("postgres").await;
}

async fn killed_at_random_moments(kind: &str) {
    let server = MockServer::start(MockConfig::realistic().faults(0.2).records(60))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = database_url(kind, dir.path()).await;
    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn(write_until(client(&server), stop.clone()));
    delete_a_record(&client(&server)).await;

    let mut killed = 0;
    for delay in delays().take(KILLS) {
        let mut child = sync(&server, &db).spawn().unwrap();
        tokio::time::sleep(delay).await;
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        // SIGKILL (a no-op when it has exited), before anything can panic.
        let _ = child.kill();
        child.wait().unwrap();
    }
    assert!(
        killed >= KILLS / 2,
        "only {killed} of {KILLS} runs were killed mid-sync"
    );

    stop.store(true, Ordering::SeqCst);
    writer.await.unwrap();
    delete_a_record(&client(&server)).await;
    settled(&server).await;
    tokio::time::sleep(Duration::from_secs(3)).await; // the settle delay
    // A clean run (again if an injected fault outlasts the retries).
    let clean = (0..5).any(|_| sync(&server, &db).status().unwrap().success());
    assert!(clean, "no clean run in 5 tries");

    let database = Database::open(&db).await.unwrap();
    assert_equal(&database, &client(&server)).await;
}
