//! Same seed, same data; the binary prints `listening on http://ADDR`.

use crate::common;

use std::process::Command;

use common::{Harness, quiet};
use serde_json::Value;

async fn snapshot(seed: u64) -> Vec<Value> {
    let h = Harness::start(quiet(40).seed(seed)).await;
    let far = "&endTime=2100-01-01T00:00:00Z";
    let mut all = h.types("worker").await;
    all.extend(h.types("asset").await);
    for entity in ["worker", "asset"] {
        let path = format!(
            "/qualification-records/stream?entityType={entity}&startTime=2020-01-01T00:00:00Z&includeDeleted=true&includeExternalIds=true{far}"
        );
        all.extend(h.drain("getQualificationRecordsStream", &path).await);
    }
    let wo = format!(
        "/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&includeExternalIds=true{far}"
    );
    all.extend(h.drain("streamWorkOrders", &wo).await);
    all
}

#[tokio::test]
async fn the_same_seed_gives_the_same_data() {
    let a = snapshot(7).await;
    assert_eq!(a.len(), 5 + 40 + 40);
    assert_eq!(a, snapshot(7).await);
    let b = snapshot(8).await;
    assert_ne!(a, b);
    assert_eq!(
        a[..5],
        b[..5],
        "qualification types do not depend on the seed"
    );
}

#[tokio::test]
async fn seeded_data_is_realistic() {
    let data = snapshot(3).await;
    let records: Vec<&Value> = data
        .iter()
        .filter(|v| v.get("recordStatus").is_some())
        .collect();
    let orders: Vec<&Value> = data.iter().filter(|v| v.get("assetId").is_some()).collect();
    let mut kinds: Vec<&str> = records
        .iter()
        .flat_map(|r| r["fields"].as_array().unwrap())
        .map(|f| f["type"].as_str().unwrap())
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "check_boxes",
            "datetime",
            "media",
            "multiple_choice",
            "number",
            "signature",
            "table",
            "text"
        ]
    );
    for status in ["active", "archived", "deleted"] {
        assert!(
            records.iter().any(|r| r["recordStatus"] == status),
            "{status}"
        );
    }
    assert!(records.iter().any(|r| r["externalIds"].is_object()));
    assert!(records.iter().any(|r| r.get("externalIds").is_none()));
    let mut statuses: Vec<&str> = orders
        .iter()
        .map(|o| o["status"].as_str().unwrap())
        .collect();
    statuses.sort();
    statuses.dedup();
    assert_eq!(statuses.len(), 11, "every documented status: {statuses:?}");
    let first = records
        .iter()
        .map(|r| r["updatedAtTime"].as_str().unwrap())
        .min()
        .unwrap();
    let last = records
        .iter()
        .map(|r| r["updatedAtTime"].as_str().unwrap())
        .max()
        .unwrap();
    assert!(
        first < "2024-04-01" && last > "2025-04-01",
        "{first} .. {last}"
    );
    assert!(
        orders
            .iter()
            .any(|o| o["maintenanceSite"]["placeExternalIds"].is_object())
    );
}

#[test]
fn the_binary_prints_its_url_and_serves() {
    let (mut child, url) =
        common::spawn_binary(&["--token", "T0k3n", "--records", "3", "--no-rate-limits"]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("{url}/qualification-types?entityType=asset"))
            .bearer_auth("T0k3n")
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(status.unwrap(), 200);
}

#[test]
fn the_binary_refuses_a_bad_fault_rate() {
    let out = Command::new(env!("CARGO_BIN_EXE_samsara-mock"))
        .args(["--addr", "127.0.0.1:0", "--faults", "1.5"])
        .output()
        .expect("run samsara-mock");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("faults"));
}
