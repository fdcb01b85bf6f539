//! Where a request's `Authorization: Bearer …` comes from: a fixed API token
//! ([`ClientBuilder::token`](crate::ClientBuilder::token), or
//! `SAMSARA_API_KEY`), or an access token that expires, from a
//! [`TokenProvider`] ([`ClientBuilder::token_provider`](crate::ClientBuilder::token_provider)).
//!
//! Samsara Marketplace apps authenticate with OAuth 2.0: their access
//! tokens expire, are renewed with `grant_type=refresh_token`, and a request
//! carrying an expired one is answered 401 (Samsara's OAuth 2.0 page). A
//! provider's token is
//!
//! - **fetched lazily**, on the first request that needs it;
//! - **shared** by the clones of a client (and their streams): one fetch
//!   serves them all, and concurrent requests wait for the same fetch;
//! - **renewed before it expires**: a token within [`REFRESH_MARGIN`] (60 s)
//!   of its [`AccessToken::expires_at`] is not used again (within half its
//!   lifetime, for a token that lives less than two minutes);
//! - **renewed once after a 401**: the request is sent again with a fresh
//!   token (not counted as a retry); a second 401 is the caller's
//!   [`Error::Api`](crate::Error::Api);
//! - **never shown**: not in `Debug`, logs, spans, metrics or errors (the
//!   `Authorization` header is marked sensitive, and interceptors run before
//!   it is set, see [`crate::interceptor`]).
//!
//! A provider that fails ends the request with [`Error::Token`](crate::Error::Token),
//! which is not retried by the client.
//!
//! ```no_run
//! use std::time::Duration;
//! use futures::future::BoxFuture;
//! use samsara::auth::{AccessToken, TokenError, TokenProvider};
//! use samsara::prelude::*;
//!
//! /// Renews an OAuth access token with the app's refresh token.
//! struct Refresh { http: reqwest::Client, refresh_token: std::sync::Mutex<String> }
//!
//! impl TokenProvider for Refresh {
//!     fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
//!         Box::pin(async move {
//!             #[derive(serde::Deserialize)]
//!             struct Grant { access_token: String, refresh_token: String, expires_in: u64 }
//!             let refresh = self.refresh_token.lock().unwrap().clone();
//!             let form = form_urlencoded::Serializer::new(String::new())
//!                 .append_pair("grant_type", "refresh_token")
//!                 .append_pair("refresh_token", &refresh)
//!                 .finish();
//!             let grant: Grant = self.http
//!                 .post("https://api.samsara.com/oauth2/token")
//!                 .header("content-type", "application/x-www-form-urlencoded")
//!                 .body(form)
//!                 .send().await.map_err(TokenError::new)?
//!                 .error_for_status().map_err(TokenError::new)?
//!                 .json().await.map_err(TokenError::new)?;
//!             *self.refresh_token.lock().unwrap() = grant.refresh_token;
//!             Ok(AccessToken::new(grant.access_token).expires_in(Duration::from_secs(grant.expires_in)))
//!         })
//!     }
//! }
//!
//! # fn main() -> Result<(), samsara::Error> {
//! let provider = Refresh { http: reqwest::Client::new(), refresh_token: "…".to_owned().into() };
//! let client = Client::builder().token_provider(provider).build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures::future::BoxFuture;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

/// A token within this long of its expiry is renewed before it is used: 60 s
/// (half its lifetime for a token that lives less than two minutes).
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// Supplies access tokens that expire (an OAuth 2.0 app's); see the
/// [module docs](self).
///
/// The client calls [`token`](TokenProvider::token) when it has no token,
/// when the one it has is within [`REFRESH_MARGIN`] of expiring, and once
/// after a 401. Calls never overlap for one client (and its clones).
pub trait TokenProvider: Send + Sync + 'static {
    /// A fresh access token.
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>>;

    /// Which provider this is, for sharing a rate budget: clients whose
    /// providers answer the same share one (an `Arc` answers for what it
    /// holds). Plumbing: the default is the provider's address.
    #[doc(hidden)]
    fn identity(&self) -> usize {
        std::ptr::from_ref(self).cast::<()>() as usize
    }
}

/// A shared provider.
impl<T: TokenProvider> TokenProvider for Arc<T> {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        (**self).token()
    }

    fn identity(&self) -> usize {
        (**self).identity()
    }
}

/// An access token and, when known, when it expires. `Debug` shows no token.
#[derive(Clone)]
pub struct AccessToken {
    secret: SecretString,
    expires_at: Option<SystemTime>,
}

impl AccessToken {
    /// A token with no known expiry (renewed only after a 401).
    pub fn new(token: impl Into<String>) -> AccessToken {
        AccessToken {
            secret: SecretString::from(token.into()),
            expires_at: None,
        }
    }

