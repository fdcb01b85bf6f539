//! Service-task definitions (`GET /maintenance/service-tasks`): the
//! catalogue a work order's service tasks refer to. Seeded, read-only.
//!
//! The catalogue is the same for every seed (names, categories,
//! subcategories, descriptions, which are archived); ids, estimated labour
//! times and parts costs are drawn from the seed. The documentation's
//! example definition (`abf63a9a-4d75-423d-b49f-38a071e6ce36`, "Oil Change",
//! 30 minutes) exists in every seed.

use axum::http::StatusCode;
use samsara::types::{ServiceTaskDefinition, ServiceTaskPage};
use serde_json::json;

use crate::cursor::{Position, natural_cmp};
use crate::pages::{self, Ctx, Window};
use crate::query::Query;
use crate::reply::{ApiError, Reply};
use crate::rng::Rng;
use crate::seed::{money, typed};
use crate::store::Store;

/// Definitions a page holds. The spec documents no `limit` for this
/// operation (Samsara picks the page size), so the fake picks a small one:
/// a client that reads only the first page misses most of the catalogue.
pub(crate) const PAGE_SIZE: usize = 5;
/// Most ids `ids` takes (as `GET /maintenance/work-orders`).
const MAX_IDS: usize = 100;
/// The documentation's example service-task definition.
pub(crate) const DOC_SERVICE_TASK: &str = "abf63a9a-4d75-423d-b49f-38a071e6ce36";

/// A seeded definition and whether it is archived (the definition itself
/// does not say: archived ones are only served with `includeArchived=true`).
#[derive(Clone, Debug)]
pub(crate) struct ServiceTask {
    pub(crate) definition: ServiceTaskDefinition,
    pub(crate) archived: bool,
}

/// `(name, category, subcategory, description, labour minutes lo..hi,
/// parts cost in cents lo..hi, archived)`.
type Entry = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (i64, i64),
    (i64, i64),
    bool,
);

const CATALOGUE: &[Entry] = &[
    (
        "Oil Change",
        "Engine",
        "Oil and Lubrication",
        "Standard oil change service including filter replacement.",
        (30, 31),
        (4_000, 12_000),
        false,
    ),
    (
        "Tire Rotation",
        "Tires",
        "Rotation",
        "Rotate tires front to back and check pressures and tread depth.",
        (30, 46),
        (0, 1),
        false,
    ),
    (
        "Brake Inspection",
        "Brakes",
        "Inspection",
        "Measure pad and lining thickness, check drums, rotors and air lines.",
        (45, 91),
        (0, 2_500),
        false,
    ),
    (
        "Brake Pad Replacement",
        "Brakes",
        "Pads and Rotors",
        "Replace brake pads on one axle; resurface or replace rotors as needed.",
        (90, 181),
        (15_000, 40_000),
        false,
    ),
    (
        "Air Filter Replacement",
        "Engine",
        "Filters",
        "Replace the engine air filter element.",
        (15, 31),
        (2_000, 6_000),
        false,
    ),
    (
        "Fuel Filter Replacement",
        "Fuel System",
        "Filters",
        "Replace primary and secondary fuel filters and prime the system.",
        (30, 61),
        (3_000, 9_000),
        false,
    ),
    (
        "Coolant Flush",
        "Cooling System",
        "Coolant",
        "Drain, flush and refill the cooling system; test freeze protection.",
        (60, 121),
        (5_000, 15_000),
        false,
    ),
    (
        "Annual DOT Inspection",
        "Inspection",
        "Regulatory",
        "FMCSA annual vehicle inspection (49 CFR 396.17).",
        (60, 181),
        (0, 1),
        false,
    ),
    (
        "Battery Replacement",
        "Electrical",
        "Battery",
        "Load-test and replace batteries; clean terminals.",
        (20, 46),
        (12_000, 35_000),
        false,
    ),
    (
        "Wheel Alignment",
        "Tires",
        "Alignment",
        "Check and adjust toe, camber and caster on steer and drive axles.",
        (60, 121),
        (0, 1),
        false,
    ),
    (
        "Transmission Service",
        "Drivetrain",
        "Transmission",
        "Change transmission fluid and filter.",
        (90, 151),
        (8_000, 25_000),
        false,
    ),
    (
        "DPF Cleaning",
        "Emissions",
        "Aftertreatment",
        "Remove, bake and air-pulse clean the diesel particulate filter.",
        (120, 241),
        (20_000, 60_000),
        false,
    ),
    (
        "Reefer Unit Service",
        "Refrigeration",
        "Reefer",
        "Service the trailer refrigeration unit: belts, filters, refrigerant.",
        (60, 181),
        (5_000, 20_000),
        true,
    ),
    (
        "Tachograph Calibration",
        "Electrical",
        "Instruments",
        "Two-yearly tachograph calibration (retired: no longer required).",
        (45, 61),
        (0, 1),
        true,
    ),
];

