//! [`MockConfig`] and the switches of the live API's behaviours.

use std::ops::RangeInclusive;
use std::time::Duration;

/// How a [`MockServer`](crate::MockServer) behaves. `Default` gives token
/// `"test-token"`, 100 records and 100 work orders from seed 1, no faults,
/// rate limits on, feeds that follow Samsara's feed contract
/// ([`FeedStyle::CaughtUp`]) and every other response exactly as the spec
/// documents it.
///
/// ```
/// let config = samsara_mock::MockConfig::default()
///     .token("T")
///     .records(500)
///     .seed(42)
///     .faults(0.1)
///     .rate_limits(false)
///     .empty_page_every(3);
/// assert_eq!(config.empty_page_every, Some(3));
/// ```
///
/// # The live API's behaviours
///
/// "The fake server is never more convenient than the real API": the live
/// API does things the spec does not say (see `samsara-mock/README.md` for
/// where each is stated). [`MockConfig::realistic`] turns all of them on;
/// each has its own field, so a test can enable one alone:
///
/// | behaviour | field / setter | default | [`realistic`](MockConfig::realistic) |
/// | --- | --- | --- | --- |
/// | feeds (no `endTime`) end a page with `hasNextPage: false` once caught up | [`feed`](MockConfig::feed) | [`FeedStyle::CaughtUp`] | same |
/// | empty arrays sent as `null` (`"data": null` on an empty page) | [`null_empty_arrays`](MockConfig::null_empty_arrays) | `false` | `true` |
/// | creates answered `201` or `200` | [`create_reply`](MockConfig::create_reply) | [`CreateReply::Documented`] | [`CreateReply::Rotate`] |
/// | delete / archive / unarchive answered `204`, `200 {}` or `200` with no body | [`ack_reply`](MockConfig::ack_reply) | [`AckReply::Documented`] | [`AckReply::Rotate`] |
/// | work-order enums spelled `OPEN`, `HIGH` on every third work order | [`upper_case_enums`](MockConfig::upper_case_enums) | `false` | `true` |
/// | 429 without `Retry-After` | [`retry_after`](MockConfig::retry_after) | `true` | `false` |
/// | about 1 in 40 seeded items miss a required member or carry a fraction in an integer (records: 1 in 40 of each owner entity type, so worker and asset streams both have some) | [`odd_records`](MockConfig::odd_records) | `false` | `true` |
/// | an empty page mid-stream (`hasNextPage: true`) | [`empty_page_every`](MockConfig::empty_page_every) | `None` | `Some(7)` |
/// | compressed in gzip alone, whatever else the request accepts | [`compression`](MockConfig::compression) | [`Compression::Any`] | [`Compression::Gzip`] |
/// | a write becomes visible to streams, lists and lookups some time after the `updatedAtTime` it carries | [`visibility_delay`](MockConfig::visibility_delay) | [`VisibilityDelay::NONE`] (at once) | 0–2 s per write ([`VisibilityDelay::REALISTIC`]) |
/// | webhook deliveries late (a delay drawn per delivery), so out of order | [`webhook_delay`](MockConfig::webhook_delay) | [`DeliveryDelay::NONE`] (at once, in order) | 0–2 s ([`DeliveryDelay::REALISTIC`]) |
/// | webhook deliveries repeated (the same `eventId` twice) | [`webhook_repeats`](MockConfig::webhook_repeats) | `0.0` | `0.2` |
/// | a faulted write (5xx, body cut short) may have taken effect | [`lost_answers`](MockConfig::lost_answers) | `false` | `true` |
/// | a deleted work order disappears from the stream, the list and lookups (no tombstone, no `includeDeleted`); deleted qualification records stay, `recordStatus: "deleted"`, with `includeDeleted=true` | none: every profile | same | same |
///
/// Two more are data and hold in every profile: assets carry Samsara's
/// automatic external ids (`samsara.vin`, `samsara.serial`, `samsara.name`)
/// and seeded external id values use `_ - % + @ .`; and the ids of
/// Samsara's documentation examples exist in every seed (worker `281474`,
/// driver `938172`, asset `12443`, user `1234`, qualification type and
/// record `9814a1fa-f0c6-408b-bf85-51dc3bc71ac7`, work order `5`).
///
/// With the defaults every response validates against the spec (the feed
/// contract is spec-valid). `null_empty_arrays`, `upper_case_enums` and
/// `odd_records` are deliberately off-spec; `create_reply` and `ack_reply`
/// other than `Documented` answer with status codes or bodies the spec does
/// not list (the API's "every 2XX is a success").
#[derive(Clone, Debug, PartialEq)]
pub struct MockConfig {
    /// The only bearer token accepted.
    pub token: String,
    /// How many qualification records, and how many work orders, to seed.
    /// At least one record and five work orders are seeded whatever the
    /// value, so that the documentation's example record
    /// (`9814a1fa-f0c6-408b-bf85-51dc3bc71ac7`) and work order (`5`) exist:
    /// `records(n)` seeds `max(n, 1)` records and `max(n, 5)` work orders.
    pub records: usize,
    /// Seed of the demo data, of the fault sequence and of which items the
    /// live API's quirks apply to.
    pub seed: u64,
    /// Share of requests (0.0–1.0) that get a fault: a 500/502/503 with a
    /// plain-text body, a 429 with `Retry-After: 0.1` (none when
    /// [`retry_after`](MockConfig::retry_after) is off), a 200 ms–1 s delay,
    /// or a body cut short. Faulted writes are not applied (a delay is a slow
    /// success and is applied), unless [`lost_answers`](MockConfig::lost_answers)
    /// is on.
    pub faults: f64,
    /// Enforce the documented rate limits (429, with a fractional
    /// `Retry-After` unless [`retry_after`](MockConfig::retry_after) is off).
    pub rate_limits: bool,
    /// Every n-th request to a paginated operation gets an empty page with
    /// `hasNextPage: true` (when more data follows), as Samsara may send.
    pub empty_page_every: Option<usize>,
    /// Budget of each read operation per token (default 5 per second).
    pub reads_per_second: u32,
    /// Budget of each write operation per token (default 100 per minute).
    pub writes_per_minute: u32,
    /// Budget of a token across all operations (default 150 per second).
    pub token_requests_per_second: u32,
    /// How the streams answer without `endTime` (a feed). Default
    /// [`FeedStyle::CaughtUp`], what the live API does.
    pub feed: FeedStyle,
    /// Send every empty array of a success body as `null`, as the live API
    /// sometimes does (Go's nil slices): `"data": null` on an empty page,
    /// `"fields": null`, a table's `"rows": null`, `"valueIds": null`,
    /// `"mediaList": null`, a work order's `"items": null`… Off-spec.
    pub null_empty_arrays: bool,
    /// Status of a successful create (`POST /qualification-records`,
    /// `POST /maintenance/work-orders`).
    pub create_reply: CreateReply,
    /// Status and body of a successful `DELETE /qualification-records`,
    /// archive, unarchive and `DELETE /maintenance/work-orders`.
    pub ack_reply: AckReply,
    /// On every third work order (chosen by id and seed, the same on every
    /// request), spell the enums in upper case as Samsara's own examples do:
    /// `status` `"OPEN"`, `"IN PROGRESS"`…, `priority` `"HIGH"`…, and each
    /// service task's `status`. Filters still take the documented values.
    /// Off-spec.
    pub upper_case_enums: bool,
    /// Send `Retry-After` (fractional seconds) with a 429. The live API may
    /// leave it out; with `false` no 429 carries it.
    pub retry_after: bool,
    /// Serve a few seeded items, always the same ones, off-spec: about 1 in
    /// 40 seeded qualification records of each owner entity type lack
    /// `createdAtTime` or `updatedBy` (so a worker-only and an asset-only
    /// sync each meet one, whatever the seed, once a record of each type
    /// besides the documentation's example is seeded: 4 records or more);
    /// about 1 in 40 seeded work orders lack `assetId` or carry
    /// `engineHours` / `odometerMeters` with a fraction. At least one of each
    /// family when at least two are seeded. Which ones:
    /// [`MockServer::odd_records`](crate::MockServer::odd_records).
    pub odd_records: bool,
    /// Which content codings responses may come in, from what a request's
    /// `Accept-Encoding` asks for (default [`Compression::Any`]).
    pub compression: Compression,
    /// How long after a write its new version becomes visible to reads.
    ///
    /// A write (create, patch, delete, archive or unarchive of a
    /// qualification record; create, patch or delete of a work order) is
    /// stamped `updatedAtTime` = the time of the write and answered at once
    /// with the new object, and later writes see it (a second delete is a
    /// 404); but the streams (`GET /qualification-records/stream`,
    /// `GET /maintenance/work-orders/stream`), the list
    /// (`GET /maintenance/work-orders`) and the lookup
    /// (`GET /qualification-records?ids=`) go on serving the item's previous
    /// version (nothing, for a create; the work order, for its delete) until
    /// the delay has passed. Each write draws its delay uniformly from
    /// [`VisibilityDelay::min`]`..=`[`max`](VisibilityDelay::max) (from the
    /// seed: the same seed and sequence of writes, the same delays); of two
    /// versions both visible, readers see the later write.
    ///
    /// Streams are ordered by `(updatedAtTime, id)` over the versions visible
    /// when the page is asked for, and a cursor is a position in that order:
    /// a version that becomes visible after a cursor has passed its
    /// `updatedAtTime` is not served to that cursor's walk, as on the live
    /// API, where sync tools resume from `watermark − lookback` or ask a
    /// window `[startTime, endTime)` again later for this reason.
    ///
    /// Default [`VisibilityDelay::NONE`]: visible at once, so a stream read
    /// after a write always has it. [`MockConfig::realistic`]:
    /// [`VisibilityDelay::REALISTIC`], 0 to 2 s. Seeded items are visible
    /// from the start. [`MockServer::wait_until_visible`](crate::MockServer::wait_until_visible)
    /// waits until every write so far is visible.
    pub visibility_delay: VisibilityDelay,
    /// How long after a work-order write each webhook delivery of its
    /// `WorkOrderCreatedOrChanged` event goes out: drawn per delivery,
    /// uniformly from `min..=max` (from the seed). With
    /// [`DeliveryDelay::NONE`] (the default) deliveries go out at once, one
    /// at a time, in the order of the writes; with a delay each is sent on
    /// its own, so they arrive late and out of order.
    /// [`MockConfig::realistic`]: [`DeliveryDelay::REALISTIC`] (0–2 s).
    /// Samsara states no delivery guarantee.
    pub webhook_delay: DeliveryDelay,
    /// Share (0.0–1.0) of webhook deliveries sent twice: the same body (the
    /// same `eventId`), signed again when sent, each copy with its own
    /// delay. Default `0.0`; [`MockConfig::realistic`]: `0.2`.
    pub webhook_repeats: f64,
    /// Attempts per webhook delivery (at least 1): a delivery that fails
    /// (no connection, a timeout of 10 s, any status but 2xx) is sent again
    /// until it succeeds or this many attempts are made. Default 5 in every
    /// profile. Samsara documents no retry policy: this is the fake
    /// server's choice.
    pub webhook_attempts: u32,
    /// The wait before a delivery's second attempt; it doubles for each
    /// further one (default 200 ms: 0.2, 0.4, 0.8, 1.6 s between the five
    /// attempts).
    pub webhook_backoff: Duration,
    /// A faulted write may have taken effect, as on the live API, where a
    /// gateway's 5xx or a connection cut can follow the write's commit: with
    /// [`faults`](MockConfig::faults), a write that draws a 500/502/503 is
    /// applied first half of the time (drawn from the seed), and one that
    /// draws a body cut short is always applied (its real answer is cut).
    /// Default `false`: a faulted write is never applied (the client may
    /// safely send it again); [`MockConfig::realistic`]: `true` (a client
    /// must look before sending a create again).
    pub lost_answers: bool,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            token: "test-token".into(),
            records: 100,
            seed: 1,
            faults: 0.0,
            rate_limits: true,
            empty_page_every: None,
            reads_per_second: 5,
            writes_per_minute: 100,
            token_requests_per_second: 150,
            feed: FeedStyle::CaughtUp,
            null_empty_arrays: false,
            create_reply: CreateReply::Documented,
            ack_reply: AckReply::Documented,
            upper_case_enums: false,
            retry_after: true,
            odd_records: false,
            compression: Compression::Any,
            visibility_delay: VisibilityDelay::NONE,
            webhook_delay: DeliveryDelay::NONE,
            webhook_repeats: 0.0,
            webhook_attempts: 5,
            webhook_backoff: Duration::from_millis(200),
            lost_answers: false,
        }
    }
}

