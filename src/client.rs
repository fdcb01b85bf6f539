//! Building a [`Client`]: token, region or base URL, `X-Samsara-Version`,
//! user agent, timeouts, response compression and the body size limit, and
//! an optional caller-supplied `reqwest::Client`.
//!
//! ```no_run
//! use samsara::prelude::*;
//! use std::time::Duration;
//!
//! # fn main() -> Result<(), samsara::Error> {
//! let client = Client::builder()
//!     .token("samsara_api_…")
//!     .region(Region::Eu)
//!     .api_version("2025-06-11")
//!     .timeout(Duration::from_secs(30))
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::{fmt, time::Duration};

use std::sync::Arc;

use secrecy::SecretString;

use crate::Error;
use crate::auth::{Credentials, TokenProvider};
pub use crate::generated::Client;
use crate::interceptor::Interceptor;
use crate::rate_limit::{Limiters, RateLimit};
use crate::retry::RetryPolicy;
use crate::transport::Transport;
use crate::transport::request::header_value;

/// Environment variable holding the API token.
pub const API_KEY_ENV: &str = "SAMSARA_API_KEY";
/// Environment variable overriding the base URL (e.g. the fake server).
pub const BASE_URL_ENV: &str = "SAMSARA_BASE_URL";

const DEFAULT_USER_AGENT: &str = concat!("samsara-rs/", env!("CARGO_PKG_VERSION"));
/// Longer than Samsara's global 90 s server timeout (Response Codes page), so
/// a slow answer arrives rather than being cut off.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(100);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest response body a client reads unless told otherwise
/// ([`ClientBuilder::max_body_size`]): 16 MiB (16,777,216 bytes), counted
/// as received and again after decompression. A page of 512 qualification
/// records is about 1.6 MB.
pub const DEFAULT_MAX_BODY_SIZE: u64 = 16 * 1024 * 1024;

/// Where Samsara hosts an organisation's data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Region {
    /// `https://api.samsara.com`
    #[default]
    Us,
    /// `https://api.eu.samsara.com`
    Eu,
    /// `https://api.ca.samsara.com`
    Ca,
}

impl Region {
    /// The region's API base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Us => "https://api.samsara.com",
            Region::Eu => "https://api.eu.samsara.com",
            Region::Ca => "https://api.ca.samsara.com",
        }
    }
}

/// Builds a [`Client`]; see [`Client::builder`].
#[derive(Default)]
pub struct ClientBuilder {
    token: Option<SecretString>,
    token_provider: Option<Arc<dyn TokenProvider>>,
    interceptors: Vec<Arc<dyn Interceptor>>,
    base_url: Option<String>,
    region: Region,
    api_version: Option<String>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_body_size: Option<u64>,
    no_compression: bool,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    rate_limit: RateLimit,
    settle: Option<Duration>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &self.token.as_ref().map(|_| "[REDACTED]"))
            .field(
                "token_provider",
                &self.token_provider.as_ref().map(|_| "[REDACTED]"),
            )
            .field("interceptors", &self.interceptors.len())
            .field("base_url", &self.base_url)
            .field("region", &self.region)
            .field("api_version", &self.api_version)
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_body_size", &self.max_body_size)
            .field("compression", &!self.no_compression)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .field("settle", &self.settle)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts building a client. Without [`ClientBuilder::token`] the token is
    /// read from `SAMSARA_API_KEY` when [`ClientBuilder::build`] runs.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `SAMSARA_API_KEY` (required)
    /// and `SAMSARA_BASE_URL` (optional, defaults to the US region).
    pub fn from_env() -> Result<Client, Error> {
        let mut builder = Client::builder();
        if let Ok(url) = std::env::var(BASE_URL_ENV) {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }
}

