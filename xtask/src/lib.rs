//! `cargo xtask`: developer commands for the samsara crate.
//!
//! - `codegen [--check]`: write (or check) the committed `generated/samsara.rs`;
//! - `spec-lint`: rules the curated spec must keep;
//! - `drift`: validate real responses against the spec's response schemas
//!   and report every difference (`--suggest`/`--write`: the spec changes
//!   they call for);
//! - `record`: capture live read-only responses as scrubbed fixtures;
//! - `spec-sync`: compare the curated spec with Samsara's published one
//!   (`--write`: apply the additions); `spec-extract`: the reduced published
//!   copy it runs against on CI.
//!
//! Exit codes: 0 clean, 1 findings (drift, lint problems, stale code), 2 the
//! command could not run. See `xtask/README.md`.

pub mod bench;
pub mod codegen;
pub mod drift;
pub mod lint;
pub mod live;
#[cfg(feature = "mock")]
pub mod mock;
pub mod report;
pub mod responses;
pub mod scrub;
pub mod spec;
pub mod spec_edit;
pub mod spec_sync;
pub mod suggest;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A failure that stops a command: printed, then exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fatal(pub String);

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Fatal {}

/// The environment variable holding the API token for live runs.
pub const TOKEN_ENV: &str = "SAMSARA_API_KEY";

/// The workspace root (the directory holding `spec/` and `generated/`):
/// the nearest directory, from the current one upward, with a `Cargo.toml`
/// that declares a `[workspace]` and a `spec/samsara.json` beside it.
///
/// Found at run time, never from where xtask was compiled: with a shared
/// `CARGO_TARGET_DIR`, cargo reuses one xtask binary for two checkouts of
/// the same sources, and each must read and write its own files. Outside a
/// checkout the commands refuse to run ([`find_workspace`]); this function
/// then falls back to the directory xtask was built from, which only the
/// crate's own tests reach.
pub fn workspace_root() -> PathBuf {
    find_workspace().unwrap_or_else(|_| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        root.canonicalize().unwrap_or(root)
    })
}

/// The workspace root above the current directory, or why there is none.
pub fn find_workspace() -> Result<PathBuf, Fatal> {
    let here = std::env::current_dir()
        .map_err(|e| Fatal(format!("cannot read the current directory: {e}")))?;
    here.ancestors()
        .find(|dir| is_workspace(dir))
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            Fatal(format!(
                "{} is not inside a samsara checkout (no Cargo.toml with [workspace] and spec/samsara.json above it): run cargo xtask from the checkout",
                here.display()
            ))
        })
}

fn is_workspace(dir: &Path) -> bool {
    dir.join("spec/samsara.json").is_file()
        && std::fs::read_to_string(dir.join("Cargo.toml"))
            .is_ok_and(|manifest| manifest.lines().any(|l| l.trim() == "[workspace]"))
}

