//! Lists as the API sends them: `null` (Go's nil slice) or absent reads as
//! empty, and a short list is read on the stack and allocated once. The
//! generated types call it for every `Vec` member (samsara-codegen's
//! `null lists` edit).

/// Reads a list member that Samsara may send as `null` (Go's nil slice) or
/// leave out: both read as an empty list.
///
/// samsara-codegen puts it on every `Vec` member of the generated types, so
/// it is also how every list is built. JSON does not say how long a list is
/// until its end, and serde's own `Vec` grows as it goes: room for 4, then 8
/// (copying the 4), and so on. Here the first [`INLINE_ITEMS`] items are read
/// into a buffer on the stack and the list is allocated once, for its length:
/// the common short lists (a record's fields, a row's cells, one media item)
/// cost one allocation and no copy on growth. A decoder that knows the
/// length (`size_hint`) gets a list of that capacity at once.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    struct List<T>(std::marker::PhantomData<T>);
    impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for List<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a list or null")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
            d.deserialize_seq(self)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            if let Some(len) = seq.size_hint() {
                // Bounded like serde's own: a hint is not a promise.
                let mut list = Vec::with_capacity(len.min(4096));
                while let Some(item) = seq.next_element()? {
                    list.push(item);
                }
                return Ok(list);
            }
            let mut list = smallvec::SmallVec::<[T; INLINE_ITEMS]>::new();
            while let Some(item) = seq.next_element()? {
                list.push(item);
            }
            // Allocated once, for its length (std's `collect` leaves room
            // for 4 at least: measured faster than an exact allocation or a
            // shrink, whose sizes suit glibc's bins less well).
            Ok(list.into_vec())
        }
    }
    deserializer.deserialize_option(List(std::marker::PhantomData))
}

/// How many items of a list are read on the stack before it is allocated
/// (see [`null_as_default`]): most lists of the API are shorter.
const INLINE_ITEMS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Lists {
        #[serde(default, deserialize_with = "null_as_default")]
        items: Vec<u32>,
    }

    fn items(json: &str) -> Vec<u32> {
        serde_json::from_str::<Lists>(json).unwrap().items
    }

    #[test]
    fn a_list_is_read_whole_in_order_and_allocated_once_for_its_length() {
        for n in [0, 1, 7, INLINE_ITEMS, INLINE_ITEMS + 1, 100] {
            let list: Vec<u32> = (0..n as u32).collect();
            let json = format!(r#"{{"items": {}}}"#, serde_json::to_string(&list).unwrap());
            let read = items(&json);
            assert_eq!(read, list);
            if n <= INLINE_ITEMS {
                // Read on the stack, then allocated once for its length.
                assert!(read.capacity() <= (n + 1).max(4), "{n} items");
            }
        }
    }

    #[test]
    fn a_null_or_missing_list_is_empty_and_a_wrong_type_names_what_was_expected() {
        assert!(items(r#"{"items": null}"#).is_empty());
        assert!(items("{}").is_empty());
        let e = serde_json::from_str::<Lists>(r#"{"items": 5}"#).unwrap_err();
        assert!(e.to_string().contains("a list or null"), "{e}");
        // An item of the wrong type is an error at its place, as serde's own.
        let e = serde_json::from_str::<Lists>(r#"{"items": [1, "x"]}"#).unwrap_err();
        assert_eq!((e.line(), e.column()), (1, 17), "{e}");
    }

    #[test]
    fn a_decoder_that_knows_the_length_gets_that_capacity() {
        // `serde_json::Value` as the deserializer gives a `size_hint`.
        let value = serde_json::json!({"items": (0..20).collect::<Vec<u32>>()});
        let read = serde_json::from_value::<Lists>(value).unwrap().items;
        assert_eq!((read.len(), read.capacity()), (20, 20));
    }
}
