//! The drift report: issues aggregated per (operation, path, category), and
//! its three renderings (`text`, `json`, `github`).
//!
//! The JSON rendering is a stable interface, documented in `xtask/README.md`;
//! bump [`FORMAT_VERSION`] on any incompatible change.

use crate::drift::{Category, Issue, short};
use crate::spec::schema_label;
use crate::suggest::Shape;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Version of the JSON report's schema.
pub const FORMAT_VERSION: u32 = 1;

/// How many distinct values a finding keeps.
const MAX_VALUES: usize = 10;

/// How many distinct values a finding keeps as evidence for `--suggest`.
pub const MAX_SAMPLES: usize = 50;

/// Where an occurrence was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// A file (relative to the workspace when inside it) or a URL.
    pub source: String,
    /// JSON Pointer inside that body.
    pub pointer: String,
}

/// One (operation, path, category) with how often it was seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The operation whose response it is.
    pub operation_id: String,
    /// What kind of difference.
    pub category: Category,
    /// Member location with array indices normalised (`$.data[].status`).
    pub path: String,
    /// Occurrences across all bodies.
    pub count: usize,
    /// The first value seen (`null` for a missing member).
    pub example: Value,
    /// Distinct values seen (enum categories only; at most 10).
    pub values: Vec<Value>,
    /// What the spec expects, in words.
    pub expected: Option<String>,
    /// What was found, in words.
    pub found: Option<String>,
    /// Spec pointer of the deciding schema.
    pub schema: String,
    /// A one-line human description.
    pub message: String,
    /// The first occurrence.
    pub first_seen: Location,
    /// Distinct values seen (the first [`MAX_SAMPLES`]), each with its count
    /// and first occurrence: the evidence of `--suggest`. Not in the JSON
    /// report's findings.
    #[serde(skip)]
    pub samples: Vec<Sample>,
    /// The JSON types of every value seen, merged: what `--suggest` infers
    /// a property's schema from. Not in the JSON report's findings.
    #[serde(skip)]
    pub shape: Shape,
}

/// One distinct value of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sample {
    /// The value.
    pub value: Value,
    /// How often it was seen.
    pub count: usize,
    /// Its first occurrence.
    pub first_seen: Location,
}

/// Bodies checked for one operation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OperationStats {
    /// Bodies (files or pages) checked.
    pub bodies: usize,
    /// Elements of the bodies' `data` members (1 for a `data` object).
    pub items: usize,
}

/// The aggregated drift report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The spec's name.
    pub spec: String,
    /// What was checked (directories or the base URL).
    pub sources: Vec<String>,
    /// Bodies per operation.
    pub operations: BTreeMap<String, OperationStats>,
    findings: BTreeMap<(String, String, Category), Finding>,
    /// Failures that kept parts of the run from happening (exit code 2).
    pub errors: Vec<String>,
    /// What a live run did not call and why (read-only operations it cannot
    /// fill, operations samsara-mock does not implement): printed on stderr
    /// as `note:` lines, not part of the report's formats or exit code.
    pub notes: Vec<String>,
}

impl Report {
    /// An empty report for `spec` over `sources`.
    pub fn new(spec: &str, sources: Vec<String>) -> Report {
        Report {
            spec: spec.to_owned(),
            sources,
            ..Report::default()
        }
    }

    /// Records that one body of `operation_id` from `source` was checked and
    /// showed `issues`.
    pub fn add(&mut self, operation_id: &str, source: &str, body: &Value, issues: Vec<Issue>) {
        let stats = self.operations.entry(operation_id.to_owned()).or_default();
        stats.bodies += 1;
        stats.items += match body.get("data") {
            Some(Value::Array(items)) => items.len(),
            Some(Value::Object(_)) => 1,
            _ => 0,
        };
        for issue in issues {
            let key = (operation_id.to_owned(), issue.path.clone(), issue.category);
            let enumish = matches!(
                issue.category,
                Category::UnknownEnumValue | Category::UnknownFieldType
            );
            let value = issue.value.clone().unwrap_or(Value::Null);
            let finding = self.findings.entry(key).or_insert_with(|| Finding {
                operation_id: operation_id.to_owned(),
                category: issue.category,
                path: issue.path.clone(),
                count: 0,
                example: value.clone(),
                values: Vec::new(),
                expected: issue.expected.clone(),
                found: issue.found.clone(),
                schema: issue.schema.clone(),
                message: issue.describe(),
                first_seen: Location {
                    source: source.to_owned(),
                    pointer: issue.pointer.clone(),
                },
                samples: Vec::new(),
                shape: Shape::default(),
            });
            finding.count += 1;
            if let Some(seen) = &issue.value {
                finding.shape.add(seen);
                if let Some(sample) = finding.samples.iter_mut().find(|s| s.value == *seen) {
                    sample.count += 1;
                } else if finding.samples.len() < MAX_SAMPLES {
                    finding.samples.push(Sample {
                        value: seen.clone(),
                        count: 1,
                        first_seen: Location {
                            source: source.to_owned(),
                            pointer: issue.pointer.clone(),
                        },
                    });
                }
            }
            if enumish && finding.values.len() < MAX_VALUES && !finding.values.contains(&value) {
                finding.values.push(value);
            }
        }
    }

