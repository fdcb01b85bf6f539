//! The HTTP side: one handler for every request, which routes (404/405),
//! authenticates (401), draws a fault, applies the rate limits (429), runs
//! the operation against the store, then gives the answer the live API's
//! shape (success variants, `null` arrays, enum spellings, odd items) as
//! configured.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use bytes::Bytes;
use chrono::Utc;
use futures::StreamExt as _;

use crate::config::{AckReply, CreateReply};
use crate::delivery::Deliveries;
use crate::faults::{self, Fault};
use crate::limits::Limits;
use crate::ops::{self, Operation, Route};
use crate::pages::Ctx;
use crate::query::{PathParams, Query};
use crate::quirks::{OddRecord, Quirks};
use crate::reply::{
    ApiError, Reply, error_response, format_retry_after, rate_limited_response, reply_response,
    text_response,
};
use crate::rng::Rng;
use crate::store::Store;
use crate::webhooks;
use crate::{MockConfig, Stats};

/// Largest request body accepted (media payloads are base64 in JSON).
const MAX_BODY: usize = 16 * 1024 * 1024;

/// Shared by every connection.
pub(crate) struct App {
    pub(crate) config: MockConfig,
    store: Mutex<Store>,
    limits: Option<Limits>,
    fault_rng: Mutex<Rng>,
    stats: Mutex<Stats>,
    requests: AtomicU64,
    pages: AtomicU64,
    /// Successful creates and acks so far, for the rotating reply variants.
    creates: AtomicU64,
    acks: AtomicU64,
    odd: Vec<OddRecord>,
    quirks: Quirks,
    /// Sends webhook deliveries in the background.
    deliveries: Deliveries,
    /// OAuth access tokens issued (`MockServer::issue_access_token`), with
    /// when each expires.
    access_tokens: Mutex<std::collections::HashMap<String, std::time::Instant>>,
}

/// Locks a mutex, recovering the data if a previous holder panicked (the
/// store is only changed by whole assignments, so it stays consistent).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl App {
    pub(crate) fn new(config: MockConfig, store: Store, deliveries: Deliveries) -> Self {
        let limits = config.rate_limits.then(|| {
            Limits::new(
                config.reads_per_second,
                config.writes_per_minute,
                config.token_requests_per_second,
            )
        });
        let odd = if config.odd_records {
            store.odd.clone()
        } else {
            Vec::new()
        };
        App {
            fault_rng: Mutex::new(Rng::new(config.seed ^ 0xFA17_FA17_FA17_FA17)),
            quirks: Quirks::new(&config, &odd),
            access_tokens: Mutex::default(),
            deliveries,
            odd,
            store: Mutex::new(store),
            limits,
            config,
            stats: Mutex::new(Stats::default()),
            requests: AtomicU64::new(0),
            pages: AtomicU64::new(0),
            creates: AtomicU64::new(0),
            acks: AtomicU64::new(0),
        }
    }

    pub(crate) fn odd_records(&self) -> Vec<OddRecord> {
        self.odd.clone()
    }

    /// How long until every write made so far is visible to reads.
    pub(crate) fn until_visible(&self) -> Duration {
        let now = Utc::now();
        lock(&self.store)
            .visible_through(now)
            .and_then(|at| (at - now).to_std().ok())
            .unwrap_or_default()
    }

    /// The concrete create variant for this reply.
    fn create_variant(&self) -> CreateReply {
        match self.config.create_reply {
            CreateReply::Rotate => {
                let n = self.creates.fetch_add(1, Ordering::Relaxed);
                rotate(&CreateReply::VARIANTS, n, self.config.seed).unwrap_or_default()
            }
            other => other,
        }
    }

    /// The concrete ack variant for this reply.
    fn ack_variant(&self) -> AckReply {
        match self.config.ack_reply {
            AckReply::Rotate => {
                let n = self.acks.fetch_add(1, Ordering::Relaxed);
                rotate(&AckReply::VARIANTS, n, self.config.seed).unwrap_or_default()
            }
            other => other,
        }
    }

    /// Gives a successful reply the configured shape.
    fn shape(&self, op: Operation, reply: Reply) -> Reply {
        let reply = match reply {
            Reply::Json(status, bytes) if ops::is_create(op) => match self.create_variant() {
                CreateReply::Created201 => Reply::Json(StatusCode::CREATED, bytes),
                CreateReply::Ok200 => Reply::Json(StatusCode::OK, bytes),
                CreateReply::Documented | CreateReply::Rotate => Reply::Json(status, bytes),
            },
            Reply::Empty(status) if ops::is_ack(op) => match self.ack_variant() {
                AckReply::NoContent204 => Reply::Empty(StatusCode::NO_CONTENT),
                AckReply::EmptyObject200 => Reply::Json(StatusCode::OK, b"{}".to_vec()),
                AckReply::EmptyBody200 => Reply::Empty(StatusCode::OK),
                AckReply::Documented | AckReply::Rotate => Reply::Empty(status),
            },
            other => other,
        };
        match reply {
            Reply::Json(status, bytes) if self.quirks.touches(ops::family(op)) => {
                match serde_json::from_slice::<serde_json::Value>(&bytes) {
                    Ok(mut body) => {
                        self.quirks.apply(&mut body, ops::family(op));
                        Reply::Json(status, serde_json::to_vec(&body).unwrap_or(bytes))
                    }
                    Err(_) => Reply::Json(status, bytes),
                }
            }
            other => other,
        }
    }

    /// `Retry-After` for a 429, unless turned off.
    fn retry_after<'a>(&self, value: &'a str) -> Option<&'a str> {
        self.config.retry_after.then_some(value)
    }

    pub(crate) fn stats(&self) -> Stats {
        let mut stats = lock(&self.stats).clone();
        self.deliveries.fill(&mut stats);
        stats
    }

    fn count(&self, f: impl FnOnce(&mut Stats)) {
        f(&mut lock(&self.stats));
    }
}

