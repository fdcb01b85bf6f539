//! Creates that happen exactly once: an upsert of a qualification record
//! keyed by one of its external ids, and what to do for work orders, which
//! have none.
//!
//! A create whose answer is lost (a timeout, a cut connection, a 500, 502,
//! 503 or 504 after the request was sent) is [`Error::OutcomeUnknown`]:
//! Samsara may or may not have made the record. For a qualification record
//! keyed by an external id, [`Client::upsert_qualification_record`] settles
//! that for you: it looks the record up by the external id, creates it (with
//! that external id) when absent, patches only the members that differ when
//! present, and sends nothing when it is as desired. A create whose outcome
//! is unknown is looked up again before anything is created again, so
//! repeating an upsert, or the upsert's own second try, never makes a second
//! record.
//!
//! ```
//! use samsara::prelude::*;
//! use samsara::types::QualificationFieldInput;
//! use samsara::upsert::{Change, DesiredRecord, Outcome, Plan};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let server = samsara_mock::MockServer::start(samsara_mock::MockConfig::default().rate_limits(false)).await?;
//! # let client = server.client()?;
//! // The "Commercial Driver's License" qualification type, and its text field
//! // "License Number" (ids from `get_qualification_types`).
//! let cdl = "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7";
//! let licence_number = "9814a1fa-f0c6-408b-bf85-51dc3bc71ac7";
//! let issued: chrono::DateTime<chrono::Utc> = "2025-03-01T00:00:00Z".parse()?;
//!
//! // The licence as the HR system knows it, keyed by the HR system's id.
//! let key: ExternalId = "hr:LIC000042".parse()?;
//! let desired = DesiredRecord::worker("281474", cdl, issued)
//!     .expiration_date("2029-03-01T00:00:00Z".parse()?)
//!     .field(QualificationFieldInput::text(licence_number, "D1234567"));
//!
//! // A dry run looks and writes nothing: here, the record would be created.
//! let plan = client.upsert_qualification_record(key.clone(), desired.clone()).dry_run().await?;
//! assert!(matches!(plan, Plan::Create { .. }));
//!
//! let done = client.upsert_qualification_record(key.clone(), desired.clone()).send().await?;
//! assert_eq!(done.outcome, Outcome::Created);
//! assert_eq!(done.record.external_id("hr"), Some("LIC000042"));
//!
//! // The same again: nothing is sent.
//! let again = client.upsert_qualification_record(key.clone(), desired.clone()).send().await?;
//! assert_eq!((again.outcome, again.record.id), (Outcome::Unchanged, done.record.id.clone()));
//!
//! // A renewed licence: only the field that changed is patched.
//! let renewed = desired.field(QualificationFieldInput::text(licence_number, "D7654321"));
//! let patched = client.upsert_qualification_record(key, renewed).send().await?;
//! assert_eq!(patched.outcome, Outcome::Patched { changes: vec![Change::Field(licence_number.into())] });
//! # Ok(()) }
//! ```
//!
//! # What is compared, and what is left alone
//!
//! A [`DesiredRecord`] names the owner, the qualification type and the issue
//! date (a create needs all three), and whatever else the caller sets:
//! the expiration date (or none), custom fields, more external ids. Members
//! the caller does not set are never compared and never sent: a field of
//! the record that is not in the desired record keeps its value, an external
//! id key not named keeps its value, an expiration date not mentioned stays
//! as it is. The members that are compared, and how:
//!
//! | member | equal when |
//! | --- | --- |
//! | `owner` | same `entityType`, and the stored owner's id is the one given, or the stored owner carries the external id given (`payroll:P00042`) |
//! | `qualificationType` | same id; a record of another type is [`Error::Conflict`] (PATCH cannot change a record's type) |
//! | `issueDate`, `expirationDate` | the same instant, to the millisecond (Samsara's precision); no expiration date set means none stored (`no_expiration_date`, sent as `1970-01-01T00:00:00Z` when patching, as Samsara documents) |
//! | `externalIds` | each key the caller gave has the value given (the key upserted on is how the record was found). When one differs the PATCH sends the stored map with the given keys set, so it is right whether Samsara merges or replaces the map |
//! | `fields`, by field id | `text`, `number`, `datetime` (to the millisecond), `multiple_choice` (option id), `check_boxes` (the set of option ids), `table` (rows in order, row ids when given, each cell's value; `person` cells by user id, `barcode` cells by values): by value |
//! | `fields`: `media`, `signature` | by presence only: Samsara keeps an upload as a media record (an id and, once processed, a URL), never the bytes, so an upload cannot be compared with what is stored. A media or signature field is sent when the stored one is blank and left alone otherwise; to replace a stored photo, patch it with [`Client::patch_qualification_record`] |
//! | `fields` of a kind this crate does not know | never equal: always sent |
//!
//! A field whose value Samsara normalises (a number rounded to the type's
//! decimal places, a date-only value moved to midnight) compares unequal and
//! is sent again on each upsert: harmless, but not "unchanged". The record's
//! status is not touched: an archived record is patched and stays archived
//! ([`Upserted::record`]'s `record_status` says so).
//!
//! # Exactly once, and why it holds
//!
//! Samsara's External IDs page: "External ID values must be unique across all
//! entities". A record created by an upsert always carries the external id
//! it is keyed by, so Samsara itself refuses a second record with it, even
//! one its reads do not show yet: at most one record ever carries it. The
//! upsert's side is to look before it creates, to look again whenever a
//! create may have taken effect or was refused, and to go on with the
//! record it finds:
//!
//! 1. It looks the record up (`GET /qualification-records?ids=key:value`,
//!    with `includeExternalIds`).
//! 2. Found: patch or nothing. Not found: create it, with the external id.
//! 3. The create's outcome is unknown ([`Error::OutcomeUnknown`]): look
//!    again. Found: the create took effect (patched if it must be). Not
//!    found: create again, at most three creates in all; after a third
//!    unknown outcome the upsert returns that `OutcomeUnknown`, and running
//!    the same upsert later is safe.
//! 4. A create refused with a 4xx (what Samsara answers when the external id
//!    is taken: by this upsert's earlier create, by another process's upsert
//!    of the same key, by a record created a moment ago that its reads do
//!    not show yet): keep looking for up to the [visibility
//!    wait](UpsertQualificationRecord::visibility_wait) (10 s by default),
//!    since Samsara's reads may trail its writes. Found: go on with it. Not
//!    found: that 4xx is the upsert's error. (Samsara's messages are not to
//!    be parsed, so a create refused for another reason, a field id the
//!    type does not have, say, also waits out the visibility wait before its
//!    4xx is returned. A deleted record that still holds the external id,
//!    as the fake server models it, or a worker, asset or place holding the
//!    same `key:value`, blocks the create for good.)
//! 5. A create or patch answered 2xx with a body that does not match the
//!    spec ([`Error::UnreadableSuccess`]) took effect: the record is looked
//!    up until it shows it (within the visibility wait) and returned; if it
//!    does not, that error is the upsert's.
//!
//! So under any mix of lost answers and retries the result is one record
//! with the desired members. What an upsert cannot do is see a write that
//! Samsara's reads do not show yet: two upserts of the same key within the
//! few seconds a write may take to become visible compare against what the
//! lookup shows, so the later one may take a stale version for the current
//! one (and, say, send nothing where it should have patched back). Space the
//! upserts of one key further apart than that.
//!
//! Every failure is a [`crate::Error`]: [`Error::InvalidInput`] before
//! anything is sent (an owner id or a qualification type id that cannot be
//! sent, an extra external id with the key upserted on but another value),
//! [`Error::Conflict`] when the record found cannot be patched into the
//! desired one (another qualification type, or deleted), and otherwise the
//! error of the lookup, create or patch that failed, as documented on
//! [`Error`].
//!
//! # Work orders: no helper, on purpose
//!
//! A work order has no external id, and nothing about one is unique, so
//! after an [`Error::OutcomeUnknown`] from `post_work_orders` only a search
//! can tell whether it was made. A search proves presence, never absence:
//! Samsara's list and stream may show a write some time after it is made
//! (no bound is documented for work orders), and nothing stops two work
//! orders from looking alike. A helper that created again when its search
//! found nothing could make the very duplicate it exists to prevent, so this
//! crate offers none. What a caller should do instead:
//!
//! 1. Before the create, give the work order a marker nothing else carries,
//!    in a member you do not otherwise use (your ticket id as its
//!    `invoiceNumber`, say), and store `(marker, assetId, the time of the
//!    attempt)` durably, before sending.
//! 2. On `OutcomeUnknown`, do not create again at once. Search the asset's
//!    work orders changed since shortly before the attempt for the marker
//!    (below), and repeat the search until longer than you allow for late
//!    visibility has passed (the client's settle delay, 30 s by default, is
//!    this crate's own allowance; see [`crate::pagination`]).
//! 3. Found: that is the work order; keep its id. Still not found after that
//!    wait: create it again, knowing that a create which becomes visible
//!    later still would make a second one.
//! 4. Now and then, search a longer window for markers carried by two work
//!    orders, and delete the later one (`delete_work_orders`) once you have
//!    checked no one has started work on it.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use samsara::prelude::*;
//! use samsara::types::WorkOrder;
//!
//! /// The work order carrying `marker` as its invoice number, among the
//! /// asset's work orders changed since `attempted_at` (less a minute for
//! /// clock skew), as far as Samsara shows them now.
//! async fn find_by_marker(
//!     client: &Client,
//!     asset_id: &str,
//!     attempted_at: chrono::DateTime<chrono::Utc>,
//!     marker: &str,
//! ) -> Result<Option<WorkOrder>, Error> {
//!     let mut orders = client
//!         .stream_work_orders()
//!         .asset_ids(vec![asset_id.to_owned()])
//!         .start_time(attempted_at - chrono::TimeDelta::minutes(1))
//!         .end_time(chrono::Utc::now())
//!         .items();
//!     while let Some(order) = orders.try_next().await? {
//!         if order.invoice_number.as_deref() == Some(marker) {
//!             return Ok(Some(order));
//!         }
//!     }
//!     Ok(None)
//! }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::external_id::HasExternalIds;
use crate::types::{
    self, EntityType, FieldType, QualificationField, QualificationFieldInput, QualificationRecord,
    RecordStatus,
};
use crate::{Client, Error, ExternalId, IdRef};

