//! The webhook management operations through the typed client (`.send()`,
//! `.items()`) and raw HTTP: ids in the path round-trip, PATCH is a JSON
//! merge patch, creates are validated.

use crate::common;

use base64::Engine as _;
use common::{Harness, quiet};
use futures::TryStreamExt as _;
use reqwest::Method;
use samsara::Paginate as _;
use samsara::types::{
    CustomHeader, Webhook, WebhookCreate, WebhookEventType, WebhookPatch, WebhookPatchName,
    WebhookVersion,
};
use serde_json::{Value, json};

fn header(key: &str, value: &str) -> CustomHeader {
    CustomHeader {
        key: key.parse().unwrap(),
        value: value.to_owned(),
    }
}

async fn create(client: &samsara::Client, name: &str) -> Webhook {
    client
        .post_webhooks()
        .body(
            WebhookCreate::builder()
                .name(name)
                .url("http://127.0.0.1:9/hooks/samsara")
                .event_types(vec![WebhookEventType::WorkOrderCreatedOrChanged])
                .custom_headers(vec![
                    header("X-Tenant", "t1"),
                    header("Authorization", "Bearer abc"),
                ]),
        )
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_webhook_is_created_read_listed_patched_and_deleted_through_the_client() {
    let h = Harness::start(quiet(5)).await;
    let client = common::unpaced_client(&h.server);

    let first = create(&client, "first").await;
    assert_eq!(
        first.id, "23918",
        "the documentation's example id comes first"
    );
    assert_eq!(first.name, "first");
    assert_eq!(first.url, "http://127.0.0.1:9/hooks/samsara");
    assert_eq!(
        first.version,
        WebhookVersion::V20180101,
        "the default version"
    );
    assert_eq!(
        first.event_types,
        Some(vec![WebhookEventType::WorkOrderCreatedOrChanged])
    );
    assert_eq!(first.custom_headers.as_ref().map(Vec::len), Some(2));
    let key = base64::engine::general_purpose::STANDARD
        .decode(first.secret_key.expose())
        .unwrap();
    assert_eq!(key.len(), 32, "32 bytes, standard Base64");
    assert!(first.secret_key.verifier().is_ok());

    let mut all = vec![first.clone()];
    for i in 1..7 {
        all.push(create(&client, &format!("hook {i}")).await);
    }
    let secrets: std::collections::BTreeSet<&str> =
        all.iter().map(|w| w.secret_key.expose()).collect();
    assert_eq!(secrets.len(), 7, "every webhook has its own secret");

    let got = client
        .get_webhook()
        .id(first.id.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(got, first);

    // `.items()` walks every page (3 a page).
    let listed: Vec<Webhook> = client
        .list_webhooks()
        .limit(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed, all, "all of them, in id order");
    let page = client.list_webhooks().limit(3).send().await.unwrap();
    assert_eq!(page.data.len(), 3);
    assert!(page.pagination.has_next_page);
    let some = client
        .list_webhooks()
        .ids(format!("{},{}", all[2].id, all[5].id))
        .send()
        .await
        .unwrap();
    assert_eq!(some.data, [all[2].clone(), all[5].clone()]);

    let patched = client
        .patch_webhook()
        .id(first.id.clone())
        .body(
            WebhookPatch::builder()
                .name(Some("renamed".parse::<WebhookPatchName>().unwrap()))
                .version(WebhookVersion::V20240227),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(patched.name, "renamed");
    assert_eq!(patched.version, WebhookVersion::V20240227);
    assert_eq!(
        (
            patched.url.as_str(),
            &patched.custom_headers,
            &patched.secret_key
        ),
        (first.url.as_str(), &first.custom_headers, &first.secret_key),
        "members not sent are unchanged"
    );
    assert_eq!(
        client
            .get_webhook()
            .id(first.id.clone())
            .send()
            .await
            .unwrap(),
        patched
    );

    client
        .delete_webhook()
        .id(first.id.clone())
        .send()
        .await
        .unwrap();
    let e = client
        .get_webhook()
        .id(first.id.clone())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let e = client
        .delete_webhook()
        .id(first.id.clone())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let left: Vec<Webhook> = client.list_webhooks().items().try_collect().await.unwrap();
    assert_eq!(left.len(), 6);
}

/// An id with a space, `/`, non-ASCII, `%`, `+`, `?` and `#`: the client
/// percent-encodes it into one path segment, the server decodes it once.
const AWKWARD_ID: &str = "payroll:emp 42/ä%+?#\\ ..";

#[tokio::test]
async fn a_path_id_round_trips_percent_encoded() {
    let h = Harness::start(quiet(5)).await;
    let client = common::unpaced_client(&h.server);
    let expected = format!("webhook {AWKWARD_ID:?}");

    let message = |e: samsara::Error| match e {
        samsara::Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 404);
            api.message.unwrap_or_default()
        }
        other => panic!("not an API error: {other}"),
    };
    let get = client
        .get_webhook()
        .id(AWKWARD_ID)
        .send()
        .await
        .unwrap_err();
    assert!(message(get).contains(&expected));
    let patch = client
        .patch_webhook()
        .id(AWKWARD_ID)
        .body(WebhookPatch::builder().name(Some("x".parse::<WebhookPatchName>().unwrap())))
        .send()
        .await
        .unwrap_err();
    assert!(message(patch).contains(&expected));
    let delete = client
        .delete_webhook()
        .id(AWKWARD_ID)
        .send()
        .await
        .unwrap_err();
    assert!(message(delete).contains(&expected));

    // A `\` alone (URLs read it as `/`) round-trips; `.` and `..` cannot be
    // carried in a URL path and are refused before sending.
    let backslash = client.get_webhook().id(r"a\b").send().await.unwrap_err();
    assert!(message(backslash).contains(r#"webhook "a\\b""#));
    for dots in [".", ".."] {
        match client.get_webhook().id(dots).send().await {
            Err(samsara::Error::InvalidInput(why)) => {
                assert!(why.contains("cannot be sent"), "{why}")
            }
            other => panic!("{dots:?}: {other:?}"),
        }
    }

    // The server's side of it, raw: `%2F` is a `/` inside the id, a bare
    // `/` another segment (no such path), `+` stays `+`.
    let encoded = h.get("getWebhook", "/webhooks/a%2Fb+c%25").await;
    assert_eq!(encoded.status, 404);
    assert!(
        encoded.message().contains(r#"webhook "a/b+c%""#),
        "{}",
        encoded.message()
    );
    let split = h.raw_get("/webhooks/a/b").await;
    assert_eq!(split.status, 404);
    assert!(
        split.message().contains("no endpoint"),
        "{}",
        split.message()
    );
    let not_utf8 = h.get("getWebhook", "/webhooks/%FF").await;
    assert_eq!(not_utf8.status, 400);
    assert!(not_utf8.message().contains("id"), "{}", not_utf8.message());

    // And a real id comes back exactly.
    let hook = create(&client, "plain").await;
    assert_eq!(
        client
            .get_webhook()
            .id(hook.id.clone())
            .send()
            .await
            .unwrap()
            .id,
        hook.id
    );
}

#[tokio::test]
async fn patch_is_a_json_merge_patch() {
    let h = Harness::start(quiet(5)).await;
    let client = common::unpaced_client(&h.server);
    let hook = create(&client, "merge").await;
    let path = format!("/webhooks/{}", hook.id);

    // An array sent replaces the stored one whole.
    let replaced = client
        .patch_webhook()
        .id(hook.id.clone())
        .body(WebhookPatch::builder().custom_headers(vec![header("X-Other", "2")]))
        .send()
        .await
        .unwrap();
    assert_eq!(replaced.custom_headers, Some(vec![header("X-Other", "2")]));
    assert_eq!(replaced.name, "merge");

    // `null` removes an optional member (the typed body cannot send `null`:
    // raw HTTP); members left out stay.
    let removed = h
        .call(
            "patchWebhook",
            Method::PATCH,
            &path,
            Some(&json!({"customHeaders": null})),
        )
        .await;
    assert_eq!(removed.status, 200, "{}", removed.text);
    assert!(
        removed.json.get("customHeaders").is_none(),
        "{}",
        removed.text
    );
    assert_eq!(removed.json["name"], "merge");
    assert_eq!(
        removed.json["eventTypes"],
        json!(["WorkOrderCreatedOrChanged"])
    );

    // An empty array is a value like any other.
    let emptied = h
        .call(
            "patchWebhook",
            Method::PATCH,
            &path,
            Some(&json!({"customHeaders": []})),
        )
        .await;
    assert_eq!(emptied.json["customHeaders"], json!([]));

    // Refused, and nothing changes: a required member removed, a member the
    // patch cannot change, an invalid result.
    let before = h.get("getWebhook", &path).await.json;
    for (body, names) in [
        (json!({"name": null}), "name"),
        (json!({"url": null}), "url"),
        (json!({"eventTypes": ["FormSubmitted"]}), "eventTypes"),
        (json!({"secretKey": "c2VjcmV0"}), "secretKey"),
        (json!({"id": "1"}), "id"),
        (json!({"url": "ftp://example.com/x"}), "url"),
        (json!({"version": "2019-01-01"}), "version"),
        (
            json!({"name": "ok", "customHeaders": [{"key": "a b", "value": "v"}]}),
            "customHeaders[0].key",
        ),
        (json!([1, 2]), "body"),
    ] {
        let r = h
            .call("patchWebhook", Method::PATCH, &path, Some(&body))
            .await;
        assert_eq!(r.status, 400, "{body}: {}", r.text);
        assert!(
            r.message().contains(&format!("parameter: {names}")),
            "{body}: {}",
            r.message()
        );
    }
    assert_eq!(h.get("getWebhook", &path).await.json, before);
}

#[tokio::test]
async fn creates_are_validated_and_event_types_are_open() {
    let h = Harness::start(quiet(5)).await;
    let post = |body: Value| {
        let h = &h;
        async move {
            h.call("postWebhooks", Method::POST, "/webhooks", Some(&body))
                .await
        }
    };
    let ok = json!({"name": "n", "url": "https://hooks.example.com/samsara"});
    let with = |member: &str, value: Value| {
        let mut body = ok.clone();
        body[member] = value;
        body
    };
    let six: Vec<Value> = (0..6)
        .map(|i| json!({"key": format!("X-H{i}"), "value": "v"}))
        .collect();
    let long_url = format!("https://hooks.example.com/{}", "a".repeat(2047));
    for (body, name, detail) in [
        (
            json!({"url": "https://hooks.example.com/x"}),
            "name",
            "required",
        ),
        (json!({"name": "n"}), "url", "required"),
        (with("url", json!(long_url)), "url", "2047"),
        (with("url", json!("mailto:ops@example.com")), "url", "http"),
        (with("url", json!("not a url")), "url", "http"),
        (with("name", json!("")), "name", "255"),
        (with("name", json!("n".repeat(256))), "name", "255"),
        (
            with("customHeaders", json!(six)),
            "customHeaders",
            "at most 5",
        ),
        (
            with("version", json!("2025-01-01")),
            "version",
            "2024-02-27",
        ),
        (
            with("eventTypes", json!("WorkOrderCreatedOrChanged")),
            "eventTypes",
            "array",
        ),
        (
            with("secretKey", json!("c2VjcmV0")),
            "secretKey",
            "not a member",
        ),
    ] {
        let r = post(body.clone()).await;
        assert_eq!(r.status, 400, "{body}: {}", r.text);
        let m = r.message();
        assert!(
            m.contains(&format!("parameter: {name}")) && m.contains(detail),
            "{body}: {m}"
        );
    }
    assert!(
        h.drain("listWebhooks", "/webhooks").await.is_empty(),
        "nothing was created"
    );

    // Event types Samsara has not documented (yet) are kept as sent (and
    // so echoed off-spec: raw HTTP).
    let open = h
        .raw(
            Method::POST,
            "/webhooks",
            Some(&with(
                "eventTypes",
                json!(["SomethingNew", "WorkOrderCreatedOrChanged"]),
            )),
        )
        .await;
    assert_eq!(open.status, 200, "{}", open.text);
    assert_eq!(
        open.json["eventTypes"],
        json!(["SomethingNew", "WorkOrderCreatedOrChanged"])
    );
    assert_eq!(open.json["version"], "2018-01-01");
    let five: Vec<Value> = (0..5)
        .map(|i| json!({"key": format!("X-H{i}"), "value": "v"}))
        .collect();
    let max = post(with("customHeaders", json!(five))).await;
    assert_eq!(max.status, 200, "{}", max.text);
    let exact = format!(
        "https://h.example/{}",
        "a".repeat(2047 - "https://h.example/".len())
    );
    assert_eq!(
        post(with("url", json!(exact))).await.status,
        200,
        "2047 characters fit"
    );
}
