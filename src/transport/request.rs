//! Shaping a request once, before its first attempt: the version and
//! user-agent headers, the timeout, the spec's list limits (`maxItems`),
//! millisecond times and comma-joined `explode: false` query arrays, each
//! from the operation's facts. (`Authorization` and `Accept-Encoding` are
//! set per attempt, by `send`.)

use reqwest::header::{HeaderName, HeaderValue, USER_AGENT};

use super::Transport;
use crate::Error;
use crate::operations::Operation;

/// Samsara's per-request API version header.
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("x-samsara-version");

/// Readies `request` for `op`: headers, timeout, list limits, times,
/// comma-joined arrays. The error says what is wrong with the request.
pub(crate) fn prepare(
    request: &mut reqwest::Request,
    transport: &Transport,
    op: &Operation,
) -> Result<(), Error> {
    let invalid = |what: String| Error::InvalidInput(format!("{}: {what}", op.name));
    let headers = request.headers_mut();
    // progenitor adds `api-version: <info.version>`; Samsara's header is
    // X-Samsara-Version.
    headers.remove("api-version");
    if let Some(version) = &transport.api_version {
        headers.insert(VERSION_HEADER, version.clone());
    }
    headers.insert(USER_AGENT, transport.user_agent.clone());
    if request.timeout().is_none() {
        *request.timeout_mut() = transport.timeout;
    }
    check_path(request.url(), op.path).map_err(invalid)?;
    check_list_limits(request.url(), op.list_limits).map_err(invalid)?;
    millisecond_times(request.url_mut(), op.date_times);
    join_comma_query(request.url_mut(), op.comma_joined).map_err(invalid)
}

/// What a path parameter keeps as it is: RFC 3986's unreserved characters
/// and `:` `@` (so `key:value` external ids stay readable); everything else
/// is percent-encoded, `\` `/` `%` `?` `#` and non-ASCII included.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b':')
    .remove(b'@');

/// A path parameter as one URL path segment: what the generated builders
/// call (in place of progenitor's `encode_path`, which leaves `\` as it
/// is, and a URL reads `\` as `/`).
pub(crate) fn encode_path(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, PATH_SEGMENT).to_string()
}

/// The request's path still has the shape of `template` (`/webhooks/{id}`):
/// a path parameter that is empty, `.` or `..` cannot be carried in a URL
/// (URLs drop dot segments, so `/webhooks/..` would become `/`), and is
/// refused here rather than sent to another path.
fn check_path(url: &reqwest::Url, template: &str) -> Result<(), String> {
    if !template.contains('{') {
        return Ok(());
    }
    let wanted: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let got: Vec<&str> = url
        .path_segments()
        .map(Iterator::collect)
        .unwrap_or_default();
    let tail = got
        .len()
        .checked_sub(wanted.len())
        .map(|start| &got[start..]);
    let fits = tail.is_some_and(|tail| {
        wanted.iter().zip(tail).all(|(w, g)| {
            if w.starts_with('{') {
                !g.is_empty() && *g != "." && *g != ".."
            } else {
                w == g
            }
        })
    });
    if fits {
        Ok(())
    } else {
        Err(format!(
            "a path parameter of {template} cannot be sent: it is empty, `.` or `..`, which a URL cannot carry (the path became {:?})",
            url.path()
        ))
    }
}

/// A header value the client sends, checked once when the client is built.
pub(crate) fn header_value(value: &str, what: &str) -> Result<HeaderValue, Error> {
    HeaderValue::try_from(value)
        .map_err(|_| Error::Config(format!("{what} is not a valid HTTP header value")))
}

/// Refuses more values for an array query parameter than the spec's
/// `maxItems` allows (`ids` up to 100, `assetIds` up to 50…; the operation's
/// `list_limits`): Samsara would answer 400, after spending a request of the
/// budget.
fn check_list_limits(url: &reqwest::Url, limits: &[(&str, usize)]) -> Result<(), String> {
    for (parameter, max) in limits {
        let count = url
            .query_pairs()
            .filter(|(key, _)| key == parameter)
            .count();
        if count > *max {
            return Err(format!(
                "{parameter} has {count} values; Samsara takes at most {max} per request (split the list into batches; `samsara::lookup` does so for lookups by id)"
            ));
        }
    }
    Ok(())
}

