//! Fetching the read-only operations from a live API (or the fake server):
//! raw GETs, so that a body the typed client could not decode is still seen.
//!
//! Each call follows `pagination.endCursor` while `hasNextPage` is true, for
//! at most `max_pages` pages, spaced to stay under the documented 5
//! requests/s, retrying 429/503 after `Retry-After`.

use crate::Fatal;
use crate::spec::Spec;
use chrono::{DateTime, SecondsFormat, Utc};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::StatusCode;
use reqwest::blocking::Client;
use serde_json::Value;
use std::time::{Duration, Instant};

/// How to reach the API and how much to read.
#[derive(Debug, Clone)]
pub struct LiveConfig {
    /// e.g. `https://api.samsara.com`.
    pub base_url: String,
    /// The bearer token (never printed).
    pub token: String,
    /// Pages per call at most.
    pub max_pages: usize,
    /// Start of the window for the stream operations.
    pub since: DateTime<Utc>,
    /// End of the window for the stream operations.
    pub until: DateTime<Utc>,
    /// Draw a progress bar on stderr (when it is a terminal).
    pub progress: bool,
    /// Minimum time between two requests.
    pub min_interval: Duration,
    /// `limit` sent with every call (the API's default when `None`).
    pub page_size: Option<u16>,
    /// The API is the fake server (`--mock`): its `501 Not Implemented`
    /// (an operation of the spec it has no handler for yet) skips the
    /// call with a note instead of failing the run, so adding an operation
    /// to the spec does not turn CI red until the handler exists. From any
    /// other API a 501 is an error like any other status.
    pub from_mock: bool,
}

/// One read-only call (the first page; later pages add `after`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The operation.
    pub operation_id: String,
    /// Query parameters of the first page.
    pub query: Vec<(String, String)>,
}

/// One fetched page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The operation.
    pub operation_id: String,
    /// The URL fetched, query included (no credentials).
    pub url: String,
    /// 1-based page number within its call.
    pub number: usize,
    /// The parsed body.
    pub body: Value,
}

/// The read-only calls a drift or record run makes, derived from the spec
/// with the code generator's own reading of it
/// ([`samsara_codegen::facts::operations`], the facts behind the crate's
/// `samsara::operations` table), so an operation added to the spec is
/// called without an edit here.
///
/// Every `GET` whose required parameters can be filled is called: a
/// required string enum once per value (`entityType` = `worker`, then
/// `asset`), `startTime` = `since` and, when it has one, `endTime` =
/// `until`; with `page_size`, `limit` where the operation takes it. A `GET`
/// with a path parameter or another required parameter (`ids`) is listed in
/// [`Plan::skipped`] with the reason.
pub fn read_only_calls(
    spec: &Spec,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    page_size: Option<u16>,
) -> Result<Plan, Fatal> {
    let t = |d: DateTime<Utc>| d.to_rfc3339_opts(SecondsFormat::Secs, true);
    let operations = samsara_codegen::facts::operations(&spec.name, &spec.doc)
        .map_err(|e| Fatal(e.to_string()))?;
    let mut plan = Plan::default();
    for op in operations.iter().filter(|op| op.is_read()) {
        if let Some(p) = op.path_parameters.first() {
            plan.skipped
                .push(format!("{}: needs the path parameter `{p}`", op.id));
            continue;
        }
        // Each call's query so far; an enum parameter multiplies them.
        let mut queries: Vec<Vec<(String, String)>> = vec![Vec::new()];
        let mut unfilled = None;
        for p in &op.query {
            let values: Vec<String> = match p.name.as_str() {
                "startTime" => vec![t(since)],
                "endTime" => vec![t(until)],
                "limit" => page_size.map(|n| n.to_string()).into_iter().collect(),
                _ if p.required => enum_values(&p.schema),
                _ => Vec::new(),
            };
            if values.is_empty() {
                if p.required {
                    unfilled = Some(&p.name);
                }
                continue;
            }
            queries = queries
                .into_iter()
                .flat_map(|q| {
                    values.iter().map(move |v| {
                        let mut q = q.clone();
                        q.push((p.name.clone(), v.clone()));
                        q
                    })
                })
                .collect();
        }
        if let Some(name) = unfilled {
            plan.skipped.push(format!(
                "{}: needs the query parameter `{name}` (no value to send without knowing the account)",
                op.id
            ));
            continue;
        }
        plan.calls.extend(queries.into_iter().map(|query| Call {
            operation_id: op.id.clone(),
            query,
        }));
    }
    Ok(plan)
}

