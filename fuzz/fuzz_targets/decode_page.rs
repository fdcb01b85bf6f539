//! Page decoding never panics: arbitrary bytes either fail to decode with an
//! error or decode into a page whose fields, cells and re-encoding all work.
//! The client's decoder (`samsara::decode::from_slice`) agrees with plain
//! `serde_json::from_slice` on every input.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run decode_page -- -max_total_time=300`
//! (from `fuzz/`; the corpus is seeded with the documentation examples).
#![no_main]

use libfuzzer_sys::fuzz_target;
use samsara::types::{QualificationRecordPage, QualificationTypePage, WorkOrderPage};

fuzz_target!(|data: &[u8]| {
    let page = samsara::decode::from_slice::<QualificationRecordPage>(data);
    assert_eq!(
        page.as_ref().ok(),
        serde_json::from_slice::<QualificationRecordPage>(data).as_ref().ok(),
        "samsara::decode and serde_json disagree"
    );
    if let Ok(page) = page {
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
        let encoded = serde_json::to_vec(&page).expect("a decoded page re-encodes");
        let again: QualificationRecordPage = serde_json::from_slice(&encoded).expect("a re-encoded page decodes");
        assert_eq!(again.data.len(), page.data.len());
    }
    let page = samsara::decode::from_slice::<WorkOrderPage>(data);
    assert_eq!(
        page.as_ref().ok(),
        serde_json::from_slice::<WorkOrderPage>(data).as_ref().ok(),
        "samsara::decode and serde_json disagree"
    );
    if let Ok(page) = page {
        let encoded = serde_json::to_vec(&page).expect("a decoded page re-encodes");
        let again: WorkOrderPage = serde_json::from_slice(&encoded).expect("a re-encoded page decodes");
        assert_eq!(again.data.len(), page.data.len());
    }
    let _ = samsara::decode::from_slice::<QualificationTypePage>(data);
});
