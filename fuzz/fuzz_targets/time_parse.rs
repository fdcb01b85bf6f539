//! `samsara::__private::time::parse` (the fast RFC 3339 path every timestamp member of
//! the generated types uses) gives exactly chrono's answer: the same instant,
//! or an error where chrono gives one.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run time_parse -- -max_total_time=120`
#![no_main]

use chrono::{DateTime, Utc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = samsara::__private::time::parse(text);
    let chrono = text.parse::<DateTime<Utc>>();
    match (ours, chrono) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{text:?}"),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("{text:?}: samsara::time {a:?}, chrono {b:?}"),
    }
});
