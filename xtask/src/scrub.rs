//! Removing secrets and personal data from recorded bodies before they are
//! written as fixtures.
//!
//! - the API token, wherever it appears, and any member named like a
//!   credential (`token`, `apiKey`, `password`, …) → `"REDACTED"`;
//! - signed URLs (a query with `X-Amz-Signature`, `Signature`, `token`, …) →
//!   the URL without its query and fragment;
//! - person names: the `name` of a `person` object or of any object with an
//!   `entryType` (tracked and untracked people), and the text value of a
//!   qualification field whose label mentions a name → `"REDACTED"`.

use serde_json::{Map, Value};

/// What replaces a removed value.
pub const REDACTED: &str = "REDACTED";

/// Query parameters that make a URL a credential (compared lower-case).
const SIGNING_PARAMS: &[&str] = &[
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "x-goog-credential",
    "signature",
    "sig",
    "token",
    "access_token",
    "auth",
    "key",
    "apikey",
    "api_key",
    "key-pair-id",
    "policy",
];

/// Member names whose string values are credentials (compared lower-case,
/// without `_` and `-`).
const SECRET_MEMBERS: &[&str] = &[
    "authorization",
    "token",
    "accesstoken",
    "refreshtoken",
    "apikey",
    "apitoken",
    "secret",
    "secretkey",
    "clientsecret",
    "password",
];

/// Scrubs bodies; counts what it replaced.
#[derive(Debug, Clone, Default)]
pub struct Scrubber {
    secrets: Vec<String>,
    /// Values replaced so far.
    pub replaced: usize,
}

impl Scrubber {
    /// A scrubber that also removes each of `secrets` (e.g. the API token)
    /// from every string.
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Scrubber {
        Scrubber {
            secrets: secrets.into_iter().filter(|s| !s.is_empty()).collect(),
            replaced: 0,
        }
    }

    /// Scrubs `value` in place.
    pub fn scrub(&mut self, value: &mut Value) {
        match value {
            Value::Object(map) => self.scrub_object(map),
            Value::Array(items) => items.iter_mut().for_each(|v| self.scrub(v)),
            Value::String(s) => self.scrub_string(s),
            _ => {}
        }
    }

    fn scrub_object(&mut self, map: &mut Map<String, Value>) {
        let is_person = map.contains_key("entryType");
        let names_a_person = map
            .get("label")
            .and_then(Value::as_str)
            .is_some_and(|l| l.to_lowercase().contains("name"));
        for (key, value) in map.iter_mut() {
            let normalised = key.to_lowercase().replace(['_', '-'], "");
            if value.is_string()
                && (SECRET_MEMBERS.contains(&normalised.as_str()) || (is_person && key == "name"))
            {
                self.redact(value);
                continue;
            }
            if key == "person"
                && let Some(person) = value.as_object_mut()
                && let Some(name) = person.get_mut("name")
                && name.is_string()
            {
                self.redact(name);
            }
            if names_a_person
                && key == "textValue"
                && let Some(text) = value.get_mut("value")
                && text.is_string()
            {
                self.redact(text);
            }
            self.scrub(value);
        }
    }

    fn redact(&mut self, value: &mut Value) {
        if value.as_str() != Some(REDACTED) {
            *value = Value::String(REDACTED.to_owned());
            self.replaced += 1;
        }
    }

    fn scrub_string(&mut self, s: &mut String) {
        for secret in &self.secrets {
            if s.contains(secret.as_str()) {
                *s = s.replace(secret.as_str(), REDACTED);
                self.replaced += 1;
            }
        }
        if let Some(unsigned) = unsigned_url(s) {
            *s = unsigned;
            self.replaced += 1;
        }
    }
}

