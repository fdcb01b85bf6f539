//! `cargo xtask spec-sync`: keeps the curated spec in step with Samsara's
//! published OpenAPI document.
//!
//! Operations are matched by method and path; for each pair the parameters
//! (and their styles), the request body, the success codes and their bodies,
//! and the rate limit are compared, and the schemas are walked in parallel on
//! both sides, `$ref`s followed on each, so the curated spec's short schema
//! names do not matter. Published operations of the curated operations'
//! families (same tag, same first path segment) that the curated spec lacks
//! are reported too. Deliberate differences are listed, each with its reason,
//! in one file (`spec/sync-allow.json`, [`allow`]) and suppressed.
//!
//! | module | what |
//! |---|---|
//! | [`compare`] | the structural comparison: [`Finding`]s |
//! | [`allow`] | the deliberate differences |
//! | [`mod@write`] | `--write`: applies the additions, keeping the curation |
//! | [`render`] | the `text`, `json` and `github` formats |
//! | [`extract`] | `spec-extract`: the reduced published copy CI compares against |

pub mod allow;
pub mod compare;
pub mod extract;
pub mod render;
pub mod write;

use crate::spec::Spec;
use crate::spec_edit::SpecFile;
use crate::{Fatal, codegen, display_path, workspace_root};
use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The deliberate differences, relative to the workspace root.
pub const ALLOW: &str = "spec/sync-allow.json";
/// Where the committed extract of the published spec lives, relative to the
/// workspace root (one file, `samsara-api-<info.version>.json`).
pub const PUBLISHED_DIR: &str = "spec/published";

/// What kind of difference a [`Finding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A published operation of a curated family the curated spec lacks.
    MissingOperation,
    /// A curated operation the published spec does not have.
    UnpublishedOperation,
    /// The pair's `operationId`s differ.
    OperationId,
    /// The 2xx status codes differ.
    SuccessCodes,
    /// One side declares a request or success body, the other none.
    Body,
    /// The published description's rate limit differs from `x-samsara-rate-limit`.
    RateLimit,
    /// A published parameter the curated operation lacks.
    MissingParameter,
    /// A curated parameter the published operation lacks.
    ExtraParameter,
    /// A parameter's location, `style` or `explode` differs.
    ParameterStyle,
    /// A published member the curated schema lacks.
    MissingMember,
    /// A curated member the published schema lacks.
    ExtraMember,
    /// The published spec requires a member, parameter or body the curated one keeps optional.
    PublishedRequires,
    /// The curated spec requires a member, parameter or body the published one keeps optional.
    CuratedRequires,
    /// A published enum value the curated enum lacks.
    MissingEnumValue,
    /// A curated enum value the published enum lacks.
    ExtraEnumValue,
    /// The `type` or `format` differs, or only one side restricts to an enum.
    Type,
    /// One side is `nullable`, the other not.
    Nullable,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 17] = [
        Kind::MissingOperation,
        Kind::UnpublishedOperation,
        Kind::OperationId,
        Kind::SuccessCodes,
        Kind::Body,
        Kind::RateLimit,
        Kind::MissingParameter,
        Kind::ExtraParameter,
        Kind::ParameterStyle,
        Kind::MissingMember,
        Kind::ExtraMember,
        Kind::PublishedRequires,
        Kind::CuratedRequires,
        Kind::MissingEnumValue,
        Kind::ExtraEnumValue,
        Kind::Type,
        Kind::Nullable,
    ];

    /// The JSON key (`missing-member`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::MissingOperation => "missing-operation",
            Kind::UnpublishedOperation => "unpublished-operation",
            Kind::OperationId => "operation-id",
            Kind::SuccessCodes => "success-codes",
            Kind::Body => "body",
            Kind::RateLimit => "rate-limit",
            Kind::MissingParameter => "missing-parameter",
            Kind::ExtraParameter => "extra-parameter",
            Kind::ParameterStyle => "parameter-style",
            Kind::MissingMember => "missing-member",
            Kind::ExtraMember => "extra-member",
            Kind::PublishedRequires => "published-requires",
            Kind::CuratedRequires => "curated-requires",
            Kind::MissingEnumValue => "missing-enum-value",
            Kind::ExtraEnumValue => "extra-enum-value",
            Kind::Type => "type",
            Kind::Nullable => "nullable",
        }
    }

    /// The kind named `key`.
    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the difference changes what goes over the wire for the typed
    /// client (a call the API rejects, a body the client cannot decode): a
    /// GitHub `::error`; the others are `::warning`s.
    pub fn breaks_calls(self) -> bool {
        matches!(
            self,
            Kind::UnpublishedOperation
                | Kind::SuccessCodes
                | Kind::Body
                | Kind::ParameterStyle
                | Kind::PublishedRequires
                | Kind::CuratedRequires
                | Kind::Type
        )
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// Who resolves a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fix {
    /// `--write` applies it.
    Write,
    /// A person decides (listed by `--write`).
    Person,
}

