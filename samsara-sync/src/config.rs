//! Which organisations to sync, and with which tokens: a TOML file
//! (`--config`), or one organisation from the environment
//! (`SAMSARA_API_KEY`, `SAMSARA_BASE_URL`).
//!
//! ```toml
//! [[organisation]]
//! name = "acme"                 # the rows' `organisation` column
//! token_env = "ACME_SAMSARA_TOKEN"  # or: token = "samsara_api_…"
//! # base_url = "https://api.eu.samsara.com"
//! ```
//!
//! An unknown key is an error naming it; a token is never printed.

use std::fmt;

use serde::Deserialize;

/// The organisations to sync.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// One entry per organisation (per token).
    #[serde(rename = "organisation")]
    pub organisations: Vec<Organisation>,
}

/// One organisation: a name and the token that reads it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// What its rows are keyed by (`organisation` column); unique.
    pub name: String,
    /// The API token itself.
    pub token: Option<String>,
    /// The environment variable holding the token.
    pub token_env: Option<String>,
    /// The API's base URL (default: Samsara's US region).
    pub base_url: Option<String>,
}

impl fmt::Debug for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Organisation")
            .field("name", &self.name)
            .field("token", &self.token.as_ref().map(|_| "[REDACTED]"))
            .field("token_env", &self.token_env)
            .field("base_url", &self.base_url)
            .finish()
    }
}

/// Why the configuration is unusable.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid (an unknown key, a wrong type…).
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong, and where.
        message: String,
    },
}

impl Organisation {
    /// The token: given, or from `token_env`.
    pub fn token(&self) -> Result<String, String> {
        match (&self.token, &self.token_env) {
            (Some(token), None) => Ok(token.clone()),
            (None, Some(var)) => std::env::var(var).map_err(|_| {
                format!(
                    "organisation {:?}: the environment variable {var} is not set",
                    self.name
                )
            }),
            _ => Err(format!(
                "organisation {:?}: give exactly one of `token` and `token_env`",
                self.name
            )),
        }
    }
}

impl Config {
    /// Reads and checks `path`.
    pub fn read(path: &str) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Config::parse(path, &text)
    }

    /// Parses `text` (from `path`, for messages) and checks the names.
    pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: path.to_owned(),
            message,
        };
        let config: Config = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if config.organisations.is_empty() {
            return Err(invalid("no [[organisation]]".into()));
        }
        let mut names = std::collections::BTreeSet::new();
        for org in &config.organisations {
            if !names.insert(org.name.as_str()) {
                return Err(invalid(format!(
                    "organisation {:?} is listed twice",
                    org.name
                )));
            }
        }
        Ok(config)
    }

    /// One organisation, `default`, from `SAMSARA_API_KEY` (and
    /// `SAMSARA_BASE_URL`).
    pub fn from_env() -> Config {
        Config {
            organisations: vec![Organisation {
                name: "default".into(),
                token: None,
                token_env: Some(samsara::client::API_KEY_ENV.into()),
                base_url: std::env::var(samsara::client::BASE_URL_ENV).ok(),
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_key_is_named_and_a_token_never_shown() {
        let err =
            Config::parse("c.toml", "[[organisation]]\nname = \"a\"\ntokn = \"x\"\n").unwrap_err();
        assert!(err.to_string().contains("unknown field `tokn`"), "{err}");
        let config = Config::parse(
            "c.toml",
            "[[organisation]]\nname = \"a\"\ntoken = \"sekrit\"\n",
        )
        .unwrap();
        assert!(!format!("{config:?}").contains("sekrit"));
        let twice = "[[organisation]]\nname = \"a\"\ntoken = \"x\"\n[[organisation]]\nname = \"a\"\ntoken = \"y\"\n";
        assert!(
            Config::parse("c.toml", twice)
                .unwrap_err()
                .to_string()
                .contains("listed twice")
        );
    }
}
