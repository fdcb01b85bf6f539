//! Page decoding never panics: arbitrary bytes either fail to decode with an
//! error or decode into a page whose fields, cells and re-encoding all work.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run decode_page -- -max_total_time=300`
//! (from `fuzz/`; the corpus is seeded with the documentation examples).
#![no_main]

use libfuzzer_sys::fuzz_target;
use samsara::types::{QualificationRecordPage, QualificationTypePage, WorkOrderPage};

fuzz_target!(|data: &[u8]| {
    if let Ok(page) = serde_json::from_slice::<QualificationRecordPage>(data) {
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
    if let Ok(page) = serde_json::from_slice::<WorkOrderPage>(data) {
        let encoded = serde_json::to_vec(&page).expect("a decoded page re-encodes");
        let again: WorkOrderPage = serde_json::from_slice(&encoded).expect("a re-encoded page decodes");
        assert_eq!(again.data.len(), page.data.len());
    }
    let _ = serde_json::from_slice::<QualificationTypePage>(data);
});
