//! A raw HTTP/1.1 server on loopback, for answers wiremock cannot give:
//! bodies cut off, stalled, framed by hand (chunks, no length), odd heads.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// An HTTP/1.1 200 head with `headers` (and `connection: close`), then `body`.
pub fn http_reply(headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut reply =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n".to_vec();
    for (name, value) in headers {
        reply.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    reply.extend_from_slice(b"\r\n");
    reply.extend_from_slice(body);
    reply
}

/// `body` in chunked transfer encoding, `piece` bytes a chunk.
pub fn chunks(body: &[u8], piece: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(piece) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// A raw HTTP server: answers each request with `respond(n)` (n from 0),
/// then closes the connection. Returns its URL and the request counter.
pub async fn raw_server(
    respond: impl Fn(usize) -> Vec<u8> + Send + Sync + 'static,
) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let counter = count.clone();
    let respond = Arc::new(respond);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let respond = respond.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let mut read = 0;
                // Read the head and the body (Content-Length) before answering.
                loop {
                    let Ok(k) = socket.read(&mut buf[read..]).await else {
                        return;
                    };
                    if k == 0 {
                        return;
                    }
                    read += k;
                    let text = String::from_utf8_lossy(&buf[..read]).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap())
                            })
                            .unwrap_or(0);
                        if read >= end + 4 + length {
                            break;
                        }
                    }
                }
                let reply = respond(n);
                if reply.is_empty() {
                    // Stall: hold the connection open without answering further.
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    return;
                }
                let _ = socket.write_all(&reply).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, count)
}

/// A raw server answering every request with the same `reply`.
pub async fn replying(reply: Vec<u8>) -> (String, Arc<AtomicUsize>) {
    raw_server(move |_| reply.clone()).await
}
