//! Response compression and the body limit: the client asks for zstd, gzip
//! and br and decodes whatever coding HTTP allows (`GZIP`, `x-gzip`, gzip
//! of several members, stacked codings); a body over `max_body_size` bytes
//! (counted decompressed, so a decompression bomb is cut at the limit) is
//! `Error::ResponseTooLarge`; a body that does not decompress is a
//! permanent `Error::Decode`, one cut short a retried transport error; the
//! fake server compresses when asked.

use std::io::Write;
use std::sync::atomic::Ordering;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use samsara::client::DEFAULT_MAX_BODY_SIZE;
use samsara::{Client, Error, Paginate, RetryPolicy};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::raw::{chunks, http_reply, replying};
use crate::common::{self, create_work_order, get_work_orders, work_order};

const TOKEN: &str = "compression-token";

fn builder(url: &str) -> samsara::ClientBuilder {
    common::quick_client(TOKEN, url)
}

/// `GET /maintenance/work-orders` through a default client of `url`.
async fn fetch(url: &str) -> Result<samsara::types::WorkOrderPage, Error> {
    get_work_orders(&builder(url).build().unwrap()).await
}

/// A last page of `n` work orders, as JSON bytes.
fn page_of(n: usize) -> Vec<u8> {
    let orders: Vec<Value> = (0..n).map(|i| work_order(&i.to_string())).collect();
    serde_json::to_vec(
        &json!({"data": orders, "pagination": {"endCursor": "", "hasNextPage": false}}),
    )
    .unwrap()
}

fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(body).unwrap();
    encoder.finish().unwrap()
}

fn zstd(body: &[u8]) -> Vec<u8> {
    zstd::encode_all(body, 3).unwrap()
}

fn brotli(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        encoder.write_all(body).unwrap();
    }
    out
}

/// A 200 with `body` sent as is, labelled with `encoding`.
fn encoded(body: Vec<u8>, encoding: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_raw(body, "application/json")
        .insert_header("content-encoding", encoding)
}

async fn answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(template.clone())
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

