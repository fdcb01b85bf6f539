//! Page decoding never panics: arbitrary bytes either fail to decode with an
//! error or decode into a page whose fields, cells and re-encoding all work.
//! The client's decoder (`samsara::__private::decode::from_slice`) agrees with plain
//! `serde_json::from_slice` on every input.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run decode_page -- -max_total_time=300`
//! (from `fuzz/`; the corpus is seeded with the documentation examples).
#![no_main]

use std::fmt::Debug;

use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;
use samsara::types::{QualificationRecordPage, QualificationTypePage, WorkOrderPage};

fuzz_target!(|data: &[u8]| {
    if let Some(page) = decode_and_compare::<QualificationRecordPage>(data) {
        for record in &page.data {
            for field in &record.fields {
                let _ = field.value();
                if let Some(table) = &field.table_value {
                    for row in &table.rows {
                        for cell in &row.cells {
                            let _ = cell.value();
                        }
                    }
                }
            }
        }
        assert_eq!(reencoded(&page).data.len(), page.data.len());
    }
    if let Some(page) = decode_and_compare::<WorkOrderPage>(data) {
        assert_eq!(reencoded(&page).data.len(), page.data.len());
    }
    let _ = decode_and_compare::<QualificationTypePage>(data);
});

/// Decodes with the client's decoder, asserting plain serde_json agrees.
fn decode_and_compare<T: DeserializeOwned + PartialEq + Debug>(data: &[u8]) -> Option<T> {
    let ours = samsara::__private::decode::from_slice::<T>(data).ok();
    let plain = serde_json::from_slice::<T>(data).ok();
    assert_eq!(ours, plain, "samsara::decode and serde_json disagree");
    ours
}

/// Encodes a decoded page and decodes it again.
fn reencoded<T: Serialize + DeserializeOwned>(page: &T) -> T {
    let encoded = serde_json::to_vec(page).expect("a decoded page re-encodes");
    samsara::__private::decode::from_slice(&encoded).expect("a re-encoded page decodes")
}
