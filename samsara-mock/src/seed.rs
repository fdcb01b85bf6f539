//! Deterministic demo data: the same seed gives the same organisation,
//! qualification records and work orders, byte for byte.
//!
//! Qualification types (the organisation's configuration) do not depend on the
//! seed; records and work orders do. Times are spread over a fixed window,
//! 2024-01-01 to 2025-10-01, so the data does not depend on when the server
//! starts; writes through the API are stamped with the real clock, after all
//! seeded items.
//!
//! Whatever the seed, the ids of Samsara's documentation examples exist, so a
//! request copied from the docs works: worker `281474` and driver `938172`,
//! asset `12443`, user `1234`, the qualification type and record
//! `9814a1fa-f0c6-408b-bf85-51dc3bc71ac7` (the first seeded record, of the
//! "Commercial Driver's License" type, whose field "License Number" has that
//! id too and is optional, so the docs' create with `"fields": []` passes),
//! and work order `5` (asset `12443`, user `1234`). Assets carry Samsara's
//! automatic external ids (`samsara.vin`, `samsara.serial`, `samsara.name`),
//! and some seeded external id values use the characters `_ - % + @ .`.

use chrono::{DateTime, Datelike, TimeDelta, TimeZone, Utc};
use samsara::types::{FieldDefinition, QualificationRecord, QualificationType, WorkOrder};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::rng::Rng;
use crate::store::{Asset, ExternalIds, Place, Store, Worker};

/// Seed of the qualification types: the same for every `--seed`.
const TYPES_SEED: u64 = 0x5A15_A4A0_0000_0001;

/// Start of the window seeded items are stamped in.
pub(crate) fn window_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default()
}

/// End (exclusive) of the window seeded items are stamped in.
pub(crate) fn window_end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 10, 1, 0, 0, 0)
        .single()
        .unwrap_or_default()
}

/// The id of the documentation's example qualification type, of its example
/// record, and of the example field "License Number".
pub(crate) const DOC_ID: &str = "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7";
/// The documentation's example `revisionId`.
pub(crate) const DOC_REVISION_ID: &str = "1214a1fa-f0c6-408b-bf85-51dc3bc71ac7";
/// The documentation's example worker (the record owner in every example).
pub(crate) const DOC_WORKER: &str = "281474";
/// The documentation's example driver (`createdBy`, `personValue`).
pub(crate) const DOC_DRIVER: &str = "938172";
/// The documentation's example asset (work order `assetId`).
pub(crate) const DOC_ASSET: &str = "12443";
/// The documentation's example user (`assignedUserId`, `createdByUserId`).
pub(crate) const DOC_USER: &str = "1234";
/// The documentation's example work order.
pub(crate) const DOC_WORK_ORDER: &str = "5";
/// The documentation's example `vendorUuid`.
const DOC_VENDOR: &str = "5523a39f-42ef-4820-83d0-dfe73dbe7853";
/// At least this many work orders are seeded, so work order `5` exists.
const MIN_WORK_ORDERS: usize = 5;
/// Every sixth seeded item carries empty arrays (`[]`: an empty check-box
/// selection, an empty media list, a table without rows, a work order without
/// items or attachments), the shapes the live API may send as `null`.
const EMPTY_EVERY: usize = 6;

/// The user that writes made through the API are attributed to.
pub(crate) fn api_user() -> Value {
    json!({"id": "100001", "type": "user"})
}

const USERS: &[(&str, &str)] = &[
    ("938172", "driver"),
    ("45646", "user"),
    ("52011", "user"),
    ("77310", "user"),
    ("281474", "driver"),
];

/// The VIN of asset `a100`, whatever the seed.
pub(crate) const FIRST_VIN: &str = "1HGCM82633A004352";
const VIN_CHARS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const SERIAL_CHARS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ23456789";

const STATUSES: &[(&str, u64)] = &[
    ("Open", 20),
    ("Assigned", 12),
    ("In Progress", 14),
    ("On Hold", 5),
    ("Pending Parts", 6),
    ("Pending Approval", 4),
    ("Estimate", 3),
    ("Planning", 3),
    ("Completed", 18),
    ("Closed", 10),
    ("Cancelled", 5),
];
const PRIORITIES: &[&str] = &["Low", "Medium", "High", "Urgent"];
const CATEGORIES: &[&str] = &["PREVENTIVE", "CORRECTIVE", "INSPECTION", "RECALL", "TIRES"];
const ITEM_TYPES: &[&str] = &[
    "DVIR",
    "FAULT",
    "FORM",
    "ISSUE",
    "MAINTENANCE_PREDICTION_EVENT",
    "SCHEDULED_MAINTENANCE",
];
const TASK_STATUSES: &[&str] = &["Open", "In Progress", "On Hold", "Completed", "Unknown"];
const PROBLEMS: &[&str] = &[
    "The vehicle is not starting.",
    "Brake pads worn below 4 mm.",
    "Check engine light on: P0420.",
    "Annual PM service.",
    "Replace left front tire, sidewall cut.",
    "Reefer unit not holding temperature.",
    "Air leak at trailer gladhand.",
    "Liftgate hydraulic fault.",
];

