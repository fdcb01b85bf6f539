//! The crate's public API, item by item, against the committed snapshot
//! `tests/public-api.txt`: every change to what users can touch shows in
//! review as a diff of that file.
//!
//! The list comes from the `public-api` crate, reading the rustdoc JSON of
//! the library. Rustdoc JSON is unstable output: it is built here with the
//! stable toolchain's rustdoc under `RUSTC_BOOTSTRAP=1` (no nightly needed), and
//! `public-api` is pinned (root `Cargo.toml`) to the version that reads the
//! JSON format this toolchain emits. Items under `#[doc(hidden)]` (the
//! `__private` plumbing) are not in the JSON, so not in the list.
//!
//! After a deliberate change: `EXPECTORATE=overwrite cargo test -p samsara
//! --test it public_api::`, then review the diff of `tests/public-api.txt`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The rustdoc JSON format `public-api` 0.52.1 reads (its `rustdoc-types`
/// 0.57's `FORMAT_VERSION`).
const FORMAT_VERSION: u64 = 57;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Builds `target/doc/samsara.json` with this toolchain's rustdoc.
///
/// `RUSTC_BOOTSTRAP=1` goes to rustdoc alone, through a wrapper: in cargo's
/// own environment, build scripts that watch it (proc-macro2's, thiserror's)
/// would rerun, and every later build would recompile half the graph.
fn rustdoc_json() -> PathBuf {
    // The workspace's own target directory: nothing is compiled twice.
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let output = Command::new(env!("CARGO"))
        .args([
            "rustdoc",
            "--quiet",
            "--lib",
            "-p",
            "samsara",
            "--manifest-path",
        ])
        .arg(root().join("Cargo.toml"))
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .env("CARGO_TARGET_DIR", &target)
        .env("RUSTDOC", bootstrapped_rustdoc(&target))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo rustdoc (JSON) failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    target.join("doc/samsara.json")
}

/// A script that runs the toolchain's `rustdoc` with `RUSTC_BOOTSTRAP=1`.
fn bootstrapped_rustdoc(target: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = target.join("public-api");
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("rustdoc");
    let rustdoc = std::env::var("RUSTDOC").unwrap_or_else(|_| "rustdoc".to_owned());
    let text = format!("#!/bin/sh\nRUSTC_BOOTSTRAP=1 exec {rustdoc:?} \"$@\"\n");
    // Rewritten only when it changes: another test run may be executing it.
    if std::fs::read_to_string(&script).ok().as_deref() != Some(text.as_str()) {
        let fresh = dir.join(format!("rustdoc.{}", std::process::id()));
        std::fs::write(&fresh, text).unwrap();
        std::fs::set_permissions(&fresh, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::rename(&fresh, &script).unwrap();
    }
    script
}

#[test]
fn the_public_api_is_the_committed_snapshot() {
    let json = rustdoc_json();
    // A toolchain whose rustdoc writes another format needs the public-api
    // release that reads it: say so rather than fail to parse.
    let format: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(
        format["format_version"].as_u64(),
        Some(FORMAT_VERSION),
        "this rustdoc writes JSON format {}, public-api is pinned for {FORMAT_VERSION}: \
         pin the public-api release whose rustdoc-types FORMAT_VERSION matches (root Cargo.toml)",
        format["format_version"]
    );
    let api = public_api::Builder::from_rustdoc_json(&json)
        // `impl<T> From<T> for T` and the like, on every type: noise.
        .omit_blanket_impls(true)
        // `Send`, `Sync`, `Unpin`, `UnwindSafe` and the toolchain's internal
        // `Freeze`, `UnsafeUnpin` on every type: half the list, and it changes
        // with the toolchain. What users rely on (`Client: Send + Sync`, streams
        // and futures `Send`) is asserted in `tests/it/streams.rs`.
        .omit_auto_trait_impls(true)
        .build()
        .unwrap();
    let text = api.to_string();
    // No plumbing, whatever the snapshot says: the generated constructors
    // that would bypass `ClientBuilder`, the client's internals, the decoder
    // and the hidden module stay out of the public surface.
    let plumbing = [
        "samsara::Client::new(",
        "samsara::Client::new_with_client(",
        "client::Inner",
        "from_generated",
        "samsara::decode",
        "samsara::time",
        "samsara::__private",
    ];
    let leaked: Vec<&str> = text
        .lines()
        .filter(|line| plumbing.iter().any(|p| line.contains(p)))
        .collect();
    assert!(leaked.is_empty(), "plumbing in the public API: {leaked:#?}");
    expectorate::assert_contents(root().join("tests/public-api.txt"), &text);
}
