//! The pagination rules as pure functions over a small state, apart from the
//! stream that drives them (`stream.rs`): where a page leads, what checkpoint
//! it carries, where a window ends, where a resumed stream starts. No HTTP,
//! no clock of their own: each takes the time it needs.

use std::collections::VecDeque;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};

use crate::Error;
use crate::checkpoint::{Checkpoint, Position, Scope};
use crate::types::Pagination;

/// How many past cursors a stream remembers to detect a cursor that cycles back.
const CURSOR_HISTORY: usize = 256;

/// `t` rounded down to the millisecond, Samsara's precision: a window's end
/// rounds down (what lies between is the next window's), and so does a
/// start (it is inclusive: nothing is lost).
pub(crate) fn floor_ms(t: DateTime<Utc>) -> DateTime<Utc> {
    t.trunc_subsecs(3)
}

/// A stable fingerprint of a request's filters: what a checkpoint carries
/// so that it is not resumed with other filters. Each filter that is set
/// counts by its name and its JSON value (lists in any order count alike;
/// an unset or empty one counts as absent, so a filter the spec adds later
/// does not change the fingerprint of requests that leave it unset),
/// hashed with FNV-1a (64 bits), whose value is fixed.
pub(crate) fn fingerprint(filters: &[(&str, Option<serde_json::Value>)]) -> u64 {
    let mut set: Vec<String> = filters
        .iter()
        .filter_map(|(name, value)| Some(format!("{name}={}", value.as_ref()?)))
        .collect();
    set.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in set.join(";").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A builder field as a filter of the fingerprint: its JSON value, lists
/// sorted; `None` when unset, `null` or an empty list (which send nothing).
pub(crate) fn filter<T: serde::Serialize>(field: &Result<T, String>) -> Option<serde_json::Value> {
    let value = match field {
        Ok(value) => serde_json::to_value(value).ok()?,
        // The request will fail with this message; count it as given.
        Err(message) => serde_json::Value::String(format!("invalid: {message}")),
    };
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::Array(items) if items.is_empty() => None,
        serde_json::Value::Array(mut items) => {
            items.sort_by_key(|item| item.to_string());
            Some(serde_json::Value::Array(items))
        }
        value => Some(value),
    }
}

/// The end of a window read now: the requested `endTime` (`None`: none),
/// but never later than Samsara's clock `now` less `settle`, to the
/// millisecond. What changes after it belongs to the next window.
pub(crate) fn window_end(
    requested: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    settle: Duration,
) -> DateTime<Utc> {
    let settle = chrono::Duration::from_std(settle).unwrap_or(chrono::Duration::MAX);
    // A settle delay beyond the calendar ends windows at its beginning.
    let settled = floor_ms(
        now.checked_sub_signed(settle)
            .unwrap_or(DateTime::<Utc>::MIN_UTC),
    );
    requested.map_or(settled, |end| floor_ms(end).min(settled))
}

/// Whether a window end fixed from the client's clock lies in Samsara's
/// future less the settle delay, now that a response's `Date` (`server_now`,
/// whole seconds, so Samsara's clock is within the second after it) is
/// known: the client's clock was ahead, and the window must be read again
/// with an earlier end before any of it is delivered.
pub(crate) fn end_is_ahead(
    end: DateTime<Utc>,
    server_now: DateTime<Utc>,
    settle: Duration,
) -> bool {
    end > window_end(None, server_now + chrono::Duration::seconds(1), settle)
}

/// What to do after a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Next {
    /// The window (or list) is read to its end.
    End,
    /// Ask for the page after this cursor.
    Fetch(String),
}

/// The cursor walk of one window or list: the cursor in flight and those
/// already sent.
#[derive(Clone, Debug, Default)]
pub(crate) struct Walk {
    /// The cursor sent with the request in flight, or to send next.
    pub(crate) sent: Option<String>,
    /// Cursors already sent, to detect one that comes back.
    history: VecDeque<String>,
}

impl Walk {
    /// A walk starting after `cursor` (`None`: at the window's start).
    pub(crate) fn from(cursor: Option<String>) -> Walk {
        Walk {
            sent: cursor,
            history: VecDeque::new(),
        }
    }