/// How long after a work-order write a webhook delivery goes out (see
/// [`MockConfig::webhook_delay`]): each delivery draws a delay uniformly
/// from `min..=max`.
///
/// Made from a [`Duration`] (a fixed delay) or a `RangeInclusive<Duration>`:
///
/// ```
/// use std::time::Duration;
/// use samsara_mock::{DeliveryDelay, MockConfig};
/// let drawn = MockConfig::default().webhook_delay(Duration::ZERO..=Duration::from_secs(2));
/// assert_eq!(drawn.webhook_delay, DeliveryDelay::REALISTIC);
/// assert!(MockConfig::default().webhook_delay.is_none());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DeliveryDelay {
    /// The shortest delay.
    pub min: Duration,
    /// The longest delay (at least `min`).
    pub max: Duration,
}

impl DeliveryDelay {
    /// Every delivery at once, in order (the default profile).
    pub const NONE: DeliveryDelay = DeliveryDelay {
        min: Duration::ZERO,
        max: Duration::ZERO,
    };

    /// The realistic profile's: 0 to 2 s per delivery, so some arrive late
    /// and out of order. Samsara states no figure; 2 s is short enough for
    /// tests to wait out.
    pub const REALISTIC: DeliveryDelay = DeliveryDelay {
        min: Duration::ZERO,
        max: Duration::from_secs(2),
    };

