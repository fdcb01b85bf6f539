//! Sending a request: every operation builder's `send()` returns the typed
//! body or this crate's one [`Error`] type (status, `message`, `requestId`,
//! JSON path of a decode error). [`Call`] is the same verb as a trait, for
//! code generic over operations.
//!
//! progenitor's own form stays available as `send_raw()`: its
//! `ResponseValue<T>` (status and headers too) and its error type.
//!
//! **Every 2xx is a success** (Samsara's Response Codes page), for every
//! operation: the code generator widens each operation's documented success
//! code to `200..=299`, so a create answered `200` instead of `201` returns
//! the created record (reporting it as an error would invite a duplicate),
//! and a delete or archive answered `204`, `200 {}` or `200` with no body is
//! `Ok(())`. An operation added to the spec gets the same.
//!
//! ```no_run
//! use samsara::prelude::*;
//!
//! # async fn run(client: &Client) -> Result<(), samsara::Error> {
//! let records = client.get_qualification_records().ids(IdRef::list(["payroll:P00042"])?).send().await?;
//! for record in records.data {
//!     println!("{}", record.id);
//! }
//! # Ok(()) }
//! ```

use futures::future::BoxFuture;

use crate::Error;

/// Sends a generated operation builder and decodes the body: the builders'
/// own `send()`, as a trait for code generic over operations.
pub trait Call<'a> {
    /// The operation's success body (`()` when it documents none).
    type Output;
    /// Sends the request; the typed body, or this crate's [`Error`].
    fn send(self) -> BoxFuture<'a, Result<Self::Output, Error>>;
}

/// The builder's `send()` and `impl Call` for operation builders;
/// samsara-codegen invokes it for every operation of the spec (see
/// `generated/samsara.rs`), so no list of operations is kept here.
macro_rules! impl_call {
    ($builder:ident, (), $operation:literal) => {
        crate::call::impl_call!(@impl $builder, (), (), $operation, |body| body);
    };
    ($builder:ident, $output:ident, $operation:literal) => {
        crate::call::impl_call!(
            @impl $builder, crate::types::$output, crate::types::$output, $operation, |body| body
        );
    };
    // A single-object wrapper (`{"data": {...}}`): `send()` returns `data`.
    ($builder:ident, $output:ident, $operation:literal, data $data:ident) => {
        crate::call::impl_call!(
            @impl $builder, crate::types::$output, crate::types::$data, $operation,
            |body| body.data
        );
    };
    (@impl $builder:ident, $body:ty, $output:ty, $operation:literal, |$b:ident| $unwrap:expr) => {
        impl<'a> crate::builder::$builder<'a> {
            /// Sends the request: the typed body (a single-object `{"data": …}`
            /// answer unwrapped), or [`samsara::Error`](crate::Error). The raw
            /// form is `send_raw()`.
            pub async fn send(self) -> ::std::result::Result<$output, crate::Error> {
                match self.send_raw().await {
                    Ok(response) => {
                        let $b: $body = response.into_inner();
                        Ok($unwrap)
                    }
                    Err(e) => Err(crate::Error::from_generated::<$body>($operation, e).await),
                }
            }
        }

        impl<'a> crate::call::Call<'a> for crate::builder::$builder<'a> {
            type Output = $output;

            fn send(
                self,
            ) -> ::futures::future::BoxFuture<'a, ::std::result::Result<$output, crate::Error>> {
                ::std::boxed::Box::pin(crate::builder::$builder::send(self))
            }
        }
    };
}
pub(crate) use impl_call;
