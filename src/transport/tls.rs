//! TLS, chosen by cargo features, as async-stripe, octocrab and async-openai
//! offer it:
//!
//! | feature | TLS | builds C | a dependent's cold build (CPU s, BENCHMARKS.md) |
//! |---|---|---|---|
//! | `rustls-ring` (default) | rustls with *ring* | a little (ring's assembly, ~1.5 s) | +8 |
//! | `rustls-aws-lc-rs` | rustls with aws-lc-rs (FIPS-capable) | aws-lc (~28–43 s) | +40 |
//! | `native-tls` | the platform's (OpenSSL on Linux: needs `libssl-dev`) | no | +5 |
//! | `rustls-no-provider` | rustls with the process-wide `CryptoProvider` you install | no | 0 |
//!
//! The default is rustls with *ring*: measured here, aws-lc-rs costs a
//! dependent five times as much build time and a C toolchain for the same
//! TLS. Root certificates come from the platform (rustls-platform-verifier:
//! the system store on Linux, honouring `SSL_CERT_FILE`; the OS verifier on
//! macOS and Windows). With more than one feature on, the first of the table
//! wins. With none, [`ClientBuilder::build`](crate::ClientBuilder::build)
//! refuses an `https` base URL with an [`Error::Config`] saying so (plain
//! `http` to loopback still works); with `rustls-no-provider` and no
//! provider installed it refuses any base URL (reqwest's TLS setup needs the
//! provider), an [`Error::Config`] too, never a panic. A client given to
//! [`ClientBuilder::http_client`](crate::ClientBuilder::http_client) brings
//! its own TLS.
//!
//! `rustls-ring` configures each client this crate builds; it installs
//! nothing process-wide. reqwest's own `reqwest::Client::new()` elsewhere in
//! your program needs reqwest's `rustls` feature, or a provider installed
//! first (`rustls::crypto::ring::default_provider().install_default()`):
//! reqwest built with only this crate's default features panics there.

use crate::Error;

/// Builds the HTTP client with the TLS the features choose (`https`: the
/// base URL needs it).
pub(crate) fn http_client(
    builder: reqwest::ClientBuilder,
    https: bool,
) -> Result<reqwest::Client, Error> {
    let builder = with_tls(builder, https)?;
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

#[cfg(feature = "rustls-ring")]
fn with_tls(builder: reqwest::ClientBuilder, _: bool) -> Result<reqwest::ClientBuilder, Error> {
    use std::sync::Arc;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|e| Error::Config(format!("cannot load the platform's root certificates: {e}")))?;
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Config(format!("cannot configure TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(builder.tls_backend_preconfigured(tls))
}

#[cfg(all(not(feature = "rustls-ring"), feature = "rustls-aws-lc-rs"))]
fn with_tls(builder: reqwest::ClientBuilder, _: bool) -> Result<reqwest::ClientBuilder, Error> {
    Ok(builder.tls_backend_rustls())
}

#[cfg(all(
    not(feature = "rustls-ring"),
    not(feature = "rustls-aws-lc-rs"),
    feature = "native-tls"
))]
fn with_tls(builder: reqwest::ClientBuilder, _: bool) -> Result<reqwest::ClientBuilder, Error> {
    Ok(builder.tls_backend_native())
}

#[cfg(all(
    not(feature = "rustls-ring"),
    not(feature = "rustls-aws-lc-rs"),
    not(feature = "native-tls"),
    feature = "rustls-no-provider"
))]
fn with_tls(builder: reqwest::ClientBuilder, _: bool) -> Result<reqwest::ClientBuilder, Error> {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        return Err(Error::Config(
            "the `rustls-no-provider` feature needs a process-wide rustls CryptoProvider: call `CryptoProvider::install_default` before building the client".into(),
        ));
    }
    Ok(builder.tls_backend_rustls())
}

#[cfg(not(any(
    feature = "rustls-ring",
    feature = "rustls-aws-lc-rs",
    feature = "native-tls",
    feature = "rustls-no-provider"
)))]
fn with_tls(builder: reqwest::ClientBuilder, https: bool) -> Result<reqwest::ClientBuilder, Error> {
    if !https {
        return Ok(builder);
    }
    Err(Error::Config(
        "this build of samsara has no TLS: enable one of the features `rustls-ring`, `rustls-aws-lc-rs`, `native-tls` or `rustls-no-provider`, or pass a client to ClientBuilder::http_client".into(),
    ))
}
