//! What a sync built on the crate needs, against the fake server: late-visible
//! writes delivered exactly once by incremental windows and by a follow feed,
//! checkpoints that know their stream, deletions in one shape for both
//! families, owned feeds, and millisecond times on the wire.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use samsara::deletions::{GoneKind, Lifecycle, deleted_work_orders};
use samsara::streams::StreamWorkOrdersPages;
use samsara::types::{self, EntityType};
use samsara::{Checkpoint, Client, Error, Paginate, RateLimit, Record};
use samsara_mock::{MockConfig, MockServer};

/// A version as a sync keys it.
type Version = (String, DateTime<Utc>);

fn epoch() -> DateTime<Utc> {
    "2000-01-01T00:00:00Z".parse().unwrap()
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(RateLimit::Off)
        .build()
        .unwrap()
}

/// A server with a few seeded work orders and no rate limits, whose writes
/// become visible up to `late` after the `updatedAtTime` they carry.
async fn server(late: Duration) -> MockServer {
    MockServer::start(
        MockConfig::default()
            .records(12)
            .rate_limits(false)
            .visibility_delay(Duration::ZERO..=late),
    )
    .await
    .unwrap()
}

/// Creates and patches work orders for `time`: the writes happening while a
/// sync runs.
async fn write_for(client: Client, time: Duration) {
    let deadline = tokio::time::Instant::now() + time;
    let mut ids: Vec<String> = Vec::new();
    let mut n = 0u32;
    while tokio::time::Instant::now() < deadline {
        n += 1;
        if n % 3 == 1 || ids.is_empty() {
            let create = types::WorkOrderCreate::builder().asset_id("12443");
            let order = client.post_work_orders().body(create).send().await.unwrap();
            ids.push(order.id);
        } else {
            let id = ids[(n as usize * 7) % ids.len()].clone();
            let status = if n.is_multiple_of(2) {
                types::WorkOrderStatus::InProgress
            } else {
                types::WorkOrderStatus::Open
            };
            let patch = types::WorkOrderPatch::builder().id(id).status(Some(status));
            client.patch_work_orders().body(patch).send().await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(15)).await;
    }
}

/// Every work order the stream lists now, with its current `updatedAtTime`.
async fn current(client: &Client) -> BTreeMap<String, DateTime<Utc>> {
    client
        .stream_work_orders()
        .start_time(epoch())
        .paginate()
        .settle(Duration::ZERO)
        .items()
        .map_ok(|o| (o.id, o.updated_at_time))
        .try_collect()
        .await
        .unwrap()
}

/// Samsara's final state: every work order's current version, read once
/// every write is visible.
async fn final_state(server: &MockServer) -> BTreeMap<String, DateTime<Utc>> {
    server.wait_until_visible().await;
    current(&client(server)).await
}

/// Asserts that `delivered` holds no version twice and that its newest
/// version of each record is Samsara's final one, for every record.
fn assert_converges(what: &str, delivered: &[Version], state: &BTreeMap<String, DateTime<Utc>>) {
    let mut seen = HashSet::new();
    for version in delivered {
        assert!(
            seen.insert(version),
            "{what}: {version:?} was delivered twice"
        );
    }
    let mut newest: BTreeMap<String, DateTime<Utc>> = BTreeMap::new();
    for (id, updated) in delivered {
        let at = newest.entry(id.clone()).or_insert(*updated);
        *at = (*at).max(*updated);
    }
    let missing: Vec<_> = state
        .iter()
        .filter(|(id, updated)| newest.get(*id) != Some(updated))
        .collect();
    assert!(
        missing.is_empty(),
        "{what}: the sync's copy differs from Samsara's final state for {} of {} work orders, e.g. {:?} (delivered {:?})",
        missing.len(),
        state.len(),
        &missing[..missing.len().min(3)],
        missing.first().and_then(|(id, _)| newest.get(*id)),
    );
    assert_eq!(newest.len(), state.len(), "{what}: ids delivered");
}

/// One incremental run: the window from `saved` to now, its versions
/// appended to `delivered`, its checkpoint persisted in `saved`.
async fn sync_window(
    client: &Client,
    saved: &mut Checkpoint,
    delivered: &mut Vec<Version>,
    settle: Duration,
) {
    let mut pages = client
        .stream_work_orders()
        .start_time(epoch())
        .limit(4)
        .paginate()
        .settle(settle)
        .resume(saved.clone())
        .pages();
    while let Some(page) = pages.try_next().await.unwrap() {
        delivered.extend(page.items.iter().map(|o| (o.id.clone(), o.updated_at_time)));
        *saved = page.checkpoint;
    }
}