/// A change `--write` can make to the curated spec (pointers into the
/// curated spec as it was compared, and into the published one).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Add the published operation at `published` (a path-item method).
    AddOperation {
        /// The path template.
        path: String,
        /// Lower-case method.
        method: String,
        /// Pointer of the published operation.
        published: String,
    },
    /// Add member `name` (published schema at `published`) to the curated
    /// object schema at `schema`.
    AddMember {
        /// Curated object schema.
        schema: String,
        /// Member name.
        name: String,
        /// Published object schema the member belongs to.
        published: String,
    },
    /// Add `value` to the enum of the curated schema at `schema`.
    AddEnumValue {
        /// Curated schema holding the `enum`.
        schema: String,
        /// The value.
        value: Value,
        /// Published schema holding the `enum` (for the order).
        published: String,
    },
    /// Add the published parameter at `published` to the curated operation at `operation`.
    AddParameter {
        /// Curated operation.
        operation: String,
        /// Published parameter (resolved).
        published: String,
    },
    /// Drop `name` from the `required` list of the curated object schema at `schema`.
    MakeMemberOptional {
        /// Curated object schema.
        schema: String,
        /// Member name.
        name: String,
    },
    /// Set `required: false` on the curated parameter or request body at `pointer`.
    MakeOptional {
        /// Curated parameter or request body.
        pointer: String,
    },
    /// Set `nullable: true` on the curated schema at `schema`.
    MakeNullable {
        /// Curated schema.
        schema: String,
    },
    /// Set `x-samsara-rate-limit` of the curated operation at `operation`.
    SetRateLimit {
        /// Curated operation.
        operation: String,
        /// `{"requests", "per", "scope"}` as the published description says.
        limit: Value,
    },
}

