//! Short constructors for the parts of write bodies that every create
//! repeats: whose qualification it is and of which type. The rest of a body
//! is set with progenitor's typed builders (`body_map`), so a create or a
//! patch reads as one expression:
//!
//! ```no_run
//! use samsara::prelude::*;
//! use samsara::types::{QualificationFieldInput, QualificationOwnerInput, QualificationTypeRefInput};
//!
//! # async fn run(client: &Client) -> Result<(), samsara::Error> {
//! let issued: chrono::DateTime<chrono::Utc> = "2025-03-01T00:00:00Z".parse().unwrap();
//! let record = client
//!     .post_qualification_record()
//!     .body_map(|r| {
//!         r.owner(QualificationOwnerInput::worker("payroll:P00042"))
//!             .qualification_type(QualificationTypeRefInput::id("b6a1c2e0-cdl"))
//!             .issue_date(issued)
//!             .fields(vec![QualificationFieldInput::text("licence-number", "D1234567")])
//!     })
//!     .send()
//!     .await?; // the created QualificationRecord (Samsara's `{"data": …}` unwrapped)
//! println!("created {}", record.id);
//! # Ok(()) }
//! ```
//!
//! Each returns the generated builder, which every body setter accepts, so a
//! member Samsara adds to these inputs later does not break code using them.

use crate::types::{EntityType, QualificationOwnerInput, QualificationTypeRefInput, builder};

impl QualificationOwnerInput {
    /// The worker (driver or user) `id`: a Samsara id or an external id
    /// (`payroll:P00042`).
    pub fn worker(id: impl Into<String>) -> builder::QualificationOwnerInput {
        Self::owned_by(EntityType::Worker, id)
    }

    /// The asset (vehicle, trailer, equipment) `id`: a Samsara id or an
    /// external id (`samsara.vin:1HGCM82633A004352`).
    pub fn asset(id: impl Into<String>) -> builder::QualificationOwnerInput {
        Self::owned_by(EntityType::Asset, id)
    }

    fn owned_by(
        entity_type: EntityType,
        id: impl Into<String>,
    ) -> builder::QualificationOwnerInput {
        QualificationOwnerInput::builder()
            .entity_type(entity_type)
            .id(id.into())
    }
}

impl QualificationTypeRefInput {
    /// The qualification type with Samsara id `id` (from
    /// `get_qualification_types`).
    pub fn id(id: impl Into<String>) -> builder::QualificationTypeRefInput {
        QualificationTypeRefInput::builder().id(id.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_and_types_build_what_samsara_expects() {
        let owner: QualificationOwnerInput = QualificationOwnerInput::asset("samsara.vin:1HGC")
            .try_into()
            .unwrap();
        assert_eq!(
            serde_json::to_value(owner).unwrap(),
            serde_json::json!({"entityType": "asset", "id": "samsara.vin:1HGC"})
        );
        let kind: QualificationTypeRefInput =
            QualificationTypeRefInput::id("t1").try_into().unwrap();
        assert_eq!(kind.id, "t1");
    }
}