    /// Always `delay`.
    pub const fn fixed(delay: Duration) -> DeliveryDelay {
        DeliveryDelay {
            min: delay,
            max: delay,
        }
    }

    /// Whether every delivery goes out at once.
    pub fn is_none(&self) -> bool {
        self.max.is_zero()
    }
}

impl From<Duration> for DeliveryDelay {
    fn from(delay: Duration) -> Self {
        DeliveryDelay::fixed(delay)
    }
}

impl From<RangeInclusive<Duration>> for DeliveryDelay {
    fn from(range: RangeInclusive<Duration>) -> Self {
        let (min, max) = range.into_inner();
        DeliveryDelay { min, max }
    }
}

/// How long after a write its new version becomes visible to reads (see
/// [`MockConfig::visibility_delay`]): each write draws a delay uniformly
/// from `min..=max`.
///
/// Made from a [`Duration`] (a fixed delay) or a `RangeInclusive<Duration>`:
///
/// ```
/// use std::time::Duration;
/// use samsara_mock::{MockConfig, VisibilityDelay};
/// let fixed = MockConfig::default().visibility_delay(Duration::from_millis(300));
/// assert_eq!(fixed.visibility_delay, VisibilityDelay::fixed(Duration::from_millis(300)));
/// let drawn = MockConfig::default().visibility_delay(Duration::ZERO..=Duration::from_secs(2));
/// assert_eq!(drawn.visibility_delay, VisibilityDelay::REALISTIC);
/// assert!(MockConfig::default().visibility_delay.is_none());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct VisibilityDelay {
    /// The shortest delay.
    pub min: Duration,
    /// The longest delay (at least `min`).
    pub max: Duration,
}

