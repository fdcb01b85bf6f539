//! Decode benchmark: one realistic 512-record page of each stream family,
//! decoded into the typed page, against the floor for reading that JSON
//! (`serde_json::from_slice::<serde::de::IgnoredAny>` on the same bytes).
//!
//! The pages are not canned: at start the fake server runs in-process (rate
//! limits off, seed 1) and one raw page of each stream endpoint is fetched
//! with reqwest, so the bytes are exactly what a backfill decodes. Each page
//! is checked to decode into its typed page (512 items) before any timing.
//!
//! ```text
//! cargo bench --bench decode                       # criterion defaults
//! cargo bench --bench decode -- --warm-up-time 1 --measurement-time 3 typed
//! ```
//!
//! Besides serde_json it times sonic-rs and simd-json on the same bytes, both
//! the floor (`IgnoredAny`) and the typed page through their serde front ends,
//! to see whether either beats serde_json's floor. The fixture sizes and the
//! field kinds they cover are written to `$SAMSARA_BENCH_OUT/decode_fixtures.json`
//! (default `<target>/bench/`) for `cargo xtask bench`.
//!
//! Before any timing it also counts, for each typed decoder, the heap
//! allocations one decode of the page makes, the bytes they ask for, and the
//! bytes the decoded page holds (allocated and not yet freed when the decode
//! returns), per record: a counting global allocator (`Counting`), switched on
//! only for those counts, so the timed decodes pay one relaxed load per
//! allocation, the same for every decoder.
//!
//! `SAMSARA_BENCH_FIXTURES=DIR` decodes `DIR/<family>.json` instead of the
//! fetched pages (saving them there first when missing): run two commits
//! with the same `DIR` to compare their decoders on the same bytes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicBool, AtomicUsize};

use criterion::{BatchSize, Criterion, Throughput};
use samsara::types::{QualificationRecordPage, WorkOrderPage};
use samsara_mock::{MockConfig, MockServer};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::Value;

/// The system allocator, counting while [`COUNTING`] is on.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static FREED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; counting only reads
// the layouts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Relaxed) {
            ALLOCATIONS.fetch_add(1, Relaxed);
            ALLOCATED.fetch_add(layout.size(), Relaxed);
        }
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Relaxed) {
            FREED.fetch_add(layout.size(), Relaxed);
        }
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Relaxed) {
            // A growth is one more allocation of the new size and a free of
            // the old, as the allocator may do it.
            ALLOCATIONS.fetch_add(1, Relaxed);
            ALLOCATED.fetch_add(new_size, Relaxed);
            FREED.fetch_add(layout.size(), Relaxed);
        }
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What one call of `decode` allocates: allocations (growths included),
/// bytes asked for, and bytes still held by what it returns.
fn count_allocations<O>(decode: impl FnOnce() -> O) -> (usize, usize, usize) {
    for counter in [&ALLOCATIONS, &ALLOCATED, &FREED] {
        counter.store(0, Relaxed);
    }
    COUNTING.store(true, Relaxed);
    let out = decode();
    COUNTING.store(false, Relaxed);
    let counts = (
        ALLOCATIONS.load(Relaxed),
        ALLOCATED.load(Relaxed),
        ALLOCATED.load(Relaxed).saturating_sub(FREED.load(Relaxed)),
    );
    drop(black_box(out));
    counts
}

/// Allocations per record of each typed decoder on `bytes`, as JSON.
fn allocations<T: DeserializeOwned>(bytes: &[u8], items: usize) -> Value {
    let per = |(count, allocated, held): (usize, usize, usize)| {
        let n = items.max(1) as f64;
        serde_json::json!({
            "allocations_per_record": (count as f64 / n * 10.0).round() / 10.0,
            "bytes_allocated_per_record": (allocated as f64 / n).round(),
            "bytes_held_per_record": (held as f64 / n).round(),
        })
    };
    let mut owned = bytes.to_vec();
    serde_json::json!({
        "serde_json_typed": per(count_allocations(|| {
            samsara::__private::decode::from_slice::<T>(bytes).unwrap()
        })),
        "sonic_rs_typed": per(count_allocations(|| sonic_rs::from_slice::<T>(bytes).ok())),
        // Its copy of the body is made before counting: only the decode is counted.
        "simd_json_typed": per(count_allocations(|| {
            simd_json::serde::from_slice::<T>(&mut owned).ok()
        })),
    })
}

/// The window every seeded item falls into (the mock seeds 2024-01-01..2025-10-01).
const START: &str = "2024-01-01T00:00:00Z";
const END: &str = "2026-01-01T00:00:00Z";
/// Samsara's largest page, what a backfill asks for.
const PAGE: usize = 512;
/// Records seeded: 3 in 5 are workers, so ≥ 512 worker records.
const SEEDED: usize = 1000;

/// One fetched page of a stream family.
struct Fixture {
    /// Names the criterion group: `decode_<family>`.
    family: &'static str,
    /// The request path and query.
    path: String,
    bytes: Vec<u8>,
}