/// At most this many creates per upsert (each one after an unknown outcome
/// and a lookup that found nothing).
const MAX_CREATES: u32 = 3;

/// How long an upsert keeps looking for a record it has reason to think
/// exists, unless told otherwise.
const DEFAULT_VISIBILITY_WAIT: Duration = Duration::from_secs(10);

/// The `expirationDate` that clears it (Samsara's PATCH documentation).
const NO_EXPIRATION: DateTime<Utc> = DateTime::<Utc>::UNIX_EPOCH;

/// A qualification record as it should be: the owner, the qualification
/// type and the issue date (a create needs all three), and whatever else is
/// set. What is not set is neither compared nor sent (see the [module
/// docs](self)).
///
/// ```
/// use samsara::types::QualificationFieldInput;
/// use samsara::upsert::DesiredRecord;
///
/// let issued = "2025-03-01T00:00:00Z".parse().unwrap();
/// let desired = DesiredRecord::worker("payroll:P00042", "cdl-type-id", issued)
///     .no_expiration_date()
///     .field(QualificationFieldInput::text("licence-number", "D1234567"))
///     .external_id("lms:C-77".parse().unwrap());
/// # let _ = desired;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct DesiredRecord {
    entity_type: EntityType,
    owner: String,
    qualification_type: String,
    issue_date: DateTime<Utc>,
    expiration_date: Option<Expiration>,
    fields: Vec<QualificationFieldInput>,
    external_ids: BTreeMap<String, String>,
}