/// `path` relative to the workspace root when it is inside it (so reports
/// and GitHub annotations name repository files), else as given.
pub fn display_path(path: &Path) -> String {
    let root = workspace_root();
    if let Ok(abs) = path.canonicalize()
        && let Ok(rel) = abs.strip_prefix(&root)
    {
        return rel.display().to_string();
    }
    path.display().to_string()
}

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Developer commands for the samsara crate",
    after_help = "Exit codes: 0 clean, 1 findings (drift, lint problems, stale generated code), 2 could not run."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the generated code to generated/samsara.rs (what build.rs generates).
    Codegen {
        /// Only compare: fail (exit 1) with a diff when the committed file is stale.
        #[arg(long)]
        check: bool,
    },
    /// Check the spec: operationIds, summaries, typed 2xx, examples, $refs.
    SpecLint {
        /// The spec (default: spec/samsara.json of this workspace).
        #[arg(long)]
        spec: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
    },
    /// Validate real responses against the spec and report every difference.
    Drift(DriftArgs),
    /// Capture live read-only responses as scrubbed fixtures: OUT/<operationId>/<n>.json.
    Record(RecordArgs),
    /// Run the benchmarks (decode, backfill, memory, build); write `<target>`/bench/summary.json.
    Bench(bench::BenchArgs),
    /// Compare the curated spec with Samsara's published OpenAPI, operation by operation.
    SpecSync(spec_sync::SyncArgs),
    /// Write the part of the published OpenAPI that spec-sync reads (spec/published/).
    SpecExtract(spec_sync::ExtractArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LintFormat {
    Text,
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DriftFormat {
    /// A table per operation, grouped by path.
    Text,
    /// The stable JSON report (xtask/README.md).
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("source").required(true).multiple(false))]
struct DriftArgs {
    /// Recorded 2xx bodies: DIR/<operationId>/<any>.json (repeatable).
    #[arg(long, value_name = "DIR", group = "source")]
    responses: Vec<PathBuf>,
    /// Call the read-only operations of this API live (token from SAMSARA_API_KEY).
    #[arg(long, value_name = "URL", group = "source")]
    base_url: Option<String>,
    /// Start the fake server (samsara-mock) in-process and check it (needs --features mock).
    #[arg(long, group = "source")]
    mock: bool,
    /// With --mock: serve what the live API sends, not what the spec documents
    /// (MockConfig::realistic(): null arrays, OPEN/HIGH, odd records, 429s without Retry-After).
    #[arg(long, requires = "mock", conflicts_with_all = ["responses", "base_url"])]
    realistic: bool,
    /// The spec (default: spec/samsara.json of this workspace).
    #[arg(long)]
    spec: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DriftFormat::Text)]
    format: DriftFormat,
    /// After the report, the spec changes the drift calls for, each with its
    /// evidence (json: a `suggestions` array; github: a ::notice each).
    #[arg(long)]
    suggest: bool,
    /// Apply the suggested changes to the --spec file (implies --suggest);
    /// then run `cargo xtask codegen`.
    #[arg(long)]
    write: bool,
    #[command(flatten)]
    window: WindowArgs,
}

#[derive(Debug, Args)]
struct RecordArgs {
    /// The API to record from (token from SAMSARA_API_KEY).
    #[arg(long, value_name = "URL", required_unless_present = "mock")]
    base_url: Option<String>,
    /// Record from the fake server instead (needs --features mock).
    #[arg(long, conflicts_with = "base_url")]
    mock: bool,
    /// With --mock: start the fake server as the live API behaves (MockConfig::realistic()).
    #[arg(long, requires = "mock", conflicts_with = "base_url")]
    realistic: bool,
    /// Where to write OUT/<operationId>/<n>.json.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The spec (default: spec/samsara.json of this workspace).
    #[arg(long)]
    spec: Option<PathBuf>,
    #[command(flatten)]
    window: WindowArgs,
}

#[derive(Debug, Args)]
struct WindowArgs {
    /// Pages per call at most (live runs).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    max_pages: u16,
    /// Stream operations read the last N days (live runs).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u16).range(1..))]
    window_days: u16,
    /// Stream operations read from this RFC 3339 time instead (live runs).
    #[arg(long, value_name = "TIME", conflicts_with = "window_days")]
    since: Option<chrono::DateTime<chrono::Utc>>,
    /// Page size (`limit`, 1-512) for live runs; the API's default if unset.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=512))]
    page_size: Option<u16>,
    /// No progress bar.
    #[arg(long)]
    no_progress: bool,
}

impl WindowArgs {
    fn config(
        &self,
        base_url: String,
        token: String,
        default_since: Option<chrono::DateTime<chrono::Utc>>,
        from_mock: bool,
    ) -> live::LiveConfig {
        let until = chrono::Utc::now();
        let since = self
            .since
            .or(default_since)
            .unwrap_or_else(|| until - chrono::Duration::days(i64::from(self.window_days)));
        live::LiveConfig {
            base_url,
            token,
            max_pages: usize::from(self.max_pages),
            since,
            until,
            progress: !self.no_progress,
            min_interval: Duration::from_millis(250),
            page_size: self.page_size,
            from_mock,
        }
    }
}

