//! The request hooks progenitor calls around every generated operation, each
//! delegating to the module that does the job: `pre` shapes the request
//! (`request.rs`: headers, timeout, list limits, comma-joined arrays),
//! `exec` sends it (`send.rs`: pacing, attempts, retries) inside a
//! `tracing` span `samsara.request` per request.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use tracing::Instrument;

use crate::client::{Client, Inner};

#[doc(hidden)]
impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        crate::request::prepare(request, self.inner(), info.operation_id)
            .map_err(progenitor_client::Error::InvalidRequest)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::info_span!(
            "samsara.request",
            operation = info.operation_id,
            method = %request.method(),
            path = request.url().path(),
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        crate::send::send_with_retries(self.client(), self.inner(), request, info.operation_id)
            .instrument(span)
            .await
    }
}
