//! Secrets out of kept bodies: a raw body an error keeps
//! ([`Error::UnreadableSuccess`](crate::Error::UnreadableSuccess),
//! [`Error::Record`](crate::Error::Record)) has the values of the spec's
//! secret members (`crate::generated::SECRET_MEMBERS`, derived from the
//! spec: e.g. a webhook's `secretKey`) replaced by `"[redacted]"`, so that
//! no secret reaches `Debug`, a log or an error message.

use serde_json::Value;

/// What replaces a secret's value.
pub(crate) const REDACTED: &str = "[redacted]";

/// `raw` with every secret member's value redacted. A body that names no
/// secret member is returned as it is (the common case costs one scan). A
/// body that names one but is not JSON is cut before the first such name.
pub(crate) fn redact(raw: &str) -> String {
    redact_members(raw, crate::generated::SECRET_MEMBERS)
}

fn redact_members(raw: &str, members: &[&str]) -> String {
    let Some(first) = members.iter().find(|m| raw.contains(&format!("\"{m}\""))) else {
        return raw.to_owned();
    };
    match serde_json::from_str::<Value>(raw) {
        Ok(mut value) => {
            scrub(&mut value, members);
            value.to_string()
        }
        Err(_) => {
            let cut = raw.find(&format!("\"{first}\"")).unwrap_or(0);
            format!("{}…{REDACTED}", &raw[..cut])
        }
    }
}

fn scrub(value: &mut Value, members: &[&str]) {
    match value {
        Value::Object(map) => {
            for (name, member) in map.iter_mut() {
                if members.contains(&name.as_str()) && !member.is_null() {
                    *member = Value::String(REDACTED.to_owned());
                } else {
                    scrub(member, members);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| scrub(v, members)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_members_are_redacted_wherever_they_are() {
        let raw = r#"{"data":[{"id":"1","secretKey":"c2VjcmV0"},{"id":"2","secretKey":null}],"secretKey":5}"#;
        let out = redact_members(raw, &["secretKey"]);
        assert!(!out.contains("c2VjcmV0"), "{out}");
        assert_eq!(
            serde_json::from_str::<Value>(&out).unwrap(),
            serde_json::json!({"data": [{"id": "1", "secretKey": REDACTED}, {"id": "2", "secretKey": null}], "secretKey": REDACTED})
        );
    }

    #[test]
    fn bodies_without_a_secret_are_kept_byte_for_byte_and_broken_ones_cut() {
        let raw = r#"{"id": "1",  "name":"x"}"#;
        assert_eq!(redact_members(raw, &["secretKey"]), raw);
        let broken = r#"{"id":"1","secretKey":"c2VjcmV0", oops"#;
        assert_eq!(
            redact_members(broken, &["secretKey"]),
            r#"{"id":"1",…[redacted]"#
        );
    }

    #[test]
    fn the_spec_names_the_webhook_secret() {
        assert!(crate::generated::SECRET_MEMBERS.contains(&"secretKey"));
    }
}