/// The string values of an enum schema (empty for any other schema).
fn enum_values(schema: &Value) -> Vec<String> {
    schema["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// What a live run calls, and which read-only operations it cannot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The calls, in spec order.
    pub calls: Vec<Call>,
    /// `operationId: reason` of each `GET` not called.
    pub skipped: Vec<String>,
}

/// What [`fetch`] could not do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fetched {
    /// Calls that failed (HTTP errors, bodies that are not JSON): a run
    /// with any exits 2.
    pub errors: Vec<String>,
    /// Calls skipped on purpose (with [`LiveConfig::from_mock`], the
    /// operations samsara-mock does not implement): printed as notes.
    pub notes: Vec<String>,
}

/// Runs every call in `calls`, handing each page to `on_page`. Failures of a
/// call (HTTP errors, bodies that are not JSON) are returned, the other calls
/// still run; an error from `on_page` stops everything.
pub fn fetch(
    spec: &Spec,
    cfg: &LiveConfig,
    calls: &[Call],
    on_page: &mut dyn FnMut(Page) -> Result<(), Fatal>,
) -> Result<Fetched, Fatal> {
    let client = Client::builder()
        .timeout(Duration::from_secs(30))
        .user_agent(concat!("samsara-xtask/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Fatal(format!("cannot build the HTTP client: {e}")))?;
    let bar = if cfg.progress {
        ProgressBar::with_draw_target(
            Some((calls.len() * cfg.max_pages) as u64),
            ProgressDrawTarget::stderr(),
        )
    } else {
        ProgressBar::hidden()
    };
    if let Ok(style) = ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} pages  {msg}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    let mut fetcher = Fetcher {
        client,
        cfg,
        last: None,
    };
    let mut fetched = Fetched::default();
    for call in calls {
        let Some(op) = spec.operation(&call.operation_id) else {
            fetched
                .errors
                .push(format!("{}: not in {}", call.operation_id, spec.name));
            bar.inc(cfg.max_pages as u64);
            continue;
        };
        let url = format!("{}{}", cfg.base_url.trim_end_matches('/'), op.path);
        let mut cursor: Option<String> = None;
        let mut pages = 0;
        while pages < cfg.max_pages {
            bar.set_message(format!("{} page {}", call.operation_id, pages + 1));
            let mut query = call.query.clone();
            if let Some(c) = &cursor {
                query.push(("after".to_owned(), c.clone()));
            }
            let body = match fetcher.get(&url, &query) {
                Ok(body) => body,
                Err(Failure::NotImplemented(e)) => {
                    fetched.notes.push(format!(
                        "{}: not implemented by samsara-mock: skipped ({e})",
                        call.operation_id
                    ));
                    break;
                }
                Err(Failure::Error(e)) => {
                    fetched.errors.push(e);
                    break;
                }
            };
            pages += 1;
            bar.inc(1);
            let next = next_cursor(&body).filter(|c| cursor.as_deref() != Some(c.as_str()));
            on_page(Page {
                operation_id: call.operation_id.clone(),
                url: display_url(&url, &query),
                number: pages,
                body,
            })?;
            match next {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        bar.inc((cfg.max_pages - pages) as u64);
    }
    bar.finish_and_clear();
    Ok(fetched)
}

/// Why a GET gave no body.
enum Failure {
    /// samsara-mock's 501 ([`LiveConfig::from_mock`]).
    NotImplemented(String),
    /// Anything else.
    Error(String),
}

/// The cursor of the next page: `endCursor` when `hasNextPage` is true and
/// the cursor is not empty.
pub fn next_cursor(body: &Value) -> Option<String> {
    let p = body.get("pagination")?;
    if p.get("hasNextPage").and_then(Value::as_bool) != Some(true) {
        return None;
    }
    p.get("endCursor")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
}

fn display_url(url: &str, query: &[(String, String)]) -> String {
    match url::Url::parse_with_params(url, query) {
        Ok(u) => u.to_string(),
        Err(_) => url.to_owned(),
    }
}

struct Fetcher<'a> {
    client: Client,
    cfg: &'a LiveConfig,
    last: Option<Instant>,
}

impl Fetcher<'_> {
    /// One GET, with spacing and up to 3 retries on 429/503.
    fn get(&mut self, url: &str, query: &[(String, String)]) -> Result<Value, Failure> {
        let shown = display_url(url, query);
        let mut attempt = 0;
        loop {
            if let Some(last) = self.last {
                let since = last.elapsed();
                if since < self.cfg.min_interval {
                    std::thread::sleep(self.cfg.min_interval - since);
                }
            }
            self.last = Some(Instant::now());
            let response = self
                .client
                .get(url)
                .query(query)
                .bearer_auth(&self.cfg.token)
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .map_err(|e| {
                    Failure::Error(format!("GET {shown}: {}", self.redact(&e.to_string())))
                })?;
            let status = response.status();
            if matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
            ) && attempt < 3
            {
                attempt += 1;
                let wait = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .map_or(Duration::from_secs(1), |s| {
                        Duration::from_secs_f64(s.min(30.0))
                    });
                std::thread::sleep(wait);
                continue;
            }
            let text = response
                .text()
                .map_err(|e| Failure::Error(format!("GET {shown}: reading the body: {e}")))?;
            if !status.is_success() {
                let snippet: String = text.chars().take(300).collect();
                let message = format!(
                    "GET {shown}: HTTP {status}: {}",
                    self.redact(snippet.trim())
                );
                return Err(
                    if self.cfg.from_mock && status == StatusCode::NOT_IMPLEMENTED {
                        Failure::NotImplemented(message)
                    } else {
                        Failure::Error(message)
                    },
                );
            }
            return serde_json::from_str(&text).map_err(|e| {
                let snippet: String = text.chars().take(120).collect();
                Failure::Error(format!(
                    "GET {shown}: HTTP {status} but the body is not JSON ({e}): {}",
                    self.redact(&snippet)
                ))
            });
        }
    }

    fn redact(&self, s: &str) -> String {
        if self.cfg.token.is_empty() {
            s.to_owned()
        } else {
            s.replace(&self.cfg.token, "REDACTED")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn next_cursor_needs_has_next_page_and_a_cursor() {
        let page =
            |c: &str, more: bool| json!({"pagination": {"endCursor": c, "hasNextPage": more}});
        assert_eq!(next_cursor(&page("abc", true)), Some("abc".to_owned()));
        assert_eq!(next_cursor(&page("abc", false)), None);
        assert_eq!(next_cursor(&page("", true)), None);
        assert_eq!(next_cursor(&json!({"data": []})), None);
    }

    #[test]
    fn calls_cover_the_read_only_operations_with_a_window() {
        let spec = Spec::load(
            &crate::workspace_root().join(crate::codegen::SPEC),
            crate::codegen::SPEC,
        )
        .unwrap();
        let since = "2025-01-01T00:00:00Z".parse().unwrap();
        let until = "2025-01-31T00:00:00Z".parse().unwrap();
        let plan = read_only_calls(&spec, since, until, Some(50)).unwrap();
        let ops: Vec<&str> = plan.calls.iter().map(|c| c.operation_id.as_str()).collect();
        assert_eq!(
            ops,
            [
                "getQualificationRecordsStream",
                "getQualificationRecordsStream",
                "getQualificationTypes",
                "getQualificationTypes",
                "getWorkOrders",
                "streamWorkOrders",
                "getServiceTasks",
                "listWebhooks"
            ]
        );
        assert_eq!(
            plan.calls[1].query,
            vec![
                ("entityType".to_owned(), "asset".to_owned()),
                ("startTime".to_owned(), "2025-01-01T00:00:00Z".to_owned()),
                ("endTime".to_owned(), "2025-01-31T00:00:00Z".to_owned()),
                ("limit".to_owned(), "50".to_owned())
            ]
        );
        assert_eq!(
            plan.calls[4].query,
            vec![("limit".to_owned(), "50".to_owned())]
        );
        assert_eq!(
            plan.skipped,
            [
                "getQualificationRecords: needs the query parameter `ids` (no value to send without knowing the account)",
                "getWebhook: needs the path parameter `id`"
            ]
        );
    }

    #[test]
    fn a_read_added_to_the_spec_is_called() {
        let mut doc: Value = serde_json::from_str(
            &std::fs::read_to_string(crate::workspace_root().join(crate::codegen::SPEC)).unwrap(),
        )
        .unwrap();
        let mut feed = doc["paths"]["/maintenance/work-orders/stream"].clone();
        feed["get"]["operationId"] = "getWorkOrdersFeed".into();
        doc["paths"]["/maintenance/work-orders/feed"] = feed;
        let mut by_id = doc["paths"]["/maintenance/work-orders"]["get"].clone();
        by_id["operationId"] = "getWorkOrder".into();
        by_id["parameters"] = serde_json::json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
        doc["paths"]["/maintenance/work-orders/{id}"] = serde_json::json!({"get": by_id});
        let spec = Spec {
            name: "copy.json".into(),
            doc,
        };
        let t = "2025-01-01T00:00:00Z".parse().unwrap();
        let plan = read_only_calls(&spec, t, t, None).unwrap();
        let feed: Vec<_> = plan
            .calls
            .iter()
            .filter(|c| c.operation_id == "getWorkOrdersFeed")
            .collect();
        assert_eq!(feed.len(), 1);
        assert_eq!(feed[0].query[0].0, "startTime");
        assert!(
            plan.skipped
                .iter()
                .any(|s| s == "getWorkOrder: needs the path parameter `id`"),
            "{:?}",
            plan.skipped
        );
    }

    #[test]
    fn display_urls_encode_the_query() {
        assert_eq!(
            display_url(
                "https://api.example/x",
                &[("startTime".into(), "2025-01-01T00:00:00+01:00".into())]
            ),
            "https://api.example/x?startTime=2025-01-01T00%3A00%3A00%2B01%3A00"
        );
    }
}
