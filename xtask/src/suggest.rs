//! `drift --suggest` / `--write`: the spec changes a drift report calls for,
//! each with its evidence.
//!
//! Three kinds of finding become an edit of the spec ([`crate::spec_edit`]):
//!
//! | finding | edit ([`Kind`]) |
//! |---|---|
//! | undocumented member | `add-property`: an optional property of the object schema, typed from every value seen ([`Shape`]), or a `$ref` to the schema the spec already uses for a member of that name when every value seen matches it |
//! | unknown enum value | `add-enum-value`: the value, added to the enum schema (unless the client already reads it as a listed value: `already-tolerated`) |
//! | missing required member | `make-optional`: the member dropped from the schema's `required` |
//!
//! Every other finding (type mismatch, unknown field type, constraint
//! violation), and any of the three that cannot be turned into an edit (only
//! `null` seen, values of several types), is `needs-a-person`, with the reason.
//! Every finding lands in exactly one suggestion's evidence (an unknown enum
//! finding in one per distinct value).
//!
//! Edits land on the schema that decides, after `$ref`s: the component
//! (`/components/schemas/WorkOrder`), not a reference to it. Findings that
//! call for the same edit (the same member of `WorkOrder` in `getWorkOrders`
//! and `streamWorkOrders`) make one suggestion with all their evidence.

use crate::drift::{Category, Checker, short};
use crate::report::{Finding, Location, Report};
use crate::report::{escape_data, escape_property, plural};
use crate::spec::{escape, schema_label, tokens};
use crate::spec_edit;
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// What a suggestion does. The `kebab-case` names are part of the JSON
/// report (`suggestions[].kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Add an optional property to an object schema.
    AddProperty,
    /// Add a value to a string enum schema.
    AddEnumValue,
    /// Drop a member from an object schema's `required`.
    MakeOptional,
    /// No edit: a person decides (the note says what).
    NeedsAPerson,
    /// No edit: the client already reads the value as a listed one.
    AlreadyTolerated,
}

impl Kind {
    /// The stable machine name (`add-property`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::AddProperty => "add-property",
            Kind::AddEnumValue => "add-enum-value",
            Kind::MakeOptional => "make-optional",
            Kind::NeedsAPerson => "needs-a-person",
            Kind::AlreadyTolerated => "already-tolerated",
        }
    }

    /// Whether [`apply`] changes the spec for it.
    pub fn is_edit(self) -> bool {
        matches!(
            self,
            Kind::AddProperty | Kind::AddEnumValue | Kind::MakeOptional
        )
    }
}

/// One finding (or one distinct value of it) behind a suggestion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The operation whose response showed it.
    pub operation_id: String,
    /// The member's normalised path (`$.data[].fuelLevelPercent`).
    pub path: String,
    /// The finding's category.
    pub category: Category,
    /// A value seen (`null` for a missing member).
    pub example: Value,
    /// How often.
    pub count: usize,
    /// Where first.
    pub first_seen: Location,
}

/// What [`apply`] did with a suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applied {
    /// The spec was changed.
    Changed,
    /// The spec already said so.
    Unchanged,
    /// The edit was refused (the note says why).
    Failed,
}

/// A spec change (or a reason for none) with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// What it does.
    pub kind: Kind,
    /// Spec pointer of the schema it edits, after `$ref`s (for the kinds
    /// without an edit: the schema that decided the finding).
    pub target: String,
    /// The member or enum value concerned.
    pub name: String,
    /// `add-property`: the property's schema; `add-enum-value`: the value;
    /// otherwise `null`.
    pub change: Value,
    /// One line: `add optional `fuelLevelPercent` (integer) to WorkOrder`.
    pub summary: String,
    /// How the change was inferred, what it implies, or what to decide.
    pub note: String,
    /// The findings behind it.
    pub evidence: Vec<Evidence>,
    /// After [`apply`]: what it did (absent before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied: Option<Applied>,
}

