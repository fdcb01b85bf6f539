//! `samsara::streams`: a stream stored in a struct field by its alias is the
//! stream `.items()` / `.pages()` return, and is polled like it.

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use samsara::streams::{GetWorkOrdersPages, StreamWorkOrdersItems};
use samsara::{Checkpoint, Client, Paginate};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common;

/// A consumer that owns its streams, as a user's sync job would.
struct Job<'a> {
    changes: StreamWorkOrdersItems<'a>,
    listing: GetWorkOrdersPages<'a>,
}

impl<'a> Job<'a> {
    fn new(client: &'a Client) -> Self {
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
fn changes(client: &Client) -> StreamWorkOrdersItems<'_> {
    client
        .stream_work_orders()
        .start_time(time("2025-01-01T00:00:00Z"))
        .end_time(time("2025-02-01T00:00:00Z"))
        .items()
}

/// Generic stream code bounds on `Paginate` and takes the aliases too.
async fn drain<'a, R: Paginate<'a>>(
    items: samsara::pagination::Items<'a, R>,
) -> Result<Vec<R::Item>, samsara::Error> {
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
    let mut ids = Vec::new();
    while let Some(order) = job.changes.try_next().await.unwrap() {
        ids.push(order.id);
    }
    assert_eq!(ids, ["7", "8"]);
    assert!(matches!(
        job.changes.checkpoint(),
        Some(Checkpoint::Through(_))
    ));
    let page = job.listing.try_next().await.unwrap().unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.checkpoint, Checkpoint::Complete);
    assert!(job.listing.try_next().await.unwrap().is_none());

    let drained = drain(changes(&client)).await.unwrap();
    assert_eq!(
        drained.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        ["7", "8"]
    );
}

fn send<T: Send>(_: &T) {}
fn send_and_sync<T: Send + Sync>(_: &T) {}

#[test]
fn the_client_its_streams_and_its_futures_can_move_to_another_task() {
    let client = Client::builder()
        .token("t")
        .base_url("http://127.0.0.1:1")
        .build()
        .unwrap();
    send_and_sync(&client);
    let items: StreamWorkOrdersItems<'_> = changes(&client);
    send(&items);
    let pages: GetWorkOrdersPages<'_> = client.get_work_orders().pages();
    send(&pages);
    send(&client.get_work_orders().paginate());
    send(&client.get_work_orders().send());
    send(&samsara::Call::send(client.get_work_orders()));
}

/// `.items()`, `.pages()` and a follow stream run inside `tokio::spawn`: the
/// futures that drive them are `Send` for the task's any lifetimes, not only
/// the builder's own (a bound on the stream structs used to demand
/// `CursorRequest<'x>` for `GetWorkOrders<'y>`, and this did not compile).
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
    let follow = tokio::spawn({
        let client = client.clone();
        async move {
            // Named by its alias, as a job that owns its feed would.
            let feed: StreamWorkOrdersItems<'_> = client
                .stream_work_orders()
                .start_time(time("2000-01-01T00:00:00Z"))
                .follow(std::time::Duration::from_secs(5))
                .items();
            feed.take(3).try_collect::<Vec<_>>().await
        }
    });

    assert_eq!(items.await.unwrap().unwrap().len(), 3);
    let page = pages.await.unwrap().unwrap().expect("a first page");
    assert_eq!(page.items.len(), 2);
    assert!(page.has_next_page);
    let followed = follow.await.unwrap().unwrap();
    assert_eq!(followed.len(), 3);
    assert!(followed.iter().all(|o| !o.id.is_empty()));
}