/// The seeded catalogue, in id order. Drawn from a generator of its own, so
/// the rest of the seeded data does not depend on it.
pub(crate) fn seed(seed: u64) -> Result<Vec<ServiceTask>, String> {
    let mut rng = Rng::new(seed ^ 0x5E12_71CE_7A5C_0001);
    let mut tasks = CATALOGUE
        .iter()
        .enumerate()
        .map(
            |(i, &(name, category, subcategory, description, minutes, cents, archived))| {
                let id = if i == 0 {
                    DOC_SERVICE_TASK.to_owned()
                } else {
                    rng.uuid()
                };
                let cost = rng.range(cents.0, cents.1);
                let definition = typed(
                    "a service-task definition",
                    json!({
                        "id": id,
                        "name": name,
                        "category": category,
                        "subcategory": subcategory,
                        "description": description,
                        "estimatedLaborTimeMinutes": rng.range(minutes.0, minutes.1),
                        "estimatedPartsCost": money(cost - cost % 100),
                    }),
                )?;
                Ok(ServiceTask {
                    definition,
                    archived,
                })
            },
        )
        .collect::<Result<Vec<_>, String>>()?;
    tasks.sort_by(|a, b| natural_cmp(&a.definition.id, &b.definition.id));
    Ok(tasks)
}

/// `GET /maintenance/service-tasks`: in id order, [`PAGE_SIZE`] a page;
/// `ids` (repeated or comma-joined) filters, archived ones only with
/// `includeArchived=true`.
pub(crate) fn list(store: &Store, query: &Query, ctx: &Ctx) -> Result<Reply, ApiError> {
    let ids = query.array("ids", MAX_IDS)?;
    let include_archived = query.bool("includeArchived")?;
    let from = pages::after(query, ctx.now)?.unwrap_or_else(|| Position::new(0, ""));
    let positions: Vec<Position> = store
        .service_tasks
        .iter()
        .map(|t| Position::new(0, t.definition.id.clone()))
        .filter(|p| *p > from)
        .collect();
    let window = Window {
        from,
        until: None,
        limit: PAGE_SIZE,
        follow: false,
    };
    let page = pages::cut(
        positions.iter(),
        &window,
        ctx,
        |p| store.service_tasks.iter().find(|t| t.definition.id == p.id),
        |t| (include_archived || !t.archived) && (ids.is_empty() || ids.contains(&t.definition.id)),
    );
    let body: ServiceTaskPage = ServiceTaskPage::builder()
        .data(
            page.items
                .into_iter()
                .map(|t| t.definition.clone())
                .collect::<Vec<_>>(),
        )
        .pagination(page.pagination)
        .try_into()
        .map_err(ApiError::internal)?;
    Reply::json(StatusCode::OK, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_seeded_deterministically_with_the_docs_example() {
        let a = seed(7).unwrap();
        let b = seed(7).unwrap();
        let c = seed(8).unwrap();
        let ids = |t: &[ServiceTask]| {
            t.iter()
                .map(|t| t.definition.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&a), ids(&b));
        assert_ne!(ids(&a), ids(&c));
        assert_eq!(a.len(), CATALOGUE.len());
        let oil = a
            .iter()
            .find(|t| t.definition.id == DOC_SERVICE_TASK)
            .unwrap();
        assert_eq!(oil.definition.name, "Oil Change");
        assert_eq!(oil.definition.estimated_labor_time_minutes, Some(30));
        assert_eq!(a.iter().filter(|t| t.archived).count(), 2);
        assert!(
            a.windows(2)
                .all(|w| w[0].definition.id < w[1].definition.id)
        );
    }
}