impl Suggestion {
    /// The spec pointer the edit writes (`…/WorkOrder/properties/fuelLevelPercent`,
    /// `…/WorkOrderStatus/enum`, `…/WorkOrder/required`), or the target.
    pub fn location(&self) -> String {
        match self.kind {
            Kind::AddProperty => format!("{}/properties/{}", self.target, escape(&self.name)),
            Kind::AddEnumValue => format!("{}/enum", self.target),
            Kind::MakeOptional => format!("{}/required", self.target),
            Kind::NeedsAPerson | Kind::AlreadyTolerated => self.target.clone(),
        }
    }
}

/// The suggestions for `report`, checked against `checker`'s spec: edits
/// first (by kind, target, name), then those left for a person, then the
/// values already tolerated.
pub fn suggest(report: &Report, checker: &Checker) -> Vec<Suggestion> {
    let doc = &checker.spec().doc;
    let mut properties: BTreeMap<(String, String), Vec<&Finding>> = BTreeMap::new();
    let mut optional: BTreeMap<(String, String), Vec<&Finding>> = BTreeMap::new();
    let mut enums: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
    let mut out = Vec::new();
    for f in report.findings() {
        let member = tokens(&f.first_seen.pointer).pop().unwrap_or_default();
        let target = match f.category {
            Category::UndocumentedMember
            | Category::MissingRequiredMember
            | Category::UnknownEnumValue => match resolve_checked(doc, &f.schema) {
                Ok(target) => target,
                Err(e) => {
                    out.push(for_a_person(f, format!("the edit has no place: {e}")));
                    continue;
                }
            },
            _ => String::new(),
        };
        match f.category {
            Category::UndocumentedMember => {
                properties.entry((target, member)).or_default().push(f);
            }
            Category::MissingRequiredMember => {
                optional.entry((target, member)).or_default().push(f);
            }
            Category::UnknownEnumValue => enums.entry(target).or_default().push(f),
            _ => out.push(for_a_person(f, reason(f))),
        }
    }
    for ((target, name), findings) in properties {
        out.push(property(checker, &target, &name, &findings));
    }
    for ((target, name), findings) in optional {
        let label = schema_label(&target);
        let count: usize = findings.iter().map(|f| f.count).sum();
        out.push(Suggestion {
            kind: Kind::MakeOptional,
            summary: format!("make `{name}` optional in {label}"),
            note: format!(
                "typed decoding fails on an object without it (seen {}); the generated \
                 field becomes an `Option` (code that reads it changes)",
                plural(count, "time", "times")
            ),
            target,
            name,
            change: Value::Null,
            evidence: findings.iter().map(|f| evidence(f)).collect(),
            applied: None,
        });
    }
    for (target, findings) in enums {
        out.extend(enum_values(doc, &target, &findings));
    }
    out.sort_by(|a, b| {
        (a.kind, &a.target, &a.name)
            .cmp(&(b.kind, &b.target, &b.name))
            .then_with(|| {
                a.evidence
                    .first()
                    .map(|e| &e.path)
                    .cmp(&b.evidence.first().map(|e| &e.path))
            })
    });
    out
}

/// Applies the edits of `suggestions` to `doc` and records on each what
/// happened; returns how many changed the spec. A refused edit is
/// [`Applied::Failed`], with the reason appended to its note.
pub fn apply(suggestions: &mut [Suggestion], doc: &mut Value) -> usize {
    let mut changed = 0;
    for s in suggestions.iter_mut().filter(|s| s.kind.is_edit()) {
        let result = match s.kind {
            Kind::AddProperty => spec_edit::add_property(doc, &s.target, &s.name, s.change.clone()),
            Kind::AddEnumValue => spec_edit::add_enum_value(doc, &s.target, &s.name),
            _ => spec_edit::make_optional(doc, &s.target, &s.name),
        };
        s.applied = Some(match result {
            Ok(true) => {
                changed += 1;
                Applied::Changed
            }
            Ok(false) => Applied::Unchanged,
            Err(e) => {
                let _ = write!(s.note, "; not applied: {e}");
                Applied::Failed
            }
        });
    }
    changed
}

