//! Recorded response bodies: `DIR/<operationId>/<any>.json`, each a 2xx body.

use crate::drift::Checker;
use crate::report::Report;
use crate::{Fatal, display_path};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One recorded body.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    /// The directory name: the operation whose 2xx body it is.
    pub operation_id: String,
    /// The file.
    pub path: PathBuf,
    /// Its parsed content.
    pub body: Value,
}

/// Reads every `DIR/<operationId>/*.json` (sorted); other files are ignored.
pub fn read_dir(dir: &Path) -> Result<Vec<Recorded>, Fatal> {
    let mut out = Vec::new();
    for op_dir in sorted_entries(dir)? {
        if !op_dir.is_dir() {
            if op_dir.extension().is_some_and(|e| e == "json") {
                return Err(Fatal(format!(
                    "{}: response bodies go in DIR/<operationId>/<name>.json",
                    op_dir.display()
                )));
            }
            continue;
        }
        let Some(operation_id) = op_dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        for file in sorted_entries(&op_dir)? {
            if !file.is_file() || file.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Fatal(format!("cannot read {}: {e}", file.display())))?;
            let body = serde_json::from_str(&text).map_err(|e| {
                Fatal(format!(
                    "{}:{}:{}: not JSON: {e}",
                    file.display(),
                    e.line(),
                    e.column()
                ))
            })?;
            out.push(Recorded {
                operation_id: operation_id.to_owned(),
                path: file,
                body,
            });
        }
    }
    Ok(out)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Fatal> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Fatal(format!("cannot read the directory {}: {e}", dir.display())))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry
            .map_err(|e| Fatal(format!("cannot read the directory {}: {e}", dir.display())))?;
        paths.push(entry.path());
    }
    paths.sort();
    Ok(paths)
}

/// Checks every body under `dirs` into `report`. An unknown operation, an
/// unreadable file or no body at all is fatal: a check of nothing must not
/// pass.
pub fn check_dirs(
    checker: &mut Checker,
    dirs: &[PathBuf],
    report: &mut Report,
) -> Result<(), Fatal> {
    let mut bodies = 0;
    for dir in dirs {
        for recorded in read_dir(dir)? {
            let issues = checker
                .check_response(&recorded.operation_id, &recorded.body)
                .map_err(|e| Fatal(format!("{}: {e}", recorded.path.display())))?;
            report.add(
                &recorded.operation_id,
                &display_path(&recorded.path),
                &recorded.body,
                issues,
            );
            bodies += 1;
        }
    }
    if bodies == 0 {
        let dirs: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        return Err(Fatal(format!(
            "no response bodies (DIR/<operationId>/<name>.json) under {}",
            dirs.join(", ")
        )));
    }
    Ok(())
}
