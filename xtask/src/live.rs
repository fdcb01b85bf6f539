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
}

/// One read-only call (the first page; later pages add `after`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The operation.
    pub operation_id: &'static str,
    /// Query parameters of the first page.
    pub query: Vec<(String, String)>,
}

/// One fetched page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The operation.
    pub operation_id: &'static str,
    /// The URL fetched, query included (no credentials).
    pub url: String,
    /// 1-based page number within its call.
    pub number: usize,
    /// The parsed body.
    pub body: Value,
}

/// The read-only calls a drift run makes: qualification types and the
/// qualification-record stream for workers and assets, the work-order list
/// and the work-order stream over `[since, until)`; with `page_size`, each
/// sends `limit`.
pub fn read_only_calls(
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    page_size: Option<u16>,
) -> Vec<Call> {
    let t = |d: DateTime<Utc>| d.to_rfc3339_opts(SecondsFormat::Secs, true);
    let q = |pairs: &[(&str, String)]| {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect::<Vec<_>>()
    };
    let window = [("startTime", t(since)), ("endTime", t(until))];
    let mut calls = Vec::new();
    for entity in ["worker", "asset"] {
        calls.push(Call {
            operation_id: "getQualificationTypes",
            query: q(&[("entityType", entity.to_owned())]),
        });
    }
    for entity in ["worker", "asset"] {
        let mut query = q(&[("entityType", entity.to_owned())]);
        query.extend(q(&window));
        calls.push(Call {
            operation_id: "getQualificationRecordsStream",
            query,
        });
    }
    calls.push(Call {
        operation_id: "getWorkOrders",
        query: Vec::new(),
    });
    calls.push(Call {
        operation_id: "streamWorkOrders",
        query: q(&window),
    });
    if let Some(n) = page_size {
        for call in &mut calls {
            call.query.push(("limit".to_owned(), n.to_string()));
        }
    }
    calls
}

/// Runs every call in `calls`, handing each page to `on_page`. Failures of a
/// call (HTTP errors, bodies that are not JSON) are returned, the other calls
/// still run; an error from `on_page` stops everything.
pub fn fetch(
    spec: &Spec,
    cfg: &LiveConfig,
    calls: &[Call],
    on_page: &mut dyn FnMut(Page) -> Result<(), Fatal>,
) -> Result<Vec<String>, Fatal> {
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
    let mut errors = Vec::new();
    for call in calls {
        let Some(op) = spec.operation(call.operation_id) else {
            errors.push(format!("{}: not in {}", call.operation_id, spec.name));
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
                Err(e) => {
                    errors.push(e);
                    break;
                }
            };
            pages += 1;
            bar.inc(1);
            let next = next_cursor(&body).filter(|c| cursor.as_deref() != Some(c.as_str()));
            on_page(Page {
                operation_id: call.operation_id,
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
    Ok(errors)
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
    fn get(&mut self, url: &str, query: &[(String, String)]) -> Result<Value, String> {
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
                .map_err(|e| format!("GET {shown}: {}", self.redact(&e.to_string())))?;
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
                .map_err(|e| format!("GET {shown}: reading the body: {e}"))?;
            if !status.is_success() {
                let snippet: String = text.chars().take(300).collect();
                return Err(format!(
                    "GET {shown}: HTTP {status}: {}",
                    self.redact(snippet.trim())
                ));
            }
            return serde_json::from_str(&text).map_err(|e| {
                let snippet: String = text.chars().take(120).collect();
                format!(
                    "GET {shown}: HTTP {status} but the body is not JSON ({e}): {}",
                    self.redact(&snippet)
                )
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
        let since = "2025-01-01T00:00:00Z".parse().unwrap();
        let until = "2025-01-31T00:00:00Z".parse().unwrap();
        let calls = read_only_calls(since, until, Some(50));
        let ops: Vec<&str> = calls.iter().map(|c| c.operation_id).collect();
        assert_eq!(
            ops,
            [
                "getQualificationTypes",
                "getQualificationTypes",
                "getQualificationRecordsStream",
                "getQualificationRecordsStream",
                "getWorkOrders",
                "streamWorkOrders"
            ]
        );
        assert_eq!(
            calls[3].query,
            vec![
                ("entityType".to_owned(), "asset".to_owned()),
                ("startTime".to_owned(), "2025-01-01T00:00:00Z".to_owned()),
                ("endTime".to_owned(), "2025-01-31T00:00:00Z".to_owned()),
                ("limit".to_owned(), "50".to_owned())
            ]
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