/// The `text` rendering, printed after the drift report.
pub fn to_text(spec: &str, suggestions: &[Suggestion]) -> String {
    let mut out = String::new();
    let edits = suggestions.iter().filter(|s| s.kind.is_edit()).count();
    let person = suggestions
        .iter()
        .filter(|s| s.kind == Kind::NeedsAPerson)
        .count();
    let tolerated = suggestions.len() - edits - person;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Spec changes for {spec}: {}, {} left for a person, {} already tolerated",
        plural(edits, "edit", "edits"),
        person,
        tolerated
    );
    for s in suggestions {
        let status = match &s.applied {
            Some(Applied::Changed) => " (applied)",
            Some(Applied::Unchanged) => " (already in the spec)",
            Some(Applied::Failed) => " (NOT applied)",
            None => "",
        };
        let _ = writeln!(out);
        let _ = writeln!(out, "{}{status}: {}", s.kind.key(), s.summary);
        if s.kind.is_edit() {
            let change = if s.change.is_null() {
                String::new()
            } else {
                format!(" {}", s.change)
            };
            let _ = writeln!(out, "  at {}{change}", s.location());
        }
        let _ = writeln!(out, "  {}", s.note);
        for e in &s.evidence {
            let _ = writeln!(out, "  seen: {}", seen(e));
        }
    }
    out
}

/// The `github` rendering: one `::notice` per suggestion, on the spec file.
pub fn to_github(spec: &str, suggestions: &[Suggestion]) -> String {
    let mut out = String::new();
    for s in suggestions {
        let title = match (&s.applied, s.kind) {
            (Some(Applied::Changed), _) => "spec change applied".to_owned(),
            (_, Kind::NeedsAPerson) => "spec change for a person".to_owned(),
            (_, Kind::AlreadyTolerated) => "already tolerated".to_owned(),
            _ => format!("spec change: {}", s.kind.key()),
        };
        let evidence: Vec<String> = s.evidence.iter().map(seen).collect();
        let _ = writeln!(
            out,
            "::notice file={},title={}::{}",
            escape_property(spec),
            escape_property(&title),
            escape_data(&format!(
                "{} at {}. {}. Seen: {}",
                s.summary,
                s.location(),
                s.note,
                evidence.join("; ")
            ))
        );
    }
    out
}

fn seen(e: &Evidence) -> String {
    format!(
        "{} {} ({}), {}, e.g. {}, first at {}#{}",
        e.operation_id,
        e.path,
        e.category,
        plural(e.count, "time", "times"),
        short(&e.example),
        e.first_seen.source,
        e.first_seen.pointer
    )
}

fn evidence(f: &Finding) -> Evidence {
    Evidence {
        operation_id: f.operation_id.clone(),
        path: f.path.clone(),
        category: f.category,
        example: f.example.clone(),
        count: f.count,
        first_seen: f.first_seen.clone(),
    }
}

fn for_a_person(f: &Finding, note: String) -> Suggestion {
    let name = if matches!(
        f.category,
        Category::UnknownEnumValue | Category::UnknownFieldType
    ) {
        let values: Vec<String> = f.values.iter().map(value_text).collect();
        values.join(", ")
    } else {
        tokens(&f.first_seen.pointer).pop().unwrap_or_default()
    };
    Suggestion {
        kind: Kind::NeedsAPerson,
        target: f.schema.clone(),
        name,
        change: Value::Null,
        summary: format!(
            "{} at {} {}: {}",
            f.category, f.operation_id, f.path, f.message
        ),
        note,
        evidence: vec![evidence(f)],
        applied: None,
    }
}

