//! The `spec-sync` report's renderings: `text` (a table per operation),
//! `json` (stable, [`FORMAT_VERSION`]) and `github` (workflow annotations),
//! mirroring the drift report's.

use super::{Finding, Fix, Kind, Sync};
use crate::report::{escape_data, escape_property, plural};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Version of the JSON report's schema; raised only on an incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// Findings per kind (every kind listed) among the reported ones.
pub fn totals(sync: &Sync) -> BTreeMap<&'static str, usize> {
    let mut totals: BTreeMap<&'static str, usize> =
        Kind::ALL.iter().map(|k| (k.key(), 0)).collect();
    for f in sync.reported() {
        *totals.entry(f.kind.key()).or_default() += 1;
    }
    totals
}

/// The `json` format (see `xtask/README.md`).
pub fn json(sync: &Sync) -> Value {
    let reported = sync.reported();
    let count = |kind: Kind| reported.iter().filter(|f| f.kind == kind).count();
    json!({
        "format_version": FORMAT_VERSION,
        "spec": sync.spec,
        "published": sync.published,
        "published_version": sync.published_version,
        "allow": sync.allow,
        "all": sync.all,
        "differences": sync.exit_code() != 0,
        "operations": {
            "paired": sync.matched,
            "missing": count(Kind::MissingOperation),
            "unpublished": count(Kind::UnpublishedOperation),
        },
        "findings": reported,
        "suppressed": sync.suppressed(),
        "totals": totals(sync),
        "stale_allowances": sync.stale,
        "write": sync.written.as_ref().map(|w| json!({
            "spec_changed": w.changed,
            "applied": sync.findings.iter().filter(|f| f.applied).count(),
            "notes": w.notes,
        })),
    })
}

/// The `text` format: a table per operation, then totals and the result.
pub fn text(sync: &Sync) -> String {
    let mut out = String::new();
    let reported = sync.reported();
    let _ = writeln!(
        out,
        "Spec sync between {} and {} (published version {})",
        sync.spec, sync.published, sync.published_version
    );
    let suppressed = if sync.all {
        format!("deliberate differences from {} shown (--all)", sync.allow)
    } else {
        format!(
            "{} suppressed ({}; --all shows them)",
            plural(
                sync.suppressed(),
                "deliberate difference",
                "deliberate differences"
            ),
            sync.allow
        )
    };
    let _ = writeln!(
        out,
        "{} paired by method and path; {} found; {suppressed}",
        plural(sync.matched, "operation", "operations"),
        plural(reported.len(), "difference", "differences"),
    );
    let mut ops: Vec<&str> = Vec::new();
    for f in &reported {
        if !ops.contains(&f.operation_id.as_str()) {
            ops.push(&f.operation_id);
        }
    }
    for op in ops {
        let rows: Vec<&&Finding> = reported.iter().filter(|f| f.operation_id == op).collect();
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{op}: {}",
            plural(rows.len(), "difference", "differences")
        );
        let header = ["WHERE", "KIND", "FIX", "DETAIL", "CURATED ↔ PUBLISHED"].map(str::to_owned);
        let table: Vec<[String; 5]> = rows
            .iter()
            .map(|f| {
                [
                    f.location.clone(),
                    f.kind.to_string(),
                    fix(f).to_owned(),
                    match &f.allowed {
                        Some(reason) => format!("{} (deliberate: {reason})", f.message),
                        None => f.message.clone(),
                    },
                    format!("#{} ↔ #{}", f.curated, f.published),
                ]
            })
            .collect();
        let mut widths = [0usize; 5];
        for row in std::iter::once(&header).chain(&table) {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&header).chain(&table) {
            let mut line = String::from("  ");
            for (i, cell) in row.iter().enumerate() {
                if i == 4 {
                    line.push_str(cell);
                } else {
                    let _ = write!(line, "{cell:<w$}  ", w = widths[i]);
                }
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    if !sync.stale.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Stale allowances in {} (they match nothing: remove them):",
            sync.allow
        );
        for e in &sync.stale {
            let _ = writeln!(out, "  {}", serde_json::to_string(e).unwrap_or_default());
        }
    }
    let _ = writeln!(out);
    let totals: Vec<String> = totals(sync)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{k}: {n}"))
        .collect();
    let _ = writeln!(
        out,
        "Totals: {}",
        if totals.is_empty() {
            "none".to_owned()
        } else {
            totals.join(", ")
        }
    );
    if let Some(w) = &sync.written {
        let applied = sync.findings.iter().filter(|f| f.applied).count();
        let _ = writeln!(
            out,
            "{}: {} applied",
            if w.changed {
                format!("Wrote {}", sync.spec)
            } else {
                format!("{} unchanged", sync.spec)
            },
            plural(applied, "difference", "differences"),
        );
        let person: Vec<&&Finding> = reported
            .iter()
            .filter(|f| !f.applied && f.allowed.is_none())
            .collect();
        if !person.is_empty() || !w.notes.is_empty() {
            let _ = writeln!(out, "For a person:");
            for f in person {
                let _ = writeln!(
                    out,
                    "  - {} {} [{}]: {}",
                    f.operation_id, f.location, f.kind, f.message
                );
            }
            for note in &w.notes {
                let _ = writeln!(out, "  - {note}");
            }
        }
    }
    let _ = writeln!(
        out,
        "Result: {}",
        if sync.exit_code() == 0 {
            "in step (exit 0)"
        } else {
            "DIFFERENCES (exit 1)"
        }
    );
    out
}

/// The `github` format: one annotation per reported finding (`::error` for
/// kinds that change calls, else `::warning`), one per stale allowance, and a
/// closing `::notice`.
pub fn github(sync: &Sync) -> String {
    let mut out = String::new();
    let reported = sync.reported();
    for f in &reported {
        let level = if f.kind.breaks_calls() {
            "error"
        } else {
            "warning"
        };
        let _ = writeln!(
            out,
            "::{level} file={},title={}::{}",
            escape_property(&sync.spec),
            escape_property(&format!("spec-sync {} in {}", f.kind, f.operation_id)),
            escape_data(&format!(
                "{}: {} (curated #{}, published #{}; {})",
                f.location,
                f.message,
                f.curated,
                f.published,
                match (&f.allowed, f.fix) {
                    (Some(reason), _) => format!("deliberate: {reason}"),
                    (None, Fix::Write) => "spec-sync --write applies it".to_owned(),
                    (None, Fix::Person) => "for a person".to_owned(),
                }
            ))
        );
    }
    for e in &sync.stale {
        let _ = writeln!(
            out,
            "::warning file={},title=stale spec-sync allowance::{}",
            escape_property(&sync.allow),
            escape_data(&format!(
                "matches nothing, remove it: {}",
                serde_json::to_string(e).unwrap_or_default()
            ))
        );
    }
    if let Some(w) = &sync.written {
        for note in &w.notes {
            let _ = writeln!(
                out,
                "::warning file={},title=spec-sync --write::{}",
                escape_property(&sync.spec),
                escape_data(note)
            );
        }
    }
    let _ = writeln!(
        out,
        "::notice title=samsara spec-sync::{}",
        escape_data(&format!(
            "{} found between {} and {} ({} paired, {} suppressed)",
            plural(reported.len(), "difference", "differences"),
            sync.spec,
            sync.published,
            plural(sync.matched, "operation", "operations"),
            sync.suppressed()
        ))
    );
    out
}

fn fix(f: &Finding) -> &'static str {
    match (f.applied, f.fix) {
        (true, _) => "applied",
        (false, Fix::Write) => "write",
        (false, Fix::Person) => "person",
    }
}
