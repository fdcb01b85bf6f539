//! `POST /maintenance/invoice-scans`: a scan creates or updates a work
//! order through the client's `.send()`; everything else is refused with a
//! 4xx naming what was wrong, and changes nothing.

use crate::common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use common::{Harness, quiet};
use reqwest::Method;
use samsara::types::{InvoiceScan, InvoiceScanFile};
use serde_json::{Value, json};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F'];
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn file(content_type: &str, bytes: &[u8]) -> InvoiceScanFile {
    InvoiceScanFile {
        content_type: content_type.to_owned(),
        base64_content: STANDARD.encode(bytes),
    }
}

fn raw_file(content_type: &str, bytes: &[u8]) -> Value {
    json!({"contentType": content_type, "base64Content": STANDARD.encode(bytes)})
}

async fn scan(h: &Harness, body: Value) -> common::Resp {
    h.call(
        "postInvoiceScan",
        Method::POST,
        "/maintenance/invoice-scans",
        Some(&body),
    )
    .await
}

async fn work_order(h: &Harness, id: &str) -> Value {
    let page = h
        .get(
            "getWorkOrders",
            &format!("/maintenance/work-orders?ids={id}"),
        )
        .await;
    assert_eq!(page.data().len(), 1, "work order {id}: {}", page.text);
    page.data()[0].clone()
}

async fn count(h: &Harness) -> usize {
    h.drain("getWorkOrders", "/maintenance/work-orders")
        .await
        .len()
}

#[tokio::test]
async fn a_scan_for_an_asset_creates_a_work_order_holding_the_invoice() {
    let h = Harness::start(quiet(10)).await;
    let client = common::unpaced_client(&h.server);
    for (content_type, bytes) in [
        ("application/pdf", PDF),
        ("image/jpeg", JPEG),
        ("image/png", PNG),
    ] {
        let result = client
            .post_invoice_scan()
            .body(
                InvoiceScan::builder()
                    .asset_id("12443".to_owned())
                    .file(file(content_type, bytes)),
            )
            .send()
            .await
            .unwrap();
        let order = work_order(&h, &result.work_order_id).await;
        assert_eq!(order["assetId"], "12443");
        assert_eq!(order["description"], "Invoice scan");
        assert_eq!(order["status"], "Open");
        let attachments = order["attachments"].as_array().unwrap();
        assert_eq!(attachments.len(), 1);
        assert_eq!(attachments[0]["processingStatus"], "processing");
        assert_eq!(order["createdAtTime"], order["updatedAtTime"]);
    }
    // An asset by external id, as for any work-order create.
    let by_vin = scan(
        &h,
        json!({"assetId": "samsara.serial:GFRV-43N-VGX", "file": raw_file("application/pdf", PDF)}),
    )
    .await;
    let id = by_vin.json["data"]["workOrderId"].as_str().unwrap();
    assert_eq!(work_order(&h, id).await["assetId"], "12443");
}

#[tokio::test]
async fn a_scan_for_a_work_order_attaches_the_invoice_and_moves_updated_at_time() {
    let h = Harness::start(quiet(10)).await;
    let before = work_order(&h, "5").await;
    let attached_before = before["attachments"].as_array().map_or(0, Vec::len);
    let result = common::unpaced_client(&h.server)
        .post_invoice_scan()
        .body(
            InvoiceScan::builder()
                .work_order_id("5".to_owned())
                .file(file("image/png", PNG)),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(result.work_order_id, "5");
    let after = work_order(&h, "5").await;
    let t = |v: &Value| {
        v["updatedAtTime"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    };
    assert!(
        t(&after) > t(&before),
        "{} !> {}",
        after["updatedAtTime"],
        before["updatedAtTime"]
    );
    assert_eq!(
        after["attachments"].as_array().unwrap().len(),
        attached_before + 1
    );
    assert_eq!(after["createdAtTime"], before["createdAtTime"]);
    // It moved to the end of the stream, like any write.
    let stream = h
        .drain(
            "streamWorkOrders",
            "/maintenance/work-orders/stream?startTime=2020-01-01T00:00:00Z&endTime=2100-01-01T00:00:00Z",
        )
        .await;
    assert_eq!(stream.last().unwrap()["id"], "5");
}

#[tokio::test]
async fn refusals_name_what_was_wrong_and_change_nothing() {
    let h = Harness::start(quiet(10)).await;
    let orders = count(&h).await;
    let five = work_order(&h, "5").await;
    let pdf = raw_file("application/pdf", PDF);
    let mut too_large = b"%PDF".to_vec();
    too_large.resize(10 * 1024 * 1024 + 1, b' ');
    let cases: Vec<(&str, Value, u16, Vec<&str>)> = vec![
        (
            "neither id",
            json!({"file": pdf}),
            400,
            vec!["assetId", "workOrderId", "neither"],
        ),
        (
            "both ids",
            json!({"assetId": "12443", "workOrderId": "5", "file": pdf}),
            400,
            vec!["assetId", "workOrderId", "both"],
        ),
        (
            "another type",
            json!({"assetId": "12443", "file": raw_file("image/gif", b"GIF89a")}),
            400,
            vec!["file.contentType", "\"image/gif\""],
        ),
        (
            "not Base64",
            json!({"assetId": "12443", "file": {"contentType": "application/pdf", "base64Content": "JVBER!i0x"}}),
            400,
            vec!["file.base64Content", "Base64"],
        ),
        (
            "too large",
            json!({"assetId": "12443", "file": raw_file("application/pdf", &too_large)}),
            413,
            vec!["file.base64Content", "10485761", "10485760"],
        ),
        (
            "a PNG that is a PDF",
            json!({"assetId": "12443", "file": raw_file("image/png", PDF)}),
            400,
            vec!["file.base64Content", "image/png"],
        ),
        (
            "a PDF that is a JPEG",
            json!({"assetId": "12443", "file": raw_file("application/pdf", JPEG)}),
            400,
            vec!["application/pdf", "%PDF"],
        ),
        ("no file", json!({"assetId": "12443"}), 400, vec!["file"]),
        (
            "an unknown asset",
            json!({"assetId": "nope", "file": pdf}),
            400,
            vec!["assetId", "nope"],
        ),
        (
            "an unknown work order",
            json!({"workOrderId": "999999", "file": pdf}),
            404,
            vec!["work order", "999999"],
        ),
    ];
    for (what, body, status, words) in cases {
        let r = scan(&h, body).await;
        assert_eq!(r.status, status, "{what}: {}", r.text);
        for word in words {
            assert!(
                r.message().contains(word),
                "{what}: {word:?} not in {:?}",
                r.message()
            );
        }
    }
    assert_eq!(
        count(&h).await,
        orders,
        "no refused scan created a work order"
    );
    assert_eq!(
        work_order(&h, "5").await,
        five,
        "no refused scan changed one"
    );

    // Through the client: the status and Samsara's message.
    let e = common::unpaced_client(&h.server)
        .post_invoice_scan()
        .body(
            InvoiceScan::builder()
                .asset_id("12443".to_owned())
                .file(file("text/plain", b"hello")),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400));
    assert!(e.to_string().contains("text/plain"), "{e}");
}
