//! [`Call`]: any operation's builder, sent and decoded into this crate's one
//! [`Error`] type (status, `message`, `requestId`, JSON path of a decode error).
//!
//! `send()` (generated) returns progenitor's `ResponseValue<T>` and error;
//! `call()` returns just the typed body and [`Error`].
//!
//! **Every 2xx is a success** (Samsara's Response Codes page), for every
//! operation: the code generator widens each operation's documented success
//! code to `200..=299`, so a create answered `200` instead of `201` returns
//! the created record (reporting it as an error would invite a duplicate),
//! and a delete or archive answered `204`, `200 {}` or `200` with no body is
//! `Ok(())`. An operation added to the spec gets the same.
//!
//! ```no_run
//! use samsara::{Call, Client, IdRef};
//!
//! # async fn run(client: &Client) -> Result<(), samsara::Error> {
//! let records = client.get_qualification_records().ids(IdRef::list(["payroll:P00042"])?).call().await?;
//! for record in records.data {
//!     println!("{}", record.id);
//! }
//! # Ok(()) }
//! ```

use futures::future::BoxFuture;

use crate::{Error, builder, types};

/// Sends a generated operation builder and decodes the body.
pub trait Call<'a> {
    /// The operation's success body.
    type Output;
    /// Sends the request; the typed body, or this crate's [`Error`].
    fn call(self) -> BoxFuture<'a, Result<Self::Output, Error>>;
}

macro_rules! call {
    ($($builder:ident => $output:ty, $operation:literal;)*) => {$(
        impl<'a> Call<'a> for builder::$builder<'a> {
            type Output = $output;

            fn call(self) -> BoxFuture<'a, Result<$output, Error>> {
                Box::pin(async move {
                    match self.send().await {
                        Ok(response) => Ok(response.into_inner()),
                        Err(e) => Err(Error::from_generated::<$output>($operation, e).await),
                    }
                })
            }
        }
    )*};
}

call! {
    GetQualificationRecords => types::QualificationRecordList, "get_qualification_records";
    PostQualificationRecord => types::QualificationRecordResponse, "post_qualification_record";
    PatchQualificationRecord => types::QualificationRecordResponse, "patch_qualification_record";
    DeleteQualificationRecord => (), "delete_qualification_record";
    ArchiveQualificationRecord => (), "archive_qualification_record";
    UnarchiveQualificationRecord => (), "unarchive_qualification_record";
    GetQualificationRecordsStream => types::QualificationRecordPage, "get_qualification_records_stream";
    GetQualificationTypes => types::QualificationTypePage, "get_qualification_types";
    GetWorkOrders => types::WorkOrderPage, "get_work_orders";
    PostWorkOrders => types::WorkOrderResponse, "post_work_orders";
    PatchWorkOrders => types::WorkOrderResponse, "patch_work_orders";
    DeleteWorkOrders => (), "delete_work_orders";
    StreamWorkOrders => types::WorkOrderPage, "stream_work_orders";
}