/// What the caller said of the expiration date.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expiration {
    At(DateTime<Utc>),
    None,
}

impl DesiredRecord {
    /// A record owned by a worker (driver or user): `owner` is a Samsara id
    /// or an external id (`payroll:P00042`); `qualification_type` the id of
    /// a worker qualification type (from `get_qualification_types`).
    pub fn worker(
        owner: impl Into<String>,
        qualification_type: impl Into<String>,
        issue_date: DateTime<Utc>,
    ) -> Self {
        DesiredRecord::owned_by(EntityType::Worker, owner, qualification_type, issue_date)
    }

    /// A record owned by an asset: `owner` is a Samsara id or an external id
    /// (`samsara.vin:1HGCM82633A004352`); `qualification_type` the id of an
    /// asset qualification type.
    pub fn asset(
        owner: impl Into<String>,
        qualification_type: impl Into<String>,
        issue_date: DateTime<Utc>,
    ) -> Self {
        DesiredRecord::owned_by(EntityType::Asset, owner, qualification_type, issue_date)
    }

    fn owned_by(
        entity_type: EntityType,
        owner: impl Into<String>,
        qualification_type: impl Into<String>,
        issue_date: DateTime<Utc>,
    ) -> Self {
        DesiredRecord {
            entity_type,
            owner: owner.into(),
            qualification_type: qualification_type.into(),
            issue_date,
            expiration_date: None,
            fields: Vec::new(),
            external_ids: BTreeMap::new(),
        }
    }

    /// The record expires at `at` (`1970-01-01T00:00:00Z`, Samsara's "no
    /// expiration date", is [`no_expiration_date`](Self::no_expiration_date)).
    pub fn expiration_date(mut self, at: DateTime<Utc>) -> Self {
        self.expiration_date = Some(if at == NO_EXPIRATION {
            Expiration::None
        } else {
            Expiration::At(at)
        });
        self
    }

    /// The record has no expiration date (one stored is cleared).
    pub fn no_expiration_date(mut self) -> Self {
        self.expiration_date = Some(Expiration::None);
        self
    }

    /// Sets one custom field (built with the constructors of
    /// [`QualificationFieldInput`]); it replaces a field set earlier with
    /// the same id.
    pub fn field(mut self, field: QualificationFieldInput) -> Self {
        match self.fields.iter_mut().find(|f| f.id == field.id) {
            Some(slot) => *slot = field,
            None => self.fields.push(field),
        }
        self
    }

    /// Sets several custom fields, as [`field`](Self::field) does each.
    pub fn fields(self, fields: impl IntoIterator<Item = QualificationFieldInput>) -> Self {
        fields.into_iter().fold(self, DesiredRecord::field)
    }

    /// One more external id for the record, besides the one it is upserted
    /// by; it replaces a value set earlier for the same key.
    pub fn external_id(mut self, id: ExternalId) -> Self {
        self.external_ids
            .insert(id.key().to_owned(), id.value().to_owned());
        self
    }
}

/// A member of a qualification record that an upsert compares and patches.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Change {
    /// `owner`
    Owner,
    /// `issueDate`
    IssueDate,
    /// `expirationDate` (set, changed or cleared)
    ExpirationDate,
    /// The custom field with this id (`fields[]`).
    Field(String),
    /// The external id with this key (`externalIds`).
    ExternalId(String),
}

impl fmt::Display for Change {
    /// The member as Samsara names it: `owner`, `issueDate`,
    /// `expirationDate`, `fields[<id>]`, `externalIds.<key>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Owner => f.write_str("owner"),
            Change::IssueDate => f.write_str("issueDate"),
            Change::ExpirationDate => f.write_str("expirationDate"),
            Change::Field(id) => write!(f, "fields[{id}]"),
            Change::ExternalId(key) => write!(f, "externalIds.{key}"),
        }
    }
}

/// What an upsert would do, from a [dry run](UpsertQualificationRecord::dry_run):
/// the request it would send, or none.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Plan {
    /// No record carries the external id: create one with this body (which
    /// carries the external id).
    Create {
        /// The `POST /qualification-records` body.
        body: Box<types::QualificationRecordCreate>,
    },
    /// The record differs in `changes`: patch those members alone.
    Patch {
        /// The record as found.
        record: Box<QualificationRecord>,
        /// The members that differ, in the order of [`Change`].
        changes: Vec<Change>,
        /// The `PATCH /qualification-records` body (the record's Samsara
        /// id and the changed members).
        body: Box<types::QualificationRecordPatch>,
    },
    /// The record is as desired: nothing to send.
    Unchanged {
        /// The record as found.
        record: Box<QualificationRecord>,
    },
}

