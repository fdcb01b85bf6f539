//! One import for a program using the crate: `use samsara::prelude::*;`.
//!
//! Brings the client and its settings, the stream trait ([`Paginate`]:
//! `.items()`, `.pages()`), the generic send trait ([`Call`]), the one error
//! type, ids, typed field values, checkpoints, the desired record of an
//! upsert, and the enums a request or a `match` on a record names most
//! often. Everything else stays under its
//! module (`samsara::types::…`, `samsara::lookup::…`).
//!
//! ```no_run
//! use samsara::prelude::*;
//!
//! # async fn run() -> Result<(), samsara::Error> {
//! let client = Client::from_env()?;
//! let orders = client.get_work_orders().send().await?;
//! for order in orders.data {
//!     if order.status == WorkOrderStatus::Open {
//!         println!("{}", order.id);
//!     }
//! }
//! # Ok(()) }
//! ```

pub use crate::call::Call;
pub use crate::checkpoint::Checkpoint;
pub use crate::client::{Client, ClientBuilder, Region};
pub use crate::error::{Error, RecordError};
pub use crate::external_id::{ExternalId, HasExternalIds, IdRef};
pub use crate::fields::FieldValue;
pub use crate::pagination::{PageLimit, Paginate};
pub use crate::rate_limit::RateLimit;
pub use crate::record::Record;
pub use crate::retry::RetryPolicy;
pub use crate::types::{EntityType, FieldType, RecordStatus, WorkOrderPriority, WorkOrderStatus};
pub use crate::upsert::DesiredRecord;