impl ClientBuilder {
    /// The API token (`Authorization: Bearer …`).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// Access tokens that expire, from `provider` (an OAuth 2.0 app's),
    /// instead of a fixed token: fetched when first needed, renewed before
    /// they expire and once after a 401, shared by the clones of the client.
    /// Clients built with clones of one `Arc` of a provider share one rate
    /// budget. See [`crate::auth`].
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.token_provider = Some(Arc::new(provider));
        self
    }

    /// Runs `interceptor` around every attempt of every request, after the
    /// ones added before it. See [`crate::interceptor`].
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// The region whose API to call (default [`Region::Us`]). Ignored when
    /// [`ClientBuilder::base_url`] is set.
    pub fn region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// An explicit base URL, e.g. `http://127.0.0.1:8080` for the fake server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sends `X-Samsara-Version` on every request, pinning the API version
    /// instead of the token's default (`YYYY-MM-DD`).
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// The `User-Agent` header (default `samsara-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// How long after its `updatedAtTime` a change may become visible and
    /// still be delivered by the time-based streams (default
    /// [`DEFAULT_SETTLE`](crate::pagination::DEFAULT_SETTLE), 30 s): a window
    /// or a follow feed reads only up to Samsara's clock minus this delay, and
    /// the next window delivers the rest. See [`crate::pagination`] for the
    /// exact guarantee; [`Paginator::settle`](crate::pagination::Paginator::settle)
    /// sets it for one stream. `Duration::ZERO` reads up to Samsara's clock
    /// (fresher, but a change that becomes visible late is missed).
    pub fn settle(mut self, settle: Duration) -> Self {
        self.settle = Some(settle);
        self
    }

    /// Overall time allowed for one HTTP request, body included, per
    /// attempt (default 100 s: Samsara's server gives up after 90 s). A
    /// create that times out is [`Error::OutcomeUnknown`], not a failure.
    /// Also bounds a [token provider](crate::auth)'s fetch. A client given to
    /// [`ClientBuilder::http_client`] keeps its own timeout unless this is
    /// set. One request can have its own: `send_with_timeout(d)`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to establish a connection (default 10 s). Applies only to
    /// the HTTP client this builder creates, not to one passed to
    /// [`ClientBuilder::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The largest response body to read, in bytes, as received and after
    /// decompression (what the JSON decoder would get). Default
    /// [`DEFAULT_MAX_BODY_SIZE`], 16 MiB; a page of 512 qualification
    /// records is about 1.6 MB. A larger body is not read past the limit, so
    /// a small compressed body that would inflate to gigabytes costs at most
    /// this much memory, and the request fails with
    /// [`Error::ResponseTooLarge`] (not retried). A `Content-Length` over
    /// the limit fails the same way before anything is read. An error answer
    /// (4xx, 5xx) over the limit keeps its status (a 429 or 503 is retried
    /// as usual) and loses only its body. Applies to a client given to
    /// [`ClientBuilder::http_client`] too. `build()` refuses 0.
    pub fn max_body_size(mut self, bytes: u64) -> Self {
        self.max_body_size = Some(bytes);
        self
    }

    /// Whether responses may come compressed (default `true`): requests
    /// then carry `Accept-Encoding: zstd, gzip, br`. Samsara serves gzip,
    /// which makes a page of 512 qualification records about 11 times
    /// smaller on the wire, work orders about 5 times (`BENCHMARKS.md`,
    /// "Compression"). `false` asks for plain bodies (`Accept-Encoding:
    /// identity`), e.g. to read the traffic through a debugging proxy.
    ///
    /// Either way the client decodes what comes back itself, whatever its
    /// `Content-Encoding` (gzip of one member or several, `x-gzip`,
    /// deflate, br, zstd, in any case, up to 5 stacked); a coding it does
    /// not know is [`Error::Decode`], naming it. (A client given to
    /// [`ClientBuilder::http_client`] with reqwest's decompression on
    /// decodes first, by reqwest's rules: see there.)
    pub fn compression(mut self, enabled: bool) -> Self {
        self.no_compression = !enabled;
        self
    }

    /// Uses a caller-supplied `reqwest::Client` (proxies, TLS roots, pools…).
    /// Authentication, version and user agent are still added per request,
    /// and compression ([`ClientBuilder::compression`]) and the body limit
    /// ([`ClientBuilder::max_body_size`]) still apply: this crate asks for
    /// compressed bodies and decodes them itself.
    ///
    /// A client with reqwest's own decompression on (its `gzip`, `zstd`,
    /// `brotli` or `deflate` feature, which any crate of your build may turn
    /// on, and `reqwest::Client::new()` then uses) decodes a body before
    /// this crate sees it, by reqwest's rules: one coding only, gzip of one
    /// member, `deflate` as zlib. To have this crate decode every coding
    /// HTTP allows, build it with
    /// `.no_gzip().no_zstd().no_brotli().no_deflate()`, as the client this
    /// builder makes is.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// How failed requests are retried (default [`RetryPolicy::default`];
    /// [`RetryPolicy::none`] disables retries).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Client-side pacing to the documented rate limits (default on). Clients
    /// of one process with the same token, base URL and policy share one
    /// budget (see [`crate::rate_limit`]).
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = rate_limit;
        self
    }

    /// Validates the configuration and builds the client.
    ///
    /// # Errors
    /// [`Error::Config`] naming what is wrong: no token (and no provider),
    /// an empty one, a base URL that is not `https` (or `http` on
    /// loopback), an `X-Samsara-Version` that is not a date, a header value
    /// that is not valid, `max_body_size(0)`, or an HTTP client the TLS
    /// setup cannot build.
    pub fn build(self) -> Result<Client, Error> {
        let credentials = self.credentials()?;
        if self.max_body_size == Some(0) {
            return Err(Error::Config(
                "max_body_size: 0 bytes would refuse every answer with a body".into(),
            ));
        }
        let base_url = self
            .base_url
            .clone()
            .unwrap_or_else(|| self.region.base_url().to_owned());
        let base_url = validate_base_url(&base_url)?;
        let api_version = match &self.api_version {
            Some(version) => {
                validate_api_version(version)?;
                Some(header_value(version, "the API version")?)
            }
            None => None,
        };
        let user_agent = header_value(
            self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT),
            "the user agent",
        )?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        // A given HTTP client keeps its own timeout unless one is set here.
        let request_timeout = match &self.http {
            Some(_) => self.timeout,
            None => Some(timeout),
        };
        let http = match self.http {
            Some(http) => http,
            None => crate::transport::tls::http_client(
                // The client asks for compression and decodes bodies itself
                // (`crate::transport::content_coding`); reqwest's own
                // decompression, which another crate of the build may turn
                // on, stays off.
                reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .timeout(timeout)
                    .redirect(reqwest::redirect::Policy::none())
                    .no_gzip()
                    .no_zstd()
                    .no_brotli()
                    .no_deflate(),
                base_url.starts_with("https:"),
            )?,
        };
        let limits = Limiters::shared(self.rate_limit, &credentials.budget_key(), &base_url);
        let accept_encoding = if self.no_compression {
            reqwest::header::HeaderValue::from_static("identity")
        } else {
            reqwest::header::HeaderValue::from_static(
                crate::transport::content_coding::ACCEPT_ENCODING,
            )
        };
        let transport = Transport {
            http: http.clone(),
            credentials,
            api_version,
            user_agent,
            timeout: request_timeout,
            max_body_size: self.max_body_size.unwrap_or(DEFAULT_MAX_BODY_SIZE),
            accept_encoding,
            body_sizes: Transport::body_sizes(),
            retry: self.retry,
            limits,
            interceptors: self.interceptors.into(),
            server_clock: Default::default(),
            settle: self.settle,
        };
        Ok(Client::new_with_client(&base_url, http, transport))
    }

    /// The provider's tokens, or the fixed token (given, or from
    /// `SAMSARA_API_KEY`).
    fn credentials(&self) -> Result<Credentials, Error> {
        if let Some(provider) = &self.token_provider {
            return Ok(Credentials::provided(provider.clone()));
        }
        let token = match &self.token {
            Some(token) => token.clone(),
            None => std::env::var(API_KEY_ENV)
                .map(SecretString::from)
                .map_err(|_| {
                    Error::Config(format!(
                        "no API token: call ClientBuilder::token (or token_provider) or set {API_KEY_ENV}"
                    ))
                })?,
        };
        Credentials::fixed(&token).map_err(Error::Config)
    }
}

