//! The request hooks progenitor calls around every generated operation
//! (`pre`, then `exec`): authentication, version and user-agent headers, the
//! per-request timeout, and comma-joined query arrays.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue, USER_AGENT};
use secrecy::ExposeSecret;

use crate::client::{Client, Inner};
use crate::generated::COMMA_JOINED_QUERY;

/// Samsara's per-request API version header.
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("x-samsara-version");

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let inner = self.inner();
        set_headers(request.headers_mut(), inner).map_err(|what| {
            progenitor_client::Error::InvalidRequest(format!(
                "{what} is not a valid HTTP header value"
            ))
        })?;
        if request.timeout().is_none() {
            *request.timeout_mut() = Some(inner.timeout);
        }
        join_comma_query(request.url_mut(), info.operation_id);
        Ok(())
    }
}

fn set_headers(
    headers: &mut reqwest::header::HeaderMap,
    inner: &Inner,
) -> Result<(), &'static str> {
    // progenitor adds `api-version: <info.version>`; Samsara's header is X-Samsara-Version.
    headers.remove("api-version");
    let mut auth = HeaderValue::try_from(format!("Bearer {}", inner.token.expose_secret()))
        .map_err(|_| "the API token")?;
    auth.set_sensitive(true);
    headers.insert(AUTHORIZATION, auth);
    if let Some(version) = &inner.api_version {
        headers.insert(
            VERSION_HEADER,
            HeaderValue::try_from(version.as_str()).map_err(|_| "the API version")?,
        );
    }
    headers.insert(
        USER_AGENT,
        HeaderValue::try_from(inner.user_agent.as_str()).map_err(|_| "the user agent")?,
    );
    Ok(())
}

/// Rewrites `ids=a&ids=b` into `ids=a,b` for the operation's `explode: false`
/// parameters (progenitor always repeats the key). Other pairs keep their order.
pub(crate) fn join_comma_query(url: &mut reqwest::Url, operation_id: &str) {
    let Some((_, joined)) = COMMA_JOINED_QUERY
        .iter()
        .find(|(op, _)| *op == operation_id)
    else {
        return;
    };
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    if !pairs.iter().any(|(k, _)| joined.contains(&k.as_str())) {
        return;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_become_one_comma_joined_value() {
        let mut url = reqwest::Url::parse("http://h/qualification-records/stream?entityType=worker&ownerIds=a&ownerIds=vin%3A1&startTime=x&ownerIds=c").unwrap();
        join_comma_query(&mut url, "get_qualification_records_stream");
        assert_eq!(
            url.query(),
            Some("entityType=worker&ownerIds=a,vin%3A1,c&startTime=x")
        );
    }

    #[test]
    fn exploded_operations_are_left_alone() {
        let mut url = reqwest::Url::parse("http://h/maintenance/work-orders?ids=a&ids=b").unwrap();
        join_comma_query(&mut url, "get_work_orders");
        assert_eq!(url.query(), Some("ids=a&ids=b"));
    }
}