    /// Findings ordered by operation, path, then category.
    pub fn findings(&self) -> Vec<&Finding> {
        self.findings.values().collect()
    }

    /// Number of findings per category (every category listed).
    pub fn totals(&self) -> BTreeMap<&'static str, usize> {
        let mut totals: BTreeMap<&'static str, usize> =
            Category::ALL.iter().map(|c| (c.key(), 0)).collect();
        for f in self.findings.values() {
            *totals.entry(f.category.key()).or_default() += 1;
        }
        totals
    }

    /// Whether any difference was found.
    pub fn has_drift(&self) -> bool {
        !self.findings.is_empty()
    }

    /// The process exit code: 2 if the run was incomplete, 1 on drift, else 0.
    pub fn exit_code(&self) -> u8 {
        if !self.errors.is_empty() {
            2
        } else if self.has_drift() {
            1
        } else {
            0
        }
    }

    /// The `json` format (see `xtask/README.md`).
    pub fn to_json(&self) -> Value {
        json!({
            "format_version": FORMAT_VERSION,
            "spec": self.spec,
            "sources": self.sources,
            "drift": self.has_drift(),
            "operations": self.operations.iter().map(|(id, s)| json!({
                "operation_id": id,
                "bodies": s.bodies,
                "items": s.items,
                "findings": self.findings.values().filter(|f| &f.operation_id == id).count(),
            })).collect::<Vec<_>>(),
            "findings": self.findings(),
            "totals": self.totals(),
            "errors": self.errors,
        })
    }

    /// The `text` format: a table per operation, grouped by path.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let bodies: usize = self.operations.values().map(|s| s.bodies).sum();
        let _ = writeln!(
            out,
            "Drift between {} and {}",
            self.spec,
            self.sources.join(", ")
        );
        let _ = writeln!(
            out,
            "{} checked in {}; {} found",
            plural(bodies, "body", "bodies"),
            plural(self.operations.len(), "operation", "operations"),
            plural(self.findings.len(), "difference", "differences"),
        );
        for (op, stats) in &self.operations {
            let rows: Vec<&Finding> = self
                .findings
                .values()
                .filter(|f| &f.operation_id == op)
                .collect();
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{op} ({}, {}): {}",
                plural(stats.bodies, "body", "bodies"),
                plural(stats.items, "item", "items"),
                if rows.is_empty() {
                    "no drift".to_owned()
                } else {
                    plural(rows.len(), "difference", "differences")
                }
            );
            if rows.is_empty() {
                continue;
            }
            let table: Vec<[String; 5]> = rows
                .iter()
                .map(|f| {
                    [
                        f.path.clone(),
                        f.category.to_string(),
                        f.count.to_string(),
                        detail(f),
                        format!("{}#{}", f.first_seen.source, f.first_seen.pointer),
                    ]
                })
                .collect();
            let header = [
                "PATH".to_owned(),
                "CATEGORY".to_owned(),
                "COUNT".to_owned(),
                "DETAIL".to_owned(),
                "FIRST SEEN".to_owned(),
            ];
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
                    } else if i == 2 {
                        let _ = write!(line, "{cell:>w$}  ", w = widths[i]);
                    } else {
                        let _ = write!(line, "{cell:<w$}  ", w = widths[i]);
                    }
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
        }
        let _ = writeln!(out);
        let totals: Vec<String> = Category::ALL
            .iter()
            .map(|c| {
                let n = self.findings.values().filter(|f| f.category == *c).count();
                format!("{c}: {n}")
            })
            .collect();
        let _ = writeln!(out, "Totals: {}", totals.join(", "));
        for e in &self.errors {
            let _ = writeln!(out, "error: {e}");
        }
        let _ = writeln!(
            out,
            "Result: {}",
            match self.exit_code() {
                0 => "no drift (exit 0)",
                1 => "DRIFT (exit 1)",
                _ => "INCOMPLETE RUN (exit 2)",
            }
        );
        out
    }

    /// The `github` format: one workflow annotation per finding (`::error` when
    /// typed decoding breaks, `::warning` when it only loses information),
    /// then a `::notice` with the totals.
    pub fn to_github(&self) -> String {
        let mut out = String::new();
        for f in self.findings.values() {
            let level = if f.category.breaks_decoding() {
                "error"
            } else {
                "warning"
            };
            let mut props = Vec::new();
            if !f.first_seen.source.contains("://") {
                props.push(format!("file={}", escape_property(&f.first_seen.source)));
            }
            props.push(format!(
                "title={}",
                escape_property(&format!("{} in {}", f.category, f.operation_id))
            ));
            let _ = writeln!(
                out,
                "::{level} {}::{}",
                props.join(","),
                escape_data(&format!(
                    "{} {}: {} ({}; first at {}#{})",
                    f.operation_id,
                    f.path,
                    f.message,
                    plural(f.count, "occurrence", "occurrences"),
                    f.first_seen.source,
                    f.first_seen.pointer
                ))
            );
        }
        for e in &self.errors {
            let _ = writeln!(
                out,
                "::error title=drift check incomplete::{}",
                escape_data(e)
            );
        }
        let bodies: usize = self.operations.values().map(|s| s.bodies).sum();
        let _ = writeln!(
            out,
            "::notice title=samsara drift::{}",
            escape_data(&format!(
                "{} found in {} ({}) against {}",
                plural(self.findings.len(), "difference", "differences"),
                plural(bodies, "body", "bodies"),
                plural(self.operations.len(), "operation", "operations"),
                self.spec
            ))
        );
        out
    }
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn detail(f: &Finding) -> String {
    match f.category {
        Category::UndocumentedMember => format!("{}; e.g. {}", f.message, short(&f.example)),
        Category::TypeMismatch => format!("{}; e.g. {}", f.message, short(&f.example)),
        Category::UnknownEnumValue | Category::UnknownFieldType if f.values.len() > 1 => {
            let values: Vec<String> = f.values.iter().map(short).collect();
            format!("{} not in {}", values.join(", "), schema_label(&f.schema))
        }
        _ => f.message.clone(),
    }
}