/// Accepts `https://…`, and `http://` only for loopback hosts (the fake server).
fn validate_base_url(raw: &str) -> Result<String, Error> {
    let url = reqwest::Url::parse(raw)
        .map_err(|e| Error::Config(format!("invalid base URL {raw:?}: {e}")))?;
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(Error::Config(format!(
                "refusing plain http to non-loopback host in base URL {raw:?}: the token would travel unencrypted; use https"
            )));
        }
        other => {
            return Err(Error::Config(format!(
                "unsupported scheme {other:?} in base URL {raw:?}"
            )));
        }
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {raw:?} must not have a query or fragment"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// `X-Samsara-Version` is a date, `YYYY-MM-DD`.
fn validate_api_version(version: &str) -> Result<(), Error> {
    chrono::NaiveDate::parse_from_str(version, "%Y-%m-%d")
        .map(|_| ())
        .map_err(|_| {
            Error::Config(format!(
                "X-Samsara-Version must be a date YYYY-MM-DD, got {version:?}"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_is_refused_for_remote_hosts() {
        let err = validate_base_url("http://api.samsara.com").unwrap_err();
        assert!(err.to_string().contains("refusing plain http"), "{err}");
    }

    #[test]
    fn http_is_allowed_on_loopback() {
        assert_eq!(
            validate_base_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            validate_base_url("http://localhost:1").unwrap(),
            "http://localhost:1"
        );
        assert_eq!(
            validate_base_url("http://[::1]:9").unwrap(),
            "http://[::1]:9"
        );
    }

    #[test]
    fn api_version_must_be_a_date() {
        assert!(validate_api_version("2025-06-11").is_ok());
        assert!(validate_api_version("latest").is_err());
    }

    #[test]
    fn the_default_timeout_outlasts_samsaras_90_second_server_timeout() {
        assert!(DEFAULT_TIMEOUT > Duration::from_secs(90));
        let client = Client::builder()
            .token("t")
            .base_url("http://127.0.0.1:1")
            .build()
            .unwrap();
        assert_eq!(client.inner.timeout, Some(DEFAULT_TIMEOUT));
    }

    #[test]
    fn debug_never_shows_the_token() {
        let builder = Client::builder().token("sekrit-token-123");
        assert!(!format!("{builder:?}").contains("sekrit"));
        let client = builder.base_url("http://127.0.0.1:1").build().unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("sekrit"), "{shown}");
        assert!(shown.contains("REDACTED"), "{shown}");
    }
}