/// The URL without query and fragment, if `s` is an http(s) URL whose query
/// carries a signature or credential.
pub fn unsigned_url(s: &str) -> Option<String> {
    if !(s.starts_with("http://") || s.starts_with("https://")) {
        return None;
    }
    let mut url = url::Url::parse(s).ok()?;
    let signed = url
        .query_pairs()
        .any(|(k, _)| SIGNING_PARAMS.contains(&k.to_lowercase().as_str()));
    if !signed {
        return None;
    }
    url.set_query(None);
    url.set_fragment(None);
    Some(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scrubbed(mut v: Value, secrets: &[&str]) -> (Value, usize) {
        let mut s = Scrubber::new(secrets.iter().map(|s| (*s).to_owned()));
        s.scrub(&mut v);
        (v, s.replaced)
    }

    #[test]
    fn signed_urls_lose_their_query() {
        let url = "https://samsara-forms.s3.us-west-2.amazonaws.com/org/1/photo.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20250101&X-Amz-Signature=deadbeef#frag";
        let (v, n) = scrubbed(json!({"mediaList": [{"url": url, "id": "m1"}]}), &[]);
        assert_eq!(
            v,
            json!({"mediaList": [{"url": "https://samsara-forms.s3.us-west-2.amazonaws.com/org/1/photo.jpg", "id": "m1"}]})
        );
        assert_eq!(n, 1);
        assert_eq!(
            unsigned_url("https://cdn.example/a.pdf?Signature=x&Expires=1&Key-Pair-Id=k")
                .as_deref(),
            Some("https://cdn.example/a.pdf")
        );
        assert_eq!(
            unsigned_url("https://x.example/f?token=abc").as_deref(),
            Some("https://x.example/f")
        );
    }

    #[test]
    fn unsigned_urls_and_plain_strings_are_kept() {
        let v = json!({"url": "https://example.com/part?id=7", "note": "see ?token=x", "n": 3});
        assert_eq!(scrubbed(v.clone(), &[]), (v, 0));
    }

    #[test]
    fn person_names_are_redacted_tracked_or_not() {
        let v = json!({"personValue": {"person": {"entryType": "untracked", "name": "Jane Roe"}},
                       "other": {"person": {"name": "John Doe", "polymorphicUserId": {"id": "1", "type": "driver"}}},
                       "maintenanceSite": {"name": "North Yard"},
                       "qualificationType": {"name": "Driver License"}});
        let (v, n) = scrubbed(v, &[]);
        assert_eq!(v["personValue"]["person"]["name"], "REDACTED");
        assert_eq!(v["other"]["person"]["name"], "REDACTED");
        assert_eq!(v["maintenanceSite"]["name"], "North Yard");
        assert_eq!(v["qualificationType"]["name"], "Driver License");
        assert_eq!(n, 2);
    }

    #[test]
    fn text_fields_labelled_as_names_are_redacted() {
        let v = json!({"fields": [
            {"id": "f1", "type": "text", "label": "Full Name", "textValue": {"value": "Jane Roe"}},
            {"id": "f2", "type": "text", "label": "License Class", "textValue": {"value": "A"}}]});
        let (v, _) = scrubbed(v, &[]);
        assert_eq!(v["fields"][0]["textValue"]["value"], "REDACTED");
        assert_eq!(v["fields"][1]["textValue"]["value"], "A");
    }

    #[test]
    fn tokens_and_credential_members_are_redacted() {
        let v = json!({"echo": "Bearer samsara_api_SECRET123", "apiKey": "k-1", "access_token": "t",
                       "nested": [{"password": "p"}], "tokenCount": 3});
        let (v, n) = scrubbed(v, &["samsara_api_SECRET123"]);
        assert_eq!(
            v,
            json!({"echo": "Bearer REDACTED", "apiKey": "REDACTED", "access_token": "REDACTED",
                   "nested": [{"password": "REDACTED"}], "tokenCount": 3})
        );
        assert_eq!(n, 4);
    }

    #[test]
    fn scrubbing_twice_changes_nothing_more() {
        let v = json!({"person": {"name": "Jane"}, "url": "https://x.example/a?sig=1"});
        let (once, _) = scrubbed(v, &[]);
        assert_eq!(scrubbed(once.clone(), &[]), (once, 0));
    }
}
