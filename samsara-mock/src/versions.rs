//! Items as written and as readers see them.
//!
//! Every write makes a new version of an item (a deletion is a version
//! without an item), visible to reads from a time on: at once, or after the
//! configured [`VisibilityDelay`](crate::VisibilityDelay). Writes work on
//! the latest version ([`Versions::latest`]); reads see, at the time of the
//! request, the latest version that is visible then ([`Versions::visible`]),
//! which is the previous one while a write is pending, or nothing while a
//! create is. Once both are visible a later write always wins over an
//! earlier one, so what a reader sees of an item never goes back in time.
//!
//! The stream index holds the position `(updatedAtTime, id)` of every kept
//! version, visible or not; [`Versions::visible_at`] tells whether the
//! version at a position is the one readers see, so a page is cut over the
//! versions visible when it is asked for.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;

use chrono::{DateTime, Utc};

use crate::cursor::Position;

/// One write of an item.
#[derive(Debug)]
struct Version<T> {
    /// Readers see it from this time on (`None`: from the start).
    visible_from: Option<DateTime<Utc>>,
    /// The item and its stream position; `None`: deleted.
    item: Option<(Position, T)>,
}

impl<T> Version<T> {
    fn visible(&self, now: DateTime<Utc>) -> bool {
        self.visible_from.is_none_or(|at| at <= now)
    }
}

/// One family's items (qualification records, or work orders), with their
/// versions and the stream index.
#[derive(Debug)]
pub(crate) struct Versions<T> {
    /// Per id, the versions a reader may still see and the latest, oldest
    /// first; the last is the item as written.
    by_id: HashMap<String, Vec<Version<T>>>,
    /// The position of every kept version that has an item.
    index: BTreeSet<Position>,
}

impl<T> Default for Versions<T> {
    fn default() -> Self {
        Versions {
            by_id: HashMap::new(),
            index: BTreeSet::new(),
        }
    }
}

impl<T> Versions<T> {
    /// Adds a version of `id`: `item` at `position`, or `None` for a
    /// deletion, visible from `visible_from` (`None`: at once). `now` is the
    /// time of the write: versions that a reader can no longer see (an older
    /// one is visible already) are dropped.
    pub(crate) fn put(
        &mut self,
        id: &str,
        item: Option<(Position, T)>,
        visible_from: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) {
        if let Some((position, _)) = &item {
            self.index.insert(position.clone());
        }
        let versions = self.by_id.entry(id.to_owned()).or_default();
        versions.push(Version { visible_from, item });
        // Readers from now on see the last visible version or a later one.
        let keep_from = versions.iter().rposition(|v| v.visible(now)).unwrap_or(0);
        for old in versions.drain(..keep_from) {
            if let Some((position, _)) = old.item {
                self.index.remove(&position);
            }
        }
        if let [only] = versions.as_slice()
            && only.item.is_none()
            && only.visible(now)
        {
            self.by_id.remove(id);
        }
    }

    /// The item as written last (`None`: never written, or deleted).
    pub(crate) fn latest(&self, id: &str) -> Option<&T> {
        let (_, item) = self.by_id.get(id)?.last()?.item.as_ref()?;
        Some(item)
    }

    /// Every item as written last.
    pub(crate) fn latest_items(&self) -> impl Iterator<Item = &T> {
        self.by_id
            .values()
            .filter_map(|v| v.last()?.item.as_ref().map(|(_, item)| item))
    }

    /// The item `id` as a reader sees it at `now` (`None`: not created yet,
    /// or deleted, as far as readers know).
    pub(crate) fn visible(&self, id: &str, now: DateTime<Utc>) -> Option<&T> {
        self.visible_version(id, now).map(|(_, item)| item)
    }

    fn visible_version(&self, id: &str, now: DateTime<Utc>) -> Option<&(Position, T)> {
        self.by_id
            .get(id)?
            .iter()
            .rev()
            .find(|v| v.visible(now))?
            .item
            .as_ref()
    }

    /// Every item as readers see it at `now`, with its id.
    pub(crate) fn visible_items(&self, now: DateTime<Utc>) -> impl Iterator<Item = (&str, &T)> {
        self.by_id
            .keys()
            .filter_map(move |id| self.visible(id, now).map(|item| (id.as_str(), item)))
    }

    /// The item at `position` if that version is the one readers see at
    /// `now` (not an older one, nor a newer one still pending).
    pub(crate) fn visible_at(&self, position: &Position, now: DateTime<Utc>) -> Option<&T> {
        let (at, item) = self.visible_version(&position.id, now)?;
        (at == position).then_some(item)
    }

