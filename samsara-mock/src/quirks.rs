//! The live API's behaviours beyond the spec, applied to response bodies at
//! the JSON level (the handlers serialize the crate's own typed values, which
//! cannot express them): `null` for empty arrays, upper-case enum spellings,
//! and odd items that miss a required member or carry a fraction in an
//! integer. Which items are touched depends on the seed and the item's id
//! alone, so an item looks the same on every request.

use std::collections::HashMap;

use samsara::types::EntityType;
use serde_json::Value;

use crate::config::MockConfig;
use crate::rng::Rng;

/// A family of items the API serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Family {
    /// A qualification record (its id is a UUID).
    QualificationRecord,
    /// A maintenance work order (its id is a number).
    WorkOrder,
}

/// How an odd item departs from the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Oddity {
    /// This required member is left out.
    Missing(&'static str),
    /// This integer member carries a fraction (its value plus 0.5).
    Fraction(&'static str),
}

/// An item served off-spec when [`MockConfig::odd_records`] is on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OddRecord {
    /// Which family it belongs to.
    pub family: Family,
    /// Its id.
    pub id: String,
    /// What is odd about it.
    pub oddity: Oddity,
}

/// One odd item in 40 (for records, in 40 of each owner entity type).
pub(crate) const ODD_EVERY: usize = 40;

const RECORD_ODDITIES: [Oddity; 2] = [
    Oddity::Missing("createdAtTime"),
    Oddity::Missing("updatedBy"),
];

const WORK_ORDER_ODDITIES: [Oddity; 3] = [
    Oddity::Missing("assetId"),
    Oddity::Fraction("engineHours"),
    Oddity::Fraction("odometerMeters"),
];

/// The seeded indices (out of `n`) that are odd: those `i` with
/// `i % 40 == k`, `k` drawn from the seed among the indices below
/// `min(n, 40)` other than `skip` (the documentation's example items stay
/// clean). At least one when such a `k` exists.
fn odd_indices(n: usize, seed: u64, salt: u64, skip: usize) -> Vec<usize> {
    let candidates: Vec<usize> = (0..n.min(ODD_EVERY)).filter(|i| *i != skip).collect();
    let mut rng = Rng::new(seed ^ salt);
    let Some(&k) = rng.pick(&candidates) else {
        return Vec::new();
    };
    (k..n).step_by(ODD_EVERY).filter(|i| *i != skip).collect()
}

/// The odd records among those of one entity type: `of_type` holds their
/// seeding indices (ascending), `skip` the index kept clean. One in 40 of
/// them, counted within the type, so that worker and asset records both
/// have odd ones whatever the seed (picked by type, not by seeding index: a
/// step of 40 over all records would meet one type only, as the owner's
/// type follows the index).
fn odd_of_type(of_type: &[usize], seed: u64, salt: u64, skip: usize) -> Vec<usize> {
    let skip_at = of_type
        .iter()
        .position(|i| *i == skip)
        .unwrap_or(usize::MAX);
    odd_indices(of_type.len(), seed, salt, skip_at)
        .into_iter()
        .filter_map(|k| of_type.get(k).copied())
        .collect()
}

/// Salts of the draws of odd records, per owner entity type.
const RECORD_SALTS: [(EntityType, u64); 2] = [
    (EntityType::Worker, 0x0DD_5EC0),
    (EntityType::Asset, 0x0DD_A55E),
];

/// The odd items of a seeded store: `records` (id and owner's entity type)
/// and `work_order_ids` in seeding order; `skip_record` /
/// `skip_work_order` are indices kept clean. Records: 1 in 40 of each
/// entity type (at least one of a type that has a record besides
/// `skip_record`); work orders: 1 in 40.
pub(crate) fn pick_odd(
    seed: u64,
    records: &[(String, EntityType)],
    skip_record: usize,
    work_order_ids: &[String],
    skip_work_order: usize,
) -> Vec<OddRecord> {
    let mut odd_records: Vec<usize> = RECORD_SALTS
        .iter()
        .flat_map(|(entity, salt)| {
            let of_type: Vec<usize> = records
                .iter()
                .enumerate()
                .filter(|(_, (_, e))| e == entity)
                .map(|(i, _)| i)
                .collect();
            odd_of_type(&of_type, seed, *salt, skip_record)
        })
        .collect();
    odd_records.sort_unstable();
    let mut out = Vec::new();
    for (j, i) in odd_records.into_iter().enumerate() {
        if let Some((id, _)) = records.get(i) {
            out.push(OddRecord {
                family: Family::QualificationRecord,
                id: id.clone(),
                oddity: RECORD_ODDITIES[j % RECORD_ODDITIES.len()],
            });
        }
    }
    for (j, i) in odd_indices(work_order_ids.len(), seed, 0x0DD_0DE5, skip_work_order)
        .into_iter()
        .enumerate()
    {
        if let Some(id) = work_order_ids.get(i) {
            out.push(OddRecord {
                family: Family::WorkOrder,
                id: id.clone(),
                oddity: WORK_ORDER_ODDITIES[j % WORK_ORDER_ODDITIES.len()],
            });
        }
    }
    out
}

/// Whether work order `id` has its enums spelled in upper case: every third
/// work order by number (which third depends on the seed).
pub(crate) fn upper_cased(seed: u64, id: &str) -> bool {
    match id.parse::<u64>() {
        Ok(n) => n.wrapping_add(seed).is_multiple_of(3),
        Err(_) => {
            let h = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
            Rng::new(h ^ seed).next_u64().is_multiple_of(3)
        }
    }
}