    /// Applies the pagination rules to a page of `records` records (decoded
    /// or not) that came with `pagination`: where to go next, or why not
    /// (`operation` words the error).
    pub(crate) fn next(
        &mut self,
        operation: &str,
        records: usize,
        pagination: &Pagination,
    ) -> Result<Next, Error> {
        if let Some(sent) = &self.sent
            && self.history.back() != Some(sent)
        {
            if self.history.len() == CURSOR_HISTORY {
                self.history.pop_front();
            }
            self.history.push_back(sent.clone());
        }
        if !pagination.has_next_page {
            return Ok(Next::End);
        }
        let cursor = &pagination.end_cursor;
        let repeat = if records == 0 {
            "loop forever"
        } else {
            "repeat the same records"
        };
        let refuse = |what: &str| {
            Error::Pagination(format!(
                "{operation}: hasNextPage is true but a page of {records} record(s) came with {what}; continuing would {repeat}"
            ))
        };
        if cursor.is_empty() {
            return Err(refuse("an empty endCursor"));
        }
        if self.sent.as_deref() == Some(cursor.as_str()) {
            return Err(refuse("the cursor it was sent"));
        }
        if self.history.iter().any(|c| c == cursor) {
            return Err(Error::Pagination(format!(
                "{operation}: the API returned cursor {cursor:?} a second time; pages would repeat"
            )));
        }
        Ok(Next::Fetch(cursor.clone()))
    }
}

/// The checkpoint after a page that led to `next`: the cursor (with the
/// window it belongs to), the window's end, or a list's completion.
pub(crate) fn checkpoint(
    next: &Next,
    scope: &Scope,
    window: Option<(Option<DateTime<Utc>>, DateTime<Utc>)>,
) -> Checkpoint {
    match (next, window) {
        (Next::End, Some((_, end))) => Checkpoint::scoped(Position::Through(end), scope.clone()),
        (Next::End, None) => Checkpoint::scoped(Position::Complete, scope.clone()),
        (Next::Fetch(cursor), window) => Checkpoint::scoped(
            Position::After(cursor.clone()),
            Scope {
                window: window.map(|(start, end)| (start, Some(end))),
                ..scope.clone()
            },
        ),
    }
}

/// Where a stream resumed from a checkpoint starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Start {
    /// The first request's cursor.
    pub(crate) cursor: Option<String>,
    /// The window's `startTime` (time-based streams).
    pub(crate) start_time: Option<DateTime<Utc>>,
    /// The window's fixed `endTime`, when the checkpoint fixes it (a cursor
    /// belongs to one window).
    pub(crate) end_time: Option<DateTime<Utc>>,
    /// Nothing is left to read.
    pub(crate) done: bool,
}

/// The request a stream resumes: its operation, filters and window.
pub(crate) struct Request<'a> {
    pub(crate) scope: &'a Scope,
    /// `Some((startTime, endTime))`, each when set, on a time-based stream.
    pub(crate) window: Option<crate::__private::Window>,
    pub(crate) follow: bool,
}