/// Sends the operation's time parameters (`times`, its `date_times`) with
/// millisecond precision, Samsara's documented one, rounded down:
/// `2026-12-07T18:27:17.415183692Z` goes as `2026-12-07T18:27:17.415Z`
/// (serde would send chrono's nine digits). An `endTime` rounds down with
/// the window's checkpoint (`crate::pagination`), so nothing falls between
/// two windows. A value that is not RFC 3339 is left for the server to
/// refuse.
fn millisecond_times(url: &mut reqwest::Url, times: &[&str]) {
    use chrono::{SecondsFormat, SubsecRound};
    if times.is_empty() || !url.query_pairs().any(|(k, _)| times.contains(&k.as_ref())) {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(key, value)| {
            let value = match chrono::DateTime::parse_from_rfc3339(&value) {
                Ok(time) if times.contains(&key.as_ref()) => time
                    .with_timezone(&chrono::Utc)
                    .trunc_subsecs(3)
                    .to_rfc3339_opts(SecondsFormat::AutoSi, true),
                _ => value.into_owned(),
            };
            (key.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

/// Rewrites `ids=a&ids=b` into `ids=a,b` for the operation's `explode: false`
/// parameters (`joined`, its `comma_joined`; progenitor always repeats the
/// key). Other pairs keep their order.
///
/// Every name and value is percent-encoded (`application/x-www-form-urlencoded`:
/// `%` → `%25`, `+` → `%2B`, `:` → `%3A`, `@` → `%40`, space → `+`…), so the
/// server decodes exactly the original strings; only the joining commas are
/// literal. An item that itself contains `,` would be split by the server,
/// so it is refused: the error names the parameter and the character.
fn join_comma_query(url: &mut reqwest::Url, joined: &[&str]) -> Result<(), String> {
    if joined.is_empty() {
        return Ok(());
    }
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    if !pairs.iter().any(|(k, _)| joined.contains(&k.as_str())) {
        return Ok(());
    }
    if let Some((key, value)) = pairs
        .iter()
        .find(|(k, v)| v.contains(',') && joined.contains(&k.as_str()))
    {
        return Err(format!(
            "query parameter `{key}`: the item {value:?} contains ',', which separates the items of this comma-joined list, so Samsara would read it as several ids"
        ));
    }
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in pairs {
        match out
            .iter_mut()
            .find(|(k, _)| *k == key && joined.contains(&key.as_str()))
        {
            Some((_, values)) => values.push(value),
            None => out.push((key, vec![value])),
        }
    }
    let query = out
        .iter()
        .map(|(key, values)| {
            let values: Vec<String> = values
                .iter()
                .map(|v| form_urlencoded::byte_serialize(v.as_bytes()).collect())
                .collect();
            format!(
                "{}={}",
                form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>(),
                values.join(",")
            )
        })
        .collect::<Vec<_>>()
        .join("&");
    url.set_query(Some(&query));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(name: &str) -> &'static crate::operations::Operation {
        crate::operations::find(name).unwrap()
    }

    #[test]
    fn path_parameters_round_trip_and_dot_segments_are_refused() {
        let base = reqwest::Url::parse("https://api.samsara.com/prefix").unwrap();
        for id in [
            "23918",
            "payroll:emp 42/ä%+?#",
            r"a\b",
            "k:..",
            "%2E%2E",
            "...",
        ] {
            let url = base
                .join(&format!("/prefix/webhooks/{}", encode_path(id)))
                .unwrap();
            assert_eq!(check_path(&url, "/webhooks/{id}"), Ok(()), "{id}");
            let sent = url.path_segments().unwrap().next_back().unwrap();
            let received = percent_encoding::percent_decode_str(sent)
                .decode_utf8()
                .unwrap();
            assert_eq!(received, id, "{url}");
        }
        for id in ["", ".", ".."] {
            let url = reqwest::Url::parse(&format!(
                "https://api.samsara.com/webhooks/{}",
                encode_path(id)
            ))
            .unwrap();
            let err = check_path(&url, "/webhooks/{id}").unwrap_err();
            assert!(err.contains("cannot be sent"), "{id:?}: {err}");
        }
        assert_eq!(encode_path("payroll:P42"), "payroll:P42");
    }

    #[test]
    fn list_limits_come_from_the_spec() {
        let url = |n: usize| {
            let ids: Vec<String> = (0..n).map(|i| format!("ids={i}")).collect();
            reqwest::Url::parse(&format!("http://h/x?{}", ids.join("&"))).unwrap()
        };
        assert!(check_list_limits(&url(100), op("get_work_orders").list_limits).is_ok());
        let err = check_list_limits(&url(101), op("get_work_orders").list_limits).unwrap_err();
        assert!(
            err.contains("ids has 101 values") && err.contains("at most 100"),
            "{err}"
        );
        let assets: Vec<String> = (0..51).map(|i| format!("assetIds={i}")).collect();
        let url = reqwest::Url::parse(&format!("http://h/x?{}", assets.join("&"))).unwrap();
        let err = check_list_limits(&url, op("stream_work_orders").list_limits).unwrap_err();
        assert!(
            err.contains("assetIds has 51 values") && err.contains("at most 50"),
            "{err}"
        );
    }

    #[test]
    fn times_go_with_milliseconds_rounded_down_and_other_pairs_unchanged() {
        let mut url = reqwest::Url::parse(
            "https://x/s?startTime=2026-12-07T18%3A27%3A17.415183692Z&ids=a&endTime=2026-12-07T18%3A27%3A18Z&note=2026-12-07T18%3A27%3A17.415183692Z",
        )
        .unwrap();
        millisecond_times(&mut url, &["startTime", "endTime"]);
        let pairs: Vec<_> = url.query_pairs().into_owned().collect();
        let want = [
            ("startTime", "2026-12-07T18:27:17.415Z"),
            ("ids", "a"),
            ("endTime", "2026-12-07T18:27:18Z"),
            ("note", "2026-12-07T18:27:17.415183692Z"),
        ];
        assert_eq!(
            pairs,
            want.map(|(k, v)| (k.to_owned(), v.to_owned())).to_vec()
        );
        let op = crate::operations::find("stream_work_orders").unwrap();
        assert_eq!(op.date_times, ["startTime", "endTime"]);
    }

    #[test]
    fn repeated_keys_become_one_comma_joined_value() {
        let mut url = reqwest::Url::parse("http://h/qualification-records/stream?entityType=worker&ownerIds=a&ownerIds=vin%3A1&startTime=x&ownerIds=c").unwrap();
        join_comma_query(
            &mut url,
            op("get_qualification_records_stream").comma_joined,
        )
        .unwrap();
        assert_eq!(
            url.query(),
            Some("entityType=worker&ownerIds=a,vin%3A1,c&startTime=x")
        );
    }

    #[test]
    fn exploded_operations_are_left_alone() {
        let mut url = reqwest::Url::parse("http://h/maintenance/work-orders?ids=a&ids=b").unwrap();
        join_comma_query(&mut url, op("get_work_orders").comma_joined).unwrap();
        assert_eq!(url.query(), Some("ids=a&ids=b"));
        let mut url = reqwest::Url::parse("http://h/maintenance/work-orders?ids=a%2Cb").unwrap();
        join_comma_query(&mut url, op("get_work_orders").comma_joined).unwrap();
        assert_eq!(
            url.query(),
            Some("ids=a%2Cb"),
            "a comma is fine when the key repeats"
        );
    }

    #[test]
    fn joined_items_decode_to_exactly_the_original() {
        let items = [
            "samsara.vin:1HGCM82633A004352",
            "payroll:emp_42-a%2B+x@corp.example",
            "k:a b&c=d/e?f#g;h",
            "clé:été",
            "281474",
        ];
        let mut url = reqwest::Url::parse("http://h/qualification-records").unwrap();
        url.query_pairs_mut()
            .extend_pairs(items.iter().map(|i| ("ids", *i)));
        join_comma_query(&mut url, op("get_qualification_records").comma_joined).unwrap();
        let query = url.query().unwrap().to_owned();
        assert!(
            query.contains("payroll%3Aemp_42-a%252B%2Bx%40corp.example"),
            "{query}"
        );
        // Decode then split (one `ids` value) …
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs.len(), 1, "{query}");
        assert_eq!(pairs[0].0, "ids");
        assert_eq!(pairs[0].1.split(',').collect::<Vec<_>>(), items);
        // … or split then decode: the same items either way.
        let raw = query.strip_prefix("ids=").unwrap();
        let decoded: Vec<String> = raw
            .split(',')
            .map(|item| {
                form_urlencoded::parse(format!("x={item}").as_bytes())
                    .next()
                    .unwrap()
                    .1
                    .into_owned()
            })
            .collect();
        assert_eq!(decoded, items);
    }

    #[test]
    fn a_comma_inside_a_joined_item_is_refused() {
        let mut url = reqwest::Url::parse(
            "http://h/qualification-records/stream?entityType=worker&ownerIds=a&ownerIds=payroll%3AP%2C42",
        )
        .unwrap();
        let before = url.clone();
        let err = join_comma_query(
            &mut url,
            op("get_qualification_records_stream").comma_joined,
        )
        .unwrap_err();
        assert!(err.contains("`ownerIds`") && err.contains("','"), "{err}");
        assert!(err.contains("payroll:P,42"), "{err}");
        assert_eq!(url, before, "the URL is left untouched");
    }
}
