//! The page size of a list or stream request: [`PageLimit`], `1..=512`.
//!
//! Every paginated operation's builder takes `.limit(n)` with any integer
//! and refuses one out of range before sending: the request fails with
//! [`Error::InvalidInput`] carrying [`PageLimitError`]'s text.
//!
//! ```
//! use samsara::prelude::*;
//!
//! assert_eq!(PageLimit::try_from(100u32).unwrap().get(), 100);
//! assert_eq!(PageLimit::MAX.get(), 512);
//! let err = PageLimit::try_from(0u32).unwrap_err();
//! assert_eq!(err.to_string(), "a page limit must be a whole number between 1 and 512, got 0");
//! assert!("513".parse::<PageLimit>().is_err());
//! ```

use crate::Error;

/// A page size, `1..=512` (the API's maximum and default). Builders' `.limit(n)`
/// takes any integer and rejects an out-of-range one before sending.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct PageLimit(u32);

impl PageLimit {
    /// The largest page the API serves.
    pub const MAX: PageLimit = PageLimit(512);

    /// The page size.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// A page size that is not a whole number in `1..=512`: what `.limit(n)` and
/// `PageLimit::try_from` refuse. Converts into [`Error::InvalidInput`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a page limit must be a whole number between 1 and 512, got {got}")]
pub struct PageLimitError {
    /// The value refused, as written.
    got: String,
}

impl From<PageLimitError> for Error {
    fn from(e: PageLimitError) -> Error {
        Error::InvalidInput(e.to_string())
    }
}

impl From<PageLimit> for u32 {
    fn from(limit: PageLimit) -> u32 {
        limit.0
    }
}

impl std::fmt::Display for PageLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for PageLimit {
    type Err = PageLimitError;
    fn from_str(s: &str) -> Result<Self, PageLimitError> {
        let n: i64 = s.trim().parse().map_err(|_| PageLimitError {
            got: format!("{s:?}"),
        })?;
        PageLimit::try_from(n)
    }
}

macro_rules! page_limit_from {
    ($($int:ty),*) => {$(
        impl TryFrom<$int> for PageLimit {
            type Error = PageLimitError;
            fn try_from(n: $int) -> Result<Self, PageLimitError> {
                match u32::try_from(n) {
                    Ok(n @ 1..=512) => Ok(PageLimit(n)),
                    _ => Err(PageLimitError { got: n.to_string() }),
                }
            }
        }
    )*};
}
page_limit_from!(u16, u32, u64, usize, i32, i64);

impl schemars::JsonSchema for PageLimit {
    fn schema_name() -> String {
        "PageLimit".to_owned()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = u32::json_schema(generator).into_object();
        schema.number().minimum = Some(1.0);
        schema.number().maximum = Some(512.0);
        schema.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_range_is_accepted_and_nothing_else() {
        assert_eq!(PageLimit::try_from(1u16).map(PageLimit::get), Ok(1));
        assert_eq!(PageLimit::try_from(512usize), Ok(PageLimit::MAX));
        for bad in [0i64, -1, 513, i64::MAX] {
            let err = PageLimit::try_from(bad).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("a page limit must be a whole number between 1 and 512, got {bad}")
            );
        }
    }

    #[test]
    fn text_parses_to_the_same_limits() {
        assert_eq!(" 25 ".parse::<PageLimit>().map(PageLimit::get), Ok(25));
        let err = "lots".parse::<PageLimit>().unwrap_err();
        assert!(err.to_string().ends_with(r#"got "lots""#), "{err}");
        assert!("0".parse::<PageLimit>().is_err());
    }

    #[test]
    fn a_refused_limit_is_invalid_input() {
        let err = Error::from(PageLimit::try_from(0u32).unwrap_err());
        assert!(
            matches!(&err, Error::InvalidInput(m) if m.contains("between 1 and 512, got 0")),
            "{err:?}"
        );
    }

    #[test]
    fn serde_keeps_the_range() {
        assert_eq!(serde_json::to_string(&PageLimit::MAX).unwrap(), "512");
        assert!(serde_json::from_str::<PageLimit>("0").is_err());
        assert_eq!(
            serde_json::from_str::<PageLimit>("7")
                .map(PageLimit::get)
                .unwrap(),
            7
        );
    }
}