/// The `n`-th step of a rotation, starting where the seed says.
fn rotate<T: Copy>(variants: &[T], n: u64, seed: u64) -> Option<T> {
    let len = variants.len().max(1) as u64;
    let i = (n.wrapping_add(seed) % len) as usize;
    variants.get(i).copied()
}

/// `requestId`: eight hex digits, unique per request, reproducible per seed.
fn request_id(n: u64, seed: u64) -> String {
    let mut rng = Rng::new(n ^ seed.rotate_left(17));
    format!("{:08x}", rng.next_u64() & 0xffff_ffff)
}

impl App {
    /// Issues an OAuth access token that is accepted for `lifetime`.
    pub(crate) fn issue_access_token(&self, lifetime: Duration) -> String {
        let n = self.requests.load(Ordering::Relaxed);
        let mut tokens = self.access_tokens.lock().unwrap_or_else(|p| p.into_inner());
        let token = format!(
            "oauth-{}-{}",
            tokens.len() + 1,
            request_id(n, self.config.seed)
        );
        tokens.insert(token.clone(), std::time::Instant::now() + lifetime);
        token
    }

    /// Whether `given` is an issued access token: `Some(expired)`.
    fn access_token(&self, given: &str) -> Option<bool> {
        let tokens = self.access_tokens.lock().unwrap_or_else(|p| p.into_inner());
        tokens
            .get(given)
            .map(|expires| std::time::Instant::now() >= *expires)
    }
}

/// `Authorization: Bearer <token>` with the configured API token or an
/// issued OAuth access token that has not expired (an expired one is a 401,
/// as Samsara answers it).
fn authorized(headers: &HeaderMap, app: &App) -> Result<(), ApiError> {
    let token = app.config.token.as_str();
    let unauthorized = |m: &str| ApiError::new(StatusCode::UNAUTHORIZED, m);
    let value = headers.get(header::AUTHORIZATION).ok_or_else(|| {
        unauthorized("Unauthorized: missing Authorization header (expected `Bearer <API token>`)")
    })?;
    let value = value
        .to_str()
        .map_err(|_| unauthorized("Unauthorized: malformed Authorization header"))?;
    let (scheme, given) = value
        .split_once(' ')
        .ok_or_else(|| unauthorized("Unauthorized: expected `Bearer <API token>`"))?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(unauthorized("Unauthorized: expected `Bearer <API token>`"));
    }
    let given = given.trim();
    if given == token {
        return Ok(());
    }
    match app.access_token(given) {
        Some(false) => Ok(()),
        Some(true) => Err(unauthorized("Unauthorized: the access token has expired")),
        None => Err(unauthorized("Unauthorized: invalid API token")),
    }
}

/// A body that stops half-way: `Content-Length` says `promised` bytes, the
/// connection closes after `sent`.
fn truncated_response(sent: Vec<u8>, promised: usize) -> Response<Body> {
    let chunk = Bytes::from(sent);
    let stream = futures::stream::iter([Ok::<_, std::io::Error>(chunk)]).chain(
        futures::stream::once(async {
            tokio::time::sleep(Duration::from_millis(20)).await;
            Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionAborted,
                "samsara-mock fault injection: body cut short",
            ))
        }),
    );
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(promised));
    response
}

