//! `cargo xtask codegen [--check]`: the generated code, committed as
//! `generated/samsara.rs` so that every spec change shows up as a Rust diff in
//! review. It is exactly what `build.rs` writes to `OUT_DIR` (both call
//! `samsara_codegen::generate`); `tests/it/generated_code.rs` keeps them equal.

use crate::Fatal;
use std::path::Path;

/// The spec, relative to the workspace root (also the name build.rs uses).
pub const SPEC: &str = "spec/samsara.json";
/// The committed generated code, relative to the workspace root.
pub const GENERATED: &str = "generated/samsara.rs";
/// Lines of diff shown by `--check` at most.
pub const MAX_DIFF_LINES: usize = 200;

/// What a codegen run found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The committed file already matched.
    Unchanged,
    /// The file was (re)written.
    Written {
        /// Lines in the new file.
        lines: usize,
    },
    /// `--check` found the committed file stale; carries the diff to show.
    Stale {
        /// A unified diff (committed → fresh), cut at [`MAX_DIFF_LINES`].
        diff: String,
    },
}

/// Generates the code from `root/spec/samsara.json` and writes it to
/// `root/generated/samsara.rs`, or with `check` only compares.
pub fn run(root: &Path, check: bool) -> Result<Outcome, Fatal> {
    let spec_path = root.join(SPEC);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", spec_path.display())))?;
    let fresh = samsara_codegen::generate(SPEC, &text).map_err(|e| Fatal(e.to_string()))?;
    let target = root.join(GENERATED);
    let committed = match std::fs::read_to_string(&target) {
        Ok(s) => Some(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Fatal(format!("cannot read {}: {e}", target.display()))),
    };
    if committed.as_deref() == Some(fresh.as_str()) {
        return Ok(Outcome::Unchanged);
    }
    if check {
        return Ok(Outcome::Stale {
            diff: diff(committed.as_deref().unwrap_or(""), &fresh, MAX_DIFF_LINES),
        });
    }
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(&target, &fresh)
        .map_err(|e| Fatal(format!("cannot write {}: {e}", target.display())))?;
    Ok(Outcome::Written {
        lines: fresh.lines().count(),
    })
}

/// A unified diff from `old` to `new`, at most `max_lines` lines long.
pub fn diff(old: &str, new: &str, max_lines: usize) -> String {
    let text = similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{GENERATED} (committed)"),
            &format!("{GENERATED} (generated from {SPEC})"),
        )
        .to_string();
    let total = text.lines().count();
    if total <= max_lines {
        return text;
    }
    let mut cut: String = text
        .lines()
        .take(max_lines)
        .flat_map(|l| [l, "\n"])
        .collect();
    cut.push_str(&format!("... ({} more diff lines)\n", total - max_lines));
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_is_unified_and_cut() {
        let old: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let new: String = (0..100).map(|i| format!("line {}\n", i * 2)).collect();
        let d = diff(&old, &new, 10);
        assert!(d.starts_with("--- generated/samsara.rs (committed)\n+++ generated/samsara.rs (generated from spec/samsara.json)\n@@"), "{d}");
        assert_eq!(d.lines().count(), 11);
        assert!(d.ends_with("more diff lines)\n"));
        assert_eq!(diff("a\n", "a\n", 10), "");
    }
}