fn accept_encoding(request: &wiremock::Request) -> Option<String> {
    request
        .headers
        .get("accept-encoding")
        .map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn the_client_asks_for_zstd_gzip_and_br() {
    let server = answering(common::one_order_page()).await;
    fetch(&server.uri()).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let asked = accept_encoding(&requests[0]).expect("an Accept-Encoding header");
    let codings: Vec<&str> = asked.split(',').map(str::trim).collect();
    for coding in ["gzip", "zstd", "br"] {
        assert!(codings.contains(&coding), "{coding} in {asked:?}");
    }
}

#[tokio::test]
async fn compression_off_asks_for_plain_bodies() {
    let server = answering(common::one_order_page()).await;
    let client = builder(&server.uri()).compression(false).build().unwrap();
    get_work_orders(&client).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(accept_encoding(&requests[0]).as_deref(), Some("identity"));
}

#[tokio::test]
async fn a_reqwest_client_given_to_the_builder_gets_the_same_compression() {
    // The crate asks and decodes itself, whatever the given client's own
    // decompression (reqwest's default, or none at all).
    let server = answering(encoded(gzip(&page_of(3)), "gzip")).await;
    for http in [
        reqwest::Client::new(),
        reqwest::Client::builder()
            .no_gzip()
            .no_zstd()
            .no_brotli()
            .no_deflate()
            .build()
            .unwrap(),
    ] {
        let client = builder(&server.uri()).http_client(http).build().unwrap();
        let page = get_work_orders(&client).await.unwrap();
        assert_eq!(page.data.len(), 3);
    }
    for request in server.received_requests().await.unwrap() {
        assert!(accept_encoding(&request).is_some_and(|a| a.contains("gzip")));
    }
    // `compression(false)` applies to a given client too.
    let server = answering(common::one_order_page()).await;
    let client = builder(&server.uri())
        .http_client(reqwest::Client::new())
        .compression(false)
        .build()
        .unwrap();
    get_work_orders(&client).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(accept_encoding(&requests[0]).as_deref(), Some("identity"));
}

#[tokio::test]
async fn a_compressed_answer_to_a_client_that_did_not_ask_is_decoded_anyway() {
    // Asked for plain bodies, a server (or proxy) that compresses anyway is
    // decoded all the same.
    let server = answering(encoded(gzip(&page_of(3)), "gzip")).await;
    let client = builder(&server.uri()).compression(false).build().unwrap();
    assert_eq!(get_work_orders(&client).await.unwrap().data.len(), 3);
}

#[tokio::test]
async fn gzip_in_any_spelling_and_of_several_members_is_decoded() {
    // Coding names are case-insensitive, `x-gzip` is gzip (RFC 9110
    // §8.4.1.3), and a gzip body may be several members back to back.
    let plain = page_of(40);
    let (first, second) = plain.split_at(plain.len() / 2);
    let members = [gzip(first), gzip(second)].concat();
    for (encoding, body) in [
        ("GZIP", gzip(&plain)),
        ("Gzip", gzip(&plain)),
        ("x-gzip", gzip(&plain)),
        ("gzip", members),
        ("gzip, identity", gzip(&plain)),
    ] {
        let server = answering(encoded(body, encoding)).await;
        let page = fetch(&server.uri())
            .await
            .unwrap_or_else(|e| panic!("{encoding}: {e}"));
        assert_eq!(page.data.len(), 40, "{encoding}");
    }
}

#[tokio::test]
async fn codings_stacked_over_two_header_lines_are_both_undone() {
    // gzip applied twice, one `Content-Encoding` line each.
    let body = gzip(&gzip(&page_of(3)));
    let reply = http_reply(
        &[
            ("content-encoding", "gzip"),
            ("content-encoding", "gzip"),
            ("content-length", &body.len().to_string()),
        ],
        &body,
    );
    let (url, _) = replying(reply).await;
    let page = fetch(&url).await.unwrap();
    assert_eq!(page.data.len(), 3);
}

#[tokio::test]
async fn gzip_zstd_and_br_bodies_are_decompressed_transparently() {
    let plain = page_of(300);
    for (encoding, body) in [
        ("gzip", gzip(&plain)),
        ("zstd", zstd(&plain)),
        ("br", brotli(&plain)),
    ] {
        assert!(body.len() * 4 < plain.len(), "{encoding} compresses");
        let server = answering(encoded(body, encoding)).await;
        let page = fetch(&server.uri())
            .await
            .unwrap_or_else(|e| panic!("{encoding}: {e}"));
        assert_eq!(page.data.len(), 300, "{encoding}");
        assert_eq!(page.data[299].id, "299", "{encoding}");
    }
}

#[tokio::test]
async fn a_decompression_bomb_is_cut_at_the_limit_and_not_retried() {
    // 64 MiB of JSON whitespace, gzipped to about 64 KB.
    let bomb = gzip(&vec![b' '; 64 << 20]);
    assert!(bomb.len() < 256 << 10, "{} bytes", bomb.len());
    let server = answering(encoded(bomb, "gzip")).await;
    let err = fetch(&server.uri()).await.unwrap_err();
    let Error::ResponseTooLarge {
        operation,
        status,
        limit,
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(operation, "get_work_orders");
    assert_eq!(*status, reqwest::StatusCode::OK);
    assert_eq!(*limit, DEFAULT_MAX_BODY_SIZE);
    assert_eq!(DEFAULT_MAX_BODY_SIZE, 16_777_216);
    let message = err.to_string();
    for part in [
        "get_work_orders",
        "larger than the client's limit of 16777216 bytes",
        "decompressed",
    ] {
        assert!(message.contains(part), "{part:?} in {message}");
    }
    assert!(!err.is_retryable());
    assert_eq!(err.status(), Some(reqwest::StatusCode::OK));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn the_limit_counts_decompressed_bytes() {
    let plain = page_of(50);
    let size = plain.len() as u64;
    let server = answering(encoded(gzip(&plain), "gzip")).await;
    let at_limit = builder(&server.uri()).max_body_size(size).build().unwrap();
    assert_eq!(get_work_orders(&at_limit).await.unwrap().data.len(), 50);
    // The compressed body is a fraction of the limit; what counts is what
    // it inflates to.
    let under = builder(&server.uri())
        .max_body_size(size - 1)
        .build()
        .unwrap();
    let err = get_work_orders(&under).await.unwrap_err();
    assert!(
        matches!(&err, Error::ResponseTooLarge { limit, .. } if *limit == size - 1),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_plain_body_over_the_limit_is_refused_and_one_at_the_limit_is_read() {
    let plain = page_of(20);
    let size = plain.len() as u64;
    // Announced by Content-Length (refused before reading), and chunked
    // without one (refused as it grows past the limit).
    let announced =
        answering(ResponseTemplate::new(200).set_body_raw(plain.clone(), "application/json")).await;
    let (chunked, count) = replying(http_reply(
        &[("transfer-encoding", "chunked")],
        &chunks(&plain, 100),
    ))
    .await;
    for url in [announced.uri(), chunked] {
        let at_limit = builder(&url).max_body_size(size).build().unwrap();
        assert_eq!(
            get_work_orders(&at_limit).await.unwrap().data.len(),
            20,
            "{url}"
        );
        let over = builder(&url).max_body_size(size - 1).build().unwrap();
        let err = get_work_orders(&over).await.unwrap_err();
        assert!(
            matches!(&err, Error::ResponseTooLarge { operation, limit, .. }
                if operation == "get_work_orders" && *limit == size - 1),
            "{url}: {err:?}"
        );
    }
    assert_eq!(count.load(Ordering::SeqCst), 2, "each client asked once");
}

#[tokio::test]
async fn a_body_that_does_not_decompress_is_a_decode_error_not_retried() {
    let server = answering(encoded(b"this is not gzip".to_vec(), "gzip")).await;
    let err = fetch(&server.uri()).await.unwrap_err();
    let Error::Decode {
        operation,
        path,
        message,
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(operation, "get_work_orders");
    assert_eq!(path, ".");
    assert!(
        message.contains("(HTTP 200 OK) does not decompress as its Content-Encoding says"),
        "{message}"
    );
    assert!(!err.is_retryable());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_create_answered_2xx_with_a_body_that_does_not_decompress_took_effect() {
    let server = answering(encoded(b"\x1f\x8b garbled".to_vec(), "gzip")).await;
    let err = create_work_order(&builder(&server.uri()).build().unwrap())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::UnreadableSuccess { operation, path, .. }
            if operation == "post_work_orders" && path == "."),
        "{err:?}"
    );
    assert!(err.to_string().contains("the write took effect"), "{err}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_gzip_body_cut_by_the_connection_is_a_retried_transport_error() {
    // The connection breaks half-way through a well-formed gzip body: the
    // connection's fault, not the body's, so retried like any cut body.
    let body = gzip(&page_of(300));
    let mut reply = http_reply(
        &[
            ("content-encoding", "gzip"),
            ("content-length", &body.len().to_string()),
        ],
        &[],
    );
    reply.extend_from_slice(&body[..body.len() / 2]);
    let (url, count) = replying(reply).await;
    let client = builder(&url)
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: std::time::Duration::ZERO,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_fake_server_compresses_when_asked_and_the_client_streams_through_it() {
    let server = samsara_mock::MockServer::start(
        samsara_mock::MockConfig::default()
            .records(1200)
            .rate_limits(false),
    )
    .await
    .unwrap();
    // A raw client that decompresses nothing, to see the bytes as sent.
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_zstd()
        .no_brotli()
        .build()
        .unwrap();
    let url = format!(
        "{}/maintenance/work-orders/stream?startTime=2000-01-01T00:00:00Z&endTime=2030-01-01T00:00:00Z&limit=512",
        server.url()
    );
    let fetch = |accept: Option<&'static str>| {
        let mut request = raw.get(&url).bearer_auth(server.token());
        if let Some(accept) = accept {
            request = request.header("accept-encoding", accept);
        }
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            let encoding = response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap().to_owned());
            (encoding, response.bytes().await.unwrap().to_vec())
        }
    };
    let (plain_encoding, plain) = fetch(None).await;
    assert_eq!(plain_encoding, None);
    let (encoding, zipped) = fetch(Some("gzip")).await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(
        zipped.len() * 3 < plain.len(),
        "{} of {}",
        zipped.len(),
        plain.len()
    );
    let mut inflated = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&zipped[..]),
        &mut inflated,
    )
    .unwrap();
    // The same page (the cursor aside, which carries its time of issue).
    let records = |body: &[u8]| serde_json::from_slice::<Value>(body).unwrap()["data"].take();
    let same = records(&inflated) == records(&plain);
    assert!(same, "the gzip body inflates to the plain page's records");
    // What this crate's client asks for, the server's first choice.
    let (negotiated, _) = fetch(Some("zstd,gzip,br")).await;
    assert_eq!(negotiated.as_deref(), Some("zstd"));

    // The whole window through the client, compressed, in three pages.
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .build()
        .unwrap();
    let since: DateTime<Utc> = "2000-01-01T00:00:00Z".parse().unwrap();
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(since)
        .end_time(Utc::now())
        .limit(512)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(orders.len(), 1200);
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn an_error_answer_whose_body_does_not_decompress_is_acted_on_by_its_status() {
    // A 429 with its Retry-After, then a 503, both with a body labelled gzip
    // that is not: each is retried by its status, and the third try's page
    // arrives.
    for (status, headers) in [(429, vec![("retry-after", "0")]), (503, vec![])] {
        let server = MockServer::start().await;
        let mut odd = ResponseTemplate::new(status)
            .set_body_raw(b"not gzip!".to_vec(), "application/json")
            .insert_header("content-encoding", "gzip");
        for (name, value) in headers {
            odd = odd.insert_header(name, value);
        }
        let page = ResponseTemplate::new(200).set_body_raw(page_of(2), "application/json");
        common::flaky(&server, "GET", "/maintenance/work-orders", odd, 2, page).await;
        let orders = fetch(&server.uri())
            .await
            .unwrap_or_else(|e| panic!("HTTP {status}: {e:?}"));
        assert_eq!(orders.data.len(), 2);
        assert_eq!(
            server.received_requests().await.unwrap().len(),
            3,
            "HTTP {status}"
        );
    }
}

#[tokio::test]
async fn an_error_answer_over_the_limit_keeps_its_status() {
    // A 404 whose body is over the limit: `Error::Api` with its status (its
    // body, which only explains it, is dropped), not retried.
    let big = json!({"message": "x".repeat(4000), "requestId": "r-1"});
    let server = answering(
        ResponseTemplate::new(404)
            .set_body_raw(serde_json::to_vec(&big).unwrap(), "application/json"),
    )
    .await;
    let client = builder(&server.uri()).max_body_size(1000).build().unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
    assert!(!err.is_retryable());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    // A 502 proxy page that inflates past the limit: retried as a 502.
    let server = answering(
        ResponseTemplate::new(502)
            .set_body_raw(gzip(&vec![b' '; 8000]), "text/html")
            .insert_header("content-encoding", "gzip"),
    )
    .await;
    let client = builder(&server.uri())
        .max_body_size(1000)
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: std::time::Duration::ZERO,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::BAD_GATEWAY), "{err:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn bytes_after_the_end_of_a_gzip_body_are_a_decode_error_not_retried() {
    // Garbage after the gzip stream, in the stream's last chunk or in a
    // chunk of its own: the same error however the body was split.
    let body = gzip(&page_of(3));
    let mut in_the_same_chunk = body.clone();
    in_the_same_chunk.extend_from_slice(b"GARBAGE");
    let mut in_a_chunk_of_its_own = format!("{:x}\r\n", body.len()).into_bytes();
    in_a_chunk_of_its_own.extend_from_slice(&body);
    in_a_chunk_of_its_own.extend_from_slice(b"\r\n7\r\nGARBAGE\r\n0\r\n\r\n");
    for framed in [
        chunks(&in_the_same_chunk, in_the_same_chunk.len()),
        in_a_chunk_of_its_own,
    ] {
        let reply = http_reply(
            &[
                ("content-encoding", "gzip"),
                ("transfer-encoding", "chunked"),
            ],
            &framed,
        );
        let (url, count) = replying(reply).await;
        let err = fetch(&url).await.unwrap_err();
        let Error::Decode { message, .. } = &err else {
            panic!("{err:?}");
        };
        assert!(
            message.contains("7 bytes after the end of its gzip data"),
            "{message}"
        );
        assert!(!err.is_retryable());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }
}

#[tokio::test]
async fn gzip_data_that_stops_short_in_a_body_that_arrived_whole_is_not_retried() {
    // Content-Length (or chunks) says the body arrived whole, so gzip data
    // that stops short is the server's: a read is a decode error, not
    // retried; a create answered 201 took effect.
    let body = gzip(&page_of(300));
    let short = &body[..body.len() / 2];
    let length = short.len().to_string();
    for headers in [
        vec![
            ("content-encoding", "gzip"),
            ("content-length", length.as_str()),
        ],
        vec![
            ("content-encoding", "gzip"),
            ("transfer-encoding", "chunked"),
        ],
    ] {
        let framed = if headers[1].0 == "transfer-encoding" {
            chunks(short, 4096)
        } else {
            short.to_vec()
        };
        let (url, count) = replying(http_reply(&headers, &framed)).await;
        let err = fetch(&url).await.unwrap_err();
        assert!(
            matches!(&err, Error::Decode { path, .. } if path == "."),
            "{headers:?}: {err:?}"
        );
        assert!(!err.is_retryable());
        assert_eq!(count.load(Ordering::SeqCst), 1, "{headers:?}");
        let (url, _) = replying(http_reply(&headers, &framed)).await;
        let err = create_work_order(&builder(&url).build().unwrap())
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::UnreadableSuccess { .. }),
            "{headers:?}: {err:?}"
        );
    }
}