impl VisibilityDelay {
    /// Every write visible at once (the default profile).
    pub const NONE: VisibilityDelay = VisibilityDelay {
        min: Duration::ZERO,
        max: Duration::ZERO,
    };

    /// The realistic profile's: 0 to 2 s per write. Samsara documents no
    /// figure for these endpoints; 2 s is long enough that a reader that
    /// re-reads nothing misses writes, short enough for tests to wait out.
    pub const REALISTIC: VisibilityDelay = VisibilityDelay {
        min: Duration::ZERO,
        max: Duration::from_secs(2),
    };

    /// Always `delay`.
    pub const fn fixed(delay: Duration) -> VisibilityDelay {
        VisibilityDelay {
            min: delay,
            max: delay,
        }
    }

    /// Whether every write is visible at once.
    pub fn is_none(&self) -> bool {
        self.max.is_zero()
    }
}

impl From<Duration> for VisibilityDelay {
    fn from(delay: Duration) -> Self {
        VisibilityDelay::fixed(delay)
    }
}

impl From<RangeInclusive<Duration>> for VisibilityDelay {
    fn from(range: RangeInclusive<Duration>) -> Self {
        let (min, max) = range.into_inner();
        VisibilityDelay { min, max }
    }
}

/// Which content codings a [`MockServer`](crate::MockServer) answers in
/// (tower-http's `CompressionLayer`); a request that asks for none, or for
/// none the server offers, gets a plain body, and so does a body under 32
/// bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Compression {
    /// zstd, br, gzip or deflate, whichever the request accepts (zstd
    /// first when it accepts all).
    #[default]
    Any,
    /// gzip only, whatever else the request accepts: a server that, like
    /// many, compresses with gzip alone.
    Gzip,
    /// Never compressed.
    Off,
}