/// What an upsert did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// No record carried the external id when the upsert first looked; one
    /// does now, as desired (made by this upsert, including when a create's
    /// answer was lost and the record was found afterwards, or by another
    /// process's upsert of the same key, then patched if it differed).
    Created,
    /// The record existed and these members were patched.
    Patched {
        /// The members sent, in the order of [`Change`].
        changes: Vec<Change>,
    },
    /// The record existed as desired: nothing was sent.
    Unchanged,
}

/// The result of an upsert: what it did and the record.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Upserted {
    /// Created, patched, or left as it was.
    pub outcome: Outcome,
    /// The record: Samsara's answer to the create or patch, or the record
    /// as looked up when nothing was sent (or an answer was lost).
    pub record: QualificationRecord,
    /// How many of this upsert's creates had an unknown outcome
    /// ([`Error::OutcomeUnknown`]) and were settled by looking again.
    pub outcomes_unknown: u32,
}

/// An upsert of a qualification record by external id: see
/// [`Client::upsert_qualification_record`] and the [module docs](self).
#[derive(Clone, Debug)]
#[must_use = "an upsert does nothing until `.send()` or `.dry_run()`"]
pub struct UpsertQualificationRecord {
    client: Client,
    external_id: ExternalId,
    desired: DesiredRecord,
    visibility_wait: Duration,
}

impl Client {
    /// Makes the qualification record carrying `external_id` look like
    /// `desired`: created (with `external_id`) when no record carries it,
    /// patched in the members that differ when one does, left alone when it
    /// is as desired. `.send().await` returns [`Upserted`];
    /// `.dry_run().await` returns the [`Plan`] and writes nothing.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] before anything is sent when the desired
    /// record cannot be sent; [`Error::Conflict`] when the record found has
    /// another qualification type or is deleted; [`Error::OutcomeUnknown`]
    /// after three creates whose outcome was unknown (repeating the upsert
    /// later is safe); otherwise the error of the lookup, create or patch
    /// that failed. See the [module docs](crate::upsert).
    pub fn upsert_qualification_record(
        &self,
        external_id: ExternalId,
        desired: DesiredRecord,
    ) -> UpsertQualificationRecord {
        UpsertQualificationRecord {
            client: self.clone(),
            external_id,
            desired,
            visibility_wait: DEFAULT_VISIBILITY_WAIT,
        }
    }
}

impl UpsertQualificationRecord {
    /// How long to keep looking for a record the upsert has reason to think
    /// exists but that a lookup does not show (yet): after a create was
    /// refused with a 4xx, or answered 2xx with a body that does not match
    /// the spec. Default 10 s; Samsara's reads may trail its writes by a
    /// few seconds. It is also how long an invalid create takes to return
    /// its 4xx.
    pub fn visibility_wait(mut self, wait: Duration) -> Self {
        self.visibility_wait = wait;
        self
    }

    /// Looks the record up and says what [`send`](Self::send) would do,
    /// writing nothing.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] and [`Error::Conflict`] as for `send`, and
    /// the lookup's error.
    pub async fn dry_run(self) -> Result<Plan, Error> {
        let desired = self.checked()?;
        let found = self.lookup().await?;
        self.plan(&desired, found)
    }