/// Escapes the message part of a GitHub workflow command.
pub(crate) fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a GitHub workflow command.
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(category: Category, pointer: &str, path: &str, value: Option<Value>) -> Issue {
        Issue {
            category,
            pointer: pointer.into(),
            path: path.into(),
            value,
            expected: Some("WorkOrderStatus".into()),
            found: Some("string".into()),
            schema: "/components/schemas/WorkOrderStatus".into(),
            detail: None,
        }
    }

    #[test]
    fn same_path_and_category_aggregates_with_count_and_distinct_values() {
        let mut r = Report::new("spec.json", vec!["dir".into()]);
        let status = |i: usize, v: &str| {
            issue(
                Category::UnknownEnumValue,
                &format!("/data/{i}/status"),
                "$.data[].status",
                Some(json!(v)),
            )
        };
        r.add(
            "op",
            "dir/op/1.json",
            &json!({"data": [1, 2]}),
            vec![status(0, "OPEN"), status(1, "OPEN")],
        );
        r.add(
            "op",
            "dir/op/2.json",
            &json!({"data": {}}),
            vec![status(0, "CLOSED")],
        );
        let f = r.findings();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].count, 3);
        assert_eq!(f[0].values, vec![json!("OPEN"), json!("CLOSED")]);
        assert_eq!(f[0].first_seen.source, "dir/op/1.json");
        assert_eq!(f[0].message, "\"OPEN\" is not a value of WorkOrderStatus");
        assert_eq!(
            r.operations["op"],
            OperationStats {
                bodies: 2,
                items: 3
            }
        );
        assert_eq!(r.exit_code(), 1);
        assert_eq!(r.totals()["unknown-enum-value"], 1);
        assert_eq!(r.totals()["type-mismatch"], 0);
    }

    #[test]
    fn errors_make_the_run_incomplete() {
        let mut r = Report::new("s", vec![]);
        assert_eq!(r.exit_code(), 0);
        r.errors.push("HTTP 401".into());
        assert_eq!(r.exit_code(), 2);
    }

    #[test]
    fn github_annotations_escape_and_pick_levels() {
        let mut r = Report::new("spec.json", vec!["d".into()]);
        r.add(
            "op",
            "d/op/a,b.json",
            &json!({}),
            vec![
                issue(Category::UnknownEnumValue, "/s", "$.s", Some(json!("50%"))),
                issue(Category::TypeMismatch, "/t", "$.t", Some(json!(1))),
            ],
        );
        let gh = r.to_github();
        let lines: Vec<&str> = gh.lines().collect();
        assert!(
            lines[0].starts_with(
                "::warning file=d/op/a%2Cb.json,title=unknown enum value in op::op $.s: \"50%25\""
            ),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with("::error file=d/op/a%2Cb.json,title=type mismatch in op::"));
        assert!(lines[2].starts_with("::notice title=samsara drift::2 differences found"));
    }

    #[test]
    fn short_values_are_cut() {
        assert_eq!(short(&json!("x".repeat(100))).chars().count(), 60);
        assert_eq!(short(&json!({"a": 1})), r#"{"a":1}"#);
    }
}