/// What a person has to decide about a finding no edit answers.
fn reason(f: &Finding) -> String {
    let expected = f.expected.as_deref().unwrap_or("?");
    let found = f.found.as_deref().unwrap_or("?");
    match f.category {
        Category::TypeMismatch if found == "null" => format!(
            "the API sends null where the spec says {expected}: if that is normal, \
             mark the schema `nullable: true`"
        ),
        Category::TypeMismatch if expected == "integer" && found == "number" => {
            "the API sends fractions where the spec says integer: if that is normal, \
             widen the schema to `type: number` (`format: double`)"
                .to_owned()
        }
        Category::TypeMismatch if found.contains(" format") => format!(
            "the value is not a {expected}: fix or drop the schema's `format`, or report it to Samsara"
        ),
        Category::TypeMismatch => format!(
            "the spec says {expected}, the API sent {found}: decide which is wrong \
             (a new type changes the generated field)"
        ),
        Category::UnknownFieldType => format!(
            "a new kind of polymorphic field: add it to {} together with its value member, \
             and a `FieldValue` arm in src/fields.rs (which matches the field types exhaustively)",
            schema_label(&f.schema)
        ),
        _ => format!(
            "the value violates the schema's `{expected}`: relax the constraint or report it to Samsara"
        ),
    }
}