    /// The positions of the kept versions strictly after `from`, ascending
    /// (visible or not: see [`Versions::visible_at`]).
    pub(crate) fn after(&self, from: &Position) -> impl Iterator<Item = &Position> {
        self.index
            .range((Bound::Excluded(from.clone()), Bound::Unbounded))
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    fn t(ms: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + TimeDelta::milliseconds(ms)
    }

    fn pos(ms: i64, id: &str) -> Position {
        Position::new(crate::cursor::nanos(t(ms)), id)
    }

    /// `(id, version label)` of a walk from `from` as a reader at `now`.
    fn walk(v: &Versions<&'static str>, from: &Position, now: DateTime<Utc>) -> Vec<&'static str> {
        v.after(from)
            .filter_map(|p| v.visible_at(p, now).copied())
            .collect()
    }

    #[test]
    fn a_pending_create_is_invisible_and_a_pending_patch_shows_the_previous_version() {
        let mut v = Versions::default();
        v.put("a", Some((pos(0, "a"), "a0")), None, t(0));
        v.put("a", Some((pos(100, "a"), "a1")), Some(t(400)), t(100));
        v.put("b", Some((pos(200, "b"), "b0")), Some(t(500)), t(200));
        let cases: [(i64, Option<&str>, Option<&str>); 4] = [
            (300, Some("a0"), None),
            (400, Some("a1"), None),
            (499, Some("a1"), None),
            (500, Some("a1"), Some("b0")),
        ];
        for (now, a, b) in cases {
            assert_eq!(v.visible("a", t(now)).copied(), a, "a at {now}");
            assert_eq!(v.visible("b", t(now)).copied(), b, "b at {now}");
        }
        // Writers see the latest at once.
        assert_eq!(v.latest("a"), Some(&"a1"));
        assert_eq!(v.latest("b"), Some(&"b0"));
        assert_eq!(walk(&v, &pos(-1, ""), t(300)), ["a0"]);
        assert_eq!(walk(&v, &pos(-1, ""), t(600)), ["a1", "b0"]);
    }

    #[test]
    fn of_two_visible_versions_the_later_write_wins_and_nothing_goes_back() {
        let mut v = Versions::default();
        v.put("a", Some((pos(0, "a"), "a0")), None, t(0));
        // The first patch is slow to show, the second quick.
        v.put("a", Some((pos(100, "a"), "a1")), Some(t(2_000)), t(100));
        v.put("a", Some((pos(200, "a"), "a2")), Some(t(300)), t(200));
        let seen: Vec<_> = [250, 300, 1_000, 2_000, 3_000]
            .map(|now| *v.visible("a", t(now)).unwrap())
            .to_vec();
        assert_eq!(seen, ["a0", "a2", "a2", "a2", "a2"]);
        assert_eq!(walk(&v, &pos(-1, ""), t(3_000)), ["a2"]);
    }

    #[test]
    fn a_late_version_stamped_before_a_cursor_is_not_served_to_that_walk() {
        let mut v = Versions::default();
        // `a` written at 100, visible at 900; `b` written at 200, visible at 300.
        v.put("a", Some((pos(100, "a"), "a")), Some(t(900)), t(100));
        v.put("b", Some((pos(200, "b"), "b")), Some(t(300)), t(200));
        let start = pos(0, "");
        assert_eq!(walk(&v, &start, t(400)), ["b"]);
        // A cursor after `b`, then `a` shows: that walk never meets it…
        let cursor = pos(200, "b");
        assert!(walk(&v, &cursor, t(1_000)).is_empty());
        // …the window read again from its start does.
        assert_eq!(walk(&v, &start, t(1_000)), ["a", "b"]);
    }

    #[test]
    fn a_deletion_hides_the_item_once_visible_and_old_versions_are_dropped() {
        let mut v = Versions::default();
        v.put("a", Some((pos(0, "a"), "a0")), None, t(0));
        v.put("a", None, Some(t(300)), t(100));
        assert_eq!(v.visible("a", t(200)), Some(&"a0"));
        assert_eq!(v.latest("a"), None, "writers see the deletion at once");
        assert_eq!(walk(&v, &pos(-1, ""), t(200)), ["a0"]);
        assert_eq!(v.visible("a", t(300)), None);
        assert!(walk(&v, &pos(-1, ""), t(300)).is_empty());
        // The next write after it is visible drops what no reader can see.
        v.put("b", Some((pos(400, "b"), "b0")), None, t(400));
        v.put("a", Some((pos(500, "a"), "a?")), None, t(500));
        assert_eq!(v.index.len(), 2);
        v.put("a", None, None, t(600));
        assert_eq!(v.index.len(), 1);
        assert!(!v.by_id.contains_key("a"));
        assert_eq!(
            v.visible_items(t(600))
                .map(|(id, _)| id)
                .collect::<Vec<_>>(),
            ["b"]
        );
        assert_eq!(v.latest_items().copied().collect::<Vec<_>>(), ["b0"]);
    }
}
