//! `samsara::streams`: a stream stored in a struct field by its alias is the
//! stream `.items()` / `.pages()` return, and is polled like it. Streams own
//! what they need: no lifetime, `Send`, `'static`.

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use samsara::checkpoint::Position;
use samsara::pagination::Items;
use samsara::streams::{GetWorkOrdersPages, StreamWorkOrdersItems};
use samsara::{Client, Paginate};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common;

/// A consumer that owns its streams, as a user's sync job would.
struct Job {
    changes: StreamWorkOrdersItems,
    listing: GetWorkOrdersPages,
}

impl Job {
    fn new(client: &Client) -> Self {
        Job {
            changes: changes(client),
            // The alias names `.pages()` after `.paginate()` settings too.
            listing: client.get_work_orders().paginate().prefetch(false).pages(),
        }
    }
}

fn time(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A function returning a stream by its alias.
fn changes(client: &Client) -> StreamWorkOrdersItems {
    client
        .stream_work_orders()
        .start_time(time("2025-01-01T00:00:00Z"))
        .end_time(time("2025-02-01T00:00:00Z"))
        .items()
}

/// Generic stream code bounds on `Paginate` and takes the aliases too.
async fn drain<B: Paginate>(items: Items<B::Request>) -> Result<Vec<B::Item>, samsara::Error> {
    items.try_collect().await
}

#[tokio::test]
async fn a_stream_stored_by_its_alias_yields_what_items_and_pages_yield() {
    let server = MockServer::start().await;
    for route in [
        "/maintenance/work-orders/stream",
        "/maintenance/work-orders",
    ] {
        Mock::given(method("GET"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "data": [common::work_order("7"), common::work_order("8")],
                "pagination": {"endCursor": "", "hasNextPage": false}
            })))
            .mount(&server)
            .await;
    }
    let client = common::quick_client("t", &server.uri()).build().unwrap();

    let mut job = Job::new(&client);
    drop(client); // the streams own a clone of it
    let mut ids = Vec::new();
    while let Some(order) = job.changes.try_next().await.unwrap() {
        ids.push(order.id);
    }
    assert_eq!(ids, ["7", "8"]);
    assert_eq!(
        job.changes.checkpoint().map(|c| c.position()),
        Some(&Position::Through(time("2025-02-01T00:00:00Z")))
    );
    let page = job.listing.try_next().await.unwrap().unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.checkpoint.position(), &Position::Complete);
    assert_eq!(page.checkpoint.operation(), Some("get_work_orders"));
    assert!(job.listing.try_next().await.unwrap().is_none());

    let client = common::quick_client("t", &server.uri()).build().unwrap();
    let drained = drain::<samsara::builder::StreamWorkOrders>(changes(&client))
        .await
        .unwrap();
    assert_eq!(
        drained.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        ["7", "8"]
    );
}

fn send<T: Send>(_: &T) {}
fn send_and_sync<T: Send + Sync>(_: &T) {}
fn owned<T: Send + 'static>(_: &T) {}

#[test]
fn the_client_its_streams_and_its_futures_can_move_to_another_task() {
    let client = Client::builder()
        .token("t")
        .base_url("http://127.0.0.1:1")
        .build()
        .unwrap();
    send_and_sync(&client);
    send(&client.get_work_orders().send());
    send(&samsara::Call::send(client.get_work_orders()));
    let items: StreamWorkOrdersItems = changes(&client);
    let pages: GetWorkOrdersPages = client.get_work_orders().pages();
    let paginator = client.get_work_orders().paginate();
    // Streams own a clone of the client: they outlive the one they came from.
    drop(client);
    owned(&items);
    owned(&pages);
    owned(&paginator);
}

/// `.items()`, `.pages()` and a follow stream run inside `tokio::spawn`, made
/// inside the task or moved into it.
#[tokio::test]
async fn items_pages_and_follow_streams_run_inside_tokio_spawn() {
    let server = samsara_mock::MockServer::start(samsara_mock::MockConfig::default())
        .await
        .unwrap();
    let client = server.client().unwrap();

    let items = tokio::spawn({
        let client = client.clone();
        async move {
            let stream = client.get_work_orders().limit(2).items();
            stream.take(3).try_collect::<Vec<_>>().await
        }
    });
    let pages = tokio::spawn({
        let client = client.clone();
        async move {
            let mut pages = client.get_work_orders().limit(2).pages();
            pages.try_next().await
        }
    });
    // Named by its alias, as a job that owns its feed would, and moved into
    // the task.
    let feed: StreamWorkOrdersItems = client
        .stream_work_orders()
        .start_time(time("2000-01-01T00:00:00Z"))
        .follow(std::time::Duration::from_secs(5))
        .items();
    let follow = tokio::spawn(async move { feed.take(3).try_collect::<Vec<_>>().await });

    assert_eq!(items.await.unwrap().unwrap().len(), 3);
    let page = pages.await.unwrap().unwrap().expect("a first page");
    assert_eq!(page.items.len(), 2);
    assert!(page.has_next_page);
    let followed = follow.await.unwrap().unwrap();
    assert_eq!(followed.len(), 3);
    assert!(followed.iter().all(|o| !o.id.is_empty()));
}
