//! The committed `generated/samsara.rs` is exactly what `build.rs` generates
//! from `spec/samsara.json`, so every spec change shows up in review as a
//! readable Rust diff. When this fails: run `cargo xtask codegen` and commit.

use std::path::Path;

const SPEC: &str = "spec/samsara.json";
const GENERATED: &str = "generated/samsara.rs";
const HINT: &str = "run `cargo xtask codegen` and commit generated/samsara.rs";

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {HINT}", path.display()))
}

/// Where two texts first differ, with a few lines of each side.
fn first_difference(committed: &str, fresh: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (committed.lines().collect(), fresh.lines().collect());
    let line = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let show = |lines: &[&str]| -> String {
        lines
            .iter()
            .skip(line)
            .take(5)
            .map(|l| format!("    {l}\n"))
            .collect()
    };
    format!(
        "first difference at line {} (committed has {} lines, generated {}):\n  committed:\n{}  generated:\n{}",
        line + 1,
        a.len(),
        b.len(),
        show(&a),
        show(&b)
    )
}

#[test]
fn committed_generated_code_matches_a_fresh_generation_from_the_spec() {
    let fresh = samsara_codegen::generate(SPEC, &read(SPEC))
        .unwrap_or_else(|e| panic!("samsara_codegen::generate failed: {e}"));
    let committed = read(GENERATED);
    assert!(
        committed == fresh,
        "{GENERATED} is stale: {HINT}.\n{}",
        first_difference(&committed, &fresh)
    );
}

#[test]
fn committed_generated_code_is_what_build_rs_compiled_into_this_crate() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/samsara.rs"));
    let committed = read(GENERATED);
    assert!(
        committed == built,
        "{GENERATED} differs from build.rs's output in OUT_DIR: {HINT}.\n{}",
        first_difference(&committed, built)
    );
}

#[test]
fn first_difference_names_the_line() {
    let d = first_difference("a\nb\nc\n", "a\nx\nc\n");
    assert!(d.starts_with("first difference at line 2"), "{d}");
    assert!(d.contains("    b\n") && d.contains("    x\n"), "{d}");
}
