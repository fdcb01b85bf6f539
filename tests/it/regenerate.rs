//! Regenerating for real: a cursor-paginated `GET` added to a copy of the
//! spec gets the whole hand-written layer (`.send()`, `.items()`/`.pages()`,
//! checkpoints, retries, pacing by its own `x-samsara-rate-limit`) with no
//! edit under `src/`.
//!
//! The test copies the crate (`src/`, `build.rs`, `README.md`) next to a
//! spec with one more operation, `getWorkOrdersFeed`
//! (`GET /maintenance/work-orders/feed`, exactly as the README's walkthrough
//! shows it, with a budget of 2 requests/s), builds a small program against that copy (offline,
//! sharing this workspace's compiled dependencies), and runs it against an
//! in-process server. Nothing under `src/` knows the new operation's name.
//!
//! The copied spec also gains an optional member on every object schema,
//! so the copy builds only if `src/` constructs generated types through
//! their builders, never with struct literals (which a member added by
//! `cargo xtask drift --write` would break with `E0063 missing field`).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const FEED: &str = "/maintenance/work-orders/feed";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The operation the README's "Adding an operation, end to end" tells a
/// user to add, read from the README itself, so the walkthrough cannot rot.
fn readme_operation() -> Value {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    // A fenced block inside a list item: indented, which JSON does not mind.
    let start = readme
        .find(&format!("\"{FEED}\": {{"))
        .expect("README.md shows the operation to add");
    let end = start + readme[start..].find("```").unwrap();
    let entry: Value = serde_json::from_str(&format!("{{{}}}", &readme[start..end]))
        .expect("the README's operation is JSON");
    entry[FEED].clone()
}

/// `spec/samsara.json` with the README's `getWorkOrdersFeed` added, its
/// budget lowered to 2 requests/s so that pacing by it is observable.
fn spec_with_a_new_operation() -> String {
    let text = std::fs::read_to_string(root().join("spec/samsara.json")).unwrap();
    let mut spec: Value = serde_json::from_str(&text).unwrap();
    let mut item = readme_operation();
    assert_eq!(item["get"]["operationId"], "getWorkOrdersFeed");
    item["get"]["x-samsara-rate-limit"] = json!({"requests": 2, "per": "second"});
    spec["paths"][FEED] = item;
    add_an_optional_member_everywhere(&mut spec);
    serde_json::to_string_pretty(&spec).unwrap()
}

/// The member [`add_an_optional_member_everywhere`] adds.
const ADDED: &str = "addedByRegenerateTest";

/// Adds an optional member to every object schema under
/// `components.schemas`, as `cargo xtask drift --write` adds the members
/// Samsara starts sending: the copied crate still builds only if the
/// hand-written layer never builds a generated type with a struct literal.
fn add_an_optional_member_everywhere(spec: &mut Value) {
    let schemas = spec["components"]["schemas"].as_object_mut().unwrap();
    let mut added = 0;
    for schema in schemas.values_mut() {
        if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            properties.insert(
                ADDED.to_owned(),
                json!({"type": "integer", "description": "Added by tests/it/regenerate.rs."}),
            );
            added += 1;
        }
    }
    for constructed in ["Pagination", "QualificationFieldInput", "TableCellInput"] {
        assert!(
            schemas[constructed]["properties"].get(ADDED).is_some(),
            "{constructed}"
        );
    }
    assert!(added > 20, "only {added} object schemas");
}

/// The `[section]` of a TOML file, verbatim, up to the next section.
fn toml_section(text: &str, header: &str) -> String {
    let start = text
        .find(&format!("\n{header}\n"))
        .unwrap_or_else(|| panic!("no {header} in Cargo.toml"));
    let rest = &text[start + 1..];
    let end = rest[header.len()..]
        .find("\n[")
        .map_or(rest.len(), |i| i + header.len() + 1);
    rest[..end].to_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

const PROBE: &str = r#"
use futures::TryStreamExt as _;
use samsara::{Call as _, Client, Paginate as _};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .token("probe-token")
        .base_url(std::env::var("SAMSARA_BASE_URL")?)
        .build()?;
    let start: chrono::DateTime<chrono::Utc> = "2025-01-01T00:00:00Z".parse()?;
    let end: chrono::DateTime<chrono::Utc> = "2025-02-01T00:00:00Z".parse()?;
    let feed = || client.get_work_orders_feed().start_time(start).end_time(end);

    let started = std::time::Instant::now();
    let page = feed().send().await?;
    println!("call: {} items, more: {}", page.data.len(), page.pagination.has_next_page);

    let mut items = feed().items();
    let mut ids = Vec::new();
    while let Some(order) = items.try_next().await? {
        ids.push(order.id);
    }
    println!("items: {}", ids.join(","));
    println!("checkpoint: {}", items.checkpoint().map(ToString::to_string).unwrap_or_default());

    let pages: Vec<_> = feed().pages().try_collect().await?;
    println!("pages: {}", pages.len());

    let op = samsara::operations::find("getWorkOrdersFeed").ok_or("not in the table")?;
    println!(
        "table: {} {} {} per {:?}, paginated {}, time window {}",
        op.method, op.path, op.rate_limit.requests, op.rate_limit.per, op.paginated, op.time_window
    );
    println!("elapsed ms: {}", started.elapsed().as_millis());

    match feed().start_time(end).send().await {
        Err(samsara::Error::Api(e)) => println!("error: {} {}", e.status.as_u16(), e.operation),
        other => println!("error: unexpected {other:?}"),
    }
    Ok(())
}
"#;