/// The `add-property` suggestion for member `name` of the schema at `target`.
fn property(checker: &Checker, target: &str, name: &str, findings: &[&Finding]) -> Suggestion {
    let mut shape = Shape::default();
    for f in findings {
        shape.merge(&f.shape);
    }
    let samples: Vec<&Value> = findings
        .iter()
        .flat_map(|f| f.samples.iter().map(|s| &s.value))
        .collect();
    let ops: BTreeSet<&str> = findings.iter().map(|f| f.operation_id.as_str()).collect();
    let label = schema_label(target);
    let evidence: Vec<Evidence> = findings.iter().map(|f| evidence(f)).collect();
    let seen_all = findings
        .iter()
        .all(|f| f.samples.iter().map(|s| s.count).sum::<usize>() == f.count);
    let reused = reusable(checker, name, &samples, &shape, &ops);
    let (change, what, note) = match (reused, shape.schema()) {
        (Some((schema, from)), _) => {
            let what = schema_label(
                schema
                    .get("$ref")
                    .or_else(|| schema.pointer("/items/$ref"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .trim_start_matches('#'),
            );
            let checked = if seen_all {
                "every value seen matches it"
            } else {
                "the distinct values kept match it"
            };
            let note = format!("reuses the schema of `{name}` in {from}: {checked}");
            (schema, what, note)
        }
        (None, Ok(mut schema)) => {
            if let Some(map) = schema.as_object_mut() {
                let mut with_doc = Map::new();
                with_doc.insert("description".into(), json!(learned(&ops)));
                with_doc.extend(std::mem::take(map));
                *map = with_doc;
            }
            let what = shape.describe();
            let note = format!(
                "{what}, inferred from {}",
                plural(shape.total(), "value", "values")
            );
            (schema, what, note)
        }
        (None, Err(why)) => {
            return Suggestion {
                kind: Kind::NeedsAPerson,
                target: target.to_owned(),
                name: name.to_owned(),
                change: Value::Null,
                summary: format!("undocumented member `{name}` of {label}: no type to add"),
                note: format!("{why}: add the property by hand"),
                evidence,
                applied: None,
            };
        }
    };
    // Shown (text and JSON) exactly as `--write` writes it.
    let mut change = change;
    spec_edit::nullable_when_optional(&mut change);
    Suggestion {
        kind: Kind::AddProperty,
        target: target.to_owned(),
        name: name.to_owned(),
        change,
        summary: format!("add optional `{name}` ({what}) to {label}"),
        note,
        evidence,
        applied: None,
    }
}

/// `Not in Samsara's published spec: seen in `a` and `b` responses (…)`.
fn learned(ops: &BTreeSet<&str>) -> String {
    let names: Vec<String> = ops.iter().map(|o| format!("`{o}`")).collect();
    let list = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    };
    format!(
        "Not in Samsara's published spec: seen in {list} responses (added by `cargo xtask drift --write`)."
    )
}

/// A property schema the spec already gives a member called `name` elsewhere
/// (a `$ref`, or an array of `$ref`s) that every sample matches, with where
/// it was found. Response schemas are preferred over `…Input` ones.
fn reusable(
    checker: &Checker,
    name: &str,
    samples: &[&Value],
    shape: &Shape,
    ops: &BTreeSet<&str>,
) -> Option<(Value, String)> {
    let doc = &checker.spec().doc;
    let mut candidates: Vec<(bool, String, String)> = Vec::new();
    for schema in samsara_spec::schema::walk(doc).schemas {
        let Some(p) = doc
            .pointer(&schema)
            .and_then(|s| s.get("properties"))
            .and_then(|p| p.get(name))
        else {
            continue;
        };
        let has_ref = p.get("$ref").is_some()
            || (p.get("type").is_some_and(|t| t == "array") && p.pointer("/items/$ref").is_some());
        if has_ref {
            let pointer = format!("{schema}/properties/{}", escape(name));
            candidates.push((schema.ends_with("Input"), pointer, schema_label(&schema)));
        }
    }
    candidates.sort_by_key(|c| c.0);
    let values: Vec<&&Value> = samples.iter().filter(|v| !v.is_null()).collect();
    if values.is_empty() {
        return None;
    }
    for (_, pointer, owner) in candidates {
        let matches = values.iter().all(|v| {
            checker
                .check(&pointer, v)
                .is_ok_and(|issues| issues.is_empty())
        });
        if !matches {
            continue;
        }
        let original = doc.pointer(&pointer)?;
        let mut schema = if let Some(r) = original.get("$ref") {
            json!({"$ref": r})
        } else {
            json!({"description": learned(ops), "items": original["items"].clone(), "type": "array"})
        };
        if shape.nulls > 0
            && let Some(map) = schema.as_object_mut()
        {
            map.insert("nullable".into(), Value::Bool(true));
        }
        return Some((schema, owner));
    }
    None
}

/// The `add-enum-value` (or `already-tolerated`) suggestions for the enum
/// at `target`: each distinct value once, the most frequent first; a value
/// the client reads as a listed one (or one added before it) is tolerated.
fn enum_values(doc: &Value, target: &str, findings: &[&Finding]) -> Vec<Suggestion> {
    let label = schema_label(target);
    let mut known: Vec<String> = doc
        .pointer(target)
        .and_then(|s| s.get("enum"))
        .and_then(Value::as_array)
        .map(|values| {
            values
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    let is_string_enum = doc
        .pointer(target)
        .is_some_and(|s| s.get("enum").is_some() && s.get("type").is_none_or(|t| t == "string"));
    if !is_string_enum {
        for f in findings {
            out.push(for_a_person(
                f,
                format!("{label} is not a string `enum`: extend it by hand"),
            ));
        }
        return out;
    }
    // value → evidence (one per finding that saw it).
    let mut values: Vec<(String, Vec<Evidence>)> = Vec::new();
    for f in findings {
        let kept: usize = f.samples.iter().map(|s| s.count).sum();
        if kept < f.count {
            let mut rest = for_a_person(
                f,
                format!(
                    "more distinct values than the {} kept: run again once these are in the spec",
                    crate::report::MAX_SAMPLES
                ),
            );
            rest.evidence[0].count = f.count - kept;
            out.push(rest);
        }
        for s in &f.samples {
            let e = Evidence {
                operation_id: f.operation_id.clone(),
                path: f.path.clone(),
                category: f.category,
                example: s.value.clone(),
                count: s.count,
                first_seen: s.first_seen.clone(),
            };
            let Some(value) = s.value.as_str() else {
                let mut p =
                    for_a_person(f, format!("{label} lists strings; this value is not one"));
                p.evidence = vec![e];
                out.push(p);
                continue;
            };
            match values.iter_mut().find(|(v, _)| v == value) {
                Some((_, list)) => list.push(e),
                None => values.push((value.to_owned(), vec![e])),
            }
        }
    }
    values.sort_by_key(|(_, e)| std::cmp::Reverse(e.iter().map(|e| e.count).sum::<usize>()));
    for (value, evidence) in values {
        let known_refs: Vec<&str> = known.iter().map(String::as_str).collect();
        let quoted = value_text(&Value::String(value.clone()));
        if let Some(i) = respelled_index(&value, &known_refs) {
            out.push(Suggestion {
                kind: Kind::AlreadyTolerated,
                target: target.to_owned(),
                summary: format!("{quoted} spells `{}` of {label} differently", known[i]),
                note: format!(
                    "the client reads {quoted} as `{}` (letter case and the separators space, `_`, `-` \
                     are ignored; src/model/open_enum.rs): no spec change",
                    known[i]
                ),
                name: value,
                change: Value::Null,
                evidence,
                applied: None,
            });
            continue;
        }
        known.push(value.clone());
        out.push(Suggestion {
            kind: Kind::AddEnumValue,
            target: target.to_owned(),
            summary: format!("add {quoted} to {label}"),
            note: format!(
                "the client keeps it as `{label}::Other` until then; it becomes the variant `{}`",
                samsara_codegen::variant_name(&value)
            ),
            change: Value::String(value.clone()),
            name: value,
            evidence,
            applied: None,
        });
    }
    out
}

/// The spec location of the schema the checker named: its pointers are
/// into the converted document, where a `nullable` `$ref` became
/// `anyOf: [{$ref}, {type: null}]`; then `$ref`s are followed.
fn resolve_checked(doc: &Value, pointer: &str) -> Result<String, spec_edit::EditError> {
    let pointer = if doc.pointer(pointer).is_some() {
        pointer.to_owned()
    } else {
        pointer.replace("/anyOf/0", "")
    };
    spec_edit::resolve(doc, &pointer)
}

/// The index of the one value of `known` that `raw` spells differently, as
/// the client's open enums decide (`src/model/open_enum.rs`, mirrored here since
/// xtask does not depend on the client): an ASCII case-insensitive match,
/// else a match ignoring ASCII case and the separators space, `_`, `-`; only
/// when exactly one value matches.
pub fn respelled_index(raw: &str, known: &[&str]) -> Option<usize> {
    fn unique(known: &[&str], matches: impl Fn(&str) -> bool) -> Option<usize> {
        let mut hits = known.iter().enumerate().filter(|(_, k)| matches(k));
        let (i, _) = hits.next()?;
        hits.next().is_none().then_some(i)
    }
    fn squeeze(s: &str) -> impl Iterator<Item = u8> + '_ {
        s.bytes()
            .filter(|b| !matches!(b, b' ' | b'_' | b'-'))
            .map(|b| b.to_ascii_lowercase())
    }
    unique(known, |k| k.eq_ignore_ascii_case(raw)).or_else(|| {
        squeeze(raw).next()?;
        unique(known, |k| squeeze(k).eq(squeeze(raw)))
    })
}

/// The JSON types of a member's values, merged over every occurrence: what
/// an `add-property` suggestion infers the property's schema from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// `null`s.
    pub nulls: usize,
    /// Booleans.
    pub booleans: usize,
    /// Whole numbers.
    pub integers: usize,
    /// Numbers with a fraction.
    pub fractions: usize,
    /// Strings.
    pub strings: usize,
    /// Strings that are RFC 3339 date-times.
    pub date_times: usize,
    /// Arrays.
    pub arrays: usize,
    /// Their elements, merged (`None` while no element was seen).
    pub items: Option<Box<Shape>>,
    /// Objects.
    pub objects: usize,
    /// Their members, merged.
    pub members: BTreeMap<String, Shape>,
}

impl Shape {
    /// The shape of one value.
    pub fn of(value: &Value) -> Shape {
        let mut shape = Shape::default();
        shape.add(value);
        shape
    }

    /// Merges one more value in.
    pub fn add(&mut self, value: &Value) {
        match value {
            Value::Null => self.nulls += 1,
            Value::Bool(_) => self.booleans += 1,
            Value::Number(n) if n.is_i64() || n.is_u64() => self.integers += 1,
            Value::Number(_) => self.fractions += 1,
            Value::String(s) => {
                self.strings += 1;
                if chrono::DateTime::parse_from_rfc3339(s).is_ok() {
                    self.date_times += 1;
                }
            }
            Value::Array(items) => {
                self.arrays += 1;
                for item in items {
                    self.items.get_or_insert_with(Box::default).add(item);
                }
            }
            Value::Object(members) => {
                self.objects += 1;
                for (name, v) in members {
                    self.members.entry(name.clone()).or_default().add(v);
                }
            }
        }
    }

    /// Merges another shape in.
    pub fn merge(&mut self, other: &Shape) {
        self.nulls += other.nulls;
        self.booleans += other.booleans;
        self.integers += other.integers;
        self.fractions += other.fractions;
        self.strings += other.strings;
        self.date_times += other.date_times;
        self.arrays += other.arrays;
        if let Some(items) = &other.items {
            self.items.get_or_insert_with(Box::default).merge(items);
        }
        self.objects += other.objects;
        for (name, shape) in &other.members {
            self.members.entry(name.clone()).or_default().merge(shape);
        }
    }

    /// How many values were merged.
    pub fn total(&self) -> usize {
        self.nulls
            + self.booleans
            + self.integers
            + self.fractions
            + self.strings
            + self.arrays
            + self.objects
    }

    /// The JSON types seen besides `null` (`integer` and `number` count as
    /// one: `number`).
    fn kinds(&self) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        if self.booleans > 0 {
            kinds.push("boolean");
        }
        if self.fractions > 0 {
            kinds.push("number");
        } else if self.integers > 0 {
            kinds.push("integer");
        }
        if self.strings > 0 {
            kinds.push("string");
        }
        if self.arrays > 0 {
            kinds.push("array");
        }
        if self.objects > 0 {
            kinds.push("object");
        }
        kinds
    }

    /// In words: `integer`, `date-time string`, `array of string`, `object`.
    pub fn describe(&self) -> String {
        match self.kinds().as_slice() {
            ["string"] if self.date_times == self.strings => "date-time string".to_owned(),
            ["array"] => match &self.items {
                Some(items) if items.kinds().len() == 1 => format!("array of {}", items.describe()),
                _ => "array".to_owned(),
            },
            kinds => kinds.join(" or "),
        }
    }

    /// The OpenAPI 3.0 schema these values call for, in the spec's style
    /// (keys sorted, `nullable` last): `integer` with `format: int64`,
    /// `number` with `format: double` (a whole number and a fraction seen),
    /// `string` with `format: date-time` when every string is RFC 3339,
    /// arrays with their elements' schema (`{}` when none was seen), objects
    /// with every member seen, all optional, nested arrays and objects
    /// `nullable` as optional members are; `nullable: true` when a `null`
    /// was seen. An error, saying why, when nothing but `null` or values of
    /// several types were seen.
    pub fn schema(&self) -> Result<Value, String> {
        let mut schema = match self.kinds().as_slice() {
            [] => return Err("only null was seen: no type to infer".to_owned()),
            ["boolean"] => json!({"type": "boolean"}),
            ["integer"] => json!({"format": "int64", "type": "integer"}),
            ["number"] => json!({"format": "double", "type": "number"}),
            ["string"] if self.date_times == self.strings => {
                json!({"format": "date-time", "type": "string"})
            }
            ["string"] => json!({"type": "string"}),
            ["array"] => {
                let items = self
                    .items
                    .as_ref()
                    .and_then(|i| i.schema().ok())
                    .unwrap_or_else(|| json!({}));
                json!({"items": items, "type": "array"})
            }
            ["object"] if self.members.is_empty() => {
                json!({"additionalProperties": {}, "type": "object"})
            }
            ["object"] => {
                let mut properties = Map::new();
                for (name, shape) in &self.members {
                    let mut member = shape.schema().unwrap_or_else(|_| json!({}));
                    if let Some(m) = member.as_object_mut()
                        && matches!(
                            m.get("type").and_then(Value::as_str),
                            Some("array" | "object")
                        )
                    {
                        m.insert("nullable".into(), Value::Bool(true));
                    }
                    properties.insert(name.clone(), member);
                }
                json!({"properties": properties, "type": "object"})
            }
            kinds => {
                return Err(format!(
                    "values of several types were seen ({})",
                    kinds.join(", ")
                ));
            }
        };
        if self.nulls > 0
            && let Some(map) = schema.as_object_mut()
        {
            map.insert("nullable".into(), Value::Bool(true));
        }
        Ok(schema)
    }
}

