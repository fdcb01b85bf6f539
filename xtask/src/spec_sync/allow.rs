//! The deliberate differences: `spec/sync-allow.json`, the one place that
//! lists what the curated spec says on purpose that the published one does
//! not (members the SDKs document, nullable choices, …), each with its reason.
//!
//! ```json
//! {
//!   "about": "…",
//!   "allow": [
//!     {"kind": "extra-member", "curated": "/components/schemas/WorkOrder/properties/assignees",
//!      "reason": "SDK 14.10.0 documents it; the 2025-10-23 published spec does not"}
//!   ]
//! }
//! ```
//!
//! An entry matches a finding of its `kind` when each of the other fields it
//! gives matches: `operation` (the `operationId`), `where`, `curated` and
//! `published` (the JSON Pointers), `value` (the curated or the published
//! value, e.g. an enum value). Strings match with `*` standing for any run of
//! characters. `reason` is required. An entry that matches nothing is stale:
//! the report lists it and exits 1, so the file never outlives its reasons.

use super::{Finding, Kind};
use crate::Fatal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::Path;

/// One deliberate difference (or family of them, with `*`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The finding kind (`extra-member`).
    pub kind: String,
    /// `operationId` pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// `where` pattern (`response 200 $.data[].assignees`).
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Curated JSON Pointer pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated: Option<String>,
    /// Published JSON Pointer pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Pattern for the curated or the published value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Why the difference is deliberate.
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    #[allow(dead_code)]
    about: Value,
    allow: Vec<Entry>,
}

/// The allow list.
#[derive(Debug, Clone, Default)]
pub struct Allow {
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

impl Allow {
    /// Reads the allow file; an unreadable or invalid file stops the run.
    pub fn load(path: &Path, name: &str) -> Result<Allow, Fatal> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Fatal(format!(
                "cannot read the allow file {}: {e}",
                path.display()
            ))
        })?;
        Allow::parse(name, &text)
    }

    /// Parses allow-file text.
    pub fn parse(name: &str, text: &str) -> Result<Allow, Fatal> {
        let file: File = serde_json::from_str(text).map_err(|e| Fatal(format!("{name}: {e}")))?;
        for (i, entry) in file.allow.iter().enumerate() {
            if Kind::from_key(&entry.kind).is_none() {
                return Err(Fatal(format!(
                    "{name}: allow[{i}]: unknown kind `{}` (known: {})",
                    entry.kind,
                    Kind::ALL.map(Kind::key).join(", ")
                )));
            }
            if entry.reason.trim().is_empty() {
                return Err(Fatal(format!("{name}: allow[{i}]: `reason` is empty")));
            }
        }
        Ok(Allow {
            entries: file.allow,
        })
    }

    /// The reason of the first entry matching `finding`.
    pub fn reason(&self, finding: &Finding) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.matches(finding))
            .map(|e| e.reason.as_str())
    }

    /// Whether some entry matches `finding`.
    pub fn allows(&self, finding: &Finding) -> bool {
        self.reason(finding).is_some()
    }

    /// Entries that match none of `findings`.
    pub fn unused(&self, findings: &[Finding]) -> Vec<Entry> {
        self.entries
            .iter()
            .filter(|e| !findings.iter().any(|f| e.matches(f)))
            .cloned()
            .collect()
    }
}

impl Entry {
    /// Whether this entry covers `f`.
    pub fn matches(&self, f: &Finding) -> bool {
        let field =
            |pattern: &Option<String>, text: &str| pattern.as_deref().is_none_or(|p| glob(p, text));
        self.kind == f.kind.key()
            && field(&self.operation, &f.operation_id)
            && field(&self.location, &f.location)
            && field(&self.curated, &f.curated)
            && field(&self.published, &f.published)
            && self.value.as_deref().is_none_or(|p| {
                [&f.curated_value, &f.published_value]
                    .into_iter()
                    .filter(|v| !v.is_null())
                    .any(|v| glob(p, &text(v)))
            })
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_sync::Fix;
    use serde_json::json;

    fn finding(kind: Kind, curated: &str, value: Value) -> Finding {
        Finding {
            kind,
            operation_id: "getWorkOrders".into(),
            location: "response 200 $.data[].status".into(),
            curated: curated.into(),
            published: "/components/schemas/X".into(),
            curated_value: value,
            published_value: Value::Null,
            message: String::new(),
            fix: Fix::Person,
            allowed: None,
            applied: false,
            edit: None,
        }
    }

    #[test]
    fn globs_match_runs_of_characters() {
        assert!(glob("*", ""));
        assert!(glob("/a/*/c", "/a/b/x/c"));
        assert!(glob("a*b*c", "abc"));
        assert!(!glob("a*b*c", "acb"));
        assert!(!glob("ab*ba", "aba"));
        assert!(glob("exact", "exact"));
    }

    #[test]
    fn entries_match_on_every_field_they_give() {
        let allow = Allow::parse(
            "a.json",
            r#"{"allow": [{"kind": "extra-enum-value", "curated": "/components/schemas/WorkOrderStatus/*", "value": "Planning", "reason": "SDK"}]}"#,
        )
        .unwrap();
        let planning = finding(
            Kind::ExtraEnumValue,
            "/components/schemas/WorkOrderStatus/enum",
            json!("Planning"),
        );
        assert_eq!(allow.reason(&planning), Some("SDK"));
        let other = finding(
            Kind::ExtraEnumValue,
            "/components/schemas/WorkOrderStatus/enum",
            json!("Other"),
        );
        assert_eq!(allow.reason(&other), None);
        assert_eq!(allow.unused(&[other]).len(), 1);
        assert_eq!(allow.unused(&[planning]).len(), 0);
    }

    #[test]
    fn invalid_entries_stop_the_run() {
        let bad_kind = Allow::parse("a.json", r#"{"allow": [{"kind": "nope", "reason": "r"}]}"#);
        assert!(bad_kind.unwrap_err().0.contains("unknown kind `nope`"));
        let no_reason = Allow::parse("a.json", r#"{"allow": [{"kind": "type", "reason": " "}]}"#);
        assert!(no_reason.unwrap_err().0.contains("`reason` is empty"));
        let typo = Allow::parse(
            "a.json",
            r#"{"allow": [{"kind": "type", "curatd": "x", "reason": "r"}]}"#,
        );
        assert!(typo.unwrap_err().0.contains("unknown field `curatd`"));
    }
}
