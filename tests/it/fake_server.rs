//! The client against the project's fake Samsara server (`samsara-mock`) over
//! loopback, with the documented rate limits on and 20% of requests faulted
//! (5xx with text bodies, 429s, delays, bodies cut mid-way): every operation
//! works, and a backfill finds every record exactly once, in order, without
//! earning a single rate-limit 429.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use samsara::types::{self, EntityType, QualificationFieldInput};
use samsara::{Client, ExternalId, IdRef, Paginate, RetryPolicy};
use samsara_mock::{MockConfig, MockServer};

/// Patient enough that 20% faults never exhaust the attempts (0.2^12).
fn patient() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 12,
        initial_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(500),
        ..RetryPolicy::default()
    }
}

/// A client with `retry` and no settle delay: the fake server (default
/// profile) shows every write at once and shares the test's clock.
fn client(server: &MockServer, retry: RetryPolicy) -> Client {
    Client::builder()
        .token(server.token())
        .base_url(server.url())
        .retry(retry)
        .settle(Duration::ZERO)
        .build()
        .unwrap()
}

fn since() -> DateTime<Utc> {
    "2000-01-01T00:00:00Z".parse().unwrap()
}

fn until() -> DateTime<Utc> {
    Utc::now() + chrono::Duration::days(1)
}

/// Asserts ids are unique and `updatedAtTime` never goes backwards.
fn assert_once_in_order<'a>(
    what: &str,
    items: impl Iterator<Item = (&'a str, DateTime<Utc>)>,
) -> usize {
    let mut seen = HashSet::new();
    let mut last = DateTime::<Utc>::MIN_UTC;
    for (id, updated) in items {
        assert!(seen.insert(id.to_owned()), "{what}: {id} seen twice");
        assert!(
            updated >= last,
            "{what}: {id} out of order ({updated} < {last})"
        );
        last = updated;
    }
    seen.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backfill_of_5000_records_per_family_under_faults_is_complete_ordered_and_never_throttled()
{
    let server = MockServer::start(MockConfig::default().records(5000).seed(11).faults(0.2))
        .await
        .unwrap();
    let client = client(&server, patient());

    let mut records = 0;
    for entity in [EntityType::Worker, EntityType::Asset] {
        let stream = client
            .get_qualification_records_stream()
            .entity_type(entity.clone())
            .start_time(since())
            .end_time(until())
            .include_deleted(true)
            .limit(512);
        let page: Vec<types::QualificationRecord> = stream.items().try_collect().await.unwrap();
        records += assert_once_in_order(
            &format!("{entity} records"),
            page.iter().map(|r| (r.id.as_str(), r.updated_at_time)),
        );
    }
    assert_eq!(records, 5000, "every qualification record exactly once");

    let orders: Vec<types::WorkOrder> = client
        .stream_work_orders()
        .start_time(since())
        .end_time(until())
        .limit(512)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        assert_once_in_order(
            "work orders",
            orders.iter().map(|o| (o.id.as_str(), o.updated_at_time))
        ),
        5000
    );

    let stats = server.stats();
    assert!(stats.faults > 0, "faults were injected: {stats:?}");
    assert_eq!(
        stats.rate_limited, 0,
        "client-side pacing earned no 429: {stats:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_works_under_faults_and_rate_limits() {
    let server = MockServer::start(MockConfig::default().records(30).seed(5).faults(0.2))
        .await
        .unwrap();
    // The fake server never applies a faulted write, so replaying creates is safe here.
    let client = client(
        &server,
        RetryPolicy {
            retry_writes: true,
            ..patient()
        },
    );

    // Qualification types and an owner to attach a record to.
    let kinds: Vec<_> = client
        .get_qualification_types()
        .entity_type(EntityType::Worker)
        .items()
        .try_collect()
        .await
        .unwrap();
    let kind = &kinds[0];
    let before: Vec<_> = client
        .get_qualification_records_stream()
        .entity_type(EntityType::Worker)
        .start_time(since())
        .end_time(until())
        .items()
        .try_collect()
        .await
        .unwrap();
    let owner = before[0].owner.id.clone();

    // Create with an external id, then find it by that id.
    let external: ExternalId = "payroll:TOUR42".parse().unwrap();
    let create = types::QualificationRecordCreate::builder()
        .issue_date(Utc::now())
        .owner(types::QualificationOwnerInput::worker(owner))
        .qualification_type(types::QualificationTypeRefInput::id(kind.id.clone()))
        .external_ids(Some(
            [(external.key().to_owned(), external.value().to_owned())].into(),
        ))
        .fields(Some(vec![QualificationFieldInput::text(
            kind.fields[0].id.clone(),
            "D1234567",
        )]));
    let created = client
        .post_qualification_record()
        .body(create)
        .send()
        .await
        .unwrap();
    let found = client
        .qualification_record_by_external_id(&external)
        .await
        .unwrap()
        .expect("found by external id");
    assert_eq!(found.id, created.id);
    let listed = client
        .get_qualification_records()
        .ids(vec![IdRef::id(&created.id).unwrap()])
        .send()
        .await
        .unwrap();
    assert_eq!(listed.data.len(), 1);

    // Patch, archive, unarchive, delete.
    let patch = types::QualificationRecordPatch::builder()
        .id(created.id.clone())
        .expiration_date(Some(until()));
    let patched = client
        .patch_qualification_record()
        .body(patch)
        .send()
        .await
        .unwrap();
    assert!(patched.updated_at_time >= created.updated_at_time);
    let id = || types::QualificationRecordIdRequest::builder().id(created.id.clone());
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

    // Work orders: create, patch, list by id, delete.
    let asset = client
        .get_work_orders()
        .items()
        .try_next()
        .await
        .unwrap()
        .unwrap()
        .asset_id;
    let create = types::WorkOrderCreate::builder()
        .asset_id(IdRef::id(asset).unwrap())
        .description(Some("Brakes squeal".into()));
    let order = client.post_work_orders().body(create).send().await.unwrap();
    let patch = types::WorkOrderPatch::builder()
        .id(order.id.clone())
        .status(Some(types::WorkOrderStatus::Completed));
    assert_eq!(
        client
            .patch_work_orders()
            .body(patch)
            .send()
            .await
            .unwrap()
            .status,
        types::WorkOrderStatus::Completed
    );
    let listed = client
        .get_work_orders()
        .ids(vec![order.id.clone()])
        .send()
        .await
        .unwrap();
    assert_eq!(listed.data[0].id, order.id);
    client
        .delete_work_orders()
        .id(order.id.clone())
        .send()
        .await
        .unwrap();

    // Every write happened exactly once: one new record and one new order at most.
    crate::common::until_the_clock_passes_the_writes().await;
    let after: Vec<_> = client
        .get_qualification_records_stream()
        .entity_type(EntityType::Worker)
        .start_time(since())
        .end_time(until())
        .include_deleted(true)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        after.len(),
        before.len() + 1,
        "one record created, none duplicated"
    );
    let deleted = after.iter().find(|r| r.id == created.id).unwrap();
    assert_eq!(deleted.record_status, types::RecordStatus::Deleted);
    let orders: Vec<_> = client
        .get_work_orders()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        orders.len(),
        30,
        "the order created was deleted, none duplicated"
    );
    assert_eq!(server.stats().rate_limited, 0);
}
