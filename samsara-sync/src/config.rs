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
        // toml's own message quotes the offending line, which may hold a
        // token: say where and what, never the text.
        let config: Config = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|span| {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    format!("line {line}, column {column}: ")
                })
                .unwrap_or_default();
            invalid(format!("{at}{}", e.message().trim_end()))
        })?;
        if config.organisations.is_empty() {
            return Err(invalid("no [[organisation]]".into()));
        }
        let mut names = std::collections::BTreeSet::new();
        let mut tokens = std::collections::BTreeMap::new();
        for org in &config.organisations {
            if org.name.trim().is_empty() {
                return Err(invalid("an organisation has an empty `name`".into()));
            }
            if !names.insert(org.name.as_str()) {
                return Err(invalid(format!(
                    "organisation {:?} is listed twice",
                    org.name
                )));
            }
            // One token, one lease: a token under two names would be synced
            // twice and spend its rate budget twice.
            let source = match (&org.token, &org.token_env) {
                (Some(token), _) => Some(("token", token.as_str())),
                (None, Some(var)) => Some(("token_env", var.as_str())),
                (None, None) => None,
            };
            if let Some(source) = source
                && let Some(first) = tokens.insert(source, org.name.as_str())
            {
                return Err(invalid(format!(
                    "organisations {first:?} and {:?} have the same token: list each token once",
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

    #[test]
    fn a_malformed_line_is_located_without_quoting_its_token() {
        for text in [
            "[[organisation]]\nname = \"a\"\ntokn = \"samsara_api_SECRET1\"\n",
            "[[organisation]]\nname = \"a\"\ntoken = samsara_api_SECRET2\n",
            "[[organisation]]\nname = \"a\"\ntoken = [\"samsara_api_SECRET3\"]\n",
        ] {
            let err = Config::parse("c.toml", text).unwrap_err().to_string();
            assert!(!err.contains("SECRET"), "{err}");
            assert!(err.contains("line 3"), "{err}");
        }
    }

    #[test]
    fn an_empty_name_and_a_token_listed_twice_are_refused() {
        let empty = "[[organisation]]\nname = \" \"\ntoken = \"x\"\n";
        assert!(
            Config::parse("c.toml", empty)
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        let shared = "[[organisation]]\nname = \"a\"\ntoken = \"samsara_api_S\"\n[[organisation]]\nname = \"b\"\ntoken = \"samsara_api_S\"\n";
        let err = Config::parse("c.toml", shared).unwrap_err().to_string();
        assert!(
            err.contains("same token") && !err.contains("samsara_api_S"),
            "{err}"
        );
    }
}