/// Where a stream of `request` resumed from `checkpoint` starts, or why it
/// cannot (an [`Error::InvalidInput`] naming the mismatch, or what is wrong
/// with the request itself: follow mode on a list or with an `endTime`, an
/// `endTime` before the `startTime`).
pub(crate) fn resume(checkpoint: &Checkpoint, request: &Request<'_>) -> Result<Start, Error> {
    let operation = &request.scope.operation;
    let refuse = |why: &str| Error::InvalidInput(format!("{operation}: {why}"));
    match (request.follow, request.window) {
        (true, None) => {
            return Err(refuse(
                "follow mode: it is a list, not a feed: read it in window mode",
            ));
        }
        (true, Some((_, Some(_)))) => {
            return Err(refuse(
                "follow mode: a feed has no endTime: leave it unset, or read the window without follow",
            ));
        }
        (_, Some((Some(start), Some(end)))) if end < start => {
            return Err(refuse(&format!(
                "endTime {end:?} is before startTime {start:?} (Samsara answers 400)"
            )));
        }
        _ => {}
    }
    let invalid = |why: String| {
        Error::InvalidInput(format!(
            "{operation}: resuming checkpoint {checkpoint}: {why}"
        ))
    };
    if let Some(scope) = checkpoint.scope() {
        if scope.operation != *operation {
            return Err(invalid(format!(
                "it was made by {}, not by this operation",
                scope.operation
            )));
        }
        if scope.filters != request.scope.filters {
            return Err(invalid(
                "it was made with other filters (every query parameter but after, startTime, endTime and limit counts): resume it with the filters it came from; to change them, start the new stream from a time (Checkpoint::through) and upsert what it delivers again".into(),
            ));
        }
    }
    let (start_time, end_time) = request.window.unwrap_or_default();
    let mut start = Start {
        cursor: None,
        start_time,
        end_time: None,
        done: false,
    };
    match checkpoint.position() {
        Position::Beginning => {}
        Position::Complete if request.follow => {
            return Err(invalid(
                "checkpoint `complete` ends a list, it cannot start a feed".into(),
            ));
        }
        Position::Complete if request.window.is_some() => {
            return Err(invalid(
                "checkpoint `complete` ends a list; this stream is a time window: resume it from a through:<time> checkpoint".into(),
            ));
        }
        Position::Complete => start.done = true,
        Position::Through(time) => {
            if request.window.is_none() {
                return Err(invalid(
                    "it marks the end of a time window; this operation has no startTime to resume from".into(),
                ));
            }
            start.start_time = Some(*time);
        }
        Position::After(cursor) => {
            start.cursor = Some(cursor.clone());
            if let Some((from, to)) = checkpoint.scope().and_then(|s| s.window) {
                // The cursor belongs to its window: that window is read to
                // its end, from the start the checkpoint carries (as a time
                // checkpoint moves `startTime` on). An `endTime` set on the
                // request that ends before it would be read past.
                if let (Some(given), Some(saved)) = (end_time, to)
                    && floor_ms(given) < saved
                {
                    return Err(invalid(format!(
                        "its cursor belongs to a window ending at {saved:?}, after the endTime the request sets ({given:?}): leave endTime unset, or set it no earlier"
                    )));
                }
                start.start_time = from.or(start_time);
                start.end_time = to;
            }
        }
    }
    Ok(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn page(cursor: &str, more: bool) -> Pagination {
        Pagination::builder()
            .end_cursor(cursor)
            .has_next_page(more)
            .try_into()
            .unwrap()
    }

    fn scope() -> Scope {
        Scope {
            operation: "stream_work_orders".into(),
            filters: 7,
            window: None,
        }
    }

    /// (cursor sent, page's endCursor, hasNextPage, records) -> Ok(next) or the error's words.
    type StepCase = (
        Option<&'static str>,
        &'static str,
        bool,
        usize,
        Result<Next, &'static str>,
    );

    #[test]
    fn the_next_step_of_a_page_is_the_end_the_next_cursor_or_an_error() {
        let cases: &[StepCase] = &[
            (None, "", false, 3, Ok(Next::End)),
            (None, "c1", false, 3, Ok(Next::End)),
            (None, "c1", true, 3, Ok(Next::Fetch("c1".into()))),
            (None, "c1", true, 0, Ok(Next::Fetch("c1".into()))), // an empty page is not the end
            (Some("c1"), "c2", true, 0, Ok(Next::Fetch("c2".into()))),
            (
                None,
                "",
                true,
                2,
                Err("came with an empty endCursor; continuing would repeat the same records"),
            ),
            (
                None,
                "",
                true,
                0,
                Err("came with an empty endCursor; continuing would loop forever"),
            ),
            (
                Some("c1"),
                "c1",
                true,
                2,
                Err("came with the cursor it was sent"),
            ),
        ];
        for (sent, cursor, more, records, want) in cases {
            let mut walk = Walk::from(sent.map(str::to_owned));
            let got = walk.next("op", *records, &page(cursor, *more));
            match (got, want) {
                (Ok(got), Ok(want)) => assert_eq!(&got, want, "{cases:?}"),
                (Err(e), Err(words)) => assert!(e.to_string().contains(words), "{e}"),
                (got, want) => panic!("{sent:?} {cursor} {more} {records}: {got:?} want {want:?}"),
            }
        }
    }

    #[test]
    fn a_cursor_that_comes_back_is_an_error() {
        let mut walk = Walk::from(None);
        for (sent, cursor) in [(None, "c1"), (Some("c1"), "c2"), (Some("c2"), "c1")] {
            walk.sent = sent.map(str::to_owned);
            let next = walk.next("op", 1, &page(cursor, true));
            if cursor == "c1" && sent.is_some() {
                assert!(next.unwrap_err().to_string().contains("a second time"));
            } else {
                assert_eq!(next.unwrap(), Next::Fetch(cursor.into()));
            }
        }
    }

    #[test]
    fn a_window_ends_at_the_earlier_of_its_end_and_the_settled_clock_to_the_millisecond() {
        let settle = Duration::from_secs(30);
        let now = t("2025-01-01T12:00:00.123456789Z");
        // (requested endTime, want)
        let cases = [
            (None, t("2025-01-01T11:59:30.123Z")),
            (
                Some(t("2025-01-01T11:00:00.999999Z")),
                t("2025-01-01T11:00:00.999Z"),
            ),
            (
                Some(t("2025-01-01T13:00:00Z")),
                t("2025-01-01T11:59:30.123Z"),
            ),
        ];
        for (requested, want) in cases {
            assert_eq!(window_end(requested, now, settle), want, "{requested:?}");
        }
        assert_eq!(
            window_end(None, now, Duration::ZERO),
            t("2025-01-01T12:00:00.123Z")
        );
    }

    #[test]
    fn a_settle_delay_beyond_the_calendar_does_not_overflow() {
        let now = t("2025-01-01T12:00:00Z");
        assert_eq!(
            window_end(None, now, Duration::MAX),
            DateTime::<Utc>::MIN_UTC
        );
    }

    #[test]
    fn an_end_is_ahead_only_beyond_the_dates_one_second_of_doubt() {
        let settle = Duration::from_secs(30);
        let date = t("2025-01-01T12:00:00Z"); // Samsara's clock is in [12:00:00, 12:00:01)
        assert!(!end_is_ahead(t("2025-01-01T11:59:31Z"), date, settle));
        assert!(!end_is_ahead(t("2025-01-01T11:59:30.500Z"), date, settle));
        assert!(end_is_ahead(t("2025-01-01T11:59:31.001Z"), date, settle));
    }

    #[test]
    fn checkpoints_name_the_cursor_with_its_window_or_the_windows_end() {
        let window = Some((Some(t("2025-01-01T00:00:00Z")), t("2025-02-01T00:00:00Z")));
        assert_eq!(
            checkpoint(&Next::Fetch("c1".into()), &scope(), window).to_string(),
            "stream_work_orders;filters=0000000000000007;start=2025-01-01T00:00:00Z;end=2025-02-01T00:00:00Z;after:c1"
        );
        assert_eq!(
            checkpoint(&Next::End, &scope(), window).to_string(),
            "stream_work_orders;filters=0000000000000007;through:2025-02-01T00:00:00Z"
        );
        assert_eq!(
            checkpoint(&Next::End, &scope(), None).to_string(),
            "stream_work_orders;filters=0000000000000007;complete"
        );
        assert_eq!(
            checkpoint(&Next::Fetch("c1".into()), &scope(), None).to_string(),
            "stream_work_orders;filters=0000000000000007;after:c1"
        );
    }

    #[test]
    fn resuming_takes_what_the_checkpoint_carries_and_refuses_a_mismatch() {
        let (s, e) = (t("2025-01-01T00:00:00Z"), t("2025-02-01T00:00:00Z"));
        let saved = |position| {
            Checkpoint::scoped(
                position,
                Scope {
                    window: Some((Some(s), Some(e))),
                    ..scope()
                },
            )
        };
        let other_op = Scope {
            operation: "get_qualification_records_stream".into(),
            ..scope()
        };
        let other_filters = Scope {
            filters: 8,
            ..scope()
        };
        let cursor = saved(Position::After("c1".into()));
        let through = Checkpoint::scoped(Position::Through(e), scope());
        let request = |scope: &Scope, window, follow| -> Result<Start, Error> {
            let r = Request {
                scope,
                window,
                follow,
            };
            resume(&cursor, &r)
        };
        // A cursor needs nothing else: its window comes with it.
        let start = request(&scope(), Some((None, None)), false).unwrap();
        assert_eq!(
            start,
            Start {
                cursor: Some("c1".into()),
                start_time: Some(s),
                end_time: Some(e),
                done: false
            }
        );
        // The same window given again is fine, at any precision, and so is a
        // later end (the cursor's window is the clamped form of it) or
        // another start (the checkpoint moves it, as a time checkpoint does);
        // an earlier end is refused, naming it.
        let fine = t("2025-02-01T00:00:00.000250Z");
        assert_eq!(
            request(&scope(), Some((Some(s), Some(fine))), false)
                .unwrap()
                .end_time,
            Some(e)
        );
        assert_eq!(
            request(
                &scope(),
                Some((Some(e), Some(e + chrono::Duration::days(1)))),
                false
            )
            .unwrap(),
            start
        );
        let err = request(&scope(), Some((None, Some(s))), false).unwrap_err();
        assert!(
            err.to_string()
                .contains("after the endTime the request sets"),
            "{err}"
        );
        let err = request(&other_op, Some((None, None)), false).unwrap_err();
        assert!(
            err.to_string()
                .contains("made by stream_work_orders, not by this operation"),
            "{err}"
        );
        let err = request(&other_filters, Some((None, None)), false).unwrap_err();
        assert!(err.to_string().contains("other filters"), "{err}");
        // A window's end starts the next window, whatever startTime was set.
        let r = Request {
            scope: &scope(),
            window: Some((Some(s), None)),
            follow: true,
        };
        assert_eq!(resume(&through, &r).unwrap().start_time, Some(e));
        // Hand-made checkpoints carry no scope and are not checked.
        let r = Request {
            scope: &other_op,
            window: Some((Some(s), None)),
            follow: false,
        };
        assert_eq!(
            resume(&Checkpoint::through(e), &r).unwrap().start_time,
            Some(e)
        );
        // A list cannot resume from a time, and `complete` cannot start a feed.
        let list = Request {
            scope: &scope(),
            window: None,
            follow: false,
        };
        assert!(resume(&Checkpoint::through(e), &list).is_err());
        let complete: Checkpoint = Position::Complete.into();
        assert!(resume(&complete, &list).unwrap().done);
        let window = Request {
            scope: &scope(),
            window: Some((Some(s), None)),
            follow: false,
        };
        let err = resume(&complete, &window).unwrap_err();
        assert!(err.to_string().contains("ends a list"), "{err}");
        let feed = Request {
            scope: &scope(),
            window: Some((Some(s), None)),
            follow: true,
        };
        assert!(resume(&complete, &feed).is_err());
        // What is wrong with the request itself, whatever the checkpoint.
        let (list_feed, window_feed, inverted) = (
            Request {
                scope: &scope(),
                window: None,
                follow: true,
            },
            Request {
                scope: &scope(),
                window: Some((Some(s), Some(e))),
                follow: true,
            },
            Request {
                scope: &scope(),
                window: Some((Some(e), Some(s))),
                follow: false,
            },
        );
        for (request, words) in [
            (&list_feed, "it is a list, not a feed"),
            (&window_feed, "a feed has no endTime"),
            (&inverted, "is before startTime"),
        ] {
            let err = resume(&Checkpoint::beginning(), request).unwrap_err();
            assert!(err.to_string().contains(words), "{err}");
        }
    }

    #[test]
    fn a_fingerprint_counts_set_filters_by_name_and_value_in_any_order() {
        let ids = |ids: &[&str]| -> Result<Option<Vec<String>>, String> {
            Ok(Some(ids.iter().map(|s| s.to_string()).collect()))
        };
        let unset: Result<Option<bool>, String> = Ok(None);
        let yes: Result<Option<bool>, String> = Ok(Some(true));
        let print = |filters: &[(&str, Option<serde_json::Value>)]| fingerprint(filters);
        let a = print(&[
            ("asset_ids", filter(&ids(&["1", "2"]))),
            ("flag", filter(&unset)),
        ]);
        // The same ids in another order, the filters in another order.
        assert_eq!(
            a,
            print(&[
                ("flag", filter(&unset)),
                ("asset_ids", filter(&ids(&["2", "1"])))
            ])
        );
        // A filter that is unset, empty, or unknown to an older spec counts alike.
        assert_eq!(
            a,
            print(&[
                ("asset_ids", filter(&ids(&["1", "2"]))),
                ("flag", filter(&ids(&[])))
            ])
        );
        assert_eq!(a, print(&[("asset_ids", filter(&ids(&["1", "2"])))]));
        // Other values, or the same value under another name, differ.
        assert_ne!(a, print(&[("asset_ids", filter(&ids(&["1", "3"])))]));
        assert_ne!(
            a,
            print(&[
                ("asset_ids", filter(&ids(&["1", "2"]))),
                ("flag", filter(&yes))
            ])
        );
        assert_ne!(a, print(&[("user_ids", filter(&ids(&["1", "2"])))]));
        // Pinned: a persisted checkpoint must keep matching after an upgrade.
        assert_eq!(print(&[]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(a, 0x08b0_f130_5c95_f08c, "{a:x}");
    }
}