fn main() {
    let mut fixtures = fetch_fixtures();
    saved_fixtures(&mut fixtures);
    let mut report = serde_json::Map::new();
    for fixture in &fixtures {
        let items = match fixture.family {
            "qualification_records" => check::<QualificationRecordPage>(fixture, |p| p.data.len()),
            _ => check::<WorkOrderPage>(fixture, |p| p.data.len()),
        };
        let kinds = kinds(&fixture.bytes);
        let allocations = match fixture.family {
            "qualification_records" => {
                allocations::<QualificationRecordPage>(&fixture.bytes, items)
            }
            _ => allocations::<WorkOrderPage>(&fixture.bytes, items),
        };
        eprintln!("  allocations: {allocations}");
        eprintln!(
            "decode fixture {}: {} items, {} bytes ({:.2} MB), {}",
            fixture.family,
            items,
            fixture.bytes.len(),
            mb(fixture.bytes.len()),
            fixture.path
        );
        eprintln!(
            "  kinds: {}",
            kinds.iter().cloned().collect::<Vec<_>>().join(", ")
        );
        report.insert(
            fixture.family.to_owned(),
            serde_json::json!({
                "path": fixture.path,
                "items": items,
                "bytes": fixture.bytes.len(),
                "bytes_per_item": fixture.bytes.len() / items.max(1),
                "kinds": kinds,
                "allocations": allocations,
                "type_bytes": type_sizes(),
            }),
        );
    }
    write_report(&Value::Object(report));

    let mut c = Criterion::default().configure_from_args();
    for fixture in &fixtures {
        match fixture.family {
            "qualification_records" => bench_family::<QualificationRecordPage>(&mut c, fixture),
            _ => bench_family::<WorkOrderPage>(&mut c, fixture),
        }
    }
    c.final_summary();
}

/// Times every decoder on one page. The other libraries' typed decoders are
/// timed only where they give the same page as serde_json.
fn bench_family<T: DeserializeOwned + PartialEq>(c: &mut Criterion, fixture: &Fixture) {
    let bytes = fixture.bytes.as_slice();
    let mut group = c.benchmark_group(format!("decode_{}", fixture.family));
    group.throughput(Throughput::Bytes(bytes.len() as u64));

    group.bench_function("serde_json_ignored_any", |b| {
        b.iter(|| serde_json::from_slice::<IgnoredAny>(black_box(bytes)).unwrap())
    });
    // What the client does with every body (`samsara::__private::decode::from_slice`:
    // one UTF-8 check, then serde_json from `&str`). Decoding only: the page
    // is dropped outside the timed loop. A backfill pays for the drop too:
    // `serde_json_typed_with_drop`.
    group.bench_function("serde_json_typed", |b| {
        timed_without_drop(b, || {
            samsara::__private::decode::from_slice::<T>(black_box(bytes)).unwrap()
        })
    });
    group.bench_function("serde_json_typed_with_drop", |b| {
        b.iter(|| samsara::__private::decode::from_slice::<T>(black_box(bytes)).unwrap())
    });
    // Plain `serde_json::from_slice`, which checks every string as UTF-8 on
    // its own (progenitor's decoder, the client's before its own decoder).
    group.bench_function("serde_json_typed_from_slice", |b| {
        timed_without_drop(b, || serde_json::from_slice::<T>(black_box(bytes)).unwrap())
    });
    group.bench_function("serde_json_value", |b| {
        timed_without_drop(b, || {
            serde_json::from_slice::<Value>(black_box(bytes)).unwrap()
        })
    });

    let reference: T = serde_json::from_slice(bytes).unwrap();
    group.bench_function("sonic_rs_ignored_any", |b| {
        b.iter(|| sonic_rs::from_slice::<IgnoredAny>(black_box(bytes)).unwrap())
    });
    match sonic_rs::from_slice::<T>(bytes) {
        Ok(page) if page == reference => {
            group.bench_function("sonic_rs_typed", |b| {
                timed_without_drop(b, || sonic_rs::from_slice::<T>(black_box(bytes)).unwrap())
            });
        }
        Ok(_) => eprintln!(
            "sonic-rs reads the {} page differently: not timed",
            fixture.family
        ),
        Err(e) => eprintln!("sonic-rs cannot read the {} page: {e}", fixture.family),
    }

    // simd-json parses in place: the copy out of the (immutable) response
    // body is part of its cost and is timed with it.
    group.bench_function("simd_json_ignored_any", |b| {
        b.iter(|| {
            let mut owned = black_box(bytes).to_vec();
            simd_json::serde::from_slice::<IgnoredAny>(&mut owned).unwrap()
        })
    });
    match simd_json::serde::from_slice::<T>(&mut bytes.to_vec()) {
        Ok(page) if page == reference => {
            group.bench_function("simd_json_typed", |b| {
                timed_without_drop(b, || {
                    let mut owned = black_box(bytes).to_vec();
                    simd_json::serde::from_slice::<T>(&mut owned).unwrap()
                })
            });
        }
        Ok(_) => eprintln!(
            "simd-json reads the {} page differently: not timed",
            fixture.family
        ),
        Err(e) => eprintln!("simd-json cannot read the {} page: {e}", fixture.family),
    }
    group.finish();
}

