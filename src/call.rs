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

use crate::Error;

/// Sends a generated operation builder and decodes the body.
pub trait Call<'a> {
    /// The operation's success body.
    type Output;
    /// Sends the request; the typed body, or this crate's [`Error`].
    fn call(self) -> BoxFuture<'a, Result<Self::Output, Error>>;
}

/// `impl Call` for operation builders; samsara-codegen invokes it for every
/// operation of the spec (see `generated/samsara.rs`), so no list of
/// operations is kept here.
macro_rules! impl_call {
    ($builder:ident, (), $operation:literal) => {
        crate::call::impl_call!(@impl $builder, (), $operation);
    };
    ($builder:ident, $output:ident, $operation:literal) => {
        crate::call::impl_call!(@impl $builder, crate::types::$output, $operation);
    };
    (@impl $builder:ident, $output:ty, $operation:literal) => {
        impl<'a> crate::call::Call<'a> for crate::builder::$builder<'a> {
            type Output = $output;

            fn call(
                self,
            ) -> ::futures::future::BoxFuture<'a, ::std::result::Result<$output, crate::Error>> {
                ::std::boxed::Box::pin(async move {
                    match self.send().await {
                        Ok(response) => Ok(response.into_inner()),
                        Err(e) => Err(crate::Error::from_generated::<$output>($operation, e).await),
                    }
                })
            }
        }
    };
}
pub(crate) use impl_call;