/// What to change in the bodies of one server.
pub(crate) struct Quirks {
    seed: u64,
    null_empty_arrays: bool,
    upper_case_enums: bool,
    odd: HashMap<(Family, String), Oddity>,
}

impl Quirks {
    pub(crate) fn new(config: &MockConfig, odd: &[OddRecord]) -> Self {
        let odd = if config.odd_records {
            odd.iter()
                .map(|r| ((r.family, r.id.clone()), r.oddity))
                .collect()
        } else {
            HashMap::new()
        };
        Quirks {
            seed: config.seed,
            null_empty_arrays: config.null_empty_arrays,
            upper_case_enums: config.upper_case_enums,
            odd,
        }
    }

    /// Whether a body of an operation serving `family` needs changing.
    pub(crate) fn touches(&self, family: Option<Family>) -> bool {
        self.null_empty_arrays
            || (family.is_some() && !self.odd.is_empty())
            || (family == Some(Family::WorkOrder) && self.upper_case_enums)
    }

    /// Applies the quirks to a success body whose `data` holds items of
    /// `family` (one object or an array).
    pub(crate) fn apply(&self, body: &mut Value, family: Option<Family>) {
        if let Some(family) = family {
            match body.get_mut("data") {
                Some(Value::Array(items)) => {
                    for item in items {
                        self.item(item, family);
                    }
                }
                Some(item @ Value::Object(_)) => self.item(item, family),
                _ => {}
            }
        }
        if self.null_empty_arrays {
            null_empty_arrays(body);
        }
    }

    fn item(&self, item: &mut Value, family: Family) {
        let Some(map) = item.as_object_mut() else {
            return;
        };
        let Some(id) = map.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return;
        };
        if let Some(oddity) = self.odd.get(&(family, id.clone())) {
            match *oddity {
                Oddity::Missing(member) => {
                    map.remove(member);
                }
                Oddity::Fraction(member) => {
                    if let Some(n) = map.get(member).and_then(Value::as_i64) {
                        map.insert(member.to_owned(), Value::from(n as f64 + 0.5));
                    }
                }
            }
        }
        if family == Family::WorkOrder && self.upper_case_enums && upper_cased(self.seed, &id) {
            upper(map.get_mut("status"));
            upper(map.get_mut("priority"));
            if let Some(Value::Array(tasks)) = map.get_mut("serviceTaskInstances") {
                for task in tasks {
                    upper(task.get_mut("status"));
                }
            }
        }
    }
}

fn upper(value: Option<&mut Value>) {
    if let Some(Value::String(s)) = value {
        *s = s.to_uppercase();
    }
}

/// Every empty array, at any depth, becomes `null`.
pub(crate) fn null_empty_arrays(value: &mut Value) {
    match value {
        Value::Array(items) if items.is_empty() => *value = Value::Null,
        Value::Array(items) => items.iter_mut().for_each(null_empty_arrays),
        Value::Object(map) => map.values_mut().for_each(null_empty_arrays),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use serde_json::json;

    #[test]
    fn empty_arrays_become_null_at_any_depth() {
        let mut v = json!({"data": [], "a": {"b": [[], [1]], "c": "x"}});
        null_empty_arrays(&mut v);
        assert_eq!(v, json!({"data": null, "a": {"b": [null, [1]], "c": "x"}}));
    }

    #[test]
    fn odd_indices_are_one_in_forty_and_never_the_skipped_one() {
        for seed in 0..50 {
            let odd = odd_indices(100, seed, 1, 0);
            assert!((2..=3).contains(&odd.len()), "{seed}: {odd:?}");
            assert!(!odd.contains(&0));
            assert!(odd.windows(2).all(|w| w[1] - w[0] == ODD_EVERY));
            assert_eq!(odd, odd_indices(100, seed, 1, 0));
            assert_eq!(odd_indices(2, seed, 1, 0), [1]);
        }
        assert!(odd_indices(1, 3, 1, 0).is_empty());
    }

    #[test]
    fn odd_records_fall_in_both_entity_types_whatever_the_seed() {
        // Three records in five for workers, as seeded: a step of 40 over
        // the seeding index alone would stay within one type.
        let records: Vec<(String, EntityType)> = (0..100)
            .map(|i| {
                let e = if i % 5 < 3 {
                    EntityType::Worker
                } else {
                    EntityType::Asset
                };
                (format!("r{i}"), e)
            })
            .collect();
        for seed in 0..200 {
            let odd = pick_odd(seed, &records, 0, &[], 0);
            let types: BTreeSet<_> = odd
                .iter()
                .map(|o| {
                    let i: usize = o.id[1..].parse().unwrap();
                    records[i].1.as_str()
                })
                .collect();
            assert_eq!(types.len(), 2, "seed {seed}: {odd:?}");
            assert!((2..=3).contains(&odd.len()), "seed {seed}: {odd:?}");
            assert!(odd.iter().all(|o| o.id != "r0"));
            assert_eq!(odd, pick_odd(seed, &records, 0, &[], 0));
            assert!(
                RECORD_ODDITIES
                    .iter()
                    .all(|k| odd.iter().any(|o| o.oddity == *k)),
                "both oddities: {odd:?}"
            );
        }
        // Two records: the second (a worker's) is odd, the first stays clean.
        let odd = pick_odd(3, &records[..2], 0, &[], 0);
        assert_eq!(
            odd.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["r1"]
        );
    }

    #[test]
    fn every_third_work_order_is_upper_cased() {
        let n = (1..=30).filter(|i| upper_cased(7, &i.to_string())).count();
        assert_eq!(n, 10);
    }
}