#[tokio::test]
async fn a_gzip_body_ended_early_by_a_closed_connection_is_retried() {
    // No Content-Length and no chunks: the body ends when the connection
    // closes, here half-way through the gzip data. Only the gzip framing
    // shows the body was cut: a transport error, retried.
    let body = gzip(&page_of(300));
    let reply = http_reply(&[("content-encoding", "gzip")], &body[..body.len() / 2]);
    let (url, count) = replying(reply).await;
    let client = builder(&url)
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: std::time::Duration::ZERO,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = get_work_orders(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.is_retryable());
    assert!(err.to_string().contains("cut short"), "{err}");
    assert_eq!(count.load(Ordering::SeqCst), 2);
    // A create cut the same way may have taken effect: not retried, and
    // said so.
    let (url, count) = replying(http_reply(
        &[("content-encoding", "gzip")],
        &body[..body.len() / 2],
    ))
    .await;
    let err = create_work_order(&builder(&url).build().unwrap())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_coding_the_client_does_not_decode_is_named() {
    // `compress` (LZW) is not decoded: the error names the coding instead
    // of "expected value at line 1 column 1".
    let server = answering(encoded(gzip(&page_of(1)), "compress")).await;
    let err = fetch(&server.uri()).await.unwrap_err();
    let Error::Decode { message, .. } = &err else {
        panic!("{err:?}");
    };
    assert!(message.contains("encoded as `compress`"), "{message}");
    assert!(!err.is_retryable());
    // `identity` is no coding at all.
    let server = answering(encoded(page_of(1), "identity")).await;
    assert_eq!(fetch(&server.uri()).await.unwrap().data.len(), 1);
}

#[test]
fn a_body_limit_of_zero_is_refused() {
    let err = builder("http://127.0.0.1:9")
        .max_body_size(0)
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("max_body_size")),
        "{err:?}"
    );
}