/// One difference between the curated and the published spec.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of difference.
    pub kind: Kind,
    /// The operation it was found under (the first, in curated order, to
    /// reach a schema several operations share).
    pub operation_id: String,
    /// Where in the operation: `response 200 $.data[].status`,
    /// `request $.fields[]`, `parameter ids $[]`, `rate limit`, `GET /path`.
    #[serde(rename = "where")]
    pub location: String,
    /// JSON Pointer into the curated spec (where it would go when absent there).
    pub curated: String,
    /// JSON Pointer into the published spec (where it would be when absent there).
    pub published: String,
    /// What the curated spec has (`null`: nothing).
    pub curated_value: Value,
    /// What the published spec has (`null`: nothing).
    pub published_value: Value,
    /// One line for a person.
    pub message: String,
    /// Whether `--write` applies it.
    pub fix: Fix,
    /// The reason from the allow file when it is a deliberate difference.
    pub allowed: Option<String>,
    /// Whether `--write` applied it in this run.
    pub applied: bool,
    /// The edit `--write` makes, if any.
    #[serde(skip)]
    pub edit: Option<Edit>,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table per operation.
    Text,
    /// The stable JSON report (`format_version` 1, xtask/README.md).
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// `cargo xtask spec-sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Samsara's published OpenAPI document: the full one, or the extract
    /// committed under spec/published/.
    #[arg(long, value_name = "FILE")]
    pub published: PathBuf,
    /// The curated spec (default: spec/samsara.json of this workspace).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// The deliberate differences (default: spec/sync-allow.json of this workspace).
    #[arg(long, value_name = "FILE")]
    pub allow: Option<PathBuf>,
    /// Report the deliberate differences too, each with its reason (they then count: exit 1).
    #[arg(long)]
    pub all: bool,
    /// Apply the additions to the curated spec and list what needs a person.
    #[arg(long)]
    pub write: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `cargo xtask spec-extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Samsara's full published OpenAPI document.
    #[arg(long, value_name = "FILE")]
    pub published: PathBuf,
    /// The curated spec whose families to keep (default: spec/samsara.json of this workspace).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Where to write the extract (default: spec/published/<file name of --published>).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// The result of a `spec-sync` run, ready to render.
#[derive(Debug, Clone)]
pub struct Sync {
    /// The curated spec's name.
    pub spec: String,
    /// The published spec's name.
    pub published: String,
    /// The published spec's `info.version`.
    pub published_version: String,
    /// The allow file's name.
    pub allow: String,
    /// `--all`: deliberate differences are reported and count.
    pub all: bool,
    /// Operations matched by method and path.
    pub matched: usize,
    /// Every finding, deliberate ones included, sorted.
    pub findings: Vec<Finding>,
    /// Allow entries that matched nothing (exit 1: the allow file is stale).
    pub stale: Vec<allow::Entry>,
    /// `--write`: what was done and what needs a person; `None` without `--write`.
    pub written: Option<write::Written>,
}

impl Sync {
    /// The findings the report shows: all with `--all`, else the undeliberate ones.
    pub fn reported(&self) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| self.all || f.allowed.is_none())
            .collect()
    }

    /// Deliberate differences left out of the report.
    pub fn suppressed(&self) -> usize {
        if self.all {
            0
        } else {
            self.findings.iter().filter(|f| f.allowed.is_some()).count()
        }
    }

    /// 1 when anything is reported or an allow entry is stale, else 0.
    pub fn exit_code(&self) -> u8 {
        u8::from(!self.reported().is_empty() || !self.stale.is_empty())
    }
}

/// Compares `curated` with `published`, marking the deliberate differences
/// from `allow`.
pub fn sync(curated: &Value, published: &Value, allow: &allow::Allow) -> compare::Comparison {
    let mut comparison = compare::compare(curated, published);
    for f in &mut comparison.findings {
        f.allowed = allow.reason(f).map(str::to_owned);
    }
    comparison
}

/// Runs `spec-sync` and writes the report to `out`; returns the exit code.
pub fn run(args: &SyncArgs, out: &mut dyn std::io::Write) -> Result<u8, Fatal> {
    let (spec_path, spec_name) = match &args.spec {
        Some(p) => (p.clone(), display_path(p)),
        None => (
            workspace_root().join(codegen::SPEC),
            codegen::SPEC.to_owned(),
        ),
    };
    let mut file = SpecFile::load(&spec_path)?;
    let curated = file.doc.clone();
    // The same check as for --published: without it, every operation would
    // read as missing and every allow entry as stale (exit 1, not "wrong file").
    if !curated.get("paths").is_some_and(Value::is_object) {
        return Err(Fatal(format!(
            "the curated spec {spec_name} is not an OpenAPI document (no `paths`)"
        )));
    }
    let published = load_published(&args.published)?;
    let (allow_path, allow_name) = match &args.allow {
        Some(p) => (p.clone(), display_path(p)),
        None => (workspace_root().join(ALLOW), ALLOW.to_owned()),
    };
    let allow = allow::Allow::load(&allow_path, &allow_name)?;
    let comparison = sync(&curated, &published.doc, &allow);
    let mut findings = comparison.findings;
    let stale = allow.unused(&findings);
    let written = if args.write {
        let mut written = write::apply(
            &mut file.doc,
            &published.doc,
            &allow,
            &comparison.schemas,
            &mut findings,
        );
        written.changed = file.doc != curated;
        if written.changed {
            if !file.is_canonical() {
                written.notes.push(format!(
                    "{spec_name} was not laid out as serde_json's pretty printer writes it: \
                     its whole layout was rewritten, not only the additions"
                ));
            }
            file.save()?;
            if let Err(e) = samsara_codegen::generate(&spec_name, &file.text()) {
                written
                    .notes
                    .push(format!("the written spec does not generate code: {e}"));
            }
        }
        Some(written)
    } else {
        None
    };
    let sync = Sync {
        spec: spec_name,
        published: published.name.clone(),
        published_version: published.doc["info"]["version"]
            .as_str()
            .unwrap_or("")
            .to_owned(),
        allow: allow_name,
        all: args.all,
        matched: comparison.matched,
        findings,
        stale,
        written,
    };
    let text = match args.format {
        Format::Text => render::text(&sync),
        Format::Json => {
            serde_json::to_string_pretty(&render::json(&sync)).unwrap_or_default() + "\n"
        }
        Format::Github => render::github(&sync),
    };
    let _ = write!(out, "{text}");
    Ok(sync.exit_code())
}

/// Runs `spec-extract`: writes the reduced published spec; returns the exit code.
pub fn run_extract(args: &ExtractArgs, out: &mut dyn std::io::Write) -> Result<u8, Fatal> {
    let curated = match &args.spec {
        Some(p) => Spec::load(p, &display_path(p))?,
        None => Spec::load(&workspace_root().join(codegen::SPEC), codegen::SPEC)?,
    };
    let published = load_published(&args.published)?;
    let source = args
        .published
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Fatal(format!("{} names no file", args.published.display())))?;
    let target = match &args.out {
        Some(p) => p.clone(),
        None => workspace_root().join("spec/published").join(&source),
    };
    let doc = extract::extract(&curated.doc, &published.doc, &source);
    let text = serde_json::to_string_pretty(&doc)
        .map_err(|e| Fatal(format!("cannot encode the extract: {e}")))?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(&target, text.as_bytes())
        .map_err(|e| Fatal(format!("cannot write {}: {e}", target.display())))?;
    let ops = compare::operations(&doc).len();
    let _ = writeln!(
        out,
        "wrote {} ({ops} operations, {} schemas, {} KB) from {}",
        display_path(&target),
        doc["components"]["schemas"]
            .as_object()
            .map_or(0, |s| s.len()),
        text.len().div_ceil(1024),
        display_path(&args.published),
    );
    Ok(0)
}

/// The committed extract: the one `*.json` file in `root/spec/published/`.
pub fn published_extract(root: &Path) -> Result<PathBuf, Fatal> {
    let dir = root.join(PUBLISHED_DIR);
    let entries = std::fs::read_dir(&dir)
        .map_err(|e| Fatal(format!("cannot list {}: {e}", dir.display())))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(Fatal(format!(
            "{} holds {n} JSON files; expected the one published extract",
            dir.display()
        ))),
    }
}

/// Reads a published spec: it must be JSON with `paths`.
fn load_published(path: &Path) -> Result<Spec, Fatal> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Fatal(format!(
            "cannot read the published spec {}: {e}",
            path.display()
        ))
    })?;
    let spec = Spec::parse(&display_path(path), &text)?;
    if !spec.doc.get("paths").is_some_and(Value::is_object) {
        return Err(Fatal(format!(
            "{} is not an OpenAPI document (no `paths`)",
            spec.name
        )));
    }
    Ok(spec)
}
