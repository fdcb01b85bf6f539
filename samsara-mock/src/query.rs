//! Query-string parsing with Samsara's rules: every array parameter accepts
//! both comma-joined values (`ids=a,b`, the spec's `explode: false`) and
//! repeated keys (`ids=a&ids=b`, what the official SDKs send); values are
//! percent-decoded; a bad value is a 400 naming the parameter. Path
//! parameters (`/webhooks/{id}`) are percent-decoded once, as a path segment
//! (a `+` stays a `+`): see [`PathParams`].

use chrono::{DateTime, Utc};

use crate::reply::ApiError;

/// The largest page, and the default page size.
pub(crate) const MAX_LIMIT: usize = 512;

/// A request's decoded query pairs, in order.
#[derive(Debug, Default)]
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
            .unwrap_or_default();
        Query { pairs }
    }

    fn values<'a>(&'a self, name: &str) -> Vec<&'a str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A scalar parameter; given twice is an error, empty counts as absent.
    pub(crate) fn single<'a>(&'a self, name: &str) -> Result<Option<&'a str>, ApiError> {
        let mut values = self.values(name).into_iter().filter(|v| !v.is_empty());
        let first = values.next();
        if values.next().is_some() {
            return Err(ApiError::bad_param(name, "given more than once"));
        }
        Ok(first)
    }

    pub(crate) fn required<'a>(&'a self, name: &str) -> Result<&'a str, ApiError> {
        self.single(name)?
            .ok_or_else(|| ApiError::bad_param(name, "required"))
    }

    /// An array parameter: repeated keys and comma-joined values, merged in
    /// order, blanks dropped, at most `max` entries.
    pub(crate) fn array(&self, name: &str, max: usize) -> Result<Vec<String>, ApiError> {
        let out: Vec<String> = self
            .values(name)
            .into_iter()
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect();
        if out.len() > max {
            return Err(ApiError::bad_param(
                name,
                format!("at most {max} values, got {}", out.len()),
            ));
        }
        Ok(out)
    }

    /// A boolean parameter (`true`/`false`); absent is `false`.
    pub(crate) fn bool(&self, name: &str) -> Result<bool, ApiError> {
        match self.single(name)? {
            None => Ok(false),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(true),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(false),
            Some(v) => Err(ApiError::bad_param(
                name,
                format!("expected true or false, got {v:?}"),
            )),
        }
    }

    /// An RFC 3339 time. A `+` offset sent unencoded arrives as a space
    /// (form decoding) and is put back.
    pub(crate) fn time(&self, name: &str) -> Result<Option<DateTime<Utc>>, ApiError> {
        let Some(raw) = self.single(name)? else {
            return Ok(None);
        };
        parse_time(raw).map(Some).ok_or_else(|| {
            ApiError::bad_param(name, format!("expected an RFC 3339 time, got {raw:?}"))
        })
    }

    /// `limit`: 1..=512, default 512.
    pub(crate) fn limit(&self) -> Result<usize, ApiError> {
        match self.single("limit")? {
            None => Ok(MAX_LIMIT),
            Some(raw) => match raw.parse::<i64>() {
                Ok(n) if (1..=MAX_LIMIT as i64).contains(&n) => Ok(n as usize),
                _ => Err(ApiError::bad_param(
                    "limit",
                    format!("must be an integer from 1 to {MAX_LIMIT}, got {raw:?}"),
                )),
            },
        }
    }
}

/// The path parameters of a request (`{id}` in `/webhooks/{id}`), each
/// percent-decoded exactly once from the matched segment: `%2F` is a `/`
/// inside the value (the segment was split before decoding), `+` stays `+`
/// (path segments are not form-encoded), `%25` is `%`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct PathParams {
    pairs: Vec<(String, String)>,
}

impl PathParams {
    /// Matches `path` (raw, as received) against the spec's `template` and
    /// decodes the segments that stand for `{name}`. `None` when the path
    /// does not fit the template; a 400 naming the parameter when a segment
    /// is not UTF-8 once decoded.
    pub(crate) fn extract(template: &str, path: &str) -> Result<Option<Self>, ApiError> {
        let (mut t, mut p) = (template.split('/'), path.split('/'));
        let mut pairs = Vec::new();
        loop {
            match (t.next(), p.next()) {
                (None, None) => return Ok(Some(PathParams { pairs })),
                (Some(t), Some(p)) => match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    Some(name) if !p.is_empty() => {
                        let value = percent_encoding::percent_decode_str(p)
                            .decode_utf8()
                            .map_err(|_| {
                                ApiError::bad_param(name, "not UTF-8 once percent-decoded")
                            })?;
                        pairs.push((name.to_owned(), value.into_owned()));
                    }
                    None if t == p => {}
                    _ => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
    }

    /// The decoded value of `{name}`; a 400 when the template has none (a
    /// handler registered for the wrong operation).
    pub(crate) fn required(&self, name: &str) -> Result<&str, ApiError> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ApiError::internal(format!("no path parameter {{{name}}}")))
    }
}

