//! The client against the fake server in both of its profiles: the default,
//! and `MockConfig::realistic()`, which produces what the live API is
//! documented or seen to send (caught-up feeds, `null` lists, 2xx variants,
//! `OPEN` spellings, 429s without `Retry-After`, odd records, `samsara.*`
//! external ids). Every test here runs against both: the fake server is never
//! more convenient than the real API.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use chrono::{DateTime, SubsecRound, Utc};
use futures::TryStreamExt;
use samsara::checkpoint::Position;
use samsara::types::{self, EntityType};
use samsara::{Checkpoint, Client, Error, HasExternalIds, Paginate, RateLimit};
use samsara_mock::{Family, FeedStyle, MockConfig, MockServer};
use serde_json::Value;

/// The two profiles every test runs against.
fn profiles() -> [(&'static str, MockConfig); 2] {
    [
        ("default", MockConfig::default()),
        ("realistic", MockConfig::realistic()),
    ]
}

/// A mock without rate limits and a client without pacing: these tests are
/// about shapes, not budgets (`a_429_without_retry_after_…` is about budgets).
/// The client's settle delay is the profile's longest visibility delay (see
/// [`settle`]).
async fn start(config: MockConfig) -> (MockServer, Client) {
    let settle = settle(&config);
    let server = MockServer::start(config.rate_limits(false)).await.unwrap();
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(RateLimit::Off)
        .settle(settle)
        .build()
        .unwrap();
    (server, client)
}

/// The settle delay for a profile: as long as its writes may take to become
/// visible (none in the default profile, up to 2 s in the realistic one),
/// so that its windows deliver every write; not the default 30 s, which
/// these tests would have to sleep through. Late visibility itself is
/// tests/it/sync.rs's.
fn settle(config: &MockConfig) -> Duration {
    config.visibility_delay.max
}

/// Waits until a window read now covers every write so far: their settle
/// delay, and the second the client's view of the server's clock may trail.
async fn until_a_window_covers_the_writes(settle: Duration) {
    tokio::time::sleep(settle).await;
    crate::common::until_the_clock_passes_the_writes().await;
}

fn since() -> DateTime<Utc> {
    "2000-01-01T00:00:00Z".parse().unwrap()
}

/// A record version: `id` and `updatedAtTime` as the API sent them.
type Version = (String, String);

fn version_of_order(order: &types::WorkOrder) -> Version {
    (order.id.clone(), order.updated_at_time.to_rfc3339())
}

fn version_of_raw(raw: &Value) -> Version {
    let updated = raw["updatedAtTime"]
        .as_str()
        .and_then(|t| t.parse::<DateTime<Utc>>().ok())
        .map_or_else(|| "?".to_owned(), |t| t.to_rfc3339());
    (raw["id"].as_str().unwrap_or("?").to_owned(), updated)
}

/// Every version a page delivers, odd records included.
fn versions(page: &samsara::Page<types::WorkOrder>) -> Vec<Version> {
    let mut out: Vec<Version> = page.items.iter().map(version_of_order).collect();
    out.extend(page.rejected.iter().map(|r| version_of_raw(&r.raw_json())));
    out
}

fn odd_ids(server: &MockServer, family: Family) -> BTreeSet<String> {
    server
        .odd_records()
        .into_iter()
        .filter(|r| r.family == family)
        .map(|r| r.id)
        .collect()
}

/// The `end=` of a cursor checkpoint's window, as its string names it.
fn window_end(checkpoint: &Checkpoint) -> Option<DateTime<Utc>> {
    let text = checkpoint.to_string();
    let (_, rest) = text.split_once(";end=")?;
    rest.split(';').next()?.parse().ok()
}

/// A tiny deterministic generator (xorshift64) for the "random" kill points.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backfill_delivers_every_record_and_surfaces_each_odd_one_in_place() {
    for (profile, config) in profiles() {
        let (server, client) = start(config.records(120).seed(5)).await;
        for entity in [EntityType::Worker, EntityType::Asset] {
            let mut items = client
                .get_qualification_records_stream()
                .entity_type(entity.clone())
                .start_time(since())
                .include_deleted(true)
                .limit(25)
                .items();
            let (mut good, mut odd) = (BTreeSet::new(), BTreeSet::new());
            while let Some(next) = items.try_next().await.transpose() {
                match next {
                    Ok(record) => assert!(good.insert(record.id), "{profile}: twice"),
                    Err(Error::Record(record)) => {
                        assert!(!record.raw.is_empty());
                        assert!(record.path.starts_with("data["), "{}", record.path);
                        odd.insert(record.id.clone().expect("odd records keep their id"));
                    }
                    Err(e) => panic!("{profile}: {e}"),
                }
            }
            assert!(good.is_disjoint(&odd));
            let all = odd_ids(&server, Family::QualificationRecord);
            let expected_odd: BTreeSet<String> =
                all.intersection(&(&good | &odd)).cloned().collect();
            assert_eq!(
                odd, expected_odd,
                "{profile} {entity}: exactly the odd ones, none dropped"
            );
            assert!(
                matches!(
                    items.checkpoint().map(Checkpoint::position),
                    Some(Position::Through(_))
                ),
                "{profile}: {:?}",
                items.checkpoint()
            );
        }
        if profile == "realistic" {
            assert!(!odd_ids(&server, Family::QualificationRecord).is_empty());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_and_resume_at_random_pages_with_writes_delivers_every_change_exactly_once() {
    for (seed, (profile, config)) in profiles().into_iter().enumerate() {
        let settle = settle(&config);
        let (server, client) = start(config.records(150).seed(21)).await;
        let odd = odd_ids(&server, Family::WorkOrder);
        // A window ending a settle delay ago ends where it is asked to; to
        // the millisecond, Samsara's precision and what its checkpoints keep.
        let t1 = (Utc::now() - chrono::Duration::from_std(settle).unwrap()).trunc_subsecs(3);
        let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ seed as u64);
        let mut delivered: Vec<Version> = Vec::new();
        let mut written: BTreeSet<String> = BTreeSet::new();
        let mut saved = Checkpoint::beginning().to_string();
        let mut runs = 0;
        'backfill: loop {
            runs += 1;
            let resume: Checkpoint = saved.parse().unwrap();
            let mut pages = client
                .stream_work_orders()
                .start_time(since())
                .end_time(t1)
                .limit(10)
                .paginate()
                .prefetch(rng.below(2) == 0)
                .resume(resume)
                .pages();
            for _ in 0..=rng.below(3) {
                let Some(page) = pages.try_next().await.unwrap() else {
                    break 'backfill;
                };
                delivered.extend(versions(&page));
                saved = page.checkpoint.to_string();
                // Writes land meanwhile: a patch of an order already seen or
                // not yet seen, and now and then a new order.
                let target = format!("{}", rng.below(150) + 1);
                let patch = types::WorkOrderPatch::builder()
                    .id(target.clone())
                    .description(Some(format!("patched in run {runs}")));
                match client.patch_work_orders().body(patch).send().await {
                    Ok(_) => {}
                    // An odd record's patch took effect; its answer does not decode.
                    Err(Error::UnreadableSuccess { .. }) if odd.contains(&target) => {}
                    Err(e) => panic!("{profile}: patch {target}: {e}"),
                }
                written.insert(target);
                if rng.below(3) == 0 {
                    let create = types::WorkOrderCreate::builder().asset_id("12443");
                    let created = client.post_work_orders().body(create).send().await.unwrap();
                    written.insert(created.id);
                }
            }
            // Killed here: the stream is dropped; only `saved` survives.
        }
        assert!(
            runs > 3,
            "{profile}: killed and resumed several times ({runs})"
        );
        let last: Checkpoint = saved.parse().unwrap();
        assert_eq!(last.operation(), Some("stream_work_orders"), "{profile}");
        assert_eq!(last.through_time(), Some(t1), "{profile}: {saved}");
        // The next sync, from the checkpoint: everything written since t1.
        until_a_window_covers_the_writes(settle).await;
        let t2 = Utc::now() + chrono::Duration::seconds(1);
        let next: Vec<_> = client
            .stream_work_orders()
            .start_time(since())
            .end_time(t2)
            .limit(10)
            .paginate()
            .resume(saved.parse().unwrap())
            .pages()
            .try_collect()
            .await
            .unwrap();
        delivered.extend(next.iter().flat_map(versions));

        // A clean run after all the writes: every record's latest version.
        let clean: Vec<_> = client
            .stream_work_orders()
            .start_time(since())
            .end_time(t2)
            .pages()
            .try_collect()
            .await
            .unwrap();
        let latest: BTreeSet<Version> = clean.iter().flat_map(versions).collect();

        let mut seen = BTreeMap::new();
        for version in &delivered {
            *seen.entry(version.clone()).or_insert(0) += 1;
        }
        let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
        assert!(twice.is_empty(), "{profile}: delivered twice: {twice:?}");
        let missing: Vec<_> = latest.iter().filter(|v| !seen.contains_key(*v)).collect();
        assert!(
            missing.is_empty(),
            "{profile}: never delivered: {missing:?}"
        );
        for (id, updated) in seen.keys() {
            let current = latest.contains(&(id.clone(), updated.clone()));
            assert!(
                current || written.contains(id),
                "{profile}: {id}@{updated} is neither current nor an older version of a written record"
            );
        }
        assert!(!written.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_catches_up_waits_and_picks_up_new_writes_in_every_profile_and_feed_style() {
    let configs = profiles().into_iter().chain([(
        "always-more feed",
        MockConfig::realistic().feed(FeedStyle::AlwaysMore),
    )]);
    for (profile, config) in configs {
        let settle = settle(&config);
        let (server, client) = start(config.records(30).seed(3)).await;
        let seeded = 30;
        let mut feed = client
            .stream_work_orders()
            .start_time(since())
            .limit(8)
            .follow(Duration::from_millis(50))
            .items();
        let mut seen = 0;
        while seen < seeded {
            match feed.try_next().await {
                Ok(Some(_)) | Err(Error::Record(_)) => seen += 1,
                Ok(None) => panic!("{profile}: a follow stream ended"),
                Err(e) => panic!("{profile}: {e}"),
            }
        }
        // Caught up: nothing for a while, and the stream does not end.
        let idle = tokio::time::timeout(Duration::from_millis(300), feed.try_next()).await;
        assert!(
            idle.is_err(),
            "{profile}: nothing new, so nothing yielded: {idle:?}"
        );
        let created = client
            .post_work_orders()
            .body(types::WorkOrderCreate::builder().asset_id("12443"))
            .send()
            .await
            .unwrap();
        let next = tokio::time::timeout(settle + Duration::from_secs(10), feed.try_next())
            .await
            .unwrap_or_else(|_| panic!("{profile}: the new order arrives"))
            .unwrap()
            .unwrap();
        assert_eq!(next.id, created.id, "{profile}");
        // The feed's checkpoint (of the last page it finished) is not past
        // the new order: the end of a window before it, or a cursor of the
        // window holding it (after an empty page that promised more).
        let checkpoint = feed.checkpoint().expect("pages were finished");
        let at = created.updated_at_time;
        let before_it = match checkpoint.position() {
            Position::Through(end) => *end <= at,
            Position::After(_) => window_end(checkpoint).is_some_and(|end| end > at),
            _ => false,
        };
        assert!(before_it, "{profile}: {checkpoint} is past {at}");
        drop(server);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_succeeds_whatever_2xx_the_server_answers() {
    for (profile, config) in profiles() {
        let (_server, client) = start(config).await;
        for round in 0..3 {
            let create: types::QualificationRecordCreate =
                serde_json::from_value(serde_json::json!({
                    "issueDate": "2025-08-27T10:20:30Z",
                    "owner": {"entityType": "worker", "id": "281474"},
                    "qualificationType": {"id": "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7"},
                    "fields": []
                }))
                .unwrap();
            let created = client.post_qualification_record().body(create).send().await;
            let record = created.unwrap_or_else(|e| panic!("{profile} round {round}: {e}"));
            let id = || types::QualificationRecordIdRequest::builder().id(record.id.clone());
            client
                .archive_qualification_record()
                .body(id())
                .send()
                .await
                .unwrap();
            client
                .unarchive_qualification_record()
                .body(id())
                .send()
                .await
                .unwrap();
            client
                .delete_qualification_record()
                .body(id())
                .send()
                .await
                .unwrap();

            let order = client
                .post_work_orders()
                .body(types::WorkOrderCreate::builder().asset_id("12443"))
                .send()
                .await
                .unwrap_or_else(|e| panic!("{profile} round {round}: {e}"));
            let patch = types::WorkOrderPatch::builder()
                .id(order.id.clone())
                .status(Some(types::WorkOrderStatus::InProgress));
            let patched = client.patch_work_orders().body(patch).send().await.unwrap();
            assert_eq!(
                patched.status,
                types::WorkOrderStatus::InProgress,
                "{profile}"
            );
            client
                .delete_work_orders()
                .id(order.id)
                .send()
                .await
                .unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_copied_from_the_docs_work_and_samsara_external_ids_are_found() {
    for (profile, config) in profiles() {
        let (_server, client) = start(config.records(40)).await;
        let listed = client
            .get_qualification_records()
            .ids(samsara::IdRef::list(["9814a1fa-f0c6-408b-bf85-51dc3bc71ac7"]).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(listed.data.len(), 1, "{profile}");
        assert_eq!(listed.data[0].owner.id, "281474", "{profile}");
        assert_eq!(
            listed.data[0].created_by.id, "938172",
            "{profile}: the docs' driver"
        );
        let found = client
            .work_orders_by_ids(vec!["5".into()], false)
            .await
            .unwrap();
        assert_eq!(found.items[0].asset_id, "12443", "{profile}");
        assert_eq!(
            found.items[0].assigned_user_id.as_deref(),
            Some("1234"),
            "{profile}: the docs' user"
        );

        // Assets carry Samsara's automatic external ids; look one up by them.
        let assets: Vec<_> = client
            .get_qualification_records_stream()
            .entity_type(EntityType::Asset)
            .start_time(since())
            .include_external_ids(true)
            .pages()
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .into_iter()
            .flat_map(|p| p.items)
            .collect();
        let owner = &assets[0].owner;
        let serial = owner
            .external_id("samsara.serial")
            .expect("an automatic id");
        let by_serial: Vec<_> = client
            .get_qualification_records_stream()
            .entity_type(EntityType::Asset)
            .start_time(since())
            .owner_ids(vec![format!("samsara.serial:{serial}")])
            .items()
            .try_collect()
            .await
            .unwrap();
        assert!(!by_serial.is_empty(), "{profile}");
        assert!(
            by_serial.iter().all(|r| r.owner.id == owner.id),
            "{profile}"
        );
        let orders: Vec<_> = client
            .stream_work_orders()
            .start_time(since())
            .asset_ids(vec!["samsara.vin:1FUJGLDR0CLBP8834".to_owned()])
            .pages()
            .try_collect::<Vec<_>>()
            .await
            .unwrap();
        assert!(
            orders
                .iter()
                .flat_map(|p| &p.items)
                .all(|o| o.asset_id == "12443"),
            "{profile}"
        );
        assert!(
            orders.iter().map(|p| p.items.len()).sum::<usize>() > 0,
            "{profile}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upper_case_spellings_read_as_the_known_values() {
    let (server, client) = start(MockConfig::realistic().records(30)).await;
    // The server really sends other spellings (read from the wire, not the client).
    let raw: Value = serde_json::from_str(
        &reqwest::Client::new()
            .get(format!(
                "{}/maintenance/work-orders/stream?startTime=2000-01-01T00:00:00Z&limit=512",
                server.url()
            ))
            .bearer_auth(server.token())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
    .unwrap();
    let upper = raw["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| {
            o["status"]
                .as_str()
                .is_some_and(|s| !s.chars().any(char::is_lowercase))
        })
        .count();
    assert!(upper > 0, "the realistic server sends OPEN-style spellings");
    let orders: Vec<_> = client
        .stream_work_orders()
        .start_time(since())
        .pages()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    let orders: Vec<&types::WorkOrder> = orders.iter().flat_map(|p| &p.items).collect();
    assert!(orders.len() >= 20);
    assert!(
        orders.iter().all(|o| o.status.is_known()),
        "OPEN reads as Open"
    );
    assert!(
        orders
            .iter()
            .filter_map(|o| o.priority.as_ref())
            .all(|p| p.is_known())
    );
    let open: Vec<_> = client
        .stream_work_orders()
        .start_time(since())
        .work_order_statuses(vec![types::WorkOrderStatus::Open])
        .items()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(
        open.len(),
        orders
            .iter()
            .filter(|o| o.status == types::WorkOrderStatus::Open)
            .count(),
        "the filter sends the documented spelling and the server honours it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_without_retry_after_backs_off_and_succeeds() {
    let config = MockConfig {
        reads_per_second: 1,
        ..MockConfig::realistic()
    };
    let server = MockServer::start(config).await.unwrap();
    let client = Client::builder()
        .token(server.token())
        .base_url(server.url())
        .rate_limit(RateLimit::Off)
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..3 {
        let mut pages = client
            .get_work_orders()
            .limit(5)
            .paginate()
            .prefetch(false)
            .pages();
        pages.try_next().await.unwrap().unwrap();
    }
    assert!(server.stats().rate_limited > 0, "the budget was overdrawn");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_window_ending_after_now_loses_nothing_written_before_its_end() {
    for (profile, config) in profiles() {
        let settle = settle(&config);
        let (server, client) = start(config.records(20)).await;
        let odd = odd_ids(&server, Family::WorkOrder);
        // A window that ends 3 s in the future (or a client clock 3 s fast).
        let t1 = Utc::now() + chrono::Duration::seconds(3);
        let pages: Vec<_> = client
            .stream_work_orders()
            .start_time(since())
            .end_time(t1)
            .pages()
            .try_collect()
            .await
            .unwrap();
        let saved = pages.last().unwrap().checkpoint.clone();
        let until = saved
            .through_time()
            .unwrap_or_else(|| panic!("{profile}: {saved}"));
        assert!(
            until < t1,
            "{profile}: the window ends at the server's clock less the settle delay, not at {t1}"
        );
        // A write stamped before t1, after the window was read.
        let target = (1..=20)
            .map(|n| n.to_string())
            .find(|id| !odd.contains(id))
            .unwrap();
        let patch = types::WorkOrderPatch::builder()
            .id(target.clone())
            .description(Some("after the sync".to_owned()));
        let patched = client.patch_work_orders().body(patch).send().await.unwrap();
        assert!(patched.updated_at_time < t1);
        assert!(patched.updated_at_time >= until, "after the window's end");
        until_a_window_covers_the_writes(settle).await;
        let next: Vec<_> = client
            .stream_work_orders()
            .start_time(since())
            .paginate()
            .resume(saved)
            .items()
            .try_collect()
            .await
            .unwrap();
        assert!(
            next.iter()
                .any(|o| o.id == target && o.description.as_deref() == Some("after the sync")),
            "{profile}: the change is delivered by the next sync"
        );
    }
}
