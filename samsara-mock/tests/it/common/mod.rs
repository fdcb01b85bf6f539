//! Shared by the integration tests: a server on loopback, a raw HTTP client,
//! and a check of every response against `spec/samsara.json` (`samsara-spec`).
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use reqwest::Method;
use reqwest::header::HeaderMap;
use samsara_mock::{MockConfig, MockServer};
use samsara_spec::{Checker, Members, Spec};
use serde_json::Value;

/// The spec, read once per test binary.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/samsara.json");
        Spec::load(std::path::Path::new(path), "spec/samsara.json")
            .expect("spec/samsara.json is JSON")
    })
}

/// Checks responses against the spec: strict enums and formats, undocumented
/// members rejected except where the spec keeps them
/// (`additionalProperties: {}` on qualification fields and table cells).
pub fn validator() -> &'static Checker {
    static V: OnceLock<Checker> = OnceLock::new();
    V.get_or_init(|| Checker::with_members(spec(), Members::AsDeclared))
}

/// A config for tests that are not about rate limits or faults.
pub fn quiet(records: usize) -> MockConfig {
    MockConfig::default().records(records).rate_limits(false)
}

/// A [`samsara::Client`] for `server` without the client's own pacing
/// (the documented budgets, which would make a test of many writes take
/// seconds): for tests that are not about rate limits.
pub fn unpaced_client(server: &MockServer) -> samsara::Client {
    samsara::Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(samsara::RateLimit::Off)
        .build()
        .expect("a client")
}

/// A response, already checked against the spec.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    /// The JSON body, or `Null` when the body is empty or not JSON.
    pub json: Value,
    pub text: String,
}

impl Resp {
    pub fn message(&self) -> &str {
        self.json["message"].as_str().unwrap_or_default()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn data(&self) -> &Vec<Value> {
        self.json["data"].as_array().expect("data is an array")
    }

    pub fn ids(&self) -> Vec<String> {
        self.data()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect()
    }

    pub fn cursor(&self) -> &str {
        self.json["pagination"]["endCursor"].as_str().unwrap()
    }

    pub fn has_next(&self) -> bool {
        self.json["pagination"]["hasNextPage"].as_bool().unwrap()
    }
}

pub struct Harness {
    pub server: MockServer,
    pub http: reqwest::Client,
    /// `(operationId, status)` of every response seen.
    pub seen: Mutex<BTreeSet<(String, u16)>>,
}

impl Harness {
    pub async fn start(config: MockConfig) -> Harness {
        let server = MockServer::start(config).await.expect("server starts");
        Harness {
            server,
            http: reqwest::Client::new(),
            seen: Mutex::new(BTreeSet::new()),
        }
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.server.url(), path_and_query)
    }

    /// Sends with the server's token and checks the response against `op`'s
    /// documented responses.
    pub async fn call(
        &self,
        op: &str,
        method: Method,
        path_and_query: &str,
        body: Option<&Value>,
    ) -> Resp {
        let mut request = self
            .http
            .request(method, self.url(path_and_query))
            .bearer_auth(self.server.token());
        if let Some(body) = body {
            request = request.json(body);
        }
        self.send(op, request).await
    }

    /// Sends with the server's token WITHOUT checking the response against
    /// the spec: for the live API's off-spec behaviours (`MockConfig::realistic`).
    pub async fn raw(&self, method: Method, path_and_query: &str, body: Option<&Value>) -> Resp {
        let mut request = self
            .http
            .request(method, self.url(path_and_query))
            .bearer_auth(self.server.token());
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body read");
        Resp {
            status,
            headers,
            json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// A GET through [`Harness::raw`].
    pub async fn raw_get(&self, path_and_query: &str) -> Resp {
        self.raw(Method::GET, path_and_query, None).await
    }

    pub async fn get(&self, op: &str, path_and_query: &str) -> Resp {
        self.call(op, Method::GET, path_and_query, None).await
    }

    /// Sends `request` as is and checks the response against `op`.
    pub async fn send(&self, op: &str, request: reqwest::RequestBuilder) -> Resp {
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body read");
        let content_type = headers.get("content-type").and_then(|v| v.to_str().ok());
        let errors = validator().validate_raw(op, status, content_type, &bytes);
        assert!(
            errors.is_empty(),
            "response does not match the spec:\n{}\nbody: {}",
            errors.join("\n"),
            String::from_utf8_lossy(&bytes)
        );
        self.seen.lock().unwrap().insert((op.to_owned(), status));
        Resp {
            status,
            headers,
            json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Follows a stream or list from `first` (a path with query, without
    /// `after`) until `hasNextPage` is false, returning every item.
    pub async fn drain(&self, op: &str, first: &str) -> Vec<Value> {
        let mut items = Vec::new();
        let mut after = String::new();
        for _ in 0..10_000 {
            let sep = if first.contains('?') { '&' } else { '?' };
            let path = if after.is_empty() {
                first.to_owned()
            } else {
                format!("{first}{sep}after={after}")
            };
            let page = self.get(op, &path).await;
            assert_eq!(page.status, 200, "{}", page.text);
            items.extend(page.data().iter().cloned());
            if !page.has_next() {
                return items;
            }
            after = page.cursor().to_owned();
        }
        panic!("stream did not end");
    }

    /// The qualification types of an entity type.
    pub async fn types(&self, entity: &str) -> Vec<Value> {
        self.drain(
            "getQualificationTypes",
            &format!("/qualification-types?entityType={entity}"),
        )
        .await
    }

    /// The definition of the field labelled `label` in type `t`.
    pub fn field<'a>(t: &'a Value, label: &str) -> &'a Value {
        t["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["label"] == label)
            .unwrap_or_else(|| panic!("no field {label}"))
    }
}

/// Every page of a stream or list, raw (no spec check), until `hasNextPage` is false.
pub async fn raw_drain(h: &Harness, first: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut after = String::new();
    for _ in 0..1000 {
        let sep = if first.contains('?') { '&' } else { '?' };
        let path = if after.is_empty() {
            first.to_owned()
        } else {
            format!("{first}{sep}after={after}")
        };
        let page = h.raw_get(&path).await;
        assert_eq!(page.status, 200, "{}", page.text);
        if let Some(data) = page.json["data"].as_array() {
            items.extend(data.iter().cloned());
        }
        if !page.json["pagination"]["hasNextPage"].as_bool().unwrap() {
            return items;
        }
        after = page.json["pagination"]["endCursor"]
            .as_str()
            .unwrap()
            .to_owned();
    }
    panic!("stream did not end");
}

/// `%`-encodes a query value.
pub fn enc(s: &str) -> String {
    form_urlencoded_byte_serialize(s)
}

fn form_urlencoded_byte_serialize(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Starts the `samsara-mock` binary with `args` (after `--addr
/// 127.0.0.1:0`) and reads the URL it prints (`listening on <url>`), within
/// 15 s. Kill the child when done.
pub fn spawn_binary(args: &[&str]) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_samsara-mock"))
        .args(["--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn samsara-mock");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(std::time::Duration::from_secs(15))
        .expect("the binary prints a line");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .expect("listening on …")
        .to_owned();
    (child, url)
}