#[tokio::test]
async fn incremental_windows_deliver_late_visible_writes_exactly_once() {
    let settle = Duration::from_millis(1500);
    let server = server(Duration::from_millis(600)).await;
    let sync = client(&server);
    let writer = tokio::spawn(write_for(client(&server), Duration::from_secs(3)));
    let (mut saved, mut delivered) = (Checkpoint::beginning(), Vec::new());
    let mut runs = 0;
    while !writer.is_finished() {
        sync_window(&sync, &mut saved, &mut delivered, settle).await;
        runs += 1;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    writer.await.unwrap();
    let state = final_state(&server).await;
    // Once Samsara's clock is a settle delay past the last write (plus the
    // second of its Date header), one more window delivers the rest.
    tokio::time::sleep(settle + Duration::from_millis(1100)).await;
    sync_window(&sync, &mut saved, &mut delivered, settle).await;
    assert!(runs > 5, "several incremental runs ({runs})");
    assert!(state.len() > 20, "writes happened: {}", state.len());
    assert_converges("windows", &delivered, &state);
    assert!(
        saved.to_string().starts_with("stream_work_orders;"),
        "{saved}"
    );
}

#[tokio::test]
async fn a_follow_feed_owned_by_a_task_delivers_late_visible_writes_exactly_once() {
    let settle = Duration::from_millis(1500);
    let server = server(Duration::from_millis(600)).await;
    let (sender, mut received) = tokio::sync::mpsc::unbounded_channel::<Version>();
    // The feed owns its client: built, moved into a task, the builder gone.
    let feed: StreamWorkOrdersPages = client(&server)
        .stream_work_orders()
        .start_time(epoch())
        .limit(4)
        .paginate()
        .settle(settle)
        .follow(Duration::from_millis(150))
        .pages();
    let task = tokio::spawn(async move {
        let mut feed = feed;
        while let Some(page) = feed.try_next().await? {
            for order in page.items {
                let _ = sender.send((order.id, order.updated_at_time));
            }
        }
        Ok::<_, Error>(())
    });
    write_for(client(&server), Duration::from_secs(3)).await;
    let state = final_state(&server).await;
    tokio::time::sleep(settle + Duration::from_millis(1500)).await;
    assert!(!task.is_finished(), "a feed never ends by itself");
    task.abort();
    let mut delivered = Vec::new();
    while let Ok(version) = received.try_recv() {
        delivered.push(version);
    }
    assert!(state.len() > 20, "writes happened: {}", state.len());
    assert_converges("follow", &delivered, &state);
}

#[tokio::test]
async fn windows_while_writes_happen_deliver_no_version_twice() {
    // No late visibility, no settle: what is left is the window's end. It is
    // fixed before the first page, so nothing stamped after the checkpoint
    // is delivered by this window and again by the next.
    let server = server(Duration::ZERO).await;
    let sync = client(&server);
    let writer = tokio::spawn(write_for(client(&server), Duration::from_secs(2)));
    let (mut saved, mut delivered) = (Checkpoint::beginning(), Vec::new());
    while !writer.is_finished() {
        sync_window(&sync, &mut saved, &mut delivered, Duration::ZERO).await;
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    writer.await.unwrap();
    let state = final_state(&server).await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    sync_window(&sync, &mut saved, &mut delivered, Duration::ZERO).await;
    assert_converges("windows without settle", &delivered, &state);
}

#[tokio::test]
async fn a_cursor_checkpoint_resumes_with_nothing_else_and_refuses_another_stream() {
    let server = server(Duration::ZERO).await;
    let client = client(&server);
    let window = || {
        client
            .stream_work_orders()
            .start_time(epoch())
            .limit(5)
            .paginate()
            .settle(Duration::ZERO)
    };
    let all: Vec<_> = window()
        .items()
        .map_ok(|o| o.id)
        .try_collect()
        .await
        .unwrap();
    let mut pages = window().pages();
    let first = pages.try_next().await.unwrap().unwrap();
    drop(pages);
    let saved = first.checkpoint.to_string();
    assert!(saved.starts_with("stream_work_orders;filters="), "{saved}");
    assert!(
        saved.contains(";start=2000-01-01T00:00:00Z;end="),
        "{saved}"
    );

    // The right resume needs nothing else: no start_time, no end_time.
    let rest: Vec<_> = client
        .stream_work_orders()
        .paginate()
        .resume(saved.parse().unwrap())
        .items()
        .map_ok(|o| o.id)
        .try_collect()
        .await
        .unwrap();
    let resumed: Vec<_> = first
        .items
        .iter()
        .map(|o| o.id.clone())
        .chain(rest)
        .collect();
    assert_eq!(resumed, all);

    // A wrong one is refused before anything is sent, naming the mismatch.
    let requests = server.stats().requests;
    let saved: Checkpoint = saved.parse().unwrap();
    assert_refused(
        client
            .get_qualification_records_stream()
            .entity_type(EntityType::Worker),
        &saved,
        "made by stream_work_orders",
    )
    .await;
    assert_refused(
        client
            .stream_work_orders()
            .work_order_statuses(vec![types::WorkOrderStatus::Open]),
        &saved,
        "other filters",
    )
    .await;
    assert_refused(
        client
            .stream_work_orders()
            .end_time(epoch() + chrono::Duration::days(1)),
        &saved,
        "endTime",
    )
    .await;
    assert_eq!(server.stats().requests, requests, "nothing sent");
}

/// Asserts that resuming `stream` from `saved` is `InvalidInput` saying `why`.
async fn assert_refused<B: Paginate>(stream: B, saved: &Checkpoint, why: &str) {
    let error = stream
        .paginate()
        .resume(saved.clone())
        .items()
        .try_next()
        .await
        .err();
    assert!(
        matches!(&error, Some(Error::InvalidInput(m)) if m.contains(why)),
        "{why}: {error:?}"
    );
}

/// Every version of a time-based stream, for any family: one sync loop.
async fn versions<B: Paginate>(stream: B) -> (Vec<Version>, Vec<samsara::RecordError>)
where
    B::Item: Record,
{
    let mut pages = stream.paginate().settle(Duration::ZERO).pages();
    let (mut good, mut odd) = (Vec::new(), Vec::new());
    while let Some(page) = pages.try_next().await.unwrap() {
        good.extend(
            page.items
                .iter()
                .map(|r| (r.id().to_owned(), r.updated_at_time())),
        );
        odd.extend(page.rejected);
    }
    (good, odd)
}

#[tokio::test]
async fn one_sync_loop_serves_both_families_and_odd_records_carry_their_version() {
    let server = MockServer::start(MockConfig::realistic().rate_limits(false))
        .await
        .unwrap();
    let client = client(&server);
    let (orders, odd_orders) = versions(client.stream_work_orders().start_time(epoch())).await;
    let (workers, odd_workers) = versions(
        client
            .get_qualification_records_stream()
            .entity_type(EntityType::Worker)
            .start_time(epoch()),
    )
    .await;
    let (assets, odd_assets) = versions(
        client
            .get_qualification_records_stream()
            .entity_type(EntityType::Asset)
            .start_time(epoch()),
    )
    .await;
    assert!(!orders.is_empty() && !workers.is_empty() && !assets.is_empty());
    // Odd records fall in every family and entity type, and carry the
    // version a sync keys on when it is readable.
    for (what, odd) in [
        ("work orders", &odd_orders),
        ("worker records", &odd_workers),
        ("asset records", &odd_assets),
    ] {
        assert!(
            !odd.is_empty(),
            "{what}: the realistic server serves odd records"
        );
        for record in odd.iter() {
            let raw = record.raw_json();
            let readable = raw["updatedAtTime"]
                .as_str()
                .and_then(|t| t.parse::<DateTime<Utc>>().ok());
            assert_eq!(record.updated_at_time, readable, "{what}: {}", record.raw);
        }
        assert!(
            odd.iter()
                .any(|r| r.id.is_some() && r.updated_at_time.is_some()),
            "{what}: some odd records have a readable version"
        );
    }
}

#[tokio::test]
async fn deleted_work_orders_and_records_reach_the_caller_in_one_shape() {
    for (profile, config) in [
        ("default", MockConfig::default()),
        ("realistic", MockConfig::realistic().odd_records(false)),
    ] {
        let server = MockServer::start(config.rate_limits(false).records(30))
            .await
            .unwrap();
        let client = client(&server);
        let held = current(&client).await;
        let mut doomed: Vec<String> = held.keys().take(3).cloned().collect();
        doomed.sort();
        for id in &doomed {
            client
                .delete_work_orders()
                .id(id.clone())
                .send()
                .await
                .unwrap();
        }
        server.wait_until_visible().await;

        let mut gone = deleted_work_orders(&client, held.clone()).await.unwrap();
        gone.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(
            gone.iter().map(|g| g.id.clone()).collect::<Vec<_>>(),
            doomed,
            "{profile}"
        );
        assert!(
            gone.iter().all(|g| g.kind == GoneKind::Deleted),
            "{profile}"
        );
        // The stream no longer has them: only the sweep could tell.
        let streamed = current(&client).await;
        assert!(
            doomed.iter().all(|id| !streamed.contains_key(id)),
            "{profile}"
        );
        // A held version newer than the sweep is not judged yet.
        let future = [(
            "created-after-the-sweep".to_owned(),
            Utc::now() + chrono::Duration::hours(1),
        )];
        assert!(
            deleted_work_orders(&client, future)
                .await
                .unwrap()
                .is_empty(),
            "{profile}"
        );

        // A deleted qualification record is delivered, and says it is gone.
        let records = || {
            client
                .get_qualification_records_stream()
                .entity_type(EntityType::Worker)
                .include_deleted(true)
                .start_time(epoch())
                .paginate()
                .settle(Duration::ZERO)
                .items()
        };
        let live: Vec<_> = records().try_collect().await.unwrap();
        let mut live = live.into_iter().filter(|r| r.gone().is_none());
        let (record, shelved) = (
            live.next().expect("a live record"),
            live.next().expect("two"),
        );
        let id = |id: &str| types::QualificationRecordIdRequest::builder().id(id.to_owned());
        client
            .delete_qualification_record()
            .body(id(&record.id))
            .send()
            .await
            .unwrap();
        client
            .archive_qualification_record()
            .body(id(&shelved.id))
            .send()
            .await
            .unwrap();
        server.wait_until_visible().await;
        // Samsara's clock, as the client knows it, is the last `Date` (whole
        // seconds): a window reaches a write a second after it at most.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let after: Vec<_> = records().try_collect().await.unwrap();
        let deleted = after
            .iter()
            .find(|r| r.id == record.id)
            .expect("still delivered");
        let gone = deleted.gone().expect("gone");
        assert_eq!(
            (gone.id.as_str(), gone.kind),
            (record.id.as_str(), GoneKind::Deleted),
            "{profile}"
        );
        assert_eq!(gone.at, deleted.updated_at_time, "{profile}");
        let archived = after
            .iter()
            .find(|r| r.id == shelved.id)
            .expect("still delivered");
        assert_eq!(
            archived.gone().map(|g| g.kind),
            Some(GoneKind::Archived),
            "{profile}"
        );
    }
}

/// A struct that owns its feed: no lifetime parameter.
struct Watcher {
    feed: StreamWorkOrdersPages,
}

fn watcher(server: &MockServer) -> Watcher {
    let client = client(server);
    Watcher {
        feed: client
            .stream_work_orders()
            .start_time(epoch())
            .paginate()
            .settle(Duration::ZERO)
            .follow(Duration::from_millis(50))
            .pages(),
    }
    // `client` is dropped here; the feed keeps what it needs.
}

#[tokio::test]
async fn a_feed_outlives_its_client_in_a_struct_and_a_spawned_task() {
    let server = server(Duration::ZERO).await;
    let mut watcher = watcher(&server);
    let first = tokio::spawn(async move {
        let page = watcher.feed.try_next().await;
        (page, watcher)
    });
    let (page, _watcher) = first.await.unwrap();
    let page = page.unwrap().unwrap();
    assert_eq!(page.items.len(), 12);
    assert!(
        page.checkpoint.to_string().contains(";through:"),
        "{}",
        page.checkpoint
    );
}

#[tokio::test]
async fn times_go_on_the_wire_to_the_millisecond_and_checkpoints_match() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer as Wire, ResponseTemplate};
    let wire = Wire::start().await;
    Mock::given(method("GET"))
        .and(path("/maintenance/work-orders/stream"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"data": [], "pagination": {"endCursor": "", "hasNextPage": false}}),
        ))
        .mount(&wire)
        .await;
    let client = Client::builder()
        .token("t")
        .base_url(wire.uri())
        .rate_limit(RateLimit::Off)
        .build()
        .unwrap();
    let start: DateTime<Utc> = "2026-12-07T18:27:17.415183692Z".parse().unwrap();
    let end: DateTime<Utc> = "2026-12-07T18:28:00.999999Z".parse().unwrap();
    client
        .stream_work_orders()
        .start_time(start)
        .end_time(end)
        .send()
        .await
        .unwrap();
    let page = client
        .stream_work_orders()
        .start_time(start)
        .pages()
        .try_next()
        .await
        .unwrap()
        .unwrap();
    let requests = wire.received_requests().await.unwrap();
    let query = |i: usize, key: &str| {
        requests[i]
            .url
            .query_pairs()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.into_owned())
            .unwrap()
    };
    assert_eq!(query(0, "startTime"), "2026-12-07T18:27:17.415Z");
    assert_eq!(query(0, "endTime"), "2026-12-07T18:28:00.999Z");
    assert_eq!(query(1, "startTime"), "2026-12-07T18:27:17.415Z");
    // The window's end, on the wire and in the checkpoint, to the millisecond.
    let sent_end = query(1, "endTime");
    let fraction = sent_end
        .split('.')
        .nth(1)
        .map_or(0, |f| f.trim_end_matches('Z').len());
    assert!(fraction <= 3, "{sent_end}");
    let through = page.checkpoint.through_time().unwrap();
    assert_eq!(through, sent_end.parse::<DateTime<Utc>>().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_whose_window_is_not_open_yet_waits_without_spinning_or_asking() {
    let server = server(Duration::ZERO).await;
    // Starting now with an hour's settle delay: the first window opens in an
    // hour. With no interval the feed must still wait, not spin.
    let mut feed = client(&server)
        .stream_work_orders()
        .start_time(Utc::now())
        .paginate()
        .settle(Duration::from_secs(3600))
        .follow(Duration::ZERO)
        .pages();
    let requests = server.stats().requests;
    let waited = tokio::time::timeout(Duration::from_millis(300), feed.try_next()).await;
    assert!(waited.is_err(), "nothing to deliver yet: {waited:?}");
    assert_eq!(server.stats().requests, requests, "nothing asked");
}

#[test]
fn a_feed_built_outside_a_runtime_waits_inside_one() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(server(Duration::ZERO));
    // Built outside any runtime, with a wait ahead of it (its first window
    // opens in an hour): no timer is made until it is polled.
    let mut feed = client(&server)
        .stream_work_orders()
        .start_time(Utc::now())
        .paginate()
        .settle(Duration::from_secs(3600))
        .follow(Duration::from_secs(5))
        .pages();
    let waited = runtime.block_on(async {
        tokio::time::timeout(Duration::from_millis(100), feed.try_next()).await
    });
    assert!(waited.is_err(), "nothing to deliver yet: {waited:?}");
}