fn value_text(v: &Value) -> String {
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(values: &[Value]) -> Result<Value, String> {
        let mut shape = Shape::default();
        for v in values {
            shape.add(v);
        }
        shape.schema()
    }

    #[test]
    fn scalar_types_are_inferred_from_every_value() {
        assert_eq!(
            schema_of(&[json!(62), json!(3)]),
            Ok(json!({"format": "int64", "type": "integer"}))
        );
        assert_eq!(
            schema_of(&[json!(62), json!(0.5)]),
            Ok(json!({"format": "double", "type": "number"}))
        );
        assert_eq!(
            schema_of(&[
                json!("2025-01-06T14:12:09Z"),
                json!("2025-01-06T14:12:09.5+01:00")
            ]),
            Ok(json!({"format": "date-time", "type": "string"}))
        );
        assert_eq!(
            schema_of(&[json!("2025-01-06T14:12:09Z"), json!("yesterday")]),
            Ok(json!({"type": "string"}))
        );
        assert_eq!(
            schema_of(&[json!(true), Value::Null]),
            Ok(json!({"type": "boolean", "nullable": true}))
        );
    }

    #[test]
    fn nothing_but_null_or_several_types_is_no_schema() {
        assert_eq!(
            schema_of(&[Value::Null]),
            Err("only null was seen: no type to infer".to_owned())
        );
        assert_eq!(
            schema_of(&[json!("4"), json!(4)]),
            Err("values of several types were seen (integer, string)".to_owned())
        );
    }

    #[test]
    fn objects_and_arrays_merge_their_members_and_elements() {
        let schema = schema_of(&[
            json!({"asset": {"id": "1"}, "tags": ["a"]}),
            json!({"asset": {"id": "2", "name": null}, "tags": []}),
        ]);
        assert_eq!(
            schema,
            Ok(json!({"properties": {
                "asset": {"properties": {"id": {"type": "string"}, "name": {}}, "type": "object", "nullable": true},
                "tags": {"items": {"type": "string"}, "type": "array", "nullable": true}
            }, "type": "object"}))
        );
        assert_eq!(
            schema_of(&[json!([])]),
            Ok(json!({"items": {}, "type": "array"}))
        );
        assert_eq!(
            schema_of(&[json!({})]),
            Ok(json!({"additionalProperties": {}, "type": "object"}))
        );
    }

    #[test]
    fn respellings_match_the_clients_open_enums() {
        let status = ["Open", "In Progress", "On Hold", "Pending Parts"];
        assert_eq!(respelled_index("OPEN", &status), Some(0));
        assert_eq!(respelled_index("IN_PROGRESS", &status), Some(1));
        assert_eq!(respelled_index("pending-parts", &status), Some(3));
        for unknown in ["", "_", "Awaiting Vendor", "Opened"] {
            assert_eq!(respelled_index(unknown, &status), None, "{unknown:?}");
        }
        assert_eq!(respelled_index("a", &["A", "a_"]), Some(0));
        assert_eq!(respelled_index("ab", &["A-B", "a_b"]), None);
    }
}