/// How a stream answers when the request has no `endTime` (a feed).
///
/// Requests with `endTime` (a window) are not affected: their last page has
/// `hasNextPage: false` and `endCursor: ""`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FeedStyle {
    /// Samsara's feed contract (the default). Without `endTime`:
    /// - more matching data after this page: `hasNextPage: true`, a cursor;
    /// - this page holds the last available data: `hasNextPage: false` with
    ///   a non-empty cursor pointing after its last item;
    /// - nothing new since the cursor (or `startTime`): `data` empty,
    ///   `endCursor: ""`, `hasNextPage: false`.
    ///
    /// A client then waits (Samsara says at least 5 s) and asks again with
    /// its last non-empty cursor, and gets what was written meanwhile —
    /// with [`MockConfig::visibility_delay`] on, what became visible
    /// meanwhile and is stamped after the cursor's position.
    #[default]
    CaughtUp,
    /// The mock's earlier behaviour: without `endTime` every page says
    /// `hasNextPage: true` and carries a non-empty cursor, even when caught
    /// up (then `data` is empty and the cursor stays at the same position).
    AlwaysMore,
}

/// How a successful create is answered. Either way the body is the created
/// object (`{"data": …}`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CreateReply {
    /// As the spec documents: `201` for a qualification record, `200` for a
    /// work order.
    #[default]
    Documented,
    /// `201 Created` for both.
    Created201,
    /// `200 OK` for both.
    Ok200,
    /// Rotates through [`CreateReply::VARIANTS`], one step per successful
    /// create (the first step depends on the seed).
    Rotate,
}

impl CreateReply {
    /// The concrete variants, in rotation order.
    pub const VARIANTS: [CreateReply; 2] = [CreateReply::Created201, CreateReply::Ok200];
}

