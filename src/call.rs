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

/// The builder's `send()`, `send_with_timeout()` and `send_raw()`, and
/// `impl Call`, for operation builders; samsara-codegen invokes it for every
/// operation of the spec (see `generated/samsara.rs`) with the operation's
/// position in [`crate::operations::ALL`], so no list of operations is kept
/// here and no operation is looked up by name.
macro_rules! impl_call {
    ($builder:ident, $index:literal, ()) => {
        crate::call::impl_call!(@impl $builder, $index, (), (), crate::model::decode::nothing, |body| body);
    };
    ($builder:ident, $index:literal, $output:ident) => {
        crate::call::impl_call!(
            @impl $builder, $index, crate::types::$output, crate::types::$output,
            crate::model::decode::body, |body| body
        );
    };
    // A single-object wrapper (`{"data": {...}}`): `send()` returns `data`.
    ($builder:ident, $index:literal, $output:ident, data $data:ident) => {
        crate::call::impl_call!(
            @impl $builder, $index, crate::types::$output, crate::types::$data,
            crate::model::decode::body, |body| body.data
        );
    };
    (@impl $builder:ident, $index:literal, $body:ty, $output:ty, $decode:path, |$b:ident| $unwrap:expr) => {
        impl<'a> crate::builder::$builder<'a> {
            /// The operation's facts from the spec.
            pub(crate) const OPERATION: &'static crate::operations::Operation = &crate::operations::ALL[$index];

            /// Sends the request: the typed body (a single-object `{"data": …}`
            /// answer unwrapped), or [`samsara::Error`](crate::Error).
            pub async fn send(self) -> ::std::result::Result<$output, crate::Error> {
                self.send_with(None).await.map(|response| {
                    let $b: $body = response.into_inner();
                    $unwrap
                })
            }

            /// [`send`](Self::send) with this request's own timeout (the
            /// whole request, body included, per attempt) instead of the
            /// client's ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
            pub async fn send_with_timeout(
                self,
                timeout: ::std::time::Duration,
            ) -> ::std::result::Result<$output, crate::Error> {
                self.send_with(Some(timeout)).await.map(|response| {
                    let $b: $body = response.into_inner();
                    $unwrap
                })
            }

            /// Sends the request: the whole documented body with the
            /// answer's status and headers (less `Content-Encoding` and
            /// `Content-Length` of a body the client decompressed), or
            /// [`samsara::Error`](crate::Error). A delete retried after a try
            /// that may have deleted it, answered 404, is a success made here:
            /// `204 No Content` with no headers (see [`crate::retry`]).
            pub async fn send_raw(
                self,
            ) -> ::std::result::Result<crate::ResponseValue<$body>, crate::Error> {
                self.send_with(None).await
            }

            async fn send_with(
                self,
                timeout: ::std::option::Option<::std::time::Duration>,
            ) -> ::std::result::Result<crate::ResponseValue<$body>, crate::Error> {
                let (client, request) = self
                    .request()
                    .map_err(|e| crate::transport::not_built(Self::OPERATION, e))?;
                crate::transport::invoke(&client.inner, request, Self::OPERATION, timeout, $decode).await
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
