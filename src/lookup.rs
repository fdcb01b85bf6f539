//! Lookups by any number of ids: split into batches of the size the spec
//! allows (`maxItems` of the `ids` parameter: 100) and merged.
//!
//! A single request takes at most 100 `ids` (Samsara's reference pages); a
//! builder given more is refused before sending with
//! [`Error::InvalidInput`] naming the parameter and the limit. These helpers
//! send as many requests as needed instead, paced like any other.
//!
//! ```no_run
//! use samsara::prelude::*;
//!
//! # async fn run(client: &Client) -> Result<(), samsara::Error> {
//! let ids = IdRef::list((1..=250).map(|n| format!("payroll:P{n:05}")))?;
//! let found = client.qualification_records_by_ids(ids, true).await?;
//! println!("{} found, {} did not match the spec", found.items.len(), found.rejected.len());
//! # Ok(()) }
//! ```

use futures::TryStreamExt;

use crate::error::RecordError;
use crate::operations::Operation;
use crate::{Client, Error, IdRef, Paginate, builder, types};

/// What a lookup by ids found.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Found<T> {
    /// The objects found, batch after batch in the API's order. An id that
    /// matches nothing is simply absent.
    pub items: Vec<T>,
    /// Objects found that do not match the spec, kept with their raw JSON
    /// (see [`Error::Record`]).
    pub rejected: Vec<RecordError>,
}

impl<T> Default for Found<T> {
    fn default() -> Self {
        Found {
            items: Vec::new(),
            rejected: Vec::new(),
        }
    }
}

/// The spec's `maxItems` for `operation`'s `parameter` (the batch size).
fn batch_size(operation: &Operation, parameter: &str) -> usize {
    operation
        .list_limits
        .iter()
        .find(|(p, _)| *p == parameter)
        .map_or(usize::MAX, |(_, max)| *max)
        .max(1)
}

impl Client {
    /// Qualification records by Samsara id or external id, any number of
    /// them: one `get_qualification_records` request per 100 ids. A batch
    /// answered with Samsara's 404 (a JSON error with a `requestId`) found
    /// nothing; any other 404 (a wrong base URL) is an error.
    ///
    /// # Errors
    /// The first request that fails ends the lookup with its error; a record
    /// that does not decode lands in [`Found::rejected`] instead.
    pub async fn qualification_records_by_ids(
        &self,
        ids: Vec<IdRef>,
        include_external_ids: bool,
    ) -> Result<Found<types::QualificationRecord>, Error> {
        let op = builder::GetQualificationRecords::OPERATION;
        let mut found = Found::default();
        for batch in ids.chunks(batch_size(op, "ids")) {
            let (client, request) = self
                .get_qualification_records()
                .ids(batch.to_vec())
                .include_external_ids(include_external_ids)
                .request()
                .map_err(|e| crate::transport::not_built(op, e))?;
            let sent =
                crate::transport::invoke(&client.inner, request, op, None, |op, status, bytes| {
                    crate::model::decode::page(
                        op,
                        status,
                        bytes,
                        |list: types::QualificationRecordList| (list.data, None),
                    )
                })
                .await;
            let records = match sent {
                Ok(page) => {
                    let page = page.into_inner();
                    found.rejected.extend(page.rejected);
                    page.items
                }
                // None of this batch's ids exists: Samsara's own 404 (with its
                // requestId), not a proxy's page for a wrong URL.
                Err(Error::Api(e))
                    if e.status == reqwest::StatusCode::NOT_FOUND && e.request_id.is_some() =>
                {
                    continue;
                }
                Err(e) => return Err(e),
            };
            found.items.extend(records);
        }
        Ok(found)
    }

    /// Work orders by id, any number of them: one paginated
    /// `get_work_orders` listing per 100 ids, each read to its end.
    ///
    /// # Errors
    /// The first request that fails ends the lookup with its error; a work
    /// order that does not decode lands in [`Found::rejected`] instead.
    pub async fn work_orders_by_ids(
        &self,
        ids: Vec<String>,
        include_external_ids: bool,
    ) -> Result<Found<types::WorkOrder>, Error> {
        let mut found = Found::default();
        for batch in ids.chunks(batch_size(builder::GetWorkOrders::OPERATION, "ids")) {
            let mut pages = self
                .get_work_orders()
                .ids(batch.to_vec())
                .include_external_ids(include_external_ids)
                .pages();
            while let Some(page) = pages.try_next().await? {
                found.items.extend(page.items);
                found.rejected.extend(page.rejected);
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_sizes_come_from_the_spec() {
        let find = |name| crate::operations::find(name).unwrap();
        assert_eq!(batch_size(find("get_qualification_records"), "ids"), 100);
        assert_eq!(batch_size(find("get_work_orders"), "ids"), 100);
        assert_eq!(
            batch_size(find("get_work_orders"), "noSuchParameter"),
            usize::MAX
        );
    }
}