/// How a successful delete, archive or unarchive is answered (the operations
/// that return no object).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AckReply {
    /// As the spec documents: `200` with an empty body for the qualification
    /// record delete, archive and unarchive; `204` for the work-order delete.
    #[default]
    Documented,
    /// `204 No Content`, no body.
    NoContent204,
    /// `200 OK` with the body `{}` (`Content-Type: application/json`).
    EmptyObject200,
    /// `200 OK` with an empty body (`Content-Length: 0`, no `Content-Type`).
    EmptyBody200,
    /// Rotates through [`AckReply::VARIANTS`], one step per successful
    /// delete, archive or unarchive (the first step depends on the seed).
    Rotate,
}

impl AckReply {
    /// The concrete variants, in rotation order.
    pub const VARIANTS: [AckReply; 3] = [
        AckReply::NoContent204,
        AckReply::EmptyObject200,
        AckReply::EmptyBody200,
    ];
}

impl MockConfig {
    /// Everything the live API does that the spec does not say, on: the
    /// default configuration plus `null_empty_arrays`, rotating create and
    /// ack replies, `upper_case_enums`, no `Retry-After` on 429s,
    /// `odd_records`, empty pages mid-stream, gzip alone, writes visible
    /// 0–2 s after their `updatedAtTime`, webhook deliveries 0–2 s late (so
    /// out of order) and one in five sent twice, and faulted writes that
    /// may have taken effect (`lost_answers`). The feed contract is already
    /// the default.
    ///
    /// ```
    /// use samsara_mock::{AckReply, MockConfig};
    /// let config = MockConfig::realistic().records(40).ack_reply(AckReply::NoContent204);
    /// assert!(config.null_empty_arrays && config.odd_records && !config.retry_after);
    /// ```
    pub fn realistic() -> Self {
        MockConfig {
            null_empty_arrays: true,
            create_reply: CreateReply::Rotate,
            ack_reply: AckReply::Rotate,
            upper_case_enums: true,
            retry_after: false,
            odd_records: true,
            // Empty pages occur mid-stream (Samsara's Pagination page).
            empty_page_every: Some(7),
            // No page of Samsara's says it serves zstd or br; gzip is what
            // HTTP servers all speak, so the client must do with it.
            compression: Compression::Gzip,
            // Sync tools resume with a lookback because writes become
            // visible after later-stamped ones.
            visibility_delay: VisibilityDelay::REALISTIC,
            // Samsara states no delivery guarantee: receivers must cope with
            // late, repeated and reordered events.
            webhook_delay: DeliveryDelay::REALISTIC,
            webhook_repeats: 0.2,
            // A 5xx or a cut answer can follow a write that took effect.
            lost_answers: true,
            ..MockConfig::default()
        }
    }