    /// The token expires `lifetime` from now (OAuth's `expires_in`, seconds).
    pub fn expires_in(self, lifetime: Duration) -> AccessToken {
        self.expires_at(SystemTime::now() + lifetime)
    }

    /// The token expires at `time`.
    pub fn expires_at(mut self, time: SystemTime) -> AccessToken {
        self.expires_at = Some(time);
        self
    }

    /// When the token expires, when known.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// Whether it is too close to expiring to be sent, `fetched` at that
    /// time: within [`REFRESH_MARGIN`] of its expiry, or half its lifetime.
    fn is_stale(&self, fetched: SystemTime, now: SystemTime) -> bool {
        self.expires_at.is_some_and(|at| {
            let lifetime = at.duration_since(fetched).unwrap_or_default();
            now + REFRESH_MARGIN.min(lifetime / 2) >= at
        })
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &"[REDACTED]")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// Why a [`TokenProvider`] could not supply a token. Its message is the
/// provider's; keep tokens out of it.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct TokenError {
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TokenError {
    /// A failure caused by `source` (an HTTP error, a decode error…).
    pub fn new(source: impl std::error::Error + Send + Sync + 'static) -> TokenError {
        TokenError {
            message: source.to_string(),
            source: Some(Box::new(source)),
        }
    }

    /// A failure described by `message`.
    pub fn msg(message: impl Into<String>) -> TokenError {
        TokenError {
            message: message.into(),
            source: None,
        }
    }
}

/// The client's credentials: a fixed token, or a provider's cached one.
#[derive(Clone)]
pub(crate) enum Credentials {
    Fixed(HeaderValue),
    Provided(Arc<ProvidedToken>),
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Credentials::Fixed(_) => "Fixed([REDACTED])",
            Credentials::Provided(_) => "Provided([REDACTED])",
        })
    }
}

/// The `Authorization` value of one attempt, and which token it was (to
/// renew exactly that one after a 401).
pub(crate) struct Authorization {
    pub(crate) header: HeaderValue,
    generation: u64,
}

impl Credentials {
    /// A fixed token; `Err` names what is wrong with it.
    pub(crate) fn fixed(token: &SecretString) -> Result<Credentials, String> {
        Ok(Credentials::Fixed(bearer(token)?))
    }

    /// Tokens from `provider`, fetched when first needed.
    pub(crate) fn provided(provider: Arc<dyn TokenProvider>) -> Credentials {
        Credentials::Provided(Arc::new(ProvidedToken {
            provider,
            cached: tokio::sync::Mutex::new(State::default()),
        }))
    }

    /// What identifies these credentials for sharing a rate budget: the
    /// token itself (hashed by the caller), or the provider's address.
    pub(crate) fn budget_key(&self) -> String {
        match self {
            Credentials::Fixed(value) => String::from_utf8_lossy(value.as_bytes()).into_owned(),
            Credentials::Provided(p) => format!("provider:{:x}", p.provider.identity()),
        }
    }

    /// Whether a 401 can be cured by renewing the token.
    pub(crate) fn renewable(&self) -> bool {
        matches!(self, Credentials::Provided(_))
    }

    /// The `Authorization` header for the next attempt.
    pub(crate) async fn authorization(&self) -> Result<Authorization, TokenError> {
        match self {
            Credentials::Fixed(header) => Ok(Authorization {
                header: header.clone(),
                generation: 0,
            }),
            Credentials::Provided(provided) => provided.current().await,
        }
    }

    /// Forgets the token `used` was made from, so the next attempt fetches
    /// a fresh one (unless another request already did).
    pub(crate) async fn reject(&self, used: &Authorization) {
        if let Credentials::Provided(provided) = self {
            let mut state = provided.cached.lock().await;
            if state
                .token
                .as_ref()
                .is_some_and(|c| c.generation == used.generation)
            {
                state.token = None;
            }
        }
    }
}

/// A provider and its latest token.
pub(crate) struct ProvidedToken {
    provider: Arc<dyn TokenProvider>,
    cached: tokio::sync::Mutex<State>,
}

/// The latest token, and how many were fetched.
#[derive(Default)]
struct State {
    token: Option<Cached>,
    fetched: u64,
}

struct Cached {
    token: AccessToken,
    fetched: SystemTime,
    header: HeaderValue,
    generation: u64,
}

