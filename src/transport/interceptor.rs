//! Interceptors: code of yours that runs around every attempt of every
//! request, as aws-sdk-rust's interceptors and octocrab's layers do: add a
//! header, keep an audit log, count, or refuse a request.
//!
//! - [`Interceptor::before_attempt`] runs before each attempt, retries
//!   included, after the client has waited for its rate budget. It may read
//!   the operation, method, URL and attempt number, set or remove headers,
//!   and refuse the request: the call then ends with
//!   [`Error::Refused`](crate::Error::Refused), and nothing is sent.
//! - [`Interceptor::after_response`] runs after each attempt, once its
//!   answer is read (or the connection failed): it sees the status, the
//!   headers and how long the attempt took.
//!
//! What an interceptor cannot do, so that no interceptor can break the
//! client: change the method, URL or body; change whether or when a request
//! is retried or paced; see the token (`Authorization` is set after
//! `before_attempt` returns, replacing any value an interceptor set); or
//! change the headers that frame the request or are the client's
//! (`Content-Length`, `Transfer-Encoding`, `Content-Type`,
//! `Content-Encoding`, `Host`, `Connection`, `TE`, `Upgrade`,
//! `Proxy-Authorization`, and `Accept-Encoding`, since the client decodes
//! the bodies it asked for): whatever an interceptor sets there is put back.
//! An interceptor that panics panics the call.
//! Interceptors run in the order they were added; they are synchronous: hand
//! slow work (a database write) to a task of your own.
//!
//! ```no_run
//! use samsara::interceptor::{AttemptRequest, AttemptResponse, Interceptor, Refusal};
//! use samsara::prelude::*;
//!
//! struct Audit;
//!
//! impl Interceptor for Audit {
//!     fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
//!         request.headers_mut().insert("x-audit-app", "fleet-sync".parse().unwrap());
//!         Ok(())
//!     }
//!     fn after_response(&self, response: &AttemptResponse<'_>) {
//!         println!("{} attempt {}: {:?}", response.operation().name, response.attempt(), response.status());
//!     }
//! }
//!
//! # fn main() -> Result<(), samsara::Error> {
//! let client = Client::builder().token("…").interceptor(Audit).build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};

use crate::operations::Operation;

/// Code run around every attempt; see the [module docs](self). Both
/// methods do nothing unless overridden.
pub trait Interceptor: Send + Sync + 'static {
    /// Before each attempt: may set headers, or refuse the request.
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
        let _ = request;
        Ok(())
    }

    /// After each attempt, once its answer was read or it failed.
    fn after_response(&self, response: &AttemptResponse<'_>) {
        let _ = response;
    }
}

/// A shared interceptor (keep an `Arc` to read what it recorded).
impl<T: Interceptor> Interceptor for std::sync::Arc<T> {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) -> Result<(), Refusal> {
        (**self).before_attempt(request)
    }

    fn after_response(&self, response: &AttemptResponse<'_>) {
        (**self).after_response(response)
    }
}

/// An interceptor's reason for refusing a request
/// ([`Error::Refused`](crate::Error::Refused) carries it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal(pub String);

impl<T: Into<String>> From<T> for Refusal {
    fn from(reason: T) -> Refusal {
        Refusal(reason.into())
    }
}

/// The request of one attempt, as an interceptor sees it.
#[derive(Debug)]
pub struct AttemptRequest<'a> {
    pub(crate) operation: &'static Operation,
    pub(crate) attempt: u32,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Url,
    pub(crate) headers: &'a mut HeaderMap,
}

impl AttemptRequest<'_> {
    /// The operation (its facts from the spec).
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }
    /// 1 for the first attempt, 2 for the first retry…
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.method
    }
    /// The URL, query included.
    pub fn url(&self) -> &Url {
        self.url
    }
    /// The headers (without `Authorization`, which is set afterwards).
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }
    /// The headers, to add or remove some. `Authorization` and
    /// `Accept-Encoding` are the client's: values set here are replaced.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.headers
    }
}

/// What one attempt got, as an interceptor sees it.
#[derive(Debug)]
pub struct AttemptResponse<'a> {
    pub(crate) operation: &'static Operation,
    pub(crate) attempt: u32,
    pub(crate) status: Option<StatusCode>,
    pub(crate) headers: Option<&'a HeaderMap>,
    pub(crate) elapsed: Duration,
    pub(crate) error: Option<&'a str>,
}

impl AttemptResponse<'_> {
    /// The operation (its facts from the spec).
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }
    /// 1 for the first attempt, 2 for the first retry…
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
    /// The status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }
    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.headers
    }
    /// From sending the request to reading the whole body.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
    /// What went wrong when there is no usable answer (connection failed,
    /// timed out, body too large…).
    pub fn error(&self) -> Option<&str> {
        self.error
    }
}