/// Deserializes demo JSON into a generated type; an error here is a bug in
/// this file, reported with the path that failed.
pub(crate) fn typed<T: DeserializeOwned>(what: &str, value: Value) -> Result<T, String> {
    // The fast path; on failure, decode again to name the member that failed.
    match T::deserialize(&value) {
        Ok(t) => Ok(t),
        Err(_) => serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
            format!(
                "seed data for {what} does not fit the spec at `{}`: {}",
                e.path(),
                e.inner()
            )
        }),
    }
}

/// RFC 3339 with milliseconds, as Samsara prints times.
pub(crate) fn time(at: DateTime<Utc>) -> Value {
    Value::String(at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}

fn user(rng: &mut Rng) -> Value {
    let (id, kind) = rng.pick(USERS).copied().unwrap_or(("938172", "driver"));
    json!({"id": id, "type": kind})
}

fn word<'a>(rng: &mut Rng, words: &'a [&'a str]) -> &'a str {
    rng.pick(words).copied().unwrap_or_default()
}

fn media_record(rng: &mut Rng, at: DateTime<Utc>, finished: bool) -> Value {
    let id = rng.uuid();
    if finished {
        json!({
            "id": id,
            "processingStatus": "finished",
            "url": format!("https://samsara-forms-submission-media-uploads.s3.us-west-2.amazonaws.com/{id}"),
            "urlExpiresAt": time(at + TimeDelta::days(7)),
        })
    } else {
        json!({"id": id, "processingStatus": "processing"})
    }
}

/// Builds the whole store for `records` records and work orders.
/// Builds the whole store: `max(records, 1)` records and
/// `max(records, 5)` work orders, so the documentation's examples exist.
pub(crate) fn build(records: usize, seed: u64) -> Result<Store, String> {
    let mut rng = Rng::new(seed);
    let mut store = Store::new(Rng::new(seed ^ 0xA11C_E5ED));
    store.webhook_rng = Rng::new(seed ^ 0x3EB0_0C5E_C4E7_0001);
    store.types = qualification_types()?;
    let org_size = records.div_ceil(4).max(8);
    store.workers = (0..org_size).map(worker).collect();
    store.assets = (0..org_size).map(|i| asset(&mut rng, seed, i)).collect();
    store.places = places();
    store.technicians = (0..6).map(|i| (45646 + i * 17).to_string()).collect();

    let mut worker_done = false;
    let mut asset_done = false;
    let mut record_ids = Vec::new();
    for i in 0..records.max(1) {
        let for_worker = i % 5 < 3;
        let complete = if for_worker {
            !std::mem::replace(&mut worker_done, true)
        } else {
            !std::mem::replace(&mut asset_done, true)
        };
        let record = record(&mut rng, &store, i, for_worker, complete)?;
        record_ids.push((record.id.clone(), record.owner.entity_type.clone()));
        store.put_record(record);
    }
    let orders = records.max(MIN_WORK_ORDERS);
    let mut order_ids = Vec::new();
    for i in 0..orders {
        let order = work_order(&mut rng, &store, i)?;
        order_ids.push(order.id.clone());
        store.put_work_order(order);
    }
    store.next_work_order_id = orders as u64 + 1;
    // The documentation's example owners join the organisation after the
    // seeded items are drawn, so the rest of the data is what it always was.
    store.workers.extend(doc_workers());
    store.assets.push(doc_asset());
    // Record 0 is the docs' example record, work order 5 the docs' example order.
    store.odd = crate::quirks::pick_odd(seed, &record_ids, 0, &order_ids, 4);
    // From a generator of its own: the data above does not depend on it.
    store.service_tasks = crate::service_tasks::seed(seed)?;
    Ok(store)
}

/// The documentation's example worker and driver.
fn doc_workers() -> Vec<Worker> {
    let ids = |pairs: &[(&str, &str)]| -> ExternalIds {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    vec![
        Worker {
            id: DOC_WORKER.into(),
            external_ids: ids(&[("payroll", "emp_42-a%2B@x.y"), ("samsara.name", "jane.doe")]),
        },
        Worker {
            id: DOC_DRIVER.into(),
            external_ids: ids(&[
                ("payroll", "jake.doe+1@example.com"),
                ("samsara.name", "Jake"),
            ]),
        },
    ]
}

/// The documentation's example asset.
fn doc_asset() -> Asset {
    let external_ids = [
        ("samsara.vin", "1FUJGLDR0CLBP8834"),
        ("samsara.serial", "GFRV-43N-VGX"),
        ("samsara.name", "Truck_12443"),
        ("maintenance", "wo_12443-a%2B@shop.example"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    Asset {
        id: DOC_ASSET.into(),
        external_ids,
        engine_hours: 91823,
        odometer_meters: 91823,
    }
}

/// Worker `500001 + i` has external id `payroll:P{i+1:05}` (every tenth has
/// none); every fourth, from the third, also `hris:emp_{i+1}-a%2B@x.y`.
fn worker(i: usize) -> Worker {
    let mut external_ids = ExternalIds::new();
    if i % 10 != 9 {
        external_ids.insert("payroll".into(), format!("P{:05}", i + 1));
    }
    if i % 4 == 2 {
        external_ids.insert("hris".into(), format!("emp_{}-a%2B@x.y", i + 1));
    }
    Worker {
        id: (500_001 + i).to_string(),
        external_ids,
    }
}

/// Asset `a{100 + i}`; `a100` always has `vin:1HGCM82633A004352`, most
/// others a random VIN, some a `fleet` id. Every asset also carries Samsara's
/// automatic external ids: `samsara.serial` (its gateway, e.g.
/// `GABC-DEF-GHJ`), `samsara.name` (e.g. `Truck_100`) and, with a VIN,
/// `samsara.vin`.
fn asset(rng: &mut Rng, seed: u64, i: usize) -> Asset {
    let mut external_ids = ExternalIds::new();
    if i == 0 {
        external_ids.insert("vin".into(), FIRST_VIN.into());
    } else if rng.chance(0.8) {
        let vin: String = (0..17)
            .map(|_| char::from(*rng.pick(VIN_CHARS).unwrap_or(&b'X')))
            .collect();
        external_ids.insert("vin".into(), vin);
    }
    if rng.chance(0.3) {
        external_ids.insert("fleet".into(), format!("F{:04}", i + 1));
    }
    if let Some(vin) = external_ids.get("vin").cloned() {
        external_ids.insert("samsara.vin".into(), vin);
    }
    // A generator of its own, so the rest of the seeded data stays as it was.
    let mut serial_rng = Rng::new(seed ^ 0x5E71_A100 ^ (i as u64).rotate_left(32));
    let mut group = || -> String {
        (0..3)
            .map(|_| char::from(*serial_rng.pick(SERIAL_CHARS).unwrap_or(&b'X')))
            .collect()
    };
    let serial = format!("G{}-{}-{}", group(), group(), group());
    external_ids.insert("samsara.serial".into(), serial);
    external_ids.insert("samsara.name".into(), format!("Truck_{}", 100 + i));
    Asset {
        id: format!("a{}", 100 + i),
        external_ids,
        engine_hours: rng.range(100, 20_000),
        odometer_meters: rng.range(5_000_000, 900_000_000),
    }
}

fn places() -> Vec<Place> {
    let place = |id: &str, name: &str, erp: Option<&str>| Place {
        id: id.into(),
        name: name.into(),
        external_ids: erp
            .map(|v| ExternalIds::from([("erp".to_owned(), v.to_owned())]))
            .unwrap_or_default(),
    };
    vec![
        place("2286", "North Yard", Some("site42")),
        place("2287", "South Depot", Some("site43")),
        place("2290", "Central Shop", None),
    ]
}

fn options(rng: &mut Rng, labels: &[&str]) -> Value {
    Value::Array(
        labels
            .iter()
            .map(|label| json!({"id": rng.uuid(), "label": label}))
            .collect(),
    )
}

/// The organisation's qualification types: three for workers, two for assets,
/// between them every field kind a record can hold, and a few definition-only
/// kinds (person, asset, instruction) that records never fill.
fn qualification_types() -> Result<Vec<QualificationType>, String> {
    let mut rng = Rng::new(TYPES_SEED);
    let r = &mut rng;
    let created = Utc
        .with_ymd_and_hms(2023, 6, 1, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let updated = Utc
        .with_ymd_and_hms(2023, 11, 15, 14, 30, 0)
        .single()
        .unwrap_or_default();
    let mut types = Vec::new();
    let mut push = |r: &mut Rng, name: &str, entity: &str, fields: Value| -> Result<(), String> {
        let t = json!({
            "id": r.uuid(),
            "name": name,
            "revisionId": r.uuid(),
            "entityType": entity,
            "createdAtTime": time(created),
            "updatedAtTime": time(updated),
            "createdBy": {"id": "938172", "type": "driver"},
            "updatedBy": {"id": "45646", "type": "user"},
            "fields": fields,
        });
        types.push(typed::<QualificationType>(name, t)?);
        Ok(())
    };

    let class_options = options(r, &["Class A", "Class B", "Class C"]);
    let endorsement_options = options(
        r,
        &[
            "H (Hazmat)",
            "N (Tank)",
            "P (Passenger)",
            "T (Doubles/Triples)",
            "X (Tank + Hazmat)",
        ],
    );
    let severity_options = options(r, &["Minor", "Serious", "Major"]);
    let flag_options = options(r, &["Court date set", "Contested", "Paid"]);
    let cdl = json!([
        {"id": r.uuid(), "label": "License Number", "type": "text", "isRequired": true},
        {"id": r.uuid(), "label": "License Class", "type": "multiple_choice", "isRequired": false,
         "options": class_options},
        {"id": r.uuid(), "label": "Endorsements", "type": "check_boxes", "isRequired": false,
         "options": endorsement_options},
        {"id": r.uuid(), "label": "Medical Card Expiration", "type": "datetime", "isRequired": false,
         "allowedDateTimeValueType": "date"},
        {"id": r.uuid(), "label": "Years of Experience", "type": "number", "isRequired": false,
         "numDecimalPlaces": 0},
        {"id": r.uuid(), "label": "License Scan", "type": "media", "isRequired": false},
        {"id": r.uuid(), "label": "Driver Signature", "type": "signature", "isRequired": false},
        {"id": r.uuid(), "label": "Violations", "type": "table", "isRequired": false, "columns": [
            {"id": r.uuid(), "label": "Date", "type": "datetime", "allowedDateTimeValueType": "date"},
            {"id": r.uuid(), "label": "Points", "type": "number", "numDecimalPlaces": 0},
            {"id": r.uuid(), "label": "Description", "type": "text"},
            {"id": r.uuid(), "label": "Severity", "type": "multiple_choice", "options": severity_options},
            {"id": r.uuid(), "label": "Flags", "type": "check_boxes", "options": flag_options},
            {"id": r.uuid(), "label": "Reviewed By", "type": "person", "includeUsers": true,
             "includeDrivers": false, "allowManualEntry": false},
            {"id": r.uuid(), "label": "Ticket Photo", "type": "media"},
        ]},
        {"id": r.uuid(), "label": "Safety Manager", "type": "person", "isRequired": false,
         "includeUsers": true, "includeDrivers": false, "allowManualEntry": true,
         "filterByRoleIds": [r.uuid()]},
        {"id": r.uuid(), "label": "Read the licence policy before filing.", "type": "instruction",
         "isRequired": false},
    ]);
    push(r, "Commercial Driver's License", "worker", cdl)?;

    let hazmat = json!([
        {"id": r.uuid(), "label": "Certificate Number", "type": "text", "isRequired": true},
        {"id": r.uuid(), "label": "Training Provider", "type": "text", "isRequired": false},
        {"id": r.uuid(), "label": "Exam Score", "type": "number", "isRequired": false,
         "numDecimalPlaces": 1},
        {"id": r.uuid(), "label": "Certificate Copy", "type": "media", "isRequired": false},
    ]);
    push(r, "Hazmat Certification", "worker", hazmat)?;

    let level_options = options(r, &["Operator", "Trainer", "Evaluator"]);
    let equipment_options = options(
        r,
        &[
            "Sit-down counterbalance",
            "Reach truck",
            "Order picker",
            "Pallet jack",
        ],
    );
    let forklift = json!([
        {"id": r.uuid(), "label": "Certificate Level", "type": "multiple_choice", "isRequired": true,
         "options": level_options},
        {"id": r.uuid(), "label": "Equipment Types", "type": "check_boxes", "isRequired": false,
         "options": equipment_options},
        {"id": r.uuid(), "label": "Evaluation Time", "type": "datetime", "isRequired": false,
         "allowedDateTimeValueType": "datetime"},
        {"id": r.uuid(), "label": "Evaluator Signature", "type": "signature", "isRequired": false},
    ]);
    push(r, "Forklift Operator Certification", "worker", forklift)?;

    let result_options = options(r, &["Pass", "Fail", "Conditional"]);
    let fail_id = result_options
        .get(1)
        .and_then(|o| o.get("id"))
        .cloned()
        .unwrap_or(Value::Null);
    let defect_options = options(r, &["Brakes", "Lights", "Tires", "Steering", "Coupling"]);
    let spec_options = options(r, &["Yes", "No"]);
    let dot = json!([
        {"id": r.uuid(), "label": "Inspection Report Number", "type": "text", "isRequired": true},
        {"id": r.uuid(), "label": "Result", "type": "multiple_choice", "isRequired": false,
         "options": result_options, "conditionalActions": [
            {"condition": {"type": "multipleChoiceValueCondition", "selectedOptionIds": [fail_id]},
             "actions": [{"type": "requireNote"}, {"type": "createIssue"}]}
         ]},
        {"id": r.uuid(), "label": "Defects Found", "type": "check_boxes", "isRequired": false,
         "options": defect_options},
        {"id": r.uuid(), "label": "Odometer (km)", "type": "number", "isRequired": false,
         "numDecimalPlaces": 0},
        {"id": r.uuid(), "label": "Inspection Date", "type": "datetime", "isRequired": false,
         "allowedDateTimeValueType": "date"},
        {"id": r.uuid(), "label": "Inspection Photos", "type": "media", "isRequired": false},
        {"id": r.uuid(), "label": "Inspector Signature", "type": "signature", "isRequired": false},
        {"id": r.uuid(), "label": "Brake Measurements", "type": "table", "isRequired": false, "columns": [
            {"id": r.uuid(), "label": "Axle", "type": "text"},
            {"id": r.uuid(), "label": "Left (mm)", "type": "number", "numDecimalPlaces": 1},
            {"id": r.uuid(), "label": "Right (mm)", "type": "number", "numDecimalPlaces": 1},
            {"id": r.uuid(), "label": "Within Spec", "type": "multiple_choice", "options": spec_options},
            {"id": r.uuid(), "label": "Measured At", "type": "datetime", "allowedDateTimeValueType": "datetime"},
            {"id": r.uuid(), "label": "Inspector", "type": "person", "includeUsers": true},
        ]},
        {"id": r.uuid(), "label": "Trailer Inspected With", "type": "asset", "isRequired": false,
         "allowedAssetTypes": ["trailer"]},
    ]);
    push(r, "Annual DOT Inspection", "asset", dot)?;

    let emissions_options = options(r, &["Pass", "Fail"]);
    let emissions = json!([
        {"id": r.uuid(), "label": "Certificate Number", "type": "text", "isRequired": true},
        {"id": r.uuid(), "label": "Test Result", "type": "multiple_choice", "isRequired": false,
         "options": emissions_options},
        {"id": r.uuid(), "label": "Test Date", "type": "datetime", "isRequired": false,
         "allowedDateTimeValueType": "date"},
    ]);
    push(r, "Emissions Certificate", "asset", emissions)?;

    // The documentation's example type, revision and field ids: the CDL type
    // is the docs' "Driver License", with an optional "License Number".
    if let Some(t) = types
        .iter_mut()
        .find(|t| t.name == "Commercial Driver's License")
    {
        t.id = DOC_ID.into();
        t.revision_id = DOC_REVISION_ID.into();
        if let Some(f) = t.fields.iter_mut().find(|f| f.label == "License Number") {
            f.id = DOC_ID.into();
            f.is_required = false;
        }
    }
    types.sort_by(|a, b| crate::cursor::natural_cmp(&a.id, &b.id));
    Ok(types)
}

/// A seeded time in the window, to the millisecond.
fn seeded_time(rng: &mut Rng, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let span = (to - from).num_milliseconds().max(1);
    from + TimeDelta::milliseconds(rng.range(0, span))
}

fn midnight(at: DateTime<Utc>) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(at.year(), at.month(), at.day(), 0, 0, 0)
        .single()
        .unwrap_or(at)
}

fn option_pair(
    def_options: Option<&Vec<samsara::types::SelectOption>>,
    rng: &mut Rng,
) -> Option<Value> {
    let options = def_options?;
    let o = rng.pick(options)?;
    Some(json!({"value": o.label, "valueId": o.id}))
}

fn option_set(
    def_options: Option<&Vec<samsara::types::SelectOption>>,
    rng: &mut Rng,
) -> Option<Value> {
    let options = def_options?;
    let picked: Vec<_> = options.iter().filter(|_| rng.chance(0.4)).collect();
    let picked = if picked.is_empty() {
        options.first().into_iter().collect()
    } else {
        picked
    };
    Some(json!({
        "value": picked.iter().map(|o| o.label.as_str()).collect::<Vec<_>>(),
        "valueIds": picked.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
    }))
}

fn date_time_value(kind: &str, at: DateTime<Utc>) -> Value {
    match kind {
        "date" => {
            let day = midnight(at);
            json!({"type": "date", "value": time(day), "dateValue": day.format("%Y-%m-%d").to_string()})
        }
        other => json!({"type": other, "value": time(at)}),
    }
}

fn text_sample(rng: &mut Rng, label: &str, i: usize) -> String {
    match label {
        "License Number" => format!("D{:07}", rng.below(10_000_000)),
        "Certificate Number" => format!("HM-{}-{:05}", 2023 + rng.below(3), i),
        "Training Provider" => word(
            rng,
            &["J. J. Keller", "HazMat Academy", "Fleet Safety Inc."],
        )
        .into(),
        "Inspection Report Number" => format!("DOT-{:06}", 100_000 + i),
        "Axle" => word(
            rng,
            &["Steer", "Drive 1", "Drive 2", "Trailer 1", "Trailer 2"],
        )
        .into(),
        "Description" => word(
            rng,
            &[
                "Speeding 11-15 over",
                "Logbook violation",
                "Improper lane change",
                "Following too closely",
            ],
        )
        .into(),
        other => format!("{other} {i}"),
    }
}

fn number_sample(rng: &mut Rng, label: &str) -> f64 {
    match label {
        "Years of Experience" => rng.range(0, 35) as f64,
        "Exam Score" => rng.range(700, 1001) as f64 / 10.0,
        "Odometer (km)" => rng.range(10_000, 900_000) as f64,
        "Points" => rng.range(1, 7) as f64,
        _ => rng.range(40, 130) as f64 / 10.0,
    }
}

/// One field value for definition `def` in the shape a record returns it.
fn field_value(rng: &mut Rng, def: &FieldDefinition, at: DateTime<Utc>, i: usize) -> Option<Value> {
    let mut field = json!({"id": def.id, "type": def.type_.as_str(), "label": def.label});
    let (member, value) = match def.type_.as_str() {
        "text" => (
            "textValue",
            json!({"value": text_sample(rng, &def.label, i)}),
        ),
        "number" => (
            "numberValue",
            json!({"value": number_sample(rng, &def.label)}),
        ),
        "multiple_choice" => (
            "multipleChoiceValue",
            option_pair(def.options.as_ref(), rng)?,
        ),
        "check_boxes" => ("checkBoxesValue", option_set(def.options.as_ref(), rng)?),
        "datetime" => {
            let kind = def
                .allowed_date_time_value_type
                .as_ref()
                .map_or("datetime", |k| k.as_str());
            let when = seeded_time(rng, at - TimeDelta::days(400), at + TimeDelta::days(400));
            ("dateTimeValue", date_time_value(kind, when))
        }
        "media" => {
            let n = 1 + rng.below(3);
            let list: Vec<Value> = (0..n)
                .map(|_| {
                    let finished = rng_finished(rng);
                    media_record(rng, at, finished)
                })
                .collect();
            ("mediaList", Value::Array(list))
        }
        "signature" => (
            "signatureValue",
            json!({"media": media_record(rng, at, true)}),
        ),
        "table" => ("tableValue", table_value(rng, def, at, i)),
        _ => return None,
    };
    field[member] = value;
    Some(field)
}

fn rng_finished(rng: &mut Rng) -> bool {
    rng.chance(0.85)
}

fn table_value(rng: &mut Rng, def: &FieldDefinition, at: DateTime<Utc>, i: usize) -> Value {
    let columns = def.columns.clone().unwrap_or_default();
    let rows: Vec<Value> = (0..1 + rng.below(4))
        .map(|_| {
            let cells: Vec<Value> = columns
                .iter()
                .filter_map(|c| {
                    let kind = c.type_.as_str();
                    let mut cell = json!({"id": c.id, "type": kind});
                    let (member, value) = match kind {
                        "text" => ("textValue", json!({"value": text_sample(rng, &c.label, i)})),
                        "number" => ("numberValue", json!({"value": number_sample(rng, &c.label)})),
                        "multiple_choice" => ("multipleChoiceValue", option_pair(c.options.as_ref(), rng)?),
                        "check_boxes" => ("checkBoxesValue", option_set(c.options.as_ref(), rng)?),
                        "datetime" => {
                            let kind = c.allowed_date_time_value_type.as_ref().map_or("datetime", |k| k.as_str());
                            let when = seeded_time(rng, at - TimeDelta::days(700), at);
                            ("dateTimeValue", date_time_value(kind, when))
                        }
                        "person" => {
                            let (id, kind) = rng.pick(USERS).copied().unwrap_or(("938172", "user"));
                            ("personValue", json!({"person": {"entryType": "tracked", "polymorphicUserId": {"id": id, "type": kind}}}))
                        }
                        "media" => ("mediaValue", json!({"mediaList": [media_record(rng, at, true)]})),
                        "signature" => ("signatureValue", json!({"media": media_record(rng, at, true)})),
                        "barcode" => ("barcodeValue", json!({"barcodes": [{"value": format!("{:010X}", rng.below(1 << 40))}]})),
                        _ => return None,
                    };
                    cell[member] = value;
                    Some(cell)
                })
                .collect();
            json!({"id": rng.uuid(), "cells": cells})
        })
        .collect();
    let columns: Vec<Value> = columns
        .iter()
        .map(|c| json!({"id": c.id, "label": c.label, "type": c.type_.as_str()}))
        .collect();
    json!({"columns": columns, "rows": rows})
}

fn record(
    rng: &mut Rng,
    store: &Store,
    i: usize,
    for_worker: bool,
    complete: bool,
) -> Result<QualificationRecord, String> {
    let entity = if for_worker { "worker" } else { "asset" };
    let family: Vec<&QualificationType> = store
        .types
        .iter()
        .filter(|t| t.entity_type.as_str() == entity)
        .collect();
    // The first type of a family (by definition order) is the busiest: the CDL / DOT inspection.
    let main = family
        .iter()
        .find(|t| t.name == "Commercial Driver's License" || t.name == "Annual DOT Inspection")
        .copied();
    let qtype = if complete || rng.chance(0.5) {
        main
    } else {
        rng.pick(&family).copied()
    }
    .ok_or("no qualification type for a family")?;
    let owner_id = if for_worker {
        rng.pick(&store.workers).map(|w| w.id.clone())
    } else {
        rng.pick(&store.assets).map(|a| a.id.clone())
    }
    .ok_or("no owners")?;

    let created = seeded_time(rng, window_start(), window_end() - TimeDelta::days(1));
    let updated = if rng.chance(0.4) {
        created
    } else {
        seeded_time(
            rng,
            created,
            (created + TimeDelta::days(90)).min(window_end()),
        )
    };
    let issue = midnight(created - TimeDelta::days(rng.range(0, 365)));
    let status = match rng.below(100) {
        0..=84 => "active",
        85..=94 => "archived",
        _ => "deleted",
    };
    let status = if complete { "active" } else { status };
    let fields: Vec<Value> = qtype
        .fields
        .iter()
        .filter_map(|d| {
            // "License Number" was required once; it is always filled still,
            // so the data (and the draws after it) did not change.
            let wanted =
                d.is_required || complete || d.label == "License Number" || rng.chance(0.7);
            wanted.then(|| field_value(rng, d, created, i)).flatten()
        })
        .collect();
    let mut record = json!({
        "id": rng.uuid(),
        "createdAtTime": time(created),
        "updatedAtTime": time(updated),
        "createdBy": user(rng),
        "updatedBy": user(rng),
        "issueDate": time(issue),
        "owner": {"entityType": entity, "id": owner_id},
        "qualificationType": {"id": qtype.id, "name": qtype.name, "revisionId": qtype.revision_id},
        "recordStatus": status,
        "fields": fields,
    });
    if complete || rng.chance(0.8) {
        record["expirationDate"] = time(issue + TimeDelta::days(365 * (1 + rng.range(0, 4))));
    }
    if complete || rng.chance(0.5) {
        let mut ids = json!({"hr": format!("HR{:05}", i + 1)});
        if rng.chance(0.3) {
            ids["lms"] = Value::String(format!("crs_{:06}-a%2B@lms.example", rng.below(1_000_000)));
        }
        record["externalIds"] = ids;
    }
    if i == 0 {
        // The documentation's example record (always a complete CDL record).
        record["id"] = json!(DOC_ID);
        record["owner"]["id"] = json!(DOC_WORKER);
        record["createdBy"] = json!({"id": DOC_DRIVER, "type": "driver"});
    } else if i % EMPTY_EVERY == EMPTY_EVERY - 1 {
        empty_arrays_in_fields(&mut record["fields"]);
    }
    typed("a qualification record", record)
}

/// Empties what a record may hold empty: a check-box selection, a media
/// list, a table's rows.
fn empty_arrays_in_fields(fields: &mut Value) {
    for field in fields.as_array_mut().into_iter().flatten() {
        if let Some(v) = field.get_mut("checkBoxesValue") {
            *v = json!({"value": [], "valueIds": []});
        }
        if let Some(v) = field.get_mut("mediaList") {
            *v = json!([]);
        }
        if let Some(v) = field.get_mut("tableValue").and_then(|t| t.get_mut("rows")) {
            *v = json!([]);
        }
    }
}

/// A `Money`: `{"amount": "12.34", "currency": "usd"}`.
pub(crate) fn money(cents: i64) -> Value {
    json!({"amount": format!("{}.{:02}", cents / 100, cents % 100), "currency": "usd"})
}

fn weighted<'a>(rng: &mut Rng, items: &'a [(&'a str, u64)]) -> &'a str {
    let total: u64 = items.iter().map(|(_, w)| w).sum();
    let mut roll = rng.below(total);
    for (item, w) in items {
        if roll < *w {
            return item;
        }
        roll -= w;
    }
    items.first().map_or("Open", |(s, _)| s)
}

fn work_order(rng: &mut Rng, store: &Store, i: usize) -> Result<WorkOrder, String> {
    let asset = rng.pick(&store.assets).ok_or("no assets")?;
    let status = if i < STATUSES.len() {
        STATUSES.get(i).map_or("Open", |(s, _)| s)
    } else {
        weighted(rng, STATUSES)
    };
    let created = seeded_time(rng, window_start(), window_end() - TimeDelta::days(1));
    let updated = seeded_time(
        rng,
        created,
        (created + TimeDelta::days(60)).min(window_end()),
    );
    let mut order = json!({
        "id": (i + 1).to_string(),
        "assetId": asset.id,
        "status": status,
        "createdAtTime": time(created),
        "updatedAtTime": time(updated),
        "createdByUserId": word(rng, &["45646", "938172", "52011"]),
        "priority": word(rng, PRIORITIES),
        "category": word(rng, CATEGORIES),
        "description": word(rng, PROBLEMS),
        "engineHours": asset.engine_hours - rng.range(0, 500),
        "odometerMeters": asset.odometer_meters - rng.range(0, 2_000_000),
    });
    let technician = rng.pick(&store.technicians).cloned();
    if status != "Open"
        && let Some(t) = &technician
    {
        order["assignedUserId"] = json!(t);
        order["assignees"] = json!([{"userId": t}]);
    }
    if rng.chance(0.7) {
        order["dueAtTime"] = time(created + TimeDelta::days(rng.range(1, 30)));
    }
    if matches!(
        status,
        "In Progress" | "On Hold" | "Pending Parts" | "Completed" | "Closed"
    ) {
        order["startedAtTime"] = time(created + TimeDelta::hours(rng.range(1, 48)));
    }
    if matches!(status, "Completed" | "Closed") {
        order["completedAtTime"] = time(updated);
        order["closingNotes"] = json!("Everything was fixed without issues.");
        order["invoiceNumber"] = json!(format!("INV-{:06}", 200_000 + i));
    }
    if matches!(status, "Closed" | "Cancelled") {
        order["archivedAtTime"] = time(updated);
    }
    if rng.chance(0.4) {
        order["poNumber"] = json!(format!("PO{:06}", rng.below(1_000_000)));
    }
    if rng.chance(0.3) {
        order["vendorUuid"] = json!(rng.uuid());
    }
    if rng.chance(0.6) {
        let place = rng.pick(&store.places).ok_or("no places")?;
        order["maintenanceSite"] = json!({"name": place.name, "placeId": place.id});
    }
    if rng.chance(0.5) {
        let n = 1 + rng.below(2);
        order["items"] = Value::Array(
            (0..n)
                .map(|_| json!({"id": rng.uuid(), "type": word(rng, ITEM_TYPES)}))
                .collect(),
        );
    }
    if rng.chance(0.25) {
        let finished = rng.chance(0.8);
        order["attachments"] = json!([media_record(rng, updated, finished)]);
    }
    if rng.chance(0.2) {
        order["workOrderTemplateIds"] = json!([format!("{}", 7000 + rng.below(900))]);
    }
    let tasks: Vec<Value> = (0..rng.below(3))
        .map(|_| {
            let mut task = json!({
                "id": rng.uuid(),
                "serviceTaskId": rng.uuid(),
                "status": word(rng, TASK_STATUSES),
                "laborHourlyCost": money(rng.range(8_000, 16_000)),
                "laborTimeMinutes": rng.range(15, 480),
                "partsCost": money(rng.range(0, 90_000)),
                "parts": [{
                    "id": rng.uuid(),
                    "partId": format!("P{:04}", rng.below(10_000)),
                    "quantity": (rng.range(1, 20) as f64) / 2.0,
                    "costCentsOverride": rng.range(500, 20_000),
                }],
            });
            if let Some(t) = &technician {
                task["assignees"] = json!([{"userId": t}]);
                let clock_in = created + TimeDelta::hours(rng.range(1, 72));
                let clock_out = if rng.chance(0.8) {
                    time(clock_in + TimeDelta::minutes(rng.range(10, 300)))
                } else {
                    Value::Null
                };
                task["timeEntries"] = json!([{"clockInAtTime": time(clock_in), "clockOutAtTime": clock_out, "userId": t}]);
            }
            if rng.chance(0.5) {
                task["notes"] = json!("Torque to spec and re-check after 50 miles.");
                task["subtasks"] = json!([
                    {"procedure": {"name": "Brake inspection", "isCompleted": rng.chance(0.5)}},
                    {"form": {"formSubmissionUuid": rng.uuid()}},
                ]);
            }
            task
        })
        .collect();
    if !tasks.is_empty() {
        order["serviceTaskInstances"] = Value::Array(tasks);
    }
    if rng.chance(0.3) {
        order["discount"] = if rng.chance(0.5) {
            json!({"basisPoints": 500})
        } else {
            json!({"money": money(rng.range(1_000, 20_000))})
        };
    }
    if rng.chance(0.6) {
        order["tax"] = json!({"basisPoints": 700 + rng.range(0, 300)});
    }
    if rng.chance(0.2) {
        order["unallocatedLabor"] =
            json!({"cost": money(rng.range(2_000, 30_000)), "timeMinutes": rng.range(10, 240)});
    }
    if (i + 1).to_string() == DOC_WORK_ORDER {
        // The documentation's example work order.
        order["assetId"] = json!(DOC_ASSET);
        order["createdByUserId"] = json!(DOC_USER);
        order["assignedUserId"] = json!(DOC_USER);
        order["assignees"] = json!([{"userId": DOC_USER}]);
        order["vendorUuid"] = json!(DOC_VENDOR);
    } else if i % EMPTY_EVERY == EMPTY_EVERY - 1 {
        for member in ["items", "attachments"] {
            if order.get(member).is_none() {
                order[member] = json!([]);
            }
        }
    }
    typed("a work order", order)
}
