//! The server's state: the organisation (workers, assets, places), its
//! qualification types, records and work orders (each family's versions with
//! an index in `(updatedAtTime, id)` order for the streams: see
//! [`Versions`]), the write clock and when writes become visible.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use samsara::types::{EntityType, QualificationRecord, QualificationType, WorkOrder};

use crate::config::VisibilityDelay;
use crate::cursor::{Position, nanos};
use crate::rng::Rng;
use crate::versions::Versions;
use crate::webhooks::WorkOrderChange;

/// External ids: key → value. Keys set through the API are alphanumeric;
/// Samsara's automatic ones are `samsara.vin`, `samsara.serial`,
/// `samsara.name`. Values may also hold `_ - % + @ .`.
pub(crate) type ExternalIds = BTreeMap<String, String>;

/// A worker (driver) that can own qualification records.
#[derive(Clone, Debug)]
pub(crate) struct Worker {
    pub(crate) id: String,
    pub(crate) external_ids: ExternalIds,
}

/// An asset (vehicle, trailer, equipment).
#[derive(Clone, Debug)]
pub(crate) struct Asset {
    pub(crate) id: String,
    pub(crate) external_ids: ExternalIds,
    pub(crate) engine_hours: i64,
    pub(crate) odometer_meters: i64,
}

/// A Place linked to a maintenance site.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) external_ids: ExternalIds,
}

/// Everything the server knows.
#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) types: Vec<QualificationType>,
    pub(crate) records: Versions<QualificationRecord>,
    pub(crate) work_orders: Versions<WorkOrder>,
    pub(crate) workers: Vec<Worker>,
    pub(crate) assets: Vec<Asset>,
    pub(crate) places: Vec<Place>,
    pub(crate) technicians: Vec<String>,
    pub(crate) next_work_order_id: u64,
    /// The service-task definitions (seeded, read-only), in id order.
    pub(crate) service_tasks: Vec<crate::service_tasks::ServiceTask>,
    /// Webhooks registered through the API, by id, as served (JSON).
    pub(crate) webhooks: BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    pub(crate) next_webhook_id: u64,
    /// Webhook secrets and event ids (deterministic per seed, apart from
    /// `rng` so that the ids of other created objects do not depend on
    /// webhooks).
    pub(crate) webhook_rng: Rng,
    /// Work orders created or changed by the request being handled, for the
    /// webhooks (taken, and turned into deliveries, once it succeeds).
    pub(crate) work_order_changes: Vec<WorkOrderChange>,
    /// Seeded items served off-spec when `odd_records` is on.
    pub(crate) odd: Vec<crate::quirks::OddRecord>,
    /// Ids for objects created through the API (deterministic per seed).
    pub(crate) rng: Rng,
    last_write: DateTime<Utc>,
    /// How long after a write readers see it (none while seeding).
    visibility_delay: VisibilityDelay,
    /// Draws each write's delay (apart from `rng`, so that the ids of
    /// created objects do not depend on the delay).
    visibility_rng: Rng,
    /// The latest time at which a write made so far becomes visible
    /// (`None`: no write has been delayed).
    visible_through: Option<DateTime<Utc>>,
}

/// `key:value` → `(key, value)`; plain ids → `None`.
pub(crate) fn split_external_id(raw: &str) -> Option<(&str, &str)> {
    raw.split_once(':')
}