#[tokio::test]
async fn a_work_order_not_visible_yet_is_not_judged_deleted() {
    // Written 1.5 s before the sweep, visible only after 3 s: the list does
    // not have it yet, and the sweep must not call it deleted.
    let server = MockServer::start(
        MockConfig::default()
            .records(5)
            .rate_limits(false)
            .visibility_delay(Duration::from_secs(3)),
    )
    .await
    .unwrap();
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(RateLimit::Off)
        .settle(Duration::from_secs(5))
        .build()
        .unwrap();
    let created = client
        .post_work_orders()
        .body(types::WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let held = [(created.id.clone(), created.updated_at_time)];
    assert_eq!(
        deleted_work_orders(&client, held.clone()).await.unwrap(),
        []
    );
    // Nor is an empty copy worth a request.
    let requests = server.stats().requests;
    assert_eq!(deleted_work_orders(&client, []).await.unwrap(), []);
    assert_eq!(server.stats().requests, requests);
}

#[tokio::test]
async fn resuming_a_cursor_reads_its_window_then_on_to_the_end_asked_for() {
    let server = server(Duration::ZERO).await;
    let client = client(&server);
    let first_end = Utc::now() - chrono::Duration::seconds(10);
    // A window clamped by the settle delay, stopped after its first page.
    let mut pages = client
        .stream_work_orders()
        .start_time(epoch())
        .end_time(first_end)
        .limit(5)
        .paginate()
        .settle(Duration::ZERO)
        .pages();
    let first = pages.try_next().await.unwrap().unwrap();
    drop(pages);
    let created = client
        .post_work_orders()
        .body(types::WorkOrderCreate::builder().asset_id("12443"))
        .send()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    // Resumed with no end asked for: the cursor's window, then up to now.
    let rest: Vec<_> = client
        .stream_work_orders()
        .start_time(epoch())
        .paginate()
        .settle(Duration::ZERO)
        .resume(first.checkpoint)
        .items()
        .map_ok(|o| o.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), 12 - 5 + 1, "{rest:?}");
    assert_eq!(rest.last(), Some(&created.id));
}

#[tokio::test]
async fn an_inverted_window_or_a_list_checkpoint_on_a_window_is_refused() {
    let server = server(Duration::ZERO).await;
    let client = client(&server);
    let inverted = client
        .stream_work_orders()
        .start_time(epoch() + chrono::Duration::days(2))
        .end_time(epoch())
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert!(
        matches!(&inverted, Error::InvalidInput(m) if m.contains("is before startTime")),
        "{inverted}"
    );
    let complete = client
        .stream_work_orders()
        .start_time(epoch())
        .paginate()
        .resume("complete".parse().unwrap())
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert!(
        matches!(&complete, Error::InvalidInput(m) if m.contains("ends a list")),
        "{complete}"
    );
}
