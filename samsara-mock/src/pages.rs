//! Cursor pagination shared by the four paginated operations, and JSON body
//! parsing shared by the writes.

use chrono::{DateTime, Utc};
use samsara::types::{Pagination, builder};
use serde::de::DeserializeOwned;

use crate::config::FeedStyle;
use crate::cursor::{self, CursorError, Position};
use crate::query::{PathParams, Query};
use crate::reply::ApiError;

/// Per-request facts the handlers need besides the query and body.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// The time of the request, taken once the store is locked: reads see
    /// the versions visible then; cursors are issued then.
    pub(crate) now: DateTime<Utc>,
    /// This request was picked by `empty_page_every` to get an empty page
    /// (when more data follows).
    pub(crate) empty_page: bool,
    /// How a stream without `endTime` answers.
    pub(crate) feed: FeedStyle,
    /// The path parameters (`{id}`), percent-decoded.
    pub(crate) path: PathParams,
}

/// The `after` parameter, decoded. Empty means absent (the docs allow `after=`).
pub(crate) fn after(query: &Query, now: DateTime<Utc>) -> Result<Option<Position>, ApiError> {
    let Some(raw) = query.single("after")? else {
        return Ok(None);
    };
    match cursor::decode(raw, now) {
        Ok(p) => Ok(Some(p)),
        Err(CursorError::Invalid) => Err(ApiError::bad_param_bare("after")),
        Err(CursorError::Expired) => Err(ApiError::new(
            axum::http::StatusCode::BAD_REQUEST,
            format!(
                "Expired cursor: cursors are valid for {} days; restart from a start time",
                cursor::CURSOR_LIFETIME_DAYS
            ),
        )),
    }
}

/// A page cut from an ordered collection.
pub(crate) struct Page<T> {
    pub(crate) items: Vec<T>,
    /// A builder, not the value: a page body is built through builders too,
    /// so a member added to the spec's schemas does not break this crate.
    pub(crate) pagination: builder::Pagination,
}

/// A `pagination` member.
fn pagination(end_cursor: String, has_next_page: bool) -> builder::Pagination {
    Pagination::builder()
        .end_cursor(end_cursor)
        .has_next_page(has_next_page)
}

/// How a page is cut.
pub(crate) struct Window {
    /// Items strictly after this position.
    pub(crate) from: Position,
    /// Items strictly before this position (the exclusive `endTime`), if any.
    pub(crate) until: Option<Position>,
    pub(crate) limit: usize,
    /// A stream without `endTime` (a feed): see [`FeedStyle`].
    pub(crate) follow: bool,
}

/// Cuts a page of items matching `keep` from `positions` (ascending), looked
/// up with `get`.
pub(crate) fn cut<'a, T: 'a>(
    positions: impl Iterator<Item = &'a Position>,
    window: &Window,
    ctx: &Ctx,
    get: impl Fn(&Position) -> Option<T>,
    keep: impl Fn(&T) -> bool,
) -> Page<T> {
    let mut matching = positions
        .take_while(|p| window.until.as_ref().is_none_or(|u| *p < u))
        .filter_map(|p| get(p).map(|item| (p, item)))
        .filter(|(_, item)| keep(item));
    let mut items = Vec::new();
    let mut last = None;
    for (p, item) in matching.by_ref().take(window.limit) {
        last = Some(p.clone());
        items.push(item);
    }
    let more = matching.next().is_some();
    let always_more = window.follow && ctx.feed == FeedStyle::AlwaysMore;
    // An injected empty page only stands in for a page that has data (or,
    // for a legacy feed, for any page): it never hides the end.
    if ctx.empty_page && (always_more || !items.is_empty()) {
        return Page {
            items: Vec::new(),
            pagination: pagination(cursor::encode(&window.from, ctx.now), true),
        };
    }
    let pagination = if always_more {
        let at = last.unwrap_or_else(|| window.from.clone());
        pagination(cursor::encode(&at, ctx.now), true)
    } else if window.follow {
        // Samsara's feed contract: a cursor after the last item served, with
        // `hasNextPage` telling whether more is available now; nothing new
        // since the cursor: `""` and false (poll again with the old cursor).
        match last {
            Some(at) => pagination(cursor::encode(&at, ctx.now), more),
            None => pagination(String::new(), false),
        }
    } else {
        match (more, last) {
            (true, Some(at)) => pagination(cursor::encode(&at, ctx.now), true),
            _ => pagination(String::new(), false),
        }
    };
    Page { items, pagination }
}

/// Parses a request body as JSON (any shape).
pub(crate) fn body_value(body: &[u8]) -> Result<serde_json::Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_param("body", "a JSON body is required"));
    }
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_param("body", format!("not valid JSON: {e}")))
}

/// Parses a JSON body into `T`, naming the member that failed.
pub(crate) fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    parse_value(body_value(body)?)
}

/// Deserializes an already parsed body into `T`, naming the member that failed.
pub(crate) fn parse_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    if !value.is_object() {
        return Err(ApiError::bad_param("body", "must be a JSON object"));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let message = e.inner().to_string();
        let path = e.path().to_string();
        // `missing field `x`` at the top level (path ".") names the member itself.
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next());
        let name = match (path.as_str(), missing) {
            (".", Some(field)) => field.to_owned(),
            (p, Some(field)) => format!("{p}.{field}"),
            (".", None) => "body".to_owned(),
            (p, None) => p.to_owned(),
        };
        ApiError::bad_param(&name, message)
    })
}