/// Runs `cargo xtask` with `args` (the first is the program name), writing
/// results to `out` and diagnostics to `err`; returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string();
            if e.use_stderr() {
                let _ = write!(err, "{text}");
                return 2;
            }
            let _ = write!(out, "{text}");
            return 0;
        }
    };
    match dispatch(cli.command, out, err) {
        Ok(code) => code,
        Err(Fatal(message)) => {
            let _ = writeln!(err, "error: {message}");
            2
        }
    }
}

fn dispatch(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, Fatal> {
    // Every command reads or writes the workspace's files: refuse outside one.
    find_workspace()?;
    match command {
        Command::Codegen { check } => {
            let root = workspace_root();
            match codegen::run(&root, check)? {
                codegen::Outcome::Unchanged => {
                    let _ = writeln!(out, "{} is up to date", codegen::GENERATED);
                    Ok(0)
                }
                codegen::Outcome::Written { lines } => {
                    let _ = writeln!(out, "wrote {} ({lines} lines)", codegen::GENERATED);
                    Ok(0)
                }
                codegen::Outcome::Stale { diff } => {
                    let _ = write!(out, "{diff}");
                    let _ = writeln!(
                        err,
                        "error: {} is stale: it differs from what build.rs generates from {}.\n\
                         Run `cargo xtask codegen` and commit the result.",
                        codegen::GENERATED,
                        codegen::SPEC
                    );
                    Ok(1)
                }
            }
        }
        Command::SpecLint { spec, format } => {
            let spec = load_spec(spec.as_deref())?;
            let problems = lint::lint(&spec);
            let text = match format {
                LintFormat::Text => lint::to_text(&spec.name, &problems),
                LintFormat::Github => lint::to_github(&spec.name, &problems),
            };
            let _ = write!(out, "{text}");
            Ok(u8::from(!problems.is_empty()))
        }
        Command::Drift(args) => drift_command(args, out, err),
        Command::Record(args) => record_command(args, out, err),
        Command::Bench(args) => bench::run(&args, out, err),
        Command::SpecSync(args) => spec_sync::run(&args, out),
        Command::SpecExtract(args) => spec_sync::run_extract(&args, out),
    }
}

fn load_spec(path: Option<&Path>) -> Result<spec::Spec, Fatal> {
    Ok(match path {
        Some(p) => spec::Spec::load(p, &display_path(p))?,
        None => spec::Spec::load(&workspace_root().join(codegen::SPEC), codegen::SPEC)?,
    })
}

fn token() -> Result<String, Fatal> {
    match std::env::var(TOKEN_ENV) {
        Ok(t) if !t.trim().is_empty() => Ok(t.trim().to_owned()),
        _ => Err(Fatal(format!(
            "{TOKEN_ENV} is not set: a live run needs an API token with read access \
             to qualification records and work orders"
        ))),
    }
}

fn drift_command(args: DriftArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, Fatal> {
    let spec = load_spec(args.spec.as_deref())?;
    let mut checker = drift::Checker::new(&spec);
    let report = if !args.responses.is_empty() {
        let sources = args.responses.iter().map(|d| display_path(d)).collect();
        let mut report = report::Report::new(&spec.name, sources);
        responses::check_dirs(&mut checker, &args.responses, &mut report)?;
        report
    } else if let Some(base_url) = args.base_url {
        let cfg = args.window.config(base_url, token()?, None, false);
        drift_live(&mut checker, &cfg)?
    } else {
        drift_mock(&mut checker, &args.window, args.realistic)?
    };
    let suggesting = args.suggest || args.write;
    let mut suggestions = if suggesting {
        suggest::suggest(&report, &checker)
    } else {
        Vec::new()
    };
    let mut footer = String::new();
    if args.write {
        footer = write_suggestions(args.spec.as_deref(), &spec.name, &mut suggestions, err)?;
    }
    let text = match args.format {
        DriftFormat::Text if suggesting => {
            report.to_text() + &suggest::to_text(&spec.name, &suggestions) + &footer
        }
        DriftFormat::Text => report.to_text(),
        DriftFormat::Json => {
            let mut json = report.to_json();
            if suggesting {
                json["suggestions"] = serde_json::to_value(&suggestions).unwrap_or_default();
            }
            serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
        }
        DriftFormat::Github => report.to_github() + &suggest::to_github(&spec.name, &suggestions),
    };
    let _ = write!(out, "{text}");
    if args.format != DriftFormat::Text {
        let _ = write!(err, "{footer}");
    }
    for note in &report.notes {
        let _ = writeln!(err, "note: {note}");
    }
    for e in &report.errors {
        let _ = writeln!(err, "error: {e}");
    }
    Ok(report.exit_code())
}

/// `drift --write`: applies the suggested edits to the spec file and says
/// what changed and what is next.
fn write_suggestions(
    path: Option<&Path>,
    name: &str,
    suggestions: &mut [suggest::Suggestion],
    err: &mut dyn Write,
) -> Result<String, Fatal> {
    let path = path.map_or_else(|| workspace_root().join(codegen::SPEC), Path::to_path_buf);
    let mut file = spec_edit::SpecFile::load(&path)?;
    let changed = suggest::apply(suggestions, &mut file.doc);
    let person = suggestions
        .iter()
        .filter(|s| {
            s.kind == suggest::Kind::NeedsAPerson || s.applied == Some(suggest::Applied::Failed)
        })
        .count();
    let mut footer = String::from("\n");
    if changed == 0 {
        let failed = suggestions
            .iter()
            .filter(|s| s.applied == Some(suggest::Applied::Failed))
            .count();
        footer.push_str(&if failed == 0 {
            format!("{name} unchanged: no edit to apply.\n")
        } else {
            format!("{name} unchanged: {failed} edits could not be applied (above).\n")
        });
        return Ok(footer);
    }
    if !file.is_canonical() {
        let _ = writeln!(
            err,
            "note: {name} was not laid out as serde_json's pretty printer writes it: \
             its whole layout was rewritten, not only the edits"
        );
    }
    file.save()?;
    footer.push_str(&format!(
        "Wrote {name}: {changed} {}; {person} left for a person (above).\n\
         Next: run `cargo xtask codegen` (it reads {}), then review the diffs of {name} and {}.\n",
        if changed == 1 { "change" } else { "changes" },
        codegen::SPEC,
        codegen::GENERATED
    ));
    Ok(footer)
}

/// Fetches the read-only calls from `cfg.base_url` and checks every page.
pub fn drift_live(
    checker: &mut drift::Checker,
    cfg: &live::LiveConfig,
) -> Result<report::Report, Fatal> {
    let spec = checker.spec().clone();
    let mut report = report::Report::new(&spec.name, vec![cfg.base_url.clone()]);
    let plan = live::read_only_calls(&spec, cfg.since, cfg.until, cfg.page_size)?;
    let fetched = live::fetch(&spec, cfg, &plan.calls, &mut |page| {
        let issues = checker.check_response(&page.operation_id, &page.body)?;
        report.add(&page.operation_id, &page.url, &page.body, issues);
        Ok(())
    })?;
    report.errors = fetched.errors;
    report.notes = not_called(plan.skipped, fetched.notes);
    Ok(report)
}

/// The notes of a live run: the read-only operations it could not call,
/// then the calls it skipped.
fn not_called(skipped: Vec<String>, notes: Vec<String>) -> Vec<String> {
    skipped
        .into_iter()
        .map(|s| format!("not called: {s}"))
        .chain(notes)
        .collect()
}

/// `drift --mock [--realistic]`: the live mode against the fake server,
/// started in-process with [`mock::config`]`(realistic)`.
#[cfg(feature = "mock")]
fn drift_mock(
    checker: &mut drift::Checker,
    window: &WindowArgs,
    realistic: bool,
) -> Result<report::Report, Fatal> {
    mock::with_config(mock::config(realistic), |url, token| {
        let cfg = window.config(url, token, Some(mock::since()), true);
        let mut report = drift_live(checker, &cfg)?;
        report.sources = vec![mock::source(realistic).to_owned()];
        Ok(report)
    })
}

#[cfg(not(feature = "mock"))]
fn drift_mock(_: &mut drift::Checker, _: &WindowArgs, _: bool) -> Result<report::Report, Fatal> {
    Err(no_mock())
}

#[cfg(not(feature = "mock"))]
fn no_mock() -> Fatal {
    Fatal(
        "this xtask was built without the fake server; run \
         `cargo run -p xtask --features mock -- drift --mock`"
            .to_owned(),
    )
}

fn record_command(args: RecordArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, Fatal> {
    let spec = load_spec(args.spec.as_deref())?;
    let written = if let Some(base_url) = args.base_url {
        let token = token()?;
        let cfg = args.window.config(base_url, token, None, false);
        record(&spec, &cfg, &args.out)?
    } else {
        record_mock(&spec, &args)?
    };
    for path in &written.files {
        let _ = writeln!(out, "wrote {}", display_path(path));
    }
    let _ = writeln!(
        out,
        "recorded {} bodies ({} values scrubbed) into {}",
        written.files.len(),
        written.scrubbed,
        display_path(&args.out)
    );
    for note in &written.notes {
        let _ = writeln!(err, "note: {note}");
    }
    for e in &written.errors {
        let _ = writeln!(out, "error: {e}");
    }
    Ok(if written.errors.is_empty() { 0 } else { 2 })
}

#[cfg(feature = "mock")]
fn record_mock(spec: &spec::Spec, args: &RecordArgs) -> Result<Recorded, Fatal> {
    mock::with_config(mock::config(args.realistic), |url, token| {
        let cfg = args.window.config(url, token, Some(mock::since()), true);
        record(spec, &cfg, &args.out)
    })
}

#[cfg(not(feature = "mock"))]
fn record_mock(_: &spec::Spec, _: &RecordArgs) -> Result<Recorded, Fatal> {
    Err(no_mock())
}

/// What a record run wrote.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// The files written.
    pub files: Vec<PathBuf>,
    /// Values the scrubber replaced.
    pub scrubbed: usize,
    /// Calls that failed.
    pub errors: Vec<String>,
    /// Operations not called, and why (see [`report::Report::notes`]).
    pub notes: Vec<String>,
}

/// Fetches the read-only calls and writes each page, scrubbed, to
/// `out/<operationId>/<n>.json` (n counts per operation from 1).
pub fn record(spec: &spec::Spec, cfg: &live::LiveConfig, out: &Path) -> Result<Recorded, Fatal> {
    let mut scrubber = scrub::Scrubber::new([cfg.token.clone()]);
    let mut counters: std::collections::HashMap<String, usize> = Default::default();
    let mut files = Vec::new();
    let plan = live::read_only_calls(spec, cfg.since, cfg.until, cfg.page_size)?;
    let fetched = live::fetch(spec, cfg, &plan.calls, &mut |mut page| {
        scrubber.scrub(&mut page.body);
        let n = counters.entry(page.operation_id.clone()).or_default();
        *n += 1;
        let dir = out.join(&page.operation_id);
        std::fs::create_dir_all(&dir)
            .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join(format!("{n}.json"));
        let text = serde_json::to_string_pretty(&page.body)
            .map_err(|e| Fatal(format!("cannot encode {}: {e}", path.display())))?;
        std::fs::write(&path, text + "\n")
            .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
        files.push(path);
        Ok(())
    })?;
    Ok(Recorded {
        files,
        scrubbed: scrubber.replaced,
        errors: fetched.errors,
        notes: not_called(plan.skipped, fetched.notes),
    })
}