/// Times `decode` with the value it returns dropped outside the timing, one
/// value at a time. (criterion's `iter_with_large_drop` keeps a batch of
/// pages alive, each 5.6 MB, so page faults enter the timing and the figure
/// depends on the sample size.)
fn timed_without_drop<O>(b: &mut criterion::Bencher<'_>, mut decode: impl FnMut() -> O) {
    b.iter_batched(|| (), |()| decode(), BatchSize::PerIteration);
}

/// Decodes the page into its typed form (with the JSON path of any error)
/// and returns how many items it holds; panics if that fails, so nothing
/// is timed on bytes the crate cannot read.
fn check<T: DeserializeOwned>(fixture: &Fixture, items: impl Fn(&T) -> usize) -> usize {
    let de = &mut serde_json::Deserializer::from_slice(&fixture.bytes);
    let page: T = serde_path_to_error::deserialize(de).unwrap_or_else(|e| {
        panic!(
            "the {} page does not decode into its typed page at {}: {}",
            fixture.family,
            e.path(),
            e.inner()
        )
    });
    let n = items(&page);
    assert_eq!(
        n, PAGE,
        "the {} page should hold {PAGE} items",
        fixture.family
    );
    n
}

/// The `type` of every custom field and table cell on the page, as
/// `field:<type>` / `cell:<type>`, to show which kinds the fixture covers.
fn kinds(bytes: &[u8]) -> BTreeSet<String> {
    fn walk(value: &Value, what: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let (Some(Value::String(kind)), Some(_)) = (map.get("type"), map.get("id"))
                    && matches!(what, "fields" | "cells")
                {
                    out.insert(format!("{}:{kind}", what.trim_end_matches('s')));
                }
                for (key, child) in map {
                    walk(child, key, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, what, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
        walk(&value, "", &mut out);
    }
    out
}

/// Starts the fake server in-process and fetches one raw page per family.
fn fetch_fixtures() -> Vec<Fixture> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let server = MockServer::start(
            MockConfig::default()
                .records(SEEDED)
                .seed(1)
                .rate_limits(false),
        )
        .await
        .expect("the fake server starts");
        let http = reqwest::Client::new();
        let window =
            format!("startTime={START}&endTime={END}&limit={PAGE}&includeExternalIds=true");
        let mut fixtures = Vec::new();
        for (family, path) in [
            (
                "qualification_records",
                format!(
                    "/qualification-records/stream?entityType=worker&includeDeleted=true&{window}"
                ),
            ),
            (
                "work_orders",
                format!("/maintenance/work-orders/stream?{window}"),
            ),
        ] {
            let response = http
                .get(format!("{}{path}", server.url()))
                .bearer_auth(server.token())
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .unwrap_or_else(|e| panic!("fetching {path}: {e}"));
            let bytes = response
                .bytes()
                .await
                .unwrap_or_else(|e| panic!("reading {path}: {e}"))
                .to_vec();
            fixtures.push(Fixture {
                family,
                path,
                bytes,
            });
        }
        let _ = server.shutdown().await;
        fixtures
    })
}

/// With `SAMSARA_BENCH_FIXTURES=DIR`, decodes `DIR/<family>.json` instead of
/// the pages just fetched (written there first when missing), so that two
/// commits can be timed on the same bytes.
fn saved_fixtures(fixtures: &mut [Fixture]) {
    let Some(dir) = std::env::var_os("SAMSARA_BENCH_FIXTURES").map(PathBuf::from) else {
        return;
    };
    for fixture in fixtures {
        let path = dir.join(format!("{}.json", fixture.family));
        match std::fs::read(&path) {
            Ok(bytes) => fixture.bytes = bytes,
            Err(_) => {
                std::fs::create_dir_all(&dir)
                    .and_then(|()| std::fs::write(&path, &fixture.bytes))
                    .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            }
        }
        eprintln!("decode fixture {}: {}", fixture.family, path.display());
    }
}

/// The size of the record types and their largest parts, in bytes.
fn type_sizes() -> Value {
    use samsara::types::{QualificationField, QualificationRecord, TableCell, WorkOrder};
    use std::mem::size_of;
    serde_json::json!({
        "QualificationRecord": size_of::<QualificationRecord>(),
        "QualificationField": size_of::<QualificationField>(),
        "TableCell": size_of::<TableCell>(),
        "WorkOrder": size_of::<WorkOrder>(),
    })
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// `$SAMSARA_BENCH_OUT`, else `$CARGO_TARGET_DIR/bench`, else `target/bench`.
fn out_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SAMSARA_BENCH_OUT") {
        return dir.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench")
}

fn write_report(report: &Value) {
    let dir = out_dir();
    let path = dir.join("decode_fixtures.json");
    let text = serde_json::to_string_pretty(report).expect("JSON");
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text)) {
        eprintln!("cannot write {}: {e}", path.display());
    }
}
