//! Compression: a response is compressed with what the request's
//! `Accept-Encoding` asks for (gzip, as Samsara serves, br, zstd, deflate),
//! and plain when it asks for nothing; the body inflates to the same page.

use crate::common;

use common::quiet;
use samsara_mock::MockServer;
use serde_json::Value;

const PAGE: &str = "/qualification-records/stream?entityType=worker&startTime=2024-01-01T00:00:00Z&endTime=2030-01-01T00:00:00Z&limit=512";

/// What a response looked like on the wire: `Content-Encoding`,
/// `Content-Length`, and the body as sent.
struct Wire {
    encoding: Option<String>,
    length: Option<String>,
    body: Vec<u8>,
}

/// GETs `path` with `accept` as `Accept-Encoding` (none for `None`), with a
/// client that decompresses nothing.
async fn wire(server: &MockServer, path: &str, accept: Option<&str>) -> Wire {
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .build()
        .unwrap();
    let mut request = raw
        .get(format!("{}{path}", server.url()))
        .bearer_auth(server.token());
    if let Some(accept) = accept {
        request = request.header("accept-encoding", accept);
    }
    let response = request.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let (encoding, length) = (header("content-encoding"), header("content-length"));
    Wire {
        encoding,
        length,
        body: response.bytes().await.unwrap().to_vec(),
    }
}

/// The page's records, fetched by a client that decompresses what it is sent.
async fn records(server: &MockServer, accept: &str) -> Value {
    let decoding = reqwest::Client::new();
    let body: Value = decoding
        .get(format!("{}{PAGE}", server.url()))
        .bearer_auth(server.token())
        .header("accept-encoding", accept)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].clone()
}

#[tokio::test]
async fn pages_are_compressed_as_the_request_asks_and_plain_otherwise() {
    let server = MockServer::start(quiet(600)).await.unwrap();
    let plain = wire(&server, PAGE, None).await;
    assert_eq!(plain.encoding, None);
    assert_eq!(plain.length, Some(plain.body.len().to_string()));
    let data = serde_json::from_slice::<Value>(&plain.body).unwrap()["data"].clone();
    assert!(
        data.as_array().unwrap().len() > 100,
        "a page of worker records"
    );
    for coding in ["gzip", "br", "zstd", "deflate"] {
        let sent = wire(&server, PAGE, Some(coding)).await;
        assert_eq!(sent.encoding.as_deref(), Some(coding));
        assert!(
            sent.body.len() * 3 < plain.body.len(),
            "{coding}: {} of {} bytes",
            sent.body.len(),
            plain.body.len()
        );
    }
    for coding in ["gzip", "br", "zstd"] {
        assert_eq!(
            records(&server, coding).await,
            data,
            "{coding} inflates to the page"
        );
    }
    // Refused codings and q=0 are honoured.
    let refused = wire(&server, PAGE, Some("gzip;q=0, identity")).await;
    assert_eq!(refused.encoding, None);
    // Samsara's client asks for several: the server's preference wins.
    let several = wire(&server, PAGE, Some("gzip, br, zstd")).await;
    assert_eq!(several.encoding.as_deref(), Some("zstd"));
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_gzip_only_server_answers_gzip_and_an_uncompressing_one_plain() {
    use samsara_mock::Compression;
    let gzip_only = MockServer::start(quiet(600).compression(Compression::Gzip))
        .await
        .unwrap();
    let sent = wire(&gzip_only, PAGE, Some("zstd, gzip, br")).await;
    assert_eq!(sent.encoding.as_deref(), Some("gzip"));
    assert_eq!(
        wire(&gzip_only, PAGE, Some("zstd, br")).await.encoding,
        None
    );
    let off = MockServer::start(quiet(600).compression(Compression::Off))
        .await
        .unwrap();
    let sent = wire(&off, PAGE, Some("zstd, gzip, br")).await;
    assert_eq!(sent.encoding, None);
    assert_eq!(sent.length, Some(sent.body.len().to_string()));
    // The realistic profile answers as a gzip-only server does.
    let realistic = MockServer::start(samsara_mock::MockConfig::realistic().records(600))
        .await
        .unwrap();
    let sent = wire(&realistic, PAGE, Some("zstd, gzip, br")).await;
    assert_eq!(sent.encoding.as_deref(), Some("gzip"));
    gzip_only.shutdown().await.unwrap();
    off.shutdown().await.unwrap();
    realistic.shutdown().await.unwrap();
}

#[tokio::test]
async fn error_answers_are_compressed_too_and_keep_their_headers() {
    let server = MockServer::start(quiet(5)).await.unwrap();
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let response = raw
        .get(format!("{}{PAGE}", server.url()))
        .bearer_auth("wrong-token")
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    server.shutdown().await.unwrap();
}