/// Writes the copied crate and the probe program into `dir`.
fn write_workspace(dir: &Path) {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let crate_dir = dir.join("samsara");
    copy_dir(&root().join("src"), &crate_dir.join("src"));
    std::fs::copy(root().join("build.rs"), crate_dir.join("build.rs")).unwrap();
    std::fs::copy(root().join("README.md"), crate_dir.join("README.md")).unwrap();
    std::fs::create_dir_all(crate_dir.join("spec")).unwrap();
    std::fs::write(
        crate_dir.join("spec/samsara.json"),
        spec_with_a_new_operation(),
    )
    .unwrap();
    let codegen = root().join("codegen");
    std::fs::write(
        crate_dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"samsara\"\nversion = \"0.1.0\"\nedition = \"2024\"\nbuild = \"build.rs\"\n\n{}\n[build-dependencies]\nsamsara-codegen = {{ path = {:?} }}\n",
            toml_section(&manifest, "[dependencies]"),
            codegen.display().to_string(),
        ),
    )
    .unwrap();
    let probe = dir.join("probe");
    std::fs::create_dir_all(probe.join("src")).unwrap();
    std::fs::write(probe.join("src/main.rs"), PROBE).unwrap();
    std::fs::write(
        probe.join("Cargo.toml"),
        "[package]\nname = \"probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nsamsara = { path = \"../samsara\" }\nfutures = \"0.3\"\nchrono = { version = \"0.4\", default-features = false, features = [\"clock\", \"std\"] }\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"time\", \"net\", \"io-util\"] }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nmembers = [\"samsara\", \"probe\"]\nresolver = \"3\"\n\n{}\n{}",
            toml_section(&manifest, "[profile.dev]"),
            toml_section(&manifest, "[profile.dev.package.\"*\"]"),
        ),
    )
    .unwrap();
    // The same versions as this workspace: nothing to download, artifacts reused.
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

fn work_order(id: &str, updated: &str) -> Value {
    json!({"id": id, "assetId": "12443", "status": "Open",
           "createdAtTime": "2025-01-02T00:00:00Z", "updatedAtTime": updated})
}

fn page(items: &[Value], cursor: &str, more: bool) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(
        json!({"data": items, "pagination": {"endCursor": cursor, "hasNextPage": more}}),
    )
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    // One 503 first: the retry layer must absorb it.
    Mock::given(method("GET"))
        .and(path(FEED))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(FEED))
        .and(query_param("startTime", "2025-02-01T00:00:00Z"))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"message": "startTime must be before endTime", "requestId": "r-1"}),
        ))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(FEED))
        .and(query_param_is_missing("after"))
        .respond_with(page(
            &[
                work_order("1", "2025-01-03T00:00:00Z"),
                work_order("2", "2025-01-04T00:00:00Z"),
            ],
            "c1",
            true,
        ))
        .with_priority(3)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(FEED))
        .and(query_param("after", "c1"))
        .respond_with(page(
            &[work_order("3", "2025-01-05T00:00:00Z")],
            "c2",
            false,
        ))
        .with_priority(3)
        .mount(&server)
        .await;
    server
}

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("samsara-regenerate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cursor_paginated_get_added_to_the_spec_gets_the_whole_layer() {
    let dir = scratch_dir();
    write_workspace(&dir);
    let server = server().await;
    // The workspace's own target directory: the dependencies are built once.
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let output = tokio::task::spawn_blocking({
        let (dir, uri) = (dir.clone(), server.uri());
        move || {
            Command::new(env!("CARGO"))
                .args([
                    "run",
                    "--quiet",
                    "--offline",
                    "-p",
                    "probe",
                    "--manifest-path",
                ])
                .arg(dir.join("Cargo.toml"))
                .env("CARGO_TARGET_DIR", &target)
                .env("SAMSARA_BASE_URL", uri)
                .env_remove("SAMSARA_API_KEY")
                .output()
                .unwrap()
        }
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the probe failed to build or run\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "call: 2 items, more: true", "{stdout}");
    assert_eq!(lines[1], "items: 1,2,3", "{stdout}");
    // The window's end, scoped to the new operation and its filters.
    assert!(
        lines[2].starts_with("checkpoint: get_work_orders_feed;filters=")
            && lines[2].ends_with(";through:2025-02-01T00:00:00Z"),
        "{stdout}"
    );
    assert_eq!(lines[3], "pages: 2", "{stdout}");
    assert_eq!(
        lines[4],
        "table: GET /maintenance/work-orders/feed 2 per Second, paginated true, time window true",
        "{stdout}"
    );
    // Paced by its own budget: 6 requests at 2/s (less 4 % headroom) take at
    // least 5 spacings of 0.52 s. A lower bound only: it cannot be too slow.
    let elapsed: u64 = lines[5]
        .strip_prefix("elapsed ms: ")
        .unwrap()
        .parse()
        .unwrap();
    assert!(elapsed >= 2_500, "{stdout}");
    assert_eq!(lines[6], "error: 400 get_work_orders_feed", "{stdout}");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests.len(),
        7,
        "503 retried, then 2 + 2 + 2 pages and the 400"
    );
    assert!(
        requests
            .iter()
            .all(|r| r.headers.get("authorization").unwrap() == "Bearer probe-token")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