    /// Upserts the record: see [`Client::upsert_qualification_record`].
    ///
    /// # Errors
    /// See [`Client::upsert_qualification_record`].
    pub async fn send(self) -> Result<Upserted, Error> {
        let desired = self.checked()?;
        let mut found = self.lookup().await?;
        // Outcome::Created from the moment the first lookup found nothing.
        let absent_at_first = found.is_none();
        let (mut creates, mut unknown) = (0, 0);
        loop {
            let done = |outcome: Outcome, record: QualificationRecord| Upserted {
                outcome: if absent_at_first {
                    Outcome::Created
                } else {
                    outcome
                },
                record,
                outcomes_unknown: unknown,
            };
            let body = match self.plan(&desired, found.take())? {
                Plan::Unchanged { record } => return Ok(done(Outcome::Unchanged, *record)),
                Plan::Patch { changes, body, .. } => {
                    let record = self.patch(&desired, *body).await?;
                    return Ok(done(Outcome::Patched { changes }, record));
                }
                Plan::Create { body } => body,
            };
            creates += 1;
            match self
                .client
                .post_qualification_record()
                .body(*body)
                .send_raw()
                .await
                .map(|answer| answer.into_inner().data)
            {
                Ok(record) => return Ok(done(Outcome::Created, record)),
                Err(error @ Error::OutcomeUnknown { .. }) => {
                    unknown += 1;
                    tracing::debug!(external_id = %self.external_id, %error, "upsert: the create's outcome is unknown; looking again");
                    if creates >= MAX_CREATES {
                        return Err(error);
                    }
                    // Look again before creating again; a lookup that fails
                    // leaves the create's outcome unknown.
                    found = self.lookup().await.map_err(|_| error)?;
                }
                Err(error @ Error::UnreadableSuccess { .. }) => {
                    // It took effect: the record exists.
                    found = Some(self.wait_for(|_| true).await.ok_or(error)?);
                }
                Err(Error::Api(api)) if may_be_taken(&api) => {
                    // Refused, perhaps because the external id is taken: by
                    // this upsert's earlier create or another's, not
                    // visible yet. Wait for it; none: the refusal stands.
                    tracing::debug!(external_id = %self.external_id, error = %api, "upsert: the create was refused; looking again");
                    found = Some(self.wait_for(|_| true).await.ok_or(Error::Api(api))?);
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// The desired record, checked: what can be sent.
    fn checked(&self) -> Result<Checked, Error> {
        let context = || format!("upsert_qualification_record {}", self.external_id);
        let owner: IdRef = self
            .desired
            .owner
            .parse()
            .map_err(|e| Error::InvalidInput(format!("{}: the owner: {e}", context())))?;
        let kind = &self.desired.qualification_type;
        if kind.is_empty() || kind.chars().any(char::is_control) {
            return Err(Error::InvalidInput(format!(
                "{}: the qualification type id {kind:?} is empty or holds a control character",
                context()
            )));
        }
        if let Some(other) = self.desired.external_ids.get(self.external_id.key())
            && other != self.external_id.value()
        {
            return Err(Error::InvalidInput(format!(
                "{}: the desired record's external ids give {}:{other}, but the record is upserted by {}",
                context(),
                self.external_id.key(),
                self.external_id
            )));
        }
        let conversion = |e: types::error::ConversionError| {
            Error::InvalidInput(format!("{}: the owner: {e}", context()))
        };
        let owner_input: types::QualificationOwnerInput = types::QualificationOwnerInput::builder()
            .entity_type(self.desired.entity_type.clone())
            .id(self.desired.owner.clone())
            .try_into()
            .map_err(conversion)?;
        Ok(Checked { owner, owner_input })
    }

    /// The record carrying the external id, as Samsara's lookup shows it now.
    async fn lookup(&self) -> Result<Option<QualificationRecord>, Error> {
        self.client
            .qualification_record_by_external_id(&self.external_id)
            .await
    }

    /// Looks the record up until it shows and `ready` holds, for up to the
    /// visibility wait; `None` when it does not (a lookup that fails counts
    /// as not shown: the caller has an error of its own to return).
    async fn wait_for(
        &self,
        ready: impl Fn(&QualificationRecord) -> bool,
    ) -> Option<QualificationRecord> {
        let started = Instant::now();
        let mut pause = Duration::from_millis(50);
        loop {
            if let Ok(Some(record)) = self.lookup().await
                && ready(&record)
            {
                return Some(record);
            }
            let left = self.visibility_wait.checked_sub(started.elapsed())?;
            if left.is_zero() {
                return None;
            }
            tokio::time::sleep(pause.min(left)).await;
            pause = (pause * 2).min(Duration::from_secs(2));
        }
    }

    /// Sends the patch; an answer that does not match the spec is settled
    /// by looking the record up until it shows the desired members.
    async fn patch(
        &self,
        desired: &Checked,
        body: types::QualificationRecordPatch,
    ) -> Result<QualificationRecord, Error> {
        match self
            .client
            .patch_qualification_record()
            .body(body)
            .send_raw()
            .await
            .map(|answer| answer.into_inner().data)
        {
            Err(error @ Error::UnreadableSuccess { .. }) => self
                .wait_for(|r| {
                    diff(&self.desired, desired, &self.external_id, r).is_ok_and(|c| c.is_empty())
                })
                .await
                .ok_or(error),
            other => other,
        }
    }

    /// What to send for `found`, the record carrying the external id.
    fn plan(&self, desired: &Checked, found: Option<QualificationRecord>) -> Result<Plan, Error> {
        let Some(record) = found else {
            return Ok(Plan::Create {
                body: Box::new(self.create_body(desired)?),
            });
        };
        let changes = diff(&self.desired, desired, &self.external_id, &record)?;
        if changes.is_empty() {
            return Ok(Plan::Unchanged {
                record: Box::new(record),
            });
        }
        let body = self.patch_body(desired, &record, &changes)?;
        Ok(Plan::Patch {
            record: Box::new(record),
            changes,
            body: Box::new(body),
        })
    }

    fn create_body(&self, desired: &Checked) -> Result<types::QualificationRecordCreate, Error> {
        let d = &self.desired;
        let mut external_ids = d.external_ids.clone();
        external_ids.insert(
            self.external_id.key().to_owned(),
            self.external_id.value().to_owned(),
        );
        let expiration = match d.expiration_date {
            Some(Expiration::At(at)) => Some(at),
            Some(Expiration::None) | None => None,
        };
        let kind: types::QualificationTypeRefInput =
            types::QualificationTypeRefInput::id(d.qualification_type.clone())
                .try_into()
                .map_err(|e| self.unbuildable("create", e))?;
        types::QualificationRecordCreate::builder()
            .owner(desired.owner_input.clone())
            .qualification_type(kind)
            .issue_date(d.issue_date)
            .expiration_date(expiration)
            .fields((!d.fields.is_empty()).then(|| d.fields.clone()))
            .external_ids(Some(external_ids))
            .try_into()
            .map_err(|e| self.unbuildable("create", e))
    }

    fn patch_body(
        &self,
        desired: &Checked,
        record: &QualificationRecord,
        changes: &[Change],
    ) -> Result<types::QualificationRecordPatch, Error> {
        let d = &self.desired;
        let mut patch = types::QualificationRecordPatch::builder().id(record.id.clone());
        let mut fields = Vec::new();
        let mut external_ids = false;
        for change in changes {
            match change {
                Change::Owner => patch = patch.owner(Some(desired.owner_input.clone())),
                Change::IssueDate => patch = patch.issue_date(Some(d.issue_date)),
                Change::ExpirationDate => {
                    let at = match d.expiration_date {
                        Some(Expiration::At(at)) => at,
                        Some(Expiration::None) | None => NO_EXPIRATION,
                    };
                    patch = patch.expiration_date(Some(at));
                }
                Change::Field(id) => fields.extend(d.fields.iter().find(|f| f.id == *id).cloned()),
                Change::ExternalId(_) => external_ids = true,
            }
        }
        if !fields.is_empty() {
            patch = patch.fields(Some(fields));
        }
        if external_ids {
            // The stored map with the given keys set: right whether Samsara
            // merges the map or replaces it.
            let mut map = record.external_ids.clone().unwrap_or_default();
            map.insert(
                self.external_id.key().to_owned(),
                self.external_id.value().to_owned(),
            );
            map.extend(d.external_ids.clone());
            patch = patch.external_ids(Some(map));
        }
        patch.try_into().map_err(|e| self.unbuildable("patch", e))
    }

    fn unbuildable(&self, what: &str, e: types::error::ConversionError) -> Error {
        Error::InvalidInput(format!(
            "upsert_qualification_record {}: the {what} body cannot be built: {e}",
            self.external_id
        ))
    }
}

// The create and the patch go through `send_raw()` and take `data` from
// Samsara's `{"data": …}` wrapper themselves: `send()` unwraps it only while
// the wrapper has no other member, and a member Samsara adds to it (as
// `cargo xtask drift --write` would add it) must not break this module.

/// The parts of a [`DesiredRecord`] checked and converted for sending.
struct Checked {
    owner: IdRef,
    owner_input: types::QualificationOwnerInput,
}

/// A create refused with this status may have been refused because the
/// external id is taken (Samsara does not document which status that is,
/// and its messages are not to be parsed): any 4xx but those that say
/// something else (401, 403: the token; 404: the path; 408, 429: retried
/// already; 413: the body's size).
fn may_be_taken(api: &crate::ApiError) -> bool {
    api.status.is_client_error()
        && !matches!(api.status.as_u16(), 401 | 403 | 404 | 408 | 413 | 429)
}

/// The members of `record` that differ from `desired`, in [`Change`]
/// order; [`Error::Conflict`] when no patch can make them equal.
fn diff(
    desired: &DesiredRecord,
    checked: &Checked,
    key: &ExternalId,
    record: &QualificationRecord,
) -> Result<Vec<Change>, Error> {
    let conflict = |what: String| {
        Error::Conflict(format!(
            "upsert_qualification_record {key}: record {} {what}",
            record.id
        ))
    };
    if record.record_status == RecordStatus::Deleted {
        return Err(conflict(format!(
            "carries the external id but is deleted: a new record cannot take {key} while the deleted one holds it, so upsert it under another external id"
        )));
    }
    if record.qualification_type.id != desired.qualification_type {
        return Err(conflict(format!(
            "has qualification type {:?}, not {:?}, and a PATCH cannot change a record's type: delete it and remove {key} from it, or upsert with its type",
            record.qualification_type.id, desired.qualification_type
        )));
    }
    let mut changes = Vec::new();
    let owner = &record.owner;
    let same_owner = owner.entity_type == desired.entity_type
        && match &checked.owner {
            IdRef::Id(id) => owner.id == *id,
            IdRef::External(ext) => owner.has_external_id(ext),
        };
    if !same_owner {
        changes.push(Change::Owner);
    }
    if !same_instant(Some(desired.issue_date), Some(record.issue_date)) {
        changes.push(Change::IssueDate);
    }
    if let Some(expiration) = desired.expiration_date {
        let wanted = match expiration {
            Expiration::At(at) => Some(at),
            Expiration::None => None,
        };
        if !same_instant(wanted, record.expiration_date) {
            changes.push(Change::ExpirationDate);
        }
    }
    for field in &desired.fields {
        let stored = record.fields.iter().find(|f| f.id == field.id);
        if !field_matches(field, stored) {
            changes.push(Change::Field(field.id.clone()));
        }
    }
    for (k, v) in &desired.external_ids {
        if k != key.key() && record.external_id(k) != Some(v.as_str()) {
            changes.push(Change::ExternalId(k.clone()));
        }
    }
    Ok(changes)
}

/// The same instant to the millisecond, or both absent.
fn same_instant(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> bool {
    a.map(|t| t.timestamp_millis()) == b.map(|t| t.timestamp_millis())
}

/// Option ids as a set.
fn id_set(ids: &[String]) -> std::collections::BTreeSet<&str> {
    ids.iter().map(String::as_str).collect()
}

/// Whether the stored field holds what the desired one says (see the table
/// in the module docs).
fn field_matches(desired: &QualificationFieldInput, stored: Option<&QualificationField>) -> bool {
    let Some(stored) = stored else {
        return false;
    };
    if stored.type_ != desired.type_ {
        return false;
    }
    match &desired.type_ {
        FieldType::Text => {
            desired.text_value.as_ref().map(|v| v.value.as_str())
                == stored.text_value.as_deref().map(|v| v.value.as_str())
        }
        FieldType::Number => {
            desired.number_value.as_ref().map(|v| v.value)
                == stored.number_value.as_deref().map(|v| v.value)
        }
        FieldType::Datetime => same_instant(
            desired.date_time_value.as_ref().map(|v| v.value),
            stored.date_time_value.as_deref().map(|v| v.value),
        ),
        FieldType::MultipleChoice => {
            desired
                .multiple_choice_value
                .as_ref()
                .map(|v| v.value_id.as_str())
                == stored
                    .multiple_choice_value
                    .as_deref()
                    .map(|v| v.value_id.as_str())
        }
        FieldType::CheckBoxes => {
            let wanted = desired
                .check_boxes_value
                .as_ref()
                .map_or_else(Default::default, |v| id_set(&v.value_ids));
            let held = stored
                .check_boxes_value
                .as_deref()
                .map_or_else(Default::default, |v| id_set(&v.value_ids));
            wanted == held
        }
        // By presence: an upload cannot be compared with a media record.
        FieldType::Media => {
            let wanted = desired
                .media_value
                .as_ref()
                .is_some_and(|v| !v.media_list.is_empty());
            let held = stored.media_list.as_ref().is_some_and(|l| !l.is_empty());
            wanted == held
        }
        FieldType::Signature => {
            desired.signature_value.is_some() == stored.signature_value.is_some()
        }
        FieldType::Table => {
            table_matches(desired.table_value.as_ref(), stored.table_value.as_deref())
        }
        FieldType::Other(_) => false,
    }
}

/// Rows in order, row ids when given, each row's cells by column id.
fn table_matches(
    desired: Option<&types::TableValueInput>,
    stored: Option<&types::TableValue>,
) -> bool {
    let wanted = desired.map_or(&[][..], |t| t.rows.as_slice());
    let held = stored.map_or(&[][..], |t| t.rows.as_slice());
    wanted.len() == held.len()
        && wanted.iter().zip(held).all(|(w, h)| {
            (w.id.is_empty() || w.id == h.id)
                && w.cells.len() == h.cells.len()
                && w.cells.iter().all(|cell| {
                    h.cells
                        .iter()
                        .find(|c| c.id == cell.id)
                        .is_some_and(|c| cell_matches(cell, c))
                })
        })
}

fn cell_matches(desired: &types::TableCellInput, stored: &types::TableCell) -> bool {
    use types::TableCellInputType as Kind;
    if desired.type_.as_str() != stored.type_.as_str() {
        return false;
    }
    match &desired.type_ {
        Kind::Text => {
            desired.text_value.as_ref().map(|v| v.value.as_str())
                == stored.text_value.as_deref().map(|v| v.value.as_str())
        }
        Kind::Number => {
            desired.number_value.as_ref().map(|v| v.value)
                == stored.number_value.as_deref().map(|v| v.value)
        }
        Kind::Datetime => same_instant(
            desired.date_time_value.as_ref().map(|v| v.value),
            stored.date_time_value.as_deref().map(|v| v.value),
        ),
        Kind::MultipleChoice => {
            desired
                .multiple_choice_value
                .as_ref()
                .map(|v| v.value_id.as_str())
                == stored
                    .multiple_choice_value
                    .as_deref()
                    .map(|v| v.value_id.as_str())
        }
        Kind::CheckBoxes => {
            let wanted = desired
                .check_boxes_value
                .as_ref()
                .map_or_else(Default::default, |v| id_set(&v.value_ids));
            let held = stored
                .check_boxes_value
                .as_deref()
                .map_or_else(Default::default, |v| id_set(&v.value_ids));
            wanted == held
        }
        Kind::Person => {
            desired
                .person_value
                .as_ref()
                .map(|v| v.person.polymorphic_user_id.as_str())
                == stored
                    .person_value
                    .as_deref()
                    .and_then(|v| v.person.polymorphic_user_id.as_ref())
                    .map(|u| u.id.as_str())
        }
        Kind::Barcode => {
            let wanted: Vec<&str> = desired
                .barcode_value
                .as_ref()
                .map(|v| v.barcodes.iter().map(|b| b.value.as_str()).collect())
                .unwrap_or_default();
            let held: Vec<&str> = stored
                .barcode_value
                .as_deref()
                .map(|v| v.barcodes.iter().map(|b| b.value.as_str()).collect())
                .unwrap_or_default();
            wanted == held
        }
        Kind::Other(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{MediaItemInput, TableCellInput, TableRowInput};
    use serde_json::json;

    fn stored(field: serde_json::Value) -> QualificationField {
        serde_json::from_value(field).unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn fields_compare_by_value_where_samsara_keeps_the_value() {
        use QualificationFieldInput as In;
        let table = json!({"id": "t", "type": "table", "tableValue": {
        "columns": [{"id": "c1", "label": "Points", "type": "number"}],
        "rows": [{"id": "r1", "cells": [
            {"id": "c1", "type": "number", "numberValue": {"value": 2}},
            {"id": "c2", "type": "person", "personValue": {"person": {"entryType": "tracked", "polymorphicUserId": {"id": "u1", "type": "user"}}}},
            {"id": "c3", "type": "barcode", "barcodeValue": {"barcodes": [{"value": "A"}, {"value": "B"}]}}
        ]}]}});
        let row = |points: f64, user: &str, codes: &[&str]| {
            TableRowInput::new(
                "r1",
                vec![
                    TableCellInput::number("c1", points),
                    TableCellInput::person("c2", user),
                    TableCellInput::barcode("c3", codes.iter().copied()),
                ],
            )
        };
        let cases: Vec<(In, serde_json::Value, bool)> = vec![
            (
                In::text("f", "a"),
                json!({"id": "f", "type": "text", "textValue": {"value": "a"}}),
                true,
            ),
            (
                In::text("f", "a"),
                json!({"id": "f", "type": "text", "textValue": {"value": "b"}}),
                false,
            ),
            (
                In::text("f", "a"),
                json!({"id": "f", "type": "text"}),
                false,
            ),
            (
                In::text("f", "a"),
                json!({"id": "f", "type": "number", "numberValue": {"value": 1}}),
                false,
            ),
            (
                In::number("f", 1.5),
                json!({"id": "f", "type": "number", "numberValue": {"value": 1.5}}),
                true,
            ),
            (
                In::number("f", 1.5),
                json!({"id": "f", "type": "number", "numberValue": {"value": 2}}),
                false,
            ),
            // To the millisecond.
            (
                In::datetime("f", at("2025-01-01T00:00:00.0004Z")),
                json!({"id": "f", "type": "datetime", "dateTimeValue": {"type": "datetime", "value": "2025-01-01T00:00:00Z"}}),
                true,
            ),
            (
                In::datetime("f", at("2025-01-01T00:00:00.001Z")),
                json!({"id": "f", "type": "datetime", "dateTimeValue": {"type": "datetime", "value": "2025-01-01T00:00:00Z"}}),
                false,
            ),
            (
                In::multiple_choice("f", "o1"),
                json!({"id": "f", "type": "multiple_choice", "multipleChoiceValue": {"value": "A", "valueId": "o1"}}),
                true,
            ),
            (
                In::multiple_choice("f", "o2"),
                json!({"id": "f", "type": "multiple_choice", "multipleChoiceValue": {"value": "A", "valueId": "o1"}}),
                false,
            ),
            // A set of option ids: order does not matter, content does.
            (
                In::check_boxes("f", ["o2", "o1"]),
                json!({"id": "f", "type": "check_boxes", "checkBoxesValue": {"value": ["A", "B"], "valueIds": ["o1", "o2"]}}),
                true,
            ),
            (
                In::check_boxes("f", ["o1"]),
                json!({"id": "f", "type": "check_boxes", "checkBoxesValue": {"value": ["A", "B"], "valueIds": ["o1", "o2"]}}),
                false,
            ),
            (
                In::check_boxes("f", Vec::<String>::new()),
                json!({"id": "f", "type": "check_boxes", "checkBoxesValue": {"value": null, "valueIds": null}}),
                true,
            ),
            // Media and signatures by presence.
            (
                In::media("f", vec![MediaItemInput::from_bytes("image/png", b"x")]),
                json!({"id": "f", "type": "media", "mediaList": [{"id": "m", "processingStatus": "processing"}]}),
                true,
            ),
            (
                In::media("f", vec![MediaItemInput::from_bytes("image/png", b"x")]),
                json!({"id": "f", "type": "media", "mediaList": null}),
                false,
            ),
            (
                In::signature("f", MediaItemInput::from_bytes("image/png", b"x")),
                json!({"id": "f", "type": "signature", "signatureValue": {"media": {"id": "m", "processingStatus": "finished"}}}),
                true,
            ),
            (
                In::signature("f", MediaItemInput::from_bytes("image/png", b"x")),
                json!({"id": "f", "type": "signature"}),
                false,
            ),
            // Tables: rows in order, cells by column id and value.
            (
                In::table("t", vec![row(2.0, "u1", &["A", "B"])]),
                table.clone(),
                true,
            ),
            (
                In::table("t", vec![row(3.0, "u1", &["A", "B"])]),
                table.clone(),
                false,
            ),
            (
                In::table("t", vec![row(2.0, "u2", &["A", "B"])]),
                table.clone(),
                false,
            ),
            (
                In::table("t", vec![row(2.0, "u1", &["B", "A"])]),
                table.clone(),
                false,
            ),
            (In::table("t", vec![]), table.clone(), false),
            (
                In::table(
                    "t",
                    vec![TableRowInput::new("", row(2.0, "u1", &["A", "B"]).cells)],
                ),
                table,
                true,
            ),
        ];
        for (i, (desired, held, same)) in cases.into_iter().enumerate() {
            let held = stored(held);
            assert_eq!(
                field_matches(&desired, Some(&held)),
                same,
                "case {i}: {desired:?} vs {held:?}"
            );
        }
        assert!(!field_matches(&In::text("f", "a"), None), "absent");
    }

    #[test]
    fn a_field_of_a_kind_this_crate_does_not_know_is_always_sent() {
        let held = stored(json!({"id": "f", "type": "geofence", "geofenceValue": {"id": "g"}}));
        let desired: QualificationFieldInput = QualificationFieldInput::builder()
            .id("f")
            .type_(FieldType::Other("geofence".into()))
            .try_into()
            .unwrap();
        assert!(!field_matches(&desired, Some(&held)));
    }

    #[test]
    fn changes_print_as_samsara_names_the_members() {
        let printed: Vec<String> = [
            Change::Owner,
            Change::IssueDate,
            Change::ExpirationDate,
            Change::Field("f1".into()),
            Change::ExternalId("hr".into()),
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            printed,
            [
                "owner",
                "issueDate",
                "expirationDate",
                "fields[f1]",
                "externalIds.hr"
            ]
        );
    }

    #[test]
    fn the_epoch_as_expiration_date_means_none_and_fields_replace_by_id() {
        let t = at("2025-01-01T00:00:00Z");
        let d = DesiredRecord::worker("1", "qt", t).expiration_date(NO_EXPIRATION);
        assert_eq!(d.expiration_date, Some(Expiration::None));
        let d = d.fields([
            QualificationFieldInput::text("f", "a"),
            QualificationFieldInput::text("g", "b"),
            QualificationFieldInput::text("f", "c"),
        ]);
        assert_eq!(d.fields.len(), 2);
        assert_eq!(d.fields[0], QualificationFieldInput::text("f", "c"));
    }

    #[test]
    fn only_a_4xx_that_may_mean_a_taken_external_id_is_looked_into() {
        let api = |status: u16| crate::ApiError {
            operation: "post_qualification_record".into(),
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            message: None,
            request_id: None,
            retry_after: None,
            headers: Default::default(),
        };
        for status in [400, 409, 422] {
            assert!(may_be_taken(&api(status)), "{status}");
        }
        for status in [401, 403, 404, 408, 413, 429, 500, 503] {
            assert!(!may_be_taken(&api(status)), "{status}");
        }
    }
}