fn parse_time(raw: &str) -> Option<DateTime<Utc>> {
    let raw = raw.trim();
    DateTime::parse_from_rfc3339(raw)
        .or_else(|_| DateTime::parse_from_rfc3339(&raw.replace(' ', "+")))
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_accept_both_styles() {
        let q = Query::parse(Some("ids=a,b&ids=c&x=1&ids=payroll%3AP1&ids="));
        assert_eq!(q.array("ids", 100).unwrap(), ["a", "b", "c", "payroll:P1"]);
        assert!(q.array("ids", 3).unwrap_err().message.contains("ids"));
        assert!(q.array("none", 3).unwrap().is_empty());
    }

    #[test]
    fn external_ids_with_special_characters_decode_once() {
        // `samsara.vin:1HGC…` and `payroll:emp_42-a%2B@x.y`, percent-encoded
        // as a client must send them (`:` `%` `+` `@` encoded), comma-joined
        // and repeated.
        let q = Query::parse(Some(
            "ids=samsara.vin%3A1HGCM82633A004352%2Cpayroll%3Aemp_42-a%252B%40x.y\
             &ids=payroll%3Ajake.doe%2B1%40example.com&ids=samsara.serial:GFRV-43N-VGX",
        ));
        assert_eq!(
            q.array("ids", 100).unwrap(),
            [
                "samsara.vin:1HGCM82633A004352",
                "payroll:emp_42-a%2B@x.y",
                "payroll:jake.doe+1@example.com",
                "samsara.serial:GFRV-43N-VGX",
            ]
        );
        // An unencoded `+` is a space, as in every form decoder (the API's too).
        let raw = Query::parse(Some("ids=payroll:jake.doe+1@example.com"));
        assert_eq!(
            raw.array("ids", 1).unwrap(),
            ["payroll:jake.doe 1@example.com"]
        );
    }

    #[test]
    fn path_parameters_are_decoded_once_as_a_segment() {
        let p = |path: &str| PathParams::extract("/webhooks/{id}", path);
        let got = p("/webhooks/payroll:emp%2042%2F%C3%A4%25+%3F%23")
            .unwrap()
            .unwrap();
        assert_eq!(got.required("id").unwrap(), "payroll:emp 42/ä%+?#");
        assert_eq!(
            p("/webhooks/%252F")
                .unwrap()
                .unwrap()
                .required("id")
                .unwrap(),
            "%2F"
        );
        assert_eq!(
            p("/webhooks/a/b").unwrap(),
            None,
            "an unencoded / is another segment"
        );
        assert_eq!(p("/webhooks/").unwrap(), None, "an empty segment is no id");
        assert_eq!(p("/webhook/1").unwrap(), None);
        let e = p("/webhooks/%FF").unwrap_err();
        assert!(
            e.message.contains("id") && e.message.contains("UTF-8"),
            "{}",
            e.message
        );
        let fixed = PathParams::extract("/webhooks", "/webhooks")
            .unwrap()
            .unwrap();
        assert!(fixed.required("id").is_err());
    }

    #[test]
    fn scalars() {
        let q = Query::parse(Some(
            "limit=5&b=TRUE&t=2024-01-01T00:00:00.5+02:00&dup=1&dup=2&e=",
        ));
        assert_eq!(q.limit().unwrap(), 5);
        assert!(q.bool("b").unwrap());
        assert!(!q.bool("missing").unwrap());
        assert_eq!(
            q.time("t").unwrap().unwrap().to_rfc3339(),
            "2023-12-31T22:00:00.500+00:00"
        );
        assert!(q.single("dup").is_err());
        assert_eq!(q.single("e").unwrap(), None);
        assert!(Query::parse(Some("limit=513")).limit().is_err());
        assert!(Query::parse(Some("limit=0")).limit().is_err());
        assert!(Query::parse(Some("limit=x")).limit().is_err());
        assert_eq!(Query::parse(None).limit().unwrap(), 512);
    }
}