    /// Sets the accepted bearer token.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = token.into();
        self
    }

    /// Sets how many records and work orders to seed (at least 1 record and
    /// 5 work orders are seeded).
    pub fn records(mut self, records: usize) -> Self {
        self.records = records;
        self
    }

    /// Sets the seed of the demo data, faults and quirks.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Sets the share of faulted requests (0.0–1.0).
    pub fn faults(mut self, rate: f64) -> Self {
        self.faults = rate;
        self
    }

    /// Turns the rate limits on or off.
    pub fn rate_limits(mut self, on: bool) -> Self {
        self.rate_limits = on;
        self
    }

    /// Every `n`-th paginated request gets an empty page (`0` turns it off).
    pub fn empty_page_every(mut self, n: usize) -> Self {
        self.empty_page_every = (n > 0).then_some(n);
        self
    }

    /// Sets how feeds (streams without `endTime`) answer.
    pub fn feed(mut self, style: FeedStyle) -> Self {
        self.feed = style;
        self
    }

    /// Sends empty arrays as `null` (on) or `[]` (off).
    pub fn null_empty_arrays(mut self, on: bool) -> Self {
        self.null_empty_arrays = on;
        self
    }

    /// Sets how creates are answered.
    pub fn create_reply(mut self, reply: CreateReply) -> Self {
        self.create_reply = reply;
        self
    }

    /// Sets how deletes, archives and unarchives are answered.
    pub fn ack_reply(mut self, reply: AckReply) -> Self {
        self.ack_reply = reply;
        self
    }

    /// Spells work-order enums in upper case on every third work order.
    pub fn upper_case_enums(mut self, on: bool) -> Self {
        self.upper_case_enums = on;
        self
    }

    /// Sends (on) or leaves out (off) `Retry-After` on 429s.
    pub fn retry_after(mut self, on: bool) -> Self {
        self.retry_after = on;
        self
    }

    /// Serves a few seeded items off-spec (see the field).
    pub fn odd_records(mut self, on: bool) -> Self {
        self.odd_records = on;
        self
    }

    /// Sets which content codings responses may come in.
    pub fn compression(mut self, compression: Compression) -> Self {
        self.compression = compression;
        self
    }

    /// Sets how long after a write its new version becomes visible to
    /// reads: a [`Duration`] (fixed) or `min..=max` (drawn per write);
    /// `Duration::ZERO` turns it off.
    pub fn visibility_delay(mut self, delay: impl Into<VisibilityDelay>) -> Self {
        self.visibility_delay = delay.into();
        self
    }

    /// Sets how long after a work-order write each webhook delivery goes
    /// out: a [`Duration`] (fixed) or `min..=max` (drawn per delivery);
    /// `Duration::ZERO` sends at once, in order.
    pub fn webhook_delay(mut self, delay: impl Into<DeliveryDelay>) -> Self {
        self.webhook_delay = delay.into();
        self
    }

    /// Sets the share (0.0–1.0) of webhook deliveries sent twice.
    pub fn webhook_repeats(mut self, share: f64) -> Self {
        self.webhook_repeats = share;
        self
    }

    /// Sets the attempts per webhook delivery (at least 1).
    pub fn webhook_attempts(mut self, attempts: u32) -> Self {
        self.webhook_attempts = attempts;
        self
    }

    /// Sets the wait before a failed delivery's second attempt (doubling
    /// after).
    pub fn webhook_backoff(mut self, backoff: Duration) -> Self {
        self.webhook_backoff = backoff;
        self
    }

    /// Lets a faulted write take effect before its answer is lost (on) or
    /// never (off); see the field.
    pub fn lost_answers(mut self, on: bool) -> Self {
        self.lost_answers = on;
        self
    }

    pub(crate) fn validate(&self) -> std::io::Result<()> {
        let invalid = |m: String| Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, m));
        if self.token.trim().is_empty() || !self.token.bytes().all(|b| b.is_ascii_graphic()) {
            return invalid("the token must be non-empty printable ASCII without spaces".into());
        }
        if !(0.0..=1.0).contains(&self.faults) {
            return invalid(format!(
                "faults must be between 0.0 and 1.0, got {}",
                self.faults
            ));
        }
        if !(0.0..=1.0).contains(&self.webhook_repeats) {
            return invalid(format!(
                "webhook_repeats must be between 0.0 and 1.0, got {}",
                self.webhook_repeats
            ));
        }
        if self.webhook_attempts == 0 {
            return invalid("webhook_attempts must be at least 1".into());
        }
        if self.webhook_delay.min > self.webhook_delay.max {
            return invalid(format!(
                "webhook_delay: min ({:?}) must not exceed max ({:?})",
                self.webhook_delay.min, self.webhook_delay.max
            ));
        }
        if self.visibility_delay.min > self.visibility_delay.max {
            return invalid(format!(
                "visibility_delay: min ({:?}) must not exceed max ({:?})",
                self.visibility_delay.min, self.visibility_delay.max
            ));
        }
        Ok(())
    }
}