impl ProvidedToken {
    /// The cached token, or a fresh one when there is none or it is stale.
    /// The lock is held across the fetch: concurrent requests wait for it
    /// and share its token.
    async fn current(&self) -> Result<Authorization, TokenError> {
        let mut state = self.cached.lock().await;
        let stale = state
            .token
            .as_ref()
            .is_none_or(|c| c.token.is_stale(c.fetched, SystemTime::now()));
        if stale {
            let token = self.provider.token().await?;
            let fetched = SystemTime::now();
            if token.expires_at.is_some_and(|at| at <= fetched) {
                tracing::warn!("the token provider gave a token that has already expired");
            }
            state.fetched += 1;
            let generation = state.fetched;
            let header = bearer(&token.secret).map_err(TokenError::msg)?;
            tracing::debug!(
                generation,
                expires_at = ?token.expires_at,
                "fetched an access token"
            );
            state.token = Some(Cached {
                token,
                fetched,
                header,
                generation,
            });
        }
        match &state.token {
            Some(c) => Ok(Authorization {
                header: c.header.clone(),
                generation: c.generation,
            }),
            None => Err(TokenError::msg("no access token was cached")),
        }
    }
}

/// `Bearer <token>`, marked sensitive (never printed by `http`'s `Debug`).
fn bearer(token: &SecretString) -> Result<HeaderValue, String> {
    let token = token.expose_secret().trim();
    if token.is_empty() {
        return Err("the API token is empty".into());
    }
    let mut value = HeaderValue::try_from(format!("Bearer {token}"))
        .map_err(|_| "the API token is not a valid HTTP header value".to_owned())?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    struct Counting(AtomicU32, Duration);

    impl TokenProvider for Counting {
        fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
            Box::pin(async move {
                let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
                Ok(AccessToken::new(format!("t{n}")).expires_in(self.1))
            })
        }
    }

    fn shown(a: &Authorization) -> String {
        a.header.to_str().unwrap().to_owned()
    }

    #[tokio::test]
    async fn a_token_is_fetched_once_and_renewed_after_a_rejection_of_that_token_only() {
        let provider = Arc::new(Counting(AtomicU32::new(0), Duration::from_secs(3600)));
        let credentials = Credentials::provided(provider.clone());
        let first = credentials.authorization().await.unwrap();
        let again = credentials.clone().authorization().await.unwrap();
        assert_eq!(
            (shown(&first), shown(&again)),
            ("Bearer t1".into(), "Bearer t1".into())
        );
        credentials.reject(&first).await;
        let renewed = credentials.authorization().await.unwrap();
        assert_eq!(shown(&renewed), "Bearer t2");
        // A late rejection of the old token does not drop the new one.
        credentials.reject(&again).await;
        assert_eq!(
            shown(&credentials.authorization().await.unwrap()),
            "Bearer t2"
        );
        assert_eq!(provider.0.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_token_about_to_expire_is_renewed_before_it_is_sent() {
        // Lives 30 s: used until 15 s before its expiry, not fetched per use.
        let provider = Arc::new(Counting(AtomicU32::new(0), REFRESH_MARGIN / 2));
        let credentials = Credentials::provided(provider.clone());
        credentials.authorization().await.unwrap();
        credentials.authorization().await.unwrap();
        assert_eq!(provider.0.load(Ordering::SeqCst), 1);
        let now = SystemTime::now();
        let token = AccessToken::new("t").expires_at(now + REFRESH_MARGIN / 2);
        assert!(!token.is_stale(now, now));
        assert!(token.is_stale(now, now + REFRESH_MARGIN / 4));
        let hour = Duration::from_secs(3600);
        let long = AccessToken::new("t").expires_at(now + hour);
        assert!(!long.is_stale(now, now + hour - REFRESH_MARGIN * 2));
        assert!(long.is_stale(now, now + hour - REFRESH_MARGIN));
    }

    #[test]
    fn clients_of_one_shared_provider_share_its_identity() {
        let shared = Arc::new(Counting(AtomicU32::new(0), REFRESH_MARGIN));
        let a = Credentials::provided(Arc::new(shared.clone()));
        let b = Credentials::provided(Arc::new(shared.clone()));
        assert_eq!(a.budget_key(), b.budget_key());
        let other = Credentials::provided(Arc::new(Counting(AtomicU32::new(0), REFRESH_MARGIN)));
        assert_ne!(a.budget_key(), other.budget_key());
    }

    #[test]
    fn nothing_shows_a_token() {
        let token = AccessToken::new("sekrit-1").expires_in(Duration::from_secs(5));
        assert!(!format!("{token:?}").contains("sekrit"));
        let fixed = Credentials::fixed(&SecretString::from("sekrit-2")).unwrap();
        assert!(!format!("{fixed:?}").contains("sekrit"));
        let Credentials::Fixed(header) = &fixed else {
            unreachable!()
        };
        assert!(header.is_sensitive());
        assert!(!format!("{header:?}").contains("sekrit"));
    }
}