/// Samsara's rule for the keys a client sets: alphanumeric (so the
/// automatic `samsara.*` keys cannot be set).
pub(crate) fn is_alphanumeric(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// External id values: alphanumeric plus `_ - % + @ .`, the characters of
/// Samsara's own example values (e.g. `emp_42-a%2B@x.y`).
pub(crate) fn is_external_id_value(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-%+@.".contains(&b))
}

fn matches_external(ids: Option<&ExternalIds>, key: &str, value: &str) -> bool {
    ids.and_then(|m| m.get(key)).is_some_and(|v| v == value)
}

impl Store {
    pub(crate) fn new(rng: Rng) -> Self {
        Store {
            types: Vec::new(),
            records: Versions::default(),
            work_orders: Versions::default(),
            workers: Vec::new(),
            assets: Vec::new(),
            places: Vec::new(),
            technicians: Vec::new(),
            next_work_order_id: 1,
            service_tasks: Vec::new(),
            webhooks: BTreeMap::new(),
            // The documentation's example webhook id comes first.
            next_webhook_id: 23918,
            webhook_rng: Rng::new(0),
            work_order_changes: Vec::new(),
            odd: Vec::new(),
            rng,
            last_write: DateTime::<Utc>::UNIX_EPOCH,
            visibility_delay: VisibilityDelay::NONE,
            visibility_rng: Rng::new(0),
            visible_through: None,
        }
    }

    /// From now on, each write becomes visible to reads `delay` after it is
    /// made (drawn from `seed`). Set after seeding: seeded items are
    /// visible from the start.
    pub(crate) fn set_visibility_delay(&mut self, delay: VisibilityDelay, seed: u64) {
        self.visibility_delay = delay;
        self.visibility_rng = Rng::new(seed ^ 0x1A7E_5EE0_1A7E_5EE0);
    }

    /// When a write made at `at` becomes visible (`None`: at once).
    fn visible_from(&mut self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let VisibilityDelay { min, max } = self.visibility_delay;
        if max.is_zero() {
            return None;
        }
        let as_nanos = |d: std::time::Duration| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX);
        let (lo, hi) = (as_nanos(min), as_nanos(max));
        let delay = self.visibility_rng.range(lo, hi.saturating_add(1));
        let from = at
            .checked_add_signed(TimeDelta::nanoseconds(delay))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        self.visible_through = Some(self.visible_through.map_or(from, |t| t.max(from)));
        Some(from)
    }

    /// When every write made so far is visible (`None`: already, or no
    /// delay).
    pub(crate) fn visible_through(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.visible_through.filter(|t| *t > now)
    }

    /// The time of a write: now (to the microsecond), and always strictly after
    /// the previous write or seeded item, so a changed item moves to the end
    /// of its stream.
    pub(crate) fn tick(&mut self) -> DateTime<Utc> {
        let now = Utc::now();
        let now = now - TimeDelta::nanoseconds(i64::from(now.timestamp_subsec_nanos() % 1000));
        let next = now.max(self.last_write + TimeDelta::microseconds(1));
        self.last_write = next;
        next
    }

    fn saw(&mut self, at: DateTime<Utc>) {
        self.last_write = self.last_write.max(at);
    }

    pub(crate) fn record_position(record: &QualificationRecord) -> Position {
        Position::new(nanos(record.updated_at_time), record.id.clone())
    }

    pub(crate) fn work_order_position(order: &WorkOrder) -> Position {
        Position::new(nanos(order.updated_at_time), order.id.clone())
    }

    /// Writes a new version of a record (created, patched, or its status
    /// changed), stamped with its `updatedAtTime` and visible to reads once
    /// the visibility delay has passed.
    pub(crate) fn put_record(&mut self, record: QualificationRecord) {
        let at = record.updated_at_time;
        self.saw(at);
        let visible_from = self.visible_from(at);
        let id = record.id.clone();
        let item = (Self::record_position(&record), record);
        self.records.put(&id, Some(item), visible_from, at);
    }

    /// Writes a new version of a work order (created or patched), stamped
    /// with its `updatedAtTime` and visible to reads once the visibility
    /// delay has passed.
    pub(crate) fn put_work_order(&mut self, order: WorkOrder) {
        let at = order.updated_at_time;
        self.saw(at);
        let visible_from = self.visible_from(at);
        let id = order.id.clone();
        let item = (Self::work_order_position(&order), order);
        self.work_orders.put(&id, Some(item), visible_from, at);
    }

    /// Notes that the work order `id` was created or changed at `at`: a
    /// `WorkOrderCreatedOrChanged` event for the subscribed webhooks once
    /// the request succeeds.
    pub(crate) fn work_order_changed(&mut self, id: &str, at: DateTime<Utc>) {
        self.work_order_changes.push(WorkOrderChange {
            id: id.to_owned(),
            at,
        });
    }

    /// Deletes a work order: gone for writes at once, for reads once the
    /// visibility delay has passed (no tombstone: it simply disappears from
    /// the stream and the list). `None` when there is no such work order.
    pub(crate) fn remove_work_order(&mut self, id: &str) -> Option<WorkOrder> {
        let order = self.work_orders.latest(id)?.clone();
        let at = self.tick();
        let visible_from = self.visible_from(at);
        self.work_orders.put(id, None, visible_from, at);
        Some(order)
    }

    /// A record, as written last, from a Samsara id or a `key:value`
    /// external id (for writes).
    pub(crate) fn resolve_record(&self, raw: &str) -> Option<&QualificationRecord> {
        match split_external_id(raw) {
            None => self.records.latest(raw),
            Some((key, value)) => self
                .records
                .latest_items()
                .find(|r| matches_external(r.external_ids.as_ref(), key, value)),
        }
    }

    /// A record as readers see it at `now`, from a Samsara id or a
    /// `key:value` external id (for reads).
    pub(crate) fn resolve_visible_record(
        &self,
        raw: &str,
        now: DateTime<Utc>,
    ) -> Option<&QualificationRecord> {
        match split_external_id(raw) {
            None => self.records.visible(raw, now),
            Some((key, value)) => self
                .records
                .visible_items(now)
                .map(|(_, r)| r)
                .find(|r| matches_external(r.external_ids.as_ref(), key, value)),
        }
    }

    /// The record (other than `except`) already using external id `key:value`.
    pub(crate) fn record_with_external_id(
        &self,
        key: &str,
        value: &str,
        except: Option<&str>,
    ) -> Option<&QualificationRecord> {
        self.records.latest_items().find(|r| {
            Some(r.id.as_str()) != except && matches_external(r.external_ids.as_ref(), key, value)
        })
    }

    /// What already holds external id `key:value`, other than record
    /// `except`: a qualification record, a worker, an asset or a place
    /// (Samsara: "External ID values must be unique across all entities",
    /// whatever their class), described for an error message.
    pub(crate) fn external_id_holder(
        &self,
        key: &str,
        value: &str,
        except: Option<&str>,
    ) -> Option<String> {
        if let Some(record) = self.record_with_external_id(key, value, except) {
            return Some(format!("record {}", record.id));
        }
        let holds = |ids: &ExternalIds| matches_external(Some(ids), key, value);
        if let Some(w) = self.workers.iter().find(|w| holds(&w.external_ids)) {
            return Some(format!("worker {}", w.id));
        }
        if let Some(a) = self.assets.iter().find(|a| holds(&a.external_ids)) {
            return Some(format!("asset {}", a.id));
        }
        self.places
            .iter()
            .find(|p| holds(&p.external_ids))
            .map(|p| format!("place {}", p.id))
    }

    pub(crate) fn resolve_worker(&self, raw: &str) -> Option<&Worker> {
        match split_external_id(raw) {
            None => self.workers.iter().find(|w| w.id == raw),
            Some((key, value)) => self
                .workers
                .iter()
                .find(|w| matches_external(Some(&w.external_ids), key, value)),
        }
    }

    pub(crate) fn resolve_asset(&self, raw: &str) -> Option<&Asset> {
        match split_external_id(raw) {
            None => self.assets.iter().find(|a| a.id == raw),
            Some((key, value)) => self
                .assets
                .iter()
                .find(|a| matches_external(Some(&a.external_ids), key, value)),
        }
    }

    pub(crate) fn resolve_place(&self, raw: &str) -> Option<&Place> {
        match split_external_id(raw) {
            None => self.places.iter().find(|p| p.id == raw),
            Some((key, value)) => self
                .places
                .iter()
                .find(|p| matches_external(Some(&p.external_ids), key, value)),
        }
    }

    /// An owner's Samsara id from its id or `key:value` external id.
    pub(crate) fn resolve_owner(&self, entity: &EntityType, raw: &str) -> Option<String> {
        match entity {
            EntityType::Worker => self.resolve_worker(raw).map(|w| w.id.clone()),
            EntityType::Asset => self.resolve_asset(raw).map(|a| a.id.clone()),
            EntityType::Other(_) => None,
        }
    }

    /// The owner's external ids (`None` when it has none).
    pub(crate) fn owner_external_ids(&self, entity: &EntityType, id: &str) -> Option<ExternalIds> {
        let ids = match entity {
            EntityType::Worker => self.resolve_worker(id).map(|w| &w.external_ids),
            EntityType::Asset => self.resolve_asset(id).map(|a| &a.external_ids),
            EntityType::Other(_) => None,
        }?;
        (!ids.is_empty()).then(|| ids.clone())
    }

    pub(crate) fn qualification_type(&self, id: &str) -> Option<&QualificationType> {
        self.types.iter().find(|t| t.id == id)
    }
}