/// Runs `op` against the store.
fn run(
    app: &App,
    op: Operation,
    query: &Query,
    body: &[u8],
    empty_page: bool,
    path: PathParams,
) -> Result<Reply, ApiError> {
    let mut store = lock(&app.store);
    // The clock is read under the lock, so a read sees every write made
    // before it whose visibility delay has passed.
    let ctx = Ctx {
        now: Utc::now(),
        empty_page,
        feed: app.config.feed,
        path,
    };
    let result = ops::handle(op, &mut store, query, body, &ctx);
    // The work orders a successful write created or changed become webhook
    // deliveries, queued in the order of the writes; the worker sends them
    // once the lock is released.
    let changes = std::mem::take(&mut store.work_order_changes);
    if result.is_ok() && !changes.is_empty() {
        let jobs = webhooks::plan(&mut store, &app.config, changes);
        app.deliveries.send(jobs);
    }
    result
}

/// Every request lands here.
pub(crate) async fn dispatch(State(app): State<Arc<App>>, request: Request) -> Response<Body> {
    let n = app.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let request_id = request_id(n, app.config.seed);
    app.count(|s| s.requests += 1);
    let (parts, body) = request.into_parts();

    let op = match ops::route(parts.uri.path(), &parts.method) {
        Route::Op(op) => op,
        Route::NotFound => {
            let e =
                ApiError::not_found(format!("no endpoint {} {}", parts.method, parts.uri.path()));
            return error_response(&e, &request_id);
        }
        Route::WrongMethod(allow) => {
            let e = ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!(
                    "Method not allowed: {} {} (allowed: {allow})",
                    parts.method,
                    parts.uri.path()
                ),
            );
            let mut response = error_response(&e, &request_id);
            response.headers_mut().insert(
                header::ALLOW,
                HeaderValue::try_from(allow).unwrap_or(HeaderValue::from_static("GET")),
            );
            return response;
        }
    };
    app.count(|s| *s.per_operation.entry(op.id.to_owned()).or_default() += 1);
    if ops::handler(op.id).is_none() {
        return error_response(&ops::not_implemented(op), &request_id);
    }

    if let Err(e) = authorized(&parts.headers, &app) {
        app.count(|s| s.unauthorized += 1);
        return error_response(&e, &request_id);
    }

    // `{id}` and the like, decoded from the segments the route matched.
    let path = match PathParams::extract(op.path, parts.uri.path()) {
        Ok(Some(path)) => path,
        Ok(None) => {
            let e = ApiError::internal(format!("{} does not fit {}", parts.uri.path(), op.path));
            return error_response(&e, &request_id);
        }
        Err(e) => return error_response(&e, &request_id),
    };

    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => {
            let e = ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "Request body too large or unreadable",
            );
            return error_response(&e, &request_id);
        }
    };

    let fault = faults::draw(&mut lock(&app.fault_rng), app.config.faults);
    // `lost_answers`: a 5xx drawn for a write follows the write half of the
    // time, and a cut answer always does (the server was sending it).
    let applied_first = app.config.lost_answers
        && ops::is_write(op)
        && match fault {
            Some(Fault::ServerError(..)) => lock(&app.fault_rng).chance(0.5),
            Some(Fault::Truncated) => true,
            _ => false,
        };
    if let Some(fault) = fault {
        app.count(|s| s.faults += 1);
        match fault {
            Fault::ServerError(status, text) => {
                if applied_first {
                    let query = Query::parse(parts.uri.query());
                    let _ = run(&app, op, &query, &body, false, path.clone());
                }
                return text_response(status, text);
            }
            Fault::RateLimited => {
                return rate_limited_response(app.retry_after("0.1"), &request_id);
            }
            Fault::Delay(d) => tokio::time::sleep(d).await,
            Fault::Truncated => {
                if ops::is_write(op) && !applied_first {
                    let sent = br#"{"data":{"id":""#.to_vec();
                    return truncated_response(sent, 1024);
                }
            }
        }
    }

    if let Some(limits) = &app.limits
        && let Err((_, wait)) = limits.check(&app.config.token, op)
    {
        app.count(|s| s.rate_limited += 1);
        let retry_after = format_retry_after(wait);
        return rate_limited_response(app.retry_after(&retry_after), &request_id);
    }

    let empty_page = op.paginated
        && app.config.empty_page_every.is_some_and(|k| {
            let n = app.pages.fetch_add(1, Ordering::Relaxed) + 1;
            k > 0 && n % k as u64 == 0
        });
    let query = Query::parse(parts.uri.query());
    let result = run(&app, op, &query, &body, empty_page, path);
    let result = result.map(|reply| app.shape(op, reply));

    match (result, fault) {
        (Ok(Reply::Json(_, bytes)), Some(Fault::Truncated)) => {
            let promised = bytes.len();
            let sent = bytes.get(..promised / 2).unwrap_or_default().to_vec();
            truncated_response(sent, promised)
        }
        (Ok(reply), _) => reply_response(reply),
        (Err(e), _) => error_response(&e, &request_id),
    }
}
